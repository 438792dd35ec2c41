"""schemathesis against the central store's OpenAPI document (generated from the wire
types): no request it can generate makes the service fail, with any role's token, and
every answer matches the document."""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("KEYWORKER_CENTRAL_ARGON2_KIB", "64")

import pytest  # noqa: E402
import schemathesis  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.config._checks import NegativeDataRejectionConfig  # noqa: E402
from schemathesis.generation.meta import negated_parameters  # noqa: E402

from keyworker_desktop.sync.server import accounts  # noqa: E402
from keyworker_desktop.sync.server.app import create_app  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="kw-openapi-"))
APP = create_app(f"sqlite:///{_TMP / 'central.db'}")
ROLES = ("keyworker", "senior", "manager", "admin")
for _role in ROLES:
    APP.state.central.run(lambda s, r=_role: accounts.add_user(
        s, r, r, "sync-password", None if r == "admin" else "n"))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

    with TestClient(APP) as _tc:
        TOKENS = {r: _tc.post("/v1/register", json={"user": r, "password": "sync-password"}
                              ).json()["token"] for r in ROLES}

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
# 413 is how the protocol refuses a batch over its limit (docs/sync-protocol.md).
schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
    expected_statuses=[400, 401, 403, 404, 405, 413, 422])
# No string holds NUL (PostgreSQL cannot store it; the document says so, and the service
# answers such a body 400): JSON Schema 3.0 cannot say it of free object keys.
schema.config.generation.update(allow_x00=False)


def backwards_period(case: schemathesis.Case) -> bool:
    query = case.query or {}
    start, end = query.get("from"), query.get("to")
    return (case.path == "/v1/report" and isinstance(start, str) and isinstance(end, str)
            and _date(end) is not None and _date(start) is not None
            and _date(end) < _date(start))  # type: ignore[operator]


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@pytest.fixture(scope="module", autouse=True)
def _central_store_removed() -> Iterator[None]:
    """The central store made at import (schemathesis needs the app then) goes with the
    module's tests, not left in the temporary folder run after run."""
    yield
    APP.state.central.engine.dispose()
    shutil.rmtree(_TMP, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_service_keeps_to_its_document(case: schemathesis.Case) -> None:
    # A negative case that leaves out the token must go without it: adding it here would
    # make the request valid, and its (right) 200 would read as "bad data accepted".
    drops_token = any(name.lower() == "authorization"
                      for name, _where in negated_parameters(case.meta))
    if backwards_period(case):
        # JSON Schema cannot say "to on or after from": the service refuses it (400).
        answer = case.call(headers={"Authorization": f"Bearer {TOKENS['manager']}"})
        assert answer.status_code == 400
        assert answer.json()["error"]["code"] == "malformed"
        return
    for role in ROLES[:1] if drops_token else ROLES:
        headers = {} if drops_token else {"Authorization": f"Bearer {TOKENS[role]}"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            case.call_and_validate(headers=headers)
