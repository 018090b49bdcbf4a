"""Numbers written as digits or words (English and French), and fatality counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_FR_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
            "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90}
_SCALES = {"hundred": 100, "cent": 100, "cents": 100, "thousand": 1000, "mille": 1000,
           "dozen": 12, "dozens": 24, "douzaine": 12, "dizaine": 10, "dizaines": 20,
           "centaine": 100, "centaines": 200}

_WORDS = sorted({*_EN_UNITS, *_EN_TENS, *_FR_UNITS, *_FR_TENS, "hundred", "thousand", "cent", "mille",
                 "a", "an", "and", "et"}, key=len, reverse=True)
_WORD_ALT = "|".join(re.escape(w) for w in _WORDS if w not in ("a", "an", "and", "et"))
#: a number: digits (with thousands separators) or a run of number words joined by - or spaces
NUMBER = (
    r"(?:\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})+|\d+"
    rf"|(?:(?:{_WORD_ALT})(?:[\s-]+(?:et[\s-]+|and[\s-]+)?(?:{_WORD_ALT}))*))"
)
_NUMBER_RE = re.compile(rf"(?<![\w-])({NUMBER})(?![\w-])", re.I)


def parse_number(text: str) -> int | None:
    """``"fifty-six"`` -> 56, ``"cinquante-six"`` -> 56, ``"1,200"`` -> 1200, ``"quatre-vingt-dix"`` -> 90."""
    raw = text.strip().lower()
    digits = re.sub(r"[ ,.\u202f\u00a0]", "", raw)
    if digits.isdecimal():  # (not isdigit: "²" is a digit that int() refuses)
        return int(digits)
    # Join the French compound tens before splitting on hyphens.
    for compound in ("quatre-vingt-dix", "quatre-vingts", "quatre-vingt", "soixante-dix",
                     "dix-sept", "dix-huit", "dix-neuf"):
        raw = raw.replace(compound, compound.replace("-", "_"))
    tokens = [t.replace("_", "-") for t in re.split(r"[\s-]+", raw) if t and t not in ("and", "et")]
    if not tokens:
        return None
    total, current = 0, 0
    for token in tokens:
        if token in _EN_UNITS or token in _FR_UNITS:
            current += _EN_UNITS.get(token, _FR_UNITS.get(token, 0))
        elif token in _EN_TENS or token in _FR_TENS:
            current += _EN_TENS.get(token, _FR_TENS.get(token, 0))
        elif token in ("hundred", "cent", "cents"):
            current = max(current, 1) * 100
        elif token in ("thousand", "mille"):
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


@dataclass(frozen=True, slots=True)
class Fatalities:
    count: int
    start: int
    end: int
    text: str
    minimum: bool  # "at least", "au moins", "more than"


_VICTIMS = (
    r"(?:people|persons|civilians|soldiers|fighters|militants|terrorists|jihadists|rebels|troops|"
    r"servicemen|members|children|women|men|policemen|police officers|insurgents|gunmen|combatants|"
    r"personnes|civils|soldats|combattants|militaires|terroristes|jihadistes|djihadistes|rebelles|"
    r"insurgés|enfants|femmes|hommes|policiers|membres|assaillants)"
)
_MIN = r"(?P<min>at least|more than|over|some|nearly|around|about|au moins|plus de|près de|environ|quelque)?\s*"
_KILL_VERBS = (
    r"(?:killed|killing|destroyed|eliminated|neutrali[sz]ed|slain|shot dead|massacred|executed|"
    r"tué|tués|tuée|tuées|tuant|abattu|abattus|éliminé|éliminés|neutralisé|neutralisés|exécuté|exécutés|"
    r"massacré|massacrés)"
)
_DEAD = r"(?:dead|killed|died|were killed|have been killed|lost their lives|morts?|tués?|décédés?|ont péri|ont été tués)"
_PATTERNS = [
    # "killed 56 terrorists", "ont tué 56 terroristes", "destroyed fifty-six terrorists"
    re.compile(rf"{_KILL_VERBS}\s+(?:{_MIN})(?P<n>{NUMBER})\s+(?:\w+\s+)?{_VICTIMS}", re.I),
    # "56 people were killed", "au moins 70 morts", "33 soldiers died"
    re.compile(rf"(?:{_MIN})(?P<n>{NUMBER})\s+(?:\w+\s+){{0,2}}?(?:{_VICTIMS}\s+)?(?:were\s+|have been\s+|ont été\s+)?{_DEAD}\b", re.I),
    # "death toll rose to 33", "victims ... increased to thirty-three", "le bilan est passé à 33 morts"
    re.compile(rf"(?:death toll|toll|victims|dead|deaths|fatalities|bilan|victimes|morts)\b[^.;]{{0,60}}?"
               rf"\b(?:rose|increased|climbed|reached|stands at|stood at|grew|s'élève à|est passé à|atteint|"
               rf"a atteint|passe à)\s+(?:to\s+)?{_MIN}(?P<n>{NUMBER})", re.I),
    # "perdu 33 des leurs", "lost 33 of their own", "lost 33 fighters"
    re.compile(rf"(?:lost|perdu|perdant)\s+{_MIN}(?P<n>{NUMBER})\s+(?:des leurs|of their own|of its own|{_VICTIMS})", re.I),
    # "killing 12", "faisant 12 morts"
    re.compile(rf"(?:faisant|causing|leaving)\s+{_MIN}(?P<n>{NUMBER})\s+(?:morts|dead|victimes)", re.I),
]


def find_fatalities(sentence: str) -> list[Fatalities]:
    """Fatality counts in one sentence, non-overlapping, in text order."""
    found: list[Fatalities] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            n = parse_number(m.group("n"))
            if n is None or n > 100_000:
                continue
            span = (m.start("n"), m.end("n"))
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append(Fatalities(n, span[0], span[1], m.group("n"), bool(m.group("min"))))
    return sorted(found, key=lambda f: f.start)


def find_numbers(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of every number in ``text``."""
    out = []
    for m in _NUMBER_RE.finditer(text):
        value = parse_number(m.group(1))
        if value is not None:
            out.append((value, m.start(1), m.end(1)))
    return out
