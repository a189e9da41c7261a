export const DEMO_USERNAMES = ["admin", "leader", "liaison", "liaison2", "village"] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];
export const DEMO_PASSWORD = "demo1234";

/** The saved session of a demo account: `test.use({ storageState: storageStatePath("admin") })`. */
export function storageStatePath(username: DemoUsername) {
  return `tests/.tmp/auth-${process.env.E2E_PORT ?? 3100}/${username}.json`;
}
