import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

// Regions (issue 16): 嘉荫县's department sees only 嘉荫县; 伊春市's reads and compares both counties
// and edits neither's records — no edit button, and the server refuses the edit all the same.

test("a county's department sees its own units only: 铁力市's do not exist for it", async ({ browser }) => {
  const jiayin = await browser.newContext({ storageState: storageStatePath("jiayin") });
  const page = await jiayin.newPage();
  await page.goto("/units");
  await expect(page.getByTestId("list-total")).toContainText("共 3 条");
  await expect(page.getByRole("link", { name: "县农业局" })).toBeVisible();
  await expect(page.getByRole("link", { name: "市农业局" })).toHaveCount(0);

  // 市农业局's page, by the address the prefecture sees it under, is "not found" here.
  const yichun = await browser.newContext({ storageState: storageStatePath("yichun") });
  const prefecture = await yichun.newPage();
  await prefecture.goto("/units?q=市农业局");
  const tieliUnit = (await prefecture.getByRole("link", { name: "市农业局" }).getAttribute("href"))!;
  await page.goto(tieliUnit);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await Promise.all([jiayin.close(), yichun.close()]);
});

test("the prefecture's department sees both counties, and cannot edit 铁力市's unit", async ({ browser }) => {
  const yichun = await browser.newContext({ storageState: storageStatePath("yichun") });
  const page = await yichun.newPage();
  await page.goto("/dashboard");
  await expect(page.getByTestId("period-summary")).toContainText("统计范围：伊春市");
  await page.goto("/units");
  await expect(page.getByTestId("list-total")).toContainText("共 79 条");

  await page.goto("/units?q=市农业局");
  await page.getByRole("link", { name: "市农业局" }).click();
  await expect(page.getByRole("heading", { name: "市农业局" })).toBeVisible();
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  const tieliUnitId = Number(page.url().split("/").pop());

  // The edit action's id, from 嘉荫县's own department saving its own unit unchanged.
  const jiayin = await browser.newContext({ storageState: storageStatePath("jiayin") });
  const county = await jiayin.newPage();
  await county.goto("/units?q=县农业局");
  await county.getByRole("link", { name: "县农业局" }).click();
  await county.getByRole("link", { name: "编辑" }).click();
  const updateId = await captureActionId(county, () => county.getByRole("button", { name: "保存" }).click());

  const refused = await callAction(yichun.request, `/units/${tieliUnitId}/edit`, updateId, [{ id: tieliUnitId, version: 1, name: "伊春改名", kind: "ORGAN" }]);
  expect(refused.body).toContain("记录不存在，或您无权查看。");
  await page.goto(`/units/${tieliUnitId}`);
  await expect(page.getByRole("heading", { name: "市农业局" })).toBeVisible();
  await Promise.all([jiayin.close(), yichun.close()]);
});
