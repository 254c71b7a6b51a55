"""The main window: the trip's photos as a thumbnail grid."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QMainWindow

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache


class MainWindow(QMainWindow):
    """The photos of the open project."""

    def __init__(self, project: Project | None) -> None:
        super().__init__()
        self.project = project
        self.resize(1280, 800)
        grid = QListWidget(self)
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setIconSize(QSize(160, 160))
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.setCentralWidget(grid)
        if project is None:
            self.setWindowTitle("photoapp")
            return
        self.setWindowTitle(f"{project.trip().title} — photoapp")
        cache = ThumbnailCache()
        for photo in project.photos():
            item = QListWidgetItem(QIcon(str(cache.path_for(photo.sha256))), photo.file_name)
            grid.addItem(item)
