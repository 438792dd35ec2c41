"""What a finished sync reports: made by the controller, read by the summary dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyworker_desktop.store.opchanges import OpChanges
    from keyworker_desktop.sync.outcome import SyncSummary


@dataclass(frozen=True)
class SyncOutcome:
    """A finished sync: the library's summary, names for its young people, what changed."""

    summary: SyncSummary
    names: dict[str, str]
    changes: OpChanges
