"""The event-level scoring rule of the development gold (``../shared/eval/events/README.md``),
as pure functions.

A gold event and a predicted event citing the same article match when

* the place agrees, by the gold's precision: ``point``, within 25 km; ``admin1``, the same
  first-level area (GeoNames admin1 code, else the folded name) or within 60 km; ``country``,
  within 400 km.  A predicted event without a place agrees with nothing;
* and the date agrees, by the gold's date precision: ``day``, a predicted single day within
  1 day of it, or a predicted range of at most 7 days (first to last day) containing it;
  ``month``, a prediction lying wholly in that month; no gold date: any date, or none.

Matching is one-to-one and greedy by distance: of all agreeing (gold, predicted) pairs of an
article, the closest is taken first, then the closest of the pairs left, and so on.  Pairs
equally close in place (found events resolved to one town or area share its coordinates) are
taken nearest in date first (:func:`days_apart`), then in gold order, then in predicted order:
of two reports of one town on consecutive days, each pairs with its own day.  Events are scored with place and date, places alone with the
date ignored.  On the matched event pairs: type and sub-type accuracy, and fatalities agreement
(a gold toll up to 5 exactly, above 5 within 20 %; no gold toll agrees only with none).

Precision by confidence band (:meth:`EventScores.by_confidence`): of the events found in each
band of :mod:`geo.extract.confidence`, the share matched.

Sanity counts on the predicted events: those without a place; tolls that are years or times
(the number written in the event's sentence as a year 1900–2100 or in a clock time); events
dated after the article's publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from geo.evaluation import precision_recall_f1, ratio
from geo.extract.confidence import BANDS, band
from geo.extract.number_words import (
    YEARS,  # the years a toll is taken for when the sentence writes it as a year
)
from geo.models import haversine_km
from geo.names import area_key

#: the largest distance, in km, at which a place agrees, by the gold place's precision
PLACE_KM = {"point": 25.0, "admin1": 60.0, "country": 400.0}
#: how far a predicted day may be from the gold day
DAY_SLACK = timedelta(days=1)
#: the longest predicted range (first to last day, inclusive) that can agree with a gold day
MAX_RANGE_DAYS = 7
#: a gold toll up to this must be predicted exactly; above it, within TOLL_TOLERANCE
EXACT_TOLL_UP_TO = 5
TOLL_TOLERANCE = 0.20


@dataclass(frozen=True)
class GoldEvent:
    date: date | None  # the day, or the first of the month
    date_precision: str | None  # day | month | None
    lat: float | None
    lon: float | None
    precision: str  # point | admin1 | country
    admin1: str | None = None  # the area's name
    admin1_code: str | None = None  # "SY.09" where known
    event_type: str | None = None
    sub_event_type: str | None = None
    fatalities: int | None = None
    place: str = ""


@dataclass(frozen=True)
class PredictedEvent:
    date_start: date | None
    date_end: date | None
    lat: float | None
    lon: float | None
    admin1: str | None = None
    admin1_code: str | None = None  # "SY.09" where known
    event_type: str | None = None
    sub_event_type: str | None = None
    fatalities: int | None = None
    place: str = ""
    sentences: tuple[str, ...] = ()  # the article's sentences the event comes from
    confidence: float | None = None

    @property
    def band(self) -> str:
        """Its confidence band: high, medium, low (geo.extract.confidence) or unknown."""
        return band(self.confidence)

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Document:
    doc: str
    lang: str
    published: date | None
    gold: tuple[GoldEvent, ...]
    predicted: tuple[PredictedEvent, ...] = ()


# -- the rule ---------------------------------------------------------------------------------
def same_area(g: GoldEvent, p: PredictedEvent) -> bool:
    """Whether the two lie in the same first-level area: by GeoNames code where both have one,
    else by name."""
    if g.admin1_code and p.admin1_code:
        return g.admin1_code == p.admin1_code
    return bool(g.admin1 and p.admin1 and area_key(g.admin1) == area_key(p.admin1))


def place_distance(g: GoldEvent, p: PredictedEvent) -> float | None:
    """The distance in km when the places agree, None when they do not."""
    if not p.placed or g.lat is None or g.lon is None:
        return None
    if g.precision not in PLACE_KM:
        raise ValueError(f"unknown gold place precision {g.precision!r}")
    km = haversine_km((g.lat, g.lon), (p.lat, p.lon))
    if km <= PLACE_KM[g.precision] or (g.precision == "admin1" and same_area(g, p)):
        return km
    return None


def dates_agree(g: GoldEvent, p: PredictedEvent) -> bool:
    if g.date is None:
        return True
    if p.date_start is None:
        return False
    end = p.date_end or p.date_start
    if g.date_precision == "month":
        return all((d.year, d.month) == (g.date.year, g.date.month) for d in (p.date_start, end))
    if end == p.date_start:
        return abs(g.date - p.date_start) <= DAY_SLACK
    return (end - p.date_start).days + 1 <= MAX_RANGE_DAYS and p.date_start <= g.date <= end


def tolls_agree(gold: int | None, predicted: int | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold <= EXACT_TOLL_UP_TO:
        return predicted == gold
    return abs(predicted - gold) <= TOLL_TOLERANCE * gold


def days_apart(g: GoldEvent, p: PredictedEvent) -> int:
    """Days between the gold day and the found day or range (0 inside it, or without dates)."""
    if g.date is None or p.date_start is None:
        return 0
    end = p.date_end or p.date_start
    if p.date_start <= g.date <= end:
        return 0
    return min(abs((g.date - p.date_start).days), abs((g.date - end).days))


def match(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent], *,
          dates: bool = True) -> list[tuple[int, int, float]]:
    """(gold index, predicted index, km) of the matched pairs of one article, greedy by distance
    (ties: nearest in date, then gold order, then predicted order)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            km = place_distance(g, p)
            if km is not None and (not dates or dates_agree(g, p)):
                candidates.append((km, days_apart(g, p) if dates else 0, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for km, _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, km))
    return pairs


# -- sanity -----------------------------------------------------------------------------------
_CLOCK_RE = re.compile(r"(?<![\d,.])(\d{1,2})(?:[:h.](\d{2}))?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o['’]clock|heures?\b|h\b|gmt\b)"
                       r"|(?<![\d,.])(\d{1,2})[:h](\d{2})(?!\d)|(?<![\d,.])(\d{4})\s*(?:gmt|utc|hrs|hours|local time)\b",
                       re.I)


def toll_is_year_or_time(toll: int | None, sentences: Sequence[str]) -> bool:
    """Whether a toll is a year or a clock time of its sentence(s): a number 1900–2100 that the
    sentence writes as four digits, or the hour, the hour-and-minutes or the 24-hour time of a
    clock time ("at 3 p.m.", "à 14h30", "0800 GMT")."""
    if toll is None:
        return False
    for sentence in sentences:
        if toll in YEARS and re.search(rf"(?<![\d,.]){toll}(?![\d,])", sentence):
            return True
        for m in _CLOCK_RE.finditer(sentence):
            hour, minutes = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            values = {int(m.group(5))} if m.group(5) else {int(hour), int(hour + (minutes or ""))}
            if toll in values:
                return True
    return False


# -- scores -----------------------------------------------------------------------------------
@dataclass
class EventScores:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0  # place and date
    places_matched: int = 0  # place alone
    type_right: int = 0
    sub_type_right: int = 0
    tolls_right: int = 0
    gold_tolls: int = 0  # matched pairs whose gold gives a number
    gold_tolls_right: int = 0
    unplaced: int = 0
    toll_year_or_time: int = 0
    toll_1000_plus: int = 0
    after_publication: int = 0
    #: confidence band -> [events found, of them matched (place and date)]
    by_band: dict[str, list[int]] = field(default_factory=dict)
    pairs: list[tuple[str, GoldEvent, PredictedEvent]] = field(default_factory=list, repr=False)

    def add(self, doc: Document) -> None:
        self.documents += 1
        self.gold += len(doc.gold)
        self.predicted += len(doc.predicted)
        self.places_matched += len(match(doc.gold, doc.predicted, dates=False))
        pairs = match(doc.gold, doc.predicted)
        matched = {pi for _gi, pi, _km in pairs}
        for pi, p in enumerate(doc.predicted):
            counts = self.by_band.setdefault(p.band, [0, 0])
            counts[0] += 1
            counts[1] += pi in matched
        for gi, pi, _km in pairs:
            g, p = doc.gold[gi], doc.predicted[pi]
            self.pairs.append((doc.doc, g, p))
            self.matched += 1
            self.type_right += g.event_type == p.event_type
            self.sub_type_right += g.sub_event_type == p.sub_event_type
            right = tolls_agree(g.fatalities, p.fatalities)
            self.tolls_right += right
            if g.fatalities is not None:
                self.gold_tolls += 1
                self.gold_tolls_right += right
        for p in doc.predicted:
            self.unplaced += not p.placed
            self.toll_year_or_time += toll_is_year_or_time(p.fatalities, p.sentences)
            self.toll_1000_plus += (p.fatalities or 0) >= 1000
            self.after_publication += bool(doc.published and p.date_start and p.date_start > doc.published)

    def rates(self, matched: int) -> tuple[float, float, float]:
        """Precision, recall and F1 of ``matched`` events (with place and date, or by place alone)."""
        return precision_recall_f1(matched, self.predicted, self.gold)

    def as_dict(self) -> dict[str, float | int]:
        r = round
        (precision, recall, f1), (place_precision, place_recall, place_f1) = (
            self.rates(self.matched), self.rates(self.places_matched))
        return {
            "documents": self.documents, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": r(precision, 4), "recall": r(recall, 4), "f1": r(f1, 4),
            "places_matched": self.places_matched, "place_precision": r(place_precision, 4),
            "place_recall": r(place_recall, 4), "place_f1": r(place_f1, 4),
            "type_accuracy": r(ratio(self.type_right, self.matched), 4),
            "sub_type_accuracy": r(ratio(self.sub_type_right, self.matched), 4),
            "fatalities_agreement": r(ratio(self.tolls_right, self.matched), 4),
            "fatalities_right": self.tolls_right,
            "gold_tolls": self.gold_tolls, "gold_tolls_right": self.gold_tolls_right,
            "without_place": self.unplaced, "toll_year_or_time": self.toll_year_or_time,
            "toll_1000_plus": self.toll_1000_plus, "after_publication": self.after_publication,
        }

    def by_confidence(self) -> dict[str, dict[str, float | int]]:
        """Per confidence band (high, medium, low, then unknown): events found, matched, and the
        precision (matched / found): higher bands should be right more often."""
        return {b: {"found": n, "matched": m, "precision": round(ratio(m, n), 4)}
                for b, (n, m) in sorted(self.by_band.items(), key=lambda kv: BANDS.index(kv[0]))}


def score_documents(docs: Sequence[Document]) -> dict[str, EventScores]:
    """Scores per language, and ``"all"`` over every document."""
    out: dict[str, EventScores] = {}
    for doc in docs:
        for key in (doc.lang, "all"):
            out.setdefault(key, EventScores()).add(doc)
    if "all" in out:
        out["all"] = out.pop("all")  # last
    return out
