"""The `photoapp` command, run as a user runs it: new, import, info; errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from photoapp.cli import main
from tests.photos import Exif, photo_bytes, write_bytes, write_photo


def run(*args: str | Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Run `python -m photoapp` in a fresh process, as from a shell."""
    env = {**os.environ, "LANGUAGE": "", "LANG": "C.UTF-8", "LC_ALL": ""}
    return subprocess.run(
        [sys.executable, "-m", "photoapp", "--lang", lang, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    path = tmp_path / "大田.photoapp"
    assert (
        main(
            [
                "new",
                str(path),
                "--title",
                "大田 APCS",
                "--start",
                "2017-09-10",
                "--end",
                "2017-09-13",
                "--timezone",
                "Asia/Seoul",
            ]
        )
        == 0
    )
    return path


def test_import_folder_of_good_and_broken_files(trip: Path, tmp_path: Path) -> None:
    folder = tmp_path / "相片"
    write_photo(
        folder / "手機" / "葉副市長.jpg",
        Exif(taken="2017:09:11 09:47:00", offset="+09:00", orientation=6, gps=(36.35, 127.38)),
    )
    write_photo(folder / "camera.jpg", Exif(taken="2017:09:12 14:00:00", orientation=3), seed=2)
    write_photo(folder / "nodate.png", Exif(), image_format="PNG", seed=3)
    write_bytes(folder / "zero.jpg", b"")
    whole = photo_bytes(Exif(), seed=4)
    write_bytes(folder / "half.jpg", whole[: len(whole) // 3])
    write_bytes(folder / "readme.txt", b"hello")

    result = run("import", trip, folder, "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert sorted(Path(p).name for p in report["imported"]) == [
        "camera.jpg",
        "nodate.png",
        "葉副市長.jpg",
    ]
    assert {Path(r["path"]).name: r["code"] for r in report["rejected"]} == {
        "zero.jpg": "empty",
        "half.jpg": "truncated",
        "readme.txt": "unsupported",
    }
    assert all(r["reason"] for r in report["rejected"])

    again = run("import", trip, folder)
    assert again.returncode == 0
    assert "Imported 0, duplicates 3, rejected 3." in again.stdout

    info = run("info", trip, "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["trip"]["timezone"] == "Asia/Seoul"
    assert [d["date"] for d in data["days"]] == [
        "2017-09-10",
        "2017-09-11",
        "2017-09-12",
        "2017-09-13",
    ]
    photos = {p["file"]: p for p in data["photos"]}
    phone = photos["葉副市長.jpg"]
    assert phone["taken_at"] == "2017-09-11T09:47:00+09:00"
    assert (phone["orientation"], phone["width"], phone["height"]) == (6, 640, 480)
    assert phone["has_gps"] is True
    assert phone["path"] == "相片/手機/葉副市長.jpg"
    assert photos["camera.jpg"]["taken_at"] == "2017-09-12T14:00:00"
    assert photos["nodate.png"]["taken_at"] is None
    for photo in photos.values():
        assert set(photo) >= {
            "id",
            "path",
            "sha256",
            "taken_at",
            "orientation",
            "width",
            "height",
            "camera",
            "has_gps",
            "day",
            "people",
            "caption",
            "appendix_number",
            "missing",
        }
        assert photo["missing"] is False and photo["appendix_number"] is None


def test_errors_are_one_line_in_the_users_language(tmp_path: Path) -> None:
    text = tmp_path / "notes.photoapp"
    text.write_text("not a project")
    english = run("info", text)
    assert english.returncode == 1
    assert english.stderr.strip().splitlines() == [
        f"photoapp: {text} is not a photoapp project file."
    ]
    chinese = run("info", text, lang="zh_TW")
    assert chinese.returncode == 1
    assert "不是 photoapp 專案檔" in chinese.stderr
    assert "Traceback" not in chinese.stderr
    assert text.read_text() == "not a project"


def test_new_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.photoapp"
    assert main(["new", str(path), "--title", "x", "--timezone", "Mars/Olympus"]) == 1
    assert "Mars/Olympus" in capsys.readouterr().err
    assert (
        main(["new", str(path), "--title", "x", "--start", "2017-09-13", "--end", "2017-09-10"])
        == 1
    )
    assert not path.exists()
    assert main(["new", str(path), "--title", "x"]) == 0
    assert main(["new", str(path), "--title", "x"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_info_text_lists_minguo_days(trip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(trip)]) == 0
    out = capsys.readouterr().out
    assert "106/9/10 (日)" in out and "106/9/13 (三)" in out


def test_days_assign_and_clock_correction(trip: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_photo(folder / "phone.jpg", Exif(taken="2017:09:11 00:30:00", offset="+09:00"))
    write_photo(
        folder / "cam.jpg",
        Exif(taken="2017:09:10 23:20:00", make="Canon", model="Canon EOS 80D"),
        seed=1,
    )
    assert run("import", trip, folder).returncode == 0
    listed = json.loads(run("days", trip, "--json").stdout)
    assert [d["photos"] for d in listed["days"]] == [1, 1, 0, 0]  # placed at import
    assigned = run("days", trip, "--assign", "--json")
    assert json.loads(assigned.stdout)["moved"] == 0
    cameras = run("clock", trip, "--list")
    assert "Canon EOS 80D  (1)" in cameras.stdout
    dry = run("clock", trip, "--camera", "Canon EOS 80D", "--shift", "+1:00", "--dry-run", "--json")
    assert json.loads(dry.stdout)["moved"][0]["to"] == "2017-09-11"
    done = run("clock", trip, "--camera", "Canon EOS 80D", "--shift", "+1:00")
    assert "moved 1 photos" in done.stdout
    info = json.loads(run("info", trip, "--json").stdout)
    assert {p["file"]: p["day"] for p in info["photos"]} == {
        "phone.jpg": "2017-09-11",
        "cam.jpg": "2017-09-11",
    }
    bad = run("clock", trip, "--camera", "Canon EOS 80D", "--shift", "soon")
    assert bad.returncode == 1 and "not a time shift" in bad.stderr


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    from photoapp.samples.demo import build_demo
    from photoapp.storage.thumbnails import ThumbnailCache

    project = build_demo(tmp_path / "demo", ThumbnailCache(tmp_path / "cache"))
    path = project.path
    project.close()
    return path


def test_check_names_what_to_fix(demo: Path) -> None:
    result = run("check", demo, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"number": 3, "kind": "tagged-not-named", "person": "中村健一"} in [
        {k: r[k] for k in ("number", "kind", "person")} for r in rows
    ]
    text = run("check", demo, lang="zh_TW").stdout
    assert "照片 3" in text and "中村健一" in text


def test_captions_spreadsheet_and_people_from_the_command_line(demo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "captions.csv"
    assert run("captions", demo, "--export", sheet).returncode == 0
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("1,") and "陳副市長抵達福岡機場" in lines[1]
    lines[1] = lines[1].replace("抵達福岡機場", "抵達福岡機場受到熱烈歡迎")
    lines.append("7,missing.jpg,,,不存在")
    sheet.write_text("\n".join(lines), encoding="utf-8-sig")
    result = json.loads(run("captions", demo, "--import", sheet, "--json").stdout)
    assert [s["code"] for s in result["skipped"]] == ["no-such-file"]
    info = json.loads(run("info", demo, "--json").stdout)
    first = next(p for p in info["photos"] if p["appendix_number"] == 1)
    assert first["caption"] == "陳副市長抵達福岡機場受到熱烈歡迎"

    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,職稱,機關\n王小明,秘書,臺中市政府\n", encoding="utf-8")
    added = run("people", demo, "--import", roster, "--json")
    names = [p["name"] for p in json.loads(added.stdout)]
    assert names[-1] == "王小明"
    ids = {p["name"]: p["id"] for p in json.loads(added.stdout)}
    merged = run("people", demo, "--merge", str(ids["陳志明"]), str(ids["王小明"]), "--json")
    assert "王小明" not in [p["name"] for p in json.loads(merged.stdout)]


def test_days_from_the_reports_itinerary(trip: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_photo(folder / "a.jpg", Exif(taken="2017:09:11 10:00:00"))
    write_photo(folder / "b.jpg", Exif(taken="2017:09:13 10:00:00"), seed=1)
    run("import", trip, folder)
    text = tmp_path / "過程.txt"
    text.write_text(
        "貳、過程\n"
        "106年9月11日（一）大田 APCS 全會\n上午出席開幕式。\n"
        "106 年 9 月 12 日(星期三) 參訪\n"  # 12 Sep 2017 was a Tuesday
        "106 年 13 月 40 日 無此日\n",
        encoding="utf-8",
    )
    result = run("days", trip, "--from-text", text, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(d["date"], d["label"]) for d in data["days"]] == [
        ("2017-09-11", "大田 APCS 全會"),
        ("2017-09-12", "參訪"),
    ]
    assert [d["photos"] for d in data["days"]] == [1, 0]  # a.jpg kept its day
    assert data["unassigned"] == 1  # b.jpg's day is gone
    assert len(data["warnings"]) == 2
    assert "106 年 9 月 12 日(星期三)" in data["warnings"][0]
    plain = run("days", trip, "--from-text", text)
    assert "line 5" in plain.stderr and "106 年 13 月 40 日" in plain.stderr
    assert "2017-09-12 was a Tuesday" in plain.stderr
    info = json.loads(run("info", trip, "--json").stdout)
    assert info["days"][0] == {**info["days"][0], "date": "2017-09-11", "weekday": "Mon"}


def test_the_example_reports_four_days(tmp_path: Path) -> None:
    example = (
        Path(__file__).resolve().parents[2] / "shared" / "reference" / "trip-report-example.txt"
    )
    if not example.is_file():
        pytest.skip("the shared example report is not beside the project")
    path = tmp_path / "apcs.photoapp"
    run("new", path, "--title", "APCS", "--start", "2017-09-10", "--end", "2017-09-13")
    data = json.loads(run("days", path, "--from-text", example, "--json").stdout)
    assert [d["date"] for d in data["days"]] == [
        "2017-09-10",
        "2017-09-11",
        "2017-09-12",
        "2017-09-13",
    ]


def test_trip_time_zone_from_the_photos_gps(tmp_path: Path) -> None:
    path = tmp_path / "t.photoapp"
    run("new", path, "--title", "曼德勒", "--start", "2017-06-01", "--end", "2017-06-03")
    write_photo(
        tmp_path / "in" / "a.jpg", Exif(taken="2017:06:02 10:00:00", gps=(21.9588, 96.0891))
    )
    run("import", path, tmp_path / "in")
    result = run("trip", path, "--timezone", "auto", "--title", "曼德勒參訪", "--json")
    assert result.returncode == 0, result.stderr
    trip = json.loads(result.stdout)
    assert (trip["timezone"], trip["title"]) == ("Asia/Yangon", "曼德勒參訪")
    bad = run("trip", path, "--timezone", "Asia/Nowhere")
    assert bad.returncode == 1 and "Asia/Nowhere" in bad.stderr


def test_export_every_format_and_the_caption_list(demo: Path, tmp_path: Path) -> None:
    from docx import Document
    from pypdf import PdfReader

    outputs = [tmp_path / "附錄.odt", tmp_path / "附錄.docx", tmp_path / "附錄.pdf"]
    args: list[str | Path] = ["export", demo, "--per-page", "2", "--start-page", "8"]
    for output in outputs:
        args += ["-o", output]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert all(output.stat().st_size > 10_000 for output in outputs)
    assert result.stdout.count("3 pages") == 3
    pdf = PdfReader(str(outputs[2]))
    assert len(pdf.pages) == 3
    first_page = "".join(pdf.pages[0].extract_text().split())  # runs split by font
    assert "照片1：陳副市長抵達福岡機場" in first_page
    assert first_page.endswith("8")  # the page number continues the report's pages
    docx = Document(str(outputs[1]))
    assert len(docx.inline_shapes) == 6
    listing = run("export", demo, "--captions-only", "--caption-format", "Photo {n}: {caption}")
    lines = listing.stdout.splitlines()
    assert lines[0] == "Photo 1: 陳副市長抵達福岡機場"
    assert len(lines) == 7 and "3 pages" in lines[-1]
    bad = run("export", demo, "-o", tmp_path / "附錄.rtf")
    assert bad.returncode == 1 and ".odt, .docx or .pdf" in bad.stderr
    assert not (tmp_path / "附錄.rtf").exists()


def test_odd_command_lines_get_clear_messages(demo: Path, tmp_path: Path) -> None:
    twice = run("export", demo, "-o", tmp_path / "a.pdf", "-o", tmp_path / "." / "a.pdf")
    assert twice.returncode == 1 and "given twice" in twice.stderr
    aware = run("clock", demo, "--camera", "Canon EOS R6", "--actual", "2025-10-15 10:00+08:00",
                "--reference", "3")  # fmt: skip
    assert aware.returncode == 1 and "Traceback" not in aware.stderr
    missing = run("clock", demo, "--photo", "999", "--shift", "+1:00")
    assert missing.returncode == 1 and "no photo 999" in missing.stderr
    sheet = tmp_path / "c.csv"
    sheet.write_text("number,file,day,people,caption\n²,IMG_0412.JPG,,,x\n", encoding="utf-8")
    result = json.loads(run("captions", demo, "--import", sheet, "--json").stdout)
    assert [s["code"] for s in result["skipped"]] == ["bad-number"]
    nowhere = run("captions", demo, "--export", tmp_path / "no" / "such" / "c.csv")
    assert nowhere.returncode == 1 and ".part" not in nowhere.stderr


def test_days_add_gathers_the_photos_taken_that_day(trip: Path, tmp_path: Path) -> None:
    """`days --add` is the GUI's Add Day: the day takes the unassigned photos taken on it."""
    folder = tmp_path / "in"
    write_photo(folder / "late.jpg", Exif(taken="2017:09:14 10:00:00", offset="+09:00"))
    assert run("import", trip, folder).returncode == 0
    listed = json.loads(run("days", trip, "--json").stdout)
    assert listed["unassigned"] == 1  # after the trip's last day
    added = run("days", trip, "--add", "2017-09-14", "--label", "返國")
    assert added.returncode == 0, added.stderr
    assert "Added the day 2017-09-14; photos placed on it: 1." in added.stdout
    listed = json.loads(run("days", trip, "--json").stdout)
    assert listed["unassigned"] == 0
    assert listed["days"][-1] == {"date": "2017-09-14", "label": "返國", "photos": 1}
    again = run("days", trip, "--add", "2017-09-14")
    assert again.returncode == 1 and "already has a day" in again.stderr
    bad = run("days", trip, "--add", "14/9", lang="zh_TW")
    assert bad.returncode == 1 and "不是日期" in bad.stderr
