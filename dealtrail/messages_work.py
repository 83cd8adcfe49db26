"""What the working commands say, in English and Russian: a part of the one catalogue.

Imports, mail and calendar sources, indexing, sending mail, privacy and users,
and what a command cannot find. :mod:`dealtrail.messages` holds the rest (the
CLI itself, configuration, secrets, the database) and the :class:`Msg` that
says them; it merges these tables into its ``CATALOGUE``. Same rules: key ->
(English, Russian), the same ``str.format`` placeholders in both.
"""

from __future__ import annotations

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
    "import_unknown_column_map": ("{file}: unknown column {column!r}; expected: {expected}; "
                                  "if it is one of them under its own name, map it in "
                                  "[{table}]: <column> = {column!r}",
                                  "{file}: неизвестный столбец {column!r}; ожидаются: {expected}; "
                                  "если это один из них под своим именем, укажите его в "
                                  "[{table}]: <столбец> = {column!r}"),
    "import_unknown_column_map_near": ("{file}: unknown column {column!r} (did you mean "
                                       "{near!r}?); expected: {expected}; if so, map it in "
                                       "[{table}]: {near} = {column!r}",
                                       "{file}: неизвестный столбец {column!r} (может быть, "
                                       "{near!r}?); ожидаются: {expected}; если так, укажите "
                                       "его в [{table}]: {near} = {column!r}"),
    "import_column_twice": ("{file}: column {column!r} appears twice (as {first!r} and "
                            "{second!r}); keep one",
                            "{file}: столбец {column!r} встречается дважды (как {first!r} и "
                            "{second!r}); оставьте один"),
    "import_column_twice_ignore": ("{file}: column {column!r} appears twice (as {first!r} and "
                                   "{second!r}); keep one, or skip the other in [{table}]: "
                                   "ignore = {second!r}",
                                   "{file}: столбец {column!r} встречается дважды (как {first!r}"
                                   " и {second!r}); оставьте один или пропустите другой в "
                                   "[{table}]: ignore = {second!r}"),
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
    "sales_imported": ("{file}: {inserted} new, {updated} updated, {unchanged} unchanged,"
                       " {tied} are won deals' sales",
                       "{file}: новых: {inserted}, обновлено: {updated}, без изменений: {unchanged},"
                       " продажи выигранных сделок: {tied}"),
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
    "calls_no_manager": ("{count} row(s) reached no manager's line{lines} and are not calls "
                         "of a manager; if one of these lines is a manager's, set its "
                         "extension in [[managers]] and import again",
                         "строк, где звонок не дошёл ни до одной линии менеджера: {count}{lines}; "
                         "это не звонки менеджеров; если одна из этих линий — линия менеджера, "
                         "задайте её extension в [[managers]] и импортируйте снова"),
    "calls_no_manager_lines": (" (lines {lines})", " (линии {lines})"),
    "calls_unknown_more": (" and {count} more", " и ещё {count}"),
    "deals_imported": ("{file}: {created} new, {merged} merged with deals found in the mail, "
                       "{updated} updated, {unchanged} unchanged deals",
                       "{file}: сделок новых: {created}, объединено с найденными в почте: {merged}, "
                       "обновлено: {updated}, без изменений: {unchanged}"),
    # what the imports job of `dealtrail run` did (reports/import_files.py)
    "imports_counts": ("{imported} imported, {unchanged} unchanged",
                       "импортировано: {imported}, без изменений: {unchanged}"),
    "imports_counts_files": ("{imported} imported, {unchanged} unchanged; {files}",
                             "импортировано: {imported}, без изменений: {unchanged}; {files}"),
    "imports_file": ("{key}: {done}", "{key}: {done}"),
    "imports_failed": ("failed: {count} file(s); {errors}; {counts}",
                       "сбой: файлов {count}; {errors}; {counts}"),
    # what is wrong in a cell
    "cell_empty": ("is empty; fill it in", "пусто; заполните"),
    "cell_no_identity": ("is empty, and so are emails and phones; write the client's domain "
                         "(acme.ru), or its people's addresses in emails, or its phones",
                         "пусто, как и emails и phones; укажите домен клиента (acme.ru), или "
                         "адреса его сотрудников в emails, или его телефоны"),
    "cell_empty_amount": ("empty amount; write the sum, e.g. 250000 or 250 000,00",
                          "сумма не указана; впишите её, например 250000 или 250 000,00"),
    "cell_empty_date": ("empty date; write the day, e.g. 2026-11-03 or 03.11.2026",
                        "дата не указана; впишите день, например 2026-11-03 или 03.11.2026"),
    "cell_not_number": ("{value!r} is not a number; write digits, e.g. 250000 or 250 000,00",
                        "{value!r} — не число; пишите цифрами, например 250000 или 250 000,00"),
    "cell_too_many_decimals": ("{value!r} has more decimals than {currency} allows; round it "
                               "to the currency's smallest unit",
                               "{value!r}: знаков после запятой больше, чем допускает {currency}; "
                               "округлите до наименьшей единицы валюты"),
    "cell_not_date": ("{value!r} is not a date (use 2026-11-03 or 03.11.2026)",
                      "{value!r} — не дата (пишите 2026-11-03 или 03.11.2026)"),
    "cell_currency": ("currency {value!r} is not a 3-letter ISO code such as RUB, USD, EUR",
                      "валюта {value!r} — не трёхбуквенный код ISO, как RUB, USD, EUR"),
    "cell_unknown_manager": ("unknown manager {value!r} (not in [[managers]]); write a "
                             "manager's e-mail, login or full name, or add them to [[managers]]",
                             "неизвестный менеджер {value!r} (его нет в [[managers]]); укажите "
                             "адрес, логин или полное имя менеджера или добавьте его в [[managers]]"),
    "cell_unknown_product": ("unknown product {value!r}; write a code, name or alias from "
                             "[[products]], or add it there",
                             "неизвестный продукт {value!r}; укажите код, название или синоним из "
                             "[[products]] или добавьте его туда"),
    "cell_repeats_row": ("{value!r} repeats row {row}; keep one of them",
                         "{value!r} повторяет строку {row}; оставьте одну из них"),
    "cell_period": ("{value!r} is not 2026-11, 2026-Q4 or 2026",
                    "{value!r} — не 2026-11, 2026-Q4 и не 2026"),
    "cell_scope": ("{value!r} is not one of company, team, manager",
                   "{value!r} — не одно из company, team, manager"),
    "cell_scope_manager": ("scope manager needs a manager email; write it in the manager column",
                           "для scope manager нужен адрес менеджера; впишите его в столбец "
                           "manager"),
    "cell_scope_team": ("scope team needs a team name; write it in the team column",
                        "для scope team нужно название команды; впишите его в столбец team"),
    "cell_metric": ("{value!r} is not one of amount, deals", "{value!r} — не одно из amount, deals"),
    "cell_plan_negative": ("a plan cannot be negative ({value!r}); write 0 or more",
                           "план не может быть отрицательным ({value!r}); пишите 0 или больше"),
    "cell_same_plan": ("the same plan as row {row} (period, scope, manager, product and metric "
                       "repeat); keep one of them",
                       "тот же план, что в строке {row} (период, scope, менеджер, продукт и "
                       "метрика повторяются); оставьте одну из строк"),
    "cell_sale_id_empty": ("is empty (every sale needs the accounting id)",
                           "пусто (у каждой продажи должен быть номер из учётной системы)"),
    "cell_rate_positive": ("rate {value!r} must be positive; write the base currency's price "
                           "of one unit, e.g. 92.5",
                           "курс {value!r} должен быть положительным; впишите цену одной единицы "
                           "в базовой валюте, например 92,5"),
    "cell_phone_empty": ("is empty; write the client's number, e.g. {forms}",
                         "пусто; впишите номер клиента, например {forms}"),
    "cell_not_phone": ("{value!r} is not a phone number; write it as {forms}",
                       "{value!r} — не номер телефона; пишите так: {forms}"),
    "cell_phone_digits": ("{value!r} is not a phone number (wrong number of digits); "
                          "write it as {forms}",
                          "{value!r} — не номер телефона (не то число цифр); пишите так: {forms}"),
    "cell_phone_twice": ("{value!r} is also the number of the client in row {row}; a number "
                         "belongs to one client, keep it in one row",
                         "{value!r} — это и номер клиента из строки {row}; номер принадлежит "
                         "одному клиенту, оставьте его в одной строке"),
    "cell_client_kind": ("{value!r} is not a kind of client; leave it empty for a client or "
                         "write intermediary (broker, dealer, agent, reseller, partner)",
                         "{value!r} — не тип клиента; оставьте пустым для клиента или "
                         "напишите посредник (брокер, дилер, агент, реселлер, партнёр)"),
    "cell_unknown_owner": ("unknown owner {value!r} (not in [[managers]]); write a manager's "
                           "e-mail, login or full name, or leave it empty",
                           "неизвестный владелец {value!r} (его нет в [[managers]]); укажите "
                           "адрес, логин или полное имя менеджера или оставьте пустым"),
    "cell_direction": ("{value!r} is not a direction; write in or out (входящий, исходящий)",
                       "{value!r} — не направление; пишите in или out (входящий, исходящий)"),
    "cell_call_manager": ("unknown manager {value!r}; use the email, or set extension/phone in "
                          "[[managers]]",
                          "неизвестный менеджер {value!r}; укажите адрес или задайте "
                          "extension/phone в [[managers]]"),
    "cell_call_status": ("{value!r} is not a call status; answered: ANSWERED, отвечен; not: "
                         "NO ANSWER, BUSY, FAILED, пропущен, не отвечен, занято",
                         "{value!r} — не статус звонка; отвечен: ANSWERED, отвечен; нет: "
                         "NO ANSWER, BUSY, FAILED, пропущен, не отвечен, занято"),
    "cell_no_time_of_day": ("{value!r} has no time of day; write 2026-11-03 14:05 or "
                            "03.11.2026 14:05",
                            "в {value!r} нет времени; пишите 2026-11-03 14:05 или 03.11.2026 14:05"),
    "cell_time_of_day": ("{value!r} is not a time of day; write 14:05, 14:05:12 or 2:05 PM",
                         "{value!r} — не время суток; пишите 14:05, 14:05:12 или 2:05 PM"),
    "cell_same_call": ("the same call as row {row}; remove one",
                       "тот же звонок, что в строке {row}; удалите один"),
    "cell_negative": ("{value!r} is negative; write 0 or more",
                      "{value!r} — отрицательное число; пишите 0 или больше"),
    "cell_duration": ("{value!r} is not a duration; write seconds (312) or 0:05:12",
                      "{value!r} — не длительность; пишите секунды (312) или 0:05:12"),
    "cell_unknown_client": ("unknown client {value!r}; add it to the client directory "
                            "(or give its domain)",
                            "неизвестный клиент {value!r}; добавьте его в справочник клиентов "
                            "(или укажите его домен)"),
    "cell_name_client": ("is empty; name the client", "пусто; назовите клиента"),
    "cell_unknown_stage": ("unknown stage {value!r}; map it to one of {stages} in "
                           "[imports.deals_stages]",
                           "неизвестная стадия {value!r}; сопоставьте её одной из {stages} в "
                           "[imports.deals_stages]"),
    "cell_deal_negative": ("a deal's amount cannot be negative ({value!r}); write 0 or more, "
                           "or leave it empty",
                           "сумма сделки не может быть отрицательной ({value!r}); пишите 0 или "
                           "больше или оставьте пустым"),
}

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
    "waived": ("{code} waived by {by}: {reason}", "{code} снято ({by}): {reason}"),
    "audit_none": ("no access audit entries match", "в журнале доступа нет подходящих записей"),
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

#: What ``dealtrail serve`` prints when it starts (addin/server.py, addin/certs.py).
SERVING: dict[str, tuple[str, str]] = {
    "serve_cert_made": ("made a development certificate: {path}",
                        "создан сертификат для разработки: {path}"),
    "serve_trust_linux": ("trust it (Debian/Ubuntu): sudo cp {path} /usr/local/share/"
                          "ca-certificates/dealtrail-dev.crt && sudo update-ca-certificates; for "
                          "Chromium/Edge also: certutil -d sql:$HOME/.pki/nssdb -A -t P,, -n "
                          "dealtrail-dev -i {path}",
                          "чтобы ему доверять (Debian/Ubuntu): sudo cp {path} /usr/local/share/"
                          "ca-certificates/dealtrail-dev.crt && sudo update-ca-certificates; для "
                          "Chromium/Edge ещё: certutil -d sql:$HOME/.pki/nssdb -A -t P,, -n "
                          "dealtrail-dev -i {path}"),
    "serve_trust_macos": ("trust it (macOS): sudo security add-trusted-cert -d -r trustRoot "
                          "-k /Library/Keychains/System.keychain {path}",
                          "чтобы ему доверять (macOS): sudo security add-trusted-cert -d -r "
                          "trustRoot -k /Library/Keychains/System.keychain {path}"),
    "serve_trust_windows": ("trust it (Windows, PowerShell): Import-Certificate -FilePath {path} "
                            "-CertStoreLocation Cert:\\CurrentUser\\Root",
                            "чтобы ему доверять (Windows, PowerShell): Import-Certificate "
                            "-FilePath {path} -CertStoreLocation Cert:\\CurrentUser\\Root"),
    "serve_serving": ("dealtrail serving {db} on https://{host}:{port}  (pane {site}/pane/, "
                      "dashboard {site}/dashboard); Ctrl-C to stop",
                      "dealtrail работает с {db} на https://{host}:{port}  (панель {site}/pane/, "
                      "дашборд {site}/dashboard); остановить: Ctrl-C"),
    "serve_public_url_port": ("server.public_url is {public} but this server listens on port "
                              "{port}: the manifest and the digests' links point at "
                              "server.public_url; set it (or server.port) to match",
                              "server.public_url = {public}, а сервер слушает порт {port}: "
                              "манифест и ссылки в сводках ведут на server.public_url; "
                              "исправьте его (или server.port)"),
}

#: The headers of the tables ``rules run`` and ``violations list`` print (rules/cli.py).
RULE_TABLES: dict[str, tuple[str, str]] = {
    "digest_preview_wrote": ("{subject}\nwrote {target} ({count} item codes)",
                             "{subject}\nзаписан {target} (кодов пунктов: {count})"),
    "rules_run_title": ("Rules run", "Запуск правил"),
    "violations_title": ("Violations ({count})", "Нарушения ({count})"),
    "rules_col_rule": ("rule", "правило"),
    "rules_col_opened": ("opened", "открыто"),
    "rules_col_still_open": ("still open", "ещё открыто"),
    "rules_col_resolved": ("resolved", "снято"),
    "rules_col_kept_late": ("kept late", "выполнено с опозданием"),
    "rules_col_errors": ("errors", "ошибки"),
    "rules_col_seconds": ("seconds", "секунды"),
    "rules_col_code": ("code", "код"),
    "rules_col_manager": ("manager", "менеджер"),
    "rules_col_client": ("client", "клиент"),
    "rules_col_due": ("due", "срок"),
    "rules_col_status": ("status", "статус"),
    "rules_col_severity": ("severity", "важность"),
    "rules_col_what": ("what", "что"),
}

#: The other tables and lists the commands print: their titles and headers, and the stored
#: codes they show (``code_<kind>_<code>``, said by :func:`dealtrail.messages.code_word`;
#: the English is the code itself, as the tables showed it before they spoke Russian).
LISTS: dict[str, tuple[str, str]] = {
    "rules_list_title": ("Rules", "Правила"),
    "rules_col_enabled": ("enabled", "включено"),
    "rules_col_finds": ("what it finds", "что находит"),
    "rules_col_settings": ("settings", "настройки"),
    "code_enabled_yes": ("yes", "да"),
    "code_enabled_no": ("no", "нет"),
    "code_severity_low": ("low", "низкая"),
    "code_severity_medium": ("medium", "средняя"),
    "code_severity_high": ("high", "высокая"),
    "code_violation_open": ("open", "открыто"),
    "code_violation_resolved": ("resolved", "закрыто"),
    "code_violation_kept_late": ("kept_late", "выполнено с опозданием"),
    "code_violation_waived": ("waived", "снято"),
    "code_job_ok": ("ok", "успешно"),
    "code_job_failed": ("failed", "ошибка"),
    "code_role_manager": ("manager", "менеджер"),
    "code_role_head": ("head", "руководитель"),
    "code_role_admin": ("admin", "администратор"),
    "code_tag_applied": ("applied", "применена"),
    "code_tag_rejected": ("rejected", "отклонена"),
    "code_tag_pending": ("pending", "ожидает"),
    "users_row": ("{email:<32} {role} {state:<8} tokens={tokens} pending_codes={codes}"
                  " last_used={last}",
                  "{email:<32} {role} {state:<8} токенов: {tokens}, кодов входа: {codes},"
                  " последний вход: {last}"),
    "audit_client": ("client {id}", "клиент {id}"),
    # what `dealtrail demo` says around the five answers (those speak the demo bank's locale)
    "demo_generated": ("[bold]Demo bank[/] generated in {folder} (as of {as_of})",
                       "[bold]Демо-банк[/] создан в {folder} (на {as_of})"),
    "demo_indexed": ("indexed {messages} messages and {events} calendar events; open violations "
                     "by rule: {fired}",
                     "проиндексировано писем: {messages}, событий календаря: {events}; открытые "
                     "нарушения по правилам: {fired}"),
    "demo_wrote": ("wrote {count} digests to {folder}", "записано сводок: {count}, в {folder}"),
    "demo_serving": ("[bold]Serving[/] the dashboard at https://localhost:{port}/dashboard "
                     "and the pane at https://localhost:{port}/pane (Ctrl-C to stop)",
                     "[bold]Работают[/] дашборд https://localhost:{port}/dashboard "
                     "и панель https://localhost:{port}/pane (остановить: Ctrl-C)"),
    "demo_sign_in": ("  sign in as {email} with the one-time code [bold]{code}[/]",
                     "  вход для {email}: одноразовый код [bold]{code}[/]"),
    "audit_ok": ("access audit ok: {entries} entries; newest #{head} hash {hash} (keep this line "
                 "outside the database to detect a rewritten log)",
                 "журнал доступа в порядке: записей {entries}; последняя #{head}, хеш {hash} "
                 "(сохраните эту строку вне базы, чтобы заметить переписанный журнал)"),
    "audit_broken": ("access audit broken at entry #{id}: {problem}",
                     "журнал доступа нарушен на записи #{id}: {problem}"),
    "audit_removed": ("entry {missing} before it was removed",
                      "запись {missing} перед ней удалена"),
    "audit_not_following": ("it does not follow the entry before it (that entry was changed or "
                            "removed)",
                            "она не продолжает предыдущую запись (ту изменили или удалили)"),
    "audit_changed": ("its content was changed", "её содержимое изменено"),
    "audit_anchor_differs": ("its hash differs from the one written down (the log was rewritten)",
                             "её хеш не совпадает с записанным (журнал переписан)"),
    "audit_tail_removed": ("entries #{first}..#{last} at the end were removed",
                           "записи #{first}..#{last} в конце удалены"),
    "audit_anchor_gone": ("the entry written down is no longer in the log",
                          "записанной записи больше нет в журнале"),
}


#: Every table of this module, merged into ``dealtrail.messages.CATALOGUE``.
TABLES = (IMPORTS, SOURCES, INDEXING, PEOPLE, FINDING, MAIL, SERVING, RULE_TABLES, LISTS)
