"""The tag grammar as a pure function: RU/EN tags, stages, amounts, dates, useful errors."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from dealtrail.config import Product
from indexer.tags import explain, format_amount, parse, parse_amount

MOSCOW = ZoneInfo("Europe/Moscow")
# Wednesday 25 November 2026, 10:00 in Moscow.
REF = datetime(2026, 11, 25, 10, 0, tzinfo=MOSCOW)
PRODUCTS = [Product("credit", "Loans", "Кредиты", ("кредит", "loan")),
            Product("deposit", "Deposits", "Депозиты", ("депозит",))]


def tags(text: str) -> dict[str, object]:
    parsed = parse(text, REF, products=PRODUCTS)
    assert parsed.ok, [p.text("en") for p in parsed.problems]
    return {c.tag: c.value for c in parsed.commands}


@pytest.mark.parametrize("text, stage", [
    ("#stage proposal", "proposal"),
    ("#этап кп", "proposal"),
    ("#этап предложение", "proposal"),
    ("#этап коммерческое предложение", "proposal"),
    ("#этап переговоры", "negotiation"),
    ("#STAGE Negotiation", "negotiation"),
    ("#стадия договор", "contract"),
    ("#этап proposal", "proposal"),
])
def test_stage_names_in_russian_and_english_map_to_pipeline_stages(text: str, stage: str) -> None:
    assert tags(text)["stage"] == stage


def test_stage_outside_the_configured_pipeline_is_an_error_listing_the_stages() -> None:
    parsed = parse("#stage contract", REF, stages=("lead", "proposal", "won", "lost"))
    assert not parsed.commands
    message = parsed.problems[0].text("en")
    assert "contract" in message and "lead, proposal, won, lost" in message


@pytest.mark.parametrize("text, minor, currency", [
    ("1.2m", 120_000_000, None),
    ("1,2 млн", 120_000_000, None),
    ("500 тыс", 50_000_000, None),
    ("12 000 000", 1_200_000_000, None),
    ("$50k", 5_000_000, "USD"),
    ("12m RUB", 1_200_000_000, "RUB"),
    ("2 млрд руб.", 200_000_000_000, "RUB"),
    ("12,500", 1_250_000, None),
    ("99.99 EUR", 9_999, "EUR"),
    ("50k USD", 5_000_000, "USD"),
])
def test_amounts_in_every_common_spelling_become_minor_units(text: str, minor: int,
                                                             currency: str | None) -> None:
    found = parse_amount(text)
    assert found is not None and found[:2] == (minor, currency)


@pytest.mark.parametrize("text", ["abc", "", "0", "-"])
def test_text_that_is_not_a_sum_is_not_read_as_one(text: str) -> None:
    assert parse_amount(text) is None


def test_text_after_an_amount_is_left_for_the_note() -> None:
    assert parse_amount("12 млн Договор подписан.") == (1_200_000_000, None, "Договор подписан.")


def test_format_amount_groups_thousands_and_hides_zero_kopecks() -> None:
    assert format_amount(1_200_000_000, "RUB") == "12 000 000 RUB"
    assert format_amount(9_999, "EUR") == "99.99 EUR"


def test_several_tags_on_one_line_and_the_free_text_after_them_is_the_note() -> None:
    parsed = parse("#stage negotiation #next friday 11:00 #amount 1.2m RUB Client agreed on the "
                   "rate.", REF)
    values = {c.tag: c.value for c in parsed.commands}
    assert values["stage"] == "negotiation"
    assert values["amount"] == {"amount_minor": 120_000_000, "currency": "RUB"}
    # Friday 27 November 11:00 Moscow = 08:00 UTC.
    assert values["next"] == "2026-11-27T08:00:00+00:00"
    assert parsed.note == "Client agreed on the rate."


def test_russian_dates_resolve_in_the_senders_zone() -> None:
    values = tags("#след завтра 15:00")
    assert clock.parse_iso(str(values["next"])).astimezone(MOSCOW) == \
        datetime(2026, 11, 26, 15, 0, tzinfo=MOSCOW)
    berlin = parse("#next tomorrow 15:00", datetime(2026, 11, 25, 10, 0,
                                                     tzinfo=ZoneInfo("Europe/Berlin")))
    assert berlin.commands[0].value == "2026-11-26T14:00:00+00:00"


def test_a_date_in_the_past_is_refused() -> None:
    parsed = parse("#next 2 November", REF)
    assert not parsed.commands
    assert "past" in parsed.problems[0].text("en")


def test_won_with_and_without_an_amount() -> None:
    assert tags("#won 12 млн Договор подписан.")["won"] == {"amount_minor": 1_200_000_000,
                                                            "currency": None}
    parsed = parse("#выиграна Договор подписан", REF)
    assert parsed.commands[0].tag == "won" and parsed.commands[0].value is None
    assert parsed.note == "Договор подписан"


def test_lost_complaint_note_client_product_and_resolved() -> None:
    assert tags("#проиграна дорого")["lost"] == "дорого"
    assert tags("#жалоба задержали платёж")["complaint"] == "задержали платёж"
    assert tags("#заметка позвонить юристу")["note"] == "позвонить юристу"
    assert tags("#клиент acme.ru #stage proposal")["client"] == "acme.ru"
    assert tags("#client ООО Ромашка")["client"] == "ООО Ромашка"
    assert tags("#продукт кредит")["product"] == "credit"
    assert tags("#product Deposits")["product"] == "deposit"
    assert "resolved" in tags("#решено")


def test_unknown_tag_suggests_the_closest_one_in_both_languages() -> None:
    parsed = parse("#stge proposal", REF)
    assert not parsed.commands
    assert parsed.problems[0].text("en") == "unknown tag #stge — did you mean #stage?"
    assert "#этап" in parse("#эатп кп", REF).problems[0].text("ru")


@pytest.mark.parametrize("text, words", [
    ("#amount abc", "cannot read the sum"),
    ("#amount", "#amount needs a sum"),
    ("#next someday", "cannot read a date"),
    ("#stage", "#stage needs a stage name"),
    ("#product mortgage", "unknown product"),
    ("#complaint", "needs a text"),
    ("#stage proposal #stage contract", "twice"),
    ("#won #lost", "both won and lost"),
])
def test_malformed_commands_give_a_useful_error(text: str, words: str) -> None:
    parsed = parse(text, REF, products=PRODUCTS)
    assert not parsed.ok
    assert any(words in p.text("en") for p in parsed.problems)
    assert all(p.text("ru") != p.text("en") for p in parsed.problems)


def test_item_code_on_a_tag_line_targets_those_tags_only() -> None:
    parsed = parse("D-142 #stage proposal\nД-7 #след завтра\nV-3 #resolved", REF)
    assert [(c.code, c.tag) for c in parsed.commands] == [("D-142", "stage"), ("D-7", "next"),
                                                          ("V-3", "resolved")]


def test_a_code_on_its_own_line_names_the_target_of_the_message() -> None:
    parsed = parse("По D-12:\n\n#stage contract", REF)
    assert parsed.codes == ["D-12"]
    assert parsed.commands[0].code == ""


def test_hashes_that_are_not_tags_are_ignored() -> None:
    parsed = parse("see https://bank.ru/page#section and issue #42 and C# code", REF)
    assert parsed.ok and not parsed.commands


def test_note_is_the_paragraph_with_the_tags_not_the_greeting() -> None:
    parsed = parse("Hi all,\n\n#stage contract\nThey signed the term sheet.\n\nBest,\nAnna", REF)
    assert parsed.note == "They signed the term sheet."


def test_explain_describes_what_a_text_would_do() -> None:
    lines = explain("#этап кп #сумма 1,2 млн Клиент согласовал", at=REF, lang="ru")
    assert lines == ["#stage = proposal", "#amount = 1 200 000 (deal currency)",
                     "заметка: Клиент согласовал"]
    assert explain("hello", at=REF) == ["nothing: no tags found"]


def test_the_parse_example_in_docs_prints_what_the_docs_show(tmp_path) -> None:
    import re
    import shlex
    from pathlib import Path

    from click.testing import CliRunner

    from dealtrail.cli import cli

    doc = (Path(__file__).resolve().parents[1] / "docs" / "tags.md").read_text(encoding="utf-8")
    block = re.search(r"```\n\$ dealtrail (tags parse .*?)\n(.*?)```", doc, re.S)
    assert block, "docs/tags.md lost its `tags parse` example"
    args = shlex.split(block.group(1))
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "none.toml"), *args])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == block.group(2).strip().splitlines()


@pytest.mark.parametrize("tag,day", [("#next 27.11", "2026-11-27"), ("#след пятница", "2026-11-27"),
                                     ("#next next week", "2026-11-30")])
def test_a_next_contact_day_without_a_time_is_its_first_working_hour_as_in_the_pane(tag, day):
    # One answer to what moment a bare day means (BusinessCalendar.day_start): the pane's date
    # picker, a CRM's date and a #next tag; at midnight the board showed a deal set by tag
    # overdue (and the morning digest said so) on the very day of the contact.
    from addin.actions import parse_when
    from dealtrail.workdays import company_calendar
    from tests.conftest import make_settings

    calendar = company_calendar(make_settings())
    [command] = parse(tag, REF, calendar=calendar).commands
    assert command.value == clock.iso(parse_when(day, "Europe/Moscow", calendar))
    assert command.value == f"{day}T06:00:00+00:00"          # 09:00 in Moscow
    timed = parse("#next friday 15:00", REF, calendar=calendar).commands[0]
    assert timed.value == "2026-11-27T12:00:00+00:00"
