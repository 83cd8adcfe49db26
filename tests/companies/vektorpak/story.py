"""VektorPak: an invented packaging manufacturer. Every message, meeting and call
is written by hand here, with its labels. build.py turns it into files + truth.json.
Everything is invented. Licence: Apache-2.0."""

AS_OF = "2026-12-04T18:00:00+03:00"
DOMAIN = "vektorpak.ru"

# key: (name, email, zone, org)   zone: msk, alm, tas, bel (Europe/Belgrade), ny
P = {
    "elena":   ("Елена Маркова", "e.markova@vektorpak.ru", "msk", "us"),
    "dmitry":  ("Дмитрий Орлов", "d.orlov@vektorpak.ru", "msk", "us"),
    "svetlana": ("Светлана Кузьмина", "s.kuzmina@vektorpak.ru", "msk", "us"),
    "aigerim": ("Айгерим Сапарова", "a.saparova@vektorpak.ru", "alm", "us"),
    "prepress": ("Препресс ВекторПак", "prepress@vektorpak.ru", "msk", "us"),
    # clients
    "irina":   ("Ирина Лебедева", "i.lebedeva@severpek.ru", "msk", "Северная Пекарня"),
    "pavel":   ("Павел Гришин", "grishin.p@molkrai.ru", "msk", "Молочный Край"),
    "yulia_mk": ("Юлия Дёмина", "demina@molkrai.ru", "msk", "Молочный Край"),
    "marina":  ("Марина Котова", "zakupki@lada-cosmetics.ru", "msk", "Косметика Лада"),
    "erlan":   ("Ерлан Жумабаев", "e.zhumabayev@altyndan.kz", "alm", "Алтын Дән"),
    "asel":    ("Асель Нурланова", "asel.n@dalafoods.kz", "alm", "Dala Foods"),
    "mette":   ("Mette Holm", "meho@skovlund.dk", "alm", "Skovlund Mejeri Kazakhstan"),
    "jovana":  ("Jovana Petrović", "jovana.petrovic@hoffbauer.de", "bel", "Hoffbauer Süßwaren Srbija"),
    "kayla":   ("Kayla Brennan", "kbrennan@bloomfieldnaturals.com", "msk", "Bloomfield Naturals"),
    "tom":     ("Tom Whitaker", "twhitaker@bloomfieldnaturals.com", "ny", "Bloomfield Naturals"),
    "oleg":    ("Олег Сафронов", "oleg@baikaltea.ru", "msk", "Чайный Дом Байкал"),
    "fruto":   ("Наталья Зуева", "n.zueva@frutomania.ru", "msk", "ФрутоМания"),
    "nikola":  ("Nikola Jovanović", "nikola.jovanovic@zlatar.rs", "bel", "Mlekara Zlatar"),
    "rustam":  ("Рустам Каримов", "r.karimov@samsweets.uz", "tas", "Samarkand Sweets"),
    "olga_du": ("Ольга Дубровина", "olga@dubrava-eco.ru", "msk", "ЭкоФерма Дубрава"),
    "vika":    ("Виктория Ростова", "v.rostova@beautylab.ru", "msk", "Бьюти Лаб Про"),
    "anokhin": ("Анохин С.В.", "anokhin@vostok-snab.ru", "msk", "ТД Восток-Снаб"),
    "dana":    ("Дана Ахметова", "d.akhmetova@qazaqmilk.kz", "alm", "Qazaq Milk"),
    "bekzod":  ("Bekzod Yusupov", "b.yusupov@tkonserva.uz", "tas", "Toshkent Konserva"),
    # small producers on free mail (not in clients.csv)
    "anna":    ("Анна Иванова", "medovaya.lavka@gmail.com", "msk", None),
    "kozlov":  ("Игорь Козлов", "syrovar.kozlov@mail.ru", "msk", None),
    # not negotiations
    "news":    ("Упаковка. Новости отрасли", "digest@packnews.ru", "msk", None),
    "sokolova": ("Татьяна Соколова", "t.sokolova@sibkonditer.ru", "msk", None),
    "ink":     ("Kevin Zhao", "sales@inkchem-supply.com", "msk", None),
    "vlasova": ("Ксения Власова", "k.vlasova@upakexpo.ru", "msk", None),
}

MANAGERS = ["elena", "dmitry", "svetlana", "aigerim"]

SIG_D = "\n\n--\nД. Орлов\nВекторПак | +7 915 402-11-38"
SIG_D_EN = "\n\nDmitry Orlov\nVektorPak | +7 915 402-11-38"
SIG_S = ("\n\nС уважением,\nСветлана Кузьмина\nменеджер по работе с ключевыми клиентами\n"
         "ООО «ВекторПак», Ярославль\nтел. +7 (4852) 67-20-15, моб. +7 916 233-40-91")
SIG_S_EN = ("\n\nKind regards,\nSvetlana Kuzmina\nKey Account Manager\nVektorPak LLC, Yaroslavl, Russia\n"
            "T +7 4852 67-20-15 | M +7 916 233-40-91")
SIG_A = "\n\nАйгерим Сапарова\nВекторПак Казахстан, Алматы\n+7 701 555 20 41"
SIG_A_EN = "\n\nBest regards,\nAigerim Saparova\nVektorPak Kazakhstan | Almaty\n+7 701 555 20 41"
SIG_E = "\n\nЕлена Маркова\nкоммерческий директор ООО «ВекторПак»\n+7 (4852) 67-20-10"

MSGS = []
def msg(key, frm, to, when, subject, body, **kw):
    """kw: cc, reply (parent key), quote (style), irt (False: no In-Reply-To),
    attach, ans ('-' no answer needed | None unanswered | 'key' | 'call:label' | 'ev:UID'),
    agreed [(quote, due, status)], complaint (True about us / False third party),
    fwd (key forwarded), mailer"""
    MSGS.append(dict(key=key, frm=frm, to=to if isinstance(to, list) else [to], when=when,
                     subject=subject, body=body, **kw))

EVENTS = []
def ev(uid, owner, start, end, summary, attendees, location="", desc="", others=()):
    EVENTS.append(dict(uid=uid, owner=owner, start=start, end=end, summary=summary,
                       attendees=attendees, location=location, desc=desc, others=others))

CALLS = []   # (label, time MSK, direction, extension, phone, seconds, status, note, client)
def call(label, time, direction, ext, phone, sec, status, note, client):
    CALLS.append(dict(label=label, time=time, direction=direction, ext=ext, phone=phone,
                      sec=sec, status=status, note=note, client=client))

# ---------------------------------------------------------------- Северная Пекарня (Dmitry, carton, won)
msg("sp1", "irina", "dmitry", "2026-10-06 09:41", "Упаковка для печенья «Овсяное» — бриф",
"""Дмитрий, добрый день!

Нам вас порекомендовали коллеги из «Хлебного двора». Ищем нового поставщика картонной упаковки для линейки овсяного печенья: 3 SKU (классика, с изюмом, с шоколадом), пачка-флоупак внутри, снаружи картонная коробка 200 г.
Картон хромэрзац 270-300 г/м2, печать 4+0 плюс выборочный лак. Объём — около 200 тыс. шт. в квартал, первый тираж 120 тыс.

ТЗ и развёртки во вложении. Можете посчитать цену за тысячу на тиражах 50/100/200 тыс. до пятницы?

Ирина Лебедева
руководитель отдела закупок упаковки
ООО «Северная Пекарня», Вологда
+7 (8172) 54-33-90, моб. +7 921 140-77-12""", attach=["ТЗ_коробка_Овсяное.pdf", "развертки_3SKU.zip"], ans="sp2")

msg("sp2", "dmitry", "irina", "2026-10-06 11:02", None,
"""Ирина, добрый день.
Бриф получил, развёртки открываются. Расчёт пришлю в пятницу.""" + SIG_D, reply="sp1", quote="outlook_ru",
agreed=[("Расчёт пришлю в пятницу.", "2026-10-09", "kept")])

msg("sp3", "dmitry", "irina", "2026-10-09 16:20", "КП ВекторПак — коробка Овсяное",
"""Ирина,
КП во вложении, цены за 1000 шт. на 50/100/200 тыс.
Картон 280 г/м2, 4+0 + выборочный УФ-лак. Штамп считаем один на 3 SKU.
Образцы картона можем привезти на следующей неделе.""" + SIG_D, attach=["КП_упаковка.pdf"], reply="sp2", quote="outlook_ru")

msg("sp4", "irina", "dmitry", "2026-10-14 10:05", None,
"""Дмитрий, здравствуйте.
Посмотрели КП. На 100 тыс. у вас 10 200 за тысячу, а нам нужно в районе 9 400, иначе не проходим по себестоимости. Можете подвинуться? И что по срокам изготовления штампа?

Ирина""", reply="sp3", quote="yandex", ans="sp5")

msg("sp5", "dmitry", "irina", "2026-10-15 12:47", None,
"""Ирина,
На 100 тыс. и выше — 9 450. Ниже не можем, картон дорожает.
Штамп — 10 раб. дней. Пересчёт во вложении.
Предлагаю приехать к нам на завод 21-го, посмотреть печать и утвердить цветопробу на машине.""" + SIG_D,
attach=["КП_упаковка_v2.pdf"], reply="sp4", quote="outlook_ru")

msg("sp6", "irina", "dmitry", "2026-10-22 18:30", "Рамочный договор — Северная Пекарня",
"""Дмитрий, спасибо за вчерашний приём на заводе, коллеги впечатлены.
Цветопробу утвердили, подписанные листы оставили у вашего технолога.
Пришлите, пожалуйста, проект рамочного договора поставки, наши юристы посмотрят.

Ирина Лебедева
+7 921 140-77-12""", ans="sp7")

msg("sp7", "dmitry", "irina", "2026-10-23 10:15", None,
"""Ирина, добрый.
Проект договора во вложении. Цены — в приложении 1, как в КП v2.""" + SIG_D,
attach=["Договор_поставки_ВекторПак_СП.docx"], reply="sp6", quote="outlook_ru")

msg("sp8", "irina", "dmitry", "2026-10-29 15:12", None,
"""Дмитрий, добрый день!
Юристы прошлись по договору, правки в режиме рецензирования. Главное — просим отсрочку 45 дней вместо 30 и штраф за просрочку отгрузки 0,1% в день.
Если примете, подписанный экземпляр вернём до 10 ноября.

Ирина""", reply="sp7", quote="yandex", attach=["Договор_поставки_СП_правки.docx"], ans="call:sp_c2",
agreed=[("Если примете, подписанный экземпляр вернём до 10 ноября.", "2026-11-10", "kept")])

msg("sp9", "irina", "dmitry", "2026-11-06 11:40", "Подписанный договор и заявка на первый тираж",
"""Дмитрий, добрый день!
Как договаривались по телефону — подписанный договор во вложении (скан, оригиналы отправили СДЭКом).
Заявка на первый тираж: 120 тыс. шт. (по 40 тыс. на SKU), цена 9 450 руб. за тысячу, отгрузка до 1 декабря.
Счёт на предоплату 30% пришлите, пожалуйста.

Ирина Лебедева
ООО «Северная Пекарня»""", cc=["elena"], attach=["Договор_СП_подписан.pdf", "Заявка_001.xlsx"], ans="sp10")

msg("sp10", "dmitry", "irina", "2026-11-06 13:05", None,
"""Ирина, спасибо.
Счёт во вложении. Запускаем после оплаты, отгрузка 27.11.""" + SIG_D,
cc=["elena"], attach=["Счёт_3107.pdf"], reply="sp9", quote="outlook_ru",
agreed=[("Запускаем после оплаты, отгрузка 27.11.", "2026-11-27", "kept")])

msg("sp11", "irina", "dmitry", "2026-11-27 16:48", None,
"""Машина пришла, коробки в порядке. Спасибо!

Отправлено с iPhone""", reply="sp10", quote="iphone_ru", irt=False, ans="-")

# ---------------------------------------------------------------- Молочный Край (Svetlana, label contract + flex proposal)
msg("mk1", "pavel", "svetlana", "2026-10-05 20:14", "Новая линейка «Краюшка» — этикетка и плёнка!!",
"""Светлана, добрый вечер!

Пишу вам после выставки «Упакэкспо» — ваш стенд с термоусадочной этикеткой был, честно, лучшим в зале, и мы с коллегами потом ещё полчаса его обсуждали :)

Коротко о нас и о задаче. Мы запускаем в марте новую линейку питьевых йогуртов «Краюшка» — 4 вкуса, бутылка 290 г, и нам нужна яркая sleeve-этикетка на всю бутылку (печать 7 цветов, матовый лак на части поверхности, тиснения не надо). Плановый объём — около 2 млн шт. в год, старт — 400 тыс.
Плюс второй проект, поменьше: гибкая упаковка для нарезки сыра — флоу-пак с печатью, 150 г, тоже с запуском весной.

Очень хотим, чтобы дизайн на полке «играл», поэтому нам важен ваш препресс и цветопроба на машине. Референсы и предварительный дизайн прикладываю. Расскажите, пожалуйста, что вам ещё нужно от нас для расчёта?

С огромным уважением и надеждой на сотрудничество,
Павел Гришин
бренд-менеджер АО «Молочный Край»
+7 495 780-12-44 доб. 318""", attach=["Kraushka_refs.pdf"], ans="mk2")

msg("mk2", "svetlana", "pavel", "2026-10-06 10:30", None,
"""Павел, добрый день!

Спасибо за письмо и тёплые слова о стенде. Для расчёта нам нужно следующее:

1. Этикетка (sleeve):
   - материал: ПЭТ-Г 45 мкм или ПВХ 50 мкм (рекомендуем ПЭТ-Г);
   - чертёж бутылки с размерами и зоной усадки;
   - количество цветов и лаков — как вы описали, 7+матовый лак, подтвердите;
   - тиражи для расчёта: 100, 400 тыс. и 1 млн шт.
2. Гибкая упаковка (флоу-пак):
   - структура плёнки (ПЭТ/ПЭ или БОПП/БОПП), барьер по кислороду;
   - ширина полотна и шаг;
   - тиражи: 50, 100, 300 тыс. шт.

Расчёт по этикетке пришлю до 12 октября, по плёнке — как только получу структуру.""" + SIG_S,
reply="mk1", quote="outlook_ru", agreed=[("Расчёт по этикетке пришлю до 12 октября, по плёнке — как только получу структуру.", "2026-10-12", "kept")])

msg("mk3", "svetlana", "pavel", "2026-10-12 14:55", "КП: sleeve-этикетка «Краюшка»",
"""Павел, добрый день!

Направляю расчёт по этикетке. Материал — ПЭТ-Г 45 мкм, 7 цветов + матовый лак, с перфорацией.

| Тираж, шт.  | Цена за 1000 шт., руб. без НДС | Срок, раб. дн. |
|-------------|-------------------------------|----------------|
| 100 000     | 1 480                          | 12             |
| 400 000     | 1 190                          | 15             |
| 1 000 000   | 1 150                          | 20             |

Формы (комплект на 4 вкуса): 168 000 руб., оплачиваются один раз.
При годовом объёме 2 млн шт. итого по году: 2 300 000 руб. без НДС.

Подробное КП — во вложении.""" + SIG_S, attach=["КП_упаковка.pdf"], reply="mk2", quote="outlook_ru")

msg("mk4", "pavel", "svetlana", "2026-10-13 09:12", None,
"""Светлана, ура, спасибо!! Цены по этикетке нам в целом подходят, особенно на миллион.
По плёнке: структура ПЭТ 12 / ПЭ 50, барьер не нужен, ширина 280 мм, шаг 190 мм. Посчитаете?
И давайте созвонимся в Teams с нашим технологом — 20-го в 11:00 удобно?

Павел""", reply="mk3", quote="gmail_ru", irt=False, ans="mk5")

msg("mk5", "svetlana", "pavel", "2026-10-16 11:40", "КП: флоу-пак для сырной нарезки",
"""Павел, добрый день!

Встречу 20 октября в 11:00 поставила, ссылка придёт отдельным приглашением.
Расчёт по флоу-паку (ПЭТ 12 / ПЭ 50, 280 мм, 6 цветов):

| Тираж, шт. | Цена за 1000 шт., руб. без НДС |
|------------|-------------------------------|
| 50 000     | 2 940                          |
| 100 000    | 2 610                          |
| 300 000    | 2 380                          |

Формы: 96 000 руб.""" + SIG_S, reply="mk4", quote="outlook_ru")

msg("mk6", "pavel", "svetlana", "2026-10-27 17:20", "Договор на этикетку Краюшка",
"""Светлана, добрый вечер!
Собрались внутри — по этикетке идём с вами, присылайте договор! Плёнку для сыра пока придержим, там ждём результатов дегустаций, это уже в следующем году.
В копии Юлия Дёмина из юротдела, договор лучше направлять ей.

Павел""", cc=["yulia_mk"], ans="mk7")

msg("mk7", "svetlana", ["pavel", "yulia_mk"], "2026-10-28 12:10", None,
"""Павел, Юлия, добрый день!

Направляю проект договора поставки этикетки с приложениями:
- Приложение 1 — спецификация и цены (по КП от 12.10);
- Приложение 2 — требования к качеству и допускам по цвету (ΔE ≤ 2,5);
- Приложение 3 — график поставок на первый квартал 2027.

Будем признательны за комментарии.""" + SIG_S, attach=["Договор_этикетка_МолКрай_проект.docx"], reply="mk6", quote="outlook_ru")

msg("mk8", "yulia_mk", "svetlana", "2026-11-10 15:33", None,
"""Светлана Андреевна, добрый день.
Направляю протокол разногласий к проекту договора (п. 5.2, 7.1, 8.3). Прошу рассмотреть.

--
Дёмина Юлия Сергеевна
ведущий юрисконсульт АО «Молочный Край»
+7 495 780-12-44 доб. 205""", cc=["pavel"], reply="mk7", quote="outlook_ru", attach=["Протокол_разногласий.docx"], ans="mk9")

msg("mk9", "svetlana", "yulia_mk", "2026-11-11 10:05", None,
"""Юлия Сергеевна, добрый день!

По протоколу разногласий:
- п. 5.2 (срок оплаты 45 дней) — принимаем;
- п. 7.1 (приёмка по качеству 10 дней) — принимаем;
- п. 8.3 (неустойка 0,5% в день) — не можем принять, предлагаем 0,1% в день, не более 10% от партии.

Финальную версию договора пришлю до 18 ноября.""" + SIG_S, cc=["pavel"], reply="mk8", quote="outlook_ru",
agreed=[("Финальную версию договора пришлю до 18 ноября.", "2026-11-18", "kept")])

msg("mk10", "svetlana", ["yulia_mk", "pavel"], "2026-11-17 16:45", None,
"""Юлия Сергеевна, Павел, добрый день!

Финальная версия договора во вложении — с учётом согласованных п. 5.2, 7.1 и компромисса по 8.3 (0,1% в день, не более 10%).
Утверждение цветопробы на машине для «Краюшки» предлагаю провести у нас в Ярославле 9 декабря.""" + SIG_S,
cc=["elena"], attach=["Договор_этикетка_МолКрай_финал.docx"], reply="mk9", quote="outlook_ru")

msg("mk11", "pavel", "svetlana", "2026-11-30 09:58", None,
"""Светлана, доброе утро! Договор на подписи у генерального, он вернётся из командировки на следующей неделе. 9-го приедем вдвоём с технологом, приглашение приняли 👍

Павел Гришин
бренд-менеджер АО «Молочный Край»
+7 495 780-12-44 доб. 318""", reply="mk10", quote="gmail_ru", ans="-")

# ---------------------------------------------------------------- Косметика Лада (Svetlana, PET, lost to competitor)
msg("la1", "marina", "svetlana", "2026-10-08 10:22", "Запрос: ПЭТ-банка 200 мл",
"""Добрый день. Прошу предоставить цену на ПЭТ-банку 200 мл с крышкой, горло 89 мм, цвет белый, 250 тыс. шт. Образец банки можем прислать.

Котова М.
отдел закупок ООО «Косметика Лада»
+7 (8482) 61-05-77""", ans="la2")

msg("la2", "svetlana", "marina", "2026-10-09 13:30", None,
"""Марина, добрый день!

Расчёт по ПЭТ-банке 200 мл (горло 89 мм, белая, крышка винтовая ПП):

| Тираж, шт. | Цена за шт., руб. без НДС | с крышкой |
|------------|--------------------------|-----------|
| 100 000    | 6,90                      | 8,45      |
| 250 000    | 6,55                      | 7,95      |

Образец пришлите, пожалуйста, — проверим совместимость с нашей оснасткой.""" + SIG_S, reply="la1", quote="outlook_ru")

msg("la3", "marina", "svetlana", "2026-10-15 09:47", None,
"""Светлана, у другого поставщика 6,20 за банку на 250 тыс. Готовы рассмотреть встречное предложение до 20.10.

Котова М.""", reply="la2", quote="outlook_ru", ans="la4")

msg("la4", "svetlana", "marina", "2026-10-16 15:10", None,
"""Марина, добрый день!

Пересмотрели расчёт при тираже 250 тыс. шт. и отгрузке двумя партиями:

| Позиция          | Было, руб./шт. | Стало, руб./шт. |
|------------------|----------------|-----------------|
| Банка 200 мл     | 6,55           | 6,35            |
| Банка + крышка   | 7,95           | 7,70            |

Это наш минимум при сохранении толщины стенки 1,2 мм.""" + SIG_S, reply="la3", quote="outlook_ru")

msg("la5", "marina", "svetlana", "2026-10-26 11:15", None,
"""Светлана, добрый день. Спасибо за предложение, но по итогам сравнения выбрали другого поставщика — у них дешевле на 12%. Будем иметь вас в виду на следующий год.

Котова М.""", reply="la4", quote="outlook_ru", ans="-:la6")

msg("la6", "svetlana", "marina", "2026-10-26 12:02", None,
"""Марина, спасибо, что сообщили. Жаль, но понимаем. Если появятся новые форматы — будем рады посчитать.""" + SIG_S,
reply="la5", quote="outlook_ru")

# ---------------------------------------------------------------- Алтын Дән (Aigerim, flex, negotiation)
msg("al1", "erlan", "aigerim", "2026-10-07 10:10", "Пакеты для муки",
"""Айгерим, добрый день.
Нужна гибкая упаковка для муки: пакеты 2 кг и 5 кг, печать 4 цвета, ламинат БОПП/БОПП. В год примерно 3 млн пакетов 2 кг и 1,2 млн пакетов 5 кг. Сейчас берём у турецкого поставщика, хотим второго.
Пришлите цены.

Ерлан Жумабаев
директор по закупкам ТОО «Алтын Дән»
+7 727 390 14 52""", ans="al2")

msg("al2", "aigerim", "erlan", "2026-10-08 09:30", None,
"""Ерлан, добрый день!
Спасибо за запрос. Чтобы цена была точной, уточните, пожалуйста:
- пакет с ручкой-вырубкой или без?
- нужен ли клапан/ zip на 5 кг?
- поставка DAP Алматы или самовывоз со склада в Алматы?
Как только ответите — за 3-4 дня посчитаю.""" + SIG_A, reply="al1", quote="outlook_ru",
agreed=[("Как только ответите — за 3-4 дня посчитаю.", None, "kept")])

msg("al3", "erlan", "aigerim", "2026-10-09 12:41", None,
"""Без ручки. Zip не нужен. DAP Алматы, склад в Каскелене.

Ерлан""", reply="al2", quote="outlook_ru", ans="al4")

msg("al4", "aigerim", "erlan", "2026-10-14 11:20", "Quotation Q-1182 — пакеты для муки",
"""Ерлан, добрый день!
Направляю расчёт Q-1182 (в тенге, DAP Алматы, без НДС):

2 кг — 1 млн шт.: 41,5 тг/шт.; 3 млн шт.: 38,9 тг/шт.
5 кг — 500 тыс. шт.: 72,0 тг/шт.; 1,2 млн шт.: 67,8 тг/шт.

Годовой объём по вашим цифрам — около 45 млн тенге. Детали в файле.
Предлагаю встретиться у вас 22 октября, привезу образцы ламината.""" + SIG_A, attach=["Quotation_Q-1182.xlsx"], reply="al3", quote="outlook_ru",
agreed=[("Предлагаю встретиться у вас 22 октября, привезу образцы ламината.", "2026-10-22", "kept")])

msg("al5", "erlan", "aigerim", "2026-11-03 16:02", "Re: Quotation Q-1182",
"""Айгерим, образцы посмотрели, по качеству ок. Но турки дешевле на 9%. Сможете подвинуться хотя бы на 6-7?

Ерлан""", ans="al6")

msg("al6", "aigerim", "erlan", "2026-11-05 10:45", None,
"""Ерлан, добрый день!
Пересчитали с учётом годового контракта и поставки двумя партиями в квартал — минус 5% по обеим позициям, обновлённый расчёт Q-1182-R1 во вложении. Ниже, к сожалению, не получается из-за цены на БОПП.
Перезвоню вам в понедельник, 9 ноября, обсудим.""" + SIG_A,
attach=["Quotation_Q-1182-R1.xlsx"], reply="al5", quote="outlook_ru",
agreed=[("Перезвоню вам в понедельник, 9 ноября, обсудим.", "2026-11-09", "kept")])

msg("al7", "erlan", "aigerim", "2026-11-10 09:14", None,
"""Айгерим, как обсуждали вчера: по 5 кг цена R1 нас устраивает. По 2 кг думаем, ответ дадим до конца месяца.

Ерлан""", reply="al6", quote="outlook_ru", ans="-",
agreed=[("По 2 кг думаем, ответ дадим до конца месяца.", "2026-11-30", "broken")])

msg("al8", "aigerim", "erlan", "2026-12-02 10:30", None,
"""Ерлан, добрый день!
Есть ли решение по пакетам 2 кг? Если нужно, можем ещё раз посмотреть структуру плёнки — вариант с более тонким БОПП даст ещё около 2%.
Наберу вам в понедельник, 7 декабря.""" + SIG_A, reply="al7", quote="outlook_ru",
agreed=[("Наберу вам в понедельник, 7 декабря.", "2026-12-07", "open")])

# ---------------------------------------------------------------- Dala Foods (Aigerim, carton, trial batch)
msg("da1", "asel", "aigerim", "2026-10-12 15:30", "Коробки для гранолы / cereal boxes",
"""Айгерим, привет! Это Асель из Dala Foods, мы виделись на Food Expo Qazaqstan.
Мы делаем гранолу и хлопья, сейчас меняем дизайн и хотим перейти с импортных коробок на ваши. Нужна картонная упаковка 3 формата (250, 400, 750 г), печать 5 цветов, есть окно под плёнкой.
Brief attached. Можете сначала сделать trial batch? Мы всегда тестируем на линии перед контрактом.

Асель Нурланова
Brand manager, Dala Foods
+7 777 318 22 09""", attach=["Dala_brief_boxes.pdf"], ans="da2")

msg("da2", "aigerim", "asel", "2026-10-13 12:00", None,
"""Асель, привет! Рада слышать 😊
Да, пробную партию сделаем. Цены на основной тираж во вложении (КП), на trial batch 5 000 шт. — по цене тиража 100 тыс., без доплаты за приладку, штамп за наш счёт если пойдём дальше.
Какие даты теста на линии у вас?""" + SIG_A, attach=["КП_упаковка.pdf"], reply="da1", quote="gmail_ru",
agreed=[("Да, пробную партию сделаем.", None, "kept")])

msg("da3", "asel", "aigerim", "2026-10-20 11:05", None,
"""Айгерим, отлично, согласовали внутри. Делаем trial batch 5 000 шт. формата 400 г. Тест на линии — вторая неделя ноября. Макет отправит наш дизайнер сегодня.

Асель""", reply="da2", quote="gmail_ru", ans="da4",
agreed=[("Макет отправит наш дизайнер сегодня.", "2026-10-20", "kept")])

msg("da4", "aigerim", "asel", "2026-10-21 09:50", None,
"""Асель, макет получили, препресс уже смотрит.
Отправим пробную партию до 6 ноября, чтобы успеть к вашему тесту.""" + SIG_A, reply="da3", quote="gmail_ru",
agreed=[("Отправим пробную партию до 6 ноября, чтобы успеть к вашему тесту.", "2026-11-06", "kept")])

msg("da5", "asel", "aigerim", "2026-11-09 14:22", "Пробная партия — перевозчик",
"""Айгерим, партия пришла в пятницу, спасибо. Но ваш перевозчик (ТК «Евразия-Транс») опять в своём репертуаре: две паллеты приехали с помятыми углами, водитель ещё и 3 часа простоял у нас без документов. Это уже не первый раз с этой ТК у наших поставщиков.
Сами коробки норм, на тест хватит. Можете запросить у них акт?

Асель""", ans="da6", complaint=False)

msg("da6", "aigerim", "asel", "2026-11-10 10:15", None,
"""Асель, очень неприятно, извините за нервы. Претензию в ТК уже написали.
Акт от перевозчика пришлю до пятницы.""" + SIG_A, reply="da5", quote="gmail_ru",
agreed=[("Акт от перевозчика пришлю до пятницы.", "2026-11-13", "broken")])

msg("da7", "asel", "aigerim", "2026-11-19 17:40", "Итоги теста и следующий шаг",
"""Айгерим, спасибо за вчерашнюю встречу! Как и говорили — на линии коробки отработали без замечаний, склейка держит.
Следующий шаг: посчитайте, пожалуйста, все 3 формата на 300 тыс. шт. в год с новым дизайном, и давайте обсудим у нас на производстве 10 декабря.

Асель Нурланова
Brand manager, Dala Foods
+7 777 318 22 09""", ans="da8")

msg("da8", "aigerim", "asel", "2026-11-20 09:20", None,
"""Асель, супер новости! Расчёт на 300 тыс. подготовлю к встрече, 10 декабря в 11:00 у вас — приглашение отправила.""" + SIG_A,
reply="da7", quote="gmail_ru",
agreed=[("Расчёт на 300 тыс. подготовлю к встрече, 10 декабря в 11:00 у вас — приглашение отправила.", "2026-12-10", "open")])

# ---------------------------------------------------------------- Skovlund Mejeri Kazakhstan (Aigerim, EN, label, contract)
msg("sk1", "mette", "aigerim", "2026-10-14 11:00", "RFQ - IML labels for yoghurt cups, Almaty plant",
"""Dear Ms Saparova,

Skovlund Mejeri is localising packaging for our Almaty plant. We invite you to quote for in-mould labels (IML) for 4 yoghurt cups (125 g and 400 g), 6 colours, PP 60 micron.
Please quote per 1,000 labels for runs of 250k, 500k and 1m. Estimated annual volume is 6 million labels.
Deadline for quotations: 21 October.

Best regards,
Mette Holm
Procurement Manager, Skovlund Mejeri Kazakhstan
+7 727 355 60 18""", attach=["Skovlund_IML_spec.pdf"], ans="sk2")

msg("sk2", "aigerim", "mette", "2026-10-15 10:05", None,
"""Dear Mette,

Thank you for the RFQ. We will send our quotation by 20 October.
One question: is the label shape the same for both 125 g cups, or do you have two die-lines?""" + SIG_A_EN,
reply="sk1", quote="outlook_en", agreed=[("We will send our quotation by 20 October.", "2026-10-20", "kept")])

msg("sk3", "aigerim", "mette", "2026-10-20 15:40", "Quotation Q-1190 - IML labels",
"""Dear Mette,

Please find our quotation Q-1190 attached. In short (EUR per 1,000 labels, DAP Almaty):

250k - 17.90
500k - 16.40
1m - 15.80

At 6 million labels a year this is about EUR 96,000. Lead time 15 working days after proof approval.""" + SIG_A_EN,
attach=["Quotation_Q-1190.xlsx"], reply="sk2", quote="outlook_en")

msg("sk4", "mette", "aigerim", "2026-10-23 09:12", None,
"""Thanks. Please send 500 samples of the 400 g label for a line test.

Mette""", reply="sk3", quote="outlook_en", ans="sk5")

msg("sk5", "aigerim", "mette", "2026-10-26 12:30", None,
"""Dear Mette,
Samples are on their way via DHL, AWB 4417 2290 31. They should reach the plant on Thursday.""" + SIG_A_EN,
reply="sk4", quote="outlook_en")

msg("sk6", "mette", "aigerim", "2026-11-02 14:50", None,
"""Dear Aigerim,

Samples ran well on the Erca line, no misfeeds in 500 cycles. We would like to proceed. Please send your draft framework supply agreement; we need the agreement signed by 15 December so that first delivery is on shelf by 1 March.

Mette""", reply="sk5", quote="outlook_en", ans="sk7")

msg("sk7", "aigerim", "mette", "2026-11-04 11:15", None,
"""Dear Mette,

Great news, thank you. Our draft framework supply agreement is attached (English/Russian). Price annex follows Q-1190.""" + SIG_A_EN,
cc=["elena"], attach=["Framework_Agreement_VektorPak_Skovlund_draft.docx"], reply="sk6", quote="outlook_en")

msg("sk8", "mette", "aigerim", "2026-11-16 16:20", None,
"""Aigerim,

Our redlines are attached. Main points: payment 60 days instead of 30, penalty for late delivery, and a liability cap. Our legal team will review your comments by 27 November.

Mette""", reply="sk7", quote="outlook_en", attach=["Framework_Agreement_redlines_SM.docx"], ans="sk9",
agreed=[("Our legal team will review your comments by 27 November.", "2026-11-27", "kept")])

msg("sk9", "aigerim", "mette", "2026-11-18 10:00", None,
"""Dear Mette,

Thank you. Our comments are in the attached version:
- payment term: we can accept 45 days;
- late delivery penalty: accepted as proposed, 0.1% per day;
- liability cap: we propose 100% of the annual contract value.""" + SIG_A_EN,
cc=["elena"], attach=["Framework_Agreement_VP_comments.docx"], reply="sk8", quote="outlook_en")

msg("sk10", "mette", "aigerim", "2026-11-26 13:30", None,
"""Dear Aigerim,

Legal is fine with most of your comments. One open point remains on the liability cap. Let's discuss it on a Teams call on 8 December, I have sent an invite.

Best regards,
Mette Holm""", reply="sk9", quote="outlook_en", ans="sk11")

msg("sk11", "aigerim", "mette", "2026-11-26 15:05", None,
"""Thank you, Mette, accepted. Talk on the 8th.""" + SIG_A_EN, reply="sk10", quote="outlook_en")

# ---------------------------------------------------------------- Hoffbauer Süßwaren Srbija (Svetlana, EN, carton, moved back)
msg("ho1", "jovana", "svetlana", "2026-10-06 09:15", "RFQ folding cartons - praline boxes, Novi Sad",
"""Dear Ms Kuzmina,

Hoffbauer Süßwaren is looking for a second source of folding cartons for our Novi Sad plant (praline assortments 125 g, 200 g, 400 g). Specifications and die-lines attached. Board GC1 300 g/m2, offset 5 colours + hot foil.
Could you quote per 1,000 boxes for 100k, 300k and 500k per SKU, DAP Novi Sad?

Kind regards,
Jovana Petrović
Purchasing, Hoffbauer Süßwaren Srbija d.o.o.
+381 21 480 7720""", attach=["HB_praline_specs.pdf"], ans="ho2")

msg("ho2", "svetlana", "jovana", "2026-10-07 10:40", None,
"""Dear Ms Petrović,

Thank you for your request. Before we quote, please confirm:

1. Hot foil: gold only, or gold + silver?
2. Window: none on all three SKUs?
3. Packing: flat on pallets 120x80, max height 1.2 m?

We will send the quotation within three working days after your answers.""" + SIG_S_EN, reply="ho1", quote="outlook_en",
agreed=[("We will send the quotation within three working days after your answers.", "2026-10-12", "kept")])

msg("ho3x", "jovana", "svetlana", "2026-10-07 15:02", None,
"""1. Gold only. 2. No window. 3. Yes.

Jovana""", reply="ho2", quote="outlook_en", ans="ho3")

msg("ho3", "svetlana", "jovana", "2026-10-12 13:25", "Quotation Q-1184 folding cartons",
"""Dear Jovana,

Please find our quotation below (EUR per 1,000 boxes, DAP Novi Sad, customs cleared by the buyer):

| SKU     | 100k   | 300k   | 500k   |
|---------|--------|--------|--------|
| 125 g   | 212.00 | 189.00 | 178.00 |
| 200 g   | 248.00 | 221.00 | 209.00 |
| 400 g   | 334.00 | 298.00 | 284.00 |

Cutting dies and foil blocks: EUR 4,600 one-off. Full quotation attached.""" + SIG_S_EN,
attach=["Quotation_Q-1184.xlsx"], reply="ho3x", quote="outlook_en")

msg("ho4", "jovana", "svetlana", "2026-10-19 10:30", None,
"""Dear Svetlana,

Your prices are close. If you can take 2% off at 300k and above, we can move forward. Could we have a Teams call on Wednesday 21 October at 14:00 CET with our packaging technologist?

Jovana""", reply="ho3", quote="outlook_en", ans="ho4a")

msg("ho4a", "svetlana", "jovana", "2026-10-19 12:00", None,
"""Dear Jovana,

Yes, 2% off at 300k and above is acceptable. Wednesday at 14:00 CET works, invitation sent.""" + SIG_S_EN, reply="ho4", quote="outlook_en")

msg("ho5", "svetlana", "jovana", "2026-10-28 11:50", "Framework supply agreement - draft",
"""Dear Jovana,

Following our call, please find attached the draft framework supply agreement:

| Annex | Content                                   |
|-------|-------------------------------------------|
| 1     | Specifications and prices (Q-1184, -2%)   |
| 2     | Quality requirements and colour tolerances |
| 3     | Forecast and call-off procedure           |

Estimated annual volume is 1.2 million boxes, approx. EUR 410,000.""" + SIG_S_EN,
attach=["Framework_Agreement_VektorPak_Hoffbauer_draft.docx"])

msg("ho6", "jovana", "svetlana", "2026-11-04 16:10", None,
"""Dear Svetlana,

Our legal comments are attached. One more point: we insist on DAP Novi Sad with the carrier's documents fully prepared. Our last shipment from another supplier was held at Serbian customs in Horgoš for nine days because the forwarder filed the wrong tariff code, and we nearly stopped a line. We cannot afford that again.

Jovana""", reply="ho5", quote="outlook_en", attach=["Agreement_HB_legal_comments.docx"], ans="ho7", complaint=False)

msg("ho7", "svetlana", "jovana", "2026-11-12 14:30", "Revised quotation Q-1184-R2",
"""Dear Jovana,

Thank you for the comments; DAP Novi Sad with full export documents is fine for us.

I must also come back with less pleasant news. Our board mill has announced an 11% increase for GC1 from 1 December, so we cannot hold the prices in the draft agreement. Revised quotation:

| SKU     | 300k (was) | 300k (new) | 500k (was) | 500k (new) |
|---------|------------|------------|------------|------------|
| 125 g   | 185.20     | 196.40     | 174.40     | 184.90     |
| 200 g   | 216.60     | 229.70     | 204.80     | 217.10     |
| 400 g   | 292.00     | 309.50     | 278.30     | 295.00     |

I am sorry for the step back. Once you confirm the revised prices, we will update Annex 1.""" + SIG_S_EN,
cc=["elena"], attach=["Quotation_Q-1184-R2.xlsx"], agreed=[("Once you confirm the revised prices, we will update Annex 1.", None, "open")])

msg("ho8", "jovana", "svetlana", "2026-11-13 09:05", None,
"""Svetlana, this is disappointing, we had already presented the old numbers to our CFO. We will need to re-approve internally. I'll come back to you next week.

Jovana""", reply="ho7", quote="iphone", ans="-", complaint=True,
agreed=[("I'll come back to you next week.", None, "broken")])

msg("ho9", "svetlana", "jovana", "2026-11-24 10:20", None,
"""Dear Jovana,

Just checking on the internal approval of the revised prices. I will call you on Thursday 26 November to discuss.""" + SIG_S_EN,
reply="ho8", quote="outlook_en", agreed=[("I will call you on Thursday 26 November to discuss.", "2026-11-26", "kept")])

msg("ho10", "svetlana", "jovana", "2026-11-26 17:05", "Our call today - summary",
"""Dear Jovana,

Thank you for the call. To summarise:

1. We hold the revised prices (Q-1184-R2) until 18 December.
2. You present them to your CFO at the budget meeting in mid-December.
3. I will call you on 15 December to hear the outcome.""" + SIG_S_EN,
agreed=[("We hold the revised prices (Q-1184-R2) until 18 December.", "2026-12-18", "open"),
        ("I will call you on 15 December to hear the outcome.", "2026-12-15", "open")])

# ---------------------------------------------------------------- Bloomfield Naturals (Dmitry, EN, PET contract + prepress won)
msg("bl1", "kayla", "dmitry", "2026-10-08 19:45", "Wild Oat body cream - PET jars + Cyrillic artwork!",
"""Hi Dmitry,

I hope this finds you well! I'm Kayla, Brand Manager for Russia & CIS at Bloomfield Naturals - we met briefly at the Cosmetic Expo in Moscow and I still have your card with the little jar on it :)

Here's the exciting part: we're localising our hero line, Wild Oat, at the Podolsk plant. That means 250 ml PET jars (we love a heavy-wall, frosted look) and, just as important, adapting the artwork for Cyrillic labels - so we would need your design & prepress team too. Our first delivery must be on shelf by 1 March, so timing matters a lot.

Volumes: ~180k jars in the first year, 3 SKUs (Original, Lavender, Unscented). I'm attaching the jar drawing and the US artwork files.

Could you send a quote for both? So looking forward to this!

Warmly,
Kayla Brennan
Brand Manager Russia & CIS | Bloomfield Naturals
+7 916 880-43-21""", attach=["WildOat_jar_250ml.pdf", "WildOat_US_artwork.zip"], ans="bl2")

msg("bl2", "dmitry", "kayla", "2026-10-08 21:10", None,
"""Kayla, thanks. Drawings OK. Quote Monday.""" + SIG_D_EN, reply="bl1", quote="outlook_en",
agreed=[("Quote Monday.", "2026-10-12", "kept")])

msg("bl3", "dmitry", "kayla", "2026-10-12 17:30", "Quotation Q-1185 Wild Oat",
"""Kayla,
Jars: Quotation_Q-1185.xlsx attached. 250 ml frosted PET, 180k/year: 31.80 RUB per jar. Annual total approx. 5 724 000 RUB.
Prepress and Cyrillic adaptation: 38 000 RUB per SKU, 114 000 RUB for 3.
Samples in a week.""" + SIG_D_EN, attach=["Quotation_Q-1185.xlsx"], reply="bl2", quote="outlook_en",
agreed=[("Samples in a week.", "2026-10-19", "kept")])

msg("bl4", "kayla", "dmitry", "2026-10-15 10:20", None,
"""Dmitry,

Thank you for the quick turnaround and for the call yesterday - the numbers work for us! Looping in Tom Whitaker, our packaging engineer in New Jersey, who has a couple of questions on resin spec.
And yes please to samples - could they reach Podolsk by the end of next week?

Kayla""", cc=["tom"], reply="bl3", quote="outlook_en", ans="bl6")

msg("bl5", "tom", "dmitry", "2026-10-15 09:40", "Wild Oat jars - resin spec",
"""Dmitry, two questions: (1) is your PET resin food-contact compliant (EU 10/2011 or FDA 21 CFR 177.1630)? (2) what is the wall thickness at the shoulder?
Thanks, Tom

Tom Whitaker | Sr. Packaging Engineer | Bloomfield Naturals | +1 973 555 0182""", cc=["kayla"], ans="bl6")

msg("bl6", "dmitry", ["tom", "kayla"], "2026-10-16 09:05", None,
"""Tom, Kayla,
1) Yes, EU 10/2011, certificate attached. FDA letter from the resin supplier too.
2) 1.6 mm at the shoulder.
Samples ship today, DPD to Podolsk.""" + SIG_D_EN, attach=["Resin_EU10-2011_cert.pdf"], reply="bl5", quote="outlook_en",
agreed=[("Samples ship today, DPD to Podolsk.", "2026-10-16", "kept")])

msg("bl7", "kayla", "dmitry", "2026-11-04 10:05", "Yesterday at the plant - thank you!",
"""Dmitry,

Yesterday was amazing - seeing our Cyrillic labels come off the press was a real moment for the whole team, and the jars look gorgeous under the lights. We approved the proof (signed sheets with your prepress lead).
Please go ahead with the design & prepress work for all 3 SKUs; our PO 4500123 for 114 000 RUB is attached.
Next: could you send your supplier questionnaire answers? Legal in Boston needs them before any supply agreement for the jars.

Kayla""", attach=["PO_4500123.pdf", "Supplier_questionnaire.docx"], ans="bl8")

msg("bl8", "dmitry", "kayla", "2026-11-06 15:40", None,
"""Kayla,
Questionnaire filled, attached. PO received, prepress started.""" + SIG_D_EN, attach=["Supplier_questionnaire_VektorPak.docx"],
reply="bl7", quote="outlook_en")

msg("bl9", "kayla", "dmitry", "2026-11-20 12:15", "Wild Oat - you're approved!",
"""Hi Dmitry,
Great news - legal cleared you as a supplier! Please send your supply agreement draft for the jars, we'd love to sign before the holidays.

K.""", ans="bl10")

msg("bl10", "dmitry", "kayla", "2026-11-23 11:00", "Supply agreement draft - Wild Oat jars",
"""Kayla,
Draft attached. Prices as Q-1185.
Meeting on 10 Dec in Teams to go through your comments?""" + SIG_D_EN,
attach=["Supply_Agreement_VektorPak_Bloomfield_draft.docx"], reply="bl9", quote="outlook_en")

msg("bl11", "kayla", "dmitry", "2026-12-01 18:30", None,
"""Dmitry, sure, 10 Dec works - accepted the invite. Legal has a few comments; I'll send the redlines by 9 December.

Sent from my iPhone""", reply="bl10", quote="iphone", ans="-",
agreed=[("I'll send the redlines by 9 December.", "2026-12-09", "open")])

# ---------------------------------------------------------------- Чайный Дом Байкал (Dmitry, carton, postponed)
msg("ba1", "oleg", "dmitry", "2026-10-19 22:10", "коробки для чая",
"""Дмитрий, здравствуйте. Олег, «Чайный дом Байкал». Готовим весеннюю коллекцию — 6 подарочных коробок для чая, картон с тиснением и окном. Тираж по 10-15 тыс. каждой. Созвонимся завтра?

Олег Сафронов
+7 914 902-55-18""", ans="call:ba_c1")

msg("ba2", "dmitry", "oleg", "2026-10-21 10:35", None,
"""Олег, добрый.
По итогам разговора — КП во вложении. Коробки с тиснением фольгой и окном, 6 видов по 12 тыс.
Итого около 1,9 млн руб. за коллекцию.""" + SIG_D, attach=["КП_упаковка.pdf"], reply="ba1", quote="outlook_ru")

msg("ba3", "oleg", "dmitry", "2026-10-30 19:02", None,
"""Дмитрий, добрый вечер. Коллекцию переносим на осень 2027 — не успевает дизайнер и поставщик чая подвёл. Давайте вернёмся к вопросу в феврале, цены ваши в целом ок.

Олег""", reply="ba2", quote="gmail_ru", ans="ba4")

msg("ba4", "dmitry", "oleg", "2026-10-31 10:12", None,
"""Олег, понял. Наберу в феврале.""" + SIG_D, reply="ba3", quote="outlook_ru",
agreed=[("Наберу в феврале.", None, "open")])

# ---------------------------------------------------------------- ФрутоМания (Dmitry, flex, lost by silence)
msg("fr1", "fruto", "dmitry", "2026-10-05 11:30", "дой-пак для сухофруктов",
"""Добрый день! Нужен дой-пак с zip-замком 100 г и 250 г для сухофруктов, печать 6 цветов, матовый. Сколько будет 50 и 100 тыс.?

Наталья Зуева
ФрутоМания
8 (495) 232-18-60""", ans="fr2")

msg("fr2", "dmitry", "fruto", "2026-10-06 09:20", None,
"""Наталья, добрый.
Дой-пак zip, мат, 6 цв.:
100 г — 50 тыс.: 6,90 руб./шт.; 100 тыс.: 6,10
250 г — 50 тыс.: 8,40; 100 тыс.: 7,55
Формы 78 тыс. руб. Срок 3 недели.""" + SIG_D, reply="fr1", quote="outlook_ru")

msg("fr3", "fruto", "dmitry", "2026-10-13 15:44", None,
"""Получили, посмотрим.""", reply="fr2", quote="outlook_ru", ans="-")

msg("fr4", "dmitry", "fruto", "2026-10-27 10:00", None,
"""Наталья, добрый. Как решение по дой-паку?""" + SIG_D, reply="fr3", quote="outlook_ru")

msg("fr5", "dmitry", "fruto", "2026-11-16 12:30", None,
"""Наталья, добрый.
Цены держим до 30.11, дальше плёнка дорожает. Если актуально — наберите.""" + SIG_D, reply="fr4", quote="outlook_ru",
agreed=[("Цены держим до 30.11, дальше плёнка дорожает.", "2026-11-30", "kept")])

# ---------------------------------------------------------------- Mlekara Zlatar (Svetlana, EN, label, qualified)
msg("zl1", "nikola", "svetlana", "2026-11-23 12:40", "Labels for kajmak cups",
"""Hello Svetlana,

Jovana from Hoffbauer gave me your contact. We are Mlekara Zlatar, a family dairy near Nova Varoš. We need printed labels (lids and wrap) for kajmak and sour cream cups, 5 SKUs, about 800k labels per year.
Could you tell me what information you need to make an offer?

Nikola Jovanović
Brand & Marketing, Mlekara Zlatar d.o.o.
+381 33 64 12 090""", ans="zl2")

msg("zl2", "svetlana", "nikola", "2026-11-24 10:10", None,
"""Dear Nikola,

Thank you, and please thank Jovana for us. To prepare the quotation we need:

| # | Item                     | Example                         |
|---|--------------------------|---------------------------------|
| 1 | Label sizes / die-lines  | PDF or DXF                      |
| 2 | Material                 | paper, PP white, PP transparent |
| 3 | Colours and finish       | 4+0, varnish, foil              |
| 4 | Run lengths per SKU      | e.g. 50k / 100k                 |
| 5 | Delivery terms           | DAP Nova Varoš?                 |

I will send the quotation by Wednesday 2 December once I have these.""" + SIG_S_EN, reply="zl1", quote="outlook_en",
agreed=[("I will send the quotation by Wednesday 2 December once I have these.", "2026-12-02", "broken")])

msg("zl3", "nikola", "svetlana", "2026-11-25 09:30", None,
"""Dear Svetlana,
1. die-lines attached; 2. PP white 60 micron; 3. 5 colours + matt varnish; 4. 100k and 200k per SKU; 5. DAP Nova Varoš, yes.
Thanks!
Nikola""", reply="zl2", quote="apple", attach=["Zlatar_dielines.pdf"], ans="zl4")

msg("zl4", "svetlana", "nikola", "2026-12-02 17:20", None,
"""Dear Nikola,

Apologies for the delay: our PP film supplier has not yet confirmed December prices. The quotation will be ready on Monday 7 December.""" + SIG_S_EN, reply="zl3", quote="outlook_en",
agreed=[("The quotation will be ready on Monday 7 December.", "2026-12-07", "open")])

# ---------------------------------------------------------------- Samarkand Sweets (Aigerim, RU, carton, proposal)
msg("ss1", "rustam", "aigerim", "2026-10-26 10:05", "Упаковка для халвы",
"""Ассалому алейкум, Айгерим!
Нам нужна картонная упаковка для халвы и щербета: 3 формата (250 г, 350 г, 500 г), печать 4+0 с золотом. В год примерно 600 тыс. коробок. Можем поговорить завтра по телефону?

С уважением,
Рустам Каримов
коммерческий директор ООО «Samarkand Sweets»
+998 90 215 44 71""", ans="call:ss_c1")

msg("ss2", "aigerim", "rustam", "2026-10-29 12:15", None,
"""Рустам, добрый день!
Спасибо за разговор. Коммерческое предложение во вложении, цены в долларах, DAP Самарканд:
250 г — 0,118 USD/шт., 350 г — 0,134, 500 г — 0,151 при 200 тыс. на формат.
Ориентировочно 85 000 USD в год.""" + SIG_A, attach=["КП_упаковка.pdf"], reply="ss1", quote="outlook_ru")

msg("ss3", "aigerim", "rustam", "2026-11-16 11:00", None,
"""Рустам, добрый день! Удалось посмотреть КП? Могу организовать видеозвонок с нашим технологом.""" + SIG_A,
reply="ss2", quote="outlook_ru")

msg("ss4", "rustam", "aigerim", "2026-11-30 09:40", None,
"""Айгерим, здравствуйте. Извините за паузу — у нас годовая инвентаризация, все заняты. Давайте вернёмся к вопросу в понедельник 14-го, раньше не успею.

Рустам""", reply="ss3", quote="mailru", ans="ss5")

msg("ss5", "aigerim", "rustam", "2026-12-01 10:00", None,
"""Рустам, конечно, понимаю. Позвоню вам 14 декабря утром.""" + SIG_A, reply="ss4", quote="outlook_ru",
agreed=[("Позвоню вам 14 декабря утром.", "2026-12-14", "open")])

# ---------------------------------------------------------------- ЭкоФерма Дубрава (Svetlana, flex, won, sale booked)
msg("du1", "olga_du", "svetlana", "2026-10-07 08:55", "Плёнка для сыра",
"""Светлана, добрый день! Нам нужна термоусадочная вакуумная плёнка с печатью для сыров (пакеты 200×300), 30 тыс. шт. на пробу. Какая цена и сроки?

Ольга Дубровина
ЭкоФерма «Дубрава»
+7 (4872) 71-09-35""", ans="du2")

msg("du2", "svetlana", "olga_du", "2026-10-08 11:10", None,
"""Ольга, добрый день!

Расчёт по термоусадочным пакетам 200×300 мм, печать 2 цвета:

| Тираж, шт. | Цена, руб./шт. без НДС | Срок      |
|------------|------------------------|-----------|
| 30 000     | 14,20                  | 12 р. дн. |
| 60 000     | 12,90                  | 14 р. дн. |

Формы: 32 000 руб.""" + SIG_S, reply="du1", quote="outlook_ru")

msg("du3", "olga_du", "svetlana", "2026-10-14 10:20", None,
"""Светлана, берём 30 тыс. по 14,20. Пришлите счёт, оплатим на этой неделе.

Ольга""", reply="du2", quote="yandex", ans="du4")

msg("du4", "svetlana", "olga_du", "2026-10-14 12:00", None,
"""Ольга, спасибо за заказ! Счёт № 2214 во вложении: 426 000 руб. + формы 32 000 руб.""" + SIG_S,
attach=["Счёт_2214.pdf"], reply="du3", quote="outlook_ru")

msg("du5", "olga_du", "svetlana", "2026-10-30 16:10", None,
"""Плёнка пришла, всё отлично, спасибо!""", reply="du4", quote="yandex", ans="-")

# ---------------------------------------------------------------- Бьюти Лаб Про (Dmitry, label, won + complaint)
msg("bp1", "vika", "dmitry", "2026-10-06 12:20", "Заявка на этикетки — октябрь",
"""Дмитрий, добрый день!
По рамочному договору — заявка на этикетку для шампуня «Ромашка» и бальзама, 80 тыс. шт. (по 40 тыс.). Цена по спецификации, 1,90 руб./шт. Заявка во вложении.

Виктория Ростова
менеджер по закупкам, ООО «Бьюти Лаб Про»
+7 (812) 407-66-31""", attach=["Заявка_БЛП_10.xlsx"], ans="bp2")

msg("bp2", "dmitry", "vika", "2026-10-06 14:05", None,
"""Виктория, принял. Отгрузка 23.10.""" + SIG_D, reply="bp1", quote="outlook_ru",
agreed=[("Отгрузка 23.10.", "2026-10-23", "kept")])

msg("bp3", "vika", "dmitry", "2026-10-27 09:35", "БРАК в партии этикеток Ромашка",
"""Дмитрий, добрый день.

Получили партию этикеток на шампунь «Ромашка» — 12 тыс. шт. со смещением цвета, зелёный ушёл в жёлтый, пантон не соответствует утверждённому. На линии мы это заметили только после наклейки на 3 тыс. флаконов.
Это уже третий раз за год, когда у вас проблемы с цветом! Требуем перепечатку за ваш счёт до 10 ноября и компенсацию испорченных флаконов, иначе будем искать другого поставщика.

Фото и образцы во вложении. Елена Викторовна — в копии.

Виктория Ростова""", cc=["elena"], attach=["брак_фото.zip"], ans="bp4", complaint=True)

msg("bp4", "elena", "vika", "2026-10-27 10:10", None,
"""Виктория, добрый день.
Приношу извинения. Дмитрий свяжется с вами сегодня и согласует перепечатку.""" + SIG_E,
cc=["dmitry"], reply="bp3", quote="outlook_ru",
agreed=[("Дмитрий свяжется с вами сегодня и согласует перепечатку.", "2026-10-27", "kept")])

msg("bp5", "dmitry", "vika", "2026-10-28 11:30", None,
"""Виктория, по вчерашнему разговору:
1. Перепечатка 12 тыс. за наш счёт, отгрузка до 6 ноября.
2. Флаконы — компенсируем по акту, пришлите количество.
3. В четверг приеду к вам, заберу брак.""" + SIG_D, cc=["elena"], reply="bp3", quote="outlook_ru",
agreed=[("1. Перепечатка 12 тыс. за наш счёт, отгрузка до 6 ноября.", "2026-11-06", "kept"),
        ("2. Флаконы — компенсируем по акту, пришлите количество.", None, "open"),
        ("3. В четверг приеду к вам, заберу брак.", "2026-10-29", "kept")])

msg("bp6", "vika", "dmitry", "2026-11-09 13:00", None,
"""Получили перепечатку, цвет в норме. Спасибо. Акт по флаконам направим отдельно.

В.Р.""", reply="bp5", quote="outlook_ru", ans="-",
agreed=[("Акт по флаконам направим отдельно.", None, "kept")])

# ---------------------------------------------------------------- ТД Восток-Снаб (Svetlana, PET, negotiation; dry procurement)
msg("vs1", "anokhin", "svetlana", "2026-11-02 08:31", "Запрос КП",
"""Прошу КП на ПЭТ-банку 500 мл, горло 100 мм, прозр., 100 тыс. шт. Срок — до 06.11.

Анохин С.В., ТД «Восток-Снаб», +7 (423) 244-18-07""", ans="vs2")

msg("vs2", "svetlana", "anokhin", "2026-11-05 14:20", None,
"""Сергей Владимирович, добрый день!

| Позиция                       | 100 тыс., руб./шт. без НДС | 200 тыс. |
|-------------------------------|----------------------------|----------|
| ПЭТ-банка 500 мл, горло 100   | 12,40                      | 11,90    |
| Крышка ПП, 100 мм             | 2,10                       | 1,95     |

Условия: FCA Ярославль, оплата 50/50, срок 20 раб. дней.""" + SIG_S, reply="vs1", quote="outlook_ru")

msg("vs3", "anokhin", "svetlana", "2026-11-11 08:45", None,
"""Выше рынка на 8%. Целевая 11,40.""", reply="vs2", quote="outlook_ru", ans="vs4")

msg("vs4", "svetlana", "anokhin", "2026-11-12 10:30", None,
"""Сергей Владимирович, добрый день!
При 100 тыс. шт. — 11,75 руб./шт., это наш минимум. Итого 1 175 000 руб. без НДС.""" + SIG_S, reply="vs3", quote="outlook_ru")

msg("vs5", "anokhin", "svetlana", "2026-11-19 08:40", None,
"""Принято к рассмотрению. Итоги 10.12.""", reply="vs4", quote="outlook_ru", ans="-")

# ---------------------------------------------------------------- Qazaq Milk (Aigerim via head's forward, PET, lead)
msg("qm1", "dana", "elena", "2026-11-26 11:20", "ПЭТ-бутылки для питьевого йогурта",
"""Здравствуйте! Нашла ваш сайт. Мы молочный завод в Шымкенте, ищем поставщика ПЭТ-тары (бутылка 330 мл, преформы) под новую линию. Есть ли у вас представитель в Казахстане?

Дана Ахметова
отдел снабжения, ТОО «Qazaq Milk»
+7 725 253 30 11""", ans="qm3")

msg("qm2", "elena", "aigerim", "2026-11-26 12:05", "Fwd: ПЭТ-бутылки для питьевого йогурта",
"""Айгерим, твой регион — возьми, пожалуйста.
Е.""", fwd="qm1")

msg("qm3", "aigerim", "dana", "2026-11-27 10:40", "Re: ПЭТ-бутылки для питьевого йогурта",
"""Дана, добрый день!
Меня зовут Айгерим, я представляю ВекторПак в Казахстане, Елена Маркова передала ваш запрос. Предлагаю встретиться у вас на заводе 8 декабря — привезу образцы бутылок и преформ и обсудим объёмы.""" + SIG_A,
cc=["elena"], reply="qm1", quote="outlook_ru")

msg("qm4", "dana", "aigerim", "2026-11-27 15:30", None,
"""Айгерим, 8-го подходит, ждём к 14:00. Адрес: Шымкент, ул. Капал батыра, 12.

Дана""", reply="qm3", quote="outlook_ru", ans="qm5")

msg("qm5", "aigerim", "dana", "2026-11-27 16:00", None,
"""Отлично, буду в 14:00. Приглашение в календаре отправила.""" + SIG_A, reply="qm4", quote="outlook_ru")

# ---------------------------------------------------------------- Toshkent Konserva (Aigerim, EN, label, qualified)
msg("tk1", "bekzod", "aigerim", "2026-11-16 10:15", "Wrap-around labels for canned vegetables",
"""Dear Aigerim,
We are a cannery in Tashkent region, producing tomatoes, lecho and cucumbers in glass jars 0.5 l and 1 l. We want to change label supplier. Need wrap-around paper labels, 4 SKU, about 2 million labels per year. What information do you need?

Regards,
Bekzod Yusupov
Supply Manager, Toshkent Konserva
+998 71 202 48 60""", ans="tk2")

msg("tk2", "aigerim", "bekzod", "2026-11-17 09:30", None,
"""Dear Bekzod,

Thank you for your request. Please send:
- label sizes and artwork (PDF);
- paper: wet-strength or standard;
- run length per SKU;
- delivery: DAP Tashkent?
Also, would a short Teams call this week help? Thursday 19 November 15:00 Tashkent time?""" + SIG_A_EN, reply="tk1", quote="outlook_en")

msg("tk3", "bekzod", "aigerim", "2026-11-20 11:40", None,
"""Dear Aigerim,
thank you for the call yesterday. Artwork and sizes attached. Wet-strength paper, 500k per SKU per run, DAP Tashkent.
Bekzod""", attach=["TK_labels_artwork.pdf"], reply="tk2", quote="gmail_en", irt=False, ans="tk4")

msg("tk4", "aigerim", "bekzod", "2026-11-23 10:05", None,
"""Dear Bekzod,

Thank you, all clear. Our paper mill announces new prices on 7 December, so I will send the quotation by 9 December.""" + SIG_A_EN,
reply="tk3", quote="outlook_en", agreed=[("so I will send the quotation by 9 December.", "2026-12-09", "open")])

# ---------------------------------------------------------------- Медовая лавка (gmail, Dmitry, label, won)
msg("hn1", "anna", "dmitry", "2026-10-22 21:40", "этикетки на мёд",
"""Здравствуйте! Мы небольшая семейная пасека под Ростовом Великим, нужны этикетки на банки мёда, 3 вида, всего тысячи 3. Вы с такими маленькими тиражами вообще работаете? Макет у нас есть, но кривой)))

Анна Иванова
пасека «Медовая лавка»
8 903 691-27-45""", ans="hn2")

msg("hn2", "dmitry", "anna", "2026-10-23 09:15", None,
"""Анна, добрый.
Работаем от 5 тыс. Цена 4,10 руб./шт. на 5 тыс., самоклейка, 4 цв. Макет поправим, 3 500 руб. за вид.""" + SIG_D, reply="hn1", quote="outlook_ru")

msg("hn3", "anna", "dmitry", "2026-10-26 20:05", None,
"""Дороговато для нас( Подумаю и позвоню""", reply="hn2", quote="gmail_ru", ans="-",
agreed=[("Подумаю и позвоню", None, "kept")])

msg("hn4", "anna", "dmitry", "2026-11-02 19:50", None,
"""Дмитрий, как договорились по телефону — берём 5 тыс. этикеток (3 вида) и правку макетов. Пришлите счёт на ИП Иванова А.С., реквизиты ниже.

ИП Иванова Анна Сергеевна, ИНН 760905123456
р/с 40802810377030012345 в Ярославском отделении № 17

Анна""", reply="hn3", quote="gmail_ru", ans="hn5")

msg("hn5", "dmitry", "anna", "2026-11-03 09:40", None,
"""Анна, счёт во вложении. После оплаты — макеты на согласование в течение 2 дней.""" + SIG_D,
attach=["Счёт_3088.pdf"], reply="hn4", quote="outlook_ru",
agreed=[("После оплаты — макеты на согласование в течение 2 дней.", None, "kept")])

msg("hn6", "prepress", "anna", "2026-11-06 14:10", "Макеты этикеток «Медовая лавка» на согласование",
"""Анна, добрый день! Макеты 3 этикеток во вложении, просьба согласовать или прислать правки.

Препресс-отдел ВекторПак""", cc=["dmitry"], attach=["МЛ_этикетки_v1.pdf"])

msg("hn7", "anna", "dmitry", "2026-11-07 11:02", None,
"""Макеты супер, согласовано!! спасибо""", reply="hn6", quote="gmail_ru", ans="-")

# ---------------------------------------------------------------- Сыровар Козлов (mail.ru, Svetlana, flex, proposal)
msg("sy1", "kozlov", "svetlana", "2026-11-25 13:15", "плёнка для сыров",
"""Добрый день. Я частная сыроварня, нужна вакуумная плёнка с печатью логотипа, примерно 2000 пакетов в месяц. Реально у вас заказать?

Игорь Козлов
+7 920 118-30-64""", ans="sy2")

msg("sy2", "svetlana", "kozlov", "2026-11-26 10:25", None,
"""Игорь, добрый день!

Минимальный тираж пакетов с печатью у нас — 10 000 шт. Ориентир по ценам (пакет 200×300, печать 1 цвет):

| Тираж, шт. | Цена, руб./шт. без НДС |
|------------|------------------------|
| 10 000     | 17,80                  |
| 20 000     | 15,40                  |

Формы: 14 000 руб. При вашем расходе 10 тыс. хватит на 5 месяцев, срок годности плёнки — 12 месяцев.""" + SIG_S,
reply="sy1", quote="outlook_ru")

msg("sy3", "kozlov", "svetlana", "2026-12-03 21:14", None,
"""Спасибо, посчитаю и вернусь.

--
Отправлено из мобильной Почты Mail""", reply="sy2", quote="mailru", ans="-",
agreed=[("Спасибо, посчитаю и вернусь.", None, "open")])

# ---------------------------------------------------------------- not negotiations
msg("nw1", "news", "svetlana", "2026-10-20 07:00", "Упаковка. Новости отрасли №42: цены на картон растут",
"""УПАКОВКА. НОВОСТИ ОТРАСЛИ — еженедельный дайджест

• Крупнейшие ЦБК объявили о повышении цен на мелованный картон с 1 декабря на 8-12%.
• Выставка «Упакэкспо-2027» откроется 26 января.
• Интервью: как маркировка «Честный знак» меняет требования к этикетке.

Вы получили это письмо, потому что подписались на рассылку packnews.ru. Отписаться: https://packnews.ru/unsubscribe""", ans="-", mailer="news")

msg("nw2", "news", "svetlana", "2026-11-17 07:00", "Упаковка. Новости отрасли №46: ПЭТ-гранулят и курс юаня",
"""УПАКОВКА. НОВОСТИ ОТРАСЛИ — еженедельный дайджест

• Цены на ПЭТ-гранулят в ноябре выросли на 4%.
• Казахстан вводит новые требования к маркировке молочной продукции.

Отписаться: https://packnews.ru/unsubscribe""", ans="-", mailer="news")

msg("cold1", "dmitry", "sokolova", "2026-11-09 10:00", "ВекторПак — упаковка для кондитерских изделий",
"""Татьяна, добрый день.
Дмитрий Орлов, ВекторПак (Ярославль). Делаем картонную упаковку и флоу-пак для кондитерки: «Северная Пекарня», «Бьюти Лаб Про» и др. Готов привезти образцы.""" + SIG_D)

msg("ooo1", "sokolova", "dmitry", "2026-11-09 10:01", "Автоответ: ВекторПак — упаковка для кондитерских изделий",
"""Здравствуйте! Я в отпуске до 16 ноября включительно, без доступа к почте. По срочным вопросам: office@sibkonditer.ru.

Т. Соколова""", reply="cold1", ans="-", auto=True)

msg("ink1", "ink", "svetlana", "2026-11-02 04:12", "Offer: UV flexo inks direct from factory, 30% below EU brands",
"""Dear Sir/Madam,

We are InkChem Supply, a manufacturer of UV flexo and offset inks. Our prices are 30% below EU brands, with REACH certificates. Free samples for your pressroom. Could you tell me who is responsible for ink purchasing?

Best regards,
Kevin Zhao
InkChem Supply Co., Ltd
WhatsApp +86 138 0013 7721""", ans="-")

msg("ink2", "ink", "svetlana", "2026-11-16 03:55", "Re: Offer: UV flexo inks direct from factory",
"""Dear Sir/Madam, just following up on my previous email. Did you have a chance to review? Kevin""", ans="-")

msg("xp1", "vlasova", "elena", "2026-10-30 13:00", "Спасибо за участие в «Упакэкспо»",
"""Елена Викторовна, добрый день!
Спасибо, что ВекторПак выступил на нашей панельной дискуссии, отзывы участников очень тёплые. Фото с сессии — по ссылке в личном кабинете.

Ксения Власова
программный директор выставки «Упакэкспо»""", ans="-")

# ---------------------------------------------------------------- internal
msg("in1", "svetlana", "dmitry", "2026-11-12 09:10", "картон +11% с декабря",
"""Дима, привет.
Комбинат поднимает GC1 на 11% с 1 декабря. Hoffbauer придётся пересчитывать, пишу им сегодня. У тебя по «Северной пекарне» цены в договоре до какого числа зафиксированы?

Света""")

msg("in2", "dmitry", "svetlana", "2026-11-12 09:32", None,
"""До 31.03. Хромэрзац, не GC1, у нас запас на складе. Д.""", reply="in1", quote="outlook_ru")

msg("in3", "aigerim", "elena", "2026-11-18 08:40", "Skovlund — ограничение ответственности",
"""Елена Викторовна, доброе утро!
Skovlund просят ограничить нашу ответственность, но не называют сумму. Я хочу предложить 100% годовой стоимости контракта. Согласуете?

Айгерим""")

msg("in4", "elena", "aigerim", "2026-11-18 09:15", None,
"""Айгерим, да, 100% годовой — ок, больше не давай. Е.""", reply="in3", quote="outlook_ru")

msg("in5", "elena", ["dmitry", "svetlana", "aigerim"], "2026-11-30 19:20", "Воронка на декабрь",
"""Коллеги, добрый вечер.
Декабрь короткий, а плана по договорам у нас три: МолКрай (этикетка), Skovlund и Bloomfield. До пятницы обновите, пожалуйста, по каждому: что держит подпись и кто на той стороне.
Дмитрий — отдельно по «Бьюти Лаб»: акт по флаконам так и не пришёл?

Е.М.""")

msg("in6", "dmitry", "elena", "2026-12-01 10:05", None,
"""Акта нет. Напомню Виктории. Bloomfield — ждём правки юристов к 9.12, встреча 10.12. Д.""", reply="in5", quote="outlook_ru")

# ---------------------------------------------------------------- calendar (MSK times unless noted)
ev("sp-visit-20261021@vektorpak.ru", "dmitry", "2026-10-21 11:00+03:00", "2026-10-21 15:00+03:00",
   "Северная Пекарня: визит на завод, цветопроба на машине", ["irina"], "Ярославль, ул. Промышленная 14, цех офсетной печати")
ev("mk-teams-20261020@vektorpak.ru", "svetlana", "2026-10-20 11:00+03:00", "2026-10-20 12:00+03:00",
   "Teams: Молочный Край — ТЗ на sleeve-этикетку", ["pavel"], "Microsoft Teams")
ev("la-visit-20261019@vektorpak.ru", "svetlana", "2026-10-19 14:00+03:00", "2026-10-19 15:30+03:00",
   "Косметика Лада — презентация образцов ПЭТ-банок", ["marina"], "Тольятти, офис клиента")
ev("al-visit-20261022@vektorpak.ru", "aigerim", "2026-10-22 11:00+05:00", "2026-10-22 12:30+05:00",
   "Алтын Дән — встреча, образцы ламината", ["erlan"], "Алматы, офис Алтын Дән")
ev("ho-teams-20261021@vektorpak.ru", "svetlana", "2026-10-21 16:00+03:00", "2026-10-21 17:00+03:00",
   "Teams: Hoffbauer Srbija - praline cartons", ["jovana"], "Microsoft Teams")
ev("bl-plant-20261103@vektorpak.ru", "dmitry", "2026-11-03 10:00+03:00", "2026-11-03 14:00+03:00",
   "Bloomfield Naturals: press proof approval + jar test", ["kayla"], "Ярославль, завод ВекторПак")
ev("da-teams-20261118@vektorpak.ru", "aigerim", "2026-11-18 15:00+05:00", "2026-11-18 16:00+05:00",
   "Teams: Dala Foods — итоги теста пробной партии", ["asel"], "Microsoft Teams")
ev("sk-teams1-20261027@vektorpak.ru", "aigerim", "2026-10-27 14:00+05:00", "2026-10-27 14:45+05:00",
   "Teams: Skovlund - IML samples and line test", ["mette"], "Microsoft Teams")
ev("sk-teams2@skovlund.dk", "aigerim", "2026-12-08 13:00+05:00", "2026-12-08 14:00+05:00",
   "Skovlund / VektorPak - liability cap", ["mette"], "Microsoft Teams", others=["elena"])
ev("mk-press-20261209@vektorpak.ru", "svetlana", "2026-12-09 10:00+03:00", "2026-12-09 14:00+03:00",
   "Молочный Край: утверждение цветопробы на машине «Краюшка»", ["pavel"], "Ярославль, завод ВекторПак")
ev("da-visit-20261210@vektorpak.ru", "aigerim", "2026-12-10 11:00+05:00", "2026-12-10 13:00+05:00",
   "Dala Foods — расчёт на 300 тыс., встреча на производстве", ["asel"], "Алматы, Dala Foods")
ev("qm-visit-20261208@vektorpak.ru", "aigerim", "2026-12-08 14:00+05:00", "2026-12-08 15:30+05:00",
   "Qazaq Milk — знакомство, образцы ПЭТ-бутылок", ["dana"], "Шымкент, ул. Капал батыра, 12")
ev("bl-teams-20261210@vektorpak.ru", "dmitry", "2026-12-10 12:00+03:00", "2026-12-10 13:00+03:00",
   "Teams: Bloomfield - supply agreement redlines", ["kayla"], "Microsoft Teams")
ev("bp-visit-20261029@vektorpak.ru", "dmitry", "2026-10-29 11:00+03:00", "2026-10-29 12:00+03:00",
   "Бьюти Лаб Про — забрать брак, акт", ["vika"], "СПб, склад Бьюти Лаб Про")
ev("du-teams-20261012@vektorpak.ru", "svetlana", "2026-10-12 10:00+03:00", "2026-10-12 10:30+03:00",
   "Teams: Дубрава — плёнка для сыра", ["olga_du"], "Microsoft Teams")
ev("ss-teams-20261103@vektorpak.ru", "aigerim", "2026-11-03 12:00+05:00", "2026-11-03 12:45+05:00",
   "Teams: Samarkand Sweets — технолог, размеры коробок", ["rustam"], "Microsoft Teams")
ev("zl-teams-20261126@vektorpak.ru", "svetlana", "2026-11-26 12:00+03:00", "2026-11-26 12:30+03:00",
   "Teams: Mlekara Zlatar - label brief", ["nikola"], "Microsoft Teams")
ev("tk-teams-20261119@vektorpak.ru", "aigerim", "2026-11-19 15:00+05:00", "2026-11-19 15:40+05:00",
   "Teams: Toshkent Konserva - labels", ["bekzod"], "Microsoft Teams")
ev("ba-visit-20261023@vektorpak.ru", "dmitry", "2026-10-23 16:00+03:00", "2026-10-23 17:00+03:00",
   "Чайный Дом Байкал — образцы подарочных коробок", ["oleg"], "Москва, шоурум Байкал")
ev("int-weekly-20261130@vektorpak.ru", "elena", "2026-11-30 09:00+03:00", "2026-11-30 10:00+03:00",
   "Планёрка отдела продаж", ["dmitry", "svetlana", "aigerim"], "Teams / переговорная 2")

# ---------------------------------------------------------------- call log (PBX export; Moscow time)
# label, time, direction, extension, client phone, seconds, status, note, client (truth)
call("sp_c1", "13.10.2026 11:20", "Исходящий", "201", "+7 921 140-77-12", 312, "Отвечен", "", "Северная Пекарня")
call("ba_c1", "20.10.2026 10:05", "Исходящий", "201", "+7 914 902-55-18", 494, "Отвечен", "обсудили коллекцию", "Чайный Дом Байкал")
call("bl_c1", "14.10.2026 16:40", "Входящий", "201", "+7 916 880-43-21", 655, "Отвечен", "", "Bloomfield Naturals")
call("la_c1", "20.10.2026 12:30", "Исходящий", "202", "8 (8482) 61-05-77", 240, "Отвечен", "цены конкурента", "Косметика Лада")
call("bp_c1", "27.10.2026 10:40", "Исходящий", "201", "+7 (812) 407-66-31", 547, "Отвечен", "брак Ромашка, перепечатка", "Бьюти Лаб Про")
call("hn_c1", "28.10.2026 18:55", "Входящий", "201", "8 903 691-27-45", 380, "Отвечен", "", "medovaya.lavka@gmail.com")
call("ss_c1", "27.10.2026 09:30", "Исходящий", "203", "+998 90 215 44 71", 720, "Отвечен", "", "Samarkand Sweets")
call("sp_c2", "30.10.2026 14:15", "Исходящий", "201", "+7 921 140-77-12", 410, "Отвечен", "правки договора: 45 дней ок", "Северная Пекарня")
call("fr_c1", "02.11.2026 11:00", "Исходящий", "201", "8 (495) 232-18-60", 0, "Не отвечен", "", "ФрутоМания")
call("fr_c2", "09.11.2026 15:10", "Исходящий", "201", "8 (495) 232-18-60", 0, "Занято", "", "ФрутоМания")
call("al_c1", "09.11.2026 09:00", "Исходящий", "203", "+7 727 390 14 52", 736, "Отвечен", "R1: 5 кг ок", "Алтын Дән")
call("da_c1", "11.11.2026 10:20", "Входящий", "203", "+7 777 318 22 09", 198, "Отвечен", "", "Dala Foods")
call("vs_c1", "09.11.2026 10:10", "Входящий", "202", "+7 (423) 244-18-07", 95, "Отвечен", "уточнил горло 100 мм", "ТД Восток-Снаб")
call("mk_c1", "13.11.2026 12:00", "Исходящий", "202", "+7 495 780-12-44", 420, "Отвечен", "п. 8.3 неустойка", "Молочный Край")
call("du_c1", "16.10.2026 09:45", "Входящий", "202", "+7 (4872) 71-09-35", 130, "Отвечен", "оплата прошла", "ЭкоФерма Дубрава")
call("ho_c1", "26.11.2026 16:00", "Исходящий", "202", "+381 21 480 7720", 1120, "Отвечен", "Hoffbauer: R2, CFO mid-Dec", "Hoffbauer Süßwaren Srbija")
call("sp_c3", "20.11.2026 11:35", "Входящий", "201", "+7 921 140-77-12", 150, "Отвечен", "дата отгрузки", "Северная Пекарня")
call("bp_c2", "24.11.2026 13:20", "Исходящий", "201", "+7 (812) 407-66-31", 0, "Не отвечен", "", "Бьюти Лаб Про")
call("bp_c3", "01.12.2026 12:10", "Исходящий", "201", "+7 (812) 407-66-31", 260, "Отвечен", "акт по флаконам — обещали на неделе", "Бьюти Лаб Про")
call("sk_c1", "02.11.2026 13:00", "Входящий", "203", "+7 727 355 60 18", 340, "Отвечен", "", "Skovlund Mejeri Kazakhstan")
call("ba_c2", "16.11.2026 17:30", "Входящий", "201", "+7 914 902-55-18", 75, "Отвечен", "про цены на следующий год", "Чайный Дом Байкал")
call("bl_c2", "25.11.2026 15:00", "Исходящий", "201", "+7 916 880-43-21", 0, "Не отвечен", "", "Bloomfield Naturals")
call("bl_c3", "25.11.2026 17:45", "Входящий", "201", "+7 916 880-43-21", 290, "Отвечен", "draft received", "Bloomfield Naturals")
call("tk_c1", "30.11.2026 10:30", "Исходящий", "203", "+998 71 202 48 60", 180, "Отвечен", "", "Toshkent Konserva")
call("un_c1", "18.11.2026 14:05", "Входящий", "202", "+7 917 555-01-23", 45, "Отвечен", "спросили про вакансии", None)
call("al_c2", "26.11.2026 11:15", "Исходящий", "203", "+7 727 390 14 52", 0, "Не отвечен", "", "Алтын Дән")

# ---------------------------------------------------------------- ground truth: negotiations
# (client, manager key, product, stage, evidence (msg key or 'ev:UID'), next_contact, source, amount(minor,cur)|None, expected_close)
NEGOTIATIONS = [
    ("Северная Пекарня", "dmitry", "carton", "won", "sp9", None, None, (113400000, "RUB"), None),
    ("Молочный Край", "svetlana", "label", "contract", "mk10", "2026-12-09", "meeting", (230000000, "RUB"), None),
    ("Молочный Край", "svetlana", "flex", "proposal", "mk5", None, None, None, None),
    ("Косметика Лада", "svetlana", "pet", "lost", "la5", None, None, None, None),
    ("Алтын Дән", "aigerim", "flex", "negotiation", "al7", "2026-12-07", "manager_promise", (4500000000, "KZT"), None),
    ("Dala Foods", "aigerim", "carton", "negotiation", "da7", "2026-12-10", "meeting", None, None),
    ("Skovlund Mejeri Kazakhstan", "aigerim", "label", "contract", "sk7", "2026-12-08", "meeting", (9600000, "EUR"), "2026-12-15"),
    ("Hoffbauer Süßwaren Srbija", "svetlana", "carton", "proposal", "ho7", "2026-12-15", "manager_promise", (41000000, "EUR"), None),
    ("Bloomfield Naturals", "dmitry", "pet", "contract", "bl10", "2026-12-10", "meeting", (572400000, "RUB"), None),
    ("Bloomfield Naturals", "dmitry", "prepress", "won", "bl7", None, None, (11400000, "RUB"), None),
    ("Чайный Дом Байкал", "dmitry", "carton", "proposal", "ba2", None, None, (190000000, "RUB"), None),
    ("ФрутоМания", "dmitry", "flex", "lost", "fr5", None, None, None, None),
    ("Mlekara Zlatar", "svetlana", "label", "qualified", "zl3", "2026-12-07", "manager_promise", None, None),
    ("Samarkand Sweets", "aigerim", "carton", "proposal", "ss2", "2026-12-14", "client_request", (8500000, "USD"), None),
    ("ЭкоФерма Дубрава", "svetlana", "flex", "won", "du3", None, None, (42600000, "RUB"), None),
    ("Бьюти Лаб Про", "dmitry", "label", "won", "bp1", None, None, (15200000, "RUB"), None),
    ("ТД Восток-Снаб", "svetlana", "pet", "negotiation", "vs4", None, None, (117500000, "RUB"), "2026-12-10"),
    ("Qazaq Milk", "aigerim", "pet", "lead", "qm1", "2026-12-08", "meeting", None, None),
    ("Toshkent Konserva", "aigerim", "label", "qualified", "tk3", "2026-12-09", "manager_promise", None, None),
    ("medovaya.lavka@gmail.com", "dmitry", "label", "won", "hn4", None, None, None, None),
    ("syrovar.kozlov@mail.ru", "svetlana", "flex", "proposal", "sy2", None, None, None, None),
]

NOT_NEGOTIATIONS = [
    ("digest@packnews.ru", "newsletter"),
    ("t.sokolova@sibkonditer.ru", "auto-reply"),
    ("sales@inkchem-supply.com", "unknown sender, no answer"),
    ("k.vlasova@upakexpo.ru", "thanks only"),
    ("prepress@vektorpak.ru", "internal"),
]

CLIENTS = [  # client, domains, owner, segment, phones
    ("Северная Пекарня", "severpek.ru", "dmitry", "Пищевые: хлебобулочные", "+7 (8172) 54-33-90"),
    ("Молочный Край", "molkrai.ru", "svetlana", "Пищевые: молочные", "+7 495 780-12-44"),
    ("Косметика Лада", "lada-cosmetics.ru", "svetlana", "Косметика", "+7 (8482) 61-05-77"),
    ("Алтын Дән", "altyndan.kz", "aigerim", "Пищевые: мука и крупы (KZ)", "+7 727 390 14 52"),
    ("Dala Foods", "dalafoods.kz", "aigerim", "Пищевые: снеки (KZ)", ""),
    ("Skovlund Mejeri Kazakhstan", "skovlund.dk", "aigerim", "Международные бренды", "+7 727 355 60 18"),
    ("Hoffbauer Süßwaren Srbija", "hoffbauer.de", "svetlana", "Международные бренды", "+381 21 480 7720"),
    ("Bloomfield Naturals", "bloomfieldnaturals.com", "dmitry", "Международные бренды", ""),
    ("Чайный Дом Байкал", "baikaltea.ru", "dmitry", "Пищевые: чай и кофе", "+7 914 902-55-18"),
    ("ФрутоМания", "frutomania.ru", "dmitry", "Пищевые: снеки", "+7 495 232-18-60"),
    ("Mlekara Zlatar", "zlatar.rs", "svetlana", "Пищевые: молочные (RS)", "+381 33 641 2090"),
    ("Samarkand Sweets", "samsweets.uz", "aigerim", "Пищевые: кондитерские (UZ)", "+998 90 215 44 71"),
    ("ЭкоФерма Дубрава", "dubrava-eco.ru", "svetlana", "Пищевые: молочные", "+7 (4872) 71-09-35"),
    ("Бьюти Лаб Про", "beautylab.ru", "dmitry", "Косметика", "+7 (812) 407-66-31"),
    ("ТД Восток-Снаб", "vostok-snab.ru", "svetlana", "Дистрибуция", "+7 (423) 244-18-07"),
    ("Qazaq Milk", "qazaqmilk.kz", "aigerim", "Пищевые: молочные (KZ)", "+7 725 253 30 11"),
    ("Toshkent Konserva", "tkonserva.uz", "aigerim", "Пищевые: консервы (UZ)", "+998 71 202 48 60"),
]

SALES = [  # external_id, date, manager, product, client, amount, currency
    ("ВП-2026-0871", "16.09.2026", "dmitry", "label", "Бьюти Лаб Про", "148 200,00", "RUB"),
    ("ВП-2026-0915", "07.10.2026", "dmitry", "label", "Бьюти Лаб Про", "152 000,00", "RUB"),
    ("ВП-2026-0934", "16.10.2026", "svetlana", "flex", "ЭкоФерма Дубрава", "426 000,00", "RUB"),
    ("ВП-2026-0935", "16.10.2026", "svetlana", "flex", "ЭкоФерма Дубрава", "32 000,00", "RUB"),
    ("ВП-2026-1002", "05.11.2026", "dmitry", "prepress", "Bloomfield Naturals", "114 000,00", "RUB"),
    ("ВП-2026-1017", "09.11.2026", "dmitry", "carton", "Северная Пекарня", "1 134 000,00", "RUB"),
]

# ---------------------------------------------------------------- last days: mail still waiting at as_of
msg("mk12", "yulia_mk", "svetlana", "2026-12-03 16:20", None,
"""Светлана Андреевна, добрый день.
Уточните, пожалуйста, кто со стороны ВекторПак подписывает договор — генеральный директор или по доверенности? Если по доверенности, пришлите её копию, без неё договор не пройдёт согласование.

--
Дёмина Юлия Сергеевна
ведущий юрисконсульт АО «Молочный Край»""", reply="mk10", quote="outlook_ru", ans=None)

msg("bp7", "vika", "dmitry", "2026-12-04 11:30", "Акт по испорченным флаконам",
"""Дмитрий, добрый день.
Акт по флаконам во вложении: испорчено 2 860 шт., по нашей себестоимости 37 180 руб. Подтвердите, пожалуйста, сумму компенсации — зачтём в следующую оплату или выставим счёт?

Виктория Ростова
ООО «Бьюти Лаб Про»
+7 (812) 407-66-31""", cc=["elena"], attach=["Акт_флаконы_БЛП.pdf"], ans=None)

msg("da9", "asel", "aigerim", "2026-12-03 10:45", None,
"""Айгерим, привет. Акт от перевозчика так и не пришёл, а ты обещала ещё в ноябре. Нам он нужен для страховой, у них срок до 15-го. Пришли, пожалуйста, что есть, хоть скан.

Асель""", reply="da6", quote="gmail_ru", irt=False, ans=None, complaint=True)

msg("bl12", "tom", "dmitry", "2026-12-02 09:10", "Wild Oat 250 ml - top-load test",
"""Dmitry - could you share the top-load and drop test results for the 250 ml jar? I need them for our internal spec sign-off before the agreement goes to signature.
Thanks, Tom

Tom Whitaker | Sr. Packaging Engineer | Bloomfield Naturals | +1 973 555 0182""", cc=["kayla"], ans=None)

# ---------------------------------------------------------------- more English traffic
P["lars"] = ("Lars Ebbesen", "lae@skovlund.dk", "alm", "Skovlund Mejeri Kazakhstan")
P["klaus"] = ("Klaus Brandt", "k.brandt@hoffbauer.de", "bel", "Hoffbauer Süßwaren Srbija")
P["milica"] = ("Milica Stanković", "milica@backa-organics.rs", "bel", "Bačka Organics")
P["pe_news"] = ("Packaging Europe Weekly", "newsletter@packaging-weekly.eu", "bel", None)

msg("sk12", "lars", "aigerim", "2026-11-05 09:20", "IML labels - migration test",
"""Hello Aigerim,

I am the QA manager at the Almaty plant; Mette forwarded me your draft agreement. Before we approve you as a supplier, I need the overall migration test report for the PP label and the ink system declaration (low-migration inks?). Can you send both?

Lars Ebbesen
QA Manager, Skovlund Mejeri Kazakhstan""", cc=["mette"], ans="sk13")

msg("sk13", "aigerim", "lars", "2026-11-06 12:40", None,
"""Dear Lars,

Both documents are attached: the migration test report (SGS, EU 10/2011) for PP 60 micron with our low-migration UV inks, and the ink supplier's declaration of compliance.
Please let me know if your team needs anything else.""" + SIG_A_EN, cc=["mette"],
attach=["SGS_migration_report_PP60.pdf", "Ink_DoC_LM_UV.pdf"], reply="sk12", quote="outlook_en")

msg("sk14", "lars", "aigerim", "2026-11-09 08:55", None,
"""Thanks, all approved from QA side.
Lars""", reply="sk13", quote="outlook_en", ans="-")

msg("ho11", "jovana", "svetlana", "2026-11-26 17:30", None,
"""Thanks Svetlana, noted.

Sent from my iPhone""", reply="ho10", quote="iphone", ans="-")

msg("ho12", "klaus", "svetlana", "2026-11-18 14:05", "FSC chain of custody - new supplier file",
"""Dear Ms Kuzmina,

I coordinate packaging suppliers for Hoffbauer group in Hamburg. For the new supplier file of the Novi Sad plant we need your valid FSC chain-of-custody certificate and the licence code which will appear on the cartons. Could you please send them by the end of the month?

Mit freundlichen Grüßen / Kind regards
Klaus Brandt
Group Packaging Procurement, Hoffbauer Süßwaren GmbH
+49 40 3099 5512""", cc=["jovana"], ans="ho13")

msg("ho13", "svetlana", "klaus", "2026-11-19 10:15", None,
"""Dear Mr Brandt,

Please find attached:

| Document                         | Number / code      | Valid until |
|----------------------------------|--------------------|-------------|
| FSC chain-of-custody certificate | BV-COC-118204      | 14.03.2029  |
| FSC trademark licence code       | FSC® C151207       | —           |

Best regards""" + SIG_S_EN, cc=["jovana"], attach=["FSC_COC_VektorPak.pdf"], reply="ho12", quote="outlook_en")

msg("bl13", "kayla", "dmitry", "2026-11-10 20:40", "Cyrillic proofs round 2 - a few tiny tweaks",
"""Hi Dmitry!

Our regulatory team in Moscow went through the Cyrillic labels with a magnifying glass (literally!) and we have a few tiny tweaks:
- Lavender: the INCI list needs "Lavandula Angustifolia Oil" on one line;
- Unscented: please make the "без отдушек" claim 1 pt bigger;
- all SKUs: the EAC mark should sit at least 3 mm from the edge.

Could your prepress team send the round 2 PDFs? No rush - end of the week is perfect. Thank you, you guys are stars!

Kayla""", ans="bl14")

msg("bl14", "dmitry", "kayla", "2026-11-11 09:30", None,
"""Kayla, noted, all 3. Prepress sends round 2 PDFs by Friday.""" + SIG_D_EN, reply="bl13", quote="outlook_en",
agreed=[("Prepress sends round 2 PDFs by Friday.", "2026-11-13", "kept")])

msg("bl15", "prepress", "kayla", "2026-11-13 15:10", "Wild Oat - Cyrillic proofs round 2",
"""Dear Kayla,

Round 2 PDFs for Original, Lavender and Unscented are attached, all three tweaks done. Please approve or send comments.

VektorPak Prepress""", cc=["dmitry"], attach=["WildOat_RU_round2.pdf"])

msg("bl16", "kayla", "dmitry", "2026-11-16 10:02", None,
"""Approved! 🎉 Thank you all.

K.""", reply="bl15", quote="iphone", ans="-")

msg("tk5", "bekzod", "aigerim", "2026-12-01 11:20", None,
"""Dear Aigerim, thank you for the call yesterday. Please also give a separate price for the 1 l jar label, it is a bigger size.
Bekzod""", reply="tk4", quote="gmail_en", ans="tk6")

msg("tk6", "aigerim", "bekzod", "2026-12-01 13:05", None,
"""Dear Bekzod, noted — I will include the 1 l label as a separate line in the quotation.""" + SIG_A_EN,
reply="tk5", quote="outlook_en", agreed=[("Dear Bekzod, noted — I will include the 1 l label as a separate line in the quotation.", None, "open")])

msg("bo1", "milica", "svetlana", "2026-11-30 15:45", "Stand-up pouches for organic seeds",
"""Hi,

We are Bačka Organics, a small producer of organic sunflower and pumpkin seeds from Sombor. We are looking for printed stand-up pouches with zip (150 g and 500 g), compostable if possible. Around 60,000 pouches a year to start.
Do you work with customers in Serbia, and what is your minimum order?

Thanks,
Milica Stanković
Co-founder, Bačka Organics
+381 63 812 4470""", ans="bo2")

msg("bo2", "svetlana", "milica", "2026-12-01 11:30", None,
"""Dear Milica,

Thank you for your interest — yes, we supply several customers in Serbia (DAP delivery).

| Question            | Our answer                                      |
|---------------------|-------------------------------------------------|
| Minimum order       | 10,000 pouches per design                       |
| Compostable film    | yes, NatureFlex-based laminate, +35% to PET/PE  |
| Lead time           | 4 weeks after proof approval                    |

To quote, please send the pouch dimensions, number of designs and your artwork if available.""" + SIG_S_EN,
reply="bo1", quote="outlook_en")

msg("bo3", "milica", "svetlana", "2026-12-02 09:15", None,
"""Dear Svetlana,
Great, thank you! 2 designs per size, 4 in total; sizes 140x220+80 and 200x300+100 mm. Compostable, yes. Our designer will send the artwork next week.

Milica""", reply="bo2", quote="gmail_en", ans="bo4",
agreed=[("Our designer will send the artwork next week.", None, "open")])

msg("bo4", "svetlana", "milica", "2026-12-02 12:40", None,
"""Dear Milica, thank you, noted. I will prepare the quotation as soon as the artwork arrives.""" + SIG_S_EN,
reply="bo3", quote="outlook_en", agreed=[("I will prepare the quotation as soon as the artwork arrives.", None, "open")])

msg("nw3", "pe_news", "svetlana", "2026-11-25 06:30", "Packaging Europe Weekly: PPWR countdown, mono-material pouches",
"""PACKAGING EUROPE WEEKLY

- PPWR: what the recyclability grades mean for flexible packaging converters
- Mono-material PE pouches: three brand owners share line-trial results
- Events: Empack Brussels, 3-4 February

You are receiving this because you subscribed at packaging-weekly.eu. Unsubscribe: https://packaging-weekly.eu/u""", ans="-", mailer="news")

NEGOTIATIONS.append(("Bačka Organics", "svetlana", "flex", "qualified", "bo3", None, None, None, None))
CLIENTS.append(("Bačka Organics", "backa-organics.rs", "svetlana", "Пищевые: снеки (RS)", ""))
NOT_NEGOTIATIONS.append(("newsletter@packaging-weekly.eu", "newsletter"))

msg("sk15", "mette", "aigerim", "2026-12-04 15:40", "Agenda for Tuesday - liability cap",
"""Dear Aigerim,

Ahead of Tuesday's call: our legal team proposes to cap liability at 50% of the annual contract value, with product recalls excluded from the cap. Could you confirm whether someone from your management will join, so we can close the point on the call?

Best regards,
Mette""", reply="sk11", quote="outlook_en", irt=False, ans=None)

msg("ho14", "jovana", "svetlana", "2026-12-03 11:10", "Tooling cost",
"""Svetlana, quick one: does the tooling (EUR 4,600) stay as quoted, or does the board increase affect it too?
Jovana""", ans="ho15")

msg("ho15", "svetlana", "jovana", "2026-12-03 14:25", None,
"""Dear Jovana,

Tooling is not affected: it stays at EUR 4,600, as in Q-1184.""" + SIG_S_EN, reply="ho14", quote="outlook_en")
