"""Login, the first administrator, users, history and restore from the GUI."""
from __future__ import annotations


from PySide6.QtCore import Qt

from app.domain import enums as E
from app.services import backup, users
from app.store import models as M
from app.store.db import Actor
from app.ui.admin_panel import AdminPanel
from app.ui.login import FirstAdminDialog, LoginDialog
from tests.ui.shots import shot


def test_first_admin_by_keyboard_then_login(qtbot, db, tmp_path):
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.insert("Асанова Айгүл Бакытовна")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, "secret12")
    qtbot.keyClicks(dialog.repeat, "secret13")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.message.text() and not users.has_users(db)      # passwords differ: nothing saved
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "secret12")
    shot(dialog, "first-admin")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == FirstAdminDialog.DialogCode.Accepted
    assert db.actor == Actor("admin", "admin")

    login = LoginDialog(db)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, "wrong-one")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.message.text() and login.actor is None
    qtbot.keyClicks(login.password, "secret12")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor == Actor("admin", "admin")


def test_viewer_sees_no_user_management_and_cannot_back_up(qtbot, db):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    users.login(db, "admin", "secret12")
    users.create_user(db, "viewer1", "Көрүүчү", "viewer", "secret12")
    panel = AdminPanel()
    qtbot.addWidget(panel)
    panel.load(db)
    assert not panel.users_box.isHidden() and panel.users_table.rowCount() == 2
    users.login(db, "viewer1", "secret12")
    panel.load(db)
    assert panel.users_box.isHidden()
    assert not panel.restore_button.isEnabled() and not panel.backup_folder_button.isEnabled()


def test_restore_from_the_gui(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    users.create_first_admin(db, "admin", "Админ", "secret12")
    users.login(db, "admin", "secret12")
    with db.session() as s:
        s.add(M.Municipality(name="Баткен шаары", kind=E.MunicipalityKind.CITY, population=25024))
    made = backup.backup_now(db.path, "start")
    with db.session() as s:
        s.add(M.Municipality(name="Кара-Балта шаары", kind=E.MunicipalityKind.CITY))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_area("settings")
    panel = window.admin_panel
    rows = [panel.backups_table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(panel.backups_table.rowCount())]
    assert str(made.path) in rows
    reason = panel.backups_table.item(rows.index(str(made.path)), 1).text()
    assert reason and reason != "start"  # a word, not the code
    panel.backups_table.selectRow(rows.index(str(made.path)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.ask_restore()
    with window.db.reader() as s:
        names = sorted(m.name for m in s.query(M.Municipality))
    assert names == ["Баткен шаары"]
    assert window.db.actor.name == "admin"
    assert any(b.reason == "replaced" for b in backup.list_backups(window.db.path))  # the old file kept aside
    window.db.close()


def test_history_dialog_lists_changes(qtbot, db, tmp_path):
    from app.ui.history import HistoryDialog

    db.actor = Actor("aidai", "specialist")
    with db.session() as s:
        m = M.Municipality(name="Баткен шаары", kind=E.MunicipalityKind.CITY, population=25024)
        s.add(m)
        s.flush()
        mid = m.id
    db.actor = Actor("bakyt", "specialist")
    with db.session() as s:
        s.get(M.Municipality, mid).population = 25100
    dialog = HistoryDialog(db, mid, "Баткен шаары")
    qtbot.addWidget(dialog)
    texts = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
    assert any(t[1] == "bakyt" and t[3] == "population" and t[4] == "25024" and t[5] == "25100" for t in texts)
    assert any(t[1] == "aidai" for t in texts)
    shot(dialog, "history")


def test_viewer_cannot_change_anything_from_the_window(qtbot, demo_db):
    from app.ui.main_window import MainWindow

    demo_db.actor = Actor("viewer1", "viewer")
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    for name in ("competitions", "applications", "program", "sync", "reports"):
        window.show_area(name)
    comps, apps, program, sync_page = (window.page(n) for n in ("competitions", "applications", "program", "sync"))
    assert not comps.new_button.isEnabled() and comps.new_competition() is None
    comps.table.selectRow(0)
    assert not comps.open_button.isEnabled() and comps.open_current() is None
    assert not apps.new_button.isEnabled() and apps.new_application() is None
    assert not program.save_button.isEnabled() and not program.add_indicator_button.isEnabled()
    assert not sync_page.import_button.isEnabled()
    assert window.page("reports").preview_button.isEnabled()   # a viewer reads and prints
    assert window.admin_panel.users_box.isHidden()


def test_password_rules_are_shown_and_ones_own_password_is_changed_with_the_old_one(qtbot, db, tmp_path,
                                                                                     monkeypatch):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

    from app.ui.admin_panel import NewUserDialog

    first = FirstAdminDialog(db)
    qtbot.addWidget(first)
    assert "8" in first.hint.text()
    users.create_first_admin(db, "admin", "Админ", "secret12")
    users.create_user(db, "viewer1", "Көрүүчү", "viewer", "secret12")
    new_user = NewUserDialog(db)
    qtbot.addWidget(new_user)
    assert "8" in new_user.hint.text()

    users.login(db, "viewer1", "secret12")
    panel = AdminPanel()
    qtbot.addWidget(panel)
    panel.load(db)
    panel.show()
    assert not panel.account_box.isHidden() and panel.change_password_button.isEnabled()   # every role
    assert "viewer1" in panel.account_label.text()

    opened = []

    def run_dialog(dialog):
        opened.append(dialog)
        dialog.show()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        dialog.old.insert("wrong-old-one")
        dialog.new.insert("brand-new-1")
        dialog.repeat.insert("brand-new-1")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
        dialog.old.insert("secret12")
        dialog.new.setText("short")
        dialog.repeat.setText("short")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "8" in dialog.message.text()
        dialog.new.setText("brand-new-1")
        dialog.repeat.setText("brand-new-1")
        shot(dialog, "change-password")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.dialog_hook = run_dialog
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(panel.change_password_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    users.login(db, "viewer1", "brand-new-1")
