"""The appendix put into the user's own ODF report (.odt), keeping everything else.

As for Word (`into_docx`): the ODT writer builds the appendix as a document of its own, and its
body is grafted in. Its automatic styles come over renamed (pa…, no clash with the report's);
its paragraphs take the report's Caption and heading styles where the report has them, through
automatic styles that set the spacing the layout counts on; its pictures become parts of the
report and its caption numbers stay `text:sequence` fields (declared in the report). The
report's heading stays; what it owns after it is replaced. A landscape appendix in a portrait
report gets a master page of its own: the report's, turned, with the same footer, the page
numbers continuing; the report's own master page comes back after it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lxml import etree
from odfdo import Document

from photoapp.domain.photo_refs import Edit, spread
from photoapp.domain.report_outline import AppendixSpan, Block
from photoapp.export.geometry import MM_PER_PT, line_mm
from photoapp.export.layout import CAPTION_GAP, DAY_SPACE_AFTER, TITLE_SPACE_AFTER
from photoapp.export.odt import STYLE
from photoapp.export.report_fit import ReportPage, ReportStyles
from photoapp.export.settings import ExportSettings, Margins

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
PREFIX = "pa"  # the appendix's automatic styles, pictures and master page, by name
LANDSCAPE_MASTER = "Photoapp_20_Landscape"
# body children that are declarations, not blocks of text
_NOT_BLOCKS = {
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "dde-connection-decls",
    "tracked-changes",
    "forms",
    "soft-page-break",
    "alphabetical-index-auto-mark-file",
}
_LENGTH = re.compile(r"^\s*(-?[0-9.]+)\s*(mm|cm|in|pt|pc|px)?\s*$")
_UNITS = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": MM_PER_PT, "pc": 12 * MM_PER_PT, "px": 0.2646}


def q(name: str) -> str:
    """`prefix:local` as lxml's {namespace}local."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def length_mm(value: str | None, default: float = 0.0) -> float:
    """An ODF length ("2cm", "20mm", "1in", "12pt") in millimetres."""
    match = _LENGTH.match(value or "")
    if not match:
        return default
    return float(match.group(1)) * _UNITS[match.group(2) or "mm"]


def _root(part: Any) -> Any:
    return part.root._xml_element  # odfdo keeps the lxml tree it saves


class OdtReport:
    """An .odt report opened for putting the appendix in (the file itself is only read)."""

    def __init__(self, path: Path) -> None:
        self.document = Document(str(path))
        self.content = _root(self.document.content)
        self.styles_root = _root(self.document.styles)
        self.text = self.content.find(f"{q('office:body')}/{q('office:text')}")
        if self.text is None:
            raise ValueError("not a text document")
        self.elements = self._blocks()

    def _blocks(self) -> list[Any]:
        return [
            child
            for child in self.text
            if isinstance(child.tag, str) and etree.QName(child).localname not in _NOT_BLOCKS
        ]

    # reading ------------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        return [self._block(element) for element in self.elements]

    def _block(self, element: Any) -> Block:
        if element.tag not in (q("text:h"), q("text:p")):
            return Block("")
        text = "".join(_visible_text(element))
        if element.tag == q("text:h"):
            level = element.get(q("text:outline-level")) or "1"
            return Block(text, int(level) if level.isdecimal() else 1)
        return Block(text)

    def _style(self, name: str | None, family: str = "paragraph") -> Any:
        """The style named `name`: automatic (content) first, then the common styles."""
        if not name:
            return None
        for root, container in (
            (self.content, "office:automatic-styles"),
            (self.styles_root, "office:styles"),
            (self.styles_root, "office:automatic-styles"),
        ):
            holder = root.find(q(container))
            if holder is None:
                continue
            for style in holder.iterchildren(q("style:style")):
                if style.get(q("style:name")) == name and style.get(q("style:family")) == family:
                    return style
        return None

    def _master_at(self, index: int) -> Any:
        """The master page in force at block `index`: the last one a paragraph style before
        it (or it) names, else the document's first."""
        masters = self.styles_root.find(q("office:master-styles"))
        chosen = None
        for element in self.elements[: max(index, 0) + 1]:
            style = self._style(element.get(q("text:style-name")))
            if element.tag == q("table:table"):
                style = self._style(element.get(q("table:style-name")), "table")
            name = style.get(q("style:master-page-name")) if style is not None else None
            if name:
                chosen = name
        if masters is None:
            return None
        for master in masters.iterchildren(q("style:master-page")):
            if chosen is None or master.get(q("style:name")) == chosen:
                return master
        return next(masters.iterchildren(q("style:master-page")), None)

    def _page_layout(self, master: Any) -> Any:
        if master is None:
            return None
        name = master.get(q("style:page-layout-name"))
        holder = self.styles_root.find(q("office:automatic-styles"))
        for layout in holder.iterchildren(q("style:page-layout")) if holder is not None else ():
            if layout.get(q("style:name")) == name:
                return layout
        return None

    def page(self, index: int) -> ReportPage:
        master = self._master_at(index)
        layout = self._page_layout(master)
        props = layout.find(q("style:page-layout-properties")) if layout is not None else None

        def get(name: str, default: float) -> float:
            return length_mm(props.get(q(name)), default) if props is not None else default

        top, bottom = get("fo:margin-top", 20.0), get("fo:margin-bottom", 20.0)
        for kind in ("header", "footer"):
            area = master.find(q(f"style:{kind}")) if master is not None else None
            style = layout.find(q(f"style:{kind}-style")) if layout is not None else None
            hf = style.find(q("style:header-footer-properties")) if style is not None else None
            if area is None or hf is None:
                continue
            extra = length_mm(hf.get(q("fo:min-height"))) + length_mm(
                hf.get(q("fo:margin-top" if kind == "footer" else "fo:margin-bottom"))
            )
            if kind == "footer":
                bottom += extra
            else:
                top += extra
        return ReportPage(
            get("fo:page-width", 210.0),
            get("fo:page-height", 297.0),
            Margins(
                top=top,
                bottom=bottom,
                left=get("fo:margin-left", 20.0),
                right=get("fo:margin-right", 20.0),
                footer=get("fo:margin-bottom", 10.0),
            ),
        )

    def _named(self, kind: str, level: int | None = None) -> Any:
        """The report's common paragraph style for `kind` ("caption", or "heading" at
        `level`) by its internal or display name."""
        wanted = ("Caption",) if kind == "caption" else (f"Heading_20_{level}", f"Heading {level}")
        holder = self.styles_root.find(q("office:styles"))
        for style in holder.iterchildren(q("style:style")) if holder is not None else ():
            names = (style.get(q("style:name")), style.get(q("style:display-name")))
            if style.get(q("style:family")) == "paragraph" and any(n in wanted for n in names):
                return style
        return None

    def _size_pt(self, style: Any) -> float | None:
        factor = 1.0
        seen: set[str] = set()
        while style is not None:
            props = style.find(q("style:text-properties"))
            for attribute in ("style:font-size-asian", "fo:font-size"):
                value = props.get(q(attribute)) if props is not None else None
                if value and value.endswith("%"):
                    factor *= float(value[:-1]) / 100
                    break
                if value:
                    return length_mm(value) / MM_PER_PT * factor
            name = style.get(q("style:name")) or ""
            parent = style.get(q("style:parent-style-name"))
            if not parent or name in seen:
                break
            seen.add(name)
            style = self._style(parent)
        default = self.styles_root.find(
            f"{q('office:styles')}/{q('style:default-style')}[@{q('style:family')}='paragraph']"
        )
        props = default.find(q("style:text-properties")) if default is not None else None
        if props is not None:
            value = props.get(q("style:font-size-asian")) or props.get(q("fo:font-size"))
            if value and not value.endswith("%"):
                return length_mm(value) / MM_PER_PT * factor
        return None

    def _spacing_mm(self, element: Any) -> float:
        style = self._style(element.get(q("text:style-name")))
        seen: set[str] = set()
        while style is not None:
            props = style.find(q("style:paragraph-properties"))
            if props is not None and (
                props.get(q("fo:margin-top")) or props.get(q("fo:margin-bottom"))
            ):
                return length_mm(props.get(q("fo:margin-top"))) + length_mm(
                    props.get(q("fo:margin-bottom"))
                )
            name = style.get(q("style:name")) or ""
            if name in seen:
                break
            seen.add(name)
            style = self._style(style.get(q("style:parent-style-name")))
        return 0.0

    def report_styles(self, span: AppendixSpan | None, level: int | None) -> ReportStyles:
        heading = self.elements[span.heading] if span and span.heading >= 0 else None
        heading_pt = self._size_pt(self._named("heading", level or 1))
        extra = 0.0
        if heading is not None:
            heading_pt = self._size_pt(self._style(heading.get(q("text:style-name")))) or heading_pt
            extra = self._spacing_mm(heading)
        day = self._named("heading", level + 1) if level else None
        caption = self._named("caption")
        return ReportStyles(
            heading_pt=heading_pt,
            heading_extra_mm=extra,
            day_pt=self._size_pt(day) if day is not None else None,
            caption_pt=self._size_pt(caption) if caption is not None else None,
        )

    # writing ------------------------------------------------------------------------------

    def insert(
        self,
        appendix: Path,
        span: AppendixSpan | None,
        settings: ExportSettings,
        heading_text: str,
    ) -> None:
        del heading_text  # the appendix document's own title carries it
        source = Document(str(appendix))
        source_content = _root(source.content)
        source_styles = _root(source.styles)
        keeps = span is not None and span.heading >= 0
        level = (span.level if span is not None and keeps else None) or 1
        self._copy_fonts(source_content, source_styles)
        renamed = self._copy_styles(source_content, source_styles, settings, level, keeps)
        body = source_content.find(f"{q('office:body')}/{q('office:text')}")
        incoming = [
            copy.deepcopy(child)
            for child in body
            if isinstance(child.tag, str) and etree.QName(child).localname not in _NOT_BLOCKS
        ]
        if keeps and incoming and incoming[0].tag == q("text:h"):
            incoming.pop(0)  # the report's heading stays in its place
        self._adopt_pictures(source, incoming)
        for element in incoming:
            for node in element.iter():
                for attribute in (
                    "text:style-name",
                    "table:style-name",
                    "draw:style-name",
                ):
                    name = node.get(q(attribute))
                    if name in renamed:
                        node.set(q(attribute), renamed[name])
                if node.tag == q("text:h") and node is element:
                    outline = node.get(q("text:outline-level"))
                    node.set(q("text:outline-level"), str(level if outline == "1" else level + 1))
        self._declare_sequence(source_content)
        if span is None:
            anchor = end = len(self.elements)
        elif span.heading < 0:
            anchor = end = span.end
        else:
            anchor, end = span.heading + 1, span.end
        first = self.elements[span.heading] if keeps and span else incoming[0]
        master = self._master_at(span.heading if keeps and span else anchor - 1)
        following = self.elements[end] if end < len(self.elements) else None
        last_block = self.elements[-1] if self.elements else None
        removed = {
            image.get(q("xlink:href"))
            for element in self.elements[anchor:end]
            for image in element.iter(q("draw:image"))
        }
        for element in self.elements[anchor:end]:
            self.text.remove(element)
        for element in incoming:
            if following is not None:
                following.addprevious(element)
            elif last_block is not None and last_block.getparent() is self.text:
                last_block.addnext(element)
                last_block = element
            else:
                self.text.append(element)
        self.elements = self._blocks()
        self._page_breaks(first, following, master, settings, keeps)
        self._drop_unused_pictures(removed)

    def _copy_fonts(self, source_content: Any, source_styles: Any) -> None:
        for target, source in ((self.content, source_content), (self.styles_root, source_styles)):
            mine = target.find(q("office:font-face-decls"))
            theirs = source.find(q("office:font-face-decls"))
            if theirs is None:
                continue
            if mine is None:
                mine = etree.SubElement(target, q("office:font-face-decls"))
                target.insert(1, mine)
            names = {face.get(q("style:name")) for face in mine}
            for face in theirs:
                if face.get(q("style:name")) not in names:
                    mine.append(copy.deepcopy(face))

    def _copy_styles(
        self,
        source_content: Any,
        source_styles: Any,
        settings: ExportSettings,
        level: int,
        keeps: bool,
    ) -> dict[str, str]:
        """Copy the appendix's styles over; the names its elements must now use."""
        fonts = settings.fonts
        common = self.styles_root.find(q("office:styles"))
        own = {
            style.get(q("style:name")): style
            for style in source_styles.find(q("office:styles")).iterchildren(q("style:style"))
            if (style.get(q("style:name")) or "").startswith("Appendix_20_")
        }
        for name, style in own.items():
            for old in common.iterchildren(q("style:style")):
                if old.get(q("style:name")) == name:
                    common.remove(old)
            common.append(copy.deepcopy(style))
        # our style → (the report's style standing in, the paragraph properties it needs)
        stand_ins: dict[str, tuple[str, dict[str, str]]] = {}
        for role, report_style, size, before, after, align in (
            ("caption", self._named("caption"), fonts.caption_pt, CAPTION_GAP, 0.0, "center"),
            (
                "title",
                self._named("heading", level),
                fonts.heading_pt,
                0.0,
                TITLE_SPACE_AFTER,
                "center",
            ),
            ("day", self._named("heading", level + 1), fonts.day_pt, 0.0, DAY_SPACE_AFTER, "start"),
        ):
            if report_style is None:
                continue
            props = {
                "fo:margin-top": f"{before:.3f}mm",
                "fo:margin-bottom": f"{after:.3f}mm",
                "fo:margin-left": "0mm",
                "fo:margin-right": "0mm",
                "fo:text-indent": "0mm",
                "fo:line-height": f"{line_mm(size):.3f}mm",
                "fo:text-align": align,
            }
            if role != "caption":
                props["fo:keep-with-next"] = "always"
            stand_ins[STYLE[role]] = (report_style.get(q("style:name")), props)
        automatic = self.content.find(q("office:automatic-styles"))
        if automatic is None:
            automatic = etree.Element(q("office:automatic-styles"))
            self.content.insert(1, automatic)
        # an earlier insert's styles of the same names give way (its elements are replaced);
        # the ones it gave the report's own paragraphs (a page break) stay
        incoming = {f"{PREFIX}_{name}" for name in stand_ins} | {
            f"{PREFIX}_{style.get(q('style:name'))}"
            for style in source_content.find(q("office:automatic-styles"))
        }
        for old in list(automatic):
            if old.get(q("style:name")) in incoming:
                automatic.remove(old)
        renamed: dict[str, str] = {}
        for name, (parent, props) in stand_ins.items():
            new = f"{PREFIX}_{name}"
            automatic.append(_paragraph_style(new, parent, props))
            renamed[name] = new
        for style in source_content.find(q("office:automatic-styles")):
            name = style.get(q("style:name")) or ""
            new = f"{PREFIX}_{name}"
            renamed[name] = new
            copied = copy.deepcopy(style)
            copied.set(q("style:name"), new)
            parent = copied.get(q("style:parent-style-name"))
            properties = copied.find(q("style:paragraph-properties"))
            if parent in stand_ins:
                copied.set(q("style:parent-style-name"), stand_ins[parent][0])
                if properties is None:
                    properties = etree.SubElement(copied, q("style:paragraph-properties"))
                    copied.insert(0, properties)
                for key, value in stand_ins[parent][1].items():
                    properties.set(q(key), value)
            if name.startswith("First_"):
                # the appendix continues the report's pages: no master page of its own, and
                # no page number restart; a new page only when it brings its own heading
                copied.attrib.pop(q("style:master-page-name"), None)
                if properties is not None:
                    properties.attrib.pop(q("style:page-number"), None)
                    if not keeps:
                        properties.set(q("fo:break-before"), "page")
            automatic.append(copied)
        return renamed

    def _adopt_pictures(self, source: Any, incoming: list[Any]) -> None:
        container = self.document.container
        manifest = self.document.manifest
        if container is None or source.container is None:
            raise ValueError("odfdo document without a container")
        if manifest.get_media_type("Pictures/") is None:
            manifest.add_full_path("Pictures/")
        for element in incoming:
            for image in element.iter(q("draw:image")):
                href = image.get(q("xlink:href")) or ""
                data = source.container.get_part(href)
                new = href.replace("Pictures/", f"Pictures/{PREFIX}-", 1)
                container.set_part(new, data)
                manifest.add_full_path(new, "image/jpeg")
                image.set(q("xlink:href"), new)

    def _drop_unused_pictures(self, removed: set[str | None]) -> None:
        """Pictures of the replaced appendix (and of an earlier insert) that nothing shows
        any more: not kept in the file."""
        used = {
            image.get(q("xlink:href"))
            for root in (self.content, self.styles_root)
            for image in root.iter(q("draw:image"))
        }
        container = self.document.container
        if container is None:
            return
        for part in list(self.document.get_parts()):
            ours = part.startswith(f"Pictures/{PREFIX}-")
            if (ours or part in removed) and part not in used:
                container.del_part(part)
                self.document.manifest.del_full_path(part)

    def _declare_sequence(self, source_content: Any) -> None:
        theirs = source_content.find(
            f"{q('office:body')}/{q('office:text')}/{q('text:sequence-decls')}"
        )
        if theirs is None:
            return
        mine = self.text.find(q("text:sequence-decls"))
        if mine is None:
            mine = etree.Element(q("text:sequence-decls"))
            position = 0
            for index, child in enumerate(self.text):
                if isinstance(child.tag, str) and etree.QName(child).localname in (
                    "forms",
                    "tracked-changes",
                    "variable-decls",
                ):
                    position = index + 1
            self.text.insert(position, mine)
        names = {decl.get(q("text:name")) for decl in mine}
        for decl in theirs:
            if decl.get(q("text:name")) not in names:
                mine.append(copy.deepcopy(decl))

    def _derived(self, element: Any, name: str, **properties: str) -> None:
        """Give `element` an automatic style `name` that is its style plus `properties`
        (paragraph properties, or master-page-name on the style itself)."""
        attribute = (
            q("table:style-name") if element.tag == q("table:table") else q("text:style-name")
        )
        family = "table" if element.tag == q("table:table") else "paragraph"
        current = element.get(attribute)
        automatic = self.content.find(q("office:automatic-styles"))
        taken = {style.get(q("style:name")) for style in automatic}
        base, number = name, 1
        while name in taken:  # an earlier insert's, on another paragraph
            number += 1
            name = f"{base}{number}"
        existing = self._style(current, family)
        is_automatic = existing is not None and existing.getparent() is automatic
        if is_automatic:
            style = copy.deepcopy(existing)
            style.set(q("style:name"), name)
        else:
            style = etree.Element(q("style:style"))
            style.set(q("style:name"), name)
            style.set(q("style:family"), family)
            if current:
                style.set(q("style:parent-style-name"), current)
        master = properties.pop("master", None)
        if master:
            style.set(q("style:master-page-name"), master)
        if properties:
            tag = "style:table-properties" if family == "table" else "style:paragraph-properties"
            props = style.find(q(tag))
            if props is None:
                props = etree.Element(q(tag))
                style.insert(0, props)
            for key, value in properties.items():
                props.set(q(key.replace("_", ":", 1).replace("_", "-")), value)
        automatic.append(style)
        element.set(attribute, name)

    def _page_breaks(
        self,
        first: Any,
        following: Any,
        master: Any,
        settings: ExportSettings,
        keeps: bool,
    ) -> None:
        """Start the appendix on a new page (a turned master page for a landscape appendix
        in a portrait report, and the report's master page again after it)."""
        layout = self._page_layout(master)
        props = layout.find(q("style:page-layout-properties")) if layout is not None else None
        width = length_mm(props.get(q("fo:page-width")) if props is not None else None, 210)
        height = length_mm(props.get(q("fo:page-height")) if props is not None else None, 297)
        wanted = settings.orientation.value == "landscape"
        if (width > height) == wanted or master is None or layout is None or props is None:
            if keeps and not self._breaks_before(first):
                self._derived(first, f"{PREFIX}_HeadingBreak", fo_break_before="page")
            return
        turned = copy.deepcopy(layout)
        turned.set(q("style:name"), f"{PREFIX}_Turned")
        turned_props = turned.find(q("style:page-layout-properties"))
        turned_props.set(q("fo:page-width"), props.get(q("fo:page-height")) or "297mm")
        turned_props.set(q("fo:page-height"), props.get(q("fo:page-width")) or "210mm")
        turned_props.set(q("style:print-orientation"), "landscape" if wanted else "portrait")
        automatic = self.styles_root.find(q("office:automatic-styles"))
        for old in list(automatic.iterchildren(q("style:page-layout"))):
            if old.get(q("style:name")) == f"{PREFIX}_Turned":
                automatic.remove(old)
        automatic.append(turned)
        masters = self.styles_root.find(q("office:master-styles"))
        for old in list(masters):
            if old.get(q("style:name")) == LANDSCAPE_MASTER:
                masters.remove(old)
        own = copy.deepcopy(master)
        own.set(q("style:name"), LANDSCAPE_MASTER)
        own.set(q("style:display-name"), "Photoapp Landscape")
        own.set(q("style:page-layout-name"), f"{PREFIX}_Turned")
        own.attrib.pop(q("style:next-style-name"), None)
        for first_page in own.findall(q("style:header-first")) + own.findall(
            q("style:footer-first")
        ):
            own.remove(first_page)
        masters.append(own)
        if first.get(q("text:style-name"), "").startswith(f"{PREFIX}_First_"):
            style = self._style(first.get(q("text:style-name")))
            style.set(q("style:master-page-name"), LANDSCAPE_MASTER)
            style.find(q("style:paragraph-properties")).attrib.pop(q("fo:break-before"), None)
        else:
            self._derived(first, f"{PREFIX}_HeadingBreak", master=LANDSCAPE_MASTER)
        if following is not None:
            self._derived(
                following, f"{PREFIX}_BackToReport", master=master.get(q("style:name")) or ""
            )

    def _breaks_before(self, element: Any) -> bool:
        style = self._style(element.get(q("text:style-name")))
        if style is None:
            return False
        props = style.find(q("style:paragraph-properties"))
        return bool(style.get(q("style:master-page-name"))) or (
            props is not None and props.get(q("fo:break-before")) == "page"
        )

    def start_page(self, index: int) -> int | None:
        """The page the appendix would start on, from the page breaks LibreOffice saved with
        the file (text:soft-page-break) and the explicit ones; None for a file without any
        saved layout (written by a program), where the page cannot be known without laying
        it out."""
        soft = q("text:soft-page-break")
        if next(self.text.iter(soft), None) is None:
            return None
        target = self.elements[index] if index < len(self.elements) else None
        count = 0
        previous_soft = False
        started = False
        for child in self.text:
            if child is target:
                break
            if child.tag == soft:
                count += 1
                previous_soft = True
                continue
            if not isinstance(child.tag, str) or etree.QName(child).localname in _NOT_BLOCKS:
                continue
            if started and self._breaks_before(child):
                count += 1
            count += sum(1 for _ in child.iter(soft))
            started, previous_soft = True, False
        if target is None:
            return count + 2
        at_top = previous_soft or self._breaks_before(target)
        return count + 1 + (0 if at_top else 1)

    def rewrite(self, index: int, edits: Sequence[Edit]) -> None:
        """Apply `edits` (right to left, offsets in the block's text) to block `index`'s
        text nodes; an edit across a space element (text:s) or a tab is left out."""
        for edit in edits:
            pieces = _text_pieces(self.elements[index])
            places = spread([len(text) for _, _, text in pieces], edit)
            if any(pieces[piece][0] is None for piece, *_ in places):
                continue
            for piece, start, end, new in places:
                holder, attribute, text = pieces[piece]
                setattr(holder, attribute, text[:start] + new + text[end:])

    def save(self, target: Path) -> None:
        self.document.save(str(target))


def _paragraph_style(name: str, parent: str, properties: dict[str, str]) -> Any:
    style = etree.Element(q("style:style"))
    style.set(q("style:name"), name)
    style.set(q("style:family"), "paragraph")
    style.set(q("style:parent-style-name"), parent)
    props = etree.SubElement(style, q("style:paragraph-properties"))
    for key, value in properties.items():
        props.set(q(key), value)
    return style


def _text_pieces(element: Any) -> list[tuple[Any, str, str]]:
    """The paragraph's text as (holder, "text" or "tail", string) in reading order, the same
    text `_visible_text` gives; a space element or tab is (None, "", its characters)."""
    pieces: list[tuple[Any, str, str]] = []
    if element.text:
        pieces.append((element, "text", element.text))
    for child in element:
        if not isinstance(child.tag, str) or etree.QName(child).localname in (
            "note",
            "annotation",
        ):
            pass
        elif child.tag == q("text:s"):
            pieces.append((None, "", " " * int(child.get(q("text:c")) or "1")))
        elif child.tag == q("text:tab"):
            pieces.append((None, "", "\t"))
        else:
            pieces.extend(_text_pieces(child))
        if child.tail:
            pieces.append((child, "tail", child.tail))
    return pieces


def _visible_text(element: Any) -> list[str]:
    """The text a reader sees in a paragraph: no notes, annotations or deleted changes."""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if not isinstance(child.tag, str) or etree.QName(child).localname in ("note", "annotation"):
            pass
        elif child.tag == q("text:s"):
            parts.append(" " * int(child.get(q("text:c")) or "1"))
        elif child.tag == q("text:tab"):
            parts.append("\t")
        else:
            parts.extend(_visible_text(child))
        if child.tail:
            parts.append(child.tail)
    return parts
