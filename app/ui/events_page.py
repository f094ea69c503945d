"""The Events area: every event of every project, and under the list the
people reached by category for a chosen period and village (a part such as
girls is shown under its whole and never added twice)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.services import browse
from app.services import projects as PS
from app.domain.cycle import parents_first
from app.ui.dates import date_edit
from app.ui.jobs import run_busy
from app.ui.table import COUNT, TEXT, Column, ListPage, RowTableModel

PROJECT_COLUMN = Column("name", QT_TRANSLATE_NOOP("Columns", "Project"), TEXT, stretch=True)


class _TotalsRow:
    """A row of the totals: a project's (or all events') people by category column."""

    def __init__(self, name: str, counts: dict):
        self.name = name
        self.__dict__.update(counts)


def _date_edit(parent, name: str) -> QDateEdit:
    return date_edit(parent, name, optional=False)


class EventsPage(QWidget):
    ADD_UP_LIMIT = RowTableModel.COUNT_LIMIT     # events in the period added up at once; more when asked

    def __init__(self, columns, heading: str, parent=None):
        super().__init__(parent)
        self.setObjectName("events")
        self.db = None
        self.loaded = False
        self._added_up = None      # ((db, period, village), totals) added up on request
        self.list = ListPage("events_list", columns, browse.listing("events"), heading, parent=self)
        self.box = QGroupBox(self)
        self.box.setObjectName("events_totals")
        self.from_label, self.to_label, self.village_label = QLabel(self.box), QLabel(self.box), QLabel(self.box)
        self.date_from = _date_edit(self.box, "totals_from")
        self.date_to = _date_edit(self.box, "totals_to")
        self.village = QComboBox(self.box)
        self.village.setObjectName("totals_village")
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        self.village_label.setBuddy(self.village)
        self.table = ListPage("totals_table", [], lambda db: [], parent=self.box)
        self.summary = QLabel(self.box)
        self.summary.setObjectName("totals_summary")
        self.summary.setWordWrap(True)
        self.add_up = QPushButton(self.box)          # a period of more than ADD_UP_LIMIT events: added up on request
        self.add_up.setObjectName("totals_add_up")
        self.add_up.hide()
        self.add_up.clicked.connect(lambda: self._totals(asked=True))
        row = QHBoxLayout()
        for w in (self.from_label, self.date_from, self.to_label, self.date_to, self.village_label, self.village):
            row.addWidget(w)
        row.addStretch(1)
        inner = QVBoxLayout(self.box)
        inner.addLayout(row)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.add_up)
        inner.addLayout(summary)
        inner.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.box, 2)
        for signal in (self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(lambda *_: self._totals())
        self.village.currentIndexChanged.connect(lambda *_: self._totals())
        self.retranslate()

    def lists(self) -> list[ListPage]:
        return [self.list]

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("People reached"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.village_label.setText(self.tr("&Village:"))
        self.add_up.setText(self.tr("&Add up"))
        if self.village.count():
            self.village.setItemText(0, self.tr("all villages"))
        self._totals()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, db) -> None:
        self.db = db
        self.list.load(db)
        span = browse.event_span(db)
        first, last = (span.first, span.last) if span.first else (date.today().replace(month=1, day=1), date.today())
        current = self.village.currentData()
        for w in (self.date_from, self.date_to, self.village):
            w.blockSignals(True)
        if not self.loaded:
            self.date_from.setDate(QDate(first.year, first.month, first.day))
            self.date_to.setDate(QDate(last.year, last.month, last.day))
        self.village.clear()
        self.village.addItem(self.tr("all villages"), None)
        for v in span.places:
            self.village.addItem(v, v)
        self.village.setCurrentIndex(max(0, self.village.findData(current)))
        for w in (self.date_from, self.date_to, self.village):
            w.blockSignals(False)
        self.loaded = True
        self._added_up = None          # the data may have changed: figures added up before are read anew
        self._totals()

    def _totals(self, asked: bool = False) -> None:
        """The people reached in the period and village. More than
        ADD_UP_LIMIT events (a district's ten years) are added up only when
        asked (Add up), so opening the area does not wait for them."""
        if self.db is None:
            return
        lang = i18n.language()
        period = self.date_from.date().toPython(), self.date_to.date().toPython()
        village = self.village.currentData()
        kept = self._added_up
        if not asked and kept is not None and kept[0] == (self.db, period, village):
            t = kept[1]             # added up on request, shown again (another language): not read again
        elif asked:                 # a district's years: off the GUI thread, with Cancel
            busy = run_busy(self, self.tr("Adding up the people reached…"), PS.participant_totals, self.db, *period,
                            village=village)
            if not busy.done:
                return              # cancelled: the line and the button stay as they were
            t = busy.result
            self._added_up = ((self.db, period, village), t)
        else:
            n = PS.count_held_events(self.db, *period, village=village, at_most=self.ADD_UP_LIMIT + 1)
            if n > self.ADD_UP_LIMIT:
                self.summary.setText(self.tr("More than %1 events in the period: choose a shorter period or a "
                                             "village, or add them all up.").replace("%1", str(self.ADD_UP_LIMIT)))
                self.add_up.show()
                self.table.model.set_rows([], [PROJECT_COLUMN])
                self.table._update_count()
                return
            t = PS.participant_totals(self.db, *period, village=village)
        self.add_up.hide()
        # each category followed by its own parts (fathers under men, not under children)
        cats = [c for c in parents_first(PS.list_categories(self.db)) if c.id in t.by_category]
        self.summary.setText(self.tr("%1 people at %2 events.").replace("%1", str(t.reached))
                             .replace("%2", str(t.events)))
        # one row per project (and one for all events), one column per category: a lazy table
        columns = [PROJECT_COLUMN]
        columns += [Column(f"c{i}", (c.name(lang) if not c.parent_id else "· " + c.name(lang)), COUNT)
                    for i, c in enumerate(cats)]

        def row(name: str, counts: dict):
            return _TotalsRow(name, {f"c{i}": counts.get(c.id) for i, c in enumerate(cats)})

        rows = [row(self.tr("All events"), t.by_category)] + [row(p, t.by_project[p]) for p in sorted(t.by_project)]
        self.table.model.set_rows(rows, columns)
        self.table.loaded = True
        self.table.fit_columns()
        self.table._update_count()
