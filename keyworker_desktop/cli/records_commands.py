"""Reading the caseload: ``list``, ``show`` and ``search``; and ``demo``, which fills it."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    confirm,
    emit,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason


def cmd_demo(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.demo import populate_demo
    from keyworker_desktop.services.demo.guard import demo_risk

    store = open_store(args)
    try:
        with store.session() as s:
            risk = demo_risk(s)
        if risk and not confirm(translate(
            "Cli", "{message} Add the demo here all the same?").format(message=risk.message()),
                                yes=args.yes):
            raise CliError(translate("Cli", "The demo was not added."), 1)
        with store.transaction() as s:
            summary = populate_demo(s, today=date.today(), scale=args.scale)
    finally:
        store.close()
    print(translate("Cli", "Added the fictional demo caseload: {summary}").format(summary=summary))
    return 0


# How 'list' marks those not simply on the register (the caseload's name suffixes).
_MARKS = {"declined": "declined", "referred": "referred", "waiting": "waiting list"}


def cmd_list(args: argparse.Namespace) -> int:
    if args.what == "triage":  # the queue, as 'triage --list' lists it
        from keyworker_desktop.cli.triage_commands import list_queue

        if args.all:
            raise CliError(translate(
                "Cli", "--all is for 'list young-people'; the triage queue lists everyone "
                "referred or waiting."), 2)
        return list_queue(args)
    from keyworker_desktop.services.caseload import caseload_rows
    from keyworker_desktop.services.records import short_ids

    store = open_store(args)
    try:
        with store.session() as s:
            rows = caseload_rows(s, datetime.now(), include_closed=args.all)
            ids = short_ids(s)
    finally:
        store.close()
    data = [r._asdict() for r in rows]

    def lines() -> list[str]:
        out = [f"{'Name':32} {'Age':>3}  {'RAG':6} {'Keyworker':20} {'Overdue':>7}  Id"]
        for r in rows:
            name = r.name + (f" ({r.preferred_name})" if r.preferred_name else "")
            mark = "closed" if r.closed else _MARKS.get(r.status, "")
            name = f"{name} [{mark}]" if mark else name
            # An id 'show' accepts: cut short only where no one else's starts the same.
            out.append(f"{name[:32]:32} {r.age if r.age is not None else '':>3}  "
                       f"{(r.rag or '-'):6} {r.keyworker[:20]:20} {r.overdue:>7}  "
                       f"{ids.get(r.id, r.id)}")
        return out

    emit(args, data, lines)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.allocation import current_allocations
    from keyworker_desktop.services.ending import closure
    from keyworker_desktop.services.records import record_header, record_view, whole_record
    from keyworker_desktop.services.register import register_view
    from keyworker_desktop.services.triage import triage_status

    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            record_view(s, s.info["write_context"], yp.id, "show (command line)")
            header = record_header(s, yp.id, date.today())
            data = whole_record(s, yp.id)
            closed = closure(s, yp.id)
            allocated = current_allocations(s, yp.id)
            status = triage_status(s, yp.id)
            held = register_view(s, yp.id, date.today())
    finally:
        store.close()
    data["allocated"] = [{"id": a.id, "staff_id": a.staff_id, "staff_name": a.staff_name,
                          "role": a.role, "starts_on": a.starts_on.isoformat(),
                          "change_reason": a.change_reason} for a in allocated]

    def lines() -> list[str]:
        out = [f"{header.name} (known as {header.known_as})",
               f"  Age {header.age}  ·  RAG: {header.rag_label}  ·  "
               f"Keyworker: {header.keyworker or '-'}",
               f"  Consent: {header.consent}", f"  Communication: {header.communication or '-'}"]
        if closed is not None:
            out.insert(1, f"  Closed on {closed.closed_on.isoformat()} ({closed.reason})")
        for a in allocated:
            role = {m.value: m.label for m in AllocationRole}.get(a.role, a.role)
            why = {m.value: m.label for m in ChangeReason}.get(a.change_reason, a.change_reason)
            out.append(f"  {role}: {a.staff_name} from {a.starts_on.isoformat()} ({why})")
        if status is not None:
            since = f" since {status.status_on.isoformat()}" if status.status_on else ""
            by = f", decided by {status.decided_by}" if status.decided_by else ""
            why = f": {status.decision_reason}" if status.decision_reason else ""
            out.insert(1, f"  Register: {status.label}{since}{by}{why}")
        out += [f"  ! {p.text()}" for p in held.prompts]
        for key, rows in data.items():
            if key not in ("young_person", "allocated", "register") and rows:
                out.append(f"  {key.replace('_', ' ')}: {len(rows)}")
        return out

    # The register as the Register tab shows it: ratings oldest first, reviews newest first.
    data["register"] = {
        "ratings": [r.__dict__ for r in held.ratings],
        "reviews": [r.__dict__ for r in held.reviews],
        "review_on": held.fields["review_on"],
        "prompts": [{"code": p.code, "overdue": p.overdue, "due": p.due, "text": p.text()}
                    for p in held.prompts]}
    # The register entry's status, as the line above says it (dsr_entry holds every entry).
    data["triage_status"] = None if status is None else {
        "status": status.status, "status_on": status.status_on,
        "decided_by": status.decided_by, "decision_reason": status.decision_reason}
    emit(args, data, lines)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from keyworker_desktop.services.search import MATCH_END, MATCH_START, search

    store = open_store(args)
    try:
        with store.session() as s:
            # A terminal shows each match in brackets, as it always has.
            hits = [replace(h, snippet=h.snippet.replace(MATCH_START, "[")
                            .replace(MATCH_END, "]"))
                    for h in search(s, args.text, limit=args.limit)]
    finally:
        store.close()

    def lines() -> list[str]:
        if not hits:
            return ["Nothing found."]
        return [f"{h.group:26} {h.title[:50]:50} {h.snippet[:60]}" for h in hits]

    emit(args, [h.__dict__ for h in hits], lines)
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``demo``, ``list``, ``show`` and ``search``."""
    demo = sub.add_parser("demo", help="add the fictional demo caseload")
    demo.add_argument("--scale", type=int, default=None, help="generate N young people instead")
    demo.add_argument("--yes", action="store_true",
                      help="add it even to a store with real young people or registered with a "
                           "central store (which then never syncs again)")
    demo.set_defaults(func=cmd_demo)
    lst = sub.add_parser("list", help="list young people, or the triage queue")
    lst.add_argument("what", choices=["young-people", "triage"],
                     help="young-people (the caseload) or triage (everyone referred or "
                          "waiting, oldest first: as 'triage --list')")
    lst.add_argument("--all", action="store_true",
                     help="include young people whose involvement is closed or whose referral "
                          "was declined (marked so)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="show a young person's record")
    show.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    search = sub.add_parser("search", help="full-text search")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
