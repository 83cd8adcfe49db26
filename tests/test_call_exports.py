"""Call logs as real telephony exports write them, imported with nothing but the config.

Each export in tests/data/calls/ is written in its vendor's layout (headers, separator,
encoding, date, duration, direction and status words, how the manager is named, several
rows for one call); docs/calls.md lists them with their mapping. Every test runs the real
CLI on a SQLite file and reads back what was stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dealtrail.cli import main
from dealtrail.store import open_db, rows

DATA = Path(__file__).resolve().parent / "data" / "calls"

CONFIG = """\
[company]
country = "RU"
timezone = "Europe/Moscow"

[[managers]]
email = "anna@testbank.ru"
name = "Анна Петрова"
extension = "101"

[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
extension = "102"

[clients]
directory = "clients.csv"
"""
CLIENTS = ("client,domains,owner,phones\n"
           "Romashka LLC,romashka.ru,anna@testbank.ru,+7 (495) 123-45-67\n"
           "Berlin Steel,steel.de,ben@testbank.ru,+49 30 1234567\n"
           "Kvarts,kvarts.ru,ben@testbank.ru,+7 495 900-00-11\n")


def run_import(tmp_path: Path, name: str, config: str = "", data: bytes | None = None) -> int:
    """Import tests/data/calls/<name> (or ``data`` under that name) through the CLI."""
    (tmp_path / "dealtrail.toml").write_text(CONFIG + config, encoding="utf-8")
    (tmp_path / "clients.csv").write_text(CLIENTS, encoding="utf-8")
    (tmp_path / name).write_bytes((DATA / name).read_bytes() if data is None else data)
    args = ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]
    try:
        return main([*args, "calls", "import", str(tmp_path / name)]) or 0
    except SystemExit as exc:
        return int(exc.code or 0)


def stored(tmp_path: Path) -> list[dict[str, Any]]:
    """The calls as stored: (manager, client, direction, UTC time, seconds), in time order."""
    db = open_db(tmp_path / "x.db")
    return rows(db, "SELECT m.email AS manager, cl.name AS client, c.phone, c.direction, c.at,"
                    " c.duration_s, (SELECT COUNT(*) FROM contacts k WHERE k.call_id = c.id)"
                    " AS contacts FROM calls c JOIN managers m ON m.id = c.manager_id"
                    " LEFT JOIN clients cl ON cl.id = c.client_id ORDER BY c.at, c.id")


def brief(calls: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["manager"].split("@")[0], c["client"] or c["phone"], c["direction"], c["at"][:16],
             c["duration_s"], c["contacts"]) for c in calls]


def test_a_freepbx_cdr_export_imports_as_one_call_per_conversation(tmp_path, capsys):
    """FreePBX's CDR report as CSV: English Asterisk field names, 26 columns of which most
    are the PBX's own, no direction column (src and dst tell it), billsec the talk time
    beside the total duration, a ring group's legs and a transfer sharing one linkedid."""
    code = run_import(tmp_path, "freepbx_cdr.csv")
    assert code == 0, capsys.readouterr().err
    assert brief(stored(tmp_path)) == [
        # out from extension 101; billsec (360), not the total with ringing (372)
        ("anna", "Romashka LLC", "out", "2026-11-16T07:00", 360, 1),
        # a ring group: 101 did not answer, 102 did; one call, Ben's
        ("ben", "Berlin Steel", "in", "2026-11-16T08:00", 190, 1),
        # NO ANSWER: kept, no contact
        ("anna", "Romashka LLC", "in", "2026-11-16T09:30", 0, 0),
        # 101 -> 102 is internal: no row. A transfer 101 -> 102 is one call, Anna's, 180 s
        ("anna", "Kvarts", "in", "2026-11-16T11:00", 180, 1),
        # BUSY: kept, no contact; the number is not known yet
        ("ben", "+79991112233", "out", "2026-11-16T12:00", 0, 0),
    ]
    out = capsys.readouterr().out
    assert "5 new, 0 updated, 0 unchanged calls" in out
    # Imported again (or a later export repeating these rows): nothing changes.
    run_import(tmp_path, "freepbx_cdr.csv")
    assert "0 new, 0 updated, 5 unchanged calls" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "old", "new", "line"), [
    ("freepbx_cdr.csv", "NO ANSWER", "RINGING",
     "freepbx_cdr.csv row 3, column 'disposition': 'RINGING' is not a call status"),
    ("mango_office.csv", "Входящий", "Входяший",
     "mango_office.csv row 3, column 'Тип вызова': 'Входяший' is not a direction"),
    ("bitrix24_calls.csv", "3 мин 10 сек", "3 мин 10",
     "bitrix24_calls.csv row 3, column 'Длительность звонка': '3 мин 10' is not a duration"),
    ("teams_pstn_usage.csv", "ben@testbank.ru", "bob@testbank.ru",
     "teams_pstn_usage.csv row 3, column 'User principal name': unknown manager "
     "'bob@testbank.ru'"),
    ("mango_office.csv", "16.11.2026;11:00:00", "16.11.2026;11:00 утра",
     "mango_office.csv row 3, column 'Время': '11:00 утра' is not a date"),
])
def test_an_unreadable_value_in_an_export_is_one_line_and_nothing_is_imported(
        tmp_path, capsys, name, old, new, line):
    encoding = "cp1251" if name == "mango_office.csv" else "utf-8"
    data = (DATA / name).read_bytes().replace(old.encode(encoding), new.encode(encoding), 1)
    code = run_import(tmp_path, name, data=data)
    err = capsys.readouterr().err
    assert code != 0
    assert line in err and err.count("\n") == 1, err
    assert "nothing imported" in err
    assert stored(tmp_path) == []


@pytest.mark.parametrize("written, at", [("8:31:00 AM", "2026-11-03T14:31"),
                                         ("12:05 am", "2026-11-03T06:05"),
                                         ("3:05 p.m.", "2026-11-03T21:05"),
                                         ("12:40:10 PM", "2026-11-03T18:40")])
def test_a_day_and_a_12_hour_time_in_their_own_columns_are_one_start(tmp_path, capsys, written,
                                                                      at):
    """US exports write the day and an AM/PM time of day in two columns."""
    data = ("Date,Time,Direction,Extension,Number,Duration\n"
            f"11/03/2026,{written},Outbound,102,+49 30 1234567,95\n").encode()
    assert run_import(tmp_path, "calls.csv", '[imports.calls_columns]\ntimezone = "America/Chicago"\n',
                      data=data) == 0, capsys.readouterr().err
    assert [(c["client"], c["at"][:16]) for c in stored(tmp_path)] == [("Berlin Steel", at)]


def test_a_12_hour_time_past_twelve_is_one_line_naming_the_cell(tmp_path, capsys):
    data = (b"Date,Time,Direction,Extension,Number,Duration\n"
            b"11/03/2026,13:10 PM,Outbound,102,+49 30 1234567,95\n")
    assert run_import(tmp_path, "calls.csv", data=data) != 0
    assert ("calls.csv row 2, column 'Time': '13:10 PM' is not a time of day; write 14:05"
            in capsys.readouterr().err)
    assert stored(tmp_path) == []


def test_the_line_for_an_unreadable_status_is_said_in_russian(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DEALTRAIL_LANG", "ru")
    data = (DATA / "mango_office.csv").read_bytes().replace("Пропущен".encode("cp1251"),
                                                            "Перезвонить".encode("cp1251"))
    assert run_import(tmp_path, "mango_office.csv", data=data) != 0
    err = capsys.readouterr().err
    assert ("mango_office.csv, строка 4, столбец 'Статус': 'Перезвонить' — не статус звонка"
            in err), err


# The same day of calls as each export writes it: Anna's answered call out to Romashka,
# Ben's answered call in from Berlin Steel, a call to Anna nobody picked up, a call
# between Anna and Ben (internal: no row), Ben's busy call out to a number not known yet.
SAME_DAY = [
    ("anna", "Romashka LLC", "out", "2026-11-16T07:00", 372, 1),
    ("ben", "Berlin Steel", "in", "2026-11-16T08:00", 190, 1),
    ("anna", "Romashka LLC", "in", "2026-11-16T09:30", 0, 0),
    ("ben", "+79991112233", "out", "2026-11-16T12:00", 0, 0),
]
EXPORTS = {
    # Windows-1251, ';', the day and the time in two columns, the manager named by name
    # and by "Name (101)" on either side, «Внутренний», «Пропущен», «Занято», «Не отвечен».
    "mango_office.csv": ("", [*SAME_DAY, ("anna", "Kvarts", "out", "2026-11-16T13:00", 0, 0)]),
    # UTF-8 with a byte-order mark, ';', «Пропущенный» as the direction, m:ss durations,
    # the PBX's own line («Через») and the wait beside the talk time.
    "megafon_vats.csv": ("", [c for c in SAME_DAY]),
    # "6 мин 12 сек", a status with its SIP code ("304 - Пропущенный звонок"),
    # «Входящий с перенаправлением» and «Обратный звонок», numbers without a plus.
    "bitrix24_calls.csv": ("", [*SAME_DAY, ("anna", "Kvarts", "out", "2026-11-16T13:00", 65, 1)]),
    # Two sides named «Абонент А» and «Абонент Б»: which is the caller is the company's
    # choice, said in the mapping.
    "mts_vats.csv": ('[imports.calls_columns]\ncaller = "Абонент А"\ncallee = "Абонент Б"\n',
                     [*SAME_DAY]),
    # US dates with AM/PM, "Name (ext)" on both sides, talking beside ringing, Internal.
    "3cx_call_history.csv": ("", [*SAME_DAY]),
    # Cisco CUCM's CDR flat file: ~130 columns of its own (a subset here), a second line of
    # column types, Unix times in UTC, a hunt pilot (600) answered by 102, no status:
    # duration 0 is a call nobody answered; both sides ours (101 -> 102) is internal.
    "cucm_cdr.csv": ("", [*SAME_DAY]),
    # Yeastar's CDR: "Call From"/"Call To", call and talk duration, VOICEMAIL (not
    # answered), «Communication Type» Inbound/Outbound/Internal, dd/mm/yyyy.
    "yeastar_cdr.csv": ("", [(*SAME_DAY[0][:4], 360, 1), *SAME_DAY[1:]]),
    # Zadarma's PBX statistics as its API names the fields, saved as CSV: the extension
    # ("sip") beside the two sides, «clid» (Asterisk's display caller id, skipped by
    # default) mapped as the caller, pbx_call_id shared by the legs of a call.
    "zadarma_pbx_statistics.csv": ('[imports.calls_columns]\ncaller = "clid"\n', [*SAME_DAY]),
    # UTC ISO times with seven decimals, the manager by user principal name, user_in and
    # user_out, the caller and the dialled number, a dozen billing columns.
    "teams_pstn_usage.csv": ("", [SAME_DAY[0], SAME_DAY[1], SAME_DAY[3]]),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_a_telephony_export_imports_with_nothing_but_the_config(tmp_path, capsys, name):
    config, expected = EXPORTS[name]
    code = run_import(tmp_path, name, config)
    assert code == 0, capsys.readouterr().err
    assert brief(stored(tmp_path)) == expected
    run_import(tmp_path, name, config)
    assert f"0 new, 0 updated, {len(expected)} unchanged calls" in capsys.readouterr().out


def test_an_export_whose_times_are_utc_says_so_in_the_mapping(tmp_path, capsys):
    """Asterisk writes calldate in the server's zone, often UTC: the mapping names it."""
    assert run_import(tmp_path, "freepbx_cdr.csv",
                      '[imports.calls_columns]\ntimezone = "UTC"\n') == 0, capsys.readouterr()
    assert [c["at"][:16] for c in stored(tmp_path)][:2] == ["2026-11-16T10:00",
                                                            "2026-11-16T11:00"]
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    assert run_import(wrong, "freepbx_cdr.csv",
                      '[imports.calls_columns]\ntimezone = "Moscow"\n') != 0
    assert ("imports.calls_columns.timezone: unknown time zone 'Moscow'"
            in capsys.readouterr().err)


@pytest.mark.parametrize(("written", "e164"), [
    ("00 49 30 1234567", "+49301234567"),        # the international prefix PBXs dial
    ("0049301234567", "+49301234567"),
    ("8 10 49 30 1234567", "+49301234567"),      # Russia's own
    ("sip:+74951234567@pbx.example.ru", "+74951234567"),
    ("74951234567@sip.zadarma.com", "+74951234567"),
    ("tel:+7-495-123-45-67", "+74951234567"),
    # a foreign number as its international digits, without the "+"
    ("61298765432", "+61298765432"),
    ("4930 1234567", "+49301234567"),
    ("971 50 123 4567", "+971501234567"),
    ("79123456789", "+79123456789"),             # the region's own stays its own
])
def test_a_client_number_as_telephony_writes_it_is_one_e164_number(written, e164):
    from dealtrail.phones import normalize

    assert normalize(written, "RU") == e164


@pytest.mark.parametrize("written", ["99999999999", "999999999999", "12345"])
def test_digits_that_are_no_number_here_or_abroad_are_still_refused(written):
    from dealtrail.phones import normalize

    with pytest.raises(ValueError):
        normalize(written, "RU")


def test_rows_that_reached_no_manager_are_skipped_and_said(tmp_path, capsys):
    """A real CDR holds calls that never reached a manager: a caller who hung up in the
    voice menu (dst 's', answered by the PBX) and a call to an extension not in
    [[managers]]. They are no manager's calls; the import says which lines they reached."""
    extra = ('2026-11-16 16:00:00,"""+74957770001"" <+74957770001>",+74957770001,s,ivr-3,'
             'PJSIP/trunk-00000020,,Playback,custom/welcome,14,12,ANSWERED,3,,1794056400.20,,'
             '74951112233,,+74957770001,,,,,1794056400.20,,9\r\n'
             '2026-11-16 16:10:00,"""+74957770002"" <+74957770002>",+74957770002,105,'
             'from-did-direct,PJSIP/trunk-00000021,PJSIP/105-00000022,Dial,"PJSIP/105,20,tr",'
             '70,65,ANSWERED,3,,1794057000.21,,74951112233,,+74957770002,,,,,1794057000.21,,10\r\n')
    data = (DATA / "freepbx_cdr.csv").read_bytes() + extra.encode()
    assert run_import(tmp_path, "freepbx_cdr.csv", data=data) == 0
    assert len(stored(tmp_path)) == 5
    err = capsys.readouterr().err
    assert "2 row(s) reached no manager's line (lines 105, s)" in err


def test_an_export_saved_as_xlsx_keeps_its_typed_day_time_and_duration_cells(tmp_path, capsys):
    """The Mango Office log saved from Excel: the day a date cell, the time of day and the
    talk time time cells, the extension a number."""
    import csv
    import io
    from datetime import date, time

    import openpyxl

    book = openpyxl.Workbook()
    text = (DATA / "mango_office.csv").read_bytes().decode("cp1251")
    for i, cells in enumerate(csv.reader(io.StringIO(text), delimiter=";")):
        if i:
            cells[0] = date(*reversed([int(p) for p in cells[0].split(".")]))  # type: ignore
            cells[1] = time(*[int(p) for p in cells[1].split(":")])            # type: ignore
            cells[6] = time(*[int(p) for p in cells[6].split(":")])            # type: ignore
        book.active.append(cells)
    book.save(tmp_path / "source.xlsx")
    data = (tmp_path / "source.xlsx").read_bytes()
    assert run_import(tmp_path, "mango_office.xlsx", data=data) == 0, capsys.readouterr().err
    assert brief(stored(tmp_path)) == EXPORTS["mango_office.csv"][1]


def test_unix_times_in_number_cells_of_an_xlsx_are_utc(tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["dateTimeOrigination", "callingPartyNumber", "finalCalledPartyNumber",
                        "duration"])
    book.active.append([1794812405, 101, 84951234567, 372])
    book.save(tmp_path / "source.xlsx")
    data = (tmp_path / "source.xlsx").read_bytes()
    assert run_import(tmp_path, "cdr.xlsx", data=data) == 0, capsys.readouterr().err
    assert brief(stored(tmp_path)) == [SAME_DAY[0]]


def test_a_header_the_mapping_ignores_is_skipped_even_when_it_names_a_known_column(
        tmp_path, capsys):
    """An export with both "Extension" and "User" (a display name nobody can match): the
    company ignores "User", so the extension names the manager and the file imports."""
    data = (b"Date;Time;Direction;Extension;User;Number;Duration\n"
            b"16/11/2026;10:00;Outbound;101;A. Petrova;+74951234567;372\n"
            b"16/11/2026;11:00;Inbound;102;B. Miller;+49301234567;190\n")
    config = '[imports.calls_columns]\nignore = "User"\n'
    assert run_import(tmp_path, "site_export.csv", config, data) == 0, capsys.readouterr().err
    assert [(c[0], c[1]) for c in brief(stored(tmp_path))] == [("anna", "Romashka LLC"),
                                                              ("ben", "Berlin Steel")]
    other = tmp_path / "not-ignored"
    other.mkdir()
    assert run_import(other, "site_export.csv", "", data) != 0      # both name the manager
    assert ("site_export.csv: column 'manager' appears twice (as 'Extension' and 'User'); keep one,"
            " or skip the other in [imports.calls_columns]: ignore = 'User'" in capsys.readouterr().err)
