"""Export settings: one frozen dataclass for paper, grid, headings, numbering, fonts and images.

The settings round-trip through JSON (`to_json` / `from_json`), so the GUI can keep them in the
project (`Project.set_setting("export", …)`) and as named profiles. Reading is forgiving about
what is absent (defaults fill in, unknown keys are ignored, so older and newer profiles load)
and strict about what is wrong (SettingsError names the field).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from typing import Any

from photoapp.export.errors import SettingsError
from photoapp.export.geometry import line_mm
from photoapp.export.numbering import check_format

VERSION = 1
PER_PAGE_CHOICES = (1, 2, 3, 4, 6)
DEFAULT_HEADING = "附錄：照片"
DEFAULT_CAPTION_FORMAT = "照片 {n}：{caption}"
ENGLISH_CAPTION_FORMAT = "Photo {n}: {caption}"
PER_DAY_CAPTION_FORMAT = "照片 {day}-{n}：{caption}"
MIN_PPI = 150  # a photo printed with fewer pixels per inch looks blurred on paper
MIN_BODY_MM = 60.0  # the page area left inside the margins must hold at least a small photo


class Paper(Enum):
    """Paper sizes, with their portrait width and height in millimetres."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def size_mm(self) -> tuple[float, float]:
        """Portrait width and height."""
        return {Paper.A4: (210.0, 297.0), Paper.LETTER: (215.9, 279.4)}[self]


class Orientation(Enum):
    """Which way up the pages are."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres; the footer's bottom edge sits `footer` above the paper's."""

    top: float = 20.0
    bottom: float = 20.0
    left: float = 20.0
    right: float = 20.0
    footer: float = 10.0


@dataclass(frozen=True)
class Fonts:
    """Font names as the documents name them, the fallbacks tried in order, and sizes in points.

    Documents name `east_asian` and `latin` (what offices have on Windows: 標楷體 is DFKai-SB);
    the fallbacks are applied only where those fonts are missing (LibreOffice alternatives, Qt
    substitutions for the PDF).
    """

    east_asian: str = "標楷體"
    east_asian_fallbacks: tuple[str, ...] = (
        "DFKai-SB",
        "TW-Kai",
        "AR PL UKai TW",
        "AR PL UMing TW",
        "Noto Serif CJK TC",
        "Noto Sans CJK TC",
    )
    latin: str = "Times New Roman"
    latin_fallbacks: tuple[str, ...] = ("Liberation Serif", "Tinos", "DejaVu Serif")
    heading_pt: float = 16.0
    day_pt: float = 14.0
    caption_pt: float = 12.0
    footer_pt: float = 10.0


@dataclass(frozen=True)
class ExportSettings:
    """Everything that decides how the appendix looks; the defaults are what offices hand in.

    `heading` is printed at the top of the first page (empty: none). With `group_by_day`, each
    run of photos on one itinerary day gets a day heading and starts a new page when
    `day_starts_page`, else flows on after the previous day. Page numbers start at
    `first_page_number` (the appendix continues the report's pages) and are printed in the
    footer as `page_number_format` with `{page}` (empty: no page numbers). Photos are scaled to
    their box at `dpi` and stored as JPEG at `jpeg_quality`.

    Grouping by day sorts the photos by day, keeping the user's order within a day, unless
    `sort_by_day` is off (then a day whose photos are apart gets its heading again). A photo
    is never printed larger than its pixels allow at MIN_PPI unless `enlarge_small_photos`.
    `pdf_a` writes the PDF as PDF/A (for archiving); `figure_list` puts a list of the photos
    with their pages (照片目錄) at the start.
    """

    paper: Paper = Paper.A4
    orientation: Orientation = Orientation.PORTRAIT
    margins: Margins = field(default_factory=Margins)
    per_page: int = 2
    heading: str = DEFAULT_HEADING
    group_by_day: bool = False
    day_starts_page: bool = True
    caption_format: str = DEFAULT_CAPTION_FORMAT
    first_page_number: int = 1
    page_number_format: str = "{page}"
    fonts: Fonts = field(default_factory=Fonts)
    dpi: int = 200
    jpeg_quality: int = 85
    sort_by_day: bool = True
    enlarge_small_photos: bool = False
    pdf_a: bool = False
    figure_list: bool = False

    def __post_init__(self) -> None:
        _check(self)

    @property
    def page_size_mm(self) -> tuple[float, float]:
        """Width and height of the paper as it is turned."""
        width, height = self.paper.size_mm
        return (height, width) if self.orientation is Orientation.LANDSCAPE else (width, height)

    def to_json(self) -> str:
        """The settings as a JSON object (enums by value, with a format version)."""
        data = {"version": VERSION, **asdict(self)}
        data["paper"] = self.paper.value
        data["orientation"] = self.orientation.value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ExportSettings:
        """Settings read from `to_json` output; absent keys take their defaults.

        Raises SettingsError for text that is not a JSON object or holds unusable values.
        """
        try:
            data = json.loads(text)
        except ValueError as error:
            raise SettingsError("json", str(error)) from error
        if not isinstance(data, dict):
            raise SettingsError("json", "not an object")
        return _from_dict(data)

    def with_changes(self, **changes: Any) -> ExportSettings:
        """A copy with some fields changed (and checked)."""
        return replace(self, **changes)


def _from_dict(data: dict[str, Any]) -> ExportSettings:
    defaults = ExportSettings()
    values: dict[str, Any] = {}
    for spec in fields(ExportSettings):
        if spec.name not in data:
            continue
        raw = data[spec.name]
        if spec.name == "paper":
            values["paper"] = _enum(Paper, raw, "paper")
        elif spec.name == "orientation":
            values["orientation"] = _enum(Orientation, raw, "orientation")
        elif spec.name == "margins":
            values["margins"] = Margins(**_numbers(raw, Margins, "margins"))
        elif spec.name == "fonts":
            values["fonts"] = _fonts(raw)
        else:
            values[spec.name] = _plain(spec.name, raw, type(getattr(defaults, spec.name)))
    return ExportSettings(**values)


def _enum(kind: type[Paper] | type[Orientation], raw: object, name: str) -> Any:
    try:
        return kind(raw)
    except ValueError as error:
        raise SettingsError(name, f"unknown value {raw!r}") from error


def _plain(name: str, raw: object, kind: type[Any]) -> Any:
    if kind is bool and isinstance(raw, bool):
        return raw
    if kind is int and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if kind is str and isinstance(raw, str):
        return raw
    raise SettingsError(name, f"expected {kind.__name__}, got {type(raw).__name__}")


def _numbers(raw: object, kind: type[Margins] | type[Fonts], name: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SettingsError(name, "not an object")
    known = {spec.name for spec in fields(kind)}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float | str | list):
            raise SettingsError(f"{name}.{key}", "wrong type")
        out[key] = value
    return out


def _fonts(raw: object) -> Fonts:
    values = _numbers(raw, Fonts, "fonts")
    for key in ("east_asian", "latin"):
        if key in values and not isinstance(values[key], str):
            raise SettingsError(f"fonts.{key}", "expected a name")
    for key in ("east_asian_fallbacks", "latin_fallbacks"):
        if key in values:
            names = values[key]
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise SettingsError(f"fonts.{key}", "expected a list of names")
            values[key] = tuple(names)
    return Fonts(**values)


def _check(settings: ExportSettings) -> None:
    """Raise SettingsError for settings no page can be made from."""
    if settings.per_page not in PER_PAGE_CHOICES:
        raise SettingsError("per_page", f"must be one of {PER_PAGE_CHOICES}")
    if not 72 <= settings.dpi <= 600:
        raise SettingsError("dpi", "must be 72 to 600")
    if not 30 <= settings.jpeg_quality <= 95:
        raise SettingsError("jpeg_quality", "must be 30 to 95")
    if settings.first_page_number < 1:
        raise SettingsError("first_page_number", "must be at least 1")
    check_format(settings.caption_format)
    if settings.page_number_format and "{page}" not in settings.page_number_format:
        raise SettingsError("page_number_format", "needs {page}")
    margins = settings.margins
    for name in ("top", "bottom", "left", "right", "footer"):
        value = getattr(margins, name)
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise SettingsError(f"margins.{name}", "must be a number of millimetres >= 0")
    width, height = settings.page_size_mm
    if width - margins.left - margins.right < MIN_BODY_MM:
        raise SettingsError("margins", "too wide for the paper")
    if height - margins.top - margins.bottom < MIN_BODY_MM:
        raise SettingsError("margins", "too tall for the paper")
    footer_room = margins.bottom - margins.footer
    if settings.page_number_format and footer_room < line_mm(settings.fonts.footer_pt):
        raise SettingsError("margins.footer", "leaves no room for the page number")
    fonts = settings.fonts
    for name in ("heading_pt", "day_pt", "caption_pt", "footer_pt"):
        value = getattr(fonts, name)
        if not isinstance(value, int | float) or isinstance(value, bool) or not 6 <= value <= 48:
            raise SettingsError(f"fonts.{name}", "must be 6 to 48 points")
    if not fonts.east_asian.strip() or not fonts.latin.strip():
        raise SettingsError("fonts", "needs an East Asian and a Latin font name")
