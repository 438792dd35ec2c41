"""Consent on the record (ui/record/consent_box.py, consent_dialog.py, the header's
warning) on a store that never held the demo, driven with keys and clicks and checked
against what the store holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services import profile
from keyworker_desktop.services.consent import record_consent
from keyworker_desktop.services.network import save_professional_link
from keyworker_desktop.services.network_map import map_photo
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Consent, YoungPerson
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView
from keyworker_desktop.ui.record.consent_dialog import ConsentDialog, WithdrawConsentDialog
from tests.ui import record_support
from tests.ui.conftest import focusable_without_name
from tests.ui.record_support import open_record

store = record_support.store
yp_id = record_support.yp_id
LEFT = Qt.MouseButton.LeftButton
DATE_INNER = "QLineEdit('qt_spinbox_lineedit')"


def consents(store: Store, yp_id: str) -> list[Consent]:
    with store.session() as s:
        return list(s.scalars(select(Consent).where(Consent.young_person_id == yp_id)
                              .order_by(Consent.created_at)))


def with_family_and_network(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        profile.save_family_member(s, yp_id, name="Kim Reed", relation="sibling")
        profile.save_family_member(s, yp_id, name="Jo Reed", parental_responsibility=True)
        save_professional_link(s, yp_id, None, date(2025, 3, 10), name="Dr Okafor",
                               agency="CAMHS North")


def opened_dialog(qtbot: QtBot, view: RecordView) -> ConsentDialog:
    dialog = view.profile.consent.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_consent_from_a_parent_clears_the_warning(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    with_family_and_network(store, yp_id)
    view = open_record(qtbot, ctx, yp_id)
    box = view.profile.consent
    qtbot.waitUntil(lambda: box.model.rowCount() == 5)
    assert view.header.warning_bar.isVisible() and box.mode.isVisible()
    assert "offer stays open" in box.mode.text()
    qtbot.mouseClick(view.header.consent_button, LEFT)
    dialog = opened_dialog(qtbot, view)
    assert dialog.kind.currentData() == "keyworker"
    assert [w for w in focusable_without_name(dialog) if w != DATE_INNER] == []
    assert not dialog.person.isVisible() and not dialog.share_with.isVisible()
    qtbot.keyClick(dialog.given_by, Qt.Key.Key_Down)  # a person with parental responsibility
    assert dialog.person.isVisible()
    # Only the family member marked with parental responsibility is offered.
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Jo Reed"]
    qtbot.keyClicks(dialog.capacity, "Ava is 13; her mother consents with her")
    qtbot.keyClick(dialog.how, Qt.Key.Key_Down)  # verbally, in person
    dialog.review_on.setFocus()
    qtbot.keyClicks(dialog.review_on, "10/09/2025")
    ids: list[object] = []
    dialog.saved.connect(ids.append)
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    [given] = consents(store, yp_id)
    assert (given.kind, given.given_by, given.giver_name, given.how_recorded) == (
        "keyworker", "parental_responsibility", "Jo Reed", "verbally_in_person")
    assert (given.given_on, given.review_on) == (date(2025, 3, 10), date(2025, 9, 10))
    assert given.capacity_noted == "Ava is 13; her mother consents with her"
    assert ids == [given.id]  # the seam for attaching the signed form
    qtbot.waitUntil(lambda: not view.header.warning_bar.isVisible())
    assert view.header.consent.text() == "To work with a keyworker"
    qtbot.waitUntil(lambda: not box.mode.isVisible())
    row = box.model.rows()[1]
    assert row.in_force and box.model.index(1, 2).data() == "Jo Reed (parental responsibility)"


def test_a_best_interests_decision_needs_who_and_why(qtbot: QtBot, ctx: AppContext,
                                                      store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    qtbot.mouseClick(view.profile.consent.record_button, LEFT)
    dialog = opened_dialog(qtbot, view)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # to work with a keyworker
    qtbot.keyClick(dialog.given_by, Qt.Key.Key_End)  # a best-interests decision
    assert dialog.decided_by.isVisible() and dialog.decision_reason.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    assert "Who made the best-interests decision" in dialog.errors.message("giver_name")
    assert "Why the best-interests decision" in dialog.errors.message("decision_reason")
    assert dialog.isVisible() and consents(store, yp_id) == []
    qtbot.keyClicks(dialog.decided_by, "Dr Patel, consultant")
    qtbot.keyClicks(dialog.decision_reason, "Lacks capacity; parents cannot be reached")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    [given] = consents(store, yp_id)
    assert (given.kind, given.given_by, given.giver_name, given.decision_reason) == (
        "keyworker", "best_interest_decision", "Dr Patel, consultant",
        "Lacks capacity; parents cannot be reached")


def test_sharing_names_agencies_from_the_network_and_typed(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with_family_and_network(store, yp_id)
    view = open_record(qtbot, ctx, yp_id)
    qtbot.waitUntil(lambda: view.profile.consent.model.rowCount() == 5)
    qtbot.mouseClick(view.profile.consent.record_button, LEFT)
    dialog = opened_dialog(qtbot, view)
    dialog.kind.setCurrentIndex(dialog.kind.findData("share_information"))
    assert dialog.share_with.isVisible()
    assert dialog.agencies.currentText() == "CAMHS North"
    qtbot.mouseClick(dialog.add_agency, LEFT)
    qtbot.mouseClick(dialog.add_agency, LEFT)  # offered once only
    dialog.share_with.setFocus()
    qtbot.keyClick(dialog.share_with, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.share_with, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.share_with, "Oak School")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    [given] = consents(store, yp_id)
    assert (given.kind, given.given_by, given.share_with) == (
        "share_information", "young_person", "CAMHS North\nOak School")
    qtbot.waitUntil(lambda: view.profile.consent.model.rows()[2].in_force)
    assert "With: CAMHS North, Oak School" in view.profile.consent.model.index(2, 7).data()


def test_withdrawing_photo_consent_hides_the_photo(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        s.get(YoungPerson, yp_id).photo_png = b"\x89PNG fake"  # type: ignore[union-attr]
        record_consent(s, yp_id, kind="photo", given_by="young_person",
                       given_on=date(2025, 3, 1), today=date(2025, 3, 10))
        assert map_photo(s, yp_id) is not None
    view = open_record(qtbot, ctx, yp_id)
    box = view.profile.consent
    qtbot.waitUntil(box.withdraw_button.isEnabled)
    qtbot.mouseClick(box.withdraw_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, WithdrawConsentDialog)
    assert dialog.kind.currentData() == "photo" and dialog.kind.count() == 1
    dialog.on.setFocus()
    qtbot.keyClick(dialog.on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.on, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.on, "05/03/2025")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    [withdrawn] = consents(store, yp_id)
    assert withdrawn.withdrawn_on == date(2025, 3, 5)
    with store.session() as s:
        assert map_photo(s, yp_id) is None
    qtbot.waitUntil(lambda: not box.withdraw_button.isEnabled())
    assert box.model.index(3, 1).data() == "Withdrawn 5 Mar 2025"
