"""The register on a SQLite file and on PostgreSQL: what leaves, versions, withdrawals, counts."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from register_cases import EVENT_DATES, REAL_NAMES, imported_case
from sqlalchemy import MetaData, inspect, select

from casereview.casefile.case_file import create_case
from casereview.demo.demo_case import load_demo_content, write_demo_case
from casereview.findings.leerbrief import save_leerbrief
from casereview.register.connection import RegisterError
from casereview.register.service import (
    MIN_SHOWN,
    init_register,
    list_lessons,
    open_register,
    prepare_publication,
    publish,
    theme_counts,
    withdraw,
)
from casereview.reports.safe_write import ExportError
from casereview.timeline.dates import format_dutch
from casereview.timeline.events import list_events


def every_text(register) -> str:  # noqa: ANN001
    """Every text value in every table the register database holds (read back from the database itself)."""
    parts: list[str] = []
    with register.reading() as conn:
        found = MetaData()
        found.reflect(conn)
        assert "register_lesson" in found.tables
        for table in found.sorted_tables:
            for row in conn.execute(select(table)):
                parts += [v for v in row if isinstance(v, str)]
    return "\n".join(parts)


def test_nothing_personal_leaves_the_demo_or_an_imported_case(region, tmp_path: Path) -> None:  # noqa: ANN001
    demo_content = load_demo_content()
    demo_names = [p["real_name"] for p in demo_content["pseudonyms"]]
    demo_names += [m["name"] for party in demo_content["parties"] for m in party.get("participants", [])]
    demo = write_demo_case(tmp_path / "demo.casereview")
    other = imported_case(tmp_path / "bakker.casereview")
    try:
        with region.as_org("Wijkteam Noord") as register:
            publish(demo, register, "Wijkteam Noord")
        with region.as_org("Wijkteam Oost") as register:
            publish(other, register, "Wijkteam Oost")
        demo_days = [row.event.date_start for row in list_events(demo) if row.event.date_start]
    finally:
        demo.close()
        other.close()
    with region.admin() as register:
        dump = every_text(register)
    assert "Wijkteam Noord" in dump and "Een melding is geen overdracht." in dump  # the dump is real
    for name in demo_names + REAL_NAMES:
        assert not re.search(rf"\b{re.escape(name)}\b", dump, re.IGNORECASE), name
    for day in demo_days + EVENT_DATES:
        for form in (day.isoformat(), day.strftime("%d-%m-%Y"), format_dutch(day)):
            assert form not in dump, form
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", dump)


def test_republish_gives_version_2_and_withdraw_hides_but_keeps_history(region, tmp_path: Path) -> None:  # noqa: ANN001
    case = imported_case(tmp_path / "bakker.casereview")
    try:
        with region.as_org("Wijkteam Oost") as register:
            assert publish(case, register, "Wijkteam Oost").version == 1
            assert publish(case, register, "Wijkteam Oost").version == 2
            lessons = list_lessons(register)
            assert [(item["case"], item["organisation"], item["version"]) for item in lessons] == [
                (case.case().uuid, "Wijkteam Oost", 2)]
            assert lessons[0]["themes"] and lessons[0]["quarter"] == "2025-K3"
            assert withdraw(case, register, "Wijkteam Oost") == 3
            assert list_lessons(register) == []
            with register.reading() as conn:
                lesson = MetaData()
                lesson.reflect(conn, only=["register_lesson"])
                statuses = conn.execute(select(lesson.tables["register_lesson"].c.status)).scalars().all()
            assert sorted(statuses) == ["published", "published", "withdrawn"]
            with pytest.raises(RegisterError, match="al ingetrokken"):
                withdraw(case, register, "Wijkteam Oost")
            assert publish(case, register, "Wijkteam Oost").version == 4  # published again after a withdrawal
            assert [item["version"] for item in list_lessons(register)] == [4]
    finally:
        case.close()


def test_only_a_ready_leerbrief_without_names_or_dates_is_published(region, tmp_path: Path) -> None:  # noqa: ANN001
    case = imported_case(tmp_path / "bakker.casereview", ready=False)
    try:
        with region.as_org("Wijkteam Oost") as register:
            with pytest.raises(ExportError, match="klaar om te delen"):
                publish(case, register, "Wijkteam Oost")
            save_leerbrief(case, story="Mila werd op 17 maart 2025 gezien door de school.", ready=True)
            with pytest.raises(ExportError) as refused:
                publish(case, register, "Wijkteam Oost")
            assert "Mila" in str(refused.value) and "17 maart" in str(refused.value)
            assert list_lessons(register) == []
    finally:
        case.close()


def test_a_changed_text_takes_the_ready_mark_away(case) -> None:  # noqa: ANN001
    save_leerbrief(case, story="Het verhaal.", ready=True)
    save_leerbrief(case, story="Het verhaal, herschreven.")
    with pytest.raises(ExportError, match="klaar om te delen"):
        prepare_publication(case, "Wijkteam")


def test_theme_counts_hide_small_numbers(region, tmp_path: Path) -> None:  # noqa: ANN001
    for i, org in enumerate(["Wijkteam A", "Wijkteam B", "Wijkteam C"]):
        case = imported_case(tmp_path / f"c{i}.casereview")
        try:
            with region.as_org(org) as register:
                publish(case, register, org, today=date(2026, 5, 1))
                if i < 2:
                    publish(case, register, org)  # a second version does not count twice
                counts = {c.code: c for c in theme_counts(register)}
        finally:
            case.close()
        first = next(iter(counts.values()))
        if i < 2:
            assert first.lessons is None and first.organisations is None and first.per_year == {"2025": None}
    assert len(counts) == 2
    assert first.lessons == MIN_SHOWN and first.organisations == 3 and first.per_year == {"2025": 3}


def test_a_case_file_never_gets_register_tables_and_the_register_no_case_tables(tmp_path: Path) -> None:
    create_case(tmp_path / "los.casereview", "Los").close()
    conn = sqlite3.connect(tmp_path / "los.casereview")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "leerbrief" in tables and not any(t.startswith("register_") for t in tables)
    with init_register(str(tmp_path / "r.db")) as register, register.reading() as c:
        assert all(t.startswith("register_") for t in inspect(c).get_table_names())
    with pytest.raises(RegisterError, match="dossier, geen register"):
        open_register(str(tmp_path / "los.casereview"))
