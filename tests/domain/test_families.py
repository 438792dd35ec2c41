"""Which young people are one family, for the caseload limit (domain/families.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.domain.families import Carer, count_families, families
from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.domain.rules import check_family_caseload

MUM = Carer("Jo Reed", "1 Mill Lane, Kestrelford", "01632 960112")


def test_siblings_sharing_a_parent_are_one_family() -> None:
    same_mum = Carer("  JO   reed ", "1 mill lane kestrelford", "")
    assert count_families({"ava": [MUM], "ben": [same_mum]}) == 1
    # The same phone (written the international way) is enough, with the same name.
    assert count_families({"ava": [MUM], "ben": [Carer("Jo Reed", "", "+44 1632 960112")]}) == 1


def test_a_name_alone_is_not_the_same_person() -> None:
    other = Carer("Jo Reed", "9 Other Road", "07700 900000")
    assert count_families({"ava": [MUM], "cal": [other]}) == 2
    assert count_families({"ava": [Carer("Jo Reed")], "cal": [Carer("Jo Reed")]}) == 2


def test_families_chain_through_different_parents() -> None:
    dad = Carer("Sam Reed", "4 Hill Street", "")
    groups = families({"ava": [MUM], "ben": [MUM, dad], "cal": [dad], "dee": []})
    assert groups == [{"ava", "ben", "cal"}, {"dee"}]


def test_no_carer_recorded_is_a_family_of_one() -> None:
    assert count_families({"ava": [], "ben": []}) == 2
    assert count_families({}) == 0


@given(st.dictionaries(st.sampled_from("abcdefgh"),
                       st.lists(st.sampled_from([MUM, Carer("Sam Reed", "4 Hill St"),
                                                 Carer("Kit Lee", "", "0161 496 0000")]),
                                max_size=2)))
def test_families_partition_the_young_people(carers: dict[str, list[Carer]]) -> None:
    groups = families(carers)
    assert sorted(yp for g in groups for yp in g) == sorted(carers)
    assert 0 <= count_families(carers) <= len(carers)
    # Adding a young person adds at most one family.
    more = {**carers, "new": [MUM]}
    assert count_families(carers) <= count_families(more) <= count_families(carers) + 1


def test_the_warning_is_for_a_new_family_over_the_limit_only() -> None:
    assert check_family_caseload(2, 3, 2, True)[0].severity == "warning"
    assert check_family_caseload(2, 2, 1, True) == []  # a sibling: no new family
    assert check_family_caseload(2, 3, 2, False) == []  # the limit is off
    assert check_family_caseload(1, 2, 2, True) == []


def test_a_staff_id_is_the_same_for_the_same_account_anywhere() -> None:
    assert staff_id_for_account("alex") == staff_id_for_account(" Alex ")
    assert staff_id_for_account("alex") != staff_id_for_account("sam")
