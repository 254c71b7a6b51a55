"""The export API: formats by suffix, photos prepared once, all-or-nothing writing, cancelling,
missing photos, progress, the size estimate and the page count."""

from __future__ import annotations

import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import docx
import pytest

import photoapp.export.appendix as appendix
import photoapp.export.images as images
from photoapp.export import (
    DocumentFormat,
    ExportCancelledError,
    ExportError,
    ExportProblem,
    ExportSettings,
    collect,
    estimate_size,
    export,
    export_all,
    export_entries,
    page_count,
)
from photoapp.storage.project import Project

ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_each_suffix_gives_its_format(trip: Project, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    results = export_all(trip, [out / "a.ODT", out / "b.docx", out / "c.pdf"], ExportSettings())
    assert [r.format for r in results] == [
        DocumentFormat.ODT,
        DocumentFormat.DOCX,
        DocumentFormat.PDF,
    ]
    assert (out / "a.ODT").read_bytes()[:2] == b"PK"
    assert (out / "b.docx").read_bytes()[:2] == b"PK"
    assert (out / "c.pdf").read_bytes()[:5] == b"%PDF-"
    assert {r.pages for r in results} == {page_count(trip, ExportSettings())}
    assert all(r.bytes_written == r.path.stat().st_size for r in results)
    assert not leftovers(out)


def test_unknown_suffix(trip: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        export(trip, tmp_path / "a.rtf", ExportSettings())
    assert raised.value.problem is ExportProblem.UNSUPPORTED_FORMAT


def test_photos_are_prepared_once_for_all_formats(
    trip: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = images.prepare

    def counting(photo_id: int, *args: object) -> images.PreparedImage:
        calls.append(photo_id)
        return real(photo_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(images, "prepare", counting)
    export_all(
        trip, [tmp_path / "a.odt", tmp_path / "a.docx", tmp_path / "a.pdf"], ExportSettings()
    )
    assert sorted(calls) == sorted(trip.appendix())


def test_a_failed_write_leaves_the_folder_as_it_was(
    trip: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "a.docx"
    good.write_bytes(b"the good old appendix")

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("photoapp.export.docx.write_docx", broken)
    with pytest.raises(ExportError) as raised:
        export_all(trip, [tmp_path / "a.odt", good], ExportSettings())
    assert raised.value.problem is ExportProblem.CANNOT_WRITE
    assert good.read_bytes() == b"the good old appendix"
    assert not (tmp_path / "a.odt").exists()  # all or nothing
    assert not leftovers(tmp_path)


def test_cancelling_writes_nothing(trip: Project, tmp_path: Path) -> None:
    good = tmp_path / "a.pdf"
    good.write_bytes(b"%PDF- the good old one")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(ExportCancelledError) as raised:
        export(trip, good, ExportSettings(), cancelled=cancelled, workers=1)
    assert raised.value.problem is ExportProblem.CANCELLED
    assert good.read_bytes() == b"%PDF- the good old one"
    assert not leftovers(tmp_path)


def test_cancelling_between_formats_writes_nothing(trip: Project, tmp_path: Path) -> None:
    progress: list[int] = []

    def cancelled() -> bool:
        return bool(progress) and progress[-1] > 5  # after the first document

    with pytest.raises(ExportCancelledError):
        export_all(
            trip,
            [tmp_path / "a.odt", tmp_path / "a.docx"],
            ExportSettings(),
            progress=lambda done, total: progress.append(done),
            cancelled=cancelled,
        )
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".odt", ".docx")) == []


def test_targets_that_cannot_be_written(trip: Project, tmp_path: Path) -> None:
    taken = tmp_path / "taken.odt"
    taken.mkdir()
    for target in (tmp_path / "no such folder" / "a.pdf", taken):
        with pytest.raises(ExportError) as raised:
            export(trip, target, ExportSettings())
        assert raised.value.problem is ExportProblem.CANNOT_WRITE
        assert raised.value.path == target


def test_an_empty_appendix_is_an_error(trip: Project, tmp_path: Path) -> None:
    trip.set_appendix([])
    with pytest.raises(ExportError) as raised:
        export(trip, tmp_path / "a.odt", ExportSettings())
    assert raised.value.problem is ExportProblem.EMPTY_APPENDIX


def test_missing_photos_keep_their_place_and_are_reported(trip: Project, tmp_path: Path) -> None:
    second = trip.photo(trip.appendix()[1])
    trip.resolve(second).unlink()
    result = export(trip, tmp_path / "a.docx", ExportSettings())
    assert [(m.photo_id, m.problem) for m in result.missing] == [
        (second.id, ExportProblem.PHOTO_MISSING)
    ]
    assert result.missing[0].line == "照片 2：大田市長權善宅歡迎葉副市長一行"
    document = docx.Document(str(result.path))
    assert len(document.inline_shapes) == 5
    captions = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
    assert "照片 2：大田市長權善宅歡迎葉副市長一行" in captions


def test_progress_counts_photos_then_documents(trip: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_all(
        trip,
        [tmp_path / "a.odt", tmp_path / "a.pdf"],
        ExportSettings(),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert {total for _, total in seen} == {7}
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1] == (7, 7)


def test_the_size_estimate_is_near_the_real_size(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(per_page=1)
    for document_format in DocumentFormat:
        estimate = estimate_size(trip, settings, document_format)
        actual = export(trip, tmp_path / f"a{document_format.value}", settings).bytes_written
        assert actual * 0.8 < estimate < actual * 1.25, document_format


def test_odt_and_docx_export_without_loading_qt(trip: Project, tmp_path: Path) -> None:
    targets = [str(tmp_path / "q.odt"), str(tmp_path / "q.docx")]
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from photoapp.export import ExportSettings, export_all\n"
        "from photoapp.storage.project import Project\n"
        f"project = Project.open(Path({str(trip.path)!r}))\n"
        f"export_all(project, [Path(p) for p in {targets!r}], ExportSettings())\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=120)
    assert (tmp_path / "q.odt").is_file() and (tmp_path / "q.docx").is_file()
    with zipfile.ZipFile(tmp_path / "q.odt") as package:  # none, rather than the template's
        assert "Thumbnails/thumbnail.png" not in package.namelist()
        assert "Thumbnails/thumbnail.png" not in package.read("META-INF/manifest.xml").decode()


def test_results_keep_the_order_of_the_paths(trip: Project, tmp_path: Path) -> None:
    paths = [tmp_path / "z.pdf", tmp_path / "a.odt"]
    assert [r.path.name for r in export_all(trip, paths, ExportSettings())] == ["z.pdf", "a.odt"]
    assert appendix.DocumentFormat.for_path(Path("x.Docx")) is DocumentFormat.DOCX


def test_the_same_target_twice_is_a_mistake(trip: Project, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_all(trip, [tmp_path / "a.pdf", tmp_path / "." / "a.pdf"], ExportSettings())


def test_text_from_anywhere_is_written_by_every_format(trip: Project, tmp_path: Path) -> None:
    first = trip.appendix()[0]
    trip.set_caption(first, "第一行\n第二行\x0b\x07 & <b>粗體</b>")
    settings = ExportSettings(heading="附錄\t照片 & <其他>")
    results = export_all(
        trip, [tmp_path / "a.odt", tmp_path / "a.docx", tmp_path / "a.pdf"], settings
    )
    assert all(r.pages == 3 for r in results)
    document = docx.Document(str(results[1].path))
    captions = [p.text for t in document.tables for c in t._cells for p in c.paragraphs if p.text]
    assert captions[0] == "照片 1：第一行 第二行  & <b>粗體</b>"  # \x0b a space, \x07 gone
    assert document.paragraphs[0].text == "附錄 照片 & <其他>"


def test_a_pdf_can_be_written_off_the_gui_thread(trip: Project, tmp_path: Path) -> None:
    outcome: list[object] = []
    entries = collect(trip, ExportSettings())  # the project is read on its own thread

    def work() -> None:
        try:
            outcome.extend(export_entries(entries, [tmp_path / "a.pdf"], ExportSettings()))
        except Exception as error:  # reported below, on the test's thread
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert len(outcome) == 1 and not isinstance(outcome[0], Exception), outcome
