import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { LoginThrottledError, verifyCredentials } from "./verify-credentials";
import { sourceAddress } from "./source-address";
import { endSession } from "./user-sessions";
import { db } from "./db";
import { env } from "./env";

// Sessions are JWTs naming a UserSession row (user-sessions.ts) and carrying the user's id, role and
// sessionVersion; every page and action checks the row and re-reads the user from the database
// (session.ts, current-user.ts), so the token alone never grants anything.
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
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials(db, credentials, { source: sourceAddress(request?.headers) });
          return user ? { ...user, id: String(user.id) } : null;
        } catch (error) {
          // The login form shows its own message for "throttled" (signIn's result.error).
          if (error instanceof LoginThrottledError) throw new Error("throttled");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        sessionVersion: token.sessionVersion,
        sid: token.sid,
      };
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too: the old cookie, replayed, opens nothing.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(db, token.sid, "signOut");
    },
  },
};
