import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./src/features/attachments/rules";
import { STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // Lets two builds (e.g. browser tests on SQLite and on PostgreSQL) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  // sharp is a native addon too; exifr loads Node modules itself when it starts.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "sharp", "exifr"],
  experimental: {
    // forbidden() for pages a role may not open (403 rather than a misleading 404).
    authInterrupts: true,
    // One limit for the whole path of an upload: the proxy copies a body only up to its own limit
    // (10 MB by default, cutting larger forms short: "Unexpected end of form"), the server action
    // reads up to bodySizeLimit. Both take the app's figure (attachments/rules.ts).
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
  },
  poweredByHeader: false,
  // The per-page Content-Security-Policy (with its nonce) and HSTS come from the proxy (src/proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  // Types are checked once, by `npm run typecheck` in `npm test` and CI; `npm start` need not
  // repeat it on every start.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
