"""Run the command line with ``python -m cschub``."""

from cschub.cli.main import main

main()
