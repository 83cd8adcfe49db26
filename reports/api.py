"""The reports, as pure functions returning plain JSON-serialisable data.

Everything a person sees about plans, negotiations, workload, sales,
complaints, violations and motivation comes from these functions: the CLI
tables, CSV/XLSX/JSON exports, digest emails, the Outlook pane and the
dashboard. Money is integer minor units plus a currency code (the company's
base currency unless a row says otherwise); times are UTC ISO-8601 strings;
``as_of`` defaults to :func:`dealtrail.clock.now`.

Periods are "2026-11" (month), "2026-Q4" (quarter) or "2026" (year); None
means the current month in the company's time zone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail.config import Settings
from dealtrail.periods import Period, parse_period

from . import motivation as _motivation
from . import pipeline as _pipeline
from . import plan as _plan
from . import sales as _sales
from . import trends as _trends
from . import violations as _violations
from . import workload as _workload
from . import worth as _worth

__all__ = [
    "REPORTS",
    "Period",
    "closed_deals",
    "complaints_and_violations",
    "motivation",
    "negotiations",
    "parse_period",
    "plan_fact",
    "plan_fact_rows",
    "sales",
    "trends",
    "workload",
]


def plan_fact(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
              manager: str | None = None, team: str | None = None, product: str | None = None,
              as_of: datetime | None = None, metric: str = "amount") -> dict[str, Any]:
    """Plan, fact, percent done, run-rate and weighted forecasts, needed per day.

    ``metric``: "amount" (sales in base currency) or "deals" (deals won against
    deal-count plans).

    Returns ``{period, kind, start, end, as_of, currency, business_days: {elapsed,
    total, remaining}, rows: [{level: company|team|manager|product, key, name, plan,
    fact, pct, forecast_run_rate, forecast_weighted, needed_per_day, ...}], warnings}``.
    """
    return _plan.plan_fact(db, settings, period, manager=manager, team=team, product=product,
                           as_of=as_of, metric=metric)


def plan_fact_rows(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
                   manager: str | None = None, product: str | None = None,
                   as_of: datetime | None = None) -> dict[str, Any]:
    """The sales rows behind the amount fact of :func:`plan_fact` (same period and filters).

    Returns ``{period, start, end, as_of, currency, filters, rows: [{id, external_id,
    booked_on, amount_minor, currency, amount_base, client, manager, product, deal_id,
    source}], warnings}``.
    """
    return _plan.fact_rows(db, settings, period, manager=manager, product=product, as_of=as_of)


def negotiations(db: sqlite_utils.Database, settings: Settings, *, manager: str | None = None,
                 as_of: datetime | None = None, limit: int | None = None, offset: int = 0,
                 overdue_first: bool = True, detail: bool = False,
                 product: str | None = None) -> list[dict[str, Any]]:
    """Open deals: code, client, product, manager, stage, amount, agreements, contacts, overdue.

    Most urgent first; ``limit``/``offset`` give one page of that order (every
    open deal when ``limit`` is None); ``overdue_first=False`` orders by code.
    ``detail=True`` adds each deal's stage evidence and what both sides agreed; ``product``
    keeps the deals of one product.
    """
    return _pipeline.negotiations(db, settings, manager=manager, as_of=as_of, limit=limit,
                                  offset=offset, overdue_first=overdue_first, detail=detail,
                                  product=product)


def agreed(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Per deal: what both sides agreed, newest first (:func:`reports.pipeline.deal_details`)."""
    return {deal_id: found["agreed"]
            for deal_id, found in _pipeline.deal_details(db, deal_ids).items()}


def next_contacts(db: sqlite_utils.Database, deal_ids: list[int], as_of: datetime | None = None
                  ) -> dict[int, tuple[str | None, str]]:
    """Per deal: the board's next contact and its source (:func:`reports.pipeline.next_contacts`)."""
    return _pipeline.next_contacts(db, deal_ids, as_of)


def deal_worth(db: sqlite_utils.Database, settings: Settings, deal_ids: list[int]
               ) -> dict[int, _worth.Worth]:
    """Per deal: its amount, currency and what says so (:func:`reports.worth.worth`)."""
    return _worth.worth(db, _sales.Fx(db, settings), deal_ids)


def closed_deals(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
                 manager: str | None = None, product: str | None = None,
                 as_of: datetime | None = None) -> dict[str, Any]:
    """Deals won or lost in the period (the board's won and lost columns), newest first,
    with the count and base-currency amount of each."""
    return _pipeline.closed(db, settings, period, manager=manager, product=product, as_of=as_of)


def workload(db: sqlite_utils.Database, settings: Settings, *, as_of: datetime | None = None,
             manager: str | None = None, product: str | None = None) -> list[dict[str, Any]]:
    """Per manager: deals, active clients, mail per day, meetings, queue, overdue, response time, load index."""
    return _workload.workload(db, settings, as_of=as_of, manager=manager, product=product)


def sales(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
          by: str = "product", manager: str | None = None, product: str | None = None,
          as_of: datetime | None = None) -> dict[str, Any]:
    """Sales per product or manager for the period (or any span of days, :meth:`Period.days`),
    the previous period and last year, with deltas."""
    return _sales.sales_report(db, settings, period, by=by, manager=manager, product=product,
                               as_of=as_of)


def complaints_and_violations(db: sqlite_utils.Database, settings: Settings, period: str | None,
                              *, manager: str | None = None, as_of: datetime | None = None,
                              product: str | None = None) -> dict[str, Any]:
    """Complaints and violations by manager and client, by rule and status, trend, open items."""
    return _violations.complaints_and_violations(db, settings, period, manager=manager,
                                                 as_of=as_of, product=product)


def motivation(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
               manager: str | None = None, as_of: datetime | None = None,
               product: str | None = None) -> list[dict[str, Any]]:
    """Commission per manager (base rate, accelerators, cap) and the slipped-deals report."""
    return _motivation.motivation(db, settings, period, manager=manager, as_of=as_of,
                                  product=product)


def trends(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
           manager: str | None = None, product: str | None = None,
           as_of: datetime | None = None) -> dict[str, Any]:
    """The period's year: plan/fact per month (company, managers, products) and violations
    per week per manager, as ``{"plan_fact": ..., "violations": ...}``."""
    return {"plan_fact": _trends.monthly_plan_fact(db, settings, period, manager=manager,
                                                   product=product, as_of=as_of),
            "violations": _trends.violations_weekly(db, settings, period, manager=manager,
                                                    product=product, as_of=as_of)}


# Report name (as on the command line) -> what it needs; used by the CLI and the demo.
REPORTS: dict[str, str] = {
    "plan": "plan_fact",
    "pipeline": "negotiations",
    "workload": "workload",
    "sales": "sales",
    "violations": "complaints_and_violations",
    "motivation": "motivation",
    "closed": "closed_deals",
    "trends": "trends",
}
