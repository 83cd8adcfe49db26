"""Motivation: commission per manager, rewarding selling more, not moving sales between periods.

Commission is marginal, like tax brackets: ``motivation.base_rate`` on the fact
up to the first accelerator threshold, then each accelerator's rate on the
part of the fact between its threshold and the next (thresholds are fractions
of the plan: 1.0 = 100 %). ``motivation.cap`` (0 = none) stops commission at
that fraction of the plan. A manager without a plan earns the base rate.

Slipped deals: a deal whose expected close was moved from the previous period
into this one and which was then won in the first ``SLIP_WINDOW_DAYS`` business
days of this period. Such deals are listed, and their amount earns only the
base rate, so holding a deal back to land it in a fresh period never pays more.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date, datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.directory import load_directory
from dealtrail.domain import item_code
from dealtrail.periods import Period, resolve
from dealtrail.store import rows
from dealtrail.workdays import company_calendar

from .plan import plan_fact
from .sales import Fx

log = logging.getLogger(__name__)

SLIP_WINDOW_DAYS = 5


def tiers(settings: Settings) -> list[tuple[float, float]]:
    """[(threshold fraction of plan, rate)] starting with (0, base_rate), sorted."""
    acc = sorted((float(t), float(r)) for t, r in settings.motivation.accelerators)
    return [(0.0, float(settings.motivation.base_rate))] + [a for a in acc if a[0] > 0]


def commission(settings: Settings, plan: int | None, fact: int, slipped: int = 0
               ) -> tuple[int, list[dict[str, Any]]]:
    """Commission in base minor units and its breakdown by tier."""
    base_rate = float(settings.motivation.base_rate)
    fact = max(fact, 0)
    slipped = min(max(slipped, 0), fact)
    if not plan or plan <= 0:
        amount = round(fact * base_rate)
        return amount, [{"from_pct": 0.0, "to_pct": None, "rate": base_rate, "amount": fact,
                         "commission": amount}]
    accelerated = fact - slipped
    cap = float(settings.motivation.cap)
    if cap > 0:
        accelerated = min(accelerated, round(plan * cap))
    steps = tiers(settings)
    breakdown: list[dict[str, Any]] = []
    total = 0.0
    for i, (threshold, rate) in enumerate(steps):
        lo = plan * threshold
        hi = plan * steps[i + 1][0] if i + 1 < len(steps) else None
        if cap > 0:
            hi = min(hi, plan * cap) if hi is not None else plan * cap
        part = max(0.0, min(accelerated, hi if hi is not None else accelerated) - lo)
        if part <= 0 and breakdown:
            continue
        total += part * rate
        breakdown.append({"from_pct": round(threshold * 100, 1),
                          "to_pct": None if hi is None else round(hi / plan * 100, 1),
                          "rate": rate, "amount": round(part), "commission": round(part * rate)})
    if slipped:
        total += slipped * base_rate
        breakdown.append({"from_pct": None, "to_pct": None, "rate": base_rate, "amount": slipped,
                          "commission": round(slipped * base_rate), "slipped": True})
    return round(total), breakdown


def slipped_deals(db: sqlite_utils.Database, settings: Settings, per: Period, fx: Fx
                  ) -> dict[int, list[dict[str, Any]]]:
    """Deals pushed from the previous period into ``per`` and won in its first business days."""
    tz = settings.company.timezone
    prev = per.previous()
    cal = company_calendar(settings)
    first = cal.next_workday(per.start)
    window_end = min(cal.add_workdays(first, SLIP_WINDOW_DAYS - 1), per.end)
    lo, _ = per.utc_bounds(tz)
    _, hi = Period("window", "custom", per.start, window_end).utc_bounds(tz)
    found = rows(db, """
        SELECT d.id, d.manager_id, d.amount_minor, d.currency, d.won_at, c.name AS client,
               h.old_value, h.new_value, h.at AS pushed_at, h.actor_email,
               (SELECT p.code FROM products p WHERE p.id = d.product_id) AS product
        FROM deals d
        JOIN deal_history h ON h.deal_id = d.id AND h.field = 'expected_close'
        JOIN clients c ON c.id = d.client_id
        WHERE d.status = 'won' AND d.won_at >= ? AND d.won_at < ?
        ORDER BY d.id, h.at""", [lo, hi])
    out: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
    for r in found:
        try:
            old = date.fromisoformat((r["old_value"] or "")[:10])
            new = date.fromisoformat((r["new_value"] or "")[:10])
        except ValueError:
            continue
        if not (prev.contains(old) and new >= per.start):
            continue
        won_on = clock.local_date(clock.parse_iso(r["won_at"]), tz)
        out[r["manager_id"]][r["id"]] = {
            "code": item_code("D", r["id"]), "client": r["client"], "product": r["product"],
            "amount": r["amount_minor"],
            "currency": r["currency"], "amount_base": fx.to_base(r["amount_minor"], r["currency"],
                                                                 won_on) or 0,
            "expected_close_was": old.isoformat(), "expected_close_moved_to": new.isoformat(),
            "moved_at": r["pushed_at"], "moved_by": r["actor_email"], "won_on": won_on.isoformat(),
            "days_into_period": (won_on - per.start).days + 1,
        }
    return {m: list(v.values()) for m, v in out.items()}


def motivation(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
               manager: str | None = None, as_of: datetime | None = None,
               product: str | None = None) -> list[dict[str, Any]]:
    """Commission per manager for the period, with the slipped deals that earn only the base rate.

    Commission is paid on all of a manager's sales, so ``product`` does not change a figure:
    it keeps the managers with a plan or a sale of that product, and lists only the slipped
    deals of it (``slipped_deals`` still counts them all in the commission).
    """
    moment = as_of or clock.now()
    per = resolve(period, moment, settings.company.timezone)
    report = plan_fact(db, settings, per, manager=manager, as_of=moment)
    fx = Fx(db, settings)
    slips = slipped_deals(db, settings, per, fx)
    sells: set[Any] | None = None
    code: str | None = None
    if product:
        code = load_directory(db, settings)[1].resolve(product)["code"]
        narrowed = plan_fact(db, settings, per, manager=manager, product=code, as_of=moment)
        sells = {r["key"] for r in narrowed["rows"] if r["level"] == "manager"
                 and (r["plan"] or r["fact"])}
    ids = {r["email"]: r["id"] for r in rows(db, "SELECT id, email FROM managers")}
    out = []
    for row in report["rows"]:
        if row["level"] != "manager" or row["key"] is None or sells is not None \
                and row["key"] not in sells:
            continue
        slipped = slips.get(ids.get(row["key"], -1), [])
        slipped_amount = sum(s["amount_base"] for s in slipped)
        amount, breakdown = commission(settings, row["plan"], row["fact"], slipped_amount)
        out.append({
            "manager": row["key"], "name": row["name"], "period": per.key,
            "currency": report["currency"], "plan": row["plan"], "fact": row["fact"],
            "pct": row["pct"], "commission": amount,
            "effective_rate": round(amount / row["fact"], 5) if row["fact"] > 0 else 0.0,
            "tiers": breakdown, "no_plan": row["plan"] is None,
            "slipped_deals": [d for d in slipped if code is None or d["product"] == code],
            "slipped_amount": slipped_amount,
        })
    out.sort(key=lambda r: (-r["commission"], r["manager"]))
    return out


__all__ = ["commission", "motivation", "slipped_deals", "tiers"]
