"""Importing deals from an existing CRM (1C, Bitrix24, amoCRM exports; CSV or XLSX).

One row is one deal: its CRM id, name, client, responsible manager, product,
stage, amount, currency, expected close and next contact. Headers are read in
English and Russian as these CRMs export them (``DEAL_COLUMNS``); others are
mapped in ``[imports] deals_columns``. Stage names are read from the configured
pipeline stages, the CRMs' default stage names (``CRM_STAGES``) and
``[imports] deals_stages`` (a CRM stage name -> a pipeline stage).

Imported deals merge with the deals inferred from mail, never beside them: a
row finds its deal by the CRM id first, then by client, manager and product
(:func:`dealtrail.deals.match_deal`, the same choice inference makes), and
only then is a deal created. What the CRM says is recorded in deal_history
with source ``import``: it is a person's word, which inference leaves alone.
A won deal books no sale here: its money comes from the accounting export.

Every row is checked first and every error collected; when there is any,
nothing is imported. The import is one transaction; importing the same file
again changes nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import clock
from dealtrail.addresses import client_key, client_of, with_parents
from dealtrail.config import Settings
from dealtrail.deals import create_deal, match_deal, person_client, record_event, update_deal
from dealtrail.directory import People, Products
from dealtrail.messages import Msg, reason
from dealtrail.store import transaction
from dealtrail.tables import Reading, normalize_header, raise_collected, read_table
from dealtrail.workdays import company_calendar

from .call_log import columns
from .imports import _currency, _prepare, parse_amount, parse_moment

log = logging.getLogger(__name__)

DEAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "номер", "id сделки", "deal id", "ид", "номер сделки", "код",
                    "external id"),
    "title": ("название сделки", "название", "наименование", "сделка", "deal name", "deal",
              "name", "title"),
    "client": ("клиент", "компания", "контрагент", "организация", "название компании",
               "company", "company name", "client", "account"),
    "domain": ("домен", "domain"),
    "client_email": ("email клиента", "e-mail клиента", "client email"),
    "manager": ("менеджер", "ответственный", "ответственный менеджер", "responsible",
                "responsible person", "owner", "manager", "assigned to"),
    "product": ("продукт", "товар", "номенклатура", "товары", "product", "products"),
    "stage": ("этап", "стадия", "стадия сделки", "этап сделки", "статус", "stage", "status",
              "deal stage"),
    "amount": ("сумма", "бюджет", "сумма сделки", "стоимость", "amount", "budget",
               "opportunity", "deal amount"),
    "currency": ("валюта", "currency"),
    "expected_close": ("дата закрытия", "предполагаемая дата закрытия", "планируемая дата "
                       "закрытия", "дата завершения", "close date", "expected close",
                       "expected close date", "closing date"),
    "next_contact": ("следующий контакт", "дата следующего контакта", "next contact",
                     "next contact date"),
}
DEAL_REQUIRED = ("manager",)

#: Default stage names of Bitrix24, amoCRM and 1C:CRM, and plain words -> pipeline stage.
CRM_STAGES: dict[str, str] = {
    "новая": "lead", "новая сделка": "lead", "первичный контакт": "lead", "лид": "lead",
    "неразобранное": "lead", "new": "lead", "lead": "lead", "initial contact": "lead",
    "подготовка документов": "qualified", "квалификация": "qualified", "в работе": "qualified",
    "выявление потребности": "qualified", "qualification": "qualified",
    "qualified": "qualified", "needs analysis": "qualified",
    "коммерческое предложение": "proposal", "кп": "proposal", "предложение": "proposal",
    "счет на предоплату": "proposal", "счет": "proposal", "proposal": "proposal",
    "offer made": "proposal", "quote": "proposal",
    "переговоры": "negotiation", "принимают решение": "negotiation",
    "принятие решения": "negotiation", "negotiation": "negotiation",
    "decision making": "negotiation",
    "согласование договора": "contract", "договор": "contract", "contract": "contract",
    "contract signing": "contract", "финальный счет": "contract",
    "успешно реализовано": "won", "сделка успешна": "won", "успешно": "won", "выиграна": "won",
    "won": "won", "closed won": "won", "closed - won": "won",
    "закрыто и не реализовано": "lost", "сделка провалена": "lost", "провалена": "lost",
    "проиграна": "lost", "отказ": "lost", "lost": "lost", "closed lost": "lost",
    "closed - lost": "lost",
}


def check_files(settings: Settings) -> None:
    """For ``dealtrail check``: ``[imports.deals_columns]`` and ``[imports.deals_stages]`` name
    columns and stages there are (the export itself is read row by row: :func:`read_deals`)."""
    columns(settings.imports.deals_columns, DEAL_COLUMNS, "imports.deals_columns")
    stage_map(settings)


def stage_map(settings: Settings) -> dict[str, str]:
    """Written stage name (normalised) -> pipeline stage: pipeline, CRM defaults, the config."""
    from dealtrail.errors import ConfigError

    stages = settings.pipeline.stages
    found = {normalize_header(k): v for k, v in CRM_STAGES.items() if v in stages}
    found.update({normalize_header(s): s for s in stages})
    for name, stage in settings.imports.deals_stages.items():
        if stage not in stages:
            raise ConfigError(f"imports.deals_stages.{name}: {stage!r} is not a pipeline stage; "
                              f"stages: {', '.join(stages)}")
        found[normalize_header(name)] = stage
    return found


def read_deals(db: sqlite_utils.Database, settings: Settings, path: Path, people: People,
               goods: Products) -> Reading:
    """Read and check every row of a CRM deals export; nothing is stored (``import_deals``
    and ``dealtrail check`` both read it here). ``db`` is only read, for the clients."""
    stages = stage_map(settings)
    conn = db.conn
    by_domain = dict(conn.execute("SELECT domain, client_id FROM client_domains").fetchall())
    by_name: dict[str, int] = {}
    for ident, name in conn.execute("SELECT id, name FROM clients ORDER BY id"):
        by_name.setdefault(client_key(name), ident)
    table = read_table(path, columns(settings.imports.deals_columns, DEAL_COLUMNS,
                                     "imports.deals_columns"), required=DEAL_REQUIRED,
                       mapped_in="imports.deals_columns")
    errors: list[str] = []
    ready: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    zone = settings.company.timezone
    calendar = company_calendar(settings)
    for row in table:
        ext = row.text("external_id")
        if ext and ext in seen:
            errors.append(row.error("external_id", Msg("cell_repeats_row", value=ext, row=seen[ext])))
            continue
        if ext:
            seen[ext] = row.number
        client: int | None = None
        email = row.text("client_email").lower()
        if row.text("domain"):
            # The domain or its nearest listed parent, as the mail from it is filed
            # (dealtrail.addresses).
            client = next((by_domain[d] for d in with_parents(row.text("domain").lower()
                                                              .lstrip("@"))
                           if d in by_domain), None)
        if client is None and row.text("client"):
            client = by_name.get(client_key(row.text("client")))
        if client is None and not email:
            column = "client" if row.text("client") or not row.text("domain") else "domain"
            errors.append(row.error(column, Msg("cell_unknown_client", value=row.text(column))
                                    if row.text(column) else Msg("cell_name_client")))
            continue
        who = people.find(row.text("manager"))
        if who is None:
            errors.append(row.error("manager", Msg("cell_unknown_manager", value=row.text("manager"))))
            continue
        product = None
        if row.text("product"):
            found = goods.find(row.text("product"))
            if found is None:
                errors.append(row.error("product", Msg("cell_unknown_product",
                                                           value=row.text("product"))))
                continue
            product = found["id"]
        stage = None
        if row.text("stage"):
            stage = stages.get(normalize_header(row.text("stage")))
            if stage is None:
                errors.append(row.error("stage", Msg("cell_unknown_stage", value=row.text("stage"),
                                                     stages=", ".join(settings.pipeline.stages))))
                continue
        column = "currency"
        try:
            currency = _currency(row.get("currency"), settings)
            column = "amount"
            amount = parse_amount(row.get("amount"), currency) if row.text("amount") else None
            column = "expected_close"
            close = parse_moment(row.get("expected_close"), zone) if row.text("expected_close") \
                else None
            column = "next_contact"
            following = parse_moment(row.get("next_contact"), zone) if row.text("next_contact") \
                else None
        except ValueError as exc:
            errors.append(row.error(column, reason(exc)))
            continue
        if amount is not None and amount < 0:
            errors.append(row.error("amount", Msg("cell_deal_negative", value=row.text("amount"))))
            continue
        fields: dict[str, Any] = {"manager_id": who["id"]}
        if row.text("title"):
            fields["title"] = row.text("title")[:200]
        if product is not None:
            fields["product_id"] = product
        if stage is not None:
            fields["stage"] = stage
            fields["status"] = stage if stage in ("won", "lost") else "open"
        if amount is not None:
            fields.update(amount_minor=amount, currency=currency)
        if close is not None:
            fields["expected_close"] = (close.date() if isinstance(close, datetime)
                                        else close).isoformat()
            if stage == "won":
                # A won deal's close date is the day it was won (the start of the manager's
                # working day, as a next contact without a time is).
                fields["won_at"] = clock.iso(close if isinstance(close, datetime) else
                                             calendar.day_start(close, ZoneInfo(
                                                 who.get("timezone") or zone)))
        if following is not None:
            # A day without a time is the start of the manager's working day.
            moment = following if isinstance(following, datetime) else calendar.day_start(
                following, ZoneInfo(who.get("timezone") or zone))
            fields.update(next_contact_at=clock.iso(moment), next_contact_source="import")
        ready.append({"row": row.number, "external_id": ext or None, "client_id": client,
                      "email": email, "name": row.text("client"), "owner": who["email"],
                      "fields": fields})
    return Reading(ready, errors, len(ready))


def import_deals(db: sqlite_utils.Database, settings: Settings, path: str | Path
                 ) -> dict[str, Any]:
    """Validate and import a CRM deals export; returns {file, created, merged, updated, unchanged}."""
    path = Path(path)
    people, goods = _prepare(db, settings)
    reading = read_deals(db, settings, path, people, goods)
    raise_collected(reading.errors)
    counts = {"created": 0, "merged": 0, "updated": 0, "unchanged": 0}
    with transaction(db):
        for item in reading.items:
            counts[_apply(db, settings, item, path.name)] += 1
    log.info("deals %s: %s", path, counts)
    return {"file": str(path), **counts}


def _apply(db: sqlite_utils.Database, settings: Settings, item: dict[str, Any], source: str
           ) -> str:
    """Write one checked row; returns created | merged | updated | unchanged."""
    conn = db.conn
    client = item["client_id"]
    if client is None:
        # The client the address's mail is filed under (a colleague of a listed company is
        # that company's), else the person as a client of their own.
        client = (client_of(conn, item["email"], settings.company.internal_domains)
                  or person_client(db, item["email"], item["name"], item["owner"]))
    fields = item["fields"]
    ext = item["external_id"]
    cur = conn.execute("SELECT * FROM deals WHERE external_id = ?", (ext,)) if ext else None
    row = cur.fetchone() if cur else None
    newly = False
    if row is None:
        # Not imported before: the deal inference already made for this client, manager
        # and product becomes the CRM's deal (never a CRM deal under another id).
        cur = conn.execute("SELECT * FROM deals WHERE client_id = ? AND external_id IS NULL"
                           " ORDER BY id", (client,))
        names = [c[0] for c in cur.description]
        candidates = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        found = match_deal(candidates, fields["manager_id"], fields.get("product_id"))
        if found is None:
            deal_id = create_deal(db, client_id=client, manager_id=fields["manager_id"],
                                  actor="import", source="import", source_ref=source,
                                  external_id=ext, currency=settings.company.base_currency)
            # Every field the CRM gave is recorded as its word, so inference leaves it alone.
            update_deal(db, deal_id, fields, actor="import", source="import", source_ref=source,
                        book_sale=False)
            return "created"
        deal_id = found["id"]
        if ext:
            conn.execute("UPDATE deals SET external_id = ? WHERE id = ?", (ext, deal_id))
            record_event(db, deal_id, "external_id", ext, actor="import", source="import",
                         source_ref=source)
            newly = True
    else:
        deal_id = row[0]
    changed = update_deal(db, deal_id, fields, actor="import", source="import",
                          source_ref=source, book_sale=False)
    if newly:
        return "merged"
    return "updated" if changed else "unchanged"
