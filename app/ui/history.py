"""The history of one record: who changed which field, when, from what to what."""
from __future__ import annotations

from datetime import timedelta, timezone

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.history import record_history

BISHKEK = timezone(timedelta(hours=6), "Asia/Bishkek")  # no daylight saving since 2005


class HistoryDialog(QDialog):
    def __init__(self, db, row_id: str, title: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of the record"))
        self.rows = record_history(db, row_id)
        self.caption = QLabel(title or row_id, self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 6, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Office"),
                                              self.tr("Field"), self.tr("Was"), self.tr("Became")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        actions = {"insert": self.tr("created"), "delete": self.tr("deleted"), "purge": self.tr("removed")}
        for r, h in enumerate(self.rows):
            field = h.field or actions.get(h.action, h.action)
            if h.action == "insert" and h.field:
                field = f"{h.field} ({actions['insert']})"
            values = (h.at.astimezone(BISHKEK).strftime("%d.%m.%Y %H:%M:%S"), h.user_name, h.office, field,
                      h.old_value or "", h.new_value or "")
            for c, text in enumerate(values):
                item = QTableWidgetItem(text[:300])
                item.setToolTip(text[:3000])
                self.table.setItem(r, c, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
