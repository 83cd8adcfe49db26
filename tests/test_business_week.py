"""One answer to "which week is this": dealtrail/periods.py week_containing. The workload's
meetings this week and next, the trends' weekly bars and the weekly digest's key all read
it, so a week that started on another day would move every one of them together."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dealtrail import periods
from reports import api, digest
from tests.test_reports_support import STAMP, at, seed

NOW = at("2026-11-27T12:00:00+03:00")  # a Friday in Moscow


def test_the_business_week_runs_from_monday_in_the_companys_zone() -> None:
    week = periods.week_containing(date(2026, 11, 29))       # a Sunday
    assert (week.start, week.end, week.key) == (date(2026, 11, 23), date(2026, 11, 29),
                                                "2026-W48")
    assert periods.week_containing(date(2026, 11, 30)).start == date(2026, 11, 30)
    assert week.next().start == date(2026, 11, 30) and week.previous().end == date(2026, 11, 22)
    # Monday 00:30 in Moscow is still Sunday in UTC: the week's bounds are Moscow's midnight.
    assert week.next().utc_bounds("Europe/Moscow")[0] == "2026-11-29T21:00:00+00:00"
    assert periods.period_containing(date(2026, 11, 29), "week") == week
    assert periods.week_containing(date(2026, 1, 1)).key == "2026-W01"   # a Thursday
    assert periods.week_containing(date(2027, 1, 1)).key == "2026-W53"   # a Friday


def _meetings(db: Any, manager_id: int, starts: list[str]) -> None:
    for i, start in enumerate(starts):
        db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": f"w{i}",
                             "uid": f"w{i}", "start_at": start, "end_at": start,
                             "manager_id": manager_id, "status": "confirmed",
                             "indexed_at": STAMP})


def _week_figures(db: Any, settings: Any, anna: int) -> dict[str, Any]:
    load = {r["manager"]: r for r in api.workload(db, settings, as_of=NOW)}["anna@testbank.ru"]
    trends = api.trends(db, settings, "2026", as_of=NOW)["violations"]
    return {"meetings": (load["meetings_this_week"], load["meetings_next_week"]),
            "first_bar": trends["weeks"][0], "last_bar": trends["weeks"][-1],
            "digest": digest.period_key("weekly", date(2026, 11, 29))}


def test_workload_trends_and_the_digest_follow_the_one_week(db: Any, settings: Any,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    # Monday 00:30 Moscow (Sunday in UTC) this week; Sunday 23:00 Moscow, still this week;
    # Monday 00:30 Moscow next week; a meeting the Sunday before, last week.
    _meetings(db, anna, ["2026-11-22T21:30:00+00:00", "2026-11-29T20:00:00+00:00",
                         "2026-11-29T21:30:00+00:00", "2026-11-22T12:00:00+00:00"])
    assert _week_figures(db, settings, anna) == {
        "meetings": (2, 1), "first_bar": "2025-12-29", "last_bar": "2026-11-23",
        "digest": "2026-W48"}
    # The week starting on Sunday instead moves every caller together.
    monkeypatch.setattr(periods, "WEEK_STARTS", 6)
    assert _week_figures(db, settings, anna) == {
        "meetings": (2, 2), "first_bar": "2025-12-28", "last_bar": "2026-11-22",
        "digest": "2026-W47"}
