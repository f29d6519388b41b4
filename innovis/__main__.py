"""`python -m innovis` runs the command line."""

import sys

from .terminal.cli import main

sys.exit(main())
