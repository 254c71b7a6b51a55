"""The ODT read back with odfdo: photos in order, numbered captions as sequence fields, fonts,
page breaks and the footer's page numbers."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from odfdo import Document
from PIL import Image

from photoapp.export import PER_DAY_CAPTION_FORMAT, ExportSettings, caption_lines, export, plan
from photoapp.storage.project import Project
from tests.export.conftest import assert_clean_jpeg, expected_images
from tests.photos import mark_is_top_left

CAPTION_STYLE = "Appendix_20_Caption"


def read(path: Path) -> Document:
    return Document(path)


def test_photos_and_captions_in_appendix_order(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings()
    result = export(trip, tmp_path / "附錄.odt", settings)
    document = read(result.path)
    frames = document.body.get_elements("//draw:frame")
    pictures = [frame.get_element("draw:image").get_attribute("xlink:href") for frame in frames]
    stored = [document.get_part(name) for name in pictures]
    assert stored == expected_images(trip, settings)
    for data in stored:
        assert isinstance(data, bytes)
        assert mark_is_top_left(assert_clean_jpeg(data))
    assert all(frame.get_attribute("text:anchor-type") == "as-char" for frame in frames)
    captions = document.body.get_elements(f'//text:p[@text:style-name="{CAPTION_STYLE}"]')
    assert [p.text_recursive for p in captions] == caption_lines(trip, settings)
    assert result.pages == len(plan(trip, settings).pages) == 3


def test_numbers_are_sequence_fields_named_like_the_caption(trip: Project, tmp_path: Path) -> None:
    document = read(export(trip, tmp_path / "a.odt", ExportSettings()).path)
    declarations = document.body.get_elements("//text:sequence-decl")
    assert "照片" in [d.get_attribute("text:name") for d in declarations]
    fields = document.body.get_elements("//text:sequence")
    assert [f.get_attribute("text:name") for f in fields] == ["照片"] * 5
    assert [f.text for f in fields] == ["1", "2", "3", "4", "5"]
    assert {f.get_attribute("text:formula") for f in fields} == {"ooow:照片+1"}


def test_per_day_numbers_restart_the_sequence(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(caption_format=PER_DAY_CAPTION_FORMAT, group_by_day=True)
    document = read(export(trip, tmp_path / "a.odt", settings).path)
    fields = document.body.get_elements("//text:sequence")
    assert [f.text for f in fields] == ["1", "2", "1", "2", "1"]
    assert [f.get_attribute("text:formula") for f in fields] == [
        "ooow:照片+1",
        "ooow:照片+1",
        "ooow:1",
        "ooow:照片+1",
        "ooow:1",
    ]
    headings = [h.text_recursive for h in document.body.get_elements("//text:h")]
    assert headings == [
        "附錄：照片",
        "106 年 9 月 10 日(星期日)\u3000抵達仁川",
        "106 年 9 月 11 日(星期一)\u3000大田 APCS 全會",
        "106 年 9 月 12 日(星期二)",
    ]


def test_fonts_are_named(trip: Project, tmp_path: Path) -> None:
    document = read(export(trip, tmp_path / "a.odt", ExportSettings()).path)
    styles = document.styles
    caption = styles.get_element(f'//style:style[@style:name="{CAPTION_STYLE}"]')
    properties = caption.get_element("style:text-properties")
    assert properties.get_attribute("style:font-name-asian") == "標楷體"
    assert properties.get_attribute("style:font-name") == "Times New Roman"
    assert properties.get_attribute("style:country-asian") == "TW"
    face = styles.get_element('//style:font-face[@style:name="標楷體"]')
    assert face.get_attribute("svg:font-family").startswith("標楷體;DFKai-SB")


def test_pages_break_where_the_layout_does_and_number_from_the_start(
    trip: Project, tmp_path: Path
) -> None:
    settings = ExportSettings(first_page_number=12, page_number_format="第 {page} 頁")
    document = read(export(trip, tmp_path / "a.odt", settings).path)
    body = [child for child in document.body.children if child.tag != "text:sequence-decls"]
    first_style = document.content.get_element(
        f'//style:style[@style:name="{body[0].get_attribute("text:style-name")}"]'
    )
    assert first_style.get_attribute("style:master-page-name") == "Appendix"
    assert (
        first_style.get_element("style:paragraph-properties").get_attribute("style:page-number")
        == "12"
    )
    breaks = [
        child
        for child in body
        if (child.get_attribute("text:style-name") or "").startswith("Break_")
    ]
    assert len(breaks) == len(plan(trip, settings).pages) - 1
    master = document.styles.get_element('//style:master-page[@style:name="Appendix"]')
    footer = master.get_element("style:footer/text:p")
    assert footer.get_element("text:page-number").text == "12"
    assert footer.text_recursive == "第 12 頁"


def test_properties_are_photoapps_own(trip: Project, tmp_path: Path, qapp: object) -> None:
    # issue 10: meta.xml dated 2026-07-18, page-count 1, image-count 0, the template's blank
    # thumbnail, a default graphic style in fr-FR, LibreOffice's CJK-Latin autospace
    before = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    result = export(trip, tmp_path / "a.odt", ExportSettings(), author="王小明")
    meta = read(result.path).meta
    assert meta.get_title() == "大田 APCS 2017 附錄：照片"
    assert meta.get_initial_creator() == meta.get_creator() == "王小明"
    created = meta.get_creation_date()
    assert before <= created <= datetime.now(UTC).replace(tzinfo=None)
    assert meta.get_modification_date() == created
    assert meta.get_generator() == "photoapp 0.1.0"
    statistic = meta.get_statistic()
    assert statistic["meta:page-count"] == result.pages == 3
    assert statistic["meta:image-count"] == 5
    assert statistic["meta:table-count"] == 3  # one grid a page
    with zipfile.ZipFile(result.path) as package:
        thumbnail = Image.open(io.BytesIO(package.read("Thumbnails/thumbnail.png")))
        styles = package.read("styles.xml").decode() + package.read("content.xml").decode()
    assert max(thumbnail.size) == 256 and thumbnail.height > thumbnail.width  # an A4 page
    colours = thumbnail.convert("RGB").getcolors(1 << 16) or []
    assert len(colours) > 50  # photos and text painted, not a blank page
    languages = set(re.findall(r'(?:language|country)(?:-asian|-complex)?="([^"]+)"', styles))
    assert languages <= {"en", "US", "zh", "TW"}, languages
    assert set(re.findall(r'text-autospace="([^"]+)"', styles)) == {"none"}
