import { test, expect, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createAdmin, linkFromOutbox, setPassword } from "./support";

const YEAR = new Date().getFullYear();
const REGISTRATION_LINK = /https?:\/\/\S+\/r\/\d+-[0-9a-f]{64}/;
const CONSENT_LINK = /https?:\/\/\S+\/consent\/\d+-[0-9a-f]{64}/;

/** Staff open a weekly cooking course with `places` places that takes registrations. */
async function courseWithPlaces(page: Page, title: string, places: number) {
  await setPassword(page, createAdmin(`course-${title.replace(/\W/g, "")}@jmd.example`));
  await page.goto("/staff/offers/new");
  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Art").selectOption("culture");
  await page.getByLabel("Organisation").selectOption({ label: "Jugendmigrationsdienst Köln" });
  await page.getByLabel("Wo").selectOption({ label: "Kalk · Jugendzentrum Kalk" });
  await page.getByLabel("Anmeldung", { exact: true }).selectOption("series");
  await page.getByLabel("Plätze").fill(String(places));
  await page.getByLabel("Erster Termin").fill(nextWeek);
  await page.getByLabel("Beginn").fill("16:00");
  await page.getByLabel("Ende", { exact: true }).fill("18:00");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/** A young person on their own phone (no account, no cookies from anyone else). */
async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, locale: "de-DE" });
  return context.newPage();
}

async function register(page: Page, offer: string, name: string, email: string, born: number, parent?: string) {
  await page.goto(offer);
  await page.getByLabel("Vorname").fill(name);
  await page.getByLabel("E-Mail-Adresse (deine oder die deiner Eltern)").fill(email);
  await page.getByLabel("Geburtsjahr").fill(String(born));
  if (parent) await page.getByLabel("E-Mail-Adresse von Mutter oder Vater").fill(parent);
  await page.getByLabel("Ich habe den Datenschutz-Hinweis gelesen.").check();
  await page.getByRole("button", { name: "Jetzt anmelden" }).click();
}

test("young people register on a phone: a place, the waiting list, a parent's yes, and a cancellation that moves the next one up", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const offer = await courseWithPlaces(page, `Kochkurs ${project}`, 2);

  // Oleksandr, 19, gets a place.
  const oleksandr = await phone(browser, javaScriptEnabled);
  await register(oleksandr, offer, "Oleksandr", `oleksandr-${project}@example.org`, YEAR - 19);
  await expect(oleksandr.getByRole("status")).toHaveText("Du bist angemeldet.");
  await expectNoAxeViolations(oleksandr, javaScriptEnabled);

  // Amira, 14, needs her mother's yes: first she forgets the address, then the place is held.
  const amira = await phone(browser, javaScriptEnabled);
  await register(amira, offer, "Amira", `amira-${project}@example.org`, YEAR - 14);
  await expect(amira.getByText("Du bist 16 oder jünger.")).toBeVisible();
  await expect(amira.getByLabel("Vorname")).toHaveValue("Amira");
  await expectNoAxeViolations(amira, javaScriptEnabled);
  await register(amira, offer, "Amira", `amira-${project}@example.org`, YEAR - 14, `mutter-${project}@example.org`);
  await expect(amira.getByRole("status")).toContainText("Deine Eltern haben eine E-Mail bekommen.");

  // Deniz comes third: the waiting list, place 1.
  const deniz = await phone(browser, javaScriptEnabled);
  await register(deniz, offer, "Deniz", `deniz-${project}@example.org`, YEAR - 23);
  await expect(deniz.getByRole("status")).toContainText("auf Platz 1");
  const denizPage = deniz.url();

  // Amira's mother opens the link from her email and says yes.
  const mother = await phone(browser, javaScriptEnabled);
  await mother.goto(await linkFromOutbox(`mutter-${project}@example.org`, CONSENT_LINK));
  await expect(mother.getByRole("heading", { level: 1 })).toHaveText("Zustimmung der Eltern");
  await expect(mother.getByText(`Kochkurs ${project}`)).toBeVisible();
  await expectNoAxeViolations(mother, javaScriptEnabled);
  await mother.getByRole("button", { name: "Ja, ich stimme zu" }).click();
  await expect(mother.getByRole("alert")).toHaveText("Danke. Amira ist angemeldet.");
  await amira.reload();
  await expect(amira.getByRole("status")).toHaveText("Du bist angemeldet.");

  // Oleksandr cannot come: one tap on the link in his email, and Deniz moves up.
  await oleksandr.goto(await linkFromOutbox(`oleksandr-${project}@example.org`, REGISTRATION_LINK));
  await oleksandr.getByRole("button", { name: "Anmeldung absagen" }).click();
  await expect(oleksandr.getByRole("status")).toHaveText("Diese Anmeldung ist abgesagt.");
  await deniz.goto(denizPage);
  await expect(deniz.getByRole("status")).toHaveText("Du bist angemeldet.");
  await expectNoAxeViolations(deniz, javaScriptEnabled);

  // Staff see who is coming.
  await page.goto(offer.replace("/offers/", "/staff/offers/") + "/participants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angemeldete");
  await expect(page.getByRole("cell", { name: "Deniz", exact: true })).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);
});
