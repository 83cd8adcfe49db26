"""New text of replies from a seventh round: a confidentiality banner a mail server put on top of
the message, above the writer's greeting."""

import pytest

from indexer.newtext import new_text, new_text_and_signature

REPLY_EN = ("Hello Marta,\n\nThe two pallets of film leave our warehouse on Monday; "
            "the CMR will follow by mail.\n\nCould you confirm the unloading hours?")
REPLY_RU = ("Добрый день, Олег!\n\nДва поддона плёнки отгрузим в понедельник, "
            "CMR пришлём почтой.\n\nПодтвердите, пожалуйста, часы разгрузки.")


@pytest.mark.parametrize(("banner", "reply"), [
    ("PRIVILEGED & CONFIDENTIAL: the content of this e-mail is meant solely for its addressee "
     "and must not be shared outside Norbalt Packaging Ltd.", REPLY_EN),
    ("КОНФИДЕНЦИАЛЬНО. Сообщение предназначено исключительно для указанного адресата; "
     "пересылка третьим лицам запрещена.", REPLY_RU),
])
def test_a_confidentiality_banner_on_top_is_not_new_text(banner, reply):
    text = f"{banner}\n\n{reply}\n\nBest regards,\nIvan Sokolov\n"
    assert new_text(text) == reply
    assert new_text_and_signature(text)[0] == reply


def test_a_message_that_is_only_its_first_paragraph_keeps_it():
    text = ("This message is confidential and meant only for its addressee: the new price list "
            "applies from March, please do not forward it.")
    assert new_text(text) == text
