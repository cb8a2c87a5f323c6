"""Render the application icon's PNGs (and the Windows .ico) from its SVG sources.

The PNGs are committed, so a fresh clone builds the package without librsvg; run this
again only after editing an SVG: `python packaging/render_icons.py` (needs `rsvg-convert`,
Debian package librsvg2-bin, and Pillow for the .ico).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
APP_ID = "io.github.registre.Registre"
SIZES = (16, 32, 48, 64, 128, 256, 512)
SMALL = 16
"""Sizes drawn from the pixel-aligned -small.svg: the full drawing blurs its check mark there."""


def source_for(size: int) -> Path:
    return ICONS / (f"{APP_ID}-small.svg" if size <= SMALL else f"{APP_ID}.svg")


def png_for(size: int) -> Path:
    return ICONS / f"{APP_ID}-{size}.png"


def main() -> int:
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        print("rsvg-convert not found: apt-get install librsvg2-bin", file=sys.stderr)
        return 2
    for size in SIZES:
        subprocess.run([rsvg, "-w", str(size), "-h", str(size), str(source_for(size)),
                        "-o", str(png_for(size))], check=True)
        print(png_for(size).relative_to(ICONS.parent.parent))
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not installed: the .ico was not rendered", file=sys.stderr)
        return 0
    images = [Image.open(png_for(size)) for size in (16, 32, 48, 64, 128, 256)]
    ico = ICONS / f"{APP_ID}.ico"
    # Pillow writes every size in `sizes`, each from the largest image it was given, except
    # those in append_images which it uses as they are: the hand-drawn 16 px stays crisp.
    images[-1].save(ico, sizes=[im.size for im in images], append_images=images[:-1])
    print(ico.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
