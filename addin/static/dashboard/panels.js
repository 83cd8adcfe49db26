/* The dashboard's panels beside the plan, board, workload and issues: the board's closed
   cards (won and lost in the period), sales by seller, motivation and trends. Every figure is
   a report's (from /api/dashboard/*); text always via textContent. */
(function () {
  "use strict";
  var h = function () { return window.DT.h.apply(null, arguments); };

  var words = {
    en: { lostReason: "Why lost", noManager: "(no manager)", change: "Change", nothingYet: "No data for this period.",
          motivation: "Motivation", payout: "Payout so far", effectiveRate: "Effective rate",
          tiers: "Tiers and accelerators", slipped: "Slipped deals", slippedTier: "slipped deals, base rate",
          noPlanTier: "no plan: base rate", plus: "and above" },
    ru: { lostReason: "Причина", noManager: "(без менеджера)", change: "Изменение", nothingYet: "Нет данных за этот период.",
          motivation: "Мотивация", payout: "Начислено", effectiveRate: "Итоговая ставка",
          tiers: "Ступени и ускорители", slipped: "Перенесённые сделки", slippedTier: "перенесённые сделки, базовая ставка",
          noPlanTier: "плана нет: базовая ставка", plus: "и выше" }
  };

  // A won or lost deal of the period on the board: client, code opening its timeline, amount,
  // manager, and when it closed (in the viewer's zone).
  function closedCard(d, tz) {
    var I = window.DT.i18n, t = I.t;
    return h("div", { class: "deal-closed", "data-status": d.status, "data-code": d.code },
      h("strong", { text: d.client }),
      h("div", null, h("a", { class: "timeline-link", href: "/dashboard/evidence?deal=" + encodeURIComponent(d.id),
        text: d.code + (d.title ? " · " + d.title : "") })),
      h("div", { text: I.money(d.amount, d.currency) + (d.manager_name ? " · " + d.manager_name : "") }),
      h("div", { class: "muted closed-at",
                 text: t(d.status === "won" ? "closedWon" : "closedLost") + ": " + I.when(d.closed_at, tz, false) }),
      d.lost_reason ? h("div", { class: "muted", text: t("lostReason") + ": " + d.lost_reason }) : null);
  }

  function th(text, num) { return h("th", { scope: "col", class: num ? "num" : null, text: text }); }

  function pct(value) {
    return value === null || value === undefined ? "—" : String(value).replace(".", window.DT.i18n.lang === "ru" ? "," : ".") + "%";
  }

  // The sales rows behind an amount: the same period and filters, and this seller.
  function salesLink(period, filters, manager, text) {
    if (!manager) return text;
    var q = { sales: "1", period: period, manager: manager, product: filters.product };
    var parts = Object.keys(q).filter(function (k) { return q[k]; })
      .map(function (k) { return k + "=" + encodeURIComponent(q[k]); });
    return h("a", { class: "sales-link", href: "/dashboard/evidence?" + parts.join("&"), text: text });
  }

  /* Sales by seller (reports.sales by=manager): this period against the previous one, each
     amount opening the sales rows behind it. */
  function renderSellers(p, data, kit) {
    var I = window.DT.i18n, t = I.t, d = data.data, cur = d.currency;
    var name = function (r) { return r.key ? r.name : t("noManager"); };
    var canvas = h("canvas", { id: "chart-sellers", role: "img", "aria-label": t("sales") + " · " + t("byManager") });
    var body = h("tbody");
    d.rows.forEach(function (r) {
      body.appendChild(h("tr", { class: "seller", "data-manager": r.key || "" },
        h("td", { text: name(r) }),
        h("td", { class: "num" }, salesLink(d.period, kit.filters, r.key, I.money(r.amount, cur))),
        h("td", { class: "num", text: I.money(r.previous, cur) }),
        h("td", { class: "num", text: pct(r.delta_previous.pct) })));
    });
    var table = h("table", { id: "sellers-table" }, h("thead", null, h("tr", null,
      th(t("manager")), th(d.period, true), th(t("previous") + " " + d.previous_period, true), th(t("change"), true))), body);
    kit.clear(p.body);
    if (!d.rows.length) { p.body.appendChild(h("p", { class: "muted", text: t("nothingYet") })); return; }
    p.body.appendChild(h("div", { class: "chart" }, canvas));
    p.body.appendChild(h("div", { class: "table-wrap" }, table));
    kit.chart("sellers", canvas, { type: "bar", data: {
      labels: d.rows.map(name),
      datasets: [
        { label: d.period, data: d.rows.map(function (r) { return kit.major(r.amount, cur); }), backgroundColor: kit.palette[0] },
        { label: t("previous"), data: d.rows.map(function (r) { return kit.major(r.previous, cur); }), backgroundColor: kit.palette[1] }
      ] } });
  }

  // One tier as people read it: "100–120 %: 5 % → 12 000 ₽".
  function tierText(tier, cur) {
    var I = window.DT.i18n, t = I.t;
    var rate = pct(Math.round(tier.rate * 10000) / 100);
    var range = tier.slipped ? t("slippedTier")
      : tier.to_pct === null && tier.from_pct === 0 ? t("noPlanTier")
      : tier.to_pct === null ? pct(tier.from_pct) + " " + t("plus")
      : pct(tier.from_pct) + "–" + pct(tier.to_pct);
    return range + ": " + rate + " → " + I.money(tier.commission, cur);
  }

  /* Motivation (reports.motivation): plan, fact, the payout so far with its tiers and
     accelerators, and the slipped deals that earn only the base rate, each opening its timeline. */
  function renderMotivation(p, data, kit) {
    var I = window.DT.i18n, t = I.t, rows = data.data;
    kit.clear(p.body);
    if (!rows.length) { p.body.appendChild(h("p", { class: "muted", text: t("nothingYet") })); return; }
    var body = h("tbody");
    rows.forEach(function (r) {
      var cur = r.currency;
      body.appendChild(h("tr", { class: "motivation", "data-manager": r.manager },
        h("td", { text: r.name }),
        h("td", { class: "num", text: r.plan === null ? "—" : I.money(r.plan, cur) }),
        h("td", { class: "num" }, salesLink(r.period, kit.filters, r.manager, I.money(r.fact, cur))),
        h("td", { class: "num", text: pct(r.pct) }),
        h("td", { class: "num payout", text: I.money(r.commission, cur) }),
        h("td", { class: "num", text: pct(Math.round(r.effective_rate * 10000) / 100) }),
        h("td", null, h("ul", { class: "tiers" }, r.tiers.map(function (tier) {
          return h("li", { text: tierText(tier, cur) });
        }))),
        h("td", null, r.slipped_deals.length ? h("ul", { class: "slipped" }, r.slipped_deals.map(function (s) {
          return h("li", null, h("a", { class: "timeline-link", href: "/dashboard/evidence?deal=" + encodeURIComponent(s.code.slice(2)),
            text: s.code }), " " + s.client + " · " + I.money(s.amount_base, cur));
        })) : "—")));
    });
    p.body.appendChild(h("div", { class: "table-wrap" }, h("table", { id: "motivation-table" },
      h("thead", null, h("tr", null, th(t("manager")), th(t("planAmount"), true), th(t("fact"), true),
        th("%", true), th(t("payout"), true), th(t("effectiveRate"), true), th(t("tiers")), th(t("slipped")))),
      body)));
  }

  window.DT = window.DT || {};
  window.DT.panels = { words: words, closedCard: closedCard, renderSellers: renderSellers,
                       renderMotivation: renderMotivation };
})();
