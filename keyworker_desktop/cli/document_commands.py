"""``attach``: hold a file under a young person, or as the signed form of a consent or
the signed agreement of an allocation in force."""

from __future__ import annotations

import argparse
from pathlib import Path

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.cli.intake_commands import KINDS as CONSENT_KINDS
from keyworker_desktop.domain.i18n import translate

ROLES = {"keyworker": "keyworker", "senior": "senior_keyworker", "family": "family_keyworker"}
# domain.vocab.DocumentKind's values, spelled out so building the parser stays cheap.
DOCUMENT_KINDS = ("consent_form", "keyworker_agreement", "letter", "report", "plan", "other")


def cmd_attach(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from keyworker_desktop.services import documents
    from keyworker_desktop.services.allocation import current_allocations
    from keyworker_desktop.services.documents import DocumentKind
    from keyworker_desktop.store.models import Consent

    path: Path = args.file
    if args.consent and args.allocation:
        raise CliError(translate(
            "Cli", "A document is attached to a consent or an allocation, not both."), 2)
    try:
        documents.check_size(path.stat().st_size)  # refused before a film is read
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(translate(
            "Cli", "The file could not be read ({strerror}). Nothing was attached.").format(
            strerror=exc.strerror), 1) from None
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            kind, to, to_id = args.kind or DocumentKind.OTHER.value, "", None
            if args.consent:
                kind = args.kind or DocumentKind.CONSENT_FORM.value
                code = CONSENT_KINDS[args.consent]
                in_force = [c for c in s.scalars(select(Consent).where(
                    Consent.young_person_id == yp.id, Consent.kind == code,
                    Consent.deleted_at.is_(None)).order_by(Consent.given_on.desc()))
                    if c.in_force]
                if not in_force:
                    raise CliError(translate(
                        "Cli", "There is no {consent} consent in force to attach the signed "
                        "form to. Nothing was attached.").format(consent=args.consent), 2)
                to, to_id = "consent", in_force[0].id
            elif args.allocation:
                kind = args.kind or DocumentKind.KEYWORKER_AGREEMENT.value
                held = [a for a in current_allocations(s, yp.id)
                        if a.role == ROLES[args.allocation]]
                if not held:
                    raise CliError(translate(
                        "Cli", "No one is the {allocation} now, so there is no allocation to "
                        "attach it to. Nothing was attached.").format(
                            allocation=args.allocation), 2)
                to, to_id = "allocation", held[0].id
            row = documents.attach(s, yp.id, data, path.name, kind=kind, attached_to=to,
                                   attached_to_id=to_id, signed_on=args.signed_on)
            name = yp.display_name
    finally:
        store.close()
    params = {"file": row.filename, "name": name, "id": row.id,
              "size": documents.size_text(row.size_bytes)}
    emit(args, {"id": row.id, "young_person_id": row.young_person_id, "kind": row.kind,
                "filename": row.filename, "size_bytes": row.size_bytes,
                "attached_to": row.attached_to, "attached_to_id": row.attached_to_id},
         lambda: [(translate("Cli", "Attached {file} to {name}'s record as the signed consent "
                             "form ({size}); id {id}.") if to == "consent" else
                   translate("Cli", "Attached {file} to {name}'s record as the signed agreement "
                             "({size}); id {id}.") if to == "allocation" else
                   translate("Cli", "Attached {file} to {name}'s record ({size}); id {id}."))
                  .format(**params)])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``attach``."""
    attach = sub.add_parser(
        "attach", help="attach a document (PDF, picture, office file, text; at most 20 MB) to "
                       "a young person, or as a consent's signed form or an allocation's "
                       "signed agreement")
    attach.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    attach.add_argument("file", type=Path, metavar="FILE")
    attach.add_argument("--kind", choices=DOCUMENT_KINDS,
                        help="what it is (default: consent_form with --consent, "
                             "keyworker_agreement with --allocation, else other)")
    attach.add_argument("--consent", choices=list(CONSENT_KINDS), metavar="KIND",
                        help="the signed form of the consent of this kind in force "
                             f"({'|'.join(CONSENT_KINDS)})")
    attach.add_argument("--allocation", choices=list(ROLES), metavar="ROLE",
                        help="the signed agreement of the allocation in force for this role "
                             f"({'|'.join(ROLES)})")
    attach.add_argument("--signed-on", type=iso_date, metavar="YYYY-MM-DD",
                        help="when it was signed")
    attach.add_argument("--json", action="store_true")
    attach.set_defaults(func=cmd_attach)
