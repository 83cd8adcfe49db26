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

LANGS = ("en", "ru")

# key -> (English, Russian). Placeholders use str.format names.
CATALOGUE: dict[str, tuple[str, str]] = {
    # the CLI itself
    "cli_error": ("dealtrail: error: {message}", "dealtrail: ошибка: {message}"),
    "aborted": ("aborted", "прервано"),
    "interrupted": ("interrupted", "прервано (Ctrl+C)"),
    "init_wrote": ("wrote {target}; edit it, then run: dealtrail --config {target} check",
                   "записан {target}; отредактируйте его и выполните: dealtrail --config {target} check"),
    "init_exists": ("{target} exists; pass --force to overwrite it",
                    "{target} уже есть; чтобы перезаписать, добавьте --force"),
    "check_ok": ("config ok: {managers} managers, {mailboxes} mailboxes; {database}",
                 "конфигурация в порядке: менеджеров {managers}, почтовых ящиков {mailboxes}; {database}"),
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

# Import files (clients, plans, sales, FX rates, calls, CRM deals): the header, then each row.
IMPORTS: dict[str, tuple[str, str]] = {
    "import_not_found": ("{file}: file not found; check the path in the configuration "
                         "or on the command line",
                         "{file}: файл не найден; проверьте путь в конфигурации "
                         "или в командной строке"),
    "import_xls": ("{file}: the old .xls format is not read; save it as .xlsx or export CSV",
                   "{file}: старый формат .xls не читается; сохраните файл как .xlsx или CSV"),
    "import_no_header": ("{file}: no header row; the first row must name the columns: {expected}",
                         "{file}: нет строки заголовков; первая строка должна называть столбцы: "
                         "{expected}"),
    "import_encoding": ("{file}: neither UTF-8 nor Windows-1251 text; save it as CSV UTF-8",
                        "{file}: текст не в UTF-8 и не в Windows-1251; сохраните его как CSV UTF-8"),
    "import_unreadable": ("{file}: cannot be read ({detail}); check its permissions",
                          "{file}: не читается ({detail}); проверьте права доступа"),
    "import_bad_csv": ("{file}: not a readable CSV file ({detail}); save it again as CSV",
                       "{file}: не удаётся прочитать как CSV ({detail}); сохраните его заново "
                       "как CSV"),
    "import_bad_xlsx": ("{file}: not a readable XLSX file ({detail}); save it again from Excel "
                        "or export CSV",
                        "{file}: не удаётся прочитать как XLSX ({detail}); сохраните его заново "
                        "из Excel или выгрузите CSV"),
    "import_unknown_column": ("{file}: unknown column {column!r}; expected: {expected}",
                              "{file}: неизвестный столбец {column!r}; ожидаются: {expected}"),
    "import_unknown_column_near": ("{file}: unknown column {column!r} (did you mean {near!r}?); "
                                   "expected: {expected}",
                                   "{file}: неизвестный столбец {column!r} (может быть, {near!r}?); "
                                   "ожидаются: {expected}"),
    "import_column_twice": ("{file}: column {column!r} appears twice (as {first!r} and "
                            "{second!r}); keep one",
                            "{file}: столбец {column!r} встречается дважды (как {first!r} и "
                            "{second!r}); оставьте один"),
    "import_missing_column": ("{file}: missing column {column!r}; expected: {expected}",
                              "{file}: нет столбца {column!r}; ожидаются: {expected}"),
    "import_missing_columns": ("{file}: missing column {column!r} (and {others}); expected: "
                               "{expected}",
                               "{file}: нет столбца {column!r} (и {others}); ожидаются: {expected}"),
    "import_invalid_rows": ("{count} invalid row(s), nothing imported; fix them and import again: "
                            "{rows}{more}",
                            "строк с ошибками: {count}, ничего не импортировано; исправьте их и "
                            "импортируйте снова: {rows}{more}"),
    "import_and_more": ("; and {count} more", "; и ещё {count}"),
    "import_row": ("{file} row {row}", "{file}, строка {row}"),
    "import_row_column": ("{file} row {row}, column {column!r}",
                          "{file}, строка {row}, столбец {column!r}"),
    "import_row_error": ("{place}: {message}", "{place}: {message}"),
    # what the import commands say when they are done
    "wrote": ("wrote {target}", "записан {target}"),
    "plans_imported": ("{file}: {rows} plan rows imported, {replaced} previous versions kept inactive",
                       "{file}: импортировано строк плана: {rows}; прежних версий оставлено "
                       "неактивными: {replaced}"),
    "sales_imported": ("{file}: {inserted} new, {updated} updated, {unchanged} unchanged",
                       "{file}: новых: {inserted}, обновлено: {updated}, без изменений: {unchanged}"),
    "rates_imported": ("{file}: {rates} rates imported", "{file}: импортировано курсов: {rates}"),
    "calls_imported": ("{file}: {inserted} new, {updated} updated, {unchanged} unchanged calls",
                       "{file}: звонков новых: {inserted}, обновлено: {updated}, без изменений: "
                       "{unchanged}"),
    "calls_unknown_one": ("{count} number is not in the client directory ({shown}{more}); add them "
                          "to its phones column to link their calls",
                          "номеров нет в справочнике клиентов: {count} ({shown}{more}); добавьте их "
                          "в столбец phones, чтобы связать их звонки"),
    "calls_unknown": ("{count} numbers are not in the client directory ({shown}{more}); add them "
                      "to its phones column to link their calls",
                      "номеров нет в справочнике клиентов: {count} ({shown}{more}); добавьте их "
                      "в столбец phones, чтобы связать их звонки"),
    "calls_unknown_more": (" and {count} more", " и ещё {count}"),
    "deals_imported": ("{file}: {created} new, {merged} merged with deals found in the mail, "
                       "{updated} updated, {unchanged} unchanged deals",
                       "{file}: сделок новых: {created}, объединено с найденными в почте: {merged}, "
                       "обновлено: {updated}, без изменений: {unchanged}"),
    # what is wrong in a cell
    "cell_empty": ("is empty", "пусто"),
    "cell_empty_amount": ("empty amount", "сумма не указана"),
    "cell_empty_date": ("empty date", "дата не указана"),
    "cell_not_number": ("{value!r} is not a number", "{value!r} — не число"),
    "cell_too_many_decimals": ("{value!r} has more decimals than {currency} allows",
                               "{value!r}: знаков после запятой больше, чем допускает {currency}"),
    "cell_not_date": ("{value!r} is not a date (use 2026-11-03 or 03.11.2026)",
                      "{value!r} — не дата (пишите 2026-11-03 или 03.11.2026)"),
    "cell_currency": ("currency {value!r} is not a 3-letter ISO code such as RUB, USD, EUR",
                      "валюта {value!r} — не трёхбуквенный код ISO, как RUB, USD, EUR"),
    "cell_unknown_manager": ("unknown manager {value!r}", "неизвестный менеджер {value!r}"),
    "cell_unknown_product": ("unknown product {value!r}", "неизвестный продукт {value!r}"),
    "cell_repeats_row": ("{value!r} repeats row {row}", "{value!r} повторяет строку {row}"),
    "cell_period": ("{value!r} is not 2026-11, 2026-Q4 or 2026",
                    "{value!r} — не 2026-11, 2026-Q4 и не 2026"),
    "cell_scope": ("{value!r} is not one of company, team, manager",
                   "{value!r} — не одно из company, team, manager"),
    "cell_scope_manager": ("scope manager needs a manager email",
                           "для scope manager нужен адрес менеджера"),
    "cell_scope_team": ("scope team needs a team name", "для scope team нужно название команды"),
    "cell_metric": ("{value!r} is not one of amount, deals", "{value!r} — не одно из amount, deals"),
    "cell_plan_negative": ("a plan cannot be negative ({value!r})",
                           "план не может быть отрицательным ({value!r})"),
    "cell_same_plan": ("the same plan as row {row} (period, scope, manager, product and metric "
                       "repeat)",
                       "тот же план, что в строке {row} (период, scope, менеджер, продукт и "
                       "метрика повторяются)"),
    "cell_sale_id_empty": ("is empty (every sale needs the accounting id)",
                           "пусто (у каждой продажи должен быть номер из учётной системы)"),
    "cell_rate_positive": ("rate {value!r} must be positive",
                           "курс {value!r} должен быть положительным"),
    "cell_phone_empty": ("is empty; write the client's number, e.g. {forms}",
                         "пусто; впишите номер клиента, например {forms}"),
    "cell_not_phone": ("{value!r} is not a phone number; write it as {forms}",
                       "{value!r} — не номер телефона; пишите так: {forms}"),
    "cell_phone_digits": ("{value!r} is not a phone number (wrong number of digits); "
                          "write it as {forms}",
                          "{value!r} — не номер телефона (не то число цифр); пишите так: {forms}"),
    "cell_phone_twice": ("{value!r} is also the number of the client in row {row}",
                         "{value!r} — это и номер клиента из строки {row}"),
    "cell_unknown_owner": ("unknown owner {value!r} (not in [[managers]])",
                           "неизвестный владелец {value!r} (его нет в [[managers]])"),
    "cell_direction": ("{value!r} is not a direction; write in or out (входящий, исходящий)",
                       "{value!r} — не направление; пишите in или out (входящий, исходящий)"),
    "cell_call_manager": ("unknown manager {value!r}; use the email, or set extension/phone in "
                          "[[managers]]",
                          "неизвестный менеджер {value!r}; укажите адрес или задайте "
                          "extension/phone в [[managers]]"),
    "cell_no_time_of_day": ("{value!r} has no time of day; write 2026-11-03 14:05 or "
                            "03.11.2026 14:05",
                            "в {value!r} нет времени; пишите 2026-11-03 14:05 или 03.11.2026 14:05"),
    "cell_same_call": ("the same call as row {row}; remove one",
                       "тот же звонок, что в строке {row}; удалите один"),
    "cell_not_duration": ("{value!r} is not a duration", "{value!r} — не длительность"),
    "cell_negative": ("{value!r} is negative", "{value!r} — отрицательное число"),
    "cell_duration": ("{value!r} is not a duration; write seconds (312) or 0:05:12",
                      "{value!r} — не длительность; пишите секунды (312) или 0:05:12"),
    "cell_unknown_client": ("unknown client {value!r}; add it to the client directory "
                            "(or give its domain)",
                            "неизвестный клиент {value!r}; добавьте его в справочник клиентов "
                            "(или укажите его домен)"),
    "cell_name_client": ("is empty; name the client", "пусто; назовите клиента"),
    "cell_deal_manager": ("unknown manager {value!r} (not in [[managers]])",
                          "неизвестный менеджер {value!r} (его нет в [[managers]])"),
    "cell_unknown_stage": ("unknown stage {value!r}; map it to one of {stages} in "
                           "[imports.deals_stages]",
                           "неизвестная стадия {value!r}; сопоставьте её одной из {stages} в "
                           "[imports.deals_stages]"),
    "cell_deal_negative": ("a deal's amount cannot be negative ({value!r})",
                           "сумма сделки не может быть отрицательной ({value!r})"),
}
CATALOGUE.update(IMPORTS)

# Mail and calendar sources: the server, the login, the token, the saved sync position.
SOURCES: dict[str, tuple[str, str]] = {
    "src_mailbox": ("mailbox {mailbox} ({user} at {server})", "ящик {mailbox} ({user} на {server})"),
    "src_in_folder": ("folder {folder}: ", "папка {folder}: "),
    "src_untrusted": ("{where}: the server certificate is not trusted ({detail}); set ca_file to "
                      "the CA that signed it, or fix the host name",
                      "{where}: сертификату сервера нет доверия ({detail}); укажите в ca_file "
                      "центр сертификации, который его подписал, или исправьте имя сервера"),
    "src_untrusted_short": ("{where}: the server certificate is not trusted; set ca_file",
                            "{where}: сертификату сервера нет доверия; укажите ca_file"),
    "src_imap_tls": ("{where}: TLS failed ({detail}); check port and tls "
                     "(implicit is usually 993, starttls 143)",
                     "{where}: не удалось установить TLS ({detail}); проверьте port и tls "
                     "(implicit обычно 993, starttls 143)"),
    "src_said": ("{where}: {detail}", "{where}: {detail}"),
    "src_imap_login_rejected": ("{where}: the server rejected the login ({detail}); check the "
                                "username and the password (an app password for Yandex, Mail.ru "
                                "or Google), then run `dealtrail index` again",
                                "{where}: сервер отклонил вход ({detail}); проверьте имя "
                                "пользователя и пароль (для Яндекса, Mail.ru и Google нужен пароль "
                                "приложения) и снова запустите `dealtrail index`"),
    "src_imap_token_rejected": ("{where}: the server rejected the login ({detail}); renew the "
                                "OAuth2 token, then run `dealtrail index` again",
                                "{where}: сервер отклонил вход ({detail}); обновите токен OAuth2 "
                                "и снова запустите `dealtrail index`"),
    "src_imap_gave_up": ("{where}: {what} failed {attempts} times, last: {detail}; check that the "
                         "server is reachable, the next run resumes where this one stopped",
                         "{where}: {what} — неудачных попыток: {attempts}, последняя: {detail}; "
                         "проверьте, что сервер доступен; следующий запуск продолжит с того же "
                         "места"),
    "src_fetching": ("fetching {folder}", "загрузка папки {folder}"),
    "src_folder_said": ("{where}, folder {folder}: {detail}", "{where}, папка {folder}: {detail}"),
    "src_uidvalidity": ("{where}: UIDVALIDITY of {folder} changed during the sync ({before} -> "
                        "{now}); the next run rescans the folder",
                        "{where}: UIDVALIDITY папки {folder} изменился во время синхронизации "
                        "({before} -> {now}); следующий запуск перечитает папку"),
    "src_dav_login_rejected": ("{where}: the server rejected the login while {what} ({detail}); "
                               "check the username and the password (an app password for Yandex, "
                               "Mail.ru or Google), then run `dealtrail index` again",
                               "{where}: сервер отклонил вход ({what}; {detail}); проверьте имя "
                               "пользователя и пароль (для Яндекса, Mail.ru и Google нужен пароль "
                               "приложения) и снова запустите `dealtrail index`"),
    "src_failed": ("{where}: {what} failed: {detail}", "{where}: {what} — ошибка: {detail}"),
    "src_failed_certificate": ("{where}: {what} failed: {detail}; set ca_file to the CA that "
                               "signed the server certificate",
                               "{where}: {what} — ошибка: {detail}; укажите в ca_file центр "
                               "сертификации, подписавший сертификат сервера"),
    "src_failed_network": ("{where}: {what} failed: {detail}; check the url and the network",
                           "{where}: {what} — ошибка: {detail}; проверьте url и сеть"),
    "src_failed_connection": ("{where}: {what} failed: {detail}; check the url, the network and "
                              "ca_file",
                              "{where}: {what} — ошибка: {detail}; проверьте url, сеть и ca_file"),
    "src_discovering": ("discovering calendars", "поиск календарей"),
    "src_syncing": ("syncing {folder}", "синхронизация {folder}"),
    "src_loading": ("loading {folder}", "загрузка {folder}"),
    "src_calendar_gone": ("{where}: calendar {folder!r} is gone; remove it from calendars or "
                          "recreate it",
                          "{where}: календаря {folder!r} больше нет; уберите его из calendars "
                          "или создайте заново"),
    "src_graph_token_unreachable": ("Graph mailbox {mailbox}: cannot reach the token endpoint "
                                    "{authority} ({detail})",
                                    "ящик Graph {mailbox}: нет связи с сервером токенов "
                                    "{authority} ({detail})"),
    "src_graph_app_refused": ("Graph mailbox {mailbox}: Entra ID refused the app {app} in tenant "
                              "{tenant} ({detail}); check mailboxes.{mailbox}.client_secret or "
                              "certificate_file, and that the secret or certificate has not expired",
                              "ящик Graph {mailbox}: Entra ID отказал приложению {app} в клиенте "
                              "{tenant} ({detail}); проверьте mailboxes.{mailbox}.client_secret или "
                              "certificate_file и не истёк ли срок секрета или сертификата"),
    "src_graph_failed": ("Graph mailbox {mailbox}, folder {folder}: {detail}; the next run "
                         "resumes from the last stored page",
                         "ящик Graph {mailbox}, папка {folder}: {detail}; следующий запуск "
                         "продолжит с последней сохранённой страницы"),
    "src_graph_throttled": ("Graph mailbox {mailbox}, folder {folder}: throttled, asked to wait "
                            "{seconds} s; the next run resumes from the last stored page",
                            "ящик Graph {mailbox}, папка {folder}: сервер ограничил запросы и "
                            "просит подождать {seconds} с; следующий запуск продолжит с последней "
                            "сохранённой страницы"),
    "src_graph_still_throttled": ("Graph mailbox {mailbox}, folder {folder}: still throttled after "
                                  "{attempts} attempts; the next run resumes from the last stored "
                                  "page",
                                  "ящик Graph {mailbox}, папка {folder}: запросы всё ещё ограничены "
                                  "после {attempts} попыток; следующий запуск продолжит с последней "
                                  "сохранённой страницы"),
    "src_graph_user_refused": ("Graph mailbox {mailbox}: {user} refused to app {app} ({detail}); "
                               "grant the app Mail.Read and Calendars.Read application permissions "
                               "and include this mailbox in its Exchange management scope "
                               "(docs/exchange-m365.md)",
                               "ящик Graph {mailbox}: {user} недоступен приложению {app} "
                               "({detail}); дайте приложению разрешения Mail.Read и Calendars.Read "
                               "и включите этот ящик в его область управления Exchange "
                               "(docs/exchange-m365.md)"),
    "src_graph_not_found": ("Graph mailbox {mailbox}: folder {folder} or user {user} not found "
                            "({detail}); check mailboxes.{mailbox}.user and folders",
                            "ящик Graph {mailbox}: папка {folder} или пользователь {user} не "
                            "найдены ({detail}); проверьте mailboxes.{mailbox}.user и folders"),
    "src_ews_failed": ("EWS mailbox {mailbox} ({address}), folder {folder}: {what}",
                       "ящик EWS {mailbox} ({address}), папка {folder}: {what}"),
    "src_ews_refused_impersonation": (
        "EWS mailbox {mailbox}: {endpoint} refused {who} for {address} ({detail}); check "
        "mailboxes.{mailbox}.username/password, that the account is not locked, and (access = "
        "{access!r}) that it has the ApplicationImpersonation role",
        "ящик EWS {mailbox}: {endpoint} отказал {who} в доступе к {address} ({detail}); проверьте "
        "mailboxes.{mailbox}.username/password, не заблокирована ли учётная запись и (access = "
        "{access!r}) есть ли у неё роль ApplicationImpersonation"),
    "src_ews_refused_delegate": (
        "EWS mailbox {mailbox}: {endpoint} refused {who} for {address} ({detail}); check "
        "mailboxes.{mailbox}.username/password, that the account is not locked, and (access = "
        "{access!r}) that it has full access to the mailbox",
        "ящик EWS {mailbox}: {endpoint} отказал {who} в доступе к {address} ({detail}); проверьте "
        "mailboxes.{mailbox}.username/password, не заблокирована ли учётная запись и (access = "
        "{access!r}) есть ли у неё полный доступ к ящику"),
    "src_ews_throttled": ("the server kept throttling for {seconds} s; the next run resumes from "
                          "the last stored page",
                          "сервер ограничивал запросы {seconds} с; следующий запуск продолжит с "
                          "последней сохранённой страницы"),
    "src_resumes": ("{detail}; the next run resumes from the last stored page",
                    "{detail}; следующий запуск продолжит с последней сохранённой страницы"),
    "src_files_missing": ("mailbox {mailbox}: {path} does not exist; check path in dealtrail.toml",
                          "ящик {mailbox}: {path} не существует; проверьте path в dealtrail.toml"),
    "src_not_maildir": ("mailbox {mailbox}: {path} is not a Maildir (no cur/ or new/ folder)",
                        "ящик {mailbox}: {path} — не Maildir (нет папки cur/ или new/)"),
    "src_checkpoint_not_json": ("the saved sync checkpoint is not JSON ({detail})",
                                "сохранённая позиция синхронизации — не JSON ({detail})"),
    "src_checkpoint_not_object": ("the saved sync checkpoint is a {kind}, not an object",
                                  "сохранённая позиция синхронизации — {kind}, а не объект"),
    "src_reset_hint": ("run `dealtrail index --reset-mailbox {name}` to read it again from the "
                       "start (what is stored is kept, nothing is doubled)",
                       "выполните `dealtrail index --reset-mailbox {name}`, чтобы прочитать ящик "
                       "заново с начала (сохранённое останется, ничего не задвоится)"),
    "src_checkpoint_broken": ("{where}{problem}; {hint}", "{where}{problem}; {hint}"),
    "src_unexpected": ("{where}unexpected {kind}: {detail}; other mailboxes are not affected. If it "
                       "repeats, {hint} (run with -vv for the details to report)",
                       "{where}неожиданная ошибка {kind}: {detail}; другие ящики она не "
                       "затронула. Если повторится, {hint} (запустите с -vv, чтобы получить "
                       "подробности для отчёта)"),
}
CATALOGUE.update(SOURCES)

# What `dealtrail index` says per mailbox and after the sync (the same lines go, in English,
# to the log and to `dealtrail status`).
INDEXING: dict[str, tuple[str, str]] = {
    "index_mailbox": ("mailbox={mailbox} added={added} updated={updated} deleted={deleted} "
                      "events={events} failed={failed} skipped={skipped} folders={folders} "
                      "seconds={seconds}{workers} {status}",
                      "ящик {mailbox}: добавлено {added}, обновлено {updated}, удалено {deleted}, "
                      "событий {events}, не разобрано {failed}, пропущено {skipped}, папок "
                      "{folders}, {seconds} с{workers}; {status}"),
    "index_workers": (" workers={count}", ", процессов {count}"),
    "index_ok": ("ok", "готово"),
    "index_error": ("error: {error}", "ошибка: {error}"),
    "index_post": ("{parts}", "{parts}"),
    "index_rules_for": ("rules for {count} clients: {rules}", "правила для клиентов ({count}): {rules}"),
    "index_rules_none": ("rules: no client changed", "правила: ни один клиент не изменился"),
    "index_reset": ("{name}: forgot the sync position of {folders} folder(s); reading it again "
                    "from the start",
                    "{name}: позиция синхронизации забыта (папок: {folders}); ящик будет прочитан "
                    "заново с начала"),
    "negotiations_line": ("negotiations created={created} changed={changed}",
                          "переговоры: создано {created}, изменено {changed}"),
    "negotiations_nothing": ("negotiations: nothing to fold", "переговоры: нечего сводить"),
    "tags_line": ("tags applied={applied} rejected={rejected} pending={pending} "
                  "confirmed={confirmed} unconfirmed={unconfirmed}",
                  "теги: применено {applied}, отклонено {rejected}, ждут {pending}, "
                  "подтверждено {confirmed}, не подтверждено {unconfirmed}"),
    "rules_line": ("rules: {parts} in {seconds}s", "правила: {parts} за {seconds} с"),
    "rule_counts": ("{rule} +{opened} ={open} -{resolved}", "{rule} +{opened} ={open} -{resolved}"),
    "rule_failed": ("{rule} +{opened} ={open} -{resolved} failed ({error})",
                    "{rule} +{opened} ={open} -{resolved} сбой ({error})"),
}
CATALOGUE.update(INDEXING)

# Privacy (purge, forget) and the pane's users.
PEOPLE: dict[str, tuple[str, str]] = {
    "purge_line": ("text removed from {messages} messages",
                   "текст удалён из писем: {messages}"),
    "forget_client_line": ("forgot one client: {rows} rows and {files} digest files removed",
                           "клиент забыт: удалено строк {rows}, файлов сводок {files}"),
    "forget_address_line": ("forgot one address: {rows} rows and {files} digest files removed",
                            "адрес забыт: удалено строк {rows}, файлов сводок {files}"),
    "privacy_done": ("{line}{backups}", "{line}{backups}"),
    "privacy_backups": ("; removed {count} pre-migration backups that held it",
                        "; удалено резервных копий перед миграцией, где это было: {count}"),
    "users_code": ("pairing code for {email}: {code}  (valid until {until})",
                   "код привязки для {email}: {code}  (действует до {until})"),
    "users_none": ("no users yet; run: dealtrail users invite EMAIL",
                   "пользователей пока нет; выполните: dealtrail users invite EMAIL"),
    "users_active": ("active", "активен"),
    "users_inactive": ("inactive", "отключён"),
    "users_revoked": ("revoked {count} token(s) of {email}",
                      "отозвано токенов {email}: {count}"),
    "status_none": ("no job has run yet; start the scheduler with: dealtrail run",
                    "ни одна задача ещё не запускалась; запустите планировщик: dealtrail run"),
    "status_headers": ("job,started,finished,status,summary", "задача,начата,закончена,статус,итог"),
    "manifest_wrote": ("wrote {target}; sideload it in Outlook (see docs/addin.md)",
                       "записан {target}; загрузите его в Outlook (см. docs/addin.md)"),
}
CATALOGUE.update(PEOPLE)

# What a command was asked about and could not find (the web API says these in English).
FINDING: dict[str, tuple[str, str]] = {
    "found_no_manager": ("manager {value!r} is not in the managers table; check the email "
                         "against [[managers]] in dealtrail.toml",
                         "менеджера {value!r} нет в таблице менеджеров; сверьте адрес с "
                         "[[managers]] в dealtrail.toml"),
    "found_no_product": ("product {value!r} is unknown; known product codes: {known}",
                         "продукт {value!r} неизвестен; известные коды продуктов: {known}"),
    "found_no_team": ("team {value!r} has no managers; teams: {teams}",
                      "в команде {value!r} нет менеджеров; команды: {teams}"),
    "found_no_rule": ("no rule named {value!r}; installed rules: {installed} (see `dealtrail rules "
                      "list`)",
                      "правила {value!r} нет; установлены: {installed} (см. `dealtrail rules "
                      "list`)"),
    "found_no_violation": ("violation {code} does not exist; see `dealtrail violations list`",
                           "нарушения {code} нет; см. `dealtrail violations list`"),
    "not_violation_code": ("{value!r} is not a violation code; use the V-<number> shown by "
                           "`dealtrail violations list`",
                           "{value!r} — не код нарушения; используйте V-<номер> из "
                           "`dealtrail violations list`"),
    "waive_reason": ("waiving {code}: a reason is required; pass --reason TEXT",
                     "снятие {code}: нужна причина; добавьте --reason ТЕКСТ"),
    "users_not_manager": ("{email} is not a manager: add it to [[managers]] in dealtrail.toml "
                          "(email, name, role), then run the invite again",
                          "{email} — не менеджер: добавьте его в [[managers]] в dealtrail.toml "
                          "(email, name, role) и пригласите снова"),
    "users_deactivated": ("{email} is deactivated; set active = 1 first",
                          "{email} отключён; сначала установите active = 1"),
    "users_no_account": ("{email} has no dealtrail account; see `dealtrail users list`",
                         "у {email} нет учётной записи dealtrail; см. `dealtrail users list`"),
    "digest_not_manager": ("{email} is not in [[managers]]; digests go only to configured "
                           "managers and heads",
                           "{email} нет в [[managers]]; сводки получают только менеджеры и "
                           "руководители из конфигурации"),
}
CATALOGUE.update(FINDING)

# Sending mail (digests, tag confirmations) through the configured SMTP server.
MAIL: dict[str, tuple[str, str]] = {
    "mail_bad_sender": ("cannot build the email {subject!r}: the sender address {sender!r} is not "
                        "an email address; set digest.sender in dealtrail.toml",
                        "не удаётся составить письмо {subject!r}: адрес отправителя {sender!r} — "
                        "не адрес электронной почты; задайте digest.sender в dealtrail.toml"),
    "mail_no_recipients": ("cannot build the email {subject!r}: no recipients",
                           "не удаётся составить письмо {subject!r}: нет получателей"),
    "mail_no_smtp": ("no SMTP server is configured; set [smtp] host (and port, security) in "
                     "dealtrail.toml to send digests and confirmations",
                     "сервер SMTP не настроен; задайте [smtp] host (и port, security) в "
                     "dealtrail.toml, чтобы отправлять сводки и подтверждения"),
    "mail_server": ("SMTP server {server} ({security})", "сервер SMTP {server} ({security})"),
    "mail_login_rejected": ("{where} rejected the login {username!r}: {detail}; check "
                            "smtp.username and the password secret in dealtrail.toml",
                            "{where} отклонил вход {username!r}: {detail}; проверьте "
                            "smtp.username и секрет с паролем в dealtrail.toml"),
    "mail_untrusted": ("{where}: the server certificate could not be verified ({detail}); set "
                       "smtp.ca_file to the CA that issued it",
                       "{where}: не удалось проверить сертификат сервера ({detail}); укажите в "
                       "smtp.ca_file центр сертификации, который его выдал"),
    "mail_security": ("{where}: {detail}; choose another smtp.security (none | starttls | ssl)",
                      "{where}: {detail}; выберите другой smtp.security (none | starttls | ssl)"),
    "mail_recipients_refused": ("{where} refused the recipients {recipients}: {detail}; check the "
                                "addresses in [[managers]]",
                                "{where} отказался принять получателей {recipients}: {detail}; "
                                "проверьте адреса в [[managers]]"),
    "mail_not_accepted_later": ("{where} did not accept the message to {to}: {detail}; it kept "
                                "failing temporarily, try again later",
                                "{where} не принял письмо для {to}: {detail}; ошибка всё время "
                                "была временной, попробуйте позже"),
    "mail_not_accepted": ("{where} did not accept the message to {to}: {detail}; the server "
                          "refused it permanently, check the sender and recipients",
                          "{where} не принял письмо для {to}: {detail}; сервер отказал "
                          "окончательно, проверьте отправителя и получателей"),
    "mail_unreachable": ("cannot deliver to {where}: {detail}; check smtp.host, smtp.port and "
                         "smtp.security in dealtrail.toml and that the server is reachable",
                         "не удаётся доставить на {where}: {detail}; проверьте smtp.host, "
                         "smtp.port и smtp.security в dealtrail.toml и доступность сервера"),
    "digest_summary": ("sent {sent}, already sent {skipped}, failed {failed}, gave up "
                       "{gave_up}{failures}",
                       "отправлено {sent}, уже были отправлены {skipped}, с ошибкой {failed}, "
                       "брошено после всех попыток {gave_up}{failures}"),
    "digest_failures": ("; failed: {items}", "; ошибки: {items}"),
    "digest_failure": ("{recipient} {kind} {period}: {error}", "{recipient} {kind} {period}: {error}"),
    "digest_run_failed": ("failed: {summary}", "сбой: {summary}"),
}
CATALOGUE.update(MAIL)


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


def _rebuild(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)
