"""Generated sample material: photos with EXIF for tests and benchmarks, and the demo trip."""
