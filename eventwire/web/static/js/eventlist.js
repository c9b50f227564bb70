// The event list: one card per event with its evidence sentence, the trigger
// and the source/target marked, and a link into the article reader. Every
// chart's click-through ends here.

import { eventFilters, get } from "./api.js";
import { fmt, h, replace } from "./dom.js";
import { QUAD_COLOR, QUAD_LABEL, QUAD_OF } from "./plover.js";
import * as state from "./state.js";

const PAGE = 50;

/** Text of an actor for display: "South Korea (KOR)". */
export function actorLabel(actor) {
  if (!actor) return "—";
  const name = actor.name || actor.text || "?";
  return actor.country && actor.country !== name ? `${name} (${actor.country})` : name;
}

/** A small coloured badge for a PLOVER type. */
export function typeBadge(type, extra) {
  const quad = QUAD_OF[type];
  return h("span", { class: "badge", style: { background: QUAD_COLOR[quad] || "#777" }, title: QUAD_LABEL[quad] || "" },
    type, extra ? h("span", { class: "badge-mode" }, extra) : null);
}

/**
 * Split `text` into nodes with the given phrases marked. Marks are located by
 * first occurrence (the evidence is a sentence, the offsets are document
 * offsets), and overlapping marks keep the earlier-listed one.
 */
export function markPhrases(text, marks) {
  const spans = [];
  for (const m of marks) {
    if (!m.text) continue;
    let idx = text.indexOf(m.text);
    while (idx >= 0 && spans.some((s) => idx < s.end && idx + m.text.length > s.start)) idx = text.indexOf(m.text, idx + 1);
    if (idx >= 0) spans.push({ start: idx, end: idx + m.text.length, cls: m.cls, title: m.title });
  }
  spans.sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const sp of spans) {
    if (sp.start > pos) out.push(text.slice(pos, sp.start));
    out.push(h("mark", { class: sp.cls, title: sp.title }, text.slice(sp.start, sp.end)));
    pos = sp.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

/** One event card. */
export function eventCard(ev, { focused = false } = {}) {
  const evidence = markPhrases(ev.evidence || "", [
    { text: ev.trigger && ev.trigger.text, cls: "hl-trigger", title: `trigger: ${ev.event_type}` },
    { text: ev.source && ev.source.text, cls: "hl-source", title: "source" },
    { text: ev.target && ev.target.text, cls: "hl-target", title: "target" },
  ]);
  // a date the text gives, else the report's day (the resolver's fallback, or the store's story_date)
  const reportDay = ev.date && ev.extra && ["published", "dateline"].includes(ev.extra.date_source) ? ev.date : (!ev.date && ev.story_date);
  const meta = [
    reportDay ? h("span", { class: "date muted", title: "the text gives no date; this is the report's day" }, `report ${reportDay}`)
      : ev.date ? h("span", { class: "date", title: ev.date_text ? `from “${ev.date_text}”` : "" }, ev.date)
      : h("span", { class: "date muted" }, "undated"),
    ev.location && ev.location.name ? h("span", { class: "place" }, ev.location.name) : null,
    ev.cameo_code ? h("span", { class: "muted", title: "nearest CAMEO code" }, `CAMEO ${ev.cameo_code}`) : null,
    h("span", { class: "muted", title: "confidence" }, `conf ${Number(ev.confidence ?? 0).toFixed(2)}`),
    ev.polarity && ev.polarity !== "asserted" ? h("span", { class: "polarity" }, ev.polarity) : null,
  ];
  const open = h("button", { type: "button", class: "link", events: { click: () => state.go("reader", { doc: ev.doc_id, event: ev.event_id }) } },
    "Open in reader →");
  return h("article", { class: ["event-card", focused && "focused"], dataset: { eventId: ev.event_id } },
    h("div", { class: "event-head" },
      typeBadge(ev.event_type, ev.mode),
      h("span", { class: "dyad" },
        h("span", { class: "actor src" }, actorLabel(ev.source)),
        h("span", { class: "arrow", "aria-hidden": "true" }, " → "),
        h("span", { class: "actor tgt" }, actorLabel(ev.target))),
      h("span", { class: "event-meta" }, meta)),
    h("blockquote", { class: "evidence" }, evidence),
    h("div", { class: "event-foot" },
      h("span", { class: "doc-title", title: ev.doc_id }, ev.doc_title || ev.doc_id),
      open));
}

/**
 * Render a paged, sortable event list into `el`.
 * params: API filters; opts.title: heading; opts.onClear: shows a "clear" action.
 */
export async function renderEventList(el, params, opts = {}) {
  const st = state.read();
  const sort = st.sort || "-date";
  const heading = h("h3", {}, opts.title || "Events");
  const count = h("span", { class: "count muted" }, "loading…");
  const sortSel = h("select", { "aria-label": "Sort events", events: { change: (e) => state.update({ sort: e.target.value }) } },
    [["-date", "Newest first"], ["date", "Oldest first"], ["-confidence", "Most confident"], ["confidence", "Least confident"]]
      .map(([v, l]) => h("option", { value: v, selected: v === sort }, l)));
  const tools = [count, sortSel];
  if (opts.onClear) tools.push(h("button", { type: "button", class: "chip", events: { click: opts.onClear } }, "Clear selection ×"));
  const list = h("div", { class: "event-list" });
  const more = h("button", { type: "button", class: "more", hidden: true }, "Load more");
  replace(el, h("div", { class: "list-head" }, heading, h("div", { class: "list-tools" }, tools)), list, more);

  let offset = 0;
  const load = async () => {
    more.disabled = true;
    const query = { ...eventFilters(st.filters), ...params, sort, limit: PAGE, offset };
    const page = await get("api/events", query);
    for (const ev of page.items) list.appendChild(eventCard(ev, { focused: ev.event_id === st.event }));
    offset += page.items.length;
    count.textContent = `${fmt(page.total)} event${page.total === 1 ? "" : "s"}`;
    if (!page.total) list.appendChild(h("p", { class: "empty" }, "No events match these filters."));
    more.hidden = offset >= page.total;
    more.disabled = false;
  };
  more.addEventListener("click", () => load().catch(opts.onError || console.error));
  await load();
}
