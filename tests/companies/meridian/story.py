"""Meridian Bank, corporate and trade-finance desk: the whole invented scenario, written by hand.

Every message, meeting and call is here with its labels; build.py turns it into files.
Times are written with the sender's own UTC offset."""

AS_OF = "2026-11-27T18:00:00+03:00"

# ---------------------------------------------------------------- people
# address -> (display name, role/company note, Message-ID domain override or None)
HEAD = "i.shestakova@meridianbank.ru"
GROM = "a.gromov@meridianbank.ru"          # terse, Moscow
KAS = "d.kassymova@meridianbank.kz"        # Almaty branch, UTC+5
HART = "o.hartley@meridianbank.ae"         # Dubai rep office, writes only English
LEB = "p.lebedev@meridianbank.ru"          # long structured letters with numbered points
MANAGERS = [HEAD, GROM, KAS, HART, LEB]
BOXES = {"shestakova": HEAD, "gromov": GROM, "kassymova": KAS, "hartley": HART, "lebedev": LEB}

PEOPLE = {
    HEAD: ("Ирина Шестакова", "head", None),
    GROM: ("Алексей Громов", "manager", None),
    KAS: ("Динара Касымова", "manager", None),
    HART: ("Oliver Hartley", "manager", None),
    LEB: ("Павел Лебедев", "manager", None),
    # internal, not managers
    "n.orlova@meridianbank.ru": ("Наталья Орлова", "credit risk", None),
    "vk@meridianbank.ru": ("Валютный контроль", "FX control desk", None),
    "tf.ops@meridianbank.ru": ("Trade Finance Operations", "back office", None),
    "a.zhakenov@meridianbank.kz": ("Арман Жакенов", "Almaty risk", None),
    # clients
    "rustam.agro@gmail.com": ("Рустам Бекмурзин", "СтепьАгроЭкспорт, фин. директор", None),
    "olga.stepagro@gmail.com": ("Ольга Дронова", "СтепьАгроЭкспорт, бухгалтер", None),
    "r.bekmurzin@stepagro.ru": ("Рустам Бекмурзин", "СтепьАгроЭкспорт", None),
    "zakupki@techimport-log.ru": ("Марина Швец", "ТехноИмпорт Логистик", None),
    "v.kolosov@techimport-log.ru": ("Виктор Колосов", "ТехноИмпорт Логистик, ген. директор", None),
    "tender@sevtruby.ru": ("Отдел тендеров АО «Северные Трубы»", "", None),
    "e.mironova@sevtruby.ru": ("Елена Миронова", "Северные Трубы", None),
    "fin@farmacom.ru": ("Григорий Пахомов", "Фармаком, финансовый директор", None),
    "s.belova@farmacom.ru": ("Светлана Белова", "Фармаком, казначей", None),
    "a.kuznetsov@zarya-agro.ru": ("Андрей Кузнецов", "Агрохолдинг Заря", None),
    "treasury@kazgrain.kz": ("Ерлан Сатпаев", "KazGrain Trading", None),
    "aigerim.n@kazgrain.kz": ("Айгерим Нурланова", "KazGrain Trading", None),
    "b.ospanov@altynsu.kz": ("Бауыржан Оспанов", "Altyn Su Construction", None),
    "e.zhukova@eurasiatex.ru": ("Евгения Жукова", "Евразия Текстиль", None),
    "t.akhmetov@caspianlog.kz": ("Тимур Ахметов", "Caspian Logistics Group", None),
    "karim.haddad@alnoorfze.ae": ("Karim Haddad", "Al Noor Commodities FZE", None),
    "finance@alnoorfze.ae": ("Al Noor Finance", "Al Noor Commodities FZE", None),
    "m.weber@rheinhold.de": ("Markus Weber", "Rheinhold Industrietechnik GmbH, Group Treasury", None),
    "s.brandt@rheinhold.de": ("Sabine Brandt", "Rheinhold Industrietechnik GmbH", None),
    "d.fomin@rheinhold.ru": ("Дмитрий Фомин", "ООО Райнхольд Рус, финансовый директор", None),
    "emre.yilmaz@anatoliamakina.com.tr": ("Emre Yılmaz", "Anatolia Makina", None),
    "ayse.kaya@anatoliamakina.com.tr": ("Ayşe Kaya", "Anatolia Makina", None),
    "procurement@orientstarfood.ae": ("Rashid Al Mansoori", "Orient Star Foodstuff", None),
    "treasury@uralmet.ru": ("Казначейство АО «УралМетХолдинг»", "", None),
    "k.voronin@uralmet.ru": ("Константин Воронин", "УралМетХолдинг, директор по казначейству", None),
    "l.sadykova@uralmet.ru": ("Лилия Садыкова", "УралМетХолдинг", None),
    "d.gusev@volgachem.ru": ("Денис Гусев", "ВолгаХимПром", None),
    "n.petrenko@siblesexport.ru": ("Николай Петренко", "СибЛесЭкспорт", None),
    "tenders@medtechpost.ru": ("Ирина Зайцева", "Медтехника Поставка", None),
    # sole traders on free mail (not in clients.csv)
    "kravtsov.autoparts@yandex.ru": ("Сергей Кравцов", "ИП Кравцов", None),
    "zhanna.serikova.ip@gmail.com": ("Жанна Серикова", "ИП Серикова", None),
    # third parties
    "finance@uralkran.ru": ("Uralkran Finance", "buyer of Anatolia", None),
    "wang.jun@xj-tianshangrain.cn": ("Wang Jun", "buyer of KazGrain", None),
    "c.aydin@eksen-insaat.com.tr": ("Cem Aydin", "Eksen Insaat", None),
    "murat.demir@karadenizgida.com.tr": ("Murat Demir", "buyer of СтепьАгро", None),
    "lc.ops@anadolutb.com.tr": ("Trade Operations - Anadolu Ticaret Bankasi", "buyer's bank", None),
    "chen.li@ningbo-hengda.cn": ("Chen Li", "Ningbo Hengda Machinery, supplier", None),
    "export@shreeganeshyarns.in": ("Rajesh Mehta", "Shree Ganesh Yarns, supplier", None),
    "news@tradefinance-digest.com": ("Trade Finance Digest", "newsletter", None),
    "rassylka@bankobzor.ru": ("БанкОбзор", "newsletter", None),
    "partners@finvector-consult.com": ("Victor Lanskoy", "cold inbound", None),
    "org@tf-forum.ru": ("Оргкомитет TF Forum", "conference", None),
}

SOLE_TRADERS = ["kravtsov.autoparts@yandex.ru", "zhanna.serikova.ip@gmail.com"]

CLIENTS = [
    {"name": "СтепьАгроЭкспорт", "domains": ["stepagro.ru", "rustam.agro@gmail.com", "olga.stepagro@gmail.com"], "owner": GROM, "segment": "agro export",
     "phones": ["+7 928 614-22-07", "+7 918 330-51-76"]},
    {"name": "ТехноИмпорт Логистик", "domains": ["techimport-log.ru"], "owner": GROM, "segment": "import"},
    {"name": "Северные Трубы", "domains": ["sevtruby.ru"], "owner": GROM, "segment": "industry",
     "phones": ["+7 8172 55-10-40"]},
    {"name": "Фармаком", "domains": ["farmacom.ru"], "owner": GROM, "segment": "pharma import"},
    {"name": "Агрохолдинг Заря", "domains": ["zarya-agro.ru"], "owner": GROM, "segment": "agro"},
    {"name": "KazGrain Trading", "domains": ["kazgrain.kz"], "owner": KAS, "segment": "KZ agro export",
     "phones": ["+7 727 331-45-90"]},
    {"name": "Altyn Su Construction", "domains": ["altynsu.kz"], "owner": KAS, "segment": "KZ construction"},
    {"name": "Евразия Текстиль", "domains": ["eurasiatex.ru"], "owner": KAS, "segment": "textile import"},
    {"name": "Caspian Logistics Group", "domains": ["caspianlog.kz"], "owner": KAS, "segment": "KZ logistics"},
    {"name": "Al Noor Commodities FZE", "domains": ["alnoorfze.ae"], "owner": HART, "segment": "UAE trading"},
    {"name": "Rheinhold Industrietechnik", "domains": ["rheinhold.de", "rheinhold.ru"], "owner": HART,
     "segment": "German parent / RU subsidiary", "phones": ["+49 711 4408-210"]},
    {"name": "Anatolia Makina", "domains": ["anatoliamakina.com.tr"], "owner": HART, "segment": "TR machinery"},
    {"name": "Orient Star Foodstuff", "domains": ["orientstarfood.ae"], "owner": HART, "segment": "UAE food import"},
    {"name": "УралМетХолдинг", "domains": ["uralmet.ru"], "owner": LEB, "segment": "metals",
     "phones": ["+7 343 278-11-00"]},
    {"name": "ВолгаХимПром", "domains": ["volgachem.ru"], "owner": LEB, "segment": "chemicals"},
    {"name": "СибЛесЭкспорт", "domains": ["siblesexport.ru"], "owner": LEB, "segment": "timber export"},
    {"name": "Медтехника Поставка", "domains": ["medtechpost.ru"], "owner": LEB, "segment": "public tenders"},
]

MSGS = []
MEETINGS = []
CALLS = []
AGREED = []        # (msg key, side, who, quote, due, status)
COMPLAINTS = []    # (msg key, manager, about_us)
NEGOTIATIONS = []


def m(key, when, frm, to, subj, body, cc=(), reply=None, quote=None, qstyle=None, noirt=False, **kw):
    d = dict(key=key, when=when, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
             subj=subj, body=body, cc=list(cc) if isinstance(cc, (list, tuple)) else [cc],
             reply=reply, quote=quote, qstyle=qstyle, noirt=noirt)
    d.update(kw)
    MSGS.append(d)


def meet(uid, start, minutes, organizer, attendees, summary, location="", desc="", **kw):
    MEETINGS.append(dict(uid=uid, start=start, minutes=minutes, organizer=organizer, attendees=list(attendees),
                         summary=summary, location=location, desc=desc, **kw))


def call(when, direction, ext, number, billsec, result, note="", manager=None, client=None, uid=None):
    n = len(CALLS) + 1
    CALLS.append({"row": [when, direction, ext, number, billsec, result, note, uid or f"1764{n:06d}.{n * 7}"],
                  "manager": manager, "client": client})
    return n + 1   # the spreadsheet row number (header = row 1)


def ag(key, side, quote, due=None, status="open"):
    who = next(x["frm"] for x in MSGS if x["key"] == key)
    AGREED.append((key, side, who, quote, due, status))


def neg(client, manager, product, stage, evidence, next_contact=None, source=None, amount=None, currency=None,
        close=None):
    NEGOTIATIONS.append({"client": client, "manager": manager, "product": product, "stage": stage,
                         "stage_evidence": evidence, "next_contact": next_contact, "next_contact_source": source,
                         "amount": {"minor": amount, "currency": currency} if amount is not None else None,
                         "expected_close": close})


# signatures
SIG_GROM = "\n--\nА. Громов\nМеридиан Банк, ДКБ / торговое финансирование\n+7 495 730-44-12, доб. 2214"
SIG_KAS = ("\n\nС уважением,\nДинара Касымова\nВедущий менеджер по торговому финансированию\n"
           "Филиал АО «Меридиан Банк» в г. Алматы\nтел. +7 727 356-08-15 | моб. +7 701 744 21 90")
SIG_HART = ("\n\nKind regards,\nOliver Hartley\nSenior Relationship Manager, Trade & Treasury\n"
            "Meridian Bank - Representative Office, DIFC, Dubai\nT +971 4 401 7730 | M +971 50 118 4402")
SIG_LEB = ("\n\nС уважением,\nПавел Сергеевич Лебедев\nНачальник отдела структурного и торгового финансирования\n"
           "Департамент корпоративного бизнеса АО «Меридиан Банк»\nт. +7 495 730-44-00 доб. 2230, м. +7 916 205-33-81")
SIG_HEAD = ("\n\nИ. В. Шестакова\nДиректор департамента корпоративного и торгового финансирования\n"
            "АО «Меридиан Банк»\n+7 495 730-44-01")

# =====================================================================================
# Алексей Громов (terse).  СтепьАгроЭкспорт: export LC confirmation (won) + FX forward
# =====================================================================================
R_G = "rustam.agro@gmail.com"
O_G = "olga.stepagro@gmail.com"
m("g1_01", "2026-09-22 09:40 +03:00", R_G, GROM, "подтверждение аккредитива турки",
  """Алексей, добрый.
Турки (покупатель Karadeniz Gida) открывают нам аккредитив через Anadolu Ticaret Bankasi на пшеницу 25 000 т, примерно USD 6,1 млн. Нам нужно подтверждение вашего банка, их банку мы не очень верим после прошлого года.
Сколько стоит и сколько по времени? Пишу с дороги, с телефона, если что звоните.

Р.Б.
""", mid="gmail", na=True, ans="g1_02")
m("g1_02", "2026-09-22 11:05 +03:00", GROM, R_G, "RE: подтверждение аккредитива турки",
  """Рустам, добрый день.
Подтверждение возможно, лимит на Anadolu есть. Ориентир 1,1% годовых за риск + 0,15% за авизование.
Пришлите драфт MT700, как будет. Тариф пришлю сегодня до вечера.""" + SIG_GROM, reply="g1_01", quote="g1_01", qstyle="outlook_ru")
m("g1_03", "2026-09-22 17:30 +03:00", GROM, R_G, "Тариф: подтверждение экспортного аккредитива",
  """Рустам, тариф:
- подтверждение: 1,1% годовых от суммы, за фактический срок риска, мин. 500 USD;
- авизование: 0,15%, мин. 150 USD;
- проверка документов / расхождения: 0,1% / 100 USD за комплект с расхождениями.
Ставка фиксируется при добавлении подтверждения.""" + SIG_GROM, reply="g1_02")
m("g1_04", "2026-09-28 08:12 +03:00", O_G, [GROM], "Fwd: LC draft Karadeniz",
  """Алексей Викторович, здравствуйте.
Пересылаю драфт от турков, Рустам просил. Там 46A какой-то странный, посмотрите пожалуйста. И 48 тоже не понимаем.

---------- Forwarded message ---------
From: Murat Demir <murat.demir@karadenizgida.com.tr>
Date: Fri, Sep 25, 2026 at 17:44
Subject: LC draft
To: rustam.agro@gmail.com

Dear Rustam bey, please see the draft, our bank will issue on Monday if ok.

:27: 1/1
:40A: IRREVOCABLE
:20: ATB-LC-26/4471
:31C: 261005
:40E: UCP LATEST VERSION
:31D: 261215 RUSSIA
:50: KARADENIZ GIDA SAN. VE TIC. A.S. TRABZON TURKIYE
:59: STEPAGROEXPORT LLC ROSTOV-ON-DON RUSSIA
:32B: USD6100000,00
:39A: 05/05
:41A: MRDBRUMMXXX BY PAYMENT
:43P: ALLOWED
:43T: ALLOWED
:44E: NOVOROSSIYSK PORT RUSSIA
:44F: TRABZON PORT TURKIYE
:44C: 261031
:45A: 25000 MT MILLING WHEAT 4TH CLASS CROP 2026 CFR TRABZON INCOTERMS 2020
:46A: +SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS
 +FULL SET CLEAN ON BOARD BILLS OF LADING
 +PHYTOSANITARY CERTIFICATE ISSUED BY MINISTRY OF AGRICULTURE
 +CERTIFICATE OF ORIGIN ISSUED BY CHAMBER OF COMMERCE
:48: 10 DAYS AFTER DATE OF SHIPMENT
:49: MAY ADD
:71B: ALL CHARGES OUTSIDE TURKIYE FOR BENEFICIARY ACCOUNT

Murat Demir
Karadeniz Gida - Finance
""", cc=[R_G], mid="gmail", na=True, ans="g1_05")
m("g1_05", "2026-09-28 10:40 +03:00", GROM, O_G, "RE: Fwd: LC draft Karadeniz",
  """Ольга, добрый день.
По драфту:
1) 49 — должно быть CONFIRM, не MAY ADD. Иначе подтверждать нечего.
2) 46A — фитосанитарный выдает Россельхознадзор. Пусть напишут ISSUED BY COMPETENT AUTHORITY.
3) 48 — 10 дней мало для Новороссийска, просите 21.
4) 71B — наши комиссии за счет бенефициара, это нормально, учтите в цене.
Остальное ок. Отправляйте туркам.""" + SIG_GROM, cc=[R_G], reply="g1_04", quote="g1_04", qstyle="outlook_ru")
m("g1_06", "2026-10-06 19:55 +03:00", R_G, GROM, "аккредитив турки - вышел",
  """Алексей, МТ700 ушел от Anadolu сегодня, референс ATB-LC-26/4471, поправки все учли (49 confirm, 48 - 21 день).
Когда подтвердите? Нам грузиться около 20-го, судно уже номинировано.

Отправлено из мобильной Почты Mail.ru""", mid="gmail", na=True, ans="g1_07")
m("g1_07", "2026-10-07 09:15 +03:00", GROM, R_G, "RE: аккредитив турки - вышел",
  """Рустам, получили, на проверке. Подтверждение добавим завтра до 14:00, если кредитный комитет не задержит.""" + SIG_GROM,
  reply="g1_06", quote="g1_06", qstyle="outlook_ru")
ag("g1_07", "manager", "Подтверждение добавим завтра до 14:00, если кредитный комитет не задержит.", "2026-10-08", "kept")
m("g1_i1", "2026-10-07 09:20 +03:00", GROM, "n.orlova@meridianbank.ru", "Лимит Anadolu Ticaret Bankasi",
  """Наталья, добрый. Подтвердите остаток лимита на Anadolu Ticaret Bankasi — нужно 6,1 млн USD под подтверждение LC для СтепьАгроЭкспорт, срок риска до 15.12.
Спасибо.""" + SIG_GROM)
m("g1_i2", "2026-10-07 12:05 +03:00", "n.orlova@meridianbank.ru", GROM, "RE: Лимит Anadolu Ticaret Bankasi",
  """Алексей, остаток 9,4 млн USD, срок лимита до 31.03.2027. Согласую в рамках лимита, на комитет не нужно.
Н. Орлова, УКР""", reply="g1_i1", quote="g1_i1", qstyle="outlook_ru")
m("g1_08", "2026-10-08 11:30 +03:00", GROM, R_G, "RE: аккредитив турки - вышел",
  """Рустам, подтверждение добавлено, MT730 ушел в Anadolu в 11:12. Наш номер ECL-26/0512.
Комиссия спишется со счета по тарифу.""" + SIG_GROM, cc=[O_G], reply="g1_07")
m("g1_09", "2026-10-08 11:47 +03:00", R_G, GROM, "Re: аккредитив турки - вышел",
  """Спасибо!""", mid="gmail", reply="g1_08", quote="g1_08", qstyle="iphone_ru", na=False)
m("g1_x1", "2026-10-08 11:35 +03:00", GROM, "lc.ops@anadolutb.com.tr", "Your LC ATB-LC-26/4471 - our confirmation added",
  """Dear colleagues,
please note we have added our confirmation to your LC ATB-LC-26/4471 (our ref ECL-26/0512), MT730 sent today.
Please confirm receipt.
Regards,
A. Gromov, Meridian Bank, Moscow""")
m("g1_x2", "2026-10-08 11:36 +03:00", "lc.ops@anadolutb.com.tr", GROM, "Automatic reply: Your LC ATB-LC-26/4471 - our confirmation added",
  """Thank you for your e-mail. Trade Operations team is working with limited staff until 12.10.2026.
For urgent SWIFT matters please contact tradeops.urgent@anadolutb.com.tr.
This is an automatically generated message.""", reply="g1_x1",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
m("g1_10", "2026-10-14 16:20 +03:00", R_G, GROM, "таможня(((",
  """Алексей, у нас засада: таможня в Новороссийске третий день не выпускает партию, ДТ висит на проверке, судно стоит, демередж капает по 18 тыс долларов в сутки. Это не к вам претензия, просто чтобы понимали: отгрузка уйдет не раньше 19-20, документы представим позже.
Успеем в срок аккредитива? Там latest shipment 31 октября.""", mid="gmail", na=True, ans="g1_11")
COMPLAINTS.append(("g1_10", GROM, False))
m("g1_11", "2026-10-14 17:02 +03:00", GROM, R_G, "RE: таможня(((",
  """Успеете. Срок представления 21 день, LC действует до 15.12.
Если отгрузка уйдет после 31.10 — нужна поправка по 44C, запрашивайте у турок заранее.""" + SIG_GROM,
  reply="g1_10", quote="g1_10", qstyle="outlook_ru")

# FX forward, second product of the same client, a new thread from the corporate address
RB = "r.bekmurzin@stepagro.ru"
m("g1_12", "2026-11-02 10:10 +03:00", RB, GROM, "Форвард USD/RUB под выручку",
  """Алексей Викторович, добрый день.

Выручка по аккредитиву ожидается в середине декабря (около 6,1 млн USD). Хотим зафиксировать курс продажи форвардом на 15.12.2026.
Какая будет ставка? И что нужно по документам — генеральное соглашение на срочные сделки у нас с вами не подписано.

--
Бекмурзин Рустам Тимурович
Финансовый директор ООО «СтепьАгроЭкспорт»
г. Ростов-на-Дону, ул. Береговая, 29, оф. 412
моб. +7 928 614-22-07""", na=True, ans="g1_13")
m("g1_13", "2026-11-02 12:30 +03:00", GROM, RB, "RE: Форвард USD/RUB под выручку",
  """Рустам, добрый.
Индикатив форварда на 15.12 — спот + 0,62 руб. Для сделки нужно генеральное соглашение и лимит на FX-риск, лимит запрошу.
Проект ГС пришлю в четверг.""" + SIG_GROM, reply="g1_12", quote="g1_12", qstyle="outlook_ru")
ag("g1_13", "manager", "Проект ГС пришлю в четверг.", "2026-11-05", "kept")
m("g1_14", "2026-11-05 15:40 +03:00", GROM, RB, "ГС на срочные сделки - проект",
  """Рустам, проект генерального соглашения во вложении (редакция банка, на базе RISDA).
Замечания — в режиме правки.""" + SIG_GROM, cc=[O_G], reply="g1_13", noirt=True)
m("g1_15", "2026-11-10 09:05 +03:00", O_G, GROM, "Re: ГС на срочные сделки - проект",
  """Алексей Викторович, доброе утро.
Юрист посмотрела ГС, замечания в п. 4.2 (уведомления по email) и 7.1 (неустойка) — в файле.
Еще вопрос: гарантийное обеспечение по форварду требуется? Если 10% — это для нас много, деньги в обороте.

Ольга Дронова
гл. бухгалтер ООО «СтепьАгроЭкспорт»
+7 918 330-51-76""", cc=[R_G], reply="g1_14", quote="g1_14", qstyle="gmail_ru", mid="gmail", na=True, ans=None)
r_call_olga = call("2026-11-10 11:20:41", "OUT", "2214", "89183305176", 610, "ANSWERED", "", GROM, "СтепьАгроЭкспорт")
MSGS[-1]["ans"] = r_call_olga
m("g1_16", "2026-11-12 14:00 +03:00", GROM, O_G, "RE: ГС на срочные сделки - проект",
  """Ольга, по итогам звонка:
- ГО 5% вместо 10%, согласовано с рисками;
- п. 4.2 принимаем;
- п. 7.1 — оставляем нашу редакцию, это стандарт.""" + SIG_GROM, cc=[R_G], reply="g1_15", quote="g1_15", qstyle="outlook_ru")
m("g1_17", "2026-11-13 18:32 +03:00", R_G, GROM, "Re: ГС на срочные сделки - проект",
  """Алексей, ок по ГО 5%. Подписывать будем после совета директоров, он в четверг 26-го.
Давайте созвонимся в пятницу 27-го утром, тогда и курс зафиксируем.

Отправлено с iPhone""", reply="g1_16", mid="gmail", na=True, ans="g1_18")
m("g1_18", "2026-11-13 18:50 +03:00", GROM, R_G, "RE: ГС на срочные сделки - проект",
  """Договорились, наберу 27-го в 10:00.""" + SIG_GROM, reply="g1_17")
ag("g1_18", "manager", "Договорились, наберу 27-го в 10:00.", "2026-11-27", "kept")
call("2026-11-27 10:06:12", "OUT", "2214", "+79286142207", 420, "ANSWERED", "форвард, курс, подписание ГС", GROM, "СтепьАгроЭкспорт")
m("g1_19", "2026-11-27 11:15 +03:00", GROM, R_G, "Подписание ГС 01.12",
  """Рустам, как договорились: ГС подписываем во вторник 01.12 у нас, в 15:00, курс фиксируем в день подписания.
Приглашение отправил. Паспорт и доверенность на подписанта — с собой.""" + SIG_GROM, cc=[RB])
meet("stepagro-gs-0112@meridianbank.ru", "2026-12-01 15:00 +03:00", 60, GROM, [R_G, RB],
     "Подписание ГС на срочные сделки - СтепьАгроЭкспорт", "Меридиан Банк, Лесная 7, переговорная 5.2",
     "Подписание генерального соглашения, фиксация форварда USD/RUB на 15.12")
neg("СтепьАгроЭкспорт", GROM, "lc", "won", "g1_08", amount=610000000, currency="USD")
neg("СтепьАгроЭкспорт", GROM, "fxfwd", "contract", "g1_14", next_contact="2026-12-01", source="meeting",
    amount=610000000, currency="USD", close="2026-12-01")

# ---------------- ТехноИмпорт Логистик: import LC to China (won), amendment question unanswered
ZK = "zakupki@techimport-log.ru"
VK = "v.kolosov@techimport-log.ru"
m("g2_01", "2026-10-12 10:30 +03:00", ZK, GROM, "Аккредитив на поставку оборудования из Китая",
  """Добрый день, Алексей!

Ваш контакт дал Рустам Бекмурзин, сказал, что с аккредитивами вы работаете быстро.
Мы закупаем линию упаковки у Ningbo Hengda Machinery, контракт на 14,5 млн юаней. Поставщик требует безотзывный аккредитив с оплатой по предъявлении документов.
Можете открыть? Какие условия по покрытию?

С уважением,
Марина Швец
руководитель отдела ВЭД ООО «ТехноИмпорт Логистик»
тел. +7 (495) 988-17-34""", na=True, ans="g2_02")
m("g2_02", "2026-10-12 12:10 +03:00", GROM, ZK, "RE: Аккредитив на поставку оборудования из Китая",
  """Марина, добрый день.
Можем. Покрытие — либо 100% своими, либо частично в рамках кредитного лимита (нужен анализ).
Пришлите: контракт, условия LC от поставщика, отчетность за 9 мес.
Контракт на учете (УНК есть)? В каком банке?""" + SIG_GROM, reply="g2_01", quote="g2_01", qstyle="outlook_ru")
m("g2_03", "2026-10-15 09:50 +03:00", ZK, GROM, "RE: Аккредитив на поставку оборудования из Китая",
  """Алексей, высылаю контракт и требования китайцев (ниже их письмо).
УНК есть, но контракт на учете в другом банке, переведем к вам, если договоримся. Покрытие хотим 50/50: половина своими, половина кредит.
Отчетность за 9 мес будет к 20-му.

М. Швец

From: Chen Li <chen.li@ningbo-hengda.cn>
Sent: Tuesday, October 13, 2026 4:12 PM
To: zakupki@techimport-log.ru
Subject: LC requirement / Contract NH-RU-2026-118

Dear Marina,
As discussed, our LC requirements:
1. Irrevocable LC, available by payment at sight, issuing bank acceptable to Bank of Ningbo.
2. Amount CNY 14,500,000.00, currency CNY only (no USD please).
3. Latest shipment 20 January 2027, partial shipment not allowed, FOB Ningbo.
4. Confirmation by Bank of Ningbo - charges for our account.
5. LC must be received before 15 November, otherwise production slot moves to March.
Best regards,
Chen Li | Overseas Sales Manager | Ningbo Hengda Machinery Co., Ltd.""", reply="g2_02", noirt=True, na=True, ans="g2_05")
m("g2_i1", "2026-10-16 10:00 +03:00", GROM, "n.orlova@meridianbank.ru", "ТехноИмпорт Логистик - покрытие LC 50%",
  """Наталья, новый клиент, ИНН 7722845310. Импортный LC 14,5 млн CNY, хотят 50% покрытия кредитом, срок 4 мес.
Нужно ваше мнение до 21.10, у них дедлайн по поставщику 15.11. Отчетность за 9 мес будет 20-го.""" + SIG_GROM)
m("g2_i2", "2026-10-21 11:45 +03:00", "n.orlova@meridianbank.ru", GROM, "RE: ТехноИмпорт Логистик - покрытие LC 50%",
  """Алексей, готовы 50% необеспеченного покрытия при залоге оборудования (после ввоза) и поручительстве ген. директора. До ввоза — поручительство + оборот по счетам не менее 30 млн в мес.
Н.О.""", reply="g2_i1", quote="g2_i1", qstyle="outlook_ru")
m("g2_05", "2026-10-21 15:30 +03:00", GROM, ZK, "Условия: аккредитив Ningbo Hengda",
  """Марина, Виктор Павлович, добрый день.
Условия:
1) покрытие 50% депонированием, 50% — кредит под залог оборудования + поручительство ген. директора;
2) комиссия за открытие 0,2% (мин. 15 тыс. руб.), за платеж 0,15%;
3) кредит — 14,5% годовых в рублях или 11% в юанях;
4) контракт переводите на обслуживание к нам.
Отчетность за 9 мес жду.""" + SIG_GROM, cc=[VK])
m("g2_06", "2026-10-26 11:00 +03:00", VK, GROM, "RE: Условия: аккредитив Ningbo Hengda",
  """Алексей, добрый день.
11% в юанях дорого, в другом банке нам предлагают 9,5. Можете подвинуться?
И главное: аккредитив нужно открыть до 15 ноября, иначе китайцы сдвигают отгрузку на март.
Предлагаю созвониться в среду с ними вместе, чтобы снять вопросы по тексту LC.

В. П. Колосов
Генеральный директор""", reply="g2_05", cc=[ZK], na=True, ans="techimport-ningbo-2810@meridianbank.ru")
meet("techimport-ningbo-2810@meridianbank.ru", "2026-10-28 15:00 +03:00", 60, GROM, [VK, ZK, "chen.li@ningbo-hengda.cn"],
     "ТехноИмпорт / Ningbo Hengda: текст аккредитива и условия", "Zoom", "Zoom 814 552 0931, passcode 2810")
m("g2_07", "2026-10-28 17:40 +03:00", GROM, VK, "RE: Условия: аккредитив Ningbo Hengda",
  """Виктор Павлович, по итогам звонка:
- кредит в юанях — 10,25%;
- комиссия за открытие — 0,15%;
- подтверждение Bank of Ningbo — за счет поставщика, Chen Li согласен.
Заявление на аккредитив и кредитный договор пришлю до пятницы.""" + SIG_GROM, cc=[ZK], reply="g2_06")
ag("g2_07", "manager", "Заявление на аккредитив и кредитный договор пришлю до пятницы.", "2026-10-30", "kept")
m("g2_08", "2026-10-30 16:10 +03:00", GROM, VK, "Проекты документов: LC Ningbo Hengda",
  """Виктор Павлович, Марина, во вложении:
- заявление на открытие аккредитива (форма банка, заполнено по тексту согласованному с Chen Li);
- кредитный договор (кредитная линия 7 250 000 CNY);
- договор поручительства.
Просьба вернуть с замечаниями до 06.11.""" + SIG_GROM, cc=[ZK], reply="g2_07")
m("g2_09", "2026-11-09 10:15 +03:00", ZK, GROM, "Переоформление контракта / УНК",
  """Алексей, добрый день!
Контракт на обслуживание к вам перевели, УНК 26110003/3349/0000/2/1. Документы подписаны, оригиналы курьером завтра до 12.
Покрытие (3 625 000 CNY) переведем 11-го.
Напоминаю — аккредитив нужно открыть до 15-го!

Марина""", na=True, ans="g2_10")
m("g2_10", "2026-11-09 12:00 +03:00", GROM, ZK, "RE: Переоформление контракта / УНК",
  """Принято. Откроем 12-13.11 после поступления покрытия.""" + SIG_GROM, reply="g2_09", quote="g2_09", qstyle="outlook_ru")
ag("g2_10", "manager", "Откроем 12-13.11 после поступления покрытия.", "2026-11-13", "kept")
m("g2_11", "2026-11-13 17:50 +03:00", GROM, ZK, "Аккредитив открыт: ILC-26/0871",
  """Марина, Виктор Павлович,
аккредитив открыт, MT700 ушел в Bank of Ningbo в 17:31. Копия:

{1:F01MRDBRUMMAXXX0000000000}{2:I700BKNBCN2NXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:ILC-26/0871
:31C:261113
:40E:UCP LATEST VERSION
:31D:270215CHINA
:50:TECHNOIMPORT LOGISTIC LLC MOSCOW RUSSIA
:59:NINGBO HENGDA MACHINERY CO LTD NINGBO CHINA
:32B:CNY14500000,00
:41A:BKNBCN2NXXX BY PAYMENT
:43P:NOT ALLOWED
:44A:NINGBO PORT CHINA
:44C:270120
:49:CONFIRM
-}""" + SIG_GROM, cc=[VK])
m("g2_12", "2026-11-24 14:40 +03:00", ZK, GROM, "поправка к LC ILC-26/0871",
  """Алексей, добрый день.
Китайцы просят поправку: продлить срок отгрузки до 15.02.2027 и срок действия до 15.03.2027 (у них задержка с комплектующими).
Сколько стоит поправка и сколько по времени займет?

Марина Швец
+7 (495) 988-17-34""", na=True, ans=None)
neg("ТехноИмпорт Логистик", GROM, "lc", "won", "g2_11", amount=1450000000, currency="CNY", close="2026-11-15")

# ---------------- Северные Трубы: tender guarantee, lost ("выбрали другой банк")
ST = "tender@sevtruby.ru"
EM = "e.mironova@sevtruby.ru"
m("g3_01", "2026-09-24 10:00 +03:00", ST, GROM, "Запрос на тендерную гарантию",
  """Уважаемый Алексей Викторович!

АО «Северные Трубы» просит рассмотреть возможность выдачи банковской гарантии обеспечения заявки на сумму 45 000 000 (сорок пять миллионов) рублей сроком на 4 месяца для участия в закупке № 32615562210.
Заявка подается до 09.10.2026.
Просим сообщить стоимость и перечень документов.

С уважением,
Е. Миронова
ведущий специалист отдела тендеров
тел. +7 (8172) 55-10-40 доб. 118""", na=True, ans="g3_02")
m("g3_02", "2026-09-24 13:00 +03:00", GROM, ST, "RE: Запрос на тендерную гарантию",
  """Елена, добрый день.
Ставка — 2,2% годовых, мин. 30 тыс. руб.
Документы: анкета, отчетность за 2 кв., документация закупки, проект гарантии по форме заказчика.
Решение 3-4 раб. дня.""" + SIG_GROM, cc=[EM], reply="g3_01", quote="g3_01", qstyle="outlook_ru")
m("g3_03", "2026-09-29 11:10 +03:00", EM, GROM, "RE: Запрос на тендерную гарантию",
  """Алексей Викторович, добрый день!
Документы отправили через ДБО сегодня утром.
Скажите, а 1,8% возможно? Нам предлагают 1,9 в другом банке.

Миронова Елена""", reply="g3_02", na=True, ans=None)
r = call("2026-09-29 15:10:03", "OUT", "2214", "+7 (8172) 55-10-40", 190, "ANSWERED", "ставка гарантии", GROM, "Северные Трубы")
MSGS[-1]["ans"] = r
m("g3_04", "2026-09-30 10:20 +03:00", GROM, EM, "RE: Запрос на тендерную гарантию",
  """Елена, как обсуждали: 1,9%, мин. 30 тыс. Решение будет к 05.10.""" + SIG_GROM, reply="g3_03")
ag("g3_04", "manager", "Решение будет к 05.10.", "2026-10-05", "kept")
m("g3_05", "2026-10-05 16:45 +03:00", GROM, EM, "Гарантия одобрена - проект",
  """Елена, одобрено. Проект гарантии по форме заказчика во вложении, проверьте реквизиты закупки.
Выпуск — в день оплаты комиссии.""" + SIG_GROM, cc=[ST], reply="g3_04")
m("g3_06", "2026-10-06 12:20 +03:00", EM, GROM, "RE: Гарантия одобрена - проект",
  """Алексей Викторович, добрый день.
Спасибо за оперативность, но руководство приняло решение — выбрали другой банк: у них гарантия сразу попадает в реестр и нам не надо открывать там счет.
Будем рады поработать в следующий раз.

Е. Миронова""", reply="g3_05", quote="g3_05", qstyle="outlook_ru", na=False)
m("g3_07", "2026-10-06 12:41 +03:00", GROM, EM, "RE: Гарантия одобрена - проект",
  """Понял, жаль. Обращайтесь.""" + SIG_GROM, reply="g3_06")
neg("Северные Трубы", GROM, "guarantee", "lost", "g3_06", amount=4500000000, currency="RUB")

# ---------------- Фармаком: delayed payment complaint (head in Cc), import post-financing (qualified)
SB = "s.belova@farmacom.ru"
FP = "fin@farmacom.ru"
m("g4_01", "2026-10-19 12:30 +03:00", SB, GROM, "Финансирование импорта субстанций",
  """Алексей, добрый день.
Нам нужно финансирование импорта субстанций из Индии: поставщик дает отсрочку 90 дней, мы хотим растянуть до 180 — постфинансирование или кредит, объем около 2,3 млн EUR в год.
Что можете предложить?

Светлана Белова
казначей АО «Фармаком»
+7 495 640-22-19 доб. 301""", na=True, ans="g4_02")
m("g4_02", "2026-10-19 15:05 +03:00", GROM, SB, "RE: Финансирование импорта субстанций",
  """Светлана, добрый.
Можно постфинансирование через банк-корреспондент, до 180 дней, в EUR.
Пришлите контракт с поставщиком, график поставок на 2027 и отчетность за 9 мес. Ставку посчитаю после.""" + SIG_GROM,
  reply="g4_01", quote="g4_01", qstyle="outlook_ru")
m("g4_03", "2026-10-23 10:02 +03:00", SB, GROM, "RE: Финансирование импорта субстанций",
  """Алексей, контракт, график и отчетность во вложении. Ждем ставку.
С.Б.""", reply="g4_02", na=True, ans="g4_04")
m("g4_04", "2026-10-27 18:20 +03:00", GROM, SB, "RE: Финансирование импорта субстанций",
  """Светлана, документы у рисков. Ставка будет после их заключения, к концу следующей недели.""" + SIG_GROM,
  reply="g4_03")
ag("g4_04", "manager", "Ставка будет после их заключения, к концу следующей недели.", "2026-11-06", "broken")
m("g4_05", "2026-11-11 09:47 +03:00", FP, GROM, "Платеж 412 000 EUR - срочно!",
  """Алексей Викторович, Ирина Викторовна, добрый день.

Платеж в пользу Sunrise Pharma Ingredients (Индия) на 412 000 EUR отправлен нами 05.11, до сих пор не дошел, у поставщика денег нет уже 6 дней.
Ваш валютный контроль за это время ТРИЖДЫ запросил одни и те же документы (контракт и спецификацию), хотя всё есть у вас с 2024 года.
Поставщик грозит остановить отгрузку, а у нас производство.
Если вопрос не решится до пятницы, будем переводить расчеты в другой банк. Прошу дать ответ сегодня.

Пахомов Г.А.
Финансовый директор АО «Фармаком»
+7 495 640-22-10""", cc=[HEAD, SB], na=True, ans="g4_06")
COMPLAINTS.append(("g4_05", GROM, True))
m("g4_i1", "2026-11-11 10:05 +03:00", GROM, "vk@meridianbank.ru", "Фармаком: платеж 412 000 EUR от 05.11",
  """Коллеги, Фармаком, платеж 412 000 EUR от 05.11 — в чем затык? Клиент пишет директору, грозит уйти.
Почему трижды запрашивали одно и то же?""" + SIG_GROM, cc=[HEAD])
m("g4_i2", "2026-11-11 11:30 +03:00", "vk@meridianbank.ru", GROM, "RE: Фармаком: платеж 412 000 EUR от 05.11",
  """Алексей, платеж был приостановлен по 115-ФЗ: код вида валютной операции в поручении не совпадал с контрактом. Пояснения клиент дослал 10.11 вечером.
Отправлен сегодня в 11:20, MT103 во вложении.
Повторные запросы — сбой маршрутизации задач в системе, разбираемся.

Отдел валютного контроля""", cc=[HEAD], reply="g4_i1", quote="g4_i1", qstyle="outlook_ru")
m("g4_06", "2026-11-11 12:10 +03:00", GROM, FP, "RE: Платеж 412 000 EUR - срочно!",
  """Григорий Андреевич, добрый день.
Платеж отправлен сегодня в 11:20, MT103 во вложении.
Задержка — проверка по 115-ФЗ: код вида операции не совпал с контрактом, пояснения пришли 10.11. Повторные запросы документов — наша ошибка, разбираемся.
Завтра до обеда пришлю подтверждение зачисления от банка-корреспондента.""" + SIG_GROM,
  cc=[HEAD, SB], reply="g4_05", quote="g4_05", qstyle="outlook_ru")
ag("g4_06", "manager", "Завтра до обеда пришлю подтверждение зачисления от банка-корреспондента.", "2026-11-12", "kept")
m("g4_07", "2026-11-12 11:40 +03:00", GROM, FP, "RE: Платеж 412 000 EUR - срочно!",
  """Григорий Андреевич, подтверждение от корреспондента: средства зачислены на счет Sunrise Pharma Ingredients 12.11 в 09:02 CET.""" + SIG_GROM,
  cc=[HEAD, SB], reply="g4_06")
m("g4_08", "2026-11-12 12:30 +03:00", HEAD, FP, "Фармаком - приношу извинения",
  """Григорий Андреевич, добрый день.

Приношу извинения за ситуацию с платежом. Провели разбор: запросы документов дублировались из-за сбоя в маршрутизации задач валютного контроля, сбой устранен.
Предлагаю встретиться на следующей неделе — обсудить и это, и ваш запрос по постфинансированию импорта. Удобно ли в среду 18.11 в 11:00 у вас?""" + SIG_HEAD,
  cc=[GROM])
m("g4_09", "2026-11-12 13:15 +03:00", FP, HEAD, "RE: Фармаком - приношу извинения",
  """Ирина Викторовна, спасибо. Среда 18-го, 11:00 у нас — подходит. Будем я и Белова.
Г.П.""", cc=[GROM], reply="g4_08", quote="g4_08", qstyle="outlook_ru", na=False)
meet("farmacom-1811@meridianbank.ru", "2026-11-18 11:00 +03:00", 90, HEAD, [GROM, FP, SB],
     "Фармаком: разбор платежа, постфинансирование импорта", "АО «Фармаком», Варшавское ш. 125")
m("g4_10", "2026-11-19 10:30 +03:00", SB, GROM, "постфинансирование - что дальше",
  """Алексей, добрый день.
После вчерашней встречи — ждем от вас ставку по постфинансированию, как договорились, и проект договора. Ставку вы обещали еще к 6 ноября.
Пришлите, пожалуйста, на этой неделе. Честно говоря, после истории с платежом ожидали от вас большего внимания.

Светлана Белова
+7 495 640-22-19 доб. 301""", na=True, ans=None)
COMPLAINTS.append(("g4_10", GROM, True))
neg("Фармаком", GROM, "tradefin", "qualified", "g4_03", amount=230000000, currency="EUR")

# ---------------- Агрохолдинг Заря: cash management lead after a conference
AK = "a.kuznetsov@zarya-agro.ru"
m("g5_01", "2026-11-20 09:12 +03:00", AK, GROM, "payment factory",
  """Алексей, привет, это Андрей Кузнецов, пересекались на TF Forum.
У нас 14 юрлиц в группе, хотим централизовать платежи — payment factory или хотя бы host-to-host с 1С:ERP. Это вообще ваша тема?
Можем встретиться на след. неделе?

Андрей Кузнецов
казначей ГК «Заря»
+7 903 771-90-12""", na=True, ans="g5_02")
m("g5_02", "2026-11-20 10:40 +03:00", GROM, AK, "RE: payment factory",
  """Андрей, привет. Наша. Предлагаю вторник 24.11, 16:00, у вас. Возьму коллегу из cash management.""" + SIG_GROM,
  reply="g5_01", quote="g5_01", qstyle="outlook_ru")
meet("zarya-cm-2411@meridianbank.ru", "2026-11-24 16:00 +03:00", 90, GROM, [AK],
     "ГК Заря: host-to-host / payment factory", "ГК «Заря», Пресненская наб. 10, башня C, 31 эт.")
m("g5_03", "2026-11-25 09:30 +03:00", GROM, AK, "ГК Заря - итоги встречи",
  """Андрей, спасибо за встречу.
Как договорились: до 04.12 пришлю описание H2H и коммерческое предложение по payment factory.
От вас — список банков и объемы платежей по юрлицам.""" + SIG_GROM)
ag("g5_03", "manager", "Как договорились: до 04.12 пришлю описание H2H и коммерческое предложение по payment factory.", "2026-12-04", "open")
m("g5_04", "2026-11-26 17:05 +03:00", AK, GROM, "Re: ГК Заря - итоги встречи",
  """Список банков и объемы по юрлицам — в файле.
Сразу скажу: в Сбере у нас уже H2H, переезжать будем, только если выйдет дешевле и без доработок 1С с нашей стороны.
А.""", reply="g5_03", na=False)
neg("Агрохолдинг Заря", GROM, "cashmgmt", "qualified", "zarya-cm-2411@meridianbank.ru",
    next_contact="2026-12-04", source="manager_promise")

ag("g2_03", "client", "Отчетность за 9 мес будет к 20-му.", "2026-10-20", "broken")
ag("g2_09", "client", "Покрытие (3 625 000 CNY) переведем 11-го.", "2026-11-11", "kept")
meet("stepagro-karadeniz-0110@meridianbank.ru", "2026-10-01 12:00 +03:00", 45, GROM, [R_G, O_G, "murat.demir@karadenizgida.com.tr"],
     "СтепьАгро / Karadeniz Gida: текст LC (49 CONFIRM, 46A, 48)", "Google Meet", "meet.google.com/xkp-rtaq-fne")
meet("techimport-sign-1011@meridianbank.ru", "2026-11-10 12:00 +03:00", 60, GROM, [VK, ZK],
     "Подписание кредитного договора и заявления на LC - ТехноИмпорт", "Меридиан Банк, Лесная 7, переговорная 3.1")
call("2026-11-11 09:31:55", "IN", "2214", "74956402210", 0, "NO ANSWER", "", GROM, "Фармаком")
call("2026-11-11 12:18:40", "OUT", "2214", "84956402210", 365, "ANSWERED", "Пахомов, платеж ушел", GROM, "Фармаком")
call("2026-11-13 18:02:10", "OUT", "2214", "+7 495 988 17 34", 95, "ANSWERED", "LC открыт", GROM, "ТехноИмпорт Логистик")
call("2026-10-19 14:55:00", "IN", "2214", "+7 495 640-22-19", 240, "ANSWERED", "Белова, постфин", GROM, "Фармаком")

# =====================================================================================
# Динара Касымова (Almaty, UTC+5).  KazGrain: pre-export financing (contract)
# =====================================================================================
ES = "treasury@kazgrain.kz"
AN = "aigerim.n@kazgrain.kz"
m("k1_01", "2026-09-23 10:20 +05:00", ES, KAS, "Предэкспортное финансирование - KazGrain",
  """Динара, добрый день!

По рекомендации вашего филиала обращаемся по предэкспортному финансированию. У нас контракт с Xinjiang Tianshan Grain на поставку пшеницы в Китай, 60 000 т, отгрузки ноябрь-март.
Нужно USD 5 млн на 9 месяцев под закуп зерна у фермеров. Залог — зерновые расписки.
Рассмотрите, пожалуйста. Какие документы нужны?

С уважением,
Ерлан Сатпаев
Казначей ТОО «KazGrain Trading»
г. Алматы, пр. Аль-Фараби 77/7, БЦ «Esentai Tower», 14 эт.
тел. +7 727 331-45-90""", na=True, ans="k1_02")
m("k1_02", "2026-09-23 15:45 +05:00", KAS, ES, "RE: Предэкспортное финансирование - KazGrain",
  """Ерлан, добрый день!

Спасибо за обращение, тема для нас профильная. Для предварительного рассмотрения пришлите, пожалуйста:
— контракт с Xinjiang Tianshan Grain со всеми приложениями;
— финансовую отчетность за 2025 год и 6 мес. 2026;
— перечень элеваторов и объем зерна под расписками на сегодня;
— как покупатель планирует платить: аккредитив или прямой перевод.
После этого смогу дать индикативные условия.""" + SIG_KAS, reply="k1_01", quote="k1_01", qstyle="outlook_ru")
m("k1_03", "2026-09-30 11:05 +05:00", AN, KAS, "документы KazGrain",
  """Динара, здравствуйте!
Отправляю документы по списку Ерлана (4 файла). Зерно под расписками сейчас 38 000 т на трех элеваторах.
Вопрос: нам обязательно, чтобы китайцы открывали аккредитив? Они не очень хотят, предлагают 30% предоплату и остальное по факту.

Айгерим Нурланова
финансовый менеджер""", cc=[ES], na=True, ans="k1_04")
m("k1_04", "2026-10-01 09:40 +05:00", KAS, AN, "RE: документы KazGrain",
  """Айгерим, добрый день!
Документы получила, спасибо.
Аккредитив не обязателен, но с ним ставка будет заметно ниже: мы финансируем под выручку по LC, риск на банк покупателя, а не на вас. Без LC — только под залог расписок с дисконтом 30%.
Индикативные условия направлю до 9 октября, в двух вариантах.""" + SIG_KAS, cc=[ES], reply="k1_03", quote="k1_03", qstyle="outlook_ru")
ag("k1_04", "manager", "Индикативные условия направлю до 9 октября, в двух вариантах.", "2026-10-09", "kept")
m("k1_i1", "2026-10-02 10:15 +05:00", KAS, "a.zhakenov@meridianbank.kz", "KazGrain - PXF 5 млн USD",
  """Арман, привет! Нужна твоя оценка по KazGrain Trading: PXF USD 5 млн, 9 мес., залог зерновые расписки, покупатель Xinjiang Tianshan Grain. Два варианта: под LC Bank of China и без LC.
Документы в папке клиента. Хорошо бы к 7-му.""" + SIG_KAS)
m("k1_i2", "2026-10-07 17:30 +05:00", "a.zhakenov@meridianbank.kz", KAS, "RE: KazGrain - PXF 5 млн USD",
  """Динара, вариант с LC — ок, SOFR + 4,2%, дисконт расписок 20%. Без LC — не ниже SOFR + 5,5% и дисконт 35%, я бы не рекомендовал.
А.Ж.""", reply="k1_i1")
m("k1_05", "2026-10-08 12:00 +05:00", KAS, ES, "KazGrain - индикативные условия PXF",
  """Ерлан, Айгерим, добрый день!

Направляю индикативные условия (не являются офертой):
Вариант A (с аккредитивом покупателя): USD 5 млн, 9 мес., SOFR + 4,2% годовых, комиссия за организацию 0,75%, залог зерновых расписок с дисконтом 20%, переуступка выручки по LC.
Вариант B (без аккредитива): SOFR + 5,5%, дисконт 35%.
Рекомендую вариант A.""" + SIG_KAS, cc=[AN])
m("k1_06", "2026-10-14 16:30 +05:00", ES, KAS, "RE: KazGrain - индикативные условия PXF",
  """Динара, добрый день.
Вариант A интересен, но ставка высокая — Халык предлагает SOFR + 3,8%. Готовы ли вы на SOFR + 4,0% с комиссией 0,5%?
И давайте сделаем видеозвонок с покупателем — они хотят понять схему с аккредитивом. Предлагаю вторник 20.10, 11:00 по Алматы.

Е. Сатпаев""", cc=[AN], reply="k1_05", na=True, ans="kazgrain-tianshan-2010@meridianbank.kz")
meet("kazgrain-tianshan-2010@meridianbank.kz", "2026-10-20 11:00 +05:00", 60, KAS,
     [ES, AN, "wang.jun@xj-tianshangrain.cn"], "KazGrain / Xinjiang Tianshan Grain: схема PXF и LC", "MS Teams",
     "Teams meeting ID 327 118 904 55")
m("k1_07", "2026-10-21 10:10 +05:00", KAS, ES, "KazGrain - итоги звонка 20.10",
  """Ерлан, Айгерим, добрый день!
Итоги вчерашнего звонка:
— покупатель откроет LC через Bank of China, Urumqi Branch, на каждую партию;
— ставка SOFR + 4,0%, комиссия 0,6% — согласовано с рисками;
— кредитный комитет — 05.11, по итогам сообщу в тот же день.""" + SIG_KAS, cc=[AN], reply="k1_06")
ag("k1_07", "manager", "кредитный комитет — 05.11, по итогам сообщу в тот же день.", "2026-11-05", "kept")
m("k1_08", "2026-11-05 18:20 +05:00", KAS, ES, "KazGrain - решение КК",
  """Ерлан, добрый вечер!
Кредитный комитет одобрил PXF USD 5 млн на согласованных условиях. Проект кредитного соглашения направлю до 13.11.""" + SIG_KAS,
  cc=[AN], reply="k1_07")
ag("k1_08", "manager", "Проект кредитного соглашения направлю до 13.11.", "2026-11-13", "broken")
m("k1_09", "2026-11-17 09:10 +05:00", ES, KAS, "RE: KazGrain - решение КК",
  """Динара, добрый день.
Договор обещали до 13-го, сегодня 17-е, от вас тишина. Покупатель уже спрашивает, сезон уходит, фермерам надо платить.
Когда будет проект?

Е. Сатпаев
+7 727 331-45-90""", reply="k1_08", quote="k1_08", qstyle="outlook_ru", na=True, ans="k1_10")
COMPLAINTS.append(("k1_09", KAS, True))
m("k1_10", "2026-11-17 11:30 +05:00", KAS, ES, "RE: KazGrain - решение КК",
  """Ерлан, извините за задержку — юристы головного офиса переделывали раздел о залоге расписок под новую редакцию закона.
Проект пришлю до 20.11 включительно.""" + SIG_KAS, cc=[AN], reply="k1_09", quote="k1_09", qstyle="outlook_ru")
ag("k1_10", "manager", "Проект пришлю до 20.11 включительно.", "2026-11-20", "kept")
m("k1_11", "2026-11-20 16:50 +05:00", KAS, ES, "KazGrain - проект кредитного соглашения",
  """Ерлан, Айгерим, добрый день!
Во вложении проект кредитного соглашения (PXF) и договора залога зерновых расписок. Замечания прошу в режиме исправлений.""" + SIG_KAS,
  cc=[AN], reply="k1_10")
m("k1_12", "2026-11-25 14:05 +05:00", AN, KAS, "Re: KazGrain - проект кредитного соглашения",
  """Динара, добрый день!
Замечания юристов в файле (в основном ковенанты и п. 9 про кросс-дефолт).
Предлагаю созвон в понедельник 30.11 в 15:00 по Алматы, чтобы пройтись по ним. И важно: деньги нужны до 15.12, иначе заходим в сезон без финансирования.

Айгерим""", cc=[ES], reply="k1_11", quote="k1_11", qstyle="gmail_ru", na=True, ans="k1_13")
m("k1_13", "2026-11-25 15:20 +05:00", KAS, AN, "RE: Re: KazGrain - проект кредитного соглашения",
  """Айгерим, подтверждаю 30.11 в 15:00, приглашение отправила. Подключу юриста.""" + SIG_KAS, cc=[ES], reply="k1_12")
meet("kazgrain-legal-3011@meridianbank.kz", "2026-11-30 15:00 +05:00", 60, KAS, [AN, ES],
     "KazGrain: замечания к кредитному соглашению PXF", "MS Teams")
call("2026-11-05 16:25:30", "OUT", "7015", "+77273314590", 180, "ANSWERED", "решение КК", KAS, "KazGrain Trading")
neg("KazGrain Trading", KAS, "tradefin", "contract", "k1_11", next_contact="2026-11-30", source="meeting",
    amount=500000000, currency="USD", close="2026-12-15")

# ---------------- Altyn Su Construction: advance payment guarantee; silent after the term sheet
# (in English: the client keeps the Turkish main contractor in copy)
BO = "b.ospanov@altynsu.kz"
CA = "c.aydin@eksen-insaat.com.tr"
m("k2_01", "2026-10-02 09:30 +05:00", BO, KAS, "Advance payment guarantee - Eksen Insaat",
  """Dinara, hello!
Writing in English so that Cem from Eksen can follow (in copy).
We need an advance payment guarantee for KZT 1.2 bn in favour of Eksen Insaat (Turkey) - we are their subcontractor on the residential complex in Astana. They require URDG 758 and either confirmation by their bank (Garanti BBVA) or a counter-guarantee structure.
Timing is tight, they want to pay the advance in November.

Baurzhan Ospanov
CFO, Altyn Su Construction LLP
+7 701 555 38 12""", cc=[CA], na=True, ans="k2_02")
m("k2_02", "2026-10-02 12:15 +05:00", KAS, BO, "RE: Advance payment guarantee - Eksen Insaat",
  """Dear Baurzhan, dear Mr Aydin,

Both options are possible: a direct guarantee under URDG 758, or our counter-guarantee to Garanti BBVA (their fee would then be for Altyn Su's account as well).
Baurzhan, could you please send the subcontract, Eksen's guarantee wording and your latest financial statements? If useful, I can join a call with Eksen's finance team.""" + SIG_KAS,
  cc=[CA], reply="k2_01", quote="k2_01", qstyle="outlook_en")
m("k2_03", "2026-10-07 17:40 +05:00", BO, KAS, "FW: APG wording Eksen",
  """Dinara, see below what Eksen sent. Could we do the call on Friday 9th at 14:00 Almaty time?

From: Cem Aydin <c.aydin@eksen-insaat.com.tr>
Sent: Wednesday, October 7, 2026 11:02 AM
To: b.ospanov@altynsu.kz
Subject: APG wording

Dear Baurzhan,
Please find attached our standard APG wording. Key points: URDG 758, amount KZT 1,200,000,000 reducing pro rata with progress certificates, expiry 30.09.2027, governed by English law, demand to be presented via Garanti BBVA Istanbul.
We need the guarantee before we release the advance.
Regards, Cem Aydin, Finance Manager, Eksen Insaat""", reply="k2_02", noirt=True, na=True, ans="altynsu-eksen-0910@meridianbank.kz")
meet("altynsu-eksen-0910@meridianbank.kz", "2026-10-09 14:00 +05:00", 45, KAS, [BO, CA],
     "Altyn Su / Eksen Insaat: APG wording", "Zoom")
m("k2_04", "2026-10-13 10:30 +05:00", KAS, BO, "Altyn Su - term sheet, advance payment guarantee",
  """Dear Baurzhan,

Following our call with Eksen, please find our term sheet:
- direct guarantee under URDG 758, KZT 1,200,000,000, reducing with progress certificates, expiry 30.09.2027;
- fee 1.8% p.a. on the outstanding amount;
- security: 30% cash cover, the rest a pledge of construction machinery;
- English law acceptable, with arbitration at the AIFC.
I would appreciate your decision by the end of the month.""" + SIG_KAS)
m("k2_05", "2026-10-27 11:00 +05:00", KAS, BO, "RE: Altyn Su - term sheet, advance payment guarantee",
  """Dear Baurzhan, is there a decision on the term sheet? If the advance is due in November, we should start the paperwork now.""" + SIG_KAS,
  reply="k2_04")
m("k2_06", "2026-11-10 10:20 +05:00", KAS, BO, "RE: Altyn Su - term sheet, advance payment guarantee",
  """Baurzhan, just following up. If the terms do not work for you, tell me and we will look at the cash cover again.""" + SIG_KAS, reply="k2_05")
m("k2_07", "2026-11-16 13:05 +03:00", CA, KAS, "Altyn Su APG - status?",
  """Dear Ms Kassymova,
Could you please confirm the status of the advance payment guarantee for Altyn Su? Our advance payment is on hold until we receive it, and we cannot reach Baurzhan.
Best regards,
Cem Aydin
Finance Manager, Eksen Insaat""")
m("k2_08", "2026-11-16 16:40 +05:00", KAS, CA, "RE: Altyn Su APG - status?",
  """Dear Mr Aydin,
Thank you for your message. I am afraid I cannot share details of a client's application without the client's consent; please check with Altyn Su directly.""" + SIG_KAS, reply="k2_07", quote="k2_07", qstyle="outlook_en")
call("2026-11-18 12:40:00", "OUT", "7015", "87015553812", 0, "NO ANSWER", "", KAS, "Altyn Su Construction")
neg("Altyn Su Construction", KAS, "guarantee", "proposal", "k2_04", amount=120000000000, currency="KZT")

# ---------------- Евразия Текстиль: import LC to India (won); grievance about the supplier's bank
EZ = "e.zhukova@eurasiatex.ru"
m("k3_01", "2026-09-25 10:00 +03:00", EZ, KAS, "аккредитив Индия пряжа",
  """Динара Ерлановна, добрый день!
Нам нужен аккредитив в пользу индийского поставщика пряжи Shree Ganesh Yarns, 780 000 USD, оплата через 60 дней после отгрузки (deferred payment). Покрытие — свои средства на счете в вашем филиале.
Сможете открыть до 10 октября? У поставщика слот на отгрузку 12-го.

Евгения Жукова
начальник финансового отдела ООО «Евразия Текстиль»
+7 (495) 212-40-66""", na=True, ans="k3_02")
m("k3_02", "2026-09-25 13:30 +05:00", KAS, EZ, "RE: аккредитив Индия пряжа",
  """Евгения, добрый день!
Да, успеем. Тарифы: открытие 0,15% (мин. 100 USD), отсроченный платеж 0,1% в месяц на сумму, платеж 0,1%. При 100% покрытии — без лимита.
Форма заявления во вложении. Если у поставщика есть требования к тексту — пришлите, сверим до подачи.""" + SIG_KAS,
  reply="k3_01", quote="k3_01", qstyle="outlook_ru")
meet("eurasiatex-shree-2809@meridianbank.kz", "2026-09-28 13:00 +05:00", 30, KAS, [EZ, "export@shreeganeshyarns.in"],
     "Евразия Текстиль / Shree Ganesh: LC terms", "Zoom")
m("k3_03", "2026-09-29 09:15 +03:00", EZ, KAS, "RE: аккредитив Индия пряжа",
  """Динара, заявление во вложении. Ниже требования индийцев после вчерашнего звонка — нужно ли подтверждение? Они сначала хотели, потом сказали не обязательно.

-----Original Message-----
From: Rajesh Mehta <export@shreeganeshyarns.in>
Sent: Monday, September 28, 2026 6:40 PM
To: e.zhukova@eurasiatex.ru
Subject: LC terms - PI SGY/2026/077

Dear Madam,
Thank you for the call. Our requirements:
- advising bank: Bharat Mercantile Bank, Coimbatore, SWIFT BMBLINBBCBE
- payment 60 days from B/L date
- documents: invoice, packing list, B/L, certificate of origin, test report
- confirmation: not required if issuing bank is acceptable to Bharat Mercantile
Regards, Rajesh Mehta""", reply="k3_02", na=True, ans="k3_04")
m("k3_04", "2026-09-30 10:05 +05:00", KAS, EZ, "RE: аккредитив Индия пряжа",
  """Евгения, добрый день!
Подтверждение не нужно: у Bharat Mercantile есть с нами корреспондентские отношения, они нас принимают.
В заявлении поправила два момента: test report — указать, кем выдан; B/L — "to order of Meridian Bank". Откроем 05.10 при поступлении покрытия.""" + SIG_KAS,
  reply="k3_03", quote="k3_03", qstyle="outlook_ru")
ag("k3_04", "manager", "Откроем 05.10 при поступлении покрытия.", "2026-10-05", "kept")
m("k3_05", "2026-10-05 15:20 +05:00", KAS, EZ, "Аккредитив открыт ILC-KZ-26/0144",
  """Евгения, аккредитив открыт, MT700 ушел в Bharat Mercantile Bank в 15:02.
:20:ILC-KZ-26/0144
:31D:261231INDIA
:32B:USD780000,00
:42P:60 DAYS AFTER B/L DATE
Копия SWIFT во вложении.""" + SIG_KAS)
m("k3_06", "2026-10-26 12:40 +03:00", EZ, KAS, "индийский банк не шлет документы",
  """Динара, добрый день.
Bharat Mercantile до сих пор не отправил документы, хотя отгрузка была 12.10. Поставщик говорит, у них Дивали и банк работает через день. У нас из-за этого груз стоит в порту без документов, платим за хранение.
Можете запросить у них по SWIFT?

Е. Жукова""", na=True, ans="k3_07")
COMPLAINTS.append(("k3_06", KAS, False))
m("k3_07", "2026-10-26 15:10 +05:00", KAS, EZ, "RE: индийский банк не шлет документы",
  """Евгения, направила им MT799 с запросом статуса. Сообщу, как только будет ответ.""" + SIG_KAS, reply="k3_06")
ag("k3_07", "manager", "Сообщу, как только будет ответ.", None, "kept")
m("k3_08", "2026-10-29 11:00 +05:00", KAS, EZ, "RE: индийский банк не шлет документы",
  """Евгения, документы пришли DHL сегодня, расхождений нет. Оригиналы передаем вам, платеж по сроку — 11.12.""" + SIG_KAS,
  reply="k3_07")
m("k3_09", "2026-10-29 09:20 +03:00", EZ, KAS, "RE: индийский банк не шлет документы",
  """Спасибо большое!""", reply="k3_08", quote="k3_08", qstyle="mailru", na=False)
neg("Евразия Текстиль", KAS, "lc", "won", "k3_05", amount=78000000, currency="USD", close="2026-10-10")

# ---------------- Caspian Logistics Group: FX hedge lead
TA = "t.akhmetov@caspianlog.kz"
m("k4_01", "2026-11-16 15:00 +05:00", TA, KAS, "хеджирование USD/KZT",
  """Динара, добрый день. Вас рекомендовала Айгерим из KazGrain.
У нас валютная выручка около USD 400 тыс. в месяц, расходы в тенге. Хотим хеджировать USD/KZT на полгода вперед. Вы такое делаете для казахстанских компаний? Какие минимальные суммы?

Тимур Ахметов
CFO, Caspian Logistics Group
моб. +7 701 920 44 18""", na=True, ans="k4_02")
m("k4_02", "2026-11-17 10:00 +05:00", KAS, TA, "RE: хеджирование USD/KZT",
  """Тимур, добрый день!
Да, делаем: форварды USD/KZT до 12 месяцев, минимальная сделка USD 100 тыс. Нужен счет в филиале и генеральное соглашение.
Предлагаю созвониться в четверг 26.11 в 11:00 — расскажу про механику и обеспечение.""" + SIG_KAS,
  reply="k4_01", quote="k4_01", qstyle="outlook_ru")
call("2026-11-26 09:02:11", "OUT", "7015", "+7 701 920-44-18", 905, "ANSWERED", "FX hedge, объемы", KAS, "Caspian Logistics Group")
m("k4_03", "2026-11-26 12:40 +05:00", KAS, TA, "Caspian Logistics - форварды USD/KZT",
  """Тимур, спасибо за разговор.
Как договорились, индикативные котировки форвардов на 3 и 6 месяцев направлю в понедельник 30.11. От вас — помесячный план выручки на 2027.""" + SIG_KAS)
ag("k4_03", "manager", "Как договорились, индикативные котировки форвардов на 3 и 6 месяцев направлю в понедельник 30.11.", "2026-11-30", "open")
neg("Caspian Logistics Group", KAS, "fxfwd", "qualified", "k4_03", next_contact="2026-11-30", source="manager_promise")

# ---------------- ИП Серикова (gmail, not in the directory): small import LC
ZH = "zhanna.serikova.ip@gmail.com"
m("k5_01", "2026-11-05 20:45 +05:00", ZH, KAS, "аккредитив для ИП",
  """Здравствуйте!
Я ИП, вожу из Китая кухонное оборудование для кафе, партия примерно 85 000 долларов. Поставщик предлагает аккредитив вместо 100% предоплаты. Сколько это стоит для ИП и можно без залога?
Жанна
+7 777 218 63 09""", mid="gmail", na=True, ans="k5_02")
m("k5_02", "2026-11-06 09:30 +05:00", KAS, ZH, "Re: аккредитив для ИП",
  """Жанна, добрый день!
Для ИП аккредитив открываем при 100% покрытии — это ваши деньги на отдельном счете, залог не нужен. Комиссия за открытие 0,15%, минимум 100 USD.
Если удобно, приходите в филиал в среду 11.11 в 10:00, разберем контракт с поставщиком.""" + SIG_KAS,
  reply="k5_01", quote="k5_01", qstyle="gmail_ru")
meet("serikova-1111@meridianbank.kz", "2026-11-11 10:00 +05:00", 45, KAS, [ZH],
     "ИП Серикова - консультация по аккредитиву", "Филиал, пр. Достык 132, каб. 305")
m("k5_03", "2026-11-11 18:02 +05:00", ZH, KAS, "Re: аккредитив для ИП",
  """Динара, спасибо за консультацию, всё стало понятнее. Я подумаю и вернусь после разговора с поставщиком.""",
  reply="k5_02", mid="gmail", na=False)
ag("k5_03", "client", "Я подумаю и вернусь после разговора с поставщиком.", None, "open")
call("2026-11-06 08:10:45", "IN", "7015", "87772186309", 140, "ANSWERED", "", KAS, ZH)
neg(ZH, KAS, "lc", "qualified", "serikova-1111@meridianbank.kz", amount=8500000, currency="USD")

# =====================================================================================
# Oliver Hartley (Dubai, English only).  Al Noor: LC issuance facility (contract)
# =====================================================================================
KH = "karim.haddad@alnoorfze.ae"
PN = "finance@alnoorfze.ae"
m("h1_01", "2026-09-30 10:15 +04:00", KH, HART, "LC facility for sunflower oil imports",
  """Dear Oliver,

Good to meet you at the Gulf Trade Finance breakfast last week.
As mentioned, we import sunflower oil and meal from Russia (Rostov and Krasnodar crushers). Our suppliers increasingly want LCs issued by a Russian bank, as payments from UAE banks take weeks now.
We would need an LC issuance facility of around USD 8.4 million for Q1 2027 shipments. Is this something Meridian can do from Moscow?

Best regards,
Karim Haddad
Managing Director | Al Noor Commodities FZE
JAFZA One, Tower B, Office 1207, Dubai
M +971 50 662 3417""", na=True, ans="h1_02")
m("h1_02", "2026-09-30 14:40 +04:00", HART, KH, "RE: LC facility for sunflower oil imports",
  """Dear Karim,

Thank you, a pleasure to hear from you.
Yes, this is squarely what we do - the facility would be booked in Moscow, and I coordinate from here.
Could we meet at your office on Tuesday 6 October at 10:00? It would help to see the supplier contracts and your latest audited financials.""" + SIG_HART,
  reply="h1_01", quote="h1_01", qstyle="outlook_en")
meet("alnoor-0610@meridianbank.ae", "2026-10-06 10:00 +04:00", 60, HART, [KH, PN],
     "Al Noor Commodities - LC issuance facility", "JAFZA One, Tower B, Office 1207")
m("h1_03", "2026-10-08 09:20 +04:00", HART, KH, "Al Noor - follow-up from Tuesday",
  """Dear Karim,

Thank you and Priya for your time on Tuesday.
As agreed, I will send an indicative term sheet by 16 October. In the meantime, could Priya share the 2025 audited accounts and the Q1 shipment schedule?""" + SIG_HART, cc=[PN])
ag("h1_03", "manager", "As agreed, I will send an indicative term sheet by 16 October.", "2026-10-16", "kept")
m("h1_04", "2026-10-15 17:05 +04:00", HART, KH, "Al Noor - indicative term sheet",
  """Dear Karim, dear Priya,

Please find below our indicative terms (subject to credit approval):
- Facility: LC issuance, USD 8,400,000, revolving, 12 months
- Tenor of LCs: up to 90 days
- Cash margin: 25% at issuance
- Issuance fee: 0.35% per quarter or part thereof, min USD 500
- Currencies: USD, CNY, RUB
- Security: cash margin pledge, corporate guarantee of Al Noor Holding

Happy to discuss.""" + SIG_HART, cc=[PN], reply="h1_03")
m("h1_05", "2026-10-22 11:30 +04:00", PN, HART, "RE: Al Noor - indicative term sheet",
  """Hi Oliver,

Thanks for the terms. Cash margin of 25% is high for us - it ties up USD 2.1m. We can do 15% together with an assignment of receivables from our off-takers in Oman and Saudi.
Also, can the LCs be issued in CNY? Two of our crushers asked for yuan.

Regards,
Priya Nair
CFO, Al Noor Commodities FZE""", cc=[KH], reply="h1_04", na=True, ans="h1_06")
m("h1_06", "2026-10-23 09:45 +04:00", HART, PN, "RE: Al Noor - indicative term sheet",
  """Hi Priya,

CNY is fine. 15% would only work with the assignment plus credit insurance on the off-takers. Let me check with credit and revert.""" + SIG_HART, cc=[KH], reply="h1_05")
ag("h1_06", "manager", "Let me check with credit and revert.", None, "kept")
m("h1_07", "2026-11-03 16:10 +04:00", HART, PN, "RE: Al Noor - indicative term sheet",
  """Hi Priya, Karim,

Credit came back: 20% cash margin with the assignment of receivables, no insurance needed. Everything else as in the term sheet.""" + SIG_HART,
  cc=[KH], reply="h1_06")
m("h1_08", "2026-11-05 08:55 +04:00", KH, HART, "RE: Al Noor - indicative term sheet",
  """Oliver,
20% is acceptable in principle. I need to take it to our board - let's reconnect after the board on Thursday 19th.
Karim""", reply="h1_07", quote="h1_07", qstyle="iphone_en", na=True, ans="h1_09")
m("h1_09", "2026-11-05 10:00 +04:00", HART, KH, "RE: Al Noor - indicative term sheet",
  """Sure, Karim. I'll call you on Friday 20th, after your board.""" + SIG_HART, reply="h1_08")
ag("h1_09", "manager", "I'll call you on Friday 20th, after your board.", "2026-11-20", "kept")
call("2026-11-20 11:40:00", "OUT", "9730", "+971 50 662 3417", 540, "ANSWERED", "Al Noor board ok", HART, "Al Noor Commodities FZE")
m("h1_10", "2026-11-20 13:25 +04:00", KH, HART, "Al Noor - board approval",
  """Oliver,

As discussed on the phone, the board approved the 20% cash margin structure.
Please send the facility agreement draft. We would like the first LC issued by 10 December for January loading in Novorossiysk.

Karim Haddad
Managing Director | Al Noor Commodities FZE
M +971 50 662 3417""", cc=[PN], na=True, ans="h1_11")
m("h1_11", "2026-11-23 15:00 +04:00", HART, KH, "RE: Al Noor - board approval",
  """Dear Karim,

Great news. Attached: the draft facility agreement, the cash margin pledge and our LC application form.
Our legal team will also need the board resolution and specimen signatures before first utilisation.""" + SIG_HART,
  cc=[PN], reply="h1_10", quote="h1_10", qstyle="outlook_en")
m("h1_12", "2026-11-26 12:10 +04:00", PN, HART, "RE: Al Noor - board approval",
  """Hi Oliver, our lawyers will revert with comments by Tuesday. Board resolution attached.
Priya""", cc=[KH], reply="h1_11", na=False)
ag("h1_12", "client", "Hi Oliver, our lawyers will revert with comments by Tuesday.", "2026-12-01", "open")
m("h1_13", "2026-11-26 13:00 +04:00", HART, PN, "RE: Al Noor - board approval",
  """Thanks Priya. I'll call you on Wednesday to go through the comments.""" + SIG_HART, reply="h1_12")
ag("h1_13", "manager", "I'll call you on Wednesday to go through the comments.", "2026-12-02", "open")
neg("Al Noor Commodities FZE", HART, "lc", "contract", "h1_11", next_contact="2026-12-02", source="manager_promise",
    amount=840000000, currency="USD", close="2026-12-10")

# ---------------- Rheinhold: German parent + Russian subsidiary, host-to-host cash management (contract)
MW = "m.weber@rheinhold.de"
DF = "d.fomin@rheinhold.ru"
m("h2_01", "2026-09-24 09:30 +02:00", MW, HART, "Host-to-host for Rheinhold Rus",
  """Dear Mr Hartley,

we met briefly at Sibos in Toronto. Our Russian subsidiary, OOO Rheinhold Rus, needs a new bank for its payments, and Group Treasury wants a host-to-host connection from our SAP S/4HANA (ISO 20022 pain.001 out, camt.053 or MT940 back), roughly 1,200 payments per month, all RUB domestic plus some CNY.
Is this something Meridian could offer? Mr Fomin, the CFO in Moscow, is in copy.

Mit freundlichen Grüßen / Best regards
Markus Weber
Head of Group Treasury Operations
Rheinhold Industrietechnik GmbH | Heilbronner Str. 140 | 70191 Stuttgart
Tel. +49 711 4408-210""", cc=[DF], na=True, ans="h2_02")
m("h2_02", "2026-09-25 10:05 +04:00", HART, MW, "RE: Host-to-host for Rheinhold Rus",
  """Dear Mr Weber,

Thank you for getting in touch - yes, we run host-to-host for several German and Austrian groups' Russian subsidiaries, SAP included.
I suggest a kick-off call with our cash management product team and Mr Fomin. Would Thursday 1 October, 09:00 CET work?""" + SIG_HART,
  cc=[DF], reply="h2_01", quote="h2_01", qstyle="outlook_en")
meet("rheinhold-kickoff-0110@meridianbank.ae", "2026-10-01 11:00 +04:00", 60, HART, [MW, DF],
     "Rheinhold - H2H kick-off", "MS Teams")
m("h2_03", "2026-10-02 12:30 +03:00", DF, HART, "Тарифы и выписки",
  """Оливер, добрый день.
Спасибо за вчерашний звонок. Пришлите, пожалуйста, тарифы на платежи и формат выписки — нужно согласовать с бухгалтерией.
И вопрос по валютному контролю: сможете ли вы ставить контракты на учет по электронным документам, которые выгружаются из SAP?

Дмитрий Фомин
Финансовый директор ООО «Райнхольд Рус»
+7 495 933-61-20""", cc=[MW], na=True, ans="h2_04")
m("h2_04", "2026-10-05 10:15 +04:00", HART, DF, "RE: Тарифы и выписки",
  """Dear Dmitry,

Apologies for answering in English.
1) Tariffs: RUB 25 per payment via H2H, connection fee waived, statements free of charge.
2) Statements: camt.053 or MT940, intraday MT942 on request.
3) FX control: yes, contracts can be registered from electronic documents uploaded to our Meridian Business portal, no paper needed.
I'll send the technical specification for pain.001 by Friday.""" + SIG_HART, cc=[MW], reply="h2_03", quote="h2_03", qstyle="outlook_en")
ag("h2_04", "manager", "I'll send the technical specification for pain.001 by Friday.", "2026-10-09", "kept")
m("h2_05", "2026-10-09 16:40 +04:00", HART, MW, "Rheinhold - H2H technical specification and pricing",
  """Dear Markus, dear Dmitry,

As promised, attached is the technical specification (pain.001.001.09, camt.053.001.08, SFTP with PGP).
Commercial offer for Rheinhold Rus: RUB 25 per payment, CNY payments 0.1% (min. USD 30), free statements, no connection fee, dedicated support line.""" + SIG_HART, cc=[DF])
m("h2_06", "2026-10-20 14:10 +02:00", MW, HART, "AW: Rheinhold - H2H technical specification and pricing",
  """Dear Oliver,

thank you. Two points from our side:
1. Our IT would need a test environment before signing anything.
2. Group policy requires pricing to be fixed for 3 years.
Can you do both?

Best regards
Markus Weber""", cc=[DF], reply="h2_05", na=True, ans="h2_07")
m("h2_07", "2026-10-21 09:30 +04:00", HART, MW, "RE: AW: Rheinhold - H2H technical specification and pricing",
  """Dear Markus,

1. Test environment: yes, available from 2 November, credentials go to your IT on request.
2. We can fix pricing for 2 years; 3 years is not possible under our tariff policy.""" + SIG_HART, cc=[DF], reply="h2_06", quote="h2_06", qstyle="outlook_en")
m("h2_08", "2026-10-27 11:00 +04:00", HART, MW, "Rheinhold - draft agreements",
  """Dear Markus, dear Dmitry,

Please find attached the draft Host-to-Host Agreement and the Payment Services Agreement (bilingual English/Russian), pricing fixed for 2 years.""" + SIG_HART, cc=[DF])
m("h2_09", "2026-10-27 08:01 +01:00", MW, HART, "Abwesenheitsnotiz: Rheinhold - draft agreements",
  """Ich bin bis einschließlich 2. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Sabine Brandt (s.brandt@rheinhold.de).
I am out of the office until 2 November. For urgent matters please contact Sabine Brandt (s.brandt@rheinhold.de).""",
  reply="h2_08", headers={"Auto-Submitted": "auto-replied"}, na=False)
m("h2_10", "2026-11-04 13:20 +03:00", DF, HART, "Замечания к договору H2H",
  """Оливер, добрый день.
Юристы прислали замечания к договору H2H (файл). Главное — ответственность банка при сбоях и SLA доступности.
Предлагаю обсудить на встрече с Маркусом — он будет в Москве 12.11, удобно в 14:00 у нас на Ленинградском?

Д. Фомин""", cc=[MW], na=True, ans="rheinhold-moscow-1211@meridianbank.ae")
meet("rheinhold-moscow-1211@meridianbank.ae", "2026-11-12 14:00 +03:00", 90, HART, [MW, DF, LEB],
     "Rheinhold Rus - H2H agreement: SLA and liability", "ООО Райнхольд Рус, Ленинградский пр. 39, стр. 80")
m("h2_11", "2026-11-13 12:00 +04:00", HART, MW, "Rheinhold - minutes of 12 November",
  """Dear Markus, dear Dmitry,

Thank you for a productive meeting. Minutes:
1. SLA: 99.5% monthly availability of the H2H channel, service credits as per Annex 3.
2. Liability: capped at direct losses, no cap for gross negligence.
3. Our legal will send the revised draft by 20 November.
4. Signing pencilled for Tuesday 8 December in Moscow, go-live target 18 January 2027.""" + SIG_HART, cc=[DF, LEB])
ag("h2_11", "manager", "Our legal will send the revised draft by 20 November.", "2026-11-20", "broken")
meet("rheinhold-signing-0812@meridianbank.ae", "2026-12-08 12:00 +03:00", 60, HART, [MW, DF, HEAD],
     "Rheinhold Rus - signing of H2H and payment services agreements", "Меридиан Банк, Лесная 7, 9 эт.")
m("h2_12", "2026-11-25 10:45 +01:00", MW, HART, "Revised draft?",
  """Dear Oliver,

any news on the revised draft? Our IT would like to start the test phase on 1 December and legal needs a week before the signing.

Best regards
Markus Weber
Tel. +49 711 4408-210""", cc=[DF], na=True, ans=None)
neg("Rheinhold Industrietechnik", HART, "cashmgmt", "contract", "h2_08", next_contact="2026-12-08", source="meeting",
    close="2026-12-08")

# ---------------- Anatolia Makina: confirmation of a new LC (negotiation); complaint about a discrepancy fee
EY = "emre.yilmaz@anatoliamakina.com.tr"
AY = "ayse.kaya@anatoliamakina.com.tr"
m("h3_01", "2026-10-05 11:20 +03:00", EY, HART, "Confirmation of new LC - Uralkran order",
  """Dear Oliver,

We signed a new contract with Uralkran (Chelyabinsk) for two gantry cranes, EUR 1.9 million. Their bank, Promtorgbank, will issue the LC.
As last time, we would like Meridian to add confirmation. What would the fee be?

Best regards,
Emre Yılmaz
Finance Director
Anatolia Makina Sanayi ve Ticaret A.Ş. | Gebze OSB, Kocaeli
M +90 532 614 28 90""", na=True, ans="h3_02")
m("h3_02", "2026-10-06 10:10 +04:00", HART, EY, "RE: Confirmation of new LC - Uralkran order",
  """Dear Emre,

Happy to help again. We have a line on Promtorgbank; indicative confirmation fee 2.5% p.a. for the risk period, advising EUR 150.
Please send the draft LC as soon as the buyer has it.""" + SIG_HART, reply="h3_01", quote="h3_01", qstyle="outlook_en")
m("h3_03", "2026-10-13 15:45 +03:00", AY, HART, "LC draft - Uralkran",
  """Dear Mr Hartley,
Please find the LC draft below as received from the buyer. Emre Bey asks whether the confirmation fee can be for the applicant's account?

:40A:IRREVOCABLE
:31D:270331 TURKIYE
:32B:EUR1900000,00
:41D:ANY BANK BY NEGOTIATION
:43P:ALLOWED
:44E:HAYDARPASA PORT
:44F:NOVOROSSIYSK PORT
:49:CONFIRM
:58A:MRDBRUMMXXX
:71D:ALL CHARGES OUTSIDE RUSSIA FOR BENEFICIARY

Kind regards,
Ayşe Kaya
Export Finance Specialist""", cc=[EY], na=True, ans="h3_04")
m("h3_04", "2026-10-14 09:00 +04:00", HART, AY, "RE: LC draft - Uralkran",
  """Dear Ayşe,

We can only price it; who pays is agreed between you and the buyer in field 71D. If the buyer accepts, 71D should read "CONFIRMATION CHARGES FOR APPLICANT'S ACCOUNT" - then we claim from Promtorgbank.
Also 41D should name us (MRDBRUMMXXX) rather than "any bank", otherwise we cannot confirm.""" + SIG_HART, cc=[EY], reply="h3_03", quote="h3_03", qstyle="outlook_en")
meet("anatolia-uralkran-2010@meridianbank.ae", "2026-10-20 13:00 +04:00", 45, HART, [EY, AY, "finance@uralkran.ru"],
     "Anatolia Makina / Uralkran - LC wording (71D, 41D)", "Zoom")
m("h3_05", "2026-11-09 10:30 +03:00", EY, HART, "Discrepancy fee on LC ECL-26/0388 - unacceptable",
  """Dear Oliver,

We received payment under LC ECL-26/0388 (first crane order) today, less EUR 250 "discrepancy fee" and EUR 95 SWIFT charges.
The so-called discrepancy was a typo in the buyer's street address on the packing list - the same typo your own checker accepted on the previous presentation in June. This is the second time this year.
We find this fee unfair and request a full refund. Otherwise we will have to reconsider using Meridian for the confirmation of the new Uralkran LC.

Emre Yılmaz
Finance Director
M +90 532 614 28 90""", cc=[HEAD], na=True, ans="h3_06")
COMPLAINTS.append(("h3_05", HART, True))
call("2026-11-09 11:05:00", "IN", "9730", "+90 532 614 28 90", 300, "ANSWERED", "Emre - discrepancy fee", HART, "Anatolia Makina")
m("h3_06", "2026-11-09 12:40 +04:00", HART, EY, "RE: Discrepancy fee on LC ECL-26/0388 - unacceptable",
  """Dear Emre,

Thank you for the call, and I fully understand your frustration. I have asked our trade operations to review the file.
I will come back to you by Thursday 12 November with their answer.""" + SIG_HART, cc=[HEAD], reply="h3_05", quote="h3_05", qstyle="outlook_en")
ag("h3_06", "manager", "I will come back to you by Thursday 12 November with their answer.", "2026-11-12", "kept")
m("h3_i1", "2026-11-09 12:50 +04:00", HART, "tf.ops@meridianbank.ru", "ECL-26/0388 discrepancy - Anatolia Makina",
  """Colleagues, could you please review the discrepancy raised on ECL-26/0388 (address typo on packing list)? Beneficiary says the same typo passed in June. Is a goodwill refund of EUR 250 possible?
Thanks, Oliver""")
m("h3_i2", "2026-11-11 16:00 +03:00", "tf.ops@meridianbank.ru", HART, "RE: ECL-26/0388 discrepancy - Anatolia Makina",
  """Oliver, the discrepancy is technically valid (ISBP 745, A14/A22 - data conflicts with LC), but the June presentation was indeed accepted with the same error. We approve a goodwill refund of EUR 250, SWIFT charges stay. Credit to their account on 12.11.
TF Ops, Moscow""", reply="h3_i1")
m("h3_07", "2026-11-12 10:15 +04:00", HART, EY, "RE: Discrepancy fee on LC ECL-26/0388 - unacceptable",
  """Dear Emre,

Trade operations confirmed the discrepancy was technically valid, but since the same point was accepted in June, we are refunding the EUR 250 as goodwill - the credit goes out today. The SWIFT charges stay, I'm afraid.
For the Uralkran LC we can lower the confirmation fee to 2.2% p.a.""" + SIG_HART, cc=[HEAD], reply="h3_06")
m("h3_08", "2026-11-13 09:05 +03:00", EY, HART, "RE: Discrepancy fee on LC ECL-26/0388 - unacceptable",
  """Thank you Oliver, appreciated. We'll send the final LC text once Promtorgbank issues, expected early December.
Emre""", reply="h3_07", quote="h3_07", qstyle="gmail_en", na=False)
ag("h3_08", "client", "We'll send the final LC text once Promtorgbank issues, expected early December.", None, "open")
neg("Anatolia Makina", HART, "lc", "negotiation", "h3_07", amount=190000000, currency="EUR")

# ---------------- Orient Star Foodstuff: declines, "we'll go with our house bank"
OS = "procurement@orientstarfood.ae"
m("h4_01", "2026-10-19 09:40 +04:00", OS, HART, "LC issuance - buckwheat and flour imports",
  """Dear Mr Hartley,

We import buckwheat and flour from Russia, around USD 1.5 million per quarter. Our Russian suppliers ask for LCs issued by a Russian bank. Could you advise your terms?

Rashid Al Mansoori
Procurement & Trade Finance Manager
Orient Star Foodstuff Trading LLC, Al Quoz 3, Dubai
T +971 4 339 8821""", na=True, ans=None)
r_os = call("2026-10-21 10:30:00", "OUT", "9730", "+97143398821", 720, "ANSWERED", "Orient Star intro", HART, "Orient Star Foodstuff")
MSGS[-1]["ans"] = r_os
m("h4_02", "2026-10-22 14:20 +04:00", HART, OS, "RE: LC issuance - buckwheat and flour imports",
  """Dear Rashid,

Thank you for the call yesterday. As discussed, our proposal:
- LC issuance line USD 1,500,000, revolving
- Issuance fee 0.25% per quarter, min USD 300
- Cash margin 30%
- Payment fee 0.1%
Valid until 30 November.""" + SIG_HART, reply="h4_01", quote="h4_01", qstyle="outlook_en")
m("h4_03", "2026-11-02 16:05 +04:00", OS, HART, "RE: LC issuance - buckwheat and flour imports",
  """Dear Oliver,

Thank you for the proposal and the time you spent on it. After internal discussion we'll go with our house bank - they matched the pricing without any cash margin.
Let's keep in touch for the future.

Rashid""", reply="h4_02", na=False)
m("h4_04", "2026-11-02 17:30 +04:00", HART, OS, "RE: LC issuance - buckwheat and flour imports",
  """Understood, Rashid, thank you for letting me know. The door stays open.""" + SIG_HART, reply="h4_03")
neg("Orient Star Foodstuff", HART, "lc", "lost", "h4_03", amount=150000000, currency="USD")

# =====================================================================================
# Павел Лебедев (long letters, numbered points).  УралМетХолдинг: guarantee (won) + H2H (negotiation)
# =====================================================================================
UT = "treasury@uralmet.ru"
KV = "k.voronin@uralmet.ru"
LS = "l.sadykova@uralmet.ru"
m("l1_01", "2026-09-21 11:00 +05:00", UT, LEB, "Исх. № УМХ-КЗ/1184 от 21.09.2026 - о предоставлении банковской гарантии",
  """АО «УРАЛМЕТХОЛДИНГ»
620014, г. Екатеринбург, ул. Малышева, д. 51, ИНН 6671190428
Исх. № УМХ-КЗ/1184 от 21.09.2026

Начальнику отдела структурного и торгового финансирования
АО «Меридиан Банк»
П.С. Лебедеву

Уважаемый Павел Сергеевич!

АО «УралМетХолдинг» (далее — Общество) в рамках исполнения договора поставки металлопроката № СМ-2026/441 с АО «СтройАтомМонтаж» просит рассмотреть возможность предоставления банковской гарантии исполнения обязательств по договору на сумму 120 000 000 (сто двадцать миллионов) рублей 00 копеек сроком действия до 31.12.2027.
Форма гарантии установлена бенефициаром (прилагается).
Просим направить предложение в срок до 30.09.2026.

Приложение: форма гарантии на 4 л.

Директор по казначейству
К.А. Воронин

Исполнитель: Садыкова Л.Р., тел. +7 (343) 278-11-00 доб. 4417""", na=True, ans="l1_02")
m("l1_02", "2026-09-23 17:40 +03:00", LEB, UT, "RE: Исх. № УМХ-КЗ/1184 от 21.09.2026 - о предоставлении банковской гарантии",
  """Уважаемый Константин Александрович, добрый день!

Благодарю за обращение. По запросу Общества сообщаю следующее.

1. Банк готов рассмотреть предоставление гарантии исполнения обязательств по договору № СМ-2026/441 на сумму 120 000 000 руб. сроком до 31.12.2027 в рамках действующего лимита на Общество.
2. Стоимость: 1,6% годовых от суммы гарантии, уплата ежеквартально; комиссия за рассмотрение не взимается.
3. Форма бенефициара в целом приемлема; замечания к п. 6 (бесспорное списание) и п. 9 (продление срока без согласия Банка) направим отдельно.
4. Документы: решение органа управления об одобрении сделки (при необходимости), копия договора поставки, отчетность по РСБУ за 6 месяцев.
5. Срок рассмотрения — 5 рабочих дней с момента получения полного пакета.

Предлагаю также обсудить условия по видеосвязи в удобное для Вас время.""" + SIG_LEB,
  cc=[KV, LS], reply="l1_01", quote="l1_01", qstyle="outlook_ru")
m("l1_03", "2026-09-29 10:15 +05:00", KV, LEB, "RE: Исх. № УМХ-КЗ/1184 - гарантия",
  """Павел Сергеевич, добрый день.
Ставка 1,6% выше ожиданий — у Газпромбанка 1,3%. Готовы к 1,4% при сохранении у вас зарплатного проекта по двум площадкам.
Предлагаю обсудить в пятницу 2 октября в 12:00 по Москве, ВКС.

Воронин К.А.
+7 (343) 278-11-02""", cc=[LS], reply="l1_02", noirt=True, na=True, ans="uralmet-gi-0210@meridianbank.ru")
meet("uralmet-gi-0210@meridianbank.ru", "2026-10-02 12:00 +03:00", 60, LEB, [KV, LS, HEAD],
     "УралМетХолдинг: гарантия исполнения 120 млн", "ВКС (Контур.Толк)")
m("l1_04", "2026-10-02 16:30 +03:00", LEB, KV, "УралМетХолдинг - итоги ВКС 02.10",
  """Уважаемый Константин Александрович, добрый день!

По итогам сегодняшней ВКС фиксирую договоренности.

1. Ставка по гарантии — 1,45% годовых, уплата ежеквартально.
2. Зарплатный проект по площадкам в Первоуральске и Каменске-Уральском остается на обслуживании в Банке до 31.12.2027.
3. Бенефициар согласовал наши правки к п. 6 и п. 9 формы (со слов Лилии Рашидовны; просим прислать подтверждение письмом).
4. Проект гарантии и договора о выдаче направим до 07.10.
5. Подписание договора — 09.10 в Екатеринбурге, я приеду лично.""" + SIG_LEB, cc=[LS, HEAD])
ag("l1_04", "manager", "Проект гарантии и договора о выдаче направим до 07.10.", "2026-10-07", "kept")
m("l1_05", "2026-10-07 12:00 +03:00", LEB, LS, "УралМетХолдинг - проекты гарантии и договора",
  """Лилия Рашидовна, добрый день!

Направляю:
1. Проект договора о предоставлении банковской гарантии № 26/ГИ-0417.
2. Проект гарантии по форме бенефициара с согласованными изменениями (п. 6, п. 9).
3. Перечень документов к подписанию 09.10.

Прошу вернуть замечания, если будут, до 08.10.""" + SIG_LEB, cc=[KV], reply="l1_04")
meet("uralmet-sign-0910@meridianbank.ru", "2026-10-09 11:00 +05:00", 60, LEB, [KV, LS],
     "Подписание договора о выдаче гарантии - УралМетХолдинг", "Екатеринбург, ул. Малышева 51, оф. 1402")
m("l1_06", "2026-10-12 09:30 +05:00", LS, LEB, "RE: УралМетХолдинг - проекты гарантии и договора",
  """Павел Сергеевич, добрый день!
Договор подписан, оригиналы у вас. Бенефициар попросил поправить наименование договора в преамбуле гарантии (файл).
Просим выдать гарантию не позднее 16.10 — срок представления заказчику 19.10.

Садыкова Лилия Рашидовна
ведущий специалист казначейства
+7 (343) 278-11-00 доб. 4417""", cc=[KV], reply="l1_05", na=True, ans="l1_07")
m("l1_07", "2026-10-13 10:00 +03:00", LEB, LS, "RE: УралМетХолдинг - проекты гарантии и договора",
  """Лилия Рашидовна, добрый день!

1. Правку в преамбуле приняли.
2. Гарантию выдадим 15.10, оригинал — курьером DHL в тот же день, скан — по почте.
3. Первая комиссия будет списана 15.10 по тарифу.""" + SIG_LEB, cc=[KV], reply="l1_06", quote="l1_06", qstyle="outlook_ru")
ag("l1_07", "manager", "Гарантию выдадим 15.10, оригинал — курьером DHL в тот же день, скан — по почте.", "2026-10-15", "kept")
m("l1_08", "2026-10-15 15:10 +03:00", LEB, LS, "Гарантия № 26/ГИ-0417 выдана",
  """Лилия Рашидовна, Константин Александрович, добрый день!

1. Гарантия исполнения обязательств № 26/ГИ-0417 на 120 000 000 руб. выдана сегодня, скан во вложении.
2. Оригинал отправлен DHL, накладная 4417 2290 581.
3. Копия гарантии направлена бенефициару по его запросу.""" + SIG_LEB, cc=[KV])
m("l1_09", "2026-10-15 17:32 +05:00", KV, LEB, "RE: Гарантия № 26/ГИ-0417 выдана",
  """Благодарю, Павел Сергеевич.
К.В.""", reply="l1_08", na=False)
neg("УралМетХолдинг", LEB, "guarantee", "won", "l1_08", amount=12000000000, currency="RUB", close="2026-10-16")

m("l1_10", "2026-10-29 10:00 +05:00", UT, LEB, "Исх. № УМХ-КЗ/1302 от 29.10.2026 - о подключении host-to-host",
  """АО «УРАЛМЕТХОЛДИНГ»
Исх. № УМХ-КЗ/1302 от 29.10.2026

Уважаемый Павел Сергеевич!

Общество реализует проект централизации казначейских функций группы (23 дочерних общества, 6 обслуживающих банков). Целевая модель — payment factory на базе SAP S/4HANA с подключением банков по технологии host-to-host.
Просим предоставить предложение Банка по подключению и провести презентацию для рабочей группы Общества в период 09-13.11.2026.

Директор по казначейству
К.А. Воронин""", na=True, ans="l1_11")
m("l1_11", "2026-10-30 11:20 +03:00", LEB, KV, "RE: Исх. № УМХ-КЗ/1302 - host-to-host",
  """Уважаемый Константин Александрович, добрый день!

Благодарю за приглашение. Предлагаю следующее.

1. Презентация — 10.11 в 14:00 в вашем московском офисе (Пресненская наб. 12), от Банка: я, руководитель направления cash management и архитектор H2H.
2. На презентации покажем: формат обмена (ISO 20022), схему с SAP (SFTP/API), порядок валютного контроля для группы, пример payment factory одного из клиентов (обезличенно).
3. Для подготовки просим до 06.11 реестр счетов группы в Банке и ориентировочные объемы платежей в месяц.

Приглашение направлю отдельно.""" + SIG_LEB, cc=[LS], reply="l1_10", quote="l1_10", qstyle="outlook_ru")
meet("uralmet-h2h-1011@meridianbank.ru", "2026-11-10 14:00 +03:00", 120, LEB, [KV, LS, HART],
     "УралМетХолдинг: презентация host-to-host / payment factory", "Москва, Пресненская наб. 12, 41 эт.")
m("l1_12", "2026-11-11 10:30 +03:00", LEB, KV, "УралМетХолдинг - итоги презентации H2H 10.11",
  """Уважаемый Константин Александрович, добрый день!

Благодарю Вас и рабочую группу за вчерашнюю встречу. Фиксирую итоги.

1. Общество рассматривает Банк как один из двух банков-пилотов по H2H (второй — банк группы в Екатеринбурге).
2. Объем: 14 дочерних обществ на первом этапе, около 9 000 платежей в месяц.
3. Интеграция: SFTP + pain.001/camt.053, с вашей стороны — команда SAP.
4. Коммерческое предложение направим до 20.11.
5. Следующий шаг — обсуждение предложения после его рассмотрения рабочей группой.""" + SIG_LEB, cc=[LS])
ag("l1_12", "manager", "Коммерческое предложение направим до 20.11.", "2026-11-20", "kept")
m("l1_13", "2026-11-19 18:10 +03:00", LEB, KV, "УралМетХолдинг - коммерческое предложение H2H / payment factory",
  """Уважаемый Константин Александрович, добрый день!

Направляю коммерческое предложение Банка.

1. Подключение H2H — без оплаты.
2. Платежи в рублях через H2H — 15 руб. за платеж; платежи внутри группы в Банке — 5 руб.
3. Валютные платежи — 0,08% (мин. 15 USD, макс. 150 USD).
4. Выписки camt.053, внутридневные выписки — без оплаты.
5. Сопровождение внедрения — выделенная команда, срок интеграции — 8 недель с даты подписания.
6. Неснижаемый остаток по группе — не требуется.

Готов обсудить в удобное время.""" + SIG_LEB, cc=[LS], reply="l1_12")
m("l1_14", "2026-11-24 09:40 +05:00", KV, LEB, "RE: УралМетХолдинг - коммерческое предложение H2H / payment factory",
  """Павел Сергеевич, добрый день.
Предложение рассмотрели. Вопросы:
(1) платежи внутри группы — просим 0 руб.;
(2) 8 недель на интеграцию много, нужно 6 — старт 1 февраля.
Предлагаю обсудить на встрече 02.12 в 11:00 у нас в Москве.

Воронин К.А.""", cc=[LS], reply="l1_13", na=True, ans="l1_15")
m("l1_15", "2026-11-24 12:00 +03:00", LEB, KV, "RE: УралМетХолдинг - коммерческое предложение H2H / payment factory",
  """Константин Александрович, добрый день!

1. Встречу 02.12 в 11:00 подтверждаю, приглашение направил.
2. По обоим вопросам приду с позицией, согласованной с тарифным комитетом.""" + SIG_LEB, cc=[LS], reply="l1_14")
meet("uralmet-h2h-0212@meridianbank.ru", "2026-12-02 11:00 +03:00", 90, LEB, [KV, LS],
     "УралМетХолдинг: тарифы и сроки H2H", "Москва, Пресненская наб. 12, 41 эт.")
neg("УралМетХолдинг", LEB, "cashmgmt", "negotiation", "l1_14", next_contact="2026-12-02", source="meeting")

# ---------------- ВолгаХимПром: FX forwards EUR/RUB (won); rollover asked, promised calculation not sent
DG = "d.gusev@volgachem.ru"
m("l2_01", "2026-10-01 09:15 +03:00", DG, LEB, "хеджирование EUR - платежи за оборудование",
  """Павел Сергеевич, добрый день!
У нас платежи за оборудование в Германию, EUR 3,5 млн четырьмя траншами: декабрь, январь, февраль, март. Хотим захеджировать курс форвардами.
Генеральное соглашение с вами подписано еще в 2024. Пришлите, пожалуйста, индикативы.

Гусев Денис
начальник казначейства ПАО «ВолгаХимПром»
т. +7 (8442) 26-71-05""", na=True, ans="l2_02")
m("l2_02", "2026-10-02 12:30 +03:00", LEB, DG, "RE: хеджирование EUR - платежи за оборудование",
  """Денис, добрый день!

1. Генеральное соглашение от 14.03.2024 действует, дополнительных документов не нужно.
2. Индикативные форвардные курсы EUR/RUB (покупка EUR) на сегодня: 15.12 — спот + 0,71; 15.01 — спот + 1,38; 15.02 — спот + 2,02; 15.03 — спот + 2,63.
3. Гарантийное обеспечение — в рамках лимита на ПАО, без депонирования.
4. Сделки заключаются по телефону с дилингом, подтверждения — через ЭДО в тот же день.

Предлагаю созвониться по стратегии хеджирования — 06.10 в 11:00, ВКС.""" + SIG_LEB, reply="l2_01", quote="l2_01", qstyle="outlook_ru")
meet("volgachem-hedge-0610@meridianbank.ru", "2026-10-06 11:00 +03:00", 45, LEB, [DG],
     "ВолгаХимПром: стратегия хеджирования EUR", "ВКС")
m("l2_03", "2026-10-08 10:20 +03:00", DG, LEB, "RE: хеджирование EUR - платежи за оборудование",
  """Павел Сергеевич, коллеги из Альфы дают на 0,3 руб. лучше по всем срокам. Сможете подвинуться?
Д.Г.""", reply="l2_02", na=True, ans=None)
r_vc = call("2026-10-08 12:05:00", "OUT", "2230", "8 (8442) 26-71-05", 300, "ANSWERED", "спред форвардов", LEB, "ВолгаХимПром")
MSGS[-1]["ans"] = r_vc
m("l2_04", "2026-10-09 09:30 +03:00", LEB, DG, "RE: хеджирование EUR - платежи за оборудование",
  """Денис, добрый день!

По итогам вчерашнего разговора:
1. Спред снижаем на 0,25 руб. по всем срокам.
2. Сделки заключаем 14.10 с 11:00, дилер — Максим Трофимов, тел. дилинга +7 495 730-44-90.
3. Подтверждения — через ЭДО в тот же день.""" + SIG_LEB, reply="l2_03")
m("l2_05", "2026-10-14 13:40 +03:00", LEB, DG, "Подтверждения форвардных сделок 14.10",
  """Денис, добрый день!

1. Сегодня заключены 4 форвардные сделки на покупку EUR 3 500 000 (875 000 EUR каждая) с датами валютирования 15.12.2026, 15.01.2027, 15.02.2027, 15.03.2027.
2. Подтверждения направлены через ЭДО, просим подписать сегодня.""" + SIG_LEB)
m("l2_06", "2026-10-14 15:05 +03:00", DG, LEB, "RE: Подтверждения форвардных сделок 14.10",
  """Подписали, отправили по ЭДО.""", reply="l2_05", na=False)
neg("ВолгаХимПром", LEB, "fxfwd", "won", "l2_05", amount=350000000, currency="EUR")
m("l2_07", "2026-11-23 10:10 +03:00", DG, LEB, "перенос мартовского форварда",
  """Павел Сергеевич, доброе утро.
Поставщик сдвигает последнюю поставку на апрель. Можно ли пролонгировать 4-й форвард (15.03) на 15.04? Сколько это будет стоить?

Гусев Денис
т. +7 (8442) 26-71-05""", na=True, ans="l2_08")
m("l2_08", "2026-11-24 09:50 +03:00", LEB, DG, "RE: перенос мартовского форварда",
  """Денис, добрый день!

1. Пролонгация возможна — своп на 1 месяц (продажа EUR 15.03, покупка 15.04).
2. Стоимость зависит от рынка на дату сделки, ориентир — 0,55-0,65 руб. на евро.
3. Расчет пришлю завтра.""" + SIG_LEB, reply="l2_07", quote="l2_07", qstyle="outlook_ru")
ag("l2_08", "manager", "Расчет пришлю завтра.", "2026-11-25", "broken")

# ---------------- СибЛесЭкспорт: export LC from a Chinese buyer (proposal); grievance about the Chinese bank
NP = "n.petrenko@siblesexport.ru"
m("l3_01", "2026-11-03 08:40 +07:00", NP, LEB, "Аккредитив от китайского покупателя",
  """Павел Сергеевич, добрый день.
Отгружаем пиломатериалы в Китай через Забайкальск, покупатель Heilongjiang Senlin Trading предлагает аккредитив Agricultural Bank of China.
В прошлый раз через другой банк деньги шли 5 недель: китайский банк тянул с оплатой и находил расхождения, которых не было, — больше так не хотим.
Можете авизовать и подтвердить? Объем около 2,4 млн USD в год, партиями по 200-300 тыс.

Петренко Николай
коммерческий директор ООО «СибЛесЭкспорт», Красноярск
+7 (391) 252-18-40""", na=True, ans="l3_02")
COMPLAINTS.append(("l3_01", LEB, False))
m("l3_02", "2026-11-05 11:00 +03:00", LEB, NP, "RE: Аккредитив от китайского покупателя",
  """Николай, добрый день!

Благодарю за обращение. По существу:
1. Авизование аккредитивов Agricultural Bank of China — без ограничений, тариф 0,1% (мин. 100 USD).
2. Подтверждение — возможно при наличии лимита на ABC; запрос в управление рисков направлен.
3. Расчеты рекомендуем вести в CNY: сроки прохождения платежей из Китая в юанях сейчас 2-3 дня против 2-4 недель в долларах.
4. Для предварительного анализа просим контракт с покупателем и проект аккредитива, если он есть.

Ответ по лимиту на Agricultural Bank of China сообщу до 13.11.""" + SIG_LEB, reply="l3_01", quote="l3_01", qstyle="outlook_ru")
ag("l3_02", "manager", "Ответ по лимиту на Agricultural Bank of China сообщу до 13.11.", "2026-11-13", "kept")
m("l3_i1", "2026-11-05 11:10 +03:00", LEB, "n.orlova@meridianbank.ru", "Лимит на Agricultural Bank of China - СибЛесЭкспорт",
  """Наталья, добрый день!

1. Клиент: ООО «СибЛесЭкспорт», экспорт пиломатериалов в КНР.
2. Нужен лимит на подтверждение аккредитивов Agricultural Bank of China, ориентировочно 2,4 млн USD в год (в CNY-эквиваленте), сроки до 90 дней.
3. Прошу сообщить до 12.11, есть ли свободный лимит.""" + SIG_LEB)
m("l3_i2", "2026-11-11 15:20 +03:00", "n.orlova@meridianbank.ru", LEB, "RE: Лимит на Agricultural Bank of China - СибЛесЭкспорт",
  """Павел, лимит на ABC есть, в CNY, свободно 40 млн CNY, срок до 180 дней. Для USD — нет.
Н.О.""", reply="l3_i1")
m("l3_03", "2026-11-12 16:30 +03:00", LEB, NP, "RE: Аккредитив от китайского покупателя",
  """Николай, добрый день!

1. Лимит на Agricultural Bank of China подтвержден — в юанях.
2. Подтверждение аккредитивов в CNY: 1,8% годовых за период риска, мин. 3 000 CNY.
3. Авизование — 0,1%, проверка документов — 0,1%.
4. Рекомендуем попросить покупателя открывать аккредитивы в CNY с указанием нашего банка подтверждающим (49: CONFIRM, 58A: MRDBRUMMXXX).""" + SIG_LEB, reply="l3_02")
m("l3_04", "2026-11-16 09:20 +07:00", NP, LEB, "RE: Аккредитив от китайского покупателя",
  """Спасибо, условия понятны. Покупатель пока не прислал драфт, будем их пинать. Вернусь, как будет.
Н.П.""", reply="l3_03", na=False)
ag("l3_04", "client", "Вернусь, как будет.", None, "open")
call("2026-11-03 09:55:00", "IN", "2230", "73912521840", 260, "ANSWERED", "", LEB, "СибЛесЭкспорт")
neg("СибЛесЭкспорт", LEB, "lc", "proposal", "l3_03", amount=240000000, currency="USD")

# ---------------- Медтехника Поставка: 44-FZ performance guarantee (won fast)
MT = "tenders@medtechpost.ru"
m("l4_01", "2026-10-20 10:05 +03:00", MT, LEB, "Гарантия исполнения контракта 44-ФЗ",
  """Добрый день.
Нужна гарантия исполнения контракта по 44-ФЗ на 3 180 000 руб., заказчик ГБУЗ «Областная клиническая больница № 2», срок подписания контракта — 28.10. Включение в реестр обязательно.
Можете сделать быстро? Документы готовы.

Зайцева Ирина
тендерный отдел ООО «Медтехника Поставка»
+7 (812) 409-55-72""", na=True, ans="l4_02")
m("l4_02", "2026-10-20 12:15 +03:00", LEB, MT, "RE: Гарантия исполнения контракта 44-ФЗ",
  """Ирина, добрый день!

1. Гарантию выдадим, требования ст. 45 44-ФЗ соблюдаем.
2. Стоимость — 3,5% годовых, минимум 25 000 руб.
3. Документы: анкета, отчетность за 6 мес., протокол подведения итогов, проект контракта.
4. Срок — 2 рабочих дня после получения документов; включение в реестр ЕИС в день выдачи.""" + SIG_LEB, reply="l4_01", quote="l4_01", qstyle="outlook_ru")
m("l4_03", "2026-10-21 09:40 +03:00", MT, LEB, "RE: Гарантия исполнения контракта 44-ФЗ",
  """Павел Сергеевич, документы направили через ДБО, ставку принимаем. Ждем гарантию.
И.З.""", reply="l4_02", na=True, ans="l4_04")
m("l4_04", "2026-10-23 14:10 +03:00", LEB, MT, "RE: Гарантия исполнения контракта 44-ФЗ",
  """Ирина, добрый день!

1. Гарантия № 26/ГИ-0452 на 3 180 000 руб. выдана.
2. Сведения включены в реестр независимых гарантий ЕИС, реестровая запись 07732100018263000134.
3. Комиссия списана по тарифу.""" + SIG_LEB, reply="l4_03")
m("l4_05", "2026-10-23 14:35 +03:00", MT, LEB, "RE: Гарантия исполнения контракта 44-ФЗ",
  """Получили, спасибо!""", reply="l4_04", na=False)
neg("Медтехника Поставка", LEB, "guarantee", "won", "l4_04", amount=318000000, currency="RUB", close="2026-10-28")

# ---------------- ИП Кравцов (yandex.ru, not in the directory): first LC
KR = "kravtsov.autoparts@yandex.ru"
m("l5_01", "2026-11-18 21:14 +03:00", KR, LEB, "аккредитив",
  """Добрый день. ИП Кравцов С.Н., автозапчасти из Китая. Хочу попробовать аккредитив, партия 2,1 млн руб в юанях, поставщик из Гуанчжоу сам предложил.
Ваш адрес дал знакомый из Фармакома. Позвоните мне пожалуйста 8-915-402-77-31, лучше после 10.

Отправлено из Яндекс Почты для мобильных""", mid="yandex", na=True, ans=None)
r_kr = call("2026-11-19 10:20:00", "OUT", "2230", "89154027731", 480, "ANSWERED", "ИП Кравцов, аккредитив", LEB, KR)
MSGS[-1]["ans"] = r_kr
m("l5_02", "2026-11-19 11:05 +03:00", LEB, KR, "RE: аккредитив",
  """Сергей Николаевич, добрый день!

Как обсудили по телефону:
1. Для открытия аккредитива нужен расчетный счет ИП в Банке; открытие — 1 день, онлайн.
2. Покрытие — 100% собственными средствами, залог не требуется.
3. Комиссия за открытие — 0,15% (мин. 5 000 руб.), за платеж — 0,1%.
4. Контракт с поставщиком нужно будет поставить на учет (у нас это делается в ДБО).

Проект заявления на аккредитив пришлю после открытия счета.""" + SIG_LEB, reply="l5_01", quote="l5_01", qstyle="outlook_ru")
ag("l5_02", "manager", "Проект заявления на аккредитив пришлю после открытия счета.", None, "open")
m("l5_03", "2026-11-20 08:30 +03:00", KR, LEB, "Re: аккредитив",
  """Спасибо, Павел Сергеевич. Счет открою на след неделе, наберу вам во вторник 1-го.""",
  reply="l5_02", quote="l5_02", qstyle="yandex", mid="yandex", na=False)
ag("l5_03", "client", "Счет открою на след неделе, наберу вам во вторник 1-го.", "2026-12-01", "open")
neg(KR, LEB, "lc", "qualified", "l5_02", next_contact="2026-12-01", source="call",
    amount=210000000, currency="RUB")

# =====================================================================================
# Noise: newsletters, a cold sender, a thank-you, internal mail of the head
# =====================================================================================
m("n_01", "2026-10-01 07:00 +00:00", "news@tradefinance-digest.com", [HART], "TF Digest #412: URDG at 15, CNY LCs surge, Gulf corridors",
  """TRADE FINANCE DIGEST - Weekly | Issue 412

1. URDG 758 turns 15: what changed in demand guarantees
2. CNY-denominated LCs up 38% y/y in Russia-China trade
3. Gulf corridors: UAE banks tighten onboarding for Russian counterparties

Read online | Unsubscribe | Manage preferences
Trade Finance Digest Ltd, 20 Gresham St, London EC2V 7JE""", cc=[HEAD], headers={"List-Unsubscribe": "<mailto:unsubscribe@tradefinance-digest.com>", "Precedence": "bulk"})
m("n_02", "2026-11-05 07:00 +00:00", "news@tradefinance-digest.com", [HART], "TF Digest #417: ICC DOCDEX cases, supply-chain finance in Central Asia",
  """TRADE FINANCE DIGEST - Weekly | Issue 417

1. Three DOCDEX decisions every checker should know
2. Supply-chain finance in Kazakhstan: banks move in
3. Webinar: eUCP in practice - register now

Unsubscribe: https://tradefinance-digest.com/u/417""", cc=[HEAD], headers={"List-Unsubscribe": "<mailto:unsubscribe@tradefinance-digest.com>", "Precedence": "bulk"})
m("n_03", "2026-10-12 06:30 +03:00", "rassylka@bankobzor.ru", [GROM], "БанкОбзор: ЦБ о валютном контроле, новые коды операций с 1 января",
  """БанкОбзор — ежедневная рассылка

• ЦБ опубликовал проект изменений в Инструкцию 181-И: новые коды видов валютных операций с 01.01.2027
• Аккредитивы в юанях: спрос растет третий квартал подряд
• 115-ФЗ: Росфинмониторинг уточнил критерии подозрительных операций

Отписаться от рассылки: https://bankobzor.ru/unsub""", headers={"List-Unsubscribe": "<https://bankobzor.ru/unsub>", "Precedence": "bulk"})
m("n_04", "2026-11-16 06:30 +03:00", "rassylka@bankobzor.ru", [LEB], "БанкОбзор: гарантии по 44-ФЗ, реестр ЕИС, ставки по форвардам",
  """БанкОбзор — ежедневная рассылка

• Минфин: изменения в порядок включения гарантий в реестр ЕИС
• Форвардные ставки USD/RUB и CNY/RUB: обзор недели
• Интервью: payment factory в российских холдингах

Отписаться: https://bankobzor.ru/unsub""", headers={"List-Unsubscribe": "<https://bankobzor.ru/unsub>", "Precedence": "bulk"})
m("n_05", "2026-10-20 13:13 +03:00", "partners@finvector-consult.com", [LEB], "Partnership: digital LC platform for your clients",
  """Добрый день, Павел!

Меня зовут Виктор Ланской, FinVector Consulting. Мы внедряем платформу цифровых аккредитивов (блокчейн, интеграция с 1С) — уже 12 банков-партнеров в СНГ.
Готовы провести демо для вашей команды в удобное время. Можем созвониться на этой неделе?

Виктор Ланской
Business Development, FinVector Consulting
+7 926 118-40-52""")
m("n_06", "2026-11-02 10:02 +03:00", "partners@finvector-consult.com", [LEB], "RE: Partnership: digital LC platform for your clients",
  """Павел, добрый день! Напоминаю о своем письме — будем рады показать платформу. Пилот для банка бесплатный.
В.Л.""", reply="n_05")
m("n_07", "2026-10-23 15:00 +03:00", "org@tf-forum.ru", [GROM], "Спасибо за участие в TF Forum 2026",
  """Алексей, добрый день!
Оргкомитет TF Forum 2026 благодарит вас за выступление на панели «Аккредитивы в юанях: практика 2026». Презентации участников и фото доступны по ссылке в личном кабинете.
Спасибо, что были с нами!
Оргкомитет TF Forum""", cc=[HEAD])

m("i_01", "2026-11-20 09:00 +03:00", HEAD, [GROM, KAS, HART, LEB], "Пайплайн к понедельнику",
  """Коллеги, доброе утро.
К понедельнику прошу по каждому своему клиенту одну строку: стадия, сумма, следующий шаг и дата. Отдельно — все обещанное клиентам и не сделанное.
Оливер, you can reply in English.""" + SIG_HEAD)
m("i_02", "2026-11-20 09:40 +03:00", GROM, HEAD, "RE: Пайплайн к понедельнику",
  """СтепьАгро — форвард, ГС на подписании после их совета 26.11.
ТехноИмпорт — LC открыт 13.11.
Фармаком — постфин, жду риски. Ставку задолжал, каюсь.
Заря — встреча 24.11.""" + SIG_GROM, reply="i_01")
m("i_03", "2026-11-20 17:30 +03:00", LEB, HEAD, "RE: Пайплайн к понедельнику",
  """Ирина Викторовна, добрый вечер!

1. УралМетХолдинг — гарантия 120 млн выдана 15.10; H2H — коммерческое предложение направлено 19.11, ждем реакции рабочей группы.
2. ВолгаХимПром — 4 форварда EUR 3,5 млн заключены 14.10.
3. СибЛесЭкспорт — условия по подтверждению в CNY направлены 12.11, ждем драфт LC от покупателя.
4. Медтехника Поставка — гарантия по 44-ФЗ выдана 23.10.
5. ИП Кравцов — консультация 19.11, откроет счет.
6. Невыполненных обещаний нет.""" + SIG_LEB, reply="i_01")
m("i_04", "2026-11-20 12:10 +04:00", HART, HEAD, "RE: Пайплайн к понедельнику",
  """Irina, here you go:
- Al Noor: board approved 20% margin, facility agreement to be drafted, first LC by 10 Dec.
- Rheinhold: revised H2H draft due from legal today, signing 8 Dec.
- Anatolia: refund done, waiting for the Uralkran LC.
- Orient Star: lost to their house bank.
Oliver""", reply="i_01")
m("i_05", "2026-11-20 15:55 +05:00", KAS, HEAD, "RE: Пайплайн к понедельнику",
  """Ирина Викторовна, добрый день!
— KazGrain: проект кредитного соглашения отправляю сегодня, сумма USD 5 млн.
— Altyn Su: term sheet от 13.10, клиент молчит, звонила 18.11 — не берет трубку.
— Евразия Текстиль: LC открыт, платеж 11.12.
— Caspian Logistics: новый, созвон 26.11.
— ИП Серикова: консультировала, думает.
Просроченное: договор KazGrain (обещала к 13.11).""" + SIG_KAS, reply="i_01")
for i, d in enumerate(["2026-10-05", "2026-10-19", "2026-11-02", "2026-11-16"]):
    meet(f"desk-weekly-{d}@meridianbank.ru", f"{d} 09:30 +03:00", 45, HEAD, [GROM, KAS, HART, LEB],
         "Планерка ДКБ/ТФ (еженедельно)", "Переговорная 9.1 + Teams")

call("2026-10-27 16:44:00", "IN", "2214", "+7 (495) 123-48-90", 45, "ANSWERED", "ошиблись номером")
call("2026-11-17 12:00:00", "INTERNAL", "2230", "2214", 120, "ANSWERED", "")
call("2026-11-02 11:15:00", "IN", "2230", "+7 926 118-40-52", 0, "NO ANSWER", "")

# promises written in passing, labelled here
ag("g1_02", "manager", "Тариф пришлю сегодня до вечера.", "2026-09-22", "kept")
ag("l1_02", "manager", "3. Форма бенефициара в целом приемлема; замечания к п. 6 (бесспорное списание) и п. 9 (продление срока без согласия Банка) направим отдельно.", None, "kept")
ag("l1_11", "manager", "Приглашение направлю отдельно.", None, "kept")
ag("l1_15", "manager", "2. По обоим вопросам приду с позицией, согласованной с тарифным комитетом.", None, "open")
ag("l4_02", "manager", "1. Гарантию выдадим, требования ст. 45 44-ФЗ соблюдаем.", None, "kept")
ag("k1_13", "manager", "Подключу юриста.", None, "open")
meet("sibles-cny-0611@meridianbank.ru", "2026-11-06 10:00 +03:00", 40, LEB, [NP],
     "СибЛесЭкспорт: расчеты в CNY, подтверждение LC ABC", "ВКС")
meet("almaty-kk-0511@meridianbank.kz", "2026-11-05 15:00 +05:00", 60, "a.zhakenov@meridianbank.kz", [KAS],
     "Кредитный комитет филиала: KazGrain PXF", "Алматы, пр. Достык 132, 6 эт.")

NOT_NEGOTIATIONS = [
    ("lc.ops@anadolutb.com.tr", "auto-reply"),
    ("news@tradefinance-digest.com", "newsletter"),
    ("rassylka@bankobzor.ru", "newsletter"),
    ("partners@finvector-consult.com", "unknown sender, no answer"),
    ("org@tf-forum.ru", "thanks only"),
    ("n.orlova@meridianbank.ru", "internal"),
    ("vk@meridianbank.ru", "internal"),
    ("tf.ops@meridianbank.ru", "internal"),
    ("a.zhakenov@meridianbank.kz", "internal"),
    ("murat.demir@karadenizgida.com.tr", "counterparty of a client: meeting attendee only, never writes to us"),
    ("chen.li@ningbo-hengda.cn", "counterparty of a client (the supplier), not our client"),
    ("wang.jun@xj-tianshangrain.cn", "counterparty of a client: meeting attendee only, never writes to us"),
    ("c.aydin@eksen-insaat.com.tr", "counterparty of a client (the beneficiary), not our client"),
    ("export@shreeganeshyarns.in", "counterparty of a client: meeting attendee only, never writes to us"),
    ("finance@uralkran.ru", "counterparty of a client: meeting attendee only, never writes to us"),
]

# ---------------------------------------------------------------- plans, sales, calls header, config
PLANS = [
    ["2026-Q4", "company", "", "", "", "amount", "18 000 000", "RUB"],
    ["2026-11", "manager", "", GROM, "", "amount", "1 500 000", "RUB"],
    ["2026-11", "manager", "", KAS, "", "amount", "1 200 000", "RUB"],
    ["2026-11", "manager", "", HART, "", "amount", "1 800 000", "RUB"],
    ["2026-11", "manager", "", LEB, "", "amount", "2 000 000", "RUB"],
    ["2026-11", "manager", "", LEB, "cashmgmt", "amount", "500 000", "RUB"],
    ["2026-Q4", "manager", "", GROM, "", "deals", "4", ""],
    ["2026-Q4", "manager", "", LEB, "", "deals", "4", ""],
]
SALES = [
    ["1C-TF-26-0917", "08.10.2026", GROM, "lc", "СтепьАгроЭкспорт", "1 850 000,00", "RUB"],
    ["1C-TF-26-0921", "05.10.2026", "Динара Касымова", "lc", "Евразия Текстиль", "1 170,00", "USD"],
    ["1C-TF-26-0933", "14.10.2026", LEB, "fxfwd", "ВолгаХимПром", "1 400 000,00", "RUB"],
    ["1C-TF-26-0934", "15.10.2026", LEB, "guarantee", "УралМетХолдинг", "2 175 000,00", "RUB"],
    ["1C-TF-26-0951", "23.10.2026", LEB, "guarantee", "Медтехника Поставка", "25 000,00", "RUB"],
    ["1C-TF-26-1012", "13.11.2026", GROM, "lc", "ТехноИмпорт Логистик", "312 000,00", "RUB"],
    ["1C-TF-26-1040", "12.11.2026", HART, "lc", "Anatolia Makina", "-250,00", "EUR"],
]
CALL_HEADER = ["CallStart", "Dir", "Ext", "Dst Number", "TalkSec", "Disposition", "Comment", "UniqueID"]

CONFIG = f'''# dealtrail configuration for the invented Meridian Bank trade-finance desk (test company 8)
database = "dealtrail.db"

[company]
name = "Meridian Bank - Corporate & Trade Finance"
internal_domains = ["meridianbank.ru", "meridianbank.kz", "meridianbank.ae"]
base_currency = "RUB"
country = "RU"
timezone = "Europe/Moscow"
locale = "ru"
transferred_workdays = []
extra_holidays = []

[[managers]]
email = "{HEAD}"
name = "Ирина Шестакова"
role = "head"
team = "Trade Finance"
timezone = "Europe/Moscow"
locale = "ru"
extension = "2201"

[[managers]]
email = "{GROM}"
name = "Алексей Громов"
team = "Trade Finance"
timezone = "Europe/Moscow"
locale = "ru"
extension = "2214"

[[managers]]
email = "{KAS}"
name = "Динара Касымова"
team = "Trade Finance"
timezone = "Asia/Almaty"
locale = "ru"
extension = "7015"

[[managers]]
email = "{HART}"
name = "Oliver Hartley"
team = "Trade Finance"
timezone = "Asia/Dubai"
locale = "en"
extension = "9730"

[[managers]]
email = "{LEB}"
name = "Павел Лебедев"
team = "Trade Finance"
timezone = "Europe/Moscow"
locale = "ru"
extension = "2230"
'''
for _box, _owner in BOXES.items():
    CONFIG += f'''
[[mailboxes]]
name = "{_box}-mail"
kind = "maildir"
owner = "{_owner}"
path = "mail/{_box}"

[[mailboxes]]
name = "{_box}-calendar"
kind = "ics"
owner = "{_owner}"
path = "calendar/{_box}"
'''
CONFIG += '''
[[products]]
code = "lc"
name_en = "Documentary letters of credit"
name_ru = "Аккредитивы"
aliases = ["аккредитив", "аккредитива", "аккредитивы", "letter of credit", "LC", "MT700", "подтверждение аккредитива", "confirmation"]

[[products]]
code = "guarantee"
name_en = "Bank guarantees"
name_ru = "Банковские гарантии"
aliases = ["гарантия", "гарантии", "тендерная гарантия", "гарантия исполнения", "гарантия возврата аванса", "guarantee", "APG", "performance bond"]

[[products]]
code = "tradefin"
name_en = "Export/import financing"
name_ru = "Экспортное и импортное финансирование"
aliases = ["предэкспортное финансирование", "постфинансирование", "PXF", "pre-export financing", "финансирование импорта"]

[[products]]
code = "fxfwd"
name_en = "FX forwards"
name_ru = "Валютные форварды"
aliases = ["форвард", "форварды", "хеджирование", "forward", "hedge", "своп"]

[[products]]
code = "cashmgmt"
name_en = "Cash management (host-to-host, payment factory)"
name_ru = "Управление ликвидностью (host-to-host, payment factory)"
aliases = ["host-to-host", "H2H", "payment factory", "cash management"]

[clients]
directory = "clients.csv"
auto_create = true

[imports]
plans = "plans.csv"
sales = ["sales.csv"]
fx_rates = {USD = 92.0, EUR = 99.5, CNY = 12.7, KZT = 0.18}
calls = "calls.csv"

[imports.calls_columns]
time = "CallStart"
direction = "Dir"
manager = "Ext"
phone = "Dst Number"
duration = "TalkSec"
status = "Disposition"
note = "Comment"
call_id = "UniqueID"

[pipeline]
stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]
probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}
'''

# =====================================================================================
# Three foreign clients added to the desk's books in October-November (all in English)
# =====================================================================================
PEOPLE.update({
    "v.iyer@sarvodayapharma.in": ("Venkatesh Iyer", "Sarvodaya Pharma Exports, CFO", None),
    "exports@sarvodayapharma.in": ("Neha Kulkarni", "Sarvodaya Pharma Exports", None),
    "grace.zhou@kaida-elec.cn": ("Grace Zhou", "Shenzhen Kaida Electronics, Treasury", None),
    "burak.ozturk@marmaracelik.com.tr": ("Burak Öztürk", "Marmara Celik, Trade Finance", None),
    "treasury.ops@promtorgbank.ru": ("Promtorgbank Trade Finance", "issuing bank of Sarvodaya's buyer", None),
})
CLIENTS += [
    {"name": "Sarvodaya Pharma Exports", "domains": ["sarvodayapharma.in"], "owner": LEB, "segment": "IN pharma export"},
    {"name": "Shenzhen Kaida Electronics", "domains": ["kaida-elec.cn"], "owner": HART, "segment": "CN electronics export",
     "phones": ["+86 755 8633 2190"]},
    {"name": "Marmara Celik", "domains": ["marmaracelik.com.tr"], "owner": GROM, "segment": "TR steel export"},
]

# ---------------- Sarvodaya Pharma Exports (Lebedev, structured English): LC confirmation (negotiation)
VI = "v.iyer@sarvodayapharma.in"
NK = "exports@sarvodayapharma.in"
m("s1", "2026-10-07 13:10 +05:30", VI, LEB, "Confirmation of LCs issued by Russian banks",
  """Dear Mr Lebedev,

Your name was given to us by the Indo-Russian Chamber of Commerce.
We export generic formulations to Russian distributors, about USD 7 million a year, mostly under LCs issued by Russian banks. Our Indian bankers no longer confirm these LCs, which leaves us with the full issuing-bank risk.
Would Meridian be able to confirm such LCs, and possibly discount them without recourse?

Warm regards,
Venkatesh Iyer
Chief Financial Officer
Sarvodaya Pharma Exports Pvt. Ltd., Hyderabad
+91 40 6690 2214""", na=True, ans="s2")
m("s2", "2026-10-08 15:00 +03:00", LEB, VI, "RE: Confirmation of LCs issued by Russian banks",
  """Dear Mr Iyer,

Thank you for your enquiry. Please find our position below.

1. Confirmation: we can add our confirmation to LCs issued by Russian banks on which we hold limits (most of the top-30 banks).
2. Discounting: confirmed deferred-payment LCs can be discounted without recourse once the documents are accepted.
3. Indicative pricing: confirmation 2.2-2.8% p.a. depending on the issuing bank; discounting at term SOFR + 3.5% p.a.
4. Onboarding: as a non-resident beneficiary you will need to pass our KYC; no account with us is required.

I will send you our KYC questionnaire tomorrow.""" + SIG_LEB, reply="s1", quote="s1", qstyle="outlook_en")
ag("s2", "manager", "I will send you our KYC questionnaire tomorrow.", "2026-10-09", "kept")
m("s3", "2026-10-09 11:30 +03:00", LEB, VI, "Sarvodaya - KYC questionnaire",
  """Dear Mr Iyer,

As promised, attached:
1. KYC questionnaire for non-resident corporate beneficiaries.
2. List of supporting documents (certificate of incorporation, MoA/AoA, shareholder register, last two audited accounts).
3. Form of authorisation for your signatories.""" + SIG_LEB, cc=[NK], reply="s2")
m("s4", "2026-10-16 17:45 +05:30", NK, LEB, "RE: Sarvodaya - KYC questionnaire",
  """Dear Sir,

Please find attached the filled KYC questionnaire and supporting documents as per your list.
Kindly advise whether you require the original documents by courier or scanned notarised copies are sufficient?

Thanks & Regards,
Neha Kulkarni
Manager - Export Finance
Sarvodaya Pharma Exports Pvt. Ltd.""", cc=[VI], reply="s3", na=True, ans="s5")
m("s5", "2026-10-19 10:10 +03:00", LEB, NK, "RE: Sarvodaya - KYC questionnaire",
  """Dear Ms Kulkarni,

1. Scanned notarised copies are sufficient at this stage; originals will be needed only before the first discounting.
2. Compliance review usually takes up to 10 business days.""" + SIG_LEB, cc=[VI], reply="s4", quote="s4", qstyle="outlook_en")
m("s6", "2026-11-03 12:00 +03:00", LEB, VI, "Sarvodaya - KYC completed, indicative terms",
  """Dear Mr Iyer,

I am pleased to confirm that our compliance review is complete. Our indicative terms:

1. Confirmation of LCs issued by Promtorgbank: 2.4% p.a. for the risk period, minimum USD 500.
2. Discounting without recourse: term SOFR + 3.5% p.a., calculated to maturity.
3. Advising and document examination: 0.1% each, minimum USD 100.
4. Limit for Sarvodaya's LCs: USD 2 million outstanding at any time.""" + SIG_LEB, cc=[NK])
m("s7", "2026-11-10 16:20 +05:30", VI, LEB, "RE: Sarvodaya - KYC completed, indicative terms",
  """Dear Mr Lebedev,

Thank you. 2.4% is above what we pay for confirmations of Kazakh LCs; could you consider 2.0%?
Also, we would like a joint call with our Russian buyer and Promtorgbank to align the LC wording. Would 17 November, 14:00 Moscow time work?

Regards,
Venkatesh""", cc=[NK], reply="s6", na=True, ans="sarvodaya-ptb-1711@meridianbank.ru")
meet("sarvodaya-ptb-1711@meridianbank.ru", "2026-11-17 14:00 +03:00", 60, LEB, [VI, NK, "treasury.ops@promtorgbank.ru"],
     "Sarvodaya / Promtorgbank: LC wording and confirmation", "MS Teams")
m("s8", "2026-11-18 10:00 +03:00", LEB, VI, "Sarvodaya - minutes of 17 November",
  """Dear Mr Iyer,

Thank you for yesterday's call. Summary:

1. Confirmation fee: 2.15% p.a. (our final position), minimum USD 500.
2. Promtorgbank will issue the first LC for USD 640,000 with field 49 "CONFIRM" and us as the requested confirming bank.
3. We will add our confirmation within one business day of receiving the MT700.
4. Documents to be presented to Meridian Bank, Moscow; discounting on request.""" + SIG_LEB, cc=[NK])
ag("s8", "manager", "3. We will add our confirmation within one business day of receiving the MT700.", None, "open")
m("s9", "2026-11-23 18:05 +05:30", VI, LEB, "RE: Sarvodaya - minutes of 17 November",
  """Dear Mr Lebedev,
Promtorgbank tells us the MT700 will go out on 30 November. 2.15% is agreed. Please be ready.
Venkatesh""", reply="s8", na=False)
neg("Sarvodaya Pharma Exports", LEB, "lc", "negotiation", "s8", amount=64000000, currency="USD")

# ---------------- Shenzhen Kaida Electronics (Hartley): CNY collection account (proposal)
GZ = "grace.zhou@kaida-elec.cn"
m("c1", "2026-11-02 10:30 +08:00", GZ, HART, "CNY collections from Russian customers",
  """Dear Mr Hartley,

We sell consumer electronics to six Russian retail chains. Their CNY payments to our account in Shenzhen often take 3-4 weeks or get returned by intermediary banks.
A Russian colleague suggested opening a CNY account with a Russian bank to collect payments and convert. Does Meridian offer this to non-residents? What are the costs?

Best regards,
Grace Zhou
Treasury Manager
Shenzhen Kaida Electronics Co., Ltd.
Tel +86 755 8633 2190""", na=True, ans="c2")
m("c2", "2026-11-03 09:15 +04:00", HART, GZ, "RE: CNY collections from Russian customers",
  """Dear Grace,

Thank you for your message. Yes, we open CNY and RUB accounts for non-resident companies, and incoming payments from Russian banks are usually credited the same day.
Could we have a short call on Thursday 5 November at 11:00 Shenzhen time? I'd like to understand your volumes and how you repatriate the funds.""" + SIG_HART,
  reply="c1", quote="c1", qstyle="outlook_en")
call("2026-11-05 06:05:00", "OUT", "9730", "+86 755 8633 2190", 600, "ANSWERED", "Kaida - volumes CNY", HART, "Shenzhen Kaida Electronics")
m("c3", "2026-11-05 11:00 +04:00", HART, GZ, "Kaida - proposal for a CNY collection account",
  """Dear Grace,

Thank you for the call this morning. Our proposal:
- CNY and RUB current accounts for Shenzhen Kaida Electronics in Moscow, opened remotely;
- incoming payments from Russian customers: free of charge;
- outgoing CNY transfers to your account in Shenzhen via CIPS: CNY 150 per payment;
- RUB/CNY conversion: 0.3% margin over our dealing rate, or forwards if you want to hedge.
I'll send the account opening pack on Monday.""" + SIG_HART)
ag("c3", "manager", "I'll send the account opening pack on Monday.", "2026-11-09", "kept")
m("c4", "2026-11-09 14:30 +04:00", HART, GZ, "Kaida - account opening pack",
  """Dear Grace,

Attached is the account opening pack for non-residents (application, KYC questionnaire, list of documents with apostille requirements).""" + SIG_HART, reply="c3")
m("c5", "2026-11-16 17:20 +08:00", GZ, HART, "RE: Kaida - account opening pack",
  """Dear Oliver,
Thank you. Our CFO is travelling until the end of the month, and he needs to approve a new banking relationship. Could we reconnect on 3 December?
Grace""", reply="c4", na=True, ans="c6")
m("c6", "2026-11-16 14:00 +04:00", HART, GZ, "RE: Kaida - account opening pack",
  """Of course, Grace. I'll call you on 3 December.""" + SIG_HART, reply="c5")
ag("c6", "manager", "I'll call you on 3 December.", "2026-12-03", "open")
neg("Shenzhen Kaida Electronics", HART, "cashmgmt", "proposal", "c3", next_contact="2026-12-03", source="client_request")

# ---------------- Marmara Celik (Gromov, terse English): forfaiting of a deferred-payment LC (won)
BU = "burak.ozturk@marmaracelik.com.tr"
m("t1", "2026-10-13 10:40 +03:00", BU, GROM, "Confirmation + discounting - LC from Sibirsky Kapital Bank",
  """Dear Mr Gromov,

We are beneficiary of a deferred payment LC (180 days after B/L) for EUR 2,750,000 issued by Sibirsky Kapital Bank for our Russian buyer (steel pipes).
We would like to have it confirmed and discounted without recourse. Is this possible with Meridian, and at what price?

Best regards,
Burak Öztürk
Trade Finance Manager
Marmara Çelik Dış Ticaret A.Ş., İstanbul
+90 216 555 40 12""", na=True, ans="t2")
m("t2", "2026-10-13 12:20 +03:00", GROM, BU, "RE: Confirmation + discounting - LC from Sibirsky Kapital Bank",
  """Burak,
Possible, we have a line on SKB.
Indicative: confirmation 2.8% p.a., discounting EURIBOR + 4.0%.
Send the MT700 copy.
A. Gromov""", reply="t1", quote="t1", qstyle="outlook_en")
m("t3", "2026-10-20 09:50 +03:00", BU, GROM, "RE: Confirmation + discounting - LC from Sibirsky Kapital Bank",
  """Dear Alexey,

MT700 key fields below. Honestly 2.8% is high - a Kazakh bank quoted 2.2% for a similar Russian issuer. Can you improve?

:20:SKB/ILC/26/1193
:31D:270430TURKIYE
:32B:EUR2750000,00
:41D:MRDBRUMMXXX BY DEF PAYMENT
:42P:180 DAYS AFTER B/L DATE
:49:MAY ADD
:58A:MRDBRUMMXXX

Burak""", reply="t2", na=True, ans="t4")
m("t4", "2026-10-21 11:05 +03:00", GROM, BU, "RE: Confirmation + discounting - LC from Sibirsky Kapital Bank",
  """Burak,
2.5% / EURIBOR + 3.75%. Final.
A.G.""", reply="t3")
m("t5", "2026-10-22 14:30 +03:00", BU, GROM, "RE: Confirmation + discounting - LC from Sibirsky Kapital Bank",
  """OK, agreed. Please send the forfaiting agreement.
Burak""", reply="t4", na=True, ans="t6")
m("t6", "2026-10-23 10:00 +03:00", GROM, BU, "Forfaiting agreement - Marmara Celik",
  """Burak,
Draft attached. Sign and return a scan, original by courier.
Confirmation added today, MT730 sent to SKB.
A.G.""", reply="t5")
m("t7", "2026-11-02 16:10 +03:00", BU, GROM, "RE: Forfaiting agreement - Marmara Celik",
  """Alexey, signed agreement sent by DHL, AWB 7781 2290 4410. Shipping documents were presented to you on 30 October.
When can we expect the discounted amount?
Burak""", reply="t6", na=True, ans="t8")
m("t8", "2026-11-05 12:30 +03:00", GROM, BU, "RE: Forfaiting agreement - Marmara Celik",
  """Burak,
Documents compliant, SKB accepted. Discounted: EUR 2,663,410.50 paid today, value 05.11.
A.G.""", reply="t7")
m("t9", "2026-11-05 13:02 +03:00", BU, GROM, "RE: Forfaiting agreement - Marmara Celik",
  """Received, thank you Alexey!""", reply="t8", na=False)
neg("Marmara Celik", GROM, "tradefin", "won", "t8", amount=275000000, currency="EUR")
SALES.append(["1C-TF-26-1003", "05.11.2026", GROM, "tradefin", "Marmara Celik", "4 380 000,00", "RUB"])

# ---------------- the supplier of ТехноИмпорт writes to Gromov directly; Hartley and risk; one more newsletter
m("x_01", "2026-11-16 10:20 +08:00", "chen.li@ningbo-hengda.cn", GROM, "LC ILC-26/0871 - request to amend 46A",
  """Dear Mr Gromov,
We received your LC ILC-26/0871 through Bank of Ningbo, thank you. Could you please amend 46A to accept a copy of the B/L instead of the original for the first shipment? It would speed up the payment.
Best regards,
Chen Li | Ningbo Hengda Machinery""", cc=[ZK])
m("x_02", "2026-11-16 09:40 +03:00", GROM, "chen.li@ningbo-hengda.cn", "RE: LC ILC-26/0871 - request to amend 46A",
  """Mr Chen,
Amendments only on the applicant's instruction. Please agree it with TechnoImport; Marina is in copy.
A. Gromov""", cc=[ZK], reply="x_01")
m("x_03", "2026-10-27 12:00 +04:00", HART, "n.orlova@meridianbank.ru", "Al Noor Commodities - margin 15% with assignment?",
  """Natalia, hi - Al Noor (UAE, sunflower oil imports, USD 8.4m LC line) asks for a 15% cash margin instead of 25%, plus assignment of receivables from off-takers in Oman and KSA. Would credit accept it, with or without insurance? Happy to send the file.
Thanks, Oliver""")
m("x_04", "2026-11-02 18:20 +03:00", "n.orlova@meridianbank.ru", HART, "RE: Al Noor Commodities - margin 15% with assignment?",
  """Oliver, 15% no. 20% with the assignment is fine, no insurance needed. Corporate guarantee of the holding stays.
N. Orlova""", reply="x_03")
m("n_08", "2026-11-19 07:00 +00:00", "news@tradefinance-digest.com", [HART], "TF Digest #419: Gulf-Russia food trade, LC fraud red flags",
  """TRADE FINANCE DIGEST - Weekly | Issue 419

1. Gulf-Russia food trade: who is issuing the LCs now
2. Ten red flags of LC fraud in commodity trade
3. People moves: new heads of trade at three Dubai banks

Unsubscribe: https://tradefinance-digest.com/u/419""", headers={"List-Unsubscribe": "<mailto:unsubscribe@tradefinance-digest.com>", "Precedence": "bulk"})
NOT_NEGOTIATIONS.append(("treasury.ops@promtorgbank.ru", "counterparty of a client: meeting attendee only, never writes to us"))
