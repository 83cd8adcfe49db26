/* What both sides agreed on a deal (the manager's promises and the client's commitments),
   newest first, each with its status and deadline: one list for the pane and the board.
   The items come from the reports' one answer (reports.pipeline.deal_details); every
   string from mail goes in as text (DT.h), never as markup. */
(function () {
  "use strict";
  var I = window.DT.i18n, t = I.t;
  I.add({
    en: { agreed: "What was agreed", agreedBy: "by",
          agreedSide: { manager: "we", client: "client" },
          agreedStatus: { open: "open", kept: "kept", kept_late: "kept late", broken: "broken",
                          cancelled: "cancelled" } },
    ru: { agreed: "О чём договорились", agreedBy: "до",
          agreedSide: { manager: "мы", client: "клиент" },
          agreedStatus: { open: "в силе", kept: "выполнено", kept_late: "выполнено с опозданием",
                          broken: "нарушено", cancelled: "отменено" } }
  });
  function agreedList(items, tz) {
    var h = window.DT.h;
    if (!items || !items.length) return null;
    var list = h("ul", { class: "agreed", "aria-label": t("agreed") });
    items.forEach(function (a) {
      list.appendChild(h("li", { class: "agreed-item", "data-side": a.side, "data-status": a.status },
        h("span", { class: "agreed-side", text: t("agreedSide", a.side) + ": " }),
        h("q", { class: "agreed-text", text: a.text }),
        a.due_at ? h("span", { class: "muted", text: " " + t("agreedBy") + " " + I.when(a.due_at, tz) }) : null,
        " ", h("span", { class: "agreed-status " + a.status, text: t("agreedStatus", a.status) })));
    });
    return h("div", { class: "agreed-box" }, h("div", { class: "muted", text: t("agreed") }), list);
  }

  window.DT.agreedList = agreedList;
})();
