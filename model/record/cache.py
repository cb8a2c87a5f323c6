"""Laid-out sheets kept in the user's cache folder, made in worker processes when missing.

The summary is kept the same way, under the SHA-256 of what it prints (`summary.key`).

A sheet file is named by the SHA-256 of everything the sheet prints (its activity, the list
entries it names, its title, the record's language and the layout version). It holds each
page as a compressed PDF content stream (`model.record.stream`), which the record copies as
it is, with the operations only the record can finish (destinations, links, page numbers);
a page whose text is outside the fixed encoding is kept as operations and drawn. A first
line seals the rest with its SHA-256; a file whose seal, key or format does not match is
laid out again, so the cache can make an export faster but never make it say something
stale. Sheets are read back one at a time while the record is written (beyond the first
`HOLD_BYTES`, held from `prepare`), so memory does not grow with the register.

The folder is pruned after each export (`SheetStore.prune`): a sheet the export did not use
goes once it has not been used for `KEEP_UNUSED_DAYS` days, or sooner, oldest first, while
the folder holds more than `MAX_BYTES`. A sheet used is touched, so its age is the time
since it was last printed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from model.core.ahead import usable_cores
from model.record import sheet, stream
from model.record.layout import Page
from model.record.styles import register_fonts
from model.record.terms import Lookups

APP_NAME = "Registre"
# Fewer sheets to lay out than this, and a pool costs more than it saves.
POOL_FROM = 24
# Sheets a worker takes at a time (fewer when there are few).
CHUNK = 16
# A sheet no export used lately: kept this long (another register, the other language)…
KEEP_UNUSED_DAYS = 30
# …unless the folder grows past this (10,000 sheets take about 60 MiB).
MAX_BYTES = 256 * 1024 * 1024
# Kept sheets `prepare` holds for drawing rather than reading them twice, up to this many
# bytes of streams (about 2,000 sheets); the others are read again when drawn.
HOLD_BYTES = 16 * 1024 * 1024
# A worker's unfinished file (a killed export) is swept after this many seconds.
STALE_TMP_SECONDS = 3600


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "sheets"


@dataclass(frozen=True)
class SheetJob:
    key: str
    activity: dict[str, Any]
    lookups: dict[str, Any]
    lang: str
    title: str


def job(activity: dict[str, Any], lk: Lookups, lang: str, title: str) -> SheetJob:
    parts = lk.for_activity(activity)
    payload = json.dumps(
        [sheet.LAYOUT_VERSION, lang, title, activity, parts],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str,
    )
    return SheetJob(hashlib.sha256(payload.encode("utf-8")).hexdigest(), activity, parts,
                    lang, title)


# How a kept file is laid out; a file of another format is laid out again.
FORMAT = 2


@dataclass(frozen=True)
class Kept:
    """A kept sheet or summary: its pages as ready content streams, each with the
    operations the record finishes (`late`), or as operations (`ops`)."""

    pages: int
    late: list[Page] | None
    streams: list[bytes] | None
    ops: list[Page] | None


@dataclass
class Stats:
    """What a render did: sheets laid out and reused (the tests count these, never time
    them), and the record's pages (the signature page is the last)."""

    laid_out: int = 0
    reused: int = 0
    pages: int = 0
    pruned: int = 0
    summary_reused: bool = False


class SheetStore:
    """The folder of laid-out sheets: the user's cache, or a temporary one if unwritable."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            self._tmp = tempfile.TemporaryDirectory(prefix="registre-sheets-")
            self.folder = Path(self._tmp.name)
        self.stats = Stats()
        self.used: set[str] = set()
        self.held: dict[str, Kept] = {}

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def read(self, key: str) -> Kept | None:
        """A kept sheet (or summary), or None when it is missing or does not check out."""
        try:
            with self.path(key).open("rb") as f:
                seal = json.loads(f.readline())
                head_line = f.readline()
                body = f.read()
            head = json.loads(head_line)
        except (OSError, ValueError):
            return None
        if (not isinstance(seal, dict) or not isinstance(head, dict)
                or seal.get("sha256") != hashlib.sha256(head_line + body).hexdigest()
                or head.get("format") != FORMAT or head.get("key") != key):
            return None
        return _kept(head, body)

    def sheet(self, key: str) -> Kept | None:
        """A kept sheet to draw: as `prepare` read it, or read (and checked) again."""
        kept = self.held.pop(key, None)
        return kept if kept is not None else self.read(key)

    def page_count(self, key: str) -> int | None:
        """Pages of a kept sheet, or None when it is missing or does not check out."""
        kept = self.read(key)
        return kept.pages if kept is not None else None

    def prepare(self, jobs: list[SheetJob],
                meanwhile: Callable[[], None] | None = None) -> list[int]:
        """Every sheet's page count, laying out (in worker processes) those not kept;
        `meanwhile` runs here while the workers lay them out."""
        self.used.update(j.key for j in jobs)
        counts: list[int | None] = []
        held = 0
        for j in jobs:
            kept = self.read(j.key)
            counts.append(kept.pages if kept is not None else None)
            if kept is not None and kept.streams is not None and held < HOLD_BYTES:
                self.held[j.key] = kept  # checked now: not read again to be drawn
                held += sum(map(len, kept.streams))
        todo = [j for j, n in zip(jobs, counts, strict=True) if n is None]
        self.stats.reused += len(jobs) - len(todo)
        self.stats.laid_out += len(todo)
        made: dict[str, int] = {}
        unique = list({j.key: j for j in todo}.values())
        cores = usable_cores()
        if len(unique) < POOL_FROM or cores < 2:
            if meanwhile is not None:
                meanwhile()
            for j in unique:
                made[j.key] = lay_out_and_keep(j, self.folder)
        else:
            from concurrent.futures import ProcessPoolExecutor  # only when there is work to share

            # this process lays out sheets too: one worker for each other core
            workers = max(1, min(cores - 1, len(unique) // POOL_FROM))
            size = max(1, min(CHUNK, len(unique) // (workers * 8)))
            chunks = [unique[at:at + size] for at in range(0, len(unique), size)]
            with ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                     initializer=register_fonts) as pool:
                futures = [pool.submit(_lay_out_chunk, c, self.folder) for c in chunks]
                if meanwhile is not None:
                    meanwhile()
                # Then this process shares the sheets no worker has started, from the end:
                # it would otherwise wait, idle, for the workers.
                for c, future in zip(reversed(chunks), reversed(futures), strict=True):
                    if not future.cancel():
                        break  # taken in order: every chunk before it is taken too
                    for j in c:
                        made[j.key] = lay_out_and_keep(j, self.folder)
                for c, future in zip(chunks, futures, strict=True):
                    if not future.cancelled():
                        made.update(zip((j.key for j in c), future.result(), strict=True))
        return [n if n is not None else made[j.key] for j, n in zip(jobs, counts, strict=True)]

    def summary(self, key: str, lay_out: Callable[[], list[Page]]) -> Kept:
        """The summary kept under `key`, laid out (and kept) when missing."""
        self.used.add(key)
        kept = self.read(key)
        if kept is not None:
            self.stats.summary_reused = True
            return kept
        pages = lay_out()
        with contextlib.suppress(OSError):  # not kept: laid out again next time
            keep(self.folder, key, pages)
            kept = self.read(key)  # its streams hold a long summary in far less memory
            if kept is not None:
                return kept
        return Kept(len(pages), None, None, pages)

    def prune(self, now: float | None = None) -> int:
        """Remove the sheets this store's export did not use, once unused for
        `KEEP_UNUSED_DAYS` days or while the folder holds more than `MAX_BYTES` (oldest
        first), and a worker's unfinished files; touch those used. Returns how many went.
        Never raises: a cache that cannot be tidied is still a cache."""
        now = time.time() if now is None else now
        unused: list[tuple[float, int, Path]] = []
        total = 0
        removed = 0
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return 0
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            name = entry.name
            if name.endswith(".tmp") and name.startswith("."):
                if now - info.st_mtime > STALE_TMP_SECONDS and _remove(Path(entry.path)):
                    removed += 1
                continue
            if not name.endswith(".json"):
                continue
            total += info.st_size
            if name[:-5] in self.used:
                with contextlib.suppress(OSError):
                    os.utime(entry.path, (now, now))
            else:
                unused.append((info.st_mtime, info.st_size, Path(entry.path)))
        unused.sort()
        for mtime, size, path in unused:
            if (now - mtime > KEEP_UNUSED_DAYS * 86400 or total > MAX_BYTES) and _remove(path):
                removed += 1
                total -= size
        self.stats.pruned += removed
        return removed


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _context() -> Any:
    """fork is the cheapest start; under Qt (threads running) a fresh interpreter is safer."""
    import multiprocessing

    if sys.platform.startswith("linux") and "PySide6" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _lay_out_chunk(jobs: list[SheetJob], folder: Path) -> list[int]:
    """A worker's share: a few sheets at a time, so the parent can take the last ones."""
    return [lay_out_and_keep(j, folder) for j in jobs]


def lay_out_and_keep(j: SheetJob, folder: Path) -> int:
    """Lay out one sheet and write it where `SheetStore` finds it: whole, or not at all."""
    register_fonts()
    pages = sheet.lay_out(j.activity, Lookups.from_parts(j.lookups), j.lang, j.title, "@sheet")
    keep(folder, j.key, pages)
    return len(pages)


def keep(folder: Path, key: str, pages: list[Page]) -> None:
    """Write laid-out `pages` under `key` where `SheetStore` finds them: whole, or not at all.

    Each page is kept as a compressed content stream of its drawing and the operations
    only the record can finish (`stream.LATE`: destinations, links, page numbers), or, when
    a page's text is outside the fixed encoding, every page as its operations."""
    data: list[bytes] = []
    late: list[Page] = []
    for p in pages:
        drawn, finish = stream.split(p)
        if drawn is None:
            break
        data.append(drawn)
        late.append(finish)
    if len(data) == len(pages):
        body = b"".join(data)
        head: dict[str, Any] = {"streams": [len(s) for s in data], "late": late}
    else:
        body = json.dumps(pages, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = {"streams": None, "late": None}
    head_line = json.dumps({"format": FORMAT, "key": key, "pages": len(pages), **head},
                           ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    seal = json.dumps({"sha256": hashlib.sha256(head_line + body).hexdigest()}).encode()
    target = folder / f"{key}.json"
    # named for this process and thread (mkstemp's random names cost a tenth of a sheet's write)
    tmp = folder / f".{key[:16]}.{os.getpid()}-{threading.get_ident()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(seal + b"\n" + head_line + body)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _kept(head: dict[str, Any], body: bytes) -> Kept | None:
    """What a checked file holds, or None when its parts do not add up."""
    pages = head.get("pages")
    if not isinstance(pages, int) or pages < 1:
        return None
    lengths, late = head.get("streams"), head.get("late")
    if lengths is None:
        ops = json.loads(body)
        return Kept(pages, None, None, ops) if isinstance(ops, list) and len(ops) == pages \
            else None
    if (not isinstance(lengths, list) or not isinstance(late, list) or len(lengths) != pages
            or len(late) != pages or sum(lengths) != len(body)):
        return None
    streams, at = [], 0
    for n in lengths:
        streams.append(body[at:at + n])
        at += n
    return Kept(pages, late, streams, None)
