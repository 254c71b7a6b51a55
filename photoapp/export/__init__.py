"""The appendix as documents: one page layout, and the ODT, DOCX and PDF writers.

The API the GUI and the CLI call (everything else in the package is its machinery):

    settings = saved_settings(project)            # and save_settings(project, settings)
    layout = plan(project, settings)              # pages of boxes in mm, for a preview
    result = export(project, Path("附錄.pdf"), settings, progress=..., cancelled=...)
    results = export_all(project, [odt, docx, pdf], settings)   # photos prepared once
    entries = collect(project, settings)          # on the GUI thread (reads the project), then
    results = export_entries(entries, paths, settings, progress=..., cancelled=...)  # a worker
    caption_lines(project, settings), page_count(project, settings), estimate_size(...)

Modules: settings (what the user chooses), numbering (caption formats), entries (the
appendix's photos with numbers and captions), layout (pages), images (photos prepared for
print), odt / docx / pdf (+ pdf_images) the writers, files (temporary names, renames),
appendix (the calls above). Only `pdf` uses Qt (QtGui), and it is imported only when a PDF is
written; it needs a QGuiApplication.

Nothing is imported with the package itself: each name above loads its own module when first
asked for (PEP 562), so that importing one module of the package (the window's status bar needs
`findings`, the messages need `errors`) does not load the writers, the image preparation and
the layout with it; opening the window stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from photoapp.lazy_names import lazy_names

if TYPE_CHECKING:
    from photoapp.export.appendix import (
        DocumentFormat,
        ExportResult,
        MissingPhoto,
        estimate_entries_size,
        estimate_size,
        export,
        export_all,
        export_entries,
        page_count,
        plan,
        save_settings,
        saved_settings,
    )
    from photoapp.export.entries import AppendixEntry, caption_lines, collect, day_heading
    from photoapp.export.errors import (
        ExportCancelledError,
        ExportError,
        ExportProblem,
        SettingsError,
    )
    from photoapp.export.geometry import Rect
    from photoapp.export.layout import (
        Grid,
        Heading,
        Layout,
        Page,
        Row,
        Slot,
        TextBox,
        TextRole,
        build_layout,
    )
    from photoapp.export.settings import (
        DEFAULT_CAPTION_FORMAT,
        DEFAULT_HEADING,
        ENGLISH_CAPTION_FORMAT,
        PER_DAY_CAPTION_FORMAT,
        PER_PAGE_CHOICES,
        ExportSettings,
        Fonts,
        Margins,
        Orientation,
        Paper,
    )

_HOME = {
    "DocumentFormat": "appendix",
    "ExportResult": "appendix",
    "MissingPhoto": "appendix",
    "estimate_entries_size": "appendix",
    "estimate_size": "appendix",
    "export": "appendix",
    "export_all": "appendix",
    "export_entries": "appendix",
    "page_count": "appendix",
    "plan": "appendix",
    "save_settings": "appendix",
    "saved_settings": "appendix",
    "AppendixEntry": "entries",
    "caption_lines": "entries",
    "collect": "entries",
    "day_heading": "entries",
    "ExportCancelledError": "errors",
    "ExportError": "errors",
    "ExportProblem": "errors",
    "SettingsError": "errors",
    "Rect": "geometry",
    "Grid": "layout",
    "Heading": "layout",
    "Layout": "layout",
    "Page": "layout",
    "Row": "layout",
    "Slot": "layout",
    "TextBox": "layout",
    "TextRole": "layout",
    "build_layout": "layout",
    "DEFAULT_CAPTION_FORMAT": "settings",
    "DEFAULT_HEADING": "settings",
    "ENGLISH_CAPTION_FORMAT": "settings",
    "ExportSettings": "settings",
    "Fonts": "settings",
    "Margins": "settings",
    "Orientation": "settings",
    "PER_DAY_CAPTION_FORMAT": "settings",
    "PER_PAGE_CHOICES": "settings",
    "Paper": "settings",
}


__getattr__, __dir__ = lazy_names(__name__, globals(), _HOME)

__all__ = [
    "DEFAULT_CAPTION_FORMAT",
    "DEFAULT_HEADING",
    "ENGLISH_CAPTION_FORMAT",
    "PER_DAY_CAPTION_FORMAT",
    "PER_PAGE_CHOICES",
    "AppendixEntry",
    "DocumentFormat",
    "ExportCancelledError",
    "ExportError",
    "ExportProblem",
    "ExportResult",
    "ExportSettings",
    "Fonts",
    "Grid",
    "Heading",
    "Layout",
    "Margins",
    "MissingPhoto",
    "Orientation",
    "Page",
    "Paper",
    "Rect",
    "Row",
    "SettingsError",
    "Slot",
    "TextBox",
    "TextRole",
    "build_layout",
    "caption_lines",
    "collect",
    "day_heading",
    "estimate_entries_size",
    "estimate_size",
    "export",
    "export_all",
    "export_entries",
    "page_count",
    "plan",
    "save_settings",
    "saved_settings",
]
