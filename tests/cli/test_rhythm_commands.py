"""``contact`` and ``acknowledge`` on a store that never held the demo."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.services.network import save_professional_link
from keyworker_desktop.services.recording import save_note_draft
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ContactLogEntry, NetworkLink, SessionNote, SyncState

from .conftest import PASS


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def add(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
               "--referred-by", "GP", "--referred-on", "2025-03-01", "--json") == 0
    return str(json.loads(capsys.readouterr().out)["id"])


def test_contact_with_a_network_professional_moves_their_last_contact(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    yp_id = add(root, capsys)
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            save_professional_link(s, yp_id, None, date(2025, 3, 1), name="Jo Patel",
                                   sector="social_care", last_contact_on=date(2025, 1, 1))
    finally:
        store.close()
    assert run(root, "contact", "Ava", "--with", "jo patel", "--how", "in-person",
               "--at", "2025-03-05 14:30", "--direction", "in", "--summary", "Met at school") == 0
    assert "(network)" in capsys.readouterr().out
    assert run(root, "contact", "Ava", "--with", "Gran", "--how", "call",
               "--summary", "") == 2  # nothing said: refused
    with pytest.raises(SystemExit):
        run(root, "contact", "Ava", "--with", "Gran", "--how", "pigeon", "--summary", "x")
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            (entry,) = s.query(ContactLogEntry).all()
            assert (entry.how, entry.direction, entry.contact_at) == (
                "in_person", "in", datetime(2025, 3, 5, 14, 30))
            assert s.query(NetworkLink).one().last_contact_on == date(2025, 3, 5)
    finally:
        store.close()


def test_acknowledge_needs_a_managers_laptop(root: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    yp_id = add(root, capsys)
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            note_id = save_note_draft(s, yp_id, session_on=date(2025, 3, 5),
                                      purposes=["progress_chasing"],
                                      raise_with_manager=True).id
    finally:
        store.close()
    assert run(root, "acknowledge", note_id) == 2
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            s.add(SyncState(key="account", value={"v": {"user": "mo", "role": "manager"}}))
    finally:
        store.close()
    capsys.readouterr()
    assert run(root, "acknowledge", note_id, "--json") == 0
    assert json.loads(capsys.readouterr().out)["acknowledged_by"]
    assert run(root, "acknowledge", note_id) == 2  # already done
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            note = s.get(SessionNote, note_id)
            assert note is not None and note.raise_acknowledged_at is not None
    finally:
        store.close()
