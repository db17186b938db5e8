"""A small in-process cache of the site's JSON answers, valid while the database files are
unchanged: a popular speaker's quotes or the leaderboard are answered without running SQL
and rendering JSON again, so one server process answers many more readers.  Visitors' own
SQL is never cached; a build that writes (database or WAL file changes) empties it."""
from __future__ import annotations

from collections import OrderedDict

from ..site import file_stamps

MAX_ENTRY_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024


class ResponseCache:
    """LRU of (path, query) -> (start message, body) for GET answers that are JSON, 200,
    not streamed, at most MAX_ENTRY_BYTES; at most MAX_TOTAL_BYTES in all."""

    def __init__(self, files: list[str]):
        self.files = files
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.stamp: tuple = ()
        self.hits = self.misses = 0

    def _check_fresh(self) -> None:
        stamp = tuple(file_stamps(path) for path in self.files)
        if stamp != self.stamp:
            self.entries.clear()
            self.size = 0
            self.stamp = stamp

    async def __call__(self, app, scope, receive, send) -> None:
        if scope.get("method") != "GET":
            await app(scope, receive, send)
            return
        self._check_fresh()
        host = next((v for k, v in scope.get("headers") or [] if k == b"host"), b"")
        key = (host, scope.get("path"), scope.get("query_string"))  # answers may hold absolute URLs
        cached = self.entries.get(key)
        if cached is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            await send(cached[0])
            await send({"type": "http.response.body", "body": cached[1]})
            return
        self.misses += 1
        captured: dict = {"start": None, "body": [], "ok": True}

        async def capture(message):
            if message["type"] == "http.response.start":
                captured["start"] = message
                headers = dict(message.get("headers") or [])
                captured["ok"] = message.get("status") == 200 and headers.get(b"content-type", b"").startswith(
                    b"application/json") and b"set-cookie" not in headers
            elif message["type"] == "http.response.body" and captured["ok"]:
                captured["body"].append(message.get("body", b""))
                if message.get("more_body") or sum(map(len, captured["body"])) > MAX_ENTRY_BYTES:
                    captured["ok"] = False
            await send(message)

        await app(scope, receive, capture)
        if captured["ok"] and captured["start"] is not None:
            self._store(key, captured["start"], b"".join(captured["body"]))

    def _store(self, key: tuple, start: dict, body: bytes) -> None:
        self.entries[key] = (start, body)
        self.size += len(body)
        while self.size > MAX_TOTAL_BYTES and self.entries:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)
