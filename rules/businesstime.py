"""Working time as a number SQL can subtract: business seconds since a fixed origin.

For set-based rules: one small temp table holds, per time zone and local day,
the day's start, its working window and the working seconds accumulated
before it (all epoch seconds). ``B(t)`` is then one indexed lookup, and the
working time between two moments is ``B(b) - B(a)``: a whole table of
messages can be compared against "8 business hours" in one query, with the
same calendar (holidays, moved workdays, working hours) the rest of the
product uses.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine import RuleContext


def business_table(ctx: RuleContext, zones: set[str], first: date, last: date) -> str:
    """Create the temp table for ``zones`` over local days ``first``..``last``; return its name.

    Columns: ``tz``, ``day_start``, ``lo``, ``hi`` (epoch seconds), ``cum`` and
    ``cum_end`` (business seconds before and after the day). A non-working day
    has ``lo = hi``.
    """
    cal = ctx.calendar
    data = []
    for name in sorted(zones):
        cum = 0
        for _, start, lo, hi in cal.windows(name, first - timedelta(days=1),
                                            last + timedelta(days=1)):
            data.append((name, start, lo, hi, cum, cum + hi - lo))
            cum += hi - lo
    table = ctx.temp_table("business_days", ["tz TEXT", "day_start INTEGER", "lo INTEGER",
                                             "hi INTEGER", "cum INTEGER", "cum_end INTEGER"],
                           data)
    bare = table.split(".", 1)[1]
    ctx.conn.execute(f"CREATE INDEX {table}_i ON {bare} (tz, day_start)")
    ctx.conn.execute(f"CREATE INDEX {table}_c ON {bare} (tz, cum_end, day_start)")
    return table


def seconds_sql(table: str, tz_expr: str, epoch_expr: str) -> str:
    """SQL for ``B(t)``: business seconds at epoch ``epoch_expr`` in zone ``tz_expr``."""
    return (f"(SELECT b.cum + max(0, min({epoch_expr}, b.hi) - b.lo) FROM {table} b "
            f"WHERE b.tz = {tz_expr} AND b.day_start <= {epoch_expr} "
            f"ORDER BY b.day_start DESC LIMIT 1)")


def moment_sql(table: str, tz_expr: str, seconds_expr: str) -> str:
    """SQL for the inverse of ``B``: the epoch at which ``seconds_expr`` business seconds
    have accumulated in zone ``tz_expr`` (a deadline), or NULL past the table's end."""
    return (f"(SELECT b.lo + ({seconds_expr}) - b.cum FROM {table} b "
            f"WHERE b.tz = {tz_expr} AND b.cum_end >= {seconds_expr} AND b.hi > b.lo "
            f"ORDER BY b.cum_end, b.day_start LIMIT 1)")


def manager_zones(ctx: RuleContext, manager_ids: set[int | None]) -> str:
    """A temp table ``(manager_id, tz)`` for SQL joins; returns its name."""
    rows = [(m, str(ctx.tz(m))) for m in manager_ids if m is not None]
    return ctx.temp_table("manager_zones", ["manager_id INTEGER PRIMARY KEY", "tz TEXT"], rows)
