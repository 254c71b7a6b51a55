"""Photos made from nothing, with the EXIF a real camera or phone writes.

Tests, benchmarks and the demo trip use these instead of shipping megabytes of pictures. Each
photo is a simple scene drawn upright and stored turned the way a camera held sideways stores
it, so that showing it upright proves the orientation was applied: the red corner mark is at
the top left of the upright picture.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

# Stored pixels = upright picture turned by the inverse of the EXIF orientation.
_INVERSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
MARK = (220, 30, 30)


@dataclass(frozen=True)
class Exif:
    """What to write into a sample photo's EXIF; None leaves a tag out."""

    taken: str | None = None  # "2017:09:11 09:47:00"
    offset: str | None = None  # "+09:00"
    subsec: str | None = None
    digitized: str | None = None
    datetime: str | None = None
    orientation: int = 1
    make: str | None = None
    model: str | None = None
    gps: tuple[float, float] | None = None


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction((value - degrees - minutes / 60) * 3600).limit_denominator(1000)
    return (
        IFDRational(degrees, 1),
        IFDRational(minutes, 1),
        IFDRational(seconds.numerator, seconds.denominator),
    )


def exif_block(meta: Exif) -> Image.Exif:
    """A Pillow Exif object holding `meta`."""
    exif = Image.Exif()
    if meta.orientation != 1:
        exif[0x0112] = meta.orientation
    for number, value in ((0x010F, meta.make), (0x0110, meta.model), (0x0132, meta.datetime)):
        if value is not None:
            exif[number] = value
    sub = exif.get_ifd(0x8769)
    for number, value in (
        (0x9003, meta.taken),
        (0x9004, meta.digitized),
        (0x9011, meta.offset),
        (0x9291, meta.subsec),
    ):
        if value is not None:
            sub[number] = value
    if meta.gps is not None:
        lat, lon = meta.gps
        gps = exif.get_ifd(0x8825)
        gps[0] = b"\x02\x02\x00\x00"
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = _dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = _dms(lon)
    return exif


def scene(
    size: tuple[int, int], seed: int, *, grain: bool = True, mark: bool = True
) -> Image.Image:
    """An upright outdoor-looking picture: sky, hills, a building, a few figures, and (for
    tests of orientation) a red mark in the top left corner."""
    rng = random.Random(seed)
    width, height = size
    sky_top = (rng.randint(60, 120), rng.randint(120, 170), rng.randint(190, 240))
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    tint = Image.new("RGB", size, sky_top)
    image = Image.blend(tint, Image.new("RGB", size, (235, 240, 245)), 0.35)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.55, 0.7))
    ground = (rng.randint(70, 110), rng.randint(110, 150), rng.randint(60, 90))
    points = [(0, horizon)]
    for step in range(1, 9):
        points.append((width * step // 8, horizon - rng.randint(0, height // 6)))
    points += [(width, height), (0, height)]
    draw.polygon(points, fill=ground)
    left = rng.randint(width // 10, width // 2)
    top = horizon - rng.randint(height // 5, height // 3)
    draw.rectangle((left, top, left + width // 4, horizon + height // 20), fill=(200, 190, 170))
    for row in range(3):
        for column in range(4):
            x = left + width // 40 + column * width // 18
            y = top + height // 30 + row * height // 12
            draw.rectangle((x, y, x + width // 40, y + height // 24), fill=(90, 110, 140))
    for figure in range(rng.randint(1, 4)):
        x = width // 2 + figure * width // 10
        head = height // 30
        colour = (rng.randint(20, 200), rng.randint(20, 90), rng.randint(20, 120))
        draw.ellipse(
            (x - head, horizon - 6 * head, x + head, horizon - 4 * head), fill=(230, 200, 170)
        )
        draw.rectangle(
            (x - int(1.4 * head), horizon - 4 * head, x + int(1.4 * head), horizon + head),
            fill=colour,
        )
    if mark:
        side = max(8, min(size) // 12)
        draw.rectangle((0, 0, side, side), fill=MARK)
    if grain:
        noise = Image.effect_noise(size, 24).convert("RGB")
        image = Image.blend(image, noise, 0.08).filter(ImageFilter.SMOOTH)
    return image


def stored(upright: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores for an upright picture taken at this orientation."""
    step = _INVERSE.get(orientation)
    return upright.transpose(step) if step is not None else upright


def photo_bytes(
    meta: Exif,
    *,
    size: tuple[int, int] = (640, 480),
    seed: int = 0,
    image_format: str = "JPEG",
    quality: int = 88,
    mark: bool = True,
    shift: int = 0,
    blur: float = 0.0,
    exif_preview: bool = False,
) -> bytes:
    """A sample photo file's bytes: an upright scene of `size`, stored per `meta.orientation`.
    A burst's next shot of the same scene (same `seed`): moved by `shift` pixels, and blurred
    by a Gaussian of `blur` pixels (a shaken hand). With `exif_preview` (JPEG only), the small
    preview phones embed in the EXIF block."""
    picture = scene(size, seed, mark=mark)
    if shift:
        width, height = size
        box = (shift, shift // 2, width - shift // 2, height)
        picture = picture.crop(box).resize(size, Image.Resampling.BICUBIC)
    if blur:
        picture = picture.filter(ImageFilter.GaussianBlur(blur))
    if image_format == "PNG" and seed % 2:
        picture = picture.convert("RGBA")  # some PNGs carry an alpha channel
    return encode_photo(
        picture, meta, image_format=image_format, quality=quality, exif_preview=exif_preview
    )


def encode_photo(
    upright: Image.Image,
    meta: Exif,
    *,
    image_format: str = "JPEG",
    quality: int = 88,
    exif_preview: bool = False,
) -> bytes:
    """An upright picture as a camera writes its file: the pixels stored turned per
    `meta.orientation`, `meta` as EXIF, and with `exif_preview` (JPEG only) a ~160x120
    preview in the EXIF block's IFD1, in the stored orientation, as phones write it."""
    picture = stored(upright, meta.orientation)
    buffer = io.BytesIO()
    options: dict[str, object] = {"exif": exif_block(meta)}
    if image_format == "JPEG":
        options["quality"] = quality
    picture.save(buffer, image_format, **options)
    if not exif_preview:
        return buffer.getvalue()
    if image_format != "JPEG":
        raise ValueError("an EXIF preview is written into JPEG files only")
    from photoapp.samples.exif_preview import PREVIEW_BOX, with_exif_preview  # (built on this)

    preview = picture.copy()
    preview.thumbnail(PREVIEW_BOX)  # as the sensor saw it, like the stored pixels
    return with_exif_preview(buffer.getvalue(), preview)


def write_photo(path: Path, meta: Exif, **options: object) -> Path:
    """Write a sample photo to `path` (folders created) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(photo_bytes(meta, **options))  # type: ignore[arg-type]
    return path
