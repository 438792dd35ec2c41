"""The child process of ``bench_app.py``: the app's own window, driven to one point.

    python bench/app_driver.py lock DATA_DIR            # start, quit once the lock screen shows
    python bench/app_driver.py lock-baseline            # start, show an empty QWidget, quit
    python bench/app_driver.py memory DATA_DIR PASS ISO # unlock, Today, Caseload, one record
    python bench/app_driver.py memory-baseline          # import PySide6 and the app, no store

Builds the window as ``keyworker_desktop.app.main`` does (same calls, in the same
order), without its event loop's lifetime, and prints one line of JSON: the
``time.monotonic()`` at which the point was reached (the parent compares it with
its own clock, shared on Linux), the CPU time used by then, and the peak RSS in
KiB (see :func:`peak_kib`). Product code is not
changed: nothing here is read by the app.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402


def peak_kib() -> int:
    """This process's peak resident set in KiB.

    Linux carries ``ru_maxrss`` across ``execve``: a child spawned by a large
    parent reports at least the parent's peak. ``VmHWM`` belongs to this
    process's own memory map, so it is read first; ``ru_maxrss`` elsewhere.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(reached: float, **extra: object) -> None:
    ru_maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # CPU seconds so far (all threads): the same work whatever else the machine is doing.
    print(json.dumps({"reached": reached, "cpu_s": time.process_time(), "peak_kib": peak_kib(),
                      "ru_maxrss_kib": ru_maxrss, **extra}), flush=True)


def lock_baseline() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    widget = QWidget()
    widget.resize(1366, 768)
    widget.show()
    app.processEvents()
    reached: list[float] = []

    def done() -> None:
        assert widget.isVisible()
        reached.append(time.monotonic())
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()
    report(reached[0])
    return 0


def build_window(data_dir: str, now: object = None):  # type: ignore[no-untyped-def]
    """``app.main`` up to ``window.show()``, returning the application, context and window."""
    from PySide6.QtWidgets import QApplication

    from keyworker_desktop import __version__
    from keyworker_desktop import app as app_module
    from keyworker_desktop.ui.compose import compose
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.interaction import Interaction

    os.environ["KEYWORKER_DATA_DIR"] = data_dir
    app = QApplication(sys.argv[:1])
    app_module.configure_application(app)
    app_module.install_translators(app)
    class FailFast(Interaction):
        """As the app's, except that a problem ends the run instead of a modal box nobody closes."""

        def warn(self, parent: object, title: str, text: str) -> None:  # type: ignore[override]
            print(f"{title}: {text}", file=sys.stderr, flush=True)
            os._exit(3)

    ctx = AppContext(data_dir=app_module.data_dir(), interaction=FailFast())
    if now is not None:
        ctx.now = lambda: now  # type: ignore[assignment, return-value]
    app_module.setup_logging(ctx.logs_dir)
    app_module.log.info("Keyworker Desktop %s starting", __version__)
    app_module.install_excepthook(ctx)
    window = compose(ctx)
    available = app.primaryScreen().availableSize()
    window.resize((available * 0.85).expandedTo(window.minimumSizeHint()).boundedTo(available))
    window.show()
    return app, ctx, window


def lock(data_dir: str) -> int:
    from PySide6.QtCore import QTimer

    app, ctx, window = build_window(data_dir)
    app.processEvents()
    reached: list[float] = []

    def done() -> None:
        assert window.pages.currentWidget() is window.lock_screen, "not the lock screen"
        assert window.lock_screen.isVisible()
        reached.append(time.monotonic())
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()
    report(reached[0])
    return 0


def memory(data_dir: str, passphrase: str, now_iso: str) -> int:
    from datetime import datetime

    from keyworker_desktop.ui.operations import wait_for_ops

    app, ctx, window = build_window(data_dir, datetime.fromisoformat(now_iso))
    app.processEvents()
    # Unlock as the user does: type the passphrase and press Unlock (Argon2id included).
    window.lock_screen.passphrase.setText(passphrase)
    window.lock_screen.unlock()
    wait_for_ops(ctx, 120)
    assert ctx.store is not None and window.main_area is not None, "did not unlock"
    window.show_screen("today")
    wait_for_ops(ctx, 120)
    app.processEvents()
    window.show_screen("caseload")
    wait_for_ops(ctx, 120)
    app.processEvents()
    caseload = window.main_area.screen_widget("caseload")
    rows = caseload.model.rowCount()  # type: ignore[attr-defined]
    yp_id = caseload.model.row_at(rows // 2).id  # type: ignore[attr-defined]
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx, 120)
    app.processEvents()
    record = window.main_area.screen_widget("record")
    view = record.view  # type: ignore[attr-defined]
    assert view is not None and view.header_data is not None, "the record did not open"
    reached = time.monotonic()
    report(reached, caseload_rows=rows)
    window.close()
    return 0


def memory_baseline() -> int:
    import PySide6.QtWidgets  # noqa: F401

    import keyworker_desktop.app  # noqa: F401
    import keyworker_desktop.ui.caseload_screen  # noqa: F401
    import keyworker_desktop.ui.record.record_screen  # noqa: F401
    import keyworker_desktop.ui.search_screen  # noqa: F401
    import keyworker_desktop.ui.today_screen  # noqa: F401
    import keyworker_desktop.ui.visits_screen  # noqa: F401

    report(time.monotonic())
    return 0


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    modes = {"lock": lock, "lock-baseline": lock_baseline, "memory": memory,
             "memory-baseline": memory_baseline}
    sys.exit(modes[mode](*args))  # type: ignore[operator]
