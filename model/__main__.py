"""`python -m model`: the `registre` command without installing it."""

from model.cli import main

main()
