"""French news sets the day of an act, or an adverb, between the verb and its object ("les raids
ont tué dimanche 20 civils", "des frappes ont visé jeudi Al-Bab", "ont tué par ailleurs 12
soldats") and tells deaths as what an act caused ("a causé la mort de 12 personnes"); a place
qualified by the country or area after it is read inside it ("Tripoli, dans le nord du Liban",
"Tripoli, in northern Lebanon").  On sentences of our own, in French and, where the rule is
shared, in English."""

from __future__ import annotations

import pytest

from geo.extract.numbers import find_fatalities


@pytest.mark.parametrize(("sentence", "toll"), [
    ("Les raids ont tué dimanche au moins 20 civils dans la ville.", 20),
    ("Un attentat a tué mardi matin huit personnes à Homs.", 8),
    ("L'EI a exécuté jeudi douze hommes à Deir Ezzor.", 12),
    ("Les rebelles ont tué par ailleurs 12 soldats près du barrage.", 12),
    ("Les frappes ont tué samedi soir 12 soldats et 3 rebelles.", 15),
    ("Cet attentat a causé la mort de 12 personnes.", 12),
    ("Les raids ont provoqué la mort de dix civils et blessé vingt autres.", 10),
    ("Un obus a provoqué jeudi la mort d'un enfant.", 1),
    ("Le raid a entraîné la mort d'une femme.", 1),
])
def test_a_french_toll_with_the_day_between_verb_and_object_or_told_as_a_death_caused(sentence, toll):
    assert sum(f.count for f in find_fatalities(sentence, "fr")) == toll


@pytest.mark.parametrize("sentence", [
    "Les frappes ont tué le 3 mars 2016 des civils.",  # a date is no toll, whatever stands around it
    "Les raids ont tué jeudi des dizaines de civils.",  # dozens are no number
    "L'attentat a causé la mort de plusieurs personnes.",
])
def test_no_french_toll_from_a_date_or_an_uncounted_death(sentence):
    assert find_fatalities(sentence, "fr") == []


def test_the_english_toll_order_reads_as_before():
    assert [f.count for f in find_fatalities("The strikes killed 12 people on Monday in Aleppo.", "en")] == [12]


def places(events):
    """Each event's place, its country and whether the sentence itself names it."""
    return [(e.place.name, e.place.country_code, e.place_source) for e in events if e.place is not None]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des frappes ont visé jeudi Al-Bab, dans la province d'Alep."),
    ("fr", "Des frappes ont touché jeudi soir Al-Bab."),
    ("fr", "Des raids ont ciblé vendredi Al-Bab, selon l'OSDH."),
])
def test_the_place_an_attack_hits_past_the_day_set_before_it_is_the_event_place(told_events):
    assert places(told_events) == [("Al Bāb", "SY", "sentence")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fighting broke out on Thursday in Tripoli, in northern Lebanon, between supporters and opponents "
           "of the Syrian regime."),
    ("fr", "Des combats ont éclaté jeudi à Tripoli, dans le nord du Liban, entre deux milices."),
    ("fr", "Des combats ont éclaté jeudi à Tripoli (nord du Liban)."),
])
def test_a_place_qualified_by_the_country_after_it_lies_in_that_country(told_events):
    assert places(told_events) == [("Tripoli", "LB", "sentence")]


@pytest.mark.parametrize(("lang", "text", "sub"), [
    ("fr", "Vendredi, des milliers de Syriens sont descendus dans la rue à Hama pour réclamer la chute du régime.",
     "Peaceful protest"),
    ("fr", "Des manifestants ont défilé jeudi soir dans les rues de Banias en scandant « Le peuple veut la "
           "liberté ».", "Peaceful protest"),
    ("fr", "Jeudi, les forces de sécurité ont tiré à balles réelles sur la foule à Deraa.",
     "Excessive force against protesters"),
    ("en", "On Thursday thousands of Syrians took to the streets in Hama to demand the fall of the regime.",
     "Peaceful protest"),
    ("en", "On Thursday security forces opened fire on the crowd in Daraa.", "Excessive force against protesters"),
])
def test_the_street_and_the_crowd_tell_a_protest(told_events, sub):
    assert [(e.event_type, e.sub_event_type) for e in told_events] == [("Protests", sub)]


ROUND_UP = (
    "Syrie: au moins 40 morts dans des violences à travers le pays\n"
    "BEYROUTH - Au moins 40 personnes ont été tuées mardi en Syrie, dont 15 civils dans des bombardements de "
    "l'armée sur la ville de Homs, selon l'Observatoire syrien des droits de l'homme (OSDH).\n"
    "A Homs, les quartiers de Khaldiyé et de Bab Sbaa ont été pilonnés par les forces gouvernementales, a "
    "précisé l'ONG.\n"
    "Par ailleurs, des combats opposaient mardi des rebelles aux troupes régulières dans la banlieue de Damas, "
    "notamment à Harasta et Douma.\n"
    "A Deraa (sud), berceau de la contestation, un adolescent a été tué par les tirs d'un tireur embusqué.\n"
    "Dans l'est du pays, l'armée a bombardé la ville de Deir Ezzor, faisant trois morts.\n")


def test_a_capital_a_opening_a_sentence_is_no_part_of_the_place_after_it(place_finder):
    # French NER takes "A Deraa" for the name: the place is "Deraa", the "A" places the act there
    found = {m.text for m in place_finder.find(ROUND_UP, "fr")}
    assert {"Homs", "Deraa"} <= found and not any(t.startswith("A ") for t in found)


@pytest.mark.parametrize(("lang", "text"), [("fr", ROUND_UP)])
def test_a_sentence_opening_on_a_place_after_a_capital_a_places_its_act_there(told_events):
    assert ("Dar‘ā", 1) in [(e.place.name, e.fatalities) for e in told_events if e.place is not None]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, l'armée a bombardé la ville de Homs, faisant cinq morts. Dans la province d'Idleb, six "
           "soldats ont péri dans l'explosion d'une bombe près de la localité de Maaret al-Noomane."),
])
def test_a_place_noun_with_its_own_name_after_it_does_not_refer_back(told_events):
    # (the town, in its French spelling with a mute final "e", is found: geo.gazetteer.folding)
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Homs", 5), ("Ma‘arrat an Nu‘mān", 6)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des combats ont eu lieu jeudi à Idleb. Jeudi, l'armée a repris le contrôle de la route, indiquant "
           "qu'elle doit lui permettre d'acheminer des armes de Hama vers Alep."),
])
def test_the_ends_of_a_way_are_not_where_an_act_happens(told_events):
    # "de Hama vers Alep": where the arms go between, not where the route was retaken
    assert "Ḩamāh" not in [e.place.name for e in told_events if e.place is not None]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le régime a largué jeudi des barils d'explosifs sur des quartiers d'Alep-Est."),
    ("fr", "Des frappes ont visé jeudi Alep-Ouest, tenu par le régime."),
])
def test_a_side_of_a_city_joined_to_its_name_is_in_that_city(told_events):
    assert places(told_events) == [("Aleppo", "SY", "sentence")]


def test_shortened_french_months_and_ranks_do_not_end_a_sentence():
    from geo.extract.sentences import split_sentences

    text = "Le 3 janv. 2013, des frappes ont visé Homs. Les hommes du gén. Hassan ont attaqué le 2 févr. à l'aube."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Le 3 janv. 2013, des frappes ont visé Homs.", "Les hommes du gén. Hassan ont attaqué le 2 févr. à l'aube."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
