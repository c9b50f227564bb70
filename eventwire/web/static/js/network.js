// Actor network: countries as nodes, directed dyads as edges weighted by the
// number of events and coloured by their dominant quad class (GET /api/dyads).
// The layout is a small force simulation run to rest before drawing, so the
// picture is stable for a given set of dyads.

import { eventFilters, get } from "./api.js";
import { fmt, h, replace, s } from "./dom.js";
import { renderEventList } from "./eventlist.js";
import { dominantQuad, QUAD_COLOR, QUAD_LABEL, QUADS } from "./plover.js";
import * as state from "./state.js";

const W = 960;
const H = 540;

/** Deterministic force layout (Fruchterman–Reingold with a gentle centre pull). */
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.55;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    node.x = W / 2 + Math.cos(a) * W * 0.3;
    node.y = H / 2 + Math.sin(a) * H * 0.3;
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  let temp = W / 8;
  for (let it = 0; it < iterations; it++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = nodes[i].x - nodes[j].x;
        let ey = nodes[i].y - nodes[j].y;
        let d2 = ex * ex + ey * ey;
        if (d2 < 0.01) { ex = 0.1 * (i - j); ey = 0.1; d2 = 0.02; }
        const f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const e of edges) {
      const a = index.get(e.source);
      const b = index.get(e.target);
      if (a === undefined || b === undefined || a === b) continue;
      const ex = nodes[a].x - nodes[b].x;
      const ey = nodes[a].y - nodes[b].y;
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = (d / k) * (1 + Math.log1p(e.count) * 0.3);
      dx[a] -= ex * f; dy[a] -= ey * f;
      dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (W / 2 - nodes[i].x) * 0.02 * k;
      dy[i] += (H / 2 - nodes[i].y) * 0.02 * k;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temp);
      nodes[i].x = Math.min(W - 40, Math.max(40, nodes[i].x + (dx[i] / d) * step));
      nodes[i].y = Math.min(H - 30, Math.max(30, nodes[i].y + (dy[i] / d) * step));
    }
    temp = Math.max(1, temp * 0.97);
  }
  fit(nodes);
  return nodes;
}

// Stretch the laid-out graph to fill the drawing, keeping its aspect within
// bounds, so that small graphs are not huddled in the middle.
function fit(nodes) {
  if (nodes.length < 2) return;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const padX = 70;
  const padY = 50;
  const sx = x1 > x0 ? (W - 2 * padX) / (x1 - x0) : 1;
  const sy = y1 > y0 ? (H - 2 * padY) / (y1 - y0) : 1;
  const k = Math.min(sx, sy, 3);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const n of nodes) {
    n.x = W / 2 + (n.x - cx) * Math.min(sx, k * 1.6);
    n.y = H / 2 + (n.y - cy) * Math.min(sy, k * 1.6);
  }
}

function graph(dyads) {
  const nodes = new Map();
  const edges = [];
  for (const d of dyads) {
    if (!d.source_country || !d.target_country) continue;
    for (const c of [d.source_country, d.target_country]) {
      if (!nodes.has(c)) nodes.set(c, { id: c, weight: 0 });
    }
    nodes.get(d.source_country).weight += d.count;
    if (d.target_country !== d.source_country) nodes.get(d.target_country).weight += d.count;
    edges.push({ source: d.source_country, target: d.target_country, count: d.count, by_type: d.by_type || {}, quad: dominantQuad(d.by_type) });
  }
  return { nodes: [...nodes.values()], edges };
}

function edgePath(a, b, bend, rTarget) {
  // A gentle curve, so A→B and B→A do not overlap; it stops at the target's rim.
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.sqrt(dx * dx + dy * dy) || 1;
  const cx = mx - (dy / len) * len * bend;
  const cy = my + (dx / len) * len * bend;
  const tx = b.x - cx;
  const ty = b.y - cy;
  const tl = Math.sqrt(tx * tx + ty * ty) || 1;
  const ex = b.x - (tx / tl) * (rTarget + 3);
  const ey = b.y - (ty / tl) * (rTarget + 3);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

function draw(nodes, edges, st) {
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network-chart", role: "img", "aria-label": "Actor network" });
  const defs = s("defs");
  for (const q of QUADS) {
    // Fixed-size arrow heads (userSpaceOnUse), whatever the edge's width.
    defs.appendChild(s("marker", { id: `arrow-${q.key}`, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 11, markerHeight: 11,
      markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: q.color })));
  }
  svg.appendChild(defs);
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const radius = (n) => 14 + 12 * Math.sqrt(n.weight / maxWeight);
  const edgeLayer = s("g", { class: "edges" });
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    const key = `${e.source}>${e.target}`;
    const color = QUAD_COLOR[e.quad] || "#888";
    const width = 1.5 + 7 * Math.sqrt(e.count / maxCount);
    const types = Object.entries(e.by_type).sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(", ");
    const d = a === b
      ? `M${a.x - 6},${a.y - radius(a)} C${a.x - 30},${a.y - radius(a) - 40} ${a.x + 30},${a.y - radius(a) - 40} ${a.x + 6},${a.y - radius(a) - 2}`
      : edgePath(a, b, 0.16, radius(b));
    const g = s("g", { class: ["edge", st.dyad === key && "selected"], dataset: { dyad: key }, tabindex: 0 },
      s("title", {}, `${e.source} → ${e.target}: ${fmt(e.count)} events (${QUAD_LABEL[e.quad] || "?"})\n${types}`),
      s("path", { d, class: "edge-hit" }),
      s("path", { d, class: "edge-line", stroke: color, "stroke-width": width.toFixed(1), "marker-end": `url(#arrow-${e.quad || QUADS[0].key})` }));
    const pick = () => state.update({ dyad: st.dyad === key ? null : key, node: null, event: null });
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    edgeLayer.appendChild(g);
  }
  svg.appendChild(edgeLayer);
  const nodeLayer = s("g", { class: "nodes" });
  for (const n of nodes) {
    const r = radius(n);
    const g = s("g", { class: ["node", st.node === n.id && "selected"], transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, dataset: { node: n.id }, tabindex: 0 },
      s("title", {}, `${n.id}: ${fmt(n.weight)} events`),
      s("circle", { r: r.toFixed(1) }),
      s("text", { y: 4, "text-anchor": "middle", class: "node-label" }, n.id));
    const pick = () => state.update({ node: st.node === n.id ? null : n.id, dyad: null, event: null });
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    nodeLayer.appendChild(g);
  }
  svg.appendChild(nodeLayer);
  return svg;
}

/** Render the network view into `el` for state `st`. */
export async function render(el, st, onError) {
  const chartBox = h("div", { class: "chart-box" }, h("p", { class: "muted" }, "loading…"));
  const note = h("p", { class: "muted small" });
  const listBox = h("div", { class: "list-box" });
  replace(el,
    h("div", { class: "panel" },
      h("div", { class: "panel-head" }, h("h2", {}, "Who acts on whom"),
        h("div", { class: "legend" }, QUADS.map((q) => h("span", { class: "legend-item" }, h("span", { class: "swatch line", style: { background: q.color } }), q.label)))),
      chartBox, note),
    h("div", { class: "panel" }, listBox));
  const page = await get("api/dyads", { ...eventFilters(st.filters), limit: 400 });
  const { nodes, edges } = graph(page.items);
  const unattributed = page.items.filter((d) => !d.source_country || !d.target_country).reduce((a, d) => a + d.count, 0);
  note.textContent = `${fmt(nodes.length)} countries, ${fmt(edges.length)} dyads shown` +
    (page.total > page.items.length ? ` (top ${fmt(page.items.length)} of ${fmt(page.total)})` : "") +
    (unattributed ? `; ${fmt(unattributed)} events without a source or target country are not drawn` : "") +
    ". Edge width = events; colour = dominant quad class. Click an edge or a country.";
  replace(chartBox, nodes.length ? draw(layout(nodes, edges), edges, st) : h("p", { class: "empty" }, "No dyads match these filters."));
  if (st.dyad) {
    const [src, tgt] = st.dyad.split(">");
    await renderEventList(listBox, { source_country: src, target_country: tgt },
      { title: `${src} → ${tgt}`, onClear: () => state.update({ dyad: null, event: null }), onError });
  } else if (st.node) {
    await renderEventList(listBox, { country: st.node },
      { title: `Events involving ${st.node}`, onClear: () => state.update({ node: null, event: null }), onError });
  } else {
    replace(listBox, h("p", { class: "empty" }, "Click an edge to list that dyad's events, or a country for all its events."));
  }
}
