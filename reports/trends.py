"""Trends over a year: the monthly plan/fact, and violations per week per manager.

The monthly plan/fact is :func:`reports.plan.plan_fact` asked once per month of the
year (so every month's figure is the same one the plan report gives for that month);
the company's, each manager's and each product's rows become one series each.
Violations count in the week they happened in (``reports.violations.happened_at``: the missed
day or broken deadline, not the index run that found it; weeks start on Monday, in the
company's time zone), per manager, from the year's first week to the week of ``as_of``.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.directory import load_directory
from dealtrail.periods import Period, parse_period, resolve, week_containing

from .plan import plan_fact
from .violations import happened_at, happened_between

LEVELS = ("company", "manager", "product")


def year_of(period: str | Period | None, moment: datetime, tz: str) -> Period:
    """The year a period lies in (the current year when None)."""
    return parse_period(str(resolve(period, moment, tz).year))


def monthly_plan_fact(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
                      manager: str | None = None, product: str | None = None,
                      as_of: datetime | None = None) -> dict[str, Any]:
    """Plan and fact of every month of the period's year, per company, manager and product.

    Returns ``{year, months: ["2026-01", ...], currency, series: [{level, key, name,
    points: [{month, plan, fact, pct}]}]}``; a month after ``as_of`` has no fact yet (0),
    ``plan``/``pct`` are None where no plan is set. ``manager``/``product`` narrow every
    month as they narrow :func:`reports.plan.plan_fact`.
    """
    moment = as_of or clock.now()
    year = year_of(period, moment, settings.company.timezone)
    months = year.months()
    series: dict[tuple[str, Any], dict[str, Any]] = {}
    currency = settings.company.base_currency
    for month in months:
        data = plan_fact(db, settings, month, manager=manager, product=product, as_of=moment)
        currency = data["currency"]
        for row in data["rows"]:
            if row["level"] not in LEVELS:
                continue
            line = series.setdefault((row["level"], row["key"]), {
                "level": row["level"], "key": row["key"], "name": row["name"],
                "points": [{"month": m.key, "plan": None, "fact": 0, "pct": None}
                           for m in months]})
            line["points"][months.index(month)] = {"month": month.key, "plan": row["plan"],
                                                   "fact": row["fact"], "pct": row["pct"]}
    ordered = sorted(series.values(), key=lambda s: LEVELS.index(s["level"]))
    return {"year": year.key, "months": [m.key for m in months], "currency": currency,
            "series": ordered}


def weeks_of(year: Period, today: date) -> list[date]:
    """The first days (Mondays) of the business weeks that touch the year, up to the week of
    ``today`` (:func:`dealtrail.periods.week_containing`)."""
    last = min(year.end, today)
    out = []
    week = week_containing(year.start)
    while week.start <= last:
        out.append(week.start)
        week = week.next()
    return out


def violations_weekly(db: sqlite_utils.Database, settings: Settings, period: str | None, *,
                      manager: str | None = None, product: str | None = None,
                      as_of: datetime | None = None) -> dict[str, Any]:
    """Violations per week they happened in, per manager, over the period's year up to ``as_of``.

    Returns ``{year, weeks: ["2026-01-05", ...] (each week's Monday), rows: [{manager, name,
    counts: [n per week], total}]}``, managers by name; ``product`` keeps the violations
    about a deal of that product.
    """
    moment = as_of or clock.now()
    tz = settings.company.timezone
    year = year_of(period, moment, tz)
    weeks = weeks_of(year, clock.local_date(moment, tz))
    edges = [week_containing(w).utc_bounds(tz)[0] for w in weeks]
    people, goods = load_directory(db, settings)
    rows: list[dict[str, Any]] = []
    if not weeks:
        return {"year": year.key, "weeks": [], "rows": rows}
    hi = week_containing(weeks[-1]).utc_bounds(tz)[1]
    at = happened_at("v")
    where, params = happened_between(edges[0], hi)
    where += f" AND {at} <= ?"
    params.append(clock.iso(moment))
    if manager:
        where += " AND v.manager_id = ?"
        params.append(people.by_email(manager)["id"])
    if product:
        where += " AND v.deal_id IN (SELECT id FROM deals WHERE product_id = ?)"
        params.append(goods.resolve(product)["id"])
    counts: dict[Any, list[int]] = {}
    for manager_id, happened in db.conn.execute(
            f"SELECT v.manager_id, {at} FROM violations v WHERE {where}", params):
        week = bisect.bisect_right(edges, happened) - 1
        counts.setdefault(manager_id, [0] * len(weeks))[week] += 1
    for manager_id, per_week in counts.items():
        person = people.by_id(manager_id)
        rows.append({"manager": person["email"] if person else None,
                     "name": person["name"] if person else None,
                     "counts": per_week, "total": sum(per_week)})
    rows.sort(key=lambda r: (r["name"] is None, r["name"] or ""))
    return {"year": year.key, "weeks": [w.isoformat() for w in weeks], "rows": rows}
