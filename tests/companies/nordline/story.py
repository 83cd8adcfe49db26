"""Nordline Software: an invented WMS vendor. Every message, meeting and call is written by hand
here, with its labels. build.py turns this into Maildirs, calendars, CSVs and truth.json.
Everything is invented. Licence: Apache-2.0."""

AS_OF = "2026-12-04T18:00:00+03:00"

# ---------------------------------------------------------------- people
def P(email, name, tz, box=None, sig=None, style="outlook_en", lang="en"):
    return {"email": email, "name": name, "tz": tz, "box": box, "sig": sig, "style": style, "lang": lang}

PEOPLE = {
    # --- Nordline (internal domain nordline.tech)
    "olga": P("olga.berestova@nordline.tech", "Ольга Берестова", "Europe/Moscow", "olga",
              "С уважением,\nОльга Берестова\nДиректор по продажам | Nordline Software\n+7 495 215-40-10 доб. 100 | моб. +7 916 402-18-77",
              "outlook_ru", "ru"),
    "denis": P("denis.karpov@nordline.tech", "Денис Карпов", "Europe/Moscow", "denis",
               "--\nДенис Карпов\nменеджер по работе с клиентами\nNordline Software — складские системы\nт. +7 495 215-40-10 доб. 101, м. +7 925 118-63-02",
               "outlook_ru", "ru"),
    "aigerim": P("aigerim.sadykova@nordline.tech", "Aigerim Sadykova", "Asia/Almaty", "aigerim",
                 "Айгерим Садыкова / Aigerim Sadykova\nRegional Sales Manager, Kazakhstan & Central Asia\nNordline Software | Алматы, пр. Аль-Фараби 77/8\n+7 727 350-22-19 | +7 701 744-09-31",
                 "outlook_ru", "ru"),
    "mark": P("mark.ellison@nordline.tech", "Mark Ellison", "Australia/Brisbane", "mark",
              "Cheers,\nMark Ellison\nAccount Executive, APAC | Nordline Software\nBrisbane QLD | +61 7 3188 4410 | m +61 412 558 903",
              "outlook_en", "en"),
    "hannah": P("hannah.koenig@nordline.tech", "Hannah Koenig", "Asia/Dubai", "hannah",
                "Best regards,\nHannah Koenig\nSenior Account Manager, EMEA\nNordline Software FZ-LLC | Dubai Internet City, Bldg 12\nT +971 4 369 7720 | M +971 50 612 3384",
                "outlook_en", "en"),
    "igor": P("igor.lavrov@nordline.tech", "Игорь Лавров", "Europe/Moscow", None,
              "Игорь Лавров, пресейл-инженер\nNordline Software, доб. 140", "outlook_ru", "ru"),
    "support": P("support@nordline.tech", "Nordline Support", "Europe/Moscow", None,
                 "Служба поддержки Nordline / Nordline Support\nsupport@nordline.tech | +7 495 215-40-15", "outlook_ru", "ru"),
    # --- Denis's clients
    "mukhin": P("s.mukhin@tlural.ru", "Сергей Мухин", "Asia/Yekaterinburg", sig=
                "С уважением,\nМухин Сергей Владимирович\nДиректор по логистике\nООО «ТрансЛогистик Урал»\nг. Екатеринбург, ул. Кольцовский тракт, 12\nтел. +7 (343) 287-15-40, моб. +7 (912) 604-38-71",
                style="outlook_ru", lang="ru"),
    "ershova": P("n.ershova@farmacom.ru", "Ершова Наталья", "Europe/Moscow", sig=
                 "Н. Ершова\nРуководитель ИТ-группы склада\nАО «Фармаком-Дистрибуция»\n+7 (495) 933-71-20 доб. 312",
                 style="outlook_ru", lang="ru"),
    "grinev": P("p.grinev@farmacom.ru", "Гринёв Павел", "Europe/Moscow", sig=
                "Павел Гринёв\nКоммерческий директор\nАО «Фармаком-Дистрибуция»", style="iphone_ru", lang="ru"),
    "lapshin": P("lapshin@belmed-opt.ru", "Виктор Лапшин", "Europe/Moscow", sig="Виктор\n8-915-733-20-41",
                 style="mailru", lang="ru"),
    "kruchinina": P("e.kruchinina@stroydvor.ru", "Елена Кручинина", "Europe/Moscow", sig=
                    "Кручинина Елена\nруководитель отдела логистики\nООО «СтройДвор»\n+7 495 640-22-11",
                    style="yandex", lang="ru"),
    "somov": P("a.somov@magistral-retail.ru", "Сомов Андрей Игоревич", "Europe/Moscow", sig=
               "С уважением,\nА.И. Сомов\nДиректор по цепям поставок\nООО «Магистраль-Ритейл»\nТел.: +7 (812) 449-03-60",
               style="outlook_ru", lang="ru"),
    "zabolotnaya": P("i.zabolotnaya@ritm-group.ru", "Заболотная Ирина Сергеевна", "Europe/Moscow", sig=
                     "Заболотная И.С.\nВедущий специалист Департамента закупок\nПАО «ГК «Ритм»\nТел. +7 (495) 777-31-08, доб. 4417\nОфициальные разъяснения направляются всем участникам закупки.",
                     style="outlook_ru", lang="ru"),
    "guseinov": P("ruslan.guseinov@yandex.ru", "Руслан Гусейнов", "Europe/Moscow",
                  sig="Руслан Гусейнов\nИП Гусейнов Р.А., автозапчасти\nт. 8 (928) 415-33-06", style="yandex", lang="ru"),
    # --- Aigerim's clients
    "tulegenov": P("y.tulegenov@kazlh.kz", "Ержан Тулегенов", "Asia/Almaty", sig=
                   "С уважением,\nЕржан Тулегенов\nОперационный директор / COO\nТОО «KazLogistics Hub»\n+7 727 355-80-12",
                   style="outlook_ru", lang="ru"),
    "akhmetova": P("d.akhmetova@kazlh.kz", "Dana Akhmetova", "Asia/Almaty", sig=
                   "Dana Akhmetova\nIT Lead | KazLogistics Hub LLP\n+7 701 555 19 84", style="gmail_en", lang="en"),
    "bekova": P("g.bekova@astanafood.kz", "Гульнара Бекова", "Asia/Almaty", sig=
                "Гульнара Бекова\nНачальник отдела персонала\nТОО «Астана Фуд Трейд»\n+7 (7172) 79-44-10", style="yandex", lang="ru"),
    "hale": P("r.hale@caspian-os.kz", "Richard Hale", "Asia/Atyrau", sig=
              "Richard Hale\nSupply Chain Manager\nCaspian Oilfield Supplies LLP\nAtyrau, Kazakhstan | +7 7122 30 55 17",
              style="outlook_en", lang="en"),
    "isaev": P("b.isaev@shymkentagro.kz", "Бауыржан Исаев", "Asia/Almaty",
               sig="Исаев Бауыржан\nТОО Шымкент Агро\n+7 (7252) 56-14-80", style="mailru", lang="ru"),
    # --- Mark's clients
    "tanner": P("greg.tanner@harbourline.com.au", "Greg Tanner", "Australia/Sydney", sig=
                "Greg Tanner | Operations Director\nHarbourline Distribution Pty Ltd\nM +61 412 907 335 | T (02) 9188 4021",
                style="outlook_en", lang="en"),
    "raman": P("priya.raman@harbourline.com.au", "Priya Raman", "Australia/Sydney", sig=
               "Kind regards,\nPriya Raman CPA\nFinancial Controller | Harbourline Distribution", style="outlook_en", lang="en"),
    "whitcombe": P("sam.w@kiwifresh.co.nz", "Sam Whitcombe", "Pacific/Auckland", sig=
                   "Sam Whitcombe\nIT Manager, Kiwi Fresh Exports\n+64 9 488 2710", style="gmail_en", lang="en"),
    "donovan": P("claire.donovan@meridian-rg.com", "Claire Donovan", "Europe/London", sig=
                 "Claire Donovan MCIPS\nCategory Manager, IT & Technology Procurement\nMeridian Retail Group plc\n1 Paddington Square, London W2 1DL\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
                 style="outlook_en", lang="en"),
    "tan": P("weiling.tan@pacificcold.com.sg", "Tan Wei Ling", "Asia/Singapore", sig=
             "Wei Ling\nHead of Operations, Pacific Cold Chain Pte Ltd\n+65 6841 2290", style="outlook_en", lang="en"),
    "whitaker": P("tom.whitaker.logistics@gmail.com", "Tom Whitaker", "Australia/Brisbane",
                  sig="Tom Whitaker\nWhitaker Logistics Consulting (sole trader, ABN 51 824 753 556)\n0438 221 907",
                  style="gmail_en", lang="en"),
    # --- Hannah's clients
    "mansoori": P("faisal@gulfstar.ae", "Faisal Al Mansoori", "Asia/Dubai", sig=
                  "Regards,\nFaisal Al Mansoori\nProcurement Manager\nGulf Star Trading LLC, Jebel Ali Free Zone\nTel: +971 4 882 1930",
                  style="outlook_en", lang="en"),
    "pillai": P("ramesh.p@gulfstar.ae", "Ramesh Pillai", "Asia/Dubai", sig=None, style="iphone_en", lang="en"),
    "albrecht": P("j.albrecht@novaterm.de", "Jens Albrecht", "Europe/Berlin", sig=
                  "Mit freundlichen Grüßen / Best regards\nJens Albrecht\nHead of IT, Novaterm Logistics GmbH\nAm Sandtorkai 41, 20457 Hamburg\n+49 40 3861 7720",
                  style="outlook_en", lang="en"),
    "aydin": P("selin.aydin@atlasmedikal.com.tr", "Selin Aydın", "Europe/Istanbul", sig=
               "Selin Aydın\nOperations Manager | Atlas Medikal Tedarik A.Ş.\n+90 212 344 71 58", style="outlook_en", lang="en"),
    "haddad": P("omar@baysidefoods.ae", "Omar Haddad", "Asia/Dubai", sig=None, style="iphone_en", lang="en"),
    # --- noise
    "sklnews": P("news@sklad-expert.ru", "Склад-Эксперт", "Europe/Moscow", sig=
                 "Вы получили это письмо, потому что подписаны на рассылку «Склад-Эксперт». Отписаться: sklad-expert.ru/unsub",
                 style="outlook_ru", lang="ru"),
    "lwnews": P("digest@logisticsweekly.news", "Logistics Weekly", "Europe/London", sig=
                "You are receiving this because you subscribed at logisticsweekly.news. Unsubscribe | Manage preferences",
                style="outlook_en", lang="en"),
    "leadsurge": P("partners@leadsurge.io", "Kevin from LeadSurge", "America/New_York", sig=
                   "Kevin Marsh | Partnerships, LeadSurge\nBook a 15-min call: leadsurge.io/kevin", style="gmail_en", lang="en"),
    "seo": P("info@prodvizhenie-24.ru", "Продвижение-24", "Europe/Moscow", sig="Команда «Продвижение-24»\n8 800 301-44-90",
             style="outlook_ru", lang="ru"),
    "expo": P("a.vlasova@expo-sklad.ru", "Анна Власова", "Europe/Moscow", sig=
              "Анна Власова\nпрограммный директор выставки «Склад & Логистика»", style="outlook_ru", lang="ru"),
    "rustamov": P("a.rustamov@trg.uz", "Akmal Rustamov", "Asia/Tashkent", sig=
                  "Akmal Rustamov\nHead of Supply Chain\nTashkent Retail Group JSC\n+998 71 205 40 60", style="gmail_en", lang="en"),
    "naguib": P("m.naguib@nilevalleypharma.com.eg", "Mona Naguib", "Africa/Cairo", sig=
                "Mona Naguib\nWarehouse Systems Manager\nNile Valley Pharma S.A.E.\n+20 2 2736 5190 | Ext. 221", style="outlook_en", lang="en"),
    "emfresh": P("procurement@emiratesfresh.ae", "Emirates Fresh Procurement", "Asia/Dubai", sig=None, style="outlook_en", lang="en"),
}

MANAGERS = ["olga", "denis", "aigerim", "mark", "hannah"]

CLIENTS = [
    {"name": "ТрансЛогистик Урал", "domains": ["tlural.ru"], "owner": "denis", "segment": "mid-market", "phones": ["+7 343 287-15-40"]},
    {"name": "Фармаком-Дистрибуция", "domains": ["farmacom.ru"], "owner": "denis", "segment": "enterprise", "phones": ["+7 495 933-71-20"]},
    {"name": "Белый Медведь", "domains": ["belmed-opt.ru"], "owner": "denis", "segment": "smb"},
    {"name": "СтройДвор", "domains": ["stroydvor.ru"], "owner": "denis", "segment": "mid-market", "phones": ["+7 495 640-22-11"]},
    {"name": "Магистраль-Ритейл", "domains": ["magistral-retail.ru"], "owner": "denis", "segment": "enterprise"},
    {"name": "ГК Ритм", "domains": ["ritm-group.ru"], "owner": "denis", "segment": "enterprise"},
    {"name": "KazLogistics Hub", "domains": ["kazlh.kz"], "owner": "aigerim", "segment": "mid-market", "phones": ["+7 727 355-80-12"]},
    {"name": "Астана Фуд Трейд", "domains": ["astanafood.kz"], "owner": "aigerim", "segment": "smb", "phones": ["+7 7172 79-44-10"]},
    {"name": "Caspian Oilfield Supplies", "domains": ["caspian-os.kz"], "owner": "aigerim", "segment": "mid-market"},
    {"name": "Шымкент Агро", "domains": ["shymkentagro.kz"], "owner": "aigerim", "segment": "smb"},
    {"name": "Harbourline Distribution", "domains": ["harbourline.com.au"], "owner": "mark", "segment": "mid-market", "phones": ["+61 2 9188 4021"]},
    {"name": "Kiwi Fresh Exports", "domains": ["kiwifresh.co.nz"], "owner": "mark", "segment": "smb", "phones": ["+64 9 488 2710"]},
    {"name": "Meridian Retail Group", "domains": ["meridian-rg.com", "meridianretail.co.uk"], "owner": "mark", "segment": "enterprise"},
    {"name": "Pacific Cold Chain", "domains": ["pacificcold.com.sg"], "owner": "mark", "segment": "mid-market"},
    {"name": "Gulf Star Trading", "domains": ["gulfstar.ae"], "owner": "hannah", "segment": "mid-market", "phones": ["+971 4 882 1930"]},
    {"name": "Novaterm Logistics", "domains": ["novaterm.de"], "owner": "hannah", "segment": "mid-market"},
    {"name": "Atlas Medikal Tedarik", "domains": ["atlasmedikal.com.tr"], "owner": "hannah", "segment": "mid-market", "phones": ["+90 212 344 71 58"]},
    {"name": "Tashkent Retail Group", "domains": ["trg.uz"], "owner": "aigerim", "segment": "enterprise"},
    {"name": "Nile Valley Pharma", "domains": ["nilevalleypharma.com.eg"], "owner": "hannah", "segment": "mid-market"},
    {"name": "Bayside Foods", "domains": ["baysidefoods.ae"], "owner": "hannah", "segment": "smb"},
]
SOLE_TRADERS = ["ruslan.guseinov@yandex.ru", "tom.whitaker.logistics@gmail.com"]

# ---------------------------------------------------------------- helpers
MSGS, MEETINGS, CALLS, NEGOTIATIONS = [], [], [], []


def m(key, date, frm, to, body, subj=None, cc=(), re=None, **kw):
    """One message. date is the sender's local time. Labels in kw:
    agreed=[(quote, due, status[, who])], na=False (needs no answer), ans=<answer ref or None>,
    complaint=True|False (about us / about a third party), kind=newsletter|autoreply,
    style=<quote style>, irt=False (reply without In-Reply-To), fwd=<key forwarded>."""
    to = [to] if isinstance(to, str) else list(to)
    cc = [cc] if isinstance(cc, str) else list(cc)
    MSGS.append(dict(key=key, date=date, frm=frm, to=to, cc=cc, subj=subj, body=body, re=re, **kw))


def mt(uid, start, org, att, summary, minutes=60, where=None, desc=None, status="CONFIRMED"):
    """A meeting; start is the organiser's local time."""
    MEETINGS.append(dict(uid=uid, start=start, org=org, att=list(att), summary=summary, minutes=minutes,
                         where=where, desc=desc, status=status))


CALL_HEADER = ["Начало", "Тип вызова", "Абонент А (внутр.)", "Абонент Б", "Разговор, сек", "Итог", "ID вызова"]
EXT = {"olga": "100", "denis": "101", "aigerim": "102", "mark": "103", "hannah": "104"}


def call(key, when_msk, direction, mgr, phone, secs, status, client=None):
    CALLS.append(dict(key=key, mgr=mgr, client=client,
                      row=[when_msk, direction, EXT[mgr], phone, str(secs), status, "PBX-%05d" % (31000 + len(CALLS) * 7)]))


def neg(client, manager, product, stage, evidence, next=None, source=None, amount=None, close=None):
    NEGOTIATIONS.append(dict(client=client, manager=manager, product=product, stage=stage, evidence=evidence,
                             next=next, source=source, amount=amount, close=close))

# ================================================================ DENIS (Moscow, Russian clients)
# --- ТрансЛогистик Урал: WMS 40 seats + implementation, ends at "contract"
m("tlu01", "2026-09-29 09:47", "mukhin", "denis", subj="WMS для нового склада в Кольцово", body="""
Денис, добрый день.

Были на вашем вебинаре 24 сентября, ваш контакт дала Анна из маркетинга. Коротко о задаче: в январе запускаем новый склад класса А в Кольцово, 12 тыс. м2, ответхранение для сетевого ритейла. На смене будет 40 пользователей (кладовщики с ТСД, операторы, 2 диспетчера). Учётная система — 1С:УТ 11.5, нужна двусторонняя интеграция.

Интересует лицензия на 40 мест и внедрение под ключ. Сроки жёсткие — старт приёмки 15 февраля.
Можете показать систему на этой неделе?
""")
m("tlu02", "2026-09-29 11:20", "denis", "mukhin", re="tlu01", body="""
Сергей Владимирович, добрый день!

Спасибо, что написали. Задача понятная, у нас есть похожие проекты по ответхранению (в т.ч. в Екатеринбурге).
Предлагаю онлайн-демо в четверг, 1 октября, в 11:00 по Москве (13:00 у вас), подключу нашего пресейла Игоря Лаврова — он покажет интеграцию с УТ 11.5. Приглашение отправил.
""")
mt("tlu-demo-20261001@nordline.tech", "2026-10-01 11:00", "denis", ["mukhin", "igor"],
   "Демо Nordline WMS — ТрансЛогистик Урал", 75, "Яндекс Телемост")
call("tlu_c1", "30.09.2026 11:05", "Входящий", "denis", "+7 (343) 287-15-40", 240, "Отвечен", "ТрансЛогистик Урал")
m("tlu03", "2026-10-02 10:05", "denis", "mukhin", cc="igor", subj="Итоги демо 01.10 — Nordline WMS", body="""
Сергей Владимирович, добрый день!

Спасибо за вчерашнюю встречу. Фиксирую, что услышали:
1) 40 именных мест, 3 смены, ТСД Urovo (уже закуплены);
2) интеграция с 1С:УТ 11.5 — номенклатура, заказы, поступления, остатки;
3) адресное хранение, паллетная и коробочная отгрузка, маркировка «Честный знак» — не нужна;
4) запуск приёмки 15.02.2027.

До среды пришлю коммерческое предложение с расчётом на 40 рабочих мест.
""", agreed=[("До среды пришлю коммерческое предложение с расчётом на 40 рабочих мест.", "2026-10-07", "kept")])
m("tlu04", "2026-10-06 17:32", "denis", "mukhin", re="tlu03", body="""
Сергей Владимирович, как обещал — КП во вложении.

Кратко:
— лицензии Nordline WMS, 40 мест × 68 000 ₽ = 2 720 000 ₽ (бессрочные);
— внедрение под ключ (обследование, настройка, интеграция с УТ, обучение, 2 недели сопровождения запуска) — 2 140 000 ₽;
Итого 4 860 000 ₽ с НДС. Техподдержка первый год — 18% от стоимости лицензий, отдельным договором.

Срок внедрения — 10–12 недель, к 15 февраля успеваем, если стартуем не позже середины ноября.
""")
m("tlu05", "2026-10-09 14:10", "mukhin", "denis", re="tlu04", style="outlook_ru", body="""
Денис, добрый день.

Посмотрели с коллегами. По функционалу всё устраивает, по деньгам — выше, чем закладывали: бюджет на проект 4,5 млн. Есть ли возможность скидки на лицензии? И пришлите, пожалуйста, 2-3 референса по ответхранению, хотим позвонить.

Пришлю вам схему склада и список складских операций на следующей неделе.
""", agreed=[("Пришлю вам схему склада и список складских операций на следующей неделе.", None, "kept")])
m("tlu06", "2026-10-12 12:44", "denis", "mukhin", re="tlu05", body="""
Сергей Владимирович, добрый день!

По скидке: на лицензии можем дать 5% при подписании в этом году — это минус 136 000 ₽, итого 4 724 000 ₽.
Референсы: «Уралсиб-Терминал» (Челябинск), «ЛогистикПарк Исеть» — контакты пришлю отдельным письмом после согласования с ними.
""", agreed=[("контакты пришлю отдельным письмом после согласования с ними.", None, "broken")])
call("tlu_c2", "14.10.2026 16:20", "Исходящий", "denis", "+7 343 287 15 40", 310, "Отвечен", "ТрансЛогистик Урал")
m("tlu07", "2026-10-19 08:55", "mukhin", "denis", subj="Схема склада Кольцово + операции", body="""
Денис, во вложении схема (dwg и pdf) и перечень операций, как обещал. Обратите внимание на зону кросс-докинга — её в первой версии схемы не было.
Кто приедет на обследование? Удобно 28 или 29 октября.
""")
m("tlu08", "2026-10-19 10:30", "denis", "mukhin", re="tlu07", irt=False, subj="RE: Схема склада Кольцово + операции", body="""
Сергей Владимирович, получил, спасибо!
Приедем вдвоём с Игорем 28 октября, к 10:00. Приглашение в календаре.
""")
mt("tlu-visit-20261028@nordline.tech", "2026-10-28 08:00", "denis", ["mukhin", "igor"],
   "Обследование склада ТрансЛогистик Урал (Кольцово)", 360, "Екатеринбург, Кольцовский тракт, 12")
m("tlu09", "2026-11-10 16:02", "mukhin", "denis", cc="olga", subj="Nordline — решение", body="""
Денис, добрый день.

Согласовали с финансовым директором вариант 4 724 000 ₽. Готовы подписать до конца года, присылайте проект договора. Наши юристы смотрят договоры долго, так что чем раньше — тем лучше.
""")
m("tlu10", "2026-11-12 09:15", "denis", "mukhin", re="tlu09", cc="olga", body="""
Сергей Владимирович, отличная новость, спасибо!

Проект договора пришлю до 20 ноября, юристы сейчас сверяют приложение с SLA.
""", agreed=[("Проект договора пришлю до 20 ноября, юристы сейчас сверяют приложение с SLA.", "2026-11-20", "broken")])
m("tlu11", "2026-11-23 13:40", "mukhin", "denis", subj="договор", body="""
Денис, напомню про проект договора — ждём. Наш юрист с 7 декабря в отпуске на две недели.
""")
call("tlu_c3", "24.11.2026 15:02", "Входящий", "denis", "+7 (343) 287-15-40", 130, "Отвечен", "ТрансЛогистик Урал")
m("tlu12", "2026-11-26 18:21", "denis", "mukhin", cc="olga", subj="Проект договора — Nordline WMS / ТрансЛогистик Урал", body="""
Сергей Владимирович, добрый вечер!

Извините за задержку. Во вложении проект договора (лицензии + внедрение), приложение 1 — спецификация на 4 724 000 ₽, приложение 2 — план-график, приложение 3 — SLA.
Ждём замечания ваших юристов.
""")
m("tlu13", "2026-12-01 10:12", "mukhin", "denis", re="tlu12", body="""
Денис, добрый день. Получили, отдали юристам. Юристы вернут замечания до пятницы.
""", agreed=[("Юристы вернут замечания до пятницы.", "2026-12-04", "kept")])
m("tlu14", "2026-12-03 16:48", "mukhin", "denis", re="tlu13", body="""
Денис, во вложении протокол разногласий — 6 пунктов, в основном по ответственности и срокам оплаты (просим 30/70 вместо 50/50).
Давайте созвонимся во вторник, пройдём по пунктам.
""")
m("tlu15", "2026-12-03 17:30", "denis", "mukhin", re="tlu14", body="""
Сергей Владимирович, спасибо! Созвонимся во вторник, 8 декабря, в 11:00 по Москве — приглашение отправил. Подключу нашего юриста.
""", agreed=[("Созвонимся во вторник, 8 декабря, в 11:00 по Москве — приглашение отправил.", "2026-12-08", "open")])
mt("tlu-contract-20261208@nordline.tech", "2026-12-08 11:00", "denis", ["mukhin"],
   "ТрансЛогистик Урал — протокол разногласий", 60, "Яндекс Телемост")
neg("ТрансЛогистик Урал", "denis", "wms", "contract", "tlu12", "2026-12-08", "meeting",
    (472400000, "RUB"), "2026-12-31")

# --- Фармаком-Дистрибуция: existing customer, complaint, support renewal in negotiation
m("frm01", "2026-10-07 09:12", "ershova", "denis", cc="olga", subj="Инцидент 48211 — третья неделя без решения", body="""
Денис, Ольга Викторовна, добрый день.

Вынуждена писать вам напрямую. Инцидент 48211 (не печатаются этикетки на отгрузку после обновления 6.4) открыт 16 сентября. Третью неделю ваша поддержка отвечает отписками «передано разработчикам». Склад клеит этикетки вручную, у нас 2 смены на переработке.

Если до конца недели не будет решения, мы будем вынуждены пересмотреть продление договора поддержки.
""", complaint=True)
m("frm02", "2026-10-07 10:05", "olga", "ershova", re="frm01", cc="denis", body="""
Наталья, добрый день.

Приношу извинения за ситуацию, это недопустимо. Я взяла инцидент под личный контроль. Завтра до 12:00 я сама позвоню вам вместе с руководителем поддержки и расскажу план исправления.
""", agreed=[("Завтра до 12:00 я сама позвоню вам вместе с руководителем поддержки и расскажу план исправления.", "2026-10-08", "kept")])
m("frm03", "2026-10-07 10:20", "denis", "support", cc="olga", subj="FW: Инцидент 48211 — третья неделя без решения", fwd="frm01", body="""
Коллеги, это по Фармакому. Прошу поднять 48211 в P1 и дать Ольге Викторовне статус до конца дня. Клиент на продлении в декабре.
""")
m("frm04", "2026-10-07 15:47", "support", "denis", re="frm03", cc="olga", body="""
Денис, приоритет поднят до P1. Причина найдена — шаблон этикетки после 6.4 теряет драйвер Zebra. Хотфикс 6.4.2 будет готов завтра к утру, поставим удалённо.
""")
call("frm_c1", "08.10.2026 11:40", "Исходящий", "olga", "+7 495 933-71-20", 540, "Отвечен", "Фармаком-Дистрибуция")
m("frm05", "2026-10-09 12:30", "ershova", "denis", re="frm02", cc="olga", body="""
Хотфикс поставили, печать работает. Спасибо.
""", na=False)
m("frm06", "2026-10-26 11:00", "denis", "grinev", cc="ershova", subj="Продление техподдержки на 2027 год", body="""
Павел, добрый день!

Ваш договор техподдержки действует до 31 декабря. Предлагаю продлить на 2027 год:
— стандартный SLA (8×5, P1 — 4 часа) — 1 150 000 ₽/год;
— расширенный SLA (24×7, P1 — 1 час, выделенный инженер) — 1 480 000 ₽/год.
Учитывая историю с инцидентом 48211, я бы рекомендовал расширенный. Готов обсудить.
""")
m("frm07", "2026-11-05 21:14", "grinev", "denis", re="frm06", body="""
Денис, продлевать будем, склоняемся к расширенному. Но хотим зафиксировать в договоре штрафы за нарушение SLA. И по цене — что можете сделать?
""")
m("frm08", "2026-11-09 10:40", "denis", "grinev", re="frm07", cc="olga", body="""
Павел, добрый день!

Штрафы готовы включить: 5% от месячной стоимости за каждый пропущенный инцидент P1, но не более 20% в месяц. Цена расширенного SLA со скидкой 5% — 1 406 000 ₽ в год. Договор нужно подписать до 31 декабря, чтобы не было перерыва в поддержке.
""")
m("frm09", "2026-11-18 19:02", "grinev", "denis", re="frm08", body="""
Цена ок. По штрафам юрист хочет лимит 30%. Вернусь с окончательным ответом 10 декабря, после нашего бюджетного совещания.
""", agreed=[("Вернусь с окончательным ответом 10 декабря, после нашего бюджетного совещания.", "2026-12-10", "open")])
m("frm10", "2026-11-19 09:05", "denis", "grinev", re="frm09", body="""
Павел, понял, спасибо. Лимит 30% согласую у себя. 10 декабря после обеда наберу вас сам.
""", agreed=[("10 декабря после обеда наберу вас сам.", "2026-12-10", "open")])
call("frm_c2", "02.12.2026 09:30", "Исходящий", "denis", "8 (495) 933-71-20", 95, "Отвечен", "Фармаком-Дистрибуция")
neg("Фармаком-Дистрибуция", "denis", "support", "negotiation", "frm08", "2026-12-10", "manager_promise",
    (140600000, "RUB"), "2026-12-31")

# --- Белый Медведь: 10-person frozen-food distributor, won
m("bm01", "2026-10-01 08:31", "lapshin", "denis", subj="склад", style="mailru", body="""
Добрый день. Нам нужна простая программа для склада, 5 человек работают, хотим ТСД. Сейчас всё в экселе и бардак. Сколько стоит ваша програма на 5 чел?
""")
m("bm02", "2026-10-01 10:02", "denis", "lapshin", re="bm01", body="""
Виктор, добрый день!

Для вашего объёма подойдёт Nordline WMS Start (облако): 5 рабочих мест × 3 900 ₽ в месяц, оплата за год — 234 000 ₽. ТСД можно свои, любые на Android. Подключение — за 1 день, шаблоны ячеек загрузим из вашего экселя.
""")
m("bm03", "2026-10-05 07:58", "lapshin", "denis", re="bm02", body="""
а обучение кладовщиков входит? они у меня не очень с компьютером
""")
m("bm04", "2026-10-05 09:20", "denis", "lapshin", re="bm03", body="""
Виктор, входит вводное онлайн-обучение на 2 часа, плюс видеоинструкции. Если нужно — дополнительное обучение на месте оплачивается отдельно.
Выставлю счёт сегодня до вечера.
""", agreed=[("Выставлю счёт сегодня до вечера.", "2026-10-05", "kept")])
m("bm05", "2026-10-05 16:40", "denis", "lapshin", subj="Счёт № 1187 — Nordline WMS Start", body="""
Виктор, добрый день!
Во вложении счёт № 1187 на 234 000 ₽ и договор-оферта. После оплаты в течение дня пришлю доступы.
""", agreed=[("После оплаты в течение дня пришлю доступы.", None, "kept")])
m("bm06", "2026-10-08 11:15", "lapshin", "denis", re="bm05", body="""
оплатили вчера, платёжка во вложении. ждём доступы
""")
m("bm07", "2026-10-08 15:03", "denis", "lapshin", re="bm06", body="""
Виктор, оплата пришла, спасибо! Доступы и ссылка на обучение — в отдельном письме от support@nordline.tech. Обучение поставил на пятницу, 9 октября, в 10:00.
""")
mt("bm-training-20261009@nordline.tech", "2026-10-09 10:00", "denis", ["lapshin"], "Вводное обучение Nordline WMS — Белый Медведь", 120, "онлайн")
m("bm08", "2026-10-20 18:44", "lapshin", "denis", re="bm07", body="""
Спасибо, всё работает, ребята довольны
""", na=False)
neg("Белый Медведь", "denis", "wms", "won", "bm06", None, None, (23400000, "RUB"), None)

# --- СтройДвор: goes silent after the proposal
m("sd01", "2026-10-02 13:25", "kruchinina", "denis", subj="Запрос: система управления складом", body="""
Добрый день!

У нас 3 склада стройматериалов (Мытищи, Химки, Балашиха), около 25 пользователей. Рассматриваем WMS на замену самописной программы. Просим прислать информацию о стоимости и сроках внедрения.
""")
m("sd02", "2026-10-05 10:10", "denis", "kruchinina", re="sd01", body="""
Елена, добрый день!

Спасибо за запрос. Чтобы посчитать точно, предлагаю короткий созвон в четверг, 8 октября, в 15:00 — минут на 40. Приглашение отправил.
""")
mt("sd-call-20261008@nordline.tech", "2026-10-08 15:00", "denis", ["kruchinina"], "СтройДвор — созвон по WMS", 40, "Zoom")
m("sd03", "2026-10-09 12:00", "denis", "kruchinina", re="sd02", subj="КП Nordline WMS — СтройДвор", body="""
Елена, добрый день!

Спасибо за вчерашний созвон. Во вложении КП: 25 мест + внедрение на 3 складах, итого 3 100 000 ₽ с НДС, срок — 14 недель.
""")
m("sd04", "2026-10-14 10:31", "kruchinina", "denis", re="sd03", body="""
Денис, получили, спасибо. Вынесем на бюджетный комитет в конце октября, по итогам сообщим.
""", agreed=[("Вынесем на бюджетный комитет в конце октября, по итогам сообщим.", None, "broken")])
m("sd05", "2026-10-30 11:45", "denis", "kruchinina", re="sd04", body="""
Елена, добрый день! Подскажите, как прошёл бюджетный комитет? Если нужны доп. материалы для защиты проекта — пришлю.
""")
m("sd06", "2026-11-13 10:05", "denis", "kruchinina", re="sd05", body="""
Елена, добрый день! Напомню о себе. Если тема ещё актуальна — дайте знать, пожалуйста, подстроимся по срокам и объёму.
""")
call("sd_c1", "17.11.2026 11:30", "Исходящий", "denis", "+7 495 640 22 11", 0, "Не отвечен", "СтройДвор")
neg("СтройДвор", "denis", "wms", "lost", "sd06", None, None, (310000000, "RUB"), None)

# --- Магистраль-Ритейл: declines
m("mr01", "2026-10-13 15:30", "somov", "denis", subj="Запрос коммерческого предложения на WMS РЦ Шушары", body="""
Добрый день, Денис.

ООО «Магистраль-Ритейл» проводит выбор WMS для распределительного центра в Шушарах (28 000 м2, 60 пользователей). Просим направить коммерческое предложение до 23 октября включительно. Требования — во вложении.
""")
m("mr02", "2026-10-14 09:40", "denis", "somov", re="mr01", body="""
Андрей Игоревич, добрый день!

Спасибо за приглашение. КП пришлю до 21 октября. Если позволите, хотели бы презентовать решение вашей команде очно — готовы приехать в Санкт-Петербург на следующей неделе.
""", agreed=[("КП пришлю до 21 октября.", "2026-10-21", "kept")])
m("mr03", "2026-10-20 18:10", "denis", "somov", re="mr02", subj="КП Nordline WMS — РЦ Шушары", body="""
Андрей Игоревич, добрый вечер!

Во вложении КП: 60 лицензий, внедрение, интеграция с SAP, итого 7 950 000 ₽ с НДС. Презентацию подтверждаю на 27 октября, 14:00, у вас в офисе.
""")
mt("mr-pres-20261027@nordline.tech", "2026-10-27 14:00", "denis", ["somov", "igor"],
   "Презентация Nordline — Магистраль-Ритейл", 90, "Санкт-Петербург, Шушары, Московское ш., 70")
m("mr04", "2026-11-16 12:20", "somov", "denis", subj="Итоги выбора WMS", body="""
Денис, добрый день.

Благодарю вас и вашу команду за проделанную работу и презентацию. По итогам выбора мы выбрали другого подрядчика — решение в основном по цене и срокам.
Будем рады сотрудничеству в будущих проектах.
""")
m("mr05", "2026-11-16 13:05", "denis", "somov", re="mr04", body="""
Андрей Игоревич, спасибо за честный ответ, жаль. Если на этапе внедрения что-то пойдёт не так — мы на связи.
""")
neg("Магистраль-Ритейл", "denis", "wms", "lost", "mr04", None, None, (795000000, "RUB"), None)

# --- ГК Ритм: formal procurement, limit 30 mln
m("rt01", "2026-11-02 11:00", "zabolotnaya", "denis", subj="Запрос технико-коммерческого предложения № ЗП-2026/1184", body="""
Уважаемый Денис Александрович!

ПАО «ГК «Ритм» (далее — Заказчик) приглашает Вашу организацию принять участие в закупочной процедуре в форме запроса технико-коммерческих предложений на право заключения договора на поставку лицензий системы управления складом (WMS) на 150 рабочих мест и оказание услуг по её внедрению.

Начальная (максимальная) цена договора: 30 000 000 (тридцать миллионов) рублей 00 копеек, включая НДС.
Срок подачи ТКП: до 18:00 (МСК) 20.11.2026.
Вопросы по документации принимаются до 09.11.2026.

Документация прилагается. Просим подтвердить получение настоящего письма.
""")
m("rt02", "2026-11-03 10:15", "denis", "zabolotnaya", re="rt01", cc="olga", body="""
Ирина Сергеевна, добрый день!

Подтверждаем получение запроса № ЗП-2026/1184 и намерение участвовать.
Просим уточнить: сколько складов входит в периметр внедрения и требуется ли интеграция с SAP EWM, действующей на складе в Подольске?
""")
m("rt03", "2026-11-06 16:30", "zabolotnaya", "denis", re="rt02", body="""
Уважаемый Денис Александрович!

Направляем разъяснения: в периметр входят 4 склада (Подольск, Домодедово, Казань, Ростов-на-Дону); интеграция с SAP EWM не требуется, система выводится из эксплуатации в 2027 г.
Разъяснения направлены всем участникам закупки.
""")
m("rt04", "2026-11-19 17:20", "denis", "zabolotnaya", cc="olga", subj="ТКП ООО «Нордлайн Софт» по запросу № ЗП-2026/1184", body="""
Ирина Сергеевна, добрый день!

Направляем технико-коммерческое предложение ООО «Нордлайн Софт» по запросу № ЗП-2026/1184: лицензии Nordline WMS на 150 рабочих мест и внедрение на 4 складах. Цена — 27 400 000 ₽ с НДС. Оригиналы направлены курьером.
Просим подтвердить получение.
""")
m("rt05", "2026-11-27 14:00", "zabolotnaya", "denis", subj="Уведомление о допуске ко второму этапу, запрос № ЗП-2026/1184", body="""
Уважаемый Денис Александрович!

Уведомляем, что заявка ООО «Нордлайн Софт» допущена ко второму этапу. Переторжка состоится 09.12.2026 в 11:00 (МСК) в электронной форме. Итоги закупки будут подведены до 25.12.2026.
""")
m("rt06", "2026-11-27 15:10", "denis", "zabolotnaya", re="rt05", cc="olga", body="""
Ирина Сергеевна, добрый день! Получение подтверждаем, в переторжке 9 декабря участвуем.
""", agreed=[("в переторжке 9 декабря участвуем.", "2026-12-09", "open")])
mt("rt-rebid-20261209@nordline.tech", "2026-12-09 11:00", "denis", ["olga", "zabolotnaya"],
   "Переторжка ГК Ритм, ЗП-2026/1184", 60, "ЭТП Ритм")
neg("ГК Ритм", "denis", "wms", "negotiation", "rt05", "2026-12-09", "meeting", (2740000000, "RUB"), "2026-12-25")

# --- ИП Гусейнов (yandex.ru): a sole trader
m("ip01", "2026-11-11 20:15", "guseinov", "denis", subj="программа для склада", body="""
Здравствуйте. У меня склад автозапчастей 600 м2 в Ростове, 3 кладовщика. Постоянно пересорт и потеряшки. Ваша программа подойдёт? Сколько будет стоить?
""")
m("ip02", "2026-11-12 09:30", "denis", "guseinov", re="ip01", body="""
Руслан, добрый день!

Подойдёт, у нас несколько клиентов с автозапчастями. Тариф Start на 3 места — 11 700 ₽ в месяц. Могу показать систему онлайн на этой или следующей неделе — когда вам удобно?
""")
call("ip_c1", "12.11.2026 17:40", "Входящий", "denis", "+7 928 415-33-06", 150, "Отвечен", "ruslan.guseinov@yandex.ru")
m("ip03", "2026-11-12 18:05", "denis", "guseinov", re="ip02", body="""
Руслан, как договорились по телефону: демо в четверг, 19 ноября, в 15:00. Ссылку пришлю за час.
""", agreed=[("Ссылку пришлю за час.", None, "kept")])
mt("ip-demo-20261119@nordline.tech", "2026-11-19 15:00", "denis", ["guseinov"], "Демо Nordline WMS — ИП Гусейнов", 45, "Яндекс Телемост")
m("ip04", "2026-11-20 10:00", "denis", "guseinov", subj="КП и договор-оферта Nordline WMS Start", body="""
Руслан, добрый день!

Спасибо за вчерашнее демо. Направляю КП: 3 места Start, 140 400 ₽ за год (или 11 700 ₽ помесячно), и договор-оферту. Если будут вопросы — звоните.
""")
m("ip05", "2026-12-02 21:40", "guseinov", "denis", re="ip04", style="iphone_ru", body="""
Денис, посмотрел. В целом ок. Давайте созвонимся в понедельник, хочу уточнить по ТСД и по годовой оплате
""")
m("ip06", "2026-12-03 09:10", "denis", "guseinov", re="ip05", body="""
Руслан, договорились — наберу в понедельник в 10:00.
""", agreed=[("наберу в понедельник в 10:00.", "2026-12-07", "open")])
neg("ruslan.guseinov@yandex.ru", "denis", "wms", "proposal", "ip04", "2026-12-07", "client_request", (14040000, "RUB"), None)

# ================================================================ AIGERIM (Almaty, UTC+5; RU and EN)
# --- KazLogistics Hub: WMS, budget "до 30 млн тенге", negotiation; COO writes Russian, IT lead English
m("kz01", "2026-10-06 10:20", "tulegenov", "aigerim", subj="WMS для РЦ в Алматы — после KLW", body="""
Айгерим, добрый день!

Мы с вами говорили на стенде на Kazakhstan Logistics Week. Напомню: строим РЦ на Кульджинском тракте, 18 000 м2, 35 пользователей на старте. Бюджет на проект — до 30 млн тенге, запуск — до конца марта.
Можете приехать к нам на этой неделе, посмотреть площадку?
""")
m("kz02", "2026-10-06 11:05", "aigerim", "tulegenov", re="kz01", body="""
Ержан, добрый день!

Да, конечно, помню. Могу подъехать в пятницу, 9 октября, в 11:00 — удобно? Со мной будет наш инженер, посмотрим площадку и процессы.
""")
m("kz03", "2026-10-06 11:40", "tulegenov", "aigerim", re="kz02", style="iphone_ru", body="""
Да, пятница 11:00 ок. Пропуск закажу
""", agreed=[("Пропуск закажу", None, "kept")])
mt("kz-visit-20261009@nordline.tech", "2026-10-09 11:00", "aigerim", ["tulegenov", "akhmetova"],
   "KazLogistics Hub — выезд на площадку РЦ", 120, "Алматы, Кульджинский тракт, 106")
call("kz_c1", "09.10.2026 08:00", "Исходящий", "aigerim", "+7 727 355 80 12", 95, "Отвечен", "KazLogistics Hub")
m("kz04", "2026-10-12 16:10", "aigerim", "tulegenov", cc="akhmetova", subj="Итоги встречи 09.10 — Nordline WMS", body="""
Ержан, Дана, добрый день!

Спасибо за встречу и экскурсию. Что зафиксировали:
• 35 пользователей (25 ТСД, 10 десктоп), 2 смены;
• интеграция с 1С:Бухгалтерия для Казахстана и с порталом маркировки ИС МПТ;
• хранение данных на территории РК (облако Kazteleport или ваш сервер);
• запуск — до 31 марта 2027.

КП пришлю до 16 октября.
""", agreed=[("КП пришлю до 16 октября.", "2026-10-16", "kept")])
m("kz05", "2026-10-15 18:30", "aigerim", "tulegenov", re="kz04", cc="akhmetova", body="""
Ержан, добрый вечер!

КП во вложении:
— лицензии Nordline WMS, 35 мест × 520 000 тг = 18 200 000 тг;
— внедрение и интеграции — 11 900 000 тг;
итого 30 100 000 тг без НДС. Поддержка первого года — 15% от лицензий.
""")
m("kz06", "2026-10-20 09:15", "akhmetova", "aigerim", re="kz05", lang="en", body="""
Hi Aigerim,

A few technical questions from my side before we go further:
1. Is there a REST API for orders and stock, or only file exchange?
2. Can the system run on our own servers (we have Proxmox cluster)?
3. Which handhelds are supported? We have 12 Zebra TC21 already.

Could you also send the API documentation?
""")
m("kz07", "2026-10-21 10:02", "aigerim", "akhmetova", re="kz06", lang="en", body="""
Hi Dana,

Thank you for the questions.
1. Yes, there is a full REST API (orders, receipts, stock, master data) plus webhooks.
2. Yes, on-premise is supported — Linux VMs, PostgreSQL 15; Proxmox is fine.
3. Zebra TC21 is supported, your 12 devices can be reused.

I will send the API documentation by Friday.
""", agreed=[("I will send the API documentation by Friday.", "2026-10-23", "broken")])
m("kz08", "2026-10-27 09:40", "akhmetova", "aigerim", re="kz07", lang="en", body="""
Hi Aigerim, just checking — still waiting for the API docs. We want to finish the technical review this week.
""")
m("kz09", "2026-10-27 12:15", "aigerim", "akhmetova", re="kz08", lang="en", body="""
Dana, sorry for the delay — our documentation portal was being migrated. The API reference (PDF) and a sandbox login are attached. If anything is unclear, our engineer Igor can join a call.
""")
m("kz10", "2026-11-10 15:20", "tulegenov", "aigerim", subj="Nordline — бюджет", body="""
Айгерим, добрый день.

Технически Дана всё одобрила. Но сумма выше нашего бюджета. Готовы подписать до конца года, если уложимся в 28,5 млн тенге.
""")
m("kz11", "2026-11-11 12:40", "aigerim", "tulegenov", re="kz10", cc="olga", body="""
Ержан, добрый день!

Согласовала с руководством: 28 500 000 тенге при условии оплаты 50% до 25 декабря. Состав работ не меняется. Если подходит — подготовим договор.
""")
m("kz12", "2026-11-24 10:00", "aigerim", "tulegenov", re="kz11", body="""
Ержан, добрый день! Как продвигается согласование условий? Договор можем подготовить за 2 дня.
""")
m("kz13", "2026-11-24 10:01", "tulegenov", "aigerim", subj="Автоответ: Re: Nordline — бюджет", kind="autoreply", sig="", body="""
Здравствуйте! Я в командировке до 30 ноября, доступ к почте ограничен. По срочным вопросам — Дана Ахметова, d.akhmetova@kazlh.kz.
""", na=False)
m("kz14", "2026-12-01 09:50", "tulegenov", "aigerim", re="kz12", body="""
Айгерим, вернулся. Условия в целом ок, финдиректор хочет лично обсудить график оплаты. Давайте встретимся в четверг, 10-го, у нас.
""")
m("kz15", "2026-12-01 11:30", "aigerim", "tulegenov", re="kz14", body="""
Ержан, отлично! 10 декабря в 15:00 у вас, приглашение отправила. Возьму с собой проект договора.
""", agreed=[("Возьму с собой проект договора.", None, "open")])
mt("kz-meet-20261210@nordline.tech", "2026-12-10 15:00", "aigerim", ["tulegenov"], "KazLogistics Hub — условия оплаты, финдиректор", 60,
   "Алматы, Кульджинский тракт, 106")
neg("KazLogistics Hub", "aigerim", "wms", "negotiation", "kz11", "2026-12-10", "meeting", (2850000000, "KZT"), "2026-12-31")

# --- Астана Фуд Трейд: training, won; later a grievance about their internet provider
m("af01", "2026-10-20 11:05", "bekova", "aigerim", subj="Обучение кладовщиков", body="""
Айгерим, здравствуйте!
У нас Nordline уже 2 года, в ноябре выходят 20 новых кладовщиков на новый склад в Астане. Нужно обучение в ноябре. Подскажите варианты и стоимость.
""")
m("af02", "2026-10-21 09:30", "aigerim", "bekova", re="af01", body="""
Гульнара, добрый день!

Варианты:
1) очно в Астане, 2 дня — 1 450 000 тг + командировочные тренера;
2) онлайн, 2 дня по 4 часа — 980 000 тг.
Программа во вложении. Позвоню вам завтра утром, обсудим детали.
""", agreed=[("Позвоню вам завтра утром, обсудим детали.", "2026-10-22", "kept")])
call("af_c1", "22.10.2026 08:30", "Исходящий", "aigerim", "+7 (7172) 79-44-10", 200, "Отвечен", "Астана Фуд Трейд")
m("af03", "2026-10-23 14:22", "bekova", "aigerim", re="af02", body="""
Айгерим, после разговора посоветовались — берём онлайн. Даты 18–19 ноября. Пришлите счёт, пожалуйста.
""")
m("af04", "2026-10-23 16:00", "aigerim", "bekova", re="af03", body="""
Гульнара, счёт № KZ-342 на 980 000 тг и договор во вложении. Даты 18–19 ноября зафиксировала.
""")
m("af05", "2026-11-02 10:45", "bekova", "aigerim", re="af04", body="""
Оплату провели 30.10, платёжка во вложении.
""")
mt("af-train1-20261118@nordline.tech", "2026-11-18 10:00", "aigerim", ["bekova"], "Обучение Nordline WMS — Астана Фуд Трейд, день 1", 240, "онлайн")
mt("af-train2-20261119@nordline.tech", "2026-11-19 10:00", "aigerim", ["bekova"], "Обучение Nordline WMS — Астана Фуд Трейд, день 2", 240, "онлайн")
m("af06", "2026-11-20 12:10", "bekova", "aigerim", subj="Обратная связь по обучению", body="""
Айгерим, добрый день!

Обучение прошло хорошо, тренер Алибек — молодец, ребята всё поняли. Единственное — наш интернет-провайдер опять подвёл: во второй день связь пропала, начали на час позже. С ним уже ругаемся отдельно.
Спасибо!
""", na=False, complaint=False)
m("af07", "2026-11-20 13:00", "aigerim", "bekova", re="af06", body="""
Гульнара, спасибо за отзыв, передам Алибеку! Если понадобится — запись второго дня пришлём.
""")
neg("Астана Фуд Трейд", "aigerim", "training", "won", "af05", None, None, (98000000, "KZT"), None)

# --- Caspian Oilfield Supplies: English, qualified; Aigerim's promise for 4 Dec is broken
m("co01", "2026-11-09 08:30", "hale", "aigerim", subj="WMS enquiry - spare parts warehouses Atyrau/Aksai", body="""
Dear Aigerim,

Your name was passed to me by Dana Akhmetova at KazLogistics. We run two spare-parts warehouses (Atyrau and Aksai) for oilfield service contractors, about 18 users in total, 40k SKUs, a good share of them serialised. Part of the Atyrau site is a customs bonded warehouse.

We need English and Russian UI, serial/lot tracking and bonded stock reporting. Could we set up a call this week?

Best regards,
""")
m("co02", "2026-11-10 09:10", "aigerim", "hale", re="co01", lang="en", body="""
Dear Richard,

Thank you for reaching out, and thanks to Dana for the recommendation. Nordline WMS supports both languages, serial and lot tracking, and we have a customs-warehouse module used by two clients in Aktau.

How about a video call on Friday, 13 November, at 11:00 Atyrau time? I have sent an invitation.
""")
mt("co-call-20261113@nordline.tech", "2026-11-13 11:00", "aigerim", ["hale"], "Caspian Oilfield Supplies / Nordline — intro call", 60, "Microsoft Teams")
m("co03", "2026-11-16 07:55", "hale", "aigerim", re="co02", body="""
Aigerim,

Thanks for Friday's call. As promised, attached is our requirements list (42 items) and the volumes per site. Licences for 18 users plus support are what we have in mind; implementation we'd like quoted separately.

We'd need a proposal before our budget freeze on 15 December.
""")
m("co04", "2026-11-17 10:30", "aigerim", "hale", re="co03", lang="en", body="""
Dear Richard,

Thank you, the list is very clear. We will send you the proposal by 4 December.
""", agreed=[("We will send you the proposal by 4 December.", "2026-12-04", "broken")])
call("co_c1", "19.11.2026 10:10", "Исходящий", "aigerim", "+7 7122 30 55 17", 0, "Не отвечен", "Caspian Oilfield Supplies")
m("co05", "2026-12-02 16:40", "hale", "aigerim", re="co04", body="""
Aigerim, any update on the proposal? Just a reminder that our budget freeze is 15 December, and I need a couple of days to get it through my director.
""")
neg("Caspian Oilfield Supplies", "aigerim", "wms", "qualified", "co03", "2026-12-04", "manager_promise", None, None)

# --- Шымкент Агро: lead -> qualified; phone only in the signature
m("sa01", "2026-11-25 09:20", "isaev", "aigerim", subj="склад удобрений", body="""
Добрый день. Интересует программа для склада удобрений и семян, 2 склада. Пришлите презентацию и цены.
""")
m("sa02", "2026-11-26 10:15", "aigerim", "isaev", re="sa01", body="""
Бауыржан, добрый день!

Презентация во вложении. Цена зависит от числа пользователей и складов — чтобы не гадать, позвоню вам в понедельник, 30 ноября, и задам несколько вопросов.
""", agreed=[("позвоню вам в понедельник, 30 ноября, и задам несколько вопросов.", "2026-11-30", "kept")])
call("sa_c1", "30.11.2026 11:00", "Исходящий", "aigerim", "+7 (7252) 56-14-80", 360, "Отвечен", "Шымкент Агро")
m("sa03", "2026-11-30 15:05", "aigerim", "isaev", re="sa02", body="""
Бауыржан, спасибо за разговор! Записала: 2 склада (Шымкент и Сарыагаш), 8 пользователей, сезонные пики весной, учёт партий и сроков годности семян, 1С.
Как договорились, приеду к вам 14 декабря в 11:00 — посмотрим склады.
""", agreed=[("Как договорились, приеду к вам 14 декабря в 11:00 — посмотрим склады.", "2026-12-14", "open")])
mt("sa-visit-20261214@nordline.tech", "2026-12-14 11:00", "aigerim", ["isaev"], "Шымкент Агро — выезд на склады", 180, "Шымкент, ул. Капал батыра, 5")
neg("Шымкент Агро", "aigerim", "wms", "qualified", "sa03", "2026-12-14", "meeting", None, None)

# ================================================================ MARK (Brisbane, UTC+10; English only)
# --- Harbourline Distribution: 120 seats, negotiation, AUD
m("hl01", "2026-10-05 14:12", "tanner", "mark", subj="Following up from MHD expo - WMS for 3 DCs", body="""
G'day Mark,

Good to meet you at the MHD expo last week. As I mentioned, we're running three DCs (Wetherill Park, Eastern Creek and Laverton) on a WMS that's 14 years old and held together with sticky tape. Around 120 users all up.

Keen to see what you've got. Can you come out to Wetherill Park sometime next week?
""")
m("hl02", "2026-10-06 08:40", "mark", "tanner", re="hl01", body="""
Hi Greg,

Great to hear from you. I'm in Sydney Tuesday 13th - how about 10am at Wetherill Park? I'll bring our solutions engineer and we can walk the floor first, then a demo.

Invite's on its way.
""")
mt("hl-visit-20261013@nordline.tech", "2026-10-13 09:00", "mark", ["tanner"], "Harbourline - site walk + demo (Wetherill Park)", 180,
   "Harbourline DC, 22 Victoria St, Wetherill Park NSW")
m("hl03", "2026-10-16 15:30", "mark", "tanner", subj="Nordline proposal - Harbourline Distribution", body="""
Hi Greg,

Thanks again for Tuesday - the pick-face tour was an eye-opener. Proposal attached:

- Nordline WMS, 120 named users @ AUD 1,450 = AUD 174,000
- Implementation across 3 DCs, phased (Wetherill Park first) = AUD 96,000
- Total AUD 270,000 ex GST; support from year 2 at 18% of licences

Phase 1 go-live in 14 weeks from signing.
""")
m("hl04", "2026-10-26 17:05", "tanner", "mark", re="hl03", body="""
Mark,

Had a look with Priya. It's a bit rich for us this year. If we commit to 3 years is there any wiggle room? We'd want Wetherill Park live before Easter, that's non-negotiable - peak season after that.
""")
call("hl_c1", "27.10.2026 03:15", "Исходящий", "mark", "+61 2 9188 4021", 620, "Отвечен", "Harbourline Distribution")
m("hl05", "2026-10-27 11:20", "mark", "tanner", re="hl04", body="""
Hi Greg,

Thanks for the chat this morning. Understood on Easter - that works with a start in early January.

I'll come back to you with a 3-year pricing option by Friday.
""", agreed=[("I'll come back to you with a 3-year pricing option by Friday.", "2026-10-30", "kept")])
m("hl06", "2026-10-30 16:45", "mark", "tanner", re="hl05", cc="raman", body="""
Hi Greg, Priya,

3-year option as promised: licences on a 3-year subscription, implementation discounted 15%, year-1 invoice AUD 248,000 (then AUD 62,000 p.a. for years 2 and 3, support included). Full breakdown attached.
""")
m("hl07", "2026-11-12 10:05", "raman", "mark", re="hl06", body="""
Dear Mark,

Thank you for the revised pricing. Before this goes to the board, could you please confirm:
1. whether the year-1 amount can be invoiced quarterly in arrears;
2. the payment terms (we work on 45 days EOM);
3. that prices are fixed in AUD with no FX adjustment.

Many thanks.
""")
m("hl08", "2026-11-13 09:15", "mark", "raman", re="hl07", cc="tanner", body="""
Hi Priya,

1. Yes, quarterly in arrears is fine for year 1.
2. 45 days EOM - agreed.
3. Fixed in AUD, no FX clause.

I'll put these into the order form.
""", agreed=[("I'll put these into the order form.", None, "kept")])
m("hl09", "2026-11-20 14:30", "tanner", "mark", subj="Board", body="""
Mark - board meets on the 8th, I'll take it there. Aim is to sign by 18 December so your team can kick off in Jan. Fingers crossed.
""", agreed=[("board meets on the 8th, I'll take it there.", "2026-12-08", "open")])
call("hl_c2", "20.11.2026 08:00", "Исходящий", "mark", "+61 412 907 335", 480, "Отвечен", "Harbourline Distribution")
m("hl10", "2026-11-20 16:10", "mark", "tanner", re="hl09", body="""
Cheers Greg, good luck on the 8th. I'll give you a call on Wednesday the 9th to hear how it went.
""", agreed=[("I'll give you a call on Wednesday the 9th to hear how it went.", "2026-12-09", "open")])
m("hl11", "2026-11-30 09:00", "mark", "raman", subj="Harbourline - draft order form", body="""
Hi Priya,

Ahead of the board - draft order form attached with the quarterly invoicing, 45 days EOM and fixed AUD pricing. No action needed, just so the board pack is complete.
""")
m("hl12", "2026-11-30 10:00", "raman", "mark", subj="Automatic reply: Harbourline - draft order form", kind="autoreply", sig="", body="""
Thank you for your email. I am on annual leave until Monday 7 December with limited access to email. For urgent finance matters please contact accounts@harbourline.com.au.
""", na=False)
neg("Harbourline Distribution", "mark", "wms", "negotiation", "hl06", "2026-12-09", "manager_promise", (24800000, "AUD"), "2026-12-18")

# --- Kiwi Fresh Exports: support renewal won; later a complaint about an update
m("kf01", "2026-10-08 09:30", "mark", "whitcombe", subj="Kiwi Fresh - support renewal (contract ends 31 Oct)", body="""
Hi Sam,

Quick one - your Nordline support contract runs out on 31 October. Renewal for another 12 months is NZD 38,400 (same as this year, no increase). Happy to send the paperwork whenever you're ready.
""")
m("kf02", "2026-10-12 11:20", "whitcombe", "mark", re="kf01", body="""
Sweet, go ahead. Send the renewal paperwork to me and cc accounts@kiwifresh.co.nz please.
""")
m("kf03", "2026-10-12 10:05", "mark", "whitcombe", re="kf02", body="""
Done - renewal agreement and invoice attached. Sign page 3 and send it back whenever suits.
""")
m("kf04", "2026-10-21 15:48", "whitcombe", "mark", re="kf03", body="""
Signed copy attached. Cheers
""")
m("kf05", "2026-11-25 13:02", "whitcombe", "mark", cc="olga", subj="Update 6.5 broke label printing AGAIN", body="""
Mark,

Not happy. Your 6.5 update went in last night and label printing on the packing line is broken again - same as in July. We've got the kiwifruit season starting and we're handwriting carton labels. This is the second time this year an update has done this and nobody warned us.

I need a fix today, and frankly I want to know why we pay for support.
""", complaint=True)
call("kf_c1", "26.11.2026 01:00", "Исходящий", "mark", "+64 9 488 2710", 0, "Занято", "Kiwi Fresh Exports")
call("kf_c2", "26.11.2026 01:20", "Исходящий", "mark", "+64 9 488 2710", 300, "Отвечен", "Kiwi Fresh Exports")
m("kf06", "2026-11-25 13:40", "mark", "whitcombe", re="kf05", cc="olga", body="""
Sam, I'm really sorry - that shouldn't have happened, and you should have had a heads-up before 6.5 went in. I've escalated it to our support lead.

Our support team will have a hotfix to you by Monday. I'll ring you in the morning to go through the workaround in the meantime.
""", agreed=[("Our support team will have a hotfix to you by Monday.", "2026-11-30", "kept"),
             ("I'll ring you in the morning to go through the workaround in the meantime.", "2026-11-26", "kept")])
m("kf07", "2026-12-01 10:15", "whitcombe", "mark", re="kf06", body="""
Hotfix is in and printing works. Thanks for sorting it.
""", na=False)
neg("Kiwi Fresh Exports", "mark", "support", "won", "kf04", None, None, (3840000, "NZD"), None)

# --- Meridian Retail Group: formal RFP from procurement, proposal submitted
m("mg01", "2026-10-19 09:00", "donovan", "mark", subj="RFP-2026-APAC-117 | Warehouse Management System | Invitation to Tender", body="""
Dear Mr Ellison,

Meridian Retail Group plc ("Meridian") invites Nordline Software to submit a proposal in response to Request for Proposal RFP-2026-APAC-117 for a Warehouse Management System for its APAC distribution network (Australia, New Zealand, Singapore; 9 sites; approx. 400 users).

Key dates:
- Confirmation of intent to participate: 26 October 2026
- Clarification questions: by 2 November 2026
- Proposal submission deadline: 20 November 2026, 17:00 GMT

Please note that all communications regarding this RFP must be directed to the undersigned only. Any contact with other Meridian personnel may result in disqualification.

Yours sincerely,
""")
m("mg02", "2026-10-22 18:30", "mark", "donovan", re="mg01", body="""
Dear Ms Donovan,

Thank you for the invitation. Nordline Software confirms its intent to participate in RFP-2026-APAC-117 and accepts the RFP terms. I will be the single point of contact on our side.

Kind regards,
Mark Ellison
""", nosig=True)
m("mg03", "2026-11-02 17:50", "mark", "donovan", re="mg02", subj="RFP-2026-APAC-117 | Clarification questions - Nordline Software", body="""
Dear Ms Donovan,

Please find attached our clarification questions (7 items), mainly on the integration with your SAP S/4HANA instance, the data residency requirements for Singapore, and the expected go-live sequence of the 9 sites.
""")
m("mg04", "2026-11-02 07:51", "donovan", "mark", subj="Automatic reply: RFP-2026-APAC-117 | Clarification questions - Nordline Software", kind="autoreply", sig="", body="""
I am out of the office until Wednesday 4 November. Clarification questions for open tenders are logged and answered after the deadline. For urgent matters please contact procurement.helpdesk@meridian-rg.com.
""", na=False)
m("mg05", "2026-11-06 12:00", "donovan", "mark", subj="RFP-2026-APAC-117 | Clarification responses (all bidders)", body="""
Dear Bidders,

Please find attached the consolidated responses to clarification questions received from all bidders. Questions have been anonymised. No further clarification questions will be accepted.

The submission deadline remains 20 November 2026, 17:00 GMT.

Yours faithfully,
""", na=False)
m("mg06", "2026-11-19 21:15", "mark", "donovan", cc="olga", subj="RFP-2026-APAC-117 | Proposal submission - Nordline Software", body="""
Dear Ms Donovan,

Please find attached Nordline Software's proposal in response to RFP-2026-APAC-117: technical response, commercial response (USD 1,240,000 over 3 years, covering licences for 400 users, implementation at 9 sites and support), and the signed compliance matrix.

We would welcome the opportunity to present our solution to the evaluation panel.
""")
m("mg07", "2026-11-20 10:30", "donovan", "mark", re="mg06", body="""
Dear Mr Ellison,

We acknowledge receipt of your proposal for RFP-2026-APAC-117 within the deadline. Shortlisted vendors will be notified by 11 December 2026 and invited to present in January 2027.

Yours sincerely,
""", na=False, agreed=[("Shortlisted vendors will be notified by 11 December 2026 and invited to present in January 2027.", "2026-12-11", "open")])
neg("Meridian Retail Group", "mark", "wms", "proposal", "mg06", None, None, (124000000, "USD"), None)

# --- Pacific Cold Chain: grievance about their integrator (third party); proposal
m("pc01", "2026-11-04 16:20", "tan", "mark", subj="Looking for a WMS + implementation partner", body="""
Hi Mark,

I'll be direct. Our current system integrator has missed every single milestone this year, our second cold store in Tuas has been "two weeks from go-live" since June, and we are done with them. The WMS itself is fine-ish but we won't renew with them.

We run 2 cold stores, ~45 users, temperature zones and lot/expiry tracking. Can you talk next week?
""", complaint=False)
m("pc02", "2026-11-05 09:30", "mark", "tan", re="pc01", body="""
Hi Wei Ling,

Sorry to hear that - a stalled go-live in a cold store is no fun. Yes, happy to talk. Tuesday 10th, 12pm Brisbane time (10am yours)? Invite sent.
""")
mt("pc-call-20261110@nordline.tech", "2026-11-10 12:00", "mark", ["tan"], "Pacific Cold Chain / Nordline - discovery call", 60, "Zoom")
m("pc03", "2026-11-11 10:15", "mark", "tan", re="pc02", subj="Recap - Pacific Cold Chain discovery call", body="""
Hi Wei Ling,

Thanks for yesterday. Recap:
- 2 cold stores (Jurong, Tuas), ~45 users, 3 temperature zones
- lot/expiry (FEFO), temperature logs per pallet, SAP B1 integration
- you want Tuas live by end of Q1

I'll send a draft scope and ballpark by next Friday.
""", agreed=[("I'll send a draft scope and ballpark by next Friday.", "2026-11-20", "kept")])
m("pc04", "2026-11-19 14:40", "mark", "tan", re="pc03", body="""
Hi Wei Ling,

Draft scope and ballpark attached: SGD 210,000 for licences (45 users) and implementation at both sites, phased Tuas first. Happy to walk your team through it.
""")
m("pc05", "2026-11-26 11:05", "tan", "mark", re="pc04", body="""
Thanks Mark. We'll review internally and revert after our ops review mid-December.
""", agreed=[("We'll review internally and revert after our ops review mid-December.", None, "open")])
m("pc06", "2026-11-26 15:30", "mark", "tan", re="pc05", body="""
Sounds good, Wei Ling. I'll check in with you on 16 December then.
""", agreed=[("I'll check in with you on 16 December then.", "2026-12-16", "open")])
neg("Pacific Cold Chain", "mark", "wms", "proposal", "pc04", "2026-12-16", "manager_promise", (21000000, "SGD"), None)

# --- Tom Whitaker (gmail.com): sole trader, training, qualified; Mark's promise broken
m("tw01", "2026-11-17 19:45", "whitaker", "mark", subj="WMS training for a couple of my 3PL clients?", body="""
Hi Mark,

I'm an independent logistics consultant up here in Brisbane, I work with a few small 3PLs in south-east Queensland. Two of them are looking at Nordline. Would you run a training course for their supervisors - maybe 12 people in total? And do you have any kind of partner/referral program?

Cheers,
Tom
""")
m("tw02", "2026-11-18 08:30", "mark", "whitaker", re="tw01", body="""
Hi Tom,

Absolutely. Our standard supervisor course is 2 days, AUD 650 per person on-site or AUD 450 online. And yes, we have a referral program - happy to explain over a coffee. I'm in the Valley most days.
""")
m("tw03", "2026-11-18 09:02", "whitaker", "mark", re="tw02", body="""
Coffee sounds good - how about Thursday 26th, 8am at Nodo in Newstead?
""")
mt("tw-coffee-20261126@nordline.tech", "2026-11-26 08:00", "mark", ["whitaker"], "Coffee - Tom Whitaker (training + referrals)", 60, "Nodo, Newstead")
m("tw04", "2026-11-27 10:10", "whitaker", "mark", subj="Thanks for the coffee", body="""
Mark, thanks for this morning. Send me the training outline and the referral terms and I'll pitch it to both clients next week.
""")
m("tw05", "2026-11-27 12:00", "mark", "whitaker", re="tw04", body="""
Will do Tom - I'll send both on Monday.
""", agreed=[("I'll send both on Monday.", "2026-11-30", "broken")])
neg("tom.whitaker.logistics@gmail.com", "mark", "training", "qualified", "tw-coffee-20261126@nordline.tech", "2026-11-30", "manager_promise",
    None, None)

# ================================================================ HANNAH (Dubai, UTC+4; English only)
# --- Gulf Star Trading: WMS + implementation, contract stage, USD
m("gs01", "2026-09-30 10:40", "pillai", "hannah", subj="Demo request", body="""
Hi Hannah
We spoke at GITEX. Need WMS demo for our JAFZA warehouse, 22 users. Can we do this week or early next week?
Ramesh
IT Lead, Gulf Star
""")
m("gs02", "2026-09-30 12:15", "hannah", "pillai", re="gs01", body="""
Hi Ramesh,

Thank you for getting in touch. I can offer Monday, 5 October, at 11:00 at your office in JAFZA. I will bring a solutions engineer. Please let me know who else should attend - I assume procurement will want to join.
""")
m("gs03", "2026-09-30 13:02", "pillai", "hannah", re="gs02", body="""
Monday 11 ok. Faisal from procurement will join
""")
mt("gs-demo-20261005@nordline.tech", "2026-10-05 11:00", "hannah", ["pillai", "mansoori"], "Nordline WMS demo - Gulf Star Trading", 90, "Gulf Star, JAFZA South, Plot S40211")
m("gs04", "2026-10-08 16:20", "hannah", "mansoori", cc="pillai", subj="Nordline WMS - commercial proposal for Gulf Star Trading", body="""
Dear Faisal,

Thank you for Monday's session. Please find our proposal attached:
- Nordline WMS licences, 22 users: USD 66,000
- Implementation incl. integration with Microsoft Dynamics 365 BC: USD 104,000
- First-year support (24x7): USD 28,000
Total: USD 198,000. Validity: 60 days.
""")
m("gs05", "2026-10-19 11:30", "mansoori", "hannah", re="gs04", body="""
Dear Hannah,

Thank you for your proposal. Kindly note that other vendors have quoted significantly lower. Kindly revert with your best and final offer at the earliest.
""")
m("gs06", "2026-10-20 17:45", "hannah", "mansoori", re="gs05", body="""
Dear Faisal,

Our best and final offer is USD 186,000 - we have reduced the implementation fee, scope unchanged. I would suggest we meet to go through the scope in detail, so that you compare like with like. Would 28 October work?
""")
mt("gs-nego-20261028@nordline.tech", "2026-10-28 10:00", "hannah", ["mansoori", "pillai", "olga"], "Gulf Star / Nordline - scope and commercial review", 90, "Gulf Star, JAFZA South")
call("gs_c1", "02.11.2026 14:20", "Исходящий", "hannah", "+971 4 882 1930", 410, "Отвечен", "Gulf Star Trading")
m("gs07", "2026-11-03 09:10", "mansoori", "hannah", subj="Nordline WMS - management approval", body="""
Dear Hannah,

We are pleased to inform you that our management has approved Nordline as the selected vendor for the WMS project at USD 186,000. Kindly share the draft agreement for our legal review.
""")
m("gs08", "2026-11-03 11:00", "hannah", "mansoori", re="gs07", cc="olga", body="""
Dear Faisal,

Wonderful news - thank you, and please pass our thanks to Ramesh and the team.
Our legal team will share the draft agreement by Thursday.
""", agreed=[("Our legal team will share the draft agreement by Thursday.", "2026-11-05", "kept")])
m("gs09", "2026-11-05 15:30", "hannah", "mansoori", re="gs08", subj="Draft agreement - Nordline / Gulf Star Trading", body="""
Dear Faisal,

As promised, please find attached the draft Master Software Licence and Services Agreement with Schedule 1 (Order: USD 186,000) and Schedule 2 (SLA).
""")
m("gs10", "2026-11-19 10:20", "mansoori", "hannah", re="gs09", body="""
Dear Hannah,

Our legal has few comments on the liability cap and the governing law. The same will be shared next week.
""", agreed=[("The same will be shared next week.", None, "broken")])
m("gs11", "2026-11-30 14:05", "mansoori", "hannah", re="gs10", body="""
Dear Hannah,

Please find our legal comments attached (marked in the document). We target to sign before 15 December, as the project budget must be committed in this financial year.
""")
m("gs12", "2026-12-02 09:40", "hannah", "mansoori", re="gs11", cc="olga", body="""
Dear Faisal,

Thank you, received. Our legal is reviewing. We will revert on your comments by Tuesday.
""", agreed=[("We will revert on your comments by Tuesday.", "2026-12-08", "open")])
call("gs_c2", "03.12.2026 12:00", "Входящий", "hannah", "+971 4 882 1930", 240, "Отвечен", "Gulf Star Trading")
neg("Gulf Star Trading", "hannah", "wms", "contract", "gs09", "2026-12-08", "manager_promise", (18600000, "USD"), "2026-12-15")

# --- Novaterm Logistics: declines, "stay with our current vendor"
m("nv01", "2026-10-01 12:30", "hannah", "albrecht", subj="Nordline WMS - following up on our talk at LogiMAT", body="""
Dear Jens,

It was a pleasure meeting you at the LogiMAT China pavilion. As discussed, I am sending our reference case from a Rotterdam container-freight station - I think it maps well to your Hamburg operation.

Would you be open to a demo later this month?
""")
m("nv02", "2026-10-06 09:05", "albrecht", "hannah", re="nv01", body="""
Dear Hannah,

thank you for the case, it is interesting. Yes we can do a demo, but please online, our team is spread over two sites. 14 October, 10:00 CET would be possible for us.
""")
m("nv03", "2026-10-06 11:20", "hannah", "albrecht", re="nv02", body="""
Dear Jens,

14 October, 10:00 CET is confirmed - the invitation is in your calendar.
""")
mt("nv-demo-20261014@nordline.tech", "2026-10-14 12:00", "hannah", ["albrecht"], "Nordline WMS online demo - Novaterm Logistics", 90, "Microsoft Teams")
m("nv04", "2026-10-16 14:00", "hannah", "albrecht", subj="Nordline proposal - Novaterm Logistics", body="""
Dear Jens,

Thank you and your colleagues for the good discussion on Wednesday. Our proposal is attached: 40 users, implementation incl. integration with your TOS, EUR 142,000 in total.
""")
m("nv05", "2026-11-09 16:45", "albrecht", "hannah", re="nv04", body="""
Dear Hannah,

thank you for your patience. After careful consideration we decided to stay with our current vendor - they offered an upgrade which is less risk for us in 2027. Your system made a very good impression, especially the yard module.

Thank you for your time.
""")
m("nv06", "2026-11-10 09:00", "hannah", "albrecht", re="nv05", body="""
Dear Jens,

Thank you for letting me know, and for the kind words. I understand the choice. If the upgrade plans change, I would be happy to talk again.
""")
neg("Novaterm Logistics", "hannah", "wms", "lost", "nv05", None, None, (14200000, "EUR"), None)

# --- Atlas Medikal: training sold, trainer no-show -> complaint to Hannah with the head in Cc
m("at01", "2026-10-21 10:30", "aydin", "hannah", subj="Training for new warehouse team", body="""
Dear Hannah,

We open our new warehouse in Hadımköy in November and we will have 15 new people. We need Nordline training for them, on site in Istanbul, in the first half of November. Can you send an offer?
""")
m("at02", "2026-10-22 11:15", "hannah", "aydin", re="at01", body="""
Dear Selin,

Of course. Our offer: two-day on-site training in Istanbul for up to 16 participants, USD 9,800 incl. trainer travel. Possible dates are 10-11 November. Our Turkish-speaking trainer, Emre, would lead it.
""")
m("at03", "2026-10-26 09:50", "aydin", "hannah", re="at02", body="""
Dear Hannah, OK, we confirm 10-11 November. Please send the invoice and PO form.
""")
m("at04", "2026-10-26 12:00", "hannah", "aydin", re="at03", body="""
Dear Selin, thank you! Invoice INV-TR-2026-118 attached. Emre will be at Hadımköy at 09:00 on 10 November.
""", agreed=[("Emre will be at Hadımköy at 09:00 on 10 November.", "2026-11-10", "broken")])
mt("at-train-20261110@nordline.tech", "2026-11-10 10:00", "hannah", ["aydin"], "Atlas Medikal - on-site training day 1 (Emre)", 480, "Hadımköy, Istanbul")
m("at05", "2026-11-10 11:10", "aydin", "hannah", cc="olga", subj="Trainer did not come - this is unacceptable", body="""
Hannah,

Your trainer did not show up this morning. 15 people were waiting for two hours, and nobody from Nordline called us. I had to send the whole shift home. This is unacceptable for a paid training and it makes me look very bad in front of my management.

I expect an explanation today and a compensation proposal.
""", complaint=True)
m("at06", "2026-11-10 12:25", "hannah", "aydin", re="at05", cc="olga", body="""
Dear Selin,

I am very sorry. Emre's flight from Ankara was cancelled last night and the message never reached us - that is our failure, not yours. I will call you within the hour.
""", agreed=[("I will call you within the hour.", "2026-11-10", "kept")])
call("at_c1", "10.11.2026 12:00", "Исходящий", "hannah", "+90 212 344 71 58", 780, "Отвечен", "Atlas Medikal Tedarik")
m("at07", "2026-11-11 09:30", "hannah", "aydin", re="at06", cc="olga", body="""
Dear Selin,

Thank you for the call yesterday. As agreed:
- we will run the full training on 17-18 November at no extra cost;
- we will add a free online refresher session in December;
- we credit USD 1,000 to your next support invoice.
""", agreed=[("we will run the full training on 17-18 November at no extra cost;", "2026-11-17", "kept"),
             ("we will add a free online refresher session in December;", None, "open")])
mt("at-train-20261117@nordline.tech", "2026-11-17 10:00", "hannah", ["aydin"], "Atlas Medikal - on-site training (rescheduled)", 480, "Hadımköy, Istanbul")
m("at08", "2026-11-19 16:00", "aydin", "hannah", re="at07", body="""
Dear Hannah, the training went very well, our team is happy with Emre. Thank you for solving it.
""", na=False)
m("at09", "2026-11-24 10:00", "hannah", "aydin", re="at08", body="""
Dear Selin, glad to hear it! For the online refresher - how about 10 December, 14:00 Istanbul time?
""")
m("at10", "2026-11-25 09:15", "aydin", "hannah", re="at09", body="""
10 December works. Please send the link.
""")
m("at11", "2026-11-25 10:30", "hannah", "aydin", re="at10", body="""
Done - the invitation is in your calendar.
""")
mt("at-refresh-20261210@nordline.tech", "2026-12-10 15:00", "hannah", ["aydin"], "Atlas Medikal - online refresher (free)", 120, "Microsoft Teams")
neg("Atlas Medikal Tedarik", "hannah", "training", "won", "at03", "2026-12-10", "meeting", (980000, "USD"), None)

# --- Bayside Foods: lead -> proposal
m("bf01", "2026-11-23 19:40", "haddad", "hannah", subj="WMS price", body="""
Hi saw your post on LinkedIn. We have 4000 sqm dry store in RAK. What is the price for 10 users
Omar
""")
m("bf02", "2026-11-24 09:00", "hannah", "haddad", re="bf01", body="""
Dear Omar,

Thank you for your message. The price depends on the modules and on whether you need integration, so I would rather not guess. Could we have a 30-minute call on Thursday, 26 November, at 11:00?
""")
m("bf03", "2026-11-24 09:30", "haddad", "hannah", re="bf02", body="""
Ok thursday 11
""")
mt("bf-call-20261126@nordline.tech", "2026-11-26 11:00", "hannah", ["haddad"], "Bayside Foods - intro call", 30, "phone / WhatsApp")
m("bf04", "2026-11-27 10:00", "hannah", "haddad", subj="Bayside Foods - next steps", body="""
Dear Omar,

Thank you for the call yesterday. To summarise: 10 users, one dry store, integration with Tally, go-live in Q1. I will send you a quote early next week.
""", agreed=[("I will send you a quote early next week.", None, "kept")])
m("bf05", "2026-12-01 15:20", "hannah", "haddad", re="bf04", subj="Quote - Nordline WMS for Bayside Foods", body="""
Dear Omar,

As promised, the quote is attached: Nordline WMS Cloud, 10 users, USD 21,600 per year including onboarding and Tally connector.
""")
m("bf06", "2026-12-03 20:05", "haddad", "hannah", re="bf05", body="""
Thanks got it. Will discuss with my partner and get back to you next week
""", na=False, agreed=[("Will discuss with my partner and get back to you next week", None, "open")])
neg("Bayside Foods", "hannah", "wms", "proposal", "bf05", None, None, (2160000, "USD"), None)

# --- Tashkent Retail Group (Aigerim, English): qualified -> proposal, USD
m("tr01", "2026-10-28 10:30", "rustamov", "aigerim", subj="WMS for our new DC in Tashkent", body="""
Dear Aigerim,

We got your contact from the Nordline stand at TransLogistica Uzbekistan. Tashkent Retail Group (84 supermarkets) is building a new DC in Chirchiq, 22,000 sqm, opening in Q2 2027. We are collecting offers for WMS. Our team works in Russian and Uzbek, but management prefers documents in English.

Could you share your references in Central Asia and an indicative price for 50 users?
""")
m("tr02", "2026-10-29 09:15", "aigerim", "rustamov", re="tr01", lang="en", body="""
Dear Akmal,

Thank you for your interest. Our references in Central Asia are attached (two retailers in Kazakhstan, one distributor in Bishkek). For 50 users the licences alone are in the range of USD 55-60k, but implementation depends heavily on your processes.

I suggest a video call next week - Wednesday 4 November, 14:00 Tashkent time?
""")
m("tr03", "2026-10-29 17:40", "rustamov", "aigerim", re="tr02", body="""
Wednesday 14:00 is fine. I will invite our IT director as well.
""")
mt("tr-call-20261104@nordline.tech", "2026-11-04 14:00", "aigerim", ["rustamov"], "Tashkent Retail Group / Nordline - discovery call", 75, "Zoom")
m("tr04", "2026-11-06 11:00", "aigerim", "rustamov", re="tr03", lang="en", subj="Tashkent Retail Group - call summary and next steps", body="""
Dear Akmal,

Thank you and Bakhodir for Wednesday's call. Summary:
- 50 users, 2 shifts, cross-docking for fresh produce;
- integration with your 1C:ERP (Uzbekistan edition);
- Uzbek language on handhelds - available from version 6.5.

We will prepare a proposal within two weeks.
""", agreed=[("We will prepare a proposal within two weeks.", "2026-11-20", "kept")])
m("tr05", "2026-11-19 15:30", "aigerim", "rustamov", re="tr04", lang="en", subj="Nordline proposal - Tashkent Retail Group", body="""
Dear Akmal,

As promised, our proposal is attached: licences for 50 users USD 58,000, implementation and 1C:ERP integration USD 37,000, total USD 95,000 (without VAT). We can start in February to be ready for the Q2 opening.
""")
m("tr06", "2026-11-23 08:50", "rustamov", "aigerim", re="tr05", body="""
Dear Aigerim,

Received, thank you. We will present it to our investment committee together with two other offers. The decision is expected in January.
""")
neg("Tashkent Retail Group", "aigerim", "wms", "proposal", "tr05", None, None, (9500000, "USD"), None)

# --- Nile Valley Pharma (Hannah, English): existing WMS customer, support upgrade, negotiation
m("nl01", "2026-10-13 10:00", "naguib", "hannah", subj="Support contract upgrade - 24x7", body="""
Dear Hannah,

We are moving to three shifts in our 6th of October City warehouse from January. Our current support is business hours only. Could you send us the conditions for a 24x7 support with a Cairo-time P1 response?

Also, is it possible to add Arabic labels on the packing lists?
""")
m("nl02", "2026-10-14 09:40", "hannah", "naguib", re="nl01", body="""
Dear Mona,

Good to hear from you. 24x7 Premium Support for your 60 users is USD 31,500 per year (currently you pay USD 18,000 for Standard), P1 response within 1 hour at any time.
Arabic on packing lists is possible with a template change - roughly 3 consulting days.
""")
m("nl03", "2026-10-29 13:15", "naguib", "hannah", re="nl02", body="""
Dear Hannah,

Thanks. Our finance says the jump from 18 to 31.5 is too high in one year. Is a 2-year deal with a lower price possible? We can commit to 2 years.
""")
m("nl04", "2026-11-02 10:20", "hannah", "naguib", re="nl03", cc="olga", body="""
Dear Mona,

With a 2-year commitment we can offer USD 27,000 per year, and the Arabic template work would be included at no charge. Let me know and I will prepare the amendment.
""")
m("nl05", "2026-11-16 11:40", "naguib", "hannah", re="nl04", body="""
Dear Hannah,

Our CFO is fine with 27,000 per year but asks for the first payment in February, not January. If you can accept it, we can sign the amendment before the end of the year.
""")
m("nl06", "2026-11-16 14:05", "hannah", "naguib", re="nl05", body="""
Dear Mona,

I need to check the payment date with our finance team. I will come back to you by Friday.
""", agreed=[("I will come back to you by Friday.", "2026-11-20", "broken")])
m("nl07", "2026-11-30 09:30", "naguib", "hannah", subj="Support amendment - payment date?", body="""
Hi Hannah, sorry to chase - did you get an answer on the February payment? We need to close this in December.
""")
neg("Nile Valley Pharma", "hannah", "support", "negotiation", "nl05", None, None, (2700000, "USD"), "2026-12-31")

# ================================================================ noise: newsletters, cold senders, auto-replies, thanks
m("nz01", "2026-10-14 07:00", "sklnews", "denis", kind="newsletter", subj="Склад-Эксперт №41: маркировка, ТСД и дефицит кладовщиков", body="""
В выпуске:
— С 1 марта 2027 маркировка расширяется на новые товарные группы: что это значит для складов.
— Тест шести ТСД на Android 13.
— Зарплаты кладовщиков выросли на 18% за год: как удерживать персонал.
Читать на сайте: sklad-expert.ru/41
""", na=False)
m("nz02", "2026-11-18 07:00", "sklnews", "denis", kind="newsletter", subj="Склад-Эксперт №46: итоги «Склад & Логистика 2026»", body="""
В выпуске:
— Итоги выставки «Склад & Логистика 2026»: 340 экспонентов, 12 тыс. посетителей.
— WMS в облаке или на своём сервере: мнения ИТ-директоров.
Читать на сайте: sklad-expert.ru/46
""", na=False)
m("nz03", "2026-10-21 06:00", "lwnews", ["mark", "hannah"], kind="newsletter", subj="Logistics Weekly: Peak season labour crunch, robotics funding round-up", body="""
This week:
- Peak season labour: 3PLs in Australia report 20% shortfall of pickers
- Robotics funding round-up: USD 1.2bn raised in Q3
- Opinion: Why your WMS project will be late (and how to stop it)
Read online: logisticsweekly.news/issue/312
""", na=False)
m("nz04", "2026-11-25 06:00", "lwnews", ["mark", "hannah"], kind="newsletter", subj="Logistics Weekly: Cold chain capacity in SE Asia", body="""
This week:
- Cold chain capacity in Singapore and Malaysia: new builds in 2027
- Gulf free zones: warehouse rents up 11%
Read online: logisticsweekly.news/issue/317
""", na=False)
m("nz05", "2026-11-03 15:12", "leadsurge", "hannah", subj="50 qualified WMS leads / month for Nordline?", body="""
Hi Hannah,

I noticed Nordline is expanding in the GCC. We help B2B software vendors book 50+ qualified meetings a month with logistics decision-makers - pay per meeting.

Worth a 15-minute chat this week?
""")
m("nz06", "2026-11-10 15:30", "leadsurge", "hannah", re="nz05", subj="Re: 50 qualified WMS leads / month for Nordline?", body="""
Hi Hannah - bumping this to the top of your inbox. Would Thursday or Friday work for a quick call?
""")
m("nz07", "2026-10-22 12:00", "seo", "denis", subj="Выведем nordline.tech в ТОП-10 Яндекса", body="""
Добрый день!
Проанализировали сайт nordline.tech — по запросу «WMS система» вы на 3-й странице. Гарантируем ТОП-10 за 3 месяца или вернём деньги. Когда удобно созвониться?
""")
m("nz08", "2026-10-19 13:00", "hannah", "emfresh", subj="Warehouse management for Emirates Fresh - introduction", body="""
Dear Sir or Madam,

I am reaching out because Emirates Fresh recently opened a new facility in Dubai Industrial City. Nordline WMS supports temperature zones, FEFO and halal segregation, and is used by several food distributors in the region.

Would the person responsible for warehouse operations be open to a short introduction call?
""")
m("nz09", "2026-10-19 13:00", "emfresh", "hannah", subj="Automatic reply: Warehouse management for Emirates Fresh - introduction", kind="autoreply", body="""
Thank you for contacting Emirates Fresh Procurement. Your message has been received. Supplier registration requests are processed via our supplier portal only: suppliers.emiratesfresh.ae. This mailbox is not monitored.
""", na=False)
m("nz10", "2026-11-16 17:20", "expo", "denis", subj="Спасибо за выступление на «Склад & Логистика»", body="""
Денис, добрый день!

Спасибо за ваш доклад на секции «Цифровой склад» 12 ноября — зал был полный, много вопросов после. Презентации спикеров выложим на сайте на следующей неделе.
""", na=False)

# --- a few more client messages (English)
m("gs13", "2026-11-12 08:45", "pillai", "hannah", subj="Handhelds", body="""
Hannah one question, our Honeywell CT40 will work with Nordline or we need new devices? Need to tell finance before budget close
""")
m("gs14", "2026-11-12 10:30", "hannah", "pillai", re="gs13", body="""
Hi Ramesh, good news - the Honeywell CT40 is fully supported (Android 11+). No new devices needed.
""")
m("hl13", "2026-12-02 13:20", "tanner", "mark", subj="quick q", body="""
Mark - quick one before the board. If we wanted Laverton in phase 1 alongside Wetherill Park, what does that do to the timeline and the number? Ballpark is fine.
""")
m("hl14", "2026-12-03 09:40", "mark", "tanner", re="hl13", body="""
Hi Greg - ballpark: +AUD 18,000 on implementation and +4 weeks, so both sites live mid-May rather than before Easter. I'd keep Laverton in phase 2 if Easter is the hard date. Happy to talk it through on the 9th.
""")
m("tw06", "2026-12-03 18:10", "whitaker", "mark", re="tw05", body="""
Hi Mark, still keen on this - any news on the outline? One of the 3PLs has a planning day on the 10th and I'd love to put it in front of them.
""")

# ================================================================ internal
m("in01", "2026-10-05 09:30", "olga", ["mark", "hannah"], lang="en", subj="Q4 targets and the weekly pipeline call", body="""
Mark, Hannah, good morning,

Q4 plans are in the shared folder: APAC USD 250k, EMEA USD 300k (both licences + services). From next week we will have a weekly pipeline review on Mondays, 15:00 Moscow time, 30 minutes, with Denis and Aigerim as well. Please keep your deal notes up to date before the call.

Olga
""", nosig=True)
m("in02", "2026-10-05 18:05", "mark", "olga", re="in01", body="""
Hi Olga,

Thanks. One practical thing - 15:00 Moscow is 22:00 in Brisbane. Could we do 10:00 Moscow? That's 17:00 for me, 11:00 for Hannah and 12:00 for Aigerim.
""")
m("in03", "2026-10-05 11:10", "hannah", "olga", re="in01", cc="mark", body="""
Hi Olga, noted. 10:00 Moscow works better for me too if Mark needs it.
""")
m("in04", "2026-10-06 09:00", "olga", ["mark", "hannah", "denis", "aigerim"], lang="en", subj="Weekly pipeline review - Mondays 10:00 Moscow", body="""
Colleagues,

The weekly pipeline review will be on Mondays at 10:00 Moscow time (12:00 Almaty, 11:00 Dubai, 17:00 Brisbane), starting 12 October. Invitations are in your calendars.

Olga
""", nosig=True)
for i, d in enumerate(["2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]):
    mt("pipeline-%s@nordline.tech" % d.replace("-", ""), d + " 10:00", "olga", ["denis", "aigerim", "mark", "hannah"],
       "Weekly pipeline review / Еженедельный обзор воронки", 30, "Teams")
m("in05", "2026-10-23 12:00", "hannah", "mark", subj="Can I borrow Emre on 10-11 Nov?", body="""
Hi Mark,

Atlas Medikal in Istanbul want an on-site training on 10-11 November and Emre is the only Turkish-speaking trainer. I see him pencilled in for Kiwi Fresh that week - any chance you can move it?
""")
m("in06", "2026-10-24 07:30", "mark", "hannah", re="in05", body="""
He's yours - Sam at Kiwi is happy to do theirs online in December. Just make sure someone books his flights early, Ankara-Istanbul gets messy in November.
""")
m("in07", "2026-11-10 13:40", "hannah", "olga", subj="Atlas Medikal - trainer no-show today, what happened", body="""
Hi Olga,

Short summary of today's incident at Atlas Medikal (you were in copy of Selin's email):
- Emre's flight from Ankara was cancelled at 23:00 yesterday; he informed the travel agency, not me, and nobody passed it on.
- 15 participants waited two hours; Selin sent them home.
- I called Selin at 13:00 (our time); she calmed down but expects compensation.

My proposal: rerun the training on 17-18 November at no charge, a free online refresher in December and a USD 1,000 credit on their next support invoice. Can you approve the credit?
""")
m("in08", "2026-11-10 13:05", "olga", "hannah", re="in07", lang="en", body="""
Hannah, approved, all three. Please also agree with HR that trainers report travel problems to the account manager directly, not to the agency.
""", nosig=True, sig="Olga")
m("in09", "2026-11-25 13:50", "mark", "support", cc="olga", subj="FW: Update 6.5 broke label printing AGAIN", fwd="kf05", body="""
Support team - Kiwi Fresh, P1. Label printing on the packing line broken after 6.5, same symptom as ticket 47730 in July. Customer is in peak season. I've told them a hotfix by Monday - please confirm that's realistic.
""")
m("in10", "2026-11-26 10:20", "support", "mark", re="in09", lang="en", body="""
Mark, confirmed: same root cause as 47730 (printer template regression). Hotfix 6.5.1 will be deployed to Kiwi Fresh on Friday evening NZ time, latest Monday. Workaround (print via PDF queue) sent to Sam directly.
""", sig="Nordline Support")
m("in11", "2026-11-27 09:00", "mark", "olga", subj="Kiwi Fresh - post-mortem and what I'd change", body="""
Hi Olga,

Quick post-mortem on Kiwi Fresh: 6.5 went out to APAC customers without release notes, and label templates regressed for the second time this year. Sam was right to be angry. Hotfix is on its way.

Suggestions: (1) release notes to account managers 5 days before any update, (2) printer templates in the regression suite. Happy to raise it in Monday's review.
""")
m("in12", "2026-11-18 11:20", "aigerim", "hannah", lang="en", subj="Customs / bonded warehouse reference in English?", body="""
Hi Hannah,

I have a prospect in Atyrau (Caspian Oilfield Supplies) with a bonded warehouse. Our Aktau references are in Russian only. Do you have a bonded-warehouse case study in English from the UAE?

Thank you!
Aigerim
""", nosig=True)
m("in13", "2026-11-18 10:45", "hannah", "aigerim", re="in12", body="""
Hi Aigerim, yes - attached is the Jebel Ali bonded case (anonymised, approved for external use). Good luck with Atyrau!
""")
m("in14", "2026-11-16 19:30", "mark", "olga", subj="Meridian RFP - pricing sign-off", body="""
Hi Olga,

Meridian RFP is due Friday 20th (17:00 GMT, so Saturday 3am for me - I'll submit Thursday night). I'd like sign-off on USD 1,240,000 over 3 years for 400 users, 9 sites. That's 12% below list on licences. Reasoning: it's a lighthouse account for APAC and Meridian procurement always scores price at 40%.
""")
m("in15", "2026-11-17 09:15", "olga", "mark", re="in14", lang="en", body="""
Mark, approved at 12%, not a dollar lower at the second round without talking to me. Put me in copy when you submit.
""", nosig=True, sig="Olga")
m("in16", "2026-12-02 10:30", "olga", "hannah", lang="en", subj="Nile Valley - status?", body="""
Hannah, what's the status with Nile Valley? You promised Mona an answer on the February payment two weeks ago. Finance confirmed to me that February is fine.
""", nosig=True, sig="Olga")
m("in17", "2026-12-02 12:10", "hannah", "olga", re="in16", body="""
Hi Olga, my fault - it slipped during the Gulf Star legal review. I'll write to Mona on Monday with the amendment.
""")
m("in18", "2026-12-03 17:10", "aigerim", "olga", subj="Caspian — КП задерживается", body="""
Ольга Викторовна, добрый день.

По Caspian Oilfield Supplies не успеваю с КП к 4 декабря, как обещала клиенту: Игорь ещё считает трудоёмкость по таможенному модулю. Реально — 8 декабря. Напишу Ричарду с извинениями.
""")
m("in19", "2026-12-03 15:40", "olga", "aigerim", re="in18", body="""
Айгерим, понятно. Напишите ему сегодня, не дожидаясь пятницы, — у них 15-го заморозка бюджета. С Игорем поговорю.
""")
m("in20", "2026-11-24 09:40", "olga", "denis", subj="ТрансЛогистик — договор", body="""
Денис, Мухин мне сегодня звонил: договор обещали к 20-му. Что с ним? Юристам нужен приоритет — скажи, я попрошу.
""")
m("in21", "2026-11-24 10:05", "denis", "olga", re="in20", body="""
Ольга Викторовна, юристы застряли на приложении с SLA. Обещают к четвергу. С Мухиным созвонюсь сегодня, извинюсь.
""")
m("in22", "2026-10-29 18:30", "igor", "denis", subj="Отчёт по обследованию Кольцово", body="""
Денис, отчёт по обследованию во вложении. Главное: кросс-докинг требует доработки на 6 чел.-дней, в КП не заложено. Предлагаю включить в бюджет внедрения без изменения цены — мелочь.
""")
m("in23", "2026-11-30 09:15", "olga", ["denis", "aigerim", "mark", "hannah"], lang="en", subj="Year-end: contracts to be signed by 25 December / договоры до 25 декабря", body="""
Colleagues,

Reminder: to be booked in Q4, contracts must be signed and invoiced by 25 December. Please update close dates for every open deal before Monday's review.

Коллеги, напоминаю: чтобы сделка попала в Q4, договор должен быть подписан и счёт выставлен до 25 декабря.

Olga
""", nosig=True)
m("in24", "2026-12-03 20:15", "mark", "olga", re="in23", body="""
Hi Olga, APAC update: Harbourline board on the 8th, they aim to sign by 18 December (AUD 248k). Meridian shortlist on the 11th. Pacific Cold Chain not before mid-December.
""")
m("tw03b", "2026-11-18 09:20", "mark", "whitaker", re="tw03", body="""
Done - see you at Nodo on the 26th. I'll bring the course outline.
""", agreed=[("I'll bring the course outline.", None, "broken")])

# ---------------------------------------------------------------- more calls
call("olga_c1", "24.11.2026 09:20", "Входящий", "olga", "+7 (912) 604-38-71", 180, "Отвечен", "ТрансЛогистик Урал")
call("unk_c1", "13.11.2026 12:35", "Входящий", "denis", "+7 903 771-45-92", 45, "Отвечен")
call("int_c1", "03.11.2026 09:00", "Внутренний", "olga", "101", 60, "Отвечен")
call("nl_c1", "01.12.2026 10:10", "Входящий", "hannah", "+20 2 2736 5190", 0, "Не отвечен", "Nile Valley Pharma")

# ---------------------------------------------------------------- labels applied by key
# client messages that need no answer (thanks, FYI, confirmations, auto-replies)
NO_ANSWER = ["kz03", "gs03", "bf03", "tr03", "tr06", "kf04", "gs10", "pc05", "af05", "sd04", "mr04", "rt03",
             "tlu13", "frm05", "bm08", "af06", "at08", "kf07", "bf06", "mg05", "mg07"]
# answers that are not the next message of the manager to the client
ANSWERS = {"tlu11": "call:tlu_c3", "hl04": "call:hl_c1", "hl09": "call:hl_c2"}
for _m in MSGS:
    if _m["key"] in NO_ANSWER:
        _m["na"] = False
    if _m["key"] in ANSWERS:
        _m["ans"] = ANSWERS[_m["key"]]

NOT_NEGOTIATIONS = [
    ("news@sklad-expert.ru", "newsletter"),
    ("digest@logisticsweekly.news", "newsletter"),
    ("partners@leadsurge.io", "unknown sender, no answer"),
    ("info@prodvizhenie-24.ru", "unknown sender, no answer"),
    ("procurement@emiratesfresh.ae", "auto-reply"),
    ("a.vlasova@expo-sklad.ru", "thanks only"),
    ("igor.lavrov@nordline.tech", "internal"),
    ("support@nordline.tech", "internal"),
]

# ---------------------------------------------------------------- plans and sales (1C export, Russian headers)
PLANS_HEADER = ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"]
PLANS = [
    ["2026-Q4", "company", "", "", "all", "amount", "75000000", "RUB"],
    ["2026-Q4", "team", "Russia & CIS", "", "all", "amount", "30000000", "RUB"],
    ["2026-Q4", "team", "International", "", "all", "amount", "550000", "USD"],
    ["2026-Q4", "manager", "", "denis.karpov@nordline.tech", "all", "amount", "15000000", "RUB"],
    ["2026-Q4", "manager", "", "aigerim.sadykova@nordline.tech", "all", "amount", "60000000", "KZT"],
    ["2026-Q4", "manager", "", "mark.ellison@nordline.tech", "all", "amount", "250000", "USD"],
    ["2026-Q4", "manager", "", "hannah.koenig@nordline.tech", "all", "amount", "300000", "USD"],
    ["2026-Q4", "manager", "", "denis.karpov@nordline.tech", "wms", "deals", "3", ""],
    ["2026-12", "manager", "", "denis.karpov@nordline.tech", "all", "amount", "8000000", "RUB"],
]
SALES_HEADER = ["номер", "дата", "менеджер", "номенклатура", "контрагент", "сумма", "валюта"]
SALES = [
    ["НС-001187", "08.10.2026", "Денис Карпов", "wms", "Белый Медведь", "234000,00", "RUB"],
    ["НС-001204", "21.10.2026", "mark.ellison@nordline.tech", "support", "Kiwi Fresh Exports", "38400,00", "NZD"],
    ["НС-001219", "28.10.2026", "hannah.koenig@nordline.tech", "training", "Atlas Medikal Tedarik", "9800,00", "USD"],
    ["НС-001236", "02.11.2026", "aigerim.sadykova@nordline.tech", "training", "Астана Фуд Трейд", "980000,00", "KZT"],
]
