"""A reply an agent writes in a helpdesk reaches the client with the desk's "reply above this
line" on top: the marker is the desk's, the text below it is the new text. Where the desk says
the ticket was updated and heads each comment with its author and date, the new text is the
newest comment only."""

import pytest

from indexer.newtext import new_text

REPLY_EN = "Hello Priya,\n\nThe duplicate charge was reversed this morning, you will see it in two days."
REPLY_RU = "Здравствуйте, Олег!\n\nДвойное списание отменили сегодня утром, деньги вернутся за два дня."


@pytest.mark.parametrize("marker", [
    "##- Please type your reply above this line -##",
    "## Please reply above this line ##",
    "-- Reply above this line --",
    "Please reply above this line.",
    "## Ответьте выше этой строки, чтобы мы увидели ваш ответ ##",
    "— Ответьте выше этой строки —",
    "##- Bitte schreiben Sie Ihre Antwort oberhalb dieser Zeile -##",
])
@pytest.mark.parametrize("reply", [REPLY_EN, REPLY_RU])
def test_the_marker_on_top_of_an_agents_reply_goes(marker, reply):
    body = f"{marker}\n\n{reply}\n\nKind regards,\nMaya Ortiz\nBilling team\n"
    assert new_text(body) == reply


@pytest.mark.parametrize("notice, agent, date, older, reply", [
    ("Your ticket (77120) was updated. To add a comment, reply to this email.",
     "Maya Ortiz (Billing)", "Dec 3, 2026, 16:05 CET", "Liam Park", REPLY_EN),
    ("Ваше обращение №5531 обновлено. Чтобы добавить комментарий, ответьте на это письмо.",
     "Мария Ортис (биллинг)", "3 дек. 2026 г., 16:05", "Олег Петров", REPLY_RU),
])
def test_a_ticket_update_keeps_only_the_newest_comment(notice, agent, date, older, reply):
    rule = "-" * 36
    body = (f"##- Please type your reply above this line -##\n\n{notice}\n{rule}\n\n{agent}\n\n{date}\n\n"
            f"{reply}\n\nBest,\nMaya\n\n{rule}\n\n{older}\n\n2 Dec 2026, 09:40\n\n"
            f"Why was I charged twice?\n\n{rule}\nThis message was sent by the support desk.\n")
    assert new_text(body) == reply


@pytest.mark.parametrize("body", [
    # the writer's own sentence that names the marker is text
    "Reply above this line is what the client sees, so keep it short.\n\nThe price stays at 40 EUR.",
    "Отвечайте выше этой строки — так просит система, но цену мы оставим прежней.\n\nДо вторника.",
    # a rule and a date under a notice that invites no reply are the writer's
    "Prices were updated today.\n------------\n\nNew list\n\n4 Dec 2026\n\nSteel 40 EUR/t.",
])
def test_text_that_only_mentions_a_marker_stays(body):
    assert new_text(body) == body
