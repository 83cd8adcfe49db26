"""`dealtrail run` imports the files named in [imports] again when, and only when, they change."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from dealtrail.store import open_db, rows
from reports import scheduler
from reports.import_files import reimport_changed
from tests.conftest import make_settings

CLIENTS = "client,domains,owner,phones\nRomashka LLC,romashka.ru,anna@testbank.ru,+7 495 123-45-67\n"
PLANS = ("period,scope,manager,product,amount,currency\n"
         "2026-11,manager,anna@testbank.ru,credit,1000000,RUB\n")
SALES = "external_id;date;manager;amount\n1C-1;03.11.2026;anna@testbank.ru;250 000,00\n"
DEALS = "ID;Название сделки;Стадия;Ответственный;Компания\n7;Кредит;Новая;Anna Petrova;Romashka LLC\n"
CALLS = "time,direction,manager,phone,duration\n2026-11-16 12:20,in,anna@testbank.ru,84951234567,60\n"


@pytest.fixture
def company(tmp_path: Path) -> Any:
    for name, text in (("clients.csv", CLIENTS), ("plans.csv", PLANS), ("sales.csv", SALES),
                       ("deals.csv", DEALS), ("calls.csv", CALLS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = make_settings(clients={"directory": "clients.csv"},
                             imports={"plans": "plans.csv", "sales": ["sales.csv"],
                                      "deals": "deals.csv", "calls": "calls.csv",
                                      "every_minutes": 30})
    return dataclasses.replace(settings, base_dir=tmp_path)


def count(db: Any, table: str) -> int:
    return int(db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_the_imports_job_is_scheduled_when_files_are_named(company, tmp_path):
    jobs = {j.id: j for j in scheduler.build_scheduler(company, tmp_path / "db").get_jobs()}
    assert jobs["imports"].trigger.interval.total_seconds() == 30 * 60
    bare = dataclasses.replace(company, imports=type(company.imports)())
    assert "imports" not in {j.id for j in scheduler.build_scheduler(bare, tmp_path / "db")
                             .get_jobs()}


def test_every_named_file_is_imported_once_and_again_only_when_it_changes(db, company, tmp_path):
    first = reimport_changed(db, company)
    assert not first.failed and len(first.imported) == 4
    assert (count(db, "plans"), count(db, "sales"), count(db, "deals"), count(db, "calls")) == (
        1, 1, 1, 1)
    again = reimport_changed(db, company)
    assert again.imported == [] and len(again.unchanged) == 4
    assert count(db, "plans") == 1          # an unchanged plans file makes no new version

    (tmp_path / "calls.csv").write_text(
        CALLS + "2026-11-17 10:00,out,anna@testbank.ru,+7 495 123 45 67,30\n", encoding="utf-8")
    changed = reimport_changed(db, company)
    assert [line.split(":")[0] for line in changed.imported] == ["imports.calls"]
    assert count(db, "calls") == 2 and count(db, "plans") == 1
    assert rows(db, "SELECT key FROM import_files ORDER BY key") == [
        {"key": k} for k in ("imports.calls", "imports.deals", "imports.plans",
                             "imports.sales[0]")]


def test_a_bad_file_imports_nothing_says_where_and_is_tried_again_the_others_import(
        db, company, tmp_path):
    (tmp_path / "calls.csv").write_text(CALLS.replace("84951234567", "12-34"), encoding="utf-8")
    report = reimport_changed(db, company)
    assert report.failed and len(report.imported) == 3
    [error] = report.errors
    assert error.startswith("imports.calls: 1 invalid row(s), nothing imported")
    assert "calls.csv row 2, column 'phone': '12-34' is not a phone number" in error
    assert count(db, "calls") == 0
    (tmp_path / "calls.csv").write_text(CALLS, encoding="utf-8")
    fixed = reimport_changed(db, company)
    assert [line.split(":")[0] for line in fixed.imported] == ["imports.calls"]
    assert count(db, "calls") == 1


def test_the_job_records_one_line_in_job_runs(company, tmp_path):
    path = tmp_path / "run.db"
    open_db(path).conn.close()
    scheduler.imports_job(company, path)
    (tmp_path / "deals.csv").write_text("ID;Стадия;Ответственный;Компания\n8;Новая;x@y.ru;Romashka LLC\n",
                                        encoding="utf-8")
    scheduler.imports_job(company, path)
    db = open_db(path)
    runs = rows(db, "SELECT status, summary FROM job_runs WHERE job = 'imports' ORDER BY id")
    assert [r["status"] for r in runs] == ["ok", "failed"]
    assert runs[0]["summary"].startswith("4 imported, 0 unchanged")
    assert "deals.csv row 2, column 'Ответственный': unknown manager 'x@y.ru'" in runs[1]["summary"]
    db.conn.close()


def test_the_jobs_line_says_each_file_as_its_import_command_does_in_both_languages(
        db, company, tmp_path):
    """One place says what an import did (reports/import_files.py: import_done): the job's
    summary names each file's counts as `dealtrail calls import` prints them, in Russian too."""
    first = reimport_changed(db, company).line()
    assert first.startswith("4 imported, 0 unchanged; imports.plans: plans.csv: 1 plan rows")
    ru = first.said("ru")                                          # type: ignore[attr-defined]
    assert ru.startswith("импортировано: 4, без изменений: 0; imports.plans: plans.csv: "
                         "импортировано строк плана: 1")
    assert "imports.calls: calls.csv: звонков новых: 1, обновлено: 0, без изменений: 0" in ru
    again = reimport_changed(db, company).line()
    assert again == "0 imported, 4 unchanged"
    assert again.said("ru") == "импортировано: 0, без изменений: 4"  # type: ignore[attr-defined]
    (tmp_path / "calls.csv").write_text(
        CALLS + "2026-11-17 10:00,out,anna@testbank.ru,+7 495 123 45 67,30\n", encoding="utf-8")
    assert reimport_changed(db, company).line() == (
        "1 imported, 3 unchanged; imports.calls: calls.csv: 1 new, 0 updated, 1 unchanged calls")


@pytest.mark.parametrize("broken", ["missing", "bad row"])
def test_the_job_and_check_say_a_files_problem_in_the_same_line_in_both_languages(
        db, company, tmp_path, broken):
    """A file the job cannot import is said as `dealtrail check` says it (one function,
    dealtrail/rowcheck.py: file_problem): a missing file names its path and what to check, a
    bad row its row, column and what to write, in English and in Russian."""
    from dealtrail.rowcheck import check_rows
    from reports.import_files import configured_files

    if broken == "missing":
        (tmp_path / "plans.csv").unlink()
    else:
        (tmp_path / "plans.csv").write_text(PLANS.replace("2026-11", "ноябрь"), encoding="utf-8")
    [error] = reimport_changed(db, company).errors
    checked = {c.where: c for c in check_rows(company, ["reports.import_files:check_rows"])}
    plans = checked["imports.plans"]
    assert [key for key, _, _ in configured_files(company)][0] == "imports.plans"
    if broken == "missing":
        assert error == plans.problem
        assert error.said("ru") == plans.problem.said("ru")        # type: ignore[union-attr]
        assert "файл не найден; проверьте путь" in error.said("ru")  # type: ignore[attr-defined]
        assert error.startswith("imports.plans: ") and "file not found; check the path" in error
    else:
        assert plans.reading is not None and len(plans.reading.errors) == 1
        assert plans.reading.errors[0] in error
        assert "строка 2, столбец 'period'" in error.said("ru")     # type: ignore[attr-defined]
