"""Reading a report PDF back as a person reads it: each piece of text with its
page and position, so a test ties a figure to its row and column (the cell
next to its label) instead of finding it anywhere in the document.

The running header and the footer (moment of printing, data hash, page
numbers) lie outside the page's text frame and are left out unless asked for:
a time or a hash there can never pass for a figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

# The footer (and the running header) are drawn in the page's margin: the
# competition documents (app/reports/_layout.py) put the footer 9 mm from the
# bottom and the header 11 mm from the top with 18 mm margins; the program
# reports (_program_common.py) put the footer 7 mm from the bottom, with 12 mm
# and 14 mm margins and no header. Text within 12 mm of either edge is margin.
EDGE = 12 * 72 / 25.4   # 12 mm in points

_SPACES = re.compile(r"[ \u00a0\u202f]+")


def clean(text: str) -> str:
    """One line of text with every kind of space as one plain space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


@dataclass(frozen=True)
class Piece:
    page: int
    x: float          # where the text starts
    y: float          # its baseline, from the bottom of the page as PDF counts
    text: str
    left: float = 0   # the left edge of the paragraph (table cell) it belongs to

    def key(self) -> tuple:
        return (self.page, -round(self.y), self.x)   # reading order


def pieces(path: Path | str, *, margins: bool = False) -> list[Piece]:
    """Every text piece of the PDF in reading order; without `margins` only
    those inside the frame (no header, no footer)."""
    out: list[Piece] = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        height = float(page.mediabox.height)

        def visit(text, cm, tm, _font, _size, number=number, height=height):
            text = clean(text)
            if not text:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if margins or EDGE < y < height - EDGE:
                # reportlab draws each paragraph (each table cell) at its own origin: cm[4] is the cell's
                # left edge whether its text is aligned left, centred or right
                out.append(Piece(number, round(x, 1), round(y, 1), text, round(cm[4], 1)))

        page.extract_text(visitor_text=visit)
    return sorted(out, key=Piece.key)


def margin_texts(path: Path | str) -> list[str]:
    """What lies in the margins: the running header and the footer."""
    inside = set(pieces(path))
    return [p.text for p in pieces(path, margins=True) if p not in inside]


def lines(found: list[Piece]) -> list[list[Piece]]:
    """Pieces on one baseline of one page, left to right."""
    rows: dict[tuple[int, int], list[Piece]] = {}
    for p in found:
        rows.setdefault((p.page, round(p.y)), []).append(p)
    return [sorted(r, key=lambda p: p.x) for _, r in sorted(rows.items(), key=lambda kv: (kv[0][0], -kv[0][1]))]


def line_with(found: list[Piece], text: str) -> str:
    """The whole line (its pieces joined) in which `text` is printed; fails if none."""
    for line in lines(found):
        joined = " ".join(p.text for p in line)
        if text in joined:
            return joined
    raise AssertionError(f"no line with {text!r}")


def beside(found: list[Piece], label: str) -> str:
    """What is printed to the right of `label` on its line (a label column of
    terms: "Максимальная сумма гранта | 12 000,00 сом (...)"); the label may
    wrap onto a second line. Exactly one such line must exist."""
    hits = [line for line in lines(found)
            if len(line) > 1 and (line[0].text == label or (label.startswith(line[0].text + " ")))]
    assert len(hits) == 1, f"{len(hits)} lines start with {label!r}"
    return " ".join(p.text for p in hits[0][1:])


def text_of(found: list[Piece]) -> str:
    """The frame's text, line by line (footer and header left out)."""
    return "\n".join(" ".join(p.text for p in line) for line in lines(found))


class Table:
    """A table of a report found by its header row: `columns` are ALL its
    header texts, left to right (a long header may wrap; give its first line
    or the whole of it; a column left out would be read as part of the one
    before it), `after` a text printed before the table
    when the same header appears twice, `row_gap` the largest distance
    between two lines of the table (wider rows than grid_table's). The header
    repeats on every page the table runs over; rows are read below each one."""

    # A one-line row of app.reports._layout.grid_table is 16.25 pt high (9 pt
    # text, 11.25 leading, 5 pt padding); lines wrapped in a cell are 11.25
    # apart. A paragraph or a title after the table is further away.
    ROW_GAP = 17.5

    def __init__(self, found: list[Piece], columns: list[str], after: str | None = None,
                 row_gap: float | None = None):
        self.columns = columns
        self.row_gap = row_gap or self.ROW_GAP
        start = 0
        if after is not None:
            start = next((i for i, p in enumerate(found) if after in p.text), None)
            assert start is not None, f"no {after!r} before the table"
        self.found = found
        self.headers: list[tuple[int, float, list[float]]] = []   # page, y, x of each column
        for line in lines(found[start:]):
            xs = self._match(line)
            if xs is not None:
                self.headers.append((line[0].page, line[0].y, xs))
        assert self.headers, f"no header row {columns}"

    def _match(self, line: list[Piece]) -> list[float] | None:
        """The left edges of the header cells, when `line` is the header row."""
        xs = []
        for name in self.columns:
            hit = next((p for p in line if p.text == name or (name.startswith(p.text) and len(p.text) > 2)), None)
            if hit is None:
                return None
            xs.append(hit.left)
        return xs if xs == sorted(xs) else None

    def _column(self, xs: list[float], piece: Piece) -> int | None:
        """The column of a piece: the one whose header cell has the same left
        edge (else the last one starting left of it)."""
        for i, left in enumerate(xs):
            if abs(piece.left - left) < 1.5:
                return i
        index = None
        for i, left in enumerate(xs):
            if piece.left >= left - 1:
                index = i
        return index

    def rows(self) -> list[dict[str, str]]:
        """Every row of the table: column -> the text on the row's first line."""
        out = []
        for n, (page, y, xs) in enumerate(self.headers):
            below = [ln for ln in lines(self.found) if ln[0].page == page and ln[0].y < y - 1]
            previous = y
            for line in below:
                if previous - line[0].y > self.row_gap or self._match(line) is not None:
                    break                          # the table ends (or starts again)
                previous = line[0].y
                cells: dict[str, str] = {}
                for p in line:
                    col = self._column(xs, p)
                    if col is not None:
                        name = self.columns[col]
                        cells[name] = clean(f"{cells.get(name, '')} {p.text}")
                out.append(cells)
        return out

    def row(self, label: str, column: int = 0) -> dict[str, str]:
        """The row whose cell in `column` (the first by default) is `label`, or
        else holds it: column -> text. Exactly one such row must exist."""
        name = self.columns[column]
        rows = self.rows()
        hits = [r for r in rows if r.get(name) == label] or [r for r in rows if label in r.get(name, "")]
        assert len(hits) == 1, f"{len(hits)} rows with {label!r} in {name!r}: {hits}"
        return hits[0]

    def cell(self, label: str, column: str, by: int = 0) -> str:
        """The cell of `column` in the row whose column `by` holds `label`."""
        row = self.row(label, by)
        assert column in row, f"the row of {label!r} has nothing under {column!r}: {row}"
        return row[column]
