"""The CalDAV connector against a real Radicale: discovery, recurrence, moves, deletions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.domain import Deletion, Event, Folder
from dealtrail.errors import SourceAuthError
from indexer.caldav import CaldavConnector, CaldavOptions
from tests.conftest import make_settings
from tests.fixtures.caldav_server import CaldavUser, RadicaleServer

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEALTRAIL_NOW", NOW.isoformat())


def vevent(uid: str, start: datetime, *, summary: str = "Meeting", minutes: int = 60,
           extra: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dealtrail test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start.strftime(fmt)}\r\n"
        f"DTEND:{(start + timedelta(minutes=minutes)).strftime(fmt)}\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER:mailto:anna@testbank.ru\r\nATTENDEE;CN=Ivan:mailto:ivan@acme.ru\r\n"
        f"{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def connector(server: RadicaleServer, user: CaldavUser, **overrides: Any) -> CaldavConnector:
    options: dict[str, Any] = {"mailbox": f"{user.name}-cal", "url": f"{server.url}/",
                               "username": user.name, "password": lambda: user.password,
                               "timeout": 10}
    options.update(overrides)
    return CaldavConnector(CaldavOptions(**options))


def drain(conn: CaldavConnector, folder: Folder, cp: dict[str, Any] | None
          ) -> tuple[list[Any], dict[str, Any] | None]:
    items: list[Any] = []
    for batch, new_cp in conn.changes(folder, cp):
        items.extend(batch)
        cp = new_cp
    return items, cp


def test_calendars_are_discovered_by_display_name(caldav_server: RadicaleServer,
                                                  caldav_user: CaldavUser) -> None:
    caldav_server.make_calendar(caldav_user, "work", "Work")
    caldav_server.make_calendar(caldav_user, "home", "Home")
    conn = connector(caldav_server, caldav_user)
    assert sorted(f.name for f in conn.folders()) == ["Home", "Work"]
    assert {f.role for f in conn.folders()} == {"calendar"}
    only = connector(caldav_server, caldav_user, calendars=("Work",))
    assert [f.name for f in only.folders()] == ["Work"]


def test_initial_sync_then_move_then_delete(caldav_server: RadicaleServer,
                                           caldav_user: CaldavUser) -> None:
    caldav_server.make_calendar(caldav_user, "work", "Work")
    start = NOW + timedelta(days=3)
    caldav_server.put_event(caldav_user, "work", "acme.ics", vevent("acme-1", start,
                                                                      summary="Acme credit"))
    caldav_server.put_event(caldav_user, "work", "beta.ics", vevent("beta-1", start))
    conn = connector(caldav_server, caldav_user)
    work = Folder("Work", "calendar")
    first, cp = drain(conn, work, None)
    assert sorted(e.uid for e in first) == ["acme-1", "beta-1"]
    acme = next(e for e in first if e.uid == "acme-1")
    assert (acme.summary, acme.start, acme.attendees) == ("Acme credit", start, ("ivan@acme.ru",))

    assert drain(conn, work, cp)[0] == []          # nothing changed

    moved = start + timedelta(days=1, hours=2)
    caldav_server.put_event(caldav_user, "work", "acme.ics", vevent("acme-1", moved,
                                                                      summary="Acme credit"))
    second, cp = drain(conn, work, cp)
    assert [(type(i).__name__, i.remote_id) for i in second] == [("Event", "acme-1")]
    assert second[0].start == moved

    caldav_server.delete_event(caldav_user, "work", "beta.ics")
    third, cp = drain(conn, work, cp)
    assert third == [Deletion("beta-1")]
    assert drain(conn, work, cp)[0] == []


def test_recurring_meeting_is_expanded_in_the_window(caldav_server: RadicaleServer,
                                                    caldav_user: CaldavUser) -> None:
    caldav_server.make_calendar(caldav_user, "work", "Work")
    start = NOW - timedelta(days=200)
    caldav_server.put_event(caldav_user, "work", "weekly.ics",
                            vevent("weekly-1", start, extra="RRULE:FREQ=WEEKLY\r\n"))
    conn = connector(caldav_server, caldav_user, window_days_back=14, window_days_ahead=14)
    items, cp = drain(conn, Folder("Work", "calendar"), None)
    events = [i for i in items if isinstance(i, Event)]
    low, high = conn.window()
    assert 4 <= len(events) <= 5
    assert all(low <= e.start < high for e in events)
    assert len({e.remote_id for e in events}) == len(events)
    assert all(e.remote_id.startswith("weekly-1/") for e in events)

    # Cancelling the series from one date on drops the later occurrences.
    until = (NOW + timedelta(days=1)).strftime("%Y%m%dT%H%M%SZ")
    caldav_server.put_event(caldav_user, "work", "weekly.ics",
                            vevent("weekly-1", start, extra=f"RRULE:FREQ=WEEKLY;UNTIL={until}\r\n"))
    changed, _ = drain(conn, Folder("Work", "calendar"), cp)
    dropped = [i.remote_id for i in changed if isinstance(i, Deletion)]
    kept = [i for i in changed if isinstance(i, Event)]
    assert dropped and all(rid.startswith("weekly-1/") for rid in dropped)
    assert len(kept) + len(dropped) == len(events)


def test_moving_window_keeps_past_occurrences_and_adds_new_ones(
        caldav_server: RadicaleServer, caldav_user: CaldavUser,
        monkeypatch: pytest.MonkeyPatch) -> None:
    caldav_server.make_calendar(caldav_user, "work", "Work")
    caldav_server.put_event(caldav_user, "work", "daily.ics",
                            vevent("daily-1", NOW - timedelta(days=30), extra="RRULE:FREQ=DAILY\r\n"))
    conn = connector(caldav_server, caldav_user, window_days_back=2, window_days_ahead=2)
    folder = Folder("Work", "calendar")
    first, cp = drain(conn, folder, None)
    monkeypatch.setenv("DEALTRAIL_NOW", (NOW + timedelta(days=3)).isoformat())
    assert clock.now() > NOW
    later, _ = drain(conn, folder, cp)
    assert not [i for i in later if isinstance(i, Deletion)]
    new_ids = {i.remote_id for i in later} - {i.remote_id for i in first}
    assert len(new_ids) == 3


def test_wrong_password_raises_one_clear_auth_error(caldav_server: RadicaleServer,
                                                    caldav_user: CaldavUser) -> None:
    conn = connector(caldav_server, caldav_user, password=lambda: "wrong")
    with pytest.raises(SourceAuthError) as info:
        conn.folders()
    assert f"{caldav_user.name}-cal" in str(info.value) and "password" in str(info.value)


def test_from_mailbox_uses_the_configured_account(caldav_server: RadicaleServer,
                                                 caldav_user: CaldavUser) -> None:
    from indexer.connectors import make_connector

    caldav_server.make_calendar(caldav_user, "work", "Work")
    caldav_server.put_event(caldav_user, "work", "x.ics", vevent("x-1", NOW + timedelta(days=1)))
    settings = make_settings(mailboxes=[caldav_server.mailbox_settings(
        caldav_user, owner="anna@testbank.ru", window_days_back=10, window_days_ahead=10)])
    conn = make_connector(settings.mailboxes[0], settings)
    assert isinstance(conn, CaldavConnector)
    items, _ = drain(conn, conn.folders()[0], None)
    assert [i.uid for i in items] == ["x-1"]
