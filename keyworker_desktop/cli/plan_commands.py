"""``keyworker plan``: print-ready easy-read plans from the command line.

For printing a batch before a day out::

    keyworker plan "Aish" --out aish.pdf --pages my-plan,next-visits --a5 --large-print

The PDF is written atomically (a temporary file beside it, then a rename) and
nothing else is written to disk. The export is audited in the store.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    open_store,
    pdf_out,
    young_person_or_exit,
)
from keyworker_desktop.cli.language import register_document_language
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.easyread.documents import ALL_PAGES, DEFAULT_PAGES

#: The languages a plan can be printed in (Welsh words come from the shipped catalogue).
LANGUAGES = ("en", "cy")


def parse_pages(text: str) -> tuple[str, ...]:
    """ "my-plan,about-me" -> ("my-plan", "about-me"); unknown names are a usage error."""
    pages = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    unknown = [p for p in pages if p not in ALL_PAGES]
    if unknown or not pages:
        raise argparse.ArgumentTypeError(
            translate("Cli", "pages must be some of {pages} (got {text})").format(
                      pages=",".join(ALL_PAGES), text=repr(text)))
    return pages


def cmd_plan(args: argparse.Namespace) -> int:
    from keyworker_desktop.easyread.documents import build_plan_pdf
    from keyworker_desktop.services import plans

    out = pdf_out(args.out, "plan", "plan")
    page_size = "A5" if args.a5 else "A4"
    store = open_store(args)
    try:
        # One transaction: if the file cannot be written, the export is not audited.
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            # The young person's preferred language unless --language says otherwise.
            language = args.language or (yp.preferred_language
                                         if yp.preferred_language in LANGUAGES else "en")
            if language != "en" and not register_document_language(language):
                print(translate("Cli", "There is no {language} translation installed: the "
                                "plan's own words are printed in English.").format(
                    language=language), file=sys.stderr)
            plan = plans.plan_data_for(s, yp.id, date.today(), language)
            pdf = build_plan_pdf(plan, args.pages, page_size, args.large_print)
            try:
                plans.write_file_atomically(out, pdf)
            except OSError as exc:
                raise CliError(translate(
                    "Cli", "Could not write {out}: {reason}").format(
                    out=out, reason=exc.strerror or exc), 1) from None
            detail = plans.export_detail(plan, args.pages, page_size, args.large_print,
                                         "saved as PDF (command line)")
            plans.audit_export(s, s.info["write_context"], yp.id, detail)
    finally:
        store.close()
    print((translate("Cli", "Saved {name}'s plan ({pages}; {page_size}, large print) to {out}")
           if args.large_print else
           translate("Cli", "Saved {name}'s plan ({pages}; {page_size}) to {out}")).format(
        name=plan.person.called, pages=", ".join(args.pages), page_size=page_size, out=out),
        file=sys.stdout)
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``plan`` to the ``keyworker`` sub-commands."""
    plan = sub.add_parser("plan", help="save a young person's easy-read plan as a PDF")
    plan.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    plan.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    plan.add_argument("--pages", type=parse_pages, default=DEFAULT_PAGES,
                      metavar=",".join(ALL_PAGES),
                      help="which pages, in this order (default: the first four; when-upset "
                           "is the crisis plan's what helps and what to avoid)")
    plan.add_argument("--a5", action="store_true", help="A5 paper (default A4)")
    plan.add_argument("--large-print", action="store_true", help="20 pt text (default 16 pt)")
    plan.add_argument("--language", choices=LANGUAGES, default=None,
                      help="the plan's language: en (English) or cy (Cymraeg); default the "
                           "young person's preferred language")
    plan.set_defaults(func=cmd_plan)
