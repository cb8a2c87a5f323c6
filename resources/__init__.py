"""Files shipped with Registre (translations, fonts, icons, samples), found where they are.

`importlib.resources` finds them in a source checkout, an installed wheel and the frozen
PyInstaller bundle alike (qutebrowser `qutebrowser/utils/resources.py`). No Qt here: the
headless core uses this package too.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

APP_ID = "io.github.registre.Registre"
"""Reverse-DNS application id: the .desktop file, the icon and the AppStream metadata's name."""

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
"""The rendered PNG sizes in `icons/` (packaging/render_icons.py makes them from the SVG)."""


def path(*parts: str) -> Path:
    """A shipped file or folder, e.g. `path("samples", "seed-register-fr.tsv")`.

    Registre is never run from a zip, so the package's files are real files on disk. One part
    at a time: Python 3.11's MultiplexedPath.joinpath() takes a single one."""
    found = resources.files(__name__)
    for part in parts:
        found = found / part
    return Path(str(found))


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG when `size` is None, else the PNG of that many pixels."""
    if size is None:
        return path("icons", f"{APP_ID}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes: {ICON_SIZES}")
    return path("icons", f"{APP_ID}-{size}.png")


def icon_paths() -> list[Path]:
    """Every PNG size, smallest first: add each to a QIcon so Qt picks the sharpest one."""
    return [icon_path(size) for size in ICON_SIZES]


def translations_dir() -> Path:
    return path("translations")
