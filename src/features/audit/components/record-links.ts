// Where an audited record lives in the app, and the name its snapshot held (for records deleted since).
const PATHS: Record<string, (id: string) => string> = {
  Unit: (id) => `/units/${id}`,
  Village: (id) => `/villages/${id}`,
  Township: (id) => `/townships/${id}`,
  Pairing: (id) => `/pairings/${id}`,
  Activity: (id) => `/activities/${id}`,
  Pledge: (id) => `/pledges/${id}`,
  User: (id) => `/users/${id}`,
  Indicator: (id) => `/indicators/${id}/edit`,
};

export function recordHref(entity: string, id: string): string | null {
  return PATHS[entity]?.(id) ?? null;
}

export function snapshotName(json: string | null): string | null {
  if (!json) return null;
  try {
    const row = JSON.parse(json) as Record<string, unknown>;
    const name = row.name ?? row.title ?? row.content ?? row.displayName ?? row.labelZh;
    return typeof name === "string" && name ? name : null;
  } catch {
    return null;
  }
}
