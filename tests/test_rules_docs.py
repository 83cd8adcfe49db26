"""docs/rules.md stays true: its third-party rule example runs, its defaults match the code."""

from __future__ import annotations

import re
from pathlib import Path

from dealtrail import clock
from rules.engine import COMMON_CONFIG, Registry, run_rules
from tests.test_rules_world import World, at

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_the_third_party_rule_example_in_the_docs_runs_in_the_engine(db, settings):
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    world = World(db)
    big = world.deal(client_id=world.romashka, manager_id=world.anna,
                     created=at("2026-11-01 10:00"))
    world.db.execute("UPDATE deals SET amount_minor = 20000000000 WHERE id = ?", [big])
    with clock.freeze(at("2026-11-27 10:00")):
        summary = run_rules(db, settings, registry=[namespace["rule"]], raise_errors=True)
    assert summary.get("big_deal_no_meeting").opened == 1
    assert [v["deal_id"] for v in world.violations()] == [big]


def test_every_rule_and_config_key_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for rule in Registry.default():
        assert f"### `{rule.name}`" in text, rule.name
        for key in rule.default_config:
            if key not in COMMON_CONFIG:
                assert f"`{key}`" in text, (rule.name, key)
