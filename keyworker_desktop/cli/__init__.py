"""The ``keyworker`` command line: the store, the caseload, exports and sync.

Exit codes (also in README.md):
  0 success · 1 other expected failure · 2 usage or invalid input · 3 wrong passphrase
  4 corrupt or unreadable store/key file · 5 no store here / a store already exists
  6 no such young person · 130 interrupted
  141 the reader of the output went away (``keyworker show … | head``), as a tool
      stopped by SIGPIPE reports in a shell
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from keyworker_desktop.cli.common import CliError, Handler
from keyworker_desktop.cli.language import install_language
from keyworker_desktop.cli.parser import build_parser
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import StoreError
from keyworker_desktop.store.paths import default_data_dir

__all__ = ["main"]

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell shows for ``yes | head``


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code, with expected failures as one plain line on stderr."""
    args = build_parser().parse_args(argv)
    install_language()
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    handler: Handler = args.func
    try:
        code = int(handler(args))
        # Written now, inside the try: a closed pipe found at exit would be a traceback.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(translate("Cli", "Stopped. Nothing half-written was kept."), file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit meets no broken pipe.

    The recipe in the Python documentation (signal module, "Note on SIGPIPE").
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a file (a test's capture): nothing will be flushed to a pipe
