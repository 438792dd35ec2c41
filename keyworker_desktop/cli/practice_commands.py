"""The Keyworking Service's practice from the command line: ``goal``, ``rate-goal``,
``spend``, ``escalate`` and ``crisis-plan`` (the risk and crisis plan as a PDF)."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    pdf_out,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import EscalationLevel


def cmd_goal(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.goals import save_goal

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            goal = save_goal(s, yp.id, words=args.words, agreed_with=args.agreed_with or "",
                             set_on=args.on or today, today=today)
            goal_id, name = goal.id, yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "goal_id": goal_id},
         lambda: [translate(
             "Cli", "Goal added for {name} (id {goal}): rate it with 'keyworker rate-goal "
             "{goal} SCORE'.").format(name=name, goal=goal_id[:8])])
    return 0


def cmd_rate_goal(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.goals import find_goal, rate_goal

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            goal = find_goal(s, args.goal)
            if goal is None:
                raise CliError(translate(
                    "Cli", "No single goal has that id. 'keyworker show YOUNG_PERSON --json' "
                    "lists the goals with their ids."), 6)
            rating = rate_goal(s, goal.id, score=args.score, rated_on=args.on or today,
                               today=today, comment=args.comment or "")
            goal_id, rating_id = goal.id, rating.id
    finally:
        store.close()
    emit(args, {"goal_id": goal_id, "rating_id": rating_id, "score": args.score},
         lambda: [translate("Cli", "Progress rated {score}/10.").format(score=args.score)])
    return 0


def cmd_spend(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.budget import add_spend, budget_for, parse_pounds, pounds

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            spend = add_spend(s, yp.id, item=args.item, amount_pence=parse_pounds(args.amount),
                              spent_on=args.on or today, today=today,
                              approved_by=args.approved_by or "",
                              received_by=args.received_by or "")
            summary = budget_for(s, yp.id)
            spend_id, name = spend.id, yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "spend_id": spend_id,
                "total_pence": summary.total_pence, "limit_pence": summary.limit_pence,
                "remaining_pence": summary.remaining_pence},
         lambda: [translate(
             "Cli", "Spend recorded for {name}: {spent} spent of {limit}, {left} left.").format(
             name=name, spent=pounds(summary.total_pence), limit=pounds(summary.limit_pence),
             left=pounds(summary.remaining_pence))])
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.escalations import raise_escalation

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            esc = raise_escalation(s, yp.id, what_was_blocked=args.blocked,
                                   escalated_to=args.to, level=args.level,
                                   raised_on=args.on or today, today=today,
                                   raised_from=args.raised_from or "")
            esc_id, name = esc.id, yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "escalation_id": esc_id},
         lambda: [translate(
             "Cli", "Escalation for {name} recorded; it stays open on Today until it is closed "
             "with an outcome.").format(name=name)])
    return 0


def cmd_crisis_plan(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.plans import write_file_atomically
    from keyworker_desktop.services.risk_plan import crisis_plan_pdf

    out = pdf_out(args.out, "crisis plan", "plan")
    store = open_store(args)
    try:
        # One transaction: if the file cannot be written, the copy is not audited.
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            pdf = crisis_plan_pdf(s, yp.id, datetime.now())
            try:
                write_file_atomically(out, pdf)
            except OSError as exc:
                raise CliError(translate(
                    "Cli", "Could not write {out}: {reason}").format(
                    out=out, reason=exc.strerror or exc), 1) from None
            name = yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "out": str(out), "bytes": len(pdf),
                "encrypted": False},
         lambda: [translate(
             "Cli", "Saved the risk and crisis plan for {name} to {out}.").format(
             name=name, out=out),
                  translate(
                      "Cli", "The copy is not encrypted: keep it safe and delete it when it is "
                      "no longer needed.")])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``goal``, ``rate-goal``, ``spend``, ``escalate`` and ``crisis-plan``."""
    yp_help = "id, id prefix or name"
    goal = sub.add_parser("goal", help="add a goal in the young person's own words")
    goal.add_argument("young_person", metavar="YOUNG_PERSON", help=yp_help)
    goal.add_argument("--words", required=True, metavar="TEXT", help="the goal in their words")
    goal.add_argument("--agreed-with", metavar="NAME", help="who it was agreed with")
    goal.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="set on (default today)")
    goal.add_argument("--json", action="store_true")
    goal.set_defaults(func=cmd_goal)
    rate = sub.add_parser("rate-goal", help="rate progress towards a goal, 0 to 10")
    rate.add_argument("goal", metavar="GOAL_ID", help="the goal's id or its first characters")
    rate.add_argument("score", type=int, metavar="SCORE", help="0 to 10")
    rate.add_argument("--comment", metavar="TEXT", help="soft outcomes, in their words")
    rate.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                      help="rated on (default today)")
    rate.add_argument("--json", action="store_true")
    rate.set_defaults(func=cmd_rate_goal)
    spend = sub.add_parser("spend", help="record a personal budget spend (refused over the "
                                         "limit)")
    spend.add_argument("young_person", metavar="YOUNG_PERSON", help=yp_help)
    spend.add_argument("--item", required=True, metavar="TEXT", help="what it was for")
    spend.add_argument("--amount", required=True, metavar="POUNDS",
                       help="pounds and pence, e.g. 12.50")
    spend.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                       help="the date (default today)")
    spend.add_argument("--approved-by", metavar="NAME")
    spend.add_argument("--received-by", metavar="NAME")
    spend.add_argument("--json", action="store_true")
    spend.set_defaults(func=cmd_spend)
    esc = sub.add_parser("escalate", help="record an escalation: what is blocked, to whom")
    esc.add_argument("young_person", metavar="YOUNG_PERSON", help=yp_help)
    esc.add_argument("--blocked", required=True, metavar="TEXT", help="what is blocked")
    esc.add_argument("--to", required=True, metavar="NAME", help="escalated to whom")
    esc.add_argument("--level", required=True, choices=[m.value for m in EscalationLevel])
    esc.add_argument("--from", dest="raised_from", choices=["referral"],
                     help="raised from a blocked referral")
    esc.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                     help="raised on (default today)")
    esc.add_argument("--json", action="store_true")
    esc.set_defaults(func=cmd_escalate)
    crisis = sub.add_parser("crisis-plan", help="save the risk and crisis plan as a PDF "
                                                "(not encrypted)")
    crisis.add_argument("young_person", metavar="YOUNG_PERSON", help=yp_help)
    crisis.add_argument("--out", required=True, metavar="FILE.pdf",
                        help="the PDF to write (the copy is not encrypted)")
    crisis.add_argument("--json", action="store_true")
    crisis.set_defaults(func=cmd_crisis_plan)
