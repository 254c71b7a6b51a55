"""Asking the project's output guard before a dialog writes a file, the same way everywhere.

The storage guard (`Project.check_output`) refuses the project file, its photos and, unless the
user confirms, an existing file of another kind. A dialog asks here first: a refusal is shown in
one line naming the file, a confirmable one becomes a "Replace it?" question.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from photoapp.storage.project import Project
from photoapp.storage.safe_output import OutputFormat, UnsafeTargetError
from photoapp.texts import messages
from photoapp.texts.catalogue import fill


def confirm_replace(parent: QWidget | None, title: str, refused: UnsafeTargetError) -> bool:
    """Ask before replacing an existing file that is not of the kind being written."""
    answer = QMessageBox.warning(
        parent,
        title,
        fill(
            QCoreApplication.translate(
                "OutputGuard", "%1 already exists and is not a file of this kind. Replace it?"
            ),
            refused.path.name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def may_write(parent: QWidget | None, title: str, project: Project, path: Path) -> bool:
    """Whether `path` may be written for `project`: False (after telling the user why) for the
    project itself, one of its photos, or another kind of file the user chose not to replace."""
    kind = OutputFormat.for_path(path)
    if kind is None:
        return True
    try:
        try:
            project.check_output(path, kind)
        except UnsafeTargetError as refused:
            if not refused.confirmable or not confirm_replace(parent, title, refused):
                raise
            project.check_output(path, kind, force=True)
    except UnsafeTargetError as refused:
        if refused.confirmable:
            return False  # the user said no: nothing to explain
        QMessageBox.critical(parent, title, messages.unsafe_target(refused))
        return False
    return True
