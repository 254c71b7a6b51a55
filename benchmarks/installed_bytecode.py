"""Imported first by a benchmark that loads photoapp in its own process: Python's compiled
bytecode is cached (outside the sources, in the temporary folder) and used, as an installed
photoapp has it (pip and the one-folder program ship it). A shell with PYTHONDONTWRITEBYTECODE
set would otherwise compile every module photoapp loads at each run, and the window loads some
after it opens (the appendix checks'), while the benchmark measures it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = False
sys.pycache_prefix = str(Path(tempfile.gettempdir()) / "photoapp-bench-pycache")
