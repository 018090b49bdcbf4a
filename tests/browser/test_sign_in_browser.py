"""Sign-in and roles in a real Chromium against a live `conflictmap serve --sign-in`: a visitor
sees only the sign-in, a viewer sees the map but nothing that changes it (and a click on a
correction the page still shows is refused once the user is a viewer), an editor corrects and
the corrections log names them."""

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.store import Store
from geo.store.users import EDITOR, VIEWER, add_user, remove_user, set_role
from tests.browser.conftest import Server, serving, submit_form, wait_idle
from tests.conftest import copy_sample_store

pytestmark = pytest.mark.browser
MAP = 'iframe[title="streamlit_folium.st_folium"]'
PASSWORDS = {"alice": "alice-password", "victor": "victor-password", "eve": "eve-password"}


@pytest.fixture(scope="module")
def team_server(tmp_path_factory, sample_store_file, gazetteer_path) -> Iterator[Server]:
    """The sample store with an editor (alice, eve) and a viewer (victor), served on 127.0.0.1
    with sign-in asked (--sign-in)."""
    home = tmp_path_factory.mktemp("team-server") / "home"
    db = copy_sample_store(sample_store_file, home)
    with Store.open(str(db)) as store:
        add_user(store, "alice", PASSWORDS["alice"], EDITOR)
        add_user(store, "eve", PASSWORDS["eve"], EDITOR)
        add_user(store, "victor", PASSWORDS["victor"], VIEWER)
    with serving(home, gazetteer_path, "--sign-in") as server:
        yield server


@pytest.fixture
def page(browser, team_server):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield page
    page.close()


def change_users(server: Server, change, *args: str) -> None:
    """``change(store, *args)`` (a function of geo.store.users) on the server's store, from this
    process as `conflictmap user …` does from its own (tests/dashboard/test_access.py runs the
    command; starting it here cost about a second a change)."""
    with Store.open(str(store_of(server))) as store:
        change(store, *args)


def store_of(server: Server) -> Path:
    return Path(server.env["CONFLICTMAP_HOME"]) / "conflictmap.db"


def placed_event(db) -> tuple[str, str]:
    """The uid and place name of the first event on the map."""
    with sqlite3.connect(db) as con:
        return con.execute("SELECT uid, place_name FROM events WHERE lat IS NOT NULL AND reported AND NOT deleted "
                           "ORDER BY id LIMIT 1").fetchone()


def sign_in(page, base: str, name: str, query: str = "") -> None:
    page.goto(f"{base}/{query}", wait_until="domcontentloaded")
    submit_form(page, "Sign in", {"User name": name, "Password": PASSWORDS[name]})
    page.get_by_text(f"Signed in as {name}").wait_for(timeout=60_000)


def open_event(page, base: str, name: str, uid: str) -> None:
    sign_in(page, base, name, f"?event={uid}")
    page.get_by_role("heading", name="Event").wait_for(timeout=60_000)
    page.frame_locator(MAP).locator(".leaflet-container").wait_for(timeout=60_000)


def fetched(url: str) -> tuple[int, str]:
    """The status and body of a GET of ``url`` outside the browser (no session, no cookie)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_an_unauthenticated_visitor_sees_only_the_sign_in_and_the_maps_data_only_once_signed_in(page, team_server):
    """Before signing in: no map, no figures, no page links, a wrong password refused.  Signed in
    (the same page), the map fetches its layer with the page's pass; the same file without it, with
    a forged one, or with the pass of a user removed since, is a one-line 403."""
    with Store.open(str(store_of(team_server))) as store:
        add_user(store, "ivy", "ivy-password", VIEWER)
    layers = []
    page.on("response", lambda r: layers.append(r) if "/cache/layers/" in r.url else None)
    uid, place = placed_event(store_of(team_server))
    for path in ("/", "/sources", f"/?event={uid}"):
        page.goto(team_server.url + path, wait_until="domcontentloaded")
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
        wait_idle(page)  # whatever else the server would send has arrived
        body = page.locator("body").inner_text()
        assert page.locator(MAP).count() == 0 and page.locator('[data-testid="stMetric"]').count() == 0
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0, "no page links"
        assert place not in body and "Events in view" not in body and "Sources" not in body
    submit_form(page, "Sign in", {"User name": "victor", "Password": "not-his-password"})
    page.get_by_text("wrong user name or password").wait_for(timeout=30_000)
    assert page.locator(MAP).count() == 0
    assert layers == []
    submit_form(page, "Sign in", {"User name": "ivy", "Password": "ivy-password"})
    page.frame_locator(MAP).locator(".leaflet-container").wait_for(timeout=60_000)
    for _ in range(300):
        if layers:
            break
        page.wait_for_timeout(100)
    assert len(layers) == 1 and layers[0].status == 200, [(r.url, r.status) for r in layers]
    signed = layers[0].url
    assert re.fullmatch(rf"{team_server.url}/cache/layers/[0-9a-f]+\.json\?pass=[\w-]+\.[\w-]+", signed), signed
    status, body = fetched(signed)
    assert status == 200 and body == layers[0].text() and '"lat":[' in body
    bare = signed.split("?")[0]
    forged = signed[:-4] + ("AAAA" if not signed.endswith("AAAA") else "BBBB")
    for url in (bare, f"{bare}?pass=", forged, f"{team_server.url}/cache/layers/0.json"):
        status, body = fetched(url)
        assert status == 403 and body == "sign in first: the map's data is shown to signed-in users only", url
    change_users(team_server, remove_user, "ivy")
    assert fetched(signed)[0] == 403


def test_a_viewer_sees_the_map_but_nothing_that_changes_it_and_once_removed_is_asked_to_sign_in(page, team_server):
    """Victor, a viewer, sees an event's panel and the sources without a way to change them;
    removed while his page is open, he is asked to sign in at his next step: the time window's
    steps rerun only a fragment of the page, and that too asks."""
    open_event(page, team_server.url, "victor", placed_event(store_of(team_server))[0])
    page.get_by_text("Signed in as victor (viewer)").wait_for()
    assert page.get_by_text("Correct this event").count() == 0
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Sources").click()
    page.get_by_role("heading", name="Sources").wait_for(timeout=60_000)
    page.get_by_role("heading", name=re.compile(r"^Articles \(2\)")).wait_for(timeout=60_000)
    assert page.get_by_text("Add articles").count() == 0
    assert page.locator('[data-testid="stFileUploader"]').count() == 0
    assert page.get_by_role("button", name=re.compile("Ingest|Set date")).count() == 0
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Map").click()
    page.frame_locator(MAP).locator(".leaflet-container").wait_for(timeout=60_000)
    change_users(team_server, remove_user, "victor")
    page.get_by_role("button", name="▶").click()
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    assert page.locator(MAP).count() == 0 and page.locator('[data-testid="stMetric"]').count() == 0


def test_a_correction_asked_for_after_the_role_was_taken_away_is_refused(page, team_server):
    """Eve's page shows the correction widgets; she is made a viewer meanwhile: her click on
    "Delete event" reaches the server, which deletes nothing."""
    uid = placed_event(store_of(team_server))[0]
    open_event(page, team_server.url, "eve", uid)
    page.get_by_text("Correct this event").click()
    page.get_by_role("tab", name="Delete / merge / split").click()
    delete = page.get_by_role("button", name="Delete event")
    delete.wait_for(timeout=30_000)
    change_users(team_server, set_role, "eve", VIEWER)
    delete.click()  # the map's fragment reruns: the panel asks again who may correct
    page.get_by_text("Correct this event").wait_for(state="detached", timeout=60_000)
    page.get_by_role("heading", name="Event").wait_for(timeout=60_000)
    with sqlite3.connect(store_of(team_server)) as con:
        assert con.execute("SELECT deleted FROM events WHERE uid = ?", (uid,)).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM event_corrections").fetchone() == (0,)


def test_an_editor_corrects_and_the_log_names_them(page, team_server):
    uid = placed_event(store_of(team_server))[0]
    open_event(page, team_server.url, "alice", uid)
    page.get_by_text("Correct this event").click()
    page.get_by_label("Note (why)").fill("the strike was in the port")
    page.get_by_label("Note (why)").press("Enter")
    page.get_by_label("lat").fill("46.61000")
    page.get_by_label("lat").press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Move here").click()
    page.get_by_text(re.compile(r"^move by alice \d{4}-\d{2}-\d{2} \d{2}:\d{2}: the strike was in the port$")).wait_for(
        timeout=60_000)
    with sqlite3.connect(store_of(team_server)) as con:
        assert con.execute("SELECT c.kind, c.user_name, c.note, e.lat FROM event_corrections c "
                           "JOIN events e ON e.id = c.event_id WHERE e.uid = ?", (uid,)).fetchall() == [
            ("move", "alice", "the strike was in the port", 46.61)]
