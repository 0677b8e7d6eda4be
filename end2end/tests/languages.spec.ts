import { test, expect, type Page, type TestInfo } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations } from "./axe";
import { courseWithPlaces, linkFromOutbox, phone, pickLanguage, register, t } from "./support";

const YEAR = new Date().getFullYear();
const LANGUAGES = ["de", "en", "ar", "uk", "fa", "prs", "tr", "ru"];
const CONSENT_LINK = /https?:\/\/\S+\/consent\/\d+-[0-9a-f]{64}\?lang=\w+/;

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

test("an Arabic reader finds an activity and registers on a phone, in a mirrored layout", async ({ page, browser, javaScriptEnabled }, testInfo) => {
  const title = `Kochkurs ar ${testInfo.project.name}`;
  const offer = await courseWithPlaces(page, title, 5);

  const layla = await phone(browser, javaScriptEnabled, "ar");
  await layla.goto("/");
  await expectLanguage(layla, "ar", "rtl");
  await expect(layla.getByRole("heading", { level: 1 })).toHaveText(t("ar", "home-title"));
  await expect(layla.getByText(t("ar", "translation-note"))).toBeVisible();
  // Mirrored: the brand, first in the header, starts at the right edge of a 360 px screen.
  const brand = (await layla.locator(".brand").boundingBox())!;
  expect(brand.x + brand.width).toBeGreaterThan(330);
  expect(brand.x).toBeGreaterThan(40);
  // The picker is one line; opened, it lists every language in its own script.
  const picker = layla.locator(".lang-picker");
  expect((await picker.boundingBox())!.height).toBeLessThan(60);
  await picker.locator("summary").click();
  for (const name of ["Deutsch", "English", "العربية", "Українська", "فارسی", "دری", "Türkçe", "Русский"]) {
    await expect(picker.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await layla.screenshot({ path: testInfo.outputPath("ar-home.png"), fullPage: true });
  await expectNoAxeViolations(layla, javaScriptEnabled);

  await register(layla, offer, "Layla", `layla-${testInfo.project.name}@example.org`, YEAR - 19, undefined, "ar");
  await expect(layla.getByRole("status")).toHaveText(t("ar", "registration-confirmed"));
  await expectLanguage(layla, "ar", "rtl");
  await layla.screenshot({ path: testInfo.outputPath("ar-registered.png"), fullPage: true });
  await expectNoAxeViolations(layla, javaScriptEnabled);
});

test("a Ukrainian girl picks her language, registers, and her mother says yes in Russian", async ({ page, browser, javaScriptEnabled }, testInfo) => {
  const project = testInfo.project.name;
  const title = `Kochkurs uk ${project}`;
  const offer = await courseWithPlaces(page, title, 5);

  const oksana = await phone(browser, javaScriptEnabled);
  await oksana.goto(offer);
  await expectLanguage(oksana, "de", "ltr");
  await pickLanguage(oksana, "Українська");
  await expectLanguage(oksana, "uk", "ltr");
  await expect(oksana).toHaveURL(offer);
  await oksana.screenshot({ path: testInfo.outputPath("uk-offer.png"), fullPage: true });
  await expectNoAxeViolations(oksana, javaScriptEnabled);

  const mother = `mama-${project}@example.org`;
  await register(oksana, offer, "Oksana", `oksana-${project}@example.org`, YEAR - 14, { email: mother, lang: "ru" }, "uk");
  await expect(oksana.getByRole("status")).toBeVisible();
  await expectLanguage(oksana, "uk", "ltr");
  await oksana.screenshot({ path: testInfo.outputPath("uk-awaiting-consent.png"), fullPage: true });

  // The mother's browser says German; the link from her Russian email opens the page in Russian.
  const mama = await phone(browser, javaScriptEnabled);
  await mama.goto(await linkFromOutbox(mother, CONSENT_LINK));
  await expectLanguage(mama, "ru", "ltr");
  await expect(mama.getByRole("heading", { level: 1 })).toHaveText(t("ru", "consent-title"));
  await expectNoAxeViolations(mama, javaScriptEnabled);
  await mama.getByRole("button", { name: t("ru", "consent-yes") }).click();
  await expect(mama.getByRole("status")).toHaveText(t("ru", "consent-done-yes", { name: "Oksana" }));
  await oksana.reload();
  await expect(oksana.getByRole("status")).toHaveText(t("uk", "registration-confirmed"));
});

test("every public page passes axe in every language", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "axe runs the same pages with scripts; once is enough");
  test.setTimeout(180_000);
  await page.goto("/");
  const offer = await page.locator("a.agenda-title").first().getAttribute("href");
  const programme = await page.locator('a[href^="/programmes/"]').first().getAttribute("href");
  await page.goto(offer!);
  const organisation = await page.locator('a[href^="/organisations/"]').first().getAttribute("href");
  const paths = ["/", offer!, programme!, organisation!, "/me", "/barrierefreiheit", "/offline", "/staff/login", "/nowhere"];
  for (const lang of LANGUAGES) {
    await page.context().addCookies([{ name: "lang", value: lang, domain: new URL(page.url()).hostname, path: "/" }]);
    for (const path of paths) {
      await page.goto(path);
      await expectLanguage(page, lang, ["ar", "fa", "prs"].includes(lang) ? "rtl" : "ltr");
      await expectNoAxeViolations(page, true);
    }
  }
});

test("my registrations open without a connection, and a form sent offline says so", async ({ browser, page, javaScriptEnabled }, testInfo) => {
  test.skip(!javaScriptEnabled, "the service worker needs JavaScript");
  const title = `Kochkurs offline ${testInfo.project.name}`;
  const offer = await courseWithPlaces(page, title, 5);
  const farid = await phone(browser, true);
  const email = `farid-offline@example.org`;
  await register(farid, offer, "Farid", email, YEAR - 20);
  await expect(farid.getByRole("status")).toHaveText(t("de", "registration-confirmed"));

  await farid.goto("/me");
  await farid.getByLabel(t("de", "field-email"), { exact: true }).fill(email);
  await farid.getByRole("button", { name: t("de", "me-send-link") }).click();
  await farid.goto(await linkFromOutbox(email, /https?:\/\/\S+\/me\/open\/\d+-[0-9a-f]{64}/));
  await farid.getByRole("button", { name: t("de", "me-open") }).click();
  await expect(farid.getByText(title)).toBeVisible();
  // Once the service worker runs the page, it keeps a copy of it.
  await farid.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await farid.reload();
  await expect(farid.getByText(title)).toBeVisible();

  // Offline: the form on a page loaded before says it was not sent, and keeps what was typed.
  await farid.goto(offer);
  await farid.context().setOffline(true);
  const firstName = farid.getByLabel(t("de", "register-field-first-name"), { exact: true });
  await firstName.fill("Samira");
  await farid.getByLabel(t("de", "register-field-email"), { exact: true }).fill("samira@example.org");
  await farid.getByLabel(t("de", "register-field-birth-year"), { exact: true }).fill(String(YEAR - 18));
  await farid.getByLabel(t("de", "register-field-privacy"), { exact: true }).check();
  await farid.getByRole("button", { name: t("de", "register-submit") }).click();
  await expect(farid.getByRole("alert")).toContainText(t("de", "offline-title"));
  await expect(firstName).toHaveValue("Samira");

  // "My registrations" still shows times and places; a page never opened says it is offline.
  await farid.goto("/me");
  await expect(farid.getByText(title)).toBeVisible();
  await farid.screenshot({ path: testInfo.outputPath("offline-me.png"), fullPage: true });
  await farid.goto("/barrierefreiheit");
  await expect(farid.getByRole("heading", { level: 1 })).toHaveText(t("de", "offline-title"));

  // Signing out takes the kept copy off the phone: the next person offline sees nothing of it.
  await farid.context().setOffline(false);
  await farid.goto("/me");
  await farid.getByRole("button", { name: t("de", "sign-out") }).click();
  await farid.context().setOffline(true);
  await farid.goto("/me");
  await expect(farid.getByText(title)).toHaveCount(0);
  await farid.context().setOffline(false);
});

test("a first visit offers every language once, in its own words, and the picker stays one line", async ({ browser, javaScriptEnabled }) => {
  const page = await phone(browser, javaScriptEnabled);
  await page.goto("/");
  const offered = page.getByRole("region", { name: t("de", "lang-first-label") });
  for (const lang of LANGUAGES) {
    await expect(offered.getByRole("link", { name: t(lang, "lang-continue"), exact: true })).toBeVisible();
  }
  expect((await page.locator(".lang-picker").boundingBox())!.height).toBeLessThan(60);
  await expectNoAxeViolations(page, javaScriptEnabled);
  // Offered once: the next page starts with its content.
  await page.goto("/sites");
  await expect(page.locator(".lang-first")).toHaveCount(0);
  // Dari, chosen from the picker: right to left, Afghan words.
  await pickLanguage(page, "دری");
  await expectLanguage(page, "prs", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("prs", "sites-title"));
});

/** German catalogue texts (long enough to be unmistakable, without arguments). */
const GERMAN = readFileSync(join(__dirname, "..", "..", "app", "locales", "de", "main.ftl"), "utf8")
  .split("\n")
  .filter((line) => /^[a-z0-9-]+ = /.test(line) && !line.includes("{") && !line.startsWith("format-"))
  .map((line) => line.slice(line.indexOf(" = ") + 3).trim())
  .filter((text) => text.length >= 16);

/** A full-page screenshot at 360 px that nothing overflows sideways and that shows no German
 * catalogue text outside what staff wrote (`<bdi>`, `lang="de"`). */
async function lookAt(page: Page, name: string, testInfo: TestInfo) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0], `${name} overflows sideways`).toBeLessThanOrEqual(widths[1]);
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("bdi, [lang='de'], script, style, template").forEach((node) => node.remove());
    return copy.textContent ?? "";
  });
  const left = GERMAN.filter((german) => text.includes(german));
  expect(left, `${name} shows German texts`).toEqual([]);
}

for (const lang of ["ar", "fa"]) {
  test(`${lang}: home, offer, a form with a mistake, the registration and the parent's page fit 360 px, in ${lang} only`, async ({
    page,
    browser,
    javaScriptEnabled,
  }, testInfo) => {
    const project = testInfo.project.name;
    const offer = await courseWithPlaces(page, `Nähkurs ${lang} ${project}`, 5);
    const reader = await phone(browser, javaScriptEnabled, lang);
    await reader.goto(`/lang/${lang}?back=/`);
    await expectLanguage(reader, lang, "rtl");
    await lookAt(reader, `${lang}-home`, testInfo);
    await reader.goto(offer);
    await lookAt(reader, `${lang}-offer`, testInfo);

    // A mistake: no tick for the privacy note; the form says so in the reader's language.
    await reader.getByLabel(t(lang, "register-field-first-name"), { exact: true }).fill("Layla");
    await reader.getByLabel(t(lang, "register-field-email"), { exact: true }).fill(`layla-${lang}-${project}@example.org`);
    await reader.getByLabel(t(lang, "register-field-birth-year"), { exact: true }).fill(String(YEAR - 14));
    await reader.getByLabel(t(lang, "register-field-parent-email"), { exact: true }).fill(`mama-${lang}-${project}@example.org`);
    await reader.getByRole("button", { name: t(lang, "register-submit") }).click();
    await expect(reader.getByText(t(lang, "register-error-privacy"))).toBeVisible();
    await lookAt(reader, `${lang}-form-mistake`, testInfo);

    await reader.getByLabel(t(lang, "register-field-privacy"), { exact: true }).check();
    await reader.getByRole("button", { name: t(lang, "register-submit") }).click();
    await expect(reader.getByRole("status")).toBeVisible();
    await lookAt(reader, `${lang}-registration`, testInfo);

    const parent = await phone(browser, javaScriptEnabled);
    await parent.goto(await linkFromOutbox(`mama-${lang}-${project}@example.org`, CONSENT_LINK));
    await expectLanguage(parent, lang, "rtl");
    await lookAt(parent, `${lang}-consent`, testInfo);
  });
}
