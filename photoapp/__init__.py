"""photoapp: turns the photos of an official trip into the photo appendix of the trip report."""

__version__ = "0.1.0"
