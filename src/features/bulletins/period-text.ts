// A period as a Chinese document writes it: 2011年1月1日至8月31日; a whole month: 2011年7月.
const parts = (day: string) => day.split("-").map(Number);

function lastDayOfMonth(y: number, m: number) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function periodText(period: { from: string; to: string }): string {
  const [y1, m1, d1] = parts(period.from);
  const [y2, m2, d2] = parts(period.to);
  if (y1 === y2 && m1 === m2 && d1 === 1 && d2 === lastDayOfMonth(y2, m2)) return `${y1}年${m1}月`;
  if (y1 === y2) return `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
  return `${y1}年${m1}月${d1}日至${y2}年${m2}月${d2}日`;
}

/** A day as a Chinese document dates it: 2011年9月13日. */
export function chineseDate(day: string): string {
  const [y, m, d] = parts(day);
  return `${y}年${m}月${d}日`;
}
