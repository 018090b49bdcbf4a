"""An act told as "similar" to the one before ("a similar rocket attack", "une attaque similaire") is
a further act with its own dead (geo.extract.further_acts), not more of the act told: here at a
quarter of the city the gazetteer lacks, after an act at two listed quarters.  Sentences of our
own, in English and French."""

import pytest

from geo.extract.further_acts import named_another


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police said a man was killed and four people were wounded by rocket shells on the neighbourhoods "
           "of al-Sabil and al-Shaar in Aleppo city. Later three more people were reported killed in a similar "
           "rocket attack that hit al-Mogambo neighbourhood in the city."),
    ("fr", "Un homme a été tué par des tirs de roquettes sur les quartiers de Sabil et de Chaar à Alep. Plus "
           "tard, trois civils ont été tués dans une attaque similaire qui a touché le quartier de Mogambo "
           "dans la ville."),
])
def test_a_similar_act_at_another_quarter_is_an_event_of_its_own(told_events):
    assert [(e.part.removeprefix("al-"), e.fatalities) for e in told_events if e.part and "Mogambo" in e.part] == [
        ("Mogambo", 3)]
    assert len(told_events) == 3


#: (sentence, its act's word): an act told as like the one before
SIMILAR = [("Three more people were killed in a similar rocket attack on the town.", "rocket"),
           ("Three more people were killed in a similar terrorist rocket attack on the town.", "rocket"),
           ("Trois civils ont été tués dans une attaque similaire.", "attaque"),
           ("Trois civils ont été tués dans une frappe aérienne semblable.", "frappe")]
#: ... and the act told itself
THE_SAME = [("Three people were killed in the rocket attack on the town.", "rocket"),
            ("Trois civils ont été tués dans l'attaque de mardi.", "attaque")]


def test_a_word_saying_similar_next_to_the_acts_word_names_another_act():
    assert [named_another(sentence, trigger) for sentence, trigger in SIMILAR + THE_SAME] == [True] * 4 + [False] * 2
