// A photo's perceptual hash: a 64-bit difference hash (dHash). The image, turned upright, is shrunk
// to 9×8 grey pixels; each bit says whether a pixel is darker than its right-hand neighbour. A copy
// that was resized, recompressed or slightly cropped keeps nearly every bit; another photo — even
// of the same hall from another spot — changes about a third of them. Stored as 16 hex digits.

/**
 * Two photos at most this many bits apart are "the same photo". Chosen from
 * tests/db/evidence-photos.test.ts, which makes real JPEGs of a village scene with sharp
 * (1200×900, three scenes) and measures:
 *   resized to 800 px wide and saved at quality 60 ...... 1–4 bits
 *   cropped by 2.5 % on every side ....................... 4–9 bits
 *   cropped by 5 % on every side ......................... 9–11 bits
 *   a different photo of the same scene (camera moved,
 *   other light, people elsewhere) ....................... 22–39 bits
 * 14 catches every copy with three bits to spare and stays eight bits below the closest different
 * photo: two photos of the same village hall at two events are not called one photo.
 */
export const SAME_PHOTO_MAX_BITS = 14;

/**
 * Grey levels (0–255) the 9×8 pixels must span for the hash to mean anything. A plain image — a
 * blank sheet, a lens cap, a one-colour test picture — hashes to nearly all zeros whatever it
 * shows, so every plain image would be "the same photo" as every other. Any real photo spans far
 * more than this.
 */
export const PLAIN_IMAGE_MAX_SPAN = 8;

/** dHash bits from 9×8 grey pixels (row by row), as 16 hex digits; null for a plain image, which has no fingerprint. */
export function differenceHash(grey: ArrayLike<number>): string | null {
  if (grey.length !== 72) throw new Error(`a difference hash needs 9×8 pixels, got ${grey.length}`);
  const levels = Array.from(grey);
  if (Math.max(...levels) - Math.min(...levels) <= PLAIN_IMAGE_MAX_SPAN) return null;
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) {
      const i = nibble * 4 + bit;
      const [y, x] = [Math.floor(i / 8), i % 8];
      value = (value << 1) | (grey[y * 9 + x] < grey[y * 9 + x + 1] ? 1 : 0);
    }
    hex += value.toString(16);
  }
  return hex;
}

/** How many of the 64 bits differ. */
export function hashDistance(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    for (; x; x &= x - 1) bits++;
  }
  return bits;
}

export const isSamePhoto = (a: string, b: string) => hashDistance(a, b) <= SAME_PHOTO_MAX_BITS;

/** The hash's four 16-bit quarters, stored in indexed columns. */
export function hashBands(hash: string): [number, number, number, number] {
  return [0, 4, 8, 12].map((i) => parseInt(hash.slice(i, i + 4), 16)) as [number, number, number, number];
}

/**
 * The values a quarter of a same photo's hash can take. Two hashes at most SAME_PHOTO_MAX_BITS
 * apart differ in at most ⌊14 / 4⌋ = 3 bits of one of their four quarters (pigeonhole), so looking
 * up every value within 3 bits of each quarter (697 per quarter) finds every candidate through
 * the indexes, without reading every hash; the exact distance then decides.
 */
export function nearBandValues(band: number): number[] {
  const radius = Math.floor(SAME_PHOTO_MAX_BITS / 4);
  const values = [band];
  let frontier = [{ value: band, lowest: 0 }];
  for (let step = 0; step < radius; step++) {
    const next: typeof frontier = [];
    // Flip bits in increasing order only, so each value is produced once.
    for (const { value, lowest } of frontier) {
      for (let bit = lowest; bit < 16; bit++) next.push({ value: value ^ (1 << bit), lowest: bit + 1 });
    }
    values.push(...next.map((n) => n.value));
    frontier = next;
  }
  return values;
}
