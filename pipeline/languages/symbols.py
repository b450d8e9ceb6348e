"""Unit symbols written the same way in every language (mg, mL, %), each mapped
to one canonical unit name.  Compared case-insensitively (mL = ml).  The
words a language writes for units are in its own module (``unit_words``)."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.languages.language import frozen

UNIT_SYMBOLS: Mapping[str, str] = frozen(
    {
        "mg": "mg",
        "g": "g",
        "kg": "kg",
        "mcg": "ug",
        "µg": "ug",  # micro sign
        "μg": "ug",  # Greek mu
        "ug": "ug",
        "ml": "ml",
        "l": "l",
        "ℓ": "l",  # the script l (U+2113) of Korean and Japanese labels: 2ℓ
        "dl": "dl",
        "mmol": "mmol",
        "µmol": "umol",
        "μmol": "umol",
        "umol": "umol",
        "meq": "meq",
        "iu": "iu",
        "mmhg": "mmhg",
        # Temperatures: "38.5 °C", "38.5°C", "38.5 ℃" (one character), "101 °F".
        "°c": "celsius",
        "℃": "celsius",
        "°f": "fahrenheit",
        # ... and typed with the ordinal indicator º (U+00BA) for the degree sign, as Spanish and
        # Portuguese keyboards make easy: 38 ºC.
        "ºc": "celsius",
        "ºf": "fahrenheit",
        "℉": "fahrenheit",
        "%": "percent",
        "h": "hour",
        "hr": "hour",
        "hrs": "hour",
        "min": "minute",
    }
)
