"""The checks that need the appendix laid out with its export settings.

What only the layout knows: a caption too long for its box (set smaller or cut), a photo
printed below MIN_PPI, a photo on no day while captions are numbered per day, a day heading
printed twice because the user keeps an order in which the day's photos are apart. `check` on
the command line, the checks window and the export dialog all list them beside the domain's
own checks (`photoapp.storage.appendix_checks`).
"""

from __future__ import annotations

from collections.abc import Sequence

from photoapp.domain.checks import CheckKind, Finding
from photoapp.domain.model import Photo
from photoapp.export.entries import collect
from photoapp.export.layout import CaptionFit, Heading, Layout, Row, build_layout
from photoapp.export.numbering import numbers_per_day
from photoapp.export.settings import MIN_PPI, ExportSettings
from photoapp.storage.appendix_checks import appendix_findings
from photoapp.storage.project import Project


def layout_findings(layout: Layout) -> list[Finding]:
    """What the laid-out appendix shows, in print order; `number` is the print position."""
    findings: list[Finding] = []
    per_day = numbers_per_day(layout.settings.caption_format)
    headed: set[int] = set()
    repeated = False
    for page in layout.pages:
        for block in page.blocks:
            if isinstance(block, Heading):
                if block.day is not None:
                    repeated = block.day.id in headed
                    headed.add(block.day.id)
                continue
            assert isinstance(block, Row)
            for slot in block.slots:
                entry = slot.entry
                number = entry.position + 1
                if repeated:
                    findings.append(Finding(CheckKind.REPEATED_DAY, entry.photo.id, number))
                    repeated = False
                if slot.fit is not CaptionFit.FITS:
                    findings.append(Finding(CheckKind.CAPTION_TOO_LONG, entry.photo.id, number))
                ppi = layout.printed_ppi(slot)
                if ppi is not None and round(ppi) < MIN_PPI:
                    findings.append(
                        Finding(CheckKind.LOW_RESOLUTION, entry.photo.id, number, value=round(ppi))
                    )
                if per_day and entry.day is None:
                    findings.append(Finding(CheckKind.NO_DAY, entry.photo.id, number))
    return findings


def headings_repeat(layout: Layout) -> bool:
    """Whether some day's heading is printed more than once."""
    return any(f.kind is CheckKind.REPEATED_DAY for f in layout_findings(layout))


def export_findings(
    project: Project, settings: ExportSettings, photos: Sequence[Photo] | None = None
) -> list[Finding]:
    """All the appendix checks: the domain's and the layout's, by photo number."""
    found = appendix_findings(project, photos)
    found += layout_findings(build_layout(collect(project, settings), settings))
    return sorted(found, key=lambda f: (f.number or 0, f.kind.value))
