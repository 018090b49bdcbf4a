"""The kin told with a victim are more dead: "a woman and her three children were killed" = 4,
"the strike killed a man and his two sons" = 3, "two women and their five children died" = 7,
"un homme et ses deux fils ont été tués" = 3, "la frappe a tué une femme et ses trois enfants" = 4;
one of kin told without a count is one more: "a man and his wife were killed" = 2, "un homme et sa
femme ont été tués" = 2.

A toll pattern of :mod:`geo.extract.numbers` reads one of the two groups (the count next to
"killed", or the one victim "killed" takes as its object); the other, joined to it by "and his",
"and her", "and their", "et ses", "et leurs", is counted as more dead, added to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.number_words import NUMBER, is_year, parse_number

__all__ = ["KIN_WORDS", "ONE_KIN", "kin_counts"]

#: the most words between the first person's article or count and the possessive ("a young woman
#: and her", "two elderly women and their")
KIN_WORDS = 2
_POSSESSIVE = r"(?:and|et)\s+(?:his|her|their|ses|leurs)\s+"
#: the first group, told before the kin the toll counts: "a woman and her ", "two women and their "
_BEFORE_RE = re.compile(rf"(?:(?<![\w-])(?P<one>an?|une?)|(?<![\w.,-])(?P<n>{NUMBER}))\s+(?:[\w'’-]+\s+){{1,{KIN_WORDS}}}"
                        rf"{_POSSESSIVE}$", re.I)
#: one of kin, told without a count: "his wife", "her son", "sa femme", "son fils"
ONE_KIN = (r"(?:wife|husband|son|daughter|child|baby|infant|mother|father|brother|sister|"
           r"femme|épouse|mari|fils|fille|enfant|bébé|mère|père|frère|sœur)")
_ONE_POSSESSIVE = r"(?:and|et)\s+(?:his|her|their|sa|son)\s+(?:[\w'’-]+\s+)?"
#: the kin told after one victim the toll counts: "[a] man and his two sons", "[a] man and his wife"
_AFTER_RE = re.compile(rf"\s+(?:[\w'’-]+\s+){{1,{KIN_WORDS}}}(?:{_POSSESSIVE}(?P<n>{NUMBER})(?![\w-])"
                       r"(?!\s*(?:years?|ans?)\b)"  # (not "his 2 year old son": an age)
                       rf"|{_ONE_POSSESSIVE}(?P<kin>{ONE_KIN})\b)", re.I)
#: how far before a toll its first group is looked for (characters)
_BEFORE_CHARS = 60
_ONE = frozenset({"a", "an", "un", "une"})


def kin_counts(sentence: str, tolls: Sequence[tuple[int, int, int, str]], lang: str | None = None
               ) -> list[tuple[int, int, int, str]]:
    """(count, start, end, text) of the kin told with the first toll of ``sentence`` (``tolls``: the
    (start, end, count, text) of the counts found, none of them added): more dead, to be added.
    A later toll is a part of the first ("eight people, among them a woman and her three children"),
    its kin too."""
    out = []
    for start, end, count, text in sorted(tolls)[:1]:
        if count <= 0:
            continue
        m = _BEFORE_RE.search(sentence, max(0, start - _BEFORE_CHARS), start)
        if m is not None:
            group = "one" if m.group("one") else "n"
            n = 1 if group == "one" else parse_number(m.group("n"), lang)
        elif count == 1 and text.lower() in _ONE and (m := _AFTER_RE.match(sentence, end)) is not None:
            group = "kin" if m.group("kin") else "n"
            n = 1 if group == "kin" else parse_number(m.group("n"), lang)
        else:
            continue
        if n is not None and n > 0 and not is_year(n, m.group(group)):
            out.append((n, m.start(group), m.end(group), m.group(group)))
    return out
