"""`python -m photoapp` runs the same command as the `photoapp` entry point."""

from photoapp.cli import main

raise SystemExit(main())
