"""The #call / #звонок tag: a phone call logged by mail is a contact like one from the call log."""

from __future__ import annotations

from typing import Any

from dealtrail.store import rows
from indexer.tags import parse
from tests.test_tags_apply import NOW, TAG, command, put, run, world  # noqa: F401 (fixture)


def calls(w: dict[str, Any]) -> list[dict[str, Any]]:
    return rows(w["db"], "SELECT * FROM calls ORDER BY id")


def test_call_tags_parse_in_both_languages_with_an_optional_outcome() -> None:
    found = parse("#звонок договорились о встрече в понедельник", NOW)
    assert found.problems == []
    assert [(c.tag, c.value) for c in found.commands] == [
        ("call", "договорились о встрече в понедельник")]
    assert found.note == ""            # the outcome is the call's, not the deal's agreement
    bare = parse("D-7 #call", NOW)
    assert [(c.tag, c.value, c.code) for c in bare.commands] == [("call", "", "D-7")]


def test_a_call_tag_on_a_deal_logs_a_call_with_its_client_as_a_contact(world):  # noqa: F811
    key = put(world, f"D-{world['deal']} #звонок обсудили ставку, ждут КП")
    report = run(world)
    assert (report.applied, report.rejected) == (1, 0), command(world, key)["reason"]
    [call] = calls(world)
    assert (call["client_id"], call["manager_id"], call["source"], call["note"]) == (
        world["acme"], world["ids"]["anna@testbank.ru"], "tag", "обсудили ставку, ждут КП")
    [contact] = rows(world["db"], "SELECT * FROM contacts WHERE channel = 'call'")
    assert (contact["call_id"], contact["client_id"]) == (call["id"], world["acme"])
    sent = rows(world["db"], "SELECT sent_at FROM messages WHERE message_key = ?", [key])
    assert contact["at"] == call["at"] == sent[0]["sent_at"]
    # The deal's agreement note is not touched by a call's outcome.
    assert rows(world["db"], "SELECT agreements FROM deals")[0]["agreements"] == ""
    # Applying again changes nothing.
    run(world)
    assert len(calls(world)) == 1


def test_a_call_tag_naming_a_client_needs_no_deal(world):  # noqa: F811
    world["db"].conn.execute("DELETE FROM deal_history")
    world["db"].conn.execute("DELETE FROM deals")
    key = put(world, "#client acme.ru #call")
    run(world)
    assert command(world, key)["status"] == "applied", command(world, key)["reason"]
    assert [c["client_id"] for c in calls(world)] == [world["acme"]]


def test_a_manager_cannot_log_a_call_with_another_managers_client(world):  # noqa: F811
    key = put(world, "#client acme.ru #call", sender="ben@testbank.ru",
              copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent")))
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert calls(world) == []
