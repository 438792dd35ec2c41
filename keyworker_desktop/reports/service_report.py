"""The service report's figures as plain data, and the forms they leave the laptop in.

:class:`ServiceReport` is what ``services.reports`` counts for a period; ``as_dict`` is
the JSON (``docs/reports.md`` says how each figure is counted), ``rows`` the CSV.
``suppressed`` makes the regional and national copy: counts only, no names, and every
count from 1 to ``threshold - 1`` written as ``"<threshold"``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from keyworker_desktop.domain.small_numbers import small

RATINGS = ("red", "amber", "green", "blue")
__all__ = ["RATINGS", "ServiceReport", "rows", "series_rows", "small", "suppress_series",
           "suppressed", "to_csv", "to_json"]


@dataclass(frozen=True)
class Movement:
    """Young people's ratings that went ``from`` one rating ``to`` another, ``count`` times."""

    from_rating: str
    to_rating: str
    count: int


@dataclass(frozen=True)
class AgencyActions:
    """The C(E)TR actions owned by one agency ("" when the owner has none recorded)."""

    agency: str
    open: int
    done: int
    overdue: int


@dataclass(frozen=True)
class OverdueOverTime:
    """Actions open and past due on each day (``report_days``), and the actions left out of
    every day: done on a day not kept (before migration 0009), and cancelled."""

    step: str
    points: tuple[tuple[date, int], ...]
    done_day_unknown: int
    cancelled: int

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step,
                "points": [{"on": on.isoformat(), "overdue": n} for on, n in self.points],
                "excluded_done_day_unknown": self.done_day_unknown,
                "excluded_cancelled": self.cancelled}


@dataclass(frozen=True)
class LevelEscalations:
    level: str
    raised: int
    resolved: int


@dataclass(frozen=True)
class Caseload:
    """One keyworker's caseload at the end of the period, in families."""

    staff_name: str
    young_people: int
    families: int


@dataclass(frozen=True)
class ServiceReport:
    """Every figure of the report for ``period_from``..``period_to`` (both days included)."""

    period_from: date
    period_to: date
    young_people: int
    open_at_end: int
    rag_at_end: dict[str, int]
    rag_movements: tuple[Movement, ...]
    referrals: int
    accepted: int
    declined: int
    median_days_to_allocation: float | None
    allocations_measured: int
    inpatients_at_end: int
    closed: int
    consents_withdrawn: int
    cetrs_held: int
    actions: tuple[AgencyActions, ...]
    escalations: tuple[LevelEscalations, ...]
    budget_spent_pence: int
    budget_young_people: int
    goals_rated: int
    goals_improved: int
    caseloads: tuple[Caseload, ...]
    caseload_limit: int | None
    overdue_over_time: OverdueOverTime

    @property
    def budget_mean_pence(self) -> int | None:
        """Spent per young person who had a spend in the period (whole pence)."""
        if not self.budget_young_people:
            return None
        return round(self.budget_spent_pence / self.budget_young_people)

    @property
    def keyworkers_over_limit(self) -> int:
        limit = self.caseload_limit
        return 0 if limit is None else sum(c.families > limit for c in self.caseloads)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (the local copy: keyworkers are named)."""
        return {
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "young_people": self.young_people,
            "open_at_end": self.open_at_end,
            "rag_at_end": {r: self.rag_at_end.get(r, 0) for r in RATINGS},
            "rag_movements": [{"from": m.from_rating, "to": m.to_rating, "count": m.count}
                              for m in self.rag_movements],
            "referrals": self.referrals,
            "accepted": self.accepted,
            "declined": self.declined,
            "median_days_referral_to_allocation": self.median_days_to_allocation,
            "allocations_measured": self.allocations_measured,
            "inpatients_at_end": self.inpatients_at_end,
            "closed": self.closed,
            "consents_withdrawn": self.consents_withdrawn,
            "cetrs_held": self.cetrs_held,
            "cetr_actions": [{"agency": a.agency, "open": a.open, "done": a.done,
                              "overdue": a.overdue} for a in self.actions],
            "actions_overdue_over_time": self.overdue_over_time.as_dict(),
            "escalations": [{"level": e.level, "raised": e.raised, "resolved": e.resolved}
                            for e in self.escalations],
            "budget": {"spent_pence": self.budget_spent_pence,
                       "young_people": self.budget_young_people,
                       "mean_per_young_person_pence": self.budget_mean_pence},
            "goals": {"rated": self.goals_rated, "improved": self.goals_improved},
            "caseloads": {
                "limit": self.caseload_limit,
                "keyworkers_over_limit": self.keyworkers_over_limit,
                "keyworkers": [{"keyworker": c.staff_name, "young_people": c.young_people,
                                "families": c.families} for c in self.caseloads]},
        }


Count = int | str | None


def suppress_series(series: dict[str, Any], s: Any) -> dict[str, Any]:
    """``actions_overdue_over_time`` with each count passed through ``s`` (suppression)."""
    return {"step": series["step"],
            "points": [{"on": p["on"], "overdue": s(p["overdue"])} for p in series["points"]],
            "excluded_done_day_unknown": s(series["excluded_done_day_unknown"]),
            "excluded_cancelled": s(series["excluded_cancelled"])}


def series_rows(series: dict[str, Any]) -> list[tuple[str, str, str, Count]]:
    """``actions_overdue_over_time`` as CSV rows (section, item, measure, value)."""
    key = "actions_overdue_over_time"
    return [(key, "step", "interval", series["step"]),
            *[(key, p["on"], "overdue", p["overdue"]) for p in series["points"]],
            (key, "done_day_unknown", "excluded", series["excluded_done_day_unknown"]),
            (key, "cancelled", "excluded", series["excluded_cancelled"])]


def suppressed(report: ServiceReport, threshold: int) -> dict[str, Any]:
    """The regional and national copy: counts only (no keyworker named), small ones hidden.

    A median or mean drawn from fewer than ``threshold`` young people is hidden too: with
    so few it could point at someone.
    """
    def s(value: int) -> int | str:
        return small(value, threshold)

    data = report.as_dict()
    for key in ("young_people", "open_at_end", "referrals", "accepted", "declined",
                "allocations_measured", "inpatients_at_end", "closed", "consents_withdrawn",
                "cetrs_held"):
        data[key] = s(data[key])
    data["rag_at_end"] = {k: s(v) for k, v in data["rag_at_end"].items()}
    data["rag_movements"] = [{**m, "count": s(m["count"])} for m in data["rag_movements"]]
    if 0 < report.allocations_measured < threshold:
        data["median_days_referral_to_allocation"] = None
    data["cetr_actions"] = [{"agency": a["agency"], "open": s(a["open"]), "done": s(a["done"]),
                             "overdue": s(a["overdue"])} for a in data["cetr_actions"]]
    data["actions_overdue_over_time"] = suppress_series(data["actions_overdue_over_time"], s)
    data["escalations"] = [{"level": e["level"], "raised": s(e["raised"]),
                            "resolved": s(e["resolved"])} for e in data["escalations"]]
    budget = data["budget"]
    if 0 < report.budget_young_people < threshold:
        budget["spent_pence"] = None
        budget["mean_per_young_person_pence"] = None
    budget["young_people"] = s(budget["young_people"])
    data["goals"] = {k: s(v) for k, v in data["goals"].items()}
    caseloads = data["caseloads"]
    data["caseloads"] = {"limit": caseloads["limit"],
                         "keyworkers": s(len(report.caseloads)),
                         "keyworkers_over_limit": s(caseloads["keyworkers_over_limit"])}
    data["suppressed_below"] = threshold
    return data


def rows(data: dict[str, Any]) -> list[tuple[str, str, str, Count]]:
    """The report (``as_dict`` or ``suppressed``) as (section, item, measure, value) rows."""
    out: list[tuple[str, str, str, Count]] = [
        ("period", "from", "date", data["period"]["from"]),
        ("period", "to", "date", data["period"]["to"])]
    for key in ("young_people", "open_at_end", "referrals", "accepted", "declined",
                "median_days_referral_to_allocation", "allocations_measured",
                "inpatients_at_end", "closed", "consents_withdrawn", "cetrs_held"):
        out.append(("register" if key != "cetrs_held" else "cetr", key, "count"
                    if not key.startswith("median") else "days", data[key]))
    for rating, n in data["rag_at_end"].items():
        out.append(("rag_at_end", rating, "count", n))
    for m in data["rag_movements"]:
        out.append(("rag_movements", f"{m['from']}->{m['to']}", "count", m["count"]))
    for a in data["cetr_actions"]:
        for measure in ("open", "done", "overdue"):
            out.append(("cetr_actions", a["agency"], measure, a[measure]))
    out += series_rows(data["actions_overdue_over_time"])
    for e in data["escalations"]:
        for measure in ("raised", "resolved"):
            out.append(("escalations", e["level"], measure, e[measure]))
    for measure, value in data["budget"].items():
        out.append(("budget", "personal_budget", measure, value))
    for measure, value in data["goals"].items():
        out.append(("goals", "goals", measure, value))
    caseloads = data["caseloads"]
    out.append(("caseloads", "limit", "families", caseloads["limit"]))
    out.append(("caseloads", "keyworkers_over_limit", "count",
                caseloads["keyworkers_over_limit"]))
    if isinstance(caseloads["keyworkers"], list):
        for c in caseloads["keyworkers"]:
            out.append(("caseloads", c["keyworker"], "families", c["families"]))
            out.append(("caseloads", c["keyworker"], "young_people", c["young_people"]))
    else:
        out.append(("caseloads", "keyworkers", "count", caseloads["keyworkers"]))
    if "suppressed_below" in data:
        out.append(("suppression", "counts_below", "count", data["suppressed_below"]))
    return out


def _cell(value: Count) -> Count:
    """A CSV cell a spreadsheet will not run: text starting like a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(data: dict[str, Any]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("section", "item", "measure", "value"))
    for row in rows(data):
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
