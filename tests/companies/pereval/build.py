#!/usr/bin/env python3
"""Build the Pereval Logistics test company from story.py (standard library only,
deterministic): Maildirs, .ics calendars, clients/plans/sales/calls CSVs and truth.json,
then check them. Run: python3 build.py  (exit code 1 and a list of problems on failure)."""
import csv
import hashlib
import io
import json
import os
import shutil
import sys
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import story as S  # noqa: E402

PROBLEMS = []


def problem(text):
    PROBLEMS.append(text)


def h(text, n=16):
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def hnum(text, n=12):
    return str(int(hashlib.sha256(text.encode()).hexdigest(), 16))[:n]


AS_OF = datetime.fromisoformat(S.AS_OF)
START = datetime(2026, 9, 28, tzinfo=ZoneInfo(S.TIMEZONE))
INTERNAL = set(S.MANAGERS) | {"buh@pereval-log.ru"}
CLIENT_BY_DOMAIN = {c[1]: c[0] for c in S.CLIENTS}


def is_internal(addr):
    return addr.endswith("@" + S.DOMAIN)


def client_of(addr):
    """client name (or the address for a free-mail sole trader), else None"""
    if addr in S.SOLE_TRADERS:
        return addr
    return CLIENT_BY_DOMAIN.get(addr.split("@", 1)[1])


def person(addr):
    if addr not in S.PEOPLE:
        problem(f"unknown person {addr}")
        return (addr, S.TIMEZONE, "outlook_ru")
    return S.PEOPLE[addr]


def local_dt(text, tzname):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tzname))


def fmt_addr(addr):
    name = person(addr)[0]
    return f"{name} <{addr}>"


# ---------------------------------------------------------------------------- dates in quotes
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_WD_LONG = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
               "нояб.", "дек."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def en_time(d):
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def offset(d):
    o = d.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


# ---------------------------------------------------------------------------- messages
BY_KEY = {}
for m in S.MESSAGES:
    if m["key"] in BY_KEY:
        problem(f"duplicate message key {m['key']}")
    BY_KEY[m["key"]] = m

MAILER_OF = {}


def mailer(addr):
    return person(addr)[2]


def msg_mailer(m):
    """the mailer that wrote this message: a person on the road answers from the phone"""
    if (m["quote"] or "").startswith("iphone"):
        return m["quote"]
    return mailer(m["frm"])


def message_id(m):
    key, frm = m["key"], m["frm"]
    dom = frm.split("@", 1)[1]
    kind = mailer(frm)
    if is_internal(frm):
        return f"<{h(key, 32).upper()}@EXCH-MSK01.pereval-log.local>"
    if kind in ("gmail_ru", "gmail_en"):
        return f"<CA+{h(key, 24)}{hnum(key, 10)}Q@mail.gmail.com>"
    if kind == "yandex":
        return f"<{hnum(key, 7)}{hnum(key + 'y', 10)}@mail.yandex.ru>"
    if kind == "mailru":
        return f"<{hnum(key, 13)}.{h(key, 8)}@f{int(hnum(key, 3)) % 500}.i.mail.ru>"
    if kind == "iphone_ru":
        x = h(key, 32).upper()
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"
    if kind == "bulk":
        return f"<{h(key, 20)}.{hnum(key, 6)}@mailer.{dom}>"
    return f"<{h(key, 12).upper()}{h(key + 'o', 20)}@{dom}>"


for m in S.MESSAGES:
    m["dt"] = local_dt(m["date"], person(m["frm"])[1])
    m["mid"] = message_id(m)
    m["internal_from"] = is_internal(m["frm"])

MIDS = {m["mid"] for m in S.MESSAGES}
if len(MIDS) != len(S.MESSAGES):
    problem("Message-ID collision")


def strip_prefix(subj):
    s = subj
    while True:
        low = s.lower()
        for p in ("re: ", "ответ: ", "fw: ", "fwd: "):
            if low.startswith(p):
                s = s[len(p):]
                break
        else:
            return s


def subject_of(m):
    if m.get("_subject"):
        return m["_subject"]
    if m["subject"]:
        subj = m["subject"]
    elif m["reply"]:
        parent = BY_KEY[m["reply"]]
        prefix = "RE: " if msg_mailer(m).startswith("outlook") else "Re: "
        subj = prefix + strip_prefix(subject_of(parent))
    else:
        problem(f"{m['key']}: no subject")
        subj = ""
    m["_subject"] = subj
    return subj


def quote_lines(text):
    return "\n".join((">" if not ln else "> " + ln) for ln in text.split("\n"))


def full_body(m):
    if "_body" in m:
        return m["_body"]
    text = m["body"].rstrip("\n")
    if m["reply"] and m["quote"]:
        text += "\n\n" + quote_block(BY_KEY[m["reply"]], m["quote"], m)
    if m["fwd"]:
        text += "\n\n" + quote_block(BY_KEY[m["fwd"][0]], m["fwd"][1], m)
    m["_body"] = text + "\n"
    return m["_body"]


def quote_block(parent, style, child):
    d = parent["dt"].astimezone(ZoneInfo(person(child["frm"])[1]))
    pname, paddr = person(parent["frm"])[0], parent["frm"]
    pbody = full_body(parent).rstrip("\n")
    to = "; ".join(fmt_addr(a) for a in parent["to"])
    cc = "; ".join(fmt_addr(a) for a in parent["cc"])
    subj = subject_of(parent)
    if style in ("outlook_ru", "fwd_outlook_ru"):
        head = ["________________________________", f"От: {pname} <{paddr}>",
                f"Отправлено: {d.day} {RU_MON_GEN[d.month - 1]} {d.year} г. {d:%H:%M}",
                f"Кому: {to}"]
        if cc:
            head.append(f"Копия: {cc}")
        head.append(f"Тема: {subj}")
        return "\n".join(head) + "\n\n" + pbody
    if style in ("outlook_en", "fwd_outlook_en"):
        head = ["-----Original Message-----" if style == "fwd_outlook_en" else
                "________________________________",
                f"From: {pname} <{paddr}>",
                f"Sent: {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {en_time(d)}",
                f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subj}")
        return "\n".join(head) + "\n\n" + pbody
    if style == "gmail_en":
        return (f"On {EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} at "
                f"{en_time(d)} {pname} <{paddr}> wrote:\n\n" + quote_lines(pbody))
    if style == "gmail_ru":
        return (f"{RU_WD_SHORT[d.weekday()]}, {d.day} {RU_MON_ABBR[d.month - 1]} {d.year} г. в "
                f"{d:%H:%M}, {pname} <{paddr}>:\n\n" + quote_lines(pbody))
    if style == "yandex":
        return f"{d:%d.%m.%Y}, {d:%H:%M}, \"{pname}\" <{paddr}>:\n" + quote_lines(pbody)
    if style == "mailru":
        return (f">{RU_WD_LONG[d.weekday()]}, {d.day} {RU_MON_GEN[d.month - 1]} {d.year}, "
                f"{d:%H:%M} {offset(d)} от {pname} <{paddr}>:\n" + quote_lines(pbody))
    if style == "iphone_ru":
        return (f"> {d.day} {RU_MON_ABBR[d.month - 1]} {d.year} г., в {d:%H:%M}, {pname} <{paddr}> "
                f"написал(а):\n>\n" + quote_lines(pbody))
    if style == "iphone_en":
        return (f"> On {d.day} {EN_MON[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {pname} <{paddr}> wrote:\n>\n"
                + quote_lines(pbody))
    problem(f"{child['key']}: unknown quote style {style}")
    return ""


def references(m):
    if not m["reply"] or not m["irt"] or m["fwd"]:
        return []
    parent = BY_KEY[m["reply"]]
    chain = references(parent) if parent["irt"] else []
    return chain + [parent["mid"]]


X_MAILER = {
    "outlook_ru": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"),
    "iphone_ru": ("X-Mailer", "iPhone Mail (21H16)"),
    "iphone_en": ("X-Mailer", "iPhone Mail (21H16)"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "gmail_ru": None, "gmail_en": None, "yandex": None, "bulk": ("X-Mailer", "Sendsay"),
}

MIME = {"pdf": ("application", "pdf"), "docx": ("application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "jpg": ("image", "jpeg")}


def render(m):
    e = EmailMessage(policy=policy.SMTP)
    e["From"] = fmt_addr(m["frm"])
    e["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    e["Subject"] = subject_of(m)
    e["Date"] = format_datetime(m["dt"])
    e["Message-ID"] = m["mid"]
    refs = references(m)
    if refs:
        e["In-Reply-To"] = refs[-1]
        e["References"] = " ".join(refs[-8:])
    xm = X_MAILER.get(msg_mailer(m))
    if xm:
        e[xm[0]] = xm[1]
    for k, v in m["headers"].items():
        e[k] = v
    e["MIME-Version"] = "1.0"
    e.set_content(full_body(m), charset="utf-8")
    for name in m["attach"]:
        ext = name.rsplit(".", 1)[1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        data = (f"%{ext.upper()} placeholder for {name} ({m['key']})\n").encode() * 8
        e.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if e.is_multipart():
        e.set_boundary("----=_Part_" + hnum(m["key"], 8) + "_" + h(m["key"], 12))
    return e.as_bytes()


# ---------------------------------------------------------------------------- write mail
def reset_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def maildir(path):
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(path, sub), exist_ok=True)


BOX = {addr: v[0] for addr, v in S.MANAGERS.items()}
reset_dir(os.path.join(HERE, "mail"))
for box in BOX.values():
    maildir(os.path.join(HERE, "mail", box))
    maildir(os.path.join(HERE, "mail", box, ".Sent"))

counter = 0
for m in sorted(S.MESSAGES, key=lambda x: (x["dt"], x["key"])):
    raw = render(m)
    m["raw"] = raw
    targets = []
    if m["frm"] in BOX:
        targets.append((os.path.join(HERE, "mail", BOX[m["frm"]], ".Sent"), "S"))
    for rcpt in m["to"] + m["cc"]:
        if rcpt in BOX and rcpt != m["frm"]:
            targets.append((os.path.join(HERE, "mail", BOX[rcpt]), "S"))
    for folder, flags in targets:
        counter += 1
        ts = int(m["dt"].timestamp())
        unread = (not m["internal_from"]) and (AS_OF - m["dt"]) < timedelta(hours=20)
        sub = "new" if unread else "cur"
        name = f"{ts}.M{counter}P4242.pereval,S={len(raw)}" + ("" if unread else f":2,{flags}")
        with open(os.path.join(folder, sub, name), "wb") as f:
            f.write(raw)
        os.utime(os.path.join(folder, sub, name), (ts, ts))

# ---------------------------------------------------------------------------- calendars
reset_dir(os.path.join(HERE, "calendar"))
for box in BOX.values():
    os.makedirs(os.path.join(HERE, "calendar", box), exist_ok=True)


def fold(line):
    b = line.encode()
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        cb = ch.encode()
        if len(cur) + len(cb) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += cb
    out.append(cur.decode())
    return "\r\n ".join(out)


def ics_text(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


UIDS = {}
for ev in S.MEETINGS:
    if ev["uid"] in UIDS:
        problem(f"duplicate meeting uid {ev['uid']}")
    UIDS[ev["uid"]] = ev
    tz = person(ev["organizer"])[1]
    start = local_dt(ev["start"], tz)
    ev["dt"] = start
    end = start + timedelta(minutes=ev["minutes"])
    z = lambda d: d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")  # noqa: E731
    stamp = min(start - timedelta(days=2), AS_OF).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{ev['uid']}", f"DTSTAMP:{stamp}",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"SUMMARY:{ics_text(ev['summary'])}"]
    if ev["location"]:
        lines.append(f"LOCATION:{ics_text(ev['location'])}")
    if ev["description"]:
        lines.append(f"DESCRIPTION:{ics_text(ev['description'])}")
    lines.append(f"ORGANIZER;CN=\"{person(ev['organizer'])[0]}\":mailto:{ev['organizer']}")
    for a in ev["attendees"]:
        part = "DECLINED" if ev["status"] == "CANCELLED" and not is_internal(a) else "ACCEPTED"
        lines.append(f"ATTENDEE;CN=\"{person(a)[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT={part}:mailto:{a}")
    lines += [f"STATUS:{ev['status']}", "END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(fold(ln) for ln in lines) + "\r\n"
    fname = h(ev["uid"], 12) + ".ics"
    for who in [ev["organizer"]] + ev["attendees"]:
        if who in BOX:
            with open(os.path.join(HERE, "calendar", BOX[who], fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)

# ---------------------------------------------------------------------------- CSV files
def write_csv(name, header, rows, delimiter=",", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="") as f:
        f.write(buf.getvalue())


write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones"], S.CLIENTS)
write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
          S.PLANS, delimiter=";")
write_csv("sales.csv", ["Номер", "Дата", "Менеджер", "Номенклатура", "Контрагент", "Сумма", "Валюта"],
          [(r[0], r[1], S.PEOPLE[r[2]][0], next(p[2] for p in S.PRODUCTS if p[0] == r[3])) + tuple(r[4:])
           for r in S.SALES], delimiter=";")

CALL_HEADER = ["Старт вызова", "Вх/Исх", "Доб. сотрудника", "Абонент (внешний)",
               "Время разговора (сек)", "Итог вызова", "Комментарий оператора"]
DIRECTION = {"in": "Входящий", "out": "Исходящий", "internal": "Внутренний"}
CALL_ROW = {}
call_rows = []
for i, c in enumerate(sorted(S.CALLS, key=lambda c: c["time"])):
    c["row"] = i + 2
    c["dt"] = local_dt(c["time"], S.TIMEZONE)
    CALL_ROW[c["key"]] = c
    d = datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
    call_rows.append([d.strftime("%d.%m.%Y %H:%M:%S"), DIRECTION[c["direction"]], c["ext"], c["phone"],
                      str(c["seconds"]), c["result"], c["note"]])
write_csv("calls.csv", CALL_HEADER, call_rows, delimiter=";", encoding="cp1251")

# ---------------------------------------------------------------------------- truth.json
def resolve(ref, after, where):
    """answered_by reference -> (value for truth.json, moment)"""
    if ref is None:
        return None, None
    if ref.startswith("uid:"):
        ev = UIDS.get(ref[4:])
        if not ev:
            problem(f"{where}: unknown meeting {ref}")
            return None, None
        return ev["uid"], ev["dt"]
    if ref.startswith("call:"):
        c = CALL_ROW.get(ref[5:])
        if not c:
            problem(f"{where}: unknown call {ref}")
            return None, None
        if c["seconds"] == 0:
            problem(f"{where}: answered by a call nobody picked up")
        return c["row"], c["dt"]
    m = BY_KEY.get(ref)
    if not m:
        problem(f"{where}: unknown message {ref}")
        return None, None
    if not m["internal_from"]:
        problem(f"{where}: answered by a client message {ref}")
    return m["mid"], m["dt"]


truth = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": [], "not_negotiations": [],
         "agreed": [], "inbound": [], "complaints": [], "calls": []}

for n in S.NEGOTIATIONS:
    ev = n["evidence"]
    if ev in BY_KEY:
        evid = BY_KEY[ev]["mid"]
    elif ev in UIDS:
        evid = ev
    else:
        problem(f"negotiation {n['client']}: unknown evidence {ev}")
        evid = None
    if n["client"] not in CLIENT_BY_DOMAIN.values() and n["client"] not in S.SOLE_TRADERS:
        problem(f"negotiation: unknown client {n['client']}")
    if n["product"] not in {p[0] for p in S.PRODUCTS}:
        problem(f"negotiation {n['client']}: unknown product")
    if (n["next_contact"] is None) != (n["next_contact_source"] is None):
        problem(f"negotiation {n['client']}: next_contact and its source disagree")
    truth["negotiations"].append({
        "client": n["client"], "manager": n["manager"], "product": n["product"], "stage": n["stage"],
        "stage_evidence": evid, "next_contact": n["next_contact"],
        "next_contact_source": n["next_contact_source"], "amount": n["amount"],
        "expected_close": n["expected_close"]})

truth["not_negotiations"] = [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS]

for m in sorted(S.MESSAGES, key=lambda x: (x["dt"], x["key"])):
    where = m["key"]
    if m["dt"] > AS_OF or m["dt"] < START:
        problem(f"{where}: date {m['dt']} outside the scenario")
    for a in [m["frm"]] + m["to"] + m["cc"]:
        person(a)
    for ref in (m["reply"], (m["fwd"] or [None])[0]):
        if ref and BY_KEY[ref]["dt"] >= m["dt"]:
            problem(f"{where}: written before the message it answers or forwards ({ref})")
    from_client = client_of(m["frm"]) is not None and not m["internal_from"]
    to_internal = [a for a in m["to"] + m["cc"] if a in BOX]
    if from_client and to_internal:
        if m["inbound"] is None:
            problem(f"{where}: client message without an inbound label")
        else:
            by, when = resolve(m["inbound"]["answered_by"], m["dt"], where)
            if when is not None and when <= m["dt"]:
                problem(f"{where}: answered before it was written")
            if when is not None and when > AS_OF:
                problem(f"{where}: answered after as_of")
            truth["inbound"].append({"message_id": m["mid"], "needs_answer": m["inbound"]["needs_answer"],
                                     "answered": by is not None, "answered_by": by})
    elif m["inbound"] is not None:
        problem(f"{where}: inbound label on a message that is not client mail to us")
    if m["complaint"] is not None:
        mgr = next((a for a in m["to"] if a in BOX), None)
        if not from_client or mgr is None:
            problem(f"{where}: complaint label on a message that is not client mail to a manager")
        truth["complaints"].append({"message_id": m["mid"], "manager": mgr, "about_us": m["complaint"]})
    for a in m["agreed"]:
        body = m["body"]
        if a["quote"] not in body:
            problem(f"{where}: quote not verbatim in the new text: {a['quote']!r}")
        if a["status"] not in ("open", "kept", "broken"):
            problem(f"{where}: bad status {a['status']}")
        if a["due"] and a["status"] == "open" and a["due"] < AS_OF.date().isoformat():
            problem(f"{where}: open promise past due")
        truth["agreed"].append({"message_id": m["mid"], "side": "manager" if m["internal_from"] else "client",
                                "who": m["frm"], "quote": a["quote"], "due": a["due"], "status": a["status"]})

for c in sorted(S.CALLS, key=lambda c: c["row"]):
    if c["direction"] == "internal":
        continue
    truth["calls"].append({"row": c["row"], "manager": c["manager"], "client": c["client"]})

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")

# ---------------------------------------------------------------------------- checks
parsed = 0
seen_ids = set()
for root, _dirs, files in os.walk(os.path.join(HERE, "mail")):
    for fn in files:
        with open(os.path.join(root, fn), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        mid = msg["Message-ID"]
        if not mid or not msg["Date"] or not msg["From"]:
            problem(f"{fn}: missing headers")
        body = msg.get_body(preferencelist=("plain",))
        if body is None or not body.get_content().strip():
            problem(f"{fn}: no text body")
        seen_ids.add(str(mid).strip())
        parsed += 1
for m in S.MESSAGES:
    if m["mid"] not in seen_ids:
        problem(f"{m['key']}: not written to any mailbox")
    text = BytesParser(policy=policy.default).parsebytes(m["raw"]).get_body(("plain",)).get_content()
    for a in m["agreed"]:
        if a["quote"] not in text:
            problem(f"{m['key']}: quote lost in the .eml")

def walk_ids(t):
    for n in t["negotiations"]:
        yield n["stage_evidence"]
    for k in ("agreed", "inbound", "complaints"):
        for x in t[k]:
            yield x["message_id"]
    for x in t["inbound"]:
        if isinstance(x["answered_by"], str):
            yield x["answered_by"]


for ref in walk_ids(truth):
    if ref not in MIDS and ref not in UIDS:
        problem(f"truth.json names {ref}, which does not exist")

client_names = {c[0] for c in S.CLIENTS}
for c in S.CALLS:
    if c["client"] and c["client"] not in client_names and c["client"] not in S.SOLE_TRADERS:
        problem(f"call {c['key']}: unknown client")
if not os.path.exists(os.path.join(HERE, "dealtrail.toml")):
    problem("dealtrail.toml is missing")

n_ics = sum(len(f) for _r, _d, f in os.walk(os.path.join(HERE, "calendar")))
print(f"messages {len(S.MESSAGES)} (.eml files {parsed}), meetings {len(S.MEETINGS)} (.ics files {n_ics}), "
      f"calls {len(S.CALLS)}, clients {len(S.CLIENTS)} + {len(S.SOLE_TRADERS)} sole traders")
print(f"truth: negotiations {len(truth['negotiations'])}, not_negotiations {len(truth['not_negotiations'])}, "
      f"agreed {len(truth['agreed'])}, inbound {len(truth['inbound'])} "
      f"(unanswered needing answer {sum(1 for x in truth['inbound'] if x['needs_answer'] and not x['answered'])}), "
      f"complaints {len(truth['complaints'])}, calls {len(truth['calls'])}")
if PROBLEMS:
    print(f"{len(PROBLEMS)} problem(s):")
    for p in PROBLEMS:
        print("  " + p)
    sys.exit(1)
print("build ok")
