"""Place-name normalisation: pure functions shared by the gazetteer build and lookups.

Three levels, from strict to loose:

``normalize``  casefold, strip diacritics and ‘ ’ ʿ ʾ marks, hyphens and punctuation become
               spaces: ``"Deir ez-Zor"`` -> ``"deir ez zor"``.
``name_key``   ``normalize`` without Arabic article particles (al-, el-, ar-, as-, at-, ad-,
               az-, ash-, an-, …), leading, inner, or assimilated into the next word:
               ``"Al-Hasakah"`` and ``"Hasakah"`` -> ``"hasakah"``; ``"Deir Ezzor"`` and
               ``"Deir ez-Zor"`` -> ``"deir zor"``.
``skeleton``   a consonant skeleton that absorbs transliteration variants between English
               and French press usage (ch/sh, ou/u, q/k, kh/k, doubled letters, vowels):
               ``"Hasakké"``, ``"Hassaké"``, ``"Al-Hasakah"`` -> ``"hsk"``.  Only used as a
               fallback, always with a similarity check (:func:`similarity`).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

#: longest name accepted from a user (characters); longer is refused, not truncated
MAX_NAME_LENGTH = 200

# Marks that carry no letter: apostrophes, Arabic ayn/hamza transliterations, backticks.
_MARKS = "'`´‘’ʿʾʻʼ′‛"
_MARKS_RE = re.compile(f"[{re.escape(_MARKS)}]")
_SEPARATORS_RE = re.compile(r"[\s\-‐‑‒–—_/.,;:()\[\]\"«»“”]+")

#: Arabic definite-article particles as they appear in Latin transliterations.
ARTICLES = frozenset(
    "al el il ul ar er as es at et ad ed az ez ash esh an en ath adh ud us".split()
)
# An article assimilated into the next word: "ezzor" = ez + zor, "assuwayda" = as + suwayda.
_ASSIMILATED_RE = re.compile(r"^[aeu](sh|th|dh|[tdrzsnl])\1(?=[a-z]{2})")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_diacritics(text: str) -> str:
    """Remove combining marks after NFKD decomposition ("Ḩasakah" -> "Hasakah")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(name: str) -> str:
    """Casefolded, diacritic-free, punctuation-free form of a name, words split by one space."""
    text = strip_diacritics(name).casefold()
    text = text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("ı", "i")
    text = _MARKS_RE.sub("", text)
    text = _SEPARATORS_RE.sub(" ", text)
    return " ".join(text.split())


def drop_articles(tokens: list[str], assimilated: bool = True) -> list[str]:
    """The tokens without Arabic article particles; ``assimilated``: also one run into its word."""
    kept: list[str] = []
    for i, token in enumerate(tokens):
        is_last = i == len(tokens) - 1
        if token in ARTICLES and not is_last:
            continue
        if i > 0 and assimilated:
            token = _ASSIMILATED_RE.sub(r"\1", token)
        kept.append(token)
    return kept or tokens


def name_key(name: str) -> str:
    """``normalize`` without Arabic article particles: the gazetteer's main lookup key."""
    tokens = normalize(name).split()
    return " ".join(drop_articles(tokens))


# Ordered transliteration rewrites applied to a key before vowels are dropped.
_AREA_WORDS = ("governorate", "province", "muhafazat", "mohafazat", "gouvernorat", "mayorality of")


def area_key(name: str) -> str:
    """A first-level area's name folded for comparison: case, accents, punctuation, Arabic
    articles and words like "Governorate" dropped ("Raqqa Governorate" -> "raqqa")."""
    key = f" {name_key(name)} "
    for word in _AREA_WORDS:
        key = key.replace(f" {word} ", " ")
    return " ".join(key.split())


_TRANSLIT = (
    ("tch", "sh"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("qu", "k"),
    ("ou", "u"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("dj", "j"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)
_FINAL_H_RE = re.compile(r"(?<=[aeiou])h\b")
_VOWELS_RE = re.compile(r"[aeiouwy ]")
_REPEAT_RE = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """Consonant skeleton of a Latin-script name; ``""`` for other scripts."""
    return key_skeleton(name_key(name))


def key_skeleton(key: str) -> str:
    """:func:`skeleton` of a name given its :func:`name_key` (no second normalisation)."""
    if not key or not key.isascii():
        return ""
    text = _FINAL_H_RE.sub("", key)
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    text = _VOWELS_RE.sub("", text)
    return _REPEAT_RE.sub(r"\1", text)


def similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names' keys (difflib ratio on ``name_key``)."""
    return SequenceMatcher(None, name_key(a), name_key(b)).ratio()


def validate_query(name: str) -> str:
    """Return ``name`` stripped, or raise :class:`InvalidInputError` with a one-line reason."""
    from geo.errors import InvalidInputError

    if name is None or not name.strip():
        raise InvalidInputError("empty place name")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInputError(
            f"place name too long ({len(name)} characters; at most {MAX_NAME_LENGTH})"
        )
    if _CONTROL_RE.search(name):
        raise InvalidInputError("place name contains control characters")
    if not normalize(name):
        raise InvalidInputError("place name has no letters or digits")
    return name.strip()
