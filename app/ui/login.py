"""Login at start, and the first-run wizard that creates the administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services import users
from app.services.errors import ServiceError, ValidationError


class LoginDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.db = db
        self.actor = None
        self.setWindowTitle(self.tr("Log in — Demilge"))
        self.username = QLineEdit(self)
        self.username.setObjectName("login_username")
        self.password = QLineEdit(self)
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("login_message")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        for field in (self.username, self.password):
            form.labelForField(field).setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = users.login(self.db, self.username.text(), self.password.text())
        except ServiceError as exc:
            self.message.setText(exc.message())
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """Shown once, when the database has no users yet."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("first_admin_dialog")
        self.db = db
        self.actor = None
        self.setWindowTitle(self.tr("Create the administrator — Demilge"))
        intro = QLabel(self.tr(
            "Nobody uses this database yet. Create the administrator's account: the administrator sets up the "
            "municipality and adds the other users (specialists, the commission's chair and secretary, viewers)."),
            self)
        intro.setWordWrap(True)
        self.username = QLineEdit("admin", self)
        self.username.setObjectName("admin_username")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("admin_full_name")
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("admin_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr("The password needs at least 8 characters."), self)
        self.hint.setObjectName("admin_hint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("admin_message")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        for field in (self.username, self.full_name, self.password, self.repeat):
            form.labelForField(field).setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self.full_name.setFocus()

    def try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            users.create_first_admin(self.db, self.username.text(), self.full_name.text(), self.password.text())
            self.actor = users.login(self.db, self.username.text(), self.password.text())
        except ValidationError as exc:
            self.message.setText("\n".join(e.message() for e in exc.errors.values()))
            return
        except ServiceError as exc:
            self.message.setText(exc.message())
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """The logged-in user changes their own password, giving the current one."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.db = db
        self.setWindowTitle(self.tr("Change my password"))
        self.old = QLineEdit(self)
        self.old.setObjectName("old_password")
        self.new = QLineEdit(self)
        self.new.setObjectName("new_password")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat_password")
        for field in (self.old, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("The password needs at least 8 characters."), self)
        hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("change_password_message")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        for field in (self.old, self.new, self.repeat):
            form.labelForField(field).setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("change_password_buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 0)
        self.old.setFocus()

    def try_change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        try:
            users.change_own_password(self.db, self.old.text(), self.new.text())
        except ValidationError as exc:
            self.message.setText("\n".join(e.message() for e in exc.errors.values()))
            return
        except ServiceError as exc:
            self.message.setText(exc.message())
            self.old.clear()
            self.old.setFocus()
            return
        self.accept()
