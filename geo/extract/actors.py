"""Actors named in a sentence, normalised to canonical names (English and French forms).

Acronyms match case-sensitively (``IS`` but not the verb "is"); phrases ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from geo.events import near
from geo.extract.area_owners import AREA_POSSESSIVE_AFTER_RE
from geo.extract.word_tries import word_trie
from geo.models import Place

if TYPE_CHECKING:
    from geo.extract.events import ArticleEvent

#: canonical name -> (case-sensitive acronyms, case-insensitive phrases)
ACTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Islamic State": (
        ("IS", "ISIS", "ISIL", "IG", "EI", "EIIL"),
        ("Islamic State", "Daesh", "Daech", "Da'esh", "État islamique", "Etat islamique", "Islamic State group",
         "groupe État islamique", "groupe Etat islamique", "jihadistes de l'EI", "IS militants",
         # the long names hold a country's name that is no place of the act
         "Islamic State in Iraq and the Levant", "Islamic State in Iraq and Levant",
         "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Levant",
         "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria",
         "État islamique en Irak et au Levant", "Etat islamique en Irak et au Levant"),
    ),
    "Syrian Democratic Forces": (
        ("SDF", "FDS"),
        ("Syrian Democratic Forces", "Forces démocratiques syriennes", "Kurdish forces", "Kurdish fighters",
         "Kurdish special forces", "Kurdish-led forces", "forces kurdes", "formations kurdes",
         "combattants kurdes", "les Kurdes", "the Kurds", "Kurdish armed formations"),
    ),
    "US-led coalition": (
        (),
        ("US-led coalition", "U.S.-led coalition", "international coalition", "Western coalition",
         "anti-IS coalition", "anti-ISIS coalition", "coalition internationale", "coalition occidentale",
         "coalition menée par les États-Unis", "coalition menée par Washington", "the coalition", "la coalition"),
    ),
    "US forces": (
        (),
        ("US forces", "U.S. forces", "US military", "U.S. military", "US troops", "U.S. troops", "US army",
         "American forces", "American troops", "US aviation", "American aviation", "US aircraft",
         "US warplanes", "US drones", "Pentagon", "forces américaines", "armée américaine",
         "aviation américaine", "militaires américains", "troupes américaines", "drones américains",
         "forces d'occupation américaines", "forces d’occupation américaines"),
    ),
    # before the government's: "Armée syrienne libre" holds "armée syrienne", and is the rebels'
    "Free Syrian Army": (("FSA", "ASL"), ("Free Syrian Army", "Armée syrienne libre")),
    "Syrian government forces": (
        ("SAA",),
        ("Syrian army", "Syrian Arab Army", "Syrian government forces", "Syrian troops", "government forces",
         "regime forces", "pro-government forces", "Syrian air force", "armée syrienne",
         "forces gouvernementales", "forces du régime", "troupes syriennes", "aviation syrienne",
         "forces progouvernementales", "forces pro-gouvernementales"),
    ),
    "Russian forces": (
        (),
        ("Russian forces", "Russian military", "Russian troops", "Russian aviation", "Russian warplanes",
         "Russian aircraft", "Russian air force", "Russian jets", "forces russes", "armée russe",
         "aviation russe", "militaires russes", "avions russes"),
    ),
    "Turkish forces": (
        ("TSK",),
        ("Turkish forces", "Turkish army", "Turkish military", "Turkish troops", "Turkish drones",
         "Turkish drone", "Turkish warplanes", "Turkish aircraft", "forces turques", "armée turque",
         "aviation turque", "drones turcs", "drone turc"),
    ),
    "Syrian National Army": (
        ("SNA",),
        ("Syrian National Army", "Turkish-backed factions", "Turkish-backed fighters",
         "Armée nationale syrienne", "factions pro-turques"),
    ),
    "Hayat Tahrir al-Sham": (
        ("HTS",),
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Cham", "Hayat Tahrir al Sham", "Tahrir al-Sham",
         # its name of 2016, which holds "al-Sham" / "al-Cham" (the Levant, in French press a name
         # of Damascus): no place of the act
         "Jabhat Fateh al-Sham", "Front Fateh al-Sham", "Fateh al-Sham", "Front Fateh al-Cham", "Fateh al-Cham",
         "Fatah al-Cham"),
    ),
    "Ahrar al-Sham": ((), ("Ahrar al-Sham", "Ahrar al-Cham", "Ahrar al Sham")),
    "Israeli forces": (
        ("IDF",),
        ("Israeli forces", "Israeli army", "Israeli military", "Israeli air force", "Israeli warplanes",
         "Israeli jets", "armée israélienne", "aviation israélienne", "forces israéliennes"),
    ),
    "Iran-backed militias": (
        (),
        ("Iran-backed militias", "Iranian-backed militias", "pro-Iranian militias", "Iranian forces",
         "milices pro-iraniennes", "milices iraniennes", "forces iraniennes", "Revolutionary Guards",
         "Gardiens de la révolution"),
    ),
    "Hezbollah": ((), ("Hezbollah", "Hizbollah", "Hizballah")),
    "Nusra Front": ((), ("Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "Jabhat al-Nosra", "Front al-Nosra",
                         "Front al-Nusra", "Front Al-Nosra")),
    # a name GeoNames also gives a German city (Hamm): the group, not the city
    "Hamas": ((), ("Hamas",)),
}

#: actors that can strike from the air (typing of bare "attack" sentences)
AIR_CAPABLE = frozenset({"US-led coalition", "US forces", "Russian forces", "Turkish forces", "Israeli forces",
                         "Syrian government forces"})


def _compile() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The actors' pattern (actor ``i`` as group ``a<i>``), and one matching where it matches, as a
    trie of their words (:func:`geo.extract.word_tries.word_trie`): where it first matches, faster."""
    parts: list[str] = []
    words: list[str] = []
    for index, (_name, (acronyms, phrases)) in enumerate(ACTORS.items()):
        exact = [re.escape(a) for a in acronyms]
        any_case = [re.sub(r"['’]", "['’]", re.escape(p).replace(r"\ ", r"[\s\-]+"))
                    for p in sorted(phrases, key=len, reverse=True)]
        parts.append(f"(?P<a{index}>" + "|".join(exact + [f"(?i:{w})" for w in any_case]) + ")")
        words += [f"(?-i:{w})" for w in exact] + any_case
    return (re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"),
            re.compile(r"(?<![\w-])" + word_trie("|".join(words)) + r"(?![\w-])", re.I))


_ACTOR_RE, _ACTOR_AT = _compile()
#: one word ending in "s": a place's possessive stripped of its apostrophe when a part of an area follows
_POSSESSIVE_LOOKING_RE = re.compile(r"[A-Z][\w-]+s")
_NAMES = list(ACTORS)


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str
    start: int
    end: int
    text: str


def find_actors(sentence: str) -> list[ActorMention]:
    """Canonical actors named in ``sentence``, in text order (longest phrase wins).  One word
    ending in "s" before a part of an area is a place's possessive stripped of its apostrophe,
    no actor ("the Hamas countryside" in scraped copy is Hama's)."""
    found: list[ActorMention] = []
    pos = 0
    while (at := _ACTOR_AT.search(sentence, pos)) is not None:  # (the matches of _ACTOR_RE, in turn)
        m = _ACTOR_RE.match(sentence, at.start())
        if m is None:  # (never: the two match at the same places)
            pos = at.start() + 1
            continue
        pos, group = m.end(), m.lastgroup
        if group is None or (_POSSESSIVE_LOOKING_RE.fullmatch(m.group(0))
                             and AREA_POSSESSIVE_AFTER_RE.match(sentence, m.end())):
            continue
        found.append(ActorMention(_NAMES[int(group[1:])], m.start(), m.end(), m.group(0)))
    return found


def unique_names(mentions: list[ActorMention]) -> list[str]:
    return list(dict.fromkeys(m.name for m in mentions))


def inherited_actors(events: Sequence[ArticleEvent], day: date | None, place: Place | None) -> list[str]:
    """The attacker of an earlier event of the document on the same ``day`` near ``place``
    (:func:`geo.events.near`)."""
    for earlier in reversed(events):
        if not earlier.actors or earlier.date_start != day or earlier.date_start is None:
            continue
        if place is None or earlier.place is None:
            continue
        if near(place, earlier.place):
            return [earlier.actors[0]]
    return []
