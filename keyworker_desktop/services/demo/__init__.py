"""A fictional demo caseload, hand-written or generated at scale.

Everything here is made up: names, addresses (fictional streets in the fictional
town of Kestrelford, postcode areas KF and WX that do not exist), phone numbers
from Ofcom's drama ranges (01632 960xxx, 07700 900xxx), e-mail domains ending in
``.example`` and NHS numbers from the 999 test range that pass the modulus-11 check.

``populate_demo(session, today=...)`` writes 13 young people with everything the
product models, all dated relative to ``today`` (visits today, overdue checklist
items and actions, reviews due); they are data, in ``resources/demo``
(:mod:`.caseload`). ``populate_demo(session, today=..., scale=N)`` generates ``N``
young people procedurally from ``random.Random(seed)`` (:mod:`.scale`), for trying
the app (and benchmarks) with a large caseload.

Plain Python, no Qt.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from keyworker_desktop.services.demo.caseload import populate_hand_written
from keyworker_desktop.services.demo.common import (
    CURRENT_USER,
    DemoSummary,
    date_of_birth,
    fake_nhs_number,
    nhs_check_digit,
)
from keyworker_desktop.services.demo.scale import populate_generated
from keyworker_desktop.store import settings, summary


def populate_demo(session: Session, *, today: date, scale: int | None = None,
                  seed: int = 7) -> DemoSummary:
    """Write the fictional demo caseload into ``session`` (the caller commits).

    Without ``scale``: 13 hand-written young people, dated relative to ``today`` (``seed``
    is not used). With ``scale=N``: ``N`` generated young people, the same for the same
    ``seed``. Sets the user name to Alex Morgan when none is set yet.
    """
    if scale is not None and scale < 0:
        raise ValueError("scale must be zero or more")
    if not settings.get(session, settings.USER_NAME):
        settings.put(session, settings.USER_NAME, CURRENT_USER)
    # Fictional people must never reach the central store: the sync client refuses.
    settings.put(session, settings.DEMO_CASELOAD, True)
    if scale is None:
        return populate_hand_written(session, today)
    written = populate_generated(session, today, scale, seed)
    # The bulk path leaves the derived caseload summary to be rebuilt once, here.
    summary.rebuild_all(session.connection())
    return written


__all__ = ["CURRENT_USER", "DemoSummary", "date_of_birth", "fake_nhs_number",
           "nhs_check_digit", "populate_demo"]
