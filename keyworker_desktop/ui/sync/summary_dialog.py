"""After a sync: what went up, what came down (by young person), conflicts, refusals."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.sync_review import (
    UNREADABLE,
    entity_title,
    field_title,
    refusal,
)
from keyworker_desktop.ui.lock_screen import heading
from keyworker_desktop.ui.sync import name_buttons
from keyworker_desktop.ui.sync.preview_dialog import changes_text

if TYPE_CHECKING:
    from keyworker_desktop.sync.outcome import RejectedChange
    from keyworker_desktop.ui.sync.outcome import SyncOutcome


def _name(names: dict[str, str], young_person_id: str | None) -> str:
    if not young_person_id:
        return translate("Sync", "Shared records (staff, professionals)")
    return names.get(young_person_id, translate("Sync", "A young person not on this laptop"))


def _by_person(counts: dict[str, int], names: dict[str, str]) -> str:
    rows = sorted(((_name(names, yp), n) for yp, n in counts.items()),
                  key=lambda r: r[0].casefold())
    items = "".join(f"<li>{html.escape(name)}: {html.escape(changes_text(n))}</li>"
                    for name, n in rows)
    return f"<ul>{items}</ul>" if items else ""


def _reason(r: RejectedChange) -> str:
    words, params = refusal(r)
    return words.format(**params)


def _h3(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _open_conflicts(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 conflict is waiting for you to choose.")
    return translate("Sync", "{count} conflicts are waiting for you to choose.").format(count=count)


def summary_html(outcome: SyncOutcome) -> str:
    """The summary's body as simple rich text (headings, short lists)."""
    s, names = outcome.summary, outcome.names
    parts: list[str] = []
    if s.cancelled:
        parts.append(_p(translate(
            "Sync", "The sync was stopped. Everything already sent is safe on the central store; "
                    "the rest stays on this laptop and goes next time.")))
    if s.pushed:
        parts.append(_h3(translate("Sync", "Sent: {changes}").format(
            changes=changes_text(s.pushed))))
        parts.append(_by_person(s.up_by_young_person, names))
    if s.pulled:
        parts.append(_h3(translate("Sync", "Received: {changes}").format(
            changes=changes_text(s.pulled))))
        parts.append(_by_person(s.down_by_young_person, names))
    if s.merged:
        parts.append(_p(translate(
            "Sync", "{count} texts edited on two laptops were merged without asking.").format(
            count=s.merged) if s.merged != 1 else translate(
            "Sync", "1 text edited on two laptops was merged without asking.")))
    if s.new_conflicts or s.open_conflicts:
        parts.append(_h3(translate("Sync", "Conflicts")))
        if s.new_conflicts:
            parts.append(_p(translate(
                "Sync", "{count} new: two people changed the same thing, and both versions are "
                        "kept.").format(count=s.new_conflicts)))
        if s.open_conflicts:
            parts.append(_p(_open_conflicts(s.open_conflicts)))
    item = translate("Sync", "{person}, {record}: {reason}")
    if s.rejected:
        parts.append(_h3(translate("Sync", "Not accepted")))
        parts.append(_p(translate(
            "Sync", "These changes are kept on this laptop and will be sent again next time:")))
        items = "".join("<li>{}</li>".format(html.escape(item.format(
            person=_name(names, r.young_person_id), record=entity_title(r.entity),
            reason=_reason(r)))) for r in s.rejected)
        parts.append(f"<ul>{items}</ul>")
    if s.unreadable:
        parts.append(_h3(translate("Sync", "Not applied on this laptop")))
        items = "".join("<li>{}</li>".format(html.escape(item.format(
            person=_name(names, u.young_person_id), record=entity_title(u.entity),
            reason=translate("SyncReview", UNREADABLE).format(field=field_title(u.field)))))
            for u in s.unreadable)
        parts.append(f"<ul>{items}</ul>")
    parts.extend(_scope_parts(outcome))
    if s.nothing_to_do and not s.cancelled:
        parts.append(_p(translate("Sync", "Nothing to send and nothing new from your colleagues.")))
    return "".join(parts)


def _scope_parts(outcome: SyncOutcome) -> list[str]:
    """Young people no longer allocated to this user: removed from the laptop, or kept."""
    s, parts = outcome.summary, []
    if s.scope_removal_declined:
        parts.append(_h3(translate("Sync", "Kept on this laptop, as you asked")))
        parts.append(_p(translate(
            "Sync", "{count} young people are no longer allocated to you. They stay on this "
                    "laptop until the next sync, which asks again.").format(
            count=s.scope_removal_declined)))
    if s.removed_young_people:
        parts.append(_h3(translate("Sync", "Removed from this laptop")))
        text = (translate(
            "Sync", "1 young person is no longer allocated to you, so their record was removed "
                    "from this laptop.") if s.removed_young_people == 1 else translate(
            "Sync", "{count} young people are no longer allocated to you, so their records "
                    "were removed from this laptop.").format(count=s.removed_young_people))
        parts.append(_p(text + " " + translate(
            "Sync", "Everything synced about them is safe on the central store.")))
    if s.kept_out_of_scope:
        parts.append(_h3(translate("Sync", "No longer allocated to you")))
        parts.append(_p(translate(
            "Sync", "These young people are no longer allocated to you, but they stay on this "
                    "laptop because they have changes the central store has not accepted. "
                    "Please speak to your manager:")))
        names = sorted((_name(outcome.names, yp) for yp in s.kept_out_of_scope_ids),
                       key=str.casefold)
        parts.append("<ul>{}</ul>".format("".join(
            f"<li>{html.escape(name)}</li>" for name in names)))
    return parts


def summary_title(outcome: SyncOutcome) -> str:
    s = outcome.summary
    if s.cancelled:
        return translate("Sync", "Sync stopped safely")
    if s.nothing_to_do:
        return translate("Sync", "Everything is up to date")
    return translate("Sync", "Sync finished")


def summary_announcement(outcome: SyncOutcome) -> str:
    """The outcome in one or two sentences, for a screen reader to say at once."""
    s = outcome.summary
    parts = [summary_title(outcome) + "."]
    if s.pushed:
        parts.append(translate("Sync", "Sent: {changes}").format(
            changes=changes_text(s.pushed)) + ".")
    if s.pulled:
        parts.append(translate("Sync", "Received: {changes}").format(
            changes=changes_text(s.pulled)) + ".")
    if s.open_conflicts:
        parts.append(_open_conflicts(s.open_conflicts))
    if s.rejected:
        parts.append(translate("Sync", "{count} changes were not accepted.").format(
            count=len(s.rejected)))
    if s.unreadable:
        parts.append(translate(
            "Sync", "{count} values received could not be applied on this laptop.").format(
            count=len(s.unreadable)))
    return " ".join(parts)


class SyncSummaryDialog(QDialog):
    """Not modal; "Resolve conflicts…" opens the conflicts dialog when any wait."""

    conflicts_requested = Signal()

    def __init__(self, outcome: SyncOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Sync"))
        self.title = heading(summary_title(outcome), self, 1.4)
        self.body = QLabel(summary_html(outcome))
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(self.tr("What the sync did"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Sync summary"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Resolve conflicts…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setVisible(bool(outcome.summary.open_conflicts))
        self.conflicts_button.clicked.connect(self._resolve)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        name_buttons(self)
        # As tall as what it says, up to most of the screen (then it scrolls).
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 64
        margins = layout.contentsMargins()
        needed = (self.body.heightForWidth(width - margins.left() - margins.right())
                  + self.title.sizeHint().height() + self.buttons.sizeHint().height()
                  + layout.spacing() * 2 + margins.top() + margins.bottom() + metrics.height())
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        self.resize(width, min(max(needed, metrics.height() * 12), int(screen * 0.85)))

    def _resolve(self) -> None:
        self.conflicts_requested.emit()
        self.accept()
