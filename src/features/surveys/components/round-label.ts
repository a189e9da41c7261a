type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "2011年7月" / "7/2011" for a round "2011-07". */
export function roundLabel(t: Translate, round: string): string {
  const [year, month] = round.split("-").map(Number);
  return t("roundLabel", { year, month });
}
