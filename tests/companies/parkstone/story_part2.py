"""Olga Bragina, head of leasing: Lindqvist & Hale (through the tenant-rep broker Greystone),
the Volga-Kredit Bank branch (a formal request for proposals), and the owners."""
from story_base import ARTEM, DENIS, EN_SIG, KSENIYA, MARINA, OLGA, A, M

BROKER = "i.shestakov@greystone-advisory.ru"
JAMES = "j.whitfield@lindqvisthale.com"
ZUEVA = "e.zueva@lindqvisthale.com"
KRAV = "kravchenko.ts@vkbank.ru"
ZAK = "zakupki@vkbank.ru"
OWNER = "r.velyaminov@velmont-group.ru"
CFO = "e.gasanov@velmont-group.ru"
BUH = "buh@parkstone-estate.ru"

# ------------------------------------------------------------------ Lindqvist & Hale via Greystone
M("lh01", "2026-10-15 12:10", BROKER, OLGA, style="outlook_en",
  subj="Запрос предложения: офис 550–650 м2, международная консалтинговая компания", body="""
Ольга, добрый день!

Greystone Tenant Advisory представляет интересы международной консалтинговой компании Lindqvist & Hale Advisory (штаб-квартиры в Стокгольме и Лондоне), которая ищет новый офис в Москве. Краткие требования:

— 550–650 м2, офис класса B+ и выше, высокий этаж, вид;
— въезд — март–апрель 2027, срок аренды 5 лет;
— отделка от арендодателя или fit-out allowance;
— двуязычный договор аренды (RU/EN);
— 4–6 машиномест;
— ставка — фиксированная в рублях.

RFP клиента на английском — во вложении. Просим направить предложение до 20 октября, по возможности с вариантами планировок. Стандартно наше вознаграждение — один месячный арендный платёж, оплачивается арендодателем; просим подтвердить.

Спасибо!
""", attach=["RFP_Lindqvist_Hale_Moscow_Office_2026.pdf"], inbound=dict(needs=True, by="lh02"))

M("lh02", "2026-10-16 11:02", OLGA, BROKER, re="lh01", body="""
Игорь, добрый день!

Спасибо за запрос. Под требования клиента предлагаем блок 8.1 на 8 этаже «Ривер Плазы» — 620 м2, панорамный вид на Москву-реку, 4 машиноместа в подземном паркинге.

Условия:
1. Ставка — 30 000 руб./м2/год без НДС, OPEX — 5 200 руб./м2/год.
2. Срок — 5 лет.
3. Fit-out allowance — до 8 000 руб./м2 либо отделка силами арендодателя по согласованному ТЗ.
4. Индексация — 6% ежегодно.
5. Двуязычный договор — да, это наш стандарт для международных арендаторов.
6. Вознаграждение брокера — обсудим отдельно, для нас стандарт — 50% месячной ставки.

Презентация и варианты планировок — во вложении. Показать блок можем 22 октября во второй половине дня.
""", attach=["RiverPlaza_8.1_presentation_EN.pdf", "RiverPlaza_8.1_layout_options.pdf"])

M("lh03", "2026-10-16 16:30", BROKER, OLGA, cc=[JAMES, ZUEVA], re="lh02", body="""
Olga,

Thank you for the call. Confirming the viewing on Thursday, 22 October, at 15:00. Attending: James Whitfield (Managing Partner), Ekaterina Zueva (Office Manager) and myself.

Best regards,
""", sig="Igor Shestakov\nPartner, Tenant Representation\nGreystone Tenant Advisory\n+7 916 205-33-18",
  inbound=dict(needs=False, by=None))

M("lh04", "2026-10-23 09:14", JAMES, OLGA, cc=[BROKER, ZUEVA], subj="River Plaza — follow-up questions", body="""
Dear Olga,

Thank you for showing us around yesterday — we were impressed with the 8th floor, and the river view will be a real asset for client meetings.

Before we take this further internally, could you help with a few points:

1. Fit-out: would the landlord be able to deliver the space to our specification (glass-walled meeting rooms, a client lounge, acoustic panels)? We would prefer a turnkey solution rather than managing contractors ourselves.
2. Could you confirm the lease would be bilingual, with the English version prevailing, or at least equal?
3. Our London office asks whether the rent can be fixed in RUB for the whole term, without indexation, or with a cap.
4. Are there any restrictions on working hours? Our team often stays late and sometimes works at weekends.

Igor will of course continue to lead the commercial discussion on our side.

Kind regards,
""", inbound=dict(needs=True, by="lh05"))

M("lh05", "2026-10-26 10:40", OLGA, JAMES, cc=[BROKER, ZUEVA], re="lh04", sig=EN_SIG[OLGA], body="""
Dear James,

Thank you for your kind words — we enjoyed meeting you.

1. Fit-out: yes, we can deliver turnkey to your specification through our contractor; the cost would be covered by the fit-out allowance, and any excess either paid by you or amortised in the rent.
2. Bilingual lease: yes, with both versions having equal force — this is our standard wording with international tenants.
3. The rent is fixed in RUB. We cannot offer a lease without indexation, but a fixed rate of indexation, which works as a cap, is possible.
4. The building is open 24/7 for tenants, with access cards; weekends are no problem.

I will send the term sheet by Friday, 30 October.
""", agreed=[A("manager", "I will send the term sheet by Friday, 30 October.", "2026-10-30", "kept")])

M("lh06", "2026-10-30 17:45", OLGA, BROKER, cc=[JAMES, ZUEVA], sig=EN_SIG[OLGA],
  subj="Term sheet — River Plaza, unit 8.1 — Lindqvist & Hale", body="""
Igor, James,

Please find attached the term sheet for unit 8.1 (EN and RU versions). Key terms:

— Premises: unit 8.1, 620 sq m, 8th floor, 4 parking spaces.
— Base rent: RUB 30,000 per sq m per year excl. VAT (annual rent RUB 18,600,000), OPEX RUB 5,200 per sq m per year.
— Term: 5 years; rent-free period: 2 months for fit-out.
— Fit-out: turnkey by the landlord, allowance RUB 10,000 per sq m.
— Indexation: 6% per year, from the second year.
— Security deposit: 2 months' rent.
— Lease: bilingual, both versions of equal force.

The term sheet is valid until 30 November 2026.
""", attach=["Term_Sheet_LH_RiverPlaza_8.1_EN.pdf", "Term_Sheet_LH_RiverPlaza_8.1_RU.pdf"])

M("lh06b", "2026-11-02 12:20", OLGA, JAMES, cc=[ZUEVA], sig=EN_SIG[OLGA],
  subj="Unit 8.1 — CAD drawings for your designers", body="""
James,

As discussed at the viewing, attached are the CAD drawings of unit 8.1 and the building's fit-out guidelines for your designers.
""", attach=["RP_8.1_CAD.dwg", "RiverPlaza_Fit-out_Guidelines_EN.pdf"])

M("lh07", "2026-11-02 12:20", JAMES, OLGA, re="lh06b", quote=False, sig="",
  subj="Automatic reply: Unit 8.1 — CAD drawings for your designers",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, body="""
Thank you for your email. I am out of the office until 9 November with limited access to email.

For urgent matters please contact Ekaterina Zueva (e.zueva@lindqvisthale.com, +7 495 221-09-80).

James Whitfield
""")

M("lh08", "2026-11-09 18:20", BROKER, OLGA, re="lh06", body="""
Ольга, добрый вечер!

Обсудили term sheet с клиентом. Объект клиенту нравится, но по коммерции есть вопросы — параллельно мы рассматриваем БЦ «Кожевническая Плаза», где условия заметно лучше. Позиция клиента:

1. Ставка — 27 500 руб./м2/год.
2. Арендные каникулы — 4 месяца.
3. Индексация — не более 4% в год.
4. Fit-out allowance — 10 000 руб./м2, как в term sheet, ок.
5. Вознаграждение Greystone — один месячный арендный платёж, оплачивает арендодатель.

Если сможем выйти на эти параметры, клиент готов подписать LOI в ноябре.
""", inbound=dict(needs=True, by="lh10"))

M("int08", "2026-11-10 10:05", OLGA, OWNER, cc=[CFO], subj="Ривер Плаза, блок 8.1 — Lindqvist & Hale, согласование", body="""
Роман Андреевич, Эльдар, добрый день!

По блоку 8.1 (620 м2): Lindqvist & Hale через брокера Greystone. Просят 27 500, 4 мес. каникул, индексацию 4%, комиссию брокеру 1 месяц. Конкурируем с «Кожевнической Плазой».

Предлагаю: 28 500, 3 месяца каникул, индексация 5%, комиссия брокеру 75% месячного платежа. Годовая аренда — 17,67 млн руб. Прошу согласовать.
""")

M("int09", "2026-11-11 22:40", OWNER, OLGA, cc=[CFO], re="int08", body="""
Ок 28,5. Комиссию 75 ок. Ниже не идем.
""")

M("lh10", "2026-11-13 12:30", OLGA, BROKER, re="lh08", body="""
Игорь, добрый день!

Собственник рассмотрел позицию клиента. Наше итоговое предложение:
1. Ставка — 28 500 руб./м2/год без НДС (годовая арендная плата — 17 670 000 руб.).
2. Арендные каникулы — 3 месяца.
3. Индексация — 5% в год, со второго года.
4. Fit-out allowance — 10 000 руб./м2.
5. Вознаграждение Greystone — 75% месячного арендного платежа, оплачивается арендодателем после подписания договора.
6. Обеспечение — 2 месяца: депозит либо банковская гарантия.

Это наш финальный шаг: ниже по ставке собственник не идёт.
""")

M("lh11", "2026-11-18 11:20", BROKER, OLGA, cc=[JAMES, ZUEVA], re="lh10", body="""
Ольга, добрый день!

Подтверждаю: клиент принимает условия из вашего письма от 13 ноября. Просим подготовить LOI на их основе (двуязычный) и включить в него условие о вознаграждении Greystone. Подписанный LOI со стороны клиента направим до пятницы, 20 ноября.
""", inbound=dict(needs=True, by="lh12"),
  agreed=[A("client", "Подписанный LOI со стороны клиента направим до пятницы, 20 ноября.", "2026-11-20", "kept")])

M("lh12", "2026-11-18 15:05", OLGA, BROKER, cc=[JAMES, ZUEVA], re="lh11", sig=EN_SIG[OLGA], body="""
Igor, James,

Thank you! The LOI (EN/RU) is attached, based on the terms of 13 November, including the Greystone fee clause. Target date for signing the lease: 18 December 2026.
""", attach=["LOI_LH_RiverPlaza_8.1_EN-RU.docx"])

M("lh13", "2026-11-20 16:48", ZUEVA, OLGA, cc=[BROKER, JAMES], re="lh12", body="""
Dear Olga,

Please find attached the LOI signed by James Whitfield on behalf of Lindqvist & Hale Advisory. The original will be couriered to your office on Monday.
""", attach=["LOI_LH_RiverPlaza_signed.pdf"], inbound=dict(needs=False, by="lh14"),
  agreed=[A("client", "The original will be couriered to your office on Monday.", "2026-11-23", "kept")])

M("lh14", "2026-11-24 10:10", OLGA, ZUEVA, cc=[JAMES, BROKER], re="lh13", sig=EN_SIG[OLGA], body="""
Ekaterina, James,

The original LOI arrived yesterday — thank you. Our countersigned copy went back with the same courier this morning. Our lawyers are now working on the bilingual lease. I will send the draft lease by 1 December.
""", agreed=[A("manager", "I will send the draft lease by 1 December.", "2026-12-01", "kept")])

M("lh15", "2026-12-01 18:55", OLGA, [JAMES, ZUEVA], cc=[BROKER], sig=EN_SIG[OLGA],
  subj="Draft lease — River Plaza, unit 8.1 — Lindqvist & Hale", body="""
Dear James,

As promised, please find attached the draft lease agreement for unit 8.1 (bilingual, RU/EN) with its appendices. The draft follows the signed LOI; changes against our standard form are highlighted.

We would appreciate your comments by 11 December, so that we can keep to the target signing date of 18 December.
""", attach=["Lease_Agreement_RP-8.1_LH_draft_RU-EN.docx", "Appendices_1-5_RP-8.1.pdf"])

M("lh16", "2026-12-02 09:31", JAMES, OLGA, cc=[ZUEVA, BROKER], re="lh15", style="iphone_en", sig="James", body="""
Dear Olga,

Thank you — received. Our London legal team is reviewing it now. Could we have a call on Thursday, 10 December, at 15:00 Moscow time to go through their comments? Ekaterina will send a Teams invitation.
""", inbound=dict(needs=True, by="lh17"),
  agreed=[A("client", "Ekaterina will send a Teams invitation.", None, "kept")])

M("lh17", "2026-12-02 10:02", OLGA, JAMES, cc=[ZUEVA, BROKER], re="lh16", sig=EN_SIG[OLGA], body="""
James, 10 December at 15:00 works for me. Talk then.
""")

# ------------------------------------------------------------------ Volga-Kredit Bank: a branch
M("vkb01", "2026-10-19 14:22", KRAV, OLGA,
  subj="Запрос коммерческих предложений № ЗКП-2026/418 — аренда помещения под дополнительный офис", body="""
Уважаемые коллеги!

АО «Волга-Кредит Банк» (далее — Банк) в рамках проведения конкурентной процедуры № ЗКП-2026/418 приглашает Вас представить коммерческое предложение на аренду нежилого помещения для размещения дополнительного офиса Банка.

Основные требования к помещению:
1. Местоположение: г. Москва, ЦАО, районы Замоскворечье, Якиманка; первая линия, пешеходная доступность от станций метро не более 7 минут.
2. Площадь: 200–280 кв. м, первый этаж, отдельный вход с улицы.
3. Возможность размещения зоны самообслуживания 24/7 (не менее 2 банкоматов), в т.ч. встраиваемых в фасад.
4. Возможность организации кассового узла и хранилища ценностей (усиление перекрытий, укреплённые стены).
5. Выделенная электрическая мощность — не менее 40 кВт.
6. Срок аренды — 5 лет с правом пролонгации.

Коммерческое предложение просим направить по форме Приложения № 2 к настоящему запросу на адрес zakupki@vkbank.ru с копией на адрес исполнителя в срок до 18:00 2 ноября 2026 г.

Приложения:
1. Техническое задание (Приложение № 1).
2. Форма коммерческого предложения (Приложение № 2).
3. Анкета участника (Приложение № 3).
""", attach=["Приложение_1_ТЗ_ЗКП-2026-418.pdf", "Приложение_2_Форма_КП.docx", "Приложение_3_Анкета.xlsx"],
  inbound=dict(needs=True, by="vkb02"))

M("vkb02", "2026-10-20 10:30", OLGA, KRAV, re="vkb01", body="""
Тимофей Сергеевич, добрый день!

Благодарим за приглашение к участию. Под требования Банка подходит помещение № 2 в здании по адресу ул. Пятницкая, д. 38, стр. 1: 265 кв. м, первый этаж, отдельный вход с Пятницкой улицы, витринное остекление, 4 минуты пешком от ст. м. «Новокузнецкая».

Прежде чем готовить предложение по форме, просим уточнить:
1. Допускается ли предложение площадью 265 кв. м (с учётом антресоли 38 кв. м)?
2. Работы по усилению перекрытий под хранилище Банк планирует выполнять своими силами?

Будем рады показать помещение — предлагаю понедельник, 26 октября, в 11:00.
""")

M("vkb03", "2026-10-22 15:10", KRAV, OLGA, re="vkb02", body="""
Ольга Николаевна, добрый день!

1. Предложение площадью 265 кв. м будет рассмотрено.
2. Работы по усилению перекрытий и оборудованию хранилища выполняются силами Банка при условии согласования с арендодателем.

Осмотр помещения 26.10.2026 в 11:00 подтверждаем. Со стороны Банка будут присутствовать: Кравченко Т.С., Лебедев А.Ю. (Управление безопасности). Просим обеспечить доступ в помещение.
""", inbound=dict(needs=True, by="vkb04"))

M("vkb04", "2026-10-22 15:40", OLGA, KRAV, re="vkb03", body="""
Тимофей Сергеевич, встретим вас у входа в помещение № 2 в 10:55. Мой мобильный: +7 916 540-11-02.
""")

M("vkb05", "2026-10-30 16:05", OLGA, ZAK, cc=[KRAV],
  subj="КП на ЗКП-2026/418 — ООО «Паркстоун Эстейт», ул. Пятницкая, д. 38, пом. 2", body="""
Уважаемые коллеги!

ООО «Паркстоун Эстейт» направляет коммерческое предложение на аренду нежилого помещения по запросу № ЗКП-2026/418 (по форме Приложения № 2), анкету участника и поэтажный план помещения.

Основные условия:
— помещение № 2, 265 кв. м, 1 этаж, отдельный вход;
— ставка аренды — 96 000 руб./кв. м/год без НДС, включая эксплуатационные расходы (годовая арендная плата — 25 440 000 руб. без НДС);
— срок аренды — 5 лет, индексация — 6% в год;
— выделенная мощность — 60 кВт;
— размещение банкоматов в фасаде — допускается по согласованному проекту;
— арендные каникулы — 2 месяца на период ремонта.

Предложение действительно 90 дней.
""", attach=["КП_ЗКП-2026-418_Паркстоун_Пятницкая38.pdf", "Анкета_участника_Паркстоун.xlsx",
             "Поэтажный_план_Пятницкая38_пом2.pdf"])

M("vkb06", "2026-10-30 16:05", ZAK, OLGA, re="vkb05", quote=False, sig="",
  subj="Уведомление о регистрации: КП на ЗКП-2026/418 — ООО «Паркстоун Эстейт», ул. Пятницкая, д. 38, пом. 2",
  headers={"Auto-Submitted": "auto-generated"}, body="""
Ваше письмо получено и зарегистрировано в системе электронного документооборота Банка.
Регистрационный номер: ВХ-2026/18842 от 30.10.2026.

Данное сообщение сформировано автоматически, отвечать на него не нужно.
""")

M("vkb07", "2026-11-10 11:45", KRAV, OLGA, re="vkb05", body="""
Ольга Николаевна, добрый день!

По результатам рассмотрения технической части Вашего предложения просим дать пояснения по следующим вопросам:
1. Подтвердите возможность круглосуточного доступа инкассаторского автомобиля к входу со стороны двора.
2. Подтвердите возможность размещения наружных блоков кондиционеров и антенны системы мониторинга на фасаде/кровле.
3. Рассмотрите возможность снижения ставки аренды: представленная ставка превышает бюджетный ориентир Банка для данной локации. Также просим рассмотреть увеличение арендных каникул до 3 месяцев.

Ответ просим направить до 13.11.2026.
""", inbound=dict(needs=True, by="vkb08"))

M("vkb08", "2026-11-12 17:30", OLGA, KRAV, cc=[ZAK], re="vkb07", body="""
Тимофей Сергеевич, добрый день!

1. Круглосуточный доступ инкассаторского автомобиля со стороны двора — подтверждаем.
2. Размещение наружных блоков кондиционеров на дворовом фасаде и антенны на кровле — подтверждаем, по согласованному проекту.
3. При сроке аренды 7 лет готовы снизить ставку до 92 000 руб./кв. м/год без НДС (годовая арендная плата — 24 380 000 руб. без НДС) и предоставить 3 месяца арендных каникул. При сроке 5 лет — ставка 94 000 руб. и 2 месяца каникул.

Скорректированная форма КП — во вложении.
""", attach=["КП_ЗКП-2026-418_Паркстоун_ред2.pdf"])

M("vkb09", "2026-11-20 10:20", KRAV, OLGA, re="vkb08", body="""
Ольга Николаевна, добрый день!

Информируем, что рассмотрение коммерческих предложений по ЗКП-2026/418 на заседании Тендерного комитета Банка перенесено на 15.12.2026. О результатах рассмотрения Банк сообщит участникам не позднее 18.12.2026.
""", inbound=dict(needs=False, by="vkb10"),
  agreed=[A("client", "О результатах рассмотрения Банк сообщит участникам не позднее 18.12.2026.", "2026-12-18", "open")])

M("vkb10", "2026-11-20 11:05", OLGA, KRAV, re="vkb09", body="""
Тимофей Сергеевич, спасибо за информацию. Наберу вам 16 декабря, чтобы узнать итоги заседания.
""", agreed=[A("manager", "Наберу вам 16 декабря, чтобы узнать итоги заседания.", "2026-12-16", "open")])

# ------------------------------------------------------------------ internal: the team, the owners
M("int11", "2026-10-13 09:05", OLGA, [DENIS, KSENIYA, MARINA, ARTEM], subj="Пайплайн к пятнице", body="""
Коллеги, доброе утро!

К пятнице жду от каждого список активных запросов: клиент, объект, площадь, этап, следующий шаг и дата. Роман Андреевич на совете 30 ноября хочет видеть вакансию и прогноз заполнения по всем трём объектам, особенно по 5 и 7 этажам «Ривер Плазы» и блокам в Пушкино.

Ставки ниже прайса больше чем на 5% — только через меня.
""")

M("int15", "2026-11-29 20:10", OLGA, [OWNER, CFO], subj="Отчёт по аренде на 30.11 — к совету собственников", body="""
Роман Андреевич, Эльдар, добрый вечер!

Во вложении отчёт к завтрашнему совету. Коротко:
— «Ривер Плаза»: вакансия 9,8% (5 этаж, блоки 2.6, 3.2, 6.4). 7 этаж — LOI подписан (Coderra), проект договора в работе. 8.1 — LOI подписан (Lindqvist & Hale). 5 этаж — коворкинг «Точка Сборки», ждём их решения.
— Пятницкая/Ордынка: пом. 3 сдано («Сулико», договор подписан 13.11). Пом. 5 — «Медлаб», проект договора. Пом. 2 — тендер банка, комитет перенесён на 15.12.
— «Пушкино-Логистик»: A1 — ТрансЛайн ушли в Подольск. B2 — «Фармалайн», торг, решение у них 8.12. C1 — «Сканди Хоум», готовим КП.
""", attach=["Отчет_аренда_30.11.2026.xlsx"])

M("int16", "2026-11-02 10:15", OLGA, BUH, subj="FW: Счёт № АП-26-11873 — размещение объявлений, ноябрь", fwd="bill01", body="""
Коллеги, оплатите, пожалуйста, до 5-го. Бюджет маркетинга, статья «Листинги».
""")
