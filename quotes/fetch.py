"""Fetch news pages politely, once: robots.txt, a per-host pace, timeouts, retries, a cache.

:class:`Fetcher` gets pages for URL lists and feeds.  Every page it gets is
kept in a cache directory, so a re-run reads the cache and asks no server
again (a feed itself is asked anew each time: that is how new items appear).
A failure (robots.txt forbids it, 404, timeout after retries) comes back as a
reason, reported by URL; it never stops the rest.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__

USER_AGENT = f"quotes/{__version__} (quote attribution for news research; python-urllib)"
DEFAULT_CACHE = Path.home() / ".cache" / "quotes" / "pages"


@dataclass
class Fetched:
    """A page's body, or why there is none."""

    url: str
    body: bytes | None = None
    problem: str | None = None
    from_cache: bool = False


class Fetcher:
    """Polite HTTP GETs: robots.txt obeyed, at most one request per host every ``pace``
    seconds, ``timeout`` per request, ``retries`` with doubling back-off on timeouts and
    5xx answers, and every page kept in ``cache``."""

    def __init__(self, cache: Path | str = DEFAULT_CACHE, pace: float = 1.0, timeout: float = 10.0,
                 retries: int = 2, user_agent: str = USER_AGENT):
        self.cache = Path(cache)
        self.pace, self.timeout, self.retries, self.user_agent = pace, timeout, retries, user_agent
        self.requests = 0  # how many requests went to servers (tests and progress)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def get(self, url: str, use_cache: bool = True) -> Fetched:
        """The page at ``url`` (from the cache when it was fetched before and ``use_cache``)."""
        cached = self._cache_path(url)
        if use_cache and cached.exists():
            return Fetched(url, cached.read_bytes(), from_cache=True)
        if not self._allowed(url):
            return Fetched(url, problem="robots.txt does not allow fetching it")
        fetched = self._get_with_retries(url)
        if fetched.body is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(fetched.body)
            cached.with_suffix(".json").write_text(json.dumps({"url": url, "fetched": time.time()}))
        return fetched

    def _cache_path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache / digest[:2] / f"{digest}.page"

    def _get_with_retries(self, url: str) -> Fetched:
        problem = "not fetched"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(0.5 * 2 ** (attempt - 1))
            try:
                return Fetched(url, self._request(url))
            except urllib.error.HTTPError as exc:
                problem = f"HTTP {exc.code} {exc.reason}"
                if exc.code < 500:
                    break  # 404 and friends do not get better
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                problem = "timed out" if "timed out" in str(reason) else f"cannot fetch: {reason}"
        return Fetched(url, problem=f"{problem} (after {attempt + 1} tries)" if attempt else problem)

    def _request(self, url: str) -> bytes:
        host = urlsplit(url).netloc
        with self._lock:
            wait = self._last.get(host, 0.0) + self.pace - time.monotonic()
            self._last[host] = time.monotonic() + max(0.0, wait)
        if wait > 0:
            time.sleep(wait)
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            return response.read()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                body = self._request(root + "/robots.txt")
                parser.parse(body.decode("utf-8", "replace").splitlines())
            except (urllib.error.URLError, TimeoutError, OSError):
                parser = None  # no robots.txt (or none we can read): allowed
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.user_agent, url)
