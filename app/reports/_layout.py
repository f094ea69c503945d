"""A small A4 page layout for the competition documents: embedded Noto Sans
(with ң ө ү), a header line, a footer with "page x / y" and the moment of
printing, paragraphs, term lists and tables whose header row repeats on
every page. Plain reportlab, no database."""
from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app import i18n, paths

FONT, BOLD, ITALIC = "DemilgeSans", "DemilgeSans-Bold", "DemilgeSans-Italic"
MARGIN = 18 * mm

i18n.register({
    "layout.page": {"ky": "{page}-бет / {pages}", "ru": "Стр. {page} из {pages}", "en": "Page {page} of {pages}"},
    "layout.printed": {"ky": "Басылды: {when}", "ru": "Напечатано: {when}", "en": "Printed: {when}"},
    "layout.digest": {"ky": "маалыматтын хэши: {digest}", "ru": "хэш данных: {digest}", "en": "data hash: {digest}"},
    "layout.audit": {"ky": "аудит {head}", "ru": "аудит {head}", "en": "audit {head}"},
})

# The audit chain's head ("#1234 ab12cd34ef56") at the moment the report is
# built, printed in every footer as a paper witness (set by the report service).
AUDIT_HEAD: ContextVar[str | None] = ContextVar("audit_head", default=None)
# (progress(done, total), cancel() -> bool) of the report being built (set by the report service):
# a long PDF reports its progress and stops on Cancel while it is laid out.
PROGRESS: ContextVar[tuple | None] = ContextVar("report_progress", default=None)


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = paths.fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "NotoSans-Italic.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def styles(base: float = 10.5) -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35, spaceAfter=base * 0.4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base - 2, leading=(base - 2) * 1.3, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base - 1.5, leading=(base - 1.5) * 1.25, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=base - 1.5, leading=(base - 1.5) * 1.25,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=base - 1.5, leading=(base - 1.5) * 1.25,
                               spaceAfter=0),
        "top": ParagraphStyle("top", parent=body, alignment=TA_CENTER, fontSize=base, spaceAfter=2),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=base + 5.5, leading=(base + 5.5) * 1.3,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=BOLD, fontSize=base + 1.5,
                                   leading=(base + 1.5) * 1.3, alignment=TA_CENTER, spaceAfter=10),
        "section": ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=base + 0.5, spaceBefore=8,
                                  spaceAfter=4),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "warning": ParagraphStyle("warning", parent=body, fontName=BOLD, textColor=colors.HexColor("#A40000"),
                                  borderColor=colors.HexColor("#A40000"), borderWidth=1.2, borderPadding=6,
                                  spaceBefore=8, spaceAfter=14),
    }


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def terms_table(rows: Sequence[tuple[str, object]], st: dict, width: float) -> Table:
    """Two columns: a bold term and its value (text or a flowable)."""
    data = [[p(label, st["head"]), value if not isinstance(value, str) else p(value, st["cell"])]
            for label, value in rows]
    table = Table(data, colWidths=[width * 0.34, width * 0.66])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0B0B0")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


CHUNK_ROWS = 60      # rows a long table is measured by at a time: more than a page holds


def wrap_text(text: str, width: float, font: str, size: float) -> str:
    """`text` broken into lines that fit `width` (words kept whole unless a
    word alone is wider), for a table cell that is a plain string."""
    lines = []
    for para in (text or "").split("\n"):
        if pdfmetrics.stringWidth(para, font, size) <= width:
            lines.append(para)
            continue
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if pdfmetrics.stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:   # a word wider than the cell
                cut = len(line) - 1
                while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


class ChunkedTable(Flowable):
    """A long table laid out a page at a time: each page gets a table of
    exactly the rows that fit under the header, found from the rows' heights
    worked out once beforehand (reportlab would measure all the rows of one
    huge Table again for every page, and splitting a table copies its style
    for each piece). Should a page's table still not fit (a height guessed
    short), reportlab splits that one table as before. `keep_from`: the
    index of the first row that must not begin a page on its own (the row
    before the totals: a total never stands alone)."""

    def __init__(self, rows: list, make, heights: list[float], head: float, offset: int = 0,
                 keep_from: int | None = None):
        super().__init__()
        self.rows = rows               # the rows not yet laid out
        self.make = make               # make(rows, offset) -> Table with the header
        self.heights = heights         # each of these rows' height
        self.head = head               # the header row's height
        self.offset = offset
        self.keep_from = keep_from     # absolute row index; rows from it on are never split apart

    @property
    def tables(self) -> list:
        return [self.rows[i:i + CHUNK_ROWS] for i in range(0, len(self.rows), CHUNK_ROWS)]

    def wrap(self, available_width, available_height):
        return available_width, available_height + 1     # never fits whole: the frame asks to split

    def _fitting(self, available_height: float) -> int:
        """How many of the rows fit under the header (0: none)."""
        room, n = available_height - self.head, 0
        for h in self.heights:
            if h > room:
                break
            room -= h
            n += 1
        if n < len(self.rows) and self.keep_from is not None:
            # the rows from keep_from - 1 on stay together: split before them or not among them
            n = min(n, max(self.keep_from - 1 - self.offset, 0))
        return n

    def _rest(self, used: int) -> list:
        rest = self.rows[used:]
        if not rest:
            return []
        return [ChunkedTable(rest, self.make, self.heights[used:], self.head, self.offset + used, self.keep_from)]

    def split(self, available_width, available_height):
        n = self._fitting(available_height)
        if n:
            table = self.make(self.rows[:n], self.offset)
            _w, h = table.wrap(available_width, available_height)
            if h <= available_height:
                return [table] + self._rest(n)
        # nothing fits by the heights, or a height was guessed short: reportlab splits
        part = self.rows[:CHUNK_ROWS]
        table = self.make(part, self.offset)
        _w, h = table.wrap(available_width, available_height)
        if h <= available_height:
            used, out = len(part), [table]
        else:
            pieces = table.split(available_width, available_height)
            if not pieces:
                return []                                 # nothing fits here: the next page
            out = [pieces[0]]
            used = len(pieces[0]._cellvalues) - 1         # its rows under the header
        return out + self._rest(used)

    def draw(self):     # pragma: no cover - always split first
        pass


PAD_LEFT = PAD_RIGHT = 3   # left/right padding of a grid cell
PAD_TOP, PAD_BOTTOM = 2, 3  # top/bottom padding of a grid cell (row heights are worked out with them)


class CellTable(Table):
    """A reportlab Table whose plain-string cells are drawn, as a Paragraph
    cell is, from their cell's own origin (the canvas moved to the cell's
    left padding edge), so whoever reads the PDF back finds each cell's left
    edge in the text's matrix whatever its alignment (tests/reports/pdf_grid.py
    reads figures by column that way)."""

    def _drawCell(self, cellval, cellstyle, pos, size):
        if isinstance(cellval, (tuple, list, Flowable)):
            return super()._drawCell(cellval, cellstyle, pos, size)
        x0 = pos[0] + cellstyle.leftPadding
        canv = self.canv
        # moved there and back (no saveState: the font and colour stay set for
        # the next cell, which saves setting them again for every cell)
        canv.translate(x0, 0)
        try:
            super()._drawCell(cellval, cellstyle, (pos[0] - x0, pos[1]), size)
        finally:
            canv.translate(-x0, 0)


CELL_PADDING = 6         # left + right padding of a grid cell (3 + 3)
MIN_FONT = 6.5
VOWELS = set("аеёиоуыэюяөүaeiouy")


def syllable_breaks(word: str) -> str:
    """The word with soft hyphens where it may be divided (Russian/Kyrgyz
    rule of thumb: V-CV and VC-CV, never leaving one letter alone)."""
    low = word.lower()
    if len(word) < 5 or not word.isalpha():
        return word
    out = []
    for i, ch in enumerate(word):
        if 2 <= i <= len(word) - 2:
            a, b, c = low[i - 1], low[i], low[i + 1] if i + 1 < len(low) else ""
            v_cv = a in VOWELS and b not in VOWELS and c in VOWELS
            vc_cv = (i >= 2 and low[i - 2] in VOWELS and a not in VOWELS and a not in "ьъй"
                     and b not in VOWELS and c in VOWELS)
            after_soft = a in "ьъй" and b not in VOWELS and i >= 3
            if v_cv or vc_cv or after_soft:
                out.append("\u00ad")
        out.append(ch)
    return "".join(out)


def fitting_style(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The style, or a smaller font of it, in which the longest word of
    `text` fits `width`: a column is split only between words ("Мужчи/ны",
    "01.04.202/3" are not). Below MIN_FONT the word is left to wrap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = (text or "").split()
    if not words or width <= 0:
        return style
    longest = max(words, key=lambda w: stringWidth(w, style.fontName, style.fontSize))
    need = stringWidth(longest, style.fontName, style.fontSize)
    if need <= width:
        return style
    size = max(MIN_FONT, style.fontSize * width / need * 0.98)
    # still too wide at the smallest font: divided at a syllable, with a hyphen
    return ParagraphStyle(f"{style.name}_{size:.1f}", parent=style, fontSize=size, leading=size * 1.22,
                          embeddedHyphenation=1, splitLongWords=0)


def fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A cell's paragraph whose words are divided only between words, or at
    a syllable with a hyphen when a word does not fit even in a small font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fit = fitting_style(text, style, width)
    if fit is not style and any(stringWidth(w, fit.fontName, fit.fontSize) > width for w in (text or "").split()):
        words = [syllable_breaks(w) if stringWidth(w, fit.fontName, fit.fontSize) > width else w
                 for w in (text or "").split(" ")]
        return Paragraph(escape(" ".join(words)).replace("\n", "<br/>"), fit)
    return p(text, fit)


def grid_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], st: dict,
               right: Sequence[int] = (), total_rows: int = 0):
    """A table with a header row repeated on each page; `right` columns are
    aligned right (amounts); the last `total_rows` rows are bold and stay on
    the page of the row above them (a total never stands alone).

    Cells are plain strings (drawn by the table itself, no Paragraph each),
    broken into lines beforehand where they are wider than their column; a
    table longer than CHUNK_ROWS rows comes as page-sized chunks. Words are
    never split inside: a cell with a word wider than its column (and every
    header) is a Paragraph in a smaller font (`fitted`)."""
    cell = st["cell"]
    font, size, leading = cell.fontName, cell.fontSize, cell.leading
    room = [max(w - PAD_LEFT - PAD_RIGHT, 10) for w in widths]
    head = [fitted(h, st["head"], room[j]) for j, h in enumerate(header)]
    body = []
    for i, row in enumerate(rows):
        bold = i >= len(rows) - total_rows
        f = BOLD if bold else font
        cells = []
        for j, value in enumerate(row):
            if isinstance(value, str):
                if any(pdfmetrics.stringWidth(w, f, size) > room[j] for w in value.split()):
                    style = st["cell_right"] if j in right else cell
                    if bold:
                        style = ParagraphStyle(f"{style.name}_b", parent=style, fontName=BOLD)
                    value = fitted(value, style, room[j])
                elif "\n" in value or pdfmetrics.stringWidth(value, f, size) > room[j]:
                    value = wrap_text(value, room[j], f, size)
            cells.append(value)
        body.append(cells)

    def table(part: list, first_total: int | None) -> Table:
        t = CellTable([head] + part, colWidths=list(widths), repeatRows=1)
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
            ("FONT", (0, 1), (-1, -1), font, size, leading),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_LEFT),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_RIGHT),
        ]
        commands += [("ALIGN", (j, 1), (j, -1), "RIGHT") for j in right]
        if first_total is not None:
            commands.append(("BACKGROUND", (0, first_total), (-1, -1), colors.HexColor("#F3F3F3")))
            commands.append(("FONT", (0, first_total), (-1, -1), BOLD, size, leading))
            # the totals with the last row before them: never alone on a new page
            commands.append(("NOSPLIT", (0, max(1, first_total - 1)), (-1, -1)))
        t.setStyle(TableStyle(commands))
        return t

    first_total_row = len(body) - total_rows      # index in body

    def make(part: list, start: int) -> Table:
        ft = None
        if total_rows and start + len(part) > first_total_row:
            ft = 1 + max(first_total_row - start, 0)
        return table(part, ft)

    if len(body) <= CHUNK_ROWS:
        return make(body, 0)
    pad = PAD_TOP + PAD_BOTTOM

    def height(value, j: int) -> float:
        if isinstance(value, Flowable):
            return value.wrap(room[j], 1e6)[1]
        return leading * (value.count("\n") + 1 if isinstance(value, str) else 1)

    heights = [max(height(v, j) for j, v in enumerate(r)) + pad for r in body]
    head_height = max(height(v, j) for j, v in enumerate(head)) + pad
    return ChunkedTable(body, make, heights, head_height, keep_from=first_total_row if total_rows else None)


def fmt_date(d) -> str:
    """A date as documents write it: 28.12.2020 (empty for none)."""
    return d.strftime("%d.%m.%Y") if d else ""


def data_hash(obj) -> str:
    """A short SHA-256 of the data a report was built from (canonical JSON),
    printed in the footer so two printouts can be compared."""
    import hashlib
    import json

    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _numbered_canvas(lang: str, header: str, printed: str):
    class NumberedCanvas(rl_canvas.Canvas):
        """Draws "page x / y" once the number of pages is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):
            # the page's drawing operations kept as one string (as reportlab
            # would write them) until the number of pages is known
            self._code = ["\n".join(self._code)] if self._code else []
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#505050"))
            if header:
                self.drawString(MARGIN, h - MARGIN * 0.6, header[:150])
            self.drawString(MARGIN, MARGIN * 0.5, printed)
            self.drawRightString(w - MARGIN, MARGIN * 0.5,
                                 i18n.t("layout.page", lang, page=self._pageNumber, pages=total))

    return NumberedCanvas


BISHKEK = timezone(timedelta(hours=6), "Asia/Bishkek")  # no daylight saving since 2005


def build_pdf(out: Path, story: list, *, lang: str, title: str, header: str = "", wide: bool = False,
              author: str = "Demilge", cancel=None, digest: str | None = None) -> None:
    """Write the story to `out` on A4 (landscape when `wide`). The footer has
    the moment of printing (Bishkek time), `digest` (a short hash of the data)
    when given, the audit chain's head (AUDIT_HEAD) and "page x / y"."""
    register_fonts()
    size = landscape(A4) if wide else A4
    hooks = PROGRESS.get()
    cancelled = cancel or (hooks[1] if hooks else None)
    total = sum(len(f.tables) if isinstance(f, ChunkedTable) else 1 for f in story) or 1   # about the pages

    class Doc(SimpleDocTemplate):
        laid = 0

        def afterFlowable(self, flowable):
            """Progress by the story's parts laid out; Cancel stops the build between them."""
            self.laid += 1
            if hooks and self.laid % 10 == 0:
                hooks[0](min(self.laid, total - 1), total)
            if cancelled is not None and self.laid % 10 == 0 and cancelled():
                from app.reports._errors import ReportInputError

                raise ReportInputError("report.cancelled")

    doc = Doc(str(out), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author=author, lang=lang,
                            subject=title, creator="Demilge")
    doc.build(story, canvasmaker=_numbered_canvas(lang, header, footer_text(lang, digest)))


def footer_text(lang: str, digest: str | None) -> str:
    """The left part of every footer: when it was printed (Bishkek time), the
    data hash and the audit chain's head."""
    printed = i18n.t("layout.printed", lang, when=datetime.now(BISHKEK).strftime("%d.%m.%Y %H:%M"))
    if digest:
        printed += " · " + i18n.t("layout.digest", lang, digest=digest)
    if AUDIT_HEAD.get():
        printed += " · " + i18n.t("layout.audit", lang, head=AUDIT_HEAD.get())
    return printed


def frame_width(wide: bool = False) -> float:
    size = landscape(A4) if wide else A4
    return size[0] - 2 * MARGIN


__all__ = ["KeepTogether", "Spacer", "Paragraph", "build_pdf", "data_hash", "fmt_date", "frame_width", "grid_table", "p",
           "styles", "terms_table", "mm"]
