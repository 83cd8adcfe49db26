#!/usr/bin/env python3
"""Build the Parkstone Estate test company from story.py, then check what was built.

Standard library only, deterministic: the same story gives byte-identical files.
Writes mail/ (Maildirs), calendar/ (.ics), calls.csv, clients.csv, plans.csv, sales.csv and
truth.json, and stops with a non-zero exit code when a check fails.
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import story  # noqa: E402
from story_base import PEOPLE, MANAGERS, MESSAGES, EVENTS, CALLS, AS_OF  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF_DT = datetime.fromisoformat(AS_OF)
MSK = timezone(timedelta(hours=3))
PROBLEMS = []


def problem(text):
    PROBLEMS.append(text)


def h(key, n=32):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def hnum(key, n):
    return str(int(h(key, 24), 16))[:n].rjust(n, "7")


def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


# ------------------------------------------------------------------ Russian and English date words
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                  "окт.", "нояб.", "дек."]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_ABBR = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def en_12h(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# ------------------------------------------------------------------ message shapes per mail client
STYLE = {
    # reply prefix, forward prefix, mailer, html?
    "outlook_ru": ("RE: ", "FW: ", "Microsoft Outlook 16.0", "alt"),
    "outlook_en": ("RE: ", "FW: ", "Microsoft Outlook 16.0", "alt"),
    "bank": ("Ответ: ", "Пересылка: ", "Microsoft Outlook 14.0", "alt"),
    "gmail_ru": ("Re: ", "Fwd: ", None, "alt"),
    "gmail_en": ("Re: ", "Fwd: ", None, "alt"),
    "html_only": ("Re: ", "Fwd: ", None, "html"),
    "iphone_ru": ("Re: ", "Fwd: ", "iPhone Mail (22B91)", "plain"),
    "iphone_en": ("Re: ", "Fwd: ", "iPhone Mail (22B91)", "plain"),
    "yandex": ("Re: ", "Fwd: ", None, "alt"),
    "yandex_mobile": ("Re: ", "Fwd: ", None, "plain"),
    "mailru": ("Re: ", "Fwd: ", None, "alt"),
    "thebat": ("Re: ", "Fwd: ", "The Bat! (v10.5.3) Professional", "plain"),
    "foxmail": ("Re: ", "Fw: ", "Foxmail 7.2.25.375[cn]", "alt"),
    "newsletter": ("Re: ", "Fwd: ", "Sendsay", "alt"),
}
DEFAULT_FOOTER = {"iphone_ru": "Отправлено с iPhone", "iphone_en": "Sent from my iPhone"}
PREFIX_RE = re.compile(r"^\s*((re|fw|fwd|ответ|пересылка|回复|转发)\s*(\[\d+\])?\s*[:：]\s*)", re.I)


def strip_prefixes(subj):
    while True:
        m = PREFIX_RE.match(subj)
        if not m:
            return subj
        subj = subj[m.end():]


def reply_subject(style, parent_subj):
    if style == "thebat":
        m = re.match(r"^Re\[(\d+)\]:\s*(.*)$", parent_subj)
        if m:
            return f"Re[{int(m.group(1)) + 1}]: {m.group(2)}"
        if PREFIX_RE.match(parent_subj):
            return "Re[2]: " + strip_prefixes(parent_subj)
        return "Re: " + parent_subj
    if style == "bank":
        # the bank's old client stacks its prefix over whatever was there
        return "Ответ: " + (parent_subj[len("Ответ: "):] if parent_subj.startswith("Ответ: ") else parent_subj)
    return STYLE[style][0] + strip_prefixes(parent_subj)


def message_id(m, style, addr):
    key = m["key"]
    dom = addr.split("@", 1)[1]
    if addr.endswith("@parkstone-estate.ru"):
        if style.startswith("iphone"):
            u = h(key).upper()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@parkstone-estate.ru>"
        return f"<{h(key).upper()}@EXMB01.parkstone.local>"
    if style == "bank":
        return f"<{h(key, 32).upper()}@EXCH-MB03.vkbank.local>"
    if style in ("outlook_ru", "outlook_en"):
        a = h(key, 40).upper()
        srv = "AM9PR02MB" + hnum(key, 4) if dom.endswith(".com") else "VI1PR08MB" + hnum(key + "s", 4)
        return f"<{srv}{a}@{srv}.eurprd08.prod.outlook.com>"
    if style in ("gmail_ru", "gmail_en", "html_only"):
        if style == "html_only" and "arendaprof" in dom:
            return f"<{h(key, 20)}.{hnum(key, 10)}@mailer.arendaprof.ru>"
        b = hashlib.sha256(key.encode()).digest()
        import base64
        tail = base64.b64encode(b + hashlib.sha256(b).digest()[:9]).decode().replace("/", "_").replace("+", "-")
        return f"<CA{tail[:46]}@mail.gmail.com>"
    if style.startswith("iphone"):
        u = h(key).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if style in ("yandex", "yandex_mobile"):
        return f"<{hnum(key, 16)}@mail.yandex.ru>"
    if style == "mailru":
        return f"<{hnum(key, 10)}.{hnum(key + 'x', 9)}@f{hnum(key + 'f', 3)}.i.mail.ru>"
    if style == "thebat":
        return f"<{hnum(key, 10)}.{m['dt'].strftime('%Y%m%d%H%M%S')}@{dom}>"
    if style == "foxmail":
        return f"<{m['dt'].strftime('%Y%m%d%H%M%S')}{hnum(key, 9)}@{dom}>"
    if style == "newsletter":
        return f"<{h(key, 24)}.{hnum(key, 8)}@send.{dom}>"
    raise ValueError(style)


def nameaddr(addr):
    p = PEOPLE.get(addr)
    return formataddr((p["name"], addr)) if p else addr


def plain_addr(addr):
    p = PEOPLE.get(addr)
    return f"{p['name']} <{addr}>" if p else addr


# ------------------------------------------------------------------ quoting (plain and HTML)
def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def quote_header(style, p, local):
    """The line(s) the replier's client writes above the quoted letter p, in the replier's zone."""
    d = p["dt"].astimezone(local)
    frm = PEOPLE[p["frm"]]["name"]
    if style in ("outlook_ru", "bank"):
        lines = [f"От: {plain_addr(p['frm'])}",
                 f"Отправлено: {RU_WD[d.weekday()]}, {d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г. {d:%H:%M}",
                 "Кому: " + "; ".join(plain_addr(a) for a in p["to"])]
        if p["cc"]:
            lines.append("Копия: " + "; ".join(plain_addr(a) for a in p["cc"]))
        lines.append(f"Тема: {p['subject']}")
        return lines
    if style == "outlook_en":
        lines = [f"From: {plain_addr(p['frm'])}",
                 f"Sent: {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {en_12h(d)}",
                 "To: " + "; ".join(plain_addr(a) for a in p["to"])]
        if p["cc"]:
            lines.append("Cc: " + "; ".join(plain_addr(a) for a in p["cc"]))
        lines.append(f"Subject: {p['subject']}")
        return lines
    if style in ("gmail_ru", "html_only"):
        return [f"{RU_WD_ABBR[d.weekday()]}, {d.day} {RU_MONTHS_ABBR[d.month - 1]} {d.year} г. в "
                f"{d.hour}:{d.minute:02d}, {frm} <{p['frm']}>:"]
    if style == "gmail_en":
        return [f"On {EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} at {en_12h(d)} "
                f"{frm} <{p['frm']}> wrote:"]
    if style == "iphone_ru":
        return [f"{d.day} {RU_MONTHS_ABBR[d.month - 1]} {d.year} г., в {d.hour}:{d.minute:02d}, "
                f"{frm} <{p['frm']}> написал(а):"]
    if style == "iphone_en":
        return [f"On {d.day} {EN_MON[d.month - 1][:3]} {d.year}, at {d:%H:%M}, {frm} <{p['frm']}> wrote:"]
    if style in ("yandex", "yandex_mobile"):
        return [f"{d:%d.%m.%Y}, {d:%H:%M}, \"{frm}\" <{p['frm']}>:"]
    if style == "mailru":
        off = d.strftime("%z")
        return [f"{RU_WD[d.weekday()].capitalize()}, {d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year}, "
                f"{d:%H:%M} {off[:3]}:{off[3:]} от {frm} <{p['frm']}>:"]
    if style == "thebat":
        return [f"Вы писали {d.day} {RU_MONTHS_GEN[d.month - 1]} {d.year} г., {d:%H:%M}:"]
    if style == "foxmail":
        return ["------------------ Original ------------------",
                f"From:  \"{frm}\"<{p['frm']}>;",
                f"Date:  {EN_WD[d.weekday()][:3]}, {EN_MON[d.month - 1][:3]} {d.day}, {d.year} {en_12h(d)}",
                "To:  " + "; ".join(f"\"{PEOPLE[a]['name']}\"<{a}>" for a in p["to"]) + ";",
                f"Subject:  {p['subject']}"]
    raise ValueError(style)


def plain_quote(style, p, local):
    hdr = quote_header(style, p, local)
    if style in ("outlook_ru", "outlook_en"):
        return "________________________________\n" + "\n".join(hdr) + "\n\n" + p["plain"]
    if style == "bank":
        return "-----Исходное сообщение-----\n" + "\n".join(hdr) + "\n\n" + p["plain"]
    if style == "foxmail":
        return "\n".join(hdr) + "\n\n" + p["plain"]
    return hdr[0] + "\n\n" + quote_lines(p["plain"])


def text_html(text):
    parts = []
    for para in text.split("\n\n"):
        parts.append("<p>" + "<br>\n".join(html.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(parts)


def html_quote(style, p, local):
    hdr = quote_header(style, p, local)
    if style in ("outlook_ru", "outlook_en", "bank"):
        rows = []
        for ln in hdr:
            k, _, v = ln.partition(": ")
            rows.append(f"<b>{html.escape(k)}:</b> {html.escape(v)}")
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal">' + "<br>\n".join(rows) + "</p></div>\n" + p["html_inner"])
    if style in ("gmail_ru", "gmail_en", "html_only"):
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(hdr[0]) +
                '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + p["html_inner"] + "</blockquote></div>")
    if style == "foxmail":
        return ('<div style="font-size:12px;background:#efefef;padding:8px;">' +
                "<br>".join(html.escape(x) for x in hdr) + "</div><br>" + p["html_inner"])
    # yandex, mailru
    return (f"<div>{html.escape(hdr[0])}</div><blockquote style=\"border-left:1px solid #0857A6;margin:10px;"
            f"padding:0 0 0 10px;\">{p['html_inner']}</blockquote>")


# ------------------------------------------------------------------ building the messages
def dummy_attachment(name):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(name.encode()).hexdigest()
    if ext == "pdf":
        return ("application", "pdf",
                f"%PDF-1.4\n% {seed}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".encode())
    if ext == "docx":
        return ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                b"PK\x03\x04" + seed.encode() * 4)
    if ext == "xlsx":
        return ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                b"PK\x03\x04" + seed.encode() * 4)
    if ext == "zip":
        return ("application", "zip", b"PK\x03\x04" + seed.encode() * 8)
    if ext == "dwg":
        return ("application", "acad", b"AC1032" + seed.encode() * 8)
    return ("application", "octet-stream", seed.encode())


def build_messages():
    by_key = {}
    for m in MESSAGES:
        if m["key"] in by_key:
            problem(f"duplicate message key {m['key']}")
        by_key[m["key"]] = m
        p = PEOPLE.get(m["frm"])
        if p is None:
            problem(f"{m['key']}: unknown sender {m['frm']}")
            continue
        m["style_used"] = m["style"] or p["style"]
        m["tz_used"] = m["tz"] or p["tz"]
        m["dt"] = datetime.strptime(m["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(m["tz_used"]))
    order = sorted(MESSAGES, key=lambda x: (x["dt"].astimezone(timezone.utc), x["key"]))
    for m in order:
        style = m["style_used"]
        addr = m["frm"]
        person = PEOPLE[addr]
        local = m["dt"].tzinfo
        parent = by_key.get(m["re"]) if m["re"] else None
        fwd = by_key.get(m["fwd"]) if m["fwd"] else None
        if m["re"] and parent is None:
            problem(f"{m['key']}: reply to unknown {m['re']}")
        if m["fwd"] and fwd is None:
            problem(f"{m['key']}: forward of unknown {m['fwd']}")
        for other in (parent, fwd):
            if other is not None and other["dt"] >= m["dt"] and m["key"] not in ("lh07", "vkb06", "trl09"):
                problem(f"{m['key']}: written before the letter it answers ({other['key']})")
        # subject
        if m["subj"]:
            subject = m["subj"]
        elif parent is not None:
            subject = reply_subject(style, parent["subject"])
        elif fwd is not None:
            subject = STYLE[style][1] + strip_prefixes(fwd["subject"])
        else:
            problem(f"{m['key']}: no subject")
            subject = ""
        m["subject"] = subject
        m["mid"] = message_id(m, style, addr)
        # text
        sig = person["sig"] if m["sig"] is None else m["sig"]
        footer = m["footer"] if m["footer"] is not None else (person["footer"] or DEFAULT_FOOTER.get(style, ""))
        new = m["body"]
        own = new + ("\n\n" + sig if sig else "") + ("\n\n" + footer if footer else "")
        if style == "thebat" and addr.endswith("borodin-partners.ru") is False:
            pass
        m["own_plain"] = own
        plain = own
        inner = '<div dir="ltr">' + text_html(new) + "</div>"
        if sig:
            inner += '\n<div class="signature">' + text_html(sig) + "</div>"
        if footer:
            inner += "\n<div>" + html.escape(footer) + "</div>"
        if addr.endswith("@parkstone-estate.ru") and style == "outlook_ru":
            from story_base import OUR_DISCLAIMER
            plain += "\n\n" + OUR_DISCLAIMER
            inner += '\n<p style="font-size:8pt;color:#808080">' + html.escape(OUR_DISCLAIMER) + "</p>"
        src = parent if (parent is not None and m["quote"]) else fwd
        if src is not None:
            qstyle = style if style not in ("newsletter",) else "gmail_ru"
            if fwd is not None and style in ("outlook_ru", "bank"):
                plain += "\n\n" + plain_quote("outlook_ru", src, local)
                inner += "\n" + html_quote("outlook_ru", src, local)
            elif fwd is not None:
                plain += "\n\n---------- Пересылаемое сообщение ----------\n" + "\n".join(
                    quote_header("outlook_ru", src, local)) + "\n\n" + src["plain"]
                inner += "\n" + html_quote("outlook_ru", src, local)
            else:
                plain += "\n\n" + plain_quote(qstyle, src, local)
                inner += "\n" + html_quote(qstyle, src, local)
        m["plain"] = plain
        m["html_inner"] = inner
        m["refs"] = (parent["refs"] + [parent["mid"]]) if parent is not None else []
        m["parent_mid"] = parent["mid"] if parent is not None else None
    return by_key, order


def to_eml(m):
    style = m["style_used"]
    msg = EmailMessage(policy=policy.default)
    msg["From"] = nameaddr(m["frm"])
    msg["To"] = ", ".join(nameaddr(a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(nameaddr(a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = m["mid"]
    if m["parent_mid"]:
        msg["In-Reply-To"] = m["parent_mid"]
        msg["References"] = " ".join(m["refs"][-8:])
    mailer = STYLE[style][2]
    if mailer:
        msg["X-Mailer"] = mailer
    if m["frm"].endswith("@parkstone-estate.ru") and style == "outlook_ru":
        msg["Thread-Topic"] = strip_prefixes(m["subject"])
        msg["X-MS-Exchange-Organization-AuthAs"] = "Internal"
    if style == "newsletter":
        dom = m["frm"].split("@")[1]
        msg["List-Unsubscribe"] = f"<https://{dom}/unsubscribe?u={h(m['key'], 12)}>"
        msg["Precedence"] = "bulk"
    for k, v in m["headers"].items():
        msg[k] = v
    kind = STYLE[style][3]
    if m["headers"].get("Auto-Submitted"):
        kind = "plain"
    full_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body>\n" + m["html_inner"] + "\n</body></html>\n")
    if kind == "html":
        msg.set_content(full_html, subtype="html")
    else:
        msg.set_content(m["plain"] + "\n")
        if kind == "alt":
            msg.add_alternative(full_html, subtype="html")
    for name in m["attach"]:
        maintype, subtype, data = dummy_attachment(name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{h(m['key'], 12).upper()}_{i:02d}")
    return msg.as_bytes()


def write_maildirs(order):
    root = os.path.join(HERE, "mail")
    if os.path.isdir(root):
        shutil.rmtree(root)
    for a, mg in MANAGERS.items():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, mg["folder"], sub), exist_ok=True)
    files = 0
    unread_after = AS_OF_DT - timedelta(days=3)
    for n, m in enumerate(order, 1):
        data = to_eml(m)
        m["eml"] = data
        ts = int(m["dt"].timestamp())
        base = f"{ts}.M{n:06d}P{4100 + n}.mx1-parkstone,S={len(data)}"
        places = []
        if m["frm"] in MANAGERS:
            places.append(os.path.join(MANAGERS[m["frm"]]["folder"], ".Sent", "cur", base + ":2,S"))
        for r in m["to"] + m["cc"]:
            if r in MANAGERS and r != m["frm"]:
                unread = (m["dt"] > unread_after and m["frm"] not in MANAGERS
                          and (m["inbound"] is None or m["inbound"]["by"] is None))
                sub = os.path.join(MANAGERS[r]["folder"], "new", base) if unread else \
                    os.path.join(MANAGERS[r]["folder"], "cur", base + ":2,S")
                places.append(sub)
        if not places:
            problem(f"{m['key']}: no manager's mailbox holds it")
        for rel in places:
            with open(os.path.join(root, rel), "wb") as f:
                f.write(data)
            files += 1
        m["places"] = places
    return files


# ------------------------------------------------------------------ calendars
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def cn(addr):
    p = PEOPLE.get(addr)
    if p:
        return p["name"]
    if addr == "h.morgan@lindqvisthale.com":
        return "Helen Morgan"
    return addr


def event_uid(e):
    if e["organizer"] in MANAGERS:
        return "040000008200E00074C5B7101A82E00800000000" + h(e["key"], 40).upper()
    return "040000008200E00074C5B7101A82E00800000000" + h("ext" + e["key"], 40).upper()


def write_calendars():
    root = os.path.join(HERE, "calendar")
    if os.path.isdir(root):
        shutil.rmtree(root)
    for a, mg in MANAGERS.items():
        os.makedirs(os.path.join(root, mg["folder"]), exist_ok=True)
    for e in EVENTS:
        start = datetime.strptime(e["start"], "%Y-%m-%d %H:%M").replace(tzinfo=MSK)
        end = datetime.strptime(e["end"], "%Y-%m-%d %H:%M").replace(tzinfo=MSK)
        e["start_dt"] = start
        e["uid"] = event_uid(e)
        external = e["organizer"] not in MANAGERS
        tzid = "Russian Standard Time" if external else "Europe/Moscow"
        stamp = min(start - timedelta(days=3), AS_OF_DT - timedelta(hours=20)).astimezone(timezone.utc)
        lines = ["BEGIN:VCALENDAR",
                 "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "VERSION:2.0", "CALSCALE:GREGORIAN",
                 "METHOD:REQUEST" if external else "METHOD:PUBLISH",
                 "BEGIN:VTIMEZONE", f"TZID:{tzid}",
                 "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                 "TZNAME:MSK", "END:STANDARD", "END:VTIMEZONE",
                 "BEGIN:VEVENT",
                 f"UID:{e['uid']}",
                 f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                 f"CREATED:{stamp:%Y%m%dT%H%M%SZ}",
                 f"LAST-MODIFIED:{stamp:%Y%m%dT%H%M%SZ}",
                 f"SEQUENCE:{e['sequence']}",
                 f"SUMMARY:{ics_escape(e['summary'])}",
                 f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
                 f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"]
        if e["rrule"]:
            lines.append(f"RRULE:{e['rrule']}")
        if e["location"]:
            lines.append(f"LOCATION:{ics_escape(e['location'])}")
        if e["description"]:
            lines.append(f"DESCRIPTION:{ics_escape(e['description'])}")
        lines.append(f"ORGANIZER;CN=\"{cn(e['organizer'])}\":mailto:{e['organizer']}")
        for a in e["attendees"]:
            ps = "ACCEPTED" if e["status"] != "CANCELLED" else "DECLINED"
            if a == e["owner"] and external:
                ps = "ACCEPTED"
            lines.append(f"ATTENDEE;CN=\"{cn(a)}\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};"
                         f"RSVP=TRUE:mailto:{a}")
        lines += [f"STATUS:{e['status']}", "TRANSP:OPAQUE", "CLASS:PUBLIC",
                  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "BEGIN:VALARM", "ACTION:DISPLAY",
                  "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
        text = "\r\n".join(fold(x) for x in lines) + "\r\n"
        path = os.path.join(root, MANAGERS[e["owner"]]["folder"], f"{h(e['key'], 16)}.ics")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        e["path"] = path


# ------------------------------------------------------------------ the call log (Beeline cloud PBX export)
CALL_HEADER = ["ID звонка", "Дата и время", "Тип вызова", "Сотрудник", "Добавочный", "Внешний номер",
               "Ожидание, сек", "Длительность разговора", "Статус вызова", "Комментарий"]


def digits(phone):
    d = re.sub(r"\D", "", phone)
    if d.startswith("8") and len(d) == 11:
        d = "7" + d[1:]
    return d


def write_calls():
    rows = sorted(CALLS, key=lambda c: c["when"])
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(CALL_HEADER)
    for i, c in enumerate(rows):
        c["row"] = i + 2
        mg = MANAGERS[c["manager"]]
        t = c["talk"]
        wait = 4 + int(h(c["key"], 2), 16) % 20
        w.writerow([f"{int(h(c['key'], 12), 16) % 10**10:010d}",
                    datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S").strftime("%d.%m.%Y %H:%M:%S"),
                    "Входящий" if c["direction"] == "in" else "Исходящий",
                    mg["name"], mg["ext"], digits(c["phone"]), wait,
                    f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}", c["status"], c["note"]])
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    return rows


# ------------------------------------------------------------------ the directory, plans and sales
def write_tables():
    with open(os.path.join(HERE, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "domains", "owner", "segment", "phones", "emails", "kind"])
        for row in story.DIRECTORY:
            w.writerow(row)
    with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        for s in story.SALES:
            w.writerow(list(s) + ["RUB"])
    with open(os.path.join(HERE, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for month, mgr, prod, amt in story.PLANS:
            w.writerow([month, "manager", "", mgr, prod, "amount", f"{amt}.00", "RUB"])


# ------------------------------------------------------------------ truth
def resolve(ref, by_key, calls_by_key, events_by_key):
    if ref is None:
        return None
    if ref.startswith("call:"):
        c = calls_by_key.get(ref[5:])
        if c is None:
            problem(f"unknown call {ref}")
            return None
        return f"calls.csv row {c['row']}"
    if ref.startswith("ev:"):
        e = events_by_key.get(ref[3:])
        if e is None:
            problem(f"unknown event {ref}")
            return None
        return e["uid"]
    m = by_key.get(ref)
    if m is None:
        problem(f"unknown message {ref}")
        return None
    return m["mid"]


def write_truth(by_key, order, calls):
    calls_by_key = {c["key"]: c for c in calls}
    events_by_key = {e["key"]: e for e in EVENTS}
    negs = []
    for n in story.NEGOTIATIONS:
        negs.append({
            "client": n["client"], "manager": n["manager"], "product": n["product"], "stage": n["stage"],
            "stage_evidence": resolve(n["evidence"], by_key, calls_by_key, events_by_key),
            "next_contact": n["next_contact"], "next_contact_source": n["next_source"],
            "amount": n["amount"], "expected_close": n["expected_close"]})
    agreed, inbound, complaints = [], [], []
    for m in order:
        for a in m["agreed"]:
            agreed.append({"message_id": m["mid"], "side": a["side"], "who": a["who"] or m["frm"],
                           "quote": a["quote"], "due": a["due"], "status": a["status"]})
        if m["inbound"] is not None:
            by = m["inbound"]["by"]
            inbound.append({"message_id": m["mid"], "needs_answer": m["inbound"]["needs"],
                            "answered": by is not None,
                            "answered_by": resolve(by, by_key, calls_by_key, events_by_key)})
        if m["complaint"] is not None:
            complaints.append({"message_id": m["mid"], "manager": m["complaint"]["manager"],
                               "about_us": m["complaint"]["about_us"]})
    truth = {
        "as_of": AS_OF,
        "timezone": story.TIMEZONE,
        "negotiations": negs,
        "not_negotiations": [{"address": a, "why": w} for a, w in story.NOT_NEGOTIATIONS],
        "agreed": agreed,
        "inbound": inbound,
        "complaints": complaints,
        "calls": [{"row": c["row"], "manager": c["manager"], "client": c["client"]} for c in calls],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


# ------------------------------------------------------------------ checks
def text_of(msg):
    """The readable text of a parsed message: its plain part, or its HTML without tags."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    t = body.get_content()
    if body.get_content_type() == "text/html":
        t = re.sub(r"<br>\n?", "\n", t)
        t = re.sub(r"</p>\n?", "\n\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


def check(by_key, order, calls, truth, files):
    mids = {m["mid"] for m in order}
    if len(mids) != len(order):
        problem("duplicate Message-IDs")
    start = datetime(2026, 10, 12, tzinfo=MSK)
    for m in order:
        if not (start <= m["dt"] <= AS_OF_DT):
            problem(f"{m['key']}: date {m['dt']} outside the scenario")
        parsed = BytesParser(policy=policy.default).parsebytes(m["eml"])
        for hd in ("Message-ID", "Date", "From", "To", "Subject"):
            if not parsed[hd]:
                problem(f"{m['key']}: no {hd}")
        if parsed["Message-ID"] != m["mid"]:
            problem(f"{m['key']}: Message-ID changed in writing")
        for hd in ("In-Reply-To", "References"):
            for ref in (parsed[hd] or "").split():
                if ref not in mids:
                    problem(f"{m['key']}: {hd} names an unknown {ref}")
        text = text_of(parsed)
        if m["body"].split("\n")[0].strip() not in text:
            problem(f"{m['key']}: its own text is not in the parsed message")
        for a in m["agreed"]:
            if a["quote"] not in m["body"] or a["quote"] not in text:
                problem(f"{m['key']}: commitment not verbatim: {a['quote']}")
            if a["due"] and a["status"] == "open" and a["due"] < AS_OF[:10]:
                problem(f"{m['key']}: an open commitment is already overdue: {a['quote']}")
        if m["inbound"] is not None:
            by = m["inbound"]["by"]
            if by and not by.startswith("call:"):
                ans = by_key.get(by)
                if ans is None or ans["frm"] not in MANAGERS or ans["dt"] <= m["dt"]:
                    problem(f"{m['key']}: answered_by {by} is not a later letter of a manager")
    # every referenced id exists
    for n in truth["negotiations"]:
        ev = n["stage_evidence"]
        if not ev or not (ev in mids or ev.startswith("calls.csv row") or ev in {e["uid"] for e in EVENTS}):
            problem(f"negotiation {n['client']}: evidence {ev} unknown")
    for x in truth["agreed"] + truth["inbound"] + truth["complaints"]:
        if x["message_id"] not in mids:
            problem(f"unknown message {x['message_id']}")
    for x in truth["inbound"]:
        ab = x.get("answered_by")
        if ab and not (ab in mids or ab.startswith("calls.csv row")):
            problem(f"inbound answered by unknown {ab}")
    # clients: in the directory or a free-mail address
    names = {r[0] for r in story.DIRECTORY}
    for n in truth["negotiations"]:
        c = n["client"]
        if c not in names and not ("@" in c and c.split("@")[1] in story.FREE_MAIL):
            problem(f"truth client {c} is neither in clients.csv nor a free-mail address")
        if n["product"] not in {p["code"] for p in story.PRODUCTS}:
            problem(f"truth product {n['product']} unknown")
    for c in truth["calls"]:
        if c["client"] and c["client"] not in names and "@" not in c["client"]:
            problem(f"call row {c['row']}: client {c['client']} unknown")
    # every external letter to a manager is read as inbound or as someone who is not a client
    skip = {a for a, _ in story.NOT_NEGOTIATIONS}
    for m in order:
        dom = m["frm"].split("@")[1]
        if dom in story.INTERNAL_DOMAINS or m["headers"].get("Auto-Submitted"):
            continue
        to_mgr = any(r in MANAGERS for r in m["to"] + m["cc"])
        if to_mgr and m["inbound"] is None and m["frm"] not in skip:
            problem(f"{m['key']}: a letter from {m['frm']} to a manager has no inbound label")
    # phones of calls: known in the directory or in a signature, unless the client is null
    known = {}
    for r in story.DIRECTORY:
        for ph in re.split(r"[;,]", r[4]):
            if ph.strip():
                known[digits(ph)] = r[0]
    for c in calls:
        d = digits(c["phone"])
        if c["client"] and c["client"] not in names and "@" not in c["client"]:
            problem(f"call {c['key']}: client {c['client']} not in the directory")
        if c["client"] and d not in known:
            in_sig = any(d == digits(x) for m in order for x in re.findall(r"[+8][\d\s()\-]{9,}\d", m["own_plain"])
                         if m["frm"] not in MANAGERS)
            if not in_sig:
                problem(f"call {c['key']}: number {c['phone']} is neither in the directory nor in a signature")
        if c["client"] and d in known and known[d] != c["client"]:
            problem(f"call {c['key']}: number belongs to {known[d]}, not {c['client']}")
    # the .ics files parse as one VEVENT each
    for e in EVENTS:
        with open(e["path"], encoding="utf-8") as f:
            t = f.read()
        if t.count("BEGIN:VEVENT") != 1 or "UID:" not in t or "DTSTART;TZID=" not in t:
            problem(f"{e['key']}: bad .ics")
    # sizes
    n_msgs, n_events, n_calls = len(order), len(EVENTS), len(calls)
    if not 150 <= n_msgs <= 200:
        problem(f"{n_msgs} messages, want 150-200")
    if not 15 <= n_events <= 25:
        problem(f"{n_events} events, want 15-25")
    if not 20 <= n_calls <= 30:
        problem(f"{n_calls} calls, want 20-30")
    after = sum(1 for e in EVENTS if e["start_dt"] > AS_OF_DT)
    if after < 3:
        problem("too few events after as_of")
    two_way = {n["client"] for n in truth["negotiations"]}
    if not 14 <= len(two_way) <= 18:
        problem(f"{len(two_way)} clients in negotiation, want 14-18")
    return n_msgs, n_events, n_calls, after


def main():
    by_key, order = build_messages()
    files = write_maildirs(order)
    write_calendars()
    calls = write_calls()
    write_tables()
    truth = write_truth(by_key, order, calls)
    n_msgs, n_events, n_calls, after = check(by_key, order, calls, truth, files)
    from collections import Counter
    stages = Counter(n["stage"] for n in truth["negotiations"])
    agreed = Counter(a["status"] for a in truth["agreed"])
    print(f"messages {n_msgs}, Maildir files {files}, events {n_events} ({after} after as_of), calls {n_calls}")
    print("negotiations", len(truth["negotiations"]), dict(sorted(stages.items())))
    print("agreed", len(truth["agreed"]), dict(sorted(agreed.items())),
          "by side", dict(Counter(a["side"] for a in truth["agreed"])))
    print("inbound", len(truth["inbound"]), "complaints", len(truth["complaints"]),
          "not_negotiations", len(truth["not_negotiations"]))
    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
