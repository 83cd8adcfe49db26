"""``dealtrail check`` refuses, with one line and exit code 2, whatever would fail later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DEALTRAIL = [sys.executable, "-m", "dealtrail"]
# The command of this checkout, not of whichever one the package is installed from.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(
    filter(None, [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")]))}

GOOD = """
[company]
internal_domains = ["testbank.ru"]

[[managers]]
email = "anna@testbank.ru"
name = "Anna"

[[mailboxes]]
name = "anna-mail"
kind = "maildir"
owner = "anna@testbank.ru"
path = "Maildir"

[[mailboxes]]
name = "anna-cal"
kind = "ics"
owner = "anna@testbank.ru"
path = "calendar"

[clients]
directory = "clients.csv"

[imports]
plans = "plans.csv"
sales = ["sales.csv"]
deals = "deals.csv"
calls = "calls.csv"
"""

FILES = {
    "clients.csv": "client,domains,owner,segment\nAcme,acme.ru,anna@testbank.ru,corporate\n",
    "plans.csv": ("period,scope,team,manager,product,metric,amount,currency\n"
                  "2026-11,company,,,all,amount,100,RUB\n"),
    "sales.csv": "Номер;Дата;Менеджер;Сумма\nA-1;03.11.2026;anna@testbank.ru;100\n",
    "deals.csv": "external_id,client,manager,stage\nD-1,Acme,anna@testbank.ru,lead\n",
    "calls.csv": "time,direction,manager,phone\n2026-11-03 10:00,out,anna@testbank.ru,8 912 345-67-89\n",
}


def make_folder(root: Path, toml: str = GOOD) -> Path:
    root.mkdir(exist_ok=True)
    (root / "dealtrail.toml").write_text(toml, encoding="utf-8")
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    for sub in ("cur", "new", "tmp"):
        (root / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    (root / "calendar").mkdir(exist_ok=True)
    return root


def check(root: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(DEALTRAIL + ["--config", "dealtrail.toml", "check"], cwd=root,
                          capture_output=True, text=True, env={**ENV, **(env or {})},
                          timeout=120)


def refused(root: Path, fragment: str, env: dict[str, str] | None = None) -> None:
    before = sorted(p.name for p in root.iterdir())
    done = check(root, env)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and fragment in lines[0], done.stderr
    assert sorted(p.name for p in root.iterdir()) == before  # no database, nothing written


def test_a_good_folder_passes_and_check_writes_no_database(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "good")
    before = sorted(p.name for p in root.iterdir())
    done = check(root)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1].startswith("config ok: 1 managers, 2 mailboxes")
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "clients.directory (clients.csv)", "imports.plans (plans.csv)",
        "imports.sales[0] (sales.csv)", "imports.deals (deals.csv)", "imports.calls (calls.csv)"]
    assert "does not exist yet (not created by check)" in done.stdout
    assert sorted(p.name for p in root.iterdir()) == before


def test_check_reports_pending_migrations_without_applying_them(tmp_path: Path) -> None:
    import sqlite3

    from dealtrail.schema import migrations
    from dealtrail.store import open_db

    root = make_folder(tmp_path / "old")
    db = open_db(root / "dealtrail.db")
    newest = [m.name for m in migrations.applied(db)][-1]
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (newest,))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = sorted(p.name for p in root.iterdir())
    done = check(root)
    assert done.returncode == 0, done.stderr
    assert "1 migration(s) pending, applied (after a backup) by the next command" in done.stdout
    # No backup and no new file; SQLite's own -wal/-shm of a reader may appear.
    assert [p.name for p in sorted(root.iterdir())
            if not p.name.endswith(("-wal", "-shm"))] == [n for n in before
                                                          if not n.endswith(("-wal", "-shm"))]
    conn = sqlite3.connect(root / "dealtrail.db")
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = ?",
                        (newest,)).fetchone()[0] == 0
    conn.close()


def test_check_refuses_a_database_path_it_could_not_create(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "bad")
    toml = (root / "dealtrail.toml").read_text(encoding="utf-8")
    (root / "dealtrail.toml").write_text(
        'database = "clients.csv/x.db"\n' + toml, encoding="utf-8")
    refused(root, "cannot create database ")


@pytest.mark.parametrize("missing, fragment", [
    ("clients.csv", "clients.directory: "),
    ("plans.csv", "imports.plans: "),
    ("sales.csv", "imports.sales[0]: "),
    ("deals.csv", "imports.deals: "),
    ("calls.csv", "imports.calls: "),
    ("Maildir", "mailboxes.anna-mail.path: "),
    ("calendar", "mailboxes.anna-cal.path: "),
])
def test_a_missing_file_or_folder_is_named(tmp_path: Path, missing: str, fragment: str) -> None:
    root = make_folder(tmp_path / "c")
    target = root / missing
    if target.is_dir():
        for sub in sorted(target.rglob("*"), reverse=True):
            sub.rmdir()
        target.rmdir()
    else:
        target.unlink()
    refused(root, fragment + str(target) + " does not exist")


def test_a_maildir_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "c", GOOD.replace('path = "Maildir"', 'path = "plans.csv"'))
    refused(root, "mailboxes.anna-mail.path: ")


def refused_file(root: Path, where: str, fragment: str,
                 summary: str = "1 problem(s) in 1 import file(s)") -> None:
    """An import file that cannot be read is its one line among the files' lines; the other
    files are still read, and the check fails with one line on stderr."""
    before = sorted(p.name for p in root.iterdir())
    done = check(root)
    assert done.returncode == 2, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(f"{where}: ")]
    assert len(lines) == 1 and fragment in lines[0], done.stdout
    files = [line for line in done.stdout.splitlines() if not line.startswith("  ")]
    assert len(files) == 5, done.stdout                           # every file has its line
    assert summary in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert sorted(p.name for p in root.iterdir()) == before  # no database, nothing written


def test_a_misspelt_plans_column_is_one_line_naming_it_and_the_expected_ones(
        tmp_path: Path) -> None:
    root = make_folder(tmp_path / "c")
    header = "period,scope,team,manger,product,metric,amount,currency\n"
    (root / "plans.csv").write_text(header + "2026-11,manager,,x@y,all,amount,1,RUB\n" * 200,
                                    encoding="utf-8")
    refused_file(root, "imports.plans",
                 "plans.csv: unknown column 'manger' (did you mean 'manager'?); expected: "
                 "period, scope, team, manager, product, metric, amount, currency")


@pytest.mark.parametrize("name, where, text, fragment, summary", [
    ("sales.csv", "imports.sales[0]", "Номер;Менеджер;Сумма\nA-1;anna@testbank.ru;100\n",
     "sales.csv: missing column 'date'; expected: external_id, date,", "1 problem(s) in 1"),
    # without the directory the CRM export's client Acme is unknown too, as its import says
    ("clients.csv", "clients.directory", "client;domain;owner;segmnet\n",
     "clients.csv: unknown column 'segmnet'", "2 problem(s) in 2"),
    ("deals.csv", "imports.deals", "client,stage\nAcme,lead\n",
     "deals.csv: missing column 'manager'", "1 problem(s) in 1"),
    ("calls.csv", "imports.calls", "time,direction,manager,phone,duraton\n",
     "calls.csv: unknown column 'duraton' (did you mean 'duration'?)", "1 problem(s) in 1"),
])
def test_every_configured_import_file_has_its_header_checked(
        tmp_path: Path, name: str, where: str, text: str, fragment: str, summary: str) -> None:
    root = make_folder(tmp_path / "c")
    (root / name).write_text(text, encoding="utf-8")
    refused_file(root, where, fragment, summary)


IMAP = ('\n[[mailboxes]]\nname = "m"\nkind = "imap"\nowner = "anna@testbank.ru"\nhost = "h"\n'
        'username = "u"\npassword = {env = "HOME"}\n')
EWS = ('\n[[mailboxes]]\nname = "m"\nkind = "ews"\nowner = "anna@testbank.ru"\nserver = "h"\n'
       'username = "u"\npassword = {env = "HOME"}\n')


@pytest.mark.parametrize("toml, fragment", [
    (GOOD + IMAP + 'tls = "implict"\n',
     "mailboxes.m.tls: 'implict' is not one of implicit, starttls, none"),
    (GOOD + '[smtp]\nsecurity = "tls"\n', "smtp.security: 'tls' is not one of none, starttls, ssl"),
    (GOOD + '[tags]\ntrust = "dkim"\n', "tags.trust: 'dkim' is not one of"),
    (GOOD + EWS + 'auth = "kerberos"\n', "mailboxes.m.auth: 'kerberos' is not one of"),
    (GOOD + EWS + 'access = "owner"\n', "mailboxes.m.access: 'owner' is not one of"),
    (GOOD + '[[mailboxes]]\nname = "m"\nkind = "maildir"\nowner = "anna@testbank.ru"\n'
            'path = "Maildir"\npurpose = "archive"\n',
     "mailboxes.m.purpose: 'archive' is not one of manager, tags"),
    (GOOD.replace("[company]\n", '[company]\nlocale = "de"\n'),
     "company.locale: 'de' is not one of ru, en"),
    (GOOD.replace('name = "Anna"\n', 'name = "Anna"\nrole = "boss"\n'),
     "managers[0].role: 'boss' is not one of manager, head, admin"),
    (GOOD.replace('kind = "ics"', 'kind = "pop3"'), "mailboxes.anna-cal.kind: 'pop3' is not one of"),
    ('colour = "blue"\n' + GOOD,
     "colour: unknown key; allowed here: clients, company, database, digest, imports, mailboxes, "
     "managers, motivation, pipeline, privacy, products, rules, schedule, server, smtp, tags"),
])
def test_enum_like_values_and_top_level_keys_are_checked(tmp_path: Path, toml: str,
                                                         fragment: str) -> None:
    refused(make_folder(tmp_path / "c", toml), fragment)


def test_a_world_writable_config_file_is_refused(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "c")
    os.chmod(root / "dealtrail.toml", 0o666)
    refused(root, "dealtrail.toml: writable by everyone")


def test_a_secret_command_that_fails_is_refused(tmp_path: Path) -> None:
    toml = GOOD + '\n[smtp]\nhost = "smtp.testbank.ru"\nsecurity = "starttls"\n' \
                  'password = {command = "exit 3"}\n'
    root = make_folder(tmp_path / "c", toml)
    refused(root, "smtp.password: the command configured to print it failed")


def test_a_secret_command_that_prints_nothing_is_refused(tmp_path: Path) -> None:
    toml = GOOD + '\n[smtp]\nhost = "smtp.testbank.ru"\nsecurity = "starttls"\n' \
                  'password = {command = "true"}\n'
    refused(make_folder(tmp_path / "c", toml), "smtp.password: the secret is empty")


def test_smtp_with_a_password_and_no_tls_is_refused(tmp_path: Path) -> None:
    toml = GOOD + '\n[smtp]\nhost = "smtp.testbank.ru"\nport = 25\nsecurity = "none"\n' \
                  'password = {env = "DT_CHECK_SMTP"}\n'
    refused(make_folder(tmp_path / "c", toml), 'smtp.security: "none" would send smtp.password '
                                               "unencrypted", env={"DT_CHECK_SMTP": "pw"})


def test_a_world_readable_private_key_is_refused(tmp_path: Path) -> None:
    toml = GOOD + '\n[server]\ncert_file = "cert.pem"\nkey_file = "key.pem"\n'
    root = make_folder(tmp_path / "c", toml)
    (root / "cert.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    (root / "key.pem").write_text("-----BEGIN PRIVATE KEY-----\n", encoding="ascii")
    os.chmod(root / "key.pem", 0o644)
    refused(root, f"server.key_file: {root / 'key.pem'} holds a private key and is readable "
                  "by everyone")
    os.chmod(root / "key.pem", 0o600)
    assert check(root).returncode == 0


def test_a_world_readable_graph_certificate_key_is_refused(tmp_path: Path) -> None:
    toml = GOOD + ('\n[[mailboxes]]\nname = "g"\nkind = "graph"\nowner = "anna@testbank.ru"\n'
                   'tenant_id = "t"\nclient_id = "c"\ncertificate_file = "app.pem"\n')
    root = make_folder(tmp_path / "c", toml)
    (root / "app.pem").write_text("-----BEGIN PRIVATE KEY-----\n", encoding="ascii")
    os.chmod(root / "app.pem", 0o604)
    refused(root, "mailboxes.g.certificate_file: ")


def test_a_missing_ca_file_is_refused(tmp_path: Path) -> None:
    toml = GOOD + IMAP + 'ca_file = "ca.pem"\n'
    root = make_folder(tmp_path / "c", toml)
    refused(root, f"mailboxes.m.ca_file: {root / 'ca.pem'} does not exist")


def test_an_unknown_country_is_refused(tmp_path: Path) -> None:
    toml = GOOD.replace('[company]\n', '[company]\ncountry = "XX"\n')
    refused(make_folder(tmp_path / "c", toml), "country 'XX' is not known")


@pytest.mark.parametrize("lang, fragment", [("en", "tags.mailbox: not a setting any more"),
                                            ("ru", "tags.mailbox: такой настройки больше нет")])
def test_an_old_tags_mailbox_line_is_named_once_and_the_config_still_loads(
        tmp_path: Path, lang: str, fragment: str) -> None:
    """Templates wrote `[tags] mailbox = "tags"`, which nothing read: the mailbox tag
    commands land in is the one marked purpose = "tags". An old config keeps working and
    says which line to delete; the template no longer writes it."""
    root = make_folder(tmp_path / lang, GOOD + '\n[tags]\naddress = "deals@testbank.ru"\n'
                                               'mailbox = "tags"\n')
    done = subprocess.run(DEALTRAIL + ["--lang", lang, "--config", "dealtrail.toml", "check"],
                          cwd=root, capture_output=True, text=True, env=ENV, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0] and 'purpose = "tags"' in lines[0], lines
    written = root / "example.toml"
    subprocess.run(DEALTRAIL + ["init", str(written)], check=True, capture_output=True,
                   env=ENV, timeout=120)
    tags = written.read_text(encoding="utf-8").split("[tags]", 1)[1].split("\n[", 1)[0]
    keys = [line.split("=")[0].strip() for line in tags.splitlines() if "=" in line]
    assert "address" in keys and "mailbox" not in keys, keys
