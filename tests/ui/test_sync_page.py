"""The Sync area: export, import with a report, trusted offices, conflict review."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import enums as E
from app.services import sync
from app.store import models as M
from app.ui.sync_page import SyncPage
from tests.sync.conftest import make_offices
from tests.ui.shots import shot
from tests.ui.forms import wait_job


@pytest.fixture
def two(tmp_path):
    a, b = make_offices(tmp_path, ["Айыл өкмөтү", "Район"])
    yield a, b
    a.close()
    b.close()


def test_import_shows_report_and_conflict_can_be_settled(qtbot, two, tmp_path, switcher):
    a, b = two
    with a.db.session() as s:
        m = M.Municipality(name="Баткен шаары", kind=E.MunicipalityKind.CITY, population=25024)
        s.add(m)
        s.flush()
        mid = m.id
    sync.import_package(b.db, a.package_to(b))
    with a.db.session() as s:
        s.get(M.Municipality, mid).population = 25100
    with b.db.session() as s:
        s.get(M.Municipality, mid).population = 25200

    page = SyncPage()
    qtbot.addWidget(page)
    page.load(b.db)
    assert page.office_name.text() == "Район"
    assert page.peers.rowCount() == 1 and page.peers.item(0, 0).text() == "Айыл өкмөтү"

    pkg = a.package_to(b)
    wait_job(qtbot, page.import_from(pkg), timeout=20000)
    assert "1" in page.result_label.text()
    assert page.conflicts.rowCount() >= 1
    shot(page, "sync-page-ky", size=(1200, 760))
    field_col = [page.conflicts.item(r, 2).text() for r in range(page.conflicts.rowCount())]
    assert "калктын саны" in field_col    # the field in the user's words, not the column name
    row = field_col.index("калктын саны")
    assert page.conflicts.item(row, 1).text().startswith("Муниципалитет: ")

    page.conflicts.selectRow(field_col.index("калктын саны"))
    kept = page.conflicts.item(field_col.index("калктын саны"), 3).text()
    other = page.conflicts.item(field_col.index("калктын саны"), 4).text()
    page.take_selected()
    assert page.conflicts.rowCount() == len(field_col) - 1
    with b.db.reader() as s:
        assert str(s.get(M.Municipality, mid).population) == other != kept


def test_export_writes_a_package_and_bad_import_is_refused(qtbot, two, tmp_path):
    a, b = two
    with a.db.session() as s:
        s.add(M.Municipality(name="Кара-Балта шаары", kind=E.MunicipalityKind.CITY))
    page = SyncPage()
    qtbot.addWidget(page)
    page.load(a.db)
    out = tmp_path / "to-district.demilge"
    index = page.recipient.findData(b.site_id)
    assert index > 0
    page.last_result = None
    page.export_to(out, b.site_id)
    # done or failed, whichever comes (a busy machine: the limit is the test's own 60 s)
    qtbot.waitUntil(lambda: page.last_result is not None or page.last_error is not None, timeout=50000)
    assert page.last_error is None and page.last_result is not None
    assert out.exists() and "to-district.demilge" in page.result_label.text()

    bad = tmp_path / "broken.demilge"
    bad.write_bytes(b"not a package")
    before = b.dump()
    page.load(b.db)
    wait_job(qtbot, page.import_from(bad), timeout=50000)
    assert page.last_error and b.dump() == before
    assert not bad.exists()


def test_watched_folder_imports_new_packages(qtbot, two, tmp_path):
    a, b = two
    with a.db.session() as s:
        s.add(M.Municipality(name="Айыл", kind=E.MunicipalityKind.AYIL_AIMAK))
    folder = tmp_path / "inbox"
    folder.mkdir()
    page = SyncPage()
    qtbot.addWidget(page)
    page.load(b.db)
    page.set_watch_folder(str(folder))
    pkg = a.package_to(b)
    (folder / "from-village.demilge").write_bytes(pkg.read_bytes())
    page.check_watched_folder()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20000)
    assert isinstance(page.last_result, sync.ImportResult) and page.last_result.applied > 0


def test_viewer_cannot_exchange(qtbot, two):
    from app.store.db import Actor

    a, b = two
    b.db.actor = Actor("viewer1", "viewer")
    page = SyncPage()
    qtbot.addWidget(page)
    page.load(b.db)
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
    assert not page.trust_button.isEnabled()


def _press_ok(qtbot, *texts):
    """A dialog hook that types the passphrase(s) and presses OK."""
    def hook(dialog):
        dialog.first.setText(texts[0])
        if len(texts) > 1:
            dialog.second.setText(texts[1])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted
    return hook


def test_signing_key_saved_and_put_back_on_a_new_computer(qtbot, two, tmp_path, monkeypatch, switcher):
    a, b = two
    page = SyncPage()
    qtbot.addWidget(page)
    page.load(a.db)
    assert page.key_missing.isHidden() and page.key_export_button.isEnabled()
    page.dialog_hook = _press_ok(qtbot, "Ала-Тоо 2026", "башка фраза")
    assert page.export_signing_key_to(tmp_path / "k.key") is None  # the two differ: not saved
    page.dialog_hook = _press_ok(qtbot, "Ала-Тоо 2026", "Ала-Тоо 2026")
    saved = page.export_signing_key_to(tmp_path / "k.key")
    assert saved and saved.exists()
    # the same database on a computer without the key
    monkeypatch.setenv("DEMILGE_KEY_DIR", str(tmp_path / "new-keys"))
    page.load(a.db)
    assert not page.key_missing.isHidden() and not page.export_button.isEnabled()
    shot(page, "sync-key-missing-ky")
    switcher.apply("ru")
    QApplication.processEvents()
    assert "Ключа подписи" in page.key_missing.text()
    shot(page, "sync-key-missing-ru")
    switcher.apply("ky")
    QApplication.processEvents()
    page.dialog_hook = _press_ok(qtbot, "туура эмес фраза")
    assert not page.import_signing_key_from(saved)
    assert page.result_label.text()  # the refusal, in words
    page.dialog_hook = _press_ok(qtbot, "Ала-Тоо 2026")
    assert page.import_signing_key_from(saved)
    assert page.key_missing.isHidden() and page.export_button.isEnabled()


def test_a_protocol_closed_in_two_offices_is_listed_in_words(qtbot, two, tmp_path, switcher):
    from tests.sync.test_sync_trust import _close_both, _meeting

    a, b = two
    ids = _meeting(a)
    sync.import_package(b.db, a.package_to(b))
    _close_both(a, b, ids, 2_000_000_000_000, 2_000_000_001_000)
    sync.import_package(b.db, a.package_to(b))
    page = SyncPage()
    qtbot.addWidget(page)
    page.load(b.db)
    rows = [[page.conflicts.item(r, c).text() for c in range(5)] for r in range(page.conflicts.rowCount())]
    seal = [r for r in rows if r[0] == "протокол эки кеңседе жабылган"]
    assert len(seal) == 1
    assert seal[0][2] == "жабылган протокол"
    assert "Айыл өкмөтү" in seal[0][3] and "Район" in seal[0][4]  # which office closed it, when
    shot(page, "sync-seal-conflict-ky")
    switcher.apply("ru")
    QApplication.processEvents()
    assert any(page.conflicts.item(r, 0).text() == "протокол закрыт в двух офисах"
               for r in range(page.conflicts.rowCount()))
    shot(page, "sync-seal-conflict-ru")
