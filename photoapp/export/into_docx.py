"""The appendix put into the user's own Word report (.docx), keeping everything else.

The appendix is built by the DOCX writer into a document of its own (same layout, fields and
pictures as a stand-alone export), and its body is then grafted into the report: its pictures
become parts of the report, its paragraphs take the report's heading and Caption styles where
the report has them (with the spacing the layout counts on set directly), its own helper
styles are copied over. The report's appendix heading stays (its bookmarks serve the table of
contents); what the heading owns after it (old 照片 N：… lines and pictures) is replaced. The
rest of the document is not touched: styles, headers and footers, fields, comments, tracked
changes, sections and page numbering. A landscape appendix in a portrait report gets its own
section (a copy of the report's, turned, page numbers continuing, the same footer).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from photoapp.domain.photo_refs import Edit, spread
from photoapp.domain.report_outline import AppendixSpan, Block
from photoapp.export.docx import (
    CAPTION_STYLE,
    DAY_STYLE,
    PHOTO_STYLE,
    SPACER_STYLE,
    TITLE_STYLE,
    _set,
    twips,
)
from photoapp.export.geometry import MM_PER_INCH, line_mm
from photoapp.export.layout import CAPTION_GAP, DAY_SPACE_AFTER, TITLE_SPACE_AFTER
from photoapp.export.report_fit import ReportPage, ReportStyles
from photoapp.export.settings import ExportSettings, Margins

_EMBED = qn("r:embed")
_DOC_PR = qn("wp:docPr")


def _mm(twentieths: str | None, default: float = 0.0) -> float:
    if twentieths is None:
        return default
    try:
        return int(twentieths) / 1440 * MM_PER_INCH
    except ValueError:
        return default


class DocxReport:
    """A .docx report opened for putting the appendix in (the file itself is only read)."""

    def __init__(self, path: Path) -> None:
        self.document = Document(str(path))
        self.body = self.document.element.body
        self.styles = self.document.styles.element
        self.elements = [child for child in self.body.iterchildren() if child.tag != qn("w:sectPr")]
        self._levels = self._style_levels()

    # reading ------------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        """The body's top-level blocks for `find_appendix` (tables and the rest: no text)."""
        return [self._block(element) for element in self.elements]

    def _block(self, element: Any) -> Block:
        if element.tag != qn("w:p"):
            return Block("")
        text = "".join(node.text or "" for node in element.iter(qn("w:t")))
        return Block(text, self._level(element))

    def _level(self, paragraph: Any) -> int | None:
        ppr = paragraph.find(qn("w:pPr"))
        if ppr is not None:
            outline = ppr.find(qn("w:outlineLvl"))
            if outline is not None:
                return _outline(outline)
            style = ppr.find(qn("w:pStyle"))
            if style is not None:
                return self._levels.get(style.get(qn("w:val")))
        return None

    def _style_levels(self) -> dict[str, int | None]:
        """Outline level of each paragraph style, from its own pPr, its basedOn chain, or its
        name (Word's built-in "heading N")."""
        own: dict[str, int | None] = {}
        based: dict[str, str] = {}
        for style in self.styles.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            level: int | None = None
            ppr = style.find(qn("w:pPr"))
            outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
            name = style.find(qn("w:name"))
            words = (name.get(qn("w:val")) or "").lower().split() if name is not None else []
            if outline is not None:
                level = _outline(outline)
            elif len(words) == 2 and words[0] == "heading" and words[1].isdecimal():
                level = int(words[1])
            own[style_id] = level
            parent = style.find(qn("w:basedOn"))
            if parent is not None:
                based[style_id] = parent.get(qn("w:val")) or ""
        levels: dict[str, int | None] = {}
        for style_id in own:
            seen, current = set(), style_id
            level = own[style_id]
            while level is None and current in based and current not in seen:
                seen.add(current)
                current = based[current]
                level = own.get(current)
            levels[style_id] = level
        return levels

    def _section_of(self, index: int) -> Any:
        """The sectPr of the section holding the block at `index` (the section's properties
        sit at its end: the next paragraph-level sectPr, or the body's)."""
        for element in self.elements[max(index, 0) :]:
            found = element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if found is not None:
                return found
        return self.body.find(qn("w:sectPr"))

    def page(self, index: int) -> ReportPage:
        """The page of the section the block at `index` is in (A4 defaults where unsaid)."""
        sect = self._section_of(index)
        size = sect.find(qn("w:pgSz")) if sect is not None else None
        margins = sect.find(qn("w:pgMar")) if sect is not None else None

        def value(element: Any, name: str, default: float) -> float:
            if element is None:
                return default
            return _mm(element.get(qn(f"w:{name}")), default)

        return ReportPage(
            value(size, "w", 210.0),
            value(size, "h", 297.0),
            Margins(
                top=abs(value(margins, "top", 25.4)),
                bottom=abs(value(margins, "bottom", 25.4)),
                left=value(margins, "left", 31.7),
                right=value(margins, "right", 31.7),
                footer=value(margins, "footer", 12.7),
            ),
        )

    def _style(self, kind: str, level: int | None = None) -> Any:
        """The report's paragraph style for `kind` ("caption" or "heading" at `level`)."""
        wanted = "caption" if kind == "caption" else f"heading {level}"
        for style in self.styles.iterchildren(qn("w:style")):
            if style.get(qn("w:type")) not in (None, "paragraph"):
                continue
            name = style.find(qn("w:name"))
            if name is not None and (name.get(qn("w:val")) or "").lower() == wanted:
                return style
        if kind == "heading" and level is not None:  # a style of that outline level, any name
            for style_id, found in self._levels.items():
                if found == level:
                    return self.styles.get_by_id(style_id)
        return None

    def _size_pt(self, style: Any) -> float | None:
        """A paragraph style's font size, through its basedOn chain and the defaults."""
        seen: set[str] = set()
        while style is not None:
            size = style.find(f"{qn('w:rPr')}/{qn('w:sz')}")
            if size is not None and (size.get(qn("w:val")) or "").isdecimal():
                return int(size.get(qn("w:val"))) / 2
            parent = style.find(qn("w:basedOn"))
            style_id = style.get(qn("w:styleId"))
            if parent is None or style_id in seen:
                break
            seen.add(style_id)
            style = self.styles.get_by_id(parent.get(qn("w:val")))
        default = self.styles.find(
            f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}"
        )
        if default is not None and (default.get(qn("w:val")) or "").isdecimal():
            return int(default.get(qn("w:val"))) / 2
        return None

    def _spacing_mm(self, paragraph: Any) -> float:
        """Space before and after a paragraph (its own, else its style's), in millimetres."""
        ppr = paragraph.find(qn("w:pPr"))
        candidates = []
        if ppr is not None:
            candidates.append(ppr)
            style = ppr.find(qn("w:pStyle"))
            if style is not None:
                found = self.styles.get_by_id(style.get(qn("w:val")))
                if found is not None and found.find(qn("w:pPr")) is not None:
                    candidates.append(found.find(qn("w:pPr")))
        for properties in candidates:
            spacing = properties.find(qn("w:spacing"))
            if spacing is not None:
                return _mm(spacing.get(qn("w:before"))) + _mm(spacing.get(qn("w:after")))
        return 0.0

    def report_styles(self, span: AppendixSpan | None, level: int | None) -> ReportStyles:
        """The sizes of the styles the appendix will use, for laying it out."""
        heading = self.elements[span.heading] if span and span.heading >= 0 else None
        heading_style = self._style("heading", level or 1)
        heading_pt = self._size_pt(heading_style)
        extra = 0.0
        if heading is not None:
            ppr = heading.find(qn("w:pPr"))
            style = ppr.find(qn("w:pStyle")) if ppr is not None else None
            own = self.styles.get_by_id(style.get(qn("w:val"))) if style is not None else None
            heading_pt = self._size_pt(own) or heading_pt
            extra = self._spacing_mm(heading)
        day = self._style("heading", level + 1) if level else None
        caption = self._style("caption")
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
        """Put the appendix document at `appendix` where `span` says (None: at the end)."""
        source = Document(str(appendix))
        level = span.level if span and span.heading >= 0 else None
        new_level = level or 1
        styles = self._style_map(source, level if span and span.heading >= 0 else new_level)
        incoming = [
            copy.deepcopy(child)
            for child in source.element.body.iterchildren()
            if child.tag != qn("w:sectPr")
        ]
        roles = {
            source.styles[TITLE_STYLE].style_id: "title",
            source.styles[DAY_STYLE].style_id: "day",
            source.styles[CAPTION_STYLE].style_id: "caption",
        }
        keeps_heading = span is not None and span.heading >= 0
        if incoming and roles.get(_style_id(incoming[0]) or "") == "title" and keeps_heading:
            incoming.pop(0)  # the report's own heading stays in its place
        elif incoming:
            _set(incoming[0].get_or_add_pPr(), "w:pageBreakBefore")
        self._adopt_pictures(source, incoming)
        for element in incoming:
            self._restyle(element, styles, roles, settings)
        if span is None:
            anchor = end = len(self.elements)
        elif span.heading < 0:
            anchor = end = span.end
        else:
            anchor, end = span.heading + 1, span.end
        first_index = span.heading if span is not None and keeps_heading else anchor
        first = self.elements[first_index] if keeps_heading else incoming[0]
        before = self.elements[first_index - 1] if first_index > 0 else None
        following = self.elements[end] if end < len(self.elements) else None
        for element in self.elements[anchor:end]:
            kept = element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if kept is not None:  # a section ending inside the old appendix ends after ours
                incoming[-1].get_or_add_pPr().append(kept)
            self.body.remove(element)
        sect = self.body.find(qn("w:sectPr"))
        for element in incoming:
            if following is not None:
                following.addprevious(element)
            elif sect is not None:
                sect.addprevious(element)
            else:
                self.body.append(element)
        self.elements = [child for child in self.body.iterchildren() if child.tag != qn("w:sectPr")]
        self._sections(first, before, incoming, self.elements.index(first), settings)
        self._drop_unused_images()

    def _style_map(self, source: Any, level: int | None) -> dict[str, tuple[str, bool]]:
        """The appendix styles' ids → (the id used in the report, whether it is the report's
        own style). Styles the report lacks are copied from the appendix document."""
        result: dict[str, tuple[str, bool]] = {}
        for name, kind, at in (
            (TITLE_STYLE, "heading", level or 1),
            (DAY_STYLE, "heading", (level + 1) if level else None),
            (CAPTION_STYLE, "caption", None),
            (PHOTO_STYLE, "", None),
            (SPACER_STYLE, "", None),
        ):
            style = source.styles[name]
            own = self._style(kind, at) if kind and (kind == "caption" or at) else None
            if own is not None:
                result[style.style_id] = (own.get(qn("w:styleId")), True)
                continue
            copied = copy.deepcopy(style.element)
            existing = self.styles.get_by_id(style.style_id)
            if existing is not None:
                self.styles.remove(existing)
            self.styles.append(copied)
            result[style.style_id] = (style.style_id, False)
        return result

    def _restyle(
        self,
        element: Any,
        styles: dict[str, tuple[str, bool]],
        roles: dict[str, str],
        settings: ExportSettings,
    ) -> None:
        """Point the element's paragraphs at the report's styles, with the spacing the layout
        counts on set on the paragraph where a report style replaces one of ours."""
        fonts = settings.fonts
        for paragraph in element.iter(qn("w:p")):
            style_id = _style_id(paragraph) or ""
            if style_id not in styles:
                continue
            new_id, reports = styles[style_id]
            ppr = paragraph.get_or_add_pPr()
            _set(ppr, "w:pStyle", val=new_id)
            role = roles.get(style_id)
            if not reports or role is None:
                continue
            if role == "caption":
                size, before, after, align = fonts.caption_pt, CAPTION_GAP, 0.0, "center"
            else:
                size = fonts.heading_pt if role == "title" else fonts.day_pt
                before, after = 0.0, (TITLE_SPACE_AFTER if role == "title" else DAY_SPACE_AFTER)
                align = "center" if role == "title" else "left"
                _set(ppr, "w:keepNext")
                numbering = _set(ppr, "w:numPr")  # no chapter numbers on the appendix's headings
                _set(numbering, "w:ilvl", val="0")
                _set(numbering, "w:numId", val="0")
            _set(
                ppr,
                "w:spacing",
                before=str(twips(before)),
                after=str(twips(after)),
                line=str(twips(line_mm(size))),
                lineRule="exact",
            )
            _set(ppr, "w:ind", left="0", right="0", firstLine="0")
            _set(ppr, "w:jc", val=align)

    def _adopt_pictures(self, source: Any, elements: list[Any]) -> None:
        """Make the appendix's pictures parts of the report, with ids the report has free."""
        part = self.document.part
        used = [int(value) for value in self.body.xpath("//wp:docPr/@id") if str(value).isdecimal()]
        next_id = max(used, default=0) + 1
        for element in elements:
            for blip in element.iter(qn("a:blip")):
                old = blip.get(_EMBED)
                if old is None:
                    continue
                blob = source.part.related_parts[old].blob
                rid, _image = part.get_or_add_image(io.BytesIO(blob))
                blip.set(_EMBED, rid)
            for properties in element.iter(_DOC_PR):
                properties.set("id", str(next_id))
                next_id += 1

    def _drop_unused_images(self) -> None:
        """Pictures of the replaced appendix: no longer shown, so not kept in the file."""
        part = self.document.part
        text = part.element.xml
        for rid, rel in list(part.rels.items()):
            if rel.reltype == RT.IMAGE and f'"{rid}"' not in text:
                part.rels.pop(rid)

    def _sections(
        self,
        first: Any,
        before: Any,
        incoming: list[Any],
        start: int,
        settings: ExportSettings,
    ) -> None:
        """Start the appendix on a new page; give a landscape appendix in a portrait report
        (or the other way round) a section of its own, numbering and footer continuing."""
        section = self._section_of(start)
        page = self.page(start)
        wanted = settings.orientation.value == "landscape"
        if page.landscape == wanted:
            if not self._starts_page(first, before):
                _set(first.get_or_add_pPr(), "w:pageBreakBefore")
            return
        ppr = first.find(qn("w:pPr"))
        if (
            ppr is not None
            and ppr.find(qn("w:pageBreakBefore")) is not None
            and first is incoming[0]
        ):
            ppr.remove(ppr.find(qn("w:pageBreakBefore")))  # the section break starts the page
        ends_before = copy.deepcopy(section) if section is not None else OxmlElement("w:sectPr")
        turned = copy.deepcopy(ends_before)
        size = turned.find(qn("w:pgSz"))
        if size is None:
            size = OxmlElement("w:pgSz")
            turned.insert(0, size)
            size.set(qn("w:w"), str(twips(210)))
            size.set(qn("w:h"), str(twips(297)))
        width, height = size.get(qn("w:w")), size.get(qn("w:h"))
        size.set(qn("w:w"), height or str(twips(297)))
        size.set(qn("w:h"), width or str(twips(210)))
        if wanted:
            size.set(qn("w:orient"), "landscape")
        else:
            size.attrib.pop(qn("w:orient"), None)
        _continue(turned)
        kind = turned.find(qn("w:type"))
        if kind is not None:
            turned.remove(kind)
        if section is not None:
            # the report's section now goes on after the appendix: its numbers continue
            # there too, and its different first page stays with its real first page
            _continue(section)
        last = incoming[-1]
        follows = self.elements.index(last) + 1 < len(self.elements)
        body_sect = self.body.find(qn("w:sectPr"))
        if follows or body_sect is None or section is not body_sect:
            if last.tag != qn("w:p"):
                last.addnext(last := OxmlElement("w:p"))
            last.get_or_add_pPr().append(turned)
        else:  # the appendix ends the document: the body's section becomes the appendix's
            body_sect.addprevious(turned)
            self.body.remove(body_sect)
        carrier = before
        if (
            carrier is None
            or carrier.tag != qn("w:p")
            or carrier.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            carrier = OxmlElement("w:p")
            first.addprevious(carrier)
        carrier.get_or_add_pPr().append(ends_before)

    def _starts_page(self, first: Any, before: Any) -> bool:
        ppr = first.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            return True
        if before is None:
            return False
        if before.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            return True
        breaks = before.findall(f".//{qn('w:br')}")
        return (
            bool(breaks)
            and breaks[-1].get(qn("w:type")) == "page"
            and _ends_with(before, breaks[-1])
        )

    def start_page(self, index: int) -> int | None:
        """The page the appendix would start on, from the page breaks Word saved with the
        file (w:lastRenderedPageBreak); None for a file without them (not laid out by Word,
        e.g. written by a program), where the page cannot be known without laying it out."""
        marker = qn("w:lastRenderedPageBreak")
        if next(self.body.iter(marker), None) is None:
            return None
        count = sum(1 for element in self.elements[:index] for _ in element.iter(marker))
        if index >= len(self.elements):
            return count + 2  # after a page break at the end
        heading = self.elements[index]
        own = sum(1 for _ in heading.iter(marker))  # the heading itself began a page
        at_top = own > 0 or self._starts_page(
            heading, self.elements[index - 1] if index > 0 else None
        )
        return count + own + 1 + (0 if at_top else 1)

    def rewrite(self, index: int, edits: Sequence[Edit]) -> None:
        """Apply `edits` (right to left, offsets in the block's text) to block `index`'s
        runs: the new text goes into the run where each edit starts, keeping its format."""
        nodes = list(self.elements[index].iter(qn("w:t")))
        for edit in edits:
            for piece, start, end, new in spread([len(n.text or "") for n in nodes], edit):
                text = nodes[piece].text or ""
                nodes[piece].text = text[:start] + new + text[end:]
                nodes[piece].set(qn("xml:space"), "preserve")

    def save(self, target: Path) -> None:
        self.document.save(str(target))


def _continue(section: Any) -> None:
    """A section that follows another of the report's: page numbers go on, no first page."""
    numbering = section.find(qn("w:pgNumType"))
    if numbering is not None:
        numbering.attrib.pop(qn("w:start"), None)
    first_page = section.find(qn("w:titlePg"))
    if first_page is not None:
        section.remove(first_page)


def _outline(element: Any) -> int | None:
    value = element.get(qn("w:val")) or ""
    if not value.isdecimal() or int(value) >= 9:  # 9 is "body text"
        return None
    return int(value) + 1


def _style_id(paragraph: Any) -> str | None:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val")) if style is not None else None


def _ends_with(paragraph: Any, element: Any) -> bool:
    """Whether nothing with text follows `element` in `paragraph`."""
    following = False
    for node in paragraph.iter():
        if node is element:
            following = True
        elif following and node.tag == qn("w:t") and (node.text or "").strip():
            return False
    return True
