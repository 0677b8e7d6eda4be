import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations } from "./axe";
import { courseWithPlaces, linkFromOutbox, phone, register, t } from "./support";

const YEAR = new Date().getFullYear();
const MAGIC_LINK = /https?:\/\/\S+\/me\/open\/[0-9a-f-]+/;

/** Asks "My registrations" for a link to `email` and opens it, as on a phone. */
async function openMyData(page: Page, email: string) {
  await page.goto("/me");
  await page.getByLabel(t("de", "field-email"), { exact: true }).fill(email);
  await page.getByRole("button", { name: t("de", "me-send-link") }).click();
  await page.goto(await linkFromOutbox(email, MAGIC_LINK));
  await page.getByRole("button", { name: t("de", "me-open") }).click();
}

test("a young person reads, downloads and deletes her data from the magic link, the waiting list moves up, and a mother opens her son's", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const offer = await courseWithPlaces(page, `Nähkurs ${project}`, 1);
  const amiraEmail = `amira-data-${project}@example.org`;

  // Amira, 19, allows photos and gets the one place; Deniz waits; Jonas, 13, needs his mother.
  const amira = await phone(browser, javaScriptEnabled);
  await amira.goto(offer);
  await amira.getByLabel(t("de", "register-field-first-name"), { exact: true }).fill("Amira");
  await amira.getByLabel(t("de", "register-field-email"), { exact: true }).fill(amiraEmail);
  await amira.getByLabel(t("de", "register-field-birth-year"), { exact: true }).fill(String(YEAR - 19));
  await amira.getByLabel(t("de", "register-field-photo"), { exact: true }).check();
  await amira.getByLabel(t("de", "register-field-privacy"), { exact: true }).check();
  await amira.getByRole("button", { name: t("de", "register-submit") }).click();
  await expect(amira.getByRole("status")).toHaveText("Du bist angemeldet.");
  const deniz = await phone(browser, javaScriptEnabled);
  await register(deniz, offer, "Deniz", `deniz-data-${project}@example.org`, YEAR - 23);
  await expect(deniz.getByRole("status")).toContainText("auf Platz 1");
  const denizPage = deniz.url();
  const jonas = await phone(browser, javaScriptEnabled);
  const motherEmail = `mutter-data-${project}@example.org`;
  await register(jonas, offer, "Jonas", `jonas-data-${project}@example.org`, YEAR - 13, { email: motherEmail });

  // Amira opens her data from the link.
  await openMyData(amira, amiraEmail);
  await amira.getByRole("link", { name: /Daten von .*Amira/ }).click();
  await expect(amira.getByRole("heading", { level: 1 })).toContainText("Amira");
  await expect(amira.getByText(amiraEmail).first()).toBeVisible();
  await expectNoAxeViolations(amira, javaScriptEnabled);

  // She downloads it: everything about her, in one file.
  const [download] = await Promise.all([
    amira.waitForEvent("download"),
    amira.getByRole("link", { name: t("de", "own-data-download") }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.participants[0].first_name).toBe("Amira");
  expect(data.registrations[0].photo_consent).toBe(1);

  // No more photos, then everything goes: one tick, one button.
  await amira.getByRole("button", { name: t("de", "own-data-photos-withdraw") }).click();
  await expect(amira.getByText(t("de", "own-data-flag-photos-withdrawn"))).toBeVisible();
  await amira.getByRole("button", { name: t("de", "own-data-delete") }).click();
  await expect(amira.getByText(t("de", "own-data-flag-confirm-missing"))).toBeVisible();
  await amira.getByLabel(t("de", "own-data-delete-confirm")).check();
  await amira.getByRole("button", { name: t("de", "own-data-delete") }).click();
  await expect(amira.getByText(t("de", "own-data-deleted"))).toBeVisible();
  await expectNoAxeViolations(amira, javaScriptEnabled);

  // Her place went to Deniz.
  await deniz.goto(denizPage);
  await expect(deniz.getByRole("status")).toHaveText("Du bist angemeldet.");

  // Jonas's mother opens his registration with her own address.
  const mother = await phone(browser, javaScriptEnabled);
  await openMyData(mother, motherEmail);
  await mother.getByRole("link", { name: /Daten von .*Jonas/ }).click();
  await expect(mother.getByRole("heading", { level: 1 })).toContainText("Jonas");
  await expect(mother.getByText(`jonas-data-${project}@example.org`).first()).toBeVisible();
  await expectNoAxeViolations(mother, javaScriptEnabled);

  // The privacy notice is one tap away on every page, for the site she chooses.
  await mother.getByRole("contentinfo").getByRole("link", { name: t("de", "legal-privacy") }).click();
  await mother.getByRole("link", { name: "JMD Köln" }).click();
  await expect(mother.getByRole("heading", { level: 1 })).toHaveText(t("de", "legal-privacy"));
  await expect(mother.getByText("Beispielträger Jugendsozialarbeit e. V.").first()).toBeVisible();
  await expectNoAxeViolations(mother, javaScriptEnabled);
});

test("staff keep a list for a funder's audit, and the admin finds it beside the year's figures", async ({
  page,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const offer = await courseWithPlaces(page, `Lesekreis ${project}`, 5);
  const id = new URL(offer).pathname.split("/").pop();
  await page.goto(`/staff/offers/${id}/participants`);

  // A mistake first: a day in the past; the form says so, and keeps the reason.
  await page.getByLabel(t("de", "hold-reason")).fill("Verwendungsnachweis KJP 2026");
  await page.getByLabel(t("de", "hold-until")).fill(`${YEAR - 1}-06-30`);
  await page.getByRole("button", { name: t("de", "hold-submit") }).click();
  await expect(page.getByText(t("de", "hold-error-until"))).toBeVisible();
  await expect(page.getByLabel(t("de", "hold-reason"))).toHaveValue("Verwendungsnachweis KJP 2026");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel(t("de", "hold-until")).fill(`${YEAR + 2}-06-30`);
  await page.getByRole("button", { name: t("de", "hold-submit") }).click();
  await expect(page.getByText(t("de", "participants-flag-held"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("de", "hold-end") })).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.goto("/staff/privacy");
  await expect(page.getByRole("listitem").filter({ hasText: `Lesekreis ${project}` })).toContainText("Verwendungsnachweis KJP 2026");
  await expectNoAxeViolations(page, javaScriptEnabled);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: t("de", "privacy-admin-figures-year", { year: String(YEAR) }) }).click(),
  ]);
  const figures = readFileSync((await download.path())!, "utf8");
  expect(figures).toContain(t("de", "figures-by-age"));
  expect(figures).toContain(t("de", "figures-hidden"));
});
