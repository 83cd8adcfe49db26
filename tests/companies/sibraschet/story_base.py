"""Small helpers the story files use to write messages, events and calls with their labels."""

MESSAGES = []
EVENTS = []
CALLS = []


class A:
    """A commitment in a message: side (manager|client), verbatim quote, due day, status."""

    def __init__(self, side, quote, due=None, status="open", who=None):
        self.side, self.quote, self.due, self.status, self.who = side, quote, due, status, who


def M(key, when, frm, to, body, subj=None, re=None, cc=(), att=(), quote=True, sig=True,
      agreed=(), inb=None, complaint=None, auto=False, html=None, headers=None, style=None,
      fwd=None):
    """One message.

    when: 'YYYY-MM-DD HH:MM' in the sender's own zone.
    re: key of the message this one replies to (quoted below, In-Reply-To/References).
    inb: for a client's or intermediary's message to a manager: (needs_answer, answered_by)
         where answered_by is a message key, 'call:<key>' or None.
    complaint: (manager email, about_us) when the message is a complaint.
    """
    if isinstance(to, str):
        to = [to]
    if isinstance(cc, str):
        cc = [cc]
    MESSAGES.append(dict(key=key, when=when, frm=frm, to=list(to), cc=list(cc), body=body,
                         subj=subj, re=re, att=list(att), quote=quote, sig=sig,
                         agreed=list(agreed), inb=inb, complaint=complaint, auto=auto,
                         html=html, headers=headers or {}, style=style, fwd=fwd))


def E(uid, start, end, summary, organizer, attendees, calendars, location="", description="",
      tz="Asia/Novosibirsk", status="CONFIRMED", rrule=None, created=None):
    EVENTS.append(dict(uid=uid, start=start, end=end, summary=summary, organizer=organizer,
                       attendees=attendees, calendars=calendars, location=location,
                       description=description, tz=tz, status=status, rrule=rrule,
                       created=created))


def C(key, when, direction, ext, phone, talk, status, note="", client=None, wait=0):
    """One row of the PBX export. when: 'YYYY-MM-DD HH:MM:SS' Novosibirsk time."""
    CALLS.append(dict(key=key, when=when, direction=direction, ext=ext, phone=phone, talk=talk,
                      status=status, note=note, client=client, wait=wait))
