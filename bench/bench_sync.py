"""Sync benchmark against PostgreSQL on loopback, with PostgreSQL's own COPY as the floor.

    .venv/bin/python bench/bench_sync.py [--changes 10000] [--caseload 500]
                                         [--server postgresql://postgres@127.0.0.1:5432]

Creates a throwaway database (dropped at the end) and runs ``keyworker-central
serve`` on loopback as its own process, as in production. Times: one laptop
pushing N new records (then pulling their echo), a second laptop pulling them
all, and a sync with nothing to do; beside them, COPY of the same N rows into a
table of the same shape. Memory of both processes is sampled as the batches go
by, to show it stays flat. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psycopg

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync.client import SyncClient

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
PASSWORD = "bench-password"
TARGET_PUSH_PULL = 5.0
TARGET_EMPTY = 0.100


def rss_mib(pid: int | None = None) -> float:
    """Resident memory now, MiB (this process when ``pid`` is None)."""
    path = f"/proc/{pid or 'self'}/status"
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class MemorySamples:
    """RSS of the laptop and the server at each progress report of a sync."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.rows: list[tuple[str, int, float, float]] = []

    def __call__(self, stage: str, done: int, _total: int) -> None:
        self.rows.append((stage, done, rss_mib(), rss_mib(self.server_pid)))

    def spread(self, stage: str) -> str:
        """The first quarter of the batches against the last. A sync's first batches
        are smaller (each twice the last up to the full size, pushes and pulls alike), and
        memory grows with a batch's size, not their number: those are left out."""
        rows = [r for r in self.rows if r[0] == stage and r[1] > 0]
        sizes = [b[1] - a for a, b in zip([0, *(r[1] for r in rows)], rows, strict=False)]
        ramp = 0
        while ramp < len(rows) - 1 and sizes[ramp] < max(sizes):
            ramp += 1
        rows = rows[ramp:]
        if len(rows) < 4:
            return (f"too few full-size batches to tell ({len(rows)}); a larger run "
                    "gives more (bench_pouchdb.py --records, bench_sync.py --changes)")
        q = max(1, len(rows) // 4)
        first, last = rows[:q], rows[-q:]

        def avg(part: list[tuple[str, int, float, float]], i: int) -> float:
            return sum(float(r[i]) for r in part) / len(part)

        return (f"laptop {avg(first, 2):.0f} -> {avg(last, 2):.0f} MiB, "
                f"server {avg(first, 3):.0f} -> {avg(last, 3):.0f} MiB "
                f"(first vs last quarter of {len(rows)} batches; {ramp} smaller ones before "
                f"them left out)")


def central(args: list[str], url: str, **kw: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KEYWORKER_CENTRAL_PASSWORD": PASSWORD,
           "KEYWORKER_CENTRAL_ARGON2_KIB": "1024"}
    return subprocess.Popen([sys.executable, "-m", "keyworker_desktop.sync.server.cli",
                             "--database-url", url, *args], env=env, **kw)  # type: ignore[call-overload]


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    for name, role in (("sam", "keyworker"), ("morgan", "senior")):
        if central(["add-user", name, "--role", role, "--team", "north"], url,
                   stdout=subprocess.DEVNULL).wait() != 0:
            raise SystemExit("could not add the benchmark users")
    return serve(url, port)


def serve(url: str, port: int, **kw: object) -> subprocess.Popen[bytes]:
    """``keyworker-central serve`` on ``port`` for database ``url``, once it answers."""
    proc = central(["serve", "--host", "127.0.0.1", "--port", str(port)], url, **kw)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/status", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the central store did not start")


def copy_floor(url: str, store: Store) -> float:
    """COPY the same rows into a table shaped like the server's records."""
    with store.session() as s:
        rows = [(yp.id, "young_person", json.dumps({
            "given_name": yp.given_name, "family_name": yp.family_name,
            "interests": yp.interests})) for yp in s.query(YoungPerson)]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE copy_floor (id text primary key, entity text, "
                     "fields json, version int default 1)")
        t = time.perf_counter()
        with conn.cursor() as cur, cur.copy(
                "COPY copy_floor (id, entity, fields) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=10_000)
    ap.add_argument("--caseload", type=int, default=500,
                    help="also time the first sync of a generated caseload (0: skip)")
    ap.add_argument("--server", default=os.environ.get(
        "KEYWORKER_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432"))
    args = ap.parse_args()
    n = args.changes
    name = "kw_bench_" + uuid7().replace("-", "")[:16]
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{args.server}/{name}"
    tmp = Path(tempfile.mkdtemp(prefix="kw-bench-"))
    port = 18000 + os.getpid() % 1000
    srv = None
    try:
        srv = start_server(url, port)
        base = f"http://127.0.0.1:{port}"
        a = Store.create(tmp / "a", "correct horse battery", user_name="sam", kdf=keys.TEST_KDF)
        b = Store.create(tmp / "b", "correct horse battery", user_name="morgan",
                         kdf=keys.TEST_KDF)
        with a.transaction() as s:
            s.add_all([YoungPerson(given_name=f"Given{i}", family_name="Family",
                                   interests="trains and swimming") for i in range(n)])
        ca, cb = SyncClient(a, base), SyncClient(b, base)
        ca.register("sam", PASSWORD)
        cb.register("morgan", PASSWORD)

        mem_a, mem_b = MemorySamples(srv.pid), MemorySamples(srv.pid)
        t = time.perf_counter()
        up = ca.sync(progress=mem_a)
        t_push = time.perf_counter() - t
        t = time.perf_counter()
        down = cb.sync(progress=mem_b)
        t_pull = time.perf_counter() - t
        times = []
        for _ in range(20):
            t = time.perf_counter()
            ca.sync()
            times.append(time.perf_counter() - t)
        t_empty = sorted(times)[len(times) // 2]
        t_copy = copy_floor(url, a)
        ok = t_push + t_pull < TARGET_PUSH_PULL and t_empty < TARGET_EMPTY

        print(f"{n} records pushed (and their echo pulled) : {t_push:6.2f} s  "
              f"({up.pushed} sent, {up.requests} requests)")
        print(f"{n} records pulled by a second laptop     : {t_pull:6.2f} s  "
              f"({down.pulled} received)")
        print(f"push + pull end to end                     : {t_push + t_pull:6.2f} s  "
              f"(target < {TARGET_PUSH_PULL:.0f} s)")
        print(f"sync with nothing to do (median of 20)     : {t_empty * 1000:6.1f} ms "
              f"(target < {TARGET_EMPTY * 1000:.0f} ms)")
        print(f"PostgreSQL COPY of the same {n} rows       : {t_copy:6.2f} s  (floor; "
              f"push + pull is {(t_push + t_pull) / t_copy:.0f}x it)")
        print(f"memory while sending                       : {mem_a.spread('sending')}")
        print(f"memory while receiving                     : {mem_b.spread('receiving')}")
        if args.caseload:
            from datetime import date

            from keyworker_desktop.services.demo import populate_demo
            from keyworker_desktop.store import settings

            c = Store.create(tmp / "c", "correct horse battery", user_name="sam",
                             kdf=keys.TEST_KDF)
            d = Store.create(tmp / "d", "correct horse battery", user_name="morgan",
                             kdf=keys.TEST_KDF)
            with c.transaction() as s:
                populate_demo(s, today=date.today(), scale=args.caseload)
                # Generated volume for the benchmark: let it sync, unlike a real demo store.
                settings.put(s, settings.DEMO_CASELOAD, False)
            cc, cd = SyncClient(c, base), SyncClient(d, base)
            cc.register("sam", PASSWORD)
            cd.register("morgan", PASSWORD)
            pending = cc.pending_count()
            t = time.perf_counter()
            cc.sync()
            t_up = time.perf_counter() - t
            t = time.perf_counter()
            got = cd.sync()
            t_down = time.perf_counter() - t
            print(f"first sync of a {args.caseload}-young-person caseload: up {t_up:.2f} s "
                  f"({pending} changes), first full pull on a new laptop {t_down:.2f} s "
                  f"({got.pulled} changes)")
            c.close()
            d.close()
        a.close()
        b.close()
        if not ok:
            print("missed a target")
        return 0 if ok else 1
    finally:
        if srv is not None:
            srv.terminate()
            try:
                srv.wait(10)
            except subprocess.TimeoutExpired:
                srv.kill()
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(tmp, ignore_errors=True)  # the laptops' stores (434 MB at 80,000)


if __name__ == "__main__":
    sys.exit(main())
