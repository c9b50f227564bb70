// Offset-exact highlighting for the article reader. Annotations are
// character ranges into the document text; a range may overlap others (a
// trigger inside a flagged sentence, an actor that is also a mention), so the
// text is cut at every boundary and each piece carries all the classes that
// cover it. Text is only ever added as text nodes.

import { h } from "./dom.js";

/**
 * Cut text[start:end) into pieces at annotation boundaries.
 * Returns [{start, end, anns: [annotation...]}] covering the range exactly.
 */
export function segments(start, end, annotations) {
  const inside = annotations.filter((a) => a.end > start && a.start < end && a.end > a.start);
  const cuts = new Set([start, end]);
  for (const a of inside) {
    cuts.add(Math.max(start, a.start));
    cuts.add(Math.min(end, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ start: a, end: b, anns: inside.filter((x) => x.start <= a && x.end >= b) });
  }
  return out;
}

/** DOM nodes for text[start:end) with annotations rendered as <mark> pieces. */
export function highlighted(text, start, end, annotations) {
  return segments(start, end, annotations).map((seg) => {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.anns.length) return piece;
    const classes = new Set(seg.anns.map((a) => a.cls));
    if (seg.anns.some((a) => a.focus)) classes.add("focus");
    const trigger = seg.anns.find((a) => a.cls === "hl-trigger");
    const titles = [...new Set(seg.anns.map((a) => a.title).filter(Boolean))];
    const dataset = {};
    if (trigger) dataset.event = trigger.eventId;
    const flag = seg.anns.find((a) => a.flagId);
    if (flag) dataset.flag = flag.flagId;
    return h("mark", { class: [...classes], title: titles.join("\n"), dataset }, piece);
  });
}
