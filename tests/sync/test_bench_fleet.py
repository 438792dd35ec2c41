"""The fleet benchmark's harness (bench/bench_fleet.py) runs and checks what it says it checks.

Three laptops with a tiny caseload against a central store on PostgreSQL served in its
own process, once with each laptop in its own process and once in threads.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.sync.conftest import drop_pg_database, new_pg_database

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_fleet.py"


def _bench() -> ModuleType:
    if "bench_fleet" in sys.modules:
        return sys.modules["bench_fleet"]
    spec = importlib.util.spec_from_file_location("bench_fleet", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_fleet"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("mode", ["processes", "threads"])
def test_three_laptops_sync_their_caseloads_and_the_checks_pass(
        postgres_server: str, tmp_path: Path, mode: str) -> None:
    bench = _bench()
    url = new_pg_database(postgres_server)
    try:
        result = bench.run_fleet(url, 3, caseload=2, edits=2, mode=mode, workdir=tmp_path)
    finally:
        drop_pg_database(url)
    assert result.problems == []
    assert list(result.rounds) == ["first", "incremental", "no-op"]
    for rd in result.rounds.values():
        assert len(rd.times) == 3 and all(t > 0 for t in rd.times)
        assert rd.wall >= max(rd.times)
    assert set(result.solo) == set(result.rounds) and all(t > 0 for t in result.solo.values())
    # Each laptop pushed its two young people and their records in the first round.
    assert result.changes_up > 3 * 2 * 10


def test_a_failed_or_rejected_sync_and_the_percentiles_are_reported() -> None:
    bench = _bench()
    answers = [{"error": "", "rejected": []},
               {"error": "Offline: the central store is not working", "rejected": []},
               {"error": "", "rejected": ["visit: refused"]}]
    problems = bench._problems(answers, "first")
    assert problems == ["first: a sync failed: Offline: the central store is not working",
                        "first: rejected visit: refused"]
    rd = bench.Round("first", [float(i) for i in range(1, 21)], 20.0)
    assert (rd.p50, rd.pct(0.95), rd.pct(1.0)) == (10.5, 19.0, 20.0)
