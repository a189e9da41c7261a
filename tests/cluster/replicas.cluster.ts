// Two app instances on one PostgreSQL primary and its streaming replica (scripts/cluster/cluster.sh):
// what one instance writes, the other shows; lists read the replica, yet a user sees their own write
// at once; sign-in throttling and ended sessions hold on both. Browser cookies are kept per host, not
// per port, so one browser context is signed in on both instances, as behind the load balancer.
import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "../../e2e/accounts";

const ports = (process.env.CLUSTER_APP_PORTS ?? "3131 3132").split(" ");
const A = `http://localhost:${ports[0]}`;
const B = `http://localhost:${ports[1]}`;
const PROXY = `http://localhost:${process.env.CLUSTER_PROXY_PORT ?? 3130}`;
const REPLICA_URL = `postgresql://postgres@127.0.0.1:${process.env.CLUSTER_REPLICA_PORT ?? 5434}/gongjian`;
/** Replication on one machine takes milliseconds; this bounds the wait generously. */
const REPLICATION_WAIT_MS = 15_000;

async function signIn(browser: Browser, base: string, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  // A cold instance's first password check and page can take a while on a busy machine.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 60_000 });
  return page;
}

/** Holds the replica's replay of the primary's log, so what it has not replayed stays visibly absent. */
async function onReplica(sql: string) {
  const client = new pg.Client({ connectionString: REPLICA_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

test.afterEach(async () => {
  await onReplica("SELECT pg_wal_replay_resume()");
});

test("the proxy answers from both instances", async ({ request }) => {
  for (let i = 0; i < 4; i++) expect((await request.get(`${PROXY}/api/health`)).ok()).toBe(true);
});

test("the dashboard and a list, read on the replica, open through the proxy", async ({ browser }) => {
  const leader = await signIn(browser, PROXY, "leader");
  for (const [path, heading] of [["/activities", "共建活动"], ["/dashboard", "数据看板"]]) {
    await leader.goto(`${PROXY}${path}`);
    await expect(leader.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await expect(leader.getByText("已审核共建活动").first()).toBeVisible();
  await leader.screenshot({ path: "test-results/cluster/dashboard-through-proxy.png" });
});

test("a unit created through A appears through B: at once for its author, for others once the replica has it", async ({ browser }) => {
  const name = `集群测试单位${Date.now()}`;
  const admin = await signIn(browser, A, "admin");
  await onReplica("SELECT pg_wal_replay_pause()");
  // Signed in while the replica stands still: sessions are read on the primary.
  const leader = await signIn(browser, B, "leader");

  await admin.goto(`${A}/units/new`);
  await admin.getByLabel("单位名称").fill(name);
  await admin.getByLabel("单位类型").selectOption("ORGAN");
  await admin.getByRole("button", { name: "保存" }).click();
  // An instance's first save is slow on a busy machine (seen: over 10 s while "正在保存…").
  await expect(admin.getByRole("heading", { name })).toBeVisible({ timeout: 60_000 });

  // The author's next list, on the other instance, reads the primary: the replica is behind their write.
  await admin.goto(`${B}/units?q=${encodeURIComponent(name)}`);
  await expect(admin.getByRole("link", { name })).toBeVisible();
  // Anyone else's list reads the replica, which has not replayed it yet.
  await leader.goto(`${B}/units?q=${encodeURIComponent(name)}`);
  await expect(leader.getByTestId("empty-state")).toBeVisible();

  await onReplica("SELECT pg_wal_replay_resume()");
  await expect(async () => {
    await leader.goto(`${B}/units?q=${encodeURIComponent(name)}`);
    await expect(leader.getByRole("link", { name })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: REPLICATION_WAIT_MS });
});

test("failed sign-ins on A and on B count together, and the lock holds on both", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const username = `zhang.cluster${Date.now()}`;
  const attempt = async (base: string, i: number) => {
    if (!page.url().startsWith(`${base}/login`)) await page.goto(`${base}/login`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(`wrong-${i}`);
    // Each attempt is answered before the next (or a page change) starts: none is lost in flight.
    await Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")), page.getByRole("button", { name: "登录" }).click()]);
  };
  for (const [i, base] of [A, A, A, B, B].entries()) {
    await attempt(base, i);
    await expect(page.getByTestId("alert-error")).toHaveText("用户名或密码不正确，或账号已停用。");
  }
  for (const base of [A, B]) {
    await attempt(base, 9);
    await expect(page.getByTestId("alert-error")).toHaveText("登录失败次数过多，该账号或本机地址已暂时锁定，请 15 分钟后再试。");
  }
});

test("a session ended by the security administrator on A is signed out on B", async ({ browser }) => {
  const leader = await signIn(browser, B, "leader");
  await leader.goto(`${B}/units`);
  await expect(leader).toHaveURL(/\/units/);

  const secadmin = await signIn(browser, A, "secadmin");
  await secadmin.goto(`${A}/users?q=leader`);
  await secadmin.getByRole("link", { name: "leader", exact: true }).click();
  const sessions = secadmin.getByTestId("sign-in-security");
  // The leader may hold sessions from the tests before this one: end them all.
  const endButtons = sessions.getByRole("button", { name: "结束会话" });
  await expect(endButtons.first()).toBeVisible();
  for (let open = await endButtons.count(); open > 0; open--) {
    await endButtons.first().click();
    await secadmin.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(endButtons).toHaveCount(open - 1);
  }
  await expect(sessions).toContainText("当前没有在线会话。");

  await leader.goto(`${B}/units`);
  await expect(leader).toHaveURL(/\/login/);
});
