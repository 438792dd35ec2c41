"""Slowing repeated wrong passphrases; the count survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import TooManyAttempts, WrongPassphrase
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
