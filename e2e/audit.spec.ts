import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("audit log", () => {
  test("the audit administrator sees the organization department's change with before and after", async ({ browser }) => {
    // Three browsers (the department, a liaison, the auditor) and a dozen page loads.
    test.setTimeout(180_000);
    const context = await browser.newContext({ storageState: storageStatePath("admin") });
    const page = await context.newPage();
    // An edit, not a new unit: other specs count the demo's 76 units.
    await page.goto("/units?q=市水务局");
    await page.getByRole("link", { name: "市水务局" }).click();
    await page.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("党组织书记").fill("审计测试书记");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("审计测试书记")).toBeVisible();
    // The organization department no longer reads the audit log (三员分立): no history link for it.
    await expect(page.getByTestId("audit-history-link")).toHaveCount(0);
    const unitId = new URL(page.url()).pathname.split("/").pop();
    await context.close();

    // The record's history (the link a reader of the log has on the record), read by the audit
    // administrator as sentences in the user's language.
    const auditor = await browser.newContext({ storageState: storageStatePath("auditor") });
    const auditorPage = await auditor.newPage();
    await auditorPage.goto(`/audit?entity=Unit&id=${unitId}`);
    await expect(auditorPage.getByTestId("audit-record-filter")).toContainText("只显示共建单位“市水务局”的操作记录。");
    const entry = auditorPage.getByTestId("audit-entry").first();
    await expect(entry).toContainText("修改了共建单位");
    await expect(entry).toContainText("“市水务局”");
    await expect(entry).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(entry).not.toContainText("unit.update");
    await entry.getByText(/项变更/).click();
    await expect(entry.getByTestId("audit-changes")).toContainText("党组织书记");
    await expect(entry.getByTestId("audit-changes")).toContainText("审计测试书记");
    await expect(entry.getByTestId("audit-changes")).not.toContainText("secretary");
    // Sign-ins are security events, on their own tab, not among the changes.
    await auditorPage.goto("/audit");
    await expect(auditorPage.getByTestId("audit-entries")).not.toContainText("登录了系统");
    await expect(auditorPage.getByLabel("对象类型").locator("option")).toContainText(["全部", "共建单位"]);
    await auditorPage.getByTestId("audit-tab-security").click();
    await expect(auditorPage.getByTestId("audit-entries")).toContainText("登录了系统");

    // A pledge's due day shows as the day typed. A new pledge due after the demo campaign, so the
    // dashboard's campaign figures stay those of the source report.
    const liaison = await browser.newContext({ storageState: storageStatePath("liaison") });
    const liaisonPage = await liaison.newPage();
    await liaisonPage.goto("/pledges/new");
    await liaisonPage.getByLabel("承诺人").fill("审计测试党员");
    await liaisonPage.getByLabel("承诺内容").fill("为村里联系一批果树苗");
    await liaisonPage.getByLabel("承诺完成时间").fill("2026-12-31");
    await liaisonPage.getByRole("button", { name: "保存" }).click();
    await liaisonPage.waitForURL(/\/pledges\/\d+$/);
    const pledgeId = new URL(liaisonPage.url()).pathname.split("/").pop();
    await liaison.close();
    await auditorPage.goto(`/audit?entity=Pledge&id=${pledgeId}`);
    const pledgeEntry = auditorPage.getByTestId("audit-entry").first();
    await expect(pledgeEntry).toContainText("作出了承诺事项");
    await expect(pledgeEntry).toContainText("“为村里联系一批果树苗”");
    await pledgeEntry.getByText(/项变更/).click();
    await expect(pledgeEntry.getByTestId("audit-changes")).toContainText("承诺完成时间");
    await expect(pledgeEntry.getByTestId("audit-changes")).toContainText("2026年12月31日");
    await expect(pledgeEntry.getByTestId("audit-changes")).not.toContainText("T16:00");
    await auditor.close();
  });

  for (const username of ["admin", "sysadmin", "secadmin", "leader", "liaison", "village"] as const) {
    test(`${username} may not read it`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const page = await context.newPage();
      await page.goto("/audit");
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await context.close();
    });
  }
});
