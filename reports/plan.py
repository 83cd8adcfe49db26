"""Plan/fact at any moment, with two forecasts of where the period will end.

Rows come per company, team, manager and product. A plan given for the exact
period is used as is; otherwise a quarter is the sum of its months and a year
the sum of its quarters (each of which may itself be a sum of months). A scope
without its own plan sums the level below: the company sums its teams (and the
managers outside any team), a team sums its managers, and "all products" sums
the per-product plans of the same scope.

- ``forecast_run_rate`` = fact / elapsed business days * total business days.
- ``forecast_weighted`` = fact + the open deals expected to close in the period,
  each weighted by its stage probability (``pipeline.probabilities``).
- ``needed_per_day`` = what is still missing to the plan / remaining business days.

Today counts as an elapsed business day.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import sqlite_utils

from dealtrail import access, clock
from dealtrail.config import Settings
from dealtrail.directory import load_directory
from dealtrail.errors import NotFound, ParseError
from dealtrail.messages import Msg
from dealtrail.periods import Period, elapsed_business_days, resolve
from dealtrail.store import rows
from dealtrail.workdays import company_calendar

from .sales import Fx, sales_by

log = logging.getLogger(__name__)

PlanKey = tuple[str, str, Any, Any]  # (period key, scope, team or manager id or None, product id)


METRICS = ("amount", "deals")


class Plans:
    """Active plans of one metric with the period/scope fallbacks (amounts in base currency)."""

    def __init__(self, db: sqlite_utils.Database, fx: Fx, period: Period,
                 metric: str = "amount") -> None:
        keys = {period.key} | {q.key for q in period.quarters()} | {m.key for m in period.months()}
        marks = ",".join("?" * len(keys))
        self._given: dict[PlanKey, int] = defaultdict(int)
        self._products: dict[tuple[str, str, Any], list[int]] = defaultdict(list)
        for r in rows(db, f"SELECT period, scope, team, manager_id, product_id, amount_minor, currency "
                          f"FROM plans WHERE active = 1 AND metric = ? AND period IN ({marks})",
                      [metric, *sorted(keys)]):
            owner = r["team"] if r["scope"] == "team" else r["manager_id"] if r["scope"] == "manager" else None
            start = date.fromisoformat(_start_of(r["period"]))
            amount = (fx.to_base(r["amount_minor"], r["currency"], start) if metric == "amount"
                      else int(r["amount_minor"]))
            if amount is None:
                continue
            self._given[(r["period"], r["scope"], owner, r["product_id"])] += amount
            if r["product_id"] is not None:
                self._products[(r["period"], r["scope"], owner)].append(amount)

    def given(self, per: Period, scope: str, owner: Any, product_id: int | None) -> tuple[int | None, str]:
        """The plan of one scope for ``per`` from its own rows, months or quarters."""
        key = (per.key, scope, owner, product_id)
        if key in self._given:
            return self._given[key], "given"
        if product_id is None and (per.key, scope, owner) in self._products:
            return sum(self._products[(per.key, scope, owner)]), "products"
        parts = per.months() if per.kind == "quarter" else per.quarters() if per.kind == "year" else []
        found = [self.given(p, scope, owner, product_id)[0] for p in parts]
        if any(v is not None for v in found):
            return sum(v for v in found if v is not None), "months" if per.kind == "quarter" else "quarters"
        return None, ""


def _start_of(key: str) -> str:
    from dealtrail.periods import parse_period

    return parse_period(key).start.isoformat()


def _sum_known(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def plan_fact(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
              manager: str | None = None, team: str | None = None, product: str | None = None,
              as_of: datetime | None = None, metric: str = "amount") -> dict[str, Any]:
    """Plan, fact, percent and forecasts per company, team, manager and product.

    ``metric`` "amount" compares sales in base currency with amount plans; "deals"
    compares the number of deals won with deal-count plans (the weighted forecast then
    adds each open deal's stage probability, so it may be fractional).
    """
    if metric not in METRICS:
        raise ParseError(f"metric {metric!r} is not one of {', '.join(METRICS)}")
    moment = as_of or clock.now()
    tz = settings.company.timezone
    per = resolve(period, moment, tz)
    today = clock.local_date(moment, tz)
    elapsed, total = elapsed_business_days(company_calendar(settings), per, today)
    fx = Fx(db, settings)
    people, goods = load_directory(db, settings)
    prod = goods.resolve(product) if product else None
    pid = prod["id"] if prod else None
    plans = Plans(db, fx, per, metric)

    fact_end = min(per.end, today)
    weighted: Mapping[tuple[Any, Any], float]
    if metric == "deals":
        facts = _deals_won(db, tz, per.start, fact_end, pid) if fact_end >= per.start else {}
        weighted = _open_probability(db, settings, per, pid)
    else:
        facts = sales_by(db, fx, per.start, fact_end, ("manager_id", "product_id"),
                         product_id=pid) if fact_end >= per.start else {}
        weighted = _open_weighted(db, settings, fx, per, today, pid)

    managers = [r for r in people.rows if access.carries_plan(r)]
    seen = {m for m, _ in facts} | {m for m, _ in weighted}
    managers += [r for r in people.rows if r["id"] in seen and r not in managers]
    teams = sorted({m["team"] for m in managers if m["team"]})

    def eff_manager(mid: int, p: int | None) -> tuple[int | None, str]:
        return plans.given(per, "manager", mid, p)

    def eff_team(t: str, p: int | None) -> tuple[int | None, str]:
        value, source = plans.given(per, "team", t, p)
        if value is not None:
            return value, source
        return _sum_known([eff_manager(m["id"], p)[0] for m in managers if m["team"] == t]), "managers"

    def eff_company(p: int | None) -> tuple[int | None, str]:
        value, source = plans.given(per, "company", None, p)
        if value is not None:
            return value, source
        parts = [eff_team(t, p)[0] for t in teams]
        parts += [eff_manager(m["id"], p)[0] for m in managers if not m["team"]]
        return _sum_known(parts), "teams"

    def total_of(pred: Callable[[Any, Any], bool], source: dict[tuple[Any, Any], Any],
                 field_name: str | None = "net") -> float:
        return sum((v[field_name] if field_name else v) for k, v in source.items() if pred(*k))

    fact_by_manager: dict[Any, int] = defaultdict(int)
    open_by_manager: dict[Any, float] = defaultdict(int)
    for (m_id, _), v in facts.items():
        fact_by_manager[m_id] += v["net"]
    for (m_id, _), w in weighted.items():
        open_by_manager[m_id] += w

    def row(level: str, key: str | None, name: str, plan: tuple[int | None, str],
            pred: Callable[[Any, Any], bool], manager_id: Any = ...) -> dict[str, Any]:
        fact: float
        open_w: float
        if manager_id is not ...:  # one manager: pre-summed, not a scan per row
            fact, open_w = fact_by_manager.get(manager_id, 0), open_by_manager.get(manager_id, 0)
        else:
            fact = total_of(pred, facts)
            open_w = total_of(pred, weighted, None)
        return _figures(level, key, name, plan, fact, open_w, elapsed, total)

    out: list[dict[str, Any]] = []
    selected = managers
    if manager:
        m = people.by_email(manager)
        selected = [m]
    elif team:
        selected = [m for m in managers if m["team"] == team]
        if not selected:
            raise NotFound(Msg("found_no_team", value=team,
                               teams=", ".join(teams) or Msg("rules_none")))
    ids = {m["id"] for m in selected}

    if not manager and not team:
        out.append(row("company", None, settings.company.name, eff_company(pid),
                       lambda m, p: True))
    for t in teams:
        if team and t != team or manager:
            continue
        members = {m["id"] for m in managers if m["team"] == t}
        out.append(row("team", t, t, eff_team(t, pid), _member_of(members)))
    for m in selected:
        out.append(row("manager", m["email"], m["name"], eff_manager(m["id"], pid),
                       _member_of({m["id"]}), m["id"]))
    if not manager and not team and any(k[0] is None for k in facts):
        out.append(row("manager", None, "(unassigned)", (None, ""), lambda m, p: m is None, None))
    product_rows = [prod] if prod else goods.rows
    for g in product_rows:
        if manager:
            plan = eff_manager(selected[0]["id"], g["id"])
        elif team:
            plan = eff_team(team, g["id"])
        else:
            plan = eff_company(g["id"])
        out.append(row("product", g["code"], g["name_en"], plan,
                       _product_of(g["id"], ids if (manager or team) else None)))
    return {
        **per.as_dict(), "as_of": clock.iso(moment), "today": today.isoformat(),
        "metric": metric, "currency": fx.base if metric == "amount" else "",
        "business_days": {"elapsed": elapsed, "total": total,
                                               "remaining": total - elapsed},
        "filters": {"manager": manager, "team": team, "product": prod["code"] if prod else None},
        "rows": out, "warnings": fx.warnings(),
    }


def _figures(level: str, key: str | None, name: str, plan: tuple[int | None, str], fact: float,
             open_weighted: float, elapsed: int, total: int) -> dict[str, Any]:
    amount, source = plan
    run_rate = fact if elapsed == 0 or elapsed >= total else round(fact / elapsed * total)
    forecast_w = fact + open_weighted
    if isinstance(forecast_w, float):      # deal counts weighted by probability
        forecast_w, open_weighted = round(forecast_w, 2), round(open_weighted, 2)
    remaining = None if amount is None else max(amount - fact, 0)
    days_left = total - elapsed
    needed = None if remaining is None or days_left <= 0 else round(remaining / days_left)
    pct = None if not amount else round(fact / amount * 100, 1)
    return {
        "level": level, "key": key, "name": name, "plan": amount, "plan_source": source,
        "fact": fact, "pct": pct, "remaining": remaining,
        "forecast_run_rate": run_rate,
        "forecast_run_rate_pct": None if not amount else round(run_rate / amount * 100, 1),
        "forecast_weighted": forecast_w, "open_weighted": open_weighted,
        "forecast_weighted_pct": None if not amount else round(forecast_w / amount * 100, 1),
        "needed_per_day": needed, "days_elapsed": elapsed, "days_total": total,
    }


def _open_in_period(db: sqlite_utils.Database, per: Period, product_id: int | None,
                    measure: str, group: str = "") -> list[dict[str, Any]]:
    """Open deals expected to close in the period, per manager, product and stage (+ ``group``)."""
    sql = (f"SELECT manager_id, product_id, stage{group}, {measure} FROM deals "
           "WHERE status = 'open' AND expected_close >= ? AND expected_close <= ?")
    params: list[Any] = [per.start.isoformat(), per.end.isoformat()]
    if product_id is not None:
        sql += " AND product_id = ?"
        params.append(product_id)
    return rows(db, sql + f" GROUP BY manager_id, product_id, stage{group}", params)


def _open_weighted(db: sqlite_utils.Database, settings: Settings, fx: Fx, per: Period, today: date,
                   product_id: int | None) -> dict[tuple[Any, Any], int]:
    """Open deals expected to close in the period, times their stage probability, per manager/product."""
    probs = settings.pipeline.probabilities
    out: dict[tuple[Any, Any], int] = defaultdict(int)
    for r in _open_in_period(db, per, product_id, "SUM(amount_minor) AS amount", ", currency"):
        base = fx.to_base(r["amount"], r["currency"], today)
        if base is None:
            continue
        out[(r["manager_id"], r["product_id"])] += round(base * float(probs.get(r["stage"], 0.0)))
    return dict(out)


def _open_probability(db: sqlite_utils.Database, settings: Settings, per: Period,
                      product_id: int | None) -> dict[tuple[Any, Any], float]:
    """Open deals expected to close in the period, each counted as its stage probability."""
    probs = settings.pipeline.probabilities
    out: dict[tuple[Any, Any], float] = defaultdict(float)
    for r in _open_in_period(db, per, product_id, "count(*) AS n"):
        out[(r["manager_id"], r["product_id"])] += r["n"] * float(probs.get(r["stage"], 0.0))
    return {k: round(v, 2) for k, v in out.items()}


def _deals_won(db: sqlite_utils.Database, tz: str, start: date, end: date,
               product_id: int | None) -> dict[tuple[Any, Any], dict[str, int]]:
    """Deals won from ``start`` to ``end`` (local dates, inclusive), per manager and product."""
    sql = ("SELECT manager_id, product_id, count(*) AS n FROM deals WHERE status = 'won' "
           "AND won_at >= ? AND won_at < ?")
    params: list[Any] = list(Period.days(start, end).utc_bounds(tz))
    if product_id is not None:
        sql += " AND product_id = ?"
        params.append(product_id)
    sql += " GROUP BY manager_id, product_id"
    return {(r["manager_id"], r["product_id"]): {"net": int(r["n"])} for r in rows(db, sql, params)}


def _member_of(members: set[Any]) -> Callable[[Any, Any], bool]:
    """A row predicate: the sale's manager is one of ``members``."""
    return lambda manager_id, product_id: manager_id in members


def _product_of(product: Any, managers: set[Any] | None) -> Callable[[Any, Any], bool]:
    """A row predicate: the sale is of ``product`` (and, when given, by one of ``managers``)."""
    return lambda manager_id, product_id: product_id == product and (
        managers is None or manager_id in managers)


def fact_rows(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
              manager: str | None = None, product: str | None = None,
              as_of: datetime | None = None) -> dict[str, Any]:
    """The sales rows behind the amount fact of :func:`plan_fact` for the same period, manager
    and product: the same dates (period start to today), each row also in base units.

    Their ``amount_base`` adds up to the fact that :func:`plan_fact` shows (a row without a
    rate counts nowhere, and is listed with ``amount_base`` None).
    """
    moment = as_of or clock.now()
    tz = settings.company.timezone
    per = resolve(period, moment, tz)
    fact_end = min(per.end, clock.local_date(moment, tz))
    fx = Fx(db, settings)
    people, goods = load_directory(db, settings)
    where, params = ["s.booked_on >= ?", "s.booked_on <= ?"], [per.start.isoformat(),
                                                                fact_end.isoformat()]
    if manager:
        where.append("s.manager_id = ?")
        params.append(people.by_email(manager)["id"])
    prod = goods.resolve(product) if product else None
    if prod:
        where.append("s.product_id = ?")
        params.append(prod["id"])
    out = []
    for r in rows(db, "SELECT s.id, s.external_id, s.booked_on, s.amount_minor, s.currency,"
                      " s.source, s.deal_id, s.client_id, c.name AS client, s.manager_id,"
                      " m.email AS manager, m.name AS manager_name, p.code AS product"
                      " FROM sales s LEFT JOIN clients c ON c.id = s.client_id"
                      " LEFT JOIN managers m ON m.id = s.manager_id"
                      " LEFT JOIN products p ON p.id = s.product_id"
                      f" WHERE {' AND '.join(where)} ORDER BY s.booked_on, s.id", params):
        r["amount_base"] = fx.to_base(r["amount_minor"], r["currency"],
                                      date.fromisoformat(r["booked_on"][:10]))
        out.append(r)
    return {**per.as_dict(), "as_of": clock.iso(moment), "currency": fx.base,
            "filters": {"manager": manager, "product": prod["code"] if prod else None},
            "rows": out if fact_end >= per.start else [], "warnings": fx.warnings()}
