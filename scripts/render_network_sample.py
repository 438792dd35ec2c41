"""Render a sample network map (fictional people) to docs/screenshots/network-map.png."""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from keyworker_desktop.domain.network import MapNode, MapPerson, NetworkMap  # noqa: E402

TODAY = date(2025, 3, 31)


def sample_network() -> NetworkMap:
    """A made-up young person and fourteen made-up professionals around them."""
    def ago(weeks: int) -> date:
        return TODAY - timedelta(weeks=weeks)

    nodes = [
        MapNode("n1", "Dr Asha Okafor", "Consultant psychiatrist", "Larkfield Ward (CAMHS)",
                "health", "strong", "to_young_person", last_contact=ago(1)),
        MapNode("n2", "Tom Birch", "Community nurse, learning disability", "Eastvale NHS Trust",
                "health", "tenuous", "to_young_person", last_contact=ago(6)),
        MapNode("n3", "Priya Nair", "Speech and language therapist", "Eastvale NHS Trust",
                "health", "strong", "both", last_contact=ago(2)),
        MapNode("n4", "Dr Ben Hale", "GP", "Millbrook Surgery", "health", "none", "none"),
        MapNode("n5", "Claire Dunn", "SENCo", "Hollybank School", "education", "strong",
                "to_young_person", last_contact=ago(1)),
        MapNode("n6", "Mr Joe Ellis", "Class teacher", "Hollybank School", "education",
                "stressful", "both", last_contact=ago(3), has_overdue_action=True),
        MapNode("n7", "Rosa Lind", "EHCP coordinator", "Eastvale Council SEND team",
                "education", "tenuous", "from_young_person", last_contact=ago(9)),
        MapNode("n8", "Marcus Shaw", "Social worker", "Eastvale Children's Services",
                "social_care", "stressful", "to_young_person", last_contact=ago(5),
                has_overdue_action=True),
        MapNode("n9", "Helen Cho", "Short breaks coordinator", "Eastvale Council",
                "social_care", "tenuous", "to_young_person", last_contact=ago(2)),
        MapNode("n10", "Ade Bello", "Youth worker", "Riverside Youth Club",
                "voluntary_community", "strong", "both", last_contact=ago(1)),
        MapNode("n11", "Sam Price", "Family support", "Parent Carer Forum",
                "voluntary_community", "tenuous", "to_young_person"),
        MapNode("n12", "Mum (Karen)", "Parent", "Family", "family_informal", "strong", "both",
                last_contact=ago(0)),
        MapNode("n13", "Grandad Len", "Grandparent", "Family", "family_informal", "strong",
                "to_young_person", last_contact=ago(2)),
        MapNode("n14", "Leah", "Older sister", "Family", "family_informal", "stressful",
                "both", last_contact=ago(4)),
    ]
    return NetworkMap(MapPerson("yp1", "Jamie", "JR"), tuple(nodes))


def main() -> None:
    """Render the sample view offscreen and save the screenshot."""
    from PySide6.QtWidgets import QApplication

    from keyworker_desktop.ui.network_map import NetworkMapView

    app = QApplication.instance() or QApplication(sys.argv)
    view = NetworkMapView(today=TODAY)
    view.resize(1400, 900)
    view.set_map(sample_network())
    view.show()
    app.processEvents()
    view.fit_to_view()
    view.set_current_node("n5")
    app.processEvents()
    out = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "network-map.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(out))
    print(out)


if __name__ == "__main__":
    main()
