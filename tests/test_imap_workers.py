"""IMAP with worker processes: the workers fetch their share on their own connections.

Everything runs against the real Dovecot of ``tests/fixtures/dovecot.py`` and a
real ``fork`` pool (``indexer.runner.worker_pool``).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from dealtrail.domain import Deferred, Folder, RawMessage
from dealtrail.errors import SourceError
from dealtrail.store import open_db
from indexer.imap import FetchTask, ImapConnector
from indexer.runner import worker_pool
from indexer.sync import sync_mailbox
from tests.conftest import make_settings
from tests.fixtures.dovecot import DovecotServer, DovecotUser, make_message

INBOX = Folder("INBOX", "inbox")


def _settings(dovecot: DovecotServer, user: DovecotUser, **extra: Any) -> Any:
    return make_settings(mailboxes=[dovecot.mailbox_settings(
        user, owner="anna@testbank.ru", **extra)])


def _mail(count: int, prefix: str) -> list[Any]:
    return [make_message(f"{prefix} {i}: deposit rates", sender=f"olga{i % 5}@client-{i % 3}.ru",
                         body=f"Anna, please call me back about deposit {i} by Friday. Olga")
            for i in range(count)]


def _content(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        return sorted(conn.execute(
            "SELECT folder, message_id, remote_id, subject, direction, new_text, flags "
            "FROM messages WHERE deleted = 0").fetchall())
    finally:
        conn.close()


def _fetch_in_fresh_process(task: bytes, queue: Any) -> None:
    try:
        queue.put([c.remote_id for c in pickle.loads(task).fetch()])
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(repr(exc))


def test_with_workers_the_batches_become_fetch_tasks_a_fresh_process_can_run(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    dovecot.append_many(imap_user, "INBOX", _mail(12, "task"))
    settings = _settings(dovecot, imap_user, batch_size=200)
    conn = ImapConnector.from_mailbox(settings.mailboxes[0], settings)
    conn.parallel_fetch = True
    try:
        batches = list(conn.changes(INBOX, None))
    finally:
        conn.close()
    tasks = [item for batch, _ in batches for item in batch]
    assert tasks and all(isinstance(t, FetchTask) and isinstance(t, Deferred) for t in tasks)
    assert sum(t.count for t in tasks) == 12
    # A spawned process shares nothing with this one: the task carries all it needs,
    # with the password as a reference (the environment variable), not its value.
    blob = pickle.dumps(tasks[0])
    assert imap_user.password.encode() not in blob
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_fetch_in_fresh_process, args=(blob, queue))
    child.start()
    got = queue.get(timeout=60)
    child.join(timeout=10)
    validity = tasks[0].validity
    assert got == [f"{validity}:{uid}" for uid in tasks[0].uids]


def test_worker_connections_false_keeps_fetching_on_the_main_connection(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    dovecot.append_many(imap_user, "INBOX", _mail(3, "main"))
    settings = _settings(dovecot, imap_user, worker_connections=False)
    conn = ImapConnector.from_mailbox(settings.mailboxes[0], settings)
    conn.parallel_fetch = True
    try:
        items = [i for batch, _ in conn.changes(INBOX, None) for i in batch]
    finally:
        conn.close()
    assert len(items) == 3 and all(isinstance(i, RawMessage) for i in items)


def test_a_task_for_a_renumbered_folder_fails_clearly(dovecot: DovecotServer,
                                                      imap_user: DovecotUser) -> None:
    uid = dovecot.append(imap_user, "INBOX", make_message("renumbered"))
    settings = _settings(dovecot, imap_user)
    conn = ImapConnector.from_mailbox(settings.mailboxes[0], settings)
    validity = dovecot.uidvalidity(imap_user, "INBOX")
    stale = FetchTask(conn.options, INBOX, validity + 1, (uid,))
    with pytest.raises(SourceError, match="UIDVALIDITY of INBOX changed during the sync"):
        stale.fetch()


def test_sync_with_workers_stores_exactly_what_one_process_stores(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.append_many(imap_user, "INBOX", _mail(240, "in"))
    dovecot.append_many(imap_user, "Sent", [
        make_message(f"re {i}", sender="anna@testbank.ru", to=f"olga{i}@client-1.ru",
                     body="I will send the proposal by Friday.") for i in range(20)])
    dovecot.set_flags(imap_user, "INBOX", [3, 4], ["dealtrail-complaint"])
    settings = _settings(dovecot, imap_user, batch_size=60)
    mailbox = settings.mailboxes[0]
    done: list[int] = []
    for name, workers in (("one.db", 1), ("pool.db", 2)):
        db = open_db(tmp_path / name)
        try:
            with worker_pool(workers) as mapper:
                report = sync_mailbox(db, settings, mailbox, mapper=mapper,
                                      progress=lambda _m, _f, n: done.append(n))
                again = sync_mailbox(db, settings, mailbox, mapper=mapper)
        finally:
            db.conn.close()
        assert (report.error, report.added, report.failed) == ("", 260, 0)
        assert (again.error, again.added) == ("", 0)
    assert sum(done) == 2 * 260          # progress counts messages, not tasks
    one, pool = _content(tmp_path / "one.db"), _content(tmp_path / "pool.db")
    assert len(pool) == 260 and pool == one

    # The workers' connections were logged out when the pool closed, not cut.
    deadline = time.monotonic() + 5
    while True:         # Dovecot writes a session's last line just after the client leaves
        log = dovecot.log_tail(5000).splitlines()
        logins = [line for line in log if f"Login: user=<{imap_user.name}>" in line]
        ends = [line for line in log
                if f"imap({imap_user.name})" in line and "Disconnected" in line]
        if len(ends) >= len(logins) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(ends) == len(logins) >= 4, (len(ends), len(logins))
    assert len(ends) >= 4 and all("Logged out" in line for line in ends), [e for e in ends if "Logged out" not in e]


def test_connections_killed_mid_sync_are_reopened_by_main_and_workers(
        dovecot_for_failures: DovecotServer, tmp_path: Path) -> None:
    server = dovecot_for_failures
    user = server.add_user()
    server.append_many(user, "INBOX", _mail(300, "drop"))
    settings = _settings(server, user, batch_size=50)
    killed: list[int] = []

    def kill_once(_mailbox: str, folder: str, n: int) -> None:
        if folder == "INBOX" and n and not killed:     # after the first stored INBOX batch
            killed.extend(server.imap_pids(user))
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    db = open_db(tmp_path / "drop.db")
    try:
        with worker_pool(2) as mapper:
            report = sync_mailbox(db, settings, settings.mailboxes[0], mapper=mapper,
                                  progress=kill_once)
    finally:
        db.conn.close()
    assert len(killed) >= 2, "the workers never held connections of their own"
    stored = _content(tmp_path / "drop.db")
    assert (report.error, report.added) == ("", 300)
    assert len(stored) == 300 and len({row[1] for row in stored}) == 300
