// Checks a username and password. A successful login is recorded (lastLoginAt and an audit entry).
import { z } from "zod";
import { writeAudit } from "./audit";
import type { Db } from "./db-client";
import { checkPassword } from "./passwords";

const CredentialsInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export async function verifyCredentials(db: Db, raw: unknown) {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { username: parsed.data.username } });
  if (!user || !user.active) return null;
  if (!(await checkPassword(parsed.data.password, user.passwordHash))) return null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, user.id, "auth.login", { entity: "User", entityId: user.id });
  });
  return {
    id: user.id,
    name: user.displayName,
    displayName: user.displayName,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
