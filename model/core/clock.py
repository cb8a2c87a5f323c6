"""Who did something and when, as the history and the lock record it."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime


def now() -> str:
    """The current time as stored: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def current_user() -> str:
    """The operating-system user, as accountability asks; never fails."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
