"""The user's report file read as hostile input, before any document library sees it.

A .docx or .odt is a ZIP package of XML parts. Before python-docx or odfdo open one, this
module checks it the careful way: a file too big is refused by its size; an OLE compound file
(what Word writes for a password-protected .docx, and old .doc) is named as encrypted; every
ZIP member is decompressed with a cap (a ZIP bomb stops at the cap, whatever its header
claims); and every XML part is parsed with entities and DTDs off and no network, and refused
if it declares a DTD at all (neither format needs one: a DTD in a report can only be an entity
trick). What passes is safe to hand to the libraries, which parse it again their own way.
"""

from __future__ import annotations

import zipfile
from enum import Enum
from pathlib import Path

from lxml import etree

MAX_FILE_BYTES = 512 * 1024 * 1024  # the report file itself
MAX_PART_BYTES = 256 * 1024 * 1024  # one member of its package, decompressed (photos included)
MAX_XML_BYTES = 64 * 1024 * 1024  # one XML part, decompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all members together, decompressed
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".rdf")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReportProblem(Enum):
    """Why a report cannot be read; the GUI and the CLI word it."""

    NOT_FOUND = "not-found"  # no such file (or not a regular file)
    UNREADABLE = "unreadable"  # the system refuses to read it
    ENCRYPTED = "encrypted"  # an OLE compound file: password-protected (or an old .doc)
    CORRUPT = "corrupt"  # not a ZIP package, a damaged one, or parts that are not XML
    TOO_LARGE = "too-large"  # the file, a part, or all parts together over the caps
    UNSAFE = "unsafe"  # an XML part declares a DTD or entities
    WRONG_KIND = "wrong-kind"  # a package, but not a document of the kind its name says
    UNSUPPORTED_FORMAT = "unsupported-format"  # neither .docx nor .odt


class ReportError(Exception):
    """A report that cannot be used; `problem` says why and `detail` what was found."""

    def __init__(self, problem: ReportProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
)


def check_package(path: Path, required: tuple[str, ...]) -> None:
    """Raise ReportError unless `path` is a ZIP package that is safe to open and has the
    `required` members (e.g. "word/document.xml")."""
    try:
        status = path.stat()
    except FileNotFoundError as error:
        raise ReportError(ReportProblem.NOT_FOUND, path) from error
    except OSError as error:
        raise ReportError(ReportProblem.UNREADABLE, path, str(error)) from error
    if not path.is_file():  # a FIFO or a device would block or never end
        raise ReportError(ReportProblem.NOT_FOUND, path, "not a regular file")
    if status.st_size > MAX_FILE_BYTES:
        raise ReportError(ReportProblem.TOO_LARGE, path, f"{status.st_size} bytes")
    try:
        with path.open("rb") as stream:
            magic = stream.read(8)
    except OSError as error:
        raise ReportError(ReportProblem.UNREADABLE, path, str(error)) from error
    if magic == _OLE_MAGIC:
        raise ReportError(ReportProblem.ENCRYPTED, path)
    try:
        with zipfile.ZipFile(path) as package:
            _check_members(package, path, required)
    except zipfile.BadZipFile as error:
        raise ReportError(ReportProblem.CORRUPT, path, str(error)) from error
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError) as error:
        # ZIP64 oddities, unknown compression, a ZIP-level password, a cut-off member
        raise ReportError(ReportProblem.CORRUPT, path, str(error)) from error
    except OSError as error:
        raise ReportError(ReportProblem.UNREADABLE, path, str(error)) from error


def _check_members(package: zipfile.ZipFile, path: Path, required: tuple[str, ...]) -> None:
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise ReportError(ReportProblem.TOO_LARGE, path, f"{len(members)} members")
    names = {member.filename for member in members}
    missing = [name for name in required if name not in names]
    if missing:
        raise ReportError(ReportProblem.WRONG_KIND, path, ", ".join(missing))
    total = 0
    for member in members:
        if member.is_dir():
            continue
        if member.flag_bits & 0x1:
            raise ReportError(ReportProblem.ENCRYPTED, path, member.filename)
        xml = member.filename.endswith(_XML_SUFFIXES) or member.filename == "mimetype"
        cap = MAX_XML_BYTES if xml else MAX_PART_BYTES
        data, size = _read_capped(package, member, cap, path, keep=xml)
        total += size
        if total > MAX_TOTAL_BYTES:
            raise ReportError(ReportProblem.TOO_LARGE, path, "all parts together")
        if member.filename.endswith(_XML_SUFFIXES):
            _check_xml(data, member.filename, path)


def _read_capped(
    package: zipfile.ZipFile, member: zipfile.ZipInfo, cap: int, path: Path, *, keep: bool
) -> tuple[bytes, int]:
    """A member's bytes (when `keep`) and decompressed size; ReportError past `cap`
    (counted as it decompresses, so a header lying about the size changes nothing)."""
    chunks: list[bytes] = []
    size = 0
    with package.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise ReportError(ReportProblem.TOO_LARGE, path, member.filename)
            if keep:
                chunks.append(chunk)
    return b"".join(chunks), size


def _check_xml(data: bytes, name: str, path: Path) -> None:
    if not data.strip():  # LibreOffice stores empty configuration parts
        return
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise ReportError(ReportProblem.CORRUPT, path, f"{name}: {error}") from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise ReportError(ReportProblem.UNSAFE, path, name)
