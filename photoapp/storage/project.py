"""The trip project: one SQLite file, read as domain records and changed by one-transaction edits.

Every edit method is one user action in one transaction and returns what its inverse needs, so
the GUI's undo commands call the inverse edit rather than keeping copies of data. Listeners hear
of every committed change.
"""

from __future__ import annotations

from photoapp.storage.photo_edits import PhotoEdits
from photoapp.storage.roster_edits import RosterEdits
from photoapp.storage.store import Change, Event, Listener, NewPhoto, PhotoSnapshot, photo_order

__all__ = ["Change", "Event", "Listener", "NewPhoto", "PhotoSnapshot", "Project", "photo_order"]


class Project(RosterEdits, PhotoEdits):
    """An open project file. Use `Project.create` or `Project.open`, and `close()` when done."""
