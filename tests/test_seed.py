"""The seed article gives exactly its 16 gold quotes, each with the gold speaker."""
import json

from conftest import GOLD
from quotes import extract_quotes


def test_seed_matches_gold_exactly(nlp, seed_text):
    gold = json.loads((GOLD / "seed.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert gold["text"] == seed_text
    found = extract_quotes(seed_text, nlp=nlp)
    assert [(q.start, q.end) for q in found] == [(g["start"], g["end"]) for g in gold["quotes"]]
    for q, g in zip(found, gold["quotes"]):
        assert q.text == seed_text[q.start:q.end]
        assert q.speaker in g["speakers"], (q.text, q.speaker, g["speakers"])


def test_seed_speaker_details(nlp, seed_text):
    by_text = {q.text[:20]: q for q in extract_quotes(seed_text, nlp=nlp)}
    nauseda = by_text["If Wagner deploys it"]
    assert (nauseda.role, nauseda.speaker_kind, nauseda.cue) == ("Lithuanian President", "person", "said")
    isw = by_text["Putin may be present"]
    assert (isw.speaker, isw.speaker_kind, isw.speaker_mention.text) == (
        "Institute for the Study of War", "organisation", "it")
