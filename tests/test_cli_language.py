"""The command line speaks Russian and English: how the language is chosen, and what it says."""

from __future__ import annotations

import ast
import os
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dealtrail.messages import CATALOGUE, Msg

REPO = Path(__file__).resolve().parents[1]
DEALTRAIL = [sys.executable, "-m", "dealtrail"]
PARTS = ("dealtrail", "indexer", "rules", "reports", "addin", "demo")
LOCALE_VARIABLES = ("DEALTRAIL_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def run(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command of this checkout in ``folder``, with only the language variables given."""
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    base["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])
    return subprocess.run(DEALTRAIL + list(args), cwd=folder, capture_output=True, text=True,
                          env={**base, **env}, timeout=120)


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


# ---------------------------------------------------------------- the catalogue


def fields(text: str) -> list[tuple[str, str, str]]:
    return sorted((name, conv or "", spec or "")
                  for _, name, spec, conv in string.Formatter().parse(text) if name is not None)


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (en, ru) in CATALOGUE.items():
        assert en.strip() and ru.strip(), key
        words = "".join(literal for literal, *_ in string.Formatter().parse(en))
        assert en != ru or not any(c.isalpha() for c in words), f"{key}: the Russian is the English"
        assert fields(en) == fields(ru), key


def test_no_key_is_written_twice_in_the_catalogue_files() -> None:
    from dealtrail.messages import CORE
    from dealtrail.messages_work import TABLES

    assert len(CORE) + sum(len(t) for t in TABLES) == len(CATALOGUE)


def msg_calls() -> list[tuple[str, int, str, set[str]]]:
    """(file, line, key, keyword names) of every ``Msg("key", ...)``/``echo("key", ...)`` call."""
    found = []
    for part in PARTS:
        for path in (REPO / part).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else ""
                first = node.args[0]
                # a key, or two keys chosen by a condition that take the same parameters
                keys = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                if name not in ("Msg", "echo", "say") or not all(
                        isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
                    continue
                given = {k.arg for k in node.keywords if k.arg and k.arg != "err"}
                found += [(str(path.relative_to(REPO)), node.lineno, k.value, given)
                          for k in keys if isinstance(k, ast.Constant)]
    return found


def test_every_message_the_code_says_is_in_the_catalogue_with_its_placeholders() -> None:
    calls = msg_calls()
    assert len(calls) > 40
    for where, line, key, given in calls:
        assert key in CATALOGUE, f"{where}:{line}: {key!r} is not in dealtrail/messages.py"
        wanted = {name for name, _, _ in fields(CATALOGUE[key][0])}
        assert given == wanted, f"{where}:{line}: {key!r} takes {sorted(wanted)}, given {sorted(given)}"


def test_a_message_is_its_english_text_and_keeps_quoted_values_verbatim() -> None:
    said = Msg("config_one_of", where="company.locale", value="фр<b>", allowed="ru, en")
    assert said == "company.locale: 'фр<b>' is not one of ru, en"
    assert said.said("ru") == "company.locale: 'фр<b>' — не одно из значений ru, en"


# ---------------------------------------------------------------- choosing the language

BROKEN = '[company]\nlocale = "{locale}"\nnmae = "x"\n'


@pytest.mark.parametrize("args, env, locale, expected", [
    (["--lang", "ru"], {"DEALTRAIL_LANG": "en", "LANG": "en_US.UTF-8"}, "en", "ru"),
    (["--lang", "en"], {"DEALTRAIL_LANG": "ru"}, "ru", "en"),
    ([], {"DEALTRAIL_LANG": "ru", "LANG": "en_US.UTF-8"}, "en", "ru"),
    ([], {"DEALTRAIL_LANG": "en"}, "ru", "en"),
    ([], {"LANG": "en_US.UTF-8"}, "ru", "ru"),          # the config's locale before the shell's
    ([], {"LANG": "ru_RU.UTF-8"}, "en", "en"),
    ([], {"LANG": "ru_RU.UTF-8"}, "", "ru"),            # no locale in the file: the shell's
    ([], {"LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"}, "", "en"),
    ([], {"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "C.UTF-8"}, "", "ru"),
    ([], {"LANG": "C.UTF-8"}, "", "en"),
    ([], {}, "", "en"),
])
def test_the_language_is_chosen_by_option_then_environment_then_config_then_locale(
        tmp_path: Path, args: list[str], env: dict[str, str], locale: str, expected: str) -> None:
    toml = BROKEN.format(locale=locale) if locale else '[company]\nnmae = "x"\n'
    (tmp_path / "dealtrail.toml").write_text(toml, encoding="utf-8")
    done = run(tmp_path, *args, "--config", "dealtrail.toml", "check", **env)
    assert done.returncode == 2
    line = error_line(done)
    if expected == "ru":
        assert line.startswith("dealtrail: ошибка: company.nmae: неизвестный ключ; здесь допустимы: ")
    else:
        assert line.startswith("dealtrail: error: company.nmae: unknown key; allowed here: ")


def test_a_config_that_is_not_toml_falls_back_to_the_shell_locale(tmp_path: Path) -> None:
    (tmp_path / "dealtrail.toml").write_text('[company\nlocale = "en"\n', encoding="utf-8")
    line = error_line(run(tmp_path, "--config", "dealtrail.toml", "check", LANG="ru_RU.UTF-8"))
    assert line.startswith("dealtrail: ошибка: dealtrail.toml: это не TOML: ")


# ---------------------------------------------------------------- what a new user meets first


def test_a_missing_config_file_is_said_in_both_languages(tmp_path: Path) -> None:
    en = error_line(run(tmp_path, "--lang", "en", "--config", "nope.toml", "check"))
    ru = error_line(run(tmp_path, "--lang", "ru", "--config", "nope.toml", "check"))
    assert en == ("dealtrail: error: config file nope.toml not found; create one with "
                  "`dealtrail init` or point to it with --config / DEALTRAIL_CONFIG")
    assert ru == ("dealtrail: ошибка: файл конфигурации nope.toml не найден; создайте его "
                  "командой `dealtrail init` или укажите путь через --config / DEALTRAIL_CONFIG")


MAILBOX = ('[[managers]]\nemail = "a@b.ru"\nname = "A"\n[[mailboxes]]\nname = "m"\nkind = "imap"\n'
           'owner = "a@b.ru"\nhost = "h"\nusername = "u"\npassword = {env = "DT_TEST_NOPE"}\n')


def test_a_missing_secret_names_the_variable_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "dealtrail.toml").write_text(MAILBOX, encoding="utf-8")
    en = error_line(run(tmp_path, "--config", "dealtrail.toml", "check", DEALTRAIL_LANG="en"))
    ru = error_line(run(tmp_path, "--config", "dealtrail.toml", "check", DEALTRAIL_LANG="ru"))
    assert en == ("dealtrail: error: mailboxes.m.password: environment variable DT_TEST_NOPE is "
                  "not set; export DT_TEST_NOPE=... before running dealtrail")
    assert ru == ("dealtrail: ошибка: mailboxes.m.password: переменная окружения DT_TEST_NOPE не "
                  "задана; выполните export DT_TEST_NOPE=... перед запуском dealtrail")


def test_a_bad_value_is_quoted_verbatim_in_russian(tmp_path: Path) -> None:
    toml = '[[managers]]\nemail = "a@b.ru"\nname = "A"\nrole = "начальник"\n'
    (tmp_path / "dealtrail.toml").write_text(toml, encoding="utf-8")
    ru = error_line(run(tmp_path, "--lang", "ru", "--config", "dealtrail.toml", "check"))
    assert ru == ("dealtrail: ошибка: managers[0].role: 'начальник' — не одно из значений "
                  "manager, head, admin")


def test_check_says_the_config_is_good_in_both_languages(tmp_path: Path) -> None:
    toml = '[company]\nlocale = "ru"\n[[managers]]\nemail = "a@b.ru"\nname = "A"\n'
    (tmp_path / "dealtrail.toml").write_text(toml, encoding="utf-8")
    ru = run(tmp_path, "--config", "dealtrail.toml", "check")
    en = run(tmp_path, "--lang", "en", "--config", "dealtrail.toml", "check")
    assert ru.returncode == 0 and en.returncode == 0, ru.stderr + en.stderr
    db = tmp_path / "dealtrail.db"
    assert ru.stdout.strip() == (f"конфигурация в порядке: менеджеров 1, почтовых ящиков 0; базы "
                                 f"{db} ещё нет (check её не создаёт): её создаст первый "
                                 "index или run")
    assert en.stdout.strip() == (f"config ok: 1 managers, 0 mailboxes; database {db} does "
                                 "not exist yet (not created by check): the first index or run "
                                 "creates it")


def test_an_error_from_an_indexing_worker_keeps_its_languages_across_processes() -> None:
    import pickle

    from dealtrail.errors import DatabaseError

    sent = DatabaseError(Msg("db_locked", where="x.lock", name="index", seconds="30"))
    got = pickle.loads(pickle.dumps(sent))
    assert str(got) == str(sent) and got.key == "db_locked"
    assert got.said("ru").startswith("x.lock: другой процесс dealtrail держит блокировку index")


# ---------------------------------------------------------------- import files

COMPANY = """
[company]
locale = "{locale}"
[[managers]]
email = "anna@testbank.ru"
name = "Anna"
[[products]]
code = "credit"
name_en = "Loans"
name_ru = "Кредиты"
"""


def company(tmp_path: Path, locale: str) -> Path:
    (tmp_path / "dealtrail.toml").write_text(COMPANY.format(locale=locale), encoding="utf-8")
    return tmp_path


def test_a_plans_file_with_bad_rows_is_refused_row_by_row_in_both_languages(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    (tmp_path / "plans.csv").write_text(
        "period,scope,manager,amount\n2026-11,manager,ivanov@,1000\n2026-11,company,,десять\n",
        encoding="utf-8")
    ru = run(tmp_path, "--config", "dealtrail.toml", "plans", "import", "plans.csv")
    en = run(tmp_path, "--lang", "en", "--config", "dealtrail.toml", "plans", "import", "plans.csv")
    assert ru.returncode == en.returncode == 1
    assert error_line(ru) == (
        "dealtrail: ошибка: строк с ошибками: 2, ничего не импортировано; исправьте их и "
        "импортируйте снова: plans.csv, строка 2, столбец 'manager': неизвестный менеджер "
        "'ivanov@' (его нет в [[managers]]); укажите адрес, логин или полное имя менеджера или "
        "добавьте его в [[managers]]; plans.csv, строка 3, столбец 'amount': 'десять' — не число; "
        "пишите цифрами, например 250000 или 250 000,00")
    assert error_line(en) == (
        "dealtrail: error: 2 invalid row(s), nothing imported; fix them and import again: "
        "plans.csv row 2, column 'manager': unknown manager 'ivanov@' (not in [[managers]]); write "
        "a manager's e-mail, login or full name, or add them to [[managers]]; plans.csv row 3, "
        "column 'amount': 'десять' is not a number; write digits, e.g. 250000 or 250 000,00")


def test_a_misspelt_column_is_named_in_russian_by_the_import_and_by_check(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    (tmp_path / "plans.csv").write_text("period,scope,manger,amount\n", encoding="utf-8")
    expected = ("dealtrail: ошибка: plans.csv: неизвестный столбец 'manger' (может быть, "
                "'manager'?); ожидаются: period, scope, team, manager, product, metric, amount, "
                "currency")
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "plans", "import",
                          "plans.csv")) == expected
    with (tmp_path / "dealtrail.toml").open("a", encoding="utf-8") as f:
        f.write('[imports]\nplans = "plans.csv"\n')
    checked = run(tmp_path, "--config", "dealtrail.toml", "check")
    # check says it as the file's line, beside the other files' lines, in the same words
    said = expected.removeprefix("dealtrail: ошибка: ")
    assert checked.returncode == 2 and f"imports.plans: {said}" in checked.stdout.splitlines()
    assert error_line(checked).startswith("dealtrail: ошибка: проблем в файлах импорта: 1")


def test_the_import_commands_say_what_they_did_in_both_languages(tmp_path: Path) -> None:
    company(tmp_path, "en")
    (tmp_path / "plans.csv").write_text("period,scope,manager,amount\n"
                                        "2026-11,manager,anna@testbank.ru,1000\n", encoding="utf-8")
    (tmp_path / "sales.csv").write_text("external_id;date;manager;product;amount\n"
                                        "1;03.11.2026;anna@testbank.ru;credit;250,50\n",
                                        encoding="utf-8")
    (tmp_path / "calls.csv").write_text("time,direction,manager,phone\n"
                                        "2026-11-03 10:00,out,anna@testbank.ru,8 912 345-67-89\n",
                                        encoding="utf-8")
    en = run(tmp_path, "--config", "dealtrail.toml", "plans", "import", "plans.csv")
    assert en.stdout.strip() == "plans.csv: 1 plan rows imported, 0 previous versions kept inactive"
    ru = run(tmp_path, "--lang", "ru", "--config", "dealtrail.toml", "plans", "import", "plans.csv")
    assert ru.stdout.strip() == ("plans.csv: импортировано строк плана: 1; прежних версий "
                                 "оставлено неактивными: 1")
    ru = run(tmp_path, "--config", "dealtrail.toml", "sales", "import", "sales.csv",
             DEALTRAIL_LANG="ru")
    assert ru.stdout.strip() == ("sales.csv: новых: 1, обновлено: 0, без изменений: 0,"
                                 " продажи выигранных сделок: 0")
    ru = run(tmp_path, "--config", "dealtrail.toml", "calls", "import", "calls.csv",
             LANG="ru_RU.UTF-8", DEALTRAIL_LANG="ru")
    assert ru.stdout.strip() == "calls.csv: звонков новых: 1, обновлено: 0, без изменений: 0"
    assert ru.stderr.strip() == ("номеров нет в справочнике клиентов: 1 (+79123456789); добавьте "
                                 "их в столбец phones, чтобы связать их звонки")


# ---------------------------------------------------------------- a mail server that says no


def test_a_wrong_imap_password_is_one_line_per_language_and_never_shows_it(
        tmp_path: Path, dovecot_for_failures: object) -> None:
    server: Any = dovecot_for_failures
    user = server.add_user()
    box = server.mailbox_settings(user, name="anna-mail", owner="anna@testbank.ru")
    (tmp_path / "dealtrail.toml").write_text(f"""
[company]
locale = "ru"
[[managers]]
email = "anna@testbank.ru"
name = "Anna"
[[mailboxes]]
name = "anna-mail"
kind = "imap"
owner = "anna@testbank.ru"
host = "{box['host']}"
port = {box['port']}
username = "{box['username']}"
password = {{env = "DT_TEST_WRONG_PW"}}
ca_file = "{box['ca_file']}"
""", encoding="utf-8")
    said = {}
    for lang in ("ru", "en"):
        done = run(tmp_path, "--config", "dealtrail.toml", "--lang", lang, "index", "--quiet",
                   "--workers", "1", DT_TEST_WRONG_PW="hunter2-wrong")
        assert done.returncode == 1, done.stderr
        said[lang] = next(line for line in done.stdout.splitlines() if "anna-mail" in line)
        assert "hunter2-wrong" not in done.stdout + done.stderr
    where = f"{user.name} на {box['host']}:{box['port']}"
    assert said["ru"].startswith(
        "ящик anna-mail: добавлено 0, обновлено 0, удалено 0, событий 0, не разобрано 0, "
        "пропущено 0, папок 0, ")
    assert f"; ошибка: ящик anna-mail ({where}): сервер отклонил вход (" in said["ru"]
    assert said["ru"].endswith("); проверьте имя пользователя и пароль (для Яндекса, Mail.ru и "
                               "Google нужен пароль приложения) и снова запустите `dealtrail "
                               "index`")
    assert said["en"].startswith("mailbox=anna-mail added=0 updated=0 deleted=0 events=0 ")
    assert (f" error: mailbox anna-mail ({user.name} at {box['host']}:{box['port']}): the server "
            "rejected the login (") in said["en"]
    assert said["en"].endswith("); check the username and the password (an app password for "
                               "Yandex, Mail.ru or Google), then run `dealtrail index` again")


def test_status_users_and_purge_say_what_they_did_in_russian(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    lines = {}
    for args in (["status"], ["users", "invite", "anna@testbank.ru"], ["users", "list"],
                 ["purge", "--before", "2026-01-01"]):
        done = run(tmp_path, "--config", "dealtrail.toml", *args)
        assert done.returncode == 0, done.stderr
        lines[args[0] + (args[1] if args[0] == "users" else "")] = done.stdout.strip()
    assert lines["status"] == "ни одна задача ещё не запускалась; запустите планировщик: dealtrail run"
    assert lines["usersinvite"].startswith("код привязки для anna@testbank.ru: ")
    assert "  (действует до " in lines["usersinvite"]
    assert lines["userslist"].split()[:3] == ["anna@testbank.ru", "менеджер", "активен"]
    assert "токенов: 0, кодов входа: 1, последний вход: -" in lines["userslist"]
    assert lines["purge"] == "текст удалён из писем: 0"
    english = run(tmp_path, "--lang", "en", "--config", "dealtrail.toml", "purge", "--before",
                  "2026-01-01")
    assert english.stdout.strip() == "text removed from 0 messages"


def test_a_rules_setting_and_a_cross_check_are_refused_in_russian(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    with (tmp_path / "dealtrail.toml").open("a", encoding="utf-8") as f:
        f.write('[rules.broken_promise]\nseverity = "fatal"\n')
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "check")) == (
        "dealtrail: ошибка: rules.broken_promise.severity: 'fatal' — не одно из значений "
        "low, medium, high")
    company(tmp_path, "ru")
    with (tmp_path / "dealtrail.toml").open("a", encoding="utf-8") as f:
        f.write('[privacy]\ndeny = ["rival.example"]\n')
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "check")) == (
        "dealtrail: ошибка: privacy.deny: 'rival.example' — не адрес и не домен; напишите адрес "
        "(name@rival.example) или весь домен как \"@rival.example\"")


def test_a_digest_with_no_smtp_server_says_so_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\nlocale = "ru"\n[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\n'
        '[digest]\nsender = "dealtrail@testbank.ru"\n', encoding="utf-8")
    said = {}
    for lang in ("ru", "en"):
        done = run(tmp_path, "--lang", lang, "--config", "dealtrail.toml", "digest", "send",
                   "--kind", "daily", "--to", "anna@testbank.ru")
        assert done.returncode == 1, done.stdout + done.stderr
        assert done.stdout.strip(), done.stderr
        said[lang] = done.stdout.strip()
    assert said["ru"].startswith("сбой: отправлено 0, уже были отправлены 0, с ошибкой 1, брошено "
                                 "после всех попыток 0; ошибки: anna@testbank.ru daily ")
    assert said["ru"].endswith(": сервер SMTP не настроен; задайте [smtp] host (и port, security) "
                               "в dealtrail.toml, чтобы отправлять сводки и подтверждения")
    assert said["en"].startswith("failed: sent 0, already sent 0, failed 1, gave up 0; failed: "
                                 "anna@testbank.ru daily ")
    assert said["en"].endswith(": no SMTP server is configured; set [smtp] host (and port, "
                               "security) in dealtrail.toml to send digests and confirmations")


def test_what_a_command_cannot_find_is_said_in_russian(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "users", "revoke",
                          "nobody@testbank.ru")) == (
        "dealtrail: ошибка: у nobody@testbank.ru нет учётной записи dealtrail; см. "
        "`dealtrail users list`")
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "users", "invite",
                          "olga@testbank.ru")) == (
        "dealtrail: ошибка: olga@testbank.ru — не менеджер: добавьте его в [[managers]] в "
        "dealtrail.toml (email, name, role) и пригласите снова")


def test_a_mailbox_without_a_password_and_an_unknown_country_are_refused_in_russian(
        tmp_path: Path) -> None:
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\nlocale = "ru"\n[[managers]]\nemail = "a@b.ru"\nname = "A"\n[[mailboxes]]\n'
        'name = "m"\nkind = "imap"\nowner = "a@b.ru"\nhost = "h"\nusername = "u"\n',
        encoding="utf-8")
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "check")) == (
        "dealtrail: ошибка: mailboxes.m: задайте password или oauth2_token (например, "
        "password = {env = \"IMAP_PASSWORD\"})")
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\nlocale = "ru"\ncountry = "XX"\n', encoding="utf-8")
    assert error_line(run(tmp_path, "--config", "dealtrail.toml", "check")) == (
        "dealtrail: ошибка: Производственный календарь: страна 'XX' неизвестна пакету holidays; "
        "укажите код ISO 3166, например RU, GB, US или DE.")


def test_tags_apply_and_an_empty_audit_answer_in_russian(tmp_path: Path) -> None:
    company(tmp_path, "ru")
    applied = run(tmp_path, "--config", "dealtrail.toml", "tags", "apply", "--no-confirm")
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.strip() == ("теги: применено 0, отклонено 0, ждут 0, подтверждено 0, "
                                      "не подтверждено 0")
    audited = run(tmp_path, "--config", "dealtrail.toml", "audit", "--person", "x@testbank.ru")
    assert audited.returncode == 0 and audited.stderr.strip() == (
        "в журнале доступа нет подходящих записей")
