"""Working time in SQL agrees with the business calendar in Python, across DST and holidays."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from dealtrail import clock
from rules.businesstime import business_table, moment_sql, seconds_sql
from rules.engine import RuleContext
from tests.test_rules_world import BER, MSK


@pytest.fixture
def ctx(db, settings) -> RuleContext:  # type: ignore[no-untyped-def]
    now = datetime(2026, 11, 27, 9, tzinfo=UTC)
    return RuleContext(db, settings, "probe", {"lookback_days": 90}, now=now, clients=None)


@pytest.mark.parametrize("zone", [MSK, BER])
def test_sql_business_seconds_and_deadlines_match_the_python_calendar(ctx, zone):
    # October 2026 to the end of November: Berlin leaves summer time on 25 October,
    # Russia rests on 4 November.
    table = business_table(ctx, {str(zone)}, date(2026, 10, 1), date(2026, 12, 31))
    rnd = random.Random(5)
    cal = ctx.calendar
    for _ in range(300):
        start = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(seconds=rnd.randrange(58 * 86400))
        end = start + timedelta(seconds=rnd.randrange(6 * 86400))
        hours = rnd.choice([1, 8, 16, 2.5])
        a, b = int(start.timestamp()), int(end.timestamp())
        got_between, got_due = ctx.conn.execute(
            f"SELECT {seconds_sql(table, ':tz', ':b')} - {seconds_sql(table, ':tz', ':a')},"
            f" {moment_sql(table, ':tz', seconds_sql(table, ':tz', ':a') + ' + :secs')}",
            {"tz": str(zone), "a": a, "b": b, "secs": hours * 3600}).fetchone()
        assert got_between / 3600 == pytest.approx(cal.business_hours_between(start, end, zone))
        due = cal.add_business_hours(start, hours, zone)
        assert datetime.fromtimestamp(got_due, UTC) == due, (clock.iso(start), hours)


@pytest.mark.parametrize("zone", [MSK, BER])
def test_the_workloads_clock_and_the_rules_table_read_one_working_day(ctx, zone, monkeypatch):
    """The workload's first-reply hours and the rules' business time take each day's working
    window from one place (BusinessCalendar.windows): on the same instants they agree, and
    a window changed there moves both (negative: the weekend stays empty in both)."""
    from dealtrail.workdays import BusinessCalendar
    from reports.workload import BusinessClock

    def measured(first: date, last: date) -> list[tuple[float, float]]:
        table = business_table(ctx, {str(zone)}, first, last)
        clock_ = BusinessClock(ctx.calendar, str(zone), first, last)
        rnd = random.Random(11)
        out = []
        for _ in range(120):
            start = datetime.combine(first, datetime.min.time(), UTC) + timedelta(
                seconds=rnd.randrange((last - first).days * 86400 - 7 * 86400))
            end = start + timedelta(seconds=rnd.randrange(6 * 86400))
            sql = ctx.conn.execute(
                f"SELECT {seconds_sql(table, ':tz', ':b')} - {seconds_sql(table, ':tz', ':a')}",
                {"tz": str(zone), "a": int(start.timestamp()), "b": int(end.timestamp())}
            ).fetchone()[0]
            out.append((sql / 3600, clock_.hours_between(start, end)))
        return out

    first, last = date(2026, 10, 1), date(2026, 11, 30)
    assert all(a == pytest.approx(b) for a, b in measured(first, last))
    plain = BusinessCalendar.windows

    def one_hour(self, tz, first, last):  # type: ignore[no-untyped-def]
        for day, start, lo, hi in plain(self, tz, first, last):
            yield day, start, lo, min(hi, lo + 3600)

    monkeypatch.setattr(BusinessCalendar, "windows", one_hour)
    # Monday 23 November 2026 00:00 to Monday 30 November 00:00 local: five workdays, 1 h each.
    week = (datetime(2026, 11, 23, tzinfo=zone), datetime(2026, 11, 30, tzinfo=zone))
    table = business_table(ctx, {str(zone)}, first, last)
    sql = ctx.conn.execute(
        f"SELECT {seconds_sql(table, ':tz', ':b')} - {seconds_sql(table, ':tz', ':a')}",
        {"tz": str(zone), "a": int(week[0].timestamp()), "b": int(week[1].timestamp())}
    ).fetchone()[0]
    assert sql / 3600 == 5.0
    assert BusinessClock(ctx.calendar, str(zone), first, last).hours_between(*week) == 5.0
    weekend = (datetime(2026, 11, 28, tzinfo=zone), datetime(2026, 11, 30, tzinfo=zone))
    assert BusinessClock(ctx.calendar, str(zone), first, last).hours_between(*weekend) == 0.0
