import { expect, type Page } from "@playwright/test";
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

/** The path of a link matching `pattern` in an .eml the server wrote for `recipient` (delivery
 * runs every 2 seconds); the newest such message wins. */
export async function linkFromOutbox(recipient: string, pattern = /https?:\/\/\S+\/staff\/set-password\/[0-9a-f]+/): Promise<string> {
  const folder = process.env.TREFFPUNKT_OUTBOX_DIR!;
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = (readdirSync(folder) as string[])
      .filter((name) => name.endsWith(".eml"))
      .map((name) => ({ name, at: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .map(({ name }) => readFileSync(join(folder, name), "utf8").replace(/=\r?\n/g, ""))
      .filter((text) => text.includes(`To: ${recipient}`))
      .map((text) => text.match(pattern))
      .find((url) => url);
    if (found) return new URL(found[0]).pathname;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no message to ${recipient}`);
}

export async function setPassword(page: Page, path: string, javaScriptEnabled?: boolean) {
  await page.goto(path);
  if (javaScriptEnabled !== undefined) await expectNoAxeViolations(page, javaScriptEnabled);
  await page.getByLabel("Neues Passwort").fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

