"""iCalendar mapping: occurrences, ids, time zones, attendees, cancellations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dealtrail.errors import ParseError
from indexer.ics import parse_calendar, parse_invitation, uids_in

WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))

SERIES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly-sync@testbank.ru
DTSTART;TZID=Europe/Moscow:20261102T100000
DTEND;TZID=Europe/Moscow:20261102T110000
RRULE:FREQ=WEEKLY;COUNT=5
EXDATE;TZID=Europe/Moscow:20261123T100000
SUMMARY:Weekly call with Acme
LOCATION:Zoom
ORGANIZER;CN=Anna:mailto:Anna@TestBank.ru
ATTENDEE;CN=Ivan;PARTSTAT=ACCEPTED:mailto:ivan@acme.ru
ATTENDEE:mailto:olga@acme.ru
END:VEVENT
BEGIN:VEVENT
UID:weekly-sync@testbank.ru
RECURRENCE-ID;TZID=Europe/Moscow:20261109T100000
DTSTART;TZID=Europe/Moscow:20261110T150000
DTEND;TZID=Europe/Moscow:20261110T160000
SUMMARY:Weekly call with Acme (moved)
ORGANIZER:mailto:anna@testbank.ru
ATTENDEE:mailto:ivan@acme.ru
END:VEVENT
END:VCALENDAR
"""


def test_recurring_series_expands_with_exdate_and_a_moved_instance() -> None:
    events = parse_calendar(SERIES, *WINDOW)
    assert [e.start for e in events] == [
        datetime(2026, 11, 2, 7, tzinfo=UTC), datetime(2026, 11, 10, 12, tzinfo=UTC),
        datetime(2026, 11, 16, 7, tzinfo=UTC), datetime(2026, 11, 30, 7, tzinfo=UTC)]
    moved = events[1]
    assert moved.summary == "Weekly call with Acme (moved)"
    assert moved.remote_id == "weekly-sync@testbank.ru/20261109T070000Z"
    assert moved.recurrence_id == "20261109T070000Z"
    assert events[0].attendees == ("ivan@acme.ru", "olga@acme.ru")
    assert events[0].organizer == "anna@testbank.ru"
    assert events[0].location == "Zoom"
    assert len({e.remote_id for e in events}) == 4
    assert all(e.uid == "weekly-sync@testbank.ru" for e in events)


def test_window_limits_the_expansion() -> None:
    events = parse_calendar(SERIES, datetime(2026, 11, 15, tzinfo=UTC),
                            datetime(2026, 11, 20, tzinfo=UTC))
    assert [e.start.day for e in events] == [16]


SINGLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:one@testbank.ru
DTSTART:20261105T090000Z
DURATION:PT45M
SUMMARY:Credit committee
STATUS:TENTATIVE
END:VEVENT
BEGIN:VEVENT
UID:allday@testbank.ru
DTSTART;VALUE=DATE:20261106
SUMMARY:Offsite
END:VEVENT
BEGIN:VEVENT
UID:floating@testbank.ru
DTSTART:20261107T100000
DTEND:20261107T110000
SUMMARY:Floating
END:VEVENT
END:VCALENDAR
"""


def test_single_all_day_and_floating_events_map_to_utc() -> None:
    moscow = ZoneInfo("Europe/Moscow")
    events = {e.uid: e for e in parse_calendar(SINGLE, *WINDOW, default_tz=moscow)}
    one = events["one@testbank.ru"]
    assert (one.remote_id, one.status, one.end - one.start) == (
        "one@testbank.ru", "tentative", timedelta(minutes=45))
    assert one.recurrence_id is None
    offsite = events["allday@testbank.ru"]
    assert offsite.all_day and offsite.start == datetime(2026, 11, 5, 21, tzinfo=UTC)
    assert offsite.end - offsite.start == timedelta(days=1)
    assert events["floating@testbank.ru"].start == datetime(2026, 11, 7, 7, tzinfo=UTC)
    assert all(e.start.tzinfo is UTC for e in events.values())


def test_cancel_invitation_marks_events_cancelled() -> None:
    cancel = SINGLE.replace("PRODID:-//test//EN", "PRODID:-//test//EN\nMETHOD:CANCEL")
    events = parse_invitation(cancel, around=datetime(2026, 11, 1, tzinfo=UTC))
    assert {e.status for e in events} == {"cancelled"}
    assert uids_in(cancel) == {"one@testbank.ru", "allday@testbank.ru", "floating@testbank.ru"}


def test_garbage_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_calendar(b"this is not a calendar", *WINDOW)
