"""What photoapp is built from and under which licences: the About dialog shows it, a test
checks each licence against the installed package's own metadata."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from photoapp import __version__

PHOTOAPP_LICENCE = "MIT"


@dataclass(frozen=True)
class Component:
    """A library, program or font photoapp uses or ships."""

    name: str
    licence: str  # SPDX identifier(s)
    url: str
    distribution: str = ""  # the Python package whose version is shown, when there is one


LIBRARIES = (
    Component("Qt", "LGPL-3.0-only", "https://www.qt.io/"),
    Component(
        "Qt for Python (PySide6)", "LGPL-3.0-only", "https://pyside.org/", "PySide6-Essentials"
    ),
    Component("Pillow", "MIT-CMU", "https://python-pillow.github.io/", "pillow"),
    Component(
        "pillow-heif (with libheif, LGPL-3.0)",
        "BSD-3-Clause",
        "https://github.com/bigcat88/pillow_heif",
        "pillow-heif",
    ),
    Component("ExifRead", "BSD-3-Clause", "https://github.com/ianare/exif-py", "exifread"),
    Component("python-docx", "MIT", "https://github.com/python-openxml/python-docx", "python-docx"),
    Component("odfdo", "Apache-2.0", "https://github.com/jdum/odfdo", "odfdo"),
    Component("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "platformdirs"),
    Component(
        "timezonefinder", "MIT", "https://github.com/jannikmi/timezonefinder", "timezonefinder"
    ),
    Component("Python", "PSF-2.0", "https://www.python.org/"),
)

FONTS = (
    Component(
        "AR PL UKai TW (楷書, the fallback for 標楷體)",
        "Arphic-1999",
        "https://www.freedesktop.org/wiki/Software/CJKUnifonts/",
    ),
    Component(
        "Liberation Serif (Times New Roman's metrics)",
        "OFL-1.1",
        "https://github.com/liberationfonts/liberation-fonts",
    ),
)


def component_version(component: Component) -> str:
    """The installed version, "" when unknown (Qt's and Python's are asked for elsewhere)."""
    if component.name == "Python":
        return platform.python_version()
    if not component.distribution:
        return ""
    try:
        return version(component.distribution)
    except PackageNotFoundError:
        return ""


def photoapp_version() -> str:
    return __version__
