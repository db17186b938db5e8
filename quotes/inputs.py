"""Read articles from files, directories and stdin; report bad input, never raise.

``.txt``: the first non-empty line is the title; a "Date: ..." line among the
first lines is the publication date, a trailing "Source: ..." line the source.
``.json`` (one object or a list) and ``.jsonl`` records carry ``text`` and
optional ``title``, ``url``, ``source``, ``published``, ``id``, ``author``.
``.html``/``.htm`` (or any input that starts like a web page): a saved news page,
read by :mod:`quotes.pages`.  Publication dates are ISO 8601 (:mod:`quotes.dates`).
Any other file is reported, never read as text.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .dates import iso_date
from .pages import looks_like_html, read_page

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm", ".csv", ".tsv", ".urls", ".rss", ".atom", ".xml")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_DATE_LINE_RE = re.compile(r"(?:date|published|dateline)\s*:\s*(.+)", re.I)
MAX_FILE_BYTES = 512 * 1024 * 1024
# The longest article read (characters; --max-article-size): a long news article is ~100,000;
# time grows with the text, so a book or a dump in one record is named and skipped, not run for hours.
MAX_ARTICLE_CHARS = 2_000_000


@dataclass
class Article:
    """One article to extract from; ``path`` names where it came from."""

    text: str
    path: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    id: str | None = None
    author: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


# Column or key names tried, in order, for each field of a record (JSON, JSONL, CSV row).
FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "story", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "pubdate", "published_at", "publication_date", "datetime"),
    "source": ("source", "publisher", "outlet", "site", "sitename"),
    "author": ("author", "byline", "authors"),
    "id": ("id", "article_id", "guid"),
}


@dataclass(frozen=True)
class Fields:
    """Which key or column holds each field of a record; None: the first of FIELD_NAMES present."""

    text: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    id: str | None = None

    def key(self, field_name: str, record: dict) -> str | None:
        """The key of ``record`` that holds ``field_name`` (matched without regard to case)."""
        by_lower = {str(k).strip().lower(): k for k in record}
        wanted = getattr(self, field_name)
        names = (wanted,) if wanted else FIELD_NAMES[field_name]
        return next((by_lower[n.lower()] for n in names if n.lower() in by_lower), None)


@dataclass
class InputProblem:
    """An input that was skipped, with the reason a person can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Return ``(text, warning)``; raise ValueError for binary data.

    BOMs select UTF-8/16/32; otherwise UTF-8, else cp1252/Latin-1 with a warning.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid {encoding} despite its byte-order mark ({exc.reason})") from exc
    sample = data[:65536]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, "UTF-16 without a byte-order mark; decoded as such"
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            warning = "not UTF-8; decoded as Windows-1252 (cp1252)"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            warning = "not UTF-8; decoded as Latin-1"
    else:
        warning = None
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(8, len(text[:65536]) * 0.01):
        raise ValueError("binary file (control characters), not text")
    return text, warning


def _utf16_without_bom(data: bytes) -> str | None:
    """Text that is UTF-16 without a BOM (every other byte NUL, as for Latin text), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def article_from_txt(text: str, path: str) -> Article:
    """Return an Article from plain text: title from the first line, publication date from
    a 'Date:' line among the first three, source from a last 'Source:' line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    dated = [(line, _DATE_LINE_RE.fullmatch(line)) for line in lines[:3]]
    published = next((iso_date(m.group(1)) for _, m in dated if m), None)
    titles = [line for line, m in dated if not m] + lines[3:]
    title = titles[0][:500] if titles else None
    source = None
    if lines and lines[-1].lower().startswith("source:"):
        source = lines[-1].split(":", 1)[1].strip() or None
    art = Article(text=text, path=path, title=title, source=source, published=published)
    if any(m for _, m in dated) and published is None:
        art.warnings.append("the Date: line is no date quotes can read; the article has none")
    return art


def article_from_html(html: str, path: str) -> Article | InputProblem:
    """The article of a saved web page, or the problem ('no article text')."""
    record = read_page(html)
    if record is None:
        return InputProblem(path, "a web page with no article text found in it")
    return Article(path=path, **record)


def _article_from_record(record: object, path: str, fields: Fields = Fields()) -> Article:
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text_key = fields.key("text", record)
    text = record.get(text_key) if text_key is not None else None
    if not isinstance(text, str):
        raise ValueError(f"record has no text (looked for {fields.text or ', '.join(FIELD_NAMES['text'])}; "
                         f"it has {', '.join(map(str, record))}; choose one with --text-column)")
    if not text.strip():
        raise ValueError(f"record has empty {text_key!r}")

    def opt(name: str) -> str | None:
        key = fields.key(name, record)
        value = record.get(key) if key is not None else None
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            value = ", ".join(str(v) for v in value)  # 'authors': ['Ann Lee', 'Tom Hale']
        elif isinstance(value, (dict, list)):
            warnings.append(f"{key!r} is not a single value; left empty")
            return None
        return None if value is None or str(value).strip() == "" else _clean(str(value).strip())

    warnings: list[str] = []
    if _has_surrogates(text):
        text = _clean(text)
        warnings.append("text holds unpaired surrogate escapes (\\ud800...); replaced by U+FFFD")

    title = opt("title")
    art = article_from_txt(text, path) if title is None else Article(text=text, path=path, title=title)
    art.url, art.id, art.author = opt("url"), opt("id"), opt("author")
    raw_date = opt("published")
    art.published = iso_date(raw_date) or art.published
    if raw_date and art.published is None:
        art.warnings.append(f"published {raw_date!r} is no date quotes can read; left empty")
    art.source = opt("source") or art.source
    art.warnings.extend(warnings)
    return art


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _clean(text: str) -> str:
    """``text`` with unpaired surrogates (valid JSON escapes, invalid Unicode) replaced."""
    return _SURROGATE_RE.sub("\ufffd", text) if _has_surrogates(text) else text


def parse_articles(text: str, path: str, kind: str, fields: Fields = Fields()) -> Iterator[Article | InputProblem]:
    """Yield the articles (or problems) in one decoded input of ``kind`` txt/json/jsonl/html."""
    if kind == "html":
        yield article_from_html(text, path)
        return
    if kind == "txt":
        if not text.strip():
            yield InputProblem(path, "empty file (no text)")
        else:
            yield article_from_txt(text, path)
        return
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputProblem(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
            return
        except RecursionError:
            yield InputProblem(path, "JSON nested too deeply to be article records")
            return
        records = data if isinstance(data, list) else [data]
        if not records:
            yield InputProblem(path, "an empty JSON list (no records)")
            return
        for i, record in enumerate(records):
            where = path if len(records) == 1 else f"{path}[{i}]"
            try:
                yield _article_from_record(record, where, fields)
            except ValueError as exc:
                yield InputProblem(where, str(exc))
        return
    seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            seen = True
            yield _record_from_line(line, f"{path}:{lineno}", fields)
    if not seen:
        yield InputProblem(path, "empty file (no records)")


def _record_from_line(line: str, where: str, fields: Fields = Fields()) -> Article | InputProblem:
    """One JSONL record, or the problem with it, named ``path:line``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(where, f"invalid JSON line: {exc.msg}")
    except RecursionError:
        return InputProblem(where, "JSON nested too deeply to be an article record")
    try:
        return _article_from_record(record, where, fields)
    except ValueError as exc:
        return InputProblem(where, str(exc))


# Suffixes read as plain text; any other file is reported, unless it starts like a web page.
TEXT_SUFFIXES = (".txt", ".text", ".md", "")


def _kind_of(path: str, text: str) -> str | None:
    """txt, json, jsonl or html; None for a file of another kind (reported, never read as text)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in (".html", ".htm") or looks_like_html(text):
        return "html"
    if path != "-" and suffix not in TEXT_SUFFIXES:
        return None
    if path == "-":
        stripped = text.lstrip()
        if stripped.startswith("["):
            return "json"
        if stripped.startswith("{"):
            return "json" if "\n{" not in stripped else "jsonl"
    return "txt"


def _read_jsonl_stream(path: str, fields: Fields = Fields()) -> Iterator[Article | InputProblem]:
    """Yield the records of a .jsonl file one line at a time (memory stays flat)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror or exc}")
        return
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield from read_path(path, stream=False, fields=fields)
        return
    seen = False
    for item in read_jsonl_range(path, 0, None, 1, fields):
        seen = True
        yield item
    if not seen:
        yield InputProblem(path, "empty file (no records)")


def read_jsonl_range(path: str, start: int, end: int | None, first_line: int,
                     fields: Fields = Fields()) -> Iterator[Article | InputProblem]:
    """Yield the records of the lines of a UTF-8 .jsonl file from byte ``start`` (a line start,
    line number ``first_line``) to byte ``end`` (None: the end), named ``path:line``: one
    part of a file that several processes read (:mod:`quotes.distributed`)."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        fh.seek(start)
        pos = start
        for lineno, raw in enumerate(fh, first_line):
            if end is not None and pos >= end:
                break
            pos += len(raw)
            if pos - len(raw) == 0 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                line, warning = decode_bytes(raw)
            except ValueError as exc:
                yield InputProblem(where, str(exc))
                continue
            item = _record_from_line(line, where, fields)
            if warning and isinstance(item, Article):
                item.warnings.append(warning)
            yield item


def _read_csv_stream(path: str, fields: Fields = Fields()) -> Iterator[Article | InputProblem]:
    """Yield one article per row of a CSV or TSV export (one row in memory at a time),
    each named ``path:row``; the text column is ``fields.text`` or the first of FIELD_NAMES."""
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        fh = open(path, encoding="utf-8-sig", newline="", errors="strict")
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            sample = fh.read(8192)
            fh.seek(0)
            delimiter = "\t" if path.lower().endswith(".tsv") else csv.Sniffer().sniff(sample, ",;\t").delimiter
        except (csv.Error, UnicodeDecodeError):
            delimiter = ","
        reader = csv.DictReader(fh, delimiter=delimiter)
        try:
            header = reader.fieldnames or []
            if fields.key("text", {h: None for h in header}) is None:
                yield InputProblem(path, f"no text column (columns: {', '.join(header) or 'none'}); "
                                         "choose one with --text-column")
                return
            for number, row in enumerate(reader, 2):
                yield _csv_row(row, f"{path}:{number}", fields)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputProblem(f"{path}:{reader.line_num}", f"unreadable CSV: {exc}")


def _csv_row(row: dict, where: str, fields: Fields) -> Article | InputProblem:
    try:
        return _article_from_record({k: v for k, v in row.items() if k is not None}, where, fields)
    except ValueError as exc:
        return InputProblem(where, str(exc))


FEED_PREFIX = "feed:"  # how --feed marks a feed given by URL among the paths
FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_CONTENT_WORDS = 150  # a feed item with this many words of content is read from the feed itself


def _fetcher(fetcher):
    if fetcher is None:
        from .fetch import Fetcher
        fetcher = Fetcher()
    return fetcher


def article_from_url(url: str, fetcher, published: str | None = None, title: str | None = None
                     ) -> Article | InputProblem:
    """The article at ``url`` (fetched once, then from the cache), or the problem, named by URL."""
    got = _fetcher(fetcher).get(url)
    if got.body is None:
        return InputProblem(url, got.problem or "not fetched")
    try:
        text, warning = decode_bytes(got.body)
    except ValueError as exc:
        return InputProblem(url, str(exc))
    art = article_from_html(text, url) if looks_like_html(text) else article_from_txt(text, url)
    if isinstance(art, Article):
        art.url = art.url or url
        art.published = art.published or iso_date(published)
        art.title = art.title or title
        if warning:
            art.warnings.append(warning)
    return art


def read_url_list(path: str, fetcher=None) -> Iterator[Article | InputProblem]:
    """One article per URL of a ``.urls`` file (one a line, ``#`` comments)."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputProblem(path, f"cannot read: {exc}")
        return
    for lineno, line in enumerate(lines, 1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if not url.startswith(("http://", "https://")):
            yield InputProblem(f"{path}:{lineno}", f"not an http(s) URL: {url!r}")
            continue
        yield article_from_url(url, fetcher)


def read_feed(source: str, fetcher=None) -> Iterator[Article | InputProblem]:
    """The articles of an RSS or Atom feed (a URL, asked anew each time, or a file): an item's
    own content when it holds a whole story, else the page it links to."""
    import feedparser

    if source.startswith(("http://", "https://")):
        got = _fetcher(fetcher).get(source, use_cache=False)
        if got.body is None:
            yield InputProblem(source, got.problem or "not fetched")
            return
        feed = feedparser.parse(got.body)
    else:
        feed = feedparser.parse(Path(source).read_bytes()) if Path(source).is_file() else None
    if feed is None or not feed.entries:
        reason = getattr(feed, "bozo_exception", None) if feed is not None else "no such file"
        yield InputProblem(source, f"not a feed with items ({reason or 'no items'})")
        return
    for number, entry in enumerate(feed.entries, 1):
        yield _article_from_entry(entry, f"{source}#{number}", fetcher)


def _article_from_entry(entry, where: str, fetcher) -> Article | InputProblem:
    published = entry.get("published") or entry.get("updated")
    content = (entry.get("content") or [{}])[0].get("value") or ""
    if len(re.sub(r"<[^>]+>", " ", content).split()) >= FEED_CONTENT_WORDS:
        page = f"<html><body><article><h1>{entry.get('title', '')}</h1>{content}</article></body></html>"
        art = article_from_html(page, entry.get("link") or where)
        if isinstance(art, Article):
            art.url, art.published = entry.get("link"), iso_date(published)
        return art
    if entry.get("link"):
        return article_from_url(entry["link"], fetcher, published=published, title=entry.get("title"))
    return InputProblem(where, "a feed item with neither a whole story nor a link")


def _special_reader(path: str, stream: bool, fields: Fields, fetcher) -> Iterable[Article | InputProblem] | None:
    """The reader for a feed, a URL, a URL list, a streamed JSONL or CSV file, or a file that
    is no regular file; None for a file read whole."""
    lower = path.lower()
    if path.startswith(FEED_PREFIX) or lower.endswith(FEED_SUFFIXES):
        return read_feed(path[len(FEED_PREFIX):] if path.startswith(FEED_PREFIX) else path, fetcher)
    if path.startswith(("http://", "https://")):
        return [article_from_url(path, fetcher)]
    if path == "-":
        return None
    if os.path.exists(path) and not os.path.isfile(path):
        return [InputProblem(path, "not a regular file (a pipe, device or socket is never read)")]
    if lower.endswith(".urls"):
        return read_url_list(path, fetcher)
    if is_storage_url(path):
        return None  # read whole through fsspec
    if stream and lower.endswith(".jsonl"):
        return _read_jsonl_stream(path, fields)
    if lower.endswith((".csv", ".tsv")):
        return _read_csv_stream(path, fields)
    return None


def is_storage_url(path: str) -> bool:
    """A file on storage fsspec reads ("s3://bucket/a.jsonl", "file:///data/x.txt"): not a web page."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.isidentifier() and scheme not in ("http", "https") and not path.startswith(FEED_PREFIX)


def _read_storage_url(path: str) -> bytes:
    """The bytes of a storage URL (needs fsspec and the protocol's own package, e.g. s3fs)."""
    try:
        import fsspec
    except ImportError as exc:
        raise OSError(f"reading {path.split('://')[0]}:// URLs needs fsspec (pip install fsspec)") from exc
    fs, inner = fsspec.core.url_to_fs(path)
    size = fs.size(inner)
    if size is not None and size > MAX_FILE_BYTES:
        raise OSError(f"file too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
    with fs.open(inner, "rb") as fh:
        return fh.read()


def _storage_files(url: str) -> Iterator[str | InputProblem]:
    """The article files at a storage URL: the file itself, or every article file under a folder."""
    try:
        import fsspec

        fs, inner = fsspec.core.url_to_fs(url)
        if not fs.isdir(inner):
            yield url if fs.exists(inner) else InputProblem(url, "no such file or directory")
            return
        names = sorted(fs.find(inner))
    except (ImportError, OSError, ValueError) as exc:
        yield InputProblem(url, f"cannot list: {exc}")
        return
    for name in names:
        full = fs.unstrip_protocol(name)
        if name.lower().endswith(ARTICLE_SUFFIXES) and not os.path.basename(name).startswith("."):
            yield full
        else:
            yield InputProblem(full, "unsupported file type; quotes reads .txt, .json, .jsonl, .html, .htm, .csv and .tsv")


def read_path(path: str, stream: bool = True, fields: Fields = Fields(), fetcher=None
              ) -> Iterator[Article | InputProblem]:
    """Yield the articles of one file (or ``-`` for stdin, a URL, a ``.urls`` list, a feed)."""
    special = _special_reader(path, stream, fields, fetcher)
    if special is not None:
        yield from special
        return
    try:
        if is_storage_url(path):
            data = _read_storage_url(path)
        elif path == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                yield InputProblem(path, f"standard input larger than {MAX_FILE_BYTES} bytes")
                return
        else:
            size = os.path.getsize(path)
            if size > MAX_FILE_BYTES:
                yield InputProblem(path, f"file too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
                return
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield InputProblem(path, "empty file (no text)")
        return
    try:
        text, warning = decode_bytes(data)
    except ValueError as exc:
        yield InputProblem(path, str(exc))
        return
    kind = _kind_of(path, text)
    if kind is None:
        yield InputProblem(path, f"unsupported file type ({os.path.splitext(path)[1]}); quotes reads "
                                 ".txt, .json, .jsonl, .html, .htm, .csv and .tsv")
        return
    for item in parse_articles(text, path, kind, fields):
        if warning and isinstance(item, Article):
            item.warnings.append(warning)
        yield item


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputProblem]:
    """Yield files named by ``paths``; directories are walked for article files."""
    for path in paths:
        if path == "-" or path.startswith(("http://", "https://", FEED_PREFIX)):
            yield path
        elif is_storage_url(path):
            yield from _storage_files(path)
        elif os.path.isdir(path):
            found = False

            def on_error(exc: OSError) -> None:
                problems.append(InputProblem(exc.filename or path, f"cannot read directory: {exc.strerror}"))

            problems: list[InputProblem] = []
            for root, dirs, files in os.walk(path, onerror=on_error):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    if name.lower().endswith(ARTICLE_SUFFIXES):
                        found = True
                        yield os.path.join(root, name)
                    else:  # never skipped silently
                        problems.append(InputProblem(os.path.join(root, name), "unsupported file type; quotes "
                                                     "reads .txt, .json, .jsonl, .html, .htm, .csv and .tsv"))
            yield from problems
            if not found and not problems:
                yield InputProblem(path, "directory holds no .txt, .json, .jsonl or .html files")
        elif os.path.exists(path):
            yield path
        else:
            yield InputProblem(path, "no such file or directory")


def read_inputs(paths: Iterable[str], fields: Fields = Fields(), fetcher=None,
                max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | InputProblem]:
    """Yield every article (or problem) from files, directories, ``-``, URLs, URL lists and
    feeds (``fetcher``: a :class:`quotes.fetch.Fetcher`, made with its defaults when needed);
    an article longer than ``max_chars`` characters (0: no limit) is a problem."""
    for item in expand_paths(paths):
        if isinstance(item, InputProblem):
            yield item
        elif max_chars and _plain_text_file(item) and (size := os.path.getsize(item)) > 4 * max_chars:
            yield _too_long(item, size, max_chars, "bytes")  # never read: surely too long
        else:
            yield from within_size(read_path(item, fields=fields, fetcher=fetcher), max_chars)


def within_size(items: Iterable[Article | InputProblem], max_chars: int) -> Iterator[Article | InputProblem]:
    """``items``, each article longer than ``max_chars`` characters (0: no limit) a problem instead."""
    for item in items:
        if max_chars and isinstance(item, Article) and len(item.text) > max_chars:
            yield _too_long(item.path, len(item.text), max_chars, "characters")
        else:
            yield item


def _plain_text_file(path: str) -> bool:
    return path.lower().endswith((".txt", ".html", ".htm")) and os.path.isfile(path)


def _too_long(path: str, size: int, limit: int, unit: str) -> InputProblem:
    return InputProblem(path, f"article too long ({size:,} {unit}; --max-article-size is {limit:,} "
                              f"characters): split it, or raise the limit")


def count_files(paths: Iterable[str]) -> int:
    """Return how many files :func:`read_inputs` will open (for progress bars)."""
    return sum(1 for item in expand_paths(paths) if not isinstance(item, InputProblem))
