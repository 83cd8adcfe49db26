"""Pereval Logistics (ООО «Перевал Логистик»): an invented freight-forwarding and
customs-brokerage firm. Every message, meeting and call below is written by hand,
together with its ground-truth labels. build.py turns this into Maildirs, .ics
calendars, CSV files and truth.json. Everything here is invented.

Labels on a message:
  inbound=need("key"|"uid:..."|"call:..."|None)   client mail that needs an answer (and what answered it)
  inbound=fyi()                                   client mail that needs no answer
  agreed=[P(quote, due, status)]                  commitments written in this message
  complaint=True / False                          True: about us; False: about a third party
"""

AS_OF = "2026-12-04T18:00:00+03:00"
TIMEZONE = "Europe/Moscow"
DOMAIN = "pereval-log.ru"

# email -> (display name, time zone, mailer)
PEOPLE = {
    # --- us ---
    "irina.golovanova@pereval-log.ru": ("Ирина Голованова", "Europe/Moscow", "outlook_ru"),
    "denis.sharov@pereval-log.ru": ("Денис Шаров", "Europe/Moscow", "outlook_ru"),
    "ekaterina.luzina@pereval-log.ru": ("Екатерина Лузина", "Europe/Moscow", "outlook_ru"),
    "andrei.kim@pereval-log.ru": ("Andrei Kim", "Europe/Moscow", "outlook_en"),
    "pavel.zuev@pereval-log.ru": ("Павел Зуев", "Asia/Yekaterinburg", "outlook_ru"),
    "buh@pereval-log.ru": ("Бухгалтерия Перевал Логистик", "Europe/Moscow", "outlook_ru"),
    # --- clients ---
    "o.melnikova@tehnodom-retail.ru": ("Мельникова Ольга", "Europe/Moscow", "outlook_ru"),
    "s.lyakhov@tehnodom-retail.ru": ("Ляхов Сергей Петрович", "Europe/Moscow", "outlook_ru"),
    "v.kravets@stroymarket-region.ru": ("Виктор Кравец", "Europe/Moscow", "mailru"),
    "r.gasparyan@agrotrade-yug.ru": ("Руслан Гаспарян", "Europe/Moscow", "yandex"),
    "n.efremova@farmimport.ru": ("Ефремова Наталья Борисовна", "Europe/Moscow", "outlook_ru"),
    "alina@beautyline.ru": ("Алина Гусева", "Europe/Moscow", "gmail_ru"),
    "panteleev@sevtex.ru": ("Игорь Пантелеев", "Europe/Moscow", "mailru"),
    "m.orekhov@greenlight-el.ru": ("Максим Орехов", "Europe/Moscow", "gmail_ru"),
    "ur@farmimport.ru": ("Юридический отдел Фарм-Импорт", "Europe/Moscow", "outlook_ru"),
    "selin.aksoy@anatoliatekstil.com.tr": ("Selin Aksoy", "Europe/Istanbul", "outlook_en"),
    "marat.khabibullin@yandex.ru": ("Марат Хабибуллин", "Europe/Samara", "yandex"),
    "emre.yildiz@anatoliatekstil.com.tr": ("Emre Yıldız", "Europe/Istanbul", "outlook_en"),
    "j.brandt@kessler-feinkost.de": ("Julia Brandt", "Europe/Berlin", "outlook_en"),
    "lily.chen@brightway-trade.cn": ("Lily Chen", "Asia/Shanghai", "gmail_en"),
    "o.sazonov@baltnapitki.ru": ("Олег Сазонов", "Europe/Moscow", "yandex"),
    "mai.nguyen@saigoncoffee.vn": ("Nguyen Thi Mai", "Asia/Ho_Chi_Minh", "gmail_en"),
    "vagin@uralsnab.ru": ("Артём Вагин", "Asia/Yekaterinburg", "iphone_ru"),
    "krotova@emf-mebel.ru": ("Кротова Людмила Сергеевна", "Asia/Yekaterinburg", "outlook_ru"),
    "a.laptev@emf-mebel.ru": ("Лаптев Андрей Викторович", "Asia/Yekaterinburg", "outlook_ru"),
    "belykh@sibfermer.ru": ("Константин Белых", "Asia/Novosibirsk", "yandex"),
    "d.mukhina@chelkond.ru": ("Дарья Мухина", "Asia/Yekaterinburg", "mailru"),
    "yerzhan@astanatradehub.kz": ("Ержан Сулейменов", "Asia/Almaty", "outlook_ru"),
    "svetlana.orlova.ip@gmail.com": ("Светлана Орлова", "Asia/Yekaterinburg", "gmail_ru"),
    # --- not clients ---
    "digest@gruzovoz-news.ru": ("Грузовоз.Новости", "Europe/Moscow", "bulk"),
    "newsletter@seafreight-weekly.com": ("Seafreight Weekly", "Europe/London", "bulk"),
    "sales@leadfabrika.pro": ("Лидфабрика", "Europe/Moscow", "mailru"),
    "procurement@nordic-fish.no": ("Nordic Fish AS Procurement", "Europe/Oslo", "outlook_en"),
    "a.petrenko96@mail.ru": ("Анна Петренко", "Asia/Yekaterinburg", "mailru"),
}

# internal people: email -> (box name, role, extension, locale)
MANAGERS = {
    "irina.golovanova@pereval-log.ru": ("irina", "head", "200", "ru"),
    "denis.sharov@pereval-log.ru": ("denis", "manager", "201", "ru"),
    "ekaterina.luzina@pereval-log.ru": ("ekaterina", "manager", "202", "ru"),
    "andrei.kim@pereval-log.ru": ("andrei", "manager", "203", "en"),
    "pavel.zuev@pereval-log.ru": ("pavel", "manager", "204", "ru"),
}

PRODUCTS = [
    # code, name_en, name_ru, aliases
    ("rail", "Rail freight from China", "ЖД перевозки из Китая",
     ["ЖД", "жд", "железная дорога", "ж/д", "контейнерный поезд", "rail", "railway", "Достык", "Забайкальск"]),
    ("sea", "Sea freight (FCL)", "Морские контейнерные перевозки",
     ["FCL", "морем", "морская перевозка", "фрахт", "sea freight", "ocean freight", "container", "reefer", "vessel"]),
    ("customs", "Customs brokerage", "Таможенное оформление",
     ["растаможка", "растаможить", "таможенное оформление", "декларация", "ДТ", "брокер", "customs clearance", "customs"]),
    ("road", "Road freight (FTL/LTL)", "Автоперевозки",
     ["фура", "машина", "автоперевозка", "сборный груз", "рефрижератор", "реф", "FTL", "LTL", "trucking"]),
]

# client, domains, owner, segment, phones
CLIENTS = [
    ("ООО «ТехноДом Ритейл»", "tehnodom-retail.ru", "denis.sharov@pereval-log.ru", "Ритейл", "+7 495 640-12-77"),
    ("АО «СтройМаркет Регион»", "stroymarket-region.ru", "denis.sharov@pereval-log.ru", "DIY-ритейл", "+7 (4822) 55-19-03"),
    ("ООО «Агро-Трейд Юг»", "agrotrade-yug.ru", "denis.sharov@pereval-log.ru", "Агро", "8 861 203-44-18"),
    ("ООО «Волга Агро»", "volgaagro.ru", "denis.sharov@pereval-log.ru", "Агро", "+7 8452 39-70-01"),
    ("ООО «Фарм-Импорт»", "farmimport.ru", "ekaterina.luzina@pereval-log.ru", "Фарма", "+7 495 937-20-61"),
    ("ООО «Бьюти Лайн»", "beautyline.ru", "ekaterina.luzina@pereval-log.ru", "Косметика", "+7 812 309-77-45"),
    ("ООО «Северный Текстиль»", "sevtex.ru", "ekaterina.luzina@pereval-log.ru", "Текстиль", "+7 8172 21-40-90"),
    ("ООО «ГринЛайт Электро»", "greenlight-el.ru", "ekaterina.luzina@pereval-log.ru", "Электротехника", ""),
    ("Anatolia Tekstil A.Ş.", "anatoliatekstil.com.tr", "andrei.kim@pereval-log.ru", "Export TR", "+90 212 555 0148"),
    ("Kessler Feinkost GmbH", "kessler-feinkost.de", "andrei.kim@pereval-log.ru", "Export DE", "+49 40 3098 7712"),
    ("Ningbo Brightway Trading Co., Ltd.", "brightway-trade.cn", "andrei.kim@pereval-log.ru", "Export CN", "+86 574 8765 2210"),
    ("ООО «Балтийские Напитки»", "baltnapitki.ru", "andrei.kim@pereval-log.ru", "Напитки", "+7 812 448-60-12"),
    ("Saigon Coffee Export JSC", "saigoncoffee.vn", "andrei.kim@pereval-log.ru", "Export VN", "+84 28 3822 4410"),
    ("ООО «УралСнаб»", "uralsnab.ru", "pavel.zuev@pereval-log.ru", "Дистрибуция", "+7 343 287-15-60"),
    ("АО «Екатеринбургская мебельная фабрика»", "emf-mebel.ru", "pavel.zuev@pereval-log.ru", "Мебель", "+7 343 266-08-11"),
    ("ООО «Сибирский Фермер»", "sibfermer.ru", "pavel.zuev@pereval-log.ru", "Продукты питания", "+7 383 209-31-75"),
    ("ООО «Челябинский Кондитер»", "chelkond.ru", "pavel.zuev@pereval-log.ru", "Продукты питания", ""),
    ("ТОО «Астана Трейд Хаб»", "astanatradehub.kz", "pavel.zuev@pereval-log.ru", "Трейдинг KZ", "+7 7172 79-55-20"),
]

# free-mail sole traders (not in clients.csv)
SOLE_TRADERS = ["marat.khabibullin@yandex.ru", "svetlana.orlova.ip@gmail.com"]

MESSAGES = []
MEETINGS = []
CALLS = []


def need(by):
    return {"needs_answer": True, "answered_by": by}


def fyi(by=None):
    return {"needs_answer": False, "answered_by": by}


def P(quote, due=None, status="open"):
    return {"quote": quote, "due": due, "status": status}


def msg(key, date, frm, to, body, subject=None, cc=(), reply=None, quote=None,
        irt=True, fwd=None, headers=None, attach=(), inbound=None, agreed=(),
        complaint=None):
    """reply: key of the message answered (threading + default subject);
    quote: quoting style of `reply` under the new text (None = no quote);
    irt=False: a reply whose mailer dropped In-Reply-To/References;
    fwd: (key, style) a forwarded message appended below the text."""
    MESSAGES.append(dict(key=key, date=date, frm=frm, to=list(to), cc=list(cc), body=body,
                         subject=subject, reply=reply, quote=quote, irt=irt, fwd=fwd,
                         headers=headers or {}, attach=list(attach), inbound=inbound,
                         agreed=list(agreed), complaint=complaint))


def meet(uid, start, minutes, organizer, attendees, summary, location="", description="",
         status="CONFIRMED"):
    MEETINGS.append(dict(uid=uid, start=start, minutes=minutes, organizer=organizer,
                         attendees=list(attendees), summary=summary, location=location,
                         description=description, status=status))


def call(key, time, direction, ext, phone, seconds, result, note="", manager=None, client=None):
    CALLS.append(dict(key=key, time=time, direction=direction, ext=ext, phone=phone,
                      seconds=seconds, result=result, note=note, manager=manager, client=client))


IRINA = "irina.golovanova@pereval-log.ru"
DENIS = "denis.sharov@pereval-log.ru"
KATYA = "ekaterina.luzina@pereval-log.ru"
ANDREI = "andrei.kim@pereval-log.ru"
PAVEL = "pavel.zuev@pereval-log.ru"

SIG_DENIS = """--
Денис Шаров
ЖД и автоперевозки | Перевал Логистик
+7 495 788-31-00 доб. 201, моб. +7 903 511-20-74"""

SIG_KATYA = """С уважением,
Екатерина Лузина
ведущий специалист по таможенному оформлению
ООО «Перевал Логистик»
тел.: +7 (495) 788-31-00, доб. 202
www.pereval-log.ru"""

SIG_ANDREI_EN = """Best regards,
Andrei Kim
Sea Freight Manager | Pereval Logistics LLC
Moscow, Russia | +7 495 788 3100 ext. 203 | WhatsApp +7 915 402 77 18"""

SIG_ANDREI_RU = """С уважением,
Андрей Ким
Морские перевозки | Перевал Логистик
+7 495 788-31-00 доб. 203"""

SIG_PAVEL = """Павел Зуев
филиал «Перевал Логистик» в Екатеринбурге
+7 (343) 310-22-40, моб. +7 912 288-05-31
(время у нас МСК+2)"""

SIG_IRINA = """Ирина Голованова
коммерческий директор
ООО «Перевал Логистик»
+7 495 788-31-00"""

# =====================================================================================
# ДЕНИС ШАРОВ — ЖД (ТехноДом Ритейл, Агро-Трейд Юг) и авто (СтройМаркет Регион)
# =====================================================================================

# --- СтройМаркет Регион: действующий клиент по автоперевозкам -----------------------
msg("stm00", "2026-09-29 11:14", "v.kravets@stroymarket-region.ru", [DENIS],
    subject="Договор подписан",
    body="""Денис, добрый.
Договор на автоперевозки подписали, скан во вложении. Оригиналы ушли СДЭКом, трек 1098 2231 447.
Первые заявки будут со следующей недели.

Кравец В.А.
нач. отдела логистики АО "СтройМаркет Регион"
т. +7 (4822) 55-19-03""",
    attach=["Договор_ТЭО_СМР_2026-09.pdf"], inbound=fyi("stm00r"))

msg("stm00r", "2026-09-29 12:02", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm00",
    quote="outlook_ru",
    body="""Виктор, спасибо, получил. Ждём заявки.

""" + SIG_DENIS)

msg("stm01", "2026-10-06 09:31", "v.kravets@stroymarket-region.ru", [DENIS],
    subject="заявка 08.10 Тверь - Казань 3 машины",
    body="""Денис
нужно 3 машины 20т тент на 08.10, загрузка склад Тверь (Бурашевское ш. 50) с 8:00, выгрузка Казань ТЦ на Проспекте Победы.
плитка, 33 паллеты на машину.
Подтвердите машины до завтра 12:00.

Кравец В.А.
т. +7 (4822) 55-19-03""",
    inbound=need("stm02"))

msg("stm02", "2026-10-06 10:05", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm01",
    quote="outlook_ru",
    body="""Виктор, добрый.
Подтверждаю 3 машины на 08.10. Госномера и водителей скину завтра утром.
Ставка как по договору, 58 000 за машину.

""" + SIG_DENIS,
    agreed=[P("Госномера и водителей скину завтра утром.", "2026-10-07", "kept")])

msg("stm03", "2026-10-07 09:40", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm02",
    quote="outlook_ru",
    body="""Машины на 08.10:
1) Volvo FH А 417 МР 69, Гусейнов Рамиз, +7 910 640-12-33
2) Volvo FH Т 208 ОК 69, Степанов Игорь, +7 915 703-44-90
3) MAN TGX Р 550 КВ 777, Лыков Андрей, +7 926 118-02-57

Подача 8:00.

""" + SIG_DENIS)

msg("stm04", "2026-10-09 14:22", "v.kravets@stroymarket-region.ru", [DENIS], cc=[IRINA],
    subject="Казань 08.10 - опоздание и бой",
    body="""Денис, Ирина Викторовна

По заявке на 08.10: машина Р 550 КВ 777 пришла в Казань на СУТКИ позже, магазин сорвал приемку, грузчиков оплачивали два раза. При выгрузке 2 паллеты плитки битые, акт во вложении.
Это уже второй раз за месяц. До вас дозвониться не смог.
Если так будет дальше, будем искать другого перевозчика. Жду объяснений и расчет компенсации.

Кравец В.А.
т. +7 (4822) 55-19-03""",
    attach=["Акт_о_бое_08-10.jpg"], inbound=need("stm05"), complaint=True)

msg("stm05", "2026-10-09 16:48", DENIS, ["v.kravets@stroymarket-region.ru"], cc=[IRINA],
    reply="stm04", quote="outlook_ru",
    body="""Виктор, добрый день.
Приношу извинения. Водитель Лыков стоял на весовом контроле под Чебоксарами почти 9 часов, нас об этом не предупредил — с перевозчиком разбираемся, эту машину на ваши рейсы больше не ставим.
По бою: акт получил, фото тоже. Расчёт компенсации пришлю в понедельник.
Могу подъехать к вам в среду, обсудить, как избежать повторения.

""" + SIG_DENIS,
    agreed=[P("Расчёт компенсации пришлю в понедельник.", "2026-10-12", "kept")])

msg("stm05i", "2026-10-09 17:05", IRINA, [DENIS], reply="stm05", quote="outlook_ru",
    body="""Денис, держи меня в курсе по СтройМаркету, клиент ключевой. Компенсацию согласуй со мной до отправки.

И.Г.""")

msg("stm05j", "2026-10-12 11:30", DENIS, [IRINA], reply="stm05i", quote="outlook_ru",
    body="""Ирина Викторовна, бой 2 паллеты по закупке = 39 600, плюс повторная бригада 7 200. Итого 46 800, предлагаю зачесть в следующий счёт. Ок?""")

msg("stm05k", "2026-10-12 11:52", IRINA, [DENIS], reply="stm05j", quote="outlook_ru",
    body="""Ок, согласовано.""")

msg("stm06", "2026-10-12 14:10", DENIS, ["v.kravets@stroymarket-region.ru"], cc=[IRINA],
    reply="stm05", quote="outlook_ru", subject="RE: Казань 08.10 - опоздание и бой",
    body="""Виктор, добрый.
Компенсация по рейсу 08.10: бой 2 паллеты 39 600 руб. + повторная бригада грузчиков 7 200 руб., итого 46 800 руб. Зачтём в следующий счёт, акт сверки пришлёт бухгалтерия.
В среду в 12:00 буду у вас в Твери, как договаривались.

""" + SIG_DENIS,
    agreed=[P("Зачтём в следующий счёт, акт сверки пришлёт бухгалтерия.", None, "kept"),
            P("В среду в 12:00 буду у вас в Твери, как договаривались.", "2026-10-14", "kept")])

msg("stm07", "2026-10-12 15:03", "v.kravets@stroymarket-region.ru", [DENIS], reply="stm06",
    quote="mailru", body="""Ок, принято.""", inbound=fyi())

meet("stm-m1@pereval-log.ru", "2026-10-14 12:00", 60, DENIS,
     [IRINA, "v.kravets@stroymarket-region.ru"],
     "СтройМаркет: разбор рейса 08.10", "Тверь, Бурашевское ш. 50, офис склада",
     "Опоздание машины в Казань, бой. Регламент контроля машин в пути.")

msg("stm08", "2026-11-09 10:12", "v.kravets@stroymarket-region.ru", [DENIS],
    subject="заявка 12.11 Тверь-Нижний 5 машин",
    body="""Денис, добрый.
Нужно 5 машин 20т тент на 12.11, Тверь - Нижний Новгород, ТЦ на Московском ш.
Объём сдвинулся, т.к. наш поставщик из Липецка опять сорвал отгрузку, уже третий раз в этом квартале, бардак у них полный. Поэтому сразу 5 вместо 3.
Подтвердите сегодня.

Кравец В.А.
т. +7 (4822) 55-19-03""",
    inbound=need("stm09"), complaint=False)

msg("stm09", "2026-11-09 11:40", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm08",
    quote="outlook_ru",
    body="""Виктор, 5 машин на 12.11 подтверждаю. Номера завтра до обеда.

""" + SIG_DENIS,
    agreed=[P("Номера завтра до обеда.", "2026-11-10", "kept")])

msg("stm09b", "2026-11-10 11:50", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm09",
    quote="outlook_ru",
    body="""Номера на 12.11:
А 417 МР 69, Т 208 ОК 69, О 336 ЕН 69, В 902 ХА 197, К 118 СС 69.
Водители те же, что в октябре + двое новых, контакты в таблице во вложении.

""" + SIG_DENIS, attach=["Машины_12-11.xlsx"])

meet("stm-m2@pereval-log.ru", "2026-11-17 10:00", 45, DENIS, ["v.kravets@stroymarket-region.ru"],
     "СтройМаркет: планирование декабря (видеозвонок)", "Яндекс Телемост",
     "Декабрьские рейсы, отчёт по опозданиям за ноябрь.")

msg("stm10", "2026-11-24 16:51", "v.kravets@stroymarket-region.ru", [DENIS],
    subject="декабрь + тариф 2027",
    body="""Денис
на декабрь планируем еще 12 рейсов, график пришлю.
И хотим обсудить тариф на 2027, у нас с января новый бюджет на логистику.
Наберите меня в среду.

Кравец В.А.""",
    inbound=need("call:stm-c2"), agreed=[P("на декабрь планируем еще 12 рейсов, график пришлю.", None, "kept")])

call("stm-c2", "2026-11-25 11:20", "out", "201", "+7 (4822) 55-19-03", 420, "ANSWERED",
     "Кравец: декабрь 12 рейсов, тариф 2027", DENIS, "АО «СтройМаркет Регион»")

msg("stm11", "2026-11-25 12:05", DENIS, ["v.kravets@stroymarket-region.ru"], reply="stm10",
    quote="outlook_ru",
    body="""Виктор, по итогам разговора:
- декабрь: 12 рейсов по текущей ставке 58 000, график жду от вас;
- тариф 2027 пришлю до 10 декабря, с учётом индексации и вашего объёма.

""" + SIG_DENIS,
    agreed=[P("- тариф 2027 пришлю до 10 декабря, с учётом индексации и вашего объёма.",
              "2026-12-10", "open")])

msg("stm12", "2026-11-27 09:12", "v.kravets@stroymarket-region.ru", [DENIS], reply="stm11",
    quote="mailru", irt=False, subject="график декабрь",
    body="""График на декабрь во вложении. 12 рейсов, даты в таблице.""",
    attach=["График_декабрь.xlsx"], inbound=fyi())

# --- ТехноДом Ритейл: ЖД Чэнду - Москва -------------------------------------------------
msg("tdm01", "2026-10-05 10:12", "o.melnikova@tehnodom-retail.ru", [DENIS],
    subject="Запрос ставки: ЖД Чэнду - Москва (Ворсино), 40HC",
    body="""Денис, добрый день!

Ваш контакт дала Марина из «Кухни Плюс», вы им возите из Китая.
Мы планируем с ноября перевести часть импорта бытовой техники на ЖД. Вводные:
1. Маршрут: Чэнду - Москва, ст. Ворсино.
2. Объём: 3-4 контейнера 40HC в месяц.
3. Груз: мелкая бытовая техника, вес до 18 т на контейнер.
4. Условия поставки FCA Чэнду.

Пришлите, пожалуйста, ставку и сроки в пути.

С уважением,
Ольга Мельникова
руководитель отдела закупок ООО «ТехноДом Ритейл»
Тел.: +7 495 640-12-77 доб. 318
Моб.: +7 916 204-55-31""",
    inbound=need("tdm02"))

msg("tdm02", "2026-10-05 16:40", DENIS, ["o.melnikova@tehnodom-retail.ru"], reply="tdm01",
    quote="outlook_ru",
    body="""Ольга, добрый день.
Спасибо за запрос, Марине привет.
Ставку соберу к среде, сейчас уточняю у ЖД оператора отправки на ноябрь.

""" + SIG_DENIS,
    agreed=[P("Ставку соберу к среде, сейчас уточняю у ЖД оператора отправки на ноябрь.",
              "2026-10-07", "kept")])

msg("tdm03", "2026-10-07 18:05", DENIS, ["o.melnikova@tehnodom-retail.ru"], reply="tdm02",
    quote="outlook_ru", subject="КП: ЖД Чэнду - Ворсино 40HC",
    body="""Ольга, добрый вечер.
Предложение во вложении, коротко:
- 40HC Чэнду - Ворсино, FCA Чэнду: 398 000 руб. за контейнер, включая ЖД тариф, охрану и подачу на станции;
- срок в пути 18-22 дня;
- отправки еженедельные, по средам;
- ставка действует до 31.10.

Если будут вопросы — звоните.

""" + SIG_DENIS, attach=["КП_Перевал_Чэнду-Ворсино.pdf"])

msg("tdm04", "2026-10-09 11:26", "o.melnikova@tehnodom-retail.ru", [DENIS],
    cc=["s.lyakhov@tehnodom-retail.ru"], reply="tdm03", quote="outlook_ru",
    body="""Денис, добрый день.

Посмотрели с финансовым директором (в копии). Дорого: у текущего перевозчика 372 000 за тот же маршрут, правда срок 25+ дней.
Можете подвинуться по ставке, если мы гарантируем объём?
Давайте созвонимся в понедельник после обеда.

Ольга Мельникова
Моб.: +7 916 204-55-31""",
    inbound=need("call:tdm-c1"))

call("tdm-c1", "2026-10-12 15:05", "out", "201", "+7 916 204-55-31", 740, "ANSWERED",
     "ТехноДом, ставка при гарантированном объёме", DENIS, "ООО «ТехноДом Ритейл»")

msg("tdm05", "2026-10-12 17:20", DENIS, ["o.melnikova@tehnodom-retail.ru"],
    cc=["s.lyakhov@tehnodom-retail.ru"], reply="tdm04", quote="outlook_ru",
    body="""Ольга, Сергей Петрович, добрый вечер.
По итогам звонка:
- ставка 381 000 руб. за 40HC при объёме от 4 контейнеров в месяц, фиксируем на I квартал 2027;
- годовой объём 48 контейнеров, итого 18 288 000 руб.;
- простой контейнера на станции — первые 2 суток бесплатно.
Проект договора пришлю до конца недели.

""" + SIG_DENIS,
    agreed=[P("Проект договора пришлю до конца недели.", "2026-10-16", "kept")])

msg("tdm06", "2026-10-16 19:02", DENIS, ["o.melnikova@tehnodom-retail.ru"],
    cc=["s.lyakhov@tehnodom-retail.ru"], reply="tdm05", quote="outlook_ru",
    subject="Проект договора ТЭО — ТехноДом Ритейл",
    body="""Ольга, добрый вечер.
Проект договора ТЭО и спецификация №1 во вложении.

""" + SIG_DENIS, attach=["Договор_ТЭО_ТехноДом_проект.docx", "Спецификация_1.docx"])

msg("tdm07", "2026-10-20 10:02", "o.melnikova@tehnodom-retail.ru", [DENIS],
    subject="Договор ТЭО — замечания юристов",
    body="""Денис, добрый день.

Юристы посмотрели договор, есть вопросы по ответственности за простой контейнеров и по валютной оговорке.
Комментарии пришлём до пятницы.

Ольга""",
    inbound=fyi(), agreed=[P("Комментарии пришлём до пятницы.", "2026-10-23", "kept")])

msg("tdm08", "2026-10-23 15:47", "o.melnikova@tehnodom-retail.ru", [DENIS],
    reply="tdm07", quote="outlook_ru", subject="RE: Договор ТЭО — замечания юристов",
    body="""Денис, протокол разногласий во вложении.
Основное — п. 4.3 (срок оплаты) и п. 6.1 (ставка простоя). Посмотрите, пожалуйста.

Ольга Мельникова
руководитель отдела закупок ООО «ТехноДом Ритейл»
Моб.: +7 916 204-55-31""",
    attach=["Протокол_разногласий_ТехноДом.docx"], inbound=need("tdm09"))

msg("tdm09", "2026-10-27 12:15", DENIS, ["o.melnikova@tehnodom-retail.ru"], reply="tdm08",
    quote="outlook_ru",
    body="""Ольга, добрый.
По 4.3 согласны, 14 дней.
По 6.1 ставку простоя можем снизить до 1 500 руб./сутки, но с третьих суток.
Остальное проще обсудить вживую — предлагаю четверг, 29-го, в 11:00 у вас. Ок?

""" + SIG_DENIS)

msg("tdm09b", "2026-10-27 13:01", "o.melnikova@tehnodom-retail.ru", [DENIS], reply="tdm09",
    quote="outlook_ru", body="""Да, ждём в четверг в 11. Пропуск закажу.

Ольга""", inbound=fyi(),
    agreed=[P("Пропуск закажу.", None, "kept")])

meet("tdm-m1@pereval-log.ru", "2026-10-29 11:00", 90, DENIS,
     ["o.melnikova@tehnodom-retail.ru", "s.lyakhov@tehnodom-retail.ru"],
     "ТехноДом Ритейл: договор ТЭО, протокол разногласий",
     "ТехноДом, Москва, ул. Электрозаводская 27с8, переговорная 4")

msg("tdm10", "2026-10-29 16:30", "s.lyakhov@tehnodom-retail.ru", [DENIS],
    cc=["o.melnikova@tehnodom-retail.ru", IRINA], subject="Итоги встречи 29.10",
    body="""Денис, добрый день.

Спасибо за встречу. Фиксирую, о чём договорились:
- объём 48 контейнеров 40HC в год, ставка 381 000 руб.;
- простой с третьих суток, 1 500 руб./сутки;
- оплата 14 календарных дней.
Подписать хотим до конца года, первая отправка — январь.
Ждём финальную редакцию договора с учётом договорённостей.

С уважением,
Ляхов Сергей Петрович
финансовый директор ООО «ТехноДом Ритейл»""",
    inbound=need("tdm11"))

msg("tdm11", "2026-11-02 10:45", DENIS, ["s.lyakhov@tehnodom-retail.ru"],
    cc=["o.melnikova@tehnodom-retail.ru", IRINA], reply="tdm10", quote="outlook_ru",
    body="""Сергей Петрович, Ольга, добрый день.
Финальная редакция договора и спецификации во вложении, все правки с встречи внесены (режим исправлений).
Если ок — пришлите подписанный с вашей стороны, мы подпишем в тот же день.

""" + SIG_DENIS, attach=["Договор_ТЭО_ТехноДом_финал.docx"])

msg("tdm12", "2026-11-12 09:58", "o.melnikova@tehnodom-retail.ru", [DENIS], reply="tdm11",
    quote="outlook_ru",
    body="""Денис, доброе утро.
Договор у генерального на подписи, он в командировке до 20-го.
Вернёмся к вам, как только он подпишет.

Ольга""",
    inbound=fyi(), agreed=[P("Вернёмся к вам, как только он подпишет.", None, "open")])

msg("tdm13", "2026-11-25 10:20", DENIS, ["o.melnikova@tehnodom-retail.ru"], reply="tdm12",
    quote="outlook_ru",
    body="""Ольга, добрый. Как там договор? Генеральный вернулся?
Хочу успеть забронировать под вас январские платформы.

""" + SIG_DENIS)

msg("tdm14", "2026-11-26 19:44", "o.melnikova@tehnodom-retail.ru", [DENIS], reply="tdm13",
    quote="iphone_ru",
    body="""Денис, вернулся, но финансы добавили одну правку по валютной оговорке (курс ЦБ на дату оплаты, а не на дату счёта). Давайте обсудим на встрече 8 декабря в 11:00, я пришлю приглашение.

Отправлено с iPhone""",
    inbound=need("tdm15"),
    agreed=[P("Давайте обсудим на встрече 8 декабря в 11:00, я пришлю приглашение.", None, "kept")])

msg("tdm15", "2026-11-27 09:10", DENIS, ["o.melnikova@tehnodom-retail.ru"], reply="tdm14",
    quote="outlook_ru",
    body="""Ольга, ок, 8-го в 11 удобно. Приглашение получил.

""" + SIG_DENIS)

meet("040000008200E00074C5B7101A82E00800000000D0A1CC6B3E62DD01000000000000000010000000@tehnodom-retail.ru",
     "2026-12-08 11:00", 60, "o.melnikova@tehnodom-retail.ru",
     [DENIS, "s.lyakhov@tehnodom-retail.ru"],
     "Перевал Логистик — договор ТЭО, валютная оговорка",
     "ТехноДом, переговорная 4")

call("tdm-c2", "2026-12-03 15:40", "in", "201", "+79162045531", 230, "ANSWERED",
     "", DENIS, "ООО «ТехноДом Ритейл»")

# --- Denis -> Ekaterina: cross-sell, internal ---------------------------------------
msg("int01", "2026-10-30 10:02", DENIS, [KATYA], subject="ТехноДом — растаможка?",
    body="""Кать, привет. ТехноДом (Мельникова) сейчас растамаживает сами через своего брокера в Ворсино, жалуются на сроки. Можешь прикинуть, сколько мы бы взяли за ДТ на 4 контейнера в месяц? Бытовая техника, ~40 позиций в инвойсе.
Не срочно, до конца следующей недели.""")

msg("int02", "2026-10-30 11:18", KATYA, [DENIS], reply="int01", quote="outlook_ru",
    body="""Денис, добрый день. Посчитаю. Для 40 позиций ориентир 9 500 за ДТ плюс доп. листы, точнее скажу после того, как увижу пример инвойса. Пришлёшь?

Екатерина""")

# --- Агро-Трейд Юг: ЖД экспорт, клиент замолчал ------------------------------------
msg("agr01", "2026-09-30 13:44", "r.gasparyan@agrotrade-yug.ru", [DENIS],
    subject="ЖД контейнеры в Китай",
    body="""Добрый день.
Нужна ЖД перевозка подсолнечного шрота в контейнерах в Китай, ориентировочно 10 контейнеров 40' в месяц с октября-ноября. Вы такое делаете? Какие нужны документы с нашей стороны.

Руслан Гаспарян
ООО "Агро-Трейд Юг"
8 861 203-44-18""",
    inbound=need("agr02"))

msg("agr02", "2026-10-01 10:15", DENIS, ["r.gasparyan@agrotrade-yug.ru"], reply="agr01",
    quote="outlook_ru",
    body="""Руслан, добрый день.
Делаем, но обратным плечом из России возим реже, чем импорт, поэтому вопросы:
1) станция отправления?
2) станция назначения в Китае / погранпереход (Забайкальск или Достык)?
3) фитосанитарный сертификат и регистрация в GACC у производителя есть?
Можем созвониться по видео, так быстрее.

""" + SIG_DENIS)

msg("agr03", "2026-10-02 08:57", "r.gasparyan@agrotrade-yug.ru", [DENIS], reply="agr02",
    quote="yandex", irt=False, subject="Re: ЖД контейнеры в Китай",
    body="""Станция Кавказская СКЖД. Назначение Харбин, через Забайкальск.
GACC есть, фито делаем сами.
По видео можно во вторник в 15.

--
Отправлено из мобильной Яндекс Почты""",
    inbound=need("uid:agr-m1@pereval-log.ru"))

meet("agr-m1@pereval-log.ru", "2026-10-06 15:00", 40, DENIS, ["r.gasparyan@agrotrade-yug.ru"],
     "Агро-Трейд Юг: экспорт шрота в Китай (видео)", "Яндекс Телемост")

msg("agr04", "2026-10-08 12:30", DENIS, ["r.gasparyan@agrotrade-yug.ru"], reply="agr03",
    quote="outlook_ru", subject="КП: Кавказская - Харбин 40'",
    body="""Руслан, добрый день.
Как обсуждали во вторник:
- 40' Кавказская - Харбин через Забайкальск: 412 000 руб. за контейнер, включая собственный контейнер и перегруз;
- при 10 контейнерах в месяц это 4 120 000 руб. в месяц;
- срок 16-19 дней.
Ставка держится до 31.10.

""" + SIG_DENIS, attach=["КП_Агро-Трейд_Юг.pdf"])

msg("agr05", "2026-10-19 11:05", DENIS, ["r.gasparyan@agrotrade-yug.ru"], reply="agr04",
    quote="outlook_ru",
    body="""Руслан, добрый день. Удалось посмотреть предложение? Если нужны другие объёмы — пересчитаю.

""" + SIG_DENIS)

msg("agr06", "2026-11-10 10:40", DENIS, ["r.gasparyan@agrotrade-yug.ru"], reply="agr05",
    quote="outlook_ru",
    body="""Руслан, добрый. Ставки на декабрь растут, могу зафиксировать 412 000 до 15.11. Дайте знать, актуально ли.

""" + SIG_DENIS)

call("agr-c1", "2026-11-27 14:00", "out", "201", "8 (861) 203-44-18", 0, "NO ANSWER", "",
     DENIS, "ООО «Агро-Трейд Юг»")

# =====================================================================================
# ЕКАТЕРИНА ЛУЗИНА — таможенное оформление
# =====================================================================================

# --- Фарм-Импорт: смена брокера, лимит ответственности 30 млн ---------------------------
msg("frm01", "2026-10-12 09:35", "n.efremova@farmimport.ru", [KATYA],
    subject="Запрос коммерческого предложения на услуги таможенного представителя",
    body="""Уважаемая Екатерина, добрый день!

ООО «Фарм-Импорт» рассматривает смену таможенного представителя. Исходные данные:
— ежемесячно около 25 деклараций на товары (лекарственные средства и БАД, страны происхождения Индия, Германия, Словения);
— авиа через Шереметьево и авто через Брест;
— обязательна работа с маркировкой («Честный знак») и фармацевтическими разрешениями.

Просим направить коммерческое предложение с указанием стоимости оформления одной ДТ, дополнительных листов и размера застрахованной ответственности.

С уважением,
Ефремова Наталья Борисовна
начальник отдела ВЭД
ООО «Фарм-Импорт»
+7 (495) 937-20-61, доб. 2204""",
    inbound=need("frm02"))

msg("frm02", "2026-10-12 12:10", KATYA, ["n.efremova@farmimport.ru"], reply="frm01",
    quote="outlook_ru",
    body="""Уважаемая Наталья Борисовна, добрый день!

Благодарю за обращение. С лекарственными средствами работаем с 2019 года, маркировку сопровождаем.
Коммерческое предложение направлю до пятницы, 16 октября.
Если удобно, предлагаю короткий созвон завтра в 15:00, чтобы уточнить коды ТН ВЭД и схему поставок.

""" + SIG_KATYA,
    agreed=[P("Коммерческое предложение направлю до пятницы, 16 октября.", "2026-10-16", "kept")])

msg("frm02b", "2026-10-12 12:31", "n.efremova@farmimport.ru", [KATYA], reply="frm02",
    quote="outlook_ru",
    body="""Екатерина, завтра в 15:00 удобно. Ссылку пришлите, пожалуйста.

Н.Б. Ефремова""",
    inbound=need("uid:frm-m0@pereval-log.ru"))

meet("frm-m0@pereval-log.ru", "2026-10-13 15:00", 30, KATYA, ["n.efremova@farmimport.ru"],
     "Фарм-Импорт: знакомство, схема поставок", "Яндекс Телемост, ссылка в приглашении")

msg("frm03", "2026-10-15 17:40", KATYA, ["n.efremova@farmimport.ru"], reply="frm02b",
    quote="outlook_ru", subject="Коммерческое предложение: таможенное оформление — ООО «Перевал Логистик»",
    body="""Уважаемая Наталья Борисовна, добрый день!

Направляю коммерческое предложение:
— оформление ДТ (до 3 товаров): 7 900 руб.;
— дополнительный лист ДТ: 1 500 руб.;
— сопровождение маркировки: включено;
— ответственность таможенного представителя застрахована на 5 млн руб. (СПАО «Ингосстрах»).
При 25 ДТ в месяц ориентировочная стоимость — около 200 тыс. руб. в месяц.

""" + SIG_KATYA, attach=["КП_Перевал_Фарм-Импорт.pdf"])

msg("frm04", "2026-10-20 10:05", "n.efremova@farmimport.ru", [KATYA], reply="frm03",
    quote="outlook_ru",
    body="""Екатерина, добрый день.

Спасибо за предложение. Есть вопросы:
1. Можно ли увеличить страховую сумму ответственности? 5 млн для нас мало — одна партия инсулина стоит дороже.
2. Кто будет оформлять в выходные, если борт приходит в субботу?
Готовы встретиться у нас в офисе на следующей неделе.

С уважением,
Н.Б. Ефремова
+7 (495) 937-20-61, доб. 2204""",
    inbound=need("frm05"))

msg("frm05", "2026-10-21 09:50", KATYA, ["n.efremova@farmimport.ru"], cc=[IRINA],
    reply="frm04", quote="outlook_ru",
    body="""Наталья Борисовна, добрый день!

1. Страховую сумму обсудим на встрече, со мной будет Ирина Викторовна Голованова, коммерческий директор.
2. В выходные работает дежурный декларант, это входит в стоимость.
Предлагаем вторник, 27 октября, в 14:00 у вас. Приглашение направила.

""" + SIG_KATYA)

call("frm-c1", "2026-10-21 11:00", "out", "202", "+7 (495) 937-20-61 доб. 2204", 310, "ANSWERED",
     "Ефремова: подтвердила встречу 27.10", KATYA, "ООО «Фарм-Импорт»")

meet("frm-m1@pereval-log.ru", "2026-10-27 14:00", 90, KATYA,
     [IRINA, "n.efremova@farmimport.ru"],
     "Фарм-Импорт: условия брокерского обслуживания",
     "Фарм-Импорт, Москва, Варшавское ш. 125Ж, корп. 6")

msg("frm06", "2026-10-28 11:12", "n.efremova@farmimport.ru", [KATYA], cc=[IRINA],
    reply="frm03", quote="outlook_ru", subject="RE: Коммерческое предложение: таможенное оформление",
    body="""Екатерина, Ирина Викторовна, добрый день!

Благодарим за встречу. По итогам готовы рассматривать ставку 7 500 руб. за ДТ.
Просим направить проект договора и регламент взаимодействия.

С уважением,
Н.Б. Ефремова""",
    inbound=need("frm07"))

msg("frm07", "2026-10-29 10:30", KATYA, ["n.efremova@farmimport.ru"], cc=[IRINA],
    reply="frm06", quote="outlook_ru",
    body="""Наталья Борисовна, добрый день!

Ставка 7 500 руб. за ДТ согласована при объёме от 20 ДТ в месяц. При 25 ДТ в месяц это 2 250 000 руб. в год.
Проект договора и регламент направлю после согласования с нашим юристом, ориентировочно на следующей неделе.

""" + SIG_KATYA,
    agreed=[P("Проект договора и регламент направлю после согласования с нашим юристом, ориентировочно на следующей неделе.",
              None, "kept")])

msg("frm08", "2026-11-10 16:05", KATYA, ["n.efremova@farmimport.ru"], reply="frm07",
    quote="outlook_ru", subject="Проект договора таможенного представителя — Фарм-Импорт",
    body="""Наталья Борисовна, добрый день!

Направляю проект договора таможенного представителя и регламент взаимодействия.
Извините за небольшую задержку — юрист был в отпуске.

""" + SIG_KATYA, attach=["Договор_ТП_Фарм-Импорт_проект.docx", "Регламент_взаимодействия.pdf"])

msg("frm09", "2026-11-23 14:48", "n.efremova@farmimport.ru", [KATYA],
    cc=["ur@farmimport.ru"], reply="frm08", quote="outlook_ru",
    body="""Екатерина, добрый день!

Наш юрист подготовил протокол разногласий (во вложении). Ключевой вопрос — лимит ответственности таможенного представителя: мы просим 30 млн руб., в проекте 5 млн.
Давайте обсудим в понедельник, 7 декабря, в 11:00 по телефону.

С уважением,
Н.Б. Ефремова
начальник отдела ВЭД ООО «Фарм-Импорт»""",
    attach=["ПР_Фарм-Импорт.docx"], inbound=need("frm10"))

msg("frm10", "2026-11-24 10:02", KATYA, ["n.efremova@farmimport.ru"], reply="frm09",
    quote="outlook_ru",
    body="""Наталья Борисовна, добрый день!

7 декабря в 11:00 подходит, позвоню вам.
До пятницы, 4 декабря, согласую с руководством увеличение лимита ответственности и напишу вам.

""" + SIG_KATYA,
    agreed=[P("7 декабря в 11:00 подходит, позвоню вам.", "2026-12-07", "open"),
            P("До пятницы, 4 декабря, согласую с руководством увеличение лимита ответственности и напишу вам.",
              "2026-12-04", "kept")])

msg("int03", "2026-12-02 12:20", KATYA, [IRINA], subject="Фарм-Импорт — лимит ответственности",
    body="""Ирина Викторовна, добрый день!

Фарм-Импорт просит лимит ответственности 30 млн руб. Ингосстрах готов поднять страховую сумму максимум до 15 млн, доплата по полису 86 тыс. в год.
Согласуете 15 млн? Клиенту обещала ответ до пятницы.

Екатерина""")

msg("int04", "2026-12-02 18:40", IRINA, [KATYA], reply="int03", quote="outlook_ru",
    body="""Катя, согласую 15. Выше не идём. Полис за наш счёт, в ставку не закладывай.

И.Г.""")

msg("frm11", "2026-12-04 10:30", KATYA, ["n.efremova@farmimport.ru"], cc=[IRINA],
    reply="frm10", quote="outlook_ru",
    body="""Наталья Борисовна, добрый день!

Руководство согласовало увеличение лимита ответственности до 15 млн руб., страховой полис будет переоформлен за наш счёт. 30 млн страховая компания не подтверждает.
Созвон в понедельник, 7 декабря, в 11:00 в силе.

""" + SIG_KATYA,
    agreed=[P("Руководство согласовало увеличение лимита ответственности до 15 млн руб., страховой полис будет переоформлен за наш счёт.", None, "open")])

# --- Бьюти Лайн: действующий клиент, ошибка в ДТ, жалоба ---------------------------------
msg("btl01", "2026-10-01 13:20", "alina@beautyline.ru", [KATYA],
    subject="Договор + первая поставка",
    body="""Катя, привет!
Договор наконец подписали, скан во вложении 🙂
Первая партия (корейская косметика, 2 паллеты) прилетает в Шереметьево 14.10. Что от нас нужно к этому времени?

Алина Гусева
ВЭД, Бьюти Лайн
+7 921 777-31-18""",
    attach=["Договор_ТП_БьютиЛайн_подписан.pdf"], inbound=need("btl02"))

msg("btl02", "2026-10-01 15:02", KATYA, ["alina@beautyline.ru"], reply="btl01",
    quote="outlook_ru",
    body="""Алина, добрый день!

Спасибо, скан получила. К прилёту пришлите, пожалуйста, инвойс, упаковочный лист, декларации о соответствии на каждую позицию и авианакладную, как только она будет.
Давайте в понедельник созвонимся на 20 минут по видео, покажу, как мы работаем.

""" + SIG_KATYA,
    agreed=[P("Давайте в понедельник созвонимся на 20 минут по видео, покажу, как мы работаем.", "2026-10-05", "kept")])

meet("btl-m1@pereval-log.ru", "2026-10-05 11:00", 30, KATYA, ["alina@beautyline.ru"],
     "Бьюти Лайн: онбординг (видео)", "Google Meet")

msg("btl03", "2026-10-12 18:33", "alina@beautyline.ru", [KATYA], reply="btl02",
    quote="gmail_ru",
    body="""Катя, во вложении всё по списку + AWB. Посмотри, пожалуйста, всё ли ок? ДС на тонер ещё переоформляют, будет к среде.

Алина""",
    attach=["Invoice_BL-1014.pdf", "PL_BL-1014.pdf", "AWB_555-20417733.pdf"],
    inbound=need("btl04"), agreed=[P("ДС на тонер ещё переоформляют, будет к среде.", "2026-10-14", "kept")])

msg("btl04", "2026-10-13 09:15", KATYA, ["alina@beautyline.ru"], reply="btl03",
    quote="outlook_ru",
    body="""Алина, доброе утро!

Документы в порядке. Декларацию подадим в день прилёта, 14 октября, если ДС на тонер будет к этому времени.

""" + SIG_KATYA,
    agreed=[P("Декларацию подадим в день прилёта, 14 октября, если ДС на тонер будет к этому времени.",
              "2026-10-14", "kept")])

msg("btl04b", "2026-10-14 08:50", "alina@beautyline.ru", [KATYA], reply="btl04",
    quote="gmail_ru", body="""ДС на тонер во вложении!""", attach=["ДС_тонер.pdf"],
    inbound=fyi("btl05"))

msg("btl05", "2026-10-14 16:20", KATYA, ["alina@beautyline.ru"], reply="btl04b",
    quote="outlook_ru",
    body="""Алина, ДТ подана, зарегистрирована. Выпуск ожидаем завтра.

""" + SIG_KATYA)

msg("btl06", "2026-10-15 12:04", "alina@beautyline.ru", [KATYA], reply="btl05",
    quote="iphone_ru", body="""Ура, выпустили! Спасибо огромное!!!

Отправлено с iPhone""", inbound=fyi())

meet("btl-m2@pereval-log.ru", "2026-10-20 12:00", 30, KATYA, ["alina@beautyline.ru"],
     "Бьюти Лайн: итоги первой поставки", "Google Meet")

msg("btl07", "2026-11-17 11:40", "alina@beautyline.ru", [KATYA],
    subject="Вторая партия 19.11",
    body="""Катя, привет!
Вторая партия прилетает 19.11, SVO, 5 паллет, в этот раз ещё патчи для глаз и маски (новые позиции!). Документы во вложении. Подтверди, что получила, плиз.

Алина
+7 921 777-31-18""",
    attach=["Invoice_BL-1119.pdf", "PL_BL-1119.pdf"], inbound=need("btl08"))

msg("btl08", "2026-11-17 12:30", KATYA, ["alina@beautyline.ru"], reply="btl07",
    quote="outlook_ru",
    body="""Алина, добрый день! Получила, всё в работе. По новым позициям коды ТН ВЭД подберём сами.

""" + SIG_KATYA,
    agreed=[P("По новым позициям коды ТН ВЭД подберём сами.", None, "kept")])

call("btl-c1", "2026-11-20 11:30", "in", "202", "+7 812 309-77-45", 0, "NO ANSWER", "",
     KATYA, "ООО «Бьюти Лайн»")

msg("btl08b", "2026-11-20 11:34", "alina@beautyline.ru", [KATYA], reply="btl08",
    quote="gmail_ru",
    body="""Катя, привет, что там с выпуском? Вчера прилетели, статус пока не обновился. Набирала тебе, не дозвонилась, перезвони, как будет минутка.""",
    inbound=need("call:btl-c2"))

call("btl-c2", "2026-11-20 11:48", "out", "202", "+7 921 777-31-18", 190, "ANSWERED",
     "Алина: таможня запросила доп. документы по маскам", KATYA, "ООО «Бьюти Лайн»")

call("btl-c3", "2026-11-23 09:05", "in", "202", "+79217773118", 0, "NO ANSWER", "",
     KATYA, "ООО «Бьюти Лайн»")

msg("btl09", "2026-11-23 09:47", "alina@beautyline.ru", [KATYA], cc=[IRINA],
    subject="Груз на СВХ 4-й день!!!",
    body="""Екатерина, Ирина Викторовна, добрый день.

Груз стоит на СВХ уже четвёртый день. Как выяснилось, в декларации ошибка в коде ТН ВЭД по маскам, которую допустили ваши сотрудники, и таможня выставила корректировку. Мы платим хранение 18 тыс. в сутки, а у нас маркетплейс ждёт поставку к распродаже.
Кто за это будет платить?
Пишу уже третий раз, по телефону никто толком ничего не объясняет.

Алина Гусева
ВЭД, ООО «Бьюти Лайн»
+7 921 777-31-18""",
    inbound=need("btl10"), complaint=True)

msg("int05", "2026-11-23 10:05", IRINA, [KATYA], fwd=("btl09", "fwd_outlook_ru"),
    subject="FW: Груз на СВХ 4-й день!!!",
    body="""Катя, срочно. Ответь клиенту до обеда, меня в копию. Разбор — мне на стол до среды: кто подбирал код и почему никто не перезвонил.

И.Г.""")

msg("btl10", "2026-11-23 11:55", KATYA, ["alina@beautyline.ru"], cc=[IRINA], reply="btl09",
    quote="outlook_ru",
    body="""Алина, добрый день!

Приношу извинения — ошибка в коде по маскам наша, декларант применил код для косметики вместо кода для изделий из нетканых материалов.
Корректировку подадим сегодня до 18:00.
Расходы на хранение сверх двух суток компенсируем.
С сегодняшнего дня ваши поставки ведёт старший декларант, и я лично контролирую каждую ДТ.

""" + SIG_KATYA,
    agreed=[P("Корректировку подадим сегодня до 18:00.", "2026-11-23", "kept"),
            P("Расходы на хранение сверх двух суток компенсируем.", None, "open"),
            P("С сегодняшнего дня ваши поставки ведёт старший декларант, и я лично контролирую каждую ДТ.", None, "open")])

msg("btl11", "2026-11-23 18:10", KATYA, ["alina@beautyline.ru"], cc=[IRINA], reply="btl10",
    quote="outlook_ru",
    body="""Алина, корректировка подана в 17:35, принята к рассмотрению. Ожидаем выпуск завтра-послезавтра.

""" + SIG_KATYA)

msg("btl12", "2026-11-25 17:02", "alina@beautyline.ru", [KATYA], cc=[IRINA], reply="btl11",
    quote="gmail_ru",
    body="""Выпустили сегодня в 15:00. Итого 6 суток на СВХ, 108 тыс. за хранение, счёт СВХ во вложении.
Жду расчёт компенсации.

Алина""",
    attach=["Счёт_СВХ_2511.pdf"], inbound=need(None))

# --- Северный Текстиль: обещала расчёт к четвергу и не прислала ---------------------------
msg("svt01", "2026-11-10 10:21", "panteleev@sevtex.ru", [KATYA],
    subject="Таможенное оформление тканей",
    body="""Уважаемая Екатерина!

Ваш адрес нам дали в ООО «Бьюти Лайн». Наше предприятие ввозит ткани (хлопок, смесовые) из Узбекистана и Турции. Ищем таможенного брокера взамен прежнего, который прекратил деятельность.
Сколько стоят ваши услуги?

С уважением,
И.В. Пантелеев, зам. директора по снабжению
ООО «Северный Текстиль», г. Вологда
т. (8172) 21-40-90""",
    inbound=need("svt02"))

msg("svt02", "2026-11-11 09:40", KATYA, ["panteleev@sevtex.ru"], reply="svt01", quote="outlook_ru",
    body="""Уважаемый Игорь Валентинович, добрый день!

Спасибо за обращение. Чтобы рассчитать стоимость, уточните, пожалуйста:
1) сколько поставок в месяц и каким транспортом;
2) на каком таможенном посту планируете оформление;
3) сколько в среднем товарных позиций в инвойсе.

""" + SIG_KATYA)

msg("svt03", "2026-11-12 15:07", "panteleev@sevtex.ru", [KATYA], reply="svt02", quote="mailru",
    body="""Екатерина, отвечаю:
1) 4-5 поставок в месяц, автотранспортом (из Ташкента через Казахстан, из Стамбула через Грузию);
2) Вологодский таможенный пост;
3) от 3 до 15 позиций.
Из Узбекистана ввозим по сертификату СТ-1, нужно оформлять с преференцией.

И.В. Пантелеев
т. (8172) 21-40-90""",
    inbound=need("svt04"))

msg("svt04", "2026-11-13 10:12", KATYA, ["panteleev@sevtex.ru"], reply="svt03", quote="outlook_ru",
    body="""Игорь Валентинович, спасибо!
Посчитаю и пришлю расчёт в четверг, с учётом преференции по СТ-1.

""" + SIG_KATYA,
    agreed=[P("Посчитаю и пришлю расчёт в четверг, с учётом преференции по СТ-1.", "2026-11-19", "broken")])

msg("svt05", "2026-11-30 09:36", "panteleev@sevtex.ru", [KATYA], reply="svt04", quote="mailru",
    body="""Екатерина, добрый день.
Напоминаю о расчёте стоимости оформления. Следующая поставка из Ташкента 14 декабря, хотели бы оформлять её уже через вас.

И.В. Пантелеев""",
    inbound=need(None))

# --- ГринЛайт Электро: новый клиент, встреча 10 декабря -----------------------------------
msg("grl01", "2026-11-18 13:05", "m.orekhov@greenlight-el.ru", [KATYA],
    subject="Растаможка LED-светильников из Китая",
    body="""Екатерина, добрый день!

Взял ваш контакт на стенде на «ТрансРоссии». Мы — ГринЛайт Электро, продаём промышленные LED-светильники. Сейчас везём из Шэньчжэня 1-2 контейнера в месяц, оформлял прежний поставщик «под ключ», теперь хотим сами быть импортёром.
Что нужно: сертификат ЕАЭС (ТР ТС 004 и 020), декларирование, возможно — помощь с валютным контролем.
Можно где-то посидеть и обсудить?

Максим Орехов
директор по закупкам, ГринЛайт Электро
+7 (499) 113-84-20""",
    inbound=need("grl02"))

msg("grl02", "2026-11-19 10:00", KATYA, ["m.orekhov@greenlight-el.ru"], reply="grl01", quote="outlook_ru",
    body="""Максим, добрый день!

Рада, что дошли до нас после выставки. Сертификацию делаем через аккредитованный орган-партнёр, декларирование и сопровождение валютного контроля — сами.
С удовольствием встречусь. Какие даты на следующей неделе или в начале декабря вам удобны?

""" + SIG_KATYA)

msg("grl03", "2026-11-19 10:40", "m.orekhov@greenlight-el.ru", [KATYA], reply="grl02", quote="gmail_ru",
    body="""Давайте 10 декабря в 15:00 у нас на Электрозаводской? Раньше я в Китае.

М.""",
    inbound=need("grl04"))

msg("grl04", "2026-11-20 09:22", KATYA, ["m.orekhov@greenlight-el.ru"], reply="grl03", quote="outlook_ru",
    body="""Максим, подтверждаю 10 декабря в 15:00, приглашение отправила. Возьму с собой пример пакета документов по сертификации.

""" + SIG_KATYA,
    agreed=[P("Возьму с собой пример пакета документов по сертификации.", "2026-12-10", "open")])

meet("grl-m1@pereval-log.ru", "2026-12-10 15:00", 60, KATYA, ["m.orekhov@greenlight-el.ru"],
     "ГринЛайт Электро: сертификация и декларирование LED", "Москва, ул. Электрозаводская 33, офис ГринЛайт")

# --- ИП Хабибуллин (yandex.ru): растаможка двигателей из Японии ----------------------------
msg("mrt01", "2026-11-02 21:14", "marat.khabibullin@yandex.ru", [KATYA],
    subject="растаможка",
    body="""Здравствуйте
везу из японии контрактные двигатели б/у 6 шт в 20 футовом контейнере через владивосток, сколько будет стоить растаможка под ключ? я ип
Марат
+7 917 384-21-06""",
    inbound=need("mrt02"))

msg("mrt02", "2026-11-03 10:05", KATYA, ["marat.khabibullin@yandex.ru"], reply="mrt01", quote="outlook_ru",
    body="""Марат, добрый день!

Стоимость оформления «под ключ» во Владивостоке для вашего случая:
— декларирование (6 позиций): 35 000 руб.;
— подготовка пакета и проверка документов от продавца: 15 000 руб.;
— услуги СВХ по тарифу терминала (ориентировочно 10 000 руб.).
Итого около 60 000 руб. без учёта таможенных платежей.

""" + SIG_KATYA)

msg("mrt03", "2026-11-05 08:03", "marat.khabibullin@yandex.ru", [KATYA], reply="mrt02",
    quote="yandex", irt=False, subject="Re: растаможка",
    body="""дороговато. а скидку можно? 45 сделаете? позвоните мне

Марат""",
    inbound=need("call:mrt-c1"))

call("mrt-c1", "2026-11-06 12:10", "out", "202", "+7 917 384-21-06", 300, "ANSWERED",
     "ИП Хабибуллин, скидка", KATYA, "marat.khabibullin@yandex.ru")

msg("mrt04", "2026-11-06 12:40", KATYA, ["marat.khabibullin@yandex.ru"], reply="mrt03", quote="outlook_ru",
    body="""Марат, как договорились по телефону: 52 000 руб. за всё, кроме таможенных платежей.
Счёт выставлю после получения коносамента.

""" + SIG_KATYA,
    agreed=[P("Счёт выставлю после получения коносамента.", None, "open")])

msg("mrt05", "2026-11-27 19:31", "marat.khabibullin@yandex.ru", [KATYA], reply="mrt04", quote="yandex",
    body="""Екатерина добрый вечер, контейнер задерживается в Иокогаме, коносамент будет ближе к середине декабря. я напишу

--
С уважением, Марат""",
    inbound=fyi(), agreed=[P("Екатерина добрый вечер, контейнер задерживается в Иокогаме, коносамент будет ближе к середине декабря. я напишу", None, "open")])

msg("cold01", "2026-10-20 08:15", "sales@leadfabrika.pro", [KATYA],
    subject="Екатерина, 150 заявок на таможенное оформление в месяц",
    body="""Добрый день, Екатерина!

Мы — Лидфабрика, приводим заявки для логистических компаний с оплатой за результат. Нашим клиентам в сфере таможенного оформления мы даём от 150 заявок в месяц по цене от 900 руб. за заявку.
Удобно созвониться в четверг на 15 минут?

Дмитрий Ковалёв
Лидфабрика
+7 (499) 350-18-24""")

# =====================================================================================
# ANDREI KIM — sea freight (FCL); English to foreign clients, Russian to Russian ones
# =====================================================================================

# --- Anatolia Tekstil: Istanbul -> Novorossiysk, sign by the end of the quarter -------------
msg("ana01", "2026-10-05 11:20", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI],
    subject="Quotation request - FCL Istanbul to Moscow",
    body="""Dear Andrei,

I got your contact from Mr. Hakan Demir (Demir Lojistik), he says you are reliable partner for Russia.
We are expanding our exports of home textile to Russia. We need:
- 6-8 x 40' HC per month
- POL Ambarli / Istanbul, POD Novorossiysk, final delivery DAP Moscow (Podolsk warehouse)
- start from December or January

Could you please quote your best rate and transit time?

Kind regards,
Emre Yıldız
Export Logistics Manager
Anatolia Tekstil A.Ş.
T: +90 212 555 0148 | M: +90 532 411 2093""",
    inbound=need("ana02"))

msg("ana02", "2026-10-06 09:45", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana01",
    quote="outlook_en",
    body="""Dear Emre,

Thank you for your enquiry and regards to Hakan.
We handle Ambarli - Novorossiysk weekly with two carriers. I'll send you our rates by Thursday.

""" + SIG_ANDREI_EN,
    agreed=[P("I'll send you our rates by Thursday.", "2026-10-08", "kept")])

msg("ana03", "2026-10-08 16:10", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana02",
    quote="outlook_en", subject="Offer: FCL Ambarli - Novorossiysk - Moscow",
    body="""Dear Emre,

Please find our offer attached. In short:
- 40' HC Ambarli - Novorossiysk - DAP Podolsk: USD 2,350 per container all-in (ocean freight, THC Novorossiysk, rail/truck on-carriage);
- transit time 11-14 days door to door;
- 14 free days of container use at destination;
- customs clearance in Novorossiysk available on request (our customs team).
Rates valid until 30 November.

""" + SIG_ANDREI_EN, attach=["Offer_Anatolia_Ambarli-Podolsk.pdf"])

msg("ana04", "2026-10-12 10:02", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], reply="ana03",
    quote="outlook_en",
    body="""Dear Andrei,

Thank you for the offer. Our current forwarder quotes USD 2,150, but honestly they keep missing the vessel cut-offs and our containers roll to the next week almost every month, we are quite fed up with them.
Can you improve your rate if we commit to volume? And what is your guarantee on the booking?

Kind regards,
Emre""",
    inbound=need("ana05"), complaint=False)

msg("ana05", "2026-10-13 11:30", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana04",
    quote="outlook_en",
    body="""Dear Emre,

For a committed volume of 80+ containers a year I can offer USD 2,250 per 40' HC.
On bookings: we hold a weekly allocation with the carrier, so your containers are confirmed 10 days before the cut-off.
Would you like to have a video call next week with your logistics director to go through the details?

""" + SIG_ANDREI_EN)

msg("ana05b", "2026-10-14 09:12", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], reply="ana05",
    quote="outlook_en",
    body="""Yes please. Thursday 22nd at 12:00 Moscow time is fine for us and for Ms. Aksoy.

Emre""",
    inbound=need("uid:ana-m1@pereval-log.ru"))

meet("ana-m1@pereval-log.ru", "2026-10-22 12:00", 60, ANDREI,
     ["emre.yildiz@anatoliatekstil.com.tr", "selin.aksoy@anatoliatekstil.com.tr"],
     "Anatolia Tekstil / Pereval Logistics - FCL Turkey-Russia", "Microsoft Teams")

msg("ana06", "2026-10-22 15:40", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI],
    cc=["selin.aksoy@anatoliatekstil.com.tr"], subject="Follow-up of our call",
    body="""Dear Andrei,

Thank you for the call today. To summarize from our side:
- annual volume approx. 80 FCL 40' HC, our budget for this lane is USD 180,000 per year;
- rate USD 2,250 all-in as you proposed;
- we would like to sign by the end of the quarter, so that first shipment goes in January.
Please send your draft framework agreement.

Kind regards,
Emre Yıldız
Export Logistics Manager, Anatolia Tekstil A.Ş.""",
    inbound=need("ana07"))

msg("ana07", "2026-10-26 17:05", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"],
    cc=["selin.aksoy@anatoliatekstil.com.tr"], reply="ana06", quote="outlook_en",
    body="""Dear Emre, dear Selin,

Please find attached our draft framework agreement for forwarding services (English/Russian) and the rate annex.
Our legal team is available for any questions.

""" + SIG_ANDREI_EN, attach=["Framework_Agreement_Anatolia_draft.docx", "Rate_Annex_1.xlsx"])

msg("ana08", "2026-11-09 10:00", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana07",
    quote="outlook_en",
    body="""Dear Emre,

Just checking in - do you have any feedback on the draft agreement?

""" + SIG_ANDREI_EN)

msg("ana09", "2026-11-09 10:01", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], reply="ana08",
    subject="Automatic reply: Just checking in", quote=None,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Thank you for your email. I am out of the office until 16 November with limited access to email.
For urgent matters please contact export@anatoliatekstil.com.tr.

Emre Yıldız""",
    inbound=fyi())

msg("ana10", "2026-11-18 14:25", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], reply="ana08",
    quote="outlook_en",
    body="""Dear Andrei,

Sorry for the late reply, I was travelling. Our legal department has two comments:
1) clause 5 - liability should be per container, not per shipment;
2) payment terms 30 days instead of 10.
Please let me know by Friday if this is acceptable.

Kind regards,
Emre""",
    inbound=need("ana11"))

msg("ana11", "2026-11-20 18:20", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana10",
    quote="outlook_en",
    body="""Dear Emre,

Clause 5 is accepted. On payment terms, 21 days is the best we can do.
I will send the revised draft on Monday.

""" + SIG_ANDREI_EN,
    agreed=[P("I will send the revised draft on Monday.", "2026-11-23", "broken")])

msg("ana12", "2026-12-01 10:14", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], cc=[IRINA],
    reply="ana11", quote="outlook_en",
    body="""Andrei,

We are still waiting for the revised draft you promised for last Monday. This is the second time we have to chase you, and frankly this is not the level of service we expected from a partner we are about to sign an 80-container contract with.
Our management wants this closed before the holidays. Please send it today.

Emre Yıldız""",
    inbound=need("ana13"), complaint=True)

msg("ana13", "2026-12-01 12:02", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], cc=[IRINA],
    reply="ana12", quote="outlook_en",
    body="""Dear Emre,

My sincere apologies, the delay is entirely my fault - our legal team had a question on clause 5 and I should have told you.
The revised draft will be with you tomorrow morning.

""" + SIG_ANDREI_EN,
    agreed=[P("The revised draft will be with you tomorrow morning.", "2026-12-02", "kept")])

msg("ana14", "2026-12-02 09:30", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"],
    cc=[IRINA, "selin.aksoy@anatoliatekstil.com.tr"], reply="ana13", quote="outlook_en",
    body="""Dear Emre, dear Selin,

Please find attached the revised framework agreement: clause 5 liability per container, payment terms 21 days. All changes are tracked.

""" + SIG_ANDREI_EN, attach=["Framework_Agreement_Anatolia_rev2.docx"])

msg("ana15", "2026-12-03 16:05", "emre.yildiz@anatoliatekstil.com.tr", [ANDREI], reply="ana14",
    quote="iphone_en",
    body="""Thanks Andrei, received. Legal will check it this week.
Let's have a short call on Wednesday to finalise.

Emre

Sent from my iPhone""",
    inbound=need("ana16"), agreed=[P("Legal will check it this week.", None, "open")])

msg("ana16", "2026-12-04 10:15", ANDREI, ["emre.yildiz@anatoliatekstil.com.tr"], reply="ana15",
    quote="outlook_en",
    body="""Dear Emre,

Wednesday works. Would 11:00 Moscow time (also 11:00 in Istanbul) suit you?

""" + SIG_ANDREI_EN)

call("ana-c1", "2026-10-20 16:30", "out", "203", "+90 212 555 0148", 0, "BUSY", "",
     ANDREI, "Anatolia Tekstil A.Ş.")

# --- Kessler Feinkost: reefer Hamburg -> St Petersburg, chose another forwarder -------------
msg("ksl01", "2026-10-13 09:10", "j.brandt@kessler-feinkost.de", [ANDREI],
    subject="Request for offer: reefer containers Hamburg - St. Petersburg",
    body="""Dear Mr. Kim,

We are a producer of delicatessen products (cheese, cured meat) based in Hamburg. Our Russian importer asks us to organise the transport to St. Petersburg.
Volume: 2 x 40' reefer per month, temperature +2/+4 °C.
Could you please provide an offer door-to-door incl. customs clearance at destination?

Mit freundlichen Grüßen / Kind regards
Julia Brandt
Logistik
Kessler Feinkost GmbH
Tel. +49 40 3098 7712""",
    inbound=need("ksl02"))

msg("int06", "2026-10-13 10:30", ANDREI, [KATYA], fwd=("ksl01", "fwd_outlook_en"),
    subject="FW: Request for offer: reefer containers Hamburg - St. Petersburg",
    body="""Катя, привет! Немцы хотят door-to-door с растаможкой в СПб, сыр и мясо (ветконтроль). Можешь дать цену за ДТ + ветеринарку? Нужно до завтра, если сможешь.

Андрей""")

msg("int07", "2026-10-13 14:55", KATYA, [ANDREI], reply="int06", quote="outlook_ru",
    body="""Андрей, 14 500 руб. за ДТ с ветконтролем, плюс лаборатория по факту (обычно 20-30 тыс. за партию). Санкционные позиции проверь — часть мясной продукции из ЕС под запретом.

Екатерина""")

msg("ksl02", "2026-10-14 11:40", ANDREI, ["j.brandt@kessler-feinkost.de"], reply="ksl01",
    quote="outlook_en", subject="Offer: reefer Hamburg - St. Petersburg door-to-door",
    body="""Dear Ms. Brandt,

Thank you for your request. Please find our offer attached:
- 40' reefer Hamburg - St. Petersburg door-to-door: EUR 3,900 per container;
- customs clearance incl. veterinary control: EUR 160 per entry, laboratory at cost;
- transit time 9-12 days.
Please note that some cured-meat items are subject to import restrictions; we would need the product list to check.

""" + SIG_ANDREI_EN, attach=["Offer_Kessler_Reefer.pdf"])

msg("ksl03", "2026-10-20 15:30", "j.brandt@kessler-feinkost.de", [ANDREI], reply="ksl02",
    quote="outlook_en",
    body="""Dear Mr. Kim,

Thank you. The product list is attached - cheese only for the first phase. Could we have a short video call next week to discuss the reefer monitoring?

Kind regards
Julia Brandt""",
    attach=["Product_list_Kessler.xlsx"], inbound=need("uid:ksl-m1@pereval-log.ru"))

meet("ksl-m1@pereval-log.ru", "2026-10-27 14:00", 45, ANDREI, ["j.brandt@kessler-feinkost.de"],
     "Kessler Feinkost - reefer Hamburg-SPb (video)", "Microsoft Teams")

msg("ksl04", "2026-11-06 12:20", ANDREI, ["j.brandt@kessler-feinkost.de"], reply="ksl03",
    quote="outlook_en",
    body="""Dear Julia,

Following our call, please find a revised offer: EUR 3,700 per reefer door-to-door, i.e. EUR 88,800 for 24 containers a year, with online temperature monitoring included.

""" + SIG_ANDREI_EN, attach=["Offer_Kessler_Reefer_rev1.pdf"])

msg("ksl05", "2026-11-12 08:55", "j.brandt@kessler-feinkost.de", [ANDREI], reply="ksl04",
    quote="outlook_en",
    body="""Dear Andrei,

Thank you very much for your efforts and the revised offer.
After careful consideration we have chosen another forwarder who offered a combined solution with their own bonded cold store in St. Petersburg.
We hope to stay in touch for future projects.

Mit freundlichen Grüßen
Julia Brandt""",
    inbound=fyi("ksl06"))

msg("ksl06", "2026-11-12 11:40", ANDREI, ["j.brandt@kessler-feinkost.de"], reply="ksl05",
    quote="outlook_en",
    body="""Dear Julia,

Thank you for letting me know, understood. Good luck with the launch - and do keep us in mind for the next lanes.

""" + SIG_ANDREI_EN)

# --- Ningbo Brightway: Ningbo -> Vladivostok, waits for the buyer ------------------------------
msg("brw01", "2026-09-28 15:12", "lily.chen@brightway-trade.cn", [ANDREI],
    subject="rate request Ningbo to Vladivostok",
    body="""Hi Andrei,

Nice to meet you at Canton Fair. Our Russian buyer ask us to ship CIF Vladivostok, household goods.
Pls quote Ningbo - Vladivostok 20GP and 40HQ, about 3 containers per month.

Thanks & Best regards
Lily Chen
Sales Dept. | Ningbo Brightway Trading Co., Ltd.
Tel: +86 574 8765 2210 | WeChat: lilychen_nb""",
    inbound=need("brw02"))

msg("brw02", "2026-10-01 10:30", ANDREI, ["lily.chen@brightway-trade.cn"], reply="brw01",
    quote="outlook_en",
    body="""Hi Lily,

Nice to hear from you. Ningbo - Vladivostok, CY-CY:
- 20GP: USD 1,850
- 40HQ: USD 3,200
Weekly sailings, transit 8-10 days.

""" + SIG_ANDREI_EN)

msg("brw03", "2026-10-01 15:31", "lily.chen@brightway-trade.cn", [ANDREI], reply="brw02",
    subject="Auto Reply: Re: rate request Ningbo to Vladivostok", quote=None,
    headers={"Auto-Submitted": "auto-replied"},
    body="""I am on National Day holiday from Oct 1 to Oct 8. I will reply your email after I back. Thanks.
国庆假期，10月9日回复。""",
    inbound=fyi())

msg("brw04", "2026-10-09 09:40", "lily.chen@brightway-trade.cn", [ANDREI], reply="brw02",
    quote="gmail_en",
    body="""Hi Andrei,

Thanks. 20GP is ok. 40HQ is high, other forwarder give 2900. Can you check again?

Lily""",
    inbound=need("brw05"))

msg("brw05", "2026-10-12 10:20", ANDREI, ["lily.chen@brightway-trade.cn"], reply="brw04",
    quote="outlook_en",
    body="""Hi Lily,

Checked with the carrier: 40HQ USD 2,980, valid till end of November. 20GP stays USD 1,850.

""" + SIG_ANDREI_EN)

msg("brw06", "2026-11-05 11:02", "lily.chen@brightway-trade.cn", [ANDREI], reply="brw05",
    quote="gmail_en",
    body="""Hi Andrei,
OK noted. Buyer will confirm the first booking next month.
Lily""",
    inbound=fyi(), agreed=[P("Buyer will confirm the first booking next month.", None, "open")])

msg("brw07", "2026-11-24 09:15", ANDREI, ["lily.chen@brightway-trade.cn"], reply="brw06",
    quote="outlook_en",
    body="""Hi Lily,

Any news from your buyer about the first booking? December space is getting tight, I'd suggest to book at least a week ahead.

""" + SIG_ANDREI_EN)

# --- Балтийские Напитки: Гамбург -> СПб, разовая поставка солода (по-русски) -------------
msg("bln01", "2026-10-07 12:05", "o.sazonov@baltnapitki.ru", [ANDREI],
    subject="2 контейнера солод Гамбург",
    body="""Андрей, привет.
Надо привезти 2 х 40' с солодом из Гамбурга в СПб, готовность груза 14.10. Сколько будет и когда ближайший отход?

Олег Сазонов
Балтийские Напитки, снабжение
+7 812 448-60-12""",
    inbound=need("bln02"))

msg("bln02", "2026-10-08 10:15", ANDREI, ["o.sazonov@baltnapitki.ru"], reply="bln01", quote="outlook_ru",
    body="""Олег, добрый день!

2 x 40' Гамбург - Санкт-Петербург (Петролеспорт), FOB Гамбург: 3 450 евро за контейнер, итого 6 900 евро.
Ближайший отход 16.10, прибытие ориентировочно 30.10.

""" + SIG_ANDREI_RU)

msg("bln03", "2026-10-09 09:20", "o.sazonov@baltnapitki.ru", [ANDREI], reply="bln02", quote="yandex",
    body="""Ок, бронируем на 16.10. Заявка с печатью во вложении.

О.С.""",
    attach=["Заявка_БН_солод.pdf"], inbound=need("bln04"))

msg("bln04", "2026-10-09 11:35", ANDREI, ["o.sazonov@baltnapitki.ru"], reply="bln03", quote="outlook_ru",
    body="""Олег, букинг подтверждён, отход 16.10, MSC. Номер букинга 177HAM2290451. Счёт во вложении.

""" + SIG_ANDREI_RU, attach=["Счёт_ПЛ-1009-17.pdf"])

msg("bln05", "2026-11-05 10:05", ANDREI, ["o.sazonov@baltnapitki.ru"], reply="bln04", quote="outlook_ru",
    body="""Олег, контейнеры выгружены в Петролеспорте, выпуск ожидаем 6.11, потом сразу вывоз на ваш склад.

""" + SIG_ANDREI_RU)

msg("bln06", "2026-11-05 10:31", "o.sazonov@baltnapitki.ru", [ANDREI], reply="bln05", quote="yandex",
    body="""Спасибо!""", inbound=fyi())

call("bln-c1", "2026-11-13 17:55", "in", "203", "+78124486012", 140, "ANSWERED", "",
     ANDREI, "ООО «Балтийские Напитки»")

msg("bln07", "2026-11-25 14:40", "o.sazonov@baltnapitki.ru", [ANDREI], subject="закрывающие за октябрь",
    body="""Андрей, привет. Пришли, пожалуйста, закрывающие документы за октябрь (акт, счёт-фактура), бухгалтерия трясёт, квартал закрываем.

О.С.""",
    inbound=need("bln08"))

msg("bln08", "2026-11-26 09:50", ANDREI, ["o.sazonov@baltnapitki.ru"], cc=["buh@pereval-log.ru"],
    reply="bln07", quote="outlook_ru",
    body="""Олег, добрый день! Оригиналы отправим Почтой России, сканы пришлю до пятницы.

""" + SIG_ANDREI_RU,
    agreed=[P("Оригиналы отправим Почтой России, сканы пришлю до пятницы.", "2026-11-27", "broken")])

msg("int08", "2026-11-26 10:12", "buh@pereval-log.ru", [ANDREI], reply="bln08", quote="outlook_ru",
    body="""Андрей, акт по Балтийским Напиткам ещё не подписан у Ирины Викторовны, сканы сделаем после подписи. Напомните ей, пожалуйста.

Бухгалтерия""")

# --- Saigon Coffee: new lead, Andrei promises schedule next Tuesday -------------------------
msg("sgc01", "2026-12-01 10:40", "mai.nguyen@saigoncoffee.vn", [ANDREI],
    subject="Enquiry for sea freight HCMC - St Petersburg",
    body="""Dear Sir,

Good day to you. We are Saigon Coffee Export JSC, exporter of Robusta green coffee beans from Vietnam.
Our customer in Moscow requests CIF St Petersburg. Do you handle shipment from Ho Chi Minh City (Cat Lai) to St Petersburg? Volume is 2-3 x 20' per month.

We look forward to hearing from you.
Best regards,
Ms. Nguyen Thi Mai
Logistics Executive
Saigon Coffee Export JSC
Tel: +84 28 3822 4410""",
    inbound=need("sgc02"))

msg("sgc02", "2026-12-02 09:25", ANDREI, ["mai.nguyen@saigoncoffee.vn"], reply="sgc01", quote="outlook_en",
    body="""Dear Ms. Mai,

Thank you for your enquiry. Yes, we handle Cat Lai - St Petersburg via Busan or via Novorossiysk. A few questions to quote correctly:
1) cargo ready date for the first shipment?
2) bags or bulk liner in container?
3) do you also need customs clearance in Russia for your customer?

""" + SIG_ANDREI_EN)

msg("sgc03", "2026-12-03 14:10", "mai.nguyen@saigoncoffee.vn", [ANDREI], reply="sgc02", quote="gmail_en",
    body="""Dear Andrei,

Thank you for your quick reply.
1) First shipment ready around 15 January 2027.
2) Jute bags 60 kg, 320 bags per 20'.
3) No, our customer has own broker.

Best regards,
Mai""",
    inbound=need("sgc04"))

msg("sgc04", "2026-12-03 16:30", ANDREI, ["mai.nguyen@saigoncoffee.vn"], reply="sgc03", quote="outlook_en",
    body="""Dear Ms. Mai,

Thank you, this is clear. I'll send you the sailing schedule and indicative rates next Tuesday.

""" + SIG_ANDREI_EN,
    agreed=[P("I'll send you the sailing schedule and indicative rates next Tuesday.", "2026-12-08", "open")])

call("sgc-c1", "2026-12-03 09:30", "out", "203", "+84 28 3822 4410", 0, "NO ANSWER", "",
     ANDREI, "Saigon Coffee Export JSC")

# --- noise for Andrei: cold outreach answered by an auto-reply, newsletters ----------------
msg("nrd1", "2026-10-19 11:00", ANDREI, ["procurement@nordic-fish.no"],
    subject="Reefer logistics to Russia / Pereval Logistics",
    body="""Dear Sir or Madam,

I am reaching out on behalf of Pereval Logistics, a Moscow-based forwarder. We handle reefer containers from Northern Europe to St. Petersburg, including veterinary clearance.
If you ship frozen fish to Russia or the EAEU, I would be glad to send you our rates.

""" + SIG_ANDREI_EN)

msg("nrd2", "2026-10-19 11:01", "procurement@nordic-fish.no", [ANDREI], reply="nrd1",
    subject="Automatisk svar: Reefer logistics to Russia / Pereval Logistics",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Takk for din e-post. Jeg er på ferie til 28. oktober.
Thank you for your email. I am on holiday until 28 October and will not be reading emails.

Nordic Fish AS""")

msg("sfw1", "2026-10-14 07:00", "newsletter@seafreight-weekly.com", [ANDREI],
    subject="Seafreight Weekly #41: Red Sea diversions, Asia-Europe rates up 6%",
    headers={"List-Unsubscribe": "<https://seafreight-weekly.com/u/a8f3>", "Precedence": "bulk"},
    body="""SEAFREIGHT WEEKLY — Issue 41

This week:
- Asia-North Europe spot rates rose 6% week on week.
- Carriers announce blank sailings for Golden Week recovery.
- Port of Novorossiysk reports record container throughput in Q3.

Read online: https://seafreight-weekly.com/41
Unsubscribe: https://seafreight-weekly.com/u/a8f3""")

msg("sfw2", "2026-11-18 07:00", "newsletter@seafreight-weekly.com", [ANDREI],
    subject="Seafreight Weekly #46: Peak season surcharges for December",
    headers={"List-Unsubscribe": "<https://seafreight-weekly.com/u/a8f3>", "Precedence": "bulk"},
    body="""SEAFREIGHT WEEKLY — Issue 46

- Three major carriers file Peak Season Surcharges of USD 300-500/FEU from 1 December.
- Reefer equipment shortage in Hamburg eases.
- Webinar: "Contract vs spot in 2027", 26 November.

Unsubscribe: https://seafreight-weekly.com/u/a8f3""")

# =====================================================================================
# ПАВЕЛ ЗУЕВ — филиал в Екатеринбурге (МСК+2): авто и ЖД
# =====================================================================================

# --- УралСнаб: регулярные рейсы Екб - Москва ----------------------------------------------
msg("urs01", "2026-09-29 10:05", "vagin@uralsnab.ru", [PAVEL], subject="Машина на 2.10",
    body="""Паш, привет. Нужна машина 20т Екб - Москва на 2 октября, сборка, 14 паллет, бытовая химия. Есть?

Отправлено с iPhone""",
    inbound=need("urs02"))

msg("urs02", "2026-09-29 10:48", PAVEL, ["vagin@uralsnab.ru"], reply="urs01", quote="outlook_ru",
    body="""Артём, привет) Машина есть, 87 000 руб. до склада в Подольске. Подтверждаешь?

""" + SIG_PAVEL)

msg("urs03", "2026-09-29 11:02", "vagin@uralsnab.ru", [PAVEL], reply="urs02", quote="iphone_ru",
    irt=False, subject="Заявка 02.10",
    body="""Подтверждаю, заявка во вложении.

Отправлено с iPhone""",
    attach=["Заявка_УС_0210.pdf"], inbound=need("urs04"))

msg("urs04", "2026-09-29 12:30", PAVEL, ["vagin@uralsnab.ru"], reply="urs03", quote="outlook_ru",
    body="""Принял. Водитель, как обычно, звонит за час до подачи. Данные машины скину вечером.

""" + SIG_PAVEL,
    agreed=[P("Данные машины скину вечером.", "2026-09-29", "kept")])

msg("urs04b", "2026-09-29 18:15", PAVEL, ["vagin@uralsnab.ru"], reply="urs04", quote="outlook_ru",
    body="""Машина на 2.10: DAF XF, Х 712 ТУ 96, водитель Миронов Сергей, +7 950 644-18-27.

""" + SIG_PAVEL)

call("urs-c1", "2026-10-02 11:05", "in", "204", "+7 343 287-15-60", 180, "ANSWERED",
     "Вагин: машина загружена", PAVEL, "ООО «УралСнаб»")

msg("urs05", "2026-10-19 09:44", "vagin@uralsnab.ru", [PAVEL], subject="регулярка с ноября",
    body="""Паш, привет. С ноября хотим регулярку: 2 машины в неделю Екб - Москва, Подольск. Сделаешь цену получше?

Артём Вагин
руководитель логистики ООО «УралСнаб»
+7 343 287-15-60""",
    inbound=need("urs06"))

msg("urs06", "2026-10-20 10:30", PAVEL, ["vagin@uralsnab.ru"], reply="urs05", quote="outlook_ru",
    body="""Артём, привет!
На регулярку: 82 000 за рейс, при 8 рейсах в месяц — 656 000 в месяц. Фиксирую до конца марта.
Если ок — пришлю допсоглашение. Заеду к вам в четверг, посмотрю рампу, заодно обсудим.

""" + SIG_PAVEL,
    agreed=[P("Если ок — пришлю допсоглашение.", None, "kept"),
            P("Заеду к вам в четверг, посмотрю рампу, заодно обсудим.", "2026-10-22", "kept")])

meet("urs-m0@pereval-log.ru", "2026-10-22 14:00", 60, PAVEL, ["vagin@uralsnab.ru"],
     "УралСнаб: регулярные рейсы, осмотр рампы", "Екатеринбург, ул. Монтёрская 8, склад УралСнаб")

msg("urs07", "2026-10-27 15:20", "vagin@uralsnab.ru", [PAVEL], reply="urs06", quote="iphone_ru",
    subject="Допсоглашение подписано",
    body="""Паш, допсоглашение на регулярку подписали, скан во вложении. С 2 ноября поехали.

Отправлено с iPhone""",
    attach=["ДС_2_УралСнаб.pdf"], inbound=fyi())

msg("urs08", "2026-11-19 08:50", "vagin@uralsnab.ru", [PAVEL], subject="машина 13.11",
    body="""Паш, в пятницу 13-го машина пришла под загрузку на 4 часа позже, кладовщики сидели до 11 вечера, мне потом директор мозг вынес. Водитель трубку не брал. Это вообще не дело, мы за регулярку платим не за такое.
Разберись, пожалуйста, и скажи, что будет дальше.

Артём Вагин
+7 343 287-15-60""",
    inbound=need("call:urs-c2"), complaint=True)

call("urs-c2", "2026-11-19 08:15", "out", "204", "+7 343 287-15-60", 380, "ANSWERED",
     "Вагин: опоздание 13.11, смена перевозчика", PAVEL, "ООО «УралСнаб»")

msg("urs09", "2026-11-19 10:35", PAVEL, ["vagin@uralsnab.ru"], reply="urs08", quote="outlook_ru",
    body="""Артём, ещё раз извини за 13-е, как обсудили по телефону:
- перевозчика оштрафовали, со следующей недели на ваши рейсы ставим другого;
- по рейсу 13.11 сделаем скидку 5 000 руб. в ноябрьском счёте.

""" + SIG_PAVEL,
    agreed=[P("- перевозчика оштрафовали, со следующей недели на ваши рейсы ставим другого;", None, "kept"),
            P("- по рейсу 13.11 сделаем скидку 5 000 руб. в ноябрьском счёте.", None, "kept")])

msg("urs10", "2026-12-02 09:05", "vagin@uralsnab.ru", [PAVEL], reply="urs09", quote="iphone_ru",
    body="""Спасибо, новые водители норм, всё вовремя. Скидку в счёте видел.

Отправлено с iPhone""",
    inbound=fyi("urs11"))

msg("urs11", "2026-12-02 09:40", PAVEL, ["vagin@uralsnab.ru"], reply="urs10", quote="outlook_ru",
    body="""Рад) Давай 11-го в 10 к тебе заеду, обсудим январь и праздничный график. Приглашение кинул.

""" + SIG_PAVEL,
    agreed=[P("Давай 11-го в 10 к тебе заеду, обсудим январь и праздничный график.", "2026-12-11", "open")])

meet("urs-m1@pereval-log.ru", "2026-12-11 10:00", 60, PAVEL, ["vagin@uralsnab.ru"],
     "УралСнаб: январь и праздничный график", "Екатеринбург, ул. Монтёрская 8")

# --- ЕМФ: ЖД из Гуанчжоу, бюджет до 30 млн, пришло через руководителя ------------------------
msg("emf01", "2026-10-05 12:10", "krotova@emf-mebel.ru", [IRINA], cc=["a.laptev@emf-mebel.ru"],
    subject="Запрос: ЖД контейнеры Гуанчжоу - Екатеринбург",
    body="""Добрый день!

АО «Екатеринбургская мебельная фабрика» рассматривает перевод импорта фурнитуры и плит из Китая (Гуанчжоу) с моря через Владивосток на ЖД до Екатеринбурга. Годовой бюджет на логистику этого направления — до 30 млн руб.
Интересуют ставка, сроки и условия. Прошу передать запрос ответственному специалисту.

Кротова Людмила Сергеевна
коммерческий директор
АО «ЕМФ»
+7 (343) 266-08-11""",
    inbound=need("emf02"))

msg("emf01f", "2026-10-05 10:25", IRINA, [PAVEL], fwd=("emf01", "fwd_outlook_ru"),
    subject="FW: Запрос: ЖД контейнеры Гуанчжоу - Екатеринбург",
    body="""Павел, это твой регион. Клиент крупный, держи меня в копии.

И.Г.""")

msg("emf02", "2026-10-05 13:40", PAVEL, ["krotova@emf-mebel.ru"], cc=[IRINA, "a.laptev@emf-mebel.ru"],
    subject="ЖД Гуанчжоу - Екатеринбург: Перевал Логистик",
    body="""Людмила Сергеевна, добрый день!

Меня зовут Павел Зуев, я руковожу филиалом «Перевал Логистик» в Екатеринбурге, Ирина Викторовна передала мне ваш запрос.
Ставку посчитаю, но сначала хотел бы понять объёмы по месяцам и требования к упаковке плит. Предлагаю встретиться у вас на фабрике в четверг, 8 октября, в 11:00.

""" + SIG_PAVEL,
    agreed=[P("Ставку посчитаю, но сначала хотел бы понять объёмы по месяцам и требования к упаковке плит.", None, "kept")])

msg("emf02b", "2026-10-05 14:55", "krotova@emf-mebel.ru", [PAVEL], reply="emf02", quote="outlook_ru",
    body="""Павел, в четверг в 11:00 ждём. Пропуск на проходной по паспорту.

Л.С. Кротова""",
    inbound=fyi("uid:emf-m1@pereval-log.ru"))

meet("emf-m1@pereval-log.ru", "2026-10-08 11:00", 90, PAVEL, ["krotova@emf-mebel.ru"],
     "ЕМФ: ЖД Гуанчжоу - Екатеринбург", "Екатеринбург, ул. Фронтовых бригад 18, АО ЕМФ")

msg("emf03", "2026-10-09 16:20", PAVEL, ["krotova@emf-mebel.ru"], cc=[IRINA], reply="emf02",
    quote="outlook_ru", subject="КП: ЖД Гуанчжоу - Екатеринбург (Шарташ)",
    body="""Людмила Сергеевна, добрый день!

По итогам встречи:
- 40HC Гуанчжоу - Екатеринбург (ст. Шарташ), через Забайкальск: 455 000 руб. за контейнер;
- срок 22-25 дней;
- при 60 контейнерах в год — 27,3 млн руб.
КП во вложении.

""" + SIG_PAVEL, attach=["КП_ЕМФ_Гуанчжоу-Шарташ.pdf"])

msg("emf04", "2026-10-15 17:05", "krotova@emf-mebel.ru", [PAVEL], cc=[IRINA], reply="emf03",
    quote="outlook_ru",
    body="""Павел, добрый день.

У двух других компаний ставка 430 000. И срок 25 дней нас не устраивает, производство не может столько ждать фурнитуру.
Готовы ли вы пересмотреть условия?

Л.С. Кротова""",
    inbound=need("emf05"))

msg("emf05", "2026-10-16 11:10", PAVEL, ["krotova@emf-mebel.ru"], cc=[IRINA], reply="emf04",
    quote="outlook_ru",
    body="""Людмила Сергеевна, добрый день!

- Ставку могу дать 440 000 руб. при гарантированном объёме 5 контейнеров в месяц, итого 26,4 млн руб. в год.
- По срокам есть маршрут через Достык с отправкой из Сианя, 18-20 дней.
Предлагаю обсудить на фабрике вместе с Ириной Викторовной, она будет в Екатеринбурге 28 октября.

""" + SIG_PAVEL)

meet("emf-m2@pereval-log.ru", "2026-10-28 14:00", 90, PAVEL,
     [IRINA, "krotova@emf-mebel.ru", "a.laptev@emf-mebel.ru"],
     "ЕМФ: условия ЖД, встреча с руководством", "Екатеринбург, ул. Фронтовых бригад 18, АО ЕМФ")

msg("emf06", "2026-10-28 18:30", "a.laptev@emf-mebel.ru", [PAVEL], cc=[IRINA, "krotova@emf-mebel.ru"],
    subject="Итоги встречи",
    body="""Павел, Ирина Викторовна, спасибо за встречу.
Ставка 440 000 и маршрут через Достык нас в целом устраивают. Берём паузу: ждём решения по новому китайскому поставщику плит.
Вернёмся к вам до конца ноября. Если решим — подписываем до конца года.

А.В. Лаптев
генеральный директор АО «ЕМФ»""",
    inbound=fyi(), agreed=[P("Вернёмся к вам до конца ноября.", "2026-11-30", "broken")])

msg("emf07", "2026-12-01 09:30", PAVEL, ["krotova@emf-mebel.ru"], cc=[IRINA], reply="emf06",
    quote="outlook_ru",
    body="""Людмила Сергеевна, добрый день!
Есть ли решение по поставщику? Январские отправки через Достык нужно бронировать до 15 декабря.

""" + SIG_PAVEL)

call("emf-c1", "2026-12-02 12:00", "out", "204", "+7 343 266-08-11", 0, "NO ANSWER", "",
     PAVEL, "АО «Екатеринбургская мебельная фабрика»")

msg("emf08", "2026-12-02 16:45", "krotova@emf-mebel.ru", [PAVEL], cc=[IRINA], reply="emf07",
    quote="outlook_ru",
    body="""Павел, добрый день.
Извините за задержку, поставщика утвердили только вчера. Давайте созвонимся в понедельник, 7-го, обсудим график отправок.

Л.С. Кротова
+7 (343) 266-08-11""",
    inbound=need("emf09"))

msg("emf09", "2026-12-02 17:20", PAVEL, ["krotova@emf-mebel.ru"], cc=[IRINA], reply="emf08",
    quote="outlook_ru",
    body="""Людмила Сергеевна, отлично! Наберу вас в понедельник в 10:00 по Екатеринбургу.

""" + SIG_PAVEL,
    agreed=[P("Наберу вас в понедельник в 10:00 по Екатеринбургу.", "2026-12-07", "open")])

# --- Сибирский Фермер: реф Новосибирск - Екб, выбрали другого ---------------------------------
msg("sbf01", "2026-10-14 14:30", "belykh@sibfermer.ru", [PAVEL], subject="Рефрижератор Новосибирск-Екатеринбург",
    body="""Павел, добрый день. Нужен реф Новосибирск - Екатеринбург, молочная продукция, 3 рейса в неделю, +2/+6. Какая цена? Набрать можете завтра с утра.

Белых Константин
ООО «Сибирский Фермер»
+7 383 209-31-75""",
    inbound=need("call:sbf-c1"))

call("sbf-c1", "2026-10-15 09:50", "in", "204", "+7 383 209-31-75", 260, "ANSWERED",
     "Белых: реф 3 рейса в неделю", PAVEL, "ООО «Сибирский Фермер»")

msg("sbf02", "2026-10-15 13:10", PAVEL, ["belykh@sibfermer.ru"], reply="sbf01", quote="outlook_ru",
    body="""Константин, добрый день, как обсуждали:
- реф 20 т Новосибирск - Екатеринбург: 118 000 руб. за рейс;
- 3 рейса в неделю, выезд пн/ср/пт;
- контроль температуры онлайн, ссылка на трекинг.
Давайте на следующей неделе встретимся, я буду в Новосибирске 29-го.

""" + SIG_PAVEL)

meet("sbf-m1@pereval-log.ru", "2026-10-29 15:00", 60, PAVEL, ["belykh@sibfermer.ru"],
     "Сибирский Фермер: рефперевозки", "Новосибирск, офис Сибирский Фермер", status="CANCELLED")

msg("sbf03", "2026-10-27 10:05", "belykh@sibfermer.ru", [PAVEL], reply="sbf02", quote="yandex",
    body="""Павел, спасибо за предложение, но мы выбрали другого перевозчика — у них свой парк рефов в Новосибирске. Встречу 29-го отменяю.

К. Белых""",
    inbound=fyi("sbf04"))

msg("sbf04", "2026-10-27 10:40", PAVEL, ["belykh@sibfermer.ru"], reply="sbf03", quote="outlook_ru",
    body="""Понял, спасибо, что сообщили. Если что — на связи.

""" + SIG_PAVEL)

# --- Челябинский Кондитер: новый лид, «давайте созвонимся в среду» ---------------------------
msg("chk01", "2026-12-03 11:20", "d.mukhina@chelkond.ru", [PAVEL], subject="Доставка в Москву перед Новым годом",
    body="""Павел, добрый день!

Вас рекомендовал Артём Вагин из УралСнаба. Нам нужно отвезти новогодние подарочные наборы в Москву перед праздниками, объёмы ещё считаем.
Давайте созвонимся в среду, обсудим детали.

Дарья Мухина
менеджер по логистике
ООО «Челябинский Кондитер»
тел. +7 351 247-93-10""",
    inbound=need("chk02"))

msg("chk02", "2026-12-03 12:05", PAVEL, ["d.mukhina@chelkond.ru"], reply="chk01", quote="outlook_ru",
    body="""Дарья, добрый день!
Спасибо, что написали. В среду удобно, наберу вас в 11:00 (по нашему времени). Машины на вторую половину декабря пока есть, но лучше забронировать заранее.

""" + SIG_PAVEL,
    agreed=[P("В среду удобно, наберу вас в 11:00 (по нашему времени).", "2026-12-09", "open")])

# --- Астана Трейд Хаб: транзит через Достык ---------------------------------------------------
msg("ath01", "2026-11-16 10:10", "yerzhan@astanatradehub.kz", [PAVEL], subject="ЖД транзит Китай - Достык - Екатеринбург",
    body="""Добрый день, Павел!

Интересует ЖД доставка из Китая через Достык до Екатеринбурга, товары народного потребления, 4 контейнера 40' в месяц. Сможете предложить?

С уважением,
Ержан Сулейменов
ТОО «Астана Трейд Хаб»
+7 7172 79-55-20""",
    inbound=need("ath02"))

msg("ath02", "2026-11-17 09:15", PAVEL, ["yerzhan@astanatradehub.kz"], reply="ath01", quote="outlook_ru",
    body="""Ержан, добрый день!
Сможем. Уточните, пожалуйста:
1) станция отправления в Китае;
2) кто получатель в России и кто оформляет транзит — вы или нам брать на себя.

""" + SIG_PAVEL)

msg("ath03", "2026-11-19 11:30", "yerzhan@astanatradehub.kz", [PAVEL], reply="ath02", quote="outlook_ru",
    body="""Павел, добрый день!

1) Урумчи.
2) Получатель — наш партнёр в Екатеринбурге, транзит лучше на вас.
Предыдущий экспедитор держал наши контейнеры на Достыке по три недели и не мог объяснить почему, больше такого не хотим.

С уважением,
Ержан""",
    inbound=need("ath04"), complaint=False)

msg("ath04", "2026-11-20 10:00", PAVEL, ["yerzhan@astanatradehub.kz"], reply="ath03", quote="outlook_ru",
    body="""Ержан, понял. Ставку пришлю на следующей неделе, жду ответ от оператора по Достыку. Предлагаю во вторник созвониться по видео, покажу, как мы отслеживаем контейнеры на переходе.

""" + SIG_PAVEL,
    agreed=[P("Предлагаю во вторник созвониться по видео, покажу, как мы отслеживаем контейнеры на переходе.", "2026-11-24", "kept"),
            P("Ставку пришлю на следующей неделе, жду ответ от оператора по Достыку.", None, "kept")])

meet("ath-m1@pereval-log.ru", "2026-11-24 12:00", 40, PAVEL, ["yerzhan@astanatradehub.kz"],
     "Астана Трейд Хаб: транзит через Достык (видео)", "Zoom")

msg("ath05", "2026-11-25 15:40", PAVEL, ["yerzhan@astanatradehub.kz"], reply="ath04", quote="outlook_ru",
    subject="Ставка: Урумчи - Достык - Екатеринбург",
    body="""Ержан, добрый день!
Ставка Урумчи - Достык - Екатеринбург, 40HC, включая транзитную декларацию: 5 100 USD за контейнер, срок 14-17 дней.
Действует до 31.12.

""" + SIG_PAVEL, attach=["Ставка_АТХ_Урумчи-Екб.pdf"])

msg("ath06", "2026-12-01 12:15", "yerzhan@astanatradehub.kz", [PAVEL], reply="ath05", quote="outlook_ru",
    body="""Павел, спасибо. Передал руководству, ответ дадим до 10 декабря.

Ержан""",
    inbound=fyi(), agreed=[P("Передал руководству, ответ дадим до 10 декабря.", "2026-12-10", "open")])

# --- ИП Орлова (gmail.com): сборный груз Екб - Пермь ---------------------------------------
msg("svo01", "2026-11-09 09:12", "svetlana.orlova.ip@gmail.com", [PAVEL], subject="Сборный груз в Пермь",
    body="""Павел, здравствуйте!
Мне ваш телефон дала соседка по цеху) Я ИП, делаю мебель на заказ. Нужно отправить 3 паллеты (шкаф-купе в разборе) из Екатеринбурга в Пермь, лучше на этой неделе. Сколько будет стоить?
Перезвоните, если удобнее голосом.

Светлана Орлова
8-922-615-40-87""",
    inbound=need("call:svo-c1"))

call("svo-c1", "2026-11-09 08:30", "out", "204", "8-922-615-40-87", 210, "ANSWERED",
     "ИП Орлова, сборный груз в Пермь", PAVEL, "svetlana.orlova.ip@gmail.com")

msg("svo02", "2026-11-09 10:55", PAVEL, ["svetlana.orlova.ip@gmail.com"], reply="svo01", quote="outlook_ru",
    body="""Светлана, как договорились: 3 паллеты Екатеринбург - Пермь сборным грузом — 14 500 руб., забор 11.11 с вашего цеха. Счёт во вложении.

""" + SIG_PAVEL, attach=["Счёт_ИП_Орлова.pdf"],
    agreed=[P("Светлана, как договорились: 3 паллеты Екатеринбург - Пермь сборным грузом — 14 500 руб., забор 11.11 с вашего цеха.", "2026-11-11", "kept")])

msg("svo03", "2026-11-10 13:20", "svetlana.orlova.ip@gmail.com", [PAVEL], reply="svo02", quote="gmail_ru",
    body="""Да, всё верно, оплатила, платёжка во вложении :)""",
    attach=["платежка.pdf"], inbound=fyi())

msg("svo04", "2026-11-13 17:45", "svetlana.orlova.ip@gmail.com", [PAVEL], reply="svo03", quote="gmail_ru",
    body="""Павел, груз доехал целым, клиент доволен! Спасибо большое!""", inbound=fyi())

# --- noise for Pavel ---------------------------------------------------------------------
msg("thx1", "2026-10-23 19:10", "a.petrenko96@mail.ru", [PAVEL], subject="Спасибо за экскурсию!",
    body="""Павел, добрый вечер! Спасибо большое за экскурсию по терминалу для нашей группы из УрГЭУ, было очень интересно!

Анна Петренко, 3 курс""")

call("unk-c1", "2026-12-01 10:30", "in", "204", "+7 912 040-11-95", 65, "ANSWERED",
     "спрашивали вакансию водителя", PAVEL, None)
call("int-c1", "2026-10-07 10:00", "internal", "201", "202", 95, "ANSWERED", "", None, None)

for _k, _d, _n, _s in [
    ("nws1", "2026-10-05 06:00", 40, "Дайджест недели: ставки на ЖД из Китая выросли на 4%"),
    ("nws2", "2026-11-02 06:00", 44, "Дайджест недели: очереди на Достыке и новые правила весового контроля"),
    ("nws3", "2026-11-30 06:00", 48, "Дайджест недели: что будет с тарифами РЖД в 2027 году"),
]:
    msg(_k, _d, "digest@gruzovoz-news.ru", [DENIS, PAVEL], subject=f"Грузовоз.Новости №{_n}: {_s}",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@gruzovoz-news.ru?subject=unsub>",
                 "Precedence": "bulk"},
        body=f"""Грузовоз.Новости — еженедельный дайджест №{_n}

{_s}.
Также в выпуске: обзор рынка автоперевозок, вакансии, календарь выставок.

Читать полностью: https://gruzovoz-news.ru/digest/{_n}
Вы получили это письмо, потому что подписались на рассылку. Отписаться: https://gruzovoz-news.ru/unsub""")

msg("cold02", "2026-11-11 08:20", "sales@leadfabrika.pro", [DENIS],
    subject="Денис, заявки на ЖД перевозки из Китая",
    body="""Денис, добрый день!

Пишу повторно. Лидфабрика приводит заявки на ЖД перевозки из Китая — от 60 в месяц, оплата только за целевые.
Могу прислать кейс компании из вашей сферы. Когда удобно обсудить?

Дмитрий Ковалёв
Лидфабрика
+7 (499) 350-18-24""")

# =====================================================================================
# Внутреннее: руководитель и команда
# =====================================================================================
msg("int09", "2026-10-30 18:05", IRINA, [DENIS, KATYA, ANDREI, PAVEL], subject="План на ноябрь и итоги октября",
    body="""Коллеги, добрый вечер.

Итоги октября: факт 1,06 млн при плане 1,4 млн (76%). Ноябрьские планы в таблице, обсуждаем в понедельник на планёрке.
Прошу к понедельнику по каждому клиенту в стадии «договор» — дату подписания.
Павел — подключайся по видео.

""" + SIG_IRINA, attach=["План_ноябрь.xlsx"])

msg("int10", "2026-10-30 20:40", PAVEL, [IRINA], reply="int09", quote="outlook_ru",
    body="""Ирина Викторовна, подключусь, у меня это 11:00 — норм. По ЕМФ срок подписания пока не назовут, ждут поставщика.""")

msg("int11", "2026-11-27 17:30", IRINA, [ANDREI], subject="Anatolia",
    body="""Андрей, что с Анатолией? Ты обещал им договор в понедельник, я правильно понимаю, что он так и не ушёл? Дай статус до конца дня.

И.Г.""")

msg("int12", "2026-11-27 18:10", ANDREI, [IRINA], reply="int11", quote="outlook_ru",
    body="""Ирина Викторовна, да, не ушёл — юрист вернул п.5 с вопросами, я не успел закрыть. Отправлю в начале недели, виноват.""")

# --- Internal meetings (appear in every participant's calendar) ------------------------------
ALL = [DENIS, KATYA, ANDREI, PAVEL]
for _uid, _start in [("plan-1005", "2026-10-05 09:00"), ("plan-1019", "2026-10-19 09:00"),
                     ("plan-1102", "2026-11-02 09:00"), ("plan-1116", "2026-11-16 09:00"),
                     ("plan-1130", "2026-11-30 09:00"), ("plan-1207", "2026-12-07 09:00")]:
    meet(_uid + "@pereval-log.ru", _start, 60, IRINA, ALL, "Планёрка отдела продаж",
         "Переговорная «Байкал» / Телемост для Павла")
meet("oct-results@pereval-log.ru", "2026-10-30 16:00", 60, IRINA, ALL, "Итоги октября", "Переговорная «Байкал»")
for _uid, _who, _start in [("1on1-denis", DENIS, "2026-11-06 11:00"), ("1on1-katya", KATYA, "2026-11-06 12:00"),
                           ("1on1-andrei", ANDREI, "2026-11-13 11:00"), ("1on1-pavel", PAVEL, "2026-11-13 13:00")]:
    meet(_uid + "@pereval-log.ru", _start, 45, IRINA, [_who], "1:1 с Ириной", "Кабинет И.Г. / Телемост")
meet("training-marking@pereval-log.ru", "2026-11-11 15:00", 90, KATYA, [IRINA, DENIS, ANDREI],
     "Обучение: маркировка и новые коды ТН ВЭД", "Переговорная «Байкал»")
meet("bln-m1@pereval-log.ru", "2026-10-08 16:00", 30, ANDREI, ["o.sazonov@baltnapitki.ru"],
     "Балтийские Напитки: солод Гамбург (звонок)", "телефон")

# =====================================================================================
# Ground truth that is not tied to one message
# =====================================================================================
def N(client, manager, product, stage, evidence, next_contact=None, source=None,
      amount=None, currency="RUB", close=None):
    return dict(client=client, manager=manager, product=product, stage=stage, evidence=evidence,
                next_contact=next_contact, next_contact_source=source,
                amount=None if amount is None else {"minor": int(round(amount * 100)), "currency": currency},
                expected_close=close)


NEGOTIATIONS = [
    N("ООО «ТехноДом Ритейл»", DENIS, "rail", "contract", "tdm11", "2026-12-08", "meeting",
      18288000, "RUB", "2026-12-31"),
    N("АО «СтройМаркет Регион»", DENIS, "road", "won", "stm00", "2026-12-10", "manager_promise"),
    N("ООО «Агро-Трейд Юг»", DENIS, "rail", "lost", "agr06", None, None, 4120000, "RUB"),
    N("ООО «Фарм-Импорт»", KATYA, "customs", "contract", "frm08", "2026-12-07", "client_request",
      2250000, "RUB"),
    N("ООО «Бьюти Лайн»", KATYA, "customs", "won", "btl01"),
    N("ООО «Северный Текстиль»", KATYA, "customs", "qualified", "svt03"),
    N("ООО «ГринЛайт Электро»", KATYA, "customs", "qualified", "grl02", "2026-12-10", "meeting"),
    N("marat.khabibullin@yandex.ru", KATYA, "customs", "negotiation", "mrt04", None, None, 52000, "RUB"),
    N("Anatolia Tekstil A.Ş.", ANDREI, "sea", "contract", "ana14", "2026-12-09", "client_request",
      180000, "USD", "2026-12-31"),
    N("Kessler Feinkost GmbH", ANDREI, "sea", "lost", "ksl05", None, None, 88800, "EUR"),
    N("Ningbo Brightway Trading Co., Ltd.", ANDREI, "sea", "proposal", "brw05"),
    N("ООО «Балтийские Напитки»", ANDREI, "sea", "won", "bln03", None, None, 6900, "EUR"),
    N("Saigon Coffee Export JSC", ANDREI, "sea", "qualified", "sgc03", "2026-12-08", "manager_promise"),
    N("ООО «УралСнаб»", PAVEL, "road", "won", "urs07", "2026-12-11", "meeting", 656000, "RUB"),
    N("АО «Екатеринбургская мебельная фабрика»", PAVEL, "rail", "negotiation", "emf05", "2026-12-07",
      "client_request", 26400000, "RUB", "2026-12-31"),
    N("ООО «Сибирский Фермер»", PAVEL, "road", "lost", "sbf03"),
    N("ООО «Челябинский Кондитер»", PAVEL, "road", "lead", "chk01", "2026-12-09", "client_request"),
    N("ТОО «Астана Трейд Хаб»", PAVEL, "rail", "proposal", "ath05"),
    N("svetlana.orlova.ip@gmail.com", PAVEL, "road", "won", "svo03", None, None, 14500, "RUB"),
]

NOT_NEGOTIATIONS = [
    ("digest@gruzovoz-news.ru", "newsletter"),
    ("newsletter@seafreight-weekly.com", "newsletter"),
    ("procurement@nordic-fish.no", "auto-reply"),
    ("sales@leadfabrika.pro", "unknown sender, no answer"),
    ("a.petrenko96@mail.ru", "thanks only"),
    ("buh@pereval-log.ru", "internal"),
    ("irina.golovanova@pereval-log.ru", "internal"),
]

# accounting export (1C): external_id, date, manager, product, client, amount, currency
SALES = [
    ("УТ-001482", "02.10.2026", PAVEL, "road", "ООО «УралСнаб»", "87 000,00", "RUB"),
    ("УТ-001503", "08.10.2026", DENIS, "road", "АО «СтройМаркет Регион»", "174 000,00", "RUB"),
    ("УТ-001519", "15.10.2026", KATYA, "customs", "ООО «Бьюти Лайн»", "38 400,00", "RUB"),
    ("УТ-001522", "16.10.2026", ANDREI, "sea", "ООО «Балтийские Напитки»", "6 900,00", "EUR"),
    ("УТ-001611", "12.11.2026", DENIS, "road", "АО «СтройМаркет Регион»", "290 000,00", "RUB"),
    ("УТ-001612", "12.11.2026", DENIS, "road", "АО «СтройМаркет Регион»", "-46 800,00", "RUB"),
    ("УТ-001618", "11.11.2026", PAVEL, "road", "", "14 500,00", "RUB"),
    ("УТ-001655", "25.11.2026", KATYA, "customs", "ООО «Бьюти Лайн»", "41 900,00", "RUB"),
    ("УТ-001690", "30.11.2026", PAVEL, "road", "ООО «УралСнаб»", "651 000,00", "RUB"),
]

# period, scope, team, manager, product, metric, amount, currency
PLANS = [
    ("2026-Q4", "company", "", "", "all", "amount", "4 500 000", "RUB"),
] + [
    (period, "manager", "", m, "all", "amount", amt, "RUB")
    for period, amts in [("2026-10", (400000, 300000, 400000, 300000)),
                         ("2026-11", (450000, 300000, 450000, 500000)),
                         ("2026-12", (600000, 350000, 500000, 550000))]
    for m, amt in zip((DENIS, KATYA, ANDREI, PAVEL), [f"{a:,}".replace(",", " ") for a in amts], strict=True)
]
