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
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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
               right: Sequence[int] = (), total_rows: int = 0) -> Table:
    """A table with a header row repeated on each page; `right` columns are
    aligned right (amounts); the last `total_rows` rows are bold and stay on
    the page of the row above them (a total never stands alone). Words are
    never split inside: a word wider than its column gets a smaller font."""
    room = [w - CELL_PADDING for w in widths]
    data = [[fitted(h, st["head"], room[j]) for j, h in enumerate(header)]]
    for i, row in enumerate(rows):
        is_total = i >= len(rows) - total_rows
        cells = []
        for j, value in enumerate(row):
            if isinstance(value, str):
                style = st["cell_right"] if j in right else st["cell"]
                if is_total:
                    style = ParagraphStyle(f"{style.name}_b", parent=style, fontName=BOLD)
                cells.append(fitted(value, style, room[j] if j < len(room) else 0))
            else:
                cells.append(value)
        data.append(cells)
    table = Table(data, colWidths=list(widths), repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
    ]
    if total_rows:
        commands.append(("BACKGROUND", (0, len(data) - total_rows), (-1, -1), colors.HexColor("#F3F3F3")))
        # the totals with the last row before them: never alone on a new page
        commands.append(("NOSPLIT", (0, max(1, len(data) - total_rows - 1)), (-1, -1)))
    table.setStyle(TableStyle(commands))
    return table


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
    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
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
