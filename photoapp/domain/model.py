"""The records of a trip project: trip, itinerary days, people and photos.

Plain frozen dataclasses; the project store builds them from its rows and hands them to the
GUI, the CLI and the exporters, which never see SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from photoapp.domain.capture_time import CaptureTime


@dataclass(frozen=True)
class Trip:
    """The trip the report is about; its time zone places photos on local days."""

    title: str
    organisation: str = ""
    destination: str = ""
    start: date | None = None
    end: date | None = None
    timezone: str | None = None  # IANA name, e.g. "Asia/Seoul"


@dataclass(frozen=True)
class Day:
    """One itinerary day, with the label the report gives it (e.g. "大田 APCS 全會")."""

    id: int
    date: date
    label: str = ""


@dataclass(frozen=True)
class Person:
    """Someone who appears in photos; `display` is the form captions use (e.g. "葉副市長")."""

    id: int
    name: str
    title: str = ""
    organisation: str = ""
    display: str = ""
    original_name: str = ""

    @property
    def caption_name(self) -> str:
        """The words a caption uses for this person."""
        return self.display or self.name


@dataclass(frozen=True)
class Photo:
    """A referenced photo file and everything the project knows of it.

    `width`/`height` are as displayed (orientation applied); `orientation` is the EXIF value the
    file carries. `path` is relative to the project file's folder when the photo sits below it.
    """

    id: int
    path: str
    file_size: int
    sha256: str
    width: int
    height: int
    taken: CaptureTime | None = None
    camera_make: str = ""
    camera_model: str = ""
    orientation: int = 1
    has_gps: bool = False
    gps: tuple[float, float] | None = None
    imported_at: datetime | None = None
    day_id: int | None = None
    caption: str = ""
    people: tuple[int, ...] = field(default=())
    appendix_number: int | None = None
    time_shift: int | None = None  # seconds added to this photo's clock, overriding its camera's
    phash: int | None = None  # perceptual hash (64 bits, signed); None until computed
    sharpness: float | None = (
        None  # variance of the Laplacian, contrast-normalised; higher: sharper
    )

    @property
    def camera(self) -> str:
        """Make and model as one label, without the make repeated inside the model."""
        make, model = self.camera_make.strip(), self.camera_model.strip()
        if make and model.lower().startswith(make.lower()):
            return model
        return " ".join(part for part in (make, model) if part)

    @property
    def file_name(self) -> str:
        """The file's own name, without its folder."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]
