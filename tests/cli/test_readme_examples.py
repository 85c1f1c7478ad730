"""Issue 11 §2: every example in the README runs as written, and export is pseudonymised unless --named."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import docx
import pytest

from casereview.cli import main

ROOT = Path(__file__).resolve().parents[2]


def readme_examples() -> list[str]:
    """The indented lines under "Examples" in the README's command-line section."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Examples, from this folder"))
    examples: list[str] = []
    for line in lines[start + 1:]:
        if line.startswith("    casereview "):
            examples.append(line.strip())
        elif line.strip() and examples:
            break
    return examples


def _all_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    parts += [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(parts)


@pytest.mark.real_detector  # an example decides a name the detector finds in the demo
def test_every_readme_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "voorbeeld-tijdlijn.csv", tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    examples = readme_examples()
    assert len(examples) >= 10 and any("--named" in e for e in examples)
    for example in examples:
        code = main(shlex.split(example)[1:])
        assert code == 0, f"{example}: {capsys.readouterr().err}"
    plain = _all_text(tmp_path / "verslag.docx")
    named = _all_text(tmp_path / "intern-met-namen.docx")
    assert "Lotte" not in plain and "Verbeek" not in plain and "kind 1" in plain
    assert "Vertrouwelijk — bevat namen" not in plain
    assert "Lotte" in named and "Vertrouwelijk — bevat namen" in named


def test_pseudonymise_is_still_accepted_and_named_excludes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "d.casereview", "--no-gui"]) == 0
    assert main(["export", "d.casereview", "-o", "p.docx", "--pseudonymise"]) == 0
    assert "Lotte" not in _all_text(tmp_path / "p.docx")
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "d.casereview", "-o", "x.docx", "--pseudonymise", "--named"])
    assert exit_info.value.code == 2
    assert main(["export", "d.casereview", "-o", "a.xlsx", "--kind", "afspraken", "--named"]) == 2
    assert "--named" in capsys.readouterr().err and not (tmp_path / "a.xlsx").exists()
