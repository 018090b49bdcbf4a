"""A place named inside a phrase telling another act ("a week after an air strike on X", "en
représailles à la frappe sur X", "similar to the massacre in X") is that act's, never the place of
the sentence's own act, which keeps a place of its own or falls back to its context
(geo.extract.other_act_phrases).  Sentences of our own, in English and French."""

from datetime import timedelta

import pytest

from geo.extract.earlier_acts import earlier_act
from geo.extract.other_act_phrases import other_act_phrase
from tests.geo.reported_events import PUBLISHED


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels shelled Hama on Friday, a week after an air strike on Homs killed 20 people."),
    ("fr", "Vendredi, les rebelles ont bombardé Hama, une semaine après l'attentat de Homs."),
    ("en", "Warplanes bombed Hama on Friday, in retaliation for the rocket attack on Homs."),
    ("fr", "Les avions ont bombardé Hama vendredi, en représailles à la frappe sur Homs."),
    # ... and one with no place of its own falls back to its context
    ("en", "Car bomb hits Hama\n\nA car bomb exploded on Friday, three days after a suicide attack in Homs."),
    ("fr", "Explosion à Hama\n\nUne voiture piégée a explosé vendredi, au lendemain de l'attentat de Homs."),
    ("en", "Car bomb hits Hama\n\nA car bomb exploded on Friday, following last week's attack in Homs."),
    ("fr", "Explosion à Hama\n\nUne voiture piégée a explosé vendredi, quelques jours après l'attaque à Homs."),
])
def test_the_sentence_s_own_act_is_not_at_the_phrase_s_place(told_events):
    today = [e.place.name for e in told_events if e.date_start == PUBLISHED]
    assert today == ["Ḩamāh"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Car bomb hits Hama\n\nA car bomb exploded on Friday, two days after an air strike on Homs killed 20."),
    ("fr", "Explosion à Hama\n\nUne voiture piégée a explosé vendredi, deux jours après la frappe aérienne sur Homs."),
])
def test_the_earlier_act_is_at_the_phrase_s_place(told_events):
    earlier = [e.place.name for e in told_events if e.date_start == PUBLISHED - timedelta(days=2)]
    assert earlier == ["Homs"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels shelled Hama on Friday.\n\nThe attack comes a week after an air strike on Homs killed 20 people."),
    ("fr", "Les rebelles ont bombardé Hama vendredi.\n\nCette attaque survient une semaine après la frappe aérienne "
           "sur Homs."),
])
def test_the_act_a_week_before_the_act_told_is_at_the_phrase_s_place(told_events):
    assert "Homs" in {e.place.name for e in told_events}


@pytest.mark.parametrize(("lang", "sentence", "phrase"), [
    ("en", "A car bomb exploded at the crossing, one week after a bomber blew himself up in the province.",
     "one week after a bomber blew himself up in the province"),
    ("en", "Shells hit the town again days after it was hit by air strikes.", "days after it was hit by air strikes"),
    ("en", "It was the second such attack since a bombing in the city in March.",
     "since a bombing in the city in March"),
    ("en", "The massacre, similar to the massacre in the town last year, shocked the world.",
     "similar to the massacre in the town last year"),
    ("fr", "Deux jours après la frappe sur la ville, des rebelles ont attaqué le village.",
     "Deux jours après la frappe sur la ville"),
    ("fr", "Une voiture a explosé, en représailles aux raids sur la ville.", "en représailles aux raids sur la ville"),
    # the act the sentence tells itself, or a phrase that leaves the sentence no clause of its own
    ("en", "Five people were killed after a car bomb exploded in the town.", None),
    ("en", "Fighting raged for a third day after rebels attacked the town.", None),
    ("en", "Two days after the attack on the town government forces stormed the village.", None),
    ("fr", "Cinq personnes ont été tuées après l'explosion d'une voiture piégée dans la ville.", None),
])
def test_the_phrase_of_another_act(lang, sentence, phrase):
    del lang  # (the openings of both languages are read alike)
    found = other_act_phrase(sentence)
    assert (sentence[found[0]:found[1]] if found else None) == phrase


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Three days after the shelling of the market, a car bomb exploded near the mosque."),
    ("en", "The day after an air strike on the camp, rebels attacked the checkpoint."),
    ("fr", "Quatre jours après l'attentat contre la caserne, une voiture piégée a explosé près du marché."),
    ("fr", "Au lendemain du bombardement de la ville, les rebelles ont attaqué le village."),
])
def test_a_dated_phrase_ends_where_its_earlier_act_s_clause_ends(lang, sentence):
    """The openings earlier_acts dates by are among those of a phrase of another act, and the phrase
    ends where the earlier act's clause does (one rule: geo.extract.earlier_acts.clause_end)."""
    earlier, found = earlier_act(sentence, lang), other_act_phrase(sentence)
    assert earlier is not None and found is not None
    assert (earlier.start, earlier.clause_end(sentence)) == found
