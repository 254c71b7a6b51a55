"""The appendix as a Word document (.docx), for the offices that still live in Word.

Built with python-docx from the layout, the same way as the ODT: borderless tables whose rows
have exactly the layout's height (exact row height, rows never split), each cell holding the
photo inline and its caption below, and a page break (pageBreakBefore) wherever the layout
starts a page. python-docx has no API for East Asian fonts, so `w:eastAsia` is set on rFonts of
the document defaults and of every style used; caption numbers are `SEQ 照片 \\* ARABIC` fields
with their values filled in, and the footer a PAGE field numbered from the settings' start.
Pictures come from the prepared JPEGs, never the originals (python-docx crashes on some EXIF,
ignores orientation and stores camera files whole).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Mm

from photoapp.export.fonts import LANGUAGE_ASIAN, LANGUAGE_LATIN
from photoapp.export.geometry import MM_PER_INCH, line_mm
from photoapp.export.images import PreparedImage
from photoapp.export.layout import (
    CAPTION_GAP,
    CELL_PADDING_H,
    DAY_SPACE_AFTER,
    SPACER_PT,
    TITLE_SPACE_AFTER,
    Heading,
    Layout,
    ListLine,
    Page,
    Row,
    Slot,
    TextRole,
)
from photoapp.export.numbering import SEQUENCE_NAME, PartKind
from photoapp.export.properties import DocumentInfo, counts
from photoapp.export.settings import ExportSettings

TITLE_STYLE = "Appendix Title"
DAY_STYLE = "Appendix Day"
CAPTION_STYLE = "Caption"  # Word's own: Insert Caption and tables of figures know it
PHOTO_STYLE = "Appendix Photo"
SPACER_STYLE = "Appendix Spacer"
FOOTER_STYLE = "Footer"
LIST_STYLE = "table of figures"  # Word's own name for the style of a table of figures
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def twips(mm: float) -> int:
    """Twentieths of a point in `mm` millimetres, Word's unit for spacing and table sizes."""
    return round(mm / MM_PER_INCH * 1440)


def write_docx(
    layout: Layout, images: Mapping[int, PreparedImage], target: Path, info: DocumentInfo
) -> None:
    """Write the laid-out appendix to `target` (a .docx file, written in place), with `info`
    as its properties."""
    settings = layout.settings
    document = Document()
    _drop_template_thumbnail(document)
    _set_compatibility(document)
    _set_fonts(document, settings)
    _set_styles(document, settings, layout.body.width)
    _set_section(document, layout)
    writer = _BodyWriter(document, layout, images)
    for page in layout.pages:
        writer.page(page)
    writer.paragraph(SPACER_STYLE)  # Word needs a paragraph after the last table
    _set_properties(document, layout, info)
    document.save(str(target))


def _set_properties(document: Any, layout: Layout, info: DocumentInfo) -> None:
    """core.xml and app.xml from photoapp: none of the template's 2013 dates, its
    "Microsoft Macintosh Word" or its "Pages 1"."""
    properties = document.core_properties
    properties.title = info.title
    properties.author = info.author
    properties.last_modified_by = info.author
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    properties.language = "-".join(LANGUAGE_ASIAN)
    created = info.created.astimezone(UTC).replace(tzinfo=None)  # python-docx writes it as Z
    properties.created = created
    properties.modified = created
    part = _part(document, "/docProps/app.xml", with_element=False)
    found = counts(layout)
    values = {
        "Template": "",
        "TotalTime": "0",
        "Pages": str(found.pages),
        "Words": str(found.words),
        "Characters": str(found.characters),
        "CharactersWithSpaces": str(found.characters),
        "Paragraphs": str(found.paragraphs),
        "Lines": str(found.paragraphs),
        "Application": info.application,
        "AppVersion": "",
        "Company": "",
        "Manager": "",
    }
    app = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes">'
        + "".join(f"<{key}>{escape(value)}</{key}>" for key, value in values.items() if value)
        + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    )
    if part is not None:
        part._blob = app.encode("utf-8")


def _drop_template_thumbnail(document: Any) -> None:
    """python-docx's template carries a picture of its own blank page: not in our document."""
    rels = document.part.package.rels
    for key, rel in list(rels.items()):
        if rel.reltype == _THUMBNAIL:
            rels.pop(key)


def _set_compatibility(document: Any) -> None:
    """Word 2013+ layout (compatibility mode 15: a table's indent is measured to its edge, not
    to its first cell's text), Traditional Chinese as the theme's East Asian language, and no
    preview picture saved into the file."""
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    language = settings.find(qn("w:themeFontLang"))
    if language is not None:
        language.set(qn("w:eastAsia"), "-".join(LANGUAGE_ASIAN))
    preview = settings.find(qn("w:savePreviewPicture"))
    if preview is not None:
        settings.remove(preview)


def _set(element: Any, tag: str, **attributes: str) -> Any:
    """The child `tag` of `element` with `attributes` set (names without the w: prefix).

    A missing child is made and put where the schema wants it (before the first sibling that
    must follow it): Word refuses documents whose properties are out of order.
    """
    child = element.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        order = _ORDER.get(element.tag, ())
        later = order[order.index(tag) + 1 :] if tag in order else ()
        following = next(
            (found for name in later if (found := element.find(qn(name))) is not None), None
        )
        if following is not None:
            following.addprevious(child)
        else:
            element.append(child)
    for name, value in attributes.items():
        child.set(qn(f"w:{name}"), value)
    return child


def _schema(names: str) -> tuple[str, ...]:
    return tuple(f"w:{name}" for name in names.split())


# The order of children that WordprocessingML's schema requires, for the elements we touch.
_ORDER: dict[str, tuple[str, ...]] = {
    qn("w:pPr"): _schema(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
        "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
        "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
        "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    qn("w:rPr"): _schema(
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
        "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
        "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
        "specVanish oMath"
    ),
    qn("w:tblPr"): _schema(
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
        "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
        "tblDescription tblPrChange"
    ),
    qn("w:tcPr"): _schema(
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
        "tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
    ),
    qn("w:tblCellMar"): ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"),
}


def _run_fonts(rpr: Any, settings: ExportSettings, size_pt: float | None) -> None:
    fonts = settings.fonts
    rfonts = _set(rpr, "w:rFonts", ascii=fonts.latin, hAnsi=fonts.latin, cs=fonts.latin)
    rfonts.set(qn("w:eastAsia"), fonts.east_asian)
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{theme}"), None)
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        _set(rpr, "w:sz", val=half_points)
        _set(rpr, "w:szCs", val=half_points)
    _set(
        rpr,
        "w:lang",
        val="-".join(LANGUAGE_LATIN),
        eastAsia="-".join(LANGUAGE_ASIAN),
        bidi="-".join(LANGUAGE_LATIN),  # the template's ar-SA: no Arabic is written
    )


def _set_fonts(document: Any, settings: ExportSettings) -> None:
    """Name the fonts in the document defaults and the font table (with the fallback as
    Word's alternative name)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _run_fonts(rpr, settings, None)
    font_table = _part(document, "/word/fontTable.xml")
    if font_table is None:
        return
    fonts = settings.fonts
    root = font_table.element
    for name, alternative, charset in (
        (fonts.east_asian, next(iter(fonts.east_asian_fallbacks), ""), "88"),
        (fonts.latin, next(iter(fonts.latin_fallbacks), ""), "00"),
    ):
        for old in root.findall(qn("w:font")):
            if old.get(qn("w:name")) == name:
                root.remove(old)
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        if alternative:
            alt = OxmlElement("w:altName")
            alt.set(qn("w:val"), alternative)
            font.append(alt)
        for tag, value in (("w:charset", charset), ("w:family", "roman"), ("w:pitch", "variable")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            font.append(child)
        root.append(font)


def _part(document: Any, name: str, *, with_element: bool = True) -> Any:
    for part in document.part.package.iter_parts():
        if part.partname == name and (hasattr(part, "element") or not with_element):
            return part
    return None


def _set_styles(document: Any, settings: ExportSettings, layout_width: float) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    fonts = settings.fonts
    specs = (
        (TITLE_STYLE, fonts.heading_pt, TITLE_SPACE_AFTER, "center", 0, True, True),
        (DAY_STYLE, fonts.day_pt, DAY_SPACE_AFTER, "left", 1, True, True),
        (CAPTION_STYLE, fonts.caption_pt, 0.0, "center", None, False, True),
        (PHOTO_STYLE, SPACER_PT, 0.0, "center", None, True, False),
        (SPACER_STYLE, SPACER_PT, 0.0, "left", None, False, True),
        (FOOTER_STYLE, fonts.footer_pt, 0.0, "center", None, False, True),
        (LIST_STYLE, fonts.caption_pt, 0.0, "left", None, False, True),
    )
    existing = {style.name for style in document.styles}
    for name, size_pt, after, align, outline, keep_next, fixed in specs:
        if name in existing:
            style = document.styles[name]
        else:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Normal"]
        element = style.element
        ppr = element.get_or_add_pPr()
        rpr = element.get_or_add_rPr()
        for tag in ("w:b", "w:bCs", "w:i", "w:color"):
            old = rpr.find(qn(tag))
            if old is not None:
                rpr.remove(old)
        _run_fonts(rpr, settings, size_pt)
        if keep_next:
            _set(ppr, "w:keepNext")
        _set(ppr, "w:snapToGrid", val="0")
        line = (
            {"line": str(twips(line_mm(size_pt))), "lineRule": "exact"}
            if fixed
            else {"line": "240", "lineRule": "auto"}
        )
        before = twips(CAPTION_GAP) if name == CAPTION_STYLE else 0
        _set(ppr, "w:spacing", before=str(before), after=str(twips(after)), **line)
        _set(ppr, "w:ind", left="0", right="0", firstLine="0")
        _set(ppr, "w:jc", val=align)
        if outline is not None:
            _set(ppr, "w:outlineLvl", val=str(outline))
        if name == LIST_STYLE:  # the page number flush right
            tabs = _set(ppr, "w:tabs")
            tab = OxmlElement("w:tab")
            tab.set(qn("w:val"), "right")
            tab.set(qn("w:pos"), str(twips(layout_width)))
            tabs.append(tab)


def _set_section(document: Any, layout: Layout) -> None:
    settings = layout.settings
    margins = settings.margins
    section = document.sections[0]
    width, height = layout.page_size
    section.orientation = (
        WD_ORIENT.LANDSCAPE if settings.orientation.value == "landscape" else WD_ORIENT.PORTRAIT
    )
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(margins.top), Mm(margins.bottom)
    section.left_margin, section.right_margin = Mm(margins.left), Mm(margins.right)
    section.footer_distance = Mm(margins.footer)
    section.header_distance = Mm(min(margins.top, margins.footer))
    section.gutter = 0
    sect_pr = section._sectPr
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), str(settings.first_page_number))
    sect_pr.insert_element_before(
        numbering, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:docGrid"
    )
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is not None:
        sect_pr.remove(grid)  # no line grid: it would snap our fixed line heights
    if not settings.page_number_format:
        return
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles[FOOTER_STYLE]
    before, _, after = settings.page_number_format.partition("{page}")
    if before:
        paragraph.add_run(before)
    _field(paragraph, "PAGE", str(settings.first_page_number))
    if after:
        paragraph.add_run(after)


def _field_char(paragraph: Any, kind: str) -> None:
    run = paragraph.add_run()
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run._r.append(mark)


def _field_start(paragraph: Any, instruction: str) -> None:
    """Begin a complex field whose result follows (up to a later `_field_char(..., "end")`)."""
    _field_char(paragraph, "begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    _field_char(paragraph, "separate")


def _field(paragraph: Any, instruction: str, result: str) -> None:
    """A complex field: begin, instruction, separate, the cached result, end."""

    def char(kind: str) -> None:
        run = paragraph.add_run()
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        run._r.append(mark)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(result)
    char("end")


class _BodyWriter:
    """Appends each page's paragraphs and tables to the document body."""

    def __init__(self, document: Any, layout: Layout, images: Mapping[int, PreparedImage]) -> None:
        self.document = document
        self.layout = layout
        self.images = images
        self.last_number = 0
        self.list_total = self.list_left = sum(
            isinstance(block, ListLine) for page in layout.pages for block in page.blocks
        )
        # style ids looked up once: python-docx searches the styles on every assignment
        self.ids = {
            name: document.styles[name].style_id
            for name in (
                TITLE_STYLE,
                DAY_STYLE,
                CAPTION_STYLE,
                PHOTO_STYLE,
                SPACER_STYLE,
                LIST_STYLE,
            )
        }

    def styled(self, paragraph: Any, style: str) -> Any:
        """`paragraph` with the paragraph style named `style`."""
        paragraph._p.style = self.ids[style]
        return paragraph

    def paragraph(self, style: str, text: str = "", *, page_break: bool = False) -> Any:
        paragraph = self.styled(self.document.add_paragraph(text), style)
        if page_break:
            _set(paragraph._p.get_or_add_pPr(), "w:pageBreakBefore")
        return paragraph

    def page(self, page: Page) -> None:
        page_break = page.index > 0
        if page.spacer:
            self.paragraph(SPACER_STYLE, page_break=page_break)
            page_break = False
        rows: list[Row] = []
        for block in page.blocks:
            if isinstance(block, Row):
                rows.append(block)
                continue
            if rows:
                self.table(rows)
                rows = []
            if isinstance(block, ListLine):
                self.list_line(block, page_break)
            else:
                self.heading(block, page_break)
            page_break = False
        if rows:
            self.table(rows)

    def list_line(self, line: ListLine, page_break: bool) -> None:
        """A line of the figure list: the cached result of a TOC field over the 照片 SEQ
        captions (Word rebuilds it on F9), begun on the first line, ended on the last."""
        paragraph = self.paragraph(LIST_STYLE, page_break=page_break)
        if self.list_left == self.list_total:
            _field_start(paragraph, f'TOC \\h \\z \\c "{SEQUENCE_NAME}"')
        paragraph.add_run(line.text.text)
        paragraph.add_run().add_tab()
        paragraph.add_run(line.page.text)
        self.list_left -= 1
        if self.list_left == 0:
            _field_char(paragraph, "end")

    def heading(self, heading: Heading, page_break: bool) -> None:
        style = TITLE_STYLE if heading.text.role is TextRole.TITLE else DAY_STYLE
        self.paragraph(style, heading.text.text, page_break=page_break)

    def table(self, rows: list[Row]) -> None:
        grid = self.layout.grid
        table = self.document.add_table(rows=len(rows), cols=grid.columns)
        table.autofit = False
        properties = table._tbl.tblPr
        _set(properties, "w:tblW", w=str(twips(self.layout.body.width)), type="dxa")
        _set(properties, "w:tblInd", w="0", type="dxa")
        _set(properties, "w:tblLayout", type="fixed")
        margins = _set(properties, "w:tblCellMar")
        for side, size in (
            ("top", 0.0),
            ("left", CELL_PADDING_H),
            ("bottom", 0.0),
            ("right", CELL_PADDING_H),
        ):
            _set(margins, f"w:{side}", w=str(twips(size)), type="dxa")
        for column in table.columns:
            column.width = Mm(grid.cell_width)
        for row, table_row in zip(rows, table.rows, strict=True):
            row_properties = table_row._tr.get_or_add_trPr()
            _set(row_properties, "w:cantSplit")
            _set(row_properties, "w:trHeight", val=str(twips(grid.row_height)), hRule="exact")
            for index, cell in enumerate(table_row.cells):
                cell.width = Mm(grid.cell_width)
                _set(cell._tc.get_or_add_tcPr(), "w:vAlign", val="top")
                paragraph = cell.paragraphs[0]
                if index < len(row.slots):
                    self.cell(cell, paragraph, row.slots[index])
                else:
                    self.styled(paragraph, SPACER_STYLE)

    def picture(self, run: Any, slot: Slot) -> Any:
        """Add the slot's prepared JPEG as an inline picture of its layout size.

        Run.add_picture would parse each image and compare its SHA-1 with every image
        already added (quadratic: a second for 300 photos); ours are distinct by construction,
        so each becomes its own part, named after its place in the appendix.
        """
        part = self.document.part
        position = slot.entry.position + 1
        image = ImagePart(
            PackURI(f"/word/media/photo-{position:04d}.jpg"),
            "image/jpeg",
            self.images[slot.entry.photo.id].data,
        )
        relationship = part.relate_to(image, RT.IMAGE)
        inline = CT_Inline.new_pic_inline(
            position,
            relationship,
            f"photo-{position:04d}.jpg",
            Mm(slot.photo.width),
            Mm(slot.photo.height),
        )
        run._r.add_drawing(inline)
        return inline

    def cell(self, cell: Any, paragraph: Any, slot: Slot) -> None:
        entry = slot.entry
        self.styled(paragraph, PHOTO_STYLE)
        paragraph.paragraph_format.keep_with_next = True
        # the photo sits where the layout put it, whatever lines the caption below it takes
        _set(
            paragraph._p.get_or_add_pPr(),
            "w:spacing",
            before=str(twips(slot.photo.y - slot.cell.y)),
        )
        inline = self.picture(paragraph.add_run(), slot)
        inline.docPr.set("descr", entry.caption)
        for side in ("distT", "distB", "distL", "distR"):  # absent, LibreOffice adds 3 mm
            inline.set(side, "0")
        caption = self.styled(cell.add_paragraph(), CAPTION_STYLE)
        for part in slot.parts:
            if part.kind is PartKind.TEXT:
                caption.add_run(part.text)
                continue
            follows = entry.number == self.last_number + 1
            restart = "" if follows else f" \\r {entry.number}"
            self.last_number = entry.number
            _field(caption, f"SEQ {SEQUENCE_NAME}{restart} \\* ARABIC", part.text)
        size = slot.caption.font_pt
        if size != self.layout.settings.fonts.caption_pt:  # set smaller to fit its box
            _set(
                caption._p.get_or_add_pPr(),
                "w:spacing",
                line=str(twips(line_mm(size))),
                lineRule="exact",
            )
            half_points = str(round(size * 2))
            for run in caption._p.iter(qn("w:r")):
                rpr = run.get_or_add_rPr()
                _set(rpr, "w:sz", val=half_points)
                _set(rpr, "w:szCs", val=half_points)
