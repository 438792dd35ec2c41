"""Which young people are one family, for the caseload limit (seed 000: a keyworker holds
the role for at most so many *families*; siblings count once).

Two young people are one family when they share a family member with parental
responsibility: the same name (case, spacing and punctuation ignored) with the same
address or the same phone number. A name alone is not enough: two mothers called
"Sarah Jones" are not one person. Families chain: A and B share a mother, B and C a
father, so A, B and C are one family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_WORDS = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Carer:
    """A family member with parental responsibility, as the store holds them."""

    name: str
    address: str = ""
    phone: str = ""


def _name(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text.casefold()).split())


def _address(text: str) -> str:
    return "".join(_WORDS.sub("", text.casefold()).split())


def _phone(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits.startswith("44") and len(digits) > 10:  # +44 1632 … is 01632 …
        digits = "0" + digits[2:]
    return digits


def carer_keys(carer: Carer) -> set[str]:
    """What identifies this carer: name with address, name with phone (each if known)."""
    name = _name(carer.name)
    if not name:
        return set()
    keys = set()
    if address := _address(carer.address):
        keys.add(f"a|{name}|{address}")
    if len(phone := _phone(carer.phone)) >= 6:
        keys.add(f"p|{name}|{phone}")
    return keys


def families(carers: Mapping[str, Iterable[Carer]]) -> list[set[str]]:
    """The young people (ids, the keys of ``carers``) grouped into families."""
    parent = {yp: yp for yp in carers}

    def root(yp: str) -> str:
        while parent[yp] != yp:
            parent[yp] = parent[parent[yp]]
            yp = parent[yp]
        return yp

    first_with: dict[str, str] = {}
    for yp, theirs in carers.items():
        for carer in theirs:
            for key in carer_keys(carer):
                other = first_with.setdefault(key, yp)
                parent[root(yp)] = root(other)
    groups: dict[str, set[str]] = {}
    for yp in carers:
        groups.setdefault(root(yp), set()).add(yp)
    return sorted(groups.values(), key=lambda g: sorted(g))


def count_families(carers: Mapping[str, Iterable[Carer]]) -> int:
    """How many families these young people make."""
    return len(families(carers))
