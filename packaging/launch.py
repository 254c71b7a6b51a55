"""The bundle's entry point: the same `photoapp` command as the installed package's."""

from photoapp.cli import main

raise SystemExit(main())
