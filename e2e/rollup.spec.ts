import { expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

// The roll-up (issue 16): 伊春市's department compares its counties in 下级对比 and drills down
// 伊春市 → 嘉荫县 → 朝阳镇 → a pairing's ledger; each row's figures are the narrowed dashboard's, and
// a figure opens records that add up to it. A county's department sees its townships as rows.

const rollupRow = (page: Page, name: string) => page.getByTestId("rollup-row").filter({ has: page.getByRole("link", { name, exact: true }) });
const rowFigure = (page: Page, name: string, id: string) => rollupRow(page, name).getByTestId(`rollup-${id}`);
const rowNames = (page: Page) => page.getByTestId("rollup-row").getByTestId("rollup-name");
// A narrowed dashboard computes its figures afresh: on a busy machine the first look waits longer.
const loaded = { timeout: 30_000 };

test.describe("as 伊春市's department", () => {
  test.use({ storageState: storageStatePath("yichun") });

  test("compares its counties and drills down to a township and a pairing's ledger", async ({ page }) => {
    test.slow();
    await page.goto("/dashboard?campaign=all");
    const rollup = page.getByTestId("region-rollup");
    await expect(rollup.getByRole("heading", { name: "下级对比" })).toBeVisible();
    await expect(page.getByTestId("region-trail")).toHaveText("伊春市");
    await expect(rowNames(page)).toHaveText(["嘉荫县", "铁力市"], loaded);
    // The total row is the prefecture's own figure: the card's.
    const pairings = await page.getByTestId("card-pairings").getByRole("link").textContent();
    await expect(page.getByTestId("rollup-total-pairings")).toHaveText(pairings!);
    await expect(rowFigure(page, "铁力市", "pairings")).toHaveText("76");
    await page.screenshot({ path: test.info().outputPath("rollup-yichun.png"), fullPage: false });

    // 嘉荫县: the dashboard narrowed to it shows the row's figures.
    const jiayin = { pairings: await rowFigure(page, "嘉荫县", "pairings").textContent(), verified: await rowFigure(page, "嘉荫县", "verified").textContent() };
    await rollupRow(page, "嘉荫县").getByRole("link", { name: "嘉荫县", exact: true }).click();
    await expect(page.getByTestId("region-trail")).toHaveText("伊春市›嘉荫县", loaded);
    await expect(page).toHaveURL(/region=\d+/);
    await expect(page.getByTestId("period-summary")).toContainText("统计范围：嘉荫县");
    await expect(page.getByTestId("card-pairings").getByRole("link")).toHaveText(jiayin.pairings!);
    await expect(page.getByTestId("card-verified").getByRole("link").first()).toHaveText(jiayin.verified!);
    // Its rows are its townships; 铁力市's figures are gone from every card and table.
    await expect(rowNames(page)).toHaveText(["朝阳镇", "乌云镇"], loaded);
    await expect(page.getByTestId("figure-proxy_services")).toHaveText("9");

    // A township's figure opens records that add up to it.
    const verified = await rowFigure(page, "朝阳镇", "verified").textContent();
    await rowFigure(page, "朝阳镇", "verified").click();
    await expect(page.getByTestId("source-total")).toHaveText(verified!, loaded);
    await expect(page).toHaveURL(/region=\d+.*township=\d+/);
    await page.goBack();

    // 朝阳镇: the pairing level is the pair-health table; a pairing opens its ledger.
    await rollupRow(page, "朝阳镇").getByRole("link", { name: "朝阳镇", exact: true }).click();
    await expect(page.getByTestId("region-trail")).toHaveText("伊春市›嘉荫县›朝阳镇", loaded);
    await expect(page.getByTestId("region-rollup")).toHaveCount(0);
    await expect(page.getByTestId("card-verified").getByRole("link").first()).toHaveText(verified!);
    await page.getByTestId("pair-health").locator("summary").click();
    await page.getByTestId("health-row").getByRole("link", { name: "县农业局 — 东胜村" }).click();
    await expect(page).toHaveURL(/\/pairings\/\d+$/, loaded);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("县农业局");

    // Back up by the breadcrumb, to the prefecture.
    await page.goBack();
    await page.getByTestId("region-trail").getByRole("link", { name: "伊春市" }).click();
    await expect(page.getByTestId("region-trail")).toHaveText("伊春市");
    await expect(rowNames(page)).toHaveText(["嘉荫县", "铁力市"], loaded);
  });

  test("reads in English", async ({ page }) => {
    test.slow();
    await page.goto("/dashboard?campaign=all");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByTestId("region-rollup").getByRole("heading", { name: "By region" })).toBeVisible(loaded);
    await expect(page.getByTestId("region-rollup")).toContainText("伊春市, in all");
    await page.getByTestId("region-rollup").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("rollup-yichun-en.png"), fullPage: false });
    await rollupRow(page, "嘉荫县").getByRole("link", { name: "嘉荫县", exact: true }).click();
    await expect(rowNames(page)).toHaveText(["朝阳镇", "乌云镇"], loaded);
    await page.getByTestId("region-rollup").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("rollup-jiayin-en.png"), fullPage: false });
    await page.getByRole("button", { name: "中文" }).click();
  });
});

test.describe("as 铁力市's department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("its rows are its townships, and a region above or beside it is as if not named", async ({ page }) => {
    test.slow();
    await page.goto("/dashboard");
    await expect(page.getByTestId("region-trail")).toHaveText("铁力市", loaded);
    await expect(rollupRow(page, "铁力镇")).toBeVisible(loaded);
    const names = await rowNames(page).allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names).not.toContain("嘉荫县");
    await expect(page.getByTestId("rollup-total-pairings")).toHaveText("76");
    await page.getByTestId("region-rollup").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("rollup-tieli.png"), fullPage: false });

    // 伊春市 (id 2) is above 铁力市: the page shows 铁力市's own figures.
    await page.goto("/dashboard?region=2");
    await expect(page.getByTestId("region-trail")).toHaveText("铁力市", loaded);
    await expect(page.getByTestId("rollup-total-pairings")).toHaveText("76", loaded);
  });
});
