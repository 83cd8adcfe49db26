"""The sync loop: connector batches -> parse -> analyse -> one transaction per batch.

This is the only code path that writes mail and calendar data. It resumes
from the last committed checkpoint of each folder, so a crash (even
``kill -9``) at any moment loses nothing and duplicates nothing.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import importlib
import json
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Mailbox, Settings
from dealtrail.directory import sync_directory
from dealtrail.domain import Connector, Deferred, Event, Folder, Message, RawMessage
from dealtrail.errors import CheckpointError, DealtrailError, SourceAuthError, SourceError
from dealtrail.messages import Msg, reason
from dealtrail.store import record_job
from indexer.analysis import AnalyzeContext
from indexer.connectors import make_connector
from indexer.files import MessageFile
from indexer.learning import load_layer
from indexer.neverread import NeverRead, Skipped, excluded_folder
from indexer.parse import parse_message
from indexer.writer import IndexFailure, Writer

log = logging.getLogger(__name__)

#: progress(mailbox, folder, items_done_in_this_batch)
Progress = Callable[[str, str, int], None]


@dataclass
class SyncReport:
    """What one mailbox's sync did; one log line and one job_runs row each."""

    mailbox: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0                   # never stored: private, denied, not a client's
    folders: int = 0
    workers: int = 1
    seconds: float = 0.0
    error: str = ""
    clients: set[int] = field(default_factory=set)

    def line(self) -> str:
        """``mailbox=... added=... ok`` in English (logs, job_runs); said in Russian by the CLI."""
        return Msg("index_mailbox", mailbox=self.mailbox, added=self.added, updated=self.updated,
                   deleted=self.deleted, events=self.events, failed=self.failed,
                   skipped=self.skipped, folders=self.folders, seconds=f"{self.seconds:.2f}",
                   workers=Msg("index_workers", count=self.workers) if self.workers > 1 else "",
                   status=Msg("index_error", error=self.error) if self.error else Msg("index_ok"))


def prepare(item: Any, ctx: AnalyzeContext, never: NeverRead | None = None) -> Any:
    """Turn one connector change into what the writer stores (pure; runs in workers too).

    A :class:`Deferred` item is read from its source here and becomes a list.
    Parsing and inference of one message get ``ctx.message_seconds``: a message
    over that budget is stored from its headers alone, with a ``timeout`` row in
    ``index_errors``, and the sync goes on.
    """
    if isinstance(item, RawMessage):
        if never is not None and never.private(item.sensitivity):
            return Skipped(item.remote_id, "private")
        raw = item.raw
        if isinstance(item, MessageFile) and not raw:
            loaded = item.load()
            if loaded is None:
                return None  # unreadable now: not stored, offered again on the next run
            raw = loaded
        try:
            with budget(ctx.message_seconds):
                msg = parse_message(raw, item.remote_id, item.flags, item.received_at)
        except OverBudget:
            return _headers_only(raw, item, ctx)
        except Exception as exc:  # noqa: BLE001 - broken input is recorded, never fatal
            return IndexFailure(item.remote_id, "parse", f"{type(exc).__name__}: {exc}")
        item = msg
    if isinstance(item, Message):
        from indexer.analyze import analyze, content_digest

        reason = never.reason(item) if never is not None else None
        if reason:
            return Skipped(item.remote_id, reason)
        try:
            with budget(ctx.message_seconds):
                return analyze(item, ctx)
        except OverBudget:
            bare = analyze(dataclasses.replace(item, text="", calendar_parts=()), ctx)
            # The digest stays the whole message's, so a later copy is known as this one.
            return [dataclasses.replace(bare, digest=content_digest(item)),
                    _over_budget(item.remote_id, ctx)]
        except Exception as exc:
            log.exception("inference failed on %s", item.remote_id)
            return IndexFailure(item.remote_id, "inference", f"{type(exc).__name__}: {exc}")
    if isinstance(item, Deferred):
        return [prepare(change, ctx, never) for change in item.fetch()]
    return item


class OverBudget(Exception):
    """One message took longer than its time budget."""


def _alarm(signum: int, frame: Any) -> None:
    raise OverBudget


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` inside the block once ``seconds`` have passed.

    In a process's main thread a real-time timer and SIGALRM do it, so regex matching
    is interrupted too; a timer someone else set (pytest-timeout, say) is put back
    afterwards with what is left of it. In any other thread (the scheduler's jobs) a
    timer thread raises it asynchronously in the working thread, which takes effect
    at the next Python instruction. ``seconds <= 0`` runs the block unbounded.
    """
    if seconds <= 0:
        yield
    elif _ALARM_OWNED:
        # A worker process: the handler is installed for good, only the timer is armed.
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm_budget(seconds):
            yield
    else:
        with _thread_budget(seconds):
            yield


#: Whether SIGALRM is this process's message budget alone (:func:`own_alarm`).
_ALARM_OWNED = False


def own_alarm() -> None:
    """Keep the budget's SIGALRM handler installed in this process for good.

    The initializer of the indexing worker processes, which run nothing else that could
    want the signal. Putting the handler in and back for every message costs ~10 µs each
    way (``signal.signal`` turns the handler it replaces into an enum member), twice per
    message; with the handler kept, a budget only arms and disarms the timer.
    """
    global _ALARM_OWNED
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _alarm)
        _ALARM_OWNED = True


@contextmanager
def _alarm_budget(seconds: float) -> Iterator[None]:
    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            left = outer - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), interval)


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    thread = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:
                # Fired as the block ended: take back the exception if it is still pending.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(thread, None)
        timer.cancel()


def _over_budget(remote_id: str, ctx: AnalyzeContext) -> IndexFailure:
    log.warning("message %s took over %.0f s to read; stored from its headers alone",
                remote_id, ctx.message_seconds)
    return IndexFailure(remote_id, "timeout",
                        f"reading the message took over {ctx.message_seconds:g} s; stored from "
                        "its headers alone")


def _headers_only(raw: bytes, item: RawMessage, ctx: AnalyzeContext) -> Any:
    """A message whose parsing ran over budget: its header block, parsed alone, and the error."""
    from indexer.analyze import analyze

    end = min((i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0),
              default=min(len(raw), 64_000))
    try:
        with budget(ctx.message_seconds):
            msg = parse_message(raw[:end] + b"\r\n\r\n", item.remote_id, item.flags,
                                item.received_at)
            return [analyze(msg, ctx), _over_budget(item.remote_id, ctx)]
    except Exception:  # noqa: BLE001 - not even the headers: record the error alone
        return _over_budget(item.remote_id, ctx)


def _flatten(prepared: Iterable[Any]) -> list[Any]:
    items: list[Any] = []
    for p in prepared:
        if isinstance(p, list):
            items.extend(x for x in p if x is not None)
        elif p is not None:
            items.append(p)
    return items


def _count(batch: list[Any]) -> int:
    """Items in a batch for the progress bar, counting what deferred items stand for."""
    # getattr, not isinstance: a runtime Protocol check costs microseconds per item.
    return sum(getattr(item, "count", 1) for item in batch)


def mailbox_id(db: sqlite_utils.Database, mailbox: Mailbox) -> int:
    row = db.conn.execute("SELECT id FROM mailboxes WHERE name = ?", (mailbox.name,)).fetchone()
    if row:
        return int(row[0])
    cur = db.conn.execute("INSERT INTO mailboxes (name, kind, owner_email, purpose) VALUES (?,?,?,?)",
                          (mailbox.name, mailbox.kind, mailbox.owner, mailbox.purpose))
    return int(cur.lastrowid or 0)


def _known_ids(db: sqlite_utils.Database, box_id: int) -> Callable[[Folder], set[str]]:
    def known(folder: Folder) -> set[str]:
        if folder.role == "calendar":
            sql = "SELECT remote_id FROM events WHERE mailbox_id = ? AND calendar = ? AND deleted = 0"
        else:
            sql = "SELECT remote_id FROM messages WHERE mailbox_id = ? AND folder = ? AND deleted = 0"
        ids = {r[0] for r in db.conn.execute(sql, (box_id, folder.name))}
        ids.update(r[0] for r in db.conn.execute(
            "SELECT remote_id FROM index_errors WHERE mailbox_id = ? AND folder = ?",
            (box_id, folder.name)))
        return ids
    return known


#: The indexing connection's memory bounds: no memory-mapped reads, a 16 MB page cache.
LEAN_PRAGMAS = {"mmap_size": 0, "cache_size": -16384}


@contextmanager
def lean_connection(db: sqlite_utils.Database) -> Iterator[None]:
    """Bound the connection's memory while it indexes, then give back what it had.

    Indexing only looks rows up by key, so the large cache and memory map that
    help report queries would just grow the indexer's resident memory with the
    database file. Every indexing path (the CLI, the scheduler's jobs) goes
    through :func:`sync_mailbox`, which holds this for the sync.
    """
    before = {name: db.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in LEAN_PRAGMAS}
    for name, value in LEAN_PRAGMAS.items():
        db.conn.execute(f"PRAGMA {name}={int(value)}")
    try:
        yield
    finally:
        for name, value in before.items():
            db.conn.execute(f"PRAGMA {name}={int(value)}")


def _checkpoint(text: str) -> dict[str, Any]:
    """A folder's saved checkpoint; CheckpointError when it is not a JSON object."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise CheckpointError(Msg("src_checkpoint_not_json", detail=str(exc))) from None
    if not isinstance(value, dict):
        raise CheckpointError(Msg("src_checkpoint_not_object", kind=type(value).__name__))
    return value


def reset_hint(name: str) -> str:
    """What to run when a mailbox's checkpoint is broken (one wording for every message)."""
    return Msg("src_reset_hint", name=name)


def reset_mailbox(db: sqlite_utils.Database, name: str) -> int:
    """Forget the sync checkpoints of mailbox ``name``; the next sync reads it from the start.

    Stored items stay: every write is an upsert by remote id and Message-ID, so reading
    the mailbox again adds only what is missing. Returns the number of folders forgotten.
    """
    cur = db.conn.execute("DELETE FROM sync_state WHERE mailbox_id IN"
                          " (SELECT id FROM mailboxes WHERE name = ?)", (name,))
    return cur.rowcount


def sync_mailbox(db: sqlite_utils.Database, settings: Settings, mailbox: Mailbox,
                 connector: Connector | None = None, *, progress: Progress | None = None,
                 mapper: Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]] | None = None
                 ) -> SyncReport:
    """Sync one mailbox; source errors are reported on the report, not raised."""
    with lean_connection(db):
        return _sync_mailbox(db, settings, mailbox, connector, progress=progress, mapper=mapper)


def _sync_mailbox(db: sqlite_utils.Database, settings: Settings, mailbox: Mailbox,
                  connector: Connector | None, *, progress: Progress | None,
                  mapper: Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]] | None
                  ) -> SyncReport:
    started = time.monotonic()
    started_at = clock.iso(clock.now())
    report = SyncReport(mailbox.name, workers=getattr(mapper, "workers", 1) if mapper else 1)
    box_id = mailbox_id(db, mailbox)
    # The company's layer as the last retraining left it: this run uses it throughout.
    ctx = AnalyzeContext.for_mailbox(settings, mailbox.owner, load_layer(db.conn))
    writer = Writer(db, settings, box_id, mailbox.owner, settings.privacy.tier_of(mailbox),
                    commands=mailbox.purpose == "tags")
    run = mapper or (lambda fn, items: map(fn, items))
    own_connector = connector is None
    where: str = ""      # the folder being synced, for the error line
    try:
        if connector is None:
            connector = make_connector(mailbox, settings)
        if hasattr(connector, "known_ids"):
            connector.known_ids = _known_ids(db, box_id)
        if hasattr(connector, "skip_private"):
            connector.skip_private = settings.privacy.skip_private
        if mapper is not None and hasattr(connector, "parallel_fetch"):
            connector.parallel_fetch = True     # workers read the messages themselves
        for folder in connector.folders():
            if excluded_folder(folder.name, settings.privacy.exclude_folders):
                continue    # never listed, never read
            report.folders += 1
            where = Msg("src_in_folder", folder=folder.name)
            row = db.conn.execute("SELECT checkpoint FROM sync_state WHERE mailbox_id = ? AND folder = ?",
                                  (box_id, folder.name)).fetchone()
            checkpoint = _checkpoint(row[0]) if row else None
            step = functools.partial(prepare, ctx=ctx,
                                     never=NeverRead.from_settings(settings.privacy))

            def store(batch: list[Any], prepared: Iterable[Any], next_checkpoint: Any,
                      folder: Folder = folder) -> None:
                items = _flatten(prepared)
                result = writer.write_batch(folder, items, next_checkpoint)
                report.added += result.added
                report.updated += result.updated
                report.deleted += result.deleted
                report.events += result.events
                report.failed += result.failed
                report.skipped += result.skipped
                report.clients |= result.clients
                if progress:
                    progress(mailbox.name, folder.name, _count(batch))

            # One batch in flight: a pool mapper starts preparing batch N+1 (and the
            # connector reads it) while batch N is being stored. Batches still commit in
            # order, each with its own checkpoint.
            pending: tuple[list[Any], Iterable[Any], Any] | None = None
            try:
                for batch, next_checkpoint in connector.changes(folder, checkpoint):
                    # Inference (its modules compile hundreds of patterns, its models read
                    # their weights) is loaded only when there is something to read, here
                    # before any worker starts, so forked workers share it; a run with
                    # nothing new never loads it.
                    importlib.import_module("indexer.analyze").load_models(ctx)
                    started_batch = (batch, run(step, batch), next_checkpoint)
                    if pending is not None:
                        current, pending = pending, None
                        store(*current)
                    pending = started_batch
            finally:
                # A source failing while the next batch is fetched keeps what came before it.
                if pending is not None:
                    current, pending = pending, None
                    store(*current)
            where = ""
    except CheckpointError as exc:
        report.error = Msg("src_checkpoint_broken", where=where, problem=reason(exc),
                           hint=reset_hint(mailbox.name))
    except SourceAuthError as exc:
        report.error = reason(exc)
    except (SourceError, DealtrailError) as exc:
        report.error = reason(exc)
    except OSError as exc:
        report.error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one broken mailbox never stops the others
        # Anything else is a defect or data no check foresaw: one line here, the
        # traceback for a bug report with -vv.
        log.debug("index %s failed", mailbox.name, exc_info=True)
        report.error = Msg("src_unexpected", where=where, kind=type(exc).__name__,
                           detail=str(exc)[:300], hint=reset_hint(mailbox.name))
    finally:
        if own_connector and connector is not None:
            try:
                connector.close()
            except Exception:
                log.debug("closing %s failed", mailbox.name, exc_info=True)
    report.seconds = time.monotonic() - started
    db.conn.execute("UPDATE mailboxes SET last_sync_at = ?, last_error = ? WHERE id = ?",
                    (clock.iso(clock.now()), report.error or None, box_id))
    record_job(db, f"index:{mailbox.name}", "failed" if report.error else "ok", report.line(),
               started_at)
    (log.warning if report.error else log.info)("index %s", report.line())
    return report


def sync_all(db: sqlite_utils.Database, settings: Settings, *, only: Iterable[str] | None = None,
             progress: Progress | None = None,
             mapper: Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]] | None = None
             ) -> list[SyncReport]:
    """Sync every enabled mailbox (or the named ones); one failing mailbox never stops the others."""
    sync_directory(db, settings)
    wanted = set(only or ())
    reports = []
    boxes = [m for m in settings.mailboxes if m.enabled and (not wanted or m.name in wanted)]
    # Calendars after mail, tag mailboxes last: tags refer to deals and threads the mail created.
    boxes.sort(key=lambda m: (m.purpose == "tags", m.kind in ("ics", "caldav")))
    for mailbox in boxes:
        reports.append(sync_mailbox(db, settings, mailbox, progress=progress, mapper=mapper))
    return reports


__all__ = ["Event", "SyncReport", "lean_connection", "own_alarm", "prepare", "reset_hint", "reset_mailbox", "sync_all",
           "sync_mailbox"]
