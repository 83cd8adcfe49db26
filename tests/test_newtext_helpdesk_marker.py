"""A helpdesk's "reply above this line" marker ends the new text in any language: its
"##- ... -##" delimiter around a sentence the table of mail strings may not hold, and the rule
a service desk draws right above its marker line."""

import pytest

from indexer.newtext import new_text

TICKET = ("\n\nAnna Berg (Support)\n\nDec 4, 2026, 10:12 UTC\n\n"
          "Hello Tom, we have reset the password. Please check the login again.\n")
TEXT_EN = "Hello,\n\nThe problem is solved, thank you."
TEXT_RU = "Добрый день!\n\nПроблема решена, спасибо."


@pytest.mark.parametrize("marker", [
    "##- Please type your reply above this line -##",
    "##- このラインより上にご返信ください -##",
    "##- Kérjük, a válaszát e sor fölé írja -##",
    "##- Ju lutem shkruani përgjigjen mbi këtë rresht -##",
    "##- Molimo upišite odgovor iznad ove linije -##",
    "##- Введите свой ответ над этой строкой -##",
    "##- 이 줄 위에 회신을 입력하세요 -##",
    "—-—-—-—\nReply above this line.",
    "————————\nОтветьте выше этой строки",
])
@pytest.mark.parametrize("text", [TEXT_EN, TEXT_RU])
def test_the_ticket_below_the_marker_goes(marker, text):
    assert new_text(text + "\n\n" + marker + TICKET) == text


@pytest.mark.parametrize("body", [
    "Plan:\n\n##-- draft --##\nPrice agreed.\n",
    "Итоги встречи:\n\n## Раздел 1 ##\nЦена согласована.\n\n## Раздел 2 ##\nСроки до пятницы.\n",
    "Summary:\n\n##- v2 -##\nPrices agreed, delivery on Friday.\n",
])
def test_the_writers_own_hashes_stay(body):
    assert new_text(body).splitlines()[-1] == body.rstrip("\n").splitlines()[-1]


def test_a_rule_above_text_not_the_marker_stays():
    # the rule stands above the writer's lines, not right above the marker: the cut is at
    # the marker, whatever is then made of the lines above it
    body = "Thanks, done.\n\n--------\nPrices agreed.\n\nPlease type your reply above this line.\n" \
           "Ticket #12 was updated.\n"
    out = new_text(body)
    assert "Prices agreed." in out and "Ticket" not in out
