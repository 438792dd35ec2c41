"""Help › About: the version, the licence, and the parts the app is built from.

The parts and their licences are listed by hand (checked against each project's
licence file when a dependency is added); their versions are read from the
installed packages, which the bundle carries too (build.spec copies the metadata).
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop import __version__
from keyworker_desktop.ui.app_icon import app_icon

LICENCE = "MIT"


@dataclass(frozen=True)
class Part:
    """A bundled part: its name, the distribution its version is read from, its licence."""

    name: str
    #: "" for a part inside another (its version is the container's business).
    distribution: str
    licence: str


PARTS: tuple[Part, ...] = (
    Part("SQLCipher (in sqlcipher3)", "", "BSD-3-Clause; SQLite: public domain"),
    Part("sqlcipher3", "sqlcipher3", "Zlib"),
    Part("SQLAlchemy", "SQLAlchemy", "MIT"),
    Part("Alembic", "alembic", "MIT"),
    Part("Mako (for Alembic)", "Mako", "MIT"),
    Part("ReportLab", "reportlab", "BSD-3-Clause"),
    Part("Pillow (for ReportLab)", "pillow", "MIT-CMU"),
    Part("charset-normalizer (for ReportLab)", "charset-normalizer", "MIT"),
    Part("Bitstream Vera fonts (in ReportLab)", "", "Bitstream Vera Fonts licence"),
    Part("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    Part("OpenSSL (in cryptography)", "", "Apache-2.0"),
    Part("cffi (for cryptography)", "cffi", "MIT-0"),
    Part("keyring", "keyring", "MIT"),
    Part("SecretStorage and Jeepney (for keyring)", "SecretStorage", "BSD-3-Clause; MIT"),
    Part("platformdirs", "platformdirs", "MIT"),
    Part("msgspec", "msgspec", "BSD-3-Clause"),
    Part("HTTPX", "httpx", "BSD-3-Clause"),
    Part("HTTP Core", "httpcore", "BSD-3-Clause"),
    Part("h11", "h11", "MIT"),
    Part("certifi", "certifi", "MPL-2.0"),
    Part("idna", "idna", "BSD-3-Clause"),
    Part("AnyIO", "anyio", "MIT"),
    Part("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    Part("importlib_metadata, zipp, jaraco, more-itertools", "importlib_metadata",
         "Apache-2.0; MIT"),
    Part("typing_extensions", "typing_extensions", "PSF-2.0"),
)


def installed_version(distribution: str) -> str:
    """The distribution's version, or "" where its metadata is not installed."""
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def parts_html() -> str:
    """The table of parts, versions and licences (Python and Qt first)."""
    python = ".".join(str(n) for n in sys.version_info[:3])
    rows = [("Python", python, "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0-only"),
            ("Qt for Python (PySide6, Shiboken)", pyside_version, "LGPL-3.0-only")]
    rows += [(p.name, installed_version(p.distribution), p.licence) for p in PARTS]
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
        f"<td>{html.escape(licence)}</td></tr>"
        for name, version, licence in rows)
    return f"<table cellpadding='3'>{cells}</table>"


class AboutDialog(QDialog):
    """The About box: who made it, which version, and under what licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Keyworker Desktop"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Keyworker Desktop's icon"))
        self.title = QLabel(self.tr("<h2>Keyworker Desktop</h2>"), self)
        self.version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version.setAccessibleName(self.version.text())
        blurb = QLabel(self.tr(
            "Offline-first case recording for keyworkers of children and young people with "
            "a learning disability and/or autism. Free software under the {licence} "
            "licence.").format(licence=LICENCE), self)
        blurb.setWordWrap(True)
        heading = QLabel(self.tr("&Built with these parts, under their own licences:"), self)
        self.parts = QTextBrowser(self)
        self.parts.setAccessibleName(self.tr("Parts and their licences"))
        self.parts.setHtml(parts_html())
        self.parts.setMinimumHeight(self.fontMetrics().height() * 14)
        heading.setBuddy(self.parts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.version)
        words.addWidget(blurb)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading)
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
