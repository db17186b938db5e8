"""The published site under load: concurrent clients mixing canned queries, searches and
hostile SQL against a real `quotes serve` process, for a fixed time.

    python benchmarks/load.py                        # the seed database, 20 clients, 30 s
    python benchmarks/load.py DB --clients 20 --seconds 30
    python benchmarks/load.py --think 0.5            # each client pauses ~0.5 s between requests
    python benchmarks/load.py --no-hostile           # the same load without the hostile requests
    python benchmarks/load.py --workers 2            # quotes serve --workers 2

Prints p50/p95 of each kind of request, the status codes seen, and the server's peak
RSS (VmHWM of the server process). Goals (issue 14): canned queries p95 < 100 ms at the
seed scale, server RSS < 500 MB, no 5xx.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CANNED = [
    "/quotes/quotes_by_speaker.json?speaker=Jens+Stoltenberg&_shape=array",
    "/quotes/quotations_by_speaker.json?speaker=Lukashenko&_shape=array",
    "/quotes/speakers_leaderboard.json?_shape=array",
    "/quotes/speakers.json?_shape=array",
    "/quotes/quotes_view.json?_facet=speaker&_shape=objects",
]
SEARCHES = [
    "/quotes/search_quotes.json?q=Minsk&_shape=array",
    "/quotes/search_quotes.json?q=Wagner&_shape=array",
    "/quotes/quotes.json?_search=danger&_shape=array",
    "/quotes/quotes_view?_search=NATO",
]
HOSTILE = [
    "/quotes.json?sql=select+randomblob(900000000)",
    "/quotes.json?sql=select+zeroblob(9000000),zeroblob(9000000)",
    "/quotes.json?sql=select+group_concat(a.text)+from+quotes+a,quotes+b,quotes+c",
    "/quotes.json?sql=with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c",
    "/quotes.json?sql=select+a.text,b.text+from+quotes+a,quotes+b,quotes+c",
    "/quotes/quotes?_sort=bogus",
    "/quotes.json?sql=selec+nothing",
    "/quotes.csv?sql=select+a.*+from+quotes+a,quotes+b&_stream=on",
]
KINDS = {"canned": CANNED, "search": SEARCHES, "hostile": HOSTILE}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, workers: int = 1) -> subprocess.Popen:
    from quotes.site import datasette_command, workers_command

    if workers > 1:
        args, env = workers_command(db, workers, port=port)
        return subprocess.Popen(args, env=dict(os.environ, **env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return subprocess.Popen(datasette_command(db, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def peak_rss_mib(pid: int) -> float:
    """Peak resident set (VmHWM) in MiB of the server: the process and its worker processes, summed."""
    total = 0.0
    for p in [pid] + [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) / 1024
    return total


async def wait_ready(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(base + "/-/versions.json")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the server did not start")


async def client_loop(base: str, until: float, rng: random.Random, seen: dict, think: float, hostile: bool) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        while time.monotonic() < until:
            if think:
                await asyncio.sleep(rng.expovariate(1 / think))
            kind = rng.choices(list(KINDS), weights=[6, 3, 1 if hostile else 0])[0]
            url = rng.choice(KINDS[kind])
            start = time.perf_counter()
            try:
                response = await client.get(base + url)
                status = response.status_code
            except httpx.TransportError as exc:
                status = type(exc).__name__
            seen[kind].append((time.perf_counter() - start, status))


def run_load(db: str, clients: int = 20, seconds: float = 30, seed: int = 1, think: float = 0,
             hostile: bool = True, workers: int = 1) -> dict:
    """Serve ``db``, load it; return {kind: [(seconds, status), ...], "rss_mib": peak RSS}."""
    port = free_port()
    server = start_server(db, port, workers)
    base = f"http://127.0.0.1:{port}"
    seen: dict = collections.defaultdict(list)
    try:
        asyncio.run(wait_ready(base))

        async def everyone():
            until = time.monotonic() + seconds
            await asyncio.gather(*(client_loop(base, until, random.Random(seed + i), seen, think, hostile)
                                   for i in range(clients)))
        asyncio.run(everyone())
        seen["rss_mib"] = peak_rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return seen


def seed_database(folder: str) -> str:
    from quotes.build import build_database
    from quotes.model import shared_model
    from quotes.store import open_db

    path = os.path.join(folder, "quotes.db")
    db = open_db(path)
    build_database(db, [str(ROOT / "seeds")], shared_model())
    db.conn.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", nargs="?", help="database to serve (default: one built from seeds/)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=0, help="mean pause of a client between requests, s")
    parser.add_argument("--no-hostile", action="store_true", help="leave the hostile requests out")
    parser.add_argument("--workers", type=int, default=1, help="quotes serve --workers (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or seed_database(tmp)
        seen = run_load(db, args.clients, args.seconds, think=args.think, hostile=not args.no_hostile,
                        workers=args.workers)
    print(f"{os.cpu_count()} cores, {args.clients} clients for {args.seconds:g} s against "
          f"{args.db or 'the seed database'}, think time {args.think:g} s, {args.workers} server process(es)"
          f"{', no hostile requests' if args.no_hostile else ''}")
    print(f"{'kind':<10}{'requests':>10}{'p50 ms':>9}{'p95 ms':>9}  statuses")
    for kind in KINDS:
        times = sorted(t for t, _ in seen[kind])
        statuses = collections.Counter(s for _, s in seen[kind])
        p95 = times[int(0.95 * (len(times) - 1))] if times else float("nan")
        print(f"{kind:<10}{len(times):>10}{statistics.median(times) * 1000 if times else float('nan'):>9.1f}"
              f"{p95 * 1000:>9.1f}  {dict(sorted(statuses.items(), key=str))}")
    print(f"server peak RSS: {seen['rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
