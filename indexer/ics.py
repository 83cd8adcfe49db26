"""iCalendar -> :class:`dealtrail.domain.Event`: one mapping for CalDAV, .ics files and iMIP.

Recurring events are expanded into occurrences inside a time window with
``recurring_ical_events`` (RRULE, RDATE, EXDATE and moved single instances
via RECURRENCE-ID). Each occurrence gets a stable remote id:

* a single event: its ``UID``;
* an occurrence of a series: ``<UID>/<original start in UTC, 20261102T070000Z>``
  (the RECURRENCE-ID), so a moved instance keeps its id and the store updates it.

Times come out time-zone aware in UTC. All-day events start at midnight of
their date in ``default_tz`` (also used for floating times).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import icalendar
import recurring_ical_events

from dealtrail.domain import Event
from dealtrail.errors import ParseError

log = logging.getLogger(__name__)

STATUSES = {"CONFIRMED": "confirmed", "TENTATIVE": "tentative", "CANCELLED": "cancelled"}
#: Wide enough for an invitation found in mail: everything within ten years.
INVITATION_WINDOW = timedelta(days=3650)


def parse_calendar(data: bytes | str, start: datetime, end: datetime, *,
                   default_tz: tzinfo = UTC) -> list[Event]:
    """All event occurrences in ``data`` that overlap ``[start, end)``, sorted by start.

    Raises :class:`ParseError` when ``data`` is not iCalendar.
    """
    calendar = _load(data)
    method = str(calendar.get("METHOD", "")).upper()
    try:
        occurrences = recurring_ical_events.of(calendar).between(start, end)
    except Exception as exc:  # the library raises many types on bad rules
        raise ParseError(f"calendar data has an invalid recurrence: {exc}") from exc
    series = {str(c.get("UID", "")).strip() for c in calendar.walk("VEVENT")
              if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
    out = []
    for component in occurrences:
        uid = str(component.get("UID", "")).strip()
        event = event_from_component(component, default_tz=default_tz, series=uid in series)
        if event is None:
            continue
        if method == "CANCEL" and event.status != "cancelled":
            event = _replace_status(event, "cancelled")
        out.append(event)
    out.sort(key=lambda e: (e.start, e.remote_id))
    return out


def parse_invitation(data: bytes | str, *, around: datetime | None = None,
                     default_tz: tzinfo = UTC) -> list[Event]:
    """Events of an iMIP part (text/calendar in mail): REQUEST, CANCEL, REPLY.

    Recurring invitations are expanded ten years around ``around`` (default now).
    """
    center = around or datetime.now(UTC)
    return parse_calendar(data, center - INVITATION_WINDOW, center + INVITATION_WINDOW,
                          default_tz=default_tz)


def uids_in(data: bytes | str) -> set[str]:
    """The UIDs of all VEVENTs in ``data`` (for deletions of a whole series)."""
    return {str(c.get("UID", "")) for c in _load(data).walk("VEVENT") if c.get("UID")}


def event_from_component(component: Any, *, default_tz: tzinfo = UTC, series: bool | None = None
                         ) -> Event | None:
    """Map one VEVENT (or an expanded occurrence of one) to an :class:`Event`.

    ``series`` says whether the UID belongs to a recurring series; when None it is
    judged from this component alone (RRULE, RDATE or RECURRENCE-ID present).
    """
    if series is None:
        series = any(k in component for k in ("RRULE", "RDATE", "RECURRENCE-ID"))
    if getattr(component, "name", "") != "VEVENT" or "DTSTART" not in component:
        return None
    uid = str(component.get("UID", "")).strip()
    start_value = component["DTSTART"].dt
    all_day = isinstance(start_value, date) and not isinstance(start_value, datetime)
    start = _to_utc(start_value, default_tz)
    if "DTEND" in component:
        end = _to_utc(component["DTEND"].dt, default_tz)
    elif "DURATION" in component:
        end = start + component["DURATION"].dt
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    rid_prop = component.get("RECURRENCE-ID")
    recurrence_id = None
    if rid_prop is not None and series:
        recurrence_id = _to_utc(rid_prop.dt, default_tz).strftime("%Y%m%dT%H%M%SZ")
    if not uid:
        uid = f"nouid-{start.isoformat()}-{component.get('SUMMARY', '')}"
    remote_id = f"{uid}/{recurrence_id}" if recurrence_id else uid
    return Event(
        remote_id=remote_id, uid=uid,
        summary=_text(component.get("SUMMARY")), start=start, end=max(end, start),
        organizer=_address(component.get("ORGANIZER")),
        attendees=tuple(a for a in (_address(x) for x in _as_list(component.get("ATTENDEE")))
                        if a),
        description=_text(component.get("DESCRIPTION")),
        location=_text(component.get("LOCATION")), all_day=all_day,
        status=STATUSES.get(str(component.get("STATUS", "CONFIRMED")).upper(), "confirmed"),
        recurrence_id=recurrence_id,
    )


def _load(data: bytes | str) -> Any:
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise ParseError(f"not iCalendar data: {exc}") from exc
    try:  # Google exports name the zone only in X-WR-TIMEZONE
        import x_wr_timezone

        calendar = x_wr_timezone.to_standard(calendar)
    except ImportError:  # pragma: no cover - optional helper
        pass
    return calendar


def _to_utc(value: date | datetime, default_tz: tzinfo) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0, 0), tzinfo=default_tz)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=default_tz)
    return value.astimezone(UTC)


def _as_list(value: Any) -> Iterable[Any]:
    if value is None:
        return ()
    return value if isinstance(value, list) else (value,)


def _address(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower() if "@" in text else ""


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _replace_status(event: Event, status: str) -> Event:
    from dataclasses import replace

    return replace(event, status=status)
