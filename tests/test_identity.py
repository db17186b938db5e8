"""One speaker per person across articles (quotes/identity.py, store.join_speakers).

Names and articles here are written for the tests.
"""
import pytest

from quotes.build import build_database
from quotes.identity import NameSeen, join_names
from quotes.store import open_db


def joined(*seen):
    return join_names(NameSeen(*s) for s in seen)


@pytest.mark.parametrize("seen, name, gender, canonical, how", [
    # a bare surname joins the one person it can be
    ([("Dmitry Peskov", "person", "m", 5), ("Peskov", "person", "m", 2)], "Peskov", "m", "Dmitry Peskov", "surname"),
    # transliterations of one name are one speaker, the most quoted spelling its name
    ([("Volodymyr Zelenskyy", "person", "m", 9), ("Volodymyr Zelenskiy", "person", "m", 3)],
     "Volodymyr Zelenskiy", "m", "Volodymyr Zelenskyy", "variant"),
    ([("Volodymyr Zelenskyy", "person", "m", 9), ("Zelensky", "person", None, 2)],
     "Zelensky", None, "Volodymyr Zelenskyy", "surname"),
    # a middle initial is the same name written another way
    ([("Donald Trump", "person", "m", 20), ("Donald J. Trump", "person", "m", 5)],
     "Donald J. Trump", "m", "Donald Trump", "variant"),
    # hyphens, spacing, case and accents never make two speakers
    ([("Al-Shabaab", "organisation", None, 3), ("Al Shabaab", "organisation", None, 1)],
     "Al Shabaab", None, "Al-Shabaab", "exact"),
    ([("Gitanas Nausėda", "person", "m", 3), ("Gitanas Nauseda", "person", "m", 1)],
     "Gitanas Nauseda", "m", "Gitanas Nausėda", "exact"),
    # the title's gender picks the one person a shared surname can be
    ([("Bill Clinton", "person", "m", 3), ("Hillary Clinton", "person", "f", 6), ("Clinton", "person", "f", 2)],
     "Clinton", "f", "Hillary Clinton", "surname"),
])
def test_names_that_join(seen, name, gender, canonical, how):
    result = joined(*seen)[(name.lower(), gender)]
    assert (result.canonical, result.how) == (canonical, how)


@pytest.mark.parametrize("seen, name, gender, candidates", [
    # a family: a bare surname never guesses, and the candidates are recorded
    ([("Donald Trump", "person", "m", 20), ("Ivanka Trump", "person", "f", 3), ("Donald Trump Jr", "person", "m", 2),
      ("Trump", "person", None, 4)], "Trump", None, ("Donald Trump", "Donald Trump Jr", "Ivanka Trump")),
    ([("Bill Clinton", "person", "m", 3), ("Hillary Clinton", "person", "f", 6), ("Clinton", "person", None, 1)],
     "Clinton", None, ("Bill Clinton", "Hillary Clinton")),
    # two Presidents Bush: 'George Bush' could be either
    ([("George W. Bush", "person", "m", 3), ("George H. W. Bush", "person", "m", 2), ("George Bush", "person", "m", 1)],
     "George Bush", "m", ("George H. W. Bush", "George W. Bush")),
])
def test_ambiguous_names_stay_apart_with_candidates(seen, name, gender, candidates):
    result = joined(*seen)[(name.lower(), gender)]
    assert (result.canonical, result.candidates) == (name, candidates)


@pytest.mark.parametrize("one, other", [
    ("John Smith", "Joan Smith"),            # another first name is another person
    ("Donald Trump", "Donald Trump Jr"),     # father and son
    ("George W. Bush", "George H. W. Bush"),
    ("Anna Berg", "Anna Bergman"),           # a longer surname is another surname
    ("Leonard Burman", "Berman"),            # a short bare surname a letter off is someone else
    ("Jimmy Ghazal", "Ghazala"),
])
def test_near_names_of_different_people_stay_apart(one, other):
    result = joined((one, "person", None, 2), (other, "person", None, 1))
    assert result[(one.lower(), None)].canonical == one and result[(other.lower(), None)].canonical == other


ARTICLES = {
    "peskov-1.txt": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
                    "“There is no such plan,” Peskov said.",
    "peskov-2.txt": "The Kremlin rejected the report on Tuesday.\n\n"
                    "“We have nothing to add,” Mr Peskov told reporters.",
    "zelenskiy.txt": "Ukrainian President Volodymyr Zelenskiy addressed parliament on Monday.\n\n"
                     "“We will win,” Zelenskiy said.",
    "zelenskyy.txt": "President Volodymyr Zelenskyy visited troops near the front.\n\n"
                     "“The soldiers are heroes,” Zelenskyy said.",
}


def build(tmp_path, nlp, order, name):
    folder = tmp_path / name
    folder.mkdir()
    paths = []
    for file in order:
        (folder / file).write_text(ARTICLES[file], encoding="utf-8")
        paths.append(str(folder / file))
    db = open_db(str(tmp_path / f"{name}.db"))
    for path in paths:  # one build per article: the join must not depend on what came first
        build_database(db, [path], nlp)
    return db


def speakers_of(db):
    return dict(db.execute("SELECT quotes.text, speakers.name FROM quotes JOIN speakers ON speakers.id = "
                           "quotes.speaker_id").fetchall())


def test_articles_join_one_speaker_in_any_order(tmp_path, nlp):
    forward = build(tmp_path, nlp, list(ARTICLES), "forward")
    backward = build(tmp_path, nlp, list(reversed(ARTICLES)), "backward")
    assert speakers_of(forward) == speakers_of(backward)
    by_quote = speakers_of(forward)
    assert by_quote["We have nothing to add,"] == by_quote["There is no such plan,"] == "Dmitry Peskov"
    assert by_quote["We will win,"] == by_quote["The soldiers are heroes,"]
    (count,) = forward.execute("SELECT quote_count FROM speakers WHERE name = 'Dmitry Peskov'").fetchone()
    assert count == 2 and forward.execute("SELECT count(*) FROM speakers WHERE name = 'Peskov'").fetchone() == (0,)
    joins = dict(forward.execute("SELECT text, speaker_join FROM quotes").fetchall())
    assert joins["We have nothing to add,"] == "surname" and joins["There is no such plan,"] == "exact"
    aliases = {r[0] for r in forward.execute(
        "SELECT alias FROM speaker_aliases JOIN speakers ON speakers.id = speaker_id WHERE name = 'Dmitry Peskov'")}
    assert "Peskov" in aliases


def test_an_ambiguous_surname_records_its_candidates(tmp_path, nlp):
    db = open_db(str(tmp_path / "family.db"))
    folder = tmp_path / "family"
    folder.mkdir()
    (folder / "a.txt").write_text("Senator Ruth Calder and her husband, Tom Calder, opened the clinic.\n\n"
                                  "“It took ten years,” Ruth Calder said.\n\n“She never gave up,” Tom Calder said.",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("The clinic is busy.\n\n“We are full every day,” Calder told reporters.",
                                  encoding="utf-8")
    build_database(db, [str(folder)], nlp)
    rows = db.execute("SELECT s.name, c.name FROM speaker_candidates JOIN speakers s ON s.id = speaker_id"
                      " JOIN speakers c ON c.id = candidate_id ORDER BY 2").fetchall()
    assert rows == [("Calder", "Ruth Calder"), ("Calder", "Tom Calder")]


def test_state_bodies_of_different_countries_stay_different_speakers(tmp_path, nlp):
    db = open_db(str(tmp_path / "ministries.db"))
    folder = tmp_path / "ministries"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks stall\n\nPeru's Foreign Ministry said on Monday the talks had failed.\n\n"
                                  "“We will not sign,” the ministry said.", encoding="utf-8")
    (folder / "b.txt").write_text("Talks go on\n\nChile's Foreign Ministry said on Tuesday the talks would go on.\n\n"
                                  "“We are patient,” the Foreign Ministry said.", encoding="utf-8")
    build_database(db, [str(folder)], nlp)
    assert speakers_of(db) == {"We will not sign,": "Peru's Foreign Ministry", "We are patient,": "Chile's Foreign Ministry"}
