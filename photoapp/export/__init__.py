"""The appendix as documents: one page layout, and the ODT, DOCX and PDF writers."""
