"""Acts French agencies tell around a recent day or a war-long toll, on sentences of our own: fighting
"depuis mercredi" / "depuis deux jours" is the news of those days, not a standing state or history
(geo.extract.act_mood, geo.extract.background, geo.extract.dates); the war's running toll told in a
clause glued to the act's sentence ("… dans un conflit qui a fait plus de 90.000 morts") is neither
the act's toll nor a sign of history (geo.extract.running_tolls); a town taken, as its subject, is
the act's place ("Rastane est tombée aux mains des rebelles": geo.extract.struck_places); an
organisation's head noun alone ("selon l'Observatoire") is no place (geo.extract.organisation_heads);
one victim dying ("un soldat a trouvé la mort") is a toll of one (geo.extract.numbers)."""

from datetime import timedelta

import pytest

from geo.extract.background import has_background_cue
from geo.extract.numbers import find_fatalities
from geo.extract.running_tolls import without_war_tolls
from tests.geo.reported_events import PUBLISHED, text_events

WEDNESDAY = PUBLISHED - timedelta(days=2)  # PUBLISHED is a Friday


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("fr", "Syrie : bilan\n\nDes combats opposent depuis mercredi les rebelles à l'armée à Rastane, selon l'OSDH.",
     WEDNESDAY, WEDNESDAY),
    ("fr", "Syrie : bilan\n\nDepuis mercredi, l'armée pilonne la ville de Rastane.", WEDNESDAY, WEDNESDAY),
    ("fr", "Syrie : bilan\n\nDepuis deux jours, de violents affrontements opposent l'armée aux rebelles à Rastane.",
     PUBLISHED - timedelta(days=1), PUBLISHED),
    ("fr", "Syrie : bilan\n\nL'armée bombarde depuis 48 heures la ville de Rastane.",
     PUBLISHED - timedelta(days=2), PUBLISHED),
])
def test_an_act_going_on_since_a_recent_day_is_news(told_events, start, end):
    assert [(e.place.name, e.date_start, e.date_end) for e in told_events] == [("Ar Rastan", start, end)]


@pytest.mark.parametrize(("lang", "text"), [
    # a standing state of the war, and history since a month
    ("fr", "Syrie : bilan\n\nLes combats opposent les rebelles aux jihadistes dans le nord de la Syrie."),
    ("fr", "Syrie : bilan\n\nDepuis mars, l'armée pilonne la ville de Rastane."),
])
def test_a_standing_state_or_a_long_stretch_is_no_news(told_events):
    assert told_events == []


@pytest.mark.parametrize(("lang", "text", "toll"), [
    ("fr", "Syrie : bilan\n\nMercredi, l'aviation a bombardé Rastane, dans un conflit qui a fait plus de 90.000 morts "
           "depuis mars 2011 selon l'ONU.", None),
    ("fr", "Syrie : bilan\n\nDix civils ont été tués mercredi à Rastane par des bombardements de l'armée, dont la "
           "participation à la guerre, qui a fait plus de 90.000 morts, est dénoncée par l'opposition.", 10),
    ("en", "Syria: toll\n\nWarplanes struck Rastan on Wednesday, in a war that has killed more than 300,000 people "
           "since 2011.", None),
    ("en", "Syria: toll\n\nTen civilians were killed in Rastan on Wednesday in a conflict which has claimed more "
           "than 300,000 lives.", 10),
])
def test_the_wars_running_toll_in_a_clause_is_no_acts_toll_nor_history(told_events, toll):
    assert [(e.place.name, e.date_start, e.fatalities) for e in told_events] == [("Ar Rastan", WEDNESDAY, toll)]


def test_the_wars_toll_told_as_the_sentence_itself_stays_background():
    assert has_background_cue("La guerre a fait plus de 300 000 morts depuis 2011.")
    assert has_background_cue("The war has killed more than 300,000 people.")
    clause = "conflit qui a fait plus de 90.000 morts selon l'ONU"
    blanked = without_war_tolls(f"L'armée a pris Rastane, dans un {clause}.")
    assert blanked == f"L'armée a pris Rastane, dans un {' ' * len(clause)}."


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "Syrie : bilan\n\nMercredi, Rastane est tombée aux mains des rebelles.", "Ar Rastan"),
    ("fr", "Syrie : bilan\n\nRastane est passée mercredi sous le contrôle de l'armée, selon l'OSDH.", "Ar Rastan"),
    ("fr", "Syrie : bilan\n\nRastane a été le théâtre mercredi de violents combats.", "Ar Rastan"),
    ("en", "Syria: toll\n\nDouma was captured by the army on Wednesday after fierce clashes.", "Dūmā"),
])
def test_a_town_taken_as_its_subject_is_the_acts_place(told_events, place):
    assert [(e.place.name, e.place_source, e.date_start) for e in told_events] == [(place, "sentence", WEDNESDAY)]


def test_a_place_before_a_taken_town_keeps_to_its_own_act(place_finder):
    # the active "Damas a repris" is the government's act: the town it took is the place
    text = "Syrie : bilan\n\nMercredi, l'armée a repris Rastane aux rebelles."
    assert [e.place.name for e in text_events(place_finder, text, "fr") if e.reported] == ["Ar Rastan"]


def test_an_organisations_head_noun_alone_is_no_place(place_finder):
    # a body named in full once, then by its head noun: no place (a Paris quarter is "Observatoire")
    text = ("Syrie : bilan\n\nDix civils ont été tués mercredi à Rastane, selon l'Observatoire syrien des droits "
            "de l'homme. Des combats ont éclaté jeudi à Homs, a indiqué l'Observatoire. La Turquie voisine de la "
            "Syrie a fermé sa frontière.")
    names = [m.text for m in place_finder.find(text, "fr")]
    assert "Observatoire" not in names
    assert {"Rastane", "Homs", "Turquie"} <= set(names)


def test_one_victim_dying_is_a_toll_of_one():
    dying = {"fr": ("Un soldat a trouvé la mort mercredi dans la province de Deraa.",
                    "Un civil a péri mercredi dans le bombardement de son quartier.",
                    "Une femme a perdu la vie dans l'explosion."),
             "en": ("A child died in the shelling on Wednesday.",)}
    for lang, sentences in dying.items():
        assert [[f.count for f in find_fatalities(s, lang)] for s in sentences] == [[1]] * len(sentences)
