"""Forms of French wire reports the French probes (``bench/fr_probes.py``) found unread, on sentences
of our own (and English where the rule is shared): a toll after a day told otherwise than by its
weekday ("ont tué ce matin huit civils", "a tué le 3 mars dix civils", "à l'aube"), victims
"massacrées", one leader "assassiné"; a mine that kills, an aircraft shot down, strikes counted in
words ("onze frappes"); a place struck told after a verb in the imperfect ("tandis que l'aviation
bombardait Homs")."""

from __future__ import annotations

import pytest

from geo.extract.event_types import type_sentence
from geo.extract.numbers import find_fatalities
from geo.taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS

AIR, SHELLING, IED, CLASH = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                             "Armed clash")


@pytest.mark.parametrize(("lang", "sentence", "toll"), [
    # the day between the verb and its dead, told by a date, a part of the day or "à l'aube"
    ("fr", "Les raids ont tué ce matin huit civils dans la ville.", 8),
    ("fr", "Un obus a tué le 5 avril trois enfants près de l'école.", 3),
    ("fr", "Les frappes ont tué jeudi 7 avril onze personnes.", 11),
    ("fr", "Le bombardement a tué à l'aube quatre membres d'une famille.", 4),
    ("fr", "L'explosion a tué cette nuit deux policiers.", 2),
    # victims massacred, one man assassinated or executed
    ("fr", "Quarante villageois ont été massacrés jeudi.", 40),
    ("fr", "Un chef rebelle a été assassiné jeudi devant sa maison.", 1),
    ("fr", "Un responsable local a été exécuté vendredi par les jihadistes.", 1),
    ("fr", "Un responsable de l'opposition a été tué vendredi par des inconnus.", 1),
    ("en", "A rebel commander was assassinated on Thursday outside his home.", 1),
    ("en", "A local official was murdered on Friday.", 1),
])
def test_a_toll_told_after_another_day_or_by_another_verb(lang, sentence, toll):
    assert sum(f.count for f in find_fatalities(sentence, lang)) == toll


@pytest.mark.parametrize("sentence", [
    "Les frappes ont tué le 3 avril 2016 des civils.",  # the year is no toll
    "Les frappes ont tué le 3 avril 12 civils.",  # digits after a month may be a year or a day: not read
    "Les raids ont tué ce matin des dizaines de civils.",  # dozens are no number
])
def test_no_toll_from_a_date_between_verb_and_object(sentence):
    assert find_fatalities(sentence, "fr") == []


@pytest.mark.parametrize("sentence", [
    "Le régime affronte une contestation sans précédent.",
    "Le pays a affronté des difficultés économiques.",
])
def test_no_act_in_a_crisis_faced(sentence):
    assert type_sentence(sentence, "fr") is None


@pytest.mark.parametrize(("lang", "sentence", "event_type", "sub"), [
    # killed by a mine, a mine going off
    ("fr", "Un berger a été tué par une mine près du village.", EXPLOSIONS, IED),
    ("fr", "Une mine a explosé au passage d'un camion militaire.", EXPLOSIONS, IED),
    ("en", "A farmer was killed by a mine near the village.", EXPLOSIONS, IED),
    # an aircraft shot down, active or passive
    ("fr", "Les insurgés ont abattu un avion de l'armée au-dessus de la ville.", BATTLES, CLASH),
    ("fr", "Un hélicoptère du régime a été abattu près de la ville.", BATTLES, CLASH),
    ("en", "Rebels shot down a government helicopter near the town.", BATTLES, CLASH),
    ("en", "A Syrian army jet was shot down over the province.", BATTLES, CLASH),
    # strikes counted in words
    ("fr", "La coalition a mené onze frappes sur la ville.", EXPLOSIONS, AIR),
    ("fr", "Vingt raids ont visé les quartiers rebelles.", EXPLOSIONS, AIR),
    # fighters facing others, told with the active verb (not a crisis faced)
    ("fr", "Des déserteurs ont affronté des soldats près du barrage.", BATTLES, CLASH),
    ("fr", "Des rebelles affrontaient les forces du régime dans la vieille ville.", BATTLES, CLASH),
    # the street taken: "sont sortis dans la rue" beside "sont descendus dans la rue"
    ("fr", "Hier, les habitants sont sortis dans la rue pour réclamer la liberté.", "Protests", "Peaceful protest"),
    # (a man shot dead is still a killing, not a downing)
    ("fr", "Un soldat a été abattu à un barrage.", VIOLENCE_CIVILIANS, "Attack"),
])
def test_acts_named_by_a_mine_a_downing_counted_strikes_or_a_fight(lang, sentence, event_type, sub):
    typing = type_sentence(sentence, lang)
    assert typing is not None and (typing.event_type, typing.sub_event_type) == (event_type, sub)


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # the place struck told after a verb in the imperfect, in a second clause or a sentence of its own
    ("fr", "Des combats ont eu lieu mardi à Hama, tandis que l'aviation pilonnait Idleb.",
     [("Idlib", EXPLOSIONS), ("Ḩamāh", BATTLES)]),
    ("fr", "Mardi, l'aviation bombardait Saraqeb.", [("Saraqib", EXPLOSIONS)]),
    # a day then an indefinite object: "ont abattu mardi un hélicoptère"
    ("fr", "Les rebelles ont abattu mardi un hélicoptère de l'armée près de Saraqeb.", [("Saraqib", BATTLES)]),
])
def test_the_place_and_kind_of_an_act_told_in_the_imperfect_or_after_its_day(told_events, acts):
    assert sorted((e.place.name, e.event_type) for e in told_events) == acts
    assert {e.date_start.isoformat() for e in told_events} == {"2016-09-20"}


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # an earlier act dated by its distance, at a place of its own, and the sentence's act at another
    ("fr", "Quatre jours après l'attentat qui a fait 50 morts à Homs, un nouvel attentat a frappé mardi Hama, "
     "tuant six personnes.", [("2016-09-16", "Homs", 50), ("2016-09-20", "Ḩamāh", 6)]),
    ("en", "Two days after an air strike killed 20 people in Saraqeb, warplanes bombed Idlib on Tuesday, "
     "killing six civilians.", [("2016-09-18", "Saraqib", 20), ("2016-09-20", "Idlib", 6)]),
    # (one place named, in the phrase: both acts there, as before)
    ("fr", "Deux jours après le bombardement du marché, un attentat a fait six morts mardi à Hama.",
     [("2016-09-18", "Ḩamāh", None), ("2016-09-20", "Ḩamāh", 6)]),
])
def test_an_earlier_act_named_at_its_own_place_is_there(told_events, acts):
    assert sorted((e.date_start.isoformat(), e.place.name, e.fatalities) for e in told_events) == acts


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # after shelling with its dead, "l'aviation" striking a town nearby with dead of its own: another act
    ("fr", "Des obus de mortier sont tombés mardi sur Damas, tuant deux personnes. L'aviation a mené des raids "
     "sur Douma, tuant six civils.", [("Damascus", SHELLING, 2), ("Dūmā", AIR, 6)]),
    ("fr", "Des obus de mortier sont tombés mardi sur Damas, tuant deux personnes. L'artillerie a pilonné "
     "Douma, tuant six civils.", [("Damascus", SHELLING, 6)]),  # (one kind: the shelling told on, as before)
])
def test_the_air_force_named_with_its_article_tells_a_new_act(told_events, acts):
    assert sorted((e.place.name, e.sub_event_type, e.fatalities) for e in told_events) == acts


@pytest.mark.parametrize(("lang", "text", "acts"), [
    # "y": the place the sentence before names, for a toll dated apart or an act told on
    ("fr", "Des combats ont eu lieu mardi à Hama. Lundi, six soldats y avaient été tués.",
     [("2016-09-19", "Ḩamāh", 6), ("2016-09-20", "Ḩamāh", None)]),
    ("fr", "Des raids ont visé mardi Saraqeb. Trois civils y ont trouvé la mort.", [("2016-09-20", "Saraqib", 3)]),
    # ("il y a": there is, ago; no place told)
    ("fr", "Un attentat a frappé mardi Homs. Il y a eu douze morts.", [("2016-09-20", "Homs", 12)]),
])
def test_french_y_is_the_place_just_told(told_events, acts):
    assert sorted((e.date_start.isoformat(), e.place.name, e.fatalities) for e in told_events) == acts
