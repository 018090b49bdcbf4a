"""A name the gazetteer lacks is looked up by its consonant skeleton; of the places found so, only
the spellings closest to the query are candidates (geo.gazetteer.index.LOOSE_MARGIN): a village
written almost as the press writes it is not outranked by a larger place whose name is farther."""

import pytest

from geo.gazetteer.index import LOOSE_MARGIN, Gazetteer


@pytest.fixture(scope="module")
def gazetteer(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield g


@pytest.mark.parametrize("press", ["Shaddadi", "al-Shaddadi", "el-Shaddadi", "Shaddadeh"])
def test_a_nisba_or_taa_marbuta_ending_finds_the_syrian_town(gazetteer, press):
    # Ash Shaddādah (no population in GeoNames) against India's Shahuwadi and Iran's Shahdad,
    # larger, of the same skeleton but spelled farther from the query
    assert gazetteer.candidates(press)[0].name == "Ash Shaddādah"


def test_a_farther_spelling_of_a_larger_place_is_dropped(gazetteer):
    # "Mareb" (Yemen's Ma'rib): a larger Malaysian town of the same skeleton is spelled farther
    found = gazetteer.candidates("Mareb")
    assert found[0].name == "Ma'rib"
    assert "Miri" not in [p.name for p in found]


def test_the_margin_counts_only_the_asked_country(gazetteer):
    # restricted to India, the closest Indian spelling is a candidate again
    assert gazetteer.candidates("Shaddadi", country="IN")[0].country_code == "IN"


def test_places_spelled_about_as_close_stay_candidates(gazetteer):
    # "Busra": Iraq's Basrah and Syria's Busra ash Sham both carry the spelling; context decides
    names = {p.name for p in gazetteer.candidates("Busra")}
    assert {"Basrah", "Buşrá ash Shām"} <= names
    assert 0 < LOOSE_MARGIN < 0.2


def test_sentences_name_the_town_in_english_and_french(place_finder):
    for lang, text in (("en", "Kurdish-led forces said on Monday they had pushed the militants out of Shaddadi, "
                              "a town in Syria's Hasakeh province."),
                       ("fr", "Les forces kurdes ont repris lundi la ville d'al-Shaddadi, dans la province "
                              "de Hassaké, dans le nord-est de la Syrie.")):
        places = {m.text: m.place for m in place_finder.find(text, lang)}
        found = [place for name, place in places.items() if "Shaddadi" in name]
        assert found and found[0].name == "Ash Shaddādah", (lang, places)
