"""``dealtrail check`` reads every row of every import file, as the import would, writing nothing.

Real files on disk (CSV and XLSX), the real command in a subprocess, in English and
Russian: a good file of each kind passes with its row count; a bad row of each kind is
named with its row and column; the lines are the importer's own.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dealtrail.config import load
from dealtrail.errors import ImportFileError
from dealtrail.rowcheck import check_rows
from reports.call_log import import_calls
from tests.test_check import DEALTRAIL, GOOD, make_folder

REPO = Path(__file__).resolve().parents[1]
DMITRY = '\n[[managers]]\nemail = "orlov@testbank.ru"\nname = "Дмитрий Орлов"\nextension = "201"\n'
TOML = GOOD.replace("[clients]", DMITRY + "\n[clients]")

# A good file of each kind, each row written as a real export writes it.
GOOD_FILES = {
    "clients.csv": ("client;domains;owner;phones;kind\n"
                    "Акме;acme.ru;anna@testbank.ru;8 (343) 221-70-14;\n"
                    "Брокер Плюс;broker.ru;;;брокер\n"),
    "plans.csv": ("period,scope,team,manager,product,metric,amount,currency\n"
                  "2026-11,company,,,all,amount,100,RUB\n"
                  "2026-11,manager,,orlov@testbank.ru,all,deals,5,\n"),
    "sales.csv": "Номер;Дата;Менеджер;Сумма\nA-1;03.11.2026;anna@testbank.ru;1 200,50\n",
    "deals.csv": ("external_id,client,manager,stage\nD-1,Акме,anna@testbank.ru,Переговоры\n"
                  "D-2,Акме,Орлов Дмитрий,КП\n"),
    "calls.csv": ("time,direction,manager,phone,duration\n"
                  "2026-11-03 10:00,out,Орлов Дмитрий (201),8 912 345-67-89,60\n"
                  "2026-11-03 11:00,Входящий,anna@testbank.ru,+7 912 345-67-89,0\n"
                  "2026-11-03 12:00,out,anna@testbank.ru,201,30\n"),   # internal: skipped
}

# One bad row of each kind, at a known row and column.
BAD_FILES = {
    "clients.csv": ("client;domains;owner\nАкме;acme.ru;anna@testbank.ru\n"
                    "Бета;beta.ru;petrov@testbank.ru\n"),
    "plans.csv": ("period,scope,team,manager,product,metric,amount,currency\n"
                  "2026-11,company,,,all,amount,100,RUB\n"
                  "2026-11,company,,,all,calls,5,\n"),
    "sales.csv": "Номер;Дата;Менеджер;Сумма\nA-1;03.11.2026;;100\nA-2;31.11.2026;;1 200,50\n",
    "deals.csv": ("external_id,client,manager,stage\nD-1,Акме,anna@testbank.ru,lead\n"
                  "D-2,Акме,anna@testbank.ru,Квалификация лида\n"),
    "calls.csv": ("time,direction,manager,phone,duration\n"
                  "2026-11-03 10:00,out,anna@testbank.ru,8 912 345-67-89,60\n"
                  "2026-11-03 11:00,Перезвонить,anna@testbank.ru,8 912 345-67-89,60\n"
                  "2026-11-03 12:00,out,Петров Пётр (305),8 912 345-67-89,60\n"
                  "2026-11-03 13:00,out,anna@testbank.ru,12345,60\n"),
}

BAD_EN = [
    "clients.csv row 3, column 'owner': unknown owner 'petrov@testbank.ru'",
    "plans.csv row 3, column 'metric': 'calls' is not one of amount, deals",
    "sales.csv row 3, column 'Дата': '31.11.2026' is not a date",
    "deals.csv row 3, column 'stage': unknown stage 'Квалификация лида'",
    "calls.csv row 3, column 'direction': 'Перезвонить' is not a direction",
    "calls.csv row 4, column 'manager': unknown manager 'Петров Пётр (305)'",
    "calls.csv row 5, column 'phone': '12345' is not a phone number",
]
BAD_RU = [
    "clients.csv, строка 3, столбец 'owner': неизвестный владелец 'petrov@testbank.ru'",
    "plans.csv, строка 3, столбец 'metric': 'calls' — не одно из amount, deals",
    "sales.csv, строка 3, столбец 'Дата': '31.11.2026' — не дата",
    "deals.csv, строка 3, столбец 'stage': неизвестная стадия 'Квалификация лида'",
    "calls.csv, строка 3, столбец 'direction': 'Перезвонить' — не направление",
    "calls.csv, строка 4, столбец 'manager': неизвестный менеджер 'Петров Пётр (305)'",
    "calls.csv, строка 5, столбец 'phone': '12345' — не номер телефона",
]


def folder(root: Path, files: dict[str, str], toml: str = TOML) -> Path:
    make_folder(root, toml)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def run_check(root: Path, lang: str, *more: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    done = subprocess.run(DEALTRAIL + ["--lang", lang, "--config", "dealtrail.toml", "check",
                                       *more], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(
                              filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))},
                          timeout=120)
    after = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    assert after == before, "check wrote something"   # no database, no file, nothing
    return done, before


@pytest.mark.parametrize("lang, counts", [
    ("en", ["clients.directory (clients.csv): 2 row(s) can be imported",
            "imports.plans (plans.csv): 2 row(s) can be imported",
            "imports.sales[0] (sales.csv): 1 row(s) can be imported",
            "imports.deals (deals.csv): 2 row(s) can be imported",
            "imports.calls (calls.csv): 2 row(s) can be imported; 1 internal call(s) skipped"]),
    ("ru", ["clients.directory (clients.csv): строк можно импортировать: 2",
            "imports.plans (plans.csv): строк можно импортировать: 2",
            "imports.sales[0] (sales.csv): строк можно импортировать: 1",
            "imports.deals (deals.csv): строк можно импортировать: 2",
            "imports.calls (calls.csv): строк можно импортировать: 2; пропущено внутренних "
            "звонков: 1"]),
])
def test_good_files_of_every_kind_pass_with_their_row_counts(tmp_path: Path, lang: str,
                                                             counts: list[str]) -> None:
    done, _ = run_check(folder(tmp_path / "c", GOOD_FILES), lang)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for expected in counts:
        assert any(line.startswith(expected) for line in lines), (expected, done.stdout)
    assert not (tmp_path / "c" / "dealtrail.db").exists()


@pytest.mark.parametrize("lang, expected, summary", [
    ("en", BAD_EN, "7 problem(s) in 5 import file(s)"),
    ("ru", BAD_RU, "проблем в файлах импорта: 7 (файлов: 5)"),
])
def test_a_bad_row_of_every_kind_is_named_with_its_row_and_column_and_check_fails(
        tmp_path: Path, lang: str, expected: list[str], summary: str) -> None:
    done, _ = run_check(folder(tmp_path / "c", BAD_FILES), lang)
    assert done.returncode == 2, done.stdout + done.stderr
    problems = [line.strip() for line in done.stdout.splitlines() if line.startswith("  ")]
    assert len(problems) == len(expected), done.stdout
    for line, fragment in zip(problems, expected, strict=True):
        assert line.startswith(fragment), (line, fragment)
    # the good rows are still counted, every file is read though the first has problems
    assert "imports.calls (calls.csv): 1 row(s)" in done.stdout or lang == "ru"
    assert summary in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_problem_lines_stop_at_the_limit_and_say_how_many_more(tmp_path: Path) -> None:
    rows = "".join(f"2026-11-03 1{i % 10}:00,out,anna@testbank.ru,123{i},60\n" for i in range(30))
    root = folder(tmp_path / "c", {**GOOD_FILES,
                                   "calls.csv": "time,direction,manager,phone,duration\n" + rows})
    done, _ = run_check(root, "en", "--max-problems", "5")
    assert done.returncode == 2
    shown = [line for line in done.stdout.splitlines() if line.startswith("  calls.csv row")]
    assert len(shown) == 5 and shown[0].startswith("  calls.csv row 2, column 'phone'")
    assert "  ... and 25 more in calls.csv" in done.stdout
    assert "30 problem(s) in 1 import file(s)" in done.stderr


def test_an_xlsx_call_log_is_read_row_by_row_too(tmp_path: Path) -> None:
    root = folder(tmp_path / "c", GOOD_FILES, TOML.replace('calls = "calls.csv"',
                                                           'calls = "calls.xlsx"'))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Время", "Направление", "Менеджер", "Номер", "Длительность"])
    sheet.append(["03.11.2026 10:00", "Исходящий", "Орлов Дмитрий (201)", "89123456789", 60])
    sheet.append(["03.11.2026 11:00", "Отвечен", "anna@testbank.ru", "89123456789", 60])
    book.save(root / "calls.xlsx")
    done, _ = run_check(root, "en")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "imports.calls (calls.xlsx): 1 row(s) can be imported" in done.stdout
    assert "  calls.xlsx row 3, column 'Направление': 'Отвечен'" in done.stdout


def test_check_says_what_the_import_says_for_the_same_file(tmp_path: Path, db: Any) -> None:
    """One path: the lines check prints are the import's own, row for row."""
    root = folder(tmp_path / "c", BAD_FILES)
    loaded = load(str(root / "dealtrail.toml"))
    # Without the (bad) directory: the import would refuse it before reading the call log.
    settings = replace(loaded, clients=replace(loaded.clients, directory=""))
    checked = {c.where: c for c in check_rows(settings, ("reports.import_files:check_rows",))}
    with pytest.raises(ImportFileError) as refused:
        import_calls(db, settings, root / "calls.csv")
    reading = checked["imports.calls"].reading
    assert reading is not None and reading.readable == 1
    assert [str(e) for e in reading.errors] == [str(e) for e in refused.value.errors]  # type: ignore[attr-defined]
    assert db.execute("SELECT count(*) FROM calls").fetchone()[0] == 0


def test_xlsx_plans_and_sales_are_read_with_their_typed_cells_in_russian(tmp_path: Path) -> None:
    root = folder(tmp_path / "c", GOOD_FILES, TOML.replace('plans = "plans.csv"',
                                                           'plans = "plans.xlsx"')
                  .replace('sales = ["sales.csv"]', 'sales = ["sales.xlsx"]'))
    plans = openpyxl.Workbook()
    plans.active.append(["Период", "Уровень", "Менеджер", "Метрика", "Сумма", "Валюта"])
    plans.active.append(["2026-11", "manager", "orlov@testbank.ru", "deals", 5, None])
    plans.active.append(["2026-11", "manager", "Петров Пётр", "amount", 100000, "RUB"])
    plans.save(root / "plans.xlsx")
    sales = openpyxl.Workbook()
    sales.active.append(["Номер", "Дата", "Менеджер", "Сумма", "Валюта"])
    sales.active.append(["A-1", datetime(2026, 11, 3), "Дмитрий Орлов", 1200.5, "руб."])
    sales.active.append(["A-2", "31.11.2026", "anna@testbank.ru", "1 200,50", "RUB"])
    sales.active.append(["A-3", datetime(2026, 11, 4), "anna@testbank.ru", "12O0", "RUB"])
    sales.save(root / "sales.xlsx")
    done, _ = run_check(root, "ru")
    assert done.returncode == 2, done.stdout + done.stderr
    out = done.stdout.splitlines()
    assert any(line.startswith("imports.plans (plans.xlsx): строк можно импортировать: 1; "
                               "проблем: 1") for line in out), done.stdout
    assert any(line.startswith("imports.sales[0] (sales.xlsx): строк можно импортировать: 1; "
                               "проблем: 2") for line in out), done.stdout
    assert ("  plans.xlsx, строка 3, столбец 'Менеджер': неизвестный менеджер 'Петров Пётр'"
            " (его нет в [[managers]]); укажите адрес, логин или полное имя менеджера или "
            "добавьте его в [[managers]]") in out
    assert "  sales.xlsx, строка 3, столбец 'Дата': '31.11.2026' — не дата" in " ".join(out)
    assert ("  sales.xlsx, строка 4, столбец 'Сумма': '12O0' — не число; пишите цифрами, например "
            "250000 или 250 000,00") in out
