"""The project file's schema: an ordered list of forward migrations.

`PRAGMA user_version` is the number of migrations applied. A migration is only ever appended,
never edited, so every older file can be brought forward step by step.
"""

from __future__ import annotations

APPLICATION_ID = 0x50484F54  # "PHOT": marks a SQLite file as a photoapp project

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE trip (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        destination TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        timezone TEXT
    );
    CREATE TABLE day (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        display TEXT NOT NULL DEFAULT '',
        original_name TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE photo (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        file_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        taken_at TEXT,
        utc_offset INTEGER,
        camera_make TEXT NOT NULL DEFAULT '',
        camera_model TEXT NOT NULL DEFAULT '',
        orientation INTEGER NOT NULL DEFAULT 1,
        has_gps INTEGER NOT NULL DEFAULT 0,
        gps_lat REAL,
        gps_lon REAL,
        imported_at TEXT NOT NULL,
        day_id INTEGER REFERENCES day(id) ON DELETE SET NULL,
        caption TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX photo_day ON photo(day_id);
    CREATE TABLE photo_person (
        photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (photo_id, person_id)
    );
    CREATE INDEX photo_person_person ON photo_person(person_id);
    CREATE TABLE appendix (
        photo_id INTEGER PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
        position INTEGER NOT NULL UNIQUE
    );
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: corrections of camera clocks (per camera, and per photo, which wins)
    """
    CREATE TABLE clock_shift (
        camera TEXT PRIMARY KEY,
        seconds INTEGER NOT NULL
    );
    ALTER TABLE photo ADD COLUMN time_shift INTEGER;
    """,
    # 3: photo ids are never used again (AUTOINCREMENT): undoing a delete after an import must
    # not collide with, or worse delete, a newer photo that took the freed id
    """
    CREATE TABLE photo_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL UNIQUE,
        file_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        taken_at TEXT,
        utc_offset INTEGER,
        camera_make TEXT NOT NULL DEFAULT '',
        camera_model TEXT NOT NULL DEFAULT '',
        orientation INTEGER NOT NULL DEFAULT 1,
        has_gps INTEGER NOT NULL DEFAULT 0,
        gps_lat REAL,
        gps_lon REAL,
        imported_at TEXT NOT NULL,
        day_id INTEGER REFERENCES day(id) ON DELETE SET NULL,
        caption TEXT NOT NULL DEFAULT '',
        time_shift INTEGER
    );
    INSERT INTO photo_new SELECT id, path, file_size, sha256, width, height, taken_at,
        utc_offset, camera_make, camera_model, orientation, has_gps, gps_lat, gps_lon,
        imported_at, day_id, caption, time_shift FROM photo;
    DROP TABLE photo;
    ALTER TABLE photo_new RENAME TO photo;
    CREATE INDEX photo_day ON photo(day_id);
    """,
    # 4: the project's identity: a drag carries it, so that another project's window takes the
    # dragged photos as files to import, never as ids of its own unrelated photos
    """
    INSERT OR IGNORE INTO setting (key, value) VALUES ('project_uuid', lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
        || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2)
        || '-' || hex(randomblob(6))))
    """,
    # 5: each photo file's modification time at import: with the size, what says cheaply that
    # the file has not changed since (otherwise its content hash is compared)
    """
    ALTER TABLE photo ADD COLUMN file_mtime_ns INTEGER;
    """,
    # 6: what finds bursts and blurred shots (storage/likeness.py): a perceptual hash (signed
    # 64-bit) and a sharpness score, both NULL until computed (older photos get them on open)
    """
    ALTER TABLE photo ADD COLUMN phash INTEGER;
    ALTER TABLE photo ADD COLUMN sharpness REAL;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
