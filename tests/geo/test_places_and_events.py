"""Places and events on real sentences with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer
from geo.models import haversine_km
from tests.geo.reported_events import text_events

PUBLISHED = date(2022, 1, 23)


@pytest.fixture(scope="module")
def finder(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)


def names(mentions):
    return [(m.text, m.place.name) for m in mentions]


def test_english_places_with_area_and_reference_cues(finder):
    text = ("Earlier, on January 4, an international coalition led by the United States attacked firing "
            "positions in the Syrian province of Deir ez-Zor. It is noted that several explosions were heard "
            "on the territory of the base itself in the At-Tanf region east of the city of Homs.")
    found = {m.text: m for m in finder.find(text, "en")}
    assert found["Deir ez-Zor"].place.feature == "ADM1" and found["Deir ez-Zor"].area
    assert found["Syrian"].method == "demonym" and found["Syrian"].place.country_code == "SY"
    assert found["At-Tanf"].place.source == "supplement:sy-at-tanf"
    assert found["Homs"].reference
    for m in found.values():
        assert text[m.start:m.end] == m.text


def test_french_places_and_spellings(finder):
    text = ("Selon Sana, deux voitures piégées ont explosé le 20 janvier à proximité des entrées de la prison "
            "de Ghwayran à Hassaké. Damas a déploré les combats dans le gouvernorat d’Hassaké. Samedi, "
            "l’aviation américaine a détruit l’Institut technique d’Hassaké.")
    found = finder.find(text, "fr")
    by_text = {(m.text, m.area): m for m in found}
    assert by_text[("Ghwayran", False)].place.source == "supplement:sy-ghuwayran"
    assert by_text[("Hassaké", True)].place.feature == "ADM1"
    hasakah = [m for m in found if m.text == "Hassaké" and not m.area]
    assert len(hasakah) == 2 and all(m.place.geonameid == 173811 for m in hasakah)
    assert ("Damas", "Damascus") in names(found)
    # "Sana" is the news agency here, not Yemen's capital.
    assert all(m.place.country_code != "YE" for m in found)


def test_acronyms_and_common_words_are_not_places(finder):
    text = "SANA reported that the MFA of Syria condemned the attacks. Thus the Ministry said nothing more."
    found = finder.find(text, "en")
    assert [m.place.country_code for m in found] == ["SY"]


def test_document_context_picks_the_right_namesake(finder):
    lebanon = "Clashes erupted in Tripoli and Beirut, Lebanon, as the army deployed across northern Lebanon."
    found = {m.text: m.place for m in finder.find(lebanon, "en")}
    assert found["Tripoli"].country_code == "LB"
    libya = "Fighting continued in Tripoli and Misrata, Libya, on Tuesday."
    assert {m.text: m.place for m in finder.find(libya, "en")}["Tripoli"].country_code == "LY"


def test_dotted_abbreviations_keep_their_final_period(finder):
    text = "Abdulkader, who became a U.S. citizen in 2006, was sentenced in Ohio. He lived in the U.S."
    found = [(m.text, m.place.country_code, m.place.feature) for m in finder.find(text, "en")]
    assert ("U.S.", "US", "PCLI") in found and ("Ohio", "US", "ADM1") in found
    assert sum(1 for t in found if t[0] == "U.S.") == 2


def test_sentence_openers_and_parts_of_names_are_not_places(finder):
    text = ("She said health officials had met. Health officials from Mexico said most cases were mild. "
            "Most of them ate at Taco Bell. Police visited the Itsu sushi restaurant in Piccadilly, London.")
    found = {m.text for m in finder.find(text, "en")}
    assert {"She", "Health", "Most", "Police", "Bell"}.isdisjoint(found)
    assert {"Mexico", "London"} <= found
    found = {m.text for m in finder.find("It was studied at the University of Arizona in Tucson.", "en")}
    assert "University" not in found and "Tucson" in found
    french = "Santé publique France a confirmé deux cas. Police et gendarmes ont bouclé le quartier à Lyon."
    assert {m.text for m in finder.find(french, "fr")} >= {"Lyon"}
    assert "Police" not in {m.text for m in finder.find(french, "fr")}


def test_places_opening_or_closing_an_organisation_name(finder):
    text = ("Arson investigators with Kentucky State Police were on scene. Officials at the U.S. Centers "
            "for Disease Control and Prevention said more tests were needed.")
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert found["Kentucky"].feature == "ADM1" and found["U.S."].country_code == "US"
    assert not any("Centers" in t or "Police" in t for t in found)


def test_english_names_match_exactly_and_areas_by_their_short_name(finder):
    text = "Floods hit Jiangsu and Guangxi, while a tsunami struck the island of Sumatra."
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert found["Jiangsu"].feature == "ADM1" and found["Guangxi"].feature == "ADM1"
    assert found["Jiangsu"].country_code == found["Guangxi"].country_code == "CN"
    assert "Sumatra" not in found  # not Sumter, South Carolina, by a near spelling


def test_areas_named_in_the_document_pick_local_namesakes(finder):
    text = ("A fire destroyed a barn near Paris on Tuesday. Firefighters from across Lamar County, Texas, "
            "responded, the Texas A&M Forest Service said.")
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert (found["Paris"].country_code, found["Paris"].admin1) == ("US", "Texas")
    states = "Cases were reported in Indiana, Ohio, Montana, Wyoming and Missouri."
    found = {m.text: m.place for m in finder.find(states, "en")}
    assert all(found[s].feature == "ADM1" for s in ("Indiana", "Ohio", "Montana", "Wyoming", "Missouri"))
    french = "Des orages ont frappé Paris et Lyon, en France, mardi soir."
    assert {m.text: m.place for m in finder.find(french, "fr")}["Paris"].country_code == "FR"


def test_names_read_with_their_neighbours(finder):
    """A name qualified by the area or country after it lies inside it; a name in a list reads
    like the rest of the list; two countries or two areas in a row are a list, not a
    qualifier."""
    def read(text, lang="en"):
        return {m.text: (m.place.feature, m.place.country_code, m.place.admin1) for m in finder.find(text, lang)}

    # a US-heavy document: the country vote alone would make these US towns
    found = read("The sixteen states with reported cases are Arizona, California, Colorado, Georgia, Illinois, "
                 "Missouri, New Jersey, New Mexico, New York, Ohio, Oklahoma and Oregon. Illnesses in Canada "
                 "occurred in British Columbia, Alberta, Manitoba, Ontario and New Brunswick.")
    assert found["New Brunswick"] == ("ADM1", "CA", "New Brunswick")
    assert found["Ontario"] == ("ADM1", "CA", "Ontario") and found["Georgia"] == ("ADM1", "US", "Georgia")
    assert read("The products were made at a plant in Blakely, Georgia, the company said.")["Georgia"] == (
        "ADM1", "US", "Georgia")  # the state, not the country: a town is named before it
    found = read("The virus was traced to a research site in Guildford, Surrey, UK, officials said.")
    assert found["Guildford"][1] == "GB"  # not Guildford, British Columbia (next to Surrey, B.C.)
    found = read("Vaccination campaigns ran in Benin, Ghana, Niger, Nigeria and Togo.")
    assert found["Niger"] == ("PCLI", "NE", "")  # not Niger State of Nigeria
    assert read("His reporting on Russia, U.S. officials said, was accurate.")["Russia"][:2] == ("PCLI", "RU")
    found = read("Des combats à London, Ontario, ont fait deux morts selon la police.", "fr")
    assert found["London"] == ("PPL", "CA", "Ontario")
    found = read("L'épidémie touche le Bénin, le Ghana, le Niger, le Nigeria et le Togo.", "fr")
    assert found["Niger"] == ("PCLI", "NE", "")
    found = read("Des cas ont été signalés en Arizona, en Californie, au Colorado, au New Jersey, dans l'Ohio, "
                 "au Texas, en Floride et en Oregon. Au Canada, des cas ont été signalés en Colombie-Britannique, "
                 "en Alberta, au Manitoba, en Ontario et au Nouveau-Brunswick.", "fr")
    assert found["Nouveau-Brunswick"] == ("ADM1", "CA", "New Brunswick")
    assert found["Californie"] == ("ADM1", "US", "California") and found["Floride"] == ("ADM1", "US", "Florida")


def test_cities_tagged_as_organisations_and_abbreviated_areas(finder):
    text = "Airplanes are flying into Darfur and Malakal, but flights to Darfur are not as regular."
    assert {m.text: m.place.country_code for m in finder.find(text, "en")}.get("Malakal") == "SS"
    text = "Wildfires spread across B.C. on Monday, officials in Vancouver said."
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert found["B.C."].name == "British Columbia" and found["Vancouver"].country_code == "CA"
    assert finder.gazetteer.by_initials("NSW")[0].name == "New South Wales"
    assert finder.gazetteer.by_initials("DRC")[0].country_code == "CD"
    french = "Les combats ont repris dans l'est de la RDC, près de Goma."
    assert {m.place.country_code for m in finder.find(french, "fr")} == {"CD"}


def test_names_cut_short_and_places_in_lists_tagged_as_people(finder):
    text = ("Cases were confirmed in Guinea-Bissau, Niger and Togo, and one apiece in Rio Grande do Sul "
            "and Minas Gerais.")
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert found["Guinea-Bissau"].country_code == "GW" and found["Rio Grande do Sul"].feature == "ADM1"
    assert found["Niger"].country_code == "NE" and found["Togo"].country_code == "TG"
    french = "Des cas ont été confirmés en Guinée-Bissau et au Niger."
    assert {m.place.country_code for m in finder.find(french, "fr")} >= {"NE"}


def test_a_name_cut_short_before_its_possessive(finder):
    """NER reads "Deir" alone; the name's rest, "ez-Zor", is read past it without the "'s"."""
    text = "Militants attacked army positions around Deir ez-Zor's military airport on Tuesday, killing 12 soldiers."
    assert "Deir ez-Zor" in {m.text for m in finder.find(text, "en")}


def test_possessives_and_runs_opened_by_an_article(finder):
    text = ("Bird flu has surfaced in local poultry. Hong Kong's Health Secretary said so on Monday. "
            "A Stamford teacher was charged on Monday.")
    found = {m.text: m.place for m in finder.find(text, "en")}
    assert found["Hong Kong"].country_code == "HK"
    assert (found["Stamford"].country_code, found["Stamford"].admin1) == ("US", "Connecticut")
    # an article is a word of its own: "Lagos", "Lausanne" open with no article ("La|gos")
    assert {m.text for m in finder.find("Lagos hosted the talks on Monday.", "en")} == {"Lagos"}
    assert {m.text for m in finder.find("Lausanne a accueilli les pourparlers lundi.", "fr")} == {"Lausanne"}


def test_other_languages_use_the_gazetteer_only(finder):
    found = finder.find("Los combates continuaron en Alepo y Homs, según fuentes locales.", "es", doc=None)
    assert {m.place.name for m in found} >= {"Homs"}




def test_continuation_sentences_add_fatalities_and_refine(finder):
    text = ("On Saturday, Al-Arabiya TV reported that the SDF, allegedly with the support of the US military, "
            "launched another assault on the prison in Al-Hasakah, where IS militants continue to hold part of "
            "the buildings. According to the channel, in a few days of fighting, the Kurdish “special forces "
            "destroyed fifty-six terrorists.” The number of victims among the SDF fighters increased to "
            "thirty-three.")
    (event,) = text_events(finder, text, "en", PUBLISHED)
    assert event.date_start == date(2022, 1, 22) and event.event_type == "Battles"
    assert event.fatalities == 89
    assert event.actors[:3] == ["Syrian Democratic Forces", "US forces", "Islamic State"]
    assert len(event.spans) == 3


def test_coreference_to_the_base(finder):
    text = ("Earlier, on December 5, explosions were heard at an American base on the border of Syria and Iraq. "
            "It is noted that several explosions were heard on the territory of the base itself in the At-Tanf "
            "region east of the city of Homs.\n\nIn October, the base of the US and the Western coalition was "
            "also fired upon. Attacks on residential buildings and military barracks were carried out by five UAVs.")
    december, october = text_events(finder, text, "en", PUBLISHED)
    assert december.date_start == date(2021, 12, 5) and december.place.name == "At Tanf"
    assert (october.date_start, october.date_end, october.date_precision) == (
        date(2021, 10, 1), date(2021, 10, 31), "month")
    assert october.place.name == "At Tanf" and october.sub_event_type == "Air/drone strike"


def test_same_day_and_the_prison_in_french(finder):
    text = ("Selon Sana, deux voitures piégées ont explosé le 20 janvier à proximité des entrées de la prison de "
            "Ghwayran à Hassaké. Samedi, Sana a annoncé que l’aviation américaine avait complètement détruit "
            "l’Institut technique d’Hassaké. Le même jour, la chaîne Al-Arabiya a rapporté que les FDS avaient "
            "lancé un nouvel assaut contre la prison. Al-Arabiya indique qu’en quelques jours, les Kurdes ont tué "
            "56 terroristes mais perdu 33 des leurs.")
    bombs, strike, assault = text_events(finder, text, "fr", PUBLISHED)
    assert bombs.date_start == date(2022, 1, 20) and bombs.sub_event_type == "Remote explosive/landmine/IED"
    assert strike.date_start == date(2022, 1, 22) and strike.actors == ["US forces"]
    assert assault.date_start == date(2022, 1, 22) and assault.event_type == "Battles"
    assert assault.fatalities == 89
    assert haversine_km(assault.place.point, (36.50237, 40.74772)) < 10


def test_background_statements_and_sanctions_are_not_events(finder):
    text = ("In May, US President Joe Biden extended sanctions on Syria for a year. The armed conflict in Syria "
            "has been going on since 2011. The United States, under the pretext of fighting terrorists, invaded "
            "the country without the permission of the authorities.")
    assert text_events(finder, text, "en", PUBLISHED) == []


def test_undated_article_gives_events_without_dates(finder):
    text = "On Saturday, clashes erupted between the SDF and IS militants in Al-Hasakah."
    (event,) = text_events(finder, text, "en", None)
    assert event.date_start is None and event.date_precision is None
    assert event.place.geonameid == 173811
