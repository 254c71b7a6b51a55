"""The appendix laid out on pages: where each heading, photo, caption and page number goes.

Pure arithmetic in millimetres, no Qt and no files: the PDF writer paints these rectangles, the
ODT and DOCX writers build tables whose rows are exactly these rows and break pages exactly
here, and the GUI paints its preview from the same pages. A page is a column of blocks:
headings and rows of a photo grid (photos per page 1, 2, 3, 4 or 6), each grid cell holding a
photo fitted into its box with its caption below, the pair centred in the cell. The writers
place each photo at exactly its layout position (a space before its paragraph in ODT and
DOCX), so the three formats agree even where their line breaking does not.

Text is measured by an estimate (a CJK character is one em wide, anything else a generous half
em), so layout needs no fonts; every cell reserves the caption lines the longest caption needs,
which keeps photo boxes equal, lines up the photos of a row and leaves room for the writers'
own line breaking.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from photoapp.domain.model import Day
from photoapp.export.entries import AppendixEntry, day_heading, document_text
from photoapp.export.geometry import Rect, line_mm, mm_to_px, pt_to_mm
from photoapp.export.settings import ExportSettings, Orientation

CELL_PADDING_H = 3.0  # left and right inside a grid cell: half the gap between two photos
CELL_PADDING_V = 2.0  # top and bottom inside a grid cell
CAPTION_GAP = 2.0  # between a photo and its caption
TITLE_SPACE_AFTER = 4.0
DAY_SPACE_AFTER = 2.0
SPACER_PT = 1.0  # the near-empty paragraph that starts a page beginning with photos
BOTTOM_SLACK = 4.0  # kept free at the page's foot for the writers' rounding
NARROW_EM = 0.56  # estimated width of a non-CJK character, in ems
MEASURE_SAFETY = 0.94  # use this share of a line's width when estimating line breaks
MIN_PHOTO_BOX = 10.0

# (columns, rows) of the photo grid for each count, portrait; landscape pages swap them.
_GRID = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (2, 2), 6: (2, 3)}


class TextRole(Enum):
    """What a piece of text on the page is; writers give each role its own style."""

    TITLE = "title"
    DAY = "day"
    CAPTION = "caption"
    FOOTER = "footer"


@dataclass(frozen=True)
class TextBox:
    """Text set in `rect`, in `lines` lines of `font_pt`, centred or (day headings) flush left."""

    role: TextRole
    text: str
    rect: Rect
    font_pt: float
    lines: int
    centered: bool


@dataclass(frozen=True)
class Heading:
    """The appendix title or a day heading; `band` includes the space after it."""

    text: TextBox
    band: Rect
    day: Day | None = None


@dataclass(frozen=True)
class Slot:
    """One photo on a page: its grid cell, the photo fitted into its box, its caption."""

    entry: AppendixEntry
    cell: Rect
    photo: Rect
    caption: TextBox


@dataclass(frozen=True)
class Row:
    """One row of the photo grid; a day's last row may hold fewer slots than the columns."""

    rect: Rect
    slots: tuple[Slot, ...]


Block = Heading | Row


@dataclass(frozen=True)
class Page:
    """One page: its blocks top to bottom and its footer.

    `index` counts from 0; `number` is the page number printed (from the settings' first page
    number). `spacer` tells the flowing writers that the page begins with a tiny empty
    paragraph (SPACER_PT high) before its first row: it carries the page break.
    """

    index: int
    number: int
    blocks: tuple[Block, ...]
    footer: TextBox | None
    spacer: bool

    @property
    def slots(self) -> list[Slot]:
        """The page's photos in appendix order."""
        return [slot for block in self.blocks if isinstance(block, Row) for slot in block.slots]


@dataclass(frozen=True)
class Grid:
    """The photo grid every page shares: cell size, the box a photo is fitted into, and the
    caption lines every cell reserves."""

    columns: int
    rows: int
    cell_width: float
    row_height: float
    photo_box: tuple[float, float]
    caption_lines: int


@dataclass(frozen=True)
class Layout:
    """The whole appendix on pages; sizes in millimetres from each page's top left corner."""

    settings: ExportSettings
    page_size: tuple[float, float]
    body: Rect
    grid: Grid
    pages: tuple[Page, ...]

    def slots(self) -> Iterator[Slot]:
        """Every photo of the appendix, in order."""
        for page in self.pages:
            yield from page.slots

    def pixel_box(self, slot: Slot) -> tuple[int, int]:
        """The pixel size a photo is prepared at: its fitted box at the settings' resolution."""
        dpi = self.settings.dpi
        return (mm_to_px(slot.photo.width, dpi), mm_to_px(slot.photo.height, dpi))


def estimated_lines(text: str, font_pt: float, width_mm: float) -> int:
    """How many lines `text` takes in a column `width_mm` wide, erring on the side of more."""
    ems = sum(
        1.0 if unicodedata.east_asian_width(char) in ("W", "F", "A") else NARROW_EM for char in text
    )
    usable = max(width_mm * MEASURE_SAFETY, pt_to_mm(font_pt))
    return max(1, math.ceil(ems * pt_to_mm(font_pt) / usable))


def grid_shape(settings: ExportSettings) -> tuple[int, int]:
    """(columns, rows) of the photo grid for the settings' count and orientation."""
    columns, rows = _GRID[settings.per_page]
    if settings.orientation is Orientation.LANDSCAPE:
        columns, rows = rows, columns
    return columns, rows


def build_layout(entries: Sequence[AppendixEntry], settings: ExportSettings) -> Layout:
    """Lay out `entries` (in appendix order) on pages per `settings`."""
    width, height = settings.page_size_mm
    margins = settings.margins
    body = Rect(
        margins.left,
        margins.top,
        width - margins.left - margins.right,
        height - margins.top - margins.bottom,
    )
    fonts = settings.fonts
    columns, rows = grid_shape(settings)
    cell_width = body.width / columns
    text_width = cell_width - 2 * CELL_PADDING_H
    caption_lines = max(
        (estimated_lines(e.line, fonts.caption_pt, text_width) for e in entries), default=1
    )
    title_band = _heading_height(
        document_text(settings.heading), fonts.heading_pt, body.width, TITLE_SPACE_AFTER
    )
    day_band = 0.0
    if settings.group_by_day:
        day_band = max(
            (
                _heading_height(day_heading(e.day), fonts.day_pt, body.width, DAY_SPACE_AFTER)
                for e in entries
                if e.day is not None
            ),
            default=0.0,
        )
    # room for the headings a page may carry; flowing days may start a second day mid-page
    headings = 1 if settings.day_starts_page else min(2, rows)
    reserve = title_band + headings * day_band + line_mm(SPACER_PT) + BOTTOM_SLACK
    row_height = (body.height - reserve) / rows
    box_width = text_width
    box_height = max(
        MIN_PHOTO_BOX,
        row_height - 2 * CELL_PADDING_V - CAPTION_GAP - caption_lines * line_mm(fonts.caption_pt),
    )
    grid = Grid(columns, rows, cell_width, row_height, (box_width, box_height), caption_lines)
    packer = _Packer(settings, body, grid)
    title = document_text(settings.heading)
    if title:
        packer.heading(title, TextRole.TITLE, None)
    for day, group in _groups(entries, settings.group_by_day):
        if day is not None:
            if settings.day_starts_page and packer.has_rows():
                packer.new_page()
            packer.heading(day_heading(day), TextRole.DAY, day)
        for start in range(0, len(group), columns):
            packer.row(group[start : start + columns])
    return Layout(settings, (width, height), body, grid, tuple(packer.finish()))


def _heading_height(text: str, font_pt: float, width: float, space_after: float) -> float:
    if not text.strip():
        return 0.0
    return estimated_lines(text, font_pt, width) * line_mm(font_pt) + space_after


def _groups(
    entries: Sequence[AppendixEntry], by_day: bool
) -> list[tuple[Day | None, list[AppendixEntry]]]:
    """Runs of consecutive entries on the same day (all in one group when not by day).

    Runs, not a regrouping: the appendix order is the user's and the numbers follow it, so a
    day whose photos are not together in the order gets its heading again where it returns.
    """
    if not by_day:
        return [(None, list(entries))] if entries else []
    groups: list[tuple[Day | None, list[AppendixEntry]]] = []
    for entry in entries:
        day_id = entry.day.id if entry.day else None
        if groups and (groups[-1][0].id if groups[-1][0] else None) == day_id:
            groups[-1][1].append(entry)
        else:
            groups.append((entry.day, [entry]))
    return groups


class _Packer:
    """Fills pages top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, settings: ExportSettings, body: Rect, grid: Grid) -> None:
        self.settings = settings
        self.body = body
        self.grid = grid
        self.limit = body.bottom - BOTTOM_SLACK + 1e-6
        self.pages: list[tuple[list[Block], bool]] = []
        self.blocks: list[Block] = []
        self.spacer = False
        self.y = body.y

    def has_rows(self) -> bool:
        return any(isinstance(block, Row) for block in self.blocks)

    def new_page(self) -> None:
        if self.blocks:
            self.pages.append((self.blocks, self.spacer))
        self.blocks, self.spacer, self.y = [], False, self.body.y

    def heading(self, text: str, role: TextRole, day: Day | None) -> None:
        fonts = self.settings.fonts
        font_pt = fonts.heading_pt if role is TextRole.TITLE else fonts.day_pt
        after = TITLE_SPACE_AFTER if role is TextRole.TITLE else DAY_SPACE_AFTER
        lines = estimated_lines(text, font_pt, self.body.width)
        band_height = lines * line_mm(font_pt) + after
        # a heading keeps with the first row after it
        if self.blocks and self.y + band_height + self.grid.row_height > self.limit:
            self.new_page()
        box = TextBox(
            role,
            text,
            Rect(self.body.x, self.y, self.body.width, lines * line_mm(font_pt)),
            font_pt,
            lines,
            centered=role is TextRole.TITLE,
        )
        self.blocks.append(
            Heading(box, Rect(self.body.x, self.y, self.body.width, band_height), day)
        )
        self.y += band_height

    def row(self, entries: Sequence[AppendixEntry]) -> None:
        if self.blocks and self.y + self.grid.row_height > self.limit:
            self.new_page()
        if not self.blocks:
            self.spacer = True
            self.y += line_mm(SPACER_PT)
        rect = Rect(self.body.x, self.y, self.body.width, self.grid.row_height)
        slots = tuple(
            self._slot(
                entry,
                Rect(rect.x + i * self.grid.cell_width, rect.y, self.grid.cell_width, rect.height),
            )
            for i, entry in enumerate(entries)
        )
        self.blocks.append(Row(rect, slots))
        self.y += self.grid.row_height

    def _slot(self, entry: AppendixEntry, cell: Rect) -> Slot:
        fonts = self.settings.fonts
        inner = cell.inset(CELL_PADDING_H, CELL_PADDING_V)
        box_width, box_height = self.grid.photo_box
        width = min(box_width, box_height * entry.aspect)
        height = width / entry.aspect
        lines = estimated_lines(entry.line, fonts.caption_pt, inner.width)
        caption_height = lines * line_mm(fonts.caption_pt)
        # centred with the caption lines every cell reserves, so that photos of one shape
        # line up across a row whatever the length of their captions
        reserved = self.grid.caption_lines * line_mm(fonts.caption_pt)
        top = inner.y + (inner.height - (height + CAPTION_GAP + reserved)) / 2
        photo = Rect(inner.x + (inner.width - width) / 2, top, width, height)
        caption = TextBox(
            TextRole.CAPTION,
            entry.line,
            Rect(inner.x, photo.bottom + CAPTION_GAP, inner.width, caption_height),
            fonts.caption_pt,
            lines,
            centered=True,
        )
        return Slot(entry, cell, photo, caption)

    def finish(self) -> list[Page]:
        self.new_page()
        width, height = self.settings.page_size_mm
        pages: list[Page] = []
        for index, (blocks, spacer) in enumerate(self.pages):
            number = self.settings.first_page_number + index
            pages.append(
                Page(index, number, tuple(blocks), self._footer(number, width, height), spacer)
            )
        return pages

    def _footer(self, number: int, width: float, height: float) -> TextBox | None:
        fmt = self.settings.page_number_format
        if not fmt:
            return None
        font_pt = self.settings.fonts.footer_pt
        rect = Rect(
            self.body.x,
            height - self.settings.margins.footer - line_mm(font_pt),
            self.body.width,
            line_mm(font_pt),
        )
        return TextBox(TextRole.FOOTER, fmt.replace("{page}", str(number)), rect, font_pt, 1, True)
