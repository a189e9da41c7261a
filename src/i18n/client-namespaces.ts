// The message namespaces sent to the browser. The full catalogue is about 90 KB per page, so each
// route segment's layout passes only what its client components use (<ClientMessages segment=…>);
// tests/unit/client-messages.test.ts derives these lists from the code and fails when they drift.
import type { MESSAGES } from "./messages";

export type Namespace = keyof (typeof MESSAGES)["zh-CN"];

/** Every page's client parts: the shell (sign-out, language), the error page, shared controls. */
export const SHELL_NAMESPACES = ["common", "errors", "auth"] as const satisfies readonly Namespace[];

/** Per route segment (a folder under src/app/(app) or (auth), "print", and "home" for /). */
export const SEGMENT_NAMESPACES = {
  home: ["attachments"],
  account: ["users", "validation"],
  activities: ["activities", "areas", "attachments", "validation"],
  assessments: ["assessments", "validation"],
  audit: [],
  bulletins: ["bulletins"],
  campaigns: ["campaigns"],
  "change-password": ["users", "validation"],
  dashboard: [],
  "evidence-settings": ["areas", "evidence"],
  imports: ["attachments", "imports"],
  indicators: ["indicators", "validation"],
  login: [],
  pairings: ["pairings"],
  pledges: ["attachments", "pledges", "validation"],
  print: ["bulletins"],
  supervision: ["attachments", "supervision", "validation"],
  surveys: ["attachments", "surveys"],
  townships: ["townships"],
  units: ["units", "validation"],
  users: ["users", "validation"],
  villages: ["villages"],
} as const satisfies Record<string, readonly Namespace[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;
