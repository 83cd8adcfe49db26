"""Negotiations and workload on small hand-built data and a small generated bank."""

from __future__ import annotations

from typing import Any

from reports import api
from tests.test_reports_support import STAMP, at, deal, seed

NOW = at("2026-11-27T12:00:00+03:00")  # a Friday


def message(db: Any, ident: int, manager_id: int, client_id: int | None, thread_id: int,
            sent_at: str, direction: str) -> None:
    db["messages"].insert({"id": ident, "mailbox_id": 1, "message_key": f"k{ident}",
                           "folder": "INBOX", "remote_id": str(ident), "thread_id": thread_id,
                           "sent_at": sent_at, "direction": direction, "client_id": client_id,
                           "manager_id": manager_id, "indexed_at": STAMP})
    if client_id is not None and direction in ("in", "out"):
        # One contact per client message, as the indexer derives them.
        db["contacts"].insert({"key": f"email:{ident}", "manager_id": manager_id,
                               "client_id": client_id, "at": sent_at,
                               "channel": f"email_{direction}", "message_id": ident})


def test_negotiations_show_agreements_next_contact_and_overdue(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    noted = deal(db, ids["Acme"], anna, product_id=ids["credit"], amount=5_000_00,
                 agreements="rate 12%, send term sheet", next_contact_at="2026-11-26T09:00:00+00:00",
                 next_contact_source="tag")
    promised = deal(db, ids["Globex"], ben, stage="negotiation")
    deal(db, ids["Globex"], ben, status="lost")
    message(db, 1, ben, ids["Globex"], 1, "2026-11-20T10:00:00+00:00", "out")
    db["promises"].insert({"message_id": 1, "party": "manager", "action": "send",
                           "text": "I will send the contract on Monday", "span_start": 0,
                           "span_end": 10, "made_at": "2026-11-20T10:00:00+00:00",
                           "manager_id": ben, "client_id": ids["Globex"], "deal_id": promised})
    db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": "e1", "uid": "e1",
                         "start_at": "2026-12-01T08:00:00+00:00", "end_at": "2026-12-01T09:00:00+00:00",
                         "client_id": ids["Globex"], "manager_id": ben, "indexed_at": STAMP})
    got = api.negotiations(db, settings, as_of=NOW)
    assert [g["code"] for g in got] == [f"D-{noted}", f"D-{promised}"]  # overdue first
    first, second = got
    assert (first["agreements"], first["overdue"], first["next_contact_source"]) == (
        "rate 12%, send term sheet", True, "tag")
    assert first["product"] == "credit" and first["amount"] == 5_000_00
    assert second["agreements"] == "I will send the contract on Monday"
    assert (second["next_contact_at"], second["next_contact_source"], second["overdue"]) == (
        "2026-12-01T08:00:00+00:00", "calendar", False)
    assert second["last_contact_at"] == "2026-11-20T10:00:00+00:00"
    assert [g["code"] for g in api.negotiations(db, settings, manager="ben@testbank.ru",
                                                as_of=NOW)] == [f"D-{promised}"]


def test_workload_counts_and_business_hours_first_response(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    acme, globex = ids["Acme"], ids["Globex"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    # Thread 1: client writes Friday 17:00 Moscow, Anna replies Monday 10:00 -> 2 business hours.
    message(db, 1, anna, acme, 1, "2026-11-20T14:00:00+00:00", "in")
    message(db, 2, anna, acme, 1, "2026-11-23T07:00:00+00:00", "out")
    # Thread 2: in at 10:00, reply 14:00 the same day -> 4 hours.  Thread 3: 11:00 -> 13:00, 2 h.
    message(db, 3, anna, globex, 2, "2026-11-24T07:00:00+00:00", "in")
    message(db, 4, anna, globex, 2, "2026-11-24T11:00:00+00:00", "out")
    message(db, 5, anna, acme, 3, "2026-11-25T08:00:00+00:00", "in")
    message(db, 6, anna, acme, 3, "2026-11-25T10:00:00+00:00", "out")
    message(db, 7, anna, acme, 3, "2026-10-01T10:00:00+00:00", "in")   # outside the 30 days
    db["threads"].insert_all([{"id": 1, "key": "t1"}, {"id": 2, "key": "t2"},
                              {"id": 3, "key": "t3"}])
    # A question nobody answered yet (its contact row is left out so that the per-day
    # counts below stay round), and a thank-you that needs no answer.
    for ident, request in ((8, 1), (9, 0)):
        db["messages"].insert({"id": ident, "mailbox_id": 1, "message_key": f"k{ident}",
                               "folder": "INBOX", "remote_id": str(ident), "thread_id": 3,
                               "sent_at": "2026-11-26T08:00:00+00:00", "direction": "in",
                               "client_id": acme, "manager_id": anna, "is_request": request,
                               "indexed_at": STAMP})
    deal(db, acme, anna, next_contact_at="2026-11-25T09:00:00+00:00")   # overdue contact
    deal(db, globex, anna)
    deal(db, globex, ben)
    db["violations"].insert({"rule": "unanswered", "key": "v1", "manager_id": anna,
                             "summary": "late", "detected_at": STAMP, "status": "open"})
    # Meetings: Friday this week, Tuesday next week, and one cancelled.
    for i, (start, status) in enumerate([("2026-11-27T12:00:00+00:00", "confirmed"),
                                         ("2026-12-01T12:00:00+00:00", "confirmed"),
                                         ("2026-11-26T12:00:00+00:00", "cancelled")]):
        db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": f"e{i}", "uid": f"e{i}",
                             "start_at": start, "end_at": start, "manager_id": anna,
                             "status": status, "indexed_at": STAMP})
    rows = {r["manager"]: r for r in api.workload(db, settings, as_of=NOW)}
    a, b = rows["anna@testbank.ru"], rows["ben@testbank.ru"]
    assert (a["open_deals"], a["active_clients"]) == (2, 2)
    assert (a["inbound_per_day"], a["outbound_per_day"]) == (0.1, 0.1)   # 3 each / 30 days
    assert (a["meetings_this_week"], a["meetings_next_week"]) == (1, 1)
    assert a["unanswered"] == 1 and a["oldest_unanswered_since"] == "2026-11-26T08:00:00+00:00"
    assert (a["open_violations"], a["overdue_contacts"], a["overdue_items"]) == (1, 1, 2)
    assert a["median_first_response_hours"] == 2.0
    assert b["median_first_response_hours"] is None
    # Anna: 2 + 0.5*2 + 6/30 + 1 + 0.5 + 1 = 5.7; Ben: 1.  Median over the two managers = 3.35.
    assert a["weighted_load"] == 5.7 and b["weighted_load"] == 1.0
    assert a["load_index"] == round(5.7 / 3.35, 2)
    only = api.workload(db, settings, manager="ben@testbank.ru", as_of=NOW)
    assert [r["manager"] for r in only] == ["ben@testbank.ru"]
    assert only[0]["load_index"] == round(1.0 / 3.35, 2)


def _board(db: Any, settings: Any) -> dict[str, int]:
    """Open deals for Anna in every urgency class; returns name -> deal id."""
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    made = {
        "late_b": deal(db, ids["Acme"], anna, next_contact_at="2026-11-26T10:00:00+00:00"),
        "late_a": deal(db, ids["Acme"], anna, next_contact_at="2026-11-20T10:00:00+00:00"),
        "soon": deal(db, ids["Acme"], anna, next_contact_at="2026-11-30T10:00:00+00:00"),
        "none": deal(db, ids["Acme"], anna),
        "meeting": deal(db, ids["Globex"], anna),
        "later": deal(db, ids["Acme"], anna, next_contact_at="2026-12-20T10:00:00+00:00"),
    }
    deal(db, ids["Acme"], anna, status="won")
    db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": "e1", "uid": "e1",
                         "start_at": "2026-12-02T08:00:00+00:00", "end_at": "2026-12-02T09:00:00+00:00",
                         "client_id": ids["Globex"], "manager_id": anna, "indexed_at": STAMP})
    return made


def test_negotiations_order_overdue_then_next_contact_then_none(db: Any, settings: Any) -> None:
    made = _board(db, settings)
    got = api.negotiations(db, settings, as_of=NOW)
    assert [g["id"] for g in got] == [made[k] for k in
                                      ("late_a", "late_b", "soon", "meeting", "later", "none")]
    assert [g["overdue"] for g in got] == [True, True, False, False, False, False]
    assert got[3]["next_contact_source"] == "calendar" and got[5]["no_next_contact"]


def test_negotiations_pages_are_consecutive_slices_of_the_full_order(db: Any, settings: Any) -> None:
    _board(db, settings)
    full = api.negotiations(db, settings, as_of=NOW)
    pages = [api.negotiations(db, settings, as_of=NOW, limit=4, offset=o) for o in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 2, 0]
    assert pages[0] + pages[1] == full
    assert api.negotiations(db, settings, as_of=NOW, limit=0) == []
    assert api.negotiations(db, settings, as_of=NOW, offset=5) == full[5:]


def test_negotiations_in_code_order_when_overdue_first_is_off(db: Any, settings: Any) -> None:
    made = _board(db, settings)
    by_code = api.negotiations(db, settings, as_of=NOW, overdue_first=False)
    assert [g["id"] for g in by_code] == sorted(made.values())
    page = api.negotiations(db, settings, as_of=NOW, overdue_first=False, limit=2, offset=1)
    assert page == by_code[1:3]
    assert {g["id"]: g["overdue"] for g in by_code} == {
        g["id"]: g["overdue"] for g in api.negotiations(db, settings, as_of=NOW)}


def test_negotiations_negative_page_is_refused(db: Any, settings: Any) -> None:
    import pytest

    with pytest.raises(ValueError, match="limit=-1"):
        api.negotiations(db, settings, as_of=NOW, limit=-1)


def test_a_next_contact_is_overdue_once_its_second_has_passed(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    deal(db, ids["Acme"], ids["anna@testbank.ru"], next_contact_at="2026-11-27T09:00:00+00:00")
    exactly = at("2026-11-27T12:00:00+03:00")
    assert not api.negotiations(db, settings, as_of=exactly)[0]["overdue"]
    assert api.negotiations(db, settings, as_of=exactly.replace(microsecond=1))[0]["overdue"]


def test_agreements_fall_back_to_the_latest_open_promise_of_client_and_manager(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben, acme = ids["anna@testbank.ru"], ids["ben@testbank.ru"], ids["Acme"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    own = deal(db, acme, anna)
    pair = deal(db, acme, anna)
    other = deal(db, acme, ben)
    message(db, 1, anna, acme, 1, "2026-11-20T10:00:00+00:00", "out")
    promises = [  # (deal, manager, made_at, status, text)
        (own, anna, "2026-11-10T10:00:00+00:00", "kept", "older deal promise"),
        (own, anna, "2026-11-12T10:00:00+00:00", "kept", "latest deal promise"),
        (None, anna, "2026-11-15T10:00:00+00:00", "open", "open pair promise"),
        (None, anna, "2026-11-18T10:00:00+00:00", "kept", "kept pair promise"),
        (None, anna, "2026-11-05T10:00:00+00:00", "open", "older open pair promise"),
    ]
    for i, (deal_id, manager_id, made_at, status, text) in enumerate(promises):
        db["promises"].insert({"message_id": 1, "party": "manager", "action": "send", "text": text,
                               "span_start": i, "span_end": i + 5, "made_at": made_at,
                               "manager_id": manager_id, "client_id": acme, "deal_id": deal_id,
                               "status": status})
    got = {g["id"]: g for g in api.negotiations(db, settings, as_of=NOW)}
    assert (got[own]["agreements"], got[own]["agreements_source"]) == ("latest deal promise",
                                                                       "promise")
    assert got[pair]["agreements"] == "open pair promise"
    assert (got[other]["agreements"], got[other]["agreements_source"]) == ("", "")


def test_a_wait_runs_from_the_first_unanswered_message_to_the_next_reply(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, acme, globex = ids["anna@testbank.ru"], ids["Acme"], ids["Globex"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    # Wednesday 25 Nov, Moscow 10:00/11:00/12:00 in, 15:00 out: 5 h from the first message.
    for ident, sent, direction in [(1, "2026-11-25T07:00:00+00:00", "in"),
                                   (2, "2026-11-25T08:00:00+00:00", "in"),
                                   (3, "2026-11-25T09:00:00+00:00", "in"),
                                   (4, "2026-11-25T12:00:00+00:00", "out"),
                                   (5, "2026-11-25T13:00:00+00:00", "out")]:  # no wait: not counted
        message(db, ident, anna, acme, 1, sent, direction)
    # Another client's wait does not end with Acme's reply: 11:00 -> next day 11:00, one workday.
    message(db, 6, anna, globex, 2, "2026-11-25T08:00:00+00:00", "in")
    message(db, 7, anna, globex, 2, "2026-11-26T08:00:00+00:00", "out")
    # A message and its reply in the same second: a zero wait.
    message(db, 8, anna, globex, 2, "2026-11-26T10:00:00+00:00", "out")
    message(db, 9, anna, globex, 2, "2026-11-26T10:00:00+00:00", "in")
    only = api.workload(db, settings, manager="anna@testbank.ru", as_of=NOW)[0]
    assert only["median_first_response_hours"] == 5.0   # median of 0, 5 and 10 hours
    assert (only["active_clients"], only["inbound_per_day"]) == (2, round(5 / 30, 1))


def test_a_meeting_with_the_client_ends_the_wait_as_it_answers_the_mail(
        db: Any, settings: Any) -> None:
    # What answers client mail is one definition (dealtrail.answered): our message, a call or
    # a meeting that took place. The response time stops where the unanswered queue does.
    ids = seed(db, settings)
    anna, acme = ids["anna@testbank.ru"], ids["Acme"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    message(db, 1, anna, acme, 1, "2026-11-25T07:00:00+00:00", "in")      # Moscow 10:00
    db["contacts"].insert({"key": "event:1:c:e1", "manager_id": anna, "client_id": acme,
                           "at": "2026-11-25T09:00:00+00:00", "channel": "meeting"})  # 12:00
    message(db, 2, anna, acme, 1, "2026-11-25T12:00:00+00:00", "out")     # 15:00
    only = api.workload(db, settings, manager="anna@testbank.ru", as_of=NOW)[0]
    assert only["median_first_response_hours"] == 2.0
    assert (only["calls_per_day"], only["outbound_per_day"]) == (0, round(1 / 30, 1))


def test_dashboard_negotiations_come_one_page_at_a_time(db: Any, settings: Any) -> None:
    import pytest

    from addin.auth import Principal
    from addin.dashboard_data import section
    from dealtrail.errors import BadRequest

    _board(db, settings)
    head = db.execute("SELECT id, email, name FROM managers WHERE role = 'head'").fetchone()
    viewer = Principal(head[0], head[1], head[2], "head", "", "Europe/Moscow", "en")
    everything = api.negotiations(db, settings)
    first = section(db, settings, viewer, "negotiations", {"limit": "4"})["data"]
    rest = section(db, settings, viewer, "negotiations", {"limit": "4", "offset": "4"})["data"]
    assert [d["id"] for d in first + rest] == [d["id"] for d in everything]
    assert len(section(db, settings, viewer, "negotiations", {})["data"]) == len(everything)
    for bad in ({"limit": "0"}, {"limit": "x"}, {"offset": "-1"}):
        with pytest.raises(BadRequest):
            section(db, settings, viewer, "negotiations", bad)


def test_business_hours_from_stored_text_equal_the_exact_clock_in_any_zone() -> None:
    """The per-hour table agrees with the per-day clock to the second, DST and 30-minute zones too."""
    from datetime import UTC, date, datetime, timedelta

    from dealtrail.workdays import calendar_for
    from reports.workload import BusinessClock, _HourTable

    cal = calendar_for("RU")
    for tz in ("Europe/Moscow", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns"):
        exact = BusinessClock(cal, tz, date(2026, 10, 20), date(2026, 11, 30))
        table = _HourTable(exact)
        moment = datetime(2026, 10, 20, 0, 0, 7, tzinfo=UTC)
        while moment < datetime(2026, 11, 30, tzinfo=UTC):
            text = moment.isoformat(timespec="seconds")
            assert table.seconds(text) == exact.seconds_at(moment.timestamp()), (tz, text)
            moment += timedelta(minutes=17, seconds=13)
        # Text in another offset is read the exact way.
        local = "2026-11-20T17:05:09+03:00"
        assert table.seconds(local) == exact.seconds_at(
            datetime.fromisoformat(local).timestamp())


def test_unanswered_mail_waits_for_the_manager_it_was_written_to_not_the_cc(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    db["threads"].insert_all([{"id": 1, "key": "t1"}, {"id": 2, "key": "t2"}])

    def ask(ident: int, manager: int, client: int, thread: int, sent: str, to: str) -> None:
        db["messages"].insert({"id": ident, "mailbox_id": 1, "message_key": f"k{ident}",
                               "folder": "INBOX", "remote_id": str(ident), "thread_id": thread,
                               "sent_at": sent, "direction": "in", "client_id": client,
                               "manager_id": manager, "is_request": 1, "indexed_at": STAMP,
                               "to_addrs": f'["{to}"]', "cc_addrs": '["ben@testbank.ru"]'})

    # Written To Anna with Ben in Cc: both mailboxes hold it, Anna owes the answer.
    ask(1, ben, ids["Acme"], 1, "2026-11-26T08:00:00+00:00", "anna@testbank.ru")
    ask(2, anna, ids["Acme"], 1, "2026-11-26T08:00:00+00:00", "anna@testbank.ru")
    # Written To Ben; a deleted later question is not waiting.
    ask(3, ben, ids["Globex"], 2, "2026-11-25T08:00:00+00:00", "ben@testbank.ru")
    ask(4, ben, ids["Globex"], 2, "2026-11-25T10:00:00+00:00", "ben@testbank.ru")
    db.execute("UPDATE messages SET deleted = 1 WHERE id = 4")
    rows = {r["manager"]: r for r in api.workload(db, settings, as_of=NOW)}
    assert (rows["anna@testbank.ru"]["unanswered"],
            rows["anna@testbank.ru"]["oldest_unanswered_since"]) == (1, "2026-11-26T08:00:00+00:00")
    assert (rows["ben@testbank.ru"]["unanswered"],
            rows["ben@testbank.ru"]["oldest_unanswered_since"]) == (1, "2026-11-25T08:00:00+00:00")


def test_workload_on_a_generated_bank_agrees_with_a_direct_recount(tmp_path: Any) -> None:
    """Counts and first-response medians recomputed message by message with datetimes."""
    import statistics
    from collections import defaultdict
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from bench.bigdb import AS_OF, generate
    from bench.reports import settings as bank_settings
    from dealtrail import clock
    from dealtrail.store import open_db
    from dealtrail.workdays import company_calendar

    path = tmp_path / "bank.db"
    generate(path, messages=30_000, deals=400, managers=12, clients=300, seed=7)
    db = open_db(path)
    conf = bank_settings()
    got = {r["manager"]: r for r in api.workload(db, conf, as_of=AS_OF)}
    assert len(got) >= 12

    cal = company_calendar(conf)
    since = clock.iso(AS_OF - timedelta(days=30))
    tz_of = {i: tz for i, tz in db.execute("SELECT id, timezone FROM managers")}
    email_of = {i: e for i, e in db.execute("SELECT id, email FROM managers")}
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    clients: dict[int, set[int]] = defaultdict(set)
    waiting: dict[tuple[int, int], str] = {}
    waits: dict[int, list[float]] = defaultdict(list)
    for mid, client, at_text, channel in db.execute(
            "SELECT manager_id, client_id, at, channel FROM contacts WHERE at >= ? AND at <= ? "
            "ORDER BY manager_id, at, channel", [since, clock.iso(AS_OF)]):
        clients[mid].add(client)
        if channel == "email_in":
            counts[mid][0] += 1
            waiting.setdefault((mid, client), at_text)
        elif channel == "email_out":
            counts[mid][1] += 1
            started = waiting.pop((mid, client), None)
            if started is not None:
                zone = ZoneInfo(tz_of[mid] or conf.company.timezone)
                waits[mid].append(cal.business_hours_between(
                    clock.parse_iso(started), clock.parse_iso(at_text), zone))
    assert sum(len(w) for w in waits.values()) > 100
    for mid, email in email_of.items():
        if email not in got:
            continue
        row = got[email]
        assert (round(counts[mid][0] / 30, 1), round(counts[mid][1] / 30, 1),
                len(clients[mid])) == (row["inbound_per_day"], row["outbound_per_day"],
                                       row["active_clients"]), email
        if waits[mid]:
            assert abs(statistics.median(waits[mid]) - row["median_first_response_hours"]) \
                <= 0.05 + 1e-9, email
        else:
            assert row["median_first_response_hours"] is None


def test_negotiations_name_client_product_and_manager_and_leave_missing_ones_empty(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    full = deal(db, ids["Acme"], ids["ben@testbank.ru"], product_id=ids["credit"])
    bare = deal(db, ids["Globex"], None)
    got = {g["id"]: g for g in api.negotiations(db, settings, as_of=NOW)}
    ben = db.execute("SELECT email, name FROM managers WHERE id = ?",
                     [ids["ben@testbank.ru"]]).fetchone()
    credit = db.execute("SELECT code, name_en FROM products WHERE id = ?",
                        [ids["credit"]]).fetchone()
    assert (got[full]["client"], got[full]["product"], got[full]["product_name"],
            got[full]["manager"], got[full]["manager_name"]) == ("Acme", *credit, *ben)
    assert (got[bare]["client"], got[bare]["product"], got[bare]["product_name"],
            got[bare]["manager"], got[bare]["manager_name"]) == ("Globex", None, None, None, None)
    page = api.negotiations(db, settings, as_of=NOW, limit=1, offset=1)
    assert [g["id"] for g in page] == [g["id"] for g in api.negotiations(db, settings,
                                                                         as_of=NOW)][1:2]


def test_response_hours_follow_the_company_working_hours(db: Any) -> None:
    from tests.conftest import make_settings

    early = make_settings(company={"internal_domains": ["testbank.ru"], "country": "RU",
                                   "timezone": "Europe/Moscow", "work_start": "08:00",
                                   "work_end": "17:00"})
    ids = seed(db, early)
    anna, acme = ids["anna@testbank.ru"], ids["Acme"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    db["threads"].insert({"id": 1, "key": "t1"})
    # In at 08:00 Moscow on Tuesday, answered at 12:00: four working hours from 08:00
    # (three if the default 09:00 start were used instead of the configured one).
    message(db, 1, anna, acme, 1, "2026-11-24T05:00:00+00:00", "in")
    message(db, 2, anna, acme, 1, "2026-11-24T09:00:00+00:00", "out")
    rows = {r["manager"]: r for r in api.workload(db, early, as_of=NOW)}
    assert rows["anna@testbank.ru"]["median_first_response_hours"] == 4.0


def test_closed_deals_are_the_won_and_lost_of_the_period_newest_first(db: Any,
                                                                      settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    won = deal(db, ids["Acme"], anna, product_id=ids["credit"], stage="won", status="won",
               amount=7_000_00, won_at="2026-11-20T09:00:00+00:00")
    # Won at 22:30 UTC on 31 October: 1 November in Moscow, so November's.
    edge = deal(db, ids["Globex"], ben, stage="won", status="won", amount=1_000_00,
                won_at="2026-10-31T22:30:00+00:00")
    lost = deal(db, ids["Globex"], ben, product_id=ids["deposit"], stage="negotiation",
                status="lost", amount=3_000_00, lost_reason="went to a rival")
    db["deal_history"].insert({"deal_id": lost, "at": "2026-11-25T10:00:00+00:00",
                               "actor_email": "ben@testbank.ru", "source": "pane",
                               "field": "status", "old_value": "open", "new_value": "lost"})
    deal(db, ids["Acme"], anna, stage="won", status="won", won_at="2026-10-20T09:00:00+00:00")
    deal(db, ids["Acme"], anna, stage="proposal")                        # open: not closed
    got = api.closed_deals(db, settings, "2026-11", as_of=NOW)
    assert [r["code"] for r in got["rows"]] == [f"D-{lost}", f"D-{won}", f"D-{edge}"]
    assert [r["stage"] for r in got["rows"]] == ["lost", "won", "won"]
    assert got["rows"][0]["last_stage"] == "negotiation"
    assert got["rows"][0]["lost_reason"] == "went to a rival"
    assert got["totals"] == {"won": {"count": 2, "amount_base": 8_000_00},
                             "lost": {"count": 1, "amount_base": 3_000_00}}
    mine = api.closed_deals(db, settings, "2026-11", manager="ben@testbank.ru", as_of=NOW)
    assert [r["code"] for r in mine["rows"]] == [f"D-{lost}", f"D-{edge}"]
    credit = api.closed_deals(db, settings, "2026-11", product="credit", as_of=NOW)
    assert [r["code"] for r in credit["rows"]] == [f"D-{won}"]
    # A deal closed after the moment asked about is not closed yet.
    early = api.closed_deals(db, settings, "2026-11", as_of=at("2026-11-21T12:00:00+03:00"))
    assert [r["code"] for r in early["rows"]] == [f"D-{won}", f"D-{edge}"]


def test_a_deal_the_mail_shows_lost_closed_when_the_client_wrote_not_when_it_was_indexed(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    ben = ids["ben@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "ben", "kind": "imap", "owner_email": "b"})
    db["threads"].insert({"id": 1, "key": "t1"})
    message(db, 1, ben, ids["Globex"], 1, "2026-10-28T09:18:00+00:00", "in")
    db["messages"].update(1, {"message_id": "no-thanks@globex.com"})
    lost = deal(db, ids["Globex"], ben, stage="lost", status="lost", lost_reason="not now")
    # The first index run, a month later, reads the client's "not now" and closes the deal.
    db["deal_history"].insert({"deal_id": lost, "at": "2026-11-25T10:00:00+00:00",
                               "actor_email": "", "source": "inference",
                               "source_ref": "no-thanks@globex.com", "field": "status",
                               "old_value": "open", "new_value": "lost"})
    october = api.closed_deals(db, settings, "2026-10", as_of=NOW)
    assert [r["code"] for r in october["rows"]] == [f"D-{lost}"]
    assert october["rows"][0]["closed_at"] == "2026-10-28T09:18:00+00:00"
    assert api.closed_deals(db, settings, "2026-11", as_of=NOW)["rows"] == []


def test_one_product_narrows_the_board_workload_issues_and_motivation(db: Any,
                                                                       settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    credit = deal(db, ids["Acme"], anna, product_id=ids["credit"],
                  next_contact_at="2026-11-26T09:00:00+00:00")
    deposit = deal(db, ids["Globex"], ben, product_id=ids["deposit"],
                   next_contact_at="2026-11-26T09:00:00+00:00")
    for key, manager_id, deal_id in (("v1", anna, credit), ("v2", ben, deposit), ("v3", ben, None)):
        db["violations"].insert({"rule": "no_reply", "key": key, "manager_id": manager_id,
                                 "deal_id": deal_id, "severity": "medium", "summary": key,
                                 "detected_at": "2026-11-20T10:00:00+00:00"})
    db["complaints"].insert({"key": "k1", "client_id": ids["Globex"], "manager_id": ben,
                             "deal_id": deposit, "text": "late", "source": "inferred",
                             "opened_at": "2026-11-20T10:00:00+00:00"})
    board = api.negotiations(db, settings, as_of=NOW, product="deposit")
    assert [d["code"] for d in board] == [f"D-{deposit}"]
    load = {w["manager"]: w for w in api.workload(db, settings, as_of=NOW, product="deposit")}
    assert (load["anna@testbank.ru"]["open_deals"], load["ben@testbank.ru"]["open_deals"]) == (0, 1)
    assert (load["anna@testbank.ru"]["overdue_contacts"],
            load["ben@testbank.ru"]["overdue_contacts"]) == (0, 1)
    assert (load["anna@testbank.ru"]["open_violations"],
            load["ben@testbank.ru"]["open_violations"]) == (0, 1)
    assert load["ben@testbank.ru"]["open_complaints"] == 1
    everything = {w["manager"]: w for w in api.workload(db, settings, as_of=NOW)}
    assert everything["ben@testbank.ru"]["open_violations"] == 2
    issues = api.complaints_and_violations(db, settings, "2026-11", as_of=NOW, product="credit")
    assert {i["deal"] for i in issues["open"]} == {f"D-{credit}"}
    assert issues["totals"]["violations"] == 1 and issues["totals"]["complaints"] == 0


def test_the_pane_shows_each_deals_next_contact_as_the_board_does(db: Any, settings: Any) -> None:
    # A deal's next contact is its own date, else the client's next meeting (the board's
    # answer, reports.pipeline.next_contacts); the pane's card asks the same question.
    from addin.auth import Principal
    from addin.pane_data import client_card
    from dealtrail import clock

    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    own = deal(db, ids["Globex"], anna, next_contact_at="2026-12-03T09:00:00+00:00",
               next_contact_source="tag")
    meeting = deal(db, ids["Globex"], anna, stage="negotiation")
    db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": "e1", "uid": "e1",
                         "start_at": "2026-12-01T08:00:00+00:00", "end_at": "2026-12-01T09:00:00+00:00",
                         "client_id": ids["Globex"], "manager_id": anna, "indexed_at": STAMP})
    viewer = Principal(manager_id=anna, email="anna@testbank.ru", name="Anna", role="manager",
                       team="corp", timezone="Europe/Moscow", locale="ru")
    client = {"id": ids["Globex"], "name": "Globex", "owner_email": "anna@testbank.ru",
              "segment": ""}
    with clock.freeze(NOW):
        card = client_card(db, settings, viewer, client)
    board = {g["id"]: g for g in api.negotiations(db, settings, as_of=NOW)}
    got = [(d["id"], d["next_contact_at"], d["next_contact_source"]) for d in card["deals"]]
    assert got == [(meeting, "2026-12-01T08:00:00+00:00", "calendar"),
                   (own, "2026-12-03T09:00:00+00:00", "tag")]
    assert got == [(i, board[i]["next_contact_at"], board[i]["next_contact_source"])
                   for i, _, _ in got]


def test_a_deal_is_worth_what_its_evidence_says_with_the_source_and_no_invented_zero(
        db: Any, settings: Any) -> None:
    """A deal the mail calls won has no amount of its own; the accounting's sales file prices
    it. Every channel shows that amount with where it came from; a deal nothing prices shows
    none, and an amount a person set shows its tag."""
    from dealtrail.deals import settle_sales, update_deal
    from tests.test_reports_support import sale

    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    # Acme's loan of last year, and Globex's, are sales of their own, not what this year's
    # wins are worth.
    sale(db, anna, ids["credit"], "2025-10-02", 300_000_00, ext="INV-2025", client_id=ids["Acme"])
    sale(db, ben, ids["credit"], "2025-10-03", 200_000_00, ext="INV-2025G",
         client_id=ids["Globex"])
    won = deal(db, ids["Acme"], anna, product_id=ids["credit"], stage="contract")
    update_deal(db, won, {"stage": "won", "status": "won"}, actor="dealtrail",
                source="inference", source_ref="signed@acme.com",
                at=at("2026-11-20T10:00:00+03:00"))        # no amount: books no sale of its own
    # The accounting books the signed loan three days later (and a deposit of the client's).
    sale(db, anna, ids["credit"], "2026-11-23", 750_000_00, ext="INV-7", client_id=ids["Acme"])
    sale(db, anna, ids["deposit"], "2026-11-24", 5_00, ext="INV-8", client_id=ids["Acme"])
    assert settle_sales(db, [ids["Acme"]]) == 1
    bare = deal(db, ids["Globex"], ben, product_id=ids["credit"], stage="contract")
    update_deal(db, bare, {"stage": "won", "status": "won"}, actor="dealtrail",
                source="inference", at=at("2026-11-21T10:00:00+03:00"))
    tagged = deal(db, ids["Globex"], ben, product_id=ids["deposit"])
    update_deal(db, tagged, {"amount_minor": 1_200_000_00}, actor="ben@testbank.ru",
                source="tag", source_ref="tag-reply@testbank.ru")
    silent = deal(db, ids["Acme"], anna, product_id=ids["deposit"])

    board = api.closed_deals(db, settings, "2026-11", as_of=NOW)
    rows = {r["id"]: r for r in board["rows"]}
    assert (rows[won]["amount"], rows[won]["amount_source"], rows[won]["amount_ref"]) == (
        750_000_00, "sales", "INV-7")
    assert (rows[bare]["amount"], rows[bare]["amount_base"], rows[bare]["amount_source"]) == (
        None, None, "")
    assert board["totals"]["won"]["amount_base"] == 750_000_00
    open_rows = {r["id"]: r for r in api.negotiations(db, settings, as_of=NOW)}
    assert (open_rows[tagged]["amount"], open_rows[tagged]["amount_source"],
            open_rows[tagged]["amount_ref"]) == (1_200_000_00, "tag", "tag-reply@testbank.ru")
    assert (open_rows[silent]["amount"], open_rows[silent]["amount_source"]) == (None, "")
    # An open deal is not priced by the client's past sales of its product.
    assert api.deal_worth(db, settings, [silent])[silent].amount is None
    # The pane's card shows the board's amount and its source in the viewer's words.
    from addin.auth import Principal
    from addin.pane_data import client_card

    viewer = Principal(manager_id=ben, email="ben@testbank.ru", name="Ben", role="manager",
                       team="corp", timezone="Europe/Moscow", locale="ru")
    card = client_card(db, settings, viewer, {"id": ids["Globex"], "name": "Globex",
                                              "owner_email": "ben@testbank.ru", "segment": ""})
    [shown] = [d for d in card["deals"] if d["id"] == tagged]
    assert (shown["amount_minor"], shown["amount_source"], shown["amount_source_label"]) == (
        1_200_000_00, "tag", {"en": "from a tag reply", "ru": "из ответа с тегом"})
