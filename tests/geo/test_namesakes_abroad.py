"""A town abroad that the text puts inside, or right by, a much larger place of another country is
a namesake (geo.extract.place_neighbours.within_named_areas): "the Ferdous neighbourhood of east
Aleppo" is no town in Iran, "the Old City of Homs" none in the West Bank.  The place of that name
in that country is taken when the gazetteer has one, else the name is no place and the event
takes the larger place.  A large city next to another country's is left alone.  Sentences of our
own, in English and French."""

import pytest

from tests.geo.reported_events import reported_events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Sunday 15 people were killed in an attack on a market in the Ferdous neighbourhood of east "
           "Aleppo."),
    ("en", "On Friday at least 29 rebels were killed in the besieged Old City of Homs when a car bomb "
           "exploded."),
    ("en", "On Monday nine civilians were killed when rockets hit the al-Serian neighborhood in Aleppo city."),
    ("fr", "Dimanche, 15 personnes ont été tuées dans une attaque contre un marché du quartier de Ferdous à "
           "Alep."),
])
def test_a_town_abroad_inside_a_larger_place_is_a_namesake(place_finder, lang, text):
    events = reported_events(place_finder, text, lang)
    assert events and all(e.place is not None and e.place.country_code == "SY" for e in events), \
        [(e.place and e.place.name) for e in events]


def test_the_namesake_in_the_larger_places_country_is_taken(place_finder):
    text = "On Thursday six civilians were wounded in a gas attack on Mare city Aleppo."
    mentions = place_finder.find(text, "en")
    assert [(m.text, m.place.country_code) for m in mentions] == [("Mare", "SY"), ("Aleppo", "SY")]


def test_a_large_city_next_to_another_countrys_keeps_its_reading(place_finder):
    mentions = place_finder.find("On Thursday refugees from Aleppo in Gaziantep said 3 people were killed.", "en")
    assert [(m.text, m.place.country_code) for m in mentions] == [("Aleppo", "SY"), ("Gaziantep", "TR")]


@pytest.mark.parametrize(("lang", "text", "country"), [
    # Lebanon named a few times in an article about Syria: its share of the document is small, the
    # sentence that names it says where its Tripoli is
    ("fr", "Le régime syrien accuse les rebelles syriens. Damas et Alep sont calmes, selon l'armée syrienne. "
           "Après les attentats au Liban qui ont frappé la ville de Tripoli le 18 septembre, Paris a renforcé la "
           "vigilance.", "LB"),
    ("en", "The Syrian regime blamed Syrian rebels. Damascus and Aleppo were calm, the Syrian army said. "
           "After the bombings in Lebanon that hit the city of Tripoli on September 18, Paris stepped up "
           "security.", "LB"),
    # the sentence names the other country: its reading stands
    ("en", "The Syrian regime blamed Syrian rebels. Lebanon closed its border. "
           "Fighting broke out in Tripoli, the capital of Libya, on Monday.", "LY"),
])
def test_a_name_of_two_countries_places_is_read_in_the_country_its_sentence_names(place_finder, lang, text, country):
    tripoli = [m for m in place_finder.find(text, lang) if m.text == "Tripoli"]
    assert [m.place.country_code for m in tripoli] == [country]


#: Syria's ‘Irbīn (also written "Arbine") in each language; the gazetteer's only "Arbin" is a French village
ARBIN_TEXTS = {
    "en": "On Thursday air strikes killed six civilians in the town of Arbin near Damascus, activists said. "
          "Douma and Harasta were also shelled.",
    "fr": "Jeudi, des frappes aériennes ont tué six civils dans la ville d'Arbin, près de Damas, selon des "
          "militants. Douma et Harasta ont aussi été bombardées.",
}


@pytest.mark.parametrize("lang", sorted(ARBIN_TEXTS))
def test_a_small_namesake_abroad_gives_way_to_a_transliteration_at_home(place_finder, lang):
    text = ARBIN_TEXTS[lang]
    arbin = [m.place for m in place_finder.find(text, lang) if m.text == "Arbin"]
    assert [(p.country_code, p.admin1) for p in arbin] == [("SY", "Rif Dimashq Governorate")]
    events = reported_events(place_finder, text, lang)
    assert events and events[0].place == arbin[0]


def test_a_small_place_keeps_its_exact_name_in_its_own_country(place_finder):
    text = "Un incendie a détruit une grange jeudi à Arbin, près de Chambéry, en Savoie."
    arbin = [m.place.country_code for m in place_finder.find(text, "fr") if m.text == "Arbin"]
    assert arbin == ["FR"]



def test_a_namesake_at_home_wins_when_the_actors_countries_outvote_the_places(place_finder):
    # Syria named once, the attackers' country many times: Syria's Ariha, not the West Bank's (Jericho)
    found = place_finder.find("Syria: deadly Russian raid\nA Russian air strike killed nine people in Ariha on "
                              "Tuesday, Russian media said. Moscow denied hitting civilians.", "en")
    found += place_finder.find("Syrie: raid russe meurtrier\nUn raid de l'aviation russe a tué mardi neuf "
                               "personnes à Ariha, selon des médias russes. Moscou dément toute frappe.", "fr")
    assert [m.place.country_code for m in found if m.text == "Ariha"] == ["SY", "SY"]
    # the text points to the town's own country: the town abroad stands
    found = place_finder.find("Clashes near the Dead Sea\nIsraeli troops clashed with Palestinian youths in "
                              "Ariha on Tuesday, Palestinian officials said.", "en")
    assert [m.place.country_code for m in found if m.text == "Ariha"] == ["PS"]


@pytest.mark.parametrize(("text", "name"), [
    ("Fighting raged on the Mare front on Monday.", "Mare"),
    ("Rebels held the Mare frontline overnight.", "Mare"),
    ("Les combats se poursuivent sur le front de Mare.", "Mare"),
])
def test_a_name_told_as_a_front_line(text, name):
    from geo.extract.home_namesakes import told_as_front

    start = text.index(name)
    assert told_as_front(text, start, start + len(name))
    assert not told_as_front("Jets struck Mare on Monday.", 12, 16)


def test_a_front_named_by_a_capital_abroad_is_the_place_at_home(place_finder):
    # "Mare" is also a name of the Maldives' capital; a front of the war told is at home
    text = "Syria war\n\nRebels and the army fought along the Mare front north of Aleppo in Syria on Monday."
    found = {m.text: m.place.country_code for m in place_finder.find(text, "en")}
    assert found["Mare"] == "SY"
