"""The application register of a competition (PDF on landscape A4, and XLSX
with real numbers and dates): number, date received, applicant, village,
project, amounts requested and co-financed, status; count and sums below."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app import i18n
from app.domain import enums as E
from app.domain.money import format_amount, to_decimal_som
from app.reports import _layout as L
from app.reports._layout import fmt_date
from app.reports.announcement import CompetitionMissing
from app.store import lot_queries as LQ
from app.store import models as M
from app.terms import word

i18n.register({
    "register.report_title": {"ky": "Өтүнмөлөрдүн реестри", "ru": "Реестр заявок", "en": "Application register"},
    "register.heading": {"ky": "ӨТҮНМӨЛӨРДҮН РЕЕСТРИ", "ru": "РЕЕСТР ЗАЯВОК", "en": "APPLICATION REGISTER"},
    "register.competition": {
        "ky": "«{title}» ({kind}, {year})", "ru": "«{title}» ({kind}, {year})", "en": "«{title}» ({kind}, {year})"},
    "register.terms": {
        "ky": "Жалпы каражат: {allocation} сом · гранттын максималдуу суммасы: {max} сом · "
              "өтүнмөлөрдү кабыл алуунун акыркы күнү: {deadline}",
        "ru": "Общий объём средств: {allocation} сом · максимальная сумма гранта: {max} сом · "
              "срок приёма заявок: {deadline}",
        "en": "Total allocation: {allocation} som · maximum grant: {max} som · application deadline: {deadline}",
    },
    "register.col_no": {"ky": "Каттоо №", "ru": "Рег. №", "en": "Reg. No."},
    "register.col_received": {"ky": "Келген күнү", "ru": "Дата поступления", "en": "Received"},
    "register.col_applicant": {"ky": "Өтүнмө берүүчү", "ru": "Заявитель", "en": "Applicant"},
    "register.col_village": {"ky": "Айыл", "ru": "Село", "en": "Village"},
    "register.col_title": {"ky": "Долбоордун аталышы", "ru": "Название проекта", "en": "Project title"},
    "register.col_requested": {"ky": "Суралган сумма, сом", "ru": "Запрошено, сом", "en": "Requested, som"},
    "register.col_cofinancing": {"ky": "Кошумча каржылоо, сом", "ru": "Софинансирование, сом",
                                 "en": "Co-financing, som"},
    "register.col_status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "register.late": {"ky": "кечиккен", "ru": "с опозданием", "en": "late"},
    "register.total": {"ky": "Бардык өтүнмөлөр: {n}", "ru": "Итого заявок: {n}", "en": "Applications in all: {n}"},
    "register.total_note": {
        "ky": "Кайтарылып алынган өтүнмөлөр суммага кошулган жок.",
        "ru": "Отозванные заявки в сумму не включены.",
        "en": "Withdrawn applications are not included in the sums.",
    },
    "register.empty": {"ky": "Өтүнмөлөр катталган эмес.", "ru": "Заявки не зарегистрированы.",
                       "en": "No applications registered."},
})

TITLE = {lang: i18n.t("register.report_title", lang) for lang in i18n.LANGUAGES}


@dataclass(frozen=True)
class RegisterLine:
    reg_number: str
    received_on: date
    is_late: bool
    applicant: str
    village: str
    title: str
    requested_tyiyn: int
    cofinancing_tyiyn: int
    status: str
    status_reason: str
    lot_id: str = ""               # issue 15: "" when the competition has one lot
    partners: tuple[str, ...] = () # consortium partners of the lead `applicant`


@dataclass(frozen=True)
class RegisterData:
    municipality: str
    kind: str
    year: int
    title: str
    total_allocation_tyiyn: int
    max_grant_tyiyn: int
    deadline_on: date | None
    lines: list[RegisterLine]
    lots: list[dict] = field(default_factory=list)   # issue 15: only when the competition has several
    award_mode: str = "grants"

    @property
    def counted(self) -> list[RegisterLine]:
        return [x for x in self.lines if x.status != "withdrawn"]

    @property
    def requested_tyiyn(self) -> int:
        return sum(x.requested_tyiyn for x in self.counted)

    @property
    def cofinancing_tyiyn(self) -> int:
        return sum(x.cofinancing_tyiyn for x in self.counted)


def load(db, competition_id: str) -> RegisterData:
    A, P, CF = M.Application, M.Applicant, M.ApplicationCofinancing
    with db.reader() as s:
        c = s.get(M.Competition, competition_id) if competition_id else None
        if c is None or c.deleted_at is not None:
            raise CompetitionMissing(competition_id)
        mun = s.get(M.Municipality, c.municipality_id)
        cofin = dict(s.execute(select(CF.application_id, func.sum(CF.amount_tyiyn))
                               .join(A, A.id == CF.application_id)
                               .where(A.competition_id == c.id, CF.deleted_at.is_(None))
                               .group_by(CF.application_id)).all())
        rows = s.execute(select(A, P.name, P.village).join(P, P.id == A.applicant_id)
                         .where(A.competition_id == c.id, A.deleted_at.is_(None))
                         .order_by(A.reg_seq)).all()
        lots = LQ.competition_lots(s, c)
        several = len(lots) > 1
        partners = LQ.partners_of(s, [a.id for a, _n, _v in rows])
        lines = [RegisterLine(a.reg_number, a.received_on, a.is_late, name, a.village or village or "", a.title,
                              a.requested_tyiyn, cofin.get(a.id, 0), a.status.value, a.status_reason or "",
                              LQ.lot_of(a, lots).id if several else "",
                              tuple(n for _i, n in partners.get(a.id, [])))
                 for a, name, village in rows]
        return RegisterData(LQ.organiser_name(c, mun) if c.organiser_kind != E.OrganiserKind.MUNICIPALITY
                            else (mun.name if mun else ""), c.kind.value, c.year, c.title, c.total_allocation_tyiyn,
                            c.max_grant_tyiyn, c.deadline_on, lines,
                            [{"id": x.id, "number": x.number, "title": x.title, "allocation_tyiyn": x.allocation_tyiyn,
                              "max_grant_tyiyn": x.max_grant_tyiyn} for x in lots] if several else [],
                            c.award_mode.value)


def status_text(line: RegisterLine, lang: str) -> str:
    text = word("application_status", line.status, lang)
    if line.status_reason:
        text += f": {line.status_reason}"
    if line.is_late:
        text += f" ({i18n.t('register.late', lang)})"
    return text


# --------------------------------------------------------------------------
# Issue 15: a section per lot with its subtotal, consortium partners, prizes

i18n.register({
    "register.lot_heading": {
        "ky": "{number}-багыт (лот): {title} — каражаты {allocation} сом, гранттын максималдуу суммасы {max} сом",
        "ru": "Направление (лот) {number}: {title} — средства {allocation} сом, максимальная сумма гранта {max} сом",
        "en": "Lot {number}: {title} — allocation {allocation} som, maximum grant {max} som",
    },
    "register.nomination_heading": {"ky": "Номинация {number}: {title}", "ru": "Номинация {number}: {title}",
                                    "en": "Nomination {number}: {title}"},
    "register.lot_subtotal": {"ky": "Багыт боюнча: {n} өтүнмө", "ru": "По направлению: {n} заявок",
                              "en": "In this lot: {n} applications"},
    "register.nomination_subtotal": {"ky": "Номинация боюнча: {n} өтүнмө", "ru": "По номинации: {n} заявок",
                                     "en": "In this nomination: {n} applications"},
    "register.terms_prizes": {
        "ky": "Жалпы каражат: {allocation} сом · эң чоң сыйлык: {max} сом · өтүнмөлөрдү кабыл алуунун акыркы күнү: "
              "{deadline}",
        "ru": "Общий объём средств: {allocation} сом · наибольшая премия: {max} сом · срок приёма заявок: {deadline}",
        "en": "Total allocation: {allocation} som · largest prize: {max} som · application deadline: {deadline}",
    },
})


def applicants_text(line: RegisterLine, lang: str) -> str:
    """The lead, and its partners when it is a consortium."""
    return LQ.consortium_text(line.applicant, line.partners, lang)


def requested_text(d: RegisterData, line: RegisterLine) -> str:
    """A prize competition's entries ask no amount: a dash, not a zero."""
    return money_text(d, line.requested_tyiyn)


def money_text(d: RegisterData, tyiyn: int) -> str:
    return "—" if d.award_mode == "prizes" else format_amount(tyiyn)


def subtotal_label(d: RegisterData, n: int, lang: str) -> str:
    key = "register.nomination_subtotal" if d.award_mode == "prizes" else "register.lot_subtotal"
    return i18n.t(key, lang, n=n)


def groups(d: RegisterData) -> list[tuple[dict | None, list[RegisterLine]]]:
    if not d.lots:
        return [(None, d.lines)]
    return [(lot, [x for x in d.lines if x.lot_id == lot["id"]]) for lot in d.lots]


def lot_heading(d: RegisterData, lot: dict, lang: str) -> str:
    if d.award_mode == "prizes":
        return i18n.t("register.nomination_heading", lang, number=lot["number"], title=lot["title"])
    return i18n.t("register.lot_heading", lang, number=lot["number"], title=lot["title"],
                  allocation=format_amount(lot["allocation_tyiyn"]), max=format_amount(lot["max_grant_tyiyn"]))


def _sums(lines: list[RegisterLine]) -> tuple[int, int]:
    counted = [x for x in lines if x.status != "withdrawn"]
    return sum(x.requested_tyiyn for x in counted), sum(x.cofinancing_tyiyn for x in counted)


COLUMNS = ("register.col_no", "register.col_received", "register.col_applicant", "register.col_village",
           "register.col_title", "register.col_requested", "register.col_cofinancing", "register.col_status")


def _pdf(d: RegisterData, lang: str, out: Path) -> None:
    st = L.styles(10)
    width = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [
        L.p(d.municipality, st["top"]),
        L.p(t("register.heading"), st["title"]),
        L.p(t("register.competition", title=d.title, kind=word("competition_kind", d.kind, lang), year=d.year),
            st["subtitle"]),
        L.p(t("register.terms_prizes" if d.award_mode == "prizes" else "register.terms",
              allocation=format_amount(d.total_allocation_tyiyn),
              max=format_amount(d.max_grant_tyiyn), deadline=fmt_date(d.deadline_on) or "—"), st["body"]),
        L.Spacer(1, 4),
    ]
    if not d.lines:
        story.append(L.p(t("register.empty"), st["body"]))
    else:
        fractions = (0.10, 0.10, 0.16, 0.09, 0.165, 0.10, 0.15, 0.135)
        header, widths = [t(c) for c in COLUMNS], [f * width for f in fractions]

        def row(x: RegisterLine) -> list[str]:
            return [x.reg_number, fmt_date(x.received_on), applicants_text(x, lang), x.village, x.title,
                    requested_text(d, x), format_amount(x.cofinancing_tyiyn), status_text(x, lang)]

        for lot, lines in groups(d):
            rows = [row(x) for x in lines]
            if lot is None:
                label = t("register.total", n=len(d.lines))
                sums = (d.requested_tyiyn, d.cofinancing_tyiyn)
            else:
                story.append(L.p(lot_heading(d, lot, lang), st["section"]))
                label = subtotal_label(d, len(lines), lang)
                sums = _sums(lines)
            rows.append(["", "", label, "", "", money_text(d, sums[0]), format_amount(sums[1]), ""])
            story.append(L.grid_table(header, rows, widths, st, right=(5, 6), total_rows=1))
        if d.lots:
            story.append(L.Spacer(1, 6))
            story.append(L.grid_table(header, [["", "", t("register.total", n=len(d.lines)), "", "",
                                                money_text(d, d.requested_tyiyn), format_amount(d.cofinancing_tyiyn),
                                                ""]], widths, st, right=(5, 6), total_rows=1))
        if len(d.counted) != len(d.lines):
            story.append(L.Spacer(1, 4))
            story.append(L.p(t("register.total_note"), st["small"]))
    from dataclasses import asdict

    L.build_pdf(out, story, lang=lang, title=f"{TITLE[lang]}: {d.title}", header=d.municipality, wide=True,
                digest=L.data_hash(asdict(d)))


def _xlsx(d: RegisterData, lang: str, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = Workbook()
    ws = wb.active
    ws.title = TITLE[lang][:31]
    ws["A1"] = t("register.heading")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = t("register.competition", title=d.title, kind=word("competition_kind", d.kind, lang), year=d.year)
    ws["A2"].font = Font(bold=True)
    ws["A3"] = d.municipality
    head_row = 5
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, key in enumerate(COLUMNS, start=1):
        cell = ws.cell(head_row, j, t(key))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = border
    money_format = "#,##0.00"
    r = head_row
    for lot, lines in groups(d):
        if lot is not None:
            r += 1
            ws.cell(r, 1, lot_heading(d, lot, lang)).font = Font(bold=True)
        for x in lines:
            r += 1
            values = [x.reg_number, x.received_on, applicants_text(x, lang), x.village, x.title,
                      to_decimal_som(x.requested_tyiyn), to_decimal_som(x.cofinancing_tyiyn), status_text(x, lang)]
            for j, v in enumerate(values, start=1):
                cell = ws.cell(r, j, float(v) if j in (6, 7) else v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=j in (3, 5, 8), vertical="top")
                if j == 2:
                    cell.number_format = "DD.MM.YYYY"
                if j in (6, 7):
                    cell.number_format = money_format
        if lot is not None:
            r += 1
            ws.cell(r, 3, subtotal_label(d, len(lines), lang)).font = Font(bold=True)
            for j, total in zip((6, 7), _sums(lines)):
                cell = ws.cell(r, j, float(to_decimal_som(total)))
                cell.number_format = money_format
                cell.font = Font(bold=True)
            for j in range(1, len(COLUMNS) + 1):
                ws.cell(r, j).border = border
    r += 1
    ws.cell(r, 3, t("register.total", n=len(d.lines))).font = Font(bold=True)
    for j, total in ((6, d.requested_tyiyn), (7, d.cofinancing_tyiyn)):
        cell = ws.cell(r, j, float(to_decimal_som(total)))
        cell.number_format = money_format
        cell.font = Font(bold=True)
    for j in range(1, len(COLUMNS) + 1):
        ws.cell(r, j).border = border
    if len(d.counted) != len(d.lines):
        ws.cell(r + 1, 3, t("register.total_note")).font = Font(italic=True)
    for j, w in enumerate((14, 12, 30, 16, 40, 16, 18, 28), start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = ws.cell(head_row + 1, 1)
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.title = f"{TITLE[lang]}: {d.title}"
    wb.properties.creator = "Demilge"
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    data = load(db, params.competition)
    progress(1, 2)
    if fmt == "xlsx":
        _xlsx(data, lang, out)
    else:
        _pdf(data, lang, out)
    progress(2, 2)


REPORT = dict(name="register", title=TITLE, needs=("competition",), formats=("pdf", "xlsx"), build=build)
