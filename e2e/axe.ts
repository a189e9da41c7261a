// The accessibility check shared by the desktop and phone specs: each page of a role, in a language,
// through axe-core; any serious or critical violation fails with the rule, the page and the elements.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, test } from "@playwright/test";
import { type DemoUsername, storageStatePath } from "./accounts";

export const ACCESSIBILITY_PAGES: Partial<Record<DemoUsername, string[]>> = {
  admin: ["/", "/dashboard", "/activities", "/pledges", "/pairings", "/units", "/villages", "/pairings/new", "/activities/new"],
  leader: ["/", "/dashboard", "/pairings", "/activities"],
  liaison: ["/", "/activities", "/pledges", "/activities/new", "/pledges/new"],
  village: ["/", "/activities", "/pledges"],
  sysadmin: ["/", "/users", "/users/new"],
  auditor: ["/audit", "/audit/chain"],
};

export async function checkPages(browser: Browser, username: DemoUsername, locale: "zh-CN" | "en", paths: string[]) {
  const baseURL = test.info().project.use.baseURL ?? "";
  const { viewport, userAgent, isMobile, hasTouch, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ storageState: storageStatePath(username), baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  // A ledger and its print view, reached the way a user does.
  const all = [...paths];
  if (username === "admin" || username === "liaison") {
    await page.goto("/pairings");
    const href = await page.locator('a[href^="/pairings/"]:not([href$="/new"])').first().getAttribute("href");
    if (href) all.push(href, `/print${href}`);
  }
  const problems: string[] = [];
  for (const path of all) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      problems.push(`${path}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
  }
  await context.close();
  expect(problems).toEqual([]);
}
