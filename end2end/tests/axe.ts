import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// axe runs as a script in the page; for a page seen without JavaScript it scans the same URL,
// with the same cookies, in a second context that allows scripts.
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
}
