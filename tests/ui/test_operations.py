"""Background jobs (ui/operations.py): results and errors come back on the main thread."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from keyworker_desktop.app import SafeFormatter
from keyworker_desktop.domain.tracebacks import safe_traceback
from keyworker_desktop.store.errors import StoreError
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import (
    plain_error_message,
    run_task,
    wait_for_ops,
)

SECRET = "Jamie Example, NHS 943 476 5919"


def test_result_is_delivered_on_the_main_thread(ctx: AppContext) -> None:
    threads: dict[str, threading.Thread] = {}

    def job() -> int:
        threads["job"] = threading.current_thread()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(value)

    run_task(ctx, job, done)
    wait_for_ops(ctx)
    assert results == [42]
    assert threads["done"] is threading.main_thread()
    assert threads["job"] is not threading.main_thread()


def test_returned_changes_reach_the_hub(qtbot: QtBot, ctx: AppContext) -> None:
    changes = OpChanges.of({"visit"}, {"yp-1"})
    with qtbot.waitSignal(ctx.hub.changes_applied, timeout=2000) as blocker:
        run_task(ctx, lambda: changes, lambda _c: None)
    assert blocker.args == [changes, None]  # (changes, initiator): none given
    assert changes.touches("visit") and not changes.touches("consent")
    assert changes.touches_young_person("yp-1")
    assert not OpChanges() and OpChanges.all().touches("anything")


def test_a_store_error_shows_its_own_message(
    ctx: AppContext, interaction: ScriptedInteraction
) -> None:
    def job() -> None:
        raise StoreError("The date must be today or earlier.")

    run_task(ctx, job, lambda _r: None)
    wait_for_ops(ctx)
    assert interaction.texts("warn") == ["The date must be today or earlier."]


def test_an_unexpected_error_shows_the_plain_message_and_logs_no_data(
    ctx: AppContext, interaction: ScriptedInteraction, caplog: pytest.LogCaptureFixture
) -> None:
    def job() -> None:
        raise KeyError(SECRET)

    with caplog.at_level(logging.ERROR):
        run_task(ctx, job, lambda _r: None, label="save visit")
        wait_for_ops(ctx)
    assert interaction.texts("warn") == [plain_error_message()]
    record = caplog.records[-1]
    assert SECRET not in record.getMessage()
    assert record.exc_info is not None
    text = SafeFormatter().formatException(record.exc_info)
    assert "builtins.KeyError" in text and "in job" in text
    assert SECRET not in text


def test_chained_errors_keep_types_not_messages() -> None:
    try:
        try:
            raise ValueError(SECRET)
        except ValueError as inner:
            raise RuntimeError(SECRET) from inner
    except RuntimeError as exc:
        text = safe_traceback(exc)
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
    assert SECRET not in text


def test_results_after_a_lock_are_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    delivered: list[int] = []
    run_task(ctx, lambda: 1, delivered.append)
    ctx.generation += 1  # what a lock does
    wait_for_ops(ctx)
    assert delivered == []


def test_nothing_is_delivered_to_a_deleted_owner(qtbot: QtBot, ctx: AppContext) -> None:
    owner = QLabel()
    delivered: list[int] = []
    # The job ends only once the owner is gone: otherwise its result can be queued
    # before the deferred delete and (rightly) be delivered to a live owner.
    owner_gone = threading.Event()
    run_task(ctx, lambda: 1 if owner_gone.wait(5) else 0, delivered.append, owner=owner)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(owner)
    owner_gone.set()
    qtbot.waitUntil(lambda: not ctx.hub.pending_ops, timeout=2000)
    assert delivered == []
