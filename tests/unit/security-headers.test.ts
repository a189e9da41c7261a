import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/server/security-headers";

describe("the security headers", () => {
  it("allow scripts only with the request's nonce, forbid framing, and upgrade requests only over HTTPS", () => {
    const csp = contentSecurityPolicy("abc123", { https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true, development: false })).toContain("upgrade-insecure-requests");
  });

  it("use a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it("send nosniff, a referrer policy and no framing with every answer", () => {
    const byKey = Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(byKey).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });
});
