"""Helios Energo: every message, meeting and call of the scenario, written by hand, with labels.

Everything here is invented. build.py turns it into Maildirs, .ics files, CSVs and truth.json.
Labels on messages:
  na=(needs_answer, answered_by)   for every client message to a manager; answered_by is a message
                                   key, "ics:UID", "call:ROW" (calls.csv row, header = row 1) or None
  agreed=[A(side, quote, due, status)]  commitments; quote must be verbatim in the body
  complaint=True/False             complaint about us (True) or a grievance about a third party (False)
"""
import textwrap

AS_OF = "2026-11-27T18:00:00+03:00"
TIMEZONE = "Europe/Moscow"
DOMAIN = "helios-energo.ru"
INTERNAL = ["helios-energo.ru", "helios-energo.uz"]

HEAD = "a.volkov@helios-energo.ru"
KATE = "e.smirnova@helios-energo.ru"
TIMUR = "t.rakhimov@helios-energo.uz"
SERG = "s.kozlov@helios-energo.ru"

MANAGERS = [
    dict(email=HEAD, name="Андрей Волков", role="head", team=None, tz="Europe/Moscow", locale="ru", ext="100", box="volkov"),
    dict(email=KATE, name="Екатерина Смирнова", role="manager", team="Москва", tz="Europe/Moscow", locale="ru", ext="101", box="smirnova"),
    dict(email=TIMUR, name="Тимур Рахимов", role="manager", team="Центральная Азия", tz="Asia/Tashkent", locale="ru", ext="301", box="rakhimov"),
    dict(email=SERG, name="Сергей Козлов", role="manager", team="Москва", tz="Europe/Moscow", locale="ru", ext="102", box="kozlov"),
]

# address -> (display name, UTC offset of their mail client)
PEOPLE = {
    HEAD: ("Андрей Волков", "+0300"),
    KATE: ("Екатерина Смирнова", "+0300"),
    TIMUR: ("Timur Rakhimov", "+0500"),
    SERG: ("Сергей Козлов", "+0300"),
    "d.orlov@severlogistic.ru": ("Дмитрий Орлов", "+0300"),
    "i.belova@severlogistic.ru": ("Белова Ирина Сергеевна", "+0300"),
    "jens.hoffmann@kronwerk.de": ("Hoffmann, Jens", "+0300"),
    "a.kuzmina@kronwerk-rus.ru": ("Alina Kuzmina", "+0300"),
    "erik.sandberg@nordvikfoods.com": ("Erik Sandberg", "+0300"),
    "p.nikitin@uralmetiz.ru": ("Никитин Павел Сергеевич", "+0500"),
    "a.seitkali@alatau-agro.kz": ("Айгерим Сейткали", "+0500"),
    "m.zhumabaev@alatau-agro.kz": ("Марат Жумабаев", "+0500"),
    "b.usmonov@samtex.uz": ("Bakhtiyor Usmonov", "+0500"),
    "m.arslan@samtex.uz": ("Mehmet Arslan", "+0500"),
    "r.karimov@tcs.uz": ("Рустам Каримов", "+0500"),
    "e.gromova@volgaplast.ru": ("Громова Елена", "+0400"),
    "v.sorokin@dubrava-mf.ru": ("Виктор Сорокин", "+0300"),
    "s.whitmore@brightwell.co.uk": ("Sarah Whitmore", "+0300"),
    "d.omarov@kazsteelpipe.kz": ("Daniyar Omarov", "+0500"),
    "o.lapteva@meridian-mall.ru": ("Лаптева Ольга", "+0300"),
    "t.brandt@hanse-lp.com": ("Thomas Brandt", "+0300"),
    "n.fedorov@zarechye-agro.ru": ("Фёдоров Николай Петрович", "+0300"),
    "oleg.gavrilov74@mail.ru": ("Олег Гаврилов", "+0300"),
    "info@ivtextile.ru": ("ИвТекстиль", "+0300"),
    "news@energo-digest.ru": ("Энерго-Дайджест", "+0300"),
    "digest@pv-insider.com": ("PV Insider Weekly", "+0000"),
    "sales@sunrise-pvtrade.com": ("Kevin Zhao | Sunrise PV Trade", "+0800"),
}

SIG = {
    KATE: "--\nЕкатерина Смирнова\nменеджер по работе с ключевыми клиентами\nГелиос Энерго\n+7 495 640-18-20 доб. 101, моб. +7 916 204-55-31\nhelios-energo.ru",
    KATE + "/en": "Best regards,\nEkaterina Smirnova\nKey Account Manager | Helios Energo\nT +7 495 640-18-20 ext. 101 | M +7 916 204-55-31",
    TIMUR: "С уважением,\nТимур Рахимов\nГелиос Энерго, представительство в Ташкенте\n+998 90 187-44-12",
    TIMUR + "/en": "Kind regards,\nTimur Rakhimov\nHelios Energo | Tashkent office\n+998 90 187-44-12",
    SERG: "С уважением, Сергей Козлов\nГелиос Энерго\nмоб. +7 926 318-70-45",
    HEAD: "Андрей Волков\nкоммерческий директор, Гелиос Энерго\n+7 495 640-18-20",
}

CLIENTS = [
    # client, domains, owner, segment, phones
    ("ООО «СеверЛогистик»", "severlogistic.ru", KATE, "склады", "+7 495 781-33-10"),
    ("Kronwerk Verpackung Rus LLC", "kronwerk.de; kronwerk-rus.ru", KATE, "завод (иностранный)", ""),
    ("Nordvik Foods Rus", "nordvikfoods.com", KATE, "завод (иностранный)", ""),
    ("Brightwell Components Rus", "brightwell.co.uk", KATE, "завод (иностранный)", ""),
    ("Hanse Logistik Park", "hanse-lp.com", KATE, "склады (иностранный)", ""),
    ("АО «Уралметиз»", "uralmetiz.ru", SERG, "завод", "+7 343 287-15-60"),
    ("ООО «ВолгаПласт»", "volgaplast.ru", SERG, "завод", "+7 8482 63-40-25"),
    ("ООО «Мебельная фабрика Дубрава»", "dubrava-mf.ru", SERG, "завод", "+7 4922 44-18-03"),
    ("ООО «ТЦ Меридиан»", "meridian-mall.ru", SERG, "ритейл", "+7 495 662-08-90"),
    ("ООО «Агрокомплекс Заречье»", "zarechye-agro.ru", SERG, "агро", "+7 4912 50-77-31"),
    ("ТОО «Алатау Агро»", "alatau-agro.kz", TIMUR, "агро (Казахстан)", "+7 727 355-20-18"),
    ("ТОО «KazSteel Pipe»", "kazsteelpipe.kz", TIMUR, "завод (Казахстан)", ""),
    ("Samarkand Textile Group", "samtex.uz", TIMUR, "завод (Узбекистан)", "+998 66 233-41-09"),
    ("ООО «Tashkent Cold Service»", "tcs.uz", TIMUR, "склады (Узбекистан)", ""),
]
SOLE_TRADER = "oleg.gavrilov74@mail.ru"

PRODUCTS = [
    dict(code="solar", name_en="Rooftop solar", name_ru="Солнечные электростанции",
         aliases=["СЭС", "солнечная электростанция", "солнечной электростанции", "солнечные панели", "rooftop solar", "solar", "PV plant"]),
    dict(code="heatpump", name_en="Heat pumps", name_ru="Тепловые насосы",
         aliases=["тепловой насос", "тепловых насосов", "тепловые насосы", "heat pump", "heat pumps"]),
    dict(code="led", name_en="LED retrofit", name_ru="Светодиодное освещение",
         aliases=["светодиодное освещение", "светильники", "LED", "LED retrofit", "lighting retrofit"]),
    dict(code="audit", name_en="Energy audit", name_ru="Энергоаудит",
         aliases=["энергоаудит", "энергетическое обследование", "energy audit"]),
    dict(code="service", name_en="Service contract", name_ru="Сервисное обслуживание",
         aliases=["сервисный договор", "договор на обслуживание", "сервисное обслуживание", "service contract", "O&M"]),
]

MSGS = []
EVENTS = []


def A(side, quote, due=None, status="open", who=None):
    return dict(side=side, quote=quote, due=due, status=status, who=who)


def m(key, when, frm, to, subj, body, cc=(), re=None, noref=False, quote=None, attach=(),
      na=None, agreed=(), complaint=None, sig=None, headers=None, rcpt_boxes=None):
    MSGS.append(dict(key=key, when=when, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                     cc=list(cc), subj=subj, body=textwrap.dedent(body).strip("\n"), re=re, noref=noref,
                     quote=quote, attach=list(attach), na=na, agreed=list(agreed), complaint=complaint,
                     sig=sig, headers=headers or {}, rcpt_boxes=rcpt_boxes))


def ev(uid, start, end, tz, organizer, attendees, summary, location="", desc="", status="CONFIRMED", created=None):
    EVENTS.append(dict(uid=uid, start=start, end=end, tz=tz, organizer=organizer, attendees=list(attendees),
                       summary=summary, location=location, desc=desc, status=status, created=created))

# ---------------------------------------------------------------- СеверЛогистик (won, said in mail)
ORL, BEL = "d.orlov@severlogistic.ru", "i.belova@severlogistic.ru"
m("sev01", "2026-10-05 09:40", ORL, KATE, "СЭС на крыше склада в Подольске", """
    Екатерина, добрый день.
    Как договаривались на выставке, пишу по нашему складу в Подольске. Крыша плоская, мембрана, около 9 000 м²,
    потребление летом до 1,1 МВт, платим за электроэнергию примерно 2,1 млн руб. в месяц.
    Интересует солнечная электростанция на крыше, чисто на собственное потребление.
    Что от нас нужно, чтобы вы приехали посмотреть?

    Дмитрий Орлов
    технический директор ООО «СеверЛогистик»
    +7 915 402-77-19
    """, na=(True, "sev02"))
m("sev02", "2026-10-05 15:10", KATE, ORL, "RE: СЭС на крыше склада в Подольске", """
    Дмитрий, добрый день!
    Спасибо за обращение. Для выезда нужны: схема кровли (если есть — проект), годовой профиль потребления
    по часам из личного кабинета сбытовой компании и доступ на крышу.
    Предварительно можем выехать в четверг, 8 октября, с утра.
    Подтверждение выезда инженера пришлю завтра до 12:00.
    """, re="sev01", quote="ru_outlook", sig=KATE,
    agreed=[A("manager", "Подтверждение выезда инженера пришлю завтра до 12:00.", "2026-10-06", "kept")])
m("sev03", "2026-10-06 11:20", KATE, ORL, "RE: СЭС на крыше склада в Подольске", """
    Дмитрий, подтверждаю: 8 октября в 10:00 у вас будут наш главный инженер Алексей Гусев и проектировщик
    Мария Ли. Пропуск на машину: Lada Largus, А 512 ВТ 750. Приглашение в календаре отправила.
    """, re="sev02", sig=KATE)
ev("ev-sev-survey-20261008@helios-energo.ru", "2026-10-08 10:00", "2026-10-08 13:00", "Europe/Moscow", KATE,
   [ORL], "Обследование кровли: СеверЛогистик, Подольск", "Подольск, ул. Индустриальная, 12, склад №2",
   "Выезд инженера и проектировщика, СЭС на крыше", created="2026-10-06 11:25")
m("sev04", "2026-10-08 17:30", ORL, KATE, "после осмотра — профиль нагрузки", """
    Екатерина, спасибо вашим ребятам, всё посмотрели быстро.
    Во вложении почасовой профиль за 2025 год и акт по кровле от подрядчика (ремонтировали в 2023).
    Когда ждать КП? Нам бы до конца октября вынести вопрос на совет директоров.

    --
    Д. Орлов, +7 915 402-77-19
    """, attach=[("profil_2025_Podolsk.xlsx", "xlsx"), ("akt_krovlya_2023.pdf", "pdf")], na=(True, "sev05"))
m("sev05", "2026-10-09 10:05", KATE, ORL, "RE: после осмотра — профиль нагрузки", """
    Дмитрий, добрый день!
    Профиль получили, спасибо. КП подготовим к 16 октября, чтобы вы успели к совету директоров.
    """, re="sev04", cc=[HEAD], quote="ru_outlook", sig=KATE,
    agreed=[A("manager", "КП подготовим к 16 октября, чтобы вы успели к совету директоров.", "2026-10-16", "kept")])
m("sev06", "2026-10-15 18:40", KATE, ORL, "КП: СЭС 420 кВт, склад Подольск", """
    Дмитрий, Ирина Сергеевна, добрый вечер!
    Направляю коммерческое предложение (PDF во вложении). Коротко:
    - мощность СЭС 420 кВт, 760 панелей 550 Вт, 4 инвертора по 100 кВт;
    - стоимость под ключ 37 800 000 руб. с НДС (проект, оборудование, монтаж, пусконаладка);
    - выработка около 410 МВт·ч в год, всё уходит в собственное потребление;
    - при текущем тарифе 8,9 руб./кВт·ч экономия около 3,65 млн руб. в год, простая окупаемость 6,1 года
      (с учётом роста тарифа на 8% в год — около 5 лет);
    - срок монтажа 6–7 недель.
    Готова обсудить по телефону в любое удобное время.
    """, cc=[BEL], sig=KATE, attach=[("KP_SeverLogistik_SES420.pdf", "pdf")])
m("sev07", "2026-10-21 12:00", BEL, KATE, "RE: КП: СЭС 420 кВт, склад Подольск", """
    Екатерина, добрый день.
    Посмотрели с финансовым директором. 37,8 млн — дорого, у нас есть предложение на 33,5 млн на аналогичную
    мощность (панели другого производителя, правда). Можете выйти на 34? И какой график платежей вы предлагаете —
    100% предоплату мы не согласуем.

    С уважением,
    Белова Ирина Сергеевна
    начальник отдела закупок
    ООО «СеверЛогистик»
    тел. +7 495 781-33-10 доб. 214
    """, re="sev06", cc=[ORL], quote="ru_outlook", na=(True, "sev08"))
m("sev08", "2026-10-22 16:15", KATE, BEL, "RE: КП: СЭС 420 кВт, склад Подольск", """
    Ирина Сергеевна, добрый день!
    Пересчитали: если заменить инверторы на 3 × 136 кВт того же производителя и взять панели 580 Вт,
    итог 35 900 000 руб. с НДС, ниже — только за счёт гарантии, на это не пойдём.
    График: 30% аванс, 60% по поставке оборудования, 10% после пусконаладки.
    Проект договора направлю в понедельник, 26 октября.
    """, re="sev07", cc=[ORL, HEAD], quote="ru_outlook", sig=KATE,
    agreed=[A("manager", "Проект договора направлю в понедельник, 26 октября.", "2026-10-26", "kept")])
m("sev09", "2026-10-26 14:30", KATE, BEL, "Проект договора подряда — СЭС Подольск", """
    Ирина Сергеевна, Дмитрий, добрый день!
    Во вложении проект договора подряда № 26/СЭС-41 и техническое задание. Сумма 35 900 000 руб. с НДС,
    график платежей 30/60/10, как обсуждали. Ждём ваших комментариев.
    """, cc=[ORL], sig=KATE, attach=[("Dogovor_26-SES-41_proekt.docx", "docx"), ("TZ_SES_Podolsk.pdf", "pdf")])
m("sev10", "2026-11-02 11:10", BEL, KATE, "RE: Проект договора подряда — СЭС Подольск", """
    Екатерина, добрый день.
    Наши юристы прошли договор, правки в режиме рецензирования во вложении. Основное:
    1) гарантия на монтажные работы — 7 лет вместо 5;
    2) неустойка за срыв сроков 0,1% в день, не более 10%;
    3) п. 8.4 — приёмка по акту КС-2 с участием нашего энергетика.
    Если по пунктам согласны — готовы подписывать.

    Белова И.С.
    """, re="sev09", cc=[ORL], quote="ru_outlook", attach=[("Dogovor_26-SES-41_pravki_SL.docx", "docx")],
    na=(True, "sev11"))
m("sev11", "2026-11-03 17:20", KATE, BEL, "RE: Проект договора подряда — СЭС Подольск", """
    Ирина Сергеевна, добрый вечер!
    Гарантию 7 лет и приёмку с вашим энергетиком принимаем, неустойку — 0,1% в день, но не более 5%.
    Версия 2 во вложении. Подписанный с нашей стороны экземпляр привезём на встречу 12 ноября.
    """, re="sev10", cc=[ORL, HEAD], quote="ru_outlook", sig=KATE, attach=[("Dogovor_26-SES-41_v2.docx", "docx")],
    agreed=[A("manager", "Подписанный с нашей стороны экземпляр привезём на встречу 12 ноября.", "2026-11-12", "kept")])
ev("ev-sev-sign-20261112@helios-energo.ru", "2026-11-12 15:00", "2026-11-12 16:00", "Europe/Moscow", KATE,
   [ORL, BEL, HEAD], "Подписание договора СЭС — СеверЛогистик", "офис СеверЛогистик, Москва, Варшавское ш., 118",
   "Договор 26/СЭС-41", created="2026-11-05 10:00")
m("sev12", "2026-11-12 19:05", ORL, KATE, "договор", """
    Екатерина, договор подписали сегодня, спасибо вам и Андрею Викторовичу.
    Счёт на аванс ждём, бухгалтерия оплатит в течение 5 рабочих дней.

    Отправлено с iPhone
    """, na=(True, "sev13"),
    agreed=[A("client", "Счёт на аванс ждём, бухгалтерия оплатит в течение 5 рабочих дней.", None, "kept")])
m("sev13", "2026-11-13 09:30", KATE, ORL, "RE: договор", """
    Дмитрий, спасибо! Счёт № 1184 на аванс 10 770 000 руб. во вложении.
    Установочную встречу по графику монтажа проведём 3 декабря у вас на складе, приглашение пришлю сегодня.
    """, re="sev12", cc=[BEL], quote="ru_gmail", sig=KATE, attach=[("Schet_1184.pdf", "pdf")],
    agreed=[A("manager", "Установочную встречу по графику монтажа проведём 3 декабря у вас на складе, приглашение пришлю сегодня.", "2026-11-13", "kept")])
ev("ev-sev-kickoff-20261203@helios-energo.ru", "2026-12-03 11:00", "2026-12-03 12:30", "Europe/Moscow", KATE,
   [ORL, BEL], "Установочная встреча: график монтажа СЭС, СеверЛогистик", "Подольск, склад №2",
   "Монтажная бригада, график, допуски", created="2026-11-13 10:10")
m("sev14", "2026-11-18 10:00", BEL, KATE, "оплата аванса по сч. 1184", """
    Екатерина, добрый день. Аванс оплачен п/п № 4471 от 17.11.2026. Для информации.
    Белова И.С., тел. +7 495 781-33-10 доб. 214
    """, na=(False, None))

# ---------------------------------------------------------------- Kronwerk (contract draft sent and redlined)
JH, AK = "jens.hoffmann@kronwerk.de", "a.kuzmina@kronwerk-rus.ru"
m("kro01", "2026-10-07 08:55", JH, KATE, "LED retrofit - Kronwerk Kaluga plant", """
    Dear Ms Smirnova,

    we met briefly at the Energy Efficiency Forum last week. As mentioned, we are looking at replacing the
    lighting in our two production halls in Kaluga (approx. 1,100 high-bay fixtures, mostly 400 W HPS lamps,
    3-shift operation). Could you give us a budget estimate and tell us when your engineer could visit?

    Best regards
    Jens Hoffmann
    Plant Manager
    Kronwerk Verpackung Rus LLC | Kaluga
    Phone +7 4842 59-12-40 | Mobile +7 910 611-08-23
    """, na=(True, "kro02"))
m("kro02", "2026-10-07 13:30", KATE, JH, "RE: LED retrofit - Kronwerk Kaluga plant", """
    Dear Mr Hoffmann,

    thank you, nice to hear from you again. With 1,100 HPS fixtures at 3 shifts the savings are usually
    60-65%. I will send you a rough budget by Friday. Our engineer could come on Wednesday, 14 October -
    would that suit you?
    """, re="kro01", quote="en_outlook", sig=KATE + "/en",
    agreed=[A("manager", "I will send you a rough budget by Friday.", "2026-10-09", "kept")])
m("kro03", "2026-10-09 17:45", KATE, JH, "RE: LED retrofit - Kronwerk Kaluga plant", """
    Dear Jens,

    as promised, a rough budget: 13.5 to 15 mln RUB incl. VAT for the fixtures, installation and the DALI
    control, depending on mounting heights. The survey on 14 October at 10:00 is confirmed, our engineer
    Alexey Gusev will come.
    """, re="kro02", sig=KATE + "/en")
ev("ev-kro-survey-20261014@helios-energo.ru", "2026-10-14 10:00", "2026-10-14 14:00", "Europe/Moscow", KATE,
   [JH], "Survey: Kronwerk Kaluga - LED retrofit", "Kaluga, Grabtsevskoye sh. 73, Kronwerk plant",
   created="2026-10-09 17:50")
m("kro04", "2026-10-20 16:05", KATE, JH, "Offer: LED retrofit, Kronwerk Kaluga (2 halls)", """
    Dear Jens, dear Alina,

    please find attached our offer. Summary:
    - 1,080 LED high-bays 150/200 W replacing 400 W HPS, DALI dimming with daylight sensors;
    - price 14 900 000 RUB incl. VAT, installation without stopping production (night shifts);
    - savings approx. 2.4 GWh per year, i.e. about 18.2 mln RUB per year at your tariff of 7.6 RUB/kWh;
    - simple payback under 1 year on energy alone, 5-year warranty on fixtures.
    """, cc=[AK], sig=KATE + "/en", attach=[("Helios_Offer_Kronwerk_LED_2026-10-20.pdf", "pdf")])
m("kro05", "2026-10-27 10:40", AK, KATE, "RE: Offer: LED retrofit, Kronwerk Kaluga (2 halls)", """
    Екатерина, добрый день!
    По нашей закупочной политике нужно три предложения, ваше оказалось на 12% выше минимального.
    Готовы ли вы дать скидку? Решение по поставщику принимаем до 6 ноября.

    Алина Кузьмина
    Specialist Procurement / специалист по закупкам
    Kronwerk Verpackung Rus LLC
    """, re="kro04", cc=[JH], quote="en_outlook", na=(True, "kro06"))
m("int02", "2026-10-27 11:02", KATE, HEAD, "Fwd: Kronwerk — просят скидку 12%", """
    Андрей, согласуешь 13,48 млн? Это минус 9,5%, маржа остаётся 21%. Без этого, похоже, уйдёт китайцам.
    """, re="kro05", noref=True, quote="fwd")
m("int03", "2026-10-27 12:30", HEAD, KATE, "RE: Fwd: Kronwerk — просят скидку 12%", """
    Ок, 13,48 согласую. Ниже не опускайся.
    """, re="int02", quote="ru_outlook")
m("kro06", "2026-10-28 09:15", KATE, AK, "RE: Offer: LED retrofit, Kronwerk Kaluga (2 halls)", """
    Алина, добрый день!
    Можем предложить 13 480 000 руб. с НДС при сохранении гарантии 5 лет и DALI-управления. Это наше
    финальное предложение. Обновлённое КП во вложении.
    """, re="kro05", cc=[JH], quote="ru_outlook", sig=KATE, attach=[("Helios_Offer_Kronwerk_LED_rev1.pdf", "pdf")])
m("kro07", "2026-11-05 14:20", JH, KATE, "AW: Offer: LED retrofit, Kronwerk Kaluga (2 halls)", """
    Hi Ekaterina,

    good news - we accept 13.48 mln. Please send the contract draft; our legal department in Hamburg
    will review it, so an English version would be needed as well.

    Jens
    """, re="kro06", cc=[AK], quote="de_outlook", na=(True, "kro08"))
m("kro08", "2026-11-09 12:00", KATE, JH, "Contract draft - LED retrofit Kronwerk / Договор", """
    Dear Jens,

    attached is our contract draft No. 26/LED-17 (Russian).
    I will send the English version of the contract by Wednesday.
    """, re="kro07", cc=[AK], sig=KATE + "/en", attach=[("Contract_26-LED-17_RU.docx", "docx")],
    agreed=[A("manager", "I will send the English version of the contract by Wednesday.", "2026-11-11", "kept")])
m("kro09", "2026-11-11 16:30", KATE, JH, "RE: Contract draft - LED retrofit Kronwerk / Договор", """
    Jens, here is the English version (bilingual, Russian prevails). Nothing else changed.
    """, re="kro08", cc=[AK], quote="en_outlook", sig=KATE + "/en", attach=[("Contract_26-LED-17_EN-RU.docx", "docx")])
m("kro10", "2026-11-19 09:05", JH, KATE, "AW: Contract draft - LED retrofit Kronwerk / Договор", """
    Ekaterina,

    our legal came back, mark-up attached. The main points:
    1. payment 20% advance / 80% after acceptance (not 50/50);
    2. penalty for delay 0.1% per day;
    3. liability cap at 100% of the contract value - they will not accept your 10%;
    4. completion by 25 December - we need the lights in before the Christmas shutdown.

    Regards, Jens
    """, re="kro09", cc=[AK], quote="en_gmail", attach=[("Contract_26-LED-17_KW-markup.docx", "docx")],
    na=(True, "kro11"))
m("kro11", "2026-11-20 11:40", KATE, JH, "AW: Contract draft - LED retrofit Kronwerk / Договор", """
    Jens,

    the penalty is fine for us. On payment we can do 30/70, and completion on 28 December if we sign by
    4 December. I'll come back on the liability cap after our lawyer reviews it on Monday.
    """, re="kro10", cc=[AK], quote="en_gmail", sig=KATE + "/en",
    agreed=[A("manager", "I'll come back on the liability cap after our lawyer reviews it on Monday.", "2026-11-23", "broken")])
m("kro_ooo", "2026-11-20 11:41", AK, KATE, "Автоматический ответ: AW: Contract draft - LED retrofit Kronwerk / Договор", """
    Я в отпуске до 30.11.2026 включительно. По срочным вопросам закупок: purchasing@kronwerk-rus.ru.
    I am out of office until 30.11.2026. For urgent matters please contact purchasing@kronwerk-rus.ru.
    """, re="kro11", na=(False, None), headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
m("kro12", "2026-11-26 10:20", JH, KATE, "Liability cap?", """
    Ekaterina, any news on the liability cap? Our legal is waiting for your position.
    Let's have a call on Wednesday, we would like to sign by December 4th so that you can still make the
    28th.

    Jens Hoffmann | Plant Manager | +7 910 611-08-23
    """, na=(True, "kro13"))
m("kro13", "2026-11-26 12:05", KATE, JH, "RE: Liability cap?", """
    Jens, sorry for the delay - our lawyer was ill this week.
    Wednesday works, I'll call you at 11:00 Moscow time.
    """, re="kro12", quote="en_outlook", sig=KATE + "/en",
    agreed=[A("manager", "Wednesday works, I'll call you at 11:00 Moscow time.", "2026-12-02", "open")])

# ---------------------------------------------------------------- Nordvik (stage moved back: new offer after a contract draft)
ES = "erik.sandberg@nordvikfoods.com"
m("nor01", "2026-10-06 13:12", ES, KATE, "Heat recovery from refrigeration - St Petersburg plant", """
    Hello Ekaterina,

    Erik Sandberg here, technical director at Nordvik Foods Rus (frozen foods, St Petersburg). We dump about
    1.5 MW of condenser heat from our ammonia refrigeration while we burn gas for hot water and space heating.
    We'd like a proposal for two heat pumps of roughly 600 kW each. What do you need from us?

    Erik Sandberg
    Technical Director, Nordvik Foods Rus
    +7 812 336-90-71
    """, na=(True, "nor02"))
m("nor02", "2026-10-07 10:00", KATE, ES, "RE: Heat recovery from refrigeration - St Petersburg plant", """
    Hello Erik,

    thank you. We need the condenser temperatures, hot water demand by hour and the gas bills for a year.
    Our heat pump engineer can be at your plant on Tuesday, 13 October. Please confirm.
    """, re="nor01", quote="en_gmail", sig=KATE + "/en")
ev("ev-nor-survey-20261013@helios-energo.ru", "2026-10-13 11:00", "2026-10-13 15:00", "Europe/Moscow", KATE,
   [ES], "Survey: Nordvik Foods - heat recovery", "St Petersburg, Shushary, Nordvik plant", created="2026-10-07 16:00")
m("nor03", "2026-10-16 17:20", KATE, ES, "Offer: 2 x 600 kW heat pumps, Nordvik Foods", """
    Hello Erik,

    please find our offer attached:
    - two 600 kW ammonia heat pumps lifting condenser heat to 70 C, 2 x 30 m3 storage, integration;
    - 41 200 000 RUB incl. VAT turnkey;
    - gas saved about 1.1 mln m3 per year (approx. 8.6 mln RUB per year at 7.8 RUB/m3);
    - simple payback 4.8 years.
    """, sig=KATE + "/en", attach=[("Helios_Offer_Nordvik_HP_2x600.pdf", "pdf")])
m("nor04", "2026-10-23 09:30", ES, KATE, "RE: Offer: 2 x 600 kW heat pumps, Nordvik Foods", """
    Ekaterina, the concept is fine with us. To start budget approval with HQ in Malmö I need a contract draft.
    Could you send it next week?
    Erik
    """, re="nor03", quote="en_gmail", na=(True, "nor05"))
m("nor05", "2026-10-26 18:10", KATE, ES, "Contract draft: heat pumps, Nordvik Foods", """
    Erik, attached is the contract draft No. 26/HP-09 for the two heat pumps, 41 200 000 RUB, bilingual.
    """, sig=KATE + "/en", attach=[("Contract_26-HP-09_Nordvik.docx", "docx")])
ev("ev-nor-hq-20261118@helios-energo.ru", "2026-11-18 14:00", "2026-11-18 15:00", "Europe/Moscow", KATE,
   [ES], "Nordvik: contract walkthrough with HQ (Teams)", "Microsoft Teams", status="CANCELLED", created="2026-10-28 09:00")
m("nor06", "2026-11-10 15:45", ES, KATE, "Change of plans - phase 1 only", """
    Ekaterina,

    bad news and good news. HQ capped the 2027 budget: we can do phase 1 only - one heat pump plus a buffer
    tank, max 25 mln RUB. The contract draft is on hold, so please cancel the walkthrough on the 18th.
    Can you re-quote for one unit?

    Erik Sandberg
    +7 812 336-90-71
    """, na=(True, "nor07"))
m("nor07", "2026-11-11 09:20", KATE, ES, "RE: Change of plans - phase 1 only", """
    Erik, understood, the walkthrough is cancelled. I will send the revised offer for one unit by 20 November.
    """, re="nor06", quote="en_gmail", sig=KATE + "/en",
    agreed=[A("manager", "I will send the revised offer for one unit by 20 November.", "2026-11-20", "broken")])
m("nor08", "2026-11-19 16:00", ES, KATE, "RE: Change of plans - phase 1 only", """
    Just so you know: HQ looks at it on 3 December, so I'll need the figures a few days before.
    """, re="nor07", quote="en_gmail", na=(False, None))
m("nor09", "2026-11-24 13:35", KATE, ES, "Revised offer: phase 1, one 600 kW heat pump", """
    Erik, sorry it took a few days longer. The revised offer for phase 1:
    - one 600 kW heat pump, 50 m3 buffer tank, piping prepared for the second unit;
    - 23 700 000 RUB incl. VAT;
    - gas saved about 0.62 mln m3 per year, payback 4.3 years.
    I'll call you on Monday 30 November to walk you through the numbers before your HQ meeting.
    """, cc=[HEAD], sig=KATE + "/en", attach=[("Helios_Offer_Nordvik_HP_phase1.pdf", "pdf")],
    agreed=[A("manager", "I'll call you on Monday 30 November to walk you through the numbers before your HQ meeting.", "2026-11-30", "open")])
m("nor10", "2026-11-25 08:50", ES, KATE, "RE: Revised offer: phase 1, one 600 kW heat pump", """
    Thanks, received. Talk on Monday.
    E.
    """, re="nor09", quote="en_gmail", na=(False, None))

# ---------------------------------------------------------------- Алатау Агро (proposal as attachment; "созвонимся в среду")
AS_, MZ = "a.seitkali@alatau-agro.kz", "m.zhumabaev@alatau-agro.kz"
m("ala01", "2026-10-12 11:05", AS_, TIMUR, "Солнечная станция для тепличного комплекса", """
    Тимур, здравствуйте!
    Мы общались на выставке Power Kazakhstan, вы оставили визитку. У нас тепличный комплекс 6 га в Алматинской
    области (Талгарский район), досветка круглый год, потребление около 9 млн кВт·ч в год.
    Рассматриваем солнечную электростанцию на земле рядом с теплицами, 1–1,5 МВт.
    Сможете приехать, посмотреть площадку?

    С уважением,
    Айгерим Сейткали
    главный энергетик ТОО «Алатау Агро»
    +7 701 388-12-54
    """, na=(True, "ala02"))
m("ala02", "2026-10-13 09:40", TIMUR, AS_, "Re: Солнечная станция для тепличного комплекса", """
    Айгерим, здравствуйте!
    Да, конечно. Предлагаю выезд 27 октября, я буду в Алматы с нашим проектировщиком.
    До выезда пришлите, пожалуйста, ТУ на присоединение и счета за электроэнергию за последние 12 месяцев.
    """, re="ala01", quote="ru_gmail", sig=TIMUR)
ev("ev-ala-survey-20261027@helios-energo.uz", "2026-10-27 10:00", "2026-10-27 16:00", "Asia/Almaty", TIMUR,
   [AS_, MZ], "Выезд на площадку: Алатау Агро, СЭС 1–1,5 МВт", "Талгарский р-н, тепличный комплекс «Алатау Агро»",
   created="2026-10-14 10:00")
m("ala03", "2026-10-28 15:30", AS_, TIMUR, "после выезда", """
    Тимур, спасибо, что приехали. Марат Ерланович просил учесть одну вещь: предыдущий подрядчик в 2024 году
    поставил нам инверторы, которые полгода простояли без пусконаладки, и гарантию на них так и не оформили —
    второй раз на такое мы не готовы, поэтому гарантия и сервис в Казахстане для нас ключевые.
    И посчитайте, пожалуйста, вариант с продажей излишков в сеть по закону о ВИЭ. Когда будет КП?

    Айгерим
    """, na=(True, "ala04"), complaint=False)
m("ala04", "2026-10-29 10:15", TIMUR, AS_, "Re: после выезда", """
    Айгерим, добрый день!
    Принято: гарантия 5 лет на инверторы с сервисом через наш алматинский склад, вариант с продажей излишков
    посчитаем отдельно. КП пришлю до 13 ноября.
    """, re="ala03", quote="ru_gmail", sig=TIMUR,
    agreed=[A("manager", "КП пришлю до 13 ноября.", "2026-11-13", "kept")])
m("ala05", "2026-11-12 17:50", TIMUR, AS_, "КП: СЭС 1,2 МВт для ТОО «Алатау Агро»", """
    Айгерим, Марат Ерланович, добрый день!
    Во вложении коммерческое предложение и расчёт окупаемости (Excel). Основное:
    СЭС 1,2 МВт, наземная, стоимость под ключ 486 000 000 тенге с НДС, выработка около 1 650 МВт·ч в год,
    при тарифе 48 тенге/кВт·ч окупаемость 6,2 года; вариант с продажей излишков — на втором листе.
    """, cc=[MZ], sig=TIMUR, attach=[("KP_Alatau_Agro_SES_1.2MW.pdf", "pdf"), ("Raschet_okupaemosti_Alatau.xlsx", "xlsx")])
m("ala06", "2026-11-26 09:20", AS_, TIMUR, "Re: КП: СЭС 1,2 МВт для ТОО «Алатау Агро»", """
    Тимур, добрый день.
    Марат Ерланович изучил КП, есть вопросы по гарантии на инверторы и по финансированию через фонд «Даму».
    Созвонимся в среду, в 11 по Алматы?

    > Айгерим, Марат Ерланович, добрый день!
    > Во вложении коммерческое предложение и расчёт окупаемости (Excel).
    """, re="ala05", cc=[MZ], na=(True, "ala07"))
m("ala07", "2026-11-26 10:05", TIMUR, AS_, "Re: КП: СЭС 1,2 МВт для ТОО «Алатау Агро»", """
    Айгерим, договорились, в среду в 11:00 по Алматы наберу вас. По «Даму» подготовлю схему заранее.
    """, re="ala06", cc=[MZ], quote="ru_gmail", sig=TIMUR,
    agreed=[A("manager", "Айгерим, договорились, в среду в 11:00 по Алматы наберу вас.", "2026-12-02", "open"),
            A("manager", "По «Даму» подготовлю схему заранее.", None, "open")])

# ---------------------------------------------------------------- Samarkand Textile (revised offer after haggling; complaint)
BU, MA = "b.usmonov@samtex.uz", "m.arslan@samtex.uz"
m("sam01", "2026-10-08 10:30", BU, TIMUR, "Solar for our weaving shop roof", """
    Good day Timur,

    our CFO Mr Arslan asked me to contact you. We want a rooftop solar plant on our weaving shop in Samarkand,
    roof 14 000 m2, steel sheet. Consumption is about 650 kW during the day, 6 days a week.
    Please tell us approximate price and what you need.

    Bakhtiyor Usmonov
    Chief Engineer, Samarkand Textile Group
    +998 91 540-22-87
    """, na=(True, "sam02"))
m("sam02", "2026-10-08 15:10", TIMUR, BU, "Re: Solar for our weaving shop roof", """
    Dear Bakhtiyor,

    thank you. For a roof this size 800 kWp is realistic. I can come to Samarkand on Thursday, 15 October,
    with our engineer to check the roof structure and the transformer substation. Does 10:00 work?
    """, re="sam01", quote="en_gmail", sig=TIMUR + "/en")
ev("ev-sam-survey-20261015@helios-energo.uz", "2026-10-15 10:00", "2026-10-15 15:00", "Asia/Tashkent", TIMUR,
   [BU], "Site survey: Samarkand Textile roof", "Samarkand, Samarkand Textile Group, weaving shop", created="2026-10-08 15:15")
m("sam03", "2026-10-19 11:00", TIMUR, BU, "Re: Solar for our weaving shop roof", """
    Bakhtiyor, thank you for your time on Thursday. The roof can take the load with minor reinforcement
    of two bays. The commercial proposal will be sent by 23 October.
    """, re="sam02", cc=[MA], quote="en_gmail", sig=TIMUR + "/en",
    agreed=[A("manager", "The commercial proposal will be sent by 23 October.", "2026-10-23", "broken")])
m("sam04", "2026-10-30 09:45", MA, TIMUR, "Proposal - still waiting", """
    Mr Rakhimov,

    we were promised the proposal by 23 October. It is now a week late and nobody has even called to explain.
    Frankly, this is not how we expected to start working with you. If we do not have it early next week we
    will continue with the other bidders only.

    Mehmet Arslan
    CFO | Samarkand Textile Group
    """, cc=[BU, HEAD], na=(True, "sam05"), complaint=True)
m("sam05", "2026-10-30 13:20", TIMUR, MA, "RE: Proposal - still waiting", """
    Dear Mr Arslan,

    you are right, and I apologise - we re-ran the yield model with a different panel and I should have told
    you. The proposal will be in your inbox on Monday, 2 November.
    """, re="sam04", cc=[BU, HEAD], quote="en_outlook", sig=TIMUR + "/en",
    agreed=[A("manager", "The proposal will be in your inbox on Monday, 2 November.", "2026-11-02", "kept")])
m("sam06", "2026-11-02 12:30", TIMUR, MA, "Proposal: 800 kWp rooftop solar, Samarkand Textile", """
    Dear Mr Arslan, dear Bakhtiyor,

    our proposal (PDF attached, summary here):
    - 800 kWp rooftop plant, Tier-1 bifacial panels, 8 x 100 kW string inverters;
    - turnkey price USD 512,000 excl. VAT, including the roof reinforcement;
    - yield about 1,120 MWh per year; at the industrial tariff of 1,000 UZS/kWh that saves about
      USD 88,000 per year, simple payback 5.8 years;
    - construction 10 weeks from advance payment.
    """, cc=[BU], sig=TIMUR + "/en", attach=[("Helios_Proposal_SamTex_800kWp.pdf", "pdf")])
m("sam07", "2026-11-10 14:10", MA, TIMUR, "RE: Proposal: 800 kWp rooftop solar, Samarkand Textile", """
    Timur,

    thank you. To be direct: a Chinese EPC quoted us 0.48 USD/W, you are at 0.64. We prefer a contractor
    with a local office, so we could go with you at USD 430,000 with payment over 24 months.

    Mehmet
    """, re="sam06", cc=[BU], quote="en_outlook", na=(True, "sam08"))
m("sam08", "2026-11-12 16:40", TIMUR, MA, "RE: Proposal: 800 kWp rooftop solar, Samarkand Textile", """
    Mehmet,

    430 is below our cost with Tier-1 panels and a 10-year workmanship warranty. Our revised offer:
    USD 468,000, 30% advance and the rest in 12 monthly instalments after commissioning, same equipment,
    10-year workmanship warranty. Revised PDF attached.
    """, re="sam07", cc=[BU, HEAD], quote="en_outlook", sig=TIMUR + "/en", attach=[("Helios_Proposal_SamTex_rev2.pdf", "pdf")])
m("sam09", "2026-11-13 09:10", HEAD, TIMUR, "Самарканд — нижняя граница", """
    Тимур, видел. Если упрутся — можешь опуститься до 455 тыс. долл., но только при авансе 30%. Ниже не надо.
    """)
m("sam10", "2026-11-18 17:25", MA, TIMUR, "RE: Proposal: 800 kWp rooftop solar, Samarkand Textile", """
    Timur, 468 is closer. Let's finalise this in person - I'll be in Tashkent on 1 December; can we meet at your
    office at 15:00? We want to sign before 15 December so that construction starts in January.

    Mehmet Arslan | CFO | +998 93 177-50-06
    """, re="sam08", cc=[BU], quote="en_outlook", na=(True, "sam11"))
m("sam11", "2026-11-18 18:05", TIMUR, MA, "RE: Proposal: 800 kWp rooftop solar, Samarkand Textile", """
    Mehmet, 1 December at 15:00 at our office (Tashkent, Amir Temur 107B, 4th floor) - confirmed, invitation sent.
    """, re="sam10", cc=[BU], quote="en_outlook", sig=TIMUR + "/en")
ev("ev-sam-meet-20261201@helios-energo.uz", "2026-12-01 15:00", "2026-12-01 16:30", "Asia/Tashkent", TIMUR,
   [MA, BU], "Samarkand Textile: final terms 800 kWp", "Tashkent, Amir Temur 107B, Helios office", created="2026-11-18 18:06")

# ---------------------------------------------------------------- Tashkent Cold Service (lost, explicit decline)
RK = "r.karimov@tcs.uz"
m("tcs01", "2026-10-09 10:00", RK, TIMUR, "Освещение и рекуперация тепла на холодильном складе", """
    Тимур, добрый день!
    Холодильный склад 20 000 м³ в Ташкенте (Сергели). Хотим заменить освещение на светодиодное (сейчас 340
    светильников ДРЛ) и понять, можно ли использовать тепло компрессоров для отопления офиса.
    Сколько примерно будет стоить освещение?

    Рустам Каримов, зам. директора
    ООО «Tashkent Cold Service»
    +998 71 205-66-14
    """, na=(True, "tcs02"))
m("tcs02", "2026-10-12 11:30", TIMUR, RK, "Re: Освещение и рекуперация тепла на холодильном складе", """
    Рустам, здравствуйте!
    По освещению сразу даю цифры, чтобы вы могли оценить:
    340 светильников для низких температур (до −40 °C), IP66, 100 Вт вместо 250 Вт ДРЛ,
    поставка и монтаж — 61 200 долл. США без НДС; экономия около 370 тыс. кВт·ч в год, окупаемость около 2,3 года.
    По рекуперации нужен выезд — могу приехать на следующей неделе.
    """, re="tcs01", quote="ru_gmail", sig=TIMUR)
m("tcs03", "2026-10-21 16:45", RK, TIMUR, "Re: Освещение и рекуперация тепла на холодильном складе", """
    Тимур, получили, спасибо. Собственник хочет сравнить с местным подрядчиком.
    Вернусь с ответом через неделю-две.
    """, re="tcs02", quote="ru_gmail", na=(False, None),
    agreed=[A("client", "Вернусь с ответом через неделю-две.", None, "kept")])
m("tcs04", "2026-11-05 10:10", TIMUR, RK, "Re: Освещение и рекуперация тепла на холодильном складе", """
    Рустам, добрый день! Не дозвонился до вас сегодня утром. Есть новости по освещению?
    """, re="tcs03", sig=TIMUR)
m("tcs05", "2026-11-09 12:00", RK, TIMUR, "Re: Освещение и рекуперация тепла на холодильном складе", """
    Тимур, спасибо за работу, но собственник выбрал местного подрядчика — у них дешевле на 25%.
    В этот раз мы пас. Если будет что-то по рекуперации — напишу.
    """, re="tcs04", quote="ru_gmail", na=(False, None))
m("tcs06", "2026-11-09 12:40", TIMUR, RK, "Re: Освещение и рекуперация тепла на холодильном складе", """
    Рустам, понял, спасибо за честный ответ. Удачи с проектом!
    """, re="tcs05", sig=TIMUR)

# ---------------------------------------------------------------- KazSteel Pipe (first contact, survey booked)
DO = "d.omarov@kazsteelpipe.kz"
m("ksp01", "2026-11-16 08:30", DO, TIMUR, "Rooftop solar and energy audit - Pavlodar pipe mill", """
    Hello Mr Rakhimov,

    I found your company through the KazEnergy association. We are a pipe mill in Pavlodar with about 30,000 m2
    of shop roofs and a yearly bill of roughly 2.4 bn KZT. Our shareholders want an energy audit and, if it
    makes sense, rooftop solar. Could you tell us how you would approach this?

    Daniyar Omarov
    Head of Energy, KazSteel Pipe LLP
    +7 7182 61-40-95
    """, na=(True, "ksp02"))
m("ksp02", "2026-11-17 10:15", TIMUR, DO, "Re: Rooftop solar and energy audit - Pavlodar pipe mill", """
    Dear Daniyar,

    thank you for reaching out. We would start with a site visit: walk the shops and the roofs, look at the
    main substation and the compressed-air system, then propose the audit scope. For the roofs we need
    the snow-load data and the roof drawings. Which dates in early December suit you?
    """, re="ksp01", quote="en_gmail", sig=TIMUR + "/en")
m("ksp03", "2026-11-19 09:00", DO, TIMUR, "Re: Rooftop solar and energy audit - Pavlodar pipe mill", """
    Timur, 8 December works for the site visit. I will prepare the roof drawings.
    Please send the names of your people for the security office.
    Daniyar
    """, re="ksp02", quote="en_gmail", na=(True, "ksp04"),
    agreed=[A("client", "I will prepare the roof drawings.", None, "open")])
m("ksp04", "2026-11-19 11:30", TIMUR, DO, "Re: Rooftop solar and energy audit - Pavlodar pipe mill", """
    Daniyar, perfect. Timur Rakhimov and Olzhas Bekov (engineer), arriving 8 December at 09:30.
    Calendar invitation sent.
    """, re="ksp03", quote="en_gmail", sig=TIMUR + "/en")
ev("ev-ksp-survey-20261208@helios-energo.uz", "2026-12-08 09:30", "2026-12-08 17:00", "Asia/Almaty", TIMUR,
   [DO], "Site visit: KazSteel Pipe, Pavlodar", "Pavlodar, KazSteel Pipe LLP", created="2026-11-19 11:35")
m("ksp05", "2026-11-20 08:05", DO, TIMUR, "Re: Rooftop solar and energy audit - Pavlodar pipe mill", """
    Received, thank you. See you on the 8th.
    """, re="ksp04", quote="en_gmail", na=(False, None))

# ---------------------------------------------------------------- calls.csv (telephony export, own column names)
# row numbers as a spreadsheet numbers them: the header is row 1, the first call row 2
CALL_HEADER = ["UID вызова", "Старт вызова", "Вид вызова", "Доб. сотрудника", "Абонент Б", "Разговор, сек", "Метка"]
CALLS = [
    # (uid, time MSK, direction, ext, number, seconds, note, truth manager, truth client)
    ("c-88104", "05.10.2026 09:12", "входящий", "102", "8 (8482) 63-40-25", 420, "светильники цех 1-2", SERG, "ООО «ВолгаПласт»"),
    ("c-88391", "12.10.2026 11:30", "исходящий", "102", "+7 8482 63-40-25", 380, "по КП", SERG, "ООО «ВолгаПласт»"),
    ("c-88452", "14.10.2026 10:05", "входящий", "102", "+7 (912) 640-21-77", 610, "энергоаудит, Екб", SERG, "АО «Уралметиз»"),
    ("c-88517", "15.10.2026 16:20", "входящий", "102", "+7 4922 44-18-03", 300, "", SERG, "ООО «Мебельная фабрика Дубрава»"),
    ("c-88560", "16.10.2026 12:40", "исходящий", "102", "84956620890", 840, "мониторинг не работает", SERG, "ООО «ТЦ Меридиан»"),
    ("c-88702", "20.10.2026 10:15", "исходящий", "102", "+79126402177", 290, "даты выезда 11-12.11", SERG, "АО «Уралметиз»"),
    ("c-88731", "21.10.2026 15:00", "исходящий", "101", "+7 495 781-33-10", 0, "", KATE, "ООО «СеверЛогистик»"),
    ("c-88844", "26.10.2026 09:30", "входящий", "102", "8 (4912) 50-77-31", 260, "ферма, ТН", SERG, "ООО «Агрокомплекс Заречье»"),
    ("c-88990", "30.10.2026 11:10", "исходящий", "102", "+7 4922 44-18-03", 480, "субсидии", SERG, "ООО «Мебельная фабрика Дубрава»"),
    ("c-89120", "05.11.2026 07:50", "исходящий", "301", "+998 71 205-66-14", 0, "", TIMUR, "ООО «Tashkent Cold Service»"),
    ("c-89315", "10.11.2026 10:30", "исходящий", "102", "8-903-455-16-82", 360, "автосервис, LED", SERG, SOLE_TRADER),
    ("c-89577", "16.11.2026 14:00", "исходящий", "102", "+7 8482 63-40-25", 0, "", SERG, "ООО «ВолгаПласт»"),
    ("c-89690", "19.11.2026 15:10", "исходящий", "102", "+7 4912 50-77-31", 660, "варианты комплектации", SERG, "ООО «Агрокомплекс Заречье»"),
    ("c-89702", "20.11.2026 12:00", "входящий", "102", "+7 495 111-22-33", 95, "ошиблись номером", SERG, None),
    ("c-89811", "23.11.2026 08:20", "исходящий", "301", "+7 701 388-12-54", 540, "Даму, документы", TIMUR, "ТОО «Алатау Агро»"),
    ("c-89930", "24.11.2026 17:05", "входящий", "100", "+7 495 662-08-90", 300, "счёт за ноябрь", HEAD, "ООО «ТЦ Меридиан»"),
    ("c-90012", "26.11.2026 09:40", "входящий", "101", "+7 910 611-08-23", 0, "", KATE, "Kronwerk Verpackung Rus LLC"),
]


def call_row(uid):
    for i, c in enumerate(CALLS):
        if c[0] == uid:
            return "call:%d" % (i + 2)
    raise KeyError(uid)

# ---------------------------------------------------------------- Уралметиз (qualified after a site survey)
PN = "p.nikitin@uralmetiz.ru"
m("urm01", "2026-10-14 12:30", SERG, PN, "Опросный лист — энергоаудит", """
    Павел Сергеевич, добрый день!
    Как договорились по телефону, высылаю опросный лист для энергоаудита (вложение). Заполните, пожалуйста,
    что сможете, остальное соберём на месте.
    """, sig=SERG, attach=[("Oprosnyi_list_energoaudit.docx", "docx")])
m("urm02", "2026-10-19 08:10", PN, SERG, "RE: Опросный лист — энергоаудит", """
    Сергей Николаевич, добрый день.
    Опросный лист заполнен, во вложении. Данные по компрессорной и печам отжига — отдельным файлом.
    Готовы принять вашего инженера 11–12 ноября, раньше не получится — у нас ППР.

    --
    Никитин Павел Сергеевич
    главный энергетик АО «Уралметиз»
    моб. +7 912 640-21-77
    """, re="urm01", attach=[("Oprosnyi_list_Uralmetiz.docx", "docx"), ("kompressornaya_pechi.xlsx", "xlsx")],
    na=(True, call_row("c-88702")))
ev("ev-urm-survey-20261111@helios-energo.ru", "2026-11-11 09:00", "2026-11-12 17:00", "Asia/Yekaterinburg", SERG,
   [PN], "Энергообследование: Уралметиз, Екатеринбург (2 дня)", "Екатеринбург, ул. Монтажников, 4", created="2026-10-20 10:30")
m("urm03", "2026-11-13 16:00", SERG, PN, "Итоги обследования 11–12 ноября", """
    Павел Сергеевич, добрый день!
    Спасибо за два дня на заводе. Коротко, что увидели:
    - утечки в сети сжатого воздуха, по замерам около 30% производительности компрессоров;
    - освещение цехов 3 и 4 — ДРЛ, около 500 кВт установленной мощности;
    - пиковая нагрузка 4,2 МВт, печи отжига работают без рекуперации.
    Предлагаем полный энергоаудит с энергопаспортом и отдельной программой мероприятий (освещение, компрессоры).
    Отчёт по обследованию подготовим и пришлём до ВКС.
    """, re="urm02", noref=True, cc=[HEAD], sig=SERG,
    agreed=[A("manager", "Отчёт по обследованию подготовим и пришлём до ВКС.", None, "open")])
m("urm04", "2026-11-17 09:25", PN, SERG, "ВКС по результатам", """
    Сергей Николаевич, результаты предлагаю обсудить на ВКС 8 декабря в 10:00 по Москве, подключу главного
    инженера и финансиста. Пришлите ссылку, пожалуйста.

    Никитин П.С., моб. +7 912 640-21-77
    """, na=(True, "ics:ev-urm-vks-20261208@helios-energo.ru"))
ev("ev-urm-vks-20261208@helios-energo.ru", "2026-12-08 10:00", "2026-12-08 11:30", "Europe/Moscow", SERG,
   [PN], "ВКС: Уралметиз — результаты обследования и объём энергоаудита", "https://telemost.yandex.ru/j/48213377",
   created="2026-11-17 10:05")

# ---------------------------------------------------------------- ВолгаПласт (lost by long silence)
EG = "e.gromova@volgaplast.ru"
m("vol01", "2026-10-05 10:15", EG, SERG, "светильники для цехов", """
    Сергей, добрый день, по нашему разговору: цех литья и цех экструзии, всего 420 светильников ДРЛ-400,
    высота 9 м, работа в 2 смены. Жду расчёт.

    Громова Елена, инженер-энергетик ООО «ВолгаПласт», Тольятти
    """, na=(True, "vol02"))
m("vol02", "2026-10-07 14:50", SERG, EG, "Re: светильники для цехов", """
    Елена, добрый день!
    Расчёт:
    420 светильников Helios HB-150 (150 Вт, IP65, 5 лет гарантии) вместо ДРЛ-400, поставка и монтаж —
    6 930 000 руб. с НДС. Экономия около 1,46 млн кВт·ч в год, при тарифе 6,9 руб. — около 10 млн руб.
    в год, окупаемость меньше года по энергии, с учётом замены ламп ещё быстрее.
    Позвоню в понедельник, обсудим.
    """, re="vol01", quote="yandex", sig=SERG,
    agreed=[A("manager", "Позвоню в понедельник, обсудим.", "2026-10-12", "kept")])
m("vol03", "2026-10-20 11:00", SERG, EG, "Re: светильники для цехов", """
    Елена, добрый день! Как продвигается согласование расчёта у руководства? Если нужно, подготовлю вариант
    с поэтапной заменой.
    """, re="vol02", sig=SERG)
m("vol04", "2026-11-03 10:30", SERG, EG, "ВолгаПласт — расчёт по освещению", """
    Елена, добрый день! Напоминаю о нашем предложении по освещению цехов. Цены на светильники держим до конца
    ноября. Дайте знать, актуален ли вопрос.
    """, sig=SERG)

# ---------------------------------------------------------------- Дубрава (paused till next year)
VS = "v.sorokin@dubrava-mf.ru"
m("dub01", "2026-10-15 17:05", VS, SERG, "тепловые насосы для сушильных камер", """
    Сергей, добрый вечер. Как обсуждали по телефону — пришлите КП на тепловые насосы для 4 сушильных камер,
    сейчас греемся пеллетным котлом 500 кВт, пеллеты дорожают.
    Сорокин В.А., директор
    """, na=(True, "dub02"))
m("dub02", "2026-10-19 13:00", SERG, VS, "КП: тепловые насосы для сушильных камер — Дубрава", """
    Виктор Андреевич, добрый день!
    Во вложении КП: два тепловых насоса по 250 кВт с рекуперацией тепла из вытяжки камер, 18 400 000 руб.
    с НДС под ключ, экономия против пеллет около 3,5 млн руб. в год, окупаемость 5,2 года.
    """, re="dub01", sig=SERG, attach=[("KP_Dubrava_TN_2x250.pdf", "pdf")])
m("dub03", "2026-10-29 09:15", VS, SERG, "Re: КП: тепловые насосы для сушильных камер — Дубрава", """
    Сергей, посмотрел. А есть ли региональные субсидии на такое? Позвоните, как будет минута.
    """, re="dub02", quote="ru_gmail", na=(True, call_row("c-88990")))
m("dub04", "2026-11-17 12:40", VS, SERG, "Re: КП: тепловые насосы для сушильных камер — Дубрава", """
    Сергей, добрый день. Посчитали бюджет — в этом году не потянем, заказов мало, мебельный рынок стоит.
    Вернёмся к вопросу в следующем году, ближе к февралю–марту. За работу спасибо.

    Сорокин В.А.
    ООО «Мебельная фабрика Дубрава»
    """, re="dub03", quote="ru_gmail", na=(False, None))
m("dub05", "2026-11-17 14:00", SERG, VS, "Re: КП: тепловые насосы для сушильных камер — Дубрава", """
    Виктор Андреевич, понял вас. В феврале напомню о себе, к тому времени как раз будут новые условия по субсидиям.
    """, re="dub04", quote="ru_gmail", sig=SERG,
    agreed=[A("manager", "В феврале напомню о себе, к тому времени как раз будут новые условия по субсидиям.", None, "open")])

# ---------------------------------------------------------------- ТЦ Меридиан (won by booked sale; complaints)
OL = "o.lapteva@meridian-mall.ru"
m("mer01", "2026-10-06 11:00", OL, SERG, "Продление сервисного договора на СЭС", """
    Сергей, добрый день!
    Наш сервисный договор на обслуживание СЭС на кровле ТЦ заканчивается 31.10.2026. Пришлите, пожалуйста,
    условия продления на 2027 год.

    С уважением,
    Лаптева Ольга, главный инженер ТЦ «Меридиан»
    тел. +7 495 662-08-90 доб. 31
    """, na=(True, "mer02"))
m("mer02", "2026-10-08 10:20", SERG, OL, "RE: Продление сервисного договора на СЭС", """
    Ольга, добрый день!
    Условия на 2027: 4 плановых выезда, удалённый мониторинг, выезд по аварии за 48 часов,
    1 480 000 руб. в год с НДС. Проект договора во вложении.
    """, re="mer01", quote="ru_outlook", sig=SERG, attach=[("Servisnyi_dogovor_Meridian_2027.docx", "docx")])
m("mer03", "2026-10-16 09:50", OL, SERG, "мониторинг инверторов — третий раз", """
    Сергей, уже третий раз пишу: мониторинг инверторов не работает с конца сентября, ваш инженер обещал
    приехать на прошлой неделе и не приехал. Как мы можем продлевать договор, если текущий не исполняется?
    Прошу решить вопрос до конца недели.

    Лаптева О.
    """, cc=[HEAD], na=(True, call_row("c-88560")), complaint=True)
m("mer04", "2026-10-16 13:15", SERG, OL, "RE: мониторинг инверторов — третий раз", """
    Ольга, приношу извинения, это наша ошибка — заявка потерялась при смене диспетчера.
    Как и сказал по телефону: инженер будет у вас в понедельник, 19 октября, с 10:00.
    """, re="mer03", cc=[HEAD], quote="ru_outlook", sig=SERG,
    agreed=[A("manager", "Как и сказал по телефону: инженер будет у вас в понедельник, 19 октября, с 10:00.", "2026-10-19", "kept")])
ev("ev-mer-visit-20261019@helios-energo.ru", "2026-10-19 10:00", "2026-10-19 13:00", "Europe/Moscow", SERG,
   [OL], "Выезд инженера: ТЦ Меридиан, мониторинг инверторов", "Москва, ТЦ «Меридиан», кровля", created="2026-10-16 13:20")
m("mer05", "2026-10-20 15:30", OL, SERG, "RE: мониторинг инверторов — третий раз", """
    Сергей, мониторинг восстановили, спасибо. Договор на 2027 согласуем, пришлите финальную версию
    с выездом по аварии за 24 часа.
    """, re="mer04", quote="ru_outlook", na=(True, "mer06"))
m("mer06", "2026-10-22 12:00", SERG, OL, "RE: мониторинг инверторов — третий раз", """
    Ольга, финальная версия во вложении: выезд по аварии за 24 часа, 1 560 000 руб. в год с НДС.
    """, re="mer05", quote="ru_outlook", sig=SERG, attach=[("Servisnyi_dogovor_Meridian_2027_final.docx", "docx")])
m("mer07", "2026-11-02 16:10", OL, SERG, "RE: мониторинг инверторов — третий раз", """
    Договор на подписи у директора, оригиналы передадим с курьером.
    """, re="mer06", quote="ru_outlook", na=(False, None),
    agreed=[A("client", "Договор на подписи у директора, оригиналы передадим с курьером.", None, "kept")])
m("mer08", "2026-11-24 10:00", OL, HEAD, "Счёт за ноябрь — ошибка", """
    Андрей Викторович, добрый день!
    Счёт № 1239 за ноябрь снова выставлен по старой цене и без учёта акта сверки. Это уже вторая ошибка
    в ваших счетах за этот год, бухгалтерия его не примет. Просим разобраться и выставить корректный счёт.

    Лаптева Ольга, главный инженер ТЦ «Меридиан»
    """, cc=[SERG], na=(True, call_row("c-89930")), complaint=True)
m("int05", "2026-11-24 10:40", HEAD, SERG, "Fwd: Счёт за ноябрь — ошибка", """
    Сергей, посмотри с бухгалтерией, что со счётом Меридиана, и доложи сегодня.
    """, re="mer08", noref=True, quote="fwd")
m("mer09", "2026-11-25 09:30", HEAD, OL, "RE: Счёт за ноябрь — ошибка", """
    Ольга, добрый день!
    Как обсудили вчера по телефону: ошибка наша, счёт № 1239 отозван. Исправленный счёт пришлём до 30 ноября.
    """, re="mer08", cc=[SERG], quote="ru_outlook", sig=HEAD,
    agreed=[A("manager", "Исправленный счёт пришлём до 30 ноября.", "2026-11-30", "open")])

# ---------------------------------------------------------------- Агрокомплекс Заречье (call promised and kept; negotiation)
NF = "n.fedorov@zarechye-agro.ru"
m("zar01", "2026-10-26 10:05", NF, SERG, "Тепловой насос для фермы — запрос", """
    Сергей, добрый день, это Фёдоров, звонил утром.
    Молочная ферма на 800 голов, хотим тепловой насос на тепле охлаждения молока — горячая вода для мойки
    и отопление административного корпуса. Пришлите предложение.

    Фёдоров Н.П., главный инженер
    ООО «Агрокомплекс Заречье», Рязанская обл.
    """, na=(True, "zar02"))
m("zar02", "2026-10-28 17:30", SERG, NF, "Re: Тепловой насос для фермы — запрос", """
    Николай Петрович, добрый день!
    Предложение:
    - тепловой насос 120 кВт на тепле охладителей молока + рекуперация тепла вентиляции коровника;
    - 7 850 000 руб. с НДС с монтажом;
    - экономия на газе и электрокотлах около 1,9 млн руб. в год, окупаемость 4,1 года.
    Если удобно, подъеду на ферму посмотреть молочный блок.
    """, re="zar01", quote="ru_gmail", sig=SERG)
m("zar03", "2026-11-16 08:45", NF, SERG, "Re: Тепловой насос для фермы — запрос", """
    Сергей, дорого. У соседей в Михайлове ставили за 6 млн. И какие сроки монтажа?
    Фёдоров
    """, re="zar02", quote="ru_gmail", na=(True, "zar04"))
m("zar04", "2026-11-17 09:10", SERG, NF, "Re: Тепловой насос для фермы — запрос", """
    Николай Петрович, у соседей, насколько знаю, без рекуперации вентиляции — можно и так.
    Перезвоню в четверг, обсудим варианты комплектации.
    """, re="zar03", quote="ru_gmail", sig=SERG,
    agreed=[A("manager", "Перезвоню в четверг, обсудим варианты комплектации.", "2026-11-19", "kept")])
m("zar05", "2026-11-20 10:00", SERG, NF, "Заречье — вариант без рекуперации", """
    Николай Петрович, добрый день!
    Как обсудили по телефону: вариант без рекуперации вентиляции — 6 450 000 руб. с НДС, монтаж в январе,
    окупаемость около 3,9 года. Обновлённый расчёт с графиком платежей пришлю до 2 декабря.
    """, sig=SERG,
    agreed=[A("manager", "Обновлённый расчёт с графиком платежей пришлю до 2 декабря.", "2026-12-02", "open")])
m("zar06", "2026-11-23 11:20", NF, SERG, "Re: Заречье — вариант без рекуперации", """
    Хорошо, жду расчёт. Решение примем до 15 декабря, чтобы успеть заложить в бюджет на следующий год.
    Фёдоров Н.П.
    """, re="zar05", quote="ru_gmail", na=(False, None),
    agreed=[A("client", "Решение примем до 15 декабря, чтобы успеть заложить в бюджет на следующий год.", "2026-12-15", "open")])

# ---------------------------------------------------------------- ИП Гаврилов (sole trader on free mail)
OG = SOLE_TRADER
m("gav01", "2026-11-09 20:15", OG, SERG, "светодиодные лампы автосервис", """
    Сергей добрый вечер мне ваш номер дал Фёдоров из Заречья.
    У меня автосервис 600 кв.м, 6 постов, хочу поменять лампы на светодиоды, сколько это будет стоить?
    Гаврилов Олег
    ИП Гаврилов О.В., автосервис «Гараж-74», Рязань
    8-903-455-16-82
    """, na=(True, call_row("c-89315")))
m("gav02", "2026-11-11 11:40", SERG, OG, "Re: светодиодные лампы автосервис", """
    Олег, добрый день! Спасибо за разговор.
    Как обещал, цифры: 48 светильников (посты и зона приёмки), 312 000 руб. с монтажом, монтаж за один
    выходной день. Экономия около 9 000 руб. в месяц на электроэнергии, окупаемость около 3 лет.
    """, re="gav01", quote="ru_gmail", sig=SERG)
m("gav03", "2026-11-25 19:50", OG, SERG, "Re: светодиодные лампы автосервис", """
    Сергей цена нормальная. Я до 2-го в Казани, давайте созвонимся 3 декабря, обсудим когда монтировать.
    """, re="gav02", na=(True, "gav04"))
m("gav04", "2026-11-26 09:05", SERG, OG, "Re: светодиодные лампы автосервис", """
    Олег, хорошо, 3 декабря наберу вас с утра.
    """, re="gav03", quote="ru_gmail", sig=SERG,
    agreed=[A("manager", "Олег, хорошо, 3 декабря наберу вас с утра.", "2026-12-03", "open")])

# ---------------------------------------------------------------- Brightwell (first contact)
SW = "s.whitmore@brightwell.co.uk"
m("bri01", "2026-11-23 12:10", SW, KATE, "Energy audit for ISO 50001 - Kaluga plant", """
    Dear Ekaterina,

    Jens Hoffmann at Kronwerk gave me your details. Our UK parent requires ISO 50001 certification of all
    sites by the end of 2027, and we need an energy audit of our Kaluga plant (electronics assembly, 12,000 m2,
    about 9 GWh a year) as the starting point. Could you tell me how you work and what it would roughly cost?

    Kind regards,
    Sarah Whitmore
    Operations Director, Brightwell Components Rus
    +7 4842 27-90-16
    """, na=(True, "bri02"))
m("bri02", "2026-11-24 10:30", KATE, SW, "RE: Energy audit for ISO 50001 - Kaluga plant", """
    Dear Sarah,

    thank you, and my thanks to Jens. We would do it in three steps: a one-day walk-through, two weeks of
    metering on the main feeders, then the report with the energy baseline and the measures ISO 50001 asks for.
    For a plant of your size the audit is usually 850 000 - 1 100 000 RUB.
    Could you send us the electricity bills for the last 12 months?
    I'll call you on Tuesday to agree the survey dates.
    """, re="bri01", quote="en_outlook", sig=KATE + "/en",
    agreed=[A("manager", "I'll call you on Tuesday to agree the survey dates.", "2026-12-01", "open")])
m("bri03", "2026-11-25 15:00", SW, KATE, "RE: Energy audit for ISO 50001 - Kaluga plant", """
    Ekaterina, Tuesday is fine, after 2 pm please.
    I've asked finance for the bills, you'll have them by the end of the week.
    Sarah
    """, re="bri02", quote="en_outlook", na=(False, None),
    agreed=[A("client", "I've asked finance for the bills, you'll have them by the end of the week.", "2026-11-27", "kept")])

# ---------------------------------------------------------------- Hanse Logistik Park (qualified after survey; third-party grievance)
TB = "t.brandt@hanse-lp.com"
m("han01", "2026-10-19 14:00", TB, KATE, "Solar on our warehouses - Domodedovo", """
    Hello Ms Smirnova,

    Erik Sandberg from Nordvik recommended you. We run a logistics park near Domodedovo - three warehouses,
    about 46,000 m2 of roof. Our tenants ask for green power and our group has a 2030 CO2 target.
    Would you have a look at whether rooftop solar makes sense for us?

    Thomas Brandt
    Technical Director | Hanse Logistik Park
    Mob. +7 985 220-41-73
    """, na=(True, "han02"))
m("han02", "2026-10-20 09:45", KATE, TB, "RE: Solar on our warehouses - Domodedovo", """
    Hello Thomas,

    with pleasure. I suggest a roof survey on Thursday, 5 November (4 November is a public holiday here).
    Please have the roof drawings and the grid connection documents ready.
    """, re="han01", quote="en_outlook", sig=KATE + "/en")
ev("ev-han-survey-20261105@helios-energo.ru", "2026-11-05 10:00", "2026-11-05 15:00", "Europe/Moscow", KATE,
   [TB], "Roof survey: Hanse Logistik Park (3 buildings)", "Domodedovo, Hanse Logistik Park", created="2026-10-20 10:00")
m("han03", "2026-11-06 17:10", KATE, TB, "Survey summary - Hanse Logistik Park", """
    Thomas,

    thank you for yesterday. In short: the roof of building B is suitable for about 1.5 MWp as it is,
    building A would need reinforcement, building C is leased until 2028 with a roof clause.
    The limiting factor will be the grid connection. Please send us the technical conditions (TU) you have
    from the grid company.
    """, sig=KATE + "/en")
m("han04", "2026-11-13 11:25", TB, KATE, "RE: Survey summary - Hanse Logistik Park", """
    Ekaterina,

    attached are our existing TU. Honestly, the grid company has been sitting on our application for additional
    capacity for four months now, and nobody there even answers the phone - we are extremely frustrated with them.
    Can you work within the existing 2.5 MW?

    Thomas
    """, re="han03", quote="en_gmail", attach=[("TU_Hanse_2021.pdf", "pdf")], na=(True, "han05"), complaint=False)
m("han05", "2026-11-16 12:00", KATE, TB, "RE: Survey summary - Hanse Logistik Park", """
    Thomas,

    yes - within the existing TU we can go to 1.2 MWp on building B without new capacity, all self-consumed.
    We will prepare a concept with a budget estimate and present it to you on 9 December, invitation sent.
    """, re="han04", quote="en_gmail", sig=KATE + "/en",
    agreed=[A("manager", "We will prepare a concept with a budget estimate and present it to you on 9 December, invitation sent.", "2026-12-09", "open")])
ev("ev-han-concept-20261209@helios-energo.ru", "2026-12-09 14:00", "2026-12-09 15:30", "Europe/Moscow", KATE,
   [TB], "Hanse Logistik Park: solar concept 1.2 MWp, building B", "Domodedovo, Hanse Logistik Park, admin building",
   created="2026-11-16 12:05")
m("han06", "2026-11-19 10:05", TB, KATE, "battery storage?", """
    Ekaterina, one more thing for the 9th: could you include an option with battery storage for peak shaving?
    Our peak is in the evening when the trucks are loaded.
    Thomas
    """, na=(True, "han07"))
m("han07", "2026-11-19 12:30", KATE, TB, "RE: battery storage?", """
    Thomas, sure - we'll add a 500 kW / 1 MWh storage option to the concept for the 9th.
    """, re="han06", quote="en_gmail", sig=KATE + "/en",
    agreed=[A("manager", "Thomas, sure - we'll add a 500 kW / 1 MWh storage option to the concept for the 9th.", "2026-12-09", "open")])

# ---------------------------------------------------------------- not clients: newsletters, cold sender, cold outreach + auto-reply, internal
ALL = [HEAD, KATE, TIMUR, SERG]
m("news01", "2026-10-15 07:00", "news@energo-digest.ru", "subscribers@energo-digest.ru", "Энерго-Дайджест №41: тарифы 2027, ВИЭ на рынке розницы", """
    Энерго-Дайджест, выпуск №41

    - ФАС согласовала рост сетевых тарифов на 2027 год: +11,6% с 1 июля.
    - Минэнерго: порог для микрогенерации предложено поднять до 30 кВт.
    - Обзор: светодиодные светильники для складов — цены за год снизились на 8%.

    Вы получили это письмо, потому что подписаны на рассылку. Отписаться: https://energo-digest.ru/unsubscribe
    """, headers={"List-Unsubscribe": "<https://energo-digest.ru/unsubscribe>", "Precedence": "bulk"},
    rcpt_boxes=ALL)
m("news02", "2026-11-19 07:00", "digest@pv-insider.com", "newsletter@pv-insider.com", "PV Insider Weekly: module prices hit new low, Central Asia tenders", """
    PV Insider Weekly - 19 November 2026

    * TOPCon module spot prices fall below USD 0.09/W
    * Uzbekistan announces 1.2 GW of new tenders for 2027
    * Case study: 2 MW rooftop on a cold-storage warehouse in Poland

    You are receiving this because you subscribed at pv-insider.com. Unsubscribe: https://pv-insider.com/u
    """, headers={"List-Unsubscribe": "<https://pv-insider.com/u>", "Precedence": "bulk"},
    rcpt_boxes=[KATE, TIMUR])
m("cold01", "2026-11-05 04:12", "sales@sunrise-pvtrade.com", KATE, "Tier-1 panels 0.085 USD/W, stock in Moscow - partnership?", """
    Dear Ekaterina,

    Hope this email finds you well. Sunrise PV Trade is a leading distributor of Tier-1 modules and inverters.
    We have 12 MW of 580 W TOPCon modules in a Moscow bonded warehouse at USD 0.085/W. Can we set up a call
    this week to discuss a partnership?

    Kevin Zhao
    Business Development, Sunrise PV Trade Co., Ltd.
    """)
m("out01", "2026-11-18 10:00", SERG, "info@ivtextile.ru", "Снижение затрат на освещение цехов — Гелиос Энерго", """
    Добрый день!
    Гелиос Энерго занимается светодиодной модернизацией освещения и энергоаудитом промышленных предприятий.
    Для текстильных фабрик замена освещения окупается обычно за 1,5–2 года. Если тема актуальна, буду рад
    подготовить расчёт для вашего производства.
    """, sig=SERG)
m("out01r", "2026-11-18 10:00", "info@ivtextile.ru", SERG, "Автоответ: Снижение затрат на освещение цехов — Гелиос Энерго", """
    Здравствуйте! Ваше письмо получено и будет передано в соответствующий отдел. Это автоматический ответ,
    отвечать на него не нужно.
    ООО «ИвТекстиль»
    """, re="out01", headers={"Auto-Submitted": "auto-replied"})
m("int01", "2026-10-05 08:30", HEAD, [KATE, TIMUR, SERG], "План на Q4 и планёрки", """
    Коллеги, доброе утро.
    План на Q4 загрузил в систему: Москва — 150 млн, Центральная Азия — 90 млн (в рублях по курсу).
    Планёрки по понедельникам в 10:00 по Москве (Тимур — по ВКС).
    По каждой сделке выше 10 млн — копию КП мне.
    """, sig=HEAD)
m("int04", "2026-11-20 18:30", TIMUR, HEAD, "Weekly: Central Asia", """
    Андрей, коротко по неделе:
    - Samarkand Textile: встреча с CFO 1 декабря в Ташкенте, торгуемся вокруг 468 тыс. долл.
    - Алатау Агро: КП у них, ждём реакции.
    - KazSteel Pipe: выезд 8 декабря.
    - Tashkent Cold — проиграли местным по цене, закрываю.
    """, sig=TIMUR)

ev("ev-int-weekly-20261130@helios-energo.ru", "2026-11-30 10:00", "2026-11-30 11:00", "Europe/Moscow", HEAD,
   [KATE, TIMUR, SERG], "Планёрка отдела продаж", "переговорная 2 / ВКС", created="2026-11-23 18:00")

# ---------------------------------------------------------------- late additions to the English threads
m("han08", "2026-11-25 10:00", TB, KATE, "RE: battery storage?", """
    Ekaterina, our CFO Ms Keller will join on the 9th as well, she flies in from Hamburg.
    Could you send a short agenda beforehand so she can prepare?
    Thomas
    """, re="han07", quote="en_gmail", na=(True, "han09"))
m("han09", "2026-11-25 11:15", KATE, TB, "RE: battery storage?", """
    Thomas, of course - the agenda will come with the updated invitation.
    We'll plan 90 minutes: concept, yield, budget, storage option, next steps.
    """, re="han08", quote="en_gmail", sig=KATE + "/en",
    agreed=[A("manager", "Thomas, of course - the agenda will come with the updated invitation.", None, "open")])
m("ksp06", "2026-11-24 07:40", DO, TIMUR, "Furnace heat?", """
    Timur, one more topic for the 8th: our CFO asks whether the waste heat from the annealing furnaces could
    heat the shops in winter (we pay a lot for district heating). Can your team look at that too?
    Daniyar Omarov | +7 7182 61-40-95
    """, na=(True, "ksp07"))
m("ksp07", "2026-11-24 09:30", TIMUR, DO, "Re: Furnace heat?", """
    Daniyar, good idea - that is exactly where heat pumps pay back fastest.
    We will bring our heat-pump engineer on the 8th as well.
    """, re="ksp06", quote="en_gmail", sig=TIMUR + "/en",
    agreed=[A("manager", "We will bring our heat-pump engineer on the 8th as well.", "2026-12-08", "open")])
m("bri04", "2026-11-27 12:30", SW, KATE, "Electricity bills Jan-Oct 2026", """
    Ekaterina, as promised, the bills from January to October attached; November will follow when we have it.
    Sarah
    """, attach=[("Brightwell_electricity_2026.pdf", "pdf")], na=(False, None))
m("sam12", "2026-11-23 10:15", BU, TIMUR, "roof reinforcement drawings", """
    Timur, good day. Before the meeting on 1 December our structural engineer wants to see the reinforcement
    drawings for the two bays. Please send them.
    Bakhtiyor
    """, cc=[MA], na=(True, "sam13"))
m("sam13", "2026-11-23 12:00", TIMUR, BU, "Re: roof reinforcement drawings", """
    Bakhtiyor, our designer is finishing them. I'll send them by Friday.
    """, re="sam12", cc=[MA], quote="en_gmail", sig=TIMUR + "/en",
    agreed=[A("manager", "I'll send them by Friday.", "2026-11-27", "kept")])
m("sam14", "2026-11-27 11:05", TIMUR, BU, "Re: roof reinforcement drawings", """
    Bakhtiyor, the drawings are attached (KM stage, two bays, axes 12-14).
    """, re="sam13", cc=[MA], quote="en_gmail", sig=TIMUR + "/en", attach=[("SamTex_roof_reinforcement_KM.pdf", "pdf")])
m("cold02", "2026-11-12 04:30", "sales@sunrise-pvtrade.com", KATE, "RE: Tier-1 panels 0.085 USD/W, stock in Moscow - partnership?", """
    Dear Ekaterina,

    just following up on my email below. The price is valid until the end of November. Would Thursday or
    Friday work for a 15-minute call?

    Kevin
    """, re="cold01", quote="en_outlook")

# ---------------------------------------------------------------- client mail still waiting for an answer at as_of
m("urm05", "2026-11-20 08:35", PN, SERG, "RE: Итоги обследования 11–12 ноября", """
    Сергей Николаевич, добрый день.
    Финансист просит ориентировочную стоимость энергоаудита уже сейчас — закладывает бюджет на 2027 год.
    Пришлите, пожалуйста, хотя бы вилку.

    Никитин П.С.
    """, re="urm03", quote="ru_outlook", na=(True, None))
m("zar07", "2026-11-26 14:10", NF, SERG, "лизинг?", """
    Сергей, ещё вопрос: можно ли оформить тепловой насос в лизинг через вас или нам искать лизинговую компанию
    самим? Ответьте, пожалуйста.
    Фёдоров
    """, na=(True, None))
m("mer10", "2026-11-27 10:30", OL, SERG, "акт сверки и график выездов", """
    Сергей, добрый день!
    Пришлите, пожалуйста, акт сверки за 2026 год и график плановых выездов на 2027 год по новому договору.

    Лаптева Ольга, главный инженер ТЦ «Меридиан»
    """, na=(True, None))
m("sam15", "2026-11-27 16:20", BU, TIMUR, "Re: roof reinforcement drawings", """
    Timur, received, thank you. Does the reinforcement need a permit from the city architecture department,
    or is it covered by the existing building permit?
    Bakhtiyor
    """, re="sam14", cc=[MA], quote="en_gmail", na=(True, None))

# ---------------------------------------------------------------- ground truth that is not attached to one message
NEGOTIATIONS = [
    dict(client="ООО «СеверЛогистик»", manager=KATE, product="solar", stage="won", stage_evidence="sev12",
         next_contact="2026-12-03", next_contact_source="meeting", amount=(3590000000, "RUB"), expected_close=None),
    dict(client="Kronwerk Verpackung Rus LLC", manager=KATE, product="led", stage="contract", stage_evidence="kro08",
         next_contact="2026-12-02", next_contact_source="client_request", amount=(1348000000, "RUB"), expected_close="2026-12-04"),
    dict(client="Nordvik Foods Rus", manager=KATE, product="heatpump", stage="proposal", stage_evidence="nor09",
         next_contact="2026-11-30", next_contact_source="manager_promise", amount=(2370000000, "RUB"), expected_close=None),
    dict(client="Brightwell Components Rus", manager=KATE, product="audit", stage="lead", stage_evidence="bri01",
         next_contact="2026-12-01", next_contact_source="manager_promise", amount=None, expected_close=None),
    dict(client="Hanse Logistik Park", manager=KATE, product="solar", stage="qualified", stage_evidence="han05",
         next_contact="2026-12-09", next_contact_source="meeting", amount=None, expected_close=None),
    dict(client="АО «Уралметиз»", manager=SERG, product="audit", stage="qualified", stage_evidence="urm03",
         next_contact="2026-12-08", next_contact_source="meeting", amount=None, expected_close=None),
    dict(client="ООО «ВолгаПласт»", manager=SERG, product="led", stage="lost", stage_evidence="vol04",
         next_contact=None, next_contact_source=None, amount=(693000000, "RUB"), expected_close=None),
    dict(client="ООО «Мебельная фабрика Дубрава»", manager=SERG, product="heatpump", stage="proposal", stage_evidence="dub02",
         next_contact=None, next_contact_source=None, amount=(1840000000, "RUB"), expected_close=None),
    dict(client="ООО «ТЦ Меридиан»", manager=SERG, product="service", stage="won", stage_evidence="sales.csv:HE-2611-012",
         next_contact="2026-11-30", next_contact_source="manager_promise", amount=(156000000, "RUB"), expected_close=None),
    dict(client="ООО «Агрокомплекс Заречье»", manager=SERG, product="heatpump", stage="negotiation", stage_evidence="zar05",
         next_contact="2026-12-02", next_contact_source="manager_promise", amount=(645000000, "RUB"), expected_close="2026-12-15"),
    dict(client=SOLE_TRADER, manager=SERG, product="led", stage="proposal", stage_evidence="gav02",
         next_contact="2026-12-03", next_contact_source="client_request", amount=(31200000, "RUB"), expected_close=None),
    dict(client="ТОО «Алатау Агро»", manager=TIMUR, product="solar", stage="proposal", stage_evidence="ala05",
         next_contact="2026-12-02", next_contact_source="client_request", amount=(48600000000, "KZT"), expected_close=None),
    dict(client="Samarkand Textile Group", manager=TIMUR, product="solar", stage="negotiation", stage_evidence="sam08",
         next_contact="2026-12-01", next_contact_source="meeting", amount=(46800000, "USD"), expected_close="2026-12-15"),
    dict(client="ООО «Tashkent Cold Service»", manager=TIMUR, product="led", stage="lost", stage_evidence="tcs05",
         next_contact=None, next_contact_source=None, amount=(6120000, "USD"), expected_close=None),
    dict(client="ТОО «KazSteel Pipe»", manager=TIMUR, product="audit", stage="lead", stage_evidence="ksp01",
         next_contact="2026-12-08", next_contact_source="meeting", amount=None, expected_close=None),
]

NOT_NEGOTIATIONS = [
    ("news@energo-digest.ru", "newsletter"),
    ("digest@pv-insider.com", "newsletter"),
    ("sales@sunrise-pvtrade.com", "unknown sender, no answer"),
    ("info@ivtextile.ru", "auto-reply"),
]

PLANS = [
    # period, scope, team, manager, product, metric, amount, currency
    ("2026-Q4", "company", "", "", "", "amount", "240000000", "RUB"),
    ("2026-Q4", "team", "Москва", "", "", "amount", "150000000", "RUB"),
    ("2026-Q4", "team", "Центральная Азия", "", "", "amount", "90000000", "RUB"),
    ("2026-11", "manager", "", KATE, "", "amount", "40000000", "RUB"),
    ("2026-11", "manager", "", SERG, "", "amount", "12000000", "RUB"),
    ("2026-11", "manager", "", TIMUR, "", "amount", "30000000", "RUB"),
    ("2026-12", "manager", "", KATE, "", "amount", "45000000", "RUB"),
    ("2026-12", "manager", "", SERG, "", "amount", "15000000", "RUB"),
    ("2026-12", "manager", "", TIMUR, "", "amount", "35000000", "RUB"),
    ("2026-11", "manager", "", KATE, "", "deals", "2", ""),
]

SALES = [
    # external_id, date, manager, product, client, amount, currency
    ("HE-2611-007", "18.11.2026", KATE, "solar", "ООО «СеверЛогистик»", "35 900 000,00", "RUB"),
    ("HE-2611-012", "20.11.2026", SERG, "service", "ООО «ТЦ Меридиан»", "1 560 000,00", "RUB"),
]
FX = {"USD": 92.0, "EUR": 100.0, "KZT": 0.19, "UZS": 0.0072}
