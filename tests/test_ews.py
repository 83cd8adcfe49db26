"""The EWS connector against recorded Exchange Server responses served over real HTTPS."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.domain import Deletion, Event, FlagUpdate, Folder, RawMessage
from dealtrail.errors import ConfigError, SourceAuthError, SourceError
from indexer.ews import EwsConnector
from tests.conftest import make_settings
from tests.fixtures.recorded_http import EWS_PASSWORD, EWS_USER, RecordedServer, drain, subject

INBOX = Folder("inbox", "inbox")
SENT = Folder("sentitems", "sent")
CALENDAR = Folder("calendar", "calendar")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def ews_settings(server: RecordedServer, *, access: str = "impersonation", env: str = "EWS_TEST_PASSWORD",
                 **extra: Any) -> Any:
    box = {"name": "anna-ews", "kind": "ews", "owner": "anna@testbank.ru",
           "service_endpoint": server.ews_url, "username": EWS_USER, "password": {"env": env},
           "auth": "basic", "access": access, "ca_file": server.ca_file, **extra}
    return make_settings(mailboxes=[box])


@pytest.fixture
def ews(recorded_http: RecordedServer, monkeypatch: pytest.MonkeyPatch) -> RecordedServer:
    monkeypatch.setenv("EWS_TEST_PASSWORD", EWS_PASSWORD)
    return recorded_http


def connect(server: RecordedServer, **kw: Any) -> EwsConnector:
    settings = ews_settings(server, **kw)
    return EwsConnector.from_mailbox(settings.mailboxes[0], settings)




def test_initial_sync_pages_through_syncfolderitems_and_reads_mime_with_categories(ews: RecordedServer):
    conn = connect(ews)
    items, checkpoint, batches = drain(conn, INBOX)
    conn.close()
    assert batches == 2                       # two SyncFolderItems pages, one batch each
    assert all(isinstance(i, RawMessage) for i in items)
    assert [subject(i.raw) for i in items] == [
        "Кредитная линия на 2026", "Weekly market digest", "Re: Deposit proposal"]
    assert items[0].flags == ("Клиент",)
    assert items[2].flags == ("Follow up",)
    assert items[0].received_at == datetime(2026, 3, 2, 7, 15, 4, tzinfo=UTC)
    assert checkpoint == {"sync_state": "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox2"}
    syncs = ews.operations("SyncFolderItems")
    assert [s.detail["sync_state"] for s in syncs] == ["", "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox1"]
    # impersonation: every mailbox request names the mailbox it acts for
    assert {s.detail["impersonation"] for s in syncs} == {"anna@testbank.ru"}
    fetches = ews.operations("GetItem")
    assert all("item:MimeContent" in f.detail["fields"] for f in fetches)


def test_delegate_access_sends_no_impersonation_header(ews: RecordedServer):
    conn = connect(ews, access="delegate")
    items, _, _ = drain(conn, SENT)
    conn.close()
    assert [subject(i.raw) for i in items] == ["Deposit proposal"]
    assert {r.detail["impersonation"] for r in ews.operations("SyncFolderItems")} == {None}


def test_incremental_sync_yields_new_items_category_updates_and_deletions(ews: RecordedServer):
    conn = connect(ews)
    _, checkpoint, _ = drain(conn, INBOX)
    idle, checkpoint_idle, _ = drain(conn, INBOX, checkpoint)
    assert idle == [] and checkpoint_idle == checkpoint
    ews.script.phase = 2                      # new mail, a re-categorised and a deleted message
    conn.known_ids = lambda folder: {"AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA=",
                                     "AAMkADdlYzc2LTAwMQBGAAAAAADinbox02AAA=",
                                     "AAMkADdlYzc2LTAwMQBGAAAAAADinbox03AAA="}
    items, checkpoint2, _ = drain(conn, INBOX, checkpoint)
    conn.close()
    new = [i for i in items if isinstance(i, RawMessage)]
    assert [subject(i.raw) for i in new] == ["Re: Кредитная линия на 2026"]
    assert [i for i in items if isinstance(i, FlagUpdate)] == [
        FlagUpdate("AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA=", ("Клиент", "Сделка"))]
    assert [i for i in items if isinstance(i, Deletion)] == [
        Deletion("AAMkADdlYzc2LTAwMQBGAAAAAADinbox02AAA=")]
    assert checkpoint2 == {"sync_state": "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox3"}
    # the re-categorised message was not downloaded again
    last_fetches = [f for f in ews.operations("GetItem") if "item:MimeContent" not in f.detail["fields"]]
    assert [f.detail["ids"] for f in last_fetches] == [["AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA="]]


def test_update_of_an_item_the_store_never_saw_is_read_in_full(ews: RecordedServer):
    conn = connect(ews)
    _, checkpoint, _ = drain(conn, INBOX)
    ews.script.phase = 2
    conn.known_ids = lambda folder: set()
    items, _, _ = drain(conn, INBOX, checkpoint)
    conn.close()
    assert {i.remote_id for i in items if isinstance(i, RawMessage)} == {
        "AAMkADdlYzc2LTAwMQBGAAAAAADinbox04AAA=", "AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA="}
    assert not [i for i in items if isinstance(i, FlagUpdate)]


def test_server_busy_is_retried_after_the_backoff_the_server_asked_for(ews: RecordedServer):
    conn = connect(ews)
    ews.script.ews_busy_once = {"SyncFolderItems"}
    started = time.monotonic()
    items, checkpoint, _ = drain(conn, SENT)
    waited = time.monotonic() - started
    conn.close()
    assert len(items) == 1 and checkpoint
    statuses = [r.status for r in ews.operations("SyncFolderItems")]
    assert statuses == [500, 200]
    assert waited >= 0.7                      # BackOffMilliseconds = 700 in the recorded fault


def test_throttling_longer_than_the_budget_fails_with_a_source_error(ews: RecordedServer):
    settings = ews_settings(ews)
    # a budget of 0.5 s for the whole run; the recorded fault asks for 0.7 s
    conn = EwsConnector.from_mailbox(settings.mailboxes[0], settings, max_total_backoff=0.5)
    ews.script.ews_busy_once = {"SyncFolderItems"}
    with pytest.raises(SourceError, match="throttling"):
        drain(conn, SENT)
    conn.close()


def test_wrong_password_raises_one_clear_auth_error(ews: RecordedServer, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("EWS_TEST_PASSWORD", "wrong password")
    conn = connect(ews)
    started = time.monotonic()
    with pytest.raises(SourceAuthError) as info:
        drain(conn, INBOX)
    conn.close()
    assert time.monotonic() - started < 5     # not retried as if it were throttling
    message = str(info.value)
    assert "anna-ews" in message and EWS_USER in message and "password" in message
    assert "wrong password" not in message


def test_calendar_view_expands_occurrences_and_reports_removed_ones(ews: RecordedServer):
    conn = connect(ews)
    with clock.freeze(NOW):
        events, checkpoint, _ = drain(conn, CALENDAR)
        view = ews.operations("FindItem")[0].detail["calendar_view"]
        assert view["StartDate"].startswith("2026-02-08") and view["EndDate"].startswith("2026-06-09")
        assert all(isinstance(e, Event) for e in events)
        weekly = [e for e in events if e.summary == "Weekly call: Hanse Logistik"]
        assert len(weekly) == 3 and len({e.uid for e in weekly}) == 1
        assert len({e.remote_id for e in weekly}) == 3
        meeting = next(e for e in events if e.summary.startswith("Встреча"))
        assert meeting.start == datetime(2026, 3, 12, 11, 0, tzinfo=UTC)
        assert meeting.organizer == "anna@testbank.ru"
        assert "i.smirnov@severstal-trade.ru" in meeting.attendees
        assert meeting.status == "confirmed"
        ews.script.phase = 2                  # one occurrence deleted, the meeting cancelled
        changed, _, _ = drain(conn, CALENDAR, checkpoint)
    conn.close()
    assert [c for c in changed if isinstance(c, Deletion)] == [
        Deletion("AAMkADdlYzc2ADEwLTAwMQFRAAgI3mEEcal03AAA=")]
    cancelled = next(e for e in changed if isinstance(e, Event) and e.uid == meeting.uid)
    assert cancelled.status == "cancelled"


def test_invalid_settings_are_config_errors_naming_the_key(ews: RecordedServer):
    with pytest.raises(ConfigError, match=r"mailboxes\.anna-ews\.auth: 'kerberos' is not one of"):
        ews_settings(ews, auth="kerberos")            # refused when the config is loaded
    with pytest.raises(ConfigError, match=r"mailboxes\.anna-ews\.service_endpoint: .* https://"):
        ews_settings(ews, service_endpoint="http://mail.example.com/EWS/Exchange.asmx")
    settings = ews_settings(ews, ca_file="/nonexistent/ca.pem")
    with pytest.raises(ConfigError, match="ca_file"):
        EwsConnector.from_mailbox(settings.mailboxes[0], settings)


def test_untrusted_certificate_is_a_source_error(ews: RecordedServer):
    # the CA is trusted per host; "localhost" reaches the same server without it
    settings = ews_settings(ews, service_endpoint=ews.ews_url.replace("127.0.0.1", "localhost"),
                            ca_file="")
    conn = EwsConnector.from_mailbox(settings.mailboxes[0], settings)
    with pytest.raises(SourceError):
        drain(conn, INBOX)
    conn.close()


def stored(db: Any) -> list[tuple[str, str, int, str]]:
    return [tuple(r) for r in db.conn.execute(
        "SELECT folder, message_id, deleted, flags FROM messages ORDER BY folder, message_id")]


def test_crash_mid_sync_then_resume_through_the_sync_loop_loses_and_duplicates_nothing(
        ews: RecordedServer, db: Any):
    from indexer.sync import sync_mailbox

    settings = ews_settings(ews, folders=["inbox", "sentitems"])
    box = settings.mailboxes[0]
    ews.script.ews_fail_once = {"GetItem": 2}   # the server fails while the second page is read
    first = sync_mailbox(db, settings, box)
    assert "EWS mailbox anna-ews" in first.error and first.added == 2
    checkpoint = db.conn.execute("SELECT checkpoint FROM sync_state WHERE folder = 'inbox'").fetchone()[0]
    assert "inbox1" in checkpoint              # the first page's state was stored with its items
    second = sync_mailbox(db, settings, box)
    assert second.error == ""
    assert [(f, m) for f, m, _, _ in stored(db)] == [
        ("inbox", "20260303120205.GA7@hanse-logistik.de"),
        ("inbox", "CAF5x1QdE1@mail.severstal-trade.ru"),
        ("inbox", "digest-2026-10@bankinfo.example"),
        ("sentitems", "sent01.anna@testbank.ru"),
    ]
    resumed = [s.detail["sync_state"] for s in ews.operations("SyncFolderItems")
               if s.detail["folder"] == "inbox"]
    assert resumed == ["", "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox1",
                       "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox1"]


def test_incremental_changes_reach_the_store_through_the_sync_loop(ews: RecordedServer, db: Any):
    from indexer.sync import sync_mailbox

    settings = ews_settings(ews, folders=["inbox"])
    box = settings.mailboxes[0]
    assert sync_mailbox(db, settings, box).error == ""
    ews.script.phase = 2
    report = sync_mailbox(db, settings, box)
    assert report.error == "" and report.added == 1 and report.deleted == 1
    rows = {m: (deleted, flags) for _, m, deleted, flags in stored(db)}
    assert len(rows) == 4
    assert rows["digest-2026-10@bankinfo.example"][0] == 1
    assert json.loads(rows["CAF5x1QdE1@mail.severstal-trade.ru"][1]) == ["Клиент", "Сделка"]
    assert rows["CAF5x1QdE2@mail.severstal-trade.ru"][0] == 0


def test_configuration_examples_in_the_admin_guide_are_valid():
    import re
    import tomllib
    from pathlib import Path

    from dealtrail.config import from_mapping

    guide = Path(__file__).resolve().parents[1] / "docs" / "exchange-m365.md"
    blocks = re.findall(r"```toml\n(.*?)```", guide.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 2
    kinds = []
    for block in blocks:
        raw = tomllib.loads(block)
        raw["managers"] = [{"email": "anna@testbank.ru", "name": "Anna Petrova"}]
        settings = from_mapping(raw)
        kinds.extend(m.kind for m in settings.mailboxes)
    assert kinds == ["ews", "graph"]


def test_rejected_sync_state_restarts_the_folder_without_downloading_stored_items(ews: RecordedServer):
    conn = connect(ews)
    conn.known_ids = lambda folder: {"AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA=",
                                     "AAMkADdlYzc2LTAwMQBGAAAAAADinbox02AAA=",
                                     "AAMkADdlYzc2LTAwMQBGAAAAAADinbox03AAA="}
    items, checkpoint, _ = drain(conn, INBOX, {"sync_state": "H4sI-state-the-server-forgot"})
    conn.close()
    assert [s.detail["sync_state"] for s in ews.operations("SyncFolderItems")][:2] == [
        "H4sI-state-the-server-forgot", ""]
    assert all(isinstance(i, FlagUpdate) for i in items) and len(items) == 3
    assert all("item:MimeContent" not in f.detail["fields"] for f in ews.operations("GetItem"))
    assert checkpoint == {"sync_state": "H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0ZMZm5inbox2"}
