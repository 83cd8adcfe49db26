"""The digest's sections that mirror the dashboard's newer panels: the period's won and lost
deals (the board's closed columns), read from the same reports and formatted for the recipient.

Each function returns what its template macro (``_panels.*.jinja``) shows, already in the
recipient's locale; nothing here computes a figure a report already computes.
"""

from __future__ import annotations

from datetime import datetime
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
                  "amount": t.money_short(r["amount"], r["currency"]),
                  "at": t.day(clock.parse_iso(r["closed_at"]))}
                 for r in data["rows"][:LIST_LIMIT]],
        "more": max(0, len(data["rows"]) - LIST_LIMIT),
    }
