"""A fleet of laptops syncing at once with one central store on PostgreSQL.

    .venv/bin/python bench/bench_fleet.py [--laptops 20,50] [--caseload 10] [--edits 3]
                                          [--mode processes|threads]
                                          [--server postgresql://postgres@127.0.0.1:5432]

The central store runs as ``keyworker-central serve`` (uvicorn) in its own process, on
a throwaway database (dropped at the end) of the PostgreSQL server given by
``--server``, ``KEYWORKER_BENCH_POSTGRES`` or ``KEYWORKER_TEST_DATABASE_URL``; when none
answers, a throwaway cluster is started with the installed binaries. For each fleet size
N: N keyworker accounts in teams of ten (each team with a senior and a manager), each
with a laptop holding a generated caseload (``demo --scale``: young people with visits,
notes, checklists, meetings, a network; plus the shared staff and professionals each
generation makes). Then, all laptops at once:

- first sync: push the whole caseload, pull what the others pushed so far;
- incremental sync: after each laptop edits a few records;
- sync with nothing to do.

Each laptop is its own process (``--mode processes``, the default: the client spends
much of a sync in Python, so threads in one process would measure the GIL), started
before the timing and kept open between rounds, as the app is. Per round: p50, p95 and
max of the laptops' sync times and the round's wall time, beside a baseline measured in
the same run: one laptop with the same caseload doing the same three syncs alone.

Then it checks that every laptop holds exactly its own young people with nothing left
to send, that no change was rejected and that no request answered 5xx (or failed).
Exits 1 when a check fails.
"""

from __future__ import annotations

import os

# Cheap password hashing for the benchmark's accounts (read when accounts are imported).
os.environ.setdefault("KEYWORKER_CENTRAL_ARGON2_KIB", "1024")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import argparse  # noqa: E402
import glob  # noqa: E402
import math  # noqa: E402
import multiprocessing  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date  # noqa: E402
from multiprocessing.connection import Connection  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import psycopg  # noqa: E402

from keyworker_desktop.domain.ids import uuid7  # noqa: E402
from keyworker_desktop.store import keys, settings  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.store.models import Visit, YoungPerson  # noqa: E402
from keyworker_desktop.sync.client import SyncClient, SyncError  # noqa: E402
from keyworker_desktop.sync.transport import http_limits  # noqa: E402

PASSWORD = "fleet-password"
PASSPHRASE = "correct horse battery"
TEAM_SIZE = 10
ROUNDS = ("first", "incremental", "no-op")


# -- one laptop ---------------------------------------------------------------------
class Laptop:
    """One keyworker's laptop: an encrypted store with a generated caseload, registered."""

    def __init__(self, root: Path, user: str, base_url: str, caseload: int, seed: int) -> None:
        self.root, self.user, self.base_url = root, user, base_url
        self.caseload, self.seed = caseload, seed
        self.statuses: dict[int, int] = {}
        self.store: Store | None = None
        self.http: httpx.Client | None = None
        self.client: SyncClient | None = None
        self.own: list[str] = []
        self.in_process = True  # the only laptop in its process

    def _count(self, response: httpx.Response) -> None:
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1

    def setup(self) -> dict[str, Any]:
        from keyworker_desktop.services.demo import populate_demo

        store = self.store = Store.create(self.root, PASSPHRASE, user_name=self.user,
                                          kdf=keys.TEST_KDF)
        with store.transaction() as s:
            populate_demo(s, today=date.today(), scale=self.caseload, seed=self.seed)
            # Generated volume for the benchmark: let it sync, unlike a real demo store.
            settings.put(s, settings.DEMO_CASELOAD, False)
        with store.session() as s:
            self.own = sorted(s.scalars(YoungPerson.__table__.select()
                                        .with_only_columns(YoungPerson.id)))
        # The sync client's own limits (idle connections let go before the central store
        # closes them), with a hook counting the requests.
        self.http = httpx.Client(timeout=120.0, limits=http_limits(),
                                 event_hooks={"response": [self._count]})
        self.client = SyncClient(store, self.base_url, http=self.http)
        self.client.register(self.user, PASSWORD)
        return {"young_people": self.own, "pending": self.client.pending_count()}

    def sync(self) -> dict[str, Any]:
        assert self.client is not None
        t, cpu = time.perf_counter(), self.cpu()
        error = ""
        pushed = pulled = requests = 0
        rejected: list[str] = []
        try:
            out = self.client.sync()
            pushed, pulled, requests = out.pushed, out.pulled, out.requests
            rejected = [f"{r.entity}: {r.message}" for r in out.rejected]
        except SyncError as exc:
            error = f"{type(exc).__name__}: {exc}"
            if exc.__context__ is not None:  # what it says to the user hides what happened
                error += f" ({type(exc.__context__).__name__})"
        return {"seconds": time.perf_counter() - t, "cpu": self.cpu() - cpu,
                "pushed": pushed, "pulled": pulled,
                "requests": requests, "rejected": rejected, "error": error}

    def cpu(self) -> float:
        """CPU seconds of this laptop: its process's, or its thread's among threads."""
        return time.process_time() if self.in_process else time.thread_time()

    def edit(self, n: int) -> int:
        """Change ``n`` young people's own words and ``n`` visits' travel times."""
        assert self.store is not None
        with self.store.transaction() as s:
            people = s.query(YoungPerson).order_by(YoungPerson.id).limit(n).all()
            for yp in people:
                yp.what_matters = f"{yp.what_matters} Edited on the fleet's laptop."
            visits = s.query(Visit).order_by(Visit.id).limit(n).all()
            for v in visits:
                v.travel_minutes = (v.travel_minutes or 0) + 5
        return len(people) + len(visits)

    def check(self) -> dict[str, Any]:
        assert self.store is not None and self.client is not None
        with self.store.session() as s:
            held = sorted(s.scalars(YoungPerson.__table__.select()
                                    .with_only_columns(YoungPerson.id)
                                    .where(YoungPerson.deleted_at.is_(None))))
        return {"held": held, "own": self.own, "pending": self.client.pending_count(),
                "statuses": dict(self.statuses)}

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.http is not None:
            self.http.close()
        if self.store is not None:
            self.store.close()


def _laptop_process(conn: Connection, root: Path, user: str, base: str, caseload: int,
                    seed: int) -> None:
    """A laptop in its own process, doing what the main process says, one thing at a time."""
    laptop = Laptop(root, user, base, caseload, seed)
    try:
        while True:
            cmd, arg = conn.recv()
            if cmd == "quit":
                break
            try:
                if cmd == "setup":
                    conn.send(laptop.setup())
                elif cmd == "sync":
                    conn.send(laptop.sync())
                elif cmd == "edit":
                    conn.send(laptop.edit(int(arg)))
                else:
                    conn.send(laptop.check())
            except Exception as exc:  # said to the main process, which fails the run
                conn.send({"crash": f"{type(exc).__name__}: {exc}"})
    finally:
        laptop.close()
        conn.close()


class Fleet:
    """N laptops driven together: each in its own process, or each in a thread of this one."""

    def __init__(self, root: Path, users: list[str], base: str, caseload: int,
                 mode: str) -> None:
        self.mode = mode
        self.procs: list[multiprocessing.process.BaseProcess] = []
        self.conns: list[Connection] = []
        self.laptops: list[Laptop] = []
        if mode == "processes":
            ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
            for i, user in enumerate(users):
                ours, theirs = ctx.Pipe()
                p = ctx.Process(target=_laptop_process, daemon=True, args=(
                    theirs, root / user, user, base, caseload, i + 1))
                p.start()
                theirs.close()
                self.procs.append(p)
                self.conns.append(ours)
        else:
            self.laptops = [Laptop(root / user, user, base, caseload, i + 1)
                            for i, user in enumerate(users)]
            for laptop in self.laptops:
                laptop.in_process = False
            self.pool = ThreadPoolExecutor(max_workers=len(users))

    def all(self, cmd: str, arg: Any = None) -> tuple[list[Any], float]:
        """Every laptop does ``cmd`` at once; (their answers, wall time)."""
        t = time.perf_counter()
        if self.mode == "processes":
            for c in self.conns:
                c.send((cmd, arg))
            out = [c.recv() for c in self.conns]
        elif cmd == "setup":
            # Not timed, and one at a time: creating a store runs Alembic, whose context is
            # global to the process.
            out = [laptop.setup() for laptop in self.laptops]
        else:
            gate = threading.Barrier(len(self.laptops))

            def one(laptop: Laptop) -> Any:
                gate.wait()
                if cmd == "edit":
                    return laptop.edit(int(arg))
                fn: Callable[[], Any] = getattr(laptop, cmd)
                return fn()

            out = list(self.pool.map(one, self.laptops))
        crashed = [o["crash"] for o in out if isinstance(o, dict) and "crash" in o]
        if crashed:
            raise RuntimeError(f"{len(crashed)} laptop(s) failed to {cmd}: {crashed[0]}")
        return out, time.perf_counter() - t

    def close(self) -> None:
        if self.mode == "processes":
            for c in self.conns:
                try:
                    c.send(("quit", None))
                except OSError:
                    pass
            for p in self.procs:
                p.join(30)
                if p.is_alive():
                    p.kill()
                    p.join()
            for c in self.conns:
                c.close()
        else:
            self.pool.shutdown()
            for laptop in self.laptops:
                laptop.close()


# -- the central store --------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(server: str) -> bool:
    try:
        with psycopg.connect(f"{server}/postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        return False


@contextmanager
def postgres(server: str | None) -> Iterator[str]:
    """A PostgreSQL server URL (no database): ``server`` if it answers, else a throwaway
    cluster made with the installed binaries (as the ``postgres`` user when run as root)."""
    if server and _answers(server):
        yield server
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("no PostgreSQL answers and its binaries are missing: give --server")
    bindir = Path(found[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="kw-fleet-pg-"))
    data, port = root / "data", free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        os.chmod(root, 0o700)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-sync"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o",
                    f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200",
                    "-l", str(root / "log"), "-w", "start"], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Central:
    url: str  # of the API
    proc: subprocess.Popen[bytes]
    log: Path


def _add_accounts(database_url: str, keyworkers: list[str]) -> None:
    """Keyworkers in teams of ten, a senior and a manager in each team, as ``add-user``
    makes them (the account and its staff record)."""
    from keyworker_desktop.sync.server import accounts, allocations
    from keyworker_desktop.sync.server.app import create_app
    from keyworker_desktop.sync.server.db import make_engine

    engine = make_engine(database_url)
    try:
        central = create_app(engine=engine, migrate=True).state.central

        def work(s: Any) -> None:
            teams = [f"team-{i // TEAM_SIZE + 1}" for i in range(len(keyworkers))]
            for team in sorted(set(teams)):
                for role in ("senior", "manager"):
                    name = f"{role}-{team}"
                    accounts.add_user(s, name, role, PASSWORD, team)
                    allocations.ensure_staff(s, name)
            for name, team in zip(keyworkers, teams, strict=True):
                accounts.add_user(s, name, "keyworker", PASSWORD, team)
                allocations.ensure_staff(s, name)

        central.run(work)
    finally:
        engine.dispose()


@contextmanager
def central_store(database_url: str, keyworkers: list[str], workdir: Path) -> Iterator[Central]:
    """``keyworker-central serve`` on loopback, in its own process, with the accounts."""
    _add_accounts(database_url, keyworkers)
    port = free_port()
    log = workdir / f"central-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "keyworker_desktop.sync.server.cli", "--database-url",
             database_url, "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/v1/status", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the central store did not start: " + log.read_text()[-2000:])
            time.sleep(0.1)
        yield Central(url, proc, log)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def throwaway_database(server: str) -> Iterator[str]:
    name = "kw_fleet_" + uuid7().replace("-", "")[:16]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- one run ------------------------------------------------------------------------
def cpu_seconds(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes have used so far (0 where unknown)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.0


def machine_busy() -> float:
    """CPU seconds this machine has spent busy (all processes, all CPUs), 0 where unknown."""
    try:
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class LockWatch:
    """Samples, while a round runs, how many of the central store's connections wait on
    its push lock (the advisory lock that serialises pushes) and how many are busy."""

    QUERY = ("SELECT count(*) FILTER (WHERE wait_event_type = 'Lock' "
             "AND wait_event = 'advisory'), count(*) FILTER (WHERE state = 'active' "
             "AND wait_event_type IS DISTINCT FROM 'Lock'), "
             "count(*) FILTER (WHERE state = 'idle in transaction') "
             "FROM pg_stat_activity WHERE datname = current_database() "
             "AND pid <> pg_backend_pid()")

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.samples: list[tuple[int, int, int]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> LockWatch:
        if self.url.startswith(("postgresql://", "postgres://")):
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self._stop.wait(0.1):
                row = conn.execute(self.QUERY).fetchone()
                if row is not None:
                    self.samples.append((int(row[0]), int(row[1]), int(row[2])))

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def summary(self) -> tuple[float, int, float, float]:
        """Means of the connections waiting on the push lock, running a query and in a
        transaction between queries (the server's Python at work), and the most waiting."""
        if not self.samples:
            return 0.0, 0, 0.0, 0.0
        waiting = [w for w, _, _ in self.samples]
        return (statistics.fmean(waiting), max(waiting),
                statistics.fmean(b for _, b, _ in self.samples),
                statistics.fmean(i for _, _, i in self.samples))


@dataclass
class Round:
    name: str
    times: list[float]
    wall: float
    laptop_cpu: float = 0.0  # CPU seconds, all laptops
    server_cpu: float = 0.0  # the central store's process
    machine_cpu: float = 0.0  # every process on this machine (other users' too)
    # LockWatch.summary(), PostgreSQL only: (waiting on the push lock, its max, running
    # a query, idle in a transaction)
    lock: tuple[float, int, float, float] = (0.0, 0, 0.0, 0.0)

    def pct(self, q: float) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]  # rank

    @property
    def p50(self) -> float:
        return statistics.median(self.times)


@dataclass
class FleetResult:
    laptops: int
    caseload: int
    mode: str
    rounds: dict[str, Round] = field(default_factory=dict)
    solo: dict[str, float] = field(default_factory=dict)  # the baseline, by round
    changes_up: int = 0  # pushed in the first round, all laptops
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _problems(answers: list[dict[str, Any]], what: str) -> list[str]:
    out = []
    for a in answers:
        if a["error"]:
            out.append(f"{what}: a sync failed: {a['error']}")
        out.extend(f"{what}: rejected {r}" for r in a["rejected"])
    return out


def run_fleet(database_url: str, laptops: int, caseload: int = 10, edits: int = 3,
              mode: str = "processes", workdir: Path | None = None) -> FleetResult:
    """One fleet of ``laptops`` against a fresh central store on ``database_url`` (empty:
    PostgreSQL or SQLite), with the solo baseline first."""
    tmp = Path(tempfile.mkdtemp(prefix="kw-fleet-", dir=workdir))
    users = [f"kw{i:03d}" for i in range(1, laptops + 1)]
    result = FleetResult(laptops, caseload, mode)
    try:
        with central_store(database_url, [*users, "solo"], tmp) as central:
            # The baseline: one laptop, the same caseload, the same three syncs, alone.
            solo = Laptop(tmp / "solo", "solo", central.url, caseload, 0)
            try:
                solo.setup()
                for name in ROUNDS:
                    if name == "incremental":
                        solo.edit(edits)
                    got = solo.sync()
                    result.problems += _problems([got], f"solo {name}")
                    result.solo[name] = got["seconds"]
            finally:
                solo.close()
            fleet = Fleet(tmp, users, central.url, caseload, mode)
            try:
                ready, _ = fleet.all("setup")
                for name in ROUNDS:
                    edited = fleet.all("edit", edits)[0] if name == "incremental" else None
                    before = cpu_seconds([central.proc.pid]), machine_busy()
                    with LockWatch(database_url) as watch:
                        answers, wall = fleet.all("sync")
                    result.rounds[name] = Round(
                        name, [a["seconds"] for a in answers], wall,
                        sum(a["cpu"] for a in answers),
                        cpu_seconds([central.proc.pid]) - before[0], machine_busy() - before[1],
                        watch.summary())
                    result.problems += _problems(answers, name)
                    if edited and any(a["pushed"] < e for a, e in zip(answers, edited,
                                                                       strict=True)):
                        result.problems.append("a laptop's edits were not all sent")
                    if name == "first":
                        result.changes_up = sum(a["pushed"] for a in answers)
                checks, _ = fleet.all("check")
            finally:
                fleet.close()
            for user, first, got in zip(users, ready, checks, strict=True):
                if got["held"] != sorted(first["young_people"]):
                    result.problems.append(
                        f"{user} holds {len(got['held'])} young people, not exactly its "
                        f"{len(first['young_people'])}")
                if got["pending"]:
                    result.problems.append(f"{user} still has {got['pending']} to send")
                bad = {k: v for k, v in got["statuses"].items() if k >= 500}
                if bad:
                    result.problems.append(f"{user} was answered {bad}")
            if central.proc.poll() is not None:
                result.problems.append("the central store stopped")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result


def report(r: FleetResult) -> None:
    print(f"\n{r.laptops} laptops x {r.caseload} young people each ({r.mode}; "
          f"{r.changes_up} changes pushed in the first round)")
    print(f"  {'round':<12}{'p50':>8}{'p95':>8}{'max':>8}{'wall':>8}   "
          f"{'solo':>7}  p50/solo  p95/solo")
    for name, rd in r.rounds.items():
        solo = r.solo[name]
        print(f"  {name:<12}{rd.p50:7.2f}s{rd.pct(0.95):7.2f}s{max(rd.times):7.2f}s"
              f"{rd.wall:7.2f}s   {solo:6.2f}s  {rd.p50 / solo:7.1f}x  "
              f"{rd.pct(0.95) / solo:7.1f}x")
    print("  CPU seconds (laptops / central store / whole machine of "
          f"{os.cpu_count()} x wall): " + ", ".join(
              f"{n} {rd.laptop_cpu:.1f} / {rd.server_cpu:.1f} / {rd.machine_cpu:.1f} of "
              f"{(os.cpu_count() or 1) * rd.wall:.1f}" for n, rd in r.rounds.items()))
    if any(rd.lock[2] or rd.lock[3] for rd in r.rounds.values()):
        print("  central store's connections, mean: waiting on the push lock (max) / running "
              "a query / in a transaction between queries: " + ", ".join(
                  f"{n} {rd.lock[0]:.1f} ({rd.lock[1]}) / {rd.lock[2]:.1f} / {rd.lock[3]:.1f}"
                  for n, rd in r.rounds.items()))
    print("  checks: " + ("every laptop holds exactly its caseload, nothing left to send, "
                          "no rejected change, no 5xx" if r.ok else
                          f"{len(r.problems)} FAILED: " + "; ".join(r.problems[:5])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--laptops", default="20,50", help="fleet sizes, comma-separated")
    ap.add_argument("--caseload", type=int, default=10, help="young people per laptop")
    ap.add_argument("--edits", type=int, default=3,
                    help="young people and visits each laptop edits before the second round")
    ap.add_argument("--mode", choices=("processes", "threads"), default="processes")
    ap.add_argument("--server", default=os.environ.get("KEYWORKER_BENCH_POSTGRES") or (
        os.environ.get("KEYWORKER_TEST_DATABASE_URL", "").rsplit("/", 1)[0]
        or "postgresql://postgres@127.0.0.1:5432"),
        help="a PostgreSQL server URL (no database) where databases may be created")
    args = ap.parse_args()
    sizes = [int(n) for n in args.laptops.split(",") if n.strip()]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (shared: figures are pessimistic when it is high)")
    results = []
    with postgres(args.server) as server:
        for n in sizes:
            with throwaway_database(server) as url:
                results.append(run_fleet(url, n, args.caseload, args.edits, args.mode))
            report(results[-1])
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
