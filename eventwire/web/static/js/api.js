// The dashboard's only I/O seam: relative JSON requests to the eventwire API
// served by the same origin. Errors come back in the API's one error shape
// ({"error": {code, status, message, param}}) and are raised as ApiError.

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || null;
    this.param = err.param || null;
  }
}

// Filter keys understood by the event-filter endpoints (events, timeline,
// dyads, locations, merged). Anything else in the UI state stays client-side.
export const EVENT_FILTER_KEYS = [
  "type", "quad", "mode", "source_country", "target_country", "country",
  "actor", "since", "until", "bbox", "q", "doc_id",
];

/** Build a query string from an object, skipping empty values. */
export function query(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === "") continue;
    qs.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const str = qs.toString();
  return str ? `?${str}` : "";
}

/** Pick the event-filter parameters out of the UI filter state. */
export function eventFilters(filters) {
  const out = {};
  for (const k of EVENT_FILTER_KEYS) if (filters[k]) out[k] = filters[k];
  return out;
}

let inflight = 0;
function busy(delta) {
  inflight += delta;
  document.body.classList.toggle("busy", inflight > 0);
}

/** GET a JSON resource relative to the page, e.g. get("api/events", {limit: 10}). */
export async function get(path, params) {
  busy(1);
  try {
    const resp = await fetch(`${path}${query(params)}`, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await resp.json();
    } catch {
      body = null;
    }
    if (!resp.ok) throw new ApiError(resp.status, body);
    return body;
  } finally {
    busy(-1);
  }
}
