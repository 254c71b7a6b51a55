"""Drag payloads: our own MIME types carrying JSON lists of ids, plus file URLs.

Never pickle: a drop can come from another process. Photo drags also carry `text/uri-list`,
so dragging photos out to a file manager or a word processor hands over the files themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QUrl

PHOTOS = "application/x-photoapp-photo-ids"
PEOPLE = "application/x-photoapp-person-ids"
APPENDIX = "application/x-photoapp-appendix-ids"  # photos dragged out of the appendix strip
URIS = "text/uri-list"


def _encode(ids: Iterable[int]) -> QByteArray:
    return QByteArray(json.dumps([int(i) for i in ids]).encode())


def ids(mime: QMimeData, kind: str) -> list[int]:
    """The ids a payload of `kind` carries; [] when absent or malformed."""
    if not mime.hasFormat(kind):
        return []
    try:
        value = json.loads(bytes(mime.data(kind).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(value, list):
        return []
    return [int(item) for item in value if isinstance(item, int) and not isinstance(item, bool)]


def photos(
    photo_ids: Iterable[int], files: Iterable[Path] = (), *, from_appendix: bool = False
) -> QMimeData:
    """A payload of photos, with their files as URLs; `from_appendix` marks a drag out of
    the appendix strip, which the photo grid takes as "remove from the appendix"."""
    ids = list(photo_ids)
    mime = QMimeData()
    mime.setData(PHOTOS, _encode(ids))
    if from_appendix:
        mime.setData(APPENDIX, _encode(ids))
    urls = [QUrl.fromLocalFile(str(path)) for path in files]
    if urls:
        mime.setUrls(urls)
    return mime


def people(person_ids: Iterable[int]) -> QMimeData:
    """A payload of people."""
    mime = QMimeData()
    mime.setData(PEOPLE, _encode(person_ids))
    return mime


def local_files(mime: QMimeData) -> list[Path]:
    """Local files and folders dropped from outside (a file manager, the desktop)."""
    if mime.hasFormat(PHOTOS) or not mime.hasUrls():
        return []  # our own photo drags carry URLs too, but are not an import
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
