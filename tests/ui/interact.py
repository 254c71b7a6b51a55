"""User input as Qt delivers it: drag-and-drop events on a view's viewport, input-method text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def drop_at(
    target: QWidget,
    point: QPoint,
    data: QMimeData,
    action: Qt.DropAction = Qt.DropAction.MoveAction,
) -> bool:
    """Deliver a drag of `data` onto `target` at `point`; True if the drop was accepted.

    `data` must stay referenced by the caller until this returns (Qt does not own it here).
    """
    return drop_answer(target, point, data, action) != Qt.DropAction.IgnoreAction


def drop_answer(
    target: QWidget,
    point: QPoint,
    data: QMimeData,
    action: Qt.DropAction = Qt.DropAction.MoveAction,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> Qt.DropAction:
    """Like `drop_at`, but returns the action the target answered (what the drag's source is
    told; a file manager deletes the original after Move), IgnoreAction if refused."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return Qt.DropAction.IgnoreAction
    drop = QDropEvent(QPointF(point), actions, data, buttons, modifiers)
    drop.setDropAction(action)
    QApplication.sendEvent(target, drop)
    return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction


def drop_on_index(view: QAbstractItemView, index: QModelIndex, data: QMimeData) -> bool:
    """Drop onto the middle of an item of a view."""
    return drop_at(view.viewport(), view.visualRect(index).center(), data)


def drop_before_index(view: QAbstractItemView, index: QModelIndex, data: QMimeData) -> bool:
    """Drop just inside the left edge of an item (an insertion before it, in a strip)."""
    rect = view.visualRect(index)
    return drop_at(view.viewport(), QPoint(rect.left() + 2, rect.center().y()), data)


def type_ime(widget: QWidget, text: str) -> None:
    """Commit text as a Chinese input method does (QTest key clicks are Latin-1 only, and
    crash the process on Chinese characters)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """A mouse click (press and release, no movement) on the middle of a row."""
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
