"""Calls: a phone call is a contact with a client, like a message or a meeting.

Every call, from a telephony export, a ``#call`` tag or the pane's "Log a
call" button, is written by :func:`record_call` as one ``calls`` row keyed by
where it came from (a re-import or a repeated tag changes nothing). A call
with a known client that was answered (a duration other than 0) adds one
``contacts`` row with channel ``call``, which is how the rules and reports see
it: it keeps a promise to call, answers a client's mail and counts in
workload. A call whose number is not known yet is kept without a client;
:func:`link_calls` joins it to its client as soon as the number appears in the
client directory or in a client's mail signature. A stored or linked call queues its
client for the post-sync step (``post_sync_pending``), whichever way it came.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

import sqlite_utils

from . import clock

log = logging.getLogger(__name__)

DIRECTIONS = ("in", "out")
_FIELDS = ("manager_id", "client_id", "phone", "direction", "at", "duration_s", "note")


def record_call(conn: sqlite3.Connection, *, key: str, manager_id: int, client_id: int | None,
                at: datetime, direction: str = "out", phone: str = "",
                duration_s: int | None = None, note: str = "", source: str,
                source_ref: str = "") -> tuple[int, str]:
    """Insert or update the call ``key``; returns (call id, inserted | updated | unchanged).

    The caller holds the transaction. ``at`` must be aware; it is stored in UTC.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction {direction!r} is not one of in, out")
    values = (manager_id, client_id, phone, direction, clock.iso(at), duration_s, note)
    old = conn.execute(f"SELECT id, {', '.join(_FIELDS)} FROM calls WHERE key = ?",
                       (key,)).fetchone()
    if old is None:
        cur = conn.execute(
            f"INSERT INTO calls (key, {', '.join(_FIELDS)}, source, source_ref, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (key, *values, source, source_ref, clock.iso(clock.now())))
        call_id, outcome = int(cur.lastrowid or 0), "inserted"
    else:
        call_id = int(old[0])
        if tuple(old[1:]) == values:
            return call_id, "unchanged"
        conn.execute(f"UPDATE calls SET {', '.join(f + ' = ?' for f in _FIELDS)} WHERE id = ?",
                     (*values, call_id))
        outcome = "updated"
    _sync_contact(conn, call_id)
    return call_id, outcome


def link_calls(db: sqlite_utils.Database | sqlite3.Connection) -> int:
    """Give a client to every call whose number is now known; returns how many were linked."""
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    found = conn.execute(
        "SELECT c.id, p.client_id FROM calls c JOIN client_phones p ON p.phone = c.phone"
        " WHERE c.client_id IS NULL AND c.phone != ''").fetchall()
    for call_id, client_id in found:
        conn.execute("UPDATE calls SET client_id = ? WHERE id = ?", (client_id, call_id))
        _sync_contact(conn, call_id)
    if found:
        log.info("%d earlier calls linked to their clients by number", len(found))
    return len(found)


def client_by_phone(conn: sqlite3.Connection, phone: str) -> int | None:
    """The client whose number (E.164) this is, from the directory or a signature."""
    row = conn.execute("SELECT client_id FROM client_phones WHERE phone = ?", (phone,)).fetchone()
    return int(row[0]) if row else None


def _sync_contact(conn: sqlite3.Connection, call_id: int) -> None:
    """Make the call's contacts row match the call: one when answered with a known client."""
    call = conn.execute("SELECT manager_id, client_id, at, duration_s FROM calls WHERE id = ?",
                        (call_id,)).fetchone()
    conn.execute("DELETE FROM contacts WHERE call_id = ?", (call_id,))
    if call is None:
        return
    manager_id, client_id, at, duration = call
    if client_id is not None:
        # The post-sync step folds the call into the client's deal and runs the client's
        # rules (dealtrail/refresh.py), as for a stored batch of mail: the next index run
        # does it even when no mail of the client arrives.
        conn.execute("INSERT INTO post_sync_pending (client_id) VALUES (?)", (client_id,))
    if client_id is None or duration == 0:
        return  # an unknown number, or nobody picked up: no contact took place
    conn.execute(
        "INSERT INTO contacts (key, manager_id, client_id, person_email, at, channel, call_id)"
        " VALUES (?,?,?,'',?,'call',?)", (f"call:{call_id}:{manager_id}", manager_id, client_id,
                                          at, call_id))

