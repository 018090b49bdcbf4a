"""Long articles for tests, written here, and a stand-in for spaCy that records what it is given.

The stand-in refuses what spaCy refuses (a text over the pipeline's ``max_length``: error E088)
and labels every "Aleppo" and "Homs" GPE, so that offsets can be checked across the pieces a
long text is cut into without running the real model over a million characters.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

#: spaCy's own limit on the characters of one text (``Language.max_length``)
SPACY_MAX_LENGTH = 1_000_000
_NAMES_RE = re.compile(r"\b(?:Aleppo|Homs)\b")

OPENING = "Shelling hit Aleppo on 3 March 2022, killing four civilians."
CLOSING = "On 5 March 2022 an air strike hit a market in Homs, killing two people."
_FILLER = ("the convoy moved slowly along the road while the villagers watched from the fields "
           "and nobody said anything about the weather or the harvest that year ")


def long_article_text(min_chars: int = SPACY_MAX_LENGTH + 1) -> str:
    """An article of more than ``min_chars`` characters: a dated report of shelling in Aleppo,
    paragraphs of ordinary words, and a dated air strike in Homs at the very end."""
    paragraph = (_FILLER * 40).strip()
    count = min_chars // (len(paragraph) + 2) + 1
    return "\n\n".join([OPENING, *([paragraph] * count), CLOSING])


class RecordingNer:
    """Stands in for a spaCy pipeline (see the module docstring)."""

    def __init__(self, max_length: int = SPACY_MAX_LENGTH) -> None:
        self.max_length = max_length
        self.given: list[int] = []

    def __call__(self, text: str) -> SimpleNamespace:
        self.given.append(len(text))
        if len(text) > self.max_length:
            raise ValueError(f"[E088] Text of length {len(text)} exceeds maximum of {self.max_length}.")
        return SimpleNamespace(ents=[SimpleNamespace(start_char=m.start(), end_char=m.end(), label_="GPE")
                                     for m in _NAMES_RE.finditer(text)])
