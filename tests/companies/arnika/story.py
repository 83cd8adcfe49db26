"""Арника Страховой Брокер: every message, meeting and call, written by hand, with labels.

Message fields: k key, d local date-time, f sender key, t/c recipient keys, s subject,
b new text (signature is added from SIG unless sig=False), re parent key (In-Reply-To),
irt=False drops In-Reply-To/References (a reply whose client lost the headers),
q quote style of the parent (outlook_ru, outlook_en, gmail_ru, gmail_en, yandex, mailru,
iphone_ru, iphone_en), fwd key of a forwarded message, att attachment names,
ag [(quote, due, status)] commitments of the sender, na=False a client message needing
no answer, ans explicit answered_by ('call:N' spreadsheet row of calls.csv, 'ics:UID',
a message key, or None = unanswered), cp 'us' or 'third' complaint, tz UTC offset.
"""

AS_OF = "2026-12-04T18:00:00+03:00"
DOMAIN = "arnika-broker.ru"

# key: (name, email, org)  org = 'us' or a client name / sole-trader marker / 'noise'
P = {
    "head": ("Галина Воронцова", "g.vorontsova@arnika-broker.ru", "us"),
    "shilov": ("Артём Шилов", "a.shilov@arnika-broker.ru", "us"),
    "mart": ("Елена Мартиросян", "e.martirosyan@arnika-broker.ru", "us"),
    "koval": ("Дмитрий Ковалёнок", "d.kovalenok@arnika.by", "us"),
    # clients
    "babenko": ("Игорь Бабенко", "i.babenko@stroymonolit.ru", "ООО «СтройМонолит»"),
    "lyapin": ("Сергей Ляпин", "s.lyapin@tlvolga.ru", "АО «ТрансЛогистик Волга»"),
    "demina": ("Ольга Дёмина", "o.demina@tlvolga.ru", "АО «ТрансЛогистик Волга»"),
    "taras": ("Алексей Тарасенко", "a.tarasenko@kubzerno.ru", "ООО «Кубань-Зерно»"),
    "kim": ("Наталья Ким", "n.kim@medtehplus.ru", "ООО «Медтехника Плюс»"),
    "rozhkov": ("Виктор Рожков", "v.rozhkov@medtehplus.ru", "ООО «Медтехника Плюс»"),
    "rustam": ("Рустам", "rustam.gasanov77@yandex.ru", "rustam.gasanov77@yandex.ru"),
    "osipova": ("Марина Осипова", "m.osipova@siblesprom.ru", "ООО «Сиблеспром»"),
    "iyer": ("Rajesh Iyer", "rajesh.iyer@sunrise-pharma.com", "Sunrise Pharma Distribution"),
    "nair": ("Priya Nair", "priya.nair@sunrise-pharma.com", "Sunrise Pharma Distribution"),
    "jussi": ("Jussi Heikkinen", "jussi.heikkinen@kalliopaper.com", "Kallio Paper"),
    "sorokina": ("Anna Sorokina", "anna.sorokina@kalliopaper.com", "Kallio Paper"),
    "pieter": ("Pieter van der Berg", "pieter@vdberg-flowers.nl", "Van der Berg Flowers"),
    "ksenia": ("Ksenia Orlova", "ksenia.orlova@vdberg-flowers.nl", "Van der Berg Flowers"),
    "sargsyan": ("Армен Саргсян", "a.sargsyan@ararat-textile.am", "ЗАО «Арарат Текстиль»"),
    "karapet": ("Тигран Карапетян", "t.karapetyan@ararat-textile.am", "noise"),
    "akopyan": ("Гаяне Акопян", "g.akopyan@evnfoodtrade.am", "ООО «Ереван Фуд Трейд»"),
    "lebedeva": ("Юлия Лебедева", "yu.lebedeva@nevasoft.ru", "ООО «НеваСофт»"),
    "shevchuk": ("Андрей Шевчук", "a.shevchuk@polesie-moloko.by", "ОАО «Полесье Молоко»"),
    "lis": ("Виктор Лис", "v.lis@minskautotrans.by", "ООО «МинскАвтоТранс»"),
    "misyuk": ("Ольга Мисюк", "o.misyuk@belchimplast.by", "СООО «БелХимПласт»"),
    "buiko": ("Ирина Буйко", "i.buiko@grodnomebel.by", "ЧУП «Гродно Мебель»"),
    "zhuk": ("Светлана Жук", "svetlana.zhuk.ip@gmail.com", "svetlana.zhuk.ip@gmail.com"),
    "gurov": ("Павел Гуров", "p.gurov@regionenergosbyt.ru", "АО «РегионЭнергоСбыт»"),
    # noise
    "digest": ("Страховой дайджест", "digest@strahovoy-digest.ru", "noise"),
    "leadgen": ("Кирилл | ЛидМастер B2B", "kirill@leadmaster-b2b.ru", "noise"),
    "riskdata": ("Tom from RiskData", "tom@riskdata.io", "noise"),
    "forum": ("Оргкомитет Страхового форума", "org@insforum.by", "noise"),
}

# client directory: name, domains, owner key, segment, phones
CLIENTS = [
    ("ООО «СтройМонолит»", "stroymonolit.ru", "shilov", "Строительство", "+7 916 233-41-07"),
    ("АО «ТрансЛогистик Волга»", "tlvolga.ru", "shilov", "Транспорт", "+7 (8482) 55-31-90"),
    ("ООО «Кубань-Зерно»", "kubzerno.ru", "shilov", "Агро", "+7 918 340-55-12"),
    ("ООО «Медтехника Плюс»", "medtehplus.ru", "shilov", "Торговля", "+7 495 641-20-88"),
    ("ООО «Сиблеспром»", "siblesprom.ru", "shilov", "Лесопромышленность", ""),
    ("Sunrise Pharma Distribution", "sunrise-pharma.com", "mart", "Фарма", ""),
    ("Kallio Paper", "kalliopaper.com", "mart", "Целлюлозно-бумажная", "+358 40 718 2290"),
    ("Van der Berg Flowers", "vdberg-flowers.nl", "mart", "Импорт", ""),
    ("ЗАО «Арарат Текстиль»", "ararat-textile.am", "mart", "Лёгкая промышленность", ""),
    ("ООО «Ереван Фуд Трейд»", "evnfoodtrade.am", "mart", "Дистрибуция", "+374 10 548221"),
    ("ООО «НеваСофт»", "nevasoft.ru", "mart", "ИТ", ""),
    ("ОАО «Полесье Молоко»", "polesie-moloko.by", "koval", "Пищевая промышленность", "+375 29 614-27-83"),
    ("ООО «МинскАвтоТранс»", "minskautotrans.by", "koval", "Транспорт", "+375 17 286-45-10"),
    ("СООО «БелХимПласт»", "belchimplast.by", "koval", "Химия", ""),
    ("ЧУП «Гродно Мебель»", "grodnomebel.by", "koval", "Мебель", ""),
    ("АО «РегионЭнергоСбыт»", "regionenergosbyt.ru", "head", "Энергетика", "+7 495 987-33-10"),
]

SIG = {
    "shilov": "--\nШилов Артём\nАрника Страховой Брокер\nм. +7 916 402-18-33",
    "mart": ("С уважением / Best regards,\nЕлена Мартиросян | Elena Martirosyan\n"
             "Ведущий менеджер по работе с корпоративными клиентами\n"
             "ООО «Арника Страховой Брокер»\nт. +7 495 780-14-23 доб. 203 | м. +7 903 711-58-20\n"
             "www.arnika-broker.ru"),
    "koval": "С уважением,\nДмитрий Ковалёнок\nАрника Страховой Брокер, офис в Минске\n+375 29 355-81-40",
    "head": ("С уважением,\nГалина Сергеевна Воронцова\nГенеральный директор\n"
             "ООО «Арника Страховой Брокер»\n+7 495 780-14-23"),
    "babenko": "Бабенко И.В.\nДиректор по строительству\nООО «СтройМонолит»\nмоб. +7 916 233-41-07",
    "lyapin": "С уважением,\nЛяпин Сергей Андреевич\nначальник АТЦ\nАО «ТрансЛогистик Волга»\nт. +7 917 604-22-19",
    "demina": "",
    "taras": "Тарасенко Алексей\nлогистика, ООО «Кубань-Зерно»\n+7 918 340-55-12",
    "kim": "Наталья Ким\nHR-директор | ООО «Медтехника Плюс»\nт. +7 495 641-20-88 доб. 114",
    "rozhkov": "Отправлено с iPhone",
    "rustam": "Отправлено из мобильной Яндекс Почты",
    "osipova": "Осипова Марина Юрьевна\nФинансовый директор\nООО «Сиблеспром», Новосибирск\nмоб. +7 913 208-66-41",
    "iyer": "Rajesh Iyer\nCountry Manager Russia & CIS\nSunrise Pharma Distribution\nM: +7 985 120-44-73 | Mumbai HQ: +91 22 4890 1200",
    "nair": "Priya Nair | Finance & Compliance\nSunrise Pharma Distribution (Moscow office)",
    "jussi": "Br,\nJussi Heikkinen\nCFO, Kallio Paper Mill\n+358 40 718 2290",
    "sorokina": "Kind regards,\nAnna Sorokina\nInsurance & Risk Coordinator\nKallio Paper Mill, Pitkyaranta\nmob. +7 921 455-09-36",
    "pieter": "Met vriendelijke groet / Kind regards,\nPieter van der Berg\nVan der Berg Flowers B.V.\nAalsmeer | Moscow\nT +31 20 794 1180",
    "ksenia": "Ksenia Orlova\nOffice Manager, Van der Berg Flowers Moscow\n+7 916 870-33-52",
    "sargsyan": "С уважением,\nАрмен Саргсян\nФинансовый директор ЗАО «Арарат Текстиль»\nмоб. +374 91 442718",
    "akopyan": "Гаяне Акопян\nкоммерческий директор\nООО «Ереван Фуд Трейд»\n+374 10 548221",
    "lebedeva": "Юлия Лебедева\nHR Director, НеваСофт\n+7 812 336-70-15",
    "shevchuk": "С уважением,\nШевчук Андрей Николаевич\nначальник отдела логистики\nОАО «Полесье Молоко»\nмоб. +375 29 614-27-83",
    "lis": "В. Лис, зам. директора по транспорту\nООО «МинскАвтоТранс»",
    "misyuk": "Мисюк О.П.\nфинансовый директор СООО «БелХимПласт»\nтел. +375 214 59-33-20",
    "buiko": "Ирина Буйко, специалист по персоналу\nЧУП «Гродно Мебель»\n+375 152 74-18-06",
    "zhuk": "Светлана\nИП Жук С.В.\n+375 33 690-12-54",
    "gurov": "С уважением,\nП.А. Гуров\nКорпоративный секретарь\nАО «РегионЭнергоСбыт»\n+7 495 987-33-10",
}

M = []


def m(k, d, f, t, s, b, **kw):
    M.append(dict(k=k, d=d, f=f, t=t if isinstance(t, list) else [t], s=s, b=b.strip("\n"), **kw))


# ======================= Шилов: СтройМонолит (СМР, won) =======================
m("sm1", "2026-10-07 09:12", "babenko", "shilov", "Страхование СМР ЖК Лесной квартал", """
Артём, добрый день.
Нужна страховка строительно-монтажных рисков на объект ЖК «Лесной квартал», корпус 3. Стоимость работ 1,8 млрд, срок строительства 26 мес.
Банк требует полис до начала финансирования, т.е. до середины ноября. Что от нас нужно?
""")
m("sm2", "2026-10-07 10:40", "shilov", "babenko", None, """
Игорь, принял.
Пришлите смету, график и генплан. Завтра наберу.
""", re="sm1", q="outlook_ru", ag=[("Завтра наберу.", "2026-10-08", "kept")])
m("sm3", "2026-10-09 16:05", "babenko", "shilov", None, """
Смета, график и генплан во вложении. Геологию пришлю на след. неделе, у изыскателей.
""", re="sm2", q="outlook_ru", att=["Смета_корп3.xlsx", "График_СМР.pdf", "Генплан.pdf"],
  ag=[("Геологию пришлю на след. неделе, у изыскателей.", None, "kept")], ans="sm4")
m("sm4", "2026-10-14 11:30", "babenko", "shilov", "геология", """
Вот геология. На осмотр 16-го будем ждать вас на площадке в 10, пропуск заказал.
""", att=["Отчет_ИГИ.pdf"], na=False)
m("sm5", "2026-10-22 18:20", "shilov", "babenko", "ЖК Лесной квартал — котировки СМР", """
Игорь, по итогам осмотра.

Оберег — 0,19%, премия 3,42 млн
Вектор — 0,17%, премия 3,06 млн
Северная — 0,21%, премия 3,78 млн
Франшиза везде 500 тыс., ответственность перед третьими лицами 50 млн.

Рекомендую Вектор. Сравнение предложений во вложении.
""", att=["Сравнение предложений.xlsx"], c=["head"])
m("sm6", "2026-10-23 09:02", "babenko", "shilov", None, """
Дорого. И банк аккредитовал только Оберег и Северную, Вектора в списке нет.
Оберег можете подвинуть?
""", re="sm5", q="outlook_ru", ans="call:babenko23")
m("sm7", "2026-10-27 17:45", "shilov", "babenko", None, """
Оберег дал 0,17% — премия 3,06 млн, франшиза 500 тыс., как у Вектора.
Проект договора во вложении. Выгодоприобретатель — банк, как просили.
""", re="sm6", q="outlook_ru", att=["Проект договора СМР_Оберег.docx"])
m("sm8", "2026-10-29 12:10", "babenko", "shilov", None, """
Артём, наши правки в п. 4.2 и 7.1 в режиме рецензирования. Если Оберег примет — подписываем до 5 ноября, банк ждёт.
""", re="sm7", q="outlook_ru", att=["Проект договора СМР_Оберег_правки СМ.docx"])
m("sm9", "2026-11-02 10:15", "shilov", "babenko", None, """
Оберег принял обе правки. Полис с 06.11.
Подписание у вас 5-го в 11:00, приглашение отправил.
""", re="sm8", q="outlook_ru")
m("sm10", "2026-11-06 15:30", "babenko", "shilov", "Полис СМР", """
Полис получили, первый взнос оплатили. Спасибо за скорость.
""", na=False)
m("sm11", "2026-11-20 08:47", "babenko", "shilov", "Залив котлована корп.3", """
Артём, у нас ЧП. Субподрядчик (ООО «ГидроСпецСтрой») ночью оставил открытой задвижку на временном водопроводе, котлован корпуса 3 залит, насосы сгорели. Это уже второй раз за месяц по их вине, я с ними ещё разберусь.
Это страховой случай? Что делать, кого звать?
""", cp="third")
m("sm12", "2026-11-20 13:05", "shilov", "babenko", None, """
Игорь, как обсудили по телефону: заявление в Оберег подаём сегодня, форма во вложении. Ничего не откачивайте до фотофиксации.
В понедельник приеду с аджастером, к 10.
""", re="sm11", q="outlook_ru", att=["Заявление о событии_Оберег.docx"],
  ag=[("В понедельник приеду с аджастером, к 10.", "2026-11-23", "kept")])

# ======================= Шилов: ТрансЛогистик Волга (КАСКО, won) =======================
m("tl1", "2026-10-12 10:20", "lyapin", "shilov", "КАСКО 42 тягача с 01.12", """
Добрый день, Артём.
Продлеваем КАСКО на парк: 42 тягача Volvo FH и Scania R, 2019–2024 г.в. Текущий страховщик на пролонгацию поднял тариф на 30%, это не обсуждается.
Посчитаете? Список ТС и убыточность за 3 года во вложении. Полис нужен с 1 декабря.
""", att=["Список ТС.xlsx", "Убыточность 2023-2026.xlsx"])
m("tl2", "2026-10-12 11:02", "shilov", "lyapin", None, """
Сергей, посчитаем. Рынок дам к 20-му.
""", re="tl1", q="outlook_ru", ag=[("Рынок дам к 20-му.", "2026-10-20", "kept")])
m("tl3", "2026-10-20 17:55", "shilov", ["lyapin"], "КАСКО 42 ТС — рынок", """
Сергей, рынок:
КАСКО 42 ТС, франшиза 150 тыс.:
— Оберег: 8,9 млн
— Вектор: 9,4 млн
— Северная: 10,1 млн
ОСАГО по тарифу ~1,1 млн.
Детали в файле. Могу завтра приехать показать.
""", att=["Сравнение предложений.xlsx"])
m("tl4", "2026-10-21 14:31", "demina", "shilov", None, """
Дорого. 7,5 — и работаем.
""", re="tl3", q="iphone_ru", c=["lyapin"], ans="call:demina21")
m("tl5", "2026-10-26 12:00", "shilov", "demina", "Re: КАСКО 42 ТС — рынок", """
Ольга Викторовна, Оберег при франшизе 300 тыс. и без GAP — 7,9 млн. Ниже сейчас никто не идёт.
""", c=["lyapin"], irt=False)
m("tl6", "2026-10-27 09:20", "demina", "shilov", None, """
7,7 и рассрочка на 4 платежа.
""", re="tl5", q="iphone_ru", c=["lyapin"], ans="call:demina27")
m("tl7", "2026-10-28 10:10", "shilov", "demina", None, """
Согласовал 7,75 млн, 4 равных платежа, франшиза 300 тыс. Проект договора пришлю до пятницы.
""", re="tl6", q="outlook_ru", c=["lyapin"], ag=[("Проект договора пришлю до пятницы.", "2026-10-30", "kept")])
m("tl8", "2026-10-30 16:40", "shilov", "lyapin", "Проект договора КАСКО — Оберег", """
Сергей, проект договора и правила во вложении. Премия 7,75 млн, 4 платежа. Полис должен начать действовать с 1 декабря — подписываем до 25.11.
""", c=["demina"], att=["Договор КАСКО Оберег_проект.docx", "Правила КАСКО Оберег.pdf"])
m("tl9", "2026-11-03 15:22", "lyapin", "shilov", None, """
Артём, юристы вернули с правками, во вложении.
Главное: ремонт на СТОА официального дилера, а не по калькуляции. Остальное мелочи.
""", re="tl8", q="outlook_ru", att=["Договор КАСКО_правки ТЛВ.docx"])
m("tl10", "2026-11-05 11:48", "shilov", "lyapin", None, """
Оберег на дилера соглашается только с +6% — 8,2 млн. Либо калькуляция за 7,75. Решайте.
""", re="tl9", q="outlook_ru", c=["demina"])
m("tl11", "2026-11-06 09:05", "demina", "shilov", None, """
Калькуляция.
""", re="tl10", q="iphone_ru", c=["lyapin"])
m("tl12", "2026-11-11 14:15", "shilov", "lyapin", None, """
Финальная редакция во вложении, ваши правки кроме СТОА приняты. Подписывайте, Оберег подпишет со своей стороны к 25-му.
""", re="tl11", q="outlook_ru", att=["Договор КАСКО Оберег_финал.docx"],
  ag=[("Подписывайте, Оберег подпишет со своей стороны к 25-му.", "2026-11-25", "broken")])
m("tl13", "2026-11-27 10:02", "lyapin", "shilov", "Где договор КАСКО???", """
Артём, добрый день.
Где подписанный со стороны Оберега договор? Вы обещали к 25-му, сегодня 27-е. Наш экземпляр подписан и отправлен вам 16-го.
До 1 декабря три дня, без полисов 42 машины встанут. Пишу уже третий раз (два раза писал в мессенджер), ответа нет. Если к понедельнику не будет — ищем другого брокера.
""", cp="us", ans="call:lyapin27")
m("tl14", "2026-11-30 09:40", "shilov", "lyapin", None, """
Сергей, оригиналы договора и полисов у курьера, будут у вас завтра до 12. Сканы во вложении. Извините за задержку, Оберег неделю визировал у себя.
""", re="tl13", q="outlook_ru", c=["head"], att=["Договор КАСКО_скан.pdf", "Полисы КАСКО_42.pdf"],
  ag=[("Сергей, оригиналы договора и полисов у курьера, будут у вас завтра до 12.", "2026-12-01", "kept")])
m("tl15", "2026-12-01 11:25", "lyapin", "shilov", None, """
Получили, всё на месте. Спасибо.
""", re="tl14", q="outlook_ru", na=False)

# ======================= Шилов: Кубань-Зерно (грузы, lost to incumbent) =======================
m("kz1", "2026-10-14 09:30", "shilov", "taras", "Генеральный полис грузов — анкета", """
Алексей, по вчерашнему звонку.
Генеральный полис на грузы, оборот ~4,2 млрд в год, ж/д и авто до портов Новороссийск и Тамань. Анкета во вложении, плюс нужны убытки за 3 года.
""", att=["Анкета_грузы.docx"])
m("kz2", "2026-10-19 13:44", "taras", "shilov", None, """
Добрый день! Анкету заполнил, во вложении. Убытков за 3 года два: недостача на элеваторе и подмочка в вагоне, в сумме 1,1 млн.
Сейчас страхуемся в «Русском Страховом Доме», договор до 31.12.
""", re="kz1", q="mailru", att=["Анкета_грузы_КЗ.docx"])
m("kz3", "2026-10-28 16:10", "shilov", "taras", None, """
Алексей, тариф 0,045% от оборота, премия ~1,9 млн в год (Вектор). Оберег — 0,05%, 2,1 млн. Условия в файле.
""", re="kz2", q="outlook_ru", att=["Сравнение предложений.xlsx"])
m("kz4", "2026-11-09 10:05", "taras", "shilov", None, """
Артём, добрый день. Руководство решило остаться в РСД, они дали скидку 15% на пролонгацию, вышло дешевле вашего. Спасибо за работу.
""", re="kz3", q="mailru")
m("kz5", "2026-11-09 10:30", "shilov", "taras", None, """
Понял, спасибо что сообщили. Удачи.
""", re="kz4", q="outlook_ru")

# ======================= Шилов: Медтехника Плюс (ДМС, contract) =======================
m("mt1", "2026-10-06 11:15", "kim", "shilov", "ДМС с 1 января", """
Артём, добрый день!
Нам нужен ДМС на 85 сотрудников с 1 января 2027: поликлиника, стационар, стоматология. Бюджет — до 3,5 млн.
Сейчас у нас ничего нет, это первый год. Подскажите, что нужно от нас?
""")
m("mt2", "2026-10-06 12:40", "shilov", "kim", None, """
Наталья, добрый день.
Нужен список сотрудников: пол, год рождения, город. И желаемые клиники, если есть. Посчитаю за неделю.
""", re="mt1", q="outlook_ru", ag=[("Посчитаю за неделю.", None, "kept")])
m("mt3", "2026-10-08 10:02", "kim", "shilov", None, """
Список во вложении. Клиники — любые сетевые рядом с м. Бауманская.
""", re="mt2", q="outlook_ru", att=["Сотрудники_ДМС.xlsx"], na=False)
m("mt4", "2026-10-15 10:30", "shilov", "kim", "ДМС 85 чел — расчёт", """
Наталья, расчёт на 85 человек:

Оберег — 38 900 на чел., 3,31 млн
Северная — 41 200, 3,50 млн
Вектор — 36 500, 3,10 млн (без стоматологии)

Клиники и программы — в файле. Рекомендую Оберег.
""", c=["rozhkov"], att=["Сравнение предложений.xlsx"])
m("mt5", "2026-10-15 12:58", "rozhkov", "shilov", None, """
Берём Оберег. Договор.
""", re="mt4", q="iphone_ru", c=["kim"])
m("mt6", "2026-10-19 15:10", "shilov", "kim", None, """
Проект договора и программа ДМС во вложении.
""", re="mt5", q="outlook_ru", c=["rozhkov"], att=["Договор ДМС Оберег_проект.docx", "Программа ДМС.pdf"])
m("mt7", "2026-10-23 17:20", "kim", "shilov", None, """
Артём, спасибо. Просим добавить клинику «Семейный доктор» на Бауманской и вызов врача на дом. С этим — подписываем.
""", re="mt6", q="outlook_ru")
m("mt8", "2026-10-26 11:00", "shilov", "kim", None, """
Оберег добавил обе позиции, +1 200 на человека. Итого 40 100 на чел., 3,41 млн. Обновлённый договор во вложении.
""", re="mt7", q="outlook_ru", c=["rozhkov"], att=["Договор ДМС Оберег_ред2.docx"])
m("mt9", "2026-10-26 13:14", "rozhkov", "shilov", None, """
Ок.
""", re="mt8", q="iphone_ru", na=False)
m("mt10", "2026-11-16 10:05", "shilov", "kim", "Re: ДМС 85 чел — расчёт", """
Наталья, договор у вас на подписи три недели. Полис с 1 января — подписанный нужен до 15 декабря, иначе Оберег пересчитает по новым тарифам.
""", irt=False)
m("mt11", "2026-11-17 09:48", "kim", "shilov", None, """
Артём, извините, Виктор Павлович в отпуске до 30-го, подпишет сразу как выйдет. Напомните мне, пожалуйста, 1 декабря.
""", re="mt10", q="outlook_ru", ans="mt12",
  ag=[("Артём, извините, Виктор Павлович в отпуске до 30-го, подпишет сразу как выйдет.", None, "broken")])
m("mt12", "2026-11-17 10:01", "shilov", "kim", None, """
Хорошо.
""", re="mt11", q="outlook_ru", ag=[("Хорошо.", "2026-12-01", "kept")])
m("mt13", "2026-12-02 16:20", "kim", "shilov", "ДМС — стоматология", """
Артём, спасибо за звонок вчера. Виктор Павлович вышел, но хочет ещё раз пройтись по стоматологии — ему не нравится лимит 30 тыс. на человека.
Перезвоните ему в среду, пожалуйста, он будет в офисе с 10.
""", c=["rozhkov"], ans=None)

# ======================= Шилов: Рустам (ИП, имущество магазина) =======================
m("ru1", "2026-11-10 21:47", "rustam", "shilov", "страховка магазин", """
здравствуйте мне дали ваш адрес в торговой палате. магазин 120 кв м продукты надо страховку от пожара и залива и витрины тоже. скока стоит
""")
m("ru2", "2026-11-11 09:10", "shilov", "rustam", None, """
Рустам, добрый день.
Нужны: адрес, стоимость оборудования и товара, есть ли сигнализация. Можно фото. Перезвоню сегодня после 14.
""", re="ru1", q="yandex", ag=[("Перезвоню сегодня после 14.", "2026-11-11", "broken")])
m("ru3", "2026-11-13 11:58", "rustam", "shilov", "Re: страховка магазин", """
так вы звонить будете или нет?? второй день жду. адрес Подольск ул Комсомольская 41, оборудование тыщ 900 товара на 2 млн сигнализация есть пультовая
Рустам +7 926 511-40-72
""", irt=False, cp="us", ans="call:rustam13")
m("ru4", "2026-11-16 10:30", "shilov", "rustam", "Страхование магазина — предложение", """
Рустам, как обсуждали:
Оберег — 18 400 руб./год, пожар, залив, кража, витрины.
Северная — 21 000 руб./год, то же.
Рекомендую Оберег. Если ок — пришлю заявление и счёт.
""")
m("ru5", "2026-11-17 08:12", "rustam", "shilov", None, """
ок давайте оберег. счет на ИП Гасанов Р.А.
""", re="ru4", q="yandex")
m("ru6", "2026-11-18 12:00", "shilov", "rustam", None, """
Заявление и счёт во вложении. Полис выпустим в день оплаты.
""", re="ru5", q="yandex", att=["Заявление_имущество.pdf", "Счет_ИП Гасанов.pdf"])

# ======================= Шилов: Сиблеспром (торговые кредиты, proposal) =======================
m("sl1", "2026-10-20 07:40", "osipova", "shilov", "Страхование дебиторской задолженности", """
Добрый день, Артём.
Ваш контакт дал Алексей Тарасенко. Рассматриваем страхование дебиторки по 14 покупателям (Узбекистан, Казахстан, Китай), лимиты до 60 млн на покупателя.
Какие страховщики это сейчас берут и что нужно для расчёта?
""")
m("sl2", "2026-10-20 09:15", "shilov", "osipova", None, """
Марина, добрый день.
Берут двое: ЭкспоКредит Страхование и Оберег-Кредит. Нужна дебиторская ведомость за 2 года и список покупателей с ИНН/регномерами.
Созвон в четверг в 11 по Москве?
""", re="sl1", q="outlook_ru")
m("sl3", "2026-10-26 06:55", "osipova", "shilov", None, """
Ведомость и список покупателей во вложении, как обсуждали в четверг.
""", re="sl2", q="outlook_ru", att=["Дебиторка_2024-2026.xlsx", "Покупатели.xlsx"], na=False)
m("sl4", "2026-11-12 11:30", "shilov", "osipova", "Страхование торговых кредитов — предложения", """
Марина, предложения:

ЭкспоКредит: ставка 0,32% от оборота, премия ~4,6 млн, покрытие 90%, лимиты одобрены по 11 из 14 покупателей.
Оберег-Кредит: 0,36%, ~5,2 млн, покрытие 85%, лимиты по 12 из 14.

Рекомендую ЭкспоКредит. Подробно в файле.
""", att=["Сравнение предложений.xlsx"])
m("sl5", "2026-11-13 05:20", "osipova", "shilov", None, """
Спасибо. Почему отклонены три покупателя (ташкентские)? Без них смысла меньше.
""", re="sl4", q="outlook_ru")
m("sl6", "2026-11-13 10:40", "shilov", "osipova", None, """
Уточню у андеррайтера и вернусь.
""", re="sl5", q="outlook_ru", ag=[("Уточню у андеррайтера и вернусь.", None, "kept")])
m("sl7", "2026-11-17 12:30", "shilov", "osipova", None, """
Марина, андеррайтер ЭкспоКредит: по трём ташкентским нет отчётности за 2025 год. Дадите отчётность — пересмотрят за 5 рабочих дней.
""", re="sl6", q="outlook_ru")
m("sl8", "2026-11-30 08:05", "osipova", "shilov", "Re: Страхование торговых кредитов — предложения", """
Артём, отчётность по ташкентским запросили. Собственник в командировке в Китае, решение без него не примем. Созвонимся после 15-го.
""", irt=False, na=False, ag=[("Созвонимся после 15-го.", "2026-12-16", "open")])


# ======================= Мартиросян: Sunrise Pharma (cargo -> contract; D&O proposal) =======================
m("sp1", "2026-10-13 12:05", "iyer", "mart", "Cargo insurance for pharma imports + D&O question", """
Dear Ms Martirosyan,

Your name was given to us by Mr Heikkinen of Kallio Paper, who speaks highly of your team.

We are the Moscow office of Sunrise Pharma Distribution (Mumbai). We import about USD 24 million a year of finished pharmaceuticals from India to Moscow, roughly 70% by air and 30% by sea via St Petersburg, most of it cold chain (2-8 C).
Our group's global cargo policy no longer responds for deliveries into Russia, so we need a local solution from January.

Could you quote cargo insurance for this? Separately, our HQ asks whether D&O cover for the two directors of the local LLC can be placed in Russia.

Best regards,
""")
m("sp2", "2026-10-14 10:40", "mart", "iyer", None, """
Dear Mr Iyer,

Thank you for your message and for the kind words — please pass my regards to Jussi.

Both covers can be placed locally. To approach the insurers with a complete submission I will need the following:

Cargo
1. Annual volumes by route and mode (air Mumbai–Moscow SVO, sea Nhava Sheva–St Petersburg), and the maximum value per shipment / per aircraft.
2. Packaging and cold-chain arrangements: active or passive containers, temperature loggers, who is the carrier.
3. Loss history for the last 3 years, including temperature excursions even if not claimed.
4. Incoterms you buy on.

D&O
1. The completed application form (I will send it separately).
2. Financial statements of the local LLC for 2024 and 2025.
3. Whether the Indian parent has a group D&O policy (limit and insurer) so that we do not duplicate.

I attach our cargo questionnaire to this email and will send you the D&O application form by Friday.

Once we have the data, insurers usually need 7–10 working days to quote. I would be glad to meet you at your office to walk through the questionnaire if that is helpful.
""", re="sp1", q="outlook_en", att=["Cargo questionnaire_EN.docx"],
  ag=[("I attach our cargo questionnaire to this email and will send you the D&O application form by Friday.", "2026-10-16", "kept")])
m("sp3", "2026-10-16 15:10", "mart", "iyer", "D&O application form — Sunrise Pharma Distribution LLC", """
Dear Mr Iyer,

As promised, please find attached the D&O application form (Oberog Insurance, English version). Section 4 can be left empty if the LLC has no subsidiaries.
""", c=["nair"], att=["D&O application form_EN.pdf"])
m("sp4", "2026-10-21 17:55", "nair", "mart", "RE: Cargo insurance for pharma imports + D&O question", """
Hi Elena,

Please find the completed cargo questionnaire attached. Loss history: two claims in 2024, both temperature excursions on sea shipments, USD 38,400 in total, paid by the global insurer. Nothing in 2025-2026.
We buy CIP Moscow on air and FCA Nhava Sheva on sea.

D&O form to follow next week, our auditors are still finishing the 2025 statements.

Thanks,
Priya
""", irt=False, att=["Sunrise_cargo questionnaire_completed.docx"],
  ag=[("D&O form to follow next week, our auditors are still finishing the 2025 statements.", None, "kept")], na=False)
m("sp5", "2026-10-30 18:30", "mart", "iyer", "Sunrise Pharma — cargo insurance quotes", """
Dear Rajesh,

Thank you for the complete submission. Three insurers have quoted an annual open cargo policy on the declared turnover of USD 24 million:

| Insurer         | Rate   | Annual premium | Deductible              | Temperature deviation |
|-----------------|--------|----------------|-------------------------|-----------------------|
| Oberog          | 0.11%  | USD 26,400     | USD 1,000               | covered, 24h trigger  |
| Vektor          | 0.095% | USD 22,800     | 1% of shipment value    | excluded              |
| Severnaya       | 0.13%  | USD 31,200     | USD 1,000               | covered, 12h trigger  |

My comments:
— Vektor is the cheapest but excludes temperature deviation, which for a cold-chain portfolio removes the main risk. I would not recommend it in this form.
— Oberog gives the best balance of price and cover.
— Severnaya has the broadest wording (12-hour trigger) but is 18% more expensive than Oberog.

The full comparison, including war and strikes and the claims procedure of each insurer, is in the attached file. I would be happy to present it at your office next week.
""", c=["nair"], att=["Сравнение предложений.xlsx"])
m("sp6", "2026-11-03 11:20", "iyer", "mart", None, """
Thanks Elena, very clear.
Vektor's price looks good but we need temperature deviation covered — can Vektor add it? Our target is around USD 24k. Let's discuss on Friday at our office, 11 am suits us.
""", re="sp5", q="gmail_en", c=["nair"], ans="sp7")
m("sp7", "2026-11-03 12:02", "mart", "iyer", None, """
Dear Rajesh,

Friday 6 November at 11:00 at your office is confirmed, I have sent an invitation. I have asked Vektor about the temperature deviation clause and hope to have their first reaction by then.
""", re="sp6", q="outlook_en")
m("sp8", "2026-11-10 16:45", "mart", "iyer", "Sunrise Pharma — revised Vektor terms", """
Dear Rajesh,

Following our meeting on Friday, Vektor has agreed to include the temperature deviation clause. Revised terms:

| Item                    | Before          | Now                         |
|-------------------------|-----------------|-----------------------------|
| Annual premium          | USD 22,800      | USD 24,900                  |
| Deductible              | 1% of shipment  | USD 2,500 per shipment      |
| Temperature deviation   | excluded        | covered, 24h trigger, logger data required |
| Validity of the offer   |                 | until 30 November 2026      |

This is within 4% of your target and, in my view, the best option on the market for your portfolio.
""", c=["nair"])
m("sp9", "2026-11-12 09:35", "iyer", "mart", None, """
Elena, this works for us in principle. We need HQ approval in Mumbai, I will revert by 20 November.
""", re="sp8", q="gmail_en", ag=[("We need HQ approval in Mumbai, I will revert by 20 November.", "2026-11-20", "broken")], na=False)
m("sp10", "2026-11-24 10:10", "mart", "iyer", None, """
Dear Rajesh,

I hope you are well. I am following up on the HQ approval — please note that Vektor holds the offer only until 30 November, after that they may re-rate for 2027.
""", re="sp9", q="outlook_en")
m("sp11", "2026-11-26 19:02", "iyer", "mart", None, """
Apologies for the delay, Elena — Mumbai approved yesterday. Please send the draft policy wording. We want cover from 15 December.
""", re="sp10", q="iphone_en")
m("sp12", "2026-11-27 14:30", "mart", "iyer", "Sunrise Pharma — draft cargo policy (Vektor)", """
Dear Rajesh, dear Priya,

Please find attached the draft open cargo policy from Vektor, in Russian with an English courtesy translation, effective 15 December 2026, annual premium USD 24,900.

Points that deserve your attention:
1. Clause 6.3 — loss notification within 72 hours of discovery.
2. Clause 9 — temperature logger data must be kept for 12 months.
3. Premium payable in roubles at the central bank rate on the date of payment.

Vektor needs the signed policy by 11 December to start cover on the 15th.
""", c=["nair"], att=["Vektor_open cargo policy_draft_RU.docx", "Vektor_open cargo policy_draft_EN.docx"])
m("sp13", "2026-12-02 13:15", "nair", "mart", None, """
Hi Elena,

Our legal comments are attached. Main point: the 72-hour notification period in 6.3 is too short for sea shipments that are checked at our warehouse, we ask for 7 days. Can you please discuss this with Vektor?

Thanks,
Priya
""", re="sp12", q="outlook_en", c=["iyer"], att=["Sunrise legal comments.docx"])
m("sp14", "2026-12-03 11:05", "mart", "nair", None, """
Dear Priya,

Thank you. I have sent your comments to Vektor's underwriter today and will come back to you on Monday 7 December with their position. In my experience 5 working days is achievable; 7 calendar days may need a small additional premium.
""", re="sp13", q="outlook_en", c=["iyer"],
  ag=[("I have sent your comments to Vektor's underwriter today and will come back to you on Monday 7 December with their position.", "2026-12-07", "open")])
# D&O track, new subject
m("sp15", "2026-11-05 12:40", "nair", "mart", "D&O — application and financials", """
Elena, the signed D&O application and the 2024/2025 statements are attached. The parent has no group D&O.
Priya
""", att=["D&O application_signed.pdf", "Sunrise LLC FS 2024-2025.pdf"], na=False)
m("sp16", "2026-11-19 17:10", "mart", "iyer", "Sunrise Pharma — D&O quotes", """
Dear Rajesh,

D&O quotes for Sunrise Pharma Distribution LLC, limit RUB 100 million, 12 months:

| Insurer    | Limit, RUB | Premium, RUB | Retention | Notes |
|------------|-----------|--------------|-----------|-------|
| Oberog     | 100 m     | 410,000      | nil       | includes investigations cover |
| Severnaya  | 100 m     | 465,000      | nil       | includes Side C for the LLC   |

I recommend Oberog. The quotes are valid for 30 days.
""", c=["nair"], att=["D&O quotes_Sunrise.pdf"])
m("sp17", "2026-11-20 08:50", "iyer", "mart", None, """
Thanks. D&O is lower priority, we'll look at it in January after the cargo is placed.
""", re="sp16", q="gmail_en", na=False)

# ======================= Мартиросян: Kallio Paper (property, moved back contract -> proposal) =======================
m("kp1", "2026-10-08 14:20", "jussi", "mart", "Kallio Paper — property programme 2027", """
Hello Elena,

Our property programme (PD+BI) for the Pitkyaranta mill renews 1 January 2027. The group wants a local policy this year instead of the fronting from Helsinki. Total sums insured approx RUB 31.6 bn (SOV attached).
Can you run a tender for us? We'd like to see terms by mid-November.

Br,
""", att=["Kallio SOV 2027.xlsx"])
m("kp2", "2026-10-09 11:30", "mart", "jussi", None, """
Dear Jussi,

Thank you for the trust. A mill of this size will need a risk survey before any Russian insurer quotes, so I suggest the following plan:

1. 20 October — site survey at Pitkyaranta with the lead insurer's risk engineer (about 5 hours: paper machines PM1/PM2, the boiler house, the warehouse of finished goods, the fire water system).
2. By 23 October — from you: loss history for 5 years, the latest fire protection report, the BI worksheet (gross profit and indemnity period).
3. 2 November — quotes from at least two insurers, with a co-insurance option.
4. Mid-November — draft policy wording, so the signing can happen well before 1 January.

Could you confirm 20 October and tell me who will accompany us on site?
""", re="kp1", q="outlook_en", c=["sorokina"])
m("kp3", "2026-10-09 15:05", "jussi", "mart", None, """
20th is fine, Anna Sorokina will host you. I'm travelling the week after.
""", re="kp2", q="outlook_en", na=False, ag=[("20th is fine, Anna Sorokina will host you.", "2026-10-20", "kept")])
m("kp4", "2026-10-22 16:40", "sorokina", "mart", "Loss history and fire report", """
Dear Elena,

Thank you for the visit on Tuesday. As requested please find attached the loss history 2021-2025 and the fire protection report of September. The BI worksheet I will send by the end of the month.
Jussi is on holiday next week, please address questions to me.
""", att=["Loss history 2021-2025.xlsx", "Fire protection report 09-2026.pdf"],
  ag=[("The BI worksheet I will send by the end of the month.", "2026-10-31", "kept")], na=False)
m("kp5", "2026-10-30 12:10", "sorokina", "mart", None, """
BI worksheet attached. Indemnity period 12 months as in the current programme.
""", re="kp4", q="outlook_en", att=["BI worksheet 2027.xlsx"], na=False)
m("kp6", "2026-11-02 18:05", "mart", "jussi", "Kallio Paper — property quotes 2027", """
Dear Jussi, dear Anna,

Here are the terms for the 2027 programme, sums insured RUB 31.6 bn PD + BI (12 months):

| Option | Structure                         | Rate   | Premium, RUB | Deductible PD   |
|--------|-----------------------------------|--------|--------------|-----------------|
| A      | Severnaya 100%                    | 0.066% | 20.9 m       | RUB 25 m        |
| B      | Severnaya 60% lead + Oberog 40%   | 0.060% | 18.9 m       | RUB 50 m        |
| C      | Oberog 100%                       | 0.071% | 22.4 m       | RUB 25 m        |

Option B is the cheapest; its deductible is twice as high as today (EUR 500k equivalent). The survey recommendations (sprinklers in the finished goods warehouse) are a subject of all three quotes, with 6 months to implement.

The detailed comparison is attached.
""", c=["sorokina"], att=["Сравнение предложений.xlsx"])
m("kp7", "2026-11-04 09:15", "jussi", "mart", None, """
Option B is acceptable if the deductible is RUB 25m (EUR 250k) rather than 50m. Please proceed.
""", re="kp6", q="outlook_en", c=["sorokina"], ans="kp8")
m("kp8", "2026-11-09 17:30", "mart", "jussi", None, """
Dear Jussi,

Severnaya and Oberog agreed to option B with a RUB 25 m deductible at a premium of RUB 19.6 m. The draft policy wording is attached for your review.
""", re="kp7", q="outlook_en", c=["sorokina"], att=["Kallio_property policy_draft.docx"])
m("kp9", "2026-11-12 13:25", "sorokina", "mart", None, """
Dear Elena,

Our comments are marked in the attached wording. Most important: the BI indemnity period must be 18 months — the group insurance manager insists, the PM2 rebuild would take longer than 12 months.
""", re="kp8", q="outlook_en", c=["jussi"], att=["Kallio_property policy_draft_KP comments.docx"])
m("kp10", "2026-11-16 10:00", "jussi", "mart", "Kallio — new boiler house", """
Elena, new development: the board approved the new biomass boiler house (RUB 2.4 bn), commissioned in December. It must be included from 1 January. So the draft is not final — please requote with the boiler house and 18 months BI.
""", c=["sorokina"])
m("kp11", "2026-11-17 09:40", "mart", "jussi", None, """
Dear Jussi,

Understood. I will need an updated SOV with the boiler house (values for the building, the boiler and the fuel handling separately) and its commissioning certificate when available. Once I have the SOV, I'll come back with a revised quote by 27 November.
""", re="kp10", q="outlook_en", c=["sorokina"],
  ag=[("Once I have the SOV, I'll come back with a revised quote by 27 November.", "2026-11-27", "kept")])
m("kp12", "2026-11-18 14:00", "sorokina", "mart", None, """
Updated SOV attached. The commissioning certificate will be signed around 20 December.
""", re="kp11", q="outlook_en", att=["Kallio SOV 2027_rev2.xlsx"], na=False)
m("kp13", "2026-11-26 18:45", "mart", "jussi", "Kallio Paper — revised quote with boiler house", """
Dear Jussi, dear Anna,

Revised terms, option B structure (Severnaya 60% / Oberog 40%), deductible RUB 25 m:

| Item                     | 9 November draft | Revised         |
|--------------------------|------------------|-----------------|
| Sums insured PD          | RUB 27.1 bn      | RUB 29.5 bn     |
| BI, indemnity period     | 12 months        | 18 months       |
| Premium                  | RUB 19.6 m       | RUB 21.3 m      |
| Boiler house             | —                | from 1 January, subject to the commissioning certificate |
| Currency                 | RUB              | RUB, EUR reference at CBR rate of 1 January, 15% indexation clause |

Severnaya asks for an inspection of the boiler house in January; it does not delay the start of cover.
""", c=["sorokina"], att=["Сравнение предложений.xlsx"])
m("kp14", "2026-11-30 08:20", "jussi", "mart", None, """
Thanks Elena. Let's discuss in a call on Thursday at 11 Moscow time, Anna will join.
""", re="kp13", q="outlook_en", ans="ics:kp-call-1203")
m("kp15", "2026-12-04 10:30", "sorokina", "mart", None, """
Dear Elena,

Thank you for the call yesterday. As agreed we will send the valuation of the fuel handling line by 9 December, and Jussi confirms the call on the 10th for the final terms.
""", re="kp13", q="outlook_en", c=["jussi"],
  ag=[("As agreed we will send the valuation of the fuel handling line by 9 December, and Jussi confirms the call on the 10th for the final terms.", "2026-12-09", "open")], na=False)

# ======================= Мартиросян: Van der Berg Flowers (cargo, lost to another broker) =======================
m("vb1", "2026-10-15 13:10", "pieter", "mart", "Cargo insurance for flower shipments to Moscow", """
Dear Elena,

Ksenia from our Moscow office gave me your address. Our Dutch cargo policy may not respond for shipments into Russia any more, so we are looking for a local policy. About 80 air shipments a month from Amsterdam and Quito, average value EUR 40,000, refrigerated.

Frankly we also need someone who can deal with carriers: FrostLine Air Cargo lost two pallets of roses in September and still refuses to pay, after six weeks of emails. Very frustrating.

Kind regards,
""", cp="third")
m("vb2", "2026-10-16 10:50", "mart", "pieter", None, """
Dear Pieter,

Thank you for your message. Yes, we can place a local open cargo policy for your flows. Insurers will ask for:

1. Turnover by origin (Amsterdam / Quito) and the largest single shipment.
2. Temperature monitoring during transit and at the handling agent at SVO.
3. Claims for the last 3 years, including the September FrostLine case.

On FrostLine: under the Montreal Convention their liability is limited to 22 SDR per kg, and they must answer a written claim. If you send me your correspondence with them, I will look at it — no charge for that.
""", re="vb1", q="outlook_en")
m("vb3", "2026-10-22 15:35", "pieter", "mart", None, """
Elena, data attached. FrostLine correspondence too. Thanks a lot for having a look.
""", re="vb2", q="gmail_en", att=["VdB shipments 2024-2026.xlsx", "FrostLine claim.pdf"], na=False)
m("vb4", "2026-11-05 17:20", "mart", "pieter", "Van der Berg Flowers — cargo quotes", """
Dear Pieter,

Quotes for an annual open cargo policy, declared turnover EUR 38 million:

| Insurer    | Rate   | Premium, EUR | Deductible      | Temperature |
|------------|--------|--------------|-----------------|-------------|
| Oberog     | 0.082% | 31,000       | EUR 500         | covered     |
| Severnaya  | 0.095% | 36,100       | EUR 500         | covered     |

Premium is payable in roubles. Regarding FrostLine: your claim was filed within the 14 days, so they cannot refuse on timing; I attach a draft letter you can send them.
""", att=["Сравнение предложений.xlsx", "Letter to FrostLine_draft.docx"])
m("vb5", "2026-11-06 09:10", "pieter", "mart", None, """
Thanks. It's a lot higher than we hoped for, to be honest. Our Dutch premium was about EUR 20k. Anything you can do?
""", re="vb4", q="gmail_en")
m("vb6", "2026-11-11 12:40", "mart", "pieter", None, """
Dear Pieter,

Oberog can go to EUR 27,500 with the deductible raised to EUR 2,000 per shipment. I would not expect anything lower from a Russian insurer for a refrigerated flow: the Dutch rate reflected a much larger European book.
""", re="vb5", q="outlook_en")
m("vb7", "2026-11-19 16:00", "pieter", "mart", None, """
Elena, thank you for the effort and for the FrostLine letter, they finally paid. We have decided to go with Baltic Risk Partners, who offered EUR 22k through a Dutch insurer with a local fronting. Maybe next year.
""", re="vb6", q="gmail_en", na=False)
m("vb8", "2026-11-19 16:35", "mart", "pieter", None, """
Dear Pieter,

Thank you for letting me know, and I am glad FrostLine paid. Good luck with the season.
""", re="vb7", q="outlook_en")


# ======================= Мартиросян: Арарат Текстиль (имущество, postponed to renewal) =======================
m("ar1", "2026-10-19 11:00", "sargsyan", "mart", "Страхование имущества фабрики в Гюмри", """
Елена Ашотовна, добрый день!

Наш полис имущества в «Армениан Иншуранс» действует до 31 июля 2027 года, но тариф нам кажется высоким (0,18%), а по прошлогоднему убытку от протечки кровли выплату ждали пять месяцев.
Хотели бы понять, что может предложить рынок. Фабрика в Гюмри, здания и оборудование около 9 млрд драмов.
""", tz="+0400")
m("ar2", "2026-10-20 12:30", "mart", "sargsyan", None, """
Армен, добрый день!

Спасибо, что обратились. Понимаю ваше недовольство сроками выплаты — пять месяцев по убытку от протечки действительно много.

Предлагаю так:
1. Осмотр фабрики — я могу приехать в Гюмри 3 ноября вместе с инженером страховщика (около 3 часов).
2. До осмотра прошу прислать: действующий полис с приложениями, перечень застрахованного имущества, убытки за 5 лет.
3. По итогам — сравнение с действующими условиями, включая стоимость досрочного расторжения, чтобы решение было взвешенным.

Подойдёт ли 3 ноября?
""", re="ar1", q="gmail_ru", c=["karapet"])
m("ar3", "2026-10-20 12:31", "karapet", "mart", "Автоответ: Страхование имущества фабрики в Гюмри", """
Здравствуйте! Я в отпуске до 2 ноября без доступа к почте. По срочным вопросам обращайтесь к Армену Саргсяну, a.sargsyan@ararat-textile.am.
Тигран Карапетян
""", sig=False, hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, tz="+0400")
m("ar4", "2026-10-21 09:45", "sargsyan", "mart", None, """
Отлично, 3 ноября ждём, в 11:00. Документы во вложении.
""", re="ar2", q="gmail_ru", att=["Полис_АИ_2026.pdf", "Перечень имущества.xlsx", "Убытки_2021-2025.xlsx"], tz="+0400", ans="ics:ar-survey-1103")
m("ar5", "2026-11-10 16:20", "sargsyan", "mart", "Re: Страхование имущества фабрики в Гюмри", """
Елена Ашотовна, спасибо за визит и за подробный разбор.
Посовещались с акционерами: досрочно расторгать полис невыгодно, штраф 15% от премии. Вернёмся к вопросу перед пролонгацией, в мае 2027.
""", irt=False, tz="+0400")
m("ar6", "2026-11-10 17:05", "mart", "sargsyan", None, """
Армен, понимаю, это разумное решение.

Рекомендации инженера по осмотру (кровля цеха №2, огнетушители в складе сырья) полезно выполнить до пролонгации — это снизит тариф у любого страховщика.
Напишу вам 15 мая 2027, чтобы начать подготовку к пролонгации с 1 августа.
""", re="ar5", q="gmail_ru", ag=[("Напишу вам 15 мая 2027, чтобы начать подготовку к пролонгации с 1 августа.", "2027-05-15", "open")])

# ======================= Мартиросян: Ереван Фуд Трейд (торговые кредиты, negotiation) =======================
m("ef1", "2026-11-02 10:15", "akopyan", "mart", "Страхование дебиторской задолженности", """
Здравствуйте, Елена!
Нам вас порекомендовал Армен Саргсян из «Арарат Текстиль». Мы поставляем коньяк и консервацию в российские торговые сети, 9 покупателей, отсрочка 45–60 дней, оборот около 480 млн рублей в год.
Хотим застраховать дебиторку. Возможно ли это для армянской компании и сколько примерно стоит?
""", tz="+0400")
m("ef2", "2026-11-03 11:20", "mart", "akopyan", None, """
Гаяне, добрый день!

Спасибо за обращение и за рекомендацию Армена.

Да, это возможно: российские страховщики кредитных рисков страхуют экспортную дебиторку на покупателей в России, договор заключается с вашей компанией, премия в рублях.

Ориентир по ставке — 0,25–0,35% от застрахованного оборота, то есть 1,2–1,7 млн рублей в год, окончательно зависит от покупателей.

Для расчёта прошу прислать:
— список покупателей с ИНН, оборот по каждому за 2025 год и 10 месяцев 2026;
— условия отсрочки;
— случаи просрочки более 30 дней за 2 года.
""", re="ef1", q="mailru")
m("ef3", "2026-11-09 14:00", "akopyan", "mart", None, """
Елена, список и обороты во вложении. Просрочек больше 30 дней был один случай, сеть «ВолгаМаркет», 2025 год, погасили через 70 дней.
""", re="ef2", q="mailru", att=["Покупатели_ЕФТ.xlsx"], tz="+0400")
m("ef4", "2026-11-11 10:30", "mart", "akopyan", None, """
Гаяне, спасибо, данные полные, запрос отправлен в ЭкспоКредит и Оберег-Кредит. Предложения пришлю до 20 ноября.
""", re="ef3", q="mailru", ag=[("Предложения пришлю до 20 ноября.", "2026-11-20", "broken")])
m("ef5", "2026-11-23 09:55", "akopyan", "mart", "Предложения по страхованию дебиторки?", """
Елена, добрый день. Обещали до 20-го, сегодня 23-е, ни предложения, ни звонка. Нам важно понять до конца месяца, иначе вопрос уйдёт на следующий год.
""", tz="+0400", cp="us")
m("ef6", "2026-11-24 13:40", "mart", "akopyan", None, """
Гаяне, добрый день!

Прошу прощения за задержку: ЭкспоКредит дольше обычного проверял двух покупателей. Предложения:

| Страховщик     | Ставка | Премия, руб. | Покрытие | Лимиты одобрены |
|----------------|--------|--------------|----------|-----------------|
| ЭкспоКредит    | 0,28%  | 1 340 000    | 90%      | 8 из 9 (кроме «ВолгаМаркет») |
| Оберег-Кредит  | 0,31%  | 1 490 000    | 85%      | 9 из 9, по «ВолгаМаркет» лимит 15 млн вместо 40 |

Рекомендую ЭкспоКредит: дешевле и выше покрытие; по «ВолгаМаркет» можно вернуться через полгода с новой отчётностью.
""", re="ef5", q="mailru", att=["Сравнение предложений.xlsx"])
m("ef7", "2026-11-26 15:10", "akopyan", "mart", None, """
Спасибо, Елена. Можно созвониться в понедельник в 11 по Еревану? Хотим обсудить «ВолгаМаркет».
""", re="ef6", q="mailru", tz="+0400", ans="call:akopyan30")
m("ef8", "2026-11-30 12:20", "mart", "akopyan", None, """
Гаяне, спасибо за разговор.

По итогам: запрошу у ЭкспоКредит лимит на «ВолгаМаркет» до 40 млн с условием поквартальной отчётности и пришлю ответ к 8 декабря. Если ЭкспоКредит откажет — вернёмся к варианту Оберег-Кредит.
""", re="ef7", q="mailru", ag=[("По итогам: запрошу у ЭкспоКредит лимит на «ВолгаМаркет» до 40 млн с условием поквартальной отчётности и пришлю ответ к 8 декабря.", "2026-12-08", "open")])

# ======================= Мартиросян: НеваСофт (ДМС, тендер трёх брокеров) =======================
m("ns1", "2026-10-26 16:05", "lebedeva", "mart", "Запрос предложений ДМС 2027 — НеваСофт", """
Коллеги, добрый день.

Собираем предложения по ДМС на 2027 год, запрос направлен трём брокерам. 230 сотрудников, Санкт-Петербург (180) и Москва (50). Требования к программе и список во вложении.
Срок подачи — 13 ноября. Старт полиса — 1 января 2027.

Текущий страховщик — Северная. За год они так и не открыли нам нормальный личный кабинет, сотрудники записываются через колл-центр по 40 минут, жалобы идут ко мне каждую неделю. Это одна из причин, почему мы меняемся.
""", att=["Требования ДМС 2027.docx", "Список сотрудников.xlsx"], cp="third")
m("ns2", "2026-10-27 10:15", "mart", "lebedeva", None, """
Юлия, добрый день!

Спасибо за приглашение. Чтобы предложение было сравнимо с другими, уточню несколько моментов:

1. Убыточность по текущему договору с Северной (хотя бы оценочно) — от неё зависит, кто из страховщиков вообще будет котировать.
2. Нужна ли стоматология всем или только руководителям?
3. Родственники сотрудников — за счёт компании или за свой счёт по корпоративному тарифу?
4. Обязателен ли онлайн-кабинет и запись через приложение (судя по вашему письму — да)?

Предложение подадим в срок, 13 ноября.
""", re="ns1", q="outlook_ru", ag=[("Предложение подадим в срок, 13 ноября.", "2026-11-13", "kept")])
m("ns3", "2026-10-29 11:40", "lebedeva", "mart", None, """
Елена, ответы:
1. Убыточность 92%.
2. Стоматология всем.
3. Родственники за свой счёт.
4. Да, обязательно, это критично.
""", re="ns2", q="outlook_ru", na=False)
m("ns4", "2026-11-12 19:10", "mart", "lebedeva", "ДМС 2027 — предложение Арника для НеваСофт", """
Юлия, добрый день!

Направляю предложение по ДМС на 2027 год для 230 сотрудников. Учитывая убыточность 92%, котировали три страховщика из пяти:

| Страховщик | Стоимость на чел., руб. | Итого, млн руб. | Онлайн-запись | Клиники СПб (топ-10) |
|------------|-------------------------|-----------------|---------------|----------------------|
| Оберег     | 44 800                  | 10,30           | приложение    | 9 из 10              |
| Северная   | 47 100                  | 10,83           | колл-центр    | 10 из 10             |
| Вектор     | 42 300                  | 9,73            | приложение    | 7 из 10              |

Наша рекомендация — Оберег: приложение с записью работает, а программа покрывает 9 из 10 клиник из вашего списка.

Подробное сравнение программ и список клиник — во вложении. Готова представить предложение очно или по видеосвязи.
""", att=["Сравнение предложений.xlsx", "Программы ДМС 2027.pdf"])
m("ns5", "2026-11-13 09:30", "lebedeva", "mart", None, """
Спасибо, получили. Презентация 17-го в 15:00 по видеосвязи, ссылку пришлю.
""", re="ns4", q="outlook_ru", na=False, ag=[("Презентация 17-го в 15:00 по видеосвязи, ссылку пришлю.", None, "kept")])
m("ns6", "2026-11-18 12:05", "lebedeva", "mart", None, """
Елена, по итогам презентации: ваше предложение во втором эшелоне, у одного из конкурентов Вектор на 41 000 при тех же клиниках. Можете улучшить? Решение комитета 4 декабря.
""", re="ns5", q="outlook_ru")
m("ns7", "2026-11-20 17:30", "mart", "lebedeva", None, """
Юлия, добрый день!

Мы ещё раз прошли переговоры со страховщиками:

| Страховщик | Было, руб./чел. | Стало, руб./чел. | Итого, млн руб. | Что изменилось |
|------------|-----------------|------------------|-----------------|----------------|
| Вектор     | 42 300          | 40 600           | 9,34            | добавлены 2 клиники СПб, франшиза 10% на стоматологию |
| Оберег     | 44 800          | 43 200           | 9,94            | лимит стоматологии 40 тыс. вместо 50 |

Вектор теперь покрывает 9 из 10 клиник вашего списка и даёт запись через приложение.
""", re="ns6", q="outlook_ru")
m("ns8", "2026-11-25 10:20", "lebedeva", "mart", None, """
Спасибо. Выносим на комитет 4 декабря. Наберите меня 7-го после обеда, скажу результат.
""", re="ns7", q="outlook_ru", na=False)


# ======================= Ковалёнок: Полесье Молоко (грузы, won) =======================
m("pm1", "2026-10-05 12:30", "koval", "shevchuk", "Страхование грузов — по итогам выставки", """
Андрей Николаевич, добрый день!
Как договаривались на «Продэкспо» и сегодня по телефону, направляю анкету по страхованию грузов (рефрижераторные перевозки в РФ). Заполните, пожалуйста, — по ней посчитаем у двух-трёх страховщиков.
""", att=["Анкета_грузы_BY.docx"])
m("pm2", "2026-10-09 15:15", "shevchuk", "koval", None, """
Дмитрий, добрый день.
Анкета во вложении. Около 1100 рейсов в год, в основном Москва и Смоленск, средняя стоимость груза 85 тыс. BYN. Убытков за 3 года не было, один раз перевозчик сорвал температуру, но договорились сами.
""", re="pm1", q="outlook_ru", att=["Анкета_ПМ.docx"])
m("pm3", "2026-10-16 11:00", "koval", "shevchuk", "Страхование грузов — предложения", """
Андрей Николаевич, предложения по генеральному полису на год:

Белнадзея Страх — 0,05% от стоимости перевозимых грузов, премия 46 800 BYN, франшиза 500 BYN
ПромТрансСтрах — 0,058%, премия 54 300 BYN, франшиза 300 BYN

Оба покрывают нарушение температурного режима при наличии термописца. Рекомендую Белнадзею.
""", att=["Сравнение предложений.xlsx"])
m("pm4", "2026-10-20 09:40", "shevchuk", "koval", None, """
Устраивает первый. Можно оплату поквартально?
""", re="pm3", q="outlook_ru")
m("pm5", "2026-10-21 10:05", "koval", "shevchuk", None, """
Поквартально — да, без удорожания. Проект договора пришлю в пятницу.
""", re="pm4", q="outlook_ru", ag=[("Проект договора пришлю в пятницу.", "2026-10-23", "kept")])
m("pm6", "2026-10-23 16:20", "koval", "shevchuk", "Проект договора страхования грузов", """
Андрей Николаевич, проект договора с Белнадзея Страх во вложении. Срок действия с 1 ноября 2026 года, премия 46 800 BYN, 4 платежа.
""", att=["Договор_грузы_Белнадзея_проект.docx"])
m("pm7", "2026-10-28 14:00", "shevchuk", "koval", None, """
Юрист согласовал, одна правка в п. 5.3 (срок уведомления об убытке 5 рабочих дней вместо 3). Подписание у нас 2-го, директор будет.
""", re="pm6", q="outlook_ru", ans="ics:pm-sign-1102")
m("pm8", "2026-11-03 10:30", "shevchuk", "koval", "Договор подписан", """
Дмитрий, договор подписан директором, первый платёж прошёл. Спасибо за работу, всё быстро.
""", na=False)
m("pm9", "2026-11-24 08:50", "shevchuk", "koval", "Убыток — рейс 4471 Смоленск", """
Дмитрий, опять перевозчик «ТрансЛайн-Бел» сорвал температуру: рефрижератор простоял на границе 9 часов с выключенной установкой, 18 т творожной продукции под списание. Это уже второй раз с ними, будем менять перевозчика.
Что делаем по страховке? Термограмма есть.
""", cp="third", ans="call:shevchuk24")
m("pm10", "2026-11-24 12:10", "koval", "shevchuk", None, """
Андрей Николаевич, как обсудили по телефону: груз не утилизировать, претензию перевозчику направить сегодня (шаблон во вложении). Завтра в 10 приеду с сюрвейером Белнадзеи.
""", re="pm9", q="outlook_ru", att=["Претензия перевозчику_шаблон.docx"],
  ag=[("Завтра в 10 приеду с сюрвейером Белнадзеи.", "2026-11-25", "kept")])

# ======================= Ковалёнок: МинскАвтоТранс (КАСКО, lost by silence) =======================
m("ma1", "2026-10-07 14:25", "lis", "koval", "КАСКО автобусы", """
Добрый день. Нужно КАСКО на 25 автобусов МАЗ-203, 2018-2023 г.в., городские маршруты. Пришлите расценки.
""")
m("ma2", "2026-10-08 09:30", "koval", "lis", None, """
Виктор Сергеевич, добрый день!
Для расчёта нужны: список с VIN и стоимостью, убытки за 3 года, где ночуют автобусы. Могу подъехать в парк в среду 14-го, посмотреть стоянку.
""", re="ma1", q="outlook_ru")
m("ma3", "2026-10-13 13:00", "lis", "koval", None, """
Список и убытки во вложении. 14-го в 10 подъезжайте, парк №3, ул. Серова.
""", re="ma2", q="outlook_ru", att=["Автобусы_МАТ.xlsx"], ans="ics:ma-visit-1014")
m("ma4", "2026-10-20 15:40", "koval", "lis", "КАСКО 25 автобусов — предложение", """
Виктор Сергеевич, по итогам осмотра парка:

Белнадзея Страх — 61 200 BYN, франшиза 1 000 BYN
ПромТрансСтрах — 66 900 BYN, франшиза 500 BYN

Рекомендую Белнадзею. Предложение действует до 15 ноября.
""", att=["Сравнение предложений.xlsx"])
m("ma5", "2026-10-27 10:10", "koval", "lis", None, """
Виктор Сергеевич, добрый день! Удалось посмотреть предложение? Если есть вопросы — готов подъехать.
""", re="ma4", q="outlook_ru")
m("ma6", "2026-11-05 11:00", "koval", "lis", None, """
Виктор Сергеевич, напоминаю: предложение Белнадзеи действует до 15 ноября. Дальше страховщик пересчитает по тарифам 2027 года.
""", re="ma5", q="outlook_ru")
m("ma7", "2026-11-23 09:15", "koval", "head", "МинскАвтоТранс", """
Галина Сергеевна, МинскАвтоТранс молчит с 13 октября, на звонки не отвечают (три раза). Срок предложения истёк. Закрываю как проигранную, весной попробую снова.
""")
m("ma8", "2026-11-23 09:40", "head", "koval", None, """
Согласна, закрывай.
""", re="ma7", q="outlook_ru", sig=False)

# ======================= Ковалёнок: БелХимПласт (имущество, qualified) =======================
m("bc1", "2026-11-09 10:00", "misyuk", "koval", "Страхование имущества завода", """
Добрый день.
Рассматриваем страхование имущества завода в Новополоцке (балансовая стоимость ОС около 38 млн BYN). Сейчас страхуем только по требованию банка, залоговое имущество. Хотим полную программу с 2027 года. Как вы работаете?
""")
m("bc2", "2026-11-10 11:30", "koval", "misyuk", None, """
Ольга Петровна, добрый день!
Для полной программы сначала нужен осмотр завода с инженером страховщика, это бесплатно. Предлагаю 19 ноября, с 10:00. Потом — сравнение 2–3 страховщиков.
""", re="bc1", q="outlook_ru")
m("bc3", "2026-11-10 14:45", "misyuk", "koval", None, """
19-го подходит. Встретит главный инженер Р. Самусевич.
""", re="bc2", q="outlook_ru", na=False, ag=[("Встретит главный инженер Р. Самусевич.", None, "kept")])
m("bc4", "2026-11-20 12:00", "koval", "misyuk", "Страхование имущества — что нужно после осмотра", """
Ольга Петровна, спасибо за организацию осмотра.
Для расчёта осталось получить:
1. Перечень основных средств с балансовой и восстановительной стоимостью.
2. Убытки за 5 лет (даже не заявленные страховщику).
3. Последний акт проверки МЧС.
""")
m("bc5", "2026-11-27 15:30", "misyuk", "koval", None, """
Дмитрий, перечень ОС и акт МЧС во вложении, убытки пришлём на следующей неделе — бухгалтерия закрывает месяц.
""", re="bc4", q="outlook_ru", att=["ОС_БХП.xlsx", "Акт МЧС_2026.pdf"],
  ag=[("Дмитрий, перечень ОС и акт МЧС во вложении, убытки пришлём на следующей неделе — бухгалтерия закрывает месяц.", None, "open")])
m("bc6", "2026-11-27 16:10", "koval", "misyuk", None, """
Спасибо! В понедельник 7-го наберу, уточню по убыткам. Как только их получу — в течение 5 рабочих дней дам предложение.
""", re="bc5", q="outlook_ru",
  ag=[("В понедельник 7-го наберу, уточню по убыткам.", "2026-12-07", "open"),
      ("Как только их получу — в течение 5 рабочих дней дам предложение.", None, "open")])

# ======================= Ковалёнок: Гродно Мебель (ДМС, lead) =======================
m("gm1", "2026-12-01 14:10", "buiko", "koval", "ДМС для сотрудников", """
Добрый день!
Интересует добровольное медицинское страхование для сотрудников (примерно 140 человек). Сколько примерно стоит на человека в год?
""", ans="call:buiko02")
m("gm2", "2026-12-02 11:00", "koval", "buiko", None, """
Ирина, добрый день! Спасибо за звонок.
Ориентир по Гродно — от 280 до 650 BYN на человека в год, в зависимости от программы (поликлиника, стоматология, стационар). Чтобы посчитать точно, нужен список сотрудников (пол, год рождения) и пожелания по клиникам.
Могу подъехать к вам 10 декабря и всё рассказать.
""", re="gm1", q="gmail_ru")
m("gm3", "2026-12-03 09:20", "buiko", "koval", None, """
10-го подходит, в 11:00, ул. Суворова 300. Список подготовлю.
""", re="gm2", q="gmail_ru", ans="ics:gm-meet-1210",
  ag=[("Список подготовлю.", None, "open")])

# ======================= Ковалёнок: Светлана Жук (ИП, разовый полис на груз) =======================
m("zh1", "2026-11-16 20:40", "zhuk", "koval", "страхование груза", """
Добрый вечер! Везу партию косметики из Польши, груз на 14 500 евро, машина выходит 20-го. Можно застраховать один рейс? Сколько будет стоить?
""")
m("zh2", "2026-11-17 09:15", "koval", "zhuk", None, """
Светлана, добрый день! Да, разовый полис: 0,3% от стоимости, но не меньше 50 евро — у вас как раз 50 евро. Нужны инвойс и CMR (или номер машины), полис сделаем в тот же день.
""", re="zh1", q="gmail_ru")
m("zh3", "2026-11-18 10:05", "zhuk", "koval", None, """
Инвойс во вложении, машина AB 4471-7. Выставляйте счёт.
""", re="zh2", q="gmail_ru", att=["Invoice_PL_2211.pdf"])
m("zh4", "2026-11-19 12:20", "koval", "zhuk", None, """
Светлана, полис и счёт во вложении. Груз застрахован с момента погрузки.
""", re="zh3", q="gmail_ru", att=["Полис_груз_ИП Жук.pdf", "Счет_ИП Жук.pdf"])
m("zh5", "2026-11-19 18:02", "zhuk", "koval", None, """
Спасибо большое! Оплатила.
""", re="zh4", q="iphone_ru", na=False)

# ======================= Воронцова: РегионЭнергоСбыт (D&O, contract) =======================
m("re1", "2026-10-13 10:00", "head", "gurov", "D&O — по итогам форума", """
Павел Андреевич, добрый день!
Спасибо за разговор на форуме «Риск-менеджмент 2026». Как договорились, направляю заявление на страхование ответственности директоров (D&O). Для котировки понадобятся также отчётность МСФО за 2025 год и состав совета директоров.
""", att=["Заявление D&O.docx"])
m("re2", "2026-10-26 17:30", "gurov", "head", None, """
Галина Сергеевна, добрый день.
Заявление, МСФО и состав СД во вложении. Желаемый лимит — 1,5 млрд рублей. Полис должен начать действовать с 1 января.
""", re="re1", q="outlook_ru", att=["Заявление D&O_РЭС.pdf", "МСФО_2025.pdf", "Совет директоров.pdf"], na=False)
m("re3", "2026-11-06 12:00", "head", "gurov", "D&O — котировки", """
Павел Андреевич, котировки на лимит 1,5 млрд:

Оберег — премия 2,4 млн руб., франшиза для компании 5 млн;
Северная + Вектор (сострахование 50/50) — 2,65 млн руб., франшиза 3 млн.

Рекомендуем Оберег. Предлагаю представить котировки у вас 12 ноября.
""", att=["Сравнение предложений.xlsx"])
m("re4", "2026-11-06 15:20", "gurov", "head", None, """
12-го в 14:00, ждём. Будет также финансовый директор.
""", re="re3", q="outlook_ru", na=False)
m("re5", "2026-11-13 11:10", "gurov", "head", "D&O — после встречи", """
Галина Сергеевна, спасибо за презентацию. Совет директоров рассмотрит вопрос 10 декабря. К 4 декабря нужен проект полиса Оберега, чтобы юристы успели посмотреть.
""")
m("re6", "2026-11-13 12:05", "head", "gurov", None, """
Павел Андреевич, проект полиса пришлю до 25 ноября.
""", re="re5", q="outlook_ru", ag=[("Павел Андреевич, проект полиса пришлю до 25 ноября.", "2026-11-25", "kept")])
m("re7", "2026-11-24 18:15", "head", "gurov", "D&O — проект полиса Оберег", """
Павел Андреевич, проект полиса D&O Оберега во вложении: лимит 1,5 млрд, премия 2,4 млн руб., период с 1 января 2027 по 31 декабря 2027.
""", att=["Полис D&O Оберег_проект.docx"])
m("re8", "2026-12-01 16:40", "gurov", "head", None, """
Галина Сергеевна, правки юристов во вложении. Главное — формулировка исключения по санкционным рискам (п. 4.12), в текущем виде она исключает почти всё.
""", re="re7", q="outlook_ru", att=["Полис D&O_правки РЭС.docx"])
m("re9", "2026-12-02 10:20", "head", "gurov", None, """
Павел Андреевич, направила в Оберег, ответ дам до 8 декабря.
""", re="re8", q="outlook_ru", ag=[("Павел Андреевич, направила в Оберег, ответ дам до 8 декабря.", "2026-12-08", "open")])

# ======================= noise, internal, forwards =======================
for i, (dd, no, topic) in enumerate([("2026-10-09 07:00", 41, "ОСАГО: новые тарифные коридоры с 2027 года"),
                                      ("2026-11-06 07:00", 45, "ДМС: страховщики повышают тарифы на 12–18%"),
                                      ("2026-12-04 07:00", 49, "Грузы: санкционные оговорки в открытых полисах")]):
    m(f"nl{i+1}", dd, "digest", ["shilov", "mart", "koval"], f"Страховой дайджест №{no}: {topic}", f"""
Страховой дайджест — еженедельная рассылка для профессионалов рынка.

Главное за неделю: {topic}.
Также в выпуске: обзор сборов по итогам 9 месяцев, интервью с андеррайтером, календарь событий.

Читать полностью: https://strahovoy-digest.ru/issue/{no}
Отписаться: https://strahovoy-digest.ru/unsubscribe
""", sig=False, hdr={"List-Unsubscribe": "<https://strahovoy-digest.ru/unsubscribe>", "Precedence": "bulk"})
m("cold1", "2026-10-21 11:11", "leadgen", "shilov", "Артём, 40 тёплых лидов по ДМС в месяц", """
Артём, добрый день!
Мы помогаем страховым брокерам получать 30–50 заявок в месяц от HR-директоров компаний 100+ сотрудников. Первые 10 лидов бесплатно.
Удобно созвониться на 15 минут в четверг?
Кирилл, ЛидМастер B2B
""", sig=False)
m("cold2", "2026-11-18 14:00", "riskdata", "mart", "Quick question about your cargo book", """
Hi Elena,
RiskData helps brokers benchmark cargo rates across 40 markets. Would you be open to a 20-minute demo next week?
Tom
""", sig=False)
m("fo1", "2026-11-02 09:00", "forum", "koval", "Спасибо за участие в Страховом форуме", """
Дмитрий, благодарим вас за выступление на Белорусском страховом форуме. Презентации участников доступны на сайте.
С уважением, оргкомитет
""", sig=False)
m("in1", "2026-10-19 13:10", "shilov", "mart", "андеррайтер ДМС Северная", """
Лен, у тебя есть прямой контакт андеррайтера ДМС в Северной? Медтехнике считаю, колл-центр третий день кормит завтраками.
""")
m("in2", "2026-10-19 13:40", "mart", "shilov", None, """
Артём, Ирина Ходова, +7 495 640-22-11 доб. 318. Сошлись на меня.
""", re="in1", q="outlook_ru", sig=False)
m("in3", "2026-11-27 10:20", "shilov", "head", "Fwd: Где договор КАСКО???", """
Галина Сергеевна, ТЛВ ругается, Оберег держит договор на визировании неделю. Можете набрать их директору по продажам? Иначе потеряем клиента.
""", fwd="tl13")
m("in4", "2026-11-27 11:05", "head", "shilov", None, """
Набрала. Обещают подписать сегодня, оригиналы курьером в понедельник. Клиенту позвони сам прямо сейчас.
""", re="in3", q="outlook_ru", sig=False)
m("in5", "2026-11-30 09:00", "head", ["shilov", "mart", "koval"], "Планёрка и план на декабрь", """
Коллеги, планёрка в среду в 10:00, Минск подключается по видео. Прошу к среде обновить прогноз по декабрю: Медтехника, Sunrise, НеваСофт, РЭС.
""")
m("in6", "2026-11-23 18:30", "mart", "head", "Fwd: Sunrise Pharma — revised Vektor terms", """
Галина Сергеевна, для информации: Sunrise не ответили к 20-му, как обещали. Завтра напомню. Предложение Вектора действует до 30 ноября.
""", fwd="sp8")


# ======================= meetings =======================
# uid, organizer box, start (local), minutes, summary, location, attendee keys, tz
MEETINGS = [
    ("sm-survey-1016", "shilov", "2026-10-16 10:00", 180, "Осмотр площадки ЖК «Лесной квартал» (СМР)", "Стройплощадка ЖК «Лесной квартал», корп. 3, Химки", ["babenko"], "+0300"),
    ("mt-meet-1021", "shilov", "2026-10-21 11:00", 60, "Медтехника Плюс — проект договора ДМС", "Офис клиента, ул. Бауманская 11", ["kim", "rozhkov"], "+0300"),
    ("tl-video-1022", "shilov", "2026-10-22 14:00", 45, "ТЛВ — КАСКО 42 ТС, разбор предложений (видео)", "Яндекс Телемост", ["lyapin", "demina"], "+0300"),
    ("sm-sign-1105", "shilov", "2026-11-05 11:00", 60, "Подписание договора СМР — СтройМонолит", "Офис СтройМонолит, Ленинградский пр. 80", ["babenko"], "+0300"),
    ("sm-adjuster-1123", "shilov", "2026-11-23 10:00", 150, "Осмотр убытка с аджастером — котлован корп. 3", "Стройплощадка ЖК «Лесной квартал»", ["babenko"], "+0300"),
    ("kp-survey-1020", "mart", "2026-10-20 09:00", 360, "Kallio Paper — risk survey (property)", "Kallio Paper Mill, Pitkyaranta", ["sorokina", "jussi"], "+0300"),
    ("sp-meet-1106", "mart", "2026-11-06 11:00", 90, "Sunrise Pharma — cargo quotes review", "Sunrise Pharma office, Presnenskaya nab. 12", ["iyer", "nair"], "+0300"),
    ("ar-survey-1103", "mart", "2026-11-03 11:00", 180, "Арарат Текстиль — осмотр фабрики", "Гюмри, фабрика «Арарат Текстиль»", ["sargsyan"], "+0400"),
    ("ns-present-1117", "mart", "2026-11-17 15:00", 60, "НеваСофт — презентация предложения ДМС 2027", "Видеосвязь (ссылка клиента)", ["lebedeva"], "+0300"),
    ("kp-call-1203", "mart", "2026-12-03 11:00", 60, "Kallio Paper — revised quote discussion", "Microsoft Teams", ["jussi", "sorokina"], "+0300"),
    ("kp-call-1210", "mart", "2026-12-10 11:00", 60, "Kallio Paper — final terms 2027", "Microsoft Teams", ["jussi", "sorokina"], "+0300"),
    ("re-present-1112", "head", "2026-11-12 14:00", 90, "РегионЭнергоСбыт — презентация котировок D&O", "Офис АО «РегионЭнергоСбыт», Москва", ["gurov"], "+0300"),
    ("ma-visit-1014", "koval", "2026-10-14 10:00", 90, "МинскАвтоТранс — осмотр автопарка №3", "Минск, ул. Серова, автопарк №3", ["lis"], "+0300"),
    ("pm-sign-1102", "koval", "2026-11-02 14:00", 60, "Полесье Молоко — подписание договора страхования грузов", "Пинск, ОАО «Полесье Молоко»", ["shevchuk"], "+0300"),
    ("bc-survey-1119", "koval", "2026-11-19 10:00", 240, "БелХимПласт — осмотр завода", "Новополоцк, СООО «БелХимПласт»", ["misyuk"], "+0300"),
    ("pm-survey-1125", "koval", "2026-11-25 10:00", 120, "Полесье Молоко — осмотр груза с сюрвейером (рейс 4471)", "Пинск, склад готовой продукции", ["shevchuk"], "+0300"),
    ("gm-meet-1210", "koval", "2026-12-10 11:00", 60, "Гродно Мебель — встреча по ДМС", "Гродно, ул. Суворова 300", ["buiko"], "+0300"),
    ("re-call-1118", "head", "2026-11-18 16:00", 30, "РЭС — созвон по срокам проекта полиса D&O", "Телефон / Телемост", ["gurov"], "+0300"),
    ("int-plan-1202", "head", "2026-12-02 10:00", 60, "Планёрка: прогноз на декабрь", "Переговорная / видео для Минска", ["shilov", "mart", "koval"], "+0300"),
]

# ======================= calls (telephony export, one row each) =======================
# key, local time, direction, extension, number, seconds, disposition, note
CALLS = [
    ("pm05", "2026-10-05 11:20", "Исходящий", "301", "+375 29 614-27-83", 420, "ANSWERED", "после выставки"),
    ("babenko08", "2026-10-08 10:05", "Исходящий", "202", "8 (916) 233-41-07", 400, "ANSWERED", ""),
    ("taras13", "2026-10-13 15:40", "Исходящий", "202", "+7 918 340 55 12", 610, "ANSWERED", "грузы, генполис"),
    ("demina21", "2026-10-21 16:30", "Исходящий", "202", "8 (8482) 55-31-90", 190, "ANSWERED", ""),
    ("osipova22", "2026-10-22 11:00", "Исходящий", "202", "+7 913 208-66-41", 1080, "ANSWERED", "дебиторка, созвон"),
    ("babenko23", "2026-10-23 10:15", "Исходящий", "202", "+79162334107", 300, "ANSWERED", ""),
    ("demina27", "2026-10-27 10:40", "Исходящий", "202", "8-8482-55-31-90", 120, "ANSWERED", ""),
    ("lebedeva27", "2026-10-27 11:30", "Исходящий", "203", "+7 (812) 336-70-15", 540, "ANSWERED", "уточнения по ДМС"),
    ("lis29", "2026-10-29 14:00", "Исходящий", "301", "+375 17 286-45-10", 0, "NO ANSWER", ""),
    ("iyer06", "2026-11-06 17:10", "Входящий", "203", "+7 985 120-44-73", 240, "ANSWERED", ""),
    ("lis10", "2026-11-10 10:30", "Исходящий", "301", "+375 17 286-45-10", 0, "NO ANSWER", ""),
    ("lis12", "2026-11-12 09:40", "Исходящий", "301", "+375 17 2864510", 0, "BUSY", ""),
    ("rustam12", "2026-11-12 19:30", "Входящий", "202", "8 926 511 40 72", 0, "NO ANSWER", ""),
    ("rustam13", "2026-11-13 12:20", "Исходящий", "202", "+7 926 511-40-72", 260, "ANSWERED", "магазин Подольск"),
    ("cold13", "2026-11-13 16:00", "Входящий", "202", "+7 499 322-10-45", 45, "ANSWERED", "реклама"),
    ("gurov16", "2026-11-16 11:00", "Исходящий", "200", "+7 495 987-33-10", 420, "ANSWERED", ""),
    ("zhuk17", "2026-11-17 11:00", "Входящий", "301", "+375 33 690-12-54", 180, "ANSWERED", "разовый полис"),
    ("pieter18", "2026-11-18 15:20", "Исходящий", "203", "+31 20 794 1180", 420, "ANSWERED", ""),
    ("babenko20", "2026-11-20 10:05", "Входящий", "202", "+7 916 233-41-07", 350, "ANSWERED", "залив котлована"),
    ("shevchuk24", "2026-11-24 09:30", "Исходящий", "301", "+375296142783", 500, "ANSWERED", "убыток рейс 4471"),
    ("lebedeva26", "2026-11-26 14:10", "Входящий", "203", "+7 812 336-70-15", 200, "ANSWERED", ""),
    ("lyapin27", "2026-11-27 11:15", "Исходящий", "202", "+7 917 604-22-19", 240, "ANSWERED", "договор КАСКО"),
    ("akopyan30", "2026-11-30 10:02", "Исходящий", "203", "+374 10 548221", 900, "ANSWERED", "ВолгаМаркет"),
    ("kim01", "2026-12-01 15:00", "Исходящий", "202", "+7 495 641-20-88", 150, "ANSWERED", "напомнить про подпись"),
    ("buiko02", "2026-12-02 10:30", "Входящий", "301", "+375 152 74-18-06", 330, "ANSWERED", ""),
    ("lyapin02", "2026-12-02 12:00", "Входящий", "202", "+7 917 604-22-19", 90, "ANSWERED", ""),
    ("gurov02", "2026-12-02 16:45", "Входящий", "200", "+7 495 987-33-10", 300, "ANSWERED", ""),
]

# ======================= ground truth: negotiations =======================
# client, manager key, product, stage, evidence (msg key or ics uid), next, source, amount (minor, cur), close
NEGOTIATIONS = [
    ("ООО «СтройМонолит»", "shilov", "property", "won", "sm10", None, None, (306000000, "RUB"), "2026-11-06"),
    ("АО «ТрансЛогистик Волга»", "shilov", "fleet", "won", "tl15", None, None, (775000000, "RUB"), "2026-12-01"),
    ("ООО «Кубань-Зерно»", "shilov", "cargo", "lost", "kz4", None, None, (190000000, "RUB"), None),
    ("ООО «Медтехника Плюс»", "shilov", "dms", "contract", "mt8", "2026-12-09", "client_request", (341000000, "RUB"), "2027-01-01"),
    ("rustam.gasanov77@yandex.ru", "shilov", "property", "contract", "ru6", None, None, (1840000, "RUB"), None),
    ("ООО «Сиблеспром»", "shilov", "credit", "proposal", "sl4", "2026-12-16", "client_request", (460000000, "RUB"), None),
    ("Sunrise Pharma Distribution", "mart", "cargo", "contract", "sp12", "2026-12-07", "manager_promise", (2490000, "USD"), "2026-12-15"),
    ("Sunrise Pharma Distribution", "mart", "dno", "proposal", "sp16", None, None, (41000000, "RUB"), None),
    ("Kallio Paper", "mart", "property", "negotiation", "kp20", "2026-12-10", "meeting", (2130000000, "RUB"), "2027-01-01"),
    ("Van der Berg Flowers", "mart", "cargo", "lost", "vb7", None, None, (2750000, "EUR"), None),
    ("ЗАО «Арарат Текстиль»", "mart", "property", "qualified", "ar5", "2027-05-15", "manager_promise", None, "2027-08-01"),
    ("ООО «Ереван Фуд Трейд»", "mart", "credit", "negotiation", "ef8", "2026-12-08", "manager_promise", (134000000, "RUB"), None),
    ("ООО «НеваСофт»", "mart", "dms", "negotiation", "ns6", "2026-12-07", "client_request", (934000000, "RUB"), "2027-01-01"),
    ("ОАО «Полесье Молоко»", "koval", "cargo", "won", "pm8", None, None, (4680000, "BYN"), "2026-11-01"),
    ("ООО «МинскАвтоТранс»", "koval", "fleet", "lost", "ma6", None, None, (6120000, "BYN"), None),
    ("СООО «БелХимПласт»", "koval", "property", "qualified", "bc4", "2026-12-07", "manager_promise", None, None),
    ("ЧУП «Гродно Мебель»", "koval", "dms", "lead", "gm1", "2026-12-10", "meeting", None, None),
    ("svetlana.zhuk.ip@gmail.com", "koval", "cargo", "won", "zh5", None, None, (5000, "EUR"), None),
    ("АО «РегионЭнергоСбыт»", "head", "dno", "contract", "re7", "2026-12-08", "manager_promise", (240000000, "RUB"), "2027-01-01"),
]

NOT_NEGOTIATIONS = [
    ("digest", "newsletter"), ("leadgen", "unknown sender, no answer"), ("riskdata", "unknown sender, no answer"),
    ("karapet", "auto-reply"), ("forum", "thanks only"),
    ("head", "internal"), ("shilov", "internal"), ("mart", "internal"), ("koval", "internal"),
]

# booked sales (accounting export)
SALES = [
    ("АРН-2026-0311", "05.11.2026", "shilov", "property", "ООО «СтройМонолит»", "3 060 000,00", "RUB"),
    ("АРН-2026-0309", "03.11.2026", "koval", "cargo", "ОАО «Полесье Молоко»", "46 800,00", "BYN"),
    ("АРН-2026-0324", "19.11.2026", "koval", "cargo", "", "50,00", "EUR"),
    ("АРН-2026-0340", "01.12.2026", "shilov", "fleet", "АО «ТрансЛогистик Волга»", "7 750 000,00", "RUB"),
]
PLANS = [
    ("2026-11", "manager", "shilov", "all", "6 000 000"), ("2026-12", "manager", "shilov", "all", "9 000 000"),
    ("2026-11", "manager", "mart", "all", "8 000 000"), ("2026-12", "manager", "mart", "all", "25 000 000"),
    ("2026-11", "manager", "koval", "all", "1 500 000"), ("2026-12", "manager", "koval", "all", "2 000 000"),
    ("2026-12", "manager", "head", "all", "2 400 000"),
    ("2026-Q4", "company", None, "all", "60 000 000"),
]


# ======================= more English mail =======================
m("sp18", "2026-10-29 09:40", "nair", "mart", "Cargo quotes — timing?", """
Hi Elena, any news from the insurers? HQ is asking me every day.
Priya
""")
m("sp19", "2026-10-29 10:05", "mart", "nair", None, """
Dear Priya,

Two insurers have already quoted and the third promised its terms today. You will have the full comparison tomorrow.
""", re="sp18", q="outlook_en",
  ag=[("You will have the full comparison tomorrow.", "2026-10-30", "kept")])
m("sp20", "2026-11-06 14:15", "iyer", "mart", "Thank you", """
Thanks for coming over today, Elena, very helpful.
""", sig=False, na=False)
m("sp21", "2026-11-09 11:30", "nair", "mart", "Compliance file — licence and broker agreement", """
Hi Elena,

For our compliance file (vendor onboarding) could you please send us: 1) your brokerage licence, 2) a draft broker service agreement, 3) Vektor's insurance licence?

Thanks,
Priya
""")
m("sp22", "2026-11-09 15:50", "mart", "nair", None, """
Dear Priya,

Please find attached our brokerage licence, the draft broker service agreement (Russian and English) and Vektor's licence. Our fee is paid by the insurer, so the agreement has no cost for Sunrise.
""", re="sp21", q="outlook_en", att=["Arnika brokerage licence.pdf", "Broker service agreement_draft_EN.docx", "Vektor licence.pdf"])
m("sp23", "2026-12-04 12:25", "nair", "mart", "D&O quotes — January", """
Hi Elena,

Rajesh asked me to keep the D&O quotes on file. Will Oberog's RUB 410,000 still be valid in January, or will they re-rate?

Priya
""")
m("sp24", "2026-12-04 15:40", "iyer", "mart", "Per-shipment certificates", """
Elena, one more thing — can Vektor issue an insurance certificate per shipment? Our customs broker asks for it on every sea consignment.
Rajesh
""", sig=False)
m("kp16", "2026-10-14 16:20", "sorokina", "mart", "Survey 20 October — passes", """
Dear Elena,

For the passes to the mill I need the full names and passport numbers of everyone coming on the 20th, by Friday please. Also please note safety boots and helmets are compulsory, we can provide helmets.
""")
m("kp17", "2026-10-15 09:10", "mart", "sorokina", None, """
Dear Anna,

Thank you. Two of us are coming: myself and Mr Oleg Bystrov, risk engineer of Severnaya. Passport details are in the attached file (please keep it confidential). We will bring our own boots.
""", re="kp16", q="outlook_en", att=["Survey attendees.docx"], ag=[("We will bring our own boots.", None, "kept")])
m("kp18", "2026-11-20 13:00", "jussi", "mart", "Policy currency", """
Elena, quick question: can the local policy be issued in EUR? Our group reports in EUR and the auditors ask.
""")
m("kp19", "2026-11-20 16:30", "mart", "jussi", None, """
Dear Jussi,

A Russian property policy for a Russian legal entity has to be in roubles. What we can do:

1. State the sums insured in RUB, with the EUR equivalent at the CBR rate of 1 January in the schedule for reference.
2. Add an indexation clause: if the EUR rate rises by more than 15% during the year, sums insured are increased at your request without re-underwriting.

Severnaya has agreed to both in principle. I will include the wording in the revised quote.
""", re="kp18", q="outlook_en",
  ag=[("I will include the wording in the revised quote.", None, "kept")])
m("kp20", "2026-12-03 15:10", "mart", "jussi", "Kallio Paper — summary of today's call", """
Dear Jussi, dear Anna,

Thank you for the call today. To summarise:
1. Premium RUB 21.3 m, option B, 18 months BI — agreed in principle.
2. Kallio to send the valuation of the fuel handling line.
3. Severnaya to confirm the date of the boiler house inspection; I will bring their answer to our call on 10 December.
4. Final terms call on 10 December at 11:00.
""", c=["sorokina"],
  ag=[("Severnaya to confirm the date of the boiler house inspection; I will bring their answer to our call on 10 December.", "2026-12-10", "open")])
m("vb9", "2026-10-27 10:45", "ksenia", "mart", "SVO handling agent contract", """
Hi Elena,
Pieter asked me to send you our contract with the handling agent at Sheremetyevo (cold store), it's attached.
Best,
""", att=["Handling agreement SVO.pdf"], na=False)
m("vb10", "2026-11-12 18:20", "pieter", "mart", None, """
Thanks Elena. I'll discuss it with my father, he still signs everything, and revert next week.
""", re="vb6", q="gmail_en", ag=[("I'll discuss it with my father, he still signs everything, and revert next week.", None, "kept")], na=False)
m("cold3", "2026-11-25 10:00", "riskdata", "mart", "Re: Quick question about your cargo book", """
Hi Elena, just bumping this to the top of your inbox. Would Thursday work for a quick demo?
Tom
""", re="cold2", q="gmail_en", sig=False)
