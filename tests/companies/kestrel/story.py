"""Kestrel Systems: an invented ERP integrator (Almaty, Tashkent, Dubai partner desk).

Every message, meeting and call below is written by hand; build.py renders them.
Everything here is invented. Licence: Apache-2.0."""

AS_OF = "2026-12-04T18:00:00+05:00"
TIMEZONE = "Asia/Almaty"
PRODUCTS = ["erp", "licences", "support", "migration", "training"]

PEOPLE = {}


def person(key, name, email, tz, sig=None, mailer="outlook", box=None):
    PEOPLE[key] = dict(name=name, email=email, tz=tz, sig=sig, mailer=mailer, box=box)


ALA, TAS, DXB, IST = "Asia/Almaty", "Asia/Tashkent", "Asia/Dubai", "Europe/Istanbul"

# --- Kestrel Systems --------------------------------------------------------
person("aigerim", "Aigerim Bekova", "aigerim.bekova@kestrel.kz", ALA, box="aigerim", sig=
       "Aigerim Bekova\nManaging Partner | Kestrel Systems\nAlmaty, Al-Farabi ave. 77/8, office 1204\n+7 727 350 41 00 | +7 701 455 12 09")
person("timur", "Timur Sadykov", "timur.sadykov@kestrel.kz", ALA, box="timur", sig=
       "Best regards,\nTimur Sadykov\nSenior Account Manager, ERP Projects\nKestrel Systems LLP\nT: +7 727 350 41 01 | M: +7 701 733 50 18\nwww.kestrel.kz")
person("ruslan", "Ruslan Ospanov", "ruslan.ospanov@kestrel.kz", ALA, box="ruslan", sig=
       "--\nRuslan Ospanov | Solutions & Workshops\nKestrel Systems | +7 705 218 66 40")
person("dilshod", "Dilshod Karimov", "dilshod.karimov@kestrel.uz", TAS, box="dilshod", sig=
       "С уважением / Best regards,\nDilshod Karimov\nKestrel Systems Tashkent\nAmir Temur str. 107B, Tashkent\n+998 71 205 33 10, mob. +998 90 351 27 44")
person("zarina", "Zarina Omarova", "zarina.omarova@kestrel.kz", ALA, sig="Зарина Омарова\nофис-менеджер, Kestrel Systems")

# --- clients ------------------------------------------------------------------
person("nurlan", "Nurlan Abenov", "n.abenov@saryarkasut.kz", ALA, sig=
       "Regards,\nNurlan Abenov\nIT Director\nSaryarka Sut JSC\ntel. +7 7212 41 88 20, mob. +7 701 912 40 77")
person("gulnara", "Gulnara Seitkali", "g.seitkali@saryarkasut.kz", ALA, mailer="iphone", sig="Sent from my iPhone")
person("madina", "Мадина Жаксылыкова", "legal@saryarkasut.kz", ALA, sig=
       "С уважением,\nМадина Жаксылыкова\nначальник юридического отдела АО «Сарыарка Сут»\n+7 7212 41 88 05")
person("bahodir", "Bahodir Yusupov", "b.yusupov@silkthread.uz", TAS, mailer="mailru", sig=
       "Bahodir Yusupov\nFounder, Silk Thread Textile\n+998 90 977 11 02")
person("kamola", "Kamola Rashidova", "k.rashidova@silkthread.uz", TAS, sig=
       "Kamola Rashidova | PMO | Silk Thread Textile LLC | +998 71 233 70 45")
person("elif", "Elif Yıldırım", "elif.yildirim@anatoliayapi.com.tr", IST, sig=
       "Elif Yıldırım\nProcurement Officer – Central Asia Region\nAnatolia Yapı İnşaat A.Ş.\nT: +90 212 340 77 15 | +7 727 311 09 64 (Almaty branch)")
person("saule", "Saule Nurpeisova", "s.nurpeisova@danapharm.kz", ALA, sig=
       "Сауле Нурпеисова\nДиректор по операционной деятельности\nТОО «Дана Фарм» | +7 727 259 14 30, +7 777 402 18 66")
person("yerzhan", "Yerzhan Tokhtarov", "it@danapharm.kz", ALA, sig="Ержан Тохтаров, ИТ, Дана Фарм, вн. 214")
person("khalid", "Khalid Al Mansoori", "khalid@alnoor-trading.ae", DXB, sig=
       "Khalid Al Mansoori\nGeneral Manager – Finance\nAl Noor Trading House LLC, Deira, Dubai\nTel: +971 4 295 3300 | Mob: +971 50 644 2187")
person("anil", "Anil Sharma", "anil.sharma@alnoor-trading.ae", DXB, sig=
       "Thanks & Regards,\nAnil Sharma\nIT Manager | Al Noor Trading House\n+971 55 310 8842")
person("juergen", "Jürgen Weber", "j.weber@kraft-autoteile.de", ALA, sig=
       "Mit freundlichen Grüßen / Best regards\nJürgen Weber\nGeschäftsführer, Niederlassung Almaty\nKraft Autoteile GmbH\nTel. +7 727 331 50 90")
person("aliya", "Алия Касымова", "a.kassymova@eiu.edu.kz", ALA, sig=
       "Касымова Алия Маратовна, PhD\nпроректор по цифровизации\nEsil International University\n+7 727 300 21 17")
person("bolat", "Болат Искаков", "b.iskakov@qaratau-cement.kz", ALA, mailer="yandex", sig=
       "Искаков Б.Т.\nначальник отдела закупок\nТОО «Каратау Цемент»\n8 (7262) 54-30-12")
person("daniyar", "Daniyar Tulegenov", "d.tulegenov@steppedrill.kz", "Asia/Atyrau", sig=
       "Daniyar Tulegenov | Project Manager | Steppe Drilling Services | +7 7122 55 06 31")
person("asel", "Асель Муханова", "a.mukhanova@steppedrill.kz", "Asia/Atyrau", sig=
       "Асель Муханова\nCOO, Steppe Drilling Services\n+7 701 558 93 20")
person("park", "Park Ji-hoon", "jihoon.park@hanbit-elec.com", TAS, sig=
       "Park Ji-hoon (박지훈)\nRegional IT Manager, Central Asia\nHanbit Electronics Co., Ltd. – Tashkent Representative Office\nTel. +998 71 202 88 40")
person("serik", "Серик Джаксыбеков", "s.dzhaksybekov@alataupark.kz", ALA, sig=
       "Серик Джаксыбеков\nкоммерческий директор\nAlatau Logistics Park\n+7 727 390 60 60")
person("rustam", "Rustam Nazarov", "r.nazarov@zarafshanfoods.uz", TAS, sig=
       "Rustam Nazarov\nCFO, Zarafshan Foods\n+998 66 233 41 50 / +998 93 410 72 18")
person("rajesh", "Rajesh Menon", "rajesh.menon@caspianmarine.kz", "Asia/Aqtau", mailer="gmail", sig=
       "Warm regards,\nRajesh Menon\nProcurement Manager\nCaspian Marine Supply LLP, Aktau\n+7 7292 20 14 55")
person("gaukhar", "Гаухар Ибраева", "g.ibraeva@altynbidai.kz", ALA, sig=
       "Гаухар Ибраева\nменеджер по обучению персонала\nАлтын Бидай\n+7 7142 53 19 08")
person("shahzod", "Shahzod Ergashev", "it@registanhotels.uz", TAS, sig=
       "Shahzod Ergashev\nIT Manager, Registan Hotels Group\n+998 66 210 45 45")
person("askar", "Аскар Жумабеков", "a.zhumabekov@kokshe-agro.kz", ALA, mailer="yandex", sig=
       "Жумабеков Аскар\nзам. генерального директора\nKokshe Agro Holding\n+7 7162 72 31 10")
# small businesses on free mail (not in clients.csv)
person("yerlan", "Ерлан Мухаметов", "yerlan.mebel.almaty@gmail.com", ALA, mailer="gmail", sig=
       "Ерлан, мебельный цех «Ағаш Үй»\n+7 707 314 22 90")
person("nodira", "Nodira Tursunova", "nodira.atelier.tash@gmail.com", TAS, mailer="gmail", sig=
       "Nodira Tursunova\nNodira Atelier, Tashkent\n+998 97 744 05 61")
SMALL_BIZ = ["yerlan.mebel.almaty@gmail.com", "nodira.atelier.tash@gmail.com"]

# --- intermediaries and others ------------------------------------------------
person("priya", "Priya Nair", "priya.nair@norvane.com", DXB, sig=
       "Priya Nair\nChannel Manager – CIS & Middle East\nNorvane Software | Dubai Internet City\n+971 52 118 4470")
person("sanjar", "Sanjar Aliev", "sanjar@brightpath.uz", TAS, mailer="gmail", sig=
       "Sanjar Aliev\nManaging Partner, Bright Path Consulting\n+998 90 188 62 62")
person("licensing", "Norvane Licensing Desk", "licensing@norvane.com", DXB, mailer="auto")
person("news", "ERP Insider Central Asia", "news@erp-insider.news", ALA)
person("vikram", "Vikram Rao", "partnerships@devsquad-outsource.in", "Asia/Kolkata", mailer="gmail", sig=
       "Vikram Rao | Business Development | DevSquad Outsourcing Pvt Ltd, Pune")
person("pnews", "Norvane Partner News", "partner-news@norvane.com", DXB)
person("aida", "Aida Serikova", "aida.serikova@gmail.com", ALA, mailer="gmail")

NOT_NEGOTIATIONS = [
    {"address": "priya.nair@norvane.com", "why": "intermediary"},
    {"address": "sanjar@brightpath.uz", "why": "intermediary"},
    {"address": "licensing@norvane.com", "why": "auto-reply"},
    {"address": "news@erp-insider.news", "why": "newsletter"},
    {"address": "partnerships@devsquad-outsource.in", "why": "unknown sender, no answer"},
    {"address": "aida.serikova@gmail.com", "why": "thanks only"},
    {"address": "zarina.omarova@kestrel.kz", "why": "internal"},
    {"address": "partner-news@norvane.com", "why": "newsletter"},
]

CLIENTS = [
    dict(name="Saryarka Sut", domains=["saryarkasut.kz"], owner="timur", segment="Food & dairy",
         phones=["+7 7212 41 88 20", "+7 701 912 40 77"]),
    dict(name="Silk Thread Textile", domains=["silkthread.uz"], owner="dilshod", segment="Textile export",
         phones=["+998 90 977 11 02", "+998 71 233 70 45"]),
    dict(name="Anatolia Yapi Central Asia", domains=["anatoliayapi.com.tr"], owner="timur", segment="Construction",
         phones=["+7 727 311 09 64"]),
    dict(name="Dana Pharm", domains=["danapharm.kz"], owner="ruslan", segment="Retail pharmacy",
         phones=["+7 727 259 14 30", "+7 777 402 18 66"]),
    dict(name="Al Noor Trading House", domains=["alnoor-trading.ae"], owner="ruslan", segment="Trading (UAE)",
         phones=["+971 4 295 3300", "+971 50 644 2187"]),
    dict(name="Kraft Autoteile Almaty", domains=["kraft-autoteile.de"], owner="timur", segment="Auto parts distribution",
         phones=["+7 727 331 50 90"]),
    dict(name="Esil International University", domains=["eiu.edu.kz"], owner="ruslan", segment="Education",
         phones=["+7 727 300 21 17"]),
    dict(name="Qaratau Cement", domains=["qaratau-cement.kz"], owner="timur", segment="Building materials",
         phones=["+7 7262 54 30 12"]),
    dict(name="Steppe Drilling Services", domains=["steppedrill.kz"], owner="ruslan", segment="Mining services",
         phones=["+7 7122 55 06 31", "+7 701 558 93 20"]),
    dict(name="Hanbit Electronics Central Asia", domains=["hanbit-elec.com"], owner="dilshod", segment="Electronics retail",
         phones=["+998 71 202 88 40"]),
    dict(name="Alatau Logistics Park", domains=["alataupark.kz"], owner="ruslan", segment="Logistics",
         phones=["+7 727 390 60 60"]),
    dict(name="Zarafshan Foods", domains=["zarafshanfoods.uz"], owner="dilshod", segment="Food production",
         phones=["+998 66 233 41 50"]),
    dict(name="Caspian Marine Supply", domains=["caspianmarine.kz"], owner="timur", segment="Offshore supply",
         phones=["+7 7292 20 14 55"]),
    dict(name="Altyn Bidai", domains=["altynbidai.kz"], owner="ruslan", segment="Flour milling",
         phones=["+7 7142 53 19 08"]),
    dict(name="Registan Hotels Group", domains=["registanhotels.uz"], owner="dilshod", segment="Hospitality",
         phones=["+998 66 210 45 45"]),
    dict(name="Kokshe Agro Holding", domains=["kokshe-agro.kz"], owner="timur", segment="Agriculture",
         phones=["+7 7162 72 31 10"]),
]

MSGS, EVENTS, CALLS, NEGOTIATIONS = [], [], [], []


def M(key, when, frm, to, subj, body, **kw):
    """One message. when = local time of the sender. kw: cc, re, noirt, quote, quote_of, fwd, fwd_style,
    att, hdr, mailer, sig, ib (inbound label: 'no' | 'open' | '<key>' | 'call:<label>' | 'ev:<uid>'),
    cmp ('us' | 'third'), ag [(side, quote, due, status)]."""
    to = [to] if isinstance(to, str) else list(to)
    if isinstance(kw.get("cc"), str):
        kw["cc"] = [kw["cc"]]
    MSGS.append(dict(key=key, when=when, frm=frm, to=to, subj=subj, body=body, **kw))


def E(uid, org, att, start, minutes, summary, location="", desc="", status="CONFIRMED", created=None):
    EVENTS.append(dict(uid=uid + "@kestrel.kz", org=org, att=list(att), start=start, minutes=minutes,
                       summary=summary, location=location, desc=desc, status=status, created=created or start))


def N(client, manager, product, stage, evidence, next_contact, source, amount, close):
    NEGOTIATIONS.append(dict(client=client, manager=manager, product=product, stage=stage, evidence=evidence,
                             next=next_contact, source=source, amount=amount, close=close))

# =============================================================================
# A. Saryarka Sut (dairy, Karaganda) - Timur. ERP Phase 1 -> MSA redlined; migration priced separately.
# =============================================================================
M("ss01", "2026-10-05 09:42", "nurlan", "timur", "ERP for Saryarka Sut - our requirements",
  """Dear Timur,

I got your contact from Aigerim on the Food Industry Forum in Astana. We are looking for ERP system replacing our old 1C 7.7 + Excel, and Norvane was in our shortlist. Below our main requirement, please read carefully:

1. Milk collection from 140 farms: daily volumes, fat % and protein %, payment to farmers by quality grade.
2. Production planning for 3 plants (Karaganda, Temirtau, Shakhtinsk), recipes / BOM with yield by batch.
3. Cold chain: temperature logging from trucks (we have GPS trackers from Wialon, need integration).
4. Sales to retail chains (Magnum, Small, Galmart) with EDI orders and returns of expired product.
5. Finance by IFRS and Kazakh tax accounting (ESF invoices with IS ESF integration is must).
6. Around 180 users, of them 60 in warehouses with tablets.
7. Go-live not later than 1 July 2027 (before the summer milk peak).

Also question - can you migrate our history from 1C 7.7? Five years of data.

Please advise how you work and what is next step. I am available this week for call.""",
  ib="ss02")
M("ss02", "2026-10-05 15:10", "timur", "nurlan", "RE: ERP for Saryarka Sut - our requirements",
  """Dear Nurlan,

Thank you for the detailed list - this is very helpful. A short first view per item:

| # | Requirement | Norvane standard | Comment |
|---|-------------|------------------|---------|
| 1 | Milk collection / quality grades | partly | our dairy add-on, used at 2 plants in Kazakhstan |
| 2 | Production, BOM with yield | yes | |
| 3 | Cold chain (Wialon) | no | integration, 8-12 man-days |
| 4 | Retail EDI, returns | yes | EDI via provider |
| 5 | IFRS + IS ESF | yes | localisation by Kestrel |
| 6 | 180 users / tablets | yes | licences sized in proposal |
| 7 | Go-live 1 July 2027 | realistic if start in January | |

Data migration from 1C 7.7 is a separate work package - we usually migrate master data plus 2-3 years of balances and open documents, full 5 years is possible but costs more.

Next step I propose a one-day discovery workshop at your office with your process owners. I will send you the agenda and the list of participants by Wednesday.""",
  quote="outlook_en", re="ss01",
  ag=[("manager", "I will send you the agenda and the list of participants by Wednesday.", "2026-10-07", "kept")])
M("ss03", "2026-10-07 11:05", "timur", "nurlan", "Discovery workshop Saryarka Sut - agenda",
  """Dear Nurlan,

As promised, the agenda for the discovery workshop:

| Time | Block | From your side |
|------|-------|----------------|
| 10:00-11:30 | Milk collection and farmer payments | raw milk dept, finance |
| 11:30-13:00 | Production & quality | plant managers, lab |
| 14:00-15:30 | Sales, EDI, logistics | commercial dept |
| 15:30-17:00 | Finance, tax, reporting | CFO team |

From Kestrel: me and Ruslan Ospanov (solution architect, he leads workshops). Proposed date: Wednesday 14 October, at your office in Karaganda. Please confirm.""",
  att=["Kestrel_Discovery_Agenda_SaryarkaSut.pdf"])
M("ss04", "2026-10-07 16:20", "nurlan", "timur", "RE: Discovery workshop Saryarka Sut - agenda",
  """Timur, 14 October is ok. Our CFO Gulnara Seitkali will join the finance block only. Please bring example of the dairy add-on screens.""",
  quote="outlook_en", re="ss03", ib="no")
E("ev-ss-workshop", "timur", ["ruslan", "nurlan", "gulnara"], "2026-10-14 10:00", 420,
  "Saryarka Sut – ERP discovery workshop", "Saryarka Sut HQ, Karaganda, Bukhar-Zhyrau 45", "Agenda attached in mail of 7 Oct", created="2026-10-07 17:00")
M("ss05", "2026-10-15 10:30", "ruslan", ["nurlan"], "Workshop follow-up: open questions",
  """Нурлан, добрый день!

Thanks again for yesterday. Three open points from my notes:
- farmer payment grades: please send the current price matrix (Excel is fine)
- Wialon: which API version, do you have a token
- how many legal entities exactly - 2 or 3?

Proposal Timur sends next week.""", cc=["timur"],
  ag=[("manager", "Proposal Timur sends next week.", None, "kept")])
M("ss06", "2026-10-16 09:12", "nurlan", "ruslan", "RE: Workshop follow-up: open questions",
  """Ruslan, hello

- price matrix attached
- Wialon Hosting, API new, token we give on project start
- 3 legal entities (Saryarka Sut JSC, Saryarka Logistics LLP, Agro Sut LLP)""",
  cc=["timur"], quote="outlook_en", re="ss05", att=["milk_price_matrix_2026.xlsx"], ib="no")
M("ss07", "2026-10-22 18:05", "timur", "nurlan", "Proposal ERP Phase 1 - Saryarka Sut",
  """Dear Nurlan,

Please find attached our proposal Proposal_ERP_Phase1.pdf and the statement of work SOW_v1.docx. Summary:

| Work package | Man-days | Rate, USD | Total, USD |
|--------------|---------:|----------:|-----------:|
| ERP implementation Phase 1 (finance, production, milk collection, sales) | 410 | 400 | 164,000 |
| Cold chain integration (Wialon) | 12 | 400 | 4,800 |
| Project management | 45 | 380 | 17,100 |
| **Total Phase 1** | **467** | | **185,900** |

Licences (180 named users) come separately from Norvane through us; indicative list price is in the appendix.

Data migration from 1C 7.7 is not in this number - it depends on how many years you want, I will send it as an option after we agree the scope of history.

Timeline: start 11 January 2027, go-live 28 June 2027. Fixed price, payment 30/40/30 by milestones.""",
  cc=["gulnara"], att=["Proposal_ERP_Phase1.pdf", "SOW_v1.docx"],
  ag=[("manager", "Data migration from 1C 7.7 is not in this number - it depends on how many years you want, I will send it as an option after we agree the scope of history.", None, "kept")])
M("ss08", "2026-10-23 07:51", "gulnara", "timur", "Re: Proposal ERP Phase 1 - Saryarka Sut",
  """Too expensive. Minus 15% and we talk.""", quote="iphone_en", re="ss07", ib="ss09")
M("ss09", "2026-10-23 10:14", "timur", "gulnara", "RE: Proposal ERP Phase 1 - Saryarka Sut",
  """Gulnara, good morning,

Understood. 15% straight off the rate we cannot do, but there is room in the scope: if your team takes the master data cleansing (about 40 man-days) we can go down noticeably. I will send you a revised version by Tuesday after Nurlan confirms which parts of milk collection can wait for Phase 2.""",
  cc=["nurlan"], quote="outlook_en", re="ss08",
  ag=[("manager", "I will send you a revised version by Tuesday after Nurlan confirms which parts of milk collection can wait for Phase 2.", "2026-10-27", "kept")])
M("ss10", "2026-10-24 12:40", "nurlan", "timur", "Phase 2 items + history migration",
  """Timur,

New thread because the other one is CFO thread :) My answers:

1. Farmer bonus calculation (protein premium) - can be Phase 2.
2. Cold chain - must stay in Phase 1, it is requirement of Magnum audit.
3. Master data cleansing - yes our team will do, but we need your template and 2 trainings for key users.
4. History migration: we decided 3 years (2024-2026) of balances and documents, plus all master data. Please give separate price for this, maybe we decide it later than the ERP contract.
5. Fixed price or time-and-material? Our board prefer fixed, but I personally think T&M with cap is more honest. What you recommend?

Waiting for revised version.""", ib="ss11",
  ag=[("client", "3. Master data cleansing - yes our team will do, but we need your template and 2 trainings for key users.", None, "open")])
M("ss11", "2026-10-27 17:30", "timur", ["nurlan", "gulnara"], "Revised proposal ERP Phase 1 + data migration option",
  """Dear Nurlan, dear Gulnara,

As promised, revised proposal (Proposal_ERP_Phase1_v2.pdf, SOW_v2.docx):

| Work package | Man-days | Total, USD |
|--------------|---------:|-----------:|
| ERP implementation Phase 1 (w/o farmer bonus) | 372 | 148,800 |
| Cold chain integration | 12 | 4,800 |
| Key user training for data cleansing (2 sessions) | 4 | 1,600 |
| Project management | 36 | 12,800 |
| **Total ERP Phase 1, fixed price** | **424** | **168,000** |

Option - data migration from 1C 7.7: master data + 3 years of balances and documents, 60 man-days, USD 24,000 fixed. Can be signed as a separate order later, but not later than March, otherwise it collides with UAT.

On fixed vs T&M: for Phase 1 I recommend fixed price - scope is now clear after the workshop, and your board gets one number. For migration T&M with a cap also works if you prefer.

Ruslan and I can present it on Teams on Thursday 29.10 at 15:00 if convenient.""",
  quote="outlook_en", quote_of="ss10", re="ss10", att=["Proposal_ERP_Phase1_v2.pdf", "SOW_v2.docx"])
E("ev-ss-review", "timur", ["ruslan", "nurlan", "gulnara"], "2026-10-29 15:00", 60,
  "Saryarka Sut – revised proposal walkthrough (Teams)", "Microsoft Teams", created="2026-10-27 17:35")
M("ss12", "2026-11-02 08:03", "gulnara", "timur", "Re: Revised proposal ERP Phase 1 + data migration option",
  """168 fixed ok. Migration later. Send contract""", quote="iphone_en", re="ss11", ib="ss13")
M("ss13", "2026-11-02 11:20", "timur", "gulnara", "RE: Revised proposal ERP Phase 1 + data migration option",
  """Thank you, Gulnara! We will send the MSA draft and the Phase 1 order to your legal department by 13 November.""",
  cc=["nurlan", "aigerim"], quote="outlook_en", re="ss12",
  ag=[("manager", "We will send the MSA draft and the Phase 1 order to your legal department by 13 November.", "2026-11-13", "kept")])
M("ss14", "2026-11-12 16:45", "timur", "madina", "Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Мадина, добрый день!

По поручению Гульнары Серикбаевны направляю проект рамочного договора (Master Services Agreement) и Заказа №1 на ERP Phase 1 на сумму 168 000 долларов США, фиксированная цена.

Договор на английском и русском языках, приоритет у русской версии. Просим прислать замечания в режиме правок.""",
  cc=["nurlan", "gulnara"], att=["MSA_Kestrel_SaryarkaSut_draft.docx", "Order_01_ERP_Phase1.docx"])
M("ss15", "2026-11-24 17:55", "madina", "timur", "RE: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Тимур, добрый вечер.

Направляем договор с нашими правками (redline) и протокол разногласий. Основные моменты:
1. п. 9.2 – ограничение ответственности исполнителя суммой договора нас не устраивает, предлагаем 150% цены.
2. п. 6.4 – неустойка за срыв срока go-live 0,1% от цены за каждый день просрочки, не более 10%.
3. п. 11 – арбитраж: МФЦА (AIFC) вместо Лондона.
4. Приложение 2 – оплата 20/40/40 вместо 30/40/30.
5. Права на доработки (dairy add-on настройки) – переходят заказчику.

Просим дать позицию до 2 декабря, нам нужно вынести на правление 10-го.""",
  cc=["nurlan"], quote="outlook_ru", re="ss14", att=["MSA_Kestrel_SaryarkaSut_redline_SS.docx", "Protocol_razn.docx"],
  ag=[], ib="ss17")
M("ss16", "2026-11-25 09:10", "timur", "aigerim", "FW: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Айгерим, редлайн от юристов Сарыарки. п.9.2 150% и права на add-on - не можем отдать, это наш продукт. Неустойку можно, но с cap 5%. AIFC ок. Оплату 20/40/40 - на твоё решение. Созвонимся сегодня?""",
  fwd="ss15", fwd_style="ru")
M("ss16b", "2026-11-25 09:32", "aigerim", "timur", "RE: FW: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Да, в 14:00 у меня. 20/40/40 ок если аванс до 15 января. Права на add-on - только лицензия на использование, не собственность.""",
  re="ss16", quote="outlook_ru")
M("ss17", "2026-11-25 11:40", "timur", "madina", "RE: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Мадина, добрый день!

Спасибо, получили. Внутренне согласуем и вернёмся с нашей позицией по каждому пункту до 2 декабря, как вы просили.""",
  cc=["nurlan"], quote="outlook_ru", re="ss15",
  ag=[("manager", "Внутренне согласуем и вернёмся с нашей позицией по каждому пункту до 2 декабря, как вы просили.", "2026-12-02", "kept")])
M("ss18", "2026-12-01 19:20", "timur", "madina", "RE: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Мадина, добрый вечер!

Наша позиция по протоколу разногласий (файл с правками во вложении):

| п. | Ваше предложение | Наша позиция |
|----|------------------|--------------|
| 9.2 | ответственность 150% | 100% цены Заказа, кроме умысла и грубой неосторожности |
| 6.4 | неустойка 0,1%/день, max 10% | принимаем 0,1%/день, max 5% |
| 11 | AIFC | принимаем |
| Прил. 2 | 20/40/40 | принимаем при авансе до 15.01.2027 |
| 13.3 | права на доработки | неисключительная бессрочная лицензия заказчику; dairy add-on остаётся у Kestrel |

Готовы обсудить по телефону или на встрече с участием Нурлана.""",
  cc=["nurlan", "aigerim"], quote="outlook_ru", quote_of="ss15", re="ss17", att=["MSA_Kestrel_SaryarkaSut_v3_KS.docx"])
M("ss19", "2026-12-02 15:02", "madina", "timur", "RE: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Тимур, получили, спасибо. По п. 13.3 вопрос к ИТ, остальное в целом приемлемо. Предлагаю созвониться с Нурланом 8 декабря в 11:00 и закрыть оставшиеся пункты, окончательный ответ дадим до 9 декабря.""",
  cc=["nurlan"], quote="outlook_ru", re="ss18", ib="ss20",
  ag=[("client", "Предлагаю созвониться с Нурланом 8 декабря в 11:00 и закрыть оставшиеся пункты, окончательный ответ дадим до 9 декабря.", "2026-12-09", "open")])
M("ss20", "2026-12-02 16:10", "timur", "madina", "RE: Master Services Agreement Kestrel - Saryarka Sut (draft)",
  """Мадина, договорились, приглашение на 8 декабря 11:00 отправил.""",
  cc=["nurlan"], quote="outlook_ru", re="ss19")
E("ev-ss-msa", "timur", ["madina", "nurlan"], "2026-12-08 11:00", 60,
  "Saryarka Sut – MSA: remaining redline points", "Microsoft Teams", created="2026-12-02 16:08")
M("ss21", "2026-12-03 10:25", "nurlan", "timur", "migration - question",
  """Timur, quick one: for the 3-year migration option, if we sign it in February, can your team still start in March? Also price 24,000 is valid till when?""",
  ib="open")
N("Saryarka Sut", "timur", "erp", "contract", "ss19", "2026-12-08", "meeting", (16800000, "USD"), None)
N("Saryarka Sut", "timur", "migration", "proposal", "ss11", None, None, (2400000, "USD"), None)

# =============================================================================
# B. Silk Thread Textile (Tashkent) - Dilshod. ERP signed in October; change request for migration.
# =============================================================================
M("st01", "2026-10-06 21:47", "bahodir", "dilshod", "Re: SOW v2",
  """Dilshod aka salom,

смотрел ваш SOW_v2.docx вчера вечером. Scope ok, но 310 man-days это очень много для нас. Мы не Coca-Cola :) 
Make it 270 and we sign this month, I promise. Также training в Самарканде нужен на фабрике, не только в Ташкенте.

Bahodir""", ib="st02")
M("st02", "2026-10-07 10:05", "dilshod", "bahodir", "RE: SOW v2",
  """Бахадир ака, ассалому алейкум!

270 не получится честно - мы убираем тогда интеграцию с таможенным брокером, а вы сами её просили. Предлагаю 290 man-days, фиксированная цена 98 600 USD, тренинг в Самарканде включаем (2 дня на фабрике). Это максимум что могу согласовать с Айгерим.

Если ок - в пятницу пришлю договор.""",
  quote="mailru", re="st01", cc=["aigerim"],
  ag=[("manager", "Если ок - в пятницу пришлю договор.", "2026-10-09", "broken")])
M("st03", "2026-10-07 22:30", "bahodir", "dilshod", "Re: RE: SOW v2",
  """ok 290, 98 600. Договор шли, my lawyer will check fast. But Samarkand training must be in November, not later!!""",
  quote="mailru", re="st02", ib="st04", ag=[("client", "Договор шли, my lawyer will check fast.", None, "kept")])
E("ev-st-sow", "dilshod", ["bahodir", "kamola"], "2026-10-09 15:00", 60, "Silk Thread – SOW v2 final review (Teams)",
  "Microsoft Teams", created="2026-10-07 12:00")
M("st04", "2026-10-12 09:40", "dilshod", "bahodir", "Договор и Заказ №1 - Silk Thread / Kestrel",
  """Бахадир ака, доброе утро!

Извините за задержку на выходные - юристы правили валютную оговорку. Направляю договор и Заказ №1: ERP внедрение, 290 чел.-дней, 98 600 USD, фиксированная цена, тренинг в Самарканде в ноябре включён (п. 3.4 Заказа).""",
  cc=["kamola"], att=["MSA_Kestrel_SilkThread.pdf", "Order_01_SilkThread_ERP.pdf"])
M("st05", "2026-10-16 14:22", "kamola", "dilshod", "Dates for kick-off",
  """Dilshod, good afternoon. If contract signed next week, kick-off 3 November 10:00 possible? Blueprint workshops 10-11 November? Please confirm dates.""",
  ib="st06")
M("st06", "2026-10-16 16:00", "dilshod", "kamola", "RE: Dates for kick-off",
  """Kamola, yes: kick-off 3 Nov 10:00 at your office, blueprint 10-11 Nov. I will send invitations today.""",
  quote="outlook_en", re="st05",
  ag=[("manager", "I will send invitations today.", "2026-10-16", "kept")])
E("ev-st-kickoff", "dilshod", ["ruslan", "bahodir", "kamola"], "2026-11-03 10:00", 180, "Silk Thread – project kick-off",
  "Silk Thread office, Tashkent, Chilanzar 14", created="2026-10-16 16:10")
E("ev-st-blueprint", "dilshod", ["ruslan", "kamola"], "2026-11-10 09:30", 480, "Silk Thread – blueprint workshop day 1/2",
  "Silk Thread factory, Tashkent", created="2026-10-16 16:12")
M("st07", "2026-10-27 18:15", "bahodir", "dilshod", "подписали",
  """Dilshod, подписали договор и заказ, скан во вложении. Invoice for advance please send to Kamola.""",
  cc=["kamola"], att=["Kestrel_SilkThread_signed.pdf"], ib="st08")
M("st08", "2026-10-28 09:05", "dilshod", "bahodir", "RE: подписали",
  """Бахадир ака, рахмат! Счёт на аванс 30% (29 580 USD) отправил Камоле. До встречи на kick-off 3 ноября.""",
  cc=["kamola", "aigerim"], quote="mailru", re="st07")
M("st09", "2026-10-28 09:30", "aigerim", "dilshod", "RE: подписали",
  """Dilshod, молодец! Поздравляю.""", re="st08")
M("st10", "2026-11-05 11:10", "kamola", "dilshod", "Samarkand training dates",
  """Dilshod, Samarkand training 24-25 November possible? Factory shift starts 8:00, training 9:00-17:00. Need confirmation by 10 November.""",
  ib="st11")
M("st11", "2026-11-06 10:45", "dilshod", "kamola", "RE: Samarkand training dates",
  """Kamola, 24-25 November confirmed, trainer Ruslan Ospanov + 1 consultant.""", quote="outlook_en", re="st10")
M("st12", "2026-11-20 20:30", "bahodir", "dilshod", "change request: старые заказы",
  """Dilshod,

после blueprint поняли - нам нужны старые заказы за 3 года в новой системе, buyers from Turkey and Germany ask history every time. Also barcode in warehouse. Сколько будет? Нужно быстро, мы грузим зимнюю коллекцию в январе.""",
  ib="st13")
M("st13", "2026-11-23 17:40", "dilshod", "bahodir", "CR-01 Silk Thread: data migration 3 years of orders",
  """Бахадир ака,

по вашему запросу подготовили Change Request CR-01 (во вложении):
- миграция заказов, отгрузок и контрагентов за 2024-2026 из 1С 8.3: 18 чел.-дней, 6 300 USD
- штрихкодирование склада: не входит в CR-01, это отдельный модуль WMS, оценим после go-live.

Срок: 3 недели от подписания CR, до 15 января успеваем.""",
  cc=["kamola"], quote="mailru", quote_of="st12", re="st12", att=["CR-01_SilkThread_migration.pdf"])
M("st14", "2026-11-24 08:12", "kamola", "dilshod", "RE: CR-01 Silk Thread: data migration 3 years of orders",
  """If CR-01 signed this week, start 30 November and finish 18 December? Please confirm end date.""",
  quote="outlook_en", re="st13", ib="st15")
M("st15", "2026-11-24 12:00", "dilshod", "kamola", "RE: CR-01 Silk Thread: data migration 3 years of orders",
  """Kamola, start 30.11 - finish 18.12 is realistic if we receive 1C access on start day.""", quote="outlook_en", re="st14")
M("st16", "2026-12-01 22:05", "bahodir", "dilshod", "Re: CR-01",
  """6300 дорого для просто перенести данные. 5000 и подписываю завтра. Это окончательно.""",
  mailer="iphone", sig=False, ib="st17")
M("st17", "2026-12-01 22:40", "dilshod", "bahodir", "RE: Re: CR-01",
  """Бахадир ака, понял вас. Обсужу с Айгерим и дам ответ до четверга.""", re="st16", quote="iphone_ru",
  ag=[("manager", "Обсужу с Айгерим и дам ответ до четверга.", "2026-12-03", "broken")])
M("st18", "2026-12-02 09:15", "dilshod", "aigerim", "Silk Thread CR-01 скидка",
  """Айгерим, Бахадир просит 5000 вместо 6300 за CR-01. Себестоимость ~4100. Можем дать 5400? Он хочет ответ быстро.""")
N("Silk Thread Textile", "dilshod", "erp", "won", "st07", None, None, (9860000, "USD"), "2026-10-27")
N("Silk Thread Textile", "dilshod", "migration", "negotiation", "st16", "2026-12-03", "manager_promise", (630000, "USD"), None)

# =============================================================================
# C. Anatolia Yapi Central Asia - Timur. RFQ for licences (+ support SLA), BAFO, vendor channel manager.
# =============================================================================
M("ay01", "2026-10-13 10:30", "elif", "timur", "REQUEST FOR QUOTATION No. AYCA-IT-2026/041 – ERP licences and support",
  """Dear Sirs,

Anatolia Yapı İnşaat A.Ş., Central Asia Region (hereinafter "the Company") kindly invites Kestrel Systems LLP to submit a quotation for the following:

Lot 1. Norvane ERP named user licences – 120 (one hundred twenty) users, perpetual, incl. first year maintenance.
Lot 2. Support services (SLA) – 40 hours per month, 12 months, response time max 4 business hours for Priority 1.

Requirements to the quotation:
a) Prices in USD, excluding VAT, with validity not less than 60 days;
b) Payment terms: 100% post-payment within 45 days after delivery;
c) Delivery term for licences;
d) Company registration documents and authorisation letter from the vendor.

Deadline for submission: 23 October 2026, 17:00 Istanbul time.
Clarification questions are accepted until 19 October 2026 by e-mail only.

Sincerely,""", ib="ay03")
M("ay02", "2026-10-14 09:20", "timur", "priya", "Deal registration: Anatolia Yapi Central Asia, 120 users",
  """Hi Priya,

Please register the opportunity: Anatolia Yapi Central Asia (Almaty branch of Anatolia Yapı İnşaat, Istanbul), 120 named users, RFQ closes 23 Oct. They are also talking to a SAP B1 partner, so we need the competitive discount please. Also an authorisation letter for the RFQ.

Thanks!""")
M("ay02b", "2026-10-14 09:21", "licensing", "timur", "Automatic reply: Deal registration: Anatolia Yapi Central Asia, 120 users",
  """Thank you for contacting Norvane Licensing Desk. Your request has been received and will be processed within 3 business days. Ticket LIC-88213.

This is an automated message, please do not reply.""",
  re="ay02", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
M("ay03", "2026-10-15 11:05", "timur", "elif", "RE: REQUEST FOR QUOTATION No. AYCA-IT-2026/041 – ERP licences and support",
  """Dear Ms. Yıldırım,

Thank you for the invitation. We confirm participation and will submit our quotation before the deadline of 23 October.

One clarification question for Lot 2: should the 40 hours cover only Almaty, or also the site offices in Tashkent and Bishkek (on-site visits)?""",
  quote="outlook_en", re="ay01",
  ag=[("manager", "We confirm participation and will submit our quotation before the deadline of 23 October.", "2026-10-23", "kept")])
M("ay04", "2026-10-16 16:40", "priya", "timur", "RE: Deal registration: Anatolia Yapi Central Asia, 120 users",
  """Hi Timur,

Deal reg NRV-DR-5521 approved, competitive discount 22% off list for this opportunity, valid till 31 Dec 2026. Authorisation letter attached, addressed to Anatolia Yapı. Do let me know if they ask for the 3-year maintenance bundle, I can try for extra 3% from my side.

Cheers""", quote="outlook_en", re="ay02", att=["Norvane_MAF_AnatoliaYapi.pdf"])
M("ay05", "2026-10-19 09:55", "elif", "timur", "RE: REQUEST FOR QUOTATION No. AYCA-IT-2026/041 – ERP licences and support",
  """Dear Mr. Sadykov,

Regarding your question: Lot 2 hours are for remote support from Almaty; on-site visits to Tashkent and Bishkek will be ordered separately, please indicate the daily rate as optional item.

Best regards,""", quote="outlook_en", re="ay03", ib="no")
M("ay06", "2026-10-22 17:10", "timur", "elif", "Quotation to RFQ AYCA-IT-2026/041 – Kestrel Systems",
  """Dear Ms. Yıldırım,

Please find attached our quotation to RFQ No. AYCA-IT-2026/041 with the vendor authorisation letter and registration documents.

| Lot | Item | Qty | Unit price, USD | Total, USD |
|-----|------|----:|----------------:|-----------:|
| 1 | Norvane ERP named user licence, perpetual, 1st year maintenance | 120 | 1,150 | 138,000 |
| 2 | Support SLA, 40 h/month, P1 response 4 business hours | 12 months | 3,200 | 38,400 |
| opt. | On-site day, Tashkent / Bishkek (excl. travel) | per day | 650 | – |

Validity: 60 days. Licences are delivered within 5 business days from the purchase order. Payment: 100% within 45 days after delivery, as required.""",
  att=["Kestrel_Quotation_AYCA-IT-2026-041.pdf", "Norvane_MAF_AnatoliaYapi.pdf"])
M("ay07", "2026-11-04 15:30", "elif", "timur", "AYCA-IT-2026/041 – request for Best and Final Offer",
  """Dear Mr. Sadykov,

Thank you for your quotation. After technical evaluation your offer is in the short list together with one other bidder. The other bidder's total price is lower by approximately 12%.

We kindly request your Best and Final Offer (BAFO) for both Lots not later than 11 November 2026. Please also confirm whether the price of Lot 2 can be fixed for 24 months.

Sincerely,""", ib="ev:ev-ay-clar@kestrel.kz")
E("ev-ay-clar", "timur", ["elif"], "2026-11-09 12:00", 45, "Anatolia Yapi – BAFO clarification call (Teams)", "Microsoft Teams", created="2026-11-05 10:00")
M("ay08", "2026-11-10 18:20", "timur", "elif", "RE: AYCA-IT-2026/041 – request for Best and Final Offer",
  """Dear Ms. Yıldırım,

Thank you for the short-listing. Our Best and Final Offer:

| Lot | Item | Before, USD | BAFO, USD |
|-----|------|------------:|----------:|
| 1 | 120 licences incl. 1st year maintenance | 138,000 | 126,960 |
| 2 | Support SLA 40 h/month, 12 months | 38,400 | 36,000 |
| | **Total** | **176,400** | **162,960** |

Lot 2 price is fixed for 24 months if the contract is signed for 24 months. Please note that our offer includes local support from Almaty in Russian, English and Turkish, which I believe the other bidder cannot give.""",
  quote="outlook_en", re="ay07")
M("ay09", "2026-11-11 10:02", "elif", "timur", "RE: AYCA-IT-2026/041 – request for Best and Final Offer",
  """Dear Mr. Sadykov, well received. Thank you.""", quote="outlook_en", re="ay08", ib="no")
M("ay10", "2026-11-27 14:45", "elif", "timur", "AYCA-IT-2026/041 – status",
  """Dear Mr. Sadykov,

Kindly be informed that the tender committee meeting was postponed due to the year-end budget review in Istanbul. The evaluation committee will announce results by 11 December 2026.

Meanwhile, could you please send the sample SLA agreement (Lot 2) for our legal review?

Sincerely,""",
  ib="ay11", ag=[("client", "The evaluation committee will announce results by 11 December 2026.", "2026-12-11", "open")])
M("ay11", "2026-11-30 10:15", "timur", "elif", "RE: AYCA-IT-2026/041 – status",
  """Dear Ms. Yıldırım,

Thank you for the update. Please find attached our standard Support SLA agreement (Lot 2). We remain at your disposal.""",
  quote="outlook_en", re="ay10", att=["Kestrel_Support_SLA_template_EN.pdf"])
N("Anatolia Yapi Central Asia", "timur", "licences", "negotiation", "ay08", "2026-12-11", "client_request", (16296000, "USD"), None)

# =============================================================================
# D. Dana Pharm (pharmacy chain, existing support client) - Ruslan. Complaint (head in Cc),
#    support SLA upgrade and user training.
# =============================================================================
M("dp01", "2026-10-20 10:05", "yerzhan", "ruslan", "синхронизация касс",
  """Руслан, привет. С пятницы не приходят продажи из 11 аптек в Norvane, тикет SD-4471 завели. Посмотрите пожалуйста, кто у вас дежурит.""",
  ib="dp02")
M("dp02", "2026-10-20 11:30", "ruslan", "yerzhan", "RE: синхронизация касс",
  """Ержан, привет. Передал в поддержку, Асем смотрит SD-4471. Я отпишусь по итогам до конца дня.""", quote="outlook_ru", re="dp01",
  ag=[("manager", "Я отпишусь по итогам до конца дня.", "2026-10-20", "kept")])
M("dp02b", "2026-10-20 17:40", "ruslan", "yerzhan", "RE: синхронизация касс",
  """Ержан, по SD-4471: переполнилась очередь обмена после обновления кассового ПО, почистили, продажи за выходные догрузились. Проверьте остатки по 11 аптекам, пожалуйста.""",
  quote="outlook_ru", re="dp02")
M("dp03", "2026-11-16 09:20", "saule", "ruslan", "Третий раз пишем: обмен с кассами не работает",
  """Руслан, добрый день.

Пишу уже третий раз за месяц. С прошлого понедельника снова не выгружаются продажи из 23 аптек, остатки в системе неправильные, закупщики заказывают вслепую. Тикеты SD-4471, SD-4502 и SD-4519 висят "в работе", на звонки поддержка отвечает "разбираемся".

Мы платим за 40 часов SLA в месяц, а по факту получаем ответ через два дня. Если до среды проблема не будет решена, мы будем вынуждены пересмотреть договор поддержки и выставить претензию за простой.

Копия – Айгерим Бекова.""",
  cc=["aigerim"], cmp="us", ib="dp04")
M("dp04", "2026-11-16 10:02", "ruslan", "saule", "RE: Третий раз пишем: обмен с кассами не работает",
  """Сауле, добрый день.

Приношу извинения, ситуация недопустимая. Я забираю эти тикеты под личный контроль. Я перезвоню вам сегодня до 18:00 вместе с руководителем поддержки и расскажу план исправления, а завтра в 11:00 предлагаю короткую встречу в Teams с вашим ИТ и нами.""",
  cc=["aigerim", "yerzhan"], quote="outlook_ru", re="dp03",
  ag=[("manager", "Я перезвоню вам сегодня до 18:00 вместе с руководителем поддержки и расскажу план исправления, а завтра в 11:00 предлагаю короткую встречу в Teams с вашим ИТ и нами.", "2026-11-16", "kept")])
M("dp05", "2026-11-16 10:40", "aigerim", "saule", "RE: Третий раз пишем: обмен с кассами не работает",
  """Сауле, добрый день! Прошу прощения за ситуацию, держу на контроле лично. Часы, потраченные на эти инциденты, в SLA за ноябрь считать не будем.""",
  cc=["ruslan"], quote="outlook_ru", re="dp03",
  ag=[("manager", "Часы, потраченные на эти инциденты, в SLA за ноябрь считать не будем.", None, "open")])
E("ev-dp-escal", "ruslan", ["aigerim", "saule", "yerzhan"], "2026-11-17 11:00", 45,
  "Dana Pharm – инциденты обмена с кассами (Teams)", "Microsoft Teams", created="2026-11-16 10:05")
M("dp06", "2026-11-18 17:30", "yerzhan", "ruslan", "RE: синхронизация касс",
  """Руслан, по итогам: с вашей стороны очередь починили, всё грузится. Но честно, половина проблемы у Kassa24 - их API опять отдаёт дубли чеков и они третий месяц не могут выпустить фикс, поддержка у них вообще не отвечает. Можете с их стороны тоже надавить как партнёр?""",
  quote="outlook_ru", re="dp02", cmp="third", ib="dp07")
M("dp07", "2026-11-19 09:45", "ruslan", "yerzhan", "RE: синхронизация касс",
  """Ержан, да, напишу их техдиректору сегодня и поставлю вас в копию. Со своей стороны добавили фильтр дублей на входе, это временно.""",
  quote="outlook_ru", re="dp06",
  ag=[("manager", "Ержан, да, напишу их техдиректору сегодня и поставлю вас в копию.", "2026-11-19", "broken")])
M("dp08", "2026-11-20 12:10", "saule", "ruslan", "Обучение для новых фармацевтов + расширение SLA",
  """Руслан, добрый день.

Спасибо, что быстро отреагировали, неделя прошла спокойно.

Два вопроса:
1. В январе открываем 9 новых аптек, будет около 60 новых сотрудников. Нужно обучение работе в системе (касса + склад + заказы). Сколько стоит и в каком формате?
2. После этой истории думаем увеличить SLA до 60 часов и добавить дежурство в субботу. Пришлите, пожалуйста, условия.""",
  ib="dp09")
M("dp09", "2026-11-24 16:50", "ruslan", "saule", "RE: Обучение для новых фармацевтов + расширение SLA",
  """Сауле, добрый день!

1) Обучение: 4 сессии по 15 человек, очно у вас в офисе на Розыбакиева, по 1 дню. 450 000 тенге за сессию, итого 1 800 000 тенге без НДС. Материалы и видеозаписи остаются у вас.
2) SLA: 60 часов в месяц + дежурство в субботу 10:00-16:00 – 1 350 000 тенге в месяц (сейчас 900 000 за 40 часов). Договор на 12 месяцев с января.

Коммерческое предложение во вложении. Давайте обсудим на встрече 10 декабря, приглашение пришлю.""",
  quote="outlook_ru", re="dp08", att=["KP_DanaPharm_training_SLA.pdf"],
  ag=[("manager", "Давайте обсудим на встрече 10 декабря, приглашение пришлю.", "2026-12-10", "kept")])
E("ev-dp-qbr", "ruslan", ["saule", "yerzhan"], "2026-12-10 15:00", 60, "Dana Pharm – SLA 2027 и обучение", "Dana Pharm, ул. Розыбакиева 247",
  created="2026-11-24 17:00")
M("dp10", "2026-11-26 11:15", "saule", "ruslan", "RE: Обучение для новых фармацевтов + расширение SLA",
  """Руслан, по обучению ок, даты подтвердит наш HR на следующей неделе. По SLA обсудим 10-го.""",
  quote="outlook_ru", re="dp09", ib="no",
  ag=[("client", "Руслан, по обучению ок, даты подтвердит наш HR на следующей неделе.", None, "open")])
N("Dana Pharm", "ruslan", "training", "negotiation", "dp10", "2026-12-10", "meeting", (180000000, "KZT"), None)
N("Dana Pharm", "ruslan", "support", "proposal", "dp09", "2026-12-10", "meeting", (1620000000, "KZT"), None)

# =============================================================================
# E. Al Noor Trading House (Dubai) - Ruslan (partner desk Dubai). Inquiry -> call -> demo -> workshop.
# =============================================================================
M("an01", "2026-11-02 10:15", "khalid", "ruslan", "ERP for our group companies – enquiry",
  """Dear Mr. Ruslan,

Greetings from Dubai. Your colleague gave me your card at GITEX. We are a trading house with 3 companies (UAE mainland, JAFZA free zone and a branch in Almaty), around 45 users. Currently we use Tally and many Excel sheets and the auditors are not happy, honestly.

We need: consolidation of 3 companies, UAE VAT and corporate tax compliant invoices in Arabic and English, multi-currency (AED, USD, KZT, CNY), landed cost for containers from China.

Kindly share your company profile and let us arrange a call at your convenience, inshallah this week.

Best regards,""", ib="call:an-call1")
M("an02", "2026-11-04 18:40", "ruslan", "khalid", "RE: ERP for our group companies – enquiry",
  """Dear Khalid,

Thank you for the call today, very useful. As agreed, company profile attached. The Teams demo is booked for Thursday 12 November 11:00 Dubai time, I will show consolidation, VAT invoice in Arabic and landed cost on your sample container.

Please send me one real container file (anonymised is fine) by Monday so we can load it for the demo.""",
  quote="outlook_en", re="an01", att=["Kestrel_Company_Profile_2026.pdf"],
  ag=[("manager", "The Teams demo is booked for Thursday 12 November 11:00 Dubai time, I will show consolidation, VAT invoice in Arabic and landed cost on your sample container.", "2026-11-12", "kept")])
E("ev-an-demo", "ruslan", ["khalid", "anil"], "2026-11-12 12:00", 90, "Al Noor Trading – Norvane ERP demo (Teams)",
  "Microsoft Teams", created="2026-11-04 18:45")
M("an03", "2026-11-09 09:05", "anil", "ruslan", "RE: ERP for our group companies – enquiry",
  """Hi Ruslan,

Khalid sir asked me to share container file. PFA the landed cost sheet of container MSKU 7741203 (Ningbo - Jebel Ali - Almaty). Kindly revert if any clarification required. Also please do the needful to include our Almaty branch in the demo, our accountant there will join.""",
  quote="outlook_en", re="an02", att=["MSKU7741203_landed_cost.xlsx"], ib="an04")
M("an04", "2026-11-09 12:30", "ruslan", "anil", "RE: ERP for our group companies – enquiry",
  """Anil, received, thanks. Yes, send me the accountant's e-mail and I will add her to the invite.""",
  quote="outlook_en", re="an03")
M("an05", "2026-11-13 11:20", "khalid", "ruslan", "Demo – thank you and next steps",
  """Dear Ruslan,

Thank you for the demo yesterday, our team was impressed, especially the Arabic invoice. Before we talk about price we would like a proper workshop in our Deira office to go through each company processes. Can you come on 24 or 25 November?""",
  ib="an06")
M("an06", "2026-11-13 15:05", "ruslan", "khalid", "RE: Demo – thank you and next steps",
  """Dear Khalid, 24-25 November works, I will fly in with our finance consultant. Invitation follows.""",
  quote="outlook_en", re="an05", ag=[("manager", "Invitation follows.", None, "kept")])
E("ev-an-workshop", "ruslan", ["khalid", "anil"], "2026-11-24 09:00", 480, "Al Noor Trading – discovery workshop (2 days)",
  "Al Noor Trading House, Al Maktoum Rd, Deira, Dubai", created="2026-11-13 15:10")
M("an07", "2026-11-25 20:10", "ruslan", "khalid", "Workshop Deira – thank you",
  """Dear Khalid,

Thank you and your team for two very productive days and the great hospitality. I will send the scope summary with the list of processes by Monday 30 November; the price proposal follows after you confirm the scope.""",
  cc=["anil"],
  ag=[("manager", "I will send the scope summary with the list of processes by Monday 30 November; the price proposal follows after you confirm the scope.", "2026-11-30", "kept")])
M("an08", "2026-11-30 17:45", "ruslan", "khalid", "Al Noor – scope summary (draft for your confirmation)",
  """Dear Khalid,

As promised, the scope summary attached (Al_Noor_Scope_Summary_v1.pdf). In short: 3 legal entities, 45 users (licences through us from Norvane), 14 processes, consolidation in USD, UAE VAT + corporate tax reporting, Arabic/English print forms, landed cost, KZ tax for the Almaty branch. Out of scope: payroll, CRM.

I suggest we go through it together on Teams on Wednesday 9 December.""",
  cc=["anil"], att=["Al_Noor_Scope_Summary_v1.pdf"])
M("an09", "2026-12-01 09:30", "khalid", "ruslan", "RE: Al Noor – scope summary (draft for your confirmation)",
  """Dear Ruslan, received with thanks. 9 December 2 pm Dubai time is fine for us. Anil will send comments before.""",
  quote="outlook_en", re="an08", noirt=True, ib="no",
  ag=[("client", "Anil will send comments before.", "2026-12-09", "open")])
M("an10", "2026-12-01 10:50", "ruslan", "khalid", "RE: Al Noor – scope summary (draft for your confirmation)",
  """Great, invitation sent.""", quote="outlook_en", re="an09")
E("ev-an-scope", "ruslan", ["khalid", "anil"], "2026-12-09 15:00", 60, "Al Noor – scope summary review (Teams)", "Microsoft Teams",
  created="2026-12-01 10:50")
N("Al Noor Trading House", "ruslan", "erp", "qualified", "an08", "2026-12-09", "meeting", None, None)

# =============================================================================
# F. Kraft Autoteile Almaty - Timur. Fixed price vs T&M; contract draft; HQ widens scope -> back to negotiation.
# =============================================================================
M("kr01", "2026-10-08 08:55", "juergen", "timur", "Your offer for ERP rollout Almaty – questions",
  """Dear Mr. Sadykov,

thank you for the offer from 30 September (ERP implementation for our Almaty branch, 210 man-days, fixed price EUR 96,000). We have studied it carefully. Some remarks:

– A fixed price contains always a risk premium. In Germany we work with our IT partners on time-and-material basis with a cap, and we pay only the real effort. Please offer also this variant.
– The daily rate of EUR 460 is, in our opinion, high for Kazakhstan. Our integrator in Poland charges EUR 420.
– Please confirm that the interface to our central SAP in Stuttgart (IDoc) is included.

I suggest a meeting in our office on 20 October, 10:00.

Kind regards""", ib="kr02")
M("kr02", "2026-10-09 12:20", "timur", "juergen", "RE: Your offer for ERP rollout Almaty – questions",
  """Dear Mr. Weber,

Thank you for the careful review. 20 October, 10:00 at your office is confirmed.

Brief answers before the meeting:

| Topic | Our position |
|-------|--------------|
| T&M with cap | possible: EUR 440/day, cap 230 man-days (EUR 101,200), monthly billing by timesheets |
| Fixed price | EUR 96,000 stays, risk on our side |
| Rate | EUR 460 includes Stuttgart-side coordination in German, which the Polish partner probably does not |
| SAP IDoc interface | included, 14 man-days in the SOW, section 4.3 |

I will bring both variants printed for the meeting.""",
  quote="outlook_en", re="kr01",
  ag=[("manager", "I will bring both variants printed for the meeting.", "2026-10-20", "kept")])
E("ev-kr-meet", "timur", ["juergen"], "2026-10-20 10:00", 90, "Kraft Autoteile – fixed price vs T&M", "Kraft Autoteile, Almaty, Ryskulov ave. 103",
  created="2026-10-09 12:25")
M("kr03", "2026-10-23 09:10", "juergen", "timur", "Decision: fixed price",
  """Dear Mr. Sadykov,

after our meeting we discussed with the head office. We go with the fixed price, but EUR 92,000, payment 40/60 (60% after go-live). If you agree, please send the contract draft.

Kind regards""", ib="kr04")
M("kr04", "2026-10-26 15:40", "timur", "juergen", "RE: Decision: fixed price",
  """Dear Mr. Weber,

we agree to EUR 92,000 fixed. On payment we propose 40/30/30 (30% at UAT acceptance, 30% after go-live) - 60% after go-live is too long for a 5-month project. I will send the contract draft with this payment schedule by 5 November.""",
  quote="outlook_en", re="kr03",
  ag=[("manager", "I will send the contract draft with this payment schedule by 5 November.", "2026-11-05", "kept")])
M("kr05", "2026-11-05 17:20", "timur", "juergen", "Contract draft – ERP implementation Kraft Autoteile Almaty",
  """Dear Mr. Weber,

please find attached the contract draft (EN/RU), fixed price EUR 92,000, payment 40/30/30, start 1 December 2026, go-live 30 April 2027.

We are looking forward to your comments.""",
  att=["Contract_Kestrel_KraftAutoteile_draft_EN_RU.docx"])
M("kr06", "2026-11-18 10:35", "juergen", "timur", "Contract on hold – scope change from HQ",
  """Dear Mr. Sadykov,

I have to inform you that our head office in Stuttgart has decided yesterday to include the Bishkek branch (12 users, separate legal entity in Kyrgyzstan) into the same project. Therefore the contract draft is on hold and the scope must be re-estimated.

HQ also asks again for a time-and-material variant with a cap, because the Kyrgyz part is not clear yet. Please send a revised estimate for both branches.

I am sorry for the extra work.

Kind regards""", ib="kr07")
M("kr07", "2026-11-18 14:00", "timur", "juergen", "RE: Contract on hold – scope change from HQ",
  """Dear Mr. Weber,

understood, no problem. We will send the revised estimate for Almaty + Bishkek by 27 November, both variants (fixed and T&M with cap).""",
  quote="outlook_en", re="kr06",
  ag=[("manager", "We will send the revised estimate for Almaty + Bishkek by 27 November, both variants (fixed and T&M with cap).", "2026-11-27", "kept")])
M("kr08", "2026-11-26 18:30", "timur", "juergen", "Revised estimate: Almaty + Bishkek",
  """Dear Mr. Weber,

as promised, revised estimate (Kraft_Estimate_v3_ALA_FRU.pdf):

| Variant | Almaty | Bishkek | Total |
|---------|-------:|--------:|------:|
| Fixed price | EUR 92,000 | EUR 38,000 | EUR 130,000 |
| T&M, EUR 440/day, cap | 215 MD | 108 MD | cap EUR 142,120 |

Kyrgyz localisation (tax reports, ESF Kyrgyzstan) is included in the Bishkek part. Start could be 11 January 2027, go-live of both branches 31 May 2027.

Happy to discuss by phone.""",
  quote="outlook_en", quote_of="kr06", re="kr07", att=["Kraft_Estimate_v3_ALA_FRU.pdf"])
M("kr09", "2026-11-27 09:15", "juergen", "timur", "RE: Revised estimate: Almaty + Bishkek",
  """Dear Mr. Sadykov,

thank you. We will discuss it internally and I will call you on 3 December.

Kind regards""", quote="outlook_en", re="kr08", ib="no",
  ag=[("client", "We will discuss it internally and I will call you on 3 December.", "2026-12-03", "kept")])
N("Kraft Autoteile Almaty", "timur", "erp", "negotiation", "kr08", "2026-12-16", "call", (13000000, "EUR"), None)

# =============================================================================
# G. Esil International University - Ruslan. Workshop, proposal, postponed to next year.
# =============================================================================
M("eu01", "2026-10-06 14:30", "aliya", "ruslan", "Автоматизация финансов и приёмной комиссии",
  """Руслан, добрый день.

Мы с вами виделись на EdTech Summit. Университет рассматривает внедрение ERP: бухгалтерия, расчёты со студентами (оплата обучения, рассрочки, гранты), закупки, кадры для ППС. Около 70 пользователей. Можете провести для нас установочную встречу на следующей неделе?""",
  ib="eu02")
M("eu02", "2026-10-06 17:05", "ruslan", "aliya", "RE: Автоматизация финансов и приёмной комиссии",
  """Алия Маратовна, добрый день!

С удовольствием. Предлагаю четверг 15 октября, 10:00, у вас в кампусе – 3 часа, формат воркшопа с бухгалтерией и офисом регистратора. Приглашение отправлю.""",
  quote="outlook_ru", re="eu01", ag=[("manager", "Приглашение отправлю.", None, "kept")])
E("ev-eu-ws", "ruslan", ["aliya"], "2026-10-15 10:00", 180, "EIU – установочный воркшоп ERP", "Esil International University, пр. Абая 8",
  created="2026-10-06 17:10")
M("eu03", "2026-10-28 16:00", "ruslan", "aliya", "Коммерческое предложение ERP для EIU",
  """Алия Маратовна, добрый день!

По итогам воркшопа направляю коммерческое предложение:
- внедрение ERP (финансы, расчёты со студентами, закупки, кадры) – 38 500 000 тенге, фиксированная цена, 7 месяцев;
- лицензии Norvane на 70 пользователей – по академическому прайсу, 40% скидка, 21 700 000 тенге;
- обучение пользователей включено.

Готов презентовать ректорату в удобное время.""",
  att=["KP_EIU_ERP_2026.pdf"])
M("eu04", "2026-11-09 11:40", "ruslan", "aliya", "RE: Коммерческое предложение ERP для EIU",
  """Алия Маратовна, добрый день! Удалось ли обсудить предложение с ректоратом? Если есть вопросы по стоимости – можем разбить проект на два этапа.""",
  quote="outlook_ru", quote_of="eu03", re="eu03")
M("eu05", "2026-11-19 12:25", "aliya", "ruslan", "RE: Коммерческое предложение ERP для EIU",
  """Руслан, добрый день.

Обсудили. Предложение в целом интересное, но бюджет 2026 года закрыт, а бюджет 2027 года учёный совет утверждает только в конце января. Давайте вернёмся к вопросу после 15 января – напишите мне, пожалуйста, тогда, обновив цены на 2027 год.""",
  quote="outlook_ru", re="eu04", ib="eu06")
M("eu06", "2026-11-19 15:10", "ruslan", "aliya", "RE: Коммерческое предложение ERP для EIU",
  """Алия Маратовна, понял, спасибо. Напишу вам 15 января с обновлённым предложением.""",
  quote="outlook_ru", re="eu05",
  ag=[("manager", "Напишу вам 15 января с обновлённым предложением.", "2027-01-15", "open")])
N("Esil International University", "ruslan", "erp", "proposal", "eu05", "2027-01-15", "client_request", (3850000000, "KZT"), None)

# =============================================================================
# H. Qaratau Cement - Timur. Proposal, haggling, lost to a competitor.
# =============================================================================
M("qc01", "2026-10-09 10:20", "bolat", "timur", "Запрос КП на внедрение ERP",
  """Тимур, добрый день.

Просим направить коммерческое предложение на внедрение ERP для завода (производство, ремонты ТОиР, склад, бухгалтерия). 95 пользователей. Срок – до 16 октября. ТЗ во вложении.""",
  att=["TZ_ERP_Qaratau_2026.pdf"], ib="qc02")
M("qc02", "2026-10-09 14:45", "timur", "bolat", "RE: Запрос КП на внедрение ERP",
  """Болат Тлеуович, добрый день!

Получили, спасибо. КП направим до 16 октября. Предлагаем также 21 октября приехать к вам на завод и показать модуль ТОиР на примере цементной мельницы.""",
  quote="yandex", re="qc01",
  ag=[("manager", "КП направим до 16 октября.", "2026-10-16", "kept")])
M("qc03", "2026-10-15 19:30", "timur", "bolat", "КП на внедрение ERP – Kestrel Systems",
  """Болат Тлеуович, добрый вечер!

Направляем коммерческое предложение:

| Блок | Чел.-дни | Сумма, тенге |
|------|---------:|-------------:|
| Внедрение ERP (производство, ТОиР, склад, финансы) | 320 | 64 000 000 |
| Миграция данных из 1С | 25 | 5 000 000 |
| Обучение ключевых пользователей | 10 | 2 000 000 |
| **Итого** | **355** | **71 000 000** |

Лицензии Norvane (95 пользователей) – отдельной строкой в приложении, 41 325 000 тенге.""",
  att=["KP_Qaratau_ERP_Kestrel.pdf"])
E("ev-qc-demo", "timur", ["bolat"], "2026-10-21 11:00", 120, "Каратау Цемент – демонстрация ТОиР", "Завод Каратау Цемент, Шымкент",
  created="2026-10-09 14:50")
M("qc04", "2026-10-29 09:05", "bolat", "timur", "RE: КП на внедрение ERP – Kestrel Systems",
  """Тимур, добрый день. Руководство просит снизить стоимость внедрения на 25%. У конкурентов предложения существенно ниже. Прошу пересмотреть до 5 ноября.""",
  quote="yandex", re="qc03", ib="qc05")
M("qc05", "2026-11-03 18:10", "timur", "bolat", "RE: КП на внедрение ERP – Kestrel Systems",
  """Болат Тлеуович, добрый вечер.

Пересмотрели: внедрение 57 600 000 тенге (-10%), миграцию делаем за 4 000 000. Итого 63 600 000 тенге. Ниже можем только за счёт сокращения объёма – например, ТОиР вынести во второй этап.""",
  quote="yandex", re="qc04", att=["KP_Qaratau_ERP_Kestrel_v2.pdf"])
E("ev-qc-follow", "timur", ["bolat"], "2026-11-18 15:00", 60, "Каратау Цемент – обсуждение КП v2", "Zoom", status="CANCELLED",
  created="2026-11-04 10:00")
M("qc06", "2026-11-16 16:40", "bolat", "timur", "Итоги выбора подрядчика",
  """Тимур, добрый день.

Сообщаем, что по итогам конкурса руководство выбрало другого интегратора (Astana Digital Group), их предложение оказалось дешевле примерно на 30%. Встречу 18-го отменяем.

Благодарим за участие и подробную демонстрацию.""", ib="no")
M("qc07", "2026-11-17 10:00", "timur", "bolat", "RE: Итоги выбора подрядчика",
  """Болат Тлеуович, спасибо, что сообщили. Жаль, но понимаем. Если будет возможность, поделитесь, пожалуйста, что кроме цены повлияло на решение – для нас это важно. Желаем успешного проекта.""",
  quote="yandex", re="qc06")
N("Qaratau Cement", "timur", "erp", "lost", "qc06", None, None, (6360000000, "KZT"), None)

# =============================================================================
# I. Steppe Drilling Services (Atyrau) - Ruslan. Pilot on one site, steering, full rollout next.
# =============================================================================
M("sd01", "2026-10-12 09:30", "asel", "ruslan", "Пилот на участке Кульсары",
  """Руслан, добрый день.

Как договаривались по телефону: готовы запустить пилот на одном участке (Кульсары) – учёт запчастей и ГСМ буровых, 25 пользователей. Пилот бесплатный с вашей стороны, как вы предлагали, лицензии на 3 месяца – trial. Если пилот успешен – переходим к полному внедрению на 6 участков.

Руководитель проекта с нашей стороны – Данияр Тулегенов, он будет писать по срокам.""",
  ib="sd02")
M("sd02", "2026-10-12 15:00", "ruslan", "asel", "RE: Пилот на участке Кульсары",
  """Асель, добрый день! Отлично. Воркшоп по пилоту предлагаю 22 октября у вас в Атырау. План пилота пришлю Данияру до пятницы.""",
  cc=["daniyar"], quote="outlook_ru", re="sd01",
  ag=[("manager", "План пилота пришлю Данияру до пятницы.", "2026-10-16", "kept")])
M("sd03", "2026-10-16 12:40", "ruslan", "daniyar", "Pilot plan Kulsary",
  """Daniyar, hi – pilot plan attached (in English, as your ops team asked).
Workshop 22.10, config 26.10-13.11, go-live 16.11, UAT 23-27.11, steering 2.12.""",
  att=["Steppe_Pilot_Plan_Kulsary.pdf"])
M("sd04", "2026-10-19 08:20", "daniyar", "ruslan", "RE: Pilot plan Kulsary",
  """Ruslan, workshop 22.10 start 09:00 or 10:00? Go-live 16.11 ok. UAT 23-27.11 - site team available only from 24.11.""",
  quote="outlook_en", re="sd03", ib="sd05")
M("sd05", "2026-10-19 10:10", "ruslan", "daniyar", "RE: Pilot plan Kulsary",
  """09:30. UAT 24-27.11 then, fine.""", quote="outlook_en", re="sd04")
E("ev-sd-ws", "ruslan", ["daniyar", "asel"], "2026-10-22 09:30", 360, "Steppe Drilling – pilot workshop", "Steppe Drilling office, Atyrau, Satpayev 19",
  created="2026-10-19 10:15")
M("sd06", "2026-11-11 07:55", "daniyar", "ruslan", "go-live 16.11",
  """Ruslan, go-live 16.11 still confirmed? Trial licences must be active by 13.11 evening. Site internet maintenance 14.11.""",
  ib="sd07")
M("sd07", "2026-11-11 09:40", "ruslan", "daniyar", "RE: go-live 16.11",
  """Confirmed. Licences I activate on 13.11 by 18:00.""", quote="outlook_en", re="sd06",
  ag=[("manager", "Licences I activate on 13.11 by 18:00.", "2026-11-13", "kept")])
M("sd08", "2026-11-13 17:20", "ruslan", "daniyar", "Trial licences active",
  """Daniyar, 25 trial licences active till 15.02.2027. Logins sent to users from the list.""")
E("ev-sd-golive", "ruslan", ["daniyar"], "2026-11-16 09:00", 60, "Steppe Drilling – pilot go-live call", "Microsoft Teams",
  created="2026-11-11 09:45")
M("sd09", "2026-11-27 16:45", "daniyar", "ruslan", "UAT done / steering 2.12",
  """UAT closed 27.11, 3 minor defects, list attached. Steering 2.12 at 15:00 Atyrau time, ok? Asel will attend.""",
  att=["UAT_Kulsary_defects.xlsx"], ib="sd10")
M("sd10", "2026-11-27 18:00", "ruslan", "daniyar", "RE: UAT done / steering 2.12",
  """Ok, 2.12 15:00. Defects fixed by 1.12.""", quote="outlook_en", re="sd09",
  ag=[("manager", "Defects fixed by 1.12.", "2026-12-01", "kept")])
E("ev-sd-steer", "ruslan", ["asel", "daniyar", "aigerim"], "2026-12-02 15:00", 90, "Steppe Drilling – pilot steering committee",
  "Microsoft Teams", created="2026-11-27 18:05")
M("sd11", "2026-12-03 10:10", "asel", "ruslan", "По итогам steering committee",
  """Руслан, добрый день.

По итогам вчерашнего комитета: пилот признан успешным, расход ГСМ по участку наконец сходится с путевыми листами. Правление готово рассматривать полное внедрение на 6 участков с 1 марта. Пришлите, пожалуйста, коммерческое предложение: внедрение, лицензии на 140 пользователей и обучение мастеров участков.""",
  cc=["daniyar"], ib="sd12")
M("sd12", "2026-12-03 12:30", "ruslan", "asel", "RE: По итогам steering committee",
  """Асель, спасибо! Рад, что пилот зашёл. Коммерческое предложение на полное внедрение пришлю до 9 декабря.""",
  cc=["daniyar", "aigerim"], quote="outlook_ru", re="sd11",
  ag=[("manager", "Коммерческое предложение на полное внедрение пришлю до 9 декабря.", "2026-12-09", "open")])
N("Steppe Drilling Services", "ruslan", "erp", "qualified", "sd11", "2026-12-09", "manager_promise", None, None)

# =============================================================================
# J. Hanbit Electronics Central Asia (Tashkent) - Dilshod. Licences + training, discount and instalments.
# =============================================================================
M("hb01", "2026-10-19 10:00", "park", "dilshod", "Inquiry: Norvane licences for Central Asia office",
  """Dear Mr. Dilshod Karimov,

I am Park Ji-hoon, regional IT manager of Hanbit Electronics in Tashkent. Our HQ in Seoul decided to use Norvane ERP for all regional offices, and Norvane company recommended you as local partner in Uzbekistan.

We need 60 named user licences (Tashkent 35, Almaty 25) and training for users in Russian language. The implementation itself will be done by our HQ IT team.

Could you kindly send quotation? Thank you for your kind support.

Best regards,
Park Ji-hoon""", sig=False, ib="hb02")
M("hb02", "2026-10-20 11:30", "dilshod", "park", "RE: Inquiry: Norvane licences for Central Asia office",
  """Dear Mr. Park,

Thank you for your inquiry. We will prepare the quotation for licences and training by 27 October. To calculate training correctly: how many user groups (sales, warehouse, finance) and which city should training be in?""",
  quote="outlook_en", re="hb01",
  ag=[("manager", "We will prepare the quotation for licences and training by 27 October.", "2026-10-27", "kept")])
M("hb03", "2026-10-21 09:15", "park", "dilshod", "RE: Inquiry: Norvane licences for Central Asia office",
  """Dear Mr. Dilshod,

Thank you for your quick reply. Groups: sales 30, warehouse 20, finance 10. Training in Tashkent and in Almaty both please, 2 days each.

Best regards,
Park Ji-hoon""", sig=False, quote="outlook_en", re="hb02", ib="hb05")
M("hb04", "2026-10-21 14:00", "dilshod", "priya", "Hanbit Electronics – 60 users, pricing request",
  """Hi Priya,

Hanbit Electronics Tashkent says your team recommended us. 60 users, regional office of a Norvane global customer. Can we get the global-account price for them? Quote goes out 27 Oct.""")
M("hb04b", "2026-10-23 13:10", "priya", "dilshod", "RE: Hanbit Electronics – 60 users, pricing request",
  """Hi Dilshod,

Yes, Hanbit is on the global agreement, so you can quote USD 880 per user (list 1,150), maintenance 20% from year 2. Your margin is protected at 18%. Pls don't go below 850 without checking with me.""",
  quote="outlook_en", re="hb04")
M("hb05", "2026-10-27 16:20", "dilshod", "park", "Quotation: Norvane licences and training – Hanbit Electronics",
  """Dear Mr. Park,

Please find our quotation below and attached:

| Item | Qty | Price, USD | Total, USD |
|------|----:|-----------:|-----------:|
| Norvane ERP named user licence (global agreement price) | 60 | 880 | 52,800 |
| User training, Tashkent, 2 days, 3 groups | 1 | 4,400 | 4,400 |
| User training, Almaty, 2 days, 3 groups | 1 | 4,900 | 4,900 |
| **Total** | | | **62,100** |

Payment 100% before licence delivery. Validity 30 days.""",
  quote="outlook_en", quote_of="hb03", re="hb03", att=["Kestrel_Quotation_Hanbit_2026-10.pdf"])
E("ev-hb-demo", "dilshod", ["park", "priya"], "2026-11-05 11:00", 60, "Hanbit – training program walkthrough (Teams)", "Microsoft Teams",
  created="2026-10-29 10:00")
M("hb06", "2026-11-12 09:40", "park", "dilshod", "FW: Norvane Central Asia – price approval",
  """Dear Mr. Dilshod,

Please see below the comment from our HQ purchasing team. They request 15% discount for total amount and payment in 3 instalments. I am sorry for trouble. Could you kindly check?

Best regards,
Park Ji-hoon

---------- Forwarded message ---------
From: Kim Soo-yeon <sooyeon.kim@hanbit-elec.com>
Date: Wed, Nov 11, 2026 at 4:02 PM
Subject: Norvane Central Asia – price approval
To: Park Ji-hoon <jihoon.park@hanbit-elec.com>

Ji-hoon ssi,
Purchasing committee reviewed the Tashkent quotation. Total USD 62,100 is over the regional budget (USD 54,000). Please negotiate minimum 15% discount and payment in 3 instalments (Dec/Jan/Feb). Decision needed before 18 December for this fiscal year.
Kim Soo-yeon / Global Purchasing""", sig=False, ib="hb07")
M("hb07", "2026-11-16 15:30", "dilshod", "park", "RE: FW: Norvane Central Asia – price approval",
  """Dear Mr. Park,

We checked with Norvane. Our revised offer:
- licences 60 × USD 850 = 51,000
- training Tashkent + Almaty = USD 8,400 (instead of 9,300)
- total USD 59,400 (-4.3%), payment in 2 instalments: 50% in December, 50% in January.

15% is not possible on global-agreement licences, they are already 26% below list. I hope for your understanding.""",
  quote="outlook_en", re="hb06")
M("hb08", "2026-11-19 10:05", "park", "dilshod", "RE: FW: Norvane Central Asia – price approval",
  """Dear Mr. Dilshod,

Thank you for revised offer. I forwarded to HQ. They will discuss in committee and I will call you next Tuesday with answer.

Best regards,
Park Ji-hoon""", sig=False, quote="outlook_en", re="hb07", ib="no",
  ag=[("client", "They will discuss in committee and I will call you next Tuesday with answer.", "2026-11-24", "broken")])
M("hb09", "2026-12-01 11:20", "dilshod", "park", "RE: FW: Norvane Central Asia – price approval",
  """Dear Mr. Park, good morning. Is there any news from the committee? As your HQ needs the decision before 18 December, I am ready to call anytime this week.""",
  quote="outlook_en", quote_of="hb08", re="hb08")
M("hb10", "2026-12-02 09:50", "park", "dilshod", "RE: FW: Norvane Central Asia – price approval",
  """Dear Mr. Dilshod,

Sorry for late reply, I was in Seoul for one week. Committee meeting is on 8 December. I will inform you result on 9 December surely.

Best regards,
Park Ji-hoon""", sig=False, quote="outlook_en", re="hb09", ib="no",
  ag=[("client", "I will inform you result on 9 December surely.", "2026-12-09", "open")])
N("Hanbit Electronics Central Asia", "dilshod", "licences", "negotiation", "hb07", "2026-12-09", "client_request", (5940000, "USD"), "2026-12-18")

# =============================================================================
# K. Alatau Logistics Park - Ruslan. Inquiry, call, proposal, then silence (lost).
# =============================================================================
M("al01", "2026-10-05 11:50", "serik", "ruslan", "Интеграция WMS и бухгалтерии",
  """Руслан, здравствуйте. Нам нужно связать нашу WMS (Solvo) с учётом и выставлением счетов арендаторам, сейчас всё руками в Excel. Позвоните, пожалуйста, обсудим.""",
  ib="call:al-call1")
M("al02", "2026-10-09 17:30", "ruslan", "serik", "КП: интеграция WMS Solvo и ERP – Alatau Logistics Park",
  """Серик Нурланович, добрый день!

Спасибо за разговор в среду. Как обсуждали, направляю КП:
- внедрение ERP (финансы, биллинг арендаторов и услуг склада, договоры) – 19 800 000 тенге;
- интеграция с Solvo WMS – 4 200 000 тенге;
- обучение – 2 000 000 тенге.
Итого 26 000 000 тенге без НДС, срок 4 месяца.""",
  att=["KP_Alatau_ERP_WMS.pdf"])
M("al03", "2026-10-23 10:15", "ruslan", "serik", "RE: КП: интеграция WMS Solvo и ERP – Alatau Logistics Park",
  """Серик Нурланович, добрый день! Удалось посмотреть предложение? Могу подъехать в парк и показать биллинг вживую.""",
  quote="outlook_ru", quote_of="al02", re="al02")
M("al04", "2026-11-10 12:00", "ruslan", "serik", "RE: КП: интеграция WMS Solvo и ERP – Alatau Logistics Park",
  """Серик Нурланович, добрый день! Напоминаю о себе. Если проект неактуален – просто дайте знать, чтобы я вас не беспокоил.""",
  quote="outlook_ru", quote_of="al03", re="al03")
N("Alatau Logistics Park", "ruslan", "erp", "lost", "al04", None, None, (2600000000, "KZT"), None)

# =============================================================================
# L. Zarafshan Foods (Samarkand) - Dilshod, referred by Bright Path Consulting (intermediary).
# =============================================================================
M("zf01", "2026-11-09 10:30", "sanjar", "dilshod", "Introduction: Zarafshan Foods <> Kestrel",
  """Dilshod, hi!

As discussed, introducing you to Rustam Nazarov, CFO of Zarafshan Foods (canned fruit and juices, Samarkand, ~400 staff). They outgrew 1C and are looking for ERP with proper costing and export documents.

Rustam, Dilshod is the best ERP guy I know in Tashkent, I'll let you two take it from here.

Sanjar""", cc=["rustam"])
M("zf02", "2026-11-09 14:15", "dilshod", "rustam", "RE: Introduction: Zarafshan Foods <> Kestrel",
  """Thanks Sanjar! (moving you to Bcc)

Rustam, nice to meet you. Shall we have a call on Friday 13 November at 11:00 - 30-40 minutes, you tell me about your processes and I tell how we work with food producers? Is it convenient?""",
  quote="gmail_en", re="zf01")
M("zf03", "2026-11-10 09:00", "rustam", "dilshod", "RE: Introduction: Zarafshan Foods <> Kestrel",
  """Dilshod, 13th at 11:00 is ok, my mobile is in signature.""", quote="outlook_en", re="zf02", ib="no")
M("zf04", "2026-11-13 16:30", "rustam", "dilshod", "Zarafshan Foods requirements",
  """Dilshod, thanks for the call. As agreed, our requirements:

1. Costing by batch (seasonal raw fruit), waste accounting.
2. Export documents: invoice, certificate of origin, CMR, in currency.
3. Warehouses: 2 plants + cold store, 7 000 pallets.
4. Now 1C:UPP 8.2, 35 users, will be 60.
5. Budget - up to USD 80 000 for first phase, decision until end of March.""",
  ib="zf05")
M("zf05", "2026-11-16 10:10", "dilshod", "rustam", "RE: Zarafshan Foods requirements",
  """Rustam, thank you, everything is clear. We will prepare a budgetary estimate and project plan and send it to you by 11 December.""",
  quote="outlook_en", re="zf04",
  ag=[("manager", "We will prepare a budgetary estimate and project plan and send it to you by 11 December.", "2026-12-11", "open")])
M("zf06", "2026-11-17 19:20", "sanjar", "dilshod", "referral fee Zarafshan",
  """Dilshod, glad the call went well. Just to formalise - our usual referral fee is 10% of the implementation services if it closes. Can you send me your partner agreement template?""")
M("zf07", "2026-11-18 09:40", "dilshod", "aigerim", "FW: referral fee Zarafshan",
  """Айгерим, Bright Path просит 10% реферальных. У нас стандарт 7% на первый год. Согласуешь 7%?""",
  fwd="zf06")
M("zf08", "2026-11-18 11:00", "aigerim", "dilshod", "RE: FW: referral fee Zarafshan",
  """7%, только услуги, после оплаты клиентом. Шаблон у Зарины.""", re="zf07", quote="outlook_ru")
M("zf09", "2026-11-18 15:30", "dilshod", "sanjar", "RE: referral fee Zarafshan",
  """Sanjar, our standard is 7% of services, paid after the client pays. Partner agreement template attached. Thanks again for the intro!""",
  re="zf06", quote="gmail_en", att=["Kestrel_Referral_Partner_Agreement.docx"])
N("Zarafshan Foods", "dilshod", "erp", "qualified", "zf04", "2026-12-11", "manager_promise", None, "2027-03-31")

# =============================================================================
# M. Caspian Marine Supply (Aktau) - Timur. First contact.
# =============================================================================
M("cm01", "2026-11-30 12:40", "rajesh", "timur", "Requirement of ERP licences + support – Caspian Marine Supply",
  """Dear Sir,

Greetings of the day!

We are an offshore supply company based in Aktau port. We are having requirement of ERP licences for approx 25 users and annual support contract. Presently we are using Tally Prime. Kindly share the best quote at the earliest and also the details of similar projects done by you in Kazakhstan.

Awaiting your prompt reply.""", ib="cm02")
M("cm02", "2026-12-01 10:20", "timur", "rajesh", "RE: Requirement of ERP licences + support – Caspian Marine Supply",
  """Dear Rajesh,

Thank you for your request. Before quoting, a few questions:

| # | Question |
|---|----------|
| 1 | Which processes: finance only, or also procurement, inventory of spare parts, vessel maintenance? |
| 2 | Will you implement yourselves, or do you need us for implementation too? |
| 3 | Support: how many hours per month do you expect, and working hours Aktau time? |

References: we did a similar project for an oilfield services company in Atyrau last year. I will call you on Monday 7 December at 11:00 Aktau time to discuss.""",
  quote="gmail_en", re="cm01",
  ag=[("manager", "I will call you on Monday 7 December at 11:00 Aktau time to discuss.", "2026-12-07", "open")])
M("cm03", "2026-12-01 14:05", "rajesh", "timur", "Re: Requirement of ERP licences + support – Caspian Marine Supply",
  """Dear Timur,

Noted with thanks. Monday 11 AM is fine. Meanwhile please note our answers - 1) finance, procurement and spare parts inventory, 2) we need implementation also, 3) 20 hrs per month, 9 to 6.

Regards""", quote="gmail_en", re="cm02", ib="no")
N("Caspian Marine Supply", "timur", "licences", "lead", "cm03", "2026-12-07", "manager_promise", None, None)

# =============================================================================
# N. Altyn Bidai (flour mill, existing client) - Ruslan. Training; paid and booked in sales.csv.
# =============================================================================
M("ab01", "2026-11-03 09:30", "gaukhar", "ruslan", "Обучение новых кладовщиков",
  """Руслан, добрый день! У нас 12 новых кладовщиков на элеваторах, нужно обучение по складскому модулю. Сможете провести в ноябре в Костанае? Сколько будет стоить?""",
  ib="ab02")
M("ab02", "2026-11-04 11:15", "ruslan", "gaukhar", "RE: Обучение новых кладовщиков",
  """Гаухар, добрый день! Да, можем 19-20 ноября. Два дня, группа до 12 человек, выезд тренера в Костанай – 960 000 тенге с командировочными. Если подходит – выставим счёт.""",
  quote="outlook_ru", re="ab01")
M("ab03", "2026-11-05 10:00", "gaukhar", "ruslan", "RE: Обучение новых кладовщиков",
  """Подходит, выставляйте счёт, даты 19-20 ноября подтверждаю.""", quote="outlook_ru", re="ab02", ib="ab04")
M("ab04", "2026-11-05 12:20", "ruslan", "gaukhar", "RE: Обучение новых кладовщиков",
  """Счёт №КС-1187 во вложении. Тренер – Мадияр Сейтказы, программу пришлю за неделю до обучения.""",
  quote="outlook_ru", re="ab03", att=["Invoice_KS-1187.pdf"],
  ag=[("manager", "Тренер – Мадияр Сейтказы, программу пришлю за неделю до обучения.", "2026-11-12", "kept")])
M("ab05", "2026-11-12 15:00", "ruslan", "gaukhar", "Программа обучения 19-20 ноября",
  """Гаухар, программа обучения во вложении. Ждём вас 19-го в 9:00.""", att=["Programma_Altyn_Bidai_WMS.pdf"])
M("ab06", "2026-11-12 16:10", "gaukhar", "ruslan", "RE: Программа обучения 19-20 ноября",
  """Спасибо!""", quote="outlook_ru", re="ab05", ib="no")
N("Altyn Bidai", "ruslan", "training", "won", "ab03", None, None, (96000000, "KZT"), None)

# =============================================================================
# O. Registan Hotels Group - inbound inquiry nobody answered yet (not a negotiation: no two-way exchange).
# =============================================================================
M("rh01", "2026-12-02 11:25", "shahzod", "dilshod", "ERP for hotels group – request",
  """Hello Dilshod,

We are Registan Hotels Group, 4 hotels in Samarkand and Bukhara. We look for ERP for finance, procurement and inventory (F&B stock), integration with our PMS Opera. Please send presentation and approximate price, and tell if you have hotel references.

Thank you""", ib="open")

# =============================================================================
# P. Kokshe Agro Holding - Timur. Support SLA + training proposal, "after the holidays".
# =============================================================================
E("ev-ka-intro", "timur", ["askar"], "2026-10-27 14:00", 60, "Kokshe Agro – знакомство, поддержка Norvane", "Zoom",
  created="2026-10-20 10:00")
M("ka01", "2026-10-28 10:40", "timur", "askar", "Поддержка и обучение – Kokshe Agro Holding",
  """Аскар Серикович, добрый день!

Спасибо за встречу. Как договорились, предложение по двум направлениям:

| Услуга | Объём | Стоимость |
|--------|-------|-----------|
| Support SLA | 30 ч/мес, реакция P1 – 4 часа | 690 000 тенге/мес |
| Обучение | 3 группы бухгалтерии и агрономов, Кокшетау | 1 200 000 тенге разово |

Ваш текущий подрядчик (фрилансер) может передать нам дела за 2 недели.""",
  att=["KP_Kokshe_Support_Training.pdf"])
M("ka02", "2026-11-02 09:15", "askar", "timur", "Re: Поддержка и обучение – Kokshe Agro Holding",
  """Тимур, добрый день. Цена по SLA высоковата, 30 часов нам много, давайте 20 часов. Обучение интересно. Пришлите вариант.""",
  quote="yandex", re="ka01", ib="ka03")
M("ka03", "2026-11-04 17:00", "timur", "askar", "RE: Поддержка и обучение – Kokshe Agro Holding",
  """Аскар Серикович, вариант на 20 часов: 490 000 тенге в месяц, реакция P1 – 4 часа, неиспользованные часы переносятся на следующий месяц (до 10 часов). Обучение без изменений – 1 200 000 тенге.""",
  quote="yandex", re="ka02")
M("ka04", "2026-11-27 12:05", "askar", "timur", "Re: Поддержка и обучение – Kokshe Agro Holding",
  """Тимур, добрый день. Сейчас уборочная закрылась, у нас годовое закрытие и бюджетирование. Давайте вернёмся к этому после праздников, сейчас не до этого. Не обижайтесь.""",
  quote="yandex", re="ka03", noirt=True, ib="no")
M("ka05", "2026-11-27 14:30", "timur", "askar", "RE: Поддержка и обучение – Kokshe Agro Holding",
  """Аскар Серикович, конечно, понимаю. Тогда на связи после праздников, хорошего закрытия года!""",
  quote="yandex", re="ka04")
N("Kokshe Agro Holding", "timur", "support", "negotiation", "ka03", None, None, (588000000, "KZT"), None)
N("Kokshe Agro Holding", "timur", "training", "proposal", "ka03", None, None, (120000000, "KZT"), None)

# =============================================================================
# Small businesses on free mail (not in clients.csv)
# =============================================================================
M("ye01", "2026-11-10 21:15", "yerlan", "ruslan", "лицензии на 5 человек",
  """Здравствуйте Руслан, мне ваш номер дал Бауыржан из Kaspi-магазина. У меня мебельный цех, 5 человек в офисе, хочу нормальную программу для склада и заказов вместо тетрадки. Сколько стоят лицензии и обучение? Спасибо""",
  ib="ye02")
M("ye02", "2026-11-11 10:30", "ruslan", "yerlan", "RE: лицензии на 5 человек",
  """Ерлан, добрый день!

Для 5 пользователей есть облачная версия Norvane Start:
- подписка 5 пользователей – 38 000 тенге в месяц (оплата за год – 410 000 тенге);
- настройка склада и заказов + обучение 1 день – 350 000 тенге разово.

Могу показать онлайн за 30 минут, когда удобно?""",
  quote="gmail_ru", re="ye01")
M("ye03", "2026-11-12 08:05", "yerlan", "ruslan", "Re: RE: лицензии на 5 человек",
  """Дороговато для нас честно. Подумаю, после нового года наверно. Спасибо""",
  quote="gmail_ru", re="ye02", ib="no")
N("yerlan.mebel.almaty@gmail.com", "ruslan", "licences", "proposal", "ye02", None, None, (41000000, "KZT"), None)

M("no01", "2026-11-23 19:40", "nodira", "dilshod", "small ERP for atelier?",
  """Hello, do you do small implementation? We are sewing atelier, 3 users, need stock of fabric and orders. Can we talk by phone? Thursday after lunch is good for me.""",
  ib="no02")
M("no02", "2026-11-24 09:20", "dilshod", "nodira", "RE: small ERP for atelier?",
  """Nodira, hello! Yes, I will call you on Thursday at 14:00.""", quote="gmail_en", re="no01",
  ag=[("manager", "Yes, I will call you on Thursday at 14:00.", "2026-11-26", "kept")])
M("no03", "2026-11-26 15:10", "nodira", "dilshod", "Re: RE: small ERP for atelier?",
  """Thank you for call Dilshod! Waiting for the price for cloud version as you said.""", quote="gmail_en", re="no02", ib="open")
N("nodira.atelier.tash@gmail.com", "dilshod", "licences", "qualified", "no03", None, None, None, None)

# =============================================================================
# Noise: newsletter, cold sender, thanks only, vendor news, internal
# =============================================================================
M("nw01", "2026-10-14 07:00", "news", ["timur", "ruslan"], "ERP Insider CA #41: 1C vs global ERP in Kazakhstan, IS ESF changes from January",
  """ERP INSIDER – CENTRAL ASIA | issue 41

• IS ESF: new fields in electronic invoices from 1 January 2027
• Survey: 62% of mid-size companies in Uzbekistan plan ERP replacement in 2027
• Case: how a Shymkent cement plant cut maintenance downtime by 18%
• Events: Digital Almaty 2027 registration open

You receive this because you subscribed at erp-insider.news. Unsubscribe: https://erp-insider.news/u/8d1f""",
  sig=False, hdr={"List-Unsubscribe": "<https://erp-insider.news/u/8d1f>", "Precedence": "bulk"})
M("nw02", "2026-11-18 07:00", "news", ["timur", "ruslan", "dilshod"], "ERP Insider CA #46: year-end budget season, what CFOs ask integrators",
  """ERP INSIDER – CENTRAL ASIA | issue 46

• Year-end: 5 questions CFOs ask before signing an ERP contract
• Fixed price or T&M? Opinions of 4 integrators
• Uzbekistan: new e-invoice requirements (Soliq) for exporters

Unsubscribe: https://erp-insider.news/u/8d1f""",
  sig=False, hdr={"List-Unsubscribe": "<https://erp-insider.news/u/8d1f>", "Precedence": "bulk"})
M("cold01", "2026-10-21 13:10", "vikram", "timur", "Offshore Norvane developers @ USD 18/hour",
  """Hi Timur,

Hope you are doing well! We are a 250+ member offshore team with certified Norvane, SAP and Odoo developers. We can augment your delivery capacity at USD 18/hour with 2-week free trial.

Would you be open for a quick 15 min call this week?""")
M("cold02", "2026-11-04 13:15", "vikram", "timur", "Re: Offshore Norvane developers @ USD 18/hour",
  """Hi Timur, just bumping this up in your inbox. Let me know a good time to connect!""", re="cold01", quote="gmail_en")
M("th01", "2026-10-16 22:10", "aida", "ruslan", "Спасибо за доклад",
  """Руслан, здравствуйте! Была на вашем докладе на EdTech Summit про цифровизацию вузов, очень полезно, спасибо за презентацию!""")
M("pr01", "2026-11-02 12:00", "priya", ["timur", "ruslan", "dilshod"], "Norvane Q4 partner promo: 10% extra on new logos till 31 Dec",
  """Hi team Kestrel,

Quick reminder: for new-logo deals closed and booked by 31 Dec, Norvane gives partners an extra 10% margin on licences (not stackable with competitive discounts). Deal reg is mandatory.

Also: partner kick-off 2027 in Dubai on 20 January, pls confirm attendees by 15 Dec.

Cheers""")
M("in01", "2026-11-23 09:00", "aigerim", ["timur", "ruslan", "dilshod"], "Pipeline review в четверг",
  """Коллеги, в четверг 26.11 в 10:00 pipeline review. К встрече: по каждой сделке этап, сумма, следующий шаг и дата. Дильшод – по Teams.

Отдельно: Сарыарка (MSA), Kraft (новый скоуп), Hanbit (скидка) и Steppe (итоги пилота).""")
E("ev-int-pipe", "aigerim", ["timur", "ruslan", "dilshod"], "2026-11-26 10:00", 90, "Pipeline review (internal)", "Almaty office, room Tengri / Teams",
  created="2026-11-23 09:00")
M("in02", "2026-11-23 09:40", "timur", "aigerim", "RE: Pipeline review в четверг",
  """Ок. Kraft пересчитываю, успею к четвергу.""", re="in01", quote="outlook_ru")
M("in03", "2026-11-30 10:00", "zarina", ["aigerim", "timur", "ruslan", "dilshod"], "График работы в праздники декабрь",
  """Коллеги, напоминаю: 16 декабря выходной (День Независимости), алматинский офис закрыт. Ташкент работает 16-го, у них выходной 8 декабря (День Конституции).
Командировки на январь прошу согласовать до 20 декабря.""")
M("in04", "2026-12-03 18:40", "dilshod", "aigerim", "RE: Silk Thread CR-01 скидка",
  """Айгерим, напомни пожалуйста по CR-01 Silk Thread, Бахадир ждёт.""", re="st18", quote="outlook_ru")

# =============================================================================
# Telephony: "Kerio Operator"-style CDR export with its own column names (mapped in dealtrail.toml)
# =============================================================================
CALL_HEADER = ["Call Started", "Dir", "Agent Ext.", "Remote Party", "Talk Sec", "Outcome", "Remark", "Session UUID", "Trunk"]
EXT = {"aigerim": "100", "timur": "101", "ruslan": "102", "dilshod": "201"}


def C(label, when, direction, mgr, phone, talk, outcome, note="", client=None):
    trunk = "UZ-Beeline-SIP" if mgr == "dilshod" else "KZ-KT-SIP1"
    CALLS.append(dict(label=label, mgr=mgr, client=client,
                      row=[when, direction, EXT[mgr], phone, str(talk), outcome, note, "", trunk]))


C("al-call1", "2026-10-07 11:05:14", "Outbound", "ruslan", "+7 727 390 60 60", 912, "Answered",
  "Alatau: WMS Solvo + billing, KP до пятницы", "Alatau Logistics Park")
C("ss-call1", "2026-10-05 16:02:40", "Inbound", "timur", "87019124077", 540, "Answered", "", "Saryarka Sut")
C("st-call1", "2026-10-07 19:01:05", "Outbound", "dilshod", "+998 90 977 11 02", 604, "Answered",
  "Bahodir: 290 MD ok in principle", "Silk Thread Textile")
C("sd-call1", "2026-10-09 10:31:50", "Outbound", "ruslan", "+7 (701) 558-93-20", 1310, "Answered",
  "Steppe: pilot Kulsary, free pilot + trial licences", "Steppe Drilling Services")
C("kr-call0", "2026-10-26 11:00:30", "Outbound", "timur", "+7 727 331 50 90", 0, "Busy", "", "Kraft Autoteile Almaty")
C("eu-call1", "2026-11-02 15:20:00", "Outbound", "ruslan", "+7 727 300 21 17", 0, "No Answer", "", "Esil International University")
C("an-call1", "2026-11-04 12:30:22", "Outbound", "ruslan", "+971 50 644 2187", 1460, "Answered",
  "Al Noor: intro, demo 12.11 11:00 Dubai", "Al Noor Trading House")
C("ye-call1", "2026-11-11 12:10:00", "Outbound", "ruslan", "8 707 314 22 90", 262, "Answered",
  "Ерлан мебель: демо пока не хочет", "yerlan.mebel.almaty@gmail.com")
C("zf-call1", "2026-11-13 11:01:35", "Outbound", "dilshod", "+998 93 410 72 18", 2350, "Answered",
  "Zarafshan discovery, requirements by mail", "Zarafshan Foods")
C("dp-miss", "2026-11-16 09:05:11", "Inbound", "ruslan", "+7 727 259 14 30", 0, "No Answer", "", "Dana Pharm")
C("dp-head", "2026-11-16 12:04:00", "Outbound", "aigerim", "+7 777 402 18 66", 610, "Answered",
  "Айгерим: извинения, часы SLA за ноябрь не считаем", "Dana Pharm")
C("dp-call1", "2026-11-16 16:35:48", "Outbound", "ruslan", "+7 777 402 18 66", 1104, "Answered",
  "Дана Фарм: план по инцидентам + руководитель поддержки, встреча 17.11 11:00", "Dana Pharm")
C("sd-call2", "2026-11-16 08:50:02", "Inbound", "ruslan", "+7 7122 55 06 31", 300, "Answered", "go-live ok", "Steppe Drilling Services")
C("qc-call1", "2026-11-16 17:02:10", "Outbound", "timur", "+7 7262 54 30 12", 362, "Answered",
  "Каратау: выбрали Astana Digital, решила цена", "Qaratau Cement")
C("unk-1", "2026-11-19 10:14:00", "Inbound", "timur", "+7 701 444 19 80", 35, "Answered", "")
C("ay-call1", "2026-11-20 11:30:40", "Inbound", "timur", "+7 727 311 09 64", 240, "Answered",
  "Anatolia: спрашивали про SLA шаблон", "Anatolia Yapi Central Asia")
C("ab-call1", "2026-11-20 17:45:00", "Inbound", "ruslan", "+7 7142 53 19 08", 180, "Answered",
  "Алтын Бидай: обучение прошло хорошо", "Altyn Bidai")
C("int-1", "2026-11-25 14:00:00", "Outbound", "timur", "100", 1250, "Answered", "")
C("hb-miss", "2026-11-26 10:00:05", "Outbound", "dilshod", "+998 71 202 88 40", 0, "No Answer", "", "Hanbit Electronics Central Asia")
C("no-call1", "2026-11-26 14:02:18", "Outbound", "dilshod", "+998 97 744 05 61", 842, "Answered",
  "Nodira atelier: 3 users, cloud, send price", "nodira.atelier.tash@gmail.com")
C("an-call2", "2026-11-30 16:10:00", "Outbound", "ruslan", "+971 4 295 3300", 305, "Answered",
  "Al Noor: scope summary отправлен", "Al Noor Trading House")
C("dp-call2", "2026-12-01 11:20:30", "Inbound", "ruslan", "+7 777 402 18 66", 421, "Answered",
  "Сауле: даты обучения от HR пока нет, обсудим 10.12", "Dana Pharm")
C("hb-call1", "2026-12-02 10:31:00", "Inbound", "dilshod", "+998 71 202 88 40", 418, "Answered",
  "Hanbit: committee 8.12, answer 9.12", "Hanbit Electronics Central Asia")
C("cm-miss", "2026-12-02 16:40:00", "Inbound", "timur", "+7 7292 20 14 55", 0, "No Answer", "", "Caspian Marine Supply")
C("st-miss", "2026-12-02 17:45:30", "Inbound", "dilshod", "+998 90 977 11 02", 0, "No Answer", "", "Silk Thread Textile")
C("kr-call1", "2026-12-03 16:20:00", "Inbound", "timur", "+7 727 331 50 90", 780, "Answered",
  "Kraft: HQ склоняется к T&M с cap, решение HQ 15.12, созвон 16.12", "Kraft Autoteile Almaty")
C("ss-miss", "2026-12-04 11:00:00", "Outbound", "timur", "+7 701 912 40 77", 0, "No Answer", "", "Saryarka Sut")
CALLS.sort(key=lambda c: c["row"][0])
for _i, _c in enumerate(CALLS):
    _c["row"][7] = "1764%06d.%04d" % (_i * 7919 % 1000000, 100 + _i)

# =============================================================================
# Plans and booked sales
# =============================================================================
PLANS = [
    ["2026-Q4", "company", "", "", "", "amount", "260000000", "KZT"],
    ["2026-Q4", "manager", "", "timur.sadykov@kestrel.kz", "", "amount", "120000000", "KZT"],
    ["2026-Q4", "manager", "", "ruslan.ospanov@kestrel.kz", "", "amount", "65000000", "KZT"],
    ["2026-Q4", "manager", "", "dilshod.karimov@kestrel.uz", "", "amount", "75000000", "KZT"],
    ["2026-12", "manager", "", "timur.sadykov@kestrel.kz", "erp", "amount", "60000000", "KZT"],
    ["2026-12", "manager", "", "dilshod.karimov@kestrel.uz", "licences", "amount", "30000000", "KZT"],
    ["2026-Q4", "manager", "", "ruslan.ospanov@kestrel.kz", "training", "deals", "3", ""],
]
SALES = [
    ["KS-2026-0398", "31.10.2026", "ruslan.ospanov@kestrel.kz", "support", "Dana Pharm", "900000", "KZT"],
    ["KS-2026-0412", "28.10.2026", "dilshod.karimov@kestrel.uz", "erp", "Silk Thread Textile", "98600", "USD"],
    ["KS-2026-0431", "09.11.2026", "ruslan.ospanov@kestrel.kz", "training", "Altyn Bidai", "960000", "KZT"],
    ["KS-2026-0467", "30.11.2026", "ruslan.ospanov@kestrel.kz", "support", "Dana Pharm", "900000", "KZT"],
]

# =============================================================================
# dealtrail configuration (written by build.py as dealtrail.toml)
# =============================================================================
_MGR = [("aigerim", "head", "Almaty"), ("timur", "manager", "Almaty"), ("ruslan", "manager", "Almaty"),
        ("dilshod", "manager", "Tashkent")]
CONFIG = '''# Kestrel Systems (invented test company): ERP integrator, Almaty + Tashkent + Dubai partner desk.
database = "dealtrail.db"

[company]
name = "Kestrel Systems"
internal_domains = ["kestrel.kz", "kestrel.uz"]
base_currency = "KZT"
country = "KZ"
timezone = "Asia/Almaty"
locale = "en"
'''
for _k, _role, _team in _MGR:
    _p = PEOPLE[_k]
    CONFIG += f'''
[[managers]]
email = "{_p['email']}"
name = "{_p['name']}"
role = "{_role}"
team = "{_team}"
timezone = "{_p['tz']}"
locale = "{'ru' if _k == 'dilshod' else 'en'}"
extension = "{EXT[_k]}"
'''
for _k, _role, _team in _MGR:
    _p = PEOPLE[_k]
    CONFIG += f'''
[[mailboxes]]
name = "{_k}-mail"
kind = "maildir"
owner = "{_p['email']}"
path = "mail/{_k}"

[[mailboxes]]
name = "{_k}-calendar"
kind = "ics"
owner = "{_p['email']}"
path = "calendar/{_k}"
'''
CONFIG += '''
[[products]]
code = "erp"
name_en = "ERP implementation"
name_ru = "Внедрение ERP"
aliases = ["ERP implementation", "внедрение ERP", "внедрение", "implementation", "rollout", "ERP Phase 1"]

[[products]]
code = "licences"
name_en = "Licences"
name_ru = "Лицензии"
aliases = ["licence", "licences", "license", "licenses", "лицензии", "лицензия", "named user", "подписка"]

[[products]]
code = "support"
name_en = "Support SLA"
name_ru = "Поддержка (SLA)"
aliases = ["support SLA", "SLA", "support", "поддержка", "сопровождение"]

[[products]]
code = "migration"
name_en = "Data migration"
name_ru = "Миграция данных"
aliases = ["data migration", "migration", "миграция", "миграция данных", "перенос данных"]

[[products]]
code = "training"
name_en = "Training"
name_ru = "Обучение"
aliases = ["training", "обучение", "тренинг", "user training"]

[clients]
directory = "clients.csv"
auto_create = true

[imports]
plans = "plans.csv"
sales = ["sales.csv"]
calls = "calls.csv"
fx_rates = {USD = 510.0, EUR = 590.0, AED = 139.0, UZS = 0.041}

[imports.calls_columns]
time = "Call Started"
direction = "Dir"
manager = "Agent Ext."
phone = "Remote Party"
duration = "Talk Sec"
status = "Outcome"
note = "Remark"
call_id = "Session UUID"
ignore = "Trunk"

[pipeline]
stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]
probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}
'''


# =============================================================================
# More mail (English side of the threads)
# =============================================================================
M("kr02b", "2026-10-20 17:10", "timur", "juergen", "Minutes: meeting 20 October – fixed price vs T&M",
  """Dear Mr. Weber,

thank you for today's meeting. Minutes:

| # | Topic | Result | Owner |
|---|-------|--------|-------|
| 1 | Contract model | Kraft to decide between fixed (EUR 96,000) and T&M with cap (EUR 101,200) | J. Weber, HQ |
| 2 | SAP IDoc interface | included, Stuttgart IT contact: Mr. Brandt | T. Sadykov |
| 3 | Payment terms | open, to be proposed by Kraft | J. Weber |
| 4 | Start date | 1 December 2026 at earliest | – |""",
  quote="outlook_en", quote_of="kr02", re="kr02")
M("kr02c", "2026-10-21 08:30", "juergen", "timur", "RE: Minutes: meeting 20 October – fixed price vs T&M",
  """Dear Mr. Sadykov, thank you for the minutes, correct from our side. Kind regards""",
  quote="outlook_en", re="kr02b", ib="no")
M("ay05b", "2026-10-20 10:40", "elif", "timur", "RFQ AYCA-IT-2026/041 – submission format",
  """Dear Mr. Sadykov,

Please note that the quotation shall be submitted both by e-mail in PDF, signed and stamped, and in hard copy to our Almaty branch office (Dostyk ave. 210, 5th floor) in a sealed envelope. Kindly confirm.

Sincerely,""", ib="ay05c")
M("ay05c", "2026-10-20 13:15", "timur", "elif", "RE: RFQ AYCA-IT-2026/041 – submission format",
  """Dear Ms. Yıldırım, confirmed - the signed PDF by e-mail and the sealed hard copy to Dostyk 210 on 22 October.""",
  quote="outlook_en", re="ay05b",
  ag=[("manager", "Dear Ms. Yıldırım, confirmed - the signed PDF by e-mail and the sealed hard copy to Dostyk 210 on 22 October.", "2026-10-22", "kept")])
M("hb03b", "2026-11-06 09:20", "park", "dilshod", "Thank you for training walkthrough",
  """Dear Mr. Dilshod,

Thank you very much for yesterday's walkthrough, it was very clear. Our HQ team also appreciated.

Best regards,
Park Ji-hoon""", sig=False, ib="no")
M("hb05b", "2026-11-03 14:30", "park", "dilshod", "RE: Quotation: Norvane licences and training – Hanbit Electronics",
  """Dear Mr. Dilshod,

One more question please: for Almaty training, can it be in our office (Nurly Tau business center) instead of your training room? We have room for 12 persons with projector.

Best regards,
Park Ji-hoon""", sig=False, quote="outlook_en", re="hb05", ib="hb05c")
M("hb05c", "2026-11-03 16:00", "dilshod", "park", "RE: Quotation: Norvane licences and training – Hanbit Electronics",
  """Dear Mr. Park, yes, of course - training in your office is fine, the price stays the same.""",
  quote="outlook_en", re="hb05b")
M("hb11", "2026-12-02 11:00", "dilshod", "priya", "Hanbit – committee on 8 Dec",
  """Hi Priya, Hanbit's committee meets 8 Dec, they wanted 15% and we offered 850/user. If they come back asking for more, is there any room from Norvane side before 18 Dec?""")
M("hb12", "2026-12-02 15:45", "priya", "dilshod", "RE: Hanbit – committee on 8 Dec",
  """Hi Dilshod, I can go to 820 max if it closes in December, needs VP approval so pls tell me by 10 Dec. Fingers crossed!""",
  quote="outlook_en", re="hb11")
M("an05b", "2026-11-26 10:20", "khalid", "ruslan", "Thank you for the visit",
  """Dear Ruslan,

It was our pleasure to host you and your colleague. Our team found the sessions very useful. Safe travels back to Almaty.

Best regards,""", ib="no")
M("an11", "2026-12-03 13:40", "anil", "ruslan", "RE: Al Noor – scope summary (draft for your confirmation)",
  """Hi Ruslan,

PFB our comments on scope summary v1:
1. Please add inter-company stock transfer between JAFZA and mainland (customs docs).
2. Almaty branch need 1C-compatible export for local auditor - kindly confirm feasibility.
3. Users are 48 not 45 (3 more in warehouse).
4. CRM we may need in phase 2, kindly keep it as option.

Kindly revert before the meeting on 9th.""",
  cc=["khalid"], quote="outlook_en", quote_of="an08", re="an10", ib="an12")
M("an12", "2026-12-03 17:05", "ruslan", "anil", "RE: Al Noor – scope summary (draft for your confirmation)",
  """Anil, thanks - all 4 points noted. I will update the scope summary and send you v2 before our meeting on the 9th.""",
  cc=["khalid"], quote="outlook_en", re="an11",
  ag=[("manager", "I will update the scope summary and send you v2 before our meeting on the 9th.", "2026-12-09", "open")])
M("st14b", "2026-11-27 10:05", "kamola", "dilshod", "CR-01 start date",
  """Dilshod, CR-01 not signed yet (Bahodir aka reviewing). If signed 2 December, start 3 December and finish 21 December? 1C access ready from 1 December.""",
  ib="st14c")
M("st14c", "2026-11-27 12:30", "dilshod", "kamola", "RE: CR-01 start date",
  """Kamola, yes - 3.12 to 21.12 if signed on 2.12. Each week later moves the end date by a week.""",
  quote="outlook_en", re="st14b")
M("sd13", "2026-12-04 09:10", "daniyar", "ruslan", "board date",
  """Ruslan, board meeting for rollout decision 17.12. Proposal needed latest 10.12 for board pack. Kick-off 1.03 still target?""",
  ib="sd14")
M("sd14", "2026-12-04 11:30", "ruslan", "daniyar", "RE: board date",
  """Daniyar, noted. Proposal comes on 9.12 as promised to Asel. 1.03 kick-off realistic if board approves 17.12.""",
  quote="outlook_en", re="sd13",
  ag=[("manager", "Proposal comes on 9.12 as promised to Asel.", "2026-12-09", "open")])
M("pn01", "2026-11-25 06:00", "pnews", ["timur", "ruslan", "dilshod", "aigerim"], "Norvane Partner News – November 2026",
  """NORVANE PARTNER NEWS | November 2026

• Norvane 2027.1 release: new Kazakhstan and Uzbekistan e-invoice connectors
• Partner Kick-off 2027, Dubai, 20-21 January – registration open
• New certification track: Norvane Manufacturing Consultant

You are receiving this e-mail as a registered Norvane partner. Manage preferences: https://partners.norvane.com/prefs""",
  sig=False, hdr={"List-Unsubscribe": "<https://partners.norvane.com/prefs>", "Precedence": "bulk"})
M("cm00", "2026-12-02 16:45", "timur", "rajesh", "RE: Requirement of ERP licences + support – Caspian Marine Supply",
  """Dear Rajesh, sorry I missed your call just now - I was in a workshop. Our call stays on Monday 11:00 as agreed.""",
  quote="gmail_en", quote_of="cm03", re="cm03")
M("st10b", "2026-11-19 08:45", "kamola", "dilshod", "Blueprint document – where?",
  """Dilshod, this is the third reminder. Blueprint document was promised for 13.11, today is 19.11 and we still have nothing. Our team cannot start data cleansing without it, and the January go-live plan is now at risk. Please give exact date today.""",
  cc=["aigerim"], cmp="us", ib="st10c")
M("st10c", "2026-11-19 10:20", "dilshod", "kamola", "RE: Blueprint document – where?",
  """Kamola, you are right, sorry - the consultant who writes the warehouse chapter was sick, this is our fault. The blueprint document will be with you on Monday 23.11 by 12:00, without delay this time.""",
  cc=["aigerim"], quote="outlook_en", re="st10b",
  ag=[("manager", "The blueprint document will be with you on Monday 23.11 by 12:00, without delay this time.", "2026-11-23", "kept")])
M("st10d", "2026-11-23 11:35", "dilshod", "kamola", "Silk Thread – Blueprint v1.0",
  """Kamola, blueprint v1.0 attached (112 pages). Please send comments by 30.11, we will discuss them on the weekly call.""",
  cc=["bahodir"], att=["SilkThread_Blueprint_v1.0.pdf"])
