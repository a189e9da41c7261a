// The six content areas of the campaign (联建共建内容), in the order the source report lists them.
// Labels live in the message files under "areas.<code>".
export const CONTENT_AREAS = [
  "ORG_LIFE",
  "MEMBER_TEAM",
  "CARRIER",
  "MASS_SERVICE",
  "RESOURCE_SHARE",
  "DEVELOPMENT",
] as const;

export type ContentAreaCode = (typeof CONTENT_AREAS)[number];
