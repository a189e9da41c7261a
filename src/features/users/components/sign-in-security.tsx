// What the security administrator sees of one user's sign-ins: whether the login throttle holds
// the account locked (with an unlock), and the user's open sessions (each can be ended).
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { db } from "@/server/db";
import { accountLock, lockedSignIns, openSessions } from "../security-queries";
import { EndSessionButton, UnlockButton } from "./sign-in-controls";

export async function SignInSecurity({ user }: { user: { id: number; username: string; displayName: string } }) {
  const t = await getTranslations("users.security");
  const format = await getFormatter();
  const [lock, sessions] = await Promise.all([accountLock(db, user.username), openSessions(db, user.id)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="sign-in-security" className="mt-6 space-y-3" data-testid="sign-in-security">
      <h2 id="sign-in-security" className="text-base font-semibold text-stone-900">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
        {lock ? (
          <>
            <span>{t("lockedUntil", { time: when(lock.lockedUntil) })}</span>
            <UnlockButton lockKey={lock.key} name={user.displayName} />
          </>
        ) : (
          <span>{t("notLocked")}</span>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="text-sm text-stone-600">{t("noSessions")}</p>
      ) : (
        <Table
          caption={t("sessionsCaption", { name: user.displayName })}
          head={
            <>
              <Th>{t("startedAt")}</Th>
              <Th>{t("lastSeenAt")}</Th>
              <Th>
                <span className="sr-only">{t("endSession")}</span>
              </Th>
            </>
          }
        >
          {sessions.map((s) => (
            <tr key={s.handle} data-testid="open-session">
              <Td>{when(s.createdAt)}</Td>
              <Td>{when(s.lastSeenAt)}</Td>
              <Td>
                <EndSessionButton userId={user.id} handle={s.handle} name={user.displayName} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

/** Every account and source address locked now, for the users page. */
export async function LockedSignIns() {
  const t = await getTranslations("users.security");
  const format = await getFormatter();
  const locks = await lockedSignIns(db);
  return (
    <section aria-labelledby="locked-sign-ins" className="mb-5 space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="locked-sign-ins">
      <h2 id="locked-sign-ins" className="text-base font-semibold text-stone-900">
        {t("lockedTitle")}
      </h2>
      {locks.length === 0 ? (
        <p className="text-sm text-stone-600">{t("noneLocked")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {locks.map((l) => (
            <li key={l.key} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="locked-sign-in">
              <span>
                {t(l.kind === "account" ? "lockedAccount" : "lockedAddress", { name: l.name })}
                {"　"}
                {t("lockedUntil", { time: format.dateTime(l.lockedUntil, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
              <UnlockButton lockKey={l.key} name={l.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
