"""Installer inputs that need no build: the Inno Setup script, the desktop file, MIME type, icons."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

from casereview.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_inno_script_is_filled_from_pyproject(tmp_path: Path) -> None:
    build = _build_module()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    iss = build.write_iss(tmp_path / "dist", target=tmp_path / "casereview.iss")
    text = iss.read_text(encoding="utf-8")
    assert f'#define AppVersion "{version}"' in text
    assert "@" not in text.replace("{#", "")
    assert 'Subkey: "Software\\Classes\\.casereview"' in text
    assert '""{app}\\{#AppExe}"" open ""%1""' in text
    assert build.windows_version("1.2") == "1.2.0.0"
    assert build.windows_version("0.3.1-beta") == "0.3.1.0"


def test_desktop_file_and_mime_type_agree() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(INSTALLER / "casereview.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "casereview open %f"
    assert entry["Icon"] == "casereview"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(INSTALLER / "casereview-mime.xml").getroot().find("m:mime-type", ns)
    assert mime is not None
    assert entry["MimeType"].rstrip(";") == mime.get("type")
    assert mime.find("m:glob", ns).get("pattern") == "*.casereview"  # type: ignore[union-attr]


def test_open_without_a_path_starts_the_start_screen() -> None:
    """The desktop file's %f is empty when started from the menu."""
    args = build_parser().parse_args(["open"])
    assert args.path is None


def test_icons_have_their_sizes_and_the_ico_holds_them() -> None:
    for size in (16, 32, 48, 256):
        image = QImage(str(ICONS / f"casereview-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    data = (ICONS / "casereview.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    widths = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths
