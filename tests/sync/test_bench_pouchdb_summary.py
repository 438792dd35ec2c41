"""The PouchDB comparison's rows and its table over several runs (bench/bench_pouchdb.py).

Made from given times, without PouchDB or a central store: what each row's target is,
and the counts of runs that met it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench() -> ModuleType:
    if "bench_pouchdb" in sys.modules:
        return sys.modules["bench_pouchdb"]
    sys.path.insert(0, str(BENCH))  # it imports its neighbours, as when run as a script
    spec = importlib.util.spec_from_file_location("bench_pouchdb", BENCH / "bench_pouchdb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_pouchdb"] = module
    spec.loader.exec_module(module)
    return module


POUCH = {"push_all": 3.0, "pull_all": 3.0, "noop": 0.010, "push_changed": 0.4,
         "pull_changed": 0.4}


def _ours(*, push_all: float = 1.0, down: float = 1.9, noop: float = 0.004) -> dict[str, Any]:
    return {"push_all": push_all, "pull_all": 0.8, "noop": noop, "push_changed": 0.15,
            "pull_changed": 0.12, "caseload": (2.5, down, 24_599, 11_002, 35_601)}


def test_each_row_is_held_to_its_own_target() -> None:
    bench = _bench()
    figs = {f.label: f for f in bench.figures(POUCH, _ours(push_all=1.6, noop=0.011),
                                              10_000, 1_000, 500)}
    assert not figs["full push of 10,000"].met  # 1.6 s is more than half of 3 s
    assert figs["full pull of 10,000 to a new laptop"].met
    assert not figs["sync with nothing to do (median of 20)"].met  # slower than PouchDB
    assert figs["caseload of 500: first sync up"].met
    assert figs["caseload of 500: first sync down"].met
    assert figs["caseload of 500: first sync down"].pouch is None  # a fixed target
    assert len(bench.figures(POUCH, _ours(), 10_000, 1_000, 0)) == 5  # no caseload row


def test_the_runs_table_counts_the_runs_that_met_each_target() -> None:
    bench = _bench()
    runs = [bench.figures(POUCH, _ours(down=d), 10_000, 1_000, 500) for d in (1.9, 2.2, 1.95)]
    lines = bench.summary(runs).splitlines()
    assert lines[1] == "=== 3 runs"
    down = next(line for line in lines if "first sync down" in line)
    assert down.endswith("<= 2 s: met in 2 of 3")
    assert "1.90-2.20s" in down
    push = next(line for line in lines if line.startswith("full push"))
    assert "3.00s" in push and "0.33x" in push and push.endswith("met in 3 of 3")
    noop = next(line for line in lines if line.startswith("sync with nothing"))
    assert "10.00ms" in noop and "4.00ms" in noop
    assert lines[-2] == "every row met in 2 of 3 runs"
    assert lines[-1].startswith("pace: ")  # POUCH's push: 3.00 s against 2.79 s


def test_the_pace_line_reads_the_fixed_rows_at_the_pace_of_the_targets_machine() -> None:
    """PouchDB's full push here against its 2.79 s where the caseload targets were set:
    the caseload's times at that pace, said to be an estimate, over the runs; and no pace
    without the caseload rows."""
    bench = _bench()
    slow, slower = {**POUCH, "push_all": 2.79 * 2}, {**POUCH, "push_all": 2.79 * 2.5}
    runs = [bench.figures(slow, _ours(down=2.4), 10_000, 1_000, 500),
            bench.figures(slower, _ours(down=2.5), 10_000, 1_000, 500)]
    line = bench.pace(runs[:1])
    assert line is not None
    assert "ran 2.00x as long here" in line
    assert "up 1.25 s, down 1.20 s" in line and "not a target met" in line
    both = bench.summary(runs).splitlines()
    assert both[-1].startswith("pace: ") and "2.00-2.50x" in both[-1]
    assert "up 1.00-1.25 s, down 1.00-1.20 s" in both[-1]
    assert both[-2] == "every row met in 0 of 2 runs"  # the pace changes no verdict
    assert bench.pace([bench.figures(slow, _ours(), 10_000, 1_000, 0)]) is None
