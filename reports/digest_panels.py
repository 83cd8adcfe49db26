"""The digest's sections that mirror the dashboard's newer panels: the month's won and lost
deals (the board's closed columns) and the year's trends, read from the same reports and
formatted for the recipient.

Each function returns what its template macro (``_panels.*.jinja``) shows, already in the
recipient's locale; nothing here computes a figure a report already computes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.errors import NotFound

from . import api
from .i18n import Translator

LIST_LIMIT = 25          # closed deals listed; the rest is counted


def closed_section(db: sqlite_utils.Database, settings: Settings, manager: str | None,
                   moment: datetime, t: Translator) -> dict[str, Any]:
    """This month's won and lost deals (:func:`reports.api.closed_deals`): both totals and the
    newest deals, each with its code (the digest links it to the deal's timeline)."""
    try:
        data = api.closed_deals(db, settings, None, manager=manager, as_of=moment)
    except NotFound:        # a recipient not yet in the managers table has closed nothing
        data = {"currency": settings.company.base_currency, "rows": [],
                "totals": {s: {"count": 0, "amount_base": 0} for s in ("won", "lost")}}
    cur = data["currency"]
    totals = data["totals"]
    return {
        "won": t("closed_won", count=t.number(totals["won"]["count"]),
                 amount=t.money_short(totals["won"]["amount_base"], cur)),
        "lost": t("closed_lost", count=t.number(totals["lost"]["count"]),
                  amount=t.money_short(totals["lost"]["amount_base"], cur)),
        "rows": [{"code": r["code"], "client": r["client"], "manager": r["manager_name"] or "",
                  "status": t(f"closed_{r['status']}_one"),
                  "amount": "—" if r["amount"] is None else t.money_short(r["amount"], r["currency"]),
                  "at": t.day(clock.parse_iso(r["closed_at"]))}
                 for r in data["rows"][:LIST_LIMIT]],
        "more": max(0, len(data["rows"]) - LIST_LIMIT),
    }


WEEKS_SHOWN = 4          # violations per week: the latest weeks a digest lists


def _trends(db: sqlite_utils.Database, settings: Settings, moment: datetime,
            cache: dict[str, Any]) -> dict[str, Any]:
    """The company's trends, computed once per digest run and shared by every recipient."""
    key = f"trends:{clock.iso(moment)}"
    if key not in cache:
        cache[key] = api.trends(db, settings, None, as_of=moment)
    return dict(cache[key])


def trends_section(db: sqlite_utils.Database, settings: Settings, manager: str | None,
                   moment: datetime, t: Translator, cache: dict[str, Any]) -> dict[str, Any]:
    """The dashboard's trends, compact: the year's months so far (percent of plan, or the fact
    where no plan is set) of the company or of ``manager``, and the violations of the latest
    weeks per manager (only ``manager``'s when given)."""
    data = _trends(db, settings, moment, cache)
    pf, weekly = data["plan_fact"], data["violations"]
    level, key = ("manager", manager) if manager else ("company", None)
    line = next((s for s in pf["series"] if s["level"] == level and s["key"] == key), None)
    today = clock.local_date(moment, settings.company.timezone).strftime("%Y-%m")
    months = []
    for point in (line["points"] if line else []):
        if point["month"] > today:
            break
        label = t.month_short(date.fromisoformat(point["month"] + "-01"))
        value = (t.percent(point["pct"] / 100) if point["pct"] is not None
                 else t.money_short(point["fact"], pf["currency"]))
        months.append(f"{label} {value}")
    weeks = weekly["weeks"][-WEEKS_SHOWN:]
    rows = [{"name": r["name"] or "–",
             "counts": " · ".join(t.number(n) for n in r["counts"][-WEEKS_SHOWN:]),
             "total": t.number(r["total"])}
            for r in weekly["rows"] if manager is None or r["manager"] == manager]
    return {"year": pf["year"], "months": " · ".join(months),
            "weeks": t("trend_weeks", since=t.day(date.fromisoformat(weeks[0]))) if weeks else "",
            "violations": rows}
