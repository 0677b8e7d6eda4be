import { expect, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations } from "./axe";

export const PASSWORD = "ein langes Passwort";

/** The first admin, made the way the README says: `server admin create`, which prints a link. */
export function createAdmin(email: string): string {
  const output = execFileSync(process.env.E2E_SERVER_BIN!, ["admin", "create", "--email", email, "--name", "Herr Schmitz"], {
    env: { ...process.env, TREFFPUNKT_PUBLIC_URL: process.env.BASE_URL },
  }).toString();
  const link = output.split(/\s+/).find((word) => word.startsWith("http"));
  expect(link, output).toBeTruthy();
  return new URL(link!).pathname;
}

/** The path (and query) of a link matching `pattern` in an .eml the server wrote for `recipient` (delivery
 * runs every 2 seconds) into `folder`; the newest such message wins. */
export async function linkFromOutbox(
  recipient: string,
  pattern = /https?:\/\/\S+\/staff\/set-password\/\d+-[0-9a-f]{64}/,
  folder = process.env.TREFFPUNKT_OUTBOX_DIR!,
): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = (readdirSync(folder) as string[])
      .filter((name) => name.endsWith(".eml"))
      .map((name) => ({ name, at: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .map(({ name }) => readableEml(readFileSync(join(folder, name), "utf8")))
      .filter((text) => text.includes(`To: ${recipient}`))
      .map((text) => text.match(pattern))
      .find((url) => url);
    if (found) {
      const url = new URL(found[0]);
      return url.pathname + url.search;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no message to ${recipient}`);
}

/** A message as its reader sees it: quoted-printable undone (soft line breaks, the "=" of query
 * strings), and base64 parts (messages in Cyrillic or Arabic script) decoded after the headers. */
function readableEml(raw: string): string {
  const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const decoded = [...text.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map(
    (part) => Buffer.from(part[1].replace(/\s/g, ""), "base64").toString("utf8"),
  );
  return [text, ...decoded].join("\n");
}

export async function setPassword(page: Page, path: string, javaScriptEnabled?: boolean) {
  await page.goto(path);
  if (javaScriptEnabled !== undefined) await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel("Neues Passwort").fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/staff\?welcome$/);
}

/** Staff open a weekly cooking course with `places` places that takes registrations. */
export async function courseWithPlaces(page: Page, title: string, places: number) {
  await setPassword(page, createAdmin(`course-${title.replace(/\W/g, "")}@jmd.example`));
  await page.goto("/staff/offers/new");
  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Art").selectOption("culture");
  await page.getByLabel("Organisation").selectOption({ label: "Jugendmigrationsdienst Köln" });
  await page.getByLabel("Wo").selectOption({ label: "Kalk · Jugendzentrum Kalk" });
  await page.getByLabel("Anmeldung", { exact: true }).selectOption("series");
  await page.getByLabel("Plätze", { exact: true }).fill(String(places));
  await page.getByLabel("Erster Termin").fill(nextWeek);
  await page.getByLabel("Beginn").fill("16:00");
  await page.getByLabel("Ende", { exact: true }).fill("18:00");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/** A young person on their own phone (no account, no cookies from anyone else). */
export async function phone(browser: Browser, javaScriptEnabled: boolean, locale = "de-DE"): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, locale });
  return context.newPage();
}

/** A message of the catalogue of `lang` (app/locales), so that tests read what people read. */
export function t(lang: string, key: string, args: Record<string, string> = {}): string {
  const catalogue = readFileSync(join(__dirname, "..", "..", "app", "locales", lang, "main.ftl"), "utf8");
  const line = catalogue.split("\n").find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`${lang} has no ${key}`);
  return Object.entries(args).reduce((text, [name, value]) => text.replace(`{ $${name} }`, value), line.slice(key.length + 3));
}

/** Fills the registration form in `lang` by its labels and sends it; a parent's address (and
 * language) for under-16s. */
export async function register(
  page: Page,
  offer: string,
  name: string,
  email: string,
  born: number,
  parent?: { email: string; lang?: string },
  lang = "de",
) {
  await page.goto(offer);
  await page.getByLabel(t(lang, "register-field-first-name"), { exact: true }).fill(name);
  await page.getByLabel(t(lang, "register-field-email"), { exact: true }).fill(email);
  await page.getByLabel(t(lang, "register-field-birth-year"), { exact: true }).fill(String(born));
  if (parent) {
    await page.getByLabel(t(lang, "register-field-parent-email"), { exact: true }).fill(parent.email);
    if (parent.lang) await page.getByLabel(t(lang, "register-field-parent-lang"), { exact: true }).selectOption(parent.lang);
  }
  await page.getByLabel(t(lang, "register-field-privacy"), { exact: true }).check();
  await page.getByRole("button", { name: t(lang, "register-submit") }).click();
}

/** Opens the language picker (one line in the header) and follows the link to `name`, as written
 * in its own script. */
export async function pickLanguage(page: Page, name: string) {
  await page.locator(".lang-picker summary").click();
  await page.locator(".lang-picker").getByRole("link", { name, exact: true }).click();
}
