#!/usr/bin/env python3
"""Build the Nordhaven Bank test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp,.Sent/cur}, calendar/<box>/*.ics, calls.csv, clients.csv,
plans.csv, sales.csv, truth.json, then checks them:
every .eml parses, every Message-ID referenced in truth.json exists,
every quoted agreement is verbatim in its message.
"""
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import json
import os
import re
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
DAYS_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def tz_of(person, when_naive):
    """Offset of a person's zone at a local naive time (EU/UK DST ends 2026-10-25)."""
    z = S.PEOPLE[person]["tz"]
    summer = when_naive < dt.datetime(2026, 10, 25, 3, 0)
    hours = {"MSK": 3, "ALA": 5, "IST": 3, "IND": 5.5, "CHN": 8,
             "CET": 2 if summer else 1, "UK": 1 if summer else 0}[z]
    return dt.timezone(dt.timedelta(hours=hours))


def parse_when(person, s):
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=tz_of(person, naive))


def h(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def msgid(m):
    if m.get("msgid"):
        return m["msgid"]
    sender = m["from"]
    dom = sender.split("@")[1]
    client = m.get("app") or S.PEOPLE[sender].get("client_app", "outlook")
    k = m["key"]
    if client == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h(k, 10).upper(), h(k + "x", 12))
    if client == "yandex":
        return "<%d%s@mail.yandex.ru>" % (int(h(k, 8), 16) % 900000 + 100000, h(k, 4))
    if client == "iphone":
        return "<%s-%s-%s@%s>" % (h(k, 8).upper(), h(k + "a", 4).upper(), h(k + "b", 12).upper(), dom)
    if client == "lotus":
        return "<OF%s.%s-ON%s@%s>" % (h(k, 8).upper(), h(k + "l", 8).upper(), h(k + "n", 8).upper(), dom)
    if client == "mailkz":
        return "<%s@f%d.mail.ru>" % (h(k, 14), int(h(k, 2), 16) % 500)
    if client == "exchange":
        return "<%s@MSK-EXCH%02d.%s>" % (h(k, 24).upper(), int(h(k, 2), 16) % 9 + 1, dom)
    return "<%s%s@%s.prod.outlook.com>" % (
        "AM9PR" if dom.endswith((".de", ".uk", ".tr")) else "DB8P", h(k, 20).upper(),
        "EURPRD%02d" % (int(h(k, 2), 16) % 9 + 1))


def addr(p):
    return formataddr((S.PEOPLE[p]["name"], p))


def fmt_ru_date(d):
    return "%d %s %d г., в %s" % (d.day, MONTHS_RU[d.month - 1], d.year, d.strftime("%H:%M"))


def quote_block(parent, style, parent_body):
    d = parent["_dt"]
    pn = S.PEOPLE[parent["from"]]["name"]
    pa = parent["from"]
    to_s = "; ".join(S.PEOPLE[x]["name"] for x in parent["to"])
    cc_s = "; ".join(S.PEOPLE[x]["name"] for x in parent.get("cc", []))
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in parent_body.splitlines())
    if style == "outlook_en":
        hdr = "From: %s <%s>\nSent: %s\nTo: %s\n%sSubject: %s\n" % (
            pn, pa, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to_s,
            ("Cc: %s\n" % cc_s) if cc_s else "", parent["subject"])
        return "\n\n________________________________\n" + hdr + "\n" + parent_body
    if style == "outlook_ru":
        hdr = "От: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n%sТема: %s\n" % (
            pn, pa, DAYS_RU[d.weekday()], d.day, MONTHS_RU[d.month - 1], d.year, d.strftime("%H:%M"),
            to_s, ("Копия: %s\n" % cc_s) if cc_s else "", parent["subject"])
        return "\n\n-----Original Message-----\n" + hdr + "\n" + parent_body
    if style == "outlook_de":
        hdr = "Von: %s <%s>\nGesendet: %s, %d. %s %d %s\nAn: %s\n%sBetreff: %s\n" % (
            pn, pa, DAYS_DE[d.weekday()], d.day, MONTHS_DE[d.month - 1], d.year, d.strftime("%H:%M"),
            to_s, ("Cc: %s\n" % cc_s) if cc_s else "", parent["subject"])
        return "\n\n" + hdr + "\n" + parent_body
    if style == "gmail_en":
        return "\n\nOn %s, %s <%s> wrote:\n%s" % (
            d.strftime("%a, %b %-d, %Y at %-I:%M %p"), pn, pa, quoted)
    if style == "gmail_ru":
        return "\n\n%s, %s <%s>:\n%s" % (
            d.strftime("%a, %-d %b. %Y г. в %H:%M").replace("Mon", "пн").replace("Tue", "вт")
            .replace("Wed", "ср").replace("Thu", "чт").replace("Fri", "пт").replace("Sat", "сб")
            .replace("Sun", "вс"), pn, pa, quoted)
    if style == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n%s" % (
            d.strftime("%d.%m.%Y, %H:%M"), pn, pa, quoted)
    if style == "mailru":
        return "\n\n\n>%s, %s от %s <%s>:\n%s" % (
            DAYS_RU[d.weekday()].capitalize(), fmt_ru_date(d), pn, pa, quoted)
    if style == "iphone_en":
        return "\n\nOn %s, at %s, %s <%s> wrote:\n\n%s" % (
            d.strftime("%-d %b %Y"), d.strftime("%H:%M"), pn, pa, quoted)
    if style == "iphone_ru":
        return "\n\n%d %s %d г., в %s, %s <%s> написал(а):\n\n%s" % (
            d.day, MONTHS_RU[d.month - 1][:3] + ".", d.year, d.strftime("%H:%M"), pn, pa, quoted)
    if style == "lotus":
        return "\n\n\n\n%s <%s>\n%s\n\nTo\n%s\ncc\n%s\nSubject\n%s\n\n\n%s" % (
            pn, pa, d.strftime("%d.%m.%Y %H:%M"), to_s, cc_s, parent["subject"], parent_body)
    if style == "forward_ru":
        return ("\n\n-------- Пересылаемое сообщение --------\n%s, %s <%s>:\nТема: %s\n\n%s\n"
                "-------- Конец пересылаемого сообщения --------") % (
            d.strftime("%d.%m.%Y, %H:%M"), pn, pa, parent["subject"], parent_body)
    if style == "forward_en":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n"
                "To: %s\n\n%s") % (pn, pa, d.strftime("%a, %b %-d, %Y at %-I:%M %p"),
                                   parent["subject"], to_s, parent_body)
    raise ValueError(style)


FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def build():
    for sub in ("mail", "calendar", "truth.json", "calls.csv", "clients.csv", "plans.csv", "sales.csv"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    managers = {m["email"]: m for m in S.MANAGERS}
    by_key = {}
    full_body = {}
    errors = []
    for m in S.MESSAGES:
        if m["key"] in by_key:
            errors.append("duplicate key %s" % m["key"])
        m["_dt"] = parse_when(m["from"], m["date"])
        m["_id"] = msgid(m)
        by_key[m["key"]] = m
    # bodies with quotes
    for m in S.MESSAGES:
        body = m["body"].strip("\n") + "\n"
        sig = S.PEOPLE[m["from"]].get("sig")
        if sig and not m.get("nosig"):
            body = body + "\n" + sig.strip("\n") + "\n"
        if m.get("quote"):
            parent = by_key[m["quote_of"] if m.get("quote_of") else m["irt"]]
            body = body + quote_block(parent, m["quote"], full_body[parent["key"]])
        if m.get("disclaimer", S.PEOPLE[m["from"]].get("disclaimer")):
            body = body + "\n\n" + m.get("disclaimer", S.PEOPLE[m["from"]].get("disclaimer")).strip() + "\n"
        full_body[m["key"]] = body
    for d in ("mail", "calendar"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    for box in S.BOXES:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", box, sub), exist_ok=True)
    box_of = {v: k for k, v in S.BOXES.items()}
    written = {}
    for m in S.MESSAGES:
        msg = EmailMessage()
        msg["From"] = addr(m["from"])
        msg["To"] = ", ".join(addr(x) for x in m["to"])
        if m.get("cc"):
            msg["Cc"] = ", ".join(addr(x) for x in m["cc"])
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["_dt"])
        msg["Message-ID"] = m["_id"]
        if m.get("irt") and not m.get("noirt"):
            parent = by_key[m["irt"]]
            msg["In-Reply-To"] = parent["_id"]
            refs = []
            p = parent
            while p:
                refs.insert(0, p["_id"])
                p = by_key.get(p.get("irt")) if p.get("irt") and not p.get("noirt") else None
            msg["References"] = " ".join(refs[-6:])
        app = m.get("app") or S.PEOPLE[m["from"]].get("client_app", "outlook")
        mailer = {"gmail": None, "iphone": "iPhone Mail (22B91)", "lotus": "Lotus Notes Release 9.0.1FP10",
                  "yandex": None, "mailkz": None}.get(app, "Microsoft Outlook 16.0")
        if mailer:
            msg["X-Mailer"] = mailer
        for k, v in m.get("headers", {}).items():
            msg[k] = v
        msg.set_content(full_body[m["key"]])
        for fn in m.get("attach", []):
            data = FAKE_PDF if fn.lower().endswith(".pdf") else ("placeholder for %s\n" % fn).encode()
            mt = ("application", "pdf") if fn.lower().endswith(".pdf") else (
                "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
                if fn.endswith(".docx") else "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            msg.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=fn)
        if m.get("attach"):
            msg.set_boundary("----=_NextPart_%s" % h(m["key"] + "boundary", 24))
        raw = msg.as_bytes(policy=email.policy.SMTP)
        epoch = int(m["_dt"].timestamp())
        fname = "%d.M%sP%d.nordhaven" % (epoch, h(m["key"], 6), 1000 + len(written))
        targets = []
        if m["from"] in managers:
            targets.append((box_of[m["from"]], ".Sent/cur", fname + ":2,S"))
        for r in list(m["to"]) + list(m.get("cc", [])):
            if r in managers and r != m["from"]:
                sub = "new" if m.get("unread") else "cur"
                targets.append((box_of[r], sub, fname + ("" if sub == "new" else ":2,S")))
        if not targets:
            errors.append("message %s lands in no mailbox" % m["key"])
        for box, sub, fn in targets:
            with open(os.path.join(HERE, "mail", box, sub, fn), "wb") as f:
                f.write(raw)
        written[m["key"]] = raw
    # calendars
    uids = set()
    for ev in S.EVENTS:
        uids.add(ev["uid"])
        start = dt.datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
        end = start + dt.timedelta(minutes=ev.get("minutes", 60))
        tzid = ev.get("tzid", "Europe/Moscow")
        org = ev["organizer"]
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % ev["uid"],
                 "DTSTAMP:%s" % ev.get("stamp", "20261001T080000Z"),
                 "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
                 "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S")),
                 "SUMMARY:%s" % ev["summary"]]
        if ev.get("location"):
            lines.append("LOCATION:%s" % ev["location"].replace(",", "\\,"))
        if ev.get("description"):
            lines.append("DESCRIPTION:%s" % ev["description"].replace("\n", "\\n").replace(",", "\\,"))
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (S.PEOPLE[org]["name"], org))
        for a in ev["attendees"]:
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s" % (
                S.PEOPLE[a]["name"], ev.get("partstat", "ACCEPTED"), a))
        if ev.get("status"):
            lines.append("STATUS:%s" % ev["status"])
        lines += ["END:VEVENT", "END:VCALENDAR"]
        for box_owner in [org] + [a for a in ev["attendees"] if a in managers and a != org]:
            if box_owner not in box_of:
                continue
            d = os.path.join(HERE, "calendar", box_of[box_owner])
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "%s.ics" % re.sub(r"[^A-Za-z0-9_-]", "_", ev["uid"])), "w",
                      encoding="utf-8", newline="\r\n") as f:
                f.write("\n".join(lines) + "\n")
    for box in S.BOXES:
        os.makedirs(os.path.join(HERE, "calendar", box), exist_ok=True)
    # csv files
    def wcsv(name, header, rows, delim=",", enc="utf-8"):
        with open(os.path.join(HERE, name), "w", encoding=enc, newline="") as f:
            w = csv.writer(f, delimiter=delim)
            w.writerow(header)
            w.writerows(rows)
    wcsv("clients.csv", ["client", "domains", "owner", "segment", "phones"], S.CLIENTS)
    wcsv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"], S.PLANS)
    wcsv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"], S.SALES)
    wcsv("calls.csv", S.CALLS_HEADER, [c["row"] for c in S.CALLS], delim=";")
    # truth
    def ref(x):
        if x is None:
            return None
        if isinstance(x, int):
            return x
        if x.startswith("ics:"):
            return x[4:]
        return by_key[x]["_id"]
    call_row = {c["id"]: i + 2 for i, c in enumerate(S.CALLS)}
    def ans_ref(x):
        if isinstance(x, str) and x.startswith("call:"):
            return call_row[x[5:]]
        return ref(x)
    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": [], "not_negotiations": S.NOT_NEGOTIATIONS,
             "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in S.NEGOTIATIONS:
        n2 = dict(n)
        ev = n2["stage_evidence"]
        n2["stage_evidence"] = ev[4:] if ev.startswith("ics:") else (str(call_row[ev[5:]]) if ev.startswith("call:") else by_key[ev]["_id"])
        truth["negotiations"].append(n2)
    client_people = {p for p, v in S.PEOPLE.items() if v.get("client")}
    for m in S.MESSAGES:
        for a in m.get("agreed", []):
            side, quote, due, status = a
            truth["agreed"].append({"message_id": m["_id"], "side": side, "who": m["from"], "quote": quote,
                                    "due": due, "status": status})
        if m["from"] in client_people and any(r in managers for r in m["to"]) and not m.get("not_inbound"):
            na = m.get("na", True)
            ans = m.get("ans")
            truth["inbound"].append({"message_id": m["_id"], "needs_answer": na,
                                     "answered": bool(ans) if na else bool(ans),
                                     "answered_by": ans_ref(ans) if ans else None})
        if m.get("complaint") is not None:
            to_mgr = [r for r in m["to"] if r in managers]
            truth["complaints"].append({"message_id": m["_id"], "manager": to_mgr[0], "about_us": m["complaint"]})
    for c in S.CALLS:
        if c.get("client"):
            truth["calls"].append({"row": call_row[c["id"]], "manager": c["manager"], "client": c["client"]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # ---- checks ----
    ids = {}
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                pm = email.message_from_binary_file(f, policy=email.policy.default)
            if not pm["Message-ID"] or not pm["From"] or not pm["Date"]:
                errors.append("bad eml %s" % fn)
            body = pm.get_body(preferencelist=("plain",)).get_content()
            ids[pm["Message-ID"].strip()] = body
    def need(mid, what):
        if mid not in ids:
            errors.append("%s: unknown Message-ID %s" % (what, mid))
    for a in truth["agreed"]:
        need(a["message_id"], "agreed")
        if a["message_id"] in ids and a["quote"] not in ids[a["message_id"]]:
            errors.append("quote not verbatim in %s: %r" % (a["message_id"], a["quote"]))
    for i in truth["inbound"]:
        need(i["message_id"], "inbound")
        ab = i["answered_by"]
        if isinstance(ab, str) and ab.startswith("<"):
            need(ab, "answered_by")
        elif isinstance(ab, str) and ab not in uids:
            errors.append("answered_by unknown uid %s" % ab)
    for c in truth["complaints"]:
        need(c["message_id"], "complaint")
    for n in truth["negotiations"]:
        ev = n["stage_evidence"]
        if ev.startswith("<"):
            need(ev, "stage_evidence")
        elif ev not in uids and not ev.isdigit():
            errors.append("stage_evidence unknown %s" % ev)
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            errors.append("bad stage %s" % n)
    names = {r[0] for r in S.CLIENTS}
    for n in truth["negotiations"]:
        if n["client"] not in names and "@" not in n["client"]:
            errors.append("negotiation client not in clients.csv: %s" % n["client"])
    for c in truth["calls"]:
        if c["client"] not in names and "@" not in c["client"]:
            errors.append("call client unknown: %s" % c["client"])
    # ics parse sanity
    nics = 0
    for root, _, files in os.walk(os.path.join(HERE, "calendar")):
        for fn in files:
            txt = open(os.path.join(root, fn), encoding="utf-8").read()
            nics += 1
            if "BEGIN:VEVENT" not in txt or "END:VCALENDAR" not in txt:
                errors.append("bad ics %s" % fn)
    json.loads(open(os.path.join(HERE, "truth.json"), encoding="utf-8").read())
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    def is_en(m):
        t = m["body"]
        cyr = sum(1 for ch in t if "\u0400" <= ch <= "\u04ff")
        lat = sum(1 for ch in t if ch.isascii() and ch.isalpha())
        return lat > cyr
    lang_en = sum(1 for m in S.MESSAGES if is_en(m))
    for m in S.MESSAGES:
        if m["from"] in client_people and m.get("na", True) and not m.get("ans") and not m.get("not_inbound"):
            print("note: waiting for an answer at as_of (intended):", m["key"])
    print("ok: %d messages (%d en), %d eml files, %d events (%d ics files), %d calls, %d negotiations, "
          "%d agreed, %d inbound, %d complaints" % (
              len(S.MESSAGES), lang_en, len(ids), len(S.EVENTS), nics, len(S.CALLS), len(truth["negotiations"]),
              len(truth["agreed"]), len(truth["inbound"]), len(truth["complaints"])))


if __name__ == "__main__":
    build()
