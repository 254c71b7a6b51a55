"""The Qt layer: windows, item models, drag and drop, undo commands, translations."""
