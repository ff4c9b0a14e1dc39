"""Line charts as inline SVG, drawn on the server: a text alternative (title and description),
and series told apart by line pattern, marker shape and a label at the line's end, never by
colour alone. The same figures are always in a table beside the chart."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 680, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 230, 36, 40

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


LABEL_GAP = 14  # px between direct labels, so two lines ending close together stay readable


def _spread(labels: list[tuple[float, float, str, str]]) -> list[tuple[float, float, str, str]]:
    """The line-end labels moved apart vertically where they would overlap."""
    placed: list[tuple[float, float, str, str]] = []
    for x, y, name, colour in sorted(labels, key=lambda label: label[1]):
        if placed and y - placed[-1][1] < LABEL_GAP:
            y = placed[-1][1] + LABEL_GAP
        placed.append((x, y, name, colour))
    floor = HEIGHT - BOTTOM  # pushed below the plot: move the lowest back up, and those above
    for n in range(len(placed) - 1, -1, -1):
        x, y, name, colour = placed[n]
        placed[n] = (x, min(y, floor), name, colour)
        floor = placed[n][1] - LABEL_GAP
    return placed


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
    labels_at: list[tuple[float, float, str, str]] = []
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
        labels_at.append((*xy(*points[-1]), s.name, colour))
    parts += [f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" font-size="12" fill="{colour}">'
              f'{escape(name)}</text>' for x, y, name, colour in _spread(labels_at)]
    if unit:
        parts.append(f'<text x="4" y="14" font-size="12" fill="#0b0c0c">{escape(unit)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


@dataclass
class Bar:
    """One LA in a ranked chart."""

    name: str
    value: float
    own: bool = False


def ranked_chart(chart_id: str, title: str, description: str, bars: list[Bar],
                 line: tuple[str, float] | None = None, decimals: int = 1) -> str:
    """Every LA's value as a thin bar, highest first: the app's LA in blue with a marker and a
    label above it (not colour alone), and an optional labelled dashed line (England)."""
    top = (_ticks(max([b.value for b in bars] + [line[1] if line else 0] + [0])) or [1])[-1] or 1
    plot_w, plot_h = WIDTH - LEFT - 20, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(bars), 1)

    def y_of(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    parts = [
        f'<svg class="cschub-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg" '
        'font-family="GDS Transport, arial, sans-serif">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for t in _ticks(top):
        if t <= top:
            parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y_of(t):.1f}" '
                         f'y2="{y_of(t):.1f}" stroke="#b1b4b6" stroke-width="1"/>')
            parts.append(f'<text x="{LEFT - 6}" y="{y_of(t) + 4:.1f}" text-anchor="end" '
                         f'font-size="12" fill="#0b0c0c">{t:g}</text>')
    for i, bar in enumerate(bars):
        x, y = LEFT + i * step, y_of(bar.value)
        fill = "#1d70b8" if bar.own else "#505a5f"
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{step * 0.8:.2f}" '
                     f'height="{TOP + plot_h - y:.1f}" fill="{fill}"/>')
        if bar.own:  # a triangle over its bar, a leader line up to its label above the plot
            cx = x + step / 2
            parts.append(f'<polygon points="{cx:.1f},{y - 4:.1f} {cx + 6:.1f},{y - 14:.1f} '
                         f'{cx - 6:.1f},{y - 14:.1f}" fill="#1d70b8"/>')
            parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{TOP - 8}" y2="{y - 14:.1f}" '
                         'stroke="#1d70b8" stroke-width="1.5"/>')
            anchor = "end" if cx > LEFT + plot_w * 0.5 else "start"
            parts.append(f'<text x="{cx:.1f}" y="{TOP - 12}" text-anchor="{anchor}" '
                         f'font-size="13" font-weight="bold" fill="#0b0c0c">'
                         f'{escape(bar.name)}: {bar.value:,.{decimals}f}</text>')
    if line:
        y = y_of(line[1])
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#0b0c0c" stroke-width="2" stroke-dasharray="8 4"/>')
        parts.append(f'<text x="{LEFT + plot_w}" y="{y - 6:.1f}" text-anchor="end" '
                     f'font-size="12" fill="#0b0c0c">{escape(line[0])}: '
                     f'{line[1]:,.{decimals}f}</text>')
    parts.append(f'<text x="{LEFT}" y="{HEIGHT - 14}" font-size="12" fill="#0b0c0c">'
                 'Highest</text>')
    parts.append(f'<text x="{LEFT + plot_w}" y="{HEIGHT - 14}" text-anchor="end" '
                 'font-size="12" fill="#0b0c0c">Lowest</text>')
    parts.append("</svg>")
    return "\n".join(parts)
