"""``python -m dealtrail`` runs the CLI (the same as the ``dealtrail`` command)."""

from dealtrail.cli import main

main()
