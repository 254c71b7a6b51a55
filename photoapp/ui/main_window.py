"""The main window: menus and toolbar, the welcome page or the open project's workspace,
opening and creating projects, importing with progress in the status bar."""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from photoapp import collector
from photoapp.storage.errors import ProjectError, ProjectWriteError
from photoapp.storage.importer import Duplicate, ImportReport, Rejected
from photoapp.storage.project import Change, Event, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui import actions, context_menus, dialogs, settings
from photoapp.ui.dialogs.welcome import WelcomePage
from photoapp.ui.icons import application_icon
from photoapp.ui.import_controller import ImportController
from photoapp.ui.likeness_filler import LikenessFiller
from photoapp.ui.models.filter import SortOrder
from photoapp.ui.models.photos import PhotoModel
from photoapp.ui.project_tools import ProjectTools
from photoapp.ui.session import ImportTarget, ProjectSession
from photoapp.ui.tasks import WARM_UP_AFTER_MS, favour_the_gui_thread
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.import_status import ImportStatus
from photoapp.ui.widgets.read_only_banner import ReadOnlyBanner
from photoapp.ui.widgets.search_box import SearchBox
from photoapp.ui.window_drop import WindowFileDrops
from photoapp.ui.workspace import MAX_THUMBNAIL, MIN_THUMBNAIL, Workspace

_PROJECT_FILTER = "photoapp (*.photoapp)"
_ZOOM_STEP = 32  # pixels a Ctrl + or Ctrl − changes the thumbnails by
REMINDERS_DELAY_MS = 200  # the status bar's reminder count: once edits pause (as checks.py)
REMINDERS_AT_OPEN_MS = 1000  # ...and a project's first count, once the window has shown it
# What the appendix checks load beyond the window (the export's layout and image preparation,
# lxml for the report's references): 0.09 s at once, a stall the user would feel a second
# after the window opened. Loaded one step a turn of the event loop instead (each a few ms),
# dependencies first; tests/test_startup.py checks the steps are small and complete.
CHECKS_STEPS = (
    "photoapp.export.settings",
    "photoapp.export.entries",
    "PIL.ImageCms",
    "PIL.ImageDraw",
    "photoapp.export.layout",
    "photoapp.export.images",
    "photoapp.export.appendix",
    "photoapp.export.findings",
    "photoapp.domain.photo_refs",
    "photoapp.export.report_fit",
    "lxml.etree",
    "photoapp.export.report_package",
    "photoapp.export.into",
    "photoapp.ui.dialogs.checks",
)


class MainWindow(QMainWindow):
    """The application window; at most one project open at a time."""

    def __init__(self, project: Project | None = None, cache: ThumbnailCache | None = None) -> None:
        super().__init__()
        favour_the_gui_thread()  # its workers (an import) must not keep it waiting for the GIL
        self.setWindowIcon(application_icon())
        self.cache = cache or ThumbnailCache()
        self.thumbnails = ThumbnailProvider(self.cache, self)
        self.importer = ImportController(self.cache, self)
        self.importer.finished.connect(self._import_finished)
        self.importer.write_failed.connect(self._import_write_failed)
        # The drop's tiles: every file found shows at once, then its preview, then its photo.
        self.importer.found.connect(lambda paths: self._tiles(lambda m: m.add_pending(paths)))
        self.importer.previews.connect(lambda found: self._tiles(lambda m: m.show_previews(found)))
        self.importer.read.connect(lambda hashes: self._tiles(lambda m: m.show_read(hashes)))
        self.importer.dropped.connect(self._import_dropped)
        self.session: ProjectSession | None = None
        self.workspace: Workspace | None = None
        self.likeness: LikenessFiller | None = None
        self.report_dialog: dialogs.ImportReportDialog | None = None
        self._import_target = ImportTarget()
        self._fitted = False
        self._reminders = QTimer(self)
        self._reminders.setSingleShot(True)
        self._reminders.setInterval(REMINDERS_AT_OPEN_MS)
        self._reminders.timeout.connect(self._count_reminders)
        self._checks_loaded: bool | None = None  # the checks' modules: None, loading, loaded
        self._checks_step = 0  # the next of CHECKS_STEPS to load
        self.undo_group = QUndoGroup(self)
        self.registry = actions.Registry(self)
        self.tools = ProjectTools(self, self._opened, self.thumbnails)
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(self.save_copy)
        self.banner.retry_requested.connect(self.retry_writing)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.file_drops = WindowFileDrops(
            self,
            lambda: self.session.uuid if self.session is not None else None,
            self.import_paths,
        )
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
        file_menu.addActions([a["save_copy"], a["restore_backup"], a["close"]])
        file_menu.addSeparator()
        file_menu.addActions([a["trip"], a["itinerary"]])
        file_menu.addSeparator()
        file_menu.addActions([a["import"], a["relink"], a["export"]])
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
        options = self._view_options()
        view_menu.addActions(options[:3])
        view_menu.addSeparator()
        view_menu.addActions(options[3:])  # similar photos: stacked, only the best

        photo_menu = bar.addMenu(self.tr("&Photos"))
        photo_menu.addActions([a["add_to_appendix"], a["remove_from_appendix"], a["checks"]])
        photo_menu.addAction(a["suggest"])
        photo_menu.addActions([a["move_earlier"], a["move_later"]])
        photo_menu.addSeparator()
        photo_menu.addAction(a["tag"])
        self.tag_menu = photo_menu.addMenu(self.tr("Tag &with"))
        self.tag_menu.addActions([a[f"tag_{n}"] for n in range(1, actions.TAG_SHORTCUTS + 1)])
        photo_menu.addAction(a["show_in_folder"])
        photo_menu.addSeparator()
        photo_menu.addActions([a["template"], a["clock"]])
        photo_menu.addSeparator()
        photo_menu.addActions([a["auto_assign"], a["add_day"], a["edit_day"], a["remove_day"]])
        photo_menu.addSeparator()
        photo_menu.addActions(
            [a["add_person"], a["roster"], a["edit_person"], a["show_person"], a["merge_person"],
             a["remove_person"]]
        )  # fmt: skip
        # Alt+1…9 show the itinerary's days: no menu entry, the window takes the shortcuts
        self.addActions([a[f"day_{n}"] for n in range(1, 10)])

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
        stack = QAction(self.tr("Stac&k Similar Photos"), self)
        stack.setCheckable(True)
        stack.setChecked(settings.STACK_SIMILAR.get())
        stack.setToolTip(self.tr("Show each burst of similar photos as one stack, best on top"))
        stack.toggled.connect(self._stacking_toggled)
        best_only = QAction(self.tr("Keep Only the &Best"), self)
        best_only.setCheckable(True)
        best_only.setToolTip(self.tr("Hide all but the best photo of each group of similar photos"))
        best_only.toggled.connect(lambda on: self._on_workspace(lambda w: w.set_best_only(on)))
        open_stack = QAction(self.tr("Op&en or Close Stack"), self)
        open_stack.setShortcut(QKeySequence("Ctrl+G"))
        open_stack.triggered.connect(lambda: self._on_workspace(lambda w: w.toggle_stack()))
        self.registry.update(
            zoom_in=zoom_in,
            zoom_out=zoom_out,
            captions_under=captions,
            stack_similar=stack,
            best_only=best_only,
            open_stack=open_stack,
        )
        return [zoom_in, zoom_out, captions, stack, best_only, open_stack]

    def _stacking_toggled(self, stacking: bool) -> None:
        settings.STACK_SIMILAR.set(stacking)
        self._on_workspace(lambda w: w.set_stacking(stacking))

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
        # Permanent (on the right, left of the others): a temporary message (a file skipped,
        # and why) hides the normal widgets, and the progress, shown again at its next report,
        # was drawn over the message's text.
        status.addPermanentWidget(self.import_status)
        self.summary = QLabel()
        self.checks_button = QPushButton()
        self.checks_button.setFlat(True)
        self.checks_button.hide()
        status.addPermanentWidget(self.size_slider)
        status.addPermanentWidget(self.checks_button)
        status.addPermanentWidget(self.summary)

    def _connect(self) -> None:
        # The registry's actions run their own handlers; here only what is not an action.
        self.checks_button.clicked.connect(self.tools.show_checks)
        self.sort_box.currentIndexChanged.connect(
            lambda i: self._set_order(self.sort_box.itemData(i))
        )
        self.search.textChanged.connect(
            lambda text: self._on_workspace(lambda w: w.set_search(text))
        )
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        # (the actions follow whether an import runs, not each step of its progress: that
        # comes every few tens of milliseconds, and the context reads the project)
        self._context_importing = False
        self.importer.progress.connect(lambda *_: self._importing_changed())
        self.importer.finished.connect(lambda _report: self.update_context())
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

    def set_order_by_name(self, name: str) -> None:
        """Sort the grid by "time" or "appendix" (the View menu's actions)."""
        self._set_order(SortOrder(name))

    def preferences(self) -> None:
        """Open the preferences."""
        dialogs.PreferencesDialog(self).exec()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self:
            self.update_context()

    def _importing_changed(self) -> None:
        if self.importer.running != self._context_importing:
            self.update_context()

    def update_context(self) -> actions.Context:
        """Recompute what the actions' enabling rules look at, and enable them by it."""
        self._context_importing = self.importer.running
        workspace = self.workspace
        if workspace is None:
            context = actions.Context(importing=self.importer.running)
        else:
            in_strip = workspace.strip.selected_ids()
            order = workspace.session.project.appendix()
            selected = workspace.selected_ids()
            context = actions.Context(
                project=True,
                photos=len(selected),
                photos_in_appendix=len(set(selected) & set(order)),
                appendix=len(in_strip),
                at_start=bool(order) and order[0] in in_strip,
                at_end=bool(order) and order[-1] in in_strip,
                pane=workspace.focused_pane(),
                day=workspace.current_day(),
                person=workspace.current_person(),
                people=workspace.people_model.rowCount(),
                importing=self.importer.running,
                read_only=workspace.session.read_only is not None,
            )
            names = [p.name for p in workspace.session.project.people()]
            for n in range(1, actions.TAG_SHORTCUTS + 1):
                text = self.tr("Tag with %1").replace("%1", names[n - 1]) if n <= len(names) else ""
                action = self.registry[f"tag_{n}"]
                action.setText(text or self.tr("Tag with Person %1").replace("%1", str(n)))
                action.setVisible(bool(text))
        self.registry.enable(context)
        return context

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
        if self.likeness is not None:
            self.likeness.stop()  # before its project closes
            self.likeness = None
        self.tools.close_checks()
        if self.workspace is not None and self.session is not None:
            self.workspace.save_layout()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.close()
            self.session.deleteLater()
            collector.thaw()  # what the project held, frozen at open, can go now
        self.session, self.workspace = None, None
        if project is not None:
            self.session = ProjectSession(project, self)
            self.workspace = Workspace(self.session, self.thumbnails)
            self.workspace.import_requested.connect(self.import_dialog)
            self.session.import_requested.connect(self.import_paths)
            self.workspace.filters_cleared.connect(self._clear_search)
            self.registry["best_only"].setChecked(False)  # each project opens with every photo
            self.workspace.best_only_changed.connect(self.registry["best_only"].setChecked)
            self._connect_workspace(self.workspace)
            self.session.changed.connect(self._update_title_and_summary)
            self.session.step_failed.connect(self._step_failed)
            self.session.write_failed.connect(self._write_failed)
            self.session.read_only_changed.connect(self._show_read_only)
            self.undo_group.addStack(self.session.undo_stack)
            self.undo_group.setActiveStack(self.session.undo_stack)
            self.stack.addWidget(self.workspace)
            self.stack.setCurrentWidget(self.workspace)
            # Photos from before schema 6 get their hash and sharpness in the background.
            self.likeness = LikenessFiller(self.session, self.cache)
            self.likeness.start()
            if not str(project.path).startswith(tempfile.gettempdir()):
                settings.add_recent(str(project.path))
        else:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
        self._show_read_only(self.session.read_only if self.session else None)
        self.search.setEnabled(project is not None)
        self.size_slider.setEnabled(project is not None)
        self.sort_box.setEnabled(project is not None)
        self._reminders.setInterval(REMINDERS_AT_OPEN_MS)
        self._update_title_and_summary(Event(Change.TRIP))

    def _connect_workspace(self, workspace: Workspace) -> None:
        """Keep the actions' context current, and give the panes their context menus."""
        update = self.update_context
        workspace.selection_changed.connect(lambda _ids: update())
        workspace.strip.selectionModel().selectionChanged.connect(lambda *_: update())
        for side in (workspace.days, workspace.people):
            side.selectionModel().currentChanged.connect(lambda *_: update())
        workspace.session.changed.connect(lambda _event: update())
        menus: list[tuple[QAbstractItemView, object]] = [
            (workspace.grid, context_menus.grid),
            (workspace.strip, context_menus.strip),
            (workspace.people, context_menus.people),
            (workspace.days, context_menus.days),
        ]
        for view, menu in menus:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda point, m=menu: self._context_menu(m, point)
            )

    def _context_menu(self, menu: object, point: QPoint) -> None:
        if self.workspace is not None:
            self.context_menu = menu(self, self.workspace, point)  # type: ignore[operator]

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
        # Once the edits pause; at open, once the window has shown the photos.
        self._reminders.start()

    def _count_reminders(self) -> None:
        """Show in the status bar how many reminders the appendix checks give. They lay the
        appendix out with its export settings: that waits until typing pauses (as the checks
        window does). The first time, the export's modules are loaded first, a step at a time
        (CHECKS_STEPS)."""
        self._reminders.setInterval(REMINDERS_DELAY_MS)
        if self.session is None or self._checks_loaded is False:  # (counted once loaded)
            return
        if self.importer.running:
            # Not while photos come in (a batch every second or so, each a pause): loading the
            # checks and laying the appendix out took the GUI thread 30-50 ms at a time just
            # when the drop's tiles were being shown. Counted once the import ends.
            return
        if self._checks_loaded is None:
            self._checks_loaded = False
            self._load_checks_step(self._checks_step)
            return
        from photoapp.ui.dialogs.checks import count_findings

        reminders = count_findings(self.session)
        self.checks_button.setText(self.tr("%n reminder(s)", "", reminders))
        self.checks_button.setVisible(reminders > 0)

    def _load_checks_step(self, step: int) -> None:
        """Load the appendix checks' modules a step at a time, then count the reminders."""
        if self.importer.running:
            # Paused while photos come in (the modules took 5-15 ms a step, as the drop's tiles
            # showed); the import's end counts the reminders, which goes on from here.
            self._checks_step, self._checks_loaded = step, None
            return
        if step < len(CHECKS_STEPS):
            importlib.import_module(CHECKS_STEPS[step])
            QTimer.singleShot(0, self, lambda: self._load_checks_step(step + 1))
            return
        self._checks_loaded = True
        self._count_reminders()

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

    # ---- failed writes, read-only mode ----------------------------------------------------------

    def _write_failed(self, text: str, error: ProjectWriteError) -> None:
        """An edit was not saved: say which and why, in the banner and the status bar."""
        line = messages.not_saved(text, error)
        self.statusBar().showMessage(line, 15_000)
        self.banner.show_reason(error, line)

    def _show_read_only(self, error: ProjectWriteError | None) -> None:
        """Enter read-only mode with `error` as the reason, or leave it when None."""
        if self.session is not None:
            # No undo or redo while nothing can be saved.
            active = self.session.undo_stack if error is None else None
            self.undo_group.setActiveStack(active)  # type: ignore[arg-type]
        if self.workspace is not None:
            self.workspace.set_read_only(error is not None)
        if error is None:
            self.banner.clear()
        elif not self.banner.isVisible():
            self.banner.show_reason(error)
        self.update_context()  # the editing actions follow

    def restore_backup(self) -> None:
        """Choose one of the project's backups (the open project's, else a file's) and open
        it, saved as a new project file."""
        from photoapp.ui.dialogs.restore_backup import RestoreBackupDialog  # when used

        if self.session is not None:
            path = self.session.project.path
        else:  # a project that cannot be opened any more is what backups are for
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore a backup of"),
                settings.LAST_PROJECT_FOLDER.get(),
                _PROJECT_FILTER,
            )
            if not name:
                return
            path = Path(name)
        dialog = RestoreBackupDialog(path, self)
        if dialog.exec() and dialog.restored is not None:
            self.open_project(dialog.restored)

    def retry_writing(self) -> None:
        """Try saving again (after the user freed space or closed the other program)."""
        if self.session is not None and self.session.project.read_only:
            # Opened read-only: only opening the file again can find it writable now.
            self.open_project(self.session.project.path)
            return
        if self.session is not None and self.session.retry():
            self.statusBar().showMessage(self.tr("The project can be saved again."), 5000)
        elif self.session is not None and self.session.read_only is not None:
            self.banner.show_reason(self.session.read_only)

    def _import_write_failed(self, error: ProjectWriteError) -> None:
        if self.session is not None:
            self.session.report_write_failure(self.tr("Import photos"), error)

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
        dialog = dialogs.NewProjectDialog(self)
        if not dialog.exec():
            return
        try:
            project = Project.create(dialog.path(), dialog.trip())
        except (ProjectError, OSError) as error:
            text = (
                messages.project_error(error)
                if isinstance(error, ProjectError)
                else messages.os_error(error, dialog.path())
            )
            QMessageBox.critical(self, self.tr("Cannot create project"), text)
            return
        settings.LAST_PROJECT_FOLDER.set(str(dialog.path().parent))
        self.set_project(project)

    def suggest_appendix(self) -> None:
        """Photos ▸ Suggest Appendix…: look over a suggested appendix and use it."""
        if self.session is None:
            return
        from photoapp.ui.dialogs.suggest import SuggestDialog  # only when asked for

        open_one = getattr(self, "suggest_dialog", None)
        if open_one is not None and isValid(open_one) and open_one.isVisible():
            open_one.raise_()  # one at a time: its suggestion is the one the user is editing
            open_one.activateWindow()
            return
        dialog = SuggestDialog(self.session, self.thumbnails, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # none left behind listening
        self.suggest_dialog = dialog  # kept for tests and automation
        dialog.open()

    def open_demo(self) -> None:
        """Open a fresh copy of the sample trip."""
        from photoapp.samples.demo import build_demo, fresh_demo_folder  # loaded when asked for

        self.set_project(build_demo(fresh_demo_folder(), self.cache))

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
            text = (
                messages.project_error(error)
                if isinstance(error, ProjectError)
                else messages.os_error(error, path)
            )
            QMessageBox.critical(self, self.tr("Cannot save a copy"), text)
            return
        if self.session.read_only is not None:
            # The copy is where editing goes on: the original cannot take edits.
            self.open_project(path)
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

    def import_paths(self, paths: list[Path], target: ImportTarget | None = None) -> None:
        """Import files and folders into the open project, in the background; then do what
        the drop `target` means with the photos (one undo step for all of it)."""
        if self.session is None or self.session.refused(self.tr("Import photos")):
            return
        if self.importer.running:
            self.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return
        self._import_target = target or ImportTarget()  # before start: it may finish at once
        self.importer.start(self.session.project, paths)

    def _tiles(self, change: Callable[[PhotoModel], None]) -> None:
        """Change the grid's tiles of the files being imported (none when no project is open)."""
        if self.workspace is not None:
            change(self.workspace.photo_model)

    def _import_dropped(self, gone: list[Rejected | Duplicate]) -> None:
        """Files that will not be photos: their tiles go, the last reason shows for a moment
        (the report at the end lists them all)."""
        self._tiles(lambda model: model.remove_pending(g.path for g in gone))
        rejected = [g for g in gone if isinstance(g, Rejected)]
        if rejected:
            last = rejected[-1]
            text = fill(self.tr("%1: %2"), last.path.name, messages.reject_reason(last.reason))
            self.statusBar().showMessage(text, 4000)

    def _import_finished(self, report: ImportReport) -> None:
        self._tiles(lambda model: model.remove_pending())  # what is left was not imported
        imported = len(report.imported)
        message = self.tr("Imported %n photo(s)", "", imported)
        known = [d.existing_id for d in report.duplicates if d.existing_id is not None]
        if report.duplicates:
            already = self.tr("%n already in the project", "", len(report.duplicates))
            message = fill(self.tr("%1; %2"), message, already)
        if report.cancelled:
            message = self.tr("Import cancelled: %1").replace("%1", message)
        self.statusBar().showMessage(message, 8000)
        self._reminders.start()  # (not counted while the import ran)
        if self.session is not None:
            # The user's filter, search and selection stay as they are: the import may have
            # run for minutes while they worked.
            added = [pid for _, pid in report.imported]
            self.session.record_import(added, known, self._import_target)
        if report.rejected or report.warnings:
            # Not modal: the user can look at the photos while reading what was skipped.
            self.report_dialog = dialogs.ImportReportDialog(report, self)
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
            QTimer.singleShot(WARM_UP_AFTER_MS, self.importer, self.importer.warm_up)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._on_workspace(lambda w: w.photo_model.recheck_files())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.file_drops.remove()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        self.set_project(None)
        super().closeEvent(event)
