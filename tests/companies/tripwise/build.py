#!/usr/bin/env python3
"""Turn story.py into the files of COMPANY_TRUTH_FORMAT.md and check them.
Standard library only; deterministic (same story -> same bytes)."""
import csv
import datetime as dt
import email
import email.policy
import io
import json
import os
import shutil
import sys
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import story as S

MSK = ZoneInfo("Europe/Moscow")
YEAR = 2026
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                "окт.", "нояб.", "дек."]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def when(s):
    """'10-12 10:15' (Moscow time) -> aware datetime."""
    d, t = s.split()
    m, day = map(int, d.split("-"))
    h, mi = map(int, t.split(":"))
    return dt.datetime(YEAR, m, day, h, mi, tzinfo=MSK)


def person(addr):
    return S.PEOPLE[addr]


def name_addr(addr):
    """Display form used inside quoted text: Name <addr>."""
    return f"{person(addr)[0]} <{addr}>"


def hdr_addrs(addrs):
    return [Address(display_name=person(a)[0], addr_spec=a) for a in addrs]


def local(addr, t):
    return t.astimezone(ZoneInfo(person(addr)[1]))


def domain(addr):
    return addr.split("@", 1)[1]


def is_internal(addr):
    return domain(addr) in S.INTERNAL_DOMAINS


def box_of(addr):
    for m in S.MANAGERS:
        if m["email"] == addr:
            return m["box"]
    return None


def msgid(key):
    m = S.BY_KEY[key]
    return "<{}.{}@{}>".format(key, m["when"].replace("-", "").replace(" ", "").replace(":", ""),
                           S.MSGID_HOST.get(domain(m["from"]), domain(m["from"])))


def quoted(lines_prefix, text):
    return "\n".join((lines_prefix + l) if l else lines_prefix.rstrip() for l in text.split("\n"))


def header_block(style, p):
    """The attribution/header of a quoted or forwarded message p, in a client's style."""
    t = when(p["when"])
    fr = p["from"]; nm = person(fr)[0]
    to = ", ".join(name_addr(a) for a in p["to"])
    if style in ("outlook_ru",):
        h = ["________________________________", f"От: {nm} <{fr}>",
             "Отправлено: %d %s %d г. %02d:%02d" % (t.day, RU_MON[t.month - 1], t.year, t.hour, t.minute),
             f"Кому: {to}"]
        if p["cc"]:
            h.append("Копия: {}".format(", ".join(name_addr(a) for a in p["cc"])))
        h.append("Тема: {}".format(p["subject"]))
        return "\n".join(h) + "\n\n", ""
    if style in ("outlook_en",):
        h = [f"From: {nm} <{fr}>",
             "Sent: {}".format(t.strftime("%A, %B %-d, %Y %-I:%M %p")), f"To: {to}"]
        if p["cc"]:
            h.append("Cc: {}".format(", ".join(name_addr(a) for a in p["cc"])))
        h.append("Subject: {}".format(p["subject"]))
        return "-----Original Message-----\n" + "\n".join(h) + "\n\n", ""
    if style == "gmail_en":
        return "On {} {} <{}> wrote:\n".format(t.strftime("%a, %b %-d, %Y at %-I:%M %p"), nm, fr), "> "
    if style == "gmail_ru":
        return "%s, %d %s %d г. в %02d:%02d, %s <%s>:\n" % (
            RU_WD_SHORT[t.weekday()], t.day, RU_MON_SHORT[t.month - 1], t.year, t.hour, t.minute, nm, fr), "> "
    if style == "yandex":
        return "%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:\n" % (t.day, t.month, t.year, t.hour, t.minute, nm, fr), "> "
    if style == "mailru":
        return "%s, %d %s %d, %02d:%02d +03:00 от %s <%s>:\n" % (
            RU_WD[t.weekday()].capitalize(), t.day, RU_MON[t.month - 1], t.year, t.hour, t.minute, nm, fr), "> "
    if style == "iphone_en":
        return "> On %d %s %d, at %02d:%02d, %s <%s> wrote:\n>\n" % (
            t.day, t.strftime("%b"), t.year, t.hour, t.minute, nm, fr), "> "
    if style == "iphone_ru":
        return "> %d %s %d г., в %02d:%02d, %s <%s> написал(а):\n>\n" % (
            t.day, RU_MON_SHORT[t.month - 1], t.year, t.hour, t.minute, nm, fr), "> "
    if style == "fwd_en":
        h = ["---------- Forwarded message ---------", f"From: {nm} <{fr}>",
             "Date: {}".format(t.strftime("%a, %b %-d, %Y at %-I:%M %p")), "Subject: {}".format(p["subject"]),
             f"To: {to}"]
        return "\n".join(h) + "\n\n", ""
    if style == "fwd_ru":
        h = ["-------- Пересылаемое сообщение --------", "%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:" % (
            t.day, t.month, t.year, t.hour, t.minute, nm, fr), "Тема: {}".format(p["subject"])]
        return "\n".join(h) + "\n\n", ""
    raise ValueError("unknown quote style " + style)


RENDERED = {}


def render_body(m):
    body = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        style, pk = m["quote"]
        p = S.BY_KEY[pk]
        head, pre = header_block(style, p)
        prev = RENDERED[pk].rstrip("\n")
        if style.startswith("iphone"):
            sig = "Sent from my iPhone" if style == "iphone_en" else "Отправлено с iPhone"
            body += "\n" + sig + "\n\n" + head + quoted("> ", prev) + "\n"
        elif pre:
            body += "\n" + head + quoted(pre, prev) + "\n"
        else:
            body += "\n" + head + prev + "\n"
    RENDERED[m["key"]] = body
    return body


def build_eml(m):
    e = EmailMessage(policy=email.policy.SMTP)
    e["From"] = hdr_addrs([m["from"]])
    e["To"] = hdr_addrs(m["to"])
    if m["cc"]:
        e["Cc"] = hdr_addrs(m["cc"])
    e["Subject"] = m["subject"]
    e["Date"] = format_datetime(local(m["from"], when(m["when"])))
    e["Message-ID"] = msgid(m["key"])
    if m.get("irt") and not m.get("noirt"):
        e["In-Reply-To"] = msgid(m["irt"])
        chain, k = [], m["irt"]
        while k:
            chain.insert(0, msgid(k))
            k = S.BY_KEY[k].get("irt") if not S.BY_KEY[k].get("noirt") else None
        e["References"] = " ".join(chain)
    for h, v in m.get("headers", {}).items():
        e[h] = v
    e["MIME-Version"] = "1.0"
    e.set_content(render_body(m), cte="8bit")
    return e.as_bytes()


def fname(m, box):
    t = when(m["when"])
    return "%d.%s.tripwise:2,S" % (int(t.timestamp()), m["key"])


def write(path, data, mode="wb"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def ics_dt(t):
    return t.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """RFC 5545 folding: at most 75 octets a line, never inside a UTF-8 character."""
    out, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode())
        if n + w > (75 if not out else 74):
            out.append(cur); cur, n = "", 0
        cur += ch; n += w
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def build_ics(ev):
    start = when(ev["when"]); end = start + dt.timedelta(minutes=ev["minutes"])
    org = ev["organizer"]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tripwise//Calendar export//RU",
             "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + ev["uid"],
             "DTSTAMP:" + ics_dt(when(ev.get("created", ev["when"]))),
             "DTSTART:" + ics_dt(start), "DTEND:" + ics_dt(end),
             "SUMMARY:" + ics_text(ev["summary"]),
             f"ORGANIZER;CN={person(org)[0]}:mailto:{org}"]
    for a in ev["attendees"]:
        lines.append("ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT={}:mailto:{}".format(
            person(a)[0], "ACCEPTED", a))
    if ev.get("location"):
        lines.append("LOCATION:" + ics_text(ev["location"]))
    if ev.get("description"):
        lines.append("DESCRIPTION:" + ics_text(ev["description"]))
    lines.append("STATUS:" + ("CANCELLED" if ev.get("cancelled") else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode()


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build_toml():
    L = ['# dealtrail configuration of the invented company Tripwise (see README.md).',
         'database = "dealtrail.db"', '', '[company]', 'name = "Tripwise Corporate Travel"',
         f'internal_domains = {toml_str(S.INTERNAL_DOMAINS)}', 'base_currency = "RUB"',
         'country = "RU"', 'timezone = "Europe/Moscow"', 'locale = "ru"',
         'transferred_workdays = []', 'extra_holidays = []', '']
    for m in S.MANAGERS:
        L += ['[[managers]]', 'email = {}'.format(toml_str(m["email"])), 'name = {}'.format(toml_str(m["name"])),
              'role = {}'.format(toml_str(m["role"])), 'team = "Corporate"',
              'timezone = {}'.format(toml_str(m["tz"])), 'locale = {}'.format(toml_str(m["locale"])),
              'extension = {}'.format(toml_str(m["ext"])), '']
    for m in S.MANAGERS:
        L += ['[[mailboxes]]', 'name = "{}-mail"'.format(m["box"]), 'kind = "maildir"',
              'owner = {}'.format(toml_str(m["email"])), 'path = "mail/{}"'.format(m["box"]), '',
              '[[mailboxes]]', 'name = "{}-calendar"'.format(m["box"]), 'kind = "ics"',
              'owner = {}'.format(toml_str(m["email"])), 'path = "calendar/{}"'.format(m["box"]), '']
    for p in S.PRODUCTS:
        L += ['[[products]]', 'code = {}'.format(toml_str(p["code"])), 'name_en = {}'.format(toml_str(p["en"])),
              'name_ru = {}'.format(toml_str(p["ru"])), 'aliases = {}'.format(toml_str(p["aliases"])), '']
    L += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
          '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]',
          'fx_rates = {USD = 92.0, EUR = 99.5}', 'calls = "calls.csv"', '',
          '[imports.calls_columns]']
    for k, v in S.CALLS_COLUMNS.items():
        L.append(f'{k} = {toml_str(v)}')
    L += ['', '[pipeline]',
          'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]', '']
    return "\n".join(L) + "\n"


def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if delim == ";" else "\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def main():
    errors = []
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    keys = [m["key"] for m in S.MSGS]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        errors.append(f"duplicate message keys: {sorted(dup)}")
    # mail
    for m in sorted(S.MSGS, key=lambda m: when(m["when"])):
        for a in [m["from"]] + m["to"] + m["cc"]:
            if a not in S.PEOPLE:
                errors.append("{}: unknown address {}".format(m["key"], a))
        if m.get("irt") and when(S.BY_KEY[m["irt"]]["when"]) >= when(m["when"]):
            errors.append("{} replies to a later message {}".format(m["key"], m["irt"]))
        if when(m["when"]) > S.AS_OF_DT:
            errors.append("{} is after as_of".format(m["key"]))
        if errors:
            continue
        data = build_eml(m)
        boxes = []
        b = box_of(m["from"])
        if b:
            boxes.append((b, ".Sent/cur"))
        for a in m["to"] + m["cc"]:
            b = box_of(a)
            if b and (b, "cur") not in boxes:
                boxes.append((b, "cur"))
        for b, sub in boxes:
            write(os.path.join(HERE, "mail", b, sub, fname(m, b)), data)
    for mm in S.MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", mm["box"], sub), exist_ok=True)
    # calendars
    for ev in S.MEETINGS:
        for a in [ev["organizer"]] + ev["attendees"]:
            b = box_of(a)
            if b:
                write(os.path.join(HERE, "calendar", b, ev["uid"].split("@")[0] + ".ics"), build_ics(ev))
    for mm in S.MANAGERS:
        os.makedirs(os.path.join(HERE, "calendar", mm["box"]), exist_ok=True)
    # tables
    write(os.path.join(HERE, "clients.csv"), csv_text(
        [["client", "domains", "owner", "segment", "phones"]] +
        [[c[0], c[1], c[2], c[3], c[4]] for c in S.CLIENTS]), "w")
    write(os.path.join(HERE, "plans.csv"), csv_text(
        [["period", "scope", "team", "manager", "product", "metric", "amount", "currency"]] + S.PLANS), "w")
    write(os.path.join(HERE, "sales.csv"), csv_text(
        [["external_id", "date", "manager", "product", "client", "amount", "currency"]] + S.SALES), "w")
    ext = {m["ext"]: m["email"] for m in S.MANAGERS}
    calls = sorted(S.CALLS, key=lambda c: when(c["when"]))
    rows = [S.CALLS_HEADER]
    for c in calls:
        rows.append([when(c["when"]).strftime("%d.%m.%Y %H:%M:%S"), c["dir"], c["ext"], c["phone"],
                     str(c["sec"]), c["status"], c.get("note", "")])
    write(os.path.join(HERE, "calls.csv"), csv_text(rows, ";").encode("cp1251"))
    write(os.path.join(HERE, "dealtrail.toml"), build_toml(), "w")
    os.chmod(os.path.join(HERE, "dealtrail.toml"), 0o644)
    # truth
    call_rows = {}
    for i, c in enumerate(calls):
        call_rows[c["id"]] = i + 2        # spreadsheet row: the header is row 1
    meeting_uids = {ev["uid"]: ev for ev in S.MEETINGS}

    def ref(x):
        if x is None:
            return None
        if x in S.BY_KEY:
            return msgid(x)
        if x in meeting_uids:
            return x
        if x in call_rows:
            return call_rows[x]
        errors.append(f"unknown reference {x!r}")
        return None

    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": [],
             "not_negotiations": S.NOT_NEGS, "agreed": [], "inbound": [], "complaints": [], "calls": []}
    client_names = {c[0] for c in S.CLIENTS}
    for n in S.NEGS:
        n = dict(n)
        if n["client"] not in client_names and n["client"] not in S.PEOPLE:
            errors.append("negotiation client {!r} unknown".format(n["client"]))
        n["stage_evidence"] = ref(n["stage_evidence"])
        if n["amount"]:
            n["amount"] = {"minor": int(round(n["amount"][0] * 100)), "currency": n["amount"][1]}
        truth["negotiations"].append(n)
    for m in sorted(S.MSGS, key=lambda m: when(m["when"])):
        mid = msgid(m["key"])
        for side, q, due, status in m.get("prom", []):
            if q not in m["body"]:
                errors.append("{}: quote not verbatim: {!r}".format(m["key"], q))
            truth["agreed"].append({"message_id": mid, "side": side, "who": m["from"], "quote": q,
                                    "due": due, "status": status})
        if "inb" in m:
            na, ans = m["inb"]
            truth["inbound"].append({"message_id": mid, "needs_answer": na, "answered": ans is not None,
                                     "answered_by": ref(ans)})
        elif (not is_internal(m["from"]) and any(is_internal(a) for a in m["to"])
              and m["from"] in S.CLIENT_ADDRS):
            errors.append("{}: client message to a manager without an inbound label".format(m["key"]))
        if "compl" in m:
            to_mgr = [a for a in m["to"] if box_of(a)]
            truth["complaints"].append({"message_id": mid, "manager": to_mgr[0], "about_us": m["compl"]})
    for c in calls:
        if c.get("client"):
            truth["calls"].append({"row": call_rows[c["id"]], "manager": ext[c["ext"]], "client": c["client"]})
    write(os.path.join(HERE, "truth.json"), json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "w")
    # checks on what was written
    ids = set()
    n_eml = 0
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                e = email.message_from_binary_file(fh, policy=email.policy.default)
            if not e["Message-ID"] or not e["Date"] or not e["From"]:
                errors.append("bad eml " + f)
            e.get_body(("plain",)).get_content()
            ids.add(e["Message-ID"]); n_eml += 1
    for a in truth["agreed"] + truth["inbound"] + truth["complaints"]:
        if a["message_id"] not in ids:
            errors.append("message id not in mail: " + a["message_id"])
    for a in truth["inbound"]:
        if isinstance(a["answered_by"], str) and a["answered_by"].startswith("<") and a["answered_by"] not in ids:
            errors.append("answered_by not in mail: " + a["answered_by"])
    for n in truth["negotiations"]:
        ev = n["stage_evidence"]
        if isinstance(ev, str) and ev.startswith("<") and ev not in ids:
            errors.append("stage evidence not in mail: " + ev)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("ok: %d messages (%d .eml files), %d meetings, %d calls, %d negotiations, %d agreed, "
          "%d inbound, %d complaints" % (len(S.MSGS), n_eml, len(S.MEETINGS), len(S.CALLS),
                                         len(truth["negotiations"]), len(truth["agreed"]),
                                         len(truth["inbound"]), len(truth["complaints"])))


if __name__ == "__main__":
    main()
