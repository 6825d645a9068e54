import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { main } from "../../src/cli.js";
import * as validators from "../../src/generated/validators.cjs";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT } from "../helpers.js";

// The page in a real browser: Debian's chromium, driven by playwright-core. .ci/run installs chromium;
// on a machine without it these tests are skipped (and say so). Every request the page makes is
// recorded, and any request other than the page file itself fails the test.
const CHROMIUM = process.env.SIGNAALROUTE_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
/** Set to a folder to keep screenshots at 1280 and 360 px wide, for a person to look at. */
const SHOTS = process.env.SIGNAALROUTE_WEB_SCREENSHOTS;

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

describe.skipIf(!haveChromium)("the web page in headless Chromium", () => {
  let browser: Browser;
  let dir: string;
  let basicUrl: string;
  let bundledUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sr-web-browser-"));
    expect(await main(["web", "--out", "basic", "--trees", BASIC], fakeIo({ cwd: dir }))).toBe(0);
    expect(await main(["web", "--out", "bundled"], fakeIo({ cwd: dir }))).toBe(0);
    basicUrl = pathToFileURL(join(dir, "basic", "index.html")).href;
    bundledUrl = pathToFileURL(join(dir, "bundled", "index.html")).href;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh tab (its own sessionStorage) that records every request and every CSP or script error. */
  async function open(url: string, width = 1280): Promise<{ page: Page; context: BrowserContext; requests: string[]; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (msg) => {
      if (msg.type() === "error" || /Content Security Policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(url);
    return { page, context, requests, problems };
  }

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => {
      const run = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run;
      return run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  const heading = (page: Page) => page.locator("h1").innerText();
  const focusedText = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName}:${(document.activeElement as HTMLElement | null)?.innerText ?? ""}`);

  async function shot(page: Page, name: string): Promise<void> {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it("walks a route to the advice (keyboard, back, browser back, reload), downloads a record that validates and equals `consult --answers`, with no network request and no axe violation", async () => {
    const { page, context, requests, problems } = await open(basicUrl);
    const violations: string[] = [];

    // The danger question first, its heading focused; its help right under it.
    expect(await heading(page)).toBe("Is het kind, of iemand anders, nu in direct gevaar?");
    expect(await focusedText(page)).toBe("H1:Is het kind, of iemand anders, nu in direct gevaar?");
    violations.push(...(await axe(page)));
    await shot(page, "1-question");

    // Keyboard only: Tab from the heading reaches the first answer ("ja"), a second Tab "nee"; Enter answers.
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe("BUTTON:Ja, er is nu direct gevaar");
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe("BUTTON:Nee, er is nu geen direct gevaar");
    await page.keyboard.press("Enter");

    // The checklist: focus on its heading; ticking nothing asks once more instead of answering.
    expect(await heading(page)).toBe("Welke signalen ziet u?");
    expect(await focusedText(page)).toBe("H1:Welke signalen ziet u?");
    await page.getByRole("button", { name: "Verder" }).click();
    expect(await page.locator(".confirm-empty").innerText()).toContain("U heeft niets aangevinkt. Geen van deze?");
    expect(await heading(page)).toBe("Welke signalen ziet u?");
    violations.push(...(await axe(page)));
    await page.getByLabel("Plotseling veel geld").check();
    // A tick withdraws "Geen van deze?": it can no longer be answered with an empty list.
    expect(await page.locator("#sr-none").count()).toBe(0);
    await page.getByLabel("Spijbelen").check();
    await shot(page, "2-checklist");
    await page.getByRole("button", { name: "Verder" }).click();

    // Two signals: spoed advice for team A, said at once on the next page.
    expect(await heading(page)).toBe("Heeft u overlegd?");
    expect(await page.locator(".notice.urgent").innerText()).toBe("[Spoed: vandaag] Testteam A: Meerdere signalen.");
    expect(await page.locator(".progress").innerText()).toContain("Stap 2 van 2");

    // The page's back button, then forward again by answering.
    await page.locator("#sr-back").click();
    expect(await heading(page)).toBe("Welke signalen ziet u?");
    expect(await page.getByLabel("Plotseling veel geld").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Verder" }).click();
    expect(await heading(page)).toBe("Heeft u overlegd?");

    // A reload keeps the state (sessionStorage).
    await page.reload();
    expect(await heading(page)).toBe("Heeft u overlegd?");
    await page.locator('button[data-answer="ja"]').click();

    // The check-your-answers page.
    expect(await heading(page)).toBe("Controleer uw antwoorden");
    expect(await page.locator(".summary").innerText()).toContain("Plotseling veel geld; Spijbelen");
    violations.push(...(await axe(page)));
    await shot(page, "3-review");

    // The browser's back button: the last question, with the earlier answer shown, not taken.
    await page.goBack();
    expect(await heading(page)).toBe("Heeft u overlegd?");
    expect(await page.locator('button[data-answer="ja"]').innerText()).toBe("Ja (eerder gekozen)");
    await page.locator('button[data-answer="ja"]').click();
    await page.locator("#sr-confirm").click();

    // The advice: its one action on top, tap-to-call links.
    expect(await heading(page)).toBe("Advies: Melden");
    expect(await page.locator(".first-action").innerText()).toContain("Neem contact op met Testteam A (0800-0000)");
    expect(await page.locator('a[href="tel:08000000"]').count()).toBeGreaterThan(0);
    violations.push(...(await axe(page)));
    await shot(page, "4-advice");

    // The record as a download, with a reference; the same answers through the CLI give the same record.
    await page.locator("#sr-reference").fill("Z-2026-0001");
    await page.locator("#sr-reference").press("Tab");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#sr-json").click()]);
    expect(download.suggestedFilename()).toMatch(/^signaalroute-verslag-\d{8}-\d{4}\.json$/);
    const record = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(validators.record(record), JSON.stringify(validators.record.errors)).toBe(true);
    expect(record.reference).toBe("Z-2026-0001");
    writeFileSync(join(dir, "antwoorden.yaml"), "gevaar: nee\nsoort: [geld, spijbelen]\noverleg: ja\n");
    const io = fakeIo({ cwd: dir });
    expect(await main(["consult", "--trees", BASIC, "--answers", "antwoorden.yaml", "--json", "--reference", "Z-2026-0001"], io)).toBe(0);
    const cli = JSON.parse(io.stdout());
    const same = (r: Record<string, unknown>) => ({ ...r, createdAt: undefined });
    expect(same(record)).toEqual(same(cli));

    const [markdown] = await Promise.all([page.waitForEvent("download"), page.locator("#sr-md").click()]);
    expect(readFileSync((await markdown.path())!, "utf8")).toContain("# Verslag signaalroute-consult");

    // The print view: the advice with when, which trees and every answer; no buttons, no header.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-only").isVisible()).toBe(true);
    expect(await page.locator(".print-only").innerText()).toContain("Plotseling veel geld; Spijbelen");
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.locator("#sr-json").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".print-only").isVisible()).toBe(false);

    // A text that looks like a BSN is refused, said, and not kept.
    await page.locator("#sr-role").fill("123456782");
    await page.locator("#sr-role").press("Tab");
    expect(await page.locator('[role="alert"]').innerText()).toContain("Dit lijkt op een BSN");
    expect(await page.locator("#sr-role").inputValue()).toBe("");

    // Never a request other than the page itself (downloads are blobs made in the page).
    expect(requests.filter((u) => u !== basicUrl && !u.startsWith("blob:"))).toEqual([]);
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 120000);

  it("switches language, clears everything, and the quick exit leaves a blank page with nothing kept", async () => {
    const { page, context, requests, problems } = await open(basicUrl);
    await page.locator('button[data-answer="nee"]').click();
    expect(await heading(page)).toBe("Welke signalen ziet u?");
    await page.locator("#sr-lang").click();
    expect(await heading(page)).toBe("Which signals do you see?");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.locator("#sr-clear").click();
    expect(await heading(page)).toBe("Is the child, or someone else, in direct danger right now?");
    expect(await page.locator(".notice.info").first().innerText()).toContain("Everything was cleared");
    // The browser's back button after "clear everything" does not bring the answers back.
    await page.goBack();
    expect(await heading(page)).toBe("Is the child, or someone else, in direct danger right now?");

    await page.locator('button[data-answer="nee"]').click();
    await page.locator("#sr-exit").click();
    await page.waitForURL("about:blank");
    expect(await page.evaluate(() => document.body?.innerText ?? "")).toBe("");
    await page.goto(basicUrl);
    expect(await page.locator("h1").innerText()).toBe("Is het kind, of iemand anders, nu in direct gevaar?");
    expect(requests.filter((u) => u !== basicUrl && u !== "about:blank")).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60000);

  it("the bundled trees' page: no violations, fits 320 px without sideways scrolling, and no request", async () => {
    const { page, context, requests, problems } = await open(bundledUrl, 320);
    expect(await heading(page)).toBe("Is het kind, of iemand anders, nu in direct gevaar?");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The estimate of questions to come is added once the route graph is built, without moving focus.
    await page.waitForFunction(() => /nog \d+ tot \d+ vragen/.test(document.getElementById("sr-progress")?.textContent ?? ""), undefined, { timeout: 30000 });
    expect(await focusedText(page)).toBe("H1:Is het kind, of iemand anders, nu in direct gevaar?");
    expect(await axe(page)).toEqual([]);
    await page.locator('button[data-answer="nee"]').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await shot(page, "5-bundled-second");
    expect(requests.filter((u) => u !== bundledUrl)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60000);
});

describe.runIf(!haveChromium)("the web page in headless Chromium (skipped)", () => {
  it.skip(`needs ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`, () => {});
});
