"""Speaker curation (quotes/registry.py, `quotes speakers ...`): a registry, merges and
splits that survive `build --force` and a rebuild from scratch.  Articles written for the tests."""
import json

from click.testing import CliRunner

from quotes.build import build_database
from quotes.cli import cli
from quotes.store import open_db

ARTICLES = {
    "a.txt": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n“There is no such plan,” Peskov said.",
    "b.txt": "The Kremlin rejected the report on Tuesday.\n\n“We have nothing to add,” Mr Peskov told reporters.",
    "c.txt": "Ukrainian President Volodymyr Zelenskiy addressed parliament on Monday.\n\n“We will win,” Zelenskiy said.",
    "d.txt": "The drills went on all week.\n\n“The soldiers are heroes,” Zelensky said on Friday.",
    "e.txt": "Mat dos Santos runs the cooperative in the hills.\n\n“Coffee prices have halved,” dos Santos said.",
    "f.txt": "The harvest is late this year.\n\n“We are waiting for rain,” Mateus Santos said.",
}


def make_db(tmp_path, nlp, name="quotes"):
    folder = tmp_path / f"{name}-articles"
    folder.mkdir()
    for file, text in ARTICLES.items():
        (folder / file).write_text(text, encoding="utf-8")
    path = str(tmp_path / f"{name}.db")
    build_database(open_db(path), [str(folder)], nlp)
    return path, str(folder)


def speakers_of(path):
    db = open_db(path)
    return dict(db.execute("SELECT quotes.text, speakers.name FROM quotes JOIN speakers"
                           " ON speakers.id = quotes.speaker_id").fetchall())


def run(*args):
    result = CliRunner().invoke(cli, list(args))
    return result


def test_registry_names_the_speaker_and_its_aliases_join_it(tmp_path, nlp):
    path, _ = make_db(tmp_path, nlp)
    registry = tmp_path / "registry.csv"
    registry.write_text("name,aliases,kind,description,wikidata_id\n"
                        "Volodymyr Zelenskyy,Zelensky;Zelenskiy,person,President of Ukraine,Q3881270\n",
                        encoding="utf-8")
    result = run("speakers", "import", path, str(registry))
    assert result.exit_code == 0, result.output
    by_quote = speakers_of(path)
    assert by_quote["We will win,"] == by_quote["The soldiers are heroes,"] == "Volodymyr Zelenskyy"
    row = open_db(path).execute("SELECT quote_count, wikidata_id, description FROM speakers"
                                " WHERE name = 'Volodymyr Zelenskyy'").fetchone()
    assert row == (2, "Q3881270", "President of Ukraine")


def test_merge_and_split_survive_a_forced_rebuild(tmp_path, nlp):
    path, folder = make_db(tmp_path, nlp)
    assert speakers_of(path)["We have nothing to add,"] == "Dmitry Peskov"  # joined by surname
    assert run("speakers", "split", path, "Dmitry Peskov", "Peskov").exit_code == 0
    assert run("speakers", "merge", path, "Mat dos Santos", "Mateus Santos").exit_code == 0
    for _ in range(2):
        by_quote = speakers_of(path)
        assert by_quote["We have nothing to add,"] == "Peskov"
        assert by_quote["There is no such plan,"] == "Dmitry Peskov"
        assert by_quote["We are waiting for rain,"] == by_quote["Coffee prices have halved,"] == "Mat dos Santos"
        build_database(open_db(path), [folder], nlp, force=True)


def test_the_exported_curation_rebuilds_the_same_speakers_from_scratch(tmp_path, nlp):
    path, _ = make_db(tmp_path, nlp)
    run("speakers", "merge", path, "Mat dos Santos", "Mateus Santos")
    run("speakers", "split", path, "Dmitry Peskov", "Peskov")
    exported = run("speakers", "export", path)
    assert json.loads(exported.output)["decisions"]
    (tmp_path / "curation.json").write_text(exported.output, encoding="utf-8")
    fresh, _ = make_db(tmp_path, nlp, name="fresh")
    assert run("speakers", "import", fresh, str(tmp_path / "curation.json")).exit_code == 0
    assert speakers_of(fresh) == speakers_of(path)


def test_a_later_decision_on_the_same_pair_replaces_the_earlier(tmp_path, nlp):
    path, _ = make_db(tmp_path, nlp)
    run("speakers", "split", path, "Dmitry Peskov", "Peskov")
    run("speakers", "merge", path, "Dmitry Peskov", "Peskov")
    assert speakers_of(path)["We have nothing to add,"] == "Dmitry Peskov"
    assert [d["action"] for d in json.loads(run("speakers", "export", path).output)["decisions"]] == ["merge"]


def test_a_bad_registry_file_is_named_and_changes_nothing(tmp_path, nlp):
    path, _ = make_db(tmp_path, nlp)
    before = speakers_of(path)
    bad = tmp_path / "bad.csv"
    bad.write_text("who,aliases\nVolodymyr Zelenskyy,Zelensky\n", encoding="utf-8")
    result = run("speakers", "import", path, str(bad))
    assert result.exit_code != 0 and "bad.csv" in result.output and "no name" in result.output
    assert speakers_of(path) == before
    assert run("speakers", "merge", str(tmp_path / "missing.db"), "A", "B").exit_code != 0
