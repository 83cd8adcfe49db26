"""The tables and lists the commands print speak the operator's language; mail stays verbatim.

Headers, titles, status and severity words and fixed phrases follow ``--lang`` and the rest
of the language order (``dealtrail/lang.py``); what came from mail (a client's name) is shown
as it is, escaped for the terminal (``dealtrail/shown.py``); machine formats (``--json``,
``--format csv``) keep their codes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealtrail import audit
from dealtrail.cli import cli
from dealtrail.store import open_db, record_job
from rules.engine import Registry
from rules.i18n import RULE_FINDS_RU
from tests.test_rules_cli import CONFIG
from tests.test_rules_world import World, at

HOSTILE = "Ромашка\x1b]0;owned\x07 [link=https://evil.example]click[/link]"


@pytest.fixture
def bank(tmp_path: Path) -> list[str]:
    """A company with one broken promise to a client whose name came with escapes and markup."""
    (tmp_path / "dealtrail.toml").write_text(CONFIG, encoding="utf-8")
    db_file = tmp_path / "dealtrail.db"
    db = open_db(db_file)
    world = World(db)
    db["clients"].update(world.romashka, {"name": HOSTILE})
    thread = world.thread(world.romashka)
    made = at("2026-11-20 19:30")
    mid = world.message(when=made, direction="out", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread)
    world.promise(message_id=mid, made=made, due=at("2026-11-23 23:59:59"), action="send",
                  client_id=world.romashka, manager_id=world.anna, thread_id=thread)
    audit.record(db, actor="olga", channel="cli", source="cli", action="report pipeline",
                 client_id=999)
    record_job(db, "rules", "failed", "RuntimeError: boom")
    db["tag_commands"].insert({"message_key": "m1", "mailbox_id": 1, "sender": "x\x1b[2J@evil.ru",
                               "received_at": "2026-11-20T10:00:00+00:00", "raw_text": "#stage",
                               "parsed": "[]", "target": "", "status": "rejected",
                               "reason": "not a manager", "changes": "[]"})
    db.conn.close()
    return ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(db_file)]


def say(bank: list[str], lang: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--lang", lang, *bank, *args],
                                env={"DEALTRAIL_NOW": "2026-11-24T12:00:00+03:00", "COLUMNS": "250"})
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def test_rules_list_in_russian_and_in_english_as_before(bank: list[str]) -> None:
    ru, en = say(bank, "ru", "rules", "list"), say(bank, "en", "rules", "list")
    for word in ("Правила", "правило", "включено", "важность", "что находит", "настройки", " да ",
                 " нет ", "высокая", RULE_FINDS_RU["broken_promise"]):
        assert word in ru, word
    assert "broken_promise" in ru and "stale_deal" in ru      # the codes [rules.<name>] spells
    assert " yes " not in ru and "what it finds" not in ru
    for word in ("Rules", "rule", "enabled", "severity", "what it finds", "settings", " yes ",
                 " no ", "high", "A promise to a client passed its deadline"):
        assert word in en, word


def test_every_built_in_rule_says_what_it_finds_in_russian() -> None:
    assert {rule.name for rule in Registry.default()} <= set(RULE_FINDS_RU)


def test_violations_list_in_russian_shows_the_client_escaped_and_json_keeps_codes(
        bank: list[str]) -> None:
    say(bank, "en", "rules", "run")
    ru = say(bank, "ru", "violations", "list")
    assert "Нарушения (1)" in ru and "открыто" in ru and "высокая" in ru
    assert "\x1b" not in ru and "\x07" not in ru
    assert "[link=https://evil.example]click[/link]" in ru     # shown as text, never as markup
    en = say(bank, "en", "violations", "list")
    assert "Violations (1)" in en and " open " in en and "открыто" not in en
    [item] = json.loads(say(bank, "ru", "violations", "list", "--format", "json"))
    assert (item["status"], item["severity"]) == ("open", "high")


def test_status_audit_and_its_check_in_russian(bank: list[str]) -> None:
    status = say(bank, "ru", "status")
    assert "задача" in status and "ошибка" in status and "RuntimeError: boom" in status
    assert " failed " in say(bank, "en", "status")
    entries = say(bank, "ru", "audit")
    assert "клиент 999" in entries and "report pipeline" in entries
    assert "client 999" in say(bank, "en", "audit")
    checked = say(bank, "ru", "audit", "--verify")
    assert checked.startswith("журнал доступа в порядке: записей 1; последняя #1, хеш ")
    assert say(bank, "en", "audit", "--verify").startswith("access audit ok: 1 entries; newest #1")


def test_tags_list_says_the_status_in_russian_and_escapes_the_sender(bank: list[str]) -> None:
    ru = say(bank, "ru", "tags", "list")
    assert "отклонена" in ru and "not a manager" in ru      # the reason as the sender was told
    assert "\x1b" not in ru and "x?[2J@evil.ru" in ru
    assert " rejected " in say(bank, "en", "tags", "list")
    assert json.loads(say(bank, "ru", "tags", "list", "--json"))["status"] == "rejected"


def test_tags_parse_explains_in_the_operators_language(tmp_path: Path) -> None:
    runner = CliRunner()
    text = "no tags here"
    ru = runner.invoke(cli, ["--lang", "ru", "--config", str(tmp_path / "none.toml"),
                             "tags", "parse", text])
    en = runner.invoke(cli, ["--lang", "en", "--config", str(tmp_path / "none.toml"),
                             "tags", "parse", text])
    assert ru.output.strip() == "ничего: тегов нет", ru.output
    assert en.output.strip() == "nothing: no tags found", en.output


@pytest.mark.parametrize("table,key,shared", [
    ("LABELS", "forecast_run_rate", "col_forecast"),
    ("LABELS", "overdue_contacts", "col_overdue"),
    ("TITLES", "trends_violations", "trend_violations"),
    ("STATUSES", "won", "closed_won_one"),
    ("STATUSES", "lost", "closed_lost_one"),
])
def test_the_terminals_tables_and_the_digest_word_one_figure_from_one_entry(table: str, key: str,
                                                                           shared: str) -> None:
    """The same figure is named once, in English and Russian: the terminal's table takes the
    digest's catalogue entry itself, so a change of wording reaches both."""
    from reports import render
    from reports.i18n import CATALOGUE

    assert getattr(render, table)[key] is CATALOGUE[shared]
