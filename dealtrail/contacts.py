"""Contacts that become true with time, and a client's last contact as of a moment.

A meeting is a contact once its start has passed.

The writer records a meeting as a contact when it stores a meeting that has
already started. A meeting stored while it was still ahead becomes a contact
only later, and the calendar may never change again to make the writer look
at it; so the post-sync step and the rules run call :func:`record_past_meetings`
before they read contacts. The key is the writer's own, so nothing is counted twice.

The last contact with a client (:func:`last_contact_sql`) is the latest contact of any
manager and channel up to the moment asked about: the ``stale_deal`` rule and the
negotiations board read it from here, so a contact dated later (a report as of an earlier
day, or a message whose Date header lies ahead) counts for neither.
"""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from . import clock


def held_sql(alias: str = "e") -> str:
    """The condition that a calendar event is a meeting at all: neither deleted nor cancelled.
    The contacts, the board's next meeting, the rules, the workload and the digest count
    only these. ``alias`` names the ``events`` row ("" for bare column names)."""
    at = f"{alias}." if alias else ""
    return f"{at}deleted = 0 AND {at}status <> 'cancelled'"


def record_past_meetings(db: sqlite_utils.Database, now: datetime | None = None) -> int:
    """Add a ``meeting`` contact for every client meeting that has started by ``now``.

    Cancelled and deleted meetings never count. Returns how many were added.
    """
    cur = db.conn.execute(
        "INSERT OR IGNORE INTO contacts (key, manager_id, client_id, person_email, at, channel,"
        " event_id)"
        " SELECT 'event:' || e.mailbox_id || ':' || e.calendar || ':' || e.remote_id,"
        "        e.manager_id, e.client_id, '', e.start_at, 'meeting', e.id"
        " FROM events e"
        f" WHERE e.start_at <= ? AND {held_sql()}"
        "   AND e.client_id IS NOT NULL AND e.manager_id IS NOT NULL",
        (clock.iso(now or clock.now()),))
    return cur.rowcount or 0


def last_contact_sql(client: str, now: str, column: str = "lc.at") -> str:
    """A scalar subquery: ``column`` of the client's latest contact at or before ``now``
    (of any manager and channel; NULL when there is none). The arguments are SQL
    expressions; ``column`` is read from the contact aliased ``lc``."""
    return (f"(SELECT {column} FROM contacts lc WHERE lc.client_id = {client}"
            f" AND lc.at <= {now} ORDER BY lc.at DESC LIMIT 1)")
