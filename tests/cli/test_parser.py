"""Every ``keyworker`` command is documented in README.md's command-line table."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from keyworker_desktop.cli.parser import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_command_is_in_the_readme_table() -> None:
    sub = next(a for a in build_parser()._actions
               if isinstance(a, argparse._SubParsersAction))
    table = README.read_text(encoding="utf-8").split("## The command line", 1)[1]
    table = table.split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z][a-z-]*)[ `]", table))
    assert set(sub.choices) - documented == set()
