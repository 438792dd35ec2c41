"""Opening the Register tab at scale, against the record's 200 ms budget.

    .venv/bin/python bench/bench_register_tab.py [--scale 5000]

Uses the same cached store as ``bench_ui.py`` (``populate_demo(scale=N)``, built once
under the system temp folder) and measures, offscreen at 1366×768, painting included:

- opening a record at the Register tab: constructing the RecordView and showing the
  Register tab at once (the audited view, the header, the Profile tab's first load, the
  register view with its ratings, reviews, prompts and the child's file), until drawn;
- switching to the Register tab on a record already open (the tab built and loaded);
- the baseline: the bare ``register_view`` and ``plan_copies`` service calls.

Target: opening a record at the Register tab under 200 ms (the record's budget).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench_ui import NOW, PASS, TARGET_RECORD_MS, build, quiet_offscreen  # noqa: E402
from PySide6.QtCore import qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from keyworker_desktop.services.caseload import caseload_rows  # noqa: E402
from keyworker_desktop.services.child_file import plan_copies  # noqa: E402
from keyworker_desktop.services.register import register_view  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.ui.context import AppContext  # noqa: E402
from keyworker_desktop.ui.interaction import ScriptedInteraction  # noqa: E402
from keyworker_desktop.ui.operations import wait_for_ops  # noqa: E402


def timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=5000)
    args = parser.parse_args()
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv)
    root = Path(tempfile.gettempdir()) / f"keyworker-bench-ui-{args.scale}"
    build(root, args.scale)
    store = Store.open(root, PASS, daily_backup=False)
    ctx = AppContext(data_dir=root, interaction=ScriptedInteraction(), now=lambda: NOW)
    ctx.open_store(store)
    with store.session() as session:
        rows = caseload_rows(session, NOW)
    ids = [rows[i].id for i in range(0, len(rows), max(1, len(rows) // 21))][:21]

    from keyworker_desktop.ui.record import RecordView

    at_register: list[float] = []
    switching: list[float] = []
    ratings = 0
    for yp_id in ids:
        view: RecordView | None = None

        def open_at_register(yp_id: str = yp_id) -> None:
            nonlocal view
            view = RecordView(ctx, yp_id)
            view.resize(1366, 768)
            view.show_tab("register")
            view.show()
            wait_for_ops(ctx)
            app.processEvents()

        at_register.append(timed(open_at_register))
        assert view is not None and view.register.loads == 1
        assert view.register.child_file.loads == 1
        ratings += view.register.timeline_model.rowCount()
        view.show_tab("profile")
        app.processEvents()
        view.close()
        view.deleteLater()
        app.processEvents()

        other = RecordView(ctx, yp_id)
        other.resize(1366, 768)
        other.show()
        wait_for_ops(ctx)
        app.processEvents()

        def switch(other: RecordView = other) -> None:
            other.show_tab("register")
            wait_for_ops(ctx)
            app.processEvents()

        switching.append(timed(switch))
        other.close()
        other.deleteLater()
        app.processEvents()

    bare: list[float] = []
    for yp_id in ids:
        def services(yp_id: str = yp_id) -> None:
            with store.session() as session:
                register_view(session, yp_id, NOW.date())
                plan_copies(session, yp_id, NOW.date())

        bare.append(timed(services))
    open_ms = statistics.median(at_register[1:])
    switch_ms = statistics.median(switching[1:])
    bare_ms = statistics.median(bare[1:])
    print(f"young people: {len(rows)}; {len(ids)} records opened, {ratings} timeline rows shown")
    print(f"opening a record at the Register tab (drawn): median {open_ms:.1f} ms, "
          f"max {max(at_register[1:]):.1f} ms, first {at_register[0]:.1f} ms  "
          f"target < {TARGET_RECORD_MS:.0f} ms")
    print(f"switching to the Register tab on an open record: median {switch_ms:.1f} ms, "
          f"max {max(switching[1:]):.1f} ms  (baseline register_view + plan_copies "
          f"{bare_ms:.1f} ms; ratio {switch_ms / bare_ms:.1f}×)")
    ctx.lock()
    return 0 if open_ms < TARGET_RECORD_MS else 1


if __name__ == "__main__":
    sys.exit(main())
