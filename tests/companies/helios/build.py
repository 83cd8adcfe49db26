#!/usr/bin/env python3
"""Build the Helios Energo test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp}, mail/<box>/.Sent/{cur,new,tmp}, calendar/<box>/*.ics, clients.csv,
plans.csv, sales.csv, calls.csv, dealtrail.toml and truth.json, then checks them. Run: python3 build.py
"""
import csv
import email
import email.policy
import hashlib
import io
import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

BOX = {mg["email"]: mg["box"] for mg in S.MANAGERS}
BYKEY = {m["key"]: m for m in S.MSGS}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def is_internal(addr):
    return addr.split("@")[1] in S.INTERNAL


def parse_when(when, offset):
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def msg_dt(m):
    return parse_when(m["when"], S.PEOPLE[m["frm"]][1])


def msgid(m):
    dom = m["frm"].split("@")[1]
    h = hashlib.sha1(m["key"].encode()).hexdigest()[:8].upper()
    return "<%s.%s.%s@%s>" % (msg_dt(m).strftime("%Y%m%d%H%M%S"), h, m["key"], dom)


def who(addr):
    """The address as mail clients show it, unencoded (headers are encoded by the email package)."""
    name = S.PEOPLE.get(addr, (addr, ""))[0]
    if any(c in name for c in ',.;:"()<>@[]') :
        name = '"%s"' % name
    return "%s <%s>" % (name, addr)


RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DOW = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
DE_DOW = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def quote_block(parent, style):
    d = msg_dt(parent)
    text = render_text(parent)
    to = "; ".join(who(a) for a in parent["to"])
    if style == "ru_outlook":
        head = "От: %s\nОтправлено: %d %s %d г. %d:%02d\nКому: %s\n%sТема: %s\n\n" % (
            who(parent["frm"]), d.day, RU_MON[d.month - 1], d.year, d.hour, d.minute, to,
            ("Копия: %s\n" % "; ".join(who(a) for a in parent["cc"])) if parent["cc"] else "", parent["subj"])
        return "\n\n" + head + text
    if style == "en_outlook":
        head = "From: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n" % (
            who(parent["frm"]), d.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), to,
            ("Cc: %s\n" % "; ".join(who(a) for a in parent["cc"])) if parent["cc"] else "", parent["subj"])
        return "\n\n________________________________\n" + head + text
    if style == "de_outlook":
        head = "Von: %s\nGesendet: %s, %d. %s %d %02d:%02d\nAn: %s\nBetreff: %s\n\n" % (
            who(parent["frm"]), DE_DOW[d.weekday()], d.day, DE_MON[d.month - 1], d.year, d.hour, d.minute, to, parent["subj"])
        return "\n\n" + head + text
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "en_gmail":
        return "\n\nOn %s, %s wrote:\n" % (d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), who(parent["frm"])) + quoted
    if style == "ru_gmail":
        return "\n\n%s, %d %s %d г. в %02d:%02d, %s:\n" % (RU_DOW[d.weekday()], d.day, RU_MON_S[d.month - 1], d.year,
                                                       d.hour, d.minute, who(parent["frm"])) + quoted
    if style == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n" % (d.strftime("%d.%m.%Y, %H:%M"), S.PEOPLE[parent["frm"]][0], parent["frm"]) + quoted
    if style == "fwd":
        return ("\n\n-------- Пересылаемое сообщение --------\n%s, \"%s\" <%s>:\nТема: %s\nКому: %s\n\n%s\n"
                "-------- Конец пересылаемого сообщения --------" % (
                    d.strftime("%d.%m.%Y, %H:%M"), S.PEOPLE[parent["frm"]][0], parent["frm"], parent["subj"], to, text))
    raise ValueError(style)


_TEXT = {}


def render_text(m):
    if m["key"] in _TEXT:
        return _TEXT[m["key"]]
    t = m["body"]
    if m["sig"]:
        t += "\n\n" + S.SIG[m["sig"]]
    if m["quote"]:
        t += quote_block(BYKEY[m["re"]], m["quote"])
    _TEXT[m["key"]] = t
    return t


MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


def references(m):
    chain = []
    p = m
    while p["re"] and not p["noref"]:
        p = BYKEY[p["re"]]
        chain.append(msgid(p))
    return list(reversed(chain))


def build_eml(m):
    e = EmailMessage(policy=email.policy.SMTP)
    e["From"] = who(m["frm"])
    e["To"] = ", ".join(who(a) for a in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(who(a) for a in m["cc"])
    e["Subject"] = m["subj"]
    e["Date"] = format_datetime(msg_dt(m))
    e["Message-ID"] = msgid(m)
    refs = references(m)
    if refs:
        e["In-Reply-To"] = refs[-1]
        e["References"] = " ".join(refs)
    e["MIME-Version"] = "1.0"
    for k, v in m["headers"].items():
        e[k] = v
    e.set_content(render_text(m), charset="utf-8")
    for name, kind in m["attach"]:
        data = ("%s\ninvented attachment %s of message %s (Helios Energo test company)\n" % (
            {"pdf": "%PDF-1.4", "docx": "PK", "xlsx": "PK"}[kind], name, m["key"])).encode()
        e.add_attachment(data, maintype=MIME[kind][0], subtype=MIME[kind][1], filename=name)
    if m["attach"]:
        e.set_boundary("----=_Part_%s" % hashlib.sha1(m["key"].encode()).hexdigest()[:20])
    return e.as_bytes()


def deliveries(m):
    """(box, folder) pairs where a copy of the message lands."""
    out = []
    if is_internal(m["frm"]):
        out.append((BOX[m["frm"]], ".Sent/cur"))
    rcpts = m["rcpt_boxes"] if m["rcpt_boxes"] is not None else m["to"] + m["cc"]
    for a in rcpts:
        if a in BOX and a != m["frm"]:
            out.append((BOX[a], "cur"))
    return out


def write_mail():
    root = os.path.join(HERE, "mail")
    shutil.rmtree(root, ignore_errors=True)
    for mg in S.MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, mg["box"], sub), exist_ok=True)
    n = 0
    for m in S.MSGS:
        raw = build_eml(m)
        ts = int(msg_dt(m).timestamp())
        places = deliveries(m)
        if not places:
            err("message %s lands in no mailbox" % m["key"])
        for box, folder in places:
            fn = "%d.%s.helios-mx:2,%s" % (ts, m["key"], "S")
            with open(os.path.join(root, box, folder, fn), "wb") as f:
                f.write(raw)
            n += 1
    return n


def ics_dt(s, tzname):
    offs = {"Europe/Moscow": 3, "Asia/Tashkent": 5, "Asia/Almaty": 5, "Asia/Yekaterinburg": 5}[tzname]
    d = datetime.strptime(s, "%Y-%m-%d %H:%M") - timedelta(hours=offs)
    return d.strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def write_calendars():
    root = os.path.join(HERE, "calendar")
    shutil.rmtree(root, ignore_errors=True)
    for mg in S.MANAGERS:
        os.makedirs(os.path.join(root, mg["box"]), exist_ok=True)
    n = 0
    for e in S.EVENTS:
        created = ics_dt(e["created"], "Europe/Moscow") if e["created"] else ics_dt(e["start"], e["tz"])
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Helios Energo//Calendar export//RU", "CALSCALE:GREGORIAN",
                 "BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:" + created, "CREATED:" + created,
                 "DTSTART:" + ics_dt(e["start"], e["tz"]), "DTEND:" + ics_dt(e["end"], e["tz"]),
                 "SUMMARY:" + esc(e["summary"])]
        if e["location"]:
            lines.append("LOCATION:" + esc(e["location"]))
        if e["desc"]:
            lines.append("DESCRIPTION:" + esc(e["desc"]))
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (S.PEOPLE[e["organizer"]][0], e["organizer"]))
        for a in e["attendees"]:
            lines.append("ATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (
                S.PEOPLE[a][0], "ACCEPTED" if e["status"] == "CONFIRMED" else "DECLINED", a))
        lines += ["STATUS:" + e["status"], "END:VEVENT", "END:VCALENDAR"]
        text = "\r\n".join(fold(l) for l in lines) + "\r\n"
        boxes = [BOX[e["organizer"]]] + [BOX[a] for a in e["attendees"] if a in BOX]
        for box in boxes:
            with open(os.path.join(root, box, e["uid"].split("@")[0] + ".ics"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            n += 1
    return n


def write_csvs():
    with open(os.path.join(HERE, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for row in S.CLIENTS:
            w.writerow(row)
    with open(os.path.join(HERE, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for row in S.PLANS:
            w.writerow(row)
    with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["номер", "дата", "менеджер", "номенклатура", "контрагент", "сумма", "валюта"])
        for row in S.SALES:
            w.writerow(row)
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(S.CALL_HEADER)
        for c in S.CALLS:
            w.writerow([c[0], c[1], c[2], c[3], c[4], c[5], c[6]])


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_toml():
    L = ['# Helios Energo (invented test company). Paths are relative to this file.',
         'database = "dealtrail.db"', '', '[company]', 'name = "Гелиос Энерго"',
         'internal_domains = %s' % q(S.INTERNAL), 'base_currency = "RUB"', 'country = "RU"',
         'timezone = "Europe/Moscow"', 'locale = "ru"', 'transferred_workdays = []', 'extra_holidays = []', '']
    for mg in S.MANAGERS:
        L += ['[[managers]]', 'email = %s' % q(mg["email"]), 'name = %s' % q(mg["name"]), 'role = %s' % q(mg["role"])]
        if mg["team"]:
            L.append('team = %s' % q(mg["team"]))
        L += ['timezone = %s' % q(mg["tz"]), 'locale = %s' % q(mg["locale"]), 'extension = %s' % q(mg["ext"]), '']
    for mg in S.MANAGERS:
        L += ['[[mailboxes]]', 'name = "%s-mail"' % mg["box"], 'kind = "maildir"', 'owner = %s' % q(mg["email"]),
              'path = "mail/%s"' % mg["box"], '',
              '[[mailboxes]]', 'name = "%s-calendar"' % mg["box"], 'kind = "ics"', 'owner = %s' % q(mg["email"]),
              'path = "calendar/%s"' % mg["box"], '']
    for p in S.PRODUCTS:
        L += ['[[products]]', 'code = %s' % q(p["code"]), 'name_en = %s' % q(p["name_en"]),
              'name_ru = %s' % q(p["name_ru"]), 'aliases = %s' % q(p["aliases"]), '']
    L += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
          '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]',
          'fx_rates = {%s}' % ", ".join("%s = %s" % kv for kv in S.FX.items()),
          'calls = "calls.csv"', '',
          '[imports.calls_columns]',
          'call_id = "UID вызова"', 'time = "Старт вызова"', 'direction = "Вид вызова"', 'manager = "Доб. сотрудника"',
          'phone = "Абонент Б"', 'duration = "Разговор, сек"', 'note = "Метка"', '',
          '[pipeline]', 'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]',
          'probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}', '']
    with open(os.path.join(HERE, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    os.chmod(os.path.join(HERE, "dealtrail.toml"), 0o644)


def ref(x):
    """Resolve a story reference to the truth's form."""
    if x is None:
        return None
    if x.startswith("ics:"):
        return x[4:]
    if x.startswith("call:"):
        return int(x[5:])
    if x.startswith("sales.csv:"):
        return x
    return msgid(BYKEY[x])


def client_of(addr):
    if addr == S.SOLE_TRADER:
        return S.SOLE_TRADER
    dom = addr.split("@")[1]
    for c in S.CLIENTS:
        if dom in [d.strip() for d in c[1].split(";")]:
            return c[0]
    return None


def write_truth():
    negs = []
    for n in S.NEGOTIATIONS:
        d = dict(n)
        d["stage_evidence"] = ref(n["stage_evidence"])
        d["amount"] = {"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None
        negs.append(d)
    agreed, inbound, complaints = [], [], []
    for m in sorted(S.MSGS, key=msg_dt):
        for a in m["agreed"]:
            agreed.append({"message_id": msgid(m), "side": a["side"], "who": a["who"] or m["frm"], "quote": a["quote"],
                           "due": a["due"], "status": a["status"]})
        if client_of(m["frm"]) and any(a in BOX for a in m["to"] + m["cc"]):
            if m["na"] is None:
                err("client message %s has no na= label" % m["key"])
                continue
            needs, by = m["na"]
            inbound.append({"message_id": msgid(m), "needs_answer": needs, "answered": by is not None,
                            "answered_by": ref(by)})
        elif m["na"] is not None:
            err("%s has na= but is not a client message to a manager" % m["key"])
        if m["complaint"] is not None:
            complaints.append({"message_id": msgid(m), "manager": m["to"][0], "about_us": m["complaint"]})
    calls = [{"row": i + 2, "manager": c[7], "client": c[8]} for i, c in enumerate(S.CALLS)]
    truth = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS],
             "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": calls}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return truth


def check(truth):
    # every message file parses, and its Message-ID is known
    ids = {}
    for dirpath, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(dirpath, fn), "rb") as f:
                e = email.message_from_binary_file(f, policy=email.policy.default)
            if not e["Message-ID"] or not e["From"] or not e["Date"]:
                err("bad headers in %s" % fn)
            body = e.get_body(preferencelist=("plain",))
            if body is None or not body.get_content().strip():
                err("no text in %s" % fn)
            ids[e["Message-ID"]] = body.get_content() if body is not None else ""
    uids = {e["uid"] for e in S.EVENTS}
    nrows = len(S.CALLS) + 1
    sales_ids = {"sales.csv:" + s[0] for s in S.SALES}

    def known(r, what):
        if r is None:
            return
        if isinstance(r, int):
            if not 2 <= r <= nrows:
                err("%s: no calls.csv row %s" % (what, r))
        elif r.startswith("<"):
            if r not in ids:
                err("%s: Message-ID %s not in any mailbox" % (what, r))
        elif r.startswith("sales.csv:"):
            if r not in sales_ids:
                err("%s: %s not in sales.csv" % (what, r))
        elif r not in uids:
            err("%s: unknown ics UID %s" % (what, r))

    names = {c[0] for c in S.CLIENTS} | {S.SOLE_TRADER}
    for n in truth["negotiations"]:
        known(n["stage_evidence"], "negotiation " + n["client"])
        if n["client"] not in names:
            err("negotiation client %s not in clients.csv" % n["client"])
        if (n["next_contact"] is None) != (n["next_contact_source"] is None):
            err("next_contact and its source disagree for " + n["client"])
    for a in truth["agreed"]:
        known(a["message_id"], "agreed")
        key = a["message_id"].split(".")[2].split("@")[0]
        if a["quote"] not in BYKEY[key]["body"]:
            err("quote not verbatim in the new text of %s: %s" % (key, a["quote"]))
        if a["quote"] not in ids.get(a["message_id"], ""):
            err("quote not verbatim in the built message %s" % key)
        if "\n" in a["quote"]:
            err("quote spans lines: %s" % a["quote"])
        if a["status"] not in ("open", "kept", "broken"):
            err("bad status " + a["status"])
        if a["status"] == "open" and a["due"] and a["due"] < S.AS_OF[:10]:
            err("open promise already overdue (should be broken?): %s" % a["quote"])
    for i in truth["inbound"]:
        known(i["message_id"], "inbound")
        known(i["answered_by"], "inbound answer")
    for c in truth["complaints"]:
        known(c["message_id"], "complaint")
    # replies point at earlier messages; answers come after the question
    for m in S.MSGS:
        if m["re"] and msg_dt(BYKEY[m["re"]]) > msg_dt(m):
            err("%s replies to a later message" % m["key"])
        if m["na"] and m["na"][1] and not m["na"][1].startswith(("ics:", "call:")):
            if msg_dt(BYKEY[m["na"][1]]) < msg_dt(m):
                err("%s answered by an earlier message" % m["key"])
        if msg_dt(m) > datetime.fromisoformat(S.AS_OF):
            err("%s is after as_of" % m["key"])
    keys = [m["key"] for m in S.MSGS]
    if len(keys) != len(set(keys)):
        err("duplicate message keys")
    # calls.csv reads back
    with open(os.path.join(HERE, "calls.csv"), encoding="cp1251", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    if len(rows) != nrows:
        err("calls.csv has %d rows" % len(rows))


def main():
    nmail = write_mail()
    nics = write_calendars()
    write_csvs()
    write_toml()
    truth = write_truth()
    check(truth)
    langs = {"ru": 0, "en": 0}
    for m in S.MSGS:
        cyr = sum(1 for ch in m["body"] if "а" <= ch.lower() <= "я")
        langs["ru" if cyr > len(m["body"]) * 0.2 else "en"] += 1
    print("messages %d (files %d; %s), events %d (files %d), calls %d, negotiations %d, agreed %d, inbound %d, "
          "complaints %d" % (len(S.MSGS), nmail, langs, len(S.EVENTS), nics, len(S.CALLS), len(truth["negotiations"]),
                             len(truth["agreed"]), len(truth["inbound"]), len(truth["complaints"])))
    if ERRORS:
        print("\n".join("ERROR: " + e for e in ERRORS))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
