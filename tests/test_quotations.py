"""One quotation per utterance (quotes/quotations.py, store.link_quotations).

Wordings and wire stories written for the tests.
"""
import json

import pytest

from quotes.build import build_database
from quotes.quotations import Occurrence, group_quotations
from quotes.store import open_db


def groups(*texts):
    found = group_quotations(Occurrence(str(i), t) for i, t in enumerate(texts))
    return sorted(sorted(int(q.quote_id) for q in g) for g in found)


@pytest.mark.parametrize("texts, expected", [
    # the same words, whatever the case, punctuation and spacing
    (["We will rebuild every town.", "we will rebuild  every town"], [[0, 1]]),
    # a shorter cut of the same utterance
    (["We will win, and we will rebuild every town.", "we will rebuild every town"], [[0, 1]]),
    # a word changed by one outlet
    (["We will win, and we will rebuild every single town.", "We will win and we will rebuild every single city."],
     [[0, 1]]),
    # a short phrase inside a long quote is not the same utterance
    (["I don't know what he means by that at all.", "I don't know"], [[0], [1]]),
    # different words are different utterances
    (["The talks will resume on Monday in Geneva.", "The strike will go on until our demands are met."],
     [[0], [1]]),
])
def test_group_quotations(texts, expected):
    assert groups(*texts) == expected


WIRES = [
    {"id": "wire-1", "source": "Agency One", "published": "2026-03-01T09:00:00+00:00",
     "title": "Kremlin rejects plan",
     "text": "Kremlin rejects plan\n\nKremlin spokesman Dmitry Peskov spoke on Monday.\n\n"
             "“There is no such plan and there never was one,” Peskov said."},
    {"id": "wire-2", "source": "Daily Two", "published": "2026-03-01T12:30:00+00:00",
     "title": "Moscow denies report",
     "text": "Moscow denies report\n\nThe Kremlin spokesman, Dmitry Peskov, was asked about the report.\n\n"
             "“There is no such plan, and there never was one,” Peskov told reporters."},
    {"id": "wire-3", "source": "Weekly Three", "published": "2026-03-02T08:00:00+00:00",
     "title": "Plan? What plan",
     "text": "Plan? What plan\n\nDmitry Peskov dismissed the story.\n\n"
             "“There is no such plan,” Peskov said, adding that “there never was one.”"},
]


def test_the_same_quote_from_three_wires_is_one_quotation(tmp_path, nlp):
    feed = tmp_path / "wires.jsonl"
    feed.write_text("\n".join(json.dumps(w) for w in WIRES), encoding="utf-8")
    db = open_db(str(tmp_path / "q.db"))
    build_database(db, [str(feed)], nlp)
    rows = db.execute("SELECT q.text, q.quote_count, q.article_count, q.first_reported, q.last_reported"
                      " FROM quotations q JOIN speakers s ON s.id = q.speaker_id"
                      " WHERE s.name = 'Dmitry Peskov' ORDER BY q.quote_count DESC").fetchall()
    assert rows[0][1:] == (3, 3, "2026-03-01T09:00:00+00:00", "2026-03-02T08:00:00+00:00")
    before = db.execute("SELECT id, quotation_id FROM quotes ORDER BY id").fetchall()
    counts = db.execute("SELECT id, quote_count FROM quotations ORDER BY id").fetchall()
    build_database(db, [str(feed)], nlp, force=True)  # a re-run keeps rows, ids and counts
    assert db.execute("SELECT id, quotation_id FROM quotes ORDER BY id").fetchall() == before
    assert db.execute("SELECT id, quote_count FROM quotations ORDER BY id").fetchall() == counts
