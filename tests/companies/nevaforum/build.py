#!/usr/bin/env python3
"""Build the nevaforum test company from story.py (standard library only, deterministic)."""
import csv, datetime as dt, email, email.policy, email.utils, json, os, re, shutil, sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S

MSK = dt.timezone(dt.timedelta(hours=3))
MARK = re.compile(r"<<([^|<>]*)\|([^|<>]*)\|(.+?)>>", re.S)
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DAY = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DAY_S = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def t(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def domain(a):
    return a.split("@", 1)[1].lower()


def is_internal(a):
    return domain(a) == S.DOMAIN


def name_of(a):
    return S.PEOPLE.get(a, "")


def fmt_addr(a):
    n = name_of(a)
    return email.utils.formataddr((n, a)) if n else a


def plain_addr(a):
    n = name_of(a)
    return '"%s" <%s>' % (n, a) if n and ("," in n or "." in n) else ("%s <%s>" % (n, a) if n else a)


def render(body):
    return MARK.sub(lambda m: m.group(3), body)


MSGS = {}
ORDER = []
for m in S.MESSAGES:
    assert m["key"] not in MSGS, m["key"]
    m.setdefault("cc", [])
    m["when"] = t(m["date"])
    m["mid"] = "<%s.%s@%s>" % (m["key"], m["when"].strftime("%Y%m%d%H%M"), domain(m["frm"]))
    MSGS[m["key"]] = m
    ORDER.append(m)
ORDER.sort(key=lambda m: m["when"])


def quote_block(kind, q):
    b = render(q["body_full"]).rstrip()
    w = q["when"]
    to = ", ".join(plain_addr(a) for a in q["to"])
    gt = "\n".join(("> " + l) if l else ">" for l in b.split("\n"))
    if kind == "outlook_ru":
        h = "-----Исходное сообщение-----\nОт: %s\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n%sТема: %s\n\n" % (
            plain_addr(q["frm"]), RU_DAY[w.weekday()], w.day, RU_MON[w.month - 1], w.year, w.strftime("%H:%M"), to,
            ("Копия: %s\n" % ", ".join(plain_addr(a) for a in q["cc"])) if q["cc"] else "", q["subject"])
        return "\n\n" + h + b
    if kind == "outlook_en":
        h = "From: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n" % (
            plain_addr(q["frm"]), w.strftime("%A, %B %-d, %Y %-I:%M %p"), to,
            ("Cc: %s\n" % ", ".join(plain_addr(a) for a in q["cc"])) if q["cc"] else "", q["subject"])
        return "\n\n________________________________\n" + h + b
    if kind == "gmail_en":
        return "\n\nOn %s, %s wrote:\n%s" % (w.strftime("%a, %-d %b %Y at %H:%M"), plain_addr(q["frm"]), gt)
    if kind == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %s, %s:\n%s" % (RU_DAY_S[w.weekday()], w.day, RU_MON_S[w.month - 1], w.year,
                                                   w.strftime("%H:%M"), plain_addr(q["frm"]), gt)
    if kind == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n%s" % (w.strftime("%d.%m.%Y, %H:%M"), name_of(q["frm"]), q["frm"], gt)
    if kind == "mailru":
        return "\n\n>%s, %d %s %d, %s +03:00 от %s:\n%s" % (RU_DAY[w.weekday()].capitalize(), w.day, RU_MON[w.month - 1],
                                                          w.year, w.strftime("%H:%M"), plain_addr(q["frm"]), gt)
    if kind == "iphone_ru":
        return "\n\n> %d %s %d г., в %s, %s написал(а):\n>\n%s" % (w.day, RU_MON_S[w.month - 1], w.year,
                                                                 w.strftime("%H:%M"), plain_addr(q["frm"]), gt)
    if kind == "fwd":
        return "\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (
            plain_addr(q["frm"]), w.strftime("%a, %b %-d, %Y at %-I:%M %p"), q["subject"], to, b)
    if kind == "fwd_ru":
        return "\n\n-------- Пересылаемое сообщение --------\n%s, \"%s\" <%s>:\nТема: %s\nКому: %s\n\n%s\n\n-------- Конец пересылаемого сообщения --------" % (
            w.strftime("%d.%m.%Y, %H:%M"), name_of(q["frm"]), q["frm"], q["subject"], to, b)
    raise ValueError(kind)


for m in ORDER:  # quotes refer to earlier messages, already complete
    body = m["body"].strip("\n") + "\n"
    if m.get("sig"):
        body += "\n" + m["sig"].strip("\n") + "\n"
    for kind, k in m.get("quote", []):
        body += quote_block(kind, MSGS[k]) + "\n"
    m["body_full"] = body

errors = []
OUT = HERE
for d in ("mail", "calendar"):
    shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
BOXES = {mg["email"]: mg["box"] for mg in S.MANAGERS}
for b in BOXES.values():
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        os.makedirs(os.path.join(OUT, "mail", b, sub), exist_ok=True)
    os.makedirs(os.path.join(OUT, "calendar", b), exist_ok=True)


def build_eml(m):
    e = EmailMessage()
    e["From"] = fmt_addr(m["frm"])
    e["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m["cc"]:
        e["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    e["Subject"] = m["subject"]
    e["Date"] = email.utils.format_datetime(m["when"])
    e["Message-ID"] = m["mid"]
    if m.get("reply") and not m.get("no_irt"):
        p = MSGS[m["reply"]]
        e["In-Reply-To"] = p["mid"]
        refs = (p.get("_refs", []) + [p["mid"]])[-6:]
        e["References"] = " ".join(refs)
        m["_refs"] = refs
    for h, v in m.get("headers", {}).items():
        e[h] = v
    e["MIME-Version"] = "1.0"
    cte = "base64" if domain(m["frm"]) in ("mail.ru", "yandex.ru", "gmail.com") else "quoted-printable"
    e.set_content(render(m["body_full"]), cte=cte)
    for fn in m.get("att", []):
        data = ("%%PDF-1.4\n%% %s (placeholder)\n%%%%EOF\n" % fn).encode()
        sub = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
               "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "jpg": ("image", "jpeg")}[fn.rsplit(".", 1)[1]]
        e.add_attachment(data, maintype=sub[0], subtype=sub[1], filename=fn)
    return e.as_bytes(policy=email.policy.SMTP)


for m in ORDER:
    raw = build_eml(m)
    if m.get("ghost"):  # exists only as quoted/forwarded text inside another message
        m["_text"] = render(m["body_full"])
        continue
    ts = int(m["when"].timestamp())
    fn = "%d.%s.nevaforum:2,S" % (ts, m["key"])
    places = []
    if m["frm"] in BOXES:
        places.append(os.path.join("mail", BOXES[m["frm"]], ".Sent", "cur"))
    for a in m["to"] + m["cc"]:
        if a in BOXES and a != m["frm"]:
            places.append(os.path.join("mail", BOXES[a], "cur"))
    if not places:
        errors.append("message %s reaches no mailbox" % m["key"])
    for p in dict.fromkeys(places):
        with open(os.path.join(OUT, p, fn), "wb") as f:
            f.write(raw)
    m["_places"] = places
    # parse back
    e = email.message_from_bytes(raw, policy=email.policy.default)
    if e["Message-ID"] != m["mid"]:
        errors.append("Message-ID mismatch %s" % m["key"])
    txt = e.get_body(("plain",)).get_content()
    m["_text"] = txt

# ---------- calendars
UIDS = {}


def ics_dt(s):
    return t(s).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    out, b = [], line.encode()
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


per_box = {}
for ev in S.MEETINGS:
    uid = ev["uid"]
    assert uid not in UIDS, uid
    UIDS[uid] = ev
    lines = ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + ics_dt(ev.get("created", ev["start"])),
             "DTSTART:" + ics_dt(ev["start"]), "DTEND:" + ics_dt(ev["end"]), "SUMMARY:" + esc(ev["summary"])]
    if ev.get("location"):
        lines.append("LOCATION:" + esc(ev["location"]))
    if ev.get("desc"):
        lines.append("DESCRIPTION:" + esc(ev["desc"]))
    if ev.get("status"):
        lines.append("STATUS:" + ev["status"])
    lines.append("ORGANIZER;CN=%s:mailto:%s" % (name_of(ev["organizer"]), ev["organizer"]))
    for a in ev["attendees"]:
        cn = name_of(a) or a
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (cn.replace(",", " "), a))
    lines.append("END:VEVENT")
    for a in [ev["organizer"]] + ev["attendees"]:
        if a in BOXES:
            per_box.setdefault(BOXES[a], []).append(lines)
for b, evs in per_box.items():
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Neva Events//nevaforum test//RU", "CALSCALE:GREGORIAN"]
    seen = set()
    for lines in evs:
        if lines[1] in seen:
            continue
        seen.add(lines[1])
        body += lines
    body.append("END:VCALENDAR")
    with open(os.path.join(OUT, "calendar", b, "calendar.ics"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(fold(l) for l in body) + "\r\n")

# ---------- clients, plans, sales, calls
with open(os.path.join(OUT, "clients.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["client", "domains", "owner", "segment", "phones"])
    for c in S.CLIENTS:
        w.writerow([c["client"], c["domains"], c["owner"], c["segment"], c.get("phones", "")])
with open(os.path.join(OUT, "plans.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
    for r in S.PLANS:
        w.writerow(r)
with open(os.path.join(OUT, "sales.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
    for r in S.SALES:
        w.writerow(r)
with open(os.path.join(OUT, "calls.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(S.CALL_HEADER)
    for r in S.CALLS:
        w.writerow(r)

# ---------- client lookup
DOM2CLIENT = {}
for c in S.CLIENTS:
    for d in c["domains"].split(";"):
        DOM2CLIENT[d.strip().lower()] = c["client"]
NOT_NEG = {x["address"]: x["why"] for x in S.NOT_NEGOTIATIONS}


def client_of(a):
    if is_internal(a) or a in NOT_NEG:
        return None
    if a in S.FREEMAIL_CLIENTS:
        return a
    return DOM2CLIENT.get(domain(a))


def norm_phone(p):
    d = re.sub(r"\D", "", p)
    if len(d) == 11 and d[0] == "8":
        d = "7" + d[1:]
    return d


PHONE2CLIENT = {}
for c in S.CLIENTS:
    for p in re.split(r"[;,]", c.get("phones", "")):
        if p.strip():
            PHONE2CLIENT[norm_phone(p)] = c["client"]
for p, cl in S.SIGNATURE_PHONES.items():
    PHONE2CLIENT[norm_phone(p)] = cl
    if not any(p in m["_text"] for m in ORDER if client_of(m["frm"]) == cl):
        errors.append("signature phone %s not in any mail of %s" % (p, cl))
EXT2MGR = {mg["ext"]: mg["email"] for mg in S.MANAGERS}
EXTRE = re.compile(r"\((\d+)\)")
CALLROWS = {}
calls_truth = []
for i, r in enumerate(S.CALLS, start=2):
    rec = dict(zip(S.CALL_HEADER, r, strict=False))
    mgr = EXT2MGR[EXTRE.search(rec[S.CALL_EXT_COL]).group(1)]
    cl = PHONE2CLIENT.get(norm_phone(rec[S.CALL_PHONE_COL]))
    when = dt.datetime.strptime(rec[S.CALL_TIME_COL], "%d.%m.%Y %H:%M:%S").replace(tzinfo=MSK)
    ok = int(rec[S.CALL_DUR_COL]) > 0 and rec[S.CALL_STATUS_COL] in S.CALL_ANSWERED
    CALLROWS[i] = dict(mgr=mgr, client=cl, when=when, ok=ok)
    if cl:
        calls_truth.append({"row": i, "manager": mgr, "client": cl})

# ---------- truth
def ref(x):
    if x is None:
        return None
    if isinstance(x, int):
        if x not in CALLROWS:
            errors.append("call row %s unknown" % x)
        return str(x)
    if x in MSGS:
        return MSGS[x]["mid"]
    if x in UIDS:
        return x
    errors.append("unknown reference %s" % x)
    return x


MGR_EMAILS = set(BOXES)
negs = []
for n in S.NEGOTIATIONS:
    d = dict(n)
    d["stage_evidence"] = ref(n["stage_evidence"])
    if n.get("amount"):
        d["amount"] = {"minor": int(round(n["amount"][0] * 100)), "currency": n["amount"][1]}
    else:
        d["amount"] = None
    for k in ("next_contact", "next_contact_source", "expected_close", "product"):
        d.setdefault(k, None)
    if d["manager"] not in MGR_EMAILS:
        errors.append("negotiation manager %s" % d["manager"])
    if d["client"] not in DOM2CLIENT.values() and d["client"] not in S.FREEMAIL_CLIENTS:
        errors.append("negotiation client %s unknown" % d["client"])
    negs.append({k: d[k] for k in ("client", "manager", "product", "stage", "stage_evidence", "next_contact",
                                   "next_contact_source", "amount", "expected_close")})

agreed = []
for m in ORDER:
    for mm in MARK.finditer(m["body"]):
        due, status, q = mm.group(1).strip() or None, mm.group(2).strip(), mm.group(3)
        if due == "-":
            due = None
        if status not in ("open", "kept", "broken"):
            errors.append("bad status %s in %s" % (status, m["key"]))
        if q not in m["_text"]:
            errors.append("quote not verbatim in %s: %s" % (m["key"], q))
        agreed.append({"message_id": m["mid"], "side": "manager" if is_internal(m["frm"]) else "client",
                       "who": m["frm"], "quote": q, "due": due, "status": status})

inbound = []
complaints = []
for m in ORDER:
    if m.get("ghost"):
        continue
    cl = client_of(m["frm"])
    if m.get("complaint") is not None:
        mg = m.get("complaint_manager") or next(a for a in m["to"] if a in MGR_EMAILS)
        complaints.append({"message_id": m["mid"], "manager": mg, "about_us": m["complaint"]})
    if not cl or not any(a in MGR_EMAILS for a in m["to"] + m["cc"]):
        continue
    na = m.get("na", True)
    if "ans" in m:
        by = m["ans"]
    elif not na:
        by = None
    else:
        by = None
        cands = []
        for o in ORDER:
            if o["when"] > m["when"] and o["frm"] in MGR_EMAILS and any(client_of(a) == cl for a in o["to"] + o["cc"]):
                cands.append((o["when"], o["key"]))
                break
        for row, c in CALLROWS.items():
            if c["client"] == cl and c["ok"] and c["when"] > m["when"]:
                cands.append((c["when"], row))
        if cands:
            by = min(cands, key=lambda x: x[0])[1]
    inbound.append({"message_id": m["mid"], "needs_answer": na, "answered": by is not None, "answered_by": ref(by)})

for m in ORDER:
    for kind, k in m.get("quote", []):
        if MSGS[k]["when"] >= m["when"]:
            errors.append("%s quotes a later message %s" % (m["key"], k))
    if m.get("reply") and MSGS[m["reply"]]["when"] >= m["when"]:
        errors.append("%s replies to a later message" % m["key"])

truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": negs,
         "not_negotiations": S.NOT_NEGOTIATIONS, "agreed": agreed, "inbound": inbound,
         "complaints": complaints, "calls": calls_truth}
with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")

# ---------- final checks: every referenced Message-ID exists in the built mail
built = set()
for root, _, files in os.walk(os.path.join(OUT, "mail")):
    for fn in files:
        with open(os.path.join(root, fn), "rb") as fh:
            e = email.message_from_binary_file(fh, policy=email.policy.default)
        if e["Message-ID"] is None or e["Date"] is None or e["From"] is None:
            errors.append("bad eml " + fn)
        built.add(e["Message-ID"])
refs = [n["stage_evidence"] for n in negs] + [a["message_id"] for a in agreed] + [i["message_id"] for i in inbound] + \
       [i["answered_by"] for i in inbound if i["answered_by"]] + [c["message_id"] for c in complaints]
for r in refs:
    if r.startswith("<") and r not in built:
        errors.append("referenced Message-ID not built: " + r)
    elif not r.startswith("<") and not r.isdigit() and r not in UIDS:
        errors.append("referenced UID unknown: " + r)
asof = dt.datetime.fromisoformat(S.AS_OF)
for m in ORDER:
    if m["when"] > asof:
        errors.append("message after as_of: " + m["key"])
for r in CALLROWS.values():
    if r["when"] > asof:
        errors.append("call after as_of")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("ok: %d messages, %d meetings, %d calls, %d negotiations, %d agreed, %d inbound, %d complaints, %d not_negotiations" % (
    len(ORDER), len(S.MEETINGS), len(S.CALLS), len(negs), len(agreed), len(inbound), len(complaints), len(S.NOT_NEGOTIATIONS)))
