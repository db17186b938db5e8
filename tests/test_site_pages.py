"""The site's own pages: a speaker with their quotes, chart and feed; a quote in its context;
an article with its quotes highlighted (issue 12). Helpers on made-up text, pages through
Datasette's own client over the seed database."""
import asyncio
import re

import feedparser
import pytest

from quotes.datasette_plugin.render import (Highlight, atom_feed, marked, months_between, quotes_chart,
                                            sentence_around)
from quotes.site import make_datasette
from quotes.store import open_db


@pytest.mark.parametrize("text, highlights, expected", [
    ("He said “no” today.", [Highlight(9, 11, "quote")], 'He said “<mark class="quote">no</mark>” today.'),
    ("“a<b,” Ann said.", [Highlight(1, 5, "quote", "/q/speaker/1", "Ann & Co")],
     '“<mark class="quote">a&lt;b,</mark>”<span class="said-by"><a href="/q/speaker/1">Ann &amp; Co</a></span> Ann said.'),
    ("“Yes,” Ann Lee said.", [Highlight(1, 5, "quote"), Highlight(7, 14, "mention")],
     '“<mark class="quote">Yes,</mark>” <mark class="mention">Ann Lee</mark> said.'),
])
def test_marked_escapes_the_text_and_marks_the_spans(text, highlights, expected):
    assert str(marked(text, 0, len(text), highlights)) == expected


def test_marked_clips_a_quote_to_the_paragraph_shown():
    text = "“One\ntwo,” he said."
    assert str(marked(text, 5, len(text), [Highlight(1, 9, "quote", None, "Ann")])) == \
        '<mark class="quote">two,</mark>”<span class="said-by">Ann</span> he said.'


@pytest.mark.parametrize("before, quote, after, expected", [
    ("Earlier news.\n\nThe vote passed. Then she added: “", "We won.", "” It was late.",
     ("Then she added: “", "” It was late.")),
    ("“", "We will act,", "” Ann Lee said. She left.\n\nNext.", ("“", "” Ann Lee said.")),
])
def test_sentence_around_a_quote(before, quote, after, expected):
    assert sentence_around(before, quote, after) == expected


def test_months_between_spans_years():
    assert months_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]


def test_the_chart_has_a_bar_per_month_with_its_count():
    svg = str(quotes_chart({"2024-01": 3, "2024-03": 1}))
    assert svg.count("<rect") == 3 and "2024-02: 0 quotes" in svg and "2024-01: 3 quotes" in svg
    assert "per month" in svg and quotes_chart({}) == ""


def test_the_chart_counts_years_over_a_long_span():
    svg = str(quotes_chart({"2001-05": 2, "2001-07": 1, "2019-01": 4}))
    assert svg.count("<rect") == 19 and "2001: 3 quotes" in svg and "per year" in svg


def test_an_atom_feed_parses():
    xml = atom_feed("Quotes of A & B", "http://x/f.atom", "http://x/p", "http://x/p", [
        {"id": "http://x/q/1", "link": "http://x/q/1", "title": "“<No>”", "updated": "2024-01-02T00:00:00Z",
         "author": "A & B", "content": "He said “<No>”."}])
    feed = feedparser.parse(xml)
    assert not feed.bozo and feed.feed.title == "Quotes of A & B"
    assert feed.entries[0].title == "“<No>”" and feed.entries[0].link == "http://x/q/1"


@pytest.fixture(scope="module")
def site(seed_db):
    ds = make_datasette(seed_db)
    db = open_db(seed_db)
    ids = {
        "speaker": db.execute("select id from speakers where name = 'Jens Stoltenberg'").fetchone()[0],
        "quote": db.execute("select id from quotes where text like 'We have already increased%'").fetchone()[0],
        "article": db.execute("select id from articles").fetchone()[0],
        "quotes": db.execute("select count(*) from quotes").fetchone()[0],
    }
    db.conn.close()

    def get(url):
        return asyncio.run(ds.client.get(url))
    return get, ids


def test_speaker_page_lists_the_quotes_with_their_articles(site):
    get, ids = site
    page = get(f"/quotes/speaker/{ids['speaker']}")
    assert page.status_code == 200 and "<title>Jens Stoltenberg - quotes</title>" in page.text
    assert page.text.count('class="quote-item"') == 4 and "NATO Secretary-General" in page.text
    assert f'href="/quotes/article/{ids["article"]}"' in page.text and f"/quotes/quote/{ids['quote']}" in page.text
    assert "Stoltenberg said." in page.text  # the sentence around the quote
    assert 'type="application/atom+xml"' in page.text


def test_speaker_json(site):
    get, ids = site
    data = get(f"/quotes/speaker/{ids['speaker']}.json").json()
    assert data["speaker"]["name"] == "Jens Stoltenberg" and len(data["quotes"]) == 4
    assert "NATO’s Stoltenberg" in data["aliases"] and data["roles"][0]["role"]
    assert {"text", "before", "after", "article_title", "source", "published"} <= set(data["quotes"][0])


def test_speaker_feed_is_atom_a_reader_can_parse(site):
    get, ids = site
    response = get(f"/quotes/speaker/{ids['speaker']}.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title == "Quotes of Jens Stoltenberg" and len(feed.entries) == 4
    assert all(re.fullmatch(r"http://localhost/quotes/quote/[0-9a-f]+", e.link) for e in feed.entries)


def test_quote_page_highlights_the_quote_and_its_speaker_mention(site):
    get, ids = site
    page = get(f"/quotes/quote/{ids['quote']}")
    assert page.status_code == 200 and "Jens Stoltenberg" in page.text
    assert re.search(r'<p class="this">.*<mark class="quote">We have already increased', page.text)
    assert '<mark class="mention">Stoltenberg</mark>' in page.text
    assert page.text.count('<p class="around">') >= 1 and f"/quotes/article/{ids['article']}" in page.text
    data = get(f"/quotes/quote/{ids['quote']}.json").json()
    assert data["quote"]["speaker"] == "Jens Stoltenberg" and sum(p["this"] for p in data["context"]) == 1


def test_article_page_marks_every_quote_with_its_speaker(site):
    get, ids = site
    page = get(f"/quotes/article/{ids['article']}")
    assert page.text.count('<mark class="quote">') == ids["quotes"]
    assert page.text.count('class="said-by"') == ids["quotes"] and "<details" in page.text  # hashes tucked away
    assert get(f"/quotes/article/{ids['article']}.json").json()["article"]["title"].startswith("NATO")


@pytest.mark.parametrize("table, page", [("speakers", "speaker"), ("quotes", "quote"), ("articles", "article")])
def test_datasette_row_pages_lead_to_the_sites_pages(site, table, page):
    get, ids = site
    response = get(f"/quotes/{table}/{ids[page]}")
    assert response.status_code == 302 and response.headers["location"] == f"/quotes/{page}/{ids[page]}"
    assert get(f"/quotes/{table}/{ids[page]}.json").status_code == 200  # Datasette's JSON stays


@pytest.mark.parametrize("url", ["/quotes/speaker/0000000000000000", "/quotes/quote/00", "/nothing/speaker/00",
                                 "/quotes/article/0.json"])
def test_unknown_pages_are_404(site, url):
    get, _ = site
    assert get(url).status_code == 404


def test_the_home_page_searches_and_shows_the_most_quoted_and_the_latest(site):
    get, ids = site
    page = get("/").text
    assert '<form class="home-search" action="/quotes/search_quotes"' in page and 'name="q"' in page
    assert f'href="/quotes/speaker/{ids["speaker"]}">Jens Stoltenberg</a>' in page
    assert page.count('class="quote-item"') == 8 and "/quotes/quote/" in page


def test_each_database_says_what_it_holds_and_links_the_about_page(site):
    get, ids = site
    page = get("/quotes").text
    assert f"Data source: {ids['quotes']} quotes from 1 article: Al Jazeera and news agencies" in page
    assert 'href="/-/quotes-about"' in page and "seeds/" not in page
    about = get("/-/quotes-about")
    assert about.status_code == 200 and "Check a quote against its article" in about.text
