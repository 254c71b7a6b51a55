"""Reports like the users' own, built from the real example report's text, in variants.

The text is /work/shared/reference/trip-report-example.txt's (a copy lives beside this file
so the tests run anywhere): 目的, four 過程 days, 心得, 建議, then 附錄：照片 with its eight
`照片 N：` lines, each after a small picture. Variants: the appendix in the middle (followed by
附錄二), no appendix, the report's own footer page numbers, tracked changes and a comment.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from PIL import Image

EXAMPLE = Path(__file__).with_name("trip-report-example.txt")
_DAY = re.compile(r"^\d+ 年 \d+ 月 \d+ 日")
_CHAPTER = re.compile(r"^第.章 ")
_PHOTO_LINE = re.compile(r"^照片 \d+：")
SECOND_APPENDIX = "附錄二：會議議程"
AGENDA = "9 月 11 日上午全會，下午分組會議；9 月 12 日上午市長論壇。"
TRACKED_INSERT = "（經費由本府秘書處支應）"
TRACKED_DELETE = "（原訂三人）"
COMMENT = "請確認日期"


@dataclass(frozen=True)
class Line:
    """One paragraph of the report: its text and heading level (None: body text)."""

    text: str
    level: int | None = None

    @property
    def photo_line(self) -> bool:
        return bool(_PHOTO_LINE.match(self.text))


def example_lines(*, appendix: bool = True, middle: bool = False, cite: str = "") -> list[Line]:
    """The example report as paragraphs: chapters at level 1, days at level 2, the appendix
    heading at level 1 and its photo lines (with `appendix`), then 附錄二 (with `middle`).
    `cite` is added as a sentence to the first day's first paragraph."""
    lines: list[Line] = []
    in_appendix = False
    for raw in EXAMPLE.read_text(encoding="utf-8").splitlines():
        text = raw.strip()
        if not text or text.startswith("|"):
            continue
        if text.startswith("附錄："):
            in_appendix = True
            if appendix:
                lines.append(Line(text, 1))
            continue
        if in_appendix:
            if appendix:
                lines.append(Line(text))
            continue
        level = 1 if _CHAPTER.match(text) else 2 if _DAY.match(text) else None
        lines.append(Line(text, level))
    if cite:
        first_day = next(i for i, line in enumerate(lines) if line.level == 2)
        lines[first_day + 1] = Line(lines[first_day + 1].text + cite)
    if middle:
        lines += [Line(SECOND_APPENDIX, 1), Line(AGENDA)]
    return lines


def small_picture() -> bytes:
    image = Image.new("RGB", (64, 48), (90, 140, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def docx_report(
    path: Path,
    lines: list[Line],
    *,
    footer: bool = False,
    tracked: bool = False,
    landscape_section: bool = False,
) -> Path:
    """A Word report of `lines`: headings in Heading 1/2, a picture before each 照片 line;
    `footer` adds 第 N 頁 page numbers (PAGE field) starting at 3; `tracked` adds an
    insertion, a deletion and a comment in the first 目的 paragraph."""
    del landscape_section
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for index, line in enumerate(lines):
        if line.photo_line:
            document.add_paragraph().add_run().add_picture(io.BytesIO(small_picture()), Mm(20))
        if line.level:
            paragraph = document.add_heading(line.text, line.level)
        else:
            paragraph = document.add_paragraph(line.text)
        if tracked and index > 0 and lines[index - 1].text.endswith("目的"):
            _track(document, paragraph)
    if footer:
        _footer(document)
    document.save(str(path))
    return path


def _track(document: object, paragraph: object) -> None:
    """An insertion and a deletion by a reviewer, and a comment on the first run."""
    p = paragraph._p  # type: ignore[attr-defined]
    for tag, text_tag, text in (
        ("w:ins", "w:t", TRACKED_INSERT),
        ("w:del", "w:delText", TRACKED_DELETE),
    ):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "90" if tag == "w:ins" else "91")
        change.set(qn("w:author"), "審稿人")
        change.set(qn("w:date"), "2017-09-20T10:00:00Z")
        run = OxmlElement("w:r")
        node = OxmlElement(text_tag)
        node.set(qn("xml:space"), "preserve")
        node.text = text
        run.append(node)
        change.append(run)
        p.append(change)
    document.add_comment(paragraph.runs[0], text=COMMENT, author="審稿人")  # type: ignore[attr-defined]


def _footer(document: object) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run("第 ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "3")):
        run = paragraph.add_run()
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text == " PAGE ":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
            run._r.append(node)
        else:
            run.text = text
    run = paragraph.add_run()
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), "end")
    run._r.append(mark)
    paragraph.add_run(" 頁")
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "3")
    section._sectPr.insert_element_before(
        numbering, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:docGrid"
    )


def docx_paragraphs(path: Path) -> list[str]:
    """The body's top-level paragraph texts (tracked deletions left out), empty ones too."""
    document = Document(str(path))
    return [
        "".join(node.text or "" for node in p.iter(qn("w:t")))
        for p in document.element.body.iterchildren(qn("w:p"))
    ]


def eight_photo_trip(folder: Path) -> object:
    """A project whose appendix has the example report's eight photos and captions, over
    four days (two a day), in order."""
    from datetime import date

    from photoapp.domain.model import Trip
    from photoapp.storage.importer import import_paths
    from photoapp.storage.project import Project
    from tests.photos import Exif, write_photo

    captions = [line.text.split("：", 1)[1] for line in example_lines() if line.photo_line]
    project = Project.create(
        folder / "apcs.photoapp",
        Trip("亞太城市峰會", start=date(2017, 9, 10), end=date(2017, 9, 13), timezone="Asia/Seoul"),
    )
    for index in range(8):
        taken = f"2017:09:{10 + index // 2} {9 + index % 2 * 3:02d}:00:00"
        write_photo(
            folder / "photos" / f"p{index + 1}.jpg",
            Exif(taken=taken, offset="+09:00"),
            seed=index,
            size=(480, 360) if index != 2 else (360, 480),
        )
    report = import_paths(project, [folder / "photos"])
    ids = {path.name: photo_id for path, photo_id in report.imported}
    order = [ids[f"p{index + 1}.jpg"] for index in range(8)]
    for photo_id, caption in zip(order, captions, strict=True):
        project.set_caption(photo_id, caption)
    days = project.days()
    for index, photo_id in enumerate(order):
        project.set_days({photo_id: days[index // 2].id})
    project.set_appendix(order)
    return project


def odt_report(path: Path, lines: list[Line], *, footer: bool = False) -> Path:
    """The same report as an ODF text document (odfdo): headings as text:h at their level
    in Heading styles, a picture frame before each 照片 line; `footer` adds 第 N 頁 page
    numbers starting at 3 to the standard master page."""
    from odfdo import Document as OdfDocument
    from odfdo import Element, Frame, Header, Paragraph

    document = OdfDocument("text")
    body = document.body
    body.clear()
    picture = ""
    first = True
    for line in lines:
        if line.photo_line:
            picture = picture or document.add_file(io.BytesIO(small_picture()))  # type: ignore[arg-type]
            frame = Frame.image_frame(picture, size=("2cm", "1.5cm"), anchor_type="as-char")
            holder = Paragraph("")
            holder.append(frame)
            body.append(holder)
        if line.level:
            heading = Header(line.level, line.text)
            heading.set_attribute("text:style-name", f"Heading_20_{line.level}")  # odfdo drops it
            body.append(heading)
        else:
            body.append(Paragraph(line.text, style="Text_20_body"))
        if first and footer:
            first = False
    if footer:
        automatic = document.get_part("styles.xml").get_element("office:automatic-styles")
        del automatic
        master = document.styles.get_element("office:master-styles/style:master-page")
        master.append(
            Element.from_tag(
                '<style:footer><text:p text:style-name="Footer">第 '
                '<text:page-number text:select-page="current">3</text:page-number> 頁'
                "</text:p></style:footer>"
            )
        )
        layout_name = master.get_attribute("style:page-layout-name")
        layout = document.styles.get_element(
            f'office:automatic-styles/style:page-layout[@style:name="{layout_name}"]'
        )
        layout.get_element("style:footer-style").append(
            Element.from_tag(
                '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/>'
            )
        )
        start = Element.from_tag(
            '<style:style style:name="Start3" style:family="paragraph" '
            'style:parent-style-name="Text_20_body" style:master-page-name="Standard">'
            '<style:paragraph-properties style:page-number="3"/></style:style>'
        )
        document.content.get_element("office:automatic-styles").append(start)
        body.get_element("text:p").set_attribute("text:style-name", "Start3")
    document.save(path)
    return path


def odt_paragraphs(path: Path) -> list[str]:
    """The body's top-level paragraph and heading texts."""
    from odfdo import Document as OdfDocument

    document = OdfDocument(str(path))
    return [
        child.text_recursive
        for child in document.body.children
        if child.tag in ("text:p", "text:h")
    ]
