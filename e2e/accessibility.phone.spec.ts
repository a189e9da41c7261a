// axe-core on the main pages of every role, in both languages: no serious or critical violation.
// Tagged @markup: what axe reads does not depend on the database engine, so CI runs it once (SQLite).
// The desktop half is e2e/accessibility.spec.ts; this file runs the same pages at 375 px.
import { test } from "@playwright/test";
import { ACCESSIBILITY_PAGES, checkPages } from "./axe";

for (const [username, paths] of Object.entries(ACCESSIBILITY_PAGES)) {
  for (const locale of ["zh-CN", "en"] as const) {
    test(`${username}'s main pages pass axe (${locale}, phone)`, { tag: "@markup" }, async ({ browser }) => {
      // A budget per page checked (plus the ledger and its print view): the first pages of a fresh
      // server render cold, and on a loaded machine one page has taken over 20 s.
      test.setTimeout(40_000 * (paths.length + 2));
      await checkPages(browser, username as keyof typeof ACCESSIBILITY_PAGES, locale, paths);
    });
  }
}
