"""Reports: the service's figures for a chosen period, as tables and two small charts.

The period is typed or picked in two date fields; the figures are counted in the
background (``services.reports``, the same as ``keyworker report``) over the young
people this laptop holds. Export CSV and Export PDF save a copy outside the store,
after saying it will not be encrypted; "Counts only" makes the regional and national
copy (no names, small numbers hidden). Each export is recorded in the audit log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import EscalationLevel
from keyworker_desktop.reports.service_report import (
    AgencyActions,
    Caseload,
    LevelEscalations,
    OverdueOverTime,
    ServiceReport,
)
from keyworker_desktop.services import reports
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.date_fields import DateField
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.record.attach_file import documents_folder
from keyworker_desktop.ui.report_charts import (
    BarChart,
    OverdueChart,
    movement_bars,
    rating_bars,
)
from keyworker_desktop.ui.table_model import Column, TableModel, make_table

WATCHED = ("rag_rating", "dsr_entry", "young_person", "allocation", "consent", "meeting",
           "action", "escalation", "budget_spend", "goal", "outcome_rating", "ending",
           "staff", "professional", "family_member", "setting")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _pence(value: int | None) -> str:
    return translate("ReportsScreen", "None") if value is None else f"£{value / 100:,.2f}"


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def overdue_note(series: OverdueOverTime) -> str:
    """What the overdue chart counts, and the actions it leaves out."""
    each = (translate("ReportsScreen", "Each week end (Sunday)") if series.step == "week"
            else translate("ReportsScreen", "Each month end"))
    return translate("ReportsScreen", "{each} and the last day: actions open and past their "
                     "due date that day. Left out: {unknown} done on a day not recorded, "
                     "{cancelled} cancelled.").format(each=each,
                                                      unknown=series.done_day_unknown,
                                                      cancelled=series.cancelled)


def figures(report: ServiceReport) -> list[tuple[str, str]]:
    """The single-number figures as (what, value) lines, in the order people read them."""
    median = report.median_days_to_allocation
    limit = report.caseload_limit
    return [
        (translate("ReportsScreen", "Young people held"), str(report.young_people)),
        (translate("ReportsScreen", "On the register at the end"), str(report.open_at_end)),
        (translate("ReportsScreen", "Inpatients (blue) at the end"), str(report.inpatients_at_end)),
        (translate("ReportsScreen", "Referrals received"), str(report.referrals)),
        (translate("ReportsScreen", "Accepted onto the register"), str(report.accepted)),
        (translate("ReportsScreen", "Declined"), str(report.declined)),
        (translate("ReportsScreen", "Median days from referral to keyworker"),
         translate("ReportsScreen", "No first allocation in the period") if median is None
         else translate("ReportsScreen", "{days:g} (from {n})").format(days=median,
                                                                       n=report.allocations_measured)),
        (translate("ReportsScreen", "Involvement closed"), str(report.closed)),
        (translate("ReportsScreen", "Consents withdrawn"), str(report.consents_withdrawn)),
        (translate("ReportsScreen", "C(E)TRs held"), str(report.cetrs_held)),
        (translate("ReportsScreen", "Escalations raised"),
         str(sum(e.raised for e in report.escalations))),
        (translate("ReportsScreen", "Personal budget spent"), _pence(report.budget_spent_pence)),
        (translate("ReportsScreen", "Spent per young person"),
         translate("ReportsScreen",
                   "{mean} ({n} young people)").format(mean=_pence(report.budget_mean_pence),
                                                  n=report.budget_young_people)),
        (translate("ReportsScreen", "Goals whose rating went up"),
         translate("ReportsScreen", "{up} of {rated} rated").format(up=report.goals_improved,
                                              rated=report.goals_rated)),
        (translate("ReportsScreen", "Keyworkers over the caseload limit"),
         translate("ReportsScreen",
                   "{n} (limit {limit} families)").format(n=report.keyworkers_over_limit,
                                                    limit=limit)),
    ]


def _level(e: LevelEscalations) -> str:
    try:
        return EscalationLevel(e.level).label
    except ValueError:
        return e.level


class ReportsScreen(RefreshWhenShown):
    """The service report for a period, with its charts and exports."""

    watched = WATCHED

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports")
        self.report: ServiceReport | None = None
        today = ctx.today()
        self.from_field = DateField(self, optional=False, value=_months_before(today, 3))
        self.to_field = DateField(self, optional=False, value=today)
        for field, name in ((self.from_field, self.tr("From")), (self.to_field, self.tr("To"))):
            field.setObjectName(f"report_{name.lower()}")
            field.setAccessibleName(self.tr("Period {end}").format(end=name.lower()))
            field.today = ctx.today
            field.committed.connect(self._period_changed)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_field)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.to_field)
        for label in (from_label, to_label):
            # Qt's hint for a short label with a mnemonic can be a pixel or two narrow.
            label.setMinimumWidth(
                label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) + 4)
        self.counts_only = QCheckBox(self.tr("Counts &only (for the region and NHS England)"))
        self.counts_only.setToolTip(self.tr("The export holds counts only, no names, and small "
                                            "numbers are hidden (1 to 4 show as \"<5\")."))
        self.counts_only.setAccessibleName(self.tr("Export counts only, small numbers hidden"))
        self.csv_button = QPushButton(self.tr("Export &CSV\u2026"))
        self.csv_button.setAccessibleName(self.tr("Export the report as CSV (not encrypted)"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Export &PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Export the report as PDF (not encrypted)"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        bar = QHBoxLayout()
        widgets: tuple[QWidget, ...] = (from_label, self.from_field, to_label, self.to_field)
        for widget in widgets:
            if widget is to_label:
                bar.addSpacing(12)
            bar.addWidget(widget)
        bar.addStretch(1)
        # The exports on a line of their own: at twice the text size one line is too wide.
        exports = QHBoxLayout()
        exports.addWidget(self.counts_only)
        exports.addStretch(1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        self.status = QLabel(self)
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)

        self.rating_chart = BarChart(self.tr("Ratings at the end of the period"),
                                     self.tr("Nobody on the register at the end."))
        self.movement_chart = BarChart(self.tr("Movements between ratings in the period"),
                                       self.tr("No rating changed in the period."))
        self.overdue_chart = OverdueChart(self.tr("Actions overdue over time"),
                                      self.tr("No day of the period has passed yet."))
        self.overdue_note = QLabel(self)
        self.overdue_note.setObjectName("overdue_note")
        self.overdue_note.setWordWrap(True)
        self.figures_model: TableModel[tuple[str, str]] = TableModel([
            Column(self.tr("Figure"), lambda r: r[0]),
            Column(self.tr("Value"), lambda r: r[1])], parent=self)
        self.actions_model: TableModel[AgencyActions] = TableModel([
            Column(self.tr("Owner's agency"), lambda a: a.agency or self.tr("No agency recorded")),
            Column(self.tr("Open"), lambda a: str(a.open), alignment=RIGHT),
            Column(self.tr("Done"), lambda a: str(a.done), alignment=RIGHT),
            Column(self.tr("Overdue"), lambda a: str(a.overdue), alignment=RIGHT)], parent=self)
        self.escalations_model: TableModel[LevelEscalations] = TableModel([
            Column(self.tr("Level"), _level),
            Column(self.tr("Raised"), lambda e: str(e.raised), alignment=RIGHT),
            Column(self.tr("Resolved"), lambda e: str(e.resolved), alignment=RIGHT)], parent=self)
        self.caseload_model: TableModel[Caseload] = TableModel([
            Column(self.tr("Keyworker"), lambda c: c.staff_name),
            Column(self.tr("Families"), lambda c: str(c.families), alignment=RIGHT),
            Column(self.tr("Young people"), lambda c: str(c.young_people), alignment=RIGHT),
            Column(self.tr("Against the limit"), self._against_limit)], parent=self)
        self.tables: dict[str, QTableView] = {}
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Ratings at the end"), self.rating_chart), 0, 0)
        grid.addWidget(self._box(self.tr("Movements between ratings"), self.movement_chart), 0, 1)
        grid.addWidget(self._table("figures", self.figures_model, self.tr("The figures")), 1, 0, 4,
                       1)
        grid.addWidget(self._box(self.tr("Actions overdue over time"), self.overdue_chart,
                                 self.overdue_note), 1, 1)
        grid.addWidget(self._table("actions", self.actions_model,
                                   self.tr("C(E)TR actions by the owner's agency")), 2, 1)
        grid.addWidget(self._table("escalations", self.escalations_model,
                                   self.tr("Escalations by level")), 3, 1)
        grid.addWidget(self._table("caseloads", self.caseload_model,
                                   self.tr("Keyworker caseloads at the end")), 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row in (2, 3, 4):  # the tables take the height; the charts keep theirs
            grid.setRowStretch(row, 1)
        # The figures scroll when the window is short or the text large.
        content = QWidget(self)
        content.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setObjectName("report_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(exports)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        self._stale = True
        self._set_export_enabled(False)

    def _box(self, title: str, chart: QWidget, note: QLabel | None = None) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(chart)
        if note is not None:
            inner.addWidget(note)
        inner.addStretch(1)
        return box

    def _table(self, key: str, model: QAbstractTableModel, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        view = make_table(model, title)
        view.setObjectName(f"report_{key}")
        self.tables[key] = view
        inner = QVBoxLayout(box)
        inner.addWidget(view)
        return box

    def _against_limit(self, c: Caseload) -> str:
        limit = self.report.caseload_limit if self.report else None
        if limit is None:
            return ""
        return (self.tr("Over the limit of {limit}").format(limit=limit) if c.families > limit
                else self.tr("Within the limit"))

    # -- the period ------------------------------------------------------------------------
    def period(self) -> tuple[date, date] | None:
        start, end = self.from_field.value(), self.to_field.value()
        if start is None or end is None or end < start:
            return None
        return start, end

    def _period_changed(self) -> None:
        self._stale = True
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        period = self.period()
        if period is None:
            self._say(self.tr("The period ends before it starts: choose a 'To' date on or after "
                              "the 'From' date."))
            self._set_export_enabled(False)
            return
        self._stale = False
        self._ticket += 1
        ticket, today = self._ticket, self.ctx.today()
        start, end = period

        def load(store: Store) -> ServiceReport:
            with store.session() as session:
                return reports.service_report(session, start, end, today)

        self.status.setText(self.tr("Counting\u2026"))
        run_op(self.ctx, load, lambda report: self._show(ticket, report), self._failed,
               label="service report", owner=self, parent=self)

    def _show(self, ticket: int, report: ServiceReport) -> None:
        if ticket != self._ticket:
            return
        self.report = report
        self.rating_chart.set_bars(rating_bars(report.rag_at_end))
        self.movement_chart.set_bars(movement_bars(
            [(m.from_rating, m.to_rating, m.count) for m in report.rag_movements]))
        series = report.overdue_over_time
        self.overdue_chart.set_points(series.points, monthly=series.step == "month")
        self.overdue_note.setText(overdue_note(series))
        self.figures_model.set_rows(figures(report))
        self.actions_model.set_rows(list(report.actions))
        self.escalations_model.set_rows(list(report.escalations))
        self.caseload_model.set_rows(list(report.caseloads))
        self._set_export_enabled(True)
        self.status.setText(self.tr("From {start} to {end}, both days included, over the {n} "
                                    "young people this laptop holds.").format(
            start=self.from_field.text(), end=self.to_field.text(), n=report.young_people))

    def _clear(self) -> None:
        self._ticket += 1
        self.report = None
        for model in (self.figures_model, self.actions_model, self.escalations_model,
                      self.caseload_model):
            model.set_rows([])
        self.rating_chart.set_bars([])
        self.movement_chart.set_bars([])
        self.overdue_chart.set_points([])
        self.overdue_note.clear()
        self.status.clear()
        self._set_export_enabled(False)

    def _set_export_enabled(self, on: bool) -> None:
        self.csv_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def _failed(self, exc: BaseException) -> None:
        self._say(describe_error(exc))

    def _say(self, message: str) -> None:
        self.status.setText(message)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.status, message))

    # -- exports ---------------------------------------------------------------------------
    def ask_export_path(self, fmt: str) -> Path | None:
        """Where to save (None: cancelled); starts in the Documents folder."""
        period = self.period()
        name = self.tr("Service report") + (f" {period[0]} to {period[1]}" if period else "")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the report (not encrypted)"),
            str(Path(documents_folder()) / f"{name}.{fmt}"),
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(
            f"{path.name}.{fmt}")

    def export(self, fmt: str) -> None:
        """Save the report as CSV or PDF after the warning; audited."""
        period = self.period()
        if period is None or self.ctx.store is None:
            return
        regional = self.counts_only.isChecked()
        if not self.ctx.interaction.confirm(self, self.tr("Save the report outside the store?"),
                                            self.tr(
                "The copy will not be protected by the store's encryption: anyone who can "
                "open the folder can read it. {what} Save it only where your organisation "
                "allows. Saving it is recorded in the audit log.").format(
                what=self.tr("It holds counts only, small numbers hidden.") if regional else
                self.tr("It names keyworkers."))):
            return
        path = self.ask_export_path(fmt)
        if path is None:
            return
        start, end = period
        today = self.ctx.today()

        def job(store: Store) -> Written[Path]:
            return store.write(lambda s: reports.save_report(
                s, start, end, today, fmt, path, regional=regional))

        def done(_written: Written[Path]) -> None:
            message = self.tr("Saved the report to {path}. It is not encrypted.").format(path=path)
            self._say(message)
            self.ctx.interaction.inform(self, self.tr("Report saved"), message)

        def failed(exc: BaseException) -> None:
            message = (self.tr("Could not write the file: {reason}. Nothing was saved.").format(
                reason=exc.strerror or self.tr("unknown reason")) if isinstance(exc, OSError)
                else describe_error(exc))
            self.ctx.interaction.warn(self, self.tr("Not saved"), message)

        run_op(self.ctx, job, done, failed, label="export the service report", owner=self,
               parent=self, initiator=self)
