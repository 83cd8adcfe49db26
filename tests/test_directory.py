"""The client directory and the open-deals file are read by the one import reader."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dealtrail.directory import sync_directory
from dealtrail.errors import ImportFileError
from dealtrail.store import rows
from reports.crm import import_deals


def test_client_directory_in_xlsx_with_russian_headers(db: Any, settings: Any,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "clients.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Клиент", "Домены", "Менеджер", "Сегмент"])
    book.active.append(["Acme", "acme.com; @acme.ru", "anna@testbank.ru", "corporate"])
    book.save(path)
    sync_directory(db, dataclasses.replace(settings, clients=dataclasses.replace(
        settings.clients, directory=str(path))))
    assert rows(db, "SELECT domain FROM client_domains ORDER BY domain") == [
        {"domain": "acme.com"}, {"domain": "acme.ru"}]


def test_client_directory_errors_name_row_and_column(db: Any, settings: Any,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("client;domains;owner\nAcme;acme.com;ghost@testbank.ru\nGlobex;;\n",
                    encoding="cp1251")
    with pytest.raises(ImportFileError) as caught:
        sync_directory(db, dataclasses.replace(settings, clients=dataclasses.replace(
            settings.clients, directory=str(path))))
    assert caught.value.errors == [  # type: ignore[attr-defined]
        "clients.csv row 2, column 'owner': unknown owner 'ghost@testbank.ru' (not in [[managers]]);"
        " write a manager's e-mail, login or full name, or leave it empty",
        "clients.csv row 3, column 'domains': is empty, and so are emails and phones; write "
        "the client's domain (acme.ru), or its people's addresses in emails, or its phones"]
    assert db["clients"].count == 0


def test_a_free_mail_client_needs_no_domain_when_its_addresses_or_phones_are_written(
        db: Any, settings: Any, tmp_path: Path) -> None:
    """A sole trader on gmail has no domain of its own: an empty domains cell is right for it
    when the row names the client's people's addresses or phones; its mail and calls are the
    client's."""
    path = tmp_path / "clients.csv"
    path.write_text("client,domains,owner,phones,emails\n"
                    "Hotshot Hauling,,anna@testbank.ru,,rick.hotshot@gmail.com\n"
                    "ИП Кравец,,anna@testbank.ru,+7 912 555-01-02,\n", encoding="utf-8")
    sync_directory(db, dataclasses.replace(settings, clients=dataclasses.replace(
        settings.clients, directory=str(path))))
    assert rows(db, "SELECT c.name, d.domain FROM clients c LEFT JOIN client_domains d"
                    " ON d.client_id = c.id ORDER BY c.name") == [
        {"name": "Hotshot Hauling", "domain": "rick.hotshot@gmail.com"},
        {"name": "ИП Кравец", "domain": None}]


def test_the_directory_names_an_owner_as_every_import_names_a_manager(db: Any, settings: Any,
                                                                     tmp_path: Path) -> None:
    # Deals, plans, sales and call logs take a manager's e-mail, login or full name
    # (dealtrail.directory.People.find); the directory's owner column takes the same.
    path = tmp_path / "clients.csv"
    path.write_text("client,domains,owner\nAcme,acme.com,Anna Petrova\nGlobex,globex.ru,ben\n"
                    "Initech,initech.ru,HEAD@testbank.ru\nHooli,hooli.com,\n", encoding="utf-8")
    sync_directory(db, dataclasses.replace(settings, clients=dataclasses.replace(
        settings.clients, directory=str(path))))
    assert {r["name"]: r["owner_email"] for r in rows(db, "SELECT name, owner_email FROM clients")} \
        == {"Acme": "anna@testbank.ru", "Globex": "ben@testbank.ru",
            "Initech": "head@testbank.ru", "Hooli": None}


def test_a_crm_deals_file_with_an_unknown_column_is_refused_before_any_row(
        db: Any, settings: Any, tmp_path: Path) -> None:
    sync_directory(db, settings)
    path = tmp_path / "deals.csv"
    path.write_text("external_id,client,manager,stgae\nD1,Acme,anna@testbank.ru,lead\n",
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^deals.csv: unknown column 'stgae' \(did you mean "
                                              r"'stage'\?\); expected: external_id, title, client"):
        import_deals(db, settings, path)


def test_reports_and_rules_place_a_manager_in_the_zone_the_settings_give(db: Any, settings: Any
                                                                         ) -> None:
    # The managers table is the settings' copy, synced with the directory; a zone changed in
    # the settings counts at once, for the reports (load_directory) as for the rules.
    from dealtrail.directory import load_directory
    from rules import stale_deal
    from rules.engine import run_rules
    from tests.conftest import make_settings

    sync_directory(db, settings)                        # Anna in Moscow
    moved = make_settings(managers=[
        {"email": m.email, "name": m.name, "role": m.role, "team": m.team, "locale": m.locale,
         "timezone": "Asia/Yekaterinburg" if m.email == "anna@testbank.ru" else m.timezone}
        for m in settings.managers])
    anna = load_directory(db, moved)[0].by_email("anna@testbank.ru")
    assert anna["timezone"] == "Asia/Yekaterinburg"
    client = db["clients"].insert({"name": "Acme", "key": "domain:acme.ru", "created_at": "x"}).last_pk
    db["deals"].insert({"client_id": client, "manager_id": anna["id"], "stage": "lead",
                        "status": "open", "created_at": "2026-10-01T07:00:00+00:00",
                        "updated_at": "2026-10-01T07:00:00+00:00"})
    run_rules(db, moved, registry=[stale_deal.rule], raise_errors=True)
    zones = {json.loads(r["evidence"])["tz"] for r in rows(db, "SELECT evidence FROM violations")}
    assert zones == {anna["timezone"]}
