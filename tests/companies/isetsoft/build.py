#!/usr/bin/env python3
"""Собирает из story.py почтовые ящики (Maildir), календари (.ics), журнал звонков,
справочник клиентов, план, продажи и truth.json, затем проверяет результат.

Только стандартная библиотека; результат детерминирован (никакого текущего времени и
случайности без фиксированного зерна). Запуск: python3 build.py
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
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

sys.dont_write_bytecode = True
import story  # noqa: E402

ROOT = os.path.dirname(os.path.abspath(__file__))
P = story.PEOPLE
FREE_MAIL = {"gmail.com", "mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"}
OUTLOOKISH = {"outlook", "outlook_client", "outlook_by", "outlook_html", "exchange", "m365"}
MANAGERS = [k for k, v in P.items() if v["kind"] == "manager"]
MAILBOX_DIR = {"shestakova": "shestakova", "garipov": "garipov", "vyatkin": "vyatkin",
               "kolesnikova": "kolesnikova", "saburova": "saburova"}
EXT = {"100": "shestakova", "102": "garipov", "103": "vyatkin", "104": "kolesnikova", "105": "saburova"}
AS_OF = datetime.fromisoformat(story.AS_OF)
COMPANY_TZ = timezone(timedelta(hours=5))

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
MONTHS_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
DOW_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DOW_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def hx(s, n=32):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def hnum(s, mod):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % mod


def tzinfo(offset):
    sign = 1 if offset[0] == "+" else -1
    h, m = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def domain(addr):
    return addr.split("@", 1)[1].lower()


# ------------------------------------------------------------------ message ids per mail client
def make_msgid(key, style, addr):
    d = domain(addr)
    h = hx("mid:" + key, 64)
    if style in ("outlook", "outlook_client", "outlook_by", "outlook_html"):
        return "<%s01dc%s$%s$%s$@%s>" % (h[:4], h[4:8], h[8:16], h[16:24], d)
    if style == "exchange":
        return "<%s@EXCH01.%s.local>" % (h[:32], d.split(".")[0])
    if style == "m365":
        box = "PAXPR04MB%d" % (7000 + hnum(addr, 2999))
        return "<%s%s@%s.eurprd04.prod.outlook.com>" % (box, h[:40].upper(), box)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], d)
    if style in ("yandex", "yandex_mobile"):
        return "<%d@mail.yandex.ru>" % (1000000000000000 + hnum(h, 8999999999999999))
    if style in ("mailru", "mailru_mobile"):
        return "<%d.%d@f%d.i.mail.ru>" % (1760000000 + hnum(h + "a", 9999999), 100000000 + hnum(h + "b", 899999999),
                                         100 + hnum(h + "c", 800))
    if style == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        body = "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 64, 2))
        return "<CA%s%s@mail.gmail.com>" % (body, h[:10])
    if style == "iphone":
        u = h.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], d)
    if style == "myoffice":
        return "<%s@mail.%s>" % (h[:24], d)
    if style == "thebat":
        return "<%d.%s@%s>" % (1000000000 + hnum(h, 899999999), "{stamp}", d)
    if style == "newsletter":
        return "<%s.%d@mailer.%s>" % (h[:20], hnum(h, 10 ** 8), d)
    if style == "daemon":
        return "<%s@forward%d.mail.yandex.net>" % (h[:24], 100 + hnum(h, 400))
    raise ValueError(style)


MAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_client": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_by": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_html": ("X-Mailer", "Microsoft Outlook 15.0"),
    "exchange": ("X-Mailer", "Microsoft Outlook 16.0"),
    "m365": None,
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "yandex": ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
    "yandex_mobile": ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "mailru_mobile": ("X-Mailer", "Mail.Ru Mobile Mailer"),
    "gmail": None,
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "myoffice": ("X-Mailer", "MyOffice Mail"),
    "thebat": ("X-Mailer", "The Bat! (v10.5.3) Professional"),
    "newsletter": ("X-Mailer", "Sendsay Mailer"),
    "daemon": None,
}

FOOTER = {
    "iphone": "Отправлено с iPhone",
    "yandex_mobile": "-- \nОтправлено из мобильной Яндекс Почты",
    "mailru_mobile": "--\nОтправлено из мобильной Почты Mail.ru",
}


def boundary(style, key, i):
    h = hx("b%s%d" % (key, i), 24)
    if style in OUTLOOKISH:
        return "----=_NextPart_%03d_%s_%s.%s" % (i, h[:4].upper(), h[4:12].upper(), h[12:20].upper())
    if style == "gmail":
        return "0000000000%s" % h[:18]
    if style in ("yandex", "yandex_mobile", "mailru", "mailru_mobile"):
        return "--_%s_%s" % (h[:10], h[10:20])
    return "------------%s" % h[:24]


def enc_header(value, name):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode(linesep="\n")


def addr_header(pairs):
    return ",\n ".join(formataddr((n, a), "utf-8") for n, a in pairs)


# ------------------------------------------------------------------ quoting in the style of the replier's client
def fmt_people(keys_or_addrs):
    out = []
    for k in keys_or_addrs:
        p = P[k]
        out.append("%s <%s>" % (p["name"], p["addr"]))
    return "; ".join(out)


def quote_header(style, parent, ptime_local):
    p = P[parent["frm"]]
    t = ptime_local
    if style in OUTLOOKISH:
        lines = ["От: %s <%s>" % (p["name"], p["addr"]),
                 "Отправлено: %s, %d %s %d г. %d:%02d" % (DOW_FULL[t.weekday()], t.day, MONTHS_GEN[t.month - 1], t.year,
                                                          t.hour, t.minute),
                 "Кому: %s" % fmt_people(parent["to"])]
        if parent["cc"]:
            lines.append("Копия: %s" % fmt_people(parent["cc"]))
        lines.append("Тема: %s" % parent["_subject"])
        return "\n".join(lines)
    if style == "thunderbird":
        return "%02d.%02d.%d %d:%02d, %s пишет:" % (t.day, t.month, t.year, t.hour, t.minute, p["name"])
    if style in ("yandex", "yandex_mobile"):
        return '%02d.%02d.%d, %02d:%02d, "%s" <%s>:' % (t.day, t.month, t.year, t.hour, t.minute, p["name"], p["addr"])
    if style in ("mailru", "mailru_mobile"):
        off = t.strftime("%z")
        return "%s, %d %s %d, %d:%02d %s:%s от %s <%s>:" % (DOW_FULL[t.weekday()].capitalize(), t.day,
                                                            MONTHS_GEN[t.month - 1], t.year, t.hour, t.minute,
                                                            off[:3], off[3:], p["name"], p["addr"])
    if style == "gmail":
        return "%s, %d %s %d г. в %d:%02d, %s <%s>:" % (DOW_SHORT[t.weekday()], t.day, MONTHS_SHORT[t.month - 1], t.year,
                                                       t.hour, t.minute, p["name"], p["addr"])
    if style == "iphone":
        return "%d %s %d г., в %d:%02d, %s <%s> написал(а):" % (t.day, MONTHS_SHORT[t.month - 1], t.year, t.hour,
                                                              t.minute, p["name"], p["addr"])
    if style == "myoffice":
        return ("-------- Исходное сообщение --------\nОт: %s <%s>\nДата: %02d.%02d.%d %d:%02d\nКому: %s\nТема: %s"
                % (p["name"], p["addr"], t.day, t.month, t.year, t.hour, t.minute, fmt_people(parent["to"]),
                   parent["_subject"]))
    if style == "thebat":
        return "Вы писали %d %s %d г., %d:%02d:" % (t.day, MONTHS_GEN[t.month - 1], t.year, t.hour, t.minute)
    return "%s <%s> wrote:" % (p["name"], p["addr"])


def prefix_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def reply_subject(style, base):
    if style in ("mailru", "mailru_mobile"):
        m = re.match(r"^Re(?:\[(\d+)\])?:\s*(.*)$", base)
        if m:
            n = int(m.group(1) or 1) + 1
            return "Re[%d]: %s" % (n, m.group(2))
        return "Re: " + base
    if style == "myoffice":
        return base if base.startswith("Ответ:") else "Ответ: " + base
    if style in OUTLOOKISH:
        m = re.match(r"^(?:RE|Re|re):\s*(.*)$", base)
        return "RE: " + (m.group(1) if m else base)
    if re.match(r"^(re|ответ)(\[\d+\])?:", base, re.I):
        return base
    return "Re: " + base


# ------------------------------------------------------------------ html
def text_to_html(text):
    paras = re.split(r"\n{2,}", text.strip("\n"))
    out = []
    for para in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def wrap_html(inner, style):
    if style in OUTLOOKISH:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
                '<body lang="RU" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>' % inner)
    return '<html><head><meta charset="utf-8"></head><body>\n%s\n</body></html>' % inner


def html_quote_block(style, header, parent_inner):
    hdr = html.escape(header).replace("\n", "<br>\n")
    if style in OUTLOOKISH:
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal">%s</p></div>\n%s' % (hdr, parent_inner))
    if style == "gmail":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">%s</blockquote></div>' % (hdr, parent_inner))
    if style in ("mailru", "mailru_mobile"):
        return ('<div>%s<br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
                '<div id="">%s</div></blockquote></div>' % (hdr, parent_inner))
    return "<div>%s</div><blockquote>%s</blockquote>" % (hdr, parent_inner)


# ------------------------------------------------------------------ attachments (tiny dummy content)
def attachment_bytes(name):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return ("application", "pdf", ("%%PDF-1.4\n%% %s\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n"
                                        % hx(name, 16)).encode("ascii"))
    if ext in ("docx", "xlsx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            zi = zipfile.ZipInfo("[Content_Types].xml", date_time=(2026, 10, 1, 0, 0, 0))
            z.writestr(zi, '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            zi = zipfile.ZipInfo("docProps/app.xml", date_time=(2026, 10, 1, 0, 0, 0))
            z.writestr(zi, "<Properties><Company>%s</Company></Properties>" % hx(name, 12))
        sub = ("vnd.openxmlformats-officedocument.wordprocessingml.document" if ext == "docx"
               else "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return ("application", sub, buf.getvalue())
    if ext == "jpg":
        return ("image", "jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes.fromhex(hx(name, 32)) + b"\xff\xd9")
    return ("application", "octet-stream", hx(name).encode())


# ------------------------------------------------------------------ build messages
def build_messages():
    msgs = story.MESSAGES
    by_key = {}
    for m in msgs:
        if m["key"] in by_key:
            raise SystemExit("duplicate key " + m["key"])
        by_key[m["key"]] = m
    for m in msgs:
        p = P[m["frm"]]
        tz = tzinfo(p["tz"])
        base = datetime.strptime(m["when"], "%Y-%m-%d %H:%M")
        m["_dt"] = base.replace(second=hnum("sec" + m["key"], 60), tzinfo=tz)
        m["_style"] = m["style"] or p["style"]
    msgs = sorted(msgs, key=lambda m: m["_dt"])
    for m in msgs:
        p = P[m["frm"]]
        style = m["_style"]
        mid = make_msgid(m["key"], style, p["addr"])
        if "{stamp}" in mid:
            mid = mid.replace("{stamp}", m["_dt"].strftime("%Y%m%d%H%M%S"))
        m["_mid"] = mid
        parent = by_key.get(m["parent"]) if m["parent"] else None
        if m["parent"] and parent is None:
            raise SystemExit("%s: unknown parent %s" % (m["key"], m["parent"]))
        if parent is not None and parent["_dt"] >= m["_dt"]:
            raise SystemExit("%s is not later than its parent %s" % (m["key"], parent["key"]))
        # subject
        if m["subj"]:
            subject = m["subj"]
        elif parent is not None:
            if m["fwd"]:
                subject = ("FW: " if style in OUTLOOKISH else "Fwd: ") + parent["_subject"]
            else:
                subject = reply_subject(style, parent["_subject"])
        else:
            raise SystemExit("%s: no subject" % m["key"])
        m["_subject"] = subject
        # text: new text + signature + footer
        new_text = m["body"]
        sig = p.get("sig", "")
        if m["sig"] is False:
            sig = ""
        parts = [new_text]
        if sig:
            parts.append(sig)
        if style in FOOTER:
            parts.append(FOOTER[style])
        external = any(P[r]["kind"] not in ("manager", "staff") for r in m["to"] + m["cc"])
        if p["kind"] == "manager" and style in OUTLOOKISH and external:
            parts.append(story.DISCLAIMER)
        own_text = "\n\n".join(parts)
        own_html = text_to_html(own_text)
        plain = own_text
        inner_html = own_html
        if parent is not None and m["quote"]:
            ptime = parent["_dt"].astimezone(tzinfo(p["tz"]))
            hdr = quote_header(style, parent, ptime)
            if m["fwd"]:
                hdr = ("-----Original Message-----\n" if style in OUTLOOKISH else "-------- Пересылаемое сообщение --------\n") + \
                    quote_header("outlook", parent, ptime)
                plain = own_text + "\n\n" + hdr + "\n\n" + parent["_plain"]
                inner_html = own_html + "\n" + html_quote_block("outlook", hdr, parent["_inner_html"])
            elif style in OUTLOOKISH or style == "myoffice":
                plain = own_text + "\n\n" + ("_" * 32 + "\n" if style in OUTLOOKISH else "") + hdr + "\n\n" + parent["_plain"]
                inner_html = own_html + "\n" + html_quote_block(style, hdr, parent["_inner_html"])
            elif style == "iphone":
                plain = own_text + "\n\n" + prefix_lines(hdr + "\n\n" + parent["_plain"])
                inner_html = own_html + "\n" + html_quote_block(style, hdr, parent["_inner_html"])
            else:
                plain = own_text + "\n\n" + hdr + "\n" + prefix_lines(parent["_plain"])
                inner_html = own_html + "\n" + html_quote_block(style, hdr, parent["_inner_html"])
        m["_plain"] = plain
        m["_inner_html"] = inner_html
        m["_new_text"] = new_text
        # headers, encoded by hand (RFC 2047 words split on character boundaries, as mail clients do)
        hdrs = [("Message-ID", mid), ("Date", format_datetime(m["_dt"])), ("From", addr_header([(p["name"], p["addr"])]))]
        if m["to_override"]:
            hdrs.append(("To", addr_header([(P[m["to"][0]]["name"], m["to_override"])])))
        else:
            hdrs.append(("To", addr_header([(P[r]["name"], P[r]["addr"]) for r in m["to"]])))
        if m["cc"]:
            hdrs.append(("Cc", addr_header([(P[r]["name"], P[r]["addr"]) for r in m["cc"]])))
        hdrs.append(("Subject", enc_header(subject, "Subject")))
        if parent is not None and not m["fwd"]:
            refs = (parent.get("_refs") or []) + [parent["_mid"]]
            m["_refs"] = refs[-10:]
            hdrs.append(("In-Reply-To", parent["_mid"]))
            hdrs.append(("References", "\n ".join(m["_refs"])))
        else:
            m["_refs"] = []
        mailer = MAILER.get(style)
        if mailer:
            hdrs.append(mailer)
        if style in OUTLOOKISH:
            hdrs.append(("Thread-Topic", enc_header(re.sub(r"^(RE|FW|Re|Fwd|Ответ):\s*", "", subject), "Thread-Topic")))
            hdrs.append(("Thread-Index", "AQ" + hx("ti" + (m["_refs"][0] if m["_refs"] else mid), 30)))
            hdrs.append(("Content-Language", "ru-RU"))
        for k, v in m["extra_headers"].items():
            hdrs.append((k, v))
        em = EmailMessage(policy=policy.default)
        # body
        html_doc = wrap_html(inner_html, style)
        if style == "daemon":
            em.set_content(plain, subtype="plain", charset="utf-8", cte="8bit")
        elif style in ("outlook_html", "newsletter"):
            em.set_content(html_doc, subtype="html", charset="utf-8", cte="quoted-printable")
        elif style in ("thunderbird",):
            em.set_content(plain, subtype="plain", charset="utf-8", cte="8bit")
        elif style == "thebat":
            em.set_content(plain, subtype="plain", charset="windows-1251", cte="8bit")
        elif style == "iphone":
            em.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
        else:
            cte = "quoted-printable" if style in OUTLOOKISH or style in ("gmail", "yandex", "yandex_mobile") else "base64"
            em.set_content(plain, subtype="plain", charset="utf-8", cte=cte)
            em.add_alternative(html_doc, subtype="html", charset="utf-8", cte=cte)
        atts = list(m["att"])
        if m["fwd"] and parent is not None:
            atts = list(parent["att"]) + atts
        for name in atts:
            maintype, subtype, data = attachment_bytes(name)
            em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        for i, part in enumerate(em.walk()):
            if part.is_multipart():
                part.set_boundary(boundary(style, m["key"], i))
        mime = em.as_bytes(policy=policy.default.clone(max_line_length=78))
        head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
        m["_bytes"] = head + mime
    return msgs, by_key


def write_maildirs(msgs):
    base = os.path.join(ROOT, "mail")
    if os.path.exists(base):
        shutil.rmtree(base)
    for k in MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(base, MAILBOX_DIR[k], sub), exist_ok=True)
    written = []
    n = 0
    for m in msgs:
        n += 1
        ts = int(m["_dt"].timestamp())
        data = m["_bytes"]
        stem = "%d.M%dP%dQ%d.mail-iset-soft,S=%d" % (ts, hnum("us" + m["key"], 999999), 4000 + hnum("pid" + m["key"], 5000),
                                                       n, len(data))
        targets = []
        if P[m["frm"]]["kind"] == "manager":
            targets.append(os.path.join(base, MAILBOX_DIR[m["frm"]], ".Sent", "cur", stem + ":2,S"))
        for r in dict.fromkeys(m["to"] + m["cc"]):
            if r in MANAGERS and r != m["frm"]:
                unread = m["new"] or (m["_dt"] >= AS_OF - timedelta(hours=5))
                if unread:
                    targets.append(os.path.join(base, MAILBOX_DIR[r], "new", stem))
                else:
                    targets.append(os.path.join(base, MAILBOX_DIR[r], "cur", stem + ":2,S"))
        if not targets:
            raise SystemExit("%s lands in no mailbox" % m["key"])
        for t in targets:
            with open(t, "wb") as f:
                f.write(data)
            written.append(t)
    return written


# ------------------------------------------------------------------ calendars
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def write_calendars():
    base = os.path.join(ROOT, "calendar")
    if os.path.exists(base):
        shutil.rmtree(base)
    for k in MANAGERS:
        os.makedirs(os.path.join(base, MAILBOX_DIR[k]), exist_ok=True)
    files = []
    for e in story.EVENTS:
        org = P[e["organizer"]]
        if e["uid"]:
            uid = e["uid"]
        elif org["style"] in OUTLOOKISH:
            uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid" + e["key"], 32).upper()
        else:
            uid = "%s@%s" % (hx("uid" + e["key"], 26), "yandex.ru" if org["style"].startswith("yandex") or org["style"] == "thunderbird"
                             else domain(org["addr"]))
        e["_uid"] = uid
        start = datetime.strptime(e["start"], "%Y-%m-%d %H:%M")
        end = datetime.strptime(e["end"], "%Y-%m-%d %H:%M")
        created = min(start - timedelta(days=3 + hnum("st" + e["key"], 5)),
                      AS_OF.replace(tzinfo=None) - timedelta(days=1 + hnum("st2" + e["key"], 3), hours=7))
        stamp = (created - timedelta(hours=5)).strftime("%Y%m%dT%H%M%SZ")
        prodid = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if org["style"] in OUTLOOKISH else "-//Yandex LLC//Yandex Calendar//EN"
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN",
                 "BEGIN:VTIMEZONE", "TZID:Asia/Yekaterinburg", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                 "TZOFFSETFROM:+0500", "TZOFFSETTO:+0500", "TZNAME:+05", "END:STANDARD", "END:VTIMEZONE",
                 "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
                 "DTSTART;TZID=Asia/Yekaterinburg:" + start.strftime("%Y%m%dT%H%M%S"),
                 "DTEND;TZID=Asia/Yekaterinburg:" + end.strftime("%Y%m%dT%H%M%S"),
                 "SUMMARY:" + ics_escape(e["summary"])]
        if e["rrule"]:
            lines.append("RRULE:" + e["rrule"])
        if e["location"]:
            lines.append("LOCATION:" + ics_escape(e["location"]))
        if e["description"]:
            lines.append("DESCRIPTION:" + ics_escape(e["description"]))
        lines.append('ORGANIZER;CN="%s":mailto:%s' % (org["name"], org["addr"]))
        for a in e["attendees"]:
            pa = P[a]
            lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:%s' % (pa["name"], pa["addr"]))
        lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        body = "\r\n".join(fold(l) for l in lines) + "\r\n"
        for owner in e["owners"]:
            path = os.path.join(base, MAILBOX_DIR[owner], "%s.ics" % hx("file" + e["key"] + owner, 20))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(body)
            files.append(path)
    return files


# ------------------------------------------------------------------ call log (облачная АТС, выгрузка «Журнал вызовов»)
CALL_HEADER = ["ID звонка", "Дата и время начала", "Направление", "Линия", "Сотрудник", "Внутр. номер",
               "Номер клиента", "Ожидание, сек", "Длительность разговора, сек", "Результат", "Комментарий"]
SHORT_NAME = {"shestakova": "Шестакова Ольга", "garipov": "Гарипов Денис", "vyatkin": "Вяткин Артём",
              "kolesnikova": "Колесникова Марина", "saburova": "Сабурова Елена"}


def write_calls():
    calls = sorted(story.CALLS, key=lambda c: c["when"])
    rows = []
    for i, c in enumerate(calls):
        c["_row"] = i + 2
        t = datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S")
        rows.append([
            "%d%06d" % (1765000000 + i * 7919, hnum("cid" + c["key"], 10 ** 6)),
            t.strftime("%d.%m.%Y %H:%M:%S"),
            c["direction"],
            "" if c["direction"] == "Внутренний" else "73433104480",
            SHORT_NAME[EXT[c["ext"]]],
            c["ext"],
            c["phone"],
            str(3 + hnum("w" + c["key"], 25)),
            str(c["seconds"]),
            c["result"],
            c["note"],
        ])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CALL_HEADER)
    w.writerows(rows)
    with open(os.path.join(ROOT, "calls.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1251"))
    return calls


def write_csv(name, header, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ------------------------------------------------------------------ truth
def build_truth(msgs, by_key, calls):
    call_by_key = {c["key"]: c for c in calls}
    ev_by_key = {e["key"]: e for e in story.EVENTS}

    def ref(k):
        if k is None:
            return None
        if k in by_key:
            return by_key[k]["_mid"]
        if k.startswith("call:"):
            return "calls.csv row %d" % call_by_key[k[5:]]["_row"]
        if k in call_by_key:
            return "calls.csv row %d" % call_by_key[k]["_row"]
        if k in ev_by_key:
            return ev_by_key[k]["_uid"]
        raise SystemExit("unknown reference " + k)

    negs = []
    for n in story.NEGOTIATIONS:
        negs.append({
            "client": n["client"],
            "manager": P[n["manager"]]["addr"],
            "product": n["product"],
            "stage": n["stage"],
            "stage_evidence": ref(n["evidence"]),
            "next_contact": n["next_contact"],
            "next_contact_source": n["next_source"],
            "amount": {"minor": n["amount"] * 100, "currency": "RUB"} if n["amount"] is not None else None,
            "expected_close": n["close"],
        })
    agreed, inbound, complaints = [], [], []
    for m in msgs:
        sender = P[m["frm"]]
        for a in m["agreed"]:
            agreed.append({"message_id": m["_mid"], "side": a["side"], "who": sender["addr"], "quote": a["quote"],
                           "due": a["due"], "status": a["status"]})
        if m["inbound"] is not None:
            by = m["inbound"]["by"]
            if by is None:
                replies = [x for x in msgs if x["parent"] == m["key"] and P[x["frm"]]["kind"] == "manager"]
                by = replies[0]["key"] if replies else None
            inbound.append({"message_id": m["_mid"], "needs_answer": m["inbound"]["needs"], "answered": by is not None,
                            "answered_by": ref(by)})
        if m["complaint"] is not None:
            mgr = next(r for r in m["to"] if r in MANAGERS)
            complaints.append({"message_id": m["_mid"], "manager": P[mgr]["addr"], "about_us": m["complaint"]})
    truth = {
        "as_of": story.AS_OF,
        "timezone": story.TIMEZONE,
        "negotiations": negs,
        "not_negotiations": [{"address": a, "why": w} for a, w in story.NOT_NEGOTIATIONS],
        "agreed": agreed,
        "inbound": inbound,
        "complaints": complaints,
        "calls": [{"row": c["_row"], "manager": P[EXT[c["ext"]]]["addr"], "client": c["client"]} for c in calls],
    }
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


# ------------------------------------------------------------------ checks
def body_text(msg):
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            texts.append(t)
    return "\n".join(texts)


def check(msgs, by_key, files, truth, calls):
    problems = []
    parser = BytesParser(policy=policy.default)
    seen_ids = {}
    for path in files:
        with open(path, "rb") as f:
            msg = parser.parse(f)
        if msg.defects:
            problems.append("%s: defects %s" % (path, msg.defects))
        for h in ("Message-ID", "Date", "From", "Subject"):
            if not msg[h]:
                problems.append("%s: no %s" % (path, h))
        seen_ids[msg["Message-ID"]] = msg
        try:
            body_text(msg)
        except Exception as exc:  # noqa
            problems.append("%s: body does not decode: %s" % (path, exc))
    by_mid = {m["_mid"]: m for m in msgs}
    for mid, msg in seen_ids.items():
        m = by_mid.get(mid)
        if m is None:
            continue
        if str(msg["Subject"]) != m["_subject"]:
            problems.append("%s: subject does not round-trip: %r" % (m["key"], str(msg["Subject"])))
        if msg["From"].addresses[0].display_name != P[m["frm"]]["name"]:
            problems.append("%s: From name does not round-trip" % m["key"])
        if msg["MIME-Version"] != "1.0":
            problems.append("%s: no MIME-Version" % m["key"])
    all_ids = {m["_mid"] for m in msgs}
    if set(seen_ids) != all_ids:
        problems.append("maildir ids differ from story ids")
    for mid, msg in seen_ids.items():
        for h in ("In-Reply-To", "References"):
            if msg[h]:
                for r in re.findall(r"<[^>]+>", str(msg[h])):
                    if r not in all_ids:
                        problems.append("%s: %s points to unknown %s" % (mid, h, r))
    # agreed quotes verbatim in the message's new text and in the stored body
    as_of_day = AS_OF.date().isoformat()
    for m in msgs:
        for a in m["agreed"]:
            if a["quote"] not in m["_new_text"]:
                problems.append("%s: quote not in new text: %s" % (m["key"], a["quote"]))
            stored = body_text(seen_ids[m["_mid"]])
            if a["quote"] not in stored:
                problems.append("%s: quote not in stored body: %s" % (m["key"], a["quote"]))
            side_ok = (a["side"] == "manager") == (P[m["frm"]]["kind"] == "manager")
            if not side_ok:
                problems.append("%s: side %s does not match sender" % (m["key"], a["side"]))
            if a["status"] not in ("open", "kept", "broken"):
                problems.append("%s: bad status" % m["key"])
            if a["due"]:
                if a["status"] == "open" and a["due"] < as_of_day:
                    problems.append("%s: open promise already overdue (%s)" % (m["key"], a["due"]))
                if a["status"] == "broken" and a["due"] > as_of_day:
                    problems.append("%s: broken promise not yet due (%s)" % (m["key"], a["due"]))
        if m["_dt"] > AS_OF:
            problems.append("%s: after as_of" % m["key"])
        if m["_dt"] < AS_OF - timedelta(days=62):
            problems.append("%s: before the 8-week window" % m["key"])
        # every message from a client, an intermediary or a prospect to a manager is labelled inbound
        kind = P[m["frm"]]["kind"]
        to_manager = any(r in MANAGERS for r in m["to"] + m["cc"])
        if kind in ("client", "intermediary", "prospect") and to_manager and m["inbound"] is None:
            problems.append("%s: client message without an inbound label" % m["key"])
        if m["inbound"] is not None and kind not in ("client", "intermediary", "prospect"):
            problems.append("%s: inbound label on a %s" % (m["key"], kind))
    # directory
    with open(os.path.join(ROOT, "clients.csv"), encoding="utf-8") as f:
        names = {r["client"] for r in csv.DictReader(f)}
    for n in truth["negotiations"]:
        c = n["client"]
        if c not in names and not ("@" in c and domain(c) in FREE_MAIL):
            problems.append("truth client not in clients.csv and not free mail: " + c)
        if n["stage_evidence"] is None:
            problems.append("no evidence for " + c)
        if n["next_contact"] and n["next_contact_source"] is None:
            problems.append("next contact without source for " + c)
    for c in truth["calls"]:
        if c["client"] is not None and c["client"] not in names:
            problems.append("call client not in directory: %s" % c["client"])
    for i in truth["inbound"]:
        if i["needs_answer"] and i["answered"] and not i["answered_by"]:
            problems.append("answered without reference: " + i["message_id"])
    # negotiation keys
    keys = [(n["client"], n["manager"], n["product"]) for n in truth["negotiations"]]
    if len(set(keys)) != len(keys):
        problems.append("duplicate negotiation")
    return problems


def main():
    msgs, by_key = build_messages()
    files = write_maildirs(msgs)
    ics = write_calendars()
    calls = write_calls()
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones", "emails", "kind"], story.CLIENTS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              [list(r) + ["RUB"] for r in story.SALES])
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
              [list(r) + ["RUB" if r[5] == "amount" else ""] for r in story.PLANS])
    truth = build_truth(msgs, by_key, calls)
    problems = check(msgs, by_key, files, truth, calls)
    stages = {}
    for n in truth["negotiations"]:
        stages[n["stage"]] = stages.get(n["stage"], 0) + 1
    statuses = {}
    for a in truth["agreed"]:
        statuses[a["status"]] = statuses.get(a["status"], 0) + 1
    print("messages: %d, maildir files: %d, events: %d (ics files %d), calls: %d" % (
        len(msgs), len(files), len(story.EVENTS), len(ics), len(calls)))
    print("negotiations: %d %s" % (len(truth["negotiations"]), stages))
    print("agreed: %d %s; inbound: %d; complaints: %d; not_negotiations: %d" % (
        len(truth["agreed"]), statuses, len(truth["inbound"]), len(truth["complaints"]), len(truth["not_negotiations"])))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("checks: ok")


if __name__ == "__main__":
    main()
