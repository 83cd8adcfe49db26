"""Parkstone Estate, the leasing team of a Moscow landlord (and a small agency desk), eight
weeks of mail, calendars and calls up to the evening of Wednesday 9 December 2026.

The messages, meetings and calls are in story_part1..6.py (one file per manager, plus the
newsletters, calendars and the call log). This file adds the directory, the plans and sales,
and the head of leasing's reading of it all: the negotiations and who is not one.
"""
import story_part1  # noqa: F401  Denis
import story_part2  # noqa: F401  Olga
import story_part3  # noqa: F401  Marina
import story_part4  # noqa: F401  Kseniya
import story_part5  # noqa: F401  Artem
import story_part6  # noqa: F401  newsletters, cold mail, calendars, calls
from story_base import (
    ARTEM,
    AS_OF,
    CALLS,
    DENIS,
    EVENTS,
    KSENIYA,
    MANAGERS,
    MARINA,
    MESSAGES,
    OLGA,
    PEOPLE,
    TIMEZONE,
)

COMPANY = "Паркстоун Эстейт"
INTERNAL_DOMAINS = ["parkstone-estate.ru", "velmont-group.ru"]
FREE_MAIL = {"gmail.com", "mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "ya.ru"}

PRODUCTS = [
    dict(code="OFFICE", name="Аренда офисов", aliases=[
        "офис", "офисное помещение", "офисный блок", "офисы", "office", "office space", "unit 8.1"]),
    dict(code="WAREHOUSE", name="Аренда складов", aliases=[
        "склад", "складской блок", "складское помещение", "кросс-док", "warehouse", "block C3"]),
    dict(code="RETAIL", name="Аренда торговых помещений", aliases=[
        "торговое помещение", "стрит-ритейл", "помещение на первом этаже", "шоурум", "отделение банка",
        "retail"]),
    dict(code="FITOUT", name="Отделка под ключ", aliases=[
        "отделка", "смета на отделку", "отделка под ключ", "fit-out", "turnkey fit-out"]),
    dict(code="AGENCY", name="Агентские услуги (подбор помещений)", aliases=[
        "подбор помещений", "агентский договор", "вознаграждение агентства", "ПВЗ"]),
]

# ------------------------------------------------------------------ the client directory (a CRM export)
# client, domains, owner, segment, phones, emails, kind
DIRECTORY = [
    ("Кодерра Технолоджиз", "coderra.ru", DENIS, "IT", "+7 495 980-41-17", "", ""),
    ("Точка Сборки", "tochka-sborki.ru", DENIS, "Коворкинг", "+7 495 150-62-38", "", ""),
    ("Альтаир Софт", "altair-soft.ru", DENIS, "IT (арендатор)", "+7 495 215-77-04", "", ""),
    ("Lindqvist & Hale Advisory", "lindqvisthale.com", OLGA, "Консалтинг (международный)",
     "+7 495 221-09-84", "", ""),
    ("Greystone Tenant Advisory", "greystone-advisory.ru", OLGA, "Брокер арендатора",
     "+7 495 641-27-90; +7 916 205-33-18", "", "intermediary"),
    ("Волга-Кредит Банк", "vkbank.ru", OLGA, "Банк", "+7 495 777-12-40", "", ""),
    ("Сулико Групп", "suliko-group.ru", MARINA, "Рестораны", "+7 495 363-18-55; +7 903 771-20-04",
     "gmargvelashvili@gmail.com", ""),
    ("Дента Люкс", "denta-lux.ru", MARINA, "Медицина", "+7 495 118-44-90", "", ""),
    ("Хлебная Лавка", "hlebnaya-lavka.ru", MARINA, "Пекарни-кафе", "+7 495 532-70-16", "", ""),
    ("Медлаб Экспресс", "medlab-express.ru", MARINA, "Медицина", "+7 495 660-35-22", "", ""),
    ("Кофейня Зерно", "zerno-coffee.ru", MARINA, "Кофейни (арендатор)", "+7 495 740-19-63", "", ""),
    ("Умникум", "umnikum.ru", KSENIYA, "Онлайн-образование", "+7 499 346-81-07", "", ""),
    ("Бородин и партнёры", "borodin-partners.ru", KSENIYA, "Юридические услуги (арендатор)",
     "+7 495 287-54-63", "", ""),
    ("Студия Форма", "studio-forma.ru", KSENIYA, "Дизайн (арендатор)", "+7 499 270-55-18", "", ""),
    ("Арт-Принт", "artprint-msk.ru", KSENIYA, "Бывший арендатор", "", "", ""),
    ("Фармалайн Дистрибуция", "pharmaline.ru", ARTEM, "Фармдистрибуция", "+7 495 739-20-11", "", ""),
    ("ТрансЛайн Логистик", "transline-log.ru", ARTEM, "3PL", "+7 495 504-88-19", "", ""),
    ("Huaxin Auto Parts Rus", "huaxin-autoparts.com", ARTEM, "Автозапчасти (импорт)", "", "", ""),
    ("Сканди Хоум", "scandihome.ru", ARTEM, "Мебель", "+7 495 215-60-73", "", ""),
    ("Гранд Логистик", "grand-logistic.ru", ARTEM, "3PL (арендатор)", "+7 495 984-30-12", "", ""),
]

# ------------------------------------------------------------------ booked sales (annual rent of signed leases)
SALES = [
    ("1С-АР-2026-0412", "2026-10-09", ARTEM, "WAREHOUSE", "Гранд Логистик", "52800000.00"),
    ("1С-АР-2026-0431", "2026-10-22", MARINA, "RETAIL", "Кофейня Зерно", "6120000.00"),
    ("1С-АР-2026-0440", "2026-10-28", KSENIYA, "OFFICE", "Студия Форма", "3960000.00"),
    ("1С-АР-2026-0457", "2026-11-06", DENIS, "OFFICE", "Альтаир Софт", "14300000.00"),
    ("1С-АР-2026-0468", "2026-11-13", MARINA, "RETAIL", "Сулико Групп", "24000000.00"),
    ("1С-АР-2026-0489", "2026-12-08", KSENIYA, "OFFICE", "Бородин и партнёры", "5050500.00"),
]

# ------------------------------------------------------------------ plans: annual rent signed per month
PLANS = []
for _month, _k in (("2026-10", 1.0), ("2026-11", 1.0), ("2026-12", 1.3)):
    for _mgr, _prod, _amt in ((DENIS, "OFFICE", 30_000_000), (KSENIYA, "OFFICE", 8_000_000),
                              (OLGA, "OFFICE", 12_000_000), (OLGA, "RETAIL", 8_000_000),
                              (MARINA, "RETAIL", 20_000_000), (MARINA, "AGENCY", 300_000),
                              (ARTEM, "WAREHOUSE", 45_000_000), (DENIS, "FITOUT", 5_000_000)):
        PLANS.append((_month, _mgr, _prod, int(_amt * _k)))


def rub(x):
    return {"minor": int(round(x * 100)), "currency": "RUB"}


# ------------------------------------------------------------------ the head's reading: negotiations
# evidence: a message key, "ev:<event key>" or "call:<call key>"
NEGOTIATIONS = [
    dict(client="Кодерра Технолоджиз", manager=DENIS, product="OFFICE", stage="contract", evidence="cod21",
         next_contact="2026-12-10", next_source="meeting", amount=rub(37_700_000), expected_close="2026-12-25"),
    dict(client="Кодерра Технолоджиз", manager=DENIS, product="FITOUT", stage="proposal", evidence="fit06",
         next_contact="2026-12-10", next_source="meeting", amount=rub(18_600_000), expected_close=None),
    dict(client="Точка Сборки", manager=DENIS, product="OFFICE", stage="negotiation", evidence="tsb05",
         next_contact="2026-12-10", next_source="manager_promise", amount=rub(36_000_000), expected_close=None),
    dict(client="Lindqvist & Hale Advisory", manager=OLGA, product="OFFICE", stage="contract", evidence="lh15",
         next_contact="2026-12-10", next_source="meeting", amount=rub(17_670_000), expected_close="2026-12-18"),
    dict(client="Волга-Кредит Банк", manager=OLGA, product="RETAIL", stage="negotiation", evidence="vkb07",
         next_contact="2026-12-16", next_source="manager_promise", amount=rub(24_380_000), expected_close=None),
    dict(client="Сулико Групп", manager=MARINA, product="RETAIL", stage="won", evidence="sul09",
         next_contact=None, next_source=None, amount=rub(24_000_000), expected_close="2026-11-13"),
    dict(client="ruslan.mamedov77@mail.ru", manager=MARINA, product="AGENCY", stage="contract", evidence="pvz08",
         next_contact="2026-12-11", next_source="meeting", amount=rub(40_000), expected_close="2026-12-11"),
    dict(client="Дента Люкс", manager=MARINA, product="RETAIL", stage="lead", evidence="den01",
         next_contact="2026-12-10", next_source="manager_promise", amount=None, expected_close=None),
    dict(client="Хлебная Лавка", manager=MARINA, product="RETAIL", stage="lost", evidence="hl06",
         next_contact=None, next_source=None, amount=rub(9_200_000), expected_close=None),
    dict(client="Медлаб Экспресс", manager=MARINA, product="RETAIL", stage="contract", evidence="mdl07",
         next_contact="2026-12-11", next_source="manager_promise", amount=rub(11_092_000), expected_close="2026-12-22"),
    dict(client="Умникум", manager=KSENIYA, product="OFFICE", stage="proposal", evidence="umn06",
         next_contact="2026-12-14", next_source="manager_promise", amount=rub(11_070_000), expected_close=None),
    dict(client="Бородин и партнёры", manager=KSENIYA, product="OFFICE", stage="won", evidence="bor12",
         next_contact=None, next_source=None, amount=rub(5_050_500), expected_close="2026-12-08"),
    dict(client="anton.efremov.dev@gmail.com", manager=KSENIYA, product="OFFICE", stage="qualified",
         evidence="call:c18", next_contact="2026-12-10", next_source="meeting", amount=None, expected_close=None),
    dict(client="Фармалайн Дистрибуция", manager=ARTEM, product="WAREHOUSE", stage="negotiation", evidence="phl08",
         next_contact="2026-12-15", next_source="call", amount=rub(44_496_000), expected_close=None),
    dict(client="ТрансЛайн Логистик", manager=ARTEM, product="WAREHOUSE", stage="lost", evidence="trl11",
         next_contact=None, next_source=None, amount=rub(81_640_000), expected_close=None),
    dict(client="Huaxin Auto Parts Rus", manager=ARTEM, product="WAREHOUSE", stage="lost", evidence="hx07",
         next_contact=None, next_source=None, amount=rub(29_040_000), expected_close=None),
    dict(client="Сканди Хоум", manager=ARTEM, product="WAREHOUSE", stage="qualified", evidence="sc04",
         next_contact="2026-12-09", next_source="manager_promise", amount=None, expected_close=None),
    dict(client="Сканди Хоум", manager=ARTEM, product="RETAIL", stage="proposal", evidence="sc07",
         next_contact="2026-12-14", next_source="meeting", amount=rub(24_780_000), expected_close=None),
]

NOT_NEGOTIATIONS = [
    ("digest@cre-digest.ru", "newsletter"),
    ("news@arendaprof.ru", "newsletter"),
    ("billing@arendaprof.ru", "supplier (the listing portal's invoice)"),
    ("t.melnik@interierstroy.ru", "supplier (our fit-out contractor)"),
    ("info@ventproekt-msk.ru", "counterparty of a client (Suliko's ventilation designer)"),
    ("pm@thermovalid.ru", "counterparty of a client (Pharmaline's validation contractor)"),
    ("vika.nails.studio@mail.ru", "unknown sender, no answer"),
    ("invest.kapital2020@yandex.ru", "unknown sender, no answer (forwarded internally only)"),
    ("m.kozlova@hr-cosmos.ru", "unknown sender, no answer (recruitment agency)"),
    ("office@artprint-msk.ru", "thanks only (former tenant)"),
    ("i.shestakov@greystone-advisory.ru", "intermediary (tenant-rep broker of Lindqvist & Hale)"),
    ("zakupki@vkbank.ru", "auto-reply (the bank's registration robot)"),
    ("pavel.grishin@parkstone-estate.ru", "internal (property manager)"),
    ("buh@parkstone-estate.ru", "internal (accounts)"),
    ("r.velyaminov@velmont-group.ru", "internal (the landlord's owner)"),
    ("e.gasanov@velmont-group.ru", "internal (the landlord's owner, CFO)"),
]
