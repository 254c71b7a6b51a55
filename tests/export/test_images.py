"""Photos prepared for print: upright, sized for their box, on white, with no metadata left."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from photoapp.export import ExportCancelledError, ExportProblem, ExportSettings, plan
from photoapp.export.images import prepare, prepare_all, to_srgb
from photoapp.storage.project import Project
from tests.export.conftest import assert_clean_jpeg
from tests.photos import Exif, mark_is_top_left, photo_bytes, write_bytes, write_photo


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_photos_come_out_upright_and_fitted(tmp_path: Path, orientation: int) -> None:
    path = write_photo(
        tmp_path / "p.jpg",
        Exif(orientation=orientation, gps=(36.35, 127.38), make="Canon", model="P30"),
        size=(800, 600),
    )
    image = prepare(1, path, (300, 300), 85, 200)
    assert image.problem is None
    picture = assert_clean_jpeg(image.data)
    assert picture.size == image.size == (300, 225)
    assert mark_is_top_left(picture)
    assert picture.info.get("dpi") == (200, 200)


def test_never_enlarged(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "small.jpg", Exif(), size=(160, 120))
    assert prepare(1, path, (1000, 1000), 85, 200).size == (160, 120)


def test_transparency_is_flattened_on_white(tmp_path: Path) -> None:
    picture = Image.new("RGBA", (100, 80), (255, 0, 0, 0))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    path = write_bytes(tmp_path / "clear.png", buffer.getvalue())
    image = prepare(1, path, (100, 100), 85, 200)
    pixel = Image.open(io.BytesIO(image.data)).convert("RGB").getpixel((50, 40))
    assert isinstance(pixel, tuple) and min(pixel) > 245


def test_missing_and_unreadable_files_become_empty_boxes(tmp_path: Path) -> None:
    missing = prepare(1, tmp_path / "gone.jpg", (400, 300), 85, 200)
    assert missing.problem is ExportProblem.PHOTO_MISSING
    assert missing.size == (400, 300)
    assert Image.open(io.BytesIO(missing.data)).size == (400, 300)
    broken = write_bytes(tmp_path / "broken.jpg", photo_bytes(Exif())[:200])
    unreadable = prepare(2, broken, (400, 300), 85, 200)
    assert unreadable.problem is ExportProblem.PHOTO_UNREADABLE
    assert unreadable.detail


def test_colour_profiles_that_need_no_turning_or_cannot_be_read_leave_the_pixels() -> None:
    picture = Image.new("RGB", (4, 4), (120, 60, 200))
    picture.info["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    assert to_srgb(picture) is picture
    picture.info["icc_profile"] = b"not a profile"
    assert to_srgb(picture) is picture
    assert to_srgb(Image.new("RGB", (4, 4))).size == (4, 4)


def test_all_photos_of_a_layout_on_a_pool_with_progress(trip: Project) -> None:
    layout = plan(trip, ExportSettings())
    seen: list[tuple[int, int]] = []
    images = prepare_all(layout, progress=lambda done, total: seen.append((done, total)))
    assert set(images) == {slot.entry.photo.id for slot in layout.slots()}
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    for slot in layout.slots():
        image = images[slot.entry.photo.id]
        box = layout.pixel_box(slot)
        assert image.size[0] <= box[0] + 1 and image.size[1] <= box[1] + 1  # small: not enlarged
        assert image.size[0] / image.size[1] == pytest.approx(slot.entry.aspect, rel=0.01)
        assert mark_is_top_left(assert_clean_jpeg(image.data))


def test_cancelling_stops_the_preparation(trip: Project) -> None:
    with pytest.raises(ExportCancelledError):
        prepare_all(plan(trip, ExportSettings()), cancelled=lambda: True, workers=1)


def grey_ramp(mode: str, top: int) -> Image.Image:
    """A 256 × 64 left-to-right ramp from 0 to `top` in a wide mode."""
    image = Image.new("I", (256, 64))
    image.putdata([round(x / 255 * top) for _ in range(64) for x in range(256)])
    return image if mode == "I" else image.convert(mode)


@pytest.mark.parametrize(("mode", "top", "suffix"), [("I;16", 65535, ".png"),
                                                      ("I;16", 65535, ".tif"),
                                                      ("I", 65535, ".tif")])  # fmt: skip
def test_sixteen_bit_photos_are_scaled_not_clipped(
    tmp_path: Path, mode: str, top: int, suffix: str
) -> None:
    # issue 10: a 16-bit PNG came out white (99.5 % of pixels >= 250)
    path = tmp_path / f"wide{suffix}"
    grey_ramp(mode, top).save(path)
    assert Image.open(path).mode in ("I;16", "I")
    image = prepare(1, path, (256, 64), 95, 200)
    assert image.problem is None
    picture = Image.open(io.BytesIO(image.data)).convert("L")
    row = [picture.getpixel((x, 32)) for x in range(0, 256, 32)]
    assert row[0] < 10 and row[-1] > 200
    assert row == sorted(row) and 100 < picture.getpixel((128, 32)) < 160  # a ramp, not white
    white = sum(1 for value in picture.get_flattened_data() if value >= 250)
    assert white < picture.width * picture.height * 0.05
