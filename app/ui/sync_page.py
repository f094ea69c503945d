"""The Sync area: this office, export and import of package files, the
trusted offices and what each has not yet received, and conflict review."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QFileSystemWatcher, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import sync
from app.services.auth import Perm, allowed
from app.services.errors import ServiceError
from app.ui.form_helpers import confirm, run_form
from app.ui.jobs import Job, JobRunner
from app.ui.settings import open_settings

WATCH_KEY = "sync/watched_folder"
PACKAGE_SUFFIX = ".demilge"


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return exc.message()
    return str(exc)



# what a person calls the records and fields a conflict can be about
TABLE_WORDS = {
    "municipality": QT_TRANSLATE_NOOP("SyncTables", "Municipality"),
    "competition": QT_TRANSLATE_NOOP("SyncTables", "Competition"),
    "applicant": QT_TRANSLATE_NOOP("SyncTables", "Applicant"),
    "application": QT_TRANSLATE_NOOP("SyncTables", "Application"),
    "application_cofinancing": QT_TRANSLATE_NOOP("SyncTables", "Co-financing"),
    "commission": QT_TRANSLATE_NOOP("SyncTables", "Commission"),
    "commission_member": QT_TRANSLATE_NOOP("SyncTables", "Commission member"),
    "scoring_criterion": QT_TRANSLATE_NOOP("SyncTables", "Scoring criterion"),
    "meeting": QT_TRANSLATE_NOOP("SyncTables", "Meeting"),
    "score": QT_TRANSLATE_NOOP("SyncTables", "Score"),
    "vote": QT_TRANSLATE_NOOP("SyncTables", "Vote"),
    "decision": QT_TRANSLATE_NOOP("SyncTables", "Decision"),
    "project": QT_TRANSLATE_NOOP("SyncTables", "Project"),
    "budget_line": QT_TRANSLATE_NOOP("SyncTables", "Budget line"),
    "expense": QT_TRANSLATE_NOOP("SyncTables", "Expense"),
    "participant_category": QT_TRANSLATE_NOOP("SyncTables", "Participant category"),
    "event": QT_TRANSLATE_NOOP("SyncTables", "Event"),
    "event_participants": QT_TRANSLATE_NOOP("SyncTables", "Participants of an event"),
    "material": QT_TRANSLATE_NOOP("SyncTables", "Material"),
    "media_coverage": QT_TRANSLATE_NOOP("SyncTables", "Media coverage"),
    "competition_plan_step": QT_TRANSLATE_NOOP("SyncTables", "Step of a competition's work plan"),
    "grant_tranche": QT_TRANSLATE_NOOP("SyncTables", "Tranche of a grant"),
    "grant_payment": QT_TRANSLATE_NOOP("SyncTables", "Payment of a grant"),
    "executor_report": QT_TRANSLATE_NOOP("SyncTables", "Report of an executor"),
    "monitoring_visit": QT_TRANSLATE_NOOP("SyncTables", "Monitoring visit"),
    "acceptance_act": QT_TRANSLATE_NOOP("SyncTables", "Acceptance act"),
    "satisfaction_survey": QT_TRANSLATE_NOOP("SyncTables", "Satisfaction survey"),
    "project_attachment": QT_TRANSLATE_NOOP("SyncTables", "File of a project"),
    "development_program": QT_TRANSLATE_NOOP("SyncTables", "Development program"),
    "program_measure": QT_TRANSLATE_NOOP("SyncTables", "Measure"),
    "indicator": QT_TRANSLATE_NOOP("SyncTables", "Indicator"),
    "indicator_actual": QT_TRANSLATE_NOOP("SyncTables", "Indicator value"),
    # the registers (issue 19)
    "resolution": QT_TRANSLATE_NOOP("SyncTables", "Resolution"),
    "resolution_point": QT_TRANSLATE_NOOP("SyncTables", "Point of a resolution"),
    "hearing": QT_TRANSLATE_NOOP("SyncTables", "Public hearing"),
    "hearing_proposal": QT_TRANSLATE_NOOP("SyncTables", "Hearing proposal"),
    "need": QT_TRANSLATE_NOOP("SyncTables", "Need or proposal"),
    "local_budget": QT_TRANSLATE_NOOP("SyncTables", "Local budget"),
    "local_budget_allocation": QT_TRANSLATE_NOOP("SyncTables", "Local budget line"),
    "reserve_decision": QT_TRANSLATE_NOOP("SyncTables", "Reserve-fund decision"),
}
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("SyncFields", "title"),
    "name": QT_TRANSLATE_NOOP("SyncFields", "name"),
    "full_name": QT_TRANSLATE_NOOP("SyncFields", "full name"),
    "status": QT_TRANSLATE_NOOP("SyncFields", "status"),
    "requested_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "requested amount"),
    "awarded_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "grant amount"),
    "planned_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "planned amount"),
    "actual_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "actual amount"),
    "amount_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "amount"),
    "count": QT_TRANSLATE_NOOP("SyncFields", "number of people"),
    "held_on": QT_TRANSLATE_NOOP("SyncFields", "date"),
    "place": QT_TRANSLATE_NOOP("SyncFields", "place"),
    "village": QT_TRANSLATE_NOOP("SyncFields", "village"),
    "phone": QT_TRANSLATE_NOOP("SyncFields", "phone"),
    "goal": QT_TRANSLATE_NOOP("SyncFields", "goal"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncFields", "deleted"),
    "population": QT_TRANSLATE_NOOP("SyncFields", "population"),
    "due_on": QT_TRANSLATE_NOOP("SyncFields", "due date"),
    "reserve_fund_tyiyn": QT_TRANSLATE_NOOP("SyncFields", "reserve fund"),
}


def field_word(field: str | None) -> str:
    if not field:
        return ""
    source = FIELD_WORDS.get(field)
    return QCoreApplication.translate("SyncFields", source) if source else field.replace("_tyiyn", "").replace("_", " ")

class PassphraseDialog(QDialog):
    """The passphrase that protects a moved signing key (twice when saving)."""

    def __init__(self, twice: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.twice = twice
        self.setWindowTitle(self.tr("Signing key"))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setText(self.tr(
            "The key file is protected by this passphrase (at least 8 characters). Keep the file and the "
            "passphrase apart: whoever has both can sign packages in this office's name.") if twice else
            self.tr("The passphrase given when the key file was saved:"))
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphrase_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("passphrase_message")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if twice:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        if self.twice and self.first.text() != self.second.text():
            self.message.setText(self.tr("The passphrases differ."))
            return
        if self.twice and len(self.first.text()) < 8:
            self.message.setText(self.tr("The passphrase must have at least 8 characters."))
            return
        self.accept()


class SyncPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync_page")
        self.db = None
        self.loaded = False
        self.runner = JobRunner(self)
        self.job: Job | None = None
        self.last_result: sync.ImportResult | sync.ExportResult | None = None
        self.last_error: str | None = None

        self.office_box = QGroupBox(self)
        self.office_name = QLabel(self)
        self.office_name.setObjectName("sync_office_name")
        self.office_id = QLabel(self)
        self.office_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("sync_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_warning = QLabel(self)
        self.copy_warning.setObjectName("sync_copy_warning")
        self.copy_warning.setWordWrap(True)
        self.copy_warning.setStyleSheet("color: #a40000; font-weight: bold;")
        self.rename_button = QPushButton(self)
        self.rename_button.clicked.connect(self.ask_site_name)
        self.key_button = QPushButton(self)
        self.key_button.clicked.connect(self.ask_save_key)
        self.key_missing = QLabel(self)
        self.key_missing.setObjectName("sync_key_missing")
        self.key_missing.setWordWrap(True)
        self.key_missing.setStyleSheet("color: #a40000; font-weight: bold;")
        self.key_export_button = QPushButton(self)
        self.key_export_button.setObjectName("sync_key_export")
        self.key_export_button.clicked.connect(self.ask_export_signing_key)
        self.key_import_button = QPushButton(self)
        self.key_import_button.setObjectName("sync_key_import")
        self.key_import_button.clicked.connect(self.ask_import_signing_key)
        self.new_key_button = QPushButton(self)
        self.new_key_button.setObjectName("sync_new_key")
        self.new_key_button.clicked.connect(self.ask_new_key)
        self.office_form = QFormLayout()
        self.name_label, self.id_label, self.fingerprint_label = QLabel(self), QLabel(self), QLabel(self)
        self.office_form.addRow(self.name_label, self.office_name)
        self.office_form.addRow(self.id_label, self.office_id)
        self.office_form.addRow(self.fingerprint_label, self.fingerprint)
        office_buttons = QHBoxLayout()
        office_buttons.addWidget(self.rename_button)
        office_buttons.addWidget(self.key_button)
        office_buttons.addStretch(1)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.key_export_button)
        key_buttons.addWidget(self.key_import_button)
        key_buttons.addWidget(self.new_key_button)
        key_buttons.addStretch(1)
        office_layout = QVBoxLayout(self.office_box)
        office_layout.addLayout(self.office_form)
        office_layout.addWidget(self.copy_warning)
        office_layout.addWidget(self.key_missing)
        office_layout.addLayout(office_buttons)
        office_layout.addLayout(key_buttons)

        self.exchange_box = QGroupBox(self)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("sync_recipient")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("sync_export")
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("sync_import")
        self.import_button.clicked.connect(self.ask_import)
        self.watch_edit = QLineEdit(self)
        self.watch_edit.setObjectName("sync_watch_folder")
        self.watch_edit.setReadOnly(True)
        self.watch_button = QPushButton(self)
        self.watch_button.clicked.connect(self.ask_watch_folder)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("sync_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ex = QFormLayout(self.exchange_box)
        row = QHBoxLayout()
        row.addWidget(self.recipient, 1)
        row.addWidget(self.export_button)
        self.recipient_label = QLabel(self)
        ex.addRow(self.recipient_label, row)
        row2 = QHBoxLayout()
        row2.addWidget(self.import_button)
        row2.addStretch(1)
        self.import_label = QLabel(self)
        ex.addRow(self.import_label, row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.watch_edit, 1)
        row3.addWidget(self.watch_button)
        self.watch_label = QLabel(self)
        ex.addRow(self.watch_label, row3)
        ex.addRow(self.progress)
        ex.addRow(self.result_label)

        self.peers_box = QGroupBox(self)
        self.peers = QTableWidget(0, 4, self)
        self.peers.setObjectName("sync_peers")
        self._table_setup(self.peers)
        self.trust_button = QPushButton(self)
        self.trust_button.clicked.connect(self.ask_trust)
        self.revoke_button = QPushButton(self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        pl = QVBoxLayout(self.peers_box)
        pl.addWidget(self.peers)
        pb = QHBoxLayout()
        pb.addWidget(self.trust_button)
        pb.addWidget(self.revoke_button)
        pb.addStretch(1)
        pl.addLayout(pb)

        self.conflicts_box = QGroupBox(self)
        self.conflicts = QTableWidget(0, 6, self)
        self.conflicts.setObjectName("sync_conflicts")
        self._table_setup(self.conflicts)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self.keep_selected)
        self.take_button = QPushButton(self)
        self.take_button.clicked.connect(self.take_selected)
        cl = QVBoxLayout(self.conflicts_box)
        cl.addWidget(self.conflicts)
        cb = QHBoxLayout()
        cb.addWidget(self.keep_button)
        cb.addWidget(self.take_button)
        cb.addStretch(1)
        cl.addLayout(cb)

        top = QHBoxLayout()
        top.addWidget(self.office_box, 1)
        top.addWidget(self.exchange_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.peers_box, 1)
        layout.addWidget(self.conflicts_box, 1)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.check_watched_folder)
        self.retranslate()

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    # --- loading
    def load(self, db) -> None:
        self.db = db
        self.loaded = True
        info = sync.site_info(db)
        self.info = info
        self.office_name.setText(info.name)
        self.office_id.setText(info.site_id)
        self.fingerprint.setText(info.fingerprint)
        self.copy_warning.setVisible(info.needs_init)
        self.key_missing.setVisible(info.key_missing)
        may = allowed(db.actor.role, Perm.SYNC)
        may_key = allowed(db.actor.role, Perm.SYNC_KEY)
        self.export_button.setEnabled(may and not info.needs_init and not info.key_missing)
        for button in (self.import_button, self.trust_button, self.revoke_button, self.rename_button,
                       self.keep_button, self.take_button, self.watch_button, self.new_key_button):
            button.setEnabled(may)
        self.key_export_button.setEnabled(may_key and not info.key_missing)
        self.key_import_button.setEnabled(may_key)
        self.peer_rows = sync.peers(db)
        current = self.recipient.currentData()
        self.recipient.clear()
        self.recipient.addItem(self.tr("Everything, for any office"), None)
        for p in self.peer_rows:
            if not p.revoked:
                self.recipient.addItem(p.name, p.site_id)
        if current:
            index = self.recipient.findData(current)
            if index >= 0:
                self.recipient.setCurrentIndex(index)
        self.peers.setRowCount(len(self.peer_rows))
        for r, p in enumerate(self.peer_rows):
            state = self.tr("revoked") if p.revoked else self.tr("trusted")
            if p.clock_flagged:
                state += " · " + self.tr("clock far ahead")
            for c, text in enumerate((p.name, p.fingerprint, str(p.not_received), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.site_id)
                self.peers.setItem(r, c, item)
        self.conflict_rows = sync.list_conflicts(db)
        self.conflicts.setRowCount(len(self.conflict_rows))
        kinds = {"concurrent": self.tr("edited in two offices"), "hard": self.tr("refused change"),
                 "clock": self.tr("clock far ahead"), "seal": self.tr("protocol closed in two offices")}
        for r, c in enumerate(self.conflict_rows):
            what = QCoreApplication.translate("SyncTables", TABLE_WORDS[c.table_name]) \
                if c.table_name in TABLE_WORDS else c.table_name
            if c.record:
                what += ": " + c.record
            fld = self.tr("the closed protocol") if c.field == "__seal__" else field_word(c.field)
            values = (kinds.get(c.kind, c.kind), what, fld, c.kept_value or "",
                      c.other_value or "", c.created_at.strftime("%d.%m.%Y %H:%M"))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text[:200])
                item.setToolTip(text[:2000])
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.conflicts.setItem(r, col, item)
        self.keep_button.setEnabled(may and bool(self.conflict_rows))
        self.take_button.setEnabled(may and bool(self.conflict_rows))
        folder = open_settings().value(WATCH_KEY, "")
        self.set_watch_folder(folder or "")

    def refresh(self) -> None:
        if self.db is not None:
            self.load(self.db)

    # --- actions (the dialogs call these; tests call them directly)
    def export_to(self, path: Path, recipient: str | None) -> Job:
        self.last_error = None
        return self._run(sync.export_package, self.db, Path(path), recipient)

    def import_from(self, path: Path) -> Job:
        self.last_error = None
        return self._run(sync.import_package, self.db, Path(path))

    def _run(self, fn, *args) -> Job:
        self.progress.show()
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        job = Job(fn, *args)
        job.signals.finished.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        self.job = job
        return self.runner.start(job)

    def _job_done(self, result) -> None:
        self.progress.hide()
        self.last_result = result
        if isinstance(result, sync.ImportResult):
            if result.already_imported:
                text = self.tr("This package was imported before; nothing changed.")
            else:
                text = (self.tr("Imported: %1 applied, %2 already had, %3 waiting, %4 conflicts")
                        .replace("%1", str(result.applied)).replace("%2", str(result.already))
                        .replace("%3", str(result.waiting)).replace("%4", str(result.conflicts)))
            if result.set_aside:
                text += "\n" + (self.tr("%1 changes made by offices not trusted here were set aside: %2. "
                                        "Trust their key files to receive them.")
                                .replace("%1", str(result.set_aside)).replace("%2", ", ".join(result.set_aside_offices)))
        else:
            text = (self.tr("Package written and checked: %1 (%2 changes)")
                    .replace("%1", str(result.path)).replace("%2", str(result.entries)))
            if result.missing_attachments:
                text += "\n" + self.tr("%1 attached files are missing or damaged here and were not sent.").replace(
                    "%1", str(result.missing_attachments))
        self.result_label.setText(text)
        self.load(self.db)

    def _job_failed(self, exc) -> None:
        self.progress.hide()
        self.last_error = _error_text(exc)
        text = self.last_error
        if isinstance(exc, ServiceError) and "quarantine" in exc.params:
            text += "\n" + self.tr("The file was moved to quarantine: %1").replace("%1", exc.params["quarantine"])
        self.result_label.setText(text)
        self.load(self.db)

    def ask_export(self) -> None:
        recipient = self.recipient.currentData()
        name = "demilge-%s%s" % (self.info.name.replace(" ", "_"), PACKAGE_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save package"), name,
                                              self.tr("Demilge packages (*.demilge)"))
        if path:
            self.export_to(Path(path), recipient)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open package"), "",
                                              self.tr("Demilge packages (*.demilge);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def ask_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the other office's key file"), "",
                                              self.tr("Key files (*.json);;All files (*)"))
        if not path:
            return
        try:
            peer = sync.trust(self.db, Path(path))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Sync"), exc.message())
            return
        QMessageBox.information(self, self.tr("Sync"), self.tr(
            "Office %1 is trusted now. Compare this fingerprint by phone with the other office: %2")
            .replace("%1", peer.name).replace("%2", peer.fingerprint))
        self.load(self.db)

    def revoke_selected(self) -> None:
        row = self.peers.currentRow()
        if row < 0:
            return
        site = self.peers.item(row, 0).data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(self, self.tr("Sync"), self.tr(
            "Stop trusting %1? Its packages will be refused.").replace("%1", self.peers.item(row, 0).text()))
        if answer == QMessageBox.StandardButton.Yes:
            sync.revoke(self.db, site)
            self.load(self.db)

    def ask_site_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Office name"), self.tr("Name of this office:"),
                                        text=self.office_name.text())
        if ok:
            try:
                sync.init_site(self.db, name)
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Sync"), exc.message())
            self.load(self.db)

    def ask_save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this office's key"), "demilge-key.json",
                                              self.tr("Key files (*.json)"))
        if path:
            sync.export_key(self.db, Path(path))

    # --- the signing key
    def export_signing_key_to(self, path: Path) -> Path | None:
        """Save the signing key under a passphrase, to move the office."""
        dialog = PassphraseDialog(True, self)
        if not run_form(self, dialog):
            return None
        try:
            out = sync.export_signing_key(self.db, Path(path), dialog.passphrase())
        except ServiceError as exc:
            self.result_label.setText(exc.message())
            return None
        self.result_label.setText(self.tr(
            "The signing key was saved: %1. Keep the file and the passphrase apart.").replace("%1", str(out)))
        return out

    def import_signing_key_from(self, path: Path) -> bool:
        dialog = PassphraseDialog(False, self)
        if not run_form(self, dialog):
            return False
        try:
            sync.import_signing_key(self.db, Path(path), dialog.passphrase())
        except ServiceError as exc:
            self.result_label.setText(exc.message())
            return False
        self.result_label.setText(self.tr("The signing key is on this computer now."))
        self.load(self.db)
        return True

    def ask_export_signing_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the signing key"), "demilge-signing-key.key",
                                              self.tr("Signing keys (*.key)"))
        if path:
            self.export_signing_key_to(Path(path))

    def ask_import_signing_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a saved signing key"), "",
                                              self.tr("Signing keys (*.key);;All files (*)"))
        if path:
            self.import_signing_key_from(Path(path))

    def ask_new_key(self) -> bool:
        """Register this database as a new office with a new key (the key was
        lost, or may be known to others)."""
        if not confirm(self, self.tr("Sync"), self.tr(
                "Register this database as a new office with a new signing key? Use it when the key is lost or "
                "may be known to others. Every other office must then trust the new key file (and revoke the "
                "old office).")):
            return False
        try:
            sync.init_site(self.db, self.office_name.text(), new_key=True)
        except ServiceError as exc:
            self.result_label.setText(exc.message())
            return False
        self.load(self.db)
        return True

    def _selected_conflict(self) -> int | None:
        row = self.conflicts.currentRow()
        if row < 0:
            return None
        return self.conflicts.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def keep_selected(self) -> None:
        cid = self._selected_conflict()
        if cid is not None:
            sync.resolve_conflict(self.db, cid, take_other=False)
            self.load(self.db)

    def take_selected(self) -> None:
        cid = self._selected_conflict()
        if cid is not None:
            sync.resolve_conflict(self.db, cid, take_other=True)
            self.load(self.db)

    # --- watched folder
    def ask_watch_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to watch for packages"))
        if folder:
            open_settings().setValue(WATCH_KEY, folder)
            self.set_watch_folder(folder)

    def set_watch_folder(self, folder: str) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watch_edit.setText(folder)
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)

    def pending_in_watched_folder(self) -> list[Path]:
        folder = self.watch_edit.text()
        if not folder or not Path(folder).is_dir():
            return []
        return sorted(Path(folder).glob("*" + PACKAGE_SUFFIX))

    def check_watched_folder(self, _path: str = "") -> None:
        if self.job is not None and not self.job.done.is_set():
            return
        files = self.pending_in_watched_folder()
        if files:
            self.import_from(files[0])

    # --- language
    def retranslate(self) -> None:
        self.office_box.setTitle(self.tr("This office"))
        self.name_label.setText(self.tr("Name:"))
        self.id_label.setText(self.tr("Office id:"))
        self.fingerprint_label.setText(self.tr("Key fingerprint:"))
        self.copy_warning.setText(self.tr(
            "This database was copied from another computer. Register it as a new office before exporting."))
        self.rename_button.setText(self.tr("&Name or register office…"))
        self.key_button.setText(self.tr("Save &key file…"))
        self.key_missing.setText(self.tr(
            "This office's signing key is not on this computer: packages cannot be exported. Import the saved "
            "signing key, or register this database as a new office with a new key."))
        self.key_export_button.setText(self.tr("Save signing key…"))
        self.key_import_button.setText(self.tr("Import signing key…"))
        self.new_key_button.setText(self.tr("New key…"))
        self.exchange_box.setTitle(self.tr("Exchange by file"))
        self.recipient_label.setText(self.tr("Send to:"))
        self.export_button.setText(self.tr("&Export package…"))
        self.import_label.setText(self.tr("Received file:"))
        self.import_button.setText(self.tr("&Import package…"))
        self.watch_label.setText(self.tr("Watched folder:"))
        self.watch_button.setText(self.tr("Choose…"))
        self.peers_box.setTitle(self.tr("Trusted offices"))
        self.peers.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Key fingerprint"),
                                              self.tr("Changes not yet received"), self.tr("State")])
        self.trust_button.setText(self.tr("&Trust a key file…"))
        self.revoke_button.setText(self.tr("Re&voke"))
        self.conflicts_box.setTitle(self.tr("Conflicts to review"))
        self.conflicts.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Field"),
                                                  self.tr("Value kept"), self.tr("Other value"),
                                                  self.tr("Noticed")])
        self.keep_button.setText(self.tr("Keep the value"))
        self.take_button.setText(self.tr("Take the other value"))
        if self.db is not None:
            self.load(self.db)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
