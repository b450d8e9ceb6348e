"""Korean lines break between words, in the PDF as in the browser."""

import subprocess

from pipeline.line_breaking import keep_words_together


def test_every_hangul_word_is_kept_whole_and_markup_is_untouched():
    html = ('<html><head><title>제목</title><style>p > a { color: red }</style></head>'
            '<body><p class="x">IVIG를 <a href="https://doi.org/1">2003년 연구</a>에서 &lt;안내&gt; Dr. Cho</p></body></html>')
    out = keep_words_together(html)
    assert "<title>제목</title><style>p > a { color: red }</style>" in out
    assert '<p class="x"><span class="keep-all-word">IVIG를</span> ' in out
    assert '<a href="https://doi.org/1"><span class="keep-all-word">2003년</span>' in out
    assert '<span class="keep-all-word">&lt;안내&gt;</span> Dr. Cho' in out


def test_addresses_and_long_compounds_may_still_break():
    url = "https://example.org/what-to-do-at-home-and-when-to-call-the-clinic-2026.html에서"
    out = keep_words_together(f"<p>{url} 확인하세요 mail@example.org로 가나다라마바사아자차카타파하</p>")
    assert f"<p>{url} " in out and " mail@example.org로 " in out and "가나다라마바사아자차카타파하</p>" in out
    assert '<span class="keep-all-word">확인하세요</span>' in out


def test_korean_pdf_lines_end_only_at_word_boundaries(translated):
    long_paragraph = "사람마다 상태가 다르므로 어떤 치료든 시작하거나 중단하거나 바꾸기 전에 의사와 상의하세요. " * 12
    translated.translate("demo", {"Fever": long_paragraph.strip()})
    assert translated.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    text = subprocess.run(["pdftotext", str(translated.path("build/ko_KR/demo.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = set(long_paragraph.split())
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("• 사람마다"))
    end = lines.index("진단", start)  # the table after the list
    body_lines = [line.strip(" •") for line in lines[start:end] if line.strip()]
    assert len(body_lines) > 3 and body_lines[-1].endswith("상의하세요.")  # the paragraph really wraps
    for line in body_lines:
        assert all(word in words for word in line.split()), line
