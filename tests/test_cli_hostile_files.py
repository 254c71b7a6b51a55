"""`photoapp import` of hostile files: each one reason on one line, the rest imported."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from photoapp.cli import main
from tests.photos import Exif, photo_bytes, write_bytes, write_photo
from tests.test_cli import run

TAKEN = "2017:09:11 09:47:00"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system features")
def test_hostile_files_are_each_rejected_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "trip.photoapp"
    assert main(["new", str(project), "--title", "t", "--start", "2017-09-10", "--end",
                 "2017-09-13", "--timezone", "Asia/Taipei"]) == 0  # fmt: skip
    capsys.readouterr()
    folder = tmp_path / "相片"
    write_photo(folder / "good.jpg", Exif(taken=TAKEN))
    write_photo(folder / "end.jpg", Exif(taken="9999:12:31 23:59:59", offset="-12:00"), seed=1)
    sup = photo_bytes(Exif(taken=TAKEN, subsec="QQ"), seed=2).replace(b"QQ\x00", b"\xc2\xb2\x00")
    write_bytes(folder / "sup.jpg", sup)
    write_bytes(Path(os.fsdecode(os.fsencode(folder) + b"/\xff\xfe.jpg")), photo_bytes(Exif()))
    write_bytes(folder / "line\nbreak.jpg", photo_bytes(Exif(), seed=3))
    os.mkfifo(folder / "pipe.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    (folder / "loop.jpg").symlink_to(folder / "loop.jpg")
    done = run("import", project, folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Imported 4, duplicates 0, rejected 4."
    assert sorted(lines[1:]) == sorted(
        [
            f"  ✗ {folder}/\ufffd\ufffd.jpg: the file name is not valid text: rename the file"
            " and import it again",
            f"  ✗ {folder}/loop.jpg: the file cannot be read",
            f"  ✗ {folder}/pipe.jpg: not a photo file but a folder link, device, pipe or socket",
            f"  ✗ {folder}/zero.jpg: not a photo file but a folder link, device, pipe or socket",
            f"  ! {folder}/end.jpg: its capture date cannot be read, so it has no date",
        ]
    )
    assert main(["import", str(project), str(folder), "--json"]) == 0  # valid JSON, no crash
    as_json = json.loads(capsys.readouterr().out)
    assert len(as_json["duplicates"]) == 4 and len(as_json["rejected"]) == 4
    assert main(["days", str(project), "--assign"]) == 0  # crashed on the 9999 date
    assert main(["clock", str(project), "--list"]) == 0


def test_relink_and_check_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "trip.photoapp"
    assert main(["new", str(project), "--title", "t"]) == 0
    write_photo(tmp_path / "photos" / "a.jpg", Exif(taken=TAKEN))
    write_photo(tmp_path / "photos" / "b.jpg", Exif(taken=TAKEN), seed=1)
    assert main(["import", str(project), str(tmp_path / "photos")]) == 0
    from photoapp.storage.project import Project

    opened = Project.open(project)
    opened.set_appendix([p.id for p in opened.photos()])
    opened.close()
    (tmp_path / "photos" / "a.jpg").rename(tmp_path / "IMG_0001.JPG")
    write_photo(tmp_path / "photos" / "b.jpg", Exif(taken=TAKEN), seed=9)  # edited since
    capsys.readouterr()
    assert main(["check", str(project), "--json"]) == 0
    kinds = {row["file"]: row["kind"] for row in json.loads(capsys.readouterr().out)
             if row["kind"] in ("missing-file", "changed-file")}  # fmt: skip
    assert kinds == {"a.jpg": "missing-file", "b.jpg": "changed-file"}
    assert main(["relink", str(project), str(tmp_path), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert [(r["was"], r["now"]) for r in done["relinked"]] == [("photos/a.jpg", "IMG_0001.JPG")]
    assert [r["path"] for r in done["not_found"]] == ["photos/b.jpg"]
    assert main(["relink", str(project), str(tmp_path / "nowhere")]) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system features")
def test_an_import_of_nothing_importable_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "trip.photoapp"
    assert main(["new", str(project), "--title", "t", "--start", "2017-09-10", "--end",
                 "2017-09-13", "--timezone", "Asia/Taipei"]) == 0  # fmt: skip
    os.mkfifo(tmp_path / "pipe.jpg")
    capsys.readouterr()
    assert main(["import", str(project), str(tmp_path / "nowhere.jpg")]) == 1
    assert main(["import", str(project), str(tmp_path / "pipe.jpg"), "--json"]) == 1
    write_photo(tmp_path / "good.jpg", Exif(taken=TAKEN))
    # a partly rejected import did its work: 0, with the reason listed
    assert main(["import", str(project), str(tmp_path / "good.jpg"), str(tmp_path / "x.jpg")]) == 0
    assert main(["import", str(project), str(tmp_path / "good.jpg")]) == 0  # a duplicate: fine
    out = capsys.readouterr().out
    assert "rejected 1." in out
