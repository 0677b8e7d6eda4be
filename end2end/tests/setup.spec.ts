import { test, expect, type Page } from "@playwright/test";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectNoAxeViolations } from "./axe";
import { PASSWORD, linkFromOutbox } from "./support";

// The README's set-up, on a server of its own that starts without demo data, as a JMD's does.
let server: ChildProcess;
let base: string;
let dir: string;
let env: NodeJS.ProcessEnv;

test.beforeAll(async ({}, testInfo) => {
  dir = mkdtempSync(join(tmpdir(), "treffpunkt-setup-"));
  const port = 3950 + testInfo.parallelIndex + (testInfo.project.name === "hydrated" ? 0 : 10);
  base = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/setup.db`,
    TREFFPUNKT_KEY_FILE: `${dir}/treffpunkt.key`,
    TREFFPUNKT_OUTBOX_DIR: `${dir}/outbox`,
    TREFFPUNKT_NO_DEMO: "true",
    TREFFPUNKT_PUBLIC_URL: base,
    RUST_LOG: "warn",
  };
  server = spawn(process.env.E2E_SERVER_BIN!, ["--addr", `127.0.0.1:${port}`, "--site-root", "../target/site"], { env, stdio: "ignore" });
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the set-up server did not start");
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function checked(page: Page, javaScriptEnabled: boolean, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page, javaScriptEnabled);
}

test("an admin sets up a site from an empty database and a young person finds its first offer", async ({ page, browser, javaScriptEnabled }, testInfo) => {
  // 1. The first admin, from the command line as the README says.
  const output = execFileSync(process.env.E2E_SERVER_BIN!, ["admin", "create", "--email", "admin@duisburg.example", "--name", "Frau Kaya"], { env }).toString();
  const link = new URL(output.split(/\s+/).find((word) => word.startsWith("http"))!);
  await page.goto(base + link.pathname);
  await page.getByLabel("Neues Passwort").fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();

  // 2. The start page says what comes first.
  await checked(page, javaScriptEnabled, "Übersicht");
  await page.getByRole("link", { name: "Noch kein Standort." }).click();

  // 3. The site: a mistake first (an unknown time zone); what was typed stays.
  await checked(page, javaScriptEnabled, "Neuer Standort");
  await page.getByLabel("Name", { exact: true }).fill("JMD Duisburg");
  await page.getByLabel("Stadt", { exact: true }).fill("Duisburg");
  await page.getByLabel("Straße und Hausnummer").fill("Musterstraße 1");
  await page.getByLabel("Postleitzahl").fill("47051");
  await page.getByLabel("Telefon").fill("0203 123 45");
  await page.getByLabel("Öffnungszeiten").fill("Mo–Fr 9–15 Uhr");
  await page.getByLabel("Name des Trägers").fill("Beispielträger e. V.");
  await page.getByLabel("Anschrift des Trägers").fill("Musterstraße 1\n47051 Duisburg");
  await page.getByLabel("Bundesland").selectOption("NW");
  await page.getByLabel("Stadtteile").fill("Marxloh\nHochfeld");
  await page.getByLabel("Zeitzone").fill("Europe/Duisburg");
  await page.getByRole("button", { name: "Standort anlegen" }).click();
  await expect(page.getByText("Diese Zeitzone kennen wir nicht.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Stadt", { exact: true })).toHaveValue("Duisburg");
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel("Zeitzone").fill("Europe/Berlin");
  await page.getByRole("button", { name: "Standort anlegen" }).click();
  await checked(page, javaScriptEnabled, "Übersicht");
  await page.screenshot({ path: testInfo.outputPath("setup-dashboard-360.png"), fullPage: true });

  // 4. A venue (the start page leads there).
  await page.getByRole("link", { name: "Noch kein Ort: Leg einen an." }).click();
  await checked(page, javaScriptEnabled, "Orte");
  await page.getByLabel("Name", { exact: true }).fill("Jugendtreff Marxloh");
  await page.getByLabel("Straße und Hausnummer").fill("Weseler Straße 10");
  await page.getByLabel("Postleitzahl").fill("47169");
  await page.getByLabel("Stadt", { exact: true }).fill("Duisburg");
  await page.getByLabel("Stadtteil").selectOption("Marxloh");
  await page.getByLabel("Ohne Stufen erreichbar").check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("cell", { name: "Jugendtreff Marxloh" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("venues-360.png"), fullPage: true });

  // 5. A partner organisation.
  await page.getByRole("link", { name: "Partner", exact: true }).click();
  await checked(page, javaScriptEnabled, "Partner");
  await page.getByLabel("Name", { exact: true }).fill("Gesamtschule Marxloh");
  await page.getByLabel("Art", { exact: true }).selectOption("school");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("cell", { name: "Gesamtschule Marxloh" })).toBeVisible();

  // 6. A staff member, invited for the site's own organisation.
  await page.getByRole("link", { name: "Konten" }).click();
  await page.getByLabel("E-Mail-Adresse").fill("demir@duisburg.example");
  await page.getByLabel("Name").fill("Frau Demir");
  await page.getByLabel("Rolle").selectOption("staff");
  await page.getByLabel("Organisation").selectOption({ label: "JMD Duisburg" });
  await page.getByRole("button", { name: "Einladung schicken" }).click();
  await expect(page.getByRole("status")).toHaveText("Die Einladung ist unterwegs.");

  // 7. She sets her password and creates the first offer.
  const invitation = await linkFromOutbox("demir@duisburg.example", undefined, `${dir}/outbox`);
  const staffContext = await browser.newContext({ javaScriptEnabled });
  const staff = await staffContext.newPage();
  await staff.goto(base + invitation);
  await staff.getByLabel("Neues Passwort").fill("Demir ihr langes Passwort");
  await staff.getByLabel("Passwort wiederholen").fill("Demir ihr langes Passwort");
  await staff.getByRole("button", { name: "Passwort speichern" }).click();
  await checked(staff, javaScriptEnabled, "Übersicht");
  await staff.getByRole("link", { name: "Noch kein Angebot: das erste Angebot anlegen" }).click();
  await checked(staff, javaScriptEnabled, "Neues Angebot");
  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await staff.getByLabel("Titel (Deutsch)").fill("Sprachcafé Marxloh");
  await staff.getByLabel("Art").selectOption("language");
  await staff.getByLabel("Wo").selectOption({ label: "Marxloh · Jugendtreff Marxloh" });
  await staff.getByLabel("Erster Termin").fill(nextWeek);
  await staff.getByLabel("Beginn").fill("17:00");
  await staff.getByLabel("Ende", { exact: true }).fill("18:30");
  await staff.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Sprachcafé Marxloh");
  await staffContext.close();

  // A young person on a phone finds it on the site's page.
  const young = await (await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } })).newPage();
  await young.goto(`${base}/sites`);
  await checked(young, javaScriptEnabled, "JMD in deiner Nähe");
  await young.getByRole("link", { name: "JMD Duisburg" }).click();
  await checked(young, javaScriptEnabled, "JMD Duisburg");
  await expect(young.getByText("Mo–Fr 9–15 Uhr")).toBeVisible();
  // The site's own service leads the offer its staff created.
  await expect(young.getByText("JMD Duisburg · Sprache").first()).toBeVisible();
  await young.screenshot({ path: testInfo.outputPath("site-page-360.png"), fullPage: true });
  await young.getByRole("link", { name: "Sprachcafé Marxloh" }).first().click();
  await checked(young, javaScriptEnabled, "Sprachcafé Marxloh");
  await expect(young.getByText("Ohne Stufen erreichbar")).toBeVisible();
});
