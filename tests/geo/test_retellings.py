"""Issue 19, deliverable 3: one act, one event, one place each.

An act retold in one article (headline, lead, a later paragraph) is one event with every
sentence as provenance; an act at several separately named places is one event per place; the
store no longer joins two events of one article and never chains reports into one event.

A headline dated only by its publication joins the body's telling of the act a few days earlier
(geo.extract.publication_retellings, within
:data:`~geo.extract.publication_retellings.PUBLICATION_LAG_DAYS`); acts each dated by the text
stay apart.

The same toll told twice counts once (geo.extract.retellings): a headline that names an act by
the city it is near and the body that names its town are one act when they tell its very toll,
of one type, on its day (``toll_retold``); so are a toll retold by a dateline a couple of days
later, a paragraph scraped twice, and a toll of at least
:data:`~geo.extract.retellings.RETOLD_ANY_KIND_MIN` dead read as two kinds; two different tolls,
or a small one (below :data:`~geo.extract.retellings.RETOLD_TOLL_MIN`) that may recur by chance,
stay two acts.  An earlier act told by the dead it counts ("two days after eight civilians were
killed in an air strike") is an event of its own with that toll (geo.extract.earlier_acts).

Articles of our own, English and French, with the world gazetteer and the spaCy models.  (The
tolls one sentence tells, and a tally's retold parts, are in ``test_extract_tolls.py``.)"""

from datetime import date, timedelta

import pytest

from geo.articles.model import Article
from geo.extract.events import ArticleEvent, SourceSpan, extract_events
from geo.extract.publication_retellings import PUBLICATION_LAG_DAYS
from geo.extract.retellings import RETOLD_ANY_KIND_MIN, RETOLD_TOLL_MIN
from geo.extract.same_day import STORY_DAYS
from geo.models import Place
from geo.store import Store
from tests.geo import test_event_place_attachment as attachment
from tests.geo.test_event_place_attachment import PUBLISHED, events

finder = attachment.finder  # the module's place finder (a fixture)

TUESDAY = date(2016, 10, 25)  # PUBLISHED is the Thursday after
AIR = ("Explosions/Remote violence", "Air/drone strike")


def described(found):
    return [(e.event_type, e.place and e.place.name, e.date_start, e.fatalities, len(e.spans)) for e in found]


def counted_events(finder, text, lang, count):
    """The events of ``text``, once it is checked that there are ``count`` of them (if not, the
    failure lists those found)."""
    found = events(finder, text, lang)
    assert len(found) == count, described(found)
    return found


def tolls_by_place(found):
    return sorted((e.place and e.place.name, e.fatalities) for e in found)


def tolled(finder, text: str, lang: str, published: date = date(2016, 7, 16)) -> list:
    """The events of ``text`` (published 16 July 2016 unless told) that carry a toll."""
    return [e for e in extract_events(text, lang, published, finder.find(text, lang)) if e.fatalities]


RETOLD = {
    "en": ("Air strikes kill 12 civilians in Saraqib on Tuesday\n\n"
           "At least 12 civilians were killed on Tuesday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said.\n\n"
           "Aid convoys have not reached the area for weeks.\n\n"
           "The Syrian Observatory for Human Rights said the air strikes on Saraqib on Tuesday killed "
           "12 civilians, including three children."),
    "fr": ("Des frappes aériennes font 12 morts à Saraqeb mardi\n\n"
           "Au moins 12 civils ont été tués mardi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants.\n\n"
           "Les convois d'aide n'atteignent plus la région.\n\n"
           "Selon l'Observatoire syrien des droits de l'homme, les frappes aériennes de mardi sur "
           "Saraqeb ont tué 12 civils, dont trois enfants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_headline_lead_and_body_retelling_are_one_event_with_three_spans(finder, lang):
    found = counted_events(finder, RETOLD[lang], lang, 1)
    event = found[0]
    assert len(event.spans) == 3
    assert event.place is not None and event.place.admin1 == "Idlib Governorate"
    assert event.date_start == TUESDAY and event.fatalities == 12  # the toll told three times counts once
    assert (event.event_type, event.sub_event_type) == AIR


LISTED = {
    "en": "Government warplanes struck the towns of Saraqib and Binnish on Tuesday, activists said.",
    "fr": "Mardi, des avions de combat du régime ont bombardé les villes de Saraqeb et de Binnish, "
          "selon des militants.",
}


#: each place with its own day (geo.extract.paired_days)
PAIRED_DAYS = {
    "en": "Government warplanes struck Saraqib on Monday and Binnish on Tuesday, activists said.",
    "fr": "Lundi à Saraqeb et mardi à Binnish, des avions de combat du régime ont bombardé les marchés, "
          "selon des militants.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("texts", "first_day"), [(LISTED, TUESDAY), (PAIRED_DAYS, TUESDAY - timedelta(days=1))])
def test_two_places_named_separately_are_two_events(finder, lang, texts, first_day):
    found = counted_events(finder, texts[lang], lang, 2)
    assert {(e.place.name, e.date_start) for e in found if e.place} == {("Saraqib", first_day), ("Binnish", TUESDAY)}
    assert all((e.event_type, e.sub_event_type) == AIR for e in found)


def test_a_place_and_its_governorate_are_one_place_not_a_list(finder):
    counted_events(finder, "Warplanes struck Saraqib, Idlib, on Tuesday, activists said.", "en", 1)


SAME_PLACE_TWO_DAYS = {
    "en": ("Air strikes killed four people in Saraqib on Monday, activists said.\n\n"
           "On Wednesday, air strikes hit Saraqib again, killing two children."),
    "fr": ("Des frappes aériennes ont tué quatre personnes lundi à Saraqeb, selon des militants.\n\n"
           "Mercredi, des frappes aériennes ont de nouveau touché Saraqeb, tuant deux enfants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_acts_on_different_days_at_one_place_are_two_events(finder, lang):
    found = counted_events(finder, SAME_PLACE_TWO_DAYS[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 24), date(2016, 10, 26)]


@pytest.mark.parametrize(("lang", "text", "south", "north"), [
    ("en", "An explosion at an army checkpoint in Qamishli killed five soldiers on Tuesday, activists said. "
           "Israeli jets bombed a Hezbollah convoy in {part} Syria on Tuesday, a monitoring group said.",
     "southern", "northern"),
    ("fr", "Une explosion à un barrage de l'armée à Qamichli a tué cinq soldats mardi, selon des militants. "
           "Des avions israéliens ont bombardé mardi un convoi du Hezbollah dans le {part} de la Syrie, selon une ONG.",
     "sud", "nord"),
])
def test_an_act_in_one_part_of_the_country_is_not_a_retelling_of_one_elsewhere(finder, lang, text, south, north):
    """The strike known only as "in southern Syria" is not at Qamishli, in the north-east: two acts
    (one the generic "explosion" would otherwise absorb); "in northern Syria" may be Qamishli's."""
    found = counted_events(finder, text.format(part=south), lang, 2)
    assert sorted(e.place_precision for e in found) == ["country", "point"]
    assert len(counted_events(finder, text.format(part=north), lang, 1)[0].spans) == 2


FURTHER_ACT = {
    "en": ("Air strikes killed four people in Saraqib on Tuesday, activists said.\n\n"
           "Aid convoys have not reached the area for weeks.\n\n"
           "Air strikes also killed two children on Tuesday, the Observatory said."),
    "fr": ("Des frappes aériennes ont tué quatre personnes mardi à Saraqeb, selon des militants.\n\n"
           "Les convois d'aide n'atteignent plus la région.\n\n"
           "Des frappes aériennes ont aussi tué deux enfants mardi, selon l'Observatoire."),
}
#: the further act told by a sentence opening on another act (geo.extract.other_act_openings)
FURTHER_ACT_OPENING = {
    "en": FURTHER_ACT["en"].replace("Air strikes also killed", "Meanwhile, air strikes killed"),
    "fr": FURTHER_ACT["fr"].replace("Des frappes aériennes ont aussi tué", "Parallèlement, des frappes aériennes ont tué"),
}


@pytest.mark.parametrize(("lang", "text"), [*FURTHER_ACT.items(), *FURTHER_ACT_OPENING.items()])
def test_a_sentence_telling_a_further_act_is_not_a_retelling(finder, lang, text):
    """Same kind, same day, and a place only inferred from context would make it a retelling;
    "also" / "aussi", or an opening on another act ("Meanwhile", "Parallèlement"), says it is another act."""
    found = counted_events(finder, text, lang, 2)
    assert sorted(e.fatalities for e in found) == [2, 4]


FAR_ALSO = {
    "en": ("Air strikes killed four people in Saraqib on Tuesday, activists said.\n\n"
           "The air strikes on Saraqib on Tuesday hit a school near the market, which also served as a "
           "shelter for displaced families."),
    "fr": ("Des frappes aériennes ont tué quatre personnes mardi à Saraqeb, selon des militants.\n\n"
           "Les frappes aériennes de mardi sur Saraqeb ont touché une école près du marché, qui servait "
           "aussi d'abri aux familles déplacées."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_also_far_from_the_act_does_not_make_a_retelling_a_further_act(finder, lang):
    """"also" / "aussi" in another clause of the sentence speaks of something else than the act."""
    found = counted_events(finder, FAR_ALSO[lang], lang, 1)
    assert len(found[0].spans) == 2 and found[0].fatalities == 4


# -- a headline dated by its publication ---------------------------------------------------
HEADLINE_AND_BODY = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "At least 12 civilians were killed on Tuesday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Au moins 12 civils ont été tués mardi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_dated_by_its_publication_joins_the_act_told_two_days_earlier(finder, lang):
    found = counted_events(finder, HEADLINE_AND_BODY[lang], lang, 1)
    event = found[0]
    assert len(event.spans) == 2
    assert event.date_start == TUESDAY  # the act's own day, not the publication's
    assert event.place is not None and event.place.name in ("Saraqib", "Saraqeb")  # the finer place
    assert event.date_source == "relative" and event.fatalities == 12


# -- a sentence dated only by the day a source spoke (speech_dates) -------------------------
SPEECH_AND_BODY = {
    "en": ("Tests on victims of the air strikes that killed civilians in Idlib province point to a toxic "
           "gas, the health ministry said on Wednesday.",
           "At least 12 civilians were killed on Tuesday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said."),
    "fr": ("Les analyses des victimes des frappes aériennes qui ont tué des civils dans la province "
           "d'Idleb montrent l'usage d'un gaz toxique, a indiqué mercredi l'OSDH.",
           "Au moins 12 civils ont été tués mardi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("speech_first", [True, False])
def test_a_sentence_dated_by_a_speech_joins_the_act_told_a_day_before(finder, lang, speech_first):
    """Wednesday is the day the ministry spoke, not a second act's: the act is Tuesday's."""
    speech, body = SPEECH_AND_BODY[lang]
    found = counted_events(finder, "\n\n".join((speech, body) if speech_first else (body, speech)), lang, 1)
    event = found[0]
    assert len(event.spans) == 2 and event.date_start == TUESDAY
    assert event.place is not None and event.place.name in ("Saraqib", "Saraqeb")
    assert event.date_source == "relative" and event.fatalities == 12


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sentence_dated_by_a_speech_alone_keeps_the_speech_day(finder, lang):
    found = counted_events(finder, SPEECH_AND_BODY[lang][0], lang, 1)
    assert found[0].date_start == TUESDAY + timedelta(days=1) and found[0].date_source == "speech"


TWO_TOLD_DAYS = {
    "en": ("Air strikes killed 12 civilians in Idlib province on Wednesday, activists said.\n\n"
           "At least 12 civilians were killed on Monday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said."),
    "fr": ("Des frappes aériennes ont tué 12 civils mercredi dans la province d'Idleb, selon des militants.\n\n"
           "Au moins 12 civils ont été tués lundi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_acts_each_dated_by_the_text_stay_apart(finder, lang):
    found = counted_events(finder, TWO_TOLD_DAYS[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 24), date(2016, 10, 26)]


LONG_BEFORE = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "On 18 October, warplanes struck the town of Saraqib in Idlib province, killing 12 civilians, "
           "activists said."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Le 18 octobre, des avions de combat ont bombardé la ville de Saraqeb, dans la province "
           "d'Idleb, tuant 12 civils, selon des militants."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_told_longer_before_the_publication_is_not_the_headline(finder, lang):
    assert (PUBLISHED - date(2016, 10, 18)).days > STORY_DAYS.days
    found = counted_events(finder, LONG_BEFORE[lang], lang, 2)
    assert sorted(e.date_start for e in found) == [date(2016, 10, 18), PUBLISHED]


#: a story filed days after the act: its headline, dated by the publication, and the body's act of
#: the same toll four days before it (more than PUBLICATION_LAG_DAYS, within a story's days)
HEADLINE_DAYS_BEFORE = {
    "en": "Blast kills 15 at Jableh bus station\n\nA car bomb killed 15 people at a bus station in Jableh on "
          "Saturday, state media said.",
    "fr": "Une explosion fait 15 morts à Jableh\n\nUne voiture piégée a tué 15 personnes samedi dans une gare "
          "routière de Jableh, selon la télévision d'Etat.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_of_the_publication_day_retells_the_act_of_a_story_filed_days_later(finder, lang):
    assert PUBLICATION_LAG_DAYS < (PUBLISHED - date(2016, 10, 22)).days <= STORY_DAYS.days
    (event,) = counted_events(finder, HEADLINE_DAYS_BEFORE[lang], lang, 1)
    assert (event.date_start, event.fatalities) == (date(2016, 10, 22), 15)


TOLD_THE_SAME_DAY = {
    "en": ("Air strikes kill 12 civilians in Idlib province\n\n"
           "At least 12 civilians were killed on Thursday when warplanes struck the town of Saraqib "
           "in Idlib province, activists said.\n\n"
           "On Tuesday, warplanes struck Saraqib, killing four people."),
    "fr": ("Des frappes aériennes font 12 morts dans la province d'Idleb\n\n"
           "Au moins 12 civils ont été tués jeudi lorsque des avions de combat ont bombardé la ville "
           "de Saraqeb, dans la province d'Idleb, selon des militants.\n\n"
           "Mardi, des avions de combat ont bombardé Saraqeb, tuant quatre personnes."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_headline_retold_on_its_own_day_takes_no_earlier_act(finder, lang):
    found = events(finder, TOLD_THE_SAME_DAY[lang], lang)
    assert sorted((e.date_start, e.fatalities) for e in found) == [(TUESDAY, 4), (PUBLISHED, 12)], described(found)


# -- the same toll told twice -------------------------------------------------------------
BODY = {
    "en": ("At least {n} people were killed on Tuesday when a car bomb exploded at a checkpoint in the "
           "town of Talkalakh near the Lebanese border, state media said."),
    "fr": ("Au moins {n} personnes ont été tuées mardi dans l'explosion d'une voiture piégée à un barrage "
           "de la ville de Tall Kalakh, près de la frontière libanaise, selon les médias officiels."),
}
HEADLINE = {"en": "Car bomb kills {n} in Homs\n\n", "fr": "Une voiture piégée fait {n} morts à Homs\n\n"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_told_by_the_headline_and_the_body_is_one_act_at_the_bodys_place(finder, lang):
    found = events(finder, HEADLINE[lang].format(n=14) + BODY[lang].format(n=14), lang)
    assert tolls_by_place(found) == [("Tallkalakh", 14)]
    assert len(found[0].spans) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_retold_at_a_town_far_from_the_headlines_city_keeps_the_headlines_place(finder, lang):
    # Qamishli lies some 500 km from Homs: no finer place of the act (geo.extract.refinements)
    far = BODY[lang].replace("Talkalakh near the Lebanese border", "Qamishli").replace(
        "Tall Kalakh, près de la frontière libanaise", "Qamichli")
    found = events(finder, HEADLINE[lang].format(n=14) + far.format(n=14), lang)
    assert tolls_by_place(found) == [("Homs", 14)]
    assert len(found[0].spans) == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_tolls_are_two_acts(finder, lang):
    found = events(finder, HEADLINE[lang].format(n=14) + BODY[lang].format(n=12), lang)
    assert tolls_by_place(found) == [("Homs", 14), ("Tallkalakh", 12)]


def test_a_small_toll_told_twice_may_be_two_acts(finder):
    assert RETOLD_TOLL_MIN > 2
    found = events(finder, HEADLINE["en"].format(n="two") + BODY["en"].format(n="two").replace("At least two", "Two"),
                   "en")
    assert tolls_by_place(found) == [("Homs", 2), ("Tallkalakh", 2)]


EARLIER_DEAD = {
    "en": ("Shelling hit the town of Saraqib on Wednesday, two days after eight civilians were killed in an "
           "air strike on the town."),
    "fr": ("Des obus ont frappé la ville de Saraqeb mercredi, deux jours après que huit civils ont été tués "
           "dans une frappe aérienne sur la ville."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_earlier_act_told_by_its_dead_is_its_own_event_with_its_toll(finder, lang):
    found = sorted(events(finder, EARLIER_DEAD[lang], lang), key=lambda e: e.date_start)
    assert [(e.sub_event_type, e.date_start.isoformat(), e.fatalities) for e in found] == [
        ("Air/drone strike", "2016-10-24", 8), ("Shelling/artillery/missile attack", "2016-10-26", None)]


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
    found = tolled(finder, SCRAPED_PARAGRAPH[lang], lang, date(2016, 2, 28))
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
    found = sorted((e for e in events(finder, text, lang) if e.fatalities), key=lambda e: e.date_start)
    assert [(e.date_start.isoformat(), e.fatalities) for e in found] == [("2016-10-19", 29), ("2016-10-26", 17)]


# -- the store --------------------------------------------------------------------------------
SARAQIB = Place(name="Saraqib", lat=35.86479, lon=36.80469, country_code="SY", admin1="Idlib Governorate",
                feature="PPL", source="geonames", geonameid=163050)


def report(day: date, start: int = 0) -> ArticleEvent:
    return ArticleEvent(event_type=AIR[0], sub_event_type=AIR[1], date_start=day, date_end=day,
                        date_precision="day", actors=[], fatalities=None, place=SARAQIB,
                        place_precision="point", confidence=0.8, spans=[SourceSpan("x", start, start + 1)],
                        trigger="air strikes", place_source="sentence")


@pytest.fixture
def store(store_url):
    """A new store: the tests taking it run on SQLite and on PostgreSQL."""
    with Store.open(store_url) as s:
        yield s


def test_store_does_not_join_two_events_of_one_article(store):
    """Extraction decided these are two acts (Monday and Tuesday, same place and kind): the store,
    whose cross-article rule allows a day between two reports, keeps them apart."""
    article = Article(title="t", text="Monday. Tuesday.", url="https://example.org/a", lang="en",
                      published=PUBLISHED)
    result = store.ingest_article(article, [], [report(TUESDAY - timedelta(days=1), 0), report(TUESDAY, 8)])
    assert (result.events_new, result.events_merged) == (2, 0)
    assert len(store.events()) == 2


def test_reports_a_day_apart_do_not_chain_into_one_event(store):
    """Six articles, each reporting the same kind of act at the same place one day after the
    previous one: a report joins an event only when it matches that event itself, so no event
    gathers reports from more than the days the merge rule allows around it."""
    first = date(2016, 10, 1)
    for n in range(6):
        article = Article(title=f"t{n}", text=f"report {n}.", url=f"https://example.org/{n}", lang="en",
                          published=first + timedelta(days=n))
        store.ingest_article(article, [], [report(first + timedelta(days=n))])
    found = store.events()
    assert len(found) >= 3  # six days cannot be one event: at most three consecutive days each
    for event in found:
        assert len(event["sources"]) <= 3


def test_a_retold_event_keeps_each_passage_as_a_source(store):
    """A headline and a later paragraph telling one act: two sources (each its own sentence and
    offsets), not one passage running over the text between them."""
    text = "Strike on Saraqib.\n\nTalks went on.\n\nThe strike on Saraqib killed 12."
    event = report(TUESDAY)
    event.spans = [SourceSpan(text[0:18], 0, 18), SourceSpan(text[36:], 36, len(text))]
    article = Article(title="t", text=text, url="https://example.org/r", lang="en", published=PUBLISHED)
    store.ingest_article(article, [], [event])
    (stored,) = store.events()
    assert [s["sentence"] for s in stored["sources"]] == ["Strike on Saraqib.", "The strike on Saraqib killed 12."]
