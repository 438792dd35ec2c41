"""``keyworker network``: the map as SVG, PNG or PDF from the command line, and its audit."""

from __future__ import annotations

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from keyworker_desktop import cli
from keyworker_desktop.services.network import network_for
from keyworker_desktop.services.records import find_young_person
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent

from .conftest import PASS

WHO = "Oliver Thompson"


@pytest.fixture(scope="module")
def names(demo_store: Path) -> list[str]:
    """The professionals in the young person's network."""
    store = Store.open(demo_store, PASS)
    try:
        with store.session() as s:
            yp = find_young_person(s, WHO)
            assert yp is not None
            return [e.name for e in network_for(s, yp.id)]
    finally:
        store.close()


def run(store: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(store), *args])


def exports(store: Path) -> list[str]:
    opened = Store.open(store, PASS)
    try:
        with opened.session() as s:
            return [e.detail for e in s.scalars(select(AuditEvent).where(
                AuditEvent.action == "view", AuditEvent.detail.like("network map%")))]
    finally:
        opened.close()


def test_svg_names_every_professional(qapp: QApplication, demo_store: Path, names: list[str],
                                      tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "olly.svg"
    before = len(exports(demo_store))
    assert run(demo_store, "network", WHO, "--out", str(out)) == 0
    assert "Saved the network map for Olly" in capsys.readouterr().out
    root = ElementTree.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = " ".join(" ".join(root.itertext()).split())
    assert "Network map for Olly" in text
    assert len(names) >= 5
    for name in names:
        assert " ".join(name.split()) in text, name
    # The export is audited as a view; no temporary file is left beside it.
    assert exports(demo_store)[before:] == ["network map saved as SVG (command line)"]
    assert [p.name for p in tmp_path.iterdir()] == ["olly.svg"]


def test_pdf_text_names_every_professional(qapp: QApplication, demo_store: Path,
                                           names: list[str], tmp_path: Path) -> None:
    out = tmp_path / "olly.pdf"
    assert run(demo_store, "network", WHO, "--out", str(out)) == 0
    reader = PdfReader(BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Network map for Olly" in text
    for name in names:
        assert " ".join(name.split()) in text, name


def test_png_loads(qapp: QApplication, demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "olly.PNG"
    assert run(demo_store, "network", WHO, "--out", str(out)) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() > 400 and image.height() > 300


def test_unknown_young_person_exits_6(qapp: QApplication, demo_store: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nobody.svg"
    assert run(demo_store, "network", "Nobody Atall", "--out", str(out)) == 6
    assert "No single young person" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_format_is_a_usage_error(qapp: QApplication, demo_store: Path,
                                         tmp_path: Path) -> None:
    assert run(demo_store, "network", WHO, "--out", str(tmp_path / "map.jpg")) == 2
    assert run(demo_store, "network", WHO, "--out", str(tmp_path / "no" / "map.svg")) == 2
    assert list(tmp_path.iterdir()) == []


def test_no_display_needed(demo_store: Path, tmp_path: Path) -> None:
    """A separate process with no display and no Qt platform set still writes the map."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["KEYWORKER_PASSPHRASE"] = PASS
    out = tmp_path / "olly.png"
    done = subprocess.run(
        [sys.executable, "-m", "keyworker_desktop.cli", "--data-dir", str(demo_store),
         "network", WHO, "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
