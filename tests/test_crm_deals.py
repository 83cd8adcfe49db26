"""Deals from an existing CRM: RU/EN exports, stage names, and one deal with what the mail shows."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dealtrail import clock
from dealtrail.cli import main
from dealtrail.directory import sync_directory
from dealtrail.errors import ConfigError, ImportFileError
from dealtrail.store import rows
from indexer.negotiations import fold_negotiations
from reports.crm import client_key, import_deals
from tests.conftest import make_settings
from tests.test_rules_world import at

CLIENTS = ("client,domains,owner\nРомашка,romashka.ru,anna@testbank.ru\n"
           "Berlin Steel,steel.de,ben@testbank.ru\n")
BITRIX = ("ID;Название сделки;Стадия сделки;Ответственный;Сумма;Валюта;Компания;"
          "Предполагаемая дата закрытия\n"
          "1042;Кредитная линия 50 млн;Коммерческое предложение;Anna Petrova;1 500 000,00;RUB;"
          "ООО «Ромашка»;31.12.2026\n")


@pytest.fixture
def company(tmp_path: Path) -> Any:
    (tmp_path / "clients.csv").write_text(CLIENTS, encoding="utf-8")
    settings = make_settings(clients={"directory": "clients.csv"})
    return dataclasses.replace(settings, base_dir=tmp_path)


def write(tmp_path: Path, text: str, name: str = "deals.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def deals(db: Any) -> list[dict[str, Any]]:
    return rows(db, "SELECT d.*, c.name AS client FROM deals d JOIN clients c"
                    " ON c.id = d.client_id ORDER BY d.id")


def with_imports(settings: Any, **kw: Any) -> Any:
    return dataclasses.replace(settings, imports=dataclasses.replace(settings.imports, **kw))


def test_names_are_compared_without_quotes_legal_form_or_case() -> None:
    assert client_key("ООО «Ромашка»") == client_key("Ромашка") == client_key('"РОМАШКА", ООО')
    assert client_key("Berlin Steel GmbH") == client_key("berlin steel")


def test_a_bitrix24_export_in_windows_1251_with_semicolons(db, company, tmp_path):
    done = import_deals(db, company, write(tmp_path, BITRIX, encoding="cp1251"))
    assert (done["created"], done["merged"]) == (1, 0)
    [deal] = deals(db)
    assert (deal["external_id"], deal["client"], deal["title"], deal["stage"]) == (
        "1042", "Ромашка", "Кредитная линия 50 млн", "proposal")
    assert (deal["amount_minor"], deal["currency"], deal["expected_close"]) == (
        150_000_000, "RUB", "2026-12-31")
    # Every field is the CRM's word in the deal's history, so inference leaves it alone.
    sources = {r["field"]: r["source"] for r in rows(
        db, "SELECT field, source FROM deal_history WHERE deal_id = ?", [deal["id"]])}
    assert sources["stage"] == sources["expected_close"] == sources["amount_minor"] == "import"


def test_an_amocrm_export_in_xlsx_with_its_own_stage_names(db, company, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["ID", "Название сделки", "Бюджет", "Ответственный", "Статус", "Компания",
                        "Дата закрытия"])
    book.active.append([77, "Депозит", 2_000_000, "ben@testbank.ru", "Успешно реализовано",
                        "Berlin Steel", "15.11.2026"])
    book.save(tmp_path / "amo.xlsx")
    import_deals(db, company, tmp_path / "amo.xlsx")
    [deal] = deals(db)
    assert (deal["external_id"], deal["stage"], deal["status"]) == ("77", "won", "won")
    # A won CRM deal books no sale: the money comes from the accounting export.
    assert rows(db, "SELECT * FROM sales") == []


def test_importing_the_same_export_again_changes_nothing_and_a_change_is_an_update(
        db, company, tmp_path):
    path = write(tmp_path, BITRIX)
    import_deals(db, company, path)
    history = db.conn.execute("SELECT COUNT(*) FROM deal_history").fetchone()[0]
    again = import_deals(db, company, path)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 1)
    assert db.conn.execute("SELECT COUNT(*) FROM deal_history").fetchone()[0] == history
    write(tmp_path, BITRIX.replace("Коммерческое предложение", "Согласование договора"))
    moved = import_deals(db, company, path)
    assert moved["updated"] == 1 and deals(db)[0]["stage"] == "contract"
    assert len(deals(db)) == 1


def _two_way(db: Any, client: int, manager: int) -> None:
    thread = db["threads"].insert({"key": "t-crm", "subject": "Кредитная линия",
                                   "client_id": client}).last_pk
    for n, (when, direction) in enumerate([(at("2026-11-02 10:00"), "in"),
                                           (at("2026-11-02 12:00"), "out")]):
        db["messages"].insert({
            "mailbox_id": 1, "message_key": f"<c{n}@x>", "folder": "INBOX", "remote_id": str(n),
            "message_id": f"c{n}@x", "thread_id": thread, "subject": "Кредитная линия",
            "from_addr": "ceo@romashka.ru", "sent_at": clock.iso(when), "direction": direction,
            "client_id": client, "manager_id": manager, "new_text": "Нужна кредитная линия?",
            "indexed_at": clock.iso(when)})
        db["contacts"].insert({"key": f"email:c{n}", "manager_id": manager, "client_id": client,
                               "at": clock.iso(when), "channel": f"email_{direction}",
                               "message_id": n + 1})


@pytest.mark.parametrize("crm_first", [False, True], ids=["mail-first", "crm-first"])
def test_a_crm_deal_and_the_deal_found_in_the_mail_are_one_deal(db, company, tmp_path,
                                                               crm_first):
    sync_directory(db, company)
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "maildir",
                            "owner_email": "anna@testbank.ru"})
    anna = db.conn.execute("SELECT id FROM managers WHERE email = 'anna@testbank.ru'").fetchone()[0]
    romashka = db.conn.execute("SELECT id FROM clients WHERE name = 'Ромашка'").fetchone()[0]
    _two_way(db, romashka, anna)
    path = write(tmp_path, BITRIX)
    if crm_first:
        assert import_deals(db, company, path)["created"] == 1
    with clock.freeze(at("2026-11-03 09:00")):
        fold_negotiations(db, company)
    if not crm_first:
        assert [d["external_id"] for d in deals(db)] == [None]
        done = import_deals(db, company, path)
        assert (done["created"], done["merged"]) == (0, 1)
    with clock.freeze(at("2026-11-03 10:00")):
        fold_negotiations(db, company)
    [deal] = deals(db)
    assert (deal["external_id"], deal["stage"], deal["amount_minor"]) == ("1042", "proposal",
                                                                          150_000_000)


def test_headers_and_stage_names_a_company_writes_otherwise_are_mapped_in_the_config(
        db, company, tmp_path):
    path = write(tmp_path, "Номер;Заказчик;Куратор;Шаг\nA-1;Ромашка;anna@testbank.ru;Тендер\n")
    with pytest.raises(ImportFileError, match=r"^deals.csv: unknown column 'Заказчик'.*, map it "
                                              r"in \[imports.deals_columns\]: <column> = "
                                              r"'Заказчик'$"):
        import_deals(db, company, path)
    mapped = with_imports(company, deals_columns={"client": "Заказчик", "manager": "Куратор",
                                                  "stage": "Шаг"})
    with pytest.raises(ImportFileError, match=r"deals.csv row 2, column 'Шаг': unknown stage "
                                              r"'Тендер'; map it to one of lead, .* in "
                                              r"\[imports.deals_stages\]"):
        import_deals(db, mapped, path)
    import_deals(db, with_imports(mapped, deals_stages={"Тендер": "negotiation"}), path)
    assert deals(db)[0]["stage"] == "negotiation"


def test_a_stage_mapped_to_no_pipeline_stage_is_a_config_error(db, company, tmp_path):
    with pytest.raises(ConfigError, match=r"^imports.deals_stages.Тендер: 'tender' is not a "
                                          r"pipeline stage"):
        import_deals(db, with_imports(company, deals_stages={"Тендер": "tender"}),
                     write(tmp_path, BITRIX))


@pytest.mark.parametrize(("row", "message"), [
    ("1043;Депозит;Новая;ivanov@testbank.ru;10;RUB;Ромашка;\n",
     r"deals.csv row 3, column 'Ответственный': unknown manager 'ivanov@testbank.ru'"),
    ("1043;Депозит;Новая;Anna Petrova;10;RUB;Рога и копыта;\n",
     r"deals.csv row 3, column 'Компания': unknown client 'Рога и копыта'"),
    ("1042;Депозит;Новая;Anna Petrova;10;RUB;Ромашка;\n",
     r"deals.csv row 3, column 'ID': '1042' repeats row 2"),
    ("1043;Депозит;Новая;Anna Petrova;много;RUB;Ромашка;\n",
     r"deals.csv row 3, column 'Сумма': 'много' is not a number"),
    ("1043;Депозит;Новая;Anna Petrova;10;RUB;Ромашка;к Новому году\n",
     r"deals.csv row 3, column 'Предполагаемая дата закрытия': 'к Новому году' is not a date"),
])
def test_a_bad_row_is_one_line_naming_file_row_and_column_and_nothing_is_imported(
        db, company, tmp_path, row, message):
    with pytest.raises(ImportFileError, match=message) as raised:
        import_deals(db, company, write(tmp_path, BITRIX + row))
    assert "\n" not in str(raised.value)
    assert deals(db) == []


def test_the_cli_imports_deals_and_check_reads_the_configured_export(tmp_path, capsys):
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ntimezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna Petrova"\n'
        '[clients]\ndirectory = "clients.csv"\n[imports]\ndeals = "deals.csv"\n',
        encoding="utf-8")
    (tmp_path / "clients.csv").write_text("client,domains\nРомашка,romashka.ru\n",
                                          encoding="utf-8")
    write(tmp_path, BITRIX)
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    main([*args, "check"])
    main([*args, "deals", "import", str(tmp_path / "deals.csv")])
    assert ("1 new, 0 merged with deals found in the mail, 0 updated, 0 unchanged deals"
            in capsys.readouterr().out)


def test_a_row_finds_its_client_by_address_and_domain_as_the_mail_is_filed(db, company,
                                                                           tmp_path):
    """The client of a CRM row named by a colleague's address or a subdomain is the one the
    indexer files that address's mail under (dealtrail.addresses), not a second client."""
    sync_directory(db, company)
    write(tmp_path, "id,title,manager,email клиента,domain\n"
                    "1,Кредит,anna@testbank.ru,ceo@romashka.ru,\n"
                    "2,Депозит,anna@testbank.ru,,msk.romashka.ru\n"
                    "3,Вклад,anna@testbank.ru,ivan.petrov@gmail.com,\n")
    done = import_deals(db, company, tmp_path / "deals.csv")
    assert done["created"] == 3
    assert [(d["external_id"], d["client"]) for d in deals(db)] == [
        ("1", "Ромашка"), ("2", "Ромашка"), ("3", "ivan.petrov@gmail.com")]


def test_a_deal_the_crm_says_won_stands_in_the_won_column_of_the_month_it_closed(
        db, company, tmp_path):
    """A won deal counts by when it was won (reports.pipeline.closed): an imported one had
    no such time and stood in no period's won column at all."""
    from reports import api

    sync_directory(db, company)
    write(tmp_path, "id,title,manager,client,stage,amount,currency,close date\n"
                    "77,Депозит,ben@testbank.ru,Berlin Steel,won,2000000,RUB,15.11.2026\n")
    with clock.freeze(at("2026-12-03 10:00")):
        import_deals(db, company, tmp_path / "deals.csv")
        november = api.closed_deals(db, company, "2026-11")
    assert [(r["title"], r["status"]) for r in november["rows"]] == [("Депозит", "won")]
    assert november["rows"][0]["closed_at"].startswith("2026-11-15")
