"""The phase benchmark (bench/bench_sync_phases.py) runs, and its parts add up.

A tiny seeding and caseload against a central store on PostgreSQL served in its own
process: one up, one down and the replay of the down's pages.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import psycopg

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench() -> ModuleType:
    if "bench_sync_phases" in sys.modules:
        return sys.modules["bench_sync_phases"]
    sys.path.insert(0, str(BENCH))  # it imports its neighbours, as when run as a script
    spec = importlib.util.spec_from_file_location("bench_sync_phases",
                                                  BENCH / "bench_sync_phases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_sync_phases"] = module
    spec.loader.exec_module(module)
    return module


def _databases(server: str) -> set[str]:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        return {name for (name,) in conn.execute("SELECT datname FROM pg_database")}


def test_one_up_and_down_are_timed_in_parts_and_the_pages_replayed(
        postgres_server: str, tmp_path: Path) -> None:
    bench = _bench()
    before = _databases(postgres_server)
    wrapped = [(owner, name, getattr(owner, name)) for owner, name, _p in bench._Probe.PARTS]

    result = bench.run_phases(postgres_server, records=30, changed=5, caseload=2, runs=1,
                              workdir=tmp_path)

    sent, up_pulled, down_pulled = result.moved
    assert up_pulled >= 30 + 5 and sent > 2 * 10  # the seeded young people came down too
    assert down_pulled == sent + up_pulled  # the senior's new laptop pulls everything
    (up,), (down,) = result.up, result.down
    assert up.parts["sending"] + up.parts["receiving"] <= up.wall
    assert up.parts["read batches"] > 0 and up.parts["acknowledge"] > 0
    for part in ("prepare pages", "apply pages"):
        assert 0 < down.parts[part] < down.wall
        assert 0 <= down.parts[part + ".cpu"] <= down.parts[part] + 0.05
    assert down.parts["prepare pages"] + down.parts["apply pages"] < down.wall
    assert down.parts["laptop cpu"] > 0 and down.parts["central store cpu"] >= 0
    # The central store's process and its PostgreSQL backends are counted apart (a tiny
    # push may take less than one clock tick of either).
    assert up.parts["central store cpu"] >= 0 and up.parts["postgresql cpu"] >= 0
    # The replay applied the same pages to a store of its own, statements and all.
    assert set(result.replay) == {"prepare", "apply", "commit", "all"}
    assert result.replay["all"] >= result.replay["apply"] > 0
    assert any(text.startswith("INSERT INTO field_history") for text, _s, _n in
               result.statements)
    table = bench.report(result)
    assert f"down: {down_pulled:,} changes pulled" in table and "wait for commit" in table
    assert table.count("CPU: its PostgreSQL") == 2  # the up's and the down's
    assert _databases(postgres_server) == before  # the throwaway databases are gone
    # The client's functions are its own again: nothing timed after the benchmark.
    assert all(getattr(owner, name) is fn for owner, name, fn in wrapped)
