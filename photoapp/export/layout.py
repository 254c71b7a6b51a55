"""The appendix laid out on pages: where each heading, photo, caption and page number goes.

Pure arithmetic in millimetres, no Qt and no files: the PDF writer paints these rectangles, the
ODT and DOCX writers build tables whose rows are exactly these rows and break pages exactly
here, and the GUI paints its preview from the same pages. A page is a column of blocks:
headings and rows of a photo grid (photos per page 1, 2, 3, 4 or 6), each grid cell holding a
photo fitted into its box with its caption below, the pair centred in the cell. The writers
place each photo at exactly its layout position (a space before its paragraph in ODT and
DOCX), so the three formats agree even where their line breaking does not.

Text is measured by an estimate (a CJK character is one em wide, anything else a generous half
em), so layout needs no fonts. Rows have one height on every page; within a row, the cells
reserve the caption lines that row's own longest caption needs (so one long caption elsewhere
does not shrink every photo), which lines up the photos of a row. A caption may take at most
CAPTION_SHARE of its cell: a longer one is set smaller, down to MIN_CAPTION_PT, and if it
still does not fit it is cut with "…" (`Slot.fit` says which), so nothing is ever set outside
the page's text area. Headings are cut the same way after MAX_HEADING_LINES lines.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from photoapp.domain.model import Day
from photoapp.export.entries import AppendixEntry, day_heading, document_text
from photoapp.export.geometry import MM_PER_INCH, Rect, line_mm, mm_to_px, pt_to_mm
from photoapp.export.numbering import CaptionPart, PartKind, joined
from photoapp.export.settings import MIN_PPI, ExportSettings, Orientation

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
CAPTION_SHARE = 0.4  # of a cell's height (below the gap), the most a caption may take
MIN_CAPTION_PT = 8.0  # a caption too long for its box is set smaller, down to this size
CAPTION_STEP_PT = 0.5
MAX_HEADING_LINES = 3
ELLIPSIS = "…"
NO_DAY_HEADING = "未排入行程"  # the group heading of photos on no itinerary day
FIGURE_LIST_HEADING = "照片目錄"
LIST_NUMBER_WIDTH = 15.0  # the right-aligned page number of a figure list line, in mm

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


class CaptionFit(Enum):
    """How a caption fits its box: at the chosen size, set smaller, or cut with "…"."""

    FITS = "fits"
    SHRUNK = "shrunk"
    CUT = "cut"


@dataclass(frozen=True)
class Slot:
    """One photo on a page: its grid cell, the photo fitted into its box, its caption.

    `parts` are the caption's pieces as printed (the entry's, or cut to fit: see `fit`);
    `caption.font_pt` is the size they are set at.
    """

    entry: AppendixEntry
    cell: Rect
    photo: Rect
    caption: TextBox
    parts: tuple[CaptionPart, ...] = ()
    fit: CaptionFit = CaptionFit.FITS


@dataclass(frozen=True)
class Row:
    """One row of the photo grid; a day's last row may hold fewer slots than the columns."""

    rect: Rect
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class ListLine:
    """One line of the figure list (照片目錄): a photo's numbered caption and its page."""

    text: TextBox
    page: TextBox
    entry: AppendixEntry


Block = Heading | Row | ListLine


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
    """The photo grid every page shares: cell size, the largest box a photo is fitted into
    (in a row whose captions take one line), the height a caption may take, and how many
    lines that is at the chosen caption size."""

    columns: int
    rows: int
    cell_width: float
    row_height: float
    photo_box: tuple[float, float]
    caption_room: float
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

    def printed_ppi(self, slot: Slot) -> float | None:
        """Pixels per inch the photo is printed at (None when its size is not known)."""
        if slot.entry.photo.width <= 0 or slot.photo.width <= 0:
            return None
        return slot.entry.photo.width / (slot.photo.width / MM_PER_INCH)

    def pixel_box(self, slot: Slot) -> tuple[int, int]:
        """The pixel size a photo is prepared at: its fitted box at the settings' resolution."""
        dpi = self.settings.dpi
        return (mm_to_px(slot.photo.width, dpi), mm_to_px(slot.photo.height, dpi))


def _ems(char: str) -> float:
    return 1.0 if unicodedata.east_asian_width(char) in ("W", "F", "A") else NARROW_EM


def _line_ems(font_pt: float, width_mm: float) -> float:
    """The ems one line `width_mm` wide holds by the estimate."""
    return max(width_mm * MEASURE_SAFETY, pt_to_mm(font_pt)) / pt_to_mm(font_pt)


def estimated_lines(text: str, font_pt: float, width_mm: float) -> int:
    """How many lines `text` takes in a column `width_mm` wide, erring on the side of more."""
    ems = sum(_ems(char) for char in text)
    return max(1, math.ceil(ems / _line_ems(font_pt, width_mm) - 1e-9))


def cut_text(text: str, font_pt: float, width_mm: float, lines: int) -> str:
    """`text` cut at the end with "…" so that it takes at most `lines` lines (by the estimate)."""
    if estimated_lines(text, font_pt, width_mm) <= lines:
        return text
    budget = lines * _line_ems(font_pt, width_mm) - _ems(ELLIPSIS)
    used = 0.0
    for index, char in enumerate(text):
        used += _ems(char)
        if used > budget:
            return text[:index].rstrip() + ELLIPSIS
    return text


def cut_parts(
    parts: tuple[CaptionPart, ...], font_pt: float, width_mm: float, lines: int
) -> tuple[CaptionPart, ...]:
    """Caption parts cut to take at most `lines` lines: the longest text part (the caption)
    loses its end, the number and the format's own words stay."""
    text = joined(parts)
    if estimated_lines(text, font_pt, width_mm) <= lines:
        return parts
    texts = [i for i, part in enumerate(parts) if part.kind is PartKind.TEXT]
    if not texts:
        return parts
    longest = max(texts, key=lambda i: len(parts[i].text))
    others = sum(_ems(c) for i, part in enumerate(parts) if i != longest for c in part.text)
    budget = lines * _line_ems(font_pt, width_mm) - others - _ems(ELLIPSIS)
    used = 0.0
    kept = ""
    for char in parts[longest].text:
        used += _ems(char)
        if used > budget:
            break
        kept += char
    cut = CaptionPart(PartKind.TEXT, kept.rstrip() + ELLIPSIS)
    return (*parts[:longest], cut, *parts[longest + 1 :])


@dataclass(frozen=True)
class FittedCaption:
    """A caption as it will be set: its parts, size, lines and how it fits."""

    parts: tuple[CaptionPart, ...]
    font_pt: float
    lines: int
    fit: CaptionFit

    @property
    def height(self) -> float:
        """The height its lines take."""
        return self.lines * line_mm(self.font_pt)


def fit_caption(
    parts: tuple[CaptionPart, ...], font_pt: float, width_mm: float, room_mm: float
) -> FittedCaption:
    """The caption at `font_pt` if it fits `room_mm`; else smaller, down to MIN_CAPTION_PT;
    else cut with "…" at that size to the lines the room holds."""
    text = joined(parts)
    size = font_pt
    floor = min(MIN_CAPTION_PT, font_pt)
    while True:
        lines = estimated_lines(text, size, width_mm)
        if lines * line_mm(size) <= room_mm + 1e-6:
            fit = CaptionFit.FITS if size == font_pt else CaptionFit.SHRUNK
            return FittedCaption(parts, size, lines, fit)
        if size <= floor:
            break
        size = max(floor, size - CAPTION_STEP_PT)
    lines = max(1, math.floor(room_mm / line_mm(size) + 1e-6))
    cut = cut_parts(parts, size, width_mm, lines)
    return FittedCaption(cut, size, estimated_lines(joined(cut), size, width_mm), CaptionFit.CUT)


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
    title_band = _heading_height(
        document_text(settings.heading), fonts.heading_pt, body.width, TITLE_SPACE_AFTER
    )
    day_band = 0.0
    groups = _groups(entries, settings.group_by_day)
    if settings.group_by_day:
        day_band = max(
            (
                _heading_height(text, fonts.day_pt, body.width, DAY_SPACE_AFTER)
                for day, _ in groups
                if (text := _group_heading(day, groups))
            ),
            default=0.0,
        )
    # room for the headings a page may carry; flowing days may start a second day mid-page
    headings = 1 if settings.day_starts_page else min(2, rows)
    reserve = title_band + headings * day_band + line_mm(SPACER_PT) + BOTTOM_SLACK
    row_height = (body.height - reserve) / rows
    inner_height = row_height - 2 * CELL_PADDING_V - CAPTION_GAP
    caption_room = max(line_mm(MIN_CAPTION_PT), CAPTION_SHARE * inner_height)
    caption_lines = max(1, math.floor(caption_room / line_mm(fonts.caption_pt) + 1e-6))
    box_height = max(MIN_PHOTO_BOX, inner_height - line_mm(fonts.caption_pt))
    grid = Grid(
        columns,
        rows,
        cell_width,
        row_height,
        (text_width, box_height),
        caption_room,
        caption_lines,
    )
    packer = _Packer(settings, body, grid)
    title = document_text(settings.heading)
    if title:
        packer.heading(title, TextRole.TITLE, None)
    if settings.figure_list and entries:
        packer.figure_list(entries)
        packer.new_page()
    for day, group in groups:
        text = _group_heading(day, groups) if settings.group_by_day else ""
        if text:
            if settings.day_starts_page and packer.has_rows():
                packer.new_page()
            packer.heading(text, TextRole.DAY, day)
        for start in range(0, len(group), columns):
            packer.row(group[start : start + columns])
    return Layout(settings, (width, height), body, grid, tuple(packer.finish()))


def _heading_height(text: str, font_pt: float, width: float, space_after: float) -> float:
    if not text.strip():
        return 0.0
    lines = min(MAX_HEADING_LINES, estimated_lines(text, font_pt, width))
    return lines * line_mm(font_pt) + space_after


def _group_heading(day: Day | None, groups: list[tuple[Day | None, list[AppendixEntry]]]) -> str:
    """A group's heading: its day's, or NO_DAY_HEADING for photos on no day (when other
    photos have one: an appendix without an itinerary gets no headings)."""
    if day is not None:
        return day_heading(day)
    return NO_DAY_HEADING if any(other is not None for other, _ in groups) else ""


def _groups(
    entries: Sequence[AppendixEntry], by_day: bool
) -> list[tuple[Day | None, list[AppendixEntry]]]:
    """Runs of consecutive entries on the same day (all in one group when not by day).

    Runs, not a regrouping: `collect` has sorted the photos by day unless the user keeps their
    own order, and then a day whose photos are apart gets its heading again where it returns.
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
        text = cut_text(text, font_pt, self.body.width, MAX_HEADING_LINES)
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

    def figure_list(self, entries: Sequence[AppendixEntry]) -> None:
        """照片目錄 and a line per photo; the page numbers are filled in by `finish`."""
        self.heading(FIGURE_LIST_HEADING, TextRole.DAY, None)
        font_pt = self.settings.fonts.caption_pt
        height = line_mm(font_pt)
        width = self.body.width - LIST_NUMBER_WIDTH
        for entry in entries:
            if self.y + height > self.limit:
                self.new_page()
            text = cut_text(entry.line, font_pt, width, 1)
            box = TextBox(
                TextRole.CAPTION, text, Rect(self.body.x, self.y, width, height), font_pt, 1, False
            )
            number = TextBox(
                TextRole.CAPTION,
                "",
                Rect(self.body.right - LIST_NUMBER_WIDTH, self.y, LIST_NUMBER_WIDTH, height),
                font_pt,
                1,
                False,
            )
            self.blocks.append(ListLine(box, number, entry))
            self.y += height

    def row(self, entries: Sequence[AppendixEntry]) -> None:
        if self.blocks and self.y + self.grid.row_height > self.limit:
            self.new_page()
        if not self.blocks:
            self.spacer = True
            self.y += line_mm(SPACER_PT)
        rect = Rect(self.body.x, self.y, self.body.width, self.grid.row_height)
        fonts = self.settings.fonts
        text_width = self.grid.cell_width - 2 * CELL_PADDING_H
        fitted = [
            fit_caption(entry.parts, fonts.caption_pt, text_width, self.grid.caption_room)
            for entry in entries
        ]
        # the row's own captions decide the room its cells keep below the photos
        reserved = max(caption.height for caption in fitted)
        slots = tuple(
            self._slot(
                entry,
                Rect(rect.x + i * self.grid.cell_width, rect.y, self.grid.cell_width, rect.height),
                caption,
                reserved,
            )
            for i, (entry, caption) in enumerate(zip(entries, fitted, strict=True))
        )
        self.blocks.append(Row(rect, slots))
        self.y += self.grid.row_height

    def _slot(
        self, entry: AppendixEntry, cell: Rect, fitted: FittedCaption, reserved: float
    ) -> Slot:
        inner = cell.inset(CELL_PADDING_H, CELL_PADDING_V)
        box_width = inner.width
        box_height = max(MIN_PHOTO_BOX, inner.height - CAPTION_GAP - reserved)
        width = min(box_width, box_height * entry.aspect)
        if not self.settings.enlarge_small_photos and entry.photo.width > 0:
            # never stretched past what its pixels hold at MIN_PPI
            width = min(width, entry.photo.width / MIN_PPI * MM_PER_INCH)
        height = width / entry.aspect
        # centred with the caption room the row reserves, so that photos of one shape line
        # up across a row whatever the length of their own captions
        top = inner.y + (inner.height - (height + CAPTION_GAP + reserved)) / 2
        photo = Rect(inner.x + (inner.width - width) / 2, top, width, height)
        caption = TextBox(
            TextRole.CAPTION,
            joined(fitted.parts),
            Rect(inner.x, photo.bottom + CAPTION_GAP, inner.width, fitted.height),
            fitted.font_pt,
            fitted.lines,
            centered=True,
        )
        return Slot(entry, cell, photo, caption, fitted.parts, fitted.fit)

    def finish(self) -> list[Page]:
        self.new_page()
        width, height = self.settings.page_size_mm
        first = self.settings.first_page_number
        where = {
            slot.entry.position: first + index
            for index, (blocks, _) in enumerate(self.pages)
            for block in blocks
            if isinstance(block, Row)
            for slot in block.slots
        }
        pages: list[Page] = []
        for index, (blocks, spacer) in enumerate(self.pages):
            number = first + index
            filled = tuple(
                replace(block, page=replace(block.page, text=str(where[block.entry.position])))
                if isinstance(block, ListLine)
                else block
                for block in blocks
            )
            pages.append(Page(index, number, filled, self._footer(number, width, height), spacer))
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
