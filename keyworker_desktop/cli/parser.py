"""The ``keyworker`` argument parser: the global options, then each group's commands.

A new command goes in its group's ``add_commands``; a new group is one more entry in
``GROUPS`` (the order here is the order ``keyworker --help`` lists the commands in).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from keyworker_desktop import __version__
from keyworker_desktop.cli import (
    allocation_commands,
    document_commands,
    ending_commands,
    export_commands,
    import_commands,
    intake_commands,
    network_commands,
    plan_commands,
    practice_commands,
    records_commands,
    register_commands,
    report_commands,
    rhythm_commands,
    store_commands,
    sync_commands,
    triage_commands,
)
from keyworker_desktop.cli.common import Subcommands

EPILOG = """exit codes: 0 ok, 1 failed, 2 usage/invalid input, 3 wrong passphrase,
4 corrupt store or key file, 5 no store here / store exists, 6 no such young person.
The passphrase is asked without echo, or read from KEYWORKER_PASSPHRASE."""

GROUPS: tuple[Callable[[Subcommands], None], ...] = (
    store_commands.add_commands,
    records_commands.add_commands,
    intake_commands.add_commands,
    allocation_commands.add_commands,
    triage_commands.add_commands,
    register_commands.add_commands,
    ending_commands.add_commands,
    export_commands.add_commands,
    document_commands.add_commands,
    import_commands.add_commands,
    sync_commands.add_commands,
    plan_commands.add_commands,
    network_commands.add_commands,
    practice_commands.add_commands,
    report_commands.add_commands,
    rhythm_commands.add_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each command sets ``func`` to its handler."""
    p = argparse.ArgumentParser(prog="keyworker", description="Keyworker Desktop command line",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"keyworker {__version__}")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="the store's folder (default: KEYWORKER_DATA_DIR or the user data folder)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_commands in GROUPS:
        add_commands(sub)
    return p
