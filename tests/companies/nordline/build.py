#!/usr/bin/env python3
"""Build the Nordline test company from story.py: Maildirs, calendars, CSVs, truth.json.

Standard library only and deterministic: run it twice and the files are the same.
It also checks what it wrote (every .eml parses, every referenced Message-ID exists,
every agreement quote is verbatim in its message)."""
import csv, email, email.policy, hashlib, html, io, json, os, shutil, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import story as S  # noqa: E402

MSK = ZoneInfo("Europe/Moscow")
AS_OF = datetime.fromisoformat(S.AS_OF)
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DOW_S = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def person(key):
    return S.PEOPLE[key]


def addr_of(key):
    return person(key)["email"]


def hdr(key):
    p = person(key)
    return formataddr((p["name"], p["email"]))


def local_dt(key, text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(person(key)["tz"]))


def msgid(m):
    h = hashlib.sha1(("nordline:" + m["key"]).encode()).hexdigest()
    dom = person(m["frm"])["email"].split("@")[1]
    if dom == "gmail.com":
        return "<CAL%s+%s@mail.gmail.com>" % (h[:18], h[18:26])
    if dom in ("yandex.ru", "ya.ru"):
        return "<%d%s@mail.yandex.ru>" % (int(h[:6], 16), h[6:12])
    if dom in ("mail.ru", "bk.ru", "inbox.ru", "list.ru"):
        return "<%s@f%d.i.mail.ru>" % (h[:24], int(h[24:26], 16))
    if m.get("style", "").startswith("iphone"):
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), dom)
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


def en_date(dt):
    h12 = dt.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DOW[dt.weekday()], EN_MON[dt.month - 1], dt.day, dt.year,
                                          h12, dt.minute, "AM" if dt.hour < 12 else "PM")


def quote_block(style, parent, viewer):
    """The quoted history under a reply, as the replier's client writes it."""
    dt = parent["dt"].astimezone(ZoneInfo(person(viewer)["tz"]))
    p = person(parent["frm"])
    text = parent["text"]
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    to = "; ".join(person(k)["name"] + " <" + addr_of(k) + ">" for k in parent["to"])
    cc = "; ".join(person(k)["name"] + " <" + addr_of(k) + ">" for k in parent["cc"])
    if style == "outlook_en":
        h = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (p["name"], p["email"], en_date(dt), to)
        if cc:
            h += "Cc: %s\n" % cc
        return "\n\n" + h + "Subject: %s\n\n%s" % (parent["subj"], text)
    if style == "outlook_ru":
        h = "-----Original Message-----\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %d:%02d\nКому: %s\n" % (
            p["name"], p["email"], RU_DOW[dt.weekday()], dt.day, RU_MON[dt.month - 1], dt.year, dt.hour, dt.minute, to)
        if cc:
            h += "Копия: %s\n" % cc
        return "\n\n" + h + "Тема: %s\n\n%s" % (parent["subj"], text)
    if style == "gmail_en":
        h12 = dt.hour % 12 or 12
        return "\n\nOn %s, %s %d, %d at %d:%02d %s %s <%s> wrote:\n\n%s" % (
            EN_DOW[dt.weekday()][:3], EN_MON[dt.month - 1][:3], dt.day, dt.year, h12, dt.minute,
            "AM" if dt.hour < 12 else "PM", p["name"], p["email"], gt)
    if style == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %d:%02d, %s <%s>:\n\n%s" % (
            RU_DOW_S[dt.weekday()], dt.day, RU_MON_S[dt.month - 1], dt.year, dt.hour, dt.minute, p["name"], p["email"], gt)
    if style == "yandex":
        return "\n\n%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:\n%s" % (
            dt.day, dt.month, dt.year, dt.hour, dt.minute, p["name"], p["email"], gt)
    if style == "mailru":
        off = dt.strftime("%z")
        return "\n\n\n>%s, %d %s %d, %d:%02d %s:%s от %s <%s>:\n%s" % (
            RU_DOW[dt.weekday()].capitalize(), dt.day, RU_MON[dt.month - 1], dt.year, dt.hour, dt.minute,
            off[:3], off[3:], p["name"], p["email"], "\n".join(">" + l for l in text.split("\n")))
    if style == "iphone_en":
        h12 = dt.hour % 12 or 12
        return "\n\n> On %d %s %d, at %d:%02d, %s <%s> wrote:\n> \n%s" % (
            dt.day, EN_MON[dt.month - 1][:3], dt.year, dt.hour, dt.minute, p["name"], p["email"], gt)
    if style == "iphone_ru":
        return "\n\n> %d %s %d г., в %d:%02d, %s <%s> написал(а):\n> \n%s" % (
            dt.day, RU_MON_S[dt.month - 1], dt.year, dt.hour, dt.minute, p["name"], p["email"], gt)
    raise SystemExit("unknown quote style %r" % style)


def fwd_block(style, parent):
    dt = parent["dt"]
    p = person(parent["frm"])
    to = ", ".join(person(k)["name"] + " <" + addr_of(k) + ">" for k in parent["to"])
    if style.endswith("ru") or style in ("yandex", "mailru"):
        return ("\n\n-------- Пересылаемое сообщение --------\n%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:\nТема: %s\nКому: %s\n\n%s\n\n"
                "-------- Конец пересылаемого сообщения --------" % (
                    dt.day, dt.month, dt.year, dt.hour, dt.minute, p["name"], p["email"], parent["subj"], to, parent["text"]))
    return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (
        p["name"], p["email"], en_date(dt), parent["subj"], to, parent["text"]))


def render(msgs):
    by = {}
    for m in msgs:
        if m["key"] in by:
            raise SystemExit("duplicate message key " + m["key"])
        m["dt"] = local_dt(m["frm"], m["date"])
        m["mid"] = msgid(m)
        p = person(m["frm"])
        body = m["body"].strip("\n")
        m["new"] = body
        sig = m.get("sig", p.get("sig"))
        style = m.get("style") or p.get("style", "outlook_en")
        m["style"] = style
        text = body
        if style == "iphone_en" and not m.get("kind"):
            text += "\n\nSent from my iPhone"
        elif style == "iphone_ru" and not m.get("kind"):
            text += "\n\nОтправлено с iPhone"
        elif sig and not m.get("nosig"):
            text += "\n\n" + sig
        parent = by.get(m.get("re")) if m.get("re") else None
        if m.get("re") and parent is None:
            raise SystemExit("%s replies to unknown %s" % (m["key"], m.get("re")))
        if parent and m.get("quote", True):
            text += quote_block(style, parent, m["frm"])
        if m.get("fwd"):
            text += fwd_block(style, by[m["fwd"]])
        m["text"] = text
        if not m.get("subj"):
            base = parent["subj"] if parent else "(no subject)"
            while base[:3].lower() in ("re:", "ha:") or base[:4].lower() in ("fwd:", "fw: ", "отв:"):
                base = base.split(":", 1)[1].strip()
            pre = {"outlook_en": "RE: ", "outlook_ru": "RE: ", "iphone_ru": "Re: "}.get(style, "Re: ")
            m["subj"] = pre + base
        by[m["key"]] = m
        if m["dt"] > AS_OF:
            raise SystemExit("%s is after as_of" % m["key"])
    return by


def to_eml(m, by):
    e = EmailMessage()
    e["From"] = hdr(m["frm"])
    e["To"] = ", ".join(hdr(k) for k in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(hdr(k) for k in m["cc"])
    e["Subject"] = m["subj"]
    e["Date"] = format_datetime(m["dt"])
    e["Message-ID"] = m["mid"]
    if m.get("re") and m.get("irt", True):
        parent = by[m["re"]]
        refs = []
        q = parent
        while q is not None:
            refs.insert(0, q["mid"])
            q = by.get(q.get("re")) if q.get("re") and q.get("irt", True) else None
        e["In-Reply-To"] = parent["mid"]
        e["References"] = " ".join(refs)
    style = m["style"]
    if style.startswith("outlook"):
        e["X-Mailer"] = "Microsoft Outlook 16.0"
        e["Thread-Topic"] = m["subj"].split(":", 1)[-1].strip() if m["subj"][:3].upper() == "RE:" else m["subj"]
    elif style.startswith("iphone"):
        e["X-Mailer"] = "iPhone Mail (21H16)"
    elif style == "yandex":
        e["X-Mailer"] = "Yandex Mail"
    elif style == "mailru":
        e["X-Mailer"] = "Mail.Ru Mailer 1.0"
    if m.get("kind") == "newsletter":
        e["List-Unsubscribe"] = "<mailto:unsubscribe@%s>" % addr_of(m["frm"]).split("@")[1]
        e["Precedence"] = "bulk"
    if m.get("kind") == "autoreply":
        e["Auto-Submitted"] = "auto-replied"
        e["X-Auto-Response-Suppress"] = "All"
    e.set_content(m["text"])
    if style.startswith("outlook") or m.get("kind") == "newsletter":
        h = "<html><body>" + "".join("<p>%s</p>" % html.escape(l) if l else "<p>&nbsp;</p>"
                                      for l in m["text"].split("\n")) + "</body></html>"
        e.add_alternative(h, subtype="html")
        e.set_boundary("----=_NextPart_%s" % hashlib.sha1(m["key"].encode()).hexdigest()[:24])
    return e.as_bytes(policy=email.policy.SMTP)


def ics_dt(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    out, b = [], line.encode()
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def to_ics(ev):
    start = local_dt(ev["org"], ev["start"])
    end = start + timedelta(minutes=ev["minutes"])
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nordline//Calendar export//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + ev["uid"], "DTSTAMP:" + ics_dt(start - timedelta(days=3)),
             "DTSTART:" + ics_dt(start), "DTEND:" + ics_dt(end), "SUMMARY:" + esc(ev["summary"]),
             "STATUS:" + ev.get("status", "CONFIRMED")]
    if ev.get("where"):
        lines.append("LOCATION:" + esc(ev["where"]))
    if ev.get("desc"):
        lines.append("DESCRIPTION:" + esc(ev["desc"]))
    p = person(ev["org"])
    lines.append('ORGANIZER;CN="%s":mailto:%s' % (p["name"], p["email"]))
    for k in ev["att"]:
        q = person(k)
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s' % (q["name"], q["email"]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def client_of(addr):
    addr = addr.lower()
    for c in S.CLIENTS:
        if addr.split("@")[1] in c["domains"]:
            return c["name"]
    if addr in S.SOLE_TRADERS:
        return addr
    return None


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    msgs = sorted(S.MSGS, key=lambda m: local_dt(m["frm"], m["date"]))
    by = render(msgs)
    managers = {k for k in S.MANAGERS}
    boxes = {k: S.PEOPLE[k]["box"] for k in managers}
    for b in boxes.values():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", b, sub), exist_ok=True)
    files = []
    for m in msgs:
        data = to_eml(m, by)
        ts = int(m["dt"].timestamp())
        name = "%d.M%s.nordline-mx:2,S" % (ts, hashlib.sha1(m["key"].encode()).hexdigest()[:10])
        where = []
        if m["frm"] in managers:
            where.append(os.path.join(out, "mail", boxes[m["frm"]], ".Sent", "cur", name))
        for k in list(m["to"]) + list(m["cc"]) + list(m.get("bcc", ())):
            if k in managers and k != m["frm"]:
                where.append(os.path.join(out, "mail", boxes[k], "cur", name))
        if not where:
            raise SystemExit("%s lands in no mailbox" % m["key"])
        for w in where:
            with open(w, "wb") as f:
                f.write(data)
            files.append(w)
    # calendars
    uids = {}
    for ev in S.MEETINGS:
        if ev["uid"] in uids:
            raise SystemExit("duplicate uid " + ev["uid"])
        uids[ev["uid"]] = ev
        data = to_ics(ev)
        for k in [ev["org"]] + list(ev["att"]):
            if k in managers:
                d = os.path.join(out, "calendar", boxes[k])
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, ev["uid"].split("@")[0] + ".ics"), "w", newline="") as f:
                    f.write(data)
    for k in managers:
        os.makedirs(os.path.join(out, "calendar", boxes[k]), exist_ok=True)
    # clients.csv
    with open(os.path.join(out, "clients.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for c in S.CLIENTS:
            w.writerow([c["name"], ";".join(c["domains"]), addr_of(c["owner"]), c["segment"], "; ".join(c.get("phones", []))])
    # calls.csv: the PBX's own export (Windows-1251, ';')
    rows = []
    with open(os.path.join(out, "calls.csv"), "w", newline="", encoding="cp1251") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(S.CALL_HEADER)
        for i, c in enumerate(sorted(S.CALLS, key=lambda c: datetime.strptime(c["row"][0], "%d.%m.%Y %H:%M"))):
            w.writerow(c["row"])
            c["rowno"] = i + 2
            rows.append(c)
    callrow = {c["key"]: c["rowno"] for c in rows}
    # plans / sales
    for fname, header, data, sep in (("plans.csv", S.PLANS_HEADER, S.PLANS, ","), ("sales.csv", S.SALES_HEADER, S.SALES, ";")):
        with open(os.path.join(out, fname), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=sep)
            w.writerow(header)
            for r in data:
                w.writerow(r)
    # truth
    def ref(x):
        if x is None:
            return None
        if isinstance(x, int):
            return x
        if x.startswith("call:"):
            return callrow[x[5:]]
        if x in by:
            return by[x]["mid"]
        if x in uids:
            return x
        raise SystemExit("unknown reference %r" % x)

    negs = []
    for n in S.NEGOTIATIONS:
        negs.append({"client": n["client"], "manager": addr_of(n["manager"]), "product": n["product"],
                     "stage": n["stage"], "stage_evidence": ref(n["evidence"]), "next_contact": n["next"],
                     "next_contact_source": n["source"],
                     "amount": {"minor": n["amount"][0], "currency": n["amount"][1]} if n.get("amount") else None,
                     "expected_close": n.get("close")})
    agreed, inbound, complaints = [], [], []
    client_addrs = {}
    for m in msgs:
        cl = client_of(addr_of(m["frm"]))
        for a in m.get("agreed", ()):
            quote, due, status = a[:3]
            who = a[3] if len(a) > 3 else m["frm"]
            side = "manager" if who in managers else "client"
            if quote not in m["new"]:
                raise SystemExit("%s: quote not verbatim: %r" % (m["key"], quote))
            agreed.append({"message_id": m["mid"], "side": side, "who": addr_of(who), "quote": quote,
                           "due": due, "status": status})
        to_mgr = [k for k in list(m["to"]) + list(m["cc"]) if k in managers]
        if cl and to_mgr and m.get("kind") not in ("newsletter",):
            needs = m.get("na", m.get("kind") != "autoreply")
            if "ans" in m:
                ab = ref(m["ans"])
            else:
                ab = None
                for r in msgs:
                    if r["dt"] > m["dt"] and r["frm"] in managers and any(
                            client_of(addr_of(k)) == cl for k in list(r["to"]) + list(r["cc"])):
                        ab = r["mid"]
                        break
            inbound.append({"message_id": m["mid"], "needs_answer": bool(needs), "answered": ab is not None,
                            "answered_by": ab})
        if m.get("complaint") is not None:
            mg = [k for k in m["to"] if k in managers]
            complaints.append({"message_id": m["mid"], "manager": addr_of(mg[0]), "about_us": m["complaint"]})
    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS],
             "agreed": agreed, "inbound": inbound, "complaints": complaints,
             "calls": [{"row": c["rowno"], "manager": addr_of(c["mgr"]), "client": c["client"]} for c in rows if c.get("client")]}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check(out, truth, by, uids, files)
    en = sum(1 for m in msgs if m.get("lang", person(m["frm"]).get("lang")) == "en")
    print("messages %d (en %d, ru %d), files %d, meetings %d, calls %d, negotiations %d, agreed %d, inbound %d, complaints %d"
          % (len(msgs), en, len(msgs) - en, len(files), len(S.MEETINGS), len(S.CALLS), len(negs), len(agreed),
             len(inbound), len(complaints)))


def check(out, truth, by, uids, files):
    ids = {}
    for path in files:
        with open(path, "rb") as f:
            e = email.message_from_binary_file(f, policy=email.policy.default)
        if e["Message-ID"] is None or e["From"] is None or e["Date"] is None:
            raise SystemExit("bad eml " + path)
        body = e.get_body(preferencelist=("plain",)).get_content()
        ids[e["Message-ID"]] = body
    for root, _, fs in os.walk(os.path.join(out, "calendar")):
        for f in fs:
            t = open(os.path.join(root, f), encoding="utf-8").read()
            assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, f
    def mid_ok(x, what):
        if x is None or isinstance(x, int):
            return
        if x not in ids and x not in uids:
            raise SystemExit("%s: %s not found" % (what, x))
    for n in truth["negotiations"]:
        mid_ok(n["stage_evidence"], "negotiation " + n["client"])
        names = {c["name"] for c in S.CLIENTS} | set(S.SOLE_TRADERS)
        assert n["client"] in names, n["client"]
        assert n["stage"] in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost")
    for a in truth["agreed"]:
        mid_ok(a["message_id"], "agreed")
        if a["quote"] not in ids[a["message_id"]]:
            raise SystemExit("quote not in message: " + a["quote"])
    for i in truth["inbound"]:
        mid_ok(i["message_id"], "inbound")
        mid_ok(i["answered_by"], "answered_by")
    for c in truth["complaints"]:
        mid_ok(c["message_id"], "complaint")


if __name__ == "__main__":
    main()
