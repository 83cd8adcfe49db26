"""Every tag value is bounded and every command is answered: recorded in tag_commands, confirmed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from dealtrail.deals import get_deal
from dealtrail.store import rows
from indexer.tags import parse
from indexer.tags_apply import process_pending
from tests.conftest import make_settings
from tests.test_tags_apply import command, put, world  # noqa: F401 - the fixture

REF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
HUGE_NOTE = "Клиент согласен. " * 60_000          # ~1 MB


@pytest.mark.parametrize("text, code", [
    ("#amount 123456789012345678901234567890", "amount_too_big"),
    ("#won 999999999999999999999999 RUB", "amount_too_big"),
    ("#next 31.12.9999", "date_far"),
    ("#next 1 января 2100", "date_far"),
    (f"#note {HUGE_NOTE}", "too_long"),
    (f"#complaint {HUGE_NOTE}", "too_long"),
    (f"#stage proposal {HUGE_NOTE}", "too_long"),
])
def test_out_of_range_values_are_problems_not_crashes(text: str, code: str) -> None:
    parsed = parse(text, REF)
    assert [p.code for p in parsed.problems] == [code]
    assert not parsed.commands or code == "too_long"
    assert all(len(p.text(lang)) < 300 for p in parsed.problems for lang in ("ru", "en"))


def test_sane_values_stay_accepted() -> None:
    parsed = parse("#amount 1 000 000 млрд руб #next 31.12.2028 #note Клиент согласен.", REF)
    assert parsed.problems == []
    assert parsed.commands[0].value["amount_minor"] == 100_000_000_000_000_000


@pytest.mark.parametrize("text", ["#amount 123456789012345678901234567890", "#next 31.12.9999",
                                  f"#note {HUGE_NOTE}"])
def test_each_rejection_is_recorded_and_confirmed_in_a_small_email(world: Any, smtp: Any,  # noqa: F811
                                                                   text: str) -> None:
    settings = world["settings"]
    world["settings"] = replace(settings, digest=replace(settings.digest,
                                                         sender="dealtrail@testbank.ru"),
                                smtp=make_settings(smtp=smtp.config("starttls")).smtp)
    key = put(world, f"D-{world['deal']} {text}")
    report = process_pending(world["db"], world["settings"])
    assert (report.rejected, report.confirmed) == (1, 1)
    stored = command(world, key)
    assert stored["status"] == "rejected" and stored["confirmation_sent_at"]
    assert len(stored["reason"]) < 500 and len(stored["raw_text"]) <= 10_000
    [mail] = smtp.to("anna@testbank.ru")
    assert len(mail.raw) < 20_000
    deal = get_deal(world["db"], world["deal"])
    assert (deal["amount_minor"], deal["next_contact_at"], deal["agreements"]) == \
        (500_000_00, None, "")
    # Decided once: later runs neither retry it nor log it again.
    assert process_pending(world["db"], world["settings"]).rejected == 0
    assert rows(world["db"], "SELECT count(*) AS n FROM tag_commands")[0]["n"] == 1
