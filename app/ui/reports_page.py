"""The Reports area: every report with its parameters, a preview of the PDF
inside the program, printing through the system's printer dialog, and saving
as PDF or XLSX. Reports are built off the GUI thread, with progress and a
cancel button."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.services import reporting
from app.services.errors import ServiceError
from app.services.listing import id_listing
from app.ui.dates import date_edit
from app.ui.jobs import Job, JobRunner
from app.ui.language import LANGUAGE_NAMES
from app.ui.modal import exec_dialog

REPORT_LANGUAGES = ("ky", "ru")
PRESETS = ("custom", "year", "h1", "h2")
LIST_FOR = {"competition": "competitions", "meeting": "meetings", "project": "projects", "program": "programs",
            "hearing": "hearings"}


class ReportsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self.db = None
        self.loaded = False
        self.runner = JobRunner(self)
        self.job: Job | None = None
        self.last_error: str | None = None
        self.last_output: Path | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="demilge-preview-")
        self._pending_action = None

        self.reports = QListWidget(self)
        self.reports.setObjectName("reports_list")
        self.reports.currentRowChanged.connect(self._report_chosen)

        self.params_box = QGroupBox(self)
        self.form = QFormLayout(self.params_box)
        self.combos: dict[str, QComboBox] = {}
        self.combo_labels: dict[str, QLabel] = {}
        for need in LIST_FOR:
            combo = QComboBox(self.params_box)
            combo.setObjectName(f"param_{need}")
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            label = QLabel(self.params_box)
            label.setBuddy(combo)
            self.combos[need] = combo
            self.combo_labels[need] = label
            self.form.addRow(label, combo)
        self.date_from = date_edit(self.params_box, "date_from", optional=False)
        self.date_to = date_edit(self.params_box, "date_to", optional=False)
        today = date.today()
        self.date_from.setDate(QDate(today.year, 1, 1))
        self.date_to.setDate(QDate(today.year, 12, 31))
        self.period_preset = QComboBox(self.params_box)
        self.period_preset.setObjectName("period_preset")
        self.period_preset.activated.connect(self._apply_preset)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_preset)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel("–", self.params_box))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        self.period_widget = QWidget(self.params_box)
        self.period_widget.setLayout(period_row)
        self.period_label = QLabel(self.params_box)
        self.period_label.setBuddy(self.period_preset)
        self.form.addRow(self.period_label, self.period_widget)
        self.half = QComboBox(self.params_box)
        self.half.setObjectName("param_half")
        for year in range(today.year + 1, 2015, -1):
            for h in (2, 1):
                code = "%dH%d" % (year, h)
                self.half.addItem(code, code)
        self.half_label = QLabel(self.params_box)
        self.half_label.setBuddy(self.half)
        self.form.addRow(self.half_label, self.half)
        self.year = QSpinBox(self.params_box)
        self.year.setObjectName("param_year")
        self.year.setRange(1990, 2100)
        self.year.setValue(today.year)
        self.year_label = QLabel(self.params_box)
        self.year_label.setBuddy(self.year)
        self.form.addRow(self.year_label, self.year)
        self.lang = QComboBox(self.params_box)
        self.lang.setObjectName("param_lang")
        for code in REPORT_LANGUAGES:
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang_label = QLabel(self.params_box)
        self.lang_label.setBuddy(self.lang)
        self.form.addRow(self.lang_label, self.lang)

        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.ask_print)
        self.save_pdf_button = QPushButton(self)
        self.save_pdf_button.clicked.connect(self.ask_save_pdf)
        self.save_xlsx_button = QPushButton(self)
        self.save_xlsx_button.clicked.connect(self.ask_save_xlsx)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.save_pdf_button, self.save_xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(QSize(300, 300))
        # zoom: fit the width, or step in and out
        self.fit_button = QPushButton(self)
        self.fit_button.setObjectName("zoom_fit")
        self.fit_button.clicked.connect(self.zoom_fit)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_out_button.setObjectName("zoom_out")
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_in_button.setObjectName("zoom_in")
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        zoom_row = QHBoxLayout()
        for w in (self.fit_button, self.zoom_out_button, self.zoom_in_button, self.zoom_label):
            zoom_row.addWidget(w)
        zoom_row.addStretch(1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(zoom_row)
        rl.addWidget(self.view, 1)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(left)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        ll.addWidget(self.heading)
        ll.addWidget(self.reports, 1)
        ll.addWidget(self.params_box)
        ll.addLayout(buttons)
        ll.addLayout(running)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # --- loading
    def load(self, db) -> None:
        self.db = db
        self.loaded = True
        lang = i18n.language()  # the list follows the interface; the report has its own language
        self.specs = reporting.list_reports()
        current = self.current_spec().name if self.reports.currentRow() >= 0 and self.specs else None
        self.reports.blockSignals(True)
        self.reports.clear()
        for spec in self.specs:
            item = QListWidgetItem(spec.title.get(lang) or spec.title.get("en") or spec.name)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(spec.name)
            self.reports.addItem(item)
        self.reports.blockSignals(False)
        for need, combo in self.combos.items():
            chosen = combo.currentData()
            combo.clear()
            for row_id, text in id_listing(db, LIST_FOR[need], lang):
                combo.addItem(text.replace("\t", " · "), row_id)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))
        names = [s.name for s in self.specs]
        self.reports.setCurrentRow(names.index(current) if current in names else (0 if names else -1))
        self._report_chosen(self.reports.currentRow())

    def current_spec(self) -> reporting.ReportSpec | None:
        row = self.reports.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def choose(self, name: str) -> None:
        names = [s.name for s in self.specs]
        self.reports.setCurrentRow(names.index(name))

    def _report_chosen(self, _row: int) -> None:
        spec = self.current_spec()
        if spec is None or spec.name != getattr(self, "_shown_report", None):
            self.document.close()       # another report: the previous one's preview goes
            self._shown_report = None
        needs = spec.needs if spec else ()
        for need, combo in self.combos.items():
            self.form.setRowVisible(combo, need in needs)
        self.form.setRowVisible(self.period_widget, "period" in needs)
        self.form.setRowVisible(self.half, "half" in needs or (spec is not None and spec.name == "monitoring"))
        self.form.setRowVisible(self.year, "year" in needs)
        formats = spec.formats if spec else ()
        self.preview_button.setEnabled("pdf" in formats)
        self.print_button.setEnabled("pdf" in formats)
        self.save_pdf_button.setEnabled("pdf" in formats)
        self.save_xlsx_button.setEnabled("xlsx" in formats)

    def _apply_preset(self, index: int) -> None:
        year = self.date_to.date().year()
        preset = self.period_preset.itemData(index)
        if preset == "year":
            self.date_from.setDate(QDate(year, 1, 1))
            self.date_to.setDate(QDate(year, 12, 31))
        elif preset == "h1":
            self.date_from.setDate(QDate(year, 1, 1))
            self.date_to.setDate(QDate(year, 6, 30))
        elif preset == "h2":
            self.date_from.setDate(QDate(year, 7, 1))
            self.date_to.setDate(QDate(year, 12, 31))

    def params(self) -> reporting.ReportParams:
        spec = self.current_spec()
        needs = spec.needs if spec else ()
        values = {need: self.combos[need].currentData() for need in LIST_FOR if need in needs}
        kwargs = dict(lang=self.lang.currentData(), **values)
        if "period" in needs:
            kwargs["date_from"] = self.date_from.date().toPython()
            kwargs["date_to"] = self.date_to.date().toPython()
        if "half" in needs or (spec and spec.name == "monitoring"):
            kwargs["half"] = self.half.currentData()
        if "year" in needs:
            kwargs["year"] = self.year.value()
        return reporting.ReportParams(**kwargs)

    # --- building (off the GUI thread)
    def build(self, fmt: str, out: Path, then=None) -> Job | None:
        spec = self.current_spec()
        if spec is None or self.db is None:
            return None
        self.last_error = None
        self._pending_action = then
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for b in (self.preview_button, self.print_button, self.save_pdf_button, self.save_xlsx_button):
            b.setEnabled(False)
        self.message.setText(self.tr("Making the report…"))
        job = Job(reporting.build_report, self.db, spec.name, self.params(), fmt, Path(out))
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._built)
        job.signals.failed.connect(self._failed)
        self.job = job
        return self.runner.start(job)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finish(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._report_chosen(self.reports.currentRow())

    def _built(self, out) -> None:
        self._finish()
        self.last_output = Path(out)
        self.message.setText(self.tr("Ready: %1").replace("%1", str(out)))
        action, self._pending_action = self._pending_action, None
        if action is not None:
            action(Path(out))

    def _failed(self, exc) -> None:
        self._finish()
        self._pending_action = None
        self.last_error = exc.message() if isinstance(exc, ServiceError) else str(exc)
        self.message.setText(self.last_error)

    def _temp_pdf(self) -> Path:
        spec = self.current_spec()
        return Path(self._tmp.name) / f"{spec.name}-{self.lang.currentData()}.pdf"

    def preview(self) -> Job | None:
        return self.build("pdf", self._temp_pdf(), then=self._show_pdf)

    def _show_pdf(self, path: Path) -> None:
        self.document.close()
        self.document.load(str(path))
        spec = self.current_spec()
        self._shown_report = spec.name if spec else None
        self._show_zoom()

    # --- zoom
    def zoom_fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _zoom_by(self, factor: float) -> None:
        current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))
        self._show_zoom()

    def zoom_in(self) -> None:
        self._zoom_by(1.25)

    def zoom_out(self) -> None:
        self._zoom_by(0.8)

    def _effective_zoom(self) -> float:
        """The zoom factor in use (fit-to-width computes it from the view's width)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0)
        width_px = page.width() / 72 * self.logicalDpiX()
        margins = 2 * self.view.documentMargins().left() + self.view.verticalScrollBar().width()
        return max(0.25, (self.view.viewport().width() - margins) / width_px) if width_px else 1.0

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("fit to width"))
        else:
            self.zoom_label.setText("%d %%" % round(self.view.zoomFactor() * 100))

    def ask_print(self) -> Job | None:
        return self.build("pdf", self._temp_pdf(), then=self._print_pdf)

    def _print_pdf(self, path: Path) -> None:
        self._show_pdf(path)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if exec_dialog(dialog) == QPrintDialog.DialogCode.Accepted:
            self.print_document(printer)

    def print_document(self, printer: QPrinter) -> int:
        """Send the previewed PDF's pages to a printer; returns pages printed."""
        pages = self.document.pageCount()
        if pages:   # a landscape report prints landscape, not shrunk onto half a portrait page
            printer.setPageOrientation(self._orientation(0))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        dpi = printer.resolution()
        try:
            for i in range(pages):
                if i:
                    printer.setPageOrientation(self._orientation(i))
                    printer.newPage()
                size_pt = self.document.pagePointSize(i)
                image = self.document.render(i, QSize(int(size_pt.width() / 72 * dpi),
                                                      int(size_pt.height() / 72 * dpi)))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled))
        finally:
            painter.end()
        return pages

    def _orientation(self, page: int) -> QPageLayout.Orientation:
        size = self.document.pagePointSize(page)
        return (QPageLayout.Orientation.Landscape if size.width() > size.height()
                else QPageLayout.Orientation.Portrait)

    def _save(self, fmt: str, filter_text: str) -> None:
        spec = self.current_spec()
        if spec is None:
            return
        suggested = f"{spec.name}-{self.lang.currentData()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, filter_text)
        if path:
            self.build(fmt, Path(path))

    def ask_save_pdf(self) -> None:
        self._save("pdf", self.tr("PDF documents (*.pdf)"))

    def ask_save_xlsx(self) -> None:
        self._save("xlsx", self.tr("Excel workbooks (*.xlsx)"))

    # --- language
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.params_box.setTitle(self.tr("Parameters"))
        texts = {"competition": self.tr("&Competition:"), "meeting": self.tr("&Meeting:"),
                 "project": self.tr("&Project:"), "program": self.tr("Pro&gram:"),
                 "hearing": self.tr("&Hearing:")}
        for need, label in self.combo_labels.items():
            label.setText(texts[need])
        self.period_label.setText(self.tr("Period:"))
        self.half_label.setText(self.tr("Half-year:"))
        self.year_label.setText(self.tr("&Year:"))
        self.lang_label.setText(self.tr("Report &language:"))
        current = self.period_preset.currentIndex()
        self.period_preset.clear()
        names = (self.tr("Custom"), self.tr("Year"), self.tr("First half-year"), self.tr("Second half-year"))
        for text, code in zip(names, PRESETS):
            self.period_preset.addItem(text, code)
        self.period_preset.setCurrentIndex(max(current, 0))
        self.preview_button.setText(self.tr("Pre&view"))
        self.fit_button.setText(self.tr("Fit &width"))
        self.fit_button.setToolTip(self.tr("Show the page as wide as the preview"))
        self.zoom_in_button.setToolTip(self.tr("Larger"))
        self.zoom_out_button.setToolTip(self.tr("Smaller"))
        self._show_zoom()
        self.print_button.setText(self.tr("&Print…"))
        self.save_pdf_button.setText(self.tr("Save as P&DF…"))
        self.save_xlsx_button.setText(self.tr("Save as &XLSX…"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.db is not None:
            self.load(self.db)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
