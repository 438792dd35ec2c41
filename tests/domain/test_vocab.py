"""The vocabularies' labels: each enum member reads its own label, never another enum's."""

from __future__ import annotations

import inspect

from keyworker_desktop.domain import i18n, vocab
from keyworker_desktop.domain.vocab import (
    AllocationRole,
    ConsentKind,
    Labelled,
    LinkDirection,
    LinkStrength,
)

ENUMS = [obj for _name, obj in inspect.getmembers(vocab, inspect.isclass)
         if issubclass(obj, Labelled) and obj is not Labelled]


def test_allocation_roles_read_as_roles_not_consent() -> None:
    assert AllocationRole.KEYWORKER.label == "Keyworker"
    assert AllocationRole.SENIOR_KEYWORKER.label == "Senior keyworker"
    assert AllocationRole.FAMILY_KEYWORKER.label == "Family keyworker"
    assert ConsentKind.KEYWORKER.label == "To work with a keyworker"


def test_shared_values_keep_their_own_labels() -> None:
    assert LinkStrength.NONE.label == "Known, not connected"
    assert LinkDirection.NONE.label == "No direction"


def test_no_member_takes_another_enums_label() -> None:
    """Wherever two enums share a value, each labelled member keeps its own entry."""
    labelled = {(cls, m.value) for cls, m in
                ((type(m), m) for m, _text in vocab._LABEL_LIST)}
    assert len(labelled) == len(vocab._LABEL_LIST), "a member is labelled twice"
    for member, text in vocab._LABEL_LIST:
        assert member.label == text, member
    shared = {}
    for cls in ENUMS:
        for m in cls:
            shared.setdefault(m.value, []).append(m)
    assert any(len(ms) > 1 for ms in shared.values())  # the case this test is about exists


def test_every_member_has_a_marked_label() -> None:
    """No label is guessed from the code: a guessed one would never reach a translator."""
    labelled = {(type(m), m.value) for m, _text in vocab._LABEL_LIST}
    missing = [m for cls in ENUMS for m in cls if (cls, m.value) not in labelled]
    assert missing == []


def test_labels_are_read_through_the_installed_translator() -> None:
    def welsh(context: str, text: str, dis: str | None = None, n: int = -1) -> str:
        return f"cy:{context}:{text}"

    i18n.set_translator(welsh)
    try:
        assert AllocationRole.KEYWORKER.label == "cy:Vocabulary:Keyworker"
        assert ("keyworker", "cy:Vocabulary:Keyworker") in AllocationRole.choices()
    finally:
        i18n.set_translator(None)
    assert AllocationRole.KEYWORKER.label == "Keyworker"
