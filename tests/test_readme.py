"""The README's examples run as written (the ones meant to run here).

Every `quotes ...` command line of the README's indented blocks runs through
click's runner, in README order, with `db/quotes.db` pointed at a temporary
database; a line is skipped only when it names a file the repository does not
have (`archive/2023/`, `registry.csv`), writes to a file (`>`), or serves.  The
JSON example must be what `quotes extract` prints, and the Python block runs.
"""
import json
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_lines() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.startswith("    quotes ")]


def runnable(args: list[str]) -> bool:
    if args[0] in ("serve",) or any(a in (">", "|") for a in args):
        return False
    files = [a for a in args[1:] if "/" in a or a.endswith((".csv", ".jsonl", ".json"))]
    return all((ROOT / a).exists() or a == "db/quotes.db" for a in files)


def test_readme_commands_run(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    db = str(tmp_path / "quotes.db")
    ran = []
    for line in command_lines():
        args = shlex.split(line.split("  #")[0])[1:]
        if not runnable(args):
            continue
        args = [db if a == "db/quotes.db" else a for a in args]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, (line, result.output)
        ran.append(args[0])
    assert {"extract", "build", "export", "speakers", "evaluate"} <= set(ran)


def test_readme_json_example_is_what_extract_prints(monkeypatch):
    monkeypatch.chdir(ROOT)
    example = json.loads(re.search(r"```json\n(.*?)```", README, re.S).group(1))
    out = CliRunner().invoke(cli, ["extract", example["article"]]).output
    printed = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert example in printed


def test_readme_python_block_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    namespace = {"print": lambda *a, **k: None}
    # one worker process instead of two: the same code path, without the start-up of two
    exec(compile(block.replace("n_process=2", "n_process=1"), "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["doc"]._.quotes
