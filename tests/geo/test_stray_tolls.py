"""Issue 19 (tolls): a toll told in a sentence that is no event of its own (no act, place or day
the extractor could make one of) and continues none is the toll of the act the article told
nearest before it (else first after it) that may have killed, on the sentence's day if it tells
one, near the place it names if it names one; a toll of several days or a week, a count of dead no
act or killing tells, another day's or another governorate's gives nothing; an act's toll is not
replaced.  Sentences written for these tests (geo.extract.stray_tolls)."""

import pytest

from geo.extract.numbers import find_fatalities
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import events, only

finder = attachment.finder  # the module's place finder (a fixture)


#: lang | place | toll | the article: the act placed and dated, its toll told apart (told first,
#: without place or day; on the act's day, no place of its own; a sentence apart, "the attack"; a
#: statement on the act; dated only by the day a source spoke, or told an outlet; its whole as it
#: stood on a later day, in place of the first toll)
TOLD_APART = """
en|I‘zāz|14|A car bomb hit a crowded market, killing at least 14 people. The explosion took place in Azaz on Saturday.
fr|I‘zāz|14|Un attentat à la voiture piégée a frappé un marché, faisant au moins 14 morts. L'explosion s'est produite samedi à Azaz.
en|Saraqib|33|Government forces launched an offensive near Saraqib on Sunday. The army killed 33 militants on Sunday, a military source said.
fr|Saraqib|33|Les forces gouvernementales ont lancé dimanche une offensive près de Saraqeb. L'armée a tué 33 combattants dimanche, selon une source militaire.
en|Saraqib|12|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. The Observatory said the attack killed at least 12 people.
fr|Saraqib|12|Des avions ont bombardé mardi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. Selon l'OSDH, l'attaque a fait au moins 12 morts.
en|Saraqib|35|Russian jets bombed a school in the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. The Coalition condemned the massacre in which 35 civilians were killed.
fr|Saraqib|35|Des avions russes ont bombardé mardi une école de la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. La Coalition a condamné le massacre dans lequel 35 civils ont été tués.
en|Saraqib|9|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. At least 9 people were killed, the Observatory said on Thursday.
fr|Saraqib|9|Des avions ont bombardé mardi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. Au moins 9 personnes ont été tuées, a indiqué l'OSDH jeudi.
en|Saraqib|9|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. At least 9 people were killed, a source told Reuters on Thursday.
en|Saraqib|9|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. At least 9 people were killed, an official told the BBC late on Thursday.
fr|Saraqib|9|Des avions ont bombardé mardi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. Au moins 9 personnes ont été tuées, a déclaré à l'AFP jeudi un responsable.
fr|Saraqib|9|Des avions ont bombardé mardi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. Au moins 9 personnes ont été tuées, a indiqué un responsable à Reuters jeudi.
en|I‘zāz|18|A car bomb killed 15 people in Azaz on Tuesday. Three of the wounded died on Thursday, bringing the death toll to 18.
en|I‘zāz|18|A car bomb killed 15 people in Azaz on Tuesday. The death toll rose to 18 on Thursday.
fr|I‘zāz|18|Une voiture piégée a tué mardi 15 personnes à Azaz. Jeudi, le bilan est passé à 18 morts.
fr|I‘zāz|18|Une voiture piégée a tué mardi 15 personnes à Azaz. Trois blessés ont succombé jeudi, portant le bilan à 18 morts.
"""
#: lang | the article: an act at Saraqib, then dead it does not hold (another day's killing; dead at
#: a place of their own in another governorate; dead no act or killing tells; a toll of several days)
NOT_ITS_DEAD = """
en|Warplanes struck the town of Saraqib on Monday. Government forces killed 20 rebels on Friday.
fr|Des avions ont bombardé lundi la ville de Saraqeb. Les forces gouvernementales ont tué 20 rebelles vendredi.
en|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. In Latakia at least 50 militants were killed in army operations.
fr|Des avions ont bombardé mardi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. À Lattaquié, au moins 50 combattants ont été tués lors d'opérations de l'armée.
en|Warplanes struck the town of Saraqib on Tuesday. Rescue workers searched the rubble for hours. Two infants died of malnutrition, doctors said.
en|Warplanes struck the town of Saraqib on Monday. Rescue workers searched the rubble for hours. The three-day offensive killed 40 people.
fr|Des avions ont bombardé lundi la ville de Saraqeb. Les secouristes ont fouillé les décombres pendant des heures. L'offensive de trois jours a fait 40 morts.
"""


def rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines()]


@pytest.mark.parametrize(("lang", "place", "toll", "text"), rows(TOLD_APART))
def test_a_stray_toll_is_the_toll_of_the_act_told(finder, lang, place, toll, text):
    event = only(events(finder, text, lang))
    assert (event.place.name, event.fatalities) == (place, int(toll))
    assert any(toll in span.sentence for span in event.spans)  # the toll's sentence is a source


@pytest.mark.parametrize(("lang", "text"), rows(NOT_ITS_DEAD))
def test_a_toll_of_no_act_told_gives_nothing(finder, lang, text):
    event = only(events(finder, text, lang))
    assert event.place.name == "Saraqib" and event.fatalities is None


def test_a_stray_toll_does_not_replace_the_acts_own(finder):
    text = ("Warplanes killed 12 people in the town of Saraqib on Tuesday. Rescue workers searched the rubble for "
            "hours. Another monitor said the attack killed 20 people.")
    assert only(events(finder, text, "en")).fatalities == 12


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The eight-day battle killed 200 people in Saraqib.", "en"),
    ("The battle of three days left 40 dead.", "en"),
    ("Cette bataille de huit jours avait fait 200 morts.", "fr"),
    ("Activists said 374 people were killed in the city during the past week.", "en"),
    # a battle's dead told looking back
    ("At least 150 militants had been killed in the battle for the airbase, the monitor said.", "en"),
])
def test_a_battle_or_a_week_tells_no_acts_toll(sentence, lang):
    assert find_fatalities(sentence, lang) == []


@pytest.mark.parametrize(("sentence", "toll"), [
    ("A one-day strike killed 5 people.", 5),
    ("A 24-day-old siege killed 3 people.", 3),
    ("The group collected the names of 69 civilians killed by mines in the town during a five-day investigation.", 69),
])
def test_a_day_that_is_no_stretch_keeps_the_toll(sentence, toll):
    assert [f.count for f in find_fatalities(sentence, "en")] == [toll]


#: lang | a toll with no day of its own | the next sentence, counting among its dead over a stretch
OVER_A_STRETCH = """
en|At least 327 people have also been killed in clashes in the province of Aleppo.|The monitor said 76 children were among those killed in clashes over the last 15 days.
en|Some 90 fighters have been killed in clashes near Saraqib.|Twelve commanders were among the dead in the past two weeks, the monitor said.
fr|Au moins 327 personnes ont été tuées dans des combats dans la province d'Alep.|Selon l'OSDH, 76 enfants figurent parmi les morts de ces derniers jours.
"""
#: lang | a running toll | dead told as more right after it: the same stretch's, no act's
MORE_AFTER_A_STRETCH = """
en|At least 150 militants had been killed in the battle for the airbase, the monitor said.|Another 60 soldiers were also killed.
fr|Depuis le début de l'offensive, 150 jihadistes ont été tués, selon l'OSDH.|Soixante autres soldats ont également péri.
"""


@pytest.mark.parametrize(("lang", "toll", "after"), rows(OVER_A_STRETCH))
def test_a_toll_its_next_sentence_spreads_over_days_is_no_acts(finder, lang, toll, after):
    act = {"en": "Warplanes struck the town of Binnish on Tuesday.",
           "fr": "Des avions ont bombardé mardi la ville de Binnish."}[lang]
    found = events(finder, f"{act} {toll} {after}", lang)
    assert [(e.place.name, e.fatalities) for e in found if e.reported] == [("Binnish", None)]
    # told without the stretch, the toll is an act's of its own
    assert any(e.reported and e.fatalities for e in events(finder, f"{act} {toll}", lang))


@pytest.mark.parametrize(("lang", "toll", "more"), rows(MORE_AFTER_A_STRETCH))
def test_dead_told_as_more_after_a_running_toll_are_no_acts(finder, lang, toll, more):
    act = {"en": "Troops recaptured the town of Binnish on Tuesday.",
           "fr": "Les troupes ont repris mardi la ville de Binnish."}[lang]
    assert [e.fatalities for e in events(finder, f"{act} {toll} {more}", lang) if e.reported] == [None]
    # right after the act, the dead told as more are its own
    assert [e.fatalities for e in events(finder, f"{act} {more}", lang) if e.reported] == [60]
