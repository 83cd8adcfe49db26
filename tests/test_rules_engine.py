"""The engine: registry, per-rule config, failure isolation, idempotence, lifecycle, scope."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import pytest

from dealtrail import clock
from dealtrail.errors import ConfigError, NotFound
from rules.engine import (
    Finding,
    Registry,
    Resolution,
    RuleContext,
    run_rules,
    validate_config,
    waive,
)
from tests.conftest import make_settings
from tests.test_rules_world import World, at

BUILT_INS = {"broken_promise", "missed_next_contact", "unanswered", "stale_deal",
             "complaint_sla", "meeting_followup", "slipped_deal"}


class Scripted:
    """A rule whose findings the test sets; one per client in ``clients``."""

    name = "scripted"
    default_config: ClassVar[dict[str, Any]] = {"threshold": 3}

    def __init__(self) -> None:
        self.clients: list[int] = []
        self.seen_scope: Any = "unset"
        self.seen_config: dict[str, Any] = {}

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        self.seen_scope = ctx.clients
        self.seen_config = dict(ctx.config)
        for client in self.clients:
            if ctx.clients is not None and client not in ctx.clients:
                continue
            yield Finding(key=f"client:{client}", summary=f"client {client}",
                          due_at=at("2026-11-26 18:00"), client_id=client, manager_id=2,
                          evidence={"client": client})


class Exploding:
    name = "exploding"
    default_config: ClassVar[dict[str, Any]] = {}

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        yield Finding(key="half", summary="written before the failure", due_at=None)
        raise RuntimeError("boom")


class Closing(Scripted):
    """Closes what it stops reporting as kept_late instead of resolved."""

    name = "closing"

    def resolve(self, ctx: RuleContext) -> Iterable[Resolution]:
        yield Resolution(key="client:10", status="kept_late", at=at("2026-11-27 08:00"))


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return World(db)


def run(world: World, settings: Any, rules: list[Any], **kw: Any):  # type: ignore[no-untyped-def]
    with clock.freeze(at("2026-11-27 10:00")):
        return run_rules(world.db, settings, registry=rules, **kw)


def test_builtin_rules_are_registered_through_the_entry_point_group():
    assert set(Registry.default().names()) >= BUILT_INS


def test_a_raising_rule_is_logged_counted_and_skipped_and_the_others_run(world, settings, caplog):
    ok = Scripted()
    ok.clients = [10]
    summary = run(world, settings, [Exploding(), ok])
    assert summary.get("exploding").errors == 1
    assert "boom" in summary.get("exploding").error
    assert summary.errors == 1
    assert summary.get("scripted").opened == 1
    assert [v["rule"] for v in world.violations()] == ["scripted"]  # the failed rule rolled back
    assert any("exploding" in r.getMessage() for r in caplog.records)


def test_raise_errors_lets_a_failing_rule_raise(world, settings):
    with pytest.raises(RuntimeError, match="boom"):
        run(world, settings, [Exploding()], raise_errors=True)


def test_unknown_config_key_is_a_config_error_naming_the_key_and_the_allowed_ones(world):
    settings = make_settings(rules={"scripted": {"treshold": 5}})
    with pytest.raises(ConfigError) as err:
        run(world, settings, [Scripted()])
    message = str(err.value)
    assert "rules.scripted.treshold" in message
    assert "threshold" in message and "enabled" in message and "severity" in message


def test_config_for_a_rule_that_is_not_installed_is_a_config_error(world):
    settings = make_settings(rules={"brokn_promise": {"enabled": False}})
    with pytest.raises(ConfigError, match="rules.brokn_promise"):
        validate_config(settings)


@pytest.mark.parametrize("conf", [{"threshold": "three"}, {"severity": "urgent"},
                                  {"enabled": "yes"}, {"lookback_days": -1}])
def test_badly_typed_config_values_are_refused(world, conf):
    with pytest.raises(ConfigError, match="rules.scripted"):
        run(world, make_settings(rules={"scripted": conf}), [Scripted()])


def test_rule_config_overrides_defaults(world):
    rule = Scripted()
    run(world, make_settings(rules={"scripted": {"threshold": 7, "severity": "high"}}), [rule])
    assert rule.seen_config["threshold"] == 7
    assert rule.seen_config["severity"] == "high"
    assert rule.seen_config["lookback_days"] == 90


def test_a_disabled_rule_does_not_run(world):
    rule = Scripted()
    rule.clients = [10]
    summary = run(world, make_settings(rules={"scripted": {"enabled": False}}), [rule])
    assert summary.results == []
    assert world.violations() == []


def test_only_runs_the_named_rules_and_refuses_unknown_names(world, settings):
    a, b = Scripted(), Closing()
    summary = run(world, settings, [a, b], only=["closing"])
    assert [r.rule for r in summary.results] == ["closing"]
    with pytest.raises(NotFound, match="scripted"):
        run(world, settings, [a], only=["nope"])


def test_rerun_is_idempotent_and_condition_gone_resolves(world, settings):
    rule = Scripted()
    rule.clients = [10, 20]
    first = run(world, settings, [rule]).get("scripted")
    second = run(world, settings, [rule]).get("scripted")
    assert (first.opened, second.opened, second.still_open) == (2, 0, 2)
    assert len(world.violations()) == 2
    rule.clients = [20]
    third = run(world, settings, [rule]).get("scripted")
    assert third.resolved == 1
    statuses = {v["client_id"]: v["status"] for v in world.violations()}
    assert statuses == {10: "resolved", 20: "open"}


def test_a_resolved_violation_found_again_reopens_but_a_waived_one_never_does(world, settings):
    rule = Scripted()
    rule.clients = [10, 20]
    run(world, settings, [rule])
    by_client = {v["client_id"]: v["id"] for v in world.violations()}
    waive(world.db, by_client[20], reason="agreed with the client", by="head@testbank.ru")
    rule.clients = []
    run(world, settings, [rule])
    rule.clients = [10, 20]
    summary = run(world, settings, [rule]).get("scripted")
    assert summary.opened == 1
    statuses = {v["client_id"]: v["status"] for v in world.violations()}
    assert statuses == {10: "open", 20: "waived"}
    assert len(world.violations()) == 2


def test_waiving_needs_a_reason_and_an_existing_violation(world, settings):
    rule = Scripted()
    rule.clients = [10]
    run(world, settings, [rule])
    [v] = world.violations()
    with pytest.raises(Exception, match="reason"):
        waive(world.db, v["id"], reason="  ", by="head@testbank.ru")
    with pytest.raises(NotFound, match="V-999"):
        waive(world.db, 999, reason="x", by="head@testbank.ru")


def test_incremental_run_evaluates_and_resolves_only_the_given_clients(world, settings):
    rule = Scripted()
    rule.clients = [10, 20]
    run(world, settings, [rule])
    rule.clients = []
    summary = run(world, settings, [rule], clients={20}).get("scripted")
    assert rule.seen_scope == frozenset({20})
    assert summary.resolved == 1
    statuses = {v["client_id"]: v["status"] for v in world.violations()}
    assert statuses == {10: "open", 20: "resolved"}


def test_every_builtin_rule_honours_an_incremental_client_scope(world, settings):
    for client, manager in ((world.romashka, world.anna), (world.steel, world.ben)):
        t = world.thread(client)
        # Asked after our last message: any later message to the client would answer it.
        world.message(when=at("2026-11-24 10:00"), direction="in", client_id=client,
                      manager_id=manager, thread_id=t, is_request=1)
        made = at("2026-11-20 11:00")
        mid = world.message(when=made, direction="out", client_id=client, manager_id=manager)
        world.promise(message_id=mid, made=made, due=at("2026-11-23 23:59:59"), action="send",
                      client_id=client, manager_id=manager)
        # Long enough ago that the meeting (a contact once held) leaves the deal stale.
        world.event(start=at("2026-11-10 10:00"), end=at("2026-11-10 11:00"), client_id=client,
                    manager_id=manager)
        deal = world.deal(client_id=client, manager_id=manager, created=at("2026-10-01 10:00"),
                          next_contact=at("2026-11-25 10:00"), expected_close="2026-12-10")
        world.db["deal_history"].insert({
            "deal_id": deal, "at": clock.iso(at("2026-11-05 10:00")), "actor_email": "x",
            "source": "tag", "field": "expected_close", "old_value": "2026-11-20",
            "new_value": "2026-12-10"})
        world.db["complaints"].insert({
            "key": f"k{client}", "client_id": client, "text": "Плохо", "source": "inferred",
            "opened_at": clock.iso(at("2026-11-16 10:00"))})
    with clock.freeze(at("2026-11-27 10:00")):
        partial = run_rules(world.db, settings, clients={world.steel}, raise_errors=True)
    assert {r.rule for r in partial.results} == BUILT_INS
    assert {v["rule"] for v in world.violations()} == BUILT_INS
    assert {v["client_id"] for v in world.violations()} == {world.steel}
    with clock.freeze(at("2026-11-27 10:00")):
        run_rules(world.db, settings, raise_errors=True)
    def rules_for(client: int) -> set[str]:
        return {v["rule"] for v in world.violations() if v["client_id"] == client}

    assert rules_for(world.romashka) == rules_for(world.steel) == BUILT_INS


def test_explicit_resolution_closes_as_kept_late(world, settings):
    rule = Closing()
    rule.clients = [10]
    run(world, settings, [rule])
    rule.clients = []
    summary = run(world, settings, [rule]).get("closing")
    assert summary.kept_late == 1
    [v] = world.violations()
    assert (v["status"], v["resolved_at"]) == ("kept_late", clock.iso(at("2026-11-27 08:00")))


def test_a_full_run_is_recorded_in_job_runs(world, settings):
    run(world, settings, [Scripted()])
    [job] = list(world.db.query("SELECT job, status FROM job_runs"))
    assert job == {"job": "rules", "status": "ok"}


def test_a_run_reads_which_clients_are_established_once_for_all_its_rules(world, settings):
    # The set is the same for every rule of a run (rules write violations and promise
    # statuses only); each rule read it again, ~5 ms a rule on 750 clients.
    statements: list[str] = []
    world.db.conn.set_trace_callback(statements.append)
    try:
        first, second = Scripted(), Closing()
        first.clients = second.clients = [10]
        summary = run(world, settings, [first, second])
    finally:
        world.db.conn.set_trace_callback(None)
    assert summary.get("scripted").opened == 1 and summary.get("closing").opened == 1
    reads = [s for s in statements if s.startswith("SELECT id FROM clients WHERE")]
    assert len(reads) == 1
