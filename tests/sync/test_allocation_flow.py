"""An allocation is one record shared by the laptops and the central store: made with
``keyworker-central allocate`` or on a senior's laptop, it reaches the laptops that hold the
young person, and the central store's scope follows it. On laptops that never held the demo.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.services import allocation
from keyworker_desktop.services.caseload import caseload_rows
from keyworker_desktop.services.records import record_header
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Allocation as LaptopAllocation
from keyworker_desktop.store.models import Staff
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.sync.client import ACCOUNT_KEY, SyncClient
from keyworker_desktop.sync.server import accounts, allocations
from keyworker_desktop.sync.server import cli as central_cli
from keyworker_desktop.sync.server.models import Allocation, User

from .conftest import PASSWORD, Running
from .test_client import add_person, edit, laptop, person

TODAY = date.today()


def holders(server: Running, yp: str) -> list[str]:
    return sorted(server.central.run(lambda s: list(s.scalars(
        select(User.name).join(Allocation, Allocation.user_id == User.id)
        .where(Allocation.young_person_id == yp)))))


def link_staff(server: Running, *names: tuple[str, str]) -> None:
    def work(s: object) -> None:
        for account, full in names:
            allocations.ensure_staff(s, account, full)  # type: ignore[arg-type]

    server.central.run(work)


def allocate_on(client: SyncClient, yp: str, account: str, reason: str,
                role: str = "keyworker") -> list[str]:
    with client.store.transaction() as s:
        [staff] = allocation.find_staff(s, account)
        _, warnings = allocation.allocate(s, yp, staff.id, role=role, reason=reason,
                                          starts_on=TODAY)
    return [w.message for w in warnings]


def keyworker_shown(client: SyncClient, yp: str) -> str:
    with client.store.session() as s:
        return record_header(s, yp, TODAY).keyworker


def central(server: Running, database_url: str, *argv: str) -> int:
    return central_cli.main(["--database-url", database_url, *argv])


def test_a_central_allocation_reaches_the_new_keyworker_and_moves_scope(
        make_store: Callable[[str], Store], server: Running, database_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    server.central.run(lambda s: accounts.add_user(s, "kim", "keyworker", PASSWORD, "north"))
    link_staff(server, ("sam", "Sam Okoro"), ("alex", "Alex Morgan"))
    sam = laptop(make_store, server, "sam")
    sam.sync()  # brings the staff records: Sam is "me" on Sam's laptop
    with sam.store.session() as s:
        account = s.get(SyncState, ACCOUNT_KEY)
        assert account is not None and account.value["v"]["staff_id"] == (
            staff_id_for_account("sam"))
        assert allocation.my_staff_id(s) == staff_id_for_account("sam")
        assert [c.name for c in allocation.staff_choices(s)][0] == "Sam Okoro"
    jo = add_person(sam.store)
    assert allocate_on(sam, jo, "sam", "first_allocation") == []
    up = sam.sync()
    assert up.rejected == [] and holders(server, jo) == ["sam"]

    assert central(server, database_url, "allocate", "--user", "alex", "--young-person", jo,
                   "--role", "keyworker", "--reason", "staff_left") == 0
    assert "now allocated to alex" in capsys.readouterr().out
    assert holders(server, jo) == ["alex"]

    alex = laptop(make_store, server, "alex")
    alex.sync()
    assert person(alex.store, jo) is not None
    assert keyworker_shown(alex, jo) == "Alex Morgan"
    with alex.store.session() as s:  # the caseload too
        assert [r.keyworker for r in caseload_rows(s, datetime.now())] == ["Alex Morgan"]
    with alex.store.session() as s:
        rows = {a.staff.name: (a.ends_on, a.change_reason)
                for a in s.scalars(select(LaptopAllocation))}
    assert rows == {"Sam Okoro": (TODAY, "first_allocation"),
                    "Alex Morgan": (None, "staff_left")}

    down = sam.sync()  # Jo is no longer Sam's: removed from Sam's laptop
    assert down.removed_young_person_ids == [jo] and person(sam.store, jo) is None
    edit(alex.store, jo, interests="buses")
    alex.sync()
    assert sam.sync().pulled == 0 and person(sam.store, jo) is None

    kim = laptop(make_store, server, "kim")  # a third keyworker: the staff list, no Jo
    kim.sync()
    assert person(kim.store, jo) is None
    with kim.store.session() as s:
        assert {st.name for st in s.scalars(select(Staff))} == {"Sam Okoro", "Alex Morgan"}


def test_a_senior_allocating_on_their_laptop_moves_scope_the_same_way(
        make_store: Callable[[str], Store], server: Running) -> None:
    link_staff(server, ("sam", "Sam Okoro"), ("alex", "Alex Morgan"))
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store)
    sam.sync()
    morgan = laptop(make_store, server, "morgan")  # senior, team north: sees Sam's Jo
    morgan.sync()
    assert person(morgan.store, jo) is not None
    allocate_on(morgan, jo, "Alex Morgan", "first_allocation")
    up = morgan.sync()
    assert up.rejected == [] and holders(server, jo) == ["alex"]
    alex = laptop(make_store, server, "alex")
    alex.sync()
    assert keyworker_shown(alex, jo) == "Alex Morgan"
    assert sam.sync().removed_young_person_ids == [jo]


def test_a_keyworker_cannot_allocate_their_young_person_to_someone_else(
        make_store: Callable[[str], Store], server: Running) -> None:
    link_staff(server, ("sam", "Sam Okoro"), ("alex", "Alex Morgan"))
    sam = laptop(make_store, server, "sam")
    sam.sync()
    jo = add_person(sam.store)
    allocate_on(sam, jo, "alex", "first_allocation")
    up = sam.sync()
    assert [(r.entity, r.code) for r in up.rejected] == [("allocation", "allocation_refused")]
    assert holders(server, jo) == ["sam"]
    alex = laptop(make_store, server, "alex")
    alex.sync()
    assert person(alex.store, jo) is None


def test_a_laptop_cannot_link_a_staff_record_to_an_account(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    with sam.store.transaction() as s:
        s.add(Staff(name="Not Really Alex", account="alex"))
    up = sam.sync()
    assert [(r.entity, r.code) for r in up.rejected] == [("staff", "account_link")]


def test_the_central_command_refuses_an_unknown_reason_and_stores_nothing(
        make_store: Callable[[str], Store], server: Running, database_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store)
    sam.sync()
    before = httpx.get(server.url + "/v1/status").json()["latest_seq"]
    for reason in ("because", "step_down"):  # step-down ends an allocation, never starts one
        assert central(server, database_url, "allocate", "--user", "alex", "--young-person",
                       jo, "--reason", reason) == 2
        assert "reason" in capsys.readouterr().err
    assert central(server, database_url, "allocate", "--user", "alex", "--young-person",
                   jo) == 2
    assert httpx.get(server.url + "/v1/status").json()["latest_seq"] == before
    assert holders(server, jo) == ["sam"]
    # The old form still allocates a first keyworker.
    assert central(server, database_url, "allocate", "alex", jo) == 0
    assert holders(server, jo) == ["alex"]
    # Ending it with a step-down leaves scope where it was (no one else is linked).
    assert central(server, database_url, "end-allocation", "--young-person", jo,
                   "--reason", "step down") == 0
    assert holders(server, jo) == ["alex"]
    assert central(server, database_url, "end-allocation", "--young-person", jo,
                   "--reason", "first_allocation") == 2


def test_a_senior_cannot_allocate_to_another_teams_account(
        make_store: Callable[[str], Store], server: Running) -> None:
    link_staff(server, ("pat", "Pat Singh"))  # a manager of the south team
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store)
    sam.sync()
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    allocate_on(morgan, jo, "pat", "first_allocation")
    up = morgan.sync()
    assert [r.code for r in up.rejected] == ["allocation_refused"]
    assert holders(server, jo) == ["sam"]


def test_add_user_and_link_staff_make_the_staff_record_once(
        make_store: Callable[[str], Store], server: Running, database_url: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KEYWORKER_CENTRAL_PASSWORD", PASSWORD)
    assert central(server, database_url, "add-user", "robin", "--role", "keyworker",
                   "--team", "north", "--full-name", "Robin Hale") == 0
    assert central(server, database_url, "link-staff", "robin") == 0
    assert "Kept the staff record" in capsys.readouterr().out
    assert central(server, database_url, "link-staff", "sam", "--full-name", "Sam Okoro") == 0
    assert central(server, database_url, "link-staff", "root") == 2  # an administrator
    assert central(server, database_url, "link-staff", "nobody") == 2
    alex = laptop(make_store, server, "alex")
    alex.sync()
    with alex.store.session() as s:
        got = {st.name: (st.account, st.role, st.team) for st in s.scalars(select(Staff))}
    assert got == {"Robin Hale": ("robin", "keyworker", "north"),
                   "Sam Okoro": ("sam", "keyworker", "north")}
