#!/usr/bin/env python3
"""Build the Brightwell test company from story.py: Maildirs, .ics calendars, calls.csv,
clients.csv, plans.csv, sales.csv and truth.json; then check what was written.

Standard library only, deterministic. Run: python3 build.py
"""
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import random
import re
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True
import story  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
AS_OF = dt.datetime.fromisoformat(story.AS_OF)
P = story.PEOPLE
MANAGERS = story.MANAGERS
FREEMAIL = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "live.com",
            "mail.ru", "yandex.ru", "btinternet.com"}

errors = []


def fail(msg):
    errors.append(msg)


def rng(*parts):
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


def local_dt(when, tz):
    naive = dt.datetime.strptime(when, "%Y-%m-%d %H:%M" if when.count(":") == 1 else "%Y-%m-%d %H:%M:%S")
    z = ZoneInfo(tz)
    r = rng("sec", when, tz)
    return naive.replace(tzinfo=z, second=naive.second or r.randint(0, 59))


def is_us(key):
    return P[key]["org"] == "us"


def addr(key):
    p = P[key]
    return formataddr((p["name"], p["email"]))


def domain(email_addr):
    return email_addr.rsplit("@", 1)[1].lower()


# ------------------------------------------------------------------ Message-IDs

def message_id(m):
    p = P[m["frm"]]
    r = rng("mid", m["key"])
    def hexs(n):
        return "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    def digits(n):
        return "".join(r.choice("0123456789") for _ in range(n))
    style = p["ids"]
    if style in ("m365uk", "nhsmail", "m365me", "m365in", "m365au", "outlookcom"):
        prefix, region = {
            "m365uk": ("LO%sP%sMB" % (r.choice("0234"), digits(3)), "GBRP%s" % digits(3)),
            "nhsmail": ("LO%sP%sMB" % (r.choice("0"), digits(3)), "GBRP%s" % digits(3)),
            "m365me": ("DU%sP%sMB" % (r.choice("02"), digits(3)), "EURP%s" % digits(3)),
            "m365in": ("PN%sPR%sMB" % (r.choice("23"), digits(2)), "INDPRD%s" % digits(2)),
            "m365au": ("SY%sP%sMB" % (r.choice("045"), digits(3)), "AUSP%s" % digits(3)),
            "outlookcom": ("AS%sP%sMB" % (r.choice("48"), digits(3)), "EURP%s" % digits(3)),
        }[style]
        host = prefix + digits(4)
        return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (host, hexs(32), host, region)
    if style == "m365nl":
        host = "AM%sPR%sMB%s" % (r.choice("089"), digits(2), digits(4))
        return "<%s%s@%s.eurprd%s.prod.outlook.com>" % (host, hexs(32), host, digits(2))
    if style == "exch":
        return "<%s@SRV-EXCH01.%s>" % (hexs(32).lower(), domain(p["email"]))
    if style == "exchde":
        return "<%s@EX2019-01.kaufmann-optik.local>" % hexs(32).lower()
    if style in ("gmail", "gworkspace"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-"
        return "<CA%s@mail.gmail.com>" % "".join(r.choice(alphabet) for _ in range(44))
    if style == "apple":
        u = hexs(32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain(p["email"]))
    if style == "docusign":
        return "<%s@docusign.net>" % hexs(32).lower()
    if style == "form":
        return "<%s.%s@brightwellfs.co.uk>" % (hexs(16).lower(), digits(10))
    # bulk senders
    return "<%s.%s@mailer.%s>" % (m["dt"].astimezone(UTC).strftime("%Y%m%d%H%M%S"), hexs(12).lower(),
                                    domain(p["email"]))


# ------------------------------------------------------------------ quoting styles

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def names_list(keys):
    return "; ".join(addr(k) for k in keys)


def header_block(parent, mua, in_tz):
    """The 'From: ... Sent: ...' block a mail client writes above the quoted message."""
    t = parent["dt"].astimezone(ZoneInfo(in_tz))
    frm = addr(parent["frm"])
    to = names_list(parent["to"])
    cc = names_list(parent["cc"]) if parent["cc"] else ""
    subj = parent["subject"]
    if mua == "outlook_de":
        sent = "%s, %d. %s %d %s" % (DAYS_DE[t.weekday()], t.day, MONTHS_DE[t.month - 1], t.year, t.strftime("%H:%M"))
        lines = [("Von", frm), ("Gesendet", sent), ("An", to)] + ([("Cc", cc)] if cc else []) + [("Betreff", subj)]
    elif mua == "outlook_nl":
        sent = "%s %d %s %d %s" % (DAYS_NL[t.weekday()], t.day, MONTHS_NL[t.month - 1], t.year, t.strftime("%H:%M"))
        lines = [("Van", frm), ("Verzonden", sent), ("Aan", to)] + ([("CC", cc)] if cc else []) + [("Onderwerp", subj)]
    elif mua == "outlook_mac":
        h = t.hour % 12 or 12
        sent = "%s, %d %s %d at %d:%02d %s" % (DAYS_EN[t.weekday()], t.day, MONTHS_EN[t.month - 1], t.year, h,
                                              t.minute, "am" if t.hour < 12 else "pm")
        lines = [("From", frm), ("Date", sent), ("To", to)] + ([("Cc", cc)] if cc else []) + [("Subject", subj)]
    elif mua in ("outlook_us", "outlook_ios"):
        h = t.hour % 12 or 12
        if mua == "outlook_ios":
            sent = "%s, %s %d, %d %d:%02d:%02d %s" % (DAYS_EN[t.weekday()], MONTHS_EN[t.month - 1], t.day, t.year,
                                                      h, t.minute, t.second, "AM" if t.hour < 12 else "PM")
        else:
            sent = "%s, %s %d, %d %d:%02d %s" % (DAYS_EN[t.weekday()], MONTHS_EN[t.month - 1], t.day, t.year, h,
                                                 t.minute, "AM" if t.hour < 12 else "PM")
        lines = [("From", frm), ("Sent", sent), ("To", to)] + ([("Cc", cc)] if cc else []) + [("Subject", subj)]
    else:  # outlook_uk
        sent = "%s, %d %s %d %s" % (DAYS_EN[t.weekday()], t.day, MONTHS_EN[t.month - 1], t.year, t.strftime("%H:%M"))
        lines = [("From", frm), ("Sent", sent), ("To", to)] + ([("Cc", cc)] if cc else []) + [("Subject", subj)]
    return lines


def gmail_attr(parent, in_tz):
    t = parent["dt"].astimezone(ZoneInfo(in_tz))
    return "On %s, %d %s %d at %s, %s wrote:" % (DAYS_EN[t.weekday()][:3], t.day, MONTHS_EN[t.month - 1][:3],
                                                t.year, t.strftime("%H:%M"), addr(parent["frm"]))


def iphone_attr(parent, in_tz):
    t = parent["dt"].astimezone(ZoneInfo(in_tz))
    return "On %d %s %d, at %s, %s wrote:" % (t.day, MONTHS_EN[t.month - 1][:3], t.year, t.strftime("%H:%M"),
                                             addr(parent["frm"]))


def prefix_lines(text, pfx="> "):
    return "\n".join((pfx + l) if l else pfx.rstrip() for l in text.split("\n"))


def paras_html(text):
    out = []
    for block in text.split("\n\n"):
        out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in block.split("\n")))
    return "\n".join(out)


# ------------------------------------------------------------------ composing each message

REPLY_PREFIX = {"outlook_uk": "RE: ", "outlook_us": "RE: ", "outlook_ios": "RE: ", "outlook_de": "AW: ",
                "outlook_nl": "Antw: ", "outlook_mac": "Re: ", "gmail": "Re: ", "iphone": "Re: ", "bulk": "Re: ",
                "form": "Re: "}
FWD_PREFIX = {"outlook_uk": "FW: ", "outlook_us": "FW: ", "outlook_de": "WG: ", "outlook_nl": "FW: ",
              "gmail": "Fwd: ", "iphone": "Fwd: ", "outlook_mac": "Fw: ", "outlook_ios": "FW: "}
PREFIX_RE = re.compile(r"^\s*((re|aw|antw|fw|fwd|wg)\s*:\s*)+", re.I)


def compose(m, by_key):
    p = P[m["frm"]]
    mua = p["mua"]
    parent = by_key.get(m["reply"]) if m["reply"] else None
    fwd = by_key.get(m["fwd"]) if m["fwd"] else None
    src = parent or fwd
    if src is not None and src["dt"] >= m["dt"]:
        fail("%s: answers or forwards %s, which is not earlier" % (m["key"], src["key"]))
    # subject
    if m["subj"]:
        subject = m["subj"]
    elif fwd is not None:
        subject = FWD_PREFIX.get(mua, "FW: ") + PREFIX_RE.sub("", fwd["subject"])
    elif parent is not None:
        base = PREFIX_RE.sub("", parent["subject"])
        subject = REPLY_PREFIX.get(mua, "Re: ") + base
    else:
        fail("%s: no subject" % m["key"])
        subject = ""
    m["subject"] = subject

    # the new text with the writer's signature
    new_plain = m["body"].rstrip("\n")
    sig = p["sig"] if m["sig"] else ""
    disc = p["disc"] if m["sig"] else ""
    footer_plain = ""
    if mua == "iphone":
        if sig:
            new_plain += "\n\n" + sig
        footer_plain = "Sent from my iPhone"
    elif mua == "outlook_ios":
        if sig:
            new_plain += "\n\n" + sig
        footer_plain = "Sent from Outlook for iOS"
    else:
        if sig:
            new_plain += "\n\n" + sig
        if disc:
            new_plain += "\n\n" + disc
    m["new_text"] = m["body"]

    plain = new_plain
    inner = '<div class="body">\n' + paras_html(new_plain) + "\n</div>"
    if footer_plain:
        plain += "\n\n" + footer_plain
        inner += "\n<p>%s</p>" % html.escape(footer_plain)

    quote_src = src if (src is not None and (m["quote"] or fwd is not None)) else None
    if quote_src is not None:
        if fwd is not None:
            if mua == "gmail":
                block = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
                    addr(fwd["frm"]), format_datetime(fwd["dt"]), fwd["subject"], names_list(fwd["to"]))
                plain += "\n\n" + block + "\n" + fwd["plain"]
                inner += "<br><div class=\"gmail_quote\">%s<br>%s</div>" % (
                    paras_html(block), fwd["inner"])
            else:
                lines = header_block(fwd, mua, p["tz"])
                block = "\n".join("%s: %s" % kv for kv in lines)
                plain += "\n\n________________________________\n" + block + "\n\n" + fwd["plain"]
                inner += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                          '<p class="MsoNormal">%s</p></div>\n%s' % (
                              "<br>\n".join("<b>%s:</b> %s" % (html.escape(k), html.escape(v)) for k, v in lines),
                              fwd["inner"]))
        elif mua == "gmail":
            attr = gmail_attr(parent, p["tz"])
            plain += "\n\n" + attr + "\n\n" + prefix_lines(parent["plain"])
            inner += ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html.escape(attr), parent["inner"]))
        elif mua == "iphone":
            attr = iphone_attr(parent, p["tz"])
            plain += "\n\n" + prefix_lines(attr + "\n\n" + parent["plain"])
            inner += '\n<div><br><blockquote type="cite">%s<br><br>%s</blockquote></div>' % (
                html.escape(attr), parent["inner"])
        else:
            lines = header_block(parent, mua, p["tz"])
            block = "\n".join("%s: %s" % kv for kv in lines)
            sep = "________________________________\n" if mua in ("outlook_us", "outlook_ios", "outlook_nl") else ""
            plain += "\n\n" + sep + block + "\n\n" + parent["plain"]
            inner += ('\n<div id="appendonsend"></div><hr style="display:inline-block;width:98%%">'
                      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                      '<p class="MsoNormal">%s</p></div>\n%s' % (
                          "<br>\n".join("<b>%s:</b> %s" % (html.escape(k), html.escape(v)) for k, v in lines),
                          parent["inner"]))
    m["plain"] = plain
    m["inner"] = inner
    return m


def html_doc(m):
    p = P[m["frm"]]
    mua = p["mua"]
    if mua == "bulk":
        rows = "".join('<tr><td style="padding:6px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333">%s</td></tr>'
                       % "<br>".join(html.escape(l) for l in block.split("\n"))
                       for block in m["body"].split("\n\n"))
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
                '<body style="margin:0;background:#f2f2f2"><table role="presentation" width="600" align="center" '
                'style="background:#ffffff">%s</table></body></html>' % (html.escape(m["subject"]), rows))
    if mua == "gmail":
        return '<div dir="ltr">%s</div>' % m["inner"]
    lang = {"outlook_de": "DE", "outlook_nl": "NL"}.get(mua, "EN-GB")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="%s" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>'
            % (lang, m["inner"]))


DUMMY = {
    "pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n",
    "png": bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"),
}
MIME = {"pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
        "png": ("image", "png")}


def attachment_bytes(name):
    ext = name.rsplit(".", 1)[1].lower()
    if ext in DUMMY:
        return DUMMY[ext]
    # Office files are zip containers; a small stand-in with the zip signature
    return b"PK\x03\x04" + ("placeholder for %s (invented test data)\n" % name).encode()


def build_email(m, by_key):
    p = P[m["frm"]]
    mua = p["mua"]
    e = EmailMessage()
    e["Message-ID"] = m["mid"]
    e["Date"] = format_datetime(m["dt"])
    e["From"] = addr(m["frm"])
    e["To"] = ", ".join(addr(k) for k in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(addr(k) for k in m["cc"])
    e["Subject"] = m["subject"]
    parent = by_key.get(m["reply"]) if m["reply"] else None
    if parent is not None:
        e["In-Reply-To"] = parent["mid"]
        refs = parent.get("refs", []) + [parent["mid"]]
        m["refs"] = refs
        e["References"] = " ".join(refs[-8:])
    else:
        m["refs"] = []
    if mua.startswith("outlook") and mua != "outlook_mac":
        e["Thread-Topic"] = PREFIX_RE.sub("", m["subject"])
        e["Content-Language"] = {"outlook_de": "de-DE", "outlook_nl": "nl-NL", "outlook_us": "en-US"}.get(mua, "en-GB")
        if m["att"]:
            e["X-MS-Has-Attach"] = "yes"
    elif mua == "outlook_mac":
        e["User-Agent"] = "Microsoft-MacOutlook/16.91.24110315"
    elif mua == "iphone":
        e["X-Mailer"] = "iPhone Mail (22B91)"
    for k, v in m["headers"].items():
        e[k] = v
    e["MIME-Version"] = "1.0"
    fmt = p["fmt"]
    if fmt == "plain":
        e.set_content(m["plain"], charset="utf-8", cte="quoted-printable")
    elif fmt == "html":
        e.set_content(html_doc(m), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        e.set_content(m["plain"], charset="utf-8", cte="quoted-printable")
        e.add_alternative(html_doc(m), subtype="html", charset="utf-8", cte="quoted-printable")
    for name in m["att"]:
        ext = name.rsplit(".", 1)[1].lower()
        maintype, subtype = MIME.get(ext, ("application", "octet-stream"))
        e.add_attachment(attachment_bytes(name), maintype=maintype, subtype=subtype, filename=name)
    # fixed MIME boundaries, so that the build is deterministic
    r = rng("boundary", m["key"])
    for part in e.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(100000000, 999999999),
                                                       r.randint(1000000000000, 9999999999999)))
    return e


# ------------------------------------------------------------------ Maildir writing

def write_maildirs(msgs):
    root = os.path.join(HERE, "mail")
    if os.path.exists(root):
        shutil.rmtree(root)
    for mk in MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, mk, sub), exist_ok=True)
    count = 0
    for n, m in enumerate(msgs):
        data = m["email"].as_bytes(policy=email.policy.default.clone(max_line_length=160))
        ts = int(m["dt"].timestamp())
        targets = []
        if m["frm"] in MANAGERS:
            targets.append((m["frm"], ".Sent/cur", "S"))
        for k in m["to"] + m["cc"] + m["extra_to_mailbox"]:
            if k in MANAGERS and k != m["frm"] and (k, "cur", "S") not in targets:
                targets.append((k, "cur", "S"))
        for mk, folder, flags in targets:
            r = rng("file", m["key"], mk)
            fname = "%d.M%06dP%dQ%d.mx1.brightwellfs.co.uk:2,%s" % (ts, r.randint(0, 999999), 4000 + n, n + 1, flags)
            with open(os.path.join(root, mk, folder, fname), "wb") as f:
                f.write(data)
            count += 1
            m.setdefault("files", []).append(os.path.join("mail", mk, folder, fname))
    return count


# ------------------------------------------------------------------ calendars

VTZ = {
    "Europe/London": """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "GMT Standard Time": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "Europe/Berlin": """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Australia/Melbourne": """BEGIN:VTIMEZONE
TZID:Australia/Melbourne
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
}
IANA = {"GMT Standard Time": "Europe/London"}


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


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def person_of(a):
    if isinstance(a, tuple):
        return a
    return (P[a]["name"], P[a]["email"])


def write_calendars():
    root = os.path.join(HERE, "calendar")
    if os.path.exists(root):
        shutil.rmtree(root)
    for mk in MANAGERS:
        os.makedirs(os.path.join(root, mk), exist_ok=True)
    files = 0
    for ev in story.EVENTS:
        tzid = ev["tz"]
        z = ZoneInfo(IANA.get(tzid, tzid))
        start = dt.datetime.strptime(ev["start"], "%Y-%m-%d %H:%M").replace(tzinfo=z)
        end = dt.datetime.strptime(ev["end"], "%Y-%m-%d %H:%M").replace(tzinfo=z)
        created = dt.datetime.strptime(ev["created"], "%Y-%m-%d %H:%M").replace(tzinfo=z).astimezone(UTC)
        ev["start_dt"] = start
        status = ev.get("status", "CONFIRMED")
        summary = ev["summary"]
        modified = created
        if status == "CANCELLED":
            summary = "Canceled: " + summary
            modified = dt.datetime(2026, 11, 19, 10, 12, tzinfo=UTC)
        org_name, org_mail = person_of(ev["organizer"])
        lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                 "METHOD:PUBLISH"]
        lines += VTZ[tzid].split("\n")
        lines += ["BEGIN:VEVENT"]
        lines.append('ORGANIZER;CN="%s":mailto:%s' % (org_name, org_mail))
        for a in ev["attendees"]:
            n, e = person_of(a)
            lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s'
                         % (n, "DECLINED" if status == "CANCELLED" else "ACCEPTED", e))
        lines += ["CLASS:PUBLIC",
                  "CREATED:%s" % created.strftime("%Y%m%dT%H%M%SZ"),
                  "DESCRIPTION:%s" % ics_text(ev["description"]),
                  "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S")),
                  "DTSTAMP:%s" % modified.strftime("%Y%m%dT%H%M%SZ"),
                  "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
                  "LAST-MODIFIED:%s" % modified.strftime("%Y%m%dT%H%M%SZ"),
                  "LOCATION:%s" % ics_text(ev["location"]),
                  "PRIORITY:5",
                  "SEQUENCE:%d" % ev.get("sequence", 0),
                  "STATUS:%s" % status,
                  "SUMMARY;LANGUAGE=en-gb:%s" % ics_text(summary),
                  "TRANSP:OPAQUE",
                  "UID:%s" % ev["uid"],
                  "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if status == "CANCELLED" else "BUSY"),
                  "END:VEVENT", "END:VCALENDAR"]
        text = "\r\n".join(fold(l) for l in lines) + "\r\n"
        fname = hashlib.sha1(ev["uid"].encode()).hexdigest()[:20] + ".ics"
        for mk in ev["cal"]:
            with open(os.path.join(root, mk, fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            files += 1
    return files


# ------------------------------------------------------------------ calls.csv

EXT = {"fiona": "201", "daniel": "214", "priya": "221", "tom": "305", "sophie": "232"}


def write_calls():
    calls = sorted(story.CALLS, key=lambda c: c["when"])
    rows = []
    for i, c in enumerate(calls):
        c["row"] = i + 2
        when = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M:%S")
        c["dt"] = when.replace(tzinfo=ZoneInfo(story.TIMEZONE))
        rows.append(["HZ-%d" % (7730451 + i * 37 + rng("cid", c["key"]).randint(0, 30)),
                     when.strftime("%d/%m/%Y"), when.strftime("%H:%M:%S"), c["dir"],
                     "Dublin" if c["mgr"] == "tom" else "Manchester HQ",
                     P[c["mgr"]]["name"], EXT[c["mgr"]], c["number"], c["result"], c["talk"], c["note"]])
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Call ID", "Start Date", "Start Time", "Direction", "Site", "User Name", "Extension",
                    "External Number", "Result", "Talk Time", "Notes"])
        w.writerows(rows)
    return calls


# ------------------------------------------------------------------ directory, sales, plans

def write_directory_files():
    with open(os.path.join(HERE, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "domains", "owner", "segment", "phones", "emails", "kind"])
        for c, doms, owner, seg, phones, emails, kind in story.DIRECTORY:
            w.writerow([c, doms, P[owner]["email"], seg, phones, emails, kind])
    with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        for ext, d, mk, prod, client, amount, cur in story.SALES:
            w.writerow([ext, d, P[mk]["email"], prod, client, amount, cur])
    with open(os.path.join(HERE, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for period, mk, amount in story.PLANS:
            w.writerow([period, "manager", "", P[mk]["email"], "", "amount", amount, "GBP"])
        for q, amount in (("2026-10", "365000"), ("2026-11", "410000"), ("2026-12", "1020000")):
            w.writerow([q, "company", "", "", "", "amount", amount, "GBP"])


# ------------------------------------------------------------------ truth

def evidence_ref(ref, by_key, calls_by_key):
    if ref.startswith("call:"):
        return "calls.csv row %d" % calls_by_key[ref[5:]]["row"]
    if ref.startswith("event:"):
        hits = [e for e in story.EVENTS if ref[6:] in e["uid"]]
        if len(hits) != 1:
            fail("evidence %s matches %d events" % (ref, len(hits)))
            return None
        return hits[0]["uid"]
    if ref not in by_key:
        fail("evidence %s is no message" % ref)
        return None
    return by_key[ref]["mid"]


def main():
    msgs = story.MSGS
    keys = [m["key"] for m in msgs]
    if len(keys) != len(set(keys)):
        fail("duplicate message keys")
    for m in msgs:
        for k in [m["frm"]] + m["to"] + m["cc"]:
            if k not in P:
                fail("%s: unknown person %s" % (m["key"], k))
        m["dt"] = local_dt(m["when"], P[m["frm"]]["tz"])
        if m["dt"] >= AS_OF:
            fail("%s is after as_of" % m["key"])
    msgs.sort(key=lambda m: m["dt"])
    by_key = {m["key"]: m for m in msgs}
    for m in msgs:
        m["mid"] = message_id(m)
    if len({m["mid"] for m in msgs}) != len(msgs):
        fail("Message-ID collision")
    for m in msgs:
        compose(m, by_key)
        m["email"] = build_email(m, by_key)
    n_files = write_maildirs(msgs)
    n_ics = write_calendars()
    calls = write_calls()
    calls_by_key = {c["key"]: c for c in calls}
    write_directory_files()

    # ---------------- truth.json
    truth = {"as_of": story.AS_OF, "timezone": story.TIMEZONE, "negotiations": [], "not_negotiations": [],
             "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in story.NEGOTIATIONS:
        truth["negotiations"].append({
            "client": n["client"], "manager": P[n["manager"]]["email"], "product": n["product"],
            "stage": n["stage"], "stage_evidence": evidence_ref(n["evidence"], by_key, calls_by_key),
            "next_contact": n["next"], "next_contact_source": n["source"],
            "amount": {"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None,
            "expected_close": n["close"]})
    for a, why in story.NOT_NEGOTIATIONS:
        truth["not_negotiations"].append({"address": a, "why": why})
    for m in msgs:
        for quote, due, status in m["agreed"]:
            truth["agreed"].append({"message_id": m["mid"], "side": "manager" if is_us(m["frm"]) else "client",
                                    "who": P[m["frm"]]["email"], "quote": quote, "due": due, "status": status})
        if m["inbound"] is not None:
            needs, ans = m["inbound"]
            answered_by = None
            if ans:
                answered_by = evidence_ref(ans, by_key, calls_by_key)
            truth["inbound"].append({"message_id": m["mid"], "needs_answer": needs, "answered": bool(ans),
                                     "answered_by": answered_by})
        if m["complaint"] is not None:
            mgr = next((k for k in m["to"] + m["cc"] if k in MANAGERS), None)
            truth["complaints"].append({"message_id": m["mid"], "manager": P[mgr]["email"],
                                        "about_us": m["complaint"]})
    for c in calls:
        client = story.ORG_CLIENT[P[c["party"]]["org"]] if c["party"] else None
        truth["calls"].append({"row": c["row"], "manager": P[c["mgr"]]["email"], "client": client})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

    check(msgs, by_key, calls, truth)
    stages = {}
    for n in truth["negotiations"]:
        stages[n["stage"]] = stages.get(n["stage"], 0) + 1
    agreed = {}
    for a in truth["agreed"]:
        agreed[a["status"]] = agreed.get(a["status"], 0) + 1
    print("messages: %d, Maildir files: %d, calendar events: %d (.ics files %d), calls: %d"
          % (len(msgs), n_files, len(story.EVENTS), n_ics, len(calls)))
    print("negotiations: %d %s" % (len(truth["negotiations"]), stages))
    print("agreed: %d %s; inbound: %d; complaints: %d (about us %d)" % (
        len(truth["agreed"]), agreed, len(truth["inbound"]), len(truth["complaints"]),
        sum(1 for c in truth["complaints"] if c["about_us"])))
    if errors:
        print("\nCHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


# ------------------------------------------------------------------ checks of what was written

def text_of(msg):
    """The readable text of a parsed message: its text/plain part, else its HTML stripped."""
    plain = msg.get_body(preferencelist=("plain",))
    if plain is not None:
        return plain.get_content()
    h = msg.get_body(preferencelist=("html",)).get_content()
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"</p>", "\n\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def check(msgs, by_key, calls, truth):
    parsed = {}
    for m in msgs:
        for path in m.get("files", []):
            with open(os.path.join(HERE, path), "rb") as f:
                e = email.message_from_binary_file(f, policy=email.policy.default)
            if e["Message-ID"] != m["mid"]:
                fail("%s: Message-ID differs after parsing" % path)
            if e["Date"] is None or e["From"] is None or e["Subject"] is None:
                fail("%s: missing Date/From/Subject" % path)
            if e.defects:
                fail("%s: parse defects %s" % (path, e.defects))
            parsed[m["mid"]] = e
        if not m.get("files"):
            fail("%s: in no mailbox" % m["key"])
    mids = set(parsed)
    for mid, e in parsed.items():
        for h in ("In-Reply-To", "References"):
            for ref in (e.get(h) or "").split():
                if ref not in mids:
                    fail("%s: %s names unknown %s" % (mid, h, ref))
    uids = {ev["uid"] for ev in story.EVENTS}
    for n in truth["negotiations"]:
        ev = n["stage_evidence"]
        if not (ev in mids or ev in uids or re.fullmatch(r"calls\.csv row \d+", ev or "")):
            fail("negotiation %s: evidence %s unknown" % (n["client"], ev))
    # clients are in the directory or on free mail
    with open(os.path.join(HERE, "clients.csv"), encoding="utf-8") as f:
        directory = {r["client"]: r for r in csv.DictReader(f)}
    for n in truth["negotiations"]:
        c = n["client"]
        if c not in directory and not ("@" in c and domain(c) in FREEMAIL):
            fail("negotiation client %s is neither in clients.csv nor a free-mail address" % c)
        if c in directory and directory[c]["kind"]:
            fail("negotiation client %s is an intermediary" % c)
    for c in truth["calls"]:
        if c["client"] and c["client"] not in directory and "@" not in c["client"]:
            fail("call row %d: client %s not in directory" % (c["row"], c["client"]))
    # quotes verbatim, in the new text of their message
    for a in truth["agreed"]:
        e = parsed.get(a["message_id"])
        if e is None:
            fail("agreed: unknown message %s" % a["message_id"])
            continue
        txt = text_of(e)
        m = next(x for x in msgs if x["mid"] == a["message_id"])
        if a["quote"] not in txt:
            fail("agreed quote not verbatim in %s: %r" % (m["key"], a["quote"]))
        if a["quote"] not in m["new_text"]:
            fail("agreed quote not in the new text of %s" % m["key"])
        if a["due"]:
            d = dt.date.fromisoformat(a["due"])
            if a["status"] == "open" and d < AS_OF.date():
                fail("%s: open promise already due %s" % (m["key"], a["due"]))
            if d < m["dt"].date():
                fail("%s: due before the message" % m["key"])
        if a["status"] not in ("open", "kept", "broken"):
            fail("%s: bad status" % m["key"])
    # inbound: from outside, to a manager, answered later
    for i in truth["inbound"]:
        m = next(x for x in msgs if x["mid"] == i["message_id"])
        if is_us(m["frm"]):
            fail("inbound %s is from us" % m["key"])
        if not any(k in MANAGERS for k in m["to"] + m["cc"]):
            fail("inbound %s reaches no manager" % m["key"])
        ab = i["answered_by"]
        if ab and ab.startswith("<"):
            a = next(x for x in msgs if x["mid"] == ab)
            if a["dt"] <= m["dt"] or not is_us(a["frm"]):
                fail("inbound %s answered by %s, which is not a later message of ours" % (m["key"], a["key"]))
        elif ab:
            row = int(ab.rsplit(" ", 1)[1])
            c = next(x for x in calls if x["row"] == row)
            if c["dt"] <= m["dt"]:
                fail("inbound %s answered by an earlier call" % m["key"])
    for ev in story.EVENTS:
        for a in [ev["organizer"]] + ev["attendees"]:
            if not isinstance(a, tuple) and a not in P:
                fail("event %s: unknown person %s" % (ev["uid"], a))
    for n in story.NEGOTIATIONS:
        if n["next"] and dt.date.fromisoformat(n["next"]) < AS_OF.date():
            fail("%s: next contact before as_of" % n["client"])
        if n["stage"] in ("won", "lost") and n["next"]:
            pass
    # every Maildir file name is unique, and each message sits where it should
    seen = set()
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            if fn in seen:
                fail("duplicate maildir file name %s" % fn)
            seen.add(fn)


if __name__ == "__main__":
    main()
