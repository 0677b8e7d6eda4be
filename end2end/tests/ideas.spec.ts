import { test, expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { courseWithPlaces, createAdmin, linkFromOutbox, phone, setPassword, t } from "./support";

const YEAR = new Date().getFullYear();
const BOX = "Was wünscht ihr euch beim JMD Köln?";

/** Joins with `code` under `nickname` on a phone, as the code's link would. */
async function join(young: Page, code: string, nickname: string, javaScriptEnabled: boolean) {
  await young.goto("/join");
  await expectNoAxeViolations(young, javaScriptEnabled);
  await young.getByLabel(t("de", "join-field-code"), { exact: true }).fill(code);
  await young.getByLabel(t("de", "join-field-nickname"), { exact: true }).fill(nickname);
  await young.getByLabel(t("de", "register-field-birth-year"), { exact: true }).fill(String(YEAR - 19));
  await young.getByLabel(t("de", "join-field-lang"), { exact: true }).selectOption("de");
  await young.getByRole("button", { name: t("de", "join-submit") }).click();
  await expect(young.getByRole("heading", { level: 1 })).toHaveText(t("de", "join-welcome-title"));
  await expect(young.locator(".reentry-code")).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(young, javaScriptEnabled);
}

/** Proposes `what` in the ideas box from the board. */
async function propose(young: Page, what: string) {
  await young.goto("/ideas");
  await young.locator("li.round-card", { hasText: BOX }).getByRole("link", { name: t("de", "idea-new") }).click();
  await young.getByLabel(t("de", "idea-field-what"), { exact: true }).fill(what);
  await young.getByLabel(t("de", "idea-field-category"), { exact: true }).selectOption("culture");
  await young.getByLabel(t("de", "weekday-5"), { exact: true }).check();
  await young.getByRole("button", { name: t("de", "idea-send") }).click();
}

/** Staff move the idea that says `what` to the state named by `move` (its option text). */
async function move(staff: Page, what: string, state: string, reason = "") {
  await staff.goto("/staff/ideas");
  const card = staff.locator("li.card", { hasText: what });
  await card.getByLabel(t("de", "co-design-move"), { exact: true }).selectOption(state);
  if (reason) await card.getByLabel(t("de", "co-design-reason"), { exact: true }).fill(reason);
  await card.getByRole("button", { name: t("de", "co-design-save-move") }).click();
  await expect(staff.getByText(t("de", "co-design-flag-moved"))).toBeVisible();
}

test("a young person joins with a code, proposes an idea, staff publish and answer it, another supports it, and the answer shows on “wir haben gemacht”", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  const offer = await courseWithPlaces(page, `Töpferkurs ${project}`, 5);

  // Staff make a join code for a group.
  await page.goto("/staff/ideas");
  await expectNoAxeViolations(page, javaScriptEnabled);
  const label = `Mädchentreff ${project}`;
  const until = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel(t("de", "co-design-code-label"), { exact: true }).fill(label);
  await page.getByLabel(t("de", "co-design-code-max"), { exact: true }).fill("10");
  await page.getByLabel(t("de", "co-design-code-until"), { exact: true }).fill(until);
  await page.getByRole("button", { name: t("de", "co-design-code-create") }).click();
  const code = (await page.locator("li", { hasText: label }).locator("code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // Sunny joins under a nickname and proposes an idea: it waits for a moderator.
  const sunny = await phone(browser, javaScriptEnabled);
  await join(sunny, code, `Sunny ${project}`, javaScriptEnabled);
  // Each project's idea in its own words: the other's would be offered as similar.
  const [film, snack] = project === "hydrated" ? ["Filmabend", "Popcorn"] : ["Kinonacht", "Nachos"];
  const idea = `${film} mit ${snack} ${project}`;
  await propose(sunny, idea);
  await expect(sunny.getByText(t("de", "ideas-flag-held"))).toBeVisible();
  await expectNoAxeViolations(sunny, javaScriptEnabled);
  // A text with a phone number in Arabic-Indic digits is held for review.
  await propose(sunny, `Tanzkurs ${project}, ruft an ٠١٧٦ ١٢٣ ٤٥ ٦٧`);
  await expect(sunny.getByText(t("de", "ideas-flag-held"))).toBeVisible();
  await page.goto("/staff/ideas");
  await expect(page.locator("li.card", { hasText: `Tanzkurs ${project}` })).toContainText(t("de", "co-design-held"));

  // Staff publish it and find it feasible.
  await move(page, idea, "published");
  await move(page, idea, "feasible");

  // Bilal joins and supports it; the board shows one supporter, never a nickname.
  const bilal = await phone(browser, javaScriptEnabled);
  await join(bilal, code, `Bilal ${project}`, javaScriptEnabled);
  // Writing much the same idea, he is shown Sunny's first, and supports it instead.
  await propose(bilal, `${snack} und ${film} für alle`);
  await expect(bilal.locator(".similar")).toContainText(idea);
  await expectNoAxeViolations(bilal, javaScriptEnabled);
  await bilal.goto("/ideas");
  await expectNoAxeViolations(bilal, javaScriptEnabled);
  await bilal.locator("li.idea-card", { hasText: idea }).getByRole("button", { name: t("de", "idea-support") }).click();
  await expect(bilal.getByText(t("de", "ideas-flag-supported"))).toBeVisible();
  await expectNoAxeViolations(bilal, javaScriptEnabled);
  await bilal.goto("/ideas");
  await expect(bilal.locator("li.idea-card", { hasText: idea })).toContainText("1 Person findet das gut");
  await expect(bilal.locator("main")).not.toContainText(`Sunny ${project}`);

  // Sunny sees the new state on her page, with the news.
  await sunny.goto("/me");
  await expect(sunny.locator("#ideas + ul")).toContainText(idea);
  await expect(sunny.locator("#ideas + ul")).toContainText(t("de", "idea-state-feasible"));
  await expect(sunny.getByRole("heading", { name: t("de", "me-messages-title") })).toBeVisible();
  await expectNoAxeViolations(sunny, javaScriptEnabled);

  // "Wir haben gemacht" shows the answer.
  await sunny.goto("/ideas/done");
  await expect(sunny.locator("main")).toContainText(idea);
  await expectNoAxeViolations(sunny, javaScriptEnabled);

  // Sunny registers for an offer without typing an address, and finds it on her page.
  await sunny.goto(offer);
  await expect(sunny.locator("section.register")).toContainText(`Sunny ${project}`);
  await expect(sunny.getByLabel(t("de", "register-field-email"), { exact: true })).toHaveCount(0);
  await sunny.getByLabel(t("de", "register-field-privacy"), { exact: true }).check();
  await sunny.getByRole("button", { name: t("de", "register-submit") }).click();
  await expect(sunny.getByRole("status")).toHaveText("Du bist angemeldet.");
  await sunny.goto("/me");
  await expect(sunny.locator("main")).toContainText(`Töpferkurs ${project}`);

  // She adds an address for her messages; it is kept once she confirms it from her mailbox.
  const address = `sunny-${project}@example.org`;
  await sunny.getByLabel(t("de", "field-email"), { exact: true }).fill(address);
  await sunny.getByRole("button", { name: t("de", "me-address-send") }).click();
  await expect(sunny.getByText(t("de", "me-address-flag-sent"))).toBeVisible();
  await expectNoAxeViolations(sunny, javaScriptEnabled);
  const confirm = await linkFromOutbox(address, /https?:\/\/\S+\/me\/address\/\d+-[0-9a-f]{64}/);
  const mailbox = await phone(browser, javaScriptEnabled);
  await mailbox.goto(confirm);
  await expectNoAxeViolations(mailbox, javaScriptEnabled);
  await mailbox.getByRole("button", { name: t("de", "me-address-confirm") }).click();
  await expect(mailbox.getByRole("status")).toHaveText(t("de", "me-address-done-kept"));
  await sunny.goto("/me");
  await expect(sunny.locator("main")).toContainText(`${t("de", "me-address-kept")} ${address}`);
});

test("staff confirm who joined, and a confirmed young person votes once in the Sommerfest round on a phone", async ({
  page,
  browser,
  javaScriptEnabled,
}, testInfo) => {
  const project = testInfo.project.name;
  await setPassword(page, createAdmin(`vote-${project}@jmd.example`));
  await page.goto("/staff/ideas");
  const label = `Jugendrat ${project}`;
  const until = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel(t("de", "co-design-code-label"), { exact: true }).fill(label);
  await page.getByLabel(t("de", "co-design-code-max"), { exact: true }).fill("10");
  await page.getByLabel(t("de", "co-design-code-until"), { exact: true }).fill(until);
  await page.getByRole("button", { name: t("de", "co-design-code-create") }).click();
  const code = (await page.locator("li", { hasText: label }).locator("code").textContent())!.trim();

  const young = await phone(browser, javaScriptEnabled);
  await join(young, code, `Ayla ${project}`, javaScriptEnabled);
  await young.goto("/ideas");
  await young.getByRole("link", { name: "Was soll beim Sommerfest Chorweiler passieren?" }).first().click();
  const vote = young.locator("section.vote");
  await expect(vote).toContainText(t("de", "vote-flag-not-confirmed"));
  const round = young.url();

  // Staff confirm her on the code's page; then she may vote.
  await page.goto("/staff/ideas");
  await page.locator("li", { hasText: label }).getByRole("link").first().click();
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.locator("li", { hasText: `Ayla ${project}` }).getByRole("button", { name: t("de", "co-design-confirm") }).click();
  await expect(page.getByText(t("de", "co-design-flag-confirmed"))).toBeVisible();

  await young.goto(round);
  await expectNoAxeViolations(young, javaScriptEnabled);
  await vote.getByLabel("Ein Stand mit Henna und Tee").check();
  await vote.getByRole("button", { name: t("de", "vote-submit") }).click();
  await expect(young.locator("section.vote").getByRole("status")).toHaveText(t("de", "vote-flag-voted"));
  await expect(young.locator("section.vote form")).toHaveCount(0);
  await expectNoAxeViolations(young, javaScriptEnabled);
});
