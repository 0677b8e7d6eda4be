import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const VNU = join(__dirname, "..", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

// axe runs as a script in the page; for a page seen without JavaScript it scans the same URL,
// with the same cookies, in a second context that allows scripts. The page's HTML as the server
// sent it goes through the W3C Nu HTML Checker as well (BITV 2.0 still tests WCAG 2.1's 4.1.1).
export async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
  let scanned = page;
  if (!javaScriptEnabled) {
    const browser = page.context().browser()!;
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.addCookies(await page.context().cookies());
    scanned = await context.newPage();
    await scanned.goto(page.url());
  }
  const results = await new AxeBuilder({ page: scanned }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  if (scanned !== page) await scanned.context().close();
  await expectValidHtml(page);
}

/** The server's HTML for the page's address (fetched again with its cookies) has no error for the
 * Nu HTML Checker. */
export async function expectValidHtml(page: Page) {
  const response = await page.request.get(page.url(), { maxRedirects: 0 });
  if (!(response.headers()["content-type"] ?? "").startsWith("text/html") || response.status() >= 300 && response.status() < 400) return;
  const html = await response.text();
  let report = "";
  try {
    execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "text", "-"], { input: html, stdio: ["pipe", "pipe", "pipe"] });
  } catch (failed) {
    report = String((failed as { stderr?: Buffer }).stderr ?? failed);
  }
  expect(report, `the Nu HTML Checker on ${page.url()}`).toBe("");
}
