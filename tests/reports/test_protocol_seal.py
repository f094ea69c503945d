"""The seal covers what the protocol prints: the printout is frozen at closing,
and a change made behind the program's back is shown on the page.

Faults these tests catch (each was introduced once and the test failed):
- the report printing names, applicants or the quorum from the live tables
  instead of the frozen document (a member renamed or added after closing
  changes the printout);
- the seal not covering member names / applicant names / the quorum (a
  changed frozen document still passes);
- the report printing the stored hash instead of recomputing it (an award
  multiplied by ten directly in the file passes without a warning).
"""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.services import applications as A
from app.services import commission as C
from app.services import reporting
from app.services.listing import id_listing
from app.store import models as M
from tests.tamper import edit_directly

WARNING = {"ru": "ВНИМАНИЕ: ПРОТОКОЛ НЕ СОВПАДАЕТ СО СВОЕЙ ПЕЧАТЬЮ",
           "ky": "ЭСКЕРТҮҮ: БУЛ ПРОТОКОЛ ӨЗҮНҮН МӨӨРҮНӨ ДАЛ КЕЛБЕЙТ"}
HEADER_WARNING = {"ru": "ПЕЧАТЬ НЕ СОВПАДАЕТ", "ky": "МӨӨР ДАЛ КЕЛБЕЙТ"}
QUORUM_RU = "Из 5 членов комиссии присутствуют 5; для кворума нужно 3. Кворум есть."


def _jd(db) -> tuple[str, str]:
    meeting = next(r[0] for r in id_listing(db, "meetings") if "2021" in r[1])
    comp = next(r[0] for r in id_listing(db, "competitions") if "2021" in r[1])
    return meeting, comp


def _print(db, meeting, lang, tmp_path, name="p") -> tuple[str, list[str]]:
    out = tmp_path / f"{name}-{lang}.pdf"
    reporting.build_report(db, "protocol", reporting.ReportParams(lang=lang, meeting=meeting), "pdf", out)
    pages = [re.sub(r"\s+", " ", p.extract_text().replace("\u00a0", " ")) for p in PdfReader(str(out)).pages]
    return " ".join(pages), pages


def _seal(db, meeting) -> str:
    with db.reader() as s:
        return s.get(M.Meeting, meeting).content_hash


def test_changes_to_shared_records_after_closing_do_not_change_the_printout(demo_db, tmp_path):
    meeting, comp = _jd(demo_db)
    before, _ = _print(demo_db, meeting, "ru", tmp_path, "before")
    assert "Маматов Улан (председатель)" in before and QUORUM_RU in before
    assert "Кожонова Анаргүл Абдиллаевна" in before  # the applicant, now printed
    assert _seal(demo_db, meeting) in before and WARNING["ru"] not in before

    view = C.commission_view(demo_db, comp)
    chair = next(m for m in view.members if m.full_name == "Маматов Улан")
    C.update_member(demo_db, chair.id, "Маматов Улан Жаңы", chair.category, "member", "Башка кызмат")
    for i in range(4):
        C.add_member(demo_db, view.commission_id, f"Жаңы мүчө {i}", "community", "member")
    with demo_db.reader() as s:
        app = s.query(M.Application).filter(M.Application.reg_number == "ЖД-2021/001").one()
        applicant = s.get(M.Applicant, app.applicant_id)
    A.update_applicant(demo_db, applicant.id, A.ApplicantInput(kind=applicant.kind.value, name="Башка Аты-Жөнү"))

    after, _ = _print(demo_db, meeting, "ru", tmp_path, "after")
    assert "Маматов Улан (председатель)" in after and "Маматов Улан Жаңы" not in after
    assert "Жаңы мүчө" not in after and QUORUM_RU in after and "Из 9 членов" not in after
    assert "Кожонова Анаргүл Абдиллаевна" in after and "Башка Аты-Жөнү" not in after
    assert WARNING["ru"] not in after and _seal(demo_db, meeting) in after


TAMPERING = {
    # the protocol's own rows, changed in the file with the triggers dropped
    "award x10": "UPDATE decision SET awarded_tyiyn = awarded_tyiyn * 10 WHERE outcome = 'winner'",
    "a score": "UPDATE score SET points = points - 1 WHERE points > 0 AND id = (SELECT min(id) FROM score "
               "WHERE meeting_id = '{m}')",
    "attendance": "UPDATE attendance SET present = 0 WHERE id = (SELECT min(id) FROM attendance "
                  "WHERE meeting_id = '{m}')",
    "justification": "UPDATE decision SET justification = 'башка' WHERE meeting_id = '{m}'",
    # the frozen document itself
    "frozen member name": "UPDATE meeting SET sealed_content = replace(sealed_content, 'Маматов Улан', 'Башка Киши')",
    "frozen applicant": "UPDATE meeting SET sealed_content = replace(sealed_content, 'Кожонова Анаргүл', 'Башка')",
    "frozen quorum": "UPDATE meeting SET sealed_content = replace(sealed_content, '\"needed\":3', '\"needed\":1')",
    "frozen position": "UPDATE meeting SET sealed_content = replace(sealed_content, 'Айыл өкмөтүнүн адиси', 'Башчы')",
    "frozen role": "UPDATE meeting SET sealed_content = replace(sealed_content, '\"role\":\"secretary\"', "
                   "'\"role\":\"chair\"')",
    "frozen title": "UPDATE meeting SET sealed_content = replace(sealed_content, 'Жомокко саякат', 'Башка')",
    "frozen requested": "UPDATE meeting SET sealed_content = replace(sealed_content, '\"requested_tyiyn\":1200000', "
                        "'\"requested_tyiyn\":1200001')",
    # the seal replaced by one that fits a changed document
    "seal replaced": "UPDATE meeting SET content_hash = '" + "0" * 64 + "' WHERE id = '{m}'",
}


@pytest.mark.parametrize("what", sorted(TAMPERING))
def test_a_direct_edit_after_closing_is_shown_on_every_page(demo_db, tmp_path, what):
    meeting, _ = _jd(demo_db)
    seal = _seal(demo_db, meeting)
    with demo_db.reader() as s:
        frozen = s.get(M.Meeting, meeting).sealed_content
    edit_directly(demo_db.path, TAMPERING[what].format(m=meeting))
    with demo_db.reader() as s:
        changed = s.get(M.Meeting, meeting)
        assert (changed.sealed_content, changed.content_hash) != (frozen, seal) or what in (
            "award x10", "a score", "attendance", "justification")
    for lang in ("ru", "ky"):
        text, pages = _print(demo_db, meeting, lang, tmp_path, what.replace(" ", "_"))
        assert WARNING[lang] in text, (what, lang)
        assert all(HEADER_WARNING[lang] in p for p in pages)


def test_the_warning_names_the_seal_and_what_differs(demo_db, tmp_path):
    meeting, _ = _jd(demo_db)
    seal = _seal(demo_db, meeting)
    edit_directly(demo_db.path, TAMPERING["award x10"])
    text, _ = _print(demo_db, meeting, "ru", tmp_path)
    assert f"Печать, поставленная при закрытии (SHA-256): {seal}" in text
    assert "Записи протокола в базе данных отличаются от печати" in text
    assert "Сохранённый текст протокола отличается" not in text   # the frozen text itself is intact
    assert "120 000,00" not in text   # the printout is the sealed one: 12 000,00, not the edited award


def test_open_protocol_prints_a_draft_without_a_seal_warning(demo_db, tmp_path):
    meeting, _ = _jd(demo_db)
    from datetime import date

    amending = C.amend_protocol(demo_db, meeting, date(2021, 11, 1), "Айыл өкмөтү")
    text, _ = _print(demo_db, amending, "ky", tmp_path)
    assert "ДОЛБООР" in text and "№ 1 протоколду толуктайт" in text and WARNING["ky"] not in text
