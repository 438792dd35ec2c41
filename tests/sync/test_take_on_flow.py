"""Issue 11's "done when", on the command line: a keyworker who never saw the demo takes a
referral through triage, consent and allocation (made centrally) to a closed case with a
signed form attached; after sync the same keyworker's second laptop and their senior's
show the same, and another team's keyworker receives nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store import keys
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server import cli as central_cli

from .conftest import PASSWORD, Running
from .test_allocation_flow import link_staff

PASS = "correct horse battery"
PDF = b"%PDF-1.4\n% signed by Ava and Sam\n%%EOF\n"
TODAY = date.today()


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.TEST_KDF)
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", PASS)
    monkeypatch.setenv("KEYWORKER_SERVER_PASSWORD", PASSWORD)


class Laptop:
    """One laptop's store, driven only through ``keyworker``."""

    def __init__(self, root: Path, user: str, server: Running,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.user, self.server, self.capsys = root, user, server, capsys
        assert self.run("init", "--name", user) == 0

    def run(self, *argv: str) -> int:
        self.capsys.readouterr()
        return cli.main(["--data-dir", str(self.root), *argv])

    def json(self, *argv: str) -> Any:
        assert self.run(*argv, "--json") == 0, self.capsys.readouterr().err
        return json.loads(self.capsys.readouterr().out)

    def sync(self) -> None:
        assert self.run("sync", "--server", self.server.url, "--user", self.user) == 0, \
            self.capsys.readouterr().err


def seen(laptop: Laptop, yp: str) -> dict[str, Any]:
    """What a laptop holds about the young person, as ``show --json`` says it."""
    shown = laptop.json("show", yp)
    [consent_form] = [d for d in shown["document"] if d["kind"] == "consent_form"]
    [agreement] = [d for d in shown["document"] if d["kind"] == "keyworker_agreement"]
    return {
        "status": shown["triage_status"]["status"],
        "decided_by": shown["triage_status"]["decided_by"],
        "consents": sorted((c["kind"], c["given_by"]) for c in shown["consent"]),
        "signed_form": {c["kind"]: c["signed_document_id"] for c in shown["consent"]},
        "consent_form": (consent_form["id"], consent_form["attached_to"],
                         consent_form["filename"], consent_form["size_bytes"]),
        "allocated": [(a["staff_name"], a["role"], a["change_reason"])
                      for a in shown["allocated"]],
        "agreement": (agreement["id"], shown["allocation"][0]["agreement_document_id"]),
        "closed_on": shown["young_person"]["closed_on"],
        "ending": [(e["reason"], e["closed_on"]) for e in shown["ending"]],
    }


def test_a_referral_to_a_closed_case_reaches_colleagues_and_no_other_team(
        tmp_path: Path, server: Running, database_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    server.central.run(lambda s: accounts.add_user(s, "robin", "keyworker", PASSWORD, "south"))
    link_staff(server, ("sam", "Sam Okoro"), ("morgan", "Morgan Lee"))
    sam = Laptop(tmp_path / "sam", "sam", server, capsys)
    sam.sync()
    referred = (TODAY - timedelta(days=12)).isoformat()
    yp = sam.json("add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
                  "--date-of-birth", "2012-05-01", "--referred-by", "School SENCo",
                  "--referred-on", referred)["id"]
    assert [r["young_person_id"] for r in sam.json("list", "triage")] == [yp]
    assert sam.run("triage", yp, "waiting") == 0
    assert sam.run("triage", yp, "accept", "--by", "Sam Okoro") == 0
    assert sam.json("list", "triage") == []
    for kind in ("register", "keyworker"):
        assert sam.run("consent", yp, "--kind", kind, "--given-by", "young-person") == 0
    form = tmp_path / "Ava consent.pdf"
    form.write_bytes(PDF)
    attached = sam.json("attach", yp, str(form), "--consent", "keyworker")
    assert (attached["kind"], attached["attached_to"]) == ("consent_form", "consent")
    sam.sync()

    # Allocated on the central store; the allocation reaches Sam's laptop as a record.
    assert central_cli.main(["--database-url", database_url, "allocate", "--user", "sam",
                             "--young-person", yp, "--role", "keyworker",
                             "--reason", "first_allocation"]) == 0
    sam.sync()
    assert "Keyworker: Sam Okoro from" in (sam.run("show", yp), capsys.readouterr().out)[1]
    agreement = tmp_path / "Keyworker agreement.pdf"
    agreement.write_bytes(PDF)
    assert sam.json("attach", yp, str(agreement), "--allocation", "keyworker")[
        "kind"] == "keyworker_agreement"
    assert sam.run("close", yp, "--reason", "Moved to college") == 0
    sam.sync()
    assert sam.json("list", "young-people") == []  # closed: off the active caseload
    expected = seen(sam, yp)
    assert expected["status"] == "closed" and expected["closed_on"] == TODAY.isoformat()
    assert expected["allocated"] == [("Sam Okoro", "keyworker", "first_allocation")]
    assert expected["signed_form"]["keyworker"] == expected["consent_form"][0]
    assert expected["agreement"][0] == expected["agreement"][1]

    # The same keyworker's second laptop, and their senior's, show the same.
    for user in ("sam", "morgan"):
        other = Laptop(tmp_path / f"{user}-2", user, server, capsys)
        other.sync()
        assert seen(other, yp) == expected, user
        [row] = other.json("list", "young-people", "--all")
        assert (row["id"], row["closed"]) == (yp, True)

    # Another team's keyworker receives nothing.
    robin = Laptop(tmp_path / "robin", "robin", server, capsys)
    robin.sync()
    assert robin.json("list", "young-people", "--all") == []
    assert robin.run("show", yp) == 6
