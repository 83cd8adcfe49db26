"""`dealtrail digest preview` and `dealtrail digest send` through the real CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import CliRunner

from dealtrail.cli import cli
from dealtrail.store import open_db, rows
from tests.test_digest import AS_OF, digest_settings, seed


def _config(tmp_path: Path, smtp: Any) -> Path:
    cfg = tmp_path / "dealtrail.toml"
    cfg.write_text(f"""
database = "{tmp_path / 'dealtrail.db'}"

[company]
name = "Test Bank"
timezone = "Europe/Moscow"

[[managers]]
email = "head@testbank.ru"
name = "Olga Head"
role = "head"
team = "corp"
timezone = "Europe/Moscow"
locale = "ru"

[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
team = "corp"
timezone = "Europe/Moscow"
locale = "ru"

[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
team = "corp"
timezone = "Europe/Berlin"
locale = "en"

[[products]]
code = "credit"
name_en = "Loans"
name_ru = "Кредиты"

[[products]]
code = "deposit"
name_en = "Deposits"
name_ru = "Депозиты"

[digest]
sender = "dealtrail@testbank.ru"
tag_address = "tags@testbank.ru"

{smtp.toml()}""", encoding="utf-8")
    db = open_db(tmp_path / "dealtrail.db")
    seed(db, digest_settings())
    db.conn.close()
    return cfg


def test_preview_writes_the_html_of_one_recipient(tmp_path, smtp, monkeypatch):
    cfg = _config(tmp_path, smtp)
    monkeypatch.setenv("DEALTRAIL_NOW", AS_OF.isoformat())
    out = tmp_path / "ben.html"
    result = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "preview",
                                      "--to", "ben@testbank.ru", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "your day, 26 November" in result.output
    assert "Your contacts today" in out.read_text(encoding="utf-8")
    assert smtp.messages == []


def test_send_delivers_once_and_records_the_job(tmp_path, smtp, monkeypatch):
    cfg = _config(tmp_path, smtp)
    monkeypatch.setenv("DEALTRAIL_NOW", AS_OF.isoformat())
    runner = CliRunner()
    first = runner.invoke(cli, ["--config", str(cfg), "digest", "send", "--to", "anna@testbank.ru"])
    second = runner.invoke(cli, ["--config", str(cfg), "digest", "send", "--to", "anna@testbank.ru"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert first.output.startswith("sent 1,") and second.output.startswith("sent 0, already sent 1")
    assert [m.rcpt_tos for m in smtp.messages] == [["anna@testbank.ru"]]
    db = open_db(tmp_path / "dealtrail.db")
    assert [r["status"] for r in rows(db, "SELECT status FROM job_runs WHERE job = 'digest'")] == \
        ["ok", "ok"]
    status = runner.invoke(cli, ["--config", str(cfg), "status"])
    assert "digest" in status.output and "sent 0, already sent 1" in status.output


def test_send_exits_non_zero_when_delivery_fails(tmp_path, smtp, monkeypatch):
    monkeypatch.setattr("dealtrail.mailer.DEFAULT_BACKOFF", 0.01)
    cfg = _config(tmp_path, smtp)
    monkeypatch.setenv("DEALTRAIL_NOW", AS_OF.isoformat())
    smtp.fail_next(100)
    result = CliRunner().invoke(cli, ["--config", str(cfg), "digest", "send", "--to",
                                      "ben@testbank.ru"])
    assert result.exit_code == 1 and "failed 1" in result.output and "451" in result.output


def test_preview_says_what_it_wrote_in_the_operators_language(tmp_path, smtp, monkeypatch):
    cfg = _config(tmp_path, smtp)
    monkeypatch.setenv("DEALTRAIL_NOW", AS_OF.isoformat())
    out = tmp_path / "anna.html"
    result = CliRunner().invoke(cli, ["--lang", "ru", "--config", str(cfg), "digest", "preview",
                                      "--to", "anna@testbank.ru", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"записан {out} (кодов пунктов: " in result.output and "wrote" not in result.output
