"""Builds on a Dask cluster (issue 13): partitions read where the task runs, the same rows as a
local build, a killed worker costs nothing, an interrupted build resumes."""
import json
import os
import signal
import sqlite3

import pytest

pytest.importorskip("distributed")

from quotes import distributed  # noqa: E402
from quotes.build import build_database, build_database_dask  # noqa: E402
from quotes.inputs import read_inputs  # noqa: E402
from quotes.store import open_db  # noqa: E402

from conftest import ROOT, SEEDS  # noqa: E402

FIRST = ["Ann", "Tom", "Lena", "Omar", "Sara", "Ivan", "Maria"]
LAST = ["Lee", "Ash", "Park", "Haddad", "Costa", "Novak", "Ruiz"]


def generated_articles(path, count=240):
    """Short made-up news articles, one JSON record a line."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            name = f"{FIRST[i % 7]} {LAST[(i // 7) % 7]}"
            text = (f"Road works in district {i}\n\n{name}, a councillor, visited the site on Monday.\n\n"
                    f"“We will finish road {i} by spring,” {name.split()[1]} said. “Nobody wants more delays.”\n\n"
                    f"Residents said they were tired. “It has been a year,” one resident said.")
            fh.write(json.dumps({"id": f"gen-{i}", "text": text, "source": "Test Wire",
                                 "published": f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"}) + "\n")


def table_rows(path):
    conn = sqlite3.connect(path)
    tables = {"articles": "id, title, url, source, published, path, sha256, quote_count, extractor_version",
              "quotes": "*", "speakers": "*", "speaker_aliases": "*", "speaker_roles": "*", "quotations": "*",
              "speaker_candidates": "*"}
    return {t: sorted(map(repr, conn.execute(f"SELECT {cols} FROM {t}"))) for t, cols in tables.items()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    generated_articles(folder / "wire.jsonl")
    return [str(SEEDS), str(ROOT / "tests" / "gold" / "quotes.gold.jsonl"), str(folder / "wire.jsonl")]


@pytest.fixture(scope="module")
def local_build(inputs, tmp_path_factory, nlp):
    path = str(tmp_path_factory.mktemp("local") / "quotes.db")
    build_database(open_db(path), inputs, nlp)
    return table_rows(path)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


def test_a_big_jsonl_file_is_split_into_line_ranges_named_like_a_local_read(inputs):
    parts = [p for p in distributed.partitions(inputs, size=20_000) if isinstance(p, distributed.Partition)]
    ranges = [p.jsonl for p in parts if p.jsonl]
    assert len(ranges) > 3 and ranges[0][1] == 0 and ranges[0][3] == 1
    assert all(a[2] == b[1] for a, b in zip(ranges, ranges[1:]))  # contiguous, no byte read twice
    split = [i.path for p in parts for i in distributed.partition_items(p, distributed.Fields(), 0)
             if p.jsonl]
    whole = [i.path for i in read_inputs([inputs[2]])]
    assert split == whole and split[-1].endswith("wire.jsonl:240")


def test_small_files_share_a_partition_and_problems_pass_through(tmp_path):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"T{i}\n\n“Yes,” Ann Lee said.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    items = list(distributed.partitions([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["InputProblem", "Partition"]
    assert len(items[1].files) == 5


def test_a_dask_build_stores_the_same_rows_as_a_local_build(client, inputs, local_build, tmp_path):
    path = str(tmp_path / "quotes.db")
    summary = build_database_dask(open_db(path), inputs, client)
    assert summary.new == len(local_build["articles"]) and not summary.problems
    assert table_rows(path) == local_build


def test_a_killed_worker_costs_nothing(client, inputs, local_build, tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "PARTITION_BYTES", 20_000)  # many small tasks, some in flight when killed
    pids = list(client.run(os.getpid).values())
    killed = []

    def kill_one(_files):
        if not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])
    path = str(tmp_path / "quotes.db")
    summary = build_database_dask(open_db(path), inputs, client, on_partition=kill_one)
    assert killed and not summary.problems and summary.new == len(local_build["articles"])
    assert table_rows(path) == local_build
    client.wait_for_workers(2, timeout=60)


def test_an_interrupted_build_resumes_without_redoing_stored_articles(client, inputs, local_build, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(distributed, "PARTITION_BYTES", 20_000)
    path = str(tmp_path / "quotes.db")
    calls = []

    def interrupt(_files):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        build_database_dask(open_db(path), inputs, client, on_partition=interrupt)
    stored = open_db(path).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < len(local_build["articles"])
    summary = build_database_dask(open_db(path), inputs, client)
    assert summary.unchanged == stored and summary.new == len(local_build["articles"]) - stored
    assert table_rows(path) == local_build




def test_inputs_on_storage_urls_are_read_by_the_workers(client, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "a.txt").write_text("Depot\n\n“The trucks will wreck the road,” Ann Lee said.", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "“We agree,” Tom Ash said."}) + "\n",
                                    encoding="utf-8")
    url = f"file://{folder}"
    path = str(tmp_path / "quotes.db")
    summary = build_database_dask(open_db(path), [url], client, prune=True)
    assert summary.new == 2 and not summary.problems and not summary.pruned
    rows = open_db(path).execute("SELECT path, speaker_name FROM quotes JOIN articles ON articles.id = "
                                 "quotes.article_id ORDER BY path").fetchall()
    assert rows == [(f"{url}/a.txt", "Ann Lee"), (f"{url}/b.jsonl:1", "Tom Ash")]
