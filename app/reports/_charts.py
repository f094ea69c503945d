"""Charts the reports share: planned against actual amounts as pairs of bars
(the council summary by funding source, the project budget by its sources)."""
from __future__ import annotations

import textwrap

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from app.reports import _layout as L

PLANNED, ACTUAL = colors.HexColor("#9DB8D9"), colors.HexColor("#2F5D8A")


def plan_actual_bars(names: list[str], planned: list[int], actual: list[int], legend: tuple[str, str],
                     width: float) -> Drawing:
    """Bars in som (amounts given in tyiyn), the axis written 25 000."""
    drawing = Drawing(width, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 50, 45, width - 200, 130
    chart.data = [[v / 100 for v in planned] or [0], [v / 100 for v in actual] or [0]]
    # lines break between words only (a long word stays whole on its line)
    chart.categoryAxis.categoryNames = ["\n".join(textwrap.wrap(n, 14, break_long_words=False, break_on_hyphens=False))
                                        for n in names] or [""]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.fontName = L.FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = L.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", " ")
    chart.bars[0].fillColor = PLANNED
    chart.bars[1].fillColor = ACTUAL
    drawing.add(chart)
    box = Legend()
    box.x, box.y = width - 140, 130
    box.fontName, box.fontSize = L.FONT, 8
    box.colorNamePairs = [(PLANNED, legend[0]), (ACTUAL, legend[1])]
    drawing.add(box)
    return drawing
