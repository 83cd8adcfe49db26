"""A call held after a letter named a day: the day its note names is the one agreed."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.negotiations import fold_negotiations
from tests.test_rules_world import World, at


class _Talk:
    """A client's conversation with letters, the dates they name and the call log."""

    def __init__(self, db: Any) -> None:
        self.world = World(db)
        self.thread = self.world.thread(self.world.romashka)
        self.calls = 0

    def mail(self, when: str, direction: str, text: str, named: str = "") -> None:
        """A letter; ``named``: the day it names to talk (a contact date of its writer)."""
        world = self.world
        message = world.message(when=at(when), direction=direction, client_id=world.romashka,
                                manager_id=world.anna, thread_id=self.thread, text=text)
        if named:
            world.db["deal_signals"].insert({
                "message_id": message, "kind": "contact_date",
                "side": "client" if direction == "in" else "manager", "text": text,
                "span_start": 0, "value": f"{named}T00:00:00+03:00",
                "at": clock.iso(at(when)), "manager_id": world.anna,
                "client_id": world.romashka, "thread_id": self.thread})

    def next_contact(self, settings: Any, now: str) -> tuple[str | None, str | None]:
        """The deal's next contact (its Moscow day, its source) once folded at ``now``."""
        with clock.freeze(at(now)):
            fold_negotiations(self.world.db, settings)
        deal = self.world.only_deal()
        day = deal["next_contact_at"] and clock.parse_iso(deal["next_contact_at"]).astimezone(
            ZoneInfo("Europe/Moscow")).date().isoformat()
        return day, deal["next_contact_source"]

    def call(self, when: str, note: str) -> None:
        self.calls += 1
        moment = clock.iso(at(when))
        db = self.world.db
        call = db["calls"].insert({
            "key": f"import:{self.calls}", "manager_id": self.world.anna,
            "client_id": self.world.romashka, "direction": "out", "at": moment,
            "duration_s": 420, "note": note, "source": "import", "created_at": moment}).last_pk
        db["contacts"].insert({"key": f"call:{call}", "manager_id": self.world.anna,
                               "client_id": self.world.romashka, "at": moment,
                               "channel": "call", "call_id": call})


@pytest.mark.parametrize("asked,note,expected", [
    # The client asked for Wednesday the 25th; on Tuesday's call the two sides agreed on
    # the Monday after: the call's Monday is the contact planned, not the Wednesday talked
    # over (a day later in the week the client asked for is agreed anyway).
    ("Давайте созвонимся в среду, 25-го.", "Обсудили график поставок, договорились "
     "созвониться 30.11", ("2026-11-30", "call")),
    ("Could we speak on Wednesday the 25th?", "Went through the delivery plan; agreed to "
     "call back on Monday", ("2026-11-30", "call")),
    # A call whose note plans nothing leaves the client's Wednesday as it was.
    ("Давайте созвонимся в среду, 25-го.", "Коротко обсудили график, без договорённостей.",
     ("2026-11-25", "client_request")),
    ("Could we speak on Wednesday the 25th?", "Quick chat about the delivery plan.",
     ("2026-11-25", "client_request")),
])
def test_a_call_after_the_clients_day_plans_the_day_its_note_names(
        db, settings, asked: str, note: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    talk = _Talk(db)
    talk.mail("2026-11-19 10:00", "out", "Направляю график поставок.")
    talk.mail("2026-11-20 10:00", "in", asked, "2026-11-25")
    talk.call("2026-11-24 15:00", note)                                      # a Tuesday
    assert talk.next_contact(settings, "2026-11-24 18:00") == expected


@pytest.mark.parametrize("later,named", [
    ("Коллеги, планы поменялись — давайте созвонимся в четверг, 26-го.", "2026-11-26"),
    ("Change of plans on our side - can we talk on Thursday the 26th instead?", "2026-11-26"),
])
def test_a_day_the_client_names_after_the_call_still_counts(
        db, settings, later: str, named: str) -> None:  # type: ignore[no-untyped-def]
    # The call agreed on Monday; the client's letter written after it names Thursday: the
    # letter is the newer word and the earlier day.
    talk = _Talk(db)
    talk.mail("2026-11-20 10:00", "in", "Нужен график поставок.")
    talk.mail("2026-11-20 12:00", "out", "Пришлю.")
    talk.call("2026-11-24 15:00", "Agreed to call back on Monday")
    talk.mail("2026-11-24 17:00", "in", later, named)
    assert talk.next_contact(settings, "2026-11-24 18:00") == (named, "client_request")


@pytest.mark.parametrize("note", [
    "Торгуется по цене. Договорились созвониться 25.11",
    "Haggling over the price; agreed to call back on the 25th",
])
@pytest.mark.parametrize("contact_after,expected", [
    # The day agreed on the phone passed with no contact since: it is still the contact due,
    # the missed one the rules report, as a day the client asked for is ...
    (False, ("2026-11-25", "call")),
    # ... and a contact after it answers it: nothing is planned any more.
    (True, (None, None)),
])
def test_a_day_agreed_on_the_phone_stays_due_until_a_contact_after_it(
        db, settings, note: str, contact_after: bool,
        expected: tuple[str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    talk = _Talk(db)
    talk.mail("2026-11-18 10:00", "in", "Нужен расчёт по лизингу.")
    talk.mail("2026-11-18 12:00", "out", "Посчитаю, наберу вас.")
    talk.call("2026-11-20 15:00", note)
    if contact_after:
        talk.call("2026-11-26 11:00", "Обсудили расчёт, клиент думает.")
    assert talk.next_contact(settings, "2026-11-27 09:00") == expected
