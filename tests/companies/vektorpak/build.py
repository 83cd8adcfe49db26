#!/usr/bin/env python3
"""Build the VektorPak test company from story.py (standard library only, deterministic).
Writes mail/, calendar/, clients.csv, plans.csv, sales.csv, calls.csv, truth.json and
checks them. Run: python3 build.py"""
import csv, hashlib, io, json, os, shutil, sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import story as S

P = S.P
BOXES = {k: k for k in S.MANAGERS}          # mailbox folder = manager key

def offset(zone, naive):
    if zone in ("msk",):
        h = 3
    elif zone in ("alm", "tas"):
        h = 5
    elif zone == "bel":
        h = 2 if naive < datetime(2026, 10, 25, 3) else 1
    elif zone == "ny":
        h = -4 if naive < datetime(2026, 11, 1, 2) else -5
    else:
        raise ValueError(zone)
    return timezone(timedelta(hours=h))

def when(m):
    naive = datetime.strptime(m["when"], "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=offset(P[m["frm"]][2], naive))

def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def message_id(m):
    key, email = m["key"], P[m["frm"]][1]
    dom = email.split("@")[1]
    if dom == "gmail.com":
        return "<CAH%s+%s@mail.gmail.com>" % (h(key, 10).upper(), h(key + "g", 14))
    if dom == "mail.ru":
        return "<%s.%s@f%s.i.mail.ru>" % (h(key, 8), int(when(m).timestamp()), h(key, 3))
    if dom == S.DOMAIN:
        return "<%s.%s@%s>" % (h(key, 16).upper(), key, "mail.vektorpak.ru")
    if dom in ("bloomfieldnaturals.com", "skovlund.dk", "hoffbauer.de"):
        return "<%s@%s.prod.outlook.com>" % (h(key, 24).upper(), h(dom, 6).upper())
    if dom.endswith(".ru") and m["frm"] in ("irina", "olga_du"):
        return "<%s@mail.yandex.ru>" % h(key, 20)
    return "<%s.%s@%s>" % (h(key, 10), key, dom)

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MON_RU_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
WD_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
WD_RU_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

def addr(k):
    return formataddr((P[k][0], P[k][1]))

def gt(s):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in s.split("\n"))

def quote_block(style, parent, ptext):
    d = when(parent); n, e = P[parent["frm"]][0], P[parent["frm"]][1]
    to = "; ".join(P[k][0] for k in parent["to"])
    subj = parent["_subject"]
    if style == "outlook_ru":
        cc = ("\nКопия: " + "; ".join(P[k][0] for k in parent.get("cc", []))) if parent.get("cc") else ""
        return ("\n\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s%s\nТема: %s\n\n%s"
                % (n, e, WD_RU[d.weekday()], d.day, MONTHS_RU[d.month - 1], d.year, d.strftime("%H:%M"), to, cc, subj, ptext))
    if style == "outlook_en":
        cc = ("\nCc: " + "; ".join(P[k][0] for k in parent.get("cc", []))) if parent.get("cc") else ""
        hr = d.strftime("%I:%M %p").lstrip("0")
        return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s%s\nSubject: %s\n\n%s"
                % (n, e, d.strftime("%A"), EN_MON[d.month - 1], d.day, d.year, hr, to, cc, subj, ptext))
    if style == "gmail_en":
        return "\n\nOn %s, %d %s %d at %s, %s <%s> wrote:\n%s" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.strftime("%H:%M"), n, e, gt(ptext))
    if style == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %s, %s <%s>:\n%s" % (WD_RU_SHORT[d.weekday()], d.day, MON_RU_SHORT[d.month - 1], d.year, d.strftime("%H:%M"), n, e, gt(ptext))
    if style == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n%s" % (d.strftime("%d.%m.%Y, %H:%M"), n, e, gt(ptext))
    if style == "mailru":
        return ("\n\n>%s, %d %s %d, %s %s от %s <%s>:\n%s"
                % (WD_RU[d.weekday()].capitalize(), d.day, MONTHS_RU[d.month - 1], d.year, d.strftime("%-H:%M"), d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:], n, e, gt(ptext)))
    if style in ("iphone", "apple"):
        return "\n\n> On %d %s %d, at %s, %s <%s> wrote:\n> \n%s" % (d.day, d.strftime("%b"), d.year, d.strftime("%H:%M"), n, e, gt(ptext))
    if style == "iphone_ru":
        return "\n\n> %d %s %d г., в %s, %s <%s> написал(а):\n> \n%s" % (d.day, MON_RU_SHORT[d.month - 1], d.year, d.strftime("%H:%M"), n, e, gt(ptext))
    raise ValueError(style)

MAILER = {"outlook": "Microsoft Outlook 16.0", "news": "Sendsay"}

def build_messages():
    by = {m["key"]: m for m in S.MSGS}
    assert len(by) == len(S.MSGS), "duplicate message key"
    for m in S.MSGS:
        m["_id"] = message_id(m)
    ids = [m["_id"] for m in S.MSGS]
    assert len(set(ids)) == len(ids), "duplicate Message-ID"
    out = []
    for m in S.MSGS:
        parent = by[m["reply"]] if m.get("reply") else None
        if m.get("reply"):
            assert when(parent) < when(m), ("reply before parent", m["key"])
        subj = m["subject"]
        if subj is None:
            ps = parent["_subject"]
            while ps.lower().startswith(("re: ", "fwd: ")):
                ps = ps.split(": ", 1)[1]
            subj = ("RE: " if m.get("quote", "").startswith("outlook") else "Re: ") + ps
        m["_subject"] = subj
        text = m["body"]
        m["_new"] = text
        if parent is not None and m.get("quote"):
            text += quote_block(m["quote"], parent, parent["_text"])
        if m.get("fwd"):
            f = by[m["fwd"]]; d = when(f)
            text += ("\n\n________________________________\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\nТема: %s\n\n%s"
                     % (P[f["frm"]][0], P[f["frm"]][1], WD_RU[d.weekday()], d.day, MONTHS_RU[d.month - 1], d.year,
                        d.strftime("%H:%M"), "; ".join(P[k][0] for k in f["to"]), f["_subject"], f["_text"]))
        m["_text"] = text
        e = EmailMessage(policy=policy.default)
        e["From"] = addr(m["frm"])
        e["To"] = ", ".join(addr(k) for k in m["to"])
        if m.get("cc"):
            e["Cc"] = ", ".join(addr(k) for k in m["cc"])
        e["Subject"] = subj
        e["Date"] = format_datetime(when(m))
        e["Message-ID"] = m["_id"]
        if parent is not None and m.get("irt", True):
            refs = parent.get("_refs", []) + [parent["_id"]]
            e["In-Reply-To"] = parent["_id"]
            e["References"] = " ".join(refs)
            m["_refs"] = refs
        else:
            m["_refs"] = []
        e["MIME-Version"] = "1.0"
        if m.get("mailer") == "news":
            e["List-Unsubscribe"] = "<https://%s/unsubscribe>" % P[m["frm"]][1].split("@")[1]
            e["Precedence"] = "bulk"
            e["X-Mailer"] = MAILER["news"]
        elif m.get("auto"):
            e["Auto-Submitted"] = "auto-replied"
            e["X-Autoreply"] = "yes"
        elif P[m["frm"]][1].endswith(S.DOMAIN):
            e["X-Mailer"] = MAILER["outlook"]
        dom = P[m["frm"]][1].split("@")[1]
        cte = "base64" if dom in ("gmail.com", "mail.ru") else ("quoted-printable" if dom == S.DOMAIN or dom.endswith((".com", ".dk", ".de")) else "8bit")
        e.set_content(text, charset="utf-8", cte=cte)
        for a in m.get("attach", []):
            data = ("%s\n(invented placeholder attachment of message %s)\n" % (a, m["key"])).encode()
            e.add_attachment(data, maintype="application", subtype="octet-stream", filename=a)
        if m.get("attach"):
            e.set_boundary("----=_NextPart_%s" % h(m["key"] + "b", 20))
        m["_bytes"] = e.as_bytes()
        out.append(m)
    return out

def deliver(msgs):
    for b in BOXES.values():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", b, sub), exist_ok=True)
    for m in msgs:
        ts = int(when(m).timestamp())
        fn = "%d.M%sP1.vektorpak:2,S" % (ts, h(m["key"], 8))
        targets = []
        if m["frm"] in BOXES:
            targets.append(os.path.join(BOXES[m["frm"]], ".Sent", "cur"))
        for k in m["to"] + m.get("cc", []):
            if k in BOXES and k != m["frm"]:
                targets.append(os.path.join(BOXES[k], "cur"))
        assert targets, ("message in no mailbox", m["key"])
        for t in targets:
            with open(os.path.join(HERE, "mail", t, fn), "wb") as f:
                f.write(m["_bytes"])

def ics_dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M%z")
    return d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")

def fold(line):
    b = line.encode("utf-8"); out = []
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut]); b = b[cut:]
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)

def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def build_calendar():
    for b in BOXES.values():
        os.makedirs(os.path.join(HERE, "calendar", b), exist_ok=True)
    uids = set()
    for ev in S.EVENTS:
        assert ev["uid"] not in uids; uids.add(ev["uid"])
        org = "mette" if ev["uid"].endswith("@skovlund.dk") else ev["owner"]
        people = [ev["owner"]] + list(ev["others"]) + list(ev["attendees"])
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "METHOD:REQUEST" if org != ev["owner"] else "METHOD:PUBLISH", "BEGIN:VEVENT",
                 "UID:" + ev["uid"], "DTSTAMP:" + ics_dt(ev["start"][:10] + " 08:00+03:00") if False else "DTSTAMP:20261001T080000Z",
                 "DTSTART:" + ics_dt(ev["start"]), "DTEND:" + ics_dt(ev["end"]),
                 fold("SUMMARY:" + esc(ev["summary"]))]
        if ev["location"]:
            lines.append(fold("LOCATION:" + esc(ev["location"])))
        lines.append(fold("ORGANIZER;CN=%s:mailto:%s" % (P[org][0], P[org][1])))
        for k in dict.fromkeys(people):
            if k == org:
                continue
            lines.append(fold("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (P[k][0], P[k][1])))
        lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
        data = "\r\n".join(lines) + "\r\n"
        safe = ev["uid"].split("@")[0]
        for k in dict.fromkeys([ev["owner"]] + list(ev["others"]) + [a for a in ev["attendees"] if a in BOXES]):
            with open(os.path.join(HERE, "calendar", BOXES[k], safe + ".ics"), "w", encoding="utf-8", newline="") as f:
                f.write(data)
    return uids

CALL_HEADERS = ["Начало вызова", "Тип", "Абонент А (доб.)", "Абонент Б", "Длит. разговора", "Результат", "Комментарий", "ID вызова"]

def build_calls():
    rows = sorted(S.CALLS, key=lambda c: datetime.strptime(c["time"], "%d.%m.%Y %H:%M"))
    rownum = {}
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(CALL_HEADERS)
        for i, c in enumerate(rows):
            s = c["sec"]
            w.writerow([c["time"], c["direction"], c["ext"], c["phone"], "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60),
                        c["status"], c["note"], "1760%06d" % (int(h(c["label"], 6), 16) % 1000000)])
            rownum[c["label"]] = i + 2          # spreadsheet numbering: header is row 1
    return rows, rownum

def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)

def main():
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    msgs = build_messages()
    deliver(msgs)
    uids = build_calendar()
    calls, rownum = build_calls()
    def mail(k):
        return P[k][1]
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones"],
              [(c, d, mail(o), s, ph) for c, d, o, s, ph in S.CLIENTS])
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              [(i, d, mail(m), p, c, a, cur) for i, d, m, p, c, a, cur in S.SALES])
    plans = []
    for per in ("2026-10", "2026-11", "2026-12"):
        plans.append((per, "company", "", "", "all", "amount", "9000000", "RUB"))
        for k, amt in (("dmitry", "2500000"), ("svetlana", "3000000"), ("aigerim", "2000000")):
            plans.append((per, "manager", "Продажи", mail(k), "", "amount", amt, "RUB"))
    plans.append(("2026-Q4", "manager", "Продажи", mail("aigerim"), "", "deals", "2", ""))
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"], plans)

    by = {m["key"]: m for m in msgs}
    ids = {m["_id"] for m in msgs}
    client_keys = {k for k, v in P.items() if v[3] not in (None, "us")} | {"anna", "kozlov"}

    def resolve(ans):
        if ans.startswith("call:"):
            return rownum[ans[5:]]
        if ans.startswith("ev:"):
            assert ans[3:] in uids, ans
            return ans[3:]
        return by[ans]["_id"]

    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": [], "not_negotiations": [],
             "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for c, mgr, prod, stage, evd, nc, src, amt, close in S.NEGOTIATIONS:
        truth["negotiations"].append({
            "client": c, "manager": mail(mgr), "product": prod, "stage": stage,
            "stage_evidence": resolve(evd), "next_contact": nc, "next_contact_source": src,
            "amount": {"minor": amt[0], "currency": amt[1]} if amt else None, "expected_close": close})
    truth["not_negotiations"] = [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS]
    for m in msgs:
        for q, due, status in m.get("agreed", []):
            side = "manager" if P[m["frm"]][3] == "us" else "client"
            truth["agreed"].append({"message_id": m["_id"], "side": side, "who": mail(m["frm"]),
                                    "quote": q, "due": due, "status": status})
        if m["frm"] in client_keys and any(k in S.MANAGERS for k in m["to"] + m.get("cc", [])):
            ans = m.get("ans", "MISSING")
            assert ans != "MISSING", ("inbound without ans label", m["key"])
            if ans == "-" or (ans or "").startswith("-:"):
                by_ = resolve(ans[2:]) if ans.startswith("-:") else None
                truth["inbound"].append({"message_id": m["_id"], "needs_answer": False, "answered": by_ is not None, "answered_by": by_})
            else:
                truth["inbound"].append({"message_id": m["_id"], "needs_answer": True, "answered": ans is not None,
                                         "answered_by": resolve(ans) if ans else None})
        if m.get("complaint") is not None:
            mgr = next(k for k in m["to"] if k in S.MANAGERS)
            truth["complaints"].append({"message_id": m["_id"], "manager": mail(mgr), "about_us": m["complaint"]})
    for c in calls:
        if c["client"]:
            truth["calls"].append({"row": rownum[c["label"]], "manager": mail(next(k for k in S.MANAGERS if EXT[k] == c["ext"])),
                                   "client": c["client"]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    check(truth, msgs, uids, rownum)

EXT = {"elena": "200", "dmitry": "201", "svetlana": "202", "aigerim": "203"}

def check(truth, msgs, uids, rownum):
    parsed = {}
    n = 0
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                e = BytesParser(policy=policy.default).parse(f)
            assert e["Message-ID"] and e["Date"] and e["From"], fn
            body = e.get_body(preferencelist=("plain",)).get_content()
            parsed[e["Message-ID"].strip()] = body
            n += 1
    ids = set(parsed)
    assert ids == {m["_id"] for m in msgs}, "some message not in any mailbox"
    for m in msgs:
        if m.get("reply") and m.get("irt", True):
            assert m["_refs"][-1] in ids
    clients = {c[0] for c in S.CLIENTS}
    for x in truth["negotiations"]:
        assert x["client"] in clients or "@" in x["client"], x
        ev = x["stage_evidence"]
        assert ev in ids or ev in uids, x
        assert x["manager"] in {S.P[k][1] for k in S.MANAGERS}
    for a in truth["agreed"]:
        assert a["message_id"] in ids, a
        assert a["quote"] in parsed[a["message_id"]], ("quote not verbatim", a)
        new = next(m for m in msgs if m["_id"] == a["message_id"])["_new"]
        assert a["quote"] in new, ("quote not in the new text", a)
    for i in truth["inbound"]:
        assert i["message_id"] in ids
        ab = i["answered_by"]
        if isinstance(ab, str):
            assert ab in ids or ab in uids, i
        elif isinstance(ab, int):
            assert ab in rownum.values()
    for c in truth["complaints"]:
        assert c["message_id"] in ids
    # a call row used as an answer must be answered and after the message
    print("ok: %d messages (%d files), %d events, %d calls, %d negotiations, %d agreed, %d inbound, %d complaints"
          % (len(msgs), n, len(uids), len(rownum), len(truth["negotiations"]), len(truth["agreed"]),
             len(truth["inbound"]), len(truth["complaints"])))

if __name__ == "__main__":
    main()
