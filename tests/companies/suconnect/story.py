"""Сибирь-Урал Коннект: every message, meeting and call written by hand, with the labels.
Everything here is invented. build.py turns it into Maildirs, calendars, CSVs and truth.json."""

AS_OF = "2026-12-04T19:00:00+07:00"
TZ = "Asia/Novosibirsk"
DOMAIN = "suconnect.ru"

# key: (name, email, utc offset hours, role, signature)
P = {
 "irina": ("Ирина Колесникова", "i.kolesnikova@suconnect.ru", 7, "head",
   "--\nИрина Колесникова\nкоммерческий директор\nООО «Сибирь-Урал Коннект»\n+7 (383) 209-14-00"),
 "dmitry": ("Дмитрий Шестаков", "d.shestakov@suconnect.ru", 5, "manager",
   "Д. Шестаков\nСУ-Коннект, Екб\n+7 912 604-18-27"),
 "alina": ("Алина Ахметова", "a.akhmetova@suconnect.ru", 7, "manager",
   "Best regards / С уважением,\nAlina Akhmetova | Алина Ахметова\nKey Account Manager, International clients\nSibir-Ural Connect LLC (SU Connect)\n+7 (383) 209-14-60 ext. 202 | +7 913 455-20-81\nsuconnect.ru"),
 "egor": ("Егор Лапин", "e.lapin@suconnect.ru", 7, "manager",
   "С уважением и наилучшими пожеланиями,\nЕгор Лапин\nМенеджер по работе с корпоративными клиентами\nООО «Сибирь-Урал Коннект»\nтел.: +7 (383) 209-14-70 доб. 203\nмоб.: +7 913 771-05-62"),
 # internal, not managers
 "bragin": ("Сергей Брагин", "s.bragin@suconnect.ru", 7, "internal",
   "Брагин С.\nведущий инженер пресейл\nвн. 240"),
 "noc": ("NOC СУ-Коннект", "noc@suconnect.ru", 7, "internal", "Дежурная смена NOC\n+7 (383) 209-14-99 (24/7)"),
 "desk": ("Service Desk СУ-Коннект", "servicedesk@suconnect.ru", 7, "internal", ""),
 "yulia": ("Юлия Ким", "y.kim@suconnect.ru", 7, "internal", "Юлия Ким\nюрист"),
 # --- clients ---
 "galiev": ("Рустам Галиев", "r.galiev@uraltrubmash.ru", 5, "client",
   "С уважением,\nГалиев Р.Ф.\nНачальник отдела ИТ\nАО «Уралтрубмаш»\nт. +7 (343) 287-40-12, м. +7 922 118-30-44"),
 "pakhomova": ("Пахомова Ольга", "o.pakhomova@uraltrubmash.ru", 5, "client",
   "Пахомова О.В.\nведущий специалист отдела закупок\nАО «Уралтрубмаш»\n+7 (343) 287-40-55"),
 "lysenko": ("Лысенко Андрей", "a.lysenko@uraltrubmash.ru", 5, "client",
   "Лысенко А.С., юрисконсульт\nАО «Уралтрубмаш»"),
 "veret": ("Константин Веретенников", "k.veretennikov@farmagid-ural.ru", 5, "client",
   "--\nКонстантин Веретенников\nИТ-директор\nСеть аптек «Фармагид»\nмоб. +7 912 230-77-41\nFarmagid: здоровье рядом"),
 "bobrova": ("Боброва Наталья Сергеевна", "n.bobrova@ugtu-ekb.ru", 5, "client",
   "Боброва Н.С.\nначальник управления информатизации\nУГТУ\nтел. +7 (343) 375-48-20"),
 "zuev": ("Павел Зуев", "zuev@iset-zmk.ru", 5, "client",
   "Зуев П.А.\nглавный инженер\nООО «Исеть ЗМК»\n8-343-268-11-90"),
 "maltseva": ("Мальцева Елена Викторовна", "maltseva@rccr-nso.ru", 7, "client",
   "Секретарь единой комиссии\nГКУ НСО «Региональный центр цифрового развития»\nМальцева Е.В.\nтел. 8 (383) 238-60-17"),
 "kovalev": ("Артём Ковалёв", "kovalev@atlet-fit.ru", 5, "client",
   "Артём Ковалёв\nоперационный директор\nсеть фитнес-клубов «Атлет»\n+7 965 507-12-33"),
 "liwei": ("Li Wei", "li.wei@huaxinlog.ru", 7, "client",
   "Li Wei (Ли Вэй)\nIT Coordinator, Russia office\nHuaxin Logistics (Rus) LLC\nMob: +7 913 902-66-18\nWeChat: liwei_hx"),
 "yilmaz": ("Mehmet Yılmaz", "m.yilmaz@anadoluyapi.com.tr", 7, "client",
   "Mehmet YILMAZ\nProject Manager - Novosibirsk Residential Project\nAnadolu Yapı İnşaat A.Ş. Russia Branch\nM: +7 923 145-88-02 / +90 532 417 26 90"),
 "demir": ("Ayşe Demir", "a.demir@anadoluyapi.com.tr", 3, "client",
   "Av. Ayşe Demir\nLegal Department\nAnadolu Yapı İnşaat A.Ş.\nİstanbul"),
 "aidana": ("Aidana Sarsenova", "a.sarsenova@tolemtech.kz", 5, "client",
   "Aidana Sarsenova\nCTO, Tolem Tech\nAlmaty, Kazakhstan\n+7 701 344 19 07"),
 "fomin": ("Фомин Игорь Петрович", "fomin@nsatu.ru", 7, "client",
   "И.П. Фомин\nпроректор по цифровой трансформации\nНГАТУ\n+7 (383) 264-19-03"),
 "koh": ("Марина Кох", "m.koh@lavka-vkusa.ru", 7, "client",
   "Марина Кох\nоперационный директор «Лавка Вкуса»\n+7 913 388-40-71"),
 "tamara": ("Тамара Гусейнова", "tamara.guseinova@mail.ru", 7, "client", "Отправлено из Почты Mail.ru"),
 "dlxadmin": ("Администратор Дента-Люкс", "administrator@dentalux-nsk.ru", 7, "client",
   "Администратор клиники «Дента-Люкс»\nВиктория\n8 (383) 291-55-08"),
 "ryabova": ("Оксана Рябова", "o.ryabova@medline-sib.ru", 7, "client",
   "Рябова Оксана\nглавный администратор\nсеть клиник «Медлайн-Сибирь»\n+7 (383) 230-02-02, доб. 105"),
 "apetrov": ("Андрей Петров", "a.petrov@vektor-p.ru", 7, "client",
   "Петров Андрей Николаевич\nзам. главного инженера\nАО «Вектор-П»\n+7 (383) 349-27-61"),
 "sidorenko": ("Сидоренко В.И.", "sidorenko@vektor-p.ru", 7, "client", ""),
 "orlova": ("Светлана Орлова", "s.orlova@knigomir-sib.ru", 7, "client",
   "Светлана Орлова\nруководитель ИТ\n«Книжный мир Сибири»\n+7 (383) 227-80-45"),
 "sharipova": ("Гульнара Шарипова", "sharipova@uralmedcentr.ru", 5, "client",
   "Шарипова Гульнара\nзам. директора по ИТ\nУралМедЦентр\n+7 (343) 344-90-70"),
 "sokolov": ("Алексей Соколов", "garage54.sokolov@yandex.ru", 7, "client", "Гараж 54, автосервис\n8 913 010-54-54"),
 "zerno": ("Кофейня Зерно", "zerno.coffee54@gmail.com", 7, "client", "Лиза\nкофейня «Зерно»"),
 # --- not negotiations ---
 "digest": ("ЦОД-Дайджест", "news@cod-digest.ru", 3, "other", ""),
 "kabel": ("Кабель-Опт24", "sales@kabel-opt24.ru", 3, "other", ""),
 "coolx": ("Kevin Zhou", "kevin.zhou@coolx-thermal.com", 8, "other", ""),
 "journ": ("Ксения Белова", "k.belova@ndn-info.ru", 7, "other", "Ксения Белова, НДН.Инфо"),
}

# client directory: name, domains, owner, segment, phones
CLIENTS = [
 ("АО «Уралтрубмаш»", "uraltrubmash.ru", "dmitry", "Промышленность", "+7 343 287-40-12; +7 343 287-40-55"),
 ("Сеть аптек «Фармагид»", "farmagid-ural.ru", "dmitry", "Ритейл", ""),
 ("УГТУ", "ugtu-ekb.ru", "dmitry", "Образование", "+7 343 375-48-20"),
 ("ООО «Исеть ЗМК»", "iset-zmk.ru", "dmitry", "Промышленность", "+7 343 268-11-90"),
 ("ГКУ НСО «РЦЦР»", "rccr-nso.ru", "dmitry", "Госсектор", "+7 383 238-60-17"),
 ("Фитнес-клубы «Атлет»", "atlet-fit.ru", "dmitry", "Ритейл", ""),
 ("УралМедЦентр", "uralmedcentr.ru", "dmitry", "Медицина", "+7 343 344-90-70"),
 ("Huaxin Logistics (Rus)", "huaxinlog.ru", "alina", "Логистика", ""),
 ("Anadolu Yapı", "anadoluyapi.com.tr", "alina", "Строительство", ""),
 ("Tolem Tech", "tolemtech.kz", "alina", "Финтех", ""),
 ("НГАТУ", "nsatu.ru", "alina", "Образование", "+7 383 264-19-03"),
 ("«Лавка Вкуса»", "lavka-vkusa.ru", "alina", "Ритейл", ""),
 ("Клиника «Дента-Люкс»", "dentalux-nsk.ru", "egor", "Медицина", "+7 383 291-55-08, +7 913 744-21-90"),
 ("Медлайн-Сибирь", "medline-sib.ru", "egor", "Медицина", "+7 383 230-02-02"),
 ("АО «Вектор-П»", "vektor-p.ru", "egor", "Промышленность", ""),
 ("«Книжный мир Сибири»", "knigomir-sib.ru", "egor", "Ритейл", "+7 383 227-80-45"),
]

PRODUCTS = [
 ("inet", "Office internet", "Интернет для офисов", ["интернет", "канал", "internet", "Мбит", "Гбит"]),
 ("sip", "SIP telephony", "SIP-телефония", ["SIP", "телефония", "АТС", "telephony", "номера"]),
 ("racks", "Data-centre racks", "Аренда стоек в ЦОД", ["стойка", "стойки", "колокейшн", "rack", "colocation", "ЦОД"]),
 ("cloud", "Cloud server", "Облачный сервер", ["облако", "облачный сервер", "виртуальная машина", "VM", "cloud server", "vCPU"]),
 ("sdwan", "SD-WAN / VPN", "SD-WAN / VPN между филиалами", ["SD-WAN", "VPN", "VPN между филиалами", "IPsec", "туннель"]),
]

MSGS = []
def m(key, date, frm, to, subj, body, **kw):
    """date: local time of the sender 'YYYY-MM-DD HH:MM'. kw: cc, re (parent key), irt (False: no
    In-Reply-To), q (quote style of parent), att (attachment names), fwd (key forwarded), sig (False),
    na (needs answer, client inbound), ans (answering msg key / meeting key / 'call:Cxx'),
    prom [(quote, due, status)], compl (True about us / False third party), hdr {extra headers}."""
    MSGS.append(dict(key=key, date=date, frm=frm, to=to if isinstance(to, (list, tuple)) else [to],
                     subj=subj, body=body.strip("\n"), **kw))

MEETINGS = []
def meet(key, start, end, organizer, attendees, summary, location="", desc=""):
    """start/end in Novosibirsk time unless organizer is dmitry (Yekaterinburg)."""
    MEETINGS.append(dict(key=key, start=start, end=end, org=organizer, att=attendees,
                         summary=summary, location=location, desc=desc))

CALLS = []
def call(cid, time_nsk, direction, mgr, phone, dur, status, note=""):
    CALLS.append(dict(id=cid, time=time_nsk, dir=direction, mgr=mgr, phone=phone, dur=dur,
                      status=status, note=note))

# =====================================================================================
# DMITRY (Екатеринбург): Уралтрубмаш, Фармагид, УГТУ, Исеть ЗМК, РЦЦР (тендер), Атлет, УралМедЦентр
# =====================================================================================

# ---- АО «Уралтрубмаш»: интернет (договор, SLA с правками юристов) + SIP (КП, созвон 08.12) ----
m("ut01", "2026-10-06 09:40", "galiev", "dmitry", "Резервный канал + телефония для завода", """
Дмитрий, добрый день.

Контакт ваш дал Серебренников из «Исети», говорит, работаете нормально.

Что нужно:
- резервный канал интернета на заводоуправление (ул. Монтажников, 4), сейчас один провайдер, в сентябре лежали 9 часов;
- скорость от 500 Мбит/с, лучше 1 Гбит/с, BGP не нужен, нужен статический IP /29;
- отдельно — SIP-телефония: старая АТС Panasonic, хотим увести городские номера на SIP-транк, примерно 60 каналов, 12 городских номеров.

Можете посмотреть техническую возможность и приехать на объект на этой неделе?
""", na=True, ans="ut02")
m("ut02", "2026-10-06 11:05", "dmitry", "galiev", "Re: Резервный канал + телефония для завода", """
Рустам, добрый.
Приеду в четверг в 10:00 с инженером, посмотрим трассу и АТС.
""", re="ut01", q="outlook_ru", prom=[("Приеду в четверг в 10:00 с инженером, посмотрим трассу и АТС.", "2026-10-08", "kept")])
meet("ut_survey", "2026-10-08 10:00", "2026-10-08 11:30", "dmitry", ["galiev", "bragin"],
     "Уралтрубмаш — обследование площадки (трасса ВОЛС, АТС)", "Екатеринбург, ул. Монтажников, 4, проходная №2")
m("ut03", "2026-10-09 15:20", "bragin", "dmitry", "Уралтрубмаш: техвозможность", """
Дима, по Монтажников 4:
- от нашей муфты на Пехотинцев ~350 м, одна опора на территории завода, согласование с энергетиком завода;
- 1 Гбит/с делаем, /29 даём;
- АТС Panasonic TDE200, SIP-транк поднимем, 60 каналов ок.
Монтаж по смете 180 тыс. Срок 15 раб. дней после договора.
""")
m("ut04", "2026-10-13 12:10", "dmitry", ["galiev", "pakhomova"], "КП: интернет 1 Гбит/с + SIP, Уралтрубмаш", """
Рустам, Ольга, добрый день.
КП во вложении: интернет 1 Гбит/с — 78 000 руб./мес., SIP 60 каналов + 12 номеров — 24 000 руб./мес., монтаж разово 180 000 руб.
""", att=["КП_Уралтрубмаш_интернет_SIP.pdf"])
m("ut05", "2026-10-14 08:55", "pakhomova", "dmitry", "Уралтрубмаш - цена", """
Дмитрий, добрый день.
КП получила. Прошу вашу лучшую цену до пятницы, у нас ещё два предложения на столе.
""", na=True, ans="call:C03")
call("C03", "2026-10-15 13:20", "Исходящий", "dmitry", "+7 343 287-40-55", 412, "Отвечен", "Пахомова, торг по монтажу")
m("ut06", "2026-10-16 10:30", "dmitry", "pakhomova", "Re: Уралтрубмаш - цена", """
Ольга, по звонку: интернет 71 000/мес., монтаж 120 000. Это край.
""", re="ut05", q="outlook_ru")
m("ut07", "2026-10-20 09:12", "pakhomova", "dmitry", "RE: Уралтрубмаш - цена", """
Дмитрий, у Ростелекома монтаж бесплатный при договоре на 2 года. Сможете так же?
""", re="ut06", irt=False, q="outlook_ru", na=True, ans="ut08")
m("ut08", "2026-10-21 11:44", "dmitry", "pakhomova", "RE: Уралтрубмаш - цена", """
Бесплатно не сможем — там 350 м оптики. Монтаж можем разбить равными частями на 6 месяцев.
""", re="ut07", q="outlook_ru")
m("ut09", "2026-10-28 14:02", "pakhomova", "dmitry", "RE: Уралтрубмаш - цена", """
Дмитрий, добрый день.
СБ вас согласовала. По интернету готовы на 71 000 руб./мес. с монтажом в рассрочку, присылайте проект договора.
По SIP решение будет позже, Рустам Фаридович сейчас в командировке.
""", re="ut08", q="outlook_ru", na=True, ans="ut10")
m("ut10", "2026-11-02 10:15", "dmitry", ["pakhomova", "galiev"], "Договор на интернет — Уралтрубмаш", """
Ольга, Рустам, добрый.
Проект договора и Приложение №2 (SLA) во вложении. Сумма на 12 мес. — 852 000 руб. плюс монтаж 120 000 в рассрочку.
""", att=["Договор_Уралтрубмаш_интернет.docx", "Приложение_2_SLA.docx"])
m("ut11", "2026-11-12 16:40", "lysenko", "dmitry", "Протокол разногласий к договору, SLA", """
Добрый день, Дмитрий.

Направляю протокол разногласий к проекту договора и Приложению №2 (SLA) — правки в режиме рецензирования.
Основное:
1. п. 3.2 SLA — время восстановления 4 часа вместо 8;
2. п. 5.1 — штраф 5% абонентской платы за каждый час простоя сверх норматива (у вас — 1% за сутки);
3. подсудность — Арбитражный суд Свердловской области.

Прошу дать позицию до 20.11.
""", cc=["pakhomova"], att=["Протокол_разногласий_Уралтрубмаш.docx"], na=True, ans="ut12")
m("ut12", "2026-11-13 09:05", "dmitry", "lysenko", "RE: Протокол разногласий к договору, SLA", """
Андрей, добрый. Отдал нашему юристу, позицию пришлю до среды.
""", re="ut11", q="outlook_ru", cc=["pakhomova"], prom=[("Отдал нашему юристу, позицию пришлю до среды.", "2026-11-18", "kept")])
m("ut13", "2026-11-13 09:10", "dmitry", "yulia", "FW: Протокол разногласий к договору, SLA", """
Юля, привет. Глянь, пожалуйста, до вторника. По подсудности не спорим, по штрафам — надо торговаться.
""", fwd="ut11")
m("ut14", "2026-11-17 17:30", "yulia", "dmitry", "RE: FW: Протокол разногласий к договору, SLA", """
Дим, наша позиция в файле. 4 часа — можем только для канала 1 Гбит/с при наличии резерва, ставлю 6 ч. Штраф — 2% за час, не больше 30% месячной платы. Подсудность ок.
""", att=["Протокол_разногласий_Уралтрубмаш_СУК.docx"])
m("ut15", "2026-11-18 10:20", "dmitry", "lysenko", "RE: Протокол разногласий к договору, SLA", """
Андрей, наша позиция — в файле. Коротко: восстановление 6 ч, штраф 2% за час с потолком 30%, подсудность ваша.
""", re="ut12", q="outlook_ru", cc=["pakhomova"], att=["Протокол_разногласий_Уралтрубмаш_СУК.docx"])
m("ut16", "2026-11-24 15:48", "lysenko", "dmitry", "RE: Протокол разногласий к договору, SLA", """
Дмитрий, с вашей редакцией согласны. Финальную версию направьте, пожалуйста, в двух экземплярах для подписания.
""", re="ut15", q="outlook_ru", cc=["pakhomova"], na=True, ans="ut17")
m("ut17", "2026-11-26 11:02", "dmitry", ["lysenko", "pakhomova"], "RE: Протокол разногласий к договору, SLA", """
Финальная версия во вложении. Ждём подписанный.
""", re="ut16", q="outlook_ru", att=["Договор_Уралтрубмаш_интернет_final.docx"])
m("ut18", "2026-11-27 09:30", "pakhomova", "dmitry", "RE: Протокол разногласий к договору, SLA", """
Дмитрий, спасибо. Договор ушёл на подпись генеральному, подпишем до 11 декабря.
""", re="ut17", q="outlook_ru", na=False, prom=[("Договор ушёл на подпись генеральному, подпишем до 11 декабря.", "2026-12-11", "open")])
# SIP part of the same client
m("ut19", "2026-11-11 12:00", "dmitry", "galiev", "SIP", """
Рустам, добрый. По SIP из КП от 13.10 — актуально? Могу подъехать, показать запись разговоров.
""", na=None)
m("ut20", "2026-11-12 08:47", "galiev", "dmitry", "Re: SIP", """
Дмитрий, актуально, но не раньше, чем вернусь — я на площадке в Первоуральске до 20-го. Наберите после.
""", re="ut19", q="iphone_ru", sig=False, na=False)
call("C14", "2026-11-23 12:10", "Исходящий", "dmitry", "+7 922 118-30-44", 0, "Не отвечен")
call("C15", "2026-11-23 16:35", "Входящий", "dmitry", "+7 922 118-30-44", 540, "Отвечен",
     "Галиев: SIP — ждут решения по бюджету, договорились созвониться 08.12")

# ---- Сеть аптек «Фармагид»: SD-WAN, договор -> клиент поменял число точек -> новое КП ----
m("fg01", "2026-10-05 21:15", "veret", "dmitry", "SD-WAN для сети аптек — запрос", """
Дмитрий, добрый вечер.

Мы (сеть «Фармагид», 22 аптеки в Екатеринбурге, Берёзовском и Верхней Пышме + офис на Белинского) выбираем оператора для объединения точек. Исходные данные, чтобы не гонять письма:

- 22 аптеки, у каждой сейчас свой провайдер, от 20 до 100 Мбит/с, зоопарк роутеров;
- в каждой аптеке: 2 кассы, терминальный доступ к 1С в офисе (RDP), маркировка «Честный знак», IP-камеры (2-4 шт.);
- нужен единый VPN/SD-WAN с центральным управлением, резерв по LTE там, где нет второго проводного канала;
- центральный офис — канал не менее 500 Мбит/с;
- мониторинг 24/7 и личный кабинет с графиками загрузки;
- бюджет до 400 тыс. в месяц на всё, монтаж можем оплатить отдельно.

Вопросы:
1. Какое оборудование ставите на точки (вендор, модель)? Оно в собственности или в аренде?
2. Как считаете SLA для точки, где проводной канал не ваш?
3. Сроки запуска? Нам нужно быть в работе до 15 января — с 1 марта новые требования по маркировке.

Заранее спасибо.
""", na=True, ans="fg02")
m("fg02", "2026-10-06 09:02", "dmitry", "veret", "RE: SD-WAN для сети аптек — запрос", """
Константин, добрый. Принял, вопросов много — перезвоню завтра до обеда.
""", re="fg01", q="outlook_ru", prom=[("Принял, вопросов много — перезвоню завтра до обеда.", "2026-10-07", "kept")])
call("C01", "2026-10-07 13:40", "Исходящий", "dmitry", "+7 912 230-77-41", 1315, "Отвечен", "Веретенников: 22 точки, обсудили LTE-резерв")
m("fg03", "2026-10-09 18:20", "bragin", "dmitry", "Фармагид, 22 адреса", """
Прогнал адреса по базе. 17 точек — наша оптика в доме или рядом, 5 точек (Берёзовский х3, В.Пышма х2) — только LTE + канал клиента. Офис Белинского — есть 1G.
Оборудование — наши CPE в аренде, контроллер у нас в ЦОД.
""")
m("fg04", "2026-10-14 12:30", "dmitry", "veret", "КП SD-WAN — Фармагид", """
Константин, добрый.
КП во вложении: 22 точки по 14 500 = 319 000 руб./мес., офис 500 Мбит/с входит, монтаж разово 264 000. Ответы на вопросы 1-3 — в КП, раздел 4.
""", att=["КП_SDWAN_Фармагид.pdf"])
m("fg05", "2026-10-19 22:40", "veret", "dmitry", "RE: КП SD-WAN — Фармагид", """
Дмитрий, добрый вечер.

КП изучил, в целом ложится в бюджет. Уточнения:

- LTE-резерв: чьи SIM, кто платит трафик, есть ли лимит?
- Контроллер в вашем ЦОД — можно ли получить read-only доступ нашим админам?
- Переезд точек делаем по ночам, аптеки 8:00-22:00, 3 аптеки круглосуточные — для них только окно 3:00-5:00.

Отдельно, не к вам: в ТЦ «Гринвич» собственник здания снова не пускает монтажников текущего провайдера в щитовую без пропуска за неделю, а у нас там канал лежит с пятницы. Учтите этот объект при планировании, там всё через управляющую компанию.
""", re="fg04", q="outlook_ru", na=True, ans="fg06", compl=False)
m("fg06", "2026-10-20 10:10", "dmitry", "veret", "RE: КП SD-WAN — Фармагид", """
Константин, ответы Брагина ниже.
- SIM наши, трафик в абонентке, лимит 200 ГБ/мес на точку.
- Read-only в контроллер даём.
- Ночные окна ок, Гринвич учтём.
Давайте созвонимся в Zoom 27-го, приглашение отправил.
""", re="fg05", q="outlook_ru")
meet("fg_zoom", "2026-10-27 15:00", "2026-10-27 16:00", "dmitry", ["veret", "bragin"],
     "Фармагид — SD-WAN, технический созвон (Zoom)", "Zoom https://zoom.us/j/83520117734")
m("fg07", "2026-11-03 19:55", "veret", "dmitry", "RE: КП SD-WAN — Фармагид", """
Дмитрий, после созвона — решение принято, идём с вами на 22 точки.
Присылайте проект договора и SLA, юристы посмотрят. Напоминаю: в работе нужно быть до 15 января.
""", re="fg06", q="outlook_ru", na=True, ans="fg08")
m("fg08", "2026-11-05 10:40", "dmitry", "veret", "Договор SD-WAN — Фармагид", """
Константин, проект договора и SLA во вложении.
""", att=["Договор_Фармагид_SDWAN.docx", "SLA_Фармагид.docx"])
m("fg09", "2026-11-16 20:30", "veret", "dmitry", "Изменение объёма: 31 точка вместо 22", """
Дмитрий, добрый вечер.

У нас изменения, к сожалению, в последний момент:
- совет директоров утвердил покупку сети «Аптека Плюс» — это ещё 9 точек (адреса во вложении);
- итого 31 аптека + офис;
- договор в текущем виде подписывать не можем — нужен перерасчёт и новое КП, юристам пока дал отбой.

Бюджет не резиновый, так что очень рассчитываю на цену за точку ниже, чем в первом КП.
""", att=["Адреса_Аптека_Плюс.xlsx"], na=True, ans="fg10")
m("fg10", "2026-11-17 09:15", "dmitry", "veret", "RE: Изменение объёма: 31 точка вместо 22", """
Константин, понял. Новое КП пришлю до 24 ноября.
""", re="fg09", q="outlook_ru", prom=[("Новое КП пришлю до 24 ноября.", "2026-11-24", "kept")])
m("fg11", "2026-11-24 17:05", "dmitry", "veret", "КП SD-WAN v2 — 31 точка", """
Константин, КП v2 во вложении: 31 точка по 13 900 = 430 900 руб./мес., монтаж 9 новых точек — 108 000.
""", att=["КП_SDWAN_Фармагид_v2.pdf"])
m("fg12", "2026-11-26 21:45", "veret", "dmitry", "RE: КП SD-WAN v2 — 31 точка", """
Дмитрий, КП получил, спасибо.

Честно — выше нашего лимита, обсудим на встрече 8 декабря, я пригласил финдиректора.
Договор хотим подписать до 20 декабря, чтобы успеть запуститься до 15 января.
""", re="fg11", q="outlook_ru", na=False)
meet("fg_meet", "2026-12-08 11:00", "2026-12-08 12:30", "dmitry", ["veret"],
     "Фармагид — КП v2 на 31 точку, встреча с ИТ и финдиректором", "Екатеринбург, ул. Белинского, 86, офис Фармагид")

# ---- УГТУ: стойки в ЦОД, проиграли более дешёвому ----
m("ug01", "2026-10-07 11:20", "bobrova", "dmitry", "Аренда стоек в ЦОД для резервной площадки", """
Добрый день, Дмитрий!

Университету требуется размещение резервной площадки вычислительного кластера: 4 стойки 42U, до 6 кВт на стойку, 2 ввода, канал 1 Гбит/с до кампуса на Мира, 19. Просим направить коммерческое предложение и, если возможно, организовать осмотр ЦОД.
""", na=True, ans="ug02")
m("ug02", "2026-10-08 09:35", "dmitry", "bobrova", "Re: Аренда стоек в ЦОД для резервной площадки", """
Наталья Сергеевна, добрый день. Приглашаю на экскурсию в ЦОД в понедельник, 12-го, в 14:00. Пропуск закажу.
""", re="ug01", q="thunderbird", prom=[("Пропуск закажу.", None, "kept")])
meet("ug_tour", "2026-10-12 14:00", "2026-10-12 15:30", "dmitry", ["bobrova"],
     "УГТУ — экскурсия по ЦОД «Исеть-1»", "Екатеринбург, ул. Предельная, 57, ЦОД Исеть-1")
m("ug03", "2026-10-15 13:00", "dmitry", "bobrova", "КП_ЦОД_стойки УГТУ", """
Наталья Сергеевна, КП во вложении: 4 стойки по 62 000 руб./мес. (6 кВт), канал 1 Гбит/с до кампуса — 35 000/мес., подключение разово 40 000.
""", att=["КП_ЦОД_стойки.pdf"])
m("ug04", "2026-10-26 10:05", "bobrova", "dmitry", "Re: КП_ЦОД_стойки УГТУ", """
Дмитрий, добрый день.
Для нас дорого. Руководство ориентируется на 50 тыс. за стойку. Можете пересмотреть?
""", re="ug03", q="thunderbird", na=True, ans="ug05")
m("ug05", "2026-10-27 12:30", "dmitry", "bobrova", "Re: КП_ЦОД_стойки УГТУ", """
Наталья Сергеевна, 57 000 за стойку (228 000 в месяц за четыре) при договоре на 3 года — это минимум.
""", re="ug04", q="thunderbird")
m("ug06", "2026-11-10 16:15", "bobrova", "dmitry", "Re: КП_ЦОД_стойки УГТУ", """
Дмитрий, добрый день.
По итогам запроса предложений выбрали другого поставщика — у них 49 000 за стойку. Спасибо за экскурсию и за предложение.
""", re="ug05", q="thunderbird", na=False, ans="ug07")
m("ug07", "2026-11-10 16:40", "dmitry", "bobrova", "Re: КП_ЦОД_стойки УГТУ", """
Жаль. Если что-то пойдёт не так — на связи.
""", re="ug06", q="thunderbird")

# ---- Исеть ЗМК: интернет в новый цех, КП и тишина ----
m("is01", "2026-10-08 08:10", "zuev", "dmitry", "интернет в цех", """
Дмитрий добрый день. Нужен интернет 300 мбит в новый цех №4, ул. Шефская 3а. Сколько будет стоить и сроки?
""", na=True, ans="call:C02")
call("C02", "2026-10-09 11:05", "Исходящий", "dmitry", "+7 343 268-11-90", 260, "Отвечен", "Зуев: цех 4, ввод со стороны ж/д")
m("is02", "2026-10-12 15:30", "dmitry", "zuev", "Re: интернет в цех", """
Павел, добрый. Как обсуждали: 300 Мбит/с — 24 000 руб./мес., монтаж 95 000 разово, срок 10 раб. дней.
""", re="is01", q="gmail_ru")
m("is03", "2026-10-20 10:00", "dmitry", "zuev", "Re: интернет в цех", "Павел, получили? Есть вопросы?", re="is02", q="gmail_ru")
m("is04", "2026-10-29 09:45", "dmitry", "zuev", "Re: интернет в цех", "Павел, добрый. Цех 4 актуален?", re="is03", q="gmail_ru")
call("C09", "2026-11-02 10:20", "Исходящий", "dmitry", "+7 343 268-11-90", 0, "Не отвечен")
m("is05", "2026-11-16 11:30", "dmitry", "zuev", "Re: интернет в цех", "Павел, не дозвонился. Если не актуально — закрываю заявку.", re="is04", q="gmail_ru")
call("C18", "2026-11-30 09:50", "Исходящий", "dmitry", "+7 343 268-11-90", 0, "Занято")

# ---- ГКУ НСО «РЦЦР»: тендер, SD-WAN для 14 районных отделений ----
m("rc01", "2026-10-13 10:00", "maltseva", "dmitry", "Запрос ценовой информации исх. № 01-14/2231 от 13.10.2026", """
Уважаемый Дмитрий Алексеевич!

ГКУ НСО «Региональный центр цифрового развития» в целях определения начальной (максимальной) цены контракта просит предоставить ценовую информацию на оказание услуг по организации защищённой сети передачи данных (SD-WAN) между центральным офисом и 14 районными отделениями Новосибирской области на период с 01.01.2027 по 31.12.2027 в соответствии с техническим заданием (приложение 1).

Ценовую информацию просим направить в срок до 20.10.2026 на бланке организации с подписью руководителя.

Приложение: техническое задание на 7 л. в 1 экз.
""", att=["ТЗ_SDWAN_РЦЦР_2027.pdf"], na=True, ans="rc02")
m("rc02", "2026-10-16 14:00", "dmitry", "maltseva", "Ценовая информация на запрос исх. № 01-14/2231", """
Елена Викторовна, добрый день.
Ценовая информация на бланке во вложении: 5 880 000 руб. за 2027 год, включая НДС.
""", cc=["irina"], att=["Ценовая_информация_СУК_РЦЦР.pdf"])
m("rc03", "2026-11-02 09:30", "maltseva", "dmitry", "Извещение о проведении электронного аукциона", """
Уважаемые участники рынка!

Информируем, что в ЕИС размещено извещение № 0351200000426001187 о проведении электронного аукциона на оказание услуг по организации защищённой сети передачи данных. Дата окончания подачи заявок — 17.11.2026.
""", na=False)
m("rc04", "2026-11-09 11:10", "dmitry", "irina", "Аукцион РЦЦР 0351200000426001187", """
Ирина Валерьевна, заявку готовлю, подаю 16-го. Минимум по цене, ниже которого не идём — 5,4 млн. Ок?
""")
m("rc05", "2026-11-09 13:40", "irina", "dmitry", "RE: Аукцион РЦЦР 0351200000426001187", """
Ок, 5,4 — край. Обеспечение заявки согласую с бухгалтерией сегодня.
""", re="rc04", q="outlook_ru")
m("rc06", "2026-11-12 10:30", "dmitry", "maltseva", "Запрос разъяснений, извещение 0351200000426001187", """
Елена Викторовна, добрый день.
Просим разъяснить п. 6.4 ТЗ: время восстановления 2 часа распространяется на все 14 отделений или только на центральный офис?
""", cc=["irina"])
m("rc07", "2026-11-16 15:45", "maltseva", "dmitry", "Разъяснение положений документации, исх. № 01-14/2498", """
Уважаемый Дмитрий Алексеевич!

В ответ на Ваш запрос сообщаем: требование п. 6.4 технического задания о времени восстановления не более 2 (двух) часов распространяется на центральный офис. Для районных отделений действует норматив 8 (восемь) часов.
""", re="rc06", irt=False, na=False)
m("rc08", "2026-11-27 10:20", "maltseva", "dmitry", "Протокол подведения итогов, извещение 0351200000426001187", """
Уважаемый Дмитрий Алексеевич!

Сообщаем, что по итогам электронного аукциона победителем признано ООО «Сибирь-Урал Коннект» с ценой контракта 5 612 000,00 руб. Проект контракта будет размещён в ЕИС в течение 5 рабочих дней.
""", cc=["irina"], na=False, prom=[("Проект контракта будет размещён в ЕИС в течение 5 рабочих дней.", "2026-12-04", "kept")])
m("rc09", "2026-11-27 10:45", "irina", "dmitry", "FW: Протокол подведения итогов", """
Дима, поздравляю! Контракт подписываем без задержек, обеспечение исполнения — через банковскую гарантию, я займусь.
""", fwd="rc08")
m("rc10", "2026-12-02 09:15", "maltseva", "dmitry", "Проект контракта размещён в ЕИС", """
Уважаемый Дмитрий Алексеевич!

Проект контракта размещён в ЕИС. Просим подписать его усиленной электронной подписью и предоставить обеспечение исполнения контракта в срок до 09.12.2026 включительно.
""", cc=["irina"], na=False)

# ---- Атлет: интернет в 6 клубов, подписан, монтаж, спасибо ----
m("at01", "2026-10-05 16:20", "dmitry", "kovalev", "Интернет в клубы — цены", """
Артём, добрый. Как говорили:
6 клубов × 9 900 = 59 400 руб./мес., 200 Мбит/с, статический IP.
Монтаж 15 000 за клуб разово.
""")
call("C04", "2026-10-06 14:00", "Входящий", "dmitry", "+7 965 507-12-33", 380, "Отвечен", "Ковалёв — вопросы по Wi-Fi для гостей")
m("at02", "2026-10-14 12:15", "kovalev", "dmitry", "Re: Интернет в клубы — цены", """
Дмитрий, привет. Согласны. Присылай договор, юрист посмотрит.
""", re="at01", q="yandex", na=True, ans="at03")
m("at03", "2026-10-15 10:00", "dmitry", "kovalev", "Re: Интернет в клубы — цены", "Договор и SLA во вложении.", re="at02", q="yandex",
  att=["Договор_Атлет.docx", "SLA_Атлет.docx"])
m("at04", "2026-10-22 18:10", "kovalev", "dmitry", "Re: Интернет в клубы — цены", """
Юрист вернул с правками — в SLA хотим восстановление 4 часа, у вас 8. Остальное ок, файл с правками приложил.
""", re="at03", q="yandex", att=["Договор_Атлет_правки.docx"], na=True, ans="at05")
m("at05", "2026-10-23 09:40", "dmitry", "kovalev", "Re: Интернет в клубы — цены", "Артём, 6 часов. Меньше — только с резервным каналом.", re="at04", q="yandex")
m("at06", "2026-10-30 13:30", "kovalev", "dmitry", "Re: Интернет в клубы — цены", """
Ок, 6 часов. Подписали, скан во вложении, оригиналы курьером на следующей неделе.
""", re="at05", q="yandex", att=["Договор_Атлет_подписан.pdf"], na=False,
  prom=[("Подписали, скан во вложении, оригиналы курьером на следующей неделе.", None, "kept")])
m("at07", "2026-11-02 10:05", "dmitry", "kovalev", "Re: Интернет в клубы — цены", """
Спасибо! Счёт на монтаж во вложении. Монтаж начнём 9-го с клуба на Малышева.
""", re="at06", q="yandex", att=["Счёт_1187_Атлет.pdf"], prom=[("Монтаж начнём 9-го с клуба на Малышева.", "2026-11-09", "kept")])
meet("at_install", "2026-11-09 09:00", "2026-11-09 13:00", "dmitry", ["kovalev"],
     "Атлет — монтаж, клуб на Малышева", "Екатеринбург, ул. Малышева, 122")
meet("at_accept", "2026-11-18 15:00", "2026-11-18 16:00", "dmitry", ["kovalev"],
     "Атлет — приёмка работ, подписание актов", "Екатеринбург, ул. Малышева, 122, офис Атлет")
m("at08", "2026-11-19 19:20", "kovalev", "dmitry", "Re: Интернет в клубы — цены", "Все 6 клубов в работе, спасибо!", re="at07", q="yandex", na=False)

# ---- УралМедЦентр: облако под МИС, созвон 09.12 ----
call("C12", "2026-11-16 12:30", "Входящий", "dmitry", "+7 343 344-90-70", 720, "Отвечен", "Шарипова: облако под МИС, 152-ФЗ")
m("um01", "2026-11-16 15:40", "dmitry", "sharipova", "Облако под МИС — УралМедЦентр", """
Гульнара, добрый. Как обсуждали: облако в аттестованном сегменте (152-ФЗ, УЗ-2), 3 ВМ под МИС — 47 800 руб./мес., бэкап входит. Подробности в КП.
""", att=["КП_облако_УралМедЦентр.pdf"])
m("um02", "2026-11-19 11:25", "sharipova", "dmitry", "RE: Облако под МИС — УралМедЦентр", """
Дмитрий, добрый день. Несколько вопросов:
1) есть ли у сегмента аттестат ФСТЭК — пришлите копию;
2) где физически хранятся бэкапы и сколько дней;
3) можно ли перенести нашу текущую ВМ с Hyper-V без переустановки?
""", re="um01", q="outlook_ru", na=True, ans="um03")
m("um03", "2026-11-20 10:10", "dmitry", "sharipova", "RE: Облако под МИС — УралМедЦентр", """
Гульнара, ответы: 1) аттестат есть, копию пришлю; 2) бэкапы в ЦОД в Новосибирске, 14 дней; 3) да, конвертируем сами.
""", re="um02", q="outlook_ru", prom=[("1) аттестат есть, копию пришлю", None, "kept")])
m("um04", "2026-11-23 09:30", "dmitry", "sharipova", "RE: Облако под МИС — УралМедЦентр", "Копия аттестата во вложении.", re="um03", q="outlook_ru", att=["Аттестат_ФСТЭК_сегмент_МЕД.pdf"])
call("C22", "2026-12-01 13:15", "Исходящий", "dmitry", "+7 343 344-90-70", 300, "Отвечен",
     "Шарипова: КП у главврача, договорились созвониться 09.12")

# =====================================================================================
# ALINA (bilingual): Huaxin, Anadolu Yapı, Tolem Tech, НГАТУ, Лавка Вкуса, кофейня «Зерно»
# =====================================================================================

# ---- Huaxin Logistics: SD-WAN/VPN NSK-EKB-Shanghai; pilot; contract draft; + cloud server ----
m("hx01", "2026-10-06 10:30", "liwei", "alina", "VPN between warehouse and office - price request", """
Dear Alina,

We are Russian office of Huaxin Logistics. Your colleague give me your contact on TransRussia exhibition.
We need connect our warehouse in Novosibirsk (Tolmachevo cargo area) and office in Yekaterinburg, and both must connect to our HQ in Shanghai. Now we use simple internet and OpenVPN, very unstable, WMS sync fail every day.

Please advice what solution and price. Also we need all Russian data stay in Russia.

Thank you
""", na=True, ans="hx02")
m("hx02", "2026-10-07 09:50", "alina", "liwei", "RE: VPN between warehouse and office - price request", """
Dear Li Wei,

Thank you for your request! To prepare the right design I need a few details:
1. Bandwidth now in the warehouse and the office, and how much traffic goes to Shanghai?
2. Which WMS do you use and where is its server?
3. How many users on each site?

I suggest a short Teams call on Friday, 9 October, 11:00 Novosibirsk time — I've sent you an invitation, our pre-sale engineer Sergey will join.
""", re="hx01", q="outlook_en")
meet("hx_call1", "2026-10-09 11:00", "2026-10-09 11:45", "alina", ["liwei", "bragin"],
     "Huaxin Logistics — SD-WAN discovery call (Teams)", "Microsoft Teams")
m("hx03", "2026-10-12 16:00", "alina", "liwei", "Offer SD-WAN — Huaxin Logistics", """
Dear Li Wei,

As discussed on Friday, please find our offer attached (Offer_SDWAN_v1.pdf). In short:
- SD-WAN node Novosibirsk warehouse, 200 Mbps: 18 500 RUB/month
- SD-WAN node Yekaterinburg office, 100 Mbps: 18 500 RUB/month
- IPsec tunnel to Shanghai HQ with monitoring: 7 000 RUB/month
- one-off installation: 60 000 RUB

All data of the Russian sites stays in our Novosibirsk data centre.
""", att=["Offer_SDWAN_v1.pdf"])
m("hx04", "2026-10-15 09:20", "liwei", "alina", "RE: Offer SD-WAN — Huaxin Logistics", """
Hi Alina,
Our HQ IT want test first before sign. Is possible pilot 30 days free of charge? If pilot good we sign contract for 2 years.
""", re="hx03", q="outlook_en", na=True, ans="hx05")
m("hx05", "2026-10-16 10:05", "alina", "liwei", "RE: Offer SD-WAN — Huaxin Logistics", """
Hi Li Wei,
Yes, we can do a 30-day pilot free of charge (installation fee only if you sign). We can start on 26 October — I'll send you the pilot plan on Tuesday.
""", re="hx04", q="outlook_en", prom=[("We can start on 26 October — I'll send you the pilot plan on Tuesday.", "2026-10-20", "kept")])
m("hx06", "2026-10-16 10:20", "alina", "bragin", "Пилот Huaxin с 26.10", """
Серёжа, привет! Huaxin согласились на пилот 30 дней, старт 26.10. Сможешь до вторника расписать план пилота (оборудование, кто едет на Толмачёво)? Мне нужно отправить им во вторник. Спасибо!!
""")
m("hx07", "2026-10-20 15:30", "alina", "liwei", "Pilot plan — Huaxin", """
Dear Li Wei, the pilot plan is attached. Kick-off call on Monday 26 October, 10:00.
""", att=["Huaxin_pilot_plan.pdf"])
meet("hx_kickoff", "2026-10-26 10:00", "2026-10-26 10:40", "alina", ["liwei", "bragin"],
     "Huaxin — pilot kick-off (Zoom)", "Zoom https://zoom.us/j/90211365580")
m("hx08", "2026-10-30 08:40", "liwei", "alina", "Tunnel to Shanghai drop again!!", """
Alina,

Yesterday tunnel to Shanghai drop 3 times (14:10, 16:45, 21:30 local time), each time 10-20 min, our WMS can not sync and warehouse stop shipping for one hour. This is not acceptable even for pilot. HQ ask me if your network is reliable.

Please check urgent and tell me what happen.
""", na=True, ans="hx09", compl=True)
m("hx09", "2026-10-30 10:15", "alina", "liwei", "RE: Tunnel to Shanghai drop again!!", """
Dear Li Wei,

I am very sorry for this. Our NOC is already checking the tunnel logs together with the China Telecom side. I will send you a written incident report by Monday.
""", re="hx08", q="outlook_en", prom=[("I will send you a written incident report by Monday.", "2026-11-02", "kept")])
m("hx10", "2026-11-02 12:40", "alina", "liwei", "RE: Tunnel to Shanghai drop again!!", """
Dear Li Wei, the incident report is attached. Root cause: MTU mismatch on the Shanghai side after their firewall update; we changed MSS clamping on our side on 30 October, no drops since.
""", re="hx09", q="outlook_en", att=["Incident_report_Huaxin_2026-10-29.pdf"])
m("hx11", "2026-11-09 14:15", "liwei", "alina", "cloud server question", """
Hi Alina, other question. Do you have cloud server? We need 8 vCPU 32GB RAM for 1C, Russian law require data in Russia. And how is pilot going from your side? On our side it is stable after fix.
""", na=True, ans="hx12")
m("hx12", "2026-11-10 11:00", "alina", "liwei", "RE: cloud server question", """
Hi Li Wei,

Great to hear the pilot is stable!
Cloud server: 8 vCPU / 32 GB RAM / 500 GB SSD in our Novosibirsk DC — 21 400 RUB/month, daily backup included, licence for 1C not included.
If you want, we can give you a test VM for one week.
""", re="hx11", q="outlook_en")
m("hx13", "2026-11-12 09:05", "liwei", "alina", "RE: cloud server question", """
Yes please test VM, our 1C guy want try. Thanks!
""", re="hx12", q="outlook_en", na=True, ans="hx14")
m("hx14", "2026-11-12 10:30", "alina", "liwei", "RE: cloud server question", """
Sure — I will send you the access to the test VM by Friday.
""", re="hx13", q="outlook_en", prom=[("Sure — I will send you the access to the test VM by Friday.", "2026-11-13", "kept")])
m("hx15", "2026-11-13 16:20", "alina", "liwei", "Test VM access", """
Li Wei, access details are in the attached file, the password will come by SMS. The VM is yours until 20 November.
""", att=["Huaxin_testVM_access.pdf"])
m("hx16", "2026-11-23 10:00", "liwei", "alina", "Pilot result and next step", """
Hi Alina,

Pilot result is good, HQ approve. Please send:
1) Offer SDWAN v2 with 3rd site - our new office in Moscow (Khimki), 100 Mbps
2) contract draft in English and Russian, our legal in Shanghai will review

We want sign before 25 December. About cloud server we decide later, first SD-WAN.
""", na=True, ans="hx17")
m("hx17", "2026-11-25 17:30", "alina", "liwei", "RE: Pilot result and next step", """
Dear Li Wei,

Thank you, great news! Attached:
- Offer_SDWAN_v2.docx: 3 sites × 18 500 + Shanghai tunnel 7 000 = 62 500 RUB/month, installation 75 000 RUB;
- bilingual contract draft with SLA annex.
""", re="hx16", q="outlook_en", att=["Offer_SDWAN_v2.docx", "Contract_Huaxin_EN-RU_draft.docx"])
m("hx18", "2026-12-01 09:30", "liwei", "alina", "RE: Pilot result and next step", """
Alina, our legal review need about 2 weeks. Let's have Zoom on 10 December with our legal, 15:00 Beijing time ok? I send invitation.
""", re="hx17", q="outlook_en", na=True, ans="hx19", prom=[("I send invitation.", None, "kept")])
m("hx19", "2026-12-01 10:05", "alina", "liwei", "RE: Pilot result and next step", "Perfect, 10 December 16:00 Novosibirsk time works for me. Thank you!", re="hx18", q="outlook_en")
meet("hx_legal", "2026-12-10 16:00", "2026-12-10 17:00", "liwei", ["alina", "yulia"],
     "Huaxin — contract review with Shanghai legal (Zoom)", "Zoom https://zoom.us/j/77410032871")

# ---- Anadolu Yapı: internet + SIP for the site office, contract redlined; live by 15 January ----
m("an01", "2026-10-12 13:00", "yilmaz", "alina", "Internet for construction site office", """
Hello Alina,

We are Turkish construction company, we build residential complex "Yeni Park" in Novosibirsk, Kirovsky district. We need internet for our site office (containers, 40 people) and some phone lines. We need it live by 15 January latest because project start officially on this date and the municipality inspection.

Can you visit the site this week?

Best
""", na=True, ans="an02")
m("an02", "2026-10-13 09:30", "alina", "yilmaz", "RE: Internet for construction site office", """
Hello Mehmet,

Thank you for contacting us. Our engineer and I can come on Friday, 16 October, at 11:00. Please send me the exact address or a pin.
""", re="an01", q="outlook_en")
m("an03", "2026-10-13 12:10", "yilmaz", "alina", "RE: Internet for construction site office", "Friday ok. Pin: 54.9713, 82.9012, gate 2. Call me when arrive.", re="an02", q="iphone_en", na=False)
meet("an_survey", "2026-10-16 11:00", "2026-10-16 12:30", "alina", ["yilmaz", "bragin"],
     "Anadolu Yapı — site survey (radio link)", "Новосибирск, ул. Петухова, стройплощадка ЖК «Йени Парк», ворота 2")
m("an04", "2026-10-19 11:20", "yilmaz", "alina", "after visit", """
Alina thank you for visit. One more thing not about you — the general contractor electrician cut our temporary cable again yesterday, so please plan the cable route far from their trench. It is third time they do this!!
""", na=False, compl=False)
m("an05", "2026-10-22 15:10", "alina", "yilmaz", "Offer — site office internet and phone", """
Hello Mehmet,

Feasibility confirmed: no fibre on the plot yet, so we propose a radio link from our tower on Petukhova street (1.2 km, line of sight checked during the visit).
- Internet 200 Mbps, static IP: 18 000 RUB/month
- SIP: 10 numbers, call recording: 4 500 RUB/month
- One-off installation (radio link, mast on the container): 45 000 RUB
Total monthly: 22 500 RUB. Installation takes 10 working days after signing.
""", re="an03", irt=False)
m("an06", "2026-10-27 10:00", "yilmaz", "alina", "RE: Offer — site office internet and phone", """
Price OK. Please send contract, our legal in Istanbul will check. English version also needed please.
""", re="an05", q="outlook_en", na=True, ans="an07")
m("an07", "2026-10-29 14:40", "alina", ["yilmaz", "demir"], "Contract draft — Anadolu Yapı / SU Connect", """
Dear Mehmet, dear Ms Demir,

Please find attached the contract draft (RU/EN) and Annex 2 — SLA.
""", re="an06", q="outlook_en", att=["Contract_AnadoluYapi_RU-EN.docx", "Annex2_SLA_RU-EN.docx"])
m("an08", "2026-11-10 12:30", "demir", "alina", "RE: Contract draft — Anadolu Yapı / SU Connect", """
Dear Ms Akhmetova,

Please find our redline attached. Main points:
- Clause 4.2 (SLA penalties): we propose 10% of the monthly fee per each started hour beyond the restoration time;
- Clause 9: the English version shall prevail in case of discrepancy;
- Clause 11: termination for convenience with 30 days notice without penalty.

We kindly ask for your comments.

Kind regards
""", re="an07", q="outlook_en", cc=["yilmaz"], att=["Contract_AnadoluYapi_redline_AD.docx"], na=True, ans="an09")
m("an09", "2026-11-12 11:15", "alina", "demir", "RE: Contract draft — Anadolu Yapı / SU Connect", """
Dear Ms Demir,

Thank you. Clause 11 is acceptable. For 4.2 and 9 I need our lawyer's position — I will send the revised version by Wednesday 18 November.
""", re="an08", q="outlook_en", cc=["yilmaz"], prom=[("For 4.2 and 9 I need our lawyer's position — I will send the revised version by Wednesday 18 November.", "2026-11-18", "kept")])
m("an10", "2026-11-17 18:00", "alina", "demir", "RE: Contract draft — Anadolu Yapı / SU Connect", """
Dear Ms Demir, revised version attached: 4.2 — 3% per hour, capped at 30% of the monthly fee; 9 — both versions are equal, Russian prevails for Russian authorities only.
""", re="an09", q="outlook_en", cc=["yilmaz"], att=["Contract_AnadoluYapi_v2.docx"])
m("an11", "2026-11-20 13:40", "demir", "alina", "RE: Contract draft — Anadolu Yapı / SU Connect", """
Dear Ms Akhmetova, two comments remain on 4.2 (we need 5%) and on the notice address. Could we discuss on a call on Tuesday?
""", re="an10", q="outlook_en", cc=["yilmaz"], na=True, ans="an_legal")
meet("an_legal", "2026-11-24 14:00", "2026-11-24 14:45", "alina", ["demir", "yilmaz", "yulia"],
     "Anadolu Yapı — contract comments (Teams)", "Microsoft Teams")
m("an12", "2026-11-30 09:10", "yilmaz", "alina", "when installation?", """
Alina hello, legal say almost finish. When you can install? Remember 15 January is hard deadline for us, no internet = no inspection.
""", na=True, ans="an13")
m("an13", "2026-12-01 10:30", "alina", "yilmaz", "RE: when installation?", """
Hello Mehmet,

As soon as the contract is signed, installation takes 10 working days, so we are well before 15 January. I will call you on Thursday to fix the date.
""", re="an12", q="outlook_en", prom=[("I will call you on Thursday to fix the date.", "2026-12-03", "kept")])
call("C25", "2026-12-03 12:00", "Исходящий", "alina", "+7 923 145-88-02", 460, "Отвечен",
     "Mehmet: подпишут до 11.12, монтаж с 14.12; договорились созвониться 11.12")

# ---- Tolem Tech: 2 стойки в ЦОД (won, order form) + cloud backup (after the New Year) ----
m("tl01", "2026-10-05 11:00", "aidana", "alina", "Colocation in Novosibirsk — 2 racks", """
Hi Alina,

Tolem Tech is a payment processing company from Almaty. We are launching services for Russian merchants, and the personal data of Russian users must be processed in Russia, so we need colocation:
- 2 racks 42U, 5 kW each
- 2 x 1 Gbps uplinks, BGP with our AS
- 24/7 remote hands
- ready by end of November

Could you share pricing and availability? A DC visit would also be great, I'll be in Novosibirsk on 14 October.
""", na=True, ans="tl02")
m("tl02", "2026-10-06 09:15", "alina", "aidana", "RE: Colocation in Novosibirsk — 2 racks", """
Hi Aidana,

Thank you! We have space in our Novosibirsk DC (Tier III design), 5 kW racks are available. I've booked a DC tour for you on 14 October at 15:00 — see the invitation. I'll send the pricing after the tour, when we know the exact layout.
""", re="tl01", q="gmail_en", prom=[("I'll send the pricing after the tour, when we know the exact layout.", None, "kept")])
meet("tl_tour", "2026-10-14 15:00", "2026-10-14 16:30", "alina", ["aidana", "bragin"],
     "Tolem Tech — DC tour, Novosibirsk", "Новосибирск, ул. Станционная, 30а, ЦОД «Обь-1»")
m("tl03", "2026-10-16 12:00", "alina", "aidana", "КП_ЦОД_стойки — Tolem Tech", """
Hi Aidana, it was a pleasure to meet you. Our offer is attached (КП_ЦОД_стойки.pdf):
- rack 42U, 5 kW: 68 000 RUB/month each
- 2 x 1 Gbps uplinks with BGP: included
- remote hands: 5 hours/month included
- one-off setup: 30 000 RUB
""", att=["КП_ЦОД_стойки.pdf"])
m("tl04", "2026-10-21 18:30", "aidana", "alina", "Re: КП_ЦОД_стойки — Tolem Tech", """
Alina, thanks. Looks good technically. If we commit for 24 months, what discount can you give? Our CFO is asking for something closer to 60k.
""", re="tl03", q="gmail_en", na=True, ans="tl05")
m("tl05", "2026-10-22 10:00", "alina", "aidana", "Re: КП_ЦОД_стойки — Tolem Tech", """
Aidana, for 24 months we can do 63 500 RUB per rack per month (127 000 RUB/month for both racks), setup fee waived. That is our best offer.
""", re="tl04", q="gmail_en")
m("tl06", "2026-10-28 12:20", "aidana", "alina", "Re: КП_ЦОД_стойки — Tolem Tech", """
Agreed at 63 500 for 24 months. Please send the order form, we will sign with DocuSign or a scan — whatever works for you.
""", re="tl05", q="gmail_en", na=True, ans="tl07")
m("tl07", "2026-10-29 11:30", "alina", "aidana", "Order form — Tolem Tech colocation", """
Aidana, the order form under our framework agreement is attached, a scan is fine.
""", att=["Order_form_TolemTech_colo.pdf", "Framework_agreement_SUConnect_EN.pdf"])
m("tl08", "2026-11-03 15:05", "aidana", "alina", "Re: Order form — Tolem Tech colocation", """
Signed order form attached. Please send the invoice for November.
""", re="tl07", q="gmail_en", att=["Order_form_TolemTech_signed.pdf"], na=True, ans="tl09")
m("tl09", "2026-11-05 10:40", "alina", "aidana", "Re: Order form — Tolem Tech colocation", """
Thank you, Aidana! Invoice No. 1204 for November is attached. Your racks A-14 and A-15 are ready from 11 November, access list form attached too.
""", re="tl08", q="gmail_en", att=["Invoice_1204_TolemTech.pdf", "DC_access_list_form.xlsx"])
meet("tl_install", "2026-11-11 10:00", "2026-11-11 16:00", "alina", ["aidana"],
     "Tolem Tech — installation of equipment in racks A-14/A-15", "ЦОД «Обь-1», Станционная 30а")
meet("tl_review", "2026-11-25 12:00", "2026-11-25 12:30", "alina", ["aidana"],
     "Tolem Tech — post-installation review (Teams)", "Microsoft Teams")
m("tl10", "2026-11-16 09:50", "aidana", "alina", "Access list + backup question", """
Hi Alina,

1) Filled access list attached — please add our two engineers from Almaty, they come on 23 November.
2) Separate topic: we also need an off-site backup for our databases, ~20 TB, in a different DC than our racks. Do you have cloud storage or cloud servers in Yekaterinburg?
""", att=["DC_access_list_TolemTech.xlsx"], na=True, ans="tl11")
m("tl11", "2026-11-17 11:00", "alina", "aidana", "Re: Access list + backup question", """
Hi Aidana,

1) Done, your engineers are on the list from 23 November.
2) Yes — our Yekaterinburg DC: cloud server 4 vCPU / 16 GB + 20 TB backup storage, 64 000 RUB/month. I can prepare a formal offer whenever you are ready.
""", re="tl10", q="gmail_en")
m("tl12", "2026-11-30 17:10", "aidana", "alina", "Re: Access list + backup question", """
Thanks Alina. Backup is in our 2027 budget, which the board approves in January. Let's reconnect after the New Year, around 12 January, and then I'd ask for the formal offer.
""", re="tl11", q="gmail_en", na=False, ans="tl13")
m("tl13", "2026-12-01 09:00", "alina", "aidana", "Re: Access list + backup question", "Sure, Aidana — I'll write to you on 12 January. Happy holidays in advance!", re="tl12", q="gmail_en",
  prom=[("Sure, Aidana — I'll write to you on 12 January.", "2027-01-12", "open")])

# ---- НГАТУ: облако под Moodle; заморожено до бюджета следующего года ----
m("ns01", "2026-10-08 14:30", "fomin", "alina", "Облачные серверы для СДО", """
Алина, добрый день.

Университет рассматривает перенос системы дистанционного обучения (Moodle, ~3000 активных студентов) в облако. Нужны 4 виртуальные машины, ориентировочно 16 vCPU / 64 ГБ суммарно, хранилище 4 ТБ. Просьба сориентировать по стоимости и условиям.

Закупка пойдёт по 223-ФЗ.
""", na=True, ans="ns02")
m("ns02", "2026-10-09 10:00", "alina", "fomin", "Re: Облачные серверы для СДО", """
Игорь Петрович, добрый день!

Спасибо за запрос. Чтобы посчитать точно, предлагаю короткий созвон в Teams во вторник, 13 октября, в 15:00 — пригласила вас и нашего инженера. Пришлите, пожалуйста, если есть, текущую схему размещения Moodle.
""", re="ns01", q="thunderbird")
meet("ns_call", "2026-10-13 15:00", "2026-10-13 15:40", "alina", ["fomin", "bragin"],
     "НГАТУ — облако под Moodle (Teams)", "Microsoft Teams")
m("ns03", "2026-10-20 16:30", "alina", "fomin", "КП: облако для СДО НГАТУ", """
Игорь Петрович, добрый день!

Направляю КП по итогам созвона: 4 ВМ (16 vCPU / 64 ГБ RAM), 4 ТБ SSD, резервное копирование, защита от DDoS — 96 000 руб./мес. Перенос Moodle силами наших инженеров — 60 000 руб. разово.
""", att=["КП_облако_НГАТУ.pdf"])
m("ns04", "2026-11-02 11:15", "fomin", "alina", "Re: КП: облако для СДО НГАТУ", """
Алина, добрый день.

Предложение устраивает, но, к сожалению, бюджет на 2026 год исчерпан, закупка переносится на следующий год. Вернёмся к вопросу после Нового года, когда утвердят план закупок.
""", re="ns03", q="thunderbird", na=True, ans="ns05", prom=[("Вернёмся к вопросу после Нового года, когда утвердят план закупок.", None, "open")])
m("ns05", "2026-11-03 09:40", "alina", "fomin", "Re: КП: облако для СДО НГАТУ", """
Игорь Петрович, поняла, спасибо, что предупредили. Напишу вам в середине января, КП к тому времени актуализирую.
""", re="ns04", q="thunderbird", prom=[("Напишу вам в середине января, КП к тому времени актуализирую.", None, "open")])

# ---- «Лавка Вкуса»: интернет в 9 магазинов, торг, «вернёмся после 10-го» ----
m("lv01", "2026-10-20 12:00", "koh", "alina", "Интернет для магазинов", """
Добрый день! Мы сеть «Лавка Вкуса», 9 магазинов в Новосибирске. Хотим поменять провайдера — у текущего постоянные отвалы касс по вечерам. Интересует интернет во все точки + желательно единый договор. Можете рассчитать?
""", na=True, ans="lv02")
m("lv02", "2026-10-21 10:20", "alina", "koh", "Re: Интернет для магазинов", """
Марина, добрый день!

С удовольствием посчитаем. Пришлите, пожалуйста, адреса магазинов — проверю техническую возможность по каждому. И предлагаю начать с обследования флагманского магазина: как вам среда, 28 октября, 10:00?
""", re="lv01", q="yandex", prom=[("С удовольствием посчитаем.", None, "kept")])
m("lv03", "2026-10-21 13:05", "koh", "alina", "Re: Интернет для магазинов", "Адреса во вложении. 28-го в 10 ок, Красный проспект 57.", re="lv02", q="yandex",
  att=["Адреса_Лавка.xlsx"], na=False)
meet("lv_survey", "2026-10-28 10:00", "2026-10-28 11:00", "alina", ["koh", "bragin"],
     "Лавка Вкуса — обследование флагманского магазина", "Новосибирск, Красный проспект, 57")
m("lv04", "2026-11-06 15:00", "alina", "koh", "Предложение: интернет для 9 магазинов «Лавка Вкуса»", """
Марина, добрый день!

По итогам проверки — техническая возможность есть на всех 9 адресах (на Фрунзе, 5 — через соседний дом, +3 дня к сроку).
- интернет 100 Мбит/с, статический IP: 7 900 руб./мес. за магазин, итого 71 100 руб./мес.;
- монтаж: 12 000 руб. за магазин разово;
- единый договор, поддержка 24/7, приоритетная линия для касс.
""")
m("lv05", "2026-11-12 19:40", "koh", "alina", "RE: Предложение: интернет для 9 магазинов «Лавка Вкуса»", """
Алина, у Дом.ру нам предлагают 6 500 за точку и монтаж бесплатно. Можете приблизиться?
""", re="lv04", q="outlook_ru", na=True, ans="lv06")
m("lv06", "2026-11-13 11:10", "alina", "koh", "RE: Предложение: интернет для 9 магазинов «Лавка Вкуса»", """
Марина, можем 7 200 руб./мес. за магазин (64 800 руб./мес. за все 9) и монтаж 6 000 — это с SLA 4 часа на кассовые точки, которого у Дом.ру в этом тарифе нет.
""", re="lv05", q="outlook_ru")
m("lv07", "2026-11-20 18:25", "koh", "alina", "RE: Предложение: интернет для 9 магазинов «Лавка Вкуса»", """
Уже ближе) Нужно согласовать с собственником, он на следующей неделе в городе.
""", re="lv06", q="outlook_ru", na=False, ans="lv08")
m("lv08", "2026-11-30 10:00", "alina", "koh", "RE: Предложение: интернет для 9 магазинов «Лавка Вкуса»", "Марина, добрый день! Удалось обсудить с собственником?", re="lv07", q="outlook_ru")
m("lv09", "2026-12-01 20:15", "koh", "alina", "RE: Предложение: интернет для 9 магазинов «Лавка Вкуса»", """
Алина, пока нет, у нас годовая инвентаризация. Давайте вернёмся к этому после 10-го.
""", re="lv08", q="outlook_ru", na=False)

# ---- кофейня «Зерно» (gmail, нет в справочнике) ----
m("zr01", "2026-12-02 23:10", "zerno", "alina", "интернет в кофейню", """
привет! открываем кофейню на Красном 86, нужен инет с 15 декабря. сколько стоит?
""", sig=False, na=True, ans="zr02")
m("zr02", "2026-12-03 09:30", "alina", "zerno", "Re: интернет в кофейню", """
Добрый день, Лиза!

Поздравляю с открытием! Подскажите, пожалуйста: где помещение (этаж, вход), какая скорость нужна и нужен ли гостевой Wi-Fi с авторизацией по SMS (он обязателен для публичных сетей)?
""", re="zr01", q="gmail_ru")
m("zr03", "2026-12-03 12:40", "zerno", "alina", "Re: интернет в кофейню", """
вход со двора, 1 этаж бизнес центра. 100 мегабит хватит, вайфай для гостей да нужен с смс. касса эвотор

Лиза
+7 999 465-12-80
""", re="zr02", q="gmail_ru", sig=False, na=True, ans="zr04")
m("zr04", "2026-12-04 10:15", "alina", "zerno", "Re: интернет в кофейню", """
Лиза, спасибо! Проверю техническую возможность по адресу и в понедельник пришлю цену.
""", re="zr03", q="gmail_ru", prom=[("Проверю техническую возможность по адресу и в понедельник пришлю цену.", "2026-12-07", "open")])

# =====================================================================================
# EGOR (junior): Дента-Люкс, Медлайн-Сибирь, Вектор-П, Книжный мир, «Гараж 54»
# =====================================================================================

# ---- Клиника «Дента-Люкс»: владелица пишет с mail.ru ночью; SIP + интернет; договор ----
m("dl01", "2026-10-19 23:48", "tamara", "egor", "телефония", """
Егор добрый вечер! Мне вас посоветовала Оксана из Медлайна. У нас стоматология на Гоголя, 3 кресла, администратор не успевает на звонки, пациенты жалуются что не дозвониться. Нужна телефония чтобы звонки записывались и интернет нормальный а то Ростелеком еле живой. Когда сможете приехать посмотреть?

Тамара Рустамовна
""", na=True, ans="dl02")
m("dl02", "2026-10-20 09:05", "egor", "tamara", "Re: телефония", """
Уважаемая Тамара Рустамовна, доброе утро!

Огромное спасибо за Ваше обращение и за доверие к нашей компании! Для меня будет большой честью помочь Вашей клинике.

Если Вам будет удобно, я мог бы подъехать к Вам в клинику в четверг, 22 октября, в 12:00 вместе с нашим инженером — мы посмотрим текущее подключение и место для оборудования. Пожалуйста, дайте знать, подходит ли Вам это время, и я с радостью подстроюсь под Ваш график.

Ещё раз благодарю Вас!
""", re="dl01", q="mailru")
m("dl03", "2026-10-20 22:30", "tamara", "egor", "Re: телефония", "Да в четверг в 12 хорошо", re="dl02", q="mailru", na=False)
meet("dl_survey", "2026-10-22 12:00", "2026-10-22 13:00", "egor", ["tamara", "bragin"],
     "Дента-Люкс — обследование (телефония, интернет)", "Новосибирск, ул. Гоголя, 44, клиника «Дента-Люкс»")
m("dl04", "2026-10-22 17:10", "egor", "tamara", "Благодарю за встречу", """
Уважаемая Тамара Рустамовна, добрый вечер!

Благодарю Вас за уделённое время и тёплый приём! Коммерческое предложение направлю Вам до понедельника.

Желаю Вам хорошего вечера!
""", prom=[("Коммерческое предложение направлю Вам до понедельника.", "2026-10-26", "kept")])
m("dl05", "2026-10-26 11:30", "egor", "tamara", "Коммерческое предложение для клиники «Дента-Люкс»", """
Уважаемая Тамара Рустамовна, добрый день!

С большим удовольствием направляю Вам наше предложение:
- SIP-телефония, 5 линий, 2 городских номера: 3 500 руб./мес.;
- запись и хранение разговоров 90 дней: 1 500 руб./мес.;
- интернет 100 Мбит/с: 3 900 руб./мес.;
- монтаж и настройка (IP-телефоны у администратора и в кабинетах): 9 000 руб. разово.

Итого ежемесячно 8 900 руб. Буду очень рад ответить на любые Ваши вопросы!
""")
m("dl06", "2026-11-03 01:12", "tamara", "egor", "Re: Коммерческое предложение для клиники «Дента-Люкс»", """
Егор а можно без монтажа? у нас свой айтишник приходящий, он телефоны сам поставит
""", re="dl05", q="mailru", sig=False, na=True, ans="dl07")
m("dl07", "2026-11-05 10:20", "egor", "tamara", "Re: Коммерческое предложение для клиники «Дента-Люкс»", """
Уважаемая Тамара Рустамовна, доброе утро!

Благодарю Вас за вопрос! Я уточню у руководства и вернусь к Вам с ответом в течение двух дней.
""", re="dl06", q="mailru", prom=[("Я уточню у руководства и вернусь к Вам с ответом в течение двух дней.", "2026-11-07", "broken")])
m("dl08", "2026-11-12 00:34", "tamara", "egor", "Re: Коммерческое предложение для клиники «Дента-Люкс»", """
Егор, я так и не дождалась ответа. Неделя прошла. Мне вообще кто-нибудь ответит или мне к другим обращаться?
""", re="dl07", q="mailru", sig=False, na=True, ans="dl09", compl=True)
m("dl09", "2026-11-12 09:15", "egor", "tamara", "Re: Коммерческое предложение для клиники «Дента-Люкс»", """
Уважаемая Тамара Рустамовна!

Приношу Вам свои искренние извинения за задержку, это полностью моя вина. Руководство согласовало: если настройку телефонов выполняет Ваш специалист, монтаж составит 4 500 руб. вместо 9 000 руб. (остаётся только подключение линии и настройка АТС).
""", re="dl08", q="mailru")
m("dl10", "2026-11-19 14:20", "dlxadmin", "egor", "Договор на телефонию", """
Добрый день, Егор!
Тамара Рустамовна просила передать — согласны на ваши условия, пришлите договор на клинику. Реквизиты ООО во вложении.
""", att=["Реквизиты_ДентаЛюкс.pdf"], na=True, ans="dl11")
m("dl11", "2026-11-20 10:45", "egor", "dlxadmin", "RE: Договор на телефонию", """
Добрый день, Виктория!

Большое спасибо! Направляю проект договора с приложениями (тарифы, SLA). Буду признателен, если Вы передадите его Тамаре Рустамовне.
""", re="dl10", q="outlook_ru", att=["Договор_ДентаЛюкс.docx", "Приложения_ДентаЛюкс.pdf"])
m("dl12", "2026-11-27 16:00", "dlxadmin", "egor", "RE: Договор на телефонию", """
Егор, добрый день. Договор у Тамары Рустамовны на подписании, она сейчас на конференции.
""", re="dl11", q="outlook_ru", na=False, ans="dl13")
m("dl13", "2026-11-27 16:30", "egor", "dlxadmin", "RE: Договор на телефонию", """
Виктория, благодарю Вас за информацию! Позвоню Вам в среду, чтобы уточнить по подписанию.
""", re="dl12", q="outlook_ru", prom=[("Позвоню Вам в среду, чтобы уточнить по подписанию.", "2026-12-02", "broken")])
call("C23", "2026-12-02 17:40", "Исходящий", "egor", "+7 383 291-55-08", 0, "Не отвечен")

# ---- Медлайн-Сибирь: действующий клиент; авария (копия руководителю); новая клиника ----
m("ml01", "2026-11-09 09:20", "ryabova", "egor", "ТРЕТИЙ раз за месяц не работает телефония на Красном проспекте", """
Егор, доброе утро.

Третий раз за месяц с 8 утра не работает телефония в клинике на Красном проспекте, 220. Пациенты не могут дозвониться, запись на сегодня сорвана, администраторы принимают звонки на личные мобильные. Заявку в поддержку оставили в 8:15, до сих пор никто не перезвонил.

Ставлю в копию вашего руководителя. Требуем перерасчёт абонентской платы за все дни простоя в ноябре и письменное объяснение причин. Если так будет продолжаться, будем рассматривать другого оператора.
""", cc=["irina"], na=True, ans="ml03", compl=True)
m("ml02", "2026-11-09 09:21", "desk", "egor", "[SD-48213] Заявка зарегистрирована: Медлайн-Сибирь, Красный пр. 220 — нет SIP-регистрации", """
Заявка SD-48213 зарегистрирована.
Клиент: Медлайн-Сибирь (договор 2025/114)
Адрес: Красный пр., 220
Приоритет: P2 -> P1 (повышен вручную)
Ответственная группа: NOC / голос
Последний комментарий: «Нет регистрации SIP на 4 аппаратах из 6, сервер отвечает 503»

Это автоматическое уведомление. Не отвечайте на это письмо.
""", sig=False)
m("ml03", "2026-11-09 10:05", "irina", "ryabova", "RE: ТРЕТИЙ раз за месяц не работает телефония на Красном проспекте", """
Оксана, добрый день.

Приношу извинения за ситуацию — это недопустимо, особенно для клиники. Заявка SD-48213 поднята до высшего приоритета, дежурный инженер уже выехал на объект, Егор будет держать вас в курсе каждый час.

Перерасчёт за дни простоя в ноябре сделаем в декабрьском счёте. Письменное объяснение причин направим до пятницы.
""", re="ml01", q="outlook_ru", cc=["egor"], prom=[
    ("Перерасчёт за дни простоя в ноябре сделаем в декабрьском счёте.", None, "open"),
    ("Письменное объяснение причин направим до пятницы.", "2026-11-13", "kept")])
m("ml04", "2026-11-09 10:10", "irina", ["egor", "bragin"], "FW: ТРЕТИЙ раз за месяц не работает телефония на Красном проспекте", """
Егор, Сергей, разберитесь сегодня, что там происходит третий раз. Отчёт клиенту — до пятницы, черновик мне в четверг. Перерасчёт — Егор, заведи на биллинг.
""", fwd="ml01")
m("ml05", "2026-11-09 13:40", "noc", ["egor", "bragin"], "RE: SD-48213 Медлайн Красный 220", """
Телефония восстановлена в 13:25. Причина: в серверной клиники пропало питание на коммутаторе — собственник здания (УК «Красный-220») проводил работы в щитовой без уведомления арендаторов, ИБП клиента разряжен полностью. Повторы 14.10 и 27.10 — та же картина по логам.
""", sig=True)
m("ml06", "2026-11-12 17:30", "egor", "irina", "Черновик отчёта Медлайн", """
Ирина Валерьевна, добрый вечер!

Направляю Вам черновик отчёта для Медлайн-Сибирь. Буду очень благодарен за Ваши замечания.
""", att=["Отчёт_инцидент_SD-48213_черновик.docx"])
m("ml07", "2026-11-13 11:00", "egor", "ryabova", "Отчёт об инцидентах 14.10, 27.10, 09.11 — Красный пр. 220", """
Уважаемая Оксана, добрый день!

Направляю Вам письменный отчёт о причинах перерывов связи. Кратко: во всех трёх случаях в серверной клиники пропадало питание коммутатора из-за работ собственника здания в щитовой; ИБП в серверной разряжен. Со своей стороны мы добавили мониторинг питания и SMS-оповещение администратору. Перерасчёт за 9 ноября будет отражён в декабрьском счёте.
""", att=["Отчёт_инцидент_SD-48213.pdf"], prom=[("Перерасчёт за 9 ноября будет отражён в декабрьском счёте.", None, "open")])
m("ml08", "2026-11-13 15:20", "ryabova", "egor", "RE: Отчёт об инцидентах 14.10, 27.10, 09.11 — Красный пр. 220", """
Егор, спасибо за отчёт. УК у нас вообще отдельная песня — отключают свет когда хотят и никого не предупреждают, уже писали им претензию. ИБП заменим.
""", re="ml07", q="outlook_ru", na=False, compl=False, prom=[("ИБП заменим.", None, "open")])
meet("ml_meet", "2026-11-20 11:00", "2026-11-20 12:00", "egor", ["ryabova", "irina"],
     "Медлайн-Сибирь — разбор инцидентов, планы на 2027", "Новосибирск, Красный пр., 220, Медлайн")
m("ml09", "2026-11-23 12:10", "ryabova", "egor", "Новая клиника на Титова — интернет и телефония", """
Егор, добрый день.

Как говорили на встрече: в январе открываем шестую клинику, ул. Титова, 31, 1 этаж. Нужен интернет 100 Мбит/с и телефония на 6 линий с записью, как в остальных клиниках. Открытие 20 января, подключиться нужно до 12 января.
""", na=True, ans="ml10")
m("ml10", "2026-11-23 14:00", "egor", "ryabova", "RE: Новая клиника на Титова — интернет и телефония", """
Уважаемая Оксана, добрый день!

Большое спасибо за Ваше доверие! Мы проверим техническую возможность по адресу и вернёмся к Вам с предложением.
""", re="ml09", q="outlook_ru", prom=[("Мы проверим техническую возможность по адресу и вернёмся к Вам с предложением.", None, "kept")])
m("ml11", "2026-11-25 16:45", "egor", "ryabova", "RE: Новая клиника на Титова — интернет и телефония", """
Уважаемая Оксана, добрый день!

Техническая возможность на Титова, 31 есть (наша оптика в доме). Предлагаем на тех же условиях, что и для действующих клиник:
- интернет 100 Мбит/с: 4 900 руб./мес.;
- SIP-телефония 6 линий с записью: 5 000 руб./мес.;
- подключение: 7 000 руб. разово.
Итого 9 900 руб./мес.
Оформим дополнительным соглашением к договору 2025/114.
""", re="ml10", q="outlook_ru", prom=[("Оформим дополнительным соглашением к договору 2025/114.", None, "open")])
m("ml12", "2026-12-02 10:30", "ryabova", "egor", "RE: Новая клиника на Титова — интернет и телефония", """
Егор, Вадим Андреевич посмотрел, вопросов нет. Пришлите допсоглашение, подпишем.
""", re="ml11", q="outlook_ru", na=True, ans=None)

# ---- АО «Вектор-П»: первый контакт (холодный), автоответ, замещающий ----
m("vk01", "2026-11-23 10:00", "egor", "sidorenko", "Резервный канал связи для АО «Вектор-П»", """
Уважаемый Владимир Иванович, добрый день!

Позвольте представиться: Егор Лапин, компания «Сибирь-Урал Коннект». Мы строим резервные каналы связи для промышленных предприятий Новосибирска, в том числе в Ленинском районе, где наша оптика проходит по ул. Станционной. Будем рады рассказать о наших решениях, если это может быть Вам интересно.

Заранее благодарю Вас за уделённое время!
""")
m("vk02", "2026-11-23 10:01", "sidorenko", "egor", "Автоматический ответ: Резервный канал связи для АО «Вектор-П»", """
Здравствуйте! Я в отпуске до 07.12.2026. По срочным вопросам обращайтесь к заместителю главного инженера Петрову А.Н., a.petrov@vektor-p.ru.
""", re="vk01", sig=False, hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, na=False)
m("vk03", "2026-11-23 10:20", "egor", "apetrov", "FW: Резервный канал связи для АО «Вектор-П»", """
Уважаемый Андрей Николаевич, добрый день!

Владимир Иванович сейчас в отпуске, и в автоответе указано обращаться к Вам. Позволю себе переслать Вам наше письмо — будем очень рады, если тема резервного канала окажется для Вас актуальной.
""", fwd="vk01")
m("vk04", "2026-11-25 13:30", "apetrov", "egor", "RE: FW: Резервный канал связи для АО «Вектор-П»", """
Егор, добрый день.
Тема в целом актуальна — у нас один канал на заводоуправление, в прошлом году был простой сутки. Но сейчас только собираем предложения на 2027 год. Пришлите презентацию и ориентировочные цены на 500 Мбит/с.
""", re="vk03", q="outlook_ru", na=True, ans="vk05")
m("vk05", "2026-11-26 09:40", "egor", "apetrov", "RE: FW: Резервный канал связи для АО «Вектор-П»", """
Уважаемый Андрей Николаевич, доброе утро!

Сердечно благодарю Вас за ответ! Направляю презентацию. Ориентировочно канал 500 Мбит/с — от 35 000 руб./мес., точнее посчитаем после проверки технической возможности. Свяжусь с Вами в четверг, 3 декабря, чтобы договориться о визите.
""", re="vk04", q="outlook_ru", att=["СУ-Коннект_презентация_2026.pdf"],
  prom=[("Свяжусь с Вами в четверг, 3 декабря, чтобы договориться о визите.", "2026-12-03", "broken")])

# ---- «Книжный мир Сибири»: VPN 12 магазинов + склад; квалифицирован; КП обещано и не отправлено ----
m("km01", "2026-11-02 14:10", "orlova", "egor", "VPN между магазинами и складом", """
Добрый день!

Нам нужен VPN между 12 магазинами и складом (там сервер 1С). Сейчас у каждого магазина свой провайдер и OpenVPN на микротиках, 1С в терминале тормозит, особенно вечером при закрытии смен. Рассматриваем SD-WAN. Можете предложить?
""", na=True, ans="km02")
m("km02", "2026-11-03 10:30", "egor", "orlova", "RE: VPN между магазинами и складом", """
Уважаемая Светлана, добрый день!

Огромное спасибо за Ваше обращение! Мы будем рады помочь. Позвольте задать несколько уточняющих вопросов:
1. Не могли бы Вы, пожалуйста, прислать адреса магазинов и склада?
2. Сколько пользователей 1С в каждом магазине?
3. Есть ли у Вас пожелания по резервированию каналов?

Заранее благодарю Вас!
""", re="km01", q="outlook_ru")
m("km03", "2026-11-06 12:45", "orlova", "egor", "RE: VPN между магазинами и складом", """
Егор, адреса во вложении. В магазинах по 2-3 пользователя 1С, на складе 8. Резерв — только на склад.
""", re="km02", q="outlook_ru", att=["Книжный_мир_адреса.xlsx"], na=True, ans="km04")
m("km04", "2026-11-06 15:00", "egor", "orlova", "RE: VPN между магазинами и складом", """
Уважаемая Светлана, благодарю Вас! Предлагаю обсудить решение в Teams во вторник, 10 ноября, в 11:00 с участием нашего инженера — приглашение направил.
""", re="km03", q="outlook_ru")
meet("km_call", "2026-11-10 11:00", "2026-11-10 12:00", "egor", ["orlova", "bragin"],
     "Книжный мир Сибири — SD-WAN, обсуждение (Teams)", "Microsoft Teams")
m("km05", "2026-11-11 09:30", "egor", "orlova", "Благодарю за встречу", """
Уважаемая Светлана, добрый день!

Благодарю Вас за конструктивную встречу! Предложение подготовлю и направлю Вам до 18 ноября.
""", prom=[("Предложение подготовлю и направлю Вам до 18 ноября.", "2026-11-18", "broken")])
m("km06", "2026-11-24 11:00", "orlova", "egor", "RE: Благодарю за встречу", """
Егор, добрый день. Подскажите, когда ждать КП? Нам нужно до конца месяца вынести вопрос на бюджетный комитет.
""", re="km05", q="outlook_ru", na=True, ans="km07")
m("km07", "2026-11-24 11:20", "egor", "orlova", "RE: Благодарю за встречу", """
Уважаемая Светлана, приношу свои извинения за задержку! Направлю предложение завтра.
""", re="km06", q="outlook_ru", prom=[("Направлю предложение завтра.", "2026-11-25", "broken")])
m("km08", "2026-11-24 11:25", "egor", "bragin", "Книжный мир — расчёт", """
Сергей, здравствуйте! Простите, что беспокою: не могли бы Вы, пожалуйста, прислать расчёт по Книжному миру (12 магазинов + склад)? Клиент очень ждёт.
""")
m("km09", "2026-11-24 17:50", "bragin", "egor", "RE: Книжный мир — расчёт", "Егор, расчёт в папке пресейла, «Книжный_мир_SDWAN.xlsx». 13 точек, склад с резервом.")

# ---- «Гараж 54», ИП Соколов (yandex.ru, нет в справочнике): интернет в автосервис, подписан ----
m("gr01", "2026-10-28 18:40", "sokolov", "egor", "интернет", """
Здравствуйте сколько стоит интернет в промзону на Станционной 38 к3 у нас автосервис. Ростелеком говорит нет технической возможности
""", na=True, ans="gr02")
m("gr02", "2026-10-29 09:10", "egor", "sokolov", "Re: интернет", """
Уважаемый Алексей, добрый день!

Благодарю Вас за обращение! Я проверю техническую возможность по Вашему адресу и вернусь к Вам с ответом.
""", re="gr01", q="yandex", prom=[("Я проверю техническую возможность по Вашему адресу и вернусь к Вам с ответом.", None, "kept")])
m("gr03", "2026-11-02 11:00", "egor", "sokolov", "Re: интернет", """
Уважаемый Алексей, добрый день!

Рад сообщить, что техническая возможность есть! Интернет 100 Мбит/с — 2 900 руб./мес., подключение — 15 000 руб. разово.
""", re="gr02", q="yandex")
m("gr04", "2026-11-03 08:05", "sokolov", "egor", "Re: интернет", "дорого подключение. 10 тыс и по рукам", re="gr03", q="yandex", sig=False, na=True, ans="gr05")
m("gr05", "2026-11-05 12:30", "egor", "sokolov", "Re: интернет", """
Алексей, добрый день! Смог согласовать подключение за 12 000 руб. Надеюсь, Вам подойдёт!
""", re="gr04", q="yandex")
m("gr06", "2026-11-06 07:50", "sokolov", "egor", "Re: интернет", "ок давайте. когда приедете", re="gr05", q="yandex", sig=False, na=True, ans="gr07")
m("gr07", "2026-11-09 10:00", "egor", "sokolov", "Re: интернет", """
Алексей, добрый день! Направляю договор-оферту для ИП. Монтаж — 19 ноября с 10:00, если Вам удобно.
""", re="gr06", q="yandex", att=["Договор_ИП_Соколов.pdf"])
m("gr08", "2026-11-13 19:30", "sokolov", "egor", "Re: интернет", "подписал фото во вложении. 19 го ждем", re="gr07", q="yandex", sig=False,
  att=["IMG_4471.jpg"], na=False)
meet("gr_install", "2026-11-19 10:00", "2026-11-19 13:00", "egor", ["sokolov"],
     "Гараж 54 — монтаж интернета", "Новосибирск, ул. Станционная, 38 к3")

# one-line thank-you inside a won deal
m("tl09b", "2026-11-05 11:02", "aidana", "alina", "Re: Order form — Tolem Tech colocation", "Got it, thanks a lot!", re="tl09", q="gmail_en", sig=False, na=False)

# =====================================================================================
# Internal, newsletters, cold inbound, thanks-only
# =====================================================================================
m("in01", "2026-10-05 08:30", "irina", ["dmitry", "alina", "egor"], "Планёрка: воронка на октябрь", """
Коллеги, доброе утро.

На октябрь: Дима — Уралтрубмаш и Фармагид в приоритете, тендер РЦЦР ждём в ноябре. Алина — иностранцы, ЦОД (Tolem). Егор — клиники и малый бизнес, входящие с сайта.
Напоминаю: каждое входящее письмо клиента — ответ в течение рабочего дня, следующий контакт фиксируем письмом или в календаре.
""")
m("in02", "2026-10-05 09:10", "egor", "irina", "RE: Планёрка: воронка на октябрь", """
Ирина Валерьевна, доброе утро! Благодарю, всё понятно, приложу все усилия!
""", re="in01", q="outlook_ru")
m("in03", "2026-10-30 09:30", "alina", "dmitry", "Huaxin: офис в Екб", """
Дим, привет! У Huaxin вторая точка в Екатеринбурге, Кирова 28 (БЦ «Свердловский»). Можешь по своим каналам узнать, пускает ли УК операторов в здание? Там вроде только Ростелеком сидит.
""")
m("in04", "2026-10-30 11:50", "dmitry", "alina", "Re: Huaxin: офис в Екб", "Пускает, мы там есть, 3-й этаж щитовая. Через УК заявка за 5 дней.", re="in03", q="thunderbird")
m("in05", "2026-11-16 08:40", "irina", ["dmitry", "alina", "egor"], "Итоги первой половины ноября", """
Коллеги,
- Атлет и Tolem подписаны, молодцы.
- Медлайн: инцидент разобран, Егор — перерасчёт в декабрьском счёте проконтролировать.
- Егор, по Книжному миру КП должно уйти до 18-го, не забудь.
- Дима, по Фармагиду держи в курсе, там крупный договор.
""")
m("in06", "2026-11-30 18:20", "irina", "egor", "Книжный мир и Вектор-П", """
Егор, по Книжному миру КП так и не ушло? Клиент ждёт с 18-го. Завтра до обеда отправь и поставь меня в копию.
""")
m("nl01", "2026-10-21 07:00", "digest", "irina", "ЦОД-Дайджест №41: цены на колокейшн в регионах выросли на 18%", """
ЦОД-Дайджест — еженедельная рассылка о рынке дата-центров

В номере:
• Цены на колокейшн в регионах выросли на 18% за год
• Новый ЦОД на 600 стоек в Екатеринбурге: кто строит
• Импортозамещение СХД: обзор пяти вендоров

Отписаться от рассылки: https://cod-digest.ru/unsubscribe
""", sig=False, hdr={"List-Unsubscribe": "<https://cod-digest.ru/unsubscribe>", "Precedence": "bulk"})
m("nl02", "2026-11-18 07:00", "digest", "alina", "ЦОД-Дайджест №45: SD-WAN в ритейле — кейсы 2026", """
ЦОД-Дайджест — еженедельная рассылка о рынке дата-центров

В номере:
• SD-WAN в ритейле: три кейса сетей из Сибири
• Тарифы на электроэнергию для ЦОД с 1 января
• Вебинар 3 декабря: «Облако под 152-ФЗ»

Отписаться от рассылки: https://cod-digest.ru/unsubscribe
""", sig=False, hdr={"List-Unsubscribe": "<https://cod-digest.ru/unsubscribe>", "Precedence": "bulk"})
m("cold01", "2026-11-11 12:15", "kabel", "dmitry", "Кабель ОКЛ, ОКБ со склада в Екатеринбурге — спеццены для операторов", """
Добрый день!

Компания «Кабель-Опт24» предлагает оптический кабель ОКЛ, ОКБ, ОКСН со склада в Екатеринбурге по ценам производителя. Отгрузка в день оплаты, доставка по УрФО бесплатно от 50 км.

Прайс-лист во вложении. Будем рады сотрудничеству!

Менеджер отдела продаж
Кабель-Опт24
""", att=["Прайс_Кабель-Опт24_ноябрь.xlsx"], sig=False)
m("jr01", "2026-11-03 15:30", "journ", "irina", "Спасибо за экскурсию", """
Ирина, спасибо за экскурсию по ЦОДу и интервью! Материал выйдет в пятницу.
""")

# extra calls (telephony export rows; times in Novosibirsk)
call("C05", "2026-10-13 15:10", "Входящий", "alina", "+7 913 902-66-18", 240, "Отвечен", "Li Wei — уточнил адрес склада")
call("C06", "2026-10-21 10:40", "Исходящий", "alina", "+7 913 388-40-71", 180, "Отвечен", "Кох — подтвердила обследование 28.10")
call("C07", "2026-10-23 12:30", "Входящий", "dmitry", "+7 965 507-12-33", 210, "Отвечен", "Ковалёв: 6 часов ок")
call("C08", "2026-10-30 10:30", "Исходящий", "alina", "+7 913 902-66-18", 520, "Отвечен", "Li Wei — авария туннеля, NOC на связи")
call("C10", "2026-11-03 08:20", "Входящий", "egor", "8 913 010-54-54", 0, "Не отвечен")
call("C11", "2026-11-06 10:05", "Исходящий", "egor", "8 913 010-54-54", 150, "Отвечен", "Соколов — согласовали монтаж на 19.11")
call("C13", "2026-11-17 11:00", "Исходящий", "alina", "+7 913 388-40-71", 0, "Не отвечен")
call("C16", "2026-11-25 16:20", "Входящий", "egor", "+7 383 227-80-45", 95, "Отвечен", "Орлова: где КП?")
call("C17", "2026-11-27 14:00", "Исходящий", "dmitry", "+7 912 230-77-41", 330, "Отвечен", "Веретенников — встреча 08.12 в силе")
call("C19", "2026-12-01 12:00", "Исходящий", "irina", "+7 383 230-02-02", 410, "Отвечен", "Рябова — перерасчёт в декабрьском счёте")
call("C20", "2026-12-03 15:45", "Входящий", "egor", "+7 383 312-77-09", 60, "Отвечен", "спрашивали про вакансии")
call("C21", "2026-11-09 09:40", "Входящий", "egor", "+7 383 230-02-02", 200, "Отвечен", "Рябова — нет телефонии на Красном")
call("C24", "2026-12-02 11:30", "Исходящий", "dmitry", "+7 383 238-60-17", 180, "Отвечен", "Мальцева — подпишем в ЕИС до 09.12")
call("C26", "2026-12-04 11:20", "Входящий", "alina", "+7 999 465-12-80", 140, "Отвечен", "Лиза, кофейня Зерно — про Wi-Fi")
call("C27", "2026-10-19 10:00", "Входящий", "egor", "+7 913 744-21-90", 0, "Не отвечен")
call("C28", "2026-11-20 17:10", "Исходящий", "alina", "+7 913 388-40-71", 260, "Отвечен", "Кох — ждёт собственника")

# ---- late additions (English) ----
m("hx20", "2026-12-01 11:40", "liwei", "alina", "RE: Pilot result and next step", "Invitation sent. See you on 10th!", re="hx19", q="outlook_en", sig=False, na=False)
m("an14", "2026-12-02 15:30", "demir", "alina", "RE: Contract draft — Anadolu Yapı / SU Connect", """
Dear Ms Akhmetova,

Following our call, we have no further comments. The final version is now with our CFO for signature.

Kind regards
""", re="an11", q="outlook_en", cc=["yilmaz"], na=False)
m("tl14", "2026-11-23 08:55", "aidana", "alina", "URGENT: our engineers are stuck at the DC gate", """
Alina, our two engineers are at the gate of the DC since 8:30 and security says they are NOT on the list. I sent you the list a week ago and you confirmed it was done! They have a flight back tonight, we are losing a whole working day. Please fix this immediately.
""", sig=False, na=True, ans="call:C29", compl=True)
call("C29", "2026-11-23 11:05", "Исходящий", "alina", "+7 701 344 19 07", 190, "Отвечен", "Aidana — инженеров пропустили в 11:00, извинилась, ошибка охраны в списке")
m("tl15", "2026-11-23 11:30", "alina", "aidana", "RE: URGENT: our engineers are stuck at the DC gate", """
Aidana, once again my apologies — your engineers are inside since 11:00. The list was updated on our side, but the security shift had an old printout. I have asked the DC manager to make sure it never happens again.
""", re="tl14", q="outlook_en")
m("cold02", "2026-11-26 04:12", "coolx", "alina", "Partnership opportunity - free-cooling units for your data center", """
Dear Sir/Madam,

We are leading manufacturer of free-cooling and adiabatic units for data centers, with 120+ projects in CIS. We would like to offer you partnership with special dealer discount up to 25%.

Could we schedule 15-minute call next week to present our solutions?

Best regards,
Kevin Zhou
Overseas Sales Manager
CoolX Thermal Technology Co., Ltd.
""", sig=False)

# ---- late December mail: still waiting for answers at as_of ----
m("km10", "2026-12-02 16:40", "orlova", "egor", "RE: Благодарю за встречу", """
Егор, КП мы так и не получили — ни 18-го, ни «завтра». Бюджетный комитет 8 декабря, без КП вы в него не попадаете. Если до пятницы ничего не будет, будем считать, что вам это неинтересно.
""", re="km07", q="outlook_ru", na=True, ans=None, compl=True)
m("ut21", "2026-12-03 10:05", "galiev", "dmitry", "SIP — вопрос до созвона", """
Дмитрий, добрый день.

До созвона 8-го, чтобы не тратить время:
- городские номера 287-40-ХХ переносятся к вам с сохранением или меняются?
- запись разговоров хранится у вас или можно складывать на наш NAS?
- нужна ли замена АТС или она остаётся как шлюз?
""", na=True, ans=None)
m("at09", "2026-12-03 09:20", "kovalev", "dmitry", "Вайнера — скорость", """
Дмитрий, в клубе на Вайнера со вчерашнего вечера скорость 40-50 Мбит вместо 200, гости жалуются на вайфай. Глянете?
""", na=True, ans="call:C30")
call("C30", "2026-12-03 13:40", "Исходящий", "dmitry", "+7 965 507-12-33", 240, "Отвечен", "Ковалёв: Вайнера — на порту ошибки, инженер едет сегодня")

# =====================================================================================
# GROUND TRUTH: negotiations (evidence = message key or meeting key; build.py resolves ids)
# =====================================================================================
def N(client, mgr, product, stage, ev, nc, ncs, amount_rub, close):
    return dict(client=client, manager=mgr, product=product, stage=stage, ev=ev, next_contact=nc,
                next_contact_source=ncs, amount=amount_rub, expected_close=close)

NEGOTIATIONS = [
 N("АО «Уралтрубмаш»", "dmitry", "inet", "contract", "ut10", "2026-12-11", "client_request", 852000, "2026-12-11"),
 N("АО «Уралтрубмаш»", "dmitry", "sip", "proposal", "ut04", "2026-12-08", "call", 24000, None),
 N("Сеть аптек «Фармагид»", "dmitry", "sdwan", "proposal", "fg11", "2026-12-08", "meeting", 430900, "2026-12-20"),
 N("УГТУ", "dmitry", "racks", "lost", "ug06", None, None, 228000, None),
 N("ООО «Исеть ЗМК»", "dmitry", "inet", "lost", "is05", None, None, 24000, None),
 N("ГКУ НСО «РЦЦР»", "dmitry", "sdwan", "contract", "rc10", "2026-12-09", "client_request", 5612000, "2026-12-09"),
 N("Фитнес-клубы «Атлет»", "dmitry", "inet", "won", "at06", None, None, 59400, None),
 N("УралМедЦентр", "dmitry", "cloud", "proposal", "um01", "2026-12-09", "call", 47800, None),
 N("Huaxin Logistics (Rus)", "alina", "sdwan", "contract", "hx17", "2026-12-10", "meeting", 62500, "2026-12-25"),
 N("Huaxin Logistics (Rus)", "alina", "cloud", "proposal", "hx12", None, None, 21400, None),
 N("Anadolu Yapı", "alina", "inet", "contract", "an07", "2026-12-11", "call", 22500, "2026-12-11"),
 N("Tolem Tech", "alina", "racks", "won", "tl08", None, None, 127000, None),
 N("Tolem Tech", "alina", "cloud", "proposal", "tl11", "2027-01-12", "client_request", 64000, None),
 N("НГАТУ", "alina", "cloud", "proposal", "ns03", None, None, 96000, None),
 N("«Лавка Вкуса»", "alina", "inet", "negotiation", "lv06", "2026-12-11", "client_request", 64800, None),
 N("zerno.coffee54@gmail.com", "alina", "inet", "qualified", "zr03", "2026-12-07", "manager_promise", None, None),
 N("Клиника «Дента-Люкс»", "egor", "sip", "contract", "dl11", "2026-12-02", "manager_promise", 8900, None),
 N("Медлайн-Сибирь", "egor", "inet", "negotiation", "ml12", None, None, 9900, None),
 N("АО «Вектор-П»", "egor", "inet", "lead", "vk04", "2026-12-03", "manager_promise", None, None),
 N("«Книжный мир Сибири»", "egor", "sdwan", "qualified", "km_call", "2026-11-25", "manager_promise", None, None),
 N("garage54.sokolov@yandex.ru", "egor", "inet", "won", "gr08", None, None, 2900, None),
]

NOT_NEGOTIATIONS = [
 ("news@cod-digest.ru", "newsletter"),
 ("sales@kabel-opt24.ru", "unknown sender, no answer"),
 ("k.belova@ndn-info.ru", "thanks only"),
 ("kevin.zhou@coolx-thermal.com", "unknown sender, no answer"),
 ("sidorenko@vektor-p.ru", "auto-reply"),
 ("servicedesk@suconnect.ru", "internal"),
 ("noc@suconnect.ru", "internal"),
 ("s.bragin@suconnect.ru", "internal"),
 ("y.kim@suconnect.ru", "internal"),
]

# plans and booked sales (RUB)
PLANS = [  # period, scope, team, manager, product, metric, amount
 ("2026-11", "company", "", "", "all", "amount", 1800000),
 ("2026-11", "manager", "B2B", "dmitry", "all", "amount", 800000),
 ("2026-11", "manager", "B2B", "alina", "all", "amount", 600000),
 ("2026-11", "manager", "B2B", "egor", "all", "amount", 400000),
 ("2026-12", "company", "", "", "all", "amount", 2200000),
 ("2026-12", "manager", "B2B", "dmitry", "all", "amount", 1000000),
 ("2026-12", "manager", "B2B", "alina", "all", "amount", 700000),
 ("2026-12", "manager", "B2B", "egor", "all", "amount", 500000),
]
SALES = [  # external_id, date, manager, product, client, amount
 ("СУК-000981", "30.10.2026", "dmitry", "inet", "Фитнес-клубы «Атлет»", 59400),
 ("СУК-001187", "02.11.2026", "dmitry", "inet", "Фитнес-клубы «Атлет»", 90000),
 ("СУК-001204", "05.11.2026", "alina", "racks", "Tolem Tech", 127000),
 ("СУК-001231", "13.11.2026", "egor", "inet", "", 14900),
 ("СУК-000955", "02.10.2026", "egor", "sip", "Медлайн-Сибирь", 32500),
 ("СУК-001150", "02.11.2026", "egor", "sip", "Медлайн-Сибирь", 32500),
 ("СУК-001290", "01.12.2026", "alina", "racks", "Tolem Tech", 127000),
]
