"""Register import benchmark: a generated 5,000-row spreadsheet into a new encrypted store.

    .venv/bin/python bench/bench_import.py [--rows 5000] [--again]

Prints, in one run, the time to read the same file with the plain csv module (the
baseline: what parsing alone costs), to check it without writing (``dry_run``), and
to import it (check, duplicate look-ups, one transaction); ``--again`` also times a
second import of the same file, which finds every row held already. Exits 1 when the
import takes 10 s or more (issue 11, item 7). Every person in the file is fictional,
with NHS numbers in the 999 range kept for tests.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from keyworker_desktop.services.register_import import import_register
from keyworker_desktop.services.register_rows import COLUMNS
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store

TODAY = date(2026, 11, 22)
TARGET_S = 10.0
GIVEN = ("Ava", "Ben", "Cara", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivy", "Jay", "Kit", "Lena")
FAMILY = ("Reed", "Okoro", "Lind", "Mistry", "Stone", "Hart", "Vale", "Moss", "Lamb", "Shah")
STAFF = ("Jordan Blake", "Priya Shah", "Sam Keyworker", "Alex Morgan", "Robin Tait")


def nhs_numbers(n: int) -> list[str]:
    """``n`` distinct valid NHS numbers in the 999 test range."""
    out: list[str] = []
    for k in range(1_000_000):
        nine = f"999{k:06d}"
        check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        digits = nine + str(0 if check == 11 else check)
        out.append(f"{digits[:3]} {digits[3:6]} {digits[6:]}")
        if len(out) == n:
            return out
    raise ValueError("not enough test-range NHS numbers")


def make_file(rows: int, seed: int = 11) -> bytes:
    """A register of ``rows`` fictional young people, as a spreadsheet saves it."""
    rng = random.Random(seed)
    numbers = nhs_numbers(rows)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([c.replace("_", " ").capitalize() for c in COLUMNS])
    for i in range(rows):
        dob = TODAY - timedelta(days=rng.randint(4 * 365, 24 * 365))
        referred = TODAY - timedelta(days=rng.randint(30, 900))
        rated = referred + timedelta(days=rng.randint(0, 20))
        fmt = "%d/%m/%Y" if i % 2 else "%Y-%m-%d"
        w.writerow([
            GIVEN[i % len(GIVEN)], f"{FAMILY[rng.randrange(len(FAMILY))]}-{i}",
            "", dob.strftime(fmt), numbers[i] if i % 4 else "", referred.strftime(fmt),
            "School SENCo", rng.choice(("red", "amber", "green", "blue")), rated.strftime(fmt),
            "Rated at the referral meeting", referred.strftime(fmt), rated.strftime(fmt),
            rng.choice(("young person", "parental responsibility")),
            STAFF[i % len(STAFF)], (TODAY + timedelta(days=rng.randint(1, 90))).strftime(fmt)])
    return out.getvalue().encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--again", action="store_true", help="time a second import as well")
    args = ap.parse_args()
    data = make_file(args.rows)
    t = time.perf_counter()
    parsed = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    baseline = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "s", "bench horse battery", user_name="Bench",
                             kdf=keys.TEST_KDF)
        try:
            t = time.perf_counter()
            with store.transaction() as s:
                checked = import_register(s, data, TODAY, dry_run=True)
            dry = time.perf_counter() - t
            t = time.perf_counter()
            with store.transaction() as s:
                summary = import_register(s, data, TODAY)
            took = time.perf_counter() - t
            again = None
            if args.again:
                t = time.perf_counter()
                with store.transaction() as s:
                    second = import_register(s, data, TODAY)
                again = time.perf_counter() - t
                assert not second.added and len(second.already_held) == args.rows
        finally:
            store.close()
    assert parsed == args.rows + 1 and checked.ok and summary.ok, summary.problems[:5]
    assert len(summary.added) == args.rows
    print(f"rows: {args.rows:,} ({len(data) / 1e6:.1f} MB)")
    print(f"baseline, csv module parse only: {baseline:.3f} s")
    print(f"check only (--dry-run):          {dry:.2f} s")
    ok = took < TARGET_S
    print(f"import (check + write, one transaction): {took:.2f} s  "
          f"({took / baseline:.0f}x the parse)  target < {TARGET_S:.0f} s: "
          f"{'met' if ok else 'MISSED'}")
    if again is not None:
        print(f"second import of the same file (all held already): {again:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
