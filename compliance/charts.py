"""Numbers for the dashboard's SVG bars (drawn with SVG attributes: the CSP allows no inline
styles). Each chart has a table beside it as its text equivalent."""

from .status import Status

WIDTH = 600


def status_segments(counts: dict) -> list[dict]:
    """A stacked bar: one segment per status with its x offset and width in SVG units."""
    total = counts.get("total") or 0
    segments, x = [], 0.0
    for status in Status.ORDER:
        n = counts.get(status, 0)
        if not total or not n:
            continue
        width = WIDTH * n / total
        segments.append(
            {
                "status": status,
                "label": Status.LABELS[status],
                "n": n,
                "x": round(x, 1),
                "width": round(width, 1),
            }
        )
        x += width
    return segments
