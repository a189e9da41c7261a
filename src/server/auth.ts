import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "./verify-credentials";
import { db } from "./db";
import { env } from "./env";

// Sessions are JWTs carrying the user's id, role and sessionVersion; every page and action re-reads
// the user from the database (current-user.ts), so the token alone never grants anything.
export const authOptions: NextAuthOptions = {
  // Read at each request, not when the module loads: `next build` loads it without the secret.
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const user = await verifyCredentials(db, credentials);
        return user ? { ...user, id: String(user.id) } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        sessionVersion: token.sessionVersion,
      };
      return session;
    },
  },
};
