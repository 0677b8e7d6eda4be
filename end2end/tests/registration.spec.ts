import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { courseWithPlaces, linkFromOutbox, phone, register, t } from "./support";

const YEAR = new Date().getFullYear();
const REGISTRATION_LINK = /https?:\/\/\S+\/r\/\d+-[0-9a-f]{64}/;
const CONSENT_LINK = /https?:\/\/\S+\/consent\/\d+-[0-9a-f]{64}/;

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
  await register(amira, offer, "Amira", `amira-${project}@example.org`, YEAR - 14, { email: `mutter-${project}@example.org` });
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
  await expect(mother.getByRole("status")).toHaveText("Danke. Amira ist angemeldet.");
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

test("siblings register with their mother's address, and staff copy in her signed paper form on a phone", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const offer = await courseWithPlaces(page, `Hausaufgabenhilfe ${project}`, 5);
  const mother = { email: `familie-haddad-${project}@example.org` };

  // Amira and her brother Samir both use their mother's address: two people, two places held.
  const amira = await phone(browser, javaScriptEnabled);
  await register(amira, offer, "Amira", mother.email, YEAR - 14, mother);
  await expect(amira.getByRole("status")).toContainText("Deine Eltern haben eine E-Mail bekommen.");
  await expect(amira.getByText(t("de", "registration-for", { name: "Amira" }))).toBeVisible();
  await expectNoAxeViolations(amira, javaScriptEnabled);
  await amira.screenshot({ path: testInfo.outputPath("registration-amira-phone.png"), fullPage: true });
  const samir = await phone(browser, javaScriptEnabled);
  await register(samir, offer, "Samir", mother.email, YEAR - 13, mother);
  await expect(samir.getByText(t("de", "registration-for", { name: "Samir" }))).toBeVisible();

  // On the mother's phone, "My registrations" of the shared address says whose each line is.
  const family = await phone(browser, javaScriptEnabled);
  await family.goto("/me");
  await family.getByLabel(t("de", "field-email"), { exact: true }).fill(mother.email);
  await family.getByRole("button", { name: t("de", "me-send-link") }).click();
  await family.goto(await linkFromOutbox(mother.email, /https?:\/\/\S+\/me\/open\/\d+-[0-9a-f]{64}/));
  await family.getByRole("button", { name: t("de", "me-open") }).click();
  await expect(family.getByText(t("de", "registration-for", { name: "Amira" }))).toBeVisible();
  await expect(family.getByText(t("de", "registration-for", { name: "Samir" }))).toBeVisible();
  await expectNoAxeViolations(family, javaScriptEnabled);
  await family.screenshot({ path: testInfo.outputPath("my-registrations-family-phone.png"), fullPage: true });

  // Their mother brought the signed form to the youth centre; staff copy it in, first with a slip.
  await page.goto(`/staff/offers/${offer.split("/").pop()}/participants`);
  const row = page.getByRole("row").filter({ hasText: "Amira" });
  await row.getByText(t("de", "participants-consent-record")).click();
  const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await row.getByLabel(t("de", "consent-paper-signed-by")).fill("Fatma Haddad");
  await row.getByLabel(t("de", "consent-paper-signed-on")).fill(tomorrow);
  await row.getByLabel(t("de", "consent-paper-form")).fill("JMD 2026-03");
  await row.getByRole("button", { name: t("de", "consent-paper-submit") }).click();
  await expect(row.getByText(t("de", "consent-paper-error-signed-on"))).toBeVisible();
  await expect(row.getByLabel(t("de", "consent-paper-signed-by"))).toHaveValue("Fatma Haddad");
  await expect(row.getByLabel(t("de", "consent-paper-form"))).toHaveValue("JMD 2026-03");
  await expectNoAxeViolations(page, javaScriptEnabled);

  const today = new Date().toISOString().slice(0, 10);
  await row.getByLabel(t("de", "consent-paper-signed-on")).fill(today);
  await row.getByRole("button", { name: t("de", "consent-paper-submit") }).click();
  await expect(page.getByRole("status")).toHaveText(t("de", "participants-flag-consent-saved"));
  const recorded = t("de", "participants-consent-paper", { name: "Fatma Haddad", date: today, form: "JMD 2026-03" });
  await expect(page.getByRole("row").filter({ hasText: "Amira" })).toContainText(recorded);
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.screenshot({ path: testInfo.outputPath("paper-consent-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("paper-consent-desktop.png"), fullPage: true });

  // Amira is in; Samir still waits for his mother's answer.
  await amira.reload();
  await expect(amira.getByRole("status")).toHaveText("Du bist angemeldet.");
  await samir.reload();
  await expect(samir.getByRole("status")).toContainText("Deine Eltern haben eine E-Mail bekommen.");
});
