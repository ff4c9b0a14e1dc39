"""Line charts as inline SVG, drawn on the server: a text alternative (title and description),
and series told apart by line pattern, marker shape and a label at the line's end, never by
colour alone. The same figures are always in a table beside the chart."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 680, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 230, 24, 40

# colour (contrast ≥ 3:1 on white), dash pattern, marker
STYLES = [
    ("#1d70b8", "", "circle"),
    ("#0b0c0c", "8 4", "square"),
    ("#d4351c", "2 3", "triangle"),
    ("#00703c", "12 4 2 4", "diamond"),
    ("#4c2c92", "4 4", "cross"),
]


@dataclass
class Series:
    """One line: a name and a value (or None) per x label."""

    name: str
    values: list[float | None]


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == "triangle":
        return (f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} '
                f'{x - 5:.1f},{y + 4:.1f}" fill="{colour}"/>')
    if shape == "diamond":
        return (f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},'
                f'{y + 5:.1f} {x - 5:.1f},{y:.1f}" fill="{colour}"/>')
    return (f'<path d="M{x - 4:.1f},{y - 4:.1f} L{x + 4:.1f},{y + 4:.1f} M{x + 4:.1f},'
            f'{y - 4:.1f} L{x - 4:.1f},{y + 4:.1f}" stroke="{colour}" stroke-width="2"/>')


def _ticks(high: float) -> list[float]:
    if high <= 0:
        return [0.0]
    step = 10 ** len(str(int(high))) / 10 or 1
    while high / step > 6:
        step *= 2
    while high / step < 3:
        step /= 2
    return [i * step for i in range(int(high / step) + 2)]


def line_chart(chart_id: str, title: str, description: str, labels: list[str],
               series: list[Series], unit: str = "") -> str:
    """The SVG markup of a line chart."""
    values = [v for s in series for v in s.values if v is not None]
    ticks = _ticks(max(values) if values else 0)
    top = ticks[-1] or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(labels) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return LEFT + i * step, TOP + plot_h * (1 - v / top)

    parts = [
        f'<svg class="cschub-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg" '
        'font-family="GDS Transport, arial, sans-serif">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for t in ticks:
        y = TOP + plot_h * (1 - t / top)
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#b1b4b6" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
                     f'fill="#0b0c0c">{t:g}</text>')
    for i, label in enumerate(labels):
        parts.append(f'<text x="{LEFT + i * step:.1f}" y="{HEIGHT - 14}" text-anchor="middle" '
                     f'font-size="12" fill="#0b0c0c">{escape(label)}</text>')
    for (colour, dash, shape), s in zip(STYLES, series, strict=False):
        points = [(i, v) for i, v in enumerate(s.values) if v is not None]
        if not points:
            continue
        path = " ".join(f"{'M' if n == 0 else 'L'}{xy(i, v)[0]:.1f},{xy(i, v)[1]:.1f}"
                        for n, (i, v) in enumerate(points))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5"'
                     f'{dash_attr}/>')
        parts += [_marker(shape, *xy(i, v), colour) for i, v in points]
        x, y = xy(*points[-1])
        parts.append(f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" font-size="12" '
                     f'fill="{colour}">{escape(s.name)}</text>')
    if unit:
        parts.append(f'<text x="4" y="{TOP - 6}" font-size="12" fill="#0b0c0c">'
                     f'{escape(unit)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
