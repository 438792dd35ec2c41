"""The one way to run work off the GUI thread.

``run_op`` runs a job against the open store in a worker thread and delivers the
result or the error back on the main thread (Anki's ``CollectionOp``, Picard's
``run_task``). A job that changed data returns an :class:`OpChanges` (or a value
with a ``changes`` attribute holding one, as a store write's ``Written`` does); the
context's hub then emits ``changes_applied`` with the job's initiator, so every
screen refreshes itself in one handler and the widget that saved can skip its own.

Widgets are never touched from a worker: the worker only calls ``fn`` and posts
the outcome to a receiver that lives on the main thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import StoreError
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.hub import Hub
from keyworker_desktop.ui.interaction import Interaction

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class JobContext(Protocol):
    """What running a job needs of the application context (``ui.context.AppContext``)."""

    hub: Hub
    interaction: Interaction
    pool: QThreadPool
    store: Store | None
    generation: int


def changes_of(result: object) -> OpChanges | None:
    """The :class:`OpChanges` a job returned, directly or as ``result.changes``."""
    if isinstance(result, OpChanges):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, OpChanges) else None


def plain_error_message() -> str:
    return translate(
        "operations",
        "Something went wrong. Your work is saved. If it happens again, restart the app; "
        "the details are in the log.",
    )


def describe_error(exc: BaseException) -> str:
    """What to tell the user: an expected store error's own message, else the plain one."""
    if isinstance(exc, StoreError):
        return exc.message
    return plain_error_message()


class _Receiver(QObject):
    """Lives on the main thread; the worker's signal is queued to it."""

    def __init__(self, deliver: Callable[[bool, Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self.emitter = _Emitter(self)
        self.emitter.finished.connect(self.receive, Qt.ConnectionType.QueuedConnection)

    @Slot(bool, object)
    def receive(self, ok: bool, payload: Any) -> None:
        self._deliver(ok, payload)


class _Emitter(QObject):
    finished = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], emitter: _Emitter, label: str,
                 expected: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        # The hub holds the job until its result is delivered.
        self.setAutoDelete(False)
        self._fn = fn
        self._emitter = emitter
        self._label = label
        self._expected: tuple[type[BaseException], ...] = (StoreError, *expected)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: B036 - every failure must reach the main thread
            if not isinstance(exc, self._expected):
                log.error("Operation %r failed", self._label or "unnamed", exc_info=exc)
            # The traceback holds frames and their locals; drop them before the hand-over.
            exc.__traceback__ = None
            self._emitter.finished.emit(False, exc)
        else:
            self._emitter.finished.emit(True, result)


def run_task(
    ctx: JobContext,
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    label: str = "",
    owner: QObject | None = None,
    parent: QWidget | None = None,
    pool: QThreadPool | None = None,
    expected: tuple[type[BaseException], ...] = (),
    initiator: object | None = None,
) -> None:
    """Run ``fn()`` in the background; ``on_done(result)`` or the error on the main thread.

    ``owner``: if it has been deleted by then, nothing is delivered. A result that
    arrives after the store was locked (or re-opened) is dropped. Without
    ``on_error`` the error is shown through ``ctx.interaction`` over ``parent``.
    ``pool``: another pool than the context's one worker, for long work that must
    not hold up recording (a sync); its owner waits for it before the store closes.
    ``expected``: errors that are part of the job's normal outcomes (being offline),
    delivered like any other but not logged as failures.
    ``initiator``: who started the job, sent with its changes so that widget's own
    handler can skip them. Not the ``owner`` by default: most screens that save
    also reload from their own change (a new row shows in their table).
    """
    generation = ctx.generation

    def deliver(ok: bool, payload: Any) -> None:
        ctx.hub.op_finished(receiver)
        if ctx.generation != generation or (owner is not None and not shiboken6.isValid(owner)):
            return
        if not ok:
            if on_error is not None:
                on_error(payload)
            else:
                ctx.interaction.warn(parent, translate("operations", "Problem"),
                                     describe_error(payload))
            return
        on_done(payload)
        changes = changes_of(payload)
        if changes:
            ctx.hub.changes_applied.emit(changes, initiator)

    receiver = _Receiver(deliver, ctx.hub)
    job = _Job(fn, receiver.emitter, label, expected)
    ctx.hub.op_started(receiver, job)
    (pool or ctx.pool).start(job)


def run_op(
    ctx: JobContext,
    fn: Callable[[Store], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    label: str = "",
    owner: QObject | None = None,
    parent: QWidget | None = None,
    initiator: object | None = None,
) -> None:
    """Run ``fn(store)`` against the open store in the background (see :func:`run_task`)."""
    store = ctx.store
    if store is None:
        raise RuntimeError("run_op needs an unlocked store")
    run_task(ctx, lambda: fn(store), on_done, on_error, label=label, owner=owner, parent=parent,
             initiator=initiator)


def wait_for_ops(ctx: JobContext, timeout_s: float = 10.0) -> None:
    """Process events until every started job has delivered (for tests and scripts)."""
    deadline = time.monotonic() + timeout_s
    while ctx.hub.pending_ops:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{ctx.hub.pending_ops} operation(s) still running")
        ctx.pool.waitForDone(20)
        QApplication.processEvents()


def new_pool() -> QThreadPool:
    """One worker: jobs run in the order they were started, so writes never race."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool
