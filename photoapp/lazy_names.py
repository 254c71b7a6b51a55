"""Names of a package loaded from its modules when first asked for (PEP 562).

A package whose `__init__` imports every module makes whoever imports one name pay for all of
them: the window would load the whole export (lxml, odfdo, python-docx) and every dialog at
start. Such a package lists where each name lives and hands the lookup to `lazy_names`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, namespace: dict[str, Any], home: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package` (whose globals are `namespace`): a name
    of `home` comes from `package.<home[name]>` the first time it is asked for, then stays."""

    def getattr_(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # asked once
        return value

    def dir_() -> list[str]:
        return sorted([*namespace, *home])

    return getattr_, dir_
