// No lost update, in the browser: two sessions open the same unit's edit form; the first saves;
// the second's save is refused with what the first changed, and nothing of it is written.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, storageStatePath } from "./accounts";

test("a save over another session's newer save is refused, showing what changed", async ({ browser }) => {
  // Two browsers, a sign-in and six page loads.
  test.setTimeout(180_000);
  const first = await browser.newContext({ storageState: storageStatePath("admin") });
  // A second session of its own: a sign-in in another browser.
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await secondPage.goto("/login");
  await secondPage.getByLabel("用户名").fill("admin");
  await secondPage.getByLabel("密码").fill(DEMO_PASSWORD);
  await secondPage.getByRole("button", { name: "登录" }).click();
  await secondPage.waitForURL((url) => !url.pathname.startsWith("/login"));

  const firstPage = await first.newPage();
  await firstPage.goto("/units?q=市统计局");
  await firstPage.getByRole("link", { name: "市统计局" }).click();
  await firstPage.getByRole("link", { name: "编辑" }).click();
  const editPath = new URL(firstPage.url()).pathname;
  await secondPage.goto(editPath);
  const phoneBefore = await secondPage.getByLabel("联系电话").inputValue();

  await firstPage.getByLabel("党组织书记").fill("并发测试甲");
  await firstPage.getByRole("button", { name: "保存" }).click();
  await expect(firstPage.getByText("并发测试甲")).toBeVisible();

  await secondPage.getByLabel("联系电话").fill("0458-7654321");
  await secondPage.getByRole("button", { name: "保存" }).click();
  const alert = secondPage.getByTestId("alert-error");
  await expect(alert).toContainText("此记录在您打开后已被他人修改并保存，您的修改未保存。");
  await expect(alert).toContainText("党组织书记：现在是“并发测试甲”");
  await expect(alert).toContainText("联系电话：现在是");
  await secondPage.screenshot({ path: test.info().outputPath("lost-update.png") });

  // Nothing of the refused save was written; reopened, the form saves on top of the new version.
  await secondPage.goto(editPath);
  await expect(secondPage.getByLabel("党组织书记")).toHaveValue("并发测试甲");
  await expect(secondPage.getByLabel("联系电话")).toHaveValue(phoneBefore);
  await secondPage.getByLabel("联系电话").fill("0458-7654321");
  await secondPage.getByRole("button", { name: "保存" }).click();
  await expect(secondPage.getByText("0458-7654321")).toBeVisible();
  await first.close();
  await second.close();
});
