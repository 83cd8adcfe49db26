"""One truth in every channel: on the demo bank, the pane API, the dashboard API, the digest and
the CLI show the same figure for the same person and period (formatting may differ by locale).

The demo bank has per-product plans only and some sales in USD, the two ways the pane's
own arithmetic went wrong; and deals whose next contact passed earlier today, where the
digest's day-level "overdue" disagreed with the board's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from addin import auth
from addin.app import create_app
from dealtrail import clock
from dealtrail import config as config_mod
from dealtrail.cli import cli
from dealtrail.store import open_db
from demo.generate import AS_OF
from demo.run import run_demo
from reports import digest
from reports.i18n import Translator
from tests.fixtures.browser import bearer

PLAN_FIGURES = ("plan", "fact", "pct", "forecast_run_rate", "forecast_weighted")
COUNTS = ("open_deals", "overdue_contacts", "unanswered", "open_violations")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out = tmp_path_factory.mktemp("onetruth") / "bank"
    result = run_demo(out, quiet=True)
    settings = config_mod.load(result.config)
    with clock.freeze(AS_OF):
        db = open_db(result.database)
        tokens = {m.email: auth.pair(db, auth.invite(db, settings, m.email).code).token
                  for m in settings.managers}
        db.conn.close()
        http = TestClient(create_app(settings, result.database), base_url="https://localhost:8443")
        yield {"settings": settings, "config": result.config, "db_path": result.database,
               "http": http, "tokens": tokens}


def _get(bank: dict[str, Any], who: str, path: str) -> dict[str, Any]:
    reply = bank["http"].get(path, headers=bearer(bank["tokens"][who]))
    assert reply.status_code == 200, reply.text
    return reply.json()


def _cli(bank: dict[str, Any], *args: str) -> Any:
    done = CliRunner().invoke(cli, ["--config", str(bank["config"]), *args, "--format", "json"],
                              catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


def _managers(bank: dict[str, Any]) -> list[str]:
    return [m.email for m in bank["settings"].managers if m.role == "manager"]


def _head(bank: dict[str, Any]) -> str:
    return next(m.email for m in bank["settings"].managers if m.role == "head")


def test_plan_figures_are_the_same_in_the_pane_dashboard_cli_and_digest(bank: dict[str, Any]
                                                                       ) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        head_digest = _digest_plan(bank, head)
        team = {m["email"]: m for m in _get(bank, head, "/api/team")["managers"]}
        for email in _managers(bank):
            strip = _get(bank, email, "/api/pane")["plan"]
            board = _get(bank, head, f"/api/dashboard/plan-fact?manager={email}")["data"]
            mine = _get(bank, email, "/api/dashboard/plan-fact")["data"]
            cli_rows = _cli(bank, "report", "plan", "--manager", email)["rows"]
            [dash] = [r for r in board["rows"] if r["level"] == "manager"]
            [own] = [r for r in mine["rows"] if r["level"] == "manager"]
            [line] = [r for r in cli_rows if r["level"] == "manager"]
            assert strip["currency"] == board["currency"] == bank["settings"].company.base_currency
            # The strip's own names first (the pane's script reads them), then the shared ones.
            assert strip["plan_minor"] is not None, \
                f"{email}: the plan is the sum of per-product plans"
            assert (strip["plan_minor"], strip["fact_minor"], strip["percent"]) == \
                (dash["plan"], dash["fact"], dash["pct"]), email
            for key in PLAN_FIGURES:
                assert strip[key] == dash[key] == own[key] == line[key] == team[email][key], \
                    (email, key)
            # The digest shows the same numbers, formatted by the recipient's locale.
            t = Translator(bank["settings"].manager(head).locale,
                           bank["settings"].manager(head).timezone)
            shown = head_digest[dash["name"]]
            assert shown["plan"] == t.money_short(dash["plan"], board["currency"])
            assert shown["fact"] == t.money_short(dash["fact"], board["currency"])
            assert shown["pct"] == t.percent(dash["pct"] / 100)
            assert shown["forecast"] == t.percent(dash["forecast_run_rate_pct"] / 100)
            own_digest = _digest_plan(bank, email, own=True)
            t = Translator(bank["settings"].manager(email).locale,
                           bank["settings"].manager(email).timezone)
            assert own_digest["fact"] == t.money_short(strip["fact"], strip["currency"])
            assert own_digest["plan"] == t.money_short(strip["plan"], strip["currency"])


def test_the_pane_never_sums_money_across_currencies(bank: dict[str, Any]) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        strip = _get(bank, head, "/api/pane")["plan"]
        company = _cli(bank, "report", "plan")
        [row] = [r for r in company["rows"] if r["level"] == "company"]
        db = open_db(bank["db_path"])
        try:
            raw = db.conn.execute(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM sales WHERE booked_on >= ?"
                " AND booked_on <= ?", (company["start"], company["today"])).fetchone()[0]
            usd = db.conn.execute(
                "SELECT COUNT(*) FROM sales WHERE currency <> ? AND booked_on >= ?",
                (company["currency"], company["start"])).fetchone()[0]
        finally:
            db.conn.close()
    assert usd > 0, "the demo bank books some sales in another currency"
    assert strip["fact_minor"] == row["fact"] != raw


def test_counts_are_the_same_in_the_pane_dashboard_cli_and_digest(bank: dict[str, Any]) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        team = {m["email"]: m for m in _get(bank, head, "/api/team")["managers"]}
        board = {w["manager"]: w for w in _get(bank, head, "/api/dashboard/workload")["data"]}
        cli_rows = {w["manager"]: w for w in _cli(bank, "report", "workload")}
        deals = _cli(bank, "report", "pipeline")
        settings = bank["settings"]
        db = open_db(bank["db_path"])
        try:
            t = Translator(settings.manager(head).locale, settings.manager(head).timezone)
            ctx = digest.collect(db, settings, settings.manager(head), "head", "daily",
                                 clock.now(), t)
            shown = {w["name"]: w for w in ctx["workload"]}
            overdue_lines = {}
            for email in _managers(bank):
                m = settings.manager(email)
                mt = Translator(m.locale, m.timezone)
                mine = digest.collect(db, settings, m, "manager", "daily", clock.now(), mt)
                overdue_lines[email] = sum(1 for c in mine["contacts"]
                                           if c["why"].startswith(mt("why_overdue", date="")))
        finally:
            db.conn.close()
    total_overdue = 0
    for email in _managers(bank):
        for key in COUNTS:
            assert team[email][key] == board[email][key] == cli_rows[email][key], (email, key)
        name = board[email]["name"]
        assert shown[name]["open_deals"] == t.number(board[email]["open_deals"])
        assert shown[name]["unanswered"] == t.number(board[email]["unanswered"])
        assert shown[name]["overdue"] == t.number(board[email]["overdue_contacts"])
        on_board = sum(1 for d in deals if d["manager"] == email and d["overdue"])
        assert on_board == board[email]["overdue_contacts"], email
        assert overdue_lines[email] == min(on_board, digest.LIST_LIMIT), email
        total_overdue += on_board
    assert total_overdue > 0, "the demo bank has overdue next contacts to compare"


def test_the_team_view_the_digest_and_the_workload_report_list_the_same_people(
        bank: dict[str, Any]) -> None:
    """Whoever carries a plan, the head included: a head who runs deals herself was in the
    workload report and on the dashboard but missing from the pane's team and the digest."""
    head = _head(bank)
    settings = bank["settings"]
    with clock.freeze(AS_OF):
        team = {m["email"] for m in _get(bank, head, "/api/team")["managers"]}
        board = {w["manager"] for w in _get(bank, head, "/api/dashboard/workload")["data"]}
        cli_rows = {w["manager"] for w in _cli(bank, "report", "workload")}
        db = open_db(bank["db_path"])
        try:
            t = Translator(settings.manager(head).locale, settings.manager(head).timezone)
            ctx = digest.collect(db, settings, settings.manager(head), "head", "daily",
                                 clock.now(), t)
        finally:
            db.conn.close()
    shown = {w["name"] for w in ctx["workload"]}
    assert head in cli_rows
    assert team == board == cli_rows
    assert shown == {settings.manager(email).name for email in cli_rows}


def test_every_channel_states_when_the_data_was_last_brought_up_to_date(bank: dict[str, Any]
                                                                        ) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        strip = _get(bank, head, "/api/pane")["plan"]
        board = _get(bank, head, "/api/dashboard/plan-fact")
        team = _get(bank, head, "/api/team")
        db = open_db(bank["db_path"])
        try:
            text = digest.build_digest(db, bank["settings"], head).text
        finally:
            db.conn.close()
    assert strip["data_as_of"] == board["data_as_of"] == team["data_as_of"] is not None
    m = bank["settings"].manager(head)
    t = Translator(m.locale, m.timezone)
    assert t("data_as_of", when=f"{t.datetime(clock.parse_iso(strip['data_as_of']))} "
                                f"({m.timezone})") in text
    assert board["presets"] == {"month": "2026-11", "quarter": "2026-Q4", "year": "2026"}


def test_the_dashboards_period_presets_are_the_company_periods_every_report_defaults_to(
        bank: dict[str, Any]) -> None:
    """A reporting period is a span of the company's calendar days: the dashboard's "this
    month" button named the viewer's month, so a manager east of the office, after midnight
    on the last day of a month, was offered next month while every panel showed this one."""
    from datetime import datetime

    east = next(m for m in bank["settings"].managers
                if m.timezone != bank["settings"].company.timezone)
    # 23:30 on 30 November in Moscow is already 1 December in Yekaterinburg.
    with clock.freeze(datetime.fromisoformat("2026-11-30T20:30:00+00:00")):
        board = _get(bank, east.email, "/api/dashboard/plan-fact")
        year = _get(bank, east.email, "/api/dashboard/trends")
    assert board["data"]["period"] == "2026-11"
    assert board["presets"] == {"month": board["data"]["period"], "quarter": "2026-Q4",
                                "year": "2026"}
    assert year["presets"] == board["presets"]


def _digest_plan(bank: dict[str, Any], email: str, own: bool = False) -> dict[str, Any]:
    """The plan rows of a person's daily digest: per manager name for the head, or their total."""
    settings = bank["settings"]
    m = settings.manager(email)
    db = open_db(bank["db_path"])
    try:
        t = Translator(m.locale, m.timezone)
        role = "manager" if own else "head"
        ctx = digest.collect(db, settings, m, role, "daily", clock.now(), t)
    finally:
        db.conn.close()
    if own:
        return dict(ctx["plan"]["total"])
    return {r["name"]: r for r in ctx["plan"]["managers"]}


def test_labels_say_which_forecast_is_which() -> None:
    root = Path(__file__).resolve().parents[1]
    js = (root / "addin/static/common/i18n.js").read_text(encoding="utf-8")
    assert '"прогноз по темпу"' in js and '"взвешенная воронка"' in js
    assert 't("forecast")' not in (root / "addin/static/dashboard/dashboard.js").read_text()
    ru = Translator("ru")
    assert ru("col_forecast") == "Прогноз по темпу"
    assert ru("forecast_line", amount="1", pct="2").startswith("Прогноз по темпу")


def test_violations_and_complaints_carry_the_same_code_and_a_name_in_every_channel(
        bank: dict[str, Any]) -> None:
    head = _head(bank)
    names = {m.email: m.name for m in bank["settings"].managers}
    with clock.freeze(AS_OF):
        issues = _get(bank, head, "/api/dashboard/issues")["data"]["open"]
        assert issues, "the demo bank has open violations and complaints"
        by_code = {i["code"]: i for i in issues}
        db = open_db(bank["db_path"])
        try:
            client_ids = {r[0] for r in db.conn.execute(
                "SELECT client_id FROM violations WHERE status = 'open' UNION "
                "SELECT client_id FROM complaints WHERE status = 'open'")}
        finally:
            db.conn.close()
        seen = 0
        for client_id in sorted(c for c in client_ids if c is not None)[:8]:
            card = _get(bank, head, f"/api/clients/{client_id}")
            for item in card["violations"] + card["complaints"]:
                assert item["code"] in by_code, item["code"]
                assert item["code"][0] == ("V" if "rule" in item else "C")
                seen += 1
    assert seen > 0
    for item in issues:
        if item["manager"]:
            assert item["manager_name"] == names[item["manager"]]


@pytest.mark.parametrize("report", ["workload", "pipeline", "violations"])
def test_cli_tables_name_managers_instead_of_emails(bank: dict[str, Any], report: str) -> None:
    with clock.freeze(AS_OF):
        done = CliRunner().invoke(cli, ["--config", str(bank["config"]), "report", report,
                                        "--format", "csv"], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    managers = [m for m in bank["settings"].managers if m.role == "manager"]
    assert any(m.name in done.output for m in managers), done.output[:500]
    assert not any(m.email in done.output for m in managers), done.output[:500]


def test_won_and_lost_deals_are_the_same_on_the_board_in_the_pane_and_in_the_digest(
        bank: dict[str, Any]) -> None:
    head = _head(bank)
    settings = bank["settings"]
    with clock.freeze(AS_OF):
        board = _get(bank, head, "/api/dashboard/closed")["data"]
        team = _get(bank, head, "/api/team")
        per_manager = {email: _get(bank, email, "/api/dashboard/closed")["data"]
                       for email in _managers(bank)}
        db = open_db(bank["db_path"])
        try:
            shown = {}
            for email, role in ((head, "head"), *((e, "manager") for e in _managers(bank))):
                m = settings.manager(email)
                t = Translator(m.locale, m.timezone)
                ctx = digest.collect(db, settings, m, role, "daily", clock.now(), t)
                shown[email] = (t, ctx["closed"])
        finally:
            db.conn.close()
    assert team["period"] == board["period"]
    assert team["closed"] == board["totals"]
    assert board["totals"]["won"]["count"] > 0, "the demo bank wins deals this month"
    for email, data in [(head, board), *per_manager.items()]:
        t, closed = shown[email]
        totals, cur = data["totals"], data["currency"]
        assert closed["won"] == t("closed_won", count=t.number(totals["won"]["count"]),
                                  amount=t.money_short(totals["won"]["amount_base"], cur)), email
        assert closed["lost"] == t("closed_lost", count=t.number(totals["lost"]["count"]),
                                   amount=t.money_short(totals["lost"]["amount_base"], cur)), email
        assert [r["code"] for r in closed["rows"]] == \
            [r["code"] for r in data["rows"]][:len(closed["rows"])], email
    # The head's board is the managers' boards put together.
    assert sorted(r["code"] for r in board["rows"] if r["manager"] in per_manager) == sorted(
        r["code"] for data in per_manager.values() for r in data["rows"])


def test_sales_by_seller_and_motivation_are_the_same_on_the_dashboard_and_in_the_cli(
        bank: dict[str, Any]) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        sellers = _get(bank, head, "/api/dashboard/sales?by=manager")["data"]
        plan = _get(bank, head, "/api/dashboard/plan-fact")["data"]
        motivation = {r["manager"]: r for r in _get(bank, head, "/api/dashboard/motivation")["data"]}
        cli_sales = _cli(bank, "report", "sales", "--by", "manager")
        cli_motivation = {r["manager"]: r for r in _cli(bank, "report", "motivation")}
        own = {email: _get(bank, email, "/api/dashboard/motivation")["data"]
               for email in _managers(bank)}
    assert sellers["rows"] == cli_sales["rows"]
    facts = {r["key"]: r["fact"] for r in plan["rows"] if r["level"] == "manager"}
    amounts = {r["key"]: r["amount"] for r in sellers["rows"]}
    for email in _managers(bank):
        # Sales by seller is the plan's fact of each manager, and motivation pays on it.
        assert amounts[email] == facts[email] == motivation[email]["fact"], email
        for key in ("plan", "fact", "pct", "commission", "tiers", "slipped_deals"):
            assert motivation[email][key] == cli_motivation[email][key], (email, key)
        [mine] = own[email]
        assert mine == motivation[email], email
    assert sum(amounts.values()) > 0


def test_trends_are_the_same_on_the_dashboard_and_in_the_digest(bank: dict[str, Any]) -> None:
    from datetime import date

    from reports.digest_panels import WEEKS_SHOWN

    head = _head(bank)
    settings = bank["settings"]
    with clock.freeze(AS_OF):
        views = {head: _get(bank, head, "/api/dashboard/trends")["data"]}
        views.update({e: _get(bank, e, "/api/dashboard/trends")["data"] for e in _managers(bank)})
        today = clock.local_date(clock.now(), settings.company.timezone).strftime("%Y-%m")
        db = open_db(bank["db_path"])
        try:
            shown = {}
            for email in views:
                m = settings.manager(email)
                t = Translator(m.locale, m.timezone)
                role = "head" if email == head else "manager"
                shown[email] = (t, digest.collect(db, settings, m, role, "daily", clock.now(),
                                                  t)["trends"])
        finally:
            db.conn.close()
    seen = 0
    for email, data in views.items():
        t, trends = shown[email]
        pf = data["plan_fact"]
        level = "company" if email == head else "manager"
        [line] = [s for s in pf["series"] if s["level"] == level
                  and (level == "company" or s["key"] == email)]
        expected = [
            f"{t.month_short(date.fromisoformat(p['month'] + '-01'))} "
            + (t.percent(p["pct"] / 100) if p["pct"] is not None
               else t.money_short(p["fact"], pf["currency"]))
            for p in line["points"] if p["month"] <= today]
        assert trends["months"] == " · ".join(expected), email
        rows = {r["name"]: r for r in trends["violations"]}
        for r in data["violations"]["rows"]:
            assert rows[r["name"]]["counts"] == " · ".join(
                t.number(n) for n in r["counts"][-WEEKS_SHOWN:]), (email, r["name"])
            assert rows[r["name"]]["total"] == t.number(r["total"])
            seen += r["total"]
    assert seen > 0, "the demo bank has violations this year"


def test_the_weekly_digest_shows_the_sales_report_of_its_seven_days(bank: dict[str, Any]
                                                                    ) -> None:
    from datetime import date, timedelta

    from dealtrail.periods import Period
    from reports import api

    head = _head(bank)
    settings = bank["settings"]
    with clock.freeze(AS_OF):
        db = open_db(bank["db_path"])
        try:
            weeks, reports = {}, {}
            for email in (head, *_managers(bank)):
                m = settings.manager(email)
                t = Translator(m.locale, m.timezone)
                role = "head" if email == head else "manager"
                weeks[email] = (t, digest.collect(db, settings, m, role, "weekly", clock.now(), t))
                day = clock.local_date(clock.now(), m.timezone)
                reports[email] = api.sales(db, settings, Period.days(day - timedelta(days=7),
                                                                     day - timedelta(days=1)),
                                           by="manager", manager=None if email == head else email)
            days = api.sales(db, settings, Period.days(date(2026, 11, 1), date(2026, 11, 30)),
                             by="manager")
        finally:
            db.conn.close()
    month = _cli(bank, "report", "sales", "--by", "manager", "--period", "2026-11")
    # A span of days is summed exactly as a month is, by the same report.
    figures = ("key", "name", "amount", "refunds", "count")
    assert [{k: r[k] for k in figures} for r in days["rows"]] == \
        [{k: r[k] for k in figures} for r in month["rows"]]
    assert days["total"]["amount"] == month["total"]["amount"]
    # Each weekly digest shows that report's rows for its week, formatted for its reader.
    for email, (t, week) in weeks.items():
        report = reports[email]
        name = "name_ru" if t.locale == "ru" else "name"
        assert [(s["name"], s["amount_minor"], s["amount"]) for s in week["week_sales"]] == [
            (r[name], r["amount"], t.money_short(r["amount"], report["currency"]))
            for r in report["rows"] if r["amount"] or r["count"]], email
        assert week["week_total"] == t.money_short(report["total"]["amount"], report["currency"])
    # The head's week is the managers' weeks put together.
    head_rows = {s["key"]: s["amount_minor"] for s in weeks[head][1]["week_sales"]}
    for email in _managers(bank):
        own = weeks[email][1]["week_sales"]
        assert sum(s["amount_minor"] for s in own) == head_rows.get(email, 0), email
    assert sum(head_rows.values()) > 0, "the demo bank sells in the week before its day"


def test_the_cli_shows_the_boards_won_lost_deals_and_trends(bank: dict[str, Any]) -> None:
    head = _head(bank)
    with clock.freeze(AS_OF):
        for section in ("closed", "trends"):
            board = _get(bank, head, f"/api/dashboard/{section}")["data"]
            assert _cli(bank, "report", section) == board, section
            for email in _managers(bank):
                own = _get(bank, email, f"/api/dashboard/{section}")["data"]
                assert _cli(bank, "report", section, "--manager", email) == own, (section, email)
        won = _cli(bank, "report", "closed")["totals"]["won"]["count"]
        weeks = _cli(bank, "report", "trends")["violations"]["rows"]
    assert won > 0 and sum(r["total"] for r in weeks) > 0, "the demo bank has both to compare"


@pytest.mark.parametrize("locale", ["ru", "en"])
@pytest.mark.parametrize("section", ["closed", "trends"])
def test_won_lost_deals_and_trends_read_at_80_columns(bank: dict[str, Any], locale: str,
                                                      section: str) -> None:
    import io

    from rich.cells import cell_len
    from rich.console import Console

    from reports import api, render

    settings = bank["settings"]
    with clock.freeze(AS_OF):
        db = open_db(bank["db_path"])
        try:
            data = (api.closed_deals(db, settings, None) if section == "closed"
                    else api.trends(db, settings, None))
        finally:
            db.conn.close()
    console = Console(file=io.StringIO(), width=80)
    render.to_table(section, data, console, locale=locale, tz=settings.company.timezone,
                    settings=settings)
    text = console.file.getvalue()
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    ru = locale == "ru"
    if section == "closed":
        assert ("Выиграно и проиграно" if ru else "Won and lost") in text
        assert ("выиграна" if ru else "won") in text
        for row in data["rows"]:
            assert row["code"] in text and row["client"] in text
    else:
        assert ("Нарушения по неделям" if ru else "Violations per week") in text
        latest = data["violations"]["weeks"][-1]
        # The latest week is shown, the earlier ones that do not fit are counted in the caption.
        assert (f"{latest[8:10]}.{latest[5:7]}" if ru else f"{latest[5:7]}/{latest[8:10]}") in text
        assert ("ранние недели" if ru else "earlier weeks") in text
        for line in data["plan_fact"]["series"]:
            if line["level"] == "manager" and any(p["plan"] is not None or p["fact"]
                                                  for p in line["points"]):
                assert line["name"] in text
        for row in data["violations"]["rows"]:
            assert row["name"] in text
