"""`dealtrail users invite|list|revoke`: a code that pairs once, listed and revoked."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail import config as config_mod
from dealtrail.cli import cli

CONFIG = """
[company]
name = "Test Bank"
internal_domains = ["testbank.ru"]

[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
"""


def test_invite_pair_list_and_revoke_from_the_command_line(tmp_path: Path) -> None:
    cfg, db = tmp_path / "dealtrail.toml", tmp_path / "d.db"
    cfg.write_text(CONFIG, encoding="utf-8")
    base = ["--config", str(cfg), "--db", str(db)]
    runner = CliRunner()
    invited = runner.invoke(cli, [*base, "users", "invite", "Anna@TestBank.ru"])
    assert invited.exit_code == 0, invited.output
    code = re.search(r"pairing code for anna@testbank.ru: (\S+)", invited.output).group(1)
    http = TestClient(create_app(config_mod.load(cfg), db), base_url="https://localhost:8443")
    token = http.post("/api/pair", json={"code": code}).json()["token"]
    listed = runner.invoke(cli, [*base, "users", "list"])
    assert "anna@testbank.ru" in listed.output and "tokens=1" in listed.output
    revoked = runner.invoke(cli, [*base, "users", "revoke", "anna@testbank.ru"])
    assert revoked.exit_code == 0 and "revoked 1" in revoked.output
    assert http.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_inviting_someone_not_in_the_config_says_how_to_fix_it(tmp_path: Path) -> None:
    cfg = tmp_path / "dealtrail.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(cfg), "--db", str(tmp_path / "d.db"),
                                      "users", "invite", "who@else.com"])
    assert result.exit_code != 0
    assert "[[managers]]" in str(result.exception)
