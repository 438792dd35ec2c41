"""Sync benchmark against PostgreSQL on loopback, with PostgreSQL's own COPY as the floor.

    .venv/bin/python bench/bench_sync.py [--changes 10000] [--server postgresql://postgres@127.0.0.1:5432]

Creates a throwaway database (dropped at the end), serves keyworker-central with
uvicorn on loopback, and times: one laptop pushing N new records (then pulling
its own echo), a second laptop pulling them all, and a sync with nothing to do.
Beside them: COPY of the same N rows into a table of the same shape.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("KEYWORKER_CENTRAL_ARGON2_KIB", "1024")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import psycopg  # noqa: E402
import uvicorn  # noqa: E402

from keyworker_desktop.domain.ids import uuid7  # noqa: E402
from keyworker_desktop.store import keys  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.store.models import YoungPerson  # noqa: E402
from keyworker_desktop.sync.client import SyncClient  # noqa: E402
from keyworker_desktop.sync.server import accounts  # noqa: E402
from keyworker_desktop.sync.server.app import create_app  # noqa: E402
from keyworker_desktop.sync.server.db import make_engine  # noqa: E402


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
    engine = make_engine(url)
    srv = None
    try:
        app = create_app(engine=engine)
        central = app.state.central

        def users(s: object) -> None:
            accounts.add_user(s, "sam", "keyworker", "bench-password", "north")  # type: ignore[arg-type]
            accounts.add_user(s, "morgan", "senior", "bench-password", "north")  # type: ignore[arg-type]

        central.run(users)
        port = 18000 + os.getpid() % 1000
        srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                            log_level="warning", lifespan="off"))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.01)
        base = f"http://127.0.0.1:{port}"

        a = Store.create(tmp / "a", "correct horse battery", user_name="sam", kdf=keys.TEST_KDF)
        b = Store.create(tmp / "b", "correct horse battery", user_name="morgan",
                         kdf=keys.TEST_KDF)
        with a.transaction() as s:
            s.add_all([YoungPerson(given_name=f"Given{i}", family_name="Family",
                                   interests="trains and swimming") for i in range(n)])
        ca, cb = SyncClient(a, base), SyncClient(b, base)
        ca.register("sam", "bench-password")
        cb.register("morgan", "bench-password")

        rss0 = rss_mib()
        t = time.perf_counter()
        up = ca.sync()
        t_push = time.perf_counter() - t
        t = time.perf_counter()
        down = cb.sync()
        t_pull = time.perf_counter() - t
        rss1 = rss_mib()
        times = []
        for _ in range(20):
            t = time.perf_counter()
            ca.sync()
            times.append(time.perf_counter() - t)
        t_empty = sorted(times)[len(times) // 2]

        # The floor: COPY the same rows into a table shaped like the server's records.
        with a.session() as s:
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
            t_copy = time.perf_counter() - t

        print(f"{n} records pushed (and their echo pulled) : {t_push:6.2f} s  "
              f"({up.pushed} sent, {up.requests} requests)")
        print(f"{n} records pulled by a second laptop     : {t_pull:6.2f} s  "
              f"({down.pulled} received)")
        print(f"push + pull end to end                     : {t_push + t_pull:6.2f} s  "
              f"(target < 5 s)")
        print(f"sync with nothing to do (median of 20)     : {t_empty * 1000:6.1f} ms "
              f"(target < 100 ms)")
        print(f"PostgreSQL COPY of the same {n} rows       : {t_copy:6.2f} s  (floor)")
        print(f"client+server process peak RSS            : {rss0:6.0f} -> {rss1:.0f} MiB")
        if args.caseload:
            from datetime import date

            from keyworker_desktop import settings
            from keyworker_desktop.services.demo import populate_demo

            c = Store.create(tmp / "c", "correct horse battery", user_name="sam",
                             kdf=keys.TEST_KDF)
            d = Store.create(tmp / "d", "correct horse battery", user_name="morgan",
                             kdf=keys.TEST_KDF)
            with c.transaction() as s:
                populate_demo(s, today=date.today(), scale=args.caseload)
                # Generated volume for the benchmark: let it sync, unlike a real demo store.
                settings.put(s, settings.DEMO_CASELOAD, False)
            cc, cd = SyncClient(c, base), SyncClient(d, base)
            cc.register("sam", "bench-password")
            cd.register("morgan", "bench-password")
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
        return 0
    finally:
        if srv is not None:
            srv.should_exit = True
        engine.dispose()
        time.sleep(0.2)
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
