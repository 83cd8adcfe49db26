"""Plans, sales and FX imports: formats, time zones, de-duplication, row errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dealtrail.errors import ImportFileError
from reports import api
from reports.imports import import_fx, import_plans, import_sales, parse_amount
from tests.test_reports_support import at, seed

PLANS = """period,scope,team,manager,product,metric,amount,currency
2026-11,company,,,all,amount,"5 000 000,00",RUB
2026-11,manager,corp,anna@testbank.ru,credit,amount,1000000,RUB
2026-Q4,team,corp,,all,amount,9000000,RUB
"""


@pytest.mark.parametrize("text, minor", [
    ("1 234,56", 123456), ("1\u00a0234,56", 123456), ("1,234.56", 123456), ("1.234,5", 123450),
    ("-500,00", -50000), ("(1 000,00)", -100000), ("42", 4200), (1234.5, 123450),
])
def test_amounts_in_russian_and_english_formats(text: Any, minor: int) -> None:
    assert parse_amount(text, "RUB") == minor


def test_amount_with_more_decimals_than_the_currency_is_an_error() -> None:
    with pytest.raises(ValueError, match="decimals"):
        parse_amount("12,3456", "RUB")
    assert parse_amount("10", "JPY") == 10


def test_plans_import_then_reimport_keeps_the_old_version(db: Any, settings: Any,
                                                          tmp_path: Path) -> None:
    seed(db, settings)
    path = tmp_path / "plans.csv"
    path.write_text(PLANS, encoding="utf-8")
    assert import_plans(db, settings, path)["rows"] == 3
    path.write_text(PLANS.replace("1000000", "1200000"), encoding="utf-8")
    done = import_plans(db, settings, path)
    assert done["replaced"] == 3
    anna_plans = list(db.query("SELECT amount_minor, version, active FROM plans "
                               "WHERE scope = 'manager' ORDER BY version"))
    assert anna_plans == [{"amount_minor": 100_000_000, "version": 1, "active": 0},
                          {"amount_minor": 120_000_000, "version": 2, "active": 1}]
    report = api.plan_fact(db, settings, "2026-11", manager="anna@testbank.ru",
                           product="credit", as_of=at("2026-11-10T10:00:00+03:00"))
    assert report["rows"][0]["plan"] == 120_000_000


def test_plans_with_bad_rows_import_nothing_and_list_every_error(db: Any, settings: Any,
                                                                 tmp_path: Path) -> None:
    seed(db, settings)
    path = tmp_path / "plans.csv"
    path.write_text(PLANS + "2026-11,manager,,ivanov@,all,amount,100,RUB\n"
                            "2026-13,company,,,all,amount,100,RUB\n"
                            "2026-12,company,,,mortgage,amount,100,RUB\n"
                            "2026-12,company,,,all,amount,abc,RUB\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_plans(db, settings, path)
    message = str(caught.value)
    assert "plans.csv row 5, column 'manager': unknown manager 'ivanov@'" in message
    assert "plans.csv row 6, column 'period': '2026-13'" in message
    assert "plans.csv row 7, column 'product': unknown product 'mortgage'" in message
    assert "plans.csv row 8, column 'amount':" in message
    assert len(caught.value.errors) == 4
    assert db["plans"].count == 0


SALES_1C = ("Номер;Дата;Менеджер;Продукт;Контрагент;Сумма;Валюта\n"
            "A-1;31.10.2026 23:30;anna@testbank.ru;Кредиты;Acme;1 234 567,89;RUB\n"
            "A-2;2026-10-31T23:30:00+01:00;anna@testbank.ru;credit;Acme;100,00;RUB\n"
            "A-3;2026-10-31T23:30:00+01:00;ben@testbank.ru;депозит;Globex;200,00;RUB\n"
            "A-4;05.11.2026;Petrova Anna;credit;Acme;-34 567,89;RUB\n")


def test_sales_export_in_cp1251_with_russian_headers_books_local_dates(db: Any, settings: Any,
                                                                       tmp_path: Path) -> None:
    ids = seed(db, settings)
    path = tmp_path / "export.csv"
    path.write_bytes(SALES_1C.encode("cp1251"))
    assert import_sales(db, settings, path) == {"file": str(path), "inserted": 4, "updated": 0,
                                                "unchanged": 0, "tied": 0}
    got = {r["external_id"]: r for r in db.query("SELECT * FROM sales")}
    # 23:30 Moscow on the 31st stays in October for a Moscow manager ...
    assert got["A-1"]["booked_on"] == "2026-10-31"
    assert got["A-1"]["amount_minor"] == 123456789
    assert got["A-1"]["client_id"] == ids["Acme"]
    # ... while 23:30 Berlin time is already 1 November in Moscow, but not in Berlin.
    assert got["A-2"]["booked_on"] == "2026-11-01"
    assert got["A-3"]["booked_on"] == "2026-10-31"
    assert got["A-4"]["amount_minor"] == -3456789
    assert got["A-4"]["manager_id"] == ids["anna@testbank.ru"]
    october = api.plan_fact(db, settings, "2026-10", as_of=at("2026-11-02T10:00:00+03:00"))
    assert october["rows"][0]["fact"] == 123456789 + 20000


def test_sales_reimport_is_deduplicated_by_external_id(db: Any, settings: Any,
                                                       tmp_path: Path) -> None:
    seed(db, settings)
    path = tmp_path / "export.csv"
    path.write_bytes(SALES_1C.encode("cp1251"))
    import_sales(db, settings, path)
    again = import_sales(db, settings, path)
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 4)
    path.write_bytes(SALES_1C.replace("100,00", "150,00").encode("cp1251"))
    assert import_sales(db, settings, path)["updated"] == 1
    assert db["sales"].count == 4


def test_sales_rows_with_errors_are_all_reported(db: Any, settings: Any, tmp_path: Path) -> None:
    seed(db, settings)
    path = tmp_path / "sales.csv"
    path.write_text("external_id,date,manager,product,client,amount,currency\n"
                    ",2026-11-01,anna@testbank.ru,credit,Acme,1,RUB\n"
                    "S2,someday,anna@testbank.ru,credit,Acme,1,RUB\n"
                    "S3,2026-11-01,ghost@testbank.ru,credit,Acme,1,RUB\n"
                    "S4,2026-11-01,anna@testbank.ru,credit,Acme,1,RUBLES\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_sales(db, settings, path)
    assert [e.split(":")[0] for e in caught.value.errors] == [
        "sales.csv row 2, column 'external_id'", "sales.csv row 3, column 'date'",
        "sales.csv row 4, column 'manager'", "sales.csv row 5, column 'currency'"]
    assert "unknown manager 'ghost@testbank.ru'" in str(caught.value)
    assert db["sales"].count == 0


def test_sales_xlsx_with_native_dates_and_numbers(db: Any, settings: Any, tmp_path: Path) -> None:
    seed(db, settings)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["external_id", "date", "manager", "product", "client", "amount", "currency"])
    sheet.append(["X1", datetime(2026, 11, 30, 23, 30), "anna@testbank.ru", "deposit", "Acme",
                  1500.25, "RUB"])
    sheet.append(["X2", datetime(2026, 12, 1), "ben@testbank.ru", "deposit", "Globex", 10, "EUR"])
    path = tmp_path / "sales.xlsx"
    book.save(path)
    assert import_sales(db, settings, path)["inserted"] == 2
    got = {r["external_id"]: (r["booked_on"], r["amount_minor"], r["currency"])
           for r in db.query("SELECT * FROM sales")}
    assert got == {"X1": ("2026-11-30", 150025, "RUB"), "X2": ("2026-12-01", 1000, "EUR")}


def test_fx_rates_import_feeds_conversion(db: Any, settings: Any, tmp_path: Path) -> None:
    ids = seed(db, settings)
    path = tmp_path / "rates.csv"
    path.write_text("currency;date;rate\nUSD;01.11.2026;90,50\nEUR;2026-11-01;100\n",
                    encoding="utf-8")
    assert import_fx(db, settings, path)["rates"] == 2
    db["sales"].insert({"external_id": "u", "manager_id": ids["anna@testbank.ru"],
                        "booked_on": "2026-11-02", "amount_minor": 200, "currency": "USD",
                        "created_at": "2026-11-02T00:00:00+00:00"})
    report = api.sales(db, settings, "2026-11", by="manager", as_of=at("2026-11-20T10:00:00+03:00"))
    assert report["total"]["amount"] == 181_00


def test_plans_with_a_misspelt_column_fail_on_the_header_not_on_every_row(
        db: Any, settings: Any, tmp_path: Path) -> None:
    seed(db, settings)
    path = tmp_path / "plans.csv"
    path.write_text(PLANS.replace(",manager,", ",manger,", 1) * 30, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_plans(db, settings, path)
    assert str(caught.value) == (
        "plans.csv: unknown column 'manger' (did you mean 'manager'?); expected: period, scope, "
        "team, manager, product, metric, amount, currency")
    assert db["plans"].count == 0


def test_a_sale_finds_its_client_by_name_as_the_export_writes_it(db: Any, settings: Any,
                                                                 tmp_path: Path) -> None:
    """Accounting writes «ООО "Ромашка"» where the directory says Ромашка: the same client,
    as the CRM import reads it (dealtrail.addresses.client_key)."""
    ids = seed(db, settings)
    romashka = db["clients"].insert({"name": "Ромашка", "key": "romashka", "source": "directory",
                                     "created_at": "2026-11-01T00:00:00+00:00"}).last_pk
    path = tmp_path / "sales.csv"
    path.write_text("external_id,date,manager,product,client,amount,currency\n"
                    'R-1,2026-11-03,anna@testbank.ru,credit,"ООО ""Ромашка""",1000,RUB\n'
                    "R-2,2026-11-03,anna@testbank.ru,credit,ACME,1000,RUB\n", encoding="utf-8")
    import_sales(db, settings, path)
    got = {r["external_id"]: r["client_id"] for r in db.query("SELECT * FROM sales")}
    assert got == {"R-1": romashka, "R-2": ids["Acme"]}
