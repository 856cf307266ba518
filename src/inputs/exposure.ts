/**
 * Exposure: an underexposed photo (a night shot with no bright light in it, officers in a dark doorway, a picture taken
 * against the light and saved dark) is brightened before it is screened, as a camera's exposure compensation would.
 * The object detector and the scene reader lose people and lettering in such a picture (a tuned riot-line photo
 * darkened to a third: three of four officers and the shield's POLICE gone; brightened back, found again), and the
 * colour cues were all measured on pictures exposed as cameras expose them. Only a picture whose 99th percentile of
 * luminance is under DARK_P99 is touched: no photo in the tuned half, real/ or the fixtures is (the darkest, a moody
 * night portrait, has its 99th percentile at 168), and a night street with lamps or blue lights in it keeps them.
 */

/** 99th percentile of luminance below which a picture is underexposed. */
export const DARK_P99 = 128;
/**
 * Levels under DARK_P99 over which the gain fades to x1: a picture with its 99th percentile at DARK_P99 - RAMP or under
 * gets the full gain, one at 112 half of it (x1 + 0.53), one at 127 next to none (x1.03).
 */
const RAMP = 32;
/** Where the full gain puts that percentile, and the most it brightens (a black picture stays black, not noise). */
const TARGET_P99 = 230;
const MAX_GAIN = 4;
/** Pixels sampled for the percentile: every STRIDE-th. */
const STRIDE = 7;

/**
 * The gain that brings an underexposed RGB raster's 99th percentile of luminance to TARGET_P99, fading to 1 as the
 * percentile nears DARK_P99 (RAMP); 1 when it is not dark.
 */
export function exposureGain(rgb: Uint8Array): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3 * STRIDE) {
    hist[(77 * rgb[i] + 150 * rgb[i + 1] + 29 * rgb[i + 2]) >> 8]++;
    n++;
  }
  if (!n) return 1;
  let seen = 0;
  let p99 = 255;
  for (let v = 0; v < 256; v++) {
    seen += hist[v];
    if (seen >= 0.99 * n) {
      p99 = v;
      break;
    }
  }
  if (p99 >= DARK_P99) return 1;
  // The gain fades out over the last RAMP levels under DARK_P99 instead of stopping there: a resize or a recompression
  // that moves the percentile by a level or two must not switch a gain of x1.8 on or off.
  const full = Math.min(MAX_GAIN, TARGET_P99 / Math.max(1, p99));
  return 1 + (full - 1) * Math.min(1, (DARK_P99 - p99) / RAMP);
}

/** Byte value -> value times `gain`, clipped at 255. */
export function gainTable(gain: number): Uint8Array {
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(v * gain));
  return lut;
}

/** Map every byte of a raster through a table, in place. */
export function applyTable(data: Uint8Array, lut: Uint8Array): void {
  for (let i = 0; i < data.length; i++) data[i] = lut[data[i]];
}
