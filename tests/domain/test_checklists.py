"""Checklist templates (resources/checklists/*.json) and the due-date rules."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.domain import i18n
from keyworker_desktop.domain.checklists import (
    ANCHORS,
    DEADLINE_LABELS,
    ChecklistTemplate,
    Deadline,
    _parse_template,
    deadline_label,
    due_at,
    is_overdue,
    load_templates,
    template_texts,
)
from keyworker_desktop.domain.half_terms import academic_year, half_term_ends

EXPECTED_TEMPLATES = {"admission", "first_session", "taking_on_role", "transition"}

# Seed 003 KEYWORKER CHECKLIST, bullets counted by hand per heading.
SEED_003_SECTIONS = {
    "On the day of admission": ("same_day", None, 8),
    "Within 24 hours": ("hours", 24, 6),
    "Within 1 week": ("weeks", 1, 6),
    "Ongoing": ("ongoing", None, 6),
}

anchors = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31))


def texts(template: ChecklistTemplate) -> str:
    return "\n".join(item.text for item in template.items).lower()


# --- the packaged templates -------------------------------------------------------------


def test_every_template_loads_with_expected_keys_and_anchors() -> None:
    templates = load_templates()
    assert set(templates) == EXPECTED_TEMPLATES
    assert {t.anchor for t in templates.values()} <= ANCHORS
    assert templates["admission"].anchor == "admission"
    assert templates["first_session"].anchor == "session"
    assert templates["taking_on_role"].anchor == "allocation"
    assert templates["transition"].anchor == "leaving"
    for template in templates.values():
        keys = [item.key for item in template.items]
        assert len(keys) == len(set(keys)), template.key
        assert template.version >= 1 and template.source.startswith("seed ")
        for item in template.items:
            due_at(item.deadline, datetime(2025, 1, 6, 9, 0))  # every deadline computes


def test_load_templates_is_cached_and_returns_a_fresh_dict() -> None:
    first = load_templates()
    first.pop("admission")
    second = load_templates()
    assert "admission" in second
    assert second["transition"] is load_templates()["transition"]


def test_admission_has_every_item_of_seed_003_checklist() -> None:
    admission = load_templates()["admission"]
    assert admission.sections == tuple(SEED_003_SECTIONS)
    assert len(admission.items) == 26
    for section, (kind, amount, count) in SEED_003_SECTIONS.items():
        items = [item for item in admission.items if item.section == section]
        assert len(items) == count, section
        assert {item.deadline for item in items} == {Deadline(kind, amount)}, section


@pytest.mark.parametrize(
    ("section", "phrase"),
    [
        ("On the day of admission", "admissions book"),
        ("Within 24 hours", "statutory review"),
        ("Within 1 week", "medical consent form"),
        ("Ongoing", "memory box"),
    ],
)
def test_admission_items_from_the_seed_sit_in_the_right_section(section: str, phrase: str) -> None:
    admission = load_templates()["admission"]
    matches = [item for item in admission.items if phrase in item.text.lower()]
    assert [item.section for item in matches] == [section]


def test_first_session_has_the_basics_and_plan_ahead_items() -> None:
    template = load_templates()["first_session"]
    basics = [item for item in template.items if item.section == "First-session basics"]
    assert len(basics) == 6
    joined = texts(template)
    for phrase in ("why they have been placed", "fire precautions", "petty cash", "start small"):
        assert phrase in joined


def test_role_and_transition_follow_seed_000() -> None:
    templates = load_templates()
    role = texts(templates["taking_on_role"])
    for phrase in ("line manager", "more than 2 families", "keyworker agreement", "working hours"):
        assert phrase in role
    transition = templates["transition"]
    handover = [item for item in transition.items if "hand over" in item.text.lower()]
    assert handover and all("permission" in item.text.lower() for item in handover)
    assert Deadline("end_of_half_term_after") in {item.deadline for item in transition.items}


# --- due dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (Deadline("same_day"), datetime(2025, 3, 10, 23, 59, 59, 999999)),
        (Deadline("hours", 24), datetime(2025, 3, 11, 14, 30)),
        (Deadline("hours", 2), datetime(2025, 3, 10, 16, 30)),
        (Deadline("days", 3), datetime(2025, 3, 13, 14, 30)),
        (Deadline("weeks", 1), datetime(2025, 3, 17, 14, 30)),
        (Deadline("end_of_half_term_after"), datetime(2025, 5, 23, 23, 59, 59, 999999)),
        (Deadline("ongoing"), None),
    ],
)
def test_due_at_each_kind(deadline: Deadline, expected: datetime | None) -> None:
    assert due_at(deadline, datetime(2025, 3, 10, 14, 30)) == expected


@pytest.mark.parametrize(
    ("leaving", "expected"),
    [
        (date(2025, 7, 22), date(2025, 10, 24)),  # last day of summer term -> autumn 1
        (date(2025, 7, 1), date(2025, 10, 24)),
        (date(2025, 10, 24), date(2025, 12, 19)),
        (date(2025, 11, 3), date(2026, 2, 13)),  # crosses the year
        (date(2026, 1, 12), date(2026, 3, 27)),
        (date(2025, 8, 10), date(2025, 12, 19)),  # holidays count with the next half term
    ],
)
def test_end_of_half_term_after(leaving: date, expected: date) -> None:
    due = due_at(Deadline("end_of_half_term_after"), datetime.combine(leaving, datetime.min.time()))
    assert due is not None and due.date() == expected and due.hour == 23 and due.minute == 59


def test_due_at_keeps_timezone_and_rejects_bad_deadlines() -> None:
    anchor = datetime(2025, 3, 10, 14, 30, tzinfo=UTC)
    kinds = (Deadline("same_day"), Deadline("hours", 5), Deadline("end_of_half_term_after"))
    for deadline in kinds:
        due = due_at(deadline, anchor)
        assert due is not None and due.tzinfo is UTC
    with pytest.raises(ValueError, match="unknown deadline kind"):
        due_at(Deadline("fortnightly"), anchor)
    with pytest.raises(ValueError, match="needs an amount"):
        due_at(Deadline("days"), anchor)


def test_labels() -> None:
    assert DEADLINE_LABELS[Deadline("same_day")] == "On the day"
    assert deadline_label(Deadline("hours", 24)) == "Within 24 hours"
    assert deadline_label(Deadline("weeks", 1)) == "Within 1 week"
    assert deadline_label(Deadline("ongoing")) == "Ongoing"
    assert deadline_label(Deadline("days", 3)) == "Within 3 days"
    assert deadline_label(Deadline("hours", 1)) == "Within 1 hour"


def test_every_template_text_is_offered_for_translation() -> None:
    """lupdate cannot read the JSON templates: template_texts() is what the translation
    script adds to the catalogue, so it must hold every title, section and item."""
    texts = set(template_texts())
    for template in load_templates().values():
        assert template.title in texts
        for item in template.items:
            assert {item.section, item.text} <= texts
    assert len(texts) == len(template_texts())


def test_deadlines_are_worded_through_the_installed_translator() -> None:
    i18n.set_translator(lambda c, t, d=None, n=-1: f"{c}:{t}")
    try:
        assert deadline_label(Deadline("days", 3)) == "Checklist:Within 3 days"
        assert deadline_label(Deadline("ongoing")) == "Checklist:Ongoing"
    finally:
        i18n.set_translator(None)


# --- overdue ------------------------------------------------------------------------------


def test_overdue_rule() -> None:
    due = datetime(2025, 3, 10, 23, 59, 59, 999999)
    assert is_overdue(due, done=False, now=datetime(2025, 3, 11, 0, 0))
    assert not is_overdue(due, done=False, now=due)  # due exactly now: not yet overdue
    assert not is_overdue(due, done=False, now=datetime(2025, 3, 10, 9, 0))
    assert not is_overdue(due, done=True, now=datetime(2026, 1, 1))
    assert not is_overdue(None, done=False, now=datetime(2100, 1, 1))  # ongoing never
    with pytest.raises(TypeError, match="naive"):
        is_overdue(due, done=False, now=datetime(2025, 3, 11, tzinfo=UTC))


@given(anchors, st.integers(min_value=0, max_value=2000), anchors)
def test_overdue_iff_past_due_and_not_done(anchor: datetime, hours: int, now: datetime) -> None:
    due = due_at(Deadline("hours", hours), anchor)
    assert is_overdue(due, done=False, now=now) == (now > due)
    assert not is_overdue(due, done=True, now=now)


# --- properties ---------------------------------------------------------------------------


@given(
    anchors,
    st.sampled_from(["same_day", "hours", "days", "weeks", "end_of_half_term_after"]),
    st.integers(min_value=0, max_value=500),
)
def test_due_is_never_before_anchor(anchor: datetime, kind: str, amount: int) -> None:
    deadline = Deadline(kind, amount if kind in {"hours", "days", "weeks"} else None)
    due = due_at(deadline, anchor)
    assert due is not None and due >= anchor


@given(anchors)
def test_deadlines_are_ordered_for_any_anchor(anchor: datetime) -> None:
    same_day = due_at(Deadline("same_day"), anchor)
    day = due_at(Deadline("hours", 24), anchor)
    week = due_at(Deadline("weeks", 1), anchor)
    half_term = due_at(Deadline("end_of_half_term_after"), anchor)
    assert same_day is not None and day is not None and week is not None
    assert half_term is not None
    assert same_day.date() == anchor.date()
    assert same_day <= day == due_at(Deadline("days", 1), anchor)
    assert day <= week == due_at(Deadline("days", 7), anchor)
    assert week < half_term


@given(anchors, st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300))
def test_amount_deadlines_grow_with_amount(anchor: datetime, a: int, b: int) -> None:
    low, high = sorted((a, b))
    for kind in ("hours", "days", "weeks"):
        earlier, later = due_at(Deadline(kind, low), anchor), due_at(Deadline(kind, high), anchor)
        assert earlier is not None and later is not None and earlier <= later


@given(anchors)
def test_half_term_due_is_the_second_half_term_end(anchor: datetime) -> None:
    due = due_at(Deadline("end_of_half_term_after"), anchor)
    assert due is not None
    assert due.date() in half_term_ends(academic_year(due.date()))
    ends_between = [
        end
        for year in range(academic_year(anchor.date()), academic_year(due.date()) + 1)
        for end in half_term_ends(year)
        if anchor.date() <= end < due.date()
    ]
    assert len(ends_between) == 1  # the leaving half term ends first, then the one after
    # A summer-holiday leaver waits longest: to the end of autumn 2, up to 152 days.
    assert timedelta(days=40) <= due - anchor <= timedelta(days=155)


# --- malformed template files -------------------------------------------------------------


def _good() -> dict[str, Any]:
    return {
        "key": "bad",
        "version": 1,
        "title": "Bad",
        "anchor": "admission",
        "source": "test",
        "items": [
            {"key": "a-01", "text": "First", "section": "S", "deadline": {"kind": "same_day"}},
            {"key": "a-02", "text": "Second", "section": "S",
             "deadline": {"kind": "hours", "amount": 24}},
        ],
    }


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_good_file_parses(tmp_path: Path) -> None:
    template = _parse_template(_write(tmp_path, _good()))
    assert [item.key for item in template.items] == ["a-01", "a-02"]
    assert template.items[1].deadline == Deadline("hours", 24)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["items"][1]["deadline"].update(kind="fortnightly"),
         r"bad\.json: item 1 \('a-02'\): unknown deadline kind 'fortnightly'"),
        (lambda d: d["items"][1].update(key="a-01"), r"bad\.json: item 1 \('a-01'\): duplicate"),
        (lambda d: d["items"][0].pop("text"), r"bad\.json: item 0 \('a-01'\): missing .*'text'"),
        (lambda d: d["items"][0].update(text="  "), r"bad\.json: item 0 .*'text'"),
        (lambda d: d["items"][1]["deadline"].pop("amount"), r"bad\.json: item 1 .*'amount'"),
        (lambda d: d["items"][0]["deadline"].update(amount=3), r"bad\.json: item 0 .*no 'amount'"),
        (lambda d: d.update(anchor="birthday"), r"bad\.json: unknown anchor 'birthday'"),
        (lambda d: d.update(key="other"), r"bad\.json: template key 'other'"),
        (lambda d: d.update(items=[]), r"bad\.json: 'items'"),
        (lambda d: d.update(version="1"), r"bad\.json: 'version'"),
    ],
)
def test_malformed_file_names_file_and_item(tmp_path: Path, mutate: Any, message: str) -> None:
    data = _good()
    mutate(data)
    with pytest.raises(ValueError, match=message):
        _parse_template(_write(tmp_path, data))


def test_invalid_json_names_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"bad\.json: not valid JSON"):
        _parse_template(_write(tmp_path, "{not json"))


def test_every_template_text_is_in_the_committed_translation() -> None:
    """scripts/translations.py adds the JSON templates' texts under "Checklist" (lupdate
    cannot read JSON); the screens word them with translate("Checklist", text)."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "translations" / "keyworker_cy.ts"
    held = {m.findtext("source") for c in ET.parse(ts).getroot().iter("context")
            if c.findtext("name") == "Checklist" for m in c.iter("message")}
    missing = [t for t in template_texts() if t not in held]
    assert missing == []
    assert "On the day" in held  # the deadline words marked in Python are there too
