"""The network-map view and its exports, as the keyworker and the record screen use them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QImage,
    QNativeGestureEvent,
    QPainter,
    QPixmap,
    QPointingDevice,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from keyworker_desktop.domain.network import MapNode, MapPerson, NetworkMap
from keyworker_desktop.ui.network_export import PNG_SCALE, build_scene, export_map, print_map
from keyworker_desktop.ui.network_items import (
    ALERT,
    MAX_ENLARGE,
    MIN_TEXT_PX,
    LinkItem,
    NodeItem,
    font_px,
    legible_factor,
    legible_zoom,
    map_metrics,
    shorter_names,
)
from keyworker_desktop.ui.network_map import NetworkMapView

TODAY = date(2025, 3, 31)


def _network() -> NetworkMap:
    """Fictional people, one of each link style and direction."""
    nodes = (
        MapNode("gp", "Dr Nia Moss", "GP", "Brookside Surgery", "health", "strong",
                "to_young_person", last_contact=TODAY - timedelta(weeks=1)),
        MapNode("senco", "Ola Quinn", "SENCo", "Fernhill School", "education", "tenuous",
                "both", last_contact=TODAY - timedelta(weeks=6)),
        MapNode("sw", "Kit Varga", "Social worker", "Westmoor Council", "social_care",
                "stressful", "from_young_person", has_overdue_action=True),
        MapNode("club", "Rae Upton", "Youth worker", "Canal Youth Club", "voluntary_community",
                "tenuous", "none"),
        MapNode("nan", "Nan Iris", "Grandmother", "Family", "family_informal", "none", "none"),
    )
    return NetworkMap(MapPerson("yp", "Robin", "RT"), nodes)


@pytest.fixture
def view(qtbot: QtBot) -> NetworkMapView:
    widget = NetworkMapView(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_map(_network())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _links(view: NetworkMapView) -> dict[str, LinkItem]:
    return {link.node_id: link for link in view.network_scene().link_items()}


def test_one_item_per_professional(view: NetworkMapView) -> None:
    nodes = [i for i in view.network_scene().items() if isinstance(i, NodeItem)]
    assert sorted(n.node_id for n in nodes) == ["club", "gp", "nan", "senco", "sw"]


def test_links_follow_the_ecomap_convention(view: NetworkMapView) -> None:
    links = _links(view)
    assert "nan" not in links  # known but not connected: no line at all
    assert links["gp"].pen().style() == Qt.PenStyle.SolidLine
    assert links["senco"].pen().style() == Qt.PenStyle.DashLine
    assert links["gp"].pen().widthF() > links["senco"].pen().widthF()
    assert links["gp"].pen().widthF() > links["sw"].pen().widthF()
    # Stressful is a zig-zag: many more path points than a straight line's two.
    assert links["sw"].path().elementCount() > 10
    assert links["gp"].path().elementCount() == 2
    assert [len(links[k].arrowheads) for k in ("gp", "senco", "sw", "club")] == [1, 2, 1, 0]


def test_arrowheads_point_the_way_support_flows(view: NetworkMapView) -> None:
    links = _links(view)
    centre = QPointF(0, 0)
    to_yp = links["gp"].arrowheads[0].at(0)  # tip of the arrow
    from_yp = links["sw"].arrowheads[0].at(0)
    gp = view.network_scene().node_item("gp")
    sw = view.network_scene().node_item("sw")
    assert gp is not None and sw is not None
    assert (to_yp - centre).manhattanLength() < (to_yp - gp.pos()).manhattanLength()
    assert (from_yp - sw.pos()).manhattanLength() < (from_yp - centre).manhattanLength()


def test_flags_are_shown_in_words_not_colour_alone(view: NetworkMapView) -> None:
    scene = view.network_scene()
    senco, sw, gp = (scene.node_item(k) for k in ("senco", "sw", "gp"))
    assert senco is not None and sw is not None and gp is not None
    assert senco.attention == ["No contact for 6 weeks"]
    assert sw.attention == ["Action overdue"]
    assert gp.attention == []
    assert "Action overdue." in sw.accessible_description


def test_the_maps_own_no_contact_weeks_decide_the_flag(view: NetworkMapView) -> None:
    network = _network()
    view.set_map(NetworkMap(network.person, network.nodes, stale_after=timedelta(weeks=8)))
    senco = view.network_scene().node_item("senco")
    assert senco is not None
    assert senco.attention == []
    assert "No contact" not in senco.accessible_description
    view.set_map(NetworkMap(network.person, network.nodes, stale_after=timedelta(weeks=1)))
    gp = view.network_scene().node_item("gp")
    assert gp is not None and gp.attention == ["No contact for 1 week"]


def test_dragging_a_node_emits_its_new_position(view: NetworkMapView, qtbot: QtBot) -> None:
    item = view.network_scene().node_item("gp")
    assert item is not None
    before = item.pos()
    start = view.mapFromScene(before)
    end = start + QPoint(60, 40)
    with qtbot.waitSignal(view.node_moved, timeout=1000) as moved:
        QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(view.viewport(), start + QPoint(30, 20))
        QTest.mouseMove(view.viewport(), end)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    node_id, x, y = moved.args
    after = view.mapToScene(end) - view.mapToScene(start) + before
    assert node_id == "gp"
    assert (x, y) == pytest.approx((after.x(), after.y()), abs=1.0)
    assert view.node_positions()["gp"] == pytest.approx((x, y))
    # The link followed the node.
    link = _links(view)["gp"]
    assert link.path().boundingRect().united(link.boundingRect()).intersects(
        item.sceneBoundingRect().adjusted(-10, -10, 10, 10))


def test_shift_arrow_moves_the_focused_node(view: NetworkMapView, qtbot: QtBot) -> None:
    view.set_current_node("club")
    x0, y0 = view.node_positions()["club"]
    with qtbot.waitSignal(view.node_moved) as moved:
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    node_id, x, y = moved.args
    assert node_id == "club" and x > x0 and y == pytest.approx(y0)


def test_layout_now_keeps_a_node_placed_by_hand(view: NetworkMapView) -> None:
    item = view.network_scene().node_item("club")
    assert item is not None
    item.setPos(2000, 1500)
    view.network_scene().node_released(item)
    view.layout_now()
    assert view.node_positions()["club"] == (2000, 1500)


def test_tab_moves_focus_between_nodes_and_describes_them(
    view: NetworkMapView, qtbot: QtBot
) -> None:
    view.setFocus()
    seen: list[str] = []
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        seen.append(view.current_node_id() or "")
        item = view.network_scene().node_item(seen[-1])
        assert item is not None and item.current
        assert view.accessibleName() == item.accessible_name
        assert view.accessibleDescription().startswith(item.accessible_description)
        assert f"Professional {len(seen)} of 5." in view.accessibleDescription()
    assert sorted(seen) == ["club", "gp", "nan", "senco", "sw"]
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert view.current_node_id() == seen[3]
    assert not view.network_scene().node_item(seen[4]).current  # type: ignore[union-attr]


def test_without_focus_the_view_describes_the_map(view: NetworkMapView) -> None:
    assert view.accessibleName() == "Network map for Robin"
    assert view.accessibleDescription().startswith("5 professionals")


def test_enter_opens_and_delete_asks_to_remove(view: NetworkMapView, qtbot: QtBot) -> None:
    view.set_current_node("senco")
    with qtbot.waitSignal(view.node_activated) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["senco"]
    with qtbot.waitSignal(view.node_delete_requested) as deleted:
        QTest.keyClick(view, Qt.Key.Key_Delete)
    assert deleted.args == ["senco"]


def _action(menu: QMenu, *path: str) -> QAction:
    for text in path[:-1]:
        menu = next(cast(QMenu, a.menu()) for a in menu.actions() if a.text() == text)
    return next(a for a in menu.actions() if a.text() == path[-1])


def test_node_menu_changes_the_link_and_deletes(view: NetworkMapView, qtbot: QtBot) -> None:
    menu = view.context_menu("gp")
    with qtbot.waitSignal(view.link_changed) as changed:
        _action(menu, "Change link", "Strength", "Stressful").trigger()
    assert changed.args == ["gp", "stressful", "to_young_person"]
    with qtbot.waitSignal(view.link_changed) as changed:
        _action(menu, "Change link", "Direction", "Support goes both ways").trigger()
    assert changed.args == ["gp", "strong", "both"]
    with qtbot.waitSignal(view.node_delete_requested) as deleted:
        _action(menu, "Delete…").trigger()
    assert deleted.args == ["gp"]
    with qtbot.waitSignal(view.node_activated):
        _action(menu, "Edit…").trigger()


def test_background_menu_adds_a_professional(view: NetworkMapView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.add_requested):
        _action(view.context_menu(None), "Add professional…").trigger()


def test_keys_and_wheel_zoom(view: NetworkMapView) -> None:
    start = view.zoom_level()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom_level() == pytest.approx(start * 1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom_level() == pytest.approx(start)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom_level() > start
    QTest.keyClick(view, Qt.Key.Key_0)
    assert view.zoom_level() == pytest.approx(start)


def test_touchpad_pinch_zooms(view: NetworkMapView) -> None:
    start = view.zoom_level()
    centre = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        centre, centre, QPointF(view.viewport().mapToGlobal(centre)), 0.5, QPointF(), 0)
    QApplication.sendEvent(view.viewport(), pinch)
    assert view.zoom_level() == pytest.approx(start * 1.5)


def test_photo_replaces_the_initials(view: NetworkMapView) -> None:
    photo = QPixmap(40, 40)
    photo.fill(Qt.GlobalColor.darkCyan)
    view.set_photo(photo)
    centre = view.network_scene().centre
    assert centre is not None and centre.photo is photo
    assert not view.grab().isNull()


def test_set_map_keeps_the_zoom(view: NetworkMapView) -> None:
    view.zoom_by(1.5)
    zoom = view.zoom_level()
    view.set_map(_network())
    assert view.zoom_level() == pytest.approx(zoom)


def test_svg_export_contains_every_label(tmp_path: Path, qapp: QApplication) -> None:
    path = export_map(_network(), tmp_path / "map.svg", today=TODAY)
    svg = path.read_text(encoding="utf-8")
    for label in ("Robin", "Dr Nia Moss", "Fernhill School", "Grandmother",
                  "No contact for 6 weeks", "Action overdue", "Key", "Stressful link"):
        assert label in svg


def test_pdf_export_has_real_text(tmp_path: Path, qapp: QApplication) -> None:
    path = export_map(_network(), tmp_path / "map.pdf", today=TODAY)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height  # A4 landscape
    text = " ".join(reader.pages[0].extract_text().split())
    for label in ("Network map for Robin", "Kit Varga", "Canal Youth Club", "Nan Iris"):
        assert label in text


def test_png_export_is_twice_the_map_size(tmp_path: Path, qapp: QApplication) -> None:
    path = export_map(_network(), tmp_path / "map.png", today=TODAY)
    rect = build_scene(_network(), today=TODAY).content_rect()
    image = QImage(str(path))
    assert not image.isNull()
    assert abs(image.width() - rect.width() * PNG_SCALE) <= 1
    assert abs(image.height() - rect.height() * PNG_SCALE) <= 1


def test_unknown_export_format_is_refused(tmp_path: Path, qapp: QApplication) -> None:
    with pytest.raises(ValueError):
        export_map(_network(), tmp_path / "map.docx")


def test_print_map_draws_on_the_printer(tmp_path: Path, qapp: QApplication) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_map(_network(), printer, today=TODAY)
    text = " ".join(PdfReader(tmp_path / "printed.pdf").pages[0].extract_text().split())
    assert "Ola Quinn" in text


def _run(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_export_from_the_command_line_creates_its_own_application(tmp_path: Path) -> None:
    out = tmp_path / "cli.svg"
    done = _run(
        "from pathlib import Path\n"
        "from tests.ui.test_network_map import _network\n"
        "from keyworker_desktop.ui.network_export import export_map\n"
        f"export_map(_network(), Path({str(out)!r}))\n"
    )
    assert done.returncode == 0, done.stderr
    assert "Kit Varga" in out.read_text(encoding="utf-8")


def test_export_refuses_a_gui_only_application_instead_of_crashing() -> None:
    done = _run(
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "from keyworker_desktop.ui.network_export import ensure_qt_app\n"
        "try:\n"
        "    ensure_qt_app()\n"
        "except RuntimeError as error:\n"
        "    print(error)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "needs a QApplication" in done.stdout


def _busiest_demo_map(tmp_path: Path) -> NetworkMap:
    """The demo caseload's busiest network, as the record's Network tab loads it."""
    from keyworker_desktop.services.demo import populate_demo
    from keyworker_desktop.services.network_map import network_map_for
    from keyworker_desktop.store import keys
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.models import YoungPerson

    store = Store.create(tmp_path / "demo", "pebble lantern thursday", user_name="Sam",
                         kdf=keys.TEST_KDF)
    try:
        with store.transaction() as session:
            populate_demo(session, today=TODAY)
        with store.session() as session:
            maps = [network_map_for(session, yp.id, TODAY)
                    for yp in session.query(YoungPerson).all()]
    finally:
        store.close()
    return max(maps, key=lambda m: len(m.nodes))


def test_names_stay_legible_on_the_fitted_busiest_demo_map(
        qtbot: QtBot, tmp_path: Path) -> None:
    network = _busiest_demo_map(tmp_path)
    assert len(network.nodes) >= 10
    view = NetworkMapView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(1164, 406)  # the map's room in the record at 1366×768
    view.set_map(network)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_view()
    zoom = view.zoom_level()
    metrics = view.network_scene().metrics
    assert zoom * font_px(metrics.font) < MIN_TEXT_PX  # at actual size text would be tiny
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        factor = legible_factor(metrics, zoom, painter.paintEngine())
    finally:
        painter.end()
    assert factor > 1
    for item in view.network_scene().node_items():
        rows = item.compact_rows(factor)
        assert rows, item.node.name
        name = rows[0]
        assert name.text in shorter_names(item.node.name)  # shortened, never cut off
        assert font_px(name.font) * zoom >= MIN_TEXT_PX - 0.5
        assert any(row.colour == ALERT for row in rows) == bool(item.attention)


def test_shorter_names_keep_the_family_name_and_titles() -> None:
    assert shorter_names("Dr Farah Siddiqui") == [
        "Dr Farah Siddiqui", "Dr F Siddiqui", "Siddiqui"]
    assert shorter_names("Joanne Pritchard") == ["Joanne Pritchard", "J Pritchard", "Pritchard"]
    assert shorter_names("Nan") == ["Nan"]


def test_vector_output_always_gets_text_at_its_own_size(tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "map.pdf"))
    painter = QPainter(printer)
    try:
        assert legible_factor(map_metrics(), 0.05, painter.paintEngine()) == 1.0
    finally:
        painter.end()


def test_fit_never_shrinks_names_past_reading(qtbot: QtBot) -> None:
    view = NetworkMapView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(240, 120)  # very large text in a small window leaves the map this little
    view.set_map(_network())
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_view()
    assert view.zoom_level() == pytest.approx(legible_zoom(view.network_scene().metrics))
    item = view.network_scene().node_item("gp")
    assert item is not None and item.compact_rows(MAX_ENLARGE)[0].text == "Moss"
