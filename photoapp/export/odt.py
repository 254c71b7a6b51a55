"""The appendix as an ODF text document (.odt), the editable format of Taiwan's ODF policy.

Built with odfdo from the layout: each run of grid rows is a borderless table whose rows have
exactly the layout's height, each cell holds the photo as an inline (as-char) frame and the
caption below it, and a page break goes wherever the layout starts a page. Caption numbers are
a real `text:sequence` named 照片 with its `text:sequence-decl`, so LibreOffice can build an
index of figures; the footer shows a page-number field starting at the settings' number.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from odfdo import Document, Element
from odfdo.xmlpart import XmlPart

from photoapp.export.fonts import LANGUAGE_ASIAN, LANGUAGE_LATIN, family_list
from photoapp.export.geometry import line_mm
from photoapp.export.images import PreparedImage
from photoapp.export.layout import (
    CAPTION_GAP,
    CELL_PADDING_H,
    DAY_SPACE_AFTER,
    FIGURE_LIST_HEADING,
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

MASTER_PAGE = "Appendix"
THUMBNAIL = "Thumbnails/thumbnail.png"
# Line breaking and spacing as the page layout does it: no space added between Chinese and
# Latin text, Chinese line-break rules (no closing mark starts a line), nothing hung.
PARAGRAPH_RULES = {
    "style:text-autospace": "none",
    "style:line-break": "strict",
    "style:punctuation-wrap": "simple",
}
PAGE_LAYOUT = "AppendixPageLayout"
STYLE = {  # role → paragraph style name (ODF encodes spaces in names as _20_)
    "title": "Appendix_20_Title",
    "day": "Appendix_20_Day",
    "caption": "Appendix_20_Caption",
    "photo": "Appendix_20_Photo",
    "spacer": "Appendix_20_Spacer",
    "footer": "Appendix_20_Footer",
    "list": "Appendix_20_Figure_20_List",
}
INDEX_MARK = "<!--figure list-->"


def _child(part: XmlPart | Element, path: str) -> Element:
    """The element at `path`, which the odfdo template always has."""
    found = part.get_element(path)
    if found is None:
        raise RuntimeError(f"odfdo template without {path}")
    return found


def _mm(value: float) -> str:
    return f"{value:.3f}mm"


def _pt(value: float) -> str:
    return f"{value:g}pt"


def write_odt(
    layout: Layout,
    images: Mapping[int, PreparedImage],
    target: Path,
    info: DocumentInfo,
    thumbnail: bytes | None = None,
) -> None:
    """Write the laid-out appendix to `target` (an .odt file, written in place), with `info`
    as its properties and `thumbnail` (a PNG of the first page) as its preview picture."""
    document = Document("text")
    settings = layout.settings
    _set_default_styles(document, settings)
    _declare_fonts(document, settings)
    _add_common_styles(document, layout)
    _add_page_style(document, layout)
    names = _add_pictures(document, layout, images)
    writer = _BodyWriter(layout, names)
    elements = [element for page in layout.pages for element in writer.page(page)]
    elements = [writer.index() if element == INDEX_MARK else element for element in elements]
    content_styles = _child(document.content, "office:automatic-styles")
    for style in _automatic_styles(layout) + writer.photo_styles() + writer.caption_styles():
        content_styles.append(Element.from_tag(style))
    body = document.body
    for child in list(body.children):
        if child.tag != "text:sequence-decls":
            body.delete(child)
    declarations = body.get_element("text:sequence-decls")
    if declarations is None:
        declarations = Element.from_tag("<text:sequence-decls/>")
        body.insert(declarations, position=0)
    declarations.append(
        Element.from_tag(
            f'<text:sequence-decl text:display-outline-level="0" '
            f"text:name={quoteattr(SEQUENCE_NAME)}/>"
        )
    )
    for element in elements:
        body.append(Element.from_tag(element))
    body.append(Element.from_tag(f'<text:p text:style-name="{STYLE["spacer"]}"/>'))
    _set_meta(document, layout, info)
    _set_thumbnail(document, thumbnail)
    document.save(target)


def _set_meta(document: Document, layout: Layout, info: DocumentInfo) -> None:
    """meta.xml from photoapp: none of the template's date, generator or statistics."""
    meta = document.meta
    meta.set_title(info.title)
    meta.set_initial_creator(info.author)
    meta.set_creator(info.author)
    created = info.created.astimezone(UTC).replace(tzinfo=None)  # ODF dates are plain
    meta.set_creation_date(created)
    meta.set_modification_date(created)
    meta.set_generator(info.application)
    meta.set_language("-".join(LANGUAGE_ASIAN))
    meta.set_editing_cycles(1)
    found = counts(layout)
    meta.set_statistic(
        {
            "meta:table-count": found.tables,
            "meta:image-count": found.images,
            "meta:object-count": 0,
            "meta:page-count": found.pages,
            "meta:paragraph-count": found.paragraphs,
            "meta:word-count": found.words,
            "meta:character-count": found.characters,
        }
    )


def _set_thumbnail(document: Document, thumbnail: bytes | None) -> None:
    """Our first page as Thumbnails/thumbnail.png, or no thumbnail (never the template's
    blank page)."""
    container = document.container
    if container is None:
        raise RuntimeError("odfdo document without a container")
    if thumbnail is None:
        container.del_part(THUMBNAIL)
        document.manifest.del_full_path(THUMBNAIL)
        return
    container.set_part(THUMBNAIL, thumbnail)


def _set_default_styles(document: Document, settings: ExportSettings) -> None:
    """The default styles in the document's languages (the template's graphic style is in
    fr-FR) and without LibreOffice's automatic space between Chinese and Latin text, which
    the page layout and the PDF do not add; punctuation is not hung into the margin."""
    fonts = settings.fonts
    for default in document.styles.get_elements("office:styles/style:default-style"):
        paragraph = default.get_element("style:paragraph-properties")
        if paragraph is not None:
            for key, value in PARAGRAPH_RULES.items():
                paragraph.set_attribute(key, value)
        text = default.get_element("style:text-properties")
        if text is None:
            continue
        for key, value in _language_attributes().items():
            text.set_attribute(key, value)
        if default.get_attribute("style:family") == "paragraph":
            text.set_attribute("style:font-name", fonts.latin)
            text.set_attribute("style:font-name-asian", fonts.east_asian)
            text.set_attribute("style:font-name-complex", fonts.latin)


def _language_attributes() -> dict[str, str]:
    return {
        "fo:language": LANGUAGE_LATIN[0],
        "fo:country": LANGUAGE_LATIN[1],
        "style:language-asian": LANGUAGE_ASIAN[0],
        "style:country-asian": LANGUAGE_ASIAN[1],
        "style:language-complex": LANGUAGE_LATIN[0],
        "style:country-complex": LANGUAGE_LATIN[1],
    }


def _declare_fonts(document: Document, settings: ExportSettings) -> None:
    fonts = settings.fonts
    faces = (
        (fonts.east_asian, family_list(fonts.east_asian, fonts.east_asian_fallbacks), "roman"),
        (fonts.latin, family_list(fonts.latin, fonts.latin_fallbacks), "roman"),
    )
    for part in (document.content, document.styles):
        declarations = _child(part, "office:font-face-decls")
        for name, families, generic in faces:
            declarations.append(
                Element.from_tag(
                    f"<style:font-face style:name={quoteattr(name)} "
                    f"svg:font-family={quoteattr(families)} "
                    f'style:font-family-generic="{generic}" style:font-pitch="variable"/>'
                )
            )


def _text_properties(settings: ExportSettings, size_pt: float) -> str:
    fonts = settings.fonts
    size = _pt(size_pt)
    return (
        f"<style:text-properties style:font-name={quoteattr(fonts.latin)} "
        f"style:font-name-asian={quoteattr(fonts.east_asian)} "
        f"style:font-name-complex={quoteattr(fonts.latin)} "
        f'fo:font-size="{size}" style:font-size-asian="{size}" style:font-size-complex="{size}" '
        f'fo:language="{LANGUAGE_LATIN[0]}" fo:country="{LANGUAGE_LATIN[1]}" '
        f'style:language-asian="{LANGUAGE_ASIAN[0]}" style:country-asian="{LANGUAGE_ASIAN[1]}"/>'
    )


def _paragraph_style(
    settings: ExportSettings,
    name: str,
    display: str,
    size_pt: float,
    paragraph: str,
    *,
    outline: int | None = None,
    tabs: str = "",
) -> str:
    level = f' style:default-outline-level="{outline}"' if outline else ""
    return (
        f'<style:style style:name="{name}" style:display-name="{display}" '
        f'style:family="paragraph" style:parent-style-name="Standard"{level}>'
        f"<style:paragraph-properties {paragraph} {_rules()}>{tabs}</style:paragraph-properties>"
        f"{_text_properties(settings, size_pt)}</style:style>"
    )


def _caption_variant(size_pt: float) -> str:
    return f"CaptionAt{round(size_pt * 10)}"


def _rules() -> str:
    return " ".join(f'{key}="{value}"' for key, value in PARAGRAPH_RULES.items())


def _fixed(size_pt: float) -> str:
    return f'fo:line-height="{_mm(line_mm(size_pt))}"'


def _add_common_styles(document: Document, layout: Layout) -> None:
    settings = layout.settings
    fonts = settings.fonts
    list_tab = (
        f'<style:tab-stops><style:tab-stop style:position="{_mm(layout.body.width)}" '
        'style:type="right"/></style:tab-stops>'
    )
    zero = 'fo:margin-top="0mm" fo:margin-left="0mm" fo:margin-right="0mm"'
    styles = [
        _paragraph_style(
            settings,
            STYLE["title"],
            "Appendix Title",
            fonts.heading_pt,
            f'{zero} fo:margin-bottom="{_mm(TITLE_SPACE_AFTER)}" {_fixed(fonts.heading_pt)} '
            'fo:text-align="center" fo:keep-with-next="always"',
            outline=1,
        ),
        _paragraph_style(
            settings,
            STYLE["day"],
            "Appendix Day",
            fonts.day_pt,
            f'{zero} fo:margin-bottom="{_mm(DAY_SPACE_AFTER)}" {_fixed(fonts.day_pt)} '
            'fo:text-align="start" fo:keep-with-next="always"',
            outline=2,
        ),
        _paragraph_style(
            settings,
            STYLE["caption"],
            "Appendix Caption",
            fonts.caption_pt,
            f'fo:margin-left="0mm" fo:margin-right="0mm" fo:margin-top="{_mm(CAPTION_GAP)}" '
            f'fo:margin-bottom="0mm" {_fixed(fonts.caption_pt)} fo:text-align="center"',
        ),
        _paragraph_style(
            settings,
            STYLE["photo"],
            "Appendix Photo",
            SPACER_PT,
            f'{zero} fo:margin-bottom="0mm" fo:line-height="100%" fo:text-align="center" '
            'fo:keep-with-next="always"',
        ),
        _paragraph_style(
            settings,
            STYLE["spacer"],
            "Appendix Spacer",
            SPACER_PT,
            f'{zero} fo:margin-bottom="0mm" {_fixed(SPACER_PT)}',
        ),
        _paragraph_style(
            settings,
            STYLE["list"],
            "Appendix Figure List",
            fonts.caption_pt,
            f'{zero} fo:margin-bottom="0mm" {_fixed(fonts.caption_pt)} fo:text-align="start"',
            tabs=list_tab,
        ),
        _paragraph_style(
            settings,
            STYLE["footer"],
            "Appendix Footer",
            fonts.footer_pt,
            f'{zero} fo:margin-bottom="0mm" {_fixed(fonts.footer_pt)} fo:text-align="center"',
        ),
    ]
    container = _child(document.styles, "office:styles")
    for style in styles:
        container.append(Element.from_tag(style))


def _add_page_style(document: Document, layout: Layout) -> None:
    settings = layout.settings
    margins = settings.margins
    width, height = layout.page_size
    has_footer = bool(settings.page_number_format)
    bottom = margins.footer if has_footer else margins.bottom
    footer_line = line_mm(settings.fonts.footer_pt)
    footer_style = "<style:footer-style/>"
    if has_footer:
        spacing = max(0.0, margins.bottom - margins.footer - footer_line)
        footer_style = (
            "<style:footer-style><style:header-footer-properties "
            f'fo:min-height="{_mm(footer_line)}" fo:margin-top="{_mm(spacing)}" '
            'fo:margin-left="0mm" fo:margin-right="0mm" style:dynamic-spacing="false"/>'
            "</style:footer-style>"
        )
    page_layout = (
        f'<style:page-layout style:name="{PAGE_LAYOUT}"><style:page-layout-properties '
        f'fo:page-width="{_mm(width)}" fo:page-height="{_mm(height)}" '
        f'style:print-orientation="{settings.orientation.value}" style:num-format="1" '
        f'fo:margin-top="{_mm(margins.top)}" fo:margin-bottom="{_mm(bottom)}" '
        f'fo:margin-left="{_mm(margins.left)}" fo:margin-right="{_mm(margins.right)}" '
        f'style:writing-mode="lr-tb"/><style:header-style/>{footer_style}</style:page-layout>'
    )
    _child(document.styles, "office:automatic-styles").append(Element.from_tag(page_layout))
    footer = ""
    if has_footer:
        before, _, after = settings.page_number_format.partition("{page}")
        footer = (
            f'<style:footer><text:p text:style-name="{STYLE["footer"]}">{escape(before)}'
            f'<text:page-number text:select-page="current">{settings.first_page_number}'
            f"</text:page-number>{escape(after)}</text:p></style:footer>"
        )
    master = (
        f'<style:master-page style:name="{MASTER_PAGE}" '
        f'style:page-layout-name="{PAGE_LAYOUT}">{footer}</style:master-page>'
    )
    _child(document.styles, "office:master-styles").append(Element.from_tag(master))


def _automatic_styles(layout: Layout) -> list[str]:
    """Styles of this document's tables and frames, and the page-starting paragraph variants."""
    grid = layout.grid
    first = layout.settings.first_page_number
    styles = [
        f'<style:style style:name="Grid" style:family="table"><style:table-properties '
        f'style:width="{_mm(layout.body.width)}" table:align="left" fo:margin-left="0mm" '
        'fo:margin-top="0mm" fo:margin-bottom="0mm"/></style:style>',
        f'<style:style style:name="GridColumn" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{_mm(grid.cell_width)}"/>'
        "</style:style>",
        f'<style:style style:name="GridRow" style:family="table-row">'
        f'<style:table-row-properties style:row-height="{_mm(grid.row_height)}" '
        'fo:keep-together="always"/></style:style>',
        f'<style:style style:name="GridCell" style:family="table-cell">'
        f'<style:table-cell-properties style:vertical-align="top" fo:border="none" '
        f'fo:padding-top="0mm" fo:padding-bottom="0mm" fo:padding-left="{_mm(CELL_PADDING_H)}" '
        f'fo:padding-right="{_mm(CELL_PADDING_H)}"/></style:style>',
        '<style:style style:name="PhotoFrame" style:family="graphic">'
        '<style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" '
        'fo:margin-left="0mm" fo:margin-right="0mm" fo:margin-top="0mm" fo:margin-bottom="0mm" '
        'fo:padding="0mm" fo:border="none" style:mirror="none"/></style:style>',
    ]
    for role in ("title", "day", "spacer", "list"):
        styles.append(
            f'<style:style style:name="First_{role}" style:family="paragraph" '
            f'style:parent-style-name="{STYLE[role]}" style:master-page-name="{MASTER_PAGE}">'
            f'<style:paragraph-properties style:page-number="{first}"/></style:style>'
        )
        styles.append(
            f'<style:style style:name="Break_{role}" style:family="paragraph" '
            f'style:parent-style-name="{STYLE[role]}">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>'
        )
    return styles


def _add_pictures(
    document: Document, layout: Layout, images: Mapping[int, PreparedImage]
) -> dict[int, str]:
    """Store each prepared JPEG in the package; their paths by photo id."""
    names: dict[int, str] = {}
    manifest = document.manifest
    container = document.container
    if container is None:
        raise RuntimeError("odfdo document without a container")
    if manifest.get_media_type("Pictures/") is None:
        manifest.add_full_path("Pictures/")
    for slot in layout.slots():
        photo_id = slot.entry.photo.id
        path = f"Pictures/photo-{slot.entry.position + 1:04d}.jpg"
        container.set_part(path, images[photo_id].data)
        manifest.add_full_path(path, "image/jpeg")
        names[photo_id] = path
    return names


class _BodyWriter:
    """Turns pages into body XML, one string per top-level element."""

    def __init__(self, layout: Layout, pictures: Mapping[int, str]) -> None:
        self.layout = layout
        self.pictures = pictures
        self.last_number = 0
        self.offsets: set[int] = set()  # photo paragraphs' distances from their cell's top
        self.sizes: set[float] = set()  # sizes of captions set smaller to fit their box
        self.list_lines: list[tuple[ListLine, bool]] = []  # the figure list, page breaks
        self.tables = 0

    def page(self, page: Page) -> list[str]:
        elements: list[str] = []
        variant = "First" if page.index == 0 else "Break"
        if page.spacer:
            elements.append(f'<text:p text:style-name="{variant}_spacer"/>')
            variant = ""
        rows: list[Row] = []
        for block in page.blocks:
            if isinstance(block, Row):
                rows.append(block)
                continue
            if rows:
                elements.append(self.table(rows))
                rows = []
            if isinstance(block, ListLine):
                if not self.list_lines:
                    elements.append(INDEX_MARK)  # the whole list goes here, see `index`
                self.list_lines.append((block, variant == "Break"))
            else:
                elements.append(self.heading(block, variant))
            variant = ""
        if rows:
            elements.append(self.table(rows))
        return elements

    def index(self) -> str:
        """The figure list as an ODF illustration index over the 照片 sequence, its body
        filled with the layout's lines (LibreOffice keeps it until the user updates it)."""
        style = STYLE["list"]
        lines = []
        for line, page_break in self.list_lines:
            name = "Break_list" if page_break else style
            lines.append(
                f'<text:p text:style-name="{name}">{escape(line.text.text)}<text:tab/>'
                f"{escape(line.page.text)}</text:p>"
            )
        return (
            f"<text:illustration-index text:name={quoteattr(FIGURE_LIST_HEADING)}>"
            f"<text:illustration-index-source text:caption-sequence-name="
            f'{quoteattr(SEQUENCE_NAME)} text:caption-sequence-format="text">'
            "<text:index-title-template/>"
            f'<text:illustration-index-entry-template text:style-name="{style}">'
            "<text:index-entry-text/>"
            '<text:index-entry-tab-stop style:type="right" style:leader-char=" "/>'
            "<text:index-entry-page-number/></text:illustration-index-entry-template>"
            "</text:illustration-index-source>"
            f"<text:index-body>{''.join(lines)}</text:index-body></text:illustration-index>"
        )

    def heading(self, heading: Heading, variant: str) -> str:
        role = "title" if heading.text.role is TextRole.TITLE else "day"
        style = f"{variant}_{role}" if variant else STYLE[role]
        level = 1 if role == "title" else 2
        return (
            f'<text:h text:style-name="{style}" text:outline-level="{level}" '
            'text:is-list-header="true">'
            f"{escape(heading.text.text)}</text:h>"
        )

    def table(self, rows: list[Row]) -> str:
        self.tables += 1
        columns = self.layout.grid.columns
        cells = []
        for row in rows:
            parts = [self.cell(slot) for slot in row.slots]
            parts += ["<table:table-cell/>"] * (columns - len(row.slots))
            cells.append(
                f'<table:table-row table:style-name="GridRow">{"".join(parts)}</table:table-row>'
            )
        return (
            f'<table:table table:name="Photos{self.tables}" table:style-name="Grid">'
            f'<table:table-column table:style-name="GridColumn" '
            f'table:number-columns-repeated="{columns}"/>{"".join(cells)}</table:table>'
        )

    def cell(self, slot: Slot) -> str:
        entry = slot.entry
        frame = (
            f'<draw:frame draw:style-name="PhotoFrame" draw:name="Photo{entry.position + 1}" '
            f'text:anchor-type="as-char" svg:width="{_mm(slot.photo.width)}" '
            f'svg:height="{_mm(slot.photo.height)}" draw:z-index="0">'
            f'<draw:image xlink:href="{self.pictures[entry.photo.id]}" xlink:type="simple" '
            'xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="image/jpeg"/>'
            f"<svg:desc>{escape(entry.caption)}</svg:desc></draw:frame>"
        )
        # the photo sits where the layout put it, whatever lines the caption below it takes
        offset = round((slot.photo.y - slot.cell.y) * 100)  # hundredths of a millimetre
        self.offsets.add(offset)
        return (
            '<table:table-cell table:style-name="GridCell" office:value-type="string">'
            f'<text:p text:style-name="PhotoAt{offset}">{frame}</text:p>'
            f'<text:p text:style-name="{self.caption_style(slot)}">{self.caption(slot)}</text:p>'
            "</table:table-cell>"
        )

    def photo_styles(self) -> list[str]:
        """A photo paragraph style for each distance from the top of a cell."""
        return [
            f'<style:style style:name="PhotoAt{offset}" style:family="paragraph" '
            f'style:parent-style-name="{STYLE["photo"]}"><style:paragraph-properties '
            f'fo:margin-top="{_mm(offset / 100)}"/></style:style>'
            for offset in sorted(self.offsets)
        ]

    def caption_style(self, slot: Slot) -> str:
        """The caption style, or its variant at the smaller size the layout set it at."""
        size = slot.caption.font_pt
        if size == self.layout.settings.fonts.caption_pt:
            return STYLE["caption"]
        self.sizes.add(size)
        return _caption_variant(size)

    def caption_styles(self) -> list[str]:
        """A caption paragraph style for each smaller size a caption is set at."""
        out = []
        for size in sorted(self.sizes):
            text = _pt(size)
            out.append(
                f'<style:style style:name="{_caption_variant(size)}" style:family="paragraph" '
                f'style:parent-style-name="{STYLE["caption"]}">'
                f"<style:paragraph-properties {_fixed(size)}/>"
                f'<style:text-properties fo:font-size="{text}" style:font-size-asian="{text}" '
                f'style:font-size-complex="{text}"/></style:style>'
            )
        return out

    def caption(self, slot: Slot) -> str:
        entry = slot.entry
        out: list[str] = []
        for part in slot.parts:
            if part.kind is PartKind.TEXT:
                out.append(escape(part.text))
                continue
            # count on from the previous caption, or set the value where numbering restarts
            follows = entry.number == self.last_number + 1
            formula = f"ooow:{SEQUENCE_NAME}+1" if follows else f"ooow:{entry.number}"
            self.last_number = entry.number
            out.append(
                f'<text:sequence text:ref-name="ref{SEQUENCE_NAME}{entry.position + 1}" '
                f'text:name="{SEQUENCE_NAME}" text:formula="{formula}" style:num-format="1">'
                f"{part.text}</text:sequence>"
            )
        return "".join(out)
