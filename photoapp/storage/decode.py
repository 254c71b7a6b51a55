"""Opening photos with Pillow, upright and fast: the one place that knows the image formats.

Thumbnails and export copies both come from here, so a photo is turned the same way everywhere.
"""

from __future__ import annotations

import io
import threading
import warnings
from enum import Enum
from typing import BinaryIO, cast

from PIL import Image, UnidentifiedImageError

SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".heic", ".heif", ".hif", ".webp"}
)
# ISO base media "ftyp" brands of HEIF/HEIC/AVIF still images.
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"}
)
SNIFF_BYTES = 16


def looks_like_photo(head: bytes) -> bool:
    """Whether a file's first SNIFF_BYTES bytes are those of a photo format we read.

    For files without a name extension (messaging apps save photos so): their content says
    what they are, as for a file the user named explicitly.
    """
    return (
        head.startswith(b"\xff\xd8\xff")  # JPEG
        or head.startswith(b"\x89PNG\r\n\x1a\n")
        or head[:4] in (b"II*\x00", b"MM\x00*")  # TIFF
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS)
    )


# Pillow refuses images over 2x its limit and only warns between; we refuse anything over it.
# 150 MP lets medium-format cameras (100 MP) through and stops decompression bombs.
MAX_PIXELS = 150_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Pillow warns on stderr about damaged EXIF, odd palettes and truncated tags: what is wrong
# with a file reaches the user through the import's report, the warning would only alarm.
# A near-bomb is refused outright. Set once for the process: catch_warnings() changes the
# filters of every thread at once, and workers decode side by side.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

# Formats whose Pillow plugin turns the pixels upright itself while decoding: pillow-heif for
# HEIF/AVIF, Pillow's own TIFF plugin (which also reports the turned size and drops the tag).
_SELF_TURNING = frozenset({"HEIF", "AVIF", "TIFF"})
_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


_heif_lock = threading.Lock()
_heif_registered = False


def register_heif() -> None:
    """Let Pillow open HEIF/AVIF (pillow-heif), before the first photo is opened: not when this
    module loads, which the window does at once (pillow-heif takes 15 ms to load), and the
    window on a project with its thumbnails cached opens no photo."""
    global _heif_registered
    if _heif_registered:
        return
    with _heif_lock:  # (workers open photos at once)
        if not _heif_registered:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif_registered = True


def load_decoders() -> None:
    """Load now what the first photo opened loads (Pillow's common format plugins, pillow-heif):
    on a worker while the window waits, not on the workers of a first drop, where the imports
    (about 50 ms, holding the GIL) kept the window from painting the drop's tiles."""
    Image.preinit()
    register_heif()


class DecodeProblem(Enum):
    """Why a file cannot be used as a photo."""

    EMPTY = "empty"
    NOT_IMAGE = "not-image"
    TRUNCATED = "truncated"
    TOO_LARGE = "too-large"
    DAMAGED = "damaged"


class DecodeError(Exception):
    """The file is not a photo we can show; `problem` says why, `detail` what Pillow said."""

    def __init__(self, problem: DecodeProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


def open_image(source: bytes | BinaryIO) -> Image.Image:
    """Open (header only) a photo, in memory or an open file; DecodeError for what is not one.

    An open file is read lazily: the header now, the pixels when they are decoded.
    """
    if isinstance(source, bytes):
        if not source:
            raise DecodeError(DecodeProblem.EMPTY)
        stream: BinaryIO = io.BytesIO(source)
    else:
        stream = source
        if not stream.read(1):
            raise DecodeError(DecodeProblem.EMPTY)
        stream.seek(0)
    register_heif()
    try:
        image = Image.open(stream)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise DecodeError(DecodeProblem.TOO_LARGE, str(error)) from error
    except UnidentifiedImageError as error:
        raise DecodeError(DecodeProblem.NOT_IMAGE) from error
    except (OSError, ValueError, SyntaxError, RuntimeError) as error:
        raise DecodeError(DecodeProblem.DAMAGED, str(error)) from error
    width, height = image.size
    if width <= 0 or height <= 0:
        raise DecodeError(DecodeProblem.DAMAGED, f"size {width}x{height}")
    if width * height > MAX_PIXELS:
        raise DecodeError(DecodeProblem.TOO_LARGE, f"{width}x{height}")
    return image


def header_exif(image: Image.Image) -> Image.Exif:
    """The EXIF block Pillow finds without decoding the pixels.

    For a PNG whose EXIF is not in its header, Pillow's `getexif` decodes the whole picture to
    look after the pixel data (430 MB for a 144-megapixel PNG, outside any memory budget);
    such late EXIF is left to exifread, which skips from chunk to chunk.
    """
    if image.format == "PNG" and "exif" not in image.info:
        return Image.Exif()
    return image.getexif()


def file_orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) the file carries; 1 when absent or nonsense."""
    try:
        if image.format in ("HEIF", "AVIF"):
            value = image.info.get("original_orientation", 1)
        elif image.format == "TIFF":
            value = image.tag_v2.get(0x0112, 1)  # type: ignore[attr-defined]
        else:
            value = header_exif(image).get(0x0112, 1)
    except Exception:  # Pillow raises many types on damaged EXIF; an unreadable tag is no tag
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def pending_orientation(image: Image.Image) -> int:
    """The turn still to apply to the decoded pixels.

    pillow-heif and Pillow's TIFF plugin turn their pixels upright themselves, so turning them
    by the EXIF value again would turn them twice.
    """
    return 1 if image.format in _SELF_TURNING else file_orientation(image)


def displayed_size(image: Image.Image) -> tuple[int, int]:
    """Width and height as the photo is seen, orientation applied."""
    width, height = image.size
    return (height, width) if pending_orientation(image) in (5, 6, 7, 8) else (width, height)


def upright(image: Image.Image, orientation: int) -> Image.Image:
    """The decoded pixels turned by `orientation`, without relying on the EXIF block parsing."""
    steps = _TRANSPOSE.get(orientation, ())
    for step in steps:
        image = image.transpose(step)
    return image


def load(image: Image.Image) -> Image.Image:
    """Decode pixels; truncated and damaged data become DecodeError."""
    try:
        image.load()
    except OSError as error:
        problem = DecodeProblem.TRUNCATED if "truncated" in str(error) else DecodeProblem.DAMAGED
        raise DecodeError(problem, str(error)) from error
    except (ValueError, SyntaxError, RuntimeError, Image.DecompressionBombError) as error:
        raise DecodeError(DecodeProblem.DAMAGED, str(error)) from error
    except MemoryError as error:
        raise DecodeError(DecodeProblem.TOO_LARGE, "out of memory") from error
    return image


# Modes holding more than 8 bits a sample (16-bit grey PNG and TIFF open as I;16), which
# Pillow's convert("RGB") clips to white instead of scaling.
_WIDE = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I", "F"})


def eight_bit(image: Image.Image) -> Image.Image:
    """Pixels of more than 8 bits a sample scaled to 8 bits ("L"), others as they are.

    16-bit data is divided by 257 (65535 → 255); 32-bit integers and floats by their own
    range (a 32-bit TIFF holds whatever its maker chose).
    """
    if image.mode not in _WIDE:
        return image
    wide = image.convert("F") if image.mode != "F" else image
    low, high = cast(tuple[float, float], wide.getextrema())  # one band: (min, max)
    if image.mode.startswith("I;16"):
        low, high = 0.0, 65535.0
    elif image.mode == "I" and low >= 0 and high <= 65535:
        low, high = 0.0, 65535.0 if high > 255 else 255.0
    scale = 255.0 / ((high - low) or 1.0)
    return wide.point(lambda value: (value - low) * scale).convert("L")


def flatten(image: Image.Image) -> Image.Image:
    """RGB pixels, transparency composed onto white (how a page shows it)."""
    image = eight_bit(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def _draft_target(image: Image.Image, box: tuple[int, int]) -> tuple[int, int]:
    """The box the decoded pixels must cover, turned like the stored pixels are."""
    return (box[1], box[0]) if pending_orientation(image) in (5, 6, 7, 8) else box


# Modes Pillow resizes as they are: reduced first, so a large picture is never copied at full
# size. Modes with transparency or a palette must be converted before they are resized (Pillow
# itself converts RGBA to premultiplied RGBa, a second full-size copy): they are converted and
# reduced a strip at a time. Others (16-bit, CMYK) are converted whole, then reduced.
_RESIZABLE = frozenset({"RGB", "L", "RGBX"})
_BY_STRIPS = frozenset({"RGBA", "LA", "PA", "P", "RGBa", "La"})
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16B": 2, "I;16L": 2}  # else 4
_STRIP_BYTES = 16 << 20
_REDUCING_GAP = 3.0


def decode_cost(image: Image.Image, box: tuple[int, int]) -> int:
    """Bytes that fitting this opened photo into `box` holds at its peak: the decoded pixels
    (at the JPEG draft scale), plus a converted copy for modes that must be converted first."""
    width, height = image.size
    if image.format == "JPEG":
        target = _draft_target(image, box)
        scale = 1
        while (
            scale < 8 and width // (scale * 2) >= target[0] and height // (scale * 2) >= target[1]
        ):
            scale *= 2
        width, height = -(-width // scale), -(-height // scale)
    pixels = width * height
    decoded = pixels * _BYTES_PER_PIXEL.get(image.mode, 4)
    converted = 0 if image.mode in _RESIZABLE | _BY_STRIPS else pixels * 4
    return decoded + converted + 2 * _STRIP_BYTES


def _reduced_by_strips(image: Image.Image, target: tuple[int, int]) -> Image.Image:
    """Flattened and reduced by the factor `thumbnail` would use, a strip of rows at a time:
    the same pixels as reducing the whole, with one full-size picture in memory, not two."""
    width, height = image.size
    factor = max(
        1, min(width // int(target[0] * _REDUCING_GAP), height // int(target[1] * _REDUCING_GAP))
    )
    if factor == 1:
        return flatten(image)
    rows = max(1, _STRIP_BYTES // (width * 4) // factor) * factor
    reduced = Image.new("RGB", (-(-width // factor), -(-height // factor)), (255, 255, 255))
    for top in range(0, height, rows):
        strip = flatten(image.crop((0, top, width, min(height, top + rows))))
        reduced.paste(strip.reduce(factor), (0, top // factor))
    return reduced


def fit_upright(
    image: Image.Image,
    box: tuple[int, int],
    resample: Image.Resampling = Image.Resampling.LANCZOS,
) -> Image.Image:
    """An opened (header only) photo decoded upright, RGB, fitted inside `box`.

    JPEGs are decoded at 1/2, 1/4 or 1/8 scale in the DCT domain (draft) when that still gives
    at least `box`: many times faster than a full decode, with no visible loss once reduced.
    Other formats are decoded once and reduced at once, before any conversion. `resample` is
    the filter of the final reduction.
    """
    orientation = pending_orientation(image)
    target = _draft_target(image, box)
    if image.format == "JPEG":
        image.draft("RGB", target)
    image = load(image)
    if image.mode in _RESIZABLE:
        image.thumbnail(target, resample, reducing_gap=_REDUCING_GAP)
        image = flatten(image)
    else:
        image = _reduced_by_strips(image, target) if image.mode in _BY_STRIPS else flatten(image)
        image.thumbnail(target, resample, reducing_gap=_REDUCING_GAP)
    return upright(image, orientation)


def scaled_upright(source: bytes | BinaryIO, box: tuple[int, int]) -> Image.Image:
    """The photo (bytes or an open file) upright, RGB, fitted inside `box`."""
    return fit_upright(open_image(source), box)
