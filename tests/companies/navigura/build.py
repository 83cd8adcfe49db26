#!/usr/bin/env python3
"""Build the Navigura test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp} and mail/<box>/.Sent/{cur,new,tmp}, calendar/<box>/*.ics,
clients.csv, plans.csv, sales.csv, calls.csv, dealtrail.toml and truth.json, then checks them.
Licence: Apache-2.0. Everything is invented.
"""
import csv
import hashlib
import io
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story  # noqa: E402

P = story.P
MGR_BY_KEY = {}
for email_, name, role, team, tz, ext, box in story.MANAGERS:
    for k, v in P.items():
        if v[1] == email_:
            MGR_BY_KEY[k] = dict(email=email_, name=name, role=role, team=team, tz=tz, ext=ext, box=box)

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
                   "нояб.", "дек."]
RU_DOW_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_DOW_LONG = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
EN_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    h, m = off[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def parse_local(s, off):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(off))


def addr(key):
    name, email_, _ = P[key]
    return formataddr((name, email_))


def who(key):
    name, email_, _ = P[key]
    return "%s <%s>" % (name, email_)


def has_cyr(text):
    return re.search("[А-Яа-яЁё]", text) is not None


def q_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------- messages
MSG = {m["key"]: m for m in story.MSGS}
assert len(MSG) == len(story.MSGS), "duplicate message keys"


def msg_date(m):
    return parse_local(m["when"], P[m["frm"]][2])


def msg_id(m):
    domain = P[m["frm"]][1].split("@")[1]
    h = hashlib.sha1(("navigura/" + m["key"]).encode()).hexdigest()
    if domain == "navigura.ru":   # Outlook/Exchange style
        return "<%s%s@%s>" % (h[:20].upper(), msg_date(m).strftime("%H%M"), "EX01.navigura.local")
    if domain in ("mail.ru", "yandex.ru"):
        return "<%d%s@%s>" % (int(msg_date(m).timestamp()), h[:6], "f" + str(int(h[6:8], 16)) + "." + domain)
    return "<%s.%s@%s>" % (h[:16], msg_date(m).strftime("%Y%m%d%H%M%S"), domain)


RENDERED = {}


def quote_block(m):
    par = MSG[m["re"]]
    d = msg_date(par)
    ptext = render_body(par)
    style = m["q"]
    if style == "iphone" and not has_cyr(m["body"].split("\n\n")[0]):
        style = "iphone_en"
    if style == "outlook":
        to = "; ".join(who(k) for k in par["to"])
        head = "\n\n________________________________\nОт: %s\nОтправлено: %d %s %d г. %d:%02d\nКому: %s\n" % (
            who(par["frm"]), d.day, RU_MONTHS_GEN[d.month - 1], d.year, d.hour, d.minute, to)
        if par["cc"]:
            head += "Копия: %s\n" % "; ".join(who(k) for k in par["cc"])
        head += "Тема: %s\n\n" % par["subj"]
        return head + ptext
    if style == "fwd":
        to = "; ".join(who(k) for k in par["to"])
        head = "\n\n-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n" % (
            who(par["frm"]), d.strftime("%A"), d.strftime("%B"), d.day, d.year,
            (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM", to)
        if par["cc"]:
            head += "Cc: %s\n" % "; ".join(who(k) for k in par["cc"])
        head += "Subject: %s\n\n" % par["subj"]
        return head + ptext
    if style == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %d:%02d, %s:\n\n%s" % (
            RU_DOW_SHORT[d.weekday()], d.day, RU_MONTHS_SHORT[d.month - 1], d.year, d.hour, d.minute,
            who(par["frm"]), q_lines(ptext))
    if style == "gmail_en":
        return "\n\nOn %s, %d %s %d at %02d:%02d, %s wrote:\n\n%s" % (
            EN_DOW[d.weekday()], d.day, EN_MON[d.month - 1], d.year, d.hour, d.minute,
            who(par["frm"]), q_lines(ptext))
    if style == "yandex":
        name, email_, _ = P[par["frm"]]
        return "\n\n%s, %s, \"%s\" <%s>:\n%s" % (
            d.strftime("%d.%m.%Y"), d.strftime("%H:%M"), name, email_, q_lines(ptext))
    if style == "mailru":
        return "\n\n\n>%s, %d %s %d, %d:%02d %s от %s:\n>\n%s" % (
            RU_DOW_LONG[d.weekday()], d.day, RU_MONTHS_GEN[d.month - 1], d.year, d.hour, d.minute,
            d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:], who(par["frm"]), q_lines(ptext, ">"))
    if style == "iphone":
        return "\n\n> %d %s %d г., в %d:%02d, %s написал(а):\n> \n%s" % (
            d.day, RU_MONTHS_SHORT[d.month - 1], d.year, d.hour, d.minute, who(par["frm"]), q_lines(ptext))
    if style == "iphone_en":
        return "\n\n> On %d %s %d, at %02d:%02d, %s wrote:\n> \n%s" % (
            d.day, EN_MON[d.month - 1], d.year, d.hour, d.minute, who(par["frm"]), q_lines(ptext))
    raise ValueError(style)


def render_body(m):
    if m["key"] in RENDERED:
        return RENDERED[m["key"]]
    text = m["body"]
    if m["re"] and m["q"]:
        text += quote_block(m)
    RENDERED[m["key"]] = text
    return text


def references(m):
    refs = []
    cur = m
    while cur["re"]:
        cur = MSG[cur["re"]]
        refs.insert(0, msg_id(cur))
    return refs


def build_eml(m):
    e = EmailMessage()
    e["From"] = addr(m["frm"])
    e["To"] = ", ".join(addr(k) for k in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(addr(k) for k in m["cc"])
    e["Subject"] = m["subj"]
    e["Date"] = format_datetime(msg_date(m))
    e["Message-ID"] = msg_id(m)
    if m["re"] and m["irt"]:
        e["In-Reply-To"] = msg_id(MSG[m["re"]])
        e["References"] = " ".join(references(m))
    for k, v in m["hdr"].items():
        e[k] = v
    dom = P[m["frm"]][1].split("@")[1]
    cte = "quoted-printable" if dom == "navigura.ru" else ("base64" if dom in ("mail.ru", "yandex.ru") else "8bit")
    e.set_content(render_body(m), cte=cte)
    if m["att"]:
        fn = m["att"]
        ext = fn.rsplit(".", 1)[-1].lower()
        mt = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
              "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              "jpg": ("image", "jpeg"), "zip": ("application", "zip")}[ext]
        e.add_attachment(("invented attachment: %s\n" % fn).encode("utf-8"), maintype=mt[0], subtype=mt[1],
                         filename=fn)
        e.set_boundary("----=_Part_%s" % hashlib.sha1(m["key"].encode()).hexdigest()[:24])
    return e.as_bytes(policy=policy.default.clone(linesep="\n"))


# ----------------------------------------------------------------- calendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def utc(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def build_ics(ev):
    uid, start, end, off, org, atts, summary, location = ev
    s, e = parse_local(start, off), parse_local(end, off)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Navigura//Calendar export//RU", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%s" % utc(s - timedelta(days=3)), "DTSTART:%s" % utc(s), "DTEND:%s" % utc(e),
             "SUMMARY:%s" % ics_escape(summary), "LOCATION:%s" % ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (P[org][0], P[org][1])]
    for a in atts:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (P[a][0], P[a][1]))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ----------------------------------------------------------------- write
def write_all():
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for k, mg in MGR_BY_KEY.items():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", mg["box"], sub), exist_ok=True)
        os.makedirs(os.path.join(HERE, "calendar", mg["box"]), exist_ok=True)
    n = 0
    for i, m in enumerate(sorted(story.MSGS, key=lambda x: msg_date(x))):
        data = build_eml(m)
        epoch = int(msg_date(m).timestamp())
        targets = []
        if m["frm"] in MGR_BY_KEY:
            targets.append((MGR_BY_KEY[m["frm"]]["box"], ".Sent/cur"))
        for k in m["to"] + m["cc"]:
            if k in MGR_BY_KEY and k != m["frm"]:
                targets.append((MGR_BY_KEY[k]["box"], "cur"))
        for box, sub in targets:
            fn = "%d.M%03dP%d.navigura:2,S" % (epoch, i, len(box))
            with open(os.path.join(HERE, "mail", box, sub, fn), "wb") as f:
                f.write(data)
            n += 1
    for ev in story.EVENTS:
        boxes = [MGR_BY_KEY[ev[4]]["box"]] + [MGR_BY_KEY[a]["box"] for a in ev[5] if a in MGR_BY_KEY]
        for box in boxes:
            with open(os.path.join(HERE, "calendar", box, ev[0] + ".ics"), "w", encoding="utf-8", newline="") as f:
                f.write(build_ics(ev))
    return n


def write_csv(name, header, rows, delim=",", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buf.getvalue())


CALL_HEADER = ["ID записи", "Начало вызова", "Направление вызова", "Сотрудник (доб.)", "Внешний абонент",
               "Длит. сек", "Результат", "Комментарий оператора"]


def write_tables():
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones"], story.CLIENTS)
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
              story.PLANS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              story.SALES)
    calls = sorted(story.CALLS, key=lambda c: c[1])
    rows, rowno = [], {}
    for i, c in enumerate(calls):
        key, t, mk, phone, d, dur, res, note, client = c
        mg = MGR_BY_KEY[mk]
        surname, first = mg["name"].split()[1], mg["name"].split()[0]
        rows.append(["%d" % (880100 + i * 7), datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%d.%m.%Y %H:%M:00"),
                     "Входящий" if d == "in" else "Исходящий", "%s %s (%s)" % (surname, first, mg["ext"]),
                     phone, str(dur), res, note])
        rowno[key] = i + 2  # the header is row 1
    write_csv("calls.csv", CALL_HEADER, rows, delim=";", bom=True)
    return calls, rowno


def write_toml():
    L = ['# Navigura (invented fleet-telematics company) — dealtrail test configuration',
         'database = "dealtrail.db"', '',
         '[company]', 'name = "Навигура"', 'internal_domains = ["navigura.ru"]', 'base_currency = "RUB"',
         'country = "RU"', 'timezone = "Asia/Yekaterinburg"', 'locale = "ru"', 'transferred_workdays = []',
         'extra_holidays = []', '']
    for email_, name, role, team, tz, ext, box in story.MANAGERS:
        L += ['[[managers]]', 'email = "%s"' % email_, 'name = "%s"' % name, 'role = "%s"' % role,
              'team = "%s"' % team, 'timezone = "%s"' % tz, 'locale = "ru"', 'extension = "%s"' % ext, '']
    for email_, name, role, team, tz, ext, box in story.MANAGERS:
        L += ['[[mailboxes]]', 'name = "%s-mail"' % box, 'kind = "maildir"', 'owner = "%s"' % email_,
              'path = "mail/%s"' % box, '',
              '[[mailboxes]]', 'name = "%s-calendar"' % box, 'kind = "ics"', 'owner = "%s"' % email_,
              'path = "calendar/%s"' % box, '']
    for code, ru, en, aliases in story.PRODUCTS:
        L += ['[[products]]', 'code = "%s"' % code, 'name_en = "%s"' % en, 'name_ru = "%s"' % ru,
              'aliases = [%s]' % ", ".join('"%s"' % a for a in aliases), '']
    L += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
          '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]', 'calls = "calls.csv"',
          'fx_rates = {USD = 95.0, EUR = 102.0, KZT = 0.19}', '',
          '[imports.calls_columns]', 'call_id = "ID записи"', 'time = "Начало вызова"',
          'direction = "Направление вызова"', 'manager = "Сотрудник (доб.)"', 'phone = "Внешний абонент"',
          'duration = "Длит. сек"', 'status = "Результат"', 'note = "Комментарий оператора"', '',
          '[pipeline]', 'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]',
          'probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}',
          '']
    with open(os.path.join(HERE, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    os.chmod(os.path.join(HERE, "dealtrail.toml"), 0o644)


# ----------------------------------------------------------------- truth
def client_emails():
    doms = set()
    for c in story.CLIENTS:
        for d in c[1].split(";"):
            doms.add(d.strip())
    free = {n["client"] for n in story.NEGOTIATIONS if "@" in n["client"]}
    return doms, free


def is_client(key):
    doms, free = client_emails()
    e = P[key][1]
    return e in free or e.split("@")[1] in doms


def ref(x, rowno):
    if x is None:
        return None
    if x.startswith("ics:"):
        return x[4:]
    if x.startswith("call:"):
        return rowno[x[5:]]
    return msg_id(MSG[x])


def write_truth(rowno):
    T = {"as_of": story.AS_OF, "timezone": story.TIMEZONE, "negotiations": [], "not_negotiations": [],
         "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in story.NEGOTIATIONS:
        T["negotiations"].append({
            "client": n["client"], "manager": P[n["manager"]][1], "product": n["product"], "stage": n["stage"],
            "stage_evidence": ref(n["ev"], rowno), "next_contact": n["next"], "next_contact_source": n["src"],
            "amount": {"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None,
            "expected_close": n["close"]})
    for a, why, _note in story.NOT_NEGOTIATIONS:
        T["not_negotiations"].append({"address": a, "why": why})
    for m in sorted(story.MSGS, key=msg_date):
        for quote, due, status in m["prom"]:
            T["agreed"].append({"message_id": msg_id(m), "side": "manager" if m["frm"] in MGR_BY_KEY else "client",
                                "who": P[m["frm"]][1], "quote": quote, "due": due, "status": status})
        if m["inb"] is not None:
            needs, by = m["inb"]
            T["inbound"].append({"message_id": msg_id(m), "needs_answer": needs, "answered": by is not None,
                                 "answered_by": ref(by, rowno)})
        if m["compl"] is not None:
            mgr = [k for k in m["to"] if k in MGR_BY_KEY][0]
            T["complaints"].append({"message_id": msg_id(m), "manager": P[mgr][1], "about_us": m["compl"]})
    for c in sorted(story.CALLS, key=lambda c: c[1]):
        T["calls"].append({"row": rowno[c[0]], "manager": P[c[2]][1], "client": c[8]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(T, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return T


# ----------------------------------------------------------------- checks
def check(T, rowno):
    errors = []
    ids = {}
    for root, _dirs, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                e = message_from_bytes(f.read(), policy=policy.default)
            if not e["Message-ID"] or not e["From"] or not e["Date"]:
                errors.append("bad eml " + fn)
            body = e.get_body(preferencelist=("plain",))
            ids[e["Message-ID"].strip()] = body.get_content() if body else ""
    uids = {ev[0] for ev in story.EVENTS}
    rows = set(rowno.values())

    def known(x):
        return x is None or x in ids or x in uids or (isinstance(x, int) and x in rows)

    for n in T["negotiations"]:
        if not known(n["stage_evidence"]) or n["stage_evidence"] is None:
            errors.append("evidence %s" % n)
    for a in T["agreed"]:
        if a["message_id"] not in ids:
            errors.append("agreed id %s" % a["message_id"])
        elif a["quote"] not in ids[a["message_id"]]:
            errors.append("quote not verbatim: %s" % a["quote"])
        if a["status"] not in ("open", "kept", "broken"):
            errors.append("status %s" % a)
    for i in T["inbound"]:
        if i["message_id"] not in ids or not known(i["answered_by"]):
            errors.append("inbound %s" % i)
    for c in T["complaints"]:
        if c["message_id"] not in ids:
            errors.append("complaint %s" % c)
    # every client message to a manager is labelled; no one else's is
    for m in story.MSGS:
        to_mgr = any(k in MGR_BY_KEY for k in m["to"] + m["cc"])
        if is_client(m["frm"]) and to_mgr and m["inb"] is None:
            errors.append("client message without inbound label: " + m["key"])
        if m["inb"] is not None and not is_client(m["frm"]):
            errors.append("inbound label on a non-client message: " + m["key"])
        # replies are later than their answers' questions
        if m["inb"] and m["inb"][1] and not m["inb"][1].startswith(("call:", "ics:")):
            if msg_date(MSG[m["inb"][1]]) <= msg_date(m):
                errors.append("answer before question: " + m["key"])
        if msg_date(m) > datetime.fromisoformat(story.AS_OF):
            errors.append("message after as_of: " + m["key"])
    clients = {c[0] for c in story.CLIENTS}
    for n in story.NEGOTIATIONS:
        if n["client"] not in clients and "@" not in n["client"]:
            errors.append("unknown client " + n["client"])
    for c in story.CALLS:
        if c[8] is not None and c[8] not in clients and "@" not in c[8]:
            errors.append("call client " + c[8])
    # not_negotiations addresses are not clients
    for a, why, _ in story.NOT_NEGOTIATIONS:
        if a.split("@")[1] in client_emails()[0] and why != "intermediary":
            errors.append("not_negotiation on a client domain: " + a)
    return errors, len(ids)


def main():
    n_files = write_all()
    calls, rowno = write_tables()
    write_toml()
    T = write_truth(rowno)
    errors, n_ids = check(T, rowno)
    print("messages %d (files %d, distinct ids %d), events %d, calls %d" % (
        len(story.MSGS), n_files, n_ids, len(story.EVENTS), len(calls)))
    print("negotiations %d, not_negotiations %d, agreed %d, inbound %d, complaints %d" % (
        len(T["negotiations"]), len(T["not_negotiations"]), len(T["agreed"]), len(T["inbound"]),
        len(T["complaints"])))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
