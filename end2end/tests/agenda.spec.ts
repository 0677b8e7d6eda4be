import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("a young person filters the Interkulturelle Wochen by district and language on a phone", async ({
  page,
  javaScriptEnabled,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Interkulturelle Wochen Köln/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Interkulturelle Wochen Köln \d{4}/);
  await expectNoAxeViolations(page, javaScriptEnabled);

  await page.getByText("Filtern und suchen").click();
  await page.getByLabel("Stadtteil").selectOption("Kalk");
  await page.getByLabel("Sprache beim Angebot").selectOption("ar");
  await page.getByRole("button", { name: "Anzeigen" }).click();

  await expect(page).toHaveURL(/district=Kalk/);
  await expect(page.getByRole("link", { name: "Kochen ohne Grenzen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Graffiti-Workshop" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Chorweiler Cup/ })).toHaveCount(0);
  await expect(page.getByLabel("Stadtteil")).toHaveValue("Kalk");
  await expectNoAxeViolations(page, javaScriptEnabled);

  // A typo in the age is explained next to the field, and what was typed stays.
  await page.getByLabel("Dein Alter").fill("fünfzehn");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByText("Bitte gib ein Alter zwischen 12 und 27 ein")).toBeVisible();
  await expect(page.getByLabel("Dein Alter")).toHaveValue("fünfzehn");
  await expectNoAxeViolations(page, javaScriptEnabled);
});
