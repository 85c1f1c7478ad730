"""Issue 21: every export searches a new or changed case for names first, so nothing leaves unsearched.

The opening scenario of the issue (``new``, ``import``, ``export`` and the child's
name in every header) runs with the real detector; the rest use a stand-in.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from name_fixtures import finding

from casereview.casefile.case_file import CaseFile, create_case, open_case
from casereview.cli import main
from casereview.model import CaseFileError
from casereview.privacy.detection import client
from casereview.privacy.detection.candidates import detection_state, ensure_searched, stored_candidates
from casereview.reports.documents import export_document
from casereview.session.procedure import update_case_details
from casereview.timeline.events import add_event

TIMELINE = ("Datum;Organisatie;Omschrijving\n"
            "03-02-2025;Huisarts;Emma gezien met een blauwe plek op haar arm; de huisarts belt het wijkteam.\n"
            "17-03-2025;School;De leerkracht ziet dat Emma stil is en vaak moe op school komt.\n")


def _docx_text(path: Path) -> str:
    """The text of every part of a Word file: body, headers, footers, properties."""
    with zipfile.ZipFile(path) as docx:
        return "\n".join(re.sub(r"<[^>]+>", "", docx.read(name).decode("utf-8"))
                         for name in docx.namelist() if name.endswith(".xml"))


@pytest.mark.real_detector
def test_a_new_case_exported_straight_after_import_is_searched_and_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, source, out = tmp_path / "r.casereview", tmp_path / "t.csv", tmp_path / "v.docx"
    source.write_text(TIMELINE, encoding="utf-8")
    assert main(["new", str(path), "--title", "Review Emma"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    capsys.readouterr()

    assert main(["export", str(path), "-o", str(out)]) == 2  # nobody ran `casereview names`
    err = capsys.readouterr().err
    assert "'Emma'" in err and "casereview names" in err and not out.exists()

    assert main(["pseudonyms", str(path), "--set", "Emma=kind 1"]) == 0
    assert main(["export", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    text = _docx_text(out)
    assert "Emma" not in text and "kind 1" in text


def _counting(found: tuple[str, str]) -> tuple[list[int], Callable[..., list[list[tuple[str, int, int]]]]]:
    runs: list[int] = []
    inner = finding(found)

    def detector(texts: Sequence[str], **_options: object) -> list[list[tuple[str, int, int]]]:
        runs.append(len(texts))
        return inner(texts)

    return runs, detector


def test_the_export_searches_only_when_the_texts_changed(case: CaseFile, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    runs, detector = _counting(("Noor", "persoon"))
    monkeypatch.setattr(client, "detect", detector)
    assert detection_state(case) == "never"
    assert export_document(case, tmp_path / "a.docx").exists()  # nothing to find yet: searched, written
    assert len(runs) == 1 and detection_state(case) == "current"
    export_document(case, tmp_path / "b.docx")
    assert len(runs) == 1  # texts unchanged: not searched again

    add_event(case, date_text="02-02-2025", description="Noor komt niet op school.")
    with pytest.raises(CaseFileError) as raised:
        export_document(case, tmp_path / "c.docx")
    assert raised.value.code == "export.undecided_names" and "Noor" in str(raised.value)
    assert len(runs) == 2 and [c.text for c in stored_candidates(case)] == ["Noor"]
    assert not (tmp_path / "c.docx").exists()


def test_the_internal_document_does_not_search(case: CaseFile, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    runs, detector = _counting(("Noor", "persoon"))
    monkeypatch.setattr(client, "detect", detector)
    update_case_details(case, incident="Noor komt niet op school.")
    assert export_document(case, tmp_path / "intern.docx", named=True).exists()
    assert runs == [] and detection_state(case) == "never"


def test_a_read_only_case_never_searched_is_refused_with_how_to_search(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    runs, detector = _counting(("Noor", "persoon"))
    monkeypatch.setattr(client, "detect", detector)
    path = tmp_path / "r.casereview"
    with create_case(path, "Review juni") as case:
        update_case_details(case, incident="Noor komt niet op school.")
    with open_case(path, read_only=True) as case:
        with pytest.raises(CaseFileError) as raised:
            ensure_searched(case)
        assert raised.value.code == "names.not_searched"
        assert "r.casereview" in str(raised.value) and "casereview names" in str(raised.value)
        with pytest.raises(CaseFileError, match="niet op namen doorzocht"):
            export_document(case, tmp_path / "v.docx")
    assert runs == [] and not (tmp_path / "v.docx").exists()
