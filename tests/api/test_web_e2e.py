"""The analysts' page in real headless Chromium: timeline, map markers, network, a filter, the
article view with its highlighted quote speaker, and pasted article text that cannot inject.

Needs Debian's chromium and chromium-driver; skipped without them or without the shared folder.
Selenium Manager is kept offline: the driver and browser are given by path.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from tests.api.conftest import hospital_protest
from tests.conftest import REPO, shared_path

from kronist.api import create_app
from kronist.ingest import ReadError, read_paths
from kronist.pipeline import analyze
from kronist.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
EXAMPLE = "examples/baghdad-embassy.txt"
WAIT_SECONDS = 15

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fill_store(db: Path, example: Path) -> None:
    with Store(str(db)) as store:
        for item in read_paths([example]):
            if not isinstance(item, ReadError):
                store.add(analyze(item))
        store.add(hospital_protest())


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    example = shared_path() / EXAMPLE
    if not example.is_file():
        pytest.skip(f"{example} not found (shared folder absent)")
    import uvicorn

    db = tmp_path_factory.mktemp("e2e") / "kronist.db"
    _fill_store(db, example)
    app = create_app(str(db))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    app.state.store.close()


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    previous = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,1100",
        "--lang=en-US",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_window_size(1440, 1100)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)
    if previous is None:
        os.environ.pop("SE_OFFLINE", None)
    else:
        os.environ["SE_OFFLINE"] = previous


def _wait(driver, condition, message: str):
    return WebDriverWait(driver, WAIT_SECONDS).until(lambda d: condition(d), message)


def _generation(driver) -> int:
    return int(driver.execute_script("return document.body.dataset.generation || '0'"))


def _wait_for_reload(driver, before: int) -> None:
    _wait(
        driver,
        lambda d: (
            _generation(d) > before and not d.execute_script("return document.body.dataset.loading")
        ),
        "the page did not reload after the filter",
    )


def _count(driver, selector: str) -> int:
    return len(driver.find_elements(By.CSS_SELECTOR, selector))


def _browser_errors(driver) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE" and "favicon" not in entry["message"]
    ]


def _save_screenshot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    driver.save_screenshot(str(path))
    return path


def test_dashboard_filters_and_article_view(driver, base_url, tmp_path):
    driver.get(base_url + "/")
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready"), "not ready")

    assert _count(driver, "#timeline svg .day-bar") >= 2
    assert _count(driver, "#map .event-marker") >= 5  # Aarhus (3 types), København, Berlin
    assert _count(driver, "#map path.leaflet-interactive") > 100  # the offline country polygons
    network = driver.find_element(By.ID, "network")
    assert int(network.get_attribute("data-edges")) >= 4  # drawn by Cytoscape, counted by it
    assert network.find_element(By.TAG_NAME, "canvas").is_displayed()
    assert "actor" in driver.find_element(By.ID, "network-count").text
    all_rows = _count(driver, "#events-table tr.event-row")
    assert all_rows >= 5
    assert _count(driver, "#side-list li") >= 2  # the example article and the hand-made one
    screenshot = _save_screenshot(driver, tmp_path, "dashboard.png")
    if os.environ.get("KRONIST_UPDATE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copyfile(screenshot, REPO / "docs" / "screenshot.png")

    before = _generation(driver)
    Select(driver.find_element(By.ID, "f-type")).select_by_value("COERCE")
    _wait_for_reload(driver, before)
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    assert 1 <= len(rows) < all_rows
    assert {row.get_attribute("data-type") for row in rows} == {"COERCE"}
    assert {
        m.get_attribute("data-type") for m in driver.find_elements(By.CSS_SELECTOR, ".event-marker")
    } == {"COERCE"}
    assert "type: COERCE" in driver.find_element(By.ID, "active-filters").text

    hospital_row = next(
        row for row in rows if row.get_attribute("data-document") == hospital_protest().document.id
    )
    hospital_row.click()
    _wait(driver, lambda d: d.find_element(By.ID, "article").is_displayed(), "no article view")
    speakers = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#article-text .speaker-tag")]
    assert any("Jens Madsen" in s for s in speakers)
    assert _count(driver, "#article-text .ev") >= 5
    assert _count(driver, "#article-text .ent-PER") >= 1
    assert _count(driver, "#article-text .q") >= 1
    _save_screenshot(driver, tmp_path, "article.png")
    assert _browser_errors(driver) == []


def test_pasted_article_is_analysed_and_cannot_inject(driver, base_url, tmp_path):
    driver.get(base_url + "/")
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready"), "not ready")
    hostile = (
        '<img src=x onerror="window.injected=1"> Politiet anholdt tirsdag to mænd i Odense. '
        "<script>window.injected=2</script> »Vi har styr på det«, siger vagtchefen."
    )
    driver.find_element(By.ID, "open-analyze").click()
    driver.find_element(By.ID, "analyze-title").send_keys("<b>Overskrift</b>")
    driver.find_element(By.ID, "analyze-text").send_keys(hostile)
    driver.find_element(By.ID, "analyze-submit").click()
    _wait(driver, lambda d: d.find_element(By.ID, "article").is_displayed(), "no analysis shown")

    assert driver.find_element(By.ID, "article-title").text == "<b>Overskrift</b>"
    assert "<script>window.injected=2</script>" in driver.find_element(By.ID, "article-text").text
    assert _count(driver, "#article img, #article script, #article b") == 0
    assert driver.execute_script("return window.injected") is None
    assert "not stored" in driver.find_element(By.ID, "article-banner").text
    _save_screenshot(driver, tmp_path, "pasted.png")


def _markers(driver) -> list[list[str]]:
    """The map's markers as (type, count), read in one step (the map may be redrawing)."""
    return sorted(
        driver.execute_script(
            "return [...document.querySelectorAll('#map .event-marker')]"
            ".map(m => [m.dataset.type, m.dataset.count])"
        )
    )


def _rows(driver) -> list[str]:
    return [
        row.get_attribute("data-document") + row.text
        for row in driver.find_elements(By.CSS_SELECTOR, "#events-table tr.event-row")
    ]


def _open(driver, url: str) -> None:
    driver.get(url)
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready"), "not ready")


def test_a_filtered_view_round_trips_through_its_address(driver, base_url, tmp_path):
    _open(driver, base_url + "/")
    everything = _markers(driver)
    before = _generation(driver)
    Select(driver.find_element(By.ID, "f-type")).select_by_value("COERCE")
    _wait_for_reload(driver, before)
    driver.find_element(By.CSS_SELECTOR, '.tab[data-tab="actors"]').click()
    filtered, rows = _markers(driver), _rows(driver)
    assert filtered and filtered != everything
    shared = driver.current_url
    assert "type=COERCE" in shared and "tab=actors" in shared

    driver.get("about:blank")
    _open(driver, shared)  # the shared address, in a fresh page load
    assert _markers(driver) == filtered
    assert _rows(driver) == rows
    assert Select(driver.find_element(By.ID, "f-type")).first_selected_option.text == "COERCE"
    active_tab = driver.find_element(By.CSS_SELECTOR, ".tab.active").get_attribute("data-tab")
    assert active_tab == "actors"
    if os.environ.get("KRONIST_UPDATE_SCREENSHOT") == "1":  # the README's shared view
        _open(driver, base_url + "/?type=ASSAULT&country=IRQ&tab=actors")
        shutil.copyfile(
            _save_screenshot(driver, tmp_path, "filtered.png"),
            REPO / "docs" / "screenshot-filtered.png",
        )
        _open(driver, shared)

    before = _generation(driver)
    driver.find_element(By.ID, "f-reset").click()
    _wait_for_reload(driver, before)
    assert _markers(driver) == everything
    driver.back()  # the browser's history steps back through the views
    _wait(driver, lambda d: "type=COERCE" in d.current_url, "back did not return to the filter")
    _wait(driver, lambda d: _markers(d) == filtered, "back did not restore the markers")
    assert _browser_errors(driver) == []


def test_the_download_links_carry_the_filter(driver, base_url):
    import csv
    import io
    import urllib.request

    _open(driver, base_url + "/?type=PROTEST&country=DNK")
    link = driver.find_element(By.ID, "download-csv").get_attribute("href")
    assert "type=PROTEST" in link and "country=DNK" in link and "format=csv" in link
    with urllib.request.urlopen(link, timeout=WAIT_SECONDS) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    shown = _count(driver, "#events-table tr.event-row")
    assert rows and len(rows) == shown
    assert {row["event"] for row in rows} == {"PROTEST"}
    parquet = driver.find_element(By.ID, "download-parquet").get_attribute("href")
    assert "format=parquet" in parquet and "type=PROTEST" in parquet


def test_an_open_article_and_readable_network_labels_are_part_of_the_view(driver, base_url):
    hospital = hospital_protest().document.id
    _open(driver, f"{base_url}/?doc={hospital}")
    _wait(driver, lambda d: d.find_element(By.ID, "article").is_displayed(), "no article view")
    assert driver.find_element(By.ID, "article-title").text == hospital_protest().document.title
    network = driver.find_element(By.ID, "network")
    assert int(network.get_attribute("data-label-px")) >= 11  # the same on screen at any zoom
    driver.find_element(By.ID, "article-close").click()
    _wait(driver, lambda d: "doc=" not in d.current_url, "closing did not leave the address")


def test_the_timeline_counts_undated_events_and_zooms_to_the_dates(driver, base_url):
    _open(driver, base_url + "/")
    types = driver.execute_script("return fetch('/api/aggregates/types').then(r => r.json())")
    days = driver.execute_script("return fetch('/api/aggregates/daily').then(r => r.json())")
    undated = sum(t["count"] for t in types) - sum(d["total"] for d in days)
    bars = driver.find_elements(By.CSS_SELECTOR, "#timeline .undated-bar")
    if undated:
        assert bars and str(undated) in bars[0].text
        assert f"{undated} undated event" in driver.find_element(By.ID, "timeline-count").text
    else:
        assert bars == []
    dated = driver.find_elements(By.CSS_SELECTOR, "#timeline .day-bar")
    assert dated
    widths = [
        float(r.get_attribute("width"))
        for r in driver.find_elements(By.CSS_SELECTOR, "#timeline .day-bar rect")
    ]
    assert min(widths) >= 4  # bars, not hairlines
