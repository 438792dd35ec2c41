"""Slowing repeated wrong passphrases; the count survives a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import TooManyAttempts, WrongPassphrase
from keyworker_desktop.store.files import file_lock
from keyworker_desktop.store.lockout import FREE_ATTEMPTS, MAX_DELAY_S, Lockout, delay_after
from tests.store.conftest import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_three_free_attempts_then_a_wait(tmp_path: Path) -> None:
    clock = Clock()
    lockout = Lockout(tmp_path / "attempts.json", clock)
    for _ in range(FREE_ATTEMPTS - 1):
        lockout.record_failure()
        lockout.check()
    lockout.record_failure()
    clock.now += 1
    with pytest.raises(TooManyAttempts) as info:
        lockout.check()
    assert info.value.retry_after == pytest.approx(1.0)
    clock.now += 1.01
    lockout.check()


def test_the_count_survives_a_restart_and_success_resets_it(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "attempts.json"
    for _ in range(4):
        Lockout(path, clock).record_failure()
    restarted = Lockout(path, clock)
    assert restarted.failures == 4
    with pytest.raises(TooManyAttempts):
        restarted.check()
    restarted.reset()
    assert not path.exists()
    Lockout(path, clock).check()


def test_delays_double_and_are_capped() -> None:
    assert [delay_after(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert delay_after(100) == MAX_DELAY_S


def test_a_clock_set_back_never_means_more_than_the_delay(tmp_path: Path) -> None:
    clock = Clock()
    lockout = Lockout(tmp_path / "attempts.json", clock)
    for _ in range(FREE_ATTEMPTS):
        lockout.record_failure()
    clock.now -= 86_400
    assert lockout.wait_remaining() == delay_after(FREE_ATTEMPTS)


def test_a_damaged_attempts_file_counts_as_no_failures(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    path.write_text("{not json")
    assert Lockout(path).failures == 0


def test_open_with_wrong_passphrase_records_failures_and_then_refuses(store: Store,
                                                                      root: Path) -> None:
    store.close()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            Store.open(root, "not the passphrase")
    assert Lockout(store.paths.attempts).failures == FREE_ATTEMPTS
    with pytest.raises(TooManyAttempts):
        Store.open(root, PASSPHRASE)  # even the right one must wait


def test_a_right_passphrase_clears_the_count(store: Store, root: Path) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(root, "not the passphrase")
    assert store.paths.attempts.exists()
    Store.open(root, PASSPHRASE, daily_backup=False).close()
    assert not store.paths.attempts.exists()


def test_the_attempts_file_holds_no_personal_data(store: Store, root: Path) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(root, "not the passphrase")
    text = store.paths.attempts.read_text()
    assert "not the passphrase" not in text and "Sam" not in text


# -- issue 15 item 11: the slow-down held against parallel processes and a deleted file --

_GUESSER = """
import sys, time
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import StoreInUse, TooManyAttempts, WrongPassphrase
print("ready", flush=True)
seconds = float(sys.stdin.readline())
end = time.monotonic() + seconds
guesses = 0
while time.monotonic() < end:
    try:
        Store.open(sys.argv[1], "not the passphrase", daily_backup=False)
    except WrongPassphrase:
        guesses += 1
    except (TooManyAttempts, StoreInUse):  # made to wait, or another guesser holds the store
        time.sleep(0.02)
print(guesses, flush=True)
"""


def parallel_guesses(root: Path, processes: int, seconds: float) -> int:
    """Wrong passphrases actually tried by ``processes`` processes guessing at once for
    ``seconds`` (each counts the attempts that reached the key derivation); they all
    start together, once every one has imported the store."""
    procs = [subprocess.Popen([sys.executable, "-c", _GUESSER, str(root)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
             for _ in range(processes)]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write(f"{seconds}\n")
            p.stdin.flush()
        return sum(int(p.communicate(timeout=120)[0].strip()) for p in procs)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()


def test_parallel_processes_cannot_guess_faster_than_the_schedule(store: Store,
                                                                  root: Path) -> None:
    store.close()
    guesses = parallel_guesses(root, processes=6, seconds=4.0)
    # The schedule allows three free guesses, then one 2 s after the third: four in 4 s.
    # Without the lock, six processes made 40-60 in the same time.
    assert 1 <= guesses <= FREE_ATTEMPTS + 1
    assert Lockout(store.paths.attempts).failures == guesses  # none lost to a race


def test_deleting_or_editing_the_attempts_file_resets_nothing(store: Store,
                                                              root: Path) -> None:
    store.close()
    for _ in range(FREE_ATTEMPTS + 2):
        try:
            Store.open(root, "not the passphrase")
        except TooManyAttempts:
            break
        except WrongPassphrase:
            pass
    lockout = Lockout(store.paths.attempts)
    counted = lockout.failures
    assert counted >= FREE_ATTEMPTS
    store.paths.attempts.unlink()
    assert Lockout(store.paths.attempts).failures == counted
    with pytest.raises(TooManyAttempts):
        Store.open(root, PASSPHRASE)
    store.paths.attempts.write_text(json.dumps({"failures": 0, "last_failure": 0}))
    with pytest.raises(TooManyAttempts):
        Store.open(root, PASSPHRASE)
    # The count lives in the key file beside the wrapped key, which still opens.
    raw = json.loads(store.paths.key.read_text())
    assert raw["slowdown"]["failures"] == counted
    assert keys.unwrap(keys.read_key_file(store.paths.key), PASSPHRASE)


def test_success_clears_both_copies_of_the_count(store: Store, root: Path) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(root, "not the passphrase")
    assert "slowdown" in json.loads(store.paths.key.read_text())
    Store.open(root, PASSPHRASE, daily_backup=False).close()
    assert "slowdown" not in json.loads(store.paths.key.read_text())
    assert Lockout(store.paths.attempts).failures == 0


def test_a_passphrase_change_waits_for_an_attempt_in_progress(store: Store,
                                                             root: Path) -> None:
    # Another process trying a passphrase holds the lock: the change waits, so that the
    # attempt's count written into the key file cannot put the old wrapped key back.
    held = threading.Event()

    def attempt() -> None:
        with file_lock(store.paths.attempts_lock):
            held.set()
            time.sleep(0.5)

    other = threading.Thread(target=attempt)
    other.start()
    held.wait(5)
    began = time.monotonic()
    store.change_passphrase(PASSPHRASE, "a new passphrase here")
    waited = time.monotonic() - began
    other.join()
    assert waited >= 0.3
    store.close()
    Store.open(root, "a new passphrase here", daily_backup=False).close()
