"""What ``dealtrail`` says to an administrator, in English and Russian.

The same pattern as the digest's catalogue (``reports/i18n.py``): key ->
(English, Russian) side by side, ``str.format`` placeholders. A :class:`Msg` is
the English text itself (a ``str``, so logs, tests and ``str(error)`` read as
before) that also carries its key and parameters, so the CLI can say it in the
operator's language (:func:`dealtrail.lang.operator`). Parameters are never
translated: a file name, a value quoted from a file or a mail stays verbatim,
with the same ``!r`` quoting in both languages. A parameter that is itself a
``Msg`` is said in the same language; a tuple of them is joined with "; ".

A missing key or placeholder fails ``tests/test_cli_language.py``, which reads
every ``Msg("key", ...)`` in the code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages_work import TABLES

LANGS = ("en", "ru")

# key -> (English, Russian). Placeholders use str.format names.
CORE: dict[str, tuple[str, str]] = {
    # the CLI itself
    "cli_error": ("dealtrail: error: {message}", "dealtrail: ошибка: {message}"),
    "aborted": ("aborted", "прервано"),
    # the frame of click's usage errors (dealtrail/help.py)
    "usage_hint": ("Try '{command} {option}' for help.", "Справка: {command} {option}"),
    "usage_error": ("Error: {message}", "Ошибка: {message}"),
    # click's detail of a usage error, in Russian (the English page keeps click's own words)
    "usage_no_command": ("No such command {name}.", "Нет такой команды: {name}."),
    "usage_no_option": ("No such option: {name}.", "Нет такого параметра: {name}."),
    "usage_did_you_mean": ("Did you mean {names}?", "Возможно, имелось в виду: {names}?"),
    "usage_missing_argument": ("Missing argument {name}.", "Не указан аргумент {name}."),
    "usage_missing_option": ("Missing option {name}.", "Не указан параметр {name}."),
    "usage_needs_value": ("Option {name} requires an argument.",
                          "Параметру {name} нужно значение."),
    "usage_extra": ("Got unexpected extra arguments ({args}).", "Лишние аргументы: {args}."),
    "usage_bad_value": ("Invalid value for {name}: {detail}",
                        "Недопустимое значение {name}: {detail}"),
    "usage_not_number": ("{value} is not a number.", "{value} — не число."),
    "usage_not_choice": ("{value} is not one of {choices}.", "{value} — не из списка: {choices}."),
    "usage_no_path": ("{value} does not exist.", "{value} не существует."),
    "interrupted": ("interrupted", "прервано (Ctrl+C)"),
    "init_wrote": ("wrote {target}; edit it, then run: dealtrail --config {target} check",
                   "записан {target}; отредактируйте его и выполните: dealtrail --config {target} check"),
    "init_exists": ("{target} exists; pass --force to overwrite it",
                    "{target} уже есть; чтобы перезаписать, добавьте --force"),
    "check_ok": ("config ok: {managers} managers, {mailboxes} mailboxes; {database}",
                 "конфигурация в порядке: менеджеров {managers}, почтовых ящиков {mailboxes}; {database}"),
    # every row of every import file, as `check` reads it (dealtrail/rowcheck.py)
    "check_file_problem": ("{where}: {message}", "{where}: {message}"),
    "check_file_line": ("{parts}", "{parts}"),
    "check_file_rows": ("{where} ({file}): {readable} row(s) can be imported",
                        "{where} ({file}): строк можно импортировать: {readable}"),
    "check_skipped_internal": ("{count} internal call(s) skipped (between our own lines, not "
                               "client calls)",
                               "пропущено внутренних звонков: {count} (между нашими линиями, "
                               "это не звонки клиентов)"),
    "check_skipped_no_manager": ("{count} call(s) that reached no manager's line{lines} "
                                 "skipped; if a line is a manager's, set its extension in "
                                 "[[managers]]",
                                 "пропущено звонков, не дошедших ни до одной линии менеджера: "
                                 "{count}{lines}; если линия — менеджера, задайте её extension "
                                 "в [[managers]]"),
    "check_file_problems": ("{count} problem(s), the import would take nothing of this file "
                            "until they are fixed:",
                            "проблем: {count}, из этого файла не импортируется ничего, пока "
                            "они не исправлены:"),
    "check_problem": ("  {line}", "  {line}"),
    "check_problems_more": ("  ... and {count} more in {file} (--max-problems shows more)",
                            "  … и ещё {count} в {file} (больше покажет --max-problems)"),
    "check_rows_failed": ("{count} problem(s) in {files} import file(s), listed above, would "
                          "stop their import; fix each row as its line says (or the config "
                          "it names), then run check again",
                          "проблем в файлах импорта: {count} (файлов: {files}), они перечислены "
                          "выше и остановят импорт; исправьте каждую строку, как сказано в ней "
                          "(или названную там конфигурацию), и запустите check снова"),
    # the database's state, as `check` says it
    "db_cannot_create": (
        "cannot create database {target}: {parent} {problem}; choose another path "
        "(database in dealtrail.toml, or --db) or fix the folder",
        "нельзя создать базу {target}: {parent} {problem}; выберите другой путь "
        "(database в dealtrail.toml или --db) или исправьте папку"),
    "db_folder_not_folder": ("is not a folder", "— не папка"),
    "db_folder_not_writable": ("is not writable", "— нет права записи"),
    "db_not_yet": ("database {target} does not exist yet (not created by check): the first "
                   "index or run creates it",
                   "базы {target} ещё нет (check её не создаёт): её создаст первый index или run"),
    "db_encrypted": ("database {target} exists (encrypted: not opened by check)",
                     "база {target} есть (зашифрована: check её не открывает)"),
    "db_at": ("database {target} at migration {migration}", "база {target}, миграция {migration}"),
    "db_pending": ("database {target} at migration {migration}; {count} migration(s) pending, "
                   "applied (after a backup) by the next command that opens it",
                   "база {target}, миграция {migration}; ожидают миграций: {count}, их применит "
                   "(сделав резервную копию) следующая команда, которая её откроет"),
    # the database
    "db_cannot_open": ("cannot open database {target}: {detail}; check the path and its permissions "
                       "(database.path in dealtrail.toml, or --db)",
                       "не удаётся открыть базу {target}: {detail}; проверьте путь и права доступа "
                       "(database.path в dealtrail.toml или --db)"),
    "db_cannot_read": ("cannot read database {target}: {detail}; check the path and its permissions "
                       "(database in dealtrail.toml, or --db)",
                       "не удаётся прочитать базу {target}: {detail}; проверьте путь и права доступа "
                       "(database в dealtrail.toml или --db)"),
    "db_no_sqlcipher": ("{variable} is set but the encrypted-database binding is not installed; run "
                        "pip install 'dealtrail[encrypted]', or unset it to use a plain database",
                        "{variable} задана, но поддержка зашифрованной базы не установлена; "
                        "выполните pip install 'dealtrail[encrypted]' или уберите переменную, "
                        "чтобы работать с обычной базой"),
    "db_wrong_key": ("cannot open database {target} with {variable}: the key is wrong or the file is "
                     "a plain database; use the key it was created with (a plain file stays plain)",
                     "не удаётся открыть базу {target} с ключом из {variable}: ключ неверен или "
                     "база не зашифрована; используйте ключ, с которым она создана (обычная база "
                     "остаётся обычной)"),
    "db_migration_failed": ("migrating the database failed at one of {pending}: {detail}",
                            "миграция базы не удалась на одной из {pending}: {detail}"),
    "db_locked": ("{where}: another dealtrail process has held the {name} lock for {seconds} s; "
                  "wait for it to finish (see `dealtrail status`) or stop it, then run again",
                  "{where}: другой процесс dealtrail держит блокировку {name} уже {seconds} с; "
                  "дождитесь его окончания (см. `dealtrail status`) или остановите его и "
                  "запустите снова"),
    # configuration
    "config_not_found": (
        "config file {where} not found; create one with `dealtrail init` "
        "or point to it with --config / DEALTRAIL_CONFIG",
        "файл конфигурации {where} не найден; создайте его командой `dealtrail init` "
        "или укажите путь через --config / DEALTRAIL_CONFIG"),
    "config_not_toml": ("{where}: not valid TOML: {detail}", "{where}: это не TOML: {detail}"),
    "config_not_utf8": ("{where}: not UTF-8 text; save the file as UTF-8",
                        "{where}: текст не в UTF-8; сохраните файл в кодировке UTF-8"),
    "config_rules_tables": ("rules: expected tables like [rules.broken_promise]",
                            "rules: нужны таблицы вида [rules.broken_promise]"),
    "config_list_of_tables": ("{where}: expected a list of tables ([[{where}]])",
                              "{where}: нужен список таблиц ([[{where}]])"),
    "config_table": ("{where}: expected a table", "{where}: нужна таблица"),
    "config_mailbox_name": ("{where}.name: required, a short unique name such as \"ivanov-mail\"",
                            "{where}.name: обязателен, короткое уникальное имя, например \"ivanov-mail\""),
    "config_mailbox_kind": ("{where}.kind: {kind!r} is not one of {kinds}",
                            "{where}.kind: {kind!r} — не один из {kinds}"),
    "config_no_connectors": ("(no connectors are installed)", "(не установлен ни один коннектор)"),
    "config_mailbox_owner": ("{where}.owner: required, the email of the manager whose mailbox it is",
                             "{where}.owner: обязателен, адрес менеджера, чей это ящик"),
    "config_bool": ("{where}: expected true or false", "{where}: нужно true или false"),
    "config_one_of": ("{where}: {value!r} is not one of {allowed}",
                      "{where}: {value!r} — не одно из значений {allowed}"),
    "config_unknown_key": ("{where}: unknown key; allowed here: {allowed}",
                           "{where}: неизвестный ключ; здесь допустимы: {allowed}"),
    "config_unknown_setting": ("{where}: unknown setting for kind {kind}; allowed: {allowed}",
                               "{where}: неизвестная настройка для kind {kind}; допустимы: {allowed}"),
    "config_required": ("{where}: required", "{where}: обязательный ключ"),
    "config_required_for_kind": ("{where}: required for kind {kind}",
                                 "{where}: обязателен для kind {kind}"),
    "config_secret_inline": (
        "{where}: secrets are never written in the file; use {{env = \"VAR_NAME\"}} "
        "or {{command = \"...\"}}",
        "{where}: секреты не пишут в файл; используйте {{env = \"VAR_NAME\"}} "
        "или {{command = \"...\"}}"),
    "config_expected_bool": ("{where}: expected true or false, got {value!r}",
                             "{where}: нужно true или false, а указано {value!r}"),
    "config_expected_int": ("{where}: expected a whole number, got {value!r}",
                            "{where}: нужно целое число, а указано {value!r}"),
    "config_expected_number": ("{where}: expected a number, got {value!r}",
                               "{where}: нужно число, а указано {value!r}"),
    "config_expected_text": ("{where}: expected text, got {value!r}",
                             "{where}: нужен текст, а указано {value!r}"),
    "config_expected_time": ("{where}: expected a time like \"08:30\", got {value!r}",
                             "{where}: нужно время вида \"08:30\", а указано {value!r}"),
    "config_expected_date": ("{where}: expected a date like 2026-11-01, got {value!r}",
                             "{where}: нужна дата вида 2026-11-01, а указано {value!r}"),
    "config_expected_list": ("{where}: expected a list, got {value!r}",
                             "{where}: нужен список, а указано {value!r}"),
    "config_expected_table": ("{where}: expected a table, got {value!r}",
                              "{where}: нужна таблица, а указано {value!r}"),
    "config_company_timezone": ("company.timezone: unknown time zone {value!r} "
                                "(use an IANA name such as Europe/Moscow)",
                                "company.timezone: неизвестный часовой пояс {value!r} "
                                "(укажите имя IANA, например Europe/Moscow)"),
    "config_not_email": ("{where}: {value!r} is not an email address",
                         "{where}: {value!r} — не адрес электронной почты"),
    "config_listed_twice": ("{where}: {value} is listed twice", "{where}: {value} указан дважды"),
    "config_unknown_timezone": ("{where}: unknown time zone {value!r}",
                                "{where}: неизвестный часовой пояс {value!r}"),
    "config_name_twice": ("{where}: the name is used twice", "{where}: это имя использовано дважды"),
    "config_owner_not_manager": ("{where}: {owner} is not in [[managers]]",
                                 "{where}: {owner} нет в [[managers]]"),
    # what `check` verifies beyond the keys
    "check_world_writable": ("{target}: writable by everyone, and the secret commands in the config "
                             "run through a shell; run: chmod o-w {target}",
                             "{target}: доступен на запись всем, а команды секретов из конфигурации "
                             "выполняются через shell; выполните: chmod o-w {target}"),
    "check_smtp_cleartext": ("smtp.security: \"none\" would send smtp.password unencrypted to "
                             "{host}; set security = \"starttls\" (port 587) or \"ssl\" (port 465)",
                             "smtp.security: при \"none\" smtp.password уйдёт на {host} "
                             "незашифрованным; укажите security = \"starttls\" (порт 587) "
                             "или \"ssl\" (порт 465)"),
    "check_path_missing": ("{where}: {path} does not exist; fix the path (relative paths are "
                           "read from the config file's folder)",
                           "{where}: {path} не существует; исправьте путь (относительные пути "
                           "считаются от папки файла конфигурации)"),
    "check_not_folder": ("{where}: {path} is not a folder", "{where}: {path} — не папка"),
    "check_not_file": ("{where}: {path} is not a file", "{where}: {path} — не файл"),
    "check_unreadable": ("{where}: {path} cannot be read by this user; check its permissions",
                         "{where}: у этого пользователя нет права читать {path}; проверьте права "
                         "доступа"),
    "check_key_readable": ("{where}: {path} holds a private key and is readable by everyone; "
                           "run: chmod o-r {path}",
                           "{where}: в {path} закрытый ключ, и его может прочитать любой; "
                           "выполните: chmod o-r {path}"),
    "check_cert_pair": ("{where}: not set; set both cert_file and key_file, "
                        "or neither to use a development certificate",
                        "{where}: не задан; задайте и cert_file, и key_file или ни один, "
                        "чтобы работать с сертификатом для разработки"),
    "config_tags_mailbox_gone": ("tags.mailbox: not a setting any more, and never read; delete the "
                                 "line: tag commands land in the [[mailboxes]] entry with "
                                 "purpose = \"tags\"",
                                 "tags.mailbox: такой настройки больше нет, и она не читалась; "
                                 "удалите строку: команды-теги принимает ящик [[mailboxes]] "
                                 "с purpose = \"tags\""),
    "config_tags_trust": ("{where}: required with tags.trust = \"authentication-results\"; set "
                          "auth_domain to your mail domain and authserv_id to the receiving "
                          "server's id (the first word of the Authentication-Results header it "
                          "writes)",
                          "{where}: обязателен при tags.trust = \"authentication-results\"; "
                          "укажите в auth_domain свой почтовый домен, а в authserv_id — "
                          "идентификатор принимающего сервера (первое слово заголовка "
                          "Authentication-Results, который он пишет)"),
    "config_entra": ("server: Entra ID sign-in needs entra_jwks_url, entra_tenant, entra_audience "
                     "and entra_issuer together; set {missing} or remove them all",
                     "server: для входа через Entra ID нужны вместе entra_jwks_url, entra_tenant, "
                     "entra_audience и entra_issuer; задайте {missing} или уберите их все"),
    "config_deny": ("privacy.deny: {value!r} is neither an address nor a domain; write an address "
                    "(name@{value}) or a whole domain as \"@{value}\"",
                    "privacy.deny: {value!r} — не адрес и не домен; напишите адрес "
                    "(name@{value}) или весь домен как \"@{value}\""),
    "config_text_days_tiers": ("privacy.text_days: {tiers} are not tiers; use {allowed} (days the "
                               "message text is kept, 0: forever)",
                               "privacy.text_days: {tiers} — не уровни; используйте {allowed} "
                               "(сколько дней хранить текст писем, 0 — всегда)"),
    "config_text_days_negative": ("privacy.text_days: days cannot be negative (0 keeps the text "
                                  "forever)",
                                  "privacy.text_days: дни не могут быть отрицательными (0 — "
                                  "хранить текст всегда)"),
    "config_product_name": ("{where}: product {code!r} has no name; set name_en or name_ru "
                            "(one is enough, the other language shows the same name)",
                            "{where}: у продукта {code!r} нет названия; задайте name_en или "
                            "name_ru (достаточно одного, на другом языке покажется то же)"),
    "config_product_twice": ("products: a product code is used twice",
                             "products: код продукта использован дважды"),
    "config_probabilities": ("pipeline.probabilities: {stages} are not in pipeline.stages",
                             "pipeline.probabilities: {stages} нет в pipeline.stages"),
    "config_labels": ("{where}: {stages} are not in pipeline.stages; label only the stages listed "
                      "there",
                      "{where}: {stages} нет в pipeline.stages; подписывайте только перечисленные "
                      "там стадии"),
    # the rules' settings
    "rules_unknown_key": ("{where}: unknown key; allowed for this rule: {allowed}",
                          "{where}: неизвестный ключ; для этого правила допустимы: {allowed}"),
    "rules_expected": ("{where}: expected {kind} like {default!r}, got {value!r}",
                       "{where}: нужно {kind}, например {default!r}, а указано {value!r}"),
    "rules_kind_bool": ("true or false", "true или false"),
    "rules_kind_number": ("a non-negative number", "неотрицательное число"),
    "rules_kind_list": ("a list", "список"),
    "rules_kind_text": ("text", "текст"),
    "rules_none": ("none", "нет"),
    "rules_no_such": ("{where}: no such rule; installed rules: {installed}",
                      "{where}: такого правила нет; установлены: {installed}"),
    # each mailbox kind's own settings, and the business calendar
    "opt_imap_secret": ("{where}: set password or oauth2_token "
                        "(e.g. password = {{env = \"IMAP_PASSWORD\"}})",
                        "{where}: задайте password или oauth2_token "
                        "(например, password = {{env = \"IMAP_PASSWORD\"}})"),
    "opt_at_least_one": ("{where}: must be at least 1", "{where}: должно быть не меньше 1"),
    "opt_ews_endpoint": ("{where}: set service_endpoint "
                         "(https://mail.example.com/EWS/Exchange.asmx) or server (mail.example.com)",
                         "{where}: задайте service_endpoint "
                         "(https://mail.example.com/EWS/Exchange.asmx) или server "
                         "(mail.example.com)"),
    "opt_https": ("{where}: {value!r} must start with https://",
                  "{where}: {value!r} должен начинаться с https://"),
    "opt_ews_username": ("{where}: required for auth = {auth!r} (DOMAIN\\user or UPN)",
                         "{where}: обязателен при auth = {auth!r} (DOMAIN\\user или UPN)"),
    "opt_ews_password": ("{where}: required for auth = {auth!r}; add password = {{env = \"...\"}}",
                         "{where}: обязателен при auth = {auth!r}; добавьте "
                         "password = {{env = \"...\"}}"),
    "opt_ews_oauth": ("{where}: auth = \"oauth\" needs oauth_client_id, oauth_tenant_id and "
                      "oauth_client_secret",
                      "{where}: для auth = \"oauth\" нужны oauth_client_id, oauth_tenant_id и "
                      "oauth_client_secret"),
    "opt_graph_secret": ("{where}: set client_secret = {{env = \"...\"}} or certificate_file for the "
                         "Entra ID app registration",
                         "{where}: задайте client_secret = {{env = \"...\"}} или certificate_file "
                         "регистрации приложения в Entra ID"),
    "opt_ca_unreadable": ("{where}: cannot read {path}: {detail}",
                          "{where}: не удаётся прочитать {path}: {detail}"),
    "opt_no_connector": ("{where}: no connector for {kind!r}", "{where}: нет коннектора для {kind!r}"),
    "opt_graph_ca": ("{where}: {path} does not exist; point it to a PEM CA bundle (needed only "
                     "behind a TLS-inspecting proxy)",
                     "{where}: {path} не существует; укажите файл PEM с сертификатами центров "
                     "сертификации (нужен только за прокси, вскрывающим TLS)"),
    "opt_ews_ca": ("{where}: {path} does not exist; point it to the PEM file of the CA that signed "
                   "the Exchange server's certificate",
                   "{where}: {path} не существует; укажите файл PEM центра сертификации, "
                   "подписавшего сертификат сервера Exchange"),
    "calendar_country": ("Business calendar: country {value!r} is not known to the holidays "
                         "package; use an ISO 3166 code such as RU, GB, US or DE.",
                         "Производственный календарь: страна {value!r} неизвестна пакету "
                         "holidays; укажите код ISO 3166, например RU, GB, US или DE."),
    "calendar_hours": ("Business calendar for {country}: work_end {work_end} must be after "
                       "work_start {work_start}; fix the working hours in the configuration.",
                       "Производственный календарь {country}: work_end {work_end} должен быть "
                       "позже work_start {work_start}; исправьте рабочие часы в конфигурации."),
    # secrets
    "secret_env_unset": ("{where}: environment variable {env} is not set; "
                         "export {env}=... before running dealtrail",
                         "{where}: переменная окружения {env} не задана; "
                         "выполните export {env}=... перед запуском dealtrail"),
    "secret_command_failed": ("{where}: the command configured to print it failed ({detail}); "
                              "run it by hand to check",
                              "{where}: команда, которая должна его вывести, завершилась с ошибкой "
                              "({detail}); запустите её вручную и проверьте"),
    "secret_empty": ("{where}: the secret is empty; set the variable or make the command print it",
                     "{where}: секрет пуст; задайте переменную или сделайте так, чтобы команда "
                     "его выводила"),
}

#: Every line, by key: this module's and those of :mod:`dealtrail.messages_work`.
CATALOGUE: dict[str, tuple[str, str]] = dict(CORE)
for table in TABLES:
    CATALOGUE.update(table)


def reason(exc: BaseException) -> str:
    """What an exception says: its Msg when raised with one (still sayable in Russian)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Msg) else str(exc)


def _said(value: Any, index: int) -> Any:
    """A parameter as it goes into the text: a Msg in the same language, a tuple of them joined."""
    if isinstance(value, Msg):
        return value.said(LANGS[index])
    if isinstance(value, tuple):
        return "; ".join(str(_said(v, index)) for v in value)
    return value


class Msg(str):
    """English text of catalogue entry ``key`` that can also be said in Russian.

    ``Msg("config_table", where="company")`` equals ``"company: expected a table"``
    everywhere a string is expected; ``.said("ru")`` gives the Russian line.
    """

    key: str
    params: Mapping[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        english = CATALOGUE[key][0].format(**{k: _said(v, 0) for k, v in params.items()})
        made = super().__new__(cls, english)
        made.key = key
        made.params = params
        return made

    def said(self, lang: str) -> str:
        """This message in ``lang`` (``en`` or ``ru``), its parameters verbatim."""
        index = 1 if lang == "ru" else 0
        return CATALOGUE[self.key][index].format(**{k: _said(v, index) for k, v in self.params.items()})

    def __reduce__(self) -> tuple[Any, ...]:
        # An error raised in an indexing worker crosses to the main process pickled.
        return (_rebuild, (self.key, dict(self.params)))


def say(key: str, lang: str, /, **params: Any) -> str:
    """The catalogue line ``key`` in ``lang``, for lines the CLI prints itself."""
    return Msg(key, **params).said(lang)


def code_word(kind: str, code: Any, lang: str) -> str:
    """A stored code a table shows (a status, a severity, a role) in ``lang``.

    The catalogue says it as ``code_<kind>_<code>``; a code it does not know (a
    third-party rule's severity, a status added later) is shown as it is.
    """
    key = f"code_{kind}_{code}"
    return say(key, lang) if key in CATALOGUE else str(code)


def _rebuild(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)
