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
Lebanon and "Paris" in one that names Texas in Texas.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from geo.errors import InvalidInputError
from geo.extract import nlp
from geo.extract.actors import find_actors
from geo.extract.area_names import ADMIN1, containing_area, named_as_area
from geo.extract.settlements import settlement_named
from geo.features import AREA_FEATURES, CITY_POPULATION, COUNTRY_FEATURES, is_notable
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.ranking import CONTEXT_WEIGHT
from geo.gazetteer.sources import country_names
from geo.models import Place, haversine_km

#: languages whose place names are looked up exactly (no spelling variants)
EXACT_LANGUAGES = frozenset({"en"})
NER_LABELS = {"en": {"GPE", "LOC", "FAC"}, "fr": {"LOC"}}
BLOCKING_LABELS = {"PERSON", "PER", "ORG"}
#: score bonus of a place in a first-level area the rest of the document names (or names a
#: place in): "Paris" in an article that names Texas is Paris, Texas
REGION_WEIGHT = 2.0
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
#: what an attack hits is a place ("warplanes bombed X", "ont pilonné X")
_STRUCK_BEFORE_RE = re.compile(r"\b(?:bombed|bombing|shelled|shelling|struck|pounded|pounding|targeted|targeting|bombardé|pilonné)\s+$", re.I)
#: a name whose possessive qualifies a part of an area is a place ("X's eastern suburbs", "Xs outskirts")
_AREA_POSSESSIVE_AFTER_RE = re.compile(
    r"(?:['’]s|['’]|s)?\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|rural|old)\s+)?"
    r"(?:outskirts|suburbs?|countryside|districts?|neighbou?rhoods?|province|governorate|old city|"
    r"city cent(?:re|er)|airport|airbase)\b", re.I)
_ELISION_RE = re.compile(r"^[A-Za-z]['’]")
#: an abbreviation written with periods ("U.S.", "B.C."): its final period is part of the name
_INITIALS_RE = re.compile(r"[A-Z]{3,4}|(?:[A-Z]\.){2,4}")
#: what may continue a place name past an NER span: "-Bissau", " do Sul", " and Kashmir", " City"
_CONTINUATION_RE = re.compile(
    r"(?:-|\s+(?:(?:do|da|de|del|das|dos|and|et)\s+)?)([A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)?")
_OF_AFTER_RE = re.compile(r"\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?[A-Z]")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){2,}$")
#: what comes just before a sentence's first word
_SENTENCE_START_RE = re.compile(r"(?:^|\n\s*|[.!?:]\s*[\"“«]?\s*|[\"“«]\s*)$")
_WORDS_RE = re.compile(r"[^\W\d_][\w'’-]*")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|la|le|les|l['’])\s*", re.I)
#: a country (or a dependency), not a continent
_COUNTRIES = COUNTRY_FEATURES - {"CONT"}


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
    def ner_doc(self, text: str, lang: str) -> nlp.Entities | None:
        """The text's named entities (spaCy given bounded pieces: see :func:`nlp.entities`)."""
        if not self.use_ner:
            return None
        pipe = nlp.pipeline(lang)
        return nlp.entities(pipe, text) if pipe is not None else None

    def _spans(self, text: str, lang: str, doc: Any | None) -> tuple[list[_Span], list[tuple[int, int]]]:
        candidates: list[_Span] = []
        # a multiset: an organisation's span is taken out whole, a person's once
        blocked: Counter[tuple[int, int]] = Counter((a.start, a.end) for a in find_actors(text))
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
                    while (end > start and text[end - 1] in ".,;:’'\"»)*"
                           and not _DOTTED_RE.search(text[start:end])):
                        end -= 1
                    possessive = _POSSESSIVE_RE.search(text, start, end)
                    if possessive:  # "Hong Kong's Health Secretary"
                        end = possessive.start()
                    if end > start:
                        candidates.append(_Span(start, end, "ner"))
                elif ent.label_ in BLOCKING_LABELS:
                    blocked[(ent.start_char, ent.end_char)] += 1
                    if (_LOCATIVE_BEFORE_RE.search(text[max(0, ent.start_char - 12):ent.start_char])
                            or _STRUCK_BEFORE_RE.search(text[max(0, ent.start_char - 16):ent.start_char])
                            or _AREA_POSSESSIVE_AFTER_RE.match(text, ent.end_char)):
                        persons.append((ent.start_char, ent.end_char))
                    elif ent.label_ != "ORG" and self._listed_area(text, ent.start_char, ent.end_char):
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
                blocked.pop((start, end), None)
                blocked[(start, m.start(1))] += 1
            # ... and so is a well-known place that opens or closes its name ("U.S. Centers for
            # Disease Control", "Kentucky State Police", "CBC Toronto").
            part = self._org_part(text, start, end, whole=True)
            if part is not None:
                candidates.append(_Span(part[0], part[1], "gazetteer"))
                blocked.pop((start, end), None)
                blocked.update(r for r in ((start, part[0]), (part[1], end)) if r[1] > r[0])
        # A "person" or "organisation" right after a locative preposition ("à Hassaké", "in
        # Homs") is tried as a place: small NER models often mislabel unfamiliar place names.
        for span in persons:
            blocked[span] -= 1
            candidates.append(_Span(span[0], span[1], "gazetteer"))
        return candidates, list(blocked.elements())

    def _listed_area(self, text: str, start: int, end: int) -> bool:
        """A "person" in a list ("Guinea-Bissau, Niger and Togo") whose name is exactly a
        country's, a continent's or a first-level area's."""
        before, after = text[max(0, start - 2):start], text[end:end + 5]
        if not (before.endswith((", ", "; ")) or re.match(r"(?:,|;|\s+(?:and|or|et|ou)\s)", after)):
            return False
        try:
            found = self.gazetteer.candidates(text[start:end], loose=False, limit=1)
        except InvalidInputError:
            return False
        return bool(found) and found[0].feature in AREA_FEATURES

    def _org_part(self, text: str, start: int, end: int, whole: bool = False) -> tuple[int, int] | None:
        """The longest leading (up to 3 words) or trailing (up to 2 words) part of an
        organisation's name that names a country, a continent, a first-level area, a capital or
        a city of 100,000 people, exactly; with ``whole``, the whole name too (small NER models
        label unfamiliar cities as organisations: "Darfur and Malakal")."""
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        if words and _LEADING_ARTICLE_RE.fullmatch(text[words[0][0]:words[0][1]] + " "):
            words = words[1:]
        n = len(words)
        if not n:
            return None
        spans = [(words[0][0], words[-1][1])] if whole and n <= 3 else []
        spans += [(words[0][0], words[k - 1][1]) for k in range(min(3, n - 1), 0, -1)]
        spans += [(words[n - k][0], words[-1][1]) for k in range(min(2, n - 1), 0, -1)]
        for s, e in spans:
            surface = text[s:e].rstrip(",;:’'\"»)*")
            if not _DOTTED_RE.search(surface):
                surface = surface.rstrip(".")
            if not self._plausible_surface(surface) or surface.lower() in _STOP or "’s" in surface:
                continue
            try:
                found = self.gazetteer.candidates(surface, loose=False, limit=1)
            except InvalidInputError:
                continue
            if found and (found[0].feature in AREA_FEATURES or found[0].feature == "PPLC"
                          or found[0].population >= CITY_POPULATION):
                return s, s + len(surface)
        return None

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

    @staticmethod
    def _notable(place: Place) -> bool:
        # the gazetteer's spelling-variant lookup (loose="notable") keeps the same places
        return is_notable(place.feature, place.population, place.source)

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
        # Words the document also writes in lower case are common words ("She", "Health",
        # "Police" open sentences), never a place when only the gazetteer scan finds them.
        common = _stop_words(lang) | {w for w in _WORDS_RE.findall(text) if w[:1].islower()}
        # Spelling variants (skeleton matches) bridge transliterations in other languages'
        # press ("Hassaké", "Qamichli"); English spellings are GeoNames' own names, and there a
        # near miss is mostly another place ("Jiangsu" -> Jieyang, "Sumatra" -> Sumter).
        spelling = lang not in EXACT_LANGUAGES
        taken = _Ranges()
        blocked = _Ranges(blocked)
        raw: list[tuple[_Span, str, bool, bool]] = []

        def overlaps(a: int, b: int, ranges: _Ranges) -> bool:
            return ranges.overlaps(a, b)

        order = {"ner": 0, "demonym": 1, "gazetteer": 2}
        for span in sorted(spans, key=lambda s: (order[s.method], -(s.end - s.start), s.start)):
            if overlaps(span.start, span.end, taken) or overlaps(span.start, span.end, blocked):
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
            raw.append((_Span(s, e, span.method), text[s:e], area, reference))
        # Pass 1: resolve alone; exact, notable matches vote for the document's countries and
        # first-level areas (counted per name, so that a name cannot vote for its own reading).
        first: list[tuple[_Span, str, list[Place], bool, bool, bool]] = []
        votes: dict[str, Counter[str]] = {}
        regions: dict[str, Counter[tuple[str, str]]] = {}
        listed_by: dict[str, Counter[str]] = {}
        inexact: set[int] = set()  # starts of the names matched as spelling variants
        for span, surface, area, reference in raw:
            if span.method == "demonym":
                country = self._country(surface)
                places, exact = ([country], True) if country else ([], False)
            else:
                places, exact = self._lookup(surface, span.method, area, None, loose=spelling)
            if not places:
                continue
            strong = exact and self._notable(places[0])
            first.append((span, surface, places, area, reference, strong))
            if not exact:
                inexact.add(span.start)
            if strong and places[0].country_code:
                top = places[0]
                votes.setdefault(surface, Counter())[top.country_code] += 2 if top.feature == "PCLI" else 1
                if top.admin1 and top.feature not in COUNTRY_FEATURES:
                    regions.setdefault(surface, Counter())[(top.country_code, top.admin1)] += 1
                if top.feature == "ADM1":
                    listed_by.setdefault(surface, Counter())[top.country_code] += 1
        all_votes = sum(votes.values(), Counter())
        all_regions = sum(regions.values(), Counter())
        all_listed = sum(listed_by.values(), Counter())
        # Pass 2: re-rank with the countries and first-level areas the rest of the document
        # names; a weak match (loose, or a small place) is kept only inside a country the
        # document is about.
        ranked: list[list[Place]] = []
        contexts: list[dict[str, float]] = []
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
            ranked.append(places)
            contexts.append(context)
        _read_with_neighbours(text, [entry[0] for entry in first], ranked, [entry[5] for entry in first])
        mentions: list[PlaceMention] = []
        for (span, _surface, _places, area, reference, strong), places, context in zip(first, ranked, contexts,
                                                                                          strict=True):
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
                method=span.method, confidence=round(min(confidence, 0.99), 3), area=bool(area),
                reference=reference,
            ))
        return _within_named_areas(text, sorted(mentions, key=lambda m: m.start), inexact)

    def _extended(self, text: str, start: int, end: int) -> int:
        """The end of the longest longer name NER cut short ("Guinea|-Bissau", "Rio Grande| do
        Sul", "Jammu| and Kashmir"): the span's end, or a later one the gazetteer knows."""
        m = _CONTINUATION_RE.match(text, end)
        if m is None:
            return end
        for stop in sorted({m.end(1), m.end()}, reverse=True):
            if stop > end:
                try:
                    if self.gazetteer.candidates(text[start:stop], loose=False, limit=1):
                        return stop
                except InvalidInputError:
                    continue
        return end

    def _match(self, text: str, span: _Span, area: str | None, common: frozenset[str] | set[str] = frozenset(),
               spelling: bool = True) -> tuple[int, int] | None:
        """The longest sub-span of a run (or the NER span) that names a gazetteer place.

        A run's single word that the document also writes in lower case, or a stop word, is
        not tried; a part of a longer run ("Bell" in "Taco Bell", "Litchfield" in "Salmonella
        Litchfield") and a lone word opening a sentence ("Police visited…") count only when they
        name a country, a continent or a first-level area."""
        if span.method == "ner":
            surface = text[span.start:span.end]
            if not self._plausible_surface(surface):
                return None
            # no transliteration variant of a word the document writes in lower case or of a
            # demonym ("Syriens", "Vaccins" are no villages)
            folding = surface.lower() not in common and surface not in self._demonyms
            found = self._lookup(surface, "ner", area, None, loose=spelling and folding, folding=folding)[0]
            if found:
                return span.start, self._extended(text, span.start, span.end)
            return None
        tokens = [(m.start() + span.start, m.end() + span.start)
                  for m in re.finditer(r"[^\s]+", text[span.start:span.end])]
        # the run's own words, without an article or a preposition opening it ("A Danbury mason")
        words = len(tokens)
        while words > 1 and text[slice(*tokens[len(tokens) - words])].lower() in common:
            words -= 1
        for size in range(len(tokens), 0, -1):
            for i in range(len(tokens) - size + 1):
                s, e = tokens[i][0], tokens[i + size - 1][1]
                surface = text[s:e].strip(".,;:’'\"»)*-")
                if _DOTTED_RE.search(text[s:s + len(surface) + 1]):
                    surface = text[s:s + len(surface) + 1]
                e = s + len(surface)
                elision = _ELISION_RE.match(surface)
                if elision:  # "L’attaque", "d’Hassaké": the article is not part of the name
                    surface = surface[elision.end():]
                    s += elision.end()
                if not surface or not self._plausible_surface(surface):
                    continue
                if size == 1 and surface.lower() in common:
                    continue
                # a lone word opening a sentence, or heading an "of" phrase ("University of Arizona")
                opener = size == 1 and (_SENTENCE_START_RE.search(text[max(0, s - 4):s]) is not None
                                        or _OF_AFTER_RE.match(text, e) is not None)
                # Spelling variants (skeleton matches) only for a whole one-word run, and
                # transliteration variants only for a whole run: trying them on every sub-span
                # of every capitalised run costs more than it finds.
                loose = spelling and len(tokens) == 1 and len(surface) >= 5
                places, _exact = self._lookup(surface, "gazetteer", area, None, loose=loose,
                                              folding=size == len(tokens) and "\n" not in surface
                                              and not _POSSESSIVE_RE.search(surface))
                # a small place only where the text calls the name a settlement ("the village of X")
                if not places or not (self._notable(places[0]) or settlement_named(text, s)):
                    continue
                # An all-capitals word (an acronym: SANA, MFA) only names a country.
                if surface.isupper() and len(surface) > 2 and places[0].feature != "PCLI":
                    continue
                if (size < words or opener) and places[0].feature not in AREA_FEATURES:
                    continue
                return s, e
        return None


#: what separates the names of a list ("Alberta, Manitoba, Ontario and New Brunswick")
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|&|/)?\s*(?:(?:and|or|et|ou)\s+)?"
                          r"(?:(?:en|au|aux|à|dans|le|la|les)\s+|l['’]\s*)?", re.I)
#: what separates a name from the area or country that qualifies it ("Stroud, Ontario, Canada")
_QUALIFIER_GAP_RE = re.compile(r"\s*,\s*|\s+\(")


def _kind(place: Place) -> str:
    return "country" if place.feature in _COUNTRIES else place.feature if place.feature in (
        "ADM1", "CONT") else "place"


def _inside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in ``area`` (a country or a first-level area), by their codes."""
    if place.country_code != area.country_code or not place.country_code:
        return False
    if area.feature in _COUNTRIES:
        return place.feature not in COUNTRY_FEATURES
    if area.feature == "ADM1":
        return place.feature not in AREA_FEATURES and bool(place.admin1) and place.admin1 == area.admin1
    return False


#: how far after a spelling variant the place that contains it may be named ("X district of Y")
_CONTAINER_WINDOW = 60
#: how far from the city the text puts it in a spelling variant may lie
CONTAINER_KM = 50.0


def _identity(place: Place) -> tuple:
    return place.source, place.geonameid, place.name, place.lat, place.lon


def _within_named_areas(text: str, mentions: list[PlaceMention], inexact: set[int]) -> list[PlaceMention]:
    """The mentions less the spelling variants (``inexact``: their starts) read as a place
    outside the city, first-level area or country the same sentence places them in just after
    ("Al Qousour district of Deir ez-Zor city" is no spelling of a town 300 km away)."""
    return [m for k, m in enumerate(mentions)
            if m.start not in inexact or not _outside(m.place, _container(text, mentions, k, inexact))]


def _container(text: str, mentions: Sequence[PlaceMention], k: int, inexact: set[int]) -> Place | None:
    """The first exactly named place after mention ``k`` in its sentence, within a short gap."""
    for q in mentions[k + 1:]:
        gap = text[mentions[k].end:q.start]
        # one phrase: "X district of Y", "X à Y"; not past a comma or a dash ("X, une ville
        # stratégique – rattachée au Kurdistan d'Irak")
        if len(gap) > _CONTAINER_WINDOW or re.search(r"[.!?;,:()–—]|\s-\s", gap):
            return None
        if q.start not in inexact and q.method != "demonym" and not q.reference:
            return q.place
    return None


def _outside(place: Place, area: Place | None) -> bool:
    if area is None:
        return False
    if area.feature in _COUNTRIES:
        return place.country_code != area.country_code
    if area.feature == "ADM1":
        return not _inside(place, area)
    return haversine_km(place.point, area.point) > CONTAINER_KM


def _read_with_neighbours(text: str, spans: Sequence[_Span], ranked: list[list[Place]],
                          strong: Sequence[bool]) -> None:
    """Re-order candidates (in place) by the names next to each mention.

    - A name qualified by the area or country after it ("Stroud, Ontario, Canada", "Blakely,
      Georgia") is the reading inside a reading of that area; the area takes that reading too.
      Two names of the same kind in a row are a list, not a qualifier ("Russia, U.S. officials").
    - A name in a list of three or more whose other names are (mostly) first-level areas of one
      country, or countries, is read as one of them too ("British Columbia, Alberta, Manitoba,
      Ontario and New Brunswick": the provinces, though the document is about the US)."""
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    # lists: runs of names joined by commas and conjunctions
    groups: list[list[int]] = []
    for k in order:
        if groups and _LIST_GAP_RE.fullmatch(text[spans[groups[-1][-1]].end:spans[k].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        if len(group) < 3:
            continue
        readings = {k: ranked[k][0] for k in group}
        for k in group:
            kinds = Counter((_kind(readings[o]), readings[o].country_code if _kind(readings[o]) == "ADM1" else "")
                            for o in group if o != k and strong[o])
            if not kinds:
                continue
            (kind, cc), n = kinds.most_common(1)[0]
            if n < 2 or n * 2 < len(group) - 1 or kind == "place" or _kind(readings[k]) == kind:
                continue
            same = [p for p in ranked[k] if _kind(p) == kind and (not cc or p.country_code == cc)]
            if same:
                ranked[k] = [same[0]] + [p for p in ranked[k] if p is not same[0]]
    # qualifiers, from the last name of a chain back: the area's own reading settles first
    for pos in range(len(order) - 2, -1, -1):
        k = order[pos]
        for hop in (1, 2):  # "Guildford, Surrey, UK": the country two names on qualifies it too
            if pos + hop >= len(order):
                break
            q = order[pos + hop]
            gap = text[spans[order[pos + hop - 1]].end:spans[q].start]
            if not _QUALIFIER_GAP_RE.fullmatch(gap):
                break
            if _kind(ranked[k][0]) == _kind(ranked[q][0]):
                continue  # two countries or two areas in a row are a list ("Niger, Nigeria and Togo")
            pairs = [(a, b) for b in ranked[q][:5] if _kind(b) in ("country", "ADM1")
                     for a in ranked[k] if _inside(a, b)]
            if pairs:
                a, b = max(pairs, key=lambda pair: pair[0].score + pair[1].score)
                ranked[k] = [a] + [p for p in ranked[k] if p is not a]
                ranked[q] = [b] + [p for p in ranked[q] if p is not b]
                break


@lru_cache(maxsize=4)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` (none for a language spaCy has no list for)."""
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def focus_countries(mentions: Sequence[PlaceMention]) -> list[str]:
    """Countries the document is about, most mentioned first."""
    votes = Counter(m.place.country_code for m in mentions if m.place.country_code)
    return [cc for cc, _n in votes.most_common()]


def with_place(mention: PlaceMention, place: Place) -> PlaceMention:
    return replace(mention, place=place)
