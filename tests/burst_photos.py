"""A generated set of trip photos with known bursts, for the similar-photo tests.

Scenes of different content (outdoor views from photoapp.samples, and indoor meetings drawn
here), spread over events of the day: each scene is shot as a burst of 1-6 by the main phone
with small shifts, zoom, exposure and JPEG-quality changes, some shots blurred (never all of a
burst); every third scene is also shot by a second phone of another resolution, make and model,
up to two minutes later, whose clock runs a little off. Different scenes of one event are
minutes apart, so time alone never tells them apart: the hash has to.

`write_set(folder)` writes the files and returns what each one is (the ground truth).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from photoapp.samples.photos import Exif, exif_block, scene

SCENES = 30
WORLD = (960, 720)  # each scene is drawn once at this size; shots are crops of it
MAIN = ("Apple", "iPhone 8", (640, 480))
SECOND = ("samsung", "SM-G950F", (800, 600))
FIRST = datetime(2017, 9, 11, 8, 30)
SECOND_CLOCK = timedelta(seconds=47)  # the second phone's clock runs this far ahead
BLUR_RADIUS = (2.5, 4.0)  # pixels at the shot's size: a shaken hand or a missed focus


@dataclass(frozen=True)
class Shot:
    """One generated photo: its file name, which scene it shows, and whether it is blurred."""

    name: str
    scene: int
    blurred: bool


def indoor(size: tuple[int, int], seed: int) -> Image.Image:
    """A meeting room: a wall, a banner, a table and people at it, as delegations shoot them."""
    rng = random.Random(seed)
    width, height = size
    wall = (rng.randint(150, 230), rng.randint(140, 220), rng.randint(120, 200))
    image = Image.new("RGB", size, wall)
    draw = ImageDraw.Draw(image)
    top = rng.randint(height // 12, height // 5)
    banner = (rng.randint(120, 220), rng.randint(10, 60), rng.randint(10, 60))
    left = rng.randint(0, width // 4)
    draw.rectangle((left, top, left + width // 2, top + height // 8), fill=banner)
    for letter in range(rng.randint(4, 9)):
        x = left + 12 + letter * width // 20
        draw.rectangle((x, top + 10, x + width // 40, top + height // 8 - 10), fill=(240, 230, 180))
    table = int(height * rng.uniform(0.6, 0.75))
    draw.rectangle((0, table, width, height), fill=(rng.randint(60, 120), 50, 30))
    for _person in range(rng.randint(2, 6)):
        x = rng.randint(width // 10, width * 9 // 10)
        head = height // rng.randint(18, 26)
        suit = (rng.randint(10, 90), rng.randint(10, 90), rng.randint(30, 120))
        draw.ellipse((x - head, table - 5 * head, x + head, table - 3 * head), fill=(225, 190, 160))
        draw.rectangle((x - 2 * head, table - 3 * head, x + 2 * head, table), fill=suit)
    for _frame in range(rng.randint(0, 3)):
        x, y = rng.randint(0, width - width // 6), rng.randint(top + height // 6, table - 40)
        draw.rectangle((x, y, x + width // 7, y + height // 9), outline=(40, 40, 40), width=4)
    return _grain(image, rng)


def _grain(image: Image.Image, rng: random.Random) -> Image.Image:
    """Sensor grain from `rng` (Pillow's effect_noise cannot be seeded): the same set every run."""
    noise = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height))
    return Image.blend(image, noise.convert("RGB"), 0.08).filter(ImageFilter.SMOOTH)


def outdoor(size: tuple[int, int], seed: int) -> Image.Image:
    """The sample scene (sky, hills, a building, people), with seeded grain."""
    return _grain(scene(size, seed, grain=False), random.Random(seed))


def _shot(
    world: Image.Image,
    rng: random.Random,
    size: tuple[int, int],
    *,
    reach: float,
    blurred: bool,
) -> Image.Image:
    """A camera's view of `world`: a little shifted and zoomed, exposed and maybe blurred."""
    width, height = world.size
    zoom = rng.uniform(0.84, 0.92)
    crop_w, crop_h = int(width * zoom), int(height * zoom)
    spare_x, spare_y = width - crop_w, height - crop_h
    centre_x = spare_x / 2 + rng.uniform(-reach, reach) * width
    centre_y = spare_y / 2 + rng.uniform(-reach, reach) * height
    x = int(min(max(centre_x, 0), spare_x))
    y = int(min(max(centre_y, 0), spare_y))
    picture = world.crop((x, y, x + crop_w, y + crop_h)).resize(size, Image.Resampling.BILINEAR)
    picture = ImageEnhance.Brightness(picture).enhance(rng.uniform(0.75, 1.25))
    if blurred:
        picture = picture.filter(ImageFilter.GaussianBlur(rng.uniform(*BLUR_RADIUS)))
    return picture


def _save(path: Path, picture: Image.Image, meta: Exif, quality: int) -> None:
    picture.save(path, "JPEG", quality=quality, exif=exif_block(meta))


def _meta(camera: tuple[str, str, tuple[int, int]], when: datetime) -> Exif:
    stamp = when.strftime("%Y:%m:%d %H:%M:%S")
    return Exif(taken=stamp, datetime=stamp, make=camera[0], model=camera[1])


def write_set(folder: Path, scenes: int = SCENES, seed: int = 13) -> list[Shot]:
    """Write the set into `folder` and return each photo's truth, in the order written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Shot] = []
    when = FIRST
    for number in range(scenes):
        if number % 3 == 0:
            when += timedelta(minutes=rng.randint(40, 90))  # the next event of the day
        else:
            when += timedelta(seconds=rng.randint(12, 200))  # another scene at the same event
        content = outdoor if number % 2 == 0 else indoor
        world = content(WORLD, 1000 + number)
        burst = rng.randint(1, 6)
        blurred_at = {rng.randrange(burst)} if burst >= 2 and rng.random() < 0.5 else set()
        for index in range(burst):
            blurred = index in blurred_at
            picture = _shot(world, rng, MAIN[2], reach=0.02, blurred=blurred)
            name = f"s{number:02d}-a{index}.jpg"
            taken = when + timedelta(seconds=index)
            _save(folder / name, picture, _meta(MAIN, taken), rng.randint(60, 95))
            shots.append(Shot(name, number, blurred))
        if number % 3 == 1:
            for index in range(rng.randint(1, 2)):
                picture = _shot(world, rng, SECOND[2], reach=0.04, blurred=False)
                name = f"s{number:02d}-b{index}.jpg"
                offset = timedelta(seconds=rng.randint(10, 120)) + SECOND_CLOCK
                _save(folder / name, picture, _meta(SECOND, when + offset), rng.randint(70, 95))
                shots.append(Shot(name, number, False))
    return shots


def true_pairs(shots: list[Shot], names: dict[str, int]) -> set[tuple[int, int]]:
    """The pairs of photo ids (by `names`: file name to id) that show the same scene."""
    pairs: set[tuple[int, int]] = set()
    for first in shots:
        for second in shots:
            a, b = names[first.name], names[second.name]
            if first.scene == second.scene and a < b:
                pairs.add((a, b))
    return pairs
