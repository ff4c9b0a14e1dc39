"""Server-drawn SVG charts: a text alternative, series told apart without colour, labels that
do not overlap."""

from __future__ import annotations

import re

from cschub.web.charts import LABEL_GAP, Bar, Series, line_chart, ranked_chart


def _labels(svg: str) -> dict[str, float]:
    return {m[1]: float(m[0]) for m in re.findall(
        r'<text x="[\d.]+" y="([\d.]+)" font-size="12" fill="#\w+">([^<]+)</text>', svg)}


def test_line_chart_has_title_description_and_distinct_patterns() -> None:
    svg = line_chart("c", "A title", "A description", ["2024-25", "2025-26"],
                     [Series("One", [1.0, 2.0]), Series("Two", [1.5, None])], "%")
    assert 'role="img"' in svg and 'aria-labelledby="c-title c-desc"' in svg
    assert "<title id=\"c-title\">A title</title>" in svg and "A description</desc>" in svg
    assert svg.count("stroke-dasharray") == 1  # the first solid, the second dashed
    assert "<circle" in svg and "<rect" in svg  # and different markers


def test_line_end_labels_never_overlap() -> None:
    series = [Series(f"Line {n}", [10.0, 10.0 + n * 0.01]) for n in range(5)]
    ys = sorted(_labels(line_chart("c", "t", "d", ["a", "b"], series)).values())
    assert len(ys) == 5
    assert all(b - a >= LABEL_GAP - 0.01 for a, b in zip(ys, ys[1:], strict=False))


def test_ranked_chart_marks_and_labels_the_la() -> None:
    bars = [Bar("A", 5.0), Bar("Here", 3.0, own=True), Bar("C", 1.0)]
    svg = ranked_chart("r", "Ranked", "All LAs", bars, ("England", 2.5))
    assert "Here: 3.0</text>" in svg and "<polygon" in svg
    assert "England: 2.5" in svg and "stroke-dasharray" in svg
    assert svg.count("<rect") == 3


def test_text_in_charts_is_escaped() -> None:
    svg = line_chart("c", "<b>", "&", ["<x>"], [Series("<script>", [1.0])])
    assert "<script>" not in svg and "<b>" not in svg
