// What a user (or a pasted link) puts in a URL: a record id that is not a plain positive integer is
// "not found", never a server error; a day that does not exist is ignored, never read as another day.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const BAD_IDS = ["1.5", "1e20", "abc", "-3", "0", "0x10", "9".repeat(30), "9999999999", "2147483648"];

test.describe("record ids in the path", () => {
  test.use({ storageState: storageStatePath("admin") });

  for (const id of BAD_IDS) {
    test(`"${id}" is not found on every record page`, async ({ page }) => {
      for (const path of ["activities", "activities/{id}/edit", "pledges", "pledges/{id}/edit", "pairings", "pairings/{id}/edit", "units", "units/{id}/edit", "villages", "townships", "users", "indicators/{id}/edit"]) {
        const url = path.includes("{id}") ? `/${path.replace("{id}", id)}` : `/${path}/${id}`;
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(404);
        await expect(page.getByTestId("not-found"), url).toBeVisible();
      }
      const print = await page.goto(`/print/pairings/${id}`);
      expect(print?.status()).toBe(404);
      const file = await page.request.get(`/api/attachments/${id}`);
      expect(file.status()).toBe(404);
    });
  }

  test("a bad id in a list filter is ignored", async ({ page }) => {
    for (const url of ["/activities?township=1e20", "/activities?pairing=9999999999", "/pledges?pairing=2147483648", "/pairings?townshipId=1.5", "/dashboard?township=9999999999"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByTestId(url.startsWith("/dashboard") ? "period-summary" : "list-total"), url).toBeVisible();
    }
  });
});

test.describe("days in list filters", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("30 February is ignored by the activity and pledge lists, not a server error", async ({ page }) => {
    for (const url of ["/activities?from=2011-02-30", "/activities?to=2011-02-30", "/pledges?from=2011-02-30", "/pledges?to=2011-13-01"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByTestId("list-total"), url).toBeVisible();
    }
  });

  test("the audit log ignores 30 February instead of filtering up to 2 March", async ({ browser }) => {
    // The audit log is the audit administrator's (三员分立).
    const context = await browser.newContext({ storageState: storageStatePath("auditor") });
    const page = await context.newPage();
    await page.goto("/audit?to=2011-02-30");
    // The demo's audit entries were all written after 2011: a filter "up to 2 March 2011" would hide them all.
    await expect(page.getByTestId("list-total")).not.toContainText("共 0 条");
    await expect(page.getByLabel("截止日期")).toHaveValue("");
    await context.close();
  });
});
