"""``keyworker network``: the professional network map as a file, for a meeting pack.

    keyworker network "Olly" --out olly-network.pdf

SVG, PNG or PDF, drawn by the same code as the record's Network tab, with no window:
without a display Qt draws offscreen. The file is written beside its final name and
renamed into place, and the export is audited as a view of the record.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from keyworker_desktop.cli.common import CliError, Subcommands, open_store, young_person_or_exit
from keyworker_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from keyworker_desktop.domain.network import NetworkMap

SUFFIXES = (".svg", ".png", ".pdf")


def _headless_if_no_display() -> None:
    """Draw offscreen when there is no screen to connect to (a server, a cron job)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_network(args: argparse.Namespace) -> int:
    from keyworker_desktop.services import network_map
    from keyworker_desktop.services.records import record_view

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise CliError(translate("Cli", "Give --out a name ending in .svg, .png or .pdf."), 2)
    if not out.parent.is_dir():
        raise CliError(translate(
            "Cli", "There is no folder {parent} to save the map in.").format(parent=out.parent), 2)
    today = date.today()
    store = open_store(args)
    try:
        # One transaction: if the file cannot be written, the export is not audited.
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            network = network_map.network_map_for(s, yp.id, today)
            photo = network_map.map_photo(s, yp.id)
            _write_map(network, photo, out, today)
            record_view(s, s.info["write_context"], yp.id,
                        f"network map saved as {suffix[1:].upper()} (command line)")
    finally:
        store.close()
    count = len(network.nodes)
    print((translate("Cli", "Saved the network map for {name} (1 person) to {out}")
           if count == 1 else
           translate("Cli", "Saved the network map for {name} ({count} people) to {out}")).format(
        name=network.person.display_name, count=count, out=out))
    return 0


def _write_map(network: NetworkMap, photo: bytes | None, out: Path, today: date) -> None:
    _headless_if_no_display()
    from PySide6.QtGui import QPixmap

    from keyworker_desktop.ui.network_export import ensure_qt_app, export_map

    ensure_qt_app()
    pixmap = None
    if photo:
        pixmap = QPixmap()
        if not pixmap.loadFromData(photo):
            pixmap = None
    fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.",
                                     suffix=out.suffix.lower())
    os.close(fd)
    temp = Path(temp_name)
    try:
        export_map(network, temp, today=today, photo=pixmap)
        if not temp.stat().st_size:
            raise OSError("nothing was drawn")
        os.replace(temp, out)
    except OSError as exc:
        raise CliError(translate("Cli", "Could not write {out}: {reason}").format(
            out=out, reason=exc.strerror or exc), 1) from None
    finally:
        temp.unlink(missing_ok=True)


def add_commands(sub: Subcommands) -> None:
    """Add ``network`` to the ``keyworker`` sub-commands."""
    network = sub.add_parser("network",
                             help="save a young person's professional network map "
                                  "(SVG, PNG or PDF)")
    network.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    network.add_argument("--out", required=True, metavar="FILE.svg|.png|.pdf",
                         help="the file to write; its ending chooses the format")
    network.set_defaults(func=cmd_network)
