"""Taking a young person on: ``add young-person`` (a referral) and ``consent``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ConsentGiver, ConsentHow, ConsentKind, LivingSituation

# The command line's spellings of the stored codes (hyphens, short words).
KINDS = {"register": ConsentKind.REGISTER, "keyworker": ConsentKind.KEYWORKER,
         "share": ConsentKind.SHARE_INFORMATION, "photo": ConsentKind.PHOTO,
         "medical": ConsentKind.MEDICAL}
GIVERS = {"young-person": ConsentGiver.YOUNG_PERSON,
          "parental-responsibility": ConsentGiver.PARENTAL_RESPONSIBILITY,
          "best-interests": ConsentGiver.BEST_INTEREST_DECISION}
LIVES = {m.value.replace("_", "-"): m for m in LivingSituation}
HOW = {"signed-form": ConsentHow.SIGNED_FORM, "in-person": ConsentHow.VERBALLY_IN_PERSON,
       "phone": ConsentHow.BY_PHONE, "letter-or-email": ConsentHow.BY_LETTER_OR_EMAIL}


def cmd_add_young_person(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.referrals import Referral, known_already, take_referral

    referral = Referral(
        given_name=args.given_name, family_name=args.family_name,
        preferred_name=args.preferred_name or "", date_of_birth=args.date_of_birth,
        nhs_number=args.nhs_number or "", living_situation=LIVES[args.lives].value,
        address=args.address or "", placement_name=args.placement or "",
        placement_out_of_area=args.out_of_area, referred_by=args.referred_by or "",
        referred_on=args.referred_on, reason=args.reason or "")
    store = open_store(args)
    try:
        with store.transaction() as s:
            known = [] if args.allow_duplicate else [yp.id for yp in known_already(s, referral)]
            taken = None if known else take_referral(s, referral, date.today())
    finally:
        store.close()
    if taken is None:
        emit(args, {"id": None, "known_already": known}, lambda: [])
        raise CliError(
            translate(
                "Cli", "This young person may be held already (the same NHS number, or the same "
                "name and date of birth): {ids}. Nothing was added. Open that record "
                "('keyworker show ID'), or add them anyway with --allow-duplicate.").format(
                ids=", ".join(known)), 1)
    for problem in taken.warnings:
        print(f"Warning: {problem.message}", file=sys.stderr)
    new_id = taken.young_person.id
    emit(args, {"id": new_id}, lambda: [new_id])
    return 0


def cmd_consent(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.consent import (
        parental_responsibility_names,
        record_consent,
        withdraw_consent,
    )
    from keyworker_desktop.services.profile import save_family_member
    from keyworker_desktop.services.records import consents_in_force
    from keyworker_desktop.services.referrals import name_key

    if args.given_by is None and not args.withdraw:
        raise CliError(translate(
            "Cli", "Say who gave consent with --given-by ({choices}).").format(
                choices="|".join(GIVERS)), 2)
    kind = KINDS[args.kind]
    today = date.today()
    on = args.on or today
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            if args.withdraw:
                withdraw_consent(s, yp.id, kind=kind.value, withdrawn_on=on, today=today,
                                 given_by=GIVERS[args.given_by].value if args.given_by else None)
                consent_id = None
            else:
                giver = GIVERS[args.given_by]
                name = args.name or ""
                if (giver is ConsentGiver.PARENTAL_RESPONSIBILITY and args.add_to_family
                        and name.strip() and name_key(name) not in
                        {name_key(n) for n in parental_responsibility_names(s, yp.id)}):
                    save_family_member(s, yp.id, name=name.strip(), relation="parent",
                                       parental_responsibility=True)
                    print(translate(
                        "Cli", "Added {strip} to the family, with parental responsibility.").format(
                        strip=name.strip()), file=sys.stderr)
                consent_id = record_consent(
                    s, yp.id, kind=kind.value, given_by=giver.value, given_on=on,
                    today=today, giver_name=name, capacity_noted=args.capacity or "",
                    how_recorded=HOW[args.how].value if args.how else "",
                    review_on=args.review_on, share_with="\n".join(args.share_with or []),
                    decision_reason=args.reason or "").id
            in_force = sorted(consents_in_force(s, yp.id))
    finally:
        store.close()
    done = "Withdrawn" if args.withdraw else "Recorded"
    emit(args, {"young_person_id": yp.id, "consent_id": consent_id, "in_force": in_force},
         lambda: [f"{done}: {kind.label.lower()}.",
                  "In force: " + (", ".join(ConsentKind(k).label.lower() for k in in_force)
                                  or "no consent")])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``add young-person`` and ``consent``."""
    add = sub.add_parser("add", help="take a referral: a new young person and their register "
                                     "entry")
    add.add_argument("what", choices=["young-person"])
    add.add_argument("--given-name", required=True)
    add.add_argument("--family-name", required=True)
    add.add_argument("--preferred-name")
    add.add_argument("--date-of-birth", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--nhs-number", help="10 digits, spaces allowed (the check digit is checked)")
    add.add_argument("--lives", choices=list(LIVES), default="family-home",
                     help="where they live (default: family-home)")
    add.add_argument("--address")
    add.add_argument("--placement", help="the placement's or unit's name")
    add.add_argument("--out-of-area", action="store_true", help="the placement is out of area")
    add.add_argument("--referred-by", metavar="TEXT", help="who referred them")
    add.add_argument("--referred-on", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--reason", metavar="TEXT", help="why they were referred")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="add them even if someone with the same NHS number, or the same "
                          "name and date of birth, is held already")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add_young_person)
    consent = sub.add_parser("consent", help="record or withdraw a consent")
    consent.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    consent.add_argument("--kind", required=True, choices=list(KINDS))
    consent.add_argument("--given-by", choices=list(GIVERS),
                         help="who gave it (needed unless --withdraw)")
    consent.add_argument("--giver-name", "--name", dest="name", metavar="NAME",
                         help="who gave it: the person with parental responsibility (as named "
                              "in the family), or who made the best-interests decision")
    consent.add_argument("--add-to-family", action="store_true",
                         help="with parental-responsibility: add the named person to the "
                              "family, with parental responsibility, if they are not there")
    consent.add_argument("--reason", metavar="TEXT",
                         help="why the best-interests decision was made (needed for one)")
    consent.add_argument("--capacity", metavar="TEXT", help="what was noted about capacity")
    consent.add_argument("--how", choices=list(HOW), help="how it was recorded")
    consent.add_argument("--review-on", type=iso_date, metavar="YYYY-MM-DD",
                         help="when to review it")
    consent.add_argument("--share-with", action="append", metavar="AGENCY",
                         help="a named agency information may be shared with (--kind share; "
                              "repeat for each)")
    consent.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                         help="when it was given or withdrawn (default: today)")
    consent.add_argument("--withdraw", action="store_true",
                         help="withdraw the consent of that kind in force")
    consent.add_argument("--json", action="store_true")
    consent.set_defaults(func=cmd_consent)
