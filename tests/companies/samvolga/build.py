"""Build the СамВолгаБанк test company from story.py and check it.

Standard library only, deterministic: the same story gives the same bytes.
Writes mail/, calendar/, calls.csv, clients.csv, plans.csv, sales.csv, truth.json.
Run: python3 build.py
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import shutil
import sys
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

import story as S

HERE = os.path.dirname(os.path.abspath(__file__))
TZ_BANK = dt.timezone(dt.timedelta(hours=4))
AS_OF = dt.datetime.fromisoformat(S.AS_OF)
FREE_MAIL = ("gmail.com", "mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "ya.ru", "rambler.ru")
MGR = {e: dict(name=n, role=r, ext=x, folder=f) for e, n, r, x, f in S.MANAGERS}

problems = []


def fail(msg):
    problems.append(msg)


def h(key, n=40):
    return hashlib.sha256(("svb22:" + key).encode()).hexdigest()[:n]


def tzof(addr):
    t = S.P[addr]["tz"]
    sign = 1 if t[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(t[1:3]), minutes=int(t[3:5])))


def local(when, addr):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tzof(addr))


# ---------------------------------------------------------------- date words
DOW_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DOW_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"]
MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
EN_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def off_str(d):
    o = d.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d:%02d" % (sign, mins // 60, mins % 60)


# ---------------------------------------------------------------- message ids
def message_id(msg):
    key, frm = msg["key"], msg["frm"]
    style = msg["style"] or S.P[frm]["style"]
    dom = frm.split("@")[1]
    x = h(key, 64)
    d = msg["dt"]
    epoch = int(d.timestamp())
    if frm in MGR or dom == S.BANK:
        return "<%s@EXCH-MB01.samvolgabank.ru>" % x[:32]
    if style in ("outlook_client",):
        return "<00%s01dd%s$%s$%s$@%s>" % (x[0:2], x[2:6], x[9:17], x[17:25], dom)
    if style in ("yandex", "yandex_mobile"):
        return "<%d%04d@mail.yandex.ru>" % (epoch, int(x[:6], 16) % 10000)
    if style in ("gmail", "autoreply"):
        raw = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % raw
    if style in ("mailru", "mailru_mobile"):
        return "<%d.%09d@f%d.i.mail.ru>" % (epoch, int(x[:8], 16) % 10 ** 9, 300 + int(x[8:10], 16))
    if style == "iphone":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@tvl-samara.ru>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    if style in ("foxmail", "foxmail_cn"):
        return "<tencent_%s@exmail.qq.com>" % x[:40].upper()
    if style in ("sed", "autoreply_sed"):
        return "<%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], dom)
    if style == "newsletter":
        return "<%s.%d@mailer.%s>" % (x[:20], epoch, dom)
    raise ValueError(style)


# ---------------------------------------------------------------- styles
def nm(addr):
    return S.P[addr]["name"] if addr in S.P else addr


def addr_list(addrs):
    return "; ".join("%s <%s>" % (nm(a), a) for a in addrs)


def quote_header(style, parent, writer):
    """The line(s) a mail client puts above the quoted letter, in the writer's zone."""
    d = parent["dt"].astimezone(tzof(writer))
    pn, pa = nm(parent["frm"]), parent["frm"]
    if style in ("outlook", "outlook_client"):
        lines = ["От: %s <%s>" % (pn, pa),
                 "Отправлено: %s, %d %s %d г. %s" % (DOW_FULL[d.weekday()], d.day, MON_GEN[d.month - 1], d.year, d.strftime("%H:%M")),
                 "Кому: %s" % addr_list(parent["to"])]
        if parent["cc"]:
            lines.append("Копия: %s" % addr_list(parent["cc"]))
        lines.append("Тема: %s" % parent["subject"])
        return "\n".join(lines), False
    if style == "gmail":
        return "%s, %d %s %d г. в %s, %s <%s>:" % (DOW_SHORT[d.weekday()], d.day, MON_SHORT[d.month - 1], d.year,
                                                   d.strftime("%H:%M"), pn, pa), True
    if style in ("yandex", "yandex_mobile"):
        return '%s, "%s" <%s>:' % (d.strftime("%d.%m.%Y, %H:%M"), pn, pa), True
    if style in ("mailru", "mailru_mobile"):
        return "%s, %d %s %d, %s %s от %s <%s>:" % (DOW_FULL[d.weekday()].capitalize(), d.day, MON_GEN[d.month - 1],
                                                   d.year, d.strftime("%H:%M"), off_str(d), pn, pa), True
    if style == "iphone":
        return "%d %s %d г., в %s, %s <%s> написал(а):" % (d.day, MON_SHORT[d.month - 1], d.year, d.strftime("%H:%M"), pn, pa), True
    if style in ("foxmail", "foxmail_cn"):
        hh = d.strftime("%I:%M %p")
        lines = ["------------------ Original ------------------",
                 'From: "%s"<%s>;' % (pn, pa),
                 "Date: %s, %s %d, %d %s" % (EN_DOW[d.weekday()], EN_MON[d.month - 1], d.day, d.year, hh),
                 "To: %s;" % ";".join('"%s"<%s>' % (nm(a), a) for a in parent["to"]),
                 "Subject: %s" % parent["subject"]]
        return "\n".join(lines), False
    raise ValueError(style)


def reply_prefix(style):
    return {"outlook": "RE: ", "outlook_client": "RE: ", "gmail": "Re: ", "yandex": "Re: ", "yandex_mobile": "Re: ",
            "mailru": "Re: ", "mailru_mobile": "Re: ", "iphone": "Re: ", "foxmail": "Re: ", "foxmail_cn": "回复：",
            "sed": "Ответ: ", "autoreply": "Re: ", "autoreply_sed": "Ответ: ", "newsletter": "Re: "}[style]


PREFIX_RE = re.compile(r"^\s*((re|fw|fwd|ответ|回复)\s*(\[\d+\])?\s*[:：]\s*)+", re.I)


def base_subject(s):
    return PREFIX_RE.sub("", s)


# ---------------------------------------------------------------- compose
BY_KEY = {}
for i, msg in enumerate(S.MSG):
    if msg["key"] in BY_KEY:
        fail("duplicate message key %s" % msg["key"])
    BY_KEY[msg["key"]] = msg
    msg["dt"] = local(msg["when"], msg["frm"])
    msg["order"] = i

ORDER = sorted(S.MSG, key=lambda m: (m["dt"], m["order"]))
for msg in ORDER:
    style = msg["style"] or S.P[msg["frm"]]["style"]
    msg["style_eff"] = style
    parent = BY_KEY.get(msg["re"] or msg["fw"]) if (msg["re"] or msg["fw"]) else None
    if (msg["re"] or msg["fw"]) and parent is None:
        fail("%s: parent %s unknown" % (msg["key"], msg["re"] or msg["fw"]))
    if parent is not None and parent["dt"] >= msg["dt"]:
        fail("%s is not after its parent %s" % (msg["key"], parent["key"]))
    msg["mid"] = message_id(msg)
    # subject
    if msg["subj"]:
        subject = msg["subj"]
    elif msg["fw"]:
        subject = "FW: " + base_subject(parent["subject"])
    elif parent is not None:
        subject = reply_prefix(style) + base_subject(parent["subject"])
    else:
        fail("%s has no subject" % msg["key"])
        subject = ""
    msg["subject"] = subject
    # threading
    if msg["re"]:
        refs = list(parent.get("refs", [])) + [parent["mid"]]
        msg["refs"] = refs[-12:]
        msg["irt"] = parent["mid"]
    else:
        msg["refs"], msg["irt"] = [], None
    # text: new text + signature (+ bank disclaimer) + quoted history
    new = msg["body"]
    sig = S.P[msg["frm"]]["sig"]
    if msg["style"] == "yandex_mobile" and S.P[msg["frm"]]["style"] != "yandex_mobile":
        sig = "Отправлено из Яндекс Почты для мобильных"   # the same person, writing from the phone
    bank = msg["frm"].endswith("@" + S.BANK)
    parts = [new]
    if sig and style not in ("autoreply", "autoreply_sed", "newsletter"):
        parts.append(sig)
    if bank and msg["frm"] in MGR and any(not a.endswith("@" + S.BANK) for a in msg["to"] + msg["cc"]):
        parts.append(S.DISCLAIMER)
    own = "\n\n".join(parts)
    msg["new_text"] = new
    msg["own_text"] = own
    quoted = ""
    qhead = None
    if parent is not None and (msg["fw"] or msg["quote"]) and style not in ("sed", "autoreply", "autoreply_sed"):
        qstyle = style if style not in ("yandex_mobile",) else "yandex"
        if msg["fw"]:
            qstyle = "outlook" if style.startswith("outlook") else qstyle
        head, prefixed = quote_header(qstyle, parent, msg["frm"])
        qhead = head
        ptext = parent["full_text"]
        if prefixed:
            body_q = "\n".join((">" if ln.startswith(">") else "> ") + ln if ln else ">" for ln in ptext.split("\n"))
            quoted = head + "\n" + body_q
        else:
            quoted = head + "\n\n" + ptext
    msg["quoted"] = quoted
    msg["full_text"] = own + ("\n\n" + quoted if quoted else "")


# ---------------------------------------------------------------- html
def para_html(text, outlook=False):
    out = []
    for ln in text.split("\n"):
        e = html.escape(ln, quote=False)
        if outlook:
            out.append('<p class="MsoNormal">%s</p>' % (e if e else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (e if e else "<br>"))
    return "\n".join(out)


def render_html(msg):
    style = msg["style_eff"]
    own, quoted = msg["own_text"], msg["quoted"]
    if style in ("outlook", "outlook_client"):
        body = para_html(own, True)
        if quoted:
            body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     + para_html(quoted, True) + "\n</div>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
                '<body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>' % body)
    if style == "gmail":
        body = '<div dir="ltr">%s</div>' % para_html(own)
        if quoted:
            head, _, rest = quoted.partition("\n")
            rest = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] if ln.startswith(">") else ln for ln in rest.split("\n"))
            body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (html.escape(head, quote=False), para_html(rest.strip("\n"))))
        return body
    if style in ("yandex", "yandex_mobile", "mailru", "foxmail", "foxmail_cn"):
        body = "<div>%s</div>" % para_html(own)
        if quoted:
            head, _, rest = quoted.partition("\n")
            if style.startswith("foxmail"):
                body += '<div><br></div><div style="font-size:12px;background:#efefef;padding:8px;">%s</div>' % para_html(quoted)
            else:
                rest = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] if ln.startswith(">") else ln for ln in rest.split("\n"))
                body += "<div><br></div><div>%s</div><blockquote>%s</blockquote>" % (html.escape(head, quote=False), para_html(rest.strip("\n")))
        return "<html><body>%s</body></html>" % body
    if style == "sed":
        return ('<html><head><meta charset="utf-8"></head><body style="font-family:Times New Roman;font-size:12pt">%s</body></html>'
                % para_html(own))
    if style == "newsletter":
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
                '<body style="margin:0;background:#f2f4f7"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">'
                '<tr><td style="padding:20px">%s</td></tr></table></td></tr></table>'
                '<img src="https://%s/o/%s.gif" width="1" height="1" alt=""></body></html>'
                % (html.escape(msg["subject"]), para_html(own), "mailer." + msg["frm"].split("@")[1], h(msg["key"], 16)))
    raise ValueError(style)


# which parts each client sends
PLAIN_ONLY = {"mailru_mobile", "iphone", "autoreply", "autoreply_sed"}
HTML_ONLY = {"sed", "newsletter", "yandex_mobile"}

X_MAILER = {
    "outlook": "Microsoft Outlook 16.0", "outlook_client": "Microsoft Outlook 16.0",
    "yandex": "Yamail [ http://yandex.ru ] 5.0", "yandex_mobile": "Yamail [ http://yandex.ru ] 5.0 (Android)",
    "mailru": None, "mailru_mobile": "Mail.Ru Mail for Android", "iphone": "iPhone Mail (22B91)",
    "foxmail": "Foxmail 7.2.25.375[en]", "foxmail_cn": "Foxmail 7.2.25.375[cn]", "sed": "Дело-Web 20.3 (почтовый модуль)",
    "autoreply_sed": "Дело-Web 20.3 (почтовый модуль)", "gmail": None, "autoreply": None, "newsletter": "Sendsay",
}

CTYPE = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "zip": ("application", "zip"),
         "jpg": ("image", "jpeg")}


def dummy_attachment(name, key):
    ext = name.rsplit(".", 1)[1].lower()
    seed = h(key + name, 64).encode()
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n% " + seed + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    if ext == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed + b"\xff\xd9"
    return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + seed + b"PK\x05\x06" + b"\x00" * 18


def build_email(msg):
    style = msg["style_eff"]
    em = EmailMessage(policy=email.policy.default)
    frm = msg["frm"]
    em["From"] = Address(nm(frm), addr_spec=frm)
    em["To"] = [Address(nm(a), addr_spec=a) for a in msg["to"]]
    if msg["cc"]:
        em["Cc"] = [Address(nm(a), addr_spec=a) for a in msg["cc"]]
    em["Subject"] = msg["subject"]
    em["Date"] = format_datetime(msg["dt"])
    em["Message-ID"] = msg["mid"]
    if msg["irt"]:
        em["In-Reply-To"] = msg["irt"]
        em["References"] = " ".join(msg["refs"])
    if X_MAILER.get(style):
        em["X-Mailer"] = X_MAILER[style]
    if style.startswith("outlook"):
        em["Thread-Topic"] = base_subject(msg["subject"])
        em["Thread-Index"] = base64.b64encode(bytes.fromhex(h(msg["key"], 44))).decode()
        em["Content-Language"] = "ru-RU"
    if style in ("autoreply", "autoreply_sed"):
        em["Auto-Submitted"] = "auto-replied" if style == "autoreply" else "auto-generated"
        em["X-Autoreply"] = "yes"
    if style == "newsletter":
        em["List-Unsubscribe"] = "<https://%s/unsubscribe?u=%s>" % (frm.split("@")[1], h(msg["key"], 12))
        em["Precedence"] = "bulk"
    plain = msg["full_text"] + "\n"
    if style in HTML_ONLY:
        em.set_content(render_html(msg), subtype="html", charset="utf-8", cte="base64")
    elif style in PLAIN_ONLY:
        em.set_content(plain, charset="utf-8", cte="quoted-printable" if style != "mailru_mobile" else "base64")
    else:
        em.set_content(plain, charset="utf-8", cte="quoted-printable")
        em.add_alternative(render_html(msg), subtype="html", charset="utf-8", cte="quoted-printable")
    for name in msg["att"]:
        mt, st = CTYPE[name.rsplit(".", 1)[1].lower()]
        em.add_attachment(dummy_attachment(name, msg["key"]), maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(em.walk()):          # fixed MIME boundaries: the build is byte-for-byte repeatable
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%03d_%s" % (i, h(msg["key"] + str(i), 24)))
    return em


def received_header(msg):
    d = msg["dt"].astimezone(TZ_BANK) + dt.timedelta(seconds=3 + int(h(msg["key"], 2), 16) % 40)
    dom = msg["frm"].split("@")[1]
    return "from mx.%s (mx.%s [185.%d.%d.%d]) by mx1.samvolgabank.ru with ESMTPS id %s; %s" % (
        dom, dom, int(h(dom, 2), 16) % 250, int(h(dom + "1", 2), 16) % 250, int(h(dom + "2", 2), 16) % 250,
        h(msg["key"], 12).upper(), format_datetime(d))


# ---------------------------------------------------------------- write mail
def clean(path):
    if os.path.isdir(path):
        shutil.rmtree(path)


for sub in ("mail", "calendar"):
    clean(os.path.join(HERE, sub))

for e, info in MGR.items():
    base = os.path.join(HERE, "mail", info["folder"])
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    with open(os.path.join(base, ".Sent", "maildirfolder"), "w") as f:
        pass

maildir_files = 0
seq = 0
for msg in ORDER:
    em = build_email(msg)
    raw = em.as_bytes(policy=email.policy.default.clone(linesep="\n"))
    external = not msg["frm"].endswith("@" + S.BANK)
    recips = [a for a in msg["to"] + msg["cc"] if a in MGR]
    targets = []
    if msg["frm"] in MGR:
        targets.append((MGR[msg["frm"]]["folder"], ".Sent/cur", "S", raw))
    inbound_raw = (b"Received: " + received_header(msg).encode() + b"\n" + raw) if external else raw
    for a in recips:
        unread = msg["dt"] >= AS_OF - dt.timedelta(hours=3) and a != msg["frm"]
        targets.append((MGR[a]["folder"], "new" if unread else "cur", "" if unread else "S", inbound_raw))
    msg["folders"] = [t[0] + "/" + t[1] for t in targets]
    for folder, sub, flags, data in targets:
        seq += 1
        ts = int(msg["dt"].timestamp()) + 1
        name = "%d.M%06dP%dQ%d.mail01.samvolgabank.ru" % (ts, int(h(msg["key"] + folder, 5), 16) % 1000000, 4100 + seq, seq)
        if sub.endswith("cur"):
            name += ":2," + flags
        p = os.path.join(HERE, "mail", folder, sub, name)
        with open(p, "wb") as f:
            f.write(data)
        os.utime(p, (ts, ts))
        maildir_files += 1

MID = {m["key"]: m["mid"] for m in S.MSG}

# ---------------------------------------------------------------- calendars
VTZ = ("BEGIN:VTIMEZONE\r\nTZID:Europe/Samara\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
       "TZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nTZNAME:+04\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur = b""
        cur += cb
    out.append(cur)
    return b"\r\n ".join(out).decode("utf-8")


EVENT_UID = {}
event_files = 0
for e in S.EV:
    uid = "040000008200E00074C5B7101A82E00800000000%s" % h(e["key"], 32).upper()
    EVENT_UID[e["key"]] = uid
    st = dt.datetime.strptime(e["start"], "%Y-%m-%d %H:%M")
    en = dt.datetime.strptime(e["end"], "%Y-%m-%d %H:%M")
    stamp = min((st - dt.timedelta(days=3)).replace(hour=9, minute=12),
                AS_OF.replace(tzinfo=None) - dt.timedelta(days=2, hours=7))   # invitations go out before as_of
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST" if e["attendees"] else "METHOD:PUBLISH"]
    body = "\r\n".join(lines) + "\r\n" + VTZ
    ev_lines = ["BEGIN:VEVENT",
                "ORGANIZER;CN=%s:mailto:%s" % (ics_escape(nm(e["organizer"])), e["organizer"])]
    for a in e["attendees"]:
        ev_lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s"
                        % (ics_escape(nm(a)), "ACCEPTED" if a in MGR or not e["start"] > "2026-12-10" else "NEEDS-ACTION", a))
    ev_lines += ["UID:%s" % uid,
                 "SUMMARY;LANGUAGE=ru-RU:%s" % ics_escape(e["summary"]),
                 "DTSTART;TZID=Europe/Samara:%s" % st.strftime("%Y%m%dT%H%M%S"),
                 "DTEND;TZID=Europe/Samara:%s" % en.strftime("%Y%m%dT%H%M%S"),
                 "DTSTAMP:%s" % (stamp - dt.timedelta(hours=4)).strftime("%Y%m%dT%H%M%SZ"),
                 "CLASS:PUBLIC", "PRIORITY:5", "SEQUENCE:0", "TRANSP:OPAQUE", "STATUS:CONFIRMED"]
    if e["location"]:
        ev_lines.append("LOCATION;LANGUAGE=ru-RU:%s" % ics_escape(e["location"]))
    if e["description"]:
        ev_lines.append("DESCRIPTION;LANGUAGE=ru-RU:%s" % ics_escape(e["description"]))
    ev_lines += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER",
                 "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    body += "\r\n".join(fold(l) for l in ev_lines) + "\r\n"
    owners = [p for p in [e["organizer"]] + e["attendees"] if p in MGR]
    for o in dict.fromkeys(owners):
        d = os.path.join(HERE, "calendar", MGR[o]["folder"])
        os.makedirs(d, exist_ok=True)
        fn = "%s_%s.ics" % (st.strftime("%Y%m%d-%H%M"), h(e["key"], 8))
        with open(os.path.join(d, fn), "w", encoding="utf-8", newline="") as f:
            f.write(body)
        event_files += 1
    e["uid"] = uid
for info in MGR.values():
    os.makedirs(os.path.join(HERE, "calendar", info["folder"]), exist_ok=True)

# ---------------------------------------------------------------- calls.csv
CALL_HEAD = ["№ п/п", "Дата и время начала", "Направление", "Внутренний номер", "ФИО сотрудника", "Внешний номер",
             "Ожидание (сек)", "Длительность разговора", "Результат", "Комментарий", "Идентификатор сессии"]
calls_sorted = sorted(S.CALLS, key=lambda c: c[1])
CALL_ROW = {}
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(CALL_HEAD)
EXT_NAME = {info["ext"]: info["name"] for info in MGR.values()}
for i, c in enumerate(calls_sorted):
    key, when, ext, direction, phone, secs, result, note, client = c
    CALL_ROW[key] = i + 2
    d = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    wait = 4 + int(h(key, 2), 16) % 18 if result == "Отвечен" else 20 + int(h(key, 2), 16) % 25
    w.writerow([i + 1, d.strftime("%d.%m.%Y %H:%M:%S"), direction, ext, EXT_NAME.get(ext, ""), phone, wait,
                "%02d:%02d:%02d" % (secs // 3600, secs % 3600 // 60, secs % 60), result, note,
                "%s-%s" % (d.strftime("%Y%m%d%H%M%S"), h(key, 10))])
with open(os.path.join(HERE, "calls.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1251"))

# ---------------------------------------------------------------- directory, plans, sales
with open(os.path.join(HERE, "clients.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["client", "domains", "owner", "segment", "phones", "emails", "kind"])
    for row in S.CLIENTS:
        w.writerow(row)
with open(os.path.join(HERE, "plans.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
    for row in S.PLANS:
        w.writerow(row)
with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
    for row in S.SALES:
        w.writerow(list(row) + ["RUB"])

# ---------------------------------------------------------------- truth.json
def ref(x):
    if x is None:
        return None
    if x.startswith("call:"):
        k = x[5:]
        if k not in CALL_ROW:
            fail("unknown call %s" % k)
            return None
        return "calls.csv row %d" % CALL_ROW[k]
    if x in MID:
        return MID[x]
    if x in EVENT_UID:
        return EVENT_UID[x]
    fail("unknown reference %s" % x)
    return None


truth = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": [], "not_negotiations": [], "agreed": [],
         "inbound": [], "complaints": [], "calls": []}
for client, mgr, prod, stage, evid, nxt, src, amount, close in S.NEG:
    truth["negotiations"].append({
        "client": client, "manager": mgr, "product": prod, "stage": stage, "stage_evidence": ref(evid),
        "next_contact": nxt, "next_contact_source": src,
        "amount": {"minor": amount * 100, "currency": "RUB"} if amount is not None else None,
        "expected_close": close})
for addr, why in S.NOT_NEG:
    truth["not_negotiations"].append({"address": addr, "why": why})

CLIENT_ORGS = {r[0] for r in S.CLIENTS if r[6] == ""} | {S.SOKOL, S.KUZN}
INTERMEDIARY_ORGS = {r[0] for r in S.CLIENTS if r[6] == "intermediary"}


def org(addr):
    return S.P[addr]["org"] if addr in S.P else None


def manager_of_thread(msg):
    for a in [msg["frm"]] + msg["to"] + msg["cc"]:
        if a in MGR:
            return a
    return None


for msg in ORDER:
    for a in msg["ag"]:
        who = a["who"] or msg["frm"]
        if a["side"] == "manager" and who not in MGR:
            fail("%s: manager promise by %s" % (msg["key"], who))
        if a["side"] == "client" and who in MGR:
            fail("%s: client commitment by a manager" % msg["key"])
        truth["agreed"].append({"message_id": msg["mid"], "side": a["side"], "who": who, "quote": a["quote"],
                                "due": a["due"], "status": a["status"]})
    sender_org = org(msg["frm"])
    is_client_side = sender_org in CLIENT_ORGS or sender_org in INTERMEDIARY_ORGS
    auto = msg["style_eff"] in ("autoreply", "autoreply_sed", "newsletter")
    if is_client_side and not auto and any(a in MGR for a in msg["to"] + msg["cc"]):
        if msg["inb"] is None:
            fail("%s: client message without an inbound label" % msg["key"])
        else:
            needs, by = msg["inb"]
            replies = [r for r in ORDER if r["re"] == msg["key"] and r["frm"] in MGR]
            if by is None and replies:
                if needs:
                    fail("%s: needs an answer, labelled unanswered, but %s replies to it" % (msg["key"], replies[0]["key"]))
                by = replies[0]["key"]        # a reply that was not needed is still an answer
            if by and not by.startswith("call:"):
                r = BY_KEY.get(by)
                if r is None or r["frm"] not in MGR or r["dt"] <= msg["dt"]:
                    fail("%s: answered_by %s is not a later manager message" % (msg["key"], by))
            truth["inbound"].append({"message_id": msg["mid"], "needs_answer": needs, "answered": by is not None,
                                     "answered_by": ref(by)})
    elif msg["inb"] is not None:
        fail("%s: inbound label on a message that is not from a client" % msg["key"])
    if msg["cmp"]:
        truth["complaints"].append({"message_id": msg["mid"], "manager": manager_of_thread(msg),
                                    "about_us": msg["cmp"] is True})
EXT_MGR = {info["ext"]: e for e, info in MGR.items()}
for c in calls_sorted:
    truth["calls"].append({"row": CALL_ROW[c[0]], "manager": EXT_MGR[c[2]], "client": c[8]})

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")

# ---------------------------------------------------------------- checks
def text_of(em):
    plain, htm = [], []
    for part in em.walk():
        if part.get_content_maintype() == "multipart" or part.get_filename():
            continue
        if part.get_content_type() == "text/plain":
            plain.append(part.get_content())
        elif part.get_content_type() == "text/html":
            t = part.get_content()
            t = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", t)
            t = re.sub(r"<[^>]+>", "", t)
            htm.append(html.unescape(t))
    return "\n".join(plain) if plain else "\n".join(htm)


all_mids = set()
parsed = {}
for root, dirs, files in os.walk(os.path.join(HERE, "mail")):
    for fn in files:
        if fn == "maildirfolder":
            continue
        p = os.path.join(root, fn)
        with open(p, "rb") as f:
            em = email.message_from_bytes(f.read(), policy=email.policy.default)
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if em[hname] is None:
                fail("%s: no %s" % (p, hname))
        try:
            _ = em["Date"].datetime
        except Exception:
            fail("%s: bad Date" % p)
        all_mids.add(em["Message-ID"])
        parsed[em["Message-ID"]] = em
for msg in S.MSG:
    if msg["mid"] not in all_mids:
        fail("%s is in no mailbox" % msg["key"])
    for r in msg["refs"] + ([msg["irt"]] if msg["irt"] else []):
        if r not in all_mids:
            fail("%s references a missing message %s" % (msg["key"], r))
    if msg["dt"] > AS_OF:
        fail("%s is after as_of" % msg["key"])
    for a in msg["ag"]:
        if a["quote"] not in msg["new_text"]:
            fail("%s: quote not in the new text: %s" % (msg["key"], a["quote"]))
        t = text_of(parsed[msg["mid"]])
        if a["quote"] not in t:
            fail("%s: quote not in the parsed message text: %s" % (msg["key"], a["quote"]))
        if a["status"] == "open" and a["due"] and a["due"] < AS_OF.date().isoformat():
            fail("%s: open promise past due" % msg["key"])
        if a["status"] == "broken" and not a["due"]:
            fail("%s: broken promise with no day" % msg["key"])
for group in ("agreed", "inbound", "complaints"):
    for item in truth[group]:
        if item["message_id"] not in all_mids:
            fail("truth %s: unknown message %s" % (group, item["message_id"]))
dir_clients = {r[0] for r in S.CLIENTS}
for n in truth["negotiations"]:
    c = n["client"]
    if c not in dir_clients and not (("@" in c) and c.split("@")[1] in FREE_MAIL):
        fail("truth client %s is neither in clients.csv nor a free-mail address" % c)
    if n["manager"] not in MGR:
        fail("truth manager %s unknown" % n["manager"])
    if n["stage_evidence"] is None:
        fail("negotiation %s/%s has no evidence" % (c, n["product"]))
    if n["next_contact"] and n["next_contact"] < "2026-12-10" and n["stage"] in ("won", "lost"):
        fail("closed deal with an overdue next contact %s" % c)
for c in truth["calls"]:
    if c["client"] is not None and c["client"] not in dir_clients and "@" not in c["client"]:
        fail("call client %s unknown" % c["client"])
prods = {"LOAN", "BG", "ACQ", "PAYROLL", "CASH", "DEP"}
for n in truth["negotiations"]:
    if n["product"] not in prods:
        fail("unknown product %s" % n["product"])
# sizes the guide asks for
n_msgs, n_events, n_calls = len(S.MSG), len(S.EV), len(S.CALLS)
two_way_clients = {n["client"] for n in truth["negotiations"]}
if not 150 <= n_msgs <= 200:
    fail("messages: %d, want 150-200" % n_msgs)
if not 15 <= n_events <= 25:
    fail("events: %d, want 15-25" % n_events)
if not 20 <= n_calls <= 30:
    fail("calls: %d, want 20-30" % n_calls)
if not 14 <= len(two_way_clients) <= 18:
    fail("clients with a conversation: %d, want 14-18" % len(two_way_clients))
future = [e for e in S.EV if e["start"] > "2026-12-10 18:00"]
if not future:
    fail("no event after as_of")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)

from collections import Counter
print("messages %d, Maildir files %d, events %d (files %d, %d after as_of), calls %d" %
      (n_msgs, maildir_files, n_events, event_files, len(future), n_calls))
print("negotiations %d: %s" % (len(truth["negotiations"]), dict(Counter(n["stage"] for n in truth["negotiations"]))))
print("agreed %d: %s" % (len(truth["agreed"]), dict(Counter(a["status"] for a in truth["agreed"]))))
print("inbound %d, complaints %d (about us %d), clients with a conversation %d" %
      (len(truth["inbound"]), len(truth["complaints"]), sum(c["about_us"] for c in truth["complaints"]), len(two_way_clients)))
print("all checks passed")
