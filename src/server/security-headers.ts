// The security headers of every answer (ASVS V14.4, 等保 2.0 web application protection). Pure, so
// next.config.ts (static headers on every path, files included) and the proxy (the per-request
// Content-Security-Policy with its nonce, on pages) share them, and a unit test reads them.

/** Sent with every response, static files and API answers included. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers without CSP frame-ancestors; the CSP says the same.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" } as const;

/**
 * The page's policy: scripts only from this site and with this request's nonce (Next.js puts it on
 * its own scripts when it finds it in the request's CSP header); no framing by anyone; forms and
 * fetches to this site only. Styles allow inline `style` attributes (charts position with them);
 * a nonce on style-src would disable that, and inline styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
