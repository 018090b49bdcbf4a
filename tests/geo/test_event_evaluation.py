"""Event evaluation: the matching rule of the development gold at each of its edges, the greedy
one-to-one matching, the sanity counts, the FA-KES article scores, and `conflictmap eval-events`
on small golds written here (short English and French articles, gold lines in the layouts of
``../shared/eval/events`` and ``../shared/eval/fakes``)."""

import json
import math
from dataclasses import replace
from datetime import date

import pytest

from geo.eventeval.corpora import kind_of
from geo.eventeval.fakes import FakesArticle, score_articles, toll_within
from geo.eventeval.governorates import SYRIA_GOVERNORATES, fakes_codes, syria_code
from geo.eventeval.scoring import (
    Document,
    EventScores,
    GoldEvent,
    PredictedEvent,
    dates_agree,
    match,
    place_distance,
    toll_is_year_or_time,
    tolls_agree,
)
from geo.models import haversine_km

SARAQIB = (35.86447, 36.80591)
DOUMA = (33.57175, 36.4027)
AZAZ = (36.58662, 37.04628)
KM_PER_DEGREE = haversine_km((0.0, 0.0), (1.0, 0.0))


def north(point, km):
    """The point ``km`` due north of ``point`` (along a meridian, so exactly ``km`` away)."""
    return (point[0] + km / KM_PER_DEGREE, point[1])


def gold(point=SARAQIB, precision="point", when=date(2016, 8, 15), date_precision="day", **kw):
    return GoldEvent(date=when, date_precision=date_precision if when else None, lat=point[0], lon=point[1],
                     precision=precision, **kw)


def found(point=SARAQIB, start=date(2016, 8, 15), end=None, **kw):
    lat, lon = point if point else (None, None)
    return PredictedEvent(date_start=start, date_end=end or start, lat=lat, lon=lon, **kw)


# -- places ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("precision", "limit"), [("point", 25), ("admin1", 60), ("country", 400)])
def test_each_place_tolerance_at_its_edge(precision, limit):
    g = gold(precision=precision)
    assert math.isclose(place_distance(g, found(north(SARAQIB, limit - 0.01))), limit - 0.01, abs_tol=1e-6)
    assert place_distance(g, found(north(SARAQIB, limit + 0.01))) is None


def test_admin1_agrees_anywhere_in_the_same_area_and_nowhere_else_beyond_60_km():
    g = gold(precision="admin1", admin1="Aleppo", admin1_code="SY.09")
    far_same = found(north(SARAQIB, 150), admin1="Aleppo Governorate", admin1_code="SY.09")
    far_other = found(north(SARAQIB, 150), admin1="Idlib Governorate", admin1_code="SY.12")
    near_other = found(north(SARAQIB, 59), admin1="Idlib Governorate", admin1_code="SY.12")
    assert place_distance(g, far_same) > 60
    assert place_distance(g, far_other) is None
    assert place_distance(g, near_other) is not None
    # outside Syria, without codes, the folded names decide ("Governorate" and case ignored)
    lebanon = gold(precision="admin1", admin1="North Governorate")
    assert place_distance(lebanon, found(north(SARAQIB, 150), admin1="North")) is not None
    # a point gold ignores areas: 26 km off in the same governorate is no match
    assert place_distance(gold(admin1_code="SY.12"), found(north(SARAQIB, 26), admin1_code="SY.12")) is None


def test_a_found_event_without_a_place_matches_nothing():
    assert place_distance(gold(precision="country"), found(None)) is None


# -- dates -------------------------------------------------------------------------------------
def test_a_gold_day_takes_a_day_within_one_day():
    g = gold(when=date(2016, 8, 15))
    assert dates_agree(g, found(start=date(2016, 8, 14)))
    assert dates_agree(g, found(start=date(2016, 8, 16)))
    assert not dates_agree(g, found(start=date(2016, 8, 17)))
    assert not dates_agree(g, found(start=date(2016, 8, 13)))
    assert not dates_agree(g, found(start=None))


def test_a_gold_day_takes_a_range_of_at_most_seven_days_that_contains_it():
    g = gold(when=date(2016, 8, 15))
    assert dates_agree(g, found(start=date(2016, 8, 9), end=date(2016, 8, 15)))  # 7 days
    assert not dates_agree(g, found(start=date(2016, 8, 8), end=date(2016, 8, 15)))  # 8 days
    assert not dates_agree(g, found(start=date(2016, 8, 1), end=date(2016, 8, 31)))  # the month
    assert not dates_agree(g, found(start=date(2016, 8, 17), end=date(2016, 8, 20)))  # beside it


def test_a_gold_month_takes_what_lies_in_that_month_and_no_gold_date_takes_anything():
    g = gold(when=date(2016, 8, 1), date_precision="month")
    assert dates_agree(g, found(start=date(2016, 8, 31)))
    assert dates_agree(g, found(start=date(2016, 8, 1), end=date(2016, 8, 31)))
    assert not dates_agree(g, found(start=date(2016, 9, 1)))
    assert not dates_agree(g, found(start=date(2016, 7, 30), end=date(2016, 8, 2)))
    assert dates_agree(gold(when=None), found(start=None))
    assert dates_agree(gold(when=None), found(start=date(2001, 1, 1)))


# -- matching ----------------------------------------------------------------------------------
def test_matching_is_one_to_one_and_greedy_by_distance():
    golds = [gold(SARAQIB), gold(north(SARAQIB, 20))]
    # p0 is 12 km from the first gold and 8 km from the second; p1 is 12 km south of the first
    preds = [found(north(SARAQIB, 12)), found(north(SARAQIB, -12))]
    pairs = match(golds, preds)
    assert [(g, p) for g, p, _ in pairs] == [(1, 0), (0, 1)]
    assert [round(km) for _, _, km in pairs] == [8, 12]
    # one found event near two gold events matches the nearer only
    assert [(g, p) for g, p, _ in match(golds, [found(north(SARAQIB, 15))])] == [(1, 0)]
    # two found events at the same spot as one gold event: one match, one false event
    assert len(match([gold()], [found(), found()])) == 1


def test_pairs_equally_near_in_place_are_taken_nearest_in_date_first():
    # one town reported on two consecutive days, found at the town's point on both days: each
    # day pairs with its own day, whatever order either list is in
    day1, day2 = date(2016, 8, 16), date(2016, 8, 17)
    golds = [gold(when=day2, fatalities=7), gold(when=day1, fatalities=12)]
    preds = [found(start=day1, fatalities=12), found(start=day2, fatalities=7)]
    assert sorted((g, p) for g, p, _ in match(golds, preds)) == [(0, 1), (1, 0)]
    assert sorted((g, p) for g, p, _ in match(golds[::-1], preds)) == [(0, 0), (1, 1)]
    # a found range holding the gold day is as near as the day itself; place still comes first
    week = found(start=date(2016, 8, 14), end=day2)
    assert [(g, p) for g, p, _ in match([gold(when=day1)], [found(start=day2), week])] == [(0, 1)]
    nearer = found(north(SARAQIB, 1), start=day2)
    assert [(g, p) for g, p, _ in match([gold(when=day1)], [found(north(SARAQIB, 2), start=day1), nearer])] == [(0, 1)]


def test_places_alone_ignore_the_date():
    g, p = [gold(when=date(2016, 8, 15))], [found(start=date(2016, 8, 20))]
    assert match(g, p) == [] and len(match(g, p, dates=False)) == 1


# -- tolls and sanity --------------------------------------------------------------------------
def test_fatalities_exact_up_to_five_then_within_twenty_percent():
    assert tolls_agree(5, 5) and not tolls_agree(5, 6) and not tolls_agree(5, 4)
    assert tolls_agree(10, 12) and tolls_agree(10, 8) and not tolls_agree(10, 13)
    assert tolls_agree(0, 0) and not tolls_agree(0, 1)
    assert tolls_agree(None, None) and not tolls_agree(None, 3) and not tolls_agree(3, None)


def test_tolls_that_are_years_or_times():
    assert toll_is_year_or_time(2016, ["Shelling killed eight civilians on 12 March 2016 in Douma."])
    assert not toll_is_year_or_time(8, ["Shelling killed eight civilians on 12 March 2016 in Douma."])
    assert not toll_is_year_or_time(2016, ["The blast killed 2,016 people."])
    assert toll_is_year_or_time(3, ["The market was hit at 3 p.m., killing civilians."])
    assert toll_is_year_or_time(14, ["Le marché a été frappé à 14h30, tuant des civils."])
    assert toll_is_year_or_time(1430, ["Le marché a été frappé à 14h30, tuant des civils."])
    assert toll_is_year_or_time(800, ["Clashes began at 0800 GMT and killed civilians."])
    assert not toll_is_year_or_time(12, ["An airstrike killed 12 americans in the east."])
    assert not toll_is_year_or_time(None, ["at 3 p.m."])


def test_sanity_counts_and_scores_of_a_document():
    doc = Document("d", "en", date(2016, 8, 16), (gold(fatalities=12, event_type="Battles"),), (
        found(fatalities=12, event_type="Battles"),
        found(None, sentences=("The war began in 2011.",), fatalities=2011),
        found(start=date(2016, 8, 20), fatalities=1500),
    ))
    s = EventScores()
    s.add(doc)
    d = s.as_dict()
    assert (d["gold"], d["predicted"], d["matched"]) == (1, 3, 1)
    assert (d["precision"], d["recall"], d["f1"]) == (0.3333, 1.0, 0.5)
    assert (d["type_accuracy"], d["fatalities_agreement"], d["gold_tolls"]) == (1.0, 1.0, 1)
    assert (d["without_place"], d["toll_year_or_time"], d["toll_1000_plus"], d["after_publication"]) == (1, 1, 2, 1)


def test_precision_by_confidence_band():
    doc = Document("d", "en", date(2016, 8, 16), (gold(), gold(DOUMA)), (
        found(confidence=0.9), found(DOUMA, confidence=0.6), found(AZAZ, confidence=0.62),
        found(AZAZ, confidence=0.3), found(AZAZ),
    ))
    s = EventScores()
    s.add(doc)
    assert s.by_confidence() == {
        "high": {"found": 1, "matched": 1, "precision": 1.0},
        "medium": {"found": 2, "matched": 1, "precision": 0.5},
        "low": {"found": 1, "matched": 0, "precision": 0.0},
        "unknown": {"found": 1, "matched": 0, "precision": 0.0},
    }
    fakes = score_articles([FakesArticle("u", "idlib", ("SY.12",), 0, "shelling", (
        found(admin1_code="SY.12", confidence=0.8), found(admin1_code="SY.09", confidence=0.8)))])
    assert fakes.by_confidence() == {"high": {"placed": 2, "inside": 1, "share": 0.5}}


# -- governorates and FA-KES --------------------------------------------------------------------
def test_the_governorate_table_agrees_with_the_gazetteers_admin1_codes(gazetteer_path):
    from geo.gazetteer.index import Gazetteer

    with Gazetteer(gazetteer_path) as g:
        for code in SYRIA_GOVERNORATES:
            name = g.admin1_name("SY", code)
            assert syria_code(name) == code, name
            assert g.admin1_code("SY", name) == code
    assert len(SYRIA_GOVERNORATES) == 14
    assert fakes_codes("damascus") == ("13", "08") and fakes_codes("deir ezzor") == ("07",)
    assert fakes_codes("lattakia") == ("02",) and fakes_codes("hasakeh") == ("01",) and fakes_codes("atlantis") == ()


def test_fakes_article_scores():
    assert toll_within(10, 12) and not toll_within(10, 13) and toll_within(0, 0) and not toll_within(0, 1)
    idlib, douma = found(admin1_code="SY.12"), found(DOUMA, admin1_code="SY.08")
    a = FakesArticle("a", "idlib", ("SY.12",), 15, "shelling", (
        replace(idlib, fatalities=12, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
        replace(douma, fatalities=3), found(None)))
    b = FakesArticle("b", "damascus", ("SY.13", "SY.08"), 0, "execution", (douma,))
    c = FakesArticle("c", "aleppo", ("SY.09",), 4, "unknown", ())
    d = score_articles([a, b, c]).as_dict()
    assert (d["with_event_in_governorate"], d["placed_events"], d["placed_inside_governorate"]) == (2, 3, 2)
    assert (d["tolls_within_20pct"], d["known_cause"], d["cause_fits"]) == (2, 2, 1)  # b: 0 and 0
    assert d["cause_by_type"]["unknown"] == {"(no event)": 1}
    assert d["cause_by_type"]["shelling"] == {"Explosions/Remote violence": 1, "-": 2}


# -- the command on small golds -----------------------------------------------------------------
EN_1 = ("Airstrike kills civilians in Idlib\nAn airstrike killed 12 civilians in Saraqib on Monday, the "
        "Syrian Observatory for Human Rights said. On Tuesday, shelling killed three people in Douma.")
EN_2 = "Car bomb in Azaz\nA car bomb exploded in Azaz on Wednesday, killing 9 people, the Syrian Observatory said."
FR_1 = ("Frappes en Syrie\nLundi, un bombardement aérien a tué 20 civils à Saraqeb, a indiqué l'Observatoire "
        "syrien des droits de l'homme. Mardi, des tirs d'obus ont tué trois personnes à Douma.")
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"


def event(day, point, sub, toll, admin1):
    return {"date": day, "date_precision": "day", "place": "-", "admin1": admin1, "lat": point[0], "lon": point[1],
            "precision": "point", "event_type": "Explosions/Remote violence", "sub_event_type": sub,
            "fatalities": toll, "actors": ["unknown"], "evidence": "-"}


def write_event_gold(root):
    (root / "docs").mkdir(parents=True)
    for name, text in (("en-1", EN_1), ("en-2", EN_2), ("fr-1", FR_1)):
        (root / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    en = [
        # the coder dates the shelling three days earlier: a place match, not an event match
        {"doc": "en-1", "lang": "en", "published": "2016-08-16",
         "events": [event("2016-08-15", SARAQIB, AIR, 12, "Idlib"), event("2016-08-13", DOUMA, SHELL, 3, "Rif Dimashq")]},
        {"doc": "en-2", "lang": "en", "events": [event("2017-04-05", AZAZ, IED, 9, "Aleppo")]},  # date: meta.json
    ]
    fr = [{"doc": "fr-1", "lang": "fr", "published": "2016-08-16",
           "events": [event("2016-08-15", SARAQIB, AIR, 20, "Idlib"), event("2016-08-16", DOUMA, AIR, 3, "Rif Dimashq")]}]
    (root / "en.jsonl").write_text("".join(json.dumps(x) + "\n" for x in en), encoding="utf-8")
    (root / "fr.jsonl").write_text("".join(json.dumps(x) + "\n" for x in fr), encoding="utf-8")
    (root / "meta.json").write_text(json.dumps({"en-2": {"lang": "en", "published_dataset": "2017-04-05"}}))
    return root


def test_eval_events_command_scores_each_language(world, run_cli, tmp_path):
    folder = write_event_gold(tmp_path / "events")
    assert kind_of(folder) == "events"
    result = run_cli("eval-events", str(folder), "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["kind"] == "events" and list(report["languages"]) == ["en", "fr", "all"]
    en, fr, both = (report["languages"][k] for k in ("en", "fr", "all"))
    assert (en["documents"], en["gold"], en["predicted"], en["matched"], en["places_matched"]) == (2, 3, 3, 2, 3)
    assert (en["f1"], en["place_f1"], en["sub_type_accuracy"]) == (0.6667, 1.0, 1.0)
    # in one store the English and French reports of the Saraqib strike are one event, with the
    # larger toll (20): the English article's 12 is then wrong, right when stored separately
    assert (en["fatalities_right"], en["gold_tolls_right"]) == (1, 1)
    # French: the Douma shelling is not the coder's air strike
    assert (fr["gold"], fr["predicted"], fr["matched"], fr["f1"]) == (2, 2, 2, 1.0)
    assert (fr["type_accuracy"], fr["sub_type_accuracy"], fr["fatalities_agreement"]) == (1.0, 0.5, 1.0)
    assert (both["gold"], both["matched"], both["without_place"], both["after_publication"]) == (5, 4, 0, 0)
    apart = json.loads(run_cli("eval-events", str(folder), "--json", "--separately").out)
    assert apart["separately"] and apart["languages"]["en"]["fatalities_right"] == 2
    assert {k: v for k, v in apart["languages"]["fr"].items()} == fr

    table = run_cli("eval-events", str(folder))
    lines = table.out.splitlines()
    assert lines[0].startswith(f"{folder}: 3 articles, 5 gold events, 5 found (one store, ")
    assert lines[2].split() == ["en", "2", "3", "3", "|", "0.667", "0.667", "0.667", "|", "1.000", "1.000", "1.000",
                                "|", "1.00", "1.00", "0.50"]
    assert "fr: 2 matched events: fatalities right on 2 (2 of the 2 the gold gives a number for)" in table.out
    assert "0 of 5 without a place, 0 tolls that are years or times" in table.out

    # one gold file alone, and the held-out halves (articles counted from 0 in each file)
    odd = json.loads(run_cli("eval-events", str(folder / "en.jsonl"), "--json", "--docs", "odd").out)
    assert odd["docs"] == "odd" and odd["languages"]["en"]["documents"] == 1 and odd["languages"]["en"]["gold"] == 1
    even = json.loads(run_cli("eval-events", str(folder), "--json", "--docs", "even").out)
    assert even["languages"]["all"]["documents"] == 2

    # precision by confidence band: every event found falls in one band
    banded = json.loads(run_cli("eval-events", str(folder), "--json", "--by-confidence").out)["languages"]["all"]
    assert sum(b["found"] for b in banded["by_confidence"].values()) == banded["predicted"]
    assert sum(b["matched"] for b in banded["by_confidence"].values()) == banded["matched"]
    assert "by confidence, all: matched (place and date):" in run_cli("eval-events", str(folder),
                                                                       "--by-confidence").out


def test_eval_events_command_scores_a_fakes_folder(world, run_cli, tmp_path):
    folder = tmp_path / "fakes"
    folder.mkdir()
    articles = [
        {"title": "Airstrike kills civilians in Idlib", "text": EN_1, "url": "https://fakes.test/1", "published": "2016-08-16"},
        {"title": "Car bomb in Azaz", "text": EN_2, "url": "https://fakes.test/2", "published": "2017-04-05"},
        {"title": "Shelling", "text": "Shelling killed three people in Douma on Friday, activists said.",
         "url": "https://fakes.test/3", "published": "2016-09-03"},
    ]
    golds = [
        {"url": "https://fakes.test/1", "governorate": "idlib", "cause_of_death": "shelling",
         "civilians_killed": 12, "noncivilians_killed": 3},
        {"url": "https://fakes.test/2", "governorate": "aleppo", "cause_of_death": "explosion",
         "civilians_killed": 5, "noncivilians_killed": 0},
        {"url": "https://fakes.test/3", "governorate": "damascus", "cause_of_death": "execution",
         "civilians_killed": 3, "noncivilians_killed": 0},
    ]
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in golds), encoding="utf-8")
    result = run_cli("eval-events", str(folder), "--json")
    assert result.code == 0, result.err
    r = json.loads(result.out)
    assert r["kind"] == "fakes" and (r["articles"], r["events"], r["placed_events"]) == (3, 4, 4)
    # Saraqib (Idlib), Azaz (Aleppo) and Douma (Rif Dimashq, inside FA-KES' "damascus") are in
    # their article's governorate; the first article's Douma shelling is not
    assert (r["with_event_in_governorate"], r["placed_inside_governorate"]) == (3, 3)
    # tolls: 12 + 3 = 15 right, 9 for 5 wrong, 3 right; causes: shelling and explosion fit
    assert (r["tolls_within_20pct"], r["known_cause"], r["cause_fits"]) == (2, 3, 2)
    table = run_cli("eval-events", str(folder))
    assert "articles with an event in the gold governorate  3/3 (100 %)" in table.out
    assert "placed events inside the gold governorate       3/4 (75 %)" in table.out
    assert run_cli("eval-events", str(folder), "--docs", "odd", "--json").out.count('"articles": 1,') == 1


def test_eval_events_refuses_what_is_not_a_gold_in_one_line(world, run_cli, tmp_path):
    result = run_cli("eval-events", str(tmp_path))
    assert result.code == 2
    assert result.err.strip() == (f"error: {tmp_path}: not an event gold (LANG.jsonl files beside docs/) "
                                  "nor a FA-KES gold (articles.jsonl and gold.jsonl)")
    folder = write_event_gold(tmp_path / "events")
    (folder / "docs" / "en-2.txt").unlink()
    result = run_cli("eval-events", str(folder))
    assert result.code == 2 and result.err.strip() == "error: en.jsonl line 2: no text for 'en-2' (docs/en-2.txt)"
