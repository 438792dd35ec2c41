"""Start the desktop app: Qt, translations, a log without personal data, the window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from keyworker_desktop import __version__
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.tracebacks import safe_traceback
from keyworker_desktop.store.paths import DATA_DIR_ENV, default_data_dir
from keyworker_desktop.ui import single_instance, wheel_guard
from keyworker_desktop.ui.app_icon import app_icon
from keyworker_desktop.ui.compose import compose
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import Interaction
from keyworker_desktop.ui.language import chosen_language, default_language, install_language
from keyworker_desktop.ui.operations import plain_error_message

log = logging.getLogger(__name__)

APP_NAME = "Keyworker Desktop"
#: The freedesktop name of the .desktop file (resources/desktop), for Wayland's task bar.
DESKTOP_FILE_NAME = "org.keyworker.KeyworkerDesktop"
MAX_LOG_MESSAGE = 500
MIN_POINT_SIZE = 11
# Calm and readable: whitespace, a muted accent, errors in a dark red that also
# reads on a grey screen. Sizes are in em so they follow the user's font size.
STYLE = """
QLabel[role="error"] { color: %(error)s; }
QListWidget#navigation { border: none; background: palette(alternate-base); padding: 0.5em 0; }
QListWidget#navigation::item { padding: 0.6em 1.2em; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
QStatusBar QLabel { padding: 0.2em 0; }
"""


def data_dir() -> Path:
    """Where the store lives: the same folder the ``keyworker`` command line uses."""
    return default_data_dir()


class SafeFormatter(logging.Formatter):
    """Writes an exception as its type and code frames only, never its message."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may already have cached the full text, message included.
        cached = record.exc_text
        record.exc_text = self.formatException(record.exc_info) if record.exc_info else None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:  # noqa: N802 - logging override
        if isinstance(ei, tuple) and isinstance(ei[1], BaseException):
            return safe_traceback(ei[1], ei[2])
        return "(no exception)"


class DropLongMessages(logging.Filter):
    """A guard: a message this long probably quotes data, so it is not written."""

    def filter(self, record: logging.LogRecord) -> bool:
        return len(record.getMessage()) <= MAX_LOG_MESSAGE


def setup_logging(directory: Path) -> logging.Handler:
    """Log to ``<directory>/keyworker.log``, rotating, through the safe formatter."""
    directory.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        directory / "keyworker.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(DropLongMessages())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def install_translators(app: QCoreApplication, language: str | None = None,
                        folder: Path | None = None) -> list[QTranslator]:
    """The interface in ``language`` (default: the system's, when the app offers it):
    Qt's and our translations installed, every marked text worded through them, and the
    shipped languages offered to documents."""
    return install_language(app, language or default_language(), folder)


def configure_application(app: QApplication) -> None:
    """Names, a comfortable minimum type size, the calm style (shared with screenshots),
    and the wheel guard: fields change value by the wheel only while being edited."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Keyworker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        # Read in a car or on a ward: never small. A larger system setting is kept.
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    dark = app.palette().window().color().lightness() < 128
    app.setStyleSheet(STYLE % {"error": "#ff9d9d" if dark else "#a4262c"})
    wheel_guard.install(app)


def install_excepthook(ctx: AppContext) -> None:
    """Log an unexpected error (type and frames only) and tell the user plainly."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("Unexpected error", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            ctx.interaction.warn(None, translate("app", "Problem"),
                                 plain_error_message())
        finally:
            showing = False

    sys.excepthook = hook


def parser() -> argparse.ArgumentParser:
    """The few options the app takes; anything else is passed on to Qt (``-platform``…)."""
    p = argparse.ArgumentParser(
        prog="keyworker-desktop",
        description="Keyworker Desktop: offline-first case recording for keyworkers. "
                    "Without options it opens the app.",
        epilog=f"The data folder is {DATA_DIR_ENV} when set, else your user data folder "
               "(the same as the keyworker command line uses). One app runs per data "
               "folder: starting it again brings the open window forward.")
    p.add_argument("--version", action="version", version=f"Keyworker Desktop {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation on a throwaway store in a temporary folder, "
                        "without a window; exit 0 if everything works, 1 naming what failed")
    return p


def run_self_test(qt_args: list[str]) -> int:
    """``--self-test``: offscreen unless a platform was chosen, never a visible window."""
    from keyworker_desktop.ui import self_test

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication(qt_args)
    configure_application(app)
    code = self_test.run(sys.stdout)
    del app
    return code


def quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's note on every window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv)
    if sys.stdout is None:
        # A windowed build on Windows has no console: --version and --self-test answer by
        # their exit code alone (KEYWORKER_CONSOLE=1 builds one that prints).
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - open for the process's life
    options, qt_args = parser().parse_known_args(args[1:])
    qt_args = args[:1] + qt_args
    if options.self_test:
        return run_self_test(qt_args)
    app = QApplication(qt_args)
    configure_application(app)
    # Before any window: the lock screen speaks the language chosen on this laptop.
    language = chosen_language(data_dir())
    install_translators(app, language)
    if language == "cy":
        # Qt's own month and day names (the calendar popup, date editors) follow the
        # interface; set once here, for the process, never from a library call.
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    ctx = AppContext(data_dir=data_dir(), interaction=Interaction())
    instance = single_instance.acquire(ctx.data_dir, app)
    if instance is None:
        # Shown already: the first instance brings its window forward.
        return 0
    setup_logging(ctx.logs_dir)
    log.info("Keyworker Desktop %s starting", __version__)
    install_excepthook(ctx)
    window = compose(ctx)
    instance.activation_requested.connect(lambda: bring_forward(window))
    if not window.restore_geometry():
        available = app.primaryScreen().availableSize()
        window.resize((available * 0.85).expandedTo(window.minimumSizeHint())
                      .boundedTo(available))
    window.show()
    code = app.exec()
    ctx.lock()
    instance.close()
    log.info("Keyworker Desktop stopped")
    return code


def bring_forward(window: QWidget) -> None:
    """Another launch for this data folder: show the window that is already open."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
