"""Library logging (pyHanko, its certificate validator, fontTools) into the log file.

With no handler configured, Python prints a library's warnings and tracebacks on
stderr: a CA-issued certificate then put pyHanko's traceback in the user's
terminal. Here they go to `registre.log` (0600), as one line each: the logger,
the level and the exception class, never the message, which may name a signer.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import UTC, datetime

from model.core.paths import data_dir

LIBRARIES = ("pyhanko", "pyhanko_certvalidator", "fontTools", "aiohttp", "asyncio")


class _LineHandler(logging.Handler):
    """Writes one personal-data-free line per record to the log file, opened per record."""

    def emit(self, record: logging.LogRecord) -> None:
        kind = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
        line = f"{datetime.now(UTC).isoformat(timespec='seconds')} {record.levelname} " \
               f"{record.name} {kind}".rstrip() + "\n"
        with contextlib.suppress(OSError):
            folder = data_dir()
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(folder / "registre.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as out:
                out.write(line)


_handler = _LineHandler(level=logging.WARNING)


def route_library_logs() -> None:
    """Idempotent: each library logger gets our handler and stops reaching stderr."""
    for name in LIBRARIES:
        logger = logging.getLogger(name)
        if _handler not in logger.handlers:
            logger.addHandler(_handler)
        logger.propagate = False
