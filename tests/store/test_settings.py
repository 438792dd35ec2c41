"""Settings declared once (keyworker_desktop/store/settings.py): defaults, ranges, titles."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store

INTERNAL = (settings.USER_NAME, settings.ORGANISATION, settings.DEVICE_ID, settings.SERVER_URL,
            settings.CA_FILE, settings.LAST_SYNC_AT, settings.DEMO_CASELOAD)


def test_the_user_options_are_the_ones_a_keyworker_may_change() -> None:
    assert settings.USER_EDITABLE == (
        settings.IDLE_LOCK_MINUTES, settings.CASELOAD_LIMIT_ENABLED, settings.CASELOAD_LIMIT,
        settings.NO_CONTACT_WEEKS, settings.BUDGET_LIMIT_PENCE, settings.AUTOSAVE_SECONDS,
        settings.RED_CTR_DAYS, settings.CTR_AFTER_ADMISSION_DAYS,
        settings.POST_ADMISSION_REVIEW_DAYS, settings.INPATIENT_CTR_MONTHS_CHILD,
        settings.INPATIENT_CTR_MONTHS_ADULT)
    assert not any(option.user_editable for option in INTERNAL)


def test_every_number_a_user_edits_has_a_range_holding_its_default() -> None:
    for option in settings.USER_EDITABLE:
        if option.type is int:
            assert option.minimum is not None and option.maximum is not None, option.key
            assert option.minimum <= option.default <= option.maximum, option.key
            assert option.minimum % option.scale == option.maximum % option.scale == 0


def test_missing_values_read_as_defaults_and_saved_ones_read_back(store: Store) -> None:
    with store.session() as s:
        assert settings.get_many(s, settings.USER_EDITABLE)["no_contact_weeks"] == 4
    with store.transaction() as s:
        settings.put_many(s, {"no_contact_weeks": 2, "caseload_limit_enabled": True})
    with store.session() as s:
        assert settings.get(s, settings.NO_CONTACT_WEEKS) == 2
        assert settings.get(s, settings.CASELOAD_LIMIT_ENABLED) is True


@pytest.mark.parametrize(("values", "error"), [
    ({"idle_lock_minutes": 0}, ValueError),
    ({"caseload_limit": 21}, ValueError),
    ({"budget_limit_pence": -1}, ValueError),
    ({"idle_lock_minutes": True}, TypeError),
    ({"caseload_limit_enabled": 1}, TypeError),
    ({"no_such_setting": 1}, KeyError),
])
def test_a_bad_value_stores_nothing(store: Store, values: dict[str, object],
                                    error: type[Exception]) -> None:
    with pytest.raises(error), store.transaction() as s:
        settings.put_many(s, {"autosave_seconds": 10, **values})
    with store.session() as s:
        assert settings.get(s, settings.AUTOSAVE_SECONDS) == 3


def test_lupdate_finds_every_title_in_the_settings_context(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ts = tmp_path / "settings.ts"
    subprocess.run([lupdate, settings.__file__, "-ts", str(ts)], check=True,
                   capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ElementTree.parse(ts).getroot().iter("context")
             for m in c.iter("message")}
    wanted = {(settings.CONTEXT, o.title) for o in settings.ALL}
    wanted |= {(settings.CONTEXT, o.prefix) for o in settings.ALL if o.prefix}
    assert wanted <= found
