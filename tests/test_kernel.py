"""The kernel: configuration errors, the database file, item codes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from dealtrail import clock, config
from dealtrail.domain import item_code, parse_item_code
from dealtrail.errors import ConfigError, SecretMissing
from dealtrail.example import EXAMPLE_CONFIG
from dealtrail.store import open_db

DEALTRAIL = [sys.executable, "-m", "dealtrail"]


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(DEALTRAIL + list(args), cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("toml, fragment", [
    ('[company]\nnmae = "x"\n', "company.nmae: unknown key; allowed here:"),
    ("[smtp]\nport = \"twenty-five\"\n", "smtp.port: expected a whole number"),
    ('[[managers]]\nemail = "a@b.ru"\nname = "A"\nrole = "boss"\n',
     "managers[0].role: 'boss' is not one of manager, head, admin"),
    ('[[mailboxes]]\nname = "m"\nkind = "imap"\nowner = "a@b.ru"\nhost = "h"\nusername = "u"\n'
     'password = "hunter2"\n', "mailboxes.m.password: secrets are never written in the file"),
    ('[[mailboxes]]\nname = "m"\nkind = "pop3"\nowner = "a@b.ru"\n', "mailboxes.m.kind: 'pop3' is not one of"),
    ('[company]\ntimezone = "Mars/Olympus"\n', "company.timezone: unknown time zone"),
    ("[company\n", "not valid TOML"),
    ("[rules.unanswered]\nreply_hour = 8\n", "rules.unanswered.reply_hour: unknown key"),
])
def test_bad_config_is_one_clear_line_exit_2_and_writes_nothing(tmp_path: Path, toml: str,
                                                                fragment: str) -> None:
    (tmp_path / "dealtrail.toml").write_text(toml, encoding="utf-8")
    done = run_cli("--config", "dealtrail.toml", "check", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0], done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dealtrail.toml"]


def test_missing_secret_names_the_variable(tmp_path: Path) -> None:
    toml = ('[[managers]]\nemail = "a@b.ru"\nname = "A"\n[[mailboxes]]\nname = "m"\nkind = "imap"\n'
            'owner = "a@b.ru"\nhost = "h"\nusername = "u"\npassword = {env = "DT_TEST_NOPE"}\n')
    (tmp_path / "dealtrail.toml").write_text(toml, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DT_TEST_NOPE"}
    done = subprocess.run(DEALTRAIL + ["--config", "dealtrail.toml", "check"], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert "DT_TEST_NOPE is not set" in done.stderr
    assert not (tmp_path / "dealtrail.db").exists()


def test_secret_repr_never_shows_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DT_TEST_SECRET", "hunter2")
    secret = config.Secret(env="DT_TEST_SECRET")
    assert secret.get() == "hunter2"
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret)
    monkeypatch.delenv("DT_TEST_SECRET")
    with pytest.raises(SecretMissing, match="DT_TEST_SECRET"):
        secret.get("mailboxes.m.password")


def test_init_writes_an_example_that_loads(tmp_path: Path) -> None:
    done = run_cli("init", "dealtrail.toml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    settings = config.load(tmp_path / "dealtrail.toml")
    assert {m.role for m in settings.managers} == {"head", "manager"}
    from rules.engine import validate_config

    validate_config(settings)  # every [rules.*] key in the example is a real one
    again = run_cli("init", "dealtrail.toml", cwd=tmp_path)
    assert again.returncode != 0 and "--force" in again.stderr
    assert (tmp_path / "dealtrail.toml").read_text(encoding="utf-8") == EXAMPLE_CONFIG


def test_database_is_owner_only_wal_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dealtrail.db"
    db = open_db(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert names[0] == "m001_initial" and "messages" in db.table_names()
    db.conn.close()
    os.chmod(path, 0o644)
    open_db(path).conn.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600



def test_a_new_database_has_the_schema_the_migrations_give_through_sqlite_utils(tmp_path: Path
                                                                               ) -> None:
    # The schema as sqlite-utils' own Database applies the same migrations.
    import sqlite3

    import sqlite_utils

    from dealtrail.schema import migrations

    reference = sqlite_utils.Database(sqlite3.connect(tmp_path / "ref.db", isolation_level=None))
    migrations.apply(reference)
    ours = open_db(tmp_path / "ours.db")
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    assert ours.execute(query).fetchall() == reference.execute(query).fetchall()
    assert len(ours.execute(query).fetchall()) > 100


@pytest.mark.parametrize("script", [
    "", "SELECT 1", "SELECT 1;", " SELECT 1; SELECT 2; ", "SELECT ';' ; SELECT 2",
    "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x=';';"
    " END; SELECT 3;",
    "-- c;\nSELECT 1; /* x; */ SELECT \"a;b\"; ", "SELECT 1; -- trailing", "SELECT 1;;; SELECT 2;",
    "SELECT 'open; x", "/* open; ", "SELECT [a;b] FROM t;",
])
def test_a_script_is_split_into_the_statements_sqlite_utils_would_run(script: str) -> None:
    from sqlite_utils.db import _iter_complete_sql_statements

    from dealtrail.store import script_statements

    assert list(script_statements(script)) == list(_iter_complete_sql_statements(script))


def test_a_long_statement_in_a_transaction_is_split_in_linear_time(tmp_path: Path) -> None:
    # sqlite-utils asks whether the text is a complete statement after each character of
    # it, over all the text gathered so far: ~25 s for this 60 KB statement, 4x that for 2x.
    import time

    db = open_db(tmp_path / "x.db")
    values = ",".join(f"('{i:07d}')" for i in range(5_000))
    started = time.monotonic()
    with db.conn:
        db.execute("BEGIN")
        db.executescript(f"CREATE TABLE t (v TEXT); INSERT INTO t VALUES {values};")
    assert time.monotonic() - started < 5
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 5_000


def test_item_codes_round_trip() -> None:
    assert item_code("D", 142) == "D-142"
    assert parse_item_code("d-142") == ("D", 142)
    assert parse_item_code("X-1") is None and parse_item_code("D-") is None


def test_clock_refuses_naive_times_and_honours_freeze() -> None:
    from datetime import datetime

    with pytest.raises(ValueError):
        clock.iso(datetime(2026, 1, 1))
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    with clock.freeze(moment):
        assert clock.now() == moment


def test_config_error_for_unknown_mailbox_setting() -> None:
    with pytest.raises(ConfigError, match=r"mailboxes.m.hots: unknown setting for kind imap"):
        config.from_mapping({"managers": [{"email": "a@b.ru", "name": "A"}],
                             "mailboxes": [{"name": "m", "kind": "imap", "owner": "a@b.ru",
                                            "hots": "x", "host": "h", "username": "u"}]})


def test_a_mailbox_is_validated_by_its_connectors_options_dataclass(tmp_path: Path) -> None:
    from indexer.options import ImapOptions, MaildirOptions

    settings = config.from_mapping(
        {"managers": [{"email": "a@b.ru", "name": "A"}],
         "mailboxes": [{"name": "m", "kind": "imap", "owner": "a@b.ru", "host": "h",
                        "username": "u", "tls": "starttls", "password": {"env": "X"},
                        "ca_file": "ca.pem"},
                       {"name": "d", "kind": "maildir", "owner": "a@b.ru", "path": "~/Maildir"}]},
        base_dir=tmp_path)
    imap, maildir = (mb.options for mb in settings.mailboxes)
    assert isinstance(imap, ImapOptions) and isinstance(maildir, MaildirOptions)
    # Defaults come from the dataclass; paths are read from the config's folder.
    assert (imap.port, imap.batch_size, imap.folders) == (143, 500, ())
    assert imap.ca_file == str(tmp_path / "ca.pem")
    assert maildir.path == str(Path("~/Maildir").expanduser())
    assert imap.password == config.Secret(env="X") and imap.password.where == "mailboxes.m.password"
    for internal in ("mailbox", "retry_delay", "use_qresync"):  # not settings
        with pytest.raises(ConfigError, match=rf"mailboxes\.m\.{internal}: unknown setting"):
            config.from_mapping({"managers": [{"email": "a@b.ru", "name": "A"}],
                                 "mailboxes": [{"name": "m", "kind": "imap", "owner": "a@b.ru",
                                                "host": "h", "username": "u",
                                                "password": {"env": "X"}, internal: 1}]})
    with pytest.raises(ConfigError, match=r"mailboxes\.d\.path: required for kind maildir"):
        config.from_mapping({"managers": [{"email": "a@b.ru", "name": "A"}],
                             "mailboxes": [{"name": "d", "kind": "maildir", "owner": "a@b.ru"}]})


def test_the_kernel_does_not_import_the_indexer_to_load_a_config() -> None:
    code = ("import sys, dealtrail.config, dealtrail.cli, dealtrail.preflight, dealtrail.tables; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('indexer', 'rules', 'reports', 'addin')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_manager_who_sets_no_zone_or_language_has_the_companys(db) -> None:  # type: ignore[no-untyped-def]
    # The rules, digests and tags all ask the manager's zone first, then the company's
    # (docs/rules.md): a manager who repeats neither is where the company is.
    from dealtrail.directory import sync_managers

    settings = config.from_mapping({
        "company": {"timezone": "Europe/Berlin", "locale": "en"},
        "managers": [{"email": "a@b.de", "name": "A"},
                     {"email": "c@b.de", "name": "C", "timezone": "Asia/Yekaterinburg",
                      "locale": "ru"}]})
    assert [(m.timezone, m.locale) for m in settings.managers] == [
        ("Europe/Berlin", "en"), ("Asia/Yekaterinburg", "ru")]
    sync_managers(db, settings)
    assert db.execute("SELECT timezone, locale FROM managers ORDER BY email").fetchall() == [
        ("Europe/Berlin", "en"), ("Asia/Yekaterinburg", "ru")]
    plain = config.from_mapping({"managers": [{"email": "a@b.ru", "name": "A"}]})
    assert (plain.managers[0].timezone, plain.managers[0].locale) == ("Europe/Moscow", "ru")


def test_a_product_needs_one_name_and_shows_it_in_both_languages() -> None:
    """An English-only team names its products in English only (a Russian one in Russian):
    the other language shows the same name; a product with no name at all is refused."""
    from tests.conftest import make_settings

    english = make_settings(products=[{"code": "GL", "name_en": "General liability"},
                                      {"code": "ЗП", "name_ru": "Зарплатный проект"}])
    assert [(p.name_en, p.name_ru) for p in english.products] == [
        ("General liability", "General liability"), ("Зарплатный проект", "Зарплатный проект")]
    assert english.product_name("GL", "ru") == "General liability"
    with pytest.raises(ConfigError, match=r"^products\[0\]: product 'WC' has no name; set "
                                          r"name_en or name_ru"):
        make_settings(products=[{"code": "WC", "name_en": " "}])
