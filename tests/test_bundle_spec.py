"""build.spec keeps up with the app: what About names is bundled, and the data it lists exist.

The bundle itself is built and checked by .ci/bundle (./build-bundle), which takes longer.
"""

from __future__ import annotations

import re
from pathlib import Path

from keyworker_desktop.ui import about

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def test_every_part_about_names_has_its_metadata_bundled() -> None:
    listed = re.search(r"METADATA = \(([^)]*)\)", SPEC)
    assert listed is not None
    bundled = set(re.findall(r'"([^"]+)"', listed.group(1)))
    named = {part.distribution for part in about.PARTS if part.distribution}
    assert named <= bundled, named - bundled


def test_the_spec_bundles_the_resources_and_leaves_the_server_out() -> None:
    assert '(str(package / "resources"), "keyworker_desktop/resources")' in SPEC
    assert '"keyworker_desktop/store/migrations"' in SPEC
    assert 'collect_data_files("reportlab", includes=["fonts/*"])' in SPEC
    assert 'collect_submodules(\n    "keyworker_desktop"' in SPEC
    assert 'LEFT_OUT = ("keyworker_desktop.sync.server",)' in SPEC
    for server_part in ("starlette", "uvicorn", "psycopg"):
        assert f'"{server_part}"' in SPEC
    for folder in ("checklists", "demo", "pictograms", "icons", "desktop"):
        assert (ROOT / "keyworker_desktop" / "resources" / folder).is_dir()
