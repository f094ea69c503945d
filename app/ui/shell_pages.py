"""What the window's shell needs before its first paint: the areas of the
sidebar and their titles, page headings and the settings page. Kept light
(no lists, no labels of the domain's codes, no database layer): the pages
themselves (app.ui.areas) are imported when the first one is built."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.ui.language import LANGUAGE_NAMES

# --------------------------------------------------------------------------
# Areas of the sidebar, in order: (name, English title in context "Areas")

AREAS: tuple[tuple[str, str], ...] = (
    ("competitions", QT_TRANSLATE_NOOP("Areas", "Competitions")),
    ("applications", QT_TRANSLATE_NOOP("Areas", "Applications")),
    ("commission", QT_TRANSLATE_NOOP("Areas", "Grant commission")),
    ("projects", QT_TRANSLATE_NOOP("Areas", "Projects")),
    ("events", QT_TRANSLATE_NOOP("Areas", "Events")),
    ("program", QT_TRANSLATE_NOOP("Areas", "Development program")),
    ("figures", QT_TRANSLATE_NOOP("Areas", "Figures to check")),
    ("registers", QT_TRANSLATE_NOOP("Areas", "Registers")),
    ("reports", QT_TRANSLATE_NOOP("Areas", "Reports")),
    ("sync", QT_TRANSLATE_NOOP("Areas", "Synchronisation")),
    ("settings", QT_TRANSLATE_NOOP("Areas", "Settings")),
)
AREA_TITLES = dict(AREAS)


def area_title(name: str) -> str:
    return QCoreApplication.translate("Areas", AREA_TITLES[name])


def heading_label(parent: QWidget) -> QLabel:
    """A page's title: bold, a little larger than the text."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


class SettingsPage(QWidget):
    """Interface language (applied at once), the municipality, the database file."""

    language_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("settings")
        self.heading = heading_label(self)

        self.language_box = QGroupBox(self)
        self.language = QComboBox(self.language_box)
        self.language.setObjectName("language_combo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_label = QLabel(self.language_box)
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel(self.language_box)
        self.language_note.setWordWrap(True)
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_note)

        self.municipality_box = QGroupBox(self)
        self.mun_labels = [QLabel(self.municipality_box) for _ in range(4)]
        self.mun_values = [QLabel(self.municipality_box) for _ in range(4)]
        form = QFormLayout(self.municipality_box)
        for label, value in zip(self.mun_labels, self.mun_values):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)

        self.database_box = QGroupBox(self)
        self.db_label = QLabel(self.database_box)
        self.db_path = QLabel(self.database_box)
        self.db_path.setObjectName("db_path")
        self.db_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_path.setWordWrap(True)
        form = QFormLayout(self.database_box)
        form.addRow(self.db_label, self.db_path)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.language_box)
        layout.addWidget(self.municipality_box)
        layout.addWidget(self.database_box)
        layout.addStretch(1)
        self._layout = layout

        self._summary = None     # app.services.browse.MunicipalitySummary
        self.language.currentIndexChanged.connect(self._on_language_index)
        self.retranslate()

    def add_panel(self, widget: QWidget) -> None:
        """More settings (administration) below the database box."""
        self._layout.insertWidget(self._layout.count() - 1, widget, 1)

    def set_language(self, lang: str) -> None:
        """Show `lang` as chosen without emitting language_chosen."""
        index = self.language.findData(lang)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def set_info(self, summary, db_path) -> None:
        """`summary`: app.services.browse.MunicipalitySummary, or None."""
        self._summary = summary
        self.db_path.setText(str(db_path))
        self._fill_municipality()

    def _on_language_index(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def _fill_municipality(self) -> None:
        s = self._summary
        if s is None:
            values = [self.tr("not set yet"), "", "", ""]
        else:
            from app.ui import labels as L

            values = [s.name, L.MUNICIPALITY_KIND.label(s.kind), s.district, s.region]
        for label, value in zip(self.mun_values, values):
            label.setText(value)

    def retranslate(self) -> None:
        self.heading.setText(area_title("settings"))
        self.language_box.setTitle(self.tr("Interface language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_note.setText(self.tr("The new language is applied at once and remembered for the next start."))
        self.municipality_box.setTitle(self.tr("Municipality"))
        for label, text in zip(self.mun_labels, (self.tr("Name:"), self.tr("Kind:"), self.tr("District:"),
                                                 self.tr("Region:"))):
            label.setText(text)
        self.database_box.setTitle(self.tr("Database"))
        self.db_label.setText(self.tr("File:"))
        self._fill_municipality()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
