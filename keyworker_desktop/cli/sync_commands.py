"""Sync with the central store: ``sync``, and ``conflicts`` that a person must decide."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from keyworker_desktop.cli.common import CliError, Subcommands, emit, open_store
from keyworker_desktop.domain.i18n import translate


def _progress(stage: str, done: int, total: int) -> None:
    text = (translate("Cli", "Sending {done} of {total} changes") if stage == "sending" else
            translate("Cli", "Receiving {done} of {total} changes"))
    print("\r" + text.format(done=done, total=total) + "   ", end="", file=sys.stderr,
          flush=True)


def _confirm_deletes(side: str, deletes: int, live: int) -> bool:
    if side == "scope":
        question = translate(
            "Cli", "{deletes} of the {live} young people on this laptop are no longer allocated "
            "to you. Everything synced about them is safe on the central store. Remove them "
            "from this laptop?").format(deletes=deletes, live=live)
    elif side == "central":
        question = translate(
            "Cli", "This sync would delete {deletes} of {live} records on the central store. "
            "Go on?").format(deletes=deletes, live=live)
    else:
        question = translate(
            "Cli", "This sync would delete {deletes} of {live} records on this laptop. "
            "Go on?").format(deletes=deletes, live=live)
    if not sys.stdin.isatty():
        print("\n" + translate(
            "Cli", "{question} Not without a yes: run it in a terminal to confirm.").format(
            question=question), file=sys.stderr)
        return False
    # The answer stays y/N in every language: scripts and muscle memory rely on it.
    answer = input(f"\n{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def cmd_sync(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.sync_review import UNREADABLE, refusal
    from keyworker_desktop.store import settings
    from keyworker_desktop.sync.client import DeviceRevoked, SyncClient, SyncError

    store = open_store(args)
    client = None
    try:
        with store.session() as s:
            url = args.server or settings.get(s, settings.SERVER_URL)
            user = args.user or settings.get(s, settings.USER_NAME)
            ca_file = settings.get(s, settings.CA_FILE)
        if not url:
            raise CliError(translate(
                "Cli", "Give the central store's address with --server URL."), 2)
        if args.ca_cert:
            if not Path(args.ca_cert).is_file():
                raise CliError(translate(
                    "Cli", "There is no certificate authority file there (--ca-cert)."), 2)
            # Absolute, so the remembered file is found from any folder.
            ca_file = str(Path(args.ca_cert).resolve())
        client = SyncClient(store, url, ca_file=ca_file or None)
        if not client.is_registered():
            if not user:
                raise CliError(translate(
                    "Cli", "Give your user name on the central store with --user NAME."), 2)
            password = os.environ.get("KEYWORKER_SERVER_PASSWORD")
            if password is None:
                if not sys.stdin.isatty():
                    raise CliError(translate(
                        "Cli", "No password: set KEYWORKER_SERVER_PASSWORD or run in a "
                        "terminal."), 2)
                password = getpass.getpass(translate(
                    "Cli", "Password for {user} on the central store: ").format(user=user))
            client.register(user, password)
            print(translate("Cli", "This laptop is now registered with the central store."),
                  file=sys.stderr)
        summary = client.sync(progress=_progress, confirm_deletes=_confirm_deletes)
        if args.ca_cert:  # it worked: remember it (registration remembers it too)
            with store.transaction() as s:
                settings.put(s, settings.CA_FILE, ca_file)
    except DeviceRevoked as exc:
        print(f"\n{exc.message}", file=sys.stderr)
        return 1
    except SyncError as exc:
        print(f"\n{exc.message}", file=sys.stderr)
        return 1
    finally:
        if client is not None:
            client.close()
        if store.is_open:
            store.close()
    print(file=sys.stderr)
    print(translate("Cli", "Sent {pushed} changes, received {pulled}.").format(
                    pushed=summary.pushed, pulled=summary.pulled))
    if summary.merged:
        print(translate(
            "Cli", "{merged} texts edited on two laptops were merged.").format(
            merged=summary.merged))
    for r in summary.rejected:
        words, params = refusal(r)
        print(translate(
            "Cli", "Not accepted ({code}): {entity} {record} — {reason}. It is kept on this "
            "laptop.").format(
            code=r.code, entity=r.entity, record=r.record_id[:13], reason=words.format(**params)))
    for u in summary.unreadable:
        print(translate("Cli", "Not applied: {entity} {record} — {reason}").format(
                        entity=u.entity, record=u.record_id[:13],
                        reason=translate("SyncReview", UNREADABLE).format(field=u.field)))
    if summary.open_conflicts:
        print(translate(
            "Cli", "{open_conflicts} conflicts need you to choose: 'keyworker conflicts'.").format(
            open_conflicts=summary.open_conflicts))
    for line in scope_lines(summary.removed_young_people, summary.kept_out_of_scope,
                            summary.scope_removal_declined):
        print(line)
    return 0


def _young_people(count: int) -> str:
    return (translate("Cli", "1 young person") if count == 1
            else translate("Cli", "{count} young people").format(count=count))


def scope_lines(removed: int, kept: int, declined: int = 0) -> list[str]:
    """What a sync did about young people no longer allocated to this user, in plain words."""
    lines = []
    if declined:
        lines.append(translate(
            "Cli", "Kept {people} no longer allocated to you on this laptop, as you asked. The "
            "next sync asks again.").format(people=_young_people(declined)))
    if removed:
        lines.append(translate(
            "Cli", "Removed {people} from this laptop: no longer allocated to you. Everything "
            "synced about them is safe on the central store.").format(
            people=_young_people(removed)))
    if kept:
        lines.append(translate(
            "Cli", "Kept {people} no longer allocated to you on this laptop: they have changes "
            "the central store has not accepted. Please speak to your manager.").format(
            people=_young_people(kept)))
    return lines


def cmd_conflicts(args: argparse.Namespace) -> int:
    from keyworker_desktop.sync.conflicts import open_conflicts

    store = open_store(args)
    try:
        rows = open_conflicts(store)
    finally:
        store.close()

    def lines() -> list[str]:
        if not rows:
            return ["No conflicts."]
        out = []
        for c in rows:
            out.append(f"{c.entity} {c.record_id[:13]} · {c.field} ({c.kind})")
            for side in (c.current, c.incoming):
                out.append(f"    {side['author']:20} {side['hlc'][:15]}  {side['value']!r}")
        return out

    emit(args, [c.__dict__ for c in rows], lines)
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``sync`` and ``conflicts``."""
    sync = sub.add_parser("sync", help="send and receive changes with the central store")
    sync.add_argument("--server", help="the central store's address (remembered)")
    sync.add_argument("--user", help="your user name there (asked once, at registration)")
    sync.add_argument("--ca-cert", metavar="FILE",
                      help="your organisation's certificate authority (PEM) that the central "
                           "store's certificate is checked against (remembered)")
    sync.set_defaults(func=cmd_sync)
    conf = sub.add_parser("conflicts", help="list changes that need a person to decide")
    conf.add_argument("--json", action="store_true")
    conf.set_defaults(func=cmd_conflicts)
