"""``python -m articlekit``: the command line."""

from articlekit.cli import main

raise SystemExit(main())
