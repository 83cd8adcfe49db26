"""The set-based writer stores exactly what the row-by-row writer stored.

``_RowWriter`` below is the writer as it was before batches became set-based
(one SELECT and one INSERT per message, thread and fact), kept here only as
the reference. Both write the same analysed messages of a generated mailbox
into their own database, batch by batch, with the awkward cases mixed in:
replayed batches, second copies with the same Message-ID, messages moving
folders or renumbered by a new UIDVALIDITY, deletions and flag changes
between messages, replies linked only by subject, several messages of one
thread in one batch, and dated promises for clients with open deals (the
writer stores them; the post-sync fold alone sets next contacts). The
canonical dumps of the two databases must be identical.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.addresses import domain_of
from dealtrail.answered import awaiting
from dealtrail.deals import create_deal
from dealtrail.directory import sync_directory
from dealtrail.domain import Deletion, Event, FlagUpdate, Folder
from dealtrail.store import open_db, transaction
from indexer.analyze import Analysis, AnalyzeContext, analyze
from indexer.parse import parse_message
from indexer.runner import one_shot_settings
from indexer.sync import mailbox_id
from indexer.writer import (
    SUBJECT_THREAD_WINDOW,
    BatchResult,
    IndexFailure,
    Writer,
)
from tests.test_parallel_index import canonical_dump

ROOT = Path(__file__).resolve().parents[1]
OWNER = "ivanov@bank.ru"
INBOX, SENT, ARCHIVE = Folder("INBOX", "inbox"), Folder("Sent", "sent"), Folder("Archive", "archive")
ALL = Folder("All Mail", "archive")


def _same_generation(old: str, new: str) -> bool:
    return old.rpartition(":")[0] == new.rpartition(":")[0]


class _RowWriter(Writer):
    """The previous writer's message path: every lookup and insert one row at a time."""

    def write_batch(self, folder: Folder, items: Any, checkpoint: Any) -> BatchResult:
        result = BatchResult()
        stamp = clock.iso(clock.now())
        with transaction(self.db):
            for item in items:
                if isinstance(item, Analysis):
                    self._row_message(folder, item, stamp, result)
                elif isinstance(item, Event):
                    self._event(folder, item, stamp, result)
                elif isinstance(item, Deletion):
                    self._deletion(folder, item, result)
                elif isinstance(item, FlagUpdate):
                    self._flags(folder, item, stamp, result)
                elif isinstance(item, IndexFailure):
                    self._failure(folder, item, stamp, result)
            if checkpoint is not None:
                self.conn.execute(
                    "INSERT INTO sync_state (mailbox_id, folder, role, checkpoint, items, updated_at)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT (mailbox_id, folder) DO UPDATE SET"
                    " checkpoint=excluded.checkpoint, role=excluded.role,"
                    " items=sync_state.items + excluded.items, updated_at=excluded.updated_at",
                    (self.mailbox_id, folder.name, folder.role,
                     json.dumps(checkpoint, sort_keys=True), result.added + result.events, stamp))
            self.conn.executemany("INSERT INTO post_sync_pending (client_id) VALUES (?)",
                                  [(c,) for c in sorted(result.clients)])
        return result

    def _row_existing(self, key: str) -> Any:
        return self.conn.execute(
            "SELECT id, folder, remote_id, flags, deleted, digest FROM messages"
            " WHERE mailbox_id = ? AND message_key = ?", (self.mailbox_id, key)).fetchone()

    def _row_message(self, folder: Folder, a: Analysis, stamp: str, result: BatchResult) -> None:
        msg = a.msg
        key = msg.message_id
        existing = self._row_existing(key)
        if existing and existing[5] and a.digest and existing[5] != a.digest:
            key = f"{msg.message_id}#{a.digest[:16]}"     # another message, same Message-ID
            existing = self._row_existing(key)
        flags = json.dumps(sorted(msg.flags))
        if existing:
            if (existing[1] == folder.name and existing[2] != msg.remote_id and not existing[4]
                    and _same_generation(existing[2], msg.remote_id)):
                self._failure(folder, IndexFailure(msg.remote_id, "duplicate",
                                                   f"same Message-ID as {existing[2]}"), stamp, result)
                result.failed -= 1
                return
            digest = existing[5] or a.digest
            if (existing[1], existing[2], existing[3], existing[4], existing[5]) != (
                    folder.name, msg.remote_id, flags, 0, digest):
                self.conn.execute("UPDATE messages SET folder=?, remote_id=?, flags=?, digest=?,"
                                  " deleted=0 WHERE id=?",
                                  (folder.name, msg.remote_id, flags, digest, existing[0]))
                result.updated += 1
            return
        client_id = None
        for address in a.counterparts:
            client_id = self.client_for(address, msg.from_name if address == msg.from_addr else "")
            if client_id:
                break
        if a.direction == "out":
            manager_id = self.manager_ids.get(msg.from_addr, self.owner_id)
        else:
            manager_id = self.owner_id
        thread_id = self._row_thread(a, client_id)
        cur = self.conn.execute(
            "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id,"
            " in_reply_to, thread_id, subject, from_addr, from_name, to_addrs, cc_addrs, bcc_addrs,"
            " sent_at, direction, automated, client_id, manager_id, lang, has_attachment, has_link,"
            " is_request, size, flags, snippet, new_text, auth_results, digest, deleted,"
            " indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
            (self.mailbox_id, key, folder.name, msg.remote_id, msg.message_id,
             msg.in_reply_to or "", thread_id, msg.subject, msg.from_addr, msg.from_name,
             json.dumps(list(msg.to)), json.dumps(list(msg.cc)), json.dumps(list(msg.bcc)),
             clock.iso(msg.sent_at), a.direction, a.automated, client_id, manager_id, a.lang,
             int(msg.has_attachment), int(a.has_link), int(a.is_request), msg.size, flags,
             a.snippet, a.new_text, msg.headers.get("authentication-results", ""), a.digest,
             stamp))
        row_id = int(cur.lastrowid or 0)
        self.conn.execute("INSERT INTO messages_fts (rowid, subject, new_text) VALUES (?,?,?)",
                          (row_id, msg.subject, a.new_text))
        result.added += 1
        if client_id:
            result.clients.add(client_id)
        self._row_thread_activity(thread_id, a)
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
        if client_id:
            for sig in a.signals:
                self.conn.execute(
                    "INSERT OR IGNORE INTO deal_signals (message_id, kind, side, text, span_start,"
                    " value, due_at, at, manager_id, client_id, thread_id)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (row_id, sig.kind, party, sig.text, sig.start, sig.value,
                     clock.iso(sig.due) if sig.due else None, clock.iso(msg.sent_at), manager_id,
                     client_id, thread_id))
        if a.direction == "in" and client_id and (a.complaint or "complaint" in a.tag_flags):
            text = a.complaint.sentence if a.complaint else a.snippet
            self.conn.execute(
                "INSERT OR IGNORE INTO complaints (key, client_id, manager_id, message_id, text,"
                " source, opened_at, status) VALUES (?,?,?,?,?,?,?,'open')",
                (f"message:{key}", client_id, manager_id, row_id, text[:1000],
                 "inferred" if a.complaint else "keyword", clock.iso(msg.sent_at)))
        if a.direction == "in" and client_id:
            for phone in a.phones:
                self.conn.execute("INSERT OR IGNORE INTO client_phones (phone, client_id, source,"
                                  " message_id) VALUES (?,?,'signature',?)",
                                  (phone, client_id, row_id))

    def _row_thread(self, a: Analysis, client_id: int | None) -> int:
        msg = a.msg
        refs = [r for r in (msg.references + ((msg.in_reply_to,) if msg.in_reply_to else ())) if r]
        if refs:
            row = self.conn.execute(
                f"SELECT thread_id FROM messages WHERE message_id IN ({','.join('?' * len(refs))})"
                " AND thread_id IS NOT NULL LIMIT 1", refs).fetchone()
            if row:
                return int(row[0])
            key = refs[0]
        else:
            key = msg.message_id
            if a.subject_norm and a.subject_norm != msg.subject.strip().casefold():
                row = self.conn.execute(
                    "SELECT id FROM threads WHERE subject = ? AND (client_id = ? OR ? IS NULL)"
                    " AND last_at >= ? ORDER BY last_at DESC LIMIT 1",
                    (a.subject_norm, client_id, client_id,
                     clock.iso(msg.sent_at - SUBJECT_THREAD_WINDOW))).fetchone()
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

    def _row_thread_activity(self, thread_id: int, a: Analysis) -> None:
        sent = clock.iso(a.msg.sent_at)
        first_at, last_at, last_in, last_out = self.conn.execute(
            "SELECT first_at, last_at, last_inbound_at, last_outbound_at"
            " FROM threads WHERE id = ?", (thread_id,)).fetchone()
        first_at = min(first_at or sent, sent)
        last_at = max(last_at or sent, sent)
        if a.direction == "in":
            last_in = max(last_in or sent, sent)
        elif a.direction == "out":
            last_out = max(last_out or sent, sent)
        self.conn.execute(
            "UPDATE threads SET first_at=?, last_at=?, last_inbound_at=?, last_outbound_at=?"
            " WHERE id=?", (first_at, last_at, last_in, last_out, thread_id))


def _corpus_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Analysis]]:
    """The generated mailbox parsed and analysed once, per folder, in delivery order."""
    root = tmp_path_factory.mktemp("writer") / "maildir"
    _corpus_module().write_maildir(root, 1800, seed=11)
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(OWNER, root), OWNER)
    out: dict[str, list[Analysis]] = {}
    for name, base in (("INBOX", root), ("Sent", root / ".Sent")):
        paths = sorted((base / "cur").iterdir())
        out[name] = [analyze(parse_message(p.read_bytes(), f"7:{i + 1}", ("\\Seen",)), ctx)
                     for i, p in enumerate(paths)]
    return out


def _unlinked(a: Analysis) -> Analysis:
    """The same reply as a client that drops In-Reply-To/References sends it."""
    return dataclasses.replace(a, msg=dataclasses.replace(a.msg, references=(), in_reply_to=None))


def _renamed(a: Analysis, remote_id: str, flags: tuple[str, ...] | None = None) -> Analysis:
    msg = dataclasses.replace(a.msg, remote_id=remote_id,
                              flags=a.msg.flags if flags is None else flags)
    return dataclasses.replace(a, msg=msg)


def _plan(analysed: dict[str, list[Analysis]], seed: int) -> list[tuple[Folder, list[Any]]]:
    """Batches as a sync would deliver them, with the awkward cases mixed in."""
    rng = random.Random(seed)
    plan: list[tuple[Folder, list[Any]]] = []
    # The last quarter of both folders arrives mixed and out of order through one folder
    # (an "All Mail" view), so a reply and later client messages share a batch.
    held = {name: len(items) * 3 // 4 for name, items in analysed.items()}
    mixed = [a for name, items in analysed.items() for a in items[held[name]:]]
    rng.shuffle(mixed)
    for folder, source in ((INBOX, analysed["INBOX"][:held["INBOX"]]),
                           (SENT, analysed["Sent"][:held["Sent"]]), (ALL, mixed)):
        items = [(_unlinked(a) if rng.random() < 0.2 else a) for a in source]
        pos = 0
        while pos < len(items):
            size = rng.choice((500, 500, 123, 37, 1))
            batch: list[Any] = list(items[pos:pos + size])
            if batch and rng.random() < 0.5:  # a second copy in the same folder
                a = rng.choice(batch)
                batch.append(_renamed(a, a.msg.remote_id.replace("7:", "7:9")))
            if pos and rng.random() < 0.4:  # deletions and flag changes between messages
                gone = items[rng.randrange(pos)].msg.remote_id
                at = rng.randrange(len(batch) + 1)
                batch[at:at] = [Deletion(gone), FlagUpdate(items[rng.randrange(pos)].msg.remote_id,
                                                           ("\\Seen", "$dealtrail-complaint"))]
            if rng.random() < 0.2:
                batch.insert(rng.randrange(len(batch) + 1), IndexFailure("7:0", "parse", "broken"))
            plan.append((folder, batch))
            if rng.random() < 0.3:  # the same batch again, as after a crash before the commit
                plan.append((folder, list(batch)))
            pos += size
    # Messages seen again: moved to an archive, renumbered by a new UIDVALIDITY, re-flagged,
    # and a deleted one coming back.
    inbox = analysed["INBOX"]
    plan.append((ARCHIVE, [_renamed(a, f"3:{i}") for i, a in enumerate(inbox[:300:7])]))
    plan.append((INBOX, [_renamed(a, a.msg.remote_id.replace("7:", "8:")) for a in inbox[300:500]]))
    plan.append((INBOX, [_renamed(a, a.msg.remote_id.replace("7:", "8:"), ("\\Flagged",))
                         for a in inbox[300:320]] + [Deletion("8:" + inbox[320].msg.remote_id[2:])]))
    plan.append((INBOX, [_renamed(inbox[320], inbox[320].msg.remote_id.replace("7:", "8:"))]))
    return plan


def _database(path: Path, analysed: dict[str, list[Analysis]]) -> tuple[Any, int]:
    settings = one_shot_settings(OWNER, path.parent)
    db = open_db(path)
    sync_directory(db, settings)
    box = mailbox_id(db, settings.mailboxes[0])
    manager = db.conn.execute("SELECT id FROM managers WHERE email = ?", (OWNER,)).fetchone()[0]
    # Open deals with the first corporate clients: the writer leaves their next contact to
    # the post-sync fold.
    domains = list(dict.fromkeys(
        domain_of(c) for a in analysed["Sent"] for c in a.counterparts
        if domain_of(c) not in ("gmail.com", "mail.ru", "yandex.ru", "outlook.com")))[:12]
    assert len(domains) >= 5
    for domain in domains:
        client = db.conn.execute("INSERT INTO clients (name, key, owner_email, created_at)"
                                 " VALUES (?,?,?,?)", (domain, f"domain:{domain}", OWNER,
                                                       clock.iso(clock.now()))).lastrowid
        db.conn.execute("INSERT INTO client_domains (domain, client_id) VALUES (?, ?)", (domain, client))
        create_deal(db, client_id=client, manager_id=manager, actor="import", source="import")
    return db, box


def _write(writer_class: type[Writer], path: Path, analysed: dict[str, list[Analysis]],
           plan: list[tuple[Folder, list[Any]]]) -> list[tuple]:
    db, box = _database(path, analysed)
    settings = one_shot_settings(OWNER, path.parent)
    # The reference writer stores every text: compare at the tier that keeps it all.
    writer = writer_class(db, settings, box, OWNER, "full")
    results = []
    for n, (folder, batch) in enumerate(plan):
        r = writer.write_batch(folder, batch, {"batch": n})
        results.append((r.added, r.updated, r.deleted, r.failed, sorted(r.clients)))
    db.conn.close()
    return results


@pytest.mark.parametrize("seed", [1, 2])
def test_set_based_writer_stores_the_same_rows_as_the_row_by_row_writer(
        analysed: dict[str, list[Analysis]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        seed: int) -> None:
    monkeypatch.setenv("DEALTRAIL_NOW", "2025-03-01T09:00:00+00:00")
    plan = _plan(analysed, seed)
    (tmp_path / "ref").mkdir()
    (tmp_path / "new").mkdir()
    expected_results = _write(_RowWriter, tmp_path / "ref" / "db.sqlite", analysed, plan)
    got_results = _write(Writer, tmp_path / "new" / "db.sqlite", analysed, plan)
    assert got_results == expected_results
    expected = canonical_dump(tmp_path / "ref" / "db.sqlite")
    got = canonical_dump(tmp_path / "new" / "db.sqlite")
    # The plan reaches every path: threads by reference and by subject, updates, duplicates,
    # promises, complaints.
    assert sum(r[0] for r in expected_results) > 1500
    assert sum(r[1] for r in expected_results) > 100
    assert expected["promises"] and expected["complaints"] and expected["deal_history"]
    assert {row[4] for row in expected["index_errors"]} >= {"duplicate"}
    conn = sqlite3.connect(tmp_path / "ref" / "db.sqlite")
    by_subject = conn.execute(
        "SELECT count(*) FROM messages r JOIN messages m ON m.thread_id = r.thread_id"
        " AND m.id < r.id WHERE r.in_reply_to = '' AND lower(r.subject) LIKE 're:%'").fetchone()[0]
    conn.close()
    assert by_subject > 20
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs from the row-by-row writer"


def test_a_reply_in_the_same_batch_joins_the_thread_of_the_message_before_it(
        analysed: dict[str, list[Analysis]], tmp_path: Path) -> None:
    replies = [a for a in analysed["INBOX"] if a.msg.in_reply_to]
    by_id = {a.msg.message_id: a for folder in analysed.values() for a in folder}
    reply = next(a for a in replies if a.msg.in_reply_to in by_id)
    parent = by_id[reply.msg.in_reply_to]
    db, box = _database(tmp_path / "db.sqlite", analysed)
    writer = Writer(db, one_shot_settings(OWNER, tmp_path), box, OWNER)
    writer.write_batch(INBOX, [_renamed(parent, "1:1"), _renamed(reply, "1:2")], None)
    threads = dict(db.conn.execute("SELECT message_id, thread_id FROM messages"))
    assert threads[reply.msg.message_id] == threads[parent.msg.message_id]
    db.conn.close()


def test_a_failed_batch_leaves_no_rows_and_the_next_run_stores_it_whole(
        analysed: dict[str, list[Analysis]], tmp_path: Path) -> None:
    db, box = _database(tmp_path / "db.sqlite", analysed)
    writer = Writer(db, one_shot_settings(OWNER, tmp_path), box, OWNER)
    batch = analysed["INBOX"][:50]
    with pytest.raises(TypeError):
        writer.write_batch(INBOX, batch + [object()], {"n": 1})
    assert db.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM threads").fetchone()[0] == 0
    assert writer.write_batch(INBOX, batch, {"n": 1}).added == 50
    stored = db.conn.execute("SELECT count(*), count(DISTINCT thread_id) FROM messages").fetchone()
    assert stored[0] == 50 and stored[1] == db.conn.execute(
        "SELECT count(*) FROM threads").fetchone()[0]
    db.conn.close()


def _mail(ctx: AnalyzeContext, n: int, sender: str, to: str, minute: int, reply_to: str = "",
          body: str = "Hello.") -> Analysis:
    head = (f"From: {sender}\nTo: {to}\nSubject: {'Re: ' if reply_to else ''}Rate\n"
            f"Date: Mon, 03 Feb 2025 10:{minute:02d}:00 +0000\nMessage-ID: <w{n}@x>\n")
    if reply_to:
        head += f"In-Reply-To: <{reply_to}>\nReferences: <{reply_to}>\n"
    return analyze(parse_message((head + f"\n{body}\n").encode(), f"5:{n}"), ctx)


@pytest.mark.parametrize("split", [0, 1, 2])
def test_a_reply_stored_with_later_client_messages_leaves_the_thread_waiting_on_the_next_one(
        tmp_path: Path, analysed: dict[str, list[Analysis]], split: int) -> None:
    """Whatever order the reply is stored in, the client's later question still waits, and
    only dealtrail.answered says so: the thread row keeps no second answer of its own."""
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(OWNER, tmp_path), OWNER)
    client = "cfo@client-firm.ru"
    first = _mail(ctx, 1, client, OWNER, 0, body="What is the rate?")
    later = _mail(ctx, 2, client, OWNER, 30, reply_to="w1@x", body="And the term?")
    reply = _mail(ctx, 3, OWNER, client, 10, reply_to="w1@x")
    # The reply is read after the client's later message (another folder, or out of order).
    items = [first, later, reply]
    waiting = {}
    for name, writer_class in (("ref", _RowWriter), ("new", Writer)):
        (tmp_path / name).mkdir()
        db, box = _database(tmp_path / name / "db.sqlite", analysed)
        writer = writer_class(db, one_shot_settings(OWNER, tmp_path), box, OWNER)
        if split:
            writer.write_batch(INBOX, items[:split], None)
        writer.write_batch(INBOX, items[split:], None)
        waiting[name] = (
            db.conn.execute("SELECT last_outbound_at FROM threads"
                            " WHERE key = 'w1@x'").fetchone(),
            [(r["since"], r["subject"]) for r in awaiting(db, later.msg.sent_at)])
        db.conn.close()
    assert waiting["new"] == waiting["ref"]
    assert waiting["new"] == ((clock.iso(reply.msg.sent_at),),
                              [(clock.iso(later.msg.sent_at), "rate")])


def test_a_batch_looks_its_clients_up_in_a_few_queries_not_one_per_message(
        analysed: dict[str, list[Analysis]], tmp_path: Path) -> None:
    """The clients of a batch's counterparts are read up front and new ones stored together:
    a batch of 500 letters asks the clients tables as often as one of 50 does (the
    intermediaries and the directory's companies a free-mail address may be tied to are
    read once per batch too)."""
    asked: dict[int, int] = {}
    for size in (50, 500):
        db, box = _database(tmp_path / f"db{size}.sqlite", analysed)
        writer = Writer(db, one_shot_settings(OWNER, tmp_path), box, OWNER)
        before = db.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        writer.write_batch(INBOX, analysed["INBOX"][:size], None)
        db.conn.set_trace_callback(None)
        created = db.conn.execute("SELECT count(*) FROM clients").fetchone()[0] - before
        lookups = [s for s in statements if s.lstrip().upper().startswith("SELECT")
                   and ("FROM clients" in s or "FROM client_domains" in s)]
        asked[size] = len(lookups)
        assert created > (30 if size == 500 else 3)
        assert len(lookups) <= 6, [s[:80] for s in lookups]
        db.conn.close()
    assert asked[500] == asked[50]


def test_replies_linked_by_subject_alone_read_their_candidate_threads_in_one_query(
        analysed: dict[str, list[Analysis]], tmp_path: Path) -> None:
    db, box = _database(tmp_path / "db.sqlite", analysed)
    writer = Writer(db, one_shot_settings(OWNER, tmp_path), box, OWNER)
    writer.write_batch(SENT, analysed["Sent"][:400], None)
    unlinked = [_unlinked(a) for a in analysed["INBOX"][:500]]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    writer.write_batch(INBOX, unlinked, None)
    db.conn.set_trace_callback(None)
    by_subject = [s for s in statements if s.lstrip().upper().startswith("SELECT")
                  and "FROM threads WHERE subject" in s]
    joined = db.conn.execute(
        "SELECT count(*) FROM messages r JOIN messages m ON m.thread_id = r.thread_id"
        " AND m.id < r.id WHERE r.folder = 'INBOX'").fetchone()[0]
    assert joined > 20                  # replies found their threads by subject
    assert len(by_subject) <= 1, by_subject[:3]
    db.conn.close()
