"""Whether adding the fictional demo caseload would spoil a store kept for real work.

A store that holds the demo never syncs (the sync client refuses it), so the demo
added to a store with real young people, or to one registered with a central store,
would stop every later sync. The command line and the app ask before that.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.store import settings
from keyworker_desktop.store.models import SyncState, YoungPerson
from keyworker_desktop.sync.client import ACCOUNT_KEY


@dataclass(frozen=True)
class DemoRisk:
    """What the demo would be mixed into: real young people, a central store."""

    real_young_people: int
    registered: bool

    def __bool__(self) -> bool:
        return self.real_young_people > 0 or self.registered

    def message(self) -> str:
        """Why to stop, in plain words (no names)."""
        held = []
        if self.real_young_people:
            people = ("1 real young person" if self.real_young_people == 1
                      else f"{self.real_young_people} real young people")
            held.append(f"holds {people}")
        if self.registered:
            held.append("is registered with a central store")
        return (f"This store {' and '.join(held)}. The fictional demo caseload would be mixed "
                "into it, and a store holding the demo never syncs again. Try the demo in "
                "another folder (--data-dir) instead.")


def demo_risk(session: Session) -> DemoRisk:
    """The risk of adding the demo to this store (falsy when there is none).

    A store marked as holding the demo already has no real young people in this sense:
    everyone in it is taken to be fictional, and it cannot sync anyway.
    """
    real = 0
    if not settings.get(session, settings.DEMO_CASELOAD):
        real = session.scalar(select(func.count()).select_from(YoungPerson)
                              .where(YoungPerson.deleted_at.is_(None))) or 0
    registered = (session.get(SyncState, ACCOUNT_KEY) is not None
                  or bool(settings.get(session, settings.SERVER_URL)))
    return DemoRisk(real, registered)
