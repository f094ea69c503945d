"""Administration in the Settings area: users and roles, backups and restore."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backup, users
from app.services.auth import Perm, Role, allowed
from app.services.errors import ServiceError, ValidationError
from app.ui.labels import BACKUP_REASON
from app.ui.modal import exec_dialog


def role_label(widget: QWidget, role: str) -> str:
    """A role in the interface's language (one context, "Role", whatever
    widget shows it: widget.tr() would look in the widget's own class)."""
    names = {
        Role.ADMIN: QCoreApplication.translate("Role", "administrator"),
        Role.SPECIALIST: QCoreApplication.translate("Role", "specialist"),
        Role.SECRETARY: QCoreApplication.translate("Role", "commission secretary"),
        Role.CHAIR: QCoreApplication.translate("Role", "commission chair"),
        Role.VIEWER: QCoreApplication.translate("Role", "viewer"),
    }
    return names.get(role, role)


def size_label(size: int) -> str:
    """A file size in kilobytes, with the unit in the interface's language."""
    return QCoreApplication.translate("BackupReason", "%1 KB").replace(
        "%1", f"{size / 1024:,.0f}".replace(",", "\u00a0"))


class NewUserDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in (Role.SPECIALIST, Role.SECRETARY, Role.CHAIR, Role.VIEWER, Role.ADMIN):
            self.role.addItem(role_label(self, role), role.value)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("The password needs at least 8 characters."), self)
        self.hint.setObjectName("new_user_hint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("R&ole:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        for field in (self.username, self.full_name, self.role, self.password):
            form.labelForField(field).setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_create(self) -> None:
        try:
            users.create_user(self.db, self.username.text(), self.full_name.text(), self.role.currentData(),
                              self.password.text())
        except ValidationError as exc:
            self.message.setText("\n".join(e.message() for e in exc.errors.values()))
            return
        except ServiceError as exc:
            self.message.setText(exc.message())
            return
        self.accept()


class AdminPanel(QWidget):
    restore_requested = Signal(object)  # Path of the chosen backup

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("admin_panel")
        self.db = None

        self.account_box = QGroupBox(self)
        self.account_label = QLabel(self)
        self.account_label.setObjectName("account_label")
        self.change_password_button = QPushButton(self)
        self.change_password_button.setObjectName("change_password_button")
        self.change_password_button.clicked.connect(self.ask_change_password)
        al = QHBoxLayout(self.account_box)
        al.addWidget(self.account_label, 1)
        al.addWidget(self.change_password_button)

        self.users_box = QGroupBox(self)
        self.users_table = QTableWidget(0, 4, self)
        self.users_table.setObjectName("users_table")
        self._setup(self.users_table)
        self.add_user_button = QPushButton(self)
        self.add_user_button.clicked.connect(self.ask_new_user)
        self.toggle_user_button = QPushButton(self)
        self.toggle_user_button.clicked.connect(self.toggle_selected_user)
        ul = QVBoxLayout(self.users_box)
        ul.addWidget(self.users_table)
        ub = QHBoxLayout()
        ub.addWidget(self.add_user_button)
        ub.addWidget(self.toggle_user_button)
        ub.addStretch(1)
        ul.addLayout(ub)

        self.backup_box = QGroupBox(self)
        self.backups_table = QTableWidget(0, 3, self)
        self.backups_table.setObjectName("backups_table")
        self._setup(self.backups_table)
        self.backup_now_button = QPushButton(self)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.backup_folder_button = QPushButton(self)
        self.backup_folder_button.clicked.connect(self.ask_backup_folder)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.ask_restore)
        self.backup_message = QLabel(self)
        self.backup_message.setObjectName("backup_message")
        self.backup_message.setWordWrap(True)
        self.backup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl = QVBoxLayout(self.backup_box)
        bl.addWidget(self.backups_table)
        bb = QHBoxLayout()
        bb.addWidget(self.backup_now_button)
        bb.addWidget(self.backup_folder_button)
        bb.addWidget(self.restore_button)
        bb.addStretch(1)
        bl.addLayout(bb)
        bl.addWidget(self.backup_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.account_box)
        layout.addWidget(self.users_box)
        layout.addWidget(self.backup_box)
        self.retranslate()

    @staticmethod
    def _setup(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)

    def load(self, db) -> None:
        self.db = db
        self.account_box.setVisible(users.has_users(db))
        self.account_label.setText(self.tr("Logged in as %1 (%2).").replace("%1", db.actor.name)
                                   .replace("%2", role_label(self, db.actor.role)))
        can_users = allowed(db.actor.role, Perm.USERS)
        can_backup = allowed(db.actor.role, Perm.BACKUP)
        self.users_box.setVisible(can_users)
        self.add_user_button.setEnabled(can_users)
        self.toggle_user_button.setEnabled(can_users)
        self.backup_folder_button.setEnabled(can_backup)
        self.backup_now_button.setEnabled(can_backup)
        self.restore_button.setEnabled(can_backup)
        rows = users.list_users(db) if can_users else []
        self.user_rows = rows
        self.users_table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            state = self.tr("active") if u.active else self.tr("disabled")
            for c, text in enumerate((u.username, u.full_name, role_label(self, u.role), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                self.users_table.setItem(r, c, item)
        self.backup_rows = backup.list_backups(db.path)
        self.backups_table.setRowCount(len(self.backup_rows))
        for r, b in enumerate(self.backup_rows):
            values = (b.made_at.strftime("%d.%m.%Y %H:%M:%S"), BACKUP_REASON.label(b.reason), size_label(b.size))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.backups_table.setItem(r, c, item)

    # --- users
    def ask_change_password(self) -> None:
        from app.ui.form_helpers import run_form
        from app.ui.login import ChangePasswordDialog

        if run_form(self, ChangePasswordDialog(self.db, self)):
            QMessageBox.information(self, self.tr("Change my password"), self.tr("Your password was changed."))

    def ask_new_user(self) -> None:
        if exec_dialog(NewUserDialog(self.db, self)) == QDialog.DialogCode.Accepted:
            self.load(self.db)

    def toggle_selected_user(self) -> None:
        row = self.users_table.currentRow()
        if row < 0:
            return
        u = self.user_rows[row]
        try:
            users.set_active(self.db, u.id, not u.active)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message())
        self.load(self.db)

    # --- backups
    def backup_now(self) -> None:
        made = backup.backup_now(self.db.path, "manual")
        self.backup_message.setText(self.tr("Backup made and checked: %1").replace("%1", str(made.path)))
        self.load(self.db)

    def backup_to(self, folder: Path) -> Path | None:
        try:
            target = backup.backup_to_folder(self.db, Path(folder))
        except ServiceError as exc:
            self.backup_message.setText(exc.message())
            return None
        self.backup_message.setText(self.tr("Backup made and checked: %1").replace("%1", str(target)))
        return target

    def ask_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder or USB stick for the backup"))
        if folder:
            self.backup_to(Path(folder))

    def selected_backup(self) -> Path | None:
        row = self.backups_table.currentRow()
        if row < 0:
            return None
        return Path(self.backups_table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def ask_restore(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), "",
                                                  self.tr("Databases (*.sqlite3);;All files (*)"))
            if not path:
                return
            chosen = Path(path)
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace the current data with the backup %1? The current file is kept aside in the backups folder.")
            .replace("%1", chosen.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(chosen)

    # --- language
    def retranslate(self) -> None:
        self.account_box.setTitle(self.tr("My account"))
        self.change_password_button.setText(self.tr("Change my &password…"))
        self.users_box.setTitle(self.tr("Users and roles"))
        self.users_table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                                    self.tr("State")])
        self.add_user_button.setText(self.tr("&Add user…"))
        self.toggle_user_button.setText(self.tr("Disable / enable"))
        self.backup_box.setTitle(self.tr("Backups"))
        self.backups_table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.backup_now_button.setText(self.tr("&Back up now"))
        self.backup_folder_button.setText(self.tr("Back up to a &folder or USB stick…"))
        self.restore_button.setText(self.tr("&Restore…"))
        if self.db is not None:
            self.load(self.db)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
