"""New text of replies under a server's banner in a language or wording the table does not
hold: a warning label or a bracketed tag, then a sentence saying that the mail came from
outside the organisation or is tracked ("DİKKAT: Bu e-posta kurum dışından gönderilmiştir",
"【社外メール】...", "[EXT]"). The banner goes, the greeting and the text stay; a note of the
writer's own that opens the same way stays."""

import pytest

from indexer.newtext import new_text

REPLY_EN = "Hi Tom,\nThe revised quote is attached, valid until the end of the month."
REPLY_RU = "Добрый день, Игорь!\nИсправленный расчёт во вложении, действует до конца месяца."


@pytest.mark.parametrize("banner", [
    "DİKKAT: Bu e-posta kurum dışından gönderilmiştir. Bağlantılara tıklamayın.",
    "УВАГА: Цей лист надійшов від зовнішнього відправника.",
    "【社外メール】このメールは社外から送信されました。",
    "[EXT]",
    "(ВНЕШНЕЕ)",
    "Mailtrack: this message is tracked by the sender.",
    "AVISO: Esta mensagem foi enviada de fora da organização.",
    "HUOM! Tämä viesti on tullut organisaation ulkopuolelta.",
    "PERHATIAN: Email ini berasal dari luar organisasi. Jangan klik tautan.",
])
def test_a_banner_of_outside_mail_in_a_new_wording_is_not_new_text(banner):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{banner}\n\n{reply}") == reply


@pytest.mark.parametrize("note", [
    "Note: I forwarded the external auditor's email to legal.",
    "Важно: я отправил письмо внешнему аудитору вчера.",
    "Update: the tracking number of the parcel is in the mail below.",
])
def test_a_note_of_the_writer_that_opens_with_a_label_stays(note):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{note}\n\n{reply}") == f"{note}\n\n{reply}"


@pytest.mark.parametrize("first", ["Quick note.", "Коротко."])
def test_a_greeting_under_a_short_first_paragraph_is_no_signature(first):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{first}\n\n{reply}") == f"{first}\n\n{reply}"
