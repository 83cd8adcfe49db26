"""Rendering (table, CSV, XLSX, JSON) and the report/plans/sales commands end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from rich.console import Console

from dealtrail.cli import cli
from dealtrail.errors import ImportFileError
from reports import api, render
from tests.test_reports_support import at, plan, sale, seed

NOW = at("2026-11-27T12:00:00+03:00")

CONFIG = """
database = "dealtrail.db"
[company]
name = "Test Bank"
base_currency = "RUB"
country = "RU"
timezone = "Europe/Moscow"
locale = "ru"
[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
team = "corp"
[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
team = "corp"
timezone = "Europe/Berlin"
[[products]]
code = "credit"
name_en = "Loans"
name_ru = "Кредиты"
"""


def test_money_has_thousands_separators_in_both_languages() -> None:
    assert render.format_money(123456789, "RUB", "en") == "1,234,568 RUB"
    assert render.format_money(123456789, "RUB", "ru") == "1\u00a0234\u00a0568 RUB"
    assert render.format_money(123456789, "RUB", "ru", whole=False) == "1\u00a0234\u00a0567,89 RUB"
    assert render.format_money(None, "RUB") == "—"


def test_plan_table_csv_xlsx_and_json_carry_the_same_figures(db: Any, settings: Any,
                                                             tmp_path: Path) -> None:
    ids = seed(db, settings)
    plan(db, "2026-11", "manager", 2_000_000_00, manager_id=ids["anna@testbank.ru"])
    sale(db, ids["anna@testbank.ru"], ids["credit"], "2026-11-03", 1_234_567_89)
    data = api.plan_fact(db, settings, "2026-11", as_of=NOW)

    console = Console(file=io.StringIO(), width=220)
    render.to_table("plan", data, console, locale="ru")
    text = console.file.getvalue()
    assert "План / факт" in text and "1\u00a0234\u00a0568 RUB" in text and "61,7%" in text

    table = list(csv.reader(io.StringIO(render.to_csv("plan", data))))
    assert table[0][:4] == ["Level", "Name", "Plan", "Fact"]
    anna = next(r for r in table if r[1] == "Anna Petrova")
    assert (anna[2], anna[3], anna[-1]) == ("2000000.00", "1234567.89", "RUB")

    out = tmp_path / "plan.xlsx"
    render.render("plan", data, "xlsx", out=out)
    sheet = openpyxl.load_workbook(out).active
    values = [row for row in sheet.iter_rows(values_only=True) if row[1] == "Anna Petrova"]
    assert values[0][3] == pytest.approx(1234567.89)

    assert json.loads(render.render("plan", data, "json"))["rows"][0]["fact"] == 1_234_567_89


@pytest.mark.parametrize("report", ["pipeline", "workload", "sales", "violations", "motivation",
                                    "closed", "trends"])
def test_every_report_renders_as_csv_with_a_header(db: Any, settings: Any, report: str) -> None:
    seed(db, settings)
    data = {"pipeline": lambda: api.negotiations(db, settings, as_of=NOW),
            "workload": lambda: api.workload(db, settings, as_of=NOW),
            "sales": lambda: api.sales(db, settings, "2026-11", as_of=NOW),
            "violations": lambda: api.complaints_and_violations(db, settings, "2026-11", as_of=NOW),
            "motivation": lambda: api.motivation(db, settings, "2026-11", as_of=NOW),
            "closed": lambda: api.closed_deals(db, settings, "2026-11", as_of=NOW),
            "trends": lambda: api.trends(db, settings, "2026-11", as_of=NOW)}[report]()
    first = next(csv.reader(io.StringIO(render.to_csv(report, data))))
    assert len(first) >= 4


def test_five_answers_print_in_russian(db: Any, tmp_path: Path) -> None:
    from tests.conftest import make_settings

    settings = make_settings(company={"name": "Test Bank", "locale": "ru", "country": "RU",
                                      "timezone": "Europe/Moscow"})
    ids = seed(db, settings)
    sale(db, ids["anna@testbank.ru"], ids["credit"], "2026-11-03", 10_00)
    console = Console(file=io.StringIO(), width=220)
    render.print_five_answers(db, settings, console, "2026-11", as_of=NOW)
    text = console.file.getvalue()
    for title in ("План / факт", "Переговоры", "Загрузка", "Продажи по продуктам",
                  "Продажи по менеджерам", "Жалобы и нарушения по менеджерам"):
        assert title in text


def _run(tmp_path: Path, *args: str) -> Any:
    config = tmp_path / "dealtrail.toml"
    config.write_text(CONFIG, encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=True,
                              env={"DEALTRAIL_NOW": "2026-11-27T12:00:00+03:00"})


def test_cli_imports_plans_and_sales_then_reports_plan_as_csv(tmp_path: Path) -> None:
    plans = tmp_path / "plans.csv"
    plans.write_text("period,scope,manager,amount\n2026-11,manager,anna@testbank.ru,1000\n",
                     encoding="utf-8")
    sales = tmp_path / "sales.csv"
    sales.write_text("external_id;date;manager;product;amount\n"
                     "1;03.11.2026;anna@testbank.ru;credit;250,50\n", encoding="utf-8")
    done = _run(tmp_path, "plans", "import", str(plans))
    assert done.exit_code == 0, done.output
    assert "1 plan rows imported" in done.output
    done = _run(tmp_path, "sales", "import", str(sales))
    assert done.exit_code == 0, done.output
    out = tmp_path / "plan.csv"
    done = _run(tmp_path, "report", "plan", "--period", "2026-11", "--manager",
                "anna@testbank.ru", "--format", "csv", "--out", str(out))
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[1][1:5] == ["Anna Petrova", "1000.00", "250.50", "25.1"]
    shown = _run(tmp_path, "report", "sales", "--period", "2026-11", "--by", "manager")
    assert shown.exit_code == 0 and "251 RUB" in shown.output


def test_cli_plans_import_with_errors_fails_and_imports_nothing(tmp_path: Path) -> None:
    plans = tmp_path / "plans.csv"
    plans.write_text("period,scope,manager,amount\n2026-11,manager,ivanov@,1000\n",
                     encoding="utf-8")
    done = _run(tmp_path, "plans", "import", str(plans))
    assert isinstance(done.exception, ImportFileError)
    assert "plans.csv row 2, column 'manager': unknown manager 'ivanov@'" in str(done.exception)


def test_cli_reports_a_deal_count_plan_as_counts_not_money(tmp_path: Path) -> None:
    plans = tmp_path / "plans.csv"
    plans.write_text("period,scope,manager,metric,amount\n"
                     "2026-11,manager,anna@testbank.ru,deals,5\n", encoding="utf-8")
    done = _run(tmp_path, "plans", "import", str(plans))
    assert done.exit_code == 0, done.output
    out = tmp_path / "deals.csv"
    done = _run(tmp_path, "report", "plan", "--period", "2026-11", "--metric", "deals",
                "--manager", "anna@testbank.ru", "--format", "csv", "--out", str(out))
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[1][1:4] == ["Anna Petrova", "5", "0"]
    # The amount report does not take the deal count for money.
    done = _run(tmp_path, "report", "plan", "--period", "2026-11", "--manager",
                "anna@testbank.ru", "--format", "csv", "--out", str(out))
    assert list(csv.reader(out.open(encoding="utf-8")))[1][2] in ("", "—")


def test_a_report_follows_the_lang_option_over_the_company_locale(tmp_path: Path) -> None:
    russian = _run(tmp_path, "report", "plan", "--period", "2026-11")      # locale = "ru"
    english = _run(tmp_path, "--lang", "en", "report", "plan", "--period", "2026-11")
    assert russian.exit_code == 0 and english.exit_code == 0, russian.output + english.output
    assert "План / факт" in russian.output and "Plan / fact" not in russian.output
    assert "Plan / fact" in english.output and "План / факт" not in english.output
