"""The command line in Welsh when ``KEYWORKER_LANGUAGE=cy`` and a catalogue is shipped."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from keyworker_desktop import cli
from keyworker_desktop.cli import language
from keyworker_desktop.domain import i18n

MISSING = "There is no Keyworker store in {path}. Create one with 'keyworker init'."
TS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context><name>Errors</name>
<message><source>{MISSING}</source>
<translation>Does dim storfa Keyworker yn {{path}}.</translation></message>
</context>
<context><name>EasyRead</name>
<message><source>{{name}}&apos;s plan</source><translation>Cynllun {{name}}</translation></message>
<message><source>family doctor</source><translation>meddyg teulu</translation></message>
</context>
</TS>
"""


@pytest.fixture
def welsh_qm(tmp_path: Path) -> Iterator[Path]:
    ts = tmp_path / "keyworker_cy.ts"
    ts.write_text(TS.replace("'keyworker init'", "&apos;keyworker init&apos;"),
                  encoding="utf-8")
    qm = tmp_path / "keyworker_cy.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    yield qm
    i18n.set_translator(None)
    i18n.register_language("cy", None)


def test_keyworker_language_cy_words_messages_in_welsh(
        welsh_qm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(language.LANGUAGE_ENV, "cy")
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", "correct horse battery")
    monkeypatch.setattr(language, "catalogue", lambda code: welsh_qm)
    assert cli.main(["--data-dir", str(tmp_path / "none"), "check"]) == 5
    assert f"Does dim storfa Keyworker yn {tmp_path / 'none'}." in capsys.readouterr().err
    # Untranslated texts stay as written; documents can be worded in Welsh too.
    assert i18n.translate("Cli", "The store is intact.") == "The store is intact."
    assert "cy" in i18n.languages()


def test_english_and_a_missing_catalogue_leave_the_words_as_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not language.install_language("en")
    assert not language.install_language("cy", tmp_path / "keyworker_cy.qm")
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    assert not language.install_language()
    assert i18n.translate("Errors", MISSING) == MISSING


def _words(pdf: Path) -> str:
    return " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(BytesIO(pdf.read_bytes())).pages)


def test_a_plan_printed_in_welsh_from_an_english_command_line(
        welsh_qm: Path, demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(language, "catalogue", lambda code: welsh_qm)
    out = tmp_path / "cy.pdf"
    assert cli.main(["--data-dir", str(demo_store), "plan", "Aisha Begum", "--out", str(out),
                     "--language", "cy"]) == 0
    assert "Cynllun Aish" in _words(out)
    assert "Aish's plan" in capsys.readouterr().out  # the command line itself stays English
    assert i18n.translate("EasyRead", "{name}'s plan") == "{name}'s plan"


def test_a_welsh_plan_without_a_catalogue_says_so_and_prints_english(
        demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(language, "catalogue", lambda code: tmp_path / "none.qm")
    out = tmp_path / "en.pdf"
    assert cli.main(["--data-dir", str(demo_store), "plan", "Aisha Begum", "--out", str(out),
                     "--language", "cy"]) == 0
    assert "no cy translation installed" in capsys.readouterr().err
    assert "Aish's plan" in _words(out)
