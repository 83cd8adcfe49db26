"""Small builders for report tests: rows inserted directly, no indexer involved."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from dealtrail.config import Settings

STAMP = "2026-01-01T00:00:00+00:00"


def seed(db: Any, settings: Settings) -> dict[str, int]:
    """Managers and products from the settings, plus two clients; returns name -> id."""
    ids: dict[str, int] = {}
    for m in settings.managers:
        ids[m.email] = db["managers"].insert(
            {"email": m.email, "name": m.name, "role": m.role, "team": m.team,
             "timezone": m.timezone, "locale": m.locale, "active": 1}).last_pk
    for p in settings.products:
        ids[p.code] = db["products"].insert(
            {"code": p.code, "name_en": p.name_en, "name_ru": p.name_ru,
             "aliases": json.dumps(list(p.aliases))}).last_pk
    for name in ("Acme", "Globex"):
        ids[name] = db["clients"].insert({"name": name, "key": name.lower(), "source": "directory",
                                          "created_at": STAMP}).last_pk
    return ids


def sale(db: Any, manager_id: int | None, product_id: int | None, booked_on: str, amount: int,
         currency: str = "RUB", ext: str | None = None, client_id: int | None = None) -> int:
    return db["sales"].insert({"external_id": ext, "manager_id": manager_id,
                               "product_id": product_id, "client_id": client_id,
                               "booked_on": booked_on, "amount_minor": amount,
                               "currency": currency, "source": "import",
                               "created_at": STAMP}).last_pk


def plan(db: Any, period: str, scope: str, amount: int, *, manager_id: int | None = None,
         team: str = "", product_id: int | None = None, currency: str = "RUB",
         metric: str = "amount") -> int:
    kind = "quarter" if "Q" in period else "month" if "-" in period else "year"
    return db["plans"].insert({"period": period, "period_kind": kind, "scope": scope, "team": team,
                               "manager_id": manager_id, "product_id": product_id,
                               "metric": metric, "amount_minor": amount, "currency": currency,
                               "version": 1, "active": 1, "imported_at": STAMP}).last_pk


def deal(db: Any, client_id: int, manager_id: int | None, *, product_id: int | None = None,
         stage: str = "proposal", amount: int = 0, currency: str = "RUB",
         expected_close: str | None = None, status: str = "open", **extra: Any) -> int:
    return db["deals"].insert({"client_id": client_id, "manager_id": manager_id,
                               "product_id": product_id, "stage": stage, "amount_minor": amount,
                               "currency": currency, "expected_close": expected_close,
                               "status": status, "created_at": STAMP, "updated_at": STAMP,
                               **extra}).last_pk


def at(text: str) -> datetime:
    """An aware datetime from ISO text with an offset."""
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None
    return moment
