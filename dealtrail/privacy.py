"""Retention and erasure: message text removed after its time, a person's data removed on request.

``purge_text`` removes the text of messages sent before a moment (the new text,
the snippet, the full-text index entry and the sentences quoted as evidence) and
keeps every count and fact (dates, statuses, amounts), so reports for past
periods do not change. ``forget`` removes everything about one client or one
address. Both finish with :func:`scrub`: FTS segments merged, the WAL
checkpointed and truncated, the file vacuumed, so the removed text is gone
from the raw files too (with ``secure_delete`` on, freed pages are zeroed).
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.addresses import clients_named
from dealtrail.config import Settings
from dealtrail.errors import DealtrailError
from dealtrail.messages import Msg
from dealtrail.store import transaction

log = logging.getLogger(__name__)


@dataclass
class PurgeReport:
    messages: int = 0
    failed: bool = False

    def line(self) -> str:
        return Msg("purge_line", messages=self.messages)


def purge_text(db: sqlite_utils.Database, before: datetime,
               mailboxes: list[str] | None = None) -> PurgeReport:
    """Remove the text of messages sent before ``before`` (of the named mailboxes, or all)."""
    conn = db.conn
    conn.execute("PRAGMA secure_delete=ON")
    where = "sent_at < ? AND text_purged_at IS NULL"
    params: list[object] = [clock.iso(before)]
    if mailboxes is not None:
        if not mailboxes:
            return PurgeReport()
        where += f" AND mailbox_id IN (SELECT id FROM mailboxes WHERE name IN ({','.join('?' * len(mailboxes))}))"
        params += mailboxes
    with transaction(db):
        conn.execute("DROP TABLE IF EXISTS temp.purged")
        conn.execute(f"CREATE TEMP TABLE purged AS SELECT id, message_id, message_key FROM messages"
                     f" WHERE {where}", params)
        count = conn.execute("SELECT count(*) FROM temp.purged").fetchone()[0]
        _unindex(conn)
        conn.execute("INSERT INTO messages_fts (rowid, subject, new_text)"
                     " SELECT m.id, m.subject, '' FROM messages m JOIN temp.purged p ON p.id = m.id")
        conn.execute("UPDATE messages SET snippet = '', new_text = '', text_purged_at = ?"
                     " WHERE id IN (SELECT id FROM temp.purged)", (clock.iso(clock.now()),))
        _blank_quotes(conn)
        conn.execute("DROP TABLE temp.purged")
    scrub(db)
    return PurgeReport(count)


def purge_due(db: sqlite_utils.Database, settings: Settings) -> PurgeReport:
    """The scheduled purge: each mailbox's text once it is older than its tier's ``text_days``."""
    total = PurgeReport()
    days = settings.privacy.text_days
    for tier, keep in sorted(days.items()):
        if keep <= 0:
            continue
        names = [m.name for m in settings.mailboxes if settings.privacy.tier_of(m) == tier]
        total.messages += purge_text(db, clock.now() - _days(keep), names).messages
    return total


def _days(n: int) -> timedelta:
    return timedelta(days=n)


def _unindex(conn: object) -> None:
    # External-content FTS: an entry is removed by giving back exactly what was indexed.
    conn.execute(  # type: ignore[attr-defined]
        "INSERT INTO messages_fts (messages_fts, rowid, subject, new_text)"
        " SELECT 'delete', m.id, m.subject, m.new_text FROM messages m"
        " JOIN temp.purged p ON p.id = m.id")


def _blank_quotes(conn: object) -> None:
    """The sentences quoted from the messages in temp.purged, wherever they are kept."""
    run = conn.execute  # type: ignore[attr-defined]
    ids = "(SELECT id FROM temp.purged)"
    # A violation's summary quotes its promise or complaint: the quote becomes an ellipsis.
    run("UPDATE violations SET summary = replace(summary, (SELECT p.text FROM promises p"
        " WHERE p.id = violations.promise_id), '…') WHERE promise_id IN (SELECT id FROM promises"
        f" WHERE message_id IN {ids} AND text != '')")
    run("UPDATE violations SET summary = replace(summary, json_extract(evidence, '$.text'), '…')"
        " WHERE json_valid(evidence) AND json_extract(evidence, '$.text') != ''"
        f" AND json_extract(evidence, '$.message_id') IN {ids}")
    # a correction label keeps the sentence it corrected: it goes with the message's text
    run("UPDATE labels SET sentence = '' WHERE sentence IN (SELECT text FROM promises WHERE"
        f" message_id IN {ids} AND text != '' UNION SELECT text FROM complaints WHERE message_id"
        f" IN {ids} AND text != '')")
    run(f"UPDATE promises SET text = '' WHERE message_id IN {ids}")
    run(f"UPDATE complaints SET text = '' WHERE message_id IN {ids}")
    run(f"UPDATE deal_signals SET text = '' WHERE message_id IN {ids}")
    run("UPDATE tag_commands SET raw_text = '', parsed = '[]'"
        " WHERE message_key IN (SELECT message_key FROM temp.purged)")
    run("UPDATE violations SET evidence = json_set(evidence, '$.text', '')"
        " WHERE json_valid(evidence) AND json_extract(evidence, '$.text') IS NOT NULL"
        f" AND json_extract(evidence, '$.message_id') IN {ids}")
    run("UPDATE deals SET stage_evidence = json_set(stage_evidence, '$.quote', '')"
        " WHERE json_valid(stage_evidence) AND json_extract(stage_evidence, '$.quote') != ''"
        " AND json_extract(stage_evidence, '$.message_id') IN"
        " (SELECT message_id FROM temp.purged)")
    for column in ("old_value", "new_value"):
        run(f"UPDATE deal_history SET {column} = json_set({column}, '$.quote', '')"
            f" WHERE field = 'stage_evidence' AND json_valid({column})"
            f" AND json_extract({column}, '$.quote') != ''"
            f" AND json_extract({column}, '$.message_id') IN (SELECT message_id FROM temp.purged)")


def _forget_labels(conn: Any, client_ids: list[int]) -> int:
    """Correction labels about the messages in temp.purged or the clients: their sentence is
    the client's or manager's own words, so they go with them (the company's fitted layer
    keeps only hashed features)."""
    marks = ",".join("?" * len(client_ids)) or "NULL"
    ids = "(SELECT id FROM temp.purged)"
    codes = [r[0] for r in conn.execute(
        f"SELECT 'C-' || id FROM complaints WHERE message_id IN {ids} OR client_id IN ({marks})"
        " UNION SELECT 'V-' || id FROM violations WHERE client_id IN"
        f" ({marks}) OR (json_valid(evidence) AND json_extract(evidence, '$.message_id') IN {ids})"
        f" OR promise_id IN (SELECT id FROM promises WHERE message_id IN {ids})",
        [*client_ids, *client_ids])]
    texts = [r[0] for r in conn.execute(
        f"SELECT text FROM complaints WHERE (message_id IN {ids} OR client_id IN ({marks}))"
        f" AND text != '' UNION SELECT text FROM promises WHERE (message_id IN {ids}"
        f" OR client_id IN ({marks})) AND text != ''", [*client_ids, *client_ids])]
    removed = 0
    for chunk in range(0, max(len(codes), len(texts)), 500):
        c, t = codes[chunk:chunk + 500], texts[chunk:chunk + 500]
        removed += conn.execute(
            f"DELETE FROM labels WHERE target IN ({','.join('?' * len(c)) or 'NULL'})"
            f" OR sentence IN ({','.join('?' * len(t)) or 'NULL'})", [*c, *t]).rowcount
    return removed


def scrub(db: sqlite_utils.Database) -> None:
    """Make removed text unrecoverable from the files: merge FTS, empty the WAL, vacuum."""
    conn = db.conn
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ---------------------------------------------------------------------------- erasure

@dataclass
class ForgetReport:
    scope: str                       # client | address
    rows: int = 0
    files: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return Msg("forget_client_line" if self.scope == "client" else "forget_address_line",
                   rows=self.rows, files=len(self.files))


def forget(db: sqlite_utils.Database, settings: Settings, *, client: str = "",
           address: str = "") -> ForgetReport:
    """Remove every trace of one client (by name or domain) or one address.

    The erasure is recorded in ``erasures`` with its time, the operating-system
    user who ran it, the scope and counts: nothing that names the person.
    """
    conn = db.conn
    conn.execute("PRAGMA secure_delete=ON")
    address = address.strip().lower()
    report = ForgetReport("client" if client else "address")
    names: set[str] = set()
    with transaction(db):
        client_ids: list[int] = []
        if client:
            client_ids = _client_ids(conn, client)
        if address:
            client_ids += [r[0] for r in conn.execute(
                "SELECT id FROM clients WHERE key = ?", (f"person:{address}",))]
            names.add(address)
        for cid in client_ids:
            names.update(r[0] for r in conn.execute("SELECT name FROM clients WHERE id = ?", (cid,)))
            names.update(r[0] for r in conn.execute(
                "SELECT domain FROM client_domains WHERE client_id = ?", (cid,)))
        marks = ",".join("?" * len(client_ids))
        conn.execute("DROP TABLE IF EXISTS temp.purged")
        conn.execute("CREATE TEMP TABLE purged (id INTEGER PRIMARY KEY, message_id TEXT,"
                     " message_key TEXT)")
        if client_ids:
            conn.execute(f"INSERT OR IGNORE INTO temp.purged SELECT id, message_id, message_key"
                         f" FROM messages WHERE client_id IN ({marks})", client_ids)
        if address:
            like = f'%"{address}"%'
            conn.execute(
                "INSERT OR IGNORE INTO temp.purged SELECT id, message_id, message_key FROM messages"
                " WHERE lower(from_addr) = ? OR lower(to_addrs) LIKE ? OR lower(cc_addrs) LIKE ?"
                " OR lower(bcc_addrs) LIKE ?", (address, like, like, like))
        _unindex(conn)
        ids = "(SELECT id FROM temp.purged)"
        report.rows += _forget_labels(conn, client_ids)
        steps = [
            f"DELETE FROM violations WHERE json_valid(evidence) AND"
            f" json_extract(evidence, '$.message_id') IN {ids}",
            f"DELETE FROM violations WHERE promise_id IN (SELECT id FROM promises WHERE message_id IN {ids})",
            f"UPDATE promises SET fulfilled_message_id = NULL WHERE fulfilled_message_id IN {ids}",
            f"DELETE FROM promises WHERE message_id IN {ids}",
            f"DELETE FROM complaints WHERE message_id IN {ids}",
            f"DELETE FROM deal_signals WHERE message_id IN {ids}",
            f"DELETE FROM contacts WHERE message_id IN {ids}",
            f"DELETE FROM client_phones WHERE message_id IN {ids}",
            "DELETE FROM tag_commands WHERE message_key IN (SELECT message_key FROM temp.purged)",
            "DELETE FROM deal_history WHERE source_ref IN (SELECT message_id FROM temp.purged)",
            f"DELETE FROM messages WHERE id IN {ids}",
        ]
        if client_ids:
            in_clients = f"IN ({marks})"
            deals = f"(SELECT id FROM deals WHERE client_id {in_clients})"
            steps_clients = [
                f"DELETE FROM violations WHERE client_id {in_clients} OR deal_id IN {deals}",
                f"DELETE FROM deal_history WHERE deal_id IN {deals}",
                f"DELETE FROM promises WHERE client_id {in_clients}",
                f"DELETE FROM complaints WHERE client_id {in_clients}",
                f"DELETE FROM deal_signals WHERE client_id {in_clients}",
                f"DELETE FROM contacts WHERE client_id {in_clients}",
                f"DELETE FROM calls WHERE client_id {in_clients}",
                f"UPDATE sales SET deal_id = NULL WHERE deal_id IN {deals}",
                f"UPDATE sales SET client_id = NULL WHERE client_id {in_clients}",
                f"DELETE FROM deals WHERE client_id {in_clients}",
                f"DELETE FROM contacts WHERE event_id IN (SELECT id FROM events WHERE client_id"
                f" {in_clients})",
                f"DELETE FROM events WHERE client_id {in_clients}",
                f"DELETE FROM client_phones WHERE client_id {in_clients}",
                f"DELETE FROM client_domains WHERE client_id {in_clients}",
                f"DELETE FROM people WHERE client_id {in_clients}",
                f"DELETE FROM post_sync_pending WHERE client_id {in_clients}",
            ]
        else:
            steps_clients = []
        for sql in steps[:-1]:
            report.rows += conn.execute(sql).rowcount
        for sql in steps_clients:
            report.rows += conn.execute(sql, _repeat(client_ids, sql)).rowcount
        report.rows += conn.execute(steps[-1]).rowcount
        report.rows += conn.execute(
            "DELETE FROM threads WHERE id NOT IN (SELECT thread_id FROM messages"
            " WHERE thread_id IS NOT NULL) AND id NOT IN (SELECT thread_id FROM promises"
            " WHERE thread_id IS NOT NULL) AND id NOT IN (SELECT thread_id FROM deal_signals"
            " WHERE thread_id IS NOT NULL)").rowcount
        if address:
            report.rows += conn.execute("DELETE FROM people WHERE lower(email) = ?", (address,)).rowcount
            # Meetings stay (they are the manager's), without the person on them.
            report.rows += conn.execute(
                "UPDATE events SET attendees = (SELECT json_group_array(value) FROM"
                " json_each(events.attendees) WHERE lower(value) != :a),"
                " organizer = CASE WHEN lower(organizer) = :a THEN '' ELSE organizer END"
                " WHERE lower(attendees) LIKE :like OR lower(organizer) = :a",
                {"a": address, "like": f'%"{address}"%'}).rowcount
        if client_ids:
            report.rows += conn.execute(f"DELETE FROM clients WHERE id IN ({marks})",
                                        client_ids).rowcount
        conn.execute("DROP TABLE temp.purged")
        conn.execute("INSERT INTO erasures (at, operator, scope, rows) VALUES (?,?,?,?)",
                     (clock.iso(clock.now()), _operator(), report.scope, report.rows))
    report.files = _forget_files(settings, names)
    scrub(db)
    return report


def _repeat(client_ids: list[int], sql: str) -> list[int]:
    """The client ids once per ``IN (...)`` list in ``sql``."""
    return client_ids * sql.count(f"IN ({','.join('?' * len(client_ids))})")


def _client_ids(conn: sqlite3.Connection, named: str) -> list[int]:
    # The exact name in any case (never a looser match: this erases), or a listed domain.
    ids = sorted({*clients_named(conn, named),
                  *(r[0] for r in conn.execute(
                      "SELECT client_id FROM client_domains WHERE domain = ?",
                      (named.strip().lower(),)))})
    if not ids:
        raise DealtrailError(f"forget --client {named}: no client has this name or domain; "
                             "`dealtrail report pipeline` lists the clients")
    return ids


def _forget_files(settings: Settings, names: set[str]) -> list[Path]:
    """Digest files kept on disk that name the client or address: removed (they are rebuilt)."""
    if not settings.digest.out_dir or not names:
        return []
    folder = settings.path(settings.digest.out_dir)
    needles = {n.encode() for name in names if name for n in (name, escape(name))}
    removed = []
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.is_file() and any(n in path.read_bytes() for n in needles):
            path.unlink()
            removed.append(path)
    return removed


def remove_backups(db_path: Path) -> list[Path]:
    """The copies made before migrations (``<name>.bak-*``): they still hold removed text."""
    removed = []
    for path in sorted(db_path.parent.glob(db_path.name + ".bak-*")):
        path.unlink()
        removed.append(path)
    return removed


def _operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        return ""
