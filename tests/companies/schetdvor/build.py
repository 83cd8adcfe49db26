#!/usr/bin/env python3
"""Build the Schetny Dvor test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp}, mail/<box>/.Sent/cur, calendar/<box>/*.ics, clients.csv, calls.csv,
sales.csv, plans.csv, truth.json, and checks them.
"""
import csv
import email
import email.policy
import hashlib
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

MOSCOW = timezone(timedelta(hours=3))


def tzoff(s):
    sign = 1 if s[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def is_manager(a):
    return a in S.MANAGERS


def person(a):
    if a in S.MANAGERS:
        return S.MANAGERS[a]["name"], S.MANAGERS[a]["off"]
    return S.PEOPLE[a]


def when(msg):
    _, off = person(msg["frm"])
    return datetime.strptime(msg["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tzoff(off))


BYKEY = {m["key"]: m for m in S.MSGS}


def msgid(m):
    dom = m["frm"].split("@")[1]
    h = hashlib.sha1(m["key"].encode()).hexdigest()[:8]
    return "<%s.%s.%s@%s>" % (when(m).astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"), m["key"], h, dom)


def chain(m):
    out = []
    k = m["irt"]
    while k:
        out.insert(0, msgid(BYKEY[k]))
        if BYKEY[k]["noref"]:  # that message itself carried no In-Reply-To: the chain stops there
            break
        k = BYKEY[k]["irt"]
    return out


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]


def quoted(m):
    """The parent message quoted in the style of the writer's mail client."""
    p = BYKEY[m["irt"]]
    d = when(p)
    name, _ = person(p["frm"])
    to = ", ".join("%s <%s>" % (person(a)[0], a) for a in p["to"])
    body = p["body"].rstrip()
    style = m["quote"]
    if style == "outlook_en":
        hdr = "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
            name, p["frm"], EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
            (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM", to, p["subj"])
        return "\n\n-----Original Message-----\n" + hdr + "\n\n" + body
    if style == "outlook_ru":
        hdr = "От: %s <%s>\nОтправлено: %s, %d %s %d г. %d:%02d\nКому: %s\nТема: %s" % (
            name, p["frm"], RU_DAYS[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.hour, d.minute, to, p["subj"])
        return "\n\n-----Original Message-----\n" + hdr + "\n\n" + body
    q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "gmail_en":
        return "\n\nOn %s, %d %s %d at %02d:%02d, %s <%s> wrote:\n%s" % (
            EN_DAYS[d.weekday()][:3], d.day, EN_MON[d.month - 1][:3], d.year, d.hour, d.minute, name, p["frm"], q)
    if style == "yandex_ru":
        return "\n\n%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:\n%s" % (d.day, d.month, d.year, d.hour, d.minute, name, p["frm"], q)
    if style == "mailru_ru":
        return "\n\n%s, %d %s %d г., %02d:%02d %s <%s>:\n%s" % (
            RU_DAYS[d.weekday()].capitalize(), d.day, RU_MON[d.month - 1], d.year, d.hour, d.minute, name, p["frm"], q)
    raise ValueError(style)


def fake_bytes(name):
    seed = hashlib.sha256(name.encode()).digest()
    if name.endswith(".pdf"):
        return b"%PDF-1.4\n% invented test file " + name.encode() + b"\n" + seed * 8 + b"\n%%EOF\n"
    return b"PK\x03\x04" + seed * 16


def build_eml(m):
    e = EmailMessage(policy=email.policy.SMTP)
    name, _ = person(m["frm"])
    e["From"] = formataddr((name, m["frm"]))
    e["To"] = ", ".join(formataddr((person(a)[0], a)) for a in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(formataddr((person(a)[0], a)) for a in m["cc"])
    e["Subject"] = m["subj"]
    e["Date"] = format_datetime(when(m))
    e["Message-ID"] = msgid(m)
    if m["irt"] and not m["noref"]:
        ch = chain(m)
        e["In-Reply-To"] = ch[-1]
        e["References"] = " ".join(ch)
    for k, v in m["extra"].items():
        e[k] = v
    e["MIME-Version"] = "1.0"
    text = m["body"].rstrip() + "\n"
    if m["quote"]:
        text = m["body"].rstrip() + quoted(m) + "\n"
    e.set_content(text)
    for fn, ctype in m["att"]:
        mt, st = ctype.split("/", 1)
        e.add_attachment(fake_bytes(fn), maintype=mt, subtype=st, filename=fn)
    if e.is_multipart():  # a fixed boundary keeps the build deterministic
        e.set_boundary("=_sd_" + hashlib.sha1(m["key"].encode()).hexdigest()[:20])
    return e.as_bytes()


def write_mail(root):
    placed = {}
    for i, m in enumerate(sorted(S.MSGS, key=lambda x: (when(x), x["key"]))):
        raw = build_eml(m)
        ts = int(when(m).timestamp())
        fn = "%d.M%03dP%s.schetdvor:2,S" % (ts, i, m["key"])
        boxes = []
        if is_manager(m["frm"]):
            boxes.append(os.path.join(S.MANAGERS[m["frm"]]["box"], ".Sent", "cur"))
        for a in m["to"] + m["cc"]:
            if is_manager(a) and a != m["frm"]:
                boxes.append(os.path.join(S.MANAGERS[a]["box"], "cur"))
        for b in boxes:
            d = os.path.join(root, "mail", b)
            with open(os.path.join(d, fn), "wb") as f:
                f.write(raw)
        placed[m["key"]] = boxes
    return placed


def ics_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MOSCOW).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """RFC 5545 line folding at 75 octets, never inside a UTF-8 character."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def write_calendar(root):
    for ev in S.EVENTS:
        org = ev["org"]
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Schetny Dvor//dealtrail test company//RU",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                 "UID:" + ev["uid"],
                 "DTSTAMP:20261001T090000Z",
                 "DTSTART:" + ics_dt(ev["start"]), "DTEND:" + ics_dt(ev["end"]),
                 "SUMMARY:" + ev["summary"].replace(",", "\\,"),
                 "LOCATION:" + ev["location"].replace(",", "\\,"),
                 "ORGANIZER;CN=%s:mailto:%s" % (person(org)[0], org)]
        for a in ev["att"]:
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (person(a)[0], a))
        lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
        d = os.path.join(root, "calendar", ev["box"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, ev["uid"].split("@")[0] + ".ics"), "w", encoding="utf-8", newline="") as f:
            f.write("\r\n".join(fold(l) for l in lines) + "\r\n")


CALL_HEADER = ["UID записи", "Начало", "Направление звонка", "Добавочный сотрудника", "Внешний номер",
               "Длительность разговора", "Комментарий оператора"]


def sorted_calls():
    return sorted(S.CALLS, key=lambda c: (datetime.strptime(c[1], "%d.%m.%Y %H:%M"), c[0]))


def call_rows():
    """key -> row number as a spreadsheet numbers it (the header is row 1)."""
    return {c[0]: i + 2 for i, c in enumerate(sorted_calls())}


def write_csvs(root):
    with open(os.path.join(root, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for row in S.CLIENTS:
            w.writerow(row)
    with open(os.path.join(root, "calls.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(CALL_HEADER)
        for c in sorted_calls():
            key, t, d, ext, num, dur, note = c
            w.writerow(["MNG-%s" % hashlib.sha1(key.encode()).hexdigest()[:10], t, d, ext, num, dur, note])
    with open(os.path.join(root, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["номер", "дата", "менеджер", "продукт", "контрагент", "сумма", "валюта"])
        for r in S.SALES:
            w.writerow(list(r[:5]) + [r[5].replace(",", ".")] + [r[6]])
    with open(os.path.join(root, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for r in S.PLANS:
            w.writerow(r)


def resolve(ref, rows):
    if ref is None:
        return None
    if ref.startswith("call:"):
        return rows[ref[5:]]
    if ref in BYKEY:
        return msgid(BYKEY[ref])
    uids = {e["uid"] for e in S.EVENTS}
    if ref in uids:
        return ref
    raise KeyError(ref)


def client_addresses():
    doms = {}
    for c in S.CLIENTS:
        for d in c[1].replace(" ", "").split(";"):
            doms[d] = c[0]
    return doms


def truth():
    rows = call_rows()
    doms = client_addresses()
    sole = {n["client"] for n in S.NEGOTIATIONS if "@" in n["client"]}
    negs = []
    for n in S.NEGOTIATIONS:
        negs.append({"client": n["client"], "manager": n["manager"], "product": n["product"], "stage": n["stage"],
                     "stage_evidence": resolve(n["ev"], rows), "next_contact": n["next"],
                     "next_contact_source": n["src"],
                     "amount": None if not n["amount"] else {"minor": n["amount"][0] * 100, "currency": n["amount"][1]},
                     "expected_close": n["close"]})
    agreed, inbound, complaints = [], [], []
    for m in sorted(S.MSGS, key=lambda x: (when(x), x["key"])):
        ext = not is_manager(m["frm"])
        for q, due, status in m["agreed"]:
            agreed.append({"message_id": msgid(m), "side": "client" if ext else "manager", "who": m["frm"],
                           "quote": q, "due": due, "status": status})
        is_client = ext and (m["frm"].split("@")[1] in doms or m["frm"] in sole)
        if is_client and any(is_manager(a) for a in m["to"] + m["cc"]):
            assert m["na"] is not None, "inbound without a label: " + m["key"]
            ab = resolve(m["ab"], rows)
            inbound.append({"message_id": msgid(m), "needs_answer": m["na"], "answered": ab is not None,
                            "answered_by": ab})
        elif m["na"] is not None:
            raise AssertionError("label on a non-inbound message: " + m["key"])
        if m["complaint"] is not None:
            mgr = next(a for a in m["to"] if is_manager(a))
            complaints.append({"message_id": msgid(m), "manager": mgr, "about_us": m["complaint"]})
    ext2mgr = {S.MANAGERS[a]["ext"]: a for a in S.MANAGERS}
    calls = [{"row": rows[c[0]], "manager": ext2mgr[c[3]], "client": S.CALL_CLIENT[c[0]]} for c in sorted_calls()]
    return {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": negs,
            "not_negotiations": [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS],
            "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": calls}


def check(root, t):
    ids = {}
    n_files = 0
    for dp, _, fns in os.walk(os.path.join(root, "mail")):
        for fn in fns:
            with open(os.path.join(dp, fn), "rb") as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            assert msg["Message-ID"] and msg["From"] and msg["Date"], fn
            body = msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
            ids[msg["Message-ID"].strip()] = body
            n_files += 1
    assert len(ids) == len(S.MSGS), (len(ids), len(S.MSGS))
    uids = {e["uid"] for e in S.EVENTS}
    rows = set(call_rows().values())

    def ok(ref):
        return ref is None or ref in ids or ref in uids or ref in rows

    for n in t["negotiations"]:
        assert n["stage_evidence"] in ids or n["stage_evidence"] in uids, n
        assert n["stage"] in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost")
        assert n["next_contact_source"] in (None, "meeting", "call", "manager_promise", "client_request")
        assert (n["next_contact"] is None) == (n["next_contact_source"] is None), n
    for a in t["agreed"]:
        assert a["message_id"] in ids, a
        assert a["quote"] in ids[a["message_id"]], ("quote not verbatim", a["quote"])
        assert a["status"] in ("open", "kept", "broken")
    for i in t["inbound"]:
        assert i["message_id"] in ids and ok(i["answered_by"]), i
    for c in t["complaints"]:
        assert c["message_id"] in ids, c
    for line in open(os.path.join(root, "calls.csv"), encoding="utf-8"):
        pass
    for ev in S.EVENTS:
        assert os.path.exists(os.path.join(root, "calendar", ev["box"], ev["uid"].split("@")[0] + ".ics"))
    # order: a reply comes after its parent; an answer comes after the message it answers
    for m in S.MSGS:
        if m["irt"]:
            assert when(m) > when(BYKEY[m["irt"]]), ("reply before parent", m["key"])
        if m["ab"] and m["ab"].startswith("call:"):
            c = next(c for c in S.CALLS if c[0] == m["ab"][5:])
            ct = datetime.strptime(c[1], "%d.%m.%Y %H:%M").replace(tzinfo=MOSCOW)
            assert ct > when(m) and c[5] > 0, ("call answer", m["key"])
        elif m["ab"] in BYKEY:
            a = BYKEY[m["ab"]]
            assert when(a) > when(m) and is_manager(a["frm"]), ("answer", m["key"])
    as_of = datetime.fromisoformat(S.AS_OF)
    assert all(when(m) <= as_of for m in S.MSGS)
    names = {c[0] for c in S.CLIENTS}
    for n in t["negotiations"]:
        assert n["client"] in names or "@" in n["client"], n["client"]
    return n_files


def main():
    root = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(root, d), ignore_errors=True)
    for a, info in S.MANAGERS.items():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, "mail", info["box"], sub), exist_ok=True)
        os.makedirs(os.path.join(root, "calendar", info["box"]), exist_ok=True)
    write_mail(root)
    write_calendar(root)
    write_csvs(root)
    t = truth()
    with open(os.path.join(root, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n_files = check(root, t)
    print("ok: %d messages (%d files), %d events, %d calls, %d negotiations, %d agreed, %d inbound, %d complaints"
          % (len(S.MSGS), n_files, len(S.EVENTS), len(S.CALLS), len(t["negotiations"]), len(t["agreed"]),
             len(t["inbound"]), len(t["complaints"])))


if __name__ == "__main__":
    main()
