"""Issue 19: a toll told twice is one toll (sentences and articles written for these tests, EN and
FR, with the world gazetteer for the articles).

* the same words told twice (a sentence or a headline scraped twice, glued into one) count once,
  not as a part or as more dead (:attr:`geo.extract.numbers.Fatalities.said`);
* two groups told before the verb ("five children and four nurses killed") are the first group
  with the second added: told after a headline's whole, they are its retelling, not more dead;
* "the beheading of 11 hostages", "claim 9 martyrs", "175 members of the ISIS were killed", "have
  also been killed" count, and "another woman was killed" counts one more;
* the same toll of at least :data:`~geo.extract.retellings.RETOLD_TOLL_MIN` dead, of one type,
  told by a headline glued to its dateline and by the body of the act a couple of days before, is
  one act (:data:`~geo.extract.publication_retellings.PUBLICATION_LAG_DAYS`);
* a toll told word for word by two events (a paragraph scraped twice) makes them one act, and so
  does one of at least :data:`~geo.extract.retellings.RETOLD_ANY_KIND_MIN` dead read as two kinds;
* the dead counted in an earlier act's clause are that act's, not the sentence's own act's.
"""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.numbers import find_fatalities
from geo.extract.publication_retellings import PUBLICATION_LAG_DAYS
from geo.extract.retellings import RETOLD_ANY_KIND_MIN, RETOLD_TOLL_MIN
from geo.extract.tallies import Tally, event_toll
from tests.geo import test_event_place_attachment as attachment

finder = attachment.finder  # the module's place finder (a fixture)


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


SCRAPED_TWICE = {
    "en": "Their commander and 12 other fighters were killed in shelling on Monday in the north of the country",
    "fr": "Leur chef et 12 autres combattants ont été tués lundi dans des bombardements dans le nord du pays",
}



def tolled(finder, text: str, lang: str) -> list:
    """The events of ``text`` (published 16 July 2016) that carry a toll."""
    return [e for e in extract_events(text, lang, date(2016, 7, 16), finder.find(text, lang)) if e.fatalities]

@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_words_told_twice_count_once(lang):
    told = SCRAPED_TWICE[lang]
    assert toll(f"{told} {told}, a monitor said.", lang) == toll(f"{told}, a monitor said.", lang) == 12


@pytest.mark.parametrize(
    ("headline", "body", "lang", "expected"),
    [
        # the body's part told twice is one part of the headline's whole, not two
        ("3 civilians killed in rocket attacks",
         "Two civilians were killed and three others were injured in rocket attacks on the market. "
         "Two civilians were killed and three others were injured in rocket attacks on the market.", "en", 3),
        ("3 civils tués dans des tirs de roquettes",
         "Deux civils ont été tués et trois autres blessés par des roquettes sur le marché. "
         "Deux civils ont été tués et trois autres blessés par des roquettes sur le marché.", "fr", 3),
        # the same words told of another place are another telling: added
        ("3 civilians killed in rocket attacks",
         "Two civilians were killed in rocket attacks on the market. "
         "Two civilians were killed in rocket attacks on the mosque.", "en", 4),
    ],
)
def test_a_part_told_twice_word_for_word_is_one_part(headline, body, lang, expected):
    tally = Tally().told(find_fatalities(headline, lang))
    for sentence in body.split(". "):
        tally = tally.told(find_fatalities(sentence, lang))
    assert tally.toll == expected


@pytest.mark.parametrize(
    ("headline", "body", "lang", "expected"),
    [
        ("Strikes kill 130 militants in the east",
         "Some 90 militants and 40 foreign fighters were killed in the strikes.", "en", 130),
        ("Nine killed in strike on a clinic", "Five children and four nurses killed in the strike on the clinic.", "en", 9),
        ("Neuf morts dans une frappe sur une clinique",
         "Cinq enfants et quatre infirmiers tués dans la frappe sur la clinique.", "fr", 9),
    ],
)
def test_two_groups_told_after_the_whole_retell_it(headline, body, lang, expected):
    assert toll(body, lang) == expected  # alone, the groups add up
    assert Tally().told(find_fatalities(headline, lang)).told(find_fatalities(body, lang)).toll == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        pytest.param("The group released a video showing the beheading of 11 hostages.", "en", 11, id="beheading"),
        pytest.param("The execution of seven prisoners took place in the main square on Friday.", "en", 7,
                     id="execution"),
        pytest.param("Le groupe a diffusé une vidéo montrant la décapitation de 11 otages.", "fr", 11,
                     id="décapitation"),
        pytest.param("Rocket attacks on the city claim 9 martyrs.", "en", 9, id="martyrs"),
        pytest.param("The massacre of 1982 is remembered every year.", "en", None, id="a year is no toll"),
    ],
)
def test_killings_told_by_a_noun_count_their_dead(sentence, lang, expected):
    assert toll(sentence, lang) == expected


DATELINE_RETOLD = {
    "en": ("July 16 2016 Militants killed {n} in gas field battle near Palmyra.\n\n"
           "Militants killed {n} soldiers and guards when they captured a gas field near Palmyra on "
           "Thursday, a monitoring group said on Saturday."),
    "fr": ("16 juillet 2016 Des jihadistes ont tué {n} soldats dans la bataille d'un champ gazier près de Palmyre.\n\n"
           "Des jihadistes ont tué {n} soldats et gardes en prenant un champ gazier près de Palmyre jeudi, "
           "selon une ONG."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_retold_by_the_dateline_a_few_days_later_is_one_act(finder, lang):
    assert PUBLICATION_LAG_DAYS >= 2
    text = DATELINE_RETOLD[lang].format(n=48)
    found = tolled(finder, text, lang)
    assert [(e.fatalities, e.date_start.isoformat()) for e in found] == [(48, "2016-07-14")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_small_toll_retold_days_apart_stays_two_acts(finder, lang):
    assert RETOLD_TOLL_MIN > 2
    text = DATELINE_RETOLD[lang].format(n=2)
    found = tolled(finder, text, lang)
    assert sorted(e.fatalities for e in found) == [2, 2]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("At least 175 members of the ISIS were killed and many more were wounded in the offensive.", "en", 175),
        ("Some 30 fighters of the Nusra Front were killed near the town on Monday.", "en", 30),
        ("Au moins 12 combattants de l'EI ont été tués dans les frappes.", "fr", 12),
        # the group's wounded are no toll
        ("Five members of the family were wounded in the shelling.", "en", None),
        ("20 soldiers of the 4th Division were killed and 12 members of the militia were wounded.", "en", 20),
    ],
)
def test_victims_told_with_their_group_count(sentence, lang, expected):
    assert toll(sentence, lang) == expected


SCRAPED_PARAGRAPH = {
    "en": ("Rebels attacked the city of Hama on Saturday. The Observatory said at least 45 militants "
           "and 20 Kurdish fighters had been killed in the assault.\n\n"
           "Warplanes carried out air strikes on Homs on Saturday The Observatory said at least 45 militants "
           "and 20 Kurdish fighters had been killed in the assault."),
    "fr": ("Des rebelles ont attaqué la ville de Hama samedi. L'OSDH a indiqué qu'au moins 45 jihadistes "
           "et 20 combattants kurdes ont été tués dans l'assaut.\n\n"
           "Des avions ont mené des frappes aériennes sur Homs samedi L'OSDH a indiqué qu'au moins 45 "
           "jihadistes et 20 combattants kurdes ont été tués dans l'assaut."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_scraped_twice_is_one_act(finder, lang):
    text = SCRAPED_PARAGRAPH[lang]
    found = [e for e in extract_events(text, lang, date(2016, 2, 28), finder.find(text, lang)) if e.fatalities]
    assert [e.fatalities for e in found] == [65]
    assert len(found[0].spans) >= 3  # the act, its toll and the copy


RETOLD_OTHER_KIND = {
    "en": ("{n} soldiers were killed in clashes with militants at the gas field near Palmyra on Thursday, "
           "a monitor said.\n\nThe field supplies power to the western cities.\n\n"
           "The monitor said the militants had executed {n} people during the assault on Thursday."),
    "fr": ("{n} soldats ont été tués dans des affrontements avec des jihadistes au champ gazier près de Palmyre "
           "jeudi, selon une ONG.\n\nLe champ alimente en électricité les villes de l'ouest.\n\n"
           "Selon l'ONG, les jihadistes ont exécuté {n} personnes pendant l'assaut jeudi."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_large_toll_retold_as_another_kind_of_act_is_one_act(finder, lang):
    assert RETOLD_ANY_KIND_MIN <= 48
    text = RETOLD_OTHER_KIND[lang].format(n=48)
    found = tolled(finder, text, lang)
    assert [e.fatalities for e in found] == [48]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_small_toll_told_of_two_kinds_of_act_stays_two_acts(finder, lang):
    assert RETOLD_ANY_KIND_MIN > 4
    text = RETOLD_OTHER_KIND[lang].format(n=4)
    found = tolled(finder, text, lang)
    assert sorted(e.fatalities for e in found) == [4, 4]


EARLIER_ACT_DEAD = {
    "en": ("A car bomb killed 17 people at the crossing near Azaz on Wednesday.\n\n"
           "The new attack comes one week after a suicide bomber blew himself up at a checkpoint near the "
           "border crossing in Idlib province killing 29 fighters."),
    "fr": ("Une voiture piégée a tué 17 personnes au poste-frontière près d'Azaz mercredi.\n\n"
           "La nouvelle attaque survient une semaine après l'attentat suicide commis par un kamikaze à un barrage "
           "près du poste-frontière dans la province d'Idleb tuant 29 combattants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_dead_of_an_earlier_act_told_past_its_phrase_are_its_own(finder, lang):
    text = EARLIER_ACT_DEAD[lang]
    found = sorted((e for e in attachment.events(finder, text, lang) if e.fatalities), key=lambda e: e.date_start)
    assert [(e.date_start.isoformat(), e.fatalities) for e in found] == [("2016-10-19", 29), ("2016-10-26", 17)]


@pytest.mark.parametrize(
    ("before", "sentence", "lang", "expected"),
    [
        # one more victim told by "another", "un autre": added to the act's dead
        ("Two civilians were killed in the shelling.", "Another woman was killed by sniper fire.", "en", 3),
        ("Deux civils ont été tués dans le bombardement.", "Une autre femme a été tuée par un tireur.", "fr", 3),
        ("", "Another woman was killed by sniper fire in the town.", "en", 1),
        # "have also been killed": a toll
        ("", "At least 27 people have also been killed in clashes near the dam on Monday.", "en", 27),
    ],
)
def test_one_more_victim_and_dead_told_as_also_killed(before, sentence, lang, expected):
    assert Tally().told(find_fatalities(before, lang)).told(find_fatalities(sentence, lang)).toll == expected
