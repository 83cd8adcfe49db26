"""What a careful head of sales would write after reading everything, at as_of.

Evidence is written as a message key, 'event:<UID>' or 'call:<key>'; build.py turns it into
Message-IDs and calls.csv row numbers. Amounts are (major units, currency)."""

DY = "a.dyachenko@sibrasbank.ru"
SH = "o.shabanova@sibrasbank.ru"
ER = "d.ershova@sibrasbank.ru"
KIM = "v.kim@sibrasbank.ru"
KOV = "m.kovaleva@sibrasbank.ru"


def N(client, manager, product, stage, evidence, next_contact=None, source=None, amount=None,
      close=None):
    return dict(client=client, manager=manager, product=product, stage=stage, evidence=evidence,
                next_contact=next_contact, source=source, amount=amount, close=close)


NEGOTIATIONS = [
    N("ООО «Ангара Лес»", DY, "LC", "contract", "ang12", "2026-12-15", "manager_promise",
      (4800000, "CNY"), "2026-12-15"),
    N("ООО «Ангара Лес»", DY, "EFACT", "proposal", "angf2", "2026-12-11", "manager_promise",
      (30000000, "RUB")),
    N("ООО «Кулундинская зерновая компания»", DY, "FXF", "won", "kzk11", None, None,
      (8000000, "CNY"), "2026-11-12"),
    N("ООО «Томская лесопромышленная компания»", DY, "FXF", "lost", "tlp05", None, None,
      (20000000, "CNY")),
    N("ООО «Алтайская нива»", DY, "ESCROW", "lost", "aln06", None, None, (62000000, "RUB")),
    N("ООО «Сибмедпоставка»", SH, "BG", "lost", "smp07", None, None, (9000000, "CNY")),
    N("ООО «СибТехИмпорт»", SH, "VK", "won", "stv07", None, None, None, "2026-10-27"),
    N("ООО «СибТехИмпорт»", SH, "LC", "negotiation", "stl06", "2026-12-11", "manager_promise",
      (5040000, "CNY")),
    N("ООО «АвтоДеталь-Сибирь»", SH, "FXC", "won", "avd12", "2026-12-10", "client_request", None,
      "2026-11-10"),
    N("ООО «Восток-Улов»", KIM, "EFACT", "contract", "vu09", "2026-12-14", "meeting",
      (120000000, "RUB"), "2026-12-14"),
    N("ООО «Амур-Агро»", KIM, "LC", "qualified", "call:ama_c1", "2026-12-10", "call"),
    N("ООО «ПортЛогистик ДВ»", KIM, "BG", "negotiation", "pld03", "2026-12-10", "manager_promise",
      (25000000, "RUB"), "2026-12-31"),
    N("ИП Сафронов Игорь Валентинович", ER, "FXC", "won", "saf09", None, None, (380000, "CNY"),
      "2026-11-02"),
    N("ООО «ТрансЗапчасть»", ER, "VK", "qualified", "call:tz_c1", "2026-11-27", "manager_promise"),
    N("g.mukhametova@yandex.ru", ER, None, "lead", "muh01"),
    N("ООО «Мебельная фабрика «Кедровый двор»»", ER, "BG", "contract", "kd14", "2026-12-10",
      "meeting", (1450000, "CNY"), "2026-12-10"),
    N("АО «ЗапСибТрейд»", KOV, "LC", "proposal", "zst04", "2026-12-14", "manager_promise",
      (300000000, "RUB")),
]

NOT_NEGOTIATIONS = [
    ("news@vedexpert.ru", "newsletter"),
    ("digest@bankinform-pro.ru", "newsletter"),
    ("sales@exportleads.ru", "unknown sender, no answer (cold offer of lead databases)"),
    ("hk.paysolution@gmail.com", "unknown sender, no answer (payment agent; forwarded to compliance)"),
    ("n.bazhenova@mail.ru", "thanks only (webinar listener)"),
    ("info@lingva-sib.ru", "supplier (translation bureau of the bank)"),
    ("liuyan@senlinwood.cn", "counterparty of a client (Chinese buyer of ООО «Ангара Лес»)"),
    ("emre.yildiz@egeaksesuar.com.tr", "counterparty of a client (Turkish supplier of «Кедровый двор»)"),
    ("d.ryabov@sibtranzit.ru", "intermediary (customs broker writing for ООО «ТрансЗапчасть» and ИП Мухаметова)"),
    ("buh@angarales.ru", "auto-reply"),
    ("n.guseva@sibrasbank.ru", "internal (currency control)"),
    ("o.lyapin@sibrasbank.ru", "internal (compliance)"),
    ("s.pak@sibrasbank.ru", "internal (treasury)"),
]
