"""Texts below the GUI: the translation catalogue and the wording of what lower layers report.

Qt-free, so that the command line speaks the user's language without loading Qt, and the GUI
uses the very same sentences. The catalogue is read from the Qt Linguist `.ts` source, so one
translation file serves both; the GUI keeps a QTranslator for its widgets and Qt's own strings.
"""
