"""Workload: how loaded each manager is, from mail, calendar and deals.

Per manager: open deals; active clients (a contact in the last 30 days);
inbound and outbound client messages and answered calls per day (last 30 days, from
contacts); meetings this week and next week; the unanswered queue (threads waiting
for our reply); open complaints; overdue items (open violations plus the open deals
whose next contact has passed, as the negotiations board counts them); the median first-response time in business hours (from a client's
message that starts a wait to our next message or call to that client); and a load index:
the manager's weighted load divided by the median weighted load of the team's
managers (1.0 = typical, 2.0 = twice as loaded). The weights are in
``LOAD_WEIGHTS``.
"""

from __future__ import annotations

import bisect
import logging
import statistics
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlite_utils

from dealtrail import access, clock
from dealtrail.answered import CONTACT_CHANNELS, awaiting
from dealtrail.config import Settings
from dealtrail.contacts import held_sql
from dealtrail.directory import load_directory
from dealtrail.periods import week_containing
from dealtrail.store import rows
from dealtrail.workdays import BusinessCalendar, company_calendar

from .pipeline import overdue_by_manager

log = logging.getLogger(__name__)

#: One product's deals, and the clients that have one (any status): a product filter keeps
#: the violations and complaints about such a deal, and the contacts with such a client.
PRODUCT_DEALS = "SELECT id FROM deals WHERE product_id = ?"
PRODUCT_CLIENTS = "SELECT DISTINCT client_id FROM deals WHERE product_id = ?"

WINDOW_DAYS = 30
_INBOUND, _OUTBOUND, _CALL, _MEETING = 1, 2, 3, 4   # contact kinds as the workload query returns
_KINDS = {"email_in": _INBOUND, "email_out": _OUTBOUND, "call": _CALL, "meeting": _MEETING}
#: What ends a wait for our answer: our message, or a call or meeting with the client
#: (:data:`dealtrail.answered.CONTACT_CHANNELS`, what answers mail for the rules and the digest).
_ANSWERS = frozenset({_OUTBOUND, *(_KINDS[c] for c in CONTACT_CHANNELS)})
_KIND_SQL = "CASE channel " + " ".join(f"WHEN '{c}' THEN {k}" for c, k in _KINDS.items()) \
    + " ELSE 0 END"
LOAD_WEIGHTS = {
    "open_deals": 1.0,            # each open deal needs follow-up
    "active_clients": 0.5,        # each client talked to in the window
    "messages_per_day": 1.0,      # inbound + outbound client mail per day
    "calls_per_day": 1.0,         # answered calls with clients per day
    "meetings_this_week": 1.0,
    "meetings_next_week": 0.5,
    "unanswered": 1.0,            # threads waiting for a reply now
}


class BusinessClock:
    """Business seconds between instants in O(log days), from a per-day running total.

    Each local day from ``first`` to ``last`` (plus one) is kept as epoch
    seconds: its midnight, its working window (empty on a day off) and the
    business seconds before it, so a stored time needs one parse and one
    binary search.
    """

    def __init__(self, cal: BusinessCalendar, tz: str, first: date, last: date) -> None:
        self._starts: list[float] = []
        self._lo: list[float] = []
        self._hi: list[float] = []
        self._cum: list[float] = []
        total = 0.0
        for _, start, lo, hi in cal.windows(tz, first, last + timedelta(days=1)):
            self._starts.append(float(start))
            self._lo.append(float(lo))
            self._hi.append(float(hi))
            self._cum.append(total)
            total += hi - lo
        self._total = total

    def seconds_at(self, epoch: float) -> float:
        """Business seconds from the start of the first day to ``epoch``."""
        index = bisect.bisect_right(self._starts, epoch) - 1
        if index < 0:
            return 0.0
        if index >= len(self._starts) - 1 and epoch >= self._starts[-1] + 86400:
            return self._total
        lo, hi = self._lo[index], self._hi[index]
        return self._cum[index] + min(max(epoch - lo, 0.0), hi - lo)

    def window_at(self, epoch: float) -> tuple[float, float]:
        """The working window (epoch seconds) of the local day holding ``epoch``."""
        index = min(max(bisect.bisect_right(self._starts, epoch) - 1, 0), len(self._starts) - 1)
        return self._lo[index], self._hi[index]

    def seconds(self, moment: datetime) -> float:
        """Business seconds from the start of the first day to ``moment``."""
        return self.seconds_at(moment.timestamp())

    def hours_between(self, start: datetime, end: datetime) -> float:
        return (self.seconds(end) - self.seconds(start)) / 3600.0


def workload(db: sqlite_utils.Database, settings: Settings, *, as_of: datetime | None = None,
             manager: str | None = None, product: str | None = None) -> list[dict[str, Any]]:
    """One row per manager, most loaded first.

    ``product`` narrows it to one product: deals of that product, violations and complaints
    about a deal of it, and the mail, calls, meetings and waiting threads of the clients that
    have a deal of it (:data:`PRODUCT_CLIENTS`).
    """
    moment = as_of or clock.now()
    tz = settings.company.timezone
    now_iso = clock.iso(moment)
    since = moment - timedelta(days=WINDOW_DAYS)
    since_iso = clock.iso(since)
    people, goods = load_directory(db, settings)
    pid = goods.resolve(product)["id"] if product else None
    # One product: each query keeps its rows of that product (no parameter when none).
    deal_of = " AND product_id = ?" if pid is not None else ""
    about = f" AND deal_id IN ({PRODUCT_DEALS})" if pid is not None else ""
    client_of = f" AND client_id IN ({PRODUCT_CLIENTS})" if pid is not None else ""
    extra = [pid] if pid is not None else []
    staff = [r for r in people.rows if access.carries_plan(r)]
    wanted = people.by_email(manager)["email"] if manager else None
    ids = [m["id"] for m in staff]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    today = clock.local_date(moment, tz)
    this_week = week_containing(today)
    week_bounds = [*this_week.utc_bounds(tz), this_week.next().utc_bounds(tz)[1]]

    def per_manager(sql: str, params: list[Any]) -> dict[int, dict[str, Any]]:
        return {r["manager_id"]: r for r in rows(db, sql, params)}

    deals = per_manager(
        f"SELECT manager_id, COUNT(*) AS open_deals FROM deals WHERE status = 'open' "
        f"AND manager_id IN ({marks}){deal_of} GROUP BY manager_id", [*ids, *extra])
    # Overdue has one definition, the negotiations board's.
    overdue = overdue_by_manager(db, moment, product_id=pid)
    # Read straight from the covering index contacts_manager_channel, in its order
    # (a client's message and our reply at the same second: the message first).
    contacts = db.conn.execute(
        f"SELECT manager_id, client_id, at, {_KIND_SQL} FROM contacts "
        f"WHERE manager_id IN ({marks}) AND at >= ? AND at <= ?{client_of} "
        f"ORDER BY manager_id, at, channel", [*ids, since_iso, now_iso, *extra])
    meetings = per_manager(
        f"SELECT manager_id, SUM(CASE WHEN start_at < ? THEN 1 ELSE 0 END) AS this_week, "
        f"SUM(CASE WHEN start_at >= ? THEN 1 ELSE 0 END) AS next_week FROM events "
        f"WHERE manager_id IN ({marks}) AND start_at >= ? AND start_at < ? "
        f"AND {held_sql('')}{client_of} GROUP BY manager_id",
        [week_bounds[1], week_bounds[1], *ids, week_bounds[0], week_bounds[2], *extra])
    clients = ({c for (c,) in db.conn.execute(PRODUCT_CLIENTS, extra)} if pid is not None
               else None)
    queue = _unanswered(db, set(ids), moment, clients)
    violations = per_manager(
        f"SELECT manager_id, COUNT(*) AS open_violations FROM violations "
        f"WHERE status = 'open' AND manager_id IN ({marks}){about} GROUP BY manager_id",
        [*ids, *extra])
    complaints = per_manager(
        f"SELECT manager_id, COUNT(*) AS open_complaints FROM complaints "
        f"WHERE status = 'open' AND manager_id IN ({marks}){about} GROUP BY manager_id",
        [*ids, *extra])
    mail, response = _mail_and_response(settings, staff, contacts, since, moment)

    out = []
    for m in staff:
        mid = m["id"]
        inbound = (mail.get(mid) or {}).get("inbound") or 0
        outbound = (mail.get(mid) or {}).get("outbound") or 0
        calls = (mail.get(mid) or {}).get("calls") or 0
        oldest = (queue.get(mid) or {}).get("oldest")
        item = {
            "manager": m["email"], "name": m["name"], "team": m["team"], "role": m["role"],
            "open_deals": (deals.get(mid) or {}).get("open_deals") or 0,
            "active_clients": (mail.get(mid) or {}).get("active_clients") or 0,
            "inbound_per_day": round(inbound / WINDOW_DAYS, 1),
            "outbound_per_day": round(outbound / WINDOW_DAYS, 1),
            "calls_per_day": round(calls / WINDOW_DAYS, 1),
            "meetings_this_week": (meetings.get(mid) or {}).get("this_week") or 0,
            "meetings_next_week": (meetings.get(mid) or {}).get("next_week") or 0,
            "unanswered": (queue.get(mid) or {}).get("unanswered") or 0,
            "oldest_unanswered_since": oldest,
            "open_violations": (violations.get(mid) or {}).get("open_violations") or 0,
            "overdue_contacts": overdue.get(mid, 0),
            "open_complaints": (complaints.get(mid) or {}).get("open_complaints") or 0,
            "median_first_response_hours": response.get(mid),
        }
        item["overdue_items"] = item["open_violations"] + item["overdue_contacts"]
        item["weighted_load"] = round(
            LOAD_WEIGHTS["open_deals"] * item["open_deals"]
            + LOAD_WEIGHTS["active_clients"] * item["active_clients"]
            + LOAD_WEIGHTS["messages_per_day"] * (inbound + outbound) / WINDOW_DAYS
            + LOAD_WEIGHTS["calls_per_day"] * calls / WINDOW_DAYS
            + LOAD_WEIGHTS["meetings_this_week"] * item["meetings_this_week"]
            + LOAD_WEIGHTS["meetings_next_week"] * item["meetings_next_week"]
            + LOAD_WEIGHTS["unanswered"] * item["unanswered"], 2)
        out.append(item)
    _load_index(out)
    out.sort(key=lambda r: (-(r["load_index"] or 0), r["manager"]))
    # One manager asked for: the median above still came from the whole team.
    return [r for r in out if r["manager"] == wanted] if wanted else out


def _load_index(items: list[dict[str, Any]]) -> None:
    """Divide each weighted load by the median over managers (role manager)."""
    base = [i["weighted_load"] for i in items if i["role"] == "manager"] or \
        [i["weighted_load"] for i in items]
    median = statistics.median(base) if base else 0
    for i in items:
        i["team_median_load"] = median
        i["load_index"] = round(i["weighted_load"] / median, 2) if median else None


def _unanswered(db: sqlite_utils.Database, ids: set[int], moment: datetime,
                clients: set[int] | None = None) -> dict[int, dict[str, Any]]:
    """Threads waiting for our answer at ``moment``, per manager the client wrote to (of
    ``clients`` only, when given).

    What waits is defined once, in :func:`dealtrail.answered.awaiting` (the rules and the
    digest read it too).
    """
    out: dict[int, dict[str, Any]] = {}
    for row in awaiting(db, moment):
        manager_id, since = row["manager_id"], row["since"]
        if manager_id not in ids or clients is not None and row["client_id"] not in clients:
            continue
        acc = out.get(manager_id)
        if acc is None:
            out[manager_id] = {"unanswered": 1, "oldest": since}
            continue
        acc["unanswered"] += 1
        if acc["oldest"] is None or since < acc["oldest"]:
            acc["oldest"] = since
    return out


def _mail_and_response(settings: Settings, staff: list[dict[str, Any]],
                       contacts: Iterable[tuple[int, int, str, int]], since: datetime,
                       moment: datetime) -> tuple[dict[int, dict[str, int]], dict[int, float]]:
    """Active clients, inbound/outbound counts and median first-response hours per manager.

    ``contacts`` are ``(manager_id, client_id, at, kind)`` rows ordered by
    manager and then time, where ``kind`` is ``_INBOUND``, ``_OUTBOUND``,
    ``_CALL``, ``_MEETING`` or 0 (another channel). A response time runs from a
    client's message that starts a wait (the first inbound since our last answer
    to that client) to our next outbound message, call or meeting with the same
    client (:data:`_ANSWERS`), in business hours of the manager's time zone.
    """
    cal = company_calendar(settings)
    tz_of = {m["id"]: m["timezone"] or settings.company.timezone for m in staff}
    clocks: dict[str, _HourTable] = {}
    first = since.date() - timedelta(days=1)
    last = moment.date() + timedelta(days=1)
    mail: dict[int, dict[str, int]] = {}
    hours: dict[int, float] = {}

    def close(mid: int, seen: set[int], inbound: int, outbound: int, calls: int,
              spans: list[tuple[str, str]]) -> None:
        mail[mid] = {"inbound": inbound, "outbound": outbound, "calls": calls,
                     "active_clients": len(seen)}
        if spans:
            tz = tz_of.get(mid, settings.company.timezone)
            table = clocks.get(tz)
            if table is None:
                table = clocks[tz] = _HourTable(BusinessClock(cal, tz, first, last))
            seconds = table.seconds
            waits = [(seconds(answered) - seconds(started)) / 3600.0
                     for started, answered in spans]
            hours[mid] = round(statistics.median(waits), 1)

    # One manager at a time (rows come grouped by manager): plain locals, keyed by client.
    current: int | None = None
    seen: set[int] = set()
    waiting: dict[int, str] = {}
    spans: list[tuple[str, str]] = []
    inbound = outbound = calls = 0
    for mid, client, at, kind in contacts:
        if mid != current:
            if current is not None:
                close(current, seen, inbound, outbound, calls, spans)
            current, seen, waiting, spans = mid, set(), {}, []
            inbound = outbound = calls = 0
        seen.add(client)
        if kind == _INBOUND:
            inbound += 1
            if client not in waiting:
                waiting[client] = at
        elif kind in _ANSWERS:
            outbound += kind == _OUTBOUND
            calls += kind == _CALL
            started = waiting.pop(client, None)
            if started is not None:
                spans.append((started, at))
    if current is not None:
        close(current, seen, inbound, outbound, calls, spans)
    return mail, hours


class _HourTable:
    """Business seconds of stored UTC text, looked up by its hour.

    Stored times are canonical (``2026-11-20T14:05:09+00:00``), so the first 13
    characters name a UTC hour. Per hour seen, the business seconds at its start
    and the working part of the hour (one interval: working windows do not
    cross midnight) are worked out once from the ``BusinessClock``; a moment is
    then that total plus its seconds into the working part. Any other text, or
    an hour the table cannot describe as one interval, goes the exact way.
    """

    def __init__(self, bc: BusinessClock) -> None:
        self._bc = bc
        self._hours: dict[str, tuple[float, int, int] | None] = {}

    def _hour(self, key: str) -> tuple[float, int, int] | None:
        try:
            start = datetime(int(key[0:4]), int(key[5:7]), int(key[8:10]), int(key[11:13]),
                             tzinfo=UTC).timestamp()
        except ValueError:
            return None
        bc = self._bc
        base = bc.seconds_at(start)
        full = bc.seconds_at(start + 3600) - base
        if full in (0.0, 3600.0):
            return base, 0, int(full)
        # Part of the hour works: it must be one day's window, cut to the hour.
        windows = {bc.window_at(start), bc.window_at(start + 3599)}
        if len(windows) != 1:
            return None
        lo, hi = windows.pop()
        lo_off, hi_off = max(lo - start, 0.0), min(hi - start, 3600.0)
        if hi_off - lo_off != full or lo_off != int(lo_off):
            return None
        return base, int(lo_off), int(hi_off)

    def seconds(self, text: str) -> float:
        """Business seconds from the clock's first day to the stored time ``text``."""
        key = text[:13]
        try:
            entry = self._hours[key]
        except KeyError:
            entry = self._hours[key] = self._hour(key) if len(key) == 13 else None
        if entry is not None and len(text) == 25 and text[13] == ":" and text[19:] == "+00:00":
            base, lo, hi = entry
            offset = int(text[14:16]) * 60 + int(text[17:19])
            return base if offset <= lo else base + (hi - lo if offset >= hi else offset - lo)
        return self._bc.seconds_at(clock.parse_iso(text).timestamp())
