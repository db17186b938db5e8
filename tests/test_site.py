"""The Datasette site over a database built from seeds/, through Datasette's own client."""
import asyncio
from urllib.parse import quote

import pytest
import sqlite_utils

from quotes.site import datasette_command, make_datasette
from quotes.store import export_rows



@pytest.fixture(scope="module")
def get(seed_db):
    ds = make_datasette(seed_db)

    def fetch(url):
        return asyncio.run(ds.client.get(url))
    return fetch


def test_quotes_by_speaker_canned_query(get):
    r = get("/quotes/quotes_by_speaker.json?speaker=Jens%20Stoltenberg&_shape=array")
    assert r.status_code == 200
    rows = r.json()
    assert len(rows) == 4 and all(row["speaker"] == "Jens Stoltenberg" for row in rows)
    assert "every ally, every inch of NATO territory" in [row["text"] for row in rows]


def test_quotes_by_speaker_accepts_alias_any_case(get):
    rows = get("/quotes/quotes_by_speaker.json?speaker=stoltenberg&_shape=array").json()
    assert len(rows) == 4


@pytest.mark.parametrize("typed, canonical", [
    ("Nauseda", "Gitanas Nauseda"),              # a surname is what a user types
    ("Nausėda", "Gitanas Nauseda"),              # accents do not matter
    ("Gitanas Nausėda", "Gitanas Nauseda"),
    ("gitanas nauseda", "Gitanas Nauseda"),
    ("NATO's Stoltenberg", "Jens Stoltenberg"),  # a straight apostrophe finds the curly alias
    ("NATO’s Stoltenberg", "Jens Stoltenberg"),
    ("Jens Stoltenberg ", "Jens Stoltenberg"),   # nor does stray spacing
    ("  jens   STOLTENBERG", "Jens Stoltenberg"),
])
def test_site_and_export_find_the_same_quotes(get, seed_db, typed, canonical):
    rows = get(f"/quotes/quotes_by_speaker.json?speaker={quote(typed)}&_shape=array").json()
    db = sqlite_utils.Database(seed_db)
    exported = list(export_rows(db, typed))
    assert rows and {r["speaker"] for r in rows} == {canonical}
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in exported)


def test_quotations_by_speaker_lists_distinct_quotations(get):
    rows = get("/quotes/quotations_by_speaker.json?speaker=NATO%27s%20Stoltenberg&_shape=array").json()
    # four quotes, three utterances: "Moscow or Minsk" is quoted twice in the article
    assert len(rows) == 3 and {r["speaker"] for r in rows} == {"Jens Stoltenberg"}
    assert sorted(r["occurrences"] for r in rows) == [1, 1, 2] and all(r["articles"] == 1 for r in rows)


def test_table_search_finds_minsk(get):
    rows = get("/quotes/quotes.json?_search=Minsk&_shape=array").json()
    assert rows and all("Minsk" in row["text"] for row in rows)


def test_search_canned_query_ranked(get):
    rows = get("/quotes/search_quotes.json?q=Wagner%20fighters&_shape=array").json()
    assert rows and "Wagner fighters" in rows[0]["text"]
    # FTS syntax in user input is escaped, not an error
    assert get("/quotes/search_quotes.json?q=%22unbalanced&_shape=array").status_code == 200


def test_speaker_lookup_by_name(get):
    rows = get("/quotes/speakers.json?name=Alexander%20Lukashenko&_shape=array").json()
    assert len(rows) == 1 and rows[0]["quote_count"] == 4 and rows[0]["kind"] == "person"


def test_leaderboard(get):
    rows = get("/quotes/speakers_leaderboard.json?_shape=array").json()
    assert [r["quote_count"] for r in rows] == sorted((r["quote_count"] for r in rows), reverse=True)
    luka = next(r for r in rows if r["name"] == "Alexander Lukashenko")
    assert "Belarusian President" in luka["roles"]


def test_facets_on_view(get):
    data = get("/quotes/quotes_view.json?_facet=speaker").json()
    facet = {v["value"]: v["count"] for v in data["facet_results"]["speaker"]["results"]}
    assert facet["Jens Stoltenberg"] == 4 and facet["Institute for the Study of War"] == 4


def test_speaker_labels_not_ids(get):
    html = get("/quotes/quotes").text
    assert "Jens Stoltenberg" in html


def test_read_only_and_no_writes(get):
    r = get("/quotes.json?sql=delete+from+quotes")
    assert r.status_code == 400
    assert len(get("/quotes/quotes.json?_shape=array").json()) == 16


def test_runaway_query_is_cut_off(get):
    sql = ("with recursive r(i) as (select 1 union all select i + 1 from r) "
           "select count(*) from r")
    r = get("/quotes.json?sql=" + quote(sql))
    assert r.status_code == 400 and "too long" in r.text.lower()


def test_canned_query_parameters_do_not_inject(get):
    evil = "x' or '1'='1"
    rows = get(f"/quotes/quotes_by_speaker.json?speaker={evil}&_shape=array").json()
    assert rows == []


def test_serve_command_is_read_only_with_limits(seed_db):
    args = datasette_command(seed_db)
    assert "--immutable" not in args and seed_db in args  # read-only and current while a build writes
    assert "--immutable" in datasette_command(seed_db, immutable=True)
    assert "sql_time_limit_ms" in args and "max_returned_rows" in args and "--metadata" not in args
    assert "--metadata" in datasette_command(seed_db, metadata="mine.yml")


def test_the_shipped_site_configuration_applies_to_any_file_name(tmp_path, seed_db):
    renamed = tmp_path / "archive-2026.db"
    renamed.write_bytes(open(seed_db, "rb").read())
    ds = make_datasette(str(renamed))
    page = asyncio.run(ds.client.get("/archive-2026/quotes_by_speaker.json?speaker=Jens%20Stoltenberg&_shape=array"))
    assert page.status_code == 200 and len(page.json()) == 4
    home = asyncio.run(ds.client.get("/"))
    assert "Who said what" in home.text
    assert not list(tmp_path.glob("*.json")) and not list(tmp_path.glob("*.yml"))  # nothing written


def test_a_metadata_file_wins_over_the_shipped_one(tmp_path, seed_db):
    ds = make_datasette(seed_db, metadata={"title": "Our newsroom quotes"})
    home = asyncio.run(ds.client.get("/"))
    assert "Our newsroom quotes" in home.text
    page = asyncio.run(ds.client.get("/quotes/quotes_by_speaker.json?speaker=stoltenberg&_shape=array"))
    assert len(page.json()) == 4  # the shipped canned queries are still there


def test_serve_with_workers_serves_the_same_site(seed_db):
    import json
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "quotes", "serve", seed_db, "--port", str(port), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/quotes/quotes_by_speaker.json?speaker=jens+stoltenberg&_shape=array"
    try:
        for _ in range(150):
            try:
                rows = json.load(urllib.request.urlopen(url, timeout=2))
                break
            except OSError:
                time.sleep(0.2)
        assert len(rows) == 4  # the shipped configuration and plugin in every worker
        request = urllib.request.Request(url, method="POST")
        try:
            urllib.request.urlopen(request, timeout=2)
            raise AssertionError("a POST was accepted")
        except urllib.error.HTTPError as exc:
            assert exc.code == 405
    finally:
        os.killpg(server.pid, 15)
        server.wait(10)


def test_cached_answers_follow_a_build_that_writes(tmp_path, seed_db):
    import shutil

    from datasette.app import Datasette

    from quotes.site import SETTINGS

    path = tmp_path / "live.db"
    shutil.copy(seed_db, path)
    ds = Datasette(files=[str(path)], settings=dict(SETTINGS))  # served read-only, not immutable
    url = "/live/speakers_leaderboard.json?_shape=array"
    first = asyncio.run(ds.client.get(url)).json()
    assert asyncio.run(ds.client.get(url)).json() == first  # the same answer, from the cache
    db = sqlite_utils.Database(str(path))
    db.execute("UPDATE speakers SET quote_count = 99 WHERE name = 'Vladimir Putin'")
    db.conn.commit()
    db.conn.close()
    now = asyncio.run(ds.client.get(url)).json()
    assert now[0]["name"] == "Vladimir Putin" and now[0]["quote_count"] == 99


def test_a_repeated_json_answer_runs_no_sql_but_own_sql_always_runs(seed_db, monkeypatch):
    from datasette.database import Database

    ds = make_datasette(seed_db)
    calls = []
    real = Database.execute

    async def counting(self, sql, *args, **kwargs):
        calls.append(sql)
        return await real(self, sql, *args, **kwargs)
    monkeypatch.setattr(Database, "execute", counting)
    url = "/quotes/quotes_by_speaker.json?speaker=Jens+Stoltenberg&_shape=array"
    first = asyncio.run(ds.client.get(url)).json()
    before = len(calls)
    assert asyncio.run(ds.client.get(url)).json() == first and len(calls) == before
    own = "/quotes.json?sql=select+count(*)+from+quotes"
    asyncio.run(ds.client.get(own))
    ran = len(calls)
    asyncio.run(ds.client.get(own))
    assert len(calls) > ran
