"""ТОО «ДалаФлоу» (DalaFlow LLP): насосы, компрессоры, запчасти. Алматы + филиал в Атырау.

Every message, meeting and call of the eight weeks before AS_OF, written by hand,
with the head of sales' labels next to it. build.py turns this into Maildirs,
.ics files, calls.csv and truth.json.

Label keys on messages:
  ag = [(quote, due or None, status)]   commitments made in this message
  ib = (needs_answer, answered_by)      for mail from a client/intermediary to a manager;
                                        answered_by: message key, "call:<key>" or None
  cp = True/False                       complaint (about us / about someone else)
"""

AS_OF = "2026-12-09T17:30:00+05:00"
TIMEZONE = "Asia/Almaty"
YEAR = 2026

ALA = "Asia/Almaty"
ATY = "Asia/Atyrau"
DXB = "Asia/Dubai"
LON = "Europe/London"
SHA = "Asia/Shanghai"
IST = "Europe/Istanbul"

FREE_MAIL = ("gmail.com", "mail.ru", "yandex.ru", "yandex.kz", "bk.ru", "inbox.ru", "list.ru")

# ---------------------------------------------------------------- people
# style: the sender's mail client (quote header, subject prefix, body format)
P = {}


def person(key, addr, name, role, style="outlook_ru", tz=ALA, lang="ru", sig="", org=None,
           sig_en=None, mid=None):
    P[key] = dict(key=key, addr=addr, name=name, role=role, style=style, tz=tz, lang=lang,
                  sig=sig, sig_en=sig_en, org=org, mid=mid)


# --- our company
person("yerzhan", "yerzhan.saparov@dalaflow.kz", "Ержан Сапаров", "manager", mid="m365", sig="""\
С уважением,
Ержан Сапаров
Коммерческий директор | ТОО «ДалаФлоу»
+7 727 355 40 10 (вн. 100) | +7 701 733 10 00
www.dalaflow.kz""", sig_en="""\
Best regards,
Yerzhan Saparov
Commercial Director | DalaFlow LLP
Almaty, Kazakhstan | T +7 727 355 40 10 ext. 100 | M +7 701 733 10 00
www.dalaflow.kz""")
person("aigerim", "aigerim.nurlanova@dalaflow.kz", "Айгерим Нурланова", "manager", mid="m365", sig="""\
С уважением,
Айгерим Нурланова
Менеджер по продажам
ТОО «ДалаФлоу» | г. Алматы, ул. Розыбакиева, 247, оф. 12
+7 727 355 40 10 (вн. 102), +7 707 410 22 86""", sig_en="""\
Kind regards,
Aigerim Nurlanova
Sales Manager | DalaFlow LLP, Almaty
+7 727 355 40 10 ext. 102 | +7 707 410 22 86""")
person("bauyrzhan", "bauyrzhan.yessenov@dalaflow.kz", "Бауыржан Есенов", "manager", mid="m365", sig="""\
С уважением,
Бауыржан Есенов
Ведущий менеджер по продажам (горнодобывающий сектор, АПК)
ТОО «ДалаФлоу»
тел. +7 727 355 40 10 вн. 103 | моб. +7 777 018 45 12""")
person("dmitriy", "dmitriy.kovalev@dalaflow.kz", "Дмитрий Ковалёв", "manager", tz=ATY, mid="m365", sig="""\
С уважением,
Дмитрий Ковалёв
Руководитель филиала ТОО «ДалаФлоу» в г. Атырау
г. Атырау, ул. Сатпаева, 12А
+7 7122 27 60 40 (вн. 201) | +7 701 520 71 33""", sig_en="""\
Best regards,
Dmitriy Kovalev
Branch Manager, DalaFlow LLP – Atyrau
12A Satpayev St., Atyrau, Kazakhstan
T: +7 7122 27 60 40 ext. 201 | M: +7 701 520 71 33""")
person("buh", "buh@dalaflow.kz", "Гульмира Ахметова (бухгалтерия)", "internal", mid="m365",
       sig="Гульмира Ахметова\nглавный бухгалтер ТОО «ДалаФлоу»\nвн. 110")
person("olzhas", "olzhas.bekenov@dalaflow.kz", "Олжас Бекенов", "internal", mid="m365",
       sig="Олжас Бекенов\nстарший сервисный инженер\nТОО «ДалаФлоу»\n+7 705 301 77 12")
person("sklad", "sklad.atyrau@dalaflow.kz", "Склад Атырау", "internal", tz=ATY, mid="m365", sig="")

# --- clients
KOS = "ТОО «КаспийОйлСервис»"
ABS = "ТОО «Атырау Бурение Сервис»"
ZHMS = "ТОО «ЖайыкМунайСервис»"
TWS = "Tengiz Well Services LLP"
ZHSA = "ГКП на ПХВ «Жетісу Су Арнасы»"
ALMA = "ТОО «Алма Дайри»"
BEREKE = "ТОО «Береке Агро»"
YUG = "ТОО «ЮгТехСнаб»"
ORDA = "ТОО «Ордабасы Агро»"
AKSU = "ТОО «Аксу Кен Металл»"
ESIL = "ТОО «Есиль Агро Холдинг»"
KPS = "ТОО «Кызылорда Петро Сервис»"
KBALYK = "ТОО «Капшагай Балык»"
VANTOR = "Vantor Engineering & Construction"
TALGAR = "ТОО «Талгар Құс»"
SERIK = "serik.zhumabayev77@gmail.com"
SARYARKA = "kh.saryarka@mail.ru"

person("marat", "m.ismagulov@caspianoil.kz", "Исмагулов Марат", "client", org=KOS, mid="exch:EXCH02.caspianoil.kz", sig="""\
С уважением,
Исмагулов Марат
Начальник отдела материально-технического обеспечения
ТОО «КаспийОйлСервис»
г. Атырау, пр. Азаттык, 48
тел.: +7 (7122) 45-67-89, моб.: +7 701 311 22 45""")
person("galym", "g.tulegenov@caspianoil.kz", "Галым Тулегенов", "client", style="iphone_ru", org=KOS,
       mid="apple:caspianoil.kz", sig="Отправлено с iPhone")
person("ainur", "a.kenzhebayeva@abs-drilling.kz", "Кенжебаева Айнур", "client", style="zimbra_ru", org=ABS,
       mid="zimbra:abs-drilling.kz", sig="""\
С уважением,
Кенжебаева Айнур
Специалист отдела закупок
ТОО «Атырау Бурение Сервис»
Тел.: 8 (7122) 98-76-10, вн. 214""")
person("erlan", "e.bekmukhambetov@zhaikms.kz", "Ерлан Бекмухамбетов", "client", style="yandex", org=ZHMS,
       mid="yandex", sig="")
person("aliya", "aliya.dzhaksybekova@tws-kz.com", "Aliya Dzhaksybekova", "client", style="outlook_en", lang="en",
       org=TWS, mid="m365b", sig="""\
Best Regards,
Aliya Dzhaksybekova
Procurement Specialist
Tengiz Well Services LLP
Atyrau, Kazakhstan
Tel: +7 7122 55 01 20 | Mob: +7 778 401 22 19

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""")
person("serik", "serik.zhumabayev77@gmail.com", "Серик Жумабаев", "client", style="gmail_ru", mid="gmail", sig="")
person("gulnara", "g.abenova@zhetisu-su.kz", "Абенова Гульнара Маратовна", "client", org=ZHSA,
       mid="exch:mail.zhetisu-su.kz", sig="""\
С уважением,
Абенова Г.М.
экономист отдела государственных закупок
ГКП на ПХВ «Жетісу Су Арнасы»
г. Талдыкорган, ул. Толебаева, 90
тел. 8 (7282) 24-15-60""")
person("ruslan", "r.akhmetov@almadairy.kz", "Руслан Ахметов", "client", style="gmail_ru", org=ALMA, mid="gmail",
       sig="--\nРуслан Ахметов\nГлавный инженер ТОО «Алма Дайри»\n+7 701 777 40 12")
person("zhanna", "zakup@almadairy.kz", "Жанна Ким", "client", style="gmail_ru", org=ALMA, mid="gmail", sig="""\
Жанна Ким
Отдел закупок ТОО «Алма Дайри»
Алматинская обл., Илийский р-н, п. Отеген батыр
+7 727 390 11 22""")
person("askhat", "a.seitkaziyev@bereke-agro.kz", "Асхат Сейтказиев", "client", style="mailru", org=BEREKE,
       mid="mailru", sig="Директор ТОО «Береке Агро»\nСейтказиев А.Е.\n+7 701 220 45 90")
person("nurlan", "nurlan.ospanov.84@mail.ru", "Нурлан Оспанов", "client", style="mailru_mobile", org=BEREKE,
       mid="mailru", sig="--\nОтправлено из мобильной Почты Mail.ru")
person("berik", "kh.saryarka@mail.ru", "КХ Сарыарка", "client", style="mailru_mobile", mid="mailru",
       sig="--\nОтправлено из мобильной Почты Mail.ru")
person("timur", "t.aliyev@yugtehsnab.kz", "Тимур Алиев", "intermediary", style="yandex", org=YUG, mid="yandex", sig="""\
--
Тимур Алиев
ТОО «ЮгТехСнаб», г. Шымкент
официальный дилер ТОО «ДалаФлоу» в Туркестанской области
+7 701 998 23 45""")
person("bolat", "b.nurmaganbetov@ordabasy-agro.kz", "Болат Нурмаганбетов", "client", style="gmail_ru", org=ORDA,
       mid="gmail", sig="Нурмаганбетов Болат\nгл. инженер ТОО «Ордабасы Агро»\n+7 775 301 66 08")
person("bondarenko", "s.bondarenko@aksuken.kz", "Бондаренко Сергей Викторович", "client", style="outlook_ru_old",
       org=AKSU, mid="exch:MSK-EX01.aksuken.kz", sig="""\
С уважением,
Бондаренко С.В.
Главный механик ОФ
ТОО «Аксу Кен Металл»
т. 8 (7232) 50-41-17, сот. 8 777 250 63 18""")
person("bondarenko_g", "bondarenko.sv65@gmail.com", "Сергей Бондаренко", "client", style="gmail_ru", org=AKSU,
       mid="gmail", sig="")
person("omarova", "a.omarova@aksuken.kz", "Омарова Алия Бекеновна", "client", org=AKSU,
       mid="exch:MSK-EX01.aksuken.kz", sig="""\
С уважением,
Омарова Алия
Ведущий специалист Управления материально-технического снабжения
ТОО «Аксу Кен Металл»
тел. 8 (7232) 50-40-00, вн. 3317

Данное сообщение и любые приложения к нему конфиденциальны и предназначены исключительно для адресата. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.""")
person("darkhan", "d.zhaksylykov@esil-agro.kz", "Жаксылыков Дархан", "client", org=ESIL,
       mid="exch:mail.esil-agro.kz", sig="""\
Жаксылыков Дархан
инженер-энергетик
ТОО «Есиль Агро Холдинг»
+7 (7142) 50-33-71, +7 747 633 90 14""")
person("zhandos", "zh.utepov@kpservice.kz", "Утепов Жандос", "client", style="yandex", org=KPS, mid="yandex", sig="""\
--
Утепов Жандос Серикович
Зам. директора по производству
ТОО «Кызылорда Петро Сервис»
т. +7 (7242) 27-31-05
м. +7 705 112 88 30""")
person("marzhan", "info@kbalyk.kz", "Капшагай Балык", "client", style="plain_web", org=KBALYK, mid="generic:kbalyk.kz",
       sig="Маржан, офис-менеджер\nТОО «Капшагай Балык»\n+7 708 455 21 09")
person("rahul", "rahul.menon@vantor-ec.com", "Rahul Menon", "client", style="outlook_en", tz=DXB, lang="en",
       org=VANTOR, mid="m365v", sig="""\
Regards,
Rahul Menon
Senior Buyer | Procurement
Vantor Engineering & Construction
Jumeirah Lake Towers, Cluster X, Dubai, UAE
T +971 4 512 3380 | M +971 50 614 2297

This message (including any attachments) is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Vantor Engineering & Construction accepts no liability for any damage caused by viruses.""")
person("emma", "emma.clarke@vantor-ec.com", "Emma Clarke", "client", style="outlook_en", tz=LON, lang="en",
       org=VANTOR, mid="m365v", sig="""\
Kind regards,
Emma Clarke
Lead Mechanical Engineer – Rotating Equipment
Vantor Engineering & Construction | London office

This message (including any attachments) is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.""")
person("pak", "v.pak@talgarkus.kz", "Пак Владимир Леонидович", "client", org=TALGAR, mid="exch:srv-mail.talgarkus.kz", sig="""\
Пак В.Л.
Главный энергетик ТОО «Талгар Құс»
+7 (72774) 2-33-18, +7 701 404 55 66""")

# --- not clients
person("madina", "m.sarsenova@agroleasing-zh.kz", "Сарсенова Мадина", "counterparty",
       mid="exch:mail.agroleasing-zh.kz", sig="""\
С уважением,
Мадина Сарсенова
Менеджер по лизингу
ТОО «АгроЛизинг Жетысу»
+7 727 311 52 40""")
person("cathy", "cathy.zhou@hengda-pump.cn", "Cathy Zhou", "supplier", style="foxmail", tz=SHA, lang="en",
       mid="tencent:hengda-pump.cn", sig="""\
Best regards,
Cathy Zhou | Export Manager (CIS)
Zhejiang Hengda Pump Co., Ltd.
No. 18 Binhai 5th Road, Wenzhou, Zhejiang, China
Tel: +86 577 8851 2345 | WeChat/WhatsApp: +86 138 5770 2291""")
person("emre", "emre.yildiz@anadolukompresor.com.tr", "Emre Yıldız", "supplier", style="outlook_en", tz=IST, lang="en",
       mid="m365t", sig="""\
Best regards,
Emre Yıldız
Export Sales Manager – CIS & Central Asia
Anadolu Kompresör San. ve Tic. A.Ş.
Kemalpaşa OSB, İzmir, Türkiye
T +90 232 441 00 55 | M +90 532 214 55 66""")
person("promvestnik", "digest@promvestnik.kz", "Промышленный вестник Казахстана", "newsletter", style="newsletter",
       mid="generic:promvestnik.kz", sig="")
person("ogweek", "news@caspian-ogweek.kz", "Caspian Oil & Gas Week", "newsletter", style="newsletter", lang="en",
       mid="generic:caspian-ogweek.kz", sig="")
person("goszakup", "noreply@goszakup.gov.kz", "Портал государственных закупок РК", "newsletter", style="html_only",
       mid="generic:goszakup.gov.kz", sig="")
person("aksu_sed", "noreply@aksuken.kz", "СЭД ТОО «Аксу Кен Металл»", "auto", style="plain_web",
       mid="generic:aksuken.kz", sig="")
person("bounce", "MAILER-DAEMON@mx1.ekz-zhylu.kz", "Mail Delivery System", "auto", style="plain_web", lang="en",
       mid="generic:mx1.ekz-zhylu.kz", sig="")
person("topseo", "sales@topseo-kz.com", "TopSEO Kazakhstan", "cold", style="html_only", mid="generic:topseo-kz.com",
       sig="")
person("lily", "lily@wz-valves-cn.com", "Lily Chen", "cold", style="html_only", tz=SHA, lang="en",
       mid="generic:wz-valves-cn.com", sig="")
person("silkway", "info@silkway-cargo.kz", "SilkWay Cargo", "cold", style="html_only", mid="generic:silkway-cargo.kz",
       sig="")
person("almas", "a.zhumagaliyev@ekz-zhylu.kz", "Алмас Жумагалиев", "thanks", mid="exch:mail.ekz-zhylu.kz", sig="""\
Жумагалиев А.
начальник участка насосных станций
ТОО «Экибастуз Жылу Сервис»""")

MANAGERS = ["yerzhan", "aigerim", "bauyrzhan", "dmitriy"]

# ---------------------------------------------------------------- containers
MSGS = []
EVENTS = []
CALLS = []


def M(key, when, frm, to, body, subj=None, re=None, fw=None, cc=(), att=(), style=None, lang=None,
      sig=True, ag=(), ib=None, cp=None, kind=None):
    MSGS.append(dict(key=key, when=when, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                     cc=list(cc), body=body.strip("\n"), subj=subj, re=re, fw=fw, att=list(att), style=style,
                     lang=lang, sig=sig, ag=list(ag), ib=ib, cp=cp, kind=kind))


def E(key, uid, start, end, tz, summary, organizer, attendees, cals, location="", description=""):
    EVENTS.append(dict(key=key, uid=uid, start=start, end=end, tz=tz, summary=summary, organizer=organizer,
                       attendees=list(attendees), cals=list(cals), location=location, description=description))


def C(key, when, direction, mgr, phone, talk, status, note="", client=None, wait=0):
    CALLS.append(dict(key=key, when=when, direction=direction, mgr=mgr, phone=phone, talk=talk, status=status,
                      note=note, client=client, wait=wait))


# ====================================================================== ATYRAU: Дмитрий Ковалёв
# ---- КаспийОйлСервис: compressor for Kulsary base
M("kos_c1", "10-14 09:12", "marat", "dmitriy", subj="Запрос ТКП: компрессор винтовой 37 кВт для базы Кульсары", body="""
Дмитрий, добрый день.

Прошу направить технико-коммерческое предложение на поставку:
1. Компрессор винтовой электрический, 37 кВт, рабочее давление 8 бар, производительность не менее 6 м3/мин – 1 шт.
2. Осушитель рефрижераторный под указанную производительность – 1 шт.
3. Комплект фильтров (магистральный + тонкой очистки).

Место поставки – производственная база ТОО «КаспийОйлСервис», г. Кульсары, промзона.
В предложении просим указать: цену с НДС с доставкой до Кульсары, срок поставки, условия оплаты, гарантийный срок.

Компрессор нужен под замену старого поршневого ВП-20/8, который своё отработал.
""", ib=(True, "kos_c2"))

M("kos_c2", "10-14 11:40", "dmitriy", "marat", re="kos_c1", body="""
Марат, добрый день!

Запрос принял. Уточню у производителя сроки и наличие осушителя на складе в Измире. КП направлю до пятницы 16.10.

Пока вопрос: компрессор будет стоять в отапливаемом помещении? Если нет — заложу зимний пакет (подогрев картера и кожуха), это плюс около 400 тыс. тг.
""", ag=[("КП направлю до пятницы 16.10.", "2026-10-16", "kept")])

M("kos_c3", "10-14 14:05", "marat", "dmitriy", re="kos_c2", body="""
Дмитрий, помещение отапливаемое, зимний пакет не нужен.
""", ib=(False, "kos_c4"))

M("kos_c4", "10-16 16:20", "dmitriy", "marat", cc=["galym"], re="kos_c3", body="""
Марат, добрый день.

Направляю КП №АТ-2026/118 от 16.10.2026:

1. Компрессор винтовой ANK-37 (Anadolu Kompresör, Турция), 37 кВт, 8 бар, 6,4 м3/мин — 1 шт.
2. Осушитель рефрижераторный AKD-70 — 1 шт.
3. Фильтры магистральный + тонкой очистки — 1 компл.

Итого: 14 850 000 тенге с НДС, с доставкой до г. Кульсары.
Срок поставки: 8–10 недель с момента предоплаты.
Оплата: 50% предоплата, 50% по факту поставки.
Гарантия: 24 месяца или 8000 моточасов.
Шеф-монтаж и пусконаладка — включены.

КП действительно 30 дней. Галыма поставил в копию по техчасти.
""", att=["КП_АТ-2026-118_ANK-37_КаспийОйлСервис.pdf", "ANK-37_datasheet_RU.pdf"])

M("kos_c5", "10-22 19:47", "galym", "dmitriy", re="kos_c4", body="""
Дмитрий а ресивер 1000л входит? Кожух шумоизоляционный штатный или доп опция?
""", ib=(True, "kos_c6"))

M("kos_c6", "10-22 20:15", "dmitriy", "galym", cc=["marat"], re="kos_c5", style="iphone_ru", body="""
Галым, ресивер не входит, добавлю отдельной строкой. Кожух штатный, в цене. Обновлённое КП пришлю завтра.
""", ag=[("Обновлённое КП пришлю завтра.", "2026-10-23", "broken")])

M("kos_c7", "10-27 10:05", "dmitriy", "marat", cc=["galym"], re="kos_c6", body="""
Марат, Галым, добрый день.

Извините за задержку — ждал от завода подтверждение по ресиверу. Обновлённое КП №АТ-2026/118-1 во вложении:
— компрессор ANK-37 + осушитель AKD-70 + фильтры — 14 850 000 тг;
— ресивер вертикальный 1000 л, 11 бар, с обвязкой (предохранительный клапан, манометр, кран слива конденсата) — 770 000 тг.
Итого: 15 620 000 тенге с НДС, доставка до Кульсары включена.
Остальные условия без изменений.
""", att=["КП_АТ-2026-118-1_ANK-37_ресивер.pdf"])

M("kos_c8", "11-05 11:30", "marat", "dmitriy", cc=["galym"], re="kos_c7", body="""
Дмитрий, добрый день.

Рассмотрели ваше КП №АТ-2026/118-1. Бюджет на компрессорную станцию утверждён в сумме 14 000 000 тенге с НДС. Если сможете выйти на эту цену и на срок поставки 6 недель — готовы рассматривать вас как основного поставщика.

Также просим рассмотреть оплату 30% предоплата / 70% по факту поставки — у нас так проходит по регламенту.

Ответ просим дать до 10.11.
""", ib=(True, "kos_c11"))

M("kos_c9", "11-05 12:02", "dmitriy", "yerzhan", fw="kos_c8", body="""
Ержан Болатович, добрый день.

КОС просит 14 млн вместо 15,62 и оплату 30/70. Маржа по позиции сейчас около 18%. Предлагаю дать 4–5%. По сроку 6 недель Анадолу не подтверждает (писал Эмре, ответ — минимум 8 недель от двери до двери). Согласуете?
""")

M("kos_c10", "11-05 15:40", "yerzhan", "dmitriy", re="kos_c9", body="""
Дима, 4% максимум, 30/70 ок. Срок 6 недель не обещай ни в коем случае — сорвём, будет как с Талгаром. Если надо, подключусь к встрече 12-го по телефону.
""", sig=False)

M("kos_c11", "11-06 10:15", "dmitriy", "marat", cc=["galym"], re="kos_c8", body="""
Марат, добрый день.

Согласовал с руководством:
— цена: 14 995 000 тенге с НДС (скидка 4%), включая ресивер 1000 л и доставку до Кульсары;
— оплата 30% предоплата / 70% по факту поставки — согласны;
— срок поставки: 8 недель с момента предоплаты. Раньше завод не подтверждает, обещать 6 недель не буду, чтобы потом не подвести.

12.11 я буду в Кульсары, могу заехать к вам с Галымом — посмотрим место установки.
""")

M("kos_c12", "11-06 16:22", "marat", "dmitriy", re="kos_c11", body="""
Дмитрий, 12.11 после 14:00 удобно. Ждём.
""", ib=(False, None))

M("kos_c13", "11-19 09:30", "dmitriy", "marat", re="kos_c12", body="""
Марат, добрый день.

После встречи 12.11 от вас новостей не было. Есть ли решение по компрессорной станции? Напомню, КП №АТ-2026/118-1 с учётом скидки действует до 30.11.
""")

M("kos_c14", "11-19 12:48", "marat", "dmitriy", re="kos_c13", body="""
Дмитрий, добрый день.
Вопрос на согласовании у директора по производству, ответ дадим до 1 декабря.
""", ag=[("Вопрос на согласовании у директора по производству, ответ дадим до 1 декабря.", "2026-12-01", "broken")],
  ib=(False, "call:kos_call_1203"))

# ---- КаспийОйлСервис: mechanical seals (spares), won
M("kos_s1", "10-20 08:47", "galym", "dmitriy", subj="Торцевые уплотнения ЦНС 60-330", body="""
Дмитрий доброе утро. Нужны торцевые уплотнения на ЦНС 60-330, 6 шт. Срочно, два насоса на ДНС-3 текут. В прошлый раз брали у другого поставщика — привезли не тот типоразмер, неделю стояли. Есть у вас на складе?
""", ib=(True, "call:kos_call_1020"), cp=False)

M("kos_s2", "10-20 10:20", "dmitriy", "galym", cc=["marat"], re="kos_s1", body="""
Галым, доброе утро.

Как сказал по телефону: уплотнения под ЦНС 60-330 (вал 55 мм) — на складе в Атырау 4 шт, ещё 2 шт привезём из Алматы за 3 дня.
Цена 186 000 тг/шт с НДС, итого 1 116 000 тг за 6 шт.
Типоразмер сверил по паспорту вашего насоса, ошибки не будет.

Счёт выставить на КОС?
""")

M("kos_s3", "10-20 11:05", "galym", "dmitriy", cc=["marat"], re="kos_s2", body="""
Да выставляйте на КОС, 6 шт. Марат в копии
""", ib=(True, "kos_s4"))

M("kos_s4", "10-21 09:30", "dmitriy", "marat", cc=["galym"], re="kos_s3", body="""
Марат, Галым, добрый день.

Счёт на оплату №1457 от 21.10.2026 на 1 116 000 тг во вложении.
Отгрузим 4 шт в день оплаты, 2 шт до 27.10.
""", att=["Счет_на_оплату_1457_от_21.10.2026.pdf"],
  ag=[("Отгрузим 4 шт в день оплаты, 2 шт до 27.10.", "2026-10-27", "kept")])

M("kos_s5", "10-23 10:12", "marat", "dmitriy", re="kos_s4", body="""
Дмитрий, добрый день.

Оплата по счёту №1457 произведена, платёжное поручение №3381 от 23.10.2026 во вложении.
Прошу выписать ЭСФ и подготовить накладную на отпуск запасов. Доверенность на получение — на Тулегенова Г.
""", att=["ПП_3381_от_23.10.2026.pdf", "Доверенность_Тулегенов_Г.pdf"], ib=(True, "kos_s6"))

M("kos_s6", "10-23 11:00", "dmitriy", "marat", cc=["galym"], re="kos_s5", body="""
Марат, поступление увидели, спасибо.

ЭСФ выпишем сегодня. 4 шт можно забирать со склада на Сатпаева, 12А с 9 до 18, накладная у кладовщика.
""", ag=[("ЭСФ выпишем сегодня.", "2026-10-23", "kept")])

M("kos_buh", "10-23 16:40", "buh", "dmitriy", subj="ЭСФ КаспийОйлСервис, счёт 1457", body="""
Дмитрий, ЭСФ по счёту 1457 (ТОО «КаспийОйлСервис», 1 116 000 тг) выписана в ИС ЭСФ, рег. номер ESF-120940017384-20261023-0042. Со стороны покупателя пока не подтверждена.
""")

M("kos_s7", "10-27 15:30", "galym", "dmitriy", re="kos_s6", body="""
Остальные 2 шт получили, всё подошло. Спасибо
""", ib=(False, None))

# ---- Атырау Бурение Сервис: ЗЦП on mud pump spares -> contract
M("abs1", "10-19 10:00", "ainur", "dmitriy", subj="ЗЦП-112/26 — запасные части к буровым насосам УНБ-600", body="""
Исх. №ЗК-0918 от 19.10.2026

ТОО «ДалаФлоу»
Руководителю филиала в г. Атырау
Ковалёву Д.

Уважаемый Дмитрий!

ТОО «Атырау Бурение Сервис» приглашает Вашу организацию принять участие в запросе ценовых предложений №ЗЦП-112/26 на поставку запасных частей к буровым насосам УНБ-600:

1. Поршень 180 мм в сборе (УНБ-600.01.000) – 24 шт.
2. Втулка цилиндровая 180 мм, биметаллическая – 12 шт.
3. Клапан в сборе с седлом (УНБ-600.03.100) – 16 шт.
4. Уплотнение штока – 40 шт.

Условия: поставка DDP склад Заказчика (г. Атырау, промзона «Береке»), оплата – 30 календарных дней с даты поставки, срок поставки – не более 30 календарных дней.

Ценовое предложение просим направить до 17:00 26.10.2026 на адрес a.kenzhebayeva@abs-drilling.kz с указанием цены за единицу и общей суммы с НДС, срока поставки, страны происхождения и гарантийного срока.

Приложение: Техническая спецификация ЗЦП-112/26 на 2 л.
""", att=["ЗЦП-112-26_техспецификация.pdf"], ib=(True, "abs2"))

M("abs2", "10-20 09:15", "dmitriy", "ainur", re="abs1", body="""
Айнур, добрый день!

Запрос №ЗЦП-112/26 получили, спасибо за приглашение. Ценовое предложение направим до 23.10.

Уточните, пожалуйста: по поз. 2 втулки допускаются производства КНР (Baoji) или только РФ?
""", ag=[("Ценовое предложение направим до 23.10.", "2026-10-23", "kept")])

M("abs3", "10-20 14:40", "ainur", "dmitriy", re="abs2", body="""
Дмитрий, добрый день.
Допускается производство КНР при наличии сертификата происхождения СТ-1 или Form A и паспорта качества.
""", ib=(False, "abs4"))

M("abs4", "10-23 15:55", "dmitriy", "ainur", re="abs3", body="""
Айнур, добрый день.

Направляю ценовое предложение ТОО «ДалаФлоу» по ЗЦП-112/26 (исх. №АТ-342 от 23.10.2026), подписанное, с печатью:
поз. 1 — 24 шт × 96 500 = 2 316 000 тг
поз. 2 — 12 шт × 241 000 = 2 892 000 тг (КНР, Baoji, сертификат СТ-1 предоставим)
поз. 3 — 16 шт × 148 500 = 2 376 000 тг
поз. 4 — 40 шт × 20 700 = 828 000 тг
Итого: 8 412 000 тенге с НДС, DDP склад Заказчика.
Срок поставки — 45 календарных дней. Гарантия — 6 месяцев.

По сроку: 30 дней можем выдержать по поз. 1, 3, 4; по втулкам — только если возьмём со склада в Алматы, остатки уточняю.
""", att=["ЦП_ДалаФлоу_ЗЦП-112-26.pdf"])

M("abs5", "11-02 11:20", "ainur", "dmitriy", re="abs4", body="""
Исх. №ЗК-0977 от 02.11.2026

Дмитрий, добрый день.

По итогам рассмотрения ценовых предложений по ЗЦП-112/26 сообщаем, что предложение ТОО «ДалаФлоу» может быть признано наиболее выгодным при условии:
1) снижения цены по позициям 2 и 3 не менее чем на 7%;
2) подтверждения срока поставки 30 календарных дней по всем позициям.

Скорректированное предложение просим направить до 05.11.2026.
""", ib=(True, "call:abs_call"))

M("abs7", "11-03 10:40", "dmitriy", "ainur", re="abs5", body="""
Айнур, добрый день.

Как обсудили по телефону, направляем скорректированное предложение (исх. №АТ-351 от 03.11.2026):
поз. 2 — 224 130 тг/шт (−7%), 12 шт = 2 689 560 тг
поз. 3 — 138 105 тг/шт (−7%), 16 шт = 2 209 680 тг
поз. 1 и 4 — без изменений.
Итого по ЗЦП: 8 043 240 тенге с НДС.
Срок поставки — 30 календарных дней по всем позициям, втулки зарезервировали на складе в Алматы.
""", att=["ЦП_ДалаФлоу_ЗЦП-112-26_ред2.pdf"])

M("abs8", "11-12 16:05", "ainur", "dmitriy", re="abs7", body="""
Дмитрий, добрый день.

По результатам ЗЦП-112/26 поставщиком определено ТОО «ДалаФлоу». Направляем проект договора поставки №ДП-0412/26 со спецификацией.
Просим рассмотреть и вернуть подписанный с вашей стороны, либо с протоколом разногласий, до 20.11.2026.
""", att=["Проект_ДП-0412-26_ДалаФлоу.docx", "Спецификация_1_к_ДП-0412-26.xlsx"], ib=(True, "abs9"))

M("abs9", "11-18 17:10", "dmitriy", "ainur", re="abs8", body="""
Айнур, добрый день.

Спасибо за вчерашнюю встречу. Как договорились, направляю протокол разногласий к проекту договора №ДП-0412/26:
— п. 5.3: неустойка за просрочку поставки 0,5% в день → 0,1% в день, но не более 10% от стоимости недопоставленного товара;
— п. 7.2: оплата 30 дней после поставки → предоплата 50%, остаток в течение 30 дней после поставки.
Остальное — без замечаний.
""", att=["Протокол_разногласий_ДП-0412-26.docx"])

M("abs10", "11-25 12:30", "ainur", "dmitriy", re="abs9", body="""
Дмитрий, добрый день.

Протокол разногласий рассмотрен юридическим департаментом:
— п. 5.3 — принимается в вашей редакции;
— п. 7.2 — принимается предоплата 30%, остаток в течение 30 календарных дней с даты поставки.
Проект договора в согласованной редакции во вложении. Просим подтвердить.
""", att=["ДП-0412-26_согласованная_редакция.docx"], ib=(True, "abs11"))

M("abs11", "11-26 09:50", "dmitriy", "ainur", re="abs10", body="""
Айнур, добрый день.

Согласованная редакция нас устраивает, 30% предоплаты принимаем. Подпишем и направим скан до 30.11. Оригиналы отправим курьером DHL.
""", ag=[("Подпишем и направим скан до 30.11.", "2026-11-30", "broken"),
         ("Оригиналы отправим курьером DHL.", None, "kept")])

M("abs12", "12-02 18:20", "dmitriy", "ainur", re="abs11", body="""
Айнур, добрый день.

Прошу прощения за задержку — директор был в командировке. Направляю подписанный с нашей стороны договор №ДП-0412/26 (скан). Оригиналы в двух экземплярах отправили DHL, накладная 58 3391 0274.
Позвоню в четверг 10.12, уточню статус подписания.
""", att=["ДП-0412-26_подписан_ДалаФлоу.pdf"],
  ag=[("Позвоню в четверг 10.12, уточню статус подписания.", "2026-12-10", "open")])

M("abs13", "12-04 11:15", "ainur", "dmitriy", re="abs12", body="""
Дмитрий, добрый день.
Скан получили, оригиналы пока в пути. Договор на подписании у генерального директора, вернём подписанный экземпляр до 11.12.
""", ag=[("Договор на подписании у генерального директора, вернём подписанный экземпляр до 11.12.", "2026-12-11", "open")],
  ib=(False, None))

# ---- ЖайыкМунайСервис: ЦНС 38-1100, lost
M("zh1", "10-15 08:55", "erlan", "dmitriy", subj="ЦНС 38-1100", body="""
Добрый день. Как договорились по телефону — нужен ЦНС 38-1100 с эл.двигателем, 2 комплекта, для ППД на м/р Кара-Арна. Цена и срок.
Ерлан
8 7122 30 15 44
""", ib=(True, "zh2"))

M("zh2", "10-15 10:30", "dmitriy", "erlan", re="zh1", body="""
Ерлан, добрый день!

Для расчёта уточните, пожалуйста:
1. Перекачиваемая среда — пресная или подтоварная вода (нужна ли проточная часть из нержавейки)?
2. Двигатель — 6 кВ или 0,4 кВ?
3. Нужны ли общая рама, муфта, ответные фланцы?
""")

M("zh3", "10-16 09:40", "erlan", "dmitriy", re="zh2", body="""
1. подтоварная
2. 6 кВ
3. рама, муфта да, фланцы нет
""", ib=(True, "zh4"))

M("zh4", "10-16 10:05", "dmitriy", "erlan", re="zh3", body="""
Ерлан, спасибо. КП подготовлю к среде 21.10.
""", ag=[("КП подготовлю к среде 21.10.", "2026-10-21", "kept")])

M("zh5", "10-21 17:30", "dmitriy", "erlan", re="zh4", body="""
Ерлан, добрый день.

Направляю КП №АТ-2026/124:
Агрегат электронасосный ЦНС 38-1100 (проточная часть — нержавеющая сталь, под подтоварную воду), двигатель 6 кВ 200 кВт, на общей раме с муфтой — 2 компл. × 38 400 000 = 76 800 000 тенге с НДС.
Производство — РФ (г. Ливны), срок поставки 12 недель, доставка до Атырау включена.
Оплата 50/50. Гарантия 12 месяцев.
""", att=["КП_АТ-2026-124_ЦНС_38-1100.pdf"])

M("zh6", "10-30 10:10", "dmitriy", "erlan", re="zh5", body="""
Ерлан, добрый день. Получили КП? Если есть вопросы по комплектации или цене — готов обсудить.
""")

M("zh7", "11-02 12:45", "erlan", "dmitriy", re="zh6", body="""
Получили. Дорого. Нам китайский аналог предлагают на 40% дешевле и срок 8 недель.
""", ib=(True, "zh8"))

M("zh8", "11-03 16:00", "dmitriy", "erlan", re="zh7", body="""
Ерлан, понимаю.

Можем предложить альтернативу — ЦНС 38-1100 производства Hengda (Китай), с которыми работаем напрямую: 2 компл. = 49 200 000 тенге с НДС, срок 10 недель, гарантия 18 месяцев, запчасти держим на складе в Атырау. КП №АТ-2026/124-А во вложении.
По нашему опыту «дешевле на 40%» обычно означает без двигателя или без доставки — сравните, пожалуйста, комплектацию.
""", att=["КП_АТ-2026-124-А_ЦНС_Hengda.pdf"])

M("zh9", "11-10 09:20", "erlan", "dmitriy", re="zh8", body="""
Дмитрий, спасибо, но решили брать напрямую у завода. Вопрос закрыт.
""", ib=(False, "zh10"))

M("zh10", "11-10 10:02", "dmitriy", "erlan", re="zh9", body="""
Ерлан, понял, жаль. Если понадобятся запчасти или сервис по ЦНС — обращайтесь, склад в Атырау рядом.
""")

# ---- Tengiz Well Services: portable compressors, English
M("tws1", "10-28 11:20", "aliya", "dmitriy", subj="RFQ TWS-PR-2026-0388 / Portable diesel air compressor", body="""
Dear Sir,

Good day.

Kindly provide your best price for below item:

Item 1 – Portable diesel screw air compressor, 25 bar, min. 900 cfm (25 m3/min), skid or trailer mounted – Qty 2 (two) units

Delivery: DAP Atyrau, TWS base (Promzona)
Please advice also lead time, warranty and payment terms. Quotation to be valid min. 60 days.

Closing date for quotation: 06-Nov-2026.

Thank you in advance.
""", ib=(True, "tws2"))

M("tws2", "10-29 09:40", "dmitriy", "aliya", re="tws1", lang="en", body="""
Dear Aliya,

Thank you for the RFQ. Before we quote, please clarify:
1. Do you need an aftercooler and a water separator (for drilling / air hammer service)?
2. Is a Stage V / Tier 4 engine required, or is Tier 3 acceptable?
3. Trailer or skid mounted?

We will send you our quotation by Wednesday, 4 November.
""", ag=[("We will send you our quotation by Wednesday, 4 November.", "2026-11-04", "kept")])

M("tws3", "10-30 14:15", "aliya", "dmitriy", re="tws2", body="""
Dear Dmitriy,

1. Yes, aftercooler + water separator required
2. Tier 3 acceptable, emission standard is not required for our operation
3. Skid mounted pls
""", ib=(False, "tws4"))

M("tws4", "11-04 16:45", "dmitriy", "aliya", re="tws3", lang="en", body="""
Dear Aliya,

Please find attached our quotation QT-AT-2026-131 for RFQ TWS-PR-2026-0388:

2 x Portable diesel screw compressor 25 bar / 27 m3/min (950 cfm), skid mounted, with aftercooler and water separator, Tier 3 engine.
Unit price: USD 64,800; total: USD 129,600, DAP Atyrau, TWS base.
Lead time: 10–12 weeks from PO.
Payment: 30% advance, 70% upon delivery.
Warranty: 12 months or 2,000 running hours.
Validity: until 15 December 2026.
""", att=["QT-AT-2026-131_TWS_Portable_Compressor.pdf", "Datasheet_APC-950.pdf"])

M("tws5", "11-16 10:00", "dmitriy", "aliya", re="tws4", lang="en", body="""
Dear Aliya,

Just checking whether you had a chance to review our quotation QT-AT-2026-131. Happy to answer any technical questions.
""")

M("tws6", "11-16 10:01", "aliya", "dmitriy", re="tws5", kind="auto", sig=False,
  subj="Automatic reply: RE: RFQ TWS-PR-2026-0388 / Portable diesel air compressor", body="""
Thank you for your email. I am out of office until 23 November 2026 with limited access to email.
For urgent procurement matters please contact procurement@tws-kz.com.
""")

M("tws7", "11-30 11:10", "dmitriy", "aliya", re="tws5", lang="en", body="""
Dear Aliya,

Following up on our quotation QT-AT-2026-131 (valid until 15 December). I will call you on Thursday, 3 December, to see where the evaluation stands.
""", ag=[("I will call you on Thursday, 3 December, to see where the evaluation stands.", "2026-12-03", "kept")])

# ---- Серик (gmail), КМ 80-50-200 x2, won by payment
M("ser1", "11-09 17:38", "serik", "dmitriy", subj="насос", body="""
Здравствуйте сколько стоит насос КМ 80-50-200 с двигателем 15 квт 2 шт есть в наличии? Атырау

Серик
87025551889
""", ib=(True, "ser2"))

M("ser2", "11-10 09:05", "dmitriy", "serik", re="ser1", body="""
Серик, добрый день!

КМ 80-50-200 с двигателем 15 кВт, 3000 об/мин — в наличии на складе в Атырау, 2 шт есть.
Цена 612 000 тг/шт с НДС, за 2 шт — 1 224 000 тг.
Если берёте — пришлите реквизиты (ИИН/БИН), выставлю счёт.
""")

M("ser3", "11-10 09:31", "serik", "dmitriy", re="ser2", body="""
дороговато. 1 100 000 за два отдадите? самовывоз
""", ib=(True, "ser4"))

M("ser4", "11-10 10:15", "dmitriy", "serik", re="ser3", body="""
Серик, при самовывозе могу дать 1 160 000 за два. Ниже никак, это уже почти закупочная.
""")

M("ser5", "11-11 18:52", "serik", "dmitriy", re="ser4", body="""
ок. ИП Жумабаев С.К. ИИН 770512301245 выставляйте. завтра оплачу
""", ag=[("завтра оплачу", "2026-11-12", "broken")], ib=(True, "ser6"))

M("ser6", "11-12 08:40", "dmitriy", "serik", re="ser5", body="""
Серик, счёт №1622 от 12.11.2026 на 1 160 000 тг во вложении. Резерв держу до пятницы 13.11.
""", att=["Счет_1622_ИП_Жумабаев.pdf"], ag=[("Резерв держу до пятницы 13.11.", "2026-11-13", "kept")])

M("ser_sklad", "11-12 08:45", "dmitriy", "sklad", subj="Резерв КМ 80-50-200 — счёт 1622", body="""
Асан, поставь в резерв 2 шт КМ 80-50-200 / 15 кВт под счёт 1622 (ИП Жумабаев) до пятницы включительно. Самовывоз.
""", sig=False)

M("ser7", "11-13 14:22", "serik", "dmitriy", re="ser6", body="""
оплатил, скрин во вложении
""", att=["Screenshot_20261113_142033_Kaspi.jpg"], ib=(True, "ser8"))

M("ser8", "11-13 15:05", "dmitriy", "serik", re="ser7", body="""
Серик, оплату видим, спасибо. Насосы можно забирать со склада на Сатпаева, 12А, с 9:00 до 18:00, накладная уже у кладовщика.
""")


# ====================================================================== ALMATY: Айгерим Нурланова
# ---- Жетісу Су Арнасы: price study, then goszakup
M("zs1", "10-13 10:30", "gulnara", "aigerim", subj="Запрос коммерческого предложения (насосы ЭЦВ 10-63-110)", body="""
Исх. №01-12/845 от 13.10.2026

Руководителю ТОО «ДалаФлоу»

ГКП на ПХВ «Жетісу Су Арнасы» в целях изучения рынка и формирования плана государственных закупок на 2026–2027 гг. просит предоставить коммерческое предложение на поставку следующих товаров:

1. Насос скважинный ЭЦВ 10-63-110 в комплекте с погружным электродвигателем ПЭДВ 32 кВт — 8 (восемь) ед.

Условия поставки: DDP г. Талдыкорган, склад предприятия, ул. Толебаева, 90.
Срок поставки: не более 30 календарных дней.

Коммерческое предложение должно содержать цену за единицу и общую сумму в тенге с учётом НДС, срок действия предложения, подпись руководителя и печать (при наличии).

Просим направить коммерческое предложение в срок до 20.10.2026 на электронный адрес g.abenova@zhetisu-su.kz.

Директор                                   Ж. Ахметжанов

Исп.: Абенова Г.М., тел. 8 (7282) 24-15-60
""", att=["Исх_01-12-845_запрос_КП.pdf"], ib=(True, "zs2"))

M("zs2", "10-14 09:20", "aigerim", "gulnara", re="zs1", body="""
Гульнара Маратовна, добрый день!

Запрос получили, спасибо. КП направим до 19.10.
""", ag=[("КП направим до 19.10.", "2026-10-19", "kept")])

M("zs3", "10-19 15:10", "aigerim", "gulnara", re="zs2", body="""
Гульнара Маратовна, добрый день!

Направляем коммерческое предложение ТОО «ДалаФлоу» (исх. №АЛ-518 от 19.10.2026) на поставку насосов ЭЦВ 10-63-110 с ПЭДВ 32 кВт:
8 ед. × 2 150 000 тг = 17 200 000 тенге с НДС, DDP г. Талдыкорган.
Срок поставки — 30 календарных дней, гарантия 18 месяцев.
Предложение действительно до 31.12.2026.

Подписанный оригинал в PDF — во вложении.
""", att=["КП_АЛ-518_ЭЦВ_10-63-110_Жетісу_Су.pdf"])

M("zs4", "10-20 08:50", "gulnara", "aigerim", re="zs3", body="""
Добрый день. КП получено, спасибо.
""", ib=(False, None))

M("zs5", "11-16 10:03", "goszakup", "aigerim", kind="notify",
  subj="Опубликовано объявление №15872341-1 по подписке «Насосы»", body="""
Уважаемый пользователь!

По вашей подписке на коды ЕНС ТРУ 281312.100 «Насосы центробежные» опубликовано объявление:

Номер объявления: 15872341-1
Организатор: ГКП на ПХВ «Жетісу Су Арнасы» акимата области Жетісу
Наименование: Приобретение насосов скважинных ЭЦВ 10-63-110 с электродвигателем
Способ закупки: Запрос ценовых предложений
Сумма, выделенная для закупки: 16 960 000,00 тенге
Период приема заявок: 17.11.2026 09:00 — 23.11.2026 18:00

Подробнее: https://goszakup.gov.kz/ru/announce/index/15872341

Это письмо сформировано автоматически, отвечать на него не нужно.
""")

M("zs6", "11-17 10:20", "aigerim", "gulnara", subj="Объявление 15872341-1 — вопрос по двигателю", body="""
Гульнара Маратовна, добрый день!

Увидели на портале объявление №15872341-1 по насосам ЭЦВ. Подскажите, пожалуйста, допускается ли двигатель ПЭДВ 37 кВт вместо 32 кВт (с запасом по мощности), или строго 32 кВт по технической спецификации?
""")

M("zs7", "11-17 15:45", "gulnara", "aigerim", re="zs6", body="""
Добрый день.
В период приема заявок разъяснения положений технической спецификации предоставляются только через веб-портал государственных закупок. Просим направить запрос через портал.
""", ib=(False, None))

M("zs_int", "11-20 18:05", "aigerim", "yerzhan", subj="Госзакупка Жетісу Су — заявка подана", body="""
Ержан Болатович, добрый день.

Подала ценовое предложение на goszakup по объявлению №15872341-1 (ЭЦВ 10-63-110, 8 ед.): 16 480 000 тг с НДС. Двигатель 32 кВт строго по ТС — разъяснение на портале дали. Обеспечение заявки не требуется.
Итоги — 11.12.
""", sig=False)

# ---- Алма Дайри: CIP pumps + complaint about the seal kits
M("ad1", "10-20 09:40", "ruslan", "aigerim", subj="Насосы CIP", body="""
Айгерим, здравствуйте!

Нужны 3 санитарных центробежных насоса на линию CIP-мойки (новый цех йогуртов):
— Q = 20 м3/ч, H = 36 м;
— проточная часть AISI 316L, торцевое уплотнение SiC/SiC, эластомеры EPDM;
— присоединение — молочная гайка DN50 (DIN 11851);
— двигатель 5,5 кВт, IP55.
Есть что-то из Китая или Турции по нормальной цене? Alfa Laval в этот раз не по бюджету.

И отдельно — по ремкомплектам на наши старые насосы (счёт 1389 от сентября) напишу позже, там тоже вопросы.
""", ib=(True, "ad2"))

M("ad2", "10-20 11:15", "aigerim", "ruslan", re="ad1", body="""
Руслан, добрый день!

Спасибо за запрос. Подберём на Hengda HSP (те же, что у вас стоят на приёмке молока), по параметрам проходит HSP-50-36.
Могу подъехать на завод в четверг 22.10 в 10:00 — посмотреть обвязку и место установки, чтобы не ошибиться с присоединением. Удобно?
""")

M("ad3", "10-20 12:02", "ruslan", "aigerim", re="ad2", body="""
Давайте, в четверг в 10. Пропуск на вас закажу.
""", ag=[("Пропуск на вас закажу.", "2026-10-22", "kept")], ib=(False, "ad4"))

M("ad4", "10-23 09:30", "aigerim", "ruslan", re="ad3", body="""
Руслан, добрый день!

Спасибо за встречу и экскурсию по цеху. Как договорились, КП на 3 насоса вышлю до 30.10 — с учётом переходников под ваши DN65 на напорной линии.
""", ag=[("Как договорились, КП на 3 насоса вышлю до 30.10 — с учётом переходников под ваши DN65 на напорной линии.",
          "2026-10-30", "kept")])

M("ad5", "10-29 16:40", "aigerim", "ruslan", cc=["zhanna"], re="ad4", body="""
Руслан, Жанна, добрый день!

Направляю КП №АЛ-531 от 29.10.2026:
Насос санитарный центробежный Hengda HSP-50-36, AISI 316L, SiC/SiC/EPDM, DIN 11851 DN50, 5,5 кВт, IP55 — 3 шт. × 1 870 000 тг = 5 610 000 тенге с НДС.
Переходники DN50/DN65 — в комплекте.
Срок поставки — 6 недель, доставка до завода включена.
Оплата: 50% предоплата / 50% перед отгрузкой. Гарантия 12 месяцев.
""", att=["КП_АЛ-531_Алма_Дайри_HSP-50-36.pdf", "HSP-50-36_кривые.pdf"])

M("ad6", "11-04 10:15", "zhanna", "aigerim", cc=["ruslan"], re="ad5", body="""
Айгерим, добрый день!

По КП №АЛ-531 от 29.10: руководство просит скидку 10%, срок поставки 4 недели (запуск цеха в конце декабря) и оплату по факту поставки.
Сможете?
""", ib=(True, "ad7"))

M("ad7", "11-05 11:30", "aigerim", "zhanna", cc=["ruslan"], re="ad6", body="""
Жанна, добрый день!

Скидку можем дать 5%: итого 5 329 500 тенге с НДС за 3 насоса.
Оплата — 50% предоплата, 50% по факту поставки (полная постоплата, к сожалению, не проходит).
Срок 4 недели уточняю у завода — у них есть часть на складе в Урумчи, отпишусь отдельно.
""", ag=[("Срок 4 недели уточняю у завода — у них есть часть на складе в Урумчи, отпишусь отдельно.", None, "kept")])

M("ad8", "11-11 09:05", "ruslan", "aigerim", subj="Ремкомплекты по счёту 1389 — где?", body="""
Айгерим, доброе утро.

Почему до сих пор нет ремкомплектов по счёту №1389? Оплатили 25 сентября, обещали 2 недели, прошло больше месяца. Линия приёмки стоит на старых уплотнениях, течёт, каждое утро подтягиваем. Это уже второй раз с поставками через вас, в прошлом году с крыльчатками было то же самое.

Дайте, пожалуйста, реальную дату.
""", ib=(True, "ad9"), cp=True)

M("ad9", "11-11 10:10", "aigerim", "ruslan", re="ad8", body="""
Руслан, добрый день.

Приношу извинения, ситуация неприятная. Груз из Китая задержался на Хоргосе (досмотр на таможне). Выясню точную дату и сообщу сегодня до конца дня.
""", ag=[("Выясню точную дату и сообщу сегодня до конца дня.", "2026-11-11", "kept")])

M("hd3", "11-11 10:25", "aigerim", "cathy", cc=["yerzhan"], subj="URGENT: order HD-2609-118 seal kits – where is the truck?", lang="en", body="""
Dear Cathy,

Our customer Alma Dairy is still waiting for the seal kits of order HD-2609-118 (shipped 14 Oct). They paid in September and their line is leaking. Please check with the forwarder where the truck is and give me a firm ETA to Almaty today.
""")

M("hd4", "11-11 15:30", "cathy", "aigerim", cc=["yerzhan"], re="hd3", body="""
Dear Aigerim,

So sorry for the delay. Forwarder confirmed the truck passed Khorgos customs yesterday (10 Nov) after inspection. ETA your Almaty warehouse: 16 Nov.
We will improve the documents to avoid inspection next time.
""")

M("ad10", "11-11 17:20", "aigerim", "ruslan", re="ad9", body="""
Руслан, по ремкомплектам: машина прошла таможню на Хоргосе, ремкомплекты прибудут в Алматы 16.11, доставим на завод 17.11. Ещё раз извините.
""", ag=[("ремкомплекты прибудут в Алматы 16.11, доставим на завод 17.11.", "2026-11-17", "broken")])

M("ad11", "11-18 12:40", "ruslan", "aigerim", re="ad10", body="""
Айгерим, ремкомплекты получили сегодня — на день позже, чем вы писали, вчера весь день ждали, слесарей держали. Ладно, главное привезли.

По насосам CIP — от вас так и не было ответа по сроку 4 недели. Запуск цеха 28 декабря, нам это важно.
""", ib=(True, "ad12"), cp=True)

M("hd5", "11-18 09:00", "aigerim", "cathy", subj="HSP-50-36 316L – stock in Urumqi?", lang="en", body="""
Dear Cathy,

Please confirm stock in your Urumqi warehouse for HSP-50-36, AISI 316L, SiC/SiC/EPDM, DIN 11851 DN50, 5.5 kW – 3 pcs, and the lead time to Almaty.
""")

M("hd6", "11-18 16:10", "cathy", "aigerim", re="hd5", body="""
Dear Aigerim,

Urumqi warehouse has 2 pcs HSP-50-36 in 316L with SiC/SiC/EPDM, can ship in 3 days, about 3-4 weeks to Almaty incl. customs.
The third one need production 4-5 weeks + transport 2 weeks.
""")

M("ad12", "11-19 10:00", "aigerim", "ruslan", cc=["zhanna"], re="ad11", body="""
Руслан, ещё раз извините за вчерашнее, водитель не успел в ваш слот на разгрузку.

По насосам CIP: срок 4 недели получается только на 2 насоса из 3 — они есть на складе Hengda в Урумчи. Третий — 7 недель (из производства). Обновлённое КП с разбивкой по срокам пришлю до 27.11.
Предлагаю встретиться и обсудить всё вместе — 10.12 в 11:00 у вас, подойдёт?
""", ag=[("Обновлённое КП с разбивкой по срокам пришлю до 27.11.", "2026-11-27", "kept")])

M("ad13", "11-20 09:15", "ruslan", "aigerim", cc=["zhanna"], re="ad12", body="""
10.12 в 11:00 подходит, будем с Жанной.
""", ib=(False, "ad14"))

M("ad14", "11-26 17:05", "aigerim", "ruslan", cc=["zhanna"], re="ad13", body="""
Руслан, Жанна, добрый день!

Обновлённое КП №АЛ-531/1:
— 2 насоса HSP-50-36 — срок 4 недели (склад Урумчи);
— 1 насос HSP-50-36 — срок 7 недель (производство).
Цена прежняя, с учётом скидки 5%: 5 329 500 тенге с НДС за 3 шт. Оплата 50/50.
Детали обсудим на встрече 10.12.
""", att=["КП_АЛ-531-1_Алма_Дайри.pdf"])

# ---- Береке Агро: diesel pump station, won (agronomist writes from mail.ru)
M("bk1", "10-13 19:20", "nurlan", "aigerim", subj="насос на полив", body="""
Добрый вечер Айгерим. Это Нурлан, агроном ТОО Береке Агро, мы с вами говорили на выставке АгроЭкспо в Алматы. Нужен насос для полива из канала, примерно 200 м3/ч, напор 50 м, с дизельным двигателем (электричества на поле нет). Нужен к весне. Директор просит цену. Мой номер 8 707 180 44 61
""", ib=(True, "call:bk_call"))

M("bk2", "10-15 16:30", "aigerim", "nurlan", cc=["askhat"], re="bk1", body="""
Нурлан, добрый день! Асхат Ерланович, добрый день!

Как обсудили с Нурланом по телефону, направляю КП №АЛ-509 от 15.10.2026:
Дизельная насосная станция на раме: насос Hengda HSC 150-315 (Q = 200 м3/ч, H = 52 м) + дизельный двигатель 75 кВт, панель управления, топливный бак 250 л — 1 компл.
Цена: 9 870 000 тенге с НДС, доставка до хозяйства (Енбекшиказахский р-н) включена.
Срок поставки: 8 недель. Гарантия: 12 месяцев.
Пусконаладка — силами нашего сервисного инженера, бесплатно.
""", att=["КП_АЛ-509_Береке_Агро_ДНС.pdf"])

M("bk3", "10-21 11:00", "askhat", "aigerim", re="bk2", body="""
Айгерим, добрый день.
Цена в целом устраивает. Если дадите рассрочку на 3 месяца — готовы подписать договор.
""", ib=(True, "bk4"))

M("bk4", "10-22 10:30", "aigerim", "askhat", cc=["nurlan"], re="bk3", body="""
Асхат Ерланович, добрый день!

Рассрочку согласовали: 50% — при подписании, 25% — до 30.11, 25% — до 25.12.2026. Договор направлю завтра.
""", ag=[("Договор направлю завтра.", "2026-10-23", "kept")])

M("bk5", "10-23 12:15", "aigerim", "askhat", re="bk4", body="""
Асхат Ерланович, добрый день!

Проект договора поставки №ДФ-АЛ-2026/087 с графиком платежей (Приложение 2) во вложении. Если замечаний нет — подпишите, пожалуйста, и пришлите скан.
""", att=["Договор_ДФ-АЛ-2026-087_Береке_Агро.docx"])

M("bk6", "10-27 17:40", "askhat", "aigerim", re="bk5", body="""
Айгерим, подписали, скан во вложении. Первый платёж 50% сделаем до 30.10.
""", att=["Договор_087_подписан_Береке.pdf"], ag=[("Первый платёж 50% сделаем до 30.10.", "2026-10-30", "kept")],
  ib=(False, "bk7"))

M("bk7", "10-28 09:10", "aigerim", "askhat", re="bk6", body="""
Асхат Ерланович, спасибо, скан получили. Счёт №1498 на первый платёж (4 935 000 тг) во вложении.
""", att=["Счет_1498_Береке_Агро.pdf"])

M("bk_buh", "10-29 15:10", "buh", "aigerim", subj="Поступление Береке Агро", body="""
Айгерим, поступила оплата от ТОО «Береке Агро» 4 935 000 тг (п/п №512 от 29.10), счёт 1498. Отметила в 1С.
""")

M("ls1", "11-09 10:00", "madina", "aigerim", subj="Береке Агро — лизинг насосной станции, запрос документов", body="""
Айгерим, добрый день.

ТОО «Береке Агро» обратилось в ТОО «АгроЛизинг Жетысу» за финансированием оставшейся части стоимости насосной станции по договору №ДФ-АЛ-2026/087 (лизинг, 50%). Для рассмотрения заявки просим направить:
1. Коммерческое предложение на имя ТОО «АгроЛизинг Жетысу» как лизингодателя на сумму 4 935 000 тг;
2. Копию сертификата происхождения товара (или письмо о стране происхождения);
3. Справку о государственной регистрации ТОО «ДалаФлоу».
""")

M("ls2", "11-10 11:40", "aigerim", "madina", cc=["askhat"], re="ls1", body="""
Мадина, добрый день!

Документы во вложении: КП на имя ТОО «АгроЛизинг Жетысу», письмо о стране происхождения (КНР, сертификат СТ-1 будет при поставке), справка о госрегистрации.
""", att=["КП_АЛ-509-Л_АгроЛизинг_Жетысу.pdf", "Письмо_страна_происхождения.pdf", "Справка_о_госрегистрации_ДалаФлоу.pdf"])

M("ls3", "11-20 12:05", "madina", "aigerim", re="ls2", body="""
Айгерим, добрый день. Клиент решил оплатить остаток из собственных средств, заявку закрываем. Спасибо за оперативность.
""")

M("bk8", "11-27 10:00", "aigerim", "askhat", subj="Договор ДФ-АЛ-2026/087 — второй платёж", body="""
Асхат Ерланович, добрый день!

Напоминаю: по графику платежей договора №ДФ-АЛ-2026/087 второй платёж 25% (2 467 500 тг) — до 30.11. Счёт №1561 во вложении.
""", att=["Счет_1561_Береке_Агро.pdf"])

M("bk9", "11-30 16:45", "askhat", "aigerim", re="bk8", body="""
Айгерим, оплатили сегодня, п/п во вложении.
""", att=["пп_604_30.11.2026.pdf"], ib=(False, None))

M("bk10", "12-01 20:10", "nurlan", "aigerim", subj="Отгрузка станции", body="""
Айгерим добрый вечер, когда отгрузка станции? Нам бы до конца декабря на склад поставить пока дорогу не замело
""", ib=(True, "bk11"))

M("bk11", "12-02 09:20", "aigerim", "nurlan", cc=["askhat"], re="bk10", body="""
Нурлан, добрый день!

Насосная станция придёт на наш склад 14.12, доставим вам до 18.12.
""", ag=[("Насосная станция придёт на наш склад 14.12, доставим вам до 18.12.", "2026-12-18", "open")])

# ---- КХ «Сарыарка» (mail.ru, phone)
M("sa1", "11-23 07:55", "berik", "aigerim", subj="насос", body="""
Здравствуйте нужен насос для капельного полива 30 куб напор 40 сколько стоит
""", ib=(True, "sa2"))

M("sa2", "11-23 10:40", "aigerim", "berik", re="sa1", body="""
Здравствуйте!

Спасибо за обращение. Чтобы подобрать насос, уточните, пожалуйста:
1. Откуда забор воды — скважина, арык, пруд?
2. Есть ли на участке 380 В?
3. Какая площадь полива и сколько линий капельницы?
Могу перезвонить — оставьте, пожалуйста, номер телефона.
""")

M("sa3", "11-24 13:12", "berik", "aigerim", re="sa2", body="""
Пруд. 380 есть. 12 га. Берик +7 701 555 12 34
""", ib=(True, "call:sa_call"))

# ---- Ордабасы Агро through the Shymkent dealer ЮгТехСнаб
M("yt1", "10-26 16:10", "timur", "aigerim", subj="Ордабасы Агро — насосы К 100-65-200, 4 шт", body="""
Айгерим, привет!

Для нашего клиента ТОО «Ордабасы Агро» (Ордабасинский р-н, полив из канала) нужны 4 насоса К 100-65-200 с двигателями 30 кВт 3000 об/мин на раме.
Дай, пожалуйста, дилерскую цену и срок. Клиент хочет поставку до конца ноября.
""", ib=(True, "yt2"))

M("yt2", "10-27 11:50", "aigerim", "timur", re="yt1", body="""
Тимур, привет!

По К 100-65-200 / 30 кВт на раме:
— дилерская цена 1 340 000 тг/шт с НДС (рекомендованная розница 1 520 000);
— в наличии 2 шт на складе в Алматы, ещё 2 — через 3 недели.
Доставка до Шымкента — за наш счёт при заказе от 4 шт.
КП клиенту будешь делать от себя или сделать от нас?
""")

M("yt3", "10-28 09:30", "timur", "aigerim", re="yt2", style="yandex_mobile", body="""
От себя сделаю. Клиент хочет 1 250 000 за штуку, говорит в Шымкенте китайский аналог предлагают дешевле. Сможешь подвинуться?
""", ib=(True, "yt4"))

M("yt4", "10-28 10:45", "aigerim", "timur", re="yt3", body="""
Тимур, 1 300 000 за штуку — последняя цена, и только при 100% предоплате. Ниже уже в минус.
""", sig=False)

M("yt5", "11-09 12:20", "timur", "aigerim", re="yt4", body="""
Айгерим, клиент пока думает, у них бюджет сдвинулся на декабрь. Как будет ясность — вернусь.
""", ib=(False, "yt6"))

M("yt6", "11-24 15:00", "aigerim", "timur", re="yt5", body="""
Тимур, привет! Как там Ордабасы? Цену 1 300 000 держу до 15.12, дальше будет новый прайс с января, подорожание ~7%.
""", sig=False, ag=[("Цену 1 300 000 держу до 15.12, дальше будет новый прайс с января, подорожание ~7%.", "2026-12-15", "open")])

M("yt7", "11-25 09:40", "timur", "aigerim", re="yt6", body="""
Спасибо, передал. Директор Ордабасы будет в Шымкенте 8–9 декабря, я с ним встречусь и отпишусь до 11.12.
""", ag=[("Директор Ордабасы будет в Шымкенте 8–9 декабря, я с ним встречусь и отпишусь до 11.12.", "2026-12-11", "kept")],
  ib=(False, "yt8"))

M("yt8", "11-25 10:05", "aigerim", "timur", re="yt7", body="""
Отлично, тогда созвонимся 11.12.
""", sig=False, ag=[("Отлично, тогда созвонимся 11.12.", "2026-12-11", "open")])

M("ob1", "12-08 09:50", "bolat", "timur", cc=["aigerim"], subj="Паспорт насоса К 100-65-200", body="""
Тимур, добрый день. Айгерим, здравствуйте.

Для директора прошу паспорт на насос К 100-65-200 и рабочие кривые, а также условия гарантии. Завтра встреча, хотим показать.
""", ib=(True, "ob2"))

M("ob2", "12-08 11:30", "aigerim", "bolat", cc=["timur"], re="ob1", body="""
Болат, добрый день!

Паспорт насоса К 100-65-200, рабочие кривые и гарантийные условия (18 месяцев при монтаже нашим дилером) — во вложении. Если будут вопросы по подбору — звоните мне или Тимуру.
""", att=["К_100-65-200_паспорт.pdf", "К_100-65-200_кривые.pdf", "Гарантийные_условия_ДалаФлоу.pdf"])

M("yt9", "12-09 16:50", "timur", "aigerim", re="yt8", body="""
Айгерим, привет!

Встретился с директором Ордабасы. Берут 4 шт по 1 300 000, но просят 50% предоплату и 50% с отсрочкой 30 дней после поставки — под нашу гарантию как дилера. Сможешь ответить по отсрочке до завтра? Реквизиты клиента пришлю завтра утром.
""", ag=[("Реквизиты клиента пришлю завтра утром.", "2026-12-10", "open")], ib=(True, None))


# ====================================================================== ALMATY: Бауыржан Есенов
# ---- Аксу Кен Металл: slurry pumps (formal, numbered) -> contract
M("ak1", "10-15 11:05", "bondarenko", "bauyrzhan", subj="Шламовые насосы ОФ-2 — запрос ТКП", body="""
Бауыржан, добрый день.

По итогам нашего разговора на выставке MiningWorld Central Asia прошу подготовить ТКП:

1. Насос грунтовый (шламовый) горизонтальный — 2 ед., на замену Warman 8/6 F-AH на перекачке хвостов флотации ОФ-2.
2. Параметры: Q = 450 м3/ч, H = 38 м, плотность пульпы 1,45 т/м3, содержание твёрдого до 35% по массе, крупность до 2 мм.
3. Материал проточной части — высокохромистый чугун (27% Cr), футеровка металлическая.
4. Привод — клиноремённый, двигатель 132 кВт, 6 кВ (двигатели наши, есть на складе).
5. Уплотнение вала — сальниковое с промывкой.
6. Поставка — I квартал 2027 г., DAP промплощадка ОФ-2, Восточно-Казахстанская обл.
7. В ТКП прошу указать опыт поставок аналогичного оборудования на ГОКи РК.

Опросный лист, если нужен, — присылайте, заполним.
""", ib=(True, "ak2"))

M("ak2", "10-16 09:45", "bauyrzhan", "bondarenko", re="ak1", body="""
Сергей Викторович, добрый день!

Спасибо, принято в работу. Опросный лист на шламовый насос во вложении — заполните, пожалуйста, особенно по фракционному составу и схеме обвязки. ТКП подготовим в течение недели после получения ОЛ.
""", att=["Опросный_лист_шламовый_насос.xlsx"],
  ag=[("ТКП подготовим в течение недели после получения ОЛ.", "2026-10-27", "kept")])

M("ak3", "10-20 14:30", "bondarenko", "bauyrzhan", re="ak2", body="""
Бауыржан, ОЛ заполнен, во вложении. Схему обвязки приложил отдельно (скан).
""", att=["ОЛ_шламовый_насос_ОФ-2_заполн.xlsx", "Схема_обвязки_хвостовая_ОФ-2.pdf"], ib=(False, "ak4"))

M("ak4", "10-27 17:50", "bauyrzhan", "bondarenko", re="ak3", body="""
Сергей Викторович, добрый день!

Направляю ТКП №ТКП-103/26 на шламовые насосы для ОФ-2:
— насос Hengda HZJ-250/200, высокохромистый чугун A05 (по присоединительным размерам проверили по вашей схеме) — 2 ед. × 28 600 000 = 57 200 000 тенге с НДС;
— в комплекте: рама, клиноремённая передача, шкивы под ваш двигатель 132 кВт, ЗИП на 1 год (рабочее колесо, футеровки);
— срок поставки — 14 недель, DAP ОФ-2;
— оплата — 30% аванс, 70% по факту поставки;
— гарантия — 12 месяцев.
Референс-лист (поставки на ГОКи РК и РФ) — во вложении.
""", att=["ТКП-103-26_Аксу_Кен_шламовые_насосы.pdf", "Референс-лист_ДалаФлоу_шламовые.pdf"])

M("ak5", "11-09 16:20", "omarova", "bauyrzhan", cc=["bondarenko"], subj="Исх. №МТС-4471 от 09.11.2026 — по ТКП №ТКП-103/26", body="""
Исх. №МТС-4471 от 09.11.2026

Уважаемый Бауыржан!

ТОО «Аксу Кен Металл» рассмотрело ТКП №ТКП-103/26 от 27.10.2026 и по итогам технического совещания 05.11.2026 сообщает следующее:

1. Техническая часть ТКП принята без замечаний.
2. Предлагаемая цена превышает плановую стоимость. Просим снизить общую стоимость до 52 000 000 тенге с НДС.
3. Условия оплаты: в течение 30 календарных дней с даты поставки, без аванса.
4. Гарантийный срок — 18 месяцев с даты ввода в эксплуатацию.
5. Срок поставки 14 недель — приемлем.

Ответ просим направить до 13.11.2026.
""", ib=(True, "ak7"))

M("ak6", "11-10 09:30", "bauyrzhan", "yerzhan", fw="ak5", body="""
Ержан Болатович, Аксу хотят 52 млн без аванса и гарантию 18 мес. Предлагаю 54,3 млн, аванс 30% оставить, гарантия 18 мес на корпусные детали, 12 — на изнашиваемые. Маржа при 54,3 — около 14%. Ок?
""", sig=False)

M("ak6r", "11-10 12:15", "yerzhan", "bauyrzhan", re="ak6", body="""
Ок. Аванс обязательно, без аванса Hengda в производство не запустит.
""", sig=False)

M("ak7", "11-11 11:00", "bauyrzhan", "omarova", cc=["bondarenko"], re="ak5", body="""
Алия, добрый день!

По письму №МТС-4471 от 09.11.2026:
1. Стоимость — 54 300 000 тенге с НДС за 2 насоса (снижение 5%). Ниже, к сожалению, не можем — это цена завода плюс логистика.
2. Оплата — 30% аванс, 70% в течение 30 календарных дней с даты поставки. Без аванса завод не запускает производство.
3. Гарантия — 18 месяцев с даты ввода в эксплуатацию на корпусные детали, 12 месяцев на быстроизнашиваемые (рабочее колесо, футеровки).
4. Срок поставки — 14 недель с даты аванса.
""")

M("ak7_ack", "11-11 11:01", "aksu_sed", "bauyrzhan", re="ak7", kind="auto", sig=False,
  subj="Уведомление о регистрации: RE: Исх. №МТС-4471 от 09.11.2026 — по ТКП №ТКП-103/26", body="""
Ваше письмо зарегистрировано в СЭД ТОО «Аксу Кен Металл» под входящим №ВХ-9917 от 11.11.2026.
Исполнитель: Управление МТС.

Это автоматическое уведомление, отвечать на него не нужно.
""")

M("ak8", "11-20 15:10", "omarova", "bauyrzhan", cc=["bondarenko"], re="ak7", body="""
Бауыржан, добрый день.

Условия согласованы (54 300 000 тенге с НДС, аванс 30%, гарантия — по вашему письму). Направляем проект договора поставки №АКМ-МТС-2026/1187 по типовой форме ТОО «Аксу Кен Металл» со спецификацией.
Просим вернуть подписанный до 04.12.2026.
""", att=["Договор_АКМ-МТС-2026-1187_проект.docx", "Спецификация_к_договору_1187.xlsx"], ib=(True, "ak9"))

M("ak9", "11-27 16:35", "bauyrzhan", "omarova", re="ak8", body="""
Алия, добрый день!

По проекту договора №АКМ-МТС-2026/1187 у нашего юриста два замечания: п. 6.4 (штраф 20% за недопоставку — просим 10%) и п. 9.2 (подсудность — просим СМЭС г. Алматы). Протокол разногласий направим до 02.12.
""", ag=[("Протокол разногласий направим до 02.12.", "2026-12-02", "broken")])

M("ak10", "12-07 10:20", "omarova", "bauyrzhan", re="ak9", body="""
Бауыржан, добрый день.
Подскажите, на каком этапе договор №АКМ-МТС-2026/1187? Протокол разногласий от вас пока не поступал. Ожидаем.
""", ib=(True, "ak11"))

M("ak11", "12-07 11:05", "bauyrzhan", "omarova", re="ak10", body="""
Алия, добрый день! Извините за задержку, юрист был на больничном. Протокол разногласий направлю завтра до обеда.
""", ag=[("Протокол разногласий направлю завтра до обеда.", "2026-12-08", "kept")])

M("ak12", "12-08 11:40", "bauyrzhan", "omarova", cc=["bondarenko"], re="ak11", body="""
Алия, добрый день!

Направляю протокол разногласий к договору №АКМ-МТС-2026/1187 (п. 6.4 и п. 9.2), подписанный с нашей стороны. Остальные пункты принимаем в вашей редакции.
Позвоню вам в пятницу 11.12, чтобы обсудить протокол.
""", att=["Протокол_разногласий_АКМ-МТС-2026-1187.pdf"],
  ag=[("Позвоню вам в пятницу 11.12, чтобы обсудить протокол.", "2026-12-11", "open")])

# ---- Аксу Кен Металл: impellers and liners (spares); the chief mechanic writes from gmail
M("aks1", "11-02 07:48", "bondarenko_g", "bauyrzhan", subj="колеса 6/4", body="""
Бауыржан, это Бондаренко. Пишу с личной, корпоративная с утра не работает. Срочно нужны рабочие колёса и футеровки (передняя + задняя) на Warman 6/4 D-AH, 4 комплекта. Две линии на последних колёсах. Цену скинь сегодня, если можно.
""", ib=(True, "aks2"))

M("aks2", "11-02 12:30", "bauyrzhan", "bondarenko_g", cc=["bondarenko"], re="aks1", body="""
Сергей Викторович, добрый день!

На Warman 6/4 D-AH (высокохромистый чугун, взаимозаменяемые с оригиналом):
рабочее колесо + футеровка передняя + футеровка задняя — 1 480 000 тг/компл. с НДС, 4 компл. = 5 920 000 тг.
Срок — 3 недели (Урумчи → Усть-Каменогорск).
Копию поставил на вашу корпоративную почту, чтобы МТС видели.
""")

M("aks3", "11-03 08:15", "bondarenko", "bauyrzhan", re="aks2", body="""
Бауыржан, дорого. В прошлом году брали у вас же по 1,2 млн. Давай 1,3 — и я заявку через МТС проведу быстро.
""", ib=(True, "call:aks_call"))

M("aks4", "11-04 14:40", "bauyrzhan", "bondarenko", re="aks3", body="""
Сергей Викторович, как обсудили: 1 390 000 тг/компл. с НДС, 4 компл. = 5 560 000 тг, срок 3 недели после оплаты. Жду заявку от МТС.
""")

M("aks5", "11-30 10:10", "bauyrzhan", "bondarenko", cc=["bondarenko_g"], re="aks4", body="""
Сергей Викторович, добрый день! Заявка по колёсам 6/4 через МТС так и не пришла — вопрос ещё актуален? Цену 1 390 000 держать после 31.12 не смогу, с января новый прайс.
""")

M("aks6", "12-01 19:30", "bondarenko_g", "bauyrzhan", re="aks5", body="""
Актуально, заявка застряла у финансистов, до 15.12 проведём. Колёса пока на наплавке держим, так что со сроком потом тянуть нельзя.
""", ag=[("Актуально, заявка застряла у финансистов, до 15.12 проведём.", "2026-12-15", "open")], ib=(False, None))

# ---- Есиль Агро Холдинг: compressor for the elevator, silent after the offer
M("es1", "10-13 10:10", "darkhan", "bauyrzhan", subj="Компрессор для элеватора", body="""
Добрый день, Бауыржан.
Ваш контакт дал Нурлан из Береке Агро. Нужен винтовой компрессор 55 кВт, 10 бар, для пневмотранспорта и пневмозадвижек на элеваторе в г. Есиль. Просим КП.
""", ib=(True, "es2"))

M("es2", "10-13 12:20", "bauyrzhan", "darkhan", re="es1", body="""
Дархан, добрый день!
Спасибо за обращение. Уточните, пожалуйста:
— требуемый расход воздуха, м3/мин;
— нужна ли осушка (рефрижераторный осушитель) и какой класс чистоты;
— помещение отапливаемое?
""")

M("es3", "10-14 09:05", "darkhan", "bauyrzhan", re="es2", body="""
Расход 8–9 м3/мин. Осушитель нужен рефрижераторный. Помещение неотапливаемое, зимой до −35.
""", ib=(True, "es4"))

M("es4", "10-14 09:50", "bauyrzhan", "darkhan", re="es3", body="""
Дархан, спасибо. Заложу зимнее исполнение. КП пришлю в пятницу.
""", ag=[("КП пришлю в пятницу.", "2026-10-16", "kept")])

M("es5", "10-16 17:25", "bauyrzhan", "darkhan", re="es4", body="""
Дархан, добрый день!

КП №АЛ-512 от 16.10.2026:
— компрессор винтовой ANK-55 (Anadolu, Турция), 55 кВт, 10 бар, 9,2 м3/мин, зимнее исполнение (подогрев, утеплённый кожух) — 1 шт.;
— осушитель рефрижераторный AKD-100 — 1 шт.;
— ресивер 2000 л — 1 шт.
Итого: 22 400 000 тенге с НДС, доставка до г. Есиль включена. Срок — 8 недель. Оплата 50/50. Гарантия 24 мес.
""", att=["КП_АЛ-512_Есиль_Агро_ANK-55.pdf"])

M("es6", "10-27 11:00", "bauyrzhan", "darkhan", re="es5", body="""
Дархан, добрый день! Получили КП? Если нужно — можем сделать вариант без ресивера или с частотным приводом.
""")

M("es7", "11-10 15:30", "bauyrzhan", "darkhan", re="es6", body="""
Дархан, добрый день! Напоминаю о нашем КП №АЛ-512 — цены действуют до 30.11. Будут вопросы — звоните.
""")

M("es8", "11-25 10:20", "bauyrzhan", "darkhan", re="es7", body="""
Дархан, добрый день. Не смог до вас дозвониться на прошлой неделе. Подскажите, проект с компрессором ещё актуален или вопрос решили по-другому?
""")

# ---- Кызылорда Петро Сервис: repair of ЦНС 180 pumps and commissioning (service)
M("kp1", "11-12 15:30", "zhandos", "bauyrzhan", subj="Ремонт насосов ЦНС 180 — ДНС «Кумколь-Юг»", body="""
Бауыржан, добрый день.

Ваши контакты дали коллеги из КаспийОйлСервис. У нас на ДНС «Кумколь-Юг» 6 насосов ЦНС 180-1185, наработка большая, два уже стоят. Нужен подрядчик на ревизию и ремонт (с заменой роторов, где надо), плюс шеф-монтаж двух новых агрегатов, которые получаем в январе.

Можем обсудить по телефону?
""", ib=(True, "kp2"))

M("kp2", "11-12 16:45", "bauyrzhan", "zhandos", re="kp1", body="""
Жандос, добрый день! Конечно. Удобно созвониться завтра в 11:00? Позвоню сам.
""", ag=[("Позвоню сам.", "2026-11-13", "kept")])

M("kp3", "11-13 12:10", "bauyrzhan", "zhandos", re="kp2", body="""
Жандос, спасибо за разговор.

Как договорились: приедем с сервисным инженером Олжасом Бекеновым на осмотр насосов 17.12 (16-го праздник). После осмотра подготовим смету на ревизию/ремонт и отдельно — на шеф-монтаж.
""", ag=[("Как договорились: приедем с сервисным инженером Олжасом Бекеновым на осмотр насосов 17.12 (16-го праздник).",
          "2026-12-17", "open"),
         ("После осмотра подготовим смету на ревизию/ремонт и отдельно — на шеф-монтаж.", None, "open")])

M("kp4", "11-16 10:30", "zhandos", "bauyrzhan", re="kp3", body="""
Бауыржан, 17.12 подходит. Пропуск на ДНС оформляется на месте по удостоверениям, возьмите с собой. Приезжайте к 10:00 на базу в Кызылорде, дальше на нашей машине.
""", ib=(False, "kp5"))

M("kp5", "11-16 11:00", "bauyrzhan", "zhandos", re="kp4", body="""
Отлично, отправил приглашение в календарь. До встречи 17.12.
""")

# ---- Капшагай Балык: first enquiry (aeration)
M("kb1", "12-03 11:40", "marzhan", "bauyrzhan", subj="Компрессоры для аэрации прудов", body="""
Здравствуйте.
Интересуют компрессоры (воздуходувки) для аэрации прудов, у нас 4 пруда по 1 га, карп, и форель в садках. Что можете предложить и примерные цены?
""", ib=(True, "kb2"))

M("kb2", "12-04 09:30", "bauyrzhan", "marzhan", re="kb1", body="""
Маржан, добрый день!

Спасибо за обращение. Для подбора нужны данные:
1. Глубина прудов и планируемая плотность посадки;
2. Есть ли на берегу 380 В, какое расстояние от щита до прудов;
3. Что сейчас используете для аэрации (если что-то есть).
Лучше всего свяжите меня с вашим технологом — можем созвониться в любой день.
""")

# ---- catalogue after the exhibition: first send bounced, then a one-line thank-you
M("ek1", "10-30 10:05", "bauyrzhan", "a.zhumagaliev@ekz-zhylu.kz", subj="Каталог ДалаФлоу — насосы для теплосетей", body="""
Алмас, добрый день!

Как договаривались на выставке Power Kazakhstan — направляю наш каталог по сетевым и подпиточным насосам и прайс на ремкомплекты. Если будет потребность к отопительному сезону — пишите.
""", att=["Каталог_ДалаФлоу_2026_сетевые_насосы.pdf"])

M("ek_bounce", "10-30 10:06", "bounce", "bauyrzhan", re="ek1", kind="bounce", sig=False,
  subj="Undelivered Mail Returned to Sender", body="""
This is the mail system at host mx1.ekz-zhylu.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<a.zhumagaliev@ekz-zhylu.kz>: host mx1.ekz-zhylu.kz[10.10.1.5] said:
    550 5.1.1 <a.zhumagaliev@ekz-zhylu.kz>: Recipient address rejected:
    User unknown in virtual mailbox table
""")

M("ek2", "10-30 10:20", "bauyrzhan", "almas", subj="Каталог ДалаФлоу — насосы для теплосетей", body="""
Алмас, добрый день!

Как договаривались на выставке Power Kazakhstan — направляю наш каталог по сетевым и подпиточным насосам и прайс на ремкомплекты. Если будет потребность к отопительному сезону — пишите.
""", att=["Каталог_ДалаФлоу_2026_сетевые_насосы.pdf"])

M("ek3", "11-02 09:10", "almas", "bauyrzhan", re="ek2", body="""
Бауыржан, спасибо, каталог получил.
""")


# ====================================================================== HEAD: Ержан Сапаров
# ---- Vantor Engineering & Construction (international EPC), API 610 pumps
M("va1", "10-19 13:05", "rahul", "yerzhan", cc=["dmitriy"],
  subj="RFQ No. VEC-KRT-RFQ-0417 – Centrifugal Pumps (API 610) – Kairat GTP Expansion", body="""
Dear Sir,

Vantor Engineering & Construction, as EPC Contractor for the Kairat Gas Treatment Plant Expansion Project (Atyrau Region), hereby invites DalaFlow LLP to submit a quotation for the following package:

Package: Centrifugal Pumps (API 610, 12th Ed.)
Tag Nos.: P-2101A/B, P-2205A/B, P-3010A/B (6 units total)
Scope: pumps with drivers, baseplates, couplings, seal systems, spare parts for commissioning and 2 years operation, documentation per VDRL.

Bid Due Date: 06-Nov-2026, 17:00 GST
Please acknowledge receipt and confirm your intent to bid by 23-Oct-2026 using the attached form.

RFQ documents (MR, datasheets, VDRL, commercial terms) are available on our supplier portal; access will be granted upon acknowledgement.

Kindly note that all commercial communication regarding this RFQ shall be addressed to the undersigned only.
""", att=["VEC-KRT-RFQ-0417_Cover_Letter.pdf", "VEC-KRT-RFQ-0417_Bidder_Acknowledgement_Form.docx"],
  ib=(True, "va2"))

M("va2", "10-20 10:30", "yerzhan", "rahul", cc=["dmitriy"], re="va1", lang="en", body="""
Dear Rahul,

Thank you for the invitation. We acknowledge receipt of RFQ No. VEC-KRT-RFQ-0417 and confirm our intent to bid; the signed Bidder Acknowledgement Form is attached.
We will submit our technical and commercial offers by 6 November.

For your information: the pumps will be supplied by Zhejiang Hengda Pump (China, API 610 licensed); baseplates and seal systems are assembled and tested at our Atyrau workshop.
""", att=["Bidder_Acknowledgement_Form_signed_DalaFlow.pdf"],
  ag=[("We will submit our technical and commercial offers by 6 November.", "2026-11-06", "kept")])

M("va3", "10-28 11:15", "yerzhan", "emma", cc=["rahul"], re="va2", lang="en",
  subj="VEC-KRT-RFQ-0417 – Technical queries TQ-01/02 – DalaFlow", body="""
Dear Emma,

Rahul advised that technical queries should go to you. Two questions before we finalise the technical offer:
TQ-01: The datasheet for P-2101A/B calls for seal Plan 53B, while the MR refers to Plan 11 for all pumps. Please confirm which prevails.
TQ-02: Is motor supply by the pump vendor mandatory, or may motors be free-issued by the EPC from your frame agreement?
""")

M("va4", "10-29 09:40", "emma", "yerzhan", cc=["rahul"], re="va3", body="""
Dear Yerzhan,

TQ-01: Plan 53B is mandatory for P-2101A/B (light hydrocarbon service). Plan 11 is acceptable for P-2205A/B and P-3010A/B.
TQ-02: Motors are in vendor scope. Please use the approved motor vendor list (Attachment 7 of the MR).
""", ib=(False, "va5"))

M("va5", "11-05 15:20", "yerzhan", "rahul", cc=["emma", "dmitriy"], re="va4", lang="en",
  subj="VEC-KRT-RFQ-0417 – DalaFlow Technical & Commercial Offer", body="""
Dear Rahul,

Please find attached DalaFlow LLP's technical and commercial offers for RFQ No. VEC-KRT-RFQ-0417:
– Technical offer (Rev.0) with completed datasheets, seal plans as per TQ-01 reply, deviation list (2 items), VDRL schedule;
– Commercial offer: total USD 1,184,000, DAP Kairat GTP site, Atyrau Region (Incoterms 2020), incl. commissioning spares; 2-year operational spares priced separately (USD 86,400, optional);
– Delivery: 26–28 weeks from PO; validity 90 days.

The files are password-protected; the password follows in a separate email.
""", att=["DalaFlow_VEC-KRT-RFQ-0417_Technical_Offer_Rev0.pdf", "DalaFlow_VEC-KRT-RFQ-0417_Commercial_Offer.pdf"],
  ag=[("The files are password-protected; the password follows in a separate email.", None, "kept")])

M("va5b", "11-05 15:22", "yerzhan", "rahul", re="va5", lang="en", sig=False, body="""
Rahul, password for the files: DF-KRT-0417#26
""")

M("va6", "11-18 09:00", "emma", "yerzhan", cc=["rahul"], re="va5", subj="VEC-KRT-RFQ-0417 – TBE Clarifications Rev.0 – DalaFlow", body="""
Dear Yerzhan,

Following our technical review, please find attached the TBE Clarification Log (Rev.0) with 14 queries on your offer. Main points: NPSH margin on P-3010A/B, seal supplier experience list for Plan 53B, hydrotest pressure and witness points, and motor vendor (your proposed vendor is not on the AVL).

Please respond by 25-Nov-2026 using the same log.
""", att=["VEC-KRT-0417_TBE_Clarification_Log_Rev0.xlsx"], ib=(True, "va7"))

M("va7", "11-18 16:30", "yerzhan", "emma", cc=["rahul"], re="va6", lang="en", body="""
Dear Emma,

Well received, thank you. We will revert with responses by 25 November.
""", ag=[("We will revert with responses by 25 November.", "2026-11-25", "kept")])

M("va8", "11-20 09:10", "yerzhan", "emma", re="va7", lang="en", body="""
Dear Emma,

A quick check on query 9 before we finalise: may we propose WEG motors (on your AVL for LV) for the 55 kW units and Siemens for the 250 kW ones?
""")

M("va8ar", "11-20 04:11", "emma", "yerzhan", re="va8", kind="auto", sig=False,
  subj="Automatic reply: RE: VEC-KRT-RFQ-0417 – TBE Clarifications Rev.0 – DalaFlow", body="""
I am currently out of the office with limited access to email, returning on Monday 23 November.
For urgent matters please contact Rahul Menon (rahul.menon@vantor-ec.com).
""")

M("va9", "11-24 18:05", "yerzhan", "emma", cc=["rahul"], re="va8", lang="en", body="""
Dear Emma,

Please find attached the TBE Clarification Log Rev.1 with our responses to all 14 queries. Motors revised to WEG / Siemens from your AVL; updated datasheets and the Plan 53B reference list are attached.
""", att=["VEC-KRT-0417_TBE_Clarification_Log_Rev1_DalaFlow.xlsx", "DalaFlow_Datasheets_Rev1.pdf",
          "Plan53B_Reference_List.pdf"])

M("va10", "11-27 12:00", "rahul", "yerzhan", cc=["emma"], re="va9", subj="VEC-KRT-RFQ-0417 – Commercial Clarification & BAFO request", body="""
Dear Yerzhan,

Thank you for the TBE responses; your offer is technically acceptable subject to closing 2 remaining points at the clarification meeting.

Commercially, your price is approx. 9% above our budget. Please submit your Best and Final Offer (BAFO) and confirm acceptance of our payment terms: 10% advance against an advance payment bank guarantee, 80% against delivery documents, 10% after SAT. Delivery of 26 weeks is a key criterion.

BAFO due: 04-Dec-2026, 17:00 GST.
""", ib=(True, "va11"))

M("va11", "11-27 13:40", "yerzhan", "rahul", re="va10", lang="en", body="""
Dear Rahul,

Noted with thanks. We will submit our BAFO by 4 December.
""", ag=[("We will submit our BAFO by 4 December.", "2026-12-04", "kept")])

M("va12", "12-03 16:10", "yerzhan", "rahul", cc=["emma", "dmitriy"], re="va11", lang="en",
  subj="VEC-KRT-RFQ-0417 – DalaFlow BAFO", body="""
Dear Rahul,

Please find attached our BAFO for RFQ No. VEC-KRT-RFQ-0417:
– Total price: USD 1,112,000, DAP site (−6.1% vs. our original offer);
– Payment terms: accepted as per your letter (10/80/10), the advance payment guarantee to be issued by Halyk Bank;
– Delivery: 26 weeks from PO, confirmed by the manufacturer;
– 2-year operational spares: USD 79,500 (optional).
Our offer validity is extended to 28 February 2027.
""", att=["DalaFlow_VEC-KRT-RFQ-0417_BAFO.pdf"])

M("va13", "12-04 10:15", "rahul", "yerzhan", cc=["emma"], re="va12", body="""
Dear Yerzhan,

Thank you, BAFO received. We would like to hold a clarification meeting on MS Teams on Tuesday 15-Dec-2026 at 10:00 GST to close the remaining technical points and the commercial clarifications. Please confirm your attendees; the invitation will follow.
""", ag=[("Please confirm your attendees; the invitation will follow.", None, "kept")], ib=(True, "va14"))

M("va14", "12-04 11:30", "yerzhan", "rahul", cc=["dmitriy"], re="va13", lang="en", body="""
Dear Rahul,

Confirmed. Attendees from our side: Yerzhan Saparov, Dmitriy Kovalev (Atyrau branch) and our senior service engineer Olzhas Bekenov.
""")

M("va_int", "12-04 11:45", "yerzhan", "dmitriy", cc=["olzhas"], subj="Vantor 15.12 — встреча по BAFO", body="""
Дима, Олжас, 15.12 в 11:00 по Алматы (10:00 Дубай) — Teams с Vantor, приглашение Рахул пришлёт. Олжас — подготовь ответы по NPSH на P-3010 и по гидроиспытаниям, Дима — по сборке рам в Атырау и срокам.
""", sig=False)

# ---- Талгар Құс: compressor failure complaint, then a service contract offer
M("tk1", "11-02 08:20", "pak", "yerzhan", cc=["bauyrzhan"], subj="Компрессор ANK-22 — повторная авария, требуем замену", body="""
Ержан Болатович, доброе утро.

Вынужден писать вам напрямую. Компрессор ANK-22, поставленный вами в мае (договор №ДФ-АЛ-2026/031), за октябрь третий раз уходит в аварию по температуре (ошибка E04, 110 °C). Ваш сервисный инженер приезжал два раза, чистил радиатор — через неделю то же самое. В выходные компрессор встал ночью, птичник на 40 тыс. голов остался без пневматики на заслонках вентиляции, еле успели перевести на ручное.

Это недопустимо. Требуем либо устранить причину окончательно, либо заменить компрессор по гарантии.
""", ib=(True, "tk2"), cp=True)

M("tk2", "11-02 09:35", "yerzhan", "pak", cc=["bauyrzhan", "olzhas"], re="tk1", body="""
Владимир Леонидович, доброе утро.

Приношу извинения за ситуацию — понимаю, чем это грозит на птичнике. Беру вопрос под личный контроль.
Завтра до 12:00 к вам выедет наш старший сервисный инженер Олжас Бекенов с запасным термостатическим клапаном и вентилятором охладителя.
""", ag=[("Завтра до 12:00 к вам выедет наш старший сервисный инженер Олжас Бекенов с запасным термостатическим клапаном и вентилятором охладителя.",
          "2026-11-03", "kept")])

M("tk_ol", "11-03 17:45", "olzhas", "yerzhan", cc=["bauyrzhan"], subj="Талгар Құс — ANK-22, отчёт по выезду", body="""
Ержан Болатович,

Талгар Құс, ANK-22: приехал в 10:40. Причина — заклинивший термостатический клапан масляного контура (брак клапана) + вентилятор охладителя крутился в обратную сторону: их электрики перекинули фазы после ремонта щита. Клапан и вентилятор заменил, фазировку исправили, прогнали 4 часа под нагрузкой — температура 82–86 °C.
Рекламацию по клапану на Анадолу оформлю завтра, фото во вложении.
""", att=["IMG_3381.jpg", "IMG_3384.jpg"])

M("tk3", "11-04 16:30", "pak", "yerzhan", re="tk2", body="""
Ержан Болатович, Олжас заменил термоклапан и вентилятор, нашли ошибку наших электриков по фазировке. Работает, температура в норме. Понаблюдаем неделю.
""", ib=(False, None))

M("tk4", "11-16 11:10", "pak", "yerzhan", subj="Сервисное обслуживание компрессоров", body="""
Ержан Болатович, добрый день.

Компрессор две недели работает без замечаний, спасибо Олжасу.
Руководство предлагает заключить с вами договор на сервисное обслуживание всех трёх компрессоров птицефабрики (ваш ANK-22 и два Atlas Copco GA 30 2015 г.). Пришлите, пожалуйста, предложение: периодичность ТО, стоимость, время выезда по аварии.
""", ib=(True, "tk5"))

M("tk5", "11-17 09:20", "yerzhan", "pak", cc=["bauyrzhan"], re="tk4", body="""
Владимир Леонидович, добрый день.

Спасибо за доверие. Предложение на годовое сервисное обслуживание трёх компрессоров пришлю до 25.11. Для Atlas Copco попрошу фото шильдиков и текущую наработку — можно ответом на это письмо.
""", ag=[("Предложение на годовое сервисное обслуживание трёх компрессоров пришлю до 25.11.", "2026-11-25", "kept")])

M("tk6", "11-17 14:00", "pak", "yerzhan", re="tk5", body="""
Фото шильдиков во вложении. Наработка: GA 30 №1 — 38 200 ч, №2 — 41 050 ч, ANK-22 — 2 900 ч.
""", att=["GA30_1_шильдик.jpg", "GA30_2_шильдик.jpg"], ib=(False, "tk7"))

M("tk7", "11-24 17:30", "yerzhan", "pak", cc=["bauyrzhan"], re="tk6", body="""
Владимир Леонидович, добрый день.

Предложение №СО-2026/014 на сервисное обслуживание компрессоров ТОО «Талгар Құс»:
— 4 плановых ТО в год на каждый из 3 компрессоров (расходники — масло, фильтры, сепаратор — включены);
— аварийный выезд — в течение 24 часов, в т.ч. в выходные;
— подменный компрессор 22 кВт на время ремонта — бесплатно;
— стоимость — 1 860 000 тенге с НДС в год, оплата поквартально.
Для GA 30 с наработкой свыше 40 000 ч рекомендуем в первом ТО замену подшипников винтового блока — отдельной сметой.

Позвоню вам 08.12, обсудим.
""", att=["Предложение_СО-2026-014_Талгар_Кус.pdf"], ag=[("Позвоню вам 08.12, обсудим.", "2026-12-08", "kept")])

# ====================================================================== suppliers
M("hd1", "10-30 10:00", "yerzhan", "cathy", lang="en", subj="Enquiry: API 610 OH2 pumps, 6 units – Vantor / Kairat GTP", body="""
Dear Cathy,

We are bidding for an EPC project in Atyrau (Vantor, Kairat GTP). Please quote 6 units of API 610 OH2 pumps per the attached datasheets (P-2101A/B with Plan 53B, others Plan 11), motors WEG or Siemens, FOB Shanghai and DAP Khorgos, with lead time. We need your price by 3 November.
""", att=["Kairat_pumps_datasheets_for_Hengda.pdf"])

M("hd2", "11-02 17:40", "cathy", "yerzhan", re="hd1", body="""
Dear Mr. Yerzhan,

Thank you for your enquiry. Attached our quotation HD-Q-26-1102:
6 units API 610 OH2, motors WEG/Siemens as requested.
Total: USD 812,000 FOB Shanghai / USD 861,000 DAP Khorgos.
Lead time 22-24 weeks after advance payment. Plan 53B systems from our partner, reference list attached.
""", att=["HD-Q-26-1102_Kairat.pdf"])

M("hd7", "11-28 10:30", "yerzhan", "cathy", re="hd2", lang="en", body="""
Dear Cathy,

The EPC asks for a best and final offer; we are about 9% above their budget. Can Hengda reduce its price by 5% for this project? We will cut our margin as well. Please reply by 1 December.
""")

M("hd8", "11-30 18:20", "cathy", "yerzhan", re="hd7", body="""
Dear Mr. Yerzhan,

After discussion with our GM, we can offer 3.5% discount for this project: USD 830,900 DAP Khorgos. This is our final price. Lead time 26 weeks is OK.
""")

M("an1", "10-15 09:30", "dmitriy", "emre", lang="en", subj="ANK-37 + AKD-70 for Kulsary – price and lead time", body="""
Dear Emre,

Please confirm the dealer price and lead time for ANK-37 (8 bar) with AKD-70 dryer and filter set, delivery DAP Kulsary (Atyrau region). Customer: oil-service company, replacement of an old piston unit.
""")

M("an2", "10-15 15:10", "emre", "dmitriy", re="an1", body="""
Dear Dmitriy,

ANK-37 8 bar + AKD-70 + filters: dealer price EUR 19,850 EXW Izmir. Production 5-6 weeks, transport to Kulsary 2-3 weeks. 1000 L receiver available from stock if needed (EUR 1,120).
""")

M("an3", "11-05 11:50", "dmitriy", "emre", re="an2", lang="en", body="""
Dear Emre,

The customer asks for 6 weeks total delivery to Kulsary. Any chance to speed up production?
""")

M("an4", "11-05 16:30", "emre", "dmitriy", re="an3", body="""
Dear Dmitriy,

Sorry, 8 weeks door-to-door is the minimum, production slots are full until mid-December. For this project we can give you additional 2% discount.
""")

# ====================================================================== newsletters, cold mail
M("nl1", "10-21 07:00", "promvestnik", "bauyrzhan", kind="newsletter",
  subj="Промышленный вестник Казахстана: тендеры недели №42", body="""
Промышленный вестник Казахстана — дайджест №42 (2026)

ТЕНДЕРЫ НЕДЕЛИ
• Поставка насосного оборудования для водоочистных сооружений — Павлодар, до 30.10
• Компрессорные установки для ГРП — Актобе, до 02.11
• Запасные части к шламовым насосам — Жезказган, до 05.11

НОВОСТИ ОТРАСЛИ
• Горнодобывающие компании РК увеличат закупки оборудования на 12% в 2027 году
• Модернизация водоканалов: 48 проектов по нацпроекту

Чтобы отписаться от рассылки, перейдите по ссылке: https://promvestnik.kz/unsubscribe
""")

M("nl2", "11-18 07:00", "promvestnik", "bauyrzhan", kind="newsletter",
  subj="Промышленный вестник Казахстана: тендеры недели №46", body="""
Промышленный вестник Казахстана — дайджест №46 (2026)

ТЕНДЕРЫ НЕДЕЛИ
• Насосы для системы ППД — Кызылорда, до 27.11
• Ремонт и ревизия центробежных насосов — Атырау, до 30.11

ВЫСТАВКИ
• MiningWorld Central Asia 2027 — регистрация экспонентов открыта

Чтобы отписаться от рассылки, перейдите по ссылке: https://promvestnik.kz/unsubscribe
""")

M("nl3", "11-10 12:00", "ogweek", "dmitriy", kind="newsletter",
  subj="Caspian Oil & Gas Week 2027: early-bird exhibitor registration", body="""
Caspian Oil & Gas Week 2027 | Atyrau, 2–4 June 2027

Early-bird exhibitor registration is now open: book your stand before 15 December and save 15%.
More than 4,000 visitors from operators, EPC contractors and service companies.

Unsubscribe: https://caspian-ogweek.kz/unsubscribe
""")

M("nl4", "12-01 12:00", "ogweek", "dmitriy", kind="newsletter",
  subj="Caspian Oil & Gas Week 2027: conference programme announced", body="""
Caspian Oil & Gas Week 2027 | Atyrau, 2–4 June 2027

The conference programme is announced: 6 sessions on gas processing, well services and local content.
Last days of early-bird exhibitor prices — until 15 December.

Unsubscribe: https://caspian-ogweek.kz/unsubscribe
""")

M("cold1", "10-22 14:30", "topseo", "aigerim", subj="Продвижение сайта dalaflow.kz в ТОП-10 Яндекс и Google", body="""
Здравствуйте!

Мы проанализировали ваш сайт dalaflow.kz и нашли 27 ошибок, которые мешают ему попасть в ТОП по запросам «насосы Алматы», «компрессоры купить».
Предлагаем бесплатный аудит и продвижение с гарантией результата — от 150 000 тг/мес.

Ответьте на это письмо, и мы пришлём отчёт.
TopSEO Kazakhstan
""")

M("cold2", "11-03 09:15", "lily", "dmitriy", subj="Butterfly valves / gate valves manufacturer – catalogue 2026", body="""
Dear Purchasing Manager,

Glad to hear you are in pumps and compressors business. We are professional manufacturer of butterfly valves, gate valves and check valves (DN50–DN1200) in Wenzhou with API 609 / API 6D certificates.
Attached is our catalogue 2026. Competitive price and 30 days delivery.

Best regards,
Lily Chen
Sales Manager, Wenzhou WZ Valves Co., Ltd.
""")

M("cold3", "11-24 11:05", "silkway", "yerzhan", subj="Доставка грузов из Китая через Хоргос — от 7 дней", body="""
Добрый день!

Компания SilkWay Cargo предлагает доставку сборных и генеральных грузов из Китая в Алматы, Атырау, Шымкент через Хоргос и Достык.
Сроки — от 7 дней, таможенное оформление «под ключ», страхование груза.

Рассчитаем стоимость за 1 час — пришлите вес и объём.
SilkWay Cargo, +7 727 344 10 10
""")

# ====================================================================== internal
M("in1", "10-19 08:30", "yerzhan", ["aigerim", "bauyrzhan", "dmitriy"], subj="План Q4 и планёрки", body="""
Коллеги, доброе утро.

План на IV квартал утверждён: 180 млн тг по компании, по каждому — в таблице во вложении. Планёрки — по понедельникам в 9:30, Дима подключается по Teams.
Прошу все КП свыше 10 млн и любые скидки больше 3% согласовывать со мной.
""", att=["План_Q4_2026.xlsx"])

M("in2", "11-30 18:10", "yerzhan", ["aigerim", "bauyrzhan", "dmitriy"], subj="Итоги ноября", body="""
Коллеги, коротко по ноябрю: отгрузили и закрыли 38,6 млн при плане 60 — 64%. Декабрь тяжёлый, нужен каждый договор.

Дима — АБС подписать до конца недели, КОС дожимаем.
Бауыржан — протокол по Аксу Кен отправить в срок, без него договор не подпишут.
Айгерим — Алма Дайри, не потерять после истории с ремкомплектами.
""")


# ====================================================================== calendar
STAFF = ["aigerim", "bauyrzhan", "dmitriy"]
E("ev_alma_1022", "0f6c2d1e-5a3b-4c8e-9d71-aa01b2c3d401", "10-22 10:00", "10-22 11:30", ALA,
  "Алма Дайри — осмотр линии CIP (насосы)", "aigerim", ["ruslan"], ["aigerim"],
  location="ТОО «Алма Дайри», Илийский р-н, п. Отеген батыр", description="Посмотреть обвязку CIP, DN50/DN65, место под 3 насоса.")
E("ev_vantor_kick", "5b0e7f42-1c9d-4e2a-8f30-bb02c3d4e502", "10-22 15:00", "10-22 16:00", ALA,
  "Vantor RFQ-0417 — разбор и распределение", "yerzhan", ["dmitriy", "olzhas"], ["yerzhan", "dmitriy"],
  location="Teams", description="Кто что готовит по техчасти и коммерции, запрос в Hengda.")
E("ev_plan_1102", "plan-20261102-0930@dalaflow.kz", "11-02 09:30", "11-02 10:30", ALA,
  "Планёрка отдела продаж", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная / Teams")
E("ev_talgar_1103", "AAMkADk3ZTQ1-talgar-1103", "11-03 10:00", "11-03 14:00", ALA,
  "Талгар Құс — аварийный выезд, компрессор ANK-22", "yerzhan", ["olzhas", "pak"], ["yerzhan"],
  location="Талгарский р-н, птицефабрика «Талгар Құс»")
E("ev_aksu_1105", "7d31c8aa-90e4-4b5f-a3c2-cc03d4e5f603", "11-05 10:00", "11-05 13:00", ALA,
  "Аксу Кен Металл — техсовещание по шламовым насосам ОФ-2", "bauyrzhan", ["bondarenko", "omarova"], ["bauyrzhan"],
  location="ОФ-2, промплощадка, Восточно-Казахстанская обл.")
E("ev_kos_1112", "c2a9e6b0-44d1-4f73-b8e5-dd04e5f60704", "11-12 14:30", "11-12 16:00", ATY,
  "КОС — компрессорная, осмотр места установки (Кульсары)", "dmitriy", ["marat", "galym"], ["dmitriy"],
  location="ТОО «КаспийОйлСервис», база Кульсары")
E("ev_plan_1116", "plan-20261116-0930@dalaflow.kz", "11-16 09:30", "11-16 10:30", ALA,
  "Планёрка отдела продаж", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная / Teams")
E("ev_abs_1117", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000ABS1117", "11-17 11:00",
  "11-17 12:00", ATY, "ДалаФлоу — обсуждение проекта договора ДП-0412/26", "ainur", ["dmitriy"], ["dmitriy"],
  location="ТОО «Атырау Бурение Сервис», каб. 214")
E("ev_hengda_1125", "9e5f1d27-3b8c-4a60-91d4-ee05f6a70805", "11-25 11:00", "11-25 11:45", ALA,
  "Hengda — Kairat pricing, HSP lead time (Teams)", "yerzhan", ["cathy", "aigerim"], ["yerzhan", "aigerim"],
  location="Microsoft Teams")
E("ev_plan_1130", "plan-20261130-0930@dalaflow.kz", "11-30 09:30", "11-30 10:30", ALA,
  "Планёрка отдела продаж", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная / Teams")
E("ev_plan_1207", "plan-20261207-0930@dalaflow.kz", "12-07 09:30", "12-07 10:30", ALA,
  "Планёрка отдела продаж", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная / Teams")
E("ev_alma_1210", "3a7b9c1d-2e4f-4a6b-8c0d-ff06a7b80906", "12-10 11:00", "12-10 12:30", ALA,
  "Алма Дайри — насосы CIP: сроки и условия", "aigerim", ["ruslan", "zhanna"], ["aigerim"],
  location="ТОО «Алма Дайри», п. Отеген батыр")
E("ev_zs_1211", "b81e4f60-7c2a-4d93-a5e1-1107b8c90a07", "12-11 10:00", "12-11 10:30", ALA,
  "Итоги ЗЦП Жетісу Су (goszakup 15872341-1) — проверить протокол", "aigerim", [], ["aigerim"])
E("ev_plan_1214", "plan-20261214-0930@dalaflow.kz", "12-14 09:30", "12-14 10:30", ALA,
  "Планёрка отдела продаж", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная / Teams")
E("ev_vantor_1215", "040000008200E00074C5B7101A82E0080000000070E4C2A1F7C4DC01000000000000000010000000VEC0417", "12-15 10:00",
  "12-15 11:30", DXB, "VEC-KRT-RFQ-0417 – Bid Clarification Meeting – DalaFlow", "rahul",
  ["yerzhan", "dmitriy", "olzhas", "emma"], ["yerzhan", "dmitriy"], location="Microsoft Teams Meeting",
  description="Agenda: 1) open TBE points (NPSH P-3010A/B, hydrotest witness); 2) commercial clarifications on BAFO; 3) delivery schedule.")
E("ev_kps_1217", "e4c0a2b8-5f19-4e7d-b3a6-2208c9da0b08", "12-17 10:00", "12-17 17:00", "Asia/Qyzylorda",
  "КПС — осмотр насосов ЦНС 180 на ДНС «Кумколь-Юг»", "bauyrzhan", ["zhandos", "olzhas"], ["bauyrzhan"],
  location="г. Кызылорда, база ТОО «Кызылорда Петро Сервис» → ДНС «Кумколь-Юг»",
  description="Выезд с Олжасом. Удостоверения взять с собой, пропуск на месте.")
E("ev_yearend_1218", "plan-20261218-1500@dalaflow.kz", "12-18 15:00", "12-18 17:00", ALA,
  "Итоги года и план 2027", "yerzhan", STAFF, ["yerzhan"] + STAFF, location="Переговорная")

# ====================================================================== call log (cloud PBX export)
C("bk_call", "10-14 11:20", "Исходящий", "aigerim", "77071804461", 512, "Отвечен",
  "Береке Агро (Нурлан): насос из канала 200 м3/ч, 50 м, дизель. КП на директора", BEREKE)
C("zh_call", "10-15 08:40", "Входящий", "dmitriy", "77122301544", 95, "Отвечен", "", ZHMS)
C("spam1", "10-16 15:40", "Входящий", "bauyrzhan", "77273213344", 38, "Отвечен", "реклама, кредит для бизнеса", None)
C("kos_call_1020", "10-20 10:02", "Входящий", "dmitriy", "77056401827", 140, "Отвечен",
  "КОС Галым: уплотнения ЦНС 60-330 6 шт срочно", KOS)
C("hengda_call", "10-21 16:30", "Входящий", "yerzhan", "8657788512345", 300, "Отвечен", "Hengda, Cathy: участие в Vantor", None)
C("yug_call", "10-27 12:10", "Исходящий", "aigerim", "77019982345", 260, "Отвечен",
  "ЮгТехСнаб/Ордабасы: 4 шт К 100-65-200, клиент хочет цену ниже", YUG)
C("aksu_miss", "10-29 10:15", "Исходящий", "bauyrzhan", "77772506318", 0, "Не отвечен", "", AKSU)
C("aksu_call1", "10-29 10:40", "Входящий", "bauyrzhan", "77772506318", 420, "Отвечен",
  "Бондаренко: ТКП получил, техсовещание 05.11 на ОФ-2", AKSU)
C("abs_call", "11-03 09:30", "Исходящий", "dmitriy", "77122987610", 372, "Отвечен",
  "АБС Айнур: поз.2,3 -7%, срок 30 дней со склада Алматы", ABS)
C("aks_call", "11-04 14:05", "Исходящий", "bauyrzhan", "77772506318", 305, "Отвечен",
  "Аксу, колёса 6/4: сошлись на 1 390 000/компл, ждём заявку МТС", AKSU)
C("int_call", "11-05 11:00", "Внутренний", "dmitriy", "100", 180, "Отвечен", "", None)
C("ser_miss", "11-09 17:45", "Входящий", "dmitriy", "77025551889", 0, "Пропущен", "", SERIK)
C("kps_call", "11-13 11:02", "Исходящий", "bauyrzhan", "77051128830", 845, "Отвечен",
  "КПС Жандос: 6 ЦНС 180-1185, ревизия/ремонт + шеф-монтаж 2 новых в январе. Осмотр на месте 17.12", KPS)
C("unk_miss", "11-17 10:00", "Входящий", "aigerim", "77475550011", 0, "Пропущен", "", None)
C("esil_miss", "11-18 11:30", "Исходящий", "bauyrzhan", "77476339014", 0, "Не отвечен", "", ESIL)
C("vantor_call", "11-19 15:20", "Входящий", "yerzhan", "971506142297", 410, "Отвечен",
  "Vantor Rahul: ответы по TBE до 25.11, коммерческий этап после", VANTOR)
C("sa_call", "11-25 10:30", "Исходящий", "aigerim", "77015551234", 540, "Отвечен",
  "КХ Сарыарка, Берик: пруд, 12 га, капельное; насос + дисковый фильтр. Перезвонить 10.12 после расчёта", SARYARKA)
C("alma_call", "11-27 10:20", "Входящий", "aigerim", "77017774012", 190, "Отвечен",
  "Алма Дайри Руслан: КП АЛ-531/1 получил, встреча 10.12 в силе", ALMA)
C("kos_miss", "12-01 09:45", "Входящий", "dmitriy", "77013112245", 0, "Пропущен", "", KOS)
C("kos_call_1203", "12-03 10:05", "Исходящий", "dmitriy", "77013112245", 264, "Отвечен",
  "КОС Марат: по компрессору решение на следующей неделе, перезвонить 10.12", KOS)
C("tws_call", "12-03 11:30", "Исходящий", "dmitriy", "77784012219", 150, "Отвечен",
  "TWS Aliya: оценка у операционного отдела, бюджет в середине декабря. Перезвонить 15.12", TWS)
C("wrong", "12-04 16:40", "Входящий", "dmitriy", "77759081234", 25, "Отвечен", "ошиблись номером", None)
C("yug_call2", "12-07 12:00", "Входящий", "aigerim", "77019982345", 130, "Отвечен",
  "Тимур: встреча с директором Ордабасы 09.12, инженер запросит паспорт", YUG)
C("talgar_call", "12-08 10:30", "Исходящий", "yerzhan", "77014045566", 330, "Отвечен",
  "Талгар Құс Пак: договор ТО на согласовании у директора. Перезвонить 17.12", TALGAR)
C("anadolu_call", "12-08 15:00", "Входящий", "dmitriy", "905322145566", 200, "Отвечен",
  "Anadolu Эмре: отгрузка ANK-37 возможна в январе", None)
C("kb_miss", "12-09 11:15", "Исходящий", "bauyrzhan", "77084552109", 0, "Не отвечен", "", KBALYK)
C("aksu_miss2", "12-09 16:20", "Входящий", "bauyrzhan", "77772506318", 0, "Пропущен", "", AKSU)

# ====================================================================== directory, plans, sales
# client, domains, owner(key), segment, phones, emails, kind
CLIENTS = [
    (KOS, "caspianoil.kz", "dmitriy", "Нефтесервис", "+7 (7122) 45-67-89; +7 701 311 22 45; +7 705 640 18 27", "", ""),
    (ABS, "abs-drilling.kz", "dmitriy", "Нефтесервис", "8 (7122) 98-76-10", "", ""),
    (ZHMS, "zhaikms.kz", "dmitriy", "Нефтесервис", "8 7122 30 15 44", "", ""),
    (TWS, "tws-kz.com", "dmitriy", "Нефтесервис", "+7 7122 55 01 20; +7 778 401 22 19", "", ""),
    ("ТОО «Мангистау Водоканал Сервис»", "mvks.kz", "dmitriy", "Водоканалы", "+7 7292 30 44 10", "", ""),
    (ZHSA, "zhetisu-su.kz", "aigerim", "Водоканалы (госзакупки)", "8 (7282) 24-15-60", "", ""),
    (ALMA, "almadairy.kz", "aigerim", "Пищевая промышленность", "+7 727 390 11 22; +7 701 777 40 12", "", ""),
    (BEREKE, "bereke-agro.kz", "aigerim", "АПК", "+7 701 220 45 90", "nurlan.ospanov.84@mail.ru", ""),
    (ORDA, "ordabasy-agro.kz", "aigerim", "АПК", "+7 775 301 66 08", "", ""),
    (YUG, "yugtehsnab.kz", "aigerim", "Дилеры", "+7 7252 53 21 00; +7 701 998 23 45", "", "intermediary"),
    ("ТОО «Шымкент Сут»", "shymkentsut.kz", "aigerim", "Пищевая промышленность", "+7 7252 39 18 00", "", ""),
    (AKSU, "aksuken.kz", "bauyrzhan", "Горнодобывающая", "8 (7232) 50-41-17; +7 777 250 63 18", "", ""),
    (ESIL, "esil-agro.kz", "bauyrzhan", "АПК", "+7 (7142) 50-33-71; +7 747 633 90 14", "", ""),
    (KPS, "kpservice.kz", "bauyrzhan", "Нефтесервис", "+7 (7242) 27-31-05", "", ""),
    (KBALYK, "kbalyk.kz", "bauyrzhan", "АПК (рыбоводство)", "", "", ""),
    ("ТОО «Балхаш Руда Сервис»", "bruda.kz", "bauyrzhan", "Горнодобывающая", "+7 71036 4 22 15", "", ""),
    (VANTOR, "vantor-ec.com", "yerzhan", "EPC", "+971 4 512 3380", "", ""),
    (TALGAR, "talgarkus.kz", "yerzhan", "АПК (птицеводство)", "+7 (72774) 2-33-18; +7 701 404 55 66", "", ""),
]

# period, scope, team, manager(key or ""), product, metric, amount, currency
PLANS = [
    ("2026-Q4", "company", "", "", "", "amount", "180000000", "KZT"),
    ("2026-10", "company", "", "", "", "amount", "55000000", "KZT"),
    ("2026-11", "company", "", "", "", "amount", "60000000", "KZT"),
    ("2026-12", "company", "", "", "", "amount", "65000000", "KZT"),
    ("2026-Q4", "team", "Алматы", "", "", "amount", "120000000", "KZT"),
    ("2026-Q4", "team", "Атырау", "", "", "amount", "60000000", "KZT"),
    ("2026-Q4", "manager", "", "yerzhan", "", "amount", "15000000", "KZT"),
    ("2026-Q4", "manager", "", "aigerim", "", "amount", "55000000", "KZT"),
    ("2026-Q4", "manager", "", "bauyrzhan", "", "amount", "50000000", "KZT"),
    ("2026-Q4", "manager", "", "dmitriy", "", "amount", "60000000", "KZT"),
    ("2026-Q4", "company", "", "", "pumps", "amount", "95000000", "KZT"),
    ("2026-Q4", "company", "", "", "compressors", "amount", "45000000", "KZT"),
    ("2026-Q4", "company", "", "", "spares", "amount", "30000000", "KZT"),
    ("2026-Q4", "company", "", "", "service", "amount", "10000000", "KZT"),
    ("2026-Q4", "manager", "", "aigerim", "", "deals", "6", ""),
    ("2026-Q4", "manager", "", "bauyrzhan", "", "deals", "5", ""),
    ("2026-Q4", "manager", "", "dmitriy", "", "deals", "6", ""),
]

# external_id (1С), date, manager(key), product, client, amount, currency
SALES = [
    ("РН-000398", "2026-10-06", "bauyrzhan", "spares", "ТОО «Балхаш Руда Сервис»", "3240000.00", "KZT"),
    ("РН-000405", "2026-10-09", "dmitriy", "spares", "ТОО «Мангистау Водоканал Сервис»", "2180000.00", "KZT"),
    ("РН-000411", "2026-10-14", "aigerim", "pumps", "ТОО «Шымкент Сут»", "4760000.00", "KZT"),
    ("РН-000419", "2026-10-23", "dmitriy", "spares", KOS, "1116000.00", "KZT"),
    ("РН-000427", "2026-10-29", "aigerim", "pumps", BEREKE, "9870000.00", "KZT"),
    ("РН-000436", "2026-11-06", "dmitriy", "pumps", "ТОО «Мангистау Водоканал Сервис»", "6350000.00", "KZT"),
    ("РН-000442", "2026-11-13", "bauyrzhan", "service", "ТОО «Балхаш Руда Сервис»", "1450000.00", "KZT"),
    ("РН-000451", "2026-11-20", "aigerim", "spares", "ТОО «Шымкент Сут»", "860000.00", "KZT"),
    ("РН-000470", "2026-12-02", "bauyrzhan", "compressors", "ТОО «Балхаш Руда Сервис»", "11900000.00", "KZT"),
    ("РН-000478", "2026-12-07", "dmitriy", "spares", "ТОО «Мангистау Водоканал Сервис»", "1730000.00", "KZT"),
]

# ====================================================================== the head's truth
# evidence: "msg:<key>", "event:<key>", "call:<key>"
NEGOTIATIONS = []


def N(client, manager, product, stage, ev, nxt, src, amount, close):
    NEGOTIATIONS.append(dict(client=client, manager=manager, product=product, stage=stage, ev=ev, next=nxt,
                             src=src, amount=amount, close=close))


N(KOS, "dmitriy", "compressors", "negotiation", "msg:kos_c8", "2026-12-10", "call", (1499500000, "KZT"), None)
N(KOS, "dmitriy", "spares", "won", "msg:kos_s5", None, None, (111600000, "KZT"), None)
N(ABS, "dmitriy", "spares", "contract", "msg:abs8", "2026-12-10", "manager_promise", (804324000, "KZT"), "2026-12-11")
N(ZHMS, "dmitriy", "pumps", "lost", "msg:zh9", None, None, (4920000000, "KZT"), None)
N(TWS, "dmitriy", "compressors", "proposal", "msg:tws4", "2026-12-15", "call", (12960000, "USD"), None)
N(SERIK, "dmitriy", "pumps", "won", "msg:ser7", None, None, (116000000, "KZT"), None)
N(ZHSA, "aigerim", "pumps", "proposal", "msg:zs3", None, None, (1648000000, "KZT"), "2026-12-11")
N(ALMA, "aigerim", "pumps", "negotiation", "msg:ad6", "2026-12-10", "meeting", (532950000, "KZT"), None)
N(BEREKE, "aigerim", "pumps", "won", "msg:bk6", "2026-12-18", "manager_promise", (987000000, "KZT"), None)
N(SARYARKA, "aigerim", "pumps", "qualified", "call:sa_call", "2026-12-10", "call", None, None)
N(ORDA, "aigerim", "pumps", "negotiation", "msg:yt9", "2026-12-10", "client_request", (520000000, "KZT"), None)
N(AKSU, "bauyrzhan", "pumps", "contract", "msg:ak8", "2026-12-11", "manager_promise", (5430000000, "KZT"), None)
N(AKSU, "bauyrzhan", "spares", "negotiation", "msg:aks3", None, None, (556000000, "KZT"), None)
N(ESIL, "bauyrzhan", "compressors", "lost", "msg:es8", None, None, (2240000000, "KZT"), None)
N(KPS, "bauyrzhan", "service", "qualified", "call:kps_call", "2026-12-17", "meeting", None, None)
N(KBALYK, "bauyrzhan", "compressors", "lead", "msg:kb1", None, None, None, None)
N(VANTOR, "yerzhan", "pumps", "negotiation", "msg:va10", "2026-12-15", "meeting", (111200000, "USD"), None)
N(TALGAR, "yerzhan", "service", "proposal", "msg:tk7", "2026-12-17", "call", (186000000, "KZT"), None)

NOT_NEGOTIATIONS = [
    ("digest@promvestnik.kz", "newsletter"),
    ("news@caspian-ogweek.kz", "newsletter"),
    ("noreply@goszakup.gov.kz", "newsletter (public procurement portal notification)"),
    ("noreply@aksuken.kz", "auto-reply (client's document system registration notice)"),
    ("MAILER-DAEMON@mx1.ekz-zhylu.kz", "auto-reply (bounce)"),
    ("sales@topseo-kz.com", "unknown sender, no answer"),
    ("lily@wz-valves-cn.com", "unknown sender, no answer"),
    ("info@silkway-cargo.kz", "unknown sender, no answer"),
    ("a.zhumagaliyev@ekz-zhylu.kz", "thanks only"),
    ("buh@dalaflow.kz", "internal"),
    ("olzhas.bekenov@dalaflow.kz", "internal"),
    ("sklad.atyrau@dalaflow.kz", "internal"),
    ("cathy.zhou@hengda-pump.cn", "supplier"),
    ("emre.yildiz@anadolukompresor.com.tr", "supplier"),
    ("t.aliyev@yugtehsnab.kz", "intermediary (dealer ТОО «ЮгТехСнаб», writes for ТОО «Ордабасы Агро»)"),
    ("m.sarsenova@agroleasing-zh.kz", "counterparty of a client (leasing company of ТОО «Береке Агро»)"),
]
