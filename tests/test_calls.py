"""Calls: phone numbers, the call log import, and calls as contacts for the rules and reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock, phones
from dealtrail.cli import main
from dealtrail.directory import sync_directory
from dealtrail.errors import ConfigError, ImportFileError
from dealtrail.store import open_db, rows
from reports.call_log import import_calls
from reports.workload import workload
from rules.engine import run_rules
from tests.conftest import make_settings
from tests.test_rules_world import at

REPO = Path(__file__).resolve().parents[1]
PROMVOZDUH = REPO / "tests" / "companies" / "promvozduh"

CLIENTS = ("client,domains,owner,phones\n"
           "Romashka LLC,romashka.ru,anna@testbank.ru,\"+7 (495) 123-45-67, 8 916 000-11-22\"\n"
           "Berlin Steel,steel.de,ben@testbank.ru,+49 30 1234567\n")
HEADER = "time,direction,manager,client_phone,duration_s,note\n"


@pytest.fixture
def company(tmp_path: Path) -> Any:
    (tmp_path / "clients.csv").write_text(CLIENTS, encoding="utf-8")
    managers = make_settings().managers
    raw_managers = [{"email": m.email, "name": m.name, "role": m.role, "team": m.team,
                     "timezone": m.timezone, "locale": m.locale} for m in managers]
    raw_managers[1]["extension"] = "101"
    settings = make_settings(managers=raw_managers, clients={"directory": "clients.csv"})
    return settings.__class__(**{**settings.__dict__, "base_dir": tmp_path})


def write(tmp_path: Path, text: str, name: str = "calls.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def calls(db: Any) -> list[dict[str, Any]]:
    return rows(db, "SELECT c.*, cl.name AS client FROM calls c"
                    " LEFT JOIN clients cl ON cl.id = c.client_id ORDER BY c.id")


# ----------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("written", ["+7 (912) 345-67-89", "8-912-345-67-89", "8 (912) 3456789",
                                     "+79123456789", "8 912 345 67 89 доб. 12", "7 912 345 67 89"])
def test_russian_numbers_in_every_usual_form_are_one_e164_number(written: str) -> None:
    assert phones.normalize(written, "RU") == "+79123456789"


def test_foreign_and_city_numbers_keep_their_country_and_area() -> None:
    assert phones.normalize("+90 532 418 77 09") == "+905324187709"
    assert phones.normalize("8 (8442) 51-33-07") == phones.normalize("+7 (8442) 513307")
    assert phones.normalize("+371 2914 5567") == "+37129145567"


@pytest.mark.parametrize("written", ["12345", "звонить секретарю", "+7 (912) 345"])
def test_a_string_that_cannot_be_a_phone_number_is_refused_with_the_forms_that_are_read(
        written: str) -> None:
    with pytest.raises(ValueError, match=r"is not a phone number.*\+7 912 345-67-89"):
        phones.normalize(written)


def test_numbers_are_found_in_a_signature_but_not_in_contract_numbers() -> None:
    text = ("С уважением,\nИван Кравченко\nтел. +7 912 345-67-89, моб.: 8 (343) 221-70-14\n"
            "Договор № 2026-118-4471 от 12.11.2026, ИНН 7701234567")
    assert phones.find_in_text(text) == ["+79123456789", "+73432217014"]


def test_each_written_number_is_parsed_once_and_read_the_same_way_again() -> None:
    # A client's number comes back in every reply of a thread; parsing it costs ~0.1 ms.
    text = "Перезвоните мне: 8 (928) 555-14-02 или +7 912 345-67-89, счёт 40702810900000012345"
    phones.valid_e164.cache_clear()
    first = phones.find_in_text(text)
    parsed = phones.valid_e164.cache_info().misses
    assert first == ["+79285551402", "+79123456789"]
    assert phones.find_in_text(text) == first
    info = phones.valid_e164.cache_info()
    assert info.misses == parsed and info.hits >= 2
    # the same written form under another region is read for that region
    assert phones.find_in_text("call 020 7946 0958", "GB") == ["+442079460958"]
    assert phones.find_in_text("call 020 7946 0958", "RU") == []


# ----------------------------------------------------------------------------- directory

def test_the_client_directory_takes_a_phones_column_with_several_numbers_a_cell(db, company):
    sync_directory(db, company)
    found = rows(db, "SELECT p.phone, c.name FROM client_phones p JOIN clients c"
                     " ON c.id = p.client_id ORDER BY p.phone")
    assert {(r["phone"], r["name"]) for r in found} == {
        ("+74951234567", "Romashka LLC"), ("+79160001122", "Romashka LLC"),
        ("+49301234567", "Berlin Steel")}


def test_a_bad_number_in_the_directory_names_the_row_and_column(db, company, tmp_path):
    write(tmp_path, "client,domains,phones\nAcme,acme.ru,+7 (495) 1\n", "clients.csv")
    with pytest.raises(ImportFileError, match=r"clients.csv row 2, column 'phones': "
                                              r"'\+7 \(495\) 1' is not a phone number"):
        sync_directory(db, company)


def test_one_number_for_two_clients_in_the_directory_is_refused(db, company, tmp_path):
    write(tmp_path, "client,domains,phones\nAcme,acme.ru,8 495 123-45-67\n"
                    "Globex,globex.com,+7 495 1234567\n", "clients.csv")
    with pytest.raises(ImportFileError, match=r"clients.csv row 3, column 'phones': "
                                              r"'\+7 495 1234567' is also the number of the "
                                              r"client in row 2"):
        sync_directory(db, company)


# ----------------------------------------------------------------------------- the import

def test_calls_are_imported_linked_by_number_and_become_contacts(db, company, tmp_path):
    path = write(tmp_path, HEADER
                 + "2026-11-16T12:20:00+03:00,in,anna@testbank.ru,8 (495) 123-45-67,310,цена\n"
                 + "17.11.2026 10:00,исходящий,101,+7 916 000 11 22,0:02:05,\n"
                 + "17.11.2026 11:00,out,Ben Miller,+49 30 1234567,0,no answer\n"
                 + "18.11.2026 09:30,out,anna@testbank.ru,+7 999 111-22-33,60,\n")
    done = import_calls(db, company, path)
    assert (done["inserted"], done["updated"], done["unchanged"]) == (4, 0, 0)
    assert done["unknown_numbers"] == ["+79991112233"]
    got = calls(db)
    assert [(c["client"], c["direction"], c["duration_s"]) for c in got] == [
        ("Romashka LLC", "in", 310), ("Romashka LLC", "out", 125), ("Berlin Steel", "out", 0),
        (None, "out", 60)]
    # Naive times are the company's (Moscow): 10:00 MSK is 07:00 UTC.
    assert got[1]["at"] == "2026-11-17T07:00:00+00:00"
    # Answered calls with a known client are contacts; a call nobody picked up is not.
    contacts = rows(db, "SELECT call_id, channel, at FROM contacts ORDER BY call_id")
    assert [(k["call_id"], k["channel"]) for k in contacts] == [(got[0]["id"], "call"),
                                                                 (got[1]["id"], "call")]


def test_imported_calls_go_through_the_post_sync_step_without_any_mail(db, company, tmp_path):
    # Which clients the post-sync step folds and rules is queued where their data is stored:
    # by the indexer for mail, by record_call for calls (dealtrail/refresh.py).
    from dealtrail.refresh import after_sync

    sync_directory(db, company)
    path = write(tmp_path, HEADER
                 + "2026-11-16T12:20:00+03:00,in,anna@testbank.ru,8 (495) 123-45-67,310,цена\n"
                 + "17.11.2026 11:00,out,Ben Miller,+49 30 1234567,0,no answer\n"
                 + "18.11.2026 09:30,out,anna@testbank.ru,+7 999 111-22-33,60,\n")
    import_calls(db, company, path)
    ids = dict(db.conn.execute("SELECT name, id FROM clients").fetchall())
    assert after_sync(db, company, []).clients == {ids["Romashka LLC"], ids["Berlin Steel"]}
    import_calls(db, company, path)     # nothing new: nothing to fold again
    assert after_sync(db, company, []).clients == set()


def test_importing_the_same_log_again_changes_nothing(db, company, tmp_path):
    path = write(tmp_path, HEADER + "2026-11-16 12:20,in,anna@testbank.ru,84951234567,310,\n")
    import_calls(db, company, path)
    again = import_calls(db, company, path)
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 1)
    assert len(calls(db)) == 1
    assert db.conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 1


def test_a_number_added_to_the_directory_later_links_its_earlier_calls(db, company, tmp_path):
    path = write(tmp_path, HEADER + "2026-11-16 12:20,out,anna@testbank.ru,+7 999 111-22-33,60,\n")
    import_calls(db, company, path)
    assert calls(db)[0]["client"] is None
    write(tmp_path, CLIENTS.replace("8 916 000-11-22", "8 999 111-22-33"), "clients.csv")
    sync_directory(db, company)
    assert calls(db)[0]["client"] == "Romashka LLC"
    assert db.conn.execute("SELECT COUNT(*) FROM contacts WHERE channel = 'call'").fetchone()[0] == 1


def test_windows_1251_with_semicolons_and_russian_headers(db, company, tmp_path):
    path = write(tmp_path, "Дата звонка;Тип звонка;Сотрудник;Номер абонента;Длительность;Комментарий\n"
                           "16.11.2026 12:20;Входящий;anna@testbank.ru;8 (495) 123-45-67;5:10;"
                           "Обсудили лимит\n", encoding="cp1251")
    import_calls(db, company, path)
    [call] = calls(db)
    assert (call["direction"], call["duration_s"], call["note"]) == ("in", 310, "Обсудили лимит")


def test_a_header_the_company_names_otherwise_is_mapped_in_the_config(db, company, tmp_path):
    path = write(tmp_path, "Начало;Куда;Кто;Абонент Б;Сек\n"
                           "16.11.2026 12:20;исх.;101;8 (495) 123-45-67;40\n")
    with pytest.raises(ImportFileError, match=r"calls.csv: unknown column 'Куда'"):
        import_calls(db, company, path)
    mapped = company.__class__(**{**company.__dict__, "imports": company.imports.__class__(
        calls_columns={"direction": "Куда", "phone": "Абонент Б", "duration": "Сек",
                       "manager": "Кто"})})
    import_calls(db, mapped, path)
    assert calls(db)[0]["client"] == "Romashka LLC"


def test_a_mapping_for_a_column_that_does_not_exist_is_a_config_error(db, company, tmp_path):
    path = write(tmp_path, HEADER)
    wrong = company.__class__(**{**company.__dict__, "imports": company.imports.__class__(
        calls_columns={"telephone": "Номер"})})
    with pytest.raises(ConfigError, match=r"^imports.calls_columns.telephone: not a column"):
        import_calls(db, wrong, path)


@pytest.mark.parametrize(("body", "message"), [
    ("2026-11-16 12:20,in,ivanov@testbank.ru,84951234567,310,\n",
     r"calls.csv row 3, column 'manager': unknown manager 'ivanov@testbank.ru'"),
    ("2026-11-16 12:20,in,anna@testbank.ru,12-34,310,\n",
     r"calls.csv row 3, column 'client_phone': '12-34' is not a phone number"),
    ("2026-11-16 12:20,sideways,anna@testbank.ru,84951234567,310,\n",
     r"calls.csv row 3, column 'direction': 'sideways' is not a direction"),
    ("16.11.2026,in,anna@testbank.ru,84951234567,310,\n",
     r"calls.csv row 3, column 'time': '16.11.2026' has no time of day"),
    ("2026-11-16 12:20,in,anna@testbank.ru,84951234567,a while,\n",
     r"calls.csv row 3, column 'duration_s': 'a while' is not a duration"),
    ("2026-11-16 09:00,out,anna@testbank.ru,84951234567,30,\n",
     r"calls.csv row 3, column 'time': the same call as row 2; remove one"),
])
def test_a_bad_row_is_one_line_naming_file_row_and_column_and_nothing_is_imported(
        db, company, tmp_path, body, message):
    path = write(tmp_path, HEADER + "2026-11-16 09:00,out,anna@testbank.ru,+7 495 123 45 67,30,\n"
                 + body)
    with pytest.raises(ImportFileError, match=message) as raised:
        import_calls(db, company, path)
    assert "\n" not in str(raised.value)
    assert calls(db) == []
    assert db.conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == 0


def test_a_duration_that_is_not_one_says_how_to_write_it_whatever_the_cell_holds(
        db, company, tmp_path):
    """A spreadsheet's TRUE in the duration column gets the same line as text that is no
    duration: what is wrong and how to write it."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(HEADER.strip().split(","))
    book.active.append(["2026-11-16 09:00", "out", "anna@testbank.ru", "+7 495 123 45 67", True])
    book.save(tmp_path / "calls.xlsx")
    with pytest.raises(ImportFileError, match=r"calls.xlsx row 2, column 'duration_s': True is "
                                              r"not a duration; write seconds \(312\) or 0:05:12"):
        import_calls(db, company, tmp_path / "calls.xlsx")


def test_an_unknown_column_is_named_with_the_columns_expected(db, company, tmp_path):
    path = write(tmp_path, "time,direction,manager,client_phone,duraton\n")
    with pytest.raises(ImportFileError, match=r"^calls.csv: unknown column 'duraton' "
                                              r"\(did you mean 'duration'\?\); expected: call_id"):
        import_calls(db, company, path)


def test_an_unknown_column_says_where_the_config_maps_the_exports_own_headers(
        db, company, tmp_path):
    path = write(tmp_path, "UID записи;Начало;Направление;Добавочный;Внешний номер\n")
    with pytest.raises(ImportFileError) as raised:
        import_calls(db, company, path)
    assert str(raised.value) == (
        "calls.csv: unknown column 'UID записи'; expected: call_id, time, date, direction, "
        "manager, phone, caller, callee, caller_line, callee_line, call_group, duration, talk, "
        "status, note; if it is one of them under its own name, map it in "
        "[imports.calls_columns]: <column> = 'UID записи'")
    assert raised.value.args[0].said("ru").endswith(
        "укажите его в [imports.calls_columns]: <столбец> = 'UID записи'")
    near = write(tmp_path, "time,direction,manager,client_phone,duraton\n")
    with pytest.raises(ImportFileError, match=r"; if so, map it in \[imports.calls_columns\]: "
                                              r"duration = 'duraton'$"):
        import_calls(db, company, near)


def test_the_cli_imports_a_log_and_says_which_numbers_are_unknown(tmp_path, company, capsys):
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ncountry = "RU"\ntimezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\nextension = "101"\n'
        '[clients]\ndirectory = "clients.csv"\n', encoding="utf-8")
    write(tmp_path, "client,domains,owner,phones\nRomashka LLC,romashka.ru,anna@testbank.ru,"
                    "+7 (495) 123-45-67\n", "clients.csv")
    path = write(tmp_path, HEADER + "2026-11-16 12:20,in,101,84951234567,310,\n"
                 "2026-11-16 13:20,out,101,+7 999 111 22 33,310,\n")
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    main([*args, "calls", "import", str(path)])
    out = capsys.readouterr()
    assert "2 new, 0 updated, 0 unchanged calls" in out.out
    assert "1 number is not in the client directory (+79991112233);" in out.err


def test_the_cli_says_how_many_unknown_numbers_it_did_not_list(tmp_path, company, capsys):
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ncountry = "RU"\ntimezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\nextension = "101"\n'
        '[clients]\ndirectory = "clients.csv"\n', encoding="utf-8")
    write(tmp_path, "client,domains,owner,phones\nRomashka LLC,romashka.ru,anna@testbank.ru,"
                    "+7 (495) 123-45-67\n", "clients.csv")
    rows = "".join(f"2026-11-16 12:{i:02d},out,101,+7 999 111 22 {i:02d},60,\n" for i in range(11))
    path = write(tmp_path, HEADER + rows)
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    main([*args, "calls", "import", str(path)])
    err = capsys.readouterr().err
    assert "11 numbers are not in the client directory (+79991112200, " in err
    listed = err.split("(", 1)[1].split(")", 1)[0]
    assert listed.count("+7999") == 10
    assert listed.endswith("+79991112209 and 1 more")


# ----------------------------------------------------------------------------- calls as contacts

def _mail(db: Any, client: int, manager: int, when: Any, direction: str, text: str = "",
          is_request: int = 0, thread: int | None = None) -> tuple[int, int]:
    if thread is None:
        thread = db["threads"].insert({"key": f"t{when.timestamp()}", "subject": "Лимит",
                                       "client_id": client}).last_pk
    n = db.conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] + 1
    mid = db["messages"].insert({
        "mailbox_id": 1, "message_key": f"<m{n}@x>", "folder": "INBOX", "remote_id": str(n),
        "message_id": f"m{n}@x", "thread_id": thread, "subject": "Лимит",
        "from_addr": "ceo@romashka.ru", "sent_at": clock.iso(when), "direction": direction,
        "client_id": client, "manager_id": manager, "is_request": is_request,
        "new_text": text, "indexed_at": clock.iso(when)}).last_pk
    return mid, thread


def test_imported_calls_answer_client_mail_and_keep_a_promise_to_call(tmp_path, company):
    """Through the real rules engine on a SQLite file: before the import the question is
    unanswered and the promise to call is broken; the imported call log closes both."""
    db = open_db(tmp_path / "rules.db")
    sync_directory(db, company)
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "maildir",
                            "owner_email": "anna@testbank.ru"})
    anna = db.conn.execute("SELECT id FROM managers WHERE email = 'anna@testbank.ru'").fetchone()[0]
    romashka = db.conn.execute("SELECT id FROM clients WHERE name = 'Romashka LLC'").fetchone()[0]
    # Monday 10:30: Anna writes "I'll call you on Tuesday"; at 11:00 the client asks in
    # another thread (mail to the client before a question does not answer it).
    _mail(db, romashka, anna, at("2026-11-16 11:00"), "in", "Какой лимит вы одобрите?", 1)
    said, thread = _mail(db, romashka, anna, at("2026-11-16 10:30"), "out")
    db["promises"].insert({
        "message_id": said, "party": "manager", "action": "call", "text": "Перезвоню во вторник",
        "span_start": 0, "span_end": 20, "made_at": clock.iso(at("2026-11-16 10:30")),
        "due_at": clock.iso(at("2026-11-17 00:00")), "due_grain": "day", "manager_id": anna,
        "client_id": romashka, "thread_id": thread})
    with clock.freeze(at("2026-11-19 12:00")):
        run_rules(db, company, raise_errors=True, only=["unanswered", "broken_promise"])
    before = {r["rule"]: r["status"] for r in rows(db, "SELECT rule, status FROM violations")}
    assert before == {"unanswered": "open", "broken_promise": "open"}

    # The telephony log: Anna called Romashka on Tuesday 15:00 (after the 8 business hours).
    path = write(tmp_path, HEADER + "17.11.2026 15:00,out,101,+7 (495) 123-45-67,240,лимит\n")
    import_calls(db, company, path)
    with clock.freeze(at("2026-11-19 12:00")):
        run_rules(db, company, raise_errors=True, only=["unanswered", "broken_promise"])
    after = {r["rule"]: (r["status"], json.loads(r["evidence"])) for r in
             rows(db, "SELECT rule, status, evidence FROM violations")}
    call_contact = db.conn.execute("SELECT id FROM contacts WHERE channel = 'call'").fetchone()[0]
    assert after["unanswered"][0] == "kept_late"
    assert after["unanswered"][1]["reply_contact_id"] == call_contact
    assert after["broken_promise"][0] in ("resolved",)
    promise = rows(db, "SELECT status, fulfilled_at FROM promises")[0]
    assert promise == {"status": "kept", "fulfilled_at": clock.iso(at("2026-11-17 15:00"))}
    db.conn.close()


def test_answered_calls_count_in_workload_and_answer_a_waiting_client(db, company, tmp_path):
    sync_directory(db, company)
    anna = db.conn.execute("SELECT id FROM managers WHERE email = 'anna@testbank.ru'").fetchone()[0]
    romashka = db.conn.execute("SELECT id FROM clients WHERE name = 'Romashka LLC'").fetchone()[0]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "maildir",
                            "owner_email": "anna@testbank.ru"})
    db["contacts"].insert({"key": "email_in:1", "manager_id": anna, "client_id": romashka,
                           "at": clock.iso(at("2026-11-16 10:00")), "channel": "email_in"})
    path = write(tmp_path, HEADER + "16.11.2026 12:00,out,101,+7 (495) 123-45-67,240,\n"
                 "16.11.2026 13:00,out,101,+7 (495) 123-45-67,0,\n"
                 "17.11.2026 13:00,out,101,+7 (495) 123-45-67,120,\n")
    import_calls(db, company, path)
    with clock.freeze(at("2026-11-20 12:00")):
        [row] = workload(db, company, manager="anna@testbank.ru")
    assert row["calls_per_day"] == round(2 / 30, 1)
    assert row["median_first_response_hours"] == 2.0


def test_the_second_company_passes_check_and_its_call_log_imports(tmp_path, capsys):
    config = PROMVOZDUH / "dealtrail.toml"
    args = ["--config", str(config), "--db", str(tmp_path / "pv.db")]
    main([*args, "check"])
    main([*args, "calls", "import", str(PROMVOZDUH / "calls.csv")])
    assert "13 new, 0 updated, 0 unchanged calls" in capsys.readouterr().out
    db = open_db(tmp_path / "pv.db")
    linked = db.conn.execute("SELECT COUNT(*) FROM calls WHERE client_id IS NOT NULL").fetchone()[0]
    assert linked >= 11
    db.conn.close()


# ----------------------------------------------------------------------------- signatures

SIGNED = """\
From: Ivan Kravchenko <ivan@romashka.ru>
To: anna@testbank.ru
Subject: Re: limit
Date: Mon, 16 Nov 2026 10:00:00 +0300
Message-ID: <sig-{n}@romashka.ru>

Цена устраивает, ждём договор.

С уважением,
Иван Кравченко
моб. +7 912 345-67-89

-----Original Message-----
From: Anna Petrova
Sent: Friday, November 13, 2026 18:00

Направляю предложение.

Anna Petrova
+7 495 777-00-22
"""


def _one_mailbox(tmp_path: Path, mail: str) -> None:
    cur = tmp_path / "mail" / "cur"
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)
    (cur / "1.eml:2,S").write_text(mail, encoding="utf-8")


def test_a_clients_signature_gives_its_number_and_links_earlier_calls(tmp_path, capsys):
    """Through the real indexer: the number in the client's signature (not the manager's in
    the quote) links a call imported before the mail was indexed."""
    _one_mailbox(tmp_path, SIGNED.format(n=1))
    (tmp_path / "clients.csv").write_text("client,domains,owner,phones\n"
                                          "Romashka LLC,romashka.ru,anna@testbank.ru,\n"
                                          "Globex,globex.com,anna@testbank.ru,+7 495 777-00-11\n",
                                          encoding="utf-8")
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ninternal_domains = ["testbank.ru"]\ncountry = "RU"\n'
        'timezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna Petrova"\n'
        '[[mailboxes]]\nname = "anna"\nkind = "maildir"\nowner = "anna@testbank.ru"\n'
        'path = "mail"\n[clients]\ndirectory = "clients.csv"\n', encoding="utf-8")
    path = write(tmp_path, HEADER + "2026-11-17 11:00,in,anna@testbank.ru,8-912-345-67-89,90,\n")
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    main([*args, "calls", "import", str(path)])
    assert "(+79123456789)" in capsys.readouterr().err
    main([*args, "index", "--quiet"])
    db = open_db(tmp_path / "x.db")
    found = rows(db, "SELECT p.phone, c.name, p.source FROM client_phones p"
                     " JOIN clients c ON c.id = p.client_id ORDER BY p.phone")
    # The manager's number in the quote below is nobody's client number.
    assert found == [{"phone": "+74957770011", "name": "Globex", "source": "directory"},
                     {"phone": "+79123456789", "name": "Romashka LLC", "source": "signature"}]
    assert calls(db)[0]["client"] == "Romashka LLC"
    assert db.conn.execute("SELECT COUNT(*) FROM contacts WHERE channel = 'call'").fetchone()[0] == 1
    db.conn.close()


ASKS_FOR_A_CALL = """\
From: Pavel Orlov <p.orlov1979@gmail.com>
To: anna@testbank.ru
Subject: Leasing for a bakery
Date: Mon, 16 Nov 2026 10:00:00 +0300
Message-ID: <ask-1@gmail.com>

Good afternoon. I am opening a second bakery and need an oven on lease. Please ring me
on 8 (916) 402-17-35 any weekday after 11.
"""


def test_a_number_written_in_a_first_message_without_a_signature_links_the_call(
        tmp_path, capsys):
    """A sole trader from free mail writes once, with no signature block, and asks to be
    called: the number in the text is theirs, so the manager's call back is their contact."""
    _one_mailbox(tmp_path, ASKS_FOR_A_CALL)
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ninternal_domains = ["testbank.ru"]\ncountry = "RU"\n'
        'timezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna Petrova"\n'
        '[[mailboxes]]\nname = "anna"\nkind = "maildir"\nowner = "anna@testbank.ru"\n'
        'path = "mail"\n', encoding="utf-8")
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    main([*args, "index", "--quiet"])
    main([*args, "calls", "import", str(write(
        tmp_path, HEADER + "2026-11-16 15:00,out,anna@testbank.ru,+7 916 402 1735,300,\n"))])
    db = open_db(tmp_path / "x.db")
    assert calls(db)[0]["client"] == "Pavel Orlov"
    db.conn.close()
