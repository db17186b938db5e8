"""Score the extractor against gold quote annotations.

Gold format (one JSON document a line): ``{"id", "text", "quotes": [...],
"ignore" or "unannotated_quoted_spans": [[start, end], ...]}``; each quote has
``start``/``end`` and either ``speakers`` (acceptable canonical names, null =
unnamed) or mention-level gold (``speaker``, ``speaker_spans``,
``speaker_type``, ``speaker_head``).

Matching: a gold quote is found when predictions cover at least half of its
characters; a prediction is correct when at least half of it lies inside gold
quotes; predictions mostly inside ignored spans do not count.  The speaker of
a found quote is that of the prediction overlapping it most.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable

from spacy.language import Language

from .extract import extract_many
from .names import fold


def _norm(name: str | None) -> str | None:
    """Names compare case- and accent-insensitively, a leading "the" ignored."""
    if name is None:
        return None
    name = fold(name)
    if name.startswith("the "):
        name = name[4:]
    return name or None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Error:
    doc_id: str
    kind: str  # "missed", "false quote", "wrong speaker"
    quote: str
    context: str
    got: str | None = None
    want: object = None

    def __str__(self) -> str:
        line = f"[{self.kind}] {self.doc_id}\n    quote:   {self.quote!r}\n    context: …{self.context}…"
        if self.kind == "wrong speaker":
            line += f"\n    got:     {self.got}\n    want:    {self.want}"
        elif self.kind == "missed":
            line += f"\n    speaker: {self.want}"
        return line


@dataclass
class Report:
    counts: dict = field(default_factory=lambda: dict(gold=0, found=0, pred=0, pred_ok=0, spk_judged=0, spk_ok=0))
    errors: list[Error] = field(default_factory=list)
    # method (the rule that attributed the quote) -> [quotes judged, speakers right]
    by_rule: dict = field(default_factory=dict)
    # resolution (the rule that named the speaker) -> [quotes judged, speakers right]
    by_resolution: dict = field(default_factory=dict)

    @property
    def scores(self) -> dict:
        c = self.counts
        p = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = c["spk_ok"] / c["spk_judged"] if c["spk_judged"] else 0.0
        out = dict(c)
        out.update(extract_P=round(p, 4), extract_R=round(r, 4), extract_F1=round(f, 4),
                   speaker_acc=round(acc, 4), e2e_F1=round(f * acc, 4))
        return out


def _speaker_ok(gold: dict, pred: dict | None) -> bool | None:
    """True/False, or None when the gold quote cannot judge the prediction."""
    name = (pred or {}).get("speaker")
    if "speakers" in gold:
        return _norm(name) in {_norm(x) for x in gold["speakers"]}
    if gold.get("speaker") is None:
        return name is None and not (pred or {}).get("speaker_mention")
    mention = (pred or {}).get("speaker_mention")
    if mention and mention.get("start") is not None:
        return any(_overlap((mention["start"], mention["end"]), tuple(g)) > 0 for g in gold["speaker_spans"])
    if gold.get("speaker_type") == "name":
        head = (_norm(gold.get("speaker_head") or gold["speaker"]) or "").replace("'s", "").split()
        return bool(name) and bool(head) and head[-1] in (_norm(name) or "").replace("'s", "").split()
    return None


def _context(text: str, start: int, end: int, pad: int = 60) -> str:
    return " ".join(text[max(0, start - pad):min(len(text), end + pad)].split())


def score_document(doc: dict, predictions: list[dict], report: Report) -> None:
    """Add one gold document's counts and errors to ``report``."""
    text = doc["text"]
    gold_spans = [(q["start"], q["end"]) for q in doc["quotes"]]
    ignored = [tuple(x) for x in doc.get("ignore", []) + doc.get("unannotated_quoted_spans", [])]
    c = report.counts
    preds = [((p["start"], p["end"]), p) for p in predictions if p["end"] > p["start"]]
    for span, p in preds:
        length = span[1] - span[0]
        in_gold = sum(_overlap(span, g) for g in gold_spans)
        if in_gold < 0.5 * length and sum(_overlap(span, g) for g in ignored) >= 0.5 * length:
            continue
        c["pred"] += 1
        if in_gold >= 0.5 * length:
            c["pred_ok"] += 1
        else:
            report.errors.append(Error(doc["id"], "false quote", text[span[0]:span[1]][:100],
                                       _context(text, *span), p.get("speaker")))
    for q in doc["quotes"]:
        g = (q["start"], q["end"])
        covered, best, best_overlap = 0, None, 0
        for span, p in preds:
            ov = _overlap(span, g)
            covered += ov
            if ov > best_overlap:
                best, best_overlap = p, ov
        c["gold"] += 1
        want = q.get("speakers", q.get("speaker"))
        if covered < 0.5 * (g[1] - g[0]):
            report.errors.append(Error(doc["id"], "missed", text[g[0]:g[1]][:100], _context(text, *g), None, want))
            continue
        c["found"] += 1
        ok = _speaker_ok(q, best)
        if ok is None:
            continue
        c["spk_judged"] += 1
        c["spk_ok"] += ok
        for table, key in ((report.by_rule, "method"), (report.by_resolution, "resolution")):
            tally = table.setdefault(best.get(key) or "-", [0, 0])
            tally[0] += 1
            tally[1] += ok
        if not ok:
            mention = (best.get("speaker_mention") or {}).get("text")
            report.errors.append(Error(doc["id"], "wrong speaker", text[g[0]:g[1]][:100], _context(text, *g),
                                       f"{best.get('speaker')} (mention: {mention})", want))


def load_gold(path: str) -> list[dict]:
    """Return the gold documents of a JSONL file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(docs: Iterable[dict], nlp: Language) -> dict[str, list[dict]]:
    """Run the extractor over gold documents; return predictions keyed by doc id."""
    docs = list(docs)
    out = {}
    for doc, quotes in zip(docs, extract_many([d["text"] for d in docs], nlp=nlp)):
        out[doc["id"]] = [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                           "speaker_mention": (None if q.speaker_mention is None else
                                               {"start": q.speaker_mention.start, "end": q.speaker_mention.end,
                                                "text": q.speaker_mention.text}),
                           "method": q.method, "resolution": q.resolution}
                          for q in quotes]
    return out


def score(docs: list[dict], predictions: dict[str, list[dict]]) -> Report:
    """Score ``predictions`` against gold ``docs``."""
    report = Report()
    for doc in docs:
        score_document(doc, predictions.get(doc["id"], []), report)
    return report


def evaluate_file(path: str, nlp: Language, predictions_path: str | None = None) -> Report:
    """Extract from every document of the gold file at ``path`` and score the result."""
    docs = load_gold(path)
    predictions = predict(docs, nlp)
    if predictions_path:
        with open(predictions_path, "w", encoding="utf-8") as fh:
            json.dump(predictions, fh, ensure_ascii=False)
    return score(docs, predictions)


def format_report(report: Report, verbose: bool = False) -> str:
    """A person-readable report: errors first (when verbose), then the scores."""
    lines = [str(e) for e in report.errors] if verbose else []
    s = report.scores
    lines += [
        f"gold quotes: {s['gold']}   predicted: {s['pred']}   found: {s['found']}",
        f"extraction   P {s['extract_P']:.3f}   R {s['extract_R']:.3f}   F1 {s['extract_F1']:.3f}",
        f"speaker accuracy {s['speaker_acc']:.3f} ({s['spk_ok']}/{s['spk_judged']} judged)",
        f"end-to-end F1 {s['e2e_F1']:.3f}",
    ]
    return "\n".join(lines)


def format_by_rule(report: Report) -> str:
    """Per rule, most used first: quotes it decided, speakers right, accuracy; first the
    attribution rules (``method``), then the resolution rules (``resolution``, '-' when
    no mention was found)."""
    lines = []
    for title, table in (("attribution rule", report.by_rule), ("resolution rule", report.by_resolution)):
        lines.append(f"{title:<24} {'quotes':>7} {'right':>7} {'accuracy':>9}")
        for rule, (n, ok) in sorted(table.items(), key=lambda kv: (-kv[1][0], kv[0])):
            lines.append(f"{rule:<24} {n:>7} {ok:>7} {ok / n:>9.3f}")
        lines.append("")
    return "\n".join(lines).rstrip()
