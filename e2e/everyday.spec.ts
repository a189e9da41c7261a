// Everyday use: a blank count reads as not recorded (not "0 人"), the error pages have one main
// landmark, and every queue on the home page opens a list of exactly as many records as it counts.
import { expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

/** The total a list page shows under its rows ("共 N 条"), or 0 for an empty list. */
async function listTotal(page: Page) {
  const total = page.getByTestId("list-total");
  if ((await total.count()) === 0) {
    await expect(page.getByTestId("empty-state")).toBeVisible();
    return 0;
  }
  return Number(((await total.textContent()) ?? "").match(/共 ([\d,]+) 条/)?.[1].replace(/,/g, ""));
}

test.describe("not recorded is not zero", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("a blank village participants count is saved and shown as 未填写", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("my-pairings").getByRole("link", { name: "记录活动" }).first().click();
    await page.getByLabel("共建内容").selectOption({ label: "组织生活联过" });
    await page.getByLabel("活动名称").fill("未填村参加人数的活动");
    await page.getByLabel("单位参加人数").fill("6");
    await page.getByLabel("村参加人数").fill("");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByRole("heading", { name: "未填村参加人数的活动" })).toBeVisible();
    await expect(page.getByText("6 人 / 未填写")).toBeVisible();
    await expect(page.getByText("0 人")).toHaveCount(0);

    await page.getByRole("link", { name: "修改" }).click();
    await expect(page.getByLabel("村参加人数")).toHaveValue("");
    await expect(page.getByLabel("单位参加人数")).toHaveValue("6");
  });
});

test.describe("error pages", () => {
  test.use({ storageState: storageStatePath("admin") });

  for (const path of ["/units/999999", "/no-such-page", "/activities/999999"]) {
    test(`${path} has one main landmark`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expect(page.getByRole("main")).toHaveCount(1);
    });
  }

  test("a page the role may not open has one main landmark", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("liaison") });
    const page = await context.newPage();
    await page.goto("/users");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
    await context.close();
  });
});

test.describe("work queues open exactly what they count", () => {
  for (const username of ["admin", "liaison", "village"] as const) {
    test(`${username}'s queues`, async ({ browser }) => {
      // Every list a queue links to is opened: a dozen pages on a busy machine.
      test.setTimeout(300_000);
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const page = await context.newPage();
      await page.goto("/");
      const cards = page.locator('section[data-testid^="queue-"]');
      await expect(cards.first()).toBeVisible();
      const queues: { key: string; count: number; hrefs: string[] }[] = [];
      for (const card of await cards.all()) {
        queues.push({
          key: (await card.getAttribute("data-testid")) ?? "",
          count: Number(await card.getByTestId("queue-count").textContent()),
          hrefs: await card.locator("footer a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")),
        });
      }
      expect(queues.length).toBeGreaterThan(1);
      for (const queue of queues) {
        let opened = 0;
        for (const href of queue.hrefs) {
          await page.goto(href);
          opened += await listTotal(page);
        }
        expect({ queue: queue.key, opened }).toEqual({ queue: queue.key, opened: queue.count });
      }
      await context.close();
    });
  }
});
