"""Build step that pyproject.toml cannot say: the top-level resources/ folder travels inside the
package as photoapp/_resources, where photoapp.resource_files finds it once installed.

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildWithResources(build_py):
    """build_py, then copy resources/ into the built package (wheel and sdist installs)."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads the checkout's resources/
            self.copy_tree(str(RESOURCES), str(Path(self.build_lib) / "photoapp" / "_resources"))


setup(cmdclass={"build_py": BuildWithResources})
