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
          noPlanTier: "no plan: base rate", plus: "and above",
          trends: "Trends", monthlyPlanFact: "Plan and fact by month", violationsWeekly: "Violations per week",
          weekOf: "week of", total: "Total", thisWeek: "This week", company: "Company",
          legend: "Series shown in the chart", chartTable: "the chart's figures",
          legendKey: "solid line: fact · dashed: plan",
          payoutAllProducts: "The payout counts every product; this product keeps its sellers and its slipped deals." },
    ru: { lostReason: "Причина", noManager: "(без менеджера)", change: "Изменение", nothingYet: "Нет данных за этот период.",
          motivation: "Мотивация", payout: "Начислено", effectiveRate: "Итоговая ставка",
          tiers: "Ступени и ускорители", slipped: "Перенесённые сделки", slippedTier: "перенесённые сделки, базовая ставка",
          noPlanTier: "плана нет: базовая ставка", plus: "и выше",
          trends: "Динамика", monthlyPlanFact: "План и факт по месяцам", violationsWeekly: "Нарушения по неделям",
          weekOf: "неделя с", total: "Всего", thisWeek: "Эта неделя", company: "Компания",
          legend: "Ряды на графике", chartTable: "цифры графика",
          legendKey: "сплошная линия — факт, пунктир — план",
          payoutAllProducts: "Начисление считается по всем продуктам; фильтр оставляет продающих этот продукт и его перенесённые сделки." }
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
    var q = { sales: "1", period: period, manager: manager === "*" ? "" : manager, product: filters.product };
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
    if (kit.filters.product) p.body.appendChild(h("p", { class: "small muted", id: "motivation-product", text: t("payoutAllProducts") }));
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

  var SVG_NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) node.appendChild(arguments[i]);
    return node;
  }
  function tip(text) { var n = svg("title"); n.textContent = text; return n; }

  function monthName(key) {
    var I = window.DT.i18n, parts = key.split("-");
    var d = new Date(Date.UTC(+parts[0], +parts[1] - 1, 15));
    try { return new Intl.DateTimeFormat(I.lang === "ru" ? "ru-RU" : "en-GB", { month: "short", timeZone: "UTC" }).format(d); }
    catch (e) { return parts[1]; }
  }

  // Colours of the series in order (the first is the view's own: the company, or the viewer).
  var PALETTE = ["#0f6cbd", "#bc4b09", "#107c10", "#8764b8", "#c50f1f", "#038387", "#986f0b",
                 "#5c2e91", "#e3008c", "#4f6bed"];

  // Every series of the view as a line of its fact by month, its plan dashed in the same colour;
  // one slot per month, every value the report's. Each point's figures are in its tooltip, and
  // the table under the chart (its caption named by aria-describedby) holds them all.
  function monthChart(lines, months, cur, label) {
    var I = window.DT.i18n, t = I.t, W = 600, H = 150, pad = 6, slot = W / months.length;
    var top = 0;
    lines.forEach(function (s) {
      s.points.forEach(function (pt) { top = Math.max(top, pt.fact || 0, pt.plan || 0); });
    });
    top = top || 1;
    var x = function (i) { return i * slot + slot / 2; };
    var y = function (v) { return H - pad - (H - 2 * pad) * (v || 0) / top; };
    var chart = svg("svg", { id: "trend-chart", viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "none",
                             role: "img", "aria-describedby": "trends-caption", class: "trend-chart",
                             "aria-label": t("monthlyPlanFact") + ": " + lines.map(label).join(", ") });
    lines.forEach(function (s, n) {
      var color = PALETTE[n % PALETTE.length];
      var group = svg("g", { class: "series", "data-key": s.key || "", "data-level": s.level, "data-n": n });
      // The plan as a step per month that has one (a single planned month still shows).
      var steps = s.points.map(function (pt, i) {
        return pt.plan === null ? "" : "M" + (i * slot + 4) + "," + y(pt.plan) + " H" + ((i + 1) * slot - 4);
      }).join(" ").trim();
      if (steps) {
        group.appendChild(svg("path", { class: "line-plan", fill: "none", stroke: color, "stroke-width": 2,
          "stroke-dasharray": "6 3", "vector-effect": "non-scaling-stroke", d: steps },
          tip(label(s) + " · " + t("planAmount"))));
      }
      group.appendChild(svg("polyline", { class: "line-fact", fill: "none", stroke: color,
        "stroke-width": n ? 2 : 3, "vector-effect": "non-scaling-stroke",
        points: s.points.map(function (pt, i) { return x(i) + "," + y(pt.fact); }).join(" ") },
        tip(label(s) + " · " + t("fact"))));
      s.points.forEach(function (pt, i) {
        var text = label(s) + " · " + monthName(pt.month) + ": " + t("fact") + " " + I.money(pt.fact, cur) +
          (pt.plan === null ? "" : " · " + t("planAmount") + " " + I.money(pt.plan, cur) + " · " + pct(pt.pct));
        // A line of no length with round ends: a dot that keeps its shape however the chart stretches.
        group.appendChild(svg("line", { class: "point", x1: x(i), x2: x(i), y1: y(pt.fact), y2: y(pt.fact),
          stroke: color, "stroke-width": 7, "stroke-linecap": "round", "vector-effect": "non-scaling-stroke",
          "data-month": pt.month }, tip(text)));
      });
      // The view's own series (the first) is drawn last, so that no other line hides it.
      chart.insertBefore(group, chart.firstChild);
    });
    return chart;
  }

  // The chart's legend: one button per series, in its colour; pressing one hides or shows it.
  function legend(lines, chart, label) {
    var t = window.DT.i18n.t;
    return h("ul", { class: "trend-legend", "aria-label": t("legend") }, lines.map(function (s, n) {
      var group = chart.querySelector("g.series[data-n='" + n + "']");
      var button = h("button", { type: "button", class: "legend-item", "aria-pressed": "true",
                                 "data-key": s.key || "", "data-level": s.level },
        h("span", { class: "swatch", "aria-hidden": "true",
                    style: "background:" + PALETTE[n % PALETTE.length] }),
        h("span", { text: label(s) }));
      button.addEventListener("click", function () {
        var shown = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", shown ? "true" : "false");
        group.style.display = shown ? "" : "none";
      });
      return h("li", null, button);
    }).concat([h("li", { class: "muted small legend-key", text: t("legendKey") })]));
  }

  // Bars of violations per week, one per week, the week's Monday and count in its tooltip.
  function weekBars(row, weeks) {
    var I = window.DT.i18n, t = I.t, W = weeks.length * 6, H = 24;
    var top = Math.max.apply(null, row.counts.concat([1]));
    var chart = svg("svg", { class: "week-bars", viewBox: "0 0 " + W + " " + H, preserveAspectRatio: "none",
                             role: "img", "aria-label": t("violationsWeekly") + " · " + (row.name || "") });
    row.counts.forEach(function (n, i) {
      var height = n ? Math.max(2, (H - 2) * n / top) : 0;
      chart.appendChild(svg("rect", { x: i * 6 + 1, width: 4, y: H - height, height: height, fill: "#c50f1f",
                                      "data-count": n },
                            tip(t("weekOf") + " " + I.when(weeks[i]) + ": " + n)));
    });
    return chart;
  }

  /* Trends (reports.trends): the year's plan/fact by month for the company (or the viewer),
     every manager and product, and violations per week per manager. Inline SVG, no library. */
  function renderTrends(p, data, kit) {
    var I = window.DT.i18n, t = I.t, pf = data.data.plan_fact, vw = data.data.violations;
    var cur = pf.currency;
    kit.clear(p.body);
    var lines = pf.series;
    if (!lines.length) { p.body.appendChild(h("p", { class: "muted", text: t("nothingYet") })); return; }
    var label = function (s) {
      return s.level === "product" ? "· " + kit.productName(data.products, s.key, s.name) : s.name;
    };
    p.body.appendChild(h("h3", { text: t("monthlyPlanFact") + " · " + pf.year }));
    var chart = monthChart(lines, pf.months, cur, label);
    p.body.appendChild(h("div", { class: "trend-wrap" }, chart));
    p.body.appendChild(legend(lines, chart, label));
    var body = h("tbody");
    lines.forEach(function (s) {
      body.appendChild(h("tr", { class: "trend level-" + s.level, "data-key": s.key || "" },
        h("th", { scope: "row", text: label(s) }),
        s.points.map(function (pt) {
          var filters = { manager: s.level === "manager" ? s.key : kit.filters.manager,
                          product: s.level === "product" ? s.key : kit.filters.product };
          var fact = pt.fact ? salesLink(pt.month, filters, filters.manager || "*", I.money(pt.fact, cur)) : I.money(pt.fact, cur);
          return h("td", { class: "num", "data-month": pt.month }, fact,
            pt.pct === null ? null : h("div", { class: "small muted", text: pct(pt.pct) }));
        })));
    });
    // The chart's figures as a table: reachable by keyboard (the region scrolls) and read in order.
    p.body.appendChild(h("div", { class: "table-wrap", tabindex: "0", role: "region",
                                  "aria-labelledby": "trends-caption" }, h("table", { id: "trends-table" },
      h("caption", { id: "trends-caption", text: t("monthlyPlanFact") + " · " + pf.year + " · " + t("chartTable") }),
      h("thead", null, h("tr", null, th(""), pf.months.map(function (m) { return th(monthName(m), true); }))), body)));
    p.body.appendChild(h("h3", { text: t("violationsWeekly") + " · " + vw.year }));
    if (!vw.rows.length) { p.body.appendChild(h("p", { class: "muted", text: t("nothingYet") })); return; }
    var vbody = h("tbody");
    vw.rows.forEach(function (r) {
      vbody.appendChild(h("tr", { class: "violations-week", "data-manager": r.manager || "" },
        h("th", { scope: "row", text: r.name || t("noManager") }),
        h("td", { class: "spark" }, weekBars(r, vw.weeks)),
        h("td", { class: "num this-week", text: String(r.counts[r.counts.length - 1]) }),
        h("td", { class: "num total", text: String(r.total) })));
    });
    p.body.appendChild(h("div", { class: "table-wrap" }, h("table", { id: "violations-weekly" },
      h("thead", null, h("tr", null, th(t("manager")), th(t("violationsWeekly")), th(t("thisWeek"), true),
                         th(t("total"), true))), vbody)));
  }

  window.DT = window.DT || {};
  window.DT.panels = { renderTrends: renderTrends, words: words, closedCard: closedCard, renderSellers: renderSellers,
                       renderMotivation: renderMotivation };
})();
