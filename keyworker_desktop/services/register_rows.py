"""One row of a register spreadsheet, checked: the columns, their values, the problems.

:mod:`.register_import` reads the file and writes what these rows hold; this module
only turns a row's text into typed values and says, in plain words, what is wrong
with each cell. Nothing here touches the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.vocab import ConsentGiver, Rag
from keyworker_desktop.services.referrals import Referral, check_referral

COLUMNS = (
    "given_name", "family_name", "preferred_name", "date_of_birth", "nhs_number",
    "referred_on", "referred_by", "rag", "rag_on", "rag_rationale", "consent_register_on",
    "consent_keyworker_on", "consent_given_by", "keyworker", "review_on",
)
"""The columns a register file's header must have (in any order, with more allowed)."""

DATE_COLUMNS = ("date_of_birth", "referred_on", "rag_on", "consent_register_on",
                "consent_keyworker_on", "review_on")

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def header_key(text: str) -> str:
    """A header cell as compared: case, spaces and underscores ignored."""
    return re.sub(r"[\s_]", "", text).casefold()


_BY_KEY = {header_key(c): c for c in COLUMNS}


def column_of(header: str) -> str | None:
    """The register column a header cell names, or None for a column we do not read."""
    return _BY_KEY.get(header_key(header))


def _spellings(members: list[tuple[str, str]]) -> dict[str, str]:
    """Each accepted spelling (the code, with hyphens or spaces, or the label) -> the code."""
    found: dict[str, str] = {}
    for code, label in members:
        for spelling in (code, code.replace("_", "-"), code.replace("_", " "), label):
            found[spelling.casefold()] = code
    return found


RAGS = _spellings(Rag.choices())
GIVERS = _spellings(ConsentGiver.choices())
# The command line's short spelling of a best-interest decision.
GIVERS["best-interests"] = GIVERS["best interests"] = ConsentGiver.BEST_INTEREST_DECISION.value


@dataclass(frozen=True)
class CellProblem:
    """What is wrong with one cell: its register column and the reason in plain words."""

    column: str
    reason: str
    warning: bool = False


@dataclass(frozen=True)
class RegisterRow:
    """One young person's row, every value checked and typed."""

    referral: Referral
    rag: str = ""
    rag_on: date | None = None
    rag_rationale: str = ""
    consent_register_on: date | None = None
    consent_keyworker_on: date | None = None
    consent_given_by: str = ""
    keyworker: str = ""
    review_on: date | None = None


def parse_date(text: str) -> date | str:
    """A date written dd/mm/yyyy or yyyy-mm-dd, or the reason it is not one."""
    text = text.strip()
    dmy, iso = _DMY.fullmatch(text), _ISO.fullmatch(text)
    if dmy is not None:
        day, month, year = (int(g) for g in dmy.groups())
    elif iso is not None:
        year, month, day = (int(g) for g in iso.groups())
    else:
        return f"'{text[:40]}' is not a date: write it as dd/mm/yyyy or yyyy-mm-dd."
    try:
        return date(year, month, day)
    except ValueError:
        return f"{text} is not a real date (that day is not in the calendar)."


def _date_problem(column: str, future: bool) -> str:
    """A register date in the future or before the date of birth, in the reader's words."""
    if column == "rag_on":
        return (translate("RegisterImport", "The date of the RAG rating is in the future.")
                if future else translate(
                    "RegisterImport", "The date of the RAG rating is before the date of birth."))
    if column == "consent_register_on":
        return (translate("RegisterImport",
                          "The date of consent to the register is in the future.")
                if future else translate(
                    "RegisterImport",
                    "The date of consent to the register is before the date of birth."))
    return (translate("RegisterImport", "The date of consent to a keyworker is in the future.")
            if future else translate(
                "RegisterImport",
                "The date of consent to a keyworker is before the date of birth."))


def check_row(cells: dict[str, str], today: date) -> tuple[RegisterRow | None, list[CellProblem]]:
    """The row's values and its problems; the row is None when any problem is an error."""
    problems: list[CellProblem] = []
    dates: dict[str, date | None] = {}
    for column in DATE_COLUMNS:
        text = cells.get(column, "").strip()
        parsed = parse_date(text) if text else None
        if isinstance(parsed, str):
            problems.append(CellProblem(column, parsed))
            parsed = None
        dates[column] = parsed
    dob = dates["date_of_birth"]
    referral = Referral(
        given_name=cells.get("given_name", ""), family_name=cells.get("family_name", ""),
        preferred_name=cells.get("preferred_name", ""), date_of_birth=dob,
        nhs_number=cells.get("nhs_number", ""), referred_by=cells.get("referred_by", ""),
        referred_on=dates["referred_on"])
    problems += [CellProblem(p.field, p.message, not p.is_error)
                 for p in check_referral(referral, today)]

    rag_text = cells.get("rag", "").strip()
    rag = RAGS.get(rag_text.casefold(), "")
    rationale = cells.get("rag_rationale", "").strip()
    if rag_text and not rag:
        problems.append(CellProblem("rag", translate(
            "RegisterImport", "'{value}' is not a RAG rating: write red, amber, green or "
            "blue.").format(value=rag_text[:40])))
    if rag_text:
        if not cells.get("rag_on", "").strip():
            problems.append(CellProblem("rag_on", translate(
                "RegisterImport", "A RAG rating needs the date it was given.")))
        if not rationale:
            problems.append(CellProblem("rag_rationale", translate(
                "RegisterImport", "A RAG rating needs its rationale: why this rating.")))
    elif cells.get("rag_on", "").strip() or rationale:
        problems.append(CellProblem("rag", translate(
            "RegisterImport", "There is a RAG date or rationale but no rating.")))
    problems += [CellProblem(p.field, p.message) for p in rules.check_length(
        rationale, "rag_rationale", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The RAG rationale"))]

    giver_text = cells.get("consent_given_by", "").strip()
    giver = GIVERS.get(giver_text.casefold(), "")
    consented = bool(cells.get("consent_register_on", "").strip()
                     or cells.get("consent_keyworker_on", "").strip())
    if giver_text and not giver:
        problems.append(CellProblem("consent_given_by", translate(
            "RegisterImport", "'{value}' is not who can give consent: write young person, parental "
            "responsibility or best interest decision.").format(value=giver_text[:40])))
    elif consented and not giver:
        problems.append(CellProblem("consent_given_by", translate(
            "RegisterImport", "Say who gave consent.")))
    elif giver and not consented:
        problems.append(CellProblem("consent_given_by", translate(
            "RegisterImport", "Who gave consent is filled in, but there is no consent date.")))

    for column in ("rag_on", "consent_register_on", "consent_keyworker_on"):
        on = dates[column]
        if on is not None and on > today:
            problems.append(CellProblem(column, _date_problem(column, future=True)))
        elif on is not None and dob is not None and on < dob:
            problems.append(CellProblem(column, _date_problem(column, future=False)))

    keyworker = " ".join(cells.get("keyworker", "").split())
    problems += [CellProblem(p.field, p.message) for p in rules.check_length(
        keyworker, "keyworker", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "The keyworker's name"))]

    if any(not p.warning for p in problems):
        return None, problems
    return RegisterRow(
        referral=referral, rag=rag, rag_on=dates["rag_on"], rag_rationale=rationale,
        consent_register_on=dates["consent_register_on"],
        consent_keyworker_on=dates["consent_keyworker_on"], consent_given_by=giver,
        keyworker=keyworker, review_on=dates["review_on"]), problems
