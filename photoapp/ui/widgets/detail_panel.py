"""The detail panel: one selected photo, large, with its caption, people, day and file details.

Every edit goes through the session (one undo step each); the panel follows `session.changed`,
so edits made elsewhere, undo and redo show here too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDir, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragLeaveEvent, QDropEvent, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain import captions
from photoapp.domain.model import Photo
from photoapp.storage.project import Change, Event
from photoapp.texts.catalogue import fill
from photoapp.ui import accessibility, dates, mime
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.flow_layout import FlowLayout
from photoapp.ui.widgets.mention import MentionCompleter

PREVIEW_SIZE = 1024
_CAPTION_LINES = 3


class _PhotoView(QLabel):
    """The photo scaled to fit, keeping its aspect ratio, or a line of text in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def show_image(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self.setText("")
        self._rescale()

    def show_text(self, text: str) -> None:
        self._source = None
        self.clear()
        self.setText(text)

    def _rescale(self) -> None:
        if self._source is not None:
            mode = Qt.TransformationMode.SmoothTransformation
            keep = Qt.AspectRatioMode.KeepAspectRatio
            self.setPixmap(self._source.scaled(self.size(), keep, mode))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()


class _ElidedLabel(QLabel):
    """A selectable one-line label that elides its text in the middle; the tooltip has it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class _PeopleArea(QWidget):
    """Where the photo's people show as chips; people dragged here are dropped as ids."""

    people_dropped = Signal(list)  # list[int] of person ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.project_uuid = ""  # people dragged from this project only
        self.highlighted = False
        self.flow = FlowLayout(self)

    def _highlight(self, on: bool) -> None:
        """Light up while people hover, as every drop target does."""
        self.highlighted = on
        self.setBackgroundRole(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window)
        self.setAutoFillBackground(on)

    def dragEnterEvent(self, event: QDropEvent) -> None:  # enter and move events are drop events
        if mime.ids(event.mimeData(), mime.PEOPLE, self.project_uuid):
            event.acceptProposedAction()
            self._highlight(True)

    def dragMoveEvent(self, event: QDropEvent) -> None:
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        ids = mime.ids(event.mimeData(), mime.PEOPLE, self.project_uuid)
        if ids:
            event.acceptProposedAction()
            self.people_dropped.emit(ids)


class DetailPanel(QWidget):
    """The right-hand panel: the one selected photo, its caption, people, day and details."""

    def __init__(
        self, session: ProjectSession, thumbnails: ThumbnailProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self._photo_ids: list[int] = []
        self._photo: Photo | None = None
        self._image_key: tuple[int, str, str, bool] | None = None  # what the view shows
        self._loading: int | None = None  # the photo whose preview is on its way
        self._writing = False  # our own caption edit is on its way through the store
        self._read_only = False  # the project cannot be saved: show, do not offer edits

        self.view = _PhotoView(self)
        self.caption_editor = QPlainTextEdit(self)
        self.caption_editor.setTabChangesFocus(True)
        self.caption_editor.setPlaceholderText(self.tr("Describe the photo for the report"))
        lines = self.caption_editor.fontMetrics().lineSpacing() * _CAPTION_LINES
        self.caption_editor.setFixedHeight(lines + 2 * self.caption_editor.frameWidth() + 8)
        self.people_area = _PeopleArea(self)
        self.people_area.project_uuid = session.uuid
        self.no_people = QLabel(self.tr("Drag people here to tag them"), self.people_area)
        self.no_people.setEnabled(False)
        self.people_area.flow.addWidget(self.no_people)
        self.day_combo = QComboBox(self)
        self.taken_label = QLabel(self)
        self.camera_label = QLabel(self)
        self.gps_label = QLabel(self)
        self.file_label = _ElidedLabel(self)
        self.size_label = QLabel(self)
        self._chips: list[QToolButton] = []

        self.editors = QWidget(self)
        edit_form = QFormLayout()
        edit_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        edit_form.addRow(self.tr("Caption"), self.caption_editor)
        edit_form.addRow(self.tr("People"), self.people_area)
        edit_form.addRow(self.tr("Day"), self.day_combo)
        details = QFormLayout()
        details.addRow(self.tr("Taken"), self.taken_label)
        details.addRow(self.tr("Camera"), self.camera_label)
        details.addRow(self.tr("GPS"), self.gps_label)
        details.addRow(self.tr("File"), self.file_label)
        details.addRow(self.tr("Size"), self.size_label)
        editors_layout = QVBoxLayout(self.editors)
        editors_layout.setContentsMargins(0, 0, 0, 0)
        editors_layout.addLayout(edit_form)
        editors_layout.addLayout(details)
        # Everything scrolls as one when the panel is short (a 1366x768 laptop at 125 %): the
        # fields keep their height and never draw over each other; the photo takes what is left.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editors)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

        accessibility.name_fields(self)
        self.day_combo.setAccessibleName(self.tr("Day"))  # not the day it shows
        self.file_label.setAccessibleName(self.tr("File"))
        self.caption_editor.textChanged.connect(self._caption_edited)
        # `@` and a name: the caption form goes in as one edit, which _caption_edited tokenizes.
        self.mention = MentionCompleter(
            self.caption_editor,
            self.session.project.people,
            lambda: self._photo.people if self._photo is not None else (),
        )
        self.day_combo.activated.connect(self._day_chosen)
        self.people_area.people_dropped.connect(self._tag)
        session.changed.connect(self._on_changed)
        thumbnails.preview_ready.connect(self._preview_loaded)
        thumbnails.ready.connect(self._thumbnail_loaded)
        self._fill_days()
        self.show_photos([])

    def set_read_only(self, read_only: bool) -> None:
        """Show the photo without offering edits (the project cannot be saved now)."""
        self._read_only = read_only
        self.caption_editor.setReadOnly(read_only)
        self.day_combo.setEnabled(not read_only)
        self.people_area.setAcceptDrops(not read_only)
        for chip in self._chips:
            chip.setEnabled(not read_only)

    # ---- what is shown ------------------------------------------------------------------------

    def show_photos(self, photo_ids: Sequence[int]) -> None:
        """Show the selection: one photo in full, or a hint for none or several."""
        self._photo_ids = list(photo_ids)
        self._photo = None
        self._image_key = None
        self._refresh()

    def photo_id(self) -> int | None:
        """The photo shown, or None when none or several are selected."""
        return self._photo.id if self._photo else None

    def _refresh(self) -> None:
        found = {p.id: p for p in self.session.photos(self._photo_ids)} if self._photo_ids else {}
        self._photo_ids = [pid for pid in self._photo_ids if pid in found]
        if len(self._photo_ids) != 1:
            self._show_hint(len(self._photo_ids))
            return
        photo = found[self._photo_ids[0]]
        self._photo = photo
        self.editors.setEnabled(True)
        self._show_image(photo)
        self._show_caption(photo)
        self._show_people(photo)
        self._select_day(photo.day_id)
        self._show_details(photo)

    def _show_hint(self, count: int) -> None:
        self._photo = None
        self._image_key = self._loading = None
        if count:
            self.view.show_text(self.tr("%n photo(s) selected", "", count))
        else:
            self.view.show_text(self.tr("Select a photo to see it here"))
        self._set_caption_text("")
        self._show_chips([])
        self._select_day(None)
        for label in (self.taken_label, self.camera_label, self.gps_label, self.size_label):
            label.clear()
        self.file_label.set_full_text("")
        self.editors.setEnabled(False)

    def _show_image(self, photo: Photo) -> None:
        path = self.session.project.resolve(photo)
        missing = self.session.project.is_missing(photo)
        key = (photo.id, photo.path, photo.sha256, missing)
        if key == self._image_key:
            return
        self._image_key = key
        self._loading = None
        if missing:
            native = QDir.toNativeSeparators(str(path))
            self.view.show_text(self.tr("File not found: %1").replace("%1", native))
            return
        self.view.show_text(self.tr("Loading…"))
        self._loading = photo.id
        self._thumbnail_loaded(photo.sha256)  # the grid's thumbnail until the preview comes
        self.thumbnails.request_preview(photo.id, path, PREVIEW_SIZE)

    def _thumbnail_loaded(self, sha256: str) -> None:
        photo = self._photo
        if photo is None or self._loading != photo.id or photo.sha256 != sha256:
            return
        pixmap = self.thumbnails.pixmap(sha256, self.session.project.resolve(photo))
        if pixmap is not None:
            self.view.show_image(pixmap)

    def _preview_loaded(self, photo_id: int, image: QImage) -> None:
        if self._loading is None or photo_id != self._loading:
            return
        self._loading = None
        if not image.isNull():
            self.view.show_image(QPixmap.fromImage(image))
        elif self.view.pixmap().isNull():  # unreadable, and no thumbnail either
            self.view.show_text(self.tr("This photo cannot be shown"))

    def _show_details(self, photo: Photo) -> None:
        self.taken_label.setText(dates.capture_time(photo.taken))
        self.camera_label.setText(photo.camera or "—")
        self.gps_label.setText(
            self.tr("Yes (removed on export)") if photo.has_gps else self.tr("No")
        )
        path = self.session.project.resolve(photo)
        self.file_label.set_full_text(QDir.toNativeSeparators(str(path)))
        self.size_label.setText(fill(self.tr("%1 × %2 px"), photo.width, photo.height))

    # ---- caption ------------------------------------------------------------------------------

    def _show_caption(self, photo: Photo) -> None:
        text = captions.render(photo.caption, self.session.people_by_id())
        if text != self.caption_editor.toPlainText() and not self._writing:
            self._set_caption_text(text)  # typing here stays as typed; other changes show

    def _set_caption_text(self, text: str) -> None:
        """Put text in the editor without it counting as an edit; the cursor keeps its place."""
        editor = self.caption_editor
        position = editor.textCursor().position()
        with QSignalBlocker(editor):
            editor.setPlainText(text)
        cursor = editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        editor.setTextCursor(cursor)

    def _caption_edited(self) -> None:
        photo = self._photo
        if photo is None:
            return
        caption = captions.tokenize(
            self.caption_editor.toPlainText(), self.session.project.people()
        )
        if caption == photo.caption:
            return
        self._writing = True
        try:
            self.session.set_caption(photo.id, caption)
        finally:
            self._writing = False

    # ---- people -------------------------------------------------------------------------------

    def _show_people(self, photo: Photo) -> None:
        people = self.session.people_by_id()
        self._show_chips([(pid, people[pid].name) for pid in photo.people if pid in people])

    def _show_chips(self, people: list[tuple[int, str]]) -> None:
        wanted = [(pid, f"{name} ×") for pid, name in people]
        if [(c.property("person_id"), c.text()) for c in self._chips] == wanted:
            return
        for chip in self._chips:
            chip.hide()  # hidden items take no room; the layout forgets it once it is deleted
            chip.deleteLater()  # may be the chip whose click brought us here
        self._chips = []
        self.no_people.setVisible(not people)
        for person_id, name in people:
            chip = QToolButton(self.people_area)
            chip.setText(f"{name} ×")
            chip.setProperty("person_id", person_id)
            chip.setToolTip(self.tr("Remove %1 from this photo").replace("%1", name))
            chip.clicked.connect(lambda _=False, pid=person_id: self._untag(pid))
            chip.setEnabled(not self._read_only)
            self.people_area.flow.addWidget(chip)
            self._chips.append(chip)

    def chips(self) -> list[QToolButton]:
        """The people chips now shown, in tag order (each removes its person when clicked)."""
        return list(self._chips)

    def _untag(self, person_id: int) -> None:
        if self._photo is not None:
            self.session.untag([self._photo.id], person_id)

    def _tag(self, person_ids: list[int]) -> None:
        photo = self._photo
        if photo is None:
            return
        for person_id in dict.fromkeys(person_ids):
            if person_id not in photo.people:
                self.session.tag([photo.id], person_id)

    # ---- day ----------------------------------------------------------------------------------

    def _fill_days(self) -> None:
        combo = self.day_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("Unassigned"), None)
            for day in self.session.project.days():
                text = dates.list_date(day.date)
                combo.addItem(f"{text}  {day.label}" if day.label else text, day.id)
        self._select_day(self._photo.day_id if self._photo else None)

    def _select_day(self, day_id: int | None) -> None:
        index = self.day_combo.findData(day_id) if day_id is not None else 0
        with QSignalBlocker(self.day_combo):
            self.day_combo.setCurrentIndex(max(index, 0))

    def _day_chosen(self, index: int) -> None:
        day_id = self.day_combo.itemData(index)
        if self._photo is not None and day_id != self._photo.day_id:
            self.session.assign_day([self._photo.id], day_id)

    # ---- following the project ----------------------------------------------------------------

    def _on_changed(self, event: Event) -> None:
        if event.change & Change.DAYS:
            self._fill_days()
        if not self._photo_ids:
            return
        about_others = event.photo_ids and not set(event.photo_ids) & set(self._photo_ids)
        if event.change & (Change.PEOPLE | Change.DAYS) or (
            event.change & Change.PHOTOS and not about_others
        ):
            self._refresh()
