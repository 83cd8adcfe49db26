"""The one step that follows every sync: negotiations, tag replies, then the rules.

Every path that reads mail calls :func:`refresh` (or :func:`after_sync` when it has synced
by other means): ``dealtrail index``, each ``index:<mailbox>`` job of ``dealtrail run``,
and the demo. So what a reply to the tag address does, and which violations a new message
opens or closes, does not depend on which command read it. In order:

1. **sync** the mailboxes (:func:`indexer.sync.sync_all`);
2. **negotiations**: fold the mail signals, meetings and calls of the synced clients into
   their deals (:func:`fold_negotiations`), so a tag reply in the same sync finds the deal
   its mail has just made;
3. **tag replies**: decide every pending tag command, change the deals, send the
   confirmations (:func:`indexer.tags_apply.process_pending`). What a person sets wins
   over inference: later folds leave it alone until a person changes it again;
4. **rules** for the clients that changed: whose mail arrived in the sync, or whose deals
   or complaints the steps above changed (:func:`rules.engine.run_rules`). Time-based
   rules that fire without any change are the scheduler's hourly full pass.

The module lives in the kernel because it is the one place that joins the parts: the
indexer may not import the rules, and the rules may not import the indexer. Like the CLI,
it imports the parts lazily, inside the functions.

Which clients a stored batch touched is written in the batch's own transaction
(``post_sync_pending``) and removed once steps 2-4 have run for them, so a run killed
between its sync and this step leaves them to the next run instead of losing them. A call
stored by a call-log import, a ``#call`` tag or the pane is queued the same way
(:mod:`dealtrail.calls`), so the next run folds it even when its client sent no mail.

Steps 2-4 run one at a time in a process: two mailbox jobs that finish together must not
both decide (and confirm) the same tag reply.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlite_utils

from dealtrail.config import Settings
from dealtrail.messages import Msg
from dealtrail.store import transaction

if TYPE_CHECKING:
    from indexer.sync import Progress, SyncReport
    from indexer.tags_apply import TagReport
    from rules.engine import RunSummary

log = logging.getLogger(__name__)

Mapper = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]

_ONE_AT_A_TIME = threading.Lock()


@dataclass
class NegotiationsReport:
    """What folding the signals into deals did (see :func:`fold_negotiations`)."""

    built: bool = False
    deals: int = 0          # deals created
    changed: int = 0        # deal fields changed

    def line(self) -> str:
        return (Msg("negotiations_line", created=self.deals, changed=self.changed) if self.built
                else Msg("negotiations_nothing"))


@dataclass
class RefreshReport:
    """What one sync and its post-sync step did."""

    syncs: list[SyncReport] = field(default_factory=list)
    tags: TagReport | None = None
    negotiations: NegotiationsReport = field(default_factory=NegotiationsReport)
    rules: RunSummary | None = None
    clients: set[int] = field(default_factory=set)    # the clients the rules ran for

    @property
    def error(self) -> str:
        """The first mailbox's error, or the rules' (empty when all went well)."""
        for sync in self.syncs:
            if sync.error:
                return f"{sync.mailbox}: {sync.error}"
        if self.rules is not None and self.rules.errors:
            return f"{self.rules.errors} rule(s) failed"
        return ""

    def post_line(self) -> str:
        """What the post-sync steps did, on one line."""
        parts = [self.tags.line()] if self.tags is not None else []
        parts.append(self.negotiations.line())
        parts.append(Msg("index_rules_for", count=len(self.clients), rules=self.rules.line())
                     if self.rules is not None else Msg("index_rules_none"))
        return Msg("index_post", parts=tuple(parts))

    def lines(self) -> list[str]:
        """One line per mailbox, then one for the post-sync steps (what the CLI prints)."""
        return [s.line() for s in self.syncs] + [self.post_line()]

    def line(self) -> str:
        """Everything on one line (the scheduler's log and job_runs summary)."""
        return "; ".join(self.lines())


def refresh(db: sqlite_utils.Database, settings: Settings, *, only: Iterable[str] | None = None,
            progress: Progress | None = None, mapper: Mapper | None = None) -> RefreshReport:
    """Sync every enabled mailbox (or the named ones), then run the post-sync step.

    ``progress`` and ``mapper`` go to the sync loop (a progress bar; worker processes).
    A mailbox that fails is reported on its :class:`SyncReport`; what it stored before
    failing still goes through the post-sync step.
    """
    from indexer.sync import sync_all

    syncs = sync_all(db, settings, only=only, progress=progress, mapper=mapper)
    return after_sync(db, settings, syncs)


def after_sync(db: sqlite_utils.Database, settings: Settings,
               syncs: list[SyncReport]) -> RefreshReport:
    """Tag replies, negotiations and the rules after ``syncs`` (module docstring, steps 2-4)."""
    report = RefreshReport(syncs=list(syncs))
    with _ONE_AT_A_TIME:
        before = _marks(db)
        # What this sync stored, and what an earlier run stored but died before this step.
        upto, pending = _pending(db)
        synced: set[int] = set().union(*(s.clients for s in syncs)) | pending
        report.negotiations = fold_negotiations(db, settings, synced)
        report.tags = apply_tag_replies(db, settings)
        report.clients = synced | _changed_since(db, before)
        if report.clients:
            from rules.engine import run_rules

            report.rules = run_rules(db, settings, clients=sorted(report.clients))
        with transaction(db):
            db.conn.execute("DELETE FROM post_sync_pending WHERE id <= ?", (upto,))
    return report


def _pending(db: sqlite_utils.Database) -> tuple[int, set[int]]:
    """The clients stored batches left for this step, and the last row read.

    Only rows up to that one are removed afterwards: a mailbox job syncing at the same
    time may add more, and those stay for its own post-sync step.
    """
    found = db.conn.execute("SELECT id, client_id FROM post_sync_pending").fetchall()
    return max((r[0] for r in found), default=0), {int(r[1]) for r in found}


def apply_tag_replies(db: sqlite_utils.Database, settings: Settings) -> TagReport:
    """Decide the pending tag commands, change the deals and confirm (``indexer.tags_apply``)."""
    from indexer.tags_apply import process_pending

    return process_pending(db, settings)


def fold_negotiations(db: sqlite_utils.Database, settings: Settings,
                      clients: set[int]) -> NegotiationsReport:
    """Fold the signals, meetings and calls of ``clients`` into their deals.

    Also refreshes the clients with open deals (a planned contact passes, a silence grows
    long) and records the meetings that have happened since they were stored as contacts
    (see :mod:`indexer.negotiations`).
    """
    from indexer.negotiations import fold_negotiations as fold

    done = fold(db, settings, clients=clients)
    return NegotiationsReport(built=True, deals=done.created, changed=done.changed)


# -- which clients the post-sync steps changed ----------------------------------------------
#
# The steps write deal_history for every deal change and a complaints row for every
# complaint they record; both only grow, so the highest ids before the steps mark what
# is new after them.

_GROWING = {"deal_history": "SELECT d.client_id FROM deal_history h JOIN deals d"
                            " ON d.id = h.deal_id WHERE h.id > ?",
            "complaints": "SELECT client_id FROM complaints WHERE id > ?"}


def _marks(db: sqlite_utils.Database) -> dict[str, int]:
    return {table: int(db.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
            for table in _GROWING}


def _changed_since(db: sqlite_utils.Database, marks: dict[str, int]) -> set[int]:
    changed: set[int] = set()
    for table, sql in _GROWING.items():
        changed.update(int(r[0]) for r in db.conn.execute(sql, (marks[table],)) if r[0] is not None)
    return changed
