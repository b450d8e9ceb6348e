"""The emergency numbers of regions, to check ``[regions.XX] emergency`` against.

Every page in every language tells patients to call the region's emergency
number, so one mistyped digit in ``leaflets.toml`` (``912`` for ``911``)
would send every reader nowhere, and no translation check can see it: the
translations keep ``{emergency}``. CLDR has no emergency numbers; these are
the national numbers for police, ambulance and fire (and 112 where it is a
national number too) of Wikipedia's "List of emergency telephone numbers",
for the regions a health publisher is likeliest to serve.  The list only
spares a confirmation: a number missing from it is asked about, never
accepted on the list's word alone when the list does not know the region.

A number not listed for its region (or a region not listed at all) is
refused until the publisher confirms it, ``emergency_confirmed`` repeating
the number: a deliberate act, which a later edit of ``emergency`` undoes.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_BY_REGION = {
    # North America and the Caribbean (NANP), Mexico, Central and South America
    "US": "911",
    "CA": "911",
    "PR": "911",
    "GU": "911",
    "VI": "911",
    "MX": "911",
    "CR": "911",
    "DO": "911",
    "SV": "911",
    "PA": "911",
    "EC": "911",
    "UY": "911",
    "PY": "911",
    "VE": "911",
    "BR": "192 190 193",  # SAMU (ambulance), police, fire
    "AR": "107 911 101 100",  # SAME (ambulance), police, police, fire
    "CL": "131 133 132",  # ambulance, police, fire
    "CO": "123",
    "PE": "106 105 116",  # SAMU (ambulance), police, fire
    # Europe: 112 everywhere, and the national numbers beside it
    "GB": "999 112",
    "IE": "999 112",
    "DE": "112 110",  # fire and ambulance, police
    "AT": "112 144 133 122",  # ambulance, police, fire
    "CH": "112 144 117 118",  # ambulance, police, fire
    "FR": "112 15 17 18",  # SAMU (ambulance), police, fire
    "BE": "112 100 101",
    "NL": "112",
    "LU": "112 113",
    "ES": "112 061 091 092",  # medical (some regions), national and local police
    "PT": "112",
    "IT": "112 118 113 115",  # ambulance, police, fire
    "GR": "112 166 100 199",  # ambulance, police, fire
    "PL": "112 999 997 998",  # ambulance, police, fire
    "CZ": "112 155 158 150",  # ambulance, police, fire
    "SK": "112 155 158 150",
    "HU": "112 104 107 105",  # ambulance, police, fire
    "RO": "112",
    "BG": "112 150 166 160",  # ambulance, police, fire
    "HR": "112 194 192 193",  # ambulance, police, fire
    "SI": "112 113",
    "SE": "112",
    "NO": "112 113 110",  # police, ambulance, fire
    "DK": "112",
    "FI": "112",
    "IS": "112",
    "EE": "112",
    "LV": "112",
    "LT": "112",
    "CY": "112 199",
    "MT": "112",
    "RU": "112 103 102 101",  # ambulance, police, fire
    "UA": "112 103 102 101",
    "TR": "112",
    # Asia and Oceania
    "KR": "119 112",  # fire and ambulance, police
    "JP": "119 110",  # fire and ambulance, police
    "CN": "120 119 110",  # ambulance, fire, police
    "TW": "119 110",  # fire and ambulance, police
    "HK": "999 112",
    "SG": "995 999",  # ambulance and fire, police
    "MY": "999 112",
    "PH": "911",
    "VN": "115 113 114",  # ambulance, police, fire
    "TH": "1669 191 199",  # ambulance, police, fire
    "IN": "112 108 102 100 101",  # ambulance (108, 102), police, fire
    "ID": "112 118 119 110 113",  # ambulance (118, 119), police, fire
    "AU": "000 112",
    "NZ": "111",
    # The Middle East and Africa
    "IL": "101 100 102",  # ambulance, police, fire
    "SA": "997 999 998 911",  # ambulance, police, civil defence, the unified number
    "AE": "998 999 997",  # ambulance, police, fire
    "EG": "123 122 180",  # ambulance, police, fire
    "ZA": "10177 10111 112",  # ambulance, police, from a mobile
    "KE": "999 112",
    "NG": "112",
}
EMERGENCY_NUMBERS_BY_REGION: Mapping[str, frozenset[str]] = MappingProxyType(
    {region: frozenset(numbers.split()) for region, numbers in _BY_REGION.items()}
)


def unconfirmed_number_problem(region: str, number: str, confirmed: str | None) -> str | None:
    """Why ``number`` may not be the emergency number pages give readers in ``region``, or None.

    ``confirmed`` is the region's ``emergency_confirmed``: the publisher's word for a number
    the list does not have, good only while it repeats the number."""
    if confirmed is not None:
        if confirmed == number:
            return None
        return (
            f'emergency_confirmed "{confirmed}" is not the emergency number "{number}": '
            "confirm the number the pages give, or correct it"
        )
    known = EMERGENCY_NUMBERS_BY_REGION.get(region)
    if known is not None and number in known:
        return None
    knows = ", ".join(sorted(known)) if known else "none"
    return (
        f'emergency "{number}" is not an emergency number of {region} that leaflets knows (it knows {knows}): '
        f'every page in every language tells patients to call it. If "{number}" is right, confirm it '
        f'in [regions.{region}]: emergency_confirmed = "{number}"'
    )
