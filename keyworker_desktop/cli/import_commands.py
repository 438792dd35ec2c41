"""``keyworker import FILE.csv``: a service's register from a spreadsheet (docs/import.md)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keyworker_desktop.cli.common import CliError, Subcommands, emit, open_store
from keyworker_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from keyworker_desktop.services.register_import import ImportSummary


class _Progress:
    """Rows checked and written, on stderr: one line overwritten in a terminal, else a
    line each time (every 500 rows), so a log shows the import moving."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.dirty = False

    def __call__(self, phase: str, done: int, total: int) -> None:
        if total and done == total and done < 500:
            return  # a short file: no progress to show
        line = f"{phase.capitalize()} {done:,}" + (f" of {total:,}" if total else "") + " rows"
        if self.tty:
            print(f"\r{line}   ", end="", file=sys.stderr, flush=True)
            self.dirty = True
        else:
            print(line, file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.dirty:
            print(file=sys.stderr)


def _lines(summary: ImportSummary) -> list[str]:
    count = f"{len(summary.added):,}"
    lines = [translate("Cli", "Would add {count} young people (read as {encoding}).").format(
        count=count, encoding=summary.encoding) if summary.dry_run else
        translate("Cli", "Added {count} young people (read as {encoding}).").format(
            count=count, encoding=summary.encoding)]
    if summary.staff_added:
        staff = {"count": len(summary.staff_added), "names": ", ".join(summary.staff_added)}
        lines.append(translate("Cli", "Would add {count} staff: {names}.").format(**staff)
                     if summary.dry_run else
                     translate("Cli", "Added {count} staff: {names}.").format(**staff))
    if summary.already_held:
        lines.append(translate("Cli", "Already held, skipped: {count} (lines {lines}).").format(
            count=f"{len(summary.already_held):,}",
            lines=", ".join(str(line) for line, _ in summary.already_held)))
    if summary.repeated:
        lines.append(translate("Cli", "Repeating an earlier line of the file, skipped: "
                               "{lines}.").format(lines=", ".join(
                                   translate("Cli", "line {line} (as line {first})").format(
                                       line=line, first=first)
                                   for line, first in summary.repeated)))
    if summary.ignored_columns:
        lines.append(translate("Cli", "Columns not read: {columns}.").format(
            columns=", ".join(summary.ignored_columns)))
    return lines


def _as_json(summary: ImportSummary) -> dict[str, Any]:
    return {"ok": summary.ok, "dry_run": summary.dry_run, "encoding": summary.encoding,
            "rows": summary.rows,
            "added": [{"line": line, "id": yp_id or None} for line, yp_id in summary.added],
            "already_held": [{"line": line, "id": yp_id}
                             for line, yp_id in summary.already_held],
            "repeated": [{"line": line, "as_line": first} for line, first in summary.repeated],
            "staff_added": summary.staff_added,
            "problems": [asdict(p) for p in summary.problems],
            "warnings": [asdict(p) for p in summary.warnings],
            "ignored_columns": summary.ignored_columns}


def cmd_import(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.register_import import UnreadableFile, import_register

    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(translate("Cli", "Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc), 2) from None
    progress = _Progress()
    store = open_store(args)
    try:
        with store.transaction() as s:
            summary = import_register(s, data, date.today(), dry_run=args.dry_run,
                                      progress=progress)
    except UnreadableFile as exc:
        raise CliError(str(exc), 2) from None
    finally:
        progress.end()
        store.close()
    for w in summary.warnings:
        print(translate("Cli", "Warning: line {line}, {column}: {reason}").format(
                        line=w.line, column=w.column, reason=w.reason), file=sys.stderr)
    if not summary.ok:
        emit(args, _as_json(summary), lambda: [])
        for p in summary.problems:
            where = f"line {p.line}, {p.column}" if p.column else f"line {p.line}"
            print(f"{where}: {p.reason}", file=sys.stderr)
        lines = len({p.line for p in summary.problems})
        raise CliError(translate(
            "Cli", "Nothing was imported: {len} problem(s) on {lines} line(s). Correct them in "
            "the spreadsheet and import the whole file again.").format(
            len=len(summary.problems), lines=lines), 2)
    emit(args, _as_json(summary), lambda: _lines(summary))
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``import``."""
    p = sub.add_parser("import", help="add young people from a register spreadsheet saved as "
                                      "CSV (see docs/import.md)")
    p.add_argument("file", metavar="FILE.csv", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help="check the file and say what would be added; store nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
