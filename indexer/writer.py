"""Store analysed items: the single writer of mail and calendar data.

Each batch and the checkpoint that follows it commit in one transaction, so
a crash at any moment leaves the database at a batch boundary and a re-run
resumes from the last stored checkpoint. Every insert is keyed by natural
ids (mailbox + Message-ID, mailbox + calendar + remote id), so replaying a
batch changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.deals import update_deal
from dealtrail.domain import Checkpoint, Deletion, Event, FlagUpdate, Folder
from dealtrail.store import transaction
from indexer.analyze import Analysis, is_freemail
from indexer.classify import domain_of

log = logging.getLogger(__name__)

SUBJECT_THREAD_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class IndexFailure:
    """An item that could not be indexed; recorded in index_errors, never fatal."""

    remote_id: str
    error: str
    detail: str = ""


@dataclass
class BatchResult:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    events: int = 0
    failed: int = 0
    clients: set[int] = field(default_factory=set)


class Writer:
    """Writes one mailbox's batches; keeps small caches for the run."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings, mailbox_id: int,
                 owner: str) -> None:
        self.db = db
        self.conn = db.conn
        self.settings = settings
        self.mailbox_id = mailbox_id
        self.owner = owner.lower()
        self.internal = frozenset(d.lower() for d in settings.company.internal_domains)
        self.manager_ids = {r[0]: r[1] for r in self.conn.execute("SELECT email, id FROM managers")}
        self.owner_id = self.manager_ids.get(self.owner)
        self._client_by_domain: dict[str, int | None] = {}
        self._client_by_person: dict[str, int | None] = {}

    # -- batches -----------------------------------------------------------------------
    def write_batch(self, folder: Folder, items: Iterable[Any], checkpoint: Checkpoint | None
                    ) -> BatchResult:
        """Store the items and then the checkpoint, all in one transaction."""
        result = BatchResult()
        stamp = clock.iso(clock.now())
        with transaction(self.db):
            for item in items:
                if isinstance(item, Analysis):
                    self._message(folder, item, stamp, result)
                elif isinstance(item, Event):
                    self._event(folder, item, stamp, result)
                elif isinstance(item, Deletion):
                    self._deletion(folder, item, result)
                elif isinstance(item, FlagUpdate):
                    self._flags(folder, item, stamp, result)
                elif isinstance(item, IndexFailure):
                    self._failure(folder, item, stamp, result)
                else:  # pragma: no cover - a connector bug, not bad data
                    raise TypeError(f"cannot store {type(item).__name__}")
            if checkpoint is not None:
                self.conn.execute(
                    "INSERT INTO sync_state (mailbox_id, folder, role, checkpoint, items, updated_at)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT (mailbox_id, folder) DO UPDATE SET"
                    " checkpoint=excluded.checkpoint, role=excluded.role,"
                    " items=sync_state.items + excluded.items, updated_at=excluded.updated_at",
                    (self.mailbox_id, folder.name, folder.role, json.dumps(checkpoint, sort_keys=True),
                     result.added + result.events, stamp),
                )
        return result

    # -- clients -----------------------------------------------------------------------
    def client_for(self, address: str, name: str = "") -> int | None:
        """The client an external address belongs to, creating it when allowed."""
        address = address.lower()
        domain = domain_of(address)
        if not domain or domain in self.internal:
            return None
        if is_freemail(address):
            if address not in self._client_by_person:
                self._client_by_person[address] = self._client_row(
                    f"person:{address}", name or address, "person", domain=None)
            return self._client_by_person[address]
        if domain not in self._client_by_domain:
            row = self.conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                    (domain,)).fetchone()
            if row:
                self._client_by_domain[domain] = row[0]
            else:
                parent = _parent_domain(domain)
                row = self.conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                        (parent,)).fetchone() if parent else None
                if row:
                    self._client_by_domain[domain] = row[0]
                elif self.settings.clients.auto_create:
                    self._client_by_domain[domain] = self._client_row(
                        f"domain:{domain}", domain, "auto", domain=domain)
                else:
                    self._client_by_domain[domain] = None
        return self._client_by_domain[domain]

    def _client_row(self, key: str, name: str, source: str, domain: str | None) -> int:
        row = self.conn.execute("SELECT id FROM clients WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        cur = self.conn.execute(
            "INSERT INTO clients (name, owner_email, segment, source, key, created_at)"
            " VALUES (?, ?, '', ?, ?, ?)",
            (name, self.owner if self.owner_id else None, source, key, clock.iso(clock.now())))
        client_id = int(cur.lastrowid or 0)
        if domain:
            self.conn.execute("INSERT OR IGNORE INTO client_domains (domain, client_id) VALUES (?,?)",
                              (domain, client_id))
        return client_id

    # -- messages ----------------------------------------------------------------------
    def _message(self, folder: Folder, a: Analysis, stamp: str, result: BatchResult) -> None:
        msg = a.msg
        key = msg.message_id
        existing = self.conn.execute(
            "SELECT id, folder, remote_id, flags, deleted, client_id FROM messages"
            " WHERE mailbox_id = ? AND message_key = ?", (self.mailbox_id, key)).fetchone()
        flags = json.dumps(sorted(msg.flags))
        if existing:
            if (existing[1] == folder.name and existing[2] != msg.remote_id and not existing[4]
                    and _same_generation(existing[2], msg.remote_id)):
                # A second copy with the same Message-ID in the same folder: one message.
                # Recording the copy keeps it from being offered again on every run.
                self._failure(folder, IndexFailure(msg.remote_id, "duplicate",
                                                   f"same Message-ID as {existing[2]}"), stamp, result)
                result.failed -= 1
                return
            # Seen before (another folder, a UIDVALIDITY rescan, a replayed batch):
            # refresh where it lives, never infer twice.
            if (existing[1], existing[2], existing[3], existing[4]) != (folder.name, msg.remote_id,
                                                                         flags, 0):
                self.conn.execute("UPDATE messages SET folder=?, remote_id=?, flags=?, deleted=0"
                                  " WHERE id=?", (folder.name, msg.remote_id, flags, existing[0]))
                result.updated += 1
            return
        client_id = None
        for address in a.counterparts:
            name = msg.from_name if address == msg.from_addr else ""
            client_id = self.client_for(address, name)
            if client_id:
                break
        if a.direction == "out":
            manager_id = self.manager_ids.get(msg.from_addr, self.owner_id)
        else:
            manager_id = self.owner_id
        thread_id = self._thread(a, client_id)
        cur = self.conn.execute(
            "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id,"
            " in_reply_to, thread_id, subject, from_addr, from_name, to_addrs, cc_addrs, sent_at,"
            " direction, automated, client_id, manager_id, lang, has_attachment, has_link,"
            " is_request, size, flags, snippet, new_text, deleted, indexed_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
            (self.mailbox_id, key, folder.name, msg.remote_id, msg.message_id,
             msg.in_reply_to or "", thread_id, msg.subject, msg.from_addr, msg.from_name,
             json.dumps(list(msg.to)), json.dumps(list(msg.cc)), clock.iso(msg.sent_at),
             a.direction, a.automated, client_id, manager_id, a.lang, int(msg.has_attachment),
             int(a.has_link), int(a.is_request), msg.size, flags, a.snippet, a.new_text, stamp),
        )
        row_id = int(cur.lastrowid or 0)
        self.conn.execute("INSERT INTO messages_fts (rowid, subject, new_text) VALUES (?,?,?)",
                          (row_id, msg.subject, a.new_text))
        result.added += 1
        if client_id:
            result.clients.add(client_id)
        self._thread_activity(thread_id, a)
        if client_id and manager_id and a.direction in ("in", "out"):
            self.conn.execute(
                "INSERT OR IGNORE INTO contacts (key, manager_id, client_id, person_email, at,"
                " channel, message_id) VALUES (?,?,?,?,?,?,?)",
                (f"email:{key}:{manager_id}", manager_id, client_id,
                 a.counterparts[0] if a.counterparts else "", clock.iso(msg.sent_at),
                 "email_out" if a.direction == "out" else "email_in", row_id))
        party = "manager" if a.direction == "out" else "client"
        for intent in a.intents:
            self.conn.execute(
                "INSERT OR IGNORE INTO promises (message_id, party, action, text, span_start,"
                " span_end, made_at, due_at, due_grain, manager_id, client_id, thread_id, status)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'open')",
                (row_id, party, intent.action, intent.sentence, intent.start, intent.end,
                 clock.iso(msg.sent_at), clock.iso(intent.due) if intent.due else None,
                 intent.due_grain, manager_id, client_id, thread_id))
            if party == "manager" and intent.due and client_id and manager_id:
                self._next_contact_from(client_id, manager_id, intent.due, "promise", key)
        if a.direction == "in" and client_id and (a.complaint or "complaint" in a.tag_flags):
            text = a.complaint.sentence if a.complaint else a.snippet
            source = "inferred" if a.complaint else "keyword"
            self.conn.execute(
                "INSERT OR IGNORE INTO complaints (key, client_id, manager_id, message_id, text,"
                " source, opened_at, status) VALUES (?,?,?,?,?,?,?,'open')",
                (f"message:{key}", client_id, manager_id, row_id, text[:1000], source,
                 clock.iso(msg.sent_at)))

    def _thread(self, a: Analysis, client_id: int | None) -> int:
        msg = a.msg
        refs = [r for r in (msg.references + ((msg.in_reply_to,) if msg.in_reply_to else ())) if r]
        if refs:
            marks = ",".join("?" * len(refs))
            row = self.conn.execute(
                f"SELECT thread_id FROM messages WHERE message_id IN ({marks})"
                " AND thread_id IS NOT NULL LIMIT 1", refs).fetchone()
            if row:
                return int(row[0])
            key = refs[0]
        else:
            key = msg.message_id
            if a.subject_norm and a.subject_norm != msg.subject.strip().casefold():
                # A reply without headers linking it: same client, same subject, recent.
                since = clock.iso(msg.sent_at - SUBJECT_THREAD_WINDOW)
                row = self.conn.execute(
                    "SELECT id FROM threads WHERE subject = ? AND (client_id = ? OR ? IS NULL)"
                    " AND last_at >= ? ORDER BY last_at DESC LIMIT 1",
                    (a.subject_norm, client_id, client_id, since)).fetchone()
                if row:
                    return int(row[0])
        row = self.conn.execute("SELECT id FROM threads WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        sent = clock.iso(msg.sent_at)
        cur = self.conn.execute(
            "INSERT INTO threads (key, subject, client_id, first_at, last_at) VALUES (?,?,?,?,?)",
            (key, a.subject_norm, client_id, sent, sent))
        return int(cur.lastrowid or 0)

    def _thread_activity(self, thread_id: int, a: Analysis) -> None:
        sent = clock.iso(a.msg.sent_at)
        t = self.conn.execute(
            "SELECT first_at, last_at, last_inbound_at, last_outbound_at, awaiting_reply_since,"
            " client_id FROM threads WHERE id = ?", (thread_id,)).fetchone()
        first_at, last_at, last_in, last_out, awaiting, t_client = t
        first_at = min(first_at or sent, sent)
        last_at = max(last_at or sent, sent)
        if a.direction == "in":
            last_in = max(last_in or sent, sent)
            if not last_out or sent > last_out:
                awaiting = min(awaiting or sent, sent)
        elif a.direction == "out":
            last_out = max(last_out or sent, sent)
            if awaiting and sent >= awaiting:
                later = self.conn.execute(
                    "SELECT min(sent_at) FROM messages WHERE thread_id = ? AND direction = 'in'"
                    " AND sent_at > ?", (thread_id, last_out)).fetchone()[0]
                awaiting = later
        self.conn.execute(
            "UPDATE threads SET first_at=?, last_at=?, last_inbound_at=?, last_outbound_at=?,"
            " awaiting_reply_since=? WHERE id=?",
            (first_at, last_at, last_in, last_out, awaiting, thread_id))

    def _next_contact_from(self, client_id: int, manager_id: int, when: datetime, source: str,
                           ref: str) -> None:
        """A future meeting (or a dated promise) sets the next contact of the client's open deals.

        A promise only fills an empty next-contact date. A meeting also replaces a
        date that has passed or that is later than the meeting; a date set by hand
        (tag, pane) earlier than the meeting is kept.
        """
        moment = clock.iso(when)
        now = clock.iso(clock.now())
        for deal_id, current in self.conn.execute(
                "SELECT id, next_contact_at FROM deals WHERE client_id = ?"
                " AND status = 'open' AND (manager_id = ? OR manager_id IS NULL)",
                (client_id, manager_id)).fetchall():
            if source == "promise":
                replace = current is None
            else:
                replace = current is None or current < now or moment < current
            if not replace or current == moment:
                continue
            update_deal(self.db, deal_id, {"next_contact_at": moment, "next_contact_source": source},
                        actor="dealtrail", source=source, source_ref=ref)

    # -- calendar ----------------------------------------------------------------------
    def _event(self, folder: Folder, ev: Event, stamp: str, result: BatchResult) -> None:
        client_id = None
        for address in (ev.organizer,) + ev.attendees:
            if address:
                client_id = self.client_for(address)
                if client_id:
                    break
        values = (ev.uid, ev.recurrence_id or "", ev.summary[:500], ev.location[:500],
                  clock.iso(ev.start), clock.iso(ev.end), int(ev.all_day), ev.organizer.lower(),
                  json.dumps([a.lower() for a in ev.attendees]), ev.status, client_id,
                  self.owner_id)
        row = self.conn.execute(
            "SELECT id FROM events WHERE mailbox_id = ? AND calendar = ? AND remote_id = ?",
            (self.mailbox_id, folder.name, ev.remote_id)).fetchone()
        if row:
            event_id = int(row[0])
            self.conn.execute(
                "UPDATE events SET uid=?, recurrence_id=?, summary=?, location=?, start_at=?,"
                " end_at=?, all_day=?, organizer=?, attendees=?, status=?, client_id=?,"
                " manager_id=?, deleted=0 WHERE id=?", values + (event_id,))
            self.conn.execute("DELETE FROM contacts WHERE event_id = ?", (event_id,))
        else:
            cur = self.conn.execute(
                "INSERT INTO events (uid, recurrence_id, summary, location, start_at, end_at,"
                " all_day, organizer, attendees, status, client_id, manager_id, mailbox_id,"
                " calendar, remote_id, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                values + (self.mailbox_id, folder.name, ev.remote_id, stamp))
            event_id = int(cur.lastrowid or 0)
        result.events += 1
        if not client_id or not self.owner_id or ev.status == "cancelled":
            return
        result.clients.add(client_id)
        if ev.start <= clock.now():
            self.conn.execute(
                "INSERT OR IGNORE INTO contacts (key, manager_id, client_id, person_email, at,"
                " channel, event_id) VALUES (?,?,?,?,?,'meeting',?)",
                (f"event:{self.mailbox_id}:{folder.name}:{ev.remote_id}", self.owner_id, client_id,
                 "", clock.iso(ev.start), event_id))
        else:
            self._next_contact_from(client_id, self.owner_id, ev.start, "calendar", ev.uid)

    # -- deletions, flags, failures ----------------------------------------------------
    def _deletion(self, folder: Folder, item: Deletion, result: BatchResult) -> None:
        table = "events" if folder.role == "calendar" else "messages"
        cur = self.conn.execute(
            f"UPDATE {table} SET deleted = 1 WHERE mailbox_id = ? AND {'calendar' if table == 'events' else 'folder'} = ?"
            " AND remote_id = ? AND deleted = 0", (self.mailbox_id, folder.name, item.remote_id))
        if table == "events" and cur.rowcount:
            self.conn.execute(
                "DELETE FROM contacts WHERE event_id IN (SELECT id FROM events WHERE mailbox_id = ?"
                " AND calendar = ? AND remote_id = ?)", (self.mailbox_id, folder.name, item.remote_id))
        result.deleted += cur.rowcount

    def _flags(self, folder: Folder, item: FlagUpdate, stamp: str, result: BatchResult) -> None:
        row = self.conn.execute(
            "SELECT id, client_id, manager_id, message_key, snippet, sent_at, direction FROM messages"
            " WHERE mailbox_id = ? AND folder = ? AND remote_id = ?",
            (self.mailbox_id, folder.name, item.remote_id)).fetchone()
        if not row:
            return
        self.conn.execute("UPDATE messages SET flags = ? WHERE id = ?",
                          (json.dumps(sorted(item.flags)), row[0]))
        result.updated += 1
        if row[1] and any(f.lower() in ("dealtrail-complaint", "$dealtrail-complaint")
                          for f in item.flags):
            self.conn.execute(
                "INSERT OR IGNORE INTO complaints (key, client_id, manager_id, message_id, text,"
                " source, opened_at, status) VALUES (?,?,?,?,?,'keyword',?,'open')",
                (f"message:{row[3]}", row[1], row[2], row[0], row[4], row[5]))
            result.clients.add(row[1])

    def _failure(self, folder: Folder, item: IndexFailure, stamp: str, result: BatchResult) -> None:
        self.conn.execute(
            "INSERT INTO index_errors (mailbox_id, folder, remote_id, error, detail, seen_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (mailbox_id, folder, remote_id) DO UPDATE SET"
            " error=excluded.error, detail=excluded.detail, seen_at=excluded.seen_at",
            (self.mailbox_id, folder.name, item.remote_id, item.error, item.detail[:2000], stamp))
        result.failed += 1


def _same_generation(old: str, new: str) -> bool:
    """Whether two remote ids come from the same listing (IMAP: the same UIDVALIDITY prefix).

    A new UIDVALIDITY means the server renumbered the folder; the row then moves
    to the new id instead of treating the message as a copy.
    """
    old_prefix, _, _ = old.rpartition(":")
    new_prefix, _, _ = new.rpartition(":")
    return old_prefix == new_prefix


def _parent_domain(domain: str) -> str:
    parts = domain.split(".")
    return ".".join(parts[1:]) if len(parts) > 2 else ""
