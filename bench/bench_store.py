"""Store benchmarks: SQLCipher against plain SQLite with the same schema, in one run.

    .venv/bin/python bench/bench_store.py [--scale 5000]

Builds (once, cached under the system temp folder) two stores filled by
``demo --scale N`` with the same seed, then measures on each: open to first query
(the KDF reported separately), the caseload query, full-text search, and saving a
session note with its change-log and audit rows; prints each figure, the target and
the encrypted/plain ratio (target at most 1.3). Peak memory is measured for the
``keyworker list young-people`` command on the encrypted store.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from keyworker_desktop.services.caseload import caseload_rows
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.services.recording import save_note_draft
from keyworker_desktop.services.search import search
from keyworker_desktop.store import keys, migrate
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.store.sqlcipher import make_engine, verify_database

PASS = "bench horse battery"
TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0)


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def build(root: Path, encrypted: bool, scale: int) -> None:
    if (root / "ready").exists():
        return
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    if encrypted:
        store = Store.create(root, PASS, user_name="Bench")
    else:
        root.mkdir(parents=True)
        (root / "keyworker.db").touch()  # opening never creates a database file
        engine = make_engine(root / "keyworker.db", None)
        migrate.upgrade(engine)
        store = Store(StorePaths(root), b"plain", engine)
    t = time.perf_counter()
    with store.transaction() as s:
        populate_demo(s, today=TODAY, scale=scale, seed=7)
    print(f"  built {'encrypted' if encrypted else 'plain'} store of {scale} in "
          f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    store.close()
    (root / "ready").write_text("ok")


def open_store(root: Path, encrypted: bool) -> tuple[Store, float, float]:
    """Returns the store, KDF ms, and open-to-first-query ms (excluding the KDF)."""
    paths = StorePaths(root)
    kdf_ms = 0.0
    if encrypted:
        t = time.perf_counter()
        data_key: bytes | None = keys.unwrap(keys.read_key_file(paths.key), PASS)
        kdf_ms = (time.perf_counter() - t) * 1000
    else:
        data_key = None
    migrate.head()  # load Alembic's scripts first: both sides pay the same for it
    t = time.perf_counter()
    if data_key is not None:
        store = Store.open_with_key(paths, data_key, daily_backup=False)
    else:
        # The same steps as open_with_key, on plain SQLite.
        verify_database(paths.db, None)
        engine = make_engine(paths.db, None)
        migrate.needs_upgrade(engine)
        store = Store(paths, b"plain", engine)
    with store.session() as s:
        s.scalar(select(YoungPerson.id).limit(1))
    return store, kdf_ms, (time.perf_counter() - t) * 1000


def measure(root: Path, encrypted: bool) -> dict[str, float]:
    # Median of several opens: the first in a process also pays one-off ORM set-up.
    opens = []
    for _ in range(5):
        store, kdf_ms, open_ms = open_store(root, encrypted)
        opens.append((open_ms, kdf_ms))
        store.close()
    store, kdf_ms, open_ms = open_store(root, encrypted)
    opens.append((open_ms, kdf_ms))
    out = {"kdf": statistics.median(k for _, k in opens),
           "open": statistics.median(o for o, _ in opens)}
    with store.session() as s:
        out["caseload"] = median_ms(lambda: caseload_rows(s, NOW), 15)
        words = ["swim", "Okafor", "consultant", "school", "worried", "Patel", "trains"]
        out["search"] = statistics.median(median_ms(lambda w=w: search(s, w), 5) for w in words)
        yp_id = s.scalar(select(YoungPerson.id).limit(1))
    assert yp_id is not None

    def save() -> None:
        with store.transaction() as s:
            save_note_draft(s, yp_id, session_on=TODAY, purposes=["progress_chasing"],
                            discussed="Talked about swimming on Saturdays and the new bus route.")

    out["save_note"] = median_ms(save, 40)
    with store.session() as s:  # the note writes added rows: keep the store comparable
        s.execute(text("SELECT count(*) FROM change_log")).scalar()
    store.close()
    return out


_PEAK_WRAPPER = """
import sys
from keyworker_desktop.cli import main
code = main(sys.argv[1:])
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent across exec.
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
print(hwm, file=sys.stderr)
sys.exit(code)
"""


def command_peak_mb(root: Path) -> float:
    """Peak RSS the command itself reports (a forked child inherits the parent's RSS count)."""
    env = dict(os.environ, KEYWORKER_PASSPHRASE=PASS, KEYWORKER_DATA_DIR=str(root))
    done = subprocess.run([sys.executable, "-c", _PEAK_WRAPPER, "list", "young-people", "--json"],
                          env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=5000)
    args = parser.parse_args()
    cache = Path(tempfile.gettempdir()) / "keyworker-bench"
    # A cached store is only reused by the same schema and demo generator.
    import hashlib

    source = Path(migrate.__file__).parent
    digest = hashlib.sha256()
    package = source.parent
    for f in sorted([*(source / "migrations" / "versions").glob("*.py"),
                     *(package / "services" / "demo").glob("*.py"),
                     *(package / "resources" / "demo").glob("*.json")]):
        digest.update(f.read_bytes())
    tag = f"{args.scale}-{digest.hexdigest()[:10]}"
    enc_root, plain_root = cache / f"enc-{tag}", cache / f"plain-{tag}"
    build(enc_root, True, args.scale)
    build(plain_root, False, args.scale)
    enc, plain = measure(enc_root, True), measure(plain_root, False)
    targets = {"open": None, "caseload": 50.0, "search": 50.0, "save_note": 5.0}
    print(f"Store benchmark at {args.scale} young people (median ms)")
    print(f"{'figure':12} {'SQLCipher':>10} {'SQLite':>10} {'ratio':>7} {'target':>8}  verdict")
    ok = True
    for name, target in targets.items():
        ratio = enc[name] / plain[name] if plain[name] else float("inf")
        # The ratio target applies where the figure is large enough to measure (> 5 ms).
        good = (target is None or enc[name] < target) and (ratio <= 1.3 or enc[name] < 5)
        ok &= good
        print(f"{name:12} {enc[name]:10.2f} {plain[name]:10.2f} {ratio:7.2f} "
              f"{'' if target is None else f'<{target:g}':>8}  {'ok' if good else 'MISSED'}")
    print(f"{'kdf':12} {enc['kdf']:10.1f} {'-':>10} {'':>7} {'<1000':>8}  "
          f"{'ok' if enc['kdf'] < 1000 else 'MISSED'}")
    peak = command_peak_mb(enc_root)
    print(f"peak memory of 'keyworker list young-people': {peak:.0f} MB (target < 300)")
    return 0 if ok and peak < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
