"""``--help`` speaks the operator's language: Russian from one catalogue, English unchanged."""

from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path

import click
from click.testing import CliRunner

from dealtrail.cli import cli
from dealtrail.help import ROOT
from dealtrail.messages_help import HELP_RU
from tests.test_cli_language import run
from tests.test_help_examples import SHOWN, commands


def help_keys() -> dict[str, str]:
    """Catalogue key -> English text of every command, group and option that has help."""
    keys: dict[str, str] = {}
    for path, command in commands():
        key = " ".join(filter(None, [ROOT, path]))
        keys[key] = command.help or ""
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                keys[f"{key} {max(param.opts, key=len)}"] = param.help
    return keys


# The fingerprint of each English help text when its Russian was last written or checked.
SEEN = Path(__file__).parent / "data" / "help_en_seen.json"


def fingerprint(english: str) -> str:
    return hashlib.sha256(" ".join(english.split()).encode("utf-8")).hexdigest()[:12]


def test_an_english_help_text_changed_after_its_russian_was_written_is_named() -> None:
    """An English help text edited in the code leaves its Russian saying the old thing: the
    test names it until the Russian is re-read and the fingerprint recorded again."""
    seen = json.loads(SEEN.read_text(encoding="utf-8"))
    now = {key: fingerprint(english) for key, english in help_keys().items()}
    changed = sorted(k for k in now if k in seen and seen[k] != now[k])
    assert not changed, (
        f"the English help of {changed} changed after its Russian was written: update the"
        " Russian in dealtrail/messages_help.py, then record the new English with"
        " `.venv/bin/python -m tests.test_cli_help_language`")
    assert set(seen) == set(now), (
        "commands or options were added or removed: record them with"
        " `.venv/bin/python -m tests.test_cli_help_language`")


def test_every_command_group_and_option_has_russian_help_and_no_key_names_nothing() -> None:
    keys = help_keys()
    assert len([k for k in keys if " -" not in k]) > 50     # the whole tree was walked
    missing = sorted(k for k in keys if not HELP_RU.get(k, "").strip())
    assert not missing, f"add the Russian help of these to dealtrail/messages_help.py: {missing}"
    # --help and --version are click's own options, on every command and on the root
    stale = sorted(set(HELP_RU) - set(keys) - {f"{ROOT} --help", f"{ROOT} --version"})
    assert not stale, f"dealtrail/messages_help.py names no command or option: {stale}"
    for key, english in keys.items():
        assert HELP_RU[key] != english, f"{key}: the Russian is the English"


def test_the_russian_help_shows_the_same_example_lines_as_the_english() -> None:
    for key, english in help_keys().items():
        if " -" in key:
            continue
        shown = [" ".join(s.split()) for s in SHOWN.findall(inspect.cleandoc(english))]
        assert shown == [" ".join(s.split()) for s in SHOWN.findall(inspect.cleandoc(HELP_RU[key]))], key


def test_a_group_its_commands_and_options_are_in_russian_with_lang_ru(tmp_path: Path) -> None:
    done = run(tmp_path, "--lang", "ru", "rules", "--help")
    assert done.returncode == 0, done.stderr
    page = done.stdout
    assert "Использование: dealtrail rules [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]..." in page
    assert "Запустить правила, которые находят нарушенные обещания" in page      # the group
    assert "list  Установленные правила: включено ли каждое" in page               # its command
    assert "Команды:" in page and "Параметры:" in page
    assert "Пример: dealtrail rules run" in page
    assert "Run the rules" not in page and "Commands:" not in page


def test_a_command_and_its_options_are_in_russian_from_the_environment(tmp_path: Path) -> None:
    done = run(tmp_path, "report", "plan", "--help", DEALTRAIL_LANG="ru")
    assert done.returncode == 0, done.stderr
    page = " ".join(done.stdout.split())
    assert "Процент выполнения плана и где закончится период" in page
    assert "--team ТЕКСТ Только эта команда." in page
    assert "Формат вывода. [по умолчанию: table]" in page
    assert "-h, --help Показать эту справку и выйти." in page
    assert "Only this team" not in page and "default:" not in page


def test_the_root_help_follows_lang_given_before_it_and_the_config_locale(tmp_path: Path) -> None:
    page = run(tmp_path, "--lang", "ru", "--help").stdout
    assert "Язык сообщений, ошибок, справки и таблиц" in page
    assert "violations  Список нарушений, найденных правилами" in page
    (tmp_path / "dealtrail.toml").write_text('[company]\nlocale = "ru"\n', encoding="utf-8")
    assert "Стереть везде данные одного клиента" in run(tmp_path, "forget", "--help").stdout
    assert "Erase one client's" in run(tmp_path, "--lang", "en", "forget", "--help").stdout


def test_an_english_page_after_a_russian_one_in_the_same_process_is_english() -> None:
    runner = CliRunner()
    before = runner.invoke(cli, ["--lang", "en", "audit", "--help"]).output
    russian = runner.invoke(cli, ["--lang", "ru", "audit", "--help"]).output
    after = runner.invoke(cli, ["--lang", "en", "audit", "--help"]).output
    assert "Кто и когда открывал" in russian and "Не больше стольких записей" in russian
    assert after == before
    assert "Who read which client or report" in after and "At most this many entries" in after


def test_a_usage_error_is_framed_in_russian_and_as_before_in_english(tmp_path: Path) -> None:
    ru = run(tmp_path, "--lang", "ru", "rules", "lst")
    en = run(tmp_path, "--lang", "en", "rules", "lst")
    assert ru.returncode == en.returncode == 2
    assert ru.stderr.splitlines() == [
        "Использование: dealtrail rules [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]...",
        "Справка: dealtrail rules --help", "",
        "Ошибка: Нет такой команды: 'lst'. Возможно, имелось в виду: 'list'?"]
    assert en.stderr.splitlines() == [
        "Usage: dealtrail rules [OPTIONS] COMMAND [ARGS]...",
        "Try 'dealtrail rules --help' for help.", "",
        "Error: No such command 'lst'. Did you mean 'list'?"]



def test_the_detail_of_a_usage_error_and_the_kinds_of_values_are_in_russian(
        tmp_path: Path) -> None:
    """What went wrong is said in Russian too, not only the frame: a wrong option, a value
    missing or not allowed, a file that is not there, words left over."""
    def error(*args: str) -> str:
        done = run(tmp_path, "--lang", "ru", *args)
        assert done.returncode == 2, done.stderr
        return done.stderr.splitlines()[-1]

    assert error("report", "pipeline", "--formt", "csv") == (
        "Ошибка: Нет такого параметра: --formt. Возможно, имелось в виду: --format, --out?")
    assert error("report", "pipeline", "--format", "pdf") == (
        "Ошибка: Недопустимое значение '--format': 'pdf' — не из списка:"
        " 'table', 'csv', 'xlsx', 'json'.")
    assert error("report", "pipeline", "--manager") == "Ошибка: Параметру --manager нужно значение."
    assert error("audit", "--limit", "ten") == "Ошибка: Недопустимое значение '--limit': 'ten' — не число."
    assert error("calls", "import") == "Ошибка: Не указан аргумент 'FILE'."
    missing = str(tmp_path / "calls-nowhere.csv")
    assert error("calls", "import", missing) == (
        f"Ошибка: Недопустимое значение 'FILE': '{missing}' не существует.")
    assert error("rules", "list", "one", "two") == "Ошибка: Лишние аргументы: one two."
    page = run(tmp_path, "--lang", "ru", "report", "pipeline", "--help").stdout
    assert "--manager ТЕКСТ" in page and "--out ФАЙЛ" in page and " TEXT" not in page
    english = run(tmp_path, "--lang", "en", "report", "pipeline", "--formt", "csv")
    assert english.stderr.splitlines()[-1].startswith("Error: No such option")
    assert "--out FILE" in run(tmp_path, "--lang", "en", "report", "pipeline", "--help").stdout


if __name__ == "__main__":
    SEEN.write_text(json.dumps({k: fingerprint(v) for k, v in sorted(help_keys().items())},
                               ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"recorded {SEEN}")
