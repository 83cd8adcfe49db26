"""Nordhaven Bank (Moscow & Almaty): the whole invented scenario, written by hand.

Every message, meeting and call below is written by hand with its labels:
  agreed=[(side, exact sentence, due, status)], na (needs answer), ans (what answered it:
  a message key, "call:<id>" or "ics:<uid>"), complaint (True about us / False third party).
Dates are the sender's local time. as_of: Friday 4 December 2026, 18:00 Moscow.
"""

AS_OF = "2026-12-04T18:00:00+03:00"

BANK_DISCLAIMER_RU = """--
Настоящее сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, просим уведомить отправителя и удалить сообщение. АО «Нордхавен Банк» не несёт ответственности за любые изменения, внесённые в сообщение после его отправки. Информация в настоящем сообщении не является офертой и носит индикативный характер.
This e-mail and any attachments are confidential and intended solely for the addressee. Nordhaven Bank JSC, general licence of the Bank of Russia No. 3417. Indicative terms only; not an offer or a commitment to lend."""

KZ_DISCLAIMER = """--
АО ДБ «Нордхавен Банк Казахстан». Лицензия АРРФР № 1.2.118/55. Данное сообщение конфиденциально. / This message is confidential and may be legally privileged. If you are not the intended recipient please delete it."""

HALBERG_DISCLAIMER = """Halberg Chemie AG | Sitz der Gesellschaft: Frankfurt am Main | Registergericht: Amtsgericht Frankfurt am Main HRB 48213 | Vorstand: Dr. Matthias Kern (Vorsitzender), Petra Lorenz | Vorsitzender des Aufsichtsrats: Günter Haase
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""

PEOPLE = {
    # ---- bank ----
    "marina.lebedeva@nordhaven.ru": dict(name="Марина Лебедева", tz="MSK", client_app="exchange", sig="""С уважением,
Марина Лебедева
Руководитель управления корпоративных клиентов
АО «Нордхавен Банк», Москва, Пресненская наб., 12
+7 495 777-41-00 доб. 200""", disclaimer=BANK_DISCLAIMER_RU),
    "d.orlov@nordhaven.ru": dict(name="Дмитрий Орлов", tz="MSK", client_app="exchange", sig="""Best regards / С уважением,
Dmitry Orlov / Дмитрий Орлов
Senior Relationship Manager, Multinational Corporates
Nordhaven Bank JSC | Presnenskaya nab. 12, Moscow 123112
T +7 495 777-41-00 ext. 201 | M +7 916 204-18-77""", disclaimer=BANK_DISCLAIMER_RU),
    "s.kuznetsov@nordhaven.ru": dict(name="Сергей Кузнецов", tz="MSK", client_app="exchange", sig="""--
С уважением, Сергей Кузнецов
Нордхавен Банк, корпоративный бизнес
+7 903 118-52-40 (моб., WhatsApp)"""),
    "a.nurlanova@nordhaven.kz": dict(name="Айгерим Нурланова", tz="ALA", client_app="exchange", sig="""С уважением / Best regards,
Айгерим Нурланова / Aigerim Nurlanova
Менеджер по работе с корпоративными клиентами
АО ДБ «Нордхавен Банк Казахстан», Алматы, пр. Аль-Фараби, 77/7, БЦ «Esentai Tower»
+7 727 356-90-14 | +7 701 555-82-31""", disclaimer=KZ_DISCLAIMER),
    "p.zotov@nordhaven.ru": dict(name="Павел Зотов", tz="MSK", client_app="exchange", sig="""Павел Зотов
Кредитный аналитик, Управление кредитных рисков
доб. 415"""),
    "kyc.team@nordhaven.ru": dict(name="KYC / Комплаенс", tz="MSK", client_app="exchange", sig="""Отдел KYC / Onboarding
АО «Нордхавен Банк»"""),
    "e.seitkali@nordhaven.kz": dict(name="Ержан Сейткали", tz="ALA", client_app="exchange", sig="""Ержан Сейткали
Кредитный риск-менеджер, Алматы"""),
    # ---- clients ----
    "jens.vogel@halberg-chemie.de": dict(name="Jens Vogel", tz="CET", client=True, sig="""Jens Vogel
Head of Group Treasury
Halberg Chemie AG | Mainzer Landstraße 201 | 60326 Frankfurt am Main
Tel. +49 69 4783 2210 | Mobil +49 171 884 3106""", disclaimer=HALBERG_DISCLAIMER),
    "i.maslova@halberg-chemie.ru": dict(name="Ирина Маслова", tz="MSK", client=True, sig="""Ирина Маслова
Финансовый директор ООО «Халберг Хеми Рус»
+7 495 662-30-18"""),
    "k.aksoy@anadoluyapi.com.tr": dict(name="Kerem Aksoy", tz="IST", client=True, client_app="gmail", sig="""Kerem AKSOY
Finance & Treasury Manager
Anadolu Yapı Malzemeleri A.Ş. / Russia Project Office
Tel: +90 212 340 77 15  Mob: +90 532 611 48 09"""),
    "m.demir@anadoluyapi.com.tr": dict(name="Mehmet Demir", tz="IST", client=True),
    "sarah.whitfield@rheinwald-pharma.com": dict(name="Sarah Whitfield", tz="UK", client=True, sig="""Sarah Whitfield
Regional Treasury Manager, EMEA
Rheinwald Pharma Ltd | 25 Canada Square, London E14 5LQ
+44 20 7946 0318"""),
    "a.ryabov@baltazot.ru": dict(name="Андрей Рябов", tz="MSK", client=True, client_app="lotus", sig="""Рябов А.В.
Начальник казначейства ПАО «Балтийский Азот»
тел. +7 812 640-22-19"""),
    "o.pankratov@volmet.ru": dict(name="Oleg Pankratov", tz="MSK", client=True, sig="""Best regards,
Oleg Pankratov
Treasurer, JSC Volzhsky Metalloprokat
+7 8442 55-14-70"""),
    "l.fomina@volmet.ru": dict(name="Лариса Фомина", tz="MSK", client=True, sig="""Фомина Л.Н., главный бухгалтер
АО «Волжский Металлопрокат»"""),
    "v.gladkikh@sibles.ru": dict(name="Виктор Гладких", tz="MSK", client=True, client_app="iphone",
                                 sig="Отправлено с iPhone"),
    "e.morozova@sibles.ru": dict(name="Елена Морозова", tz="MSK", client=True, sig="""Морозова Елена
Финансовый менеджер ООО «СибЛесЭкспорт»
г. Красноярск, +7 391 205-47-33"""),
    "rajesh.iyer@sundaram-auto.com": dict(name="Rajesh Iyer", tz="MSK", client=True, sig="""Thanks & Regards,
Rajesh Iyer
Finance Controller - Russia
Sundaram Auto Components Rus LLC
Mob: +7 985 330-61-92"""),
    "li.wei@huaxin-elec.com": dict(name="Li Wei", tz="MSK", client=True, sig="""Li Wei 李伟
Finance Manager, Huaxin Electric (Rus) LLC
+7 495 984-12-60"""),
    "n.shevchenko@agroalliance-yug.ru": dict(name="Наталья Шевченко", tz="MSK", client=True, client_app="yandex",
                                            sig="""--
Шевченко Наталья Петровна
главный бухгалтер ООО «Агроальянс Юг»
8 (863) 299-40-51"""),
    "tom.hargreaves@britcom-eng.co.uk": dict(name="Tom Hargreaves", tz="UK", client=True, sig="""Tom Hargreaves | Finance Director
Britcom Engineering Services Ltd
M: +44 7823 419 062"""),
    "g.omarova@karkomir.kz": dict(name="Гульнара Омарова", tz="ALA", client=True, sig="""С уважением,
Омарова Гульнара Сагинтаевна
Главный бухгалтер ТОО «КарагандаКомир»
г. Караганда, ул. Ерубаева, 48
тел. +7 7212 41-20-36, сот. +7 701 744-18-52"""),
    "e.bekmukhamedov@altyndala.kz": dict(name="Ерлан Бекмухамедов", tz="ALA", client=True, sig="""Ерлан Бекмухамедов
Коммерческий директор ТОО «Алтын Дала Астық»
+7 777 219-60-44"""),
    "arjun.mehta@steppelogistics.kz": dict(name="Arjun Mehta", tz="ALA", client=True, sig="""Arjun Mehta
CFO | Steppe Logistics LLP
Almaty, Dostyk ave 210 | +7 727 339-55-08"""),
    "d.kasymov@eto.kz": dict(name="Данияр Касымов", tz="ALA", client=True, client_app="iphone", sig="""Данияр Касымов
Финансовый директор ТОО «ЕвразияТрансОйл»
+7 701 910-33-27"""),
    "emre.yildiz@qazsolar.kz": dict(name="Emre Yıldız", tz="ALA", client=True, sig="""Emre YILDIZ
Project Finance Director
Qazaq Solar Energy LLP
Astana, Mangilik El 55/20 | +7 717 264-80-12"""),
    "a.belov@polarfish.ru": dict(name="Артём Белов", tz="MSK", client=True, sig="""Артём Белов
CFO, ООО «Полярная Рыба»
Мурманск | +7 8152 47-33-90"""),
    "r.guseinov.export@gmail.com": dict(name="Рамиз Гусейнов", tz="MSK", client=True, client_app="gmail", sig="""ИП Гусейнов Р.А.
сухофрукты, орехи - экспорт/импорт
+7 928 447-19-03"""),
    "zhanar.tuleu@mail.ru": dict(name="Жанар Тулеуова", tz="ALA", client=True, client_app="mailkz"),
    # ---- others ----
    "digest@treasury-insight.com": dict(name="Treasury Insight Weekly", tz="UK"),
    "partners@onboardly.io": dict(name="Onboardly Sales", tz="UK", client_app="gmail"),
    "a.zhaksybekova@kazexport-forum.kz": dict(name="Айнур Жаксыбекова", tz="ALA", client_app="mailkz"),
}

MANAGERS = [
    dict(email="marina.lebedeva@nordhaven.ru", name="Марина Лебедева", role="head", team="Corporate",
         timezone="Europe/Moscow", locale="ru", extension="200"),
    dict(email="d.orlov@nordhaven.ru", name="Дмитрий Орлов", role="manager", team="Corporate",
         timezone="Europe/Moscow", locale="en", extension="201"),
    dict(email="s.kuznetsov@nordhaven.ru", name="Сергей Кузнецов", role="manager", team="Corporate",
         timezone="Europe/Moscow", locale="ru", extension="202"),
    dict(email="a.nurlanova@nordhaven.kz", name="Айгерим Нурланова", role="manager", team="Almaty",
         timezone="Asia/Almaty", locale="ru", extension="301"),
]
BOXES = {"lebedeva": "marina.lebedeva@nordhaven.ru", "orlov": "d.orlov@nordhaven.ru",
         "kuznetsov": "s.kuznetsov@nordhaven.ru", "nurlanova": "a.nurlanova@nordhaven.kz"}

HEAD = "marina.lebedeva@nordhaven.ru"
ORL = "d.orlov@nordhaven.ru"
KUZ = "s.kuznetsov@nordhaven.ru"
NUR = "a.nurlanova@nordhaven.kz"
ZOT = "p.zotov@nordhaven.ru"
KYC = "kyc.team@nordhaven.ru"
SEI = "e.seitkali@nordhaven.kz"

MESSAGES = []


def M(key, date, frm, to, subject, body, **kw):
    d = dict(key=key, date=date, subject=subject, body=body, to=list(to) if isinstance(to, (list, tuple)) else [to])
    d["from"] = frm
    if "cc" in kw and isinstance(kw["cc"], str):
        kw["cc"] = [kw["cc"]]
    d.update(kw)
    MESSAGES.append(d)


# =====================================================================================
# Halberg Chemie (Orlov) — RCF RUB 1.5bn; draft sent, then the key rate moved: new term sheet
# =====================================================================================
M("hal01", "2026-10-06 10:12", "jens.vogel@halberg-chemie.de", [ORL], "RUB revolving facility for Halberg Chemie Rus",
  """Dear Mr Orlov,

following our short conversation at the AHK reception last week, please find our request below.

1. Borrower: OOO Halberg Chemie Rus (100% owned by Halberg Chemie AG), guarantee of the parent possible.
2. Amount: RUB 1.5bn, revolving, 12 months, to finance working capital of the Dzerzhinsk plant.
3. We prefer a fixed rate for the full tenor.
4. Timing: the facility should be available before mid-December.

Please let me know which documents you need. Ms Maslova (CFO Russia, in copy) will coordinate locally.

Kind regards
Jens Vogel""", cc=["i.maslova@halberg-chemie.ru"], ans="hal02")

M("hal02", "2026-10-06 15:40", ORL, ["jens.vogel@halberg-chemie.de"], "RE: RUB revolving facility for Halberg Chemie Rus",
  """Dear Mr Vogel,

Thank you for your request — we are very interested in supporting Halberg in Russia.

To move quickly, I suggest the following steps:

  Step | What                                   | Who          | When
  -----+----------------------------------------+--------------+-------------
  1    | Introductory Teams call                | both         | Fri 9 Oct, 11:00 CET
  2    | KYC pack + FY2024/FY2025 statements    | Halberg Rus  | asap
  3    | Indicative term sheet                  | Nordhaven    | after step 2
  4    | Credit committee                       | Nordhaven    | early November

I will send you the KYC checklist and the list of financial documents by Wednesday 7 October.
An invitation for Friday follows separately.""", cc=["i.maslova@halberg-chemie.ru"], irt="hal01", quote="outlook_en",
  agreed=[("manager", "I will send you the KYC checklist and the list of financial documents by Wednesday 7 October.", "2026-10-07", "kept"),
          ("manager", "An invitation for Friday follows separately.", None, "kept")])

M("hal03", "2026-10-07 12:05", ORL, ["i.maslova@halberg-chemie.ru"], "Халберг Хеми Рус — перечень документов KYC и финансовой отчётности",
  """Ирина, добрый день!

Как обещал г-ну Фогелю, направляю перечень документов (во вложении) — кратко:

1) Устав, выписка ЕГРЮЛ, решение о назначении ГД;
2) Анкета клиента и декларация о бенефициарах (UBO) по форме банка;
3) Бухгалтерская отчётность РСБУ за 2024–2025 гг. и за 6 месяцев 2026 г.;
4) Аудиторское заключение по отчётности за 2025 год;
5) Расшифровка кредитного портфеля на последнюю отчётную дату.

Копии можно прислать сканами, оригиналы — к подписанию.""", cc=["jens.vogel@halberg-chemie.de"],
  attach=["Checklist_KYC_corporate_RU_EN.pdf"])

M("hal04", "2026-10-14 17:48", "i.maslova@halberg-chemie.ru", [ORL], "Документы для банка (Халберг)",
  """Дмитрий, добрый вечер.

Пункты 1–3 и 5 из вашего списка во вложении (архив 14 МБ, надеюсь, пройдёт).
С аудиторским заключением задержка — аудитор до сих пор не выпустил финальную версию, хотя срок был 30 сентября, мы уже дважды писали партнёру. Аудиторский отчёт за 2025 год пришлём до 23 октября.

Ирина""", cc=["jens.vogel@halberg-chemie.de"], complaint=False, ans="hal05",
  attach=["Halberg_Rus_docs_part1.zip"],
  agreed=[("client", "Аудиторский отчёт за 2025 год пришлём до 23 октября.", "2026-10-23", "kept")])

M("hal05", "2026-10-15 09:20", ORL, ["i.maslova@halberg-chemie.ru"], "RE: Документы для банка (Халберг)",
  """Ирина, спасибо, всё получили, архив открылся. Передал в KYC и кредитный отдел.
Ждём аудиторское заключение.""", irt="hal04", quote="outlook_ru")

M("hal06", "2026-10-15 16:02", KYC, [ORL], "Halberg Chemie Rus — недостающие документы",
  """Дмитрий,

по пакету Halberg Chemie Rus не хватает декларации о бенефициарах по нашей форме (прислали свою, на немецком, без подписи) и решения о назначении ГД в заверенной копии. Без этого анкету в работу не берём.

KYC""")

M("hal07", "2026-10-15 16:30", ORL, ["i.maslova@halberg-chemie.ru"], "FW: Halberg Chemie Rus — недостающие документы",
  """Ирина, коллеги из KYC просят два документа — см. ниже. Пришлите, пожалуйста, декларацию UBO по нашей форме (шаблон прикладываю) и заверенную копию решения о назначении ГД.""",
  irt="hal06", noirt=True, quote="forward_ru", attach=["UBO_declaration_form.docx"])

M("hal08", "2026-10-16 11:14", "i.maslova@halberg-chemie.ru", [ORL], "RE: FW: Halberg Chemie Rus — недостающие документы",
  """Высылаю оба документа. Декларацию подписал ГД, решение заверено нотариально.""", irt="hal07", quote="outlook_ru",
  attach=["UBO_Halberg_Rus_signed.pdf", "Reshenie_GD_notarial.pdf"], na=False)

M("hal09", "2026-10-22 18:30", "i.maslova@halberg-chemie.ru", [ORL], "Аудиторское заключение 2025 — Халберг Хеми Рус",
  """Дмитрий, аудиторское заключение наконец выпущено, направляю. Чистое, без оговорок.""",
  attach=["AZ_Halberg_Rus_2025.pdf"], na=False)

M("hal10", "2026-10-23 16:45", ORL, ["jens.vogel@halberg-chemie.de"], "Indicative term sheet — RUB 1.5bn RCF — Halberg Chemie Rus",
  """Dear Jens,

Thank you and Irina for the complete documentation. Please find attached our indicative term sheet; the key terms are below.

  Term                     | Indicative
  -------------------------+---------------------------------------------
  Borrower                 | OOO Halberg Chemie Rus
  Guarantor                | Halberg Chemie AG
  Facility                 | Revolving credit facility, RUB 1,500,000,000
  Tenor                    | 12 months from signing
  Interest                 | 17.40% p.a. fixed
  Arrangement fee          | 0.35% flat
  Commitment fee           | 0.50% p.a. on undrawn amounts
  Financial covenant       | Net debt / EBITDA (Borrower) <= 3.0x, semi-annual
  Validity of fixed rate   | until 13 November 2026

The terms are subject to credit committee approval. Happy to discuss any point.""",
  cc=["i.maslova@halberg-chemie.ru"], attach=["Term_Sheet_RCF_draft.pdf"])

M("hal11", "2026-10-27 09:03", "jens.vogel@halberg-chemie.de", [ORL], "AW: Indicative term sheet — RUB 1.5bn RCF — Halberg Chemie Rus",
  """Dear Dmitry,

thank you. Our comments:

1. Interest: 17.40% is above our expectation; another bank on our panel indicated 16.90% fixed.
2. Commitment fee: we see 0.25% p.a. as market.
3. Covenant: please test it at guarantor (group) level, annually, on IFRS figures. Testing the Russian entity alone makes no sense with the parent guarantee.
4. Timing unchanged: we want to sign before 15 December.

Best regards
Jens""", cc=["i.maslova@halberg-chemie.ru"], irt="hal10", quote="outlook_de", ans="hal12")

M("hal12", "2026-10-28 14:20", ORL, ["jens.vogel@halberg-chemie.de"], "RE: AW: Indicative term sheet — RUB 1.5bn RCF — Halberg Chemie Rus",
  """Dear Jens,

After discussion with our treasury and risk colleagues:

  Point | Your request            | Our revised position
  ------+-------------------------+------------------------------------------
  1     | below 17.40%            | 17.15% p.a. fixed
  2     | commitment fee 0.25%    | 0.35% p.a.
  3     | covenant at group level | accepted: Group net debt / EBITDA <= 3.5x, annual, IFRS
  4     | signing before 15 Dec   | feasible

If this works for you, I will put the facility to our credit committee on 5 November.""",
  cc=["i.maslova@halberg-chemie.ru"], irt="hal11", quote="outlook_en")

M("hal13", "2026-10-29 08:41", "jens.vogel@halberg-chemie.de", [ORL], "AW: RE: AW: Indicative term sheet — RUB 1.5bn RCF — Halberg Chemie Rus",
  """Dmitry,

agreed in principle. Please proceed to credit committee.

Jens""", cc=["i.maslova@halberg-chemie.ru"], irt="hal12", quote="outlook_de", na=False)

M("hal14", "2026-10-29 11:10", ORL, [ZOT], "Халберг — заявка на КК 5 ноября",
  """Павел, привет.

Halberg Chemie Rus: ВКЛ 1,5 млрд руб., 12 мес., фикс 17,15%, поручительство Halberg Chemie AG, ковенант на уровне группы. Пакет в папке клиента, аудит чистый. Сможешь подготовить заключение к КК 5.11?""")

M("hal15", "2026-11-05 17:55", ZOT, [ORL], "RE: Халберг — заявка на КК 5 ноября",
  """Дмитрий, КК одобрил в запрошенных параметрах. Условие — поручительство материнской компании по английскому праву с legal opinion. Протокол завтра.""", irt="hal14", quote="outlook_ru")

M("hal16", "2026-11-06 13:30", ORL, ["jens.vogel@halberg-chemie.de", "i.maslova@halberg-chemie.ru"],
  "Credit approval and draft Facility Agreement — Halberg Chemie Rus",
  """Dear Jens, dear Irina,

I am pleased to confirm that our credit committee approved the RUB 1.5bn facility yesterday on the terms agreed on 29 October. The only additional condition is a legal opinion on the parent guarantee (English law).

Attached:
  - Facility_Agreement_Halberg_draft_v1.docx
  - Parent_Guarantee_draft_v1.docx

Please send us your lawyers' comments in track changes.""", attach=["Facility_Agreement_Halberg_draft_v1.docx", "Parent_Guarantee_draft_v1.docx"])

M("hal17", "2026-11-12 19:02", "i.maslova@halberg-chemie.ru", [ORL], "RE: Credit approval and draft Facility Agreement — Halberg Chemie Rus",
  """Дмитрий, добрый вечер.

Правки наших юристов и юристов группы во вложении (режим рецензирования). Основное:
- п. 7.3 (перекрёстный дефолт) — только по обязательствам свыше 5 млн евро;
- п. 11 — право банка на одностороннее изменение ставки убрать полностью;
- уведомление о выборке — за 1 рабочий день, не за 3.

Йенс просит по возможности согласовать текст до конца следующей недели.

Ирина""", irt="hal16", quote="outlook_ru", attach=["Facility_Agreement_Halberg_v1_HCR_comments.docx"], ans="hal18")

M("hal18", "2026-11-16 18:10", ORL, ["jens.vogel@halberg-chemie.de"], "Halberg RCF — revised term sheet after the key rate decision",
  """Dear Jens,

As you know, the Bank of Russia raised the key rate to 18.00% on 13 November. Our fixed-rate indication expired on the same day (see the term sheet of 23 October), and our treasury cannot hold 17.15% fixed for a 12-month revolving facility any more.

We therefore attach a revised term sheet with two options:

  Option | Interest                          | Other terms
  -------+-----------------------------------+-----------------------------------------
  A      | 18.60% p.a. fixed                 | unchanged (fees, group covenant, tenor)
  B      | Key rate + 1.90% p.a., floating   | unchanged; no floor

The comments of your lawyers on the draft (Irina's letter of 12 November) are mostly acceptable to us; we will reflect them once the pricing is settled. I am sorry for the step back — the draft agreement stays on hold until you choose an option.""",
  cc=["i.maslova@halberg-chemie.ru"], attach=["Term_Sheet_RCF_v2_Halberg.pdf"],
  agreed=[("manager", "The comments of your lawyers on the draft (Irina's letter of 12 November) are mostly acceptable to us; we will reflect them once the pricing is settled.", None, "open")])

M("hal19", "2026-11-17 10:26", "jens.vogel@halberg-chemie.de", [ORL], "AW: Halberg RCF — revised term sheet after the key rate decision",
  """Dmitry,

1. Understood, the key rate move is not your fault.
2. We lean towards option B but need approval of our Group ALCO, which meets on 8 December.
3. Our target remains to sign before 18 December.
4. I will send you a Teams invitation for 9 December to discuss the outcome.

Jens""", cc=["i.maslova@halberg-chemie.ru"], irt="hal18", quote="outlook_de", ans="hal20",
  agreed=[("client", "I will send you a Teams invitation for 9 December to discuss the outcome.", None, "kept")])

M("hal20", "2026-11-17 11:02", ORL, ["jens.vogel@halberg-chemie.de"], "RE: AW: Halberg RCF — revised term sheet after the key rate decision",
  """Jens, thank you — invitation received and accepted. Talk on 9 December.""", irt="hal19", quote="outlook_en")

# =====================================================================================
# Anadolu Yapı (Orlov) — import LC EUR 2.4m + RUB/EUR conversion (two products, one letter)
# =====================================================================================
M("ana01", "2026-10-12 11:37", "k.aksoy@anadoluyapi.com.tr", [ORL], "LC and FX request - Anadolu Yapi Russia",
  """Dear Dmitry Bey,

Hope you are well. As our Russian company (OOO Anadolu Yapi Rus) we are buying a new production line for the Kaluga plant from our group factory in Manisa. Payment will be by documentary letter of credit, amount EUR 2,400,000. The LC for EUR 2.4m must be issued before 20 January, otherwise factory cannot put us in the production plan.

At the same time we need to convert rubles to euros for the cover. Can you please give us:
- your LC issuance fee and other LC fees,
- FX spread for RUB/EUR conversion for about EUR 2.4m, and is it possible to do forward?

Our current bank is too slow, every question takes two weeks, so we want to try you.

Thank you in advance,
Kerem""", ans="ana02", complaint=False)

M("ana02", "2026-10-13 15:15", ORL, ["k.aksoy@anadoluyapi.com.tr"], "RE: LC and FX request - Anadolu Yapi Russia",
  """Dear Kerem,

Thank you for thinking of us. Our standard conditions are below.

Letter of credit (import, sight payment):

  Fee                     | Rate
  ------------------------+--------------------------------
  Issuance                | 0.20% per quarter, min EUR 500
  Amendment               | EUR 150 per amendment
  Document examination    | 0.10%, min EUR 200
  Cash cover              | 100% (or a credit limit, subject to approval)

FX conversion RUB/EUR:

  Amount                  | Spread to CBR/market rate
  ------------------------+--------------------------
  up to EUR 1m            | 0.35%
  above EUR 1m            | 0.25%
  Forward (up to 3 months)| possible, priced on request

To prepare the LC we need the supply contract, the draft LC wording agreed with the beneficiary, and an update of your KYC file.

I will send you our LC application form and the tariff extract tomorrow.""", irt="ana01", quote="outlook_en",
  agreed=[("manager", "I will send you our LC application form and the tariff extract tomorrow.", "2026-10-14", "kept")])

M("ana03", "2026-10-14 10:05", ORL, ["k.aksoy@anadoluyapi.com.tr"], "LC application form and tariffs",
  """Kerem, as promised — the LC application form and the extract from our tariffs are attached.""",
  attach=["LC_Application_Form_Nordhaven.docx", "Tariffs_Trade_Finance_extract.pdf"])

M("ana04", "2026-10-20 16:50", "k.aksoy@anadoluyapi.com.tr", [ORL], "RE: LC application form and tariffs",
  """Dear Dmitry Bey,

Please find attached the supply contract and the draft LC text from Manisa.

About the fees: 0.20% per quarter is high for us, our bank in Turkey gives 0.12%. Is 0.15% possible? Also 100% cash cover is a lot of money to freeze, can we do 30%?

I will be in Moscow on Thursday, maybe we can meet at our office?

Best regards
Kerem""", irt="ana03", quote="gmail_en", attach=["Supply_Contract_ANY-RUS-2026-14.pdf", "Draft_LC_wording_Manisa.docx"],
  ans="ana05")

M("ana05", "2026-10-20 17:30", ORL, ["k.aksoy@anadoluyapi.com.tr"], "RE: LC application form and tariffs",
  """Kerem, with pleasure — Thursday 22 October, 15:00 at your office on Leningradsky prospekt. I will send an invitation.""",
  irt="ana04", quote="outlook_en", agreed=[("manager", "I will send an invitation.", None, "kept")])

M("ana06", "2026-10-23 12:40", ORL, ["k.aksoy@anadoluyapi.com.tr"], "Anadolu Yapi Rus — LC EUR 2.4m and FX — follow-up to our meeting",
  """Dear Kerem,

Thank you for yesterday's meeting. As agreed:

  Item                         | Agreed
  -----------------------------+----------------------------------
  LC issuance fee              | 0.16% per quarter, min EUR 400
  Cash cover                   | 30%, remaining 70% under a trade limit (credit approval needed)
  FX spread RUB/EUR (EUR 2.4m) | 0.20%, conversion in two tranches
  LC issuance date             | not later than 15 January 2027

We will send you the draft of the general LC agreement by 30 October.""", irt="ana05", noirt=True,
  agreed=[("manager", "We will send you the draft of the general LC agreement by 30 October.", "2026-10-30", "kept")])

M("ana07", "2026-10-26 09:12", "k.aksoy@anadoluyapi.com.tr", [ORL], "RE: Anadolu Yapi Rus — LC EUR 2.4m and FX — follow-up to our meeting",
  """Dmitry Bey, OK for us. Please go ahead. Thanks""", irt="ana06", quote="gmail_en", na=False)

M("ana08", "2026-10-29 17:20", ORL, ["k.aksoy@anadoluyapi.com.tr", "m.demir@anadoluyapi.com.tr"],
  "Draft General LC Agreement — Anadolu Yapi Rus",
  """Dear Kerem, dear Mr Demir,

Please find attached the draft general agreement on documentary letters of credit and the draft LC application for EUR 2,400,000 (beneficiary: Anadolu Yapı Malzemeleri A.Ş., Manisa), reflecting the terms of 23 October. The 70% trade limit was approved by our credit department on 28 October.

Your legal team's comments are welcome in track changes.""",
  attach=["Draft_General_LC_Agreement_Anadolu.docx", "LC_Application_EUR2.4m_draft.docx"])

M("ana09", "2026-10-29 17:20", "m.demir@anadoluyapi.com.tr", [ORL], "Otomatik yanıt: Draft General LC Agreement — Anadolu Yapi Rus",
  """Merhaba,
2 Kasım'a kadar ofis dışındayım, e-postalara sınırlı erişimim olacak. Acil konular için Kerem Aksoy ile iletişime geçebilirsiniz (k.aksoy@anadoluyapi.com.tr).

I am out of the office until 2 November with limited access to e-mail. For urgent matters please contact Kerem Aksoy.

Mehmet Demir""", irt="ana08", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  nosig=True, na=False, not_inbound=True)

M("ana10", "2026-11-10 13:55", "k.aksoy@anadoluyapi.com.tr", [ORL], "RE: Draft General LC Agreement — Anadolu Yapi Rus",
  """Dear Dmitry Bey,

Our legal comments are attached, mostly small things.

One bigger problem, not from your side: the advising bank of our factory in Izmir now says they want the LC confirmed by a "first class European bank", because of the sanctions situation. Honestly this bank in Izmir makes our life very difficult, every week new requirement. Can you arrange confirmation through your correspondent and what is the cost?

Kerem""", irt="ana08", quote="gmail_en", attach=["Draft_General_LC_Agreement_Anadolu_AY_comments.docx"],
  complaint=False, ans="ana11")

M("ana11", "2026-11-11 10:30", ORL, ["k.aksoy@anadoluyapi.com.tr"], "RE: Draft General LC Agreement — Anadolu Yapi Rus",
  """Kerem,

Your legal comments are acceptable, except clause 9.2 (we need the right to debit the cover account).
Confirmation: we can ask our correspondent in Vienna. I will come back to you on the confirmation cost by Friday 13 November.""",
  irt="ana10", quote="outlook_en",
  agreed=[("manager", "I will come back to you on the confirmation cost by Friday 13 November.", "2026-11-13", "kept")])

M("ana12", "2026-11-24 16:05", "k.aksoy@anadoluyapi.com.tr", [ORL], "Anadolu - final text and signing",
  """Dear Dmitry Bey,

Thank you for the call on 13th, 0.15% confirmation is OK for us. Attached our final comments on the agreement (only 9.2 wording). We need the LC issued latest 15 January, the factory ships in February.

When can we sign? Our General Director is in Moscow 7-11 December.

Best regards
Kerem""", attach=["General_LC_Agreement_final_AY.docx"], ans="ana13")

M("ana13", "2026-11-25 11:45", ORL, ["k.aksoy@anadoluyapi.com.tr"], "RE: Anadolu - final text and signing",
  """Dear Kerem,

9.2 in your wording is fine. I will send the signing version of the agreement by 30 November, and we can sign with your General Director during his Moscow visit.""",
  irt="ana12", quote="outlook_en", cc=[HEAD],
  agreed=[("manager", "I will send the signing version of the agreement by 30 November, and we can sign with your General Director during his Moscow visit.", "2026-11-30", "broken")])

M("ana14", "2026-12-02 09:58", "k.aksoy@anadoluyapi.com.tr", [ORL], "RE: Anadolu - final text and signing",
  """Dmitry Bey,

We are still waiting for the signing version, you promised it for 30 November. The factory asks me every day about the LC date and I have nothing to tell them. Please, this is getting urgent.

Kerem""", irt="ana13", quote="gmail_en", cc=[HEAD], complaint=True, ans="call:c24")

M("ana15", "2026-12-02 10:20", HEAD, [ORL], "FW: Anadolu - final text and signing",
  """Дима, что с подписным экземпляром для Anadolu? Позвони Кериму сегодня, пожалуйста, и отпишись мне.""",
  irt="ana14", noirt=True, quote="forward_en")

# =====================================================================================
# Rheinwald Pharma (Orlov) — cash management; postponed until the group budget (Q1)
# =====================================================================================
M("rhw01", "2026-10-08 09:41", "sarah.whitfield@rheinwald-pharma.com", [ORL], "Rheinwald Pharma - banking panel review Russia",
  """Hi Dmitry,

We're reviewing our banking panel for the Russian entity (OOO Rheinwald Pharma, Moscow, ~180 staff) and would like to understand your cash management offering: RUB and EUR accounts, host-to-host connection to SAP S/4, and intraday reporting to our in-house bank in London. Payroll might follow later.

Could we have a call next week? Tuesday or Thursday afternoon UK time works best.

Many thanks,
Sarah""", ans="rhw02")

M("rhw02", "2026-10-08 13:05", ORL, ["sarah.whitfield@rheinwald-pharma.com"], "RE: Rheinwald Pharma - banking panel review Russia",
  """Hi Sarah,

Thank you — Thursday 15 October, 14:00 UK time (16:00 Moscow) on Teams? I will bring our cash management product specialist. Invitation to follow.""",
  irt="rhw01", quote="outlook_en")

M("rhw03", "2026-10-16 17:20", ORL, ["sarah.whitfield@rheinwald-pharma.com"], "Nordhaven — cash management proposal for OOO Rheinwald Pharma",
  """Hi Sarah,

Thanks again for yesterday's call. Our proposal, in short (full tariff schedule «Тарифы_РКО_2027.pdf» attached, English summary on page 2):

  Service                                    | Fee
  -------------------------------------------+------------------------------
  Account maintenance (RUB, EUR)             | RUB 2,500 per month per account
  RUB payments via host-to-host              | RUB 15 per payment
  SWIFT payments (EUR, CNY)                  | EUR 25 (OUR), EUR 15 (SHA)
  Host-to-host SAP connection (setup)        | free of charge
  MT940/MT942 intraday statements to London  | RUB 3,000 per month
  FX conversion RUB/EUR                      | 0.30% to market rate

Fees are fixed for 2027 if the accounts are opened before 31 March 2027.""",
  attach=["Тарифы_РКО_2027.pdf"])

M("rhw04", "2026-10-30 15:48", "sarah.whitfield@rheinwald-pharma.com", [ORL], "RE: Nordhaven — cash management proposal for OOO Rheinwald Pharma",
  """Hi Dmitry,

Thanks for this, the pricing looks competitive. However our CFO has decided to bundle any bank change into the 2027 budget, and the group budget is only approved in January. So let's pick this up in Q1.

Best,
Sarah""", irt="rhw03", quote="outlook_en", ans="rhw05")

M("rhw05", "2026-10-30 16:30", ORL, ["sarah.whitfield@rheinwald-pharma.com"], "RE: Nordhaven — cash management proposal for OOO Rheinwald Pharma",
  """Understood, Sarah. I will get in touch after the budget approval in January; the 2027 tariffs stay reserved for you until 31 March.""",
  irt="rhw04", quote="outlook_en",
  agreed=[("manager", "I will get in touch after the budget approval in January; the 2027 tariffs stay reserved for you until 31 March.", None, "open")])

M("rhw06", "2026-10-30 16:52", "sarah.whitfield@rheinwald-pharma.com", [ORL], "RE: Nordhaven — cash management proposal for OOO Rheinwald Pharma",
  """Perfect, thank you!

Sent from my iPhone""", irt="rhw05", quote="iphone_en", na=False, app="iphone", nosig=True)

# =====================================================================================
# Балтийский Азот (Orlov) — ВКЛ лимит 800 млн руб.; торг по марже, пересмотренный term sheet
# =====================================================================================
M("bal01", "2026-10-19 10:02", "a.ryabov@baltazot.ru", [ORL], "Кредитная линия ПАО \"Балтийский Азот\"",
  """Дмитрий Сергеевич, добрый день.

ПАО «Балтийский Азот» рассматривает открытие возобновляемой кредитной линии с лимитом 800 млн руб. на пополнение оборотных средств (закупка сырья, экспортные контракты), срок 2 года, ставка плавающая: ключевая ставка + маржа. Хотели бы подписать до конца года.

Просим сообщить перечень документов и индикативные условия.

Рябов""", ans="bal02")

M("bal02", "2026-10-19 14:30", ORL, ["a.ryabov@baltazot.ru"], "RE: Кредитная линия ПАО \"Балтийский Азот\"",
  """Андрей Викторович, добрый день!

Спасибо за запрос. Для индикативных условий нам нужны:

  № | Документ                                               | Срок
  --+--------------------------------------------------------+-------------
  1 | Отчётность РСБУ за 9 мес. 2026 г.                      | по готовности
  2 | МСФО за 2025 г. (аудированная)                         | есть у нас с прошлого года? прошу обновить
  3 | Расшифровка кредитного портфеля и поручительств        | на 01.10.2026
  4 | Прогноз выручки по экспортным контрактам на 2027 г.    | в свободной форме

Индикативные условия направлю в течение трёх рабочих дней после получения отчётности.
Готов также приехать к вам на завод — предлагаю среду, 28 октября.""", irt="bal01", quote="outlook_ru",
  agreed=[("manager", "Индикативные условия направлю в течение трёх рабочих дней после получения отчётности.", None, "kept")])

M("bal03", "2026-10-22 12:18", "a.ryabov@baltazot.ru", [ORL], "Re: Кредитная линия ПАО \"Балтийский Азот\"",
  """Дмитрий Сергеевич, документы 1-4 во вложении. 28 октября ждём, пропуск закажем.

Рябов""", irt="bal02", quote="lotus", noirt=True, attach=["RSBU_9m2026_BA.pdf", "IFRS_2025_BA.pdf", "Kredit_portfel_01102026.xlsx", "Prognoz_eksport_2027.xlsx"],
  ans="bal04")

M("bal04", "2026-10-27 18:05", ORL, ["a.ryabov@baltazot.ru"], "Индикативные условия ВКЛ 800 млн руб. — ПАО «Балтийский Азот»",
  """Андрей Викторович, добрый вечер!

Направляю индикативные условия (term sheet во вложении), основные параметры:

  Параметр                       | Условие
  -------------------------------+---------------------------------------------
  Лимит                          | 800 000 000 руб., возобновляемый
  Срок                           | 24 мес., период выборки 3 мес. на транш
  Ставка                         | ключевая ставка ЦБ РФ + 2,75% годовых
  Комиссия за открытие           | 0,5% от лимита единовременно
  Комиссия за резервирование     | 0,5% годовых от неиспользованного лимита
  Ковенанты                      | Чистый долг/EBITDA ≤ 2,5x; обороты по счетам ≥ 30% выручки
  Обеспечение                    | без обеспечения

Условия не являются офертой и подлежат одобрению кредитным комитетом.
До встречи завтра.""", attach=["Term_Sheet_RCF_Baltazot_indicative.pdf"])

M("bal05", "2026-11-05 11:47", "a.ryabov@baltazot.ru", [ORL], "Re: Индикативные условия ВКЛ 800 млн руб. — ПАО «Балтийский Азот»",
  """Дмитрий Сергеевич,

по итогам встречи и рассмотрения у финансового директора:

1. Маржа 2,75% — дорого. Другой банк предлагает КС + 2,20%.
2. Комиссию за резервирование просим убрать.
3. Ковенант по оборотам — не более 20% выручки, у нас четыре обслуживающих банка.

Ждём пересмотренные условия.

Рябов""", irt="bal04", quote="lotus", ans="bal06")

M("bal06", "2026-11-09 17:33", ORL, ["a.ryabov@baltazot.ru"], "RE: Индикативные условия ВКЛ 800 млн руб. — ПАО «Балтийский Азот» — версия 2",
  """Андрей Викторович, добрый вечер!

Удалось пересмотреть условия. Сравнение:

  Параметр                   | Было            | Ваш запрос      | Версия 2
  ---------------------------+-----------------+-----------------+-----------------
  Маржа к ключевой ставке    | 2,75%           | 2,20%           | 2,40%
  Комиссия за резервирование | 0,50% годовых   | 0%              | 0,25% годовых
  Ковенант по оборотам       | ≥ 30% выручки   | ≥ 20% выручки   | ≥ 25% выручки
  Комиссия за открытие       | 0,5%            | —               | 0,3%

Обновлённый term sheet во вложении.""", irt="bal05", quote="outlook_ru", attach=["Term_Sheet_RCF_Baltazot_v2.pdf"])

M("bal07", "2026-11-12 09:15", "a.ryabov@baltazot.ru", [ORL], "Re: Индикативные условия — версия 2",
  """Дмитрий Сергеевич,

маржа 2,40% приемлема, по оборотам 25% согласны. По резервированию — 0,2% и закрываем вопрос. Прошу ответить до пятницы.

Рябов""", irt="bal06", quote="lotus", ans="call:c13")

M("bal08", "2026-11-12 10:02", ORL, [ZOT], "Балтийский Азот — резервирование 0,2%?",
  """Павел, Балтийский Азот торгуется: маржа 2,40 ок, просят резервирование 0,20% вместо 0,25%. На лимит 800 млн разница ~400 тыс. в год. Пройдём на КК с 0,20%? Нужен ответ до пятницы.""")

M("bal09", "2026-11-13 12:40", ZOT, [ORL], "RE: Балтийский Азот — резервирование 0,2%?",
  """Пройдём. Но КК на декабрь — только 3-го, следующий 17-го.""", irt="bal08", quote="outlook_ru")

M("bal10", "2026-11-17 16:20", ORL, ["a.ryabov@baltazot.ru"], "Балтийский Азот — term sheet v3 (итог звонка 16.11)",
  """Андрей Викторович, как договорились по телефону, фиксирую итоговые условия — версия 3 во вложении:

  Параметр                   | Версия 3
  ---------------------------+------------------------------
  Лимит                      | 800 000 000 руб.
  Ставка                     | КС + 2,40% годовых
  Комиссия за открытие       | 0,3%
  Комиссия за резервирование | 0,20% годовых
  Ковенант по оборотам       | ≥ 25% выручки

Прошу подтвердить условия до 25 ноября, чтобы мы успели на кредитный комитет 3 декабря.""",
  attach=["Term_Sheet_RCF_Baltazot_v3.pdf"])

M("bal11", "2026-11-24 17:58", "a.ryabov@baltazot.ru", [ORL], "Re: Балтийский Азот — term sheet v3 (итог звонка 16.11)",
  """Дмитрий Сергеевич,

условия версии 3 в целом согласованы. Один вопрос: период доступности каждого транша просим увеличить с 3 до 6 месяцев. Без решения правления подтвердить не можем, правление — 8 декабря. Окончательный ответ дадим 9 декабря, после заседания правления.

Соответственно, КК 3 декабря не успеваем, ориентируемся на 17-е.

Рябов""", irt="bal10", quote="lotus", ans="bal12",
  agreed=[("client", "Окончательный ответ дадим 9 декабря, после заседания правления.", "2026-12-09", "open")])

M("bal12", "2026-11-25 09:40", ORL, ["a.ryabov@baltazot.ru"], "RE: Балтийский Азот — term sheet v3 (итог звонка 16.11)",
  """Андрей Викторович, принято. 6 месяцев на транш — технически возможно, согласую с рисками заранее. Ждём решения правления, заявку на КК 17 декабря готовим параллельно.""",
  irt="bal11", quote="outlook_ru", agreed=[("manager", "6 месяцев на транш — технически возможно, согласую с рисками заранее.", None, "open")])

# =====================================================================================
# Волжский Металлопрокат (Orlov) — ВКЛ 300 млн руб.: КК, договор, подписание, первый транш (won)
# =====================================================================================
M("vol01", "2026-10-05 10:26", "o.pankratov@volmet.ru", [ORL], "Credit line 300 mln - documents for credit committee",
  """Dear Dmitry,

Good day! As discussed by phone, we confirm the indicative terms from your letter of 28 September (limit 300 mln RUB, key rate + 2.6%). In attachment please find financial statements for 9 months and the list of our affiliates.

We kindly ask to make the credit committee in October, because we have big payment for the slabs in the end of November and we need the money before 25 November.

Best regards, Oleg""", attach=["Volmet_RSBU_9m2026.pdf", "Volmet_affiliates.xlsx"], ans="vol02")

M("vol02", "2026-10-06 11:15", ORL, ["o.pankratov@volmet.ru"], "RE: Credit line 300 mln - documents for credit committee",
  """Oleg, good day!

Thank you, documents received. Plan:

  Date       | Step
  -----------+-------------------------------------------
  by 9 Oct   | missing docs (see below) from your side
  22 Oct     | credit committee
  by 26 Oct  | draft credit agreement
  by 20 Nov  | signing, first drawdown before 25 Nov

Missing: copy of the licence for scrap metal operations, decoding of accounts receivable over 5% of the total, confirmation of no tax arrears. Лариса Николаевна can send them directly to me.""",
  irt="vol01", quote="outlook_en", cc=["l.fomina@volmet.ru"])

M("vol03", "2026-10-08 16:44", "l.fomina@volmet.ru", [ORL], "документы для банка",
  """Дмитрий Сергеевич, добрый день!

Высылаю лицензию, расшифровку дебиторки и справку об отсутствии задолженности из ФНС (справку ждали неделю, налоговая выдаёт как хочет).

Расшифровка на 30.09, там крупный дебитор — турецкий покупатель, у него вся партия стоит в Новороссийске, таможня держит уже третью неделю с какими-то вопросами по коду ТН ВЭД, поэтому и деньги задерживаются. Это к вопросу, откуда дебиторка.

Если что-то ещё нужно — пишите, пожалуйста, мне напрямую, Олег Игоревич в командировке до пятницы.

Фомина""", attach=["Licenziya.pdf", "Rasshifrovka_DZ_30092026.xlsx", "Spravka_FNS.pdf"],
  complaint=False, na=False)

M("vol04", "2026-10-23 10:10", ORL, ["o.pankratov@volmet.ru"], "Credit committee approval and draft agreement — Volzhsky Metalloprokat",
  """Oleg, good morning!

Good news: the credit committee approved the 300 mln RUB line yesterday on the agreed terms. The draft credit agreement is attached; please pass it to your lawyers.

  Limit        | 300 000 000 RUB
  Rate         | key rate + 2.60% p.a.
  Tenor        | 18 months
  Fees         | 0.4% upfront, no commitment fee
  Collateral   | none; covenant: turnover ≥ 35% of revenue""", cc=["l.fomina@volmet.ru"],
  attach=["Kreditnoe_soglashenie_Volmet_draft.docx"])

M("vol05", "2026-11-03 12:30", "o.pankratov@volmet.ru", [ORL], "RE: Credit committee approval and draft agreement — Volzhsky Metalloprokat",
  """Dmitry, our lawyers have some comments (in attachment), main is cross-default clause - it must be only for our obligations in your bank, not in all banks. Also they want to discuss clause about turnover covenant. Can we do a call with lawyers this week?""",
  irt="vol04", quote="outlook_en", attach=["Kreditnoe_soglashenie_Volmet_comments.docx"], ans="vol06")

M("vol06", "2026-11-03 13:05", ORL, ["o.pankratov@volmet.ru"], "RE: Credit committee approval and draft agreement — Volzhsky Metalloprokat",
  """Oleg, yes — Thursday 5 November, 11:00, Teams, with our legal. Invitation follows.""", irt="vol05", quote="outlook_en")

M("vol07", "2026-11-09 15:22", ORL, ["o.pankratov@volmet.ru"], "Volmet — final version of the credit agreement",
  """Oleg, attached is the final version after Thursday's call: cross-default limited to obligations to Nordhaven, turnover covenant tested quarterly with a 30-day cure period. From our side the text is agreed.""",
  attach=["Kreditnoe_soglashenie_Volmet_final.docx"])

M("vol08", "2026-11-19 17:40", "o.pankratov@volmet.ru", [ORL], "Signed credit agreement",
  """Dmitry, the agreement is signed by our General Director today, originals are sent by DHL, waybill 4471 2290 11. Please confirm when we can do first drawdown.""",
  ans="vol09")

M("vol09", "2026-11-20 09:35", ORL, ["o.pankratov@volmet.ru"], "RE: Signed credit agreement",
  """Oleg, thank you! Scans are fine for us, originals expected Monday. First drawdown is possible from 23 November; the request form is attached.""",
  irt="vol08", quote="outlook_en", cc=["l.fomina@volmet.ru"], attach=["Zayavka_na_transh_form.docx"])

M("vol10", "2026-11-25 09:05", "l.fomina@volmet.ru", [ORL], "Заявка на транш 120 млн",
  """Дмитрий Сергеевич, доброе утро.

Во вложении заявка на транш 120 000 000 руб. по кредитному соглашению № 0417-ВКЛ/26, дата выдачи — сегодня. Платёжка поставщику слябов уйдёт сразу после зачисления, просим не задерживать.

Фомина""", attach=["Zayavka_transh_120mln_25112026.pdf"], ans="vol11")

M("vol10b", "2026-11-25 13:34", "l.fomina@volmet.ru", [ORL], "RE: Заявка на транш 120 млн",
  """Дмитрий Сергеевич, уже половина второго, денег на счёте нет. Заявку подали в 9 утра, как договаривались, оригиналы у вас с понедельника. Ваш операционный отдел на звонки отвечает «заявка в работе» — и всё. Поставщик ждёт оплату сегодня, иначе снимает нас с отгрузки.

Первый транш — и сразу такой сервис. Прошу разобраться срочно.

Фомина""", irt="vol10", quote="outlook_ru", cc=["o.pankratov@volmet.ru"], complaint=True, ans="vol11")

M("vol11", "2026-11-25 15:52", ORL, ["l.fomina@volmet.ru"], "RE: Заявка на транш 120 млн",
  """Лариса Николаевна, прошу прощения за задержку — валютный контроль перепроверял назначение кредита. Транш 120 млн руб. зачислен на ваш расчётный счёт сегодня в 15:40. Первая выдача по линии состоялась, поздравляю!""",
  irt="vol10b", quote="outlook_ru", cc=["o.pankratov@volmet.ru"])

M("vol12", "2026-11-26 08:31", "o.pankratov@volmet.ru", [ORL], "RE: Заявка на транш 120 млн",
  """Thank you, Dmitry, payment to supplier is done.

Sent from my iPhone""", irt="vol11", quote="iphone_en", na=False, app="iphone", nosig=True)

# =====================================================================================
# СибЛесЭкспорт (Kuznetsov, mostly by phone) — депозит 400 млн руб., торг по ставке
# =====================================================================================
M("sib01", "2026-10-07 16:20", KUZ, ["v.gladkikh@sibles.ru"], "Депозит — ставки",
  """Виктор Петрович, как говорили — ставки на сегодня:

91 день — 15,10%
181 день — 14,60%
от 300 млн руб., выплата в конце срока.

Звоните, если что.""", nosig=False)

M("sib02", "2026-10-07 18:02", "v.gladkikh@sibles.ru", [KUZ], "Re: Депозит — ставки",
  """Мало. Альфа даёт 15,6""", irt="sib01", quote="iphone_ru", ans="call:c03")

M("sib03", "2026-10-12 11:10", KUZ, ["v.gladkikh@sibles.ru"], "Re: Депозит — ставки",
  """Виктор Петрович, по 91 дню могу 15,35% при сумме от 400 млн. Выше казначейство не даёт, я пробовал.""",
  irt="sib02", quote="outlook_ru")

M("sib04", "2026-10-12 12:47", "v.gladkikh@sibles.ru", [KUZ], "Re: Депозит — ставки",
  """Ок. Размещать будем в ноябре после валютной выручки""", irt="sib03", quote="iphone_ru", na=False,
  agreed=[("client", "Размещать будем в ноябре после валютной выручки", None, "broken")])

M("sib05", "2026-11-02 10:33", "e.morozova@sibles.ru", [KUZ], "СибЛесЭкспорт: договор депозита и продажа валютной выручки",
  """Сергей, добрый день!

Виктор Петрович попросил подготовиться к размещению депозита. Пришлите, пожалуйста, форму договора депозита для согласования с нашим юристом.

И второй вопрос: выручка придёт в долларах от китайского покупателя (около 4,5 млн USD). Нам нужно будет её продать и уже рубли разместить. Какой спред при продаже USD/RUB и что нужно для валютного контроля — контракт у вас на учёте стоит.

Спасибо!""", ans="sib06")

M("sib06", "2026-11-03 09:50", KUZ, ["e.morozova@sibles.ru"], "RE: СибЛесЭкспорт: договор депозита и продажа валютной выручки",
  """Елена, добрый день.

Форма договора во вложении. Продажа USD/RUB — спред 0,20% для суммы от 3 млн USD, по валютному контролю ничего дополнительно не нужно, контракт на учёте.

Перезвоню Виктору Петровичу в четверг, зафиксируем ставку на дату размещения.""", irt="sib05", quote="outlook_ru",
  attach=["Dogovor_depozita_forma.docx"],
  agreed=[("manager", "Перезвоню Виктору Петровичу в четверг, зафиксируем ставку на дату размещения.", "2026-11-05", "kept")])

M("sib07", "2026-11-20 10:12", "e.morozova@sibles.ru", [KUZ], "Ставка по депозиту",
  """Сергей, добрый день! Подскажите, ставка 15,35% на 91 день ещё в силе? Выручка ожидается в первой декаде декабря, тогда и разместим 400 млн.""",
  ans="sib08", agreed=[("client", "Выручка ожидается в первой декаде декабря, тогда и разместим 400 млн.", None, "open")])

M("sib08", "2026-11-20 11:30", KUZ, ["e.morozova@sibles.ru"], "RE: Ставка по депозиту",
  """Елена, после повышения ключевой ставки 13.11 условия лучше: 91 день — 16,05%. Ставку фиксируем в день размещения, в прошлый раз договорились с Виктором Петровичем созвониться 8 декабря.""",
  irt="sib07", quote="outlook_ru", cc=["v.gladkikh@sibles.ru"])

M("sib09", "2026-11-20 11:41", "v.gladkikh@sibles.ru", [KUZ], "Re: Ставка по депозиту",
  """Принято""", irt="sib08", quote="iphone_ru", na=False)

# =====================================================================================
# Sundaram Auto Components (Kuznetsov) — payroll project, Kaluga plant (qualified)
# =====================================================================================
M("sun01", "2026-10-20 12:44", "rajesh.iyer@sundaram-auto.com", [KUZ], "Salary project enquiry - Sundaram Auto Kaluga",
  """Dear Sir,

Greetings from Sundaram Auto Components!

Kindly note we are having 640 employees in our Kaluga plant and presently salaries are credited through another bank where the service is not up to the mark, card reissue is taking more than one month. We are looking for a salary project with debit cards (MIR) for all employees.

Kindly let us know your charges for salary crediting and card issuance, and whether your team can do doorstep account opening at the plant.

Awaiting your early reply.""", complaint=False, ans="call:c05")

M("sun02", "2026-10-21 17:15", KUZ, ["rajesh.iyer@sundaram-auto.com"], "RE: Salary project enquiry - Sundaram Auto Kaluga",
  """Rajesh, thank you for the call today. As discussed, I will come to Kaluga on 28 October with our payroll colleague, we will open accounts at the plant in one day if HR prepares the list.""",
  irt="sun01", quote="outlook_en",
  agreed=[("manager", "As discussed, I will come to Kaluga on 28 October with our payroll colleague, we will open accounts at the plant in one day if HR prepares the list.", "2026-10-28", "kept")])

M("sun03", "2026-10-29 10:05", "rajesh.iyer@sundaram-auto.com", [KUZ], "RE: Salary project enquiry - Sundaram Auto Kaluga",
  """Dear Sergey,

Thank you for the visit yesterday, it was very useful for our HR team.

As discussed, please find attached the headcount file (640 employees, 2 salary payments per month, average salary RUB 78,000) and the current bank tariff for your reference. Kindly revert with your best proposal at the earliest.

Regards""", irt="sun02", quote="outlook_en", attach=["Headcount_Kaluga_Oct2026.xlsx", "Current_bank_tariff.pdf"],
  ans="call:c09")

M("sun04", "2026-11-16 14:20", "rajesh.iyer@sundaram-auto.com", [KUZ], "Salary project - status",
  """Dear Sergey,

Kindly note our HR head Mrs. Volkova is on leave till 30th November and final decision on the payroll bank will be taken by her only. We will revert in the first week of December.

Regards""", ans="sun05",
  agreed=[("client", "We will revert in the first week of December.", None, "kept")])

M("sun05", "2026-11-17 09:40", KUZ, ["rajesh.iyer@sundaram-auto.com"], "RE: Salary project - status",
  """Rajesh, noted, thank you. I will call you on 7 December.""", irt="sun04", quote="outlook_en",
  agreed=[("manager", "I will call you on 7 December.", "2026-12-07", "open")])

# =====================================================================================
# Huaxin Electric (Kuznetsov) — tender guarantee RUB 120m, lost to another bank
# =====================================================================================
M("hux01", "2026-10-13 15:02", "li.wei@huaxin-elec.com", [KUZ], "Bank guarantee for tender",
  """Dear Mr. Kuznetsov,

We need bank guarantee for tender of grid company, amount RUB 120 mln, period 14 months. Tender deadline is 6 November. Please tell price and documents.

Thank you
Li Wei""", ans="hux02")

M("hux02", "2026-10-14 10:25", KUZ, ["li.wei@huaxin-elec.com"], "RE: Bank guarantee for tender",
  """Dear Li Wei,

commission 2.2% p.a., without collateral if your parent company gives comfort letter. Documents list attached, also KYC pack (your company is new client for us).
We can issue in 5 working days after all documents.""", irt="hux01", quote="outlook_en", attach=["BG_documents_list.pdf"])

M("hux03", "2026-10-22 11:48", "li.wei@huaxin-elec.com", [KUZ], "RE: Bank guarantee for tender",
  """Dear Mr. Kuznetsov,

2.2% is high. Bank of China Moscow offer 1.6%. Can you do 1.7%?

Li Wei""", irt="hux02", quote="outlook_en", ans="hux04")

M("hux04", "2026-10-23 16:10", KUZ, ["li.wei@huaxin-elec.com"], "RE: Bank guarantee for tender",
  """Li Wei, maximum I can do is 1.9% p.a. with 10% cash cover. Lower is not possible for 14 months, sorry.""",
  irt="hux03", quote="outlook_en")

M("hux05", "2026-10-30 09:30", "li.wei@huaxin-elec.com", [KUZ], "RE: Bank guarantee for tender",
  """Dear Mr. Kuznetsov,

Thank you for your offer. Our head office decided to take guarantee from Bank of China Moscow branch because of group relationship. Hope to cooperate in future.

Best regards
Li Wei""", irt="hux04", quote="outlook_en", na=False)

M("hux06", "2026-10-30 10:02", KUZ, ["li.wei@huaxin-elec.com"], "RE: Bank guarantee for tender",
  """Li Wei, thank you for letting me know. Good luck with the tender!""", irt="hux05", quote="outlook_en")

# =====================================================================================
# Агроальянс Юг (Kuznetsov) — таможенная гарантия 25 млн + жалоба на задержку платежа
# =====================================================================================
M("agr01", "2026-10-14 09:12", "n.shevchenko@agroalliance-yug.ru", [KUZ], "таможенная гарантия",
  """Сергей Александрович, добрый день.

Нам нужна банковская гарантия в пользу ФТС на 25 млн руб. (уплата таможенных платежей при импорте запчастей к комбайнам), срок 12 месяцев. Подскажите стоимость и какие документы нужны. Счёт у нас у вас открыт, обороты видите.

Шевченко Н.П.""", ans="call:c04")

M("agr02", "2026-10-16 14:40", KUZ, ["n.shevchenko@agroalliance-yug.ru"], "RE: таможенная гарантия",
  """Наталья Петровна, как обсуждали по телефону:

комиссия 1,8% годовых, минимум 15 000 руб., без залога (у вас хорошие обороты), срок выпуска 2 рабочих дня, гарантия в реестре ФТС.
Список документов во вложении.""", irt="agr01", quote="outlook_ru", attach=["Spisok_dokumentov_BG_FTS.pdf"])

M("agr03", "2026-11-18 11:26", "n.shevchenko@agroalliance-yug.ru", [KUZ], "СРОЧНО платёж 16.11 не дошёл",
  """Сергей Александрович!

Платёж от 16.11 на 18,4 млн руб. (валютный, 205 000 USD, в адрес турецкого поставщика) до сих пор не дошёл до получателя, уже третий день. Поставщик грозит штрафом и не отгружает. Я звонила вашему операционисту два раза — никто ничего не знает, обещают перезвонить и не перезванивают.

Мы у вас на обслуживании четыре года, такого не было. Если так будет продолжаться, будем переводить обороты в другой банк.

Прошу сегодня же дать ответ, где деньги.

Шевченко""", cc=[HEAD], complaint=True, ans="call:c15")

M("agr04", "2026-11-18 12:15", KUZ, ["n.shevchenko@agroalliance-yug.ru"], "RE: СРОЧНО платёж 16.11 не дошёл",
  """Наталья Петровна, приношу извинения.

Выяснил: платёж остановлен банком-корреспондентом в Стамбуле, они запросили пояснения по назначению платежа (запчасти — код ТН ВЭД). Наша операционистка должна была вам сообщить, с ней разбираемся отдельно.

Сегодня до 18:00 направлю ответ на их запрос и сообщу вам результат.""", irt="agr03", quote="outlook_ru", cc=[HEAD],
  agreed=[("manager", "Сегодня до 18:00 направлю ответ на их запрос и сообщу вам результат.", "2026-11-18", "kept")])

M("agr05", "2026-11-18 17:35", KUZ, ["n.shevchenko@agroalliance-yug.ru"], "RE: СРОЧНО платёж 16.11 не дошёл",
  """Наталья Петровна, пояснения корреспонденту отправили в 16:50, они подтвердили получение и сняли платёж с контроля. Зачисление получателю — завтра утром по Стамбулу.""",
  irt="agr04", quote="outlook_ru", cc=[HEAD])

M("agr06", "2026-11-18 18:05", KUZ, [HEAD], "FW: СРОЧНО платёж 16.11 не дошёл",
  """Марина Владимировна, для информации: по Агроальянсу платёж снят с контроля, клиенту ответил. По операционистке — разговор с начальником ОПЕРУ завтра.""",
  irt="agr05", noirt=True, quote="forward_ru")

M("agr07", "2026-11-19 10:48", "n.shevchenko@agroalliance-yug.ru", [KUZ], "Re: СРОЧНО платёж 16.11 не дошёл",
  """Сергей Александрович, деньги дошли, спасибо. Но вообще ваш корреспондент в Стамбуле — это отдельная песня, каждый раз вопросы по назначению, как будто мы там оружие покупаем.""",
  irt="agr05", quote="yandex", complaint=False, na=False)

M("agr08", "2026-12-01 15:20", "n.shevchenko@agroalliance-yug.ru", [KUZ], "гарантия ФТС",
  """Сергей Александрович, добрый день.

По таможенной гарантии: контракт на запчасти ещё не подписан, немцы тянут с ценой. Давайте вернёмся к вопросу после 15-го, когда будет ясность с контрактом. Тарифы ваши помню.

Шевченко Н.П.""", na=False)

# =====================================================================================
# Britcom Engineering (Kuznetsov) — new lead, meeting booked
# =====================================================================================
M("bri01", "2026-12-01 13:05", "tom.hargreaves@britcom-eng.co.uk", [KUZ], "Intro via the British Business Club",
  """Hi Sergey,

Alexei Markov at the British Business Club dinner gave me your details. We're looking at banking options for a small Russian service company we are setting up — nothing complicated, but I'd rather talk it through than fill in forms.

Would you have 20 minutes for a call this week?

Cheers,
Tom""", ans="bri02")

M("bri02", "2026-12-02 09:20", KUZ, ["tom.hargreaves@britcom-eng.co.uk"], "RE: Intro via the British Business Club",
  """Tom, hello. Sure — I will call you tomorrow at 11:00 Moscow time (08:00 UK).""", irt="bri01", quote="outlook_en",
  agreed=[("manager", "Sure — I will call you tomorrow at 11:00 Moscow time (08:00 UK).", "2026-12-03", "kept")])

M("bri03", "2026-12-03 12:30", "tom.hargreaves@britcom-eng.co.uk", [KUZ], "RE: Intro via the British Business Club",
  """Thanks for the call, Sergey. See you on Tuesday the 8th at your office, 15:00.

Sent from my iPhone""", irt="bri02", quote="iphone_en", na=False, app="iphone", nosig=True)

# =====================================================================================
# ИП Гусейнов (gmail, Kuznetsov) — валютный счёт и конверсия; тарифы отправлены
# =====================================================================================
M("gus01", "2026-10-26 20:14", "r.guseinov.export@gmail.com", [KUZ], "счет для ВЭД",
  """Здравствуйте Сергей, мне ваш номер дал Тимур из Агроальянса.
Я ИП, вожу сухофрукты из Узбекистана и продаю в Казахстан, нужен валютный счет и конвертация тенге в рубли, в месяц примерно 15-20 млн руб оборот. Сколько у вас стоит обслуживание?
Мой банк сейчас постоянно блокирует платежи по 115-ФЗ, уже сил нет, каждый месяц объяснительные пишу""",
  complaint=False, ans="call:c08")

M("gus02", "2026-10-27 15:40", KUZ, ["r.guseinov.export@gmail.com"], "RE: счет для ВЭД",
  """Рамиз, добрый день, как обсудили по телефону — тарифы для ИП по ВЭД во вложении:

обслуживание — 1 990 руб./мес.
валютный контроль — 0,1%, мин. 500 руб.
конверсия KZT/RUB — 0,8% к курсу ЦБ
открытие счёта — бесплатно, 1 визит в офис.""", irt="gus01", quote="outlook_ru", attach=["Тарифы_ИП_ВЭД_2026.pdf"])

M("gus03", "2026-10-28 09:02", "r.guseinov.export@gmail.com", [KUZ], "Re: счет для ВЭД",
  """спасибо, посмотрю""", irt="gus02", quote="gmail_ru", na=False)

M("gus04", "2026-11-23 11:15", KUZ, ["r.guseinov.export@gmail.com"], "Re: счет для ВЭД",
  """Рамиз, добрый день. Решили по счёту? Можем открыть за один визит.""", irt="gus03", quote="outlook_ru")

M("gus05", "2026-11-24 21:37", "r.guseinov.export@gmail.com", [KUZ], "Re: счет для ВЭД",
  """Сергей добрый вечер, пока не до этого, сезон, фуры стоят на границе, казахская таможня досматривает каждую вторую. Давайте в январе созвонимся после праздников""",
  irt="gus04", quote="gmail_ru", complaint=False, na=False)

# =====================================================================================
# КарагандаКомир (Nurlanova) — зарплатный проект, 1 850 сотрудников; договор на согласовании
# =====================================================================================
M("kar01", "2026-10-06 15:48", "g.omarova@karkomir.kz", [NUR], "По зарплатному проекту",
  """Айгерим, здравствуйте!

Пишу Вам по поводу нашего разговора на форуме в Астане. Излагаю ситуацию подробно, чтобы Вы могли понять, что нам нужно.

У нас на разрезе и в управлении работает 1 850 человек, зарплата перечисляется два раза в месяц, аванс 20-го, основная часть 5-го числа. Сейчас зарплатный проект в другом банке, и мы им очень недовольны: карты новым сотрудникам выдают через месяц-полтора, в Шахтинске нет ни одного их банкомата, люди ездят в Караганду снимать наличные, профсоюз уже два раза поднимал этот вопрос на собрании. Комиссию за зачисление они подняли с 0,3% до 0,5% с 1 июля, не спросив нас.

Что нам нужно от нового банка:
1) бесплатный выпуск карт и перевыпуск;
2) зачисление без комиссии или минимальная;
3) банкомат на территории разреза (Шахтинск, административно-бытовой комбинат);
4) чтобы реестры можно было загружать из 1С:Зарплата и управление персоналом для Казахстана, а не вручную набивать;
5) выезд сотрудника банка для выдачи карт на месте, у нас сменный график, людей в город не отпустишь.

Директор сказал, что если условия будут нормальные, переходим с 1 января. Просьба дать ваши условия письменно, я их вынесу на совещание.

Если удобно, позвоните мне, я на месте до 18:00, лучше на сотовый.

С уважением, Гульнара Сагинтаевна""", complaint=False, ans="call:c02")

M("kar02", "2026-10-08 11:30", NUR, ["g.omarova@karkomir.kz"], "Зарплатный проект для ТОО «КарагандаКомир» — условия",
  """Гульнара Сагинтаевна, добрый день!

Спасибо за подробное письмо и вчерашний разговор. Наши условия по Вашим пунктам:

  № | Ваш запрос                     | Наше предложение
  --+--------------------------------+-------------------------------------------
  1 | выпуск и перевыпуск карт       | бесплатно (карты Visa Classic / Мир-аналог — по выбору)
  2 | комиссия за зачисление         | 0% при ФОТ от 400 млн тенге в месяц
  3 | банкомат в Шахтинске           | устанавливаем в АБК за наш счёт, с функцией приёма наличных
  4 | загрузка реестров из 1С        | стандартный формат, интеграция бесплатно
  5 | выезд для выдачи карт          | да, выездная группа, 2 дня на разрезе

Полный тариф во вложении. Готова приехать в Караганду и рассказать всё на совещании у директора.""",
  irt="kar01", quote="outlook_ru", attach=["Тарифы_ЗП_проект_КЗ_2027.pdf"])

M("kar03", "2026-10-15 10:05", "g.omarova@karkomir.kz", [NUR], "RE: Зарплатный проект для ТОО «КарагандаКомир» — условия",
  """Айгерим, добрый день!

Условия директору понравились, особенно банкомат. Но у него есть вопросы, и он хочет, чтобы Вы приехали лично: 1) сколько времени займёт переход, если в другом банке договор до 31 декабря и расторжение за 30 дней; 2) что будет с кредитами сотрудников, которые оформлены в том банке с удержанием из зарплаты; 3) можно ли сделать отдельные условия для вахтовиков.

Предлагаем 22 октября в 11:00, у нас в управлении, ул. Ерубаева, 48. Пропуск закажу.

С уважением, Гульнара Сагинтаевна""", irt="kar02", quote="outlook_ru", noirt=True, ans="kar04")

M("kar04", "2026-10-15 12:20", NUR, ["g.omarova@karkomir.kz"], "RE: Зарплатный проект для ТОО «КарагандаКомир» — условия",
  """Гульнара Сагинтаевна, 22 октября в 11:00 — подтверждаю, приеду с коллегой из зарплатного отдела. Ответы на вопросы подготовим.""",
  irt="kar03", quote="outlook_ru", agreed=[("manager", "Гульнара Сагинтаевна, 22 октября в 11:00 — подтверждаю, приеду с коллегой из зарплатного отдела.", "2026-10-22", "kept")])

M("kar05", "2026-10-23 09:40", NUR, ["g.omarova@karkomir.kz"], "Итоги встречи 22.10 — зарплатный проект",
  """Гульнара Сагинтаевна, благодарю за встречу!

Фиксирую договорённости:
1) переход — с 1 января 2027 г., уведомление в текущий банк Вы направляете до 30 ноября;
2) кредиты сотрудников в другом банке — удержания продолжаются по заявлениям сотрудников, мы помогаем с рефинансированием по желанию;
3) для вахтовиков — отдельный тариф не нужен, карты те же, выездная выдача на вахте.

Проект договора о зарплатном проекте направлю до 6 ноября.""", cc=["marina.lebedeva@nordhaven.ru"],
  agreed=[("manager", "Проект договора о зарплатном проекте направлю до 6 ноября.", "2026-11-06", "kept")])

M("kar06", "2026-11-05 16:15", NUR, ["g.omarova@karkomir.kz"], "Проект договора — зарплатный проект КарагандаКомир",
  """Гульнара Сагинтаевна, добрый день!

Направляю проект договора о зарплатном проекте и приложения (тарифы, регламент обмена реестрами). Будем рады замечаниям Вашего юриста.""",
  attach=["Dogovor_ZP_KarKomir_proekt.docx", "Prilozheniya_ZP_KarKomir.pdf"])

M("kar07", "2026-11-17 14:52", "g.omarova@karkomir.kz", [NUR], "замечания к договору",
  """Айгерим, добрый день!

Наконец-то юрист посмотрела договор, она была в отпуске, прошу прощения за задержку. Замечания в файле, но основное напишу здесь, чтобы Вы сразу видели:

п. 4.2 — у Вас написано, что банк вправе в одностороннем порядке менять тарифы с уведомлением за 10 дней. Для нас это неприемлемо, именно так с нами поступил нынешний банк летом. Просим: изменение тарифов только по дополнительному соглашению.

п. 6.1 — ответственность банка за несвоевременное зачисление. У Вас её нет вообще, а у нас если зарплата задержана хотя бы на день, шахтёры идут к директору, а в прошлом году из-за сбоя в том банке была целая история с прокуратурой. Просим неустойку 0,1% за каждый день задержки.

п. 8 — срок договора пусть будет 3 года, с автопролонгацией.

Остальное мелочи, в файле. Жду Ваш ответ по п. 4.2 до конца недели, директор спрашивает каждый день.

Ещё раз извините за длинное письмо.

С уважением, Гульнара Сагинтаевна""", attach=["Dogovor_ZP_KarKomir_zamechaniya_yurista.docx"], complaint=False,
  ans="call:c16")

M("kar08", "2026-11-20 17:30", NUR, ["g.omarova@karkomir.kz"], "RE: замечания к договору — версия 2",
  """Гульнара Сагинтаевна, как обсудили по телефону 19-го, направляю вторую редакцию договора:
- п. 4.2 — тарифы меняются только дополнительным соглашением;
- п. 6.1 — неустойка 0,1% в день, но не более 5% от суммы реестра;
- п. 8 — 3 года с автопролонгацией.
Изменения выделены цветом.""", irt="kar07", quote="outlook_ru", attach=["Dogovor_ZP_KarKomir_v2.docx"])

M("kar09", "2026-12-01 11:08", "g.omarova@karkomir.kz", [NUR], "RE: замечания к договору — версия 2",
  """Айгерим, добрый день!

Директор посмотрел вторую редакцию, в целом согласен, неустойку 5% максимум принимает. Договор подпишем на следующей неделе, когда директор вернётся из Астаны, ориентировочно 10 декабря. Я Вам выслала приглашение на 10-е, 15:00, приезжайте, заодно решим с выездной группой по картам.

Уведомление в старый банк мы отправили 27 ноября, копию прикладываю.

С уважением, Гульнара Сагинтаевна""", irt="kar08", quote="outlook_ru", attach=["Uvedomlenie_o_rastorzhenii.pdf"],
  ans="kar10",
  agreed=[("client", "Договор подпишем на следующей неделе, когда директор вернётся из Астаны, ориентировочно 10 декабря.", "2026-12-10", "open")])

M("kar10", "2026-12-01 12:40", NUR, ["g.omarova@karkomir.kz"], "RE: замечания к договору — версия 2",
  """Гульнара Сагинтаевна, спасибо! Приглашение приняла, 10 декабря буду у вас с подписанными со стороны банка экземплярами.""",
  irt="kar09", quote="outlook_ru",
  agreed=[("manager", "Приглашение приняла, 10 декабря буду у вас с подписанными со стороны банка экземплярами.", "2026-12-10", "open")])

# =====================================================================================
# Алтын Дала Астық (Nurlanova) — экспортный аккредитив 3,2 млн USD; lost by silence
# =====================================================================================
M("alt01", "2026-10-09 12:33", "e.bekmukhamedov@altyndala.kz", [NUR], "аккредитив на пшеницу",
  """Айгерим, добрый день. Отгружаем пшеницу в Узбекистан, покупатель открывает аккредитив в ташкентском банке на 3,2 млн USD. Нам нужно, чтобы ваш банк его подтвердил, иначе риск. Сколько это стоит? Отгрузка в декабре.""",
  ans="call:c06")

M("alt02", "2026-10-13 10:15", NUR, ["e.bekmukhamedov@altyndala.kz"], "RE: аккредитив на пшеницу",
  """Ерлан, добрый день!

По итогам разговора — наши условия:

  Услуга                         | Стоимость
  -------------------------------+-------------------------------
  Авизование аккредитива         | 0,1%, мин. 150 USD
  Подтверждение (банк эмитента   | 0,9% за период риска
  согласован с нашим риском)     |
  Проверка документов            | 0,15%, мин. 200 USD
  Дисконтирование (по желанию)   | SOFR + 4,5% годовых

Для подтверждения нужен проект аккредитива и контракт с покупателем.""", irt="alt01", quote="outlook_ru")

M("alt03", "2026-10-16 18:20", "e.bekmukhamedov@altyndala.kz", [NUR], "RE: аккредитив на пшеницу",
  """Понял. Обсужу с директором и вернусь на следующей неделе.

Отправлено с iPhone""", irt="alt02", quote="iphone_ru", na=False, app="iphone", nosig=True,
  agreed=[("client", "Обсужу с директором и вернусь на следующей неделе.", None, "broken")])

M("alt04", "2026-10-28 10:00", NUR, ["e.bekmukhamedov@altyndala.kz"], "RE: аккредитив на пшеницу",
  """Ерлан, добрый день! Есть ли решение по аккредитиву? Если ташкентский банк уже прислал проект — пришлите, пожалуйста, посмотрим заранее.""",
  irt="alt03", quote="outlook_ru")

M("alt05", "2026-11-12 09:45", NUR, ["e.bekmukhamedov@altyndala.kz"], "RE: аккредитив на пшеницу",
  """Ерлан, добрый день! Напоминаю о себе по подтверждению аккредитива на 3,2 млн USD. Дозвониться не получилось. Если вопрос неактуален — дайте знать, пожалуйста, чтобы я не беспокоила.""",
  irt="alt04", quote="outlook_ru")

# =====================================================================================
# Steppe Logistics (Nurlanova) — RCF KZT 2.5bn: documents, credit committee (negotiation)
# =====================================================================================
M("stp01", "2026-10-14 09:10", "arjun.mehta@steppelogistics.kz", [NUR], "Revolving facility KZT 2.5bn",
  """Dear Aigerim,

Steppe Logistics is looking for a revolving facility of KZT 2.5bn for working capital of our trucking fleet (fuel, tyres, tolls), tenor 3 years. Our current lender is reducing its exposure to transport. We would like the facility signed before 25 December.

Could you visit us next week? Our office is on Dostyk.

Regards,
Arjun""", ans="stp02")

M("stp02", "2026-10-14 11:45", NUR, ["arjun.mehta@steppelogistics.kz"], "RE: Revolving facility KZT 2.5bn",
  """Dear Arjun,

Thank you for your request. I can come on Tuesday, 20 October, at 10:00. I will bring our credit risk colleague.""",
  irt="stp01", quote="outlook_en", agreed=[("manager", "I will bring our credit risk colleague.", "2026-10-20", "kept")])

M("stp03", "2026-10-21 15:30", NUR, ["arjun.mehta@steppelogistics.kz"], "Steppe Logistics — documents for the credit application",
  """Dear Arjun,

Thank you for yesterday's meeting. To prepare the credit application we need:

  # | Document                                         | Status
  --+--------------------------------------------------+---------
  1 | Audited IFRS statements FY2024 and FY2025        | pending
  2 | Management accounts 9M 2026                      | pending
  3 | Debt schedule and list of pledged assets         | pending
  4 | Fleet list (trucks, year, book value)            | pending
  5 | KYC pack: charter, UBO declaration, board minutes| pending

Indicatively we see the facility at base rate + 3.5%, arrangement fee 0.5%.""")

M("stp04", "2026-10-30 18:05", "arjun.mehta@steppelogistics.kz", [NUR], "RE: Steppe Logistics — documents for the credit application",
  """Dear Aigerim,

Items 2-5 attached. Item 1: FY2024 is attached, FY2025 audit is still not signed — our auditors have been sitting on it for six weeks, very frustrating, partner keeps asking for one more confirmation from our lessors. We will send the audited FY2025 statements by 6 November.

Regards,
Arjun""", irt="stp03", quote="outlook_en", complaint=False, na=False,
  attach=["SL_IFRS_2024.pdf", "SL_MA_9M2026.xlsx", "SL_debt_schedule.xlsx", "SL_fleet_list.xlsx", "SL_KYC_pack.zip"],
  agreed=[("client", "We will send the audited FY2025 statements by 6 November.", "2026-11-06", "kept")])

M("stp05", "2026-11-05 12:20", "arjun.mehta@steppelogistics.kz", [NUR], "FY2025 audited statements",
  """Aigerim, finally — signed audit report attached.
Arjun""", attach=["SL_IFRS_2025_audited.pdf"], na=False)

M("stp06", "2026-11-10 16:40", NUR, ["arjun.mehta@steppelogistics.kz"], "Steppe Logistics — indicative term sheet, RCF KZT 2.5bn",
  """Dear Arjun,

Please find attached our indicative term sheet:

  Term             | Indicative
  -----------------+-------------------------------------------
  Facility         | RCF, KZT 2,500,000,000
  Tenor            | 36 months
  Interest         | NBK base rate + 3.75% p.a.
  Arrangement fee  | 0.5%
  Security         | pledge of trucks, LTV 60%
  Covenants        | Net debt/EBITDA <= 3.0x; DSCR >= 1.3x

Subject to credit committee approval.""", attach=["Term_Sheet_RCF_SteppeLogistics.pdf"])

M("stp07", "2026-11-13 11:02", "arjun.mehta@steppelogistics.kz", [NUR], "RE: Steppe Logistics — indicative term sheet, RCF KZT 2.5bn",
  """Dear Aigerim,

Thank you. Two points:
(a) margin — in your email of 21 Oct you mentioned 3.5%, now 3.75%. We would ask for 3.25%, considering the security.
(b) LTV 60% means we pledge almost all the fleet. Could we do 70%?

Regards, Arjun""", irt="stp06", quote="outlook_en", ans="stp09")

M("stp08", "2026-11-16 10:30", NUR, [SEI], "Steppe Logistics — маржа и LTV",
  """Ержан, привет! Клиент просит маржу 3,25% и LTV 70%. Я в первом письме говорила 3,5%, неудобно. Можем на КК 3 декабря выйти с 3,5% и LTV 65%?""")

M("stp09", "2026-11-19 14:15", NUR, ["arjun.mehta@steppelogistics.kz"], "RE: Steppe Logistics — indicative term sheet, RCF KZT 2.5bn",
  """Dear Arjun,

After discussion with our risk team: margin 3.5% (as first indicated), LTV 65%. The application goes to the credit committee on 3 December.""",
  irt="stp07", quote="outlook_en")

M("stp10", "2026-11-18 17:50", SEI, [NUR], "RE: Steppe Logistics — маржа и LTV",
  """Айгерим, 3,5% и 65% — ок, поддержим. Оценку парка закажи заранее.""", irt="stp08", quote="outlook_ru")

M("stp11", "2026-12-04 10:20", NUR, ["arjun.mehta@steppelogistics.kz"], "Steppe Logistics — credit committee decision",
  """Dear Arjun,

Good news: the credit committee approved the KZT 2.5bn facility yesterday at base rate + 3.5%, LTV 65%, with one additional condition — an independent valuation of the pledged trucks before the first drawdown.

I will send you the draft facility agreement by 11 December.""", cc=[HEAD],
  agreed=[("manager", "I will send you the draft facility agreement by 11 December.", "2026-12-11", "open")])

M("stp12", "2026-12-04 11:05", "arjun.mehta@steppelogistics.kz", [NUR], "RE: Steppe Logistics — credit committee decision",
  """Great news, thank you Aigerim! We will start the valuation next week.""", irt="stp11", quote="outlook_en", na=False,
  agreed=[("client", "We will start the valuation next week.", None, "open")])

# =====================================================================================
# ЕвразияТрансОйл (Nurlanova) — депозит 1,2 млрд тенге (won)
# =====================================================================================
M("eto01", "2026-10-19 08:52", "d.kasymov@eto.kz", [NUR], "депозит",
  """Айгерим, какие ставки по депозиту в тенге на 6 мес на 1,2 млрд?""", ans="eto02")

M("eto02", "2026-10-19 10:30", NUR, ["d.kasymov@eto.kz"], "RE: депозит",
  """Данияр, доброе утро!

Ставки на сегодня (сумма 1,2 млрд тенге):

  Срок     | Без пополнения | С пополнением
  ---------+----------------+--------------
  3 мес.   | 13,9%          | 13,4%
  6 мес.   | 14,1%          | 13,6%
  12 мес.  | 13,8%          | 13,2%

Выплата процентов ежемесячно или в конце срока.""", irt="eto01", quote="outlook_ru")

M("eto03", "2026-10-20 19:14", "d.kasymov@eto.kz", [NUR], "Re: депозит",
  """Дайте 14,5 и разместим""", irt="eto02", quote="iphone_ru", ans="call:c07")

M("eto04", "2026-10-22 15:00", NUR, ["d.kasymov@eto.kz"], "Договор депозита — ТОО «ЕвразияТрансОйл»",
  """Данияр, как договорились по телефону: 6 месяцев, 14,3% годовых, выплата в конце срока. Проект договора во вложении, размещение — после подписания.""",
  attach=["Dogovor_depozita_ETO_proekt.docx"])

M("eto05", "2026-11-17 18:40", "d.kasymov@eto.kz", [NUR], "Re: Договор депозита — ТОО «ЕвразияТрансОйл»",
  """Подписали, оригиналы курьером. Завтра переводим 1,2 млрд""", irt="eto04", quote="iphone_ru", na=False,
  agreed=[("client", "Завтра переводим 1,2 млрд", "2026-11-18", "kept")])

M("eto06", "2026-11-18 14:25", NUR, ["d.kasymov@eto.kz"], "RE: Договор депозита — ТОО «ЕвразияТрансОйл»",
  """Данияр, депозит размещён: 1 200 000 000 тенге, 14,3% годовых, до 18.05.2027. Подтверждение во вложении. Спасибо за доверие!""",
  irt="eto05", quote="outlook_ru", attach=["Podtverzhdenie_depozit_ETO.pdf"])

M("eto07", "2026-11-18 14:31", "d.kasymov@eto.kz", [NUR], "Re: Договор депозита — ТОО «ЕвразияТрансОйл»",
  """Спасибо""", irt="eto06", quote="iphone_ru", na=False)

# =====================================================================================
# Qazaq Solar (Nurlanova) — performance & advance payment guarantees (qualified)
# =====================================================================================
M("qaz01", "2026-11-16 11:30", "emre.yildiz@qazsolar.kz", [NUR], "Guarantees for 120 MW solar project - Zhambyl",
  """Dear Aigerim Hanım,

We are the EPC contractor for a 120 MW solar plant in Zhambyl region. Under the EPC contract we must provide a performance guarantee of USD 4.5 million for 24 months and an advance payment guarantee of USD 6 million. Our Turkish parent can give counter-guarantee from a Turkish bank.

Can we have a meeting to discuss? Teams is fine.

Best regards,
Emre""", ans="qaz02")

M("qaz02", "2026-11-16 14:40", NUR, ["emre.yildiz@qazsolar.kz"], "RE: Guarantees for 120 MW solar project - Zhambyl",
  """Dear Emre Bey,

With pleasure. Tuesday 24 November, 11:00 Astana time, on Teams — invitation follows.""", irt="qaz01", quote="outlook_en")

M("qaz03", "2026-11-25 10:10", NUR, ["emre.yildiz@qazsolar.kz"], "Qazaq Solar — guarantees, next steps",
  """Dear Emre Bey,

Thank you for yesterday's call. My understanding of your needs:
  - performance guarantee USD 4.5m, 24 months, beneficiary: the project company;
  - advance payment guarantee USD 6m, reducing with deliveries;
  - counter-guarantee from your parent's Turkish bank (to be checked by our FI department).

To prepare an indicative offer we need the EPC contract (guarantee clauses at least), the draft guarantee wordings and the KYC documents of Qazaq Solar Energy LLP.""")

M("qaz04", "2026-11-30 09:25", "emre.yildiz@qazsolar.kz", [NUR], "RE: Qazaq Solar — guarantees, next steps",
  """Dear Aigerim Hanım,

We will send the EPC contract and the KYC documents until 7 December, our legal team is checking the confidentiality clause with the employer.

Best regards,
Emre""", irt="qaz03", quote="outlook_en", ans="qaz05",
  agreed=[("client", "We will send the EPC contract and the KYC documents until 7 December, our legal team is checking the confidentiality clause with the employer.", "2026-12-07", "open")])

M("qaz05", "2026-11-30 11:00", NUR, ["emre.yildiz@qazsolar.kz"], "RE: Qazaq Solar — guarantees, next steps",
  """Thank you, Emre Bey. I will call you on 8 December to check the status.""", irt="qaz04", quote="outlook_en",
  agreed=[("manager", "I will call you on 8 December to check the status.", "2026-12-08", "open")])

# =====================================================================================
# ИП Тулеуова (mail.ru, Nurlanova) — счёт ВЭД в юанях + депозит 30 млн тенге (qualified)
# =====================================================================================
M("tul01", "2026-11-09 21:40", "zhanar.tuleu@mail.ru", [NUR], "счет и депозит",
  """Здравствуйте Айгерим! Мне вас посоветовала Динара из Керуена. Я ИП, торгую текстилем из Китая, хочу открыть счет в вашем банке и положить депозит 30 млн тенге. Какие условия?
Жанар
8 701 612 44 90""", ans="tul02")

M("tul02", "2026-11-10 09:15", NUR, ["zhanar.tuleu@mail.ru"], "RE: счет и депозит",
  """Жанар, здравствуйте! Спасибо, что обратились. Чтобы подобрать условия, подскажите, пожалуйста: какие у Вас обороты в месяц, в какой валюте платите поставщикам и на какой срок планируете депозит?""",
  irt="tul01", quote="outlook_ru")

M("tul03", "2026-11-11 22:05", "zhanar.tuleu@mail.ru", [NUR], "Re: счет и депозит",
  """Обороты 40-50 млн в месяц, платим в юанях поставщикам в Урумчи, сейчас через другой банк и там конвертация грабительская. Депозит на 6 месяцев, может на год. Позвоните лучше, мне так удобнее.
Жанар""", irt="tul02", quote="mailru", complaint=False, ans="call:c14")

# =====================================================================================
# Полярная Рыба (head Lebedeva) — РКО + конверсия CNY (negotiation)
# =====================================================================================
M("pol01", "2026-10-26 10:35", "a.belov@polarfish.ru", [HEAD], "Расчётное обслуживание и конверсия юаней",
  """Марина, добрый день.

Нам вас рекомендовал Сергей Ильич из Северной Верфи. Экспортируем минтай и треску в Китай и Корею, выручка ~60 млн юаней в месяц, сейчас обслуживаемся в двух банках, хотим третий под юаневые расчёты.

Нужны РКО и конверсия CNY/RUB. Я буду в Москве 3 ноября — можем встретиться?

Артём""", ans="pol02")

M("pol02", "2026-10-26 12:10", HEAD, ["a.belov@polarfish.ru"], "RE: Расчётное обслуживание и конверсия юаней",
  """Артём, добрый день! Конечно — 3 ноября в 14:00 у нас в офисе на Пресненской набережной. Пропуск закажу.""",
  irt="pol01", quote="outlook_ru", agreed=[("manager", "Пропуск закажу.", None, "kept")])

M("pol03", "2026-11-05 18:20", HEAD, ["a.belov@polarfish.ru"], "Полярная Рыба — предложение по РКО и конверсии",
  """Артём, добрый вечер!

Спасибо за встречу. Предложение:
— РКО по тарифам 2027 года (во вложении «Тарифы_РКО_2027.pdf»), платежи в CNY — 10 юаней за платёж;
— конверсия CNY/RUB: спред 0,25% к биржевому курсу при объёме от 50 млн CNY в месяц;
— валютный контроль — без комиссии для экспортной выручки.

Открытие счёта — за один визит, документы у нас почти все после встречи.""", attach=["Тарифы_РКО_2027.pdf"])

M("pol04", "2026-11-12 13:02", "a.belov@polarfish.ru", [HEAD], "Re: Полярная Рыба — предложение по РКО и конверсии",
  """Марина, спасибо. Тарифы ок, по спреду другие банки дают 0,18. Сможете?""", irt="pol03", quote="outlook_ru", ans="pol05")

M("pol05", "2026-11-13 10:15", HEAD, ["a.belov@polarfish.ru"], "RE: Полярная Рыба — предложение по РКО и конверсии",
  """Артём, 0,20% — наш предел при объёме от 50 млн CNY в месяц. Ниже только при депозитном остатке.""",
  irt="pol04", quote="outlook_ru")

M("pol06", "2026-11-27 16:44", "a.belov@polarfish.ru", [HEAD], "Re: Полярная Рыба — предложение по РКО и конверсии",
  """Марина, 0,20 — годится. Наш ген. директор будет в Москве на следующей неделе, давайте встретимся 11 декабря и всё финализируем, заодно подпишем заявление на открытие счёта.""",
  irt="pol05", quote="outlook_ru", ans="pol07")

M("pol07", "2026-11-27 17:30", HEAD, ["a.belov@polarfish.ru"], "RE: Полярная Рыба — предложение по РКО и конверсии",
  """Артём, отлично, 11 декабря в 11:00 у нас. Приглашение отправила.""", irt="pol06", quote="outlook_ru")

# =====================================================================================
# Late mail still waiting for an answer at as_of
# =====================================================================================
M("hal21", "2026-12-03 14:12", "i.maslova@halberg-chemie.ru", [ORL], "Сравнение вариантов A и B для ALCO",
  """Дмитрий, добрый день!

Для ALCO 8 декабря Йенс просит сравнение вариантов A и B: эффективная стоимость за 12 месяцев при ключевой ставке 18% и при снижении до 16% с марта. Сможете прислать до понедельника?

Ирина""", cc=["jens.vogel@halberg-chemie.de"], unread=True)

M("agr09", "2026-11-24 10:02", "n.shevchenko@agroalliance-yug.ru", [KUZ], "MT103 по платежу 16.11",
  """Сергей Александрович, пришлите, пожалуйста, SWIFT-подтверждение (MT103) по платежу от 16.11 на 205 000 USD, поставщик требует для своей бухгалтерии.

Шевченко Н.П.""")

M("pol08", "2026-12-03 09:48", "a.belov@polarfish.ru", [HEAD], "документы на открытие счёта",
  """Марина, пришлите, пожалуйста, список документов на открытие счёта и анкету, чтобы 11-го приехать уже с полным комплектом.

Артём""", unread=True)

M("sun06", "2026-12-04 15:10", "rajesh.iyer@sundaram-auto.com", [KUZ], "RE: Salary project - status",
  """Dear Sergey,

Mrs. Volkova is back from leave. Kindly share your payroll tariff proposal in writing by Monday so that she can compare with the present bank.

Regards""", irt="sun05", quote="outlook_en", unread=True)

# =====================================================================================
# Internal and noise
# =====================================================================================
M("int01", "2026-11-16 09:05", HEAD, [ORL, KUZ, NUR], "Ключевая ставка 18% — пересмотр индикативов",
  """Коллеги, доброе утро.

ЦБ 13 ноября поднял ключевую ставку до 18%. Все фиксированные индикативные ставки, выданные до 13.11 и ещё не одобренные КК, считаем недействительными — пересогласуйте с казначейством до отправки клиентам. Плавающие (КС + маржа) — без изменений.

Дима — Halberg в первую очередь, у них проект договора уже на руках.""")

M("int02", "2026-11-16 09:40", ORL, [HEAD], "RE: Ключевая ставка 18% — пересмотр индикативов",
  """Марина Владимировна, понял. По Halberg сегодня отправлю два варианта: фикс 18,60% или КС + 1,90%. Клиенту будет неприятно, проект договора уже у юристов.""",
  irt="int01", quote="outlook_ru")

M("int03", "2026-12-02 16:30", ORL, [HEAD], "RE: FW: Anadolu - final text and signing",
  """Марина Владимировна, поговорил с Керимом. Подписной экземпляр задержался на юрдепартаменте (п. 9.2), извинился. Договорились созвониться в понедельник 7.12, подписание — 9 или 10 декабря с их ГД.""",
  irt="ana15", quote="outlook_ru")

M("int04", "2026-11-30 09:00", HEAD, [ORL, KUZ, NUR], "Воронка на декабрь — к понедельничной планёрке",
  """Коллеги, к планёрке в 10:00 прошу обновить статусы по сделкам, которые мы планируем закрыть в декабре: Halberg, Балтийский Азот, Anadolu, КарагандаКомир, Steppe. Отдельно — кто завис без ответа больше двух недель.""")

M("new01", "2026-10-12 07:00", "digest@treasury-insight.com", [ORL], "Treasury Insight Weekly #41: CNY liquidity, trade finance under sanctions",
  """TREASURY INSIGHT WEEKLY — issue 41

* CNY liquidity in Moscow: why onshore spreads widened again
* Trade finance: confirmation capacity for Turkish and UAE LCs
* Interview: a group treasurer on running a Russian subsidiary in 2026

Read online: https://treasury-insight.com/weekly/41
You receive this newsletter because you subscribed at treasury-insight.com. Unsubscribe: https://treasury-insight.com/u""",
  headers={"List-Unsubscribe": "<https://treasury-insight.com/u>", "Precedence": "bulk"})

M("new02", "2026-11-09 07:00", "digest@treasury-insight.com", [ORL], "Treasury Insight Weekly #45: key rate scenarios for December",
  """TREASURY INSIGHT WEEKLY — issue 45

* Key rate scenarios ahead of the November meeting
* Payroll projects: card issuance after the MIR switch
* Events: Treasury Forum Almaty, 3 December

Read online: https://treasury-insight.com/weekly/45
Unsubscribe: https://treasury-insight.com/u""",
  headers={"List-Unsubscribe": "<https://treasury-insight.com/u>", "Precedence": "bulk"})

M("new03", "2026-11-30 07:00", "digest@treasury-insight.com", [ORL], "Treasury Insight Weekly #48: after the hike",
  """TREASURY INSIGHT WEEKLY — issue 48

* After the 13 November hike: how corporates re-price RCFs
* Deposits: 3-month rates above 16% again

Read online: https://treasury-insight.com/weekly/48
Unsubscribe: https://treasury-insight.com/u""",
  headers={"List-Unsubscribe": "<https://treasury-insight.com/u>", "Precedence": "bulk"})

M("cold01", "2026-11-04 14:12", "partners@onboardly.io", [HEAD], "Cut corporate KYC onboarding from 3 weeks to 3 days",
  """Hi Marina,

I noticed Nordhaven is growing its multinational corporate franchise in Russia and Kazakhstan. Banks like yours use Onboardly to collect KYC packs from corporate clients (UBO declarations, board minutes, translations) in one portal — average onboarding time drops from 3 weeks to 3 days.

Would you be open to a 15-minute demo next week?

Best,
Daniel Ross
Onboardly | partners@onboardly.io""")

M("cold02", "2026-11-18 14:30", "partners@onboardly.io", [HEAD], "Re: Cut corporate KYC onboarding from 3 weeks to 3 days",
  """Hi Marina, just bumping this to the top of your inbox — would a short demo make sense before year-end?

Daniel""", irt="cold01", quote="gmail_en")

M("thx01", "2026-10-30 12:00", "a.zhaksybekova@kazexport-forum.kz", [NUR], "Благодарность за участие в форуме KazExport-2026",
  """Уважаемая Айгерим!

Оргкомитет форума KazExport-2026 благодарит Вас за участие в панельной сессии «Финансирование экспорта: аккредитивы и гарантии». Презентации спикеров доступны на сайте форума.

С уважением,
Айнур Жаксыбекова
Оргкомитет KazExport""")

# =====================================================================================
# Calendars: client meetings (and internal credit committees, which are not client meetings)
# =====================================================================================
JENS, MASL, KER = "jens.vogel@halberg-chemie.de", "i.maslova@halberg-chemie.ru", "k.aksoy@anadoluyapi.com.tr"
EVENTS = [
    dict(uid="hal-teams-20261009@nordhaven.ru", organizer=ORL, attendees=[JENS, MASL], start="2026-10-09 12:00", minutes=45,
         summary="Halberg Chemie — RUB RCF intro (Teams)", location="Microsoft Teams", stamp="20261006T124500Z"),
    dict(uid="rhw-teams-20261015@nordhaven.ru", organizer=ORL, attendees=["sarah.whitfield@rheinwald-pharma.com"],
         start="2026-10-15 16:00", summary="Rheinwald Pharma — cash management (Teams)", location="Microsoft Teams",
         stamp="20261008T101000Z"),
    dict(uid="sib-teams-20261014@nordhaven.ru", organizer=KUZ, attendees=["v.gladkikh@sibles.ru", "e.morozova@sibles.ru"],
         start="2026-10-14 08:00", minutes=30, summary="СибЛесЭкспорт — депозит, видеосвязь", location="Teams",
         stamp="20261012T093000Z"),
    dict(uid="hux-visit-20261016@nordhaven.ru", organizer=KUZ, attendees=["li.wei@huaxin-elec.com"], start="2026-10-16 11:00",
         summary="Huaxin Electric — гарантия для тендера", location="Huaxin, Москва, ул. Новый Арбат, 21", stamp="20261014T080000Z"),
    dict(uid="stp-meet-20261020@nordhaven.kz", organizer=NUR, attendees=["arjun.mehta@steppelogistics.kz", SEI],
         start="2026-10-20 10:00", tzid="Asia/Almaty", minutes=90, summary="Steppe Logistics — RCF KZT 2.5bn",
         location="Steppe Logistics, пр. Достык 210, Алматы", stamp="20261014T064500Z"),
    dict(uid="agr-teams-20261020@nordhaven.ru", organizer=KUZ, attendees=["n.shevchenko@agroalliance-yug.ru"],
         start="2026-10-20 14:00", minutes=30, summary="Агроальянс Юг — гарантия ФТС, документы", location="Teams",
         stamp="20261016T120000Z"),
    dict(uid="ana-visit-20261022@nordhaven.ru", organizer=ORL, attendees=[KER], start="2026-10-22 15:00", minutes=90,
         summary="Anadolu Yapi Rus — LC EUR 2.4m + FX", location="Anadolu Yapi, Ленинградский пр-т 39", stamp="20261020T143500Z"),
    dict(uid="kar-visit-20261022@nordhaven.kz", organizer=NUR, attendees=["g.omarova@karkomir.kz"], start="2026-10-22 11:00",
         tzid="Asia/Almaty", minutes=120, summary="КарагандаКомир — зарплатный проект, встреча у директора",
         location="Караганда, ул. Ерубаева, 48", stamp="20261015T072500Z"),
    dict(uid="bal-visit-20261028@nordhaven.ru", organizer=ORL, attendees=["a.ryabov@baltazot.ru"], start="2026-10-28 11:00",
         minutes=120, summary="Балтийский Азот — ВКЛ 800 млн, встреча на заводе", location="Санкт-Петербург, Кингисеппское ш.",
         stamp="20261019T114000Z"),
    dict(uid="sun-visit-20261028@nordhaven.ru", organizer=KUZ, attendees=["rajesh.iyer@sundaram-auto.com"],
         start="2026-10-28 10:00", minutes=240, summary="Sundaram Auto — зарплатный проект, выезд в Калугу",
         location="Калуга, индустриальный парк «Ворсино»", stamp="20261021T141500Z"),
    dict(uid="pol-meet-20261103@nordhaven.ru", organizer=HEAD, attendees=["a.belov@polarfish.ru"], start="2026-11-03 14:00",
         summary="Полярная Рыба — РКО и конверсия CNY", location="Пресненская наб., 12, переговорная 21",
         stamp="20261026T091500Z"),
    dict(uid="vol-teams-20261105@nordhaven.ru", organizer=ORL, attendees=["o.pankratov@volmet.ru", "l.fomina@volmet.ru"],
         start="2026-11-05 11:00", summary="Volmet — credit agreement, call with lawyers", location="Microsoft Teams",
         stamp="20261103T100500Z"),
    dict(uid="qaz-teams-20261124@nordhaven.kz", organizer=NUR, attendees=["emre.yildiz@qazsolar.kz"], start="2026-11-24 11:00",
         tzid="Asia/Almaty", summary="Qazaq Solar — performance & APG guarantees", location="Microsoft Teams",
         stamp="20261116T094000Z"),
    dict(uid="bri-meet-20261208@nordhaven.ru", organizer=KUZ, attendees=["tom.hargreaves@britcom-eng.co.uk"],
         start="2026-12-08 15:00", summary="Britcom Engineering — знакомство, банковское обслуживание",
         location="Пресненская наб., 12, переговорная 14", stamp="20261203T081500Z"),
    dict(uid="040000008200E00074C5B7101A82E0080000000090A1B2C3D4E5F601000000000000000010000000HALBERG1209",
         organizer=JENS, attendees=[ORL, MASL], start="2026-12-09 10:00", tzid="Europe/Berlin", minutes=60,
         summary="Halberg / Nordhaven — RCF pricing after ALCO", location="Microsoft Teams Meeting",
         description="Outcome of Group ALCO 8 Dec; option A/B.", stamp="20261117T092000Z"),
    dict(uid="tul-visit-20261209@nordhaven.kz", organizer=NUR, attendees=["zhanar.tuleu@mail.ru"], start="2026-12-09 11:00",
         tzid="Asia/Almaty", summary="ИП Тулеуова — открытие счёта, депозит", location="Esentai Tower, офис банка, 12 этаж",
         stamp="20261112T053500Z"),
    dict(uid="kar-sign-20261210@karkomir.kz", organizer="g.omarova@karkomir.kz", attendees=[NUR], start="2026-12-10 15:00",
         tzid="Asia/Almaty", minutes=90, summary="Подписание договора о зарплатном проекте — Нордхавен Банк",
         location="Караганда, ул. Ерубаева, 48, приёмная директора", stamp="20261201T050000Z"),
    dict(uid="pol-meet-20261211@nordhaven.ru", organizer=HEAD, attendees=["a.belov@polarfish.ru"], start="2026-12-11 11:00",
         summary="Полярная Рыба — финализация, заявление на открытие счёта", location="Пресненская наб., 12, переговорная 21",
         stamp="20261127T143000Z"),
    # internal — not client meetings
    dict(uid="cc-msk-20261022@nordhaven.ru", organizer=ZOT, attendees=[ORL, KUZ, HEAD], start="2026-10-22 15:00", minutes=120,
         summary="Кредитный комитет (Москва): Волжский Металлопрокат и др.", location="Зал КК, 7 этаж", stamp="20261015T080000Z"),
    dict(uid="cc-msk-20261105@nordhaven.ru", organizer=ZOT, attendees=[ORL, HEAD], start="2026-11-05 15:00", minutes=120,
         summary="Кредитный комитет (Москва): Halberg Chemie Rus", location="Зал КК, 7 этаж", stamp="20261029T120000Z"),
    dict(uid="cc-ala-20261203@nordhaven.kz", organizer=SEI, attendees=[NUR, HEAD], start="2026-12-03 14:00", tzid="Asia/Almaty",
         minutes=120, summary="Кредитный комитет (Алматы): Steppe Logistics RCF", location="Esentai Tower, 14 этаж",
         stamp="20261119T090000Z"),
    dict(uid="plan-20261130@nordhaven.ru", organizer=HEAD, attendees=[ORL, KUZ, NUR], start="2026-11-30 10:00",
         summary="Планёрка: воронка на декабрь", location="Teams / переговорная 21", stamp="20261127T090000Z"),
]

# =====================================================================================
# Telephony: PBX export (Moscow PBX, all times Moscow time), own column names
# =====================================================================================
CALLS_HEADER = ["ID вызова", "Начало вызова", "Направление вызова", "Сотрудник (доб.)", "Внешний абонент",
                "Разговор, сек", "Комментарий менеджера"]
_C = []


def C(cid, when, direction, ext, phone, dur, note, client, manager):
    _C.append(dict(id=cid, when=when, client=client, manager=manager,
                   row=["PBX-%s" % cid.upper(), when, direction, ext, phone, dur, note]))


IN, OUT = "Входящий", "Исходящий"
C("c01", "07.10.2026 11:05", OUT, "202", "+7 913 555-20-41", 0, "", "СибЛесЭкспорт", KUZ)
C("c02", "07.10.2026 10:10", OUT, "301", "+7 701 744-18-52", 1085, "ЗП проект: разобрали письмо, условия письменно 8.10", "КарагандаКомир", NUR)
C("c03", "07.10.2026 18:40", IN, "202", "+7 913 555-20-41", 245, "депозит: хочет ставку выше, согласую с казначейством", "СибЛесЭкспорт", KUZ)
C("c06", "12.10.2026 09:20", OUT, "301", "+7 777 219-60-44", 380, "подтверждение аккредитива Узбекистан, условия письмом", "Алтын Дала Астық", NUR)
C("c22", "15.10.2026 14:00", IN, "202", "+7 495 984-12-60", 300, "гарантия для тендера, KYC пакет", "Huaxin Electric Rus", KUZ)
C("c04", "15.10.2026 10:30", OUT, "202", "8 (863) 299-40-51", 420, "гарантия ФТС 25 млн, 12 мес", "Агроальянс Юг", KUZ)
C("c05", "21.10.2026 15:40", OUT, "202", "+7 985 330-61-92", 720, "640 сотр., з/п 2 раза в месяц, выезд в Калугу 28.10", "Sundaram Auto Components Rus", KUZ)
C("c07", "21.10.2026 12:10", OUT, "301", "+7 701 910-33-27", 240, "депозит 6 мес 14,3% - согласен, договор на этой неделе", "ЕвразияТрансОйл", NUR)
C("c08", "27.10.2026 12:15", OUT, "202", "+7 928 447-19-03", 290, "ИП, ВЭД KZT/RUB, тарифы отправлю", "r.guseinov.export@gmail.com", KUZ)
C("c09", "02.11.2026 11:00", OUT, "202", "+7 985 330-61-92", 410, "тариф ЗП: ждут решения HR", "Sundaram Auto Components Rus", KUZ)
C("c11", "03.11.2026 10:00", OUT, "301", "+7 777 219-60-44", 0, "", "Алтын Дала Астық", NUR)
C("c10", "05.11.2026 12:30", OUT, "202", "+7 913 555-20-41", 200, "выручка задерживается, размещение в декабре; договорились созвониться 08.12", "СибЛесЭкспорт", KUZ)
C("c26", "10.11.2026 16:00", IN, "202", "+7 391 205-47-33", 150, "реквизиты для договора депозита", "СибЛесЭкспорт", KUZ)
C("c14", "12.11.2026 10:30", OUT, "301", "8 701 612 44 90", 480, "ИП, платежи в CNY + депозит 30 млн; встреча в офисе 09.12", "zhanar.tuleu@mail.ru", NUR)
C("c12", "13.11.2026 15:20", OUT, "201", "+90 532 611 48 09", 540, "confirmation via Vienna 0.15% - client OK", "Anadolu Yapı Rus", ORL)
C("c13", "16.11.2026 11:45", OUT, "201", "+7 812 640-22-19", 600, "резервирование 0,20% согласовано, итоговый TS завтра", "Балтийский Азот", ORL)
C("c27", "17.11.2026 10:00", IN, "201", "+7 495 662-30-18", 420, "новый TS: решение после ALCO 8.12", "Halberg Chemie Rus", ORL)
C("c15", "18.11.2026 11:40", OUT, "202", "8 (863) 299-40-51", 190, "платёж 16.11 - извинился, выясняю у корреспондента", "Агроальянс Юг", KUZ)
C("c16", "19.11.2026 10:05", IN, "301", "+7 7212 41-20-36", 1320, "п.4.2 и 6.1 - принимаем, вторая редакция до 20.11", "КарагандаКомир", NUR)
C("c18", "23.11.2026 15:00", OUT, "201", "+7 8442 55-14-70", 150, "оригиналы договора получены", "Волжский Металлопрокат", ORL)
C("c17", "24.11.2026 10:40", IN, "202", "+7 499 346-18-22", 65, "", None, KUZ)
C("c25", "25.11.2026 11:30", OUT, "301", "+7 717 264-80-12", 0, "", "Qazaq Solar Energy", NUR)
C("c19", "26.11.2026 12:00", OUT, "200", "+7 8152 47-33-90", 0, "", "Полярная Рыба", HEAD)
C("c20", "26.11.2026 12:30", IN, "200", "+7 8152 47-33-90", 260, "спред 0,20 обсуждаем, встреча в декабре", "Полярная Рыба", HEAD)
C("c21", "27.11.2026 08:40", IN, "301", "+7 701 744-18-52", 240, "уведомление в старый банк отправлено", "КарагандаКомир", NUR)
C("c24", "02.12.2026 16:10", OUT, "201", "+90 532 611 48 09", 480, "извинился за задержку подписного экземпляра; договорились созвониться 07.12", "Anadolu Yapı Rus", ORL)
C("c23", "03.12.2026 11:00", OUT, "202", "+44 7823 419 062", 560, "британская сервисная компания, РКО + ЗП ~25 чел.; встреча 08.12 15:00", "Britcom Engineering", KUZ)


def _k(c):
    d, t = c["when"].split()
    dd, mm, yy = d.split(".")
    return yy + mm + dd + t


CALLS = sorted(_C, key=_k)

# =====================================================================================
# Directory, plans, sales
# =====================================================================================
CLIENTS = [
    ["Halberg Chemie Rus", "halberg-chemie.ru; halberg-chemie.de", ORL, "Multinational", "+49 69 4783 2210; +7 495 662-30-18"],
    ["Anadolu Yapı Rus", "anadoluyapi.com.tr", ORL, "Multinational", ""],
    ["Rheinwald Pharma", "rheinwald-pharma.com", ORL, "Multinational", "+44 20 7946 0318"],
    ["Балтийский Азот", "baltazot.ru", ORL, "Large corporate", "+7 812 640-22-19"],
    ["Волжский Металлопрокат", "volmet.ru", ORL, "Large corporate", "+7 8442 55-14-70"],
    ["СибЛесЭкспорт", "sibles.ru", KUZ, "Exporter", "+7 913 555-20-41"],
    ["Sundaram Auto Components Rus", "sundaram-auto.com", KUZ, "Multinational", ""],
    ["Huaxin Electric Rus", "huaxin-elec.com", KUZ, "Multinational", ""],
    ["Агроальянс Юг", "agroalliance-yug.ru", KUZ, "Exporter", ""],
    ["Britcom Engineering", "britcom-eng.co.uk", KUZ, "Multinational", ""],
    ["Полярная Рыба", "polarfish.ru", HEAD, "Exporter", ""],
    ["КарагандаКомир", "karkomir.kz", NUR, "Large corporate KZ", "+7 7212 41-20-36"],
    ["Алтын Дала Астық", "altyndala.kz", NUR, "Exporter KZ", ""],
    ["Steppe Logistics", "steppelogistics.kz", NUR, "Large corporate KZ", "+7 727 339-55-08"],
    ["ЕвразияТрансОйл", "eto.kz", NUR, "Large corporate KZ", ""],
    ["Qazaq Solar Energy", "qazsolar.kz", NUR, "Project finance KZ", ""],
]
PLANS = [
    ["2026-11", "manager", "", ORL, "all", "amount", "1200000000", "RUB"],
    ["2026-11", "manager", "", KUZ, "all", "amount", "500000000", "RUB"],
    ["2026-11", "manager", "", NUR, "all", "amount", "400000000", "RUB"],
    ["2026-11", "manager", "", HEAD, "all", "amount", "200000000", "RUB"],
    ["2026-12", "manager", "", ORL, "all", "amount", "2500000000", "RUB"],
    ["2026-12", "manager", "", KUZ, "all", "amount", "600000000", "RUB"],
    ["2026-12", "manager", "", NUR, "all", "amount", "800000000", "RUB"],
    ["2026-12", "manager", "", HEAD, "all", "amount", "200000000", "RUB"],
]
SALES = [
    ["1C-2026-11-0417", "25.11.2026", ORL, "rcf", "Волжский Металлопрокат", "300000000", "RUB"],
    ["1C-KZ-2026-11-0093", "18.11.2026", NUR, "deposit", "ЕвразияТрансОйл", "1200000000", "KZT"],
]

# =====================================================================================
# Ground truth: negotiations and non-negotiations
# =====================================================================================
def _a(n, cur):
    return {"minor": n * 100, "currency": cur}


def N(client, manager, product, stage, ev, nxt, src, amount, close):
    return dict(client=client, manager=manager, product=product, stage=stage, stage_evidence=ev,
                next_contact=nxt, next_contact_source=src, amount=amount, expected_close=close)


NEGOTIATIONS = [
    N("Halberg Chemie Rus", ORL, "rcf", "proposal", "hal18", "2026-12-09", "meeting", _a(1500000000, "RUB"), "2026-12-18"),
    N("Anadolu Yapı Rus", ORL, "lc", "contract", "ana08", "2026-12-07", "call", _a(2400000, "EUR"), "2027-01-15"),
    N("Anadolu Yapı Rus", ORL, "fx", "negotiation", "ana06", "2026-12-07", "call", None, None),
    N("Rheinwald Pharma", ORL, "cash", "proposal", "rhw03", None, None, None, None),
    N("Балтийский Азот", ORL, "rcf", "negotiation", "bal11", "2026-12-09", "client_request", _a(800000000, "RUB"), "2026-12-31"),
    N("Волжский Металлопрокат", ORL, "rcf", "won", "vol08", None, None, _a(300000000, "RUB"), "2026-11-25"),
    N("СибЛесЭкспорт", KUZ, "deposit", "negotiation", "sib03", "2026-12-08", "call", _a(400000000, "RUB"), "2026-12-10"),
    N("Sundaram Auto Components Rus", KUZ, "payroll", "qualified", "sun03", "2026-12-07", "manager_promise", None, None),
    N("Huaxin Electric Rus", KUZ, "guarantee", "lost", "hux05", None, None, _a(120000000, "RUB"), None),
    N("Агроальянс Юг", KUZ, "guarantee", "proposal", "agr02", "2026-12-16", "client_request", _a(25000000, "RUB"), None),
    N("Britcom Engineering", KUZ, "cash", "lead", "bri01", "2026-12-08", "meeting", None, None),
    N("r.guseinov.export@gmail.com", KUZ, "fx", "proposal", "gus02", None, None, None, None),
    N("Полярная Рыба", HEAD, "cash", "negotiation", "pol06", "2026-12-11", "meeting", None, None),
    N("КарагандаКомир", NUR, "payroll", "contract", "kar08", "2026-12-10", "meeting", None, "2026-12-10"),
    N("Алтын Дала Астық", NUR, "lc", "lost", "alt05", None, None, _a(3200000, "USD"), None),
    N("Steppe Logistics", NUR, "rcf", "negotiation", "stp11", "2026-12-11", "manager_promise", _a(2500000000, "KZT"), "2026-12-25"),
    N("ЕвразияТрансОйл", NUR, "deposit", "won", "eto06", None, None, _a(1200000000, "KZT"), "2026-11-18"),
    N("Qazaq Solar Energy", NUR, "guarantee", "qualified", "qaz03", "2026-12-08", "manager_promise", _a(10500000, "USD"), None),
    N("zhanar.tuleu@mail.ru", NUR, "deposit", "qualified", "tul03", "2026-12-09", "meeting", _a(30000000, "KZT"), None),
]

NOT_NEGOTIATIONS = [
    {"address": "digest@treasury-insight.com", "why": "newsletter"},
    {"address": "m.demir@anadoluyapi.com.tr", "why": "auto-reply"},
    {"address": "partners@onboardly.io", "why": "unknown sender, no answer"},
    {"address": "a.zhaksybekova@kazexport-forum.kz", "why": "thanks only"},
    {"address": "p.zotov@nordhaven.ru", "why": "internal"},
    {"address": "kyc.team@nordhaven.ru", "why": "internal"},
    {"address": "e.seitkali@nordhaven.kz", "why": "internal"},
]
