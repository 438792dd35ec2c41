"""``report``: the service's figures for a period, as CSV, JSON or PDF (docs/reports.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from keyworker_desktop.cli.common import CliError, Subcommands, iso_date, open_store
from keyworker_desktop.domain.i18n import translate


def cmd_report(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.reports import PeriodError, export_report

    start: date = args.from_
    end: date = args.to
    if end < start:
        raise CliError(translate(
            "Cli", "The period ends before it starts: --to must be on or after --from. Nothing "
            "was written."), 2)
    out: Path | None = args.out
    if out is None and args.format == "pdf":
        raise CliError(translate(
            "Cli", "A PDF needs a file: add --out FILE.pdf. Nothing was written."), 2)
    if out is not None:
        if out.is_dir():
            raise CliError(translate(
                "Cli", "{out} is a folder: name the file to write.").format(out=out), 2)
        if out.exists() and not args.force:
            raise CliError(translate(
                "Cli", "{out} exists already. Nothing was written; choose another file or add "
                "--force to replace it.").format(out=out), 1)
    store = open_store(args)
    try:
        with store.transaction() as s:
            try:
                content = export_report(s, start, end, date.today(), args.format,
                                        regional=args.suppress)
            except PeriodError as exc:
                raise CliError(str(exc), 2) from None
            if out is not None:
                try:
                    out.write_bytes(content)
                except OSError as exc:
                    # The audit row is rolled back with the transaction: nothing left.
                    raise CliError(translate(
                        "Cli", "Could not write {out}: {strerror}.").format(
                        out=out, strerror=exc.strerror), 1) from None
    finally:
        store.close()
    if out is None:
        sys.stdout.write(content.decode("utf-8"))
        return 0
    kind = (translate("Cli", "counts only, small numbers hidden") if args.suppress
            else translate("Cli", "keyworkers are named"))
    print(translate(
        "Cli", "Wrote the report for {start} to {end} to {out} ({kind}). The export was "
        "recorded in the audit log.").format(start=start, end=end, out=out, kind=kind))
    print(translate("Cli", "Warning: {out} is NOT encrypted. Keep it safe.").format(out=out),
          file=sys.stderr)
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``report``."""
    report = sub.add_parser(
        "report", help="the service's figures for a period (register, C(E)TRs, budget, ...)",
        description="Counts over the young people this laptop holds; docs/reports.md says "
                    "how each figure is counted.")
    report.add_argument("--from", dest="from_", type=iso_date, required=True,
                        metavar="YYYY-MM-DD", help="first day of the period")
    report.add_argument("--to", type=iso_date, required=True, metavar="YYYY-MM-DD",
                        help="last day of the period (included)")
    report.add_argument("--format", choices=("csv", "json", "pdf"), default="json")
    report.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="write to FILE (not encrypted); without it CSV and JSON print")
    report.add_argument("--suppress", action="store_true",
                        help="the regional and national copy: counts only, 1-4 shown as <5 "
                             "(the threshold is a setting)")
    report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report.set_defaults(func=cmd_report)
