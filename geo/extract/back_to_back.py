"""Place names written back to back, a list whose commas scraping dropped: "shells on Damascus Aleppo
and Idleb", "rocket attacks in Deir Ezzor Aleppo", "sur Homs Hama et Lattaquié".

A run of capitalised words is tried as one name, then its longest part naming a place; the rest of
the run is lost ("Damascus Aleppo": Damascus alone), and the list's toll stays with its first
place.  A run that is wholly two or more well-known names (first-level areas, capitals, cities of
100,000 people: :meth:`geo.extract.place_spans.SpanFinder._well_known`), none of them a country
("Aleppo Syria" is a place and its country) and the whole no name of its own, set after a
locative, a list word or a verb of striking and followed by the end of the sentence, a punctuation mark or a
conjunction (not by a noun: "the Damascus Aleppo highway" is one road), is that list: each name is
a span of its own, and :mod:`geo.extract.place_lists` reads a bare space between two of them as the
dropped comma.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.act_lexicon import attack_verb_pattern
from geo.extract.place_spans import RUN_RE

__all__ = ["BARE_GAP_RE", "back_to_back_names"]

#: the words before a list of places: a locative or a list word ("in", "on", "and", "à", "sur", "et"),
#: or a verb of striking whose object the places are ("shells hit A B and C", "ont visé A B et C")
_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|on|at|and|to|from|of|à|dans|sur|et|de|"
                        rf"{attack_verb_pattern('en', ('past',))}|{attack_verb_pattern('fr', ('é',))})\s+$", re.I)
#: what may follow such a list: the end, a punctuation mark, a conjunction
_AFTER_RE = re.compile(r"\s*(?:$|[.,;:()\n]|(?:and|et)(?![\w-]))", re.I)
#: the gap between two names of such a list: a space only
BARE_GAP_RE = re.compile(r"[ \t]+")
#: the most words of one name in such a run ("Deir Ezzor", "Ras al Ain")
_NAME_WORDS = 3


def _split(words: list[tuple[int, int]], text: str, well_known: Callable[[str], bool]) -> list[tuple[int, int]] | None:
    """The run's words as a sequence of well-known names (longest first), or None."""
    if not words:
        return []
    for size in range(min(_NAME_WORDS, len(words)), 0, -1):
        start, end = words[0][0], words[size - 1][1]
        if well_known(text[start:end]):
            rest = _split(words[size:], text, well_known)
            if rest is not None:
                return [(start, end), *rest]
    return None


def back_to_back_names(text: str, well_known: Callable[[str], bool],
                       country: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the names of each run of capitalised words (:data:`geo.extract.place_spans.RUN_RE`)
    that is a list of two or more well-known names written back to back (see the module);
    ``country``: whether a name is a country's."""
    out: list[tuple[int, int]] = []
    for run in RUN_RE.finditer(text):
        start, end = run.span()
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        if len(words) < 2 or not _BEFORE_RE.search(text[max(0, start - 16):start]) or not _AFTER_RE.match(text, end):
            continue
        if well_known(text[start:end]):
            continue
        names = _split(words, text, well_known)
        if names is None or len(names) < 2 or any(country(text[s:e]) for s, e in names):
            continue
        out.extend(names)
    return out
