"""The site's own pages over a quotes database, registered as routes by the plugin:

- ``/DB/speaker/ID``: who, roles, aliases, counts, a chart of quotes over time and the quotes,
  newest first, each in its sentence with date, outlet and article (``.json``, ``.atom``);
- ``/DB/quote/ID``: the quote highlighted in its paragraph, with the paragraphs around it;
- ``/DB/article/ID``: the article's text with every quote highlighted and labelled.

Datasette's own row pages (``/DB/speakers/ID``, ...) redirect here.  Plain SQL over the
store's tables; the HTML comes from the templates shipped beside this module.
"""
from __future__ import annotations

import json
from urllib.parse import urlencode

from datasette import Response
from markupsafe import Markup, escape
from datasette.utils.asgi import NotFound

from ..site import holds_quotes
from .render import (Highlight, atom_feed, atom_time, marked, paragraph_at, paragraph_bounds,
                     quotes_chart, sentence_around)

PAGE_SIZE = 50
FEED_SIZE = 50
CONTEXT_CHARS = 300


def _database(datasette, request):
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")
    if not (db.path and holds_quotes(db.path)):
        raise NotFound(f"{name} is not a quotes database")
    return name, db


async def _rows(db, sql: str, params: dict) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


SPEAKER_QUOTES_SQL = f"""
select q.id, q.text, q.role, q.cue, q.article_id, a.title as article_title, a.url, a.source, q.published,
  a.extracted_at,
  substr(a.text, max(1, q.start - {CONTEXT_CHARS - 1}), min(q.start, {CONTEXT_CHARS})) as before,
  substr(a.text, q."end" + 1, {CONTEXT_CHARS}) as after
from quotes q join articles a on a.id = q.article_id
where q.speaker_id = :id
order by q.published desc, q.article_id desc, q.start
limit :limit offset :offset
"""


async def home_data(database: str, db) -> dict:
    """The ten most quoted speakers and the eight latest quotes of one database."""
    speakers = await _rows(db, "select id, name, quote_count from speakers order by quote_count desc, name limit 10", {})
    latest = await _rows(db, "select q.id, q.text, q.speaker_id, q.speaker_name, a.published, a.source "
                             "from articles a join quotes q on q.article_id = a.id "
                             "order by a.published desc, a.id, q.start limit 8", {})
    return {"database": database, "speakers": speakers, "latest": latest}


async def speaker_data(db, speaker_id: str, page: int = 1, limit: int = PAGE_SIZE) -> dict | None:
    """Everything the speaker page shows, as plain data (None for an unknown id)."""
    found = await _rows(db, "select * from speakers where id = :id", {"id": speaker_id})
    if not found:
        return None
    params = {"id": speaker_id}
    aliases = await _rows(db, "select alias from speaker_aliases where speaker_id = :id and alias != "
                              "(select name from speakers where id = :id) order by alias limit 40", params)
    roles = await _rows(db, "select role, count(*) as articles from speaker_roles where speaker_id = :id "
                            "group by role order by articles desc, role limit 10", params)
    months = await _rows(db, "select substr(published, 1, 7) as month, count(*) as n from quotes "
                             "where speaker_id = :id and published glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
                             "group by month", params)
    quotes = await _rows(db, SPEAKER_QUOTES_SQL, dict(params, limit=limit, offset=(page - 1) * limit))
    for q in quotes:
        q["before"], q["after"] = sentence_around(q.pop("before") or "", q["text"], q.pop("after") or "")
    return {"speaker": found[0], "aliases": [a["alias"] for a in aliases], "roles": roles,
            "quotes_per_month": {m["month"]: m["n"] for m in months}, "quotes": quotes, "page": page}


async def quote_data(db, quote_id: str) -> dict | None:
    """The quote, its speaker and article, and its paragraph with the ones around it."""
    found = await _rows(db, "select q.*, s.name as speaker, s.kind as kind, a.title as article_title, a.url, "
                            "a.source, a.published, a.author, a.text as article_text from quotes q "
                            "join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id "
                            "where q.id = :id", {"id": quote_id})
    if not found:
        return None
    quote = found[0]
    text = quote.pop("article_text") or ""
    bounds = paragraph_bounds(text)
    here = paragraph_at(bounds, quote["start"])
    lo, hi = bounds[max(0, here - 1)][0], bounds[min(len(bounds) - 1, here + 1)][1]
    highlights = [Highlight(quote["start"], quote["end"], "quote")]
    if quote["mention_start"] is not None and quote["mention_end"]:
        highlights.append(Highlight(quote["mention_start"], quote["mention_end"], "mention"))
    context = [{"paragraph": i, "html": str(marked(text, *bounds[i], highlights)), "this": i == here}
               for i in range(len(bounds)) if lo <= bounds[i][0] and bounds[i][1] <= hi]
    return {"quote": quote, "context": context}


async def article_data(db, article_id: str, database: str) -> dict | None:
    """The article and its text as paragraphs with every quote highlighted and labelled."""
    found = await _rows(db, "select * from articles where id = :id", {"id": article_id})
    if not found:
        return None
    article = found[0]
    quotes = await _rows(db, 'select id, start, "end", speaker_id, speaker_name from quotes '
                             "where article_id = :id order by start", {"id": article_id})
    text = article.get("text") or ""
    highlights = [Highlight(q["start"], q["end"], "quote",
                            f"/{database}/speaker/{q['speaker_id']}" if q["speaker_id"] else None,
                            q["speaker_name"] or "unattributed") for q in quotes]
    paragraphs = [{"html": str(marked(text, start, end, highlights))} for start, end in paragraph_bounds(text)]
    return {"article": article, "quotes": quotes, "paragraphs": paragraphs}


def _wants(request, ext: str) -> bool:
    return (request.url_vars.get("format") or "") == ext


async def _render(datasette, request, template: str, context: dict) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request))


def _json(data: dict) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), content_type="application/json; charset=utf-8")


async def speaker_view(datasette, request) -> Response:
    database, db = _database(datasette, request)
    speaker_id = request.url_vars["id"]
    page = max(1, int(request.args.get("page", "1")) if request.args.get("page", "1").isdigit() else 1)
    if _wants(request, "atom"):
        return await speaker_feed(datasette, request, database, db, speaker_id)
    data = await speaker_data(db, speaker_id, page)
    if data is None:
        raise NotFound("No such speaker")
    if _wants(request, "json"):
        return _json(data)
    total = data["speaker"]["quote_count"] or 0
    return await _render(datasette, request, "quotes_speaker.html", dict(
        data, database=database, chart=quotes_chart(data["quotes_per_month"]),
        next_page=f"?{urlencode({'page': page + 1})}" if page * PAGE_SIZE < total else None,
        previous_page=f"?{urlencode({'page': page - 1})}" if page > 1 else None))


async def speaker_feed(datasette, request, database: str, db, speaker_id: str) -> Response:
    data = await speaker_data(db, speaker_id, 1, FEED_SIZE)
    if data is None:
        raise NotFound("No such speaker")
    name = data["speaker"]["name"]
    base = datasette.absolute_url(request, f"/{database}")
    entries = [{"id": f"{base}/quote/{q['id']}", "link": f"{base}/quote/{q['id']}",
                "title": q["text"] if len(q["text"]) <= 120 else q["text"][:117].rstrip() + "…",
                "updated": atom_time(q["published"], q["extracted_at"]), "author": name,
                "content": f"{q['before']}“{q['text']}”{q['after']} ({q['source'] or 'unknown source'}: "
                           f"{q['article_title'] or 'untitled'})"} for q in data["quotes"]]
    xml = atom_feed(f"Quotes of {name}", f"{base}/speaker/{speaker_id}.atom", f"{base}/speaker/{speaker_id}",
                    f"{base}/speaker/{speaker_id}", entries)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


async def quote_view(datasette, request) -> Response:
    database, db = _database(datasette, request)
    data = await quote_data(db, request.url_vars["id"])
    if data is None:
        raise NotFound("No such quote")
    if _wants(request, "json"):
        return _json(data)
    return await _render(datasette, request, "quotes_quote.html", dict(data, database=database))


async def article_view(datasette, request) -> Response:
    database, db = _database(datasette, request)
    data = await article_data(db, request.url_vars["id"], database)
    if data is None:
        raise NotFound("No such article")
    if _wants(request, "json"):
        return _json(data)
    return await _render(datasette, request, "quotes_article.html", dict(data, database=database))


_PAGES = {"speakers": "speaker", "quotes": "quote", "articles": "article"}
_MATCH_START, _MATCH_END = "\x02", "\x03"  # what search_quotes' snippet() puts around a match


def cell_html(row, value, column: str, table: str | None, database: str, path) -> Markup | None:
    """The HTML of one cell of a table or canned query: a search snippet with its matches
    highlighted, and quote text, speaker and article title linked to their pages (None:
    Datasette's own rendering)."""
    if not isinstance(value, str):
        return None
    keys = row.keys()
    target = None
    if column in ("snippet", "text") and ("quote_id" in keys or table in ("quotes_view", "quotes")):
        target = f"quote/{row['quote_id'] if 'quote_id' in keys else row['id']}"
    elif column in ("speaker", "speaker_name") and "speaker_id" in keys and row["speaker_id"]:
        target = f"speaker/{row['speaker_id']}"
    elif column == "article_title" and "article_id" in keys:
        target = f"article/{row['article_id']}"
    elif (table, column) in (("speakers", "name"), ("articles", "title")):
        target = f"{_PAGES[table]}/{row['id']}"
    if target is None and column != "snippet":
        return None
    html = escape(value).replace(_MATCH_START, Markup("<mark>")).replace(_MATCH_END, Markup("</mark>"))
    return Markup('<a href="{}">{}</a>').format(path(f"/{database}/{target}"), html) if target else html


async def row_redirect(datasette, request) -> Response:
    """Datasette's row page of a speaker, quote or article leads to the site's own page."""
    database, _ = _database(datasette, request)
    page = _PAGES[request.url_vars["table"]]
    return Response.redirect(datasette.urls.path(f"/{database}/{page}/{request.url_vars['id']}"))


async def about_view(datasette, request) -> Response:
    return await _render(datasette, request, "quotes_about.html", {})


ROUTES = [
    (r"^/-/quotes-about$", about_view),
    (r"^/(?P<database>[^/]+)/speaker/(?P<id>[0-9a-f]+)(\.(?P<format>json|atom))?$", speaker_view),
    (r"^/(?P<database>[^/]+)/quote/(?P<id>[0-9a-f]+)(\.(?P<format>json))?$", quote_view),
    (r"^/(?P<database>[^/]+)/article/(?P<id>[0-9a-f]+)(\.(?P<format>json))?$", article_view),
    (r"^/(?P<database>[^/]+)/(?P<table>speakers|quotes|articles)/(?P<id>[0-9a-f]{16})$", row_redirect),
]
