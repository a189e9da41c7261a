// The demo sign-ins the browser tests use (the seed's own list and password) and where each one's
// session is kept once signed in.
export { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

export const DEMO_USERNAMES = ["admin", "leader", "liaison", "liaison2", "village", "jiayin", "yichun", "sysadmin", "secadmin", "auditor"] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

/** The saved session of a demo account: `test.use({ storageState: storageStatePath("admin") })`. */
export function storageStatePath(username: DemoUsername) {
  return `tests/.tmp/auth-${process.env.E2E_PORT ?? 3100}/${username}.json`;
}
