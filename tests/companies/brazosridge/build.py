#!/usr/bin/env python3
"""Build the Brazos Ridge Insurance Partners test company from story.py.

Standard library only and deterministic: the same story gives the same bytes.
Writes mail/ (Maildir per manager), calendar/ (.ics per event), calls.csv,
clients.csv, plans.csv, sales.csv and truth.json, then checks them.
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
import random
import re
import shutil
import sys
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from zoneinfo import ZoneInfo

# The email package draws MIME boundaries from `random`: a fixed seed writes the same files.
random.seed(2026)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story  # noqa: E402

P = story.PEOPLE
MSGS = story.MESSAGES
BYKEY = {}
for _m in MSGS:
    if _m["key"] in BYKEY:
        sys.exit(f"duplicate message key {_m['key']}")
    BYKEY[_m["key"]] = _m

FREE_MAIL = ("gmail.com", "yahoo.com", "aol.com", "outlook.com", "hotmail.com", "icloud.com", "att.net", "sbcglobal.net")
PROBLEMS = []


def problem(s):
    PROBLEMS.append(s)


def h(key, n=32, alphabet="0123456789ABCDEF"):
    d = hashlib.sha256(key.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        if i >= len(d):
            d = hashlib.sha256(d).digest()
            i = 0
        out.append(alphabet[d[i] % len(alphabet)])
        i += 1
    return "".join(out)


def cl(m):
    return m.get("via") or person(m["frm"]).get("client", "outlook")


def person(k):
    if k not in P:
        sys.exit(f"unknown person {k}")
    return P[k]


def addr(k):
    return person(k)["addr"]


def when(m):
    p = person(m["frm"])
    tz = ZoneInfo(p.get("tz", story.TZ))
    return dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(second=int(h(m["key"], 2, "0123456789")) % 60, tzinfo=tz)


def message_id(m):
    if m.get("mid"):
        return m["mid"]
    p = person(m["frm"])
    c = cl(m)
    k = m["key"]
    dom = p["addr"].split("@")[1]
    if c == "outlook":
        pre = ["BN0PR", "CH3PR", "MN2PR", "DM6PR", "SJ0PR", "PH7PR", "CO1PR", "BY5PR"][int(h(dom, 2, "0123456789")) % 8]
        box = p.get("box") or (pre + h(dom, 2, "0123456789") + "MB" + h(dom + "b", 4, "0123456789"))
        return f"<{box}{h(k, 18)}@{box}.namprd{box[5:7]}.prod.outlook.com>"
    if c in ("gmail", "android"):
        return "<CA" + h(k, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_") + "@mail.gmail.com>"
    if c == "iphone":
        u = h(k, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if c in ("yahoo", "aol"):
        return f"<{h(k, 10, '0123456789')}.{h(k + 'y', 7, '0123456789')}.{int(when(m).timestamp() * 1000)}@mail.yahoo.com>"
    if c == "bulk":
        return f"<{h(k, 24).lower()}.{h(k + 'z', 6, '0123456789')}@{p.get('mailer', 'mail.' + dom)}>"
    if c == "system":
        return f"<{h(k, 16).lower()}@{p.get('mailer', 'mx.' + dom)}>"
    return f"<{h(k, 20).lower()}@{dom}>"


def nice_names(keys):
    return "; ".join(f"{person(k)['name']} <{addr(k)}>" for k in keys)


def outlook_sent(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0")


def base_subject(s):
    return re.sub(r"^(\s*(re|fw|fwd|aw)\s*:\s*)+", "", s, flags=re.I)


def subject(m):
    if m.get("subj"):
        return m["subj"]
    parent = BYKEY[m["re"]]
    c = cl(m)
    pre = {"outlook": "RE: ", "aol": "Re: "}.get(c, "Re: ")
    return pre + base_subject(subject(parent))


def new_text(m):
    """The text the writer typed: body, then signature, without quoted history."""
    p = person(m["frm"])
    body = textwrap.dedent(m["body"]).strip("\n")
    parts = [body]
    sig = m.get("sig", not m.get("via"))
    c = cl(m)
    if sig and p.get("sig"):
        parts.append(p["sig"].strip("\n"))
    if c == "iphone" and not m.get("nofooter"):
        parts.append("Sent from my iPhone")
    if c == "android" and not m.get("nofooter"):
        parts.append("Sent from my Galaxy")
    if sig and p.get("disclaimer"):
        parts.append(p["disclaimer"].strip("\n"))
    return "\n\n".join(parts)


_FULL = {}


def full_text(m):
    if m["key"] in _FULL:
        return _FULL[m["key"]]
    t = new_text(m)
    if m.get("fwd"):
        t += "\n\n" + forward_block(m, BYKEY[m["fwd"]])
    elif m.get("re") and m.get("quote", True):
        t += "\n\n" + quote_block(m, BYKEY[m["re"]])
    _FULL[m["key"]] = t
    return t


def header_block(parent, style):
    d = when(parent)
    pp = person(parent["frm"])
    if style == "outlook":
        lines = ["________________________________", f"From: {pp['name']} <{pp['addr']}>",
                 f"Sent: {outlook_sent(d)}", f"To: {nice_names(parent['to'])}"]
        if parent.get("cc"):
            lines.append(f"Cc: {nice_names(parent['cc'])}")
        lines.append(f"Subject: {subject(parent)}")
        return "\n".join(lines)
    if style == "aol":
        lines = ["-----Original Message-----", f"From: {pp['name']} <{pp['addr']}>",
                 f"To: {', '.join(addr(k) for k in parent['to'])}"]
        if parent.get("cc"):
            lines.append(f"Cc: {', '.join(addr(k) for k in parent['cc'])}")
        lines.append("Sent: " + d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y ") + d.strftime("%I:%M %p").lstrip("0").lower())
        lines.append(f"Subject: {subject(parent)}")
        return "\n".join(lines)
    if style == "android":
        return "\n".join(["-------- Original message --------", f"From: {pp['name']} <{pp['addr']}> ",
                          "Date: " + d.strftime("%m/%d/%y ") + d.strftime("%I:%M %p").lstrip("0") + " (GMT" + d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:] + ") ",
                          f"To: {', '.join(addr(k) for k in parent['to'])} ", f"Subject: {subject(parent)} "])
    raise ValueError(style)


def quote_block(m, parent):
    style = cl(m)
    ptext = full_text(parent)
    d = when(parent)
    pp = person(parent["frm"])
    # the quoting person's own clock
    mytz = ZoneInfo(person(m["frm"]).get("tz", story.TZ))
    dl = d.astimezone(mytz)
    if style in ("outlook", "system"):
        return header_block(parent, "outlook") + "\n\n" + ptext
    if style == "aol":
        return header_block(parent, "aol") + "\n\n" + ptext
    if style == "android":
        return header_block(parent, "android") + "\n\n" + ptext
    q = "\n".join((">" + (" " + ln if ln else "")) for ln in ptext.split("\n"))
    if style == "gmail":
        head = (f"On {dl.strftime('%a, %b')} {dl.day}, {dl.year} at {dl.strftime('%I:%M %p').lstrip('0')} "
                f"{pp['name']} <{pp['addr']}> wrote:")
        return head + "\n\n" + q
    if style == "iphone":
        head = f"> On {dl.strftime('%b')} {dl.day}, {dl.year}, at {dl.strftime('%I:%M %p').lstrip('0')}, {pp['name']} <{pp['addr']}> wrote:\n> "
        return head + "\n" + q
    if style == "yahoo":
        head = (f"On {dl.strftime('%A, %B')} {dl.day}, {dl.year} at {dl.strftime('%I:%M:%S %p')} {dl.tzname()}, "
                f"{pp['name']} <{pp['addr']}> wrote:")
        return head + "\n\n\n" + q
    raise ValueError(style)


def forward_block(m, parent):
    style = cl(m)
    ptext = full_text(parent)
    if style in ("outlook", "system"):
        return header_block(parent, "outlook") + "\n\n" + ptext
    if style == "aol":
        return "-----Forwarded Message-----\n" + header_block(parent, "aol").split("\n", 1)[1] + "\n\n" + ptext
    d = when(parent)
    pp = person(parent["frm"])
    lines = ["---------- Forwarded message ---------", f"From: {pp['name']} <{pp['addr']}>",
             f"Date: {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}",
             f"Subject: {subject(parent)}", f"To: {nice_names(parent['to'])}"]
    if parent.get("cc"):
        lines.append(f"Cc: {nice_names(parent['cc'])}")
    if style == "iphone":
        return "Begin forwarded message:\n\n" + "\n".join(lines[1:]) + "\n\n" + ptext
    return "\n".join(lines) + "\n\n\n" + ptext


def to_html(text, style):
    out = []
    paras = text.split("\n\n")
    for para in paras:
        lines = [html.escape(x) for x in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="EN-US"><div class="WordSection1">\n' + body.replace("<p>", '<p class="MsoNormal">') +
                "\n</div></body></html>")
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>"
    if style == "bulk":
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>newsletter</title></head>'
                '<body style="margin:0;background:#f3f4f6"><table width="100%" cellpadding="0" cellspacing="0">'
                '<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:14px;color:#1f2937">'
                + body + "</td></tr></table></body></html>")
    return "<html><body>" + body + "</body></html>"


ATT_BODIES = {
    "pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "jpg": ("image", "jpeg"), "png": ("image", "png"), "csv": ("text", "csv"), "xls": ("application", "vnd.ms-excel"),
}


def att_bytes(name):
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return (b"%PDF-1.4\n% dummy attachment for the test company\n1 0 obj << /Title (" + name.encode("ascii", "replace") +
                b") >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    if ext == "csv":
        return b"column,value\nplaceholder,1\n"
    if ext in ("jpg", "png"):
        return b"\x89PNG\r\n\x1a\n" + hashlib.sha256(name.encode()).digest()
    return b"PK\x03\x04" + hashlib.sha256(name.encode()).digest() * 4


def build_message(m):
    p = person(m["frm"])
    c = cl(m)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr((p["name"], p["addr"]))
    msg["To"] = ", ".join(formataddr((person(k)["name"], addr(k))) for k in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(formataddr((person(k)["name"], addr(k))) for k in m["cc"])
    msg["Subject"] = subject(m)
    msg["Date"] = format_datetime(when(m))
    msg["Message-ID"] = message_id(m)
    if m.get("re") and not m.get("fwd"):
        parent = BYKEY[m["re"]]
        refs = references(parent) + [message_id(parent)]
        msg["In-Reply-To"] = message_id(parent)
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    if c == "outlook":
        msg["Thread-Topic"] = base_subject(subject(m))
        msg["Thread-Index"] = base64.b64encode(hashlib.sha1(base_subject(subject(m)).encode()).digest()[:22]).decode()
        msg["Content-Language"] = "en-US"
        msg["X-MS-Has-Attach"] = "yes" if m.get("att") else ""
    elif c == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22B91)"
    elif c in ("yahoo", "aol"):
        msg["X-Mailer"] = "WebService/1.1.22941 YMailNorrin" if c == "yahoo" else "AOL Webmail 43873-STANDARD"
    elif c == "bulk":
        msg["List-Unsubscribe"] = f"<https://{p.get('mailer', 'mail.example')}/u/{h(m['key'], 12).lower()}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    text = full_text(m)
    fmt = m.get("fmt") or (p.get("fmt", "plain") if not m.get("via") else "plain")
    if fmt == "plain":
        msg.set_content(text)
    elif fmt == "html":
        msg.set_content(text)
        msg.add_alternative(to_html(text, "gmail" if c in ("gmail", "android") else c), subtype="html")
    elif fmt == "htmlonly":
        msg.set_content(to_html(text, c), subtype="html")
    else:
        raise ValueError(fmt)
    for name in m.get("att", []):
        ext = name.rsplit(".", 1)[1].lower()
        mt, st = ATT_BODIES[ext]
        msg.add_attachment(att_bytes(name), maintype=mt, subtype=st, filename=name)
    return msg


def references(m):
    if m.get("re") and not m.get("fwd"):
        return references(BYKEY[m["re"]]) + [message_id(BYKEY[m["re"]])]
    return []


def managers():
    return {k: v for k, v in P.items() if v.get("role") == "mgr"}


def write_mail():
    root = os.path.join(HERE, "mail")
    if os.path.isdir(root):
        shutil.rmtree(root)
    mg = managers()
    for k, v in mg.items():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(root, v["box_dir"], sub), exist_ok=True)
    files = 0
    seq = 0
    ids = set()
    for m in MSGS:
        if m.get("phantom"):
            continue
        raw = build_message(m).as_bytes(policy=email.policy.SMTP.clone(max_line_length=998))
        mid = message_id(m)
        if mid in ids:
            problem(f"duplicate Message-ID {mid}")
        ids.add(mid)
        ts = int(when(m).timestamp())
        places = []
        if m["frm"] in mg:
            places.append((mg[m["frm"]]["box_dir"], ".Sent/cur"))
        for r in m["to"] + m.get("cc", []) + m.get("bcc", []):
            if r in mg and r != m["frm"]:
                places.append((mg[r]["box_dir"], "cur"))
        if not places:
            problem(f"{m['key']}: reaches no manager's mailbox")
        for box, sub in places:
            seq += 1
            flags = "S" if sub != "cur" or not m.get("unread") else ""
            if sub != "cur":
                flags = "S"
            name = f"{ts}.M{seq:04d}P{3100 + seq}.mx1.brazosridgeins.com,S={len(raw)}:2,{flags}"
            with open(os.path.join(root, box, sub, name), "wb") as f:
                f.write(raw)
            files += 1
    return files, ids


def parse_check(ids):
    root = os.path.join(HERE, "mail")
    n = 0
    for dirpath, _, fns in os.walk(root):
        for fn in fns:
            with open(os.path.join(dirpath, fn), "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            n += 1
            for hd in ("Message-ID", "Date", "From", "To", "Subject"):
                if not msg[hd]:
                    problem(f"{fn}: no {hd}")
            try:
                msg.get_body(preferencelist=("plain", "html")).get_content()
            except Exception as e:  # noqa: BLE001
                problem(f"{fn}: body does not parse: {e}")
            for hd in ("In-Reply-To", "References"):
                for ref in (msg[hd] or "").split():
                    if ref not in ids:
                        problem(f"{fn}: {hd} names {ref}, which is not in the mailboxes")
    return n


# ---------------------------------------------------------------- calendar
VTZ = """BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out = []
    b = line.encode()
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b" " + b[cut:]
    out.append(b.decode())
    return "\r\n".join(out)


def event_uid(e):
    return e.get("uid") or (h(e["key"], 32) + "@brazosridgeins.com" if e.get("app") != "google" else h(e["key"], 26).lower() + "@google.com")


def write_calendar():
    root = os.path.join(HERE, "calendar")
    if os.path.isdir(root):
        shutil.rmtree(root)
    mg = managers()
    for v in mg.values():
        os.makedirs(os.path.join(root, v["box_dir"]), exist_ok=True)
    n = 0
    for e in story.EVENTS:
        start = dt.datetime.strptime(e["start"], "%Y-%m-%d %H:%M")
        end = start + dt.timedelta(minutes=e.get("minutes", 60))
        org = person(e["org"])
        stamp = dt.datetime.strptime(e["created"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(story.TZ)).astimezone(dt.timezone.utc)
        lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                 "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE", VTZ, "BEGIN:VEVENT",
                 f"UID:{event_uid(e)}", "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
                 "CREATED:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
                 f"DTSTART;TZID=America/Chicago:{start.strftime('%Y%m%dT%H%M%S')}",
                 f"DTEND;TZID=America/Chicago:{end.strftime('%Y%m%dT%H%M%S')}",
                 "SUMMARY:" + ics_escape(e["summary"])]
        if e.get("location"):
            lines.append("LOCATION:" + ics_escape(e["location"]))
        if e.get("desc"):
            lines.append("DESCRIPTION:" + ics_escape(textwrap.dedent(e["desc"]).strip()))
        lines.append(f"ORGANIZER;CN=\"{org['name']}\":mailto:{org['addr']}")
        for a in e["att"]:
            pa = person(a)
            lines.append(f"ATTENDEE;CN=\"{pa['name']}\";ROLE=REQ-PARTICIPANT;PARTSTAT={e.get('partstat', 'ACCEPTED')};RSVP=TRUE:mailto:{pa['addr']}")
        lines += [f"STATUS:{e.get('status', 'CONFIRMED')}", "SEQUENCE:" + str(e.get("seq", 0)), "TRANSP:OPAQUE",
                  "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM",
                  "END:VEVENT", "END:VCALENDAR"]
        body = "\r\n".join(fold(x) if "\n" not in x else "\r\n".join(fold(y) for y in x.split("\n")) for x in lines) + "\r\n"
        owners = [e["org"]] + [a for a in e["att"] if a in mg and a != e["org"]]
        for o in owners:
            if o not in mg:
                continue
            with open(os.path.join(root, mg[o]["box_dir"], e["key"] + ".ics"), "w", newline="") as f:
                f.write(body)
            n += 1
    return n


# ---------------------------------------------------------------- csv files
def write_csv(name, header, rows, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def pbx_number(n):
    d = re.sub(r"\D", "", n)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"


def write_calls():
    header = ["Call ID", "Start Time", "Direction", "Extension", "User", "Contact Number", "Contact Name",
              "Result", "Duration", "Notes"]
    rows = []
    rownum = {}
    for i, c in enumerate(story.CALLS):
        mg = person(c["mgr"])
        d = dt.datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
        secs = c["secs"]
        result = c.get("result") or ("Answered" if secs else ("Missed" if c["dir"] == "Inbound" else "No Answer"))
        rows.append([str(4471920 + i * 37 + int(h(c["key"], 2, "0123456789")) % 30), d.strftime("%m/%d/%Y ") + d.strftime("%I:%M:%S %p").lstrip("0"),
                     c["dir"], mg["ext"], mg["name"], pbx_number(c["number"]), c.get("caller_id", ""), result,
                     f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}", c.get("note", "")])
        rownum[c["key"]] = i + 2
    write_csv("calls.csv", header, rows)
    return rownum


def main():
    files, ids = write_mail()
    nparsed = parse_check(ids)
    nev = write_calendar()
    rownum = write_calls()
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones", "emails", "kind"], story.CLIENTS)
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"], story.PLANS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"], story.SALES)

    # ------------------------------------------------------------ truth
    def ref(x):
        if x is None:
            return None
        if isinstance(x, str) and x.startswith("call:"):
            if x[5:] not in rownum:
                problem(f"unknown call {x}")
                return None
            return f"calls.csv row {rownum[x[5:]]}"
        if isinstance(x, str) and x.startswith("event:"):
            ev = [e for e in story.EVENTS if e["key"] == x[6:]]
            if not ev:
                problem(f"unknown event {x}")
                return None
            return event_uid(ev[0])
        if x not in BYKEY or BYKEY[x].get("phantom"):
            problem(f"unknown message {x}")
            return None
        return message_id(BYKEY[x])

    client_names = {r[0] for r in story.CLIENTS}
    products = set(story.PRODUCT_CODES)
    negs = []
    for n in story.NEGOTIATIONS:
        if n["client"] not in client_names and n["client"].split("@")[-1] not in FREE_MAIL:
            problem(f"truth client {n['client']} not in clients.csv and not free mail")
        if n["product"] is not None and n["product"] not in products:
            problem(f"unknown product {n['product']}")
        negs.append({
            "client": n["client"], "manager": addr(n["mgr"]), "product": n["product"], "stage": n["stage"],
            "stage_evidence": ref(n["evidence"]), "next_contact": n.get("next"),
            "next_contact_source": n.get("next_src"),
            "amount": {"minor": int(round(n["amount"] * 100)), "currency": "USD"} if n.get("amount") else None,
            "expected_close": n.get("close"),
        })
    agreed, inbound, complaints = [], [], []
    mg = managers()
    for m in MSGS:
        if m.get("phantom"):
            continue
        text = full_text(m)
        newt = new_text(m)
        for a in m.get("agreed", []):
            side, quote, due, status = a[:4]
            if quote not in newt:
                problem(f"{m['key']}: quote not verbatim in the new text: {quote!r}")
            agreed.append({"message_id": message_id(m), "side": side, "who": addr(m["frm"]), "quote": quote,
                           "due": due, "status": status})
        sender = person(m["frm"])
        to_mgr = any(r in mg for r in m["to"] + m.get("cc", []))
        if sender.get("role") in ("client", "inter") and to_mgr and m.get("kind") != "auto":
            if "inb" not in m:
                problem(f"{m['key']}: inbound from a client without an inb label")
            else:
                needs, by = m["inb"]
                if by and not by.startswith("call:"):
                    if by not in BYKEY:
                        problem(f"{m['key']}: answered_by {by} unknown")
                    elif when(BYKEY[by]) <= when(m):
                        problem(f"{m['key']}: answered_by {by} is not later")
                inbound.append({"message_id": message_id(m), "needs_answer": needs, "answered": bool(by),
                                "answered_by": ref(by)})
        elif "inb" in m:
            problem(f"{m['key']}: inb label on a message that is not inbound from a client")
        if m.get("complaint") is not None:
            complaints.append({"message_id": message_id(m), "manager": addr(m["complaint"][0]),
                               "about_us": m["complaint"][1]})
    calls = []
    for c in story.CALLS:
        calls.append({"row": rownum[c["key"]], "manager": addr(c["mgr"]), "client": c.get("client")})
        if c.get("client") and c["client"] not in client_names and c["client"].split("@")[-1] not in FREE_MAIL:
            problem(f"call {c['key']}: client {c['client']} unknown")
    for x in story.NOT_NEGOTIATIONS:
        if x["address"] not in {v["addr"] for v in P.values()}:
            problem(f"not_negotiation {x['address']} is nobody in the story")
    truth = {"as_of": story.AS_OF, "timezone": story.TZ, "negotiations": negs,
             "not_negotiations": story.NOT_NEGOTIATIONS, "agreed": agreed, "inbound": inbound,
             "complaints": complaints, "calls": calls}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")

    # every message is before as_of
    asof = dt.datetime.fromisoformat(story.AS_OF)
    for m in MSGS:
        if when(m) > asof:
            problem(f"{m['key']} is after as_of")
    for c in story.CALLS:
        if dt.datetime.strptime(c["time"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(story.TZ)) > asof:
            problem(f"call {c['key']} is after as_of")
    for n in story.NEGOTIATIONS:
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            problem(f"bad stage {n['stage']}")

    nmsg = sum(1 for m in MSGS if not m.get("phantom"))
    stages = {}
    for n in negs:
        stages[n["stage"]] = stages.get(n["stage"], 0) + 1
    st = {}
    for a in agreed:
        st[a["status"]] = st.get(a["status"], 0) + 1
    print(f"messages {nmsg}, Maildir files {files} (parsed {nparsed}), calendar files {nev} "
          f"({len(story.EVENTS)} events), calls {len(story.CALLS)}")
    print(f"negotiations {len(negs)}: {stages}")
    print(f"agreed {len(agreed)}: {st}; inbound {len(inbound)}; complaints {len(complaints)}")
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
