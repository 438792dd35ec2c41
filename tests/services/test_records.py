"""Short ids (services/records.py): each one names one young person and no other."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.services.records import unique_prefixes


def test_ids_sharing_a_start_are_cut_longer() -> None:
    ids = sorted(["01a246fa-ccaf-7000-8000-000000000001",
                  "01a246fa-ccaf-7000-8000-000000000002",
                  "01a246fa-ccb5-7000-8000-000000000003"])
    assert unique_prefixes(ids, 13) == {
        ids[0]: ids[0], ids[1]: ids[1], ids[2]: "01a246fa-ccb5"}


@given(st.sets(st.text("0123456789abcdef-", min_size=10, max_size=36), max_size=30))
def test_every_prefix_names_exactly_its_own_id(found: set[str]) -> None:
    ids = sorted(found)
    prefixes = unique_prefixes(ids, 8)
    for full, prefix in prefixes.items():
        assert full.startswith(prefix) and len(prefix) >= min(8, len(full))
        assert [i for i in ids if i.startswith(prefix)] == [full] or prefix == full
