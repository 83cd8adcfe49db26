"""Commands: ``dealtrail report ...`` and the imports: ``plans``, ``sales``, ``calls``, ``deals``.

Commands parse options and call :mod:`reports.api`, :mod:`reports.imports`
and :mod:`reports.render`; nothing is computed here.
"""

from __future__ import annotations

import getpass
from typing import Any

import click

from dealtrail import audit
from dealtrail.cli import Context, echo, pass_ctx, said
from dealtrail.messages import Msg

from . import api, imports, render
from .import_files import import_done

_FORMAT = click.option("--format", "fmt", type=click.Choice(render.FORMATS), default="table",
                       show_default=True, help="Output format.")
_OUT = click.option("--out", type=click.Path(dir_okay=False), help="Write to this file.")
_PERIOD = click.option("--period", help="2026-11 (month), 2026-Q4 (quarter) or 2026 (year); "
                                        "default: the current month.")
_MANAGER = click.option("--manager", help="Only this manager (email).")


def _emit(obj: Context, report: str, data: Any, fmt: str, out: str | None) -> None:
    s = obj.settings
    # Every report shown or written is logged here, once: the OS user, the report, its options.
    options = {k: v for k, v in click.get_current_context().params.items() if k not in ("fmt", "out")}
    audit.record(obj.open_db(), actor=getpass.getuser(), channel="cli", source="cli",
                 action=f"report {report}", detail=audit.detail_json(options))
    text = render.render(report, data, fmt, out=out, locale=obj.content_locale(), tz=s.company.timezone,
                         settings=s)
    if text is not None:
        click.echo(text, nl=not text.endswith("\n"))
    elif out:
        echo("wrote", err=True, target=out)


@click.group()
def report() -> None:
    """Reports: plan/fact, negotiations, won and lost deals, workload, sales, violations,
    motivation, trends.

    Example: dealtrail report plan --period 2026-Q4
    """


@report.command("plan")
@_PERIOD
@_MANAGER
@click.option("--team", help="Only this team.")
@click.option("--product", help="Only this product (code).")
@click.option("--metric", type=click.Choice(["amount", "deals"]), default="amount",
              show_default=True, help="Sales amounts, or the number of deals won.")
@_FORMAT
@_OUT
@pass_ctx
def plan_cmd(obj: Context, period: str | None, manager: str | None, team: str | None,
             product: str | None, metric: str, fmt: str, out: str | None) -> None:
    """Percent of plan done and where the period will end, per company, team, manager, product.

    Example: dealtrail report plan --period 2026-11 --format xlsx --out plan.xlsx
    """
    data = api.plan_fact(obj.open_db(), obj.settings, period, manager=manager, team=team,
                         product=product, metric=metric)
    _emit(obj, "plan", data, fmt, out)


@report.command("pipeline")
@_MANAGER
@_FORMAT
@_OUT
@pass_ctx
def pipeline_cmd(obj: Context, manager: str | None, fmt: str, out: str | None) -> None:
    """Every open deal: client, stage, what was agreed, next contact, overdue.

    Example: dealtrail report pipeline --manager anna@bank.ru
    """
    _emit(obj, "pipeline", api.negotiations(obj.open_db(), obj.settings, manager=manager), fmt, out)


@report.command("workload")
@_MANAGER
@_FORMAT
@_OUT
@pass_ctx
def workload_cmd(obj: Context, manager: str | None, fmt: str, out: str | None) -> None:
    """How loaded each manager is (deals, clients, mail, meetings, queue, load index).

    Example: dealtrail report workload --format csv --out workload.csv
    """
    _emit(obj, "workload", api.workload(obj.open_db(), obj.settings, manager=manager), fmt, out)


@report.command("sales")
@_PERIOD
@_MANAGER
@click.option("--product", help="Only this product (code).")
@click.option("--by", type=click.Choice(["product", "manager"]), default="product",
              show_default=True, help="Group by product or by salesperson.")
@_FORMAT
@_OUT
@pass_ctx
def sales_cmd(obj: Context, period: str | None, manager: str | None, product: str | None, by: str,
              fmt: str, out: str | None) -> None:
    """Sales for the period against the previous period and the same period last year.

    Example: dealtrail report sales --period 2026-Q4 --by manager
    """
    data = api.sales(obj.open_db(), obj.settings, period, by=by, manager=manager, product=product)
    _emit(obj, "sales", data, fmt, out)


@report.command("violations")
@_PERIOD
@_MANAGER
@_FORMAT
@_OUT
@pass_ctx
def violations_cmd(obj: Context, period: str | None, manager: str | None, fmt: str,
                   out: str | None) -> None:
    """Complaints and violations by manager and client, the trend, and what is still open.

    Example: dealtrail report violations --period 2026-11
    """
    data = api.complaints_and_violations(obj.open_db(), obj.settings, period, manager=manager)
    _emit(obj, "violations", data, fmt, out)


@report.command("motivation")
@_PERIOD
@_MANAGER
@_FORMAT
@_OUT
@pass_ctx
def motivation_cmd(obj: Context, period: str | None, manager: str | None, fmt: str,
                   out: str | None) -> None:
    """Commission per manager with accelerators, and deals slipped into the period.

    Example: dealtrail report motivation --period 2026-Q4 --format json
    """
    _emit(obj, "motivation", api.motivation(obj.open_db(), obj.settings, period, manager=manager),
          fmt, out)


@report.command("closed")
@_PERIOD
@_MANAGER
@click.option("--product", help="Only this product (code).")
@_FORMAT
@_OUT
@pass_ctx
def closed_cmd(obj: Context, period: str | None, manager: str | None, product: str | None,
               fmt: str, out: str | None) -> None:
    """Deals won and lost in the period, newest first, with their count and amount.

    Example: dealtrail report closed --period 2026-11 --manager anna@bank.ru
    """
    data = api.closed_deals(obj.open_db(), obj.settings, period, manager=manager, product=product)
    _emit(obj, "closed", data, fmt, out)


@report.command("trends")
@click.option("--period", help="Any period of the year to show (2026, 2026-Q4, 2026-11); "
                                "default: the current year.")
@_MANAGER
@click.option("--product", help="Only this product (code).")
@_FORMAT
@_OUT
@pass_ctx
def trends_cmd(obj: Context, period: str | None, manager: str | None, product: str | None,
               fmt: str, out: str | None) -> None:
    """Plan/fact of every month of the year, and violations per week per manager.

    Example: dealtrail report trends --period 2026 --manager anna@bank.ru
    """
    data = api.trends(obj.open_db(), obj.settings, period, manager=manager, product=product)
    _emit(obj, "trends", data, fmt, out)


@click.group()
def plans() -> None:
    """Sales plans.

    Example: dealtrail plans import plans.xlsx
    """


@plans.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def plans_import(obj: Context, file: str) -> None:
    """Import plans (period, scope, team, manager, product, metric, amount, currency).

    Example: dealtrail plans import plans.csv
    """
    done = imports.import_plans(obj.open_db(), obj.settings, file)
    click.echo(said(import_done("plans", file, done)))


@click.group()
def sales() -> None:
    """Sales booked in accounting.

    Example: dealtrail sales import export-1c.csv
    """


@sales.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def sales_import(obj: Context, file: str) -> None:
    """Import sales (external_id, date, manager, product, client, amount, currency).

    Example: dealtrail sales import export-1c.csv
    """
    done = imports.import_sales(obj.open_db(), obj.settings, file)
    click.echo(said(import_done("sales", file, done)))


@sales.command("fx-import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def fx_import(obj: Context, file: str) -> None:
    """Import exchange rates (currency, date, rate in base currency per unit).

    Example: dealtrail sales fx-import rates.csv
    """
    done = imports.import_fx(obj.open_db(), obj.settings, file)
    echo("rates_imported", file=file, rates=done["rates"])


UNKNOWN_NUMBERS_SHOWN = 10     # phone numbers listed by `calls import`; the rest are counted


@click.group()
def calls() -> None:
    """Phone calls from the telephony's call log.

    Example: dealtrail calls import calls.csv
    """


@calls.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def calls_import(obj: Context, file: str) -> None:
    """Import a call log (time, direction, manager, phone, duration, status, note).

    Example: dealtrail calls import calls.csv
    """
    from .call_log import import_calls

    done = import_calls(obj.open_db(), obj.settings, file)
    click.echo(said(import_done("calls", file, done)))
    unknown = done["unknown_numbers"]
    if unknown:
        # The count and the list must agree: a long list is cut, and the cut is said.
        shown = ", ".join(unknown[:UNKNOWN_NUMBERS_SHOWN])
        more = len(unknown) - UNKNOWN_NUMBERS_SHOWN
        echo("calls_unknown_one" if len(unknown) == 1 else "calls_unknown", err=True,
             count=len(unknown), shown=shown,
             more=Msg("calls_unknown_more", count=more) if more > 0 else "")
    if done["skipped_no_manager"]:
        lines = done["lines_not_managers"]
        echo("calls_no_manager", err=True, count=done["skipped_no_manager"],
             lines=Msg("calls_no_manager_lines", lines=", ".join(lines[:UNKNOWN_NUMBERS_SHOWN]))
             if lines else "")


@click.group()
def deals() -> None:
    """Deals from an existing CRM (1C, Bitrix24, amoCRM exports).

    Example: dealtrail deals import crm-deals.csv
    """


@deals.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def deals_import(obj: Context, file: str) -> None:
    """Import deals (id, name, client, manager, product, stage, amount, close date); they
    merge with the deals inferred from mail.

    Example: dealtrail deals import crm-deals.csv
    """
    from .crm import import_deals

    done = import_deals(obj.open_db(), obj.settings, file)
    click.echo(said(import_done("deals", file, done)))
