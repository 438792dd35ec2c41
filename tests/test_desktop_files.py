"""The .desktop file, the AppStream metadata and the icon agree with each other and the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from keyworker_desktop import __version__, app
from keyworker_desktop.ui import about

RESOURCES = Path(__file__).resolve().parents[1] / "keyworker_desktop" / "resources"
APP_ID = app.DESKTOP_FILE_NAME
DESKTOP = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"
ICONS = RESOURCES / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_launches_the_app_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == app.APP_NAME
    assert entry["Exec"].split()[0] == "keyworker-desktop"  # the gui-script pyproject declares
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    icon = entry["Icon"]
    assert (ICONS / f"{icon}.svg").is_file()
    for size in (16, 32, 48, 128, 256):
        assert (ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{icon}.png").is_file()


def test_the_metainfo_names_the_desktop_file_the_version_and_the_licence() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == app.APP_NAME
    assert component.findtext("project_license") == about.LICENCE
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert component.findtext("icon") == desktop_entry()["Icon"]
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_icon_is_drawn() -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "hicolor" / "48x48" / "apps" / "keyworker-desktop.png"))
    assert image.width() == 48
    centre = image.pixelColor(24, 24)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255 and corner.alpha() == 0  # a tile with rounded corners


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_desktop_file() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
