"""`python -m innovis` runs the command line."""

from .terminal.cli import run

run()
