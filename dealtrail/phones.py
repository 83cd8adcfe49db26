"""Phone numbers: one normal form (E.164) for the directory, call logs and signatures.

Numbers are read by the ``phonenumbers`` library (Google's libphonenumber
metadata, kept current upstream) with the company's country as the region for
numbers written without a country code, so "+7 (912) 345-67-89",
"8-912-345-67-89" and "8 (912) 3456789" are all ``+79123456789``. A number
that cannot be a phone number anywhere (too short, letters) is refused with a
message that shows the forms that are read.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

from .messages import Msg

FORMS = "+7 912 345-67-89, 8 (912) 345-67-89 or +44 20 7946 0958"
# A run of digits, spaces, dots, dashes and brackets, with an optional leading +,
# long enough to hold a subscriber number: what a signature line writes.
_CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-\u00a0]{8,20}\d(?!\w)")


def normalize(text: str, region: str = "RU") -> str:
    """The E.164 form of a written phone number; ValueError saying what is wrong."""
    raw = " ".join(str(text or "").split())
    if not raw:
        raise ValueError(Msg("cell_phone_empty", forms=FORMS))
    # Extensions ("доб. 12", "ext 12") do not identify a client: drop them.
    raw = re.split(r"(?i)\s*(?:доб\.?|ext\.?|x)\s*\d+\s*$", raw)[0]
    # Telephony writes a number as a SIP or tel URI ("sip:+74951234567@pbx.example").
    raw = re.sub(r"@[\w.-]+$", "", re.sub(r"(?i)^(?:sips?|tel):", "", raw))
    # "00" is the international prefix most PBXs dial, also where the country's own is
    # another (Russia's 8~10): no national number starts with it.
    if re.match(r"00\s*[1-9]", raw) and region.upper() in ("RU", "KZ", "BY", ""):
        raw = "+" + raw[2:].lstrip()
    try:
        number = phonenumbers.parse(raw, region.upper() or "RU")
    except phonenumbers.NumberParseException:
        raise ValueError(Msg("cell_not_phone", value=text, forms=FORMS)) from None
    if not phonenumbers.is_possible_number(number):
        # Telephony writes a foreign number as its international digits without the "+"
        # ("61417552908"): read so when it cannot be a number of the region and is a
        # valid number with the "+".
        abroad = _international(raw)
        if abroad is None:
            raise ValueError(Msg("cell_phone_digits", value=text, forms=FORMS))
        number = abroad
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _international(raw: str) -> phonenumbers.PhoneNumber | None:
    """``raw`` read as a country code and number written without the "+", when that is a
    valid number (None otherwise)."""
    digits = re.sub(r"[\s().\-\u00a0]", "", raw)
    if not (digits.isdigit() and 11 <= len(digits) <= 15):
        return None
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def split_cell(text: str) -> list[str]:
    """The numbers of one directory cell: separated by commas, semicolons or new lines."""
    return [part.strip() for part in re.split(r"[,;\n]", str(text or "")) if part.strip()]


def find_in_text(text: str, region: str = "RU") -> list[str]:
    """E.164 numbers written in a signature or any free text, in order, without repeats.

    Only valid numbers count (a contract number or an INN of the same length
    is not valid for its region), so prose with long figures adds nothing.
    """
    found: list[str] = []
    for match in _CANDIDATE.finditer(text or ""):
        e164 = valid_e164(match.group(0), region)
        if e164 and e164 not in found:
            found.append(e164)
    return found


@functools.lru_cache(maxsize=4096)
def valid_e164(chunk: str, region: str) -> str | None:
    """The E.164 form of one written candidate when it is a valid number (None if not).

    Parsing costs ~0.1 ms, and the same numbers come back in message after message (a
    client's number in every reply of a thread), so each written form is read once.
    """
    digits = re.sub(r"\D", "", chunk)
    if len(digits) < 10 or len(digits) > 15:
        return None
    try:
        number = phonenumbers.parse(chunk, region.upper() or "RU")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
