// Opens every page given in one headless Chromium, at each width, and reports as JSON on stdout:
// axe-core's WCAG 2.2 A/AA violations (those axe-core checks), horizontal overflow, console errors, failed requests,
// the text of every rendered line (to measure where lines break), and a
// full-page screenshot written for people to look at.
//
//   node tests/browser/check_pages.mjs CHROMIUM OUT_DIR WIDTHS PAGE...
//   (WIDTHS: comma-separated CSS pixels, or "print": the page printed to OUT_DIR/NAME.pdf as
//   Chromium prints it, on the paper its print stylesheet asks for;
//   PAGE: NAME=PATH, screenshots go to OUT_DIR/NAME-WIDTH.png)
//
// Run by tests/test_browser.py, which asserts on the report.
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [executablePath, screenshotDir, widthList, ...pages] = process.argv.slice(2);
const widths = widthList.split(",").map(Number);
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// A page not done in this long has stalled (a loaded 2-core machine takes seconds a page; a
// Chromium tab once hung for 12 minutes in a land's run): it is tried once more in a new tab, so
// one stuck tab does not fail the run, and a page that fails twice fails it, named.
const PAGE_TIME_LIMIT_MS = 300_000;

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--font-render-hinting=none"] });
const report = [];
try {
  if (widthList === "print") {
    const context = await browser.newContext();
    for (const page of pages) {
      const [name, path] = splitOnce(page, "=");
      report.push(await inNewTab(context, name, (tab) => print(tab, name, path)));
    }
    await context.close();
    widths.length = 0;
  }
  for (const width of widths) {
    // One context per width: the pages of a width share it, like tabs of one window.
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    // Two tabs at a time: loading, axe and screenshots then keep both cores busy.
    const queue = pages.map((page) => splitOnce(page, "="));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, path] = next;
        report.push(await inNewTab(context, `${name} at ${width} px`, (tab) => check(tab, name, resolve(path), width)));
      }
    };
    await Promise.all([worker(), worker()]);
    await context.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));

async function inNewTab(context, label, work) {
  for (let attempt = 1; ; attempt++) {
    const tab = await context.newPage();
    let timer;
    const stalled = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`not done after ${PAGE_TIME_LIMIT_MS / 1000} s`)), PAGE_TIME_LIMIT_MS);
    });
    try {
      return await Promise.race([work(tab), stalled]);
    } catch (error) {
      if (attempt === 2) throw new Error(`${label} failed twice; the second time: ${error.message}`);
      process.stderr.write(`${label}: ${error.message.split("\n")[0]}; trying once more in a new tab\n`);
    } finally {
      clearTimeout(timer);
      await tab.close().catch(() => {});  // a crashed or stuck tab may not close: the next one is new
    }
  }
}

async function check(tab, name, path, width) {
  const consoleErrors = [];
  tab.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
  tab.on("pageerror", (error) => consoleErrors.push(String(error)));
  tab.on("requestfailed", (request) => consoleErrors.push(`failed to load ${request.url()}`));
  await tab.goto(pathToFileURL(path).href, { waitUntil: "load" });
  // Screenshots before the fonts are in show blank text (CJK and Arabic fonts are large).
  await tab.evaluate(() => document.fonts.ready);
  const overflow = await tab.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => { const box = el.getBoundingClientRect(); return box.right > root.clientWidth + 1 || box.left < -1; })
      .filter((el) => !el.matches(".skip-link:not(:focus)"))  // off screen on purpose until focused
      .slice(0, 5).map((el) => el.outerHTML.slice(0, 160));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  await tab.addScriptTag({ content: axeSource });
  const axe = await tab.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
    }));
  }, WCAG_22_AA);
  const screenshot = resolve(screenshotDir, `${name}-${width}.png`);
  mkdirSync(dirname(screenshot), { recursive: true });
  await tab.screenshot({ path: screenshot, fullPage: true });
  const textShown = await tab.evaluate(() => document.body.innerText.trim().length);
  const { lines, blocks } = await tab.evaluate(renderedLines);
  return { name, width, violations: axe, overflow, consoleErrors, screenshot, textShown, lines, blocks };
}

async function print(tab, name, path) {
  await tab.goto(pathToFileURL(resolve(path)).href, { waitUntil: "load" });
  await tab.evaluate(() => document.fonts.ready);
  const pdf = resolve(screenshotDir, `${name}.pdf`);
  mkdirSync(dirname(pdf), { recursive: true });
  await tab.pdf({ path: pdf, preferCSSPageSize: true });
  return { name, pdf };
}

// The text of each line as laid out: a new line starts where a character sits
// below the previous one, or in another block. Runs in the page.
function renderedLines() {
  const lines = [];
  let line = "", previous = null, previousBlock = null;
  const range = document.createRange();
  const blockOf = (element) => {
    while (element && getComputedStyle(element).display.startsWith("inline")) element = element.parentElement;
    return element;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility() || node.parentElement.closest(".skip-link")) continue;
    const block = blockOf(node.parentElement);
    for (let i = 0; i < node.data.length; i++) {
      const character = node.data[i];
      if (/\s/.test(character)) { line += " "; continue; }
      if (character === "\u2060" || character === "\u200b") continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      if (previous && (block !== previousBlock || box.top >= previous.bottom - 1)) {
        lines.push(line.trim());
        line = "";
      }
      line += character;
      previous = box;
      previousBlock = block;
    }
  }
  lines.push(line.trim());
  const blocks = document.body.innerText.replaceAll("\u2060", "").split("\n").filter((text) => text.trim());
  return { lines: lines.filter(Boolean), blocks };
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}
