"""What a document says about itself: title, author, dates, the application, its counts.

Every writer fills its format's properties from one `DocumentInfo` and the layout (DOCX
core.xml and app.xml, ODT meta.xml, the PDF's document information and XMP), so no template's
leftovers (a 2013 date, "Microsoft Macintosh Word", "Pages 1") reach the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from photoapp import __version__
from photoapp.export.entries import document_text
from photoapp.export.layout import Layout, Row
from photoapp.export.settings import DEFAULT_HEADING, ExportSettings

APPLICATION = f"photoapp {__version__}"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class DocumentInfo:
    """The properties a document is written with: `created` is the export's time (UTC)."""

    title: str
    author: str = ""
    created: datetime = field(default_factory=_now)
    application: str = APPLICATION


def document_title(trip_title: str, settings: ExportSettings) -> str:
    """`大田 APCS 2017 附錄：照片`: the trip's title and the appendix's heading."""
    heading = document_text(settings.heading) or DEFAULT_HEADING
    trip = document_text(trip_title)
    return f"{trip} {heading}" if trip else heading


@dataclass(frozen=True)
class Counts:
    """What a document holds, for the statistics formats record."""

    pages: int
    images: int
    tables: int
    paragraphs: int
    characters: int
    words: int


def counts(layout: Layout) -> Counts:
    """The counts of the documents written from `layout` (tables: one per run of grid rows)."""
    images = tables = paragraphs = characters = words = 0
    for page in layout.pages:
        in_table = False
        for block in page.blocks:
            if isinstance(block, Row):
                tables += 0 if in_table else 1
                in_table = True
                for slot in block.slots:
                    images += 1
                    paragraphs += 2  # the photo's and the caption's
                    characters += len(slot.caption.text)
                    words += _words(slot.caption.text)
            else:  # a heading or a line of the figure list: one paragraph
                in_table = False
                paragraphs += 1
                characters += len(block.text.text)
                words += _words(block.text.text)
    return Counts(len(layout.pages), images, tables, paragraphs, characters, words)


def _words(text: str) -> int:
    """Words as word processors count them: each CJK character, each run of other letters."""
    count = 0
    in_word = False
    for char in text:
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            count += 1
            in_word = False
        elif char.isspace() or char in "，。、：；！？（）「」":
            in_word = False
        elif not in_word:
            count += 1
            in_word = True
    return count
