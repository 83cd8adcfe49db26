"""Store analysed items: the single writer of mail and calendar data.

Each batch and the checkpoint that follows it commit in one transaction, so
a crash at any moment leaves the database at a batch boundary and a re-run
resumes from the last stored checkpoint. Every insert is keyed by natural
ids (mailbox + Message-ID, mailbox + calendar + remote id), so replaying a
batch changes nothing.

Messages are stored set-based: for each run of messages in a batch the
writer loads what the run needs in a few ``IN (...)`` queries (known message
keys, the threads of referenced Message-IDs, threads by key, the clients of its
counterparts), resolves every message in order in Python (a message sees the
ones before it in the same batch), and then writes rows with ``executemany``
and one UPDATE per touched thread. Row ids are assigned up front exactly as
SQLite would, so the stored content is the same as writing one row at a time.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.addresses import domain_of, is_freemail, lookup
from dealtrail.calls import link_calls
from dealtrail.config import Settings
from dealtrail.domain import Checkpoint, Deletion, Event, FlagUpdate, Folder
from dealtrail.store import transaction
from indexer.analysis import Analysis
from indexer.neverread import Skipped
from indexer.writer_clients import ClientRows
from indexer.writer_clients import chunks as _chunks
from indexer.writer_clients import marks as _marks
from indexer.writer_parties import Parties

log = logging.getLogger(__name__)

#: Where meetings read from invitations in mail are kept (a fallback calendar).
INVITATIONS = Folder("invitations", "calendar")
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
    skipped: int = 0
    clients: set[int] = field(default_factory=set)


class Writer(Parties):
    """Writes one mailbox's batches; keeps small caches for the run."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings, mailbox_id: int,
                 owner: str, tier: str = "", *, commands: bool = False) -> None:
        self.db = db
        #: What of a message is written (dealtrail.config.PRIVACY_TIERS): inference has
        #: read the whole message in memory; only the tier's part reaches the disk.
        self.tier = tier or settings.privacy.tier
        self.only_clients = settings.privacy.only_clients
        #: A tags mailbox: every message in it may carry commands, read from its new text.
        self.commands = commands
        self.conn = db.conn
        self.settings = settings
        self.mailbox_id = mailbox_id
        self.owner = owner.lower()
        self.internal = frozenset(d.lower() for d in settings.company.internal_domains)
        self.manager_ids = {r[0]: r[1] for r in self.conn.execute("SELECT email, id FROM managers")}
        self.owner_id = self.manager_ids.get(self.owner)
        self._client_by_domain: dict[str, int | None] = {}
        self._client_by_person: dict[str, int | None] = {}
        self._thread_by_key: dict[str, int] = {}   # threads are never deleted or re-keyed
        #: While a run of messages is resolved: what the client lookups of its counterparts
        #: need, loaded up front, and the clients it creates (stored with its other rows).
        self._clients: ClientRows | None = None
        #: Intermediaries (brokers, dealers, agents: clients.kind), the clients a person
        #: named (the directory, a tag: the mail never re-kinds them), and the ones this run
        #: found, with their evidence, until stored.
        self._intermediaries: set[int] = set()
        self._named: set[int] = set()
        self._marked: dict[int, str] = {}
        self._companies: list[tuple[int, str, list[str]]] = []
        self._company_ids: set[int] = set()
        self._phones: dict[str, int] = {}
        self._ties: list[tuple[str, int, str, str]] = []
        #: Letters of a thread to move from an intermediary to its end client (Message-ID of
        #: the letter that showed it, intermediary, end client), once the run is stored.
        self._refile: list[tuple[str, int, int]] = []

    # -- batches -----------------------------------------------------------------------
    def write_batch(self, folder: Folder, items: Iterable[Any], checkpoint: Checkpoint | None
                    ) -> BatchResult:
        """Store the items and then the checkpoint, all in one transaction."""
        result = BatchResult()
        stamp = clock.iso(clock.now())
        try:
            with transaction(self.db):
                self._kinds()
                self._items(folder, items, checkpoint, stamp, result)
                # The post-sync step runs for these clients even if this process dies
                # before it gets there (see dealtrail/refresh.py).
                self.conn.executemany("INSERT INTO post_sync_pending (client_id) VALUES (?)",
                                      [(c,) for c in sorted(result.clients)])
        except BaseException:
            # The rollback removed rows the run-level caches may name.
            self._forget()
            raise
        return result

    def _items(self, folder: Folder, items: Iterable[Any], checkpoint: Checkpoint | None,
               stamp: str, result: BatchResult) -> None:
        run: list[Analysis] = []
        for item in items:
            if isinstance(item, Analysis):
                if self.only_clients and not self._involves_client(item):
                    result.skipped += 1
                    continue
                run.append(item)
                continue
            if run:
                # Whatever follows a run of messages sees them stored.
                self._messages(folder, run, stamp, result)
                run = []
            if isinstance(item, Event):
                self._event(folder, item, stamp, result)
            elif isinstance(item, Deletion):
                self._deletion(folder, item, result)
            elif isinstance(item, FlagUpdate):
                self._flags(folder, item, stamp, result)
            elif isinstance(item, IndexFailure):
                self._failure(folder, item, stamp, result)
            elif isinstance(item, Skipped):
                result.skipped += 1
            else:  # pragma: no cover - a connector bug, not bad data
                raise TypeError(f"cannot store {type(item).__name__}")
        if run:
            self._messages(folder, run, stamp, result)
        if checkpoint is not None:
            self.conn.execute(
                "INSERT INTO sync_state (mailbox_id, folder, role, checkpoint, items, updated_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT (mailbox_id, folder) DO UPDATE SET"
                " checkpoint=excluded.checkpoint, role=excluded.role,"
                " items=sync_state.items + excluded.items, updated_at=excluded.updated_at",
                (self.mailbox_id, folder.name, folder.role, json.dumps(checkpoint, sort_keys=True),
                 result.added + result.events, stamp),
            )

    def _forget(self) -> None:
        self._marked.clear()
        self._ties.clear()
        self._refile.clear()
        self._client_by_domain.clear()
        self._client_by_person.clear()
        self._thread_by_key.clear()

    def _involves_client(self, a: Analysis) -> bool:
        """Allow-list mode: a counterpart belongs to a directory client, looked up as
        :meth:`client_for` looks it up (a listed free-mail address, else the domain or its
        nearest listed parent), or its address is known."""
        for address in a.counterparts:
            for d in lookup(address.lower())[0] if domain_of(address) else ():
                if self.conn.execute(
                        "SELECT 1 FROM client_domains cd JOIN clients c ON c.id = cd.client_id"
                        " WHERE cd.domain = ? AND c.source = 'directory'", (d,)).fetchone():
                    return True
            if self.conn.execute(
                    "SELECT 1 FROM people WHERE email = ? AND client_id IS NOT NULL UNION ALL"
                    " SELECT 1 FROM clients WHERE key = ? AND source = 'directory'",
                    (address, f"person:{address}")).fetchone():
                return True
        return False

    # -- clients -----------------------------------------------------------------------
    def client_for(self, address: str, name: str = "") -> int | None:
        """The client an external address belongs to (:func:`dealtrail.addresses.lookup`),
        creating it when allowed: a free-mail person always, a domain when
        ``clients.auto_create`` is on."""
        address = address.lower()
        domain = domain_of(address)
        if not domain or domain in self.internal:
            return None
        person = is_freemail(address)
        cache, cached = ((self._client_by_person, address) if person
                         else (self._client_by_domain, domain))
        if cached not in cache:
            domains, key = lookup(address)
            found = next((c for c in map(self._listed, domains) if c is not None), None)
            if found is None and person:
                found = self._client_row(key, name or address, "person", domain=None)
            elif found is None and self.settings.clients.auto_create:
                found = self._client_row(key, domain, "auto", domain=domain)
            cache[cached] = found
        return cache[cached]

    def _listed(self, domain: str) -> int | None:
        """The client whose domain (or free-mail address) this is in client_domains."""
        if self._clients is not None and domain in self._clients.asked:
            return self._clients.domains.get(domain)
        row = self.conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                (domain,)).fetchone()
        return int(row[0]) if row else None

    def _client_row(self, key: str, name: str, source: str, domain: str | None) -> int:
        rows = self._clients
        if rows is not None and key in rows.asked:
            return rows.keys.get(key) or rows.add(
                key, (name, self.owner if self.owner_id else None, source, key,
                      clock.iso(clock.now())), domain)
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
    def _messages(self, folder: Folder, analyses: list[Analysis], stamp: str,
                  result: BatchResult) -> None:
        """Store a run of messages set-based: a few lookups up front, ``executemany`` after.

        Messages are resolved one by one in order, exactly as if each were written
        before the next is read: the segment remembers what it has decided but not
        yet stored (message keys, reference ids, thread state), and stores it all
        before any query that could see the difference.
        """
        seg = _Segment(self, folder, analyses)
        self._clients = ClientRows(self, analyses)
        try:
            invited: list[Event] = []
            for a in analyses:
                if self._message(seg, folder, a, stamp, result) and a.invitations:
                    invited.extend(a.invitations)
            self._clients.flush()
            self._kinds_flush()
            seg.flush()
            self._ties_flush(result)
            self._refile_flush(result)
        finally:
            self._clients = None
        for ev in invited:
            self._invitation(ev, stamp, result)

    def _message(self, seg: _Segment, folder: Folder, a: Analysis, stamp: str,
                 result: BatchResult) -> bool:
        """Store one message (or refresh where it lives); True when it is new."""
        msg = a.msg
        key = msg.message_id
        existing = seg.existing.get(key)
        if existing and existing[5] and a.digest and existing[5] != a.digest:
            # Another message under a Message-ID already stored (reused by its sender or
            # a broken mailer): a message of its own, with its own facts.
            key = _variant_key(msg.message_id, a.digest)
            existing = seg.existing.get(key)
        flags = _json_list(msg.flags, sort=True)
        if existing:
            if (existing[1] == folder.name and existing[2] != msg.remote_id and not existing[4]
                    and _same_generation(existing[2], msg.remote_id)):
                # A second copy with the same Message-ID in the same folder: one message.
                # Recording the copy keeps it from being offered again on every run.
                self._failure(folder, IndexFailure(msg.remote_id, "duplicate",
                                                   f"same Message-ID as {existing[2]}"), stamp, result)
                result.failed -= 1
                return False
            # Seen before (another folder, a UIDVALIDITY rescan, a replayed batch):
            # refresh where it lives, never infer twice.
            digest = existing[5] or a.digest        # rows stored before digests get theirs
            if (existing[1], existing[2], existing[3], existing[4], existing[5]) != (
                    folder.name, msg.remote_id, flags, 0, digest):
                seg.message_updates.append((folder.name, msg.remote_id, flags, digest,
                                            existing[0]))
                seg.existing[key] = (existing[0], folder.name, msg.remote_id, flags, 0, digest)
                result.updated += 1
            return False
        client_id, via = self._client_of(seg, a)
        if a.direction == "out":
            manager_id = self.manager_ids.get(msg.from_addr, self.owner_id)
        else:
            manager_id = self.owner_id
        thread = self._thread(seg, a, client_id)
        thread_id = thread.id
        row_id = seg.next_message_id
        seg.next_message_id += 1
        sent = clock.iso(msg.sent_at)
        full = self.tier == "full"
        # A message to the tag address, or in a tags mailbox, keeps its new text at every
        # tier: the post-sync step reads its commands from there (indexer/tags_apply.py).
        new_text = a.new_text if full or a.to_tag_address or self.commands else ""
        snippet = a.snippet if full else ""
        facts = self.tier != "metadata"     # the sentences that back a fact, and their quotes
        seg.messages.append(
            (row_id, self.mailbox_id, key, folder.name, msg.remote_id, msg.message_id,
             msg.in_reply_to or "", thread_id, msg.subject, msg.from_addr, msg.from_name,
             _json_list(msg.to), _json_list(msg.cc), _json_list(msg.bcc),
             sent, a.direction, a.automated, client_id, manager_id, a.lang,
             int(msg.has_attachment), int(a.has_link), int(a.is_request), msg.size, flags,
             snippet, new_text, msg.headers.get("authentication-results", ""),
             _json_list(a.quoted_codes), a.digest, via, stamp))
        seg.fts.append((row_id, msg.subject, new_text))
        seg.existing[key] = (row_id, folder.name, msg.remote_id, flags, 0, a.digest)
        seg.thread_of_message_id.setdefault(msg.message_id, thread_id)
        result.added += 1
        if client_id:
            result.clients.add(client_id)
        self._thread_activity(seg, thread, a.direction, sent)
        if client_id and manager_id and a.direction in ("in", "out"):
            seg.contacts.append(
                (f"email:{key}:{manager_id}", manager_id, client_id,
                 a.counterparts[0] if a.counterparts else "", sent,
                 "email_out" if a.direction == "out" else "email_in", row_id))
        party = "manager" if a.direction == "out" else "client"
        for intent in a.intents:
            seg.promises.append(
                (row_id, party, intent.action, intent.sentence if facts else "", intent.start,
                 intent.end,
                 sent, clock.iso(intent.due) if intent.due else None,
                 intent.due_grain, manager_id, client_id, thread_id))
        if client_id:
            for sig in a.signals:
                seg.signals.append(
                    (row_id, sig.kind, party, sig.text if facts else "", sig.start, sig.value,
                     clock.iso(sig.due) if sig.due else None, sent, manager_id, client_id,
                     thread_id))
        if a.direction == "in" and client_id and a.phones:
            seg.phones += [(phone, client_id, row_id) for phone in a.phones]
        if a.direction == "in" and client_id and (a.complaint or "complaint" in a.tag_flags):
            text = (a.complaint.sentence if a.complaint else a.snippet) if facts else ""
            source = "inferred" if a.complaint else "keyword"
            # The complaint is the manager's the client wrote To, whichever copy comes first.
            addressee = next((self.manager_ids[t.lower()] for t in msg.to
                              if t.lower() in self.manager_ids), manager_id)
            seg.complaints.append(
                (f"message:{key}", client_id, addressee, row_id, text[:1000], source, sent))
        return True

    def _thread(self, seg: _Segment, a: Analysis, client_id: int | None) -> _Thread:
        msg = a.msg
        refs = [r for r in (msg.references + ((msg.in_reply_to,) if msg.in_reply_to else ())) if r]
        if refs:
            # The stored message with the smallest matching Message-ID (then the oldest
            # row) names the thread: what an indexed ``IN (...) LIMIT 1`` lookup returns.
            for ref in sorted(set(refs)):
                found = seg.thread_of_message_id.get(ref)
                if found is not None:
                    return seg.thread(found)
            key = refs[0]
        else:
            key = msg.message_id
            if a.subject_norm and a.subject_norm != msg.subject.strip().casefold():
                # A reply without headers linking it: same client, same subject, recent.
                since = clock.iso(msg.sent_at - SUBJECT_THREAD_WINDOW)
                found = seg.latest_by_subject(a.subject_norm, client_id, since)
                if found is not None:
                    return seg.thread(found)
        found = seg.thread_by_key(key)
        if found is not None:
            return seg.thread(found)
        sent = clock.iso(msg.sent_at)
        return seg.new_thread(key, a.subject_norm, client_id, sent)

    def _thread_activity(self, seg: _Segment, t: _Thread, direction: str, sent: str) -> None:
        # Which client mail still waits for our answer is not kept per thread: it is
        # answered once, from the messages and contacts, by dealtrail.answered.awaiting.
        t.first_at = min(t.first_at or sent, sent)
        t.last_at = max(t.last_at or sent, sent)
        if direction == "in":
            t.last_in = max(t.last_in or sent, sent)
        elif direction == "out":
            t.last_out = max(t.last_out or sent, sent)
        seg.touch(t)

    # -- calendar ----------------------------------------------------------------------
    def _invitation(self, ev: Event, stamp: str, result: BatchResult) -> None:
        """A meeting found in an invitation; a real calendar's copy of it always wins."""
        if self.conn.execute(
                "SELECT 1 FROM events WHERE manager_id IS ? AND uid = ? AND recurrence_id = ?"
                " AND calendar != ? AND deleted = 0",
                (self.owner_id, ev.uid, ev.recurrence_id or "", INVITATIONS.name)).fetchone():
            return
        remote_id = f"{ev.uid}|{ev.recurrence_id or ''}"
        self._event(INVITATIONS, replace(ev, remote_id=remote_id), stamp, result)

    def _event(self, folder: Folder, ev: Event, stamp: str, result: BatchResult) -> None:
        if folder.name != INVITATIONS.name:
            # The calendar itself now has this meeting: its invitation copy steps aside.
            stale = [r[0] for r in self.conn.execute(
                "SELECT id FROM events WHERE manager_id IS ? AND uid = ? AND recurrence_id = ?"
                " AND calendar = ? AND deleted = 0",
                (self.owner_id, ev.uid, ev.recurrence_id or "", INVITATIONS.name))]
            for event_id in stale:
                self.conn.execute("UPDATE events SET deleted = 1 WHERE id = ?", (event_id,))
                self.conn.execute("DELETE FROM contacts WHERE event_id = ?", (event_id,))
        # The first attendee's client that is no intermediary (a broker at the viewing),
        # else the first one's.
        found = [c for c in (self.client_for(address) for address in (ev.organizer,) + ev.attendees
                             if address) if c]
        client_id = next((c for c in found if c not in self._intermediaries),
                         found[0] if found else None)
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
        # A meeting ahead is a next contact: the post-sync fold decides a deal's next contact
        # from all of them (indexer/negotiations.py), so nothing is written for it here.
        if ev.start <= clock.now():
            self.conn.execute(
                "INSERT OR IGNORE INTO contacts (key, manager_id, client_id, person_email, at,"
                " channel, event_id) VALUES (?,?,?,?,?,'meeting',?)",
                (f"event:{self.mailbox_id}:{folder.name}:{ev.remote_id}", self.owner_id, client_id,
                 "", clock.iso(ev.start), event_id))

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




_THREAD_COLUMNS = ("id, key, subject, client_id, first_at, last_at, last_inbound_at,"
                   " last_outbound_at")


@dataclass
class _Thread:
    """One thread's row as the segment currently sees it."""

    id: int
    key: str
    subject: str
    client_id: int | None
    first_at: str | None
    last_at: str | None
    last_in: str | None
    last_out: str | None
    stored: bool                   # the row exists in the database (maybe not up to date)
    saved: tuple = ()              # the state last written, to skip unchanged rows

    def state(self) -> tuple:
        return (self.first_at, self.last_at, self.last_in, self.last_out)


class _Segment:
    """A run of messages of one batch: what they need loaded, and what they will store."""

    def __init__(self, writer: Writer, folder: Folder, analyses: list[Analysis]) -> None:
        self.writer = writer
        self.conn = writer.conn
        keys = list(dict.fromkeys(k for a in analyses for k in (
            a.msg.message_id, _variant_key(a.msg.message_id, a.digest))))
        self.existing: dict[str, tuple] = {}
        for part in _chunks(keys):
            for row in self.conn.execute(
                    "SELECT message_key, id, folder, remote_id, flags, deleted, digest FROM messages"
                    f" WHERE mailbox_id = ? AND message_key IN ({_marks(part)})",
                    (writer.mailbox_id, *part)):
                self.existing[row[0]] = row[1:]
        refs = sorted({r for a in analyses for r in a.msg.references + (a.msg.in_reply_to,) if r})
        # Message-ID -> thread of its oldest stored row (then of rows this segment adds).
        self.thread_of_message_id: dict[str, int] = {}
        for part in _chunks(refs):
            for mid, thread_id in self.conn.execute(
                    f"SELECT message_id, thread_id FROM messages WHERE message_id IN ({_marks(part)})"
                    " AND thread_id IS NOT NULL ORDER BY message_id, id", part):
                self.thread_of_message_id.setdefault(mid, thread_id)
        self.threads: dict[int, _Thread] = {}
        self.by_subject: dict[str, list[_Thread]] = {}
        self._missing_keys: set[str] = set()
        wanted = {thread_id for thread_id in self.thread_of_message_id.values()}
        thread_keys = [k for k in dict.fromkeys(_thread_key(a) for a in analyses)
                       if k not in writer._thread_by_key]
        for part in _chunks(thread_keys):
            for key, thread_id in self.conn.execute(
                    f"SELECT key, id FROM threads WHERE key IN ({_marks(part)})", part):
                writer._thread_by_key[key] = thread_id
        self._missing_keys = {k for k in thread_keys if k not in writer._thread_by_key}
        wanted.update(writer._thread_by_key[k] for k in dict.fromkeys(map(_thread_key, analyses))
                      if k in writer._thread_by_key)
        self._load(sorted(wanted))
        self._by_subject_stored = self._subject_candidates(analyses)
        self.next_message_id = self._next_id("messages")
        self.next_thread_id = self._next_id("threads")
        self._reset()

    def _reset(self) -> None:
        self.messages: list[tuple] = []
        self.fts: list[tuple] = []
        self.message_updates: list[tuple] = []
        self.contacts: list[tuple] = []
        self.promises: list[tuple] = []
        self.complaints: list[tuple] = []
        self.phones: list[tuple] = []
        self.signals: list[tuple] = []
        self.new_threads: list[_Thread] = []
        self.touched: dict[int, _Thread] = {}

    def _next_id(self, table: str) -> int:
        # Rows get the id SQLite would give them (no AUTOINCREMENT: max + 1), known
        # up front so dependent rows can name them; the transaction holds the write lock.
        return int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def _load(self, ids: list[int]) -> None:
        for part in _chunks([i for i in ids if i not in self.threads]):
            for row in self.conn.execute(
                    f"SELECT {_THREAD_COLUMNS} FROM threads WHERE id IN ({_marks(part)})", part):
                (thread_id, key, subject, client_id, first_at, last_at, last_in, last_out) = row
                t = _Thread(thread_id, key, subject, client_id, first_at, last_at, last_in,
                            last_out, stored=True)
                t.saved = t.state()
                self.threads[t.id] = t
                self.by_subject.setdefault(t.subject, []).append(t)

    def _subject_candidates(self, analyses: list[Analysis]
                            ) -> tuple[str, dict[str, list[tuple[str, int, int | None]]]]:
        """The stored threads a reply linked by subject alone may join, by subject, newest first.

        Read in one query for the whole segment, from the earliest window start any
        of its messages needs (see :meth:`latest_by_subject`).
        """
        linked = [a for a in analyses if a.subject_norm and not a.msg.references
                  and not a.msg.in_reply_to and a.subject_norm != a.msg.subject.strip().casefold()]
        if not linked:
            return "", {}
        since = clock.iso(min(a.msg.sent_at for a in linked) - SUBJECT_THREAD_WINDOW)
        found: dict[str, list[tuple[str, int, int | None]]] = {a.subject_norm: [] for a in linked}
        for part in _chunks(sorted(found)):
            for thread_id, subject, client_id, last_at in self.conn.execute(
                    f"SELECT id, subject, client_id, last_at FROM threads WHERE subject IN"
                    f" ({_marks(part)}) AND last_at >= ?", (*part, since)):
                found[subject].append((last_at, thread_id, client_id))
        for rows in found.values():
            rows.sort(reverse=True)
        return since, found

    def thread(self, thread_id: int) -> _Thread:
        if thread_id not in self.threads:
            self._load([thread_id])
        return self.threads[thread_id]

    def thread_by_key(self, key: str) -> int | None:
        found = self.writer._thread_by_key.get(key)
        if found is None and key not in self._missing_keys:
            row = self.conn.execute("SELECT id FROM threads WHERE key = ?", (key,)).fetchone()
            if row:
                found = self.writer._thread_by_key[key] = int(row[0])
        return found

    def new_thread(self, key: str, subject: str, client_id: int | None, sent: str) -> _Thread:
        t = _Thread(self.next_thread_id, key, subject, client_id, sent, sent, None, None,
                    stored=False)
        self.next_thread_id += 1
        self.threads[t.id] = t
        self.by_subject.setdefault(subject, []).append(t)
        self.new_threads.append(t)
        self.writer._thread_by_key[key] = t.id
        self._missing_keys.discard(key)
        return t

    def touch(self, t: _Thread) -> None:
        if t.stored:
            self.touched[t.id] = t

    def latest_by_subject(self, subject: str, client_id: int | None, since: str) -> int | None:
        """The thread with this subject (and client) active last since ``since``, or None.

        What ``ORDER BY last_at DESC LIMIT 1`` over the stored threads would answer
        if this segment were already stored (ties: the larger id), without storing
        it first: the threads this segment holds are judged by their state in
        memory, the others by their stored row.
        """
        best: tuple[str, int] | None = None
        since_loaded, loaded = self._by_subject_stored
        if subject in loaded and since >= since_loaded:
            # Stored rows change only when the segment is stored, so those read up front
            # answer the query (newest first) for any window inside the one read.
            best = next(((last_at, thread_id) for last_at, thread_id, client in loaded[subject]
                         if last_at >= since and (client_id is None or client == client_id)
                         and thread_id not in self.threads), None)
        else:
            for thread_id, last_at in self.conn.execute(
                    "SELECT id, last_at FROM threads WHERE subject = ? AND (client_id = ? OR ? IS NULL)"
                    " AND last_at >= ? ORDER BY last_at DESC, id DESC",
                    (subject, client_id, client_id, since)):
                if thread_id not in self.threads:
                    best = (last_at, thread_id)
                    break
        for t in self.by_subject.get(subject, ()):
            if ((client_id is None or t.client_id == client_id) and t.last_at
                    and t.last_at >= since and (best is None or (t.last_at, t.id) > best)):
                best = (t.last_at, t.id)
        return best[1] if best else None

    def flush(self) -> None:
        """Store everything decided so far, in the order the rows were decided."""
        conn = self.conn
        if self.new_threads:
            conn.executemany(
                "INSERT INTO threads (id, key, subject, client_id, first_at, last_at,"
                " last_inbound_at, last_outbound_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [(t.id, t.key, t.subject, t.client_id, *t.state()) for t in self.new_threads])
        if self.messages:
            conn.executemany(
                "INSERT INTO messages (id, mailbox_id, message_key, folder, remote_id, message_id,"
                " in_reply_to, thread_id, subject, from_addr, from_name, to_addrs, cc_addrs,"
                " bcc_addrs, sent_at, direction, automated, client_id, manager_id, lang,"
                " has_attachment, has_link, is_request, size, flags, snippet, new_text,"
                " auth_results, quoted_codes, digest, intermediary_id, deleted, indexed_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
                self.messages)
            conn.executemany("INSERT INTO messages_fts (rowid, subject, new_text) VALUES (?,?,?)",
                             self.fts)
        if self.message_updates:
            conn.executemany("UPDATE messages SET folder=?, remote_id=?, flags=?, digest=?,"
                             " deleted=0 WHERE id=?", self.message_updates)
        changed = [t for t in self.touched.values() if t.state() != t.saved]
        if changed:
            conn.executemany(
                "UPDATE threads SET first_at=?, last_at=?, last_inbound_at=?, last_outbound_at=?"
                " WHERE id=?", [(*t.state(), t.id) for t in changed])
        if self.contacts:
            conn.executemany(
                "INSERT OR IGNORE INTO contacts (key, manager_id, client_id, person_email, at,"
                " channel, message_id) VALUES (?,?,?,?,?,?,?)", self.contacts)
        if self.promises:
            conn.executemany(
                "INSERT OR IGNORE INTO promises (message_id, party, action, text, span_start,"
                " span_end, made_at, due_at, due_grain, manager_id, client_id, thread_id, status)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'open')", self.promises)
        if self.complaints:
            conn.executemany(
                "INSERT OR IGNORE INTO complaints (key, client_id, manager_id, message_id, text,"
                " source, opened_at, status) VALUES (?,?,?,?,?,?,?,'open')", self.complaints)
        if self.signals:
            conn.executemany(
                "INSERT OR IGNORE INTO deal_signals (message_id, kind, side, text, span_start,"
                " value, due_at, at, manager_id, client_id, thread_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.signals)
        if self.phones:
            # A number already known (the directory, or an earlier signature) keeps its client.
            conn.executemany(
                "INSERT OR IGNORE INTO client_phones (phone, client_id, source, message_id)"
                " VALUES (?,?,'signature',?)", self.phones)
            link_calls(conn)
        for t in self.new_threads + list(self.touched.values()):
            t.stored = True
            t.saved = t.state()
        self._reset()


def _thread_key(a: Analysis) -> str:
    """The key a new thread for this message would get."""
    msg = a.msg
    refs = [r for r in (msg.references + ((msg.in_reply_to,) if msg.in_reply_to else ())) if r]
    return refs[0] if refs else msg.message_id


@functools.lru_cache(maxsize=4096)
def _json_list(values: tuple[str, ...], sort: bool = False) -> str:
    """A tuple of strings as the JSON list stored for it (address lists and flags repeat)."""
    return json.dumps(sorted(values) if sort else list(values))


def _variant_key(message_id: str, digest: str) -> str:
    """The key of a different message that reuses a stored Message-ID."""
    return f"{message_id}#{digest[:16]}"


def _same_generation(old: str, new: str) -> bool:
    """Whether two remote ids come from the same listing (IMAP: the same UIDVALIDITY prefix).

    A new UIDVALIDITY means the server renumbered the folder; the row then moves
    to the new id instead of treating the message as a copy.
    """
    old_prefix, _, _ = old.rpartition(":")
    new_prefix, _, _ = new.rpartition(":")
    return old_prefix == new_prefix
