"""Page geometry in millimetres: rectangles, point sizes, and the line height all formats share.

Every writer sets text lines to exactly LINE_HEIGHT times the font size (fixed line spacing in
ODT and DOCX, drawn line by line in the PDF), so that the layout's arithmetic holds in all three.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_PT = 25.4 / 72
MM_PER_INCH = 25.4
LINE_HEIGHT = 1.3  # line pitch as a multiple of the font size: room for CJK ascent and descent


def pt_to_mm(points: float) -> float:
    """Millimetres in `points` typographic points."""
    return points * MM_PER_PT


def line_mm(font_pt: float) -> float:
    """The height of one line of text set in a `font_pt` font."""
    return pt_to_mm(font_pt) * LINE_HEIGHT


def mm_to_px(mm: float, dpi: int) -> int:
    """Whole pixels covering `mm` at `dpi` (at least one)."""
    return max(1, round(mm / MM_PER_INCH * dpi))


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page: left, top, width, height in millimetres from the top left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.height

    def inset(self, horizontal: float, vertical: float) -> Rect:
        """The rectangle shrunk by `horizontal` on the left and right, `vertical` top and bottom."""
        return Rect(
            self.x + horizontal,
            self.y + vertical,
            max(0.0, self.width - 2 * horizontal),
            max(0.0, self.height - 2 * vertical),
        )

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        """Whether `other` lies entirely inside this rectangle."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect, tolerance: float = 1e-6) -> bool:
        """Whether the two rectangles share any area."""
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance
            and other.y < self.bottom - tolerance
        )
