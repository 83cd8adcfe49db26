/* The dashboard's panels beside the plan, board, workload and issues: the board's closed
   cards (won and lost in the period), sales by seller, motivation and trends. Every figure is
   a report's (from /api/dashboard/*); text always via textContent. */
(function () {
  "use strict";
  var h = function () { return window.DT.h.apply(null, arguments); };

  var words = {
    en: { lostReason: "Why lost" },
    ru: { lostReason: "Причина" }
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

  window.DT = window.DT || {};
  window.DT.panels = { words: words, closedCard: closedCard };
})();
