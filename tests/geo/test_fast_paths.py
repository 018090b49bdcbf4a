"""The faster ways of reading the same thing give the same answers (see each module's cache or gate)."""

from __future__ import annotations

import pytest

from geo.extract import numbers
from geo.extract.long_spaces import folded_spaces
from geo.extract.running_tolls import SEVERAL_DAYS_RE, _several_days, is_cumulative
from geo.gazetteer.spelling import MIN_SIMILARITY, near_rows

# each part of SEVERAL_DAYS_RE, matched and nearly matched, English and French
SPANS = [
    "Forty people were killed in recent days around the town.",
    "Les combats ont fait 40 morts ces derniers jours dans la ville.",
    "Thirty people died in the past 48 hours in the province.",
    "Au moins 30 personnes ont été tuées au cours des 72 dernières heures.",
    "Twelve soldiers were killed in a week of fighting.",
    "The second attack in a week killed five people.",
    "Seven days of airstrikes killed 90 civilians in the district.",
    "Sept jours de bombardements ont tué 90 civils.",
    "The battle of eight days left 200 fighters dead.",
    "The eight-day battle killed 200 fighters.",
    "About 287 fighters had been killed in the fight for the hill.",
    "The offensive, which began on Saturday, has killed 50 rebels.",
    "L'offensive lancée mardi contre la ville a fait 50 morts.",
    "The strikes, which started on Saturday and continued Sunday, killed 30.",
    "A week-long push on the town killed 60 fighters.",
    "Le siège, commencé en mars, a coûté la vie à 300 habitants.",
    # no part: a day, a campaign without its beginning, days told otherwise
    "A car bomb killed nine people on Monday in the market.",
    "The offensive on the town killed 12 soldiers on Tuesday.",
    "Two days later, the army shelled the village, killing four.",
    "Un obus a tué trois enfants jeudi dans le quartier.",
    "Days after the strike, residents counted 15 dead.",
]


@pytest.mark.parametrize("sentence", SPANS)
def test_several_days_read_part_by_part_behind_its_words_is_the_whole_pattern(sentence):
    assert _several_days(sentence) is (SEVERAL_DAYS_RE.search(sentence) is not None)
    assert is_cumulative(sentence) is is_cumulative(sentence)  # (asked twice: nothing remembered wrongly)


def test_the_several_days_sentences_above_do_match_and_the_others_do_not():
    assert [_several_days(s) for s in SPANS] == [True] * 16 + [False] * 5


def test_a_remembered_toll_is_the_callers_own_list():
    sentence = "A car bomb killed 12 people and wounded 30 in the town on Monday."
    first = numbers.find_fatalities(sentence, "en")
    first.append(first[0])  # (a caller adds to its list)
    again = numbers.find_fatalities(sentence, "en")
    assert [f.count for f in again] == [12]
    assert again == list(numbers._tolls.__wrapped__(sentence, "en", False))


def test_long_runs_of_spaces_fold_to_one_and_keep_their_offsets():
    text = "Shells killed      five people\n\n\n\n in the town."
    folded, kept = folded_spaces(text)
    assert folded == "Shells killed five people\nin the town."
    assert all(text[k] == c for k, c in zip(kept, folded, strict=True))
    assert folded_spaces("No long run here.") is None


def test_near_rows_keep_the_rows_spelled_near_the_key_in_order_of_country_asked():
    # (matched key, id, geonameid, name, lat, lon, country, admin1, feature, population, precision, source)
    rows = [("shadadi", 1, 11, "Ash Shaddadah", 36.0, 40.7, "SY", "08", "PPL", 20000, "", "geonames"),
            ("shahuwadi", 2, 12, "Shahuwadi", 16.9, 73.9, "IN", "16", "PPL", 30000, "", "geonames"),
            ("xyz", 3, 13, "Xyz", 0.0, 0.0, "SY", "01", "PPL", 1, "", "geonames")]
    near = near_rows(rows, "shaddadi", None)
    assert [row[2] for _sim, row in near] == ["Ash Shaddadah", "Shahuwadi"]
    assert all(sim >= MIN_SIMILARITY for sim, _row in near)
    assert [row[2] for _sim, row in near_rows(rows, "shaddadi", "SY")] == ["Ash Shaddadah"]


def test_a_stored_event_and_its_source_keep_every_value_written_as_parameters(tmp_path):
    from datetime import date

    from sqlalchemy import text as sql

    from geo.articles.model import Article
    from geo.extract.events import ArticleEvent, SourceSpan
    from geo.models import Place
    from geo.store import Store

    homs = Place(name="Homs", lat=34.73, lon=36.71, country_code="SY", admin1="Homs", feature="PPLA",
                 source="geonames", geonameid=169577)
    told = "A car bomb killed nine people in Homs on Monday."
    ev = ArticleEvent(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                      date_start=date(2016, 2, 22), date_end=date(2016, 2, 22), date_precision="day",
                      actors=["Unknown"], fatalities=9, place=homs, place_precision="point", confidence=0.8,
                      spans=[SourceSpan(told, 0, len(told))], trigger="car bomb", place_source="sentence")
    with Store.open(str(tmp_path / "s.db")) as store:
        result = store.ingest_article(Article(title="t", text=told, lang="en"), [], [ev])
        with store.reading() as con:
            article = con.execute(sql("SELECT title, lang, text FROM articles")).one()
            source = con.execute(sql("SELECT sentence, start, \"end\", extractor FROM event_sources")).one()
            stored = con.execute(sql("SELECT fatalities, place_name, geonameid, date_start, origin FROM events")).one()
        (shown,) = store.events()
    assert (result.status, result.events_new) == ("new", 1)
    assert tuple(article) == ("t", "en", told)
    assert tuple(source) == (told, 0, len(told), "sentence-rules:car bomb")
    assert tuple(stored) == (9, "Homs", 169577, "2016-02-22", "articles")
    assert shown["actors"] == ["Unknown"]


FRENCH_DATES = [
    "Le 3, des frappes ont touché la ville.",
    "Les combats ont repris le 12 au soir près de l'aéroport.",
    "Trois civils ont été tués le 12 à Douma, selon une ONG.",
    "Dans la nuit du 2 au 3, les rebelles ont attaqué le village.",
    "Entre le 20 et le 23 janvier, l'armée a bombardé la région.",
    "DAMAS, 22 sept 2016 (AFP) - Un obus est tombé sur le marché mardi dernier.",
    "L'offensive lancée début février se poursuit depuis deux jours.",
    "Hier soir, deux roquettes sont tombées; avant-hier, le quartier était calme.",
    "Du lundi au mercredi, 40 raids ont visé la ville, il y a trois semaines.",
    "La semaine dernière, en 2015 puis l'an dernier, cette année encore : la même scène.",
    "Aucune date ici, seulement 12 morts et des blessés.",
]


@pytest.mark.parametrize("sentence", FRENCH_DATES)
def test_a_french_date_pattern_read_only_behind_its_cue_finds_the_same_dates(sentence, monkeypatch):
    from datetime import date

    from geo.extract import dates

    cued = dates.find_dates(sentence, "fr", date(2016, 9, 23))
    monkeypatch.setattr(dates, "_CUE_OF", {})  # every pattern read
    assert dates.find_dates(sentence, "fr", date(2016, 9, 23)) == cued
    assert bool(cued) is not sentence.startswith("Aucune")
