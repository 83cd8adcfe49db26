"""Sending the digests: each one exactly once per recipient and period.

What a digest says is :mod:`reports.digest` (:func:`~reports.digest.build_digest`);
this module decides whether it is due and not yet sent, sends it through
:mod:`dealtrail.mailer`, and keeps the ``digests_sent`` ledger.

Sending exactly once, across crashes and restarts
-------------------------------------------------
Each (recipient, kind, period) has one ``digests_sent`` row. A run renders the
digest first (a template error fails the run before anything is recorded), then
commits the row as ``sending`` with the Message-ID it is about to use, sends, and
commits ``sent``. A restart finds one of:

- ``sent``: nothing to do (no duplicate);
- ``failed``: the server refused it; sent again with the same Message-ID, up to
  ``MAX_ATTEMPTS`` attempts in total, and reported in every run's summary;
- ``sending``: the previous process died between the two commits, so nobody knows
  whether the server accepted the message. If a message with that Message-ID has
  already been indexed from the recipient's mailbox, it arrived and the row is
  marked ``sent``. Otherwise it is sent again **with the same Message-ID**: a missed
  digest is worse than a duplicate, and a duplicate carrying the same Message-ID is
  collapsed by the indexer (upserts keyed by Message-ID) and by mail clients that
  de-duplicate on it. The window for that is the time between the server's
  "250 OK" and the next commit (milliseconds).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail import clock, mailer
from dealtrail.config import Settings, Smtp
from dealtrail.errors import DealtrailError
from dealtrail.messages import Msg, reason
from dealtrail.store import exclusive, rows, transaction, write_private

from .digest import build_digest, due_kinds, period_key, recipients

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass
class SendReport:
    """What one :func:`send_digests` run did, per (recipient, kind, period)."""

    sent: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    failed: list[tuple[str, str, str, str]] = field(default_factory=list)
    gave_up: list[tuple[str, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        failures = tuple(Msg("digest_failure", recipient=r, kind=k, period=p, error=e)
                         for r, k, p, e in self.failed)
        return Msg("digest_summary", sent=len(self.sent), skipped=len(self.skipped),
                   failed=len(self.failed), gave_up=len(self.gave_up),
                   failures=Msg("digest_failures", items=failures) if failures else "")

    @property
    def ok(self) -> bool:
        return not self.failed and not self.gave_up


Deliver = Callable[[Smtp, Any], None]


def send_digests(db: sqlite_utils.Database, settings: Settings, *, now: datetime | None = None,
                 only: list[str] | None = None, kinds: list[str] | None = None,
                 templates_dir: str | None = None, deliver: Deliver | None = None) -> SendReport:
    """Send every digest due now (or ``kinds``) to each recipient, each at most once per period.

    ``deliver`` defaults to :func:`dealtrail.mailer.send`. Rendering errors raise at once
    (nothing half-rendered is ever sent); delivery errors are recorded per recipient as
    ``failed`` and retried by the next run. One process sends at a time: a second one
    (``digest send`` by hand while ``dealtrail run`` sends) waits, then finds them sent.
    """
    with exclusive(db, "digest"):
        return _send_digests(db, settings, now=now, only=only, kinds=kinds,
                             templates_dir=templates_dir, deliver=deliver)


def _send_digests(db: sqlite_utils.Database, settings: Settings, *, now: datetime | None,
                  only: list[str] | None, kinds: list[str] | None, templates_dir: str | None,
                  deliver: Deliver | None) -> SendReport:
    moment = now or clock.now()
    send = deliver or mailer.send
    report = SendReport()
    cache: dict[str, Any] = {}
    sender = settings.digest.sender
    reply_to = settings.digest.tag_address or settings.tags.address or None
    if not settings.digest.enabled:
        log.info("digests are disabled (digest.enabled = false)")
        return report
    for manager in recipients(settings, only):
        local_day = clock.local_date(moment, manager.timezone)
        for kind in kinds or due_kinds(settings, local_day):
            key = (manager.email, kind, period_key(kind, local_day))
            state = _state(db, *key)
            if state and state["status"] == "sent":
                report.skipped.append(key)
                continue
            if state and state["status"] == "sending" and state["message_id"] \
                    and _already_delivered(db, state["message_id"]):
                _mark(db, key, "sent", state["message_id"], state["attempts"], "")
                log.info("digest %s %s %s was delivered before a restart; marked sent", *key)
                report.skipped.append(key)
                continue
            attempts = state["attempts"] if state else 0
            if attempts >= MAX_ATTEMPTS:
                report.gave_up.append(key)
                continue
            digest = build_digest(db, settings, manager.email, kind, moment,
                                  templates_dir=templates_dir, cache=cache)
            message_id = (state or {}).get("message_id") or mailer.make_message_id(sender or
                                                                                    "x@invalid")
            msg = mailer.build_message(
                sender=sender, to=manager.email, subject=digest.subject, text=digest.text,
                html=digest.html, reply_to=reply_to, sender_name=settings.company.name,
                message_id=message_id,
                headers={"X-Dealtrail-Digest": f"{kind} {key[2]}"})
            message_id = mailer.message_id_of(msg)
            _mark(db, key, "sending", message_id, attempts + 1, "")
            try:
                send(settings.smtp, msg)
            except DealtrailError as exc:
                _mark(db, key, "failed", message_id, attempts + 1, str(exc))
                report.failed.append((*key, reason(exc)))
                log.warning("digest %s %s %s not sent: %s", *key, exc)
                continue
            _mark(db, key, "sent", message_id, attempts + 1, "")
            report.sent.append(key)
            if settings.digest.out_dir:
                out = settings.path(settings.digest.out_dir)
                out.mkdir(parents=True, exist_ok=True)
                write_private(out / f"{manager.email}-{kind}-{key[2]}.html", digest.html)
    return report


def _state(db: sqlite_utils.Database, recipient: str, kind: str, period: str
           ) -> dict[str, Any] | None:
    found = rows(db, "SELECT status, message_id, attempts, error FROM digests_sent "
                     "WHERE recipient = ? AND kind = ? AND period = ?", (recipient, kind, period))
    return found[0] if found else None


def _already_delivered(db: sqlite_utils.Database, message_id: str) -> bool:
    return bool(rows(db, "SELECT 1 AS x FROM messages WHERE message_id = ? LIMIT 1",
                     (message_id.strip("<>"),)))


def _mark(db: sqlite_utils.Database, key: tuple[str, str, str], status: str, message_id: str,
          attempts: int, error: str) -> None:
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO digests_sent (recipient, kind, period, status, message_id, attempts, "
            "error, updated_at) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT (recipient, kind, period) DO UPDATE SET status = excluded.status, "
            "message_id = excluded.message_id, attempts = excluded.attempts, "
            "error = excluded.error, updated_at = excluded.updated_at",
            (*key, status, message_id, attempts, error[:2000], clock.iso(clock.now())))
