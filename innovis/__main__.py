"""`python -m innovis` runs the command line."""

from .terminal.launch import run

run()
