#!/usr/bin/env python3
"""Build the Strazh Cyber test company from story.py (standard library only, deterministic).

    python3 build.py        # writes mail/, calendar/, calls.csv, clients.csv, plans.csv,
                            # sales.csv, truth.json and checks them
"""
import csv, datetime as dt, email, email.policy, hashlib, json, os, shutil, sys
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                "окт.", "нояб.", "дек."]
RU_DAY = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DAY_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def person(addr):
    return S.PEOPLE[addr]


def tz_of(addr):
    return ZoneInfo(person(addr)["tz"])


def when(msg, tz=None):
    """The message's moment: story dates are Moscow wall time unless given with 'tz'."""
    d = dt.datetime.strptime(msg["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S.TIMEZONE))
    return d.astimezone(tz or tz_of(msg["frm"]))


def fmt_addr(addr):
    return formataddr((person(addr)["name"], addr))


def mid_of(key):
    m = S.BY_KEY[key]
    dom = m["frm"].split("@")[1]
    h = hashlib.sha1(("strazh/" + key).encode()).hexdigest()
    style = person(m["frm"]).get("mua", "plain")
    if dom == "gmail.com":
        return "<CA%s%s@mail.gmail.com>" % (h[:10].upper(), h[10:30])
    if style == "outlook":
        return "<%s%s@%s.PROD.OUTLOOK.COM>" % (h[:4].upper() + "PR0" + h[4:8].upper(), h[8:28].upper(), dom.split(".")[0].upper() + "EUR03")
    if style == "yandex":
        return "<%d1%s@mail.yandex.ru>" % (int(h[:6], 16), h[6:10])
    if style == "mailru":
        return "<%d.%s@f%d.i.mail.ru>" % (1700000000 + int(h[:5], 16), h[5:12], int(h[12:14], 16))
    if style == "iphone":
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), dom)
    return "<%s.%s@%s>" % (h[:12], key.replace("_", "-"), dom)


def quote_block(style, q, tz):
    """Quoted history of message q in a mail client's style (times in the replier's zone)."""
    d = when(q, tz)
    body = render_text(q)
    name, addr = person(q["frm"])["name"], q["frm"]
    to = "; ".join(person(a)["name"] for a in q["to"])
    gt = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if style == "outlook_en":
        return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\n%sSubject: %s\n\n%s"
                % (name, addr, EN_DAY[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                   d.strftime("%I:%M %p").lstrip("0"), to,
                   ("Cc: %s\n" % "; ".join(person(a)["name"] for a in q["cc"])) if q["cc"] else "",
                   q["subject"], body))
    if style == "outlook_ru":
        return ("\n\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n%sТема: %s\n\n%s"
                % (name, addr, RU_DAY[d.weekday()], d.day, RU_MON[d.month - 1], d.year, d.strftime("%H:%M"), to,
                   ("Копия: %s\n" % "; ".join(person(a)["name"] for a in q["cc"])) if q["cc"] else "",
                   q["subject"], body))
    if style == "gmail_en":
        return "\n\nOn %s, %s %d, %d at %s %s <%s> wrote:\n%s" % (
            EN_DAY[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year,
            d.strftime("%I:%M %p").lstrip("0"), name, addr, gt)
    if style == "gmail_ru":
        return "\n\n%s, %d %s %d г. в %s, %s <%s>:\n%s" % (
            RU_DAY_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, d.strftime("%H:%M"), name, addr, gt)
    if style == "yandex":
        return "\n\n%s, \"%s\" <%s>:\n%s" % (d.strftime("%d.%m.%Y, %H:%M"), name, addr, gt)
    if style == "mailru":
        off = d.strftime("%z")
        return "\n\n%s, %d %s %d, %s %s:%s от %s <%s>:\n%s" % (
            RU_DAY[d.weekday()].capitalize(), d.day, RU_MON[d.month - 1], d.year, d.strftime("%H:%M"),
            off[:3], off[3:], name, addr, gt)
    if style == "iphone":
        return "\n\n> On %d %s %d, at %s, %s <%s> wrote:\n>\n%s" % (
            d.day, EN_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), name, addr, gt)
    if style == "fwd_gmail":
        return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n\n%s"
                % (name, addr, EN_DAY[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year,
                   d.strftime("%I:%M %p").lstrip("0"), q["subject"], ", ".join(q["to"]), body))
    if style == "fwd_yandex":
        return ("\n\n-------- Пересылаемое сообщение --------\n%s, \"%s\" <%s>:\n\n%s\n-------- Конец пересылаемого сообщения --------"
                % (d.strftime("%d.%m.%Y, %H:%M"), name, addr, body))
    if style == "fwd_outlook_ru":
        return ("\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (name, addr, d.strftime("%d.%m.%Y %H:%M"), ", ".join(q["to"]), q["subject"], body))
    raise ValueError(style)


_cache = {}


def render_text(m):
    if m["key"] in _cache:
        return _cache[m["key"]]
    text = m["body"].strip("\n")
    sig = m["sig"] if m["sig"] is not None else person(m["frm"]).get("sig")
    if sig:
        text += "\n\n" + sig.strip("\n")
    if m["quote"]:
        qk = m["quote_of"] or m["reply"]
        text += quote_block(m["quote"], S.BY_KEY[qk], tz_of(m["frm"]))
    _cache[m["key"]] = text + "\n"
    return _cache[m["key"]]


def refs_of(m):
    if not m["reply"] or m["no_irt"]:
        return []
    p = S.BY_KEY[m["reply"]]
    return refs_of(p) + [mid_of(p["key"])]


def build_eml(m):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(when(m))
    msg["Message-ID"] = mid_of(m["key"])
    refs = refs_of(m)
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    mua = person(m["frm"]).get("mua", "plain")
    msg["X-Mailer" if mua in ("outlook", "plain") else "User-Agent"] = {
        "outlook": "Microsoft Outlook 16.0", "plain": "Strazh Mail", "yandex": "Yandex.Mail",
        "mailru": "Mail.Ru Mailer 1.0", "iphone": "iPhone Mail (21G93)", "gmail": "Gmail"}.get(mua, mua)
    for k, v in m["headers"].items():
        msg[k] = v
    msg.set_content(render_text(m), charset="utf-8")
    for name in m["attach"]:
        data = ("%%PDF-1.4\n%% invented attachment %s for %s\n%%%%EOF\n" % (name, m["key"])).encode("utf-8")
        msg.add_attachment(data, maintype="application", subtype="pdf" if name.endswith(".pdf") else "octet-stream",
                           filename=name)
    if m["attach"]:
        msg.set_boundary("----=_NextPart_%s" % hashlib.sha1(("b/" + m["key"]).encode()).hexdigest()[:24])
    return msg.as_bytes()


def boxes_for(m):
    out = []
    for a in [m["frm"]]:
        if a in S.BOXES:
            out.append((S.BOXES[a], ".Sent/cur"))
    for a in m["to"] + m["cc"]:
        if a in S.BOXES and a != m["frm"]:
            out.append((S.BOXES[a], "cur"))
    return out


def ics_dt(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S.TIMEZONE))
    return d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def build_ics(ev):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Strazh Cyber//Calendar export//RU", "METHOD:PUBLISH",
             "BEGIN:VEVENT", "UID:" + ev["uid"], "DTSTAMP:" + ics_dt(ev["stamp"]),
             "DTSTART:" + ics_dt(ev["start"]), "DTEND:" + ics_dt(ev["end"]),
             "SUMMARY:" + ev["summary"].replace(",", "\\,").replace(";", "\\;"),
             "ORGANIZER;CN=%s:mailto:%s" % (person(ev["organizer"])["name"], ev["organizer"])]
    for a in ev["attendees"]:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s" % (person(a)["name"], a))
    if ev["location"]:
        lines.append("LOCATION:" + ev["location"].replace(",", "\\,"))
    if ev["description"]:
        lines.append("DESCRIPTION:" + ev["description"].replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    lines += ["STATUS:" + ev.get("status", "CONFIRMED"), "END:VEVENT", "END:VCALENDAR"]
    # fold long lines (RFC 5545: 75 octets)
    out = []
    for l in lines:
        b = l.encode("utf-8")
        first = True
        while len(b) > 73:
            cut = 73
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((" " if not first else "") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append((" " if not first else "") + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def fail(msg):
    print("build.py: FAIL:", msg)
    sys.exit(1)


def main():
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for box in sorted(set(S.BOXES.values())):
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", box, sub), exist_ok=True)
        os.makedirs(os.path.join(HERE, "calendar", box), exist_ok=True)

    ids = {}
    texts = {}
    for m in S.MESSAGES:
        raw = build_eml(m)
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        if parsed["Message-ID"].strip() != mid_of(m["key"]):
            fail("Message-ID does not round-trip for " + m["key"])
        body = parsed.get_body(preferencelist=("plain",)).get_content()
        texts[m["key"]] = body
        ids[m["key"]] = parsed["Message-ID"].strip()
        where = boxes_for(m)
        if not where:
            fail("message %s lands in no mailbox" % m["key"])
        epoch = int(when(m).timestamp())
        for box, sub in where:
            fn = "%d.%s.strazh:2,S" % (epoch, m["key"])
            with open(os.path.join(HERE, "mail", box, sub, fn), "wb") as f:
                f.write(raw)
    # re-read every file from disk
    n_files = 0
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                p = email.message_from_binary_file(f, policy=email.policy.default)
            if not p["Message-ID"] or not p["Date"] or not p["From"]:
                fail("bad eml " + fn)
            p.get_body(preferencelist=("plain",)).get_content()
            n_files += 1

    uids = set()
    for ev in S.EVENTS:
        if ev["uid"] in uids:
            fail("duplicate UID " + ev["uid"])
        uids.add(ev["uid"])
        owners = [ev["organizer"]] + [a for a in ev["attendees"] if a != ev["organizer"]]
        for a in owners:
            if a in S.BOXES:
                with open(os.path.join(HERE, "calendar", S.BOXES[a], ev["uid"].split("@")[0] + ".ics"), "w",
                          encoding="utf-8", newline="") as f:
                    f.write(build_ics(ev))

    # calls.csv: the PBX's own export, in time order (story rows are renumbered)
    order = sorted(range(len(S.CALLS)), key=lambda i: (S.CALLS[i]["row"][0], i))
    renum = {i + 2: pos + 2 for pos, i in enumerate(order)}
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(S.CALLS_HEADER)
        for pos, i in enumerate(order):
            row = list(S.CALLS[i]["row"])
            row[7] = "cdr-%05d" % (41000 + pos * 7)
            w.writerow(row)
    call_rows = {renum[i + 2]: c for i, c in enumerate(S.CALLS)}

    for name, header, rows in (("clients.csv", S.CLIENTS_HEADER, S.CLIENTS), ("plans.csv", S.PLANS_HEADER, S.PLANS),
                               ("sales.csv", S.SALES_HEADER, S.SALES)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    # ---- truth
    def ref(x):
        if x is None:
            return None
        if isinstance(x, int):
            if x not in renum:
                fail("no calls.csv row %d" % x)
            return renum[x]
        if x in S.BY_KEY:
            return ids[x]
        if x in uids:
            return x
        fail("unknown reference " + repr(x))

    negs = []
    for n in S.NEGOTIATIONS:
        n = dict(n)
        n["stage_evidence"] = ref(n["stage_evidence"])
        negs.append(n)
    agreed = []
    for a in S.AGREED:
        if a["quote"] not in S.BY_KEY[a["key"]]["body"]:
            fail("quote not verbatim in new text of %s: %r" % (a["key"], a["quote"]))
        if a["quote"] not in texts[a["key"]]:
            fail("quote not in the parsed body of %s" % a["key"])
        agreed.append({"message_id": ids[a["key"]], "side": a["side"], "who": a["who"],
                       "quote": a["quote"], "due": a["due"], "status": a["status"]})
    client_addrs = S.client_address_set()
    inbound = []
    for m in S.MESSAGES:
        if m["frm"] in client_addrs and any(a in S.MANAGER_EMAILS for a in m["to"] + m["cc"]):
            if m["need"] is None:
                fail("client message %s has no inbound label" % m["key"])
            inbound.append({"message_id": ids[m["key"]], "needs_answer": m["need"],
                            "answered": m["ans"] is not None, "answered_by": ref(m["ans"])})
            if m["ans"] is not None and not isinstance(m["ans"], int) and m["ans"] in S.BY_KEY:
                if S.BY_KEY[m["ans"]]["date"] <= m["date"]:
                    fail("%s answered by an earlier message" % m["key"])
        elif m["need"] is not None:
            fail("%s labelled inbound but is not a client message to a manager" % m["key"])
    complaints = [{"message_id": ids[c["key"]], "manager": c["manager"], "about_us": c["about_us"]}
                  for c in S.COMPLAINTS]
    calls = []
    for r, c in call_rows.items():
        if c["client"]:
            calls.append({"row": r, "manager": c["manager"], "client": c["client"]})
    truth = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": negs,
             "not_negotiations": S.NOT_NEGOTIATIONS, "agreed": agreed, "inbound": inbound,
             "complaints": complaints, "calls": calls}
    names = {row[0] for row in S.CLIENTS} | set(S.SOLE_TRADERS)
    for n in negs:
        if n["client"] not in names:
            fail("negotiation client not in clients.csv: " + n["client"])
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            fail("bad stage " + n["stage"])
    for m in S.MESSAGES:
        if when(m) > dt.datetime.fromisoformat(S.AS_OF):
            fail("message after as_of: " + m["key"])
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    print("ok: %d messages (%d files), %d events, %d calls, %d negotiations, %d agreed, %d inbound, %d complaints"
          % (len(S.MESSAGES), n_files, len(S.EVENTS), len(S.CALLS), len(negs), len(agreed), len(inbound),
             len(complaints)))


if __name__ == "__main__":
    main()
