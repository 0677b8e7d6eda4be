import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { pickLanguage } from "./support";

test("a young person finds an offer on a phone and switches to English", async ({ page, javaScriptEnabled }) => {
  const thirdParty: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1") thirdParty.push(request.url());
  });

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Was ist los?");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // Searching works with and without JavaScript (weekly groups may pause in the holidays, so the
  // search, not the first page, is the reliable way to the language café).
  await page.getByText("Filtern und suchen").click();
  await page.getByLabel("Suche").fill("Sprachcafé");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await page.getByRole("link", { name: "Sprachcafé" }).first().click();
  await expect(page).toHaveURL(/\/offers\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprachcafé");
  await expect(page.locator(".session-list li").first()).toContainText("17:00–18:30");
  await expect(page.getByText("Marzellenstraße 26")).toBeVisible();

  const share = page.locator("button.share");
  if (javaScriptEnabled) {
    // The island hydrated: the button shows itself only once its wasm code runs.
    await expect(share).toHaveAttribute("data-hydrated", "true");
    await expect(share).toBeVisible();
  } else {
    await expect(share).toBeHidden();
  }
  await expectNoAxeViolations(page, javaScriptEnabled);

  await pickLanguage(page, "English");
  await expect(page).toHaveURL(/\/offers\/\d+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Language café");
  await expect(page.locator(".lang-picker summary")).toHaveText("English");
  // Closed, the picker still marks the current language for when it opens.
  await expect(page.locator('.lang-picker a[aria-current="true"]')).toHaveText("English");
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByRole("link", { name: "Treffpunkt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's on?");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // The choice is remembered on the next visit.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  expect(thirdParty, "pages load nothing from other hosts").toEqual([]);
});

test("the pages for young people without an account pass axe", async ({ page, javaScriptEnabled }) => {
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Anmeldungen");
  await page.getByLabel("E-Mail-Adresse").fill("amira@beispiel");
  await page.getByRole("button", { name: "Link schicken" }).click();
  await expect(page.getByRole("alert")).toContainText("gültige E-Mail-Adresse");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("amira@beispiel");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.goto("/me/open/0123");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.goto("/staff/password-reset");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.goto("/");
  await page.getByRole("link", { name: "Kochen ohne Grenzen" }).first().click();
  await page.getByRole("link", { name: "Deutsch-Syrischer Kulturverein Köln e. V." }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deutsch-Syrischer Kulturverein Köln e. V.");
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test("an unknown offer says so, in the reader's language", async ({ page, javaScriptEnabled }) => {
  const response = await page.goto("/offers/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expectNoAxeViolations(page, javaScriptEnabled);
});
