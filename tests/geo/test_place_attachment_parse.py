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


CASES = [
    # a locative preposition, not where the attackers come from
    ("Rebels from Homs attacked a checkpoint in Hama province on Monday, killing three soldiers.", "en",
     "Hama Governorate", "admin1"),
    ("Des rebelles venus de Homs ont attaqué lundi un poste de contrôle dans la province de Hama, "
     "tuant trois soldats.", "fr", "Hama Governorate", "admin1"),
    # where a statement is made is not the event place
    ("Russia's foreign minister said in Moscow on Monday that air strikes had hit Idlib province.", "en",
     "Idlib Governorate", "admin1"),
    ("Le ministre russe a déclaré lundi à Moscou que des frappes aériennes avaient touché la province "
     "d'Idleb.", "fr", "Idlib Governorate", "admin1"),
    # "the countryside of X" is located; "the governor of X" is not
    ("The governor of Homs, Talal Barazi, said on Monday that shelling killed four people in the northern "
     "countryside of Hama.", "en", "Hama Governorate", "point"),
    ("Le gouverneur de Homs, Talal Barazi, a indiqué lundi que des tirs d'obus avaient tué quatre personnes "
     "dans la campagne nord de Hama.", "fr", "Hama Governorate", "point"),
    # the place owning the districts that were hit (a possessive; "les quartiers ouest de X")
    ("Rebels from Homs shelled Aleppo's western districts on Monday, killing four people.", "en",
     "Aleppo Governorate", "point"),
    ("Des obus tirés par des rebelles venus de Homs ont frappé lundi les quartiers ouest d'Alep, "
     "tuant quatre personnes.", "fr", "Aleppo Governorate", "point"),
    # a place naming a broadcaster is a source
    ("An official said on Damascus state radio that rebel shelling killed five children in Aleppo province "
     "on Monday.", "en", "Aleppo Governorate", "admin1"),
    ("Un responsable a déclaré sur la télévision de Damas que des tirs de mortiers avaient tué cinq enfants "
     "lundi dans la province d'Alep.", "fr", "Aleppo Governorate", "admin1"),
    # a capital that speaks later in the sentence is not the event place
    ("Shells fell on Aleppo province on Monday and Damascus once again accused the rebels.", "en",
     "Aleppo Governorate", "admin1"),
    ("Des obus sont tombés lundi dans la province d'Alep et Damas a de nouveau accusé les rebelles.", "fr",
     "Aleppo Governorate", "admin1"),
]


@pytest.mark.parametrize(("text", "lang", "admin1", "precision"), CASES)
def test_the_parse_places_the_event_where_the_sentence_attaches_it(finder, text, lang, admin1, precision):
    found = extract_events(text, lang, PUBLISHED, finder.find(text, lang))
    assert len(found) == 1, [(e.event_type, e.place and e.place.name) for e in found]
    event = found[0]
    assert event.place is not None and event.place_source == "sentence"
    assert (event.place.admin1, event.place_precision) == (admin1, precision)


def test_an_unknown_attachment_mode_is_one_clear_error(monkeypatch):
    monkeypatch.setenv(attachment.MODE_VARIABLE, "grammar")
    with pytest.raises(ConfigurationError, match="CONFLICTMAP_PLACE_ATTACHMENT"):
        attachment.mode()
