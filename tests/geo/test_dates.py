import dataclasses
from datetime import date, datetime

import pytest

from geo.extract.dates import DateMention, find_dates

PUB = date(2022, 1, 23)  # the sample articles' publication date, a Sunday


def day(text: str, when: date | None, kind: str = "absolute") -> tuple:
    return (text, when, when, "day", kind)


def span(text: str, start: date | None, end: date | None, precision: str, kind: str) -> tuple:
    return (text, start, end, precision, kind)


def found(text: str, lang: str | None, published: date | None = PUB) -> list[tuple]:
    """find_dates as comparable tuples, after checking offsets, order and non-overlap."""
    mentions = find_dates(text, lang, published)  # type: ignore[arg-type]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.precision in ("day", "week", "month", "year")
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start
    return [(m.text, m.date_start, m.date_end, m.precision, m.kind) for m in mentions]


# --------------------------------------------------------------------------- sample articles

SAMPLE = [
    ("en", "Earlier, on January 4, an international coalition led by the United States attacked firing positions",
     [day("January 4", date(2022, 1, 4))]),
    ("en", "Earlier, on December 5, explosions were heard at an American base",
     [day("December 5", date(2021, 12, 5))]),
    ("en", "In October, the base of the US and the Western coalition was also fired upon.",
     [span("In October", date(2021, 10, 1), date(2021, 10, 31), "month", "month")]),
    ("en", "On Saturday, Al-Arabiya TV reported that the SDF, allegedly with the support of the US military, "
           "launched another assault on the prison in Al-Hasakah",
     [day("Saturday", date(2022, 1, 22), "weekday")]),
    ("en", "In May, US President Joe Biden extended sanctions on Syria for a year.",
     [span("In May", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("en", "The armed conflict in Syria has been going on since 2011.",
     [span("since 2011", date(2011, 1, 1), PUB, "year", "background")]),
    ("en", "Thus, various restrictive measures introduced by Washington in stages since 2004 remain",
     [span("since 2004", date(2004, 1, 1), PUB, "year", "background")]),
    ("en", "the Syrian state agency reported on January 22. SANA.",
     [day("January 22", date(2022, 1, 22))]),
    ("en", "in a few days of fighting, the Kurdish “special forces destroyed fifty-six terrorists.” "
           "The number of victims among the SDF fighters increased to thirty-three.",
     []),
    ("fr", "Après quelques jours de combats déclenchés le 20 janvier par une attaque de Daech* contre la prison",
     [day("20 janvier", date(2022, 1, 20))]),
    ("fr", "Dans un communiqué publié samedi 22 janvier, la diplomatie a de nouveau réclamé le retrait",
     [day("samedi 22 janvier", date(2022, 1, 22))]),
    ("fr", "Samedi, Sana a annoncé que l’aviation américaine avait complètement détruit l’Institut technique",
     [day("Samedi", date(2022, 1, 22), "weekday")]),
    ("fr", "Vendredi, le ministère russe de la Défense a mis en garde contre l’utilisation de l’aviation",
     [day("Vendredi", date(2022, 1, 21), "weekday")]),
    ("fr", "Le même jour, la chaîne de télévision Al-Arabiya a rapporté que les FDS avaient lancé un nouvel assaut",
     [day("Le même jour", None, "anaphoric")]),
    ("fr", "Sur fond des combats entre formations kurdes, Damas a déploré \"des... 23.01.2022, Sputnik France",
     [day("23.01.2022", date(2022, 1, 23))]),
    ("fr", "Al-Arabiya indique qu’en quelques jours, les Kurdes ont tué 56 terroristes mais perdu 33 des leurs.",
     []),
    ("fr", "Selon Sana, deux voitures piégées ont explosé le 20 janvier à proximité des entrées de la prison",
     [day("20 janvier", date(2022, 1, 20))]),
    ("fr", "Dans le même communiqué, les autorités ont blâmé \"les forces d’occupation américaines\"", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SAMPLE)
def test_sample_article_sentences(lang, text, expected):
    assert found(text, lang) == expected


# --------------------------------------------------------------------------- absolute dates

ABSOLUTE = [
    ("en", "The prison attack began on Thursday, January 20, 2022, with a car bomb.",
     [day("Thursday, January 20, 2022", date(2022, 1, 20))]),
    ("en", "A drone struck the convoy on 4 January near Deir ez-Zor.", [day("4 January", date(2022, 1, 4))]),
    ("en", "The strike on 4th January 2022 killed two fighters.", [day("4th January 2022", date(2022, 1, 4))]),
    ("en", "The base was shelled again on January 4th, officials said.", [day("January 4th", date(2022, 1, 4))]),
    ("en", "Fighting resumed on the 18th of January near Tal Tamr.", [day("18th of January", date(2022, 1, 18))]),
    ("en", "Rockets hit the Omar oil field on Jan. 4 and again on Sept. 30.",
     [day("Jan. 4", date(2022, 1, 4)), day("Sept. 30", date(2021, 9, 30))]),
    ("en", "The Pentagon said on Saturday, 22 January that it had carried out strikes.",
     [day("Saturday, 22 January", date(2022, 1, 22))]),
    ("en", "On May 12, 2021, the ministry announced new sanctions.", [day("May 12, 2021", date(2021, 5, 12))]),
    ("en", "The march on March 3 was dispersed by police.", [day("March 3", date(2021, 3, 3))]),
    ("en", "The report, dated 22/01/2022, lists 30 strikes.", [day("22/01/2022", date(2022, 1, 22))]),
    ("en", "The report, dated 2022-01-22, lists 30 strikes.", [day("2022-01-22", date(2022, 1, 22))]),
    ("en", "A US-format date such as 01/22/2022 is read month first when day first is impossible.",
     [day("01/22/2022", date(2022, 1, 22))]),
    ("fr", "Le 1er janvier, des tirs ont visé la base d’al-Omar.", [day("1er janvier", date(2022, 1, 1))]),
    ("fr", "L’attaque du 20 janvier 2022 contre la prison de Ghwayran a fait des dizaines de morts.",
     [day("20 janvier 2022", date(2022, 1, 20))]),
    ("fr", "Le 5 fevrier et le 3 aout, puis le 15 août et le 2 decembre, des frappes ont eu lieu.",
     [day("5 fevrier", date(2021, 2, 5)), day("3 aout", date(2021, 8, 3)),
      day("15 août", date(2021, 8, 15)), day("2 decembre", date(2021, 12, 2))]),
    ("fr", "Le 3 février et le 24 décembre, la base a été visée.",
     [day("3 février", date(2021, 2, 3)), day("24 décembre", date(2021, 12, 24))]),
    ("fr", "Un communiqué daté du 22/01/2022 fait état de 12 morts.", [day("22/01/2022", date(2022, 1, 22))]),
    ("fr", "Mise à jour 2022-01-22 : le bilan s’alourdit.", [day("2022-01-22", date(2022, 1, 22))]),
    ("fr", "Dimanche 16 janvier, les FDS ont repoussé une attaque.",
     [day("Dimanche 16 janvier", date(2022, 1, 16))]),
    # wire datelines abbreviate the month without a dot, before the year or the agency
    ("fr", "DAMAS, 22 sept 2016 (AFP) - Des raids ont tué sept civils.", [day("22 sept 2016", date(2016, 9, 22))]),
    ("fr", "BEYROUTH, 3 janv (AFP) - Sept personnes ont été tuées.", [day("3 janv", date(2022, 1, 3))]),
    ("fr", "Les frappes du 4 févr 2021 et du 9 déc 2021 ont visé Idleb.",
     [day("4 févr 2021", date(2021, 2, 4)), day("9 déc 2021", date(2021, 12, 9))]),
    # a day without its month (geo.extract.day_alone): the publication's month, else the month before
    ("fr", "Le 3, un attentat avait fait huit morts à Jaramana.", [day("Le 3", date(2022, 1, 3))]),
    ("fr", "Le 28, des raids ont frappé Alep ; le 12 au soir, Idleb.",
     [day("Le 28", date(2021, 12, 28)), day("le 12 au soir", date(2022, 1, 12))]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), ABSOLUTE)
def test_absolute_dates(lang, text, expected):
    assert found(text, lang) == expected


# --------------------------------------------------------------------------- ranges

RANGES = [
    ("en", "Clashes raged between 20 and 23 January around the Ghwayran prison.",
     [span("between 20 and 23 January", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "From 20 to 23 January, IS fighters held part of the prison.",
     [span("From 20 to 23 January", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "The siege lasted 20-23 January, according to the SDF.",
     [span("20-23 January", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "Curfews were imposed 20 to 23 January in Hasakah.",
     [span("20 to 23 January", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "Fighting continued January 20-23 in the Ghwayran district.",
     [span("January 20-23", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "Fighting continued from January 20 to 23 in the city.",
     [span("from January 20 to 23", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("en", "The town was shelled daily from 30 December to 2 January.",
     [span("from 30 December to 2 January", date(2021, 12, 30), date(2022, 1, 2), "day", "range")]),
    ("en", "Talks were held between 10 and 12 May 2021 in Astana.",
     [span("between 10 and 12 May 2021", date(2021, 5, 10), date(2021, 5, 12), "day", "range")]),
    ("fr", "Les combats ont eu lieu entre le 20 et le 23 janvier dans le quartier de Ghwayran.",
     [span("entre le 20 et le 23 janvier", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("fr", "Du 20 au 23 janvier, la prison a été assiégée par les FDS.",
     [span("Du 20 au 23 janvier", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("fr", "La ville a été bombardée du 30 décembre au 2 janvier.",
     [span("du 30 décembre au 2 janvier", date(2021, 12, 30), date(2022, 1, 2), "day", "range")]),
    ("fr", "Les 22 et 23 janvier, des frappes ont visé Hassaké.",
     [span("Les 22 et 23 janvier", date(2022, 1, 22), date(2022, 1, 23), "day", "range")]),
    ("fr", "Un couvre-feu a été imposé 20-23 janvier.",
     [span("20-23 janvier", date(2022, 1, 20), date(2022, 1, 23), "day", "range")]),
    ("fr", "Dans la nuit du 22 au 23, des obus sont tombés sur Hassaké.",
     [span("Dans la nuit du 22 au 23", date(2022, 1, 22), date(2022, 1, 23), "day", "range")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES)
def test_ranges(lang, text, expected):
    assert found(text, lang) == expected


# --------------------------------------------------------------------------- relative expressions

RELATIVE = [
    ("en", "Yesterday, a drone struck a convoy near Deir ez-Zor.", [day("Yesterday", date(2022, 1, 22), "relative")]),
    ("en", "A car bomb exploded the day before yesterday in Azaz.",
     [day("the day before yesterday", date(2022, 1, 21), "relative")]),
    ("en", "The ministry said today that 12 soldiers had been wounded.",
     [day("today", date(2022, 1, 23), "relative")]),
    ("en", "Shelling resumed this morning and a curfew begins tonight.",
     [day("this morning", PUB, "relative"), day("tonight", PUB, "relative")]),
    ("en", "Two days ago, an attack targeted the base.", [day("Two days ago", date(2022, 1, 21), "relative")]),
    ("en", "The convoy left 5 days ago and has not arrived.", [day("5 days ago", date(2022, 1, 18), "relative")]),
    ("en", "Three soldiers were killed last week in Idlib.",
     [span("last week", date(2022, 1, 10), date(2022, 1, 16), "week", "relative")]),
    ("en", "This week, the coalition carried out 14 strikes.",
     [span("This week", date(2022, 1, 17), PUB, "week", "relative")]),
    ("en", "Earlier this month, Turkish drones struck Qamishli.",
     [span("Earlier this month", date(2022, 1, 1), PUB, "month", "relative")]),
    ("en", "Last month, at least 20 civilians were killed; last year the toll was 500.",
     [span("Last month", date(2021, 12, 1), date(2021, 12, 31), "month", "relative"),
      span("last year", date(2021, 1, 1), date(2021, 12, 31), "year", "relative")]),
    ("fr", "Hier, un drone a frappé un convoi près de Deir ez-Zor.", [day("Hier", date(2022, 1, 22), "relative")]),
    ("fr", "Avant-hier, une voiture piégée a explosé à Azaz.",
     [day("Avant-hier", date(2022, 1, 21), "relative")]),
    ("fr", "Aujourd’hui, le ministère a annoncé 12 blessés ; ce matin, un drone a frappé.",
     [day("Aujourd’hui", PUB, "relative"), day("ce matin", PUB, "relative")]),
    ("fr", "Il y a trois jours, une attaque a visé la base d’al-Tanf.",
     [day("Il y a trois jours", date(2022, 1, 20), "relative")]),
    ("fr", "Trois soldats ont été tués la semaine dernière à Idleb.",
     [span("la semaine dernière", date(2022, 1, 10), date(2022, 1, 16), "week", "relative")]),
    ("fr", "Cette semaine, la coalition a mené 14 frappes.",
     [span("Cette semaine", date(2022, 1, 17), PUB, "week", "relative")]),
    ("fr", "Plus tôt ce mois-ci, des drones turcs ont frappé Qamichli.",
     [span("Plus tôt ce mois-ci", date(2022, 1, 1), PUB, "month", "relative")]),
    ("fr", "Au début du mois, des drones turcs ont frappé Qamichli.",
     [span("début du mois", date(2022, 1, 1), PUB, "month", "relative")]),
    ("fr", "Le mois dernier, 20 civils ont été tués ; l’an dernier, 500, et l'année dernière encore plus.",
     [span("Le mois dernier", date(2021, 12, 1), date(2021, 12, 31), "month", "relative"),
      span("l’an dernier", date(2021, 1, 1), date(2021, 12, 31), "year", "relative"),
      span("l'année dernière", date(2021, 1, 1), date(2021, 12, 31), "year", "relative")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE)
def test_relative_expressions(lang, text, expected):
    assert found(text, lang) == expected


# the periods news reports tell their acts by: the weekend, the night, weeks or months ago,
# recent days, the past hours or days (PUB is a Sunday)
REPORTING_PERIODS = [
    ("en", "Rebels captured two villages at the weekend.",
     [span("at the weekend", date(2022, 1, 22), PUB, "day", "relative")]),
    ("en", "Rebels captured two villages over the weekend, and last weekend a school was hit.",
     [span("over the weekend", date(2022, 1, 22), PUB, "day", "relative"),
      span("last weekend", date(2022, 1, 15), date(2022, 1, 16), "day", "relative")]),
    ("en", "The militants were ousted from the town two weeks ago.",
     [span("two weeks ago", date(2022, 1, 6), date(2022, 1, 12), "week", "relative")]),
    ("en", "A fortnight ago the bridge was blown up; three months ago the dam.",
     [span("A fortnight ago", date(2022, 1, 6), date(2022, 1, 12), "week", "relative"),
      span("three months ago", date(2021, 10, 1), date(2021, 10, 31), "month", "relative")]),
    ("en", "Clashes broke out overnight in the old city.",
     [span("overnight", date(2022, 1, 22), PUB, "day", "relative")]),
    ("en", "Clashes broke out overnight Thursday in the old city.",  # the night of that Thursday
     [day("Thursday", date(2022, 1, 20), "weekday")]),
    ("en", "In the past 24 hours, 40 people were killed, and over the past two days 70.",
     [span("In the past 24 hours", date(2022, 1, 22), PUB, "day", "relative"),
      span("over the past two days", date(2022, 1, 22), PUB, "week", "relative")]),
    ("en", "Air raids intensified in recent days across the province.",
     [span("in recent days", date(2022, 1, 17), PUB, "week", "relative")]),
    ("fr", "Les rebelles ont pris deux villages ce week-end.",
     [span("ce week-end", date(2022, 1, 22), PUB, "day", "relative")]),
    ("fr", "Le week-end dernier, une école a été touchée.",
     [span("Le week-end dernier", date(2022, 1, 15), date(2022, 1, 16), "day", "relative")]),
    ("fr", "Les jihadistes ont été chassés de la ville il y a deux semaines.",
     [span("il y a deux semaines", date(2022, 1, 6), date(2022, 1, 12), "week", "relative")]),
    ("fr", "Il y a quinze jours le pont a sauté ; il y a trois mois, le barrage.",
     [span("Il y a quinze jours", date(2022, 1, 6), date(2022, 1, 12), "week", "relative"),
      span("il y a trois mois", date(2021, 10, 1), date(2021, 10, 31), "month", "relative")]),
    ("fr", "Des combats ont éclaté dans la nuit dans la vieille ville.",
     [span("dans la nuit", date(2022, 1, 22), PUB, "day", "relative")]),
    ("fr", "Des combats ont éclaté dans la nuit de jeudi à vendredi dans la vieille ville.",
     [span("dans la nuit de jeudi à vendredi", date(2022, 1, 20), date(2022, 1, 21), "day", "range")]),
    ("fr", "Une centaine de soldats sont morts entre lundi et mardi, et d'autres du jeudi au samedi.",
     [span("entre lundi et mardi", date(2022, 1, 17), date(2022, 1, 18), "day", "range"),
      span("du jeudi au samedi", date(2022, 1, 20), date(2022, 1, 22), "day", "range")]),
    ("en", "About a hundred soldiers died between Monday and Tuesday, and others from Thursday to Saturday.",
     [span("between Monday and Tuesday", date(2022, 1, 17), date(2022, 1, 18), "day", "range"),
      span("from Thursday to Saturday", date(2022, 1, 20), date(2022, 1, 22), "day", "range")]),
    ("en", "Fighting went on between Saturday and Monday.",  # a stretch over the weekend, ending on a Monday
     [span("between Saturday and Monday", date(2022, 1, 15), date(2022, 1, 17), "day", "range")]),
    ("fr", "Au moins 40 personnes ont été tuées en 24 heures, et 70 au cours des deux derniers jours.",
     [span("en 24 heures", date(2022, 1, 22), PUB, "day", "relative"),
      span("au cours des deux derniers jours", date(2022, 1, 22), PUB, "week", "relative")]),
    ("fr", "Les raids se sont intensifiés ces derniers jours dans la province.",
     [span("ces derniers jours", date(2022, 1, 17), PUB, "week", "relative")]),
    # plans: after publication (so no act: geo.extract.reported_dates)
    ("en", "Talks are due next week, and elections next month.",
     [span("next week", date(2022, 1, 24), date(2022, 1, 30), "week", "relative"),
      span("next month", date(2022, 2, 1), date(2022, 2, 28), "month", "relative")]),
    ("fr", "Attendu en début de semaine prochaine à Genève, il votera le mois prochain.",
     [span("en début de semaine prochaine", date(2022, 1, 24), date(2022, 1, 30), "week", "relative"),
      span("le mois prochain", date(2022, 2, 1), date(2022, 2, 28), "month", "relative")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), REPORTING_PERIODS)
def test_reporting_periods(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The weekend market reopened after months of siege."),
    ("en", "In a few days of fighting the front did not move."),
    ("fr", "En quelques jours de combats, le front n'a pas bougé."),
    ("fr", "La nuit suivante, le calme est revenu."),  # the night after an earlier day: no date of its own
])
def test_what_is_no_reporting_period(lang, text):
    assert not [m for m in found(text, lang) if m[4] == "relative"]


# --------------------------------------------------------------------------- weekdays

WEEKDAYS = [
    ("en", "Last Saturday, the SDF launched an assault on the prison.",
     [day("Last Saturday", date(2022, 1, 22), "weekday")]),
    ("en", "Friday night, a drone struck a car near al-Bab.", [day("Friday night", date(2022, 1, 21), "weekday")]),
    ("en", "The ministry said on Tuesday that 12 soldiers were wounded.",
     [day("Tuesday", date(2022, 1, 18), "weekday")]),
    ("en", "The SANA agency reported the attack on Sunday.", [day("Sunday", PUB, "weekday")]),
    ("fr", "Samedi dernier, les FDS ont lancé un nouvel assaut.",
     [day("Samedi dernier", date(2022, 1, 22), "weekday")]),
    ("fr", "Ce samedi, les FDS ont repris le contrôle de la prison.", [day("Ce samedi", date(2022, 1, 22), "weekday")]),
    ("fr", "Les frappes ont repris mardi, selon l’OSDH.", [day("mardi", date(2022, 1, 18), "weekday")]),
    ("fr", "Jeudi soir, des tirs ont été entendus à Hassaké.", [day("Jeudi soir", date(2022, 1, 20), "weekday")]),
    # a possessive whose apostrophe scraping lost, before the act it dates
    ("en", "Twelve people wounded in Tuesdays attack were taken to Turkey.",
     [day("Tuesday", date(2022, 1, 18), "weekday")]),
    ("en", "Victims of Fridays deadly air strike were buried.", [day("Friday", date(2022, 1, 21), "weekday")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAYS)
def test_weekdays(lang, text, expected):
    assert found(text, lang) == expected


def test_last_weekday_is_strictly_before_publication():
    saturday = date(2022, 1, 22)
    assert found("Saturday, the SDF attacked.", "en", saturday)[0][1] == saturday
    assert found("Last Saturday, the SDF attacked.", "en", saturday)[0][1] == date(2022, 1, 15)
    assert found("Samedi dernier, les FDS ont attaqué.", "fr", saturday)[0][1] == date(2022, 1, 15)
    assert found("Next Monday, talks open in Geneva.", "en", saturday)[0][1] == date(2022, 1, 24)


# --------------------------------------------------------------------------- months and years

MONTHS = [
    ("en", "In May 2021, Joe Biden extended the sanctions.",
     [span("In May 2021", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("en", "By mid-May, the offensive on Idlib had stalled.",
     [span("mid-May", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("en", "The offensive began in early May and ended in late October.",
     [span("in early May", date(2021, 5, 1), date(2021, 5, 31), "month", "month"),
      span("in late October", date(2021, 10, 1), date(2021, 10, 31), "month", "month")]),
    ("en", "Last October, the base at al-Tanf was attacked by drones.",
     [span("Last October", date(2021, 10, 1), date(2021, 10, 31), "month", "month")]),
    ("en", "The March 2011 protests spread quickly; in March they reached Daraa.",
     [span("March 2011", date(2011, 3, 1), date(2011, 3, 31), "month", "month"),
      span("in March", date(2021, 3, 1), date(2021, 3, 31), "month", "month")]),
    ("en", "In January, 40 strikes were recorded.",
     [span("In January", date(2022, 1, 1), date(2022, 1, 31), "month", "month")]),
    ("en", "The town has been under siege since May 2021.",
     [span("since May 2021", date(2021, 5, 1), PUB, "month", "background")]),
    # a day after "since" / "depuis" opens a period up to publication, no act's day
    ("en", "Raids have killed 300 civilians since 3 January.",
     [span("since 3 January", date(2022, 1, 3), PUB, "day", "background")]),
    ("fr", "Les raids ont tué 300 civils depuis le 1er janvier, selon l'OSDH.",
     [span("depuis le 1er janvier", date(2022, 1, 1), PUB, "day", "background")]),
    ("fr", "En octobre, la base américaine avait déjà été visée.",
     [span("En octobre", date(2021, 10, 1), date(2021, 10, 31), "month", "month")]),
    ("fr", "En mai 2021, Joe Biden a prolongé les sanctions contre la Syrie.",
     [span("En mai 2021", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("fr", "À la mi-mai, l’offensive s’est enlisée.",
     [span("mi-mai", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("fr", "Début mai, l’offensive a commencé ; fin octobre, elle s’est arrêtée.",
     [span("Début mai", date(2021, 5, 1), date(2021, 5, 31), "month", "month"),
      span("fin octobre", date(2021, 10, 1), date(2021, 10, 31), "month", "month")]),
    ("fr", "Au début du mois de mai, des renforts sont arrivés.",
     [span("début du mois de mai", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), MONTHS)
def test_months(lang, text, expected):
    assert found(text, lang) == expected


YEARS = [
    ("en", "In 2019, the SDF took Baghuz, the last IS stronghold.",
     [span("In 2019", date(2019, 1, 1), date(2019, 12, 31), "year", "year")]),
    ("en", "He was wounded in 2015 clashes with IS.",
     [span("in 2015", date(2015, 1, 1), date(2015, 12, 31), "year", "year")]),
    ("fr", "En 2019, les FDS ont pris Baghouz.",
     [span("En 2019", date(2019, 1, 1), date(2019, 12, 31), "year", "year")]),
    ("fr", "Le conflit en Syrie dure depuis 2011.",
     [span("depuis 2011", date(2011, 1, 1), PUB, "year", "background")]),
    ("fr", "Des sanctions sont en place depuis 2004.",
     [span("depuis 2004", date(2004, 1, 1), PUB, "year", "background")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS)
def test_years(lang, text, expected):
    assert found(text, lang) == expected


# --------------------------------------------------------------------------- anaphoric

ANAPHORIC = [
    ("en", "The same day, Al-Arabiya reported a new assault.", [day("The same day", None, "anaphoric")]),
    ("en", "On that day, the coalition said nothing.", [day("that day", None, "anaphoric")]),
    ("en", "On the same day, explosions were heard at the base.", [day("the same day", None, "anaphoric")]),
    ("fr", "Ce jour-là, la chaîne a rapporté de nouveaux combats.", [day("Ce jour-là", None, "anaphoric")]),
    ("fr", "Le même jour, l’aviation a frappé Hassaké.", [day("Le même jour", None, "anaphoric")]),
    # a part of the day without its day: the day told before, else the day of publication
    ("fr", "Depuis l'aube, l'aviation bombarde la ville.", [day("Depuis l'aube", PUB, "anaphoric")]),
    ("fr", "Dans la soirée, des chars sont entrés dans le quartier.", [day("Dans la soirée", PUB, "anaphoric")]),
    ("fr", "Des combats ont éclaté en fin de journée près de l'aéroport.", [day("en fin de journée", PUB, "anaphoric")]),
    # ... and the day named with it dates it
    ("fr", "Des combats ont éclaté dans la soirée de jeudi.", [day("jeudi", date(2022, 1, 20), "weekday")]),
    ("fr", "Des combats ont éclaté à l'aube, jeudi, près de l'aéroport.", [day("jeudi", date(2022, 1, 20), "weekday")]),
    # the same in English wire copy
    ("en", "Troops stormed the hill at dawn, a source said.", [day("at dawn", PUB, "anaphoric")]),
    ("en", "In the early hours, jets pounded the old town.", [day("In the early hours", PUB, "anaphoric")]),
    ("en", "Gunmen opened fire shortly before nightfall.", [day("shortly before nightfall", PUB, "anaphoric")]),
    ("en", "Shells fell on the market in the afternoon.", [day("in the afternoon", PUB, "anaphoric")]),
    ("en", "Jets struck the bridge at dawn on Thursday.", [day("Thursday", date(2022, 1, 20), "weekday")]),
    ("en", "Jets struck the bridge in the early hours of Thursday.", [day("Thursday", date(2022, 1, 20), "weekday")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), ANAPHORIC)
def test_anaphoric(lang, text, expected):
    assert found(text, lang) == expected


# --------------------------------------------------------------------------- what is not a date

NOT_DATES = [
    ("en", "The Kurdish special forces destroyed fifty-six terrorists."),
    ("en", "They said they may march on Raqqa in the coming days."),
    ("en", "Protesters march to the square; the army may respond with force."),
    ("en", "Supporters will March to the square, organisers said."),
    ("en", "The meeting ended at 10:30 and resumed at 14:00."),
    ("en", "The sanctions were extended for a year."),
    ("en", "Witnesses said 31 February was the date on the forged order."),
    ("en", "Resolution 2254 was adopted by 15 votes; 2,019 people were displaced."),
    ("en", "The Sunday Times and the Good Friday Agreement are not dates."),
    ("en", "The market opens on Tuesdays and Fridays."),
    ("en", "See https://fr.sputniknews.com/20220123/combats-a-hassake-1054558426.html"),
    ("en", "Violence in the 2000s displaced 20 families."),
    ("en", "The prime minister, Theresa May, visited the troops."),
    ("fr", "Al-Arabiya indique qu’en quelques jours, les Kurdes ont tué 56 terroristes mais perdu 33 des leurs."),
    ("fr", "Il a maintenant 20 ans et vit en Marseille."),
    ("fr", "Le 31 février n’existe pas, ni le 31 avril."),
    # "sept" (seven) counts, and an abbreviated month without its dot needs a year or an agency
    ("fr", "Le raid a fait sept morts et sept blessés, sept ans après le début de la guerre."),
    ("fr", "Des 22 otages, sept ont été tués ; les 15 sept autres sont libres."),
    # a day number without its month only opening a clause before a comma or a part of the day
    ("fr", "Le 1er ministre a reçu le 3e régiment et le 12 de ses officiers."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang, text):
    assert found(text, lang) == []


def test_may_lowercase_is_never_a_date_but_capitalised_may_with_context_is():
    assert found("The strikes may continue in May.", "en") == [
        span("in May", date(2021, 5, 1), date(2021, 5, 31), "month", "month")
    ]
    assert found("May is a month, but alone it is not a mention.", "en") == []
    assert found("They may 12 times have tried.", "en") == []


# --------------------------------------------------------------------------- year inference

INFERENCE = [
    # a December date in a January article is last year's, a January date this year's
    ("en", "On December 30, a car bomb exploded.", date(2022, 1, 3), [day("December 30", date(2021, 12, 30))]),
    ("en", "On January 2, a car bomb exploded.", date(2022, 1, 3), [day("January 2", date(2022, 1, 2))]),
    # up to 7 days after publication is still this year (announced dates)
    ("en", "Talks are due on January 10.", date(2022, 1, 3), [day("January 10", date(2022, 1, 10))]),
    # more than 7 days after publication: last year
    ("en", "Talks were held on January 11.", date(2022, 1, 3), [day("January 11", date(2021, 1, 11))]),
    # a late-December article announcing an early-January date
    ("fr", "Des pourparlers sont prévus le 2 janvier.", date(2021, 12, 28), [day("2 janvier", date(2022, 1, 2))]),
    # months: after the publication month is last year's, up to it this year's
    ("en", "In December, 40 strikes were recorded.", date(2022, 1, 3),
     [span("In December", date(2021, 12, 1), date(2021, 12, 31), "month", "month")]),
    ("fr", "En mai, 40 frappes ont été recensées.", date(2022, 6, 10),
     [span("En mai", date(2022, 5, 1), date(2022, 5, 31), "month", "month")]),
    ("en", "Last June, the base was attacked.", date(2022, 6, 10),
     [span("Last June", date(2021, 6, 1), date(2021, 6, 30), "month", "month")]),
    # ranges across the new year
    ("fr", "Du 28 décembre au 3 janvier, la ville a été bombardée.", date(2022, 1, 5),
     [span("Du 28 décembre au 3 janvier", date(2021, 12, 28), date(2022, 1, 3), "day", "range")]),
    # last week / last month across the new year
    ("en", "Last month, 20 people were killed.", date(2022, 1, 5),
     [span("Last month", date(2021, 12, 1), date(2021, 12, 31), "month", "relative")]),
    ("en", "Last week, 20 people were killed.", date(2022, 1, 5),
     [span("Last week", date(2021, 12, 27), date(2022, 1, 2), "week", "relative")]),
    # 29 February exists only in leap years
    ("en", "On February 29, the town fell.", date(2024, 3, 10), [day("February 29", date(2024, 2, 29))]),
    ("en", "On February 29, the town fell.", date(2022, 3, 10), []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "published", "expected"), INFERENCE)
def test_year_inference(lang, text, published, expected):
    assert found(text, lang, published) == expected


# --------------------------------------------------------------------------- without a publication date

NO_PUBLISHED = [
    ("en", "On January 4, 2022, the coalition struck Deir ez-Zor.", [day("January 4, 2022", date(2022, 1, 4))]),
    ("en", "On January 4, the coalition struck Deir ez-Zor.", [day("January 4", None)]),
    ("en", "Yesterday, a drone struck a convoy.", [day("Yesterday", None, "relative")]),
    ("en", "Three soldiers were killed last week.", [span("last week", None, None, "week", "relative")]),
    ("en", "On Saturday, the SDF launched an assault.", [day("Saturday", None, "weekday")]),
    ("en", "In October, the base was fired upon.", [span("In October", None, None, "month", "month")]),
    ("en", "In May 2021, sanctions were extended.",
     [span("In May 2021", date(2021, 5, 1), date(2021, 5, 31), "month", "month")]),
    ("en", "Fighting raged between 20 and 23 January.",
     [span("between 20 and 23 January", None, None, "day", "range")]),
    ("en", "In 2019, the SDF took Baghuz.", [span("In 2019", date(2019, 1, 1), date(2019, 12, 31), "year", "year")]),
    ("en", "The war has been going on since 2011.", [span("since 2011", date(2011, 1, 1), None, "year", "background")]),
    ("fr", "Hier, le 20 janvier, soit le 20.01.2022, les combats ont commencé.",
     [day("Hier", None, "relative"), day("20 janvier", None), day("20.01.2022", date(2022, 1, 20))]),
    ("fr", "Samedi 22 janvier, la diplomatie a réclamé le retrait.", [day("Samedi 22 janvier", None)]),
    # invalid days are skipped even when there is no year to check them against
    ("en", "On 31 February and April 31, nothing happened; the 30-32 January range is invalid too.", []),
    ("fr", "Le 31 février et du 30 au 32 janvier, rien ne s’est passé.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), NO_PUBLISHED)
def test_without_publication_date(lang, text, expected):
    assert found(text, lang, None) == expected


# --------------------------------------------------------------------------- languages, offsets, interface


@pytest.mark.parametrize("lang", [None, "", "ar", "xx"])
def test_unknown_language_tries_both(lang):
    text = "Samedi 22 janvier, then on January 4 and hier."
    assert found(text, lang) == [
        day("Samedi 22 janvier", date(2022, 1, 22)),
        day("January 4", date(2022, 1, 4)),
        day("hier", date(2022, 1, 22), "relative"),
    ]


def test_language_restricts_patterns():
    text = "Hier, on January 4."
    assert [m[0] for m in found(text, "en")] == ["January 4"]
    assert [m[0] for m in found(text, "fr")] == ["Hier"]
    assert [m[0] for m in found(text, "EN-us")] == ["January 4"]


def test_offsets_over_a_paragraph_are_sorted_and_exact():
    text = (
        "On Saturday, Al-Arabiya TV reported a new assault. Earlier, on January 4, the coalition struck "
        "firing positions. Earlier, on December 5, explosions were heard. In October, the base was fired "
        "upon. In May, Joe Biden extended sanctions for a year. The conflict has been going on since 2011."
    )
    mentions = find_dates(text, "en", PUB)
    assert [m.text for m in mentions] == [
        "Saturday", "January 4", "December 5", "In October", "In May", "since 2011",
    ]  # fmt: skip
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert mentions[1].start == text.index("January 4")


def test_longest_match_wins():
    text = "Le samedi 22 janvier, puis du 20 au 23 janvier, et avant-hier."
    assert [m[0] for m in found(text, "fr")] == ["samedi 22 janvier", "du 20 au 23 janvier", "avant-hier"]
    assert [m[0] for m in found("It happened the day before yesterday.", "en")] == ["the day before yesterday"]


def test_published_may_be_a_datetime_and_empty_text_has_no_dates():
    assert found("Yesterday, a drone struck.", "en", datetime(2022, 1, 23, 18, 30)) == [
        day("Yesterday", date(2022, 1, 22), "relative")
    ]
    assert find_dates("", "en", PUB) == []


def test_date_mention_is_frozen_with_slots():
    mention = find_dates("On January 4, a strike.", "en", PUB)[0]
    assert isinstance(mention, DateMention)
    assert not hasattr(mention, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.text = "x"  # type: ignore[misc]
