"""The day of a contact the client asks for, read through the whole analysis of its letter."""

from __future__ import annotations

import pytest

from indexer.analysis import AnalyzeContext
from indexer.analyze import analyze
from indexer.parse import parse_message
from indexer.runner import one_shot_settings

OWNER = "ivanov@bank.ru"


def contact_days(tmp_path, text: str, *, inbound: bool = True,
                 date: str = "Mon, 16 Nov 2026 10:00:00 +0300") -> list[str]:  # type: ignore[no-untyped-def]
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(OWNER, tmp_path), OWNER)
    sender, to = ("cfo@client-firm.ru", OWNER) if inbound else (OWNER, "cfo@client-firm.ru")
    raw = (f"From: {sender}\nTo: {to}\nSubject: Лизинг / Leasing\nDate: {date}\n"
           "Message-ID: <a1@x.ru>\nContent-Type: text/plain; charset=utf-8\n\n"
           + text + "\n").encode()
    return [s.value[:10] for s in analyze(parse_message(raw, "5:1"), ctx).signals
            if s.kind == "contact_date"]


@pytest.mark.parametrize("text,day", [
    # The request rules date the sentence; the day waited past is still the day after it.
    ("Наберите меня, пожалуйста, после 24-го, до этого я в командировке.", "2026-11-25"),
    ("Пожалуйста, позвоните мне после 20 ноября, раньше не получится.", "2026-11-21"),
    ("Please call me after the 24th, I am travelling until then.", "2026-11-25"),
    ("Could you give me a call after November 20? We close the quarter before that.",
     "2026-11-21"),
])
def test_a_call_asked_for_after_a_day_is_planned_from_the_day_after(
        tmp_path, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert contact_days(tmp_path, text) == [day]


@pytest.mark.parametrize("text,day", [
    # No day waited past: the day named.
    ("Наберите меня, пожалуйста, 24-го, после обеда.", "2026-11-24"),
    ("Please call me on the 24th after lunch.", "2026-11-24"),
])
def test_a_call_asked_for_on_a_day_is_that_day(tmp_path, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert contact_days(tmp_path, text) == [day]
