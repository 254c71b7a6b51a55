"""Test set-up shared by every test: offscreen Qt, a private thumbnail cache and settings store."""

from __future__ import annotations

import json
import os
import tempfile

# Before any QApplication exists: offscreen, on a desktop-sized screen (the platform's default
# is 800x800, and the window keeps inside its screen). The small-screen tests pick their own.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _SCREEN = os.path.join(tempfile.mkdtemp(prefix="photoapp-screen-"), "screen.json")
    _DESK = {"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96}
    with open(_SCREEN, "w", encoding="utf-8") as _file:
        json.dump({"screens": [{**_DESK, "logicalBaseDpi": 96, "dpr": 1}]}, _file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from photoapp.domain.model import Trip
from photoapp.storage.backups import BACKUP_ENV
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import CACHE_ENV, ThumbnailCache
from photoapp.ui.crash_log import LOG_ENV


@pytest.fixture(scope="session", autouse=True)
def _application(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    """One QApplication for the whole run (the CLI, run in-process, would make a core one),
    speaking English with its plural forms ("1 photo", "2 photos") as the application does."""
    from photoapp.ui import i18n

    translator = i18n.install(qapp, "en")
    assert translator is not None, "resources/translations/photoapp_en.qm is missing"
    yield qapp
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets its own thumbnail cache, backups and Qt settings, never the user's."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv(BACKUP_ENV, str(tmp_path_factory.mktemp("backups")))
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("config")),
    )
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv(LOG_ENV, str(tmp_path_factory.mktemp("log")))


@pytest.fixture(autouse=True)
def _english_texts() -> Iterator[None]:
    """Every test starts and leaves the Qt-free text layer in English, whatever it installed."""
    from photoapp.texts import catalogue

    catalogue.set_language("en")
    yield
    catalogue.set_language("en")


@pytest.fixture
def cache(tmp_path: Path) -> ThumbnailCache:
    """A thumbnail cache in the test's own folder."""
    return ThumbnailCache(tmp_path / "thumbs")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A new project with four trip days in Seoul time."""
    from datetime import date

    created = Project.create(
        tmp_path / "trip.photoapp",
        Trip(
            "大田 APCS 2017", start=date(2017, 9, 10), end=date(2017, 9, 13), timezone="Asia/Seoul"
        ),
    )
    yield created  # type: ignore[misc]
    created.close()
