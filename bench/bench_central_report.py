"""The central store's report on PostgreSQL over 5,000 young people and three years of history.

    .venv/bin/python bench/bench_central_report.py [--scale 5000] [--runs 5]
        [--server postgresql://postgres@127.0.0.1:5432]

The records are the laptop store of ``bench_reports.py`` (``demo --scale N`` plus a
quarterly rating for three years before each young person's own: about 17 ratings each),
copied into the central ``records`` table as a push leaves them (each record's current
fields as JSON), in a database of their own on the server (kept between runs, named from
the same digest as the laptop store). Half the young people are allocated to a team's user
for the ``--team`` figure. Measures, as the median of ``--runs``:

* ``quarter``: ``keyworker-central report`` for the last three months, whole organisation;
* ``three_years``: the same for three years;
* ``team_quarter``: the last three months, one team (half the young people);
* ``api_quarter``: ``GET /v1/report`` for the last three months, suppressed, through the app
  (authentication, the report, the audit row, the typed JSON answer);

each printed with its ratio to a baseline measured in the same run: reading every rating
record once (young person, rating, date) from the ``records`` table into Python, the least
any report of the register must do there. Target: each under 1 s. It also checks that the
central figures for the quarter are the laptop's own for the same records.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("KEYWORKER_CENTRAL_ARGON2_KIB", "64")

import psycopg  # noqa: E402
from bench_reports import PASS, TARGET_MS, TODAY, build, cache_root, median_ms  # noqa: E402
from sqlalchemy import Table, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from keyworker_desktop.services.reports import service_report  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.store.models import synced_models  # noqa: E402
from keyworker_desktop.store.stamping import META_FIELDS, json_fields  # noqa: E402
from keyworker_desktop.sync.server import accounts  # noqa: E402
from keyworker_desktop.sync.server.app import create_app  # noqa: E402
from keyworker_desktop.sync.server.db import bulk_insert, make_engine, upgrade  # noqa: E402
from keyworker_desktop.sync.server.models import Allocation, Record  # noqa: E402
from keyworker_desktop.sync.server.reports import central_report  # noqa: E402

# What both reports count the same way (caseloads: the central one names no keyworker).
SAME = ("young_people", "open_at_end", "rag_at_end", "referrals", "accepted", "declined",
        "median_days_referral_to_allocation", "allocations_measured", "inpatients_at_end",
        "closed", "consents_withdrawn", "cetrs_held", "cetr_actions",
        "actions_overdue_over_time", "escalations", "budget", "goals")


def copy_records(store: Store, central: Session) -> tuple[int, list[str]]:
    """Every synced record of the laptop into ``records``; (rows, young person ids)."""
    table: Table = Record.__table__  # type: ignore[assignment]
    total, people = 0, []
    with store.session() as s:
        for name, model in sorted(synced_models().items()):
            rows = []
            for row in s.execute(select(model.__table__)).mappings():  # type: ignore[attr-defined]
                fields = json_fields({k: v for k, v in row.items() if k not in META_FIELDS})
                yp = row["id"] if name == "young_person" else row.get("young_person_id")
                rows.append({"entity": name, "id": row["id"], "young_person_id": yp,
                             "fields": fields, "meta": {}, "version": 1, "hlc": "",
                             "deleted": fields.get("deleted_at") is not None})
            if name == "young_person":
                people = [r["id"] for r in rows]
            bulk_insert(central, table, rows)
            total += len(rows)
    return total, people


def central_database(server: str, scale: int) -> str:
    """The bench's own database on ``server`` (created, filled and analysed once)."""
    root = cache_root(scale)
    name = f"kw_bench_central_{root.name.replace('-', '_')}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            engine = make_engine(f"{server}/{name}")
            try:  # one kept from an earlier version upgrades in place, as a store would
                upgrade(engine)
            finally:
                engine.dispose()
            return f"{server}/{name}"
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{server}/{name}"
    build(root, scale)
    engine = make_engine(url)
    t = time.perf_counter()
    try:
        upgrade(engine)
        store = Store.open(root, PASS, daily_backup=False)
        try:
            with Session(engine) as s, s.begin():
                rows, people = copy_records(store, s)
                accounts.add_user(s, "bench-manager", "manager", "a bench password", "north")
                keyworker = accounts.add_user(s, "bench-keyworker", "keyworker",
                                              "a bench password", "north")
                s.flush()
                s.add_all(Allocation(young_person_id=yp, user_id=keyworker.id)
                          for yp in people[::2])
        finally:
            store.close()
        with engine.begin() as conn:  # committed: ANALYZE in a rolled-back one is undone
            conn.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()
    print(f"  copied {rows} records into {name} in {time.perf_counter() - t:.1f} s",
          file=sys.stderr)
    return url


def api_call(app: Any, query: str, token: str) -> int:
    """One ``GET /v1/report`` through the ASGI app; the status."""
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": "/v1/report",
             "raw_path": b"/v1/report", "root_path": "", "query_string": query.encode(),
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8765),
             "headers": [(b"authorization", f"Bearer {token}".encode())]}
    asyncio.run(app(scope, receive, send))
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", default=os.environ.get(
        "KEYWORKER_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432"),
        help="a PostgreSQL server URL (no database) whose user may create databases")
    args = parser.parse_args()
    url = central_database(args.server.rstrip("/"), args.scale)
    quarter = (TODAY - timedelta(days=91), TODAY)
    years = (TODAY - timedelta(days=3 * 365), TODAY)
    store = Store.open(cache_root(args.scale), PASS, daily_backup=False)
    try:
        with store.session() as s:
            local = service_report(s, *quarter, TODAY).as_dict()
    finally:
        store.close()
    engine = make_engine(url)
    app = create_app(engine=engine, migrate=False)
    try:
        token = app.state.central.run(lambda s: accounts.register_device(
            s, "bench-manager", "a bench password", "bench", "")[0])
        query = (f"from={quarter[0].isoformat()}&to={quarter[1].isoformat()}"
                 "&suppress=true")
        assert api_call(app, query, token) == 200
        with Session(engine) as s:
            rag = Record.fields["rating"].as_string()
            ratings = int(s.scalar(select(func.count()).where(
                Record.entity == "rag_rating")) or 0)
            baseline = median_ms(lambda: s.execute(select(
                Record.young_person_id, rag, Record.fields["rated_on"].as_string())
                .where(Record.entity == "rag_rating")).all(), args.runs)
            got = central_report(s, *quarter, TODAY)
            same = [k for k in SAME if got[k] == local[k]]
            figures = {
                "quarter": median_ms(lambda: central_report(s, *quarter, TODAY), args.runs),
                "three_years": median_ms(lambda: central_report(s, *years, TODAY),
                                         args.runs),
                "team_quarter": median_ms(lambda: central_report(s, *quarter, TODAY, "north"),
                                          args.runs),
            }
            s.rollback()
        figures["api_quarter"] = median_ms(lambda: api_call(app, query, token), args.runs)
    finally:
        engine.dispose()
    print(f"Central report on PostgreSQL at {args.scale} young people, {ratings} ratings "
          "(median ms)")
    print(f"{'baseline':14} {baseline:9.1f}  (read every rating record once)")
    print(f"{'figure':14} {'ms':>9} {'ratio':>7} {'target':>8}  verdict")
    ok = len(same) == len(SAME)
    for name, ms in figures.items():
        good = ms < TARGET_MS
        ok &= good
        print(f"{name:14} {ms:9.1f} {ms / baseline:7.2f} {f'<{TARGET_MS:g}':>8}  "
              f"{'ok' if good else 'MISSED'}")
    print(f"same figures as the laptop for the quarter: {len(same)} of {len(SAME)}"
          + ("" if len(same) == len(SAME) else
             f" (differ: {', '.join(k for k in SAME if k not in same)})"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
