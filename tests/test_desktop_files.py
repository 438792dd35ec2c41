"""The .desktop file, the AppStream metadata and the icon agree with each other and the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

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


def test_the_metainfo_has_what_appstream_requires() -> None:
    # Always checked here (AppStream's required tags, one summary per language, the
    # languages we ship); where appstreamcli is installed it must accept the file too.
    component = ET.parse(METAINFO).getroot()
    for tag in ("id", "metadata_license", "project_license", "name", "summary",
                "description", "launchable", "content_rating", "releases"):
        assert component.find(tag) is not None, tag
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = [e.get(lang, "en") for e in component.findall("summary")]
    assert len(summaries) == len(set(summaries))
    assert all(len(e.text or "") <= 100 for e in component.findall("summary"))
    assert {e.text for e in component.findall("languages/lang")} == {"en", "cy"}
    if shutil.which("appstreamcli") is not None:
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


#: The keys of the Desktop Entry Specification 1.5 this file may use (a locale may follow
#: the localestrings: Name[cy]=…).
KNOWN_KEYS = {"Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon",
              "Hidden", "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec",
              "Path", "Terminal", "Actions", "MimeType", "Categories", "Implements",
              "Keywords", "StartupNotify", "StartupWMClass", "URL", "PrefersNonDefaultGPU",
              "SingleMainWindow"}
LOCALISED = {"Name", "GenericName", "Comment", "Keywords", "Icon"}
LIST_KEYS = {"OnlyShowIn", "NotShowIn", "Actions", "MimeType", "Categories", "Implements",
             "Keywords"}


def desktop_file_problems(path: Path) -> list[str]:
    """What desktop-file-validate would refuse in the parts of the spec this file uses."""
    problems = []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "[Desktop Entry]":
        problems.append("the first line is not [Desktop Entry]")
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or key != key.strip() or value != value.strip():
            problems.append(f"line {number}: not 'Key=value' without spaces around '='")
            continue
        base, _, locale = key.partition("[")
        if locale and (base not in LOCALISED or not locale.endswith("]")
                       or not locale[:-1].replace("_", "").replace("@", "").isalnum()):
            problems.append(f"line {number}: {key} is not a localised key")
        if base not in KNOWN_KEYS:
            problems.append(f"line {number}: {base} is not a key of the specification")
        if key in seen:
            problems.append(f"line {number}: {key} given twice")
        seen.add(key)
        if base in LIST_KEYS and not value.endswith(";"):
            problems.append(f"line {number}: the list {key} does not end with ';'")
        if base in {"Terminal", "StartupNotify", "NoDisplay", "Hidden"} and value not in (
                "true", "false"):
            problems.append(f"line {number}: {key} is not true or false")
    for required in ("Type", "Name", "Exec"):
        if required not in seen:
            problems.append(f"{required} is missing")
    return problems


def test_the_desktop_file_follows_the_specification(tmp_path: Path) -> None:
    # Our own check always runs (desktop-file-utils is not on every machine that runs the
    # tests); where desktop-file-validate is installed it must agree.
    assert desktop_file_problems(DESKTOP) == []
    broken = tmp_path / "broken.desktop"
    broken.write_text("[Desktop Entry]\nType=Application\nName[cy] = X\nFoo=1\n"
                      "Categories=Office\nTerminal=maybe\n", encoding="utf-8")
    assert desktop_file_problems(broken) == [
        "line 3: not 'Key=value' without spaces around '='",
        "line 4: Foo is not a key of the specification",
        "line 5: the list Categories does not end with ';'",
        "line 6: Terminal is not true or false",
        "Name is missing", "Exec is missing"]
    if shutil.which("desktop-file-validate") is not None:
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
