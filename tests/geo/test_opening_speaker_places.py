"""A sentence opening on a place, then its speaker and verb of speech ("In Washington, the Pentagon
confirmed strikes in Aleppo province", "À Moscou, le ministère a affirmé …") sets the speaker there:
the act is at the place the speech names (geo.extract.speaker_places, geo.extract.event_places).
Sentences of our own, in English and French."""

import pytest

from geo.extract.event_places import event_places_of
from geo.extract.sentences import split_sentences
from geo.extract.speaker_places import opening_speaker_end


def _places(place_finder, text: str, lang: str) -> list[str]:
    return [m.place.admin1 for m in event_places_of(text, split_sentences(text)[0], place_finder.find(text, lang))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In Washington the Pentagon confirmed eight US strikes against militant positions in Aleppo province."),
    ("en", "In Washington, a defence official said jets had hit a command post in Aleppo province on Monday."),
    ("fr", "À Washington, le Pentagone a affirmé que huit frappes avaient visé des positions du groupe dans la "
           "province d'Alep."),
    ("fr", "À Moscou, le ministère de la Défense a annoncé des frappes contre des dépôts d'armes dans la province "
           "d'Alep."),
])
def test_the_place_a_sentence_opens_on_before_its_speaker_is_not_the_acts(place_finder, lang, text):
    assert _places(place_finder, text, lang) == ["Aleppo Governorate"]


@pytest.mark.parametrize(("lang", "text", "admin1"), [
    # the speech names no other place: the opening place is the act's
    ("en", "In Aleppo, activists said 20 civilians were killed in air strikes on Tuesday.", "Aleppo Governorate"),
    ("fr", "À Alep, des militants ont affirmé que vingt civils avaient été tués mardi.", "Aleppo Governorate"),
    # no speaker after the place: an act told there
    ("en", "In Homs, shells killed four people in the Waer district, the Observatory said.", "Homs Governorate"),
])
def test_an_opening_place_stays_the_acts_when_the_speech_names_none(place_finder, lang, text, admin1):
    assert _places(place_finder, text, lang)[:1] == [admin1]


def test_only_a_place_opening_its_sentence_before_a_speaker_is_a_speakers():
    text = "Jets struck Aleppo, the Pentagon said."
    assert opening_speaker_end(text, 12, 18, 0) is None
    text = "In Washington, the Pentagon said jets struck Aleppo."
    assert text[:opening_speaker_end(text, 3, 13, 0)] == "In Washington, the Pentagon said"
