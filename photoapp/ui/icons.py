"""The application icon: the SVG for any size, with the rendered PNGs for small sizes (drawn
from the same SVG by tools/make-icons.py) where a desktop picks a bitmap."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from photoapp.resource_files import resource_path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def application_icon() -> QIcon:
    """photoapp's icon, for the windows, the task bar and the dialogs."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = resource_path("icons", f"photoapp-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    icon.addFile(str(resource_path("icons", "photoapp.svg")))
    return icon
