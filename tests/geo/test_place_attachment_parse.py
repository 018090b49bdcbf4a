"""Issue 19, deliverable 4: the event place read from spaCy's dependency parse
(``geo.extract.attachment``).  Each sentence names a place the word rules took for the event's
(after "from", "of", a speech verb's "in", a media noun, a speaker) next to the place the act
is at; sentences of our own, English and French, with the world gazetteer and the spaCy models."""

from datetime import date

import pytest

from geo.errors import ConfigurationError
from geo.extract import attachment
from geo.extract.events import extract_events
from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer

PUBLISHED = date(2016, 10, 27)


@pytest.fixture(autouse=True)
def parse_attachment(monkeypatch):
    """The parse is off by default (it did not beat the word rules on the evaluation corpus):
    these tests switch it on, as a user would."""
    monkeypatch.setenv(attachment.MODE_VARIABLE, "parse")


@pytest.fixture(scope="module")
def finder(gazetteer_path):
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)


def event_place(finder, text, lang):
    found = extract_events(text, lang, PUBLISHED, finder.find(text, lang))
    assert len(found) == 1, [(e.event_type, e.place and e.place.name) for e in found]
    event = found[0]
    assert event.place is not None and event.place_source == "sentence"
    return event


@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels from Homs attacked a checkpoint in Hama province on Monday, killing three soldiers.", "en"),
    ("Des rebelles venus de Homs ont attaqué lundi un poste de contrôle dans la province de Hama, "
     "tuant trois soldats.", "fr"),
])
def test_locative_preposition_not_where_the_attackers_come_from(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.admin1 == "Hama Governorate" and event.place_precision == "admin1"


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia's foreign minister said in Moscow on Monday that air strikes had hit Idlib province.", "en"),
    ("Le ministre russe a déclaré lundi à Moscou que des frappes aériennes avaient touché la province "
     "d'Idleb.", "fr"),
])
def test_where_a_statement_is_made_is_not_the_event_place(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.admin1 == "Idlib Governorate"


@pytest.mark.parametrize(("text", "lang"), [
    ("The governor of Homs, Talal Barazi, said on Monday that shelling killed four people in the northern "
     "countryside of Hama.", "en"),
    ("Le gouverneur de Homs, Talal Barazi, a indiqué lundi que des tirs d'obus avaient tué quatre personnes "
     "dans la campagne nord de Hama.", "fr"),
])
def test_countryside_of_a_place_is_located_and_an_official_of_a_place_is_not(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.admin1 == "Hama Governorate" and event.place_precision == "point"


@pytest.mark.parametrize(("text", "lang"), [
    ("Rebels from Homs shelled Aleppo's western districts on Monday, killing four people.", "en"),
    ("Des obus tirés par des rebelles venus de Homs ont frappé lundi les quartiers ouest d'Alep, "
     "tuant quatre personnes.", "fr"),
])
def test_a_place_owning_the_districts_that_were_hit(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.name == "Aleppo" and event.place_precision == "point"


@pytest.mark.parametrize(("text", "lang"), [
    ("An official said on Damascus state radio that rebel shelling killed five children in Aleppo province "
     "on Monday.", "en"),
    ("Un responsable a déclaré sur la télévision de Damas que des tirs de mortiers avaient tué cinq enfants "
     "lundi dans la province d'Alep.", "fr"),
])
def test_a_place_naming_a_broadcaster_is_a_source(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.admin1 == "Aleppo Governorate" and event.place_precision == "admin1"


@pytest.mark.parametrize(("text", "lang"), [
    ("Shells fell on Aleppo province on Monday and Damascus once again accused the rebels.", "en"),
    ("Des obus sont tombés lundi dans la province d'Alep et Damas a de nouveau accusé les rebelles.", "fr"),
])
def test_a_capital_that_speaks_later_in_the_sentence_is_not_the_event_place(finder, text, lang):
    event = event_place(finder, text, lang)
    assert event.place.admin1 == "Aleppo Governorate" and event.place_precision == "admin1"


def test_an_unknown_attachment_mode_is_one_clear_error(monkeypatch):
    monkeypatch.setenv(attachment.MODE_VARIABLE, "grammar")
    with pytest.raises(ConfigurationError, match="CONFLICTMAP_PLACE_ATTACHMENT"):
        attachment.mode()
