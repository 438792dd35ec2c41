"""Ending involvement travels: a closure made on one laptop shows on the same keyworker's
other laptop after sync (closed, off the caseload, the handover with it), and so does
reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from keyworker_desktop.services.caseload import caseload_rows
from keyworker_desktop.services.ending import close_involvement, closure, reopen_involvement
from keyworker_desktop.services.handover import ending_state, record_handover
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store

from .conftest import Running
from .test_client import laptop

TODAY = date.today()


def open_ids(store: Store) -> list[str]:
    with store.session() as s:
        return [r.id for r in caseload_rows(s, datetime.now())]


def test_closing_and_reopening_reach_the_keyworkers_other_laptop(
        make_store: Callable[[str], Store], server: Running) -> None:
    a = laptop(make_store, server, "sam")
    with a.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed", referred_on=TODAY),
                              TODAY).young_person.id
    a.sync()
    b = laptop(make_store, server, "sam")  # sam's second laptop, a fresh store
    b.sync()
    assert open_ids(b.store) == [yp_id]

    with a.store.transaction() as s:
        record_handover(s, yp_id, to="Priya Shah", handover_on=TODAY, family_permission=True,
                        today=TODAY)
        close_involvement(s, yp_id, reason="Moved to college", outcome="Settled",
                          closed_on=TODAY, today=TODAY)
    up = a.sync()
    assert up.rejected == [] and a.pending_count() == 0
    b.sync()
    assert open_ids(b.store) == []
    with b.store.session() as s:
        closed = closure(s, yp_id)
        state = ending_state(s, yp_id)
        assert closed is not None and (closed.closed_on, closed.reason, closed.outcome) == (
            TODAY, "Moved to college", "Settled")
        assert state.handover_recorded and state.handover_to == "Priya Shah"
        assert [r.id for r in caseload_rows(s, datetime.now(), include_closed=True)] == [yp_id]

    # Reopened on the second laptop this time: the first one follows.
    with b.store.transaction() as s:
        reopen_involvement(s, yp_id, reason="Returned home", reopened_on=TODAY, today=TODAY)
    assert b.sync().rejected == []
    a.sync()
    assert open_ids(a.store) == [yp_id]
    with a.store.session() as s:
        assert closure(s, yp_id) is None
        assert ending_state(s, yp_id).closure is None
