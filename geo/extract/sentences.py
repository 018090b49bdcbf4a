"""Sentence spans with exact character offsets.

Press text is often glued: "…et des Expatriés.Dans un communiqué…" or a heading run into
the next sentence ("…d’une prisonSelon Sana, …").  Splits happen at . ! ? … followed by a
space or an uppercase letter (or a bracket opening a capitalised word: "… the monitor said. (AP
Archive) A car bomb …"), after a photo credit that ends a caption ("… on August 6 2016 (TRT World
and Agencies) A suicide bomber …": the caption and the lead are two sentences), at line breaks, and between a lowercase word and a capitalised
word run together; abbreviations ("U.S.", "Mr.", "av. J.-C.", "janv.") do not split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj st mt jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs etc al u.s u.n e.g i.e m mme mm av j.-c p ex cf "
    # French months and ranks shortened ("le 3 janv. 2013", "le gén. Hassan")
    "janv févr fév avr juil juill déc gén lieut".split()
)
#: a photo credit: "(TRT World and Agencies)", "(AFP Photo)", "(Reuters)"
_CREDIT = r"\([^()]{0,40}\b(?:Agencies|Photo|AFP|Reuters|AP|Archive)\b[^()]{0,20}\)"
_CAPTION_RE = re.compile(rf"\w\s+{_CREDIT}$")
_BOUNDARY_RE = re.compile(
    r"(?P<punct>[.!?…]+[\"”»’']*)(?=\s+[\"“«*(\[]?[A-ZÀ-ÖØ-Þ0-9]|\*?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
    # a photo caption's credit ends the caption: "… on August 6 2016 (TRT World and Agencies) A suicide …"
    rf"|(?<=\w\s)(?P<credit>{_CREDIT})(?=\s+[\"“]?[A-ZÀ-ÖØ-Þ])"
    r"|(?P<line>\n\s*\n|\n)"
    r"|(?<=[a-zà-öø-ÿ]{3})(?P<glued>)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}\s)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


@cache
def _function_words() -> frozenset[str]:
    """spaCy's English and French stop words (imported when first needed: only glued text asks)."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    return frozenset(ENGLISH | FRENCH)


def _one_glued_name(text: str, at: int) -> bool:
    """Whether the capitalised words run together at ``at`` are one name ("Kafr|Takharim"): the
    word before is capitalised and the word after is no function word opening a sentence."""
    before = re.search(r"[\w’'-]+$", text[max(0, at - 40):at])
    after = re.match(r"[\w’'-]+", text[at:at + 40])
    return (before is not None and before.group()[:1].isupper() and after is not None
            and after.group().lower() not in _function_words())


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.\-]+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets; ``paragraph`` counts blank-line-separated blocks."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    pending_paragraph = paragraph

    def emit(end: int) -> None:
        nonlocal start
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            s = start + lead
            sentences.append(Sentence(s, s + len(stripped), stripped, pending_paragraph))

    for match in _BOUNDARY_RE.finditer(text):
        if match.group("punct") is not None or match.group("credit") is not None:
            if (match.group("punct") or "").startswith(".") and _is_abbreviation(text, match.start()):
                continue
            emit(match.end())
            start = match.end()
        elif match.group("line") is not None:
            emit(match.start())
            start = match.end()
            if "\n\n" in match.group("line").replace(" ", "").replace("\t", "") or match.group("line").count("\n") > 1:
                paragraph += 1
            pending_paragraph = paragraph
            continue
        else:  # glued words: split between them, unless they are one name
            if _one_glued_name(text, match.start()):
                continue
            emit(match.start())
            start = match.start()
        pending_paragraph = paragraph
    emit(len(text))
    return sentences


def is_caption(sentence: str) -> bool:
    """Whether a sentence is a photo caption, ended by its credit ("… on August 6 2016 (TRT World
    and Agencies)"): what it shows is no act the next sentence goes on telling."""
    return _CAPTION_RE.search(sentence) is not None
