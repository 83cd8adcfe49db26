"""Builds the test company from story.py: Maildirs, calendars, call log, directory,
plans, sales, dealtrail.toml and truth.json, then checks what it wrote.

Standard library only, deterministic: no clock, no randomness.
Run: python3 build.py
"""
import csv
import hashlib
import html
import io
import json
import os
import shutil
import sys
import zipfile
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story  # noqa: E402

P = story.P
AS_OF = datetime.fromisoformat(story.AS_OF)
COMPANY_TZ = ZoneInfo(story.TIMEZONE)

RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_ABBR = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
RU_MON_NOM = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
              "Октябрь", "Ноябрь", "Декабрь"]
RU_MON_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

PLAIN_ONLY = {"iphone_ru", "mailru_mobile", "yandex_mobile", "plain_web"}
HTML_ONLY = {"mailru", "zimbra_ru", "foxmail", "html_only"}

MAILER = {
    "outlook_ru": "Microsoft Outlook 16.0",
    "outlook_ru_old": "Microsoft Office Outlook 12.0",
    "outlook_en": "Microsoft Outlook 16.0",
    "mailru": "Mail.Ru Mailer 1.0",
    "mailru_mobile": "Mail.ru Mobile 14.52.0",
    "yandex": "Yamail [ http://yandex.ru ] 5.0",
    "yandex_mobile": "Yamail Mobile Android 8.74.1",
    "iphone_ru": "iPhone Mail (22B91)",
    "zimbra_ru": "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4583)",
    "foxmail": "Foxmail 7.2.25.228[en]",
}
M365_PREFIX = {"m365": "AS8PR05MB", "m365b": "DB9PR08MB", "m365v": "DU2P281MB", "m365t": "VI1PR10MB"}
M365_REGION = {"m365": "eurprd05", "m365b": "eurprd08", "m365v": "eurp281", "m365t": "eurprd10"}


def h(key, n=40):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def when(s, tz):
    """'MM-DD HH:MM' in the writer's zone."""
    md, hm = s.split()
    mo, d = md.split("-")
    hh, mi = hm.split(":")
    return datetime(story.YEAR, int(mo), int(d), int(hh), int(mi), int(h(s + tz, 2), 16) % 60, tzinfo=ZoneInfo(tz))


def who(ref):
    """A person key or a bare address -> (name, addr, person or None)."""
    if ref in P:
        p = P[ref]
        return p["name"], p["addr"], p
    return "", ref, None


def fmt_addr(ref):
    name, addr, _ = who(ref)
    return formataddr((name, addr)) if name else addr


def disp(ref):
    name, addr, _ = who(ref)
    return f"{name} <{addr}>" if name else addr


def message_id(m):
    p = P[m["frm"]]
    mid = p["mid"] or "generic:" + p["addr"].split("@")[1]
    k = h(m["key"], 64)
    ts = int(m["dt"].timestamp())
    if mid in M365_PREFIX:
        srv = M365_PREFIX[mid] + str(1000 + int(k[:4], 16) % 9000)
        return f"<{srv}{k[4:36].upper()}@{srv}.{M365_REGION[mid]}.prod.outlook.com>"
    kind, _, dom = mid.partition(":")
    if kind == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        s = "".join(alphabet[int(k[i:i + 2], 16) % len(alphabet)] for i in range(0, 64, 2))
        return f"<CA{s[:3]}+{s[3:32]}@mail.gmail.com>"
    if kind == "mailru":
        return f"<{ts}.{int(k[:6], 16) % 1000000:06d}@f{100 + int(k[6:8], 16) % 800}.i.mail.ru>"
    if kind == "yandex":
        return f"<{int(k[:5], 16) % 1000000}{ts}@mail.yandex.ru>"
    if kind == "apple":
        u = k[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if kind == "zimbra":
        return f"<{int(k[:6], 16)}.{int(k[6:11], 16)}.{ts}{int(k[11:14], 16) % 1000:03d}.JavaMail.zimbra@{dom}>"
    if kind == "tencent":
        return f"<tencent_{k[:40].upper()}@{dom}>"
    if kind == "exch":
        return f"<{k[:32]}@{dom}>"
    return f"<{k[:24]}.{ts}@{dom}>"


# ---------------------------------------------------------------- quoting
def ru_outlook_date(dt):
    return f"{RU_WD[dt.weekday()]}, {dt.day} {RU_MON_GEN[dt.month - 1]} {dt.year} г. {dt:%H:%M}"


def en_time(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def quote_header(style, q, reader_tz):
    """The attribution line(s) the writer's client puts above the quoted message q."""
    dt = q["dt"].astimezone(ZoneInfo(reader_tz))
    to = "; ".join(disp(r) for r in q["to"])
    cc = "; ".join(disp(r) for r in q["cc"])
    fname, faddr, _ = who(q["frm"])
    if style == "outlook_ru":
        lines = [f"От: {disp(q['frm'])}", f"Отправлено: {ru_outlook_date(dt)}", f"Кому: {to}"]
        if cc:
            lines.append(f"Копия: {cc}")
        lines.append(f"Тема: {q['subject']}")
        return "\n".join(lines), False
    if style == "outlook_ru_old":
        lines = ["-----Исходное сообщение-----", f"От: {disp(q['frm'])}",
                 f"Отправлено: {dt.day} {RU_MON_GEN[dt.month - 1]} {dt.year} г. {dt:%H:%M}", f"Кому: {to}"]
        if cc:
            lines.append(f"Копия: {cc}")
        lines.append(f"Тема: {q['subject']}")
        return "\n".join(lines), False
    if style == "outlook_en":
        lines = ["________________________________", f"From: {disp(q['frm'])}",
                 f"Sent: {EN_WD[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} {en_time(dt)}",
                 f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {q['subject']}")
        return "\n".join(lines), False
    if style == "gmail_ru":
        return (f"{RU_WD_ABBR[dt.weekday()]}, {dt.day} {RU_MON_ABBR[dt.month - 1]} {dt.year} г. в {dt:%H:%M}, "
                f"{fname} <{faddr}>:"), True
    if style == "gmail_en":
        return (f"On {EN_WD[dt.weekday()][:3]}, {EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year} at {en_time(dt)} "
                f"{fname} <{faddr}> wrote:"), True
    if style in ("mailru", "mailru_mobile"):
        off = dt.strftime("%z")
        return (f"{RU_WD[dt.weekday()].capitalize()}, {dt.day} {RU_MON_GEN[dt.month - 1]} {dt.year}, {dt:%H:%M} "
                f"{off[:3]}:{off[3:]} от {fname} <{faddr}>:"), True
    if style in ("yandex", "yandex_mobile"):
        return f'{dt:%d.%m.%Y}, {dt:%H:%M}, "{fname}" <{faddr}>:', True
    if style == "iphone_ru":
        return (f"{dt.day} {RU_MON_ABBR[dt.month - 1]} {dt.year} г., в {dt:%H:%M}, {fname} <{faddr}> "
                f"написал(а):"), True
    if style == "zimbra_ru":
        return "\n".join(["----- Исходное сообщение -----", f'От: "{fname}" <{faddr}>',
                          "Кому: " + ", ".join(f'"{who(r)[0]}" <{who(r)[1]}>' for r in q["to"]),
                          f"Отправленные: {RU_WD[dt.weekday()].capitalize()}, {dt.day} {RU_MON_NOM[dt.month - 1]} "
                          f"{dt.year} г {dt:%H:%M:%S}",
                          f"Тема: {q['subject']}"]), True
    if style == "foxmail":
        return "\n".join(["------------------ Original ------------------", f'From: "{fname}"<{faddr}>;',
                          f"Date: {EN_WD[dt.weekday()][:3]}, {EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year} "
                          f"{en_time(dt)}",
                          "To: " + "; ".join(f'"{who(r)[0]}"<{who(r)[1]}>' for r in q["to"]) + ";",
                          f"Subject: {q['subject']}"]), False
    # robots and web forms
    return f"{dt:%d.%m.%Y %H:%M}, {fname or faddr} <{faddr}>:", True


def prefix(text):
    return "\n".join(("> " + ln) if ln and not ln.startswith(">") else (">" + ln if ln else ">")
                     for ln in text.split("\n"))


def sig_of(m):
    if not m["sig"]:
        return ""
    p = P[m["frm"]]
    style = m["style"]
    if p["role"] == "manager" and style == "iphone_ru":
        return "Отправлено с iPhone"
    if m["lang"] == "en" and p.get("sig_en"):
        return p["sig_en"]
    return p["sig"]


def plain_of(m):
    """Full plain text: new text, signature, quoted history."""
    if "plain" in m:
        return m["plain"]
    parts = [m["body"]]
    s = sig_of(m)
    if s:
        parts.append(("-- \n" + s) if m["style"] in ("gmail_ru", "gmail_en") and not s.startswith("--") else s)
    text = "\n\n".join(parts)
    q = m.get("quoted")
    if q is not None:
        head, pref = quote_header(m["style"], q, P[m["frm"]]["tz"])
        inner = plain_of(q)
        if m["style"] == "iphone_ru":
            text += "\n\n" + prefix(head + "\n\n" + inner)
        elif pref:
            text += "\n\n" + head + "\n" + prefix(inner)
        else:
            text += "\n\n" + head + "\n\n" + inner
    m["plain"] = text
    return text


def para_html(text):
    out = []
    for block in text.split("\n\n"):
        out.append("<div>" + "<br>\n".join(html.escape(ln) for ln in block.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)


def html_inner(m):
    if "html_inner" in m:
        return m["html_inner"]
    style = m["style"]
    out = [para_html(m["body"])]
    s = sig_of(m)
    if s:
        cls = ' class="gmail_signature"' if style.startswith("gmail") else ""
        out.append(f'<div><br></div><div{cls} style="color:#555555;font-size:10pt">{para_html(s)}</div>')
    q = m.get("quoted")
    if q is not None:
        head, _ = quote_header(style, q, P[m["frm"]]["tz"])
        head_html = "<br>\n".join(html.escape(ln) for ln in head.split("\n"))
        inner = html_inner(q)
        if style.startswith("outlook"):
            out.append('<div><br></div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       f'<p class="MsoNormal">{head_html}</p></div><div><br></div>{inner}')
        elif style.startswith("gmail"):
            out.append(f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head_html}<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
        elif style.startswith("mailru"):
            out.append(f'<div><br></div><div>{head_html}<br><blockquote style="border-left:1px solid #0857A6; '
                       f'margin:10px; padding:0 0 0 10px;">{inner}</blockquote></div>')
        elif style == "foxmail":
            out.append('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
                       '------------------&nbsp;Original&nbsp;------------------</div>'
                       f'<div style="font-size: 12px;background:#efefef;padding:8px;">{head_html.split("<br>", 1)[1]}</div>'
                       f'<div><br></div>{inner}')
        elif style == "zimbra_ru":
            out.append(f'<div><br></div><hr id="zwchr"><div style="color:#000;font-weight:normal;">{head_html}</div>'
                       f'<div><br></div><blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                       f'padding-left:5px;">{inner}</blockquote>')
        else:
            out.append(f"<div><br></div><div>{head_html}</div><blockquote>{inner}</blockquote>")
    m["html_inner"] = "\n".join(out)
    return m["html_inner"]


def html_doc(m):
    lang = "en" if m["lang"] == "en" else "ru"
    font = "Calibri,sans-serif" if m["style"].startswith("outlook") else "Arial,sans-serif"
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{html_inner(m)}\n</div></body></html>\n')


# ---------------------------------------------------------------- attachments
def attachment_bytes(name, seed):
    ext = name.rsplit(".", 1)[-1].lower()
    text = f"{name}\n{seed}\nDalaFlow test company - dummy attachment\n"
    if ext == "pdf":
        body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {h(seed, 16)}\n"
                f"trailer << /Root 1 0 R >>\n%%EOF\n").encode("ascii")
        return body, ("application", "pdf")
    if ext in ("docx", "xlsx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for fn, data in (("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
                             ("docProps/app.xml", f"<Properties><Title>{html.escape(name)}</Title></Properties>"),
                             ("dummy.txt", text)):
                zi = zipfile.ZipInfo(fn, date_time=(2026, 1, 1, 0, 0, 0))
                z.writestr(zi, data)
        sub = ("vnd.openxmlformats-officedocument.wordprocessingml.document" if ext == "docx"
               else "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return buf.getvalue(), ("application", sub)
    if ext in ("jpg", "jpeg"):
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + h(seed, 32).encode()
                + b"\xff\xd9"), ("image", "jpeg")
    return text.encode("utf-8"), ("application", "octet-stream")


# ---------------------------------------------------------------- prepare messages
def subject_prefix(style):
    if style == "zimbra_ru":
        return "Ответ: "
    if style.startswith("outlook"):
        return "RE: "
    return "Re: "


def strip_re(s, style):
    low = s
    for pre in ("RE: ", "Re: ", "RE:", "Re:"):
        if low.startswith(pre):
            low = low[len(pre):]
            break
    if style == "zimbra_ru" and low.startswith("Ответ: "):
        low = low[len("Ответ: "):]
    return low


def prepare():
    by_key = {}
    for m in story.MSGS:
        if m["key"] in by_key:
            raise SystemExit(f"duplicate message key {m['key']}")
        p = P[m["frm"]]
        m["style"] = m["style"] or p["style"]
        m["lang"] = m["lang"] or p["lang"]
        m["dt"] = when(m["when"], p["tz"])
        by_key[m["key"]] = m
    for m in story.MSGS:
        parent = by_key.get(m["re"]) if m["re"] else None
        fwd = by_key.get(m["fw"]) if m["fw"] else None
        if m["re"] and parent is None:
            raise SystemExit(f"{m['key']}: unknown parent {m['re']}")
        if m["fw"] and fwd is None:
            raise SystemExit(f"{m['key']}: unknown forwarded {m['fw']}")
        m["parent"] = parent
        # auto-replies and bounces keep the thread headers but quote nothing
        m["quoted"] = None if m["kind"] in ("auto", "bounce") else (parent or fwd)
    # subjects in time order (a reply needs its parent's subject)
    for m in sorted(story.MSGS, key=lambda x: x["dt"]):
        if m["subj"]:
            m["subject"] = m["subj"]
        elif m["parent"] is not None:
            m["subject"] = subject_prefix(m["style"]) + strip_re(m["parent"]["subject"], m["style"])
        elif m["quoted"] is not None:
            m["subject"] = ("FW: " if m["style"].startswith("outlook") else "Fwd: ") + m["quoted"]["subject"]
        else:
            raise SystemExit(f"{m['key']}: no subject")
    for m in story.MSGS:
        m["mid"] = message_id(m)
        if m["parent"] is not None and m["parent"]["dt"] >= m["dt"]:
            raise SystemExit(f"{m['key']}: written before its parent")
    for m in sorted(story.MSGS, key=lambda x: x["dt"]):
        par = m["parent"]
        if par is not None:
            refs = par.get("refs", []) + [par["mid"]]
            m["refs"] = refs[-8:] if len(refs) > 8 else refs
        else:
            m["refs"] = []
    return by_key


def build_eml(m):
    p = P[m["frm"]]
    style = m["style"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(r) for r in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(r) for r in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"])
    msg["Message-ID"] = m["mid"]
    if m["parent"] is not None:
        msg["In-Reply-To"] = "X-DF-IRT"
        msg["References"] = "X-DF-REFS"
    msg["MIME-Version"] = "1.0"
    if style in MAILER:
        msg["X-Mailer"] = MAILER[style]
    if style.startswith("outlook"):
        msg["Thread-Topic"] = strip_re(m["subject"], style)
        msg["Content-Language"] = "en-US" if m["lang"] == "en" else "ru-RU"
    kind = m["kind"]
    if kind == "auto":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    elif kind == "bounce":
        msg["Auto-Submitted"] = "auto-replied"
        msg["Return-Path"] = "<>"
    elif kind == "notify":
        msg["Auto-Submitted"] = "auto-generated"
    elif kind == "newsletter":
        dom = p["addr"].split("@")[1]
        msg["List-Unsubscribe"] = f"<https://{dom}/unsubscribe?u={h(m['key'], 12)}>"
        msg["Precedence"] = "bulk"
    plain = plain_of(m)
    if style in PLAIN_ONLY or kind in ("bounce",):
        msg.set_content(plain, subtype="plain", charset="utf-8")
    elif style in HTML_ONLY:
        msg.set_content(html_doc(m), subtype="html", charset="utf-8")
    else:
        msg.set_content(plain, subtype="plain", charset="utf-8")
        msg.add_alternative(html_doc(m), subtype="html", charset="utf-8")
    for name in m["att"]:
        data, (maint, sub) = attachment_bytes(name, m["key"])
        msg.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{n:03d}_{h(m['key'] + str(n), 8).upper()}.{h(m['key'], 8).upper()}")
    raw = msg.as_bytes()
    if m["parent"] is not None:
        # msg-ids are longer than a folded line: write them as mail clients do, one per line
        raw = raw.replace(b"In-Reply-To: X-DF-IRT", b"In-Reply-To: " + m["parent"]["mid"].encode("ascii"), 1)
        raw = raw.replace(b"References: X-DF-REFS", b"References: " + "\r\n ".join(m["refs"]).encode("ascii"), 1)
    return raw


# ---------------------------------------------------------------- writers
def reset(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)


def local(key):
    return P[key]["addr"].split("@")[0]


def write_mail(by_key):
    root = os.path.join(HERE, "mail")
    reset(root)
    for mk in story.MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, local(mk), sub))
    files = 0
    eml_of = {}
    for i, m in enumerate(sorted(story.MSGS, key=lambda x: (x["dt"], x["key"]))):
        data = build_eml(m)
        eml_of[m["key"]] = data
        ts = int(m["dt"].timestamp())
        targets = []
        if m["frm"] in story.MANAGERS:
            targets.append((m["frm"], ".Sent/cur", "S"))
        for r in m["to"] + m["cc"]:
            if r in story.MANAGERS and r != m["frm"]:
                targets.append((r, "cur", "S"))
        for n, (mk, sub, flags) in enumerate(targets):
            name = f"{ts}.M{(i * 7919 + n * 104729) % 1000000:06d}P{4000 + i}.mail.dalaflow.kz,S={len(data)}:2,{flags}"
            with open(os.path.join(root, local(mk), sub, name), "wb") as f:
                f.write(data)
            files += 1
    return files, eml_of


def ics_dt(s, tz):
    return when(s, tz).replace(second=0)


def write_calendars():
    root = os.path.join(HERE, "calendar")
    reset(root)
    for mk in story.MANAGERS:
        os.makedirs(os.path.join(root, local(mk)))
    stamp = "20261209T080000Z"
    for ev in story.EVENTS:
        start, end = ics_dt(ev["start"], ev["tz"]), ics_dt(ev["end"], ev["tz"])
        off = start.strftime("%z")
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "METHOD:PUBLISH", "BEGIN:VTIMEZONE", f"TZID:{ev['tz']}", "BEGIN:STANDARD",
                 "DTSTART:19700101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD",
                 "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{ev['uid']}", f"DTSTAMP:{stamp}",
                 f"DTSTART;TZID={ev['tz']}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={ev['tz']}:{end:%Y%m%dT%H%M%S}",
                 f"SUMMARY:{ics_escape(ev['summary'])}"]
        if ev["location"]:
            lines.append(f"LOCATION:{ics_escape(ev['location'])}")
        if ev["description"]:
            lines.append(f"DESCRIPTION:{ics_escape(ev['description'])}")
        oname, oaddr, _ = who(ev["organizer"])
        lines.append(f'ORGANIZER;CN="{oname}":mailto:{oaddr}')
        for a in ev["attendees"]:
            an, aa, _ = who(a)
            lines.append(f'ATTENDEE;CN="{an}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{aa}')
        status = "CONFIRMED"
        lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
        body = "\r\n".join(fold(ln) for ln in lines) + "\r\n"
        fname = h(ev["uid"], 20) + ".ics"
        for mk in ev["cals"]:
            with open(os.path.join(root, local(mk), fname), "w", encoding="utf-8", newline="") as f:
                f.write(body)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


EXT = {"yerzhan": "100", "aigerim": "102", "bauyrzhan": "103", "dmitriy": "201"}
FIO = {"yerzhan": "Сапаров Ержан", "aigerim": "Нурланова Айгерим", "bauyrzhan": "Есенов Бауыржан",
       "dmitriy": "Ковалёв Дмитрий"}
CALL_HEADER = ["ID вызова", "Дата и время", "Тип вызова", "Сотрудник", "Внешний абонент", "Ожидание, сек",
               "Разговор, сек", "Итог вызова", "Метка менеджера"]


def write_calls():
    rows = {}
    calls = sorted(story.CALLS, key=lambda c: when(c["when"], story.TIMEZONE))
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(CALL_HEADER)
        for i, c in enumerate(calls):
            dt = when(c["when"], story.TIMEZONE)
            wait = 4 + (i * 7) % 19
            w.writerow([f"{int(dt.timestamp())}.{3100 + i * 13}", dt.strftime("%d.%m.%Y %H:%M:%S"), c["direction"],
                        f"{FIO[c['mgr']]} ({EXT[c['mgr']]})", c["phone"], wait, c["talk"], c["status"], c["note"]])
            rows[c["key"]] = i + 2
    return rows, calls


def write_directory():
    with open(os.path.join(HERE, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "domains", "owner", "segment", "phones", "emails", "kind"])
        for c, dom, owner, seg, phones, emails, kind in story.CLIENTS:
            w.writerow([c, dom, P[owner]["addr"], seg, phones, emails, kind])
    with open(os.path.join(HERE, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for per, scope, team, mgr, prod, metric, amount, cur in story.PLANS:
            w.writerow([per, scope, team, P[mgr]["addr"] if mgr else "", prod, metric, amount, cur])
    with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        for ext, date, mgr, prod, client, amount, cur in story.SALES:
            w.writerow([ext, date, P[mgr]["addr"], prod, client, amount, cur])


TOML = '''# dealtrail configuration of ТОО «ДалаФлоу» (test company, everything invented)
database = "dealtrail.db"

[company]
name = "ТОО «ДалаФлоу»"
internal_domains = ["dalaflow.kz"]
base_currency = "KZT"
country = "KZ"
timezone = "Asia/Almaty"
locale = "ru"
transferred_workdays = []
extra_holidays = []

[[managers]]
email = "yerzhan.saparov@dalaflow.kz"
name = "Ержан Сапаров"
role = "head"
team = "Алматы"
timezone = "Asia/Almaty"
locale = "ru"
extension = "100"

[[managers]]
email = "aigerim.nurlanova@dalaflow.kz"
name = "Айгерим Нурланова"
team = "Алматы"
timezone = "Asia/Almaty"
locale = "ru"
extension = "102"

[[managers]]
email = "bauyrzhan.yessenov@dalaflow.kz"
name = "Бауыржан Есенов"
team = "Алматы"
timezone = "Asia/Almaty"
locale = "ru"
extension = "103"

[[managers]]
email = "dmitriy.kovalev@dalaflow.kz"
name = "Дмитрий Ковалёв"
team = "Атырау"
timezone = "Asia/Atyrau"
locale = "ru"
extension = "201"
{mailboxes}
[[products]]
code = "pumps"
name_ru = "Насосы и насосные агрегаты"
name_en = "Pumps"
aliases = ["насос", "насосы", "насосный агрегат", "насосная станция", "электронасос", "ЦНС", "ЭЦВ", "шламовый насос", "грунтовый насос", "pump", "pumps", "API 610"]

[[products]]
code = "compressors"
name_ru = "Компрессоры"
name_en = "Compressors"
aliases = ["компрессор", "компрессорная станция", "винтовой компрессор", "воздуходувка", "осушитель", "compressor", "air compressor"]

[[products]]
code = "spares"
name_ru = "Запчасти и ремкомплекты"
name_en = "Spare parts"
aliases = ["запчасти", "запасные части", "ЗИП", "торцевое уплотнение", "уплотнения", "рабочее колесо", "рабочие колёса", "футеровка", "ремкомплект", "поршень", "втулка цилиндровая", "spare parts", "mechanical seal", "impeller"]

[[products]]
code = "service"
name_ru = "Сервис и шеф-монтаж"
name_en = "Service and commissioning"
aliases = ["сервисное обслуживание", "техническое обслуживание", "ремонт насосов", "ревизия", "шеф-монтаж", "пусконаладка", "commissioning", "service contract"]

[clients]
directory = "clients.csv"
auto_create = true

[imports]
plans = "plans.csv"
sales = ["sales.csv"]
fx_rates = {{USD = 515.0, EUR = 560.0, CNY = 72.0}}
calls = "calls.csv"

[imports.calls_columns]
phone = "Внешний абонент"
talk = "Разговор, сек"
status = "Итог вызова"
note = "Метка менеджера"
ignore = "Ожидание, сек"

[pipeline]
stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]
probabilities = {{lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}}

[rules.unanswered]
reply_hours = 8

[rules.stale_deal]
days = 14
'''


def write_toml():
    mb = []
    for mk in story.MANAGERS:
        addr, loc = P[mk]["addr"], local(mk)
        mb.append(f'\n[[mailboxes]]\nname = "{loc}-mail"\nkind = "maildir"\nowner = "{addr}"\npath = "mail/{loc}"\n')
        mb.append(f'\n[[mailboxes]]\nname = "{loc}-calendar"\nkind = "ics"\nowner = "{addr}"\npath = "calendar/{loc}"\n')
    text = TOML.replace("{mailboxes}", "".join(mb) + "\n").replace("{{", "{").replace("}}", "}")
    path = os.path.join(HERE, "dealtrail.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, 0o644)


# ---------------------------------------------------------------- truth
def ref(ev, by_key, call_rows, ev_by_key):
    kind, _, key = ev.partition(":")
    if kind == "msg":
        return by_key[key]["mid"]
    if kind == "call":
        return f"calls.csv row {call_rows[key]}"
    if kind == "event":
        return ev_by_key[key]["uid"]
    raise SystemExit(f"bad evidence {ev}")


def answer_ref(a, by_key, call_rows):
    if a is None:
        return None
    if a.startswith("call:"):
        return f"calls.csv row {call_rows[a[5:]]}"
    return by_key[a]["mid"]


def manager_recipient(m):
    for r in m["to"] + m["cc"]:
        if r in story.MANAGERS:
            return P[r]["addr"]
    return None


def build_truth(by_key, call_rows, calls):
    ev_by_key = {e["key"]: e for e in story.EVENTS}
    negs = []
    for n in story.NEGOTIATIONS:
        negs.append({
            "client": n["client"], "manager": P[n["manager"]]["addr"], "product": n["product"], "stage": n["stage"],
            "stage_evidence": ref(n["ev"], by_key, call_rows, ev_by_key),
            "next_contact": n["next"], "next_contact_source": n["src"],
            "amount": {"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None,
            "expected_close": n["close"]})
    agreed, inbound, complaints = [], [], []
    for m in sorted(story.MSGS, key=lambda x: x["dt"]):
        p = P[m["frm"]]
        for quote, due, status in m["ag"]:
            agreed.append({"message_id": m["mid"], "side": "manager" if p["role"] == "manager" else "client",
                           "who": p["addr"], "quote": quote, "due": due, "status": status})
        if m["ib"] is not None:
            needs, ans = m["ib"]
            inbound.append({"message_id": m["mid"], "needs_answer": needs, "answered": ans is not None,
                            "answered_by": answer_ref(ans, by_key, call_rows)})
        if m["cp"] is not None:
            complaints.append({"message_id": m["mid"], "manager": manager_recipient(m), "about_us": m["cp"]})
    call_truth = [{"row": call_rows[c["key"]], "manager": P[c["mgr"]]["addr"], "client": c["client"]}
                  for c in calls]
    truth = {"as_of": story.AS_OF, "timezone": story.TIMEZONE, "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in story.NOT_NEGOTIATIONS],
             "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": call_truth}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


# ---------------------------------------------------------------- checks
def new_text(eml_bytes):
    msg = BytesParser(policy=policy.default).parsebytes(eml_bytes)
    part = msg.get_body(preferencelist=("plain", "html"))
    return msg, (part.get_content() if part is not None else "")


def check(by_key, eml_of, truth, call_rows, files):
    problems = []
    mids = {m["mid"] for m in story.MSGS}
    if len(mids) != len(story.MSGS):
        problems.append("duplicate Message-IDs")
    # every file under mail/ parses and its references exist
    seen = 0
    for dirpath, _, fnames in os.walk(os.path.join(HERE, "mail")):
        for fn in fnames:
            with open(os.path.join(dirpath, fn), "rb") as f:
                data = f.read()
            msg = BytesParser(policy=policy.default).parsebytes(data)
            seen += 1
            if msg.defects:
                problems.append(f"{fn}: defects {msg.defects}")
            for hdr in ("Message-ID", "Date", "From", "Subject"):
                if not msg[hdr]:
                    problems.append(f"{fn}: no {hdr}")
            if msg["In-Reply-To"] and msg["In-Reply-To"].strip() not in mids:
                problems.append(f"{fn}: In-Reply-To to an unknown message")
            for r in (msg["References"] or "").split():
                if r not in mids:
                    problems.append(f"{fn}: References an unknown message {r}")
            if msg.get_body(preferencelist=("plain", "html")) is None:
                problems.append(f"{fn}: no text body")
    if seen != files:
        problems.append(f"{seen} files on disk, {files} written")
    # every message text holds its own new text; quotes of commitments are verbatim in the new text
    for m in story.MSGS:
        _, text = new_text(eml_of[m["key"]])
        body_norm = " ".join(m["body"].split())
        for quote, due, status in m["ag"]:
            if quote not in m["body"]:
                problems.append(f"{m['key']}: commitment not verbatim in the new text: {quote!r}")
            if status not in ("open", "kept", "broken"):
                problems.append(f"{m['key']}: bad status {status}")
            if due is not None:
                datetime.strptime(due, "%Y-%m-%d")
                if status == "open" and due < AS_OF.strftime("%Y-%m-%d"):
                    problems.append(f"{m['key']}: open commitment already due {due}")
        if m["style"] not in HTML_ONLY and body_norm[:60] not in " ".join(html.unescape(text).split()):
            problems.append(f"{m['key']}: new text missing from the plain part")
        if m["dt"] >= AS_OF:
            problems.append(f"{m['key']}: after as_of")
    # every message from a client or intermediary to a manager is labelled, and only those
    for m in story.MSGS:
        p = P[m["frm"]]
        to_mgr = any(r in story.MANAGERS for r in m["to"] + m["cc"])
        is_in = p["role"] in ("client", "intermediary") and to_mgr and m["kind"] is None
        if is_in and m["ib"] is None:
            problems.append(f"{m['key']}: inbound message without ib label")
        if not is_in and m["ib"] is not None:
            problems.append(f"{m['key']}: ib label on a message that is not inbound")
        if m["ib"] is not None and m["ib"][1] is not None:
            a = m["ib"][1]
            if a.startswith("call:"):
                c = next(c for c in story.CALLS if c["key"] == a[5:])
                if when(c["when"], story.TIMEZONE) <= m["dt"] or c["talk"] == 0:
                    problems.append(f"{m['key']}: answered by a call before it or not answered")
            else:
                am = by_key[a]
                if am["dt"] <= m["dt"] or P[am["frm"]]["role"] != "manager":
                    problems.append(f"{m['key']}: answered_by {a} is not a later manager message")
        if m["cp"] is not None and not is_in:
            problems.append(f"{m['key']}: complaint label on a message that is not inbound")
    # truth references exist
    evuids = {e["uid"] for e in story.EVENTS}
    for n in truth["negotiations"]:
        e = n["stage_evidence"]
        if not (e in mids or e in evuids or (e.startswith("calls.csv row ") and int(e.split()[-1]) in call_rows.values())):
            problems.append(f"evidence {e} does not exist")
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            problems.append(f"bad stage {n['stage']}")
        if n["next_contact"] is not None:
            if n["next_contact"] < AS_OF.strftime("%Y-%m-%d") and n["stage"] not in ("won", "lost"):
                pass  # overdue next contacts are allowed
            if n["next_contact_source"] not in ("meeting", "call", "manager_promise", "client_request"):
                problems.append(f"{n['client']}: bad next_contact_source")
        elif n["next_contact_source"] is not None:
            problems.append(f"{n['client']}: source without a date")
    for a in truth["agreed"] + truth["inbound"] + truth["complaints"]:
        if a["message_id"] not in mids:
            problems.append(f"unknown message {a['message_id']}")
    # every truth client is in the directory or a free-mail address
    directory = {c[0] for c in story.CLIENTS}
    products = {"pumps", "compressors", "spares", "service"}
    for n in truth["negotiations"]:
        c = n["client"]
        if c not in directory and not (("@" in c) and c.split("@")[1] in story.FREE_MAIL):
            problems.append(f"truth client {c} is neither in clients.csv nor a free-mail address")
        if n["product"] is not None and n["product"] not in products:
            problems.append(f"unknown product {n['product']}")
    for c in truth["calls"]:
        if c["client"] is not None and c["client"] not in directory and "@" not in c["client"]:
            problems.append(f"call client {c['client']} unknown")
    pairs = [(n["client"], n["manager"], n["product"]) for n in truth["negotiations"]]
    if len(set(pairs)) != len(pairs):
        problems.append("duplicate negotiation")
    # directory: no phone twice
    seen_ph = {}
    for c in story.CLIENTS:
        for ph in [x.strip() for x in c[4].split(";") if x.strip()]:
            digits = "".join(ch for ch in ph if ch.isdigit())
            digits = "7" + digits[1:] if digits.startswith("8") and len(digits) == 11 else digits
            if digits in seen_ph:
                problems.append(f"phone {ph} listed for {seen_ph[digits]} and {c[0]}")
            seen_ph[digits] = c[0]
    # events: some after as_of, all with attendees except reminders
    after = sum(1 for e in story.EVENTS if when(e["start"], e["tz"]) > AS_OF)
    if after == 0:
        problems.append("no event after as_of")
    # sizes
    n_msgs, n_ev, n_calls = len(story.MSGS), len(story.EVENTS), len(story.CALLS)
    if not 150 <= n_msgs <= 200:
        problems.append(f"{n_msgs} messages, want 150-200")
    if not 15 <= n_ev <= 25:
        problems.append(f"{n_ev} events, want 15-25")
    if not 20 <= n_calls <= 30:
        problems.append(f"{n_calls} calls, want 20-30")
    if AS_OF.weekday() >= 5 or not (17 <= AS_OF.hour < 19):
        problems.append("as_of is not a weekday 17:00-19:00")
    return problems


def main():
    by_key = prepare()
    files, eml_of = write_mail(by_key)
    write_calendars()
    call_rows, calls = write_calls()
    write_directory()
    write_toml()
    truth = build_truth(by_key, call_rows, calls)
    problems = check(by_key, eml_of, truth, call_rows, files)
    stages = {}
    for n in truth["negotiations"]:
        stages[n["stage"]] = stages.get(n["stage"], 0) + 1
    statuses = {}
    for a in truth["agreed"]:
        statuses[a["status"]] = statuses.get(a["status"], 0) + 1
    print(f"messages {len(story.MSGS)}, maildir files {files}, events {len(story.EVENTS)} "
          f"({sum(1 for e in story.EVENTS if when(e['start'], e['tz']) > AS_OF)} after as_of), calls {len(calls)}")
    print(f"negotiations {len(truth['negotiations'])}: " + ", ".join(f"{k} {v}" for k, v in sorted(stages.items())))
    print(f"agreed {len(truth['agreed'])}: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    print(f"inbound {len(truth['inbound'])}, complaints {len(truth['complaints'])} "
          f"({sum(1 for c in truth['complaints'] if c['about_us'])} about us)")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("checks passed")


if __name__ == "__main__":
    main()
