"""AppTest of every dashboard page (runs the scripts, not a browser)."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cli import main
from dashboard.data.served import layers_dir
from geo.config import load_settings
from tests.conftest import ARTICLES

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
ENGLISH = ARTICLES / "000_e69315e52186f9f0.txt"


@pytest.fixture
def sample(sample_store):
    """The sample articles' store, this test's own copy (tests/conftest.py)."""
    return sample_store


@pytest.fixture
def sample_both(ingested_url):
    """The sample articles' store, this test's own copy, on SQLite and on PostgreSQL (the test runs
    on each)."""
    return ingested_url


def run(**params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def map_json(at) -> str:
    """What the map component received (its feature group's JS)."""
    elements = [e for e in at.get("component_instance")]
    assert elements, "no map component"
    return elements[0].proto.json_args


def table_rows(at) -> list[dict]:
    """The rows of the events table as its component received them (header -> value)."""
    (element,) = [e for e in at.get("bidi_component") if e.proto.component_name == "conflictmap_events_table"]
    data = json.loads(element.proto.json)
    return [dict(zip((c["label"] for c in data["columns"]), row, strict=True)) for row in data["rows"]]


def layer_data(at) -> dict:
    """The events the map layer received (the EventMarkers payload)."""
    layer = json.loads(map_json(at))["feature_group"]
    fetched = re.search(r'fetch\("\.\./\.\./cache/layers/([0-9a-f]+\.json)"\)', layer)
    if fetched:  # published as a file the app serves
        return json.loads((layers_dir(load_settings().cache_dir) / fetched.group(1)).read_text(encoding="utf-8"))
    match = re.search(r"build\((\{.*?\})\);\n", layer, re.S)
    assert match, "no event markers in the map layer"
    return json.loads(match.group(1))


def test_map_page_shows_the_sample_events(sample_both):
    # 5 of the 7 events: the English article also recalls acts of October and December 5, more
    # than 45 days before its publication (background, hidden by default)
    at = run()
    assert not at.exception
    assert metric(at, "Events in view") == "5"
    assert at.slider(key="f_window").value == (date(2022, 1, 4), date(2022, 1, 22))
    table = table_rows(at)
    assert {r["type"] for r in table} == {"Battles", "Explosions/Remote violence"}
    assert [r["start"] for r in table] == sorted(r["start"] for r in table) and len(table) == 5
    data = layer_data(at)
    assert len(data["lat"]) == 5 and len(set(data["uid"])) == 5
    assert sorted(data["approx"]) == [0, 0, 0, 0, 1]  # Deir ez-Zor province: area-level
    config = json.loads(map_json(at))
    assert all(link.startswith("../../app/static/vendor/") for link in config["js_links"] + config["css_links"])


def test_slider_changes_points_table_and_url_and_keeps_the_map_layer(sample):
    """Moving the time window changes the count, the table and the URL, and sends the map the
    very same layer (so its iframe keeps it and the browser filters it); another filter sends a
    new one."""
    at = run()
    before = json.loads(map_json(at))["feature_group"]
    at.slider(key="f_window").set_value((date(2022, 1, 5), date(2022, 1, 22))).run()
    assert metric(at, "Events in view") == "4"
    assert json.loads(map_json(at))["feature_group"] == before
    at.slider(key="f_window").set_value((date(2022, 1, 20), date(2022, 1, 22))).run()
    assert not at.exception
    assert metric(at, "Events in view") == "4"
    rows = table_rows(at)
    assert len(rows) == 4 and all(r["start"] <= "2022-01-22" and r["end"] >= "2022-01-20" for r in rows)
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    # The map layer holds every event of the span and shows, in the browser, those overlapping
    # the window: the same 4 (days since 1970: 2022-01-20 is day 19012).
    assert json.loads(map_json(at))["feature_group"] == before
    data = layer_data(at)
    assert len(data["lat"]) == 5
    window = (date(2022, 1, 20) - date(1970, 1, 1)).days, (date(2022, 1, 22) - date(1970, 1, 1)).days
    assert sum(1 for a, b in zip(data["t0"], data["t1"], strict=True) if b >= window[0] and a <= window[1]) == 4
    assert at.query_params["from"] == "2022-01-20" and at.query_params["to"] == "2022-01-22"
    at.multiselect(key="f_types").set_value(["Battles"]).run()
    after = json.loads(map_json(at))["feature_group"]
    assert after != before and len(layer_data(at)["lat"]) == 2


def test_heatmap_layer_holds_the_window_only(sample):
    at = run(heat="1", **{"from": "2022-01-20", "to": "2022-01-22"})
    assert metric(at, "Events in view") == "4"
    layer = json.loads(map_json(at))["feature_group"]
    assert "heatLayer" in layer and "cmWindow" not in layer


def test_step_buttons_move_the_window(sample):
    at = run(bg="1", **{"from": "2021-10-01", "to": "2021-10-31"})  # October's act: background
    assert metric(at, "Events in view") == "1"
    at.button(key="step_fwd").click().run()
    assert at.slider(key="f_window").value == (date(2021, 11, 1), date(2021, 12, 1))
    assert metric(at, "Events in view") == "0"


def test_text_search_in_snippets(sample):
    at = run(q="voitures piégées")
    assert metric(at, "Events in view") == "1"


def test_sources_page_lists_articles_and_undated(world, capsys):
    assert main(["ingest", str(ENGLISH)]) == 0
    capsys.readouterr()
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.switch_page("views/sources.py").run()
    assert not at.exception
    assert at.title[0].value == "Sources"
    assert at.subheader[-1].value == "Undated articles (1)"
    table = at.dataframe[0].value
    assert list(table["published"]) == ["undated"]


def test_sources_page_counts_background_events_apart(sample):
    # the English article also recalls two acts more than 45 days before its publication (hidden
    # from the map, whose 5 events count the one both articles tell once)
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.switch_page("views/sources.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    counts = {lang: (int(e), int(b)) for lang, e, b in zip(table["lang"], table["events"], table["background"],
                                                            strict=True)}
    assert counts == {"fr": (4, 0), "en": (2, 2)}, counts  # one event told by both


def test_pasting_an_article_ingests_it(world):
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("views/sources.py").run()
    # what is typed or chosen is sent with the click, in one message: each is a form with its
    # button (a field outside sent its value in a run of its own: dashboard/views/sources.py)
    paste, uploads = at.button(key="ingest_paste").proto.form_id, at.button(key="ingest_uploads").proto.form_id
    assert paste and uploads and paste != uploads
    assert {w.proto.form_id for w in (at.text_input(key="paste_title"), at.text_input(key="paste_url"),
                                      at.date_input(key="paste_date"), at.text_area(key="paste_text"))} == {paste}
    assert [w.proto.form_id for w in (at.date_input(key="upload_date"), *at.get("file_uploader"))] == [uploads] * 2
    at.text_input(key="paste_title").set_value("Frappe à Idleb")
    at.text_area(key="paste_text").set_value(
        "Le 3 mars 2022, une frappe aérienne russe a tué 4 civils à Idleb, selon l'OSDH.")
    at.button(key="ingest_paste").click().run()
    assert not at.exception
    assert any("stored Frappe à Idleb" in s.value for s in at.success)
    out = AppTest.from_file(APP, default_timeout=90).run()
    assert metric(out, "Events in view") == "1"


def test_hostile_article_text_is_escaped(world, tmp_path, capsys):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("<script>alert(1)</script> On 3 March 2022, clashes erupted in Homs <img src=x "
                       "onerror=alert(2)> between the SDF and IS militants.", encoding="utf-8")
    assert main(["ingest", str(hostile)]) == 0
    capsys.readouterr()
    at = run()
    layer = json.loads(map_json(at))["feature_group"]
    layer += json.dumps(layer_data(at))
    decoded = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), layer)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in decoded
    assert "&lt;img src=x onerror=alert(2)&gt;" in decoded
    assert "<script>alert" not in decoded and "<img src=x" not in decoded


def test_empty_store_and_corrupt_store_pages(tmp_path, monkeypatch, world):
    at = run()
    assert not at.exception and "No events yet" in at.info[0].value
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setenv("CONFLICTMAP_DB", str(bad))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "not a usable database" in at.error[0].value


def _events_by(day: str, kind: str) -> list[dict]:
    from geo.config import load_settings
    from geo.store import Store

    with Store.open(load_settings().db) as store:
        return [e for e in store.events() if e["date_start"] == day and e["event_type"] == kind]


def test_choosing_an_event_opens_its_panel_and_a_move_is_stored(sample_both):
    (strike,) = _events_by("2022-01-22", "Explosions/Remote violence")
    at = run(event=strike["id"])
    assert not at.exception
    assert at.subheader[0].value == "Event"
    assert any("Al Ḩasakah (point)" in t.value for t in at.text)
    at.text_input(key=f"note_{strike['id']}").set_value("Technical Institute, from imagery")
    at.number_input(key=f"lat_{strike['id']}").set_value(36.49)
    at.number_input(key=f"lon_{strike['id']}").set_value(40.76)
    at.button(key=f"move_{strike['id']}").click().run()
    assert not at.exception
    (moved,) = _events_by("2022-01-22", "Explosions/Remote violence")
    assert (moved["place"]["lat"], moved["place"]["lon"]) == (36.49, 40.76)
    data = layer_data(at)
    i = data["uid"].index(strike["id"])
    assert (data["lat"][i], data["lon"][i]) == (36.49, 40.76)


def test_deleting_an_event_from_the_panel_hides_it(sample_both):
    (battle,) = _events_by("2022-01-22", "Battles")
    at = run(event=battle["id"])
    at.button(key=f"delete_{battle['id']}").click().run()
    assert not at.exception
    assert metric(at, "Events in view") == "4"
    assert battle["id"] not in layer_data(at)["uid"]
    assert _events_by("2022-01-22", "Battles") == []


def test_country_and_type_filters_round_trip_through_the_url(sample):
    at = run()
    assert "No other filter." in [c.value for c in at.sidebar.caption]
    at.multiselect(key="f_countries").set_value(["SY"]).run()
    assert metric(at, "Events in view") == "5"
    assert at.query_params["cc"] == "SY"
    # set in "More filters" (or by a link), it is listed in the sidebar while that is closed
    assert "Country: SY" in [c.value for c in at.sidebar.caption]
    at.multiselect(key="f_types").set_value(["Battles"]).run()
    assert metric(at, "Events in view") == "2"
    assert at.query_params["type"] == "Battles"
    # to the Sources page and back, the time window's value put back meanwhile (as a rerun of the
    # map's fragment does when it was asked for before the page changed and reaches the server
    # after): the page takes the filters Streamlit dropped from the URL, with no error
    at.switch_page("views/sources.py").run()
    at.session_state["f_window"] = (date(2022, 1, 4), date(2022, 1, 22))
    at.switch_page("views/map.py").run()
    assert not at.exception and not at.error
    assert metric(at, "Events in view") == "2" and at.multiselect(key="f_types").value == ["Battles"]
    assert at.multiselect(key="f_countries").value == ["SY"]
    again = run(type="Battles", minfat="50")
    assert metric(again, "Events in view") == "1"
    assert again.multiselect(key="f_types").value == ["Battles"]
    assert "Language: en" in [c.value for c in run(lang="en").sidebar.caption]


def test_export_panel_prepares_the_csv_of_the_view(sample, capsys):
    at = run(**{"from": "2022-01-20", "to": "2022-01-22", "type": "Battles"})
    at.selectbox(key="export_format").set_value("CSV")
    at.button(key="export_go").click().run()
    assert not at.exception
    name, mime, data, _summary = at.session_state["export_file"]
    assert (name, mime) == ("conflictmap.csv", "text/csv")
    assert main(["events", "--format", "csv", "--from", "2022-01-20", "--to", "2022-01-22", "--type", "Battles"]) == 0
    assert data.decode("utf-8") == capsys.readouterr().out


def test_export_panel_html_is_the_view(sample):
    at = run(type="Battles")
    at.selectbox(key="export_format").set_value("HTML map (opens offline)")
    at.text_input(key="export_title").set_value("Battles <b>only</b>")
    at.button(key="export_go").click().run()
    assert not at.exception
    page = at.session_state["export_file"][2].decode("utf-8")
    assert "Battles &lt;b&gt;only&lt;/b&gt;" in page and "2 events" in page


def test_imported_dataset_events_show_their_origin(sample, tmp_path, capsys):
    """UCDP events beside the articles' events: outlined in the dataset's colour, named in the
    legend and the popup, titled with the dataset in their sources, and a filter of their own."""
    from tests.importer_fixtures import write_ucdp

    assert main(["import", "ucdp", str(write_ucdp(tmp_path))]) == 0
    capsys.readouterr()
    at = run()
    assert not at.exception
    assert metric(at, "Events in view") == "8"  # 5 reported from the articles, 3 UCDP rows imported
    config = json.loads(map_json(at))
    assert "ucdp" in config["html"] + config["script"] and "articles (no outline)" in config["html"] + config["script"]
    data = layer_data(at)
    origins = [data["orig"][k] for k in data["oi"]]
    assert origins.count("ucdp") == 3 and origins.count("articles") == 5
    assert data["ocol"][data["orig"].index("ucdp")] == "#17becf" and data["ocol"][data["orig"].index("articles")] == ""
    ucdp_sources = [s for k, s in zip(data["oi"], data["src"], strict=True) if data["orig"][k] == "ucdp"]
    assert all(s and s[0][0] != "untitled" for s in ucdp_sources)
    at.multiselect(key="f_origins").set_value(["ucdp"]).run()
    assert metric(at, "Events in view") == "3"
    assert at.query_params["origin"] == "ucdp"


# -- rows with missing values (issue 18, item 1) ------------------------------------------------
HALF_EMPTY = ("date,latitude,longitude,event_type,fatalities,description,place\n"
              "2024-03-01,36.2,37.1,Battles,3,,\n"
              "2024-03-02,36.3,37.2,Battles,1,Clashes in Aleppo,Aleppo\n")


def test_an_imported_row_without_description_or_place_is_listed_and_mapped(world, tmp_path, run_cli):
    import csv
    import io

    data = tmp_path / "half-empty.csv"
    data.write_text(HALF_EMPTY, encoding="utf-8")
    assert run_cli("import", "csv", str(data)).code == 0
    outputs = {fmt: run_cli("events", "--format", fmt) for fmt in ("table", "json", "csv", "geojson")}
    for fmt, result in outputs.items():
        assert result.code == 0 and result.err == "", (fmt, result.err)
    assert outputs["table"].out.splitlines()[-1] == "2 events"
    rows = json.loads(outputs["json"].out)
    assert len(rows) == 2 and json.loads(outputs["geojson"].out)["type"] == "FeatureCollection"
    assert len(list(csv.DictReader(io.StringIO(outputs["csv"].out)))) == 2
    at = run()
    assert not at.exception
    assert metric(at, "Events in view") == "2"
    data = layer_data(at)
    assert any(p.startswith("unnamed place") for p in data["place"])
    (bare,) = [r for r in rows if r["place"]["name"] is None]
    panel = run(event=bare["id"])
    assert not panel.exception and not panel.error
    assert any(t.value.startswith("unnamed place") for t in panel.text)


# -- untrusted text is never Markdown (issue 18, item 6) ---------------------------------------
HOSTILE = "![b](http://evil.example/b.png) [x](https://evil.example/login)"


def _rendered(markdown: str) -> str:
    """What Streamlit's Markdown makes of a label or message (CommonMark, as the page reads it)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").renderInline(markdown)


def _shown_as_text(value: str) -> None:
    html = _rendered(value)
    assert "<img" not in html and "<a " not in html, value
    assert "![" not in value.replace("\\!\\[", ""), value
    # nor a bare URL that GFM's autolink literals (Streamlit's Markdown) would make a link of
    assert not re.search(r"https?://|www\.", html), html


def test_hostile_title_url_and_report_line_are_shown_as_text(world):
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("views/sources.py").run()
    at.text_input(key="paste_title").set_value(HOSTILE)
    at.text_input(key="paste_url").set_value("javascript:alert(document.cookie)")
    at.text_area(key="paste_text").set_value(
        "Le 3 mars 2022, une frappe aérienne russe a tué 4 civils à Idleb, selon l'OSDH.")
    at.button(key="ingest_paste").click().run()
    assert not at.exception
    (line,) = [s.value for s in at.success]
    assert line.startswith("stored") and "evil" in line
    _shown_as_text(line)
    sources = AppTest.from_file(APP, default_timeout=90).run()
    sources.switch_page("views/sources.py").run()
    table = sources.dataframe[0].value
    assert list(table["title"]) == [HOSTILE] and table["url"].isna().all()  # the javascript: URL is no link
    (event,) = _events_by("2022-03-03", "Explosions/Remote violence")
    panel = run(event=event["id"])
    assert not panel.exception
    labels = [e.label for e in panel.expander if "evil" in e.label]
    assert labels, [e.label for e in panel.expander]
    for label in labels:
        _shown_as_text(label)
    assert not [b for b in panel.get("link_button")]  # no "open article" for a javascript: URL


def test_hostile_types_actors_and_places_from_a_dataset_are_shown_as_text(world, tmp_path, run_cli):
    data = tmp_path / "hostile.csv"
    data.write_text("date,latitude,longitude,event_type,sub_event_type,actor1,place,admin1,fatalities\n"
                    f'2024-03-01,36.2,37.1,Battles,"{HOSTILE}","{HOSTILE}","{HOSTILE}","{HOSTILE}",2\n',
                    encoding="utf-8")
    assert run_cli("import", "csv", str(data)).code == 0
    (event,) = run_cli_events(run_cli)
    at = run(event=event["id"], actor=HOSTILE, admin1=HOSTILE, sub=HOSTILE)  # filters listed in the sidebar
    assert not at.exception
    shown = [c.value for c in at.caption] + [c.value for c in at.sidebar.caption] + [e.label for e in at.expander]
    assert any("evil" in v for v in shown)
    for value in shown:
        _shown_as_text(value)
    assert any(HOSTILE in t.value for t in at.text)  # the panel shows it as plain text, whole


#: a place name that reads as Jinja (a block never closed, an expression)
TEMPLATE_SYNTAX = "{% if true %}Tall Abyad {{ 7*7 }}"


def test_a_place_holding_template_syntax_is_mapped_as_written(world, tmp_path, run_cli, monkeypatch):
    """Past FOLLOW_MAX events of the span the map gets a new layer of the window's events on every
    move, their data in the page: text from the data is drawn as written, never read as a
    template (it stopped the map with a template error)."""
    import dashboard.mapview

    data = tmp_path / "jinja.csv"
    data.write_text("date,latitude,longitude,event_type,actor1,place,fatalities\n"
                    f'2024-03-01,36.7,38.95,Battles,"{{{{ 6*7 }}}} forces","{TEMPLATE_SYNTAX}",2\n', encoding="utf-8")
    assert run_cli("import", "csv", str(data)).code == 0
    monkeypatch.setattr(dashboard.mapview, "FOLLOW_MAX", 0)  # the layer of the window, as at 100,000 events
    at = run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    layer = layer_data(at)
    (place,) = layer["place"]
    assert place.startswith(TEMPLATE_SYNTAX) and layer["actors"] == ["{{ 6*7 }} forces"]
    assert "cmWindow" not in json.loads(map_json(at))["feature_group"]  # the window's layer, not the following one


def run_cli_events(run_cli) -> list[dict]:
    result = run_cli("events", "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_an_error_in_a_page_is_one_line_without_trace_or_links(sample, monkeypatch):
    from streamlit import config

    import dashboard.histogram
    import dashboard.mapview

    def broken(*args, **kwargs):
        raise RuntimeError("/srv/conflictmap/secret/path.py exploded\nsecond line")

    monkeypatch.setattr(dashboard.mapview, "base_map", broken)  # inside the map's fragment
    at = run()
    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert error == "internal error \\(RuntimeError\\)\\; the details are in the server log"
    assert metric(at, "Events in view") == "5" and table_rows(at)  # the rest of the page is drawn
    monkeypatch.setattr(dashboard.histogram, "histogram_html", broken)  # in the page itself
    at = run()
    assert not at.exception and len(at.error) >= 1
    assert all("\n" not in e.value and "/srv/" not in e.value for e in at.error)
    # what nothing caught: Streamlit's generic line, without message, trace or links
    assert config.get_option("client.showErrorDetails") == "none"


NEWS_AND_HISTORY = """Airstrikes hit Idlib

Airstrikes killed 12 civilians in Idlib on Monday, activists said.
On Wednesday, rebels shelled Aleppo, killing three people.
An attack in 2013 killed 20 people in Homs.
"""


def test_background_events_are_hidden_until_the_filter_shows_them(world, tmp_path, capsys):
    """History an article recalls stays off the map, the counts, the table and the timeline's
    span by default; the filter says how many such events there are and shows them."""
    article = tmp_path / "news.txt"
    article.write_text(NEWS_AND_HISTORY, encoding="utf-8")
    assert main(["ingest", "--published", "2016-09-22", str(article)]) == 0
    capsys.readouterr()
    at = run()
    assert not at.exception
    assert metric(at, "Events in view") == "2" and len(table_rows(at)) == 2 and len(layer_data(at)["lat"]) == 2
    assert at.slider(key="f_window").value == (date(2016, 9, 19), date(2016, 9, 21))
    toggle = at.toggle(key="f_background")
    assert toggle.label == "Background events (1)" and toggle.value is False
    toggle.set_value(True).run()
    assert not at.exception and at.query_params["bg"] == "1"
    # the span now reaches back to the recalled attack; the window stays where it was
    assert at.slider(key="f_window").value == (date(2016, 9, 19), date(2016, 9, 21))
    at.slider(key="f_window").set_value((date(2013, 1, 1), date(2016, 9, 21))).run()
    assert not at.exception and metric(at, "Events in view") == "3" and len(table_rows(at)) == 3
    at.toggle(key="f_background").set_value(False).run()  # hidden again: the window shrinks back
    assert not at.exception and metric(at, "Events in view") == "2"
    assert at.slider(key="f_window").value == (date(2016, 9, 19), date(2016, 9, 21))


def package_files() -> dict[str, tuple[int, int]]:
    """Every file of the installed packages (``geo``, ``dashboard``) but Python's bytecode: its
    size and modification time."""
    import dashboard
    import geo

    found = {}
    for package in (geo, dashboard):
        root = Path(package.__file__).resolve().parent
        for path in root.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def test_the_app_writes_its_caches_under_home_cache_never_in_the_package(sample, isolated_home):
    """The server's snapshot process and a page view (frames snapshot, the map layer's data
    file) write under $CONFLICTMAP_HOME/cache/ only: no file of the packages is added or changed,
    and the page fetches its layer from the app's cache route."""
    from dashboard.server import build_snapshot

    before = package_files()
    cache = isolated_home / "cache"
    build_snapshot(load_settings().db, str(load_settings().cache_dir))
    assert len(list(cache.glob("frames-*.parquet"))) == 2
    at = run()
    assert not at.exception and metric(at, "Events in view") == "5"
    layer = json.loads(map_json(at))["feature_group"]
    fetched = re.search(r'fetch\("\.\./\.\./cache/layers/([0-9a-f]+\.json)"\)', layer)
    assert fetched, "the map layer is not published in the cache"
    assert [p.name for p in (cache / "layers").iterdir()] == [fetched.group(1)]
    assert (cache / "frames.lock").exists() and len(list(cache.glob("frames-*.parquet"))) == 2
    assert package_files() == before
