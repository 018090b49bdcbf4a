"""Where fire comes from gives way to where it lands (geo.extract.origins): ACLED codes
shelling at the place hit.  The origin stays the act's place when the sentence names no other, and
a place whose shooters are themselves hit is the act's.  Sentences of our own, in English and French."""

import pytest

from geo.extract.origins import fire_origin


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Rockets fired from Jobar hit a market in Damascus on Wednesday, killing three people.", "Damascus"),
    ("en", "Mortar shells fired by rebels from Douma landed on Damascus on Wednesday, killing three people.",
     "Damascus"),
    ("en", "Rebels in Douma fired mortar shells at Damascus on Wednesday, killing three civilians.", "Damascus"),
    ("en", "Jihadists holed up in Taftanaz shelled the town of Binnish on Wednesday, killing two civilians.",
     "Binnish"),
    ("fr", "Des obus tirés depuis Douma se sont abattus mercredi sur Damas, tuant trois civils.", "Damascus"),
    ("fr", "Des rebelles retranchés à Douma ont tiré mercredi des obus sur Damas, tuant trois civils.", "Damascus"),
    ("fr", "Des roquettes lancées à partir de Taftanaz ont frappé Binnich mercredi, tuant deux civils.", "Binnish"),
])
def test_the_place_fire_lands_on_is_the_acts(told_events, place):
    assert [e.place.name for e in told_events] == [place]


@pytest.mark.parametrize(("lang", "text"), [
    # the target is a place the gazetteer lacks: the origins, within range of it, give one act
    ("en", "Terrorists positioned in Binnish and Taftanaz fired rockets on the town of Qaryat Zaytun on Wednesday, "
           "killing two civilians."),
    ("fr", "Des terroristes postés à Binnich et Taftanaz ont tiré mercredi des roquettes sur la localité de "
           "Qaryat Zaytoun, tuant deux civils."),
])
def test_fire_from_several_places_at_one_unknown_is_one_act_near_its_origin(told_events):
    assert [(e.place.name, e.fatalities) for e in told_events] == [("Binnish", 2)]


@pytest.mark.parametrize(("lang", "text", "place"), [
    # the shooters' place hit: it is the act's
    ("en", "Rebels holed up in Douma were shelled by the army on Wednesday, killing three.", "Dūmā"),
    ("fr", "Les rebelles retranchés à Douma ont été bombardés mercredi par l'armée, faisant trois morts.", "Dūmā"),
])
def test_shooters_hit_where_they_are_is_the_acts_place(told_events, place):
    assert [e.place.name for e in told_events] == [place]


@pytest.mark.parametrize(("text", "name", "origin"), [
    ("Rebels shelled the government-held city of Hama from positions in Kafr Zita on Wednesday.", "Kafr Zita", True),
    ("Rebels shelled the government-held city of Hama from positions in Kafr Zita on Wednesday.", "Hama", False),
    ("Displaced families from Aleppo were shelled in Azaz on Wednesday.", "Aleppo", False),
    ("Des obus tombent depuis des semaines sur Alep.", "Alep", False),
    ("Les obus tirés depuis le quartier de Jobar ont touché Damas.", "Jobar", True),
])
def test_what_an_origin_is(text, name, origin):
    start = text.index(name)
    assert fire_origin(text, start, start + len(name), 0, len(text)) is origin
