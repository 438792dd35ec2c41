"""Where the caseload's first sync spends its time: bench_pouchdb.py's last row, in parts.

    .venv/bin/python bench/bench_sync_phases.py [--caseload 500] [--records 10000]
                                                [--changed 1000] [--runs 3]
                                                [--server postgresql://postgres@127.0.0.1:5432]

bench_pouchdb.py says whether the caseload's first sync meets its targets (up 3 s, down
2 s); this says where the time goes, so that the next change can be aimed and measured.
The central store (``keyworker-central serve``, its own process) is seeded as there: the
young people and one round of edits. Then, ``--runs`` times each:

- **up**: the caseload's laptop (generated once, copied for each run) syncs for the first
  time, each run against a fresh copy of the seeded database (``CREATE DATABASE ...
  TEMPLATE``): its time sending and receiving; the sync thread's time reading batches and
  acknowledging them (the central store works on the next batch meanwhile); CPU seconds of
  the laptop, of the central store's process and of its PostgreSQL backends (apart: a
  push's Python and its database work take turns, so the two add up to its time);
- **down**: a senior's new laptop pulls everything the last up left: the sync thread's time
  preparing pages (no database), applying them and waiting for the last page's commit (on
  its own thread), the thread's CPU, and the same CPU seconds.

Then the last down's pages are applied again on one thread to a new store with nothing
else running (prepare, apply, commit, and the statements that took longest): the floor of
the down's work as this code does it. Figures are medians, each run's in brackets. The
parts are timed by wrapping the client's functions in this process, which adds a few
microseconds a call; the walls match bench_pouchdb.py's within its run-to-run spread.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import psycopg
from bench_pouchdb import PASSPHRASE, change, fill, stop, young_people
from bench_sync import PASSWORD, serve, start_server
from sqlalchemy import event

import keyworker_desktop.sync.client as client_module
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync import apply
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.writer import PageWriter


@dataclass
class Parts:
    """One sync's figures, seconds: wall, then named parts (``*.cpu``: thread CPU)."""

    wall: float = 0.0
    parts: dict[str, float] = field(default_factory=lambda: collections.defaultdict(float))


class _Probe:
    """Times the sync thread's parts, by wrapping the client's functions while installed
    (see :meth:`installed`), during :meth:`sync`; keeps the pulled pages when asked."""

    # (owner, attribute, part): what each wrapped function's time is counted as.
    PARTS = ((client_module, "prepare_page", "prepare pages"),
             (SyncClient, "_apply_page", "apply pages"),
             (PageWriter, "settle", "wait for commit"),
             (client_module, "read_batch", "read batches"),
             (SyncClient, "_acknowledge", "acknowledge"))

    def __init__(self) -> None:
        self.parts: Parts | None = None
        self.pages: list[list[dict[str, Any]]] | None = None  # the down's, to replay
        self.thread: int | None = None

    def _timed(self, fn: Callable[..., Any], part: str) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            parts = self.parts
            if parts is None or threading.get_ident() != self.thread:
                return fn(*a, **k)
            if part == "prepare pages" and self.pages is not None:
                self.pages.append(a[0])  # not changed by applying it: kept as it is
            t, c = time.perf_counter(), time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                parts.parts[part] += time.perf_counter() - t
                parts.parts[part + ".cpu"] += time.thread_time() - c

        return timed

    @contextmanager
    def installed(self) -> Iterator[None]:
        """The client's functions wrapped, and put back as they were afterwards."""
        saved = [(owner, name, getattr(owner, name)) for owner, name, _part in self.PARTS]
        try:
            for (owner, name, part), (_o, _n, fn) in zip(self.PARTS, saved, strict=True):
                setattr(owner, name, self._timed(fn, part))
            yield
        finally:
            for owner, name, fn in saved:
                setattr(owner, name, fn)

    @contextmanager
    def sync(self, pages: bool = False) -> Iterator[Parts]:
        self.parts, self.thread = Parts(), threading.get_ident()
        self.pages = [] if pages else None
        try:
            yield self.parts
        finally:
            self.parts = None


_PROBE = _Probe()


def _cpu(pid: int | str) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _central_cpu(server_pid: int, database: str) -> tuple[float, float]:
    """CPU seconds of the central store's process, and of its database's backends (0 for
    those not on this machine)."""
    total = 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            if line.startswith("postgres: ") and f" {database} " in line:
                total += _cpu(pid)
        except (OSError, ValueError, IndexError):
            pass
    return _cpu(server_pid), total


def _timed_sync(sync: Callable[..., Any], server_pid: int, database: str,
                pages: bool = False) -> tuple[Parts, Any]:
    marks: dict[str, float] = {}

    def progress(stage: str, _done: int, _total: int) -> None:
        marks.setdefault(stage, time.perf_counter())

    with _PROBE.sync(pages) as parts:
        central0, laptop0 = _central_cpu(server_pid, database), time.process_time()
        t, c = time.perf_counter(), time.thread_time()
        got = sync(progress=progress)
        parts.wall = time.perf_counter() - t
        parts.parts["sync thread cpu"] = time.thread_time() - c
        parts.parts["laptop cpu"] = time.process_time() - laptop0
        process, backends = _central_cpu(server_pid, database)
        parts.parts["central store cpu"] = process - central0[0]
        parts.parts["postgresql cpu"] = backends - central0[1]
        if "sending" in marks and "receiving" in marks:
            parts.parts["sending"] = marks["receiving"] - marks["sending"]
            parts.parts["receiving"] = t + parts.wall - marks["receiving"]
    return parts, got


@dataclass
class Result:
    up: list[Parts]
    down: list[Parts]
    replay: dict[str, float]
    statements: list[tuple[str, float, int]]
    moved: tuple[int, int, int]  # changes sent up, pulled up, pulled down (the last run's)


def _admin(server: str, sql: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def run_phases(server: str, records: int, changed: int, caseload: int, runs: int,
               workdir: Path) -> Result:
    """Seed, then ``runs`` ups and downs and a replay (see the module's text)."""
    with _PROBE.installed():
        return _run_phases(server, records, changed, caseload, runs, workdir)


def _run_phases(server: str, records: int, changed: int, caseload: int, runs: int,
                workdir: Path) -> Result:
    names = ["kw_phases_" + uuid7().replace("-", "")[:16] for _ in range(runs + 1)]
    base, port = names[0], 16000 + os.getpid() % 1000
    _admin(server, f'CREATE DATABASE "{base}"')
    try:
        srv = start_server(f"{server}/{base}", port)
        try:
            seed = Store.create(workdir / "seed", PASSPHRASE, user_name="sam", kdf=keys.TEST_KDF)
            people = young_people(records)
            fill(seed, people)
            cs = SyncClient(seed, f"http://127.0.0.1:{port}")
            cs.register("sam", PASSWORD)
            cs.sync()
            change(seed, [r["id"] for r in people[:changed]])
            cs.sync()
            seed.close()
        finally:
            stop(srv)  # a database copied as a template may have no one connected
        laptop = Store.create(workdir / "caseload", PASSPHRASE, user_name="sam",
                              kdf=keys.TEST_KDF)
        with laptop.transaction() as s:
            populate_demo(s, today=date.today(), scale=caseload)
            settings.put(s, settings.DEMO_CASELOAD, False)  # generated volume: it syncs
        laptop.close()
        ups: list[Parts] = []
        downs: list[Parts] = []
        pages: list[list[dict[str, Any]]] = []
        moved = (0, 0, 0)
        for run, name in enumerate(names[1:]):
            _admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{base}"')
            srv = serve(f"{server}/{name}", port, stdout=subprocess.DEVNULL)
            try:
                shutil.copytree(workdir / "caseload", workdir / f"up{run}")
                up_store = Store.open(workdir / f"up{run}", PASSPHRASE, daily_backup=False)
                cu = SyncClient(up_store, f"http://127.0.0.1:{port}")
                cu.register("sam", PASSWORD)
                parts, up = _timed_sync(cu.sync, srv.pid, name)
                ups.append(parts)
                up_store.close()
                down_store = Store.create(workdir / f"down{run}", PASSPHRASE,
                                          user_name="morgan", kdf=keys.TEST_KDF)
                cd = SyncClient(down_store, f"http://127.0.0.1:{port}")
                cd.register("morgan", PASSWORD)
                last = run == runs - 1
                parts, down = _timed_sync(cd.sync, srv.pid, name, pages=last)
                downs.append(parts)
                if last:
                    pages, moved = _PROBE.pages or [], (up.pushed, up.pulled, down.pulled)
                down_store.close()
            finally:
                stop(srv)
                _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        replay, statements = _replay(pages, workdir / "replay")
        return Result(ups, downs, replay, statements, moved)
    finally:
        for name in names:
            _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _replay(pages: list[list[dict[str, Any]]], path: Path) -> tuple[
        dict[str, float], list[tuple[str, float, int]]]:
    """The pages applied on one thread to a new store: each part's seconds, and the
    statements that took longest (text, seconds, times run)."""
    store = Store.create(path, PASSPHRASE, user_name="morgan", kdf=keys.TEST_KDF)
    spent: collections.Counter[str] = collections.Counter()
    count: collections.Counter[str] = collections.Counter()

    @event.listens_for(store.engine, "before_cursor_execute")
    def _before(conn: Any, *_a: Any) -> None:
        conn.info["kw_bench_t"] = time.perf_counter()

    @event.listens_for(store.engine, "after_cursor_execute")
    def _after(conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        key = re.sub(r"\s+", " ", statement).strip()[:60]
        spent[key] += time.perf_counter() - conn.info.pop("kw_bench_t", time.perf_counter())
        count[key] += 1

    parts = {"prepare": 0.0, "apply": 0.0, "commit": 0.0}
    summary = SyncSummary()
    start = time.perf_counter()
    # As SyncClient.sync runs a pull: no cyclic collection (each page's own would collect
    # after it, walking everything the pages before it left, which the sync never does).
    with apply.no_cycle_collection():
        for page in pages:
            t = time.perf_counter()
            prepared = apply.prepare_page(page, device=store.device_id)
            parts["prepare"] += time.perf_counter() - t
            with store.transaction(redoable=True) as s:
                t = time.perf_counter()
                apply.apply_page(s, page, device=store.device_id, clock=store.clock,
                                 summary=summary, prepared=prepared)
                parts["apply"] += time.perf_counter() - t
                t = time.perf_counter()
            parts["commit"] += time.perf_counter() - t
    parts["all"] = time.perf_counter() - start
    store.close()
    return parts, [(k, v, count[k]) for k, v in spent.most_common(8)]


# -- the tables -----------------------------------------------------------------------
# Parts in the order a sync goes through them; each with its time and the sync thread's CPU.
_ORDER = ("sending", "read batches", "acknowledge", "receiving", "prepare pages",
          "apply pages", "wait for commit")


def _row(label: str, values: list[float], cpu: list[float] | None = None) -> str:
    each = "/".join(f"{v:.2f}" for v in values)
    used = f"{statistics.median(cpu):9.2f}" if cpu else " " * 9
    return f"  {label:22} {statistics.median(values):8.2f}{used}   {each}"


def report(result: Result) -> str:
    """The figures as tables: medians, then each run's seconds."""
    out: list[str] = []
    sent, up_pulled, down_pulled = result.moved
    for title, runs in ((f"up: {sent:,} changes sent, {up_pulled:,} pulled", result.up),
                        (f"down: {down_pulled:,} changes pulled", result.down)):
        out.append(f"{title}\n  {'part (seconds)':22} {'median':>8} {'its CPU':>8}   each run")
        out.append(_row("the whole sync", [p.wall for p in runs],
                        [p.parts["sync thread cpu"] for p in runs]))
        for name in _ORDER:
            if any(name in p.parts for p in runs):
                cpu = [p.parts.get(name + ".cpu", 0.0) for p in runs]
                out.append(_row(name, [p.parts.get(name, 0.0) for p in runs],
                                cpu if any(name + ".cpu" in p.parts for p in runs) else None))
        out.append(_row("CPU: laptop process", [p.parts["laptop cpu"] for p in runs]))
        out.append(_row("CPU: central store", [p.parts["central store cpu"] for p in runs]))
        out.append(_row("CPU: its PostgreSQL", [p.parts["postgresql cpu"] for p in runs]))
    out.append("down's pages applied again on one thread, nothing else running (seconds)")
    out.extend(f"  {name:22} {seconds:8.2f}" for name, seconds in result.replay.items())
    out.append("  longest statements there:")
    out.extend(f"    {seconds * 1000:7.1f} ms {times:5,}x  {text_}"
               for text_, seconds, times in result.statements)
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--changed", type=int, default=1_000)
    ap.add_argument("--caseload", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--server", default=os.environ.get(
        "KEYWORKER_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432"))
    args = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kw-bench-phases-"))
    try:
        result = run_phases(args.server, args.records, args.changed, args.caseload,
                            args.runs, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(report(result))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except httpx.HTTPError as exc:
        raise SystemExit(f"the central store stopped answering: {exc}") from None
