#!/usr/bin/env python3
"""Builds the company's files from story.py and checks them.

Standard library only, deterministic: every "random" choice comes from a hash of the item's key.
Writes mail/<manager>/ Maildirs, calendar/<manager>/*.ics, calls.csv, clients.csv, sales.csv,
plans.csv and truth.json, then checks what it wrote. Exit code 1 on any failed check.
"""
import csv
import datetime as dt
import email.policy
import email.utils
import hashlib
import html
import io
import json
import os
import re
import shutil
import sys
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import story as S  # noqa: E402

P = S.P
MSG = {m["key"]: m for m in S.MSGS}
MANAGERS = [k for k, p in P.items() if p["cat"] == "mgr"]
MGR_DIR = {"zimina": "zimina", "krylov": "krylov", "belova": "belova", "melnikov": "melnikov"}
EXT = {"zimina": "101", "krylov": "102", "belova": "103", "melnikov": "104"}
FREE_MAIL = ("gmail.com", "mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "ya.ru", "outlook.com", "hotmail.com")
POLICY = email.policy.default.clone(linesep="\n", max_line_length=998)
AS_OF = dt.datetime.fromisoformat(S.AS_OF)
MSK = dt.timezone(dt.timedelta(hours=3))
PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def h(key, n=8):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def hnum(key, mod):
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % mod


def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    hh, mm = off[1:].split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hh), minutes=int(mm)))


def when(m):
    """The message's moment, in the sender's zone, with seconds from the key."""
    if "_dt" not in m:
        tz = tzinfo(P[m["frm"]]["tz"])
        base = dt.datetime.strptime(m["when"], "%Y-%m-%d %H:%M")
        m["_dt"] = base.replace(second=3 + hnum(m["key"], 55), tzinfo=tz)
    return m["_dt"]


def mua(m):
    return m["mua"] or P[m["frm"]]["mua"]


# ------------------------------------------------------------------ dates as mail clients write them
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def in_zone(d, who):
    return d.astimezone(tzinfo(P[who]["tz"]))


def ampm(d, secs=False):
    h12 = d.hour % 12 or 12
    s = "%d:%02d" % (h12, d.minute)
    if secs:
        s += ":%02d" % d.second
    return s + (" AM" if d.hour < 12 else " PM")


def names(keys):
    return "; ".join("%s <%s>" % (P[k]["name"], P[k]["addr"]) for k in keys)


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def quote_header(style, parent, replier):
    """The line(s) a mail client writes above the quoted message, in the replier's zone."""
    d = in_zone(when(parent), replier)
    name, addr = P[parent["frm"]]["name"], P[parent["frm"]]["addr"]
    subj = subject(parent)
    if style in ("outlook_ru", "exch_ru"):
        lines = ["От: %s <%s>" % (name, addr),
                 "Отправлено: %s, %d %s %d г. %d:%02d" % (RU_WD[d.weekday()], d.day, RU_MON_GEN[d.month - 1], d.year, d.hour, d.minute),
                 "Кому: %s" % names(parent["to"])]
        if parent["cc"]:
            lines.append("Копия: %s" % names(parent["cc"]))
        lines.append("Тема: %s" % subj)
        return lines
    if style in ("outlook_en", "m365_en"):
        lines = ["From: %s <%s>" % (name, addr),
                 "Sent: %s, %s %d, %d %s" % (EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, ampm(d)),
                 "To: %s" % names(parent["to"])]
        if parent["cc"]:
            lines.append("Cc: %s" % names(parent["cc"]))
        lines.append("Subject: %s" % subj)
        return lines
    if style == "zimbra_en":
        lines = ["----- Original Message -----",
                 'From: "%s" <%s>' % (name, addr),
                 "To: " + ", ".join('"%s" <%s>' % (P[k]["name"], P[k]["addr"]) for k in parent["to"])]
        if parent["cc"]:
            lines.append("Cc: " + ", ".join('"%s" <%s>' % (P[k]["name"], P[k]["addr"]) for k in parent["cc"]))
        lines += ["Sent: %s, %s %d, %d %s" % (EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, ampm(d, True)),
                  "Subject: %s" % subj]
        return lines
    if style == "lotus_ru":
        return ['-----"%s" <%s> написал: -----' % (name, addr),
                "Кому: " + ", ".join('"%s" <%s>' % (P[k]["name"], P[k]["addr"]) for k in parent["to"]),
                'От: "%s" <%s>' % (name, addr),
                "Дата: %02d.%02d.%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute),
                "Тема: %s" % subj]
    if style == "gmail_ru":
        return ["%s, %d %s %d г. в %02d:%02d, %s <%s>:" % (RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1],
                                                       d.year, d.hour, d.minute, name, addr)]
    if style == "gmail_en":
        return ["On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (EN_WD[d.weekday()][:3], d.day, EN_MON[d.month - 1][:3],
                                                              d.year, d.hour, d.minute, name, addr)]
    if style in ("iphone_ru", "mac_ru"):
        return ["%d %s %d г., в %d:%02d, %s <%s> написал(а):" % (d.day, RU_MON_SHORT[d.month - 1], d.year, d.hour, d.minute,
                                                            name, addr)]
    if style == "iphone_en":
        return ["On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (d.day, EN_MON[d.month - 1][:3], d.year, d.hour, d.minute, name, addr)]
    if style == "mailru":
        return ["%s, %d %s %d, %02d:%02d %s от %s <%s>:" % (RU_WD[d.weekday()].capitalize(), d.day, RU_MON_GEN[d.month - 1], d.year,
                                                      d.hour, d.minute, d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:],
                                                      name, addr)]
    if style == "yandex":
        return ['%02d.%02d.%d, %02d:%02d, "%s" <%s>:' % (d.day, d.month, d.year, d.hour, d.minute, name, addr)]
    if style == "thunderbird_ru":
        return ["%02d.%02d.%d %02d:%02d, %s пишет:" % (d.day, d.month, d.year, d.hour, d.minute, name)]
    raise ValueError(style)


# ------------------------------------------------------------------ subjects
def subject(m):
    if "_subj" in m:
        return m["_subj"]
    if m["subj"]:
        s = m["subj"]
    elif m["fwd"]:
        s = "FW: " + subject(MSG[m["fwd"]])
    elif m["re"]:
        base = subject(MSG[m["re"]])
        style = mua(m)
        if style == "lotus_ru":
            s = base if base.startswith("Ответ:") else "Ответ: " + base
        else:
            pre = "RE: " if style in ("outlook_ru", "exch_ru", "outlook_en", "m365_en") else "Re: "
            s = pre + re.sub(r"^(re|RE|Re):\s*", "", base)
    else:
        raise ValueError("no subject for " + m["key"])
    m["_subj"] = s
    return s


# ------------------------------------------------------------------ message ids
def message_id(m):
    if "_mid" in m:
        return m["_mid"]
    k = m["key"]
    frm = P[m["frm"]]
    dom = frm["addr"].split("@")[1]
    style = mua(m)
    x = hashlib.sha256(("mid:" + k).encode()).hexdigest().upper()
    if frm["cat"] == "robot" and frm["key"] == "etp":
        mid = "<%s.%s@notify.etp-zakupki.ru>" % (x[:16].lower(), hnum(k, 10 ** 6))
    elif frm["key"] == "daemon":
        mid = "<%s@mail-%s.yandex.net>" % (x[:20].lower(), hnum(k, 900) + 100)
    elif style == "newsletter":
        mid = "<%s.%s@mailer.%s>" % (x[:24].lower(), hnum(k, 10 ** 7), dom)
    elif style in ("outlook_ru", "outlook_en"):  # our Outlook desktop over Yandex 360
        mid = "<%s01dc%s$%s$%s$@%s>" % (x[:4].lower(), x[4:8].lower(), x[8:16].lower(), x[16:24].lower(), dom)
    elif style == "exch_ru":
        srv = {"sgbank.ru": "MSK-EXCH02", "trustinvest.ru": "TIB-MBX01", "uralteh-holding.ru": "EKB-EX01",
               "stroyprofil.ru": "SRV-EXCH", "lexprime.ru": "LP-MAIL", "nordline.ru": "NL-EX16",
               "fabrika12-loft.ru": "FAB-EX", "sosnovybor-club.ru": "SB-EXCH", "volzhskaya-zhemchuzhina.ru": "VZ-MAIL",
               "cifroforum.ru": "CF-EX19", "hrbase-pro.ru": "MAIL"}.get(dom, "EXCH01")
        mid = "<%s@%s.%s>" % (x[:32].lower(), srv, dom)
    elif style == "m365_en":
        box = "%sPR0%sMB%s" % (["AM", "DB", "AS", "VI", "PA"][hnum(dom, 5)], hnum(dom, 9) + 1, 1000 + hnum(dom, 8999))
        mid = "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (box, x[:32], box, hnum(dom, 8) + 1)
    elif style in ("gmail_ru", "gmail_en"):
        b = hashlib.sha256(("g:" + k).encode()).digest()
        import base64
        tok = base64.b64encode(b + b[:6]).decode().replace("/", "_").rstrip("=")
        mid = "<CA%s@mail.gmail.com>" % tok[:44]
    elif style in ("iphone_ru", "iphone_en", "mac_ru"):
        mid = "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    elif style == "mailru":
        mid = "<%d.%d@f%d.i.mail.ru>" % (int(when(m).timestamp()), hnum(k, 10 ** 9), 100 + hnum(k, 800))
    elif style == "yandex":
        mid = "<%d%d@mail.yandex.ru>" % (hnum(k, 10 ** 6), int(when(m).timestamp()))
    elif style == "zimbra_en":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (hnum(k, 10 ** 9), hnum(k + "a", 10 ** 6), int(when(m).timestamp() * 1000), dom)
    elif style == "lotus_ru":
        mid = "<OF%s.%s-ON%s.%s@%s>" % (x[:8], x[8:16], x[16:24], x[24:32], dom)
    elif style == "thunderbird_ru":
        mid = "<%s-%s-%s-%s-%s@%s>" % (x[:8].lower(), x[8:12].lower(), x[12:16].lower(), x[16:20].lower(), x[20:32].lower(), dom)
    elif style == "robot":
        mid = "<%s@%s>" % (x[:24].lower(), dom)
    else:
        raise ValueError(style)
    m["_mid"] = mid
    return mid


# ------------------------------------------------------------------ text of a message
CYR = re.compile("[а-яА-ЯёЁ]")


def signature(m):
    p = P[m["frm"]]
    if not m["sig"] or m["auto"]:
        return ""
    sig = p["sig"]
    if isinstance(sig, dict):
        lang = m["lang"] or ("ru" if CYR.search(m["body"]) else "en")
        sig = sig.get(lang) or sig.get("ru")
    return sig or ""


def new_text(m):
    """What the writer typed, with the signature, disclaimer and the client's own tag line."""
    parts = [m["body"]]
    sig = signature(m)
    if sig:
        parts.append(sig)
    style = mua(m)
    if style == "iphone_ru" and not m["auto"]:
        parts.append("Отправлено с iPhone")
    if style == "iphone_en" and not m["auto"]:
        parts.append("Sent from my iPhone")
    disc = P[m["frm"]]["disc"]
    if disc and not m["auto"]:
        parts.append(disc)
    return "\n\n".join(parts)


def full_text(m):
    """The plain text of the whole message: new text and the quoted history below it."""
    if "_text" in m:
        return m["_text"]
    text = new_text(m)
    parent = MSG[m["fwd"]] if m["fwd"] else (MSG[m["re"]] if m["re"] else None)
    style = mua(m)
    if parent is not None and (m["quote"] and not m["auto"]):
        ptext = full_text(parent)
        if m["fwd"]:
            hdr = quote_header("outlook_ru" if style in ("outlook_ru", "exch_ru") else "outlook_en", parent, m["frm"])
            text += "\n\n________________________________\n" + "\n".join(hdr) + "\n\n" + ptext
        elif style in ("outlook_ru", "exch_ru", "outlook_en", "m365_en"):
            text += "\n\n________________________________\n" + "\n".join(quote_header(style, parent, m["frm"])) + "\n\n" + ptext
        elif style in ("zimbra_en", "lotus_ru"):
            text += "\n\n" + "\n".join(quote_header(style, parent, m["frm"])) + "\n\n" + ptext
        elif style in ("iphone_ru", "iphone_en", "mac_ru"):
            hdr = quote_header(style, parent, m["frm"])[0]
            text += "\n\n> " + hdr + "\n> \n" + quote_lines(ptext)
        elif style in ("gmail_ru", "gmail_en", "mailru", "yandex", "thunderbird_ru"):
            hdr = quote_header(style, parent, m["frm"])[0]
            text += "\n\n" + hdr + "\n" + quote_lines(ptext)
        else:
            raise ValueError(style)
    m["_text"] = text
    return text


def text_to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def inner_html(m):
    if "_html" in m:
        return m["_html"]
    style = mua(m)
    body = text_to_html(new_text(m))
    parent = MSG[m["fwd"]] if m["fwd"] else (MSG[m["re"]] if m["re"] else None)
    if parent is not None and m["quote"] and not m["auto"]:
        phtml = inner_html(parent)
        if m["fwd"] or style in ("outlook_ru", "exch_ru", "outlook_en", "m365_en"):
            hst = "outlook_ru" if style in ("outlook_ru", "exch_ru") else "outlook_en"
            hdr = quote_header(hst, parent, m["frm"])
            hl = []
            for line in hdr:
                k, _, v = line.partition(": ")
                hl.append("<b>%s:</b> %s" % (html.escape(k), html.escape(v, quote=False)))
            body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     '<p class="MsoNormal">' + "<br>\n".join(hl) + "</p></div>\n" + phtml)
        elif style in ("gmail_ru", "gmail_en"):
            hdr = quote_header(style, parent, m["frm"])[0]
            body += ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(hdr, quote=False) +
                     '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">\n' + phtml + "\n</blockquote></div>")
        elif style in ("zimbra_en", "lotus_ru"):
            hdr = quote_header(style, parent, m["frm"])
            body += ("\n<hr>\n<div>" + "<br>\n".join(html.escape(l, quote=False) for l in hdr) + "</div>\n<br>\n" + phtml)
        else:
            hdr = quote_header(style, parent, m["frm"])[0]
            body += "\n<div>" + html.escape(hdr, quote=False) + '</div>\n<blockquote type="cite">\n' + phtml + "\n</blockquote>"
    m["_html"] = body
    return body


def html_doc(m):
    style = mua(m)
    inner = inner_html(m)
    if style in ("outlook_ru", "exch_ru", "outlook_en", "m365_en"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                + inner + "\n</div></body></html>")
    if style == "newsletter":
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
                '<body style="margin:0;background:#f4f4f4"><table width="600" align="center" cellpadding="0" '
                'cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:24px">\n'
                % html.escape(subject(m)) + inner + "\n</td></tr></table>"
                '<img src="https://t.%s/open/%s.gif" width="1" height="1" alt=""></body></html>'
                % (P[m["frm"]]["addr"].split("@")[1], h(m["key"], 12)))
    if style in ("gmail_ru", "gmail_en"):
        return '<div dir="ltr">' + inner + "</div>"
    return "<html><body>\n" + inner + "\n</body></html>"


# ------------------------------------------------------------------ attachments and invitations
MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
        "zip": ("application", "zip"), "jpg": ("image", "jpeg")}


def dummy(name):
    ext = name.rsplit(".", 1)[1].lower()
    tag = ("dummy content of " + name).encode("utf-8")
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n% " + tag + b"\ntrailer <</Root 1 0 R>>\n%%EOF\n"
    if ext == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + tag + b"\xff\xd9"
    return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + tag


EV = {e["key"]: e for e in S.EVENTS}


def event_uid(e):
    x = hashlib.sha256(("uid:" + e["key"]).encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + x[:16] + "0000000000000000100000000" + x[16:48]


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ev_dt(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def ics_text(e, method=None, partstat_for=None):
    created = ev_dt(e["created"]).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0"]
    if method:
        lines.append("METHOD:" + method)
    lines += ["BEGIN:VTIMEZONE", "TZID:Europe/Moscow", "BEGIN:STANDARD", "DTSTART:19700101T000000",
              "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:MSK", "END:STANDARD", "END:VTIMEZONE",
              "BEGIN:VEVENT",
              "UID:" + event_uid(e),
              "DTSTAMP:" + created, "CREATED:" + created, "LAST-MODIFIED:" + created,
              "DTSTART;TZID=Europe/Moscow:" + ev_dt(e["start"]).strftime("%Y%m%dT%H%M%S"),
              "DTEND;TZID=Europe/Moscow:" + ev_dt(e["end"]).strftime("%Y%m%dT%H%M%S"),
              "SUMMARY:" + ics_escape(e["summary"])]
    if e["location"]:
        lines.append("LOCATION:" + ics_escape(e["location"]))
    if e["description"]:
        lines.append("DESCRIPTION:" + ics_escape(e["description"]))
    org = P[e["organizer"]]
    lines.append('ORGANIZER;CN="%s":mailto:%s' % (org["name"], org["addr"]))
    for a in e["attendees"]:
        pa = P[a]
        ps = "NEEDS-ACTION" if method == "REQUEST" else "ACCEPTED"
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (pa["name"], ps, pa["addr"]))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "CLASS:PUBLIC",
              "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ------------------------------------------------------------------ one .eml
def addr_header(keys):
    return ", ".join(email.utils.formataddr((P[k]["name"], P[k]["addr"])) for k in keys)


def build_eml(m):
    style = mua(m)
    frm = P[m["frm"]]
    msg = EmailMessage(policy=POLICY)
    d = when(m)
    msg["Date"] = email.utils.format_datetime(d)
    msg["From"] = email.utils.formataddr((frm["name"], frm["addr"]))
    msg["To"] = addr_header(m["to"])
    if m["cc"]:
        msg["Cc"] = addr_header(m["cc"])
    msg["Subject"] = subject(m)
    msg["Message-ID"] = message_id(m)
    if m["re"] and not m["fwd"]:
        parent = MSG[m["re"]]
        msg["In-Reply-To"] = message_id(parent)
        refs = references(parent) + [message_id(parent)]
        msg["References"] = " ".join(refs[-10:])
    if style in ("outlook_ru", "exch_ru"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "ru"
        msg["Thread-Topic"] = re.sub(r"^((RE|FW|Re|Отв|Ответ): ?)+", "", subject(m))
    elif style in ("outlook_en", "m365_en"):
        if style == "outlook_en":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Content-Language"] = "en-US"
        msg["X-MS-Has-Attach"] = "yes" if m["att"] else ""
    elif style == "iphone_ru" or style == "iphone_en":
        msg["X-Mailer"] = "iPhone Mail (22B91)"
    elif style == "mac_ru":
        msg["X-Mailer"] = "Apple Mail (2.3826.300.87.4.3)"
    elif style == "thunderbird_ru":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "ru"
    elif style == "mailru":
        msg["X-Mailer"] = "Mail.Ru Mailer 1.0"
    elif style == "zimbra_en":
        msg["X-Mailer"] = "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - GC119 (Win)/8.8.15_GA_4562)"
    elif style == "lotus_ru":
        msg["X-Mailer"] = "Lotus Domino Web Server Release 9.0.1FP10 HF197"
        msg["X-MIMETrack"] = "Serialize by Router on CEP-MAIL01/CEP(Release 9.0.1FP10) at %s" % d.strftime("%d.%m.%Y %H:%M:%S")
    elif style == "newsletter":
        dom = frm["addr"].split("@")[1]
        msg["List-Unsubscribe"] = "<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>" % (dom, h(m["key"] + "u", 16), dom)
        msg["List-Id"] = "<news.%s>" % dom
        msg["Precedence"] = "bulk"
    if m["auto"]:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        if frm["key"] != "daemon":
            msg["X-Autoreply"] = "yes"
    if frm["key"] == "etp":
        msg["Auto-Submitted"] = "auto-generated"
    for k, v in m["headers"].items():
        msg[k] = v

    text = full_text(m)
    plain_only = style in ("iphone_ru", "iphone_en", "mac_ru", "thunderbird_ru", "robot") or m["auto"]
    html_only = style in ("newsletter", "zimbra_en", "lotus_ru")
    if plain_only:
        if style in ("iphone_ru", "iphone_en", "mac_ru"):
            msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
            msg.set_param("format", "flowed")
            msg.set_param("delsp", "yes")
        else:
            msg.set_content(text, subtype="plain", charset="utf-8", cte="8bit" if style == "robot" else "quoted-printable")
    elif html_only:
        msg.set_content(html_doc(m), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable" if style != "gmail_ru" and style != "gmail_en" else "base64")
        msg.add_alternative(html_doc(m), subtype="html", charset="utf-8",
                            cte="quoted-printable" if not style.startswith("gmail") else "base64")
    if m["ics"]:
        e = EV[m["ics"]]
        cal = ics_text(e, method="REQUEST")
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        part = EmailMessage(policy=POLICY)
        part.set_content(cal, subtype="calendar", charset="utf-8", cte="base64")
        part.set_param("method", "REQUEST")
        msg.attach(part)
    for name in m["att"]:
        ext = name.rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(dummy(name), maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            x = hashlib.sha1(("b:%s:%d" % (m["key"], n)).encode()).hexdigest()
            if style in ("gmail_ru", "gmail_en"):
                part.set_boundary("000000000000" + x[:16])
            elif style in ("outlook_ru", "exch_ru", "outlook_en", "m365_en"):
                part.set_boundary("_%03d_%s_" % (n, x[:24].upper()))
            else:
                part.set_boundary("----=_Part_%d_%s" % (n, x[:18]))
            n += 1
    return msg.as_bytes(policy=POLICY)


def references(m):
    if "_refs" in m:
        return m["_refs"]
    if m["re"] and not m["fwd"]:
        r = references(MSG[m["re"]]) + [message_id(MSG[m["re"]])]
    else:
        r = []
    m["_refs"] = r
    return r


# ------------------------------------------------------------------ writing
def clean():
    for d in ("mail", "calendar"):
        p = os.path.join(HERE, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
    for f in ("calls.csv", "clients.csv", "sales.csv", "plans.csv", "truth.json"):
        p = os.path.join(HERE, f)
        if os.path.exists(p):
            os.remove(p)


def maildir(base):
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)


def write_mail():
    count = 0
    for mk in MANAGERS:
        root = os.path.join(HERE, "mail", MGR_DIR[mk])
        maildir(root)
        for folder in (".Sent", ".Drafts", ".Trash"):
            maildir(os.path.join(root, folder))
            open(os.path.join(root, folder, "maildirfolder"), "w").close()
        with open(os.path.join(root, "subscriptions"), "w") as f:
            f.write("Sent\nDrafts\nTrash\n")
    unread_from = dt.datetime(2026, 12, 9, 0, 0, tzinfo=MSK)
    for i, m in enumerate(sorted(S.MSGS, key=when)):
        data = build_eml(m)
        m["_bytes"] = data
        ts = int(when(m).timestamp())
        places = []
        if P[m["frm"]]["cat"] == "mgr":
            places.append((m["frm"], ".Sent", "S"))
        for r in m["to"] + m["cc"]:
            if P[r]["cat"] == "mgr" and r != m["frm"]:
                places.append((r, "", "" if when(m) >= unread_from else "S"))
        for n, (mk, folder, flags) in enumerate(places):
            name = "%d.M%06dP%d.mx1.granmarshrut.ru,S=%d,W=%d:2,%s" % (
                ts, hnum(m["key"] + mk, 10 ** 6), 2100 + i, len(data), len(data.replace(b"\n", b"\r\n")), flags)
            path = os.path.join(HERE, "mail", MGR_DIR[mk], folder, "cur", name)
            with open(path, "wb") as f:
                f.write(data)
            count += 1
        m["_places"] = places
    return count


def write_calendar():
    n = 0
    for mk in MANAGERS:
        os.makedirs(os.path.join(HERE, "calendar", MGR_DIR[mk]), exist_ok=True)
    for e in S.EVENTS:
        who = [k for k in [e["organizer"]] + e["attendees"] if P[k]["cat"] == "mgr"]
        text = ics_text(e)
        for mk in who:
            path = os.path.join(HERE, "calendar", MGR_DIR[mk], event_uid(e)[-16:].lower() + ".ics")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            n += 1
    return n


CALL_HEADER = ["ID вызова", "Дата", "Время", "Направление", "Внутренний номер", "ФИО сотрудника", "Номер абонента",
               "Ожидание, сек", "Длительность, сек", "Статус", "Комментарий"]
EMPLOYEE = {"101": "Зимина Ольга", "102": "Крылов Дмитрий", "103": "Белова Анастасия", "104": "Мельников Кирилл"}


def write_calls():
    rows = []
    for i, c in enumerate(S.CALLS):
        d = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S")
        epoch = int(d.replace(tzinfo=MSK).timestamp())
        cid = "%d.%d" % (epoch, 41873 + 37 * i + hnum(c["key"], 30))
        rows.append([cid, d.strftime("%d.%m.%Y"), d.strftime("%H:%M:%S"), c["direction"], c["ext"], EMPLOYEE[c["ext"]],
                     c["number"], str(c["wait"]), str(c["dur"]), c["status"], c["note"]])
        c["_row"] = i + 2
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(CALL_HEADER)
    w.writerows(rows)
    with open(os.path.join(HERE, "calls.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ------------------------------------------------------------------ truth
CALL = {c["key"]: c for c in S.CALLS}


def ref(x):
    if x is None:
        return None
    if x.startswith("call:"):
        return "calls.csv row %d" % CALL[x[5:]]["_row"]
    if x.startswith("event:"):
        return event_uid(EV[x[6:]])
    return message_id(MSG[x])


def truth():
    t = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": [], "not_negotiations": [],
         "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in S.NEGOTIATIONS:
        t["negotiations"].append({
            "client": n["client"], "manager": P[n["manager"]]["addr"], "product": n["product"], "stage": n["stage"],
            "stage_evidence": ref(n["evidence"]), "next_contact": n["next"], "next_contact_source": n["next_source"],
            "amount": {"minor": n["amount"] * 100, "currency": "RUB"} if n["amount"] is not None else None,
            "expected_close": n["close"]})
    for a, why in S.NOT_NEGOTIATIONS:
        t["not_negotiations"].append({"address": a, "why": why})
    for m in sorted(S.MSGS, key=when):
        side = "manager" if P[m["frm"]]["cat"] == "mgr" else "client"
        for q, due, status in m["agreed"]:
            t["agreed"].append({"message_id": message_id(m), "side": side, "who": P[m["frm"]]["addr"], "quote": q,
                                "due": due, "status": status})
        if m["inb"] is not None:
            needs, by = m["inb"]
            t["inbound"].append({"message_id": message_id(m), "needs_answer": needs, "answered": by is not None,
                                 "answered_by": ref(by)})
        if m["complaint"] is not None:
            mgr = [r for r in m["to"] + m["cc"] if P[r]["cat"] == "mgr"][0]
            t["complaints"].append({"message_id": message_id(m), "manager": P[mgr]["addr"], "about_us": m["complaint"]})
    ext_mgr = {v: P[k]["addr"] for k, v in EXT.items()}
    for c in S.CALLS:
        t["calls"].append({"row": c["_row"], "manager": ext_mgr[c["ext"]], "client": c["client"]})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return t


# ------------------------------------------------------------------ checks
def plain_of(msg):
    """The text a reader sees: the text/plain part, or the HTML part's text."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    s = body.get_content()
    if body.get_content_type() == "text/html":
        s = html.unescape(re.sub(r"<br>\n?", "\n", s))
        s = re.sub(r"<[^>]+>", "", s)
    return s


def check(t):
    ids = {message_id(m) for m in S.MSGS}
    if len(ids) != len(S.MSGS):
        problem("duplicate Message-IDs")
    parser = BytesParser(policy=email.policy.default)
    n_files = 0
    for root, dirs, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            if fn in ("maildirfolder", "subscriptions"):
                continue
            n_files += 1
            with open(os.path.join(root, fn), "rb") as f:
                msg = parser.parse(f)
            for hname in ("Message-ID", "Date", "From", "Subject"):
                if not msg[hname]:
                    problem("%s: no %s" % (fn, hname))
            if msg.defects:
                problem("%s: defects %r" % (fn, msg.defects))
            for part in msg.walk():
                if part.is_multipart():
                    continue
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problem("%s: part does not decode: %s" % (fn, exc))
            for hname in ("In-Reply-To", "References"):
                for r in re.findall(r"<[^>]+>", str(msg[hname] or "")):
                    if r not in ids:
                        problem("%s: %s names an unknown message %s" % (fn, hname, r))
    # labels refer to what exists, and make sense
    for m in S.MSGS:
        for k in m["to"] + m["cc"] + [m["frm"]]:
            if k not in P:
                problem("%s: unknown person %s" % (m["key"], k))
        if m["re"] and m["re"] not in MSG:
            problem("%s: unknown parent %s" % (m["key"], m["re"]))
        if when(m) > AS_OF:
            problem("%s: after as_of" % m["key"])
        if m["re"] and when(MSG[m["re"]]) >= when(m):
            problem("%s: written before its parent %s" % (m["key"], m["re"]))
        parsed = parser.parsebytes(m["_bytes"])
        shown = plain_of(parsed)
        for q, due, status in m["agreed"]:
            if q not in m["body"]:
                problem("%s: quote not in the new text: %s" % (m["key"], q))
            if q not in shown:
                problem("%s: quote not in the message as sent: %s" % (m["key"], q))
            if status not in ("open", "kept", "broken"):
                problem("%s: bad status %s" % (m["key"], status))
            if due and status == "open" and dt.date.fromisoformat(due) < AS_OF.date():
                problem("%s: open promise already past due: %s" % (m["key"], q))
        frm_cat = P[m["frm"]]["cat"]
        to_mgr = any(P[r]["cat"] == "mgr" for r in m["to"] + m["cc"])
        if frm_cat in ("client", "intermediary") and to_mgr and not m["auto"]:
            if m["inb"] is None:
                problem("%s: inbound without a label" % m["key"])
        elif m["inb"] is not None:
            problem("%s: inbound label on a message that is not from a client to a manager" % m["key"])
        if m["inb"] is not None and m["inb"][1]:
            by = m["inb"][1]
            if by.startswith("call:"):
                c = CALL[by[5:]]
                cd = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=MSK)
                if cd < when(m) or c["dur"] == 0:
                    problem("%s: answered by a call before it or not answered" % m["key"])
            else:
                if when(MSG[by]) < when(m):
                    problem("%s: answered by an earlier message" % m["key"])
    # clients of the truth
    with open(os.path.join(HERE, "clients.csv"), encoding="utf-8") as f:
        names_ = {r["client"] for r in csv.DictReader(f)}
    for n in t["negotiations"]:
        c = n["client"]
        if c not in names_ and not ("@" in c and c.split("@")[1] in FREE_MAIL):
            problem("truth client neither in clients.csv nor free mail: %s" % c)
    for c in t["calls"]:
        if c["client"] and c["client"] not in names_ and "@" not in c["client"]:
            problem("call row %d: client %s not in the directory" % (c["row"], c["client"]))
    for n in S.NEGOTIATIONS:
        ev_ = n["evidence"]
        if not (ev_.startswith("call:") and ev_[5:] in CALL or ev_.startswith("event:") and ev_[6:] in EV or ev_ in MSG):
            problem("unknown evidence %s" % ev_)
    for e in S.EVENTS:
        for k in [e["organizer"]] + e["attendees"]:
            if k not in P:
                problem("event %s: unknown person %s" % (e["key"], k))
    # each .ics has one VEVENT with what the guide asks
    for root, dirs, files in os.walk(os.path.join(HERE, "calendar")):
        for fn in files:
            s = open(os.path.join(root, fn), encoding="utf-8").read()
            if s.count("BEGIN:VEVENT") != 1 or "DTSTART;TZID=" not in s or "mailto:" not in s or "UID:" not in s:
                problem("calendar file %s is incomplete" % fn)
    return n_files


def figures(t, n_files, n_ics):
    from collections import Counter
    st = Counter(n["stage"] for n in t["negotiations"])
    ag = Counter(a["status"] for a in t["agreed"])
    side = Counter(a["side"] for a in t["agreed"])
    after = sum(1 for e in S.EVENTS if ev_dt(e["start"]) > AS_OF)
    print("messages: %d; Maildir files: %d" % (len(S.MSGS), n_files))
    print("events: %d (%d after as_of); .ics files: %d" % (len(S.EVENTS), after, n_ics))
    print("calls: %d rows" % len(S.CALLS))
    print("negotiations: %d; by stage: %s" % (len(t["negotiations"]),
                                              ", ".join("%s %d" % (k, st[k]) for k in
                                                        ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"])))
    print("agreed: %d (%s; manager %d, client %d)" % (len(t["agreed"]), ", ".join("%s %d" % (k, ag[k]) for k in ("kept", "broken", "open")),
                                                     side["manager"], side["client"]))
    print("inbound: %d (needs answer %d, unanswered %d)" % (len(t["inbound"]), sum(1 for i in t["inbound"] if i["needs_answer"]),
                                                           sum(1 for i in t["inbound"] if i["needs_answer"] and not i["answered"])))
    print("complaints: %d (about us %d)" % (len(t["complaints"]), sum(1 for c in t["complaints"] if c["about_us"])))
    print("not negotiations: %d" % len(t["not_negotiations"]))
    clients = {n["client"] for n in t["negotiations"]}
    print("clients in conversation: %d" % len(clients))


def main():
    clean()
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones", "emails", "kind"], S.CLIENTS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              [r + ("RUB",) for r in S.SALES])
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
              [r + ("RUB",) for r in S.PLANS])
    n_written = write_mail()
    n_ics = write_calendar()
    write_calls()
    t = truth()
    n_files = check(t)
    if n_files != n_written:
        problem("wrote %d Maildir files, found %d" % (n_written, n_files))
    figures(t, n_files, n_ics)
    if PROBLEMS:
        print("\n%d problem(s):" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
