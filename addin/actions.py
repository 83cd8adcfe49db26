"""The pane's quick actions: each one a checked, audited change in one transaction.

Deal changes go through :func:`dealtrail.deals.update_deal`, which writes a
``deal_history`` row per changed field with the person and ``source='pane'``.
Who may change a deal is :func:`dealtrail.access.can_change_deal`; a deal the
person may not even see is reported as not found, so ids of other people's
deals reveal nothing.
"""

from __future__ import annotations

import logging
import secrets
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import access, clock
from dealtrail.calls import DIRECTIONS, record_call
from dealtrail.config import Settings
from dealtrail.deals import get_deal, record_event, update_deal
from dealtrail.errors import NotFound, PermissionDenied, TagError
from dealtrail.store import transaction
from dealtrail.workdays import BusinessCalendar, company_calendar

from .auth import Principal

log = logging.getLogger(__name__)

SOURCE = "pane"
MAX_TEXT = 2000
MAX_AMOUNT_MINOR = 10**15


def _visible_deal(db: sqlite_utils.Database, viewer: Principal, deal_id: int) -> dict[str, Any]:
    """The deal ``viewer`` may change; NotFound when they may not even see it."""
    try:
        deal = get_deal(db, deal_id)
    except NotFound:
        raise NotFound(f"deal D-{deal_id} does not exist or is not yours") from None
    if access.can_change_deal(db, viewer, deal):
        return deal
    if access.can_see_deal(db, viewer, deal):
        raise PermissionDenied(f"deal D-{deal_id} is not yours to change; its manager or the "
                               "head of sales can change it")
    raise NotFound(f"deal D-{deal_id} does not exist or is not yours")


def _text(value: Any, what: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise TagError(f"{what} is empty; type some text and try again")
    if len(text) > MAX_TEXT:
        raise TagError(f"{what} is longer than {MAX_TEXT} characters; shorten it")
    return text


def _changes_out(changes: list[Any]) -> list[dict[str, Any]]:
    return [c.as_dict() for c in changes]


def set_stage(db: sqlite_utils.Database, settings: Settings, viewer: Principal, deal_id: int,
              stage: str) -> dict[str, Any]:
    """Move a deal to ``stage``; ``won``/``lost`` also close it (won books the sale)."""
    if stage not in settings.pipeline.stages:
        raise TagError(f"stage {stage!r} is not one of {', '.join(settings.pipeline.stages)}")
    with transaction(db):
        deal = _visible_deal(db, viewer, deal_id)
        changes: dict[str, Any] = {"stage": stage}
        if stage == "won":
            changes["status"] = "won"       # won_at: dealtrail.deals.update_deal
        elif stage == "lost":
            changes["status"] = "lost"
        elif deal["status"] != "open":
            changes["status"] = "open"
        done = update_deal(db, deal_id, changes, actor=viewer.email, source=SOURCE)
    return {"deal_id": deal_id, "changes": _changes_out(done)}


def parse_when(value: str, tz: str, calendar: BusinessCalendar) -> datetime:
    """``YYYY-MM-DD`` (the start of that working day in ``tz``) or an ISO time, as aware UTC."""
    text = (value or "").strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return calendar.day_start(day, ZoneInfo(tz)).astimezone(clock.UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise TagError(f"{value!r} is not a date; use YYYY-MM-DD, for example 2026-12-01") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(tz))
    return moment.astimezone(clock.UTC)


def set_next_contact(db: sqlite_utils.Database, settings: Settings, viewer: Principal,
                     deal_id: int, when: str) -> dict[str, Any]:
    """Set the next contact date; a bare date means the start of the viewer's working day."""
    moment = parse_when(when, viewer.timezone or settings.company.timezone,
                        company_calendar(settings))
    with transaction(db):
        _visible_deal(db, viewer, deal_id)
        done = update_deal(db, deal_id, {"next_contact_at": clock.iso(moment),
                                         "next_contact_source": SOURCE},
                           actor=viewer.email, source=SOURCE)
    return {"deal_id": deal_id, "changes": _changes_out(done)}


def record_won(db: sqlite_utils.Database, settings: Settings, viewer: Principal, deal_id: int,
               amount_minor: int, currency: str | None = None) -> dict[str, Any]:
    """Mark a deal won for ``amount_minor``; books the sale (once) for plan/fact."""
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or not (
            0 < amount_minor < MAX_AMOUNT_MINOR):
        raise TagError("the won amount must be a positive whole number of minor units "
                       "(kopecks/cents), e.g. 150000000 for 1 500 000.00")
    with transaction(db):
        deal = _visible_deal(db, viewer, deal_id)
        if deal["status"] == "won":
            raise TagError(f"deal D-{deal_id} is already won; its sale is booked")
        code = (currency or deal["currency"] or settings.company.base_currency).upper()
        if len(code) != 3 or not code.isalpha():
            raise TagError(f"{currency!r} is not an ISO currency code such as RUB or USD")
        # won_at: dealtrail.deals.update_deal
        done = update_deal(db, deal_id, {"amount_minor": amount_minor, "currency": code,
                                         "stage": "won", "status": "won"},
                           actor=viewer.email, source=SOURCE)
    return {"deal_id": deal_id, "changes": _changes_out(done)}


def add_note(db: sqlite_utils.Database, settings: Settings, viewer: Principal, deal_id: int,
             text: str) -> dict[str, Any]:
    """Append a dated line to the deal's agreements."""
    note = _text(text, "the note")
    with transaction(db):
        deal = _visible_deal(db, viewer, deal_id)
        today = clock.local_date(clock.now(), viewer.timezone or settings.company.timezone)
        line = f"{today.isoformat()} {viewer.name}: {note}"
        agreements = f"{deal['agreements']}\n{line}" if deal["agreements"] else line
        done = update_deal(db, deal_id, {"agreements": agreements}, actor=viewer.email,
                           source=SOURCE)
    return {"deal_id": deal_id, "changes": _changes_out(done)}


def log_complaint(db: sqlite_utils.Database, settings: Settings, viewer: Principal,
                  client_id: int, text: str, deal_id: int | None = None) -> dict[str, Any]:
    """Record a complaint by the client (source ``pane``; the key names who logged it)."""
    body = _text(text, "the complaint")
    now = clock.iso(clock.now())
    with transaction(db):
        if not access.can_see_client(db, viewer, client_id):
            raise NotFound(f"client {client_id} does not exist or is not yours")
        manager_id = viewer.manager_id
        if deal_id is not None:
            deal = _visible_deal(db, viewer, deal_id)
            if deal["client_id"] != client_id:
                raise TagError(f"deal D-{deal_id} belongs to another client")
            manager_id = deal["manager_id"] or manager_id
        key = f"pane:{viewer.email}:{now}:{secrets.token_hex(4)}"
        cur = db.conn.execute(
            "INSERT INTO complaints (key, client_id, manager_id, deal_id, text, source, opened_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (key, client_id, manager_id, deal_id, body, SOURCE, now),
        )
        if deal_id is not None:
            record_event(db, deal_id, "complaint", f"C-{cur.lastrowid}: {body}",
                         actor=viewer.email, source=SOURCE, source_ref=key)
    log.info("complaint logged for client %s by %s", client_id, viewer.email)
    return {"complaint_id": int(cur.lastrowid or 0), "client_id": client_id}


def log_call(db: sqlite_utils.Database, settings: Settings, viewer: Principal, client_id: int,
             note: str = "", when: str = "", direction: str = "out") -> dict[str, Any]:
    """Log a phone call with the client (by the viewer, now or at ``when``), with its outcome.

    The call is a contact like one from the telephony's call log: it keeps a promise
    to call, answers the client's waiting mail and counts in workload.
    """
    text = str(note or "").strip()
    if len(text) > MAX_TEXT:
        raise TagError(f"the call's outcome is longer than {MAX_TEXT} characters; shorten it")
    if direction not in DIRECTIONS:
        raise TagError(f"direction {direction!r} is not one of in, out")
    now = clock.now()
    moment = (parse_when(when, viewer.timezone or settings.company.timezone,
                         company_calendar(settings)) if str(when or "").strip() else now)
    if moment > now:
        raise TagError("a call cannot be logged in the future; set the next contact instead")
    with transaction(db):
        if not access.can_see_client(db, viewer, client_id):
            raise NotFound(f"client {client_id} does not exist or is not yours")
        key = f"pane:{viewer.email}:{clock.iso(now)}:{secrets.token_hex(4)}"
        call_id, _ = record_call(db.conn, key=key, manager_id=viewer.manager_id,
                                 client_id=client_id, at=moment, direction=direction, note=text,
                                 source=SOURCE, source_ref=viewer.email)
    log.info("call logged for client %s by %s", client_id, viewer.email)
    return {"call_id": call_id, "client_id": client_id, "at": clock.iso(moment)}
