// Documents: the stored articles (GET /api/documents), searchable, each a
// link into the reader.

import { get } from "./api.js";
import { debounce, fmt, h, replace } from "./dom.js";
import * as state from "./state.js";

const PAGE = 50;

/** Render the document list into `el` for state `st`. */
export async function render(el, st, onError) {
  const search = h("input", { type: "search", placeholder: "search document text", value: st.dq || "", size: 28, "aria-label": "Search documents",
    events: { input: debounce((e) => state.update({ dq: e.target.value.trim() || null }), 450) } });
  const count = h("span", { class: "count muted" }, "loading…");
  const tbody = h("tbody");
  const more = h("button", { type: "button", class: "more", hidden: true }, "Load more");
  replace(el, h("div", { class: "panel" },
    h("div", { class: "list-head" }, h("h2", {}, "Documents"), h("div", { class: "list-tools" }, count, search)),
    h("table", { class: "docs" },
      h("thead", {}, h("tr", {}, h("th", {}, "Published"), h("th", {}, "Title"), h("th", {}, "Source"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Flags"))),
      tbody),
    more));
  let offset = 0;
  const load = async () => {
    const page = await get("api/documents", { q: st.dq, limit: PAGE, offset });
    for (const d of page.items) {
      const open = () => state.go("reader", { doc: d.id, event: null });
      tbody.appendChild(h("tr", { tabindex: 0, class: "doc-row", dataset: { docId: d.id },
        events: { click: open, keydown: (e) => { if (e.key === "Enter") open(); } } },
      h("td", { class: "nowrap" }, d.published || "—"),
      h("td", { class: "title" }, d.title || d.id),
      h("td", { class: "muted" }, d.source || ""),
      h("td", { class: "num" }, fmt(d.n_events ?? 0)),
      h("td", { class: ["num", d.n_flags ? "has-flags" : ""] }, fmt(d.n_flags ?? 0))));
    }
    offset += page.items.length;
    count.textContent = `${fmt(page.total)} document${page.total === 1 ? "" : "s"}`;
    more.hidden = offset >= page.total;
  };
  more.addEventListener("click", () => load().catch(onError));
  // The view is rebuilt on every search; keep typing where the user was.
  if (st.dq && document.activeElement?.type !== "search") {
    search.focus();
    search.setSelectionRange(search.value.length, search.value.length);
  }
  await load();
}
