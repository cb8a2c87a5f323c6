"""Where Registre keeps the user's files: the default register, backups, signing key, log."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "registre"
REGISTER_SUFFIXES = (".registre", ".db")
"""How a register file is named: `registre NAME` creates NAME only when it ends so."""


def data_dir() -> Path:
    """The user's data folder: default register, backups, signing key, logs."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    """The register opened when none is named: $REGISTRE_DB, else the data folder's."""
    env = os.environ.get("REGISTRE_DB")
    return Path(env) if env else data_dir() / "register.db"
