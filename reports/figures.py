"""The headline figures of one person (or the whole company) for a period, and how fresh they are.

The pane's plan strip and team table, the dashboard, the digest and the CLI show
the same few numbers: plan, fact, percent done, the run-rate forecast, the
weighted pipeline (:func:`headline`, from :mod:`reports.plan`), and open deals,
overdue contacts, unanswered threads, open violations and complaints (the
:data:`COUNTS` of :mod:`reports.workload`). Nothing else computes them, so no
channel can disagree with another. Money is in the company's base currency (``[imports] fx_rates``), never
a sum across currencies.

The terms, one meaning each:

- ``forecast_run_rate`` ("run-rate forecast", «прогноз по темпу»): fact so far
  divided by elapsed business days, times the period's business days.
- ``forecast_weighted`` ("weighted pipeline", «взвешенная воронка»): fact plus
  the open deals expected to close in the period, each times its stage probability.
- ``overdue_contacts``: open deals whose next contact moment has passed
  (:func:`reports.pipeline.overdue_by_manager`).
- ``unanswered``: threads waiting for our reply (:mod:`reports.workload`).
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.errors import NotFound

from . import plan as _plan

#: The counts every channel shows per manager, as :func:`reports.workload.workload` names them.
COUNTS = ("open_deals", "overdue_contacts", "unanswered", "open_violations", "open_complaints")
#: The money figures, as :func:`reports.plan.plan_fact` names them.
MONEY = ("plan", "fact", "forecast_run_rate", "forecast_weighted")
PERCENTS = ("pct", "forecast_run_rate_pct", "forecast_weighted_pct")


def data_as_of(db: sqlite_utils.Database) -> str | None:
    """When the data was last brought up to date: the latest finished index or rules run (UTC ISO).

    None when nothing was indexed yet. Every screen and digest shows it ("data as of ...").
    """
    found = db.conn.execute(
        "SELECT MAX(finished_at) FROM job_runs WHERE (job = 'rules' OR job LIKE 'index:%')"
        " AND status = 'ok' AND finished_at IS NOT NULL").fetchone()
    return found[0] if found and found[0] else None


# The plan strip is asked for on every message the pane selects; plan/fact costs tens of
# milliseconds on a big store, so the answer is kept until anything it reads changes.
_STRIPS: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_STRIPS_MAX = 256


def _version(db: sqlite_utils.Database) -> tuple[Any, ...]:
    """What changes whenever a plan/fact figure may change: new plans, sales, deals, deal
    changes, rates or runs (each table's largest rowid is one index seek)."""
    return tuple(db.conn.execute(
        "SELECT (SELECT MAX(rowid) FROM plans), (SELECT MAX(rowid) FROM sales),"
        " (SELECT COUNT(*) FROM sales), (SELECT MAX(rowid) FROM deals),"
        " (SELECT MAX(rowid) FROM deal_history), (SELECT MAX(rowid) FROM fx_rates),"
        " (SELECT MAX(rowid) FROM job_runs)").fetchone())


def plan_strip(db: sqlite_utils.Database, settings: Settings, *, manager: str | None = None,
               as_of: datetime | None = None) -> dict[str, Any]:
    """:func:`headline` for the current month.

    The same numbers as ``headline``; the answer is reused until the store changes or
    the day turns, so the pane can ask on every selected message.
    """
    moment = as_of or clock.now()
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    key = (path, manager, clock.local_date(moment, settings.company.timezone), _version(db))
    found = _STRIPS.get(key)
    if found is None:
        found = headline(db, settings, None, manager=manager, as_of=moment)
        _STRIPS[key] = found
        while len(_STRIPS) > _STRIPS_MAX:
            _STRIPS.popitem(last=False)
    return dict(found)


def plan_row(data: dict[str, Any], manager: str | None) -> dict[str, Any] | None:
    """The row of a :func:`reports.plan.plan_fact` result that is the manager's (or the company's)."""
    level, key = ("manager", manager.lower()) if manager else ("company", None)
    for row in data["rows"]:
        if row["level"] == level and (key is None or (row["key"] or "").lower() == key):
            return row
    return None


def headline(db: sqlite_utils.Database, settings: Settings, period: str | None = None, *,
             manager: str | None = None, as_of: datetime | None = None) -> dict[str, Any]:
    """Plan, fact and both forecasts of ``manager`` (the company when None), from plan/fact.

    Returns ``{period, kind, start, end, currency, as_of, data_as_of, manager, name, plan,
    fact, pct, forecast_run_rate, forecast_run_rate_pct, forecast_weighted,
    forecast_weighted_pct}``; money in minor units of the base currency, ``plan``/``pct``
    None when no plan is set. The counts (:data:`COUNTS`) are the workload report's rows.
    """
    moment = as_of or clock.now()
    data = _plan.plan_fact(db, settings, period, manager=manager, as_of=moment)
    row = plan_row(data, manager)
    if row is None:
        raise NotFound(f"no plan/fact row for {manager or 'the company'} in {data['period']}")
    out: dict[str, Any] = {
        "period": data["period"], "kind": data["kind"], "start": data["start"],
        "end": data["end"], "currency": data["currency"], "as_of": data["as_of"],
        "data_as_of": data_as_of(db), "manager": manager, "name": row["name"],
    }
    out.update({k: row[k] for k in (*MONEY, *PERCENTS)})
    return out
