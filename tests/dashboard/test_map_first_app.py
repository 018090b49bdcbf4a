"""Issue 21, items 1 and 3, on the map page as AppTest runs it: events without a place counted,
listed with their sentences and placed through the corrections; the timeline's far tail kept out
of the slider until asked for."""

import sqlite3
from datetime import date, timedelta

from dashboard.cli import main
from geo.config import load_settings
from tests.dashboard.test_app import layer_data, metric, run

NO_PLACE = {
    "en.txt": "Air strike kills four\n\nOn 12 January 2022, an air strike killed 4 civilians, according to the SOHR.\n",
    "fr.txt": "Frappe aérienne\n\nLe 14 janvier 2022, une frappe aérienne a tué 3 civils <b>[lien](javascript:x)</b>, "
              "selon l'OSDH.\n",
}


def test_events_without_a_place_are_listed_and_placed(sample_store, tmp_path):
    for name, text in NO_PLACE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["ingest", "--published", "2022-01-15", str(tmp_path / name)]) == 0
    at = run()
    assert not at.exception
    assert (metric(at, "Events in view"), metric(at, "Without a place")) == ("7", "2")
    assert len(layer_data(at)["lat"]) == 5  # the map shows the placed ones
    (panel,) = [e for e in at.expander if e.label == "Events without a place in this window (2)"]
    (listing,) = [t.value for t in panel.text]
    lines = listing.splitlines()
    assert lines[0].startswith("2022-01-14 · Explosions/Remote violence · 3 killed · “Le 14 janvier 2022")
    assert "<b>[lien](javascript:x)</b>" in lines[0]  # as written (st.text: never markup)
    assert lines[1].startswith("2022-01-12 · Explosions/Remote violence · 4 killed · “On 12 January 2022")
    # the French one (chosen first: the latest) placed through the gazetteer
    uid = at.selectbox(key="unplaced_pick").value
    at.text_input(key=f"unplaced_q_{uid}").input("Alep").run()
    at.text_input(key=f"unplaced_note_{uid}").input("Alep d'après l'article suivant").run()
    at.button(key=f"unplaced_resolve_{uid}").click().run()
    assert not at.exception
    assert (metric(at, "Events in view"), metric(at, "Without a place")) == ("7", "1")
    assert len(layer_data(at)["lat"]) == 6
    with sqlite3.connect(load_settings().db) as con:
        lat, lon, name, note = con.execute("SELECT lat, lon, place_name, note FROM events WHERE uid = ?",
                                           (uid,)).fetchone()
    assert (round(lat), round(lon), name) == (36, 37, "Aleppo")
    # the other one by coordinates
    other = at.selectbox(key="unplaced_pick").value
    assert other != uid
    at.number_input(key=f"unplaced_lat_{other}").set_value(35.93).run()
    at.number_input(key=f"unplaced_lon_{other}").set_value(36.63).run()
    at.button(key=f"unplaced_move_{other}").click().run()
    assert metric(at, "Without a place") == "0" and len(layer_data(at)["lat"]) == 7
    assert [e.label for e in at.expander if e.label.startswith("Events without")] == [
        "Events without a place in this window (0)"]


def slider_span(at) -> tuple[date, date]:
    """The time slider's first and last day (AppTest gives them in microseconds since 1970)."""
    slider = at.slider(key="f_window")
    return tuple(date(1970, 1, 1) + timedelta(microseconds=int(v)) for v in (slider.min, slider.max))


def dataset(rows: list[tuple[str, str]]) -> str:
    return "date,latitude,longitude,event_type,fatalities,description,place\n" + "".join(
        f"{day},36.2,37.1,Battles,1,{text},Aleppo\n" for day, text in rows)


def test_a_far_old_event_stays_out_of_the_slider_until_asked_for(world, tmp_path, run_cli):
    days = [f"2024-03-{d:02d}" for d in range(1, 31)]
    data = tmp_path / "events.csv"
    data.write_text(dataset([(d, f"Clashes {i}") for i, d in enumerate(days)] + [("1998-05-04", "An old clash")]),
                    encoding="utf-8")
    assert run_cli("import", "csv", str(data)).code == 0
    at = run()
    assert not at.exception
    assert at.slider(key="f_window").value == (date(2024, 3, 1), date(2024, 3, 30))
    assert slider_span(at) == (date(2024, 3, 1), date(2024, 3, 30))
    assert metric(at, "Events in view") == "30"
    whole = at.toggle(key="f_tail")
    assert whole.label == "Whole timeline (1 more event, 1998-05-04 → 2024-03-30)" and not whole.value
    whole.set_value(True).run()
    assert slider_span(at) == (date(1998, 5, 4), date(2024, 3, 30))
    assert at.slider(key="f_window").value == (date(2024, 3, 1), date(2024, 3, 30))  # the window stays
    # a link to a window in the tail opens the whole timeline
    linked = run(**{"from": "1998-05-01", "to": "1998-05-31"})
    assert linked.toggle(key="f_tail").value and metric(linked, "Events in view") == "1"
