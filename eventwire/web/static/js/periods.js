// Calendar arithmetic for the timeline's periods (UTC dates as YYYY-MM-DD).
// A period is named by its first day, as /api/timeline names it: the day
// itself, the Monday of a week, or the 1st of a month.

function iso(d) {
  return d.toISOString().slice(0, 10);
}

function parse(day) {
  return new Date(`${day}T00:00:00Z`);
}

/** Last day of the period that starts on `start`. */
export function periodEnd(start, interval) {
  const d = parse(start);
  if (interval === "day") return start;
  if (interval === "week") return iso(new Date(d.getTime() + 6 * 86400000));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** First day of the period after the one that starts on `start`. */
export function nextPeriod(start, interval) {
  const d = parse(start);
  if (interval === "day") return iso(new Date(d.getTime() + 86400000));
  if (interval === "week") return iso(new Date(d.getTime() + 7 * 86400000));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}
