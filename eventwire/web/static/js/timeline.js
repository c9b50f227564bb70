// Timeline: events per period stacked by PLOVER quad class (GET /api/timeline).
// Clicking a bar selects that period; the event list below shows its events.

import { eventFilters, get } from "./api.js";
import { fmt, h, replace, s } from "./dom.js";
import { renderEventList } from "./eventlist.js";
import { QUADS } from "./plover.js";
import { nextPeriod, periodEnd } from "./periods.js";
import * as state from "./state.js";

const W = 960;
const H = 260;
const M = { top: 12, right: 12, bottom: 34, left: 44 };

// The API returns only periods with events; fill the gaps so that time runs
// evenly along the axis (unless the range is absurdly long).
function fillGaps(items, interval) {
  if (items.length < 2) return items;
  const byPeriod = new Map(items.map((r) => [r.period, r]));
  const out = [];
  let p = items[0].period;
  const last = items[items.length - 1].period;
  while (p <= last && out.length < 800) {
    out.push(byPeriod.get(p) || { period: p, total: 0 });
    p = nextPeriod(p, interval);
  }
  return out.length >= 800 ? items : out;
}

// A round tick step (1, 2 or 5 times a power of ten, at least 1) near `raw`.
function niceStep(raw) {
  if (raw <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

// Without an explicit interval, pick one that gives a readable number of
// bars: weeks by default, months for long spans, days for short ones.
async function fetchAuto(filters, interval) {
  const fetchRows = async (iv) => (await get("api/timeline", { ...filters, interval: iv, limit: 1000 })).items
    .slice().sort((a, b) => (a.period < b.period ? -1 : 1));
  if (interval) return { interval, rows: await fetchRows(interval) };
  const weeks = await fetchRows("week");
  const span = (rows) => fillGaps(rows, "week").length;
  if (span(weeks) > 60) return { interval: "month", rows: await fetchRows("month") };
  if (weeks.length && span(weeks) <= 3) return { interval: "day", rows: await fetchRows("day") };
  return { interval: "week", rows: weeks };
}

// Axis labels: the year is shown on the first label and whenever it changes.
function label(period, interval, prevLabelled) {
  if (interval === "month") return period.slice(0, 7);
  return !prevLabelled || prevLabelled.slice(0, 4) !== period.slice(0, 4) ? period : period.slice(5);
}

function chart(rows, interval, selected) {
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const step = niceStep(Math.max(1, ...rows.map((r) => r.total || 0)) / 4);
  const max = Math.ceil(Math.max(1, ...rows.map((r) => r.total || 0)) / step) * step;
  const colW = innerW / Math.max(rows.length, 1);
  const barW = Math.max(2, Math.min(48, colW * 0.78));
  const y = (v) => M.top + innerH - (v / max) * innerH;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline-chart", role: "img", "aria-label": "Events over time by quad class" });
  for (let v = 0; v <= max; v += step) {
    svg.appendChild(s("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(s("text", { x: M.left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, fmt(v)));
  }
  const every = Math.ceil(rows.length / 10);
  let lastLabelled = null;
  rows.forEach((r, i) => {
    const x = M.left + i * colW + (colW - barW) / 2;
    const isSel = selected === r.period;
    const g = s("g", { class: ["bar", isSel && "selected"], dataset: { period: r.period }, tabindex: r.total ? 0 : -1 });
    g.appendChild(s("title", {}, `${r.period} (${interval}): ${fmt(r.total || 0)} events`));
    // A transparent column makes thin bars easy to hit.
    g.appendChild(s("rect", { x: M.left + i * colW, y: M.top, width: colW, height: innerH, class: "hit" }));
    let base = 0;
    for (const q of QUADS) {
      const v = r[q.key] || 0;
      if (!v) continue;
      g.appendChild(s("rect", { x, width: barW, y: y(base + v), height: y(base) - y(base + v), fill: q.color, class: "seg" }));
      base += v;
    }
    if (r.total) {
      const pick = () => state.update({ period: isSel ? null : `${r.period}..${periodEnd(r.period, interval)}`, event: null });
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
    }
    svg.appendChild(g);
    if (i % every === 0) {
      svg.appendChild(s("text", { x: M.left + i * colW + colW / 2, y: H - M.bottom + 16, class: "axis", "text-anchor": "middle" },
        label(r.period, interval, lastLabelled)));
      lastLabelled = r.period;
    }
  });
  svg.appendChild(s("line", { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), class: "baseline" }));
  return svg;
}

function legend() {
  return h("div", { class: "legend" }, QUADS.map((q) => h("span", { class: "legend-item" }, h("span", { class: "swatch", style: { background: q.color } }), q.label)));
}

/** Render the timeline view into `el` for state `st`. */
export async function render(el, st, onError) {
  const fetched = fetchAuto(eventFilters(st.filters), st.interval);
  const intervalSel = h("select", { "aria-label": "Interval", events: { change: (e) => state.update({ interval: e.target.value || null, period: null }) } },
    [["", "auto"], ["day", "by day"], ["week", "by week"], ["month", "by month"]]
      .map(([v, l]) => h("option", { value: v, selected: v === (st.interval || "") }, l)));
  const chartBox = h("div", { class: "chart-box" }, h("p", { class: "muted" }, "loading…"));
  const listBox = h("div", { class: "list-box" });
  replace(el,
    h("div", { class: "panel" }, h("div", { class: "panel-head" }, h("h2", {}, "Events over time"), legend(), intervalSel), chartBox),
    h("div", { class: "panel" }, listBox));
  const { interval, rows: items } = await fetched;
  if (!st.interval) intervalSel.options[0].textContent = `auto (${interval})`;
  const rows = fillGaps(items, interval);
  const [selStart, selEnd] = (st.period || "").split("..");
  replace(chartBox, rows.length ? chart(rows, interval, selStart) : h("p", { class: "empty" }, "No dated events match these filters."));
  if (selStart) {
    await renderEventList(listBox, { since: selStart, until: selEnd || selStart }, {
      title: selStart === selEnd ? `Events on ${selStart}` : `Events ${selStart} – ${selEnd}`,
      onClear: () => state.update({ period: null, event: null }), onError,
    });
  } else {
    await renderEventList(listBox, {}, { title: "All events (click a bar to narrow to a period)", onError });
  }
}
