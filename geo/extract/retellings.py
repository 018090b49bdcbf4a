"""One act told several times in one article (headline, lead, a later paragraph) is one event.

After the sentence-level pass (:func:`geo.extract.events.extract_events`), two events of one
article are the same act, and are joined, when they are compatible

* by kind: the same event type, or one of them named only by a word that says no particular
  kind of act ("the attack", "an explosion", "the massacre": :func:`generic`), which takes the
  other's type, or both tell the same toll of at least :data:`RETOLD_ANY_KIND_MIN` dead (a large
  count told again is the same act, read once as a battle and once as an execution), or of at
  least :data:`RETOLD_TOLL_MIN` dead at one place said of both on one day (a headline's "assault",
  the body's "shelling");
* by date: their days overlap (the same day, or a day inside the other's week or month), or one
  has no date, or both tell the same toll on days at most one apart (:data:`RETOLD_TOLL_DAYS`: a
  headline dated by its publication, the body by the act's day; the earlier day is kept), or a
  toll of at least :data:`RETOLD_TOLL_MIN` dead told on the publication day and at most
  :data:`~geo.extract.publication_retellings.PUBLICATION_LAG_DAYS` days before it (a headline
  glued to its dateline, "July 19 Islamic State killed 270 …", and the body's "killed 270 … on
  Thursday"; the article's headline itself up to a week before:
  :func:`~geo.extract.publication_retellings.publication_lag`), or one
  is dated only by the publication and the other, of its type, a few days before
  (:mod:`geo.extract.publication_retellings`);
* by place: the same place, or one lies inside the other's area (a village in "Idlib province",
  a governorate in "Syria", a town in the north of "northern Syria": not one in its south,
  :mod:`geo.extract.country_parts`), or the later one at a place in or at the edge of the city the earlier
  one names, when both name the same type of act and no two sub-types (shelling of the city and an air
  strike on a town at its edge are two acts: :mod:`geo.extract.city_retellings`), or one's place was only inferred from its context (paragraph,
  lead, headline) or is unknown, or both tell the same toll of at least :data:`RETOLD_TOLL_MIN`
  dead, of one type, in one country, from sentences of their own (:func:`toll_retold`: a
  headline's "kills 60 in Damascus suburb" and the body's "60 killed in Rankus"; the later,
  body's place is kept when the two may be one place, else the first telling's: a town outside
  the headline's governorate, or in another governorate over 100 km from its city, is a misread
  place, :func:`geo.extract.refinements.may_be_one_place`);
* or both are news and tell their very toll in the same words (a paragraph scraped twice, glued
  to other sentences: :func:`told_word_for_word`): one telling, whatever the kinds, days and
  places read around it (the tests below are then not needed);
* and both are news (:mod:`geo.extract.background`): history recalled next to the news it
  explains is no retelling of it, and background events stay as told, one per sentence;
* and they are not two parts a list names inside one place (:mod:`geo.extract.listed_parts`),
  nor a listed part and an earlier act whose place only its context gave (:func:`_listed_apart`);
* and they are not two acts of two weapons, the later at a place the gazetteer lacks, each with its
  own toll ("air strikes hit Aleppo killing 10" and "in the Sukkari district a barrel bomb killed
  3": :mod:`geo.extract.other_weapons`);
* and a toll is not told of an act at several listed places on one side only ("80 killed in
  Aleppo" and "jets bombed A, B and C"): a summary over several places is no one place's
  (a toll told of the listed place itself is).

The joined event keeps all the sentences as its spans (provenance), the most precise place and
date of its retellings, the more specific kind, every actor, and a toll counted once
(:func:`geo.extract.tallies.retold_toll`).  Events are joined in the order of the article, each
into the first earlier event it is compatible with *as joined so far* (so a vague retelling
cannot bridge two acts at two named places: once the first act has its place, the second is not
compatible with it).  Acts at two separately named places, or on two different days, stay two
events, and so does a later sentence that says it tells a further act ("shelling also hit",
"another strike", "une autre frappe": :data:`ANOTHER_RE`, near the act's own word; or opens on
another act: "Meanwhile, …", "Parallèlement, …", :mod:`geo.extract.other_act_openings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from geo.events import more_precise, more_precise_date
from geo.extract.city_retellings import inside_the_city
from geo.extract.confidence import INFERRED_SOURCES as _INFERRED
from geo.extract.confidence import OPENING_SOURCE, PLACE_FACTORS, REFERENCE_SOURCE
from geo.extract.country_parts import in_part
from geo.extract.event_types import RULES, SUB_SPECIFICITY
from geo.extract.further_acts import named_another
from geo.extract.listed_parts import other_parts
from geo.extract.opposing_sides import opposing_attackers
from geo.extract.other_act_openings import ANOTHER_ACT_OPENING_RE, opens_later_on_a_new_act, strikes_back
from geo.extract.other_weapons import other_means_act, other_weapon_act
from geo.extract.publication_retellings import (
    publication_lag,
    retold_on_publication,
    told_on_the_same_day,
)
from geo.extract.refinements import may_be_one_place
from geo.extract.tallies import retold_toll
from geo.extract.victim_kinds import victim_kind
from geo.models import AREA_PRECISIONS, Place, haversine_km

#: two places this close (km) are one place named twice ("Aleppo" and "Aleppo city")
SAME_PLACE_KM = 2.0


def generic(event) -> bool:
    """Whether an event is named only by a generic word: a bare "attack"/"attaque"/"struck"
    typed by its attacker, or a trigger of no sub-type ("explosion", "blast")."""
    if event.sub_event_type is None:
        return True
    return not any(rule.pattern.search(event.trigger or "") for rule in RULES)


def _kinds_agree(a, b) -> bool:
    return a.event_type == b.event_type or generic(a) or generic(b)


def _days(event) -> tuple[date, date] | None:
    if event.date_start is None:
        return None
    return event.date_start, event.date_end or event.date_start


def _dates_overlap(a, b) -> bool:
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return True
    return da[0] <= db[1] and db[0] <= da[1]


#: two tellings of one toll may be dated this many days apart (the report's day and the act's)
RETOLD_TOLL_DAYS = 1


def _same_toll(a, b) -> bool:
    return a.fatalities is not None and a.fatalities > 0 and a.fatalities == b.fatalities


def _dates_agree(a, b, published: date | None = None) -> bool:
    if _dates_overlap(a, b):
        return True
    da, db = _days(a), _days(b)
    if not (_same_toll(a, b) and a.date_precision == b.date_precision == "day"):
        return retold_on_publication(a, b)
    apart = abs((da[0] - db[0]).days)
    return apart <= RETOLD_TOLL_DAYS or (
        # a headline dated by its dateline (the publication's day) retells the act of days before
        a.fatalities >= RETOLD_TOLL_MIN and published is not None and max(da[0], db[0]) == published
        and apart <= publication_lag(a if da[0] == published else b))


def _same_place(a, b) -> bool:
    """Whether both are said (not inferred) to be at one place."""
    if a.place is None or b.place is None or a.place_source in _INFERRED or b.place_source in _INFERRED:
        return False
    return one_place(a.place, b.place)


def one_place(p: Place, q: Place) -> bool:
    """Whether two places are one: the same gazetteer entry, or within :data:`SAME_PLACE_KM`."""
    return p.ref == q.ref or haversine_km(p.point, q.point) <= SAME_PLACE_KM


def _summary_on_a_list(a, b) -> bool:
    """Whether one is an act at several listed places and the other tells a toll of elsewhere
    (a toll told of that very place is its own, and so is one told of the place holding the list's
    parts, said or inferred: :mod:`geo.extract.listed_parts`)."""
    at_holder = (a.part or b.part) and a.place is not None and b.place is not None and one_place(a.place, b.place)
    return not (_same_place(a, b) or at_holder) and (
        (a.tally.shared and b.fatalities is not None) or (b.tally.shared and a.fatalities is not None))


def _finer_than_a_part(a, b) -> bool:
    """Whether ``b`` is a listed part known only by the place holding it and ``a`` is at a finer
    place than that ("the towns of A, B and C in Homs province", A known: B is not at A)."""
    return (_listed(b) and a.part is None and a.place is not None and b.place is not None
            and not one_place(a.place, b.place) and more_precise(a.place_precision, b.place_precision))


def _listed_apart(a, b) -> bool:
    """Whether ``b`` is a part a list names (:mod:`geo.extract.listed_parts`) and ``a`` an act
    whose place its sentence does not say (inferred from its context): the list tells its own
    act at that part, not where the vaguer telling's act was ("Barrel bombs also hit a mosque in
    X district." then "Jets bombed the towns of A, B and C": the mosque is not at A)."""
    return _listed(b) and a.place_source in _INFERRED and a.place_source != REFERENCE_SOURCE


def _named_apart(a, b) -> bool:
    """Whether one sentence told both acts at two places it names separately ("jets bombed A and
    B", the same act at each: :mod:`geo.extract.other_places`): two acts however near A and B lie
    (a town at the edge of a city, two suburbs), not one told twice."""
    return (a.place_source == b.place_source == "sentence" and a.place is not None and b.place is not None
            and not one_place(a.place, b.place) and a.spans[0].start == b.spans[0].start
            and a.place_precision == b.place_precision)


def _listed(event) -> bool:
    """Whether an event is at a part a list names: a list's toll is no one place's (its tally is
    shared); a place the gazetteer lacks named alone (:mod:`geo.extract.unlisted_places`) is not."""
    return event.part is not None and event.tally.shared


def lies_inside(place: Place, precision: str | None, area: Place, area_precision: str | None) -> bool:
    """Whether ``place`` lies inside the area ``area`` names (its governorate or country)."""
    if area_precision not in AREA_PRECISIONS or not more_precise(precision, area_precision):
        return False
    if place.country_code != area.country_code:
        return False
    if area_precision == "country":
        return True
    return bool(area.admin1) and place.admin1 == area.admin1


def _places_agree(a, b) -> bool:
    if a.place is None or b.place is None:
        return True
    # a reference point is said by the act's own sentence ("X valley northwest of Damascus"), and
    # its paragraph's opening by the sentence before ("À Damas, … . De violents combats …"): no guess
    inferred_a, inferred_b = (e.place_source in _INFERRED - {REFERENCE_SOURCE, OPENING_SOURCE} for e in (a, b))
    if inferred_a or inferred_b:
        # a guess from the context agrees with any place said of the act in the same country
        return a.place.country_code == b.place.country_code or not (a.place.country_code and b.place.country_code)
    if one_place(a.place, b.place):
        return True
    return ((lies_inside(a.place, a.place_precision, b.place, b.place_precision) and _in_its_part(a.place, b))
            or (lies_inside(b.place, b.place_precision, a.place, a.place_precision) and _in_its_part(b.place, a))
            or _in_earlier_city(a, b))


def _in_its_part(place: Place, area) -> bool:
    """Whether ``place`` lies in the part of the country the event ``area`` is said to be in, when it
    is known only by such a part ("in southern Lebanon": a city in the north is no place of its)."""
    return area.compass is None or area.place_precision != "country" or in_part(place, area.place, area.compass)


def _in_earlier_city(a, b) -> bool:
    """Whether the later telling ``b``, of ``a``'s very type (and sub-type, when both have one) and
    of no other toll, is at a place in the city ``a`` says (:mod:`geo.extract.city_retellings`)."""
    return (a.event_type == b.event_type and a.place is not None and b.place is not None
            and (a.sub_event_type == b.sub_event_type or None in (a.sub_event_type, b.sub_event_type))
            and (a.fatalities is None or b.fatalities is None or a.fatalities == b.fatalities)
            and a.place_source not in _INFERRED and b.place_source not in _INFERRED
            and inside_the_city(a.place, a.place_precision, b.place, b.place_precision))


#: words saying that a sentence tells a further act, not the one already told ("shelling also
#: hit X", "another strike", "hit again", "a aussi frappé", "de nouveau", "une autre frappe")
ANOTHER_RE = re.compile(
    r"(?<![\w-])(?:also|another|again|as\s+well|aussi|également|de\s+nouveau|à\s+nouveau|autres?)(?![\w-])", re.I)


#: the most words between a word of :data:`ANOTHER_RE` and the act's trigger for it to speak of
#: that act ("shelling also hit", "a également été tuée"; not "… mais aussi le point de passage"
#: at the far end of a long sentence)
ANOTHER_MAX_WORDS = 6


def _tells_another(event) -> bool:
    if not event.spans:
        return False
    sentence = event.spans[0].sentence
    if (ANOTHER_ACT_OPENING_RE.search(sentence) or opens_later_on_a_new_act(sentence, event.trigger)
            or strikes_back(sentence, event.trigger)):  # ("Kurdish fighters hit back the same day, attacking …")
        return True  # "Parallèlement, six civils ont été tués …", "Meanwhile …", "Later that day, troops shelled"
    if named_another(sentence, event.trigger):
        return True  # "A second air strike hit …", "une nouvelle frappe"
    at = sentence.lower().find(event.trigger.lower()) if event.trigger else -1
    if at < 0:
        return ANOTHER_RE.search(sentence) is not None
    end = at + len(event.trigger)
    for m in ANOTHER_RE.finditer(sentence):
        between = sentence[m.end():at] if m.end() <= at else sentence[end:m.start()]
        if len(re.findall(r"[\w'’-]+", between)) <= ANOTHER_MAX_WORDS and not re.search(r"[,;:]", between):
            return True
    return False


def toll_of_another_act(event, typing, fatalities) -> bool:
    """Whether a sentence that would continue ``event`` tells the toll of another act: a kind of
    another type, both named by a word of their own (not "attack", "explosion"), a toll the event
    has not told ("L'armée a bombardé la localité … Un garçon a été tué par un sniper"), or only
    dead of the other kind than the event's toll counts ("Air raids killed 13 civilians. … 19 regime
    fighters were killed in the fighting": a battle's dead, :mod:`geo.extract.victim_kinds`)."""
    return (bool(fatalities) and typing.event_type != event.event_type
            and (event.fatalities is None or _other_kind(event, fatalities))
            and not generic(event) and not generic(typing))


def _other_kind(event, fatalities) -> bool:
    """Whether every count of ``fatalities`` tells the other kind of victim than ``event``'s toll."""
    kind = event.tally.kind if event.tally is not None else None
    kinds = {victim_kind(f.said) for f in fatalities}
    return kind is not None and None not in kinds and kind not in kinds


#: the smallest toll that, told of two acts of one type and day in one article, is one act's told
#: twice whatever their places ("Bomb blast kills 60 in Damascus suburb" and "60 killed in a car
#: bomb in Rankus"); smaller counts recur by chance ("two killed in A", "two in B")
RETOLD_TOLL_MIN = 3
#: the smallest toll that, told twice in one article, is one act's whatever kinds the two
#: tellings read ("IS killed 270 soldiers when they captured the gas field" and "IS killed and
#: executed 270 people during the assault": a battle and an execution read, one act)
RETOLD_ANY_KIND_MIN = 10


def _large_toll_retold(a, b) -> bool:
    return _same_toll(a, b) and a.fatalities >= RETOLD_ANY_KIND_MIN


def _toll_retold_at_one_place(a, b) -> bool:
    """Whether both tell one toll of at least :data:`RETOLD_TOLL_MIN` dead at one place said of the
    act, on one day, whatever kinds they read ("rebels kill 7 in Aleppo assault" and "seven people
    died in rebel shelling of … Aleppo"): one act."""
    return (_same_toll(a, b) and a.fatalities >= RETOLD_TOLL_MIN and _same_place(a, b)
            and a.date_precision == b.date_precision == "day" and a.date_start == b.date_start)


def toll_retold(a, b, published: date | None = None) -> bool:
    """Whether ``b`` tells ``a``'s very toll again, of an act of its type (of any type, from
    :data:`RETOLD_ANY_KIND_MIN` dead) on its day (or the day after) in its country, from a sentence
    of its own: one act, even when the two tellings name it by different places (a headline's
    city, the body's village)."""
    if not (_same_toll(a, b) and a.fatalities >= RETOLD_TOLL_MIN
            and (a.event_type == b.event_type or _large_toll_retold(a, b))):
        return False
    if a.place is not None and b.place is not None and a.place.country_code != b.place.country_code:
        return False
    told = {(s.start, s.end) for s in a.spans}
    return not any((s.start, s.end) in told for s in b.spans) and _dates_agree(a, b, published)


def told_word_for_word(a, b) -> bool:
    """Whether both tell their very toll in the same words (a paragraph scraped twice, one copy
    glued to another sentence): one telling, whatever the kinds and places read around it."""
    return _same_toll(a, b) and bool(a.tally.heard & b.tally.heard)


def same_act(a, b, published: date | None = None) -> bool:
    """Whether two events of one article (published on ``published``) are one act told twice
    (see the module docstring); ``b`` is the later telling."""
    if a.reported and b.reported and told_word_for_word(a, b):
        return True
    return (a.reported and b.reported and (_kinds_agree(a, b) or _large_toll_retold(a, b)
                                           or _toll_retold_at_one_place(a, b))
            and _dates_agree(a, b, published)
            and (_places_agree(a, b) or toll_retold(a, b, published))
            and not _tells_another(b) and not _summary_on_a_list(a, b) and not other_parts(a.part, b.part)
            and not _finer_than_a_part(a, b) and not _finer_than_a_part(b, a) and not _listed_apart(a, b)
            and not _named_apart(a, b)
            and not other_weapon_act(a, b) and not other_means_act(a, b) and not opposing_attackers(a, b))


def _better_place(a, b) -> bool:
    """Whether ``b``'s place is better than ``a``'s: said of the act rather than inferred, a
    reference point of the act's sentence rather than its context's place, then more precise,
    then (both inferred) found nearer the act (:data:`PLACE_FACTORS`)."""
    if b.place is None:
        return False
    if a.place is None:
        return True
    inferred_a, inferred_b = a.place_source in _INFERRED, b.place_source in _INFERRED
    if inferred_a != inferred_b:
        # said beats inferred, but a reference point the act's sentence names beats a coarser area
        said, near = (b, a) if inferred_a else (a, b)
        if near.place_source == REFERENCE_SOURCE and more_precise(near.place_precision, said.place_precision):
            return near is b
        return inferred_a
    near_a, near_b = a.place_source == REFERENCE_SOURCE, b.place_source == REFERENCE_SOURCE
    if inferred_a and near_a != near_b:
        return near_b  # nearer the act than its context's place
    if more_precise(b.place_precision, a.place_precision) or _in_earlier_city(a, b):
        return True
    # two inferred places as precise: the one found nearer the act
    return (inferred_a and not more_precise(a.place_precision, b.place_precision)
            and PLACE_FACTORS[b.place_source] > PLACE_FACTORS[a.place_source])


def _joined(a, b):
    """``a`` with its retelling ``b`` folded in (told at another place only by its toll: at the
    later telling's place, said of the act and as precise, the body's village rather than the
    headline's city)."""
    by_toll = not _places_agree(a, b)
    if by_toll and a.place is not None and b.place is not None and not may_be_one_place(
            a.place, a.place_precision, b.place, b.place_precision):
        b = replace(b, place=a.place, place_precision=a.place_precision, place_source=a.place_source, part=a.part)
    out = replace(a, spans=sorted([*a.spans, *b.spans], key=lambda s: s.start),
                  actors=a.actors + [x for x in b.actors if x not in a.actors],
                  fatalities=retold_toll(a.fatalities, b.fatalities, a.tally.estimate, b.tally.estimate),
                  tally=replace(a.tally, heard=a.tally.heard | b.tally.heard,
                                estimate=a.tally.estimate and (b.fatalities is None or b.tally.estimate)),
                  confidence=max(a.confidence, b.confidence))
    if generic(out) and not generic(b):
        out = replace(out, event_type=b.event_type, sub_event_type=b.sub_event_type, trigger=b.trigger)
    elif out.event_type == b.event_type and (
            SUB_SPECIFICITY.get(b.sub_event_type, 0) > SUB_SPECIFICITY.get(out.sub_event_type, 0)):
        out = replace(out, sub_event_type=b.sub_event_type)
    if _better_place(out, b) or (by_toll and b.place_source not in _INFERRED
                                  and not more_precise(out.place_precision, b.place_precision)):
        out = replace(out, place=b.place, place_precision=b.place_precision, place_source=b.place_source,
                      part=b.part)
    elif out.part is None and b.part is not None and out.place is not None and one_place(out.place, b.place):
        out = replace(out, place=b.place, part=b.part)  # the telling at the place holding a list: its first part
    if b.date_start is not None and (
            out.date_start is None
            or more_precise_date(b.date_precision, out.date_precision)
            or (not _dates_overlap(out, b) and b.date_start < out.date_start)):  # a toll retold the day after
        out = replace(out, date_start=b.date_start, date_end=b.date_end, date_precision=b.date_precision,
                      date_source=b.date_source)
    elif told_on_the_same_day(out, b):  # the day is now told, no longer only the publication's
        out = replace(out, date_source=b.date_source)
    return out


def join_retellings(events: Sequence, published: date | None = None) -> list:
    """The events of one article (published on ``published``) with every retelling of an act
    joined into its first telling."""
    joined: list = []
    for event in events:
        for i, earlier in enumerate(joined):
            if same_act(earlier, event, published):
                joined[i] = _joined(earlier, event)
                break
        else:
            joined.append(event)
    return joined


__all__ = ["ANOTHER_MAX_WORDS", "RETOLD_ANY_KIND_MIN", "RETOLD_TOLL_DAYS", "RETOLD_TOLL_MIN", "SAME_PLACE_KM", "generic", "join_retellings", "lies_inside", "one_place",
           "same_act", "toll_of_another_act", "told_word_for_word"]
