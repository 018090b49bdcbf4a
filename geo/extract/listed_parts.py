"""Places named in one list under a plural place noun, known to the gazetteer or not: "the towns of
A, B and C", "A and B neighbourhoods and the C", "three villages … - A B and C", "les quartiers de
A et de B"; or, with no noun, as what an act hit in a place named right after the list ("shells
hit A, B and C in Damascus", "ont visé A et B à Alep": names that are no actor).

ACLED codes an act at several separately named places as one event per place.  When the
gazetteer knows a listed place the event goes there (:mod:`geo.extract.place_lists` already
splits a list of known names); a village or a neighbourhood it does not know (cities500 lacks
most) is still a place of its own, and its event is placed at the place the sentence puts the
list in ("in rural Aleppo", "in Deir Ezzor city", "south of Aleppo"), or names right before its noun
("the Aleppo neighbourhoods of A and B", "the Damascus district of X"), as ACLED codes a place it
cannot find at the nearest known one.

Scraped news often loses its commas ("the towns of Anadan Khan Touman Alzorba and Babees"): a
list without a comma whose first run of names is longer than a place name usually is (more
than :data:`MAX_NAME_WORDS` words), or longer than the list's own count ("three villages …"),
is split into names word by word, keeping together the words of one Arabic place name: a
generic head and what follows it ("Khan Touman", "Kafr Naha", "Tal Rifaat": :data:`NAME_HEADS`),
an article standing alone and its word ("Al Bab"), and a word with its qualifier ("Qibtan
Aljabal", "Salah Eddin", "Urum al-Kubra": :data:`NAME_QUALIFIERS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from geo.extract.act_lexicon import attack_verb_pattern
from geo.extract.actors import find_actors
from geo.extract.demonyms import demonym_regex
from geo.extract.number_words import parse_number
from geo.extract.places import PlaceMention
from geo.extract.settlements import NAME_HEADS  # (re-exported: one list of a name's generic heads)
from geo.models import AREA_PRECISIONS
from geo.names import ARTICLES, name_key, skeleton

#: plural nouns of places a list names (EN and FR)
_PLURAL_NOUNS = (
    r"(?:towns|villages|neighbou?rhoods|districts|areas|localities|suburbs|cities|camps|hamlets|quarters|"
    r"villes|localités|quartiers|bourgs|hameaux|camps|banlieues)"
)
#: words that may stand between a count and its plural noun, or before a noun after the list
#: ("three nearby villages", "A and B residential neighbourhoods")
_QUALIFIER_WORDS = (
    r"(?:(?:nearby|neighbou?ring|residential|rural|rebel-held|opposition-held|besieged|small|key|strategic|"
    r"eastern|western|northern|southern|other|more|voisins?|voisines?|proches|autres)\s+)"
)
_NUMBER_WORD = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|"
                r"sept|huit|neuf|dix|onze|douze|\d{1,2})")
#: a word of a place name: capitalised, or an article joined to one ("al-Qosour", "el Bab")
_ARTICLE = r"(?:(?:al|el)[-‑\s]|(?:as|ash|ad|an|ar|at|az)[-‑])"
NAME_WORD = rf"{_ARTICLE}?[A-Z][\w'’‑-]*"
#: what joins two list items ("and", "et", a comma; "de"/"d'" in French)
LIST_SEP = r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|as\s+well\s+as)\s+)(?:(?:the|de|d['’])\s*)?"
#: the further names of a list after its first ("…, B and C")
LIST_TAIL = rf"(?:(?:{LIST_SEP}|\s+){NAME_WORD})*"
NAME_LIST = rf"{NAME_WORD}{LIST_TAIL}"

#: "the towns of LIST", "les quartiers de LIST"
_AFTER_NOUN_RE = re.compile(
    rf"(?<![\w-])(?:(?P<count>{_NUMBER_WORD})\s+)?{_QUALIFIER_WORDS}?{_PLURAL_NOUNS}\s+(?:of|de|d['’])\s*"
    rf"(?:the\s+)?(?P<list>{NAME_LIST})")
#: "LIST neighbourhoods (and the NAME)"
_BEFORE_NOUN_RE = re.compile(
    rf"(?<![\w'’-])(?P<list>{NAME_LIST})\s+{_QUALIFIER_WORDS}?{_PLURAL_NOUNS}(?![\w-])"
    rf"(?:\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+|les\s+)?(?P<more>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?=\s+(?:in|at|near|on|of|à|dans|de)\b|\s*[,.;]|$))?")
#: "three villages south of X … - LIST -": a counted plural noun and its list after a dash or colon
_COUNTED_RE = re.compile(
    rf"(?<![\w-])(?P<count>{_NUMBER_WORD})\s+{_QUALIFIER_WORDS}?(?P<noun>{_PLURAL_NOUNS})(?![\w-])[^.;:()–—-]{{0,80}}?"
    rf"\s[-–—:]\s*(?P<list>{NAME_LIST})")

#: "hit A, B and C in Y", "targeted A and B in Y", "ont frappé A et B à Y": a list of two names or
#: more named as what an act hit, with no place noun, set in a place right after it (no actors)
#: (the attack verbs of geo.extract.act_lexicon, and an attack's "on" or "sur": "strikes on A and B in Y")
_STRUCK_WORDS = rf"(?:{attack_verb_pattern('en+fr', ('past', 'ing', 'é'))}|on|sur)"
_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
_STRUCK_LIST_RE = re.compile(
    rf"(?<![\w-]){_STRUCK_WORDS}\s+(?:the\s+)?(?P<list>{_NAME}(?:{LIST_SEP}{_NAME})+)(?=\s+(?:in|à)\s)")

#: a place name without commas is rarely longer than this many words
MAX_NAME_WORDS = 3
#: words that qualify the name before them ("Urum al-Kubra", "Qibtan Aljabal", "Salah Eddin")
NAME_QUALIFIERS = frozenset(
    "kubra kabir kabira sughra saghir saghira jabal gharbi gharbiya gharbiyah sharqi sharqiya sharqiyah "
    "shamali shamaliya janubi janoubi fawqani tahtani jadida jadid qadima qadim balad din deen dine".split()
)
#: adjectives of communities and sides, capitalised like names ("Kurdish and Arab villages")
_COMMUNITY_WORDS = frozenset(
    "kurdish arab arabic alawite alawi sunni shia shiite shi'ite druze christian yazidi turkmen assyrian armenian "
    "kurdes kurde arabes arabe alaouites alaouite sunnites chiites druzes chrétiens chrétiennes yézidis turkmènes".split()
)
#: an Arabic article opening a word, joined or hyphenated ("Aljabal", "al-Kubra")
_ARTICLE_GLUED_RE = re.compile(rf"^(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})[-‑]?", re.I)


@dataclass(frozen=True, slots=True)
class ListedName:
    """A place name at ``text[start:end]`` that is an item of a list."""

    text: str
    start: int
    end: int


def part_key(name: str) -> str:
    """What two spellings of one listed name share ("al-Jora", "al-Joura")."""
    return skeleton(name) or name_key(name)


def other_parts(a: str | None, b: str | None) -> bool:
    """Whether two events' listed parts are two places (both named, and not one name twice)."""
    return a is not None and b is not None and part_key(a) != part_key(b)


def _bare(word: str) -> str:
    """A word without its article, lower case ("Aljabal" -> "jabal", "al-Kubra" -> "kubra")."""
    low = word.lower()
    stripped = _ARTICLE_GLUED_RE.sub("", low)
    return stripped if len(stripped) >= 3 else low


def is_adjective(name: str) -> bool:
    """Whether a listed "name" is an adjective of a country, a community or a side ("Syrian",
    "Kurdish", "Government-held")."""
    if name.lower() in _COMMUNITY_WORDS or re.search(r"-(?:held|controlled|run|dominated|besieged)$", name, re.I):
        return True
    pattern, _forms = _demonyms()
    return pattern.fullmatch(name) is not None


@lru_cache(maxsize=1)
def _demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    return demonym_regex()


def _split_run(words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A run of name words without a separator, cut into the names it holds (module docstring)."""
    names: list[list[re.Match[str]]] = []
    open_head = False
    for w in words:
        low = w.group().lower()
        if names and (open_head or _bare(w.group()) in NAME_QUALIFIERS):
            names[-1].append(w)
        else:
            names.append([w])
        open_head = low in NAME_HEADS or low in ARTICLES
    return names


_WORD_RE = re.compile(rf"{_ARTICLE}?[\w'’‑-]+")


def _items(text: str, start: int, end: int, count: int | None) -> list[ListedName]:
    """The names of a list at ``text[start:end]``."""
    region = text[start:end]
    runs: list[list[re.Match[str]]] = [[]]
    for w in _WORD_RE.finditer(region):
        gap = region[runs[-1][-1].end():w.start()] if runs[-1] else ""
        if runs[-1] and re.search(r",|\b(?:and|et|as\s+well\s+as)\b|\bde\b|\bd['’]", gap):
            runs.append([])
        if w.group().lower() in ("and", "et", "as", "well", "the", "de", "d"):
            continue
        runs[-1].append(w)
    runs = [r for r in runs if r]
    commas = "," in region
    names: list[list[re.Match[str]]] = []
    total_words = sum(len(r) for r in runs)
    counted = count is not None and len(runs) < count <= total_words
    for run in runs:
        cut = not commas and (len(run) > MAX_NAME_WORDS or counted)
        names.extend(_split_run(run) if cut else [run])
    return [ListedName(region[n[0].start():n[-1].end()], start + n[0].start(), start + n[-1].end()) for n in names]


@dataclass(frozen=True, slots=True)
class PlaceList:
    """The names of a list, and where the place holding them may be named: right after one of
    ``holder_at`` ("the towns of A and B in rural Aleppo", "three villages south of Aleppo - A,
    B and C")."""

    names: tuple[ListedName, ...]
    holder_at: tuple[int, ...]
    #: where its place noun opens when the noun comes first: the city may be named right before it
    #: ("the Aleppo neighbourhoods of A and B", "the Damascus district of X")
    noun_at: int = -1


def listed_names(text: str, start: int = 0, end: int | None = None) -> PlaceList | None:
    """The first list of place names under a plural place noun (or struck in a place named right
    after it) in ``text[start:end]`` (a sentence), names in text order; None when there is none
    of two names or more."""
    end = len(text) if end is None else end
    sentence = text[start:end]
    for pattern in (_COUNTED_RE, _AFTER_NOUN_RE, _BEFORE_NOUN_RE, _STRUCK_LIST_RE):
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            count = parse_number(groups["count"]) if groups.get("count") else None
            items = _items(text, start + m.start("list"), start + m.end("list"), count)
            if groups.get("more"):
                items.append(ListedName(m.group("more"), start + m.start("more"), start + m.end("more")))
            items = [i for i in items if not is_adjective(i.text)]
            if pattern is _STRUCK_LIST_RE:  # "struck Hezbollah and ISIS in Aleppo": no places
                items = [i for i in items if not find_actors(i.text)]
            if len(items) >= 2:
                holder_at = (start + m.end("noun"), start + m.end()) if pattern is _COUNTED_RE else (start + m.end(),)
                return PlaceList(tuple(items), holder_at, start + m.start() if pattern is _AFTER_NOUN_RE else -1)
    return None


#: what stands between a list and the place that holds it: a locative or a direction "of", and
#: the words that qualify the place ("in rural Aleppo", "south of the city of X", "in Syria's
#: Idlib province", "dans la province d'Idleb"), or a bracket ("X (province d'Idleb)")
_HOLDER_GAP_RE = re.compile(
    r"\s*,?\s*(?:\(\s*|(?:in|inside|near|outside|around|across|of|à|dans|près\s+(?:de\s+|d['’])|de|d['’]|aux?\s+environs\s+de)\s*"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+"
    r"|(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+|d['’]\s*))"
    r"(?:(?:the|la|le|les|l['’]|rural|besieged|[a-z]+ern|[\w-]+-held|countryside|outskirts|suburbs|province|"
    r"governorate|city|town|of|de|d['’]|campagne|région|ville|[A-Z][a-z]+[a-z]s)\s*){0,5}",
)


#: a place opening its sentence as the area of what follows: "In the northern Aleppo countryside, …",
#: "In rural Idlib …", "Dans la campagne d'Alep, …" (the words before and after the place's name)
_AREA_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:in|dans)\s+(?:the\s+|la\s+)?(?:[a-z]+ern\s+|rural\s+|"
                                     r"campagne\s+(?:de\s+|d['’]\s*)|province\s+(?:de\s+|d['’]\s*))?$", re.I)
_AREA_OPENING_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:countryside|province|governorate|suburbs|outskirts)\b|\s*,", re.I)
#: what may stand between a city and the place noun right after it ("the Aleppo neighbourhood of X",
#: "Aleppo's rebel-held districts of A and B"): a possessive, a word or two
_CITY_BEFORE_NOUN_RE = re.compile(r"(?:['’]?s)?\s+(?:[\w-]+\s+){0,2}")


def holder_of(text: str, place_list: PlaceList, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a list is said to lie in (:class:`PlaceList`), among ``mentions`` (the sentence's
    place names, in text order), or None; never one of the list's own names.  A city named right
    before the list's noun holds it when no place is named after the list, else a place the
    sentence opens on as an area ("In the northern Aleppo countryside, …")."""
    before = None
    for m in mentions:
        if (m.end <= place_list.noun_at and m.method != "demonym" and m.place.precision not in AREA_PRECISIONS
                and _CITY_BEFORE_NOUN_RE.fullmatch(text, m.end, place_list.noun_at)):
            before = m
    for m in mentions:
        if m.method == "demonym" or m.place.precision == "country":
            continue
        if any(n.start < m.end and m.start < n.end for n in place_list.names):
            continue
        for at in place_list.holder_at:
            if m.start >= at and _HOLDER_GAP_RE.fullmatch(text, at, m.start):
                return m
    return before or _area_opening(text, place_list, mentions)


def _area_opening(text: str, place_list: PlaceList, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a sentence opens on as the area of what follows, before the list ("In the northern
    Aleppo countryside, … the village of X"), or None."""
    first = min(n.start for n in place_list.names)
    return next((m for m in mentions if m.end <= first and m.method != "demonym" and m.place.precision != "country"
                 and _AREA_OPENING_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                 and _AREA_OPENING_AFTER_RE.match(text, m.end)), None)


__all__ = ["LIST_SEP", "LIST_TAIL", "MAX_NAME_WORDS", "NAME_HEADS", "NAME_LIST", "NAME_WORD", "NAME_QUALIFIERS", "ListedName", "PlaceList", "holder_of", "is_adjective", "listed_names",
           "other_parts", "part_key"]
