import type { Role } from "@/generated/sqlite/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    displayName: string;
    sessionId: string;
  }
  interface Session {
    user: { id: number; role: Role; sessionVersion: number; sid: string; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    sessionVersion: number;
    /** The UserSession row (server/user-sessions.ts). */
    sid: string;
  }
}
