"""Python's cycle collector while the window opens, and after.

Opening the window makes some 70,000 objects the collector tracks, and they live as long as
the window does: the modules and classes of Qt and of photoapp, the window's widgets, the open
project's photos. The collector walks them again and again while they are being made (60 to
80 ms of a 5,000-photo project's open, a full pass of 25 ms among them), and each full pass
after the open walks them all once more: a stall in a scroll. So the window's start pauses
it (`pause`, before Qt is loaded), and once the window has painted its photos `resume` freezes
what was made so far (the collector leaves it alone from then on) and lets the collector run
again on what comes next.

What a project held is thawed when it closes (`thaw`): a project opened and closed in the same
window would otherwise stay in memory. Nothing of this is needed for a headless command, which
never pauses.
"""

from __future__ import annotations

import gc

_paused = False  # the collector was paused by `pause`, and not resumed yet


def pause() -> None:
    """Stop collecting cycles until `resume` (nothing when the collector is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze every object made so far and collect again (only after `pause`)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """Whether `pause` stopped the collector and `resume` has not run yet."""
    return _paused


def thaw() -> None:
    """Let the collector look at the frozen objects again (a project they held was closed)."""
    if gc.get_freeze_count():
        gc.unfreeze()
