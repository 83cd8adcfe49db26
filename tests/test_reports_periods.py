"""Periods: parsing, boundaries, business days on the Russian calendar."""

from __future__ import annotations

from datetime import date

import pytest

from dealtrail.errors import ConfigError
from dealtrail.periods import elapsed_business_days, parse_period, period_containing
from dealtrail.workdays import calendar_for


def test_month_quarter_and_year_have_inclusive_calendar_bounds() -> None:
    assert (parse_period("2026-11").start, parse_period("2026-11").end) == (date(2026, 11, 1),
                                                                            date(2026, 11, 30))
    q4 = parse_period("2026-q4")
    assert (q4.key, q4.start, q4.end) == ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31))
    assert parse_period("2028-02").end == date(2028, 2, 29)
    assert [m.key for m in q4.months()] == ["2026-10", "2026-11", "2026-12"]
    assert [q.key for q in parse_period("2026").quarters()] == ["2026-Q1", "2026-Q2", "2026-Q3",
                                                               "2026-Q4"]


def test_previous_and_last_year_cross_year_boundaries() -> None:
    assert parse_period("2026-01").previous().key == "2025-12"
    assert parse_period("2026-Q1").previous().key == "2025-Q4"
    assert parse_period("2026-Q1").next().key == "2026-Q2"
    assert parse_period("2026-11").last_year().key == "2025-11"
    assert period_containing(date(2026, 12, 31), "quarter").key == "2026-Q4"


@pytest.mark.parametrize("text", ["2026-13", "26-11", "2026-Q5", "November", ""])
def test_unknown_period_text_is_rejected_with_the_accepted_forms(text: str) -> None:
    with pytest.raises(ConfigError, match="2026-Q4"):
        parse_period(text)


def test_business_days_of_november_2026_skip_weekends_and_unity_day() -> None:
    # 30 days - 9 weekend days - 4 November (Unity Day, a Wednesday) = 20.
    cal = calendar_for("RU")
    nov = parse_period("2026-11")
    assert elapsed_business_days(cal, nov, date(2026, 11, 27)) == (19, 20)
    assert elapsed_business_days(cal, nov, date(2026, 10, 30)) == (0, 20)
    assert elapsed_business_days(cal, nov, date(2026, 12, 2)) == (20, 20)


def test_utc_bounds_follow_the_company_time_zone() -> None:
    assert parse_period("2026-11").utc_bounds("Europe/Moscow") == (
        "2026-10-31T21:00:00+00:00", "2026-11-30T21:00:00+00:00")
