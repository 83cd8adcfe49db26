"""Hostile sender names, subjects and complaint texts, indexed from real mail, reach the
terminal tables, the CSV and the XLSX exports as plain text: no console markup, no escape
sequences, no spreadsheet formulas (dealtrail.shown)."""

from __future__ import annotations

import base64
import csv
import io
import subprocess
import sys
from pathlib import Path

import openpyxl
from rich.console import Console

from dealtrail import clock
from dealtrail.shown import for_terminal
from dealtrail.store import open_db
from indexer.runner import index_maildir
from reports import api, render

#: A formula, rich markup (a hyperlink, a closing tag that opens nothing), an OSC window
#: title and a screen clear.
HOSTILE = ('=HYPERLINK("http://evil.example","x") [/b][link=http://evil.example]y[/link]'
           ' \x1b]0;pwned\x07\x1b[2J end')
SHOWN = ('=HYPERLINK("http://evil.example","x") [/b][link=http://evil.example]y[/link]'
         ' ?]0;pwned??[2J end')


def _word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _bank(tmp_path: Path) -> tuple[Path, int]:
    """A mailbox whose client wrote under a hostile name and subject; a complaint and a
    violation about that client as the indexer and rules store them."""
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    raw = (f"From: {_word(HOSTILE)} <boss@gmail.com>\nTo: anna@testbank.ru\n"
           f"Subject: {_word(HOSTILE)}\nDate: Mon, 07 Dec 2026 10:00:00 +0300\n"
           "Message-ID: <hostile@gmail.com>\n\nWhere is the contract?\n").encode()
    (maildir / "cur" / "1.M1P1.host:2,S").write_bytes(raw)
    db_path = tmp_path / "d.db"
    index_maildir(maildir, "anna@testbank.ru", db_path, progress=False)
    db = open_db(db_path)
    client_id, name = db.conn.execute(
        "SELECT id, name FROM clients WHERE key = 'person:boss@gmail.com'").fetchone()
    assert name == HOSTILE, "the indexer names the client as the sender signed"
    manager = db.conn.execute("SELECT id FROM managers").fetchone()[0]
    with db.conn:
        db.conn.execute(
            "INSERT INTO complaints (key, client_id, manager_id, text, source, opened_at)"
            " VALUES ('c:1', ?, ?, ?, 'inferred', '2026-12-07T07:05:00+00:00')",
            (client_id, manager, HOSTILE))
        db.conn.execute(
            "INSERT INTO violations (rule, key, manager_id, client_id, severity, summary,"
            " detected_at) VALUES ('unanswered', 'u:1', ?, ?, 'high', ?,"
            " '2026-12-07T08:00:00+00:00')", (manager, client_id, HOSTILE))
    db.conn.close()
    return db_path, client_id


def _violations(db_path: Path) -> dict:
    from indexer.runner import one_shot_settings

    db = open_db(db_path)
    try:
        with clock.freeze(clock.parse_iso("2026-12-07T12:00:00+00:00")):
            return api.complaints_and_violations(
                db, one_shot_settings("anna@testbank.ru", db_path.parent), "2026-12")
    finally:
        db.conn.close()


def test_terminal_tables_show_hostile_names_as_typed(tmp_path: Path) -> None:
    db_path, _ = _bank(tmp_path)
    data = _violations(db_path)
    console = Console(file=io.StringIO(), width=600)
    render.to_table("violations", data, console)
    text = console.file.getvalue()
    assert "\x1b" not in text and "\x07" not in text
    assert SHOWN in text            # markup shown as typed, control characters as "?"


def test_csv_and_xlsx_keep_hostile_names_text(tmp_path: Path) -> None:
    db_path, _ = _bank(tmp_path)
    data = _violations(db_path)
    table = list(csv.reader(io.StringIO(render.to_csv("violations", data))))
    cells = [c for row in table for c in row if "HYPERLINK" in c]
    assert cells and all(c.startswith("'=") for c in cells)
    out = tmp_path / "v.xlsx"
    render.render("violations", data, "xlsx", out=out)
    book = openpyxl.load_workbook(out)
    found = [c for sheet in book for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert found and all(c.data_type == "s" for c in found)
    assert {c.value for c in found} == {HOSTILE.replace("\x1b", "?").replace("\x07", "?")}


def test_the_violations_list_prints_hostile_text_plainly(tmp_path: Path) -> None:
    db_path, _ = _bank(tmp_path)
    config = tmp_path / "dealtrail.toml"
    config.write_text('[company]\nname = "Test Bank"\ninternal_domains = ["testbank.ru"]\n'
                      '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\n',
                      encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dealtrail", "--config", str(config),
                               "--db", str(db_path), *args], capture_output=True, text=True,
                              timeout=120, env={"COLUMNS": "600", "PATH": "/usr/bin:/bin"})

    shown = run("violations", "list")
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "[link=http://evil.example]y[/link]" in shown.stdout
    listed = run("violations", "list", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert [r[3][:11] for r in rows[1:]] == ["'=HYPERLINK"]     # the client, kept text


def test_for_terminal_keeps_letters_spaces_and_non_breaking_spaces() -> None:
    assert for_terminal("ООО\u00a0«Ромашка»\tальфа\nбета") == "ООО\u00a0«Ромашка» альфа бета"
    assert for_terminal("a\u202eb\x9bc") == "ab?c"
