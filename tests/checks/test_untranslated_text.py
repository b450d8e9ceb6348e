"""[untranslated-text]: English left in a Korean catalog, the published-page failure."""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from tests.checks.helpers import Entry, only

PARAGRAPH = (
    "Toxic epidermal necrolysis (TEN) is a rare but very serious skin reaction. "
    "The skin gets blisters and then peels off, much like a bad burn."
)


def test_a_paragraph_left_in_english_is_an_error(catalogs):
    finding = only(catalogs.findings(PARAGRAPH, PARAGRAPH, check="untranslated-text"))
    assert (finding.severity, finding.msgid) == ("error", PARAGRAPH)
    assert finding.message == "the translation is the English text unchanged"


def test_korean_headings_over_english_paragraphs_fail_only_on_the_paragraphs(catalogs):
    report = catalogs.check(
        Entry("What is toxic epidermal necrolysis?", "독성 표피괴사용해증이란 무엇인가요?"),
        Entry(PARAGRAPH, PARAGRAPH),
        Entry("Early signs of TEN", "TEN의 초기 증상"),
        Entry(
            "TEN often starts 1 to 3 weeks after a person begins a new medicine.",
            "TEN often starts 1 to 3 weeks after a person begins a new medicine.",
        ),
    )
    assert sorted(report.failed_msgids) == sorted(
        [PARAGRAPH, "TEN often starts 1 to 3 weeks after a person begins a new medicine."]
    )


def test_english_with_a_few_korean_words_is_an_error(catalogs):
    translation = (
        "독성 표피괴사용해증: a rare but very serious skin reaction. The skin gets blisters and then peels off."
    )
    finding = only(catalogs.findings(PARAGRAPH, translation, check="untranslated-text"))
    assert finding.message.startswith("the translation is mostly not in Korean: only ")
    assert finding.message.endswith("of its letters are Hangul")


def test_a_title_case_heading_left_in_english_is_an_error(catalogs):
    finding = only(catalogs.findings("Possible Side Effects", "Possible Side Effects", check="untranslated-text"))
    assert finding.severity == "error"


def test_a_range_with_an_english_word_needs_translating(catalogs):
    # The real catalog has 10%~30%; "to" is English a reader must not meet.
    finding = only(catalogs.findings("10% to 30%", "10% to 30%", check="untranslated-text"))
    assert finding.message == "the translation is the English text unchanged"


@pytest.mark.parametrize(
    "source",
    [
        "IVIG",
        "SJS/TEN",
        "10%",
        "10%~30%",
        "Dr. Mina Cho, PharmD",
        "American Academy of Dermatology",
        "https://www.sjsupport.org",
        "Prins C, et al. Treatment of toxic epidermal necrolysis with high-dose IVIG. Arch Dermatol. 2003;139:26–32.",
        "Prins, C. (2003). Treatment of TEN. Archives of Dermatology, 139(1), 26.",
    ],
)
def test_names_numbers_addresses_references_and_kept_terms_may_stay_as_is(catalogs, source):
    assert catalogs.findings(source, source, check="untranslated-text") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            PARAGRAPH,
            "독성 표피괴사용해증(TEN)은 드물지만 매우 심각한 피부 반응입니다."
            " 심한 화상을 입었을 때처럼 피부에 물집이 생긴 뒤 벗겨집니다.",
        ),
        # English glosses in parentheses after Korean, as Korean medical writing gives them
        (
            "IVIG stands for intravenous immunoglobulin.",
            "IVIG는 정맥 주사 면역글로불린(intravenous immunoglobulin)의 약자입니다.",
        ),
        ("TNF-α inhibitors", "TNF-α 억제제(tumor necrosis factor alpha inhibitors)"),
        # names and acronyms copied from the source do not count as English
        (
            "They send a signal (Fas ligand) that kills skin cells.",
            "이 세포들은 피부 세포를 죽이는 신호(Fas ligand)를 보냅니다.",
        ),
        ("Brands include Privigen, Gammagard and Octagam.", "Privigen, Gammagard, Octagam 등의 제품이 있습니다."),
        ("NSAIDs (medicines that ease pain)", "비스테로이드성 소염진통제(NSAIDs, 통증을 줄여 주는 약)"),
    ],
)
def test_korean_with_english_terms_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="untranslated-text") == []


def test_spanish_gets_only_the_identical_text_rule(catalogs):
    finding = only(catalogs.findings(PARAGRAPH, PARAGRAPH, check="untranslated-text", locale="es"))
    assert finding.message == "the translation is the English text unchanged"
    # Spanish shares the Latin script with English: no script rule to trip over.
    spanish = "La necrólisis epidérmica tóxica (TEN) es una reacción cutánea rara pero muy grave."
    assert catalogs.findings(PARAGRAPH, spanish, check="untranslated-text", locale="es") == []


def test_arabic_uses_the_arabic_script_rule(catalogs):
    finding = only(
        catalogs.findings(
            PARAGRAPH,
            "TEN: a rare but very serious skin reaction, like a bad burn.",
            check="untranslated-text",
            locale="ar",
        )
    )
    assert finding.message.endswith("of its letters are Arabic")
    arabic = "انحلال البشرة النخري السمي (TEN) هو تفاعل جلدي نادر ولكنه خطير جدًا."
    assert catalogs.findings(PARAGRAPH, arabic, check="untranslated-text", locale="ar") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        # a kept drug name is terminology, not untranslated prose
        ("Take mycophenolate mofetil every morning.", "매일 아침 mycophenolate mofetil을 복용하세요."),
        # a cited title kept in its original language
        (
            'A review called "Intravenous immunoglobulin for toxic epidermal necrolysis: a systematic review" found this.',
            '"Intravenous immunoglobulin for toxic epidermal necrolysis: a systematic review"'
            "라는 논문에서 이 결과를 보고했습니다.",
        ),
    ],
)
def test_kept_terms_and_cited_titles_are_not_untranslated_text(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="untranslated-text") == []


# --- partly English, other languages ------------------------------------------------

IVIG_GUIDE = "IVIG (intravenous immunoglobulin) is made from donated blood. Read more in the [IVIG safety guide](https://example.org/g)."


def test_a_korean_sentence_followed_by_an_english_one_is_an_error(catalogs):
    translation = "IVIG(정맥 주사 면역글로불린)는 기증받은 혈액으로 만듭니다. Read more in the [IVIG safety guide](https://example.org/g)."
    finding = only(catalogs.findings(IVIG_GUIDE, translation, check="untranslated-text"))
    assert finding.severity == "error"
    assert finding.message == 'the translation contains English text: "Read more in the IVIG safety guide"'


def test_a_link_text_translated_alone_inside_an_english_sentence_is_an_error(catalogs):
    source = "Read more in the [IVIG safety guide](https://example.org/g) before your first infusion."
    translation = "Read more in the [IVIG 안전 안내서](https://example.org/g) before your first infusion."
    assert only(catalogs.findings(source, translation, check="untranslated-text")).severity == "error"


@pytest.mark.parametrize(
    "source, translation, script",
    [
        ("Feeling tired", "疲労感", "Han"),  # Japanese
        ("Chills or fever", "寒战或发烧", "Han"),  # Chinese
        ("Feeling tired", "つかれ", "Hiragana"),
        ("Feeling tired", "Усталость", "Cyrillic"),
    ],
)
def test_another_language_than_korean_is_an_error(catalogs, source, translation, script):
    finding = only(catalogs.findings(source, translation, check="untranslated-text"))
    assert (
        finding.message
        == f"the translation is mostly not in Korean: only 0% of its letters are Hangul (the others are {script})"
    )


def test_hanja_in_running_korean_text_is_an_error(catalogs):
    finding = only(catalogs.findings("Feeling tired", "疲勞感을 느낌", check="untranslated-text"))
    assert finding.message == "the translation contains Han text (疲勞感), not Korean"


def test_lower_cased_english_is_still_english(catalogs):
    finding = only(catalogs.findings("Feeling tired", "feeling tired", check="untranslated-text"))
    assert finding.message == "the translation is the English text with only its letter case or punctuation changed"


def test_an_english_sentence_in_parentheses_with_a_space_is_not_a_gloss(catalogs):
    finding = only(catalogs.findings("Feeling tired", "피로감 (a feeling of being tired)", check="untranslated-text"))
    assert finding.message == 'the translation contains English text: "a feeling of being tired"'


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            IVIG_GUIDE,
            "IVIG(정맥 주사 면역글로불린)는 기증받은 혈액으로 만듭니다."
            " 자세한 내용은 [IVIG 안전 안내서](https://example.org/g)를 읽어 보세요.",
        ),
        ("Feeling tired", "피로감"),
        ("Chills or fever", "오한 또는 발열"),
        # a Hanja gloss straight after Hangul, as dictionaries give it
        ("Informed consent", "사전 동의(事前同意)"),
        # Greek letters are symbols of medicine, not another language
        ("Beta blockers", "β차단제(beta blockers)"),
        # glosses with English small words, attached to the Korean term
        ("Graft-versus-host disease (GVHD)", "이식편대숙주병(graft-versus-host disease, GVHD)"),
        ("Feeling tired", "피로감(a feeling of being tired)"),
        # a name kept as written in the source
        (
            "Contact the Centers for Disease Control and Prevention.",
            "미국 질병통제예방센터(Centers for Disease Control and Prevention)에 문의하세요.",
        ),
        ("Contact the American Academy of Dermatology.", "American Academy of Dermatology에 문의하세요."),
        # a title cited as the source cites it (emphasis, not quotes)
        (
            "The booklet *What to Do When You Have a Rash* has more tips.",
            "*What to Do When You Have a Rash*라는 소책자에 더 많은 도움말이 있습니다.",
        ),
        ("The book *Living with Lupus* has more tips.", "*Living with Lupus*라는 책에 더 많은 도움말이 있습니다."),
    ],
)
def test_korean_with_kept_english_or_hanja_glosses_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="untranslated-text") == []


# Title-case English is judged by a general dictionary (Debian's wamerican),
# not by the words of the shipped leaflets (issue 12): "Kidney Problems" is
# made of ordinary words, so it is text to translate, not a name.
@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Kidney Problems", "Kidney Problems"),
        ("Kidney Problems", "Kidney Problems (신장)"),
        ("Kidney problems and IVIG", "Kidney Problems와 IVIG"),
        ("Swollen Ankles", "Swollen Ankles"),
        (
            "Contact the Centers for Disease Control and Prevention.",
            "Centers for Disease Control and Prevention에 문의하세요.",
        ),
    ],
)
def test_title_case_english_of_ordinary_words_is_not_a_name(catalogs, source, translation):
    assert only(catalogs.findings(source, translation, check="untranslated-text")).severity == "error"


def test_without_the_word_list_title_case_english_passes_as_a_name_as_doctor_warns(
    catalogs, project, tmp_path, monkeypatch
):
    from pipeline.checks import degraded_checks
    from pipeline.languages import words

    assert degraded_checks(project) == []
    monkeypatch.setattr(words, "DICTIONARY_DIR", tmp_path / "no-dict")
    assert catalogs.findings("Kidney problems and IVIG", "Kidney Problems와 IVIG", check="untranslated-text") == []
    (note,) = degraded_checks(project)
    assert "Kidney Problems" in note and "wamerican" in note


def test_the_dictionary_is_general_english_not_the_leaflets_words():
    from pipeline.languages import language_for
    from pipeline.languages.words import ordinary_words

    words = ordinary_words(language_for("en").word_list)
    assert len(words) > 50_000, "install Debian's wamerican (scripts/system-deps)"
    assert {"kidney", "ankle", "swollen", "problems"} <= words
    assert not {"johnson", "american", "ivig", "lamotrigine"} & words


# A third script is found from Unicode's Script property, for every script
# (issue 12: Greek, Telugu and Gujarati paragraphs used to pass).
@pytest.mark.parametrize(
    ("translation", "script"),
    [
        ("Ο πυρετός είναι συχνός μετά την έγχυση.", "Greek"),
        ("జ్వరం సాధారణం.", "Telugu"),
        ("તાવ સામાન્ય છે.", "Gujarati"),
        ("ไข้เป็นเรื่องปกติ", "Thai"),
        ("Лихорадка часто бывает.", "Cyrillic"),
        ("חום שכיח.", "Hebrew"),
    ],
)
def test_a_paragraph_in_any_other_script_is_an_error(catalogs, translation, script):
    finding = only(catalogs.findings("Fever is common after the infusion.", translation, check="untranslated-text"))
    assert f"(the others are {script})" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [("es", "La fiebre es 발열 común."), ("es", "La fiebre es común 发烧."), ("ar", "الحمى 발열 شائعة بعد التسريب.")],
)
def test_another_script_inside_a_translation_is_an_error(catalogs, locale, translation):
    finding = only(
        catalogs.findings("Fever is common after the infusion.", translation, check="untranslated-text", locale=locale)
    )
    assert finding.message.startswith("the translation contains ")


def test_greek_letters_of_medical_terms_are_not_greek_text(catalogs):
    assert catalogs.findings("TNF-α and IL-1β", "TNF-α와 IL-1β", check="untranslated-text") == []
    assert catalogs.findings("TNF-α blockers", "bloqueadores del TNF-α", check="untranslated-text", locale="es") == []


@pytest.mark.parametrize(
    "content",
    [
        None,
        "",
        "\n\n",
        "American\nJohnson's\nNASA\n",
        "Johnson's\n\n  kidney\n",
        "A\tb c\n",
        "\ufeffkidney\n",
        b"\xff\xfe",
    ],
)
def test_a_word_list_is_missing_exactly_when_it_has_no_ordinary_word(tmp_path, monkeypatch, content):
    """The quick look of missing_word_list() agrees with the words the check reads."""
    from pipeline.languages import words

    monkeypatch.setattr(words, "DICTIONARY_DIR", tmp_path)
    english = language_for("en")
    if isinstance(content, bytes):
        (tmp_path / english.word_list).write_bytes(content)
    elif content is not None:
        (tmp_path / english.word_list).write_text(content, encoding="utf-8")
    words._read.cache_clear(), words._has_ordinary_words.cache_clear()
    try:
        assert (words.missing_word_list(english) is None) == bool(words.ordinary_words(english.word_list))
    finally:
        words._read.cache_clear(), words._has_ordinary_words.cache_clear()


def test_the_installed_word_list_is_not_missing():
    from pipeline.languages import words

    english = language_for("en")
    assert words.missing_word_list(english) is None and len(words.ordinary_words(english.word_list)) > 50_000


# "Take two tablets daily", every letter a numeric character reference.
ENGLISH_AS_REFERENCES = " ".join("".join(f"&#{ord(c)};" for c in word) for word in "Take two tablets daily".split())


@pytest.mark.parametrize("locale", ["ko_KR", "ar", "zh_TW"])
def test_english_written_as_character_references_is_english(catalogs, locale):
    # Not one letter as written, "Take two tablets daily" on the page: the check reads what the page shows.
    finding = only(
        catalogs.findings("Take two tablets daily.", ENGLISH_AS_REFERENCES, check="untranslated-text", locale=locale)
    )
    assert finding.severity == "error"


@pytest.mark.parametrize(
    ("locale", "translation", "script"),
    [
        ("ko_KR", "하루에 두 번 ㌀ 드세요.", "Katakana"),  # ㌀ is アパート
        ("zh_TW", "每天服用兩次㌕。", "Katakana"),
    ],
)
def test_a_compatibility_symbol_is_read_as_the_letters_it_stands_for(catalogs, locale, translation, script):
    finding = only(catalogs.findings("Take it twice a day.", translation, check="untranslated-text", locale=locale))
    assert script in finding.message


# --- a word a Latin-script language spells as English does: "Allergies" in French ----------------


@pytest.mark.parametrize("locale, word", [("fr", "Allergies"), ("fr", "Questions"), ("de", "Information")])
def test_a_word_spelled_as_in_english_is_an_error_until_its_translator_flags_it(catalogs, locale, word):
    finding = only(catalogs.findings(word, word, check="untranslated-text", locale=locale))
    language = {"fr": "French", "de": "German"}[locale]
    assert (finding.severity, finding.message) == (
        "error",
        f"the translation is the English text unchanged; if {language} spells it so, flag the entry #, ignore-same",
    )
    # Weblate's "Mark as same" (#, ignore-same): a warning a reviewer reads, never silence.
    finding = only(catalogs.findings(word, word, check="untranslated-text", locale=locale, flags=["ignore-same"]))
    assert finding.severity == "warning"
    assert finding.message == (
        "the translation is the English text unchanged, as its ignore-same flag says it may be; a reviewer confirms it"
    )


def test_ignore_same_keeps_no_english_passage_nor_english_on_a_korean_page(catalogs):
    sentence = "Do not take other medicines that contain paracetamol."
    finding = only(catalogs.findings(sentence, sentence, check="untranslated-text", locale="fr", flags=["ignore-same"]))
    assert finding.severity == "error"
    assert finding.message.endswith("(its ignore-same flag is for a heading or a word of up to 3 words, not a passage)")
    finding = only(catalogs.findings("Allergies", "Allergies", check="untranslated-text", flags=["ignore-same"]))
    assert (finding.severity, finding.message) == ("error", "the translation is the English text unchanged")


# --- a sentence of the English left in a translation in Latin letters: rule 5 ---------------------

HOTLINE = "Call the infusion nurse line at (877) 778-0318 if you have a headache. The line is open every day."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "quoted"),
    [
        (
            "de",
            "Do not stop the infusion by yourself.",
            "Do not stop the infusion by yourself. Bitte.",
            "Do not stop the infusion by yourself.",
        ),
        (
            "de",
            HOTLINE,
            "Rufen Sie die Pflegehotline unter (877) 778-0318 an, wenn Sie Kopfschmerzen haben. "
            "The line is open every day.",
            "The line is open every day.",
        ),
        (
            "de",
            "Drink enough water before the infusion. Rest after it.",
            "Drink enough water before the infusion. Ruhen Sie sich danach aus.",
            "Drink enough water before the infusion.",
        ),
        (
            "es",
            HOTLINE,
            "Llame a la línea de enfermería al (877) 778-0318 si tiene dolor de cabeza. The line is open every day.",
            "The line is open every day.",
        ),
        (
            "fr",
            "Drink enough water before the infusion. Rest after it.",
            "Buvez assez d'eau avant la perfusion. rest after it",  # any case, any punctuation
            "rest after it",
        ),
        ("fr", HOTLINE, "THE LINE IS OPEN EVERY DAY. Appelez le (877) 778-0318 si vous avez mal à la tête.", None),
    ],
)
def test_an_english_sentence_left_in_a_latin_script_translation_is_an_error(
    catalogs, locale, source, translation, quoted
):
    path = catalogs.write(Entry(source, translation), locale=locale)
    finding = only(catalogs.findings(source, translation, check="untranslated-text", locale=locale))
    assert (finding.severity, finding.file, finding.line) == ("error", str(path.relative_to(catalogs.project.root)), 15)
    expected = quoted or "THE LINE IS OPEN EVERY DAY."
    assert (
        finding.message
        == f'the translation has a sentence of the English text left untranslated: "{expected}"; translate it'
    )


@pytest.mark.parametrize(
    ("locale", "translation", "quoted"),
    [
        (
            "de",
            "Rufen Sie die Pflegehotline unter (877) 778-0318 an, if you have a headache.",
            "if you have a headache",
        ),
        ("fr", "Appelez le (877) 778-0318 if you have a headache, tous les jours.", "if you have a headache"),
    ],
)
def test_an_english_clause_copied_into_a_translated_sentence_is_an_error(catalogs, locale, translation, quoted):
    finding = only(catalogs.findings(HOTLINE, translation, check="untranslated-text", locale=locale))
    assert finding.severity == "error"
    assert (
        finding.message == f'the translation has words of the English text left untranslated: "{quoted}"; translate it'
    )


def test_a_long_english_sentence_is_quoted_by_its_first_words(catalogs):
    source = "Do not stop the infusion by yourself, even when you feel much better than before."
    finding = only(catalogs.findings(source, f"Bitte. {source}", check="untranslated-text", locale="de"))
    assert finding.message.endswith(': "Do not stop the infusion by yourself, even …"; translate it')


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # an English drug or brand name in a German sentence
        (
            "de",
            "Take Tylenol Extra Strength with food.",
            "Nehmen Sie Tylenol Extra Strength mit einer Mahlzeit ein.",
        ),
        # a reference title kept in English: as a link text, in quotation marks, or as the source cites it
        (
            "de",
            "Read the study [Treatment of toxic epidermal necrolysis with high-dose IVIG](https://doi.org/10.1001/a).",
            "Lesen Sie die Studie [Treatment of toxic epidermal necrolysis with high-dose IVIG](https://doi.org/10.1001/a).",
        ),
        (
            "es",
            "Read the study [Treatment of toxic epidermal necrolysis with high-dose IVIG](https://doi.org/10.1001/a).",
            "[Treatment of toxic epidermal necrolysis with high-dose IVIG](https://doi.org/10.1001/a). Léalo.",
        ),
        (
            "de",
            "The guide *What to do when you have a rash* explains it.",
            "Der Ratgeber „What to do when you have a rash“ erklärt es.",
        ),
        (
            "fr",
            "The guide *What to do when you have a rash* explains it.",
            "Le guide « What to do when you have a rash » l'explique.",
        ),
        (
            "de",
            "The guide *What to do when you have a rash* explains it.",
            "Der Ratgeber What to do when you have a rash erklärt es.",
        ),
        # a name, an English term explained, and English words glossed in brackets
        ("de", "Read more from the American Academy of Dermatology.", "Mehr dazu: American Academy of Dermatology."),
        ("de", "They block TNF: tumor necrosis factor.", "Sie hemmen den Botenstoff TNF: tumor necrosis factor."),
        (
            "es",
            "It is a flu-like illness of the skin.",
            "Es una enfermedad de la piel parecida a la gripe (en inglés, a flu-like illness of the skin).",
        ),
        # numbers, terms and units are no words: "mg kg g kg" is no sentence
        ("fr", "Give 0.4 g/kg of IVIG for SJS/TEN.", "Donnez 0,4 g/kg d'IVIG pour SJS/TEN."),
    ],
)
def test_english_a_translation_may_keep_is_no_english_sentence(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="untranslated-text", locale=locale) == []


def test_a_glossary_term_is_no_english_sentence(tmp_path):
    from pipeline.config import load_project
    from tests.checks.helpers import LEAFLETS_TOML, Catalogs

    config = LEAFLETS_TOML.replace('"lamotrigine"]', '"lamotrigine", "Take Charge of Your Health"]')
    (tmp_path / "source").mkdir()
    (tmp_path / "leaflets.toml").write_text(config, encoding="utf-8")
    (tmp_path / "source" / "ivig-ten.md").write_text("# Leaflet\n", encoding="utf-8")
    catalogs = Catalogs(load_project(tmp_path))
    source = "Join the program Take Charge of Your Health today."
    translation = "Machen Sie heute beim Programm Take Charge of Your Health mit."
    assert catalogs.findings(source, translation, check="untranslated-text", locale="de") == []


def test_ignore_same_lets_a_short_english_sentence_be_read_not_a_long_one(catalogs):
    source = "Drink enough water before the infusion. Rest after it."
    flagged = ["ignore-same"]
    finding = only(
        catalogs.findings(
            source, "Trinken Sie genug. Rest after it.", check="untranslated-text", locale="de", flags=flagged
        )
    )
    assert finding.severity == "warning"
    assert finding.message.endswith("as its ignore-same flag says it may be; a reviewer confirms it")
    translation = "Drink enough water before the infusion. Ruhen Sie sich danach aus."
    finding = only(catalogs.findings(source, translation, check="untranslated-text", locale="de", flags=flagged))
    assert finding.severity == "error"
    assert finding.message.endswith(
        "(its ignore-same flag is for a heading or a word of up to 3 words, not a sentence)"
    )


@pytest.mark.parametrize(
    ("locale", "translation", "quoted"),
    [
        # English the source does not have (pasted from elsewhere): judged by the English word list
        ("de", "Rufen Sie die Pflegehotline an. You can call the line on every day of the week.", "You can call"),
        ("es", "Llame a la línea si tiene dolor de cabeza. Read more about this in your leaflet.", "Read more about"),
        ("fr", "Appelez la ligne si vous avez mal à la tête. Ask your nurse when the line is open.", "Ask your nurse"),
    ],
)
def test_an_english_sentence_the_source_does_not_have_is_an_error_too(catalogs, locale, translation, quoted):
    finding = only(catalogs.findings(HOTLINE, translation, check="untranslated-text", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith(f'the translation has a sentence in English in it: "{quoted}')


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("de", "Lesen Sie die Studie „Treatment of toxic epidermal necrolysis with high-dose IVIG“ von 2003."),
        ("de", "Titel des Ratgebers: „What to do when you have a rash“."),
        ("fr", "Titre du guide : « What to do when you have a rash »."),
        ("es", "No coincide, no es."),  # every word an English one, but "no" is Spanish too (from binutils' Spanish)
        ("de", "Nehmen Sie Tylenol Extra Strength mit einer Mahlzeit ein."),
        ("es", "No tome la dosis doble si olvida una."),  # tome, la, dosis: English words too, but no English
        ("fr", "Il est important de boire de l'eau avant la perfusion."),
        ("de", "Die Infusion ist in der Klinik, so wie die Pflege es will."),  # an, in, so, will: German too
    ],
)
def test_english_words_a_translation_may_hold_make_no_english_sentence(catalogs, locale, translation):
    assert catalogs.findings(HOTLINE, translation, check="untranslated-text", locale=locale) == []


def test_a_sentence_in_the_target_language_that_the_english_quotes_may_be_kept(catalogs):
    # A US notice of language help has its Spanish line in the English leaflet: kept as is, it is Spanish.
    tagline = "Si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística."
    source = f"Language help is free. {tagline}"
    translation = f"La ayuda con el idioma es gratuita. {tagline}"
    assert catalogs.findings(source, translation, check="untranslated-text", locale="es") == []


BEDTIME = "Check your blood sugar before each meal and at bedtime."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "copied"),
    [
        ("ko_KR", BEDTIME, "매 식사 전과 at bedtime에 혈당을 측정하십시오.", "at bedtime"),
        ("zh_TW", BEDTIME, "每餐前及 at bedtime 檢查血糖。", "at bedtime"),
        ("ar", BEDTIME, "افحص blood sugar قبل كل وجبة وعند النوم.", "blood sugar"),
        (
            "ko_KR",
            "Drink plenty of water during the infusion.",
            "주입 중에는 plenty of water를 마시세요.",
            "plenty of water",
        ),
    ],
)
def test_two_ordinary_english_words_copied_into_another_script_are_an_error(
    catalogs, locale, source, translation, copied
):
    finding = only(catalogs.findings(source, translation, locale=locale, check="untranslated-text"))
    assert finding.severity == "error"
    assert finding.message == f'the translation contains English text: "{copied}"'


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # Latin drug names kept, one of them ("aspirin") a dictionary word, listed one by one
        (
            "zh_TW",
            "Tell your doctor if you are taking warfarin, aspirin or clopidogrel.",
            "若您正在服用 warfarin、aspirin 或 clopidogrel，請告知醫師。",
        ),
        (
            "ko_KR",
            "Tell your doctor if you take aspirin or warfarin.",
            "aspirin 또는 warfarin을 복용하면 의사에게 알리세요.",
        ),
        ("ko_KR", "IVIG is given at 2 g/kg over 2 to 5 days.", "IVIG는 2 g/kg를 2~5일에 걸쳐 투여합니다."),
        ("zh_TW", "SJS/TEN is a rare reaction.", "SJS/TEN 是一種罕見的反應。"),
        # a gloss of ordinary words, and a URL
        ("ko_KR", BEDTIME, "매 식사 전과 잠자기 전(at bedtime)에 혈당을 측정하십시오."),
        (
            "ar",
            "Visit www.example.org/blood-sugar for more.",
            "تفضل بزيارة www.example.org/blood-sugar لمزيد من المعلومات.",
        ),
    ],
)
def test_kept_drug_names_abbreviations_units_and_glosses_are_not_copied_words(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="untranslated-text") == []
