"""The PyInstaller build starts, opens a case, paints it and exits 0 (the installer's smoke test).

Slow (a full PyInstaller build, about two minutes); skipped when PyInstaller is
not installed (``pip install -e .[build]``). Deselect locally with ``-m "not frozen"``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once per test run into a temporary folder; returns the console executable."""
    base = tmp_path_factory.mktemp("frozen")
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(base / "dist"),
                    "--work", str(base / "work")], cwd=ROOT, check=True, capture_output=True, timeout=900)
    exe = base / "dist" / "casereview" / f"casereview-cli{EXE_SUFFIX}"
    assert exe.exists()
    return exe


def _run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEREVIEW_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=180)


def test_frozen_build_smoke(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = tmp_path / "demo.casereview"
    result = _run(frozen_app, "demo", str(case), "--smoke", home=home)
    assert result.returncode == 0, result.stderr
    assert "Geladen en getekend" in result.stdout
    info = _run(frozen_app, "info", str(case), "--json", home=home)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema_version"] >= 1


def test_frozen_build_bundles_resources(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    assert (internal / "resources" / "translations" / "casereview_en.qm").exists()
    assert (internal / "resources" / "icons" / "casereview-256.png").exists()
    assert list((internal / "docx" / "templates").rglob("*.xml")), "python-docx's template is missing"
    assert not list((internal / "resources").rglob("*.py")), "build scripts must stay out of the bundle"


def test_frozen_build_writes_word(frozen_app: Path, tmp_path: Path) -> None:
    """python-docx inside the bundle finds its template (a classic frozen-build failure), and the
    bundled Word template and verslag builder (casereview.reports) produce a real report.

    A pseudonymised export searches the texts for names first: the bundle carries the de-identifier's
    lookup lists and runs its worker as the app itself (``--detection-worker``). The lookup structures
    come from the test session's cache folder (``CASEREVIEW_DEIDENTIFIER_CACHE``), built on first use.
    """
    home = tmp_path / "home"
    case = tmp_path / "w.casereview"
    assert _run(frozen_app, "new", str(case), "--title", "Woordtest", home=home).returncode == 0
    out = tmp_path / "verslag.docx"
    result = _run(frozen_app, "export", str(case), "-o", str(out), "--kind", "verslag", home=home)
    assert result.returncode == 0, result.stderr
    assert "casereview: namen zoeken" in result.stderr or "eenmalig opgebouwd" in result.stderr
    from docx import Document

    document = Document(str(out))
    assert any("Woordtest" in p.text for p in document.paragraphs)
    assert "Heading 1" in {p.style.name for p in document.paragraphs}
    internal = frozen_app.parent / "_internal"
    assert not list(internal.rglob("lookup_structs.pickle")), "the cache belongs in the user's cache folder"


def test_frozen_build_finds_names_nobody_listed(frozen_app: Path, tmp_path: Path) -> None:
    """The detection worker really runs in the bundle: a name in the timeline refuses the export."""
    home = tmp_path / "home"
    case = tmp_path / "n.casereview"
    source = tmp_path / "t.csv"
    source.write_text("Datum;Organisatie;Omschrijving\n"
                      "03-02-2025;Wijkteam;Gesprek met Sanne de Vries over de veiligheid thuis.\n", encoding="utf-8")
    assert _run(frozen_app, "new", str(case), "--title", "Review juni", home=home).returncode == 0
    assert _run(frozen_app, "import", str(case), str(source), home=home).returncode == 0
    out = tmp_path / "verslag.docx"
    refused = _run(frozen_app, "export", str(case), "-o", str(out), "--kind", "verslag", home=home)
    assert refused.returncode == 2 and "Sanne de Vries" in refused.stderr and not out.exists()
    named = _run(frozen_app, "export", str(case), "-o", str(out), "--kind", "verslag", "--named", home=home)
    assert named.returncode == 0, named.stderr
