"""What telephony exports write in a call log, and how the call log import reads it.

The headers, direction and status words and duration forms of the exports
companies point dealtrail at: Asterisk/FreePBX CDR, 3CX, Bitrix24, Mango Office,
the operators' virtual PBXs (Megafon, MTS, Beeline), Zadarma, the Microsoft
Teams PSTN usage report. docs/calls.md lists the exports tested and their
mapping. Everything is matched in lower case with ё read as е.
"""

from __future__ import annotations

import re

# The headers each column is read from (the canonical name counts too). A company whose
# export names a column otherwise maps it in [imports.calls_columns].
CALL_COLUMNS: dict[str, tuple[str, ...]] = {
    "call_id": ("id", "call id", "call_id", "uid", "uniqueid", "unique id", "callid", "id звонка",
                "идентификатор", "идентификатор звонка", "id вызова", "pkid"),
    "time": ("datetime", "date/time", "date time", "start", "start time", "call time",
             "started_at", "calldate", "call date", "time-start", "начало", "дата и время",
             "время", "время звонка", "дата звонка", "начало звонка", "дата начала", "дата и время звонка",
             "дата/время", "время начала", "начало разговора", "datetimeorigination",
             "callstart"),
    # An export that writes the day and the time of day in two columns ("Дата", "Время").
    "date": ("date", "дата"),
    "direction": ("type", "call type", "communication type", "направление", "тип", "тип звонка", "тип вызова",
                  "направление звонка", "направление вызова"),
    "manager": ("employee", "user", "extension", "ext", "email", "agent", "user principal name",
                "sip",
                "upn", "менеджер", "сотрудник", "ответственный", "пользователь",
                "внутренний номер", "добавочный", "оператор"),
    "phone": ("client_phone", "client phone", "number", "phone number", "external number",
              "телефон", "номер", "телефон клиента", "номер клиента", "номер абонента", "абонент",
              "внешний номер", "номер телефона", "клиент"),
    # Exports that name both sides of a call instead of the manager and the client: the side
    # that is a manager's line is the manager, the other the client, and which one tells the
    # direction when the export has no direction column.
    "caller": ("src", "source", "from", "caller", "caller number", "caller id", "calling number",
               "from-no", "call from", "callfrom", "callingpartynumber", "кто звонил", "звонящий", "номер звонящего",
               "с номера"),
    "callee": ("dst", "destination", "to", "callee", "callee number", "called number",
               "dialed number", "destination number", "to-no", "call to", "callto",
               "finalcalledpartynumber", "кому звонили", "кому",
               "вызываемый номер", "номер назначения", "на номер"),
    "caller_line": ("channel",),
    "callee_line": ("dstchannel",),
    # One call told over several rows (a transfer, a ring group): the rows share this id.
    "call_group": ("linkedid", "linked id", "conversation id", "globalcallid_callid",
                   "pbx_call_id"),
    "duration": ("duration_s", "duration, s", "duration (seconds)", "seconds", "длительность",
                 "продолжительность", "длительность, сек", "длительность звонка", "totals",
                 "total", "call duration", "call duration(s)", "callduraction"),
    # The talk time, without ringing: the duration that counts when an export gives both.
    "talk": ("billsec", "talk time", "talking", "billed duration", "talk duration",
             "talk duration(s)", "talkduraction", "длительность разговора",
             "время разговора", "разговор"),
    "status": ("result", "disposition", "статус", "результат", "статус звонка", "итог"),
    "note": ("comment", "notes", "комментарий", "примечание", "заметка"),
}

# Cisco CUCM writes ~130 columns of its own in a CDR file: one that has CUCM's call id
# has every other column skipped.
CUCM_MARK = "globalcallid_callid"
# The second line of a CUCM CDR file: the types of the columns, not a call.
TYPE_ROW = re.compile(r"(?i)integer|bigint|smallint|tinyint|varchar\(\d+\)|uniqueidentifier|"
                      r"datetime|text|")

# Headers real exports carry that the import has no use for: skipped, not refused. Any other
# unknown header is still an error (a misspelt column is not silently dropped).
IGNORED_COLUMNS = (
    # Asterisk / FreePBX CDR
    "accountcode", "dcontext", "clid", "lastapp", "lastdata", "answer", "end", "amaflags",
    "userfield", "peeraccount", "is_recorded", "sequence", "did", "recordingfile", "cnum", "cnam",
    "outbound_cnum", "outbound_cnam", "dst_cnam",
    # 3CX
    "ringing", "cost", "call activity details", "reason",
    # Yeastar
    "source trunk", "destination trunk", "recording file", "pin code", "agent ring time", "historyid", "time-answered",
    "time-end", "reason-terminated", "from-dn", "to-dn", "dial-no", "chain",
    # Microsoft Teams PSTN usage report
    "end time", "display name", "user display name", "usage id", "usageid", "number type",
    "domestic/international", "destination dialed", "charge", "currency", "capability",
    "conference id", "user id", "user location", "connection charge", "destination context",
    "call duration source", "license capability", "operator", "country",
    # Russian virtual PBXs, Bitrix24, Zadarma
    "стоимость", "валюта", "запись", "запись разговора", "ссылка на запись", "линия",
    "через", "время ожидания", "ожидание", "тариф", "crm", "объект crm", "рейтинг",
    "ожидание ответа", "время до ответа", "сумма", "cost, rub", "rate",
)

DIRECTIONS = {
    "in": "in", "inbound": "in", "incoming": "in", "incoming call": "in", "inbound call": "in",
    "входящий": "in", "входящий звонок": "in", "входящий вызов": "in", "входящая": "in",
    "входящие": "in", "вход": "in", "вход.": "in", "вх": "in", "вх.": "in",
    "входящий с перенаправлением": "in", "переадресованный": "in",
    "out": "out", "outbound": "out", "outgoing": "out", "outgoing call": "out",
    "outbound call": "out", "исходящий": "out", "исходящий звонок": "out",
    "исходящий вызов": "out", "исходящая": "out", "исходящие": "out", "исх": "out",
    "исх.": "out", "обратный звонок": "out", "callback": "out",
    "user_in": "in", "user_out": "out",
}
MISSED = {"missed", "missed call", "пропущенный", "пропущенный звонок", "пропущенный вызов",
          "пропущен", "пропущенный входящий"}
INTERNAL = {"internal", "internal call", "внутренний", "внутренний звонок", "внутренний вызов",
            "local", "extension"}
ANSWERED = {"answered", "answer", "отвечен", "отвечено", "отвеченный", "принят", "успешный",
            "успешный звонок", "успешно", "разговор", "состоялся", "connected", "completed",
            "success", "ok", "200"}
UNANSWERED = {"no answer", "noanswer", "not answered", "unanswered", "busy", "failed",
              "congestion", "cancel", "canceled", "cancelled", "rejected", "declined",
              "abandoned", "не отвечен", "неотвечен", "не отвечено", "нет ответа", "занято",
              "занят", "неотвеченный", "не дозвонились", "недозвон", "отклонен", "отклонено",
              "сброшен", "неуспешный", "ошибка", "не принят", "voicemail", "no money",
              "unallocated number", "line limit", "no limit", "no day limit", "no money no limit",
              *MISSED}

_UNITS = {"h": 3600, "hr": 3600, "ч": 3600, "час": 3600, "часа": 3600, "часов": 3600,
          "m": 60, "min": 60, "mins": 60, "мин": 60, "минута": 60, "минуты": 60, "минут": 60,
          "s": 1, "sec": 1, "secs": 1, "seconds": 1, "с": 1, "сек": 1, "секунд": 1,
          "секунды": 1, "секунда": 1}
_UNIT_PART = re.compile(r"(\d+)\s*([a-zа-я]+)\.?,?\s*")


def word(text: str) -> str:
    """A cell as its words are matched: lower case, ё as е, single spaces, no code prefix."""
    text = " ".join(text.lower().replace("ё", "е").split())
    # Bitrix24 and SIP write a status as a code and its words ("304 - Пропущенный звонок").
    return re.sub(r"^\d{3}\s*[-–—:]\s*(?=\D)", "", text)


def answered(status: str) -> bool | None:
    """True/False for a status word the exports write; None when it is none of them."""
    key = word(status).rstrip(".")
    if key in ANSWERED:
        return True
    if key in UNANSWERED:
        return False
    return None


def unit_seconds(text: str) -> int | None:
    """Seconds of "6 мин 12 сек", "1 ч 2 мин", "6m 12s"; None when the text is not such."""
    text = text.lower().strip()
    pos, total, found = 0, 0, False
    for match in _UNIT_PART.finditer(text):
        if match.start() != pos or match.group(2) not in _UNITS:
            return None
        total += int(match.group(1)) * _UNITS[match.group(2)]
        pos, found = match.end(), True
    return total if found and pos == len(text) else None


def line_keys(text: str) -> list[str]:
    """The ways a cell can name a manager's line: as written, and the extension inside
    "SIP/101-0000a1b2", "PJSIP/101-000001", "sip:101@pbx.example", "Anna Petrova (101)"
    or '"Anna" <101>'."""
    text = text.strip()
    keys = [text]
    for pattern in (r"^(?:[a-z0-9]+/|sip:)([^@/\s-]+)(?:[-@].*)?$", r"^(\d{2,6})@",
                    r"\((\d{2,6})\)\s*$", r"<(\d{2,6})>\s*$"):
        found = re.search(pattern, text, re.IGNORECASE)
        if found and found.group(1) not in keys:
            keys.append(found.group(1))
    name = re.sub(r"\s*[(<]\d{2,6}[)>]\s*$", "", text).strip().strip('"')
    if name and name not in keys:
        keys.append(name)
    return keys
