"""Strazh Cyber: an invented cybersecurity integrator. Every message, meeting and call is
written by hand below, with its labels. build.py turns it into files and truth.json.
Dates are Moscow wall time ("YYYY-MM-DD HH:MM"); the Date header is written in the
sender's own time zone. Everything here is invented."""

AS_OF = "2026-11-27T19:00:00+03:00"
TIMEZONE = "Europe/Moscow"

# ------------------------------------------------------------------ people
HEAD = "v.korneev@strazh-cyber.ru"
AIG = "a.seitkali@strazh-cyber.ru"      # Almaty
DL = "d.lagutin@strazh-cyber.ru"        # pre-sales engineer
RS = "r.shubin@strazh-cyber.ru"         # phones more than he writes
ORLOV = "k.orlov@strazh-cyber.ru"       # pentest team lead (internal, no mailbox here)
SOCD = "soc-duty@strazh-cyber.ru"       # SOC duty shift (internal)

BOXES = {HEAD: "korneev", AIG: "seitkali", DL: "lagutin", RS: "shubin"}
MANAGER_EMAILS = set(BOXES)

SIG_HEAD = """--
Вадим Корнеев
Коммерческий директор | ООО «Страж Кибербезопасность»
+7 495 665-20-10 доб. 200 | strazh-cyber.ru"""
SIG_AIG = """Best regards / С уважением,
Aigerim Seitkali | Айгерим Сейткали
Account Manager, Central Asia & Caucasus
Strazh Cyber, Almaty office
+7 727 356-81-40 ext. 211 | mob. +7 701 522 19 08"""
SIG_DL = """--
Дмитрий Лагутин
Ведущий пресейл-инженер / Lead Pre-sales Engineer
ООО «Страж Кибербезопасность»
+7 495 665-20-10 доб. 212, моб. +7 916 208-44-37"""
SIG_RS = """Роман Шубин
Страж Кибербезопасность
+7 903 771-05-62"""

PEOPLE = {
    HEAD: {"name": "Вадим Корнеев", "tz": "Europe/Moscow", "sig": SIG_HEAD, "mua": "outlook"},
    AIG: {"name": "Aigerim Seitkali", "tz": "Asia/Almaty", "sig": SIG_AIG, "mua": "outlook"},
    DL: {"name": "Дмитрий Лагутин", "tz": "Europe/Moscow", "sig": SIG_DL, "mua": "outlook"},
    RS: {"name": "Роман Шубин", "tz": "Europe/Moscow", "sig": SIG_RS, "mua": "outlook"},
    ORLOV: {"name": "Кирилл Орлов", "tz": "Europe/Moscow", "sig": "--\nК. Орлов, руководитель группы анализа защищённости", "mua": "outlook"},
    SOCD: {"name": "SOC Strazh (дежурная смена)", "tz": "Europe/Moscow", "sig": "SOC Strazh 24/7 | +7 495 665-20-99", "mua": "plain"},
}

# client people ------------------------------------------------------------
MELNIKOV = "i.melnikov@sevkredit.ru"
SK_PROC = "zakupki@sevkredit.ru"
YERZHAN = "yerzhan@altynpay.kz"
ALTYN_FIN = "finance@altynpay.kz"
SALTANAT = "s.akhmetova@jetisubank.kz"
ZUEV = "s.zuev@polka-retail.ru"
DROZDOV = "a.drozdov@polka-retail.ru"
KHALID = "khalid.almansoori@sahabpay.ae"
SAHAB_LEGAL = "legal@sahabpay.ae"
NINO = "n.beridze@mtkvaribank.ge"
GRIN = "p.grin@moneyflow.ru"
RAJESH = "rajesh.v@alnoor-hm.ae"
ANEESH = "aneesh.k@alnoor-hm.ae"
ASKAR = "a.zhumabekov@dalamarket.kz"
TARASOV = "o.tarasov@volgaprombank.ru"
KL = "ib@creditline-mfo.ru"
LEVAN = "levan@batumipay.ge"
SHEST = "e.shestakova@uraltransbank.ru"
OMAR = "omar.alhashimi@dfexchange.ae"
TIMUR = "timur.bekmukhanov@gmail.com"
ARMAN = "arman.s@altynpay.kz"
FATIMA = "fatima.alzaabi@dfexchange.ae"
# not negotiations
NEWS2 = "newsletter@gulfsec-weekly.io"
NEWS = "digest@secmedia-news.ru"
OOO_DISTR = "k.vasin@infra-distrib.ru"
COLD = "growth@leadforge-data.com"
COLD2 = "partners@wafcloud-asia.com"
THANKS = "events@kzfintechweek.kz"

PEOPLE.update({
    MELNIKOV: {"name": "Мельников Игорь Станиславович", "tz": "Europe/Moscow", "mua": "outlook", "sig": """С уважением,
Мельников И.С.
Директор по информационной безопасности (CISO)
АО «Северный Кредит Банк»
тел. +7 495 730-41-17, моб. +7 985 114-62-09"""},
    SK_PROC: {"name": "Закупки СКБ", "tz": "Europe/Moscow", "mua": "outlook", "sig": "Отдел закупок АО «Северный Кредит Банк»\n+7 495 730-41-55"},
    YERZHAN: {"name": "Yerzhan Omarov", "tz": "Asia/Almaty", "mua": "iphone", "sig": "Sent from my iPhone"},
    ALTYN_FIN: {"name": "Altyn Pay Finance", "tz": "Asia/Almaty", "mua": "gmail", "sig": "Dana Kim, Finance\nAltyn Pay LLP, Almaty"},
    SALTANAT: {"name": "Ахметова Салтанат Ериковна", "tz": "Asia/Almaty", "mua": "outlook", "sig": """С уважением,
Ахметова С.Е.
Главный специалист Управления закупок
АО «Жетысу Банк»
тел.: +7 727 330-15-22 (вн. 4417)"""},
    ZUEV: {"name": "Сергей Зуев", "tz": "Europe/Moscow", "mua": "yandex", "sig": "--\nС. Зуев, руководитель отдела ИТ-инфраструктуры\nООО «ТД Полка»\n8 (495) 981-33-70 доб. 311"},
    DROZDOV: {"name": "Андрей Дроздов", "tz": "Europe/Moscow", "mua": "iphone", "sig": "Отправлено с iPhone"},
    KHALID: {"name": "Khalid Al Mansoori", "tz": "Asia/Dubai", "mua": "outlook", "sig": """Regards,
Khalid Al Mansoori
Head of Compliance & Risk
Sahab Payments FZ-LLC | Dubai Internet City
M: +971 50 614 2287"""},
    SAHAB_LEGAL: {"name": "Sahab Legal", "tz": "Asia/Dubai", "mua": "outlook", "sig": "Maryam Saeed | Legal Counsel | Sahab Payments FZ-LLC"},
    NINO: {"name": "Nino Beridze", "tz": "Asia/Tbilisi", "mua": "outlook", "sig": """Best Regards,
Nino Beridze
Head of Information Security Department
JSC Mtkvari Bank
+995 32 224 17 70 | +995 599 41 28 36"""},
    GRIN: {"name": "Павел Грин", "tz": "Europe/Moscow", "mua": "gmail", "sig": "П. Грин\nCTO, МФК «МаниФлоу»\n+7 926 340-18-75"},
    RAJESH: {"name": "Rajesh Venkataraman", "tz": "Asia/Dubai", "mua": "outlook", "sig": """Thanks & Regards,
Rajesh Venkataraman
Manager - IT Infrastructure & Security
Al Noor Hypermarkets LLC, Sharjah
Mob: +971 55 902 3314"""},
    ANEESH: {"name": "Aneesh Kumar", "tz": "Asia/Dubai", "mua": "outlook", "sig": "Aneesh Kumar | Network Engineer | Al Noor Hypermarkets"},
    ASKAR: {"name": "Аскар Жумабеков", "tz": "Asia/Almaty", "mua": "mailru", "sig": "--\nАскар Жумабеков\nИнженер ИБ, ТОО «Dala Market»\n+7 777 418 20 63"},
    TARASOV: {"name": "Тарасов Олег", "tz": "Europe/Samara", "mua": "outlook", "sig": "О.В. Тарасов\nЗам. начальника управления ИБ\nАО «Волжский Промбанк»\n+7 846 270-33-18"},
    KL: {"name": "Служба ИБ КредитЛайн", "tz": "Europe/Moscow", "mua": "mailru", "sig": "Ермаков Денис, служба ИБ\nООО МКК «КредитЛайн»"},
    LEVAN: {"name": "Levan Tsiklauri", "tz": "Asia/Tbilisi", "mua": "gmail", "sig": "Levan Tsiklauri\nCEO & co-founder, Batumi Pay\n+995 577 30 91 45"},
    SHEST: {"name": "Шестакова Елена Михайловна", "tz": "Asia/Yekaterinburg", "mua": "outlook", "sig": """С уважением,
Шестакова Е.М.
Начальник отдела защиты информации
ПАО «Уралтрансбанк»
+7 343 379-60-12"""},
    OMAR: {"name": "Omar Al Hashimi", "tz": "Asia/Dubai", "mua": "iphone", "sig": "Omar Al Hashimi\nGeneral Manager, Desert Falcon Exchange\n+971 4 355 7120"},
    TIMUR: {"name": "Тимур Бекмуханов", "tz": "Asia/Almaty", "mua": "gmail", "sig": "Тимур Бекмуханов\nИП Бекмуханов, интернет-магазин kazakh-tea.kz\n+7 707 311 48 52"},
    ARMAN: {"name": "Arman Suleimenov", "tz": "Asia/Almaty", "mua": "gmail", "sig": "Arman Suleimenov\nCTO, Altyn Pay LLP\n+7 701 455 90 17"},
    FATIMA: {"name": "Fatima Al Zaabi", "tz": "Asia/Dubai", "mua": "outlook", "sig": "Fatima Al Zaabi\nHR Officer | Desert Falcon Exchange LLC\nT: +971 4 355 7133"},
    NEWS2: {"name": "GulfSec Weekly", "tz": "Asia/Dubai", "mua": "plain", "sig": ""},
    NEWS: {"name": "SecMedia Дайджест", "tz": "Europe/Moscow", "mua": "plain", "sig": ""},
    OOO_DISTR: {"name": "Васин Константин", "tz": "Europe/Moscow", "mua": "outlook", "sig": ""},
    COLD: {"name": "Jake Morrow", "tz": "Europe/London", "mua": "gmail", "sig": "Jake Morrow | Growth Partner | LeadForge Data\n+44 20 3807 1142"},
    COLD2: {"name": "Wei Lin", "tz": "Asia/Singapore", "mua": "outlook", "sig": "Wei Lin\nChannel Partnerships, WAFCloud Asia"},
    THANKS: {"name": "KZ Fintech Week", "tz": "Asia/Almaty", "mua": "plain", "sig": "KZ Fintech Week team"},
})

SOLE_TRADERS = [TIMUR]

CLIENTS_HEADER = ["client", "domains", "owner", "segment", "phones"]
CLIENTS = [
    ["АО «Северный Кредит Банк»", "sevkredit.ru", DL, "bank", "+7 495 730-41-00"],
    ["Altyn Pay LLP", "altynpay.kz", AIG, "fintech", "+7 727 390 12 40; +7 701 880 45 12"],
    ["АО «Жетысу Банк»", "jetisubank.kz", AIG, "bank", "+7 727 330-15-00"],
    ["ООО «ТД Полка»", "polka-retail.ru", RS, "retail", "8 (495) 981-33-70"],
    ["Sahab Payments FZ-LLC", "sahabpay.ae", DL, "fintech", ""],
    ["JSC Mtkvari Bank", "mtkvaribank.ge", AIG, "bank", "+995 32 224 17 00"],
    ["ООО МФК «МаниФлоу»", "moneyflow.ru", RS, "fintech", ""],
    ["Al Noor Hypermarkets LLC", "alnoor-hm.ae", DL, "retail", ""],
    ["ТОО «Dala Market»", "dalamarket.kz", AIG, "retail", ""],
    ["АО «Волжский Промбанк»", "volgaprombank.ru", RS, "bank", "+7 846 270-33-00"],
    ["ООО МКК «КредитЛайн»", "creditline-mfo.ru", RS, "fintech", "+7 495 118-62-30"],
    ["Batumi Pay LLC", "batumipay.ge", AIG, "fintech", ""],
    ["ПАО «Уралтрансбанк»", "uraltransbank.ru", DL, "bank", ""],
    ["Desert Falcon Exchange LLC", "dfexchange.ae", RS, "fintech", "+971 4 355 7100"],
]
CLIENT_OF_DOMAIN = {row[1]: row[0] for row in CLIENTS}


def client_address_set():
    out = set(SOLE_TRADERS)
    for a in PEOPLE:
        if a.split("@")[1] in CLIENT_OF_DOMAIN:
            out.add(a)
    return out


PLANS_HEADER = ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"]
PLANS = [
    ["2026-11", "company", "", "", "all", "amount", "30000000", "RUB"],
    ["2026-12", "company", "", "", "all", "amount", "55000000", "RUB"],
    ["2026-11", "manager", "", AIG, "all", "amount", "9000000", "RUB"],
    ["2026-11", "manager", "", DL, "all", "amount", "12000000", "RUB"],
    ["2026-11", "manager", "", RS, "all", "amount", "9000000", "RUB"],
    ["2026-12", "manager", "", AIG, "all", "amount", "12000000", "RUB"],
    ["2026-12", "manager", "", DL, "all", "amount", "28000000", "RUB"],
    ["2026-12", "manager", "", RS, "all", "amount", "15000000", "RUB"],
    ["2026-Q4", "manager", "", DL, "siem", "amount", "30000000", "RUB"],
]

SALES_HEADER = ["external_id", "date", "manager", "product", "client", "amount", "currency"]
SALES = [
    ["SC-2026-0917", "18.09.2026", AIG, "pentest", "JSC Mtkvari Bank", "38000.00", "USD"],
    ["SC-2026-1103", "03.11.2026 16:40", AIG, "soc", "Altyn Pay LLP", "57600.00", "USD"],
    ["SC-2026-1124", "24.11.2026", RS, "phish", "Desert Falcon Exchange LLC", "96500.00", "AED"],
]

CALLS_HEADER = ["Call started", "In/Out", "Line", "Remote party", "Talk (sec)", "Disposition", "Memo", "CDR ID"]
CALLS = []


def CALL(time, d, ext, phone, secs, disp, memo, manager, client):
    """One row of the PBX export (manager/client: the truth for this row, or None)."""
    CALLS.append({"row": [time, d, ext, phone, str(secs), disp, memo, "cdr-%05d" % (41000 + len(CALLS) * 7)],
                  "manager": manager, "client": client})
    return len(CALLS) + 1   # the row as a spreadsheet numbers it


# ------------------------------------------------------------------ helpers
MESSAGES = []
BY_KEY = {}
AGREED = []
COMPLAINTS = []
EVENTS = []


def M(key, date, frm, to, subject, body, cc=(), reply=None, quote=None, quote_of=None, no_irt=False,
      attach=(), headers=None, sig=None, need=None, ans=None):
    assert key not in BY_KEY, key
    m = {"key": key, "date": date, "frm": frm, "to": list(to), "cc": list(cc), "subject": subject,
         "body": body, "reply": reply, "quote": quote, "quote_of": quote_of, "no_irt": no_irt,
         "attach": list(attach), "headers": headers or {}, "sig": sig, "need": need, "ans": ans}
    MESSAGES.append(m)
    BY_KEY[key] = m
    return key


def P(key, side, quote, due, status, who=None):
    AGREED.append({"key": key, "side": side, "who": who or BY_KEY[key]["frm"], "quote": quote,
                   "due": due, "status": status})


def COMPLAINT(key, manager, about_us):
    COMPLAINTS.append({"key": key, "manager": manager, "about_us": about_us})


def EV(uid, stamp, start, end, organizer, attendees, summary, location="", description="", status="CONFIRMED"):
    EVENTS.append({"uid": uid, "stamp": stamp, "start": start, "end": end, "organizer": organizer,
                   "attendees": list(attendees), "summary": summary, "location": location,
                   "description": description, "status": status})
    return uid


def ANS(key, ans):
    """Set the answer of an inbound message once the reply exists."""
    BY_KEY[key]["ans"] = ans


# ======================================================================
# 1. АО «Северный Кредит Банк» — CISO Мельников, long technical letters.
#    SIEM: workshop -> ТКП v1 -> v2 after haggling -> contract draft -> redline ->
#    scope change -> ТКП v3 (moved back to proposal). Phishing training: second product.
# ======================================================================
M("sk01", "2026-10-01 09:40", MELNIKOV, [DL], "Замена SIEM в 2026-2027 гг. — запрос на воркшоп",
  """Дмитрий, добрый день.

Как и обсуждали на конференции в сентябре, возвращаюсь к теме замены SIEM. Кратко обрисую ситуацию, чтобы вы пришли на встречу подготовленными.

1. Текущая SIEM-система (зарубежная, лицензии куплены в 2021 г.) снята с поддержки, обновления правил корреляции не получаем с весны 2022 г. Держим её на ручных правилах, которые пишут два моих инженера, и это, мягко говоря, не масштабируется.
2. Источники: два ЦОДа (Москва, Химки), около 1 100 серверов (Windows ~60%, Linux ~40%, включая Astra Linux в АБС-контуре), AD на 2 леса, периметр — два кластера МСЭ, прокси, почта Exchange 2019, АБС ЦФТ, ДБО. Средний поток, по нашим оценкам, 3 500–4 000 EPS, пиковый в конце месяца выше.
3. Регуляторика: ГОСТ Р 57580.1 (усиленный уровень), 683-П, 719-П. В следующем году у нас плановая оценка соответствия, и аудитор будет смотреть процессы мониторинга (МС-группы) очень внимательно.
4. Требования: отечественное решение из реестра Минцифры, сертификат ФСТЭК, отказоустойчивая схема между ЦОДами, хранение сырых событий не менее 1 года онлайн, интеграция с нашей IRP (самописная, есть REST API).

Предлагаю провести воркшоп у нас, 2 часа, с вашим архитектором. Удобно 6 или 7 октября во второй половине дня или 6-го утром. Со стороны банка буду я, руководитель группы мониторинга и архитектор ИТ-инфраструктуры.

Прошу также заранее прислать перечень вопросов/опросник по источникам, чтобы мы не тратили время воркшопа на сбор цифр.""",
  cc=[HEAD], need=True, ans="sk02")
M("sk02", "2026-10-01 14:10", DL, [MELNIKOV], "RE: Замена SIEM в 2026-2027 гг. — запрос на воркшоп",
  """Игорь Станиславович, добрый день!

Спасибо за подробное описание, это экономит нам неделю.
Предлагаю 6 октября, 11:00–13:00, у вас. С нашей стороны буду я и архитектор Максим Ефремов (он вёл внедрение в двух банках с АБС ЦФТ). Вадим Корнеев тоже постарается подключиться.

Пришлю опросник по источникам сегодня до конца дня. Там около 40 позиций; если по какой-то части нет точных цифр — пишите оценку, на воркшопе уточним.

Пару вопросов сразу, чтобы подумать заранее:
- Astra Linux в АБС-контуре — какая версия, 1.7 или уже 1.8? От этого зависит агент сбора.
- IRP — REST API с аутентификацией по токену или через mTLS?""",
  reply="sk01", quote="outlook_ru", cc=[HEAD])
P("sk02", "manager", "Пришлю опросник по источникам сегодня до конца дня.", "2026-10-01", "kept")
M("sk03", "2026-10-01 18:25", DL, [MELNIKOV], "RE: Замена SIEM в 2026-2027 гг. — запрос на воркшоп",
  """Игорь Станиславович, опросник во вложении, как обещал.
Встречу 6 октября в 11:00 отправил приглашением.""",
  reply="sk02", attach=["Опросник_SIEM_источники_СКБ.xlsx"])
EV("sk-ws-1006@strazh-cyber.ru", "2026-10-01 18:20", "2026-10-06 11:00", "2026-10-06 13:00", DL, [MELNIKOV, HEAD],
   "СКБ: воркшоп по SIEM (источники, архитектура, отказоустойчивость)",
   "АО «Северный Кредит Банк», Москва, Садовническая ул., 14, переговорная 5.12",
   "Повестка: источники и EPS, схема между ЦОДами, хранение, интеграция с IRP.")
M("sk04", "2026-10-07 10:05", MELNIKOV, [DL], "RE: Замена SIEM в 2026-2027 гг. — запрос на воркшоп",
  """Дмитрий, добрый день.

Спасибо за вчерашний воркшоп, коллеги остались довольны, особенно разбором схемы с двумя коллекторами на ЦОД. Заполненный опросник во вложении. Ключевые цифры, которые изменились по сравнению с моим первым письмом:

— по итогам подсчёта с группой мониторинга средний поток ближе к 4 200 EPS, пиковый в конце месяца (закрытие опердня) — до 5 200 EPS;
— серверов 1 140, плюс ~2 300 рабочих станций (их логи хотим собирать во второй очереди, в 2027 г.);
— Astra Linux 1.7.5, переход на 1.8 не раньше III квартала 2027 г.;
— IRP: REST, токен, доступ только из сегмента управления.

По деньгам скажу прямо, чтобы не было иллюзий: бюджет на проект в 2026–2027 гг. — не более 40 млн руб. с НДС, включая лицензии, внедрение и первый год техподдержки. Если выйдет больше, проект придётся резать по очередям.

Просьба направить ТКП до 16 октября, у нас 20-го бюджетный комитет, и я хочу внести туда конкретную цифру, а не «оценку по аналогии».""",
  reply="sk03", quote="outlook_ru", attach=["Опросник_SIEM_СКБ_заполнен.xlsx"], need=True, ans="sk05")
M("sk05", "2026-10-07 12:40", DL, [MELNIKOV], "RE: Замена SIEM в 2026-2027 гг. — запрос на воркшоп",
  """Игорь Станиславович, спасибо, цифры получили.
ТКП направлю до 15 октября включительно — с запасом до вашего комитета.""",
  reply="sk04", quote="outlook_ru")
P("sk05", "manager", "ТКП направлю до 15 октября включительно — с запасом до вашего комитета.", "2026-10-15", "kept")
M("sk06", "2026-10-14 17:50", DL, [MELNIKOV], "ТКП: внедрение SIEM для АО «Северный Кредит Банк»",
  """Игорь Станиславович, добрый вечер.

Направляю ТКП на внедрение SIEM (вложение). Коротко:
- лицензии на 5 500 EPS (с запасом под пики закрытия опердня), отказоустойчивая схема: по 2 коллектора в каждом ЦОДе, горячее хранение 13 месяцев;
- внедрение: 14 недель, 3 этапа, подключение 46 типов источников, 120 правил корреляции из нашей библиотеки под 57580 + адаптация под ваш ландшафт;
- интеграция с IRP через REST;
- техподдержка 1-го года 8x5, опция 24x7.

Итого: 34 800 000 руб. с НДС. Из них лицензии — 21,6 млн, работы — 10,1 млн, поддержка — 3,1 млн.

Срок действия предложения — до 31 декабря 2026 г. Готов разобрать по строкам в любой удобный день.""",
  cc=[HEAD], attach=["ТКП_SIEM_СКБ_v1.pdf"])
M("sk07", "2026-10-16 11:20", MELNIKOV, [DL], "RE: ТКП: внедрение SIEM для АО «Северный Кредит Банк»",
  """Дмитрий, получил, спасибо.

По существу: в 40 млн формально влезаем, но комитет задаст вопрос, почему лицензии на 5 500 EPS, если средний поток 4 200. Прошу подготовить вариант с лицензированием 4 500 EPS с возможностью докупки, и посмотреть, что можно сделать по стоимости работ — 10 млн за 14 недель для нас дорого, мы часть источников (Windows, AD) готовы подключать силами своей группы под вашим контролем.

И отдельный вопрос, не связанный с SIEM. После весеннего инцидента (сотрудник ДБО открыл вложение из «налоговой») правление требует программу обучения персонала: фишинговые рассылки, курсы, отчётность для СВА. Нас примерно 1 500 человек. Вы же это делаете? Если да, пришлите, пожалуйста, отдельное КП.""",
  reply="sk06", quote="outlook_ru", need=True, ans="sk08")
M("sk08", "2026-10-19 15:30", DL, [MELNIKOV], "КП: обучение персонала и фишинг-симуляции (1 500 сотрудников)",
  """Игорь Станиславович, добрый день.

Как обещал, отдельное КП по обучению персонала — во вложении. Суть:
- платформа фишинг-симуляций (облако в РФ или on-prem), 12 кампаний в год, шаблоны под банковскую специфику (ЦБ, ФНС, «служба безопасности банка»);
- 8 интерактивных курсов, тестирование, отчёты для СВА и для аудитора 57580;
- стоимость: 1 150 руб. за пользователя в год, на 1 500 пользователей — 1 725 000 руб. с НДС.

По SIEM (вариант 4 500 EPS и частичное подключение вашими силами) пересчёт пришлю отдельным письмом до конца недели.""",
  attach=["КП_фишинг_СКБ.pdf"])
P("sk08", "manager", "По SIEM (вариант 4 500 EPS и частичное подключение вашими силами) пересчёт пришлю отдельным письмом до конца недели.", "2026-10-23", "broken")
M("sk09", "2026-10-22 09:15", MELNIKOV, [DL], "RE: ТКП: внедрение SIEM для АО «Северный Кредит Банк»",
  """Дмитрий, доброе утро.

Комитет перенесли на 27-е, так что время есть, но хотелось бы уже видеть второй вариант. Также, коллеги из закупок просят сразу указать в ТКП: условия оплаты (аванс не более 30%), гарантийный срок на работы, и что лицензии в реестре отечественного ПО с номером записи.

И уточните, пожалуйста, возможна ли скидка на лицензии при подписании до конца года — нам это важно, бюджет 2026 года «сгорает».""",
  reply="sk07", no_irt=True, need=True, ans="sk10")
M("sk10", "2026-10-26 13:05", DL, [MELNIKOV], "RE: ТКП: внедрение SIEM для АО «Северный Кредит Банк»",
  """Игорь Станиславович, добрый день.

Прошу прощения за задержку со вторым вариантом — ждали подтверждения скидки от вендора. Во вложении ТКП v2:
- лицензии на 4 500 EPS с правом докупки по фиксированной цене до конца 2027 г.;
- подключение Windows/AD — силами вашей группы под нашим методическим контролем (минус 2,4 млн по работам);
- скидка вендора 8% на лицензии при подписании договора до 25 декабря 2026 г.;
- аванс 30%, гарантия на работы 12 месяцев, номер записи в реестре — в п. 2.1.

Итого: 31 200 000 руб. с НДС.""",
  reply="sk09", quote="outlook_ru", cc=[HEAD], attach=["ТКП_SIEM_СКБ_v2.pdf"])
M("sk11", "2026-10-28 16:45", MELNIKOV, [DL], "RE: ТКП: внедрение SIEM для АО «Северный Кредит Банк»",
  """Дмитрий, комитет ТКП v2 в целом одобрил. Направляйте проект договора, к согласованию подключится отдел закупок (zakupki@sevkredit.ru). Очень прошу без «рыбы» — с заполненной спецификацией и графиком работ.""",
  reply="sk10", quote="outlook_ru", need=True, ans="sk12")
M("sk12", "2026-10-30 12:20", DL, [MELNIKOV], "Проект договора на внедрение SIEM — АО «Северный Кредит Банк»",
  """Игорь Станиславович, коллеги, добрый день.

Направляю проект договора с заполненной спецификацией (Приложение 1) и календарным планом (Приложение 2). Сумма — 31 200 000 руб. с НДС, по ТКП v2.
Будем благодарны за протокол разногласий, если он будет.""",
  cc=[SK_PROC, HEAD], attach=["Договор_SIEM_СКБ_проект.docx", "Приложение1_Спецификация.xlsx"])
M("sk13", "2026-11-06 14:30", SK_PROC, [DL], "RE: Проект договора на внедрение SIEM — АО «Северный Кредит Банк»",
  """Дмитрий, добрый день.

Направляем протокол разногласий к проекту договора. Основные пункты: ответственность исполнителя (п. 7.3) — просим увеличить до 100% стоимости этапа, порядок приёмки (п. 5.2) — 15 рабочих дней вместо 5, подсудность — Арбитражный суд г. Москвы.
Просим рассмотреть и дать ответ до 13.11.""",
  reply="sk12", quote="outlook_ru", cc=[MELNIKOV], attach=["Протокол_разногласий_СКБ_SIEM.docx"], need=True, ans="sk14")
M("sk14", "2026-11-09 10:10", DL, [SK_PROC], "RE: Проект договора на внедрение SIEM — АО «Северный Кредит Банк»",
  """Коллеги, добрый день. Протокол получили, юристы смотрят. По п. 5.2 и подсудности возражений нет. По п. 7.3 предлагаю обсудить очно — 17 ноября в 15:00 у вас, приглашение отправлю.""",
  reply="sk13", quote="outlook_ru", cc=[MELNIKOV])
M("sk15", "2026-11-11 19:40", MELNIKOV, [DL], "СКБ: изменение объёма проекта SIEM (UEBA, третья площадка)",
  """Дмитрий, добрый вечер.

Плохие новости и новости похуже, по порядку.

Первое — не про вас. Наш поставщик серверного оборудования в очередной раз сдвинул поставку серверов под коллекторы в Химки на январь: «логистика, санкционные компоненты», третий перенос за полгода. Честно говоря, я уже устал от этих людей, но альтернативы в наших сроках нет. Значит, второй ЦОД раньше февраля не поднимем.

Второе — вас касается напрямую. Вчера правление утвердило присоединение екатеринбургского филиала (бывший «Уралкоопбанк», ~180 серверов, своя АБС) к контуру мониторинга в рамках этого же проекта и попросило добавить модуль UEBA — служба безопасности хочет поведенческую аналитику по сотрудникам с доступом к АБС.

Поэтому договор в текущей редакции подписывать нельзя: меняется спецификация, лицензии и календарный план. Прошу пересобрать ТКП с учётом третьей площадки и UEBA. Встречу 17-го оставляем, но давайте на ней говорить уже про новый объём, а не про п. 7.3.""",
  cc=[HEAD], need=True, ans="sk16")
COMPLAINT("sk15", DL, False)
M("sk16", "2026-11-12 09:20", DL, [MELNIKOV], "RE: СКБ: изменение объёма проекта SIEM (UEBA, третья площадка)",
  """Игорь Станиславович, доброе утро.

Понял, договор ставим на паузу. С поставщиком серверов сочувствую — на этапе 1 мы можем временно поднять оба коллектора в московском ЦОДе, чтобы не терять время, на встрече покажу схему.
Пересоберём ТКП с UEBA и третьей площадкой. Направлю ТКП v3 до 25 ноября — раньше не успеем, нужна квота от вендора на UEBA.""",
  reply="sk15", quote="outlook_ru", cc=[HEAD])
P("sk16", "manager", "Направлю ТКП v3 до 25 ноября — раньше не успеем, нужна квота от вендора на UEBA.", "2026-11-25", "kept")
CALL("2026-11-12 16:00", "вх.", "212", "+7 985 114-62-09", 1262, "ANSWERED",
     "Мельников: UEBA и Екатеринбург, договор на паузе, ТКП v3 к 25.11", DL, "АО «Северный Кредит Банк»")
EV("sk-mtg-1117@strazh-cyber.ru", "2026-11-09 10:12", "2026-11-17 15:00", "2026-11-17 16:30", DL, [MELNIKOV, SK_PROC, HEAD],
   "СКБ: договор SIEM и новый объём (UEBA, Екатеринбург)", "АО «Северный Кредит Банк», Садовническая ул., 14")
M("sk17", "2026-11-25 18:10", DL, [MELNIKOV], "ТКП v3: SIEM + UEBA, три площадки — АО «Северный Кредит Банк»",
  """Игорь Станиславович, добрый вечер.

Как договаривались 17-го, ТКП v3 во вложении:
- лицензии SIEM на 5 200 EPS (4 500 + 700 под Екатеринбург), UEBA на 400 привилегированных пользователей АБС;
- этап 1 — Москва (оба коллектора временно в основном ЦОДе), этап 2 — Химки после поставки ваших серверов, этап 3 — Екатеринбург;
- подключение Windows/AD — по-прежнему вашими силами;
- скидка вендора 8% сохраняется при подписании до 25 декабря.

Итого: 38 400 000 руб. с НДС — в ваш потолок 40 млн укладываемся.
После согласования ТКП обновим проект договора, протокол разногласий по п. 5.2 и подсудности учтём.""",
  cc=[HEAD], attach=["ТКП_SIEM_СКБ_v3.pdf"])
M("sk18", "2026-11-26 10:30", MELNIKOV, [DL], "RE: ТКП v3: SIEM + UEBA, три площадки — АО «Северный Кредит Банк»",
  """Дмитрий, получил, спасибо, что уложились в срок.
Вынесу на ИТ-комитет 9 декабря. Давайте созвонимся 10 декабря, после комитета, и сверим позиции. Цель прежняя — подписать до конца года.""",
  reply="sk17", quote="outlook_ru", need=True, ans="sk19")
P("sk18", "client", "Вынесу на ИТ-комитет 9 декабря.", "2026-12-09", "open", who=MELNIKOV)
M("sk19", "2026-11-26 11:05", DL, [MELNIKOV], "RE: ТКП v3: SIEM + UEBA, три площадки — АО «Северный Кредит Банк»",
  """Договорились, 10 декабря в 11:00 наберу вас.""",
  reply="sk18", quote="outlook_ru")
P("sk19", "manager", "Договорились, 10 декабря в 11:00 наберу вас.", "2026-12-10", "open")

# phishing training with the same bank (second product)
M("sk20", "2026-11-03 12:15", MELNIKOV, [DL], "RE: КП: обучение персонала и фишинг-симуляции (1 500 сотрудников)",
  """Дмитрий, по обучению. Содержательно подходит, но 1 150 руб. за пользователя — дорого, коллеги из банка-соседа по рейтингу платят порядка 900. Сможете 950?""",
  reply="sk08", quote="outlook_ru", need=True, ans="sk21")
M("sk21", "2026-11-05 16:00", DL, [MELNIKOV], "RE: КП: обучение персонала и фишинг-симуляции (1 500 сотрудников)",
  """Игорь Станиславович, 950 не сможем — у соседа, скорее всего, коробка без банковских сценариев и без отчётности для аудитора.
Можем 1 035 руб. за пользователя (–10%), при подписании до 15 декабря. Это финальная цена, согласовано с руководством.""",
  reply="sk20", quote="outlook_ru", cc=[HEAD])
M("sk22", "2026-11-20 13:40", MELNIKOV, [DL], "RE: КП: обучение персонала и фишинг-симуляции (1 500 сотрудников)",
  """Дмитрий, предварительно ок на 1 035. Но пользователей будет больше: с 1 декабря приходят стажёры, итого 1 600 × 1 035 = 1 656 000 руб.
Пришлите, пожалуйста, финальный расчёт на 1 600 пользователей и график оплаты (поквартально). Подпишем до 15 декабря, чтобы цена сохранилась.""",
  reply="sk21", quote="outlook_ru", need=True, ans="sk23")
M("sk23", "2026-11-23 10:25", DL, [MELNIKOV], "RE: КП: обучение персонала и фишинг-симуляции (1 500 сотрудников)",
  """Игорь Станиславович, принято. Пришлю финальный расчёт и график оплаты до среды 2 декабря — поквартальную схему нужно согласовать с бухгалтерией.""",
  reply="sk22", quote="outlook_ru")
P("sk22", "client", "Подпишем до 15 декабря, чтобы цена сохранилась.", "2026-12-15", "open", who=MELNIKOV)
P("sk23", "manager", "Пришлю финальный расчёт и график оплаты до среды 2 декабря — поквартальную схему нужно согласовать с бухгалтерией.", "2026-12-02", "open")

# ======================================================================
# 2. Altyn Pay — fintech founder writes two lines from his phone. SOC. Won.
# ======================================================================
M("ap01", "2026-10-02 08:12", YERZHAN, [AIG], "SOC",
  """Aigerim hi, saw your talk at KZ Fintech Week. We need SOC 24/7 for processing, NBK audit in Q1. Can we talk next week?""",
  need=True, ans="ap02")
M("ap02", "2026-10-02 09:30", AIG, [YERZHAN], "RE: SOC",
  """Dear Yerzhan,

Thank you for reaching out, glad the talk was useful!
Let me propose a short Teams demo of our SOC on Thursday, 8 October, 14:00 Almaty time — I will show the dashboards, the NBK reporting pack and how onboarding of sources works. Invitation is on its way.

To prepare, could you share roughly how many servers and cloud/k8s environments you have?""",
  reply="ap01", quote="outlook_en")
EV("ap-demo-1008@strazh-cyber.ru", "2026-10-02 09:31", "2026-10-08 12:00", "2026-10-08 13:00", AIG, [YERZHAN, DL],
   "Altyn Pay: SOC demo (Teams)", "Microsoft Teams", "Demo SOC-as-a-service, NBK reporting pack")
M("ap03", "2026-10-09 06:05", YERZHAN, [AIG], "Re: SOC",
  """good demo. ~120 servers, 2 k8s clusters, all in Almaty DC. send price pls""",
  reply="ap02", quote="iphone", need=True, ans="ap04")
M("ap04", "2026-10-12 10:40", AIG, [YERZHAN], "Altyn Pay — SOC-as-a-service proposal",
  """Dear Yerzhan,

Please find attached our proposal for SOC-as-a-service for Altyn Pay:
- 24/7 monitoring and incident response for up to 150 servers + 2 Kubernetes clusters;
- onboarding 4 weeks, NBK reporting pack included;
- USD 5,600 per month, 12 months commitment.

Happy to walk you through it on a call.""",
  attach=["Proposal_SOC_AltynPay_v1.pdf"])
M("ap05", "2026-10-13 14:20", YERZHAN, [AIG], "Re: Altyn Pay — SOC-as-a-service proposal",
  """too much for us. 4500 max. can you?""",
  reply="ap04", quote="iphone", need=True, ans=None)
c_ap = CALL("2026-10-13 17:02", "исх.", "211", "+7 701 880 45 12", 664, "ANSWERED",
            "Ержан: торг по SOC, 4500 потолок. Сказала, что пересчитаю на 4800 с 12 мес.", AIG, "Altyn Pay LLP")
ANS("ap05", c_ap)
M("ap06", "2026-10-15 08:50", AIG, [YERZHAN], "RE: Altyn Pay — SOC-as-a-service proposal",
  """Yerzhan, as discussed on the phone — updated proposal attached (Proposal_SOC_v2.pdf):
USD 4,800 per month with 12 months commitment, onboarding included, same scope.
This is the best we can do with 24/7 response.""",
  reply="ap05", quote="outlook_en", attach=["Proposal_SOC_v2.pdf"])
M("ap07", "2026-10-16 05:55", YERZHAN, [AIG], "Re: Altyn Pay — SOC-as-a-service proposal",
  """ok deal. send contract""",
  reply="ap06", quote="iphone", need=True, ans="ap08")
M("ap08", "2026-10-20 11:15", AIG, [YERZHAN], "Altyn Pay — MSA and Order Form (draft)",
  """Dear Yerzhan,

Attached are the draft MSA and the Order Form for SOC-as-a-service (USD 4,800/month, 12 months, start of onboarding on 9 November).
Your lawyers are welcome to send comments in track changes.""",
  attach=["MSA_Strazh_AltynPay_draft.docx", "OrderForm_SOC_AltynPay.pdf"])
M("ap09", "2026-10-29 07:30", YERZHAN, [AIG], "Re: Altyn Pay — MSA and Order Form (draft)",
  """lawyers ok with everything. sign tue 3 nov at our office?""",
  reply="ap08", quote="iphone", need=True, ans="ap10")
M("ap10", "2026-10-29 08:05", AIG, [YERZHAN], "RE: Altyn Pay — MSA and Order Form (draft)",
  """Great news, Yerzhan! Yes, on 3 November at 16:00 I will come to your office with the copies already signed from our side.""",
  reply="ap09", quote="outlook_en")
P("ap10", "manager", "Yes, on 3 November at 16:00 I will come to your office with the copies already signed from our side.", "2026-11-03", "kept")
EV("ap-sign-1103@strazh-cyber.ru", "2026-10-29 08:06", "2026-11-03 14:00", "2026-11-03 15:00", AIG, [YERZHAN],
   "Altyn Pay: подписание MSA (SOC)", "Altyn Pay, Алматы, пр. Аль-Фараби 77/7, БЦ Esentai Tower, 18 этаж")
M("ap11", "2026-11-04 06:45", AIG, [YERZHAN], "Altyn Pay — signed MSA and first invoice",
  """Dear Yerzhan,

Thank you for yesterday — the MSA and Order Form are signed by both sides, scans attached. The first invoice (November) is attached too.
Onboarding kick-off is on Monday, 9 November; our SOC lead will send the connection checklist to your CTO today.""",
  cc=[ALTYN_FIN], attach=["MSA_AltynPay_signed.pdf", "Invoice_SC-2026-1103.pdf"])
M("ap12", "2026-11-05 05:20", ALTYN_FIN, [AIG], "Re: Altyn Pay — signed MSA and first invoice",
  """Hi Aigerim, thank you, invoice received, payment is scheduled.""",
  reply="ap11", quote="gmail_en", need=False, ans=None)
M("ap13", "2026-11-18 09:10", YERZHAN, [AIG], "kafka + vault",
  """cto says kafka audit and vault still not connected. whats up?""",
  need=True, ans="ap14")
M("ap14", "2026-11-18 09:55", AIG, [YERZHAN], "RE: kafka + vault",
  """Yerzhan, checked with our SOC team: both sources need a service account on your side, the request went to your CTO on 12 November. As soon as he creates it, the two sources (Kafka audit and Vault) will be connected by Friday 20 November.""",
  reply="ap13", quote="outlook_en", cc=[DL])
P("ap14", "manager", "As soon as he creates it, the two sources (Kafka audit and Vault) will be connected by Friday 20 November.", "2026-11-20", "kept")
M("ap15", "2026-11-20 12:30", AIG, [YERZHAN], "RE: kafka + vault",
  """Yerzhan, both sources are live since this morning, first alerts from Vault already in your dashboard.""",
  reply="ap14", quote="outlook_en")
M("ap16", "2026-11-20 13:02", YERZHAN, [AIG], "Re: kafka + vault",
  """👍 thanks""",
  reply="ap15", quote="iphone", need=False, ans=None)
M("ap17", "2026-11-25 07:40", YERZHAN, [AIG], "NBK template",
  """aigerim can u send the NBK monthly report template? auditors asking""",
  need=True, ans=None)

# ======================================================================
# 3. АО «Жетысу Банк» — procurement officer speaks only in tender terms. Pentest. Lost to a competitor.
# ======================================================================
M("jb01", "2026-10-05 07:15", SALTANAT, [AIG], "Запрос ценовых предложений № ЗЦП-2026/118 (тестирование на проникновение)",
  """Уважаемые господа!

АО «Жетысу Банк» (далее — Заказчик) уведомляет о проведении закупа услуг по тестированию на проникновение (внешний и внутренний периметр, веб-приложения ДБО) способом запроса ценовых предложений, лот № ЗЦП-2026/118.

Просим подтвердить участие в срок до 09.10.2026 включительно и представить ценовое предложение по форме Приложения 2 к Извещению не позднее 19.10.2026 18:00 (время г. Алматы).
Техническая спецификация, проект договора и квалификационные требования — во вложении. Разъяснения по содержанию документации предоставляются по письменному запросу потенциального поставщика не позднее чем за 5 (пять) рабочих дней до окончания срока приёма ценовых предложений.""",
  attach=["Извещение_ЗЦП-2026-118.pdf", "Техспецификация_пентест.pdf", "Проект_договора_ЗЦП-2026-118.docx"],
  need=True, ans="jb02")
M("jb02", "2026-10-06 08:40", AIG, [SALTANAT], "RE: Запрос ценовых предложений № ЗЦП-2026/118 (тестирование на проникновение)",
  """Салтанат Ериковна, добрый день!

ООО «Страж Кибербезопасность» подтверждает участие в закупе по лоту № ЗЦП-2026/118. Ценовое предложение по форме Приложения 2 направим до 19.10.2026.""",
  reply="jb01", quote="outlook_ru")
P("jb02", "manager", "Ценовое предложение по форме Приложения 2 направим до 19.10.2026.", "2026-10-19", "kept")
M("jb03", "2026-10-08 10:20", AIG, [SALTANAT], "Запрос разъяснений — лот № ЗЦП-2026/118",
  """Салтанат Ериковна, добрый день!

Просим разъяснить положения технической спецификации:
1. Входит ли в объём услуг социальная инженерия (фишинговые рассылки сотрудникам)?
2. Допускается ли проведение внутреннего тестирования удалённо через VPN-доступ Заказчика?
3. Срок оказания услуг — 45 календарных или рабочих дней?""")
M("jb04", "2026-10-12 11:05", SALTANAT, [AIG], "RE: Запрос разъяснений — лот № ЗЦП-2026/118",
  """Уважаемая Айгерим!

Разъяснения положений документации по лоту № ЗЦП-2026/118:
1. Социальная инженерия в объём услуг по лоту не входит.
2. Внутреннее тестирование проводится на территории Заказчика; удалённый доступ не предоставляется.
3. Срок оказания услуг — 45 (сорок пять) календарных дней с даты заключения договора.
Разъяснения являются неотъемлемой частью документации и размещены для всех потенциальных поставщиков.""",
  reply="jb03", quote="outlook_ru", need=False, ans=None)
M("jb05", "2026-10-19 12:30", AIG, [SALTANAT], "Ценовое предложение — лот № ЗЦП-2026/118 — ООО «Страж Кибербезопасность»",
  """Салтанат Ериковна, добрый день!

Направляем ценовое предложение по лоту № ЗЦП-2026/118 по форме Приложения 2, а также документы, подтверждающие соответствие квалификационным требованиям.
Цена предложения: 18 500 000 (восемнадцать миллионов пятьсот тысяч) тенге с учётом НДС. Срок оказания услуг — 45 календарных дней.""",
  cc=[HEAD], attach=["Ценовое_предложение_ЗЦП-2026-118.pdf", "Квалификация_Страж.zip"])
M("jb06", "2026-11-16 09:40", SALTANAT, [AIG], "Итоги закупа способом запроса ценовых предложений № ЗЦП-2026/118",
  """Уважаемые потенциальные поставщики!

Уведомляем, что по итогам закупа по лоту № ЗЦП-2026/118 победителем признано ТОО «КиберКорган» с ценой предложения 14 900 000 тенге. Протокол итогов размещён на веб-портале Заказчика.
Благодарим за участие.""",
  need=False, ans=None)
M("jb07", "2026-11-16 10:15", AIG, [SALTANAT], "RE: Итоги закупа способом запроса ценовых предложений № ЗЦП-2026/118",
  """Салтанат Ериковна, спасибо за информацию. Будем рады участвовать в следующих закупках Банка.""",
  reply="jb06", quote="outlook_ru")
M("jb08", "2026-11-16 10:30", AIG, [HEAD], "Жетысу — проиграли ЗЦП",
  """Вадим, привет. Жетысу отдали пентест «КиберКоргану» за 14,9 млн тг — на 20% ниже нас. Это уже второй тендер, где они так демпингуют, подозреваю, что внутренний тест будут делать студентами.
Предлагаю на следующий год не идти в ЗЦП с ценой выше 16 млн, иначе смысла нет. Обсудим на планёрке?""",
  cc=[DL])
M("jb09", "2026-11-16 11:02", HEAD, [AIG], "RE: Жетысу — проиграли ЗЦП",
  """Айгерим, обсудим в понедельник. Жалко, но ок.""",
  reply="jb08", quote="outlook_ru")

# ======================================================================
# 4. JSC Mtkvari Bank (Tbilisi) — existing pentest client; complaint about a late report;
#    then a 2027 proposal, "let's reconnect after the board".
# ======================================================================
M("mt01", "2026-10-09 10:25", NINO, [AIG], "Pentest report - still not received",
  """Dear Aigerim,

I am writing you regarding the final pentest report. It was promised to us for 2 October. Today is already 9 October and we have only the draft where half of findings are without evidence and without CVSS score. I asked twice by phone to your colleague Kirill and both times answer was "tomorrow".

Our auditors from National Bank of Georgia are coming on 19 October and I must show them the report and our remediation plan. Honestly, I expected much more from you, this is not the level we are paying for.

Please escalate this internally and tell me the exact date, not "tomorrow".""",
  cc=[HEAD], need=True, ans="mt02")
COMPLAINT("mt01", AIG, True)
M("mt02", "2026-10-09 11:40", AIG, [NINO], "RE: Pentest report - still not received",
  """Dear Nino,

I am very sorry, you are absolutely right, and there is no excuse for two "tomorrows". I spoke with Kirill Orlov and Vadim just now: the delay is because two findings in the internet banking need re-verification after your hotfix of 1 October, and the team did not tell you this openly.

The final report will be sent by Tuesday 13 October, with evidence and CVSS for every finding. Kirill will also prepare a one-page summary for the NBG auditors.""",
  reply="mt01", quote="outlook_en", cc=[HEAD, ORLOV])
P("mt02", "manager", "The final report will be sent by Tuesday 13 October, with evidence and CVSS for every finding.", "2026-10-13", "kept")
P("mt02", "manager", "Kirill will also prepare a one-page summary for the NBG auditors.", None, "kept")
CALL("2026-10-09 12:20", "исх.", "211", "+995 599 41 28 36", 437, "ANSWERED",
     "Nino: извинилась лично, финальный отчёт до 13.10, саммари для NBG", AIG, "JSC Mtkvari Bank")
M("mt03", "2026-10-09 12:05", ORLOV, [AIG], "RE: Pentest report - still not received",
  """Айгерим, повторная проверка двух находок по ИБ закончится в понедельник, отчёт в понедельник вечером будет у тебя на вычитке. Саммари для аудиторов сделаю. Признаю, надо было сразу Нино написать.""",
  reply="mt02", quote="outlook_ru", cc=[HEAD])
M("mt04", "2026-10-13 16:20", AIG, [NINO], "Mtkvari Bank - final penetration test report",
  """Dear Nino,

As promised, the final report is attached, together with the one-page summary for the NBG auditors. Every finding now has evidence and CVSS 3.1 vector.
Kirill and I suggest a 1-hour debrief on Friday 16 October to go through the critical findings with your team, invitation sent.""",
  cc=[HEAD, ORLOV], attach=["Pentest_Report_MtkvariBank_2026_final.pdf", "Summary_for_NBG.pdf"])
EV("mt-debrief-1016@strazh-cyber.ru", "2026-10-13 16:21", "2026-10-16 12:00", "2026-10-16 13:00", AIG, [NINO, ORLOV],
   "Mtkvari Bank: pentest report debrief", "Microsoft Teams")
M("mt05", "2026-10-14 09:10", NINO, [AIG], "RE: Mtkvari Bank - final penetration test report",
  """Received, thank you. Friday is ok.""",
  reply="mt04", quote="outlook_en", need=False, ans=None)
M("mt06", "2026-11-05 11:30", AIG, [NINO], "Mtkvari Bank - proposal for 2027: annual pentest, retests, red team",
  """Dear Nino,

Following our debrief and your question about next year, please find attached our proposal for 2027:
- annual external and internal penetration test (same scope as 2026 + the new mobile app);
- two retests after remediation;
- optional red team exercise (6 weeks, including social engineering).
Total: USD 42,000 (USD 29,500 without the red team part).

This time we fixed the report deadline in the SOW with a penalty, so you will not have a repeat of October.""",
  cc=[HEAD], attach=["Proposal_Pentest_2027_MtkvariBank.pdf"])
M("mt07", "2026-11-18 13:15", NINO, [AIG], "RE: Mtkvari Bank - proposal for 2027: annual pentest, retests, red team",
  """Dear Aigerim,

Thank you for proposal. Red team part is interesting for us but the price must be discussed on the board level, it is not my budget line. Our board meets on 9 December, so let's reconnect on 10 December.

Also, I gave your contact to Levan from Batumi Pay, small company but good guys.""",
  reply="mt06", quote="outlook_en", need=True, ans="mt08")
M("mt08", "2026-11-18 14:00", AIG, [NINO], "RE: Mtkvari Bank - proposal for 2027: annual pentest, retests, red team",
  """Nino, noted, thank you — and thank you for the recommendation! I will call you on 10 December.""",
  reply="mt07", quote="outlook_en")
P("mt08", "manager", "I will call you on 10 December.", "2026-12-10", "open")

# ======================================================================
# 5. ТОО «Dala Market» — retailer, phishing training; frozen until the 2027 budget.
# ======================================================================
M("dm01", "2026-10-14 06:50", ASKAR, [AIG], "staff phishing training",
  """Salemetsiz be, Aigerim!

We need phishing awareness training for our staff, around 800 employees (stores + head office + 2 warehouses). After the story with fake email from "supplier" (our accounting almost paid invoice for 12 mln tenge) management asked to do something urgently.
Can you show the platform? Important point, we need Kazakh language, half of store staff is working in Kazakh.""",
  need=True, ans="dm02")
M("dm02", "2026-10-15 07:35", AIG, [ASKAR], "RE: staff phishing training",
  """Askar, salemetsiz be!

Yes, the platform supports Kazakh and Russian, the phishing templates too. Let me show it on Tuesday 27 October, 11:00 Almaty time, in Teams — the invitation is sent.""",
  reply="dm01", quote="outlook_en")
EV("dm-demo-1027@strazh-cyber.ru", "2026-10-15 07:36", "2026-10-27 09:00", "2026-10-27 10:00", AIG, [ASKAR],
   "Dala Market: phishing simulation platform demo", "Microsoft Teams")
M("dm03", "2026-10-29 08:10", AIG, [ASKAR], "Proposal: staff phishing training for Dala Market",
  """Dear Askar,

Thank you for the good questions at the demo. Our proposal is attached:
- 800 users, Kazakh and Russian interface and courses;
- 10 phishing campaigns per year, including "supplier invoice", "Kaspi" and "tax office" scenarios;
- price: 6,000 tenge per user per year, total 4,800,000 tenge.
The proposal is valid until 31 December.""",
  attach=["Proposal_Phishing_DalaMarket.pdf"])
M("dm04", "2026-11-09 09:25", ASKAR, [AIG], "Re: Proposal: staff phishing training for Dala Market",
  """Aigerim hello. Still silence from management, our CFO is on vacation till 16th. I will remind them next week.""",
  reply="dm03", quote="mailru", need=False, ans=None)
P("dm04", "client", "I will remind them next week.", None, "kept", who=ASKAR)
c_dm = CALL("2026-11-09 12:40", "исх.", "211", "+7 777 418 20 63", 241, "ANSWERED",
            "Аскар: финдир в отпуске, решение после 16.11", AIG, "ТОО «Dala Market»")
M("dm05", "2026-11-19 10:05", ASKAR, [AIG], "Re: Proposal: staff phishing training for Dala Market",
  """Aigerim, news is not so good. Budget 2026 is closed, project is moved to next year. We will come back to this question after budget approval, approximately 20 January. Will the proposal be valid in January or prices will change?""",
  reply="dm04", quote="mailru", need=True, ans="dm06")
M("dm06", "2026-11-20 07:40", AIG, [ASKAR], "RE: Proposal: staff phishing training for Dala Market",
  """Askar, a pity, but I understand. We will keep the proposal valid until 31 January 2027 at the current price. I will write to you on 20 January.""",
  reply="dm05", quote="outlook_en")
P("dm06", "manager", "I will write to you on 20 January.", "2027-01-20", "open")

# ======================================================================
# 6. Batumi Pay — first contact only (lead).
# ======================================================================
M("bp01", "2026-11-24 12:10", LEVAN, [AIG], "SOC for a small PSP?",
  """Hi Aigerim,

got your contact from Nino at Mtkvari Bank. We are a small PSP in Batumi, 12 people, applying for NBG payment institution licence, and NBG wants 24/7 security monitoring or a contract with a provider.
Do you do SOC for small companies or only for banks? We have ~25 servers in AWS Frankfurt and a few in a local DC.

Levan""",
  need=True, ans="bp02")
M("bp02", "2026-11-25 08:30", AIG, [LEVAN], "RE: SOC for a small PSP?",
  """Dear Levan,

Thank you for reaching out, and thanks to Nino for the recommendation.
Yes, we work with small companies too — we have a lighter SOC package designed exactly for payment institutions under NBG requirements. The scope depends on your sources, so I would rather ask a few questions first.

I will call you on Tuesday 1 December to understand your setup; if another time suits you better, just reply with it.""",
  reply="bp01", quote="gmail_en")
P("bp02", "manager", "I will call you on Tuesday 1 December to understand your setup; if another time suits you better, just reply with it.", "2026-12-01", "open")
c_bp = CALL("2026-11-26 13:05", "вх.", "211", "+995 577 30 91 45", 0, "NO ANSWER", "", AIG, "Batumi Pay LLC")

# ======================================================================
# 7. Sole trader on gmail — online tea shop, web pentest, prices in the body.
# ======================================================================
M("tm01", "2026-11-13 15:40", TIMUR, [AIG], "пентест сайта",
  """Айгерим, здравствуйте.
Мне дал ваш контакт Ержан из Altyn Pay. У меня небольшой интернет-магазин чая kazakh-tea.kz, на Битриксе. Месяц назад, похоже, слили базу клиентов — нам начали приходить жалобы на спам с нашим названием. Хочу проверить сайт, чтобы понять, где дыра. Сколько это стоит и сколько по времени?""",
  need=True, ans="tm02")
M("tm02", "2026-11-16 08:20", AIG, [TIMUR], "RE: пентест сайта",
  """Тимур, здравствуйте!

Спасибо, что обратились. Для вашего случая предлагаем:
- внешний тест на проникновение веб-приложения (сайт + личный кабинет + интеграции оплаты, до 40 страниц/эндпоинтов) — 850 000 тенге, 10 рабочих дней;
- повторная проверка после исправлений — 150 000 тенге.
Итого 1 000 000 тенге. Отчёт на русском, с рекомендациями для вашего разработчика.

Если базу действительно слили, стоит параллельно сменить пароли администраторов и ключи API — это можно сделать уже сегодня.""",
  reply="tm01", quote="outlook_ru")
M("tm03", "2026-11-23 16:55", TIMUR, [AIG], "Re: пентест сайта",
  """Спасибо. Дороговато для меня, честно, это почти месячная выручка. Подумаю. Давайте созвонимся в среду, 2 декабря, после обеда?""",
  reply="tm02", quote="gmail_ru", need=True, ans="tm04")
M("tm04", "2026-11-23 17:30", AIG, [TIMUR], "RE: пентест сайта",
  """Хорошо, Тимур, 2 декабря в 15:00 наберу вас. Подумаю, можно ли сузить объём, чтобы уложиться в меньшую сумму.""",
  reply="tm03", quote="outlook_ru")
P("tm04", "manager", "Хорошо, Тимур, 2 декабря в 15:00 наберу вас.", "2026-12-02", "open")

# ======================================================================
# 8. Sahab Payments (Dubai) — PCI DSS readiness; NDA, revised proposal, MSA redlined (contract).
#    Grievance about an HSM vendor (third party).
# ======================================================================
M("sh01", "2026-10-08 10:05", KHALID, [DL], "PCI DSS v4.0.1 readiness assessment - request",
  """Dear Dmitry,

Kindly be informed that Sahab Payments is looking for PCI DSS v4.0.1 readiness and gap assessment with remediation support, our acquiring bank has given deadline of end Q1 2027 for the first ROC by QSA. We got your name from the Dubai FinSec meetup.

Please to share your availability for a scoping call in coming week. Our environment is mostly AWS me-central-1 plus small on-premise in Dubai Internet City with HSM.

Awaiting your kind response.""",
  need=True, ans="sh02")
M("sh02", "2026-10-09 09:40", DL, [KHALID], "RE: PCI DSS v4.0.1 readiness assessment - request",
  """Dear Khalid,

Thank you for your interest. Let us have a scoping call on Thursday, 15 October, 14:00 Dubai time, in Teams — invitation sent.
It would help if you could share before the call: a high-level network diagram (can be without IPs), the list of payment channels (e-com, POS, wallets) and approximate number of system components in the CDE.""",
  reply="sh01", quote="outlook_en")
EV("sh-scope-1015@strazh-cyber.ru", "2026-10-09 09:41", "2026-10-15 13:00", "2026-10-15 14:00", DL, [KHALID],
   "Sahab Payments: PCI DSS scoping call", "Microsoft Teams")
M("sh03", "2026-10-16 15:20", DL, [KHALID], "Sahab Payments - PCI DSS readiness proposal",
  """Dear Khalid,

Thank you for the scoping call yesterday. Attached is our proposal:
- Phase 1: gap assessment against PCI DSS v4.0.1, 5 weeks (2 weeks onsite in Dubai);
- Phase 2: remediation support, up to 30 consultant-days;
- Phase 3: pre-assessment before the QSA visit.
Total: USD 104,000 excluding travel. Validity: 60 days.""",
  attach=["Proposal_PCI_DSS_Sahab_v1.pdf"])
M("sh04", "2026-10-21 11:50", KHALID, [DL], "RE: Sahab Payments - PCI DSS readiness proposal",
  """Dear Dmitry,

Thank you for proposal, it is under review with management. Kindly note that first we need NDA signed before we can share the network diagrams and CDE inventory. Please find attached our NDA template, revert with signed copy at earliest.""",
  reply="sh03", quote="outlook_en", attach=["NDA_SahabPayments_template.docx"], need=True, ans="sh05")
M("sh05", "2026-10-22 10:30", DL, [KHALID], "RE: Sahab Payments - PCI DSS readiness proposal",
  """Dear Khalid, NDA signed from our side without changes, scan attached.""",
  reply="sh04", quote="outlook_en", attach=["NDA_Sahab_Strazh_signed.pdf"])
M("sh06", "2026-10-26 12:40", KHALID, [DL], "RE: Sahab Payments - PCI DSS readiness proposal",
  """Dear Dmitry,

Thank you for NDA, countersigned copy attached.
Regarding commercials, management is asking if you can do USD 95k, as the budget approved is 96k including all expenses (travel, hotel). If possible please to revise.""",
  reply="sh05", quote="outlook_en", attach=["NDA_Sahab_Strazh_countersigned.pdf"], need=True, ans="sh07")
M("sh07", "2026-10-28 14:10", DL, [KHALID], "RE: Sahab Payments - PCI DSS readiness proposal",
  """Dear Khalid,

We discussed internally. Revised proposal attached: USD 96,000 all-inclusive (travel and accommodation included), with the onsite part shortened to 8 days and more remote work in Phase 2. Scope is unchanged.
I hope this fits the approved budget.""",
  reply="sh06", quote="outlook_en", cc=[HEAD], attach=["Proposal_PCI_DSS_Sahab_v2.pdf"])
M("sh08", "2026-11-02 09:15", KHALID, [DL], "RE: Sahab Payments - PCI DSS readiness proposal",
  """Dear Dmitry, good news, approved by management at 96k. Please send MSA and SOW for legal review.""",
  reply="sh07", quote="outlook_en", need=True, ans="sh09")
M("sh09", "2026-11-04 13:30", DL, [KHALID], "Sahab Payments - MSA and SOW (draft for legal review)",
  """Dear Khalid,

Please find attached our MSA and the SOW for the PCI DSS readiness project (USD 96,000 all-inclusive). Our standard governing law is English law with arbitration in DIFC-LCIA; open to discuss.""",
  cc=[HEAD], attach=["MSA_Strazh_Sahab_draft.docx", "SOW_PCI_DSS_Sahab.docx"])
M("sh10", "2026-11-12 15:45", SAHAB_LEGAL, [DL], "RE: Sahab Payments - MSA and SOW (draft for legal review)",
  """Dear Dmitry,

Please find attached our redline of the MSA. Main points:
1. Limitation of liability — we propose 2x fees instead of 1x;
2. Governing law — DIFC law, DIFC Courts;
3. Data protection clause — to be aligned with DIFC Data Protection Law No. 5 of 2020;
4. Payment terms — 45 days instead of 30.
Kindly revert with your comments.""",
  reply="sh09", quote="outlook_en", cc=[KHALID], attach=["MSA_Strazh_Sahab_redline_SL.docx"], need=True, ans="sh11")
M("sh11", "2026-11-13 10:00", DL, [SAHAB_LEGAL], "RE: Sahab Payments - MSA and SOW (draft for legal review)",
  """Dear Maryam, thank you. Our lawyers will revert on the redline by 20 November.""",
  reply="sh10", quote="outlook_en", cc=[KHALID])
P("sh11", "manager", "Our lawyers will revert on the redline by 20 November.", "2026-11-20", "kept")
M("sh12", "2026-11-19 17:20", DL, [SAHAB_LEGAL], "RE: Sahab Payments - MSA and SOW (draft for legal review)",
  """Dear Maryam,

Our comments to your redline are attached. In short: DIFC law and courts — accepted; 45 days payment — accepted; data protection clause — accepted with a small edit; liability — we can go to 1.5x fees but not 2x.
I suggest a short call on 1 December to close the remaining point, invitation sent to you and Khalid.""",
  reply="sh11", cc=[KHALID, HEAD], attach=["MSA_Strazh_Sahab_redline_v2_Strazh.docx"])
EV("sh-msa-1201@strazh-cyber.ru", "2026-11-19 17:22", "2026-12-01 12:00", "2026-12-01 12:45", DL, [KHALID, SAHAB_LEGAL],
   "Sahab Payments: MSA redline - liability clause", "Microsoft Teams")
M("sh13", "2026-11-23 11:35", KHALID, [DL], "CDE readiness / timeline",
  """Dear Dmitry,

Also frustrating news from our side: our HSM vendor postponed the delivery of the new HSM cluster again, now to mid January, this is the third time they are moving the date. So the new CDE segment will not be ready for your fieldwork in December. Not your fault of course, I am just sharing so you can plan.

Question: can we still sign before 15 December? Otherwise the approved budget will be lost and I will need to go again to the board.""",
  need=True, ans="sh14")
COMPLAINT("sh13", DL, False)
M("sh14", "2026-11-24 09:50", DL, [KHALID], "RE: CDE readiness / timeline",
  """Dear Khalid,

Thank you for the heads-up, sorry to hear about the HSM vendor.
Yes, signing before 15 December is realistic: if we close the liability point on 1 December, I will send the execution version the same day. Fieldwork can start in the second half of January, Phase 1 does not depend on the new HSM cluster for the first two weeks.""",
  reply="sh13", quote="outlook_en")
P("sh14", "manager", "Yes, signing before 15 December is realistic: if we close the liability point on 1 December, I will send the execution version the same day.", "2026-12-01", "open")
M("sh17", "2026-11-26 10:45", KHALID, [DL], "Visas for onsite fieldwork",
  """Dear Dmitry,

One more point please. For the onsite fieldwork in January, will your team need UAE visas? Our PRO needs minimum 3 weeks to arrange the invitation letters. Kindly share passport copies of the team members and the planned dates at earliest.""",
  need=True, ans=None)
M("sh15", "2026-11-05 11:10", DL, [OOO_DISTR], "Стенд HSM для проекта в ОАЭ",
  """Константин, добрый день. Подскажите, есть ли у вас демо-HSM на тест на 2–3 недели в январе? Нужен для стенда под PCI-проект.""")
M("sh16", "2026-11-05 11:10", OOO_DISTR, [DL], "Автоматический ответ: Стенд HSM для проекта в ОАЭ",
  """Здравствуйте! Я в отпуске до 16 ноября без доступа к почте. По срочным вопросам: sales@infra-distrib.ru, +7 495 240-11-00.""",
  reply="sh15", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, sig="")

# ======================================================================
# 9. Al Noor Hypermarkets (Sharjah) — Indian IT manager, PCI DSS; scoping held (qualified);
#    "budget is capped at $180k"; workshop booked; an out-of-office.
# ======================================================================
M("an01", "2026-10-28 08:40", RAJESH, [DL], "Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Sir,

Greetings from Al Noor Hypermarkets!!

We are having 46 stores across UAE and e-commerce portal, our PCI DSS ROC is due on March 2027. Our previous consultant has exited the region and we are looking for a new partner for gap assessment, remediation support and QSA coordination.

Kindly do the needful and share your credentials and approach for the same. Also please share the cost. For your information our budget is capped at $180k for this FY including remediation support.

Looking forward for your early reply.""",
  need=True, ans="an02")
M("an02", "2026-10-29 10:15", DL, [RAJESH], "RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Rajesh,

Thank you for contacting us. Our credentials (PCI DSS projects for payment providers and a retail chain in the GCC) are attached.
Before we can give a cost, we need to understand the scope: number of POS terminals, whether P2PE is used, how the e-commerce payment page is integrated. I propose a scoping call on Thursday 5 November, 13:00 Dubai time, in Teams.""",
  reply="an01", quote="outlook_en", attach=["Strazh_PCI_DSS_credentials.pdf"])
EV("an-scope-1105@strazh-cyber.ru", "2026-10-29 10:16", "2026-11-05 12:00", "2026-11-05 13:15", DL, [RAJESH, ANEESH],
   "Al Noor Hypermarkets: PCI DSS scoping call", "Microsoft Teams",
   "Scope: 46 stores, ~620 POS, e-com portal, P2PE status, segmentation")
M("an03", "2026-11-06 09:30", DL, [RAJESH], "RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Rajesh,

Thank you and Aneesh for yesterday's call. To prepare the proposal we need:
1. data-flow diagrams for card data (stores and e-com);
2. CDE inventory (servers, network devices, POS models);
3. the last ROC/AOC and the list of open findings.
As soon as we receive these, we will propose a workshop and then send the proposal.""",
  reply="an02", quote="outlook_en", cc=[ANEESH])
M("an04", "2026-11-06 09:31", RAJESH, [DL], "Automatic reply: RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Sender,

I am on leave for Diwali till 15th November with limited access to email. For urgent matters please contact Aneesh Kumar (aneesh.k@alnoor-hm.ae).

Regards,
Rajesh""",
  reply="an03", headers={"Auto-Submitted": "auto-replied"}, sig="", need=False, ans=None)
M("an05", "2026-11-17 08:20", RAJESH, [DL], "RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Dmitry,

Apologies for the delay, I was on leave. PFA the data flow diagrams and CDE inventory, the old ROC we will share after NDA only (our legal asked). Aneesh will also join for workshop.

Can we do the workshop on 2nd Dec? Any time before 3 PM UAE is fine.""",
  reply="an03", quote="outlook_en", cc=[ANEESH], attach=["AlNoor_CDE_inventory.xlsx", "AlNoor_DFD_v3.pdf"], need=True, ans="an06")
M("an06", "2026-11-18 10:05", DL, [RAJESH], "RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Dear Rajesh,

Thank you, received. 2 December, 11:00 UAE time is confirmed, invitation sent to you and Aneesh. Our NDA template is attached so the ROC can follow.
We will send the proposal after the workshop.""",
  reply="an05", quote="outlook_en", cc=[ANEESH], attach=["NDA_Strazh_template.docx"])
P("an05", "client", "PFA the data flow diagrams and CDE inventory, the old ROC we will share after NDA only (our legal asked).", None, "open", who=RAJESH)
P("an06", "manager", "We will send the proposal after the workshop.", None, "open")
EV("an-ws-1202@strazh-cyber.ru", "2026-11-18 10:06", "2026-12-02 10:00", "2026-12-02 12:00", DL, [RAJESH, ANEESH],
   "Al Noor Hypermarkets: PCI DSS data-flow workshop", "Microsoft Teams")
M("an07", "2026-11-18 10:40", ANEESH, [DL], "RE: Requirement for PCI DSS QSA support - Al Noor Hypermarkets",
  """Noted with thanks.""",
  reply="an06", quote="outlook_en", cc=[RAJESH], need=False, ans=None)

# ======================================================================
# 10. ПАО «Уралтрансбанк» — ГОСТ 57580 assessment; grievance about the regulator; scoping held.
# ======================================================================
M("ut01", "2026-10-26 08:50", SHEST, [DL], "Оценка соответствия ГОСТ Р 57580.1 — запрос",
  """Дмитрий, добрый день.

Ваш контакт дал Игорь Мельников (СКБ), очень рекомендовал.
Нам нужна оценка соответствия по ГОСТ Р 57580.1 (усиленный уровень) в первом квартале 2027 г. Проблема в том, что Банк России в очередной раз поменял подход: сентябрьское информационное письмо фактически переписало требования к процессу «Защита среды виртуализации», а разъяснений по нему нет — на запрос через интернет-приёмную нам ответили отпиской через 30 дней. Внутренними силами мы с этим уже не справляемся, и аудитор прошлого года с рынка ушёл.

Можем созвониться? На этой неделе я в отпуске, со следующей свободна.""",
  need=True, ans="ut02")
COMPLAINT("ut01", DL, False)
M("ut02", "2026-10-27 11:10", DL, [SHEST], "RE: Оценка соответствия ГОСТ Р 57580.1 — запрос",
  """Елена Михайловна, добрый день.

Спасибо, что обратились (и Игорю Станиславовичу спасибо). С сентябрьским письмом ЦБ сейчас разбираются все — у нас есть рабочая трактовка по виртуализации, согласованная с двумя аудируемыми банками, покажу на встрече.
Предлагаю скоуп-сессию в Teams 10 ноября в 12:00 МСК, на 1,5 часа. Приглашение отправлю.""",
  reply="ut01", quote="outlook_ru")
EV("ut-scope-1110@strazh-cyber.ru", "2026-10-27 11:12", "2026-11-10 12:00", "2026-11-10 13:30", DL, [SHEST],
   "Уралтрансбанк: скоуп-сессия по оценке соответствия ГОСТ 57580.1", "Microsoft Teams")
M("ut03", "2026-11-11 14:00", DL, [SHEST], "Уралтрансбанк: итоги скоуп-сессии 10.11 и перечень документов",
  """Елена Михайловна, добрый день.

Коротко по итогам вчерашней сессии:
- область оценки: 3 площадки, ~420 объектов информатизации, усиленный уровень;
- критичные зоны: виртуализация (новая трактовка ЦБ), удалённый доступ подрядчиков, МС-группа;
- срок отчёта — до 31 марта 2027 г.

Для подготовки ТКП нужны документы по списку во вложении (политики, реестр объектов, схемы сегментации). Вторую сессию провели бы 3 декабря в 11:00 — уже по результатам анализа документов. ТКП соберём после второй сессии.""",
  reply="ut02", no_irt=True, attach=["Перечень_документов_57580_Уралтрансбанк.xlsx"])
EV("ut-ws-1203@strazh-cyber.ru", "2026-11-11 14:02", "2026-12-03 11:00", "2026-12-03 12:30", DL, [SHEST],
   "Уралтрансбанк: вторая сессия по 57580 (разбор документов)", "Microsoft Teams")
c_ut = CALL("2026-11-16 10:30", "исх.", "212", "+7 343 379-60-12", 486, "ANSWERED",
            "Шестакова: документы соберут к концу месяца, 3.12 подтвердила", DL, "ПАО «Уралтрансбанк»")
M("ut04", "2026-11-16 12:15", SHEST, [DL], "RE: Уралтрансбанк: итоги скоуп-сессии 10.11 и перечень документов",
  """Дмитрий, как обсудили по телефону: документы по перечню отправим до 27 ноября. Встречу 3 декабря подтверждаю.""",
  reply="ut03", quote="outlook_ru", need=False, ans=None)
P("ut04", "client", "Дмитрий, как обсудили по телефону: документы по перечню отправим до 27 ноября.", "2026-11-27", "broken", who=SHEST)

# ======================================================================
# 11. ООО «ТД Полка» — retailer's IT manager forwards everything to his boss. DLP.
#     Proposal -> budget capped -> revised proposal -> meeting with the CIO booked.
# ======================================================================
c_pl1 = CALL("2026-10-07 09:35", "вх.", "213", "8 (495) 981-33-70", 412, "ANSWERED",
             "Зуев: DLP на 600 мест, 2 РЦ, хотят демо", RS, "ООО «ТД Полка»")
M("pl01", "2026-10-07 10:20", ZUEV, [RS], "DLP для Полки",
  """Роман, добрый день.
Как договаривались по телефону: нужна DLP на ~600 рабочих мест (центральный офис + 2 распределительных центра, магазины пока не трогаем). Основная боль — утечки прайсов и условий поставщиков, плюс ПДн покупателей из программы лояльности.
Пришлите материалы и давайте демо, можно у нас.""",
  need=True, ans="pl02")
M("pl02", "2026-10-07 11:05", RS, [ZUEV], "RE: DLP для Полки",
  """Сергей, демо 13.10 в 11:00 у вас, приезжаем с Дмитрием (пресейл). Приглашение отправил, буклет во вложении.""",
  reply="pl01", quote="yandex", attach=["Strazh_DLP_буклет.pdf"])
EV("pl-demo-1013@strazh-cyber.ru", "2026-10-07 11:06", "2026-10-13 11:00", "2026-10-13 12:30", RS, [ZUEV, DL],
   "ТД Полка: демо DLP", "ТД Полка, Москва, Варшавское ш., 118, офис 4")
M("pl03", "2026-10-15 16:40", RS, [ZUEV], "КП DLP — ТД Полка",
  """Сергей, добрый день. КП по итогам демо во вложении.
600 лицензий (агент + контроль почты, веб, USB, печати), внедрение, обучение ваших админов.
Итого 5 100 000 руб. с НДС, внедрение 8 недель.""",
  cc=[DL], attach=["КП_DLP_Полка.pdf"])
M("pl04", "2026-10-15 17:05", ZUEV, [DROZDOV], "Fwd: КП DLP — ТД Полка",
  """Андрей Викторович, пересылаю КП от «Стража» по DLP. По функционалу нас всё устраивает, на демо показали то, что нужно (перехват прайсов в мессенджерах в том числе). Посмотрите, пожалуйста, по деньгам.""",
  cc=[RS], quote="fwd_yandex", quote_of="pl03", need=False, ans=None)
M("pl05", "2026-10-20 08:15", DROZDOV, [ZUEV], "Re: Fwd: КП DLP — ТД Полка",
  """Дорого. Бюджет на ИБ в этом году 4,2 млн, больше не дам. Пусть думают.""",
  cc=[RS], reply="pl04", quote="iphone", need=True, ans=None)
c_pl2 = CALL("2026-10-21 10:05", "исх.", "213", "8 (495) 981-33-70", 547, "ANSWERED",
             "Зуев: потолок 4,2 млн. Обсудили поэтапно: 1 этап офис + РЦ", RS, "ООО «ТД Полка»")
ANS("pl05", c_pl2)
M("pl06", "2026-10-22 09:30", ZUEV, [RS], "RE: DLP пересчёт",
  """Роман, по итогам звонка: ждём пересчёт в пределах 4,2 млн, можно поэтапно — сначала офис и РЦ, остальное в следующем году. Когда сможете прислать?""",
  cc=[DROZDOV], need=True, ans="pl07")
M("pl07", "2026-10-23 12:10", RS, [ZUEV], "RE: DLP пересчёт",
  """Сергей, пересчёт пришлю до 30 октября.""",
  reply="pl06", quote="yandex", cc=[DROZDOV])
P("pl07", "manager", "Сергей, пересчёт пришлю до 30 октября.", "2026-10-30", "broken")
M("pl08", "2026-11-03 15:50", RS, [ZUEV], "КП DLP v2 — ТД Полка (этап 1)",
  """Сергей, добрый день, извините за задержку — ждали подтверждения скидки от вендора.
Новая версия во вложении: этап 1 — 400 лицензий (офис + 2 РЦ), внедрение, обучение. Итого 4 190 000 руб. с НДС, в ваш лимит укладываемся. Этап 2 (200 лицензий) — в 2027 г. по фиксированной цене.""",
  cc=[DROZDOV, DL], attach=["КП_DLP_Полка_v2.pdf"])
M("pl09", "2026-11-03 16:20", ZUEV, [DROZDOV], "Fwd: КП DLP v2 — ТД Полка (этап 1)",
  """Андрей Викторович, новая версия, укладываются в 4,2. Я за.""",
  cc=[RS], quote="fwd_yandex", quote_of="pl08", need=False, ans=None)
M("pl10", "2026-11-10 19:25", DROZDOV, [RS], "DLP",
  """Роман, ок по цифре. Хотим подписать до конца квартала. Давайте встречу со мной 4 декабря, приезжайте с юристом — есть вопросы по лицензиям и по хранению перехваченного.""",
  cc=[ZUEV], need=True, ans="pl11")
M("pl11", "2026-11-10 20:02", RS, [DROZDOV], "RE: DLP",
  """Андрей Викторович, 4 декабря в 14:00 будем у вас. Приглашение пришлю сегодня.""",
  reply="pl10", quote="outlook_ru", cc=[ZUEV, HEAD])
P("pl11", "manager", "Приглашение пришлю сегодня.", "2026-11-10", "kept")
EV("pl-cio-1204@strazh-cyber.ru", "2026-11-10 20:05", "2026-12-04 14:00", "2026-12-04 15:30", RS, [DROZDOV, ZUEV, HEAD],
   "ТД Полка: встреча с ИТ-директором по DLP (лицензии, хранение, договор)", "ТД Полка, Варшавское ш., 118")
M("pl12", "2026-11-19 11:40", ZUEV, [RS], "агент DLP и Astra",
  """Роман, вопрос: у нас в РЦ часть машин на Astra Linux 1.7. Агент DLP на ней работает полноценно или с ограничениями?""",
  need=True, ans="pl13")
M("pl13", "2026-11-19 12:15", RS, [ZUEV], "RE: агент DLP и Astra",
  """Сергей, уточню у пресейла и перезвоню завтра.""",
  reply="pl12", quote="yandex")
P("pl13", "manager", "Сергей, уточню у пресейла и перезвоню завтра.", "2026-11-20", "kept")
M("pl14", "2026-11-19 12:18", RS, [DL], "FW: агент DLP и Astra",
  """Дим, Полка спрашивает про агент на Астре 1.7 — там же вроде без контроля печати? Ответь мне до завтра плиз, обещал перезвонить.""",
  quote="fwd_outlook_ru", quote_of="pl12")
M("pl15", "2026-11-19 17:30", DL, [RS], "RE: FW: агент DLP и Astra",
  """Ром, на Астре 1.7.4+ агент полноценный: почта, веб, USB, мессенджеры. Печать — только через сервер печати, локальная печать не контролируется. На 1.8 будет всё в версии 8.2 (весна).""",
  reply="pl14", quote="outlook_ru")
M("pl16", "2026-11-26 16:20", ZUEV, [RS], "проект лицензионного договора",
  """Роман, добрый день. Наш юрист просит заранее прислать проект лицензионного договора и договора на внедрение, чтобы к встрече 4-го успел посмотреть. Пришлите, пожалуйста, до среды.""",
  cc=[DROZDOV], need=True, ans=None)
c_pl3 = CALL("2026-11-20 11:45", "исх.", "213", "8 (495) 981-33-70", 318, "ANSWERED",
             "Зуев: Astra 1.7 — агент ок, печать через сервер печати", RS, "ООО «ТД Полка»")

# ======================================================================
# 12. ООО МФК «МаниФлоу» — existing SOC client; complaint (SOC missed an alert), renewal haggling.
# ======================================================================
M("mf01", "2026-10-27 10:05", GRIN, [RS], "Ваш SOC проспал брутфорс",
  """Роман, добрый день.

В ночь с пятницы на субботу (23→24.10) на наш VPN-шлюз шёл перебор паролей, ~3 000 попыток с двух IP, один логин в итоге заблокировался по политике. Ваш SOC этого не увидел вообще, узнали в понедельник от своего админа. Ни алерта, ни звонка дежурного.

Вопрос простой: за что мы платим 580 тыс. в месяц? Жду разбор инцидента и нормальное объяснение до пятницы. Если так будет и дальше — при продлении в декабре будем смотреть на другого провайдера, предложения у нас уже есть.""",
  cc=[HEAD], need=True, ans="mf02")
COMPLAINT("mf01", RS, True)
M("mf02", "2026-10-27 11:00", RS, [GRIN], "RE: Ваш SOC проспал брутфорс",
  """Павел, принял, прошу прощения. Разбираемся с дежурной сменой прямо сейчас.
Разбор пришлём до пятницы 30 октября, вечером наберу.""",
  reply="mf01", quote="gmail_ru", cc=[HEAD, SOCD])
P("mf02", "manager", "Разбор пришлём до пятницы 30 октября, вечером наберу.", "2026-10-30", "kept")
M("mf03", "2026-10-27 15:30", SOCD, [RS], "RE: Ваш SOC проспал брутфорс",
  """Роман, предварительно: источник «VPN-шлюз МаниФлоу» перестал присылать события 21.10 в 02:14 после обновления прошивки на стороне клиента (сменился формат syslog). Контроль «тишины» источника на этом клиенте не был включён — наша ошибка. Полный разбор к четвергу.""",
  reply="mf02", quote="outlook_ru", cc=[HEAD])
c_mf1 = CALL("2026-10-27 19:10", "исх.", "213", "+7 926 340-18-75", 1083, "ANSWERED",
             "Грин: извинился, предварительная причина — источник замолчал после прошивки. Разбор до 30.10", RS, "ООО МФК «МаниФлоу»")
M("mf04", "2026-10-30 17:45", RS, [GRIN], "Разбор инцидента MF-1024 (VPN, 23-24.10)",
  """Павел, добрый вечер. Разбор во вложении.
Коротко: источник замолчал 21.10 после обновления прошивки шлюза (сменился формат syslog), а контроль «тишины» источников на вашем подключении не был включён. С 28.10 контроль включён на всех 64 источниках, плюс правило на изменение формата. Ноябрь — со скидкой 30% как компенсация.""",
  cc=[HEAD], attach=["Разбор_инцидента_MF-1024.pdf"])
M("mf05", "2026-11-02 09:20", GRIN, [RS], "Re: Разбор инцидента MF-1024 (VPN, 23-24.10)",
  """Разбор получил. Часть вины на нас, обновили шлюз без уведомления, это признаю. Но контроль источников — это ваша работа, а не наша. Скидку принимаем.
По продлению на 2027 — давайте встречу, хочу видеть, что изменится в процессе.""",
  reply="mf04", quote="gmail_ru", need=True, ans=None)
COMPLAINT("mf05", RS, True)
c_mf2 = CALL("2026-11-03 10:30", "исх.", "213", "+7 926 340-18-75", 722, "ANSWERED",
             "Грин: встреча 19.11 — разбор процесса + продление", RS, "ООО МФК «МаниФлоу»")
ANS("mf05", c_mf2)
EV("mf-review-1119@strazh-cyber.ru", "2026-11-03 10:50", "2026-11-19 11:00", "2026-11-19 12:30", RS, [GRIN, DL, SOCD],
   "МаниФлоу: разбор процесса мониторинга и продление SOC на 2027", "МаниФлоу, Москва, Пресненская наб., 12")
M("mf06", "2026-11-20 14:10", RS, [GRIN], "Продление SOC на 2027 — МаниФлоу",
  """Павел, по итогам встречи — КП на продление во вложении: контроль источников, ежемесячный отчёт о покрытии, SLA реакции 15 минут на критичные.
620 000 руб. в месяц, 12 месяцев, итого 7 440 000 руб.""",
  cc=[DL], attach=["КП_SOC_продление_2027_МаниФлоу.pdf"])
M("mf07", "2026-11-24 18:40", GRIN, [RS], "Re: Продление SOC на 2027 — МаниФлоу",
  """620 — это +7% к текущему. После октября звучит странно, согласитесь. Давайте 580 и 12 месяцев, тогда подпишем до 25 декабря.""",
  reply="mf06", quote="gmail_ru", need=True, ans=None)
c_mf3 = CALL("2026-11-25 14:20", "исх.", "213", "+7 926 340-18-75", 904, "ANSWERED",
             "Грин: торг по продлению, предложил 600. Думает. Договорились созвониться 30.11", RS, "ООО МФК «МаниФлоу»")
ANS("mf07", c_mf3)
M("mf08", "2026-11-25 15:05", RS, [HEAD], "МаниФлоу продление",
  """Вадим, Грин просит 580 вместо 620, подпишут до 25.12. Я по телефону предложил 600. Можно опуститься до 590, если упрётся? 30-го созваниваемся.""",
  cc=[])
M("mf09", "2026-11-25 15:40", HEAD, [RS], "RE: МаниФлоу продление",
  """Рома, 590 — да, ниже нет. И пусть контроль источников пропишут в SLA как нашу обязанность, это нам же в плюс.""",
  reply="mf08", quote="outlook_ru")

# ======================================================================
# 13. АО «Волжский Промбанк» — SOC-as-a-service; lost to an in-house SOC.
# ======================================================================
c_vp1 = CALL("2026-10-05 10:12", "исх.", "213", "+7 846 270-33-00", 958, "ANSWERED",
             "Тарасов (через приёмную): интерес к SOC, пришлёт требования", RS, "АО «Волжский Промбанк»")
M("vp01", "2026-10-06 09:45", TARASOV, [RS], "Требования к SOC",
  """Роман, добрый день.
По итогам нашего разговора направляю требования к сервису мониторинга (вложение). Ключевое: мониторинг 24/7, около 900 источников, SLA реакции 15 минут на критичные инциденты, интеграция с ГосСОПКА через нас.
Просим провести презентацию для руководства управления.""",
  attach=["Требования_SOC_ВПБ.docx"], need=True, ans="vp02")
M("vp02", "2026-10-07 10:10", RS, [TARASOV], "RE: Требования к SOC",
  """Олег Владимирович, спасибо. Презентация 20.10 в 11:00 по Teams, приглашение ушло.""",
  reply="vp01", quote="outlook_ru")
EV("vp-pres-1020@strazh-cyber.ru", "2026-10-07 10:11", "2026-10-20 11:00", "2026-10-20 12:00", RS, [TARASOV, DL],
   "Волжский Промбанк: презентация SOC-as-a-service", "Microsoft Teams")
M("vp03", "2026-10-23 13:20", RS, [TARASOV], "КП SOC — Волжский Промбанк",
  """Олег Владимирович, добрый день. КП по итогам презентации во вложении: 900 источников, 24/7, SLA 15 минут, ГосСОПКА.
950 000 руб. в месяц, при договоре на 12 месяцев — 11 400 000 руб. в год.""",
  cc=[DL], attach=["КП_SOC_ВолжскийПромбанк.pdf"])
c_vp2 = CALL("2026-11-02 11:00", "исх.", "213", "+7 846 270-33-18", 371, "ANSWERED",
             "Тарасов: решение после правления 10.11", RS, "АО «Волжский Промбанк»")
M("vp04", "2026-11-12 10:30", TARASOV, [RS], "RE: КП SOC — Волжский Промбанк",
  """Роман, добрый день.
Правление решило строить собственный SOC: выделили штат на 6 человек, SIEM у нас уже есть. Так что от сервиса пока отказываемся. Спасибо за работу и за презентацию, было полезно.""",
  reply="vp03", quote="outlook_ru", need=False, ans=None)
M("vp05", "2026-11-12 11:15", RS, [TARASOV], "RE: КП SOC — Волжский Промбанк",
  """Олег Владимирович, понял, спасибо, что сообщили. Если понадобится помощь с построением процессов или обучением смены — обращайтесь.""",
  reply="vp04", quote="outlook_ru")

# ======================================================================
# 14. ООО МКК «КредитЛайн» — ГОСТ 57580 audit; proposal, then silence (lost by silence).
# ======================================================================
M("kl01", "2026-10-02 11:30", KL, [RS], "оценка соответствия 57580",
  """Добрый день. Нужна оценка соответствия по ГОСТ Р 57580.1-2017, уровень стандартный, срок до конца года (требование ЦБ для МКК). Пришлите стоимость и сроки.""",
  need=True, ans="kl02")
M("kl02", "2026-10-05 12:40", RS, [KL], "Re: оценка соответствия 57580",
  """Денис, добрый день. КП во вложении: оценка соответствия, стандартный уровень, 6 недель, отчёт по форме ЦБ.
2 300 000 руб. с НДС. Успеваем до конца года, если стартуем до 1 ноября.""",
  reply="kl01", quote="mailru", attach=["КП_аудит_57580_КредитЛайн.pdf"])
M("kl03", "2026-10-12 10:15", RS, [KL], "Re: оценка соответствия 57580",
  """Денис, добрый день! Удалось посмотреть КП? Чтобы успеть до конца года, нужно стартовать в октябре.""",
  reply="kl02")
c_kl1 = CALL("2026-10-14 11:20", "исх.", "213", "+7 495 118-62-30", 0, "NO ANSWER", "", RS, "ООО МКК «КредитЛайн»")
c_kl2 = CALL("2026-10-22 15:40", "исх.", "213", "+7 495 118-62-30", 0, "BUSY", "", RS, "ООО МКК «КредитЛайн»")
M("kl04", "2026-10-22 15:55", RS, [KL], "Re: оценка соответствия 57580",
  """Денис, не дозвонился. Если сроки сдвинулись или выбрали другого подрядчика — напишите, пожалуйста, пару слов, закрою у себя.""",
  reply="kl03")

# ======================================================================
# 15. Desert Falcon Exchange (Dubai) — phishing training; Roman phones; signed (mail + sales.csv).
# ======================================================================
c_df1 = CALL("2026-10-19 12:30", "исх.", "213", "+971 4 355 7100", 842, "ANSWERED",
             "Omar: 250 staff, want phishing training Arabic/English", RS, "Desert Falcon Exchange LLC")
M("df01", "2026-10-19 13:10", RS, [OMAR], "Phishing training - materials",
  """Omar, thank you for the call. As discussed, overview of our phishing simulation platform attached. Arabic content is possible.""",
  attach=["Strazh_Phishing_Platform_EN.pdf"])
c_df2 = CALL("2026-10-26 13:15", "вх.", "213", "+971 4 355 7120", 547, "ANSWERED",
             "Omar: questions on Arabic content and reports for CBUAE", RS, "Desert Falcon Exchange LLC")
M("df02", "2026-10-28 11:00", RS, [OMAR], "Proposal - phishing training Desert Falcon",
  """Omar, proposal attached: 250 users, 12 campaigns per year, English content, reports for CBUAE inspection.
AED 412 per user per year, total AED 103,000.""",
  attach=["Proposal_Phishing_DFE.pdf"])
M("df03", "2026-11-09 10:35", OMAR, [RS], "Re: Proposal - phishing training Desert Falcon",
  """Roman my friend, 103k is high for us. Can do 95k if you include Arabic content. Call me.""",
  reply="df02", quote="iphone", need=True, ans=None)
c_df3 = CALL("2026-11-10 12:10", "исх.", "213", "+971 4 355 7120", 733, "ANSWERED",
             "Omar: сошлись на 96 500 AED с арабским контентом. Договор пришлю.", RS, "Desert Falcon Exchange LLC")
ANS("df03", c_df3)
M("df04", "2026-11-11 09:40", RS, [OMAR], "Agreement - phishing training Desert Falcon",
  """Omar, confirming our call: AED 96,500 per year, Arabic + English content, 250 users. Agreement attached for signature.""",
  cc=[HEAD], attach=["Agreement_DFE_Strazh_Phishing.pdf"])
M("df05", "2026-11-24 10:20", OMAR, [RS], "Re: Agreement - phishing training Desert Falcon",
  """Signed copy attached. Let's start training in December, before the CBUAE visit.""",
  reply="df04", quote="iphone", attach=["Agreement_DFE_signed.pdf"], need=True, ans="df06")
M("df06", "2026-11-24 11:05", RS, [OMAR], "RE: Agreement - phishing training Desert Falcon",
  """Thank you Omar! Kick-off on 7 December 11:00 Dubai time, invite sent. Invoice will follow from our finance this week.""",
  reply="df05", quote="outlook_en", cc=[HEAD])
P("df06", "manager", "Invoice will follow from our finance this week.", "2026-11-27", "kept")
EV("df-kickoff-1207@strazh-cyber.ru", "2026-11-24 11:06", "2026-12-07 10:00", "2026-12-07 11:00", RS, [OMAR],
   "Desert Falcon: phishing training kick-off", "Microsoft Teams")
M("df07", "2026-11-24 11:30", RS, [HEAD], "DFE подписали",
  """Вадим, Desert Falcon подписал, 96,5к AED. Скан в папке, в 1С завёл.""")
M("df08", "2026-11-24 11:48", HEAD, [RS], "RE: DFE подписали",
  """Отлично, Рома! 👍""",
  reply="df07", quote="outlook_ru")

# unknown number, missed — nobody's client
CALL("2026-11-23 18:30", "вх.", "213", "+7 499 403-11-90", 0, "NO ANSWER", "", None, None)
M("df09", "2026-11-26 12:00", RS, [OMAR], "Invoice - phishing training Desert Falcon",
  """Omar, invoice for the first year attached. Thank you!""",
  attach=["Invoice_SC-2026-1124.pdf"])

# ======================================================================
# Internal mail, newsletters, cold senders, auto-replies, thanks.
# ======================================================================
M("in01", "2026-10-05 08:30", HEAD, [AIG, DL, RS], "Планёрка по воронке — по понедельникам",
  """Коллеги, доброе утро.
С сегодняшнего дня разбор воронки — по понедельникам в 10:00 МСК (Айгерим — 12:00 по Алматы), 30 минут, в Teams. По каждой сделке: стадия, следующий шаг, дата. Кто не знает следующий шаг — тот его придумывает до планёрки.
Квартальный план по SIEM у Димы — 30 млн, всё держится на СКБ.""")
EV("int-pipeline-1123@strazh-cyber.ru", "2026-11-20 09:00", "2026-11-23 10:00", "2026-11-23 10:30", HEAD, [AIG, DL, RS],
   "Планёрка: разбор воронки", "Microsoft Teams")
M("in02", "2026-10-09 10:50", HEAD, [ORLOV], "FW: Pentest report - still not received",
  """Кирилл, это что такое? Два раза «завтра» клиенту из банка. Разберись сегодня и напиши Айгерим реальную дату.""",
  cc=[AIG], quote="fwd_outlook_ru", quote_of="mt01")
M("in03", "2026-10-22 18:05", DL, [HEAD], "СКБ SIEM — скидка вендора",
  """Вадим, вендор даёт 8% на лицензии СКБ при подписании до 25.12, плюс я снимаю 2,4 млн работ (Windows/AD делают сами). Выходим на 31,2 млн. Маржа по работам остаётся ~32%. Согласуешь? ТКП v2 хочу отправить в понедельник.""")
M("in04", "2026-10-23 09:10", HEAD, [DL], "RE: СКБ SIEM — скидка вендора",
  """Согласую. Но контроль их инженеров по Windows пропиши в календарном плане отдельными днями, иначе потом всё ляжет на нас.""",
  reply="in03", quote="outlook_ru")
M("in05", "2026-11-18 09:20", AIG, [DL], "Altyn Pay — Kafka и Vault",
  """Дима, привет! Ержан пишет, что Kafka audit и Vault не подключены. Сервисную учётку у них запросили 12-го? Можешь проверить у SOC, что мешает? Хочу ему сегодня ответить с датой.""")
M("in06", "2026-11-18 09:40", DL, [AIG], "RE: Altyn Pay — Kafka и Vault",
  """Айгерим, учётку их CTO так и не создал, напомнили вчера. Как создаст — подключим за день. Смело пиши пятницу 20-го.""",
  reply="in05", quote="outlook_ru")
M("in07", "2026-11-27 17:30", HEAD, [AIG, DL, RS], "Итоги ноября и план на декабрь",
  """Коллеги, коротко по итогам месяца.
Подписали: Altyn Pay (SOC, $57,6k) и Desert Falcon (фишинг, 96,5k AED). Проиграли: Жетысу (КиберКорган, демпинг) и Волжский (свой SOC). КредитЛайн молчит с октября — Рома, закрывай.
Декабрь: СКБ (SIEM v3 + фишинг), Sahab (MSA до 15.12), Полка (встреча 4.12), МаниФлоу (продление). Это почти весь план, так что без сюрпризов, пожалуйста.""")

M("nw01", "2026-10-05 07:00", NEWS, [DL, RS], "SecMedia Дайджест: ИБ-новости недели #40",
  """ДАЙДЖЕСТ НЕДЕЛИ
— Банк России опубликовал проект изменений в 683-П
— Рынок MSSP в России вырос на 27% за год
— Вебинар: «UEBA в банке: мифы и практика», 15 октября

Вы получили это письмо, потому что подписаны на рассылку SecMedia. Отписаться: https://secmedia-news.ru/unsubscribe""",
  headers={"List-Unsubscribe": "<https://secmedia-news.ru/unsubscribe?u=dl-rs>", "Precedence": "bulk"}, sig="")
M("nw02", "2026-11-02 07:00", NEWS, [DL, RS, AIG], "SecMedia Дайджест: ИБ-новости недели #44",
  """ДАЙДЖЕСТ НЕДЕЛИ
— ФСТЭК обновила перечень сертифицированных SIEM
— Утечки ПДн в ритейле: итоги октября
— Конференция «Кибербезопасность финтеха», 26 ноября, Москва

Отписаться: https://secmedia-news.ru/unsubscribe""",
  headers={"List-Unsubscribe": "<https://secmedia-news.ru/unsubscribe?u=all>", "Precedence": "bulk"}, sig="")
M("cd01", "2026-10-14 13:22", COLD, [HEAD], "Quick question, Vadim",
  """Hi Vadim,

I noticed Strazh Cyber is expanding in the GCC. We help cybersecurity vendors book 10-15 qualified meetings per month with CISOs at banks and fintechs in the UAE and KSA.

Would you be open to a 15-minute call next week to see if we're a fit?

Best,
Jake""")
M("cd02", "2026-10-21 13:05", COLD, [HEAD], "Re: Quick question, Vadim",
  """Hi Vadim, just bumping this to the top of your inbox. Any interest?""",
  reply="cd01", quote="gmail_en")
M("cd03", "2026-11-10 06:40", COLD2, [DL], "Partnership opportunity - WAF as a service for your MSSP",
  """Dear Dmitry,

WAFCloud Asia is looking for MSSP partners in Central Asia and the Middle East. Our partner programme offers 35% margin and free NFR licences. Please let me know a suitable time for an introduction call.""")
M("ev01", "2026-10-01 12:00", THANKS, [AIG], "Thank you for speaking at KZ Fintech Week 2026!",
  """Dear Aigerim,

Thank you for your talk "SOC for fintech: what the regulator really checks" — it was one of the most visited sessions of the security track. The recording will be published next week.

With gratitude,""")

# ======================================================================
# More English threads: Altyn Pay's CTO (technical), Mtkvari retest, Al Noor engineer,
# Sahab's forwarded acquirer letter, Batumi Pay confirmation, DFE HR, an English newsletter.
# ======================================================================
M("ac01", "2026-11-10 07:20", ARMAN, [DL], "Onboarding checklist - questions",
  """Hello Dmitry,

I am CTO of Altyn Pay, Aigerim gave me your contact. Few questions about onboarding checklist:
1) for k8s audit logs you want webhook backend or fluent-bit to your collector?
2) our Vault is HA with 3 nodes, audit device must be enabled on all of them?
3) collector is installed in our DC or you take logs over VPN? We have strict rule - no inbound connections from outside.

Thanks""",
  cc=[AIG], need=True, ans="ac02")
M("ac02", "2026-11-10 11:45", DL, [ARMAN], "RE: Onboarding checklist - questions",
  """Hello Arman,

Good questions, answers below.
1) fluent-bit as a DaemonSet, shipping to our collector over TLS. The webhook backend also works, but under load it adds latency to the API server, so we do not recommend it for your processing clusters.
2) Yes, enable a file audit device on all three nodes: standby nodes forward requests, and without their audit you lose who-did-what if the active node changes. Rotate with logrotate, we read the file.
3) The collector is a VM in your DC (4 vCPU, 8 GB RAM, 500 GB). It only makes outbound connections: TLS 443 to our SOC, nothing inbound.

I will send the collector OVA image and the firewall matrix tomorrow.""",
  reply="ac01", quote="gmail_en", cc=[AIG])
P("ac02", "manager", "I will send the collector OVA image and the firewall matrix tomorrow.", "2026-11-11", "kept")
M("ac03", "2026-11-11 10:30", DL, [ARMAN], "RE: Onboarding checklist - questions",
  """Arman, the OVA download link (valid 7 days) and the firewall matrix are attached. Password for the link will come by SMS.""",
  reply="ac02", cc=[AIG], attach=["Strazh_Collector_FW_matrix.xlsx", "Collector_OVA_link.txt"])
M("ac04", "2026-11-12 08:15", ARMAN, [DL], "Re: Onboarding checklist - questions",
  """Thanks, collector is up, k8s logs are flowing. For Kafka and Vault we need service account approval from our security officer, will do it next week.""",
  reply="ac03", quote="gmail_en", cc=[AIG], need=False, ans=None)
P("ac04", "client", "For Kafka and Vault we need service account approval from our security officer, will do it next week.", None, "kept", who=ARMAN)

M("mr01", "2026-11-02 10:10", NINO, [AIG], "Retest of critical findings",
  """Hello Aigerim,

remediation of critical findings from the pentest is finished from our side. When your team can do the retest? We prefer the week of 16 November, because before that we have code freeze.""",
  need=True, ans="mr02")
M("mr02", "2026-11-02 13:30", AIG, [NINO], "RE: Retest of critical findings",
  """Dear Nino,

Kirill confirms the retest on 16–18 November, remotely. We will send you the VPN access requirements by Thursday.""",
  reply="mr01", quote="outlook_en", cc=[ORLOV])
P("mr02", "manager", "We will send you the VPN access requirements by Thursday.", "2026-11-05", "kept")
M("mr03", "2026-11-05 09:50", AIG, [NINO], "RE: Retest of critical findings",
  """Nino, the VPN access requirements for the retest are attached (two accounts, source IPs listed).""",
  reply="mr02", cc=[ORLOV], attach=["Retest_VPN_requirements.pdf"])
M("mr04", "2026-11-20 15:10", AIG, [NINO], "Mtkvari Bank - retest results",
  """Dear Nino,

The retest letter is attached: all 4 critical and 7 of 9 high findings are closed. The two remaining high findings (session timeout in the mobile app, TLS 1.0 on the legacy SWIFT gateway) are described with recommendations.""",
  cc=[ORLOV], attach=["Retest_Letter_MtkvariBank_2026.pdf"])
M("mr05", "2026-11-20 16:00", NINO, [AIG], "RE: Mtkvari Bank - retest results",
  """Great, thank you. This time even on time :)""",
  reply="mr04", quote="outlook_en", need=False, ans=None)

M("aq01", "2026-11-19 07:30", ANEESH, [DL], "Query on segmentation scope before workshop",
  """Hi Dmitry,

Before workshop one doubt. Our POS terminals are P2PE validated solution from our acquirer, but the store network also carries CCTV and guest Wi-Fi in separate VLANs on the same switches. Will stores still come in scope for segmentation testing? If yes, for all 46 stores or sampling is allowed?

Regards,""",
  cc=[RAJESH], need=True, ans="aq02")
M("aq02", "2026-11-20 09:15", DL, [ANEESH], "RE: Query on segmentation scope before workshop",
  """Hi Aneesh,

With a listed P2PE solution the POS terminals themselves are largely out of scope, but the stores are not automatically out: if the P2PE instructions manual (PIM) is not followed strictly, or if anything else in the store touches clear-text card data, the store network comes back in. Segmentation testing is required to prove that CCTV and guest Wi-Fi VLANs cannot reach the CDE at the data centre, not the terminals.
Sampling is allowed if the stores are built from one standard configuration and you can show it (config management, change records). We will bring a sampling approach to the workshop on 2 December.""",
  reply="aq01", quote="outlook_en", cc=[RAJESH])
P("aq02", "manager", "We will bring a sampling approach to the workshop on 2 December.", "2026-12-02", "open")

M("sf01", "2026-10-30 08:40", KHALID, [DL], "FW: PCI DSS compliance - deadline for merchant-acquiring partners",
  """Dmitry, FYI see below the letter from our acquirer, this is why the March deadline is strict for us.

-----Original Message-----
From: Merchant Compliance <pci.compliance@gulfacquiring.example>
Sent: Tuesday, October 27, 2026 3:12 PM
To: Khalid Al Mansoori <khalid.almansoori@sahabpay.ae>
Subject: PCI DSS compliance - deadline for merchant-acquiring partners

Dear Partner,
As per the updated programme rules, all Level 1 service providers connected to our platform must submit a valid Attestation of Compliance (AOC) under PCI DSS v4.0.1 no later than 31 March 2027. Failure to do so may result in suspension of settlement services.
Merchant Compliance Team""",
  need=False, ans=None)

M("bp03", "2026-11-25 10:20", LEVAN, [AIG], "Re: SOC for a small PSP?",
  """Tuesday works, any time after 11 Tbilisi time. Thanks!""",
  reply="bp02", quote="gmail_en", need=False, ans=None)

M("df10", "2026-11-25 13:30", FATIMA, [RS], "User list for phishing training",
  """Dear Roman,

Omar asked me to prepare the user list for the training. Kindly share the template for the list (name, email, department, language?) so I can fill it before kick-off.""",
  cc=[OMAR], need=True, ans="df11")
M("df11", "2026-11-26 09:05", RS, [FATIMA], "RE: User list for phishing training",
  """Fatima, template attached. Language column — EN or AR. Thank you!""",
  reply="df10", quote="outlook_en", attach=["DFE_user_list_template.xlsx"])

M("nw03", "2026-11-16 05:00", NEWS2, [DL, RS], "GulfSec Weekly: CBUAE cyber guidance, PCI DSS 4.0.1 one year on",
  """GULFSEC WEEKLY — issue 212

* CBUAE publishes consultation on cyber resilience for payment service providers
* PCI DSS 4.0.1: what QSAs found in the first year of future-dated requirements
* Event: GulfSec Summit, Dubai, 9-10 December

You are receiving this email because you subscribed at gulfsec-weekly.io. Unsubscribe: https://gulfsec-weekly.io/u""",
  headers={"List-Unsubscribe": "<https://gulfsec-weekly.io/u?id=3381>", "Precedence": "bulk"}, sig="")

# ======================================================================
# Ground truth: negotiations and correspondents that are not negotiations
# ======================================================================
def NEG(client, manager, product, stage, evidence, nxt, src, amount, cur, close):
    return {"client": client, "manager": manager, "product": product, "stage": stage,
            "stage_evidence": evidence, "next_contact": nxt, "next_contact_source": src,
            "amount": None if amount is None else {"minor": int(round(amount * 100)), "currency": cur},
            "expected_close": close}


NEGOTIATIONS = [
    NEG("АО «Северный Кредит Банк»", DL, "siem", "proposal", "sk17", "2026-12-10", "client_request", 38400000, "RUB", "2026-12-31"),
    NEG("АО «Северный Кредит Банк»", DL, "phish", "negotiation", "sk22", "2026-12-02", "manager_promise", 1656000, "RUB", "2026-12-15"),
    NEG("Altyn Pay LLP", AIG, "soc", "won", "ap11", None, None, 57600, "USD", "2026-11-03"),
    NEG("АО «Жетысу Банк»", AIG, "pentest", "lost", "jb06", None, None, 18500000, "KZT", None),
    NEG("ООО «ТД Полка»", RS, "dlp", "negotiation", "pl10", "2026-12-04", "meeting", 4190000, "RUB", "2026-12-31"),
    NEG("Sahab Payments FZ-LLC", DL, "audit", "contract", "sh12", "2026-12-01", "meeting", 96000, "USD", "2026-12-15"),
    NEG("JSC Mtkvari Bank", AIG, "pentest", "proposal", "mt06", "2026-12-10", "client_request", 42000, "USD", None),
    NEG("ООО МФК «МаниФлоу»", RS, "soc", "negotiation", "mf07", "2026-11-30", "call", 7440000, "RUB", "2026-12-25"),
    NEG("Al Noor Hypermarkets LLC", DL, "audit", "qualified", "an-scope-1105@strazh-cyber.ru", "2026-12-02", "meeting", 180000, "USD", None),
    NEG("ТОО «Dala Market»", AIG, "phish", "proposal", "dm03", "2027-01-20", "client_request", 4800000, "KZT", None),
    NEG("АО «Волжский Промбанк»", RS, "soc", "lost", "vp04", None, None, 11400000, "RUB", None),
    NEG("ООО МКК «КредитЛайн»", RS, "audit", "lost", "kl04", None, None, 2300000, "RUB", None),
    NEG("Batumi Pay LLC", AIG, "soc", "lead", "bp01", "2026-12-01", "manager_promise", None, None, None),
    NEG("ПАО «Уралтрансбанк»", DL, "audit", "qualified", "ut-scope-1110@strazh-cyber.ru", "2026-12-03", "meeting", None, None, None),
    NEG("Desert Falcon Exchange LLC", RS, "phish", "won", "df05", "2026-12-07", "meeting", 96500, "AED", "2026-11-24"),
    NEG(TIMUR, AIG, "pentest", "proposal", "tm02", "2026-12-02", "client_request", 1000000, "KZT", None),
]

NOT_NEGOTIATIONS = [
    {"address": NEWS, "why": "newsletter"},
    {"address": NEWS2, "why": "newsletter"},
    {"address": OOO_DISTR, "why": "auto-reply"},
    {"address": COLD, "why": "unknown sender, no answer"},
    {"address": COLD2, "why": "unknown sender, no answer"},
    {"address": THANKS, "why": "thanks only"},
    {"address": ORLOV, "why": "internal"},
    {"address": SOCD, "why": "internal"},
]
