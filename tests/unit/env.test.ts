import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

describe("environment", () => {
  it("defaults to the embedded SQLite database", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./data/app.db");
  });

  it("stops a production server without NEXTAUTH_SECRET with a clear message", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is required in production/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET).toHaveLength(32);
  });

  it("keeps uploads in data/uploads unless UPLOAD_DIR names a folder (blank is unset, never the working folder)", () => {
    expect(parseEnv({}).UPLOAD_DIR).toBe("data/uploads");
    expect(parseEnv({ UPLOAD_DIR: "  " }).UPLOAD_DIR).toBe("data/uploads");
    expect(parseEnv({ UPLOAD_DIR: " /srv/uploads " }).UPLOAD_DIR).toBe("/srv/uploads");
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "" })).toThrow(/NEXTAUTH_SECRET is required in production/);
  });

  it("refuses a database URL of another kind", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://root@localhost/db" })).toThrow(/DATABASE_URL must start with file:/);
  });

  it("takes a read replica only beside a PostgreSQL primary (blank is none)", () => {
    const primary = "postgresql://app@db1/gongjian";
    expect(parseEnv({ DATABASE_URL: primary }).DATABASE_REPLICA_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: " " }).DATABASE_REPLICA_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: "postgresql://app@db2/gongjian" }).DATABASE_REPLICA_URL).toBe("postgresql://app@db2/gongjian");
    expect(() => parseEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: "file:./replica.db" })).toThrow(/DATABASE_REPLICA_URL must start with postgresql/);
    expect(() => parseEnv({ DATABASE_REPLICA_URL: "postgresql://app@db2/gongjian" })).toThrow(/a read replica needs DATABASE_URL to be PostgreSQL/);
  });

  it("ends idle sessions after 30 minutes and leaves password age off unless configured", () => {
    expect(parseEnv({}).SESSION_IDLE_MINUTES).toBe(30);
    expect(parseEnv({ SESSION_IDLE_MINUTES: "15" }).SESSION_IDLE_MINUTES).toBe(15);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(parseEnv({}).PASSWORD_MAX_AGE_DAYS).toBe(0);
    expect(parseEnv({ PASSWORD_MAX_AGE_DAYS: "90" }).PASSWORD_MAX_AGE_DAYS).toBe(90);
    expect(() => parseEnv({ PASSWORD_MAX_AGE_DAYS: "abc" })).toThrow(/PASSWORD_MAX_AGE_DAYS/);
  });

  it("shows the dashboard's kept figures for two minutes during a recomputation unless configured (0: never)", () => {
    expect(parseEnv({}).DASHBOARD_STALE_SECONDS).toBe(120);
    expect(parseEnv({ DASHBOARD_STALE_SECONDS: "0" }).DASHBOARD_STALE_SECONDS).toBe(0);
    expect(() => parseEnv({ DASHBOARD_STALE_SECONDS: "-1" })).toThrow(/DASHBOARD_STALE_SECONDS/);
  });
});
