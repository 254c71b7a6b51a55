"""The open project in the GUI: the store, its undo stack, and one method per user edit.

Views and models never write to the store themselves: they call a session method, which
pushes one undo command; the store saves it at once and its event comes back as
`changed`, which the models turn into precise row and data signals.

When the file cannot take an edit (read-only, locked by another program, disk full, deleted
or replaced), the step is dropped from the undo stack, the session becomes read-only with
the reason (`read_only`), refuses further edits with the same reason, and the views are told
to show the store's state again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from photoapp.domain import appendix, templates
from photoapp.domain.model import Day, Person, Photo, Trip
from photoapp.storage.clock import ClockPlan
from photoapp.storage.errors import ProjectWriteError
from photoapp.storage.project import Change, Event, PhotoSnapshot, Project, photo_order
from photoapp.texts.catalogue import fill
from photoapp.ui import dates
from photoapp.ui.commands import CaptionCommand, EditCommand, ImportedCommand

translate = QCoreApplication.translate
UNASSIGNED_DAY = -2  # ImportTarget.day_id: take the photos off any day
_PATCH_AT_MOST = 500  # photos an edit changed that are reread alone; more: all are reread


@dataclass(frozen=True)
class ImportTarget:
    """Where files were dropped, which says what to do with the photos once imported: put them
    on a day, tag them with a person, or add them to the appendix at a position."""

    day_id: int | None = None
    person_id: int | None = None
    appendix_position: int | None = None


class ProjectSession(QObject):
    """One open project for the GUI; every edit method is one undoable, saved step."""

    changed = Signal(object)  # storage.project.Event
    import_requested = Signal(list, object)  # list[Path] dropped, ImportTarget
    step_failed = Signal(str)  # the text of an undo step the project no longer allows
    write_failed = Signal(str, object)  # the text of a step that was not saved, and why
    read_only_changed = Signal(object)  # ProjectWriteError, or None when writable again

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.uuid = project.uuid  # what our drags carry, to know their own project again
        self._photos: list[Photo] | None = None
        self._closed = False
        # Why edits cannot be saved now (None: they can). A file that cannot be written when
        # it is opened (read-only, on a read-only medium) is read-only from the start.
        self.read_only: ProjectWriteError | None = None
        try:
            project.probe_write()
        except ProjectWriteError as error:
            self.read_only = error
        project.subscribe(self._relay)

    def _relay(self, event: Event) -> None:
        partial = event.change == Change.PHOTOS and 0 < len(event.photo_ids) <= _PATCH_AT_MOST
        if self._photos is not None and partial:
            # An edit of some photos (a caption, a day, photos an import added): only those
            # are read again. A project of hundreds is not read whole at every key typed.
            self._photos = self._patched(self._photos, event.photo_ids, event.photos)
        else:
            self._photos = None  # read afresh, once, by the first listener that asks
        self.changed.emit(event)

    def _patched(
        self,
        photos: list[Photo],
        photo_ids: Sequence[int],
        known: Sequence[Photo] | None = None,
    ) -> list[Photo]:
        """`photos` with those of `photo_ids` as the store has them now (gone when deleted),
        in the store's order; `known`: them as their writer read them back (not read again)."""
        changed = set(photo_ids)
        fresh = list(known) if known is not None else self.project.photos(list(changed))
        kept = [p for p in photos if p.id not in changed]
        if not fresh:
            return kept
        ordered = sorted(fresh, key=photo_order)
        if not kept or photo_order(kept[-1]) < photo_order(ordered[0]):
            return kept + ordered  # the usual import: newer photos after the others
        merged = kept + ordered
        merged.sort(key=photo_order)  # (Timsort: two sorted runs merged, linear)
        return merged

    def all_photos(self) -> list[Photo]:
        """Every photo as the store has it now; read once per change for all the listeners."""
        if self._photos is None:
            self._photos = self.project.photos()
        return self._photos

    def close(self) -> None:
        """Stop listening and close the file (every edit was already saved)."""
        self.project.unsubscribe(self._relay)
        self.undo_stack.clear()
        self.project.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """Whether the project was closed (a timer may still fire for it)."""
        return self._closed

    # ---- reading helpers --------------------------------------------------------------------

    def person(self, person_id: int) -> Person | None:
        """A person by id, or None."""
        return next((p for p in self.project.people() if p.id == person_id), None)

    def people_by_id(self) -> dict[int, Person]:
        """All people by id."""
        return {p.id: p for p in self.project.people()}

    def day(self, day_id: int) -> Day | None:
        """A day by id, or None."""
        return next((d for d in self.project.days() if d.id == day_id), None)

    # ---- saving, and failing to ---------------------------------------------------------------

    def _push(self, text: str, do: Callable[[], Any], undo_with: Callable[[Any], object]) -> None:
        if self.refused(text):
            return
        self.undo_stack.push(
            EditCommand(text, do, undo_with, self.step_failed.emit, self.report_write_failure)
        )

    def refused(self, text: str) -> bool:
        """Whether the edit `text` must not be tried because the project is read-only (then
        `write_failed` says so, as for an edit that failed)."""
        if self.read_only is None:
            return False
        self.write_failed.emit(text, self.read_only)
        return True

    def report_write_failure(self, text: str, error: ProjectWriteError) -> None:
        """The step `text` was not saved because of `error`: go read-only and say so."""
        self.read_only = error
        self.write_failed.emit(text, error)
        self.read_only_changed.emit(error)
        # After the failed step has unwound (a view may be in the middle of an edit), every
        # view shows the store's state again: what the user did on screen was not saved.
        QTimer.singleShot(0, self, self._show_store_again)

    def _show_store_again(self) -> None:
        if self._closed:  # the window moved on to another project meanwhile
            return
        self._relay(
            Event(Change.TRIP | Change.DAYS | Change.PEOPLE | Change.PHOTOS | Change.APPENDIX)
        )

    def retry(self) -> bool:
        """Try again whether edits can be saved; True (and writable again) when they can."""
        try:
            self.project.probe_write()
        except ProjectWriteError as error:
            self.read_only = error
            self.read_only_changed.emit(error)
            return False
        self.read_only = None
        self.read_only_changed.emit(None)
        return True

    # ---- importing -----------------------------------------------------------------------------

    def request_import(self, paths: Sequence[Path], target: ImportTarget | None = None) -> None:
        """Files were dropped on `target`: ask the window to import them (it runs in the
        background and ends in `record_import`)."""
        self.import_requested.emit(list(paths), target or ImportTarget())

    def record_import(
        self, added: Sequence[int], known: Sequence[int], target: ImportTarget | None = None
    ) -> None:
        """Make a finished import one undo step: the photos it `added` (undo removes them, redo
        brings them back without reading the files), then the drop target's meaning applied
        to them and to the `known` photos the dropped files already were."""
        target = target or ImportTarget()
        placed = list(dict.fromkeys([*added, *known]))
        day, person, position = target.day_id, target.person_id, target.appendix_position
        if not added and (not placed or target == ImportTarget()):
            return
        count = len(added)
        text = self.tr("Import %n photo(s)", "", count)
        stack = self.undo_stack
        stack.beginMacro(text)
        if added:
            stack.push(
                ImportedCommand(
                    text,
                    list(added),
                    self.project,
                    self.step_failed.emit,
                    on_write_failure=self.report_write_failure,
                )
            )
        if day is not None:
            self.assign_day(placed, None if day == UNASSIGNED_DAY else day)
        if person is not None:
            self.tag(placed, person)
        if position is not None:
            self.add_to_appendix(placed, position)
        stack.endMacro()

    # ---- people on photos -------------------------------------------------------------------

    def tag(self, photo_ids: Sequence[int], person_id: int) -> None:
        """Tag photos with a person."""
        person = self.person(person_id)
        if person is None or not photo_ids:
            return
        count = len(photo_ids)
        text = self.tr("Tag %n photo(s) with %1", "", count)
        self._push(
            text.replace("%1", person.name),
            lambda: self.project.tag(photo_ids, person_id),
            lambda added: self.project.untag(added, person_id),
        )

    def untag(self, photo_ids: Sequence[int], person_id: int) -> None:
        """Remove a person's tag from photos."""
        person = self.person(person_id)
        if person is None or not photo_ids:
            return
        count = len(photo_ids)
        text = self.tr("Remove %1 from %n photo(s)", "", count)
        self._push(
            text.replace("%1", person.name),
            lambda: self.project.untag(photo_ids, person_id),
            lambda removed: self.project.tag(removed, person_id),
        )

    # ---- days ---------------------------------------------------------------------------------

    def assign_day(self, photo_ids: Sequence[int], day_id: int | None) -> None:
        """Put photos on a day (None: take them off their day)."""
        if not photo_ids:
            return
        day = self.day(day_id) if day_id is not None else None
        if day_id is not None and day is None:
            return
        count = len(photo_ids)
        if day is None:
            text = self.tr("Unassign %n photo(s)", "", count)
        else:
            text = self.tr("Move %n photo(s) to %1", "", count)
            text = text.replace("%1", dates.list_date(day.date))
        self._push(
            text,
            lambda: self.project.set_days(dict.fromkeys(photo_ids, day_id)),
            lambda previous: self.project.set_days(previous),
        )

    def add_day(self, when: date, label: str = "") -> None:
        """Add an itinerary day; the unassigned photos taken that day move onto it (one step)."""
        created: list[int] = []

        def do() -> int:
            day, _moved = self.project.add_day_with_photos(
                when, label, day_id=created[0] if created else None
            )
            created[:] = [day.id]
            return day.id

        self._push(
            translate("Commands", "Add day %1").replace("%1", dates.list_date(when)),
            do,
            lambda day_id: self.project.remove_day(day_id),
        )

    def update_day(self, day: Day) -> None:
        """Change a day's date or label."""
        self._push(
            translate("Commands", "Edit day %1").replace("%1", dates.list_date(day.date)),
            lambda: self.project.update_day(day),
            lambda previous: self.project.update_day(previous),
        )

    def remove_day(self, day_id: int) -> None:
        """Remove a day; its photos become unassigned."""
        day = self.day(day_id)
        if day is None:
            return

        self._push(
            translate("Commands", "Remove day %1").replace("%1", dates.list_date(day.date)),
            lambda: self.project.remove_day(day_id),
            self.project.restore_day,
        )

    # ---- people -------------------------------------------------------------------------------

    def add_person(self, person: Person) -> None:
        """Add someone to the roster."""
        created: list[int] = []

        def do() -> int:
            # redo gives the person back the id that later undo steps refer to
            added = self.project.add_person(replace(person, id=created[0]) if created else person)
            created[:] = [added.id]
            return added.id

        self._push(
            translate("Commands", "Add %1").replace("%1", person.name),
            do,
            lambda person_id: self.project.remove_person(person_id),
        )

    def update_person(self, person: Person) -> None:
        """Change someone's name, title or caption form (every caption naming them follows)."""
        self._push(
            translate("Commands", "Edit %1").replace("%1", person.name),
            lambda: self.project.update_person(person),
            lambda previous: self.project.update_person(previous),
        )

    def remove_person(self, person_id: int) -> None:
        """Remove someone and their tags."""
        person = self.person(person_id)
        if person is None:
            return

        self._push(
            translate("Commands", "Remove %1").replace("%1", person.name),
            lambda: self.project.remove_person(person_id),
            self.project.restore_person,
        )

    # ---- captions -----------------------------------------------------------------------------

    def set_caption(self, photo_id: int, caption: str) -> None:
        """Change a caption; a burst of typing is one undo step."""
        text = translate("Commands", "Edit caption")
        if self.refused(text):
            QTimer.singleShot(0, self, self._show_store_again)  # the editor shows the typing
            return
        self.undo_stack.push(
            CaptionCommand(
                text,
                photo_id,
                caption,
                self.project.set_caption,
                self.report_write_failure,
                self.step_failed.emit,
            )
        )

    # ---- the appendix -------------------------------------------------------------------------

    def _set_appendix(self, text: str, order: Sequence[int]) -> None:
        if list(order) == self.project.appendix():
            return
        self._push(
            text,
            lambda: self.project.set_appendix(order),
            lambda previous: self.project.set_appendix(previous),
        )

    def add_to_appendix(self, photo_ids: Sequence[int], position: int | None = None) -> None:
        """Add photos to the appendix before `position` (at the end when None); listed ones move."""
        current = self.project.appendix()
        listed = set(current)
        new = [pid for pid in photo_ids if pid not in listed]
        if new and len(new) == len(photo_ids):
            count = len(new)
            text = self.tr("Add %n photo(s) to the appendix", "", count)
        else:
            text = translate("Commands", "Reorder the appendix")
        where = len(current) if position is None else position
        self._set_appendix(text, appendix.insert(current, photo_ids, where))

    def use_suggestion(self, photo_ids: Sequence[int]) -> None:
        """Make these photos the appendix, in this order (Photos ▸ Suggest Appendix…): one undo
        step, which brings the previous appendix back."""
        count = len(photo_ids)
        self._set_appendix(
            self.tr("Use the suggested appendix of %n photo(s)", "", count), photo_ids
        )

    def remove_from_appendix(self, photo_ids: Iterable[int]) -> None:
        """Take photos out of the appendix (they stay in the project)."""
        ids = list(photo_ids)
        current = self.project.appendix()
        count = len(ids)
        text = self.tr("Remove %n photo(s) from the appendix", "", count)
        self._set_appendix(text, appendix.remove(current, ids))

    # ---- photos -------------------------------------------------------------------------------

    def delete_photos(self, photo_ids: Sequence[int]) -> None:
        """Remove photos from the project (their files stay where they are)."""
        if not photo_ids:
            return
        count = len(photo_ids)
        text = self.tr("Delete %n photo(s) from the project", "", count)

        def undo(snapshot: PhotoSnapshot) -> None:
            self.project.restore_photos(snapshot)

        self._push(text, lambda: self.project.delete_photos(photo_ids), undo)

    def relink(self, paths: Mapping[int, Path]) -> None:
        """Point photos whose files moved at where their content was found (one undo step)."""
        self._push(
            self.tr("Find %n missing photo(s)", "", len(paths)),
            lambda: self.project.set_photo_paths(paths),
            self.project.set_photo_paths,
        )

    def photos(self, photo_ids: Sequence[int] | None = None) -> list[Photo]:
        """Photos by id (all when None), as the store has them now."""
        return self.project.photos(photo_ids)

    # ---- itinerary and clocks ---------------------------------------------------------------

    def set_trip(self, trip: Trip) -> None:
        """Change the trip's details (the days stay: they come from the report's itinerary)."""
        if trip == self.project.trip():
            return
        self._push(
            translate("Commands", "Edit trip details"),
            lambda: self.project.set_trip(trip),
            lambda previous: self.project.set_trip(previous),
        )

    def auto_assign(self, photo_ids: Sequence[int] | None = None) -> int:
        """Put dated photos (all, or these) on the day they were taken; returns how many moved."""
        target = self.project.day_assignment(photo_ids)
        current = {p.id: p.day_id for p in self.project.photos(list(target))}
        moved = {pid: day for pid, day in target.items() if current.get(pid) != day}
        if moved:
            count = len(moved)
            self._push(
                self.tr("Place %n photo(s) on their days", "", count),
                lambda: self.project.set_days(moved),
                lambda previous: self.project.set_days(previous),
            )
        return len(moved)

    def apply_clock_plan(self, plan: ClockPlan) -> None:
        """Apply a planned camera clock correction (and the day moves it causes)."""
        self._push(
            translate("Commands", "Correct camera clock"),
            lambda: plan.apply(self.project),
            lambda previous: self.project.set_clock(*previous),
        )

    def replace_days(self, days: Sequence[tuple[date, str]]) -> None:
        """Make the itinerary these days (from the report's text)."""
        self._push(
            translate("Commands", "Itinerary from the report"),
            lambda: self.project.replace_days(days),
            lambda snapshot: self.project.restore_days(snapshot),
        )

    # ---- captions in bulk, people in bulk -----------------------------------------------------

    def set_captions(
        self, text: str, captions: dict[int, str], order: Sequence[int] | None = None
    ) -> None:
        """Replace several captions (and the appendix order, when given) as one step."""
        if not captions and order is None:
            return
        self._push(
            text,
            lambda: self.project.set_captions(captions, order),
            lambda previous: self.project.set_captions(*previous),
        )

    def apply_template(self, template: str, photo_ids: Sequence[int]) -> None:
        """Give the photos captions made from a template such as `{people}合影`."""
        days = {d.id: d for d in self.project.days()}
        captions = {
            photo.id: templates.fill(template, photo, days.get(photo.day_id or 0))
            for photo in self.project.photos(photo_ids)
        }
        count = len(captions)
        text = self.tr("Caption %n photo(s) from a template", "", count)
        self.set_captions(text, captions)

    def add_people(self, people: Sequence[Person]) -> None:
        """Add a roster of people as one step."""
        if not people:
            return
        count = len(people)
        self._push(
            self.tr("Add %n people", "", count),
            lambda: self.project.add_people(people),
            lambda ids: self.project.remove_people(ids),
        )

    def merge_people(self, keep_id: int, gone_id: int) -> None:
        """Make two entries of one person one (tags and captions follow)."""
        keep, gone = self.person(keep_id), self.person(gone_id)
        if keep is None or gone is None or keep_id == gone_id:
            return
        self._push(
            fill(translate("Commands", "Merge %1 into %2"), gone.name, keep.name),
            lambda: self.project.merge_people(keep_id, gone_id),
            lambda merge: self.project.unmerge_people(merge),
        )
