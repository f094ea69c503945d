"""One table model for every list: rows are the frozen dataclasses of
app.services.browse, columns are described by `Column`.

`RowTableModel` shows the rows (money as "37 000,00", dates as dd.MM.yyyy,
codes as translated words), `RowFilterProxy` sorts by the real values (not by
the shown text) and keeps the rows whose shown texts contain every word of
the search, and `ListPage` puts a search line, the table and a row count
together.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.kyrgyz_text import fold, search_key
from app.domain.money import NBSP, format_amount, group_thousands
from app.ui.labels import EnumLabels

TEXT, INT, COUNT, MONEY, DATE, ENUM, NUMBER = "text", "int", "count", "money", "date", "enum", "number"
_RIGHT = {INT, COUNT, MONEY, NUMBER}
MAX_COLUMN_WIDTH = 380

# Kyrgyz (and Russian) alphabetical order; Python's code-point order would put
# ң ө ү after я.
_ALPHABET = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
_COLLATE = str.maketrans({ch: chr(0xE000 + i) for i, ch in enumerate(_ALPHABET)})


def collation_key(text: str) -> str:
    return (text or "").casefold().translate(_COLLATE)


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_number(text: str, value_type: str = "number") -> str:
    """An exact decimal given as text ("84615.9") shown as "84 615,9"; ratios as 1:x."""
    if not text:
        return ""
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    shown = sign + group_thousands(int(whole or "0")) + ("," + frac if frac else "")
    return "1:" + shown if value_type == "ratio" else shown


@dataclass(frozen=True)
class Column:
    """One column: which row field, its English title (translated in context
    "Columns"), how to show it, and for codes the words to show."""

    field: str
    title: str
    kind: str = TEXT
    labels: EnumLabels | None = None
    stretch: bool = False          # takes the remaining width

    def value(self, row) -> Any:
        return getattr(row, self.field)

    def display(self, row) -> str:
        value = self.value(row)
        if value is None:
            return ""
        if self.kind == MONEY:
            return format_amount(value)
        if self.kind == DATE:
            return format_date(value)
        if self.kind == ENUM:
            return self.labels.label(value) if self.labels else str(value)
        if self.kind == COUNT:
            return group_thousands(value)
        if self.kind == NUMBER:
            return format_number(value, getattr(row, "value_type", "number"))
        return str(value)

    def tooltip(self, row) -> str:
        if self.kind == ENUM and self.labels:
            return self.labels.long_label(self.value(row))
        return self.display(row)

    def sort_key(self, row):
        value = self.value(row)
        if self.kind in (INT, COUNT, MONEY):
            return float("-inf") if value is None else value
        if self.kind == DATE:
            return value or date.min
        if self.kind == NUMBER:
            try:
                return Decimal(value) if value else Decimal("-Infinity")
            except InvalidOperation:
                return Decimal("-Infinity")
        return collation_key(self.display(row))


class RowTableModel(QAbstractTableModel):
    """Rows (frozen dataclasses) under a list of `Column`s. Read-only."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list = []
        self._search_text: dict[int, str] = {}

    # --- data in
    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_text.clear()
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, index: int):
        return self._rows[index]

    def retranslate(self) -> None:
        """Titles and words changed language: tell the views."""
        self._search_text.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # --- for the proxy
    def search_text(self, source_row: int) -> str:
        text = self._search_text.get(source_row)
        if text is None:
            row = self._rows[source_row]
            # every reading of text typed in an old Kyrgyz font, folded
            text = search_key("\n".join(c.display(row) for c in self.columns))
            self._search_text[source_row] = text
        return text

    def sort_key(self, source_row: int, column: int):
        return self.columns[column].sort_key(self._rows[source_row])

    # --- QAbstractTableModel
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.kind in _RIGHT else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return QCoreApplication.translate("Columns", self.columns[section].title)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's real values; keeps rows whose shown texts
    contain every word typed in the search line (any case)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = fold(text or "").split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().search_text(source_row)
        return all(word in text for word in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        if a == b:
            return left.row() < right.row()   # keep the service's order among equals
        return a < b


def heading_label(parent: QWidget) -> QLabel:
    """A page's title: bold, a little larger than the text."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


class ListPage(QWidget):
    """A search line, a sortable table and the row count under it.

    `loader(db)` returns the rows; `load(db)` calls it. Text re-translates on
    QEvent.LanguageChange.
    """

    def __init__(self, name: str, columns: Sequence[Column], loader: Callable, heading: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.loader = loader
        self.heading_source = heading
        self.loaded = False

        self.heading = heading_label(self)
        self.heading.setObjectName(f"{name}_heading")
        self.heading.setVisible(heading is not None)

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}_search")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)

        self.model = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(self.proxy)
        # the service's order until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)

        self.count = QLabel(self)
        self.count.setObjectName(f"{name}_count")

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self.proxy.set_search)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.db = None
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.triggered.connect(self.show_history)
        self.table.addAction(self.history_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.retranslate()

    def selected_row(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def show_history(self):
        """The audit trail of the selected record (Ctrl+H or the context menu)."""
        row = self.selected_row()
        if row is None or self.db is None or not hasattr(row, "id"):
            return None
        from app.ui.history import HistoryDialog

        title = getattr(row, "title", None) or getattr(row, "full_name", None) or getattr(row, "reg_number", "")
        dialog = HistoryDialog(self.db, row.id, str(title), self)
        dialog.open()
        return dialog

    # --- data
    def load(self, db) -> None:
        self.db = db
        self.model.set_rows(self.loader(db))
        self.loaded = True
        self.fit_columns()
        self._update_count()

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            if header.sectionSize(i) > MAX_COLUMN_WIDTH:
                header.resizeSection(i, MAX_COLUMN_WIDTH)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    def total_count(self) -> int:
        return self.model.rowCount()

    def _update_count(self, *_args) -> None:
        shown, total = self.visible_count(), self.total_count()
        if total == 0:
            text = self.tr("No records yet")
        elif self.proxy.search_words():
            text = self.tr("Found: %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        else:
            text = self.tr("Records: %1").replace("%1", str(total))
        self.count.setText(text)

    # --- language
    def retranslate(self) -> None:
        if self.heading_source:
            self.heading.setText(QCoreApplication.translate("Areas", self.heading_source))
        self.search_label.setText(self.tr("&Search:"))
        self.history_action.setText(self.tr("&History of this record…"))
        self.search.setPlaceholderText(self.tr("Type words to find, e.g. a name, village or number"))
        self.model.retranslate()
        self._update_count()
        if self.loaded:
            self.fit_columns()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
