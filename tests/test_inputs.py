"""Reading articles: formats, encodings and bad input reported by file name."""
import codecs
import json

import pytest

from quotes.inputs import Article, InputProblem, decode_bytes, read_inputs


def read(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_txt_title_and_source(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n  Headline here\n\nBody “quote,” he said.\n\nSource: Reuters\n", encoding="utf-8")
    (art,) = read(f)
    assert (art.title, art.source, art.path) == ("Headline here", "Reuters", str(f))
    assert art.text.startswith("\n  Headline")


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "Body.", "title": "T", "url": "http://x/1"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": "A."}, {"text": "B.", "id": "b"}]))
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"text": "C.", "source": "AP", "published": "2024-01-02"}) + "\n\nnot json\n"
        + json.dumps({"title": "no text"}) + "\n")
    items = read(tmp_path)
    arts = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert sorted(a.text for a in arts) == ["A.", "B.", "Body.", "C."]
    assert {p.path for p in problems} == {f"{tmp_path}/lines.jsonl:3", f"{tmp_path}/lines.jsonl:4"}
    assert "invalid JSON" in str(problems[0]) and "has no text" in str(problems[1]) and "--text-column" in str(problems[1])
    c = next(a for a in arts if a.text == "C.")
    assert (c.source, c.published) == ("AP", "2024-01-02")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files_named_with_reason(tmp_path, data, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    (problem,) = read(f)
    assert isinstance(problem, InputProblem) and problem.path == str(f) and reason in problem.reason


@pytest.mark.parametrize("data, warned", [
    (codecs.BOM_UTF8 + "“Zürich,” he said.".encode("utf-8"), False),
    ("“Zürich,” he said.".encode("utf-16"), False),
    ("“Zürich,” he said.".encode("cp1252"), True),
    ("Zürich said «non».".encode("latin-1"), True),
])
def test_encodings(data, warned):
    text, warning = decode_bytes(data)
    assert "Zürich" in text and not text.startswith("\ufeff")
    assert bool(warning) is warned


def test_missing_path_and_empty_directory(tmp_path):
    (empty,) = read(tmp_path)
    assert "no .txt" in empty.reason
    (missing,) = read(tmp_path / "nope.txt")
    assert missing.reason == "no such file or directory"


def test_unreadable_file_in_directory_is_reported(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    items = read(tmp_path)
    assert [i.text for i in items if isinstance(i, Article)] == ["Title\n\nBody."]
    (problem,) = [i for i in items if isinstance(i, InputProblem)]
    assert problem.path.endswith("broken.txt") and "cannot read" in problem.reason


def test_jsonl_streams_with_bom_and_bad_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(codecs.BOM_UTF8 + b'{"text": "One."}\n{"text": "Caf\xe9."}\n\x00\x01\x02\n')
    items = read(f)
    assert [i.text for i in items if isinstance(i, Article)] == ["One.", "Café."]
    assert any("Windows-1252" in w for i in items if isinstance(i, Article) for w in i.warnings)
    assert [i.path for i in items if isinstance(i, InputProblem)] == [f"{f}:3"]
