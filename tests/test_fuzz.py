"""Fuzzing the readers of files users hand us: photos, captions and roster spreadsheets, reports.

Hypothesis mutates real files (a JPEG, PNG, TIFF, HEIC and WebP with EXIF, an exported captions
CSV, a roster, itinerary texts and documents) where the parsers look: the headers, the EXIF
block, the cells. Each reader must stay inside its boundary: an import reports every file as
imported or rejected and never raises or hangs; the CSV, roster and itinerary readers raise
only their own typed errors. The whole module is bounded to well under a minute in CI.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photoapp.domain.itinerary import parse_itinerary
from photoapp.domain.model import Trip
from photoapp.domain.roster import read_roster
from photoapp.storage.captions_csv import CaptionsFileError, export_captions, read_captions
from photoapp.storage.importer import Rejected, analyse, import_paths
from photoapp.storage.photo_file import Deadline
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.report_text import ReportTextError, decode_text, read_report_text
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, heic_bytes, photo_bytes

# Each example must finish in this time: a hang or a runaway parser fails the test.
FUZZ = settings(
    max_examples=60,
    deadline=timedelta(seconds=5),
    database=None,  # no .hypothesis folder in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
META = Exif(
    taken="2017:09:11 09:47:00",
    offset="+09:00",
    subsec="12",
    orientation=6,
    make="Apple",
    model="iPhone 7",
    gps=(36.35, 127.38),
)
SEEDS = {
    "jpeg": photo_bytes(META, size=(64, 48)),
    "png": photo_bytes(META, size=(64, 48), image_format="PNG", seed=1),
    "tiff": photo_bytes(META, size=(64, 48), image_format="TIFF"),
    "webp": photo_bytes(META, size=(64, 48), image_format="WEBP"),
    "heic": heic_bytes(META, size=(64, 48)),
}


def _exif_span(data: bytes) -> tuple[int, int]:
    """Where the EXIF block is in a seed (its TIFF header to its end), or the first 512 bytes."""
    start = data.find(b"MM\x00*")
    start = data.find(b"II*\x00") if start < 0 else start
    if start < 0:
        return 0, min(len(data), 512)
    return start, min(len(data), start + 600)


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with a few bytes changed, inserted or removed where the parsers look, or cut."""
    low, high = draw(st.sampled_from([(0, min(len(data), 256)), _exif_span(data)]))
    result = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(low, max(low, min(high, len(result)) - 1)))
        action = draw(st.sampled_from(["set", "set", "insert", "delete", "int"]))
        if action == "set":
            result[position] = draw(st.integers(0, 255))
        elif action == "insert":
            result[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del result[position : position + draw(st.integers(1, 16))]
        else:  # a length or offset field turned huge, zero or negative
            result[position : position + 4] = draw(
                st.sampled_from([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff"])
            )
    if draw(st.booleans()) and len(result) > 16:
        del result[draw(st.integers(16, len(result))) :]
    return bytes(result)


@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_reading_a_mutated_photo_never_raises_or_hangs(kind: str, tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    path = tmp_path / f"photo.{kind}"

    @FUZZ
    @given(data=mutated(SEEDS[kind]))
    def check(data: bytes) -> None:
        path.write_bytes(data)
        result = analyse(path, cache, Deadline(4.0))
        assert isinstance(result, NewPhoto | Rejected)
        if isinstance(result, NewPhoto):
            assert result.metadata.width > 0 and result.metadata.height > 0

    check()


def test_importing_a_folder_of_mutated_photos_reports_every_file(tmp_path: Path) -> None:
    counter = iter(range(10**6))

    @settings(FUZZ, max_examples=10)
    @given(files=st.lists(st.sampled_from(sorted(SEEDS)).flatmap(
        lambda kind: mutated(SEEDS[kind]).map(lambda data: (kind, data))), max_size=5))  # fmt: skip
    def check(files: list[tuple[str, bytes]]) -> None:
        folder = tmp_path / f"run{next(counter)}"
        folder.mkdir()
        for index, (kind, data) in enumerate(files):
            (folder / f"{index}.{kind}").write_bytes(data)
        project = Project.create(folder / "trip.photoapp", Trip("t", timezone="Asia/Seoul"))
        try:
            report = import_paths(project, [folder], ThumbnailCache(tmp_path / "cache"))
            assert len(report.imported) + len(report.duplicates) + len(report.rejected) == len(
                files
            )
            assert len(project.photos()) == len(report.imported)
            project.day_assignment()  # whatever dates were read, placing them works
        finally:
            project.close()

    check()


# --- captions spreadsheet and roster ---------------------------------------------------------


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Project, bytes]:
    project = Project.create(tmp_path / "trip.photoapp", Trip("t"))
    folder = tmp_path / "photos"
    folder.mkdir()
    for index in range(3):
        (folder / f"{index}.jpg").write_bytes(photo_bytes(META, size=(32, 24), seed=index))
    import_paths(project, [folder], ThumbnailCache(tmp_path / "cache"))
    ids = [p.id for p in project.photos()]
    project.set_caption(ids[0], "葉副市長與大田市長合影")
    project.set_appendix(ids[:2])
    export_captions(project, tmp_path / "captions.csv")
    yield project, (tmp_path / "captions.csv").read_bytes()  # type: ignore[misc]
    project.close()


CSV_TEXT = st.text(alphabet=st.sampled_from(list(",;\t\"'\r\n =+-@照片1０¹x\\/.")), max_size=200)


def test_reading_a_mutated_captions_file_raises_only_its_own_error(
    exported: tuple[Project, bytes], tmp_path: Path
) -> None:
    project, original = exported
    path = tmp_path / "edited.csv"

    @FUZZ
    @given(
        data=st.one_of(
            mutated(original),
            CSV_TEXT.map(lambda text: original + text.encode("utf-8")),
            st.sampled_from(["utf-8", "utf-16", "utf-16-le", "big5", "cp1252"]).map(
                lambda encoding: original.decode("utf-8-sig").encode(encoding, "replace")
            ),
            st.binary(max_size=300),
        )
    )
    def check(data: bytes) -> None:
        path.write_bytes(data)
        try:
            table = read_captions(project, path)
        except CaptionsFileError:
            return
        assert set(table.captions) <= {p.id for p in project.photos()}

    check()


def test_reading_a_mutated_roster_never_raises() -> None:
    roster = '姓名,職稱,單位\n葉匡時,副市長,高雄市政府\n"Kim, Jin",Mayor,Daejeon\n'.encode()

    @FUZZ
    @given(data=st.one_of(mutated(roster), st.binary(max_size=300)), text=CSV_TEXT)
    def check(data: bytes, text: str) -> None:
        for candidate in (decode_text(data), text, roster.decode() + text):
            if candidate is not None:
                read = read_roster(candidate)
                assert all(person.name for person in read.people)

    check()


# --- itinerary texts and report documents ------------------------------------------------------

ITINERARY = (
    "第二章 經過\n106 年 9 月 10 日(星期日)\n抵達仁川。\n9月11日（一） 大田 APCS 全會\n"
    "2017/9/12 首爾\n民國106年9月13日 返國\n"
)
HEADING_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789０１２年月日民國()（）星期一二三日/-.: \n\t十")),
    max_size=120,
)


def test_parsing_mutated_itinerary_text_never_raises() -> None:
    @FUZZ
    @given(
        text=st.one_of(
            HEADING_TEXT,
            HEADING_TEXT.map(lambda extra: ITINERARY + extra),
            mutated(ITINERARY.encode()).map(lambda data: data.decode("utf-8", "replace")),
        ),
        start=st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 1))),
        length=st.integers(0, 40),
    )
    def check(text: str, start: date | None, length: int) -> None:
        end = None
        if start is not None:
            end = start + timedelta(days=min(length, (date.max - start).days))
        parse_itinerary(text, trip_start=start, trip_end=end)

    check()


def _document(suffix: str) -> bytes:
    buffer = io.BytesIO()
    if suffix == ".docx":
        import docx

        document = docx.Document()
        for line in ITINERARY.splitlines():
            document.add_paragraph(line)
        document.save(buffer)
    else:
        import odfdo

        document = odfdo.Document("text")
        for line in ITINERARY.splitlines():
            document.body.append(odfdo.Paragraph(line))
        document.save(buffer)
    return buffer.getvalue()


def _mutate_member(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, content if info.filename == name else source.read(info.filename))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("suffix", "member"), [(".docx", "word/document.xml"), (".odt", "content.xml")]
)
def test_reading_a_mutated_report_raises_only_its_own_error(
    tmp_path: Path, suffix: str, member: str
) -> None:
    original = _document(suffix)
    xml = zipfile.ZipFile(io.BytesIO(original)).read(member)
    path = tmp_path / f"report{suffix}"

    @settings(FUZZ, max_examples=30)
    @given(
        data=st.one_of(
            mutated(original),
            mutated(xml).map(lambda changed: _mutate_member(original, member, changed)),
        )
    )
    def check(data: bytes) -> None:
        path.write_bytes(data)
        try:
            text = read_report_text(path)
        except ReportTextError:
            return
        parse_itinerary(text)

    check()
