"""Korean lines break only between words and numbers keep their units, in the PDF as in the browser."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.line_breaking import (
    WORD_JOINER,
    join_words_for_browsers,
    keep_units_together,
    kept_ranges,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

# Every hard case of issue 8 in one paragraph, written as a translator would.
HARD_CASES = (
    '독성 표피괴사용해증(TEN)의 치료에는 "면역글로불린"이라는 약을 씁니다. 보통 몸무게 1 kg 기준으로 '
    '2 g/kg을 3~5일 동안 나누어 맞습니다. 의사는 "가짜" 치료와 비교한 연구(무작위 대조 시험)를 '
    "살펴봅니다. 스티븐스-존슨 증후군(SJS)과 TEN은 서로 비슷한 병이며, 항경련제과민반응증후군진단기준에 "
    "따라 구별합니다. 자세한 내용은 [2003년 연구](https://doi.org/10.1001/archderm.139.1.26)에서 볼 수 있습니다."
)
ENGLISH = (
    'Toxic epidermal necrolysis (TEN) is treated with a medicine called "immunoglobulin". For each 1 kg '
    "of body weight, people usually get 2 g/kg, shared over 3~5 days. Doctors look at studies that compare it "
    'with a "fake" treatment (randomised controlled trials). Stevens-Johnson syndrome (SJS) and TEN are similar '
    "illnesses; doctors tell them apart by the criteria for anticonvulsant hypersensitivity. The details are in a "
    "[2003 study](https://doi.org/10.1001/archderm.139.1.26)."
)
UNITS = re.compile(r"^(k?g|mg|g/kg\S*)")


def test_a_korean_word_is_everything_between_two_spaces():
    text = '"가짜" 치료와 표피괴사용해증(TEN)의 IVIG 2\u00a0g/kg을'
    words = [text[start:end] for start, end in kept_ranges(text)]
    assert words == ['"가짜"', "치료와", "표피괴사용해증(TEN)의", "2\u00a0g/kg을"]  # English alone breaks as usual
    address = "https://doi.org/10.1155/2020/6274053)에서는"
    assert "".join(address[s:e] for s, e in kept_ranges(address)) == address
    assert [address[s:e] for s, e in kept_ranges(address)][-1] == "6274053)에서는"  # breaks only after a /


def test_a_long_run_without_korean_is_no_word_to_keep_and_the_words_around_it_are():
    """A translator's 5,000 "[": between spaces it is no Korean word; glued to one it is part of it."""
    text = "미국에서는 " + "[" * 5000 + " 생깁니다. IVIG를"
    assert [text[start:end] for start, end in kept_ranges(text)] == ["미국에서는", "생깁니다.", "IVIG를"]
    glued = "생깁니다." + "[" * 5000
    assert kept_ranges(glued) == [(0, len(glued))]


def test_the_pdf_keeps_each_korean_word_by_its_utf8_offsets_after_a_long_run():
    """Pango counts bytes: the ranges the PDF keeps whole are the words, however much text is before them."""
    from pipeline.weasyprint_patches.keep_all import _kept_byte_ranges

    text = (
        "표피괴사용해증(TEN)의 " + "[" * 3000 + " IVIG를 https://doi.org/10.1155/2020/6274053)에서는 " + "가나 " * 500
    )
    encoded = text.encode()
    kept = [encoded[start:end].decode() for start, end in _kept_byte_ranges(text)]
    assert kept[:2] == ["표피괴사용해증(TEN)의", "IVIG를"]
    assert "".join(kept[2:7]) == "https://doi.org/10.1155/2020/6274053)에서는" and kept[6] == "6274053)에서는"
    assert kept[7:] == ["가나"] * 500


def test_browsers_get_word_joiners_only_where_they_would_break_a_word():
    html = (
        '<html><head><title>"가짜"</title></head><body><h1><strong>표피괴사용해증(TEN)</strong>의 '
        "IVIG</h1><p>&quot;가짜&quot; 면역계(세균 스티븐스-존슨 a-b 합니다.</p></body></html>"
    )
    out = join_words_for_browsers(html)
    J = WORD_JOINER
    assert '<title>"가짜"</title>' in out  # the head is left alone
    assert f"<strong>표피괴사용해증{J}(TEN){J}</strong>의 IVIG" in out  # across the tag, after ")"
    assert f"&quot;{J}가짜{J}&quot; 면역계{J}(세균 스티븐스{J}-{J}존슨 a-b 합니다.</p>" in out
    assert out.replace(J, "") == html


def test_no_joiner_goes_inside_a_number_where_no_browser_breaks():
    """A reader who copies 1.9명 or searches the page for it got an invisible character inside the dose."""
    html = "<p>100만 명당 약 1.9명, 1,000명 중 3/4가 14:30에</p>"
    assert WORD_JOINER not in join_words_for_browsers(html)


def test_numbers_keep_their_units_in_every_language():
    out = keep_units_together('<p title="2 g">Give 2 g/kg over 3–5 days; 1 kg당 2 g/kg을, not 3 gifts</p>')
    assert out == (
        '<p title="2 g">Give <span class="nowrap">2 g/kg</span> over <span class="nowrap">3–5 days'
        '</span>; <span class="nowrap">1 kg</span>당 <span class="nowrap">2 g/kg</span>을, not 3 gifts</p>'
    )


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])  # a space, a no-break space, a narrow one
def test_a_number_grouped_by_a_space_is_kept_whole(space):
    """ "4 000 mg", as [numbers] asks a French translation to write "4,000 mg", kept only its "000 mg"
    together: a line could end in "prenez au maximum 4" and the next begin "000 mg par jour"."""
    out = keep_units_together(
        f"<p>au maximum 4{space}000 mg par jour, 1{space}500–2{space}000 mg, 150{space}000 personnes</p>"
    )
    assert out == (
        f'<p>au maximum <span class="nowrap">4{space}000 mg</span> par jour, '
        f'<span class="nowrap">1{space}500–2{space}000 mg</span>, <span class="nowrap">150{space}000</span> personnes</p>'
    )
    # A space groups exactly three digits: a list of numbers, a year before a count, stay apart.
    assert (
        keep_units_together("<p>1 2 3; in 2019 5 days</p>")
        == '<p>1 2 3; in 2019 <span class="nowrap">5 days</span></p>'
    )


def test_a_number_is_not_kept_with_the_start_of_a_word_in_another_language():
    """Spanish "5 días" held "5 d" (days) in a no-wrap span, Vietnamese "10 người" (people)
    and "2.0 ngày" (the date) "10 ng" and "2.0 ng" (nanograms), splitting the word in two
    elements; a particle glued to a unit in Korean or Chinese still goes with it."""
    out = keep_units_together("<p>de 3 a 5 días; 8 trên 10 người; phiên bản 2.0 ngày 15; 2 g/kg的; 2 g/kg을.</p>")
    assert out == (
        "<p>de 3 a 5 días; 8 trên 10 người; phiên bản 2.0 ngày 15; "
        '<span class="nowrap">2 g/kg</span>的; <span class="nowrap">2 g/kg</span>을.</p>'
    )


def rendered_lines(project, leaflet="demo", locale="ko_KR") -> list[str]:
    """The lines of the PDF's pages, running heads and footers (the top and bottom margins) left out."""
    pdf = str(project.path(f"build/{locale}/{leaflet}.pdf"))
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    top = int(18 / 25.4 * 72)  # a draft's "Draft" (초안) heads every page (templates/print.css)
    body = ["-x", "0", "-y", str(top), "-W", str(int(width)), "-H", str(int(height - top - 24 / 25.4 * 72))]
    text = subprocess.run(["pdftotext", "-layout", *body, pdf, "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip(" •") for line in text.splitlines() if line.strip()]


def broken_words(lines: list[str], source_words: set[str]) -> list[str]:
    """Rendered tokens with Hangul that are not whole words of the source, and units parted from numbers."""
    problems = []
    for number, line in enumerate(lines):
        for token in line.split():
            if re.search("[가-힣]", token) and token not in source_words:
                problems.append(f"{token!r} in {line!r}")
        if number + 1 < len(lines) and re.search(r"\d$", line) and UNITS.match(lines[number + 1]):
            problems.append(f"unit parted from its number: {line!r} / {lines[number + 1]!r}")
    return problems


@pytest.mark.parametrize("width", [None, "5.3cm", "7.9cm"])
def test_korean_pdf_lines_end_only_at_word_boundaries(translated, width):
    """The hard cases at three measures, so that lines end at many different places."""
    source = translated.path("source/demo.md")
    source.write_text(source.read_text() + "\n" + "\n\n".join([ENGLISH] * 3) + "\n", encoding="utf-8")
    translated.review_english()
    translated.run("extract")
    translated.run("update")
    translated.translate("demo", {ENGLISH: HARD_CASES})
    code, out, _ = translated.run("check", "--leaflet", "demo")
    assert code == 0, out
    if width:
        css = translated.path("templates/print.css")
        css.write_text(css.read_text() + f"\n.leaflet-body p {{ width: {width}; }}\n", encoding="utf-8")
    assert translated.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    lines = rendered_lines(translated)
    plain = re.sub(r"\[([^]]*)\]\([^)]*\)", r"\g<1> 1", HARD_CASES)  # the link as printed, a space, its note number
    start = next(i for i, line in enumerate(lines) if line.startswith("독성 표피괴사용해증(TEN)의"))
    end = lines.index("링크 주소", start)  # the printed addresses after the text
    body = lines[start:end]
    assert len(body) > (20 if width else 10)  # the paragraphs really wrap
    # A word wider than the measure (a syllable is 1 em of the 12 pt text) breaks where the line ends,
    # rather than run off the paper: 항경련제과민반응증후군진단기준에 at 5.3 cm.
    measure = float(width.removesuffix("cm")) / 2.54 * 72 if width else 0
    wide = [word for word in plain.split() if measure and len(word) * 12 > measure]
    problems = broken_words(body, set(plain.split()))
    assert not [p for p in problems if not any(p.split("'")[1] in word for word in wide)], problems
    assert "\n".join(body).count("2 g/kg을") == 3


def test_the_checker_sees_a_broken_word():
    assert broken_words(['의사는 "가', '짜" 치료와'], {"의사는", '"가짜"', "치료와"})
    assert broken_words(["보통 2", "g/kg을 맞습니다"], {"보통", "2", "g/kg을", "맞습니다"})
    assert not broken_words(['의사는 "가짜"', "치료와"], {"의사는", '"가짜"', "치료와"})


def test_printed_links_are_numbered_notes_with_their_addresses_after_the_text(translated):
    assert translated.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    lines = rendered_lines(translated)
    sentence = next(line for line in lines if line.startswith("1 g/kg/day를"))
    assert "https://" not in sentence and "연구1를" in sentence.replace(" ", "")  # the note number, no address
    heading = lines.index("링크 주소")
    assert lines[heading + 1] == "1. https://doi.org/10.1001/archderm.139.1.26"


def test_long_addresses_break_only_after_a_slash(translated):
    long = (
        "https://example.org/leaflets/patient-information/korean/ivig-for-ten/"
        "what-to-do-at-home-and-when-to-call-us/2026/index.html"
    )
    source = translated.path("source/demo.md")
    source.write_text(
        source.read_text().replace('26. https://doi.org/10.1001/archderm.139.1.26"', f'26. {long} {long}"'),
        encoding="utf-8",
    )
    assert translated.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    text = "\n".join(rendered_lines(translated))
    printed = list(re.finditer("\n?".join(map(re.escape, long)), text))
    assert len(printed) == 2 and any("\n" in match.group() for match in printed)  # it does wrap
    for match in printed:
        assert all(match.group()[i - 1] == "/" for i, char in enumerate(match.group()) if char == "\n"), match.group()


def test_words_split_by_markup_stay_whole_at_every_measure(tmp_path):
    """``<strong>IVIG</strong>는``, ``<a>연구</a>에서``: no line may end where the markup does."""
    from pipeline.render_pdf import render_pdf

    words = [
        "<strong>IVIG</strong>는",
        "<a href='https://example.org/'>연구</a>에서",
        "<em>(TEN)</em>의",
        "<strong>면역</strong>글로불린을",
        "2003년",
    ] * 8
    paragraphs = "".join(f'<p style="width: {3 + n * 0.37:.2f}cm">{" ".join(words)}</p>' for n in range(12))
    html = f'<html lang="ko-KR"><body>{paragraphs}</body></html>'
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(render_pdf(html, ":lang(ko-KR) { word-break: keep-all; }"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    whole = {"IVIG는", "연구에서", "(TEN)의", "면역글로불린을", "2003년"}
    tokens = [token for line in text.splitlines() for token in line.split()]
    assert len(text.splitlines()) > 100 and set(tokens) == whole


@pytest.mark.parametrize(
    "lang, sentence, linked",
    [
        ("en", "Some found good results, such as a {link} of high-dose IVIG, most often when started early.", "study"),
        (
            "ko-KR",
            "연구들은 결과가 서로 엇갈립니다. 고용량 IVIG에 관한 {link}처럼 좋은 결과를 얻은 연구도 있습니다.",
            "연구",
        ),
    ],
)
def test_a_link_note_never_starts_a_line(tmp_path, lang, sentence, linked):
    """The note number printed after a link stands a space apart from it (tests/test_languages.py says why),
    and no line may break at that space: at every measure the number ends the line of its link."""
    from pipeline.render_html import number_links
    from pipeline.render_pdf import render_pdf

    link = f'<a href="https://doi.org/10.1001/archderm.139.1.26">2003 {linked}</a>'
    body, _ = number_links(f"<p>{sentence.format(link=link)}</p>")
    css = (Path(__file__).parent.parent / "templates" / "leaflet.css").read_text(encoding="utf-8")
    pages = "".join(f'<div style="width: {3 + n * 0.23:.2f}cm">{body}</div>' for n in range(30))
    html = f'<html lang="{lang}"><style>{css}</style><body>{pages}</body></html>'
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(render_pdf(html, ":lang(ko-KR) { word-break: keep-all; }"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert sum(bool(re.search(rf"{linked} 1(?!\d)", line)) for line in lines) == 30, lines
    assert not [line for line in lines if re.match(r"1(?!\d)", line)], lines


PHONES = ["+49 877 778 0318", "(877) 778-0318", "+1 (877) 778-0318", "0800 111 0 111", "030/1234567", "116 117"]


def test_a_phone_number_is_kept_whole_in_the_html():
    """ "+49 877 778 0318" was "+<span>49 877 778</span> 0318" (the span a number grouped by spaces
    gets): a line could end after the "+" or before the last group."""
    out = keep_units_together(f"<p>Rufen Sie {', '.join(PHONES)} an; 4 000 mg, 2 g/kg.</p>")
    assert out == (
        "<p>Rufen Sie "
        + ", ".join(f'<span class="nowrap">{phone}</span>' for phone in PHONES)
        + ' an; <span class="nowrap">4 000 mg</span>, <span class="nowrap">2 g/kg</span>.</p>'
    )
    # The digits of a web address are no phone number: its pieces break after a slash.
    assert keep_units_together("<p>https://example.org/a/8005550199</p>") == "<p>https://example.org/a/8005550199</p>"


def test_a_phone_number_is_printed_on_one_line_at_every_measure(tmp_path):
    from pipeline.render_pdf import render_pdf

    sentence = "Rufen Sie die Pflegehotline unter {} an, wenn Sie Kopfschmerzen haben."
    body = keep_units_together("".join(f"<p>{sentence.format(phone)}</p>" for phone in PHONES))
    css = (Path(__file__).parent.parent / "templates" / "leaflet.css").read_text(encoding="utf-8")
    pages = "".join(f'<div style="width: {4 + n * 0.21:.2f}cm">{body}</div>' for n in range(30))
    pdf = tmp_path / "phones.pdf"
    pdf.write_bytes(render_pdf(f'<html lang="de"><style>{css}</style><body>{pages}</body></html>', ""))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert len(text.splitlines()) > 300  # the sentences do wrap
    for phone in PHONES:
        # Whole on its line, whatever comes before or after it: never a "+" or "778-" at a line's end.
        assert len(re.findall(rf"unter\s+{re.escape(phone)}\s+an\b", text)) == 30, (phone, text)
