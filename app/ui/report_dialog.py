"""Printing a report of one competition: choose the language and format,
then where to save; the file opens in the system's viewer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel

from app import i18n
from app.services.errors import ServiceError
from app.services.reporting import ReportParams, build_report, get_report
from app.ui import form_helpers as H
from app.ui.language import LANGUAGE_NAMES


class ReportDialog(QDialog):
    """Language (Kyrgyz or Russian) and format of a competition report."""

    def __init__(self, db, name: str, competition_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"report_{name}")
        self.db = db
        self.name = name
        self.competition_id = competition_id
        self.spec = get_report(name)
        self.lang = QComboBox(self)
        self.lang.setObjectName("report_lang")
        for code, name in LANGUAGE_NAMES.items():
            if code in ("ky", "ru"):            # documents are printed in Kyrgyz or Russian
                self.lang.addItem(name, code)
        if i18n.language() == "ru":
            self.lang.setCurrentIndex(1)
        self.format = QComboBox(self)
        self.format.setObjectName("report_format")
        for fmt in self.spec.formats:
            self.format.addItem(fmt.upper(), fmt)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.lang)
        self.format_label = QLabel(self)
        self.format_label.setBuddy(self.format)
        self.error = H.ErrorLabel("report", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                       self)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.lang_label, self.lang)
        form.addRow(self.format_label, self.format)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.saved_to: Path | None = None
        self.retranslate()

    def default_name(self) -> str:
        title = self.spec.title.get(self.lang.currentData(), self.name)
        return f"{title}.{self.format.currentData()}"

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(Path.home() / self.default_name()))
        if path:
            self.write(Path(path), open_after=True)

    def write(self, path: Path, open_after: bool = False) -> bool:
        """Build the report into `path`; say why on a refusal."""
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            build_report(self.db, self.name, ReportParams(lang=self.lang.currentData(),
                                                         competition=self.competition_id), fmt, path)
        except ServiceError as exc:
            self.error.show_error(exc.message())
            return False
        except OSError as exc:
            self.error.show_error(self.tr("The file could not be written: %1").replace("%1", str(exc)))
            return False
        self.saved_to = path
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.spec.title.get(i18n.language(), self.spec.title["en"]))
        self.lang_label.setText(self.tr("&Language of the document:"))
        self.format_label.setText(self.tr("&Format:"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
