// image/thumbnail: an embedded preview (EXIF IFD1 thumbnail, MPF preview, Photoshop thumbnail, XMP thumbnail) keeps
// the original framing: cropping or blurring the main image does not touch it, so what was edited out can leak.
import type { ImageDetector } from '../../core/types.js';

export const thumbnail: ImageDetector = {
  kind: 'image',
  id: 'image/thumbnail',
  title: 'Embedded preview image',
  description:
    'Flags an embedded thumbnail or preview image that would survive cropping or redacting the main picture (EXIF IFD1, MPF, Photoshop, XMP).',
  messages: {
    default: 'Photo embeds a preview image that survives cropping and redaction; re-export without metadata',
    sized: 'Photo embeds a {width}x{height} preview that survives cropping and redaction; re-export without metadata',
  },
  cues: [{ name: 'embedded-preview', description: 'an embedded preview image: EXIF IFD1 thumbnail, MPF preview, Photoshop or XMP thumbnail' }],
  examples: { tp: [], fp: [] },
  detectImage(image) {
    const t = image.meta?.thumbnail;
    if (!t) return [];
    const sized = t.width !== undefined && t.height !== undefined;
    return [
      {
        source: 'metadata',
        location: { tag: t.tag },
        confidence: 0.9,
        evidence: sized ? `${t.width}x${t.height} preview, ${t.bytes} bytes` : `preview, ${t.bytes} bytes`,
        messageId: sized ? 'sized' : 'default',
        pattern: 'embedded-preview',
        ...(sized ? { data: { width: t.width!, height: t.height! } } : {}),
      },
    ];
  },
};
