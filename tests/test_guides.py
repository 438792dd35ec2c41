"""The guides (docs/user-guide.md, docs/admin-guide.md) show pictures that exist and name
keys the app really has."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"
UI = Path(__file__).resolve().parents[1] / "keyworker_desktop" / "ui"


def test_every_picture_and_link_in_the_guides_exists() -> None:
    for guide in ("user-guide.md", "admin-guide.md"):
        text = (DOCS / guide).read_text()
        targets = re.findall(r"\]\(([^)#]+)\)", text)
        local = [t for t in targets if "://" not in t]
        assert local, guide
        for target in local:
            assert (DOCS / target).is_file(), f"{guide}: {target}"


def test_the_keys_the_user_guide_lists_are_the_apps() -> None:
    text = (DOCS / "user-guide.md").read_text()
    table = text[text.index("## Keys at a glance"):]
    keys = set(re.findall(r"`(Ctrl\+[^`]+|F1)`", table))
    sources = "\n".join(p.read_text() for p in UI.rglob("*.py"))
    for key in keys - {"Ctrl+1", "Ctrl+5", "F1", "Ctrl+F", "Ctrl+P"}:
        assert f'"{key}"' in sources, key
    # Ctrl+1..5 are made from the day screens' places; Find and Print are Qt's standard keys.
    assert 'f"Ctrl+{position}"' in sources
    assert "StandardKey.Find" in sources and "StandardKey.Print" in sources
