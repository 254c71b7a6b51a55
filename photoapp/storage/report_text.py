"""The plain text of a trip report file (.txt, .docx, .odt), one paragraph per line.

The text feeds `photoapp.domain.itinerary`, which finds the day headings in it. Anything that
goes wrong is a `ReportTextError` with a reason the GUI and the CLI can word; no exception of
python-docx, odfdo or the codecs leaves this module.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    import odfdo

from photoapp.storage.photo_file import FileProblem, FileRefusedError, open_photo_file

SUFFIXES = frozenset({".txt", ".docx", ".odt"})

# A report's text is a few hundred kilobytes; its XML parts a few megabytes (parsed, about ten
# times that). A ZIP part declares its size, and Python's zipfile never gives more than that,
# so checking the declared sizes before parsing stops a "zip bomb" (1.5 MB that unpacks to
# gigabytes) before a byte of it is unpacked. Pictures inside a report may be large.
MAX_TEXT_FILE = 64 << 20
MAX_DOCUMENT_FILE = 512 << 20
MAX_XML_PART = 32 << 20
MAX_PARTS_TOTAL = 1 << 30

# Tried in order on a .txt without a byte-order mark. UTF-8 first: it is strict, so Big5 bytes
# almost never pass as UTF-8. Then CP950 (Windows' Big5, what Taiwanese Notepad saved before
# UTF-8), then Big5-HKSCS for the characters CP950 lacks.
_LEGACY_ENCODINGS = ("utf-8", "cp950", "big5hkscs")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# python-docx and odfdo are imported when a report is read: the command line starts faster.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # docx.oxml.ns.qn("w:")
_W_P, _W_TBL, _W_TR, _W_TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_W_SDT, _W_SDT_CONTENT = f"{_W}sdt", f"{_W}sdtContent"
_ODT_WHITE_SPACE = frozenset({"text:s", "text:tab", "text:line-break"})
_ODT_NOT_RUNNING_TEXT = frozenset({"text:note", "office:annotation", "draw:frame"})


class ReportTextProblem(Enum):
    """Why a report file gave no text."""

    NOT_FOUND = "not-found"
    UNSUPPORTED_TYPE = "unsupported-type"  # not .txt, .docx or .odt (e.g. an old .doc, a PDF)
    UNREADABLE = "unreadable"  # the file system refused: permissions, a folder, I/O error
    DAMAGED = "damaged"  # a .docx/.odt that is not a valid document of its kind
    UNKNOWN_ENCODING = "unknown-encoding"  # a .txt in none of the encodings we know
    TOO_LARGE = "too-large"  # larger (or unpacking larger) than any report


class ReportTextError(Exception):
    """A report file gives no text; `reason` says why, `detail` what the library said."""

    def __init__(self, path: Path, reason: ReportTextProblem, detail: str = "") -> None:
        message = f"{path}: {reason.value}"
        super().__init__(f"{message}: {detail}" if detail else message)
        self.path = path
        self.reason = reason
        self.detail = detail


def read_report_text(path: Path) -> str:
    """The report's text, paragraphs in document order separated by "\\n".

    Table cells come one per line, row by row, so an itinerary table reads like headings.
    """
    if not path.exists():
        raise ReportTextError(path, ReportTextProblem.NOT_FOUND)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportTextError(path, ReportTextProblem.UNSUPPORTED_TYPE, suffix)
    with _open(path, MAX_TEXT_FILE if suffix == ".txt" else MAX_DOCUMENT_FILE) as stream:
        if suffix == ".txt":
            text = decode_text(_read(path, stream))
            if text is None:
                raise ReportTextError(path, ReportTextProblem.UNKNOWN_ENCODING)
            return text
        _check_parts(path, stream)
        reader = _docx_paragraphs if suffix == ".docx" else _odt_paragraphs
        try:
            lines = list(reader(stream))
        except Exception as exc:  # the libraries raise anything from KeyError to lxml errors
            detail = f"{type(exc).__name__}: {exc}"
            raise ReportTextError(path, ReportTextProblem.DAMAGED, detail) from exc
    return _unify_newlines("\n".join(lines))


def decode_text(data: bytes) -> str | None:
    """Text bytes as a string with "\\n" line ends, or None in no encoding we know."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _unify_newlines(data.decode(encoding))
            except UnicodeDecodeError:
                return None
    for encoding in (*_utf16_without_bom(data), *_LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # NUL never occurs in real text; it means UTF-16 without a mark, or not text at all.
        if "\x00" not in text:
            return _unify_newlines(text)
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, ...]:
    """UTF-16 saved without a byte-order mark (Excel's "Unicode Text" on some systems): the
    NUL bytes of ASCII characters (tabs, line ends, digits) all fall on one side of the pair."""
    sample = data[:4096]
    if len(data) % 2 or b"\x00" not in sample:
        return ()
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd >= 4 * max(even, 1) and even * 10 <= odd:
        return ("utf-16-le",)
    if even >= 4 * max(odd, 1) and odd * 10 <= even:
        return ("utf-16-be",)
    return ()


def _open(path: Path, max_size: int) -> BinaryIO:
    """The file opened to read, if it is a regular file of at most `max_size` bytes."""
    try:
        return open_photo_file(path, max_size)
    except FileRefusedError as refused:
        if refused.problem is FileProblem.TOO_BIG:
            raise ReportTextError(path, ReportTextProblem.TOO_LARGE, refused.detail) from refused
        raise ReportTextError(path, ReportTextProblem.UNREADABLE, refused.detail) from refused


def _read(path: Path, stream: BinaryIO) -> bytes:
    try:
        return stream.read()
    except OSError as exc:  # a disk error
        raise ReportTextError(path, ReportTextProblem.UNREADABLE, str(exc)) from exc


def _check_parts(path: Path, stream: BinaryIO) -> None:
    """Refuse a document whose ZIP parts declare more than a report can hold."""
    try:
        with zipfile.ZipFile(stream) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReportTextError(path, ReportTextProblem.DAMAGED, str(exc)) from exc
    finally:
        stream.seek(0)
    for part in parts:
        if part.filename.lower().endswith((".xml", ".rels")) and part.file_size > MAX_XML_PART:
            detail = f"{part.filename}: {part.file_size} bytes"
            raise ReportTextError(path, ReportTextProblem.TOO_LARGE, detail)
    total = sum(part.file_size for part in parts)
    if total > MAX_PARTS_TOTAL:
        raise ReportTextError(path, ReportTextProblem.TOO_LARGE, f"{total} bytes unpacked")


def _docx_paragraphs(data: BinaryIO) -> Iterator[str]:  # python-docx reads any file object
    import docx

    document = docx.Document(data)
    yield from _docx_blocks(document.element.body)


# python-docx's own Document.iter_inner_content and Paragraph.text skip content controls
# (w:sdt, common in agency templates) and tracked insertions (w:ins, common in drafts), so the
# body is walked at the XML level; python-docx's run elements still turn w:t, w:tab and w:br
# into text.
def _docx_blocks(container: Any) -> Iterator[str]:
    """Paragraph texts of a body, cell or content control, tables cell by cell, in order."""
    for child in container.iterchildren():
        if child.tag == _W_P:
            yield _docx_paragraph_text(child)
        elif child.tag == _W_TBL:
            for row in child.iterchildren(_W_TR):
                # One <w:tc> per cell: a horizontal merge is one element, and a vertical one
                # leaves only empty paragraphs in the rows below, so nothing is read twice.
                for cell in row.iterchildren(_W_TC):
                    yield from _docx_blocks(cell)
        elif child.tag == _W_SDT:
            for content in child.iterchildren(_W_SDT_CONTENT):
                yield from _docx_blocks(content)


def _docx_paragraph_text(paragraph: Any) -> str:
    # Runs anywhere in the paragraph (links, insertions, content controls, fields), but not
    # deleted ones nor those of text boxes anchored in it.
    runs = paragraph.xpath(".//w:r[not(ancestor::w:del) and not(ancestor::w:txbxContent)]")
    return "".join(str(run.text) for run in runs)


def _odt_paragraphs(data: BinaryIO) -> Iterator[str]:
    import odfdo

    document = odfdo.Document(io.BytesIO(data.read()))  # odfdo takes only paths and BytesIO
    if document.get_type() != "text":
        raise ValueError(f"a {document.get_type()} document, not a text document")
    # Paragraphs and headings anywhere in the body (tables, lists, frames) in document order,
    # except those of notes and tracked deletions, which are not part of the running text.
    outside = "not(ancestor::text:note) and not(ancestor::text:tracked-changes)"
    for element in document.body.get_elements(f"//text:p[{outside}] | //text:h[{outside}]"):
        yield _odt_text(element)


def _odt_text(element: odfdo.Element) -> str:
    """The running text of a paragraph: spaces, tabs and line breaks, without notes.

    odfdo's own `inner_text` inlines a footnote's number and body into its paragraph, which
    would turn a footnoted heading's label into the footnote; text boxes' paragraphs come
    separately from the query above.
    """
    parts = [element.text or ""]
    for child in element.children:
        if child.tag in _ODT_WHITE_SPACE:
            parts.append(str(child))  # odfdo writes text:s as its spaces, text:tab as "\t"
        elif child.tag not in _ODT_NOT_RUNNING_TEXT:
            parts.append(_odt_text(child))  # spans, links: their text and their children's
        parts.append(child.tail or "")
    return "".join(parts)


def _unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
