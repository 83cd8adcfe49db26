"""Daily and weekly digest emails: what each manager and the head should look at today.

:func:`build_digest` renders one recipient's digest (subject, Outlook-safe HTML,
text/plain with the same content, and the item codes it mentions).
Sending them, exactly once per recipient and period, is :mod:`reports.digest_delivery`;
this module only decides what a digest says. It reads ``digests_sent`` once, for the
moment the recipient's previous digest went out ("fixed since your last digest").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import css_inline
import jinja2
import sqlite_utils

from dealtrail import access, clock, links
from dealtrail.answered import awaiting
from dealtrail.config import WEEKDAYS, Manager, Settings
from dealtrail.contacts import held_sql
from dealtrail.domain import item_code
from dealtrail.errors import DeliveryError, NotFound
from dealtrail.messages import Msg
from dealtrail.periods import Period, week_containing
from dealtrail.store import rows, write_private
from rules.i18n import describe

from . import api
from .digest_panels import closed_section, trends_section
from .i18n import Translator
from .violations import happened_at, happened_between

TEMPLATES = Path(__file__).parent / "templates"
KINDS = ("daily", "weekly")
LIST_LIMIT = 25          # longest list shown in one section; the rest is counted


@dataclass(frozen=True)
class Digest:
    """One rendered digest."""

    recipient: str
    kind: str
    period: str
    locale: str
    subject: str
    html: str
    text: str
    items: list[str] = field(default_factory=list)


# -- templates ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def environment(templates_dir: str | None = None) -> jinja2.Environment:
    """The jinja2 environment: strict (a missing field raises) and escaping every HTML template.

    Text templates (``*.txt.jinja``) are not HTML-escaped: their output is text/plain,
    where ``&lt;`` would be shown literally.
    """
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir or str(TEMPLATES)),
        autoescape=lambda name: bool(name) and not str(name).endswith(".txt.jinja"),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True,
    )


# Rules are inlined for clients that drop <style>; @media rules cannot be inlined, so they stay in
# the head for the phone clients that honour them (the digest narrows itself below 480 px).
_INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False,
                                 keep_at_rules=True)


def _render(env: jinja2.Environment, name: str, context: dict[str, Any], recipient: str) -> str:
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or name
        raise DeliveryError(
            f"the digest template {where} for {recipient} could not be rendered: {exc}; "
            "nothing was sent; fix the template (every field it uses must be provided)"
        ) from exc


# -- who gets what, and when -------------------------------------------------------------


def recipients(settings: Settings, only: list[str] | None = None) -> list[Manager]:
    """Managers and heads who receive digests (``digest = true``, not in ``digest.opt_out``)."""
    opted_out = {e.lower() for e in settings.digest.opt_out}
    wanted = {e.lower() for e in only} if only else None
    out = []
    for m in settings.managers:
        if not access.carries_plan(m) or not m.digest or m.email in opted_out:
            continue
        if wanted is not None and m.email not in wanted:
            continue
        out.append(m)
    return out


def week_covered(local_day: date) -> Period:
    """The seven days a weekly digest sent on ``local_day`` covers: the week before that day,
    for its subject line and for every count in it."""
    return Period.days(local_day - timedelta(days=7), local_day - timedelta(days=1))


def period_key(kind: str, local_day: date) -> str:
    """The period a digest covers: the local date (daily), or (weekly) the business week its
    seven days end in (:func:`dealtrail.periods.week_containing`)."""
    if kind == "daily":
        return local_day.isoformat()
    if kind == "weekly":
        return week_containing(week_covered(local_day).end).key
    raise ValueError(f"unknown digest kind {kind!r}; use one of {', '.join(KINDS)}")


def due_kinds(settings: Settings, local_day: date) -> list[str]:
    """Digests due on ``local_day``: daily on the company's workdays, weekly on digest.weekly_day."""
    from dealtrail.workdays import company_calendar

    kinds = []
    if company_calendar(settings).is_workday(local_day):
        kinds.append("daily")
    if WEEKDAYS[local_day.weekday()] == settings.digest.weekly_day:
        kinds.append("weekly")
    return kinds


# -- building ----------------------------------------------------------------------------


def build_digest(db: sqlite_utils.Database, settings: Settings, recipient_email: str,
                 kind: str = "daily", as_of: datetime | None = None, *,
                 templates_dir: str | None = None, cache: dict[str, Any] | None = None) -> Digest:
    """Render the ``kind`` digest for one recipient as of ``as_of`` (default: now).

    ``cache`` lets many digests built for the same moment share the team-wide figures.
    """
    manager = settings.manager(recipient_email)
    if manager is None:
        raise NotFound(Msg("digest_not_manager", email=recipient_email))
    if kind not in KINDS:
        raise ValueError(f"unknown digest kind {kind!r}; use one of {', '.join(KINDS)}")
    moment = as_of or clock.now()
    t = Translator(manager.locale, manager.timezone)
    local_day = clock.local_date(moment, manager.timezone)
    role = "head" if access.sees_everything(manager) else "manager"
    context = collect(db, settings, manager, role, kind, moment, t, cache)
    context.update(t=t, kind=kind, role=role, company=settings.company.name,
                   recipient=manager.name, locale=manager.locale,
                   period=period_key(kind, local_day), day=t.day(local_day),
                   date_long=t.date(local_day, "long"),
                   data_as_of=_data_as_of(db, t))
    if kind == "daily":
        subject = t(f"subject_{role}_daily", company=settings.company.name, date=t.day(local_day))
        name = f"{role}_daily"
    else:
        week = week_covered(local_day)
        label = f"{t.day(week.start)} – {t.day(week.end)}"
        subject = t("subject_weekly", company=settings.company.name, period=label)
        context["week_label"] = label
        name = "weekly"
    context["subject"] = subject
    env = environment(templates_dir)
    html = _render(env, f"{name}.html.jinja", context, manager.email)
    html = _INLINER.inline(html)
    text = _render(env, f"{name}.txt.jinja", context, manager.email)
    return Digest(recipient=manager.email, kind=kind, period=context["period"],
                  locale=manager.locale, subject=subject, html=html, text=text,
                  items=list(dict.fromkeys(context["items"])))


def write_digest_files(db: sqlite_utils.Database, settings: Settings, out_dir: str | Path, *,
                       kind: str = "daily", as_of: datetime | None = None,
                       only: list[str] | None = None) -> list[Path]:
    """Write each recipient's digest as ``<email>-<kind>.html`` into ``out_dir``."""
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    cache: dict[str, Any] = {}
    moment = as_of or clock.now()
    for m in recipients(settings, only):
        digest = build_digest(db, settings, m.email, kind, moment, cache=cache)
        path = target / f"{m.email}-{kind}.html"
        write_private(path, digest.html)
        written.append(path)
    return written


def local_bounds(day: date, tz: str) -> tuple[str, str]:
    """UTC ISO bounds [start, end) of a local calendar day."""
    return Period.days(day, day).utc_bounds(tz)


# -- what goes into a digest ---------------------------------------------------------------


def collect(db: sqlite_utils.Database, settings: Settings, manager: Manager, role: str, kind: str,
            moment: datetime, t: Translator, cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the templates show, already formatted for the recipient's locale."""
    found = rows(db, "SELECT id FROM managers WHERE lower(email) = ?", (manager.email,))
    mid = found[0]["id"] if found else None
    local_day = clock.local_date(moment, manager.timezone)
    day_start, day_end = local_bounds(local_day, manager.timezone)
    ctx: dict[str, Any] = {"items": []}
    cache = {} if cache is None else cache
    ctx["plan"] = _plan(db, settings, manager if role == "manager" else None, moment, t, cache)
    if kind == "weekly":
        ctx.update(_weekly(db, settings, (manager, mid) if role == "manager" else None,
                           week_covered(local_day), moment, t))
        return ctx
    if role == "head":
        since = _previous_digest_time(db, manager.email, moment)
        ctx["attention"], ctx["attention_more"] = _attention(db, settings, None, local_day,
                                                             moment, t)
        ctx["workload"] = _workload(db, settings, moment, t)
        # New since the last digest by when they happened, as the report and trends count them:
        # a first index's months of history are not this morning's news.
        ctx["new_violations"] = _violations(db, *happened_between(
            clock.iso(since), clock.iso(moment), closed="(]"), t)
        ctx["new_complaints"] = _complaints(db, "k.opened_at > ? AND k.opened_at <= ?",
                                            [clock.iso(since), clock.iso(moment)], t)
        ctx["fixed"] = _fixed(db, since, moment, t)
        ctx["closed"] = closed_section(db, settings, None, moment, t)
        ctx["trends"] = trends_section(db, settings, None, moment, t, cache)
        for group in ("attention", "new_violations", "new_complaints"):
            ctx["items"] += [r["code"] for r in ctx[group]]
    else:
        ctx["contacts"], ctx["contacts_more"] = _attention(db, settings, manager.email, local_day,
                                                           moment, t)
        ctx["meetings"] = [
            {"time": t.time(clock.parse_iso(r["start_at"])), "summary": r["summary"],
             "client": r["client"] or ""}
            for r in rows(db, "SELECT e.start_at, e.summary, c.name AS client FROM events e "
                              "LEFT JOIN clients c ON c.id = e.client_id WHERE e.manager_id = ? "
                              f"AND e.start_at >= ? AND e.start_at < ? AND {held_sql()} "
                              "ORDER BY e.start_at LIMIT ?",
                          (mid, day_start, day_end, LIST_LIMIT))]
        ctx["promises"] = [
            {"code": item_code("P", r["id"]), "client": r["client"] or "", "text": r["text"],
             "due": t.datetime(clock.parse_iso(r["due_at"])), "overdue": r["due_at"] < day_start}
            for r in rows(db, "SELECT p.id, p.text, p.due_at, c.name AS client FROM promises p "
                              "LEFT JOIN clients c ON c.id = p.client_id WHERE p.manager_id = ? "
                              "AND p.party = 'manager' AND p.status = 'open' "
                              "AND p.due_at IS NOT NULL AND p.due_at < ? "
                              "ORDER BY p.due_at, p.id LIMIT ?", (mid, day_end, LIST_LIMIT))]
        ctx["unanswered"] = _unanswered(db, mid, moment, t)
        ctx["own_violations"] = _violations(db, "v.status = 'open' AND v.manager_id = ?", [mid], t)
        ctx["closed"] = closed_section(db, settings, manager.email, moment, t)
        ctx["trends"] = trends_section(db, settings, manager.email, moment, t, cache)
        ctx["items"] += [r["code"] for r in ctx["contacts"]]
        ctx["items"] += [r["code"] for r in ctx["promises"]]
        ctx["items"] += [r["code"] for r in ctx["unanswered"] if r["code"]]
        ctx["items"] += [r["code"] for r in ctx["own_violations"]]
    if "closed" in ctx:
        ctx["closed_rows"] = ctx["closed"]["rows"]
        ctx["items"] += [r["code"] for r in ctx["closed_rows"]]
    _link_lines(settings, ctx, moment)
    return ctx


# Which dashboard page a line's item code opens (see dealtrail.links).
_OPENS = {"V": "violation", "C": "complaint", "D": "deal"}


def _link_lines(settings: Settings, ctx: dict[str, Any], moment: datetime) -> None:
    """Give every daily line whose code opens a dashboard page a signed, expiring ``link``
    ('' when the server has no link secret, or for codes no page opens)."""
    ref = settings.server.link_secret
    secret = ref.get("server.link_secret") if ref is not None else None
    for group in ("attention", "new_violations", "new_complaints", "contacts", "own_violations",
                  "closed_rows"):
        for line in ctx.get(group, []):
            prefix, _, ident = str(line.get("code") or "").partition("-")
            target = (f"/dashboard/evidence?{_OPENS[prefix]}={int(ident)}"
                      if prefix in _OPENS and ident.isdigit() else "")
            line["link"] = links.digest_link(settings.server.public_url, secret, target, moment,
                                             settings.server.link_days) if target else ""


def _unanswered(db: sqlite_utils.Database, manager_id: int | None, moment: datetime,
                t: Translator) -> list[dict[str, Any]]:
    """The manager's client mail waiting for an answer (:func:`dealtrail.answered.awaiting`)."""
    if manager_id is None:
        return []
    waiting = awaiting(db, moment, manager_id=manager_id)[:LIST_LIMIT]
    out = []
    for r in waiting:
        extra = rows(db, "SELECT c.name AS client, (SELECT MIN(d.id) FROM deals d WHERE "
                         "d.client_id = c.id AND d.manager_id = ? AND d.status = 'open') AS deal_id "
                         "FROM clients c WHERE c.id = ?", (manager_id, r["client_id"]))
        client, deal_id = (extra[0]["client"], extra[0]["deal_id"]) if extra else ("", None)
        out.append({"client": client or "", "subject": r["subject"] or "",
                    "since": t.datetime(clock.parse_iso(r["since"])),
                    "code": item_code("D", int(deal_id)) if deal_id else ""})
    return out


def _plan_data(db: sqlite_utils.Database, settings: Settings, moment: datetime,
               cache: dict[str, Any]) -> dict[str, Any]:
    """Plan/fact for everyone, and per product, computed once per run and shared by all digests."""
    key = f"plan:{clock.iso(moment)}"
    if key not in cache:
        cache[key] = {
            "all": api.plan_fact(db, settings, None, as_of=moment),
            "by_product": {p.code: api.plan_fact(db, settings, None, product=p.code, as_of=moment)
                           for p in settings.products},
        }
    return cache[key]


def _plan(db: sqlite_utils.Database, settings: Settings, manager: Manager | None,
          moment: datetime, t: Translator, cache: dict[str, Any]) -> dict[str, Any]:
    shared = _plan_data(db, settings, moment, cache)
    data = shared["all"]
    if manager is not None:
        # The manager's own rows: the total, then one row per product (as product rows).
        own = [r for r in data["rows"] if r["level"] == "manager" and r["key"] == manager.email]
        for code, per_product in shared["by_product"].items():
            own += [{**r, "level": "product", "key": code} for r in per_product["rows"]
                    if r["level"] == "manager" and r["key"] == manager.email]
        data = {**data, "rows": own}
    currency = data["currency"]
    names = {p.code: settings.product_name(p.code, t.locale) for p in settings.products}

    def row(r: dict[str, Any]) -> dict[str, Any]:
        pct = r["pct"]
        forecast = r["forecast_run_rate_pct"]
        return {
            "name": names.get(r["key"], r["name"]) if r["level"] == "product" else r["name"],
            "plan": t.money_short(r["plan"], currency) if r["plan"] is not None else "–",
            "fact": t.money_short(r["fact"], currency),
            "pct": t.percent(pct / 100 if pct is not None else None),
            "bar": max(0, min(100, round(pct or 0))),
            "color": "#2e7d32" if (pct or 0) >= 90 else "#f9a825" if (pct or 0) >= 50
            else "#c62828",
            "forecast": t.percent(forecast / 100 if forecast is not None else None),
        }

    by_level: dict[str, list[dict[str, Any]]] = {"company": [], "manager": [], "product": []}
    for r in data["rows"]:
        if r["level"] in by_level and (r["plan"] or r["fact"]):
            by_level[r["level"]].append(r)
    tops = by_level["company"] or by_level["manager"]
    top: dict[str, Any] | None = tops[0] if tops else None
    forecast_line = ""
    if top is not None and top["plan"]:
        forecast_line = t("forecast_line", amount=t.money_short(top["forecast_run_rate"], currency),
                          pct=t.percent(top["forecast_run_rate_pct"] / 100))
    title_period = data["period"]
    if data["kind"] == "month":
        title_period = t.month(date.fromisoformat(data["start"]))
    return {
        "title": t("own_plan_title" if manager else "plan_title", period=title_period),
        "total": row(top) if top is not None else None,
        "managers": [row(r) for r in by_level["manager"]] if manager is None else [],
        "products": [row(r) for r in by_level["product"]],
        "forecast_line": forecast_line,
        "empty": top is None or not top["plan"],
    }


def _attention(db: sqlite_utils.Database, settings: Settings, manager: str | None,
               local_day: date, moment: datetime, t: Translator
               ) -> tuple[list[dict[str, Any]], int]:
    """Open deals whose next contact is overdue, today, or missing."""
    try:
        deals = api.negotiations(db, settings, manager=manager, as_of=moment)
    except NotFound:
        return [], 0
    tz = t.tz
    out = []
    for d in deals:
        when = clock.parse_iso(d["next_contact_at"]) if d["next_contact_at"] else None
        if d["overdue"]:   # the board's one definition: the next contact moment has passed
            why = t("why_overdue", date=t.day(when) if when else "–")
        elif when is not None and when.astimezone(tz).date() == local_day:
            why = t("why_today")
        elif when is None:
            why = t("why_no_next")
        else:
            continue
        out.append({"id": d["id"], "code": d["code"], "client": d["client"],
                    "manager": d["manager_name"] or "",
                    "stage": settings.pipeline.label(d["stage"], t.locale),
                    "next": t.datetime(when) if when else "–", "why": why,
                    "agreements": d["agreements"] or ""})
    shown = out[:LIST_LIMIT]
    _add_agreed(db, shown, t)
    return shown, max(0, len(out) - LIST_LIMIT)


def _add_agreed(db: sqlite_utils.Database, deals: list[dict[str, Any]], t: Translator) -> None:
    """What both sides agreed on each listed deal, newest first, in the reader's words."""
    found = api.agreed(db, [d["id"] for d in deals])
    for d in deals:
        d["agreed"] = [{
            "side": t(f"agreed_{item['side']}"), "text": item["text"],
            "due": t.day(clock.parse_iso(item["due_at"])) if item["due_at"] else "",
            "status": t(f"agreed_status_{item['status']}")} for item in found.get(d["id"], [])]


def _data_as_of(db: sqlite_utils.Database, t: Translator) -> str:
    """"Data as of ...", in the recipient's zone, with the zone named."""
    from .figures import data_as_of

    stamp = data_as_of(db)
    if stamp is None:
        return t("data_never")
    return t("data_as_of", when=f"{t.datetime(clock.parse_iso(stamp))} ({t.tz})")


def _workload(db: sqlite_utils.Database, settings: Settings, moment: datetime, t: Translator
              ) -> list[dict[str, Any]]:
    items = api.workload(db, settings, as_of=moment)
    return [{"name": w["name"], "open_deals": t.number(w["open_deals"]),
             "unanswered": t.number(w["unanswered"]), "overdue": t.number(w["overdue_contacts"]),
             "meetings": t.number(w["meetings_this_week"]),
             "load": t.number(w["load_index"]) if w.get("load_index") is not None else "–"}
            for w in items]


def _violations(db: sqlite_utils.Database, where: str, params: list[Any], t: Translator
                ) -> list[dict[str, Any]]:
    return [
        {"code": item_code("V", r["id"]), "manager": r["manager"] or "", "client": r["client"] or "",
         "summary": describe(r, t.locale, str(t.tz)), "severity": t(f"severity_{r['severity']}")
         if r["severity"] in ("low", "medium", "high") else r["severity"]}
        for r in rows(db, "SELECT v.id, v.rule, v.evidence, v.summary, v.severity, m.name AS manager,"
                          " c.name AS client "
                          "FROM violations v LEFT JOIN managers m ON m.id = v.manager_id "
                          "LEFT JOIN clients c ON c.id = v.client_id "
                          f"WHERE {where} ORDER BY {happened_at('v')}, v.id LIMIT {LIST_LIMIT}", params)]


def _complaints(db: sqlite_utils.Database, where: str, params: list[Any], t: Translator
                ) -> list[dict[str, Any]]:
    return [
        {"code": item_code("C", r["id"]), "client": r["client"] or "", "manager": r["manager"] or "",
         "text": r["text"], "at": t.datetime(clock.parse_iso(r["opened_at"]))}
        for r in rows(db, "SELECT k.id, k.text, k.opened_at, c.name AS client, m.name AS manager "
                          "FROM complaints k LEFT JOIN clients c ON c.id = k.client_id "
                          "LEFT JOIN managers m ON m.id = k.manager_id "
                          f"WHERE {where} ORDER BY k.opened_at, k.id LIMIT {LIST_LIMIT}", params)]


def _fixed(db: sqlite_utils.Database, since: datetime, moment: datetime, t: Translator) -> list[str]:
    window = [clock.iso(since), clock.iso(moment)]
    lines = [t("fixed_violation", code=item_code("V", r["id"]), summary=describe(r, t.locale, str(t.tz)))
             for r in rows(db, "SELECT v.id, v.rule, v.evidence, v.summary, c.name AS client"
                               " FROM violations v LEFT JOIN clients c ON c.id = v.client_id"
                               " WHERE v.status IN ('resolved', 'kept_late', 'waived')"
                               " AND v.resolved_at > ? AND v.resolved_at <= ?"
                               f" ORDER BY v.resolved_at LIMIT {LIST_LIMIT}", window)]
    lines += [t("fixed_complaint", code=item_code("C", r["id"]), client=r["client"] or "")
              for r in rows(db, "SELECT k.id, c.name AS client FROM complaints k LEFT JOIN "
                                "clients c ON c.id = k.client_id WHERE k.status = 'resolved' "
                                "AND k.resolved_at > ? AND k.resolved_at <= ? "
                                f"ORDER BY k.resolved_at LIMIT {LIST_LIMIT}", window)]
    return lines


def _previous_digest_time(db: sqlite_utils.Database, recipient: str, moment: datetime) -> datetime:
    """When this recipient's previous daily digest went out (24 hours ago if never)."""
    found = rows(db, "SELECT MAX(updated_at) AS at FROM digests_sent WHERE recipient = ? AND "
                     "kind = 'daily' AND status = 'sent' AND updated_at < ?",
                 (recipient, clock.iso(moment - timedelta(hours=1))))
    if found and found[0]["at"]:
        return clock.parse_iso(found[0]["at"])
    return moment - timedelta(hours=24)


def _weekly(db: sqlite_utils.Database, settings: Settings,
            manager: tuple[Manager, int | None] | None, week: Period, moment: datetime,
            t: Translator) -> dict[str, Any]:
    """The ``week`` (:func:`week_covered`: the 7 days before the recipient's today): sales by
    manager, violations, complaints, contacts; only the manager's own when ``manager`` (with
    their id) is given.

    The seven days are a reporting period like any other (:mod:`dealtrail.periods`): their
    timestamps are bounded in the company's time zone, so the counts equal the violations
    report's for the same days, whatever zone the reader is in."""
    start_iso, end_iso = week.utc_bounds(settings.company.timezone)
    # The sales report's own answer for these seven days, as the dashboard and CLI show it.
    sales = api.sales(db, settings, week, by="manager",
                      manager=manager[0].email if manager is not None else None, as_of=moment)
    currency = sales["currency"]
    name = "name_ru" if t.locale == "ru" else "name"
    mine = "AND manager_id = ?" if manager is not None else ""
    extra = [manager[1]] if manager is not None else []

    def count(sql: str) -> int:
        return int(rows(db, sql, [start_iso, end_iso, *extra])[0]["n"])

    new, span = happened_between(start_iso, end_iso, "")
    opened = int(rows(db, f"SELECT COUNT(*) AS n FROM violations WHERE {new} {mine}",
                      [*span, *extra])[0]["n"])
    closed = count(f"SELECT COUNT(*) AS n FROM violations WHERE resolved_at >= ? AND resolved_at < ? {mine}")
    complaints = count(f"SELECT COUNT(*) AS n FROM complaints WHERE opened_at >= ? AND opened_at < ? {mine}")
    contacts = count(f"SELECT COUNT(*) AS n FROM contacts WHERE at >= ? AND at < ? {mine}")
    return {
        "week_sales": [{"name": r[name], "key": r["key"], "amount_minor": r["amount"],
                        "amount": t.money_short(r["amount"], currency)}
                       for r in sales["rows"] if r["amount"] or r["count"]],
        "week_total": t.money_short(sales["total"]["amount"], currency),
        "week_total_minor": sales["total"]["amount"],
        "week_lines": [t("week_violations", opened=t.number(opened), closed=t.number(closed)),
                       t("week_complaints", count=t.number(complaints)),
                       t("week_contacts", count=t.number(contacts))],
    }
