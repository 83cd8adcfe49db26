#!/usr/bin/env python3
"""Build the Сибирь-Урал Коннект test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp} and mail/<box>/.Sent/{cur,new,tmp}, calendar/<box>/calendar.ics,
clients.csv, plans.csv, sales.csv, calls.csv, dealtrail.toml, truth.json; then checks them."""
import email
import email.policy
import hashlib
import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import story as S  # noqa: E402

P = S.P
MGR_KEYS = [k for k, v in P.items() if v[3] in ("manager", "head")]
BY_KEY = {}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def tz(key):
    return timezone(timedelta(hours=P[key][2]))


def dt_of(msg):
    return datetime.strptime(msg["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz(msg["frm"]))


def h(text, n=12):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def message_id(msg):
    key, addr = msg["key"], P[msg["frm"]][1]
    dom = addr.split("@")[1]
    d = dt_of(msg).astimezone(timezone.utc)
    if dom == "gmail.com":
        return "<CAJ%s%s@mail.gmail.com>" % (h(key, 10).upper(), h(key + "x", 14))
    if dom == "yandex.ru":
        return "<%d%s@mail.yandex.ru>" % (int(d.timestamp()) % 100000, int(h(key, 6), 16))
    if dom == "mail.ru":
        return "<%d.%s@f%d.i.mail.ru>" % (int(d.timestamp()), int(h(key, 8), 16), 100 + int(h(key, 2), 16))
    if dom == S.DOMAIN:
        return "<%s%s@EXCH01.suconnect.local>" % (h(key, 16).upper(), d.strftime("%Y%m%d"))
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), h(key, 10), dom)


RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_CAP = [w.capitalize() for w in RU_WD]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
                "нояб.", "дек."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def addr_line(k):
    return "%s <%s>" % (P[k][0], P[k][1])


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.split("\n"))


def quote(style, parent, replier):
    d = dt_of(parent).astimezone(tz(replier))
    name, addr = P[parent["frm"]][0], P[parent["frm"]][1]
    body = RENDERED[parent["key"]]
    to = "; ".join(P[k][0] for k in parent["to"])
    if style == "outlook_ru":
        hdr = "\n\n-----Original Message-----\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n" % (
            name, addr, RU_WD[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.strftime("%H:%M"), to)
        if parent.get("cc"):
            hdr += "Копия: %s\n" % "; ".join(P[k][0] for k in parent["cc"])
        return hdr + "Тема: %s\n\n%s" % (parent["subj"], body)
    if style == "outlook_en":
        hr = d.strftime("%I:%M %p").lstrip("0")
        hdr = "\n\n________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\n" % (
            name, addr, EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, hr, to)
        if parent.get("cc"):
            hdr += "Cc: %s\n" % "; ".join(P[k][0] for k in parent["cc"])
        return hdr + "Subject: %s\n\n%s" % (parent["subj"], body)
    if style == "gmail_en":
        return "\n\nOn %s, %d %s %d at %s, %s <%s> wrote:\n%s" % (
            EN_WD[d.weekday()][:3], d.day, EN_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"),
            name, addr, gt(body))
    if style == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %s, %s <%s>:\n%s" % (
            RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, d.strftime("%H:%M"),
            name, addr, gt(body))
    if style == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n%s" % (d.strftime("%d.%m.%Y, %H:%M"), name, addr, gt(body))
    if style == "mailru":
        off = d.strftime("%z")
        return "\n\n>%s, %d %s %d, %d:%s %s:%s от %s <%s>:\n%s" % (
            RU_WD_CAP[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.hour, d.strftime("%M"),
            off[:3], off[3:], name, addr, gt(body))
    if style == "thunderbird":
        return "\n\n%s, %s пишет:\n%s" % (d.strftime("%d.%m.%Y %H:%M"), name, gt(body))
    if style == "iphone_en":
        return "\n\nSent from my iPhone\n\n> On %d %s %d, at %s, %s <%s> wrote:\n>\n%s" % (
            d.day, EN_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), name, addr, gt(body))
    if style == "iphone_ru":
        return "\n\nОтправлено с iPhone\n\n> %d %s %d г., в %s, %s <%s> написал(а):\n>\n%s" % (
            d.day, RU_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), name, addr, gt(body))
    raise ValueError(style)


def forward_block(parent, fwder):
    d = dt_of(parent).astimezone(tz(fwder))
    name, addr = P[parent["frm"]][0], P[parent["frm"]][1]
    lines = ["", "", "________________________________",
             "От: %s <%s>" % (name, addr),
             "Отправлено: %s, %d %s %d г. %s" % (RU_WD[d.weekday()], d.day, RU_MON[d.month - 1],
                                                  d.year, d.strftime("%H:%M")),
             "Кому: %s" % "; ".join(addr_line(k) for k in parent["to"])]
    if parent.get("cc"):
        lines.append("Копия: %s" % "; ".join(addr_line(k) for k in parent["cc"]))
    lines += ["Тема: %s" % parent["subj"], ""]
    att = parent.get("att") or []
    if att:
        lines.insert(-1, "Вложения: %s" % ", ".join(att))
    return "\n".join(lines) + "\n" + RENDERED[parent["key"]]


RENDERED = {}  # key -> full text body (new text + signature + quote)
NEWTEXT = {}   # key -> new text only


def render(msg):
    text = msg["body"]
    NEWTEXT[msg["key"]] = text
    q = msg.get("q")
    sig = P[msg["frm"]][4]
    if msg.get("sig", True) and sig and not (q or "").startswith("iphone"):
        text += "\n\n" + sig
    if msg.get("fwd"):
        text += forward_block(BY_KEY[msg["fwd"]], msg["frm"])
    if q:
        if not msg.get("re"):
            err("%s: quote style without parent" % msg["key"])
        else:
            text += quote(q, BY_KEY[msg["re"]], msg["frm"])
    RENDERED[msg["key"]] = text + "\n"
    return RENDERED[msg["key"]]


MAILER = {"suconnect.ru": "Microsoft Outlook 16.0", "mail.ru": None, "gmail.com": None,
          "yandex.ru": None}


def ancestors(msg):
    chain = []
    cur = msg
    while cur.get("re") and cur.get("irt", True):
        cur = BY_KEY[cur["re"]]
        chain.append(cur)
    return list(reversed(chain))


def build_eml(msg):
    em = EmailMessage(policy=email.policy.SMTP)
    em["From"] = addr_line(msg["frm"])
    em["To"] = ", ".join(addr_line(k) for k in msg["to"])
    if msg.get("cc"):
        em["Cc"] = ", ".join(addr_line(k) for k in msg["cc"])
    em["Subject"] = msg["subj"]
    em["Date"] = format_datetime(dt_of(msg))
    em["Message-ID"] = MID[msg["key"]]
    if msg.get("re") and msg.get("irt", True):
        em["In-Reply-To"] = MID[msg["re"]]
        em["References"] = " ".join(MID[a["key"]] for a in ancestors(msg))
    em["MIME-Version"] = "1.0"
    dom = P[msg["frm"]][1].split("@")[1]
    if MAILER.get(dom):
        em["X-Mailer"] = MAILER[dom]
    elif dom == "mail.ru":
        em["X-Mailer"] = "Mail.Ru Mailer 1.0"
    elif dom.endswith(".com.tr") or dom.endswith(".kz") or dom == "huaxinlog.ru":
        em["X-Mailer"] = "Microsoft Outlook 16.0"
    elif msg.get("q") == "thunderbird":
        em["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.16.0"
    for k, v in (msg.get("hdr") or {}).items():
        em[k] = v
    em.set_content(render(msg), charset="utf-8", cte="8bit" if False else "quoted-printable")
    for i, name in enumerate(msg.get("att") or []):
        ext = name.rsplit(".", 1)[-1].lower()
        mt = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
              "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              "jpg": ("image", "jpeg")}.get(ext, ("application", "octet-stream"))
        data = ("%s %s %d" % (msg["key"], name, i)).encode("utf-8") * 8
        em.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    if em.is_multipart():
        em.set_boundary("----=_Part_%s" % h(msg["key"], 16))
    return em.as_bytes()


def write(path, data, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


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


def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def meeting_dt(mt, s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(mt["org"]))


def phone_digits(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "8":
        d = "7" + d[1:]
    return d


PHONE_RE = re.compile(r"(?:\+7|\b8)[\s\-]*\(?\d{3}\)?[\s\-]*\d{3}[\s\-]?\d{2}[\s\-]?\d{2}")


def client_of(key):
    addr = P[key][1]
    dom = addr.split("@")[1]
    for c in S.CLIENTS:
        if dom in [d.strip() for d in c[1].split(";")]:
            return c[0]
    if P[key][3] == "client":
        return addr
    return None


def main():
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    keys = set()
    for msg in S.MSGS:
        if msg["key"] in keys:
            err("duplicate key " + msg["key"])
        keys.add(msg["key"])
        BY_KEY[msg["key"]] = msg
    meetings = {mt["key"]: mt for mt in S.MEETINGS}
    calls_by_id = {c["id"]: c for c in S.CALLS}
    global MID
    MID = {m["key"]: message_id(m) for m in S.MSGS}
    if len(set(MID.values())) != len(MID):
        err("duplicate Message-ID")
    for k in list(meetings) + list(calls_by_id):
        if k in BY_KEY:
            err("key clash " + k)

    # ---- mail ----
    boxes = {k: k for k in MGR_KEYS}
    for k in MGR_KEYS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", k, sub), exist_ok=True)
    placed = {}
    for msg in sorted(S.MSGS, key=lambda m: dt_of(m)):
        for k in [msg["frm"]] + msg["to"] + (msg.get("cc") or []):
            if k not in P:
                err("%s: unknown person %s" % (msg["key"], k))
        if msg.get("re") and msg["re"] not in BY_KEY:
            err("%s: unknown parent %s" % (msg["key"], msg["re"]))
            continue
        if msg.get("re") and dt_of(BY_KEY[msg["re"]]) >= dt_of(msg):
            err("%s: earlier than its parent" % msg["key"])
        data = build_eml(msg)
        ts = int(dt_of(msg).timestamp())
        fname = "%d.M%sP%d.mx1.suconnect.ru,S=%d:2,S" % (ts, h(msg["key"], 6), 4000 + len(placed), len(data))
        targets = []
        if msg["frm"] in boxes:
            targets.append(os.path.join("mail", boxes[msg["frm"]], ".Sent", "cur", fname))
        for r in msg["to"] + (msg.get("cc") or []):
            if r in boxes and r != msg["frm"]:
                targets.append(os.path.join("mail", boxes[r], "cur", fname))
        if not targets:
            err("%s lands in no mailbox" % msg["key"])
        for t in targets:
            write(os.path.join(HERE, t), data)
        placed[msg["key"]] = targets

    # ---- calendars ----
    cal = {k: [] for k in MGR_KEYS}
    for mt in S.MEETINGS:
        people = [mt["org"]] + mt["att"]
        s, e = meeting_dt(mt, mt["start"]), meeting_dt(mt, mt["end"])
        lines = ["BEGIN:VEVENT", "UID:%s@suconnect.ru" % mt["key"],
                 "DTSTAMP:20261001T000000Z",
                 "DTSTART:" + s.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
                 "DTEND:" + e.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
                 "SUMMARY:" + ics_escape(mt["summary"])]
        if mt["location"]:
            lines.append("LOCATION:" + ics_escape(mt["location"]))
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (P[mt["org"]][0], P[mt["org"]][1]))
        for a in mt["att"]:
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (P[a][0], P[a][1]))
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
        n = 0
        for p in people:
            if p in cal:
                cal[p].append(lines)
                n += 1
        if not n:
            err("meeting %s in no calendar" % mt["key"])
    for k, evs in cal.items():
        out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SU Connect//Exchange export//RU",
               "CALSCALE:GREGORIAN"]
        for ev in evs:
            out += ev
        out.append("END:VCALENDAR")
        write(os.path.join(HERE, "calendar", k, "calendar.ics"), "\r\n".join(fold(l) for l in out) + "\r\n")

    # ---- clients.csv ----
    rows = ["client,domains,owner,segment,phones"]
    for c in S.CLIENTS:
        rows.append(",".join('"%s"' % x.replace('"', '""') for x in (c[0], c[1], P[c[2]][1], c[3], c[4])))
    write(os.path.join(HERE, "clients.csv"), "\n".join(rows) + "\n")

    # ---- plans.csv / sales.csv ----
    rows = ["period;scope;team;manager;product;metric;amount;currency"]
    for p in S.PLANS:
        rows.append(";".join([p[0], p[1], p[2], P[p[3]][1] if p[3] else "", p[4], p[5], "%d" % p[6], "RUB"]))
    write(os.path.join(HERE, "plans.csv"), "\n".join(rows) + "\n")
    prod_ru = {p[0]: p[2] for p in S.PRODUCTS}
    rows = ["номер;дата;менеджер;номенклатура;контрагент;сумма;валюта"]
    for sl in S.SALES:
        rows.append(";".join([sl[0], sl[1], P[sl[2]][0], prod_ru[sl[3]], sl[4],
                              ("%.2f" % sl[5]).replace(".", ","), "RUB"]))
    write(os.path.join(HERE, "sales.csv"), "\n".join(rows) + "\n")

    # ---- calls.csv (PBX export: cp1251, ';', own headers) ----
    ext = {"irina": "200", "dmitry": "201", "alina": "202", "egor": "203"}
    calls = sorted(S.CALLS, key=lambda c: c["time"])
    row_of = {}
    rows = ["ID записи;Начало вызова;Тип вызова;Добавочный;Номер собеседника;Разговор, сек;Результат;Комментарий"]
    for i, c in enumerate(calls):
        row_of[c["id"]] = i + 2  # spreadsheet numbering: header is row 1
        t = datetime.strptime(c["time"], "%Y-%m-%d %H:%M")
        rows.append(";".join(["1%07d" % (int(h(c["id"], 6), 16) % 10000000), t.strftime("%d.%m.%Y %H:%M"),
                              c["dir"], ext[c["mgr"]], c["phone"], str(c["dur"]), c["status"],
                              c["note"]]))
    write(os.path.join(HERE, "calls.csv"), ("\r\n".join(rows) + "\r\n").encode("cp1251"))

    # phone -> client (directory + signatures of client mail, new text only)
    phone_client = {}
    for c in S.CLIENTS:
        for ph in re.split(r"[;,\n]", c[4]):
            if ph.strip():
                phone_client[phone_digits(ph)] = c[0]
    for msg in sorted(S.MSGS, key=lambda m: dt_of(m)):
        if P[msg["frm"]][3] != "client":
            continue
        text = NEWTEXT[msg["key"]]
        if msg.get("sig", True) and not (msg.get("q") or "").startswith("iphone"):
            text += "\n" + P[msg["frm"]][4]
        for ph in PHONE_RE.findall(text):
            phone_client.setdefault(phone_digits(ph), client_of(msg["frm"]))

    # ---- truth ----
    def ref(x):
        if x is None:
            return None
        if x.startswith("call:"):
            cid = x[5:]
            if cid not in row_of:
                err("unknown call " + x)
                return None
            return row_of[cid]
        if x in MID:
            return MID[x]
        if x in meetings:
            return "%s@suconnect.ru" % x
        err("unknown reference " + x)
        return None

    truth = {"as_of": S.AS_OF, "timezone": S.TZ, "negotiations": [], "not_negotiations": [],
             "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in S.NEGOTIATIONS:
        truth["negotiations"].append({
            "client": n["client"], "manager": P[n["manager"]][1], "product": n["product"],
            "stage": n["stage"], "stage_evidence": ref(n["ev"]),
            "next_contact": n["next_contact"], "next_contact_source": n["next_contact_source"],
            "amount": {"minor": n["amount"] * 100, "currency": "RUB"} if n["amount"] is not None else None,
            "expected_close": n["expected_close"]})
    for a, why in S.NOT_NEGOTIATIONS:
        truth["not_negotiations"].append({"address": a, "why": why})
    as_of = datetime.fromisoformat(S.AS_OF)
    for msg in sorted(S.MSGS, key=lambda m: dt_of(m)):
        role = P[msg["frm"]][3]
        for (qt, due, status) in msg.get("prom") or []:
            if qt not in NEWTEXT[msg["key"]]:
                err("%s: quote not verbatim: %s" % (msg["key"], qt))
            truth["agreed"].append({"message_id": MID[msg["key"]],
                                    "side": "client" if role == "client" else "manager",
                                    "who": P[msg["frm"]][1], "quote": qt, "due": due, "status": status})
        to_mgr = [k for k in msg["to"] + (msg.get("cc") or []) if k in boxes]
        if role == "client" and to_mgr:
            if "na" not in msg or msg["na"] is None:
                err("%s: client message without needs_answer label" % msg["key"])
            ans = msg.get("ans")
            if ans:
                if ans in BY_KEY and dt_of(BY_KEY[ans]) <= dt_of(msg):
                    err("%s answered by an earlier message" % msg["key"])
            truth["inbound"].append({"message_id": MID[msg["key"]], "needs_answer": bool(msg.get("na")),
                                     "answered": ans is not None, "answered_by": ref(ans)})
            if msg.get("compl") is not None:
                first = [k for k in msg["to"] if k in boxes][0]
                truth["complaints"].append({"message_id": MID[msg["key"]], "manager": P[first][1],
                                            "about_us": bool(msg["compl"])})
        elif msg.get("na") or msg.get("compl") is not None:
            err("%s: inbound labels on a non-client message" % msg["key"])
    for c in calls:
        cl = phone_client.get(phone_digits(c["phone"]))
        if cl:
            truth["calls"].append({"row": row_of[c["id"]], "manager": P[c["mgr"]][1], "client": cl})
    for n in S.NEGOTIATIONS:
        if n["manager"] not in boxes:
            err("negotiation manager " + n["manager"])
    write(os.path.join(HERE, "truth.json"), json.dumps(truth, ensure_ascii=False, indent=1) + "\n")

    # ---- dealtrail.toml ----
    write(os.path.join(HERE, "dealtrail.toml"), toml(ext))

    # ---- checks ----
    all_ids = set()
    n_files = 0
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                em = email.message_from_binary_file(fh, policy=email.policy.default)
            n_files += 1
            if not em["Message-ID"] or not em["From"] or not em["Date"]:
                err("bad eml " + f)
            body = em.get_body(preferencelist=("plain",))
            if body is None or not body.get_content().strip():
                err("no text body " + f)
            all_ids.add(em["Message-ID"].strip())
    for m_ in S.MSGS:
        if MID[m_["key"]] not in all_ids:
            err("message %s not written" % m_["key"])

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("message_id", "stage_evidence", "answered_by") and isinstance(v, str) and v.startswith("<"):
                    if v not in all_ids:
                        err("truth references missing Message-ID " + v)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(truth)
    uids = set()
    for k in cal:
        with open(os.path.join(HERE, "calendar", k, "calendar.ics"), encoding="utf-8") as fh:
            uids |= set(re.findall(r"^UID:(.+?)\r?$", fh.read(), re.M))
    for n in truth["negotiations"]:
        if isinstance(n["stage_evidence"], str) and not n["stage_evidence"].startswith("<") and n["stage_evidence"] not in uids:
            err("missing UID " + n["stage_evidence"])
    for i in truth["inbound"]:
        if isinstance(i["answered_by"], str) and not i["answered_by"].startswith("<") and i["answered_by"] not in uids:
            err("missing UID " + i["answered_by"])
    if ERRORS:
        print("\n".join("ERROR: " + e for e in ERRORS))
        sys.exit(1)
    en = sum(1 for m_ in S.MSGS if not re.search("[а-яА-ЯёЁ]", m_["body"]))
    print("ok: %d messages (%d English), %d mail files, %d meetings, %d calls, %d negotiations, "
          "%d agreed, %d inbound, %d complaints, %d client calls" % (
              len(S.MSGS), en, n_files, len(S.MEETINGS), len(S.CALLS), len(truth["negotiations"]),
              len(truth["agreed"]), len(truth["inbound"]), len(truth["complaints"]), len(truth["calls"])))


def toml(ext):
    out = ['# Сибирь-Урал Коннект: invented test company for dealtrail (see README.md)',
           'database = "dealtrail.db"', '',
           '[company]', 'name = "Сибирь-Урал Коннект"', 'internal_domains = ["suconnect.ru"]',
           'base_currency = "RUB"', 'country = "RU"', 'timezone = "%s"' % S.TZ, 'locale = "ru"',
           'transferred_workdays = []', 'extra_holidays = []', '']
    for k in MGR_KEYS:
        name, addr, off, role, _ = P[k]
        out += ['[[managers]]', 'email = "%s"' % addr, 'name = "%s"' % name,
                'role = "%s"' % role, 'team = "B2B"',
                'timezone = "%s"' % ("Asia/Yekaterinburg" if off == 5 else "Asia/Novosibirsk"),
                'locale = "ru"', 'extension = "%s"' % ext[k], '']
    for k in MGR_KEYS:
        out += ['[[mailboxes]]', 'name = "%s-mail"' % k, 'kind = "maildir"', 'owner = "%s"' % P[k][1],
                'path = "mail/%s"' % k, '',
                '[[mailboxes]]', 'name = "%s-calendar"' % k, 'kind = "ics"', 'owner = "%s"' % P[k][1],
                'path = "calendar/%s"' % k, '']
    for code, en, ru, aliases in S.PRODUCTS:
        out += ['[[products]]', 'code = "%s"' % code, 'name_en = "%s"' % en, 'name_ru = "%s"' % ru,
                'aliases = [%s]' % ", ".join('"%s"' % a for a in aliases), '']
    out += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
            '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]', 'calls = "calls.csv"', '',
            '[imports.calls_columns]', 'call_id = "ID записи"', 'time = "Начало вызова"',
            'direction = "Тип вызова"', 'manager = "Добавочный"', 'phone = "Номер собеседника"',
            'duration = "Разговор, сек"', 'status = "Результат"', 'note = "Комментарий"', '',
            '[pipeline]',
            'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]',
            'probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}',
            '']
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
