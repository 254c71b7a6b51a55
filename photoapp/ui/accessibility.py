"""Names for assistive technology (screen readers) and for automation: a form's labels name
their fields, so that a field reads "Title" rather than nothing."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

_MNEMONIC = re.compile(r"&(?!&)|\(&.\)")  # "&Name:", "名稱(&N)："


def label_name(text: str) -> str:
    """A label's text as a name: no accelerator marks, no trailing colon."""
    return _MNEMONIC.sub("", text).replace("&&", "&").strip().rstrip(":：").strip()


def _widgets(item_layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(item_layout.count()):
        item = item_layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _widgets(inner)
    return found


def name_fields(root: QWidget) -> None:
    """Give every unnamed field of `root`'s form layouts the name of its row's label (and the
    widget it passes focus to, such as a date field's edit)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel) or not label_name(label.text()):
                continue
            field, inner = field_item.widget(), field_item.layout()
            fields = [field] if field is not None else _widgets(inner)[:1] if inner else []
            for each in fields:
                for widget in (each, each.focusProxy()):
                    if widget is not None and not widget.accessibleName():
                        widget.setAccessibleName(label_name(label.text()))
