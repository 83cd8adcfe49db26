"""Running the indexer for people: progress bars, worker processes, one-shot imports."""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dealtrail import config as config_mod
from dealtrail.addresses import domain_of
from dealtrail.config import Settings
from dealtrail.refresh import RefreshReport, after_sync
from dealtrail.store import open_db
from indexer.sync import LEAN_PRAGMAS, own_alarm, sync_all

Mapper = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]


#: First-generation threshold while a large import runs (Python's default is 700).
GC_THRESHOLD = 20_000


@contextmanager
def import_gc() -> Iterator[None]:
    """Collect garbage less often during an import, and never scan what was loaded before it.

    Indexing allocates many short-lived objects and almost no reference cycles,
    so the default thresholds spend ~5 % of the CPU in collections that find
    nothing. Objects alive at the start (modules, settings) are frozen, so
    neither this process nor the forked workers walk them again (and the
    workers do not touch, and so copy, those shared pages).
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def default_workers() -> int:
    """Worker processes when none are asked for: one per CPU this process may use, at most 4.

    The single writer keeps up with about four workers; more only add memory.
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


@contextmanager
def worker_pool(workers: int, *, start: str = "fork") -> Iterator[Mapper | None]:
    """A mapper that parses and analyses in ``workers`` processes (None: in this process).

    ``start`` is the multiprocessing start method: "fork" (cheap, shares what is loaded)
    for the one-shot CLI; "forkserver" from a process that runs threads (the scheduler),
    where a forked child could inherit a lock another thread held.
    """
    if workers <= 1:
        yield None
        return
    mapper = PoolMapper(start, workers)
    try:
        yield mapper
    except BaseException:
        if mapper.pool is not None:
            mapper.pool.terminate()   # work in flight is abandoned; the checkpoints say where to resume
        raise
    else:
        # Let idle workers exit on their own, so what they hold (an IMAP connection) is
        # closed properly instead of being cut by a signal.
        if mapper.pool is not None:
            mapper.pool.close()
    finally:
        if mapper.pool is not None:
            mapper.pool.join()


class PoolMapper:
    """``mapper(fn, items)`` over a process pool; ``workers`` says how many (for reports).

    The processes start at the first call: a run with nothing new to read starts none,
    and does not even import ``multiprocessing`` (~0.01 s).
    """

    def __init__(self, start: str, workers: int) -> None:
        self.start = start
        self.workers = workers
        self.pool: Any = None

    def __call__(self, fn: Callable[[Any], Any], items: list[Any]) -> Iterable[Any]:
        if self.pool is None:
            import multiprocessing

            # The workers run nothing but prepare(): the message budget's alarm is theirs.
            self.pool = multiprocessing.get_context(self.start).Pool(self.workers,
                                                                     initializer=own_alarm)
        # imap starts work at once and returns lazily, so the sync loop can store one
        # batch while the workers prepare the next; results keep the input order.
        return self.pool.imap(functools.partial(_slim, fn), items,
                              chunksize=max(1, len(items) // (self.workers * 4)))


#: The only parsed headers the writer stores (analysis has read the rest in the worker).
WRITER_HEADERS = frozenset({"authentication-results"})


def _slim(fn: Callable[[Any], Any], item: Any) -> Any:
    """Run ``fn`` in a worker and drop what the writer never reads before it is pickled back."""
    out = fn(item)
    for one in out if isinstance(out, list) else (out,):
        msg = getattr(one, "msg", None)
        if msg is not None:
            # The message was made for this result alone, so it is trimmed in place.
            msg.text = ""
            msg.calendar_parts = ()
            msg.attachment_names = ()
            msg.headers = {k: v for k, v in msg.headers.items() if k in WRITER_HEADERS}
    return out


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[str, str, int], None] | None]:
    """A rich progress bar per mailbox/folder, ticking by items."""
    if not enabled:
        yield None
        return
    # imported here: a quiet run (the scheduler, --quiet) draws nothing
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        tasks: dict[str, Any] = {}

        def tick(mailbox: str, folder: str, n: int) -> None:
            key = f"{mailbox}/{folder}"
            if key not in tasks:
                tasks[key] = bar.add_task(key, total=None)
            bar.advance(tasks[key], n)

        yield tick


def index_configured(settings: Settings, db_path: Path, *, only: Iterable[str] = (),
                     workers: int = 1, progress: bool = True) -> RefreshReport:
    """Index every enabled mailbox in the config (or the named ones), then the post-sync step.

    The sync runs in ``workers`` processes under a progress bar; the post-sync step
    (:mod:`dealtrail.refresh`: tag replies, negotiations, rules) after the workers are gone.
    """
    db = open_db(db_path)
    lean_connection(db)
    try:
        with import_gc(), progress_bar(progress) as tick, worker_pool(workers) as mapper:
            reports = sync_all(db, settings, only=only or None, progress=tick, mapper=mapper)
        return after_sync(db, settings, reports)
    finally:
        db.conn.close()


def lean_connection(db: Any) -> None:
    """Bound the writer's memory for the rest of this connection's life (see LEAN_PRAGMAS).

    :func:`indexer.sync.sync_mailbox` already holds the same settings while it
    syncs; this keeps them for a connection that only indexes.
    """
    for name, value in LEAN_PRAGMAS.items():
        db.conn.execute(f"PRAGMA {name}={int(value)}")


def one_shot_settings(owner: str, maildir: Path) -> Settings:
    """Settings for importing one Maildir with no config file."""
    owner = owner.lower()
    return config_mod.from_mapping({
        "company": {"internal_domains": [domain_of(owner)]},
        "managers": [{"email": owner, "name": owner.split("@")[0]}],
        "mailboxes": [{"name": "maildir", "kind": "maildir", "owner": owner,
                       "path": str(maildir.resolve())}],
    })


def index_maildir(maildir: Path, owner: str, db_path: Path, *, workers: int = 1,
                  progress: bool = True) -> RefreshReport:
    """Import one Maildir into ``db_path`` through the full pipeline, post-sync step included."""
    return index_configured(one_shot_settings(owner, maildir), db_path, workers=workers,
                            progress=progress)
