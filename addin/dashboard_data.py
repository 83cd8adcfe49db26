"""The dashboard's data: the five answers, from ``reports.api``, scoped to the viewer.

Whose figures a viewer sees is :func:`dealtrail.access.report_scope`: the
head and admins see the whole company, a manager only their own figures.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlite_utils

from dealtrail import access, audit, clock
from dealtrail.config import Settings
from dealtrail.errors import BadRequest, NotFound, PermissionDenied, TagError
from dealtrail.periods import presets
from dealtrail.store import rows
from reports import figures

from .auth import Principal

log = logging.getLogger(__name__)

SECTIONS = ("plan-fact", "plan-fact-rows", "negotiations", "closed", "workload", "sales",
            "motivation", "trends", "issues")
PAGE, MAX_PAGE = 200, 1000   # negotiations rows per dashboard request, most urgent first
MAX_OFFSET = 10_000_000      # far past any real list; bigger numbers overflow SQLite's integers


def jsonable(value: Any) -> Any:
    """Plain JSON types from report results (dataclasses, dates, decimals, tuples)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "key") and hasattr(value, "kind") and hasattr(value, "start"):
        return value.key
    return value


def section(db: sqlite_utils.Database, settings: Settings, viewer: Principal, name: str,
            params: Mapping[str, str]) -> dict[str, Any]:
    """One dashboard section as JSON-ready data."""
    from reports import api as reports_api

    if name == "audit":
        return access_audit(db, viewer, params)
    if name not in SECTIONS:
        raise NotFound(f"dashboard section {name!r} does not exist; one of {', '.join(SECTIONS)}")
    manager = access.report_scope(viewer)
    if manager is None and params.get("manager"):
        manager = params["manager"]
    period = params.get("period") or None
    product = params.get("product") or None
    if name == "plan-fact":
        data: Any = reports_api.plan_fact(db, settings, period, manager=manager, product=product,
                                          metric=params.get("metric") or "amount")
    elif name == "plan-fact-rows":
        data = reports_api.plan_fact_rows(db, settings, period, manager=manager, product=product)
    elif name == "negotiations":
        limit, offset = _page(params)
        data = reports_api.negotiations(db, settings, manager=manager, limit=limit, offset=offset,
                                        detail=True, product=product)
    elif name == "closed":
        data = reports_api.closed_deals(db, settings, period, manager=manager, product=product)
    elif name == "workload":
        data = reports_api.workload(db, settings, manager=manager, product=product)
    elif name == "sales":
        by = params.get("by") or "product"
        if by not in ("product", "manager"):
            raise TagError(f"sales by {by!r}: use by=product or by=manager")
        data = reports_api.sales(db, settings, period, by=by, manager=manager, product=product)
    elif name == "trends":
        data = reports_api.trends(db, settings, period, manager=manager, product=product)
    elif name == "motivation":
        data = reports_api.motivation(db, settings, period, manager=manager, product=product)
    else:
        data = reports_api.complaints_and_violations(db, settings, period, manager=manager,
                                                     product=product)
    return {"section": name, "viewer": viewer.as_dict(), "data": jsonable(data),
            "managers": _managers(db, viewer), "products": _products(db),
            "stages": settings.pipeline.labelled(),
            # The company's periods, as every report reads a period left out: not the viewer's.
            "presets": presets(clock.now(), settings.company.timezone),
            "data_as_of": figures.data_as_of(db)}


def access_audit(db: sqlite_utils.Database, viewer: Principal, params: Mapping[str, str]
                 ) -> dict[str, Any]:
    """The newest access-audit entries, for those who manage users (filters: person, client,
    since)."""
    if not access.manages_users(viewer):
        raise PermissionDenied("the access audit is shown to administrators only")
    data = audit.entries(db, person=params.get("person") or None,
                         client=params.get("client") or None,
                         since=params.get("since") or None, limit=PAGE)
    return {"section": "audit", "viewer": viewer.as_dict(), "data": data}


def _page(params: Mapping[str, str]) -> tuple[int, int]:
    """The negotiations page asked for: ``limit`` (1..MAX_PAGE, default PAGE) and ``offset``."""
    try:
        limit = int(params.get("limit") or PAGE)
        offset = int(params.get("offset") or 0)
    except ValueError:
        raise BadRequest(f"limit={params.get('limit')!r} offset={params.get('offset')!r}: "
                         "limit and offset must be whole numbers") from None
    if not 1 <= limit <= MAX_PAGE or not 0 <= offset <= MAX_OFFSET:
        raise BadRequest(f"limit={limit} offset={offset}: use limit 1..{MAX_PAGE} and offset "
                         f"0..{MAX_OFFSET}")
    return limit, offset


def _managers(db: sqlite_utils.Database, viewer: Principal) -> list[dict[str, Any]]:
    if not access.sees_everything(viewer):
        return [{"email": viewer.email, "name": viewer.name}]
    return rows(db, "SELECT email, name FROM managers WHERE active = 1 AND role = ?"
                    " ORDER BY name", (access.MANAGER,))


def _products(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return rows(db, "SELECT code, name_en, name_ru FROM products ORDER BY code")
