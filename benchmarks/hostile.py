"""Time and peak memory of `quotes build` on hostile texts, each against a normal article
of the same size (real prose: PolNeAR train texts from ../shared when present, else the seeds).

    python benchmarks/hostile.py               # 1 MB of short quoted lines, a 5 MB one-line record
    python benchmarks/hostile.py --big-mb 50   # and a 50 MB article, with quotes build's default limit

The first two run with no size limit (--max-article-size 0), to measure the extraction
itself; the big article runs with the default --max-article-size, which names and skips it.

Each build runs in its own process (--jobs 1); its peak RSS is read from the kernel.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, peak_build, polnear_texts  # noqa: E402


def prose(size: int) -> str:
    """Real news paragraphs, repeated up to ``size`` characters."""
    parts, total, texts = [], 0, polnear_texts("train")
    while total < size:
        for text in texts:
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def short_quoted_lines(size: int) -> str:
    lines = ["“Yes,” she said.", "“No.”", "“Why not?” he asked.", "“Because,” Lena Park said.", "“Fine.”"]
    out, total, i = [], 0, 0
    while total < size:
        line = lines[i % len(lines)]
        out.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(out)


def one_line(size: int) -> str:
    return prose(size).replace("\n", " ")


def write(folder: Path, name: str, text: str, jsonl: bool) -> Path:
    path = folder / (name + (".jsonl" if jsonl else ".txt"))
    if jsonl:
        path.write_text(json.dumps({"id": name, "text": text}) + "\n", encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines-mb", type=float, default=1.0, help="MB of short quoted lines (default 1)")
    parser.add_argument("--one-line-mb", type=float, default=5.0, help="MB of the one-line record (default 5)")
    parser.add_argument("--big-mb", type=float, default=0, help="MB of a big article (default: not run)")
    args = parser.parse_args()
    unlimited = ["--max-article-size", "0"]
    mb = 1_000_000
    cases = [("short quoted lines", args.lines_mb, short_quoted_lines, False, unlimited),
             ("one-line JSONL record", args.one_line_mb, one_line, True, unlimited)]
    if args.big_mb:
        cases.append(("big article (skipped)", args.big_mb, prose, False, []))
    print(f"{machine()}, --jobs 1")
    print(f"{'case':<24}{'MB':>6}{'peak MiB':>10}{'seconds':>9}{'normal MiB':>12}{'normal s':>10}"
          f"{'RSS ratio':>11}{'time ratio':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, size_mb, make, jsonl, extra in cases:
            size = int(size_mb * mb)
            hostile = write(folder, "hostile", make(size), jsonl)
            rss, secs = peak_build(folder / f"h-{name}.db", hostile, "--jobs", "1", *extra, allow_skips=True)
            hostile.unlink()
            if not extra:  # skipped unread: no normal article to compare with
                print(f"{name:<24}{size_mb:>6g}{rss:>10.0f}{secs:>9.1f}")
                continue
            normal = write(folder, "normal", prose(size), jsonl)
            nrss, nsecs = peak_build(folder / f"n-{name}.db", normal, "--jobs", "1", *extra)
            print(f"{name:<24}{size_mb:>6g}{rss:>10.0f}{secs:>9.1f}{nrss:>12.0f}{nsecs:>10.1f}"
                  f"{rss / nrss:>11.2f}{secs / nsecs:>11.2f}")
            normal.unlink()


if __name__ == "__main__":
    main()
