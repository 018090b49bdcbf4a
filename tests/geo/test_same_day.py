"""Same-day reporting (geo.extract.same_day): an act the text gives no date for, in an article
that reports the acts of its publication day, is dated the publication day (in a story filed a
few days after its acts, the day of its first dated act); other undated
sentences (an article not reporting the day, a state of affairs, no place) give no event.
Sentences of our own, in French and English."""

from datetime import date

import pytest

from geo.extract.confidence import date_source
from geo.extract.dates import find_dates
from geo.extract.same_day import is_same_day_reporting, publication_day, tells_a_past_act
from tests.geo.reported_events import PUBLISHED, text_events


@pytest.fixture
def finder(place_finder):
    return place_finder  # the session's (tests/geo/conftest.py)


def same_day(text, lang):
    return is_same_day_reporting(find_dates(text, lang, PUBLISHED), PUBLISHED)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Douze civils ont été tués ce vendredi dans des raids aériens."),
    ("fr", "Hier, l'armée a repris la colline."),
    ("en", "Twelve civilians were killed on Friday in airstrikes."),
    ("en", "Rebels shelled the airport yesterday."),
    ("fr", "Dans la nuit de jeudi à vendredi, l'armée a bombardé la ville."),  # PUBLISHED is a Friday
    ("en", "Fighting raged between Thursday and Friday in the old city."),
])
def test_an_act_of_the_publication_day_or_the_day_before_makes_same_day_reporting(lang, text):
    assert same_day(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 2 mars, l'armée avait bombardé la ville."),  # three weeks before
    ("fr", "La semaine dernière, des combats ont éclaté."),  # a week, not a day
    ("fr", "Le même jour, des combats ont éclaté."),  # anaphoric: the day of nothing yet
    ("en", "On Monday rebels shelled the airport."),  # four days before
    ("en", "The war has killed thousands since 2011."),
])
def test_older_periods_and_anaphoric_days_do_not(lang, text):
    assert not same_day(text, lang)


@pytest.mark.parametrize(("lang", "sentence", "past"), [
    ("fr", "De violents combats ont éclaté dans le quartier.", True),
    ("fr", "Une femme a également été tuée par balle à Deir Hafer.", True),
    ("fr", "Les rebelles se sont emparés de la colline.", True),
    ("fr", "Des obus s'étaient abattus sur le village.", True),
    ("fr", "Les observateurs n'arrivent pas à faire respecter le cessez-le-feu.", False),
    ("fr", "Les Etats-Unis vont laisser des avions en Jordanie.", False),
    ("en", "Fierce clashes broke out in the district.", True),
    ("en", "A woman was also shot dead in the town.", True),
    ("en", "They face twin offensives in the eastern province.", False),
    ("en", "The coalition is currently supporting an assault on the city.", False),
    # a statement about fighting: its only past verb is one of speech
    ("fr", "Sur fond des combats dans le gouvernorat d'Hassaké, Damas a déploré des crimes de guerre.", False),
    ("en", "Amid the fighting in Hasakah province, Damascus has condemned the strikes.", False),
    # "hit" alone may be a present; a past progressive beside it sets the sentence in the past
    ("en", "Shelling also hit near a bakery as people were queuing for bread.", True),
    ("en", "Warplanes hit the market while traders were still setting up their stalls.", True),
    ("en", "Warplanes hit the market in the old city.", False),
])
def test_a_past_verb_form_tells_a_completed_act(lang, sentence, past):
    assert tells_a_past_act(sentence, lang) is past


def test_the_publication_day_is_its_own_way_of_dating():
    assert date_source(publication_day(PUBLISHED)) == "publication"


WEDNESDAY = date(2016, 9, 21)


@pytest.mark.parametrize(("lang", "text", "day", "source"), [
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Alep, selon une ONG. "
           "Les Nations unies ont appelé au calme. Par ailleurs, de violents combats ont éclaté à Deraa entre l'armée et les rebelles.",
     PUBLISHED, "publication"),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Aleppo, a monitor said. "
           "The United Nations called for calm. Elsewhere, fierce clashes broke out in Daraa between the army and rebels.",
     PUBLISHED, "publication"),
    # a story filed two days after the acts it reports: its undated acts are of the story's day
    ("fr", "Mercredi, quinze civils ont été tués par des raids aériens à Alep, selon une ONG. "
           "Les Nations unies ont appelé au calme. Par ailleurs, de violents combats ont éclaté à Deraa entre l'armée et les rebelles.",
     WEDNESDAY, "inherited"),
    ("en", "On Wednesday, fifteen civilians were killed by airstrikes in Aleppo, a monitor said. "
           "The United Nations called for calm. Elsewhere, fierce clashes broke out in Daraa between the army and rebels.",
     WEDNESDAY, "inherited"),
    # an act whose sentence names no place, at the place its short paragraph opened on
    # (geo.extract.paragraph_context): a paragraph is a line
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Idleb.\n"
           "À Deraa, l'armée ratissait les quartiers rebelles. De violents combats ont éclaté dans le sud, selon une ONG.",
     PUBLISHED, "publication"),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Idlib.\n\n"
           "In Daraa, the army was combing rebel districts. Fierce clashes broke out in the south, a monitor said.",
     PUBLISHED, "publication"),
    # ... and of the day an earlier sentence of its paragraph told, not of the publication
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Idleb.\n"
           "Mercredi, l'armée a bombardé Alep, tuant dix civils. Les Nations unies ont appelé au calme. "
           "Par ailleurs, de violents combats ont éclaté à Deraa entre l'armée et les rebelles.",
     WEDNESDAY, "inherited"),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Idlib.\n\n"
           "On Wednesday, the army bombed Aleppo, killing ten civilians. The United Nations called for calm. "
           "Elsewhere, fierce clashes broke out in Daraa between the army and rebels.",
     WEDNESDAY, "inherited"),
])
def test_an_undated_act_of_same_day_reporting_gets_the_publication_day(finder, lang, text, day, source):
    events = text_events(finder, text, lang)
    clashes = [e for e in events if e.event_type == "Battles"]
    assert len(clashes) == 1
    (event,) = clashes
    assert event.place is not None and event.place.geonameid == 170905  # Daraa
    assert (event.date_start, event.date_end, event.date_precision) == (day, day, "day")
    assert event.date_source == source and event.reported


def test_an_undated_hit_in_a_past_sentence_is_an_act_of_the_day(finder):
    # told after a sentence of colour (nothing to continue), its "hit" past by the progressive beside it
    text = ("Fifteen civilians were killed on Friday by airstrikes in Aleppo, a monitor said. "
            "A father wept over his son. In Daraa, shelling also hit near a school as pupils were leaving it, "
            "wounding six children.")
    (event,) = [e for e in text_events(finder, text, "en") if e.place is not None and e.place.geonameid == 170905]
    assert (event.date_start, event.date_source, event.event_type) == (PUBLISHED, "publication",
                                                                       "Explosions/Remote violence")
    assert event.reported and event.fatalities is None


@pytest.mark.parametrize(("lang", "text"), [
    # the article does not report the day: its acts are weeks old
    ("fr", "Le 2 mars, quinze civils avaient été tués par des raids aériens à Alep. "
           "Les Nations unies ont appelé au calme. Par ailleurs, de violents combats ont éclaté à Deraa entre l'armée et les rebelles."),
    ("en", "On March 2, fifteen civilians were killed by airstrikes in Aleppo. "
           "The United Nations called for calm. Elsewhere, fierce clashes broke out in Daraa between the army and rebels."),
    # same-day reporting, but the undated sentence tells a state of affairs, not an act
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Alep. "
           "Les Nations unies ont appelé au calme. Les rebelles mènent des combats autour de Deraa."),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Aleppo. "
           "The United Nations called for calm. Rebels face fighting around Daraa."),
    # same-day reporting, but the undated sentence is a statement about the fighting
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Alep. "
           "Les Nations unies ont appelé au calme. Sur fond des combats à Deraa, Damas a déploré des crimes de guerre."),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Aleppo. "
           "The United Nations called for calm. Amid the fighting in Daraa, Damascus has condemned the rebels."),
    # no place of its own, and the place is told far before it in a long block (no short paragraph)
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Alep. À Deraa, l'armée ratissait les quartiers. "
           "Les Nations unies ont appelé au calme. Le médiateur a démissionné. La Russie a condamné les frappes. "
           "La France a salué sa décision. De violents combats ont éclaté dans le sud, selon une ONG."),
    # no place of its own, in a short paragraph, but a backdrop (a pluperfect), not the act of the day
    ("fr", "Quinze civils ont été tués ce vendredi par des raids aériens à Alep.\n"
           "À Deraa, l'armée ratissait les quartiers. Les rebelles avaient livré de violents combats avant l'avancée de l'armée."),
    ("en", "Fifteen civilians were killed on Friday by airstrikes in Aleppo.\n\n"
           "In Daraa, the army was combing rebel districts. Rebels had fought fierce battles there before the army advanced."),
])
def test_other_undated_sentences_still_give_no_event(finder, lang, text):
    assert [e for e in text_events(finder, text, lang) if e.event_type == "Battles"] == []
