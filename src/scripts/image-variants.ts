/**
 * Social-media variants of a photo for the image eval's robustness mode (`npm run eval -- --images-only --augment`):
 * the same picture as it reaches us after a phone, an app or a platform has handled it. Each variant is made in memory
 * with sharp, deterministically (fixed sizes, factors and encoder settings), and never written to disk.
 *
 * Every variant is upright (EXIF orientation applied) and re-encoded as a JPEG with no metadata, as platforms serve
 * it; so the rules read from metadata (GPS, camera, thumbnail, people tags) are not scored on variants (VARIANT_SKIPS).
 */
import sharp, { type Sharp } from 'sharp';

export interface ImageVariant {
  name: string;
  description: string;
  /** The variant's pipeline after auto-orientation; its JPEG quality is `quality` (default DEFAULT_QUALITY). */
  make: (img: Sharp, width: number, height: number) => Sharp | Promise<Sharp>;
  quality?: number;
}

/** A platform's usual re-encode: every variant but the low-quality one is saved at this quality. */
export const DEFAULT_QUALITY = 85;
/** Long side of the downscaled variant (the size most platforms serve a photo at). */
export const DOWNSCALE_SIDE = 1080;
/** Share of width and height kept by the centre crop. */
export const CROP_SHARE = 0.8;
/** Quality of the heavily recompressed variant. */
export const LOW_QUALITY = 40;
/** Linear factor of the darker variant. */
export const DARKER = 0.7;
/** Per-channel factors (R, G, B) of the warm white balance: tungsten light, or a warm filter. */
export const WARM: [number, number, number] = [1.1, 1.0, 0.82];
/** Tilt of the rotated variant, in degrees (clockwise), cropped back to the largest upright rectangle inside. */
export const TILT_DEGREES = 4;

/**
 * Scale s such that an upright rectangle of s*w by s*h fits inside a w by h rectangle turned by `degrees` (the crop
 * a phone's straighten tool makes, keeping the aspect ratio).
 */
export function tiltCropScale(w: number, h: number, degrees: number): number {
  const a = (Math.abs(degrees) * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return Math.min(w / (w * cos + h * sin), h / (w * sin + h * cos));
}

export const IMAGE_VARIANTS: ImageVariant[] = [
  {
    name: 'downscale',
    description: `long side ${DOWNSCALE_SIDE} px (smaller photos keep their size), q${DEFAULT_QUALITY}`,
    make: (img) => img.resize(DOWNSCALE_SIDE, DOWNSCALE_SIDE, { fit: 'inside', withoutEnlargement: true }),
  },
  {
    name: 'crop80',
    description: `centre crop, ${Math.round(CROP_SHARE * 100)} % of width and height, q${DEFAULT_QUALITY}`,
    make: (img, w, h) => {
      const cw = Math.max(1, Math.round(w * CROP_SHARE));
      const ch = Math.max(1, Math.round(h * CROP_SHARE));
      return img.extract({ left: Math.floor((w - cw) / 2), top: Math.floor((h - ch) / 2), width: cw, height: ch });
    },
  },
  {
    name: 'jpeg40',
    description: `JPEG quality ${LOW_QUALITY}`,
    make: (img) => img,
    quality: LOW_QUALITY,
  },
  {
    name: 'darker',
    description: `every channel x${DARKER}, q${DEFAULT_QUALITY}`,
    make: (img) => img.linear(DARKER, 0),
  },
  {
    name: 'warm',
    description: `warm white balance (R x${WARM[0]}, B x${WARM[2]}), q${DEFAULT_QUALITY}`,
    make: (img) => img.linear(WARM, [0, 0, 0]),
  },
  {
    name: 'tilt4',
    description: `turned ${TILT_DEGREES} degrees, cropped to the largest upright rectangle inside, q${DEFAULT_QUALITY}`,
    make: async (img, w, h) => {
      // Rotate on its own pass: sharp applies extract before rotate within one pipeline.
      const { data, info } = await img.rotate(TILT_DEGREES, { background: { r: 0, g: 0, b: 0 } }).raw().toBuffer({ resolveWithObject: true });
      const s = tiltCropScale(w, h, TILT_DEGREES);
      const cw = Math.max(1, Math.floor(w * s));
      const ch = Math.max(1, Math.floor(h * s));
      return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).extract({
        left: Math.floor((info.width - cw) / 2),
        top: Math.floor((info.height - ch) / 2),
        width: cw,
        height: ch,
      });
    },
  },
];

/**
 * Rules read from a file's metadata, not its pixels: a variant carries no metadata, so they are left out of its
 * scoring (neither expected nor counted as found).
 */
export const VARIANT_SKIPS: ReadonlySet<string> = new Set(['image/gps', 'image/camera-identity', 'image/thumbnail', 'image/people-tags']);

/** Names of the variants, in order. */
export const VARIANT_NAMES = IMAGE_VARIANTS.map((v) => v.name);

/** Make one variant of a photo: an upright JPEG with no metadata. */
export async function makeVariant(buffer: Buffer, variant: ImageVariant): Promise<Buffer> {
  // Orientation first, baked into the pixels, so every variant's geometry is the picture as seen.
  const { data, info } = await sharp(buffer, { failOn: 'none' }).rotate().flatten({ background: '#ffffff' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const upright = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const img = await variant.make(upright, info.width, info.height);
  return img.jpeg({ quality: variant.quality ?? DEFAULT_QUALITY, chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();
}
