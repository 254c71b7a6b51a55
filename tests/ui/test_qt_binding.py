"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to
`True` on every signal emit, and the process aborts once a few thousand emits have used them up."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emits_keep_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.fired.emit(None)
    assert len(received) == 200
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
