"""The dashboard in a real Chromium against a live `conflictmap serve`: the map, the timeline,
filters, the URL, uploads, escaping, and no request leaving 127.0.0.1."""

import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.conftest import submit_form, wait_until

pytestmark = pytest.mark.browser
LOCAL = re.compile(r"^(https?|wss?)://127\.0\.0\.1[:/]|^(data|blob|about):")
MAP = 'iframe[title="streamlit_folium.st_folium"]'
COUNT_MARKERS = """() => {
  const groups = window.feature_group || [];
  if (!groups.length || window.cmPending === true) return -1;  // none yet, or its data on the way
  let n = 0;
  groups[groups.length - 1].eachLayer(layer => {
    if (layer.eachLayer) layer.eachLayer(() => n++); else n++;
  });
  return n;
}"""


@contextmanager
def guarded_page(browser, base: str) -> Iterator:  # a Browser, or a context of one (its tabs)
    """A page on the server at ``base``; no request may leave 127.0.0.1, no static file be missing.
    Every request the page makes is seen here (one asked of another host fails the test); the
    browser's host rules (``CHROMIUM_FLAGS``) resolve no other name.  Seen, not intercepted: a
    route on every request turned the page's cache off and cost a round trip through this
    process per request: some 0.25 s of CPU more per map page loaded."""
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.outside = []
    page.on("request", lambda r: None if LOCAL.match(r.url) else page.outside.append(r.url))
    page.on("websocket", lambda ws: None if LOCAL.match(ws.url) else page.outside.append(ws.url))
    # the app's own files (vendored scripts and stylesheets, the map layers, tiles) are all there
    missing, page.cached = [], []
    page.on("response", lambda r: missing.append(f"{r.status} {r.url}")
            if re.search(r"/app/static/|/cache/|/tiles/", r.url) and r.status >= 400 else None)
    page.on("response", lambda r: page.cached.append(r.url) if "/cache/" in r.url else None)
    page.base = base
    yield page
    outside = page.outside
    page.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert missing == [], f"static files not found: {missing}"


@pytest.fixture
def page(shared_tabs, served):
    """A page on the server the reading tests share (tests/browser/conftest.py)."""
    with guarded_page(shared_tabs, served) as opened:
        yield opened


@pytest.fixture
def own_page(browser, writing_server):
    """A page on the server of the tests that add to the store (not the reading tests' one)."""
    with guarded_page(browser, writing_server.url) as opened:
        yield opened


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label)
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def wait_metric(page, label: str, value: str) -> None:
    wait_until(page, """([label, value]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
                 .some(m => m.innerText.includes(label) && m.querySelector('[data-testid="stMetricValue"]')
                            .innerText.trim() === value)""",
               arg=[label, value], timeout=60_000)


def expect_markers(page, n: int) -> None:
    """Wait until the map's event layer holds ``n`` markers (the layer is drawn once its data has
    come, after the map); fail naming the count it holds if it never does."""
    page.frame_locator(MAP).locator(".leaflet-container").wait_for(timeout=60_000)
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    try:
        wait_until(frame, f"() => ({COUNT_MARKERS})() === {n}", timeout=30_000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"the map holds {frame.evaluate(COUNT_MARKERS)} markers, not {n}") from None


def expect_rows(page, n: int) -> list[str]:
    """Wait until the events table holds ``n`` rows; their start dates."""
    table = page.locator(".cm-events")
    table.locator(f'xpath=self::*[@data-rows="{n}"]').wait_for(timeout=30_000)
    return table.locator("tbody tr td:nth-child(2)").all_inner_texts()


def map_center(page, zoom: int) -> tuple[float, float]:
    """(lat, lon) of the map's centre once it shows ``zoom`` (the map may be replaced meanwhile)."""
    for _ in range(300):
        try:
            found = page.frame(url=re.compile(r"streamlit_folium")).evaluate("""(zoom) => {
                const map = Object.values(window).find(v => window.L && v instanceof L.Map);
                if (!map || map.getZoom() !== zoom) return null;
                const c = map.getCenter();
                return [c.lat, c.lng];
            }""", zoom)
        except Exception:  # noqa: BLE001 - the frame was replaced while asked
            found = None
        if found:
            return tuple(found)
        page.wait_for_timeout(100)
    raise AssertionError(f"the map never showed zoom {zoom}")


def open_map(page, query: str = "") -> None:
    page.goto(page.base + "/" + query, wait_until="domcontentloaded")
    page.get_by_role("heading", name="conflictmap").wait_for(timeout=60_000)
    page.frame_locator(MAP).locator("img.leaflet-tile-loaded").first.wait_for(timeout=60_000)


def test_choosing_an_event_in_the_table_centres_the_map(page):
    open_map(page)
    wait_metric(page, "Events in view", "5")
    starts = expect_rows(page, 5)
    assert starts == sorted(starts)  # by date
    table = page.locator(".cm-events")
    sort = table.locator("th", has_text="fatalities").get_by_role("button")
    sort.click()
    sort.click()  # numbers, most first on a second click
    assert table.locator("th", has_text="fatalities").get_attribute("aria-sort") == "descending"
    deaths = [int(x or 0) for x in table.locator("tbody tr td:nth-child(9)").all_inner_texts()]
    assert deaths == sorted(deaths, reverse=True) and deaths[0] > 0
    row = table.locator("tbody tr", has_text="Al Ḩasakah").filter(has_text="Explosions/Remote violence").first
    uid = row.get_attribute("data-uid")
    row.focus()
    page.keyboard.press("Enter")  # the keyboard chooses as a click does
    page.wait_for_url(re.compile(rf"[?&]event={uid}"), timeout=30_000)
    page.get_by_role("heading", name="Event").wait_for(timeout=30_000)
    # the map now shares its row with the event's panel: a new map, centred on the event
    lat, lon = map_center(page, zoom=9)
    assert abs(lat - 36.5) < 0.1 and abs(lon - 40.75) < 0.1  # Al-Hasakah
    assert table.locator("tr.cm-selected").get_attribute("data-uid") == uid
    # the sort the analyst chose is kept when the page reruns
    assert table.locator("th", has_text="fatalities").get_attribute("aria-sort") == "descending"


def test_the_map_reruns_the_page_when_moved_not_as_it_loads(page):
    """The map's state as it loads is not sent (no rerun while the page is drawn); a move is,
    and the export then takes the map's extent."""
    sent = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    open_map(page)
    wait_metric(page, "Events in view", "5")
    page.get_by_role("button", name="Export this view").click()
    page.get_by_text(re.compile(r"until the map is moved\)\.$")).wait_for(timeout=10_000)
    page.wait_for_timeout(1500)
    assert len(sent) == 1  # the page's first run only
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    frame.evaluate("() => Object.values(window).find(v => window.L && v instanceof L.Map).panBy([150, 0], {animate: false})")
    page.get_by_text(re.compile(r"the map's extent as they are now\.$")).wait_for(timeout=30_000)
    assert len(sent) >= 2
    # a click on a point is reported too: the event opens
    uid = frame.evaluate("""() => {
        const g = window.feature_group[window.feature_group.length - 1];
        let marker = null;
        g.eachLayer(l => { if (!marker && l.getLatLng && l.cmUid) marker = l; });
        marker.fire('click', {latlng: marker.getLatLng()}, true);
        return marker.cmUid;
    }""")
    page.wait_for_url(re.compile(rf"[?&]event={uid}"), timeout=30_000)
    page.get_by_role("heading", name="Event").wait_for(timeout=30_000)


def test_the_export_prepares_the_file_of_the_view_and_a_type_filter_goes_through_the_url(page):
    """The export's widgets are drawn only once "Export this view" opens; the panel stays open
    while the file is prepared, and the download holds the events in view.  Then (the same page)
    a type chosen filters the view and is in its URL, which opens the same view."""
    open_map(page, "?from=2022-01-01")
    wait_metric(page, "Events in view", "5")
    fmt = page.locator('[data-testid="stSelectbox"]', has_text="Format")
    assert fmt.count() == 0  # not drawn with the page
    page.get_by_role("button", name="Export this view").click()
    fmt.click()
    page.get_by_role("option", name="CSV").click()
    page.get_by_role("button", name="Prepare file").click()
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download conflictmap.csv").click()
    with open(download.value.path(), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5 and all(r["date_start"] >= "2022-01-01" for r in rows)
    assert "Al Ḩasakah" in {r["place_name"] for r in rows}
    page.keyboard.press("Escape")  # the popover closes
    page.mouse.click(700, 80)
    page.locator('[data-testid="stMultiSelect"]', has_text="Event type").click()
    page.get_by_role("option", name="Battles").click()
    page.keyboard.press("Escape")
    wait_metric(page, "Events in view", "2")
    assert "type=Battles" in page.url
    shared = page.url
    page.goto("about:blank")
    page.goto(shared, wait_until="domcontentloaded")
    wait_metric(page, "Events in view", "2")
    expect_markers(page, 2)
    assert page.locator('[data-testid="stMultiSelect"]', has_text="Event type").inner_text().count("Battles") == 1


def test_more_filters_popover_and_a_filter_it_hides(page):
    """The filters in "More filters" are drawn only when it opens; one set there (or by a link)
    still applies while it is closed, reruns keep it, and the sidebar says it is on."""
    open_map(page)
    wait_metric(page, "Events in view", "5")
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text("No other filter.").is_visible()
    assert page.locator('[data-testid="stMultiSelect"]', has_text="Language").count() == 0  # not drawn yet
    sidebar.get_by_role("button", name="More filters").click()
    page.locator('[data-testid="stMultiSelect"]', has_text="Language").click()
    page.get_by_role("option", name="en").click()
    page.keyboard.press("Escape")
    wait_until(page, "() => location.search.includes('lang=en')", timeout=60_000)
    wait_until(page, """() => [...document.querySelectorAll('[data-testid="stMetric"]')].some(m =>
        m.innerText.includes('Events in view') && m.querySelector('[data-testid="stMetricValue"]').innerText.trim() !== '5')""",
               timeout=60_000)
    assert 0 < int(metric(page, "Events in view")) < 5
    page.keyboard.press("Escape")  # the popover closes: its widgets are no longer drawn
    page.mouse.click(700, 80)
    sidebar.get_by_text("Language: en").wait_for(timeout=30_000)
    # another filter, set while the popover is closed, adds to the hidden one
    page.locator('[data-testid="stMultiSelect"]', has_text="Event type").click()
    page.get_by_role("option", name="Battles").click()
    page.keyboard.press("Escape")
    wait_until(page, "() => location.search.includes('type=Battles')", timeout=60_000)
    wait_metric(page, "Events in view", "1")  # of the two battles, one is reported in English
    assert "lang=en" in page.url
    shared = page.url
    page.goto("about:blank")
    page.goto(shared, wait_until="domcontentloaded")
    wait_metric(page, "Events in view", "1")
    sidebar.get_by_text("Language: en").wait_for(timeout=30_000)  # the sidebar is drawn after the map and table


def test_the_map_renders_the_sample_events_offline_and_follows_the_slider(page):
    """The sample's events on the basemap file, from the app's own files; moving the window
    filters the map's own layer in place (no new layer from the server) and the table, and the
    map follows the URL when the slider cannot be read (the fallback for Streamlit markup)."""
    open_map(page)
    wait_metric(page, "Events in view", "5")
    expect_markers(page, 5)  # reported events: two acts the English article recalls are background
    map_frame = page.frame_locator(MAP)
    assert map_frame.locator("img.leaflet-tile-loaded").count() > 0
    tiles = map_frame.locator("img.leaflet-tile-loaded").evaluate_all("imgs => imgs.map(i => i.src)")
    assert all(src.startswith(f"{page.base}/tiles/") for src in tiles), tiles  # from the basemap file
    assert "OpenStreetMap" in map_frame.locator(".leaflet-control-attribution").inner_text()
    assert map_frame.locator("#cm-legend").is_visible()
    assert map_frame.locator(".leaflet-control-scale").count() == 1
    # the page announced the map page's element code up front (dashboard.internals)
    assert page.locator('link[rel="modulepreload"][href*="/BidiComponent."]').count() == 1
    # the layer's data came from the app's cache route ($CONFLICTMAP_HOME/cache/layers)
    assert [re.sub(r"[0-9a-f]+\.json$", "…", u) for u in page.cached] == [f"{page.base}/cache/layers/…"]
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    wait_until(frame, "() => window.cmWindow && window.cmWindow.shown === 5", timeout=30_000)
    frame.evaluate("() => { window.__layer = window.feature_group[window.feature_group.length - 1]; }")
    thumb = page.get_by_role("slider").first
    thumb.focus()
    page.keyboard.press("End")  # start of the window to the last day: 2022-01-22
    wait_until(frame, "() => window.cmWindow.shown === 2", timeout=10_000)
    wait_metric(page, "Events in view", "2")
    expect_markers(page, 2)
    assert "from=2022-01-22" in page.url
    expect_rows(page, 2)
    assert frame.evaluate("() => window.feature_group[window.feature_group.length - 1] === window.__layer")
    # The slider's markup is no longer recognised: the step button moves the window on the server,
    # the URL changes, and the map follows it.
    page.evaluate("() => document.querySelector('.st-key-f_window').classList.remove('st-key-f_window')")
    page.goto(page.base + "/?from=2021-10-01&to=2021-10-31&bg=1", wait_until="domcontentloaded")  # background
    page.frame_locator(MAP).locator("img.leaflet-tile-loaded").first.wait_for(timeout=60_000)
    wait_metric(page, "Events in view", "1")
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    wait_until(frame, "() => window.cmWindow && window.cmWindow.shown === 1", timeout=30_000)
    page.evaluate("() => document.querySelector('.st-key-f_window').classList.remove('st-key-f_window')")
    page.get_by_role("button", name="▶").click()
    wait_metric(page, "Events in view", "0")
    assert "from=2021-11-01" in page.url
    wait_until(frame, "() => window.cmWindow.shown === 0", timeout=10_000)


#: the file uploader holds ``count`` files, each uploaded to the server (its chip's button then
#: removes it, where it cancels the upload before)
UPLOADED = """(count) => {
  const buttons = [...document.querySelectorAll('[data-testid="stFileChipDeleteBtn"] button')];
  return buttons.length === count && buttons.every(b => (b.getAttribute('aria-label') || '').startsWith('Remove '));
}"""
HOSTILE = "![b](http://evil.example/b.png) [x](https://evil.example/login)"


def _no_outside_markup(page) -> None:
    """No image, and no link that is not http(s) or to an outside host, in the page."""
    assert page.locator('img[src*="evil"]').count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if "evil" in h or not re.match(r"^(https?://|/|#|\?|\.)", h)], hrefs
    assert page.get_by_text("Ask Google").count() == 0 and page.get_by_text("Ask ChatGPT").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


#: an article whose text holds markup: shown as text in the map's popup and the table
HOSTILE_MARKUP = ("<script>window.parent.__pwned = 1</script> On 3 March 2022, clashes erupted in Homs between the SDF "
                  "and IS militants <img src=x onerror=\"window.parent.__pwned = 2\">.")


def test_uploads_and_hostile_titles_file_names_urls_and_markup_stay_text(own_page):
    """Issue 18: a title, file names and a URL written as Markdown links and images are shown
    as written; same-named files are both stored; a 300-character name is one line.  An uploaded
    article's markup is text in the map's popup and the table, never run."""
    page = own_page
    page.goto(page.base + "/sources", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Sources").wait_for(timeout=60_000)
    page.get_by_text("Add articles").click()
    submit_form(page, "Ingest pasted text", {
        "Title": HOSTILE, "URL (optional)": "javascript:alert(document.cookie)",
        "Article text": "Le 3 mars 2022, une frappe aérienne russe a tué 4 civils à Idleb, selon l'OSDH."})
    page.get_by_text(re.compile(r"^stored !\[b\]")).wait_for(timeout=90_000)
    hama = b"On 9 March 2022, fighting broke out in Hama between the SDF and IS militants."
    aleppo = b"On 4 March 2022, shelling killed 2 civilians in Aleppo, according to the SOHR."
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([
        {"name": "hostile.txt", "mimeType": "text/plain", "buffer": HOSTILE_MARKUP.encode()},
        {"name": "same.txt", "mimeType": "text/plain", "buffer": hama},
        {"name": "same.txt", "mimeType": "text/plain", "buffer": aleppo},
        {"name": HOSTILE + ".txt", "mimeType": "text/plain", "buffer": b"No event here."},
        {"name": "n" * 300 + ".txt", "mimeType": "text/plain", "buffer": b"Nothing either."},
    ])
    wait_until(page, UPLOADED, arg=5)
    submit_form(page, "Ingest uploaded files")
    page.get_by_text(re.compile(r"^stored n{20}")).wait_for(timeout=120_000)
    # as written (an invisible word joiner keeps "://" from becoming a link: see dashboard.text)
    report = [r.replace("\u2060", "") for r in page.locator('[data-testid="stAlert"]').all_inner_texts()]
    assert len([r for r in report if r.startswith("stored same.txt")]) == 2, report
    assert any(r.startswith("stored " + HOSTILE + ".txt") for r in report), report
    assert any(re.match(r"stored hostile\.txt: article \d+", r) for r in report), report
    _no_outside_markup(page)
    # the uploaded article's event on the map: its markup is text in the popup and the table
    open_map(page, "?q=clashes%20erupted")
    wait_metric(page, "Events in view", "1")
    expect_markers(page, 1)  # the layer's data comes after the counts: its marker is clicked below
    frame = page.frame(url=re.compile(r"streamlit_folium"))
    frame.evaluate("""() => {
        const g = window.feature_group[window.feature_group.length - 1];
        let marker = null;
        g.eachLayer(l => { if (!marker && l.getLatLng) marker = l; });
        marker.fire('click', {latlng: marker.getLatLng()}, true);  // as a user's click does
    }""")
    page.frame_locator(MAP).locator(".leaflet-popup-content").wait_for(timeout=10_000)
    html = frame.evaluate("() => document.querySelector('.leaflet-popup-content').innerHTML")
    text = frame.evaluate("() => document.querySelector('.leaflet-popup-content').innerText")
    assert "<script>window.parent.__pwned = 1</script>" in text
    assert "<img" not in html.replace("&lt;img", "")
    assert frame.evaluate("() => document.querySelectorAll('.leaflet-popup-content script, .leaflet-popup-content img').length") == 0
    assert page.evaluate("() => window.__pwned") is None
    assert frame.evaluate("() => window.__pwned") is None
    expect_rows(page, 1)
    assert page.locator(".cm-events img, .cm-events script").count() == 0
    # the pasted article's event, opened from the table: its source's title in the panel
    page.goto(page.base + "/?q=frappe", wait_until="domcontentloaded")  # one event: the map zooms past the tiles
    page.get_by_role("heading", name="conflictmap").wait_for(timeout=60_000)
    wait_metric(page, "Events in view", "1")
    expect_rows(page, 1)
    page.locator(".cm-events tbody tr").first.click()
    page.get_by_role("heading", name="Event").wait_for(timeout=30_000)
    label = page.locator('[data-testid="stExpander"] summary', has_text="evil.example").first
    assert HOSTILE in label.inner_text().replace("\u2060", "")
    _no_outside_markup(page)
    assert page.get_by_role("link", name="open article").count() == 0  # a javascript: URL is no link
