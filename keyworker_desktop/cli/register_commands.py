"""The register from the command line: ``rag`` (a new RAG rating) and ``review``.

``keyworker rag YOUNG_PERSON red|amber|green|blue --rationale TEXT [--on YYYY-MM-DD]``
adds a rating (no rationale: exit 2, nothing stored); ``keyworker review YOUNG_PERSON
--outcome TEXT --next YYYY-MM-DD`` records a review and sets the next review date.
Both show in ``keyworker show`` (the ``register`` part of ``--json``).
"""

from __future__ import annotations

import argparse
from datetime import date

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import Rag


def cmd_rag(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.register import add_rating, register_prompts

    if not (args.rationale or "").strip():
        raise CliError(translate(
            "Cli", "A rating needs its rationale: add --rationale TEXT. Nothing was stored."), 2)
    today = date.today()
    on = args.on or today
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            row = add_rating(s, yp.id, args.rating, on=on, rationale=args.rationale,
                             today=today)
            out = {"young_person_id": yp.id, "id": row.id, "rating": row.rating,
                   "rated_on": row.rated_on, "rationale": row.rationale}
            prompts = [p.text() for p in register_prompts(s, yp.id, today)]
            name = yp.display_name
    finally:
        store.close()
    out["prompts"] = prompts
    emit(args, out, lambda: [translate(
        "Cli", "{name}: rated {rating} on {date}.").format(
        name=name, rating=args.rating, date=on.isoformat()),
                             *(f"  ! {text}" for text in prompts)])
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.register import record_review

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            row = record_review(s, yp.id, outcome=args.outcome, next_review_on=args.next,
                                today=today, reviewed_on=args.on)
            out = {"young_person_id": yp.id, "id": row.id, "reviewed_on": row.reviewed_on,
                   "outcome": row.outcome, "next_review_on": row.next_review_on}
            name = yp.display_name
    finally:
        store.close()
    emit(args, out, lambda: [translate(
        "Cli", "{name}: reviewed on {date}; next review {next}.").format(
        name=name, date=out["reviewed_on"], next=args.next.isoformat())])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``rag`` and ``review``."""
    rag = sub.add_parser("rag", help="add a RAG rating to a young person's register entry")
    rag.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    rag.add_argument("rating", choices=[r.value for r in Rag],
                     help="red (C(E)TR and keyworker referral expected), amber (multi-agency "
                          "meeting and/or C(E)TR), green (managed in the community), blue "
                          "(already an inpatient)")
    rag.add_argument("--rationale", metavar="TEXT", help="why (required)")
    rag.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                     help="the rating's date (default: today; not before the referral)")
    rag.add_argument("--json", action="store_true")
    rag.set_defaults(func=cmd_rag)

    review = sub.add_parser("review", help="record a register review and the next review date")
    review.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    review.add_argument("--outcome", metavar="TEXT", required=True, help="what was decided")
    review.add_argument("--next", type=iso_date, metavar="YYYY-MM-DD", required=True,
                        help="the next review date")
    review.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                        help="when the review was held (default: today)")
    review.add_argument("--json", action="store_true")
    review.set_defaults(func=cmd_review)
