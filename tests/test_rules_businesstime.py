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
