// Gives a route segment's client components the shell's messages and the segment's own
// namespaces (src/i18n/client-namespaces.ts), instead of the whole catalogue on every page.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type Namespace, SEGMENT_NAMESPACES, type Segment, SHELL_NAMESPACES } from "./client-namespaces";

export function pickMessages(messages: Record<string, unknown>, namespaces: readonly Namespace[]) {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}

/** Without a segment: the shell's namespaces only (the root layout). */
export async function ClientMessages({ segment, children }: { segment?: Segment; children: ReactNode }) {
  const messages = await getMessages();
  const namespaces = [...SHELL_NAMESPACES, ...(segment ? SEGMENT_NAMESPACES[segment] : [])];
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
