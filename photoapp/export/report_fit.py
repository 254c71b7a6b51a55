"""The appendix's settings fitted to the report it goes into: its paper, margins and type sizes.

An appendix inside the user's report lives on the report's pages, so it is laid out on the
report's own page (size and margins of the section it lands in, turned when the appendix is
landscape and the report not), with the type sizes of the report's heading and caption styles
it uses: the layout's row heights then match what Word and LibreOffice will set. The page
numbers are the report's footer's business, not the appendix's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from photoapp.export.geometry import LINE_HEIGHT, MM_PER_PT
from photoapp.export.layout import TITLE_SPACE_AFTER
from photoapp.export.settings import ExportSettings, Margins, Orientation, Paper


@dataclass(frozen=True)
class ReportPage:
    """A report section's page: paper width and height as turned, margins, in millimetres."""

    width: float
    height: float
    margins: Margins

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True)
class ReportStyles:
    """Type sizes (points) and the height beyond one line (mm: space before and after) of the
    report's styles the appendix uses; None where the appendix keeps its own style."""

    heading_pt: float | None = None
    heading_extra_mm: float = 0.0
    day_pt: float | None = None
    caption_pt: float | None = None


def turned(page: ReportPage, orientation: Orientation) -> ReportPage:
    """`page` turned to `orientation` (a landscape appendix in a portrait report: its own
    section of the same paper turned, the same margins on the same edges)."""
    landscape = orientation is Orientation.LANDSCAPE
    if page.landscape == landscape:
        return page
    return ReportPage(page.height, page.width, page.margins)


def fitted_settings(
    settings: ExportSettings, page: ReportPage, styles: ReportStyles, heading: str
) -> ExportSettings:
    """`settings` laid out on `page` under `heading`, with the report's type sizes.

    The paper is the standard one nearest the report's (the layout knows A4 and Letter), with
    the right and bottom margins set so that the text area is exactly the report's. A heading
    style's space before and after counts as a larger heading, for the first page to keep
    room for what the heading really takes.
    """
    portrait = (min(page.width, page.height), max(page.width, page.height))
    paper = min(
        Paper, key=lambda p: abs(p.size_mm[0] - portrait[0]) + abs(p.size_mm[1] - portrait[1])
    )
    orientation = Orientation.LANDSCAPE if page.landscape else Orientation.PORTRAIT
    paper_width, paper_height = paper.size_mm
    if orientation is Orientation.LANDSCAPE:
        paper_width, paper_height = paper_height, paper_width
    margins = page.margins
    body_width = page.width - margins.left - margins.right
    body_height = page.height - margins.top - margins.bottom
    # the report's text area exactly, on the nearest standard paper
    fitted = Margins(
        top=margins.top,
        left=margins.left,
        right=max(0.0, paper_width - margins.left - body_width),
        bottom=max(0.0, paper_height - margins.top - body_height),
        footer=min(margins.footer, margins.bottom),
    )
    fonts = settings.fonts
    heading_pt = styles.heading_pt or fonts.heading_pt
    extra = styles.heading_extra_mm - TITLE_SPACE_AFTER
    if extra > 0:
        heading_pt += extra / (LINE_HEIGHT * MM_PER_PT)
    fonts = replace(
        fonts,
        heading_pt=_points(heading_pt),
        day_pt=_points(styles.day_pt or fonts.day_pt),
        caption_pt=_points(styles.caption_pt or fonts.caption_pt),
    )
    return settings.with_changes(
        paper=paper,
        orientation=orientation,
        margins=fitted,
        heading=heading,
        page_number_format="",
        fonts=fonts,
    )


def _points(value: float) -> float:
    return min(48.0, max(6.0, round(value, 2)))
