"""An adverb between an auxiliary and its participle does not hide an act from the lexicon
(geo.extract.inserted_adverbs; the English lexicon has no set phrase an adverb splits, so only
the function is tested in English); the two ends of a stretch ("between A and B") are not two places
of one act, and every item of a list after one preposition is one ("à Homs, Hama et Deraa")
(geo.extract.place_lists).  Sentences of our own, in French and English."""


import pytest

from geo.extract.inserted_adverbs import without_inserted_adverbs


@pytest.mark.parametrize(("lang", "sentence", "plain"), [
    ("fr", "Les rebelles ont par ailleurs pris le contrôle de la ville.", "Les rebelles ont pris le contrôle de la ville."),
    ("fr", "L'armée a également repris le contrôle du quartier.", "L'armée a repris le contrôle du quartier."),
    ("en", "Rebels have also reportedly seized the town.", "Rebels have seized the town."),
    ("en", "The also-ran was there.", "The also-ran was there."),
    # the day between a verb and its complement
    ("fr", "L'armée a repris mardi le contrôle du quartier.", "L'armée a repris le contrôle du quartier."),
    ("fr", "Six soldats ont été tués jeudi soir par des tirs.", "Six soldats ont été tués par des tirs."),
    ("en", "Six soldiers were killed on Thursday by sniper fire.", "Six soldiers were killed by sniper fire."),
    ("fr", "Mardi, le régime a bombardé la ville.", "Mardi, le régime a bombardé la ville."),
])
def test_adverbs_between_an_auxiliary_and_its_participle_are_left_out(lang, sentence, plain):
    assert without_inserted_adverbs(sentence) == plain


@pytest.mark.parametrize(("lang", "text", "sub"), [
    ("fr", "Vendredi, les rebelles ont par ailleurs pris le contrôle de Morek, tuant six soldats.",
     "Non-state actor overtakes territory"),
    ("fr", "Vendredi, l'armée a également repris le contrôle de Morek.", "Government regains territory"),
    ("fr", "L'armée a repris vendredi le contrôle de Morek.", "Government regains territory"),
])
def test_an_act_told_with_an_inserted_adverb_is_an_event(told_events, sub):
    assert [e.sub_event_type for e in told_events] == [sub]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, les rebelles ont pris le contrôle d'une position de l'armée à mi-chemin entre Homs et Hama."),
    ("en", "On Friday, rebels took control of an army position halfway between Homs and Hama."),
])
def test_the_ends_of_a_stretch_are_not_two_places_of_the_act(told_events):
    assert len(told_events) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vendredi, des milliers de personnes ont manifesté à Homs, Hama et Deraa."),
    ("en", "On Friday, thousands protested in Homs, Hama and Deraa."),
    # a direction glossing an item, between commas or in parentheses
    ("fr", "Vendredi, des milliers de personnes ont manifesté à Homs (centre), Hama et à Deraa (sud)."),
    ("fr", "Vendredi, des manifestations ont eu lieu à Homs, dans le centre, à Hama et à Deraa."),
])
def test_every_item_of_a_list_after_one_preposition_is_a_place_of_the_act(told_events):
    assert sorted(e.place.name for e in told_events) == ["Dar‘ā", "Homs", "Ḩamāh"]
