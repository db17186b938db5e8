"""The command line, run as a user would (click's runner and real subprocesses)."""
import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quotes.cli import cli

from conftest import SEEDS

SEED = str(SEEDS / "nato-wagner-belarus.txt")


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_has_help(runner):
    for command in ([], ["extract"], ["build"], ["serve"], ["export"], ["evaluate"]):
        result = runner.invoke(cli, command + ["--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_extract_jsonl_contract(runner):
    result = runner.invoke(cli, ["extract", SEED])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 16
    text = open(SEED, encoding="utf-8").read()
    for row in rows:
        assert row["article"] == SEED
        assert text[row["start"]:row["end"]] == row["text"]
        assert {"speaker", "speaker_kind", "speaker_mention", "role", "cue", "method", "confidence"} <= set(row)
    assert rows[0]["speaker"] == "Jens Stoltenberg"


def test_extract_table_reads_well(runner):
    result = runner.invoke(cli, ["extract", SEED, "--format", "table"])
    assert result.exit_code == 0
    assert "Gitanas Nauseda, Lithuanian President" in result.output
    assert "“If Wagner deploys its serial killers in Belarus" in result.output


def test_extract_stdin_and_json(runner):
    result = runner.invoke(cli, ["extract", "-", "--format", "json"],
                           input="“The vote is rigged,” said Linda Park.\n")
    assert result.exit_code == 0
    (row,) = json.loads(result.output)
    assert (row["article"], row["speaker"]) == ("-", "Linda Park")


def test_extract_reports_bad_file(runner, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = runner.invoke(cli, ["extract", str(bad), SEED])
    assert result.exit_code == 1
    assert f"skipped {bad}: empty file" in result.stderr
    assert len(result.stdout.splitlines()) == 16


def test_build_export_roundtrip(runner, tmp_path):
    db = str(tmp_path / "quotes.db")
    result = runner.invoke(cli, ["build", db, str(SEEDS), "--silent"])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr and "16 quotes" in result.stderr and "6 speakers" in result.stderr
    again = runner.invoke(cli, ["build", db, str(SEEDS), "--silent"])
    assert "1 unchanged" in again.stderr
    exported = runner.invoke(cli, ["export", db, "--speaker", "Lukashenko", "--format", "jsonl"])
    rows = [json.loads(line) for line in exported.output.splitlines()]
    assert len(rows) == 4 and {r["speaker"] for r in rows} == {"Alexander Lukashenko"}
    assert rows[0]["article_title"].startswith("NATO will defend")
    csv_out = runner.invoke(cli, ["export", db, "--format", "csv"]).output
    assert csv_out.splitlines()[0].startswith("id,text,speaker")
    assert len(csv_out.splitlines()) == 17


def test_build_skips_bad_files_keeps_good(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(open(SEED, encoding="utf-8").read(), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "random.txt").write_bytes(bytes(range(256)) * 8)
    (src / "latin1.txt").write_bytes("Café news\n\n\"C'est la vie,\" said Amélie Roux.".encode("latin-1"))
    (src / "unclosed.txt").write_text("Title\n\n“This never closes, said Tom Hale.\n\nNarrative after it.")
    db = str(tmp_path / "quotes.db")
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "earlier.txt").write_text("Earlier\n\n“We were here first,” said Ann Lee.", encoding="utf-8")
    assert runner.invoke(cli, ["build", db, str(earlier), "--silent"]).exit_code == 0
    result = runner.invoke(cli, ["build", db, str(src), "--silent"])
    assert result.exit_code == 1
    assert f"{src / 'empty.txt'}: empty file" in result.stderr
    assert f"{src / 'random.txt'}: binary file" in result.stderr
    assert "latin1.txt: not UTF-8" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4
    assert conn.execute("select count(*) from quotes where speaker_name = 'Ann Lee'").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from quotes where speaker_name = 'Amélie Roux'").fetchone()[0] == 1
    longest = conn.execute("select max(length(text)) from quotes where article_id in "
                           "(select id from articles where path like '%unclosed.txt')").fetchone()[0]
    assert longest == len("This never closes, said Tom Hale.")


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "build" in out.stdout


def test_extract_csv_has_flat_columns(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Mayor Ann Lee spoke on Monday.\n\n“We will fix the road,” Lee said.", encoding="utf-8")
    out = CliRunner().invoke(cli, ["extract", str(article), "--format", "csv"]).output
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["speaker_mention_text"] == "Lee" and row["speech"] == "true" and "speaker_mention" not in row


@pytest.mark.parametrize("command", [[], ["build"], ["serve"], ["extract"], ["speakers", "merge"], ["evaluate"]])
def test_dash_h_is_help_everywhere(command):
    result = CliRunner().invoke(cli, command + ["-h"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_build_summary_speaks_in_singular_and_plural():
    from quotes.cli import _plural

    assert (_plural(1, "article"), _plural(2, "article"), _plural(0, "quote")) == ("1 article", "2 articles", "0 quotes")
