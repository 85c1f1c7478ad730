"""Build the installable app: translations, the PyInstaller folder, the Inno Setup script.

    python installer/build.py                 # → dist/casereview/ and installer/casereview.iss
    python installer/build.py --smoke         # ... then start the build once on a case and quit
    python installer/build.py --dist /tmp/d   # build elsewhere (the frozen test does this)

On Windows, compile ``installer/casereview.iss`` with Inno Setup (``iscc``) to get
``casereview-<version>-setup.exe``. On Linux, ``installer/install-linux.sh``
puts the folder, the desktop file, the icon and the MIME type in place.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "casereview.spec"
ISS_TEMPLATE = HERE / "casereview.iss.in"
ISS = HERE / "casereview.iss"


def project_version() -> str:
    """The one version number, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def windows_version(version: str) -> str:
    """Windows wants four numbers (1.2.3.0); pre-release tags are dropped."""
    numbers = [part for part in version.replace("-", ".").split(".") if part.isdigit()]
    return ".".join((numbers + ["0"] * 4)[:4])


def write_iss(dist: Path, *, template: Path = ISS_TEMPLATE, target: Path = ISS) -> Path:
    """Fill the Inno Setup template from pyproject.toml; returns the written script."""
    version = project_version()
    values = {
        "@VERSION@": version,
        "@VERSION_WINDOWS@": windows_version(version),
        "@DIST_DIR@": os.path.relpath(dist / "casereview", target.parent),
        "@ICON@": os.path.relpath(ROOT / "resources" / "icons" / "casereview.ico", target.parent),
    }
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(key, value)
    leftover = sorted(set(re.findall(r"@[A-Z_]+@", text)))
    if leftover:
        raise SystemExit(f"unfilled placeholders in {template.name}: {leftover}")
    target.write_text(text, encoding="utf-8")
    return target


def compile_resources() -> None:
    spec = importlib.util.spec_from_file_location("resources_compile", ROOT / "resources" / "compile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_translations()


def executable(dist: Path, name: str = "casereview-cli") -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / "casereview" / f"{name}{suffix}"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return executable(dist)


def smoke(dist: Path) -> int:
    """Start the frozen app on a fresh case, let it paint and quit; the exit code says it all."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CASEREVIEW_HOME": tmp, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        exe = str(executable(dist))
        case = str(Path(tmp) / "rook.casereview")
        subprocess.run([exe, "new", case, "--title", "Rooktest"], check=True, env=env)
        return subprocess.run([exe, "open", case, "--smoke"], env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build casereview with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--smoke", action="store_true", help="start the build once and quit")
    args = parser.parse_args(argv)
    compile_resources()
    iss = write_iss(args.dist)
    exe = run_pyinstaller(args.dist, args.work)
    print(f"built {exe}\nInno Setup script: {iss}")
    return smoke(args.dist) if args.smoke else 0


if __name__ == "__main__":
    raise SystemExit(main())
