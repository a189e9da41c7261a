// Calls a server action the way an attacker would: straight to the server with its action id,
// without the page's buttons. Used to prove the server itself refuses the wrong role or unit.
import type { APIRequestContext, Page } from "@playwright/test";

/** Runs `trigger` in the page and returns the id of the server action it posts to. */
export async function captureActionId(page: Page, trigger: () => Promise<void>): Promise<string> {
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  return (await request).headers()["next-action"];
}

/** Posts the action with plain-object arguments; returns the response text (the RSC payload). */
export async function callAction(request: APIRequestContext, path: string, actionId: string, args: unknown[]) {
  const response = await request.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  return { status: response.status(), body: await response.text() };
}
