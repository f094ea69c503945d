"""XLSX pieces every report shares: sheet names within Excel's rules, and a
sheet with a bold frozen header, real numbers (money as som with two
decimals), dates as dates and widths that fit the text."""
from __future__ import annotations

from app.domain.money import to_decimal_som


def sheet_name(text: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    name = "".join(ch for ch in (text or "").replace("\n", " ") if ch not in '[]:*?/\\').strip()[:31].strip() or "Report"
    base, k = name, 2
    while name.lower() in used:
        suffix = f" ({k})"
        name = base[:31 - len(suffix)] + suffix
        k += 1
    used.add(name.lower())
    return name


def workbook(title: str):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title
    wb.properties.creator = "Demilge"
    return wb


def sheet(wb, title: str, header: list[str], rows: list[list], money_cols=(), date_cols=(), total_rows: int = 0):
    """A sheet: bold frozen header, real numbers (money in tyiyn becomes som
    with two decimals), dates as dates, widths that fit the text."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(sheet_name(title, {s.title.lower() for s in wb.worksheets}))
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append([float(to_decimal_som(v)) if j in money_cols and isinstance(v, int) else v
                   for j, v in enumerate(row)])
    for r in ws.iter_rows(min_row=2):
        for cell in r:
            if cell.column - 1 in money_cols:
                cell.number_format = "#,##0.00"
            if cell.column - 1 in date_cols:
                cell.number_format = "DD.MM.YYYY"
    for r in range(ws.max_row - total_rows + 1, ws.max_row + 1) if total_rows else ():
        for cell in ws[r]:
            cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for col in ws.columns:
        width = max((max(len(line) for line in str(c.value).split("\n")) if c.value is not None else 0)
                    for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    return ws
