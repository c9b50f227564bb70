// Article reader: the stored document text with the coded triggers, their
// source/target arguments, actor mentions and flagged passages highlighted at
// their exact character offsets, and the events, flags and claims beside it.

import { get } from "./api.js";
import { fmt, h, replace, safeHref } from "./dom.js";
import { actorLabel, typeBadge } from "./eventlist.js";
import { highlighted } from "./highlight.js";
import * as state from "./state.js";

let cache = { id: null, doc: null };

// The document carries its own flags; cross-report flags (two reports of one
// event that disagree) live with the merged events, so ask /api/flags too
// and keep each flag once.
async function load(id) {
  if (cache.id !== id) {
    const [doc, extra] = await Promise.all([
      get(`api/documents/${encodeURIComponent(id)}`),
      get("api/flags", { doc_id: id, limit: 500 }).catch(() => ({ items: [] })),
    ]);
    const seen = new Set((doc.flags || []).map((f) => f.flag_id));
    doc.flags = [...(doc.flags || []), ...extra.items.filter((f) => !seen.has(f.flag_id))];
    cache = { id, doc };
  }
  return cache.doc;
}

function isNum(v) {
  return typeof v === "number" && Number.isFinite(v);
}

function annotations(doc, focusId) {
  const anns = [];
  const add = (span, cls, title, extra = {}) => {
    if (span && isNum(span.start) && isNum(span.end) && span.end > span.start) anns.push({ start: span.start, end: span.end, cls, title, ...extra });
  };
  for (const m of doc.mentions || []) add(m, "hl-mention", `${actorLabel(m)}${m.sector ? ` · ${m.sector}` : ""}${m.title ? ` · ${m.title}` : ""}`);
  for (const f of doc.flags || []) {
    for (const side of ["a", "b"]) {
      const sd = f[side];
      if (sd && (!sd.doc_id || sd.doc_id === doc.id)) add(sd, "hl-flag", `flag ${f.kind}: ${f.explanation || ""}`, { flagId: f.flag_id });
    }
  }
  for (const ev of doc.events || []) {
    const focus = ev.event_id === focusId;
    const label = `${ev.event_type}: ${actorLabel(ev.source)} → ${actorLabel(ev.target)}`;
    add(ev.source, "hl-source", `source of ${label}`, { focus });
    add(ev.target, "hl-target", `target of ${label}`, { focus });
    add(ev.trigger, "hl-trigger", label, { focus, eventId: ev.event_id });
  }
  return anns;
}

function body(doc, anns) {
  const text = doc.text || "";
  const sections = (doc.sections || []).filter((sec) => isNum(sec.start) && isNum(sec.end)).sort((a, b) => a.start - b.start);
  if (!sections.length) return [h("div", { class: "plain" }, highlighted(text, 0, text.length, anns))];
  return sections.map((sec) => {
    const tag = sec.kind === "title" ? "h1" : sec.kind === "subhead" ? "h2" : "p";
    return h(tag, { class: `sec-${sec.kind}`, dataset: { section: `${sec.kind}-${sec.index}` } }, highlighted(text, sec.start, sec.end, anns));
  });
}

function focusEvent(id) {
  state.update({ event: id });
}

// Details of the selected event: what the coder recorded beyond the badge.
function eventDetails(ev) {
  const rows = [
    ["mode", ev.mode], ["context", ev.context], ["CAMEO", ev.cameo_code],
    ["date from", ev.date_text ? `“${ev.date_text}”` : null], ["polarity", ev.polarity],
    ["source", ev.source ? [ev.source.text, ev.source.sector, ev.source.title].filter(Boolean).join(" · ") : null],
    ["target", ev.target ? [ev.target.text, ev.target.sector, ev.target.title].filter(Boolean).join(" · ") : null],
    ["coder", ev.coder], ["id", ev.event_id],
  ].filter(([, v]) => v);
  return h("dl", { class: "event-details" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

function eventItem(ev, focusId) {
  return h("li", { class: ["side-event", ev.event_id === focusId && "focused"], dataset: { eventId: ev.event_id }, tabindex: 0,
    events: { click: () => focusEvent(ev.event_id), keydown: (e) => { if (e.key === "Enter") focusEvent(ev.event_id); } } },
  h("div", {}, typeBadge(ev.event_type, ev.mode), " ", h("span", { class: "dyad" }, `${actorLabel(ev.source)} → ${actorLabel(ev.target)}`)),
  h("div", { class: "muted small" }, [ev.date || "undated", ev.location && ev.location.name, `conf ${Number(ev.confidence ?? 0).toFixed(2)}`,
    ev.polarity && ev.polarity !== "asserted" ? ev.polarity : null].filter(Boolean).join(" · ")),
  ev.event_id === focusId ? eventDetails(ev) : null);
}

function flagItem(f, root, current) {
  const quote = (sd, label) => sd && h("div", { class: "flag-side" }, h("span", { class: "flag-tag" }, `${label} · ${sd.section || "?"}`),
    h("q", {}, sd.text || ""), sd.doc_id && sd.doc_id !== current ? h("button", { type: "button", class: "link small",
      events: { click: (e) => { e.stopPropagation(); state.go("reader", { doc: sd.doc_id, event: null }); } } }, ` in ${sd.doc_id} →`) : null);
  const jump = () => {
    const el = root.querySelector(`mark[data-flag="${CSS.escape(f.flag_id)}"]`);
    if (el) {
      el.scrollIntoView({ block: "center", behavior: "smooth" });
      el.classList.add("pulse");
      setTimeout(() => el.classList.remove("pulse"), 1600);
    }
  };
  return h("li", { class: "flag", tabindex: 0, events: { click: jump } },
    h("div", { class: "flag-head" }, h("span", { class: "flag-kind" }, (f.kind || "flag").replace(/_/g, " ")),
      h("span", { class: "muted small" }, `conf ${Number(f.confidence ?? 0).toFixed(2)}`)),
    h("p", { class: "flag-expl" }, f.explanation || ""), quote(f.a, "A"), quote(f.b, "B"));
}

function claimItem(c) {
  return h("li", { class: "claim" }, h("span", { class: "claim-kind" }, c.kind || "claim"), " ",
    h("span", {}, `${actorLabel(c.actor)}${c.target ? ` → ${actorLabel(c.target)}` : ""}: ${c.subject || ""}`),
    c.polarity && c.polarity !== "asserted" ? h("span", { class: "polarity" }, c.polarity) : null);
}

function header(doc) {
  const href = safeHref(doc.url);
  const bits = [doc.published ? `Published ${doc.published}` : "Undated", doc.author ? `by ${doc.author}` : null, doc.source || null].filter(Boolean);
  const back = window.history.length > 1
    ? h("button", { type: "button", class: "link", events: { click: () => window.history.back() } }, "← Back") : null;
  return h("div", { class: "doc-meta" }, back, h("span", {}, bits.join(" · ")),
    doc.url ? (href ? h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", class: "doc-url" }, doc.url) : h("span", { class: "doc-url muted" }, doc.url)) : null,
    h("span", { class: "muted small" }, `id ${doc.id}`));
}

function key() {
  return h("div", { class: "key small" },
    h("mark", { class: "hl-trigger" }, "trigger"), h("mark", { class: "hl-source" }, "source"),
    h("mark", { class: "hl-target" }, "target"), h("mark", { class: "hl-mention" }, "actor mention"), h("mark", { class: "hl-flag" }, "flagged"));
}

/** Render the reader view into `el` for state `st`. */
export async function render(el, st) {
  if (!st.doc) {
    replace(el, h("div", { class: "panel" }, h("p", { class: "empty" }, "Pick a document in Documents, or “Open in reader” on any event.")));
    return;
  }
  // Claim the view synchronously: if a newer render starts while this one
  // waits for the API, this one fills a detached box and is simply dropped.
  const box = h("div", { class: "reader-box" }, h("p", { class: "muted" }, "loading…"));
  replace(el, box);
  const doc = await load(st.doc);
  const anns = annotations(doc, st.event);
  const article = h("article", { class: "doc-text", lang: "en" }, body(doc, anns));
  article.addEventListener("click", (e) => {
    const mark = e.target.closest("mark[data-event]");
    if (mark) focusEvent(mark.dataset.event);
  });
  const events = doc.events || [];
  const flags = doc.flags || [];
  const claims = doc.claims || [];
  const side = h("aside", { class: "doc-side" },
    h("h3", {}, `Flags (${fmt(flags.length)})`),
    flags.length ? h("ul", { class: "flags" }, flags.map((f) => flagItem(f, article, doc.id))) : h("p", { class: "muted small" }, "No flags."),
    h("h3", {}, `Events (${fmt(events.length)})`),
    events.length ? h("ul", { class: "side-events" }, events.map((ev) => eventItem(ev, st.event))) : h("p", { class: "muted small" }, "No events coded."),
    claims.length ? [h("h3", {}, `Claims (${fmt(claims.length)})`), h("ul", { class: "claims" }, claims.map(claimItem))] : null);
  replace(box, h("div", { class: "reader" },
    h("div", { class: "panel doc-panel" }, header(doc), key(), article), side));
  if (st.event) {
    const target = article.querySelector(`mark[data-event="${CSS.escape(st.event)}"]`);
    if (target) target.scrollIntoView({ block: "center" });
    const item = side.querySelector(`li[data-event-id="${CSS.escape(st.event)}"]`);
    if (item) item.scrollIntoView({ block: "nearest" });
  }
}

/** Forget the cached document (after new data was ingested). */
export function invalidate() {
  cache = { id: null, doc: null };
}
