"""The long-running process behind ``dealtrail run``: index, rules, digests on a schedule.

Jobs (APScheduler 3, in-memory, one background thread pool):

- ``index:<mailbox>`` every ``schedule.index_every_minutes`` with up to
  ``schedule.jitter_seconds`` of random jitter, never two runs of the same mailbox at
  once (``max_instances=1``, missed runs coalesced). After a mailbox is indexed comes
  the post-sync step that every indexing path shares (:mod:`dealtrail.refresh`): tag
  replies, negotiations, then the rules for the clients that changed.
- ``rules`` every hour over all clients: time-based rules (a next-contact date that
  passed, a promise that fell due) fire even when no new mail arrived.
- ``imports`` every ``imports.every_minutes`` (default 60) when ``[imports]`` names
  files: plans, sales, the CRM's deals and the call log are imported again when their
  content changed (:mod:`reports.import_files`).
- ``learn`` every ``LEARN_EVERY_MINUTES``: the company's layer is fitted again on the
  corrections people made (:func:`indexer.learning.retrain`; nothing to do when no label
  is new); the next index run uses it.
- ``digest:<time zone>`` at ``digest.send_at`` local time, one cron trigger per time
  zone of the recipients. Sending is idempotent (see :mod:`reports.digest_delivery`), so on
  start-up a zone whose send time passed less than ``CATCH_UP`` ago is sent at once:
  a restart around the send time never misses a digest.

Each kind of job has a planner in :data:`PLANNERS` that lists its :class:`Job` entries
from the settings; a new kind of job is one planner there. Each job's work returns a
typed result (:class:`JobResult`: a summary line and whether it failed).

Each job opens its own database connection, logs one summary line and writes a
``job_runs`` row (the indexer and the rules engine write their own; a job that raises
is recorded here as failed). SIGTERM and SIGINT stop the scheduler gracefully: running
jobs finish, no new job starts.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.errors import ConfigError, DealtrailError
from dealtrail.messages import Msg
from dealtrail.store import open_db, record_job, rows

if TYPE_CHECKING:
    from dealtrail.refresh import RefreshReport
    from rules.engine import RunSummary

    from .digest_delivery import SendReport
    from .import_files import ImportsReport

log = logging.getLogger(__name__)

RULES_EVERY_MINUTES = 60
LEARN_EVERY_MINUTES = 60
CATCH_UP = timedelta(hours=3)


def digest_zones(settings: Settings) -> dict[str, list[str]]:
    """Time zone -> the digest recipients who live in it."""
    from .digest import recipients

    zones: dict[str, list[str]] = defaultdict(list)
    for m in recipients(settings):
        zones[m.timezone].append(m.email)
    return dict(sorted(zones.items()))


# -- what a job returns -----------------------------------------------------------------


class JobResult(Protocol):
    """What every job's work returns: one summary line, and whether the job failed."""

    @property
    def failed(self) -> bool: ...

    def line(self) -> str: ...


@dataclass
class IndexResult:
    """One mailbox synced and its post-sync step (tag replies, negotiations, rules)."""

    report: RefreshReport

    @property
    def failed(self) -> bool:
        return bool(self.report.error)

    def line(self) -> str:
        return self.report.line()


@dataclass
class RulesResult:
    """One full pass of the rules over every client."""

    summary: RunSummary

    @property
    def failed(self) -> bool:
        return self.summary.errors > 0

    def line(self) -> str:
        return self.summary.line()


@dataclass
class DigestResult:
    """One sending of the digests due."""

    report: SendReport

    @property
    def failed(self) -> bool:
        return not self.report.ok

    def line(self) -> str:
        summary = self.report.summary()
        return Msg("digest_run_failed", summary=summary) if self.failed else summary


# -- the jobs ----------------------------------------------------------------------------


def _timed(job: str, db_path: Path, work: Callable[[Any], JobResult], *, record: bool) -> None:
    """Run ``work(db)`` on a fresh connection; one log line; a job_runs row when asked or failed."""
    started = time.monotonic()
    started_at = clock.iso(clock.now())
    db = open_db(db_path, migrate=False)
    try:
        result = work(db)
    except Exception as exc:  # a job must never take the scheduler down
        seconds = time.monotonic() - started
        log.error("job=%s status=failed seconds=%.2f error=%s", job, seconds, exc,
                  exc_info=not isinstance(exc, DealtrailError))
        try:
            record_job(db, job, "failed", f"{type(exc).__name__}: {exc}"[:2000], started_at)
        finally:
            db.conn.close()
        return
    seconds = time.monotonic() - started
    status = "failed" if result.failed else "ok"
    summary = result.line()
    log.info("job=%s status=%s seconds=%.2f %s", job, status, seconds, summary)
    try:
        if record:
            record_job(db, job, status, summary, started_at)
    finally:
        db.conn.close()


def index_job(settings: Settings, db_path: Path, mailbox_name: str) -> None:
    """Index one mailbox, then the post-sync step (:func:`dealtrail.refresh.refresh`)."""
    def work(db: Any) -> IndexResult:
        # Imported lazily: the scheduler (and `dealtrail status`) start without the indexer.
        from dealtrail.refresh import refresh

        first = db.conn.execute(
            "SELECT 1 FROM sync_state s JOIN mailboxes b ON b.id = s.mailbox_id"
            " WHERE b.name = ? LIMIT 1", (mailbox_name,)).fetchone() is None
        if first:
            # A mailbox's first sync reads its whole history: worker processes, as
            # `dealtrail index` uses. Later syncs are small and stay in this process.
            from indexer.runner import default_workers, worker_pool

            with worker_pool(default_workers(), start="forkserver") as mapper:
                return IndexResult(refresh(db, settings, only=[mailbox_name], mapper=mapper))
        return IndexResult(refresh(db, settings, only=[mailbox_name]))
    # The sync loop and the rules engine write their own job_runs rows.
    _timed(f"index:{mailbox_name}", db_path, work, record=False)


def rules_job(settings: Settings, db_path: Path) -> None:
    """Run every enabled rule over all clients."""
    def work(db: Any) -> RulesResult:
        from rules.engine import run_rules

        return RulesResult(run_rules(db, settings))
    _timed("rules", db_path, work, record=False)


def imports_job(settings: Settings, db_path: Path) -> None:
    """Import again the files of ``[imports]`` whose content changed (job ``imports``)."""
    def work(db: Any) -> ImportsReport:
        from .import_files import reimport_changed

        return reimport_changed(db, settings)
    _timed("imports", db_path, work, record=True)


def learn_job(settings: Settings, db_path: Path) -> None:
    """Fit the company's layer on its people's corrections (job ``learn``)."""
    def work(db: Any) -> JobResult:
        from indexer.learning import retrain

        return retrain(db.conn)
    _timed("learn", db_path, work, record=True)


def purge_job(settings: Settings, db_path: Path) -> None:
    """Remove message text past each tier's ``privacy.text_days`` (job ``purge``)."""
    def work(db: Any) -> JobResult:
        from dealtrail.privacy import purge_due

        return purge_due(db, settings)
    _timed("purge", db_path, work, record=True)


def digest_job(settings: Settings, db_path: Path, only: list[str] | None = None,
               zone: str = "") -> None:
    """Send the digests due now to ``only`` (default: everyone); job ``digest:<zone>``."""
    def work(db: Any) -> DigestResult:
        return run_digests(db, settings, only=only)
    _timed(f"digest:{zone}" if zone else "digest", db_path, work, record=True)


def run_digests(db: Any, settings: Settings, *, only: list[str] | None = None,
                now: datetime | None = None, kinds: list[str] | None = None) -> DigestResult:
    """Send due digests; failed when any recipient failed."""
    from .digest_delivery import send_digests

    return DigestResult(send_digests(db, settings, now=now, only=only, kinds=kinds))


# -- the scheduler -----------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One scheduled job: what APScheduler is given for it."""

    id: str
    trigger: BaseTrigger
    func: Callable[..., None]
    args: tuple[Any, ...]
    first_run: datetime | None = None      # None: the trigger's first fire time


def index_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``index:<mailbox>`` for every enabled mailbox, tag mailboxes too (digest replies land there)."""
    every = settings.schedule.index_every_minutes
    if every < 1:
        raise ConfigError(f"schedule.index_every_minutes = {every}: use 1 or more minutes")
    jitter = max(0, settings.schedule.jitter_seconds)
    return [Job(f"index:{mb.name}", IntervalTrigger(minutes=every, jitter=jitter or None),
                index_job, (settings, db_path, mb.name),
                first_run=now + timedelta(seconds=random.uniform(1, 1 + jitter)))
            for mb in settings.mailboxes if mb.enabled]


def rules_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``rules``: the hourly full pass, so deadlines fire without new mail."""
    if not (any(m.enabled for m in settings.mailboxes) or settings.rules):
        return []
    jitter = max(0, settings.schedule.jitter_seconds)
    return [Job("rules", IntervalTrigger(minutes=RULES_EVERY_MINUTES, jitter=jitter or None),
                rules_job, (settings, db_path))]


def imports_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``imports`` every ``imports.every_minutes``, first soon after start, when files are named."""
    from .import_files import configured_files

    if not configured_files(settings):
        return []
    every = settings.imports.every_minutes
    if every < 1:
        raise ConfigError(f"imports.every_minutes = {every}: use 1 or more minutes")
    jitter = max(0, settings.schedule.jitter_seconds)
    return [Job("imports", IntervalTrigger(minutes=every, jitter=jitter or None), imports_job,
                (settings, db_path), first_run=now + timedelta(seconds=5))]


def learn_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``learn`` hourly, first a minute after start, when any mailbox is indexed."""
    if not any(m.enabled for m in settings.mailboxes):
        return []
    return [Job("learn", IntervalTrigger(minutes=LEARN_EVERY_MINUTES), learn_job,
                (settings, db_path), first_run=now + timedelta(minutes=1))]


def purge_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``purge`` daily at 03:00 UTC, when a tier keeps text for a limited number of days."""
    if not any(days > 0 for days in settings.privacy.text_days.values()):
        return []
    return [Job("purge", CronTrigger(hour=3, minute=0, timezone="UTC"), purge_job,
                (settings, db_path))]


def digest_jobs(settings: Settings, db_path: Path, now: datetime) -> list[Job]:
    """``digest:<time zone>`` at ``digest.send_at`` local time, one per recipients' zone."""
    if not settings.digest.enabled:
        return []
    at = settings.digest.send_at
    return [Job(f"digest:{zone}", CronTrigger(hour=at.hour, minute=at.minute, timezone=zone),
                digest_job, (settings, db_path, emails, zone))
            for zone, emails in digest_zones(settings).items()]


#: Every kind of job ``dealtrail run`` schedules; a new kind is one planner added here.
PLANNERS: tuple[Callable[[Settings, Path, datetime], list[Job]], ...] = (
    index_jobs, rules_jobs, imports_jobs, learn_jobs, purge_jobs, digest_jobs)


def build_scheduler(settings: Settings, db_path: Path) -> BackgroundScheduler:
    """A scheduler with every job added (not started)."""
    scheduler = BackgroundScheduler(timezone="UTC", job_defaults={
        "coalesce": True, "max_instances": 1, "misfire_grace_time": 15 * 60})
    now = datetime.now(ZoneInfo("UTC"))
    for plan in PLANNERS:
        for job in plan(settings, db_path, now):
            extra = {"next_run_time": job.first_run} if job.first_run else {}
            # Never two runs of one job at once; missed runs coalesce into one.
            scheduler.add_job(job.func, job.trigger, args=job.args, id=job.id,
                              name=job.id.replace(":", " ", 1), max_instances=1, coalesce=True,
                              **extra)
    return scheduler


def catch_up_zones(settings: Settings, moment: datetime) -> list[str]:
    """Time zones whose digest time passed today less than ``CATCH_UP`` before ``moment``."""
    due = []
    for zone in digest_zones(settings):
        local = moment.astimezone(ZoneInfo(zone))
        send = local.replace(hour=settings.digest.send_at.hour,
                             minute=settings.digest.send_at.minute, second=0, microsecond=0)
        if send <= local < send + CATCH_UP:
            due.append(zone)
    return due


def run_forever(settings: Settings, db_path: Path, *, stop: threading.Event | None = None) -> None:
    """Start the scheduler and block until SIGTERM/SIGINT (or ``stop`` is set), then shut down."""
    stop = stop or threading.Event()
    from dealtrail.directory import open_synced

    # Migrate once, before any job opens its own connection.
    open_synced(db_path, settings).conn.close()
    scheduler = build_scheduler(settings, db_path)

    def on_signal(signum: int, frame: Any) -> None:
        log.info("received %s; stopping after running jobs finish", signal.Signals(signum).name)
        stop.set()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, on_signal)
    scheduler.start()
    try:
        for job in scheduler.get_jobs():
            log.info("scheduled %s: %s, next run %s", job.id, job.trigger,
                     job.next_run_time.isoformat() if job.next_run_time else "-")
        log.info("scheduler started with %d jobs; stop with SIGTERM or Ctrl+C",
                 len(scheduler.get_jobs()))
        zones = digest_zones(settings)
        for zone in catch_up_zones(settings, clock.now()) if settings.digest.enabled else []:
            log.info("digest time for %s passed while stopped; sending what is still due", zone)
            scheduler.add_job(digest_job, args=(settings, db_path, zones[zone], zone),
                              id=f"digest-catch-up:{zone}")
        while not stop.wait(1.0):
            pass
    finally:
        scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("scheduler stopped")


def last_runs(db: Any) -> list[dict[str, Any]]:
    """The most recent run of every job (what ``dealtrail status`` shows)."""
    return rows(db, """
        SELECT j.job, j.started_at, j.finished_at, j.status, j.summary
        FROM job_runs j
        JOIN (SELECT job, MAX(id) AS id FROM job_runs GROUP BY job) last ON last.id = j.id
        ORDER BY j.job
    """)
