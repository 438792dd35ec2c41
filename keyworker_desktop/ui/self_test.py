"""``keyworker-desktop --self-test``: does this installation (a bundle above all) work?

Creates a throwaway store in a temporary folder with the fictional demo caseload,
unlocks it through the lock screen, opens Today, a record and the easy-read print
preview offscreen, and prints one line for each check. Everything it needs at run
time is touched on the way: the Welsh translation, the migrations, the demo data, the
checklist templates, the pictograms, ReportLab's fonts, the screens loaded on first use
and the key derivation at its real cost. Nothing outside the temporary folder is read or written.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from keyworker_desktop import __version__
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops

PASSPHRASE = "self test lantern pebble"
TIMEOUT_S = 60.0


class CheckFailed(Exception):
    """A check did not see what it expected; the message says what."""


def wait_until(condition: Callable[[], object], what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Process events until ``condition()`` is true, or fail naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise CheckFailed(f"{what} did not happen within {timeout_s:.0f} s")
        QApplication.processEvents()
        time.sleep(0.01)


class SelfTest:
    """The checks in order; each later one needs the ones before it."""

    def __init__(self, root: Path, out: TextIO) -> None:
        self.root = root
        self.out = out
        self.ctx = AppContext(data_dir=root / "store", interaction=ScriptedInteraction())
        self.window: MainWindow | None = None
        self.young_person_id = ""

    def run(self) -> list[str]:
        """Run every check; the names of those that failed (a failure stops the rest)."""
        checks: list[tuple[str, Callable[[], str]]] = [
            ("load the Welsh translation", self.load_welsh),
            ("create a store with the demo caseload", self.create_store),
            ("unlock it at the lock screen", self.unlock),
            ("open Today", self.open_today),
            ("open a young person's record", self.open_record),
            ("preview their easy-read plan", self.preview_plan),
            ("lock the store", self.lock),
        ]
        for name, check in checks:
            started = time.monotonic()
            try:
                detail = check()
            except Exception as exc:  # a self-test reports every failure, whatever it is
                self.out.write(f"FAIL  {name}: {exc.__class__.__name__}: {exc}\n")
                self.out.write("".join(traceback.format_exception(exc)))
                self.out.flush()
                return [name]
            self.out.write(f"ok    {name} ({detail}; {time.monotonic() - started:.1f} s)\n")
            self.out.flush()
        return []

    def load_welsh(self) -> str:
        from keyworker_desktop.ui.language import load_translator, translations_folder

        translator = load_translator("cy")
        if translator is None:
            raise CheckFailed(f"keyworker_cy.qm is not in {translations_folder()}")
        return "keyworker_cy.qm"

    def create_store(self) -> str:
        from keyworker_desktop.services.demo import populate_demo
        from keyworker_desktop.store.database import Store

        store = Store.create(self.ctx.data_dir, PASSPHRASE, user_name="Self Test",
                             organisation="Self-test")
        try:
            with store.transaction() as session:
                summary = populate_demo(session, today=datetime.now().date())
        finally:
            store.close()
        return f"{summary.young_people} young people"

    def unlock(self) -> str:
        from keyworker_desktop.ui.compose import compose

        window = compose(self.ctx)
        self.window = window
        window.show()
        lock_screen = window.lock_screen
        wait_until(lock_screen.isVisible, "the lock screen showing")
        lock_screen.passphrase.setText(PASSPHRASE)
        lock_screen.unlock_button.click()
        wait_until(lambda: self.ctx.store is not None, "the unlock")
        wait_for_ops(self.ctx, TIMEOUT_S)
        return "the real key derivation"

    def open_today(self) -> str:
        from keyworker_desktop.ui.today_screen import TodayScreen

        window = self._window()
        window.show_screen("today")
        screen = window.screen_widget("today")
        if not isinstance(screen, TodayScreen):
            raise CheckFailed("Today is not the first screen")
        wait_until(lambda: bool(screen.title.text()), "Today's first load")
        wait_for_ops(self.ctx, TIMEOUT_S)
        return screen.title.text()

    def open_record(self) -> str:
        from keyworker_desktop.services.records import live_names
        from keyworker_desktop.ui.record.record_screen import SCREEN_KEY, RecordScreen

        store = self.ctx.store
        assert store is not None
        with store.session() as session:
            names = live_names(session)
        if not names:
            raise CheckFailed("the demo caseload is empty")
        self.young_person_id = names[0][0]
        window = self._window()
        window.record_requested.emit(self.young_person_id)
        screen = window.screen_widget(SCREEN_KEY)
        if not isinstance(screen, RecordScreen):
            raise CheckFailed("no record screen")
        wait_until(lambda: screen.view is not None and screen.view.header_data is not None,
                   "the record's first load")
        wait_for_ops(self.ctx, TIMEOUT_S)
        return f"{screen.view.tabs.count() if screen.view else 0} tabs"

    def preview_plan(self) -> str:
        from keyworker_desktop.ui.print_dialog import PrintPlanDialog

        dialog = PrintPlanDialog(self.ctx, self.young_person_id, self._window())
        try:
            dialog.show()
            wait_until(lambda: dialog.built is not None and dialog.pages_model.rowCount() > 0,
                       "the easy-read preview")
            wait_for_ops(self.ctx, TIMEOUT_S)
            built = dialog.built
            assert built is not None
            if not built.pdf.startswith(b"%PDF"):
                raise CheckFailed("the plan is not a PDF")
            return f"{dialog.pages_model.rowCount()} pages, {len(built.pdf) // 1024} KiB of PDF"
        finally:
            dialog.close()
            dialog.deleteLater()

    def lock(self) -> str:
        window = self._window()
        window.lock()
        wait_for_ops(self.ctx, TIMEOUT_S)
        if self.ctx.store is not None:
            raise CheckFailed("the store stayed open")
        return "closed"

    def close(self) -> None:
        """Let go of the window and the store whatever happened."""
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.ctx.lock()
        self.ctx.pool.waitForDone()
        QApplication.processEvents()

    def _window(self) -> MainWindow:
        if self.window is None:
            raise CheckFailed("the window was not made")
        return self.window


def run(out: TextIO) -> int:
    """Run the self-test with the running ``QApplication``; 0 when every check passed."""
    if QCoreApplication.instance() is None:
        raise RuntimeError("the self-test needs a QApplication")
    out.write(f"Keyworker Desktop {__version__} self-test\n")
    with tempfile.TemporaryDirectory(prefix="keyworker-self-test-") as folder:
        test = SelfTest(Path(folder), out)
        try:
            failed = test.run()
        finally:
            test.close()
    if failed:
        out.write(f"Self-test FAILED: {', '.join(failed)}\n")
        return 1
    out.write("Self-test passed: the store, the screens and the easy-read plan all work.\n")
    return 0
