// Map of event locations on an offline base map (Natural Earth 110m country
// outlines shipped in static/geo/, drawn in an equirectangular projection).
// Circles are sized by event count (GET /api/locations); clicking one lists
// the events at that place. Wheel zooms, drag pans.

import { eventFilters, get } from "./api.js";
import { fmt, h, replace, s } from "./dom.js";
import { renderEventList } from "./eventlist.js";
import * as state from "./state.js";
import { features, unwrap } from "./topo.js";

// Projection: 1 degree = 2.5 units; latitudes beyond 84N/58S are cropped.
const K = 2.5;
const TOP = 84;
const BOTTOM = -58;
const W = 360 * K;
const H = (TOP - BOTTOM) * K;
const project = (lon, lat) => [(lon + 180) * K, (TOP - lat) * K];

let basePaths = null;

function ringPath(ring) {
  return `M${ring.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L")}Z`;
}


async function baseMap() {
  if (basePaths) return basePaths;
  const resp = await fetch("static/geo/countries-110m.json");
  if (!resp.ok) throw new Error(`base map: HTTP ${resp.status}`);
  const topo = await resp.json();
  basePaths = features(topo, "countries").map((f) => ({
    name: f.name,
    d: f.rings.flatMap(unwrap).map(ringPath).join(""),
  }));
  return basePaths;
}

function graticule() {
  const g = s("g", { class: "graticule" });
  for (let lon = -150; lon <= 150; lon += 30) {
    const [x] = project(lon, 0);
    g.appendChild(s("line", { x1: x, x2: x, y1: 0, y2: H }));
  }
  for (let lat = -30; lat <= 60; lat += 30) {
    const [, y] = project(0, lat);
    g.appendChild(s("line", { x1: 0, x2: W, y1: y, y2: y, class: lat === 0 ? "equator" : "" }));
  }
  return g;
}

function zoomable(svg, circles) {
  let view = { x: 0, y: 0, w: W, h: H };
  const apply = () => {
    svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
    // Keep circles the same size on screen whatever the zoom.
    const z = W / view.w;
    for (const c of circles) c.setAttribute("r", (Number(c.dataset.r) / Math.sqrt(z)).toFixed(2));
  };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const rect = svg.getBoundingClientRect();
    const px = view.x + ((e.clientX - rect.left) / rect.width) * view.w;
    const py = view.y + ((e.clientY - rect.top) / rect.height) * view.h;
    const f = e.deltaY < 0 ? 0.8 : 1.25;
    const w = Math.min(W, Math.max(W / 16, view.w * f));
    const hh = (w / W) * H;
    view = { x: px - ((px - view.x) * w) / view.w, y: py - ((py - view.y) * hh) / view.h, w, h: hh };
    apply();
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.target.closest(".loc")) return;
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
  });
  window.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    view.x = drag.vx - ((e.clientX - drag.x) / rect.width) * view.w;
    view.y = drag.vy - ((e.clientY - drag.y) / rect.height) * view.h;
    apply();
  });
  svg.addEventListener("dblclick", () => { view = { x: 0, y: 0, w: W, h: H }; apply(); });
  apply();
}

function draw(paths, locs, selected) {
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map-chart", role: "img", "aria-label": "Map of event locations" });
  svg.appendChild(s("rect", { x: -W, y: -H, width: 3 * W, height: 3 * H, class: "ocean" }));
  svg.appendChild(graticule());
  const land = s("g", { class: "land" });
  for (const p of paths) land.appendChild(s("path", { d: p.d }, s("title", {}, p.name)));
  svg.appendChild(land);
  const max = Math.max(1, ...locs.map((l) => l.count));
  const circles = [];
  const layer = s("g", { class: "locs" });
  // Largest first so that small circles stay clickable on top.
  for (const l of [...locs].sort((a, b) => b.count - a.count)) {
    const [x, y] = project(l.lon, l.lat);
    const r = 2.5 + 12 * Math.sqrt(l.count / max);
    const key = `${l.lon},${l.lat}`;
    const c = s("circle", { cx: x.toFixed(2), cy: y.toFixed(2), r, dataset: { r } });
    circles.push(c);
    const g = s("g", { class: ["loc", selected === key && "selected"], dataset: { loc: key }, tabindex: 0 },
      s("title", {}, `${l.name}${l.country ? ` (${l.country})` : ""}: ${fmt(l.count)} events`), c);
    const pick = () => state.update({ loc: selected === key ? null : key, event: null });
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
    layer.appendChild(g);
  }
  svg.appendChild(layer);
  zoomable(svg, circles);
  return svg;
}

/** Render the map view into `el` for state `st`. */
export async function render(el, st, onError) {
  const chartBox = h("div", { class: "chart-box map-box" }, h("p", { class: "muted" }, "loading…"));
  const note = h("p", { class: "muted small" });
  const listBox = h("div", { class: "list-box" });
  replace(el,
    h("div", { class: "panel" }, h("div", { class: "panel-head" }, h("h2", {}, "Where events happen"),
      h("span", { class: "muted small" }, "Wheel to zoom, drag to pan, double-click to reset")), chartBox, note),
    h("div", { class: "panel" }, listBox));
  const [paths, page] = await Promise.all([baseMap(), get("api/locations", { ...eventFilters(st.filters), limit: 1000 })]);
  const locs = page.items.filter((l) => Number.isFinite(l.lat) && Number.isFinite(l.lon));
  replace(chartBox, draw(paths, locs, st.loc));
  const placed = locs.reduce((a, l) => a + l.count, 0);
  note.textContent = `${fmt(locs.length)} places, ${fmt(placed)} located events. Base map: Natural Earth 1:110m (public domain) via world-atlas.`;
  if (st.loc) {
    const [lon, lat] = st.loc.split(",").map(Number);
    const here = locs.find((l) => `${l.lon},${l.lat}` === st.loc);
    // A tiny box around the point selects exactly the events geocoded there.
    const e = 1e-4;
    await renderEventList(listBox, { bbox: [lon - e, lat - e, lon + e, lat + e].map((v) => v.toFixed(5)).join(",") },
      { title: `Events at ${here ? here.name : st.loc}`, onClear: () => state.update({ loc: null, event: null }), onError });
  } else {
    replace(listBox, h("p", { class: "empty" }, "Click a circle to list the events at that place."));
  }
}
