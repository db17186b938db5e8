"""Crashes and concurrent writers never lose or corrupt what the database holds."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import SEEDS

pytestmark = pytest.mark.slow
SEED = (SEEDS / "nato-wagner-belarus.txt").read_text(encoding="utf-8")


def make_articles(folder, count, tag):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{tag}-{i:03d}.txt").write_text(f"{SEED}\n\nEdition {tag} {i}.\n", encoding="utf-8")
    return folder


def build(db, folder, *extra):
    return subprocess.Popen([sys.executable, "-m", "quotes", "build", str(db), str(folder), "--silent",
                             "--batch-size", "2", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count(db, sql):
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def children_of(pid):
    """Pids of the live processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, NotADirectoryError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry))
    return out


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def whole_articles_only(db):
    conn = sqlite3.connect(db, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute(
            "select count(*) from articles a where a.quote_count != "
            "(select count(*) from quotes q where q.article_id = a.id)").fetchone()[0]
        orphans = conn.execute(
            "select count(*) from quotes where article_id not in (select id from articles)").fetchone()[0]
        assert (partial, orphans) == (0, 0)
    finally:
        conn.close()


def test_kill_9_mid_build_leaves_whole_articles_and_rerun_completes(tmp_path):
    folder = make_articles(tmp_path / "in", 30, "k")
    db = tmp_path / "quotes.db"
    proc = build(db, folder)
    deadline = time.time() + 240
    while time.time() < deadline:
        if db.exists():
            try:
                if count(db, "select count(*) from articles") >= 4:
                    break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    workers = children_of(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 30
    while any(alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert workers and not any(alive(w) for w in workers), "the killed build's workers live on"
    stored = count(db, "select count(*) from articles")
    assert 4 <= stored < 30
    whole_articles_only(db)
    rerun = build(db, folder)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert count(db, "select count(*) from articles") == 30
    assert count(db, "select count(*) from quotes") == 30 * 16
    whole_articles_only(db)


def test_two_writers_at_once_both_finish(tmp_path):
    a = make_articles(tmp_path / "a", 10, "a")
    b = make_articles(tmp_path / "b", 10, "b")
    db = tmp_path / "quotes.db"
    first, second = build(db, a), build(db, b)
    for proc in (first, second):
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert count(db, "select count(*) from articles") == 20
    assert count(db, "select count(*) from quotes") == 20 * 16
    assert count(db, "select quote_count from speakers where name = 'Jens Stoltenberg'") == 20 * 4
    whole_articles_only(db)


def test_file_larger_than_spacy_max_length(tmp_path):
    paras = []
    for i in range(30000):
        if i % 1500 == 7:
            paras.append(f"“We will finish the bridge by spring {i},” said Mayor Ann Lee.")
        else:
            paras.append(f"The council met on day {i} and discussed the road budget, the school repairs "
                         "and the park lights with residents of the district.")
    text = "Big file\n\n" + "\n\n".join(paras) + "\n\n“This one never closes, said nobody.\n\nEnd."
    assert len(text) > 3_000_000  # three times spaCy's default max_length
    source = tmp_path / "big.txt"
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "quotes.db"
    proc = build(db, source, "--max-article-size", "0")  # longer than the default limit too
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err
    assert count(db, "select count(*) from quotes") == 21
    assert count(db, "select count(*) from quotes where speaker_name = 'Ann Lee'") == 20
    assert count(db, "select length(text) from quotes where text like 'This one never%'") == len(
        "This one never closes, said nobody.")
    conn = sqlite3.connect(db)
    for start, end, quoted in conn.execute("select start, \"end\", text from quotes"):
        assert text[start:end] == quoted
