"""About photoapp: its version and licence, and every library and font it is built from with
theirs (Qt is LGPL: the dialog says so and where its source is)."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.texts import credits
from photoapp.texts.catalogue import fill


class AboutDialog(QDialog):
    """Version, licence, then a list: component, version, licence, web address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About photoapp"))
        self.resize(720, 480)
        heading = QLabel(
            fill(
                self.tr(
                    "<h3>photoapp %1</h3><p>The photo appendix of a trip report, from the trip's "
                    "photos.</p><p>Licence: %2. It is built with the libraries and fonts below, "
                    "each under its own licence.</p>"
                ),
                credits.photoapp_version(),
                credits.PHOTOAPP_LICENCE,
            )
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.components = QTreeWidget()
        self.components.setRootIsDecorated(False)
        self.components.setHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Web site")]
        )
        self.components.setAccessibleName(self.tr("Libraries and fonts"))
        header = self.components.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for component in credits.LIBRARIES:
            is_qt = component.name == "Qt"
            installed = qVersion() if is_qt else credits.component_version(component)
            QTreeWidgetItem(
                self.components, [component.name, installed, component.licence, component.url]
            )
        for font in credits.FONTS:
            QTreeWidgetItem(self.components, [font.name, "", font.licence, font.url])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.components)
        layout.addWidget(buttons)
        self.heading = heading

    def rows(self) -> list[tuple[str, str, str]]:
        """(component, version, licence) as listed."""
        count = self.components.topLevelItemCount()
        items = (self.components.topLevelItem(i) for i in range(count))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]
