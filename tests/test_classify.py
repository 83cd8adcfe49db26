"""Sender classification, subject keys, language."""

import pytest

from dealtrail.addresses import FREEMAIL_DOMAINS, domain_of
from indexer.classify import (
    CharMap,
    automated_reason,
    detect_lang,
    normalize_subject,
)


@pytest.mark.parametrize("addr,dom", [
    ("Ivan <Ivan@Bank.RU>", "bank.ru"), ("a@b.co.uk", "b.co.uk"), ("nobody", ""), ("", "")])
def test_domain_of_returns_lower_case_domain_or_empty(addr, dom):
    assert domain_of(addr) == dom


def test_common_free_mail_domains_are_listed():
    for d in ("gmail.com", "mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "outlook.com",
              "hotmail.com", "yahoo.com", "icloud.com", "rambler.ru", "ya.ru"):
        assert d in FREEMAIL_DOMAINS


@pytest.mark.parametrize("subject", [
    "RE: Тарифы РКО", "Re: RE: Fwd: тарифы рко", "Отв: Тарифы РКО", "ПЕР: Тарифы РКО",
    "AW: WG: Тарифы РКО", "[EXT] RE: Тарифы РКО", "FW:  Тарифы   РКО"])
def test_normalize_subject_strips_reply_and_forward_prefixes(subject):
    assert normalize_subject(subject) == "тарифы рко"


def test_normalize_subject_keeps_a_colon_inside_the_subject():
    assert normalize_subject("Re: Agenda: Q3 review") == "agenda: q3 review"


@pytest.mark.parametrize("headers,sender,subject,reason", [
    ({"auto-submitted": "auto-replied"}, "ivan@client.ru", "Re: offer", "auto-submitted"),
    ({"x-autoreply": "yes"}, "ivan@client.ru", "Re: offer", "auto-reply header"),
    ({"precedence": "bulk"}, "news@client.ru", "Digest", "bulk"),
    ({"list-id": "<x.lists.example>"}, "list@example.org", "[x] topic", "list"),
    ({}, "MAILER-DAEMON@mx.bank.ru", "Undelivered Mail Returned to Sender", "bounce"),
    ({}, "noreply@service.ru", "Your statement", "noreply sender"),
    ({}, "do-not-reply@service.com", "Receipt", "noreply sender"),
    ({"content-type": "multipart/report; report-type=delivery-status"}, "x@y.ru", "Hi", "bounce"),
    ({}, "ivan@client.ru", "Автоответ: Re: договор", "out-of-office"),
    ({}, "anna@client.com", "Automatic reply: proposal", "out-of-office"),
    ({}, "anna@client.com", "Out of Office: proposal", "out-of-office"),
    ({}, "ivan@client.ru", "Нет на месте", "out-of-office"),
])
def test_automated_mail_is_recognised_with_its_reason(headers, sender, subject, reason):
    assert automated_reason(headers, sender, subject) == reason


def test_a_person_writing_is_not_automated():
    assert automated_reason({"auto-submitted": "no"}, "ivan.petrov@client.ru",
                            "Re: Out of office hours support") is None


def test_detect_lang_uses_the_share_of_cyrillic_letters():
    assert detect_lang("Пришлите, пожалуйста, договор") == "ru"
    assert detect_lang("Please send the agreement") == "en"
    assert detect_lang("See the РКО tariffs attached for your company") == "en"


def test_keyword_pattern_matches_what_the_flat_alternation_matches():
    import re

    from indexer.classify import keyword_pattern
    words = ["will", "wil+", "shall", "she", r"sh\s+e", "ab?c", "x"]
    trie, flat = re.compile(keyword_pattern(words)), re.compile("|".join(words))
    for s in ["will", "wiiill", "wilp", "shall", "sh e", "ac", "abc", "x", "she", "zzz"]:
        assert bool(trie.search(s)) == bool(flat.search(s)), s


def test_word_rule_finds_word_starts_line_starts_and_counts():
    from indexer.classify import WordRule
    rule = WordRule(r"\bwill\b|^\s*send\b|again")
    assert rule.search("we will") and not rule.search("twill")
    assert rule.search("  send it") and not rule.search("please send it")
    assert rule.search("yet again")
    assert rule.count("will again and will", cap=5) == 3


def test_word_rule_not_after_rejects_negated_verbs():
    from indexer.classify import WordRule
    rule = WordRule(r"(?<![а-яё])пришлю(?![а-яё])", not_after=r"(?<![а-яё])не\s$")
    assert rule.search("я пришлю завтра") and not rule.search("я не пришлю")


@pytest.mark.parametrize(("text", "lang"), [
    ("abcd ЖЖ", "ru"),             # 2 Cyrillic letters of 6: exactly a third
    ("abcde ЖЖ", "en"),            # just under a third
    ("123 — ЖЖ!", "ru"),           # no Latin letters at all
    ("x" * 1990 + " " + "Ж" * 20, "en"),  # only the first 2,000 characters are looked at
])
def test_detect_lang_threshold_is_a_third_of_the_letters(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize("text", [
    "", "plain ascii, with (punctuation)!", "«Пришлите, пожалуйста, счёт…» — 10:30?",
    "mixed: we’ll send it 12/05; ок.", "tabs\tand\nnew lines", "emoji 🙂 and 'quotes'",
])
def test_char_map_gives_what_str_translate_gives(text: str) -> None:
    mapping = {**{c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n«»“”…"},
               **{d: "0" for d in "123456789"}, "’": "'"}
    assert CharMap(mapping)(text) == text.translate(str.maketrans(mapping))
    assert text.translate(CharMap(mapping)) == text.translate(str.maketrans(mapping))


def test_char_map_refuses_a_table_that_replacing_in_turn_would_read_differently() -> None:
    # "a" -> "b" then "b" -> "c" would turn "a" into "c"; str.translate gives "b"
    with pytest.raises(ValueError):
        CharMap({"a": "b", "b": "c"})


def test_a_non_ascii_class_answers_as_its_regex_and_refuses_an_ascii_character():
    import re as _re

    from indexer.classify import NonAsciiClass

    cyr = NonAsciiClass(r"[а-яё]")
    plain = _re.compile(r"[а-яё]")
    for text in ("plain English, nothing else", "naïve café", "Договор", "sign ПО today", "",
                 "ёлка", "Ёлка", "x" * 50 + "я"):
        found, expected = cyr.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert (cyr.search(text, 2, 6) and cyr.search(text, 2, 6).span()) == (
            plain.search(text, 2, 6) and plain.search(text, 2, 6).span())
    for pattern in (r"[а-яa]", r"[^а-я]", r"[а-я]+x", r"\w", r"[а-я\d]"):
        with pytest.raises(ValueError):
            NonAsciiClass(pattern)


def test_bidi_controls_are_found_by_their_characters_as_the_class_finds_them():
    from dealtrail.domain import _BIDI_CONTROLS, BIDI_CONTROL_CHARS, neutralise_bidi
    from indexer.newtext import _BIDI, _BIDI_CHARS

    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert {c for c in every if _BIDI_CONTROLS.match(c)} == set(BIDI_CONTROL_CHARS)
    assert {c for c in every if _BIDI.match(c)} == set(_BIDI_CHARS)
    assert neutralise_bidi("счёт \u202efdp.exe") == "счёт fdp.exe"
    assert neutralise_bidi("מסמך \u200f ok") == "מסמך \u200f ok"      # a mark reorders nothing
    assert neutralise_bidi("plain") == "plain"
