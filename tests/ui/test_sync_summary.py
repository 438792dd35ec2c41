"""The sync summary (ui/sync/summary_dialog.py) on young people no longer allocated."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.ui.sync.controller import SyncOutcome
from keyworker_desktop.ui.sync.summary_dialog import SyncSummaryDialog, summary_html, summary_title
from tests.ui.conftest import focusable_without_name


def outcome(removed: list[str], kept: list[str], names: dict[str, str]) -> SyncOutcome:
    summary = SyncSummary(removed_young_person_ids=removed, kept_out_of_scope_ids=kept)
    return SyncOutcome(summary, names, OpChanges.all())


def test_removed_young_people_are_counted_and_kept_ones_named(qtbot: QtBot) -> None:
    done = outcome(["a", "b"], ["c"], {"c": "Cal Moss"})
    body = summary_html(done)
    assert "Removed from this laptop" in body
    assert ("2 young people are no longer allocated to you, so their records were removed "
            "from this laptop. Everything synced about them is safe on the central store."
            ) in body
    assert "No longer allocated to you" in body and "<li>Cal Moss</li>" in body
    assert "Please speak to your manager" in body
    assert summary_title(done) == "Sync finished"
    dialog = SyncSummaryDialog(done)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Cal Moss" in dialog.body.text() and dialog.body.accessibleName()
    assert focusable_without_name(dialog) == []


def test_one_removed_young_person_reads_as_one() -> None:
    body = summary_html(outcome(["a"], [], {}))
    assert "1 young person is no longer allocated to you, so their record was removed" in body
    assert "No longer allocated to you<" not in body  # nobody kept: no such section


def test_nothing_about_scope_when_nobody_left() -> None:
    done = outcome([], [], {})
    assert "Removed" not in summary_html(done) and summary_title(done) == (
        "Everything is up to date")


def test_a_value_over_a_limit_and_one_not_applied_are_named_by_kind_and_field() -> None:
    from keyworker_desktop.sync.outcome import RejectedChange, UnreadableValue

    summary = SyncSummary(
        rejected=[RejectedChange("c1", "family_member", "r1", "yp", "too_large", "…",
                                 ("notes",), 100_000)],
        unreadable=[UnreadableValue("ending", "r2", "yp", "reopened_on")])
    body = summary_html(SyncOutcome(summary, {"yp": "Jo Pryce"}, OpChanges.all()))
    assert ("Jo Pryce, Family member: Notes: longer than the central store takes (at most "
            "100,000 characters)") in body
    assert "Not applied on this laptop" in body
    assert ("Jo Pryce, Ending: Reopened on: a value received from the central store that "
            "this laptop cannot hold.") in body
    assert summary_title(SyncOutcome(summary, {}, OpChanges.all())) != (
        "Everything is up to date")
