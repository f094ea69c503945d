"""The first start: open the demo database or start an empty municipality."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.domain.enums import MunicipalityKind
from app.services import browse
from app.services.errors import ValidationError
from app.ui import labels as L
from app.ui.language import LANGUAGE_NAMES, LanguageSwitcher, save_language
from app.ui.table import heading_label

DEMO, EMPTY = "demo", "empty"


@dataclass(frozen=True)
class FirstRunChoice:
    mode: str                      # DEMO or EMPTY
    name: str = ""
    kind: str = ""
    district: str = ""
    region: str = ""


class FirstRunDialog(QDialog):
    """Asks how to start. With allow_demo=False only the municipality form
    is offered (a database that has no municipality yet)."""

    def __init__(self, switcher: LanguageSwitcher | None = None, allow_demo: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("first_run")
        self.switcher = switcher
        self.allow_demo = allow_demo
        self.choice: FirstRunChoice | None = None
        self._refusal: ValidationError | None = None

        self.heading = heading_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.language = QComboBox(self)
        self.language.setObjectName("first_run_language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        if switcher and switcher.current:
            self.language.setCurrentIndex(self.language.findData(switcher.current))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        self.demo = QRadioButton(self)
        self.demo.setObjectName("first_run_demo")
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.demo_note.setIndent(24)
        self.empty = QRadioButton(self)
        self.empty.setObjectName("first_run_empty")
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.empty)

        self.form_box = QGroupBox(self)
        self.name = QLineEdit(self.form_box)
        self.name.setObjectName("first_run_name")
        self.name.setMaxLength(browse.NAME_MAX)
        self.kind = QComboBox(self.form_box)
        self.kind.setObjectName("first_run_kind")
        for kind in MunicipalityKind:
            self.kind.addItem("", kind.value)
        self.district = QLineEdit(self.form_box)
        self.district.setMaxLength(browse.NAME_MAX)
        self.region = QLineEdit(self.form_box)
        self.region.setMaxLength(browse.NAME_MAX)
        self.form_labels = [QLabel(self.form_box) for _ in range(4)]
        form = QFormLayout(self.form_box)
        for label, field in zip(self.form_labels, (self.name, self.kind, self.district, self.region)):
            label.setBuddy(field)
            form.addRow(label, field)

        self.error = QLabel(self)
        self.error.setObjectName("first_run_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("first_run_start")
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(lang_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.empty)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for widget in (self.demo, self.demo_note):
            widget.setVisible(allow_demo)
        (self.demo if allow_demo else self.empty).setChecked(True)
        self.empty.setVisible(allow_demo)       # the only choice needs no button
        self.empty.toggled.connect(self._sync_enabled)
        self.language.currentIndexChanged.connect(self._on_language)
        self._sync_enabled()
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def _sync_enabled(self, *_args) -> None:
        self.form_box.setEnabled(self.empty.isChecked())
        if self.empty.isChecked() and self.isVisible():
            self.name.setFocus()

    def _on_language(self, index: int) -> None:
        lang = self.language.itemData(index)
        if self.switcher and lang != self.switcher.current:
            self.switcher.apply(lang)
            save_language(lang)

    def accept(self) -> None:
        if self.demo.isChecked() and self.allow_demo:
            self.choice = FirstRunChoice(DEMO)
            super().accept()
            return
        try:
            clean = browse.validate_municipality(self.name.text(), self.kind.currentData(), self.district.text(),
                                                 self.region.text())
        except ValidationError as exc:
            self._refusal = exc
            self._show_refusal()
            self.error.show()
            field = {"name": self.name, "kind": self.kind, "district": self.district, "region": self.region}
            field[next(iter(exc.errors))].setFocus()
            return
        self.choice = FirstRunChoice(EMPTY, clean["name"], clean["kind"], clean["district"] or "",
                                     clean["region"] or "")
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demilge — first start"))
        self.language_label.setText(self.tr("&Language:"))
        if self.allow_demo:
            self.heading.setText(self.tr("Welcome to Demilge"))
            self.intro.setText(self.tr("There is no database on this computer yet. How do you want to start?"))
        else:
            self.heading.setText(self.tr("Your municipality"))
            self.intro.setText(self.tr("This database has no municipality yet. Enter the one your office works for."))
        self.demo.setText(self.tr("&Open the demo database"))
        self.demo_note.setText(self.tr(
            "Real examples to look around and practise: Batken city (state social order, 2018), "
            "A. Orozbekov ayil aimak (local initiatives, 2021) and the Kara-Balta development program. "
            "It is kept in a separate file; your own work is not mixed with it."))
        self.empty.setText(self.tr("&Start an empty municipality"))
        self.form_box.setTitle(self.tr("Municipality"))
        for label, text in zip(self.form_labels, (self.tr("&Name:"), self.tr("&Kind:"), self.tr("&District:"),
                                                   self.tr("&Region:"))):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Ak-Suu ayil aimak"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, L.MUNICIPALITY_KIND.label(self.kind.itemData(i)))
        self.start_button.setText(self.tr("S&tart"))
        self.quit_button.setText(self.tr("&Quit") if self.allow_demo else self.tr("&Skip for now"))
        self._show_refusal()

    def _show_refusal(self) -> None:
        if self._refusal is not None:
            self.error.setText("\n".join(e.message() for e in self._refusal.errors.values()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

