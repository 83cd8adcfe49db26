"""On the demo bank, the rules find exactly the planted violations and invent none."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from demo import run as demo_run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("demo")
    result = demo_run.run_demo(out, quiet=True)
    truth = json.loads(next(Path(out).rglob("ground_truth.json")).read_text(encoding="utf-8"))
    conn = sqlite3.connect(result.database)
    conn.row_factory = sqlite3.Row
    found = [dict(r) for r in conn.execute(
        "SELECT v.rule, v.status, v.evidence, m.email AS manager,"
        " (SELECT min(cd.domain) FROM client_domains cd WHERE cd.client_id = v.client_id)"
        " AS domain, (SELECT message_id FROM messages WHERE id ="
        " json_extract(v.evidence, '$.message_id')) AS rfc_id"
        " FROM violations v LEFT JOIN managers m ON m.id = v.manager_id"
        " LEFT JOIN deals d ON d.id = v.deal_id")]
    conn.close()
    return {"truth": truth, "found": found}


def pick(demo: dict, rule: str, status: str = "open") -> list[dict]:
    return [v for v in demo["found"] if v["rule"] == rule and v["status"] == status]


def test_planted_broken_and_late_promises_are_found_with_manager_and_client(demo):
    truth = demo["truth"]
    broken = {(v["manager"], v["domain"], v["rfc_id"]) for v in pick(demo, "broken_promise")}
    assert broken == {(t["manager"], t["client"], t["message_id"])
                      for t in truth["broken_promises"]}
    late = {(v["manager"], v["domain"]) for v in pick(demo, "broken_promise", "kept_late")}
    assert late == {(t["manager"], t["client"]) for t in truth["kept_late_promises"]}


def test_planted_unanswered_mail_is_found_by_its_message(demo):
    found = {(v["manager"], v["domain"], v["rfc_id"]) for v in pick(demo, "unanswered")}
    assert found == {(t["manager"], t["client"], t["message_id"])
                     for t in demo["truth"]["unanswered"]}


def test_only_complaints_past_their_sla_are_violations(demo):
    found = {(v["manager"], v["domain"]) for v in pick(demo, "complaint_sla")}
    assert found == {(t["manager"], t["client"]) for t in demo["truth"]["complaints"]
                     if t["past_sla"]}


def test_planted_meetings_without_follow_up_are_found(demo):
    found = {(v["manager"], json.loads(v["evidence"])["uid"])
             for v in pick(demo, "meeting_followup")}
    assert found == {(t["manager"], t["event_uid"])
                     for t in demo["truth"]["meetings_without_followup"]}


def test_planted_stale_deals_and_missed_next_contacts_are_found(demo):
    truth = demo["truth"]
    assert {v["domain"] for v in pick(demo, "stale_deal")} == {
        t["client"] for t in truth["stale_deals"]}
    assert {v["domain"] for v in pick(demo, "missed_next_contact")} == {
        t["client"] for t in truth["missed_next_contacts"]}
    assert {v["domain"] for v in pick(demo, "slipped_deal")} == {
        t["client"] for t in truth["slipped_deals"]}


def test_nothing_else_is_reported(demo):
    planted = {"broken_promise", "unanswered", "complaint_sla", "meeting_followup",
               "stale_deal", "missed_next_contact", "slipped_deal"}
    assert {v["rule"] for v in demo["found"]} <= planted
