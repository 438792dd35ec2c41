"""The sectioned list (ui/grouped_list.py): row sizes follow the width and the font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.grouped_list import Entry, GroupedListView, section

LONG = "Ring the school about the transport plan before the review on Thursday " * 3


def row_height(view: GroupedListView, row: int) -> int:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # what the view gives its delegate
    return view.itemDelegate().sizeHint(option, view.entries_model.index(row)).height()


@pytest.fixture
def view(qtbot: QtBot) -> GroupedListView:
    # A fixture, so the widget lives until teardown (not collected while it paints).
    widget = GroupedListView()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def test_row_heights_follow_the_width_and_the_font(qtbot: QtBot, view: GroupedListView) -> None:
    view.set_entries(section("Actions due this week", [Entry(LONG, detail="Cy Moor")], ""))
    wide = row_height(view, 1)
    assert row_height(view, 1) == wide  # asked again (from the cache): the same

    view.resize(300, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 320)
    narrow = row_height(view, 1)
    assert narrow > wide  # the text wraps onto more lines

    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert row_height(view, 1) > narrow
