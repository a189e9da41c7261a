// The palette of every chart: the party red of the brand first, then calm companions that stay
// distinguishable when printed in grey.
export const CHART_COLORS = {
  primary: "#c8161d",
  secondary: "#d97706",
  tertiary: "#0369a1",
  muted: "#a8a29e",
} as const;

export type ChartColor = keyof typeof CHART_COLORS;
