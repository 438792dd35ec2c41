"""Print a young person's easy-read plan: choose pages and paper, read the advice, see it, print.

The plan is read in the background (``run_op``), the PDF and its page layout are
built in the background too (``run_task``), and the pages are drawn for the
preview and the printer with ``QPainter`` (:mod:`.plan_painting`) from the same
laid-out pages the PDF is painted from: nothing decrypted is written anywhere except
the PDF the keyworker chooses to save. The plan is worded in the language chosen here
(English or Welsh), which starts as the young person's preferred language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.easyread.checker import Advice, check_text
from keyworker_desktop.easyread.documents import ALL_PAGES, DEFAULT_PAGES, build_plan_pdf
from keyworker_desktop.easyread.layout import PageLayout, Style
from keyworker_desktop.easyread.plan_data import PlanData
from keyworker_desktop.services import plans, profile
from keyworker_desktop.ui.fitting import FitsViewport
from keyworker_desktop.ui.language import LANGUAGES
from keyworker_desktop.ui.operations import describe_error, run_op, run_task
from keyworker_desktop.ui.plan_painting import page_image, print_pages
from keyworker_desktop.ui.plan_pictures import PlanPictures, plan_lines, with_picture
from keyworker_desktop.ui.table_model import Column, TableModel

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_QPAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


def documents_folder() -> Path:
    """Where Save as PDF starts: the user's documents folder (made if missing), else home.

    Never the working folder, which is where a file dialog given a folder that does
    not exist opens (the source checkout, when run from it).
    """
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if not folder or not Path(folder).is_absolute():
            continue
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        return Path(folder)
    return Path.home()


# -- what the dialog shows ---------------------------------------------------------------
@dataclass(frozen=True)
class PlanOptions:
    pages: tuple[str, ...]
    page_size: str
    large_print: bool
    #: The language the document's own words are printed in ("en", "cy").
    language: str = "en"


@dataclass(frozen=True)
class BuiltPlan:
    """A plan as built for one choice of options: the PDF, its pages, the advice."""

    options: PlanOptions
    pdf: bytes
    pages: tuple[PageLayout, ...]
    style: Style
    advice: tuple[Advice, ...]


def build(plan: PlanData, options: PlanOptions) -> BuiltPlan:
    """Lay out and paint the plan, and check the keyworker's words on the chosen pages."""
    laid_out: list[PageLayout] = []
    styles: list[Style] = []

    def keep(pages: Sequence[PageLayout], style: Style) -> None:
        laid_out.extend(pages)
        styles.append(style)

    pdf = build_plan_pdf(plan, options.pages, options.page_size, options.large_print,
                         on_layout=keep, language=options.language)
    advice = [a for text in plans.plan_text_for_checking(plan, options.pages)
              for a in check_text(text)]
    return BuiltPlan(options, pdf, tuple(laid_out), styles[0], tuple(advice))


def advice_text(a: Advice) -> str:
    """One piece of advice in plain words: what is hard, then what to try."""
    if not a.suggestion:
        return a.message
    if a.rule == "long-sentence":
        return f"{a.message} {a.suggestion}"
    return translate("PrintPlanDialog",
                     "{message} Try: \u201c{suggestion}\u201d").format(message=a.message,
                                                              suggestion=a.suggestion)


AdviceRow = tuple[str, list[Advice]]  # a sentence and the checker's advice on it


class AdviceModel(TableModel[AdviceRow]):
    """The checker's advice, one row per sentence: the sentence, then what to try."""

    def __init__(self, parent: QWidget | None = None) -> None:
        def sentence(row: AdviceRow) -> str:
            return row[0]

        def to_try(row: AdviceRow) -> str:
            return "\n".join(advice_text(a) for a in row[1])

        super().__init__([Column(translate("AdviceModel", "Sentence"), sentence, tooltip=sentence),
                          Column(translate("AdviceModel", "What to try"), to_try, tooltip=to_try)],
                         parent=parent)
        self._advice: list[Advice] = []

    def set_advice(self, advice: Sequence[Advice]) -> None:
        self._advice = list(advice)
        grouped: dict[str, list[Advice]] = {}
        for a in advice:
            grouped.setdefault(a.sentence, []).append(a)
        self.set_rows(list(grouped.items()))

    def advice(self) -> list[Advice]:
        return list(self._advice)

    def sentences(self) -> list[str]:
        return [sentence for sentence, _ in self.rows()]


class PagesModel(QAbstractListModel):
    """The preview: one image per printed page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._titles: list[str] = []

    def set_pages(self, images: Sequence[QImage], titles: Sequence[str]) -> None:
        self.beginResetModel()
        self._images, self._titles = list(images), list(titles)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._images)

    def data(self, index: ModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._images):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._images[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.tr("Page {n} of {total}: {title}").format(
                n=row + 1, total=len(self._images), title=self._titles[row])
        return None


# -- the dialog -----------------------------------------------------------------------
_PAGE_LABELS = {
    "my-plan": QT_TRANSLATE_NOOP("PrintPlanDialog", "&My plan"),
    "who-helps-me": QT_TRANSLATE_NOOP("PrintPlanDialog", "&Who helps me"),
    "next-visits": QT_TRANSLATE_NOOP("PrintPlanDialog", "My &next visits"),
    "about-me": QT_TRANSLATE_NOOP("PrintPlanDialog", "A&bout me"),
    "when-upset": QT_TRANSLATE_NOOP("PrintPlanDialog", "When I am &upset, this helps me"),
}
_SECTION_TITLES = {
    "my-plan": QT_TRANSLATE_NOOP("PrintPlanDialog", "My plan"),
    "who-helps-me": QT_TRANSLATE_NOOP("PrintPlanDialog", "Who helps me"),
    "next-visits": QT_TRANSLATE_NOOP("PrintPlanDialog", "My next visits"),
    "about-me": QT_TRANSLATE_NOOP("PrintPlanDialog", "About me"),
    "when-upset": QT_TRANSLATE_NOOP("PrintPlanDialog", "When I am upset"),
    "not-yet": QT_TRANSLATE_NOOP("PrintPlanDialog", "Not written down yet"),
}
MIN_PREVIEW_CHARS = 30  # the narrowest preview page, in average characters


class PrintPlanDialog(QDialog):
    """Ctrl+P from a record: the easy-read plan's options, advice, preview, print and save."""

    preview_ready = Signal()  # the preview shows the current options
    exported = Signal(str)  # "printed" or "saved as PDF"

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.plan: PlanData | None = None
        self.built: BuiltPlan | None = None
        self._serial = 0
        self.setWindowTitle(self.tr("Print the easy-read plan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_options()
        self._build_advice()
        self.pictures = PlanPictures(self)  # each line's picture, changeable for this print
        self.pictures.plan_changed.connect(self._pictures_changed)
        self._build_preview()
        self._build_buttons()
        self._lay_out()
        ctx.hub.store_locked.connect(self.reject)
        self._set_ready(False)
        self.status.setText(self.tr("Reading the record…"))
        run_op(ctx, self._load_job(), self._on_loaded, self._on_error, label="plan",
               owner=self, parent=self)

    # -- widgets ------------------------------------------------------------------------
    def _build_options(self) -> None:
        self.page_boxes: dict[str, QCheckBox] = {}
        self.pages_group = QGroupBox(self.tr("Pages"), self)
        column = QVBoxLayout(self.pages_group)
        for key in ALL_PAGES:
            box = QCheckBox(translate("PrintPlanDialog", _PAGE_LABELS[key]), self.pages_group)
            box.setChecked(key in DEFAULT_PAGES)
            box.setAccessibleName(self.tr("Print the page: {title}").format(
                title=translate("PrintPlanDialog", _SECTION_TITLES[key])))
            box.toggled.connect(self._options_changed)
            column.addWidget(box)
            self.page_boxes[key] = box
        self.paper_group = QGroupBox(self.tr("Paper and print size"), self)
        paper = QVBoxLayout(self.paper_group)
        self.a4 = QRadioButton(self.tr("A&4"), self.paper_group)
        self.a5 = QRadioButton(self.tr("A&5 (half of A4)"), self.paper_group)
        self.a4.setAccessibleName(self.tr("A4 paper"))
        self.a5.setAccessibleName(self.tr("A5 paper"))
        self.a4.setChecked(True)
        self._sizes = QButtonGroup(self)
        for button in (self.a4, self.a5):
            self._sizes.addButton(button)
            paper.addWidget(button)
        self.large_print = QCheckBox(self.tr("&Large print (20 pt)"), self.paper_group)
        self.large_print.setAccessibleName(self.tr("Large print, 20 point text"))
        paper.addWidget(self.large_print)
        # The document's own words; what the keyworker wrote prints as written.
        self.language = QComboBox(self.paper_group)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the plan"))
        self.language.view().setAccessibleName(self.tr("Language of the plan: the choices"))
        language_label = QLabel(self.tr("&Language"), self.paper_group)
        language_label.setBuddy(self.language)
        paper.addWidget(language_label)
        paper.addWidget(self.language)
        self.a4.toggled.connect(self._options_changed)
        self.large_print.toggled.connect(self._options_changed)
        self.language.currentIndexChanged.connect(self._language_changed)

    def _build_advice(self) -> None:
        self.advice_label = QLabel(self.tr("Easy-read &advice on your words"), self)
        self.advice_model = AdviceModel(self)
        self.advice_view = QTableView(self)
        self.advice_view.setModel(self.advice_model)
        self.advice_view.setAccessibleName(self.tr("Easy-read advice"))
        self.advice_view.setAccessibleDescription(
            self.tr("Each row is a sentence from the record and a plainer way to try. "
                    "It is advice: you can still print."))
        self.advice_view.setWordWrap(True)
        self.advice_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.advice_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.advice_view.setTabKeyNavigation(False)
        self.advice_view.verticalHeader().hide()
        header = self.advice_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.advice_label.setBuddy(self.advice_view)
        self.advice_summary = QLabel(self)
        self.advice_summary.setWordWrap(True)

    def _build_preview(self) -> None:
        self.pages_model = PagesModel(self)
        self.preview = QListView(self)
        self.preview.setModel(self.pages_model)
        self.preview.setAccessibleName(self.tr("Preview of the printed pages"))
        self.preview.setViewMode(QListView.ViewMode.IconMode)
        self.preview.setMovement(QListView.Movement.Static)
        self.preview.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview.setWrapping(True)
        self.preview.setUniformItemSizes(True)
        self.preview.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.preview.setWordWrap(True)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Pages fill the preview's width; a scroll bar that came and went would resize it.
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.preview.viewport().installEventFilter(self)
        self._rendered_width = 0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._render_pages)
        self.preview_label = QLabel(self.tr("Pre&view"), self)
        self.preview_label.setBuddy(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the plan as a PDF file"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.print_button.setDefault(True)
        # Said before anything is saved: the PDF leaves the encrypted store.
        self.pdf_note = QLabel(self.tr(
            "A saved PDF is a copy outside the store: it is not protected by this laptop's "
            "encryption. Save it only where it will be kept safe, and delete it when it is "
            "no longer needed."), self)
        self.pdf_note.setWordWrap(True)
        self.save_button.setAccessibleDescription(self.pdf_note.text())
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        options = FitsViewport(self)  # the options scroll only when their minimum cannot fit
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 0, 0)
        # Side by side when there is room, one above the other when not (200% scaling).
        self._option_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._option_row.addWidget(self.pages_group)
        self._option_row.addWidget(self.paper_group)
        left.addLayout(self._option_row)
        left.addWidget(self.advice_label)
        left.addWidget(self.advice_summary)
        left.addWidget(self.advice_view, 1)
        left.addWidget(self.pictures, 1)
        # At 200% a small screen cannot hold everything: the options scroll.
        scroll = QScrollArea(self)
        scroll.setWidget(options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._options_viewport = scroll.viewport()
        self._options_viewport.installEventFilter(self)
        right = QWidget(self)
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.preview_label)
        preview.addWidget(self.preview, 1)
        preview.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.pdf_note)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().averageCharWidth()
        size = QSize(em * 150, self.fontMetrics().height() * 40)
        screen = self.screen().availableGeometry().size() * 0.9
        self.resize(size.boundedTo(screen))
        for w in (*self.page_boxes.values(), self.a4, self.a5, self.large_print, self.language,
                  self.advice_view, self.preview, self.print_button, self.save_button):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- options and building -----------------------------------------------------------
    def options(self) -> PlanOptions:
        return PlanOptions(
            pages=tuple(k for k in ALL_PAGES if self.page_boxes[k].isChecked()),
            page_size="A5" if self.a5.isChecked() else "A4",
            large_print=self.large_print.isChecked(),
            language=self.language.currentData() or "en",
        )

    def _load_job(self, language: str | None = None) -> Any:
        """Read the plan in ``language`` (None: the young person's preferred language)."""
        yp_id, today = self.young_person_id, self.ctx.today()

        def job(store: Store) -> PlanData:
            with store.session() as session:
                chosen = language or profile.profile(session, yp_id).fields.get(
                    "preferred_language")
                return plans.plan_data_for(session, yp_id, today,
                                           chosen if chosen in LANGUAGES else "en")

        return job

    def _on_loaded(self, plan: PlanData) -> None:
        if self.plan is not None:
            # Read again in another language: the pictures chosen for this print stay.
            for key, line in plan_lines(self.plan):
                if line.pictogram:
                    plan = with_picture(plan, key, line.pictogram)
        self.plan = plan
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
        self.language.blockSignals(False)
        self.setWindowTitle(self.tr("Print {name} plan").format(name=plan.person.possessive))
        self.pictures.set_plan(plan)
        self._rebuild()

    def _language_changed(self) -> None:
        """The plan's own words (plain roles, default help) are read in the language."""
        language = self.language.currentData()
        if self.plan is None or language == self.plan.language:
            return
        self._set_ready(False)
        run_op(self.ctx, self._load_job(language), self._on_loaded, self._on_error,
               label="plan", owner=self, parent=self)

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def _options_changed(self) -> None:
        self.pictures.setEnabled(self.page_boxes["my-plan"].isChecked())
        if self.plan is not None:
            self._rebuild()

    def _pictures_changed(self, plan: PlanData) -> None:
        self.plan = plan  # for this print only: the record keeps its own words and pictures
        self._rebuild()

    def _rebuild(self) -> None:
        plan, options = self.plan, self.options()
        assert plan is not None
        self._serial += 1
        serial = self._serial
        self._set_ready(False)
        if not options.pages:
            self.built = None
            self.pages_model.set_pages([], [])
            self.status.setText(self.tr("Choose at least one page to print."))
            self.preview_ready.emit()
            return
        self.status.setText(self.tr("Making the preview…"))
        run_task(self.ctx, lambda: build(plan, options),
                 lambda built: self._on_built(serial, built), self._on_error,
                 label="plan preview", owner=self, parent=self)

    def _on_built(self, serial: int, built: BuiltPlan) -> None:
        if serial != self._serial:
            return  # the options changed again meanwhile
        self.built = built
        self._render_pages()
        self.advice_model.set_advice(built.advice)
        self.advice_view.resizeRowsToContents()
        if built.advice:
            self.advice_summary.setText(self.tr(
                "{n} suggestions for plainer words. They are advice: you can still print."
            ).format(n=len(built.advice)) if len(built.advice) != 1 else self.tr(
                "1 suggestion for plainer words. It is advice: you can still print."))
        else:
            self.advice_summary.setText(self.tr("Your words follow the easy-read rules."))
        count = len(built.pages)
        self.status.setText(self.tr("1 page") if count == 1 else
                            self.tr("{n} pages").format(n=count))
        self._set_ready(True)
        self.preview_ready.emit()

    def _page_width(self) -> int:
        """As wide as the preview allows, so the words can be read."""
        em = self.fontMetrics().averageCharWidth()
        room = self.preview.viewport().width() - 2 * self.preview.spacing() - em
        return max(em * MIN_PREVIEW_CHARS, room)

    def _render_pages(self) -> None:
        built = self.built
        if built is None:
            return
        width = self._page_width()
        ratio = self.devicePixelRatioF()
        images = [page_image(p, built.style, width, ratio) for p in built.pages]
        titles = [", ".join(translate("PrintPlanDialog",
                                      _SECTION_TITLES.get(s, s)) for s in p.sections or [p.section])
                  for p in built.pages]
        self.preview.setIconSize(images[0].deviceIndependentSize().toSize())
        self.pages_model.set_pages(images, titles)
        self._rendered_width = width

    def _arrange_options(self, width: int) -> None:
        side_by_side = (self.pages_group.sizeHint().width() + self.paper_group.sizeHint().width()
                        + self._option_row.spacing())
        self._option_row.setDirection(QBoxLayout.Direction.LeftToRight if width >= side_by_side
                                      else QBoxLayout.Direction.TopToBottom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self._options_viewport:
            self._arrange_options(self._options_viewport.width())
        if (event.type() == QEvent.Type.Resize and watched is self.preview.viewport()
                and self.built is not None
                and abs(self._page_width() - self._rendered_width)
                > self.fontMetrics().averageCharWidth() * 2):
            self._resize_timer.start()
        return super().eventFilter(watched, event)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- print and save -----------------------------------------------------------------
    def new_printer(self) -> QPrinter:
        """A printer set up for the chosen paper, portrait, no margins of its own."""
        assert self.built is not None and self.plan is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(_QPAGE_IDS[self.built.options.page_size]))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.tr("{name} plan").format(name=self.plan.person.possessive))
        return printer

    def print_plan(self) -> None:
        """Print…: the system print dialog, then the pages at the printer's resolution."""
        built = self.built
        if built is None:
            return
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the plan"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pages(printer, built.pages, built.style)
        except OSError:
            self.ctx.interaction.warn(self, self.tr("Print"), self.tr(
                "The plan could not be printed. Check the printer is on and connected, "
                "or save the plan as a PDF."))
            return
        self._audit(built, self.tr("printed"), "printed")

    def save_pdf(self) -> None:
        """Save as PDF…: the keyworker chooses the file; only that file is written."""
        built, plan = self.built, self.plan
        if built is None or plan is None:
            return
        suggested = str(documents_folder() / f"{plan.person.possessive} plan.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the plan as PDF (not encrypted)"), suggested,
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            plans.write_file_atomically(path, built.pdf)
        except OSError as exc:
            self.ctx.interaction.warn(self, self.tr("Save as PDF"), self.tr(
                "The plan could not be saved there ({reason}). Try another folder."
            ).format(reason=exc.strerror or type(exc).__name__))
            return
        self._audit(built, self.tr("saved"), "saved as PDF")

    def _audit(self, built: BuiltPlan, done: str, how: str) -> None:
        assert self.plan is not None
        detail = plans.export_detail(self.plan, built.options.pages, built.options.page_size,
                                     built.options.large_print, how)
        yp_id = self.young_person_id

        def job(store: Store) -> None:
            with store.transaction() as session:
                plans.audit_export(session, session.info["write_context"], yp_id, detail)

        self.status.setText(self.tr("The plan was {done}.").format(done=done))
        run_op(self.ctx, job, lambda _none: self.exported.emit(how), label="audit export",
               owner=self, parent=self)


__all__ = ["BuiltPlan", "PlanOptions", "PrintPlanDialog", "build"]
