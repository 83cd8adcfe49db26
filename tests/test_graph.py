"""The Microsoft Graph connector against recorded Graph and Entra ID responses over real HTTPS."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.domain import Deletion, Event, FlagUpdate, Folder, RawMessage
from dealtrail.errors import ConfigError, SourceAuthError, SourceError
from indexer.graph import GraphConnector
from tests.conftest import make_settings
from tests.fixtures.recorded_http import (
    GRAPH_CLIENT_ID,
    GRAPH_CLIENT_SECRET,
    GRAPH_TENANT,
    RecordedServer,
    drain,
    make_client_certificate,
    subject,
)

INBOX = Folder("inbox", "inbox")
SENT = Folder("sentitems", "sent")
CALENDAR = Folder("calendar", "calendar")
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
G01 = "AAMkAGVmMDEzMTM4AGinbox-g01AAA="
G02 = "AAMkAGVmMDEzMTM4AGinbox-g02AAA="
G03 = "AAMkAGVmMDEzMTM4AGinbox-g03AAA="
G04 = "AAMkAGVmMDEzMTM4AGinbox-g04AAA="


def graph_box(server: RecordedServer, **extra: Any) -> dict[str, Any]:
    box = {"name": "anna-m365", "kind": "graph", "owner": "anna@testbank.ru",
           "tenant_id": GRAPH_TENANT, "client_id": GRAPH_CLIENT_ID,
           "client_secret": {"env": "GRAPH_TEST_SECRET"}, "authority": server.authority,
           "graph_url": server.graph_url, "ca_file": server.ca_file}
    box.update(extra)
    return box


@pytest.fixture
def graph(recorded_http: RecordedServer, monkeypatch: pytest.MonkeyPatch) -> RecordedServer:
    monkeypatch.setenv("GRAPH_TEST_SECRET", GRAPH_CLIENT_SECRET)
    return recorded_http


def connect(server: RecordedServer, **extra: Any) -> GraphConnector:
    settings = make_settings(mailboxes=[graph_box(server, **extra)])
    return GraphConnector.from_mailbox(settings.mailboxes[0], settings)




def test_initial_sync_follows_next_links_and_downloads_mime(graph: RecordedServer):
    conn = connect(graph)
    items, checkpoint, batches = drain(conn, INBOX)
    conn.close()
    assert batches == 2
    assert [subject(i.raw) for i in items] == [
        "Кредитная линия на 2026", "Weekly market digest", "Re: Deposit proposal"]
    assert all(isinstance(i, RawMessage) for i in items)
    assert items[0].flags == ("Клиент",) and items[2].flags == ("Follow up",)
    assert items[0].received_at == datetime(2026, 3, 2, 7, 15, 4, tzinfo=UTC)
    assert checkpoint == {"delta_link": f"{graph.graph_url}/users/anna@testbank.ru/mailFolders/inbox"
                                        "/messages/delta?$deltatoken=inbox-d1"}
    first = graph.operations("mail")[0]
    assert set(first.detail["query"]["$select"].split(",")) >= {"id", "categories", "receivedDateTime"}
    assert "odata.maxpagesize=" in first.detail["prefer"]
    assert len(graph.operations("mime")) == 3
    token_calls = graph.operations("token")
    assert len(token_calls) == 1              # msal caches the token for the whole run
    assert token_calls[0].detail["scope"] == f"https://127.0.0.1:{graph.port}/.default"
    assert token_calls[0].detail["grant_type"] == "client_credentials"


def test_incremental_sync_downloads_only_new_messages(graph: RecordedServer):
    conn = connect(graph)
    _, checkpoint, _ = drain(conn, INBOX)
    idle, same, _ = drain(conn, INBOX, checkpoint)
    assert idle == [] and same == checkpoint
    graph.script.phase = 2
    conn.known_ids = lambda folder: {G01, G02, G03}
    mime_before = len(graph.operations("mime"))
    items, checkpoint2, _ = drain(conn, INBOX, checkpoint)
    conn.close()
    assert [i.remote_id for i in items if isinstance(i, RawMessage)] == [G04]
    assert [i for i in items if isinstance(i, FlagUpdate)] == [FlagUpdate(G01, ("Клиент", "Сделка"))]
    assert [i for i in items if isinstance(i, Deletion)] == [Deletion(G02)]
    assert len(graph.operations("mime")) == mime_before + 1
    assert checkpoint2 is not None and checkpoint2["delta_link"].endswith("$deltatoken=inbox-d2")


def test_throttled_request_is_retried_after_retry_after(graph: RecordedServer):
    conn = connect(graph)
    graph.script.graph_throttle_once = {"mail"}
    started = time.monotonic()
    items, checkpoint, _ = drain(conn, SENT)
    conn.close()
    assert time.monotonic() - started >= 1.0          # Retry-After: 1
    assert [r.status for r in graph.operations("mail")] == [429, 200]
    assert len(items) == 1 and checkpoint


def test_retry_after_longer_than_allowed_ends_the_run_with_a_source_error(graph: RecordedServer):
    settings = make_settings(mailboxes=[graph_box(graph)])
    conn = GraphConnector.from_mailbox(settings.mailboxes[0], settings, max_retry_after=0.5)
    graph.script.graph_throttle_once = {"mail"}
    with pytest.raises(SourceError, match="throttled"):
        drain(conn, SENT)
    conn.close()


def test_expired_delta_token_restarts_the_folder_from_the_beginning(graph: RecordedServer):
    conn = connect(graph)
    _, checkpoint, _ = drain(conn, INBOX)
    graph.script.graph_expired = {"inbox-d1"}
    conn.known_ids = lambda folder: {G01, G02, G03}
    items, checkpoint2, _ = drain(conn, INBOX, checkpoint)
    conn.close()
    assert [r.status for r in graph.operations("mail")][-3:] == [410, 200, 200]
    # everything is re-listed, nothing already stored is downloaded again
    assert {i.remote_id for i in items} == {G01, G02, G03}
    assert all(isinstance(i, FlagUpdate) for i in items)
    assert checkpoint2 == checkpoint


def test_calendar_delta_expands_occurrences_and_reports_removals(graph: RecordedServer):
    conn = connect(graph)
    with clock.freeze(NOW):
        events, checkpoint, batches = drain(conn, CALENDAR)
        first = graph.operations("calendar")[0].detail["query"]
        assert first["startDateTime"].startswith("2026-02-08")
        assert first["endDateTime"].startswith("2026-06-09")
        assert batches == 2 and all(isinstance(e, Event) for e in events)
        weekly = [e for e in events if e.summary == "Weekly call: Hanse Logistik"]
        assert len(weekly) == 3
        assert [e.start for e in weekly] == [datetime(2026, 3, d, 9, 0, tzinfo=UTC) for d in (4, 11, 18)]
        meeting = next(e for e in events if e.summary.startswith("Встреча"))
        assert meeting.attendees == ("i.smirnov@severstal-trade.ru",)
        assert meeting.organizer == "anna@testbank.ru" and meeting.status == "confirmed"
        graph.script.phase = 2
        changed, _, _ = drain(conn, CALENDAR, checkpoint)
    conn.close()
    assert [c for c in changed if isinstance(c, Deletion)] == [Deletion("AAMkAGVmMDEzMTM4AGcal-occ03AAA=")]
    assert [c.status for c in changed if isinstance(c, Event)] == ["cancelled"]


def test_wrong_client_secret_raises_one_clear_auth_error(graph: RecordedServer,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRAPH_TEST_SECRET", "not-the-secret")
    conn = connect(graph)
    with pytest.raises(SourceAuthError) as info:
        drain(conn, INBOX)
    conn.close()
    message = str(info.value)
    assert "anna-m365" in message and "invalid_client" in message and "client_secret" in message
    assert "not-the-secret" not in message
    assert graph.operations("mail") == []


def test_certificate_credential_signs_a_client_assertion(graph: RecordedServer, tmp_path: Path):
    cert_file, thumbprint = make_client_certificate(tmp_path)
    box = graph_box(graph, certificate_file=str(cert_file))
    box.pop("client_secret")
    settings = make_settings(mailboxes=[box])
    conn = GraphConnector.from_mailbox(settings.mailboxes[0], settings)
    items, _, _ = drain(conn, SENT)
    conn.close()
    assert len(items) == 1
    assert graph.operations("token")[0].detail["assertion"] is True
    assert len(thumbprint) == 40


def test_missing_credentials_are_a_config_error_when_the_config_is_loaded(graph: RecordedServer):
    box = graph_box(graph)
    box.pop("client_secret")
    with pytest.raises(ConfigError, match=r"mailboxes\.anna-m365: set client_secret"):
        make_settings(mailboxes=[box])


def stored(db: Any) -> list[tuple[str, str, int, str]]:
    return [tuple(r) for r in db.conn.execute(
        "SELECT folder, message_id, deleted, flags FROM messages ORDER BY folder, message_id")]


def test_crash_mid_sync_then_resume_through_the_sync_loop_loses_and_duplicates_nothing(
        graph: RecordedServer, db: Any):
    from indexer.sync import sync_mailbox

    settings = make_settings(mailboxes=[graph_box(graph, folders=["inbox", "sentitems", "calendar"])])
    box = settings.mailboxes[0]
    graph.script.graph_fail_once = {"inbox-p2"}   # the second inbox page fails once
    first = sync_mailbox(db, settings, box)
    assert "Graph mailbox anna-m365" in first.error and first.added == 2
    checkpoint = db.conn.execute("SELECT checkpoint FROM sync_state WHERE folder = 'inbox'").fetchone()[0]
    assert "inbox-p2" in checkpoint           # resumes at the page that failed
    with clock.freeze(NOW):
        second = sync_mailbox(db, settings, box)
    assert second.error == ""
    assert [(f, m) for f, m, _, _ in stored(db)] == [
        ("inbox", "20260303120205.GA7@hanse-logistik.de"),
        ("inbox", "CAF5x1QdE1@mail.severstal-trade.ru"),
        ("inbox", "digest-2026-10@bankinfo.example"),
        ("sentitems", "sent01.anna@testbank.ru"),
    ]
    assert len(graph.operations("mime")) == 4       # each message downloaded exactly once
    assert db.conn.execute("SELECT COUNT(*) FROM events WHERE deleted = 0").fetchone()[0] == 4


def test_expired_delta_through_the_sync_loop_reconciles_without_duplicates(graph: RecordedServer, db: Any):
    from indexer.sync import sync_mailbox

    settings = make_settings(mailboxes=[graph_box(graph, folders=["inbox"])])
    box = settings.mailboxes[0]
    assert sync_mailbox(db, settings, box).error == ""
    graph.script.graph_expired = {"inbox-d1"}
    report = sync_mailbox(db, settings, box)
    assert report.error == "" and report.added == 0
    assert len(stored(db)) == 3
    assert len(graph.operations("mime")) == 3       # the full re-listing downloaded nothing again
