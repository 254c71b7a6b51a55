"""Photos ▸ Suggest Appendix…: the photos domain.suggest would put in the appendix, as
thumbnails grouped by itinerary day, for the user to look over, take out, swap and add to,
then use as the appendix in one undo step.

Each day is a row of thumbnails. Choosing a suggested photo lists, below, what could take its
place: the other photos of its group of similar photos first (the burst it was picked from),
then the day's other photos that are no one's lesser copy and not blurred. A double-click (or
Swap, or a drag onto it) puts one in its place; Add puts it beside; Delete takes a photo out.
Nothing changes in the project until "Use as Appendix".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Day, Photo
from photoapp.domain.placement import corrected_time
from photoapp.domain.similarity import SimilarGroup, group_similar, is_blurred
from photoapp.domain.suggest import Reason, Suggestion, candidates, suggest_appendix
from photoapp.texts.catalogue import fill
from photoapp.texts.messages import suggestion_reason
from photoapp.ui import dates
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-photoapp-suggestion"  # a photo dragged within this dialog only
ICON = QSize(120, 90)
DEFAULT_COUNT = 12
Bucket = int | date | None  # what a day row of the dialog is: a day id, a date, or neither


@dataclass
class Pick:
    """A photo in the suggestion, and why it is there (None: the user put it there)."""

    photo_id: int
    reason: Reason | None


class PhotoStrip(QListWidget):
    """A row of thumbnails (a day of the suggestion, or the photos that could take a place).
    Photos dragged from the alternatives onto a suggested photo swap with it; onto the empty
    part of a day, they join it."""

    def __init__(self, dialog: SuggestDialog, *, alternatives: bool) -> None:
        super().__init__()
        self.dialog = dialog
        self.alternatives = alternatives
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(ICON)
        self.setGridSize(QSize(ICON.width() + 40, ICON.height() + 44))  # two lines of text
        self.setFixedHeight(ICON.height() + 50 + self.horizontalScrollBar().sizeHint().height())
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(alternatives)
        self.setAcceptDrops(not alternatives)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragOnly
            if alternatives
            else QAbstractItemView.DragDropMode.DropOnly
        )
        self.setWordWrap(True)
        self.viewport().setAcceptDrops(not alternatives)  # setMovement(Static) turned them off

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [int(item.data(ID_ROLE)) for item in items]
        data.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def _takes(self, event: QDropEvent) -> bool:
        return not self.alternatives and event.mimeData().hasFormat(MIME)

    def _answer(self, event: QDropEvent) -> None:
        if self._takes(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._answer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._answer(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if self.alternatives or not data.hasFormat(MIME):
            event.ignore()
            return
        ids = json.loads(bytes(data.data(MIME).data()).decode())
        target = self.itemAt(event.position().toPoint())
        for photo_id in ids:
            if target is not None:
                self.dialog.swap(int(target.data(ID_ROLE)), int(photo_id))
            else:
                self.dialog.add(int(photo_id))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.alternatives and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.dialog.remove_selected()
            return
        if self.alternatives and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.swap_with_current()  # as a double-click; never "Use as Appendix"
            return
        super().keyPressEvent(event)


class SuggestDialog(QDialog):
    """Look over a suggested appendix, change it, and use it (one undo step)."""

    def __init__(
        self,
        session: ProjectSession,
        thumbnails: ThumbnailProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest Appendix"))
        self.session = session
        self.thumbnails = thumbnails
        project = session.project
        self.photos: dict[int, Photo] = {photo.id: photo for photo in session.all_photos()}
        self.days: list[Day] = project.days()
        self.shifts = project.clock_shifts()
        ordered = list(self.photos.values())
        self.groups: list[SimilarGroup] = group_similar(ordered, self.shifts)
        self.group_of: dict[int, SimilarGroup] = {
            pid: group for group in self.groups for pid in group.photo_ids
        }
        self.missing = project.missing_ids(ordered)  # files gone: never suggested
        self.eligible = {p.id for p in candidates(ordered, self.groups, self.missing)}
        self.picks: list[Pick] = []
        self.selected: int | None = None  # the suggested photo whose alternatives are listed
        self.edited = False  # the user swapped, added or removed: a new count asks first

        self.count = QSpinBox()
        self.count.setRange(1, max(1, len(self.photos)))
        current = len(project.appendix())
        self.count.setValue(min(current or DEFAULT_COUNT, self.count.maximum()))
        self.count.setAccessibleName(self.tr("Number of photos"))
        self.count.valueChanged.connect(self._count_changed)
        again = QPushButton(self.tr("Suggest &Again"))
        again.clicked.connect(self.suggest)
        header = QHBoxLayout()
        count_label = QLabel(self.tr("&Photos in the appendix:"))
        count_label.setBuddy(self.count)
        header.addWidget(count_label)
        header.addWidget(self.count)
        header.addWidget(again)
        header.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.days_box = QWidget()
        self.days_layout = QVBoxLayout(self.days_box)
        self.days_layout.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.days_box)
        scroller.setAccessibleName(self.tr("Suggested photos by day"))
        self.strips: list[PhotoStrip] = []

        self.others_title = QLabel()
        self.others = PhotoStrip(self, alternatives=True)
        self.others.setAccessibleName(self.tr("Photos that could take its place"))
        self.others.itemDoubleClicked.connect(lambda item: self._swap_with(item))
        self.others.itemSelectionChanged.connect(self._enable)
        self.swap_button = QPushButton(self.tr("&Swap"))
        self.swap_button.clicked.connect(lambda: self._swap_with(self.others.currentItem()))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add_current)
        self.remove_button = QPushButton(self.tr("&Remove from Suggestion"))
        self.remove_button.clicked.connect(self.remove_selected)
        tools = QHBoxLayout()
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.swap_button)
        tools.addWidget(self.add_button)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton(
            self.tr("&Use as Appendix"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.others_title)
        layout.addWidget(self.others)
        layout.addLayout(tools)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.resize(900, 680)
        thumbnails.ready.connect(self._thumbnail_ready)
        self.suggest()

    # ---- the suggestion ---------------------------------------------------------------------

    def suggest(self) -> None:
        """Suggest afresh for the number asked (the user's changes are dropped)."""
        chosen: list[Suggestion] = suggest_appendix(
            list(self.photos.values()),
            self.days,
            self.groups,
            self.count.value(),
            self.shifts,
            self.missing,
        )
        self.picks = [Pick(s.photo_id, s.reason) for s in chosen]
        self.selected = None
        self.edited = False
        self._show()

    def _count_changed(self) -> None:
        if not self.edited:
            self.suggest()
        else:  # the user's changes are not thrown away by a click on the arrows
            self._show_summary()

    def order(self) -> list[int]:
        """The photos to use, in day and capture order."""
        return [pick.photo_id for pick in sorted(self.picks, key=self._place)]

    def remove_selected(self) -> None:
        """Take the chosen photo out of the suggestion."""
        if self.selected is None:
            return
        self.picks = [pick for pick in self.picks if pick.photo_id != self.selected]
        self.selected = None
        self.edited = True
        self._show()

    def swap(self, suggested: int, other: int) -> None:
        """Put `other` in the place of the suggested photo `suggested`."""
        if any(pick.photo_id == other for pick in self.picks):
            return
        self.picks = [
            Pick(other, None) if pick.photo_id == suggested else pick for pick in self.picks
        ]
        self.selected = other
        self.edited = True
        self._show()

    def add(self, photo_id: int) -> None:
        """Add a photo to the suggestion (on its own day)."""
        if photo_id in self.photos and all(pick.photo_id != photo_id for pick in self.picks):
            self.picks.append(Pick(photo_id, None))
            self.selected = photo_id
            self.edited = True
            self._show()

    def alternatives(self, photo_id: int) -> list[int]:
        """What could take a suggested photo's place: the rest of its group of similar photos
        (not blurred), then the other photos of its day fit to suggest, in capture order."""
        taken = {pick.photo_id for pick in self.picks}
        group = self.group_of.get(photo_id)
        members = [self.photos[pid] for pid in group.photo_ids] if group else []
        same = [
            photo.id
            for photo in members
            if photo.id not in taken
            and not is_blurred(photo, members)
            and photo.id not in self.missing
        ]
        day = self._bucket(self.photos[photo_id])
        others = sorted(
            (
                photo
                for photo in self.photos.values()
                if self._bucket(photo) == day
                and photo.id in self.eligible
                and photo.id not in taken
            ),
            key=lambda photo: self._place(Pick(photo.id, None)),
        )
        return same + [photo.id for photo in others if photo.id not in same]

    # ---- showing it ---------------------------------------------------------------------------

    def _place(self, pick: Pick) -> tuple[object, ...]:
        photo = self.photos[pick.photo_id]
        bucket = self._bucket(photo)
        if isinstance(bucket, date):
            day: object = (0, bucket)
        elif bucket is None:
            day = (2, date.max)  # not on a day: last
        else:
            day = (1, next(d.date for d in self.days if d.id == bucket))
        when = corrected_time(photo, self.shifts)  # as the suggestion orders: clocks corrected
        return (day, when is None, when or datetime.min, photo.id)

    def _show(self) -> None:
        while self.days_layout.count():
            item = self.days_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.strips = []
        by_day: dict[Bucket, list[Pick]] = {}
        for pick in sorted(self.picks, key=self._place):
            by_day.setdefault(self._bucket(self.photos[pick.photo_id]), []).append(pick)
        for bucket, picks in by_day.items():
            title = QLabel("<b>" + self._day_title(bucket, len(picks)) + "</b>")
            strip = PhotoStrip(self, alternatives=False)
            strip.setAccessibleName(title.text().replace("<b>", "").replace("</b>", ""))
            for pick in picks:
                strip.addItem(self._item(pick.photo_id, pick.reason))
                if pick.photo_id == self.selected:
                    strip.setCurrentRow(strip.count() - 1)
            strip.itemSelectionChanged.connect(lambda s=strip: self._chosen(s))
            self.days_layout.addWidget(title)
            self.days_layout.addWidget(strip)
            self.strips.append(strip)
        self.days_layout.addStretch(1)
        self._show_summary()
        current = len(self.session.project.appendix())
        self.warning.setText(
            self.tr(
                "This replaces the current appendix of %n photo(s); Edit ▸ Undo brings it back.",
                "",
                current,
            )
            if current
            else ""
        )
        self._show_alternatives()

    def _show_summary(self) -> None:
        """How many, which days, and why the number may differ from the one asked for."""
        covered = {self._bucket(self.photos[pick.photo_id]) for pick in self.picks} - {None}
        with_photos = len({self._bucket(photo) for photo in self.photos.values()} - {None})
        parts = [
            self.tr("%n photo(s) suggested", "", len(self.picks)),
            fill(self.tr("%1 of %2 days with photos covered"), len(covered), with_photos),
            self.tr("only the best of each group of similar photos, none blurred"),
        ]
        asked = self.count.value()
        if self.edited and asked != len(self.picks):
            parts.append(
                self.tr("press Suggest Again for %n photo(s) (your changes go)", "", asked)
            )
        elif not self.edited and len(self.picks) > asked:
            parts.append(self.tr("more than asked: every day with photos gets one"))
        elif not self.edited and len(self.picks) < asked:
            parts.append(self.tr("fewer than asked: no more photos that are sharp and unlike"))
        self.summary.setText(" · ".join(parts))

    def _bucket(self, photo: Photo) -> Bucket:
        """The day a photo is shown under: its itinerary day's id; without an itinerary, its
        capture date (as the suggestion covers dates then); None when neither."""
        if any(day.id == photo.day_id for day in self.days):
            return photo.day_id
        taken = corrected_time(photo, self.shifts)
        return taken.date() if not self.days and taken is not None else None

    def _day_title(self, bucket: Bucket, count: int) -> str:
        photos = self.tr("%n photo(s)", "", count)
        if isinstance(bucket, date):
            return dates.list_date(bucket) + " · " + photos
        if bucket is None:
            return self.tr("Not on an itinerary day") + " · " + photos
        day = next(day for day in self.days if day.id == bucket)
        number = self.days.index(day) + 1
        text = self.tr("Day %1").replace("%1", str(number)) + "  " + dates.list_date(day.date)
        return " · ".join(part for part in (text, day.label, photos) if part)

    def _item(self, photo_id: int, reason: Reason | None, note: str = "") -> QListWidgetItem:
        photo = self.photos[photo_id]
        why = note or (suggestion_reason(reason) if reason else self.tr("chosen by you"))
        taken = corrected_time(photo, self.shifts)  # the camera's clock corrected
        when = f"{dates.list_date(taken.date())} {taken:%H:%M:%S}" if taken else "—"
        # Under the picture: when it was taken and why it is here (its file name in the tip).
        clock = f"{taken:%H:%M}" if taken else "—"
        item = QListWidgetItem(f"{clock}\n{why}")
        item.setData(ID_ROLE, photo_id)
        item.setIcon(self._icon(photo))
        item.setToolTip("\n".join((photo.file_name, when, why)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        return item

    def _icon(self, photo: Photo) -> QIcon:
        pixmap = self.thumbnails.pixmap(photo.sha256, self.session.project.resolve(photo))
        if pixmap is None:
            blank = QPixmap(ICON)
            blank.fill(self.palette().midlight().color())
            return QIcon(blank)
        return QIcon(pixmap)

    def _thumbnail_ready(self, sha256: str) -> None:
        for strip in [*self.strips, self.others]:
            for row in range(strip.count()):
                item = strip.item(row)
                photo = self.photos.get(int(item.data(ID_ROLE)))
                if photo is not None and photo.sha256 == sha256:
                    item.setIcon(self._icon(photo))

    def _chosen(self, strip: PhotoStrip) -> None:
        items = strip.selectedItems()
        if not items:
            return
        for other in self.strips:
            if other is not strip:
                other.blockSignals(True)
                other.clearSelection()
                other.blockSignals(False)
        self.selected = int(items[0].data(ID_ROLE))
        self._show_alternatives()

    def _show_alternatives(self) -> None:
        self.others.clear()
        if self.selected is None:
            self.others_title.setText(
                self.tr("Choose a suggested photo to see what could take its place.")
            )
        else:
            name = self.photos[self.selected].file_name
            self.others_title.setText(
                self.tr("Could take the place of %1 (double-click to swap):").replace("%1", name)
            )
            group = self.group_of.get(self.selected)
            similar = self.tr("similar to it")
            other = self.tr("another photo of that day")
            for photo_id in self.alternatives(self.selected):
                alike = group is not None and photo_id in group.photo_ids
                self.others.addItem(self._item(photo_id, None, similar if alike else other))
        self._enable()

    def _enable(self) -> None:
        chosen = self.others.currentItem() is not None and bool(self.others.selectedItems())
        self.swap_button.setEnabled(self.selected is not None and chosen)
        self.add_button.setEnabled(chosen)
        self.remove_button.setEnabled(self.selected is not None)
        self.use_button.setEnabled(bool(self.picks))

    def swap_with_current(self) -> None:
        """Put the chosen alternative in the place of the chosen suggested photo."""
        self._swap_with(self.others.currentItem())

    def _swap_with(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.selected is not None:
            self.swap(self.selected, int(item.data(ID_ROLE)))

    def _add_current(self) -> None:
        item = self.others.currentItem()
        if item is not None:
            self.add(int(item.data(ID_ROLE)))

    # ---- using it ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter never replaces the appendix (the button box makes "Use as Appendix" the
        # default when shown): it presses only the button that has the focus.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Make the suggestion the appendix: one undo step."""
        order = self.order()
        if order:
            self.session.use_suggestion(order)
        super().accept()
