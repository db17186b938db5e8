"""A real browser (Debian's headless Chromium) uses the served site."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import SEEDS

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
REQUIRED = os.environ.get("QUOTES_REQUIRE_BROWSER") == "1"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        if REQUIRED:
            pytest.fail("chromium and chromium-driver are required (apt-get install chromium chromium-driver)")
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    db = str(tmp_path_factory.mktemp("browser") / "quotes.db")
    subprocess.run([sys.executable, "-m", "quotes", "build", db, str(SEEDS), "--silent"], check=True)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "quotes", "serve", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def browser(site):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)  # a busy machine may paint a page after 'load': look again for 5 s, then fail
    yield driver
    driver.quit()


def test_quotes_by_speaker_in_browser(site, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(site + "/quotes/quotes_by_speaker")
    box = browser.find_element(By.NAME, "speaker")
    box.send_keys("Alexander Lukashenko")
    box.submit()
    time.sleep(0.5)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "They were at the very front of the attacking troops" in body
    assert "4 rows" in body
    browser.save_screenshot(str(tmp_path / "quotes_by_speaker.png"))


def test_speakers_page_shows_names(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(site + "/quotes/speakers")
    body = browser.find_element(By.TAG_NAME, "body").text
    for name in ("Jens Stoltenberg", "Institute for the Study of War", "Alexander Lukashenko"):
        assert name in body


def test_a_speakers_page_and_a_quote_in_its_context(site, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/quotes/speakers")
    browser.find_element(By.LINK_TEXT, "Jens Stoltenberg").click()  # the speaker's own page
    # a click starts a navigation; wait for the new page rather than read the old one (flaky on a busy machine)
    WebDriverWait(browser, 20).until(ec.title_is("Jens Stoltenberg - quotes"))
    items = browser.find_elements(By.CSS_SELECTOR, "li.quote-item")
    assert len(items) == 4 and all(i.find_element(By.TAG_NAME, "time").text for i in items)
    assert all(i.find_element(By.CSS_SELECTOR, "a[href*='/article/']") for i in items)
    browser.save_screenshot(str(tmp_path / "speaker.png"))
    items[0].find_element(By.CSS_SELECTOR, "a.quote-text").click()
    marked = WebDriverWait(browser, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, "p.this mark.quote")))
    assert marked.is_displayed() and marked.text in browser.title
    assert browser.find_element(By.CSS_SELECTOR, "a.speaker").text == "Jens Stoltenberg"


def test_search_shows_the_match_highlighted(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(site + "/quotes/search_quotes?q=Minsk")
    assert browser.title.startswith("Search quotes")
    match = browser.find_element(By.CSS_SELECTOR, "td.col-snippet mark")
    assert match.text == "Minsk" and match.is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, "td.col-quote_id").is_displayed()


def test_a_feed_reader_can_follow_a_speaker(site, browser):
    import feedparser
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/quotes/speakers")
    browser.find_element(By.LINK_TEXT, "Alexander Lukashenko").click()
    WebDriverWait(browser, 20).until(ec.title_contains("Alexander Lukashenko"))  # the new page, not the list
    feed_url = browser.find_element(By.CSS_SELECTOR, "link[type='application/atom+xml']").get_attribute("href")
    feed = feedparser.parse(urllib.request.urlopen(feed_url, timeout=10).read())
    assert feed.feed.title == "Quotes of Alexander Lukashenko" and len(feed.entries) == 4


def test_the_quotes_view_reads_like_a_list_of_quotes(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(site + "/quotes/quotes_view")
    text = browser.find_element(By.CSS_SELECTOR, "td.col-text")
    assert text.is_displayed() and text.size["width"] > 300  # not 1-3 words a line
    for internal in ("id", "method", "confidence", "start", "speaker_id"):
        assert not browser.find_element(By.CSS_SELECTOR, f"td.col-{internal}").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "td.col-speaker a").get_attribute("href").count("/quotes/speaker/")
    browser.get(site + "/quotes/quotes")
    assert browser.find_element(By.CSS_SELECTOR, "td.col-text").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, "td.col-mention_start").is_displayed()
