import { test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const PAGES: [string, string][] = [
  ["admin", "/dashboard"],
  ["admin", "/dashboard/sources/activities"],
  ["admin", "/dashboard/sources/surveys"],
  ["admin", "/dashboard/sources/pledges"],
  ["admin", "/units"],
  ["admin", "/villages"],
  ["admin", "/townships"],
  ["admin", "/pairings"],
  ["admin", "/activities"],
  ["admin", "/pledges"],
  ["admin", "/bulletins"],
  ["admin", "/supervision/rectifications"],
  ["admin", "/supervision"],
  ["admin", "/assessments"],
  ["sysadmin", "/users"],
];

test("screens", async ({ browser }) => {
  test.setTimeout(600_000);
  for (const locale of ["zh-CN", "en"]) {
    for (const [name, width] of [["desk", 1280], ["phone", 375]] as const) {
      for (const [user, path] of PAGES) {
        const context = await browser.newContext({ storageState: storageStatePath(user), viewport: { width, height: 900 } });
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL ?? "" }]);
        const page = await context.newPage();
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `/tmp/everyday-shots/${locale}-${name}${path.replaceAll("/", "_")}.png`, fullPage: path !== "/dashboard" || name === "phone" });
        await context.close();
      }
    }
  }
});
