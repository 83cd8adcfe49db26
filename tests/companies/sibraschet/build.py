#!/usr/bin/env python3
"""Builds the invented trade-finance desk of АО «СибРасчётБанк» from story.py and checks it.

Writes mail/ (Maildirs), calendar/ (.ics), calls.csv, clients.csv, plans.csv, sales.csv,
dealtrail.toml and truth.json. Standard library only; deterministic. Exit code 1 on a failed
check. Everything here is invented. Licence: Apache-2.0."""
import csv
import io
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import story  # noqa: E402
from build_mail import (REPLY_PREFIX, FREE_MAIL, compose, h, local_dt, make_message_id,  # noqa: E402
                        to_email)

P = story.P
MGR = {m["email"]: m for m in story.MANAGERS}
EXT2MGR = {m["ext"]: m["email"] for m in story.MANAGERS}
AS_OF = datetime.fromisoformat(story.AS_OF)
COMPANY_TZ = ZoneInfo(story.TIMEZONE)
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def mailbox_dir(email):
    return email.split("@")[0]


# ------------------------------------------------------------------ messages
def prepare_messages():
    by_key = {}
    for m in story.MESSAGES:
        if m["key"] in by_key:
            fail("duplicate message key %s" % m["key"])
        if m["frm"] not in P:
            fail("unknown sender %s in %s" % (m["frm"], m["key"]))
        m["style"] = m["style"] or P[m["frm"]]["style"]
        m["dt"] = local_dt(m["when"], P[m["frm"]]["tz"])
        m["sec"] = int(h("sec", m["key"], n=4), 16) % 60
        by_key[m["key"]] = m
    # sorted by time so that parents are composed before replies
    order = sorted(story.MESSAGES, key=lambda x: (x["dt"], x["key"]))
    for m in order:
        m["message_id"] = make_message_id(m, m["style"], m["frm"])
    for m in order:
        parent = by_key.get(m["re"]) if m["re"] else None
        if m["re"] and parent is None:
            fail("%s replies to unknown %s" % (m["key"], m["re"]))
        if m["fwd"] and m["fwd"] not in by_key:
            fail("%s forwards unknown %s" % (m["key"], m["fwd"]))
        if parent is not None and parent["dt"] >= m["dt"]:
            fail("%s is not after its parent %s" % (m["key"], m["re"]))
        if m["subj"]:
            m["subject"] = m["subj"]
        elif m["auto"] and parent is not None:
            m["subject"] = "Автоматический ответ: " + parent["subject"]
        elif parent is not None:
            pre = REPLY_PREFIX.get(m["style"], "Re:")
            ps = parent["subject"]
            m["subject"] = ps if ps.lower().startswith(pre.lower()) else "%s %s" % (pre, ps)
        else:
            fail("%s has no subject" % m["key"])
            m["subject"] = "(без темы)"
        m["thread_topic"] = re.sub(r"^((re|fw|ответ|回复)\s*[:：]\s*)+", "", m["subject"], flags=re.I)
        if parent is not None:
            m["in_reply_to"] = parent["message_id"]
            m["references"] = list(parent.get("references", [])) + [parent["message_id"]]
        compose(m, P, by_key)
    return by_key, order


def write_maildirs(order):
    root = os.path.join(HERE, "mail")
    if os.path.exists(root):
        shutil.rmtree(root)
    files = []
    for email in MGR:
        for sub in ("", ".Sent"):
            for d in ("cur", "new", "tmp"):
                os.makedirs(os.path.join(root, mailbox_dir(email), sub, d), exist_ok=True)
    for i, m in enumerate(order):
        raw = to_email(m, P)
        m["raw"] = raw
        ts = int(m["dt"].timestamp())
        places = []
        if m["frm"] in MGR:
            places.append(os.path.join(root, mailbox_dir(m["frm"]), ".Sent", "cur"))
        for a in m["to"] + m["cc"]:
            if a in MGR and a != m["frm"]:
                places.append(os.path.join(root, mailbox_dir(a), "cur"))
        if not places:
            fail("%s lands in no mailbox" % m["key"])
        for j, d in enumerate(places):
            name = "%d.M%06dP%d.mx1-nsk.sibrasbank.ru,S=%d:2,S" % (ts, i * 10 + j, 4100 + i, len(raw))
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(raw)
            files.append(path)
    return files


# ------------------------------------------------------------------ calendar
VTZ = {
    "Asia/Novosibirsk": ("+07", "+0700"),
    "Asia/Vladivostok": ("+10", "+1000"),
}


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def write_calendars():
    root = os.path.join(HERE, "calendar")
    if os.path.exists(root):
        shutil.rmtree(root)
    for email in MGR:
        os.makedirs(os.path.join(root, mailbox_dir(email)), exist_ok=True)
    written = []
    for ev in story.EVENTS:
        tz = ev["tz"]
        tzname, off = VTZ[tz]
        org_email, org_name = ev["organizer"]
        created = datetime.strptime(ev["created"], "%Y-%m-%d %H:%M").replace(tzinfo=COMPANY_TZ)
        stamp = created.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
        allday = ev["start"].endswith("00:00") and ev["end"].endswith("00:00")
        s = datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
        e = datetime.strptime(ev["end"], "%Y-%m-%d %H:%M")
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
                 "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "METHOD:PUBLISH",
                 "BEGIN:VTIMEZONE", "TZID:%s" % tz, "BEGIN:STANDARD", "DTSTART:19700101T000000",
                 "TZOFFSETFROM:%s" % off, "TZOFFSETTO:%s" % off, "TZNAME:%s" % tzname,
                 "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
                 "UID:%s" % ev["uid"], "DTSTAMP:%s" % stamp, "CREATED:%s" % stamp,
                 "LAST-MODIFIED:%s" % stamp]
        if allday:
            lines += ["DTSTART;VALUE=DATE:%s" % s.strftime("%Y%m%d"),
                      "DTEND;VALUE=DATE:%s" % e.strftime("%Y%m%d"), "TRANSP:TRANSPARENT"]
        else:
            lines += ["DTSTART;TZID=%s:%s" % (tz, s.strftime("%Y%m%dT%H%M%S")),
                      "DTEND;TZID=%s:%s" % (tz, e.strftime("%Y%m%dT%H%M%S"))]
        if ev["rrule"]:
            lines.append("RRULE:%s" % ev["rrule"])
        lines.append("SUMMARY:%s" % ics_escape(ev["summary"]))
        if ev["location"]:
            lines.append("LOCATION:%s" % ics_escape(ev["location"]))
        if ev["description"]:
            lines.append("DESCRIPTION:%s" % ics_escape(ev["description"]))
        lines.append("ORGANIZER;CN=\"%s\":mailto:%s" % (org_name, org_email))
        for a_email, a_name in ev["attendees"]:
            part = "ACCEPTED" if ev["status"] != "CANCELLED" else "DECLINED"
            lines.append("ATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s"
                         % (a_name, part, a_email))
        lines += ["STATUS:%s" % ev["status"], "SEQUENCE:%d" % (1 if ev["status"] == "CANCELLED" else 0),
                  "CLASS:PUBLIC", "END:VEVENT", "END:VCALENDAR"]
        body = "\r\n".join(fold(x) for x in lines) + "\r\n"
        fname = re.sub(r"[^A-Za-z0-9_.-]", "_", ev["uid"]) + ".ics"
        for cal in ev["calendars"]:
            if cal not in MGR:
                fail("event %s in calendar of non-manager %s" % (ev["uid"], cal))
                continue
            path = os.path.join(root, mailbox_dir(cal), fname)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(body)
            written.append(path)
    return written


# ------------------------------------------------------------------ calls
CALL_HEADER = ["Идентификатор сессии", "Дата и время начала", "Направление", "Внутренний номер",
               "Номер клиента", "Ожидание, сек", "Длительность разговора, сек", "Результат",
               "Комментарий оператора"]


def write_calls():
    calls = sorted(story.CALLS, key=lambda c: c["when"])
    rows = {}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CALL_HEADER)
    for i, c in enumerate(calls):
        d = datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S")
        sid = "%s-%s" % (d.strftime("%y%m%d%H%M%S"), h("call", c["key"], n=8).upper())
        w.writerow([sid, d.strftime("%d.%m.%Y %H:%M:%S"), c["direction"], c["ext"], c["phone"],
                    c["wait"], c["talk"], c["status"], c["note"]])
        rows[c["key"]] = i + 2
        c["row"] = i + 2
    with open(os.path.join(HERE, "calls.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    return calls, rows


# ------------------------------------------------------------------ directory, plans, sales
def write_csv(name, header, rows, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", encoding=encoding, newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


SALES = [
    ("1С-РЕАЛ-2026-004812", "2026-10-09", "a.dyachenko@sibrasbank.ru", "LC", "ООО «Бердский элеватор»", "48000.00"),
    ("1С-РЕАЛ-2026-004907", "2026-10-27", "o.shabanova@sibrasbank.ru", "VK", "ООО «СибТехИмпорт»", "2500.00"),
    ("1С-РЕАЛ-2026-004955", "2026-10-30", "o.shabanova@sibrasbank.ru", "FXC", "ООО «Сибирские насосы»", "36200.00"),
    ("1С-РЕАЛ-2026-005011", "2026-11-02", "d.ershova@sibrasbank.ru", "FXC", "ИП Сафронов Игорь Валентинович", "26150.00"),
    ("1С-РЕАЛ-2026-005093", "2026-11-10", "o.shabanova@sibrasbank.ru", "FXC", "ООО «АвтоДеталь-Сибирь»", "71350.00"),
    ("1С-РЕАЛ-2026-005120", "2026-11-12", "a.dyachenko@sibrasbank.ru", "FXF", "ООО «Кулундинская зерновая компания»", "392000.00"),
    ("1С-РЕАЛ-2026-005188", "2026-11-18", "a.dyachenko@sibrasbank.ru", "LC", "ООО «Бердский элеватор»", "51500.00"),
    ("1С-РЕАЛ-2026-005240", "2026-11-26", "o.shabanova@sibrasbank.ru", "FXC", "ООО «АвтоДеталь-Сибирь»", "58400.00"),
    ("1С-РЕАЛ-2026-005302", "2026-12-01", "o.shabanova@sibrasbank.ru", "FXC", "ООО «Сибирские насосы»", "29800.00"),
]

PLANS = []
for period, comp, dy, sh, er, kim in [("2026-10", 1200000, 450000, 350000, 150000, 200000),
                                      ("2026-11", 1300000, 500000, 380000, 170000, 220000),
                                      ("2026-12", 1500000, 600000, 420000, 200000, 250000)]:
    PLANS.append((period, "company", "", "", "", "amount", "%d.00" % comp, "RUB"))
    for email, amt in (("a.dyachenko@sibrasbank.ru", dy), ("o.shabanova@sibrasbank.ru", sh),
                       ("d.ershova@sibrasbank.ru", er), ("v.kim@sibrasbank.ru", kim)):
        PLANS.append((period, "manager", "", email, "", "amount", "%d.00" % amt, "RUB"))
PLANS += [("2026-12", "company", "", "", "EFACT", "amount", "250000.00", "RUB"),
          ("2026-12", "company", "", "", "LC", "amount", "300000.00", "RUB"),
          ("2026-12", "company", "", "", "", "deals", "6", "")]


def write_directory_files():
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones", "emails", "kind"],
              [[c["client"], c["domains"], c["owner"], c["segment"], c["phones"], c["emails"], c["kind"]]
               for c in story.CLIENTS])
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"], PLANS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              [list(s) + ["RUB"] for s in SALES])


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_toml():
    out = ["# dealtrail configuration of the invented trade-finance desk of АО «СибРасчётБанк».",
           "# Everything here is invented.", "",
           "[company]",
           "name = %s" % q("АО «СибРасчётБанк» — торговое финансирование и валютный контроль"),
           'internal_domains = ["sibrasbank.ru"]', 'base_currency = "RUB"', 'country = "RU"',
           'timezone = "Asia/Novosibirsk"', 'locale = "ru"', 'work_start = "09:00"', 'work_end = "18:00"', ""]
    phones = {"m.kovaleva@sibrasbank.ru": "+7 913 700-21-45", "a.dyachenko@sibrasbank.ru": "+7 913 914-30-62",
              "d.ershova@sibrasbank.ru": "+7 923 227-51-90", "v.kim@sibrasbank.ru": "+7 914 707-36-12"}
    for m in story.MANAGERS:
        out += ["[[managers]]", "email = %s" % q(m["email"]), "name = %s" % q(m["name"]),
                "role = %s" % q(m["role"]), "team = %s" % q(m["team"]), "timezone = %s" % q(m["tz"]),
                'locale = "ru"', "extension = %s" % q(m["ext"])]
        if m["email"] in phones:
            out.append("phone = %s" % q(phones[m["email"]]))
        out.append("")
    for m in story.MANAGERS:
        d = mailbox_dir(m["email"])
        out += ["[[mailboxes]]", "name = %s" % q(d + "-mail"), 'kind = "maildir"',
                "owner = %s" % q(m["email"]), "path = %s" % q("mail/" + d), "",
                "[[mailboxes]]", "name = %s" % q(d + "-calendar"), 'kind = "ics"',
                "owner = %s" % q(m["email"]), "path = %s" % q("calendar/" + d), ""]
    out += ["[clients]", 'directory = "clients.csv"', ""]
    for p in story.PRODUCTS:
        out += ["[[products]]", "code = %s" % q(p["code"]), "name_ru = %s" % q(p["name_ru"]),
                "name_en = %s" % q(p["name_en"]),
                "aliases = [%s]" % ", ".join(q(a) for a in p["aliases"]), ""]
    out += ["[imports]", 'plans = "plans.csv"', 'sales = ["sales.csv"]', 'calls = "calls.csv"', "",
            "[imports.calls_columns]",
            'call_id = "Идентификатор сессии"', 'time = "Дата и время начала"',
            'direction = "Направление"', 'manager = "Внутренний номер"', 'phone = "Номер клиента"',
            'duration = "Длительность разговора, сек"', 'status = "Результат"',
            'note = "Комментарий оператора"', 'ignore = "Ожидание, сек"', ""]
    with open(os.path.join(HERE, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    os.chmod(os.path.join(HERE, "dealtrail.toml"), 0o644)


# ------------------------------------------------------------------ truth
def resolve(ref, by_key, call_rows):
    if ref is None:
        return None
    if ref.startswith("call:"):
        k = ref[5:]
        if k not in call_rows:
            fail("unknown call %s" % k)
            return None
        return "calls.csv row %d" % call_rows[k]
    if ref.startswith("event:"):
        uid = ref[6:]
        if uid not in {e["uid"] for e in story.EVENTS}:
            fail("unknown event %s" % uid)
        return uid
    if ref not in by_key:
        fail("unknown message key %s" % ref)
        return None
    return by_key[ref]["message_id"]


def ref_time(ref, by_key, calls_by_key):
    if ref.startswith("call:"):
        c = calls_by_key[ref[5:]]
        return datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=COMPANY_TZ)
    return by_key[ref]["dt"]


def build_truth(by_key, order, calls, call_rows):
    calls_by_key = {c["key"]: c for c in calls}
    client_names = {c["client"] for c in story.CLIENTS}
    truth = {"as_of": story.AS_OF, "timezone": story.TIMEZONE, "negotiations": [],
             "not_negotiations": [], "agreed": [], "inbound": [], "complaints": [], "calls": []}
    codes = {p["code"] for p in story.PRODUCTS}
    for n in story.NEGOTIATIONS:
        if n["client"] not in client_names:
            dom = n["client"].split("@")[-1]
            if "@" not in n["client"] or dom not in FREE_MAIL:
                fail("truth client %s is neither in clients.csv nor a free-mail address" % n["client"])
        if n["product"] is not None and n["product"] not in codes:
            fail("unknown product %s" % n["product"])
        if n["manager"] not in MGR:
            fail("unknown manager %s" % n["manager"])
        ev = n["evidence"]
        truth["negotiations"].append({
            "client": n["client"], "manager": n["manager"], "product": n["product"],
            "stage": n["stage"], "stage_evidence": resolve(ev, by_key, call_rows),
            "next_contact": n["next_contact"], "next_contact_source": n["source"],
            "amount": ({"minor": int(round(n["amount"][0] * 100)), "currency": n["amount"][1]}
                       if n["amount"] else None),
            "expected_close": n["close"]})
        if n["next_contact"] and not n["source"]:
            fail("next contact without source for %s" % n["client"])
    for addr, why in story.NOT_NEGOTIATIONS:
        truth["not_negotiations"].append({"address": addr, "why": why})
    for m in order:
        for a in m["agreed"]:
            if a.quote not in m["new_text"]:
                fail("quote not verbatim in %s: %s" % (m["key"], a.quote))
            if a.status not in ("open", "kept", "broken"):
                fail("bad status in %s" % m["key"])
            if a.status == "open" and a.due and a.due < AS_OF.date().isoformat():
                fail("open commitment with a past due day in %s" % m["key"])
            truth["agreed"].append({"message_id": m["message_id"], "side": a.side,
                                    "who": a.who or m["frm"], "quote": a.quote, "due": a.due,
                                    "status": a.status})
        role = P[m["frm"]]["role"]
        to_mgr = any(x in MGR for x in m["to"] + m["cc"])
        if role in ("client", "intermediary") and to_mgr and not m["auto"]:
            if m["inb"] is None:
                fail("inbound message %s has no inbound label" % m["key"])
                continue
            needs, by = m["inb"]
            if by is not None:
                if ref_time(by, by_key, calls_by_key) <= m["dt"]:
                    fail("answer %s of %s is not later" % (by, m["key"]))
            truth["inbound"].append({"message_id": m["message_id"], "needs_answer": needs,
                                     "answered": by is not None,
                                     "answered_by": resolve(by, by_key, call_rows)})
        elif m["inb"] is not None:
            fail("%s has an inbound label but is not a client's message to a manager" % m["key"])
        if m["complaint"]:
            mgr, about = m["complaint"]
            truth["complaints"].append({"message_id": m["message_id"], "manager": mgr, "about_us": about})
    for c in calls:
        if c["client"] is not None and c["client"] not in client_names and \
                c["client"].split("@")[-1] not in FREE_MAIL:
            fail("call %s client %s not in directory" % (c["key"], c["client"]))
        truth["calls"].append({"row": c["row"], "manager": EXT2MGR[c["ext"]], "client": c["client"]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


# ------------------------------------------------------------------ checks
def check_files(files, by_key, order):
    ids = {m["message_id"] for m in order}
    if len(ids) != len(order):
        fail("Message-IDs are not unique")
    for path in files:
        with open(path, "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[hname]:
                fail("%s lacks %s" % (path, hname))
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa: BLE001
            fail("%s: bad Date (%s)" % (path, e))
            continue
        if d > AS_OF:
            fail("%s dated after as_of" % path)
        for hname in ("In-Reply-To", "References"):
            if msg[hname]:
                for ref in re.findall(r"<[^>]+>", str(msg[hname])):
                    if ref not in ids:
                        fail("%s: %s %s does not exist" % (path, hname, ref))
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            fail("%s has no readable body" % path)
    first = min(m["dt"] for m in order)
    if (AS_OF - first).days > 62 or (AS_OF - first).days < 50:
        fail("scenario span is %d days" % (AS_OF - first).days)


def main():
    by_key, order = prepare_messages()
    files = write_maildirs(order)
    ics = write_calendars()
    calls, call_rows = write_calls()
    write_directory_files()
    write_toml()
    truth = build_truth(by_key, order, calls, call_rows)
    check_files(files, by_key, order)
    a = AS_OF.astimezone(COMPANY_TZ)
    if a.weekday() > 4 or not (17 <= a.hour < 19):
        fail("as_of is not a weekday evening")
    stages = {}
    for n in truth["negotiations"]:
        stages[n["stage"]] = stages.get(n["stage"], 0) + 1
    statuses = {}
    for x in truth["agreed"]:
        statuses[x["status"]] = statuses.get(x["status"], 0) + 1
    print("messages: %d, maildir files: %d, events: %d (ics files %d), calls: %d"
          % (len(order), len(files), len(story.EVENTS), len(ics), len(calls)))
    print("negotiations: %d %s" % (len(truth["negotiations"]), stages))
    print("agreed: %d %s; inbound: %d; complaints: %d"
          % (len(truth["agreed"]), statuses, len(truth["inbound"]), len(truth["complaints"])))
    if ERRORS:
        for e in ERRORS:
            print("CHECK FAILED:", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
