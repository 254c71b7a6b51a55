"""The rules of a trip appendix as plain data: no I/O, no Qt."""
