"""``GET /v1/report`` (sync/server/reports.py ``api_report``): the organisation's counts for
a manager only, the same figures as ``keyworker-central report``, refusals with a clear
code, and every report audited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.sync.server import cli
from keyworker_desktop.sync.server.models import Allocation, Audit, Record, User
from tests.services import report_fixture as fx

from ..conftest import Running
from .test_reports import laptop
from .test_scope import token

PERIOD = {"from": "2025-01-01", "to": "2025-03-31"}


@pytest.fixture
def held(server: Running, tmp_path: Path) -> dict[str, str]:
    """The hand-counted caseload on the central store; Dee and Eve are Sam's (north)."""
    _local, records, ids = laptop(tmp_path)

    def work(s: Any) -> None:
        for (entity, rid), rec in records.items():
            s.add(Record(entity=entity, id=rid, young_person_id=rec["young_person_id"],
                         fields=rec["fields"], meta={}, version=1,
                         deleted=rec["fields"].get("deleted_at") is not None))
        sam = s.scalars(select(User).where(User.name == "sam")).one()
        for name in ("Dee", "Eve"):
            s.add(Allocation(young_person_id=ids[name], user_id=sam.id))

    server.central.run(work)
    return ids


def report(server: Running, user: str, **params: str) -> httpx.Response:
    return httpx.get(server.url + "/v1/report", params={**PERIOD, **params},
                     headers=token(server, user))


def audit_rows(server: Running) -> list[tuple[str, str, str, str]]:
    return server.central.run(lambda s: [
        (a.user_name, a.action, a.outcome, a.detail)
        for a in s.scalars(select(Audit).where(Audit.action.in_(("report", "denied")))
                           .order_by(Audit.id))])


def test_a_manager_gets_the_commands_figures_and_it_is_audited(
        server: Running, held: dict[str, str], database_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    answers = [report(server, "pat"), report(server, "pat", team="north", caseload_limit="1"),
               report(server, "pat", suppress="true", threshold="5")]
    assert [a.status_code for a in answers] == [200, 200, 200]
    whole, north, hidden = (a.json() for a in answers)
    commands = (["--caseload-limit", "2"], ["--team", "north", "--caseload-limit", "1"],
                ["--suppress", "--threshold", "5"])
    for got, extra in zip((whole, north, hidden), commands, strict=True):
        assert cli.main(["report", "--database-url", database_url, "--from", PERIOD["from"],
                         "--to", PERIOD["to"], *extra]) == 0
        assert got == json.loads(capsys.readouterr().out)
    assert whole["rag_at_end"] == fx.EXPECTED["rag_at_end"]
    assert whole["goals"] == fx.EXPECTED["goals"]
    assert whole["caseloads"]["keyworkers_over_limit"] == 0  # limit 2: nobody over
    assert north["young_people"] == 2 and north["team"] == "north"
    assert hidden["rag_at_end"]["amber"] == "<5" and hidden["suppressed_below"] == 5
    # Counts only: no name and no id of anyone.
    text = "".join(a.text for a in answers)
    assert "Reed" not in text and "Keyworker" not in text
    assert not any(yp in text for yp in held.values())
    rows = audit_rows(server)
    assert rows[:3] == [
        ("pat", "report", "ok", "Service report 2025-01-01 to 2025-03-31 (API, whole "
                                "organisation)"),
        ("pat", "report", "ok", "Service report 2025-01-01 to 2025-03-31 (API, team north)"),
        ("pat", "report", "ok", "Service report 2025-01-01 to 2025-03-31 (API, whole "
                                "organisation, small numbers hidden)"),
    ]
    assert [r[3].split(" (")[1][:4] for r in rows[3:]] == ["JSON"] * 3  # the commands'


@pytest.mark.parametrize("user", ["sam", "morgan", "root"])
def test_anyone_but_a_manager_is_refused_and_the_refusal_audited(
        server: Running, held: dict[str, str], user: str) -> None:
    answer = report(server, user)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "managers_only"
    assert "manager" in answer.json()["error"]["message"]
    assert audit_rows(server) == [(user, "denied", "managers_only", "/v1/report")]


def test_bad_questions_are_refused_and_nothing_is_reported(
        server: Running, held: dict[str, str]) -> None:
    assert httpx.get(server.url + "/v1/report", params=PERIOD).status_code == 401
    east = report(server, "pat", team="east")
    assert east.status_code == 404
    assert east.json()["error"] == {
        "code": "unknown_team", "message": "no team has this name; nothing was reported",
        "details": {}}
    for params, code in (({"to": "2024-12-31"}, "malformed"),
                         ({"from": "1 January"}, "malformed"),
                         ({"threshold": "1"}, "malformed"),
                         ({"names": "yes"}, "malformed")):
        answer = report(server, "pat", **params)
        assert answer.status_code == 400, params
        assert answer.json()["error"]["code"] == code, params
    missing = httpx.get(server.url + "/v1/report", params={"from": "2025-01-01"},
                        headers=token(server, "pat"))
    assert missing.status_code == 400
    assert audit_rows(server) == []


def test_the_widest_period_is_counted(server: Running, held: dict[str, str]) -> None:
    answer = report(server, "pat", **{"from": "0001-01-01", "to": "9999-12-31"})
    assert answer.status_code == 200
    assert answer.json()["cetrs_held"] == 3  # every C(E)TR and CTR of the fixture
