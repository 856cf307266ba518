// image/camera-identity: photographer, owner and serial-number fields (Artist, By-line, Creator, OwnerName,
// CameraOwnerName, BodySerialNumber, Copyright) name the officer who took the photo or tie it to their camera.
import { isSerialField, type ImageDetector } from '../../core/types.js';

export const cameraIdentity: ImageDetector = {
  kind: 'image',
  id: 'image/camera-identity',
  title: 'Photographer or camera identity in metadata',
  description:
    'Flags metadata that names who took or owns the photo, or the camera body serial number: Artist, Creator, By-line, OwnerName, CameraOwnerName, BodySerialNumber, Copyright.',
  messages: {
    default: 'Photo metadata names its photographer or owner ({field}); strip it before posting',
    serial: 'Photo metadata holds the camera serial number ({field}), which ties the photo to one device',
  },
  cues: [
    { name: 'owner-field', description: 'a field naming the photographer or owner: Artist, Creator, By-line, OwnerName, CameraOwnerName, Copyright' },
    { name: 'serial-number', description: 'a camera body or lens serial number field (BodySerialNumber, SerialNumber)' },
  ],
  examples: { tp: [], fp: [] },
  detectImage(image) {
    return (image.meta?.identity ?? []).map((id) => {
      const field = id.tag.slice(id.tag.indexOf(':') + 1);
      const serial = isSerialField(field);
      return {
        source: 'metadata' as const,
        location: { tag: id.tag },
        confidence: serial ? 0.7 : 0.85,
        evidence: id.value,
        messageId: serial ? 'serial' : 'default',
        pattern: serial ? 'serial-number' : 'owner-field',
        data: { field },
      };
    });
  },
};
