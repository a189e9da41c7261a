// Filling the demo's text templates.

/** Replaces {name} placeholders; an unknown placeholder is a bug in the templates, so it throws. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template "${template}" uses {${name}} which is not given`);
    return String(value);
  });
}

/** Whole 元 as a Chinese report writes them: 3,500元 below ten thousand, else 4.8万元 / 128万元. */
export function formatYuan(yuan: number): string {
  if (yuan < 10_000) return `${yuan.toLocaleString("en-US")}元`;
  const wan = yuan / 10_000;
  return `${Number.isInteger(wan) ? wan : Number(wan.toFixed(2))}万元`;
}
