import { expect, test } from "@playwright/test";
import { pinyinSortKey } from "../src/lib/pinyin";
import { storageStatePath } from "./accounts";

test.describe("Chinese names by pinyin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("lists run in pinyin order, and long pickers find a name by its initials", async ({ page }) => {
    await page.goto("/units?sort=name&size=100");
    const names = await page.locator("tbody tr td:first-child a").allTextContents();
    expect(names.length).toBeGreaterThan(50);
    expect(names).toEqual([...names].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b))));
    expect(names.indexOf("团市委")).toBeLessThan(names.indexOf("中国人寿保险公司铁力支公司"));

    await page.goto("/villages?sort=name&size=100");
    const villages = await page.locator("tbody tr td:first-child a").allTextContents();
    expect(villages).toEqual([...villages].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b))));

    await page.goto("/pairings/new");
    await page.getByTestId("villageId-search").fill("mth");
    await expect(page.getByTestId("villageId-matches")).toHaveText("找到 1 项");
    await expect(page.getByLabel("结对村")).toHaveValue(/\d+/);
    await expect(page.getByLabel("结对村").locator("option:checked")).toHaveText("满天红村");
    await page.getByTestId("unitId-search").fill("农业");
    await expect(page.getByLabel("共建单位").locator("option:not([disabled])")).toHaveText(["市农业技术推广中心", "市农业机械管理局", "市农业局", "中国农业银行铁力支行"]);
    await page.getByTestId("unitId-search").fill("tsw");
    await expect(page.getByLabel("共建单位").locator("option:not([disabled])")).toContainText(["团市委"]);
    await page.getByTestId("unitId-search").fill("市农业局");
    await expect(page.getByLabel("共建单位").locator("option:checked")).toHaveText("市农业局");
  });
});
