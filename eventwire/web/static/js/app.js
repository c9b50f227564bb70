// Dashboard entry point: mounts the filter bar, shows the API's health, and
// renders the view named in the URL hash whenever the hash changes.

import { ApiError, get } from "./api.js";
import { fmt, replace } from "./dom.js";
import * as documents from "./documents.js";
import { renderEventList } from "./eventlist.js";
import * as filters from "./filters.js";
import * as map from "./map.js";
import * as network from "./network.js";
import * as reader from "./reader.js";
import * as state from "./state.js";
import * as timeline from "./timeline.js";

const notice = () => document.getElementById("notice");

function showError(err) {
  const el = notice();
  if (err instanceof ApiError) {
    // The API's messages usually start with their code already ("[E005] ...").
    const code = err.code && !err.message.includes(err.code) ? ` (${err.code})` : "";
    el.textContent = `${err.param ? `${err.param}: ` : ""}${err.message}${code}`;
  } else {
    el.textContent = `Something went wrong: ${err && err.message ? err.message : err}`;
  }
  el.hidden = false;
  console.error(err);
}

function clearError() {
  notice().hidden = true;
}

const RENDERERS = {
  timeline: timeline.render,
  network: network.render,
  map: map.render,
  events: (el, st, onError) => renderEventList(el, {}, { title: "Events", onError }),
  documents: documents.render,
  reader: reader.render,
};

let generation = 0;

// data-ready/data-gen tell automated checks (tests/browser) that a render finished.
function markReady(view, gen) {
  document.body.dataset.ready = view;
  document.body.dataset.gen = String(gen);
}

async function render(st) {
  const gen = ++generation;
  filters.sync(st);
  for (const tab of document.querySelectorAll(".tabs [data-view]")) {
    const active = tab.dataset.view === st.view;
    tab.classList.toggle("active", active);
    tab.setAttribute("aria-selected", String(active));
  }
  for (const section of document.querySelectorAll("main .view")) section.hidden = section.dataset.view !== st.view;
  // The filters do not apply to the document list and the reader.
  document.getElementById("filters").hidden = st.view === "documents" || st.view === "reader";
  clearError();
  const el = document.getElementById(`view-${st.view}`);
  try {
    await RENDERERS[st.view](el, st, showError);
    if (gen === generation) markReady(st.view, gen);
  } catch (err) {
    if (gen === generation) {
      replace(el);
      showError(err);
      markReady(`${st.view}:error`, gen);
    }
  }
}

async function health() {
  try {
    const hl = await get("api/health");
    document.getElementById("health").textContent = `${fmt(hl.documents)} documents · ${fmt(hl.events)} events · v${hl.version}`;
  } catch (err) {
    document.getElementById("health").textContent = "API unavailable";
    showError(err);
  }
}

function start() {
  filters.mount(document.getElementById("filters"));
  // Tab links keep the current filters: rewrite only the view.
  for (const tab of document.querySelectorAll(".tabs [data-view]")) {
    tab.addEventListener("click", (e) => {
      e.preventDefault();
      state.go(tab.dataset.view);
    });
  }
  state.subscribe(render);
  health();
  render(state.read());
}

start();
