"""The last touches to a Qt-written PDF, by an incremental update with pypdf.

- /PageLabels, so that a viewer numbers the pages as their footers do (an appendix printed
  from page 8 shows 8, 9, … in the viewer too, not 1, 2, …); QPdfWriter has no API for them.
- Subset font names: Qt names each embedded subset's descriptor with the standard six-letter
  tag (`QVAAAA+UKaiTW`) but leaves the fonts' /BaseFont without it, which PDF requires to be
  the same name; preflight tools and `pdffonts` then report the fonts as not subset.

Everything Qt wrote stays byte for byte; the update appends the changed objects.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import DictionaryObject, NameObject

_SUBSET = re.compile(r"^/[A-Z]{6}\+")


def finish(path: Path, first_page_number: int) -> None:
    """Add page labels from `first_page_number` and subset font names to the PDF at `path`."""
    writer = PdfWriter(path, incremental=True)
    writer.set_page_label(
        0, len(writer.pages) - 1, style=PageLabelStyle.DECIMAL, start=first_page_number
    )
    seen: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for reference in fonts.get_object().values():
            font = reference.get_object()
            if id(font) in seen or not isinstance(font, DictionaryObject):
                continue
            seen.add(id(font))
            _name_subset(font)
    writer.write(path)


def _name_subset(font: DictionaryObject) -> None:
    """/BaseFont of a Type0 font and its CID font = its descriptor's tagged /FontName."""
    descendants = font.get("/DescendantFonts")
    if descendants is None:
        return
    cid = descendants.get_object()[0].get_object()
    descriptor = cid.get("/FontDescriptor")
    if descriptor is None:
        return
    name = str(descriptor.get_object().get("/FontName", ""))
    if not _SUBSET.match(name):
        return
    font[NameObject("/BaseFont")] = NameObject(name)
    cid[NameObject("/BaseFont")] = NameObject(name)
