// Photographs made for the tests, with sharp: a village scene (sky, hills, the village committee's
// hall, trees, people) drawn as SVG, with sensor noise, encoded as a JPEG with the EXIF a phone
// writes. The same scene can be shot again from another spot, at another hour, with the people
// elsewhere — a different photo of the same place — and a photo can be resized, recompressed or
// cropped, as someone re-filing it would.
import sharp from "sharp";
import { Rng } from "../../prisma/seed/random";

export type Shot = {
  /** Which place: the hills, the hall and the trees. */
  scene: number;
  /** Where the camera stood and where the people were: another shot of the same scene. */
  shot?: number;
  width?: number;
  height?: number;
  /** JPEG quality. */
  quality?: number;
};

export type PhoneExif = {
  /** Shanghai wall-clock time the photo was taken, "YYYY-MM-DD HH:mm:ss". */
  takenAt?: string;
  /** Written as OffsetTimeOriginal; a phone that writes none leaves the zone unknown. */
  offset?: string;
  gps?: { latitude: number; longitude: number };
  camera?: { make: string; model: string };
};

function sceneSvg({ scene, shot = 0 }: Shot, width: number, height: number): string {
  const place = new Rng(1_000 + scene);
  const moment = new Rng(7_000 + scene * 31 + shot);
  // The place: a ridge of hills, the hall, a row of trees.
  const ridge = Array.from({ length: 9 }, (_, i) => `${i * 125},${250 + place.int(-90, 40)}`).join(" ");
  const hallX = place.int(250, 550);
  const trees = Array.from({ length: 6 }, () => ({ x: place.int(0, 1000), y: place.int(430, 520), r: place.int(35, 70) }));
  const hue = place.int(90, 140);
  // The moment: where the camera stood, the light, the people.
  const camera = shot === 0 ? { dx: 0, dy: 0, zoom: 1 } : { dx: moment.int(-140, 140), dy: moment.int(-50, 50), zoom: 1 + moment.int(10, 35) / 100 };
  const light = shot === 0 ? 0 : moment.int(-40, 40);
  const people = Array.from({ length: 8 }, () => ({ x: moment.int(80, 920), y: moment.int(560, 700), shirt: moment.pick(["#b91c1c", "#1d4ed8", "#f5f5f4", "#374151", "#15803d"]) }));
  const sky = `hsl(205, 70%, ${Math.max(20, 72 + light / 2)}%)`;
  const body = [
    `<rect width="1000" height="750" fill="url(#sky)"/>`,
    `<circle cx="${800 + light * 3}" cy="${110 - light}" r="45" fill="#fde68a"/>`,
    `<polygon points="0,750 ${ridge} 1000,250 1000,750" fill="hsl(${hue}, 30%, ${35 + light / 4}%)"/>`,
    `<rect y="430" width="1000" height="320" fill="hsl(${hue - 20}, 45%, ${40 + light / 4}%)"/>`,
    `<rect x="${hallX}" y="300" width="320" height="200" fill="#e7e5e4" stroke="#57534e" stroke-width="4"/>`,
    `<polygon points="${hallX - 20},300 ${hallX + 160},220 ${hallX + 340},300" fill="#991b1b"/>`,
    `<rect x="${hallX + 40}" y="320" width="240" height="36" fill="#dc2626"/>`,
    ...[0, 1, 2, 3].map((i) => `<rect x="${hallX + 30 + i * 75}" y="380" width="45" height="45" fill="#60a5fa" stroke="#1e3a8a" stroke-width="3"/>`),
    `<rect x="${hallX + 135}" y="430" width="50" height="70" fill="#78350f"/>`,
    ...trees.map((t) => `<rect x="${t.x - 8}" y="${t.y}" width="16" height="${t.r}" fill="#713f12"/><ellipse cx="${t.x}" cy="${t.y - t.r / 2}" rx="${t.r * 0.7}" ry="${t.r}" fill="hsl(${hue + 10}, 55%, 25%)"/>`),
    ...people.map((p) => `<circle cx="${p.x}" cy="${p.y - 55}" r="14" fill="#fcd34d"/><rect x="${p.x - 16}" y="${p.y - 40}" width="32" height="60" rx="8" fill="${p.shirt}"/>`),
  ];
  const transform = `translate(${500 + camera.dx} ${375 + camera.dy}) scale(${camera.zoom}) translate(-500 -375)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1000 750" preserveAspectRatio="xMidYMid slice">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#f1f5f9"/></linearGradient></defs>
<g transform="${transform}">${body.join("")}</g></svg>`;
}

/** Sensor noise, so that the JPEG is as large and as busy as a phone's. */
function noise(width: number, height: number, seed: number, strength: number): Buffer {
  const rng = new Rng(seed);
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 128 + Math.round((rng.next() - 0.5) * strength);
  return pixels;
}

function exifOf(exif: PhoneExif) {
  const dms = (value: number) => {
    const abs = Math.abs(value);
    const degrees = Math.floor(abs);
    const minutes = Math.floor((abs - degrees) * 60);
    const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
    return `${degrees}/1 ${minutes}/1 ${seconds}/100`;
  };
  const camera = exif.camera ?? { make: "HUAWEI", model: "P30" };
  const stamp = exif.takenAt?.replaceAll("-", ":");
  return {
    IFD0: { Make: camera.make, Model: camera.model, ...(stamp ? { DateTime: stamp } : {}) },
    IFD2: { ...(stamp ? { DateTimeOriginal: stamp } : {}), ...(exif.offset ? { OffsetTimeOriginal: exif.offset } : {}) },
    ...(exif.gps
      ? {
          IFD3: {
            GPSLatitudeRef: exif.gps.latitude >= 0 ? "N" : "S",
            GPSLatitude: dms(exif.gps.latitude),
            GPSLongitudeRef: exif.gps.longitude >= 0 ? "E" : "W",
            GPSLongitude: dms(exif.gps.longitude),
          },
        }
      : {}),
  };
}

/** A phone photo of the scene as a JPEG; without `exif`, one whose EXIF was stripped. */
export async function takePhoto(shot: Shot, exif?: PhoneExif, noiseStrength = 24): Promise<Buffer> {
  const width = shot.width ?? 1600;
  const height = shot.height ?? 1200;
  const drawn = await sharp(Buffer.from(sceneSvg(shot, width, height))).removeAlpha().raw().toBuffer();
  const grain = noise(width, height, 99 + shot.scene * 13 + (shot.shot ?? 0), noiseStrength);
  // Noise around mid-grey, added to the drawing.
  const pixels = Buffer.alloc(drawn.length);
  for (let i = 0; i < drawn.length; i++) pixels[i] = Math.max(0, Math.min(255, drawn[i] + grain[i] - 128));
  const image = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: shot.quality ?? 88 });
  return (exif ? image.withExif(exifOf(exif)) : image).toBuffer();
}

/** The same photo made smaller and saved again at a lower quality, as a messaging app does. */
export async function resizedCopy(photo: Buffer, width = 800, quality = 60): Promise<Buffer> {
  return sharp(photo).resize({ width }).jpeg({ quality }).toBuffer();
}

/** The same photo with a strip cut from each edge (`fraction` of the width and of the height in all). */
export async function croppedCopy(photo: Buffer, fraction = 0.1): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(photo).metadata();
  const left = Math.round((width * fraction) / 2);
  const top = Math.round((height * fraction) / 2);
  return sharp(photo)
    .extract({ left, top, width: width - 2 * left, height: height - 2 * top })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A photo as a browser would upload it. */
export function photoFile(bytes: Buffer, name = "活动照片.jpg"): File {
  return new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });
}
