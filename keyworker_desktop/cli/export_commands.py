"""``export``: everything held about one young person, for a subject access request."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate


def cmd_export(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.subject_access import (
        ExportExists,
        ExportNotWritten,
        export_subject_access,
    )

    out: Path = args.out
    if out.exists() and not args.force:
        raise CliError(translate(
            "Cli", "{out} exists already. Nothing was written; choose another file or add "
            "--force to replace it.").format(out=out), 1)
    if out.is_dir():
        raise CliError(translate(
            "Cli", "{out} is a folder: name the zip file to write.").format(out=out), 2)
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            try:
                done = export_subject_access(s, yp.id, out, today=date.today(),
                                             overwrite=args.force)
            except ExportExists:
                raise CliError(translate(
                    "Cli", "{out} exists already. Nothing was written.").format(out=out),
                    1) from None
            except ExportNotWritten as exc:
                raise CliError(exc.message, 1) from None
            name = yp.display_name
    finally:
        store.close()
    print(translate(
        "Cli", "Warning: {out} is NOT encrypted. Keep it safe and delete it once it has been "
        "handed over.").format(out=out), file=sys.stderr)
    emit(args, {"young_person_id": yp.id, "path": str(done.path), "records": done.records,
                "attachments": done.attachments, "size_bytes": done.size_bytes},
         lambda: [translate(
             "Cli", "Exported everything held about {name} to {path}: {records} records, "
             "{attachments} attachments ({size_bytes} bytes). The export was recorded in "
             "the audit log.").format(
             name=name, path=done.path, records=done.records, attachments=done.attachments,
             size_bytes=f"{done.size_bytes:,}")])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``export``."""
    export = sub.add_parser(
        "export", help="export everything held about a young person (subject access request)")
    export.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.zip",
                        help="the zip to write (not encrypted)")
    export.add_argument("--force", action="store_true", help="replace FILE.zip if it exists")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=cmd_export)
