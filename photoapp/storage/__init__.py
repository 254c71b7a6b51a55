"""Everything that touches files: the project database, photo decoding, EXIF, thumbnails, import."""
