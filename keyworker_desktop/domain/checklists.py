"""Checklist templates (JSON data in resources/checklists) and their due-date rules.

Plain Python, no Qt or database. Callers pass naive local datetimes; aware datetimes also
work as long as anchor and "now" are not mixed (due dates keep the anchor's tzinfo).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from keyworker_desktop.domain.half_terms import end_of_half_term_after
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

ANCHORS: frozenset[str] = frozenset({"admission", "allocation", "leaving", "session"})
_AMOUNT_KINDS: frozenset[str] = frozenset({"hours", "days", "weeks"})
DEADLINE_KINDS: frozenset[str] = _AMOUNT_KINDS | {"same_day", "end_of_half_term_after", "ongoing"}

# End of the day: the last representable instant, shown to users as 23:59.
_END_OF_DAY = time.max


@dataclass(frozen=True)
class Deadline:
    """When an item is due, relative to the template's anchor date."""

    kind: str
    amount: int | None = None


@dataclass(frozen=True)
class TemplateItem:
    """One checklist line."""

    key: str
    text: str
    section: str
    deadline: Deadline


@dataclass(frozen=True)
class ChecklistTemplate:
    """A versioned checklist whose due dates count from the record's `anchor` date."""

    key: str
    version: int
    title: str
    anchor: str
    source: str
    items: tuple[TemplateItem, ...]

    @property
    def sections(self) -> tuple[str, ...]:
        """Section names in first-appearance order."""
        return tuple(dict.fromkeys(item.section for item in self.items))


# Marked for translation (context "Checklist"); deadline_label words them.
DEADLINE_LABELS: dict[Deadline, str] = {
    Deadline("same_day"): QT_TRANSLATE_NOOP("Checklist", "On the day"),
    Deadline("end_of_half_term_after"): QT_TRANSLATE_NOOP("Checklist",
                                                          "By the end of the next half term"),
    Deadline("ongoing"): QT_TRANSLATE_NOOP("Checklist", "Ongoing"),
}


def deadline_label(deadline: Deadline) -> str:
    """Human label for any deadline in the reader's language, e.g. "Within 3 days"."""
    if deadline in DEADLINE_LABELS:
        return translate("Checklist", DEADLINE_LABELS[deadline])
    n = deadline.amount if deadline.amount is not None else 0
    # "1" apart, as English needs (lupdate gives translate() outside a class no plural forms).
    if deadline.kind == "hours":
        return (translate("Checklist", "Within 1 hour") if n == 1
                else translate("Checklist", "Within {count} hours").format(count=n))
    if deadline.kind == "days":
        return (translate("Checklist", "Within 1 day") if n == 1
                else translate("Checklist", "Within {count} days").format(count=n))
    return (translate("Checklist", "Within 1 week") if n == 1
            else translate("Checklist", "Within {count} weeks").format(count=n))


def template_texts() -> list[str]:
    """Every text of the packaged templates people read (titles, sections, items), once each.

    They are stored on a record in English as written in ``resources/checklists/*.json``
    and translated where shown with ``translate("Checklist", text)``; lupdate cannot read
    JSON, so the translation script adds these to the catalogue under "Checklist"."""
    texts: dict[str, None] = {}
    for template in _load_all():
        texts[template.title] = None
        for item in template.items:
            texts[item.section] = None
            texts[item.text] = None
    return list(texts)


def _end_of_day(day: date, like: datetime) -> datetime:
    """`day` at 23:59:59.999999 with the tzinfo of `like`."""
    return datetime.combine(day, _END_OF_DAY, tzinfo=like.tzinfo)


def half_term_after(day: date) -> date:
    """End of the half term after the one `day` falls in (see :mod:`domain.half_terms`)."""
    return end_of_half_term_after(day)


def due_at(deadline: Deadline, anchor: datetime) -> datetime | None:
    """Due datetime for `deadline` counted from `anchor`; None for ongoing items."""
    kind, amount = deadline.kind, deadline.amount
    if kind == "ongoing":
        return None
    if kind == "same_day":
        return _end_of_day(anchor.date(), anchor)
    if kind in _AMOUNT_KINDS:
        if amount is None:
            raise ValueError(f"deadline kind {kind!r} needs an amount")
        return anchor + timedelta(**{kind: amount})
    if kind == "end_of_half_term_after":
        return _end_of_day(half_term_after(anchor.date()), anchor)
    raise ValueError(f"unknown deadline kind {kind!r}")


def is_overdue(due: datetime | None, done: bool, now: datetime) -> bool:
    """True when an unfinished item with a due date is past it; ongoing items never are."""
    if done or due is None:
        return False
    if (due.tzinfo is None) != (now.tzinfo is None):
        raise TypeError("due and now must both be naive or both be timezone-aware")
    return now > due


def _require_str(obj: dict[str, Any], field: str, where: str) -> str:
    """Return a non-empty string field or raise ValueError naming `where`."""
    value = obj.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: missing or empty {field!r}")
    return value.strip()


def _parse_deadline(raw: Any, where: str) -> Deadline:
    """Validate one item's deadline object."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: 'deadline' must be an object")
    kind = raw.get("kind")
    if kind not in DEADLINE_KINDS:
        raise ValueError(f"{where}: unknown deadline kind {kind!r}")
    amount = raw.get("amount")
    if kind in _AMOUNT_KINDS:
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise ValueError(f"{where}: deadline {kind!r} needs a whole 'amount' >= 0")
    elif amount is not None:
        raise ValueError(f"{where}: deadline {kind!r} takes no 'amount'")
    return Deadline(kind, amount)


def _parse_template(path: Path | Traversable) -> ChecklistTemplate:
    """Read and validate one template file; ValueError messages name the file and item."""
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{name}: top level must be an object")
    key = _require_str(data, "key", name)
    if name.endswith(".json") and key != name[: -len(".json")]:
        raise ValueError(f"{name}: template key {key!r} must match the file name")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"{name}: 'version' must be a whole number >= 1")
    anchor = _require_str(data, "anchor", name)
    if anchor not in ANCHORS:
        raise ValueError(f"{name}: unknown anchor {anchor!r}; expected one of {sorted(ANCHORS)}")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise ValueError(f"{name}: 'items' must be a non-empty list")
    items: list[TemplateItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        where = f"{name}: item {index}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: must be an object")
        item_key = _require_str(raw, "key", where)
        where = f"{name}: item {index} ({item_key!r})"
        if item_key in seen:
            raise ValueError(f"{where}: duplicate item key")
        seen.add(item_key)
        text = _require_str(raw, "text", where)
        section = _require_str(raw, "section", where)
        deadline = _parse_deadline(raw.get("deadline"), where)
        items.append(TemplateItem(item_key, text, section, deadline))
    return ChecklistTemplate(
        key=key,
        version=version,
        title=_require_str(data, "title", name),
        anchor=anchor,
        source=_require_str(data, "source", name),
        items=tuple(items),
    )


def _templates_dir() -> Traversable:
    """The packaged resources/checklists folder."""
    return files("keyworker_desktop") / "resources" / "checklists"


@functools.cache
def _load_all() -> tuple[ChecklistTemplate, ...]:
    """Parse every packaged template once; template keys must be unique."""
    paths = sorted((p for p in _templates_dir().iterdir() if p.name.endswith(".json")),
                   key=lambda p: p.name)
    templates: dict[str, ChecklistTemplate] = {}
    for path in paths:
        template = _parse_template(path)
        if template.key in templates:
            raise ValueError(f"{path.name}: duplicate template key {template.key!r}")
        templates[template.key] = template
    return tuple(templates.values())


def load_templates() -> dict[str, ChecklistTemplate]:
    """All packaged checklist templates by key (parsed once, then cached)."""
    return {template.key: template for template in _load_all()}
