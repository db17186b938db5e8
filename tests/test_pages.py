"""Saved web pages, dates and unsupported files (quotes/pages.py, quotes/dates.py, quotes/inputs.py).

The pages are written for the tests in the layouts news sites use: navigation, a cookie
banner, a byline, a photo caption, related-story links and reader comments that quote
people too.  Only the story's quotes may come out.
"""
import pytest

from quotes.build import build_database
from quotes.dates import iso_date
from quotes.extract import extract_many
from quotes.inputs import Article, Fields, InputProblem, read_inputs
from quotes.store import open_db

ARTICLE_LAYOUT = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Council approves bridge | The Harbour Herald</title>
<meta property="og:site_name" content="The Harbour Herald"><meta name="author" content="Jane Roe">
<link rel="canonical" href="https://harbourherald.example/news/bridge">
<meta property="article:published_time" content="2026-03-04T09:15:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<article><h1>Council approves east side bridge</h1>
<p class="byline">By Jane Roe, Local Democracy Reporter</p>
<p>The council approved the new bridge on Tuesday after a four-hour debate.</p>
<figure><img src="bridge.jpg"><figcaption>Mayor Tom Ash at the site. (Photo: Lee Chan / The Herald)</figcaption></figure>
<p>&ldquo;This bridge is vital for the east side,&rdquo; Mayor Tom Ash said.</p>
<p>Opposition councillor Rita Vale disagreed. &ldquo;We cannot afford it,&rdquo; she said.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/x">&ldquo;We were ignored,&rdquo; say residents of Eastgate</a></li>
<li><a href="/y">Ash: &ldquo;The budget is balanced&rdquo;</a></li></ul></aside>
<section id="comments"><h3>Comments (2)</h3>
<div class="comment"><p class="author">GP</p><p>&ldquo;What a waste of money,&rdquo; my neighbour said.</p></div>
</section>
<footer>&copy; 2026 The Harbour Herald. All rights reserved.</footer></body></html>"""

DIV_LAYOUT = """<html lang="en"><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Strike called off after late-night talks", "datePublished": "2026-05-02T23:40:00+02:00",
 "author": {"@type": "Person", "name": "Omar Haddad"}, "publisher": {"@type": "Organization", "name": "Metro Daily"}}
</script><title>Strike called off after late-night talks - Metro Daily</title></head>
<body><header><div class="logo">Metro Daily</div><ul class="menu"><li>World</li><li>Business</li></ul></header>
<div class="newsletter">Sign up: &ldquo;The best stories, every morning&rdquo;</div>
<main><div class="story">
<h1>Strike called off after late-night talks</h1>
<div class="story-body">
<p>Transit workers will return to work on Monday after union and city negotiators reached a deal shortly
before midnight, ending a strike that had shut down buses for nine days.</p>
<p>&ldquo;Our members stood together and it paid off,&rdquo; said union leader Sam Okoro, who led the talks
for the workers.</p>
<p>Transport commissioner Lena Park said the agreement was fair to riders and to taxpayers.
&ldquo;Nobody got everything they wanted,&rdquo; she said.</p>
</div></div></main>
<div class="most-read"><h2>Most read</h2><ol><li>&ldquo;I will not resign,&rdquo; says embattled mayor</li></ol></div>
<div id="disqus_thread"><div class="post">&ldquo;About time,&rdquo; wrote a reader.</div></div>
<footer>Metro Daily &middot; Terms &middot; Privacy</footer></body></html>"""


TABLE_LAYOUT = """<html lang="en-AU"><head><title>Farmers fear long drought | Valley Times</title>
<meta property="og:site_name" content="Valley Times"><meta name="date" content="2026-01-20"></head>
<body><table width="100%"><tr><td class="sidebar"><a href="/">Home</a><br><a href="/rural">Rural</a></td>
<td><div class="article-content"><h1>Farmers fear long drought</h1>
<p>Farmers across the valley are selling cattle as dams run dry for a second summer.</p>
<aside class="pullquote">&ldquo;We have never seen it this dry.&rdquo;</aside>
<p>&ldquo;We have never seen it this dry,&rdquo; said Mary Quinn, who runs 400 head of cattle near Dunmore.</p>
<p>READ MORE: &ldquo;Worst season in memory&rdquo;: growers call for help</p>
<p>The state&rsquo;s agriculture minister, David Cho, promised help. &ldquo;No farmer will be left behind,&rdquo;
he told parliament.</p>
<div class="share">Share on Facebook | Share on X</div>
</div></td></tr></table>
<div class="footer">Valley Times &copy; 2026 | Contact us</div></body></html>"""


def read_one(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = list(read_inputs([str(path)]))
    return item


@pytest.mark.parametrize("page, expected, meta", [
    (ARTICLE_LAYOUT,
     [("This bridge is vital for the east side,", "Tom Ash"), ("We cannot afford it,", "Rita Vale")],
     {"title": "Council approves east side bridge", "author": "Jane Roe", "published": "2026-03-04T09:15:00+00:00",
      "url": "https://harbourherald.example/news/bridge", "source": "The Harbour Herald", "language": "en-GB"}),
    (DIV_LAYOUT,
     [("Our members stood together and it paid off,", "Sam Okoro"), ("Nobody got everything they wanted,", "Lena Park")],
     {"title": "Strike called off after late-night talks", "author": "Omar Haddad",
      "published": "2026-05-02T23:40:00+02:00", "source": "Metro Daily", "language": "en"}),
    # an old table layout with a pull quote repeating the body and a "READ MORE" line
    (TABLE_LAYOUT,
     [("We have never seen it this dry,", "Mary Quinn"), ("No farmer will be left behind,", "David Cho")],
     {"title": "Farmers fear long drought", "published": "2026-01-20", "source": "Valley Times", "language": "en-AU"}),
])
def test_a_saved_page_gives_exactly_the_story_and_its_metadata(tmp_path, nlp, page, expected, meta):
    article = read_one(tmp_path, "page.html", page)
    assert isinstance(article, Article) and "cookies" not in article.text and "Comments" not in article.text
    assert {k: getattr(article, k) for k in meta} == meta
    (quotes,) = list(extract_many([article.text], nlp=nlp))
    assert [(q.text, q.speaker) for q in quotes] == expected


def test_html_is_recognised_by_content_and_other_files_are_reported(tmp_path):
    assert isinstance(read_one(tmp_path, "saved-page", ARTICLE_LAYOUT), Article)  # no suffix, starts like a page
    problem = read_one(tmp_path, "report.pdf", "%PDF-1.7 not an article")
    assert isinstance(problem, InputProblem) and "unsupported file type (.pdf)" in problem.reason
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "story.htm").write_text(DIV_LAYOUT, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    items = list(read_inputs([str(folder)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem"]
    assert items[1].path.endswith("notes.docx")


def test_a_page_with_no_story_is_a_problem(tmp_path):
    item = read_one(tmp_path, "empty.html", "<html><body><nav>Home</nav><footer>(c)</footer></body></html>")
    assert isinstance(item, InputProblem) and "no article text" in item.reason


@pytest.mark.parametrize("value, iso", [
    ("2026-03-04", "2026-03-04"),
    ("2026-03-04T09:15:00+0000", "2026-03-04T09:15:00+00:00"),
    ("2026-03-04T09:15:00Z", "2026-03-04T09:15:00+00:00"),
    ("Tue, 04 Mar 2026 09:15:00 GMT", "2026-03-04T09:15:00+00:00"),  # as feeds write them
    ("March 4, 2026", "2026-03-04"),
    ("4 March 2026", "2026-03-04"),
    ("2026-13-40", None),
    ("last Tuesday", None),
])
def test_dates_land_in_one_iso_format(value, iso):
    assert iso_date(value) == iso


def test_dates_from_text_and_json_and_first_seen_only_from_them(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dated.txt").write_text("Date: 4 March 2026\nBridge approved\n\n"
                                      "“It is vital,” Mayor Tom Ash said.", encoding="utf-8")
    (folder / "undated.txt").write_text("Strike over\n\n“We won,” union leader Sam Okoro said.", encoding="utf-8")
    (folder / "record.json").write_text('{"text": "Talks\\n\\n“We agree,” Lena Park said.", '
                                        '"published": "2026-05-02T23:40:00+0200"}', encoding="utf-8")
    db = open_db(str(tmp_path / "q.db"))
    build_database(db, [str(folder)], nlp)
    published = dict(db.execute("SELECT path, published FROM articles").fetchall())
    assert published == {str(folder / "dated.txt"): "2026-03-04", str(folder / "undated.txt"): None,
                         str(folder / "record.json"): "2026-05-02T23:40:00+02:00"}
    seen = {r[0]: r[1:] for r in db.execute("SELECT name, first_seen, last_seen FROM speakers")}
    assert seen["Tom Ash"] == ("2026-03-04", "2026-03-04") and seen["Sam Okoro"] == (None, None)
    titles = dict(db.execute("SELECT path, title FROM articles").fetchall())
    assert titles[str(folder / "dated.txt")] == "Bridge approved"


def test_a_csv_export_builds_row_by_row_with_its_own_column_names(tmp_path, nlp):
    import csv

    export = tmp_path / "export.csv"
    with export.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story_id", "Headline", "Body", "pub_date", "Outlet"])
        for i in range(1000):
            writer.writerow([f"s{i}", f"Story {i}", f"Story {i}\n\n“We are open on day {i},” said shop owner Ana Lima.",
                             "2026-03-04", "Metro Daily"])
        writer.writerow(["s-empty", "Nothing", "", "2026-03-04", "Metro Daily"])
    items = list(read_inputs([str(export)], Fields(text="body", published="pub_date", id="story_id")))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 1000 and articles[0].title == "Story 0" and articles[0].source == "Metro Daily"
    assert articles[0].published == "2026-03-04" and articles[0].id == "s0"
    (problem,) = [i for i in items if isinstance(i, InputProblem)]
    assert problem.path == f"{export}:1002" and "empty" in problem.reason
    db = open_db(str(tmp_path / "q.db"))
    summary = build_database(db, [str(export)], nlp, fields=Fields(text="Body", published="pub_date"))
    assert summary.new == 1000 and db.execute("SELECT count(*), count(DISTINCT speaker_id) FROM quotes").fetchone() == (1000, 1)


def test_a_large_csv_is_read_in_bounded_memory(tmp_path):
    import tracemalloc

    export = tmp_path / "big.csv"
    story = "“We are open,” said shop owner Ana Lima. " * 200  # about 8 KB a row
    with export.open("w", encoding="utf-8") as fh:
        fh.write("text\n")
        for _ in range(3000):  # about 25 MB in all
            fh.write(f'"{story}"\n')
    tracemalloc.start()
    count = sum(1 for _ in read_inputs([str(export)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3000 and peak < 5 * 1024 * 1024  # a few rows at a time, not the file


def test_a_csv_without_the_text_column_is_named(tmp_path):
    export = tmp_path / "export.tsv"
    export.write_text("headline\twords\nA\tB\n", encoding="utf-8")
    (problem,) = list(read_inputs([str(export)]))
    assert "no text column (columns: headline, words)" in problem.reason and "--text-column" in problem.reason


def test_column_options_on_the_command_line(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    export = tmp_path / "export.csv"
    export.write_text("Headline,Words\nBridge,\"Bridge\n\n“It is vital,” Mayor Tom Ash said.\"\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(export), "--text-column", "words", "--format", "csv"])
    assert result.exit_code == 0 and "Tom Ash" in result.output and f"{export}:2" in result.output
