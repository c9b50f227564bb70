// Drive the eventwire dashboard in headless Chromium and print a JSON summary.
//
// Usage: node dashboard.mjs '{"base": "http://127.0.0.1:PORT", "out": "DIR",
//          "filter": {"field": "source_country", "value": "USA"}, "xss_doc": "DOC_ID"}'
// Run by tests/test_dashboard_browser.py, which asserts on the summary. The
// script never throws on a failed check: it records it in summary.failures.

import { mkdirSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const cfg = JSON.parse(process.argv[2] || "{}");
const base = cfg.base.replace(/\/$/, "");
const origin = new URL(base).origin;
const out = cfg.out || "artifacts/screenshots";
mkdirSync(out, { recursive: true });

const summary = { steps: {}, failures: [], requests: 0, foreign_requests: [], dialogs: [], page_errors: [], console_errors: [], screenshots: [] };
const fail = (step, msg) => summary.failures.push(`${step}: ${msg}`);

const profile = mkdtempSync(join(tmpdir(), "eventwire-chromium-"));
// A fresh profile directory per run (Playwright passes it as --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: cfg.chromium || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1360, height: 900 },
  deviceScaleFactor: 1,
});

async function waitRender(page, view, afterGen) {
  await page.waitForFunction(([v, g]) => document.body.dataset.ready === v && Number(document.body.dataset.gen || 0) > g,
    [view, afterGen], { timeout: 15000 });
}

const gen = (page) => page.evaluate(() => Number(document.body.dataset.gen || 0));

async function shot(page, name) {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  summary.screenshots.push(path);
}

async function step(name, fn) {
  try {
    summary.steps[name] = (await fn()) ?? true;
  } catch (err) {
    summary.steps[name] = false;
    fail(name, String(err && err.message ? err.message : err).split("\n")[0]);
  }
}

try {
  const page = context.pages()[0] || (await context.newPage());
  page.on("request", (req) => {
    summary.requests += 1;
    const url = req.url();
    if (url.startsWith("data:")) return;
    if (new URL(url).origin !== origin) summary.foreign_requests.push(url);
  });
  page.on("dialog", async (d) => {
    summary.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on("pageerror", (err) => summary.page_errors.push(String(err.message || err)));
  page.on("console", (msg) => { if (msg.type() === "error") summary.console_errors.push(msg.text()); });

  await step("load", async () => {
    await page.goto(`${base}/`);
    await waitRender(page, "timeline", 0);
    const bars = await page.locator(".timeline-chart .bar[tabindex='0']").count();
    const health = await page.locator("#health").textContent();
    await shot(page, "01-timeline");
    return { bars, health };
  });

  await step("filter", async () => {
    const { field, value } = cfg.filter;
    const before = await page.locator("#view-timeline .list-head .count").first().textContent();
    const g = await gen(page);
    await page.fill(`#filters input[name='${field}']`, value);
    await page.press(`#filters input[name='${field}']`, "Enter");
    await waitRender(page, "timeline", g);
    await page.waitForFunction(() => !/loading/.test(document.querySelector("#view-timeline .list-head .count")?.textContent || "loading"));
    const after = await page.locator("#view-timeline .list-head .count").first().textContent();
    const hash = await page.evaluate(() => location.hash);
    // Every listed event must satisfy the filter.
    const sides = await page.locator("#view-timeline .event-card .actor.src").allTextContents();
    const allMatch = sides.length > 0 && sides.every((t) => t.includes(value));
    if (!hash.includes(`${field}=${value}`)) fail("filter", `hash lacks the filter: ${hash}`);
    if (!allMatch) fail("filter", `listed sources do not all match ${value}: ${sides.slice(0, 5).join(" | ")}`);
    // A shared URL restores the same view: reload and read the field back.
    await page.reload();
    await waitRender(page, "timeline", 0);
    const restored = await page.inputValue(`#filters input[name='${field}']`);
    if (restored !== value) fail("filter", `reload lost the filter (field holds ${JSON.stringify(restored)})`);
    return { before, after, hash, listed: sides.length, restored };
  });

  await step("timeline_click", async () => {
    const bar = page.locator(".timeline-chart .bar[tabindex='0']").first();
    const period = await bar.getAttribute("data-period");
    const g = await gen(page);
    await bar.click();
    await waitRender(page, "timeline", g);
    const title = await page.locator("#view-timeline .list-box h3").first().textContent();
    const cards = await page.locator("#view-timeline .event-card").count();
    const evidence = await page.locator("#view-timeline .event-card .evidence").first().textContent();
    const triggerMarks = await page.locator("#view-timeline .event-card .evidence mark.hl-trigger").count();
    if (!cards) fail("timeline_click", "no events listed for the clicked period");
    if (!evidence || !evidence.trim()) fail("timeline_click", "first event has no evidence");
    if (!(await page.evaluate(() => location.hash)).includes("period=")) fail("timeline_click", "period not in the hash");
    await shot(page, "02-timeline-period");
    return { period, title, cards, triggerMarks, evidence_chars: (evidence || "").length };
  });

  await step("reader", async () => {
    const card = page.locator("#view-timeline .event-card").first();
    const eventId = await card.getAttribute("data-event-id");
    const g = await gen(page);
    await card.locator("button", { hasText: "Open in reader" }).click();
    await waitRender(page, "reader", g);
    const focused = page.locator(".doc-text mark.hl-trigger.focus");
    const n = await focused.count();
    const text = n ? await focused.first().textContent() : "";
    const sideFocused = await page.locator(`.side-event.focused[data-event-id='${eventId}']`).count();
    if (!n) fail("reader", `trigger of ${eventId} is not highlighted`);
    if (!sideFocused) fail("reader", "event not selected beside the text");
    const args = await page.locator(".doc-text mark.hl-source, .doc-text mark.hl-target").count();
    await shot(page, "03-reader");
    return { eventId, trigger: text, argMarks: args, flags: await page.locator(".doc-side .flag").count() };
  });

  await step("network", async () => {
    const g = await gen(page);
    await page.click(".tabs a[data-view='network']");
    await waitRender(page, "network", g);
    const edges = await page.locator(".network-chart .edge").count();
    const nodes = await page.locator(".network-chart .node").count();
    let cards = 0;
    if (edges) {
      const g2 = await gen(page);
      // Click the middle of the first edge's curve (its bounding box centre may lie under a node).
      const pt = await page.evaluate(() => {
        const path = document.querySelector(".network-chart .edge .edge-line");
        path.scrollIntoView({ block: "center" });
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      });
      await page.mouse.click(pt.x, pt.y);
      await waitRender(page, "network", g2);
      cards = await page.locator("#view-network .event-card").count();
    }
    if (!edges || !cards) fail("network", `edges=${edges} cards=${cards}`);
    await shot(page, "04-network");
    return { nodes, edges, cards };
  });

  await step("map", async () => {
    const g = await gen(page);
    await page.click(".tabs a[data-view='map']");
    await waitRender(page, "map", g);
    const countries = await page.locator(".map-chart .land path").count();
    const locs = await page.locator(".map-chart .loc").count();
    let cards = 0;
    if (locs) {
      const g2 = await gen(page);
      await page.locator(".map-chart .loc").last().click();
      await waitRender(page, "map", g2);
      cards = await page.locator("#view-map .event-card").count();
    }
    if (countries < 100) fail("map", `base map drew ${countries} countries`);
    if (!locs || !cards) fail("map", `locations=${locs} cards=${cards}`);
    await shot(page, "05-map");
    return { countries, locs, cards };
  });

  await step("events", async () => {
    const g = await gen(page);
    await page.click(".tabs a[data-view='events']");
    await waitRender(page, "events", g);
    const cards = await page.locator("#view-events .event-card").count();
    const withEvidence = await page.locator("#view-events .event-card .evidence").count();
    if (!cards || cards !== withEvidence) fail("events", `cards=${cards} with evidence=${withEvidence}`);
    await shot(page, "06-events");
    // every event, unfiltered: each card's own day, or the report's when the sentence gives none
    const g2 = await gen(page);
    await page.evaluate(() => { location.hash = "#view=events"; });
    await waitRender(page, "events", g2);
    const dates = await page.locator("#view-events .event-card .date").allTextContents();
    return { cards, dates };
  });

  await step("documents", async () => {
    const g = await gen(page);
    await page.click(".tabs a[data-view='documents']");
    await waitRender(page, "documents", g);
    const rows = await page.locator("table.docs .doc-row").count();
    await shot(page, "07-documents");
    return { rows };
  });

  await step("xss", async () => {
    const g = await gen(page);
    await page.evaluate((id) => { location.hash = `view=reader&doc=${encodeURIComponent(id)}`; }, cfg.xss_doc);
    await waitRender(page, "reader", g);
    await page.waitForTimeout(300);
    const text = await page.locator(".doc-text").textContent();
    const shownAsText = text.includes("<script>alert(1)</script>") && text.includes("onerror=alert(1)");
    const scripts = await page.evaluate(() => [...document.scripts].map((sc) => sc.src || "inline"));
    const injected = await page.evaluate(() => document.querySelectorAll(".doc-text script, .doc-text img, .doc-side script, .doc-side img, img[onerror]").length);
    const imgs = await page.evaluate(() => document.querySelectorAll("img").length);
    if (!shownAsText) fail("xss", "markup from the document is not shown as text");
    if (injected || imgs) fail("xss", `document markup became elements (injected=${injected}, img=${imgs})`);
    if (scripts.length !== 1 || scripts[0] === "inline") fail("xss", `unexpected scripts: ${scripts.join(", ")}`);
    await shot(page, "08-reader-markup");
    return { shownAsText, scripts: scripts.length, injected, imgs };
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (summary.foreign_requests.length) fail("requests", `${summary.foreign_requests.length} request(s) left the origin`);
if (summary.dialogs.length) fail("dialogs", summary.dialogs.join("; "));
if (summary.page_errors.length) fail("page_errors", summary.page_errors.join("; "));
summary.ok = summary.failures.length === 0;
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
