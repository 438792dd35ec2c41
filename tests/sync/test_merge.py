"""Field-level merge rules hold for all inputs (Hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.sync.merge import (
    DELETED,
    FieldMeta,
    Side,
    hlc_order,
    merge_change,
    merge_text,
    pending_split,
)

FIELDS = ["a", "b", "c", "notes"]
values = st.one_of(st.integers(-5, 5), st.text("xyz", max_size=3), st.none())
hlcs = st.integers(1, 10**6).map(lambda n: f"{n:015d}-000000-dev")


def _side(hlc: str, who: str = "Alex") -> Side:
    return Side(None, who, "dev-b", hlc)


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1),
       st.dictionaries(st.sampled_from(FIELDS), values, min_size=1), hlcs, hlcs)
def test_different_fields_merge_and_same_field_conflicts(
    server: dict[str, Any], mine: dict[str, Any], h1: str, h2: str
) -> None:
    current = dict(server)
    meta = {k: FieldMeta(2, h1, "Sam", "dev-a") for k in server}
    res = merge_change(current, meta, 1, mine, _side(h2))
    conflicted = {c.field for c in res.conflicts}
    for k, v in mine.items():
        if k not in server:
            assert res.apply[k] == v  # untouched there: merged silently
            assert k not in conflicted
        elif server[k] == v:
            assert k not in conflicted and k not in res.apply
        else:
            assert k in conflicted
            c = next(c for c in res.conflicts if c.field == k)
            # Both values are kept, and the later HLC is current.
            assert {c.current.value, c.incoming.value} == {server[k], v}
            assert res.apply.get(k, server[k]) == c.winner.value
            assert c.winner.hlc == max(h1, h2) or h1 == h2


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1), hlcs)
def test_changes_on_the_common_version_always_apply(mine: dict[str, Any], h: str) -> None:
    meta = {k: FieldMeta(1, "000000000000001-000000-a") for k in FIELDS}
    res = merge_change({k: 0 for k in FIELDS}, meta, 1, mine, _side(h))
    assert res.conflicts == [] and res.apply == mine


@given(st.dictionaries(st.sampled_from(FIELDS), values, min_size=1), hlcs, hlcs)
def test_append_only_never_conflicts(mine: dict[str, Any], h1: str, h2: str) -> None:
    meta = {k: FieldMeta(9, h1) for k in FIELDS}
    res = merge_change({k: "old" for k in FIELDS}, meta, 0, mine, _side(h2), append_only=True)
    assert res.conflicts == []
    assert (res.apply == mine) == (h2 > h1)


@given(hlcs, hlcs)
def test_edit_against_delete_is_a_conflict_and_keeps_the_record(h1: str, h2: str) -> None:
    # Deleted on the server since the base; an edit arrives.
    meta = {"deleted_at": FieldMeta(3, h1, "Sam"), "a": FieldMeta(1, h1)}
    res = merge_change({"deleted_at": "2024-01-01T00:00:00", "a": 1}, meta, 1, {"a": 2}, _side(h2))
    assert [c.kind for c in res.conflicts] == ["delete"]
    assert res.apply == {"a": 2, "deleted_at": None}
    # Edited on the server since the base; a delete arrives.
    meta = {"a": FieldMeta(3, h1, "Sam")}
    res = merge_change({"a": 2, "deleted_at": None}, meta, 1,
                       {"deleted_at": "2024-01-01T00:00:00"}, _side(h2))
    assert [c.kind for c in res.conflicts] == ["delete"]
    assert "deleted_at" not in res.apply


def test_a_devices_own_earlier_writes_never_conflict() -> None:
    meta = {"a": FieldMeta(5, "2", "Alex", "dev-b")}
    res = merge_change({"a": 1}, meta, 0, {"a": 3}, _side("3"))
    assert res.apply == {"a": 3} and not res.conflicts


def test_resolution_applies_whatever_changed() -> None:
    meta = {"a": FieldMeta(5, "9")}
    res = merge_change({"a": 1}, meta, 0, {"a": 3}, _side("1"), resolves=True)
    assert res.apply == {"a": 3} and not res.conflicts


lines = st.lists(st.text("abc ", min_size=1, max_size=6), min_size=4, max_size=12, unique=True)


@given(lines, st.data())
def test_text_edits_that_do_not_touch_merge(base_lines: list[str], data: st.DataObject) -> None:
    base = [ln + "\n" for ln in base_lines]
    n = len(base)
    i = data.draw(st.integers(0, n // 2 - 2))
    j = data.draw(st.integers(n // 2 + 1, n - 1))
    ours = base[:i] + ["OURS\n"] + base[i + 1:]
    theirs = base[:j] + ["THEIRS\n"] + base[j + 1:]
    merged = merge_text("".join(base), "".join(ours), "".join(theirs))
    expected = base[:i] + ["OURS\n"] + base[i + 1:j] + ["THEIRS\n"] + base[j + 1:]
    assert merged == "".join(expected)


@given(st.text(max_size=40), st.text(max_size=40))
def test_text_merge_with_one_side_unchanged_takes_the_other(base: str, other: str) -> None:
    assert merge_text(base, other, base) == other
    assert merge_text(base, base, other) == other


def test_overlapping_text_edits_fall_back_to_side_by_side() -> None:
    assert merge_text("We met at school.", "We met at home.", "We met at the park.") is None


def test_sentences_in_one_paragraph_merge() -> None:
    base = "Jo was happy. We went to the park. Jo chose lunch."
    ours = "Jo was very happy. We went to the park. Jo chose lunch."
    theirs = "Jo was happy. We went to the park. Jo chose pasta for lunch."
    assert merge_text(base, ours, theirs) == (
        "Jo was very happy. We went to the park. Jo chose pasta for lunch.")


def test_text_fields_merge_in_merge_change() -> None:
    meta = {"notes": FieldMeta(4, "5", "Sam")}
    res = merge_change({"notes": "a\nb\nc\nSAM\n"}, meta, 1, {"notes": "ALEX\nb\nc\nd\n"},
                       _side("6"), base_values={"notes": "a\nb\nc\nd\n"}, text_fields={"notes"})
    assert res.status == "merged" and res.apply == {"notes": "ALEX\nb\nc\nSAM\n"}


@given(st.lists(hlcs, max_size=10))
def test_hlc_order_sorts_by_clock(stamps: list[str]) -> None:
    ordered = hlc_order([{"hlc": h} for h in stamps])
    assert [o["hlc"] for o in ordered] == sorted(stamps)


def test_pending_fields_and_deletes_are_held_back() -> None:
    apply, kept = pending_split({"a": 1, "b": 2, "deleted_at": "x"}, ["a"])
    assert apply == {"b": 2} and kept == {"a": 1, "deleted_at": "x"}


deleted_values = st.one_of(st.none(), st.sampled_from(["2026-01-01T00:00:00", "2026-02-01"]))
record_fields = st.fixed_dictionaries({}, optional={**{f: values for f in FIELDS},
                                                   DELETED: deleted_values})


@given(record_fields, record_fields.filter(bool),
       st.dictionaries(st.sampled_from([*FIELDS, DELETED]), st.integers(0, 6)), hlcs, hlcs)
def test_stamps_of_fields_unchanged_since_the_base_can_be_left_out(
    current: dict[str, Any], mine: dict[str, Any], versions: dict[str, int], h1: str, h2: str
) -> None:
    """The central store leaves them out (merge_change's quick path): the result is the same,
    in the same order."""
    base, side = 3, _side(h2)
    # Stamped at or before the base, or since by the pushing device itself.
    meta = {k: FieldMeta(v, h1, "Sam", side.device if v > base else "dev-a")
            for k, v in versions.items()}
    full = merge_change(current, meta, base, mine, side, text_fields=["notes"])
    left_out = merge_change(current, {}, base, mine, side, text_fields=["notes"])
    assert list(left_out.apply.items()) == list(full.apply.items())
    assert (left_out.conflicts, left_out.merged_text) == (full.conflicts, full.merged_text)
