// The townships (乡镇) of Tieli City used by the demo, in display order.
export const TOWNSHIPS = ["铁力镇", "双丰镇", "桃山镇", "朗乡镇", "神树镇", "年丰朝鲜族乡", "工农乡", "王杨乡"] as const;

export type TownshipName = (typeof TOWNSHIPS)[number];
