"""UI benchmarks: the caseload filter and model reset at scale, against a plain Qt baseline.

    .venv/bin/python bench/bench_ui.py [--scale 5000]

Builds (once, cached under the system temp folder, keyed by scale) a store filled
by ``populate_demo(scale=N)``, loads the caseload, and measures on the real
Caseload screen (model, filter proxy and table, 1366×768, offscreen, painting
included):

- filter per keystroke: the median over typing a young person's name into the
  filter field and deleting it again, one key at a time;
- model reset: replacing all rows (what a refresh does), until the table has drawn.
- opening a record: constructing the young person's RecordView and its first load
  (the audited view, the header and the Profile tab), until it has drawn; the
  baseline is the bare ``record_header`` service call for the same young people.

The baseline runs in the same process on the same names: a ``QStringListModel``
behind a stock ``QSortFilterProxyModel`` (fixed-string, case-insensitive) in a
table of the same size, so the ratio shows what the Python model costs over Qt's
own C++ path. Target: under 50 ms per keystroke.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import (  # noqa: E402
    QMessageLogContext,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.services.caseload import CaseloadRow, caseload_rows  # noqa: E402
from keyworker_desktop.store import keys  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.ui.caseload_screen import CaseloadScreen  # noqa: E402
from keyworker_desktop.ui.context import AppContext  # noqa: E402
from keyworker_desktop.ui.interaction import ScriptedInteraction  # noqa: E402
from keyworker_desktop.ui.operations import wait_for_ops  # noqa: E402

PASS = "bench horse battery"
TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0)
TARGET_KEYSTROKE_MS = 50.0
TARGET_RECORD_MS = 200.0


def build(root: Path, scale: int) -> None:
    if (root / "ready").exists():
        return
    from keyworker_desktop.services.demo import populate_demo

    shutil.rmtree(root, ignore_errors=True)
    store = Store.create(root, PASS, user_name="Bench", kdf=keys.TEST_KDF)
    started = time.perf_counter()
    with store.transaction() as session:
        populate_demo(session, today=TODAY, scale=scale, seed=7)
    print(f"  built a store of {scale} young people in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    store.close()
    (root / "ready").write_text("ok")


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform says this on every layout change; it is not about us."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def keystrokes(field: QLineEdit, word: str) -> list[float]:
    """Type ``word`` then delete it, one key at a time; ms per key, painting included."""
    app = QApplication.instance()
    assert app is not None
    times: list[float] = []

    def key(press: Callable[[], None]) -> None:
        started = time.perf_counter()
        press()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)

    for char in word:
        key(lambda c=char: QTest.keyClick(field, c))  # type: ignore[misc]
    for _ in word:
        key(lambda: QTest.keyClick(field, Qt.Key.Key_Backspace))
    return times


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Baseline(QWidget):
    """The same names in Qt's own string-list model and filter proxy."""

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        self.model = QStringListModel(names, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field = QLineEdit(self)
        self.field.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.table)

    def reset(self) -> None:
        self.model.setStringList(self.names)
        QApplication.processEvents()


def record_open_ms(ctx: AppContext, ids: list[str]) -> tuple[list[float], list[float]]:
    """Open each young person's record as the screen does; and the bare header query."""
    from keyworker_desktop.services.records import record_header
    from keyworker_desktop.ui.record import RecordView

    app = QApplication.instance()
    assert app is not None and ctx.store is not None
    opened: list[float] = []
    for yp_id in ids:
        started = time.perf_counter()
        view = RecordView(ctx, yp_id)
        view.resize(1366, 768)
        view.show()
        wait_for_ops(ctx)
        app.processEvents()
        opened.append((time.perf_counter() - started) * 1000)
        assert view.header_data is not None and view.profile.loads == 1
        view.close()
        view.deleteLater()
        app.processEvents()
    bare: list[float] = []
    for yp_id in ids:
        started = time.perf_counter()
        with ctx.store.session() as session:
            record_header(session, yp_id, NOW.date())
        bare.append((time.perf_counter() - started) * 1000)
    return opened, bare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=5000)
    args = parser.parse_args()
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv)
    root = Path(tempfile.gettempdir()) / f"keyworker-bench-ui-{args.scale}"
    build(root, args.scale)

    store = Store.open(root, PASS, daily_backup=False)
    started = time.perf_counter()
    with store.session() as session:
        rows: list[CaseloadRow] = caseload_rows(session, NOW)
    load_ms = (time.perf_counter() - started) * 1000

    ctx = AppContext(data_dir=root, interaction=ScriptedInteraction(), now=lambda: NOW)
    ctx.open_store(store)
    screen = CaseloadScreen(ctx)
    screen.resize(1366, 768)
    screen.show()
    wait_for_ops(ctx)
    app.processEvents()
    assert screen.model.rowCount() == len(rows), "the screen did not load the caseload"

    # A name from the middle of the caseload, typed as a keyworker would.
    word = rows[len(rows) // 2].name.lower()
    screen.filter.setFocus()
    ours = keystrokes(screen.filter, word)
    ours += keystrokes(screen.filter, word)
    screen.filter.setText(word)
    narrowed = screen.proxy.rowCount()
    screen.filter.clear()

    def reset_ours() -> None:
        screen.model.set_rows(rows)
        app.processEvents()

    reset_ms = median_ms(reset_ours, 5)

    baseline = Baseline([r.name for r in rows])
    baseline.resize(1366, 768)
    baseline.show()
    app.processEvents()
    base = keystrokes(baseline.field, word) + keystrokes(baseline.field, word)
    base_reset_ms = median_ms(baseline.reset, 5)

    key_ms, base_key_ms = statistics.median(ours), statistics.median(base)
    print(f"young people: {len(rows)}  (caseload query {load_ms:.0f} ms, not part of the figures)")
    print(f"typed: {word!r} and back, twice ({len(ours)} keystrokes; the whole name "
          f"leaves {narrowed} row(s))")
    print(f"caseload filter per keystroke: median {key_ms:.1f} ms, max {max(ours):.1f} ms  "
          f"(baseline QStringListModel {base_key_ms:.1f} ms; ratio {key_ms / base_key_ms:.1f}×)"
          f"  target < {TARGET_KEYSTROKE_MS:.0f} ms")
    print(f"caseload model reset: median {reset_ms:.1f} ms  (baseline {base_reset_ms:.1f} ms; "
          f"ratio {reset_ms / base_reset_ms:.1f}×)")
    screen.close()
    baseline.close()

    # Young people spread through the caseload; the first opening warms the caches.
    ids = [rows[i].id for i in range(0, len(rows), max(1, len(rows) // 21))][:21]
    opened, bare = record_open_ms(ctx, ids)
    open_ms, bare_ms = statistics.median(opened[1:]), statistics.median(bare[1:])
    print(f"opening a record (view + header + Profile tab, drawn): median {open_ms:.1f} ms, "
          f"max {max(opened[1:]):.1f} ms, first {opened[0]:.1f} ms  (baseline record_header "
          f"{bare_ms:.1f} ms; ratio {open_ms / bare_ms:.1f}×)  target < {TARGET_RECORD_MS:.0f} ms")
    ctx.lock()
    return 0 if key_ms < TARGET_KEYSTROKE_MS and open_ms < TARGET_RECORD_MS else 1


if __name__ == "__main__":
    sys.exit(main())
