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
from functools import partial
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QIdentityProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.kyrgyz_text import fold, search_key
from app.domain.money import format_amount, group_thousands
from app.ui.jobs import run_busy
from app.ui.labels import EnumLabels
from app.ui.shell_pages import heading_label  # noqa: F401 (pages import it from here)

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


class RowsSource:
    """A loader's whole list (for the short lists of one record: a project's
    events, a competition's plan), paged from memory: sorted by the columns'
    real values and searched in the shown texts, as the SQL lists are."""

    def __init__(self, loader: Callable, columns: Sequence[Column]):
        self.loader = loader
        self.columns = list(columns)
        self.db = None
        self._rows: list = []
        self._search: dict[int, str] = {}

    def reload(self, db) -> None:
        self.db = db
        self._rows = list(self.loader(db))
        self._search = {}

    def can_sort(self, field: str) -> bool:
        return True

    def _text(self, i: int) -> str:
        text = self._search.get(i)
        if text is None:
            row = self._rows[i]
            text = self._search[i] = search_key("\n".join(c.display(row) for c in self.columns))
        return text

    def _selected(self, search: str, sort: str | None, descending: bool) -> list:
        words = fold(search or "").split()
        keep = [i for i in range(len(self._rows)) if all(w in self._text(i) for w in words)]
        column = next((c for c in self.columns if c.field == sort), None)
        if column is not None:
            keep.sort(key=lambda i: column.sort_key(self._rows[i]), reverse=descending)   # stable among equals
        return [self._rows[i] for i in keep]

    def page(self, search: str = "", sort: str | None = None, descending: bool = False, after=None,
             limit: int = 200):
        rows = self._selected(search, sort, descending)
        start = after or 0
        return _Page(rows[start:start + limit], start + limit, start + limit < len(rows))

    def count(self, search: str = "", at_most: int | None = None) -> int:
        return len(self._selected(search, None, False)) if search else len(self._rows)

    def counter(self, search: str = "") -> Callable[[], int]:
        n = self.count(search)          # in memory: at once
        return lambda: n


@dataclass
class _Page:
    rows: list
    last_key: Any
    more: bool


class ServiceSource:
    """A list read page by page by a service (app.services.browse.Listing or
    anything with its `page`/`count`/`can_sort`), with the page's filters."""

    def __init__(self, listing, filters: Callable[[], dict] | None = None):
        self.listing = listing
        self.filters = filters or (lambda: {})
        self.db = None

    def reload(self, db) -> None:
        self.db = db

    def can_sort(self, field: str) -> bool:
        return self.listing.can_sort(field)

    columns: list = []

    def _codes(self, search: str) -> dict:
        """Words of the search that are (part of) a shown word for a code: the
        codes they stand for, by field, so "winner" in Kyrgyz finds the stored code."""
        out = {}
        for word in fold(search or "").split():
            for c in self.columns:
                if c.kind == ENUM and c.labels:
                    codes = [code for code in c.labels.texts if word in fold(c.labels.label(code))]
                    if codes:
                        out.setdefault(word, []).append((c.field, codes))
        return out

    def page(self, search: str = "", sort: str | None = None, descending: bool = False, after=None,
             limit: int = 200):
        if self.db is None:
            return _Page([], None, False)
        return self.listing.page(self.db, search=search, sort=sort, descending=descending, after=after, limit=limit,
                                 codes=self._codes(search), **self.filters())

    def count(self, search: str = "", at_most: int | None = None) -> int:
        """The rows (SELECT count(*)); with `at_most`, counting stops there."""
        return self.counter(search, at_most)()

    def counter(self, search: str = "", at_most: int | None = None) -> Callable[[], int]:
        """`count(search)` as a function of plain values, for a worker thread:
        the page's filters are read here, on the GUI thread."""
        if self.db is None:
            return lambda: 0
        return partial(self.listing.count, self.db, search=search, codes=self._codes(search), at_most=at_most,
                       **self.filters())



def make_source(loader, columns: Sequence[Column]):
    """A loader function (db -> rows) pages from memory; a service listing pages in SQL."""
    if isinstance(loader, RowsSource):
        return loader
    if isinstance(loader, ServiceSource):
        loader.columns = list(columns)
        return loader
    if hasattr(loader, "page") and hasattr(loader, "count"):
        source = ServiceSource(loader)
        source.columns = list(columns)
        return source
    return ServiceSource(loader) if hasattr(loader, "page") and hasattr(loader, "count") else RowsSource(loader, columns)


class RowTableModel(QAbstractTableModel):
    """A lazy table: rows (frozen dataclasses) under a list of `Column`s, a
    page at a time (`canFetchMore`/`fetchMore` as the view scrolls), sorted
    and searched by its source (SQL for the big lists), counted by it.
    Read-only."""

    PAGE = 200
    COUNT_LIMIT = 10_000     # the line under a list counts this far at once, the rest when asked ("Count all")

    def __init__(self, columns: Sequence[Column], parent=None, source=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.source = source
        self._rows: list = []
        self._last = None
        self._more = False
        self._search = ""
        self._sort: tuple[str, bool] | None = None
        self._counts: dict[str, int] = {}
        self._beyond: set[str] = set()     # searches known to have more than COUNT_LIMIT rows
        self._fetching = False
        self.generation = 0          # one more at each reading anew (counts taken before it are stale)

    # --- data in
    def set_source(self, source) -> None:
        self.source = source

    def set_rows(self, rows: Sequence, columns: Sequence[Column] | None = None) -> None:
        """Show exactly these rows (a list with nothing loaded from a database),
        under new `columns` if given."""
        self.beginResetModel()
        try:
            if columns is not None:
                self.columns = list(columns)
            self.source = RowsSource(lambda db: list(rows), self.columns)
            self.source.reload(None)
            self._first_page()
        finally:
            self.endResetModel()

    def reload(self, keep_whole_count: bool = False) -> None:
        """Read the first page again (after load, a new search or sort)."""
        self.beginResetModel()
        try:
            self._first_page(keep_whole_count)
        finally:
            self.endResetModel()

    def _first_page(self, keep_whole_count: bool = False) -> None:
        self.generation += 1
        whole = self._counts.get("") if keep_whole_count else None
        whole_beyond = keep_whole_count and "" in self._beyond
        self._counts.clear()
        self._beyond.clear()
        if whole is not None:
            self._counts[""] = whole
        if whole_beyond:
            self._beyond.add("")
        self._rows, self._last, self._more = [], None, False
        if self.source is not None:
            self._append(self.source.page(self._search, *(self._sort or (None, False)), after=None, limit=self.PAGE))

    def _append(self, page) -> None:
        self._rows.extend(page.rows)
        self._last, self._more = page.last_key, page.more
        if not page.more and not self._search:
            self._counts.setdefault("", len(self._rows))
        if not page.more:
            self._counts.setdefault(self._search, len(self._rows))

    def rows(self) -> list:
        """The rows read so far (every row once the view scrolled to the end, or after `fetch_all`)."""
        return list(self._rows)

    def fetch_all(self) -> list:
        while self._more:
            self.fetchMore(QModelIndex())
        return self.rows()

    def row_at(self, index: int):
        return self._rows[index]

    def index_of(self, row_id: str, max_pages: int = 50) -> int | None:
        """The row number of the row with this id, reading up to `max_pages` more pages to find it."""
        for _ in range(max_pages + 1):
            for i, row in enumerate(self._rows):
                if getattr(row, "id", None) == row_id:
                    return i
            if not self._more:
                return None
            self.fetchMore(QModelIndex())
        return None

    def set_search(self, text: str) -> bool:
        if text == self._search:
            return False
        self._search = text
        self.reload(keep_whole_count=True)      # the whole list's count does not change with the search
        return True

    def search(self) -> str:
        return self._search

    def known_counts(self) -> dict[str, int]:
        """The counts known without asking the database (search -> rows)."""
        return dict(self._counts)

    def total(self, search: str | None = None) -> int:
        """The number of rows (with the search, by default the current one): SELECT count(*)."""
        key = self._search if search is None else search
        if key not in self._counts:
            self._set_count(key, self.source.count(key) if self.source is not None else 0)
        return self._counts[key]

    def counters(self) -> dict[str, Callable[[], int]]:
        """Functions that count the whole list and the current search exactly
        (for a worker thread: `Count all` on a district's list); `set_counts`
        takes their results."""
        keys = {"", self._search}
        if self.source is None:
            return {k: (lambda: 0) for k in keys}
        return {k: self.source.counter(k) for k in keys}

    def set_counts(self, counts: dict[str, int], generation: int) -> None:
        """The counts of `counters()` taken at `generation`; dropped if the
        list was read anew meanwhile (its filters or data changed)."""
        if generation != self.generation:
            return
        for key, n in counts.items():
            self._set_count(key, n)

    def _set_count(self, key: str, n: int) -> None:
        self._counts[key] = n
        self._beyond.discard(key)

    def shown_total(self, search: str | None = None) -> tuple[int, bool]:
        """(rows, exact) for the line under the list: counted up to
        COUNT_LIMIT, so a district's million events do not hold up the first
        page; (COUNT_LIMIT, False) means "more than that" until `total()`
        counts them all."""
        key = self._search if search is None else search
        if key in self._counts:
            return self._counts[key], True
        if key in self._beyond:
            return self.COUNT_LIMIT, False
        n = self.source.count(key, at_most=self.COUNT_LIMIT + 1) if self.source is not None else 0
        if n <= self.COUNT_LIMIT:
            self._counts[key] = n
            return n, True
        self._beyond.add(key)
        return self.COUNT_LIMIT, False

    def retranslate(self) -> None:
        """Titles and words changed language: tell the views."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # --- QAbstractTableModel
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more or self.source is None or self._fetching:
            return
        self._fetching = True      # a view asking again while the rows go in gets nothing twice
        try:
            page = self.source.page(self._search, *(self._sort or (None, False)), after=self._last, limit=self.PAGE)
            self._more = False
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._append(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Re-read in the column's order (only columns the source can sort by; -1: the list's own order)."""
        if column < 0 or column >= len(self.columns):
            wanted = None
        else:
            field = self.columns[column].field
            if self.source is None or not self.source.can_sort(field):
                return
            wanted = (field, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        self.reload(keep_whole_count=True)      # another order, the same rows

    def can_sort(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.source is not None and \
            self.source.can_sort(self.columns[column].field)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
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


class RowFilterProxy(QIdentityProxyModel):
    """The view's model: the lazy model's rows as they are (its source sorts
    and searches, in SQL for the big lists); sorting and the search words are
    passed on to it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = fold(text or "").split()
        if words == self._words:
            return
        self._words = words
        self.sourceModel().set_search(" ".join(words))

    def search_words(self) -> list[str]:
        return list(self._words)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


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

        self.model = RowTableModel(columns, self, make_source(loader, columns))
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
        self.count_all = QPushButton(self)          # shown when the line says "more than"
        self.count_all.setObjectName(f"{name}_count_all")
        self.count_all.setFlat(True)
        self.count_all.hide()
        self.count_all.clicked.connect(self.count_everything)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.count_all)
        bottom.addStretch(1)
        layout.addLayout(bottom)

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

    def current_row(self):
        """The row under the cursor when it is also selected (None otherwise:
        after a click elsewhere the cursor can stay on a row no longer chosen)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
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
        """Read the first page (the rest as the table scrolls)."""
        self.db = db
        if not isinstance(self.model.source, ServiceSource) and getattr(self.model.source, "loader", None) \
                is not self.loader:
            self.model.set_source(make_source(self.loader, self.model.columns))
        self.model.source.reload(db)
        self.model.reload()
        self.loaded = True
        self.fit_columns()
        self._update_count()

    def fit_columns(self) -> None:
        """Columns as wide as their contents (at most MAX_COLUMN_WIDTH); a
        stretching column takes the width left over, but only when there is
        some: with more columns than fit (a total per category) it keeps its
        contents' width and the table scrolls sideways, so the names stay readable."""
        header = self.table.horizontalHeader()
        for i in range(len(self.model.columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for i in range(len(self.model.columns)):
            if header.sectionSize(i) > MAX_COLUMN_WIDTH:
                header.resizeSection(i, MAX_COLUMN_WIDTH)
        wide = sum(header.sectionSize(i) for i in range(len(self.model.columns)))
        if wide <= self.table.viewport().width():
            for i, column in enumerate(self.model.columns):
                if column.stretch:
                    header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

    def select_row_id(self, row_id: str) -> bool:
        """Select the row with this id, reading further pages until it is found."""
        index = self.model.index_of(row_id)
        if index is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(index, 0)).row())
        return True

    def refresh(self) -> None:
        """Read the list again from the database (the data changed), keeping
        the selected row and the scroll position: a save made in a dialog
        or another page must not take the user's place in the list away."""
        if self.db is None:
            return
        row_id = getattr(self.current_row(), "id", None)
        scroll = self.table.verticalScrollBar().value()
        self.load(self.db)
        if row_id is not None:
            self.select_row_id(row_id)
        self.table.verticalScrollBar().setValue(scroll)

    def visible_count(self) -> int:
        """Rows that match the search (SELECT count(*)), loaded or not."""
        return self.model.total()

    def total_count(self) -> int:
        """Rows of the whole list (SELECT count(*))."""
        return self.model.total("")

    def _update_count(self, *_args) -> None:
        """The line under the list; a long list is counted to COUNT_LIMIT and
        shown as "10000+" with a button that counts it all."""
        (shown, shown_exact), (total, total_exact) = self.model.shown_total(), self.model.shown_total("")
        searching = bool(self.proxy.search_words())

        def number(n: int, exact: bool) -> str:
            return str(n) if exact else f"{n}+"

        if total == 0:
            text = self.tr("No records yet")
        elif searching:
            text = self.tr("Found: %1 of %2").replace("%1", number(shown, shown_exact)) \
                .replace("%2", number(total, total_exact))
        else:
            text = self.tr("Records: %1").replace("%1", number(total, total_exact))
        self.count.setText(text)
        self.count_all.setText(self.tr("Count all"))
        self.count_all.setVisible(not total_exact or (searching and not shown_exact))

    def count_everything(self) -> bool:
        """Count the whole list (and the search's rows) exactly: SELECT
        count(*), off the GUI thread with Cancel. False: cancelled."""
        counters, generation = self.model.counters(), self.model.generation
        busy = run_busy(self, self.tr("Counting the records…"),
                        lambda: {key: count() for key, count in counters.items()})
        if busy.done:
            self.model.set_counts(busy.result, generation)
        self._update_count()
        return busy.done

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
