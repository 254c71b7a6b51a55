"""The Qt layer: windows, item models, drag and drop, undo commands, translations."""

from __future__ import annotations

from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    # Transition: the message wording moved to photoapp.texts.messages (Qt-free, shared with
    # the CLI). Branches written before the move still say `from photoapp.ui import messages`.
    if name == "messages":
        from photoapp.texts import messages

        return messages
    raise AttributeError(f"module 'photoapp.ui' has no attribute {name!r}")
