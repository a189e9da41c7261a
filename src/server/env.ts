// Configuration, read from the environment here and nowhere else, validated once at start-up
// (see instrumentation.ts) so a misconfigured server fails with a clear message instead of on the
// first request. An empty variable counts as unset.
import { z } from "zod";
import { databaseKind, resolveDatabaseUrl } from "./database-url";

const DATABASE_URL = z
  .string()
  .optional()
  .transform(resolveDatabaseUrl)
  .refine((url) => {
    try {
      databaseKind(url);
      return true;
    } catch {
      return false;
    }
  }, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");

/** A PostgreSQL streaming replica for reads that may lag (see db-client.ts); unset: none. */
const DATABASE_REPLICA_URL = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined)
  .refine((url) => url === undefined || /^postgres(ql)?:\/\//.test(url), "DATABASE_REPLICA_URL must start with postgresql://");

/** A whole number from the environment, blank meaning the default. */
function wholeNumber(fallback: number, min: number) {
  return z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? fallback : Number(v)), z.number().int().min(min));
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL,
    DATABASE_REPLICA_URL,
    NEXTAUTH_SECRET: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional()),
    /** Where attachment files are kept, outside the public folder. */
    UPLOAD_DIR: z
      .string()
      .optional()
      .transform((v) => v?.trim() || "data/uploads"),
    // — security (issue 12) —
    /** A session with no request for this long ends (等保 2.0: 30 minutes). */
    SESSION_IDLE_MINUTES: wholeNumber(30, 1),
    /** A password older than this many days must be changed at the next sign-in; 0 turns it off. */
    PASSWORD_MAX_AGE_DAYS: wholeNumber(0, 0),
    /**
     * While the dashboard's figures are recomputed after a change, other readers may be shown the
     * previous ones if computed less than this long ago (memo.ts); 0: everyone waits for current ones.
     */
    DASHBOARD_STALE_SECONDS: wholeNumber(120, 0),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_REPLICA_URL && databaseKind(env.DATABASE_URL) !== "postgres") {
      ctx.addIssue({ code: "custom", path: ["DATABASE_REPLICA_URL"], message: "a read replica needs DATABASE_URL to be PostgreSQL too" });
    }
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET is required in production (npm start generates one for the local demo)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** DATABASE_URL alone: `next build` loads the database module, and must not need the server's secrets for it. */
export function databaseUrl(): string {
  return DATABASE_URL.parse(process.env.DATABASE_URL);
}

/** DATABASE_REPLICA_URL alone, for the same reason. */
export function databaseReplicaUrl(): string | undefined {
  return DATABASE_REPLICA_URL.parse(process.env.DATABASE_REPLICA_URL);
}
