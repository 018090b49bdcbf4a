"""Where a document may name places: the candidate spans of :class:`geo.extract.places.PlaceFinder`.

Three finders (spaCy NER spans, capitalised word runs, demonyms), an organisation or a listed
"person" that is a place's name, NER spans cut short, and which part of a run names a place
(:meth:`SpanFinder._match`); :mod:`geo.extract.places` resolves what they find.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from geo.errors import InvalidInputError
from geo.extract.act_place_names import BLOCKING_LABELS, act_place_entities, misread_act_places, struck_before
from geo.extract.actors import find_actors
from geo.extract.area_owners import AREA_POSSESSIVE_AFTER_RE, area_owners
from geo.extract.glued_sides import glued_side_names
from geo.extract.settlements import INSIDE_AFTER_RE, NAME_HEADS, on_told_side, settlement_named
from geo.extract.speech import SPEECH_VERBS
from geo.features import AREA_FEATURES, CITY_POPULATION, COUNTRY_FEATURES, NOTABLE_FEATURES
from geo.gazetteer.index import Gazetteer
from geo.models import Place

NER_LABELS = {"en": {"GPE", "LOC", "FAC"}, "fr": {"LOC"}}
_CONNECT = r"(?:al|el|ez|es|ed|ad|ar|as|at|az|ash|an|et|de|du|des|la|le|d['’])"
_ARABIC_ARTICLE = r"(?:al|el|ar|as|at|ad|az|ash|an|et|ed|es|ez)-"  # joined to the word: "al-Hawa"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-.]*[\w]|[A-ZÀ-ÖØ-Þ]"
RUN_RE = re.compile(
    rf"(?<![\w’'])(?:{_ARABIC_ARTICLE})?(?:{_WORD})"
    rf"(?:(?:\s|-)(?:(?!(?<=\s)et\s){_CONNECT}(?:\s|-))?(?:{_WORD})){{0,3}}"  # (" et " joins two names: a list)
)
_STOP = frozenset(
    "the a an and or of in on at le la les un une des du de et ou en au aux dans sur "
    "january february march april may june july august september october november december "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche according earlier later thus however president minister ministry state "
    "islamic forces army government official authorities selon".split()
)
_ORG_PLACE_RE = re.compile(rf"(?:\bof|\bde|\bdu|\bd['’])\s*((?:{_WORD})(?:[\s-](?:{_WORD}))?)\s*$|"
                           rf"(?:\bof|\bde|\bdu|\bd['’])\s*((?:{_WORD}))")
_LOCATIVE_BEFORE_RE = re.compile(r"(?:\b(?:à|au|aux|dans|en|de|près de|vers|in|at|near|outside|from|of)\s+"
                                 r"(?:[\w]+-(?:held|controlled|besieged)\s+)?|\bd['’]\s*)$", re.I)
#: French "À" written unaccented at a sentence's start ("A Tal Abyad, un attentat …"): the model reads the
#: capital as a person's initial and the place after it as the person
_CAPITAL_A_BEFORE_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?»]\s))A\s+$")
_ELISION_RE = re.compile(r"^[A-Za-z]['’]")
_IN_BEFORE_RE = re.compile(r"\b(?:in|at|near|à|dans|près\s+de)\s+$", re.I)
#: what may continue a place name past an NER span: "-Bissau", " do Sul", " and Kashmir", " City",
#: an Arabic name's article and next word (" ez-Zor", " al-Zour")
_CONTINUATION_RE = re.compile(
    rf"(?:-|\s+(?:(?:do|da|de|del|das|dos|and|et)\s+)?)((?:{_CONNECT}-)?[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)?")
#: what makes a "person" whose name is a well-known place's a person after all: a title or a
#: first name before it ("President Assad", "Mr Jordan"), a verb of speech after it ("X said")
_TITLE_BEFORE_RE = re.compile(
    r"(?:(?i:\b(?:president|prime minister|minister|king|queen|prince|emir|sheikh|general|gen|colonel|col|"
    r"commander|leader|spokesman|spokeswoman|mr|mrs|ms|dr|m|mme|président|ministre|chef|porte-parole))\.?"
    r"|\b[A-Z][\w’'-]+)\s+$")
_SPEAKS_AFTER_RE = re.compile(rf"(?:['’]s\s+\w+\s+|\s+(?:has|had|have|also)\s+)?\s*{SPEECH_VERBS}\b", re.I)
_OF_AFTER_RE = re.compile(r"\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?[A-Z]")
_POSSESSIVE_RE = re.compile(r"['’]s$")
#: a possessive whose apostrophe scraping stripped, before a name or "capital": "Syrias Raqqa",
#: "Iraqs Anbar", "Syrias capital" (only a country's name counts: :meth:`SpanFinder._country_possessives`)
_STRIPPED_POSSESSIVE_RE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)s\s+(?=[A-Z]|capital\b)")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){2,}$")
#: what comes just before a sentence's first word
_SENTENCE_START_RE = re.compile(r"(?:^|\n\s*|[.!?:]\s*[\"“«]?\s*|[\"“«]\s*)$")
_LEADING_ARTICLE_RE = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)", re.I)  # not "Le|vant"
#: what French NER takes into a name after it: "A| Deraa (sud), …", "l'aéroport international d'|Alep"
_LEADING_PREPOSITION_FR_RE = re.compile(r"^(?:(?:A|À|Au|Aux)\s+|[a-zà-ÿ][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*){0,2}?\s+"
                                        r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*))(?=[A-ZÀ-ÖØ-Þ])")
#: the side of a city French writes joined to its name ("Alep-Est", "Mossoul-Ouest"): the city
_TRAILING_SIDE_FR_RE = re.compile(r"(?<=\w{3})-(?:Est|Ouest|Nord|Sud)$")


#: the most words of a name a country's possessive qualifies that are tried as a place
_POSSESSED_WORDS = 3
#: the most words of an NER place span that no place names whose leading parts are tried
_NER_PART_WORDS = 4


def _word_ends(text: str, start: int, end: int, most: int) -> list[int]:
    """The ends of the first one, two … ``most`` words of ``text[start:end]``."""
    return [start + m.end() for m in re.finditer(r"\S+", text[start:end])][:most]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    method: str
    #: a name NER labelled a person, tried as a place (:meth:`SpanFinder._named_place`): kept only
    #: in a country the rest of the document names
    tentative: bool = False


class SpanFinder:
    """The span-finding methods of :class:`geo.extract.places.PlaceFinder` (its base class),
    which supplies the gazetteer, the demonyms and the lookup (``_lookup``, ``_notable``)."""

    gazetteer: Gazetteer
    _demonyms: dict[str, str]
    _demonym_re: re.Pattern[str]
    #: capitalised words -> whether they name a country ("Syria": yes, "Raqqa": no)
    _country_words: dict[str, bool]

    def _spans(self, text: str, lang: str, doc: Any | None) -> tuple[list[_Span], list[tuple[int, int]]]:
        candidates: list[_Span] = []
        # a multiset: an organisation's span is taken out whole, a person's once
        actors = [(a.start, a.end) for a in find_actors(text)]
        blocked: Counter[tuple[int, int]] = Counter(actors)
        organisations: list[tuple[int, int]] = []
        persons: list[tuple[int, int]] = []
        # "Syrias Raqqa": the country, then the name its possessive qualifies, whatever NER made of both
        possessives = self._country_possessives(text)
        possessed = {name_start for _end, name_start in possessives.values()}  # "Syrias |Quneitra"
        for start, (country_end, _name_start) in possessives.items():
            candidates.append(_Span(start, country_end, "ner"))
        if doc is not None:
            labels, (ents, act_places) = NER_LABELS.get(lang, {"GPE", "LOC", "FAC"}), act_place_entities(text, doc.ents)
            for ent in ents:
                if ent.start_char in possessives and ent.end_char <= possessives[ent.start_char][1]:
                    continue  # the possessive alone ("Syrias" read as an organisation): the country
                if ent.start_char in possessives and possessives[ent.start_char][1] < ent.end_char:
                    start, end = possessives[ent.start_char][1], ent.end_char
                    if ent.label_ in labels:
                        candidates.append(_Span(start, end, "ner"))
                    else:  # "Syrias Raqqa" read as an organisation: the name, or its first words
                        # ("Syrias Raqqa Local reports"), is tried as a place
                        candidates.extend(_Span(start, stop, "gazetteer")
                                          for stop in _word_ends(text, start, end, _POSSESSED_WORDS))
                    continue
                if ent.label_ in labels:
                    start, end = ent.start_char, ent.end_char
                    lead = _LEADING_ARTICLE_RE.match(text[start:end])
                    if lead and lead.end() < end - start:
                        start += lead.end()
                    lead = _LEADING_PREPOSITION_FR_RE.match(text[start:end]) if lang == "fr" else None
                    if lead and lead.end() < end - start:
                        start += lead.end()
                    side = _TRAILING_SIDE_FR_RE.search(text, start, end) if lang == "fr" else None
                    if side:
                        end = side.start()
                    while (end > start and text[end - 1] in ".,;:’'\"»)*"
                           and not _DOTTED_RE.search(text[start:end])):
                        end -= 1
                    possessive = _POSSESSIVE_RE.search(text, start, end)
                    if possessive:  # "Hong Kong's Health Secretary"
                        end = possessive.start()
                    line_break = text.find("\n", start, end)
                    if line_break != -1:  # no name runs over a line ("Combats en Syrie\n\nVendredi")
                        end = len(text[start:line_break].rstrip()) + start
                    if end > start:
                        candidates.append(_Span(start, end, "ner"))
                elif lang == "fr" and ent.label_ == "PER" and _CAPITAL_A_BEFORE_RE.search(text, max(0, ent.start_char - 4), ent.start_char):
                    candidates.append(_Span(ent.start_char, ent.end_char, "ner"))  # "A Tal Abyad, …" (see the regex)
                elif ent.label_ in BLOCKING_LABELS:
                    blocked[(ent.start_char, ent.end_char)] += 1
                    struck = struck_before(text, ent.start_char)  # "ont bombardé X", "plusieurs villes, dont X"
                    placed = bool(_LOCATIVE_BEFORE_RE.search(text[max(0, ent.start_char - 40):ent.start_char])
                                  or ent.start_char in possessed or struck
                                  or AREA_POSSESSIVE_AFTER_RE.match(text, ent.end_char)
                                  or self._named_inside(text, ent.start_char, ent.end_char))
                    village = (self._struck_village(text, ent.start_char, ent.end_char, True, not placed and not
                                                    self._named_place(text, ent.start_char, ent.end_char))
                               if (ent.start_char, ent.end_char) in act_places else [])  # "In A, …", "strikes on A and B"
                    candidates.extend(village)
                    blocked[(ent.start_char, ent.end_char)] -= bool(village) and not placed
                    if placed:
                        persons.append((ent.start_char, ent.end_char))
                        if struck and ent.label_ != "ORG":
                            candidates.extend(self._struck_village(text, ent.start_char, ent.end_char))
                    elif ent.label_ != "ORG" and self._listed_area(text, ent.start_char, ent.end_char):
                        persons.append((ent.start_char, ent.end_char))
                    elif self._named_place(text, ent.start_char, ent.end_char):
                        blocked[(ent.start_char, ent.end_char)] -= 1
                        # (an organisation named after a city is the city's: see _org_part)
                        candidates.append(_Span(ent.start_char, ent.end_char, "ner",
                                                tentative=ent.label_ != "ORG"))
                    elif ent.label_ == "ORG":
                        organisations.append((ent.start_char, ent.end_char))
            for start, end in misread_act_places(text, ents, act_places):  # "pounded rebel-held Taftanaz" (a work of art)
                candidates.extend(self._struck_village(text, start, end, True))
        candidates.extend(_Span(m.start(), m.end(), "gazetteer") for m in RUN_RE.finditer(text))
        candidates.extend(_Span(m.start(), m.end(), "demonym") for m in self._demonym_re.finditer(text))
        candidates.extend(_Span(s, e, "gazetteer") for s, e in glued_side_names(text))  # "Kobani|north Syria"
        candidates.extend(_Span(s, e, "ner") for s, e in area_owners(text, self._well_known))  # "Hama|'s countryside"
        # A place named inside an organisation after "of"/"de"/"d’" is still a place
        # ("Technical Institute of Hasakah", "l’Institut technique d’Hassaké").
        for start, end in organisations:
            if any(a < end and start < b for a, b in actors):
                continue  # a known armed group's name ("Front Fateh al-Cham") holds no place
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
        # Homs", "in rebel-held Khan Sheikhoun") is tried as a place: small NER models often mislabel unfamiliar place names.
        for span in persons:
            blocked[span] -= 1
            candidates.append(_Span(span[0], span[1], "gazetteer"))
        return candidates, list(blocked.elements())

    def _country_possessives(self, text: str) -> dict[int, tuple[int, int]]:
        """Where a country's possessive stripped of its apostrophe stands before a name ("Syrias
        Raqqa", "Iraqs Anbar province"): its start -> (the country name's end, the name's start)."""
        found: dict[int, tuple[int, int]] = {}
        for m in _STRIPPED_POSSESSIVE_RE.finditer(text):
            if self._country_after(text, m.start(1), m.end(1)):
                found[m.start()] = (m.end(1), m.end())
        return found

    def _named_place(self, text: str, start: int, end: int) -> bool:
        """A "person" or "organisation" whose whole name is, exactly, a first-level area's, a
        capital's (national or first-level) or a city of 100,000 people ("Hama", "Quneitra":
        small NER models read unfamiliar place names as persons), unless a title or a first name
        stands before it or a verb of speech after it ("President Assad", "Jordan said")."""
        surface = text[start:end]
        return (self._plausible_surface(surface) and len(surface.split()) <= 3 and not surface.isupper()
                and not _TITLE_BEFORE_RE.search(text[max(0, start - 30):start])
                and not _SPEAKS_AFTER_RE.match(text, end) and self._well_known(surface))

    def _well_known(self, surface: str) -> bool:
        """Whether ``surface`` is exactly the name of a first-level area, a capital (national or
        first-level) or a city of 100,000 people: a name no small place or person shares often."""
        try:
            found = self.gazetteer.candidates(surface, loose=False, limit=5)
        except InvalidInputError:
            return False
        return any(p.feature in NOTABLE_FEATURES or p.population >= CITY_POPULATION for p in found)

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

    def _struck_village(self, text: str, start: int, end: int, exact_only: bool = False,
                        notable: bool = False) -> list[_Span]:
        """What an attack hits, read as a person ("attacked Tel Abyad"): when no notable place has
        that very name (the word scan finds those; or ``notable``), any place of that name or spelling
        variant (``exact_only``: that whole name), as a tentative NER span (kept in a country named)."""
        possessive = _POSSESSIVE_RE.search(text, start, end)
        end = self._extended(text, start, possessive.start() if possessive else end)  # "Tal| Abyad"
        try:
            exact = self.gazetteer.candidates(text[start:end], loose=False, limit=1)
        except InvalidInputError:
            return []
        if (exact_only and not exact) or (exact and self._notable(exact[0]) and not notable):
            return []
        return [_Span(start, end, "ner", tentative=True)]

    def _country_after(self, text: str, end: int, stop: int) -> bool:
        """Whether ``text[end:stop]`` is only a country's name, set after a place's name without a
        comma in scraped text ("Tabqa Syria", "Deir ez-Zor Syria")."""
        return self._names_country(text[end:stop].strip())

    def _names_country(self, word: str) -> bool:
        """Whether the capitalised ``word`` is exactly a country's name."""
        if not word or not word[:1].isupper():
            return False
        if word not in self._country_words:
            places, exact = self._lookup(word, "ner", None, None, loose=False, folding=False)
            self._country_words[word] = exact and bool(places) and places[0].feature in COUNTRY_FEATURES
        return self._country_words[word]

    def _stripped_country_possessive(self, surface: str) -> bool:
        """Whether one word is a country's possessive whose apostrophe scraping stripped ("Syrias
        civil war", "Turkeys border"): the country's, never a village of a near spelling."""
        return len(surface) > 4 and surface.endswith("s") and " " not in surface and self._names_country(surface[:-1])

    def _named_inside(self, text: str, start: int, end: int) -> bool:
        """A "person" or "organisation" the text puts in its place's first-level area ("KafrTakharim in Idlib")."""
        if INSIDE_AFTER_RE.match(text, end) is None or not self._plausible_surface(text[start:end]):
            return False
        found, exact = self._lookup(text[start:end], "gazetteer", None, None, loose=False)
        return bool(found) and self._placed_inside(text, end, found[0], "" if exact else text[start:end])

    def _placed_inside(self, text: str, end: int, place: Place, variant: str = "") -> bool:
        """Whether the text puts the small ``place`` named up to ``end`` (a spelling ``variant``: or one of its
        close variants) inside or by a notable place of its own first-level area ("KafrTakharim in Idlib")."""
        m = INSIDE_AFTER_RE.match(text, end)
        if m is None or not place.admin1:  # else a side of its country in brackets ("X (nord-ouest)")
            return on_told_side(text, end, place, self.gazetteer.country(place.country_code))
        try:
            found = self.gazetteer.candidates(m.group(1), loose=False, limit=3)
            places = [place, *(self.gazetteer.candidates(variant, loose="close", limit=5) if variant else ())]
        except InvalidInputError:
            return False
        return any(p.country_code == q.country_code and p.admin1 == q.admin1
                   and (p.feature in AREA_FEATURES or self._notable(p)) for p in found for q in places)

    def _notable_before_country(self, text: str, start: int, end: int, stop: int) -> bool:
        """Whether ``text[start:end]`` names a notable place (:func:`geo.features.is_notable`)
        and only a country's name follows it up to ``stop`` ("Tabqa| Syria")."""
        if not self._country_after(text, end, stop):
            return False
        found = self._lookup(text[start:end], "ner", None, None, loose=False, folding=False)[0]
        return bool(found) and self._notable(found[0])

    @staticmethod
    def _plausible_surface(surface: str) -> bool:
        if len(surface) < 3 and surface not in ("US", "UK"):
            return False
        if not surface[:1].isupper() and not re.match(_ARABIC_ARTICLE, surface):
            return False
        return surface.lower() not in _STOP

    def _extended(self, text: str, start: int, end: int) -> int:
        """The end of the longest longer name NER cut short ("Guinea|-Bissau", "Jammu| and Kashmir",
        "Deir| ez-Zor's" less its 's): the span's end, or a later one the gazetteer knows."""
        m = _CONTINUATION_RE.match(text, end)
        if m is None:
            return end
        stops = {m.end(1), m.end()}
        for stop in sorted(stops | {s - 2 for s in stops if _POSSESSIVE_RE.search(text, end, s)}, reverse=True):
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
            if not self._plausible_surface(surface) or self._stripped_country_possessive(surface):
                return None
            # no transliteration variant of a word the document writes in lower case or of a
            # demonym ("Syriens", "Vaccins" are no villages)
            folding = surface.lower() not in common and surface not in self._demonyms
            found = self._lookup(surface, "ner", area, None, loose=spelling and folding, folding=folding)[0]
            if found:
                return span.start, self._extended(text, span.start, span.end)
            longer = self._extended(text, span.start, span.end)
            if longer > span.end:  # a name NER cut short: "Deir| ez-Zor", the whole is the place
                return span.start, longer
            # a name NER read too long ("Hama| Killing"): its longest head naming a notable place (not a generic head: "Bab| al-Maqam"; in French not "Bab| al-Hawa" nor a "village de" name)
            for stop in reversed(_word_ends(text, span.start, span.end, _NER_PART_WORDS)[:-1]):
                part = text[span.start:stop].rstrip(",;:")
                if part.lower() in NAME_HEADS or spelling and (re.match(rf"\s+{_ARABIC_ARTICLE}", text[stop:]) or settlement_named(text, span.start)):
                    continue
                if self._plausible_surface(part) and part.lower() not in common and (
                        self._well_known(part) or self._notable_before_country(text, span.start, stop, span.end)):
                    return span.start, span.start + len(part)
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
                if size == 1 and (surface.lower() in common or self._stripped_country_possessive(surface)):
                    continue
                # a lone word opening a sentence, or heading an "of" phrase ("University of Arizona")
                opener = size == 1 and (_SENTENCE_START_RE.search(text[max(0, s - 4):s]) is not None
                                        or _OF_AFTER_RE.match(text, e) is not None)
                # Spelling variants (skeleton matches) only for a whole one-word run, and
                # transliteration variants only for a whole run: trying them on every sub-span
                # of every capitalised run costs more than it finds.
                loose = spelling and len(tokens) == 1 and len(surface) >= 5
                places, exact = self._lookup(surface, "gazetteer", area, None, loose=loose,
                                             folding=size == len(tokens) and "\n" not in surface
                                             and not _POSSESSIVE_RE.search(surface))
                # a small place only where the text calls the name a settlement ("the village of X"), or by its whole
                # name of several words (outside English or a close variant of it) opening a run after "in"/"à"
                leading = (i == 0 and size > 1 and _IN_BEFORE_RE.search(text[max(0, s - 10):s]) is not None
                           and places and (exact or spelling and bool(self.close_variants(surface, {}))))
                if not places or not (self._notable(places[0]) or settlement_named(text, s) or leading
                                      or self._placed_inside(text, e, places[0], "" if exact else surface)):
                    continue
                # An all-capitals word (an acronym: SANA, MFA) only names a country.
                if surface.isupper() and len(surface) > 2 and places[0].feature != "PCLI":
                    continue
                if ((size < words or opener) and places[0].feature not in AREA_FEATURES and not leading
                        and not (self._notable(places[0]) and self._country_after(text, e, span.end))):
                    continue
                return s, e
        return None
