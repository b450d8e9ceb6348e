"""Left-to-right runs in right-to-left text are isolated, as a reader needs them."""

import pytest

from pipeline.bidi import isolate_ltr_runs


def rtl(text: str) -> str:
    return isolate_ltr_runs(f'<p dir="rtl">{text}</p>')[len('<p dir="rtl">') : -len("</p>")]


@pytest.mark.parametrize(
    "text, isolated",
    [
        # A dose keeps its number, unit and per-kg together, brackets included.
        ("ثم تلقى بجرعة 400 mg/kg (0.4 g/kg) يوميا", "ثم تلقى بجرعة <L>400 mg/kg (0.4 g/kg)</L> يوميا"),
        ("أي 2 g/kg في المجموع.", "أي <L>2 g/kg</L> في المجموع."),
        # A term kept in English; the sentence's full stop stays with the Arabic sentence.
        ("مثل IVIG.", "مثل <L>IVIG</L>."),
        ("تداخل SJS/TEN", "تداخل <L>SJS/TEN</L>"),
        ("مستقبلات TNF-α و IL-2 هنا", "مستقبلات <L>TNF-α</L> و <L>IL-2</L> هنا"),
        # Brackets around a whole run are left to the bidirectional algorithm (they mirror).
        ("الوريدي (IVIG) لعلاج", "الوريدي (<L>IVIG</L>) لعلاج"),
        # Digits and signs alone are Arabic text's own: 10% shows as Arabic writes it.
        ("أقل من 10% ومن 1.9 إلى 24", "أقل من 10% ومن 1.9 إلى 24"),
        # A number before a sentence's end is not glued to the next run.
        ("أقل من 10%. (NSAIDs)، وهي", "أقل من 10%. (<L>NSAIDs</L>)، وهي"),
        # Escaped markup counts as one mark, never as letters.
        ("&quot;نص&quot; &amp; ", "&quot;نص&quot; &amp; "),
        ("اسم &lt;script&gt; هنا", "اسم &lt;<L>script</L>&gt; هنا"),
    ],
)
def test_left_to_right_runs_in_arabic_text_are_isolated(text, isolated):
    assert rtl(text) == isolated.replace("<L>", '<span dir="ltr">').replace("</L>", "</span>")


def test_left_to_right_elements_and_pages_are_left_alone():
    html = (
        '<html lang="ar" dir="rtl"><head><title>IVIG 1 g/kg</title><style>a{}</style></head><body>'
        '<p>نص IVIG</p><ol lang="en" dir="ltr"><li>Prins (2003). <a href="https://doi.org/10.1/x">'
        "https://doi.org/10.1/x</a></li></ol><br><p>نص TEN</p></body></html>"
    )
    out = isolate_ltr_runs(html)
    assert out.count('<span dir="ltr">') == 2
    assert "<title>IVIG 1 g/kg</title>" in out  # the head is not text of the page
    assert '<li>Prins (2003). <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a></li>' in out
    assert '<p>نص <span dir="ltr">TEN</span></p>' in out  # after the ltr list and a void element
    english = '<html lang="en" dir="ltr"><body><p>IVIG 1 g/kg</p></body></html>'
    assert isolate_ltr_runs(english) == english
