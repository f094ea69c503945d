"""The Reports area: parameters, preview inside the program, printing,
saving, progress and cancel off the GUI thread."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from app.services import reporting
from app.ui.reports_page import ReportsPage
from tests.ui.shots import shot
from tests.ui.forms import wait_job


def test_preview_print_and_save(qtbot, demo_db, tmp_path):
    page = ReportsPage()
    qtbot.addWidget(page)
    page.load(demo_db)
    names = [page.reports.item(i).data(0x0100) for i in range(page.reports.count())]
    assert "council-summary" in names and "register" in names
    page.choose("council-summary")
    assert not page.period_widget.isHidden() and page.combos["competition"].isHidden()
    page.period_preset.setCurrentIndex(1)  # a whole year
    page.date_from.setDate(page.date_from.date().fromString("01.01.2018", "dd.MM.yyyy"))
    page.date_to.setDate(page.date_to.date().fromString("31.12.2021", "dd.MM.yyyy"))
    wait_job(qtbot, page.preview())
    qtbot.waitUntil(lambda: page.document.pageCount() >= 2, timeout=5000)
    page.resize(1280, 800)
    page.show()
    qtbot.wait(800)  # the view renders pages in the background
    shot(page, "reports-preview-ky", size=(1280, 800))

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.print_document(printer) == page.document.pageCount()
    assert len(PdfReader(str(printed)).pages) == page.document.pageCount()

    page.choose("register")
    assert not page.combos["competition"].isHidden() and page.period_widget.isHidden()
    page.lang.setCurrentIndex(page.lang.findData("ru"))
    out = tmp_path / "register.xlsx"
    wait_job(qtbot, page.build("xlsx", out))
    assert out.exists() and str(out) in page.message.text()


def test_progress_and_cancel_keep_the_window_responsive(qtbot, demo_db, tmp_path, monkeypatch):
    def slow(db, params, fmt, out, progress, cancel):
        for i in range(200):
            if cancel():
                from app.reports._errors import ReportInputError

                raise ReportInputError("report.cancelled")
            progress(i, 200)
            time.sleep(0.01)
        Path(out).write_bytes(b"%PDF-1.4 never reached")

    spec = reporting.ReportSpec("slow-test", {"ky": "Узак", "ru": "Долгий", "en": "Slow"}, (), ("pdf",), slow)
    monkeypatch.setitem(reporting.REGISTRY, "slow-test", spec)
    page = ReportsPage()
    qtbot.addWidget(page)
    page.load(demo_db)
    page.choose("slow-test")
    out = tmp_path / "slow.pdf"
    job = page.build("pdf", out)
    qtbot.waitUntil(lambda: page.progress.value() > 5, timeout=10000)  # progress arrives while we wait
    assert page.cancel_button.isVisible() or not page.cancel_button.isHidden()
    with qtbot.waitSignal(job.signals.failed, timeout=10000):
        page.cancel_button.click()
    assert page.last_error and not out.exists()
    assert page.progress.isHidden()
