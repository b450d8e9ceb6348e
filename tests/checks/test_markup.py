"""[markup]: links, raw HTML, block structure and emphasis survive translation."""

from __future__ import annotations

import pytest

from pipeline.markdown import render_inline
from tests.checks.helpers import only

STUDY = "Because TEN is rare, there are only a few studies, such as a [2003 study](https://doi.org/10.1001/archderm.139.1.26)."


def test_a_changed_link_target_is_an_error_both_ways(catalogs):
    translation = "TEN은 드문 병이어서 [2003년 연구](https://example.com/study) 등 연구가 몇 편밖에 없습니다."
    findings = catalogs.findings(STUDY, translation, check="markup")
    assert [(f.severity, f.message) for f in findings] == [
        ("error", "link target https://doi.org/10.1001/archderm.139.1.26 is missing from the translation"),
        ("error", "link target https://example.com/study in the translation is not in the source"),
    ]
    assert {f.msgid for f in findings} == {STUDY}


def test_the_same_link_target_passes(catalogs):
    translation = (
        "TEN은 드문 병이어서 [2003년 연구](https://doi.org/10.1001/archderm.139.1.26) 등 연구가 몇 편밖에 없습니다."
    )
    assert catalogs.findings(STUDY, translation, check="markup") == []


@pytest.mark.parametrize("address", ["javascript:alert(document.cookie)", "data:text/html,x", "JAVASCRIPT:x"])
def test_a_link_to_a_refused_address_is_an_error(catalogs, address):
    translation = f"물을 충분히 마시세요. [자세히]({address})"
    messages = [
        f.message
        for f in catalogs.findings("Drink plenty of water.", translation, check="markup")
        if f.severity == "error"
    ]
    assert any(m.startswith(f"link address {address[:12]}") and "is refused" in m for m in messages)


def test_a_link_with_korean_in_its_address_is_not_refused(catalogs):
    source = "See the [guide](https://example.org/안내)."
    assert catalogs.findings(source, "[안내서](https://example.org/안내)를 보세요.", check="markup") == []


@pytest.mark.parametrize(
    "translation, tag",
    [
        ("바로 의료진에게 알리세요.<script>alert(1)</script>", "<script>"),
        ('바로 <a href="https://example.com">의료진</a>에게 알리세요.', '<a href="https://example.com">'),
        ("바로 의료진에게 알리세요.<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        # A "<" inside a quoted attribute value does not end the tag for a browser.
        ('바로 <a title="<b" onmouseover=alert(1)>의료진</a>에게 알리세요.', '<a title="<b" onmouseover=alert(1)>'),
        ("바로 의료진에게 알리세요.<b title='<' onclick=alert(1)>", "<b title='<' onclick=alert(1)>"),
        # A browser's tag name runs to a space, "/" or ">": any element may carry onclick.
        ("바로 <b_x onclick=alert(1)>의료진</b_x>에게 알리세요.", "<b_x onclick=alert(1)>"),
        ("바로 의료진에게 알리세요.<x:y onclick=alert(1)>", "<x:y onclick=alert(1)>"),
        # Broken over lines, it is named as one tag, its line breaks read as spaces.
        ("바로 의료진에게 알리세요.<img\nsrc=x\nonerror=alert(1)>", "<img src=x onerror=alert(1)>"),
    ],
)
def test_raw_html_the_source_does_not_have_is_an_error(catalogs, translation, tag):
    finding = only(catalogs.findings("Tell your care team right away.", translation, check="markup"))
    assert finding.severity == "error"
    assert finding.message == f"raw HTML {tag} in the translation is not in the source (HTML injection risk)"


def test_raw_html_of_the_source_may_stay(catalogs):
    assert catalogs.findings("Skin<br>affected", "손상된<br>피부", check="markup") == []


def test_raw_html_of_the_source_may_stay_with_other_spaces_or_case(catalogs):
    assert catalogs.findings("Skin<br />affected", "손상된<BR  />피부", check="markup") == []


def test_raw_html_of_the_source_left_out_is_a_warning_naming_the_tag(catalogs):
    finding = only(catalogs.findings("Skin<BR  />affected", "손상된 피부", check="markup"))
    assert (finding.severity, finding.message) == (
        "warning",
        "raw HTML <br /> of the source is missing from the translation",
    )


def test_text_that_only_looks_like_a_tag_is_not_html(catalogs):
    assert catalogs.findings("Platelets below 50", "혈소판 <50 또는 <오십>", check="markup") == []


@pytest.mark.parametrize(
    "translation, construct",
    [
        ("# 의료진에게 물어볼 질문", "a heading (#)"),
        ("- 의료진에게 물어볼 질문", "a bulleted list (- , * or + )"),
        ("* 의료진에게 물어볼 질문", "a bulleted list (- , * or + )"),
        ("1. 의료진에게 물어볼 질문", "a numbered list (1. or 1) )"),
        ("1) 의료진에게 물어볼 질문", "a numbered list (1. or 1) )"),
        ("> 의료진에게 물어볼 질문", "a block quote (>)"),
        ("```\n의료진에게 물어볼 질문\n```", "a fenced code block (```)"),
        ("---", "a thematic break (---)"),
        ("의료진에게 물어볼 질문\n---", "a heading (#)"),  # a setext heading
        ("| 의료진 | 질문 |\n|---|---|", "a table"),
    ],
)
def test_block_markdown_in_an_inline_message_is_an_error(catalogs, translation, construct):
    finding = only(catalogs.findings("Questions to ask your care team", translation, check="markup"))
    assert finding.severity == "error"
    assert finding.message == f"the translation starts {construct}, but the source is one block of inline text"


def test_a_blank_line_is_an_error(catalogs):
    finding = only(catalogs.findings("Questions to ask your care team", "의료진에게\n\n물어볼 질문", check="markup"))
    assert (finding.severity, finding.message) == (
        "error",
        "the translation contains a blank line, which splits the block into paragraphs",
    )


def test_a_table_row_pattern_is_an_error(catalogs):
    finding = only(catalogs.findings("Skin affected", "| 손상된 피부 |", check="markup"))
    assert (finding.severity, finding.message) == (
        "error",
        "the translation looks like a table row (| ... |), which breaks the table",
    )


def test_inline_text_that_starts_with_a_number_is_not_a_list(catalogs):
    assert catalogs.findings("Take 2 tablets.", "2정을 복용하세요.", check="markup") == []
    assert catalogs.findings("Step 1: wash your hands", "1단계: 손을 씻으세요", check="markup") == []


def test_lost_strong_emphasis_is_a_warning_that_explains_korean_flanking(catalogs):
    source = "**Thrombocytopenia:** a low number of platelets in the blood."
    finding = only(
        catalogs.findings(source, "**혈소판 감소증:**혈액 속 혈소판 수가 적어지는 것입니다.", check="markup")
    )
    assert finding.severity == "warning"
    assert finding.message.startswith("strong emphasis (**...**) of the source is missing from the translation")
    assert "closing ** right after punctuation must be followed by a space" in finding.message


@pytest.mark.parametrize(
    "translation",
    [
        "**혈소판 감소증:** 혈액 속 혈소판 수가 적어지는 것입니다.",
        "**혈소판 감소증**: 혈액 속 혈소판 수가 적어지는 것입니다.",
    ],
)
def test_kept_strong_emphasis_passes(catalogs, translation):
    source = "**Thrombocytopenia:** a low number of platelets in the blood."
    assert catalogs.findings(source, translation, check="markup") == []


def test_lost_emphasis_and_code_span_are_warnings(catalogs):
    findings = catalogs.findings(
        "Run `leaflets check` *before* you publish.", "게시하기 전에 leaflets check를 실행하세요.", check="markup"
    )
    assert [(f.severity, f.message) for f in findings] == [
        ("warning", "code span `leaflets check` of the source is missing from the translation"),
        ("warning", "emphasis (*...*) of the source is missing from the translation"),
    ]


def test_kept_emphasis_and_code_span_pass(catalogs):
    source = "Run `leaflets check` *before* you publish."
    assert catalogs.findings(source, "게시하기 *전에* `leaflets check`를 실행하세요.", check="markup") == []


# -- what the page renders (issue 7, case 10) ---------------------------------------

DRINK = "Drink plenty of water."


@pytest.mark.parametrize(
    "translation, message",
    [
        (
            "물을 충분히 마시세요. [자세히](java&#x73;cript:alert(1))",
            "link address javascript:alert(1) is refused (its scheme is not allowed)",
        ),
        ("물을 충분히 마시세요. <javascript:alert(1)>", "link address javascript:alert(1) is refused"),
        ("물을 충분히 마시세요. <vbscript:msgbox(1)>", "link address vbscript:msgbox(1) is refused"),
        ("물을 충분히 마시세요. [x](&#102;ile:///etc/passwd)", "link address file:///etc/passwd is refused"),
        (
            "물을 충분히 마시세요. ![추적](https://evil.example/p.png)",
            "image ![…](https://evil.example/p.png) in the translation: pages show no images",
        ),
        ("물을 충분히 마시세요. [자세히][r]", "[자세히][r]… is not a link on the page"),
        ("물을 충분히 마시세요. [자세히][]", "[자세히][]… is not a link on the page"),
        ("물을 충분히 마시세요. &lt;script&gt;alert(1)&lt;/script&gt;", "raw HTML <script> in the translation"),
        ("물을 충분히 마시세요. &#60;img src=x onerror=alert(1)&#62;", "raw HTML <img src=x onerror=alert(1)> in the"),
        ("물을 충분히 마시세요. <img src=x onerror=alert(1)", "raw HTML <img src=x onerror=alert(1) in the"),
        ("물을 충분히 마시세요. <!-- 숨김 -->", "raw HTML <!-- 숨김 --> in the translation"),
        ("물을 충분히 마시세요. <svg/onload=alert(1)>", "raw HTML <svg/onload=alert(1)> in the translation"),
        ("물을 충분히 마시세요. `<script>`", "raw HTML <script> in the translation"),
    ],
)
def test_what_only_a_renderer_sees_is_an_error(catalogs, translation, message):
    findings = catalogs.findings(DRINK, translation, check="markup")
    assert any(f.severity == "error" and message in f.message for f in findings), findings


@pytest.mark.parametrize(
    "source, translation",
    [
        ("See the [guide](https://example.org/a?b=1&c=2).", "[안내서](https://example.org/a?b=1&amp;c=2)를 보세요."),
        ("Write to <care@example.org>.", "<care@example.org>로 편지를 보내세요."),
        ("Write to <care@example.org>.", "[care@example.org](mailto:care@example.org)로 편지를 보내세요."),
        ("Skin &lt;b&gt; affected", "피부 &lt;b&gt; 영향"),
        ("Platelets below 50", "[참고] 혈소판 <50, a < b > c"),
    ],
)
def test_the_same_rendered_links_and_text_pass_however_written(catalogs, source, translation):
    assert [f for f in catalogs.findings(source, translation, check="markup") if f.severity == "error"] == []


def test_a_reference_link_for_a_source_link_is_both_missing_and_unrendered(catalogs):
    findings = catalogs.findings(
        STUDY, "TEN은 드문 병이어서 [2003년 연구][1] 등 연구가 몇 편밖에 없습니다.", check="markup"
    )
    messages = [f.message for f in findings]
    assert "link target https://doi.org/10.1001/archderm.139.1.26 is missing from the translation" in messages
    assert any(m.startswith("[2003년 연구][1]… is not a link on the page") for m in messages)


@pytest.mark.parametrize(
    "translation, address",
    [
        ("물을 충분히 마시세요. <javascript:alert(1)>", "javascript:alert(1)"),
        ("<JavaScript:alert(1)> 참고", "JavaScript:alert(1)"),
    ],
)
def test_a_refused_autolink_is_one_error_that_gives_the_reason(catalogs, translation, address):
    """Its brackets are text on the page, but "raw HTML <javascript:...>" would only repeat it."""
    finding = only(catalogs.findings(DRINK, translation, check="markup"))
    assert finding.message == (
        f"link address {address} is refused (its scheme is not allowed); the page would show the Markdown as text"
    )


def test_an_image_is_an_error_that_says_what_the_reader_would_see(catalogs):
    findings = catalogs.findings(DRINK, "물을 충분히 마시세요. ![물컵](https://example.org/cup.png)", check="markup")
    assert [f.message for f in findings if f.message.startswith("image")] == [
        "image ![…](https://example.org/cup.png) in the translation: pages show no images, "
        "the reader would see a stray '!' and a link"
    ]


def test_a_link_to_a_refused_address_is_one_error_not_also_unrendered_syntax(catalogs):
    finding = only(catalogs.findings(DRINK, "물을 충분히 마시세요. [자세히](javascript:alert(1))", check="markup"))
    assert finding.message.startswith("link address javascript:alert(1) is refused")


def test_a_reference_link_is_an_error_that_says_how_to_write_a_link(catalogs):
    finding = only(catalogs.findings(DRINK, "물을 충분히 마시세요. [자세히][r]", check="markup"))
    assert finding.message == (
        "[자세히][r]… is not a link on the page, the reader would see the brackets: "
        "write [text](address) with an address of the source"
    )


@pytest.mark.parametrize("translation", ["\\[Ctrl\\]\\[C\\]를 눌러 복사하세요.", "[Ctrl][C]를 눌러 복사하세요."])
def test_brackets_the_source_shows_as_text_may_stay(catalogs, translation):
    assert catalogs.findings("Press \\[Ctrl\\]\\[C\\] to copy.", translation, check="markup") == []


def test_a_one_letter_tag_is_raw_html(catalogs):
    finding = only(
        catalogs.findings("Tell your care team right away.", "바로 <b>의료진</b>에게 알리세요.", check="markup")
    )
    assert finding.message == "raw HTML <b> in the translation is not in the source (HTML injection risk)"


def test_a_numbered_heading_may_stay_numbered(catalogs):
    """ "## 1. Before the infusion" gives the message "1. Before the infusion": a list, read alone."""
    assert catalogs.findings("1. Before the infusion", "1. 주입 전에", check="markup") == []


def test_lost_emphasis_after_punctuation_is_explained_for_a_single_star_too(catalogs):
    finding = only(catalogs.findings("*Note:* take it with food.", "*참고:*음식과 함께 드세요.", check="markup"))
    assert finding.message.startswith(
        "emphasis (*...*) of the source is missing from the translation: Markdown does not read the * in it"
    )


# -- what a browser reads as a tag, and what the page shows as typed (2026-12-03) -----

TELL = "If you have any of these signs, tell your care team right away."
READ = "Read the hepatitis B guide."
SUPPORT = "For support, visit <https://www.sjsupport.org/>."
# A faithful translation of each, in every language shipped but English.
KOREAN = {
    TELL: "이러한 증상이 하나라도 있으면 바로 의료진에게 알리세요.",
    READ: "<B형 간염 안내서>를 읽어 보세요.",
    SUPPORT: "지원이 필요하면 <https://www.sjsupport.org/>를 방문하세요.",
}
SPANISH = {
    TELL: "Si tiene alguno de estos signos, avise a su equipo de atención médica de inmediato.",
    READ: "Lea la <Guía de la hepatitis B>.",
    SUPPORT: "Para obtener apoyo, visite <https://www.sjsupport.org/>.",
}
CHINESE = {
    TELL: "如果出現任何這些症狀，請立即告訴您的醫療團隊。",
    READ: "請閱讀<B型肝炎手冊>。",
    SUPPORT: "如需支援，請造訪 <https://www.sjsupport.org/>。",
}
ARABIC = {
    TELL: "إذا كانت لديك أي من هذه العلامات، فأخبر فريق الرعاية الصحية على الفور.",
    READ: "اقرأ <دليل التهاب الكبد B>.",
    SUPPORT: "للحصول على الدعم، تفضل بزيارة <https://www.sjsupport.org/>.",
}
FAITHFUL = {"ko_KR": KOREAN, "es": SPANISH, "zh_TW": CHINESE, "ar": ARABIC}
TELL_IN = {locale: translations[TELL] for locale, translations in FAITHFUL.items()}
LOCALES = sorted(TELL_IN)


def errors(findings):
    return [(f.check, f.message) for f in findings if f.severity == "error"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "written, tag",
    [
        # HTML's tokenizer reads a tag name from an ASCII letter to a space, "/" or ">": "bé", "a한"
        ("<bé onclick=alert(document.domain)>", "<bé onclick=alert(document.domain)>"),
        ("<a한 href=javascript:alert(document.domain)>IVIG</a한>", "<a한 href=javascript:alert(document.domain)>"),
        ("<b형 style=display:none>", "<b형 style=display:none>"),
    ],
)
def test_a_tag_name_with_letters_past_ascii_is_raw_html(catalogs, locale, written, tag):
    translation = f"{TELL_IN[locale]} {written}"
    assert errors(catalogs.findings(TELL, translation, locale=locale)) == [
        ("markup", f"raw HTML {tag} in the translation is not in the source (HTML injection risk)")
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_title_in_angle_brackets_passes_in_every_language(catalogs, locale):
    """HTML reads "<B형 간염 안내서>" as a tag too, but one no browser gives behaviour (no
    attribute value: no script, link or style), and pages show it as the title it is."""
    assert errors(catalogs.findings(READ, FAITHFUL[locale][READ], locale=locale)) == []
    assert catalogs.findings(READ, FAITHFUL[locale][READ], locale=locale, check="markup") == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "written, seen",
    [
        # HTML decodes "&#60" without its ";", markdown-it does not: the page shows the code
        ("&#60script&#62alert(document.domain)&#60/script&#62", "&#60, &#62 on the page, not < >"),
        ("&#x3Cscript&#x3E", "&#x3C, &#x3E on the page, not < >"),
        # escaped twice: decoded once, the page shows "&lt;"
        ("&amp;lt;script&amp;gt;alert(document.domain)&amp;lt;/script&amp;gt;", "&lt;, &gt; on the page, not < >"),
        ("&amp;#60;b&amp;#62;", "&#60;, &#62; on the page, not < >"),
        ("&lt", "&lt on the page, not <"),
    ],
)
def test_a_character_reference_the_page_shows_as_typed_is_one_error(catalogs, locale, written, seen):
    translation = f"{TELL_IN[locale]} {written}"
    assert errors(catalogs.findings(TELL, translation, locale=locale)) == [
        (
            "markup",
            f"the reader would see {seen}: a character reference is decoded once, and only with its ';' "
            "(write the character itself)",
        )
    ]


LESS = "Keep it below 5 mg (<5 mg), Q&A."


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "written",
    [
        "&#x3C;5 mg",  # decoded: the page shows "<5 mg", as the English does
        "&#60;5 mg",
        "&lt;5 mg",
    ],
)
def test_a_character_reference_the_page_decodes_as_the_source_shows_passes(catalogs, locale, written):
    translation = f"{TELL_IN[locale]} ({written}) Q&A"
    assert catalogs.findings(LESS, translation, locale=locale, check="markup") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Questions and answers (Q&A) from AT&T and R&D.", "질문과 답변(Q&A), AT&T, R&D."),
        ("Skin &amp;lt;b&amp;gt; affected", "피부 &amp;lt;b&amp;gt; 영향"),  # as the English shows it
        ("Skin &#60b affected", "피부 &#60b 영향"),
    ],
)
def test_an_ampersand_of_prose_or_of_the_source_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="markup") == []


@pytest.mark.parametrize(
    "translation",
    ["바로 의료진에게 알리세요. ＜script＞alert(document.domain)＜/script＞", "＜주의＞ 바로 의료진에게 알리세요."],
)
def test_a_full_width_look_alike_of_a_tag_is_text(catalogs, translation):
    """＜ (U+FF1C) is no "<" to any parser: never a tag, and CJK punctuation (＜주의＞, ＜注意＞)."""
    assert catalogs.findings(TELL, translation, check="markup") == []


@pytest.mark.parametrize("locale", LOCALES)
def test_an_autolink_kept_passes(catalogs, locale):
    assert errors(catalogs.findings(SUPPORT, FAITHFUL[locale][SUPPORT], locale=locale)) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_an_added_autolink_is_one_urls_error(catalogs, locale):
    translation = f"{TELL_IN[locale]} <https://evil.example/sjs>"
    assert errors(catalogs.findings(TELL, translation, locale=locale)) == [
        ("urls", "URL https://evil.example/sjs in the translation is not in the source")
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_changed_e_mail_autolink_is_one_email_error(catalogs, locale):
    source = "Write to <care@example.org>."
    translation = FAITHFUL[locale][SUPPORT].replace("https://www.sjsupport.org/", "help@evil.example")
    assert errors(catalogs.findings(source, translation, locale=locale)) == [
        (
            "email",
            "e-mail address care@example.org is missing from the translation (the translation has help@evil.example)",
        )
    ]


def test_an_autolink_whose_change_urls_does_not_read_is_still_reported_by_markup(catalogs):
    """[urls] reads only the ASCII of an address (a Korean particle may follow it): a changed
    Korean path is no change to it, so the link targets stay [markup]'s to report."""
    source = "See <https://example.org/안내>."
    findings = catalogs.findings(source, "<https://example.org/정보>를 보세요.")
    assert sorted(errors(findings)) == [
        ("markup", "link target https://example.org/안내 is missing from the translation"),
        ("markup", "link target https://example.org/정보 in the translation is not in the source"),
    ]


def test_a_changed_link_target_with_its_address_shown_stays_markups(catalogs):
    """[text](url) is no autolink: [urls] reads the text, [markup] the target."""
    source = "Visit [sjsupport.org](https://www.sjsupport.org/)."
    findings = catalogs.findings(source, "[sjsupport.org](https://evil.example/)를 방문하세요.")
    assert sorted(errors(findings)) == [
        ("markup", "link target https://evil.example/ in the translation is not in the source"),
        ("markup", "link target https://www.sjsupport.org/ is missing from the translation"),
    ]


@pytest.mark.parametrize(
    "title",
    ['"하루 5 g/kg 투여 – 전화 555-0199"', "'https://example.com/other'", "(툴팁)"],  # each way CommonMark writes one
)
def test_a_link_title_in_the_translation_is_an_error(catalogs, title):
    # No check reads a title's words, and the page carried them as a tooltip: a dose, a phone number.
    translation = f"TEN은 드문 병이어서 [2003년 연구](https://doi.org/10.1001/archderm.139.1.26 {title}) 등이 있습니다."
    finding = only(catalogs.findings(STUDY, translation, check="markup"))
    assert finding.severity == "error"
    assert finding.message.startswith(f"link title {title[1:-1]!r} in the translation: a title is a tooltip")


@pytest.mark.parametrize(
    "source, translation, code",
    [
        # what no check reads, since every check leaves code spans out: each reaches the page as written
        ("Take 4 g.", "4 g 또는 `8 g`을 드세요.", "8 g"),  # a dose beside the source's
        ("Call 911.", "911 또는 `119`에 전화하세요.", "119"),  # another emergency number
        ("Call (877) 778-0318.", "(877) 778-0318 또는 `(800) 555-0199`로 전화하세요.", "(800) 555-0199"),
        (
            "See https://www.sjsupport.org/.",
            "https://www.sjsupport.org/ 또는 `https://evil.example/`을 보세요.",
            "https://evil.example/",
        ),
        (
            "Write to info@sjsupport.org.",
            "info@sjsupport.org 또는 `phish@evil.example`로 연락하세요.",
            "phish@evil.example",
        ),
        ("Take `4 g`.", "`5 g`을 드세요.", "5 g"),  # the source's code span changed
    ],
)
def test_a_code_span_the_source_does_not_have_is_an_error(catalogs, source, translation, code):
    errors = [f for f in catalogs.findings(source, translation) if f.severity == "error"]
    assert [(f.check, f.message) for f in errors] == [
        (
            "markup",
            f"code span `{code}` in the translation is not in the source: the page shows it, but no check reads "
            "a code span, so a dose, number, phone number or address in it would reach the reader unchecked; "
            "write it as text, without the backticks",
        )
    ]


def test_a_code_span_of_the_source_said_twice_is_not_one_it_lacks(catalogs):
    # The source's `119` written again is no new text the checks leave unread.
    assert catalogs.findings("Call `119`.", "`119`로 전화하세요. 다시 말해 `119`.", check="markup") == []


def test_code_spans_the_source_does_not_have_are_one_error_however_many(catalogs):
    translation = "4 g을 드세요. " + " ".join(f"`{n} g`" for n in range(500)) + " `" + "9" * 100 + "`"
    source = "Take 4 g. " + "Read this leaflet again. " * 40  # long enough for [length] to pass it
    (finding,) = catalogs.findings(source, translation, check="markup")
    assert finding.message.startswith("code span `0 g` in the translation is not in the source")
    assert finding.message.endswith("without the backticks (and 500 more: `1 g`, `10 g`, `100 g`, …)")
    # one of any length is quoted cut short
    (finding,) = catalogs.findings("Take 4 g.", "4 g을 드세요. `" + "9" * 100 + "`", check="markup")
    assert finding.message.startswith(f"code span `{'9' * 59}…` in the translation")


def test_a_code_span_the_translation_adds_is_shown_on_the_page():
    # Why it is an error: the page shows a code span's text, the phone number in it too.
    html = render_inline("상담: `(800) 555-0199`")
    assert "(800) 555-0199" in html and "<code>" in html
