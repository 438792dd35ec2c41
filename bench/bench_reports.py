"""The service report over 5,000 young people with three years of rating history.

    .venv/bin/python bench/bench_reports.py [--scale 5000] [--runs 7]

Builds (once, cached under the system temp folder) an encrypted store filled by
``demo --scale N``, then adds a rating every quarter for three years before each young
person's own ratings (about 17 ratings each). Measures, as the median of ``--runs``:

* ``quarter``: the report for the last three months;
* ``three_years``: the report for three years;
* ``regional_pdf``: the counts-only copy for the last quarter, made into a PDF;

each printed with its ratio to a baseline measured in the same run: reading every rating
row once (young person, rating, date) into Python, the least any report of the register
must do. Target: each report under 1 s.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from keyworker_desktop.services.demo import populate_demo  # noqa: E402
from keyworker_desktop.services.reports import (  # noqa: E402
    render,
    report_data,
    service_report,
)
from keyworker_desktop.store import migrate  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.store.models import DsrEntry, RagRating  # noqa: E402

PASS = "bench horse battery"
TODAY = date(2026, 11, 22)
TARGET_MS = 1000.0


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm: statement compilation, page cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def add_history(store: Store) -> int:
    """A quarterly rating for three years before each young person's referral."""
    rng = random.Random(11)
    with store.transaction() as s:
        entries = s.execute(select(DsrEntry.young_person_id, DsrEntry.id,
                                   DsrEntry.referred_on)).all()
        rows = []
        for yp, entry, referred in entries:
            start = (referred or TODAY) - timedelta(days=3 * 365)
            for k in range(12):
                rows.append({"young_person_id": yp, "dsr_entry_id": entry,
                             "rating": rng.choice(("red", "amber", "amber", "green", "blue")),
                             "rated_on": start + timedelta(days=91 * k), "rationale": ""})
        s.execute(insert(RagRating), rows)
    return len(rows)


def build(root: Path, scale: int) -> None:
    if (root / "ready").exists():
        return
    shutil.rmtree(root, ignore_errors=True)
    store = Store.create(root, PASS, user_name="Bench")
    t = time.perf_counter()
    try:
        with store.transaction() as s:
            populate_demo(s, today=TODAY, scale=scale, seed=7)
        added = add_history(store)
    finally:
        store.close()
    print(f"  built a store of {scale} young people (+{added} older ratings) in "
          f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
    (root / "ready").write_text("ok")


def cache_root(scale: int) -> Path:
    """The cached store, reused only by the same schema, demo generator and this script."""
    source = Path(migrate.__file__).parent
    package = source.parent
    digest = hashlib.sha256()
    for f in sorted([*(source / "migrations" / "versions").glob("*.py"),
                     *(package / "services" / "demo").glob("*.py"),
                     *(package / "resources" / "demo").glob("*.json"), Path(__file__)]):
        digest.update(f.read_bytes())
    return Path(tempfile.gettempdir()) / "keyworker-bench" / f"reports-{scale}-" \
        f"{digest.hexdigest()[:10]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = cache_root(args.scale)
    build(root, args.scale)
    store = Store.open(root, PASS, daily_backup=False)
    quarter = (TODAY - timedelta(days=91), TODAY)
    years = (TODAY - timedelta(days=3 * 365), TODAY)
    try:
        with store.session() as s:
            ratings = len(s.execute(select(RagRating.id)).all())
            baseline = median_ms(lambda: s.execute(select(
                RagRating.young_person_id, RagRating.rating, RagRating.rated_on)).all(),
                args.runs)
            figures = {
                "quarter": median_ms(lambda: service_report(s, *quarter, TODAY), args.runs),
                "three_years": median_ms(lambda: service_report(s, *years, TODAY), args.runs),
                "regional_pdf": median_ms(lambda: render(
                    report_data(s, *quarter, TODAY, regional=True), "pdf", TODAY, "Bench"),
                    args.runs),
            }
    finally:
        store.close()
    print(f"Service report at {args.scale} young people, {ratings} ratings (median ms)")
    print(f"{'baseline':14} {baseline:9.1f}  (read every rating row once)")
    print(f"{'figure':14} {'ms':>9} {'ratio':>7} {'target':>8}  verdict")
    ok = True
    for name, ms in figures.items():
        good = ms < TARGET_MS
        ok &= good
        print(f"{name:14} {ms:9.1f} {ms / baseline:7.2f} {f'<{TARGET_MS:g}':>8}  "
              f"{'ok' if good else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
