"""The frozen application's entry point: the `registre` console script, nothing more.

PyInstaller needs a script, not an entry point; this one does what `registre = model.cli:main`
does in pyproject.toml, so the bundle's `registre` opens the editor with no subcommand and
runs the headless subcommands otherwise.
"""

from model.cli import main

if __name__ == "__main__":
    main()
