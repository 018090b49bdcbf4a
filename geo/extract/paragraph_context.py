"""The place and the day an act's paragraph gives it when its own sentence gives none.

News paragraphs are short, and a paragraph tells its place and day once, at its opening or in
its first sentence: "À Damas, l'armée ratissait des quartiers. De violents combats ont éclaté
dans le sud de la ville", "Samedi, l'aviation a bombardé X. Dix civils ont été tués à Y".  The
acts of the sentences that follow are of that place and that day:

* an act whose sentence names no place of its own is at the event place an earlier sentence of
  its paragraph names, and an undated one of a day's reporting is an act all the same for it
  (the nearest earlier sentence's place; its place source is
  :data:`~geo.extract.confidence.OPENING_SOURCE`): an act at the place its paragraph opened on
  is no guess, and is no retelling of an act at another place (:mod:`geo.extract.retellings`):
  :meth:`ParagraphContext.place_before`;
* an undated act dated by the publication (:mod:`geo.extract.same_day`) takes the day an earlier
  sentence of its paragraph told ("hier", "samedi") instead: :meth:`ParagraphContext.paragraph_day`.

A paragraph is a line of the text (scraped news writes one a line, with or without blank lines
between them), and only a short one (at most :data:`PARAGRAPH_SENTENCES` sentences) is such a
unit: a body scraped as one line of thirty sentences tells many acts of many places and days.
A sentence telling a backdrop or a hypothesis (:data:`BACKDROP_RE`: "où l'opposition avait
réussi des percées", "Si le pouvoir arrive à …") takes no place from its paragraph."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from geo.extract.confidence import OPENING_SOURCE
from geo.extract.dates import DateMention
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence

__all__ = ["PARAGRAPH_SENTENCES", "ParagraphContext"]

#: the most sentences a paragraph that gives its acts their place and day holds
PARAGRAPH_SENTENCES = 5

#: a sentence telling a backdrop or a hypothesis, not the paragraph's act: a pluperfect ("où
#: l'opposition avait réussi des percées", "had seized"), a condition ("Si le pouvoir …", "If …")
BACKDROP_RE = re.compile(r"(?<![\w-])(?:avait|avaient|s['’]était|s['’]étaient|had)(?![\w-])|^\W*(?:si|s['’]ils?|if)(?![\w-])",
                         re.I)


class ParagraphContext:
    """What the earlier sentences of an act's short paragraph told: an event place, a day."""

    def __init__(self, text: str, sentences: Sequence[Sentence], own_places: Sequence[Sequence[PlaceMention]]) -> None:
        self._sentences = sentences
        self._own_places = own_places
        # a paragraph is a line (a blank-line block's lines are its paragraphs too)
        self._lines: list[int] = []
        line, at = 0, 0
        for s in sentences:
            line += text.count("\n", at, s.start)
            at = s.start
            self._lines.append(line)
        self._sizes = Counter(self._lines)

    def _earlier(self, index: int) -> range:
        """The indexes of the sentences before ``index`` in its short paragraph (the headline,
        sentence 0, is never one), or none."""
        line = self._lines[index]
        if self._sizes[line] > PARAGRAPH_SENTENCES:
            return range(0)
        first = index
        while first > 1 and self._lines[first - 1] == line:
            first -= 1
        return range(max(first, 1), index)

    def place_before(self, index: int) -> tuple[PlaceMention, str] | None:
        """The event place the nearest earlier sentence of the short paragraph of sentence
        ``index`` names, if any (its first), and that source (:data:`OPENING_SOURCE`); none for a
        sentence that tells a backdrop (:data:`BACKDROP_RE`)."""
        if BACKDROP_RE.search(self._sentences[index].text):
            return None
        return next(((self._own_places[i][0], OPENING_SOURCE) for i in reversed(self._earlier(index))
                     if self._own_places[i]), None)

    def paragraph_day(self, index: int, told: DateMention | None, told_at: int) -> DateMention | None:
        """``told``, the last day told (by sentence ``told_at``), when an earlier sentence of the
        short paragraph of sentence ``index`` told it and it is a day; else ``None``."""
        if told is None or told.precision != "day" or told.date_start is None:
            return None
        return told if told_at in self._earlier(index) else None

    def news_day(self, told: DateMention | None, told_at: int, news: DateMention | None) -> DateMention | None:
        """The last day a sentence told that is no backdrop's: ``told`` (told by sentence
        ``told_at``), or ``news`` (the one such a day before it) when that sentence tells a
        backdrop (:data:`BACKDROP_RE`: "La veille, des combats avaient opposé …")."""
        return news if told_at >= 0 and BACKDROP_RE.search(self._sentences[told_at].text) else told

    def followed_day(self, index: int, told: DateMention | None, told_at: int,
                     news: DateMention | None) -> DateMention | None:
        """The day an undated sentence ``index`` takes from the sentences before it: ``told``, the
        last day told (by sentence ``told_at``), unless that sentence tells a backdrop in the
        pluperfect and ``index`` does not ("La veille, des combats avaient opposé … à X. L'armée a
        bombardé Y": the report's day, not the eve): then ``news``, the last day a sentence that
        is no backdrop told (:meth:`news_day`), or None."""
        if BACKDROP_RE.search(self._sentences[index].text):
            return told
        return self.news_day(told, told_at, news)
