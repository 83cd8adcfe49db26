"""Tripwise Corporate Travel: every message, meeting and call of ten weeks, written by hand,
with the labels a careful reader gives them. Everything here is invented.
Times are Moscow time ("MM-DD HH:MM", year 2026); build.py renders each Date header in the
sender's own time zone."""
import datetime as _dt
from zoneinfo import ZoneInfo as _Z

AS_OF = "2026-12-04T18:00:00+03:00"
AS_OF_DT = _dt.datetime(2026, 12, 4, 18, 0, tzinfo=_Z("Europe/Moscow"))
INTERNAL_DOMAINS = ["tripwise.ru"]
MSGID_HOST = {"gmail.com": "mail.gmail.com", "yandex.ru": "mail.yandex.ru",
              "tripwise.ru": "MSK-EXCH02.tripwise.local"}

HEAD = "irina.volkova@tripwise.ru"
DO = "dmitry.orlov@tripwise.ru"      # Moscow, Russian clients
KM = "kate.morgan@tripwise.ru"       # Moscow office, English only
AG = "alina.garipova@tripwise.ru"    # Yekaterinburg office (UTC+5), RU and EN
SL = "sergey.lebedev@tripwise.ru"    # Moscow, RU and EN

MANAGERS = [
    dict(email=HEAD, name="Ирина Волкова", role="head", tz="Europe/Moscow", locale="ru", ext="200", box="irina"),
    dict(email=DO, name="Дмитрий Орлов", role="manager", tz="Europe/Moscow", locale="ru", ext="201", box="dmitry"),
    dict(email=KM, name="Kate Morgan", role="manager", tz="Europe/Moscow", locale="en", ext="202", box="kate"),
    dict(email=AG, name="Алина Гарипова", role="manager", tz="Asia/Yekaterinburg", locale="ru", ext="203", box="alina"),
    dict(email=SL, name="Сергей Лебедев", role="manager", tz="Europe/Moscow", locale="ru", ext="204", box="sergey"),
]

PRODUCTS = [
    dict(code="tmc", en="Business travel management", ru="Обслуживание командировок",
         aliases=["командировки", "travel management", "business travel", "TMC", "корпоративное обслуживание"]),
    dict(code="mice", en="Events and incentives (MICE)", ru="Мероприятия и инсентив",
         aliases=["мероприятие", "конференция", "выездная сессия", "offsite", "incentive", "event", "conference"]),
    dict(code="visa", en="Visa support", ru="Визовая поддержка",
         aliases=["визы", "виза", "visa", "visas", "приглашения"]),
    dict(code="charter", en="Group and charter flights", ru="Групповые и чартерные перевозки",
         aliases=["чартер", "charter", "групповой перелёт", "вахта", "group booking"]),
]

PEOPLE = {}   # address -> (display name, time zone)


def P(addr, name, tz="Europe/Moscow"):
    PEOPLE[addr] = (name, tz)
    return addr


for _m in MANAGERS:
    P(_m["email"], _m["name"], _m["tz"])

MSGS = []
BY_KEY = {}


def M(key, when, frm, to, subject, body, cc=(), irt=None, quote=None, noirt=False,
      prom=(), inb=None, compl=None, headers=None):
    """One message. irt: key of the message it replies to (In-Reply-To), noirt=True drops the header
    although the text is a reply; quote=(style, key) appends that message as quoted history.
    prom: [(side, verbatim quote, due, status)]; inb: (needs_answer, answered_by) for a client
    message to a manager; compl: True (about us) / False (third party) for a complaint."""
    m = dict(key=key, when=when, **{"from": frm}, to=list(to) if isinstance(to, (list, tuple)) else [to],
             cc=list(cc), subject=subject, body=body, irt=irt, quote=quote, noirt=noirt,
             prom=list(prom), headers=headers or {})
    if inb is not None:
        m["inb"] = inb
    if compl is not None:
        m["compl"] = compl
    assert key not in BY_KEY, key
    MSGS.append(m); BY_KEY[key] = m
    return m


MEETINGS = []


def MEET(uid, when, minutes, organizer, attendees, summary, location="", description="", cancelled=False,
         created=None):
    ev = dict(uid=uid + "@tripwise.ru", when=when, minutes=minutes, organizer=organizer, attendees=list(attendees),
              summary=summary, location=location, description=description, cancelled=cancelled)
    if created:
        ev["created"] = created
    MEETINGS.append(ev)
    return ev["uid"]


CALLS_HEADER = ["Начало вызова", "Тип вызова", "Линия сотрудника", "Номер собеседника",
                "Длит. разговора (сек)", "Итог вызова", "Комментарий оператора"]
CALLS_COLUMNS = {"time": "Начало вызова", "direction": "Тип вызова", "manager": "Линия сотрудника",
                 "phone": "Номер собеседника", "duration": "Длит. разговора (сек)",
                 "status": "Итог вызова", "note": "Комментарий оператора"}
CALLS = []


def CALL(cid, when, direction, ext, phone, sec, client, status=None, note=""):
    CALLS.append(dict(id=cid, when=when, dir=direction, ext=ext, phone=phone, sec=sec, client=client,
                      status=status or ("Отвечен" if sec else "Не отвечен"), note=note))
    return cid


CLIENTS = []     # (client, domains, owner, segment, phones)
CLIENT_ADDRS = set()
NEGS = []
NOT_NEGS = []


def C(addr, name, tz="Europe/Moscow"):
    CLIENT_ADDRS.add(addr)
    return P(addr, name, tz)


def NEG(client, manager, product, stage, evidence, next_contact, source, amount=None, close=None):
    NEGS.append({"client": client, "manager": manager, "product": product, "stage": stage,
                 "stage_evidence": evidence, "next_contact": next_contact, "next_contact_source": source,
                 "amount": amount, "expected_close": close})


# ---------------------------------------------------------------------------------------------
# Internal people who are not managers, and the noise
BUH = P("buh@tripwise.ru", "Лариса Мещерякова (бухгалтерия)")
NEWS = P("digest@tourprom-biz.ru", "ТурПром Бизнес-дайджест")
COLD = P("partners@leadforge.io", "Ryan Hale | LeadForge")
HOTEL_NR = P("noreply@nevsky-grand.ru", "Nevsky Grand Hotel")
HOTEL = P("groups@nevsky-grand.ru", "Nevsky Grand — Group Sales")
THX = P("a.petrenko1978@rambler.ru", "Алексей Петренко")

# =============================================================================================
# DMITRY ORLOV — Russian clients, Moscow. Short, businesslike, a bit dry; signs "Дмитрий".
SIG_DO = """--
С уважением,
Дмитрий Орлов
Менеджер по корпоративным клиентам
Tripwise Corporate Travel
+7 (495) 660-31-20, доб. 201 | моб. +7 916 204-17-33"""

# --- 1. Кварц Девелопмент: business travel, won --------------------------------------------
BEL = C("n.belova@kvarcdev.ru", "Наталья Белова")
CLIENTS.append(("ООО «Кварц Девелопмент»", "kvarcdev.ru", DO, "mid", "+7 495 741-22-09"))
SIG_BEL = """Наталья Белова
Административный директор
ООО «Кварц Девелопмент»
тел. +7 (495) 741-22-09, моб. +7 926 318-40-72"""

M("kv01", "10-01 10:42", BEL, DO, "Корпоративное обслуживание командировок",
  """Дмитрий, добрый день!

Вас порекомендовали коллеги из «Стройинвеста». У нас сейчас командировки оформляет каждый сам,
бухгалтерия страдает с отчётными документами. В месяц примерно 35-40 поездок: Москва - Казань,
Екатеринбург, Новосибирск, иногда Минск. Хотим передать это агентству на постоянное обслуживание.

Расскажите, как у вас это устроено и сколько стоит? Можно встретиться на следующей неделе.

""" + SIG_BEL, inb=(True, "kv02"))
M("kv02", "10-01 12:15", DO, BEL, "RE: Корпоративное обслуживание командировок",
  """Наталья, добрый день!

Спасибо за обращение и привет коллегам из «Стройинвеста».
Коротко: выделенный менеджер 24/7, онлайн-кабинет для бронирования, единый счёт и закрывающие
документы раз в месяц, постоплата. Сервисный сбор зависит от объёма.

Предлагаю встретиться во вторник, 6 октября, в 11:00 у вас в офисе. Приглашение пришлю отдельно.

""" + SIG_DO, irt="kv01", quote=("outlook_ru", "kv01"),
  prom=[("manager", "Приглашение пришлю отдельно.", None, "kept")])
KV_M1 = MEET("kv-meet-1006", "10-06 11:00", 60, DO, [BEL], "Кварц Девелопмент — знакомство, командировки",
             "Москва, Пресненская наб. 12, офис Кварц", created="10-01 12:20")
M("kv03", "10-08 17:50", DO, BEL, "Коммерческое предложение Tripwise для Кварц Девелопмент",
  """Наталья, добрый вечер!

По итогам встречи во вторник направляю коммерческое предложение (во вложении - в теле письма
кратко):
- сервисный сбор 350 руб. за авиа/ж.д. билет, 250 руб. за гостиницу;
- постоплата 14 дней, лимит 1,5 млн руб.;
- отчётные документы до 5 числа следующего месяца.
При вашем объёме годовой оборот по договору оцениваем примерно в 12 млн руб.

Если вопросов нет, следующим шагом пришлю проект договора.

""" + SIG_DO)
M("kv04", "10-13 09:31", BEL, DO, "Re: Коммерческое предложение Tripwise для Кварц Девелопмент",
  """Дмитрий, спасибо.
Финдиректор просит постоплату 30 дней и лимит 2 млн. Сбор за гостиницы можно 200?
Если договоримся - готовы подписывать в этом месяце-начале следующего.

Н.Б.
""", irt="kv03", quote=("outlook_ru", "kv03"), inb=(True, "kv05"))
M("kv05", "10-14 16:05", DO, BEL, "RE: Коммерческое предложение Tripwise для Кварц Девелопмент",
  """Наталья,
по постоплате: 30 дней можем, лимит 2 млн - согласовал с руководителем. Гостиница - 200 руб. тоже ок
при условии, что все поездки идут через нас.
Проект договора пришлю до конца следующей недели.

Дмитрий
""", irt="kv04", quote=("outlook_ru", "kv04"), cc=[HEAD],
  prom=[("manager", "Проект договора пришлю до конца следующей недели.", "2026-10-23", "broken")])
M("kv06", "10-27 11:20", DO, BEL, "Проект договора на обслуживание",
  """Наталья, добрый день!

Извините за задержку - юристы вносили правки. Во вложении проект договора на обслуживание
командировок с условиями, которые мы согласовали (постоплата 30 дней, лимит 2 млн руб.).
Жду комментариев вашего юриста.

""" + SIG_DO)
M("kv07", "11-05 15:44", BEL, DO, "Re: Проект договора на обслуживание",
  """Дмитрий, добрый день.
Юрист вернул с двумя правками (п. 4.2 и 7.1), файл прикладываю. Если согласны - подписываем.
Оригиналы отправим курьером.

""" + SIG_BEL, irt="kv06", quote=("outlook_ru", "kv06"), inb=(True, "kv08"),
  prom=[("client", "Оригиналы отправим курьером.", None, "kept")])
M("kv08", "11-06 10:02", DO, BEL, "RE: Проект договора на обслуживание",
  """Наталья, правки приняты, подписанный с нашей стороны экземпляр отправим в понедельник.

Дмитрий
""", irt="kv07", quote=("outlook_ru", "kv07"),
  prom=[("manager", "подписанный с нашей стороны экземпляр отправим в понедельник.", "2026-11-09", "kept")])
M("kv09", "11-16 14:12", BEL, DO, "Договор подписан",
  """Дмитрий, добрый день!
Договор № 118-К от 09.11.2026 подписан, скан во вложении, оригиналы курьер привезёт завтра.
С понедельника все командировки через вас. Первая заявка - Казань, 3 человека, 24.11.

""" + SIG_BEL, inb=(True, "kv10"))
M("kv10", "11-16 15:30", DO, BEL, "RE: Договор подписан",
  """Наталья, спасибо! Доступы в личный кабинет пришлю сегодня до конца дня, по Казани оформим.
Предлагаю через месяц встретиться и посмотреть, как идёт, - поставил в календарь 10 декабря.

Дмитрий
""", irt="kv09", quote=("outlook_ru", "kv09"),
  prom=[("manager", "Доступы в личный кабинет пришлю сегодня до конца дня, по Казани оформим.", "2026-11-16", "kept")])
M("kv11", "11-16 18:40", DO, BEL, "Доступ в личный кабинет Tripwise",
  """Наталья, логин и временный пароль - в отдельном SMS на ваш мобильный. Ссылка: https://my.tripwise.ru

Дмитрий""")
M("kv12", "11-17 09:05", BEL, DO, "Re: Доступ в личный кабинет Tripwise",
  "Спасибо, всё работает!\n", irt="kv11", inb=(False, None))
KV_M2 = MEET("kv-meet-1210", "12-10 11:00", 60, DO, [BEL], "Кварц Девелопмент — первый месяц обслуживания",
             "Москва, Пресненская наб. 12", created="11-16 15:31")
NEG("ООО «Кварц Девелопмент»", DO, "tmc", "won", "kv09", "2026-12-10", "meeting", (12000000, "RUB"), "2026-11-16")

# --- 2. Технопарк Лесной: conference, negotiation ----------------------------------------------
SID = C("o.sidorenko@tplesnoy.ru", "Олег Сидоренко")
MFE = C("m.fedorova@tplesnoy.ru", "Марина Федорова")
CLIENTS.append(("АО «Технопарк Лесной»", "tplesnoy.ru", DO, "large", "+7 495 988-14-50"))
SIG_SID = """С уважением,
Олег Сидоренко
Директор по связям с общественностью
АО «Технопарк Лесной»
+7 (495) 988-14-50 доб. 310
+7 903 771-58-26"""

M("tl01", "10-19 13:10", SID, DO, "Конференция партнёров 2027",
  """Дмитрий, здравствуйте.
Планируем ежегодную конференцию партнёров в феврале 2027, ориентировочно 150 человек, 2 дня,
хотим не в Москве - Казань или Нижний. Нужны перелёт/поезд для части участников, гостиница,
площадка, трансферы, вечерняя программа. Бюджет до 4,2 млн руб.

Сможете собрать концепцию и смету? Решение по подрядчику примем до 15 декабря.

""" + SIG_SID, inb=(True, "tl02"))
M("tl02", "10-19 15:48", DO, SID, "RE: Конференция партнёров 2027",
  """Олег, добрый день!
Да, сможем. Чтобы не гадать, давайте 30 минут созвонимся - уточню даты, формат и требования к
площадке. Завтра в 12:00 удобно? Позвоню сам.

""" + SIG_DO, irt="tl01", quote=("outlook_ru", "tl01"),
  prom=[("manager", "Позвоню сам.", None, "kept")])
M("tl03", "10-29 18:20", DO, SID, "Технопарк Лесной: концепция и смета конференции",
  """Олег, добрый вечер!
Как обещал, концепция и предварительная смета конференции в Казани (Корстон или Ривьера на выбор),
12-13 февраля 2027, 150 участников. Итого 3 960 000 руб. с НДС, подробная раскладка в файле.
Буду рад обсудить.

""" + SIG_DO)
M("tl04", "11-09 10:15", SID, DO, "Re: Технопарк Лесной: концепция и смета конференции",
  """Дмитрий, посмотрели. В целом нравится, но:
1) Ривьера - нет, только Корстон;
2) вечер - без ведущего-звезды, нам нужен нормальный ужин и кавер-группа;
3) трансферы из аэропорта - надо считать два прилёта, не один.
Можно обновлённую смету? И давайте встретимся у нас, покажете варианты зала.

""" + SIG_SID, irt="tl03", quote=("outlook_ru", "tl03"), cc=[MFE], inb=(True, "tl05"))
TL_M1 = MEET("tl-meet-1112", "11-12 15:00", 90, DO, [SID, MFE], "Технопарк Лесной: конференция, обсуждение сметы",
             "Технопарк Лесной, корп. 2, переговорная 5", created="11-09 11:00")
M("tl05", "11-09 11:02", DO, SID, "RE: Технопарк Лесной: концепция и смета конференции",
  """Олег, принято. Предлагаю встречу в четверг, 12 ноября, в 15:00 у вас - приглашение отправил.
Обновлённую смету принесу на встречу.

Дмитрий""", irt="tl04", quote=("outlook_ru", "tl04"), cc=[MFE],
  prom=[("manager", "Обновлённую смету принесу на встречу.", None, "kept")])
M("tl06", "11-25 12:40", MFE, DO, "Конференция Казань — договор и оплата",
  """Добрый день, Дмитрий!

Меня зовут Марина, я из отдела закупок, занимаюсь вашей заявкой. Олег Викторович передал мне
вопрос по конференции. Пришлите, пожалуйста, финальную смету с учётом встречи 12.11 и ваш
типовой договор - нам нужно провести вас через тендерную комиссию.

Марина Федорова
специалист отдела закупок
АО «Технопарк Лесной»
тел. +7 (495) 988-14-50 доб. 144""", inb=(True, "tl07"))
M("tl07", "11-25 14:05", DO, MFE, "RE: Конференция Казань — договор и оплата",
  """Марина, добрый день!
Финальную смету и типовой договор пришлю до пятницы.

Дмитрий Орлов""", irt="tl06", quote=("outlook_ru", "tl06"), cc=[SID],
  prom=[("manager", "Финальную смету и типовой договор пришлю до пятницы.", "2026-11-27", "kept")])
M("tl08", "11-27 17:55", DO, MFE, "RE: Конференция Казань — договор и оплата",
  """Марина, Олег, добрый вечер!
Во вложении финальная смета (4 150 000 руб. с НДС: Корстон, два трансфера, ужин с кавер-группой) и
наш типовой договор на организацию мероприятия.

Дмитрий""", irt="tl07", quote=("outlook_ru", "tl07"), cc=[SID])
M("tl09", "12-02 10:30", SID, DO, "Казань",
  """Дмитрий, привет. Марина говорит, комиссия в целом за вас, но у конкурента дешевле на 300 тыс.
Подумай, где можно подвинуться. Давай созвонимся в среду 9-го утром, до комиссии.
Ещё вопрос - а запасные площадки в Казани есть? Если Корстон не подтвердит даты.

О.С.
Отправлено с iPhone""", inb=(True, "tl10"))
M("tl10", "12-02 12:10", DO, SID, "RE: Казань",
  """Олег, понял. Посмотрю, что можно сделать по цене без потери качества.
Варианты запасных площадок в Казани вышлю до понедельника. В среду, 9-го, в 10:00 наберу вас.

Дмитрий""", irt="tl09", quote=("outlook_ru", "tl09"),
  prom=[("manager", "Варианты запасных площадок в Казани вышлю до понедельника.", "2026-12-07", "open"),
        ("manager", "В среду, 9-го, в 10:00 наберу вас.", "2026-12-09", "open")])
CALL("c01", "10-20 12:02", "Исходящий", "201", "+7 903 771-58-26", 1540, "АО «Технопарк Лесной»",
     note="Лесной, конференция - даты, формат")
NEG("АО «Технопарк Лесной»", DO, "mice", "negotiation", "tl09", "2026-12-09", "client_request",
    (4150000, "RUB"), "2026-12-15")

# --- 3. Агрохолдинг Заречье: business travel, lost ----------------------------------------
GAN = C("ganin@zarechye-agro.ru", "Виктор Ганин")
CLIENTS.append(("ООО «Агрохолдинг Заречье»", "zarechye-agro.ru", DO, "mid", "+7 4732 55-18-90"))
SIG_GAN = """Ганин В.П.
начальник АХО
ООО "Агрохолдинг Заречье"
т. 8 (4732) 55-18-90"""
ZA_M1 = MEET("za-meet-1007", "10-07 14:00", 60, DO, [GAN], "Заречье — командировки (видеозвонок)",
             "Яндекс Телемост", created="10-05 09:00")
M("za01", "10-05 08:50", GAN, DO, "командировки",
  """Дмитрий, добрый день. По звонку в пятницу. Ездим много по районам и в Москву, человек 20 постоянно.
Давайте созвонимся по видео в среду в 14:00, расскажете условия.

""" + SIG_GAN, inb=(True, ZA_M1))
M("za02", "10-14 12:30", DO, GAN, "Условия обслуживания командировок — Заречье",
  """Виктор Петрович, добрый день!
Как договаривались в среду, высылаю условия: сервисный сбор 400 руб. за билет, 300 руб. за
гостиницу, постоплата 14 дней. Оценка годового оборота - около 5 млн руб.

""" + SIG_DO)
M("za03", "10-20 09:12", GAN, DO, "Re: Условия обслуживания командировок — Заречье",
  """Дмитрий, дорого. Нам предлагают 250 за билет. Сможете дать скидку?

""" + SIG_GAN, irt="za02", quote=("mailru", "za02"), inb=(True, "za04"))
M("za04", "10-20 10:05", DO, GAN, "RE: Условия обслуживания командировок — Заречье",
  """Виктор Петрович, понял вас. Согласую с руководителем и вернусь с ответом по скидке в четверг.

Дмитрий""", irt="za03", quote=("outlook_ru", "za03"),
  prom=[("manager", "Согласую с руководителем и вернусь с ответом по скидке в четверг.", "2026-10-22", "broken")])
M("za05", "10-26 16:40", DO, GAN, "RE: Условия обслуживания командировок — Заречье",
  """Виктор Петрович, добрый день!
Можем предложить 320 руб. за билет и 250 за гостиницу при обороте от 4 млн в год. Ниже, к
сожалению, не получится - у нас в цену входит круглосуточная поддержка.

Дмитрий""", irt="za04", quote=("outlook_ru", "za04"))
M("za06", "11-12 11:25", GAN, DO, "Re: RE: Условия обслуживания командировок — Заречье",
  """Дмитрий, добрый день. Спасибо за работу, но мы выбрали другое агентство - там условия лучше
и ответили быстрее. Если что-то изменится, обратимся.

""" + SIG_GAN, irt="za05", quote=("mailru", "za05"), inb=(False, None))
NEG("ООО «Агрохолдинг Заречье»", DO, "tmc", "lost", "za06", None, None, (5000000, "RUB"), None)

# --- 4. Медилайн Сервис: existing client, renewal 2027 + complaint -----------------------------
KOR = C("korneeva@medline-service.ru", "Елена Корнеева")
CLIENTS.append(("ООО «Медилайн Сервис»", "medline-service.ru", DO, "mid", "+7 495 212-90-34"))
SIG_KOR = """Корнеева Елена
офис-менеджер, ООО «Медилайн Сервис»
+7 (495) 212-90-34"""
M("ml01", "10-22 10:00", DO, KOR, "Продление договора на 2027 год",
  """Елена, добрый день!
Договор на обслуживание у нас действует до 31 декабря. Предлагаю продлить на 2027 год на тех же
условиях; при вашем обороте (около 8 млн в год) можем снизить сервисный сбор до 300 руб.
Удобно обсудить на следующей неделе?

""" + SIG_DO)
M("ml02", "10-23 17:15", KOR, DO, "Re: Продление договора на 2027 год",
  """Дмитрий, добрый вечер. Продлевать будем, но руководство хочет ещё и онлайн-кабинет с
согласованием поездок. Давайте созвонимся в понедельник после обеда.

""" + SIG_KOR, irt="ml01", quote=("gmail_ru", "ml01"), inb=(True, "c02"))
CALL("c02", "10-26 15:10", "Исходящий", "201", "+7 495 212-90-34", 960, "ООО «Медилайн Сервис»",
     note="Медилайн продление, кабинет согласования")
M("ml03", "11-18 09:40", KOR, DO, "Опять неправильные билеты!!!",
  """Дмитрий, это уже третий раз за месяц. Сотрудникам в Самару выписали билеты на 19-е вместо
18-го, они узнали об этом в аэропорту. Купили новые за свой счёт, 42 600 руб. Перед этим была
ошибка в фамилии, до этого - гостиница не на те даты.

Требуем компенсировать стоимость билетов и объяснить, что происходит. Если так пойдёт дальше,
продлевать договор на следующий год не будем.

""" + SIG_KOR, cc=[HEAD], inb=(True, "ml04"), compl=True,
  prom=[])
M("ml04", "11-18 11:20", HEAD, KOR, "RE: Опять неправильные билеты!!!",
  """Елена, добрый день!

Приношу извинения от имени Tripwise. Я разобралась: ошибку в дате допустил наш агент при ручном
перебронировании, это наша вина.
Стоимость билетов 42 600 руб. мы компенсируем - зачтём в ближайший счёт, акт пришлю до 20 ноября.
Дмитрий до конца недели подготовит порядок двойной проверки ваших заявок.

Ирина Волкова
Руководитель отдела корпоративных продаж
Tripwise Corporate Travel
+7 (495) 660-31-20, доб. 200""", irt="ml03", quote=("outlook_ru", "ml03"), cc=[DO],
  prom=[("manager", "Стоимость билетов 42 600 руб. мы компенсируем - зачтём в ближайший счёт, акт пришлю до 20 ноября.", "2026-11-20", "kept"),
        ("manager", "Дмитрий до конца недели подготовит порядок двойной проверки ваших заявок.", "2026-11-20", "broken")])
M("ml05", "11-20 16:00", HEAD, KOR, "Акт зачёта — Медилайн",
  """Елена, акт зачёта на 42 600 руб. во вложении. Ещё раз извините.

Ирина Волкова""", cc=[DO])
M("ml06", "11-26 12:05", KOR, DO, "Re: Продление договора на 2027 год",
  """Дмитрий, акт получили, спасибо. Руководство готово продлить договор, если с января будет
кабинет с согласованием и двойная проверка билетов. Когда пришлёте доп. соглашение?
Подписать нужно до Нового года, иначе у нас закроется бюджет.

""" + SIG_KOR, irt="ml02", noirt=True, quote=("gmail_ru", "ml02"), inb=(True, "ml07"))
M("ml07", "11-26 14:30", DO, KOR, "RE: Продление договора на 2027 год",
  """Елена, добрый день!
Доп. соглашение на 2027 год с кабинетом согласования пришлю в понедельник, 30 ноября.
Порядок двойной проверки прилагаю к нему же - извините, что затянул.

Дмитрий""", irt="ml06", quote=("outlook_ru", "ml06"),
  prom=[("manager", "Доп. соглашение на 2027 год с кабинетом согласования пришлю в понедельник, 30 ноября.", "2026-11-30", "broken")])
M("ml08", "12-03 10:10", KOR, DO, "Re: Продление договора на 2027 год",
  """Дмитрий, доп. соглашения так и нет. Напоминаю, что до Нового года осталось меньше месяца.

Е. Корнеева""", irt="ml07", quote=("gmail_ru", "ml07"), cc=[HEAD], inb=(True, None), compl=True)
NEG("ООО «Медилайн Сервис»", DO, "tmc", "negotiation", "ml06", None, None, (8000000, "RUB"), "2026-12-31")

# --- 5. Кедр Телеком: visas to China, qualified -------------------------------------------
KIM = C("p.kim@kedr-telecom.ru", "Павел Ким")
CLIENTS.append(("ООО «Кедр Телеком»", "kedr-telecom.ru", DO, "small", ""))
M("kd01", "11-10 13:05", KIM, DO, "визы в Китай для инженеров",
  """Добрый день.
Нужны деловые визы в КНР для 6 инженеров, выезд в Шэньчжэнь в середине января, потом, вероятно,
ещё две группы весной. Что нужно от нас и сроки?

--
Павел Ким, руководитель проектов
ООО «Кедр Телеком»
+7 (383) 209-55-17""", inb=(True, "kd02"))
M("kd02", "11-10 15:20", DO, KIM, "RE: визы в Китай для инженеров",
  """Павел, добрый день!
Сроки - 10-12 рабочих дней после подачи, пакет документов пришлю списком. Для расчёта нужен
список сотрудников с данными загранпаспортов и приглашение китайской стороны.
Перезвоню завтра утром, обсудим детали.

""" + SIG_DO, irt="kd01", quote=("outlook_ru", "kd01"),
  prom=[("manager", "Перезвоню завтра утром, обсудим детали.", "2026-11-11", "kept")])
CALL("c03", "11-11 10:20", "Исходящий", "201", "+7 383 209-55-17", 610, "ООО «Кедр Телеком»")
M("kd03", "11-11 11:00", KIM, DO, "Re: RE: визы в Китай для инженеров",
  """Дмитрий, спасибо за звонок. Списки сотрудников пришлём до конца недели, приглашение ждём от партнёров.

П.К.""", irt="kd02", quote=("yandex", "kd02"), inb=(False, None),
  prom=[("client", "Списки сотрудников пришлём до конца недели, приглашение ждём от партнёров.", "2026-11-13", "broken")])
M("kd04", "11-23 10:00", DO, KIM, "RE: визы в Китай для инженеров",
  """Павел, добрый день! Напоминаю про список сотрудников для виз - чтобы успеть к середине
января, подаваться нужно не позднее 20 декабря.

Дмитрий""", irt="kd03", quote=("outlook_ru", "kd03"))
NEG("ООО «Кедр Телеком»", DO, "visa", "qualified", "kd03", None, None, None, None)

# --- sole trader on yandex.ru: visa for Canton Fair ---------------------------------------
SMI = C("a.smirnov.ip@yandex.ru", "Андрей Смирнов")
M("sm01", "10-09 21:40", SMI, DO, "Виза Китай Кантонская ярмарка",
  """Здравствуйте. Мне ваш телефон дал Ким из Кедр Телекома. Я ИП, еду на Кантонскую ярмарку весной,
со мной двое. Нужны визы и билеты, гостиница в Гуанчжоу. Сколько будет стоить?
Андрей
89163345120""", inb=(True, "sm02"))
M("sm02", "10-12 10:15", DO, SMI, "RE: Виза Китай Кантонская ярмарка",
  """Андрей, добрый день!
Визовая поддержка - 9 500 руб. с человека (с консульским сбором), авиа и гостиница - по датам,
сейчас на апрель перелёт Москва - Гуанчжоу около 68 тыс. руб. туда-обратно. Когда определитесь
с датами, пришлите, пожалуйста, и я сделаю точный расчёт.

""" + SIG_DO, irt="sm01", quote=("outlook_ru", "sm01"))
M("sm03", "10-12 13:02", SMI, DO, "Re: RE: Виза Китай Кантонская ярмарка",
  """Понял, спасибо. Даты скажу после нового года.

Отправлено из мобильной Яндекс Почты""", irt="sm02", quote=("yandex", "sm02"), inb=(False, None))
NEG("a.smirnov.ip@yandex.ru", DO, "visa", "proposal", "sm02", None, None, None, None)

# --- thanks only (an old traveller) -------------------------------------------------------
M("thx01", "10-15 19:02", THX, DO, "спасибо",
  """Дмитрий, спасибо за помощь с пересадкой в Казани в прошлом месяце, всё прошло отлично!
Алексей""")
NOT_NEGS.append({"address": THX, "why": "thanks only"})

# =============================================================================================
# KATE MORGAN — English only, foreign subsidiaries and international clients. Warm, chatty.
SIG_KM = """Best regards,
Kate Morgan
Account Manager, International Clients
Tripwise Corporate Travel
T +7 495 660 31 20 ext. 202 | M +7 985 410 77 26"""

# --- 6. Nordvik Engineering: business travel, negotiation -----------------------------------
JOH = C("johan.lindqvist@nordvik.se", "Johan Lindqvist", "Europe/Stockholm")
CLIENTS.append(("Nordvik Engineering AB", "nordvik.se", KM, "large", "+46 8 545 812 30"))
SIG_JOH = """Johan Lindqvist
Head of Operations, Russia & CIS
Nordvik Engineering AB
+46 8 545 812 30 | +46 70 612 48 93"""
M("nv01", "10-02 11:05", JOH, KM, "Travel management for our Moscow team",
  """Hi Kate,

Got your name from Anders at the Swedish Chamber. We have 14 engineers rotating between
Stockholm, Moscow and Yekaterinburg, plus visitors from HQ, and right now everything is booked
by an assistant on personal cards. Finance hates it.

Could you send an overview of how you work with corporate accounts, and indicative fees?
Annual volume is around EUR 180,000 in tickets and hotels.

""" + SIG_JOH, inb=(True, "nv02"))
M("nv02", "10-02 14:30", KM, JOH, "RE: Travel management for our Moscow team",
  """Hi Johan,

Thanks so much for reaching out - and say hi to Anders from me!

Happy to help. In short: a dedicated agent team (English speaking, 24/7), one monthly invoice in
EUR or RUB, travel policy built into the booking tool, and duty-of-care tracking for your people.
I'll send a proper proposal with fees by Friday next week, once I understand your routes a bit better.
Would a 30-min video call on Tuesday work?

""" + SIG_KM, irt="nv01", quote=("outlook_en", "nv01"),
  prom=[("manager", "I'll send a proper proposal with fees by Friday next week, once I understand your routes a bit better.", "2026-10-09", "kept")])
NV_M1 = MEET("nv-meet-1006", "10-06 12:00", 30, KM, [JOH], "Nordvik / Tripwise - intro call", "Microsoft Teams",
             created="10-02 16:00")
M("nv03", "10-09 16:20", KM, JOH, "Tripwise proposal - Nordvik Engineering",
  """Hi Johan,

As promised, our proposal is attached. Headlines:
- transaction fee EUR 9 per air/rail ticket, EUR 6 per hotel booking;
- monthly invoicing in EUR, 30 days payment terms;
- online booking tool with your travel policy, plus 24/7 offline support.

Happy to walk your finance team through it.

""" + SIG_KM)
M("nv04", "10-21 09:55", JOH, KM, "Re: Tripwise proposal - Nordvik Engineering",
  """Kate,

Finance came back: they want EUR 7 per ticket and a quarterly business review in the contract.
Also - what SLA do you give for changes outside office hours? We had a bad experience with our
previous agency in Helsinki, nobody picked up the phone on a Sunday and our guy slept at the airport.

Can we meet when I'm in Moscow on 28 October?

Johan""", irt="nv03", quote=("gmail_en", "nv03"), inb=(True, "nv05"), compl=False)
M("nv05", "10-21 12:10", KM, JOH, "RE: Tripwise proposal - Nordvik Engineering",
  """Hi Johan,

Oh no, the airport story is every traveller's nightmare - sorry to hear it!
Our out-of-hours line answers within 60 seconds, and I'll put that into the SLA in writing.
EUR 7 I need to check with my director; QBRs are absolutely fine.

28 October works - I've sent an invite for 15:00 at our office.

Kate""", irt="nv04", quote=("outlook_en", "nv04"),
  prom=[("manager", "Our out-of-hours line answers within 60 seconds, and I'll put that into the SLA in writing.", None, "kept")])
NV_M2 = MEET("nv-meet-1028", "10-28 15:00", 60, KM, [JOH, HEAD], "Nordvik Engineering - commercial terms",
             "Tripwise office, Moscow, Lesnaya 5, 4th floor", created="10-21 12:15")
M("nv06", "10-29 10:30", KM, JOH, "Nordvik - follow-up from yesterday",
  """Hi Johan,

Lovely to finally meet in person! Quick recap:
- EUR 8 per ticket (Irina agreed to meet you halfway), EUR 6 per hotel;
- quarterly business reviews and the 60-second out-of-hours SLA go into the contract;
- you'll confirm the volume split between Moscow and Yekaterinburg.

I'll send the revised SLA by Wednesday.

""" + SIG_KM, prom=[("manager", "I'll send the revised SLA by Wednesday.", "2026-11-04", "kept")])
M("nv07", "11-03 17:45", KM, JOH, "Nordvik - revised SLA",
  """Hi Johan, revised SLA attached, with the out-of-hours clause on page 3. Kate""")
M("nv08", "11-19 08:40", JOH, KM, "Contract",
  """Hi Kate, SLA is fine. Legal is asking whether you can sign under Swedish law or at least
English-language version prevailing. I'll be back on this after our board on 10 December, no
decision before that I'm afraid.

Johan
Sent from my iPhone""", inb=(True, "nv09"))
M("nv09", "11-19 10:05", KM, JOH, "RE: Contract",
  """Morning Johan,

English version prevailing is no problem; Swedish law I'll check with our lawyers. Let's speak
after your board - I'll call you on 11 December.

Kate""", irt="nv08", quote=("iphone_en", "nv08"),
  prom=[("manager", "I'll call you on 11 December.", "2026-12-11", "open")])
NEG("Nordvik Engineering AB", KM, "tmc", "negotiation", "nv08", "2026-12-11", "manager_promise",
    (180000, "EUR"), None)

# --- 7. Harlow & Finch: partners' offsite in St Petersburg, contract --------------------------
OLI = C("o.grant@harlowfinch.co.uk", "Oliver Grant", "Europe/London")
SAR = C("s.patel@harlowfinch.co.uk", "Sarah Patel", "Europe/London")
CLIENTS.append(("Harlow & Finch LLP", "harlowfinch.co.uk", KM, "mid", "+44 20 7946 0318"))
SIG_OLI = """Oliver Grant | Office Managing Partner, Moscow
Harlow & Finch LLP
T: +44 20 7946 0318"""
M("hf01", "10-12 13:40", OLI, KM, "Partners' offsite - St Petersburg, May 2027",
  """Kate,

We'd like to hold our partners' offsite in St Petersburg on 20-22 May 2027, 35 people, mostly
flying in from London via Istanbul. Hotel in the centre, one working day, one day of culture,
a decent dinner. Budget is roughly EUR 95,000 all in.

One thing: last time (2019) the Astoria-type hotel we used overbooked and put six of our partners
in another hotel across town. The hotel simply didn't care. We don't want to repeat that.

Could you come back with a concept?

Oliver""", inb=(True, "hf02"), compl=False)
M("hf02", "10-12 15:00", KM, OLI, "RE: Partners' offsite - St Petersburg, May 2027",
  """Dear Oliver,

Thank you - what a lovely brief. Overbooking is exactly why we block rooms under a contract with
a guaranteed allotment, so that won't happen on our watch.
I'll come back with two concepts by 23 October.

""" + SIG_KM, irt="hf01", quote=("outlook_en", "hf01"),
  prom=[("manager", "I'll come back with two concepts by 23 October.", "2026-10-23", "kept")])
M("hf03", "10-13 09:00", KM, HOTEL, "Group request: 35 rooms, 20-22 May 2027",
  """Dear colleagues,

Could you please quote 35 single rooms for 20-22 May 2027 (2 nights), a meeting room for 40 and a
dinner for 40 on 21 May? Corporate client, contract allotment required.

""" + SIG_KM)
M("hf04", "10-13 09:01", HOTEL_NR, KM, "Автоматический ответ: Group request: 35 rooms, 20-22 May 2027",
  """Благодарим за обращение в Nevsky Grand! Ваш запрос зарегистрирован, менеджер ответит в течение
24 часов.
Thank you for contacting Nevsky Grand! Your request has been registered.""",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
M("hf05", "10-14 12:20", HOTEL, KM, "RE: Group request: 35 rooms, 20-22 May 2027",
  """Dear Kate, please find attached our group offer: 35 Superior rooms at RUB 21,500 per night,
meeting room and dinner as per spec. Option held until 30 November.

Nevsky Grand Group Sales""", irt="hf03")
M("hf06", "10-22 18:10", KM, OLI, "St Petersburg offsite - two concepts",
  """Dear Oliver,

Attached are the two concepts:
A) Nevsky Grand, working day in the hotel, Hermitage after hours, dinner at Palkin - EUR 91,400;
B) Four Seasons-style boutique on the Moika, working day at a palace hall, boat dinner - EUR 98,700.
Both include flights from Istanbul, transfers, visas (e-visa) and a host on site.

""" + SIG_KM)
M("hf07", "11-04 10:15", SAR, KM, "FW: St Petersburg offsite - two concepts",
  """Hi Kate,

I'm Oliver's EA and I'll coordinate the offsite from here. Partners voted for concept A, but want
the boat dinner from B. Could you re-price? We'd also need the contract draft - our General
Counsel needs ~2 weeks.

Thanks!
Sarah

Sarah Patel | Executive Assistant to the Office Managing Partner
Harlow & Finch LLP | +44 20 7946 0377""", cc=[OLI], quote=("fwd_en", "hf06"), inb=(True, "hf08"))
HF_M1 = MEET("hf-meet-1110", "11-10 13:00", 45, KM, [SAR, OLI], "Harlow & Finch offsite - pricing call",
             "Zoom", created="11-04 11:00")
M("hf08", "11-04 11:02", KM, SAR, "RE: FW: St Petersburg offsite - two concepts",
  """Hi Sarah, lovely to meet you!

Concept A + boat dinner - absolutely doable. Let's go through the numbers on a call on 10 November (invite sent), and the contract draft will follow right after.

Kate""", irt="hf07", quote=("outlook_en", "hf07"), cc=[OLI],
  prom=[("manager", "the contract draft will follow right after", None, "kept")])
M("hf09", "12-01 16:30", KM, SAR, "Harlow & Finch offsite - contract draft",
  """Hi Sarah,

Please find attached the contract draft for the offsite (concept A + boat dinner), EUR 94,200,
50% prepayment on signing. Sorry this took longer than I'd hoped - we had to lock the boat
operator first.

""" + SIG_KM, cc=[OLI])
M("hf10", "12-02 09:20", SAR, KM, "Re: Harlow & Finch offsite - contract draft",
  """Thanks Kate! Passed to our GC. We aim to sign before Christmas so the prepayment goes into
this year's budget. Could you confirm the room option is extended past 30 Nov?

Sarah""", irt="hf09", quote=("gmail_en", "hf09"), inb=(True, "hf11"))
M("hf11", "12-02 10:40", KM, SAR, "RE: Harlow & Finch offsite - contract draft",
  """Yes - the hotel extended the option to 25 December. Kate""", irt="hf10", quote=("outlook_en", "hf10"))
M("hf12", "12-02 11:00", SAR, KM, "Re: Harlow & Finch offsite - contract draft",
  """Perfect, thank you!""", irt="hf11", inb=(False, None))
NEG("Harlow & Finch LLP", KM, "mice", "contract", "hf09", None, None, (94200, "EUR"), "2026-12-24")
NOT_NEGS.append({"address": HOTEL_NR, "why": "auto-reply"})
NOT_NEGS.append({"address": HOTEL, "why": "supplier"})   # a hotel we buy from, not a client

# --- 8. Baltic Amber Foods: visa invitations, goes silent -----------------------------------
KAT = C("k.vogel@balticamber.de", "Katrin Vogel", "Europe/Berlin")
CLIENTS.append(("Baltic Amber Foods GmbH", "balticamber.de", KM, "small", "+49 40 3346 2210"))
M("ba01", "10-15 10:00", KAT, KM, "Business visas for our delegation",
  """Dear Ms Morgan,

we are planning a delegation of 8 people to the food fair in Moscow in February. We need
invitation letters and business visas, hotel near Crocus Expo, transfers.
Please send us your offer.

Kind regards
Katrin Vogel
Export Department
Baltic Amber Foods GmbH
Tel. +49 40 3346 2210""", inb=(True, "ba02"))
M("ba02", "10-15 12:40", KM, KAT, "RE: Business visas for our delegation",
  """Dear Katrin,

Thank you for getting in touch! Could you share the exact dates and whether all 8 travellers hold
German passports? Then I'll put the offer together straight away.

""" + SIG_KM, irt="ba01", quote=("outlook_en", "ba01"))
M("ba03", "10-27 15:10", KAT, KM, "AW: Business visas for our delegation",
  """Dear Kate,
dates 8-12 February 2027, all German passports except one Polish. 

Regards, K. Vogel""", irt="ba02", quote=("outlook_en", "ba02"), inb=(True, "ba04"))
M("ba04", "10-30 11:30", KM, KAT, "Offer - Baltic Amber delegation, 8-12 Feb 2027",
  """Dear Katrin,

Our offer is attached: invitation letters and visa processing EUR 190 per person, hotel at Crocus
4 nights, daily transfers - EUR 7,850 in total for 8 people.
Happy to adjust anything.

""" + SIG_KM, irt="ba03", noirt=True)
M("ba05", "11-10 10:00", KM, KAT, "RE: Offer - Baltic Amber delegation, 8-12 Feb 2027",
  """Hi Katrin, just checking whether you had a chance to look at the offer? Visa processing
for February should start by mid-December. Kate""", irt="ba04", quote=("outlook_en", "ba04"))
M("ba06", "11-24 10:30", KM, KAT, "RE: Offer - Baltic Amber delegation, 8-12 Feb 2027",
  """Dear Katrin, I'm following up once more - please let me know if the delegation is still on.
Kind regards, Kate""", irt="ba05", quote=("outlook_en", "ba05"))
NEG("Baltic Amber Foods GmbH", KM, "visa", "lost", "ba06", None, None, (7850, "EUR"), None)

# --- 9. Kestrel Mining Services: rotation charter, proposal -----------------------------------
LIA = C("liam.carter@kestrel-ms.ae", "Liam Carter", "Asia/Dubai")
CLIENTS.append(("Kestrel Mining Services FZE", "kestrel-ms.ae", KM, "large", "+971 4 355 8120"))
SIG_LIA = """Liam Carter
Logistics Superintendent
Kestrel Mining Services FZE
Office +971 4 355 8120 | Mob +971 50 412 6637"""
M("ks01", "11-02 07:30", LIA, KM, "Crew rotation flights Moscow - Magadan",
  """Kate,

We rotate ~90 people every 4 weeks between Moscow and Magadan. Our current carrier cancelled two
rotations in October at 24 hours' notice and the crews were stuck in Domodedovo for a day and a
half - their ops centre doesn't even answer emails. I need an alternative from January.

Can you do a group block or a charter? Numbers please.

""" + SIG_LIA, inb=(True, "ks02"), compl=False)
M("ks02", "11-02 10:15", KM, LIA, "RE: Crew rotation flights Moscow - Magadan",
  """Hi Liam,

That sounds awful for your crews - sorry! Yes, we do both. A monthly charter (B737-800, 180 seats)
would be more than you need, so I'd suggest a guaranteed group block on scheduled flights with a
back-up charter option. I'll get you numbers by next Tuesday.

""" + SIG_KM, irt="ks01", quote=("outlook_en", "ks01"),
  prom=[("manager", "I'll get you numbers by next Tuesday.", "2026-11-10", "kept")])
M("ks03", "11-10 13:00", KM, LIA, "Kestrel rotations - proposal",
  """Hi Liam,

Proposal attached: guaranteed group block of 90 seats every 4 weeks, Moscow - Magadan - Moscow,
RUB 58,000 per return seat, with a back-up charter if the block fails. Annual value around
RUB 68 mln for 13 rotations.

""" + SIG_KM)
M("ks04", "11-30 06:45", LIA, KM, "Re: Kestrel rotations - proposal",
  """Kate - sorry, been on site with no signal. Board liked it. Main question is the penalty if the
block fails and your charter can't fly either. Let's talk on Wednesday, 9am Moscow time?

Liam
Sent from my iPhone""", irt="ks03", quote=("iphone_en", "ks03"), inb=(True, "ks05"))
M("ks05", "11-30 09:30", KM, LIA, "RE: Kestrel rotations - proposal",
  """Hi Liam, Wednesday 9am Moscow works, I'll send an invite. Kate""", irt="ks04", quote=("outlook_en", "ks04"))
KS_M1 = MEET("ks-meet-1202", "12-02 09:00", 45, KM, [LIA], "Kestrel - rotation flights, penalties", "Microsoft Teams",
             created="11-30 09:31")
M("ks06", "12-02 11:15", KM, LIA, "Kestrel - penalty clause",
  """Hi Liam,

Thanks for the call. As agreed, I'll send the draft penalty clause by Thursday and you'll share it
with your legal team. Call with your CFO pencilled in for 10 December.

Kate""", prom=[("manager", "I'll send the draft penalty clause by Thursday", "2026-12-03", "broken")])
KS_M2 = MEET("ks-meet-1210", "12-10 10:00", 45, KM, [LIA], "Kestrel - call with CFO", "Microsoft Teams",
             created="12-02 11:20")
NEG("Kestrel Mining Services FZE", KM, "charter", "negotiation", "ks04", "2026-12-10", "meeting",
    (68000000, "RUB"), None)

# --- 10. Brightwater Analytics: business travel, won ----------------------------------------
PRI = C("priya.nair@brightwater.io", "Priya Nair", "Europe/London")
CLIENTS.append(("Brightwater Analytics Ltd", "brightwater.io", KM, "small", "+44 20 7946 0502"))
M("bw00", "09-29 17:30", KM, PRI, "Brightwater - contract",
  """Hi Priya,

Following our chat last week, here are the terms in writing: EUR 9 per air/rail ticket, EUR 6
per hotel, monthly invoice in EUR, 30 days. If that works for you, I'll send the contract.

""" + SIG_KM)
M("bw01", "10-05 12:00", PRI, KM, "Re: Brightwater - contract",
  """Hi Kate,

We're happy with the terms from your last email (GBP invoices aren't needed, EUR is fine).
Please send the contract for signature - we'd like to start before our November sales kick-off.

Priya Nair
People & Operations Lead, Brightwater Analytics
+44 20 7946 0502""", inb=(True, "bw02"))
M("bw02", "10-05 15:20", KM, PRI, "RE: Brightwater - contract",
  """Hi Priya, wonderful news! Contract attached - EUR 40,000 estimated annual volume, EUR 9 per
ticket. Kate""", irt="bw01", quote=("outlook_en", "bw01"))
M("bw03", "10-23 11:30", PRI, KM, "Signed contract",
  """Kate - signed copy attached. Looking forward to working with you!
Priya""", inb=(True, "bw04"))
M("bw04", "10-23 12:00", KM, PRI, "RE: Signed contract",
  """Thank you Priya! Welcome on board. I've booked 8 December for a first review, see invite.
Kate""", irt="bw03", quote=("outlook_en", "bw03"))
BW_M1 = MEET("bw-meet-1208", "12-08 14:00", 30, KM, [PRI], "Brightwater - first review", "Zoom",
             created="10-23 12:01")
M("bw05", "11-20 17:02", PRI, KM, "Kick-off travel",
  """Kate, everyone got to Moscow and back for the kick-off without a single hitch. Thank you!!""", inb=(False, None))
NEG("Brightwater Analytics Ltd", KM, "tmc", "won", "bw03", "2026-12-08", "meeting", (40000, "EUR"), "2026-10-23")

# --- sole trader on gmail.com ---------------------------------------------------------------
MAR = C("mark.ellison.consult@gmail.com", "Mark Ellison", "Europe/Moscow")
M("me01", "11-13 20:10", MAR, KM, "Quote for a few trips",
  """Hi Kate, Johan Lindqvist gave me your contact. I'm an independent consultant working with
Nordvik, I'll need Moscow - Yekaterinburg - Stockholm trips roughly monthly. Could you quote your
fee for someone like me, without a company contract?

Cheers
Mark Ellison
+7 915 208 44 61""", inb=(True, "me02"))
M("me02", "11-16 10:00", KM, MAR, "RE: Quote for a few trips",
  """Hi Mark, lovely to hear from you! For individual travellers we charge EUR 15 per ticket and
EUR 10 per hotel, paid by card. Happy to set up a profile for you. Kate""", irt="me01", quote=("outlook_en", "me01"))
M("me03", "11-16 22:40", MAR, KM, "Re: Quote for a few trips",
  """Thanks, let me think about it.""", irt="me02", quote=("gmail_en", "me02"), inb=(False, None))
CALL("c04", "11-25 12:30", "Входящий", "202", "+7 915 208-44-61", 0, MAR, status="Не отвечен")
NEG(MAR, KM, "tmc", "proposal", "me02", None, None, None, None)

# =============================================================================================
# ALINA GARIPOVA — Yekaterinburg office, two hours ahead of Moscow. Lively, many exclamation
# marks, writes times "по Екб"; writes English to the Japanese subsidiary.
SIG_AG = """Алина Гарипова
Менеджер по работе с корпоративными клиентами | Tripwise, Екатеринбург
+7 (343) 310-77-45, доб. 203 | +7 912 604-33-18"""
SIG_AG_EN = """Kind regards,
Alina Garipova
Corporate Account Manager | Tripwise Corporate Travel, Yekaterinburg office
+7 343 310 77 45 ext. 203 | +7 912 604 33 18"""

# --- 11. УралТехСнаб: business travel, negotiation, "лимит 30 млн" ---------------------------
LAP = C("lapteva@uraltechsnab.ru", "Евгения Лаптева", "Asia/Yekaterinburg")
SHU = C("shumilov@uraltechsnab.ru", "Игорь Шумилов", "Asia/Yekaterinburg")
CLIENTS.append(("ООО «УралТехСнаб»", "uraltechsnab.ru", AG, "large", "+7 343 287-60-11; +7 922 118-04-52"))
SIG_LAP = """Лаптева Евгения Сергеевна
Финансовый директор ООО «УралТехСнаб»
т. +7 (343) 287-60-11, моб. +7 922 118-04-52"""
M("ut01", "10-06 07:20", LAP, AG, "Тендер на обслуживание командировок 2027",
  """Алина, доброе утро.
Объявляем выбор агентства на 2027 год. Объём - около 2 000 поездок в год, по деньгам лимит
30 млн руб. в год. Требования в приложении. Предложения принимаем до 23 октября.

""" + SIG_LAP, inb=(True, "ut02"))
M("ut02", "10-06 08:05", AG, LAP, "RE: Тендер на обслуживание командировок 2027",
  """Евгения Сергеевна, доброе утро!
Спасибо, что позвали! Предложение пришлём до 23 октября, обязательно. Можно я подъеду к вам
на следующей неделе - хочу понять, как у вас сейчас устроено согласование поездок?

""" + SIG_AG, irt="ut01", quote=("outlook_ru", "ut01"),
  prom=[("manager", "Предложение пришлём до 23 октября, обязательно.", "2026-10-23", "kept")])
UT_M1 = MEET("ut-meet-1013", "10-13 09:00", 90, AG, [LAP, SHU], "УралТехСнаб — знакомство, процесс согласования",
             "Екатеринбург, ул. Малышева 51, БЦ Высоцкий, 22 эт.", created="10-06 09:00")
M("ut03", "10-22 14:40", AG, LAP, "Предложение Tripwise — УралТехСнаб 2027",
  """Евгения Сергеевна, добрый день!
Направляем наше предложение на 2027 год: сервисный сбор 290 руб. за билет, 190 руб. за
гостиницу, постоплата 45 дней, кабинет с двухуровневым согласованием (руководитель -> финансы),
выделенная группа в екатеринбургском офисе. Всё в приложении.

""" + SIG_AG, cc=[HEAD])
M("ut04", "11-06 06:55", SHU, AG, "вопросы по вашему предложению",
  """Алина, добрый день. Я отвечаю за командировки в УТС, Евгения Сергеевна передала мне.
1. Вахтовиков на Ямал тоже через вас или это отдельно?
2. Сможете закрывающие документы в ЭДО (Диадок)?
3. Кто отвечает ночью, если рейс отменили?

Шумилов И.А.
УТС, отдел кадров
+7 922 615-30-84""", inb=(True, "c05"))
CALL("c05", "11-06 09:10", "Исходящий", "203", "+7 922 615-30-84", 1320, "ООО «УралТехСнаб»",
     note="УТС Шумилов - вахта отдельно, ЭДО да")
M("ut05", "11-06 09:50", AG, SHU, "RE: вопросы по вашему предложению",
  """Игорь Александрович, как обсудили по телефону:
1. вахту посчитаем отдельно, это другой продукт (групповые перевозки);
2. ЭДО - да, Диадок;
3. ночью - дежурная группа в Москве, ответ за 60 секунд.
Письменные ответы отправлю Евгении Сергеевне в копии.

""" + SIG_AG, irt="ut04", quote=("outlook_ru", "ut04"), cc=[LAP])
M("ut06", "11-19 07:30", LAP, AG, "Итоги первого этапа",
  """Алина, добрый день.
Вы и ещё одно агентство прошли во второй этап. Нужна ваша лучшая цена и готовность подписать
договор до конца квартала - с 1 января мы должны работать по новому договору.
Давайте созвонимся в понедельник, 23-го, в 11 по Екб.

""" + SIG_LAP, inb=(True, "c06"))
CALL("c06", "11-23 09:00", "Исходящий", "203", "+7 343 287-60-11", 2100, "ООО «УралТехСнаб»",
     note="УТС, второй этап, цена")
M("ut07", "11-23 11:30", AG, LAP, "RE: Итоги первого этапа",
  """Евгения Сергеевна, спасибо за разговор!
Как договорились: сбор 260 руб. за билет при сохранении остальных условий. Обновлённое предложение и проект договора пришлю завтра.

""" + SIG_AG, irt="ut06", quote=("outlook_ru", "ut06"), cc=[HEAD],
  prom=[("manager", "Обновлённое предложение и проект договора пришлю завтра.", "2026-11-24", "kept")])
M("ut08", "11-24 15:20", AG, LAP, "УралТехСнаб — обновлённое предложение и проект договора",
  """Евгения Сергеевна, добрый день!
Во вложении обновлённое предложение (260 руб. за билет) и проект договора. Ждём ваших юристов.

""" + SIG_AG, cc=[SHU])
M("ut09", "12-03 08:10", LAP, AG, "Re: УралТехСнаб — обновлённое предложение и проект договора",
  """Алина, юристы посмотрели, замечаний немного (в файле). Решение по победителю - на правлении
15 декабря. Пришлите, пожалуйста, договор с правками до 10-го.

""" + SIG_LAP, irt="ut08", quote=("outlook_ru", "ut08"), inb=(True, "ut10"))
M("ut10", "12-03 10:00", AG, LAP, "RE: УралТехСнаб — обновлённое предложение и проект договора",
  """Евгения Сергеевна, принято! Договор с правками пришлю до 10 декабря.

Алина""", irt="ut09", quote=("outlook_ru", "ut09"),
  prom=[("manager", "Договор с правками пришлю до 10 декабря.", "2026-12-10", "open")])
NEG("ООО «УралТехСнаб»", AG, "tmc", "contract", "ut08", None, None, (30000000, "RUB"), "2026-12-31")

# --- 12. Исеть Энерго: shift-worker charter, proposal ----------------------------------------
TKA = C("tkachenko@iset-energo.ru", "Роман Ткаченко", "Asia/Yekaterinburg")
CLIENTS.append(("АО «Исеть Энерго»", "iset-energo.ru", AG, "large", "+7 343 359-02-70"))
SIG_TKA = """Р. Ткаченко
начальник отдела логистики персонала
АО «Исеть Энерго»
+7 (343) 359-02-70, +7 912 245-71-09"""
CALL("c07", "10-16 10:15", "Входящий", "203", "+7 912 245-71-09", 480, "АО «Исеть Энерго»",
     note="Исеть, вахта Новый Уренгой, просит КП")
M("ie01", "10-16 11:30", AG, TKA, "Вахтовые перевозки — по нашему разговору",
  """Роман Викторович, добрый день!
Спасибо за звонок! Чтобы посчитать вахтовые перевозки Екатеринбург - Новый Уренгой, пришлите,
пожалуйста, график заездов на 2027 год и число человек в каждом заезде.

""" + SIG_AG)
M("ie02", "10-20 06:40", TKA, AG, "Re: Вахтовые перевозки — по нашему разговору",
  """Алина, график во вложении. Заезд раз в 30 дней, 120-140 чел. В прошлом году перевозчик
дважды сорвал вылет, люди сутки сидели в Кольцово, по этой причине меняем подрядчика.

""" + SIG_TKA, irt="ie01", quote=("yandex", "ie01"), inb=(True, "ie03"), compl=False)
M("ie03", "10-30 13:00", AG, TKA, "КП: вахтовые перевозки Исеть Энерго 2027",
  """Роман Викторович, добрый день!
Направляем коммерческое предложение: чартер A320 Екатеринбург - Новый Уренгой - Екатеринбург,
12 ротаций в год, около 18 млн руб. в год, с резервом на рейсах «Уральских авиалиний».
Готова приехать и всё показать!

""" + SIG_AG, irt="ie02", noirt=True)
IE_M1 = MEET("ie-meet-1111", "11-11 10:00", 60, AG, [TKA], "Исеть Энерго — обсуждение КП по вахте",
             "Екатеринбург, ул. Толмачёва 9, Исеть Энерго", created="11-02 10:00")
M("ie04", "11-11 14:00", TKA, AG, "после встречи",
  """Алина, спасибо за встречу. Мы подумаем, ответ дадим после бюджетного комитета, он в январе.

Р.Т.""", inb=(False, "ie05"))
M("ie05", "11-11 14:30", AG, TKA, "RE: после встречи",
  """Роман Викторович, спасибо! Тогда наберу вас в середине января.

Алина""", irt="ie04", prom=[("manager", "Тогда наберу вас в середине января.", None, "open")])
NEG("АО «Исеть Энерго»", AG, "charter", "proposal", "ie03", None, None, (18000000, "RUB"), None)

# --- 13. Tanaka Precision Rus: work visas for Japanese engineers, English ---------------------
SAT = C("h.sato@tanaka-precision.ru", "Hiroshi Sato", "Asia/Yekaterinburg")
CLIENTS.append(("ООО «Танака Прецижн Рус»", "tanaka-precision.ru", AG, "mid", "+7 343 345-18-60"))
SIG_SAT = """Hiroshi Sato
General Affairs Manager
Tanaka Precision Rus LLC
+7 343 345 18 60"""
M("tp01", "10-26 05:10", SAT, AG, "Work permits and visas for engineers from Nagoya",
  """Dear Ms. Garipova,

We will receive 5 engineers from our Nagoya plant for the line installation from March 2027,
stay 6 months. We need work visa invitation, registration, flights Nagoya-Tokyo-Yekaterinburg and
apartments. Could you support us?

Best regards,
""" + SIG_SAT, inb=(True, "tp02"))
M("tp02", "10-26 07:30", AG, SAT, "RE: Work permits and visas for engineers from Nagoya",
  """Dear Mr. Sato,

Thank you for your request! Yes, we can support the whole package: invitations, migration
registration, flights and serviced apartments close to your plant.
May I visit you on Thursday to discuss the documents we need?

""" + SIG_AG_EN, irt="tp01", quote=("outlook_en", "tp01"))
TP_M1 = MEET("tp-meet-1029", "10-29 09:00", 60, AG, [SAT], "Tanaka Precision — visas and housing",
             "Tanaka Precision Rus, Berezovsky, ul. Zavodskaya 3", created="10-26 08:00")
M("tp03", "11-05 08:10", AG, SAT, "Tanaka Precision - proposal for the engineers' relocation",
  """Dear Mr. Sato,

Please find our proposal attached: invitations and registration RUB 38,000 per person,
serviced apartments RUB 95,000 per month per apartment, flights at fare + RUB 1,500 fee.
Total for 5 engineers for 6 months approx. RUB 3.4 mln.

""" + SIG_AG_EN)
M("tp04", "11-17 04:50", SAT, AG, "RE: Tanaka Precision - proposal for the engineers' relocation",
  """Dear Ms. Garipova,

Head office asks to reduce apartments cost, maybe 2 engineers share one apartment? Also they ask
when the invitation application must be submitted at latest.
I will ask our lawyer to check the contract terms by the end of next week.

Best regards,
Sato""", irt="tp03", quote=("outlook_en", "tp03"), inb=(True, "tp05"),
  prom=[("client", "I will ask our lawyer to check the contract terms by the end of next week.", "2026-11-27", "kept")])
M("tp05", "11-17 07:00", AG, SAT, "RE: Tanaka Precision - proposal for the engineers' relocation",
  """Dear Mr. Sato,

Sharing is possible - two-bedroom apartments would bring the total to approx. RUB 2.7 mln.
The invitation application must be filed no later than 15 January for a March arrival.
I will send the revised calculation tomorrow.

""" + SIG_AG_EN, irt="tp04", quote=("outlook_en", "tp04"),
  prom=[("manager", "I will send the revised calculation tomorrow.", "2026-11-18", "kept")])
M("tp06", "11-18 10:20", AG, SAT, "Tanaka - revised calculation", """Dear Mr. Sato, revised
calculation (shared apartments, RUB 2.7 mln) attached.

Alina""")
M("tp07", "11-27 06:30", SAT, AG, "Contract comments",
  """Dear Ms. Garipova,

Our lawyer's comments attached. Mainly liability if visa is refused. Can we discuss by phone
on Tuesday 1 December?

Sato""", inb=(True, "c08"))
CALL("c08", "12-01 08:00", "Исходящий", "203", "+7 343 345-18-60", 1260, "ООО «Танака Прецижн Рус»",
     note="Tanaka - ответственность при отказе в визе")
NEG("ООО «Танака Прецижн Рус»", AG, "visa", "contract", "tp09", "2026-12-09", "meeting", (2700000, "RUB"), None)

# --- 14. Малахит Девелопмент: New Year party, won -----------------------------------------------
ZAK = C("zakirova@malakhit-dev.ru", "Диляра Закирова", "Asia/Yekaterinburg")
CLIENTS.append(("ООО «Малахит Девелопмент»", "malakhit-dev.ru", AG, "mid", "+7 343 211-45-90"))
SIG_ZAK = """Диляра Закирова, HR-директор
ООО «Малахит Девелопмент»
+7 343 211-45-90 / +7 950 640-12-87"""
M("mk01", "10-08 06:30", ZAK, AG, "Новогодний корпоратив",
  """Алина, привет!
Снова к вам с корпоративом :) 19 декабря, 200 человек, загород, с ночёвкой и автобусами.
В прошлом году было круто, хотим так же, но без проблем с гардеробом.
Бюджет около 2,6 млн. Когда сможешь прислать варианты?

""" + SIG_ZAK, inb=(True, "mk02"))
M("mk02", "10-08 07:15", AG, ZAK, "Re: Новогодний корпоратив",
  """Диляра, привет! Ура, рады!
Варианты пришлю в пятницу, гардероб беру на себя лично :)

""" + SIG_AG, irt="mk01", quote=("gmail_ru", "mk01"),
  prom=[("manager", "Варианты пришлю в пятницу, гардероб беру на себя лично :)", "2026-10-09", "kept")])
M("mk03", "10-09 13:00", AG, ZAK, "Варианты площадок — корпоратив 19.12",
  """Диляра, три варианта: Таватуй, Бажуково, Сысерть. Расчёт в файле, все в пределах 2,6 млн.

Алина""")
MK_M1 = MEET("mk-meet-1015", "10-15 10:00", 60, AG, [ZAK], "Малахит — выбор площадки корпоратива",
             "Малахит Девелопмент, ул. Радищева 28", created="10-09 13:10")
M("mk04", "11-20 09:00", ZAK, AG, "договор подписан",
  """Алина, договор подписали, предоплату 50% отправили сегодня. Бажуково, ура!
Давай 10 декабря встретимся на площадке, посмотрим зал и рассадку.

Д.""", inb=(True, "mk05"))
M("mk05", "11-20 09:40", AG, ZAK, "Re: договор подписан",
  """Диляра, отлично! 10-го в 12:00 на площадке, приглашение отправила.

Алина""", irt="mk04", quote=("gmail_ru", "mk04"))
MK_M2 = MEET("mk-meet-1210", "12-10 12:00", 120, AG, [ZAK], "Малахит — осмотр площадки Бажуково",
             "База отдыха Бажуково", created="11-20 09:41")
NEG("ООО «Малахит Девелопмент»", AG, "mice", "won", "mk04", "2026-12-10", "meeting", (2600000, "RUB"), "2026-11-20")

# =============================================================================================
# SERGEY LEBEDEV — Moscow, pharma and retail; Russian and English; long polite sentences,
# "коллеги", numbered lists.
SIG_SL = """С уважением,
Сергей Лебедев
Ведущий менеджер по корпоративным продажам
Tripwise Corporate Travel
+7 (495) 660-31-20, доб. 204 | +7 925 733-10-48"""
SIG_SL_EN = """Kind regards,
Sergey Lebedev
Senior Corporate Sales Manager | Tripwise Corporate Travel
+7 495 660 31 20 ext. 204 | +7 925 733 10 48"""

# --- 15. Фармаком: business travel, contract ------------------------------------------------
ROG = C("rogova@farmakom.ru", "Татьяна Рогова")
CLIENTS.append(("АО «Фармаком»", "farmakom.ru", SL, "large", "+7 495 935-61-00"))
SIG_ROG = """Рогова Татьяна Андреевна
Руководитель службы административного обеспечения
АО «Фармаком»
+7 (495) 935-61-00 доб. 2214 | +7 916 880-23-51"""
M("fk01", "10-07 11:15", SL, ROG, "Tripwise: обслуживание командировок медицинских представителей",
  """Татьяна Андреевна, добрый день!

Благодарю за разговор на выставке «Аптека-2026». Как договаривались, кратко о том, что мы можем
предложить для ваших медицинских представителей в регионах:
1) единый кабинет с лимитами по регионам и должностям;
2) ж.д. и авиа, гостиницы по корпоративным тарифам в 60+ городах;
3) закрывающие документы в ЭДО, реестр для бухгалтерии в формате 1С.
Буду признателен за возможность встретиться и обсудить детали.

""" + SIG_SL)
M("fk02", "10-08 09:20", ROG, SL, "RE: Tripwise: обслуживание командировок медицинских представителей",
  """Сергей, добрый день. Да, давайте. Среда 14.10 в 14:00 у нас, Ленинградский пр-т 39.

""" + SIG_ROG, irt="fk01", quote=("outlook_ru", "fk01"), inb=(True, "fk03"))
M("fk03", "10-08 10:00", SL, ROG, "RE: Tripwise: обслуживание командировок медицинских представителей",
  """Татьяна Андреевна, благодарю, буду. Приглашение направил.""", irt="fk02")
FK_M1 = MEET("fk-meet-1014", "10-14 14:00", 90, SL, [ROG], "Фармаком — обслуживание командировок",
             "Москва, Ленинградский пр-т 39, АО Фармаком", created="10-08 10:00")
M("fk04", "10-20 18:00", SL, ROG, "Коммерческое предложение Tripwise для АО «Фармаком»",
  """Татьяна Андреевна, добрый вечер!

Направляю коммерческое предложение по итогам встречи 14 октября: 320 руб. за билет, 220 руб. за
гостиницу, постоплата 30 дней, оценка оборота - около 15 млн руб. в год.

""" + SIG_SL, cc=[HEAD])
M("fk05", "11-13 12:00", ROG, SL, "Re: Коммерческое предложение Tripwise для АО «Фармаком»",
  """Сергей, тендерный комитет одобрил вас. Готовы переходить к договору; хотим подписать до 20
декабря, чтобы начать с января. Пришлите проект.

""" + SIG_ROG, irt="fk04", quote=("outlook_ru", "fk04"), inb=(True, "fk06"))
M("fk06", "11-13 13:10", SL, ROG, "RE: Коммерческое предложение Tripwise для АО «Фармаком»",
  """Татьяна Андреевна, благодарю за доверие! Проект договора направлю в течение недели.""",
  irt="fk05", quote=("outlook_ru", "fk05"),
  prom=[("manager", "Проект договора направлю в течение недели.", "2026-11-20", "broken")])
M("fk07", "11-30 17:20", SL, ROG, "Проект договора — АО «Фармаком»",
  """Татьяна Андреевна, добрый вечер!
Направляю проект договора на обслуживание командировок. Приношу извинения за задержку -
согласовывали с нашей службой безопасности условия обработки персональных данных.

""" + SIG_SL, cc=[HEAD])
M("fk08", "12-01 10:05", ROG, SL, "Re: Проект договора — АО «Фармаком»",
  """Сергей, получили, юристы посмотрят до 11 декабря.

Т.Р.""", irt="fk07", inb=(False, None),
  prom=[("client", "юристы посмотрят до 11 декабря.", "2026-12-11", "open")])
FK_M2 = MEET("fk-meet-1214", "12-14 15:00", 60, SL, [ROG], "Фармаком — согласование договора",
             "Москва, Ленинградский пр-т 39", created="12-01 10:30")
NEG("АО «Фармаком»", SL, "tmc", "contract", "fk07", "2026-12-14", "meeting", (15000000, "RUB"), "2026-12-20")

# --- 16. Delacroix Pharma: incentive trip to Altai, negotiation, complaint about us ------------
CLA = C("claire.dubois@delacroix-pharma.fr", "Claire Dubois")
CLIENTS.append(("Delacroix Pharma SAS", "delacroix-pharma.fr", SL, "large", "+33 1 42 68 53 00; +7 495 514-77-20"))
SIG_CLA = """Claire Dubois
Country HR & Events Manager, Russia
Delacroix Pharma SAS | Moscow Representative Office
+7 495 514 77 20 | +33 1 42 68 53 00"""
M("dp01", "10-16 15:30", CLA, SL, "Incentive trip 2027 for top sales reps",
  """Dear Sergey,

We are looking for an agency for our incentive trip for the 25 best sales representatives:
Altai, late June 2027, 4 nights, something active but comfortable (no tents please!).
Budget around EUR 60,000. Could you propose something by mid-November?

Best,
""" + SIG_CLA, inb=(True, "dp02"))
M("dp02", "10-16 17:00", SL, CLA, "RE: Incentive trip 2027 for top sales reps",
  """Dear Claire,

Thank you for thinking of us. Altai in late June is a beautiful choice. We will prepare two programmes and send them by 13 November; in the meantime I will ask our Altai partner to hold
lodge options.

""" + SIG_SL_EN, irt="dp01", quote=("outlook_en", "dp01"),
  prom=[("manager", "We will prepare two programmes and send them by 13 November", "2026-11-13", "broken")])
M("dp03", "11-17 10:40", CLA, SL, "RE: Incentive trip 2027 for top sales reps",
  """Sergey,

It is 17 November and we have received nothing. This is the second time we have to chase you -
in October the budget estimate was also late. Our director asks whether we should go to another
agency. Please send the programmes today.

Claire""", irt="dp02", quote=("outlook_en", "dp02"), cc=[HEAD], inb=(True, "dp04"), compl=True)
M("dp04", "11-17 16:50", SL, CLA, "Delacroix incentive - two programmes for Altai",
  """Dear Claire,

I apologise for the delay, it is entirely my fault. Please find attached the two programmes:
1) Manzherok lodge + rafting + helicopter tour - EUR 58,900;
2) Chemal eco-hotel + horse trek + Lake Teletskoye cruise - EUR 62,300.
I would be glad to present them in person at your convenience.

""" + SIG_SL_EN, irt="dp03", quote=("outlook_en", "dp03"), cc=[HEAD])
M("dp05", "11-18 09:00", HEAD, SL, "Delacroix",
  """Сергей, по Delacroix: позвони Claire сегодня сам, извинись ещё раз голосом и договорись о
встрече. Дальше все сроки по ним - ставь себе в календарь и держи меня в копии.

И.В.""", prom=[])
CALL("c09", "11-18 11:30", "Исходящий", "204", "+7 495 514-77-20", 0, "Delacroix Pharma SAS", status="Занято")
CALL("c10", "11-18 12:05", "Исходящий", "204", "+7 495 514-77-20", 720, "Delacroix Pharma SAS",
     note="Delacroix - извинился, встреча 25.11")
DP_M1 = MEET("dp-meet-1125", "11-25 11:00", 60, SL, [CLA, HEAD], "Delacroix Pharma — Altai incentive programmes",
             "Delacroix Pharma, Moscow, Kosmodamianskaya nab. 52", created="11-18 12:20")
M("dp06", "11-26 10:10", CLA, SL, "After our meeting",
  """Sergey, Irina,

thank you for yesterday. We prefer programme 1 but with the horse trek from programme 2, and we
need the price below EUR 60,000. Let's meet again on 8 December to finalise.

Claire""", cc=[HEAD], inb=(True, "dp07"))
M("dp07", "11-26 11:00", SL, CLA, "RE: After our meeting",
  """Dear Claire, noted. I will bring the revised programme to our meeting on 8 December.

Sergey""", irt="dp06", quote=("outlook_en", "dp06"), cc=[HEAD],
  prom=[("manager", "I will bring the revised programme to our meeting on 8 December.", "2026-12-08", "open")])
DP_M2 = MEET("dp-meet-1208", "12-08 11:00", 60, SL, [CLA], "Delacroix — finalising the Altai programme",
             "Delacroix Pharma, Moscow", created="11-26 11:05")
M("dp08", "12-03 14:00", CLA, SL, "Automatic reply: Delacroix — finalising the Altai programme",
  """I am out of the office until 7 December with limited access to e-mail. For urgent matters
please contact Anna Sokolova, anna.sokolova@delacroix-pharma.fr.

Je suis absente du bureau jusqu'au 7 décembre.""", headers={"Auto-Submitted": "auto-replied"},
  inb=(False, None))
NEG("Delacroix Pharma SAS", SL, "mice", "negotiation", "dp06", "2026-12-08", "meeting", (60000, "EUR"), None)

# --- 17. Oakridge Logistics: visa support, qualified, waiting for our answer -------------------
DAN = C("d.brooks@oakridge-logistics.com", "Daniel Brooks", "America/Chicago")
CLIENTS.append(("Oakridge Logistics Inc.", "oakridge-logistics.com", SL, "mid", ""))
M("ok01", "11-30 18:40", DAN, SL, "Visa support for our Moscow project team",
  """Hello Sergey,

Claire Dubois from Delacroix recommended you. We're opening a project office in Moscow in Q1 and
will need business visas for 4-6 US staff, multiple-entry if possible. What's your process and
pricing?

Thanks,
Daniel Brooks
Director, International Mobility
Oakridge Logistics Inc.
+1 312 645 2290""", inb=(True, "ok02"))
M("ok02", "12-01 10:30", SL, DAN, "RE: Visa support for our Moscow project team",
  """Dear Daniel,

Thank you for your enquiry and my regards to Claire. Multiple-entry business visas for US
citizens are possible for up to 1 year with an invitation from the Ministry of Internal Affairs.
Could you tell me the planned arrival dates, the length of stay and whether the staff will be
employed by your Russian entity? This affects the visa type.

""" + SIG_SL_EN, irt="ok01", quote=("outlook_en", "ok01"))
M("ok03", "12-03 17:55", DAN, SL, "Re: Visa support for our Moscow project team",
  """Sergey, arrivals from 1 March, stays of 3-9 months, employed by the US company, not the
Russian entity. Can you send a price and a list of documents?

Daniel""", irt="ok02", quote=("gmail_en", "ok02"), inb=(True, None))
NEG("Oakridge Logistics Inc.", SL, "visa", "qualified", "ok03", None, None, None, None)

# --- 18. Волна Ритейл: charter to Sochi, came through the head (forwarded), proposal -----------
BOR = C("a.borisov@volna-retail.ru", "Артём Борисов")
CLIENTS.append(("ООО «Волна Ритейл»", "volna-retail.ru", SL, "large", "+7 495 780-44-12"))
M("vr01", "11-09 16:20", BOR, HEAD, "Чартер на юбилей компании",
  """Ирина, добрый день! Помните, встречались на форуме в Сочи.
У нас в марте 25 лет компании, хотим вывезти 180 сотрудников из Москвы в Сочи на 3 дня. Чартер
туда-обратно плюс гостиница. Кто у вас может этим заняться?

Артём Борисов
директор по персоналу ООО «Волна Ритейл»
+7 (495) 780-44-12, моб. +7 917 562-19-03""", inb=(True, "vr02"))
M("vr02", "11-09 17:00", HEAD, SL, "FW: Чартер на юбилей компании",
  """Серёжа, возьми, пожалуйста. Крупный ритейл, давно хотела с ними поработать. Ответь сегодня.

Ирина""", quote=("fwd_ru", "vr01"))
M("vr03", "11-09 17:40", SL, BOR, "Чартер Москва — Сочи, март 2027",
  """Артём, добрый вечер!

Ирина Волкова передала мне ваш запрос, я буду вашим менеджером. Для расчёта чартера уточните,
пожалуйста: даты (вылет/возврат), аэропорт вылета, нужен ли багаж и трансферы в Сочи, класс
гостиницы.

""" + SIG_SL, cc=[HEAD])
M("vr04", "11-11 09:30", BOR, SL, "Re: Чартер Москва — Сочи, март 2027",
  """Сергей, 13-16 марта, Внуково, багаж 23 кг, трансферы нужны, гостиница 4*, желательно у моря.

А.Б.""", irt="vr03", quote=("mailru", "vr03"), inb=(True, "vr05"))
M("vr05", "11-20 12:00", SL, BOR, "КП: чартер Москва — Сочи, 13-16 марта 2027",
  """Артём, добрый день!

Направляю коммерческое предложение:
1) чартер A321 (220 мест) Внуково - Сочи - Внуково - 7 900 000 руб.;
2) гостиница 4* в Имеретинской низменности, 3 ночи, 90 номеров DBL - 4 300 000 руб.;
3) трансферы - 380 000 руб.
Итого 12 580 000 руб. Опцион на борт держим до 15 декабря.

""" + SIG_SL, irt="vr04", quote=("outlook_ru", "vr04"))
M("vr06", "12-02 19:10", BOR, SL, "Re: КП: чартер Москва — Сочи, 13-16 марта 2027",
  """Сергей, генеральный смотрит, в целом ок, но вопрос по цене борта. Давайте созвонимся в
понедельник, наберите меня после 15:00.""", irt="vr05", quote=("mailru", "vr05"), inb=(True, "vr07"))
M("vr07", "12-03 09:15", SL, BOR, "RE: КП: чартер Москва — Сочи, 13-16 марта 2027",
  """Артём, договорились, в понедельник, 7 декабря, после 15:00 позвоню.

Сергей""", irt="vr06", quote=("outlook_ru", "vr06"),
  prom=[("manager", "Артём, договорились, в понедельник, 7 декабря, после 15:00 позвоню.", "2026-12-07", "open")])
NEG("ООО «Волна Ритейл»", SL, "charter", "proposal", "vr06", "2026-12-07", "client_request",
    (12580000, "RUB"), None)

# =============================================================================================
# Internal mail, newsletters, a cold sender, the weekly sales meeting, the rest of the calls
M("in01", "10-05 18:30", HEAD, [DO, KM, AG, SL], "План на IV квартал",
  """Коллеги, добрый вечер!
Планы на ноябрь и декабрь загружены в систему. Напоминаю: любые скидки от прайса - только
через меня, письменно. Kate, for you: discounts only with my written approval, please.

Ирина""")
M("in02", "10-21 12:20", KM, HEAD, "Nordvik - fee request",
  """Hi Irina,

Nordvik Engineering are asking for EUR 7 per ticket instead of 9 (volume ~EUR 180k a year, 14
travellers, potentially more with their Yekaterinburg plant). Could we meet them halfway at 8?
I'm seeing Johan on 28 October and would love to have your answer by then.

Kate""")
M("in03", "10-21 19:05", HEAD, KM, "RE: Nordvik - fee request",
  """Kate, 8 is fine, approved. I'll join the meeting on the 28th.
Ирина""", irt="in02", quote=("outlook_en", "in02"))
M("in04", "10-23 06:40", AG, DO, "Уральские клиенты",
  """Дима, привет! Слушай, у твоего Кварца есть филиал в Екб? Если да - давай я их здесь буду
встречать, если будут поездки к нам. И подскажи, на какой сбор ты согласовал Кварцу гостиницы,
чтобы я с УТС не продешевила.""")
M("in05", "10-23 09:30", DO, AG, "RE: Уральские клиенты",
  """Алина, привет. Филиала нет, только стройка в Березовском. Гостиница у них 200, но это при
полном объёме. Для УТС бери от 190, они больше.""", irt="in04", quote=("outlook_ru", "in04"))
M("in06", "11-02 10:15", BUH, [DO, SL], "Акты сверки за октябрь",
  """Коллеги, добрый день!
Прошу до 6 ноября проверить акты сверки по вашим клиентам (файл в общей папке) и отписаться.

Лариса Мещерякова
главный бухгалтер""")
M("in07", "11-03 11:00", SL, BUH, "RE: Акты сверки за октябрь",
  """Лариса Петровна, по моим клиентам всё верно.""", irt="in06")
M("in08", "11-18 13:00", HEAD, [DO, SL], "Две жалобы за одну неделю",
  """Дмитрий, Сергей,

За неделю у нас две жалобы от клиентов с копией мне: Медилайн (ошибка в дате билетов) и
Delacroix (сорванный срок по программам). Оба случая - наша вина. Прошу:
1) все обещанные клиентам сроки ставить в календарь;
2) если не успеваете - предупреждать клиента до срока, а не после.
В четверг на планёрке разберём.

Ирина""")
M("in09", "11-27 18:10", KM, [DO, AG, SL], "Anyone has a contact at Aurora Airlines group desk?",
  """Hi all,

For Kestrel (rotations to Magadan) I need a group desk contact at Aurora. Has anyone worked with
them recently? Thanks!
Kate""")
M("in10", "11-28 07:05", AG, KM, "RE: Anyone has a contact at Aurora Airlines group desk?",
  """Kate, hi! Yes, Olga from the Khabarovsk group desk, she is very helpful. I'll forward you her
details today.
Alina""", irt="in09", quote=("outlook_en", "in09"))
M("in11", "12-04 11:00", BUH, SL, "Фармаком — реквизиты для договора",
  """Сергей, в проекте договора с Фармакомом старые банковские реквизиты, поправь, пожалуйста,
до отправки финальной версии.
Л.М.""")
NOT_NEGS.append({"address": BUH, "why": "internal"})

M("nw01", "10-14 08:00", NEWS, [DO], "ТурПром Бизнес: тарифы на зимнее расписание и новые правила возврата",
  """ТурПром Бизнес-дайджест № 41

- Авиакомпании публикуют зимнее расписание: что изменилось для корпоративных клиентов
- Новые правила возврата ж.д. билетов с 1 декабря
- Вебинар «Командировки 2027: бюджет и политика» - регистрация по ссылке

Вы получили это письмо, потому что подписаны на рассылку. Отписаться: https://tourprom-biz.ru/unsubscribe""",
  headers={"List-Unsubscribe": "<https://tourprom-biz.ru/unsubscribe>", "Precedence": "bulk"})
M("nw02", "11-11 08:00", NEWS, [DO, SL], "ТурПром Бизнес: MICE-тренды 2027",
  """ТурПром Бизнес-дайджест № 45

- MICE-тренды 2027: регионы вместо столиц
- Чартерные программы на весну: кто летает и куда
- Рейтинг корпоративных агентств по версии читателей

Отписаться: https://tourprom-biz.ru/unsubscribe""",
  headers={"List-Unsubscribe": "<https://tourprom-biz.ru/unsubscribe>", "Precedence": "bulk"})
NOT_NEGS.append({"address": NEWS, "why": "newsletter"})
M("cold01", "11-04 16:12", COLD, SL, "Quick question, Sergey",
  """Hi Sergey,

I noticed Tripwise is growing its corporate portfolio. We help travel agencies book 15-20
qualified meetings per month with HR and procurement directors. Worth a 15-min chat next week?

Ryan Hale
Partnerships | LeadForge""")
M("cold02", "11-12 16:30", COLD, SL, "Re: Quick question, Sergey",
  """Hi Sergey, bumping this to the top of your inbox - any interest?
Ryan""", irt="cold01")
NOT_NEGS.append({"address": COLD, "why": "unknown sender, no answer"})

# the Monday sales meeting, internal only (one moved to Thursday 19 Nov, one cancelled)
for _i, _d in enumerate(["10-05", "10-12", "10-19", "10-26", "11-02", "11-09", "11-16", "11-23", "11-30"]):
    MEET("plan-%02d" % (_i + 1), _d + " 10:00", 45, HEAD, [DO, KM, AG, SL], "Планёрка отдела продаж / Sales weekly",
         "Переговорная «Байкал» + Teams", cancelled=(_d == "11-02"), created="10-01 09:00")
MEET("plan-extra", "11-19 10:00", 60, HEAD, [DO, KM, AG, SL], "Разбор жалоб Медилайн и Delacroix", "Переговорная «Байкал» + Teams",
     created="11-18 13:05")

# calls that are not attached to a thread above
CALL("c11", "10-02 16:40", "Входящий", "201", "+7 495 741-22-09", 300, "ООО «Кварц Девелопмент»",
     note="Кварц, подтверждение встречи 6.10")
CALL("c12", "10-28 11:15", "Исходящий", "201", "+7 495 741-22-09", 0, "ООО «Кварц Девелопмент»")
CALL("c13", "11-16 18:35", "Исходящий", "201", "+7 926 318-40-72", 45, "ООО «Кварц Девелопмент»",
     note="продиктовал логин")
CALL("c14", "10-06 16:00", "Исходящий", "202", "+46 8 545 812 30", 0, "Nordvik Engineering AB", status="Нет ответа")
CALL("c15", "11-24 12:00", "Входящий", "204", "+7 917 562-19-03", 380, "ООО «Волна Ритейл»",
     note="Волна - когда КП по гостинице у моря")
CALL("c16", "11-19 15:30", "Внутренний", "204", "200", 240, None, note="внутр. Ирина")
CALL("c17", "11-26 10:20", "Входящий", "203", "+7 343 200-15-15", 95, None, note="ошиблись номером")
CALL("c18", "12-03 12:30", "Исходящий", "204", "+7 916 880-23-51", 410, "АО «Фармаком»",
     note="Фармаком - реквизиты, сроки юристов")
CALL("c19", "12-04 10:05", "Входящий", "201", "+7 495 212-90-34", 0, "ООО «Медилайн Сервис»", status="Пропущенный")
CALL("c20", "11-30 15:40", "Исходящий", "202", "+971 50 412 6637", 0, "Kestrel Mining Services FZE", status="Не отвечен")

# =============================================================================================
# plans and booked sales (accounting export)
PLANS = [
    ["2026-11", "manager", "", DO, "all", "amount", "6 000 000", "RUB"],
    ["2026-11", "manager", "", KM, "all", "amount", "5 000 000", "RUB"],
    ["2026-11", "manager", "", AG, "all", "amount", "5 500 000", "RUB"],
    ["2026-11", "manager", "", SL, "all", "amount", "6 000 000", "RUB"],
    ["2026-12", "manager", "", DO, "all", "amount", "7 000 000", "RUB"],
    ["2026-12", "manager", "", KM, "all", "amount", "6 000 000", "RUB"],
    ["2026-12", "manager", "", AG, "all", "amount", "8 000 000", "RUB"],
    ["2026-12", "manager", "", SL, "all", "amount", "7 000 000", "RUB"],
    ["2026-Q4", "company", "", "", "all", "amount", "70 000 000", "RUB"],
    ["2026-12", "manager", "", KM, "tmc", "deals", "2", ""],
]
SALES = [
    ["TW-2026-1041", "23.10.2026", KM, "tmc", "Brightwater Analytics Ltd", "3400.00", "EUR"],
    ["TW-2026-1102", "16.11.2026", DO, "tmc", "ООО «Кварц Девелопмент»", "1000000.00", "RUB"],
    ["TW-2026-1117", "20.11.2026", AG, "mice", "ООО «Малахит Девелопмент»", "1300000.00", "RUB"],
    ["TW-2026-1120", "20.11.2026", DO, "tmc", "ООО «Медилайн Сервис»", "-42600.00", "RUB"],
    ["TW-2026-1131", "30.11.2026", DO, "tmc", "ООО «Медилайн Сервис»", "655000.00", "RUB"],
    ["TW-2026-1138", "30.11.2026", KM, "tmc", "Brightwater Analytics Ltd", "2950.00", "EUR"],
]

# =============================================================================================
# Later additions to the threads above (kept here so the threads read top to bottom above)
M("kv13", "11-30 11:45", BEL, DO, "Счёт за ноябрь",
  """Дмитрий, добрый день.
В счёте за ноябрь сбор за гостиницу 250 руб., а договаривались на 200. Поправьте, пожалуйста,
и перевыставьте - бухгалтерия без этого не оплатит.

""" + SIG_BEL, inb=(True, "kv14"))
M("kv14", "12-01 09:20", DO, BEL, "RE: Счёт за ноябрь",
  """Наталья, вы правы, ошибка в настройке тарифа. Исправленный счёт пришлю завтра.

Дмитрий""", irt="kv13", quote=("outlook_ru", "kv13"),
  prom=[("manager", "Исправленный счёт пришлю завтра.", "2026-12-02", "kept")])
M("kv15", "12-02 12:10", DO, BEL, "RE: Счёт за ноябрь",
  """Наталья, исправленный счёт № 2211 во вложении, старый аннулирован.

Дмитрий""", irt="kv14", quote=("outlook_ru", "kv14"))
M("kv16", "12-02 12:31", BEL, DO, "Re: Счёт за ноябрь", "Получили, спасибо.\n\nН.Б.", irt="kv15",
  inb=(False, None))

M("kd05", "12-01 16:40", KIM, DO, "Re: визы в Китай для инженеров",
  """Дмитрий, извините, что пропал. Партнёры задерживают приглашение, списки пришлём вместе с ним на следующей неделе. Двадцатое помним.

П.К.
Отправлено с iPhone""", irt="kd04", quote=("iphone_ru", "kd04"), inb=(False, None),
  prom=[("client", "списки пришлём вместе с ним на следующей неделе", None, "open")])

M("hf06b", "10-23 08:15", OLI, KM, "Re: St Petersburg offsite - two concepts",
  """Thanks Kate, looks great - I'll circulate to the partners.
O.""", irt="hf06", quote=("iphone_en", "hf06"), inb=(False, None))

M("ks07", "12-02 08:56", LIA, KM, "running late",
  """5 min late, sorry""", inb=(False, None))

M("mk06", "12-01 05:30", ZAK, AG, "Re: договор подписан",
  """Алина, а можно добавить ещё 15 человек? Филиал из Перми тоже едет

Отправлено с iPhone""", irt="mk05", quote=("iphone_ru", "mk05"), inb=(True, "mk07"))
M("mk07", "12-01 07:45", AG, ZAK, "Re: договор подписан",
  """Диляра, можно! Номера на базе есть, доплата - 195 тыс. Допсоглашение пришлю сегодня.

Алина""", irt="mk06", quote=("gmail_ru", "mk06"),
  prom=[("manager", "Допсоглашение пришлю сегодня.", "2026-12-01", "kept")])
M("mk08", "12-01 12:00", AG, ZAK, "Допсоглашение № 1 — корпоратив 19.12",
  """Диляра, допсоглашение на +15 участников (195 000 руб.) во вложении.

""" + SIG_AG)

M("tp08", "12-01 09:30", AG, SAT, "Tanaka - summary of our call",
  """Dear Mr. Sato,

Thank you for the call today. Summary:
- if a visa is refused for reasons on our side, we refund our fees in full;
- the invitation applications will be filed by 15 January.
I will send the revised liability clause by Friday, 4 December.

""" + SIG_AG_EN, prom=[("manager", "I will send the revised liability clause by Friday, 4 December.", "2026-12-04", "kept")])
M("tp09", "12-04 08:40", AG, SAT, "Tanaka - contract with revised liability clause",
  """Dear Mr. Sato,

As promised, the contract with the revised liability clause (section 6) is attached, total
RUB 2.7 mln. If it works for your head office, we could sign at your plant on 9 December.

""" + SIG_AG_EN, irt="tp08", quote=("outlook_en", "tp08"))
M("tp10", "12-04 09:15", SAT, AG, "RE: Tanaka - contract with revised liability clause",
  """Dear Ms. Garipova, thank you. 9 December at 10:00 is fine for signing if head office agrees.
Sato""", irt="tp09", quote=("outlook_en", "tp09"), inb=(True, "tp11"))
M("tp11", "12-04 09:40", AG, SAT, "RE: Tanaka - contract with revised liability clause",
  """Dear Mr. Sato, great, invitation sent. Alina""", irt="tp10")
TP_M2 = MEET("tp-meet-1209", "12-09 10:00", 60, AG, [SAT], "Tanaka Precision — contract signing (visas, housing)",
             "Tanaka Precision Rus, Berezovsky", created="12-04 09:40")

M("in12", "12-02 12:30", DO, HEAD, "Технопарк Лесной — скидка",
  """Ирина, по Лесному: конкурент дешевле на 300 тыс. Предлагаю дать 150 тыс. за счёт нашей
комиссии по гостинице и ещё 150 - заменить кавер-группу. Согласуешь?

Дмитрий""")
M("in13", "12-02 14:00", HEAD, DO, "RE: Технопарк Лесной — скидка",
  """Дима, 150 от комиссии - да. Кавер-группу не трогай, это их условие со встречи. Итого 4 000 000.
И.""", irt="in12", quote=("outlook_ru", "in12"))

M("nw03", "11-25 07:00", P("newsletter@btn-weekly.com", "Business Travel Weekly"), [KM],
  "BTW: NDC adoption, hotel rates for 2027, and our Top 50 TMCs",
  """Business Travel Weekly - 25 November 2026

* NDC adoption: what corporate buyers need to know
* Hotel rate negotiation season: 2027 outlook
* Our Top 50 TMCs list is out

You are receiving this email because you subscribed at btn-weekly.com. Unsubscribe any time.""",
  headers={"List-Unsubscribe": "<mailto:unsubscribe@btn-weekly.com>", "Precedence": "bulk"})
NOT_NEGS.append({"address": "newsletter@btn-weekly.com", "why": "newsletter"})

ML_M1 = MEET("ml-meet-1029", "10-29 14:00", 60, DO, [KOR], "Медилайн — демо кабинета согласования",
             "Медилайн Сервис, ул. Садовническая 14", created="10-26 15:30")
UT_M2 = MEET("ut-meet-1126", "11-26 08:00", 60, AG, [LAP, SHU], "УралТехСнаб — демонстрация кабинета финансовой службе",
             "Teams", created="11-23 11:35")
