"""The country calling code a region's phone numbers are dialled with from abroad (+1, +49).

A phone number of the English leaflet is written as its readers dial it at
home, in the source locale's region ("(877) 778-0318" in a US leaflet).  A
translation may write it for a caller abroad, with that region's own country
code (+1 877 778 0318), but with any other (+49 877 778 0318) it dials another
country: [phone] tells the two apart with this table.

CLDR (and so Babel) has no calling codes; these are ITU-T's (Recommendation
E.164, "List of ITU-T Recommendation E.164 assigned country codes", ITU
Operational Bulletin), for the regions a leaflet is likely written for.  A
region missing here makes [phone] compare numbers as before it knew codes:
add the region's line.
"""

from __future__ import annotations

# The North American Numbering Plan: one country code, 1, for the US, Canada and
# the Caribbean regions that share it; its numbers are ten digits, and neither the
# area code nor the exchange starts with 0 or 1.
NANP = "1"

CALLING_CODES: dict[str, str] = {
    **dict.fromkeys(("US", "CA", "PR", "VI", "GU", "AS", "MP", "BS", "BB", "JM", "TT", "DO", "BM"), NANP),
    "RU": "7",
    "KZ": "7",
    "EG": "20",
    "ZA": "27",
    "GR": "30",
    "NL": "31",
    "BE": "32",
    "FR": "33",
    "ES": "34",
    "HU": "36",
    "IT": "39",
    "RO": "40",
    "CH": "41",
    "AT": "43",
    "GB": "44",
    "DK": "45",
    "SE": "46",
    "NO": "47",
    "PL": "48",
    "DE": "49",
    "PE": "51",
    "MX": "52",
    "CU": "53",
    "AR": "54",
    "BR": "55",
    "CL": "56",
    "CO": "57",
    "VE": "58",
    "MY": "60",
    "AU": "61",
    "ID": "62",
    "PH": "63",
    "NZ": "64",
    "SG": "65",
    "TH": "66",
    "JP": "81",
    "KR": "82",
    "VN": "84",
    "CN": "86",
    "TR": "90",
    "IN": "91",
    "PK": "92",
    "AF": "93",
    "LK": "94",
    "MM": "95",
    "IR": "98",
    "MA": "212",
    "DZ": "213",
    "NG": "234",
    "ET": "251",
    "KE": "254",
    "PT": "351",
    "IE": "353",
    "FI": "358",
    "UA": "380",
    "HR": "385",
    "CZ": "420",
    "SK": "421",
    "SV": "503",
    "GT": "502",
    "HT": "509",
    "HK": "852",
    "MO": "853",
    "KH": "855",
    "LA": "856",
    "BD": "880",
    "TW": "886",
    "LB": "961",
    "JO": "962",
    "SY": "963",
    "IQ": "964",
    "SA": "966",
    "YE": "967",
    "AE": "971",
    "IL": "972",
    "NP": "977",
    "SO": "252",
}


def calling_code(region: str) -> str:
    """The region's country calling code without its +, "" when this table lacks the region."""
    return CALLING_CODES.get(region, "")
