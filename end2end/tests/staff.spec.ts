import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { PASSWORD, createAdmin, linkFromOutbox, pickLanguage, setPassword, t } from "./support";

test("staff sign in on a phone, and a partner cannot open another organisation's offer editor", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const admin = `admin-${project}@jmd.example`;
  const partner = `becker-${project}@sc-chorweiler.example`;

  await setPassword(page, createAdmin(admin), javaScriptEnabled);
  await page.getByRole("button", { name: "Abmelden" }).click();

  // Signing in as a person would: a wrong password first, then the right one.
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff$/);
  await page.getByLabel("E-Mail-Adresse").fill(admin);
  await page.getByLabel("Passwort", { exact: true }).fill("falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort stimmt nicht.");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(admin);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Protokoll" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Protokoll");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The admin invites a volunteer of the sports club.
  await page.getByRole("link", { name: "Konten" }).click();
  await page.getByLabel("E-Mail-Adresse").fill(partner);
  await page.getByLabel("Name").fill("Herr Becker");
  await page.getByLabel("Rolle").selectOption("partner");
  await page.getByLabel("Organisation").selectOption({ label: "SC Chorweiler 1968 e. V." });
  await page.getByRole("button", { name: "Einladung schicken" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Einladung ist unterwegs.");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The partner follows the emailed link in a browser of his own.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await setPassword(partnerPage, await linkFromOutbox(partner));

  // An offer of the youth centre in Kalk, not of his club.
  // Found by its name: other tests' offers may fill the first page of the agenda.
  await partnerPage.goto("/?q=Kochen+ohne+Grenzen");
  await partnerPage.getByRole("link", { name: "Kochen ohne Grenzen" }).first().click();
  const offerId = new URL(partnerPage.url()).pathname.split("/").pop();
  const response = await partnerPage.goto(`/staff/offers/${offerId}/edit`);
  expect(response?.status()).toBe(403);
  await expect(partnerPage.getByRole("heading", { level: 1 })).toHaveText("Kein Zugriff");
  await expectNoAxeViolations(partnerPage, javaScriptEnabled);
  await partnerContext.close();

  // Staff of the site may open it.
  const staffResponse = await page.goto(`/staff/offers/${offerId}/edit`);
  expect(staffResponse?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebot bearbeiten");
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test("staff create a weekly group on a phone and young people find it", async ({ page, javaScriptEnabled }, testInfo) => {
  const title = `Sprachcafé Porz ${testInfo.project.name}`;
  await setPassword(page, createAdmin(`offers-${testInfo.project.name}@jmd.example`));

  await page.getByRole("link", { name: "Neues Angebot" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Angebot");
  await expectNoAxeViolations(page, javaScriptEnabled);

  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Beschreibung", { exact: true }).fill("Deutsch üben bei Tee.");
  await page.getByLabel("Art").selectOption("language");
  await page.getByLabel("Organisation").selectOption({ label: "Jugendmigrationsdienst Köln" });
  await page.getByLabel("Wo").selectOption({ label: "Porz · Jugendtreff Porz" });
  await page.getByLabel("Ukrainisch", { exact: true }).check();
  await page.getByLabel("Erster Termin").fill(nextWeek);
  await page.getByLabel("Beginn").fill("17:00");
  // A slip first: the end before the start is explained, and nothing typed is lost.
  await page.getByLabel("Ende", { exact: true }).fill("16:00");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByText("Das Ende muss nach dem Beginn liegen.")).toBeVisible();
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(title);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByLabel("Ende", { exact: true }).fill("18:30");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".session-list li").first()).toContainText("17:00–18:30");

  await page.goto("/?district=Porz");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
});

test("staff move one date, change the time of a series and build a programme on a phone", async ({
  page,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  await setPassword(page, createAdmin(`editor-${project}@jmd.example`));

  // The dashboard lists the offers to edit; the demo's Mädchengruppe meets every week.
  await page.getByRole("link", { name: /Mädchengruppe/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebot bearbeiten");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // "This date only": a slip is explained at that date, then the date moves.
  const moveForm = page.locator('form[id^="form-move-"]').first();
  await page.getByText("Nur diesen Termin verschieben").first().click();
  const moved = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await moveForm.getByLabel("Datum").fill(moved);
  await moveForm.getByLabel("Beginn").fill("15:00");
  await moveForm.getByLabel("Ende").fill("14:00");
  await moveForm.getByRole("button", { name: "Termin verschieben" }).click();
  const movedAgain = page.locator('form[id^="form-move-"]').first();
  await expect(movedAgain.getByText("Das Ende muss nach dem Beginn liegen.")).toBeVisible();
  await expect(movedAgain.getByLabel("Ende")).toHaveValue("14:00");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await movedAgain.getByLabel("Ende").fill("16:30");
  await movedAgain.getByRole("button", { name: "Termin verschieben" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");

  // "All coming dates": the series meets an hour later from now on.
  const times = page.locator("#form-times");
  await times.getByLabel("Beginn").fill("18:00");
  await times.getByLabel("Ende").fill("19:30");
  await times.getByRole("button", { name: "Alle kommenden Termine ändern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page.locator(".session-list li").first()).toContainText("18:00–19:30");

  // A programme for a district festival, with one of the partners' offers in it.
  const festival = `Sommerfest Kalk ${project}`;
  await page.goto("/staff/programmes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel("Titel (Deutsch)").fill(festival);
  await page.getByLabel("Erster Tag").fill("2027-07-03");
  await page.getByLabel("Letzter Tag").fill("2027-07-03");
  await page.getByRole("button", { name: "Programm speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programm bearbeiten");
  await page.getByRole("button", { name: "Hinzufügen" }).first().click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  await expect(page.getByRole("button", { name: "Herausnehmen" })).toHaveCount(1);
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(festival);
});

test("staff set who their site's emails come from, in German and in Arabic", async ({ page, javaScriptEnabled }, testInfo) => {
  await setPassword(page, createAdmin(`sender-${testInfo.project.name}@jmd.example`));
  await page.goto("/staff/site");
  await page.getByRole("link", { name: "JMD Köln", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Standort");
  await page.getByLabel("Name des Absenders").fill("JMD Köln");
  await page.getByLabel("Antwort-Adresse").fill("team@jmd");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("alert")).toContainText("Bitte prüfe die markierten Felder.");
  await expect(page.getByLabel("Name des Absenders")).toHaveValue("JMD Köln");
  await expect(page.getByLabel("Antwort-Adresse")).toHaveValue("team@jmd");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel("Antwort-Adresse").fill("team@jmd.example");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert.");
  await page.screenshot({ path: testInfo.outputPath("site-sender-de.png"), fullPage: true });

  await pickLanguage(page, "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel(t("ar", "site-mail-reply-to"), { exact: true })).toHaveValue("team@jmd.example");
  await page.screenshot({ path: testInfo.outputPath("site-sender-ar.png"), fullPage: true });
  await expectNoAxeViolations(page, javaScriptEnabled);
});
