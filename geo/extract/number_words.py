"""Numbers written as digits or words (English and French).

Number words are read by text2num (``text_to_num``) in the sentence's language.  Measured side
by side with the hand-written reader it replaced, on the 2,531 runs of number words in the
articles of ``../shared/eval/events`` and ``../shared/eval/fakes``: they agree on 2,381; of the
150 differences, 149 are the hand-written reader's errors (English "UN" read as 1 129 times,
"seize", "Sept.", "per cent", "six and nine" as 15, "deux un" as 3) and one an English "two"
in a French text; the old reader also could not read "quatre-vingt-dix-sept".  "Dozens",
"hundreds", "des dizaines" are not numbers: a toll they give is unknown; a round figure told
with an article is its figure ("a dozen" 12, "une dizaine de" 10, "une centaine" 100:
:data:`APPROXIMATE`), and dozens counted are counted ("two dozen" 24).  Four digits 1900–2100 are
a year (:data:`YEARS`).
"""

from __future__ import annotations

import re

from text_to_num import text2num

__all__ = ["APPROXIMATE", "LANGUAGES", "NUMBER", "NUMBER_RE", "NUMBER_WORDS", "UNKNOWN_COUNT", "YEARS", "find_numbers", "is_year",
           "parse_number"]

_EN_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand"
).split()
_FR_WORDS = (
    "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante soixante-dix "
    "quatre-vingt quatre-vingts quatre-vingt-dix cent cents mille"
).split()
#: a count told as a round figure: "a dozen" is 12, "une dizaine (de)" 10, "une centaine" 100 (the
#: figure a coder takes: ACLED codes "about ten" as 10); "dozens", "des dizaines" stay unknown
APPROXIMATE = {"dozen": 12, "douzaine": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
               "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
_APPROXIMATE = rf"(?:an?|une)\s+(?:{'|'.join(APPROXIMATE)}|hundred|thousand)(?:\s+de(?=\s))?"
#: dozens counted: "two dozen" is 24, "three dozen" 36 (not "dozens": unknown)
_DOZENS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|half\s+a)\s+dozen(?![\w-])"
#: the number words of both languages, as a regex alternation
NUMBER_WORDS = "|".join(re.escape(w) for w in sorted({*_EN_WORDS, *_FR_WORDS}, key=len, reverse=True))
#: a number: digits (with thousands separators) or a run of number words joined by - or spaces
NUMBER = (
    rf"(?:{_DOZENS}|\d{{1,3}}(?:[ ,.\u202f\u00a0]\d{{3}})+|\d+|{_APPROXIMATE}"
    rf"|(?:(?:{NUMBER_WORDS})(?:[\s-]+(?:et[\s-]+|and[\s-]+)?(?:{NUMBER_WORDS}))*))"
)
#: a count told without a number: "several dozen", "dozens of", "scores of", "plusieurs dizaines de"
#: (a regular expression, no groups): the dead it counts are an unknown number
UNKNOWN_COUNT = (r"(?:several\s+(?:dozen|hundred)|(?:dozens|scores|hundreds)\s+of|several|many|a\s+number\s+of|"
                 r"(?:plusieurs|des)\s+(?:dizaines|centaines)\s+de|plusieurs|de\s+nombreux|de\s+nombreuses)")
NUMBER_RE = re.compile(rf"(?<![\w-])({NUMBER})(?![\w-])", re.I)
LANGUAGES = ("en", "fr")
#: four digits in this range are a year, never a toll
YEARS = range(1900, 2101)


def parse_number(text: str, lang: str | None = None) -> int | None:
    """``"fifty-six"`` -> 56, ``"cinquante-six"`` -> 56 (in ``lang``, else English then French),
    ``"1,200"`` -> 1200; ``None`` when ``text`` is not a number in that language."""
    raw = text.strip()
    digits = re.sub(r"[ ,.\u202f\u00a0]", "", raw)
    if digits.isdecimal():  # (not isdigit: "²" is a digit that int() refuses)
        return int(digits)
    if len(raw) > 1 and raw.isupper():  # "UN", "SIX" as an acronym
        return None
    words = re.sub(r"\s+", " ", raw.lower())
    approximate = re.fullmatch(r"(?:an?|une) (\w+)(?: de)?", words)
    if approximate is not None and approximate.group(1) in APPROXIMATE:
        return APPROXIMATE[approximate.group(1)]
    if words == "half a dozen":
        return APPROXIMATE["dozen"] // 2
    dozens = re.fullmatch(r"(\w+) dozen", words)
    if dozens is not None:
        n = parse_number(dozens.group(1), lang)
        return None if n is None else n * APPROXIMATE["dozen"]
    words = re.sub(r"^an? (?=hundred|thousand)", "one ", words)
    for language in (lang,) if lang in LANGUAGES else LANGUAGES:
        try:
            return int(text2num(words, language))
        except (ValueError, TypeError):
            continue
    return None


def is_year(n: int, text: str) -> bool:
    """Whether a number written ``text`` is a year (four digits in :data:`YEARS`): never a toll."""
    return n in YEARS and re.fullmatch(r"\d{4}", text) is not None


def find_numbers(text: str, lang: str | None = None) -> list[tuple[int, int, int]]:
    """(value, start, end) of every number in ``text``."""
    out = []
    for m in NUMBER_RE.finditer(text):
        value = parse_number(m.group(1), lang)
        if value is not None:
            out.append((value, m.start(1), m.end(1)))
    return out
