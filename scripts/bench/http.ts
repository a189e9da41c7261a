// The benchmark over HTTP: the built app served on a bench database, signed in as the generated
// accounts; page sizes and a load test of concurrent sessions.
import { type ChildProcess, spawn } from "node:child_process";
import { BENCH_PASSWORD } from "./scale";

export type App = { base: string; stop(): Promise<void> };

export async function startApp(url: string, port: number): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  // Next.js ends gracefully on SIGTERM, after its requests in flight — which, with the server busy,
  // can outlast the run and keep the port from the next scale's server: killed after 5 s.
  const stop = async () => {
    if (!child.pid) return;
    const group = -child.pid;
    const signal = (name: NodeJS.Signals | 0) => {
      try {
        return process.kill(group, name);
      } catch {
        return false; // the group has ended
      }
    };
    signal("SIGTERM");
    for (let i = 0; i < 50 && signal(0); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    signal("SIGKILL");
  };
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the app did not answer on ${base}`);
}

/** Signs in through the credentials form's endpoint; returns the cookie header of the session. */
export async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: BENCH_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${username} (${response.status})`);
  return [...jar, session].join("; ");
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** The HTML of a page as the signed-in user receives it (bytes, milliseconds). */
export async function fetchPage(base: string, cookie: string, path: string): Promise<{ bytes: number; ms: number; status: number }> {
  const t = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { cookie, "accept-language": "zh-CN" }, redirect: "manual" });
  const body = await response.arrayBuffer();
  return { bytes: body.byteLength, ms: performance.now() - t, status: response.status };
}

export type LoadResult = {
  requests: number;
  errors: number;
  latencies: number[];
  /** The same latencies by page: which page is slow. */
  latenciesByPath: Map<string, number[]>;
};

/** Readers over HTTP from `startAt` (epoch ms) for `seconds`: each session asks for the next page as soon as it has one. */
export async function loadTest(options: { base: string; cookies: string[]; paths: string[]; startAt: number; seconds: number }): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, errors: 0, latencies: [], latenciesByPath: new Map() };
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.startAt - Date.now())));
  const end = options.startAt + options.seconds * 1000;
  const reader = async (i: number) => {
    for (let k = 0; Date.now() < end; k++) {
      const path = options.paths[(i + k) % options.paths.length];
      try {
        const page = await fetchPage(options.base, options.cookies[i % options.cookies.length], path);
        result.latencies.push(page.ms);
        result.latenciesByPath.set(path, [...(result.latenciesByPath.get(path) ?? []), page.ms]);
        if (page.status !== 200) result.errors += 1;
      } catch {
        result.errors += 1;
      }
      result.requests += 1;
    }
  };
  await Promise.all(Array.from({ length: options.cookies.length }, (_, i) => reader(i)));
  return result;
}
