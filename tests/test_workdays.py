"""Business calendar: workdays, moved days off, working hours."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from dealtrail.errors import ConfigError
from dealtrail.workdays import BusinessCalendar, calendar_for

MSK = ZoneInfo("Europe/Moscow")


def test_weekends_and_russian_public_holidays_are_days_off():
    cal = calendar_for("RU")
    assert cal.is_workday(date(2026, 3, 11))
    assert not cal.is_workday(date(2026, 3, 14))          # Saturday
    assert not cal.is_workday(date(2026, 3, 9))           # 8 March moved to Monday
    assert not cal.is_workday(date(2026, 1, 5))           # New Year holidays


def test_a_working_saturday_moved_by_decree_is_a_workday():
    assert calendar_for("RU").is_workday(date(2025, 11, 1))


def test_company_exceptions_override_the_public_calendar():
    cal = BusinessCalendar("RU", transferred_workdays=[date(2026, 3, 14)],
                           extra_holidays=[date(2026, 3, 12)])
    assert cal.is_workday(date(2026, 3, 14))
    assert not cal.is_workday(date(2026, 3, 12))


def test_add_workdays_skips_weekends_and_holidays():
    cal = calendar_for("RU")
    assert cal.add_workdays(date(2026, 3, 11), 3) == date(2026, 3, 16)
    assert cal.add_workdays(date(2026, 3, 6), 1) == date(2026, 3, 10)   # Fri -> Tue (9th off)
    assert cal.add_workdays(date(2026, 3, 16), -1) == date(2026, 3, 13)
    assert cal.add_workdays(date(2026, 3, 11), 0) == date(2026, 3, 11)


def test_next_workday_is_the_day_itself_when_working():
    cal = calendar_for("GB")
    assert cal.next_workday(date(2026, 4, 14)) == date(2026, 4, 14)
    assert cal.next_workday(date(2026, 4, 3)) == date(2026, 4, 7)      # Good Friday..Easter Monday


def test_business_hours_between_counts_only_working_hours():
    cal = calendar_for("RU")
    start = datetime(2026, 3, 6, 17, 0, tzinfo=MSK)                    # Friday 17:00
    end = datetime(2026, 3, 10, 10, 0, tzinfo=MSK)                     # Tuesday 10:00
    assert cal.business_hours_between(start, end, MSK) == pytest.approx(2.0)
    assert cal.business_hours_between(end, start, MSK) == pytest.approx(-2.0)


def test_add_business_hours_rolls_over_nights_weekends_and_holidays():
    cal = calendar_for("RU")
    start = datetime(2026, 3, 6, 17, 0, tzinfo=MSK)
    assert cal.add_business_hours(start, 2, MSK) == datetime(2026, 3, 10, 10, 0, tzinfo=MSK)
    early = datetime(2026, 3, 11, 7, 0, tzinfo=MSK)
    assert cal.add_business_hours(early, 1, MSK) == datetime(2026, 3, 11, 10, 0, tzinfo=MSK)


def test_working_hours_can_be_configured():
    cal = BusinessCalendar("RU", work_start=time(10), work_end=time(19))
    start = datetime(2026, 3, 11, 9, 0, tzinfo=MSK)
    end = datetime(2026, 3, 11, 20, 0, tzinfo=MSK)
    assert cal.business_hours_between(start, end, MSK) == pytest.approx(9.0)


def test_unknown_country_is_a_config_error_saying_what_to_use():
    with pytest.raises(ConfigError, match="ISO 3166"):
        BusinessCalendar("XX")


def test_calendar_for_returns_one_shared_instance():
    assert calendar_for("ru") is calendar_for("RU")


def test_company_calendar_is_one_shared_calendar_with_the_configured_hours():
    from dealtrail.workdays import company_calendar
    from tests.conftest import make_settings

    settings = make_settings(company={"country": "RU", "work_start": "10:00", "work_end": "19:00",
                                      "transferred_workdays": ["2026-11-07"]})
    cal = company_calendar(settings)
    assert cal is company_calendar(settings.company)
    assert (cal.work_start, cal.work_end) == (time(10), time(19))
    assert cal.is_workday(date(2026, 11, 7))
