"""Shared parts of the development-program reports (action plan, indicator
matrix, half-year monitoring): texts in three languages, loading the
program, and the page layout — A4 landscape PDF with embedded fonts
(ң ө ү), a title block, tables whose header repeats on every page, and a
footer with "page x / y" and the data hash; XLSX with the same table.

The layout calls are kept together here so they can move onto the shared
report template (app/reports/_base.py) without touching the report logic.
"""
from __future__ import annotations

import re

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from app import i18n, paths
from app.domain import programs as P
from app.domain.enums import MeasureStatus
from app.reports._errors import ReportInputError
from app.reports._layout import fmt_date
from app.reports._xlsx import sheet_name
from app.store.program_queries import load_program

i18n.register({
    "preport.not_found": {
        "ky": "Өнүктүрүү программасы табылган жок: {id}.",
        "ru": "Программа развития не найдена: {id}.",
        "en": "Development program not found: {id}.",
    },
    "preport.half_missing": {
        "ky": "Мониторинг отчету үчүн жарым жылдыкты көрсөтүңүз: --half 2023H1.",
        "ru": "Для отчёта мониторинга укажите полугодие: --half 2023H1.",
        "en": "The monitoring report needs the half-year: --half 2023H1.",
    },
    "preport.half_bad": {
        "ky": "Жарым жылдык туура эмес: {half} (программа {start}–{end}; мисалы 2023H1).",
        "ru": "Неверное полугодие: {half} (программа {start}–{end}; например 2023H1).",
        "en": "Bad half-year: {half} (the program runs {start}–{end}; e.g. 2023H1).",
    },
    "preport.approved": {
        "ky": "{body} {date} № {number} токтому менен бекитилген",
        "ru": "Утверждена постановлением {body} № {number} от {date}",
        "en": "Approved by resolution No. {number} of {date} of {body}",
    },
    "preport.approved_nobody": {
        "ky": "{date} № {number} токтому менен бекитилген",
        "ru": "Утверждена постановлением № {number} от {date}",
        "en": "Approved by resolution No. {number} of {date}",
    },
    "preport.hash": {
        "ky": "Маалыматтын хеши: {hash}",
        "ru": "Хеш данных: {hash}",
        "en": "Data hash: {hash}",
    },
    "preport.priority": {
        "ky": "{number}-артыкчылык. {title}",
        "ru": "Приоритет {number}. {title}",
        "en": "Priority {number}. {title}",
    },
    "preport.half1": {
        "ky": "{year}-жылдын I жарым жылдыгы",
        "ru": "I полугодие {year} г.",
        "en": "first half of {year}",
    },
    "preport.half2": {
        "ky": "{year}-жылдын II жарым жылдыгы",
        "ru": "II полугодие {year} г.",
        "en": "second half of {year}",
    },
    # the check of targets (app.domain.programs.TargetIssue codes)
    "programs.warn.sum_mismatch": {
        "ky": "Жылдык максаттардын суммасы {total}, акыркы максат {final} (айырма {difference}).",
        "ru": "Сумма годовых целей {total}, а итоговая цель {final} (разница {difference}).",
        "en": "Yearly targets add up to {total}, the final target is {final} (difference {difference}).",
    },
    "programs.warn.beyond_final": {
        "ky": "{year}-жылдын максаты {value} акыркы максаттан ({final}) ашып кетет.",
        "ru": "Цель {year} года {value} выходит за итоговую цель ({final}).",
        "en": "The {year} target {value} goes past the final target ({final}).",
    },
    "programs.warn.not_monotonic": {
        "ky": "{year}-жылдын максаты {value} мурункусунан ({previous}) артка кетет.",
        "ru": "Цель {year} года {value} отступает назад от предыдущей ({previous}).",
        "en": "The {year} target {value} steps back from the previous one ({previous}).",
    },
    "programs.warn.missing_years": {
        "ky": "Бул жылдарга максат жок: {years}.",
        "ru": "Нет целей на годы: {years}.",
        "en": "No targets for the years: {years}.",
    },
    "programs.warn.children_exceed": {
        "ky": "«Анын ичинде» индикаторлорунун акыркы максаттарынын суммасы {total} жалпы максаттан ({final}) чоң.",
        "ru": "Сумма итоговых целей подиндикаторов {total} больше общей цели ({final}).",
        "en": "The sub-indicators' final targets add up to {total}, more than the indicator's own ({final}).",
    },
    # the same checks of the actual values (app.domain.programs.check_actuals)
    "programs.warn.actual_children_exceed": {
        "ky": "{year}-жылдын {half} жарымы: «анын ичинде» индикаторлорунун иш жүзүндөгү маанилеринин суммасы "
              "{total} жалпы мааниден ({value}) чоң.",
        "ru": "{half} полугодие {year} г.: сумма фактических значений подиндикаторов {total} больше общего "
              "значения ({value}).",
        "en": "{half} half of {year}: the sub-indicators' actual values add up to {total}, more than the "
              "indicator's own ({value}).",
    },
    "programs.warn.actual_not_monotonic": {
        "ky": "{year}-жылдын {half} жарымы: иш жүзүндөгү маани {value} мурункусунан ({previous}) артка кетет.",
        "ru": "{half} полугодие {year} г.: фактическое значение {value} отступает назад от предыдущего "
              "({previous}).",
        "en": "{half} half of {year}: the actual value {value} steps back from the previous one ({previous}).",
    },
    "preport.status.not_started": {"ky": "башталган жок", "ru": "не начато", "en": "not started"},
    "preport.status.in_progress": {"ky": "аткарылууда", "ru": "выполняется", "en": "in progress"},
    "preport.status.done": {"ky": "аткарылды", "ru": "выполнено", "en": "done"},
    "preport.status.dropped": {"ky": "токтотулду", "ru": "отменено", "en": "dropped"},
})

NBSP = "\u00a0"
FONT = "DemilgeSans"
FONT_BOLD = "DemilgeSans-Bold"


def half_label(half: str, lang: str) -> str:
    year, h = P.parse_half(half)
    return i18n.t(f"preport.half{h}", lang, year=year)


def status_label(status: MeasureStatus | str, lang: str) -> str:
    return i18n.t(f"preport.status.{MeasureStatus(status).value}", lang)


def approved_line(program: P.ProgramData, lang: str) -> str:
    if not program.resolution_number:
        return ""
    key = "preport.approved" if program.resolution_body else "preport.approved_nobody"
    return i18n.t(key, lang, body=program.resolution_body or "", number=program.resolution_number,
                  date=fmt_date(program.resolution_date))


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else P.format_number(value) + NBSP + "%"


def read_program(db, program_id: str) -> P.ProgramData:
    """The program, or ReportInputError('preport.not_found')."""
    with db.reader() as s:
        data = load_program(s, program_id)
    if data is None:
        raise ReportInputError("preport.not_found", id=program_id)
    return data


# --------------------------------------------------------------------------
# A table, independent of the output format


@dataclass
class Cell:
    text: str
    bold: bool = False
    span: int = 1  # columns this cell covers (the rest of the row is empty)
    indent: int = 0
    align: str = "left"  # left | right | center


@dataclass
class Table:
    headers: list[str]
    widths: list[float]  # relative widths
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: list[list[str]] = field(default_factory=list)  # extra header rows above `headers`

    def add(self, *cells: Cell | str) -> None:
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])


@dataclass
class Document:
    title: str
    subtitle_lines: list[str]
    sections: list[tuple[str, Table | list[str]]]  # (heading, table or lines of text)
    signature_lines: list[str] = field(default_factory=list)
    lang: str = "ky"

    def data_hash(self) -> str:
        h = hashlib.sha256()
        h.update(self.title.encode())
        for line in self.subtitle_lines:
            h.update(line.encode())
        for heading, body in self.sections:
            h.update(heading.encode())
            if isinstance(body, Table):
                for row in [body.headers, *([c.text for c in r] for r in body.rows)]:
                    h.update("\x1f".join(row).encode())
                    h.update(b"\x1e")
            else:
                h.update("\n".join(body).encode())
        return h.hexdigest()


# --------------------------------------------------------------------------
# PDF

_fonts_done = False


def _register_fonts() -> None:
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = paths.fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "NotoSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _fonts_done = True


def write_pdf(doc: Document, out: Path, cancel=lambda: False) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    _register_fonts()
    page_w, page_h = landscape(A4)
    margin = 12 * mm
    usable = page_w - 2 * margin
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    styles = {
        "left": base,
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
    }
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER)
    title_style = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16,
                                 alignment=TA_CENTER, spaceAfter=3)
    sub_style = ParagraphStyle("sub", parent=base, fontSize=10, leading=13, alignment=TA_CENTER)
    h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8,
                        spaceAfter=4)
    text_style = ParagraphStyle("text", parent=base, fontSize=9.5, leading=12)

    def para(text: str, style, bold=False, indent=0) -> Paragraph:
        body = escape(text).replace("\n", "<br/>")
        if bold:
            body = f"<b>{body}</b>"
        if indent:
            style = ParagraphStyle(f"{style.name}_i{indent}", parent=style, leftIndent=8 * indent)
        return Paragraph(body, style)

    story = [para(doc.title, title_style)]
    story += [para(line, sub_style) for line in doc.subtitle_lines if line]
    story.append(Spacer(1, 4 * mm))
    for heading, body in doc.sections:
        if cancel():
            raise InterruptedError
        if heading:
            story.append(para(heading, h2))
        if not isinstance(body, Table):
            story += [para(line, text_style) for line in body]
            continue
        total = sum(body.widths)
        widths = [usable * w / total for w in body.widths]
        from app.reports._layout import fitting_style

        data = [[para(h, head) for h in row] for row in body.header_rows]
        # header words are not split inside: a smaller font where a word is wider than its column
        data.append([para(h, fitting_style(h, head, widths[j] - 6)) for j, h in enumerate(body.headers)])
        n_head = len(data)
        style_cmds = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.Color(0.9, 0.9, 0.9)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        ncols = len(body.headers)
        for r_index, row in enumerate(body.rows, start=n_head):
            cells: list = []
            col = 0
            for cell in row:
                cells.append(para(cell.text, styles[cell.align], cell.bold, cell.indent))
                if cell.span > 1:
                    style_cmds.append(("SPAN", (col, r_index), (col + cell.span - 1, r_index)))
                    cells += [""] * (cell.span - 1)
                col += cell.span
            cells += [""] * (ncols - len(cells))
            if len(row) == 1 and row[0].span == ncols:
                style_cmds.append(("BACKGROUND", (0, r_index), (-1, r_index), colors.Color(0.96, 0.96, 0.96)))
            data.append(cells)
        table = LongTable(data, colWidths=widths, repeatRows=n_head)
        table.setStyle(TableStyle(style_cmds))
        story.append(table)
    if doc.signature_lines:
        story.append(Spacer(1, 6 * mm))
        story += [para(line, text_style) for line in doc.signature_lines]

    data_hash = doc.data_hash()
    lang = doc.lang
    # the same footer as every other report (app.reports._layout)
    from app.reports._layout import footer_text

    made = footer_text(lang, data_hash[:12])

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.drawString(margin, 7 * mm, made)
                self.drawRightString(page_w - margin, 7 * mm,
                                     i18n.t("layout.page", lang, page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    pdf = SimpleDocTemplate(str(out), pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=14 * mm, title=doc.title, author="Demilge",
                            subject=data_hash)
    pdf.build(story, canvasmaker=NumberedCanvas)


# --------------------------------------------------------------------------
# XLSX


_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def _digits_format(number_text: str, base: str) -> str:
    """"8371,4" -> "#,##0.0": as many decimals as the printed value has (a
    format like "#,##0.###" leaves a trailing dot on whole numbers in Excel)."""
    decimals = len(re.split(r"[.,]", number_text)[1]) if re.search(r"[.,]", number_text) else 0
    return base + ("." + "0" * decimals if decimals else "")


def _xlsx_value(text: str):
    """A number shown as text ("8 371,4", "50 %") becomes a real number cell
    formatted to show the same digits."""
    raw = (text or "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if raw.endswith("%") and _NUMBER.match(raw[:-1]):
        return float(raw[:-1].replace(",", ".")) / 100, _digits_format(raw[:-1], "0") + "%"
    if _NUMBER.match(raw):
        number = float(raw.replace(",", "."))
        value = int(number) if number.is_integer() and "," not in raw and "." not in raw else number
        return value, _digits_format(raw, "#,##0")
    return text, None


def _is_section_row(cells: list[Cell], ncols: int) -> bool:
    """A bold row across the whole table at the top level (a priority)."""
    return len(cells) == 1 and cells[0].bold and cells[0].span >= ncols and cells[0].indent == 0


def write_xlsx(doc: Document, out: Path, cancel=lambda: False) -> None:
    """One sheet per section: a section with a heading, and each priority of
    a table that lists several. Each sheet has its heading on top, the column
    headers frozen under it, real numbers, and widths from the table's
    proportions; the title and approval lines head the first sheet, the
    signatures and the data hash end the last."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="E6E6E6")
    used: set[str] = set()
    state = {"ws": None, "row": 1, "widths": {}}

    def new_sheet(heading: str) -> None:
        finish()
        ws = wb.create_sheet(sheet_name(heading or doc.title, used))
        state.update(ws=ws, row=1, widths={})
        if len(wb.worksheets) == 1:
            ws.cell(row=1, column=1, value=doc.title).font = Font(bold=True, size=13)
            state["row"] = 2
            for line in doc.subtitle_lines:
                if line:
                    ws.cell(row=state["row"], column=1, value=line)
                    state["row"] += 1
            state["row"] += 1
        if heading:
            ws.cell(row=state["row"], column=1, value=heading).font = Font(bold=True, size=12)
            state["row"] += 1

    def finish() -> None:
        ws = state["ws"]
        if ws is None:
            return
        for col, width in state["widths"].items():
            ws.column_dimensions[get_column_letter(col)].width = max(8, min(60, width))
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)

    def headers(body: Table) -> None:
        ws = state["ws"]
        total = sum(body.widths)
        for i, w in enumerate(body.widths, start=1):
            state["widths"][i] = max(state["widths"].get(i, 0), 120 * w / total)
        first = state["row"]
        for header_row in [*body.header_rows, body.headers]:
            for col, text in enumerate(header_row, start=1):
                c = ws.cell(row=state["row"], column=col, value=text)
                c.font = Font(bold=True)
                c.fill = head_fill
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            state["row"] += 1
        if ws.freeze_panes is None:
            ws.freeze_panes = ws.cell(row=state["row"], column=1)
            ws.print_title_rows = f"{first}:{state['row'] - 1}"

    for index, (heading, body) in enumerate(doc.sections):
        if cancel():
            raise InterruptedError
        if state["ws"] is None or heading:
            new_sheet(heading)
        ws = state["ws"]
        if not isinstance(body, Table):
            for line in body:
                ws.cell(row=state["row"], column=1, value=line)
                state["row"] += 1
            state["row"] += 1
            continue
        ncols = len(body.headers)
        splits = sum(1 for cells in body.rows if _is_section_row(cells, ncols)) > 1
        if not (splits and body.rows and _is_section_row(body.rows[0], ncols)):
            headers(body)
        for cells in body.rows:
            if splits and _is_section_row(cells, ncols):
                new_sheet(cells[0].text)
                ws = state["ws"]
                headers(body)
                continue
            col = 1
            row = state["row"]
            for cell in cells:
                value, number_format = _xlsx_value(cell.text) if cell.align == "right" else (cell.text, None)
                c = ws.cell(row=row, column=col, value=value)
                if number_format:
                    c.number_format = number_format
                c.alignment = Alignment(wrap_text=True, vertical="top", indent=cell.indent,
                                        horizontal="right" if cell.align == "right" else None)
                if cell.bold:
                    c.font = Font(bold=True)
                if cell.span > 1:
                    ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + cell.span - 1)
                for k in range(col, col + cell.span):
                    ws.cell(row=row, column=k).border = border
                col += cell.span
            for k in range(col, ncols + 1):
                ws.cell(row=row, column=k).border = border
                ws.cell(row=row, column=k).alignment = wrap
            state["row"] += 1
        state["row"] += 1
    if state["ws"] is None:
        new_sheet("")
    ws = state["ws"]
    for line in doc.signature_lines:
        ws.cell(row=state["row"], column=1, value=line)
        state["row"] += 1
    ws.cell(row=state["row"] + 1, column=1, value=i18n.t("preport.hash", doc.lang, hash=doc.data_hash()[:16]))
    finish()
    wb.properties.title = doc.title
    wb.properties.creator = "Demilge"
    wb.save(str(out))


def write(doc: Document, fmt: str, out: Path, cancel=lambda: False) -> None:
    if fmt == "pdf":
        write_pdf(doc, out, cancel)
    else:
        write_xlsx(doc, out, cancel)
