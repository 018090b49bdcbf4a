"""Names NER reads as a person or an organisation where an act's place stands: right after "in",
"at", "near", "à", "dans" ("In Sarmin, an air strike killed two children"), after an attack and
its "on" ("air strikes on Saraqeb", "les frappes contre Ihsim"), after an attack verb ("bombed
X") or a noun of settlement ("the towns of X"), and every name joined to one of these by "and",
"et", "or" or a comma ("air strikes on Saraqeb and Sarmin", "dans Ihsim et Muhambal").  A person
or an organisation there that is a list of names ("Armanaz and Muhambal", "Taftanaz, Sarmin and")
is each of its names.

Such a name is tried as a place of exactly that whole name (a village of no recorded population
too; no spelling variant, no leading part: "Aleppo Police Command"), as a tentative span kept only
in a country the rest of the document names (no far namesake: "al-Jora", a town of India)
(:meth:`geo.extract.place_spans.SpanFinder._struck_village`); elsewhere a person or an
organisation is a place only when a notable place has its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.extract.act_lexicon import ATTACK_VERBS, FR_PARTICIPLE, MOVED_INTO, TAKING_VERBS, attack_verb_pattern
from geo.extract.date_patterns import WEEKDAY_NUMBERS
from geo.extract.nlp import Entity
from geo.extract.settlements import settlement_named
from geo.extract.several_places import INCLUDED_PLACE_BEFORE_RE
from geo.extract.struck_places import struck_subject

__all__ = ["BLOCKING_LABELS", "STRUCK_BEFORE_RE", "act_place_entities", "misread_act_places", "struck_before"]

#: NER labels of names that are no place unless the text or the gazetteer says so
BLOCKING_LABELS = {"PERSON", "PER", "ORG"}
#: NER labels a small English model gives unfamiliar village names that are neither a place's nor a
#: person's ("pounded rebel-held Taftanaz": a work of art; "in the vicinity of Rankous": a product);
#: "NORP" only where the name qualifies no noun after it (:data:`_NO_NOUN_AFTER_RE`): "in Hish killed",
#: not "in Sunni areas"
MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"})
#: what follows a name that qualifies no noun: punctuation, a preposition or conjunction, a verb in
#: the past or "-ing" form ("Hish killed", "Hish, killing"), a day word
_NO_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|at|near|and|or|late|early|overnight|yesterday|today|last|this|"
    r"[a-z]+(?:ed|ing))\b")
#: what an attack hits is a place ("warplanes bombed X", "ont pilonné X")
#: (the attack and taking verbs of geo.extract.act_lexicon but "hit": a name right after "hit" is an
#: act's place through _ACT_PLACE_BEFORE_RE only, not unblocked in geo.extract.place_spans, where it
#: would take a list's names from the listed-parts rule: "shells hit A, B and C in Y")
_STRUCK_BEFORE_LEMMAS = {lang: tuple(v for v in ATTACK_VERBS[lang] + TAKING_VERBS[lang] if v != "hit") for lang in ("en", "fr")}
#: the nouns of an attack whose "on" names what it hits ("strikes on X", "raids sur X")
_ATTACK_NOUNS = (r"(?:strikes?|airstrikes?|raids?|attacks?|assaults?|offensive|shelling|bombardments?|bombings?|"
                 r"frappes?|bombardements?|attaques?|offensives?)")
#: the day French sets between a verb and its complement ("ont frappé lundi X", "se sont emparés
#: mardi soir de Y"; geo.extract.inserted_adverbs reads the same order for typing)
_INSERTED_DAY = rf"(?:\s+(?:{'|'.join(d for d in WEEKDAY_NUMBERS if not d.endswith('day'))}|hier)(?:\s+(?:matin|soir))?)?"
STRUCK_BEFORE_RE = re.compile(
    rf"\b(?:{attack_verb_pattern('en', ('past', 'ing'), lemmas=_STRUCK_BEFORE_LEMMAS['en'])}|"
    # armed men moving into a town: "tanks rolled into X"
    rf"{MOVED_INTO}|"
    rf"(?:{attack_verb_pattern('fr', FR_PARTICIPLE, lemmas=_STRUCK_BEFORE_LEMMAS['fr'])}){_INSERTED_DAY}"
    # a town seized: "se sont emparés (mardi) de X"
    rf"|empar(?:é|ée|és|ées|ent|ait|aient|er){_INSERTED_DAY}\s+(?:de|d['’])"
    # what a French attack is on: "raids sur X" (English "attack on Hama's airport": _ACT_PLACE_BEFORE_RE)
    r"|(?:frappes?|raids?|bombardements?|attaques?|offensives?)\s+sur)"
    # who holds the town, between the verb and its name: "pounded (the) rebel-held X"
    r"(?:\s+(?:the\s+)?[\w]+-(?:held|controlled|besieged))?\s*$",
    re.I)
#: how far before a name STRUCK_BEFORE_RE is looked for
_STRUCK_WINDOW = 45
#: what stands just before an act's place: a locative (also "around", "in the vicinity of", "on the
#: outskirts of"), an attack and its "on", "hit", an attack or a taking aimed at ("an offensive to
#: retake X", "a push to capture X")
_ACT_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at|near|outside|around|à|dans|près\s+de|(?:vicinity|outskirts|edges?|environs)\s+of)\s+"
    r"(?:[\w]+-(?:held|controlled|besieged)\s+)?"
    rf"|\b{_ATTACK_NOUNS}\s+(?:on|against|upon|of|sur|contre)\s+|\bhit\s+"
    rf"|\bto\s+(?:retake|{attack_verb_pattern('en', ('base',), taking=True)})\s+(?:the\s+)?(?:[\w]+-held\s+)?"
    # what a bomb or a shell falls on: "barrel bombs were dropped on X", "shells fell on X"
    r"|\b(?:dropped|fell|landed|rained\s+down)\s+(?:on|onto|upon)\s+"
    r"|\b(?:bombs|shells|rockets|missiles|mortars|barrels)\s+(?:on|onto|upon|at)\s+)$", re.I)
#: what stands before a sentence's subject: the text's start, a sentence's end or a line's
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
#: what joins a name to the one before it in a list of places ("A and B", "A, B et C")
_JOINED = r"\s*(?:,\s*(?:(?:and|et|or|ou)\s+)?|\s(?:and|et|or|ou)\s+)"
_JOINED_RE = re.compile(_JOINED)
#: a conjunction NER took into the end of a list's span ("Taftanaz, Sarmin and")
_TRAILING_JOIN_RE = re.compile(r"\s+(?:and|et|or|ou)$")
#: how far before a name its locative or attack is looked for
_WINDOW = 40


def struck_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` is what an act strikes or takes (:data:`STRUCK_BEFORE_RE`), or
    one of several places an act is at ("dans plusieurs villes, dont X": a place, whatever NER reads)."""
    return bool(STRUCK_BEFORE_RE.search(text[max(0, start - _STRUCK_WINDOW):start])
                or INCLUDED_PLACE_BEFORE_RE.search(text, max(0, start - 80), start))


def _at_act_place(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    return bool(_ACT_PLACE_BEFORE_RE.search(before) or STRUCK_BEFORE_RE.search(before)
                or settlement_named(text, start) or opens_on_struck_subject(text, start, end))


def opens_on_struck_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a sentence and the act that follows it hits it
    (:func:`geo.extract.struck_places.struck_subject`: "Saraqib was shelled on Tuesday", "X, which
    rebels seized last week, was shelled"), where NER misread the village as an organisation."""
    return _SUBJECT_BEFORE_RE.search(text, max(0, start - 3), start) is not None and struck_subject(text, end)


def _names(text: str, ent: Entity) -> list[Entity]:
    """A person's or an organisation's span at an act's place that lists names ("Armanaz and
    Muhambal", "Taftanaz, Sarmin and"): each name, with its label; else the span."""
    if ent.label_ not in BLOCKING_LABELS or not _JOINED_RE.search(text, ent.start_char, ent.end_char):
        return [ent]
    parts = re.split(rf"({_JOINED})", _TRAILING_JOIN_RE.sub("", text[ent.start_char:ent.end_char]))
    if not all(p[:1].isupper() for p in parts[::2] if p) or not _at_act_place(text, ent.start_char, ent.end_char):
        return [ent]
    names, offset = [], ent.start_char
    for i, part in enumerate(parts):
        if i % 2 == 0 and part:
            names.append(Entity(offset, offset + len(part), ent.label_))
        offset += len(part)
    return names


def act_place_entities(text: str, ents: Iterable[Entity]) -> tuple[list[Entity], set[tuple[int, int]]]:
    """The entities, a person's or an organisation's that lists names at an act's place split into
    its names, and the ``(start, end)`` of those (any label) standing where an act's place stands
    or joined to one that does (see the module)."""
    split = [name for ent in ents for name in _names(text, ent)]
    found: set[tuple[int, int]] = set()
    last_end = -1  # the end of the last entity found, to which a list joins the next
    for ent in split:
        start, end = ent.start_char, ent.end_char
        joined = last_end >= 0 and _JOINED_RE.fullmatch(text, last_end, start) is not None
        if not text[start:end].isupper() and (joined or _at_act_place(text, start, end)):
            found.add((start, end))
            last_end = end
    return split, found


def misread_act_places(text: str, ents: Iterable[Entity], act_places: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the names of :data:`MISREAD_LABELS` standing where an act's place
    stands (``act_places``, of :func:`act_place_entities`): tried as villages as a misread person
    is ("Warplanes pounded rebel-held Taftanaz", "clashes in the vicinity of Rankous", "an air
    strike on a school in Hish killed 22 children"; not "attacks on Sunni areas")."""
    return [(e.start_char, e.end_char) for e in ents
            if e.label_ in MISREAD_LABELS and (e.start_char, e.end_char) in act_places
            and (e.label_ != "NORP" or _NO_NOUN_AFTER_RE.match(text, e.end_char))]
