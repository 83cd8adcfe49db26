"""A won deal's sale is booked once: the provisional ``deal:<id>`` sale a deal books when it is
won gives way to the accounting's sale of it, whichever of the two comes first.

Real SQLite files, the real update_deal and import_sales; the figures read through the reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.deals import update_deal
from reports import api
from reports.imports import import_sales
from tests.test_reports_support import at, deal, seed

AS_OF = "2026-11-20T12:00:00+03:00"
HEADER = "external_id,date,manager,product,client,amount,currency\n"


def _win(db: Any, deal_id: int, when: str, amount: int | None = None) -> None:
    """Inference reads «договор подписан» in a letter of ``when`` and marks the deal won."""
    change: dict[str, Any] = {"stage": "won", "status": "won", "won_at": when}
    if amount is not None:
        change["amount_minor"] = amount
    with db.conn:
        update_deal(db, deal_id, change, actor="inference", source="inference",
                    source_ref="<signed@acme.ru>", at=at(when))


def _import(db: Any, settings: Any, tmp_path: Path, lines: str) -> dict[str, Any]:
    path = tmp_path / "export.csv"
    path.write_text(HEADER + lines, encoding="utf-8")
    return import_sales(db, settings, path)


def _fact(db: Any, settings: Any, product: str | None = None) -> int:
    with clock.freeze(at(AS_OF)):
        report = api.plan_fact(db, settings, "2026-11", product=product, as_of=at(AS_OF))
    return int(report["rows"][0]["fact"])


def _sales(db: Any) -> list[tuple[Any, ...]]:
    return db.conn.execute("SELECT external_id, deal_id, amount_minor FROM sales"
                           " ORDER BY external_id").fetchall()


ACME_LOAN = "1C-7,12.11.2026,anna@testbank.ru,credit,Acme,\"1 000 000,00\",RUB\n"


def test_a_deal_won_from_mail_then_its_sale_imported_counts_once(db: Any, settings: Any,
                                                                  tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _win(db, won, "2026-11-10T11:00:00+03:00", amount=90_000_000)
    assert _sales(db) == [(f"deal:{won}", won, 90_000_000)]
    assert _fact(db, settings) == 90_000_000          # plan/fact sees the win at once
    done = _import(db, settings, tmp_path, ACME_LOAN)
    assert (done["inserted"], done["tied"]) == (1, 1)
    # The accounting's sale is the deal's; the provisional one is gone, the fact is the booked one.
    assert _sales(db) == [("1C-7", won, 100_000_000)]
    assert _fact(db, settings) == 100_000_000
    again = _import(db, settings, tmp_path, ACME_LOAN)
    assert (again["unchanged"], again["tied"]) == (1, 0)
    assert _sales(db) == [("1C-7", won, 100_000_000)]


def test_a_deal_won_after_its_sale_was_imported_books_nothing(db: Any, settings: Any,
                                                              tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _import(db, settings, tmp_path, ACME_LOAN)
    # The index reads the letter of the 10th after the accounting's export of the 12th came in.
    _win(db, won, "2026-11-10T09:00:00+03:00", amount=90_000_000)
    assert _sales(db) == [("1C-7", won, 100_000_000)]
    assert _fact(db, settings) == 100_000_000
    _import(db, settings, tmp_path, ACME_LOAN)
    assert _sales(db) == [("1C-7", won, 100_000_000)]


def test_a_deal_won_with_no_amount_books_no_zero_sale(db: Any, settings: Any,
                                                       tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _win(db, won, "2026-11-10T11:00:00+03:00")
    assert _sales(db) == []
    with clock.freeze(at(AS_OF)):
        sales = api.sales(db, settings, "2026-11", as_of=at(AS_OF))
    assert sales["total"]["amount"] == 0 and sales["rows"] == []
    _import(db, settings, tmp_path, ACME_LOAN)
    assert _sales(db) == [("1C-7", won, 100_000_000)]
    assert _fact(db, settings) == 100_000_000


def test_two_deals_of_one_client_take_the_sales_of_their_own_products(db: Any, settings: Any,
                                                                      tmp_path: Path) -> None:
    ids = seed(db, settings)
    loan = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    deposit = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["deposit"])
    _win(db, loan, "2026-11-10T11:00:00+03:00", amount=90_000_000)
    _win(db, deposit, "2026-11-11T11:00:00+03:00", amount=5_000_000)
    _import(db, settings, tmp_path,
            "1C-8,14.11.2026,anna@testbank.ru,deposit,Acme,\"60 000,00\",RUB\n" + ACME_LOAN)
    assert _sales(db) == [("1C-7", loan, 100_000_000), ("1C-8", deposit, 6_000_000)]
    assert _fact(db, settings) == 106_000_000
    assert _fact(db, settings, "credit") == 100_000_000
    assert _fact(db, settings, "deposit") == 6_000_000


def test_a_sale_before_the_win_or_of_another_client_is_another_sale(
        db: Any, settings: Any, tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _win(db, won, "2026-11-10T11:00:00+03:00", amount=90_000_000)
    _import(db, settings, tmp_path,
            "1C-1,09.11.2026,anna@testbank.ru,credit,Acme,\"500,00\",RUB\n"
            "1C-2,12.11.2026,ben@testbank.ru,credit,Globex,\"700,00\",RUB\n")
    assert _sales(db) == [("1C-1", None, 50_000), ("1C-2", None, 70_000),
                          (f"deal:{won}", won, 90_000_000)]
    assert _fact(db, settings) == 50_000 + 90_000_000 + 70_000


def test_the_deals_sale_is_the_same_figure_on_the_board_in_the_pane_and_in_the_digest(
        db_path: Path, settings: Any, tmp_path: Path) -> None:
    """A deal inferred won from mail, then its accounting sale imported: one sale, the booked
    one, in plan/fact, the sales report, the won column, the pane and the digest alike."""
    from starlette.testclient import TestClient

    from addin import auth
    from addin.app import create_app
    from dealtrail.store import open_db
    from reports import digest
    from reports.i18n import Translator
    from reports.imports import import_plans
    from tests.conftest import seed_clients_and_deals
    from tests.fixtures.browser import bearer

    anna, head = "anna@testbank.ru", "head@testbank.ru"
    deals = seed_clients_and_deals(db_path, settings)
    db = open_db(db_path)
    credit = db.conn.execute("SELECT id FROM products WHERE code = 'credit'").fetchone()[0]
    with db.conn:
        update_deal(db, deals["Acme"], {"product_id": credit}, actor=anna, source="pane")
    _win(db, deals["Acme"], "2026-11-10T11:00:00+03:00", amount=90_000_000)
    (tmp_path / "plans.csv").write_text(
        "period,scope,team,manager,product,metric,amount,currency\n"
        f"2026-11,manager,corp,{anna},all,amount,2000000,RUB\n", encoding="utf-8")
    import_plans(db, settings, tmp_path / "plans.csv")
    assert _import(db, settings, tmp_path, ACME_LOAN)["tied"] == 1
    with clock.freeze(at(AS_OF)):
        tokens = {e: auth.pair(db, auth.invite(db, settings, e).code).token for e in (anna, head)}
        report = api.plan_fact(db, settings, "2026-11", manager=anna)
        [fact] = [r["fact"] for r in report["rows"] if r["level"] == "manager"]
        sold = api.sales(db, settings, "2026-11", by="manager")["total"]
        closed = api.closed_deals(db, settings, "2026-11")
        shown = {}
        for email, role in ((head, "head"), (anna, "manager")):
            m = settings.manager(email)
            t = Translator(m.locale, m.timezone)
            shown[email] = (t, digest.collect(db, settings, m, role, "daily", clock.now(), t))
        http = TestClient(create_app(settings, db_path), base_url="https://localhost:8443")

        def get(who: str, path: str) -> dict[str, Any]:
            reply = http.get(path, headers=bearer(tokens[who]))
            assert reply.status_code == 200, reply.text
            return dict(reply.json())

        board_plan = get(head, f"/api/dashboard/plan-fact?manager={anna}")["data"]
        board_closed = get(head, "/api/dashboard/closed")["data"]
        strip = get(anna, "/api/pane")["plan"]
        team = get(head, "/api/team")
    db.conn.close()
    assert fact == sold["amount"] == 100_000_000
    [dash] = [r for r in board_plan["rows"] if r["level"] == "manager"]
    members = {m["email"]: m for m in team["managers"]}
    assert dash["fact"] == strip["fact_minor"] == members[anna]["fact"] == fact
    [row] = closed["rows"]
    assert (row["amount"], row["amount_source"], row["amount_ref"]) == (100_000_000, "sales", "1C-7")
    assert board_closed["totals"] == closed["totals"] == team["closed"]
    assert closed["totals"]["won"]["count"] == 1
    assert closed["totals"]["won"]["amount_base"] == fact
    for email, (t, ctx) in shown.items():
        assert ctx["closed"]["won"] == t("closed_won", count=t.number(1),
                                         amount=t.money_short(fact, "RUB")), email
    t, ctx = shown[anna]
    assert ctx["plan"]["total"]["fact"] == t.money_short(fact, "RUB")


def test_a_zero_sale_an_earlier_version_booked_goes_at_the_next_import(
        db: Any, settings: Any, tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"],
               status="won", stage="won", won_at="2026-11-10T08:00:00+00:00")
    db["sales"].insert({"external_id": f"deal:{won}", "deal_id": won, "client_id": ids["Acme"],
                        "manager_id": ids["anna@testbank.ru"], "product_id": ids["credit"],
                        "booked_on": "2026-11-10", "amount_minor": 0, "currency": "RUB",
                        "source": "deal", "created_at": "2026-11-10T08:00:00+00:00"})
    _import(db, settings, tmp_path, "1C-1,09.11.2026,anna@testbank.ru,credit,Acme,\"500,00\",RUB\n")
    assert _sales(db) == [("1C-1", None, 50_000)]


def test_a_won_deal_reopened_takes_its_sale_off_the_fact(db: Any, settings: Any,
                                                        tmp_path: Path) -> None:
    # The head corrects a win read too early («договор подписан» meant the NDA): the fact
    # must lose the provisional sale with it, not keep money nobody booked.
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _win(db, won, "2026-11-10T11:00:00+03:00", amount=90_000_000)
    with db.conn:
        update_deal(db, won, {"stage": "contract", "status": "open"}, actor="head@testbank.ru",
                    source="pane", at=at("2026-11-11T10:00:00+03:00"))
    assert _sales(db) == []
    assert _fact(db, settings) == 0
    # Won again (with the accounting's sale already in): the sale is tied once more, once.
    _import(db, settings, tmp_path, ACME_LOAN)
    _win(db, won, "2026-11-12T09:00:00+03:00")
    assert _sales(db) == [("1C-7", won, 100_000_000)]


def test_a_reopened_deal_leaves_the_accountings_sale_as_the_clients_own(db: Any, settings: Any,
                                                                       tmp_path: Path) -> None:
    ids = seed(db, settings)
    won = deal(db, ids["Acme"], ids["anna@testbank.ru"], product_id=ids["credit"])
    _win(db, won, "2026-11-10T11:00:00+03:00", amount=90_000_000)
    _import(db, settings, tmp_path, ACME_LOAN)
    with db.conn:
        update_deal(db, won, {"status": "lost", "stage": "lost"}, actor="head@testbank.ru",
                    source="pane", at=at("2026-11-13T10:00:00+03:00"))
    # The money was booked by the accounting: it stays in the fact, tied to no deal.
    assert _sales(db) == [("1C-7", None, 100_000_000)]
    assert _fact(db, settings) == 100_000_000
