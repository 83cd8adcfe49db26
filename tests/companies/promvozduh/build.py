#!/usr/bin/env python3
# ruff: noqa: UP031
"""Regenerate the PromVozdukh test company from story.py.

    python3 build.py            # writes mail/, calendar/, csv files, truth.json

Standard library only, deterministic (no randomness, no clock). The prose of every
message lives in story.py; this file only turns it into RFC 822 files in Maildirs,
.ics calendars, CSV imports and truth.json, and checks the result.
"""
import csv
import hashlib
import html
import json
import os
import shutil
import sys
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "promvozduh.ru"
MSK = ZoneInfo("Europe/Moscow")
AS_OF = datetime(2026, 11, 20, 18, 0, tzinfo=MSK)
UNREAD_AFTER = datetime(2026, 11, 20, 12, 0, tzinfo=MSK)

PEOPLE = {}
MAILS = []
BY_KEY = {}
EVENTS = []
CALLS = []
NEGS = []
NOTNEG = []
AGREED = []
COMPLAINTS = []


class Person:
    def __init__(self, key, name, email, tz="Europe/Moscow", style="outlook_ru",
                 org=None, sig="", box=None, phone=None, mid="outlook"):
        self.key, self.name, self.email = key, name, email
        self.tz = ZoneInfo(tz)
        self.style, self.org, self.sig, self.box = style, org, sig.strip("\n"), box
        self.phone, self.mid = phone, mid

    @property
    def internal(self):
        return self.email.endswith("@" + DOMAIN)


def person(key, name, email, **kw):
    PEOPLE[key] = Person(key, name, email, **kw)
    return PEOPLE[key]


class Mail:
    pass


def mail(key, frm, to, when, body, subj=None, cc=(), re=None, style=None, html_only=False,
         att=(), noref=False, sig=True, na=True, ans="auto", unread=None, extra=None,
         quote=True):
    """One message. `when` is local time of the sender, "YYYY-MM-DD HH:MM".
    na: for a client message to a manager, does it need an answer.
    ans: "auto" (first later message of that manager to the client), None (unanswered),
         a mail key, "ev:UID" or "call:TAG"."""
    assert key not in BY_KEY, key
    m = Mail()
    m.key, m.frm = key, PEOPLE[frm]
    m.to = [PEOPLE[t] for t in ([to] if isinstance(to, str) else to)]
    m.cc = [PEOPLE[c] for c in ([cc] if isinstance(cc, str) else cc)]
    m.dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=m.frm.tz)
    m.body = body.strip("\n")
    m.parent = BY_KEY[re] if re else None
    if m.parent:
        assert m.parent.dt < m.dt, (key, "before its parent")
    m.style = style or m.frm.style
    m.html_only, m.att, m.noref, m.sigopt = html_only, list(att), noref, sig
    m.na, m.ans, m.unread, m.extra, m.quote = na, ans, unread, extra or {}, quote
    if subj is None:
        assert m.parent, key
        base = strip_re(m.parent.subject)
        pre = "RE: " if m.style.startswith("outlook") else "Re: "
        subj = pre + base
    m.subject = subj
    m.msgid = make_msgid(m)
    MAILS.append(m)
    BY_KEY[key] = m
    return m


def strip_re(s):
    while True:
        for p in ("RE: ", "Re: ", "Fwd: ", "FW: ", "Ответ: "):
            if s.startswith(p):
                s = s[len(p):]
                break
        else:
            return s


def h(key, n=16):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def make_msgid(m):
    k = "promvozduh-company2:" + m.key
    dom = m.frm.email.split("@")[1]
    kind = m.frm.mid if not m.style.startswith("iphone") else "iphone"
    if kind == "outlook":
        host = "MSK-EX01.promvozduh.local" if m.frm.internal else "mail." + dom
        return "<%s@%s>" % (h(k, 32).upper(), host)
    if kind == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h(k, 12).upper(), h(k + "x", 20))
    if kind == "yandex":
        return "<%d%s@mail.yandex.ru>" % (int(h(k, 6), 16), int(m.dt.timestamp()))
    if kind == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (int(m.dt.timestamp()), h(k, 12), 100 + int(h(k, 2), 16))
    if kind == "iphone":
        x = h(k, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    raise ValueError(kind)


def event(uid, organizer, attendees, start, minutes, summary, location="", status="CONFIRMED",
          desc=""):
    o = PEOPLE[organizer]
    ev = dict(uid=uid, org=o, att=[PEOPLE[a] for a in attendees],
              start=datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=o.tz),
              minutes=minutes, summary=summary, location=location, status=status, desc=desc)
    EVENTS.append(ev)
    return ev


def call(tag, when, direction, manager, phone, dur, note="", client=None):
    m = PEOPLE[manager]
    CALLS.append(dict(tag=tag, dt=datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=m.tz),
                      direction=direction, manager=m, phone=phone, dur=dur, note=note,
                      client=client))


def negotiation(client, manager, product, stage, evidence, next_contact=None, source=None,
                amount=None, currency="RUB", close=None):
    NEGS.append(dict(client=client, manager=manager, product=product, stage=stage,
                     evidence=evidence, next_contact=next_contact, source=source,
                     amount=amount, currency=currency, close=close))


def not_negotiation(address, why):
    NOTNEG.append(dict(address=address, why=why))


def agreed(key, quote, due, status):
    AGREED.append(dict(key=key, quote=quote, due=due, status=status))


def complaint(key, about_us=True):
    COMPLAINTS.append(dict(key=key, about_us=about_us))


# ---------------------------------------------------------------- rendering text

RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                "окт.", "нояб.", "дек."]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def addr(p):
    return "%s <%s>" % (p.name, p.email)


def prefixed(text, pre="> "):
    out = []
    for line in text.split("\n"):
        if not line:
            out.append(pre.rstrip())
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(pre + line)
    return "\n".join(out)


def quote_block(m):
    p = m.parent
    d = p.dt.astimezone(m.frm.tz)
    hm = "%d:%02d" % (d.hour, d.minute)
    t = p.fulltext
    s = m.style
    if s == "outlook_ru":
        cc = ("Копия: %s\n" % "; ".join(addr(x) for x in p.cc)) if p.cc else ""
        return ("\n\n________________________________\nОт: %s\nОтправлено: %s, %d %s %d г. %s\n"
                "Кому: %s\n%sТема: %s\n\n%s") % (
            addr(p.frm), RU_WD[d.weekday()], d.day, RU_MON_GEN[d.month - 1], d.year, hm,
            "; ".join(addr(x) for x in p.to), cc, p.subject, t)
    if s == "outlook_ru_old":
        cc = ("Копия: %s\n" % "; ".join(addr(x) for x in p.cc)) if p.cc else ""
        return ("\n\n-----Исходное сообщение-----\nОт: %s\nОтправлено: %02d.%02d.%d %s\n"
                "Кому: %s\n%sТема: %s\n\n%s") % (
            addr(p.frm), d.day, d.month, d.year, hm,
            "; ".join(addr(x) for x in p.to), cc, p.subject, t)
    if s == "outlook_en":
        cc = ("Cc: %s\n" % "; ".join(addr(x) for x in p.cc)) if p.cc else ""
        h12 = d.hour % 12 or 12
        return ("\n\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n%sSubject: %s\n\n%s") % (
            addr(p.frm), EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12,
            d.minute, "AM" if d.hour < 12 else "PM",
            "; ".join(addr(x) for x in p.to), cc, p.subject, t)
    if s == "gmail_en":
        h12 = d.hour % 12 or 12
        return "\n\nOn %s, %s %d, %d at %d:%02d %s %s wrote:\n%s" % (
            EN_WD[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, h12, d.minute,
            "AM" if d.hour < 12 else "PM", addr(p.frm), prefixed(t))
    if s == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %s, %s:\n%s" % (
            RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, hm,
            addr(p.frm), prefixed(t))
    if s == "yandex":
        return '\n\n%02d.%02d.%d, %s, "%s" <%s>:\n%s' % (
            d.day, d.month, d.year, "%02d:%02d" % (d.hour, d.minute), p.frm.name, p.frm.email,
            prefixed(t))
    if s == "mailru":
        off = d.strftime("%z")
        return "\n\n\n>%s, %d %s %d, %s %s:%s от %s:\n>\n%s" % (
            RU_WD[d.weekday()].capitalize(), d.day, RU_MON_GEN[d.month - 1], d.year, hm,
            off[:3], off[3:], addr(p.frm), prefixed(t, ">"))
    if s == "iphone_ru":
        return "\n\n> %d %s %d г., в %s, %s написал(а):\n> \n%s" % (
            d.day, RU_MON_SHORT[d.month - 1], d.year, hm, addr(p.frm), prefixed(t))
    if s == "iphone_en":
        return "\n\n> On %d %s %d, at %s, %s wrote:\n> \n%s" % (
            d.day, EN_MON[d.month - 1][:3], d.year, "%02d:%02d" % (d.hour, d.minute),
            addr(p.frm), prefixed(t))
    raise ValueError(s)


def render_text(m):
    parts = [m.body]
    if m.sigopt is True and m.frm.sig:
        sig = m.frm.sig
        if m.style.startswith("gmail"):
            sig = "-- \n" + sig
        parts.append(sig)
    elif isinstance(m.sigopt, str):
        parts.append(m.sigopt)
    text = "\n\n".join(parts)
    if m.parent and m.quote:
        text += quote_block(m)
    m.fulltext = text
    return text


def to_html(text):
    out = []
    depth = 0
    for line in text.split("\n"):
        d = 0
        while line.startswith(">"):
            line = line[1:].lstrip(" ") if line[1:2] == " " else line[1:]
            d += 1
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(html.escape(line) + "<br>")
    out.extend("</blockquote>" for _ in range(depth))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


DUMMY = {
    "pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "docx": b"PK\x03\x04\x14\x00\x00\x00\x08\x00dummy-docx-placeholder\x00\x00",
    "xlsx": b"PK\x03\x04\x14\x00\x00\x00\x08\x00dummy-xlsx-placeholder\x00\x00",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
}
MIME = {"pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "jpg": ("image", "jpeg")}


def build_message(m):
    text = render_text(m)
    em = EmailMessage(policy=policy.SMTP)
    em["Message-ID"] = m.msgid
    em["Date"] = format_datetime(m.dt)
    em["From"] = formataddr((m.frm.name, m.frm.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in m.to)
    if m.cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in m.cc)
    em["Subject"] = m.subject
    if m.parent and not m.noref:
        refs = (m.parent.refs + [m.parent.msgid])[-8:]
        em["In-Reply-To"] = m.parent.msgid
        em["References"] = " ".join(refs)
        m.refs = refs
    else:
        m.refs = []
    em["MIME-Version"] = "1.0"
    mailer = {"outlook": "Microsoft Outlook 16.0", "gmail": None, "yandex": None,
              "mailru": None}.get(m.frm.mid)
    if m.style.startswith("iphone"):
        mailer = "iPhone Mail (22B83)"
    if mailer:
        em["X-Mailer"] = mailer
    for k, v in m.extra.items():
        em[k] = v
    cte = "base64" if m.frm.mid in ("yandex", "mailru") or m.style.startswith("iphone") \
        else "quoted-printable"
    if m.html_only:
        em.set_content(to_html(text), subtype="html", charset="utf-8", cte=cte)
    else:
        em.set_content(text, charset="utf-8", cte=cte)
        if m.frm.mid in ("outlook", "gmail") and not m.style.startswith("iphone"):
            em.add_alternative(to_html(text), subtype="html", charset="utf-8", cte=cte)
    for fn in m.att:
        ext = fn.rsplit(".", 1)[1].lower()
        data = DUMMY[ext] + ("\n" + fn + "\n").encode()
        mt, st = MIME[ext]
        em.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return em.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------- writing

def client_of(p):
    return p.org


def write_all(out):
    for sub in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    boxes = sorted({p.box for p in PEOPLE.values() if p.box})
    for b in boxes:
        for f in ("", ".Sent"):
            for d in ("cur", "new", "tmp"):
                os.makedirs(os.path.join(out, "mail", b, f, d), exist_ok=True)
    seq = 0
    counts = {}
    for m in MAILS:
        m.refs = []
    for m in sorted(MAILS, key=lambda x: MAILS.index(x)):
        data = build_message(m)
        m.raw = data
    for m in MAILS:
        seq += 1
        epoch = int(m.dt.timestamp())
        places = []
        if m.frm.box:
            places.append((m.frm.box, ".Sent", "cur", ":2,S"))
        for p in m.to + m.cc:
            if p.box and p is not m.frm:
                unread = m.unread if m.unread is not None else m.dt >= UNREAD_AFTER
                places.append((p.box, "", "new" if unread else "cur", "" if unread else ":2,S"))
        for box, folder, d, flags in places:
            name = "%d.M%06dP%d.mail.%s%s" % (epoch, seq, 3100 + seq, DOMAIN, flags)
            with open(os.path.join(out, "mail", box, folder, d, name), "wb") as f:
                f.write(m.raw)
            counts[box] = counts.get(box, 0) + 1
    write_calendars(out)
    return counts


VTZ = {
    "Europe/Moscow": ("+0300", "MSK"),
    "Asia/Yekaterinburg": ("+0500", "+05"),
}


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def write_calendars(out):
    boxes = {}
    for ev in EVENTS:
        for p in [ev["org"]] + ev["att"]:
            if p.box:
                boxes.setdefault(p.box, []).append(ev)
    for box, evs in sorted(boxes.items()):
        tzs = sorted({ev["org"].tz.key for ev in evs})
        L = ["BEGIN:VCALENDAR", "VERSION:2.0",
             "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "METHOD:PUBLISH",
             "X-WR-CALNAME:" + box]
        for tz in tzs:
            off, name = VTZ[tz]
            L += ["BEGIN:VTIMEZONE", "TZID:" + tz, "BEGIN:STANDARD",
                  "DTSTART:19700101T000000", "TZOFFSETFROM:" + off, "TZOFFSETTO:" + off,
                  "TZNAME:" + name, "END:STANDARD", "END:VTIMEZONE"]
        for ev in sorted(evs, key=lambda e: e["start"]):
            s = ev["start"]
            e = s + timedelta(minutes=ev["minutes"])
            tz = ev["org"].tz.key
            stamp = (s - timedelta(days=3)).astimezone(ZoneInfo("UTC"))
            stamp = min(stamp, AS_OF.astimezone(ZoneInfo("UTC")))
            L += ["BEGIN:VEVENT", "UID:" + ev["uid"],
                  "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
                  "DTSTART;TZID=%s:%s" % (tz, s.strftime("%Y%m%dT%H%M%S")),
                  "DTEND;TZID=%s:%s" % (tz, e.strftime("%Y%m%dT%H%M%S")),
                  "SUMMARY:" + ics_escape(ev["summary"])]
            if ev["location"]:
                L.append("LOCATION:" + ics_escape(ev["location"]))
            if ev["desc"]:
                L.append("DESCRIPTION:" + ics_escape(ev["desc"]))
            L.append("STATUS:" + ev["status"])
            L.append('ORGANIZER;CN="%s":mailto:%s' % (ev["org"].name, ev["org"].email))
            for a in ev["att"]:
                L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s:mailto:%s' % (
                    a.name, "ACCEPTED" if ev["status"] != "CANCELLED" else "DECLINED",
                    a.email))
            L.append("END:VEVENT")
        L.append("END:VCALENDAR")
        os.makedirs(os.path.join(out, "calendar", box), exist_ok=True)
        with open(os.path.join(out, "calendar", box, "calendar.ics"), "w",
                  newline="") as f:
            f.write("\r\n".join(fold(x) for x in L) + "\r\n")


# ---------------------------------------------------------------- truth

def answered_by(m):
    """The first later contact of the manager the mail was written to, with the same client."""
    if m.ans is None:
        return None
    if m.ans != "auto":
        if m.ans.startswith("ev:"):
            return m.ans[3:]
        if m.ans.startswith("call:"):
            return call_row(m.ans[5:])
        return BY_KEY[m.ans].msgid
    mgr = [p for p in m.to if p.internal and p.box][0]
    for x in sorted(MAILS, key=lambda y: y.dt):
        if x.dt > m.dt and x.frm is mgr and any(r.org == m.frm.org for r in x.to + x.cc):
            return x.msgid
    return None


def call_row(tag):
    rows = sorted(CALLS, key=lambda c: c["dt"])
    for i, c in enumerate(rows, 1):
        if c["tag"] == tag:
            return i
    raise KeyError(tag)


def ref(x):
    if x.startswith("ev:"):
        assert any(e["uid"] == x[3:] for e in EVENTS), x
        return x[3:]
    return BY_KEY[x].msgid


def truth():
    negs = []
    for n in NEGS:
        amt = None
        if n["amount"] is not None:
            minor = round(n["amount"] * 100)
            amt = {"minor": minor, "currency": n["currency"]}
        negs.append({"client": n["client"], "manager": PEOPLE[n["manager"]].email,
                     "product": n["product"], "stage": n["stage"],
                     "stage_evidence": ref(n["evidence"]), "next_contact": n["next_contact"],
                     "next_contact_source": n["source"], "amount": amt,
                     "expected_close": n["close"]})
    agreed_ = []
    for a in AGREED:
        m = BY_KEY[a["key"]]
        assert a["quote"] in m.body, ("quote not in body", a["key"], a["quote"])
        agreed_.append({"message_id": m.msgid,
                        "side": "manager" if m.frm.internal else "client",
                        "who": m.frm.email, "quote": a["quote"], "due": a["due"],
                        "status": a["status"]})
    inbound = []
    for m in MAILS:
        if m.frm.org and any(p.internal and p.role == "manager" for p in m.to):
            ab = answered_by(m)
            inbound.append({"message_id": m.msgid, "needs_answer": bool(m.na),
                            "answered": ab is not None, "answered_by": ab})
    comps = []
    for c in COMPLAINTS:
        m = BY_KEY[c["key"]]
        mgr = [p for p in m.to if p.internal][0]
        comps.append({"message_id": m.msgid, "manager": mgr.email, "about_us": c["about_us"]})
    calls = []
    for i, c in enumerate(sorted(CALLS, key=lambda c: c["dt"]), 1):
        if c["client"]:
            calls.append({"row": i, "manager": c["manager"].email, "client": c["client"]})
    return {"as_of": AS_OF.isoformat(), "timezone": "Europe/Moscow", "negotiations": negs,
            "not_negotiations": NOTNEG, "agreed": agreed_, "inbound": inbound,
            "complaints": comps, "calls": calls}


def write_calls(out):
    with open(os.path.join(out, "calls.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["time", "direction", "manager", "client_phone", "duration_s", "note"])
        for c in sorted(CALLS, key=lambda c: c["dt"]):
            w.writerow([c["dt"].isoformat(), c["direction"], c["manager"].email, c["phone"],
                        c["dur"], c["note"]])


def check(out, t):
    ids = set()
    n = 0
    for root, _, files in os.walk(os.path.join(out, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                msg = BytesParser(policy=policy.default).parse(f)
            assert msg["Message-ID"] and msg["Date"] and msg["From"], fn
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            ids.add(msg["Message-ID"])
            n += 1
    refs = [x["stage_evidence"] for x in t["negotiations"]]
    refs += [x["message_id"] for x in t["agreed"] + t["inbound"] + t["complaints"]]
    refs += [x["answered_by"] for x in t["inbound"] if isinstance(x["answered_by"], str)]
    uids = {e["uid"] for e in EVENTS}
    for r in refs:
        assert r in ids or r in uids, ("missing", r)
    assert all(m.dt <= AS_OF for m in MAILS)
    assert all(c["dt"] <= AS_OF for c in CALLS)
    return n


def main():
    sys.path.insert(0, HERE)
    sys.modules["build"] = sys.modules[__name__]
    import story  # noqa: F401  (fills the registries above)
    for p in PEOPLE.values():
        p.role = getattr(p, "role", None)
    counts = write_all(HERE)
    write_calls(HERE)
    t = truth()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
    story.write_csvs(HERE)
    files = check(HERE, t)
    print("messages %d, files %d, boxes %s" % (len(MAILS), files, counts))
    print("negotiations %d, agreed %d, inbound %d (need answer %d, unanswered %d), "
          "complaints %d, events %d, calls %d" % (
              len(t["negotiations"]), len(t["agreed"]), len(t["inbound"]),
              sum(x["needs_answer"] for x in t["inbound"]),
              sum(x["needs_answer"] and not x["answered"] for x in t["inbound"]),
              len(t["complaints"]), len(EVENTS), len(CALLS)))


if __name__ == "__main__":
    main()
