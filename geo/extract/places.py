"""Place names in a document, resolved with the whole document as context.

Mentions come from three finders, merged (longer spans win, NER spans before gazetteer-only
spans): spaCy NER (GPE/LOC/FAC in English, LOC in French), a scan of capitalised word runs
against the gazetteer (exact keys only, notable places only, never inside a person or
organisation name or an actor's name), and demonyms/adjectives ("Syrian" -> Syria).
Resolution runs twice: once alone, then again with the countries the document is about as
context, so "Tripoli" in an article about Lebanon lands in Lebanon.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from geo.errors import InvalidInputError
from geo.extract import nlp
from geo.extract.actors import find_actors
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.sources import country_names
from geo.models import Place

NER_LABELS = {"en": {"GPE", "LOC", "FAC"}, "fr": {"LOC"}}
BLOCKING_LABELS = {"PERSON", "PER", "ORG"}
#: a gazetteer-only match must be this notable to count (people, organisations and common
#: words share names with small villages)
MIN_POPULATION = 15_000
_NOTABLE_FEATURES = {"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "PPLC"}
_CONNECT = r"(?:al|el|ez|es|ed|ad|ar|as|at|az|ash|an|et|de|du|des|la|le|d['’])"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-.]*[\w]|[A-ZÀ-ÖØ-Þ]"
_RUN_RE = re.compile(
    rf"(?<![\w’'])(?:(?:al|el|ar|as|at|ad|az|ash|an|et|ed|es|ez)-)?(?:{_WORD})"
    rf"(?:(?:\s|-)(?:{_CONNECT}(?:\s|-))?(?:{_WORD})){{0,3}}"
)
_STOP = frozenset(
    "the a an and or of in on at le la les un une des du de et ou en au aux dans sur "
    "january february march april may june july august september october november december "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche according earlier later thus however president minister ministry state "
    "islamic forces army government official authorities selon".split()
)
_AREA_BEFORE_RE = re.compile(
    r"(?:province|governorate|region|district|gouvernorat|région|district|muhafazat)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|d['’]\s*|du\s+)$",
    re.I,
)
_AREA_AFTER_RE = re.compile(r"^\s*(?:province|governorate|gouvernorat)\b", re.I)
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|km|kilometers|kilometres|miles)"
    r"\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"|(?:au\s+|à\s+l['’]\s*)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+(?:la\s+ville\s+)?(?:de\s+|d['’]\s*)?|d['’]\s*))$",
    re.I,
)
_ORG_PLACE_RE = re.compile(rf"(?:\bof|\bde|\bdu|\bd['’])\s*((?:{_WORD})(?:[\s-](?:{_WORD}))?)\s*$|"
                           rf"(?:\bof|\bde|\bdu|\bd['’])\s*((?:{_WORD}))")
_LOCATIVE_BEFORE_RE = re.compile(r"(?:\b(?:à|au|aux|dans|en|de|près de|vers|in|at|near|outside|from|of)\s+|\bd['’]\s*)$",
                                 re.I)
_ELISION_RE = re.compile(r"^[A-Za-z]['’]")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|la|le|les|l['’])\s*", re.I)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name at ``text[start:end]`` and the place it is resolved to."""

    text: str
    start: int
    end: int
    place: Place
    method: str  # ner | gazetteer | demonym
    confidence: float
    area: bool = False  # named as an area: "province of X", "gouvernorat d'X"
    reference: bool = False  # a reference point: "east of X"

    def as_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": p.name,
            "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "country_code": p.country_code,
            "admin1": p.admin1, "feature": p.feature, "score": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    method: str


def _demonym_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for iso, f in country_names.load().items():
        for d in f.demonyms_en:
            forms[d] = iso
        for d in f.demonyms_fr:
            forms[d] = iso
            forms[d[:1].upper() + d[1:]] = iso
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms


class PlaceFinder:
    """Finds and resolves places; holds the gazetteer and the NER pipelines (load once)."""

    def __init__(self, gazetteer: Gazetteer, *, use_ner: bool = True) -> None:
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self._demonym_re, self._demonyms = _demonym_regex()
        self._country_cache: dict[str, Place | None] = {}

    # -- finding spans ------------------------------------------------------------------
    def ner_doc(self, text: str, lang: str) -> Any | None:
        if not self.use_ner:
            return None
        pipe = nlp.pipeline(lang)
        return pipe(text) if pipe is not None else None

    def _spans(self, text: str, lang: str, doc: Any | None) -> tuple[list[_Span], list[tuple[int, int]]]:
        candidates: list[_Span] = []
        blocked: list[tuple[int, int]] = [(a.start, a.end) for a in find_actors(text)]
        organisations: list[tuple[int, int]] = []
        persons: list[tuple[int, int]] = []
        if doc is not None:
            labels = NER_LABELS.get(lang, {"GPE", "LOC", "FAC"})
            for ent in doc.ents:
                if ent.label_ in labels:
                    start, end = ent.start_char, ent.end_char
                    lead = _LEADING_ARTICLE_RE.match(text[start:end])
                    if lead and lead.end() < end - start:
                        start += lead.end()
                    while end > start and text[end - 1] in ".,;:’'\"»)*":
                        end -= 1
                    if end > start:
                        candidates.append(_Span(start, end, "ner"))
                elif ent.label_ in BLOCKING_LABELS:
                    blocked.append((ent.start_char, ent.end_char))
                    if _LOCATIVE_BEFORE_RE.search(text[max(0, ent.start_char - 12):ent.start_char]):
                        persons.append((ent.start_char, ent.end_char))
                    elif ent.label_ == "ORG":
                        organisations.append((ent.start_char, ent.end_char))
        for m in _RUN_RE.finditer(text):
            candidates.append(_Span(m.start(), m.end(), "gazetteer"))
        for m in self._demonym_re.finditer(text):
            candidates.append(_Span(m.start(), m.end(), "demonym"))
        # A place named inside an organisation after "of"/"de"/"d’" is still a place
        # ("Technical Institute of Hasakah", "l’Institut technique d’Hassaké").
        for start, end in organisations:
            for m in _ORG_PLACE_RE.finditer(text, start, end):
                candidates.append(_Span(m.start(1), min(m.end(1), end), "gazetteer"))
                blocked = [b for b in blocked if b != (start, end)] + [(start, m.start(1))]
        # A "person" or "organisation" right after a locative preposition ("à Hassaké", "in
        # Homs") is tried as a place: small NER models often mislabel unfamiliar place names.
        for span in persons:
            blocked.remove(span)
            candidates.append(_Span(span[0], span[1], "gazetteer"))
        return candidates, blocked

    # -- resolving ----------------------------------------------------------------------
    def _country(self, iso: str) -> Place | None:
        if iso not in self._country_cache:
            found = [p for p in self.gazetteer.candidates(iso, loose=False, limit=20) if p.feature == "PCLI"]
            found = [p for p in found if p.country_code == iso]
            if not found:
                names = [p for p in self._all_country_names(iso)]
                found = names
            self._country_cache[iso] = found[0] if found else None
        return self._country_cache[iso]

    def _all_country_names(self, iso: str) -> list[Place]:
        forms = country_names.load().get(iso)
        for name in forms.names if forms else ():
            hits = [p for p in self.gazetteer.candidates(name, loose=False) if p.feature == "PCLI"]
            if hits:
                return hits
        return []

    def _lookup(
        self, surface: str, method: str, area: bool, context: dict[str, float] | None, loose: bool = True
    ) -> tuple[list[Place], bool]:
        """Ranked candidates and whether they matched exactly (not by skeleton)."""
        try:
            found = self.gazetteer.candidates(surface, context=context, loose=False, limit=15)
            exact = bool(found)
            if not found and loose and method in ("ner", "gazetteer"):
                found = self.gazetteer.candidates(surface, context=context, loose="notable", limit=15)
        except InvalidInputError:
            return [], False
        if area:
            areas = [p for p in found if p.feature == "ADM1"]
            if areas:
                found = areas + [p for p in found if p.feature != "ADM1"]
        return found, exact

    @staticmethod
    def _notable(place: Place) -> bool:
        # Anything but a bare GeoNames row is curated: the supplement, user corrections, places
        # learned online, and places of imported datasets (ACLED, UCDP… villages where events were
        # recorded), as the index's notable-skeleton lookup already has it.
        family = place.source.split(":", 1)[0]
        return (family != "geonames" or place.feature in _NOTABLE_FEATURES
                or place.population >= MIN_POPULATION)

    @staticmethod
    def _plausible_surface(surface: str) -> bool:
        if len(surface) < 3 and surface not in ("US", "UK"):
            return False
        if not surface[:1].isupper() and not re.match(r"(?:al|el|ar|as|at|ad|az|ash|an|et|ed|es|ez)-", surface):
            return False
        return surface.lower() not in _STOP

    def find(self, text: str, lang: str, doc: Any | None = None) -> list[PlaceMention]:
        """Every resolved place mention in ``text``, in text order."""
        if doc is None:
            doc = self.ner_doc(text, lang)
        spans, blocked = self._spans(text, lang, doc)
        taken: list[tuple[int, int]] = []
        raw: list[tuple[_Span, str, bool, bool]] = []

        def overlaps(a: int, b: int, ranges: Sequence[tuple[int, int]]) -> bool:
            return any(x < b and a < y for x, y in ranges)

        order = {"ner": 0, "demonym": 1, "gazetteer": 2}
        for span in sorted(spans, key=lambda s: (order[s.method], -(s.end - s.start), s.start)):
            if overlaps(span.start, span.end, taken) or overlaps(span.start, span.end, blocked):
                continue
            before = text[max(0, span.start - 45):span.start]
            after = text[span.end:span.end + 20]
            area = bool(_AREA_BEFORE_RE.search(before) or _AREA_AFTER_RE.match(after))
            reference = bool(_REFERENCE_BEFORE_RE.search(before))
            if span.method == "demonym":
                iso = self._demonyms.get(text[span.start:span.end])
                if iso and self._country(iso) is not None:
                    taken.append((span.start, span.end))
                    raw.append((span, iso, area, reference))
                continue
            found = self._match(text, span, area)
            if found is None:
                continue
            s, e = found
            taken.append((s, e))
            raw.append((_Span(s, e, span.method), text[s:e], area, reference))
        # Pass 1: resolve alone; exact, notable matches vote for the document's countries.
        first: list[tuple[_Span, str, list[Place], bool, bool, bool]] = []
        votes: Counter[str] = Counter()
        for span, surface, area, reference in raw:
            if span.method == "demonym":
                country = self._country(surface)
                places, exact = ([country], True) if country else ([], False)
            else:
                places, exact = self._lookup(surface, span.method, area, None)
            if not places:
                continue
            strong = exact and self._notable(places[0])
            first.append((span, surface, places, area, reference, strong))
            if strong:
                votes[places[0].country_code] += 2 if places[0].feature == "PCLI" else 1
        # Pass 2: re-rank with the document's countries as context (leaving out the mention's own
        # vote, so an ambiguous name cannot vote for its own default reading); a weak match
        # (loose, or a small place) is kept only inside a country the document is about.
        mentions: list[PlaceMention] = []
        for span, surface, places, area, reference, strong in first:
            own = Counter()
            if strong:
                own[places[0].country_code] = 2 if places[0].feature == "PCLI" else 1
            others = votes - own
            total = sum(others.values())
            context = {cc: n / total for cc, n in others.items()} if total else {}
            if span.method != "demonym" and len(places) > 1:
                places = self._lookup(surface, span.method, area, context)[0] or places
            best = places[0]
            if not strong and context.get(best.country_code, 0.0) < 0.15:
                continue
            confidence = {"ner": 0.85, "gazetteer": 0.7, "demonym": 0.6}[span.method]
            if not strong:
                confidence *= 0.75
            if len(places) > 1 and places[1].score > best.score - 1.0 and best.source != "user":
                confidence *= 0.8
            mentions.append(PlaceMention(
                text=text[span.start:span.end], start=span.start, end=span.end, place=best,
                method=span.method, confidence=round(min(confidence, 0.99), 3), area=area,
                reference=reference,
            ))
        return sorted(mentions, key=lambda m: m.start)

    def _match(self, text: str, span: _Span, area: bool) -> tuple[int, int] | None:
        """The longest sub-span of a run (or the NER span) that names a gazetteer place."""
        if span.method == "ner":
            surface = text[span.start:span.end]
            if not self._plausible_surface(surface):
                return None
            return (span.start, span.end) if self._lookup(surface, "ner", area, None)[0] else None
        tokens = [(m.start() + span.start, m.end() + span.start)
                  for m in re.finditer(r"[^\s]+", text[span.start:span.end])]
        for size in range(len(tokens), 0, -1):
            for i in range(len(tokens) - size + 1):
                s, e = tokens[i][0], tokens[i + size - 1][1]
                surface = text[s:e].strip(".,;:’'\"»)*-")
                e = s + len(surface)
                elision = _ELISION_RE.match(surface)
                if elision:  # "L’attaque", "d’Hassaké": the article is not part of the name
                    surface = surface[elision.end():]
                    s += elision.end()
                if not surface or not self._plausible_surface(surface):
                    continue
                # Spelling variants (skeleton matches) only for a whole one-word run: trying
                # them on every sub-span of every capitalised run costs more than it finds.
                loose = len(tokens) == 1 and len(surface) >= 5
                places, _exact = self._lookup(surface, "gazetteer", area, None, loose=loose)
                if not places or not self._notable(places[0]):
                    continue
                # An all-capitals word (an acronym: SANA, MFA) only names a country.
                if surface.isupper() and len(surface) > 2 and places[0].feature != "PCLI":
                    continue
                return s, e
        return None


def focus_countries(mentions: Sequence[PlaceMention]) -> list[str]:
    """Countries the document is about, most mentioned first."""
    votes = Counter(m.place.country_code for m in mentions if m.place.country_code)
    return [cc for cc, _n in votes.most_common()]


def with_place(mention: PlaceMention, place: Place) -> PlaceMention:
    return replace(mention, place=place)
