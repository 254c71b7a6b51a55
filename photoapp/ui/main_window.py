"""The main window: menus and toolbar, the welcome page or the open project's workspace,
opening and creating projects, importing with progress in the status bar."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QStackedWidget,
)

from photoapp.storage.errors import ProjectError
from photoapp.storage.importer import ImportReport
from photoapp.storage.project import Change, Event, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.texts import messages
from photoapp.ui import actions, settings
from photoapp.ui.dialogs import (
    ImportReportDialog,
    NewProjectDialog,
    PreferencesDialog,
    WelcomePage,
)
from photoapp.ui.dialogs.checks import count_findings
from photoapp.ui.icons import application_icon
from photoapp.ui.import_controller import ImportController
from photoapp.ui.models.filter import SortOrder
from photoapp.ui.project_tools import ProjectTools
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.import_status import ImportStatus
from photoapp.ui.widgets.search_box import SearchBox
from photoapp.ui.workspace import MAX_THUMBNAIL, MIN_THUMBNAIL, Workspace

_PROJECT_FILTER = "photoapp (*.photoapp)"
_ZOOM_STEP = 32  # pixels a Ctrl + or Ctrl − changes the thumbnails by
# The actions that need no open project; the others are disabled without one.
_ALWAYS_ACTIONS = frozenset({"new", "open", "quit", "preferences", "about"})


class MainWindow(QMainWindow):
    """The application window; at most one project open at a time."""

    def __init__(self, project: Project | None = None, cache: ThumbnailCache | None = None) -> None:
        super().__init__()
        self.setWindowIcon(application_icon())
        self.cache = cache or ThumbnailCache()
        self.thumbnails = ThumbnailProvider(self.cache, self)
        self.importer = ImportController(self.cache, self)
        self.importer.finished.connect(self._import_finished)
        self.session: ProjectSession | None = None
        self.workspace: Workspace | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._fitted = False
        self.undo_group = QUndoGroup(self)
        self.registry = actions.build(self)
        self.tools = ProjectTools(self, self._opened, self.thumbnails)
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.resize(1400, 900)
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.set_project(project)
        self.fit_to_screen()

    # ---- building -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.registry
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a["new"], a["open"]])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([a["save_copy"], a["close"]])
        file_menu.addSeparator()
        file_menu.addActions([a["trip"], a["itinerary"]])
        file_menu.addSeparator()
        file_menu.addActions([a["import"], a["export"]])
        file_menu.addActions([a["export_captions"], a["import_captions"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(a["new"].icon().fromTheme("edit-undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(a["new"].icon().fromTheme("edit-redo"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([a["select_all"], a["edit_caption"], a["find"], a["delete"]])
        edit_menu.addSeparator()
        edit_menu.addAction(a["preferences"])

        view_menu = bar.addMenu(self.tr("&View"))
        for name in ("sort_time", "sort_appendix"):
            a[name].setCheckable(True)
            view_menu.addAction(a[name])
        a["sort_time"].setChecked(True)
        view_menu.addSeparator()
        view_menu.addActions(self._view_options())

        photo_menu = bar.addMenu(self.tr("&Photos"))
        photo_menu.addActions([a["add_to_appendix"], a["remove_from_appendix"], a["checks"]])
        photo_menu.addSeparator()
        photo_menu.addActions([a["template"], a["clock"]])
        photo_menu.addSeparator()
        photo_menu.addActions([a["auto_assign"], a["add_day"], a["remove_day"]])
        photo_menu.addSeparator()
        photo_menu.addActions(
            [a["add_person"], a["roster"], a["edit_person"], a["merge_person"], a["remove_person"]]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.registry["import"], self.registry["export"]])
        toolbar.addSeparator()
        toolbar.addActions(self._toolbar_undo_redo())
        toolbar.addSeparator()
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search captions, people, file names…"))
        self.search.setMaximumWidth(360)
        self.search.setAccessibleName(self.tr("Search"))
        toolbar.addWidget(self.search)
        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("Sort: capture time"), SortOrder.CAPTURE_TIME)
        self.sort_box.addItem(self.tr("Sort: appendix order"), SortOrder.APPENDIX)
        self.sort_box.setAccessibleName(self.tr("Sort order"))
        toolbar.addWidget(self.sort_box)

    def _view_options(self) -> list[QAction]:
        """Larger and smaller thumbnails (Ctrl + and Ctrl −, and a slider in the status bar),
        and captions under the thumbnails; they join the registry, so they follow a project."""
        zoom_in = QAction(self.tr("&Larger Thumbnails"), self)
        zoom_in.setShortcuts(QKeySequence.StandardKey.ZoomIn)
        zoom_out = QAction(self.tr("&Smaller Thumbnails"), self)
        zoom_out.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        captions = QAction(self.tr("&Captions under Photos"), self)
        captions.setCheckable(True)
        captions.setChecked(settings.CAPTIONS_UNDER_PHOTOS.get())
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(MIN_THUMBNAIL, MAX_THUMBNAIL)
        self.size_slider.setSingleStep(_ZOOM_STEP)
        self.size_slider.setPageStep(_ZOOM_STEP)
        self.size_slider.setFixedWidth(120)
        self.size_slider.setAccessibleName(self.tr("Thumbnail size"))
        self.size_slider.setToolTip(self.tr("Thumbnail size (Ctrl + and Ctrl −)"))
        size = settings.THUMBNAIL_SIZE.get()
        self.size_slider.setValue(int(size) if size.isdecimal() else 160)
        self.size_slider.valueChanged.connect(self._thumbnail_size_changed)
        zoom_in.triggered.connect(lambda: self.size_slider.setValue(self._zoomed(1)))
        zoom_out.triggered.connect(lambda: self.size_slider.setValue(self._zoomed(-1)))
        captions.toggled.connect(self._captions_toggled)
        self.registry.update(zoom_in=zoom_in, zoom_out=zoom_out, captions_under=captions)
        return [zoom_in, zoom_out, captions]

    def _zoomed(self, step: int) -> int:
        """The thumbnail size one step larger (1) or smaller (-1), on the steps' grid."""
        value = self.size_slider.value()
        return (
            (value // _ZOOM_STEP + 1) * _ZOOM_STEP
            if step > 0
            else (value - 1) // _ZOOM_STEP * _ZOOM_STEP
        )

    def _thumbnail_size_changed(self, pixels: int) -> None:
        settings.THUMBNAIL_SIZE.set(str(pixels))
        self._on_workspace(lambda w: w.set_thumbnail_size(pixels))

    def _captions_toggled(self, shown: bool) -> None:
        settings.CAPTIONS_UNDER_PHOTOS.set(shown)
        self._on_workspace(lambda w: w.show_captions(shown))

    def _toolbar_undo_redo(self) -> list[QAction]:
        """Undo and Redo for the toolbar: always the short word, so that the buttons keep their
        width; what they would undo is in the tooltip (the Edit menu shows it in full)."""
        group = self.undo_group
        self.toolbar_undo = QAction(self.undo_action.icon(), self.tr("Undo"), self)
        self.toolbar_undo.triggered.connect(group.undo)
        group.canUndoChanged.connect(self.toolbar_undo.setEnabled)
        group.undoTextChanged.connect(
            lambda _text: self.toolbar_undo.setToolTip(self.undo_action.text())
        )
        self.toolbar_redo = QAction(self.redo_action.icon(), self.tr("Redo"), self)
        self.toolbar_redo.triggered.connect(group.redo)
        group.canRedoChanged.connect(self.toolbar_redo.setEnabled)
        group.redoTextChanged.connect(
            lambda _text: self.toolbar_redo.setToolTip(self.redo_action.text())
        )
        for action in (self.toolbar_undo, self.toolbar_redo):
            action.setEnabled(False)
        return [self.toolbar_undo, self.toolbar_redo]

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.import_status = ImportStatus(self.importer)
        status.addWidget(self.import_status)
        self.summary = QLabel()
        self.checks_button = QPushButton()
        self.checks_button.setFlat(True)
        self.checks_button.hide()
        status.addPermanentWidget(self.size_slider)
        status.addPermanentWidget(self.checks_button)
        status.addPermanentWidget(self.summary)

    def _connect(self) -> None:
        a = self.registry
        a["new"].triggered.connect(self.new_project)
        a["open"].triggered.connect(self.open_dialog)
        a["save_copy"].triggered.connect(self.save_copy)
        a["import"].triggered.connect(self.import_dialog)
        a["close"].triggered.connect(lambda: self.set_project(None))
        a["quit"].triggered.connect(self.close)
        a["preferences"].triggered.connect(lambda: PreferencesDialog(self).exec())
        a["about"].triggered.connect(self._about)
        a["trip"].triggered.connect(self.tools.edit_trip)
        a["export"].triggered.connect(self.tools.export)
        tools = self.tools
        for name in ("itinerary", "clock", "template", "roster", "merge_person"):
            a[name].triggered.connect(getattr(tools, name))
        a["checks"].triggered.connect(tools.show_checks)
        a["export_captions"].triggered.connect(tools.export_captions)
        a["import_captions"].triggered.connect(tools.import_captions)
        self.checks_button.clicked.connect(tools.show_checks)
        a["auto_assign"].triggered.connect(self.tools.auto_assign)
        a["select_all"].triggered.connect(lambda: self._on_workspace(lambda w: w.grid.selectAll()))
        a["delete"].triggered.connect(lambda: self._on_workspace(Workspace.delete_key))
        a["add_to_appendix"].triggered.connect(
            lambda: self._on_workspace(Workspace.add_selection_to_appendix)
        )
        a["remove_from_appendix"].triggered.connect(
            lambda: self._on_workspace(Workspace.remove_selection_from_appendix)
        )
        a["edit_caption"].triggered.connect(lambda: self._on_workspace(Workspace.rename_focused))
        a["find"].triggered.connect(self.search.setFocus)
        for name in ("add_day", "remove_day", "add_person", "edit_person", "remove_person"):
            method = getattr(Workspace, name)
            a[name].triggered.connect(lambda _=False, m=method: self._on_workspace(m))
        a["sort_time"].triggered.connect(lambda: self._set_order(SortOrder.CAPTURE_TIME))
        a["sort_appendix"].triggered.connect(lambda: self._set_order(SortOrder.APPENDIX))
        self.sort_box.currentIndexChanged.connect(
            lambda i: self._set_order(self.sort_box.itemData(i))
        )
        self.search.textChanged.connect(
            lambda text: self._on_workspace(lambda w: w.proxy.set_search(text))
        )
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(
                lambda n=number: self._on_workspace(lambda w: w.jump_to_day(n))
            )
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_project)

    def _opened(self) -> tuple[ProjectSession, Workspace] | None:
        if self.session is None or self.workspace is None:
            return None
        return self.session, self.workspace

    def _on_workspace(self, action: object) -> None:
        if self.workspace is not None:
            action(self.workspace)  # type: ignore[operator]

    def _set_order(self, order: SortOrder) -> None:
        self.registry["sort_time"].setChecked(order is SortOrder.CAPTURE_TIME)
        self.registry["sort_appendix"].setChecked(order is SortOrder.APPENDIX)
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(self.sort_box.findData(order))
        self.sort_box.blockSignals(False)
        self._on_workspace(lambda w: w.set_order(order))

    # ---- projects -------------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Show `project` (closing the one open), or the welcome page when None."""
        if self.importer.running:
            self.importer.cancel()
        self.tools.close_checks()
        if self.workspace is not None and self.session is not None:
            self.workspace.save_layout()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.close()
            self.session.deleteLater()
        self.session, self.workspace = None, None
        if project is not None:
            self.session = ProjectSession(project, self)
            self.workspace = Workspace(self.session, self.thumbnails)
            self.workspace.import_requested.connect(self.import_dialog)
            self.workspace.files_dropped.connect(self.import_paths)
            self.workspace.filters_cleared.connect(self._clear_search)
            self.session.changed.connect(self._update_title_and_summary)
            self.session.step_failed.connect(self._step_failed)
            self.undo_group.addStack(self.session.undo_stack)
            self.undo_group.setActiveStack(self.session.undo_stack)
            self.stack.addWidget(self.workspace)
            self.stack.setCurrentWidget(self.workspace)
            if not str(project.path).startswith(tempfile.gettempdir()):
                settings.add_recent(str(project.path))
        else:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
        for name, action in self.registry.items():
            action.setEnabled(project is not None or name in _ALWAYS_ACTIONS)
        self.search.setEnabled(project is not None)
        self.size_slider.setEnabled(project is not None)
        self.sort_box.setEnabled(project is not None)
        self._update_title_and_summary(Event(Change.TRIP))

    def _update_title_and_summary(self, _event: Event) -> None:
        if self.session is None:
            self.setWindowTitle("photoapp")
            self.setWindowFilePath("")
            self.summary.clear()
            self.checks_button.hide()
            return
        project = self.session.project
        # The file's name too: two versions of one trip are told apart by their files.
        self.setWindowTitle(f"{project.trip().title} — {project.path.name} — photoapp")
        self.setWindowFilePath(str(project.path))
        photos = len(self.session.all_photos())
        count = len(project.appendix())
        self.summary.setText(
            self.tr("%n photo(s)", "", photos) + " · " + self.tr("appendix: %n photo(s)", "", count)
        )
        reminders = count_findings(self.session)
        self.checks_button.setText(self.tr("%n reminder(s)", "", reminders))
        self.checks_button.setVisible(reminders > 0)

    def _clear_search(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _step_failed(self, text: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Cannot undo"),
            self.tr("“%1” can no longer be undone or redone: the project has changed since "
                    "(for example, the same photo was imported again). Nothing was changed.")
            .replace("%1", text),
        )  # fmt: skip

    def open_project(self, path: Path) -> bool:
        """Open a project file, or say why it cannot be opened (the file is left as it was)."""
        try:
            project = Project.open(path)
        except ProjectError as error:
            QMessageBox.critical(
                self, self.tr("Cannot open project"), messages.project_error(error)
            )
            return False
        settings.LAST_PROJECT_FOLDER.set(str(path.parent))
        self.set_project(project)
        return True

    def open_dialog(self) -> None:
        """Choose a project file to open."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open trip report"), settings.LAST_PROJECT_FOLDER.get(), _PROJECT_FILTER
        )
        if name:
            self.open_project(Path(name))

    def new_project(self) -> None:
        """Ask for a new trip's details and create its project file."""
        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        try:
            project = Project.create(dialog.path(), dialog.trip())
        except (ProjectError, OSError) as error:
            text = messages.project_error(error) if isinstance(error, ProjectError) else str(error)
            QMessageBox.critical(self, self.tr("Cannot create project"), text)
            return
        settings.LAST_PROJECT_FOLDER.set(str(dialog.path().parent))
        self.set_project(project)

    def open_demo(self) -> None:
        """Open a fresh copy of the sample trip."""
        folder = Path(tempfile.mkdtemp(prefix="photoapp-demo-"))
        from photoapp.samples.demo import build_demo  # sample photos: loaded when asked for

        self.set_project(build_demo(folder, self.cache))

    def save_copy(self) -> None:
        """Save a copy of the project under another name."""
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy"),
            str(self.session.project.folder),
            _PROJECT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # a copy never replaces a file
        )
        if not name:
            return
        path = Path(name if name.endswith(".photoapp") else name + ".photoapp")
        try:
            self.session.project.save_copy(path)
        except (ProjectError, OSError) as error:
            text = messages.project_error(error) if isinstance(error, ProjectError) else str(error)
            QMessageBox.critical(self, self.tr("Cannot save a copy"), text)
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(path)), 5000)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in settings.RECENT_PROJECTS.get():
            path = Path(entry)
            action = QAction(path.name, self.recent_menu)
            action.setToolTip(entry)
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
            self.recent_menu.addAction(action)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # ---- import ---------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        """Choose photo files to import."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import photos"),
            settings.LAST_PHOTO_FOLDER.get(),
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)"),
        )
        if names:
            settings.LAST_PHOTO_FOLDER.set(str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders into the open project, in the background."""
        if self.session is None:
            return
        if not self.importer.start(self.session.project, paths):
            self.statusBar().showMessage(self.tr("An import is already running."), 4000)

    def _import_finished(self, report: ImportReport) -> None:
        imported = len(report.imported)
        message = self.tr("Imported %n photo(s)", "", imported)
        if report.cancelled:
            message = self.tr("Import cancelled: %1").replace("%1", message)
        self.statusBar().showMessage(message, 8000)
        if self.workspace is not None and report.imported:
            self.workspace.select_photos([pid for _, pid in report.imported])
        if report.rejected or report.warnings:
            # Not modal: the user can look at the photos while reading what was skipped.
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog.show()

    # ---- window -------------------------------------------------------------------------------

    def _about(self) -> None:
        from photoapp.ui.dialogs.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def fit_to_screen(self) -> None:
        """Keep the window inside its screen's available area (a smaller screen than last
        time, a 1366x768 laptop at 125 %, a display at 200 %): shrink it, then move it in."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_width = frame.width() - self.width()
        extra_height = frame.height() - self.height()
        if not self.isVisible():  # no frame yet: leave room for a title bar
            extra_width, extra_height = max(extra_width, 8), max(extra_height, 38)
        width = min(self.width(), area.width() - extra_width)
        height = min(self.height(), area.height() - extra_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = self.frameGeometry()
        frame.setSize(self.size() + QSize(extra_width, extra_height))
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, area.x()), max(y, area.y()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's real size is known once the window is shown
            self._fitted = True
            self.fit_to_screen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._on_workspace(lambda w: w.photo_model.recheck_files())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        self.set_project(None)
        super().closeEvent(event)
