"""Article-level scores on FA-KES (``../shared/eval/fakes``), as pure functions.

The gold records one incident per article: its governorate, cause of death and toll.  For the
events the product stores from each article:

* the share of articles with at least one event in the gold governorate;
* the share of placed events that lie inside their article's gold governorate (by the GeoNames
  admin1 code of the event's place; FA-KES' "damascus" covers Damascus and Rif Dimashq);
* the share of articles whose toll (civilians + non-civilians killed) the sum of their events'
  fatalities gives within 20 %, or both are 0 (an event without a toll adds 0);
* cause of death against event type: the count of events of each type per cause (an article
  without events counts once as "(no event)"), and the share of articles of a known cause with
  an event of a type that fits it (:data:`CAUSE_FITS`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.eventeval.scoring import TOLL_TOLERANCE, PredictedEvent
from geo.extract.confidence import BANDS

NO_EVENT = "(no event)"
#: FA-KES cause of death -> the (event type, sub-type or None for any) that fit it
CAUSE_FITS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "shelling": (("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                 ("Explosions/Remote violence", "Air/drone strike")),
    "explosion": (("Explosions/Remote violence", None),),
    "chemical and toxic gases": (("Explosions/Remote violence", "Chemical weapon"),),
    "shooting": (("Battles", None), ("Violence against civilians", None)),
    "execution": (("Violence against civilians", None),),
}


@dataclass(frozen=True)
class FakesArticle:
    url: str
    governorate: str
    codes: tuple[str, ...]  # "SY.13", "SY.08": the admin1 codes the governorate covers
    toll: int  # civilians + non-civilians killed
    cause: str
    predicted: tuple[PredictedEvent, ...] = ()


def inside(event: PredictedEvent, codes: Sequence[str]) -> bool:
    return event.placed and event.admin1_code in codes


def toll_within(gold: int, predicted: int) -> bool:
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= TOLL_TOLERANCE * gold


def fits(cause: str, event: PredictedEvent) -> bool:
    return any(event.event_type == t and (sub is None or event.sub_event_type == sub)
               for t, sub in CAUSE_FITS.get(cause, ()))


@dataclass
class FakesScores:
    articles: int = 0
    with_events: int = 0
    with_event_inside: int = 0
    events: int = 0
    placed_events: int = 0
    placed_inside: int = 0
    tolls_within: int = 0
    known_cause: int = 0
    cause_fits: int = 0
    confusion: Counter = field(default_factory=Counter)  # (cause, event type) -> events
    #: confidence band -> [placed events, of them inside the gold governorate]
    by_band: dict[str, list[int]] = field(default_factory=dict)

    def add(self, a: FakesArticle) -> None:
        self.articles += 1
        self.with_events += bool(a.predicted)
        self.with_event_inside += any(inside(e, a.codes) for e in a.predicted)
        self.events += len(a.predicted)
        placed = [e for e in a.predicted if e.placed]
        self.placed_events += len(placed)
        self.placed_inside += sum(inside(e, a.codes) for e in placed)
        for e in placed:
            counts = self.by_band.setdefault(e.band, [0, 0])
            counts[0] += 1
            counts[1] += inside(e, a.codes)
        self.tolls_within += toll_within(a.toll, sum(e.fatalities or 0 for e in a.predicted))
        if a.cause in CAUSE_FITS:
            self.known_cause += 1
            self.cause_fits += any(fits(a.cause, e) for e in a.predicted)
        for e in a.predicted:
            self.confusion[(a.cause, e.event_type or "-")] += 1
        if not a.predicted:
            self.confusion[(a.cause, NO_EVENT)] += 1

    def _share(self, a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    def as_dict(self) -> dict:
        confusion: dict[str, dict[str, int]] = {}
        for (cause, kind), n in sorted(self.confusion.items()):
            confusion.setdefault(cause, {})[kind] = n
        return {
            "articles": self.articles, "with_events": self.with_events,
            "with_event_in_governorate": self.with_event_inside,
            "share_with_event_in_governorate": self._share(self.with_event_inside, self.articles),
            "events": self.events, "placed_events": self.placed_events,
            "placed_inside_governorate": self.placed_inside,
            "share_placed_inside_governorate": self._share(self.placed_inside, self.placed_events),
            "tolls_within_20pct": self.tolls_within,
            "share_tolls_within_20pct": self._share(self.tolls_within, self.articles),
            "known_cause": self.known_cause, "cause_fits": self.cause_fits,
            "share_cause_fits": self._share(self.cause_fits, self.known_cause),
            "cause_by_type": confusion,
        }


    def by_confidence(self) -> dict[str, dict[str, float | int]]:
        """Per confidence band: placed events, those inside the gold governorate, and the share."""
        return {b: {"placed": n, "inside": m, "share": self._share(m, n)}
                for b, (n, m) in sorted(self.by_band.items(), key=lambda kv: BANDS.index(kv[0]))}


def score_articles(articles: Sequence[FakesArticle]) -> FakesScores:
    scores = FakesScores()
    for a in articles:
        scores.add(a)
    return scores
