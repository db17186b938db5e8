"""Accuracy of `quotes` and textacy's `direct_quotations` on a gold file, same spaCy model, one run.

    python benchmarks/accuracy.py ../shared/eval/polnear/dev.jsonl tests/gold/quotes.gold.jsonl

textacy runs per article, so an article it raises on counts as all missed.
Prints a Markdown table for the README.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import load_model  # noqa: E402
from quotes.evaluate import load_gold, predict, score  # noqa: E402


def textacy_predictions(docs: list[dict], nlp) -> tuple[dict, int]:
    from textacy.extract.triples import direct_quotations

    out, crashed = {}, 0
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
        preds = []
        try:
            for speaker, cue, content in direct_quotations(parsed):
                mention = None
                if speaker:
                    mention = {"start": speaker[0].idx, "end": speaker[-1].idx + len(speaker[-1]),
                               "text": parsed.text[speaker[0].idx:speaker[-1].idx + len(speaker[-1])]}
                preds.append({"start": content.start_char, "end": content.end_char, "text": content.text,
                              "speaker": mention["text"] if mention else None, "speaker_mention": mention})
        except Exception:  # noqa: BLE001 - textacy raises on odd quote counts; count as misses
            crashed += 1
            preds = []
        out[doc["id"]] = preds
    return out, crashed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", help="gold JSONL files")
    args = parser.parse_args()
    nlp = load_model()
    print("| gold set | system | extraction P | R | F1 | speaker acc. | end-to-end F1 |")
    print("|---|---|---|---|---|---|---|")
    for path in args.gold:
        if not Path(path).is_file():
            print(f"skipped {path}: no such file", file=sys.stderr)
            continue
        docs = load_gold(path)
        rows = [("quotes", score(docs, predict(docs, nlp)).scores, "")]
        try:
            preds, crashed = textacy_predictions(docs, nlp)
            rows.append(("textacy 0.13 direct_quotations", score(docs, preds).scores,
                         f" (raised on {crashed}/{len(docs)} articles)"))
        except ImportError:
            rows.append(("textacy (not installed: pip install textacy)", None, ""))
        for system, s, note in rows:
            if s is None:
                print(f"| {Path(path).name} | {system} | | | | | |")
                continue
            print(f"| {Path(path).name} ({len(docs)} articles, {s['gold']} quotes) | {system}{note} | "
                  f"{s['extract_P']:.3f} | {s['extract_R']:.3f} | {s['extract_F1']:.3f} | "
                  f"{s['speaker_acc']:.3f} | {s['e2e_F1']:.3f} |")


if __name__ == "__main__":
    main()
