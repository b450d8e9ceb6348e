"""English, the source language: what a translation must keep of it, and how
its text is recognised when a translation leaves it in place (common and
function words, name particles), and its numbers written as words."""

from __future__ import annotations

from fractions import Fraction

from pipeline.languages.language import Language, frozen

LANGUAGE = Language(
    code="en",
    english_name="English",
    word_list="american-english",  # Debian's wamerican
    unit_words=frozen(
        {
            "percent": "percent",
            "per cent": "percent",
            "hours": "hour",
            "hour": "hour",
            "minutes": "minute",
            "minute": "minute",
            "days": "day",
            "day": "day",
            "weeks": "week",
            "week": "week",
            "months": "month",
            "month": "month",
            "milligrams": "mg",
            "milligram": "mg",
            "grams": "g",
            "gram": "g",
            "kilograms": "kg",
            "kilogram": "kg",
            "milliliters": "ml",
            "milliliter": "ml",
            "millilitres": "ml",
            "millilitre": "ml",
            "units": "iu",
            "unit": "iu",
            "degrees Celsius": "celsius",
            "degrees Fahrenheit": "fahrenheit",
        }
    ),
    scale_words=frozen({"thousand": 10**3, "million": 10**6, "billion": 10**9}),
    scale_needs_space=True,
    range_words=("to", "and"),
    abbreviations=frozenset(
        {
            "dr",
            "mr",
            "mrs",
            "ms",
            "prof",
            "st",
            "vs",
            "etc",
            "e.g",
            "i.e",
            "no",
            "fig",
            "approx",
            "jr",
            "sr",
            "inc",
            "ltd",
            "co",
            "dept",
            "vol",
            "p",
            "pp",
            "ed",
            "eds",
            "al",
        }
    ),
    per_words=frozen(
        {
            "day": ("daily", "a day", "per day", "each day", "every day"),
            "week": ("weekly", "a week", "per week"),
            "hour": ("hourly", "an hour", "per hour"),
            "kg": ("per kg", "per kilogram", "of body weight"),
        }
    ),
    common_words=frozenset(
        """
        a about after again all also an answers any are ask at back be before being benefits
        by call can care cause causes check contact contents could date disclaimer do doctor
        does dosage dose during each effects every find for from further get go has have help
        how i if important information into is it its keep last learn may me might more most
        must my need next no not now only or other our out overview page patient patients
        please previous print questions reading references resources risk risks see should
        side signs skip some start stop summary symptoms take taking tell than that the their
        them there these they this those to treatment treatments updated us use used using
        version very warning warnings was we what when where which while who why will with
        without you your
        """.split()
    ),
    name_particles=frozenset({"of", "and", "for", "the", "de", "la", "van", "von", "&"}),
    function_words=frozenset(
        """
        a an the this that these those it its is are was were be been being am has have had
        do does did done can could may might must shall should will would not no nor
        and or but if then than so as at by for from in into of off on onto out over to
        under up with within without about after before between during through until upon
        i me my you your yours we us our they them their he him his she her who whom whose
        what which when where why how here there all any each every some more most much
        many other such only also very just too again please
        read see call ask tell get go take keep find learn visit click use need make let
        """.split()
    ),
    number_idioms=frozen({"24/7": (frozenset({24, 7}), frozenset({24}))}),
    cardinal_words=frozen(
        {
            **{
                word: Fraction(value)
                for value, word in enumerate(
                    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                    "fifteen sixteen seventeen eighteen nineteen twenty".split()
                )
            },
            "thirty": Fraction(30),
            "forty": Fraction(40),
            "fifty": Fraction(50),
            "hundred": Fraction(100),
            "thousand": Fraction(1000),
            "half": Fraction(1, 2),
            "quarter": Fraction(1, 4),
            "once": Fraction(1),
            "twice": Fraction(2),
        }
    ),
)
