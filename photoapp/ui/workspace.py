"""The open project's workspace: itinerary and people on the left, the photo grid in the
centre, the selected photo on the right, the appendix strip below; and the edits they start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photoapp.storage.project import Change, Event
from photoapp.ui import dates, dialogs, settings
from photoapp.ui.delegates import ThumbnailDelegate
from photoapp.ui.models.appendix import AppendixModel
from photoapp.ui.models.days import DayModel
from photoapp.ui.models.filter import ALL_PHOTOS, UNASSIGNED, PhotoFilterModel, SortOrder
from photoapp.ui.models.people import PeopleModel
from photoapp.ui.models.photos import PhotoModel
from photoapp.ui.models.roles import Role, id_of
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.views import AppendixStrip, PhotoGridView, SideListView
from photoapp.ui.widgets.detail_panel import DetailPanel
from photoapp.ui.widgets.filter_bar import FilterBar
from photoapp.ui.widgets.preview import PreviewDialog

MIN_THUMBNAIL, MAX_THUMBNAIL = 64, 256  # the thumbnail cache keeps 256 px: never enlarged


def _titled(title: str, body: QWidget, *buttons: QPushButton) -> QWidget:
    """A panel: a bold title, the body, and buttons under it."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(body, 1)
    for button in buttons:
        layout.addWidget(button)
    return panel


class Workspace(QWidget):
    """Everything shown while a project is open."""

    selection_changed = Signal(list)  # selected photo ids
    filters_cleared = Signal()  # the search box should be emptied too
    best_only_changed = Signal(bool)  # "Keep only the best" was turned on or off
    import_requested = Signal()  # the empty state's button

    def __init__(self, session: ProjectSession, thumbnails: ThumbnailProvider) -> None:
        super().__init__()
        self.session = session
        self.photo_model = PhotoModel(session, thumbnails)
        self.proxy = PhotoFilterModel(self)
        self.proxy.setSourceModel(self.photo_model)
        self.day_model = DayModel(session)
        self.people_model = PeopleModel(session)
        self.appendix_model = AppendixModel(session, thumbnails)

        self.grid = PhotoGridView()
        self.grid.setModel(self.proxy)
        self.photo_model.selected_ids = self.grid.selected_ids
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grid.preview_requested.connect(self.show_preview)
        self.grid.doubleClicked.connect(lambda index: self.show_preview(id_of(index)))
        self.thumbnails = thumbnails

        # Clicking filters (a click, or the keyboard, chooses a row), dragging tags: a press
        # alone never changes the view, see SideListView.
        self.days = SideListView()
        self.days.setModel(self.day_model)
        self.days.chosen.connect(self._day_chosen)
        self.people = SideListView(draggable=True)
        self.people.setModel(self.people_model)
        self.people.chosen.connect(self._person_chosen)
        self.people.doubleClicked.connect(lambda _index: self.edit_person())
        self.days.doubleClicked.connect(lambda _index: self.edit_day())

        self.strip = AppendixStrip()
        self.strip.setModel(self.appendix_model)
        self.strip.setMinimumHeight(150)  # one row of 照片 N with its caption, and a scroll bar
        self.strip.doubleClicked.connect(self._show_in_grid)

        for view in (self.grid, self.days, self.people, self.strip):
            view.project_uuid = session.uuid
        self.detail = DetailPanel(session, thumbnails)
        self.pane_hint = ""  # the pane a context menu was opened on, or last focused
        self.filter_bar = FilterBar()
        self.filter_bar.cleared.connect(self.show_all)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._show_filter)
        delegate = self.grid.itemDelegate()
        if isinstance(delegate, ThumbnailDelegate):
            delegate.separators = self._date_separators
            delegate.stack_state = self.proxy.stack_state
        self.grid.stack_toggled.connect(self.toggle_stack)
        # A filter or an order changes whether the grid shows date lines: lay it out again.
        self.proxy.layoutChanged.connect(self.grid.doItemsLayout)
        self.proxy.modelReset.connect(self.grid.doItemsLayout)
        size = settings.THUMBNAIL_SIZE.get()
        self.set_thumbnail_size(int(size) if size.isdecimal() else 160)
        self.show_captions(settings.CAPTIONS_UNDER_PHOTOS.get())
        self.proxy.set_stacking(settings.STACK_SIMILAR.get())
        self.photo_model.stacks.changed.connect(lambda _ids: self._show_filter())
        stacks = self.photo_model.stacks
        self.grid.verticalScrollBar().valueChanged.connect(lambda _value: stacks.postpone())
        for pane, text in (
            (self.days, self.tr("Itinerary")),
            (self.people, self.tr("People")),
            (self.grid, self.tr("Photos")),
            (self.strip, self.tr("Appendix")),
            (self.detail, self.tr("Details")),
            (self.detail.scroller, self.tr("Details")),
        ):
            pane.setAccessibleName(text)  # what a screen reader says, and automation finds
        self._build()
        session.changed.connect(self._on_changed)
        self._on_changed(Event(Change.PHOTOS | Change.APPENDIX))
        self.photo_model.rowsInserted.connect(self._grid_or_empty)
        self.photo_model.rowsRemoved.connect(self._grid_or_empty)

    # ---- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.add_day_button = add_day = QPushButton(self.tr("+ Add day"))
        add_day.clicked.connect(self.add_day)
        self.add_person_button = add_person = QPushButton(self.tr("+ Add person"))
        add_person.clicked.connect(self.add_person)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(_titled(self.tr("Itinerary"), self.days, add_day))
        self.side.addWidget(_titled(self.tr("People"), self.people, add_person))

        self.centre = QStackedWidget()
        self.empty = empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_hint = hint = QLabel(self.tr("Drag photos here, or click “Import Photos”"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)  # in one line it made the window 440 px wider than a small screen
        hint.setStyleSheet("font-size: 15pt; color: palette(mid);")
        button = QPushButton(self.tr("Import Photos…"))
        button.clicked.connect(self.import_requested)
        empty_layout.addStretch()
        empty_layout.addWidget(hint)
        empty_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        empty.setAcceptDrops(False)
        self.centre.addWidget(empty)
        self.centre.addWidget(self.grid)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.centre, 1)

        self.upper = QSplitter(Qt.Orientation.Horizontal)
        self.upper.addWidget(self.side)
        self.upper.addWidget(centre)
        self.upper.addWidget(self.detail)
        self.upper.setStretchFactor(1, 1)
        self.side.setMinimumWidth(200)
        self.detail.setMinimumWidth(280)
        self.upper.setSizes([260, 700, 340])

        self.strip_hint = QLabel(self.tr("Drag photos here to add them to the appendix"))
        self.strip_hint.setStyleSheet("color: palette(mid);")
        self.strip_title = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(4, 0, 4, 4)
        lower_layout.addWidget(self.strip_title)
        lower_layout.addWidget(self.strip, 1)
        lower_layout.addWidget(self.strip_hint)

        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.upper)
        self.vertical.addWidget(lower)
        self.vertical.setStretchFactor(0, 1)
        self.vertical.setSizes([600, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.vertical)
        self.days.setCurrentIndex(self.day_model.index(0, 0))
        self.restore_layout()

    def restore_layout(self) -> None:
        """Splitter positions as the user left them."""
        for splitter, setting in (
            (self.upper, settings.MAIN_SPLITTER),
            (self.vertical, settings.CENTRE_SPLITTER),
            (self.side, settings.SIDE_SPLITTER),
        ):
            state = setting.get()
            if not state.isEmpty():
                splitter.restoreState(state)

    def save_layout(self) -> None:
        """Remember splitter positions."""
        settings.MAIN_SPLITTER.set(self.upper.saveState())
        settings.CENTRE_SPLITTER.set(self.vertical.saveState())
        settings.SIDE_SPLITTER.set(self.side.saveState())

    def set_read_only(self, read_only: bool) -> None:
        """Offer no editing while the project cannot be saved (the session refuses edits too)."""
        self.add_day_button.setEnabled(not read_only)
        self.add_person_button.setEnabled(not read_only)
        self.detail.set_read_only(read_only)

    # ---- keeping the view current ---------------------------------------------------------------

    def _on_changed(self, event: Event) -> None:
        person = self.proxy.person_filter
        gone = person is not None and self.people_model.person(person) is None
        day = self.proxy.day_filter
        day_gone = day >= 0 and self.day_model.day(day) is None
        if (event.change & Change.PEOPLE and gone) or (event.change & Change.DAYS and day_gone):
            self.show_all()  # what the grid was filtered by was merged away or removed
        elif event.change & (Change.PEOPLE | Change.DAYS):
            self._show_filter()  # a renamed person or day
        if event.change & (Change.PHOTOS | Change.APPENDIX):
            self._grid_or_empty()
            count = self.appendix_model.rowCount()
            self.strip_title.setText("<b>" + self.tr("Appendix: %n photo(s)", "", count) + "</b>")
            self.strip_hint.setVisible(count == 0)

    def _grid_or_empty(self) -> None:
        # A drop's tiles count: an empty project shows the grid as soon as files are found.
        has_rows = self.photo_model.rowCount() > 0
        self.centre.setCurrentWidget(self.grid if has_rows else self.empty)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.grid.selected_ids()
        self.detail.show_photos(ids)
        self.selection_changed.emit(ids)

    def _day_chosen(self, current: QModelIndex) -> None:
        # "All photos" chosen again takes a person filter off too (set_day clears it).
        if current.isValid() and not self.day_model.syncing:
            self.people.selectionModel().clearSelection()
            self.proxy.set_day(self.day_model.id_at(current) or ALL_PHOTOS)
            self._show_filter()

    def _person_chosen(self, current: QModelIndex) -> None:
        # Only a click or a key chooses: Qt moving the current row when the filtered person's
        # row goes (a merge, a removal) is no choice of the user's.
        if current.isValid() and not self.people_model.syncing:
            self.days.selectionModel().clearSelection()
            self.proxy.set_person(self.people_model.id_at(current))
            self._show_filter()

    def filter_text(self) -> str:
        """What the grid is filtered by, as the filter bar says it ("" when it shows all)."""
        parts = []
        proxy = self.proxy
        if proxy.person_filter is not None:
            person = self.people_model.person(proxy.person_filter)
            parts.append(person.name if person else "")
        elif proxy.day_filter == UNASSIGNED:
            parts.append(self.tr("Unassigned"))
        elif proxy.day_filter != ALL_PHOTOS:
            day = self.day_model.day(proxy.day_filter)
            if day is not None:
                parts.append(f"{dates.list_date(day.date)}  {day.label}".rstrip())
        if proxy.search:
            parts.append(f"“{proxy.search}”")
        if proxy.best_only:
            hidden = proxy.hidden_in_stacks()  # of the photos this filter shows
            parts.append(self.tr("only the best of similar photos (%n hidden)", "", hidden))
        return " · ".join(p for p in parts if p)

    def _show_filter(self) -> None:
        text = self.filter_text()
        self.filter_bar.show_filter(text)
        self.grid.empty_text = (
            self.tr("No photos match %1. Click ✕ above to show all photos.").replace("%1", text)
            if text
            else ""
        )
        self.grid.viewport().update()

    def _show_in_grid(self, index: QModelIndex) -> None:
        photo_id = self.appendix_model.id_at(index)
        if photo_id is not None:
            self.select_photos([photo_id])

    def show_all(self) -> None:
        """Take every filter off the grid: all photos, no person, no search."""
        self.days.selectionModel().blockSignals(True)
        self.days.setCurrentIndex(self.day_model.index(0, 0))
        self.days.selectionModel().blockSignals(False)
        self.people.selectionModel().blockSignals(True)
        self.people.selectionModel().clear()
        self.people.selectionModel().blockSignals(False)
        self.proxy.set_day(ALL_PHOTOS)
        self.proxy.set_search("")
        self.set_best_only(False)
        self._show_filter()
        self.days.viewport().update()
        self.people.viewport().update()
        self.filters_cleared.emit()

    def show_preview(self, photo_id: int | None) -> None:
        """Open the large preview of a photo."""
        photo = self.photo_model.photo(photo_id) if photo_id is not None else None
        if photo is None:
            return
        path = self.photo_model.path_of(photo)
        dialog = PreviewDialog(
            self.thumbnails, photo.id, path, photo.file_name, self, self._neighbour
        )
        dialog.photo_shown.connect(lambda shown: self.grid.select_ids([shown]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---- what the actions act on ---------------------------------------------------------------

    def focused_pane(self) -> str:
        """Which pane has the keyboard focus: "grid", "strip", "days", "people", "detail", ""."""
        widget = QApplication.focusWidget()
        panes = {
            "grid": self.grid,
            "strip": self.strip,
            "days": self.days,
            "people": self.people,
            "detail": self.detail,
        }
        while widget is not None:
            for name, pane in panes.items():
                if widget is pane:
                    self.pane_hint = name
                    return name
            widget = widget.parentWidget()
        # no focus in the window (another window is active): the pane last used or clicked
        return self.pane_hint

    def current_day(self) -> int | None:
        """The current itinerary day (None on "All photos", "Unassigned" or nothing)."""
        day_id = self.days.current_id()
        return day_id if day_id is not None and self.day_model.day(day_id) else None

    def current_person(self) -> int | None:
        """The current person of the people list."""
        return self.people.current_id()

    def _neighbour(self, photo_id: int, step: int) -> tuple[int, Path, str] | None:
        """The photo `step` places from `photo_id` in the grid as it is sorted and filtered."""
        ids = [self.proxy.index(row, 0).data(Role.ID) for row in range(self.proxy.rowCount())]
        if photo_id not in ids:
            return None
        row = ids.index(photo_id) + step
        photo = self.photo_model.photo(ids[row]) if 0 <= row < len(ids) else None
        if photo is None:
            return None
        return photo.id, self.photo_model.path_of(photo), photo.file_name

    # ---- edits started here ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The photos selected in the grid."""
        return self.grid.selected_ids()

    def select_photos(self, ids: list[int]) -> None:
        """Select photos in the grid, with every filter off and their stacks open, so that
        they are shown (the appendix strip's double-click, the checks' "show")."""
        self.show_all()
        stacks = self.photo_model.stacks
        closed = {
            stack.key
            for stack in (stacks.stack(pid) for pid in ids)
            if stack is not None and not stack.best and stack.key not in self.proxy.expanded
        }
        if self.proxy.stacking and closed:
            for key in closed:
                self.proxy.toggle_stack(key)
        self.grid.select_ids(ids)

    def jump_to_day(self, number: int) -> None:
        """Show the photos of the itinerary's day `number` (1-based)."""
        row = number + 1  # after "all photos" and "unassigned"
        if row < self.day_model.rowCount():
            index = self.day_model.index(row, 0)
            self.days.setCurrentIndex(index)
            self._day_chosen(index)

    def set_search(self, text: str) -> None:
        """Show only photos whose caption, people or file name have every word of `text`."""
        self.proxy.set_search(text)
        self._show_filter()

    def set_thumbnail_size(self, pixels: int) -> None:
        """Show the grid's thumbnails `pixels` wide and high (64 to 256, the cache's size)."""
        pixels = max(MIN_THUMBNAIL, min(MAX_THUMBNAIL, pixels))
        delegate = self.grid.itemDelegate()
        if isinstance(delegate, ThumbnailDelegate):
            delegate.size = QSize(pixels, pixels)
        self.grid.setIconSize(QSize(pixels, pixels))  # lays the grid out again
        self.grid.doItemsLayout()

    def thumbnail_size(self) -> int:
        """How large the grid's thumbnails are shown."""
        return self.grid.iconSize().width()

    def show_captions(self, shown: bool) -> None:
        """Show each photo's caption under its thumbnail (or only the file name)."""
        delegate = self.grid.itemDelegate()
        if isinstance(delegate, ThumbnailDelegate):
            delegate.show_captions = shown
        self.grid.doItemsLayout()

    def _date_separators(self) -> bool:
        """Dates between the photos: in "All photos" (no filter, no search), sorted by time."""
        proxy = self.proxy
        return (
            proxy.day_filter == ALL_PHOTOS
            and proxy.person_filter is None
            and not proxy.search
            and proxy.order is SortOrder.CAPTURE_TIME
        )

    def set_stacking(self, stacking: bool) -> None:
        """Show each group of similar photos as one stack (View ▸ Stack Similar Photos)."""
        self.proxy.set_stacking(stacking)
        self.grid.viewport().update()

    def set_best_only(self, best_only: bool) -> None:
        """Hide all but the best of each group of similar photos (View ▸ Keep Only the Best)."""
        if best_only == self.proxy.best_only:
            return
        self.proxy.set_best_only(best_only)
        self._show_filter()
        self.best_only_changed.emit(best_only)

    def toggle_stack(self, key: int | None = None) -> None:
        """Open or close a stack: `key`'s, or the current photo's; the best stays current."""
        if key is None:
            stack = self.grid.currentIndex().data(Role.STACK)
            if stack is None or not self.proxy.stack_state(stack.key):
                return
            key = stack.key
        best = next(
            (g.best for g in self.photo_model.stacks.groups() if g.photo_ids[0] == key), None
        )
        self.proxy.toggle_stack(key)
        if best is not None:
            self.grid.select_ids([best])  # not select_photos: the filters stay as they are
        self.grid.viewport().update()

    def set_order(self, order: SortOrder) -> None:
        """Sort the grid."""
        self.proxy.set_order(order)

    def delete_key(self) -> None:
        """Delete: out of the appendix when the strip has focus, else out of the project."""
        if self.focused_pane() == "strip":
            self.session.remove_from_appendix(self.strip.selected_ids())
        else:
            self.delete_selected()

    def delete_selected(self) -> None:
        """Remove the selected photos from the project, after asking."""
        ids = self.selected_ids()
        if not ids:
            return
        count = len(ids)
        answer = QMessageBox.question(
            self,
            self.tr("Delete photos"),
            self.tr(
                "Remove %n photo(s) from this project? The files stay where they are.", "", count
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.delete_photos(ids)

    def select_all(self) -> None:
        """Select every photo the grid shows."""
        self.grid.selectAll()

    def move_in_appendix(self, step: int) -> None:
        """Move the strip's selected photos one place earlier (-1) or later (+1)."""
        ids = self.strip.selected_ids()
        order = self.session.project.appendix()
        rows = [order.index(i) for i in ids if i in order]
        if not rows:
            return
        if step < 0 and min(rows) > 0:
            self.session.add_to_appendix(ids, min(rows) - 1)
        elif step > 0 and max(rows) < len(order) - 1:
            self.session.add_to_appendix(ids, max(rows) + 2)
        else:
            return
        selection = QItemSelection()
        for row, photo_id in enumerate(self.session.project.appendix()):
            if photo_id in ids:
                index = self.appendix_model.index(row, 0)
                selection.select(index, index)
        self.strip.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def show_in_folder(self) -> None:
        """Open the folder of the selected photo's file in the file manager."""
        ids = self.selected_ids()
        photo = self.photo_model.photo(ids[0]) if ids else None
        if photo is not None:
            folder = self.photo_model.path_of(photo).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def tag_dialog(self) -> None:
        """Tag the selected photos with a person chosen from a list (the keyboard's way)."""
        ids = self.selected_ids()
        people = self.session.project.people()
        if not ids or not people:
            return
        photos = [photo for i in ids if (photo := self.photo_model.photo(i)) is not None]
        # Who is on every selected photo already: marked, and not the one offered first.
        on_all = {p.id for p in people if photos and all(p.id in ph.people for ph in photos)}
        labels = [
            f"{p.name}　{p.title}".strip() + (self.tr(" (tagged)") if p.id in on_all else "")
            for p in people
        ]
        first = next((n for n, p in enumerate(people) if p.id not in on_all), 0)
        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Tag with a person"),
            self.tr("Tag %n photo(s) with:", "", len(ids)),
            labels,
            first,
            False,
        )
        if accepted and chosen in labels:
            self.session.tag(ids, people[labels.index(chosen)].id)

    def tag_with_nth(self, number: int) -> None:
        """Tag the selected photos with the project's `number`th person (Ctrl+1…9)."""
        people = self.session.project.people()
        if 1 <= number <= len(people):
            self.session.tag(self.selected_ids(), people[number - 1].id)

    def show_person_photos(self) -> None:
        """Filter the grid by the current person (the people list's menu)."""
        index = self.people.currentIndex()
        if index.isValid():
            self._person_chosen(index)

    def add_selection_to_appendix(self) -> None:
        """Append the selected photos to the appendix."""
        self.session.add_to_appendix(self.selected_ids())

    def remove_selection_from_appendix(self) -> None:
        """Take the selected photos (grid or strip) out of the appendix."""
        ids = self.strip.selected_ids() if self.focused_pane() == "strip" else self.selected_ids()
        self.session.remove_from_appendix(ids)

    def edit_caption(self) -> None:
        """Put the cursor at the end of the caption, so that typing adds to it."""
        editor = self.detail.caption_editor
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def rename_focused(self) -> None:
        """F2: rename what has focus (a day's label, a person's name, in place); in the grid or
        the panel, edit the selected photo's caption."""
        for view in (self.days, self.people):
            if view.hasFocus():
                index = view.currentIndex()
                if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                    view.edit(index)
                return
        self.edit_caption()

    def edit_day(self) -> None:
        """Edit the current day's date and label in a dialog (double-click on a day)."""
        day_id = self.days.current_id()
        day = self.day_model.day(day_id) if day_id is not None else None
        if day is None:
            return
        existing = {d.date for d in self.session.project.days()}
        dialog = dialogs.DayDialog(day, existing, self)
        if dialog.exec() and dialog.day() != day:
            self.session.update_day(dialog.day())

    def add_day(self) -> None:
        """Ask for a new itinerary day."""
        existing = {d.date for d in self.session.project.days()}
        dialog = dialogs.DayDialog(None, existing, self)
        if dialog.exec():
            day = dialog.day()
            self.session.add_day(day.date, day.label)

    def remove_day(self) -> None:
        """Remove the current day (its photos become unassigned)."""
        day_id = self.days.current_id()
        if day_id is not None and self.day_model.day(day_id) is not None:
            self.session.remove_day(day_id)

    def add_person(self) -> None:
        """Ask for a new person."""
        dialog = dialogs.PersonDialog(None, self)
        if dialog.exec():
            self.session.add_person(dialog.person())

    def edit_person(self) -> None:
        """Edit the current person in a dialog."""
        person_id = self.people.current_id()
        person = self.people_model.person(person_id) if person_id is not None else None
        if person is None:
            return
        dialog = dialogs.PersonDialog(person, self)
        if dialog.exec() and dialog.person() != person:
            self.session.update_person(dialog.person())

    def remove_person(self) -> None:
        """Remove the current person and their tags."""
        person_id = self.people.current_id()
        if person_id is not None:
            self.session.remove_person(person_id)
