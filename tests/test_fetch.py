"""Articles from the web (quotes/fetch.py, URL lists and feeds in quotes/inputs.py).

Everything runs against a local HTTP server started by the test; pages written for the tests.
"""
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from quotes.build import build_database
from quotes.fetch import Fetcher
from quotes.inputs import Article, InputProblem, read_inputs
from quotes.store import open_db

from test_pages import ARTICLE_LAYOUT, DIV_LAYOUT

LONG_STORY = " ".join(["The harbour reopened on Friday after a month of repairs to the sea wall."] * 12)
FEED = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Local news</title><link>{base}/</link>
<item><title>Council approves bridge</title><link>{base}/news/a.html</link>
<pubDate>Wed, 04 Mar 2026 09:15:00 +0000</pubDate></item>
<item><title>Strike called off</title><link>{base}/news/b.html</link></item>
<item><title>Harbour reopens</title><link>{base}/news/harbour</link><pubDate>Fri, 06 Mar 2026 18:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>{story}</p><p>&ldquo;We are open for business again,&rdquo; harbour master
Nils Berg said.</p>]]></content:encoded></item>
</channel></rss>"""


class Site:
    """A local news site: pages, a robots.txt, a 404 and a page too slow to answer."""

    def __init__(self):
        self.hits = Counter()
        self.agents = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                site.hits[self.path] += 1
                site.agents.add(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    time.sleep(1.5)
                pages = {"/robots.txt": "User-agent: *\nDisallow: /private/\n", "/news/a.html": ARTICLE_LAYOUT,
                         "/news/b.html": DIV_LAYOUT, "/private/c.html": ARTICLE_LAYOUT, "/slow": DIV_LAYOUT,
                         "/feed.xml": FEED.format(base=site.base, story=LONG_STORY)}
                body = pages.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not found").encode("utf-8"))

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page_hits(self):
        return sum(n for path, n in self.hits.items() if path not in ("/robots.txt", "/feed.xml"))


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


def fetcher(tmp_path):
    return Fetcher(cache=tmp_path / "cache", pace=0.05, timeout=0.5, retries=1)


def test_a_url_list_is_fetched_once_politely_and_failures_are_reported(tmp_path, nlp, site):
    urls = tmp_path / "today.urls"
    urls.write_text("\n".join(["# today's stories", f"{site.base}/news/a.html", f"{site.base}/news/b.html",
                               f"{site.base}/private/c.html", f"{site.base}/missing", f"{site.base}/slow",
                               "not a url"]), encoding="utf-8")
    db = open_db(str(tmp_path / "q.db"))
    first = build_database(db, [str(urls)], nlp, fetcher=fetcher(tmp_path))
    assert first.new == 2
    reasons = {p.path.replace(site.base, ""): p.reason for p in first.problems}
    assert "robots.txt" in reasons["/private/c.html"] and "HTTP 404" in reasons["/missing"]
    assert "timed out" in reasons["/slow"] and "not an http(s) URL" in reasons[f"{urls}:7"]
    assert site.hits["/private/c.html"] == 0 and site.hits["/robots.txt"] == 1 and site.hits["/slow"] == 2
    assert all(agent.startswith("quotes/") for agent in site.agents)
    stored = dict(db.execute("SELECT url, source FROM articles").fetchall())
    assert stored["https://harbourherald.example/news/bridge"] == "The Harbour Herald"  # the page's own URL
    pages = site.page_hits()
    again = build_database(db, [str(urls)], nlp, fetcher=fetcher(tmp_path))
    assert again.new == 0 and again.unchanged == 2
    assert site.hits["/news/a.html"] == site.hits["/news/b.html"] == 1  # the second run read the cache
    assert site.page_hits() - pages == 2 + 1  # only the failures were asked again (404 once, the slow page twice)


def test_a_feed_adds_only_its_new_items_when_run_again(tmp_path, nlp, site):
    db = open_db(str(tmp_path / "q.db"))
    first = build_database(db, ["feed:" + site.base + "/feed.xml"], nlp, fetcher=fetcher(tmp_path))
    assert first.new == 3 and not first.problems
    rows = dict(db.execute("SELECT title, published FROM articles").fetchall())
    assert rows["Harbour reopens"] == "2026-03-06T18:00:00+00:00"  # read from the feed item itself
    speakers = {r[0] for r in db.execute("SELECT name FROM speakers")}
    assert {"Nils Berg", "Tom Ash", "Sam Okoro"} <= speakers
    assert site.hits["/news/harbour"] == 0  # a whole story in the feed is not fetched again
    second = build_database(db, ["feed:" + site.base + "/feed.xml"], nlp, fetcher=fetcher(tmp_path))
    assert second.new == 0 and site.hits["/feed.xml"] == 2 and site.hits["/news/a.html"] == 1


def test_a_url_on_the_command_line_and_a_feed_file(tmp_path, site):
    feed = tmp_path / "saved.rss"
    feed.write_text(FEED.format(base=site.base, story=LONG_STORY), encoding="utf-8")
    items = list(read_inputs([f"{site.base}/news/b.html", str(feed)], fetcher=fetcher(tmp_path)))
    assert [type(i).__name__ for i in items] == ["Article"] * 4
    assert isinstance(items[0], Article) and items[0].source == "Metro Daily"
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel></channel></rss>", encoding="utf-8")
    (problem,) = list(read_inputs([str(broken)], fetcher=fetcher(tmp_path)))
    assert isinstance(problem, InputProblem) and "not a feed with items" in problem.reason
