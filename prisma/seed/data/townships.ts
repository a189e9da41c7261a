// The townships (乡镇) of Tieli City used by the demo, in display order.
export const TOWNSHIPS = ["铁力镇", "双丰镇", "桃山镇", "朗乡镇", "神树镇", "年丰朝鲜族乡", "工农乡", "王杨乡"] as const;

export type TownshipName = (typeof TOWNSHIPS)[number];

/**
 * A plausible centre for each township (WGS 84 degrees) around Tieli City (46.98°N 128.03°E): the
 * demo's villages are placed within a few kilometres of their township's, deterministically.
 */
export const TOWNSHIP_CENTRES: Record<TownshipName, { latitude: number; longitude: number }> = {
  铁力镇: { latitude: 46.98, longitude: 128.03 },
  双丰镇: { latitude: 47.08, longitude: 128.25 },
  桃山镇: { latitude: 46.93, longitude: 128.52 },
  朗乡镇: { latitude: 46.95, longitude: 128.87 },
  神树镇: { latitude: 46.78, longitude: 128.17 },
  年丰朝鲜族乡: { latitude: 46.92, longitude: 127.93 },
  工农乡: { latitude: 47.05, longitude: 127.83 },
  王杨乡: { latitude: 46.86, longitude: 127.7 },
};
