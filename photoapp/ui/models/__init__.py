"""Thin Qt item models over the project store: no second copy of the data, only ids and caches."""
