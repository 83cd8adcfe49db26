#!/usr/bin/env python3
"""Build the Prikamye Regional Bank test company from story.py (standard library only, deterministic).

Writes: mail/<box>/ (Maildir, sent mail in .Sent), calendar/<box>/*.ics, calls.csv (the PBX's own
columns, Windows-1251, ';'), clients.csv, plans.csv, sales.csv, dealtrail.toml, truth.json.
Then checks them; any problem stops the build with exit code 1.

    python3 build.py
"""
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
story = {}
with open(os.path.join(HERE, "story.py"), encoding="utf-8") as f:
    exec(compile(f.read(), "story.py", "exec"), story)

PEOPLE, MSGS, EVENTS, CALLS = story["PEOPLE"], story["MSGS"], story["EVENTS"], story["CALLS"]
MANAGERS, NEG, NOT_NEG = story["MANAGERS"], story["NEG"], story["NOT_NEG"]
BANK = story["BANK"]
COMPANY_TZ = ZoneInfo(story["TIMEZONE"])
AS_OF = dt.datetime.fromisoformat(story["AS_OF"])
MGR = {m["email"]: m for m in MANAGERS}
BY_KEY = {m["key"]: m for m in MSGS}
ERRORS = []


def err(text):
    ERRORS.append(text)


def h(key, n=32):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def local(when, tz):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def domain(addr):
    return addr.rsplit("@", 1)[1].lower()


def internal(addr):
    return domain(addr) == BANK


# ---------------------------------------------------------------- client lookup
CLIENT_OF = {}
for name, domains, owner, seg, phones in story["CLIENTS"]:
    for d in re.split(r"[;,\s]+", domains):
        if d:
            CLIENT_OF[d] = name
FREE = story["FREE_MAIL_CLIENTS"]


def client_of(addr):
    if addr in FREE:
        return addr
    return CLIENT_OF.get(domain(addr))


# ---------------------------------------------------------------- message ids
def message_id(m):
    p = PEOPLE[m["frm"]]
    k = m["key"] + "|" + m["when"]
    x = h(k, 40)
    mua, dom = p["mua"], domain(m["frm"])
    if dom == BANK:
        return "<%s%s@EXCH02.prikambank.local>" % (x[:8].upper(), x[8:24].upper())
    if mua == "gmail_ru" or mua == "gmail_en":
        return "<CA+%s%s@mail.gmail.com>" % (x[:20], x[20:32].upper())
    if mua == "yandex":
        return "<%d%d@mail.yandex.ru>" % (int(x[:6], 16), int(x[6:12], 16))
    if mua == "mailru":
        return "<%d.%s@f%d.mail.ru>" % (int(x[:8], 16), x[8:20], int(x[20:22], 16) % 500)
    if mua == "iphone_ru":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                        x[20:32].upper(), dom)
    if mua == "none":
        return "<%s.%s@mailer.%s>" % (x[:12], x[12:20], dom)
    if dom.endswith(".ru"):
        return "<%s$%s@%s>" % (x[:12], x[12:20], dom)
    return "<%sMB%s@%s.prod.outlook.com>" % (x[:6].upper(), x[6:18].upper(), dom.split(".")[0].upper())


MID = {m["key"]: message_id(m) for m in MSGS}
assert len(set(MID.values())) == len(MID), "duplicate Message-ID"

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sender_time(m):
    return local(m["when"], PEOPLE[m["frm"]]["tz"])


def addr_line(addrs):
    return "; ".join("%s <%s>" % (PEOPLE[a]["name"], a) for a in addrs)


def quote_header(style, parent, t):
    """The attribution line(s) a mail program of `style` writes above the quoted parent."""
    p = PEOPLE[parent["frm"]]
    name, a = p["name"], parent["frm"]
    if style == "outlook_ru":
        lines = ["", "________________________________",
                 "От: %s <%s>" % (name, a),
                 "Отправлено: %s, %d %s %d г. %d:%02d" % (RU_WD[t.weekday()], t.day, RU_MONTHS_GEN[t.month - 1],
                                                          t.year, t.hour, t.minute),
                 "Кому: %s" % addr_line(parent["to"])]
        if parent["cc"]:
            lines.append("Копия: %s" % addr_line(parent["cc"]))
        lines += ["Тема: %s" % SUBJ[parent["key"]], ""]
        return lines, False
    if style == "outlook_en":
        hour12 = t.hour % 12 or 12
        lines = ["", "From: %s <%s>" % (name, a),
                 "Sent: %s, %s %d, %d %d:%02d %s" % (EN_WD[t.weekday()], EN_MON[t.month - 1], t.day, t.year, hour12,
                                                     t.minute, "AM" if t.hour < 12 else "PM"),
                 "To: %s" % addr_line(parent["to"])]
        if parent["cc"]:
            lines.append("Cc: %s" % addr_line(parent["cc"]))
        lines += ["Subject: %s" % SUBJ[parent["key"]], ""]
        return lines, False
    if style == "gmail_ru":
        return ["", "%s, %d %s %d г. в %02d:%02d, %s <%s>:" % (RU_WD_SHORT[t.weekday()], t.day,
                                                                RU_MON_SHORT[t.month - 1], t.year, t.hour,
                                                                t.minute, name, a), ""], True
    if style == "gmail_en":
        hour12 = t.hour % 12 or 12
        return ["", "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            EN_WD[t.weekday()][:3], EN_MON[t.month - 1][:3], t.day, t.year, hour12, t.minute,
            "AM" if t.hour < 12 else "PM", name, a), ""], True
    if style == "yandex":
        return ["", "%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:" % (t.day, t.month, t.year, t.hour, t.minute, name, a)], True
    if style == "mailru":
        off = t.strftime("%z")
        return ["", "%s, %d %s %d, %d:%02d %s:%s от %s <%s>:" % (
            RU_WD[t.weekday()].capitalize(), t.day, RU_MONTHS_GEN[t.month - 1], t.year, t.hour, t.minute,
            off[:3], off[3:], name, a)], True
    if style == "iphone_ru":
        return ["", "> %d %s %d г., в %02d:%02d, %s <%s> написал(а):" % (
            t.day, RU_MON_SHORT[t.month - 1], t.year, t.hour, t.minute, name, a), ">"], True
    raise ValueError(style)


SUBJ, TEXT, NEWTEXT = {}, {}, {}


def subject_of(m):
    if m["subj"] is not None:
        return m["subj"]
    parent = BY_KEY[m["re"]]
    ps = SUBJ[parent["key"]]
    mua = PEOPLE[m["frm"]]["mua"]
    prefix = "RE: " if mua.startswith("outlook") else "Re: "
    if re.match(r"(?i)^(re|ответ|aw)\s*:", ps):
        return ps
    return prefix + ps


def render(m):
    """Full plain text of a message: new text, signature, then the quoted parent or the forward."""
    p = PEOPLE[m["frm"]]
    mua = p["mua"]
    new = m["body"]
    if mua == "iphone_ru":
        sig = "Отправлено с iPhone"
    else:
        sig = p["sig"] if m["sig"] else ""
    lines = [new]
    if sig:
        lines += ["", sig]
    NEWTEXT[m["key"]] = new
    if m["fwd"]:
        f = BY_KEY[m["fwd"]]
        ft = local(f["when"], PEOPLE[f["frm"]]["tz"])
        if mua.startswith("gmail"):
            lines += ["", "---------- Пересылаемое сообщение ---------" if mua == "gmail_ru"
                      else "---------- Forwarded message ---------",
                      "От: %s <%s>" % (PEOPLE[f["frm"]]["name"], f["frm"]),
                      "Date: %s" % format_datetime(ft),
                      "Subject: %s" % SUBJ[f["key"]],
                      "To: %s" % addr_line(f["to"]), "", TEXT[f["key"]]]
        else:
            hl, _ = quote_header("outlook_ru" if mua != "outlook_en" else "outlook_en", f, ft)
            lines += hl + [TEXT[f["key"]]]
    elif m["re"] and m["q"] and mua != "none":
        parent = BY_KEY[m["re"]]
        pt = local(parent["when"], PEOPLE[parent["frm"]]["tz"])
        # the quote is shown in the replier's time zone, as mail programs do
        pt = pt.astimezone(ZoneInfo(p["tz"]))
        hl, prefixed = quote_header(mua, parent, pt)
        ptxt = TEXT[parent["key"]]
        if prefixed:
            body = "\n".join(("> " + l) if l else ">" for l in ptxt.split("\n"))
        else:
            body = ptxt
        if mua == "iphone_ru":
            lines = [new, "", sig] + hl + [body]
        else:
            lines += hl + [body]
    return "\n".join(lines).rstrip() + "\n"


XMAILER = {
    "outlook_ru": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"),
    "gmail_ru": None, "gmail_en": None,
    "yandex": ("X-Mailer", "Yandex Mail"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "iphone_ru": ("X-Mailer", "iPhone Mail (21H16)"),
    "none": ("X-Mailer", "Sendsay"),
}

ATT_TYPES = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "zip": ("application", "zip")}


def references(m):
    chain, k = [], m["re"]
    while k:
        chain.append(MID[k])
        k = BY_KEY[k]["re"]
        if len(chain) > 20:
            break
    return list(reversed(chain))


def build_eml(m):
    p = PEOPLE[m["frm"]]
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr((p["name"], m["frm"]))
    msg["To"] = ", ".join(formataddr((PEOPLE[a]["name"], a)) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(formataddr((PEOPLE[a]["name"], a)) for a in m["cc"])
    msg["Subject"] = SUBJ[m["key"]]
    msg["Date"] = format_datetime(sender_time(m))
    msg["Message-ID"] = MID[m["key"]]
    if m["re"] and m["hdr"]:
        refs = references(m)
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    xm = XMAILER[p["mua"]]
    if xm:
        msg[xm[0]] = xm[1]
    if p["mua"].startswith("outlook") and internal(m["frm"]):
        msg["Thread-Topic"] = re.sub(r"^(RE|FW|Re|Fwd): ", "", SUBJ[m["key"]])
    for k, v in m["extra"].items():
        msg[k] = v
    text = TEXT[m["key"]]
    msg.set_content(text, charset="utf-8", cte="quoted-printable" if m["key"] != "sy01" else "base64")
    if p["mua"].startswith("outlook"):
        body = "".join("<p>%s</p>\n" % (html.escape(l) or "&nbsp;") for l in text.split("\n"))
        msg.add_alternative("<html><head><meta charset=\"utf-8\"></head><body>\n%s</body></html>\n" % body,
                            subtype="html", charset="utf-8")
    for name in m["att"]:
        ext = name.rsplit(".", 1)[1]
        mt, st = ATT_TYPES[ext]
        data = ("%s: invented attachment of the Prikamye Regional Bank test company (%s)\n" % (name, m["key"])).encode()
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(msg.walk()):      # fixed boundaries: the build is deterministic
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (h(m["key"], 12), i))
    return msg.as_bytes()


# ---------------------------------------------------------------- write everything
def clean(path):
    if os.path.exists(path):
        shutil.rmtree(path)


def main():
    os.chdir(HERE)
    for m in MSGS:
        if m["key"] in SUBJ:
            err("duplicate key %s" % m["key"])
        for a in [m["frm"]] + m["to"] + m["cc"]:
            if a not in PEOPLE:
                err("%s: unknown person %s" % (m["key"], a))
        for ref in (m["re"], m["fwd"]):
            if ref and ref not in SUBJ:
                err("%s: refers to %s, which is not written before it" % (m["key"], ref))
        SUBJ[m["key"]] = subject_of(m)
        TEXT[m["key"]] = render(m)
        if m["re"] and sender_time(m) < sender_time(BY_KEY[m["re"]]):
            err("%s: written before the message it answers" % m["key"])
    if ERRORS:
        return
    clean("mail")
    clean("calendar")
    boxes = {mg["email"]: mg["box"] for mg in MANAGERS}
    for b in boxes.values():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join("mail", b, sub), exist_ok=True)
        os.makedirs(os.path.join("calendar", b), exist_ok=True)
    emls = {}
    for m in MSGS:
        raw = build_eml(m)
        emls[m["key"]] = raw
        if not m["deliver"]:
            continue
        ts = int(sender_time(m).timestamp())
        placed = False
        for addr, b in boxes.items():
            if addr == m["frm"]:
                folder = os.path.join("mail", b, ".Sent", "cur")
            elif addr in m["to"] or addr in m["cc"]:
                folder = os.path.join("mail", b, "cur")
            else:
                continue
            placed = True
            with open(os.path.join(folder, "%d.M%sP%s.mx1:2,S" % (ts, h(m["key"], 6), m["key"])), "wb") as f:
                f.write(raw)
        if not placed:
            err("%s: lands in no manager's mailbox" % m["key"])
    write_calendars(boxes)
    rows = write_calls()
    write_tables()
    write_config()
    truth = write_truth(rows)
    check(emls, truth, rows)


def ics_time(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def write_calendars(boxes):
    for e in EVENTS:
        owner = e["owner"]
        start = local(e["start"], MGR[owner]["tz"])
        end = start + dt.timedelta(minutes=e["minutes"])
        stamp = min(start - dt.timedelta(days=1), AS_OF - dt.timedelta(hours=2))
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:%s" % e["uid"], "DTSTAMP:%s" % ics_time(stamp),
                 "DTSTART:%s" % ics_time(start), "DTEND:%s" % ics_time(end), "SUMMARY:%s" % ics_escape(e["summary"])]
        if e["location"]:
            lines.append("LOCATION:%s" % ics_escape(e["location"]))
        lines.append("ORGANIZER;CN=\"%s\":mailto:%s" % (PEOPLE[owner]["name"], owner))
        for a in [owner] + e["others"] + e["attendees"]:
            lines.append("ATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (PEOPLE[a]["name"], a))
        lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
        text = "\r\n".join(fold(l) for l in lines) + "\r\n"
        for who in [owner] + e["others"]:
            with open(os.path.join("calendar", boxes[who], e["uid"] + ".ics"), "w", encoding="utf-8", newline="") as f:
                f.write(text)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def fold(line):
    b = line.encode()
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


CALL_HEADERS = ["Начало вызова", "Тип вызова", "Абонент А (внутр.)", "Абонент Б", "Длительность, сек", "Результат",
                "Комментарий оператора", "ID записи"]


def e164(s):
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + d
    if len(d) == 11 and d[0] in "78":
        return "+7" + d[1:]
    if len(d) == 10:
        return "+7" + d
    return "+" + d


def known_phones():
    """Client numbers: the directory's, then those in client signatures (never the managers')."""
    out = {}
    for name, domains, owner, seg, phones in story["CLIENTS"]:
        for p in re.split(r"[;,\n]", phones):
            if p.strip():
                out[e164(p)] = name
    for addr, p in PEOPLE.items():
        c = client_of(addr)
        if not c or internal(addr):
            continue
        for num in re.findall(r"\+?\d[\d\s\-\(\)]{8,}\d", p["sig"]):
            out.setdefault(e164(num), c)
    return out


def write_calls():
    ext2mgr = {mg["ext"]: mg["email"] for mg in MANAGERS}
    phones = known_phones()
    calls = sorted(CALLS, key=lambda c: c["when"])
    rows = {}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(CALL_HEADERS)
    for i, c in enumerate(calls):
        row = i + 2      # as a spreadsheet numbers it: the header is row 1
        t = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        client = phones.get(e164(c["phone"]))
        if c["client"] and c["client"] != client:
            err("call %s: number %s is %s, story says %s" % (c["key"], c["phone"], client, c["client"]))
        rows[c["key"]] = dict(row=row, manager=ext2mgr[c["ext"]], client=client, when=t, sec=c["sec"])
        w.writerow([t.strftime("%d.%m.%Y %H:%M:%S"), c["dir"], c["ext"], c["phone"], c["sec"], c["result"], c["note"],
                    "1764%06d" % (int(h(c["key"], 6), 16) % 1000000)])
    with open("calls.csv", "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    return rows


def write_tables():
    with open("clients.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for row in story["CLIENTS"]:
            w.writerow(row)
    with open("plans.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for row in story["PLANS"]:
            w.writerow(row)
    with open("sales.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["номер", "дата", "менеджер", "продукт", "контрагент", "сумма", "валюта"])
        for row in story["SALES"]:
            w.writerow(row)


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_config():
    L = ["# dealtrail configuration for the invented Prikamye Regional Bank test company (see README.md).",
         "# Relative paths; no secrets are needed (Maildir and .ics files).", "",
         'database = "dealtrail.db"', "", "[company]", 'name = "АО «Прикамский региональный банк»"',
         'internal_domains = ["%s"]' % BANK, 'base_currency = "RUB"', 'country = "RU"',
         'timezone = "%s"' % story["TIMEZONE"], 'locale = "ru"', "transferred_workdays = []", "extra_holidays = []", ""]
    for mg in MANAGERS:
        L += ["[[managers]]", "email = %s" % toml_str(mg["email"]), "name = %s" % toml_str(mg["name"]),
              "role = %s" % toml_str(mg["role"]), 'team = "Корпоративный блок"',
              "timezone = %s" % toml_str(mg["tz"]), "locale = %s" % toml_str(mg["locale"]),
              "extension = %s" % toml_str(mg["ext"]), ""]
    for mg in MANAGERS:
        L += ["[[mailboxes]]", 'name = "%s-mail"' % mg["box"], 'kind = "maildir"', "owner = %s" % toml_str(mg["email"]),
              'path = "mail/%s"' % mg["box"], "",
              "[[mailboxes]]", 'name = "%s-calendar"' % mg["box"], 'kind = "ics"',
              "owner = %s" % toml_str(mg["email"]), 'path = "calendar/%s"' % mg["box"], ""]
    for p in story["PRODUCTS"]:
        L += ["[[products]]", "code = %s" % toml_str(p["code"]), "name_en = %s" % toml_str(p["name_en"]),
              "name_ru = %s" % toml_str(p["name_ru"]),
              "aliases = [%s]" % ", ".join(toml_str(a) for a in p["aliases"]), ""]
    L += ["[clients]", 'directory = "clients.csv"', "auto_create = true", "",
          "[imports]", 'plans = "plans.csv"', 'sales = ["sales.csv"]',
          "fx_rates = {USD = 92.0, EUR = 99.0, CNY = 12.8}", 'calls = "calls.csv"', "",
          "# the PBX (cloud telephony of the bank) names its columns its own way:",
          "[imports.calls_columns]",
          'time = "Начало вызова"', 'direction = "Тип вызова"', 'manager = "Абонент А (внутр.)"',
          'phone = "Абонент Б"', 'duration = "Длительность, сек"', 'status = "Результат"',
          'note = "Комментарий оператора"', 'call_id = "ID записи"', "",
          "[pipeline]", 'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]',
          "", "[rules.unanswered]", "reply_hours = 8", "", "[rules.stale_deal]", "days = 14", ""]
    with open("dealtrail.toml", "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    os.chmod("dealtrail.toml", 0o644)


def ref(r, rows):
    if r is None:
        return None
    if r.startswith("ics:"):
        return r[4:]
    if r.startswith("call:"):
        return rows[r[5:]]["row"]
    return MID[r]


def write_truth(rows):
    negs = []
    for n in NEG:
        ev_ = n["evidence"]
        negs.append({"client": n["client"], "manager": n["manager"], "product": n["product"], "stage": n["stage"],
                     "stage_evidence": ev_[4:] if ev_.startswith("ics:") else MID[ev_],
                     "next_contact": n["next"], "next_contact_source": n["source"],
                     "amount": {"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None,
                     "expected_close": n["close"]})
    agreed, inbound, complaints = [], [], []
    for m in MSGS:
        if not m["deliver"]:
            continue
        for quote, due, status in m["ag"]:
            agreed.append({"message_id": MID[m["key"]], "side": "manager" if internal(m["frm"]) else "client",
                           "who": m["frm"], "quote": quote, "due": due, "status": status})
        to_mgr = [a for a in m["to"] + m["cc"] if a in MGR]
        if client_of(m["frm"]) and to_mgr:
            inbound.append({"message_id": MID[m["key"]], "needs_answer": bool(m["na"]), "answered": m["ans"] is not None,
                            "answered_by": ref(m["ans"], rows)})
        if m["cmp"] is not None:
            complaints.append({"message_id": MID[m["key"]], "manager": [a for a in m["to"] if a in MGR][0],
                               "about_us": m["cmp"]})
    calls = [{"row": r["row"], "manager": r["manager"], "client": r["client"]}
             for k, r in sorted(rows.items(), key=lambda kv: kv[1]["row"]) if r["client"]]
    truth = {"as_of": story["AS_OF"], "timezone": story["TIMEZONE"], "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in NOT_NEG],
             "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": calls}
    with open("truth.json", "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


def check(emls, truth, rows):
    ids = {}
    # 1. every .eml parses, and every file in the Maildirs is one of ours
    n_files = 0
    for root, _, files in os.walk("mail"):
        for fn in files:
            n_files += 1
            with open(os.path.join(root, fn), "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            if msg["Message-ID"] is None or msg["From"] is None or msg["Date"] is None:
                err("%s: missing header" % fn)
            body = msg.get_body(preferencelist=("plain",))
            if body is None or not body.get_content().strip():
                err("%s: no text part" % fn)
            ids[msg["Message-ID"].strip()] = os.path.join(root, fn)
    uids = {e["uid"] for e in EVENTS}
    # 2. every Message-ID referenced in truth.json exists
    for n in truth["negotiations"]:
        if n["stage_evidence"] not in ids and n["stage_evidence"] not in uids:
            err("negotiation %s: evidence %s not found" % (n["client"], n["stage_evidence"]))
    for sect in ("agreed", "inbound", "complaints"):
        for x in truth[sect]:
            if x["message_id"] not in ids:
                err("%s: %s not found" % (sect, x["message_id"]))
    by_mid = {MID[k]: k for k in MID}
    for x in truth["inbound"]:
        a = x["answered_by"]
        if isinstance(a, str) and a not in ids and a not in uids:
            err("inbound answered_by %s not found" % a)
        if x["needs_answer"] and not x["answered"]:
            pass
        m = BY_KEY[by_mid[x["message_id"]]]
        if m["na"] is None:
            err("inbound %s has no needs-answer label" % m["key"])
        if isinstance(a, str) and a in ids:
            k = by_mid[a]
            if sender_time(BY_KEY[k]) < sender_time(m):
                err("inbound %s answered by an earlier message %s" % (m["key"], k))
            if not internal(BY_KEY[k]["frm"]):
                err("inbound %s answered by a client message" % m["key"])
    # 3. every quoted agreement is verbatim in its message (in its new text, once)
    for x in truth["agreed"]:
        k = by_mid[x["message_id"]]
        if x["quote"] not in NEWTEXT[k]:
            err("agreed quote not verbatim in %s: %r" % (k, x["quote"]))
        raw = email.message_from_bytes(emls[k], policy=email.policy.default).get_body(("plain",)).get_content()
        if x["quote"] not in raw:
            err("agreed quote not in the .eml text of %s" % k)
        if x["due"]:
            d = dt.date.fromisoformat(x["due"])
            if x["status"] == "open" and d < AS_OF.date():
                err("%s: open promise due %s before as_of" % (k, d))
            if x["status"] == "broken" and d >= AS_OF.date():
                err("%s: broken promise due %s not yet passed" % (k, d))
    # 4. negotiations: clients exist, managers, stages, dates
    names = {c[0] for c in story["CLIENTS"]} | set(FREE)
    stages = {"lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"}
    for n in truth["negotiations"]:
        if n["client"] not in names:
            err("negotiation client %s not in clients.csv" % n["client"])
        if n["manager"] not in MGR or n["stage"] not in stages:
            err("negotiation %s: bad manager/stage" % n["client"])
        if n["next_contact"] and dt.date.fromisoformat(n["next_contact"]) < AS_OF.date():
            err("negotiation %s: next contact in the past" % n["client"])
        if (n["next_contact"] is None) != (n["next_contact_source"] is None):
            err("negotiation %s: next contact and source disagree" % n["client"])
    for e in EVENTS:
        for a in e["attendees"] + e["others"]:
            if a not in PEOPLE:
                err("event %s: unknown attendee %s" % (e["uid"], a))
    # 5. nothing after as_of was written
    for m in MSGS:
        if sender_time(m) > AS_OF:
            err("%s written after as_of" % m["key"])
    for k, r in rows.items():
        if r["when"].replace(tzinfo=COMPANY_TZ) > AS_OF:
            err("call %s after as_of" % k)
    if ERRORS:
        return
    langs = {"en": 0, "ru": 0}
    for m in MSGS:
        langs["ru" if re.search("[а-яА-Я]", m["body"]) else "en"] += 1
    delivered = sum(1 for m in MSGS if m["deliver"])
    print("ok: %d messages (%d files in Maildirs; ru %d, en %d), %d meetings, %d calls (%d with a client)"
          % (delivered, n_files, langs["ru"], langs["en"], len(EVENTS), len(CALLS), len(truth["calls"])))
    print("truth: %d negotiations, %d not-negotiations, %d agreed, %d inbound, %d complaints (%d about us)"
          % (len(truth["negotiations"]), len(truth["not_negotiations"]), len(truth["agreed"]), len(truth["inbound"]),
             len(truth["complaints"]), sum(c["about_us"] for c in truth["complaints"])))
    if "-v" in sys.argv:
        for x in truth["agreed"]:
            d = x["due"]
            print("  due %s %s %-6s %s" % (d, dt.date.fromisoformat(d).strftime("%a") if d else "   ", x["status"],
                                           x["quote"][:70]))


if __name__ == "__main__":
    main()
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
