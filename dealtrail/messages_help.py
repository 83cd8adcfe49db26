"""``--help`` in Russian: every command's, group's and option's text, in one place.

The English is the command's docstring and its options' ``help=`` in the code;
this is the Russian of each, read by :mod:`dealtrail.help` when the operator's
language is Russian. Keys: the command's path from ``dealtrail`` (``dealtrail
rules list``), and for an option that path and the option's long name
(``dealtrail rules list --json``); ``dealtrail --help`` is the ``--help`` of
every command. The example lines are the English ones character for character,
so they run as they are (``tests/test_cli_help_language.py`` compares them, and
fails on a command or option with no Russian here, or a key naming none).
"""

from __future__ import annotations

_PERIOD = "2026-11 (месяц), 2026-Q4 (квартал) или 2026 (год); по умолчанию — текущий месяц."
_MANAGER = "Только этот менеджер (email)."
_PRODUCT = "Только этот продукт (код)."
_FORMAT = "Формат вывода."
_OUT = "Записать в этот файл."

HELP_RU: dict[str, str] = {
    # the root group and what every command has
    "dealtrail": """dealtrail: план/факт, переговоры, загрузка и нарушенные обещания — по почте.

Пример: dealtrail --config dealtrail.toml index""",
    "dealtrail --help": "Показать эту справку и выйти.",
    "dealtrail --version": "Показать версию и выйти.",
    "dealtrail --config": "Путь к dealtrail.toml (по умолчанию ./dealtrail.toml).",
    "dealtrail --db": "Файл базы (вместо database из конфигурации).",
    "dealtrail --verbose": "-v — строка на каждое задание, -vv — для отладки.",
    "dealtrail --lang": "Язык сообщений, ошибок, справки и таблиц (по умолчанию: DEALTRAIL_LANG, "
                        "затем [company] locale из конфигурации, затем LC_ALL/LC_MESSAGES/LANG, "
                        "затем английский).",
    # dealtrail/cli.py
    "dealtrail init": """Записать пример dealtrail.toml с комментариями.

Пример: dealtrail init dealtrail.toml""",
    "dealtrail init --force": "Перезаписать существующий файл.",
    "dealtrail check": """Проверить конфигурацию, секреты и файлы, которые она называет, и сказать, в каком состоянии база.

Проверяет ключи и значения файла; что файл не доступен на запись всем; что
каждый секрет читается и SMTP не отправляет пароль без TLS; что каждый
названный файл и папка существуют и читаются (закрытые ключи — только
владельцем); настройки правил. Первая из этих проблем — одна строка и код
выхода 2. Затем читает заголовок и каждую строку справочника клиентов и
каждого файла импорта (планы, продажи, сделки из CRM, журнал
звонков) так, как их прочёл бы импорт, и печатает для каждого файла, сколько
строк можно импортировать, какие строки импорт пропускает намеренно, и каждую
строку, которую импортировать нельзя: файл, строка, столбец, что не так; если
такая есть — код выхода 2. Проверка ничего не пишет: база не создаётся (её
папка должна быть доступна на запись), ожидающие миграции считаются, но не
применяются.

Пример: dealtrail --config dealtrail.toml check""",
    "dealtrail check --max-problems": "Сколько строк с проблемами показать для каждого файла "
                                      "импорта, прежде чем написать «и ещё N».",
    # dealtrail/audit_cli.py
    "dealtrail audit": """Кто и когда открывал какого клиента или отчёт и откуда; --verify проверяет, что ничего не удалено и не изменено.

Пример: dealtrail audit --person anna@bank.ru --since 2026-12-01""",
    "dealtrail audit --person": "Только этот человек (e-mail или пользователь ОС для командной строки).",
    "dealtrail audit --client": "Только этот клиент (id, название или ключ справочника).",
    "dealtrail audit --since": "Только начиная с этой даты или времени UTC (2026-12-01).",
    "dealtrail audit --limit": "Не больше стольких записей, сначала новые.",
    "dealtrail audit --verify": "Вместо списка проверить цепочку хешей; код выхода 1 и первая "
                                "испорченная запись.",
    "dealtrail audit --expect": "С --verify: запись и хеш, записанные ранее, должны оставаться на месте.",
    # dealtrail/privacy_cli.py
    "dealtrail purge": """Удалить тексты писем и цитаты, отправленные до даты; счётчики и факты остаются.

Уходят новый текст, фрагменты, полнотекстовый индекс и предложения, сохранённые
как доказательства; даты, статусы, суммы и все отчёты за прошедшие периоды
остаются как были. Затем файл сжимается (VACUUM), и текста больше нет ни в
базе, ни в её WAL.

Пример: dealtrail purge --before 2026-01-01""",
    "dealtrail purge --before": "Удалить текст писем, отправленных до этой даты (2026-01-01).",
    "dealtrail purge --mailbox": "Только этот почтовый ящик из конфигурации (можно несколько раз); "
                                 "по умолчанию все.",
    "dealtrail forget": """Стереть везде данные одного клиента или одного человека: письма, цитаты, факты, теги, сводки.

Удаление записывается со временем, оператором и охватом, но без имени и
адреса. Чтобы не принимать и новую почту этого человека, добавьте адрес или
@домен в [privacy] deny.

Пример: dealtrail forget --address olga@client.example""",
    "dealtrail forget --client": "Название клиента или один из его доменов.",
    "dealtrail forget --address": "Адрес электронной почты одного человека.",
    # addin/cli.py
    "dealtrail addin": """Надстройка Outlook.

Пример: dealtrail addin manifest --url https://dealtrail.example.com --out manifest.xml""",
    "dealtrail addin manifest": """Вывести или записать манифест надстройки для сервера по адресу URL.

Пример: dealtrail addin manifest --url https://dealtrail.example.com --out manifest.xml""",
    "dealtrail addin manifest --url": "Адрес https сервера, на который указывает манифест.",
    "dealtrail addin manifest --out": "Записать в этот файл, а не в стандартный вывод.",
    "dealtrail serve": """Панель Outlook, дашборд и JSON API по HTTPS.

--port заменяет server.port; занятый порт сообщается до того, как что-либо
выведено или создано, вместе со свободным, который можно взять.

Пример: dealtrail --config dealtrail.toml serve --port 8443""",
    "dealtrail serve --host": "Интерфейс, который слушать (по умолчанию server.host).",
    "dealtrail serve --port": "Порт (по умолчанию server.port, 8443).",
    "dealtrail users": """Кто может пользоваться панелью и дашбордом.

Пример: dealtrail users invite anna@bank.ru""",
    "dealtrail users invite": """Выдать одноразовый код для EMAIL, чтобы ввести его в панели.

Пример: dealtrail users invite anna@bank.ru""",
    "dealtrail users list": """Пользователи, их роли и действующие токены.

Пример: dealtrail users list""",
    "dealtrail users revoke": """Отозвать все токены и коды EMAIL.

Пример: dealtrail users revoke anna@bank.ru""",
    # demo/cli.py
    "dealtrail demo": """Создать демо-банк, проиндексировать его, запустить правила и отчёты, записать сводки, показать дашборд.

О занятом порте сообщается прежде всего остального, с командой, которая
выбирает другой.

Пример: dealtrail demo --once --out demo-out""",
    "dealtrail demo --out": "Рабочая папка демо-банка (создаётся заново при каждом запуске).",
    "dealtrail demo --once": "Сделать всё, кроме показа дашборда, и выйти.",
    "dealtrail demo --seed": "Начальное число генератора.",
    "dealtrail demo --host": "Интерфейс, который слушает дашборд.",
    "dealtrail demo --port": "Порт дашборда и панели (его передаёт make demo PORT=8444).",
    # indexer/cli.py, indexer/probe.py, indexer/tags_cli.py
    "dealtrail index": """Прочитать новые письма и события календаря из всех почтовых ящиков конфигурации в базу.

Затем применить пришедшие ответы с тегами и запустить правила для изменившихся
клиентов: тот же шаг после синхронизации, что и в `dealtrail run`. Повторный
запуск без новой почты ничего не меняет. Пример: dealtrail index --mailbox ivanov-mail

Разовый импорт архива (--db — общий параметр, он идёт перед командой):
dealtrail --db my.db index --maildir ~/Maildir --owner me@bank.ru

После ошибки о сломанной контрольной точке: dealtrail index --reset-mailbox ivanov-mail""",
    "dealtrail index --mailbox": "Только этот почтовый ящик (можно несколько раз).",
    "dealtrail index --maildir": "Разовый импорт Maildir без файла конфигурации (с --owner и --db).",
    "dealtrail index --owner": "С --maildir: адрес владельца почтового ящика.",
    "dealtrail index --workers": "Процессы, которые получают, разбирают и анализируют письма "
                                 "(пишет всегда один); по умолчанию 0 — по одному на процессор, "
                                 "не больше 4; 1 — всё в этом процессе.",
    "dealtrail index --quiet": "Без индикатора хода работы.",
    "dealtrail index --reset-mailbox": "Забыть, где остановилась синхронизация этого ящика, и "
                                       "прочитать его заново с начала (можно несколько раз); "
                                       "сохранённое остаётся и не удваивается. Так чинят сломанную "
                                       "контрольную точку.",
    "dealtrail probe": """Запустить анализ на строках JSON из stdin (по ответу на строку).

Пример: echo '{"text": "We will send the contract by Friday", "direction": "out"}'
| dealtrail probe intent""",
    "dealtrail probe complaint": """Найти жалобу в тексте каждой строки.

Пример: echo '{"text": "This is unacceptable.", "lang": "en"}' | dealtrail probe complaint""",
    "dealtrail probe dates": """Разобрать главное выражение даты в тексте каждой строки.

Пример: echo '{"text": "до пятницы", "ref_time": "2026-03-11T10:00:00+03:00", "lang": "ru"}'
| dealtrail probe dates""",
    "dealtrail probe intent": """Найти просьбы и обещания со сроком в тексте каждой строки.

Пример: echo '{"text": "I will send it by Friday", "direction": "out",
"ref_time": "2026-04-14T09:30:00+01:00"}' | dealtrail probe intent""",
    "dealtrail probe newtext": """Убрать цитаты и подпись из текста каждой строки (format: text, html или eml).

Пример: echo '{"text": "Ok\\n\\n> old", "format": "text"}' | dealtrail probe newtext""",
    "dealtrail tags": """Изменения сделок, присланные письмом с тегами (#stage proposal #next friday).

Пример: dealtrail tags list --status rejected""",
    "dealtrail tags apply": """Разобрать команды-теги, проиндексированные, но ещё не применённые (это делается и после каждого index).

Пример: dealtrail tags apply""",
    "dealtrail tags apply --no-confirm": "Не отправлять подтверждения письмом.",
    "dealtrail tags list": """Полученные команды-теги: кто, что, применена или почему отклонена.

Пример: dealtrail tags list --status pending""",
    "dealtrail tags list --status": "Только команды с этим статусом.",
    "dealtrail tags list --limit": "Сколько показать, сначала новые.",
    "dealtrail tags list --json": "По объекту JSON на строку.",
    "dealtrail tags parse": """Показать, что сделал бы текст, ничего не меняя.

Пример: dealtrail tags parse "#stage proposal #next friday 11:00 Client agreed on the rate\"""",
    "dealtrail tags parse --at": "Считать, что письмо отправлено в это время ISO (по умолчанию — сейчас).",
    "dealtrail tags parse --tz": "Часовой пояс отправителя (по умолчанию — компании).",
    "dealtrail tags parse --lang": "Язык объяснения (по умолчанию — язык командной строки, "
                                   "см. dealtrail --lang).",
    # rules/cli.py
    "dealtrail rules": """Запустить правила, которые находят нарушенные обещания и пропущенные сроки.

Пример: dealtrail rules run""",
    "dealtrail rules list": """Установленные правила: включено ли каждое и его настройки.

Пример: dealtrail rules list""",
    "dealtrail rules run": """Проверить правила сейчас и обновить нарушения.

Пример: dealtrail rules run --rule broken_promise""",
    "dealtrail rules run --rule": "Запустить только это правило (можно несколько раз).",
    "dealtrail rules run --json": "Вывести итог в JSON.",
    "dealtrail violations": """Список нарушений, найденных правилами, и их снятие.

Пример: dealtrail violations list --status open""",
    "dealtrail violations list": """Нарушения, сначала с самым поздним сроком.

Пример: dealtrail violations list --manager anna@bank.ru --status open --format json""",
    "dealtrail violations list --manager": "Только нарушения этого менеджера (email).",
    "dealtrail violations list --rule": "Только это правило.",
    "dealtrail violations list --status": "Только этот статус.",
    "dealtrail violations list --format": _FORMAT,
    "dealtrail violations list --locale": "Язык описания (по умолчанию --lang, иначе язык компании).",
    "dealtrail violations waive": """Снять нарушение с указанием причины; оно больше не откроется.

Пример: dealtrail violations waive V-12 --reason "not a promise" --false-alarm""",
    "dealtrail violations waive --reason": "Почему это нарушение принято.",
    "dealtrail violations waive --by": "Кто снимает (email; по умолчанию — руководитель).",
    "dealtrail violations waive --false-alarm": "Его не следовало находить: слой компании учится на "
                                                "этом.",
    # reports/cli.py
    "dealtrail report": """Отчёты: план/факт, переговоры, выигранные и проигранные сделки, загрузка, продажи, нарушения, мотивация, тренды.

Пример: dealtrail report plan --period 2026-Q4""",
    "dealtrail report closed": """Сделки, выигранные и проигранные за период, сначала новые, с их числом и суммой.

Пример: dealtrail report closed --period 2026-11 --manager anna@bank.ru""",
    "dealtrail report closed --period": _PERIOD,
    "dealtrail report closed --manager": _MANAGER,
    "dealtrail report closed --product": _PRODUCT,
    "dealtrail report closed --format": _FORMAT,
    "dealtrail report closed --out": _OUT,
    "dealtrail report motivation": """Комиссия каждого менеджера с ускорителями и сделки, перенесённые в период.

Пример: dealtrail report motivation --period 2026-Q4 --format json""",
    "dealtrail report motivation --period": _PERIOD,
    "dealtrail report motivation --manager": _MANAGER,
    "dealtrail report motivation --format": _FORMAT,
    "dealtrail report motivation --out": _OUT,
    "dealtrail report pipeline": """Каждая открытая сделка: клиент, стадия, о чём договорились, следующий контакт, просрочка.

Пример: dealtrail report pipeline --manager anna@bank.ru""",
    "dealtrail report pipeline --manager": _MANAGER,
    "dealtrail report pipeline --format": _FORMAT,
    "dealtrail report pipeline --out": _OUT,
    "dealtrail report plan": """Процент выполнения плана и где закончится период — по компании, команде, менеджеру, продукту.

Пример: dealtrail report plan --period 2026-11 --format xlsx --out plan.xlsx""",
    "dealtrail report plan --period": _PERIOD,
    "dealtrail report plan --manager": _MANAGER,
    "dealtrail report plan --team": "Только эта команда.",
    "dealtrail report plan --product": _PRODUCT,
    "dealtrail report plan --metric": "Суммы продаж или число выигранных сделок.",
    "dealtrail report plan --format": _FORMAT,
    "dealtrail report plan --out": _OUT,
    "dealtrail report sales": """Продажи за период в сравнении с прошлым периодом и тем же периодом прошлого года.

Пример: dealtrail report sales --period 2026-Q4 --by manager""",
    "dealtrail report sales --period": _PERIOD,
    "dealtrail report sales --manager": _MANAGER,
    "dealtrail report sales --product": _PRODUCT,
    "dealtrail report sales --by": "Группировать по продукту или по продавцу.",
    "dealtrail report sales --format": _FORMAT,
    "dealtrail report sales --out": _OUT,
    "dealtrail report trends": """План/факт каждого месяца года и нарушения по неделям по каждому менеджеру.

Пример: dealtrail report trends --period 2026 --manager anna@bank.ru""",
    "dealtrail report trends --period": "Любой период нужного года (2026, 2026-Q4, 2026-11); "
                                        "по умолчанию — текущий год.",
    "dealtrail report trends --manager": _MANAGER,
    "dealtrail report trends --product": _PRODUCT,
    "dealtrail report trends --format": _FORMAT,
    "dealtrail report trends --out": _OUT,
    "dealtrail report violations": """Жалобы и нарушения по менеджерам и клиентам, динамика и что ещё открыто.

Пример: dealtrail report violations --period 2026-11""",
    "dealtrail report violations --period": _PERIOD,
    "dealtrail report violations --manager": _MANAGER,
    "dealtrail report violations --format": _FORMAT,
    "dealtrail report violations --out": _OUT,
    "dealtrail report workload": """Насколько загружен каждый менеджер (сделки, клиенты, почта, встречи, очередь, индекс загрузки).

Пример: dealtrail report workload --format csv --out workload.csv""",
    "dealtrail report workload --manager": _MANAGER,
    "dealtrail report workload --format": _FORMAT,
    "dealtrail report workload --out": _OUT,
    "dealtrail plans": """Планы продаж.

Пример: dealtrail plans import plans.xlsx""",
    "dealtrail plans import": """Импортировать планы (период, охват, команда, менеджер, продукт, показатель, сумма, валюта).

Пример: dealtrail plans import plans.csv""",
    "dealtrail sales": """Продажи, проведённые в учёте.

Пример: dealtrail sales import export-1c.csv""",
    "dealtrail sales import": """Импортировать продажи (external_id, дата, менеджер, продукт, клиент, сумма, валюта).

Пример: dealtrail sales import export-1c.csv""",
    "dealtrail sales fx-import": """Импортировать курсы валют (валюта, дата, курс в базовой валюте за единицу).

Пример: dealtrail sales fx-import rates.csv""",
    "dealtrail calls": """Телефонные звонки из журнала телефонии.

Пример: dealtrail calls import calls.csv""",
    "dealtrail calls import": """Импортировать журнал звонков (время, направление, менеджер, телефон, длительность, статус, заметка).

Пример: dealtrail calls import calls.csv""",
    "dealtrail deals": """Сделки из существующей CRM (выгрузки 1С, Битрикс24, amoCRM).

Пример: dealtrail deals import crm-deals.csv""",
    "dealtrail deals import": """Импортировать сделки (id, название, клиент, менеджер, продукт, стадия, сумма, дата закрытия); они объединяются со сделками, найденными в почте.

Пример: dealtrail deals import crm-deals.csv""",
    # reports/digest_cli.py
    "dealtrail digest": """Просмотр и отправка ежедневных и еженедельных сводок.

Пример: dealtrail digest preview --to head@bank.ru --out head.html""",
    "dealtrail digest preview": """Показать сводку одного получателя такой, какой она ушла бы сейчас, не отправляя её.

Пример: dealtrail digest preview --to ivanov@bank.ru --kind weekly --out weekly.html""",
    "dealtrail digest preview --to": "Адрес получателя (из [[managers]]).",
    "dealtrail digest preview --out": "Записать HTML сюда (по умолчанию — в stdout).",
    "dealtrail digest preview --kind": "Какая сводка: ежедневная или еженедельная.",
    "dealtrail digest preview --text": "Вывести часть text/plain вместо HTML.",
    "dealtrail digest send": """Отправить сводки, которые положены сегодня и ещё не ушли; каждый получатель получает каждую один раз.

Пример: dealtrail digest send --to ivanov@bank.ru""",
    "dealtrail digest send --now": "Отправить ежедневную сводку сейчас, даже в выходной (всё равно "
                                   "раз в день).",
    "dealtrail digest send --to": "Только эти получатели (можно несколько раз).",
    "dealtrail digest send --kind": "Отправить только этот вид (по умолчанию — что положено сегодня).",
    # reports/scheduler_cli.py
    "dealtrail run": """Запускать индексацию, правила и сводки по расписанию, пока не остановят (SIGTERM или Ctrl+C).

Почтовые ящики индексируются каждые schedule.index_every_minutes; после каждой
индексации применяются ответы с тегами и запускаются правила для изменившихся
клиентов; все правила запускаются раз в час; сводки уходят в digest.send_at в
часовом поясе каждого получателя.

Пример: dealtrail --config dealtrail.toml -v run""",
    "dealtrail status": """Последний запуск каждого задания по расписанию (индексация каждого ящика, правила, сводки).

Пример: dealtrail --config dealtrail.toml status""",
}
