"""Drag payloads: our own MIME types carrying JSON lists of ids, plus file URLs.

Never pickle: a drop can come from another process. Every payload of ours names the project it
came from (the project file's UUID): ids mean something only in that project, so a drop from
another photoapp window is taken as its files (an import), never as ids. Photo drags also carry
`text/uri-list`, so dragging photos out to a file manager or a word processor hands over the
files themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt, QUrl

PHOTOS = "application/x-photoapp-photo-ids"
PEOPLE = "application/x-photoapp-person-ids"
APPENDIX = "application/x-photoapp-appendix-ids"  # photos dragged out of the appendix strip
PROJECT = "application/x-photoapp-project"  # the UUID of the project the ids belong to
URIS = "text/uri-list"
_OURS = (PHOTOS, PEOPLE, APPENDIX)


def _encode(ids: Iterable[int]) -> QByteArray:
    return QByteArray(json.dumps([int(i) for i in ids]).encode())


def source_project(mime: QMimeData) -> str:
    """The UUID of the project a payload of ours came from ("" when it names none)."""
    if not mime.hasFormat(PROJECT):
        return ""
    return bytes(mime.data(PROJECT).data()).decode("ascii", "replace")


def is_internal(mime: QMimeData, project: str) -> bool:
    """Whether the payload is ours and comes from `project` (a drag inside this project)."""
    return bool(project) and source_project(mime) == project


def ids(mime: QMimeData, kind: str, project: str) -> list[int]:
    """The ids a payload of `kind` carries, if it came from `project`; [] otherwise."""
    if not mime.hasFormat(kind) or not is_internal(mime, project):
        return []
    try:
        value = json.loads(bytes(mime.data(kind).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(value, list):
        return []
    return [int(item) for item in value if isinstance(item, int) and not isinstance(item, bool)]


def _payload(project: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(PROJECT, QByteArray(project.encode("ascii")))
    return mime


def photos(
    photo_ids: Iterable[int],
    files: Iterable[Path] = (),
    *,
    project: str,
    from_appendix: bool = False,
) -> QMimeData:
    """A payload of photos of `project`, with their files as URLs; `from_appendix` marks a drag
    out of the appendix strip, which the photo grid takes as "remove from the appendix"."""
    ids = list(photo_ids)
    mime = _payload(project)
    mime.setData(PHOTOS, _encode(ids))
    if from_appendix:
        mime.setData(APPENDIX, _encode(ids))
    urls = [QUrl.fromLocalFile(str(path)) for path in files]
    if urls:
        mime.setUrls(urls)
    return mime


def people(person_ids: Iterable[int], *, project: str) -> QMimeData:
    """A payload of people of `project`."""
    mime = _payload(project)
    mime.setData(PEOPLE, _encode(person_ids))
    return mime


def local_files(mime: QMimeData, project: str) -> list[Path]:
    """Local files and folders to import: dropped from outside (a file manager, the desktop, or
    another project's window); [] for a drag inside `project`, whose files are already in it."""
    if is_internal(mime, project) or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def outside_action(possible: Qt.DropAction) -> Qt.DropAction:
    """The action to answer a drop of files from outside with: photoapp only refers to files, so
    Copy (or Link), never Move – a file manager deletes the original after a Move, and offers
    Move whenever Shift is held."""
    if possible & Qt.DropAction.CopyAction:
        return Qt.DropAction.CopyAction
    if possible & Qt.DropAction.LinkAction:
        return Qt.DropAction.LinkAction
    return Qt.DropAction.IgnoreAction
