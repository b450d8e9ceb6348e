"""The words [comparison] reads a time's direction by, in every target language: the events a time
is bound to (event_times.py: ``events``, ``during_words``) and an "until" said "from"
(until_from.py: ``until_a_time``, ``from_a_time``). The rules' own tests say what a finding looks
like; these say what each language's words catch and what they leave alone."""

from __future__ import annotations

import pytest

from pipeline.languages import language_for


@pytest.mark.parametrize(
    ("locale", "text", "events"),
    [
        ("es", "No coma nada después de la medianoche antes de la operación.", ["midnight", "procedure"]),
        ("fr", "Ne mangez rien après minuit avant l'intervention.", ["midnight", "procedure"]),
        ("de", "Essen Sie nach Mitternacht vor der Operation nichts.", ["midnight", "procedure"]),
        ("pt", "Não coma nada depois da meia-noite antes da cirurgia.", ["midnight", "procedure"]),
        ("ar", "لا تأكل شيئًا بعد منتصف الليل قبل العملية.", ["midnight", "procedure"]),
        ("ko_KR", "수술 전날 자정 이후에는 아무것도 드시지 마세요.", ["procedure", "midnight"]),
        ("zh_TW", "手術前一晚午夜後請勿進食。", ["procedure", "midnight"]),
        ("es", "mientras lo esté tomando", ["taking"]),
        ("fr", "pendant le traitement", ["taking"]),
        ("de", "während der Einnahme", ["taking"]),
        ("pt", "enquanto estiver a tomar", ["taking"]),
        ("ar", "أثناء تناول الدواء", ["taking"]),
        ("ko_KR", "이 약을 복용하는 동안", ["taking"]),
        ("zh_TW", "服藥期間", ["taking"]),
    ],
)
def test_the_events_a_time_is_bound_to_are_named(locale, text, events):
    assert [match.lastgroup for match in language_for(locale).finditer("events", text)] == events


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "mientras lo esté tomando"),
        ("fr", "pendant le traitement"),
        ("de", "während der Einnahme"),
        ("pt", "enquanto estiver a tomar"),
        ("ar", "أثناء تناول الدواء"),
        ("ko_KR", "이 약을 복용하는 동안"),
        ("zh_TW", "服藥期間"),
    ],
)
def test_while_is_a_way_of_its_own(locale, text):
    assert language_for(locale).search("during_words", text) is not None


@pytest.mark.parametrize(
    ("locale", "until", "said_from"),
    [
        ("es", "hasta 2 horas antes", "a partir de 2 horas antes"),
        ("fr", "jusqu'à 2 heures avant", "à partir de 2 heures avant"),
        ("de", "bis 2 Stunden vorher", "ab 2 Stunden vorher"),
        ("pt", "até 2 horas antes", "a partir de 2 horas antes"),
        ("ar", "حتى ساعتين قبل", "ابتداءً من ساعتين قبل"),
        ("ko_KR", "2시간 전까지", "2시간 전부터"),
        ("zh_TW", "直到手術前兩小時為止", "從手術前兩小時起"),
    ],
)
def test_until_and_from_are_told_apart(locale, until, said_from):
    language = language_for(locale)
    assert language.search("until_a_time", until) is not None
    assert language.search("from_a_time", until) is None
    assert language.search("from_a_time", said_from) is not None
    assert language.search("until_a_time", said_from) is None


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # German's ab ending its clause is a verb's particle: "stop taking it", no "from"
        ("de", "Setzen Sie das Mittel ab."),
        # Arabic من alone is "of", "out of" in every sense: خرج من المستشفى, left (out of) hospital
        ("ar", "بعد خروجك من المستشفى"),
        # Chinese 起 only after a time: 起床 is getting up, 引起 to cause
        ("zh_TW", "起床後服用"),
        ("zh_TW", "可能引起頭痛"),
    ],
)
def test_words_that_only_look_like_from_are_not_read(locale, text):
    assert language_for(locale).search("from_a_time", text) is None
