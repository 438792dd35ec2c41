"""Help › User guide (F1): docs/user-guide.md, shown in a window with its screenshots.

Found beside the package: in a checkout or an editable install that is the
repository's ``docs`` folder, and the bundle carries the folder at the same place
(build.spec). A copy without the guide says so instead of failing quietly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import keyworker_desktop
from keyworker_desktop.domain.i18n import translate

GUIDE_NAME = "user-guide.md"


def guide_candidates() -> list[Path]:
    """Where the guide may be: the repository or bundle's docs, then an installed copy."""
    package = Path(keyworker_desktop.__file__).resolve().parent
    return [package.parent / "docs" / GUIDE_NAME,
            Path(sys.prefix) / "share" / "doc" / "keyworker-desktop" / GUIDE_NAME]


def guide_path() -> Path | None:
    """The user guide on this computer, or None."""
    return next((p for p in guide_candidates() if p.is_file()), None)


class GuideWindow(QDialog):
    """The guide, read-only, with its pictures; links to other pages open in it too."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyworker Desktop user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 40)


def missing_guide_message() -> str:
    return translate(
        "GuideWindow",
        "The user guide is not installed with this copy of Keyworker Desktop. Ask whoever "
        "looks after your laptop for docs/user-guide.md, or read it where the project is "
        "published.")
