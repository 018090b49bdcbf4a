"""Place names in a document, resolved with the whole document as context.

Mentions come from three finders, merged (longer spans win, NER spans before gazetteer-only
spans): spaCy NER (GPE/LOC/FAC in English, LOC in French), a scan of capitalised word runs
against the gazetteer (exact keys only, notable places only, never inside a person or
organisation name or an actor's name), and demonyms/adjectives ("Syrian" -> Syria).  Around
them: a place opening or closing an organisation's name, an organisation or a listed "person"
that is just a place's name, NER spans cut short, dotted abbreviations and initials (U.S.,
B.C.); a gazetteer-only word is never a word the document also writes in lower case, and a
lone sentence opener or a part of a longer name only counts when it names an area.
Resolution runs twice: once alone, then again with the countries and first-level areas the
rest of the document names as context, so "Tripoli" in an article about Lebanon lands in
Lebanon and "Paris" in one that names Texas in Texas; a name of places in several countries is
then read in the country its own sentence names (:mod:`geo.extract.sentence_countries`: "les
attentats au Liban qui ont frappé Tripoli").  The candidate spans are
:mod:`geo.extract.place_spans`' (:class:`PlaceFinder`'s base class), the reading by neighbouring
names :mod:`geo.extract.place_neighbours`'.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from geo.errors import InvalidInputError
from geo.extract import nlp
from geo.extract.area_names import ADMIN1, containing_area, named_as_area
from geo.extract.back_to_back import back_to_back_names
from geo.extract.date_patterns import CALENDAR_WORDS
from geo.extract.demonyms import demonym_regex
from geo.extract.home_namesakes import read_at_home, told_as_front
from geo.extract.organisation_heads import organisation_heads
from geo.extract.place_neighbours import read_with_neighbours, within_named_areas
from geo.extract.place_spans import SpanFinder, _Span
from geo.extract.sentence_countries import read_in_sentence_countries
from geo.features import COUNTRY_FEATURES, is_notable
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.ranking import CONTEXT_WEIGHT
from geo.models import Place

#: languages whose place names are looked up exactly (no spelling variants)
EXACT_LANGUAGES = frozenset({"en"})
#: score bonus of a place in a first-level area the rest of the document names (or names a
#: place in): "Paris" in an article that names Texas is Paris, Texas
REGION_WEIGHT = 2.0
#: the share of the rest of the document's country votes a weak match's country needs (a weak
#: match: a spelling variant, a small place, a tentative NER span)
CONTEXT_SHARE = 0.15
#: NER labels of a people, a faith or a party ("Shiite residents", "Sunni rebels"): a name the gazetteer
#: scan alone finds there is a place only when it is exactly a notable place's (a small model reads
#: "Aleppo" as a group too; a demonym is read by its own finder)
GROUP_LABELS = frozenset({"NORP"})
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|km|kilometers|kilometres|miles)"
    r"\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"|(?:au\s+|à\s+l['’]\s*)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+(?:la\s+ville\s+)?(?:de\s+|d['’]\s*)?|d['’]\s*))$",
    re.I,
)
#: an abbreviation written with periods ("U.S.", "B.C."): its final period is part of the name
_INITIALS_RE = re.compile(r"[A-Z]{3,4}|(?:[A-Z]\.){2,4}")
_WORDS_RE = re.compile(r"[^\W\d_][\w'’-]*")


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


class _Ranges:
    """Half-open ranges ``[x, y)``: whether any overlaps ``[a, b)``, without scanning them all
    (long articles have tens of thousands of names)."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._items = sorted(ranges)
        self._longest = max((y - x for x, y in self._items), default=0)

    def add(self, x: int, y: int) -> None:
        insort(self._items, (x, y))
        self._longest = max(self._longest, y - x)

    def overlaps(self, a: int, b: int) -> bool:
        # only a range starting after a - longest can end after a; only one starting before b
        # can start before b
        lo = bisect_left(self._items, (a - self._longest,))
        hi = bisect_left(self._items, (b,))
        return any(y > a for _x, y in self._items[lo:hi])



class PlaceFinder(SpanFinder):
    """Finds and resolves places; holds the gazetteer and the NER pipelines (load once)."""

    def __init__(self, gazetteer: Gazetteer, *, use_ner: bool = True) -> None:
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self._demonym_re, self._demonyms = demonym_regex()
        self._country_cache: dict[str, Place | None] = {}
        self._country_words: dict[str, bool] = {}

    # -- finding spans ------------------------------------------------------------------
    def ner_doc(self, text: str, lang: str) -> nlp.Entities | None:
        """The text's named entities (spaCy given bounded pieces: see :func:`nlp.entities`)."""
        if not self.use_ner:
            return None
        pipe = nlp.pipeline(lang)
        return nlp.entities(pipe, text) if pipe is not None else None

    # -- resolving ----------------------------------------------------------------------
    def _country(self, iso: str) -> Place | None:
        if iso not in self._country_cache:
            self._country_cache[iso] = self.gazetteer.country(iso)
        return self._country_cache[iso]

    def _lookup(
        self, surface: str, method: str, area: str | None, context: dict[str, float] | None, loose: bool = True,
        limit: int = 15, folding: bool = True,
    ) -> tuple[list[Place], bool]:
        """Ranked candidates and whether they matched exactly (not by a transliteration variant
        or by skeleton).  ``folding``: a transliteration variant of the name (its folded key,
        ``geo.gazetteer.folding``) is tried in every language; ``loose``: then a near spelling
        of a notable place."""
        try:
            found = self.gazetteer.candidates(surface, context=context, loose=False, limit=limit)
            exact = bool(found)
            if not found and method in ("ner", "gazetteer"):
                # both kinds of variant, best scored first (a notable near spelling may outrank a
                # hamlet of the same vowel pattern)
                variants = (self.gazetteer.candidates(surface, context=context, loose="folded", limit=limit)
                            if folding else [])
                if loose:
                    variants += self.gazetteer.candidates(surface, context=context, loose="notable", limit=limit)
                found = sorted({_identity(p): p for p in sorted(variants, key=lambda p: p.score)}.values(),
                               key=lambda p: (-p.score, p.name))[:limit]
        except InvalidInputError:
            return [], False
        if not found and method == "ner" and _INITIALS_RE.fullmatch(surface):
            # an abbreviation NER read as a place: "NSW", "B.C.", "DRC"
            weight = dict(context or {})
            found = sorted(self.gazetteer.by_initials(surface),
                           key=lambda p: -(p.score + CONTEXT_WEIGHT * weight.get(p.country_code, 0.0)))
            exact = bool(found)
        if area:
            areas = [p for p in found if p.feature == "ADM1"]
            if not areas and found and area == ADMIN1:  # known by another name: the one its city lies in
                areas = [a for a in [containing_area(self.gazetteer, found[0])] if a is not None]
            if areas:
                found = areas + [p for p in found if p.feature != "ADM1"]
        return found, exact

    def close_variants(self, surface: str, context: dict[str, float],
                       areas: Collection[tuple[str, str]] = ()) -> frozenset[tuple]:
        """The identities of the places one of whose names is a *close* transliteration variant
        of ``surface``, its vowels agreeing too (``Gazetteer.candidates(loose="close")``):
        "Maskaneh" -> Syria's Maskanah, not Algeria's larger Meskiana.  Where the document names
        first-level areas of a place's country (``areas``: country, area name), only a place
        inside one of them: "al-Maleh" in an article about Aleppo is no village of As-Suwayda."""
        try:
            found = self.gazetteer.candidates(surface, context=context, loose="close", limit=30)
        except InvalidInputError:
            return frozenset()
        named = {cc for cc, _area in areas}
        return frozenset(_identity(p) for p in found
                         if p.country_code not in named or (p.country_code, p.admin1) in areas)

    @staticmethod
    def _notable(place: Place) -> bool:
        # the gazetteer's spelling-variant lookup (loose="notable") keeps the same places
        return is_notable(place.feature, place.population, place.source)

    def _namesake_at_home(self, surface: str, places: list[Place], context: dict[str, float], inexact: set[int],
                          start: int) -> list[Place]:
        """A name only small places match exactly, ranked for a document about other countries:
        a notable place in a country the document names more, whose name the name transliterates
        (``Gazetteer.folded_variants``), comes first ("Arbin" in an article about Syria is its
        ‘Irbīn, not a French village of 800); its start then counts as a spelling variant's."""
        share = context.get(places[0].country_code, 0.0)
        home = [p for p in self.gazetteer.folded_variants(surface, context=context)
                if self._notable(p) and context.get(p.country_code, 0.0) >= CONTEXT_SHARE and context.get(p.country_code, 0.0) > share]
        if not home:
            return places
        inexact.add(start)
        return home + places

    def find(self, text: str, lang: str, doc: Any | None = None) -> list[PlaceMention]:
        """Every resolved place mention in ``text``, in text order."""
        if doc is None:
            doc = self.ner_doc(text, lang)
        spans, blocked = self._spans(text, lang, doc)
        # each name of a list scraped of its commas ("in Damascus Aleppo and Idleb": back_to_back)
        spans += [_Span(s, e, "gazetteer") for s, e in back_to_back_names(text, self._well_known, self._names_country)]
        blocked += organisation_heads(text, lang)  # "selon l'Observatoire" (geo.extract.organisation_heads)
        # Words the document also writes in lower case are common words ("She", "Health", "Police"
        # open sentences), and calendar words ("Jul", "Mon", "Ramadan") are dates: never a place
        # when only the gazetteer scan finds them.
        common = (_stop_words(lang) | CALENDAR_WORDS
                  | {w for w in _WORDS_RE.findall(text) if w[:1].islower()})
        # Spelling variants (skeleton matches) bridge transliterations in other languages'
        # press ("Hassaké", "Qamichli"); English spellings are GeoNames' own names, and there a
        # near miss is mostly another place ("Jiangsu" -> Jieyang, "Sumatra" -> Sumter).
        spelling = lang not in EXACT_LANGUAGES
        taken = _Ranges()
        blocked = _Ranges(blocked)
        groups = _Ranges((e.start_char, e.end_char) for e in (doc.ents if doc is not None else ())
                         if e.label_ in GROUP_LABELS)
        grouped: set[int] = set()  # starts of the gazetteer-only names NER reads as a group
        raw: list[tuple[_Span, str, bool, bool]] = []

        def overlaps(a: int, b: int, ranges: _Ranges) -> bool:
            return ranges.overlaps(a, b)

        order = {"ner": 0, "demonym": 1, "gazetteer": 2}
        named_by: Counter[str] = Counter()  # the countries of demonyms in names ("Syrian Observatory")
        for span in sorted(spans, key=lambda s: (order[s.method], -(s.end - s.start), s.start)):
            if overlaps(span.start, span.end, taken) or overlaps(span.start, span.end, blocked):
                if span.method == "demonym" and not overlaps(span.start, span.end, taken):
                    named_by[self._demonyms.get(text[span.start:span.end], "")] += 1
                continue
            before = text[max(0, span.start - 45):span.start]
            area = named_as_area(text, span.start, span.end)
            reference = bool(_REFERENCE_BEFORE_RE.search(before))
            if span.method == "demonym":
                iso = self._demonyms.get(text[span.start:span.end])
                if iso and self._country(iso) is not None:
                    taken.add(span.start, span.end)
                    raw.append((span, iso, area, reference))
                continue
            found = self._match(text, span, area, common, spelling)
            if found is None:
                continue
            s, e = found
            if e > span.end and (overlaps(s, e, taken) or overlaps(s, e, blocked)):
                e = span.end  # not extended over another name
            taken.add(s, e)
            if (s, e) != (span.start, span.end):  # a part of the run: the words next to it say if it is an area
                area = named_as_area(text, s, e)
            # a leading part of a longer NER span (_match) is as tentative as a misread person
            tentative = span.tentative or (span.method == "ner" and e < span.end)
            raw.append((_Span(s, e, span.method, tentative), text[s:e], area, reference))
            if span.method == "gazetteer" and overlaps(s, e, groups):
                grouped.add(s)
        # Pass 1: resolve alone; exact, notable matches vote for the document's countries and
        # first-level areas (counted per name, so that a name cannot vote for its own reading).
        first: list[tuple[_Span, str, list[Place], bool, bool, bool]] = []
        votes: dict[str, Counter[str]] = {}
        regions: dict[str, Counter[tuple[str, str]]] = {}
        listed_by: dict[str, Counter[str]] = {}
        inexact: set[int] = set()  # starts of the names matched as spelling variants
        small: set[int] = set()  # starts of the names matched exactly, only by small places
        for span, surface, area, reference in raw:
            if span.method == "demonym":
                country = self._country(surface)
                places, exact = ([country], True) if country else ([], False)
            else:
                places, exact = self._lookup(surface, span.method, area, None, loose=spelling)
            if not places:
                continue
            strong = exact and self._notable(places[0])
            if span.start in grouped and not strong:
                continue  # "Shiite" folds like a Syrian village's name (but "Aleppo" read as a group stays)
            first.append((span, surface, places, area, reference, strong))
            if not exact:
                inexact.add(span.start)
            elif not strong and span.method != "demonym":
                small.add(span.start)
            if strong and places[0].country_code:
                top = places[0]
                votes.setdefault(surface, Counter())[top.country_code] += 2 if top.feature == "PCLI" else 1
                if top.admin1 and top.feature not in COUNTRY_FEATURES:
                    regions.setdefault(surface, Counter())[(top.country_code, top.admin1)] += 1
                if top.feature == "ADM1":
                    listed_by.setdefault(surface, Counter())[top.country_code] += 1
        # an organisation or actor named after a country ("the Syrian Observatory") tells what the
        # document is about, as context only (one vote each; no name of it is a place)
        votes[""] = Counter({cc: n for cc, n in named_by.items() if cc and self._country(cc) is not None})
        all_votes = sum(votes.values(), Counter())
        all_regions = sum(regions.values(), Counter())
        all_listed = sum(listed_by.values(), Counter())
        # Pass 2: re-rank with the countries and first-level areas the rest of the document
        # names; a weak match (loose, or a small place) is kept only inside a country the
        # document is about.
        ranked: list[list[Place]] = []
        contexts: list[dict[str, float]] = []
        areas: list[set[tuple[str, str]]] = []  # the first-level areas the rest of the document names
        for span, surface, places, area, _reference, _strong in first:
            others = all_votes - votes.get(surface, Counter())
            total = sum(others.values())
            context = {cc: n / total for cc, n in others.items()} if total else {}
            if span.method != "demonym" and len(places) > 1:
                again = self._lookup(surface, span.method, area, context, loose=spelling, limit=30)[0]
                places = again or places
                near = all_regions - regions.get(surface, Counter())
                listed = all_listed - listed_by.get(surface, Counter())
                if near or listed:
                    # a place in an area named elsewhere, or an area where others of its kind are
                    # named ("Wyoming" in a list of states is the state, not Wyoming, Ohio)
                    def rank(p: Place, area: str | None = area, near=near, listed=listed) -> tuple[bool, float]:
                        local = ((p.country_code, p.admin1) in near
                                 or (p.feature == "ADM1" and p.country_code in listed))
                        return not (area and p.feature == "ADM1"), -(p.score + REGION_WEIGHT * local)

                    places = sorted(places, key=rank)
            if span.method != "demonym" and span.start not in inexact:  # a town abroad, its namesake at home
                at_home = read_at_home(places, context, all_regions - regions.get(surface, Counter()),
                                       least_share=CONTEXT_SHARE, front=told_as_front(text, span.start, span.end))
                if at_home[0] is not places[0]:
                    inexact.add(span.start)  # checked as a variant is against the city its sentence puts it in
                places = at_home
            if span.start in small:
                places = self._namesake_at_home(surface, places, context, inexact, span.start)
            ranked.append(places)
            contexts.append(context)
            areas.append(set(all_regions - regions.get(surface, Counter())))
        # a name of several countries' places read in the country its sentence names (sentence_countries)
        read_in_sentence_countries(text, [entry[0].start for entry in first], ranked,
                                   [entry[5] and entry[0].method != "demonym" and entry[2][0].feature in COUNTRY_FEATURES
                                    for entry in first])
        read_with_neighbours(text, [entry[0] for entry in first], ranked, [entry[5] for entry in first])
        mentions: list[PlaceMention] = []
        for (span, surface, _places, area, reference, strong), places, context, named in zip(
                first, ranked, contexts, areas, strict=True):
            close = self.close_variants(surface, context, named) if span.start in inexact else frozenset()
            best = kept_reading(places, context, inexact=span.start in inexact, strong=strong and not span.tentative,
                                spelling=spelling, close=close)
            if best is None:
                continue
            confidence = {"ner": 0.85, "gazetteer": 0.7, "demonym": 0.6}[span.method]
            if not strong:
                confidence *= 0.75
            if len(places) > 1 and places[1].score > best.score - 1.0 and best.source != "user":
                confidence *= 0.8
            mentions.append(PlaceMention(
                text=text[span.start:span.end], start=span.start, end=span.end, place=best,
                method=span.method, confidence=round(min(confidence, 0.99), 3), area=bool(area),
                reference=reference,
            ))
        candidates = {entry[0].start: places for entry, places in zip(first, ranked, strict=True)}
        return within_named_areas(text, sorted(mentions, key=lambda m: m.start), inexact, candidates)


def kept_reading(places: list[Place], context: dict[str, float], *, inexact: bool, strong: bool,
                 spelling: bool, close: Collection[tuple] = ()) -> Place | None:
    """The reading of a name :meth:`PlaceFinder.find` keeps of its ranked ``places``, or ``None``:
    a weak one (not ``strong``: loose, or a small place) only inside a country the document is
    about (``context``)."""
    best = places[0]
    if spelling and inexact and context.get(best.country_code, 0.0) < CONTEXT_SHARE:
        # a spelling variant in another language's press is read in a country the document
        # is about: French "Qousseir" is Syria's Al Quşayr, not Algiers, one of whose old
        # names folds alike
        best = next((p for p in places if context.get(p.country_code, 0.0) >= CONTEXT_SHARE), best)
    if close and inexact:
        # a close variant, its vowels agreeing too (``close``: the identities of
        # :meth:`PlaceFinder.close_variants`), in a country the document is about comes first; in
        # English (GeoNames' own spellings, where a near miss is mostly another place) only it is
        # read there: "Maskaneh" in an article about Syria is its Maskanah, not Algeria's
        # Meskiana, and "Ziyareh", "Ziyaré" its Az Ziyārah, not Izra‘ (larger, folding alike)
        best = next((p for p in places if context.get(p.country_code, 0.0) >= CONTEXT_SHARE
                     and _identity(p) in close), best)
    if not strong and context.get(best.country_code, 0.0) < CONTEXT_SHARE:
        return None
    return best


def _identity(place: Place) -> tuple:
    return place.source, place.geonameid, place.name, place.lat, place.lon


@lru_cache(maxsize=4)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` (none for a language spaCy has no list for)."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def mention_precision(m: PlaceMention) -> str:
    """How precise a mention's place is, "admin1" for a first-level area named as such."""
    if m.area and m.place.feature == "ADM1":
        return "admin1"
    return m.place.precision
