"""``attach`` (cli/document_commands.py) on a store that never held the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.cli.document_commands import DOCUMENT_KINDS
from keyworker_desktop.services.documents import DocumentKind
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Consent, Document

from .conftest import PASS

PDF = b"%PDF-1.4\n% signed\n%%EOF\n"


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def held(root: Path) -> list[tuple[str, str, str | None]]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return [(d.kind, d.attached_to, d.attached_to_id) for d in s.query(Document)]
    finally:
        store.close()


def test_attach_to_the_record_and_as_a_signed_consent_form(
        root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
               "--json") == 0
    yp = json.loads(capsys.readouterr().out)["id"]
    form = tmp_path / "form.pdf"
    form.write_bytes(PDF)
    # No consent in force yet: refused, nothing held.
    assert run(root, "attach", yp, str(form), "--consent", "keyworker") == 2
    assert "no keyworker consent in force" in capsys.readouterr().err
    assert run(root, "attach", yp, str(form), "--allocation", "keyworker") == 2
    assert held(root) == []
    program = tmp_path / "setup.pdf"
    program.write_bytes(b"MZ\x90\x00 not a pdf")
    assert run(root, "attach", yp, str(program)) == 2
    assert "cannot be attached" in capsys.readouterr().err
    assert run(root, "attach", yp, str(tmp_path / "missing.pdf")) == 1
    assert held(root) == []

    assert run(root, "attach", yp, str(form), "--kind", "letter") == 0
    assert "Attached form.pdf to Ava Reed's record (" in capsys.readouterr().out
    assert run(root, "consent", yp, "--kind", "keyworker", "--given-by", "young-person") == 0
    capsys.readouterr()
    assert run(root, "attach", yp, str(form), "--consent", "keyworker", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            [consent] = s.query(Consent).all()
            assert consent.signed_document_id == out["id"]
    finally:
        store.close()
    assert sorted(held(root), key=str) == sorted(
        [("letter", "", None), ("consent_form", "consent", consent.id)], key=str)


def test_the_kinds_offered_are_the_document_kinds() -> None:
    assert set(DOCUMENT_KINDS) == {k.value for k in DocumentKind}
