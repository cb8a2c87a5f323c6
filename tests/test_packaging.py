"""The packaging files: valid for the desktop's tools, consistent with each other and the code.

The validators are Debian packages (appstream, desktop-file-utils, shared-mime-info,
libxml2-utils); each test that needs one is skipped, saying which, when it is absent.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import resources
from model.storage import schema
from model.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.registre.Registre"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"
SPEC = PACKAGING / "registre.spec"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not installed (Debian package {package})")
    return found


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


# --- validators -----------------------------------------------------------------------------


def test_metainfo_passes_appstreamcli() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    proc = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_file_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_mime_xml_is_well_formed() -> None:
    xmllint = tool("xmllint", "libxml2-utils")
    proc = subprocess.run([xmllint, "--noout", str(MIME)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_file_manager_recognises_a_register_by_its_content(tmp_path: Path) -> None:
    """The MIME type installed as install-linux.sh does, then asked of Qt (which reads the same
    shared-mime-info database as the file managers) about a real register, named .db."""
    update = tool("update-mime-database", "shared-mime-info")
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run([update, str(share / "mime")], check=True, capture_output=True)
    register = tmp_path / "register.db"
    Store.open(register, create=True).close()
    renamed = tmp_path / "copy.registre"
    shutil.copy(register, renamed)
    other = tmp_path / "other.db"  # SQLite, not a register
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    script = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
              "for f in sys.argv[1:]: print(QMimeDatabase().mimeTypeForFile(f).name())")
    system = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    env = dict(os.environ, XDG_DATA_DIRS=f"{share}:{system}")
    proc = subprocess.run([sys.executable, "-c", script, str(register), str(renamed), str(other)],
                          env=env, capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["application/x-registre-register",
                                   "application/x-registre-register", "application/vnd.sqlite3"]


# --- consistency ----------------------------------------------------------------------------


def test_mime_magic_is_the_register_application_id() -> None:
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None
    outer = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert outer is not None and outer.get("offset") == "0"
    inner = outer.find(f"{MIME_NS}match")
    assert inner is not None
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value", ""), 16) == schema.APPLICATION_ID
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.registre"  # type: ignore[union-attr]


def test_desktop_entry_matches_the_rest() -> None:
    entry = desktop_entry()
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None
    assert entry["Icon"] == APP_ID == resources.APP_ID
    assert entry["Exec"] == "registre %f"
    assert "registre" in pyproject()["project"]["scripts"]
    assert entry["MimeType"].split(";")[0] == mime_type.get("type")
    assert entry["Categories"] == "Office;"
    assert entry["GenericName[fr]"] == "Registre des activités de traitement"


def test_metainfo_matches_the_rest() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "registre"
    license = pyproject()["project"]["license"]  # "MIT", or {text = "MIT"} before PEP 639
    assert component.findtext("project_license") == (
        license if isinstance(license, str) else license["text"])
    release = component.find("releases/release")
    assert release is not None and release.get("version") == pyproject()["project"]["version"]
    for tag in ("summary", "description/p"):
        langs = {el.get(XML_LANG) for el in component.findall(tag)}
        assert langs == {None, "fr"}, tag


# --- the spec and the icons -----------------------------------------------------------------


def spec_data_files() -> list[tuple[str, str]]:
    """`data_files()` from the spec, run alone: the rest of the spec needs PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    func = next(node for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name == "data_files")
    namespace: dict[str, Any] = {"Path": Path}
    exec(compile(ast.Module(body=[func], type_ignores=[]), str(SPEC), "exec"), namespace)
    files: list[tuple[str, str]] = namespace["data_files"](ROOT)
    return files


def test_spec_collects_every_compiled_translation() -> None:
    ts = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert ts
    collected = {(Path(src).name, dest) for src, dest in spec_data_files()}
    for source in ts:
        assert (source.with_suffix(".qm").name, "resources/translations") in collected
        assert (source.name, "resources/translations") not in collected  # sources stay home


def test_spec_collects_fonts_icons_and_sample() -> None:
    collected = {(Path(src).name, dest) for src, dest in spec_data_files()}
    assert ("DejaVuSans.ttf", "resources/fonts") in collected
    assert ("LICENSE", "resources/fonts") in collected
    assert ("seed-register-fr.tsv", "resources/samples") in collected
    for size in resources.ICON_SIZES:
        assert (resources.icon_path(size).name, "resources/icons") in collected
    for src, _dest in spec_data_files():
        assert Path(src).is_file(), src


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("size", resources.ICON_SIZES)
def test_icon_png_is_the_size_it_claims(size: int) -> None:
    path = resources.icon_path(size)
    assert re.search(rf"-{size}\.png$", path.name)
    assert png_size(path) == (size, size)


def test_icon_sources() -> None:
    svg = resources.icon_path()
    assert svg.suffix == ".svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert [p.name for p in resources.icon_paths()] == [
        f"{APP_ID}-{size}.png" for size in resources.ICON_SIZES]
    with pytest.raises(ValueError):
        resources.icon_path(17)
