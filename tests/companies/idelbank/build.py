#!/usr/bin/env python3
"""Build the Idel Bank test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp} (+ .Sent/cur), calendar/<box>/*.ics, clients.csv, plans.csv,
sales.csv, calls.csv (PBX export, cp1251, ';'), dealtrail.toml, truth.json; then checks them.
"""
import csv, email, email.policy, hashlib, io, json, os, shutil, sys, zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S

MSK = timezone(timedelta(hours=3))
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DOW_S = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def person(addr):
    return S.PEOPLE[addr]


def name(addr):
    return person(addr)["name"]


def tzof(addr):
    h = person(addr).get("tz", 3)
    return timezone(timedelta(hours=h))


def domain(addr):
    return addr.split("@", 1)[1]


def is_internal(addr):
    return domain(addr) in S.INTERNAL


def msgid(m):
    h = hashlib.sha1(m["k"].encode()).hexdigest()
    d = domain(m["f"])
    if d == "gmail.com":
        return "<CAH%s@mail.gmail.com>" % h[:24].upper()
    if d == "mail.ru":
        return "<%s@f%s.mail.ru>" % (int(h[:10], 16), h[10:13])
    return "<%s.%s@%s>" % (h[:12], m["k"], d)


def lst(x):
    if x is None:
        return []
    return [x] if isinstance(x, str) else list(x)


BY = {m["k"]: m for m in S.MESSAGES}
_CLIENT_DOMAINS = {d for c in S.CLIENTS for d in c["domains"]}
for _m in S.MESSAGES:
    # a client's message to a manager: from a directory domain or a sole trader, to a manager's box
    _to = lst(_m["t"]) + lst(_m.get("cc"))
    _client = _m["f"] in S.SOLE or _m["f"].split("@")[1] in _CLIENT_DOMAINS
    _m.setdefault("in", _client and _m.get("kind") != "noise" and any(a in S.BOXES for a in _to))
    if _m["in"] and "ans" not in _m and _m.get("na", True):
        raise SystemExit("inbound %s needs 'ans' (or na=False)" % _m["k"])
    if not _m.get("lang"):
        _cyr = sum(1 for ch in _m["b"] if "\u0400" <= ch <= "\u04ff")
        _lat = sum(1 for ch in _m["b"] if ch.isascii() and ch.isalpha())
        _m["lang"] = "en" if _lat > 3 * _cyr else "ru"
assert len(BY) == len(S.MESSAGES), "duplicate message keys"
TEXT = {}  # key -> full rendered text


def header_block(m, style, viewer=None):
    p = BY[m] if isinstance(m, str) else m
    dt = when(p["d"]).astimezone(tzof(viewer or p["f"]))
    fn, fa = name(p["f"]), p["f"]
    to = "; ".join("%s <%s>" % (name(a), a) for a in lst(p["t"]))
    if style in ("outlook_ru", "fwd_ru"):
        head = ("-----Исходное сообщение-----\n" if style == "outlook_ru" else "-------- Пересылаемое сообщение --------\n")
        return head + "От: %s <%s>\nОтправлено: %s, %d %s %d г. %02d:%02d\nКому: %s\n%sТема: %s\n\n" % (
            fn, fa, RU_DOW[dt.weekday()], dt.day, RU_MON[dt.month - 1], dt.year, dt.hour, dt.minute, to,
            ("Копия: %s\n" % "; ".join(lst(p.get("cc"))) if p.get("cc") else ""), p["s"]), False
    if style in ("outlook_en", "fwd_en"):
        head = "________________________________\n" if style == "outlook_en" else "---------- Forwarded message ---------\n"
        hr = dt.hour % 12 or 12
        return head + "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n" % (
            fn, fa, EN_DOW[dt.weekday()], EN_MON[dt.month - 1], dt.day, dt.year, hr, dt.minute,
            "AM" if dt.hour < 12 else "PM", to, p["s"]), False
    if style == "gmail_en":
        return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:\n" % (
            EN_DOW[dt.weekday()][:3], dt.day, EN_MON[dt.month - 1][:3], dt.year, dt.hour, dt.minute, fn, fa), True
    if style == "gmail_ru":
        return "%s, %d %s %d г. в %02d:%02d, %s <%s>:\n" % (
            RU_DOW_S[dt.weekday()], dt.day, RU_MON_S[dt.month - 1], dt.year, dt.hour, dt.minute, fn, fa), True
    if style == "yandex":
        return "%02d.%02d.%d, %02d:%02d, \"%s\" <%s>:\n" % (dt.day, dt.month, dt.year, dt.hour, dt.minute, fn, fa), True
    if style == "mailru":
        return "%s, %d %s %d, %02d:%02d %s от %s <%s>:\n" % (
            RU_DOW[dt.weekday()].capitalize(), dt.day, RU_MON[dt.month - 1], dt.year, dt.hour, dt.minute,
            dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:], fn, fa), True
    if style == "iphone_ru":
        return "> %d %s %d г., в %d:%02d, %s <%s> написал(а):\n>\n" % (
            dt.day, RU_MON_S[dt.month - 1], dt.year, dt.hour, dt.minute, fn, fa), True
    if style == "iphone_en":
        return "> On %d %s %d, at %d:%02d, %s <%s> wrote:\n>\n" % (
            dt.day, EN_MON[dt.month - 1][:3], dt.year, dt.hour, dt.minute, fn, fa), True
    raise ValueError(style)


def render(m):
    if m["k"] in TEXT:
        return TEXT[m["k"]]
    body = m["b"].strip("\n") + "\n"
    sig = "" if m.get("nosig") else person(m["f"]).get("sig", "")
    if sig:
        body += "\n" + sig.strip("\n") + "\n"
    q = m.get("q")
    if m.get("fwd"):
        parent = BY[m["fwd"]]
        hb, _ = header_block(parent, "fwd_en" if (q or "").endswith("en") else "fwd_ru", m["f"])
        body += "\n" + hb + render(parent)
    elif q and m.get("re"):
        parent = BY[m["re"]]
        hb, prefix = header_block(parent, q, m["f"])
        ptxt = render(parent)
        if prefix:
            qt = "\n".join((">" + (" " + l if l else "")) for l in ptxt.rstrip("\n").split("\n")) + "\n"
            if q.startswith("iphone"):
                body += "\n" + hb + qt
            else:
                body += "\n" + hb + qt
        else:
            body += "\n" + hb + ptxt
    TEXT[m["k"]] = body
    return body


FAKE_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def build_eml(m):
    e = EmailMessage()
    e["Message-ID"] = msgid(m)
    e["Date"] = format_datetime(when(m["d"]).astimezone(tzof(m["f"])))
    e["From"] = formataddr((name(m["f"]), m["f"]))
    e["To"] = ", ".join(formataddr((name(a), a)) for a in lst(m["t"]))
    if m.get("cc"):
        e["Cc"] = ", ".join(formataddr((name(a), a)) for a in lst(m["cc"]))
    e["Subject"] = m["s"]
    if m.get("re") and not m.get("noref"):
        chain, p = [], m["re"]
        while p:
            chain.insert(0, msgid(BY[p]))
            p = BY[p].get("re") if not BY[p].get("noref") else None
        e["In-Reply-To"] = msgid(BY[m["re"]])
        e["References"] = " ".join(chain)
    for h, v in (m.get("hdr") or {}).items():
        e[h] = v
    e["MIME-Version"] = "1.0"
    # Exchange at the bank sends base64; the clients' servers mostly 8bit
    e.set_content(render(m), cte="base64" if is_internal(m["f"]) else "8bit")
    for fn in lst(m.get("att")):
        e.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=fn)
    return e


def boxes_of(m):
    out = []
    if m["f"] in S.BOXES:
        out.append((S.BOXES[m["f"]], ".Sent/cur"))
    for a in lst(m["t"]) + lst(m.get("cc")):
        if a in S.BOXES and a != m["f"]:
            out.append((S.BOXES[a], "cur"))
    return out


def ics_dt(s):
    return when(s).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    b = line.encode()
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def build_ics(ev):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Idel Bank//Exchange 2019//RU", "METHOD:PUBLISH",
             "BEGIN:VEVENT", "UID:" + ev["uid"], "DTSTAMP:" + ics_dt(ev.get("created", ev["start"])),
             "DTSTART:" + ics_dt(ev["start"]),
             "DTEND:" + ics_dt((when(ev["start"]) + timedelta(minutes=ev.get("min", 60))).strftime("%Y-%m-%d %H:%M")),
             "SUMMARY:" + esc(ev["summary"]), "LOCATION:" + esc(ev.get("loc", "")),
             "DESCRIPTION:" + esc(ev.get("desc", "")),
             "ORGANIZER;CN=%s:mailto:%s" % (name(ev["org"]), ev["org"])]
    for a in ev["att"]:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (name(a), a))
    lines.append("STATUS:" + ev.get("status", "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    for box in sorted(set(S.BOXES.values())):
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", box, sub), exist_ok=True)
        os.makedirs(os.path.join(out, "calendar", box), exist_ok=True)
    ids = {}
    for m in S.MESSAGES:
        e = build_eml(m)
        ids[m["k"]] = e["Message-ID"]
        raw = e.as_bytes(policy=email.policy.SMTP)
        ts = int(when(m["d"]).timestamp())
        for box, sub in boxes_of(m):
            fn = "%d.M%dP%d.idelbank,S=%d:2,S" % (ts, zlib.crc32(m["k"].encode()) % 100000, 4000 + len(m["k"]), len(raw))
            with open(os.path.join(out, "mail", box, sub, fn), "wb") as fh:
                fh.write(raw)
    uids = set()
    for ev in S.MEETINGS:
        assert ev["uid"] not in uids, ev["uid"]
        uids.add(ev["uid"])
        for who in [ev["org"]] + ev["att"]:
            if who in S.BOXES:
                with open(os.path.join(out, "calendar", S.BOXES[who], ev["uid"].split("@")[0] + ".ics"), "w",
                          newline="") as fh:
                    fh.write(build_ics(ev))
    # clients.csv
    with open(os.path.join(out, "clients.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for c in S.CLIENTS:
            w.writerow([c["client"], ";".join(c["domains"]), c["owner"], c["segment"], ", ".join(c.get("phones", []))])
    with open(os.path.join(out, "plans.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for r in S.PLANS:
            w.writerow(r)
    with open(os.path.join(out, "sales.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        for r in S.SALES:
            w.writerow(r)
    # calls: the PBX's own export (cp1251, ';')
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(S.CALL_HEADERS)
    for r in S.CALLS:
        w.writerow(r["row"])
    with open(os.path.join(out, "calls.csv"), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1251"))
    with open(os.path.join(out, "dealtrail.toml"), "w", encoding="utf-8") as fh:
        fh.write(S.TOML)
    os.chmod(os.path.join(out, "dealtrail.toml"), 0o644)
    truth = make_truth(ids, uids)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    check(truth, ids, uids)


def ref(x, ids, uids):
    """answered_by / evidence: a message key, an ics UID or a call ('call:N' -> row number)."""
    if x is None:
        return None
    if isinstance(x, int):
        return x
    if x.startswith("call:"):
        return call_row(x[5:])
    if x in uids:
        return x
    return ids[x]


def call_row(cid):
    for i, r in enumerate(S.CALLS):
        if r["id"] == cid:
            return i + 2  # spreadsheet row: header is row 1
    raise KeyError(cid)


def make_truth(ids, uids):
    t = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": [], "not_negotiations": [],
         "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in S.NEGOTIATIONS:
        d = dict(n)
        d["stage_evidence"] = ref(n["stage_evidence"], ids, uids)
        if d.get("amount") is not None and not isinstance(d["amount"], dict):
            d["amount"] = {"minor": int(d["amount"] * 100), "currency": "RUB"}
        t["negotiations"].append(d)
    t["not_negotiations"] = S.NOT_NEGOTIATIONS
    for m in S.MESSAGES:
        for p in m.get("P", []):
            quote, due, status = p
            t["agreed"].append({"message_id": ids[m["k"]], "side": "manager" if is_internal(m["f"]) else "client",
                                "who": m["f"], "quote": quote, "due": due, "status": status})
        if m.get("in"):
            na = m.get("na", True)
            ab = m.get("ans")
            t["inbound"].append({"message_id": ids[m["k"]], "needs_answer": na, "answered": ab is not None,
                                 "answered_by": ref(ab, ids, uids)})
        if "C" in m:
            t["complaints"].append({"message_id": ids[m["k"]], "manager": m.get("cm", lst(m["t"])[0]),
                                    "about_us": m["C"]})
    for i, r in enumerate(S.CALLS):
        if r.get("client"):
            t["calls"].append({"row": i + 2, "manager": r["mgr"], "client": r["client"]})
    return t


def check(truth, ids, uids):
    n = 0
    all_ids = set(ids.values())
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                msg = email.message_from_binary_file(fh, policy=email.policy.default)
            assert msg["Message-ID"] in all_ids and msg["From"] and msg["Date"], f
            msg.get_body(preferencelist=("plain",)).get_content()
            n += 1
    clients = {c["client"] for c in S.CLIENTS}
    for ng in truth["negotiations"]:
        assert ng["client"] in clients or "@" in ng["client"], ng["client"]
        assert ng["manager"] in S.BOXES, ng
        assert ng["stage"] in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"), ng
        ev = ng["stage_evidence"]
        assert ev in all_ids or ev in uids, ev
        assert ng["next_contact_source"] in ("meeting", "call", "manager_promise", "client_request", None), ng
        assert (ng["next_contact"] is None) == (ng["next_contact_source"] is None), ng
        assert ng["product"] is None or ng["product"] in S.PRODUCT_CODES, ng
    bykey = {ids[k]: k for k in ids}
    for a in truth["agreed"]:
        k = bykey[a["message_id"]]
        assert a["quote"] in BY[k]["b"], ("quote not verbatim", k, a["quote"])
        assert a["status"] in ("open", "kept", "broken")
    for i in truth["inbound"]:
        assert i["message_id"] in all_ids
        ab = i["answered_by"]
        assert ab is None or isinstance(ab, int) or ab in all_ids or ab in uids, ab
    for c in truth["complaints"]:
        assert c["message_id"] in all_ids and c["manager"] in S.BOXES
    # every calendar file parses into one VEVENT with a UID
    ne = 0
    for root, _, files in os.walk(os.path.join(HERE, "calendar")):
        for f in files:
            txt = open(os.path.join(root, f), encoding="utf-8").read()
            assert txt.count("BEGIN:VEVENT") == 1 and "UID:" in txt, f
            ne += 1
    with open(os.path.join(HERE, "calls.csv"), encoding="cp1251") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == S.CALL_HEADERS and len(rows) == len(S.CALLS) + 1
    en = sum(1 for m in S.MESSAGES if m.get("lang") == "en")
    print("ok: %d messages (%d English, %.0f%%), %d maildir files, %d meetings (%d ics files), %d calls, "
          "%d negotiations, %d agreed, %d inbound, %d complaints, %d not_negotiations" % (
              len(S.MESSAGES), en, 100.0 * en / len(S.MESSAGES), n, len(S.MEETINGS), ne, len(S.CALLS),
              len(truth["negotiations"]), len(truth["agreed"]), len(truth["inbound"]), len(truth["complaints"]),
              len(truth["not_negotiations"])))


if __name__ == "__main__":
    main()
