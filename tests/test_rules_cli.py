"""The rules and violations commands, and the RU/EN descriptions they show."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealtrail.cli import cli
from dealtrail.store import open_db
from rules.i18n import describe
from tests.test_rules_world import World, at

CONFIG = """
[company]
name = "Test Bank"
country = "RU"
timezone = "Europe/Moscow"
locale = "en"

[[managers]]
email = "head@testbank.ru"
name = "Olga Head"
role = "head"

[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"

[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
timezone = "Europe/Berlin"

[rules.stale_deal]
enabled = false
"""


@pytest.fixture
def setup(tmp_path: Path) -> dict:
    config = tmp_path / "dealtrail.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db_file = tmp_path / "dealtrail.db"
    db = open_db(db_file)
    world = World(db)
    thread = world.thread(world.romashka)
    made = at("2026-11-20 19:30")
    mid = world.message(when=made, direction="out", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread)
    world.promise(message_id=mid, made=made, due=at("2026-11-23 23:59:59"), action="send",
                  client_id=world.romashka, manager_id=world.anna, thread_id=thread)
    db.conn.close()
    return {"args": ["--config", str(config), "--db", str(db_file)], "db": db_file}


def invoke(setup: dict, *args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, [*setup["args"], *args],
                                env={"DEALTRAIL_NOW": "2026-11-24T12:00:00+03:00", "COLUMNS": "250"})
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result


def test_rules_run_then_violations_list_as_json_names_who_what_and_when(setup):
    run = invoke(setup, "rules", "run", "--json")
    results = {r["rule"]: r for r in json.loads(run.output)["rules"]}
    assert results["broken_promise"]["opened"] == 1
    assert "stale_deal" not in results  # disabled in the config
    listed = json.loads(invoke(setup, "violations", "list", "--format", "json").output)
    [v] = [v for v in listed if v["rule"] == "broken_promise"]
    for key in ("code", "rule", "manager", "client", "deal", "due", "status", "severity",
                "summary", "evidence"):
        assert key in v
    assert v["code"] == f"V-{v['id']}"
    assert (v["manager"], v["client"], v["status"]) == (
        "anna@testbank.ru", "Romashka LLC", "open")
    assert v["evidence"]["text"] == "Пришлю договор до понедельника"


def test_violations_list_filters_by_manager_rule_and_status(setup):
    invoke(setup, "rules", "run")
    as_ben = json.loads(invoke(setup, "violations", "list", "--manager", "ben@testbank.ru",
                               "--format", "json").output)
    assert as_ben == []
    by_rule = json.loads(invoke(setup, "violations", "list", "--rule", "broken_promise",
                                "--status", "open", "--format", "json").output)
    assert len(by_rule) == 1


def test_violations_csv_and_table_formats(setup):
    invoke(setup, "rules", "run", "--rule", "broken_promise")
    out = invoke(setup, "violations", "list", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["rule"] == "broken_promise" and rows[0]["code"].startswith("V-")
    table = invoke(setup, "violations", "list", "--locale", "ru").output
    assert "Romashka LLC" in table and "Обещание" in table


def test_waive_by_code_marks_it_waived_and_a_rerun_keeps_it_so(setup):
    invoke(setup, "rules", "run")
    [v] = json.loads(invoke(setup, "violations", "list", "--format", "json").output)
    out = invoke(setup, "violations", "waive", v["code"], "--reason", "client on holiday").output
    assert "waived by head@testbank.ru" in out
    invoke(setup, "rules", "run")
    [v] = json.loads(invoke(setup, "violations", "list", "--format", "json").output)
    assert (v["status"], v["waive_reason"]) == ("waived", "client on holiday")


def test_rules_list_shows_every_builtin_rule_with_its_settings(setup):
    out = invoke(setup, "rules", "list").output
    for name in ("broken_promise", "unanswered", "slipped_deal", "complaint_sla"):
        assert name in out
    assert "reply_hours=8" in out


def test_every_command_help_has_an_example(setup):
    for args in (["rules", "run"], ["rules", "list"], ["violations", "list"],
                 ["violations", "waive"]):
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert "Example:" in result.output, args


@pytest.mark.parametrize("rule,evidence,ru,en", [
    ("unanswered", {"client": "Ромашка", "subject": "Условия", "asked_at":
                    "2026-11-20T14:00:00+00:00", "reply_hours": 8, "tz": "Europe/Moscow"},
     "без ответа дольше 8 рабочих часов", "unanswered for more than 8 business hours"),
    ("complaint_sla", {"client": "Ромашка", "opened_at": "2026-11-20T09:00:00+00:00",
                       "sla_days": 2, "tz": "Europe/Moscow"},
     "не закрыта за 2 рабочих дня", "not resolved within 2 business days"),
    ("complaint_sla", {"client": "Ромашка", "opened_at": "2026-11-20T09:00:00+00:00",
                       "sla_hours": 18, "tz": "Europe/Moscow"},
     "не закрыта за 18 рабочих часов", "not resolved within 18 business hours"),
    ("slipped_deal", {"deal": "Кредит", "client": "Ромашка", "old": "2026-11-25",
                      "new": "2026-12-05", "period": "month", "tz": "Europe/Moscow"},
     "за пределы месяца", "out of the month"),
    ("stale_deal", {"deal": "Кредит", "client": "Ромашка", "reason": "no_contact", "days": 14},
     "нет контакта больше 14 дней", "no contact for more than 14 days"),
    ("missed_next_contact", {"deal": "Кредит", "client": "Ромашка", "day": "2026-11-26",
                             "contacted_at": "2026-11-27T07:00:00+00:00", "tz": "Europe/Moscow"},
     "в запланированный день 26.11.2026 (сделка Кредит); контакт состоялся позже, 27.11.2026 10:00",
     "on the planned day 26.11.2026 (deal Кредит); contacted later, on 27.11.2026 10:00"),
    ("meeting_followup", {"client": "Ромашка", "title": "Встреча",
                          "start_at": "2026-11-20T12:00:00+00:00", "tz": "Europe/Berlin"},
     "«Встреча» 20.11.2026 13:00 нет письма по итогам", "after the meeting \"Встреча\" on "
     "20.11.2026 13:00"),
])
def test_describe_renders_each_rule_in_russian_and_english(rule, evidence, ru, en):
    row = {"rule": rule, "summary": "stored", "evidence": json.dumps(evidence)}
    assert ru in describe(row, "ru")
    assert en in describe(row, "en")


def test_describe_shows_times_in_the_managers_zone_and_falls_back_to_the_summary():
    row = {"rule": "broken_promise", "evidence": {
        "client": "Ромашка", "action": "send", "text": "Пришлю договор",
        "due_at": "2026-11-23T20:59:59+00:00", "tz": "Europe/Moscow"}}
    assert "23.11.2026 23:59" in describe(row, "ru")
    # A third-party rule keeps its stored summary in English, and is named by its rule in Russian.
    assert describe({"rule": "third_party", "summary": "Plain summary"}, "en") == "Plain summary"
    assert describe({"rule": "third_party", "summary": "Plain summary"}, "ru") == \
        "Нарушение: правило «third_party»"


def test_the_rules_run_and_violations_tables_are_said_in_russian(tmp_path) -> None:
    from click.testing import CliRunner

    from dealtrail.cli import cli

    config = tmp_path / "dealtrail.toml"
    config.write_text('database = "dealtrail.db"\n[company]\ntimezone = "Europe/Moscow"\n'
                      '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\n',
                      encoding="utf-8")
    ran = CliRunner().invoke(cli, ["--lang", "ru", "--config", str(config), "rules", "run"],
                             env={"COLUMNS": "200"})
    assert ran.exit_code == 0, ran.output
    assert "Запуск правил" in ran.output and "ещё открыто" in ran.output
    assert "still open" not in ran.output
    listed = CliRunner().invoke(cli, ["--lang", "ru", "--config", str(config), "violations",
                                      "list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0, listed.output
    assert "Нарушения (0)" in listed.output and "важность" in listed.output
    english = CliRunner().invoke(cli, ["--lang", "en", "--config", str(config), "rules", "run"],
                                 env={"COLUMNS": "200"})
    assert "Rules run" in english.output and "still open" in english.output
