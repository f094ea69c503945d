"""The Competitions area: the list (search, sort) with buttons to create a
competition, open one in the editor and print its announcement."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from app.services import browse
from app.services.auth import Perm
from app.ui import form_helpers as H
from app.ui.competition_dialog import CompetitionDialog
from app.ui.report_dialog import ReportDialog
from app.ui.roles import restrict
from app.ui.table import ListPage


class CompetitionsPage(ListPage):
    """A ListPage of competitions plus the actions on them."""

    changed = Signal()             # something was saved: other lists may need reloading

    def __init__(self, columns, heading: str | None = None, parent=None):
        super().__init__("competitions", columns, browse.listing("competitions"), heading, parent)
        self.db = None
        self.dialog: CompetitionDialog | None = None
        self.report_dialog: ReportDialog | None = None

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_competition")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_competition")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_announcement")
        self.prep_button = QPushButton(self)
        self.prep_button.setObjectName("competition_prep")
        self.prep_dialog = None
        bar = H.FlowLayout()
        for b in (self.new_button, self.open_button, self.print_button, self.prep_button):
            bar.addWidget(b)
        self.layout().insertLayout(1, bar)

        self.new_button.clicked.connect(self.new_competition)
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(self.print_announcement)
        self.prep_button.clicked.connect(self.open_preparation)
        self.table.activated.connect(self.open_current)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_competition)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def load(self, db) -> None:
        self.db = db
        super().load(db)
        self._update_buttons()

    def current_id(self) -> str | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select_id(self, competition_id: str) -> None:
        self.select_row_id(competition_id)

    def _update_buttons(self, *_args) -> None:
        has = self.current_id() is not None
        self.open_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.prep_button.setEnabled(has)     # a viewer reads and prints the plan too
        self.new_button.setEnabled(self.db is not None)
        restrict(getattr(self, "db", None), Perm.COMPETITIONS, self.new_button, self.open_button)

    # --- actions
    def _show_dialog(self, competition_id: str | None) -> CompetitionDialog:
        self.dialog = CompetitionDialog(self.db, competition_id, self)
        self.dialog.saved.connect(self._after_save)
        self.dialog.open()
        return self.dialog

    def new_competition(self) -> CompetitionDialog | None:
        if not self.new_button.isEnabled():  # Ctrl+N too: not for a role without the right
            return None
        if self.db is None:
            return None
        return self._show_dialog(None)

    def open_current(self, *_args) -> CompetitionDialog | None:
        if not self.open_button.isEnabled():
            return None
        cid = self.current_id()
        return self._show_dialog(cid) if cid else None

    def print_announcement(self) -> ReportDialog | None:
        cid = self.current_id()
        if not cid:
            return None
        self.report_dialog = ReportDialog(self.db, "announcement", cid, self)
        self.report_dialog.open()
        return self.report_dialog

    def open_preparation(self):
        """The competition's work plan, its own events and media, and results."""
        cid = self.current_id()
        if not cid:
            return None
        from app.ui.competition_prep_dialog import CompetitionPrepDialog

        index = self.model.index_of(cid)
        row = self.model.row_at(index) if index is not None else None
        self.prep_dialog = CompetitionPrepDialog(self.db, cid, H.competition_choice(row) if row else "", self)
        self.prep_dialog.open()
        return self.prep_dialog

    def _after_save(self, competition_id: str) -> None:
        self.load(self.db)
        self.select_id(competition_id)
        self.changed.emit()

    def mark_stale(self) -> None:
        """Another page changed data shown here: read it again when shown."""
        self.loaded = False

    # --- language
    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "new_button"):
            return
        self.new_button.setText(self.tr("&New competition…"))
        self.new_button.setToolTip(self.tr("Create a competition (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setToolTip(self.tr("Open the selected competition (Enter)"))
        self.print_button.setText(self.tr("&Print announcement…"))
        self.prep_button.setText(self.tr("&Work plan and preparation…"))
        self.prep_button.setToolTip(self.tr("The competition's work plan, its own events and media, and the "
                                            "results of its projects"))
