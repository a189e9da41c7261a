import type { Role } from "@/generated/sqlite/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    displayName: string;
  }
  interface Session {
    user: { id: number; role: Role; sessionVersion: number; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: Role;
    sessionVersion: number;
  }
}
