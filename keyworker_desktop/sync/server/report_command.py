"""``keyworker-central report``: the service's counts over the central store's records.

Counts only, never a name; every report made is audited with the operating-system user
who ran the command. ``docs/reports.md`` says how each figure is counted.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from typing import Any

from keyworker_desktop.sync.server.account_commands import by_whom, central_store
from keyworker_desktop.sync.server.reports import DEFAULT_CASELOAD_LIMIT


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def _rows(data: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    out: list[tuple[str, str, str, Any]] = [
        ("period", "from", "date", data["period"]["from"]),
        ("period", "to", "date", data["period"]["to"]),
        ("period", "team", "name", data["team"] or "")]
    for key in ("young_people", "open_at_end", "referrals", "accepted", "declined",
                "median_days_referral_to_allocation", "allocations_measured",
                "inpatients_at_end", "closed", "consents_withdrawn", "cetrs_held"):
        out.append(("register" if key != "cetrs_held" else "cetr", key,
                    "days" if key.startswith("median") else "count", data[key]))
    out += [("rag_at_end", k, "count", v) for k, v in data["rag_at_end"].items()]
    out += [("rag_movements", f"{m['from']}->{m['to']}", "count", m["count"])
            for m in data["rag_movements"]]
    for a in data["cetr_actions"]:
        agency = a["agency"]
        if agency[:1] in ("=", "+", "-", "@"):  # a spreadsheet must not run it
            agency = "'" + agency
        out += [("cetr_actions", agency, m, a[m]) for m in ("open", "done", "overdue")]
    series = data["actions_overdue_over_time"]
    out += [("actions_overdue_over_time", "step", "interval", series["step"])]
    out += [("actions_overdue_over_time", p["on"], "overdue", p["overdue"])
            for p in series["points"]]
    out += [("actions_overdue_over_time", "done_day_unknown", "excluded",
             series["excluded_done_day_unknown"]),
            ("actions_overdue_over_time", "cancelled", "excluded",
             series["excluded_cancelled"])]
    for e in data["escalations"]:
        out += [("escalations", e["level"], m, e[m]) for m in ("raised", "resolved")]
    out += [("budget", "personal_budget", k, v) for k, v in data["budget"].items()]
    out += [("goals", "goals", k, v) for k, v in data["goals"].items()]
    caseloads = data["caseloads"]
    out += [("caseloads", "limit", "families", caseloads["limit"]),
            ("caseloads", "keyworkers", "count", caseloads["keyworkers"]),
            ("caseloads", "keyworkers_over_limit", "count",
             caseloads["keyworkers_over_limit"])]
    out += [("caseloads", f"holding_{c['families']}_families", "keyworkers", c["keyworkers"])
            for c in caseloads["by_families"]]
    if "suppressed_below" in data:
        out.append(("suppression", "counts_below", "count", data["suppressed_below"]))
    return out


def cmd_report(args: argparse.Namespace) -> int:
    from keyworker_desktop.sync.server.models import Audit, Team
    from keyworker_desktop.sync.server.reports import audit_detail, central_report, suppress

    if args.to < args.from_:
        print("The period ends before it starts: --to must be on or after --from.",
              file=sys.stderr)
        return 2
    if args.threshold < 2:
        print("--threshold must be at least 2.", file=sys.stderr)
        return 2
    if not 1 <= args.caseload_limit <= 20:
        print("--caseload-limit must be from 1 to 20.", file=sys.stderr)
        return 2
    who = by_whom()

    def work(s: Any) -> dict[str, Any] | None:
        if args.team is not None and s.get(Team, args.team) is None:
            return None
        data = central_report(s, args.from_, args.to, date.today(), args.team,
                              args.caseload_limit)
        if args.suppress:
            data = suppress(data, args.threshold)
        s.add(Audit(user_name=who, action="report", detail=audit_detail(
            args.from_, args.to, args.format.upper(), args.team, args.suppress)))
        return data

    with central_store(args) as central:
        data = central.run(work)
    if data is None:
        print(f"No team is called {args.team!r}. Nothing was reported.", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(("section", "item", "measure", "value"))
        writer.writerows(["" if v is None else v for v in row] for row in _rows(data))
        sys.stdout.write(buf.getvalue())
    return 0


def add_commands(sub: Any) -> None:
    """Add ``report``."""
    report = sub.add_parser(
        "report", help="the service's counts for a period over the central store's records "
                       "(counts only; audited)")
    report.add_argument("--from", dest="from_", type=_iso_date, required=True,
                        metavar="YYYY-MM-DD")
    report.add_argument("--to", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    report.add_argument("--team", default=None, help="only the young people allocated to "
                                                     "this team's users")
    report.add_argument("--format", choices=("csv", "json"), default="json")
    report.add_argument("--suppress", action="store_true",
                        help="write counts from 1 to THRESHOLD-1 as <THRESHOLD")
    report.add_argument("--threshold", type=int, default=5, help="default 5")
    report.add_argument("--caseload-limit", type=int, default=DEFAULT_CASELOAD_LIMIT,
                        help="families per keyworker (the laptops' setting; default "
                             f"{DEFAULT_CASELOAD_LIMIT})")
    report.add_argument("--database-url", default=argparse.SUPPRESS)
    report.set_defaults(func=cmd_report)
