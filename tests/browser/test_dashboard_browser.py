"""The dashboard in a real Chromium: it renders the stored articles and stays on 127.0.0.1."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_dashboard_renders_offline(browser, served):
    page = browser.new_page()
    outside: list[str] = []
    local = re.compile(r"^(https?|wss?)://127\.0\.0\.1[:/]|^(data|blob|about):")

    def guard(route):
        if local.match(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("websocket", lambda ws: None if local.match(ws.url) else outside.append(ws.url))
    page.goto(served, wait_until="domcontentloaded")
    page.get_by_role("heading", name="conflictmap").wait_for(timeout=60_000)
    page.get_by_text("Articles", exact=True).first.wait_for(timeout=30_000)
    body = page.locator("body")
    # The page shows the two sample articles (one dated by its header, one undated).
    page.wait_for_function("document.body.innerText.includes('Gazetteer:')", timeout=30_000)
    assert "Gazetteer:" in body.inner_text()
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "2"
    page.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"
