// PLOVER vocabulary as the dashboard shows it: the sixteen event types by
// quad class (mirrors eventwire.records.PLOVER_QUADS) and one colour per quad
// class, used consistently by every chart and badge.

export const QUADS = [
  { key: "verbal_cooperation", label: "Verbal cooperation", color: "#5b9bd5",
    types: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"] },
  { key: "material_cooperation", label: "Material cooperation", color: "#1f5f99",
    types: ["COOPERATE", "AID", "RETREAT"] },
  { key: "verbal_conflict", label: "Verbal conflict", color: "#f0a04b",
    types: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"] },
  { key: "material_conflict", label: "Material conflict", color: "#c8412b",
    types: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"] },
];

export const QUAD_OF = Object.fromEntries(QUADS.flatMap((q) => q.types.map((t) => [t, q.key])));
export const QUAD_COLOR = Object.fromEntries(QUADS.map((q) => [q.key, q.color]));
export const QUAD_LABEL = Object.fromEntries(QUADS.map((q) => [q.key, q.label]));

/** The quad class with most events in a {TYPE: n} count map. */
export function dominantQuad(byType) {
  const totals = {};
  for (const [t, n] of Object.entries(byType || {})) {
    const q = QUAD_OF[t];
    if (q) totals[q] = (totals[q] || 0) + n;
  }
  let best = null;
  for (const q of QUADS) if (totals[q.key] && (!best || totals[q.key] > totals[best])) best = q.key;
  return best;
}
