"""`quotes evaluate`: the scorer's rules, and our own gold set scored on every CI run."""
import json

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.evaluate import load_gold, predict, score

from conftest import GOLD

# Raise these when the extractor gets better; never lower them.
FLOOR = {"seed.gold.jsonl": {"extract_F1": 1.0, "speaker_acc": 1.0},
         "quotes.gold.jsonl": {"extract_F1": 1.0, "speaker_acc": 1.0}}


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_gold_sets_stay_above_floor(nlp, name):
    docs = load_gold(str(GOLD / name))
    report = score(docs, predict(docs, nlp))
    for key, floor in FLOOR[name].items():
        assert report.scores[key] >= floor, [str(e) for e in report.errors]


DOC = {"id": "d", "text": "“Alpha beta gamma,” Ann Lee said. “Scare” quotes. “Delta,” he said.",
       "quotes": [{"start": 1, "end": 18, "speakers": ["Ann Lee"]},
                  {"start": 50, "end": 56, "speakers": ["Ann Lee"]}],
       "ignore": [[35, 40]]}


def test_scorer_counts_coverage_ignore_and_speakers():
    preds = {"d": [{"start": 1, "end": 10, "speaker": "ann lee"},      # covers > half of quote 1
                   {"start": 10, "end": 18, "speaker": "Bob"},         # smaller overlap: not the judged one
                   {"start": 35, "end": 40, "speaker": None},          # ignored span: neutral
                   {"start": 50, "end": 56, "speaker": "Someone Else"}]}
    s = score([DOC], preds).scores
    assert (s["gold"], s["found"], s["pred"], s["pred_ok"]) == (2, 2, 3, 3)
    assert (s["spk_judged"], s["spk_ok"]) == (2, 1)
    assert s["extract_F1"] == 1.0 and s["speaker_acc"] == 0.5 and s["e2e_F1"] == 0.5


def test_scorer_mention_gold_and_misses():
    doc = {"id": "m", "text": "x" * 100, "quotes": [
        {"start": 0, "end": 20, "speaker": "he", "speaker_spans": [[40, 42]], "speaker_type": "pronoun"},
        {"start": 50, "end": 60, "speaker": "Ann", "speaker_spans": [[70, 73]], "speaker_type": "name"}]}
    preds = {"m": [{"start": 0, "end": 20, "speaker": "Bob", "speaker_mention": {"start": 41, "end": 43}},
                   {"start": 80, "end": 95, "speaker": None}]}
    report = score([doc], preds)
    s = report.scores
    assert (s["found"], s["pred_ok"], s["spk_ok"]) == (1, 1, 1)
    assert [e.kind for e in report.errors] == ["false quote", "missed"]


def test_evaluate_command(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "“We won the cup,” said Ann Lee.",
                                "quotes": [{"start": 1, "end": 16, "speakers": ["Ann Lee"]}]}) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["e2e_F1"] == 1.0
    verbose = CliRunner().invoke(cli, ["evaluate", str(GOLD / "seed.gold.jsonl"), "--verbose"])
    assert "extraction   P 1.000" in verbose.output


def test_by_rule_counts_each_rule(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "“We won the cup,” said Ann Lee. “It was hard,” she said.",
                                "quotes": [{"start": 1, "end": 16, "speakers": ["Ann Lee"]},
                                           {"start": 33, "end": 45, "speakers": ["Someone Else"]}]}) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--json", "--by-rule"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["by_rule"] == {"cue_after": {"quotes": 2, "right": 1}}
    assert scores["by_resolution"] == {"name": {"quotes": 1, "right": 1}, "pronoun": {"quotes": 1, "right": 0}}
    table = CliRunner().invoke(cli, ["evaluate", str(gold), "--by-rule"]).output
    assert "cue_after" in table and "0.500" in table
