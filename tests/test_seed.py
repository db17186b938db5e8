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


def test_fast_path_matches_full_parse(nlp, seed_text):
    fast = extract_quotes(seed_text, nlp=nlp, fast=True)
    full = extract_quotes(seed_text, nlp=nlp, fast=False)
    assert [(q.start, q.end, q.speaker, q.role) for q in fast] == [(q.start, q.end, q.speaker, q.role) for q in full]


def test_two_processes_give_the_same_quotes(nlp, seed_text):
    from quotes import extract_many
    texts = [seed_text, "“We lost,” said coach Mike Dunn.", "", seed_text[:3000]]
    one = list(extract_many(texts, nlp=nlp, batch_size=1))
    two = list(extract_many(texts, nlp=nlp, batch_size=1, n_process=2))
    assert one == two and len(one[0]) == 16 and one[2] == []
