"""Schetny Dvor (ООО «Счётный двор»): an invented accounting / payroll / tax outsourcing firm.

Every message, meeting and call below is written by hand, with its labels.
build.py turns this into Maildirs, .ics calendars, calls.csv, sales.csv, plans.csv and truth.json.

Message keys are short names (``sb1``); build.py makes Message-IDs from them.
Labels on a message:
  na=True/False      inbound client message: does it need an answer
  ab=key|"ics:UID"|"call:KEY"|None   what answered it (None = not answered)
  agreed=[(quote, due, status)]  commitments of the sender (side from the sender)
  complaint=True/False  complaint about us (True) or a grievance about a third party (False)
"""

AS_OF = "2026-12-04T18:00:00+03:00"
TIMEZONE = "Europe/Moscow"
DOMAIN = "schetdvor.ru"

MANAGERS = {
    "gromova@schetdvor.ru": dict(name="Ирина Громова", role="head", tz="Europe/Moscow", off="+0300", ext="101", box="gromova", locale="ru"),
    "shuvaev@schetdvor.ru": dict(name="Денис Шуваев", role="manager", tz="Europe/Moscow", off="+0300", ext="102", box="shuvaev", locale="ru"),
    "markova@schetdvor.ru": dict(name="Елена Маркова", role="manager", tz="Europe/Moscow", off="+0300", ext="104", box="markova", locale="ru"),
    "aigul@schetdvor.ru": dict(name="Айгуль Токтогулова", role="manager", tz="Asia/Bishkek", off="+0600", ext="103", box="aigul", locale="ru"),
}

# client, domains, owner, segment, phones
CLIENTS = [
    ("ООО «СеулБьюти Рус»", "seoulbeauty.ru", "markova@schetdvor.ru", "foreign subsidiary", "+7 495 640-21-17"),
    ("ООО «Росси Маккине Рус»", "rossimu.ru; rossimu.it", "markova@schetdvor.ru", "foreign subsidiary", ""),
    ("Brightpath Learning Ltd", "brightpath.co.uk", "aigul@schetdvor.ru", "foreign subsidiary", ""),
    ("ТОО «Алатау Логистик»", "alataulog.kz", "aigul@schetdvor.ru", "Kazakhstan", "+7 727 355-40-12"),
    ("ОсОО «Ала-Тоо Трейд»", "alatoo-trade.kg", "aigul@schetdvor.ru", "Kyrgyzstan", "+996 312 62-44-18"),
    ("ТОО «Каспий Нефтесервис»", "kaspiy-ns.kz", "aigul@schetdvor.ru", "Kazakhstan", ""),
    ("ООО «Вектор-Строй»", "vektor-stroy.ru", "shuvaev@schetdvor.ru", "SMB", "+7 916 204-18-77"),
    ("ООО «ТехноПарк Юг»", "tpyug.ru", "shuvaev@schetdvor.ru", "SMB", "+7 861 299-05-40; +7 918 411-27-63"),
    ("АО «Агрохолдинг Колос»", "agrokolos.ru", "shuvaev@schetdvor.ru", "mid-market", "+7 473 260-81-90"),
    ("ООО «Гранит Девелопмент»", "granit-dev.ru", "shuvaev@schetdvor.ru", "mid-market", "+7 495 788-13-02"),
    ("ООО «Хлебный Дом»", "hlebdom.ru", "shuvaev@schetdvor.ru", "SMB", ""),
    ("ООО «МедЛайн Клиник»", "medline-clinic.ru", "markova@schetdvor.ru", "mid-market", ""),
    ("ООО «Северный Ветер»", "sever-veter.ru", "markova@schetdvor.ru", "mid-market", "+7 812 407-33-61"),
    ("ООО «Дельта Фарм»", "deltapharm.ru", "gromova@schetdvor.ru", "mid-market", ""),
    ("ООО «Ван Дейк Флауэрс Рус»", "vandijkflowers.ru", "markova@schetdvor.ru", "foreign subsidiary", ""),
]

# display names and UTC offsets of external people
PEOPLE = {
    "jiwon.kim@seoulbeauty.ru": ("Kim Ji-won", "+0300"),
    "marco.bellini@rossimu.ru": ("Marco Bellini", "+0300"),
    "n.orlova@rossimu.ru": ("Наталья Орлова", "+0300"),
    "g.ferrari@rossimu.it": ("Giulia Ferrari", "+0100"),
    "sophie.turner@brightpath.co.uk": ("Sophie Turner", "+0000"),
    "tom@brightpath.co.uk": ("Tom Hale", "+0000"),
    "e.saparov@alataulog.kz": ("Ержан Сапаров", "+0500"),
    "b.osmonov@alatoo-trade.kg": ("Бакыт Осмонов", "+0600"),
    "d.zhumabaev@kaspiy-ns.kz": ("Даурен Жумабаев", "+0500"),
    "kuznetsov@vektor-stroy.ru": ("Павел Кузнецов", "+0300"),
    "m.lebedeva@tpyug.ru": ("Марина Лебедева", "+0300"),
    "o.gusev@tpyug.ru": ("Олег Гусев", "+0300"),
    "ryabov@agrokolos.ru": ("Рябов Сергей Михайлович", "+0300"),
    "zaitsev@granit-dev.ru": ("Виктор Зайцев", "+0300"),
    "olga@hlebdom.ru": ("Ольга Ветрова", "+0300"),
    "a.belova@medline-clinic.ru": ("Белова Анна Сергеевна", "+0300"),
    "i.kotova@medline-clinic.ru": ("Котова Ирина", "+0300"),
    "panov@sever-veter.ru": ("Игорь Панов", "+0300"),
    "a.kovalev@deltapharm.ru": ("Андрей Ковалёв", "+0300"),
    "olga.sidorenko77@mail.ru": ("Ольга Сидоренко", "+0300"),
    "yuna.choi@seoulbeauty.ru": ("Choi Yu-na", "+0300"),
    "pieter.devries@vandijkflowers.ru": ("Pieter de Vries", "+0300"),
    "digest@buhpravo.ru": ("БухПраво — дайджест", "+0300"),
    "weekly@cistaxbrief.com": ("CIS Tax Brief", "+0000"),
    "partners@cloudledger.io": ("CloudLedger Partnerships", "+0100"),
    "hello@leadforge.pro": ("LeadForge", "+0300"),
}

SIG = {
    "markova@schetdvor.ru": "--\nЕлена Маркова\nруководитель направления по работе с иностранными компаниями\nООО «Счётный двор» | +7 495 120-44-04 доб. 104 | +7 925 318-60-72\nschetdvor.ru",
    "markova_en": "--\nElena Markova\nHead of International Clients, Schetny Dvor LLC\n+7 495 120-44-04 ext. 104 | mobile +7 925 318-60-72",
    "shuvaev@schetdvor.ru": "--\nДенис Шуваев, Счётный двор\n+7 903 771-20-15",
    "aigul@schetdvor.ru": "С уважением,\nАйгуль Токтогулова\nменеджер по Казахстану и Кыргызстану, ООО «Счётный двор»\nг. Бишкек | +996 555 71-40-22 | WhatsApp тот же",
    "aigul_en": "Best regards,\nAigul Toktogulova\nAccount Manager, Central Asia | Schetny Dvor\nBishkek | +996 555 71-40-22",
    "gromova@schetdvor.ru": "С уважением,\nИрина Валентиновна Громова\nгенеральный директор ООО «Счётный двор»\n+7 495 120-44-04 доб. 101",
}

MSGS = []
_keys = set()


def m(key, date, frm, to, subj, body, cc=(), irt=None, noref=False, quote=None, att=(), na=None, ab=None,
      agreed=(), complaint=None, extra=None):
    assert key not in _keys, key
    _keys.add(key)
    MSGS.append(dict(key=key, date=date, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                     cc=list(cc), subj=subj, body=body, irt=irt, noref=noref, quote=quote, att=list(att),
                     na=na, ab=ab, agreed=list(agreed), complaint=complaint, extra=extra or {}))


MK, DS, AI, HD = "markova@schetdvor.ru", "shuvaev@schetdvor.ru", "aigul@schetdvor.ru", "gromova@schetdvor.ru"

# ---------------------------------------------------------------------------------------------
# 1. SeoulBeauty Rus (Korean cosmetics importer) — Markova, English. bookkeeping + payroll.
#    Stage: contract (v2 draft after redlines), signing booked for 9 Dec at their office.
KIM = "jiwon.kim@seoulbeauty.ru"
m("sb1", "2026-10-13 10:12", KIM, MK, "Accounting outsourcing for SeoulBeauty Rus",
  """Dear Ms. Markova,

I got your contact from Mr. Park at the Korean Business Association in Moscow. We are the Russian importer of three Korean cosmetics brands (about 40 staff, warehouse in Khimki).

Our current accounting provider is closing its Moscow office at year end, so we are looking for a new firm for bookkeeping and payroll from 1 January 2027. Roughly 1,200 primary documents per month and 38 employees on payroll, plus the monthly reporting package for our head office in Seoul (IFRS mapping, in English).

Could you tell me if this is something you do, and what the next step would be?

Kind regards,
Kim Ji-won
CFO, SeoulBeauty Rus LLC
+7 495 640-21-17 | +7 926 551-08-34""", na=True, ab="sb2")
m("sb2", "2026-10-13 12:40", MK, KIM, "RE: Accounting outsourcing for SeoulBeauty Rus",
  """Dear Ms. Kim,

Thank you for reaching out, and please pass my regards to Mr. Park.

Yes, this is exactly what we do: about a third of our clients are subsidiaries of foreign groups. To prepare a proper proposal I suggest the following:

1. A 45-minute discovery call in Zoom. I can offer Friday, 16 October, 11:00 Moscow time; I will send an invitation.
2. Before the call, if possible, a sample month of documents by type (sales invoices, customs declarations, UPDs, advance reports) — approximate numbers are fine.
3. The format of the Seoul reporting package (a blank template is enough).
4. After the call I will send you a commercial proposal with monthly fees for bookkeeping and payroll separately.

I will send you the Zoom invitation today.

""" + SIG["markova_en"], irt="sb1", quote="outlook_en",
  agreed=[("I will send you the Zoom invitation today.", "2026-10-13", "kept")])
m("sb3", "2026-10-21 17:05", MK, KIM, "Commercial proposal — SeoulBeauty Rus, bookkeeping and payroll from 2027",
  """Dear Ms. Kim,

Thank you for the call on Friday and for the document statistics. Please find attached our commercial proposal (KP_SeoulBeauty_2027.pdf). In short:

1. Bookkeeping and tax accounting, up to 1,200 documents per month: 185,000 RUB per month.
2. Payroll and personnel reporting for up to 40 employees: 45,600 RUB per month.
3. Monthly IFRS reporting package for Seoul in English: included.
4. Total: 230,600 RUB per month, or 2,767,200 RUB for 2027 (VAT not applicable, simplified tax system).

Documents above 1,200 per month are billed at 140 RUB each. The proposal is valid until 30 November.

I am happy to walk your team through it in a short call.

""" + SIG["markova_en"], att=[("KP_SeoulBeauty_2027.pdf", "application/pdf")])
m("sb4", "2026-10-26 09:48", KIM, MK, "RE: Commercial proposal — SeoulBeauty Rus, bookkeeping and payroll from 2027",
  """Dear Elena,

Thank you, the proposal is clear and Seoul liked the English reporting part.

However, head office finds the total too high compared with our current provider (they quote 195,000 per month all-in). Is a discount of about 10% possible if we sign for two years?

Best regards,
Ji-won

-----Original Message-----
From: Elena Markova <markova@schetdvor.ru>
Sent: Wednesday, October 21, 2026 5:05 PM
To: Kim Ji-won <jiwon.kim@seoulbeauty.ru>
Subject: Commercial proposal — SeoulBeauty Rus, bookkeeping and payroll from 2027

Dear Ms. Kim,
Thank you for the call on Friday and for the document statistics. Please find attached our commercial proposal...""",
  irt="sb3", na=True, ab="sb5")
m("sb5", "2026-10-28 11:30", MK, KIM, "RE: Commercial proposal — SeoulBeauty Rus, bookkeeping and payroll from 2027",
  """Dear Ji-won,

I discussed your request with our CEO. For a two-year contract we can offer:

1. Bookkeeping, up to 1,200 documents: 172,000 RUB per month (instead of 185,000).
2. Payroll up to 40 employees: 43,000 RUB per month (instead of 45,600).
3. Total: 215,000 RUB per month, i.e. 2,580,000 RUB for 2027; the 2028 price is fixed at the same level.
4. Everything else as in the proposal of 21 October.

If this works for Seoul, I will prepare the contract draft.

""" + SIG["markova_en"], irt="sb4", quote="outlook_en",
  agreed=[("If this works for Seoul, I will prepare the contract draft.", None, "kept")])
m("sb6", "2026-11-05 14:02", KIM, MK, "RE: Commercial proposal — SeoulBeauty Rus, bookkeeping and payroll from 2027",
  """Elena,

Good news: Seoul approved 215,000 per month for two years. Please send us the contract draft, our lawyer will review it. We want to start on 1 January.

Ji-won""", irt="sb5", na=True, ab="sb7")
m("sb7", "2026-11-09 16:20", MK, KIM, "Contract draft — SeoulBeauty Rus / Schetny Dvor",
  """Dear Ji-won,

As agreed, please find attached the draft service agreement (Dogovor_SeoulBeauty_draft_v1.docx), bilingual Russian/English:

1. Scope: bookkeeping, tax accounting, payroll, HR reporting, monthly IFRS package.
2. Fee: 215,000 RUB per month, fixed for 2027 and 2028.
3. Term: two years from 1 January 2027, with a three-month transition from your current provider in December.
4. Liability: limited to three monthly fees, penalties for late statutory filings borne by us.

Please send me your lawyer's comments in track changes; we will turn them around within two working days.

""" + SIG["markova_en"], irt="sb6", noref=True, att=[("Dogovor_SeoulBeauty_draft_v1.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
  agreed=[("Please send me your lawyer's comments in track changes; we will turn them around within two working days.", None, "kept")])
m("sb8", "2026-11-17 18:15", KIM, MK, "RE: Contract draft — SeoulBeauty Rus / Schetny Dvor",
  """Elena,

Our lawyer's comments are attached (v1_SB_comments.docx). The main points:
- liability cap should be six monthly fees, not three;
- a penalty of 0.1% per day if salaries are paid late because of your error;
- the English version prevails.

Could you answer by Friday, 20 November? We present the contract to our board on 24th.

Ji-won

> As agreed, please find attached the draft service agreement""", irt="sb7", att=[("v1_SB_comments.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
  na=True, ab="sb9")
m("sbfw", "2026-11-18 09:10", MK, HD, "FW: Contract draft — SeoulBeauty Rus / Schetny Dvor",
  """Ирина Валентиновна, доброе утро!

Пересылаю правки юриста СеулБьюти. По сути нужно ваше решение по двум пунктам:
1. Лимит ответственности: просят 6 месячных платежей вместо 3. Предлагаю согласиться на 4.
2. Пеня 0,1% в день за задержку зарплаты по нашей вине: предлагаю принять, но с лимитом 10% месячного платежа.
Остальное (приоритет английской версии) — ок.

Ответить им нужно до пятницы.

-----Original Message-----
From: Kim Ji-won <jiwon.kim@seoulbeauty.ru>
Sent: Tuesday, November 17, 2026 6:15 PM
To: Elena Markova <markova@schetdvor.ru>
Subject: RE: Contract draft — SeoulBeauty Rus / Schetny Dvor

Our lawyer's comments are attached (v1_SB_comments.docx). The main points:
- liability cap should be six monthly fees, not three;
- a penalty of 0.1% per day if salaries are paid late because of your error;
- the English version prevails.""", irt="sb8", noref=True)
m("sbhd", "2026-11-18 10:02", HD, MK, "RE: FW: Contract draft — SeoulBeauty Rus / Schetny Dvor",
  """Лена, согласна по обоим пунктам: 4 платежа и пеня с лимитом 10%. Отправляй.

""" + SIG["gromova@schetdvor.ru"], irt="sbfw")
m("sb9", "2026-11-19 15:40", MK, KIM, "RE: Contract draft — SeoulBeauty Rus / Schetny Dvor — v2",
  """Dear Ji-won,

Thank you for the comments. Attached is v2 of the agreement (Dogovor_SeoulBeauty_v2.docx) with our answers:

1. Liability cap: we propose four monthly fees (860,000 RUB) — a compromise between our three and your six.
2. Late salary penalty: accepted, 0.1% per day, capped at 10% of the monthly fee.
3. The English version prevails: accepted.
4. Fee and term unchanged: 215,000 RUB per month, 2,580,000 RUB for 2027.

I hope this lets you present it to the board on the 24th.

""" + SIG["markova_en"], irt="sb8", quote="outlook_en", att=[("Dogovor_SeoulBeauty_v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("sb10", "2026-11-27 10:05", KIM, MK, "Signing",
  """Elena, good morning,

The board approved v2 without changes. Our General Director Mr. Lee can sign on Wednesday, 9 December, at our office in Khimki (Leningradskaya str. 29, 3rd floor). Would 15:00 work for you? Please bring two originals.

Ji-won
CFO, SeoulBeauty Rus
+7 926 551-08-34""", noref=True, na=True, ab="sb11")
m("sb11", "2026-11-27 11:20", MK, KIM, "RE: Signing",
  """Dear Ji-won,

Wonderful news, thank you! 9 December at 15:00 in Khimki works. I have sent you a calendar invitation; I will bring two signed originals and the transition plan for December.

""" + SIG["markova_en"], irt="sb10", quote="gmail_en",
  agreed=[("I will bring two signed originals and the transition plan for December.", "2026-12-09", "open")])

# ---------------------------------------------------------------------------------------------
# 2. Rossi Macchine Utensili Rus (Italian machine-tool dealer) — Markova, EN + RU. tax DD.
#    Contract draft sent, then HQ narrowed the scope: a NEW offer (stage moved back to proposal).
MB, NO, GF = "marco.bellini@rossimu.ru", "n.orlova@rossimu.ru", "g.ferrari@rossimu.it"
m("ro1", "2026-10-15 13:22", MB, MK, "Tax due diligence - Rossi Macchine Utensili Rus",
  """Good afternoon Ms Markova,

our group in Bergamo is considering a restructuring of the Russian subsidiary (possibly a merger with the service company). Before that they want a tax due diligence of Rossi Macchine Utensili Rus LLC for 2023-2025: profit tax, VAT, transfer pricing, customs.

Can you make an offer? What do you need from us?

Marco Bellini
General Director
Rossi Macchine Utensili Rus
tel. +7 495 933-17-50, mob. +7 985 220-64-19""", na=True, ab="ro2")
m("ro2", "2026-10-15 16:48", MK, MB, "RE: Tax due diligence - Rossi Macchine Utensili Rus",
  """Dear Mr Bellini,

Thank you for your request. To scope the work we would need:

1. Trial balances and general ledger for 2023, 2024 and 9 months of 2025.
2. Tax returns (profit tax, VAT) with any corrective returns.
3. Intercompany agreements with the Bergamo head office and the TP notifications filed.
4. A list of tax audits and claims received in the last three years.

I suggest a short Zoom call on Monday, 19 October, to agree the scope, and then a working visit to your office to meet your chief accountant. I'll send an invite for Monday.

""" + SIG["markova_en"], irt="ro1", quote="gmail_en",
  agreed=[("I'll send an invite for Monday.", "2026-10-15", "kept")])
m("ro3", "2026-10-20 18:30", NO, MK, "Документы для DD",
  """Елена, добрый вечер.

По итогам вчерашнего звонка выгрузила ОСВ и карточки 60/62/68 за 2023–2025 в папку (ссылка ниже), декларации добавлю завтра. Жду вас в четверг 22-го в 10:00 у нас на Электрозаводской, пропуск заказала.

https://disk.rossimu.ru/s/DD2025

Наталья Орлова
главный бухгалтер
ООО «Росси Маккине Рус»
+7 495 933-17-52""", noref=True, na=False, ab=None)
m("ro4", "2026-10-23 19:02", MK, MB, "Offer: tax due diligence 2023-2025",
  """Dear Mr Bellini,

Following our call and yesterday's meeting with Ms Orlova, here is our offer:

1. Scope: tax due diligence of Rossi Macchine Utensili Rus LLC for 2023, 2024 and 2025 (9 months) — profit tax, VAT, transfer pricing, customs valuation, payroll taxes.
2. Deliverable: a report in English and Russian with quantified risks and recommendations for the restructuring.
3. Timing: 5 weeks from receipt of documents.
4. Fee: 1,450,000 RUB, fixed; 50% advance, 50% on delivery of the report.

Please let me know if you want to go ahead; we can send the contract draft within two days.

""" + SIG["markova_en"], irt="ro2", noref=True, cc=[NO])
m("ro5", "2026-10-29 11:05", MB, MK, "RE: Offer: tax due diligence 2023-2025",
  """Elena, Bergamo agrees. Please send the contract, Natalia will check it.

Marco""", irt="ro4", cc=[NO], na=True, ab="ro6")
m("ro6", "2026-11-02 12:15", MK, MB, "Contract draft: tax due diligence / Rossi Macchine Utensili Rus",
  """Dear Marco,

Please find attached the draft contract for the tax due diligence (Dogovor_Rossi_DD_draft.docx), fee 1,450,000 RUB, five weeks. Natalia, Russian version is in the second column.

If it is fine, we can sign it by e-mail scan and start next week.

""" + SIG["markova_en"], irt="ro5", cc=[NO], att=[("Dogovor_Rossi_DD_draft.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("ro7", "2026-11-12 10:40", MB, MK, "Fwd: Russian DD - change of scope",
  """Elena, please see below. Sorry for the change. Can you send a new offer for the reduced scope? Our budget now is max 900,000 rubles.

Marco

---------- Forwarded message ---------
From: Giulia Ferrari <g.ferrari@rossimu.it>
Date: Wed, 11 Nov 2026 at 17:20
Subject: Russian DD - change of scope
To: Marco Bellini <marco.bellini@rossimu.ru>

Marco,
the board decided to postpone the merger. We only need the DD for FY2025, limited to VAT and transfer pricing, for the auditors. Please do not sign the 3-year contract.
Thanks, Giulia
Group Tax, Rossi Macchine Utensili S.p.A.""", irt="ro6", noref=True, na=True, ab="ro9")
m("ro8", "2026-11-13 09:30", NO, MK, "объём DD",
  """Елена Викторовна, доброе утро!

Марко сказал, что объём сокращается до 2025 года. Подскажите, какие документы из тех, что я уже загрузила, вам ещё нужны, а какие можно убрать из папки? И нужны ли регистры по ТЦО за 2025 отдельно?

Н. Орлова""", noref=True, na=True, ab="ro9")
m("ro9", "2026-11-16 17:55", MK, MB, "New offer: tax DD FY2025 (VAT and transfer pricing)",
  """Dear Marco, dear Natalia,

Thank you for the update from Bergamo. The contract draft of 2 November is withdrawn; here is the new offer for the reduced scope:

1. Scope: FY2025 only — VAT (including export confirmations) and transfer pricing (intercompany supplies from Bergamo, TP notification, documentation).
2. Deliverable: a report in English with a Russian summary, quantified risks.
3. Timing: 3 weeks from receipt of the 2025 documents.
4. Fee: 860,000 RUB, fixed; 50% advance.
5. Natalia: from the folder we still need the 2025 VAT returns, the sales ledger and the intercompany agreements; the 2023–2024 files can stay, we will not use them. Yes, the TP registers for 2025 are needed separately.

Once you confirm the scope, I will send the updated contract.

""" + SIG["markova_en"], irt="ro7", cc=[NO],
  agreed=[("Once you confirm the scope, I will send the updated contract.", None, "open")])
m("ro10", "2026-11-24 12:10", MB, MK, "RE: New offer: tax DD FY2025 (VAT and transfer pricing)",
  """Elena, thanks. The offer is with Giulia in Bergamo, they will decide by 10 December, after their budget meeting.

Marco""", irt="ro9", na=True, ab="ro11",
  agreed=[("The offer is with Giulia in Bergamo, they will decide by 10 December, after their budget meeting.", "2026-12-10", "open")])
m("ro11", "2026-11-24 13:02", MK, MB, "RE: New offer: tax DD FY2025 (VAT and transfer pricing)",
  """Dear Marco,

Thank you, noted. If I don't hear from you before, I will call you on Friday, 11 December, to hear Bergamo's decision.

""" + SIG["markova_en"], irt="ro10", quote="gmail_en",
  agreed=[("If I don't hear from you before, I will call you on Friday, 11 December, to hear Bergamo's decision.", "2026-12-11", "open")])

# ---------------------------------------------------------------------------------------------
# 3. Brightpath Learning Ltd (British e-learning startup opening TOO in Almaty) — Aigul, English.
#    Stage: qualified after the discovery call; she promised the proposal by 8 December.
ST, TH = "sophie.turner@brightpath.co.uk", "tom@brightpath.co.uk"
m("bp1", "2026-11-18 09:15", ST, AI, "Bookkeeping & payroll in Kazakhstan",
  """Hi Aigul,

Found you on LinkedIn via the AmCham Kazakhstan group. We're a UK e-learning startup (language courses for engineers) and we are registering a TOO in Almaty this month. From January we'll have 6 local employees (tutors + 1 sales).

We need someone to do bookkeeping, payroll and the HR paperwork (I understand Kazakhstan is strict on that). Could we have a quick call next week?

Cheers,
Sophie Turner
COO, Brightpath Learning Ltd
+44 20 7946 0321""", na=True, ab="bp2")
m("bp2", "2026-11-18 16:40", AI, ST, "RE: Bookkeeping & payroll in Kazakhstan",
  """Dear Sophie,

Thank you for your message, happy to help. Would Tuesday, 24 November, at 15:00 Almaty time (10:00 London) work for a Zoom call? I'll ask you about the business model, expected volume of invoices, how salaries will be paid, and whether the TOO will be a VAT payer.

""" + SIG["aigul_en"], irt="bp1", quote="gmail_en")
m("bp3", "2026-11-18 11:15", ST, AI, "RE: Bookkeeping & payroll in Kazakhstan",
  """Tuesday 10:00 UK works. Tom (our founder) will join too.
S.""", irt="bp2", cc=[TH], na=False, ab=None)
m("bp4", "2026-11-25 12:30", AI, ST, "Follow-up: our call on 24 November",
  """Dear Sophie, dear Tom,

Thank you for the call yesterday. What I understood:
- TOO Brightpath Kazakhstan, registration expected by 30 November, simplified declaration regime not available because of the foreign founder;
- about 60–80 documents a month (mostly card payments and Stripe payouts), 6 employees from January, salaries in KZT;
- HR records from scratch: employment contracts, orders, the ENBEK electronic contract registration;
- monthly reporting to London in English.

I will send you the proposal by Tuesday, 8 December, with separate prices for bookkeeping, payroll and HR records.

""" + SIG["aigul_en"], irt="bp3", noref=True, cc=[TH],
  agreed=[("I will send you the proposal by Tuesday, 8 December, with separate prices for bookkeeping, payroll and HR records.", "2026-12-08", "open")])
m("bp5", "2026-11-26 11:05", TH, AI, "RE: Follow-up: our call on 24 November",
  """Thanks Aigul, spot on. One question before the proposal: at what turnover do we have to register for VAT in Kazakhstan? Our investors want to know if we'll cross it in 2027.

Tom Hale
Founder & CEO, Brightpath Learning
+44 7700 900 482""", irt="bp4", cc=[ST], na=True, ab="bp6")
m("bp6", "2026-11-27 13:20", AI, TH, "RE: Follow-up: our call on 24 November",
  """Dear Tom,

For 2027 the mandatory VAT registration threshold in Kazakhstan is 10,000 MCI of turnover per calendar year (the MCI for 2027 will be set by the budget law, around 4,300 KZT now, i.e. roughly 43 million KZT). From your plan you would cross it in the second half of 2027; I'll add a line on that to the proposal.

""" + SIG["aigul_en"], irt="bp5", quote="gmail_en", cc=[ST],
  agreed=[("From your plan you would cross it in the second half of 2027; I'll add a line on that to the proposal.", None, "open")])

# ---------------------------------------------------------------------------------------------
# 4. TOO Alatau Logistic (Almaty) — Aigul, Russian. bookkeeping. WON (signed, said in mail + sale).
ES = "e.saparov@alataulog.kz"
m("al1", "2026-10-12 10:20", ES, AI, "Бухгалтерское сопровождение",
  """Айгуль, здравствуйте!

Мне вас рекомендовал Нурлан из «Тенгри Карго». Ищем компанию на бухгалтерию с ноября, наш бухгалтер уходит в декабре на пенсию. Можете созвониться на этой неделе?

Ержан Сапаров
директор ТОО «Алатау Логистик»
+7 701 744 12 90""", na=True, ab="al2")
m("al2", "2026-10-12 14:05", AI, ES, "Re: Бухгалтерское сопровождение",
  """Ержан, добрый день!

Спасибо за обращение и привет Нурлану. Предлагаю созвониться в Zoom в четверг, 15 октября, в 11:00 по Алматы — приглашение отправила. До звонка, если можно, напишите примерно: сколько документов в месяц, сколько сотрудников, есть ли ВЭД.

""" + SIG[AI], irt="al1", quote="yandex_ru")
m("al3", "2026-10-14 09:40", ES, AI, "Re: Бухгалтерское сопровождение",
  """Айгуль, документов около 400 в месяц (ЭСФ в основном), 14 человек в штате, зарплату пока делает наш бухгалтер, её оставим внутри. ВЭД — перевозки в РФ и Узбекистан.
До четверга.""", irt="al2", na=False, ab=None)
m("al4", "2026-10-16 15:30", AI, ES, "КП: бухгалтерское обслуживание ТОО «Алатау Логистик»",
  """Ержан, добрый день!

Спасибо за встречу вчера. Как обсуждали, коммерческое предложение:

Бухгалтерский и налоговый учёт до 400 документов в месяц, ЭСФ и СНТ, ФНО 200.00, 300.00, 100.00 — 210 000 тенге в месяц.
Каждый документ сверх 400 — 450 тенге.
Старт с 1 ноября, переход от вашего бухгалтера — в ноябре параллельно, без доплаты.

Если будут вопросы — пишите или звоните.

""" + SIG[AI], irt="al3", noref=True)
m("al5", "2026-10-22 11:15", ES, AI, "Re: КП: бухгалтерское обслуживание ТОО «Алатау Логистик»",
  """Айгуль, посмотрели. 210 тысяч для нас много, рассчитывали на 180. Можете подвинуться?

Ержан

16.10.2026, 14:30, "Айгуль Токтогулова" <aigul@schetdvor.ru>:
> Бухгалтерский и налоговый учёт до 400 документов в месяц, ЭСФ и СНТ, ФНО 200.00, 300.00, 100.00 — 210 000 тенге в месяц.""",
  irt="al4", na=True, ab="al6")
m("al6", "2026-10-23 10:50", AI, ES, "Re: КП: бухгалтерское обслуживание ТОО «Алатау Логистик»",
  """Ержан, согласовала с руководством: 190 000 тенге в месяц при договоре на год, 2 280 000 тенге за 12 месяцев. Ниже, к сожалению, не получится — у вас ВЭД и много СНТ.

""" + SIG[AI], irt="al5", quote="mailru_ru")
m("al7", "2026-10-26 12:00", ES, AI, "Re: КП: бухгалтерское обслуживание ТОО «Алатау Логистик»",
  """Хорошо, 190 устраивает. Присылайте договор.""", irt="al6", na=True, ab="al8")
m("al8", "2026-10-28 09:30", AI, ES, "Договор на бухгалтерское обслуживание",
  """Ержан, добрый день!

Во вложении проект договора (Dogovor_Alatau_2026.docx): 190 000 тенге в месяц, срок — 12 месяцев с 1 ноября. Если правок нет, подпишите, пожалуйста, и пришлите скан, а оригиналы — курьером на наш московский адрес.

""" + SIG[AI], irt="al7", att=[("Dogovor_Alatau_2026.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("al9", "2026-11-03 16:45", ES, AI, "Re: Договор на бухгалтерское обслуживание",
  """Айгуль, договор подписали, скан во вложении. Оригиналы отправил DHL в Москву, накладная 7735 1190 24.

Ержан Сапаров
+7 701 744 12 90""", irt="al8", att=[("Dogovor_Alatau_signed.pdf", "application/pdf")], na=True, ab="al10")
m("al10", "2026-11-03 19:10", AI, ES, "Re: Договор на бухгалтерское обслуживание",
  """Ержан, спасибо! Рады работать с вами. Ваш бухгалтер Гульмира — наш контакт по передаче дел, я ей уже написала.

""" + SIG[AI], irt="al9", quote="yandex_ru")
m("al11", "2026-11-20 10:30", ES, AI, "акт за ноябрь",
  """Айгуль, добрый день. Акт за ноябрь будет 30-го или в декабре? Нам для бюджета.""", noref=True, na=True, ab="al12")
m("al12", "2026-11-20 12:05", AI, ES, "Re: акт за ноябрь",
  """Ержан, акт и счёт-фактуру выставим 30 ноября, ЭСФ тоже в этот день.

""" + SIG[AI], irt="al11",
  agreed=[("Ержан, акт и счёт-фактуру выставим 30 ноября, ЭСФ тоже в этот день.", "2026-11-30", "kept")])
m("al13", "2026-11-30 17:20", AI, ES, "Акт и счёт-фактура за ноябрь",
  """Ержан, добрый день!

Акт и счёт-фактура за ноябрь во вложении, ЭСФ выписали сегодня в ИС ЭСФ.

""" + SIG[AI], att=[("Akt_Alatau_2026-11.pdf", "application/pdf")])

# ---------------------------------------------------------------------------------------------
# 5. OsOO Ala-Too Trade (Bishkek) — Aigul, Russian. 1C migration. Offer sent, PAUSED till the new financial year.
BO = "b.osmonov@alatoo-trade.kg"
m("at1", "2026-10-19 11:10", BO, AI, "Переход с 1С 7.7",
  """Айгуль, салам!

Мы до сих пор на 1С 7.7, обслуживать её в Бишкеке уже никто не хочет. Хотим перейти на 1С:Бухгалтерию 8 для Кыргызстана с переносом остатков и справочников за 2026 год, плюс обучить двух бухгалтеров. Вы такое делаете?

Бакыт Осмонов
финансовый директор ОсОО «Ала-Тоо Трейд»
+996 555 30-18-77""", na=True, ab="at2")
m("at2", "2026-10-20 10:15", AI, BO, "Re: Переход с 1С 7.7",
  """Бакыт, салам! Делаем, в прошлом году переводили двух дистрибьюторов в Бишкеке. Давайте созвонимся в четверг, 22 октября, в 16:00 — приглашение в Zoom отправила. Нужно будет посмотреть конфигурацию 7.7 (типовая или доработанная) и объём базы.

""" + SIG[AI], irt="at1", quote="yandex_ru")
m("at3", "2026-10-27 17:40", AI, BO, "КП: миграция 1С 7.7 → 1С:Бухгалтерия 8 КР",
  """Бакыт, добрый вечер!

Во вложении коммерческое предложение (KP_AlaToo_1C.pdf). Кратко: перенос остатков и справочников, настройка 1С:Бухгалтерии 8 КР, перенос доработок (2 отчёта), обучение двух бухгалтеров, месяц поддержки после запуска. Стоимость проекта — 1 150 000 сом, срок 8 недель.

""" + SIG[AI], irt="at2", noref=True, att=[("KP_AlaToo_1C.pdf", "application/pdf")])
m("at4", "2026-11-10 09:55", BO, AI, "Re: КП: миграция 1С 7.7 → 1С:Бухгалтерия 8 КР",
  """Айгуль, спасибо за КП, по содержанию всё устраивает. Но бюджет на ИТ в этом году уже закрыт, учредители сказали переносить на следующий финансовый год. Давайте вернёмся к вопросу в январе — напишите нам после 15 января, к тому времени утвердят бюджет.

Бакыт""", irt="at3", na=True, ab="at5")
m("at5", "2026-11-10 11:30", AI, BO, "Re: КП: миграция 1С 7.7 → 1С:Бухгалтерия 8 КР",
  """Бакыт, понимаю, спасибо, что честно сказали. Договорились: свяжусь с вами после 15 января, цены в КП до конца января сохраним.

""" + SIG[AI], irt="at4", quote="yandex_ru",
  agreed=[("Договорились: свяжусь с вами после 15 января, цены в КП до конца января сохраним.", None, "open")])

# ---------------------------------------------------------------------------------------------
# 6. Vektor-Stroy — Denis (short mail, phones). bookkeeping. LOST: explicit decline.
PK = "kuznetsov@vektor-stroy.ru"
m("vk1", "2026-10-14 11:02", PK, DS, "бухгалтерия",
  """Денис, добрый день. Мне ваш телефон дал Сергей из Гранита. Нужна бухгалтерия на аутсорс, строительство, субподряд, около 600 документов в месяц. Сколько стоит?

Павел Кузнецов
ООО «Вектор-Строй»
8 916 204-18-77""", na=True, ab="vk2")
m("vk2", "2026-10-14 11:20", DS, PK, "Re: бухгалтерия",
  """Павел, добрый. Наберу сегодня в 16.

""" + SIG[DS], irt="vk1", agreed=[("Наберу сегодня в 16.", "2026-10-14", "kept")])
m("vk3", "2026-10-16 10:05", DS, PK, "КП Вектор-Строй",
  """Павел, как обсуждали по телефону:
бухучёт + налоги, до 600 док./мес, раздельный учёт по объектам — 95 000 руб./мес.
Зарплату 25 чел. — плюс 22 000 руб./мес, если решите отдать.
Старт с 1-го числа любого месяца.

""" + SIG[DS])
m("vk4", "2026-10-30 15:40", DS, PK, "Re: КП Вектор-Строй",
  """Павел, добрый. Как КП? Есть вопросы?

""" + SIG[DS], irt="vk3")
m("vk5", "2026-11-02 12:18", PK, DS, "Re: КП Вектор-Строй",
  """Денис, спасибо за предложение, но решили оставить штатного бухгалтера — нашли человека с опытом в стройке. Пока не актуально.

Отправлено из мобильной Почты Mail.ru""", irt="vk4", na=False, ab="vk6")
m("vk6", "2026-11-02 12:40", DS, PK, "Re: КП Вектор-Строй",
  """Понял, спасибо. Если что — звоните.

""" + SIG[DS], irt="vk5")

# ---------------------------------------------------------------------------------------------
# 7. TechnoPark Yug — Denis; existing payroll client. Complaint about a late payroll run (head in Cc),
#    then an upsell: HR records (кадровый учёт), prices in the body; meeting at their office on 9 Dec.
ML, OG = "m.lebedeva@tpyug.ru", "o.gusev@tpyug.ru"
m("tp1", "2026-11-10 09:12", ML, DS, "Задержка зарплаты за октябрь — опять",
  """Денис, добрый день.

Зарплата за вторую половину октября ушла сотрудникам только вчера вечером, на два дня позже срока. Это уже второй раз за три месяца. Мне с утра звонят люди, у двоих просрочки по ипотеке, и объяснять им, что «реестр не успели», я больше не готова.

Прошу объяснить, что произошло, и что вы сделаете, чтобы это не повторилось. Копию ставлю Ирине Валентиновне. Если такое будет ещё раз — будем искать другого подрядчика.

Марина Лебедева
HR-директор ООО «ТехноПарк Юг»
+7 918 411-27-63""", cc=[HD], na=True, ab="call:c07", complaint=True)
m("tp2", "2026-11-10 13:05", HD, ML, "RE: Задержка зарплаты за октябрь — опять",
  """Марина, добрый день.

Приношу извинения от имени компании. Денис уже позвонил вам и рассказал предварительно: реестр был отправлен в банк с ошибкой в файле, банк его отклонил, а наш сотрудник увидел отказ только на следующий день. Это наша ошибка, не банка.

В качестве компенсации мы не выставим счёт за расчёт зарплаты за ноябрь. До пятницы пришлю вам письменный разбор причин и что мы меняем в процессе.

""" + SIG[HD], irt="tp1", cc=[DS],
  agreed=[("В качестве компенсации мы не выставим счёт за расчёт зарплаты за ноябрь.", None, "open"),
          ("До пятницы пришлю вам письменный разбор причин и что мы меняем в процессе.", "2026-11-13", "kept")])
m("tp3", "2026-11-13 16:50", HD, ML, "Разбор задержки выплаты 9 ноября",
  """Марина, добрый день.

Как обещала, разбор:
— причина: реестр на зачисление сформирован по старому шаблону банка (банк сменил формат 1 ноября), банк отклонил его автоматически;
— почему не увидели: уведомления об отказе приходили на общий ящик, который в тот день не разбирали;
— что меняем: уведомления банка теперь приходят расчётчику и Денису лично, реестр отправляется за два рабочих дня до выплаты, а не за один; после отправки расчётчик проверяет статус в тот же день.

Ещё раз извините.

""" + SIG[HD], irt="tp2", noref=True, cc=[DS])
m("tp4", "2026-11-17 11:30", ML, DS, "Кадровый учёт",
  """Денис, спасибо Ирине Валентиновне за разбор, вопрос закрыт.

Отдельная тема: у нас кадровичка уходит в декрет в январе, Олег Игоревич предлагает отдать кадровый учёт вам же. Сколько это стоит на 45 человек? Нужны приказы, личные карточки, воинский учёт, ЭТК и СЗВ-ТД.

Марина""", noref=True, na=True, ab="tp5")
m("tp5", "2026-11-18 10:10", DS, ML, "Re: Кадровый учёт",
  """Марина, добрый.
Кадровый учёт на 45 чел., всё из вашего списка, включая воинский: 27 000 руб./мес.
С расчётом зарплаты в пакете — 24 500 руб./мес. вместо 27 000.
Договор — допсоглашением к текущему.

""" + SIG[DS], irt="tp4")
m("tp6", "2026-11-25 14:20", ML, DS, "Re: Кадровый учёт",
  """Денис, обсудим у нас в офисе 9-го? Олег Игоревич тоже будет, он хочет посмотреть, как вы ведёте документы. Удобно в 11?

> Кадровый учёт на 45 чел., всё из вашего списка, включая воинский: 27 000 руб./мес.""", irt="tp5", na=True, ab="tp7")
m("tp7", "2026-11-25 14:31", DS, ML, "Re: Кадровый учёт",
  """Да, 9-го в 11:00 у вас. Приеду, покажу образцы.

""" + SIG[DS], irt="tp6", agreed=[("Приеду, покажу образцы.", "2026-12-09", "open")])
m("tp8", "2026-12-03 10:15", OG, DS, "Допсоглашение по кадрам — проект до встречи",
  """Денис, добрый день.

Перед встречей 9-го пришлите, пожалуйста, проект допсоглашения по кадровому учёту и регламент передачи документов — я хочу заранее показать его юристу.

Гусев Олег Игоревич
финансовый директор ООО «ТехноПарк Юг»
+7 861 299-05-40 доб. 210""", na=True, ab=None)

# ---------------------------------------------------------------------------------------------
# 8. Agroholding Kolos — Denis. tax audit. Offer, haggling, revised offer (negotiation);
#    "наберите после 10-го" from the client.
RY = "ryabov@agrokolos.ru"
m("ko1", "2026-10-20 09:40", RY, DS, "Налоговый аудит 2023-2025",
  """Добрый день, Денис.

У нас в план-графике ФНС выездная проверка, ожидаем решение в первом квартале. Хотим до неё провести независимый налоговый аудит за 2023–2025 годы: НДС, прибыль, земельный налог, сельхозсубсидии. Выезд на элеваторы возможен.

Прошу позвонить, обсудим объём.

Рябов Сергей Михайлович
главный бухгалтер АО «Агрохолдинг Колос»
тел. (473) 260-81-90 доб. 115""", na=True, ab="ko2")
m("ko2", "2026-10-20 10:02", DS, RY, "Re: Налоговый аудит 2023-2025",
  """Сергей Михайлович, добрый. Перезвоню завтра до обеда.

""" + SIG[DS], irt="ko1", agreed=[("Перезвоню завтра до обеда.", "2026-10-21", "kept")])
m("ko3", "2026-10-23 17:25", DS, RY, "КП налоговый аудит Колос",
  """Сергей Михайлович, КП во вложении.
Аудит 2023–2025, НДС/прибыль/земельный/субсидии, выезд на 3 элеватора — 780 000 руб., 6 недель.

""" + SIG[DS], att=[("KP_Kolos_nalogovyi_audit.pdf", "application/pdf")])
m("ko4", "2026-10-30 13:10", RY, DS, "RE: КП налоговый аудит Колос",
  """Денис, дорого. У конкурентов 550 за тот же объём, правда без выезда. Что можете сделать по цене?

С уважением, С.М. Рябов

-----Original Message-----
From: Денис Шуваев [mailto:shuvaev@schetdvor.ru]
Sent: Friday, October 23, 2026 5:25 PM
To: ryabov@agrokolos.ru
Subject: КП налоговый аудит Колос

Сергей Михайлович, КП во вложении.""", irt="ko3", na=True, ab="ko5")
m("ko5", "2026-11-03 11:45", DS, RY, "RE: КП налоговый аудит Колос",
  """Сергей Михайлович, можем 640 000 руб., если без выезда на склады — проверяем по документам удалённо, элеваторы по видео. Срок тот же. Устроит?

""" + SIG[DS], irt="ko4")
m("ko6", "2026-11-09 10:30", RY, DS, "RE: КП налоговый аудит Колос",
  """Денис, 640 в принципе устраивает. Договор хотим подписать до 15 декабря, чтобы начать до праздников. Вопрос по срокам отчёта — успеете до конца января?""", irt="ko5", na=True, ab="call:c10")
m("ko7", "2026-12-01 16:05", RY, DS, "RE: КП налоговый аудит Колос",
  """Денис, как говорили по телефону: мы ещё согласовываем с собственником, он в отъезде. Наберите после 10-го, тогда скажу точно.

Рябов""", irt="ko6", noref=True, na=False, ab=None)

# ---------------------------------------------------------------------------------------------
# 9. MedLine Clinic — Markova, Russian, long numbered letters. bookkeeping+payroll. Proposal (attachment),
#    discussion booked in Zoom for 8 Dec. An out-of-office from the chief accountant.
AB, IK = "a.belova@medline-clinic.ru", "i.kotova@medline-clinic.ru"
m("ml1", "2026-11-16 12:20", AB, MK, "Аутсорсинг бухгалтерии сети клиник",
  """Елена, добрый день!

Мы сеть из трёх клиник в Москве (три юрлица), 120 сотрудников. Рассматриваем передачу бухгалтерии и расчёта зарплаты на аутсорс с 1 февраля 2027 года, главный бухгалтер остаётся как контролёр. Прошу прислать условия и стоимость.

Белова Анна Сергеевна
финансовый директор ООО «МедЛайн Клиник»
+7 495 150-72-38, моб. +7 916 870-44-15""", cc=[IK], na=True, ab="ml2")
m("ml2", "2026-11-17 10:35", MK, AB, "RE: Аутсорсинг бухгалтерии сети клиник",
  """Анна Сергеевна, добрый день!

Спасибо за обращение. Чтобы посчитать стоимость точно, а не «по рынку», прошу ответить на несколько вопросов:

1. Сколько первичных документов в месяц по каждому юрлицу (примерно: поступления, реализация, кассовые документы, авансовые отчёты)?
2. Какие системы налогообложения у каждого юрлица, есть ли медицинская льгота по НДС?
3. Как устроена оплата труда врачей — оклад, процент от выручки, совместительство между клиниками?
4. В какой программе ведётся учёт сейчас (1С:Бухгалтерия, 1С:Медицина, другая) и чья это база?
5. Нужна ли управленческая отчётность, и в каком виде?

После ваших ответов предлагаю созвониться в Zoom на 40 минут, а затем я подготовлю КП.

""" + SIG[MK], irt="ml1", quote="outlook_ru", cc=[IK],
  agreed=[("После ваших ответов предлагаю созвониться в Zoom на 40 минут, а затем я подготовлю КП.", None, "kept")])
m("ml3", "2026-11-17 10:36", IK, MK, "Автоматический ответ: RE: Аутсорсинг бухгалтерии сети клиник",
  """Здравствуйте! Я в отпуске до 30 ноября. По срочным вопросам обращайтесь к Беловой Анне Сергеевне, a.belova@medline-clinic.ru.
Котова Ирина, главный бухгалтер""", irt="ml2", na=False, ab=None,
  extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
m("ml4", "2026-11-19 18:10", AB, MK, "RE: Аутсорсинг бухгалтерии сети клиник",
  """Елена, отвечаю:
1. Около 2 000 документов в месяц на все три юрлица, больше всего у «МедЛайн Центр».
2. Все на ОСН, медуслуги освобождены от НДС по лицензии.
3. Врачи — оклад плюс процент, 14 человек работают по совместительству в двух клиниках.
4. 1С:Медицина, база наша, на сервере в клинике.
5. Да, ежемесячный P&L по клиникам в Excel.

Когда удобно созвониться?

Белова А.С.""", irt="ml2", na=True, ab="ml5")
m("ml5", "2026-11-20 09:15", MK, AB, "RE: Аутсорсинг бухгалтерии сети клиник",
  """Анна Сергеевна, спасибо за подробные ответы.

Предлагаю Zoom в среду, 25 ноября, в 11:00 — приглашение отправила в календарь. На встрече:
1. уточним процент врачей и совместительство;
2. обсудим доступ к 1С:Медицине;
3. договоримся о формате P&L.

КП пришлю в течение двух дней после встречи.

""" + SIG[MK], irt="ml4", quote="outlook_ru",
  agreed=[("КП пришлю в течение двух дней после встречи.", "2026-11-27", "kept")])
m("ml6", "2026-11-26 17:40", MK, AB, "КП: бухгалтерия и зарплата МедЛайн с 1 февраля 2027",
  """Анна Сергеевна, добрый вечер!

Как обещала, во вложении коммерческое предложение (KP_MedLine_2027.pdf). Основное:

1. Бухгалтерский и налоговый учёт трёх юрлиц, до 2 000 документов в месяц: 310 000 руб. в месяц.
2. Расчёт зарплаты и кадровая отчётность на 120 сотрудников, включая совместительство и процент врачей: 132 000 руб. в месяц.
3. Ежемесячный P&L по клиникам в вашем формате: включено.
4. Итого 442 000 руб. в месяц; за 12 месяцев — 5 304 000 руб.
5. Работа в вашей базе 1С:Медицина по удалённому доступу; переход — январь 2027, без доплаты.

Буду рада обсудить детали.

""" + SIG[MK], irt="ml5", noref=True, cc=[IK], att=[("KP_MedLine_2027.pdf", "application/pdf")])
m("ml7", "2026-12-01 11:25", AB, MK, "RE: КП: бухгалтерия и зарплата МедЛайн с 1 февраля 2027",
  """Елена, КП получили, спасибо. Есть вопросы по пункту 2 и по ответственности за ошибки в расчёте процентов. Давайте обсудим 8 декабря в Zoom, в 14:00? Ирина Котова к тому времени вернётся и тоже подключится.

А.С. Белова""", irt="ml6", cc=[IK], na=True, ab="ml8")
m("ml8", "2026-12-01 12:10", MK, AB, "RE: КП: бухгалтерия и зарплата МедЛайн с 1 февраля 2027",
  """Анна Сергеевна, да, 8 декабря в 14:00 — приглашение отправила вам и Ирине. К встрече подготовлю:
1. пример расчёта процента врачу с совместительством;
2. раздел договора об ответственности за ошибки в расчётах.

""" + SIG[MK], irt="ml7", quote="outlook_ru", cc=[IK],
  agreed=[("К встрече подготовлю:\n1. пример расчёта процента врачу с совместительством;\n2. раздел договора об ответственности за ошибки в расчётах.", "2026-12-08", "open")])

# ---------------------------------------------------------------------------------------------
# 10. Granit Development — Denis. bookkeeping+payroll. Offer, then LOST by long silence.
VZ = "zaitsev@granit-dev.ru"
m("gr1", "2026-10-09 15:30", VZ, DS, "аутсорсинг бухгалтерии",
  """Денис, добрый день. Мы девелопер, 3 проектные компании, хотим отдать бухгалтерию и зарплату (30 чел.) на аутсорс. Пришлите условия.

Зайцев В.
ООО «Гранит Девелопмент»""", na=True, ab="gr2")
m("gr2", "2026-10-09 15:52", DS, VZ, "Re: аутсорсинг бухгалтерии",
  """Виктор, добрый. Наберу в понедельник, уточню объёмы.

""" + SIG[DS], irt="gr1", agreed=[("Наберу в понедельник, уточню объёмы.", "2026-10-12", "kept")])
m("gr3", "2026-10-13 12:10", DS, VZ, "КП Гранит",
  """Виктор, по итогам разговора:
бухгалтерия 3 компаний (до 900 док./мес) — 118 000 руб./мес.
зарплата 30 чел. — 32 000 руб./мес.
Итого 150 000 руб./мес.
Договор на год, старт с 1 декабря.

""" + SIG[DS])
m("gr4", "2026-10-22 10:00", DS, VZ, "Re: КП Гранит",
  """Виктор, добрый. Как вам КП?

""" + SIG[DS], irt="gr3")
m("gr5", "2026-10-23 19:20", VZ, DS, "Re: КП Гранит",
  """Пока смотрим, вернусь на следующей неделе.

Отправлено с iPhone""", irt="gr4", na=False, ab=None,
  agreed=[("Пока смотрим, вернусь на следующей неделе.", None, "broken")])
m("gr6", "2026-11-06 11:15", DS, VZ, "Re: КП Гранит",
  """Виктор, добрый. Напомню о себе — актуально ещё? Если есть вопросы по КП, звоните.

""" + SIG[DS], irt="gr5")

# ---------------------------------------------------------------------------------------------
# 11. Hlebny Dom bakery — Denis. First contact (lead); he promised to call on Monday.
OV = "olga@hlebdom.ru"
m("hd1", "2026-12-03 09:50", OV, DS, "Бухгалтер для пекарни",
  """Добрый день! Нашли вас через Яндекс. У нас пекарня, две точки, 12 человек, УСН доходы минус расходы, ККТ, ЕГАИС нет. Бухгалтер увольняется. Сколько будет стоить ваше обслуживание? Позвоните мне, пожалуйста.

Ольга Ветрова
ООО «Хлебный Дом»
+7 915 063-29-81""", na=True, ab="call:c17")
m("hd2", "2026-12-03 12:40", DS, OV, "Re: Бухгалтер для пекарни",
  """Ольга, как договорились по телефону: пришлите выписки по счёту за 3 месяца и отчёт по кассам, посчитаю. Наберу в понедельник.

""" + SIG[DS], irt="hd1", agreed=[("Наберу в понедельник.", "2026-12-07", "open"),
  ("Ольга, как договорились по телефону: пришлите выписки по счёту за 3 месяца и отчёт по кассам, посчитаю.", None, "open")])
m("hd3", "2026-12-04 10:20", OV, DS, "Re: Бухгалтер для пекарни",
  """Денис, выписки во вложении, отчёт по кассам пришлю в понедельник утром.""", irt="hd2",
  att=[("vypiski_sep_nov.zip", "application/zip")], na=False, ab=None,
  agreed=[("отчёт по кассам пришлю в понедельник утром.", "2026-12-07", "open")])

# ---------------------------------------------------------------------------------------------
# 12. Kaspiy Neftservice (Atyrau) — Aigul. tax audit. Grievance about the tax office (third party).
#     Offer in the body, contract draft, redlines, v2 -> stage contract; she will call on 9 Dec.
DZ = "d.zhumabaev@kaspiy-ns.kz"
m("kn1", "2026-10-26 10:40", DZ, AI, "Налоговая проверка / нужна помощь",
  """Айгуль, добрый день.

Пишу по рекомендации Ержана Сапарова. У нас уже третий раз за год УГД по Атырау выставляет уведомление по КПН по одним и тем же расходам на вахтовые перевозки. Инспектор на звонки не отвечает, на письма отвечает через месяц отписками, а сроки на возражения идут. Честно, надоело.

Хотим сделать независимый налоговый аудит за 2024–2025 годы, чтобы понимать реальные риски и закрыть вопрос. Сможете помочь?

Жумабаев Даурен
главный бухгалтер ТОО «Каспий Нефтесервис»
+7 7122 27-45-60, моб. +7 701 318 90 44""", na=True, ab="kn2", complaint=False)
m("kn2", "2026-10-27 09:20", AI, DZ, "Re: Налоговая проверка / нужна помощь",
  """Даурен, добрый день!

Сочувствую, ситуация с УГД, к сожалению, типичная. Поможем: предлагаю в пятницу, 30 октября, созвониться в Zoom в 11:00 по Атырау — посмотрим уведомления и состав расходов. Приглашение отправлю сегодня.

""" + SIG[AI], irt="kn1", quote="mailru_ru",
  agreed=[("Приглашение отправлю сегодня.", "2026-10-27", "kept")])
m("kn3", "2026-11-05 14:00", AI, DZ, "Предложение: налоговый аудит 2024–2025",
  """Даурен, добрый день!

По итогам встречи предлагаем:
— налоговый аудит ТОО «Каспий Нефтесервис» за 2024–2025 годы: КПН, НДС, ИПН/СН, отдельно — обоснованность расходов на вахтовые перевозки;
— подготовку возражений на текущее уведомление;
— срок 5 недель;
— стоимость 4 500 000 тенге.

""" + SIG[AI], irt="kn2", noref=True)
m("kn4", "2026-11-11 11:30", DZ, AI, "Re: Предложение: налоговый аудит 2024–2025",
  """Айгуль, директор сумму согласовал. Просим оплату двумя частями — 50% аванс, 50% после отчёта. Если ок, присылайте договор.""", irt="kn3", na=True, ab="kn5")
m("kn5", "2026-11-12 10:05", AI, DZ, "Договор: налоговый аудит ТОО «Каспий Нефтесервис»",
  """Даурен, добрый день!

Оплата 50/50 — согласовано. Проект договора во вложении (Dogovor_Kaspiy_audit.docx), 4 500 000 тенге, 5 недель.

""" + SIG[AI], irt="kn4", att=[("Dogovor_Kaspiy_audit.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("kn6", "2026-11-20 16:15", DZ, AI, "Re: Договор: налоговый аудит ТОО «Каспий Нефтесервис»",
  """Айгуль, наши юристы прислали правки (во вложении): п. 5.2 — ответственность за неверные выводы, п. 7.1 — конфиденциальность бессрочно, п. 3.4 — срок считать с даты полной передачи документов. Посмотрите, пожалуйста.

Даурен""", irt="kn5", att=[("Kaspiy_pravki.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
  na=True, ab="kn7")
m("kn7", "2026-11-23 12:40", AI, DZ, "Re: Договор: налоговый аудит ТОО «Каспий Нефтесервис»",
  """Даурен, добрый день!

Версия 2 во вложении: п. 7.1 и п. 3.4 приняли полностью, по п. 5.2 — ответственность в пределах стоимости услуг (так у нас во всех договорах на аудит). Ержан Сапаров, кстати, подписывал на тех же условиях.

""" + SIG[AI], irt="kn6", quote="mailru_ru", att=[("Dogovor_Kaspiy_audit_v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("kn8", "2026-11-30 15:50", DZ, AI, "Re: Договор: налоговый аудит ТОО «Каспий Нефтесервис»",
  """Айгуль, юристы согласовали v2. Подпишем на следующей неделе, директор вернётся из командировки 8-го.

Даурен""", irt="kn7", na=True, ab="kn9",
  agreed=[("Подпишем на следующей неделе, директор вернётся из командировки 8-го.", None, "open")])
m("kn9", "2026-12-01 09:10", AI, DZ, "Re: Договор: налоговый аудит ТОО «Каспий Нефтесервис»",
  """Даурен, отлично, спасибо! Позвоню вам 9 декабря утром, договоримся о подписании и передаче документов.

""" + SIG[AI], irt="kn8",
  agreed=[("Позвоню вам 9 декабря утром, договоримся о подписании и передаче документов.", "2026-12-09", "open")])

# ---------------------------------------------------------------------------------------------
# 13. Severny Veter — Markova. 1C migration. WON: signing meeting on 24 Nov + booked sale.
IP = "panov@sever-veter.ru"
m("sv1", "2026-10-14 18:20", MK, IP, "Итоговое предложение: переход на 1С:ERP",
  """Игорь, добрый вечер!

По итогам двух встреч направляю итоговое предложение по переходу с 1С:УПП на 1С:ERP (во вложении, KP_SeverVeter_ERP_final.pdf). Ключевые условия:

1. Объём: перенос остатков и справочников на 01.01.2027, регламентированный учёт, зарплата и кадры, склад (4 склада), обмен с интернет-магазином.
2. Сроки: 10 недель, запуск 11 января 2027 года.
3. Стоимость: 1 980 000 руб. фиксированно, из них 30% аванс.
4. Поддержка после запуска: 2 месяца включены.

Буду признательна за решение до конца месяца — иначе не успеем к январю.

""" + SIG[MK], att=[("KP_SeverVeter_ERP_final.pdf", "application/pdf")])
m("sv2", "2026-10-21 12:05", IP, MK, "Re: Итоговое предложение: переход на 1С:ERP",
  """Елена, добрый день. Согласовали с генеральным, идём с вами. Пришлите договор.

--
Игорь Панов, ИТ-директор ООО «Северный Ветер»
+7 812 407-33-61 / +7 921 955-02-17

14.10.2026, 18:20, "Елена Маркова" <markova@schetdvor.ru>:
> Игорь, добрый вечер!
> По итогам двух встреч направляю итоговое предложение""", irt="sv1", na=True, ab="sv3")
m("sv3", "2026-10-22 15:30", MK, IP, "Договор: переход на 1С:ERP",
  """Игорь, добрый день!

Спасибо за решение! Во вложении проект договора и календарный план (Dogovor_SV_ERP.docx, Plan_SV_ERP.xlsx). Обратите внимание:
1. Аванс 30% (594 000 руб.) — в течение 5 рабочих дней после подписания;
2. Приёмка по этапам, четыре акта;
3. Ответственный с вашей стороны — вы, с нашей — руководитель проекта Артём Белов.

""" + SIG[MK], irt="sv2", att=[("Dogovor_SV_ERP.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("Plan_SV_ERP.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
m("sv4", "2026-11-10 10:45", IP, MK, "Re: Договор: переход на 1С:ERP",
  """Елена, юристы вернули с мелкими правками (в режиме исправлений): сроки приёмки 5 рабочих дней вместо 3 и реквизиты. Подписывать хотим лично, 24-го в 12:00 у нас на Обводном, удобно?

Игорь""", irt="sv3", na=True, ab="sv5")
m("sv5", "2026-11-11 11:10", MK, IP, "Re: Договор: переход на 1С:ERP",
  """Игорь, добрый день!

1. Правки приняли, финальная версия во вложении.
2. 24 ноября в 12:00 на Обводном — да, приедем с Артёмом. Приглашение в календаре.

""" + SIG[MK], irt="sv4", quote="yandex_ru", agreed=[("24 ноября в 12:00 на Обводном — да, приедем с Артёмом.", "2026-11-24", "kept")], att=[("Dogovor_SV_ERP_final.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
m("sv6", "2026-11-25 10:20", MK, IP, "Спасибо за встречу / счёт на аванс",
  """Игорь, добрый день!

Спасибо за вчерашнюю встречу и подписание. Во вложении счёт на аванс 594 000 руб. Стартовое совещание проекта — 7 декабря в 10:00 у вас, приглашение отправила.

""" + SIG[MK], att=[("Schet_SV_avans.pdf", "application/pdf")])
m("sv7", "2026-11-30 17:00", IP, MK, "Re: Спасибо за встречу / счёт на аванс",
  """Елена, аванс оплатили сегодня, платёжка во вложении. До встречи 7-го.""", irt="sv6",
  att=[("pp_1187.pdf", "application/pdf")], na=False, ab=None)

# ---------------------------------------------------------------------------------------------
# 14. Delta Pharm — the head (Gromova). tax DD of an acquisition target. Qualified after a Zoom call;
#     she promised the offer by Wednesday 9 Dec.
AK = "a.kovalev@deltapharm.ru"
m("dp1", "2026-11-23 10:05", AK, HD, "Tax DD цели приобретения",
  """Ирина Валентиновна, добрый день.

Мне вас рекомендовал Павел Андреевич из «Интерфин». Мы рассматриваем покупку дистрибьютора ООО «Фарма-Лайн» (выручка ~2 млрд). Нужен налоговый due diligence target'а за 2023–2025, short deadline. Можем поговорить на этой неделе?

Андрей Ковалёв
директор по M&A, ООО «Дельта Фарм»
+7 495 781-16-90 | +7 903 540-77-12""", na=True, ab="call:c19")
m("dp2", "2026-11-23 17:30", HD, AK, "RE: Tax DD цели приобретения",
  """Андрей, добрый день.

Спасибо, что позвонили. Как договорились, встречаемся в Zoom в понедельник, 30 ноября, в 16:00; с нашей стороны будет руководитель налоговой практики. До встречи пришлите, пожалуйста, NDA, если он нужен продавцу.

""" + SIG[HD], irt="dp1", quote="outlook_ru")
m("dp3", "2026-11-30 18:20", HD, AK, "Итоги встречи 30.11 — tax DD «Фарма-Лайн»",
  """Андрей, добрый вечер.

Спасибо за встречу. Фиксирую:
— объём: налоговый DD ООО «Фарма-Лайн» за 2023–2025 (НДС, прибыль, маркировка, дробление), доступ к VDR продавца с 14 декабря;
— отчёт на английском и русском, red flag report через две недели, полный — до 25 января;
— подписание SPA планируется в феврале.

Коммерческое предложение пришлю до среды, 9 декабря.

""" + SIG[HD], irt="dp2", noref=True,
  agreed=[("Коммерческое предложение пришлю до среды, 9 декабря.", "2026-12-09", "open")])
m("dp4", "2026-12-02 12:40", AK, HD, "RE: Итоги встречи 30.11 — tax DD «Фарма-Лайн»",
  """Ирина Валентиновна, всё верно. One more thing: can your team start on 14 December even if the contract is signed a few days later? Продавец открывает VDR ровно на 4 недели.""", irt="dp3", na=True, ab="dp5")
m("dp5", "2026-12-02 14:15", HD, AK, "RE: Итоги встречи 30.11 — tax DD «Фарма-Лайн»",
  """Андрей, да, команда может начать 14 декабря по письму-подтверждению, договор подпишем параллельно.

""" + SIG[HD], irt="dp4",
  agreed=[("Андрей, да, команда может начать 14 декабря по письму-подтверждению, договор подпишем параллельно.", None, "open")])

# ---------------------------------------------------------------------------------------------
# 15. Sole trader Olga Sidorenko on mail.ru — Denis. bookkeeping. Prices in the body (proposal).
OS = "olga.sidorenko77@mail.ru"
m("os1", "2026-11-19 21:40", OS, DS, "ведение ИП",
  """Здравствуйте! Я ИП на УСН 6%, сотрудников нет, продаю на маркетплейсах. Сколько будет стоить ведение бухгалтерии и отчётность? Спасибо.

Ольга
8 926 114-52-09""", na=True, ab="os2")
m("os2", "2026-11-20 09:30", DS, OS, "Re: ведение ИП",
  """Ольга, добрый. ИП на УСН 6% без сотрудников, маркетплейсы — 4 500 руб./мес., отчётность и взносы включены. Подходит?

""" + SIG[DS], irt="os1")
m("os3", "2026-11-24 13:15", OS, DS, "Re: ведение ИП",
  """А если в следующем году возьму одного сотрудника? На сколько дороже будет?""", irt="os2", na=True, ab="os4")
m("os4", "2026-11-24 13:40", DS, OS, "Re: ведение ИП",
  """+1 500 руб./мес. за сотрудника, т.е. 6 000 руб./мес.

""" + SIG[DS], irt="os3")
m("os5", "2026-11-26 20:05", OS, DS, "Re: ведение ИП",
  """Поняла, спасибо. Дам ответ до конца месяца.""", irt="os4", na=False, ab=None,
  agreed=[("Дам ответ до конца месяца.", "2026-11-30", "broken")])

# ---------------------------------------------------------------------------------------------
# Not negotiations: newsletter, a cold sender nobody answers, internal mail.
m("nl1", "2026-11-02 07:00", "digest@buhpravo.ru", MK, "БухПраво: что изменится в НДС с 2027 года — дайджест недели",
  """Дайджест БухПраво № 44

1. Ставка НДС для УСН: новые пороги с 1 января 2027 года.
2. ФНС обновила форму 6-НДФЛ.
3. Вебинар «Закрытие года в 1С» — 19 ноября, регистрация по ссылке.

Вы получили это письмо, потому что подписаны на рассылку buhpravo.ru. Отписаться: https://buhpravo.ru/unsubscribe""",
  extra={"List-Unsubscribe": "<https://buhpravo.ru/unsubscribe>", "Precedence": "bulk"})
m("nl2", "2026-11-30 07:00", "digest@buhpravo.ru", DS, "БухПраво: календарь отчётности на декабрь",
  """Дайджест БухПраво № 48

Календарь бухгалтера на декабрь 2026: НДФЛ, страховые взносы, уведомления об исчисленных налогах.

Отписаться: https://buhpravo.ru/unsubscribe""",
  extra={"List-Unsubscribe": "<https://buhpravo.ru/unsubscribe>", "Precedence": "bulk"})
m("cold1", "2026-11-11 10:00", "hello@leadforge.pro", MK, "Елена, 50 тёплых лидов для бухгалтерского аутсорсинга в месяц",
  """Елена, добрый день!

Мы в LeadForge приводим бухгалтерским компаниям от 50 заявок в месяц от собственников бизнеса. Оплата только за целевые лиды — от 1 200 руб.

Удобно ли созвониться на 15 минут в четверг?

Алина, LeadForge
+7 499 380-11-20""")
m("cold2", "2026-11-18 10:00", "hello@leadforge.pro", MK, "Re: Елена, 50 тёплых лидов для бухгалтерского аутсорсинга в месяц",
  """Елена, напоминаю о своём письме. Можем сделать тестовую неделю бесплатно.

Алина, LeadForge""", irt="cold1")
m("in1", "2026-11-02 09:00", HD, [DS, MK, AI], "План на ноябрь",
  """Коллеги, доброе утро.

План на ноябрь в файле plans.csv в общей папке: Денис — 1,2 млн, Лена — 2,5 млн, Айгуль — эквивалент 1,5 млн руб. Прошу до среды обновить статусы в таблице сделок.

И. Громова""")
m("in2", "2026-11-10 13:30", DS, HD, "ТехноПарк — разобрался",
  """Ирина Валентиновна, ТехноПарк: причина — реестр по старому шаблону банка, уведомление об отказе ушло на общий ящик. Марине позвонил, извинился. Разбор напишете вы или я?""")
m("in3", "2026-11-10 13:45", HD, DS, "Re: ТехноПарк — разобрался",
  """Напишу сама, до пятницы. Ты в пятницу проверь с расчётчиком новый порядок отправки.""", irt="in2")
m("in4", "2026-11-12 09:20", AI, HD, "Каспий — оплата 50/50",
  """Ирина Валентиновна, Каспий Нефтесервис просит оплату двумя частями, 50% аванс и 50% после отчёта, сумма 4,5 млн тенге. Согласуете?

Айгуль""")
m("in5", "2026-11-12 09:35", HD, AI, "Re: Каспий — оплата 50/50",
  """Согласовано.""", irt="in4")


# ---------------------------------------------------------------------------------------------
# Later English mail of the foreign subsidiaries.
YC = "yuna.choi@seoulbeauty.ru"
m("sb12", "2026-12-01 10:40", KIM, MK, "December transition",
  """Elena,

Two practical questions before the signing:
1) our current provider will give you read access to their 1C database only from 15 December — is that enough time?
2) who will be our payroll accountant? Our staff would like to have one person to write to.

Ji-won""", noref=True, na=True, ab="sb13")
m("sb13", "2026-12-01 15:25", MK, KIM, "RE: December transition",
  """Dear Ji-won,

Thank you, both are good questions.

1. Access from 15 December is enough for the opening balances; we will need the final December payroll data by 12 January, which your current provider will have closed by then.
2. Your payroll accountant will be Olga Sinitsyna; she speaks English and will be copied on all payroll mail from January. I will introduce her at the signing on 9 December.

""" + SIG["markova_en"], irt="sb12", quote="gmail_en",
  agreed=[("I will introduce her at the signing on 9 December.", "2026-12-09", "open")])
m("sb14", "2026-12-02 16:05", YC, MK, "Documents for payroll transfer",
  """Hello Ms. Markova,

I am the HR manager of SeoulBeauty Rus. Ms. Kim asked me to prepare the documents for the payroll transfer. Could you send me the list of what you need from HR, and in which format?

Thank you,
Choi Yu-na
HR Manager
SeoulBeauty Rus LLC
+7 926 551-08-60""", cc=[KIM], na=True, ab="sb15")
m("sb15", "2026-12-03 11:10", MK, YC, "RE: Documents for payroll transfer",
  """Dear Ms. Choi,

Thank you for getting in touch. For the payroll transfer we need:

1. The staff list (штатное расписание) and the list of employees with their salaries and allowances, in Excel.
2. Employment contracts and the latest amendments (scans are fine).
3. Vacation balances as of 31 December and the vacation schedule for 2027.
4. Child tax deduction applications and any writs of execution (alimony).
5. Personal income tax status of foreign employees (Korean staff: work permits, HQS status if any).

A secure upload folder will come from our side on 10 December, after the contract is signed.

""" + SIG["markova_en"], irt="sb14", quote="outlook_en", cc=[KIM],
  agreed=[("A secure upload folder will come from our side on 10 December, after the contract is signed.", "2026-12-10", "open")])
m("ro12", "2026-11-20 15:40", GF, MK, "TP review - methodology question",
  """Dear Ms Markova,

Marco forwarded me your offer of 16 November. Before our budget meeting I have two questions:
- will your transfer pricing review follow only the Russian Tax Code (section V.1) or also the OECD Guidelines, which our group auditors use?
- can the report be delivered before 31 January, as our statutory audit starts on 1 February?

Kind regards,
Giulia Ferrari
Group Tax Manager
Rossi Macchine Utensili S.p.A., Bergamo""", cc=[MB], na=True, ab="ro13")
m("ro13", "2026-11-20 18:05", MK, GF, "RE: TP review - methodology question",
  """Dear Ms Ferrari,

Thank you for your questions.

1. The review follows section V.1 of the Russian Tax Code, and where the two differ we comment on the OECD Guidelines position too, so that your group auditors can read it without a separate memo.
2. Yes: with the 2025 documents received by 21 December, the report is delivered by 22 January.

""" + SIG["markova_en"], irt="ro12", quote="outlook_en", cc=[MB],
  agreed=[("Yes: with the 2025 documents received by 21 December, the report is delivered by 22 January.", None, "open")])
m("bp7", "2026-12-02 10:20", ST, AI, "TOO registered!",
  """Hi Aigul,

Good news: TOO Brightpath Kazakhstan is registered, BIN 261140021378. Charter and registration certificate attached. One more question for the proposal: does the director (Tom, UK resident, not moving to Almaty) need to be on payroll in Kazakhstan?

Sophie""", noref=True, att=[("Brightpath_KZ_charter.pdf", "application/pdf"), ("Registration_certificate.pdf", "application/pdf")],
  na=True, ab="bp8")
m("bp8", "2026-12-02 19:10", AI, ST, "RE: TOO registered!",
  """Dear Sophie,

Congratulations! Thank you for the documents. Short answer: a director who is not paid in Kazakhstan does not have to be on payroll, but there must be an order appointing him, and he needs an IIN for the bank. I will describe both options, with and without a director's salary, in the proposal.

""" + SIG["aigul_en"], irt="bp7", quote="gmail_en",
  agreed=[("I will describe both options, with and without a director's salary, in the proposal.", None, "open")])
m("bp9", "2026-12-03 17:45", TH, AI, "annual price?",
  """Aigul, one more thing from our investors: could you also quote a fixed annual price for 2027, not only monthly? Makes our budgeting easier.
Tom

Sent from my iPhone""", noref=True, cc=[ST], na=True, ab="bp10")
m("bp10", "2026-12-04 13:05", AI, TH, "RE: annual price?",
  """Dear Tom,

Of course — the proposal on 8 December will have both the monthly and the annual price for 2027.

""" + SIG["aigul_en"], irt="bp9", cc=[ST],
  agreed=[("Of course — the proposal on 8 December will have both the monthly and the annual price for 2027.", "2026-12-08", "open")])
m("ro14", "2026-11-26 11:30", MB, MK, "RE: New offer: tax DD FY2025 (VAT and transfer pricing)",
  """Elena, sorry, one more from Giulia: can the advance be paid in EUR directly by Bergamo, or only in rubles by us?

Marco""", irt="ro11", na=True, ab="ro15")
m("ro15", "2026-11-26 14:50", MK, MB, "RE: New offer: tax DD FY2025 (VAT and transfer pricing)",
  """Dear Marco,

Only in rubles and only by the Russian company, since the contract will be between Rossi Macchine Utensili Rus and us; a payment from Bergamo would be a payment for a third party and would need a separate letter. The ruble price stays as in the offer: 860,000 RUB.

""" + SIG["markova_en"], irt="ro14", quote="gmail_en")
m("sb16", "2026-12-04 09:40", KIM, MK, "RE: Signing",
  """Elena, Mr. Lee confirmed Wednesday 15:00. Thank you for the answers on the transition, very helpful. See you on the 9th!

Ji-won""", irt="sb11", noref=True, na=False, ab=None)
m("bp11", "2026-12-04 14:10", ST, AI, "RE: annual price?",
  """Thanks Aigul, much appreciated!
S.""", irt="bp10", na=False, ab=None)

# ---------------------------------------------------------------------------------------------
# 16. Van Dijk Flowers Rus (Dutch flower importer) — Markova, English. payroll + HR records. LOST: explicit decline.
PV = "pieter.devries@vandijkflowers.ru"
m("vd1", "2026-10-20 11:00", PV, MK, "Payroll outsourcing",
  """Good morning,

We are the Russian subsidiary of a Dutch flower wholesaler (18 employees in Moscow, warehouse in Dmitrov). Our accountant is going on maternity leave in December and we are thinking of outsourcing payroll and HR records. Can you send me your conditions?

Best regards,
Pieter de Vries
General Director, Van Dijk Flowers Rus LLC
+7 495 268-40-91""", na=True, ab="vd2")
m("vd2", "2026-10-21 10:10", MK, PV, "RE: Payroll outsourcing",
  """Dear Mr de Vries,

Thank you for your request. To quote precisely, could you tell me:

1. How salaries are paid — fixed salary only, or bonuses and overtime in the warehouse?
2. Are there any foreign employees (work permits)?
3. Which software the payroll is kept in now?
4. Do you need HR records in full (orders, personal files, military records) or only payroll?

""" + SIG["markova_en"], irt="vd1", quote="outlook_en")
m("vd3", "2026-10-22 09:30", PV, MK, "RE: Payroll outsourcing",
  """Elena,
1. Salary plus monthly bonus, overtime in the warehouse in season (February-March).
2. Two Dutch employees, both with HQS permits.
3. 1C:ZUP.
4. Full HR records please.
Pieter""", irt="vd2", na=True, ab="vd4")
m("vd4", "2026-10-27 12:15", MK, PV, "Proposal: payroll and HR records for Van Dijk Flowers Rus",
  """Dear Pieter,

Thank you for the details. Our proposal:

1. Payroll for up to 20 employees, including bonuses, seasonal overtime and two HQS employees: 21,600 RUB per month.
2. Full HR records: 9,000 RUB per month.
3. Total: 30,600 RUB per month, working in your 1C:ZUP database remotely.
4. Start: 1 December, handover from your accountant in the second half of November.

""" + SIG["markova_en"], irt="vd3", noref=True)
m("vd5", "2026-11-09 10:00", MK, PV, "RE: Proposal: payroll and HR records for Van Dijk Flowers Rus",
  """Dear Pieter,

Just checking whether you had a chance to look at our proposal — a December start would need the handover to begin next week.

""" + SIG["markova_en"], irt="vd4")
m("vd6", "2026-11-11 16:40", PV, MK, "RE: Proposal: payroll and HR records for Van Dijk Flowers Rus",
  """Elena, thank you for the clear proposal and for following up. In the end we decided to keep payroll in-house: our accountant found a colleague to cover her maternity leave, and Amsterdam prefers not to change anything this year. Sorry, and thanks for your time.

Pieter""", irt="vd5", na=False, ab="vd7")
m("vd7", "2026-11-11 17:20", MK, PV, "RE: Proposal: payroll and HR records for Van Dijk Flowers Rus",
  """Dear Pieter,

Thank you for letting me know. If anything changes, we will be glad to help.

""" + SIG["markova_en"], irt="vd6")

m("nl3", "2026-11-19 06:00", "weekly@cistaxbrief.com", AI, "CIS Tax Brief #46: Kazakhstan Tax Code 2026 — what changes for foreign-owned TOOs",
  """CIS Tax Brief — weekly

1. Kazakhstan: new VAT threshold and rates under the 2026 Tax Code.
2. Kyrgyzstan: e-invoicing becomes mandatory for all VAT payers.
3. Uzbekistan: transfer pricing documentation deadlines moved.

You are receiving this because you subscribed at cistaxbrief.com. Unsubscribe: https://cistaxbrief.com/u""",
  extra={"List-Unsubscribe": "<https://cistaxbrief.com/u>", "Precedence": "bulk"})
m("nl4", "2026-12-03 06:00", "weekly@cistaxbrief.com", AI, "CIS Tax Brief #48: year-end checklist for Central Asia",
  """CIS Tax Brief — weekly

Year-end checklist for Kazakhstan and Kyrgyzstan: inventories, FX revaluation, CIT advance payments.

Unsubscribe: https://cistaxbrief.com/u""",
  extra={"List-Unsubscribe": "<https://cistaxbrief.com/u>", "Precedence": "bulk"})
m("cold3", "2026-11-25 09:00", "partners@cloudledger.io", AI, "Partner programme for accounting firms in Central Asia",
  """Hi Aigul,

CloudLedger is a cloud bookkeeping platform now launching in Kazakhstan and Kyrgyzstan. Our partner firms get 30% revenue share and free onboarding for their clients.

Would you be open to a 20-minute intro call next week?

Best,
Jonas Weber
Partnerships, CloudLedger""")

# ---------------------------------------------------------------------------------------------
# Calendar. start/end in Moscow time unless given with an offset; boxes = whose calendar holds it.
EVENTS = [
    dict(uid="al-disc-20261015@schetdvor.ru", box="aigul", start="2026-10-15 09:00", end="2026-10-15 10:00",
         summary="Zoom: Алатау Логистик — знакомство", location="Zoom", org=AI, att=[ES]),
    dict(uid="sb-disc-20261016@schetdvor.ru", box="markova", start="2026-10-16 11:00", end="2026-10-16 11:45",
         summary="Zoom discovery call: SeoulBeauty Rus", location="Zoom", org=MK, att=[KIM]),
    dict(uid="ro-zoom-20261019@schetdvor.ru", box="markova", start="2026-10-19 15:00", end="2026-10-19 15:30",
         summary="Zoom: Rossi — tax DD scope", location="Zoom", org=MK, att=[MB, NO]),
    dict(uid="ro-visit-20261022@schetdvor.ru", box="markova", start="2026-10-22 10:00", end="2026-10-22 13:00",
         summary="Росси: встреча с главбухом, документы для DD (у клиента)", location="ООО «Росси Маккине Рус», Электрозаводская ул., 27", org=MK, att=[NO]),
    dict(uid="at-disc-20261022@schetdvor.ru", box="aigul", start="2026-10-22 13:00", end="2026-10-22 14:00",
         summary="Zoom: Ала-Тоо Трейд — переход с 1С 7.7", location="Zoom", org=AI, att=[BO]),
    dict(uid="gr-visit-20261015@schetdvor.ru", box="shuvaev", start="2026-10-15 15:00", end="2026-10-15 16:00",
         summary="Гранит: встреча в офисе клиента", location="Пресненская наб., 12, офис Гранит", org=DS, att=[VZ]),
    dict(uid="kn-disc-20261030@schetdvor.ru", box="aigul", start="2026-10-30 09:00", end="2026-10-30 10:00",
         summary="Zoom: Каспий Нефтесервис — уведомления УГД", location="Zoom", org=AI, att=[DZ]),
    dict(uid="sv-sign-20261124@schetdvor.ru", box="markova", start="2026-11-24 12:00", end="2026-11-24 13:30",
         summary="Северный Ветер: подписание договора ERP (у клиента)", location="Санкт-Петербург, наб. Обводного канала, 118", org=MK, att=[IP]),
    dict(uid="bp-disc-20261124@schetdvor.ru", box="aigul", start="2026-11-24 13:00", end="2026-11-24 13:45",
         summary="Zoom discovery call: Brightpath Learning (KZ entity)", location="Zoom", org=AI, att=[ST, TH]),
    dict(uid="ml-disc-20261125@schetdvor.ru", box="markova", start="2026-11-25 11:00", end="2026-11-25 11:40",
         summary="Zoom: МедЛайн — вопросы для КП", location="Zoom", org=MK, att=[AB]),
    dict(uid="kn-redl-20261125@schetdvor.ru", box="aigul", start="2026-11-25 09:00", end="2026-11-25 09:30",
         summary="Zoom: Каспий — правки договора с юристами", location="Zoom", org=AI, att=[DZ]),
    dict(uid="dp-disc-20261130@schetdvor.ru", box="gromova", start="2026-11-30 16:00", end="2026-11-30 17:00",
         summary="Zoom: Дельта Фарм — tax DD Фарма-Лайн", location="Zoom", org=HD, att=[AK]),
    dict(uid="sv-kick-20261207@schetdvor.ru", box="markova", start="2026-12-07 10:00", end="2026-12-07 12:00",
         summary="Северный Ветер: стартовое совещание проекта ERP", location="Санкт-Петербург, наб. Обводного канала, 118", org=MK, att=[IP]),
    dict(uid="ml-kp-20261208@schetdvor.ru", box="markova", start="2026-12-08 14:00", end="2026-12-08 15:00",
         summary="Zoom: МедЛайн — обсуждение КП", location="Zoom", org=MK, att=[AB, IK]),
    dict(uid="tp-visit-20261209@schetdvor.ru", box="shuvaev", start="2026-12-09 11:00", end="2026-12-09 12:00",
         summary="ТехноПарк Юг: кадровый учёт, встреча в офисе клиента", location="Краснодар, ул. Уральская, 75", org=DS, att=[ML, OG]),
    dict(uid="sb-sign-20261209@schetdvor.ru", box="markova", start="2026-12-09 15:00", end="2026-12-09 16:00",
         summary="SeoulBeauty Rus: contract signing (Khimki)", location="Химки, Ленинградская ул., 29, 3 этаж", org=MK, att=[KIM]),
    dict(uid="team-20261130@schetdvor.ru", box="gromova", start="2026-11-30 10:00", end="2026-11-30 11:00",
         summary="Планёрка отдела продаж", location="Переговорная / Zoom", org=HD, att=[DS, MK, AI]),
]

# ---------------------------------------------------------------------------------------------
# Telephony export (Mango-like, own column names). key, time (Moscow), direction, extension, number, seconds, note
CALLS = [
    ("c01", "09.10.2026 16:40", "Входящий", "102", "+7 495 788-13-02", 95, "Гранит, вопрос по условиям"),
    ("c02", "12.10.2026 11:05", "Исходящий", "102", "+7 495 788-13-02", 420, "Гранит, объёмы"),
    ("c03", "14.10.2026 16:03", "Исходящий", "102", "8 916 204-18-77", 540, "Вектор-Строй"),
    ("c04", "21.10.2026 11:20", "Исходящий", "102", "(473) 260-81-90 доб. 115", 780, "Колос, объём аудита"),
    ("c05", "29.10.2026 12:10", "Исходящий", "102", "+7 916 204-18-77", 0, ""),
    ("c06", "02.11.2026 17:30", "Исходящий", "104", "+7 985 220-64-19", 600, "Росси, договор"),
    ("c07", "10.11.2026 10:05", "Исходящий", "102", "+7 918 411-27-63", 420, "ТехноПарк, задержка ЗП, извинились"),
    ("c08", "10.11.2026 15:20", "Входящий", "101", "+7 861 299-05-40", 300, "Гусев, ТехноПарк"),
    ("c09", "11.11.2026 10:40", "Исходящий", "102", "+7 473 260-81-90", 0, ""),
    ("c10", "12.11.2026 12:15", "Исходящий", "102", "+7 473 260-81-90", 660, "Колос: сроки отчёта до конца января ок"),
    ("c11", "12.11.2026 16:00", "Исходящий", "102", "+7 495 788-13-02", 0, ""),
    ("c12", "20.11.2026 11:10", "Входящий", "102", "8 926 114-52-09", 240, "ИП Сидоренко, маркетплейсы"),
    ("c13", "26.11.2026 09:30", "Исходящий", "103", "+7 701 318 90 44", 480, "Каспий, v2 договора"),
    ("c14", "27.11.2026 12:00", "Исходящий", "104", "+7 926 551-08-34", 360, "SeoulBeauty, transition plan"),
    ("c15", "01.12.2026 15:40", "Исходящий", "102", "+7 473 260-81-90", 200, "Колос: собственник в отъезде, набрать после 10-го"),
    ("c16", "02.12.2026 10:30", "Исходящий", "103", "+7 701 744 12 90", 180, "Алатау: первичка за ноябрь"),
    ("c17", "03.12.2026 11:50", "Исходящий", "102", "+7 915 063-29-81", 300, "Хлебный Дом, первичный"),
    ("c18", "03.12.2026 14:05", "Входящий", "102", "+7 499 112-40-33", 35, "спам"),
    ("c19", "23.11.2026 12:30", "Исходящий", "101", "+7 903 540-77-12", 420, "Дельта Фарм, DD"),
    ("c20", "04.12.2026 12:20", "Входящий", "102", "+7 861 299-05-40", 0, ""),
    ("c21", "23.10.2026 13:10", "Входящий", "102", "+7 495 788-13-02", 180, "Гранит: пока смотрят"),
]
# which client each call is with (None: unknown number)
CALL_CLIENT = {
    "c01": "ООО «Гранит Девелопмент»", "c02": "ООО «Гранит Девелопмент»", "c03": "ООО «Вектор-Строй»",
    "c04": "АО «Агрохолдинг Колос»", "c05": "ООО «Вектор-Строй»", "c06": "ООО «Росси Маккине Рус»",
    "c07": "ООО «ТехноПарк Юг»", "c08": "ООО «ТехноПарк Юг»", "c09": "АО «Агрохолдинг Колос»",
    "c10": "АО «Агрохолдинг Колос»", "c11": "ООО «Гранит Девелопмент»", "c12": "olga.sidorenko77@mail.ru",
    "c13": "ТОО «Каспий Нефтесервис»", "c14": "ООО «СеулБьюти Рус»", "c15": "АО «Агрохолдинг Колос»",
    "c16": "ТОО «Алатау Логистик»", "c17": "ООО «Хлебный Дом»", "c18": None, "c19": "ООО «Дельта Фарм»",
    "c20": "ООО «ТехноПарк Юг»", "c21": "ООО «Гранит Девелопмент»",
}

# Booked sales (accounting export) and plans
SALES = [
    ("СД-2026-0412", "05.11.2026", "aigul@schetdvor.ru", "bookkeeping", "ТОО «Алатау Логистик»", "2280000,00", "KZT"),
    ("СД-2026-0431", "26.11.2026", "markova@schetdvor.ru", "migration_1c", "ООО «Северный Ветер»", "1980000,00", "RUB"),
]
PLANS = [
    ("2026-11", "manager", "", "shuvaev@schetdvor.ru", "all", "amount", "1200000", "RUB"),
    ("2026-11", "manager", "", "markova@schetdvor.ru", "all", "amount", "2500000", "RUB"),
    ("2026-11", "manager", "", "aigul@schetdvor.ru", "all", "amount", "1500000", "RUB"),
    ("2026-12", "manager", "", "shuvaev@schetdvor.ru", "all", "amount", "1200000", "RUB"),
    ("2026-12", "manager", "", "markova@schetdvor.ru", "all", "amount", "3000000", "RUB"),
    ("2026-12", "manager", "", "aigul@schetdvor.ru", "all", "amount", "1500000", "RUB"),
    ("2026-12", "manager", "", "gromova@schetdvor.ru", "all", "amount", "1000000", "RUB"),
]

# ---------------------------------------------------------------------------------------------
# Ground truth: negotiations (evidence = message key or ics UID)
NEGOTIATIONS = [
    dict(client="ООО «СеулБьюти Рус»", manager=MK, product="bookkeeping", stage="contract", ev="sb9",
         next="2026-12-09", src="meeting", amount=(2580000, "RUB"), close="2026-12-09"),
    dict(client="ООО «Росси Маккине Рус»", manager=MK, product="tax_dd", stage="proposal", ev="ro9",
         next="2026-12-11", src="manager_promise", amount=(860000, "RUB"), close=None),
    dict(client="Brightpath Learning Ltd", manager=AI, product="bookkeeping", stage="qualified", ev="bp4",
         next="2026-12-08", src="manager_promise", amount=None, close=None),
    dict(client="ТОО «Алатау Логистик»", manager=AI, product="bookkeeping", stage="won", ev="al9",
         next=None, src=None, amount=(2280000, "KZT"), close=None),
    dict(client="ОсОО «Ала-Тоо Трейд»", manager=AI, product="migration_1c", stage="proposal", ev="at3",
         next="2027-01-15", src="client_request", amount=(1150000, "KGS"), close=None),
    dict(client="ТОО «Каспий Нефтесервис»", manager=AI, product="tax_audit", stage="contract", ev="kn7",
         next="2026-12-09", src="manager_promise", amount=(4500000, "KZT"), close=None),
    dict(client="ООО «Вектор-Строй»", manager=DS, product="bookkeeping", stage="lost", ev="vk5",
         next=None, src=None, amount=(95000, "RUB"), close=None),
    dict(client="ООО «ТехноПарк Юг»", manager=DS, product="hr", stage="proposal", ev="tp5",
         next="2026-12-09", src="meeting", amount=(27000, "RUB"), close=None),
    dict(client="АО «Агрохолдинг Колос»", manager=DS, product="tax_audit", stage="negotiation", ev="ko5",
         next="2026-12-10", src="client_request", amount=(640000, "RUB"), close="2026-12-15"),
    dict(client="ООО «Гранит Девелопмент»", manager=DS, product="bookkeeping", stage="lost", ev="gr6",
         next=None, src=None, amount=(150000, "RUB"), close=None),
    dict(client="ООО «Хлебный Дом»", manager=DS, product="bookkeeping", stage="lead", ev="hd1",
         next="2026-12-07", src="manager_promise", amount=None, close=None),
    dict(client="ООО «МедЛайн Клиник»", manager=MK, product="bookkeeping", stage="proposal", ev="ml6",
         next="2026-12-08", src="meeting", amount=(5304000, "RUB"), close=None),
    dict(client="ООО «Северный Ветер»", manager=MK, product="migration_1c", stage="won", ev="sv-sign-20261124@schetdvor.ru",
         next="2026-12-07", src="meeting", amount=(1980000, "RUB"), close=None),
    dict(client="ООО «Дельта Фарм»", manager=HD, product="tax_dd", stage="qualified", ev="dp3",
         next="2026-12-09", src="manager_promise", amount=None, close=None),
    dict(client="ООО «Ван Дейк Флауэрс Рус»", manager=MK, product="payroll", stage="lost", ev="vd6",
         next=None, src=None, amount=(30600, "RUB"), close=None),
    dict(client="olga.sidorenko77@mail.ru", manager=DS, product="bookkeeping", stage="proposal", ev="os2",
         next=None, src=None, amount=(4500, "RUB"), close=None),
]

NOT_NEGOTIATIONS = [
    ("digest@buhpravo.ru", "newsletter"),
    ("hello@leadforge.pro", "unknown sender, no answer"),
    ("weekly@cistaxbrief.com", "newsletter"),
    ("partners@cloudledger.io", "unknown sender, no answer"),
    ("i.kotova@medline-clinic.ru", "auto-reply"),
    ("gromova@schetdvor.ru", "internal"),
]
