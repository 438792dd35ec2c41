"""Background imports while the lock screen waits (ui/preload.py)."""

from __future__ import annotations

import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from keyworker_desktop.ui import preload

PROBE = "keyworker_preload_probe"


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module that records the thread that imported it."""
    (tmp_path / f"{PROBE}.py").write_text(textwrap.dedent("""
        import threading
        imported_by = threading.current_thread().name
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield PROBE
    preload.wait()
    sys.modules.pop(PROBE, None)


def test_imports_in_a_background_thread_and_wait_returns_once_done(probe: str) -> None:
    preload.wait()  # nothing left over from a window made by an earlier test
    preload.start([probe])
    preload.wait()
    assert sys.modules[probe].imported_by not in ("", threading.current_thread().name)


def test_a_module_that_cannot_be_imported_does_not_stop_the_rest(probe: str) -> None:
    preload.wait()
    preload.start(["keyworker_desktop.no_such_module", probe])
    preload.wait()
    assert probe in sys.modules
    assert "keyworker_desktop.no_such_module" not in sys.modules


def test_wait_from_another_thread_while_the_thread_is_being_started(
        probe: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unlock job (a worker) may wait while the window starts the imports."""
    preload.wait()
    failures: list[BaseException] = []

    def wait_elsewhere() -> None:
        try:
            preload.wait()
        except BaseException as exc:  # noqa: B036 - the failure is what is checked
            failures.append(exc)

    real_thread = threading.Thread
    waiter = real_thread(target=wait_elsewhere)

    class WaitedOnBeforeStart(real_thread):
        def start(self) -> None:
            # Another thread waits between the thread's making and its start.
            waiter.start()
            waiter.join(0.2)
            super().start()

    monkeypatch.setattr(preload.threading, "Thread", WaitedOnBeforeStart)
    preload.start([probe])
    waiter.join(5)
    assert not waiter.is_alive() and failures == []
