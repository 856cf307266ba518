// image/gps: a photo that carries GPS coordinates (EXIF GPS IFD or XMP exif:GPSLatitude) tells anyone where it was
// taken (an officer's home, a safe house, a station's back lot): clause on location data in attachments.
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { distanceMetres } from './shared.js';

export const gps: ImageDetector = {
  kind: 'image',
  id: 'image/gps',
  title: 'GPS location in the photo',
  description:
    'Flags photos whose metadata holds GPS coordinates (EXIF or XMP), and names the sensitive place from the agency profile they fall in.',
  messages: {
    default: 'Photo metadata holds the GPS position where it was taken; strip location data before posting',
    sensitive: 'Photo metadata places it inside "{place}", which the department\'s profile names sensitive; strip location data before posting',
  },
  cues: [
    { name: 'gps-coordinates', description: 'GPS coordinates in the EXIF GPS IFD or XMP exif:GPSLatitude/GPSLongitude' },
    { name: 'sensitive-place', description: 'GPS coordinates inside a sensitive place of the agency profile (a station, a safe house)' },
  ],
  // Image detectors are exercised by test/detectors/image.test.ts on the generated fixtures.
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const g = image.meta?.gps;
    if (!g) return [];
    // The position is evidence, masked in reports unless --show-evidence: a message would print it in every report
    // (user test 25, P3-8: "about 43.07, -89.40", a neighbourhood, in JSON, SARIF, JUnit, the page and the cache).
    const data: Record<string, string | number> = {};
    let messageId = 'default';
    let pattern = 'gps-coordinates';
    let confidence = 0.95;
    const places = ctx.profile.agency.sensitive_places
      .map((p) => ({ p, d: distanceMetres(g.lat, g.lon, p.lat, p.lon) }))
      .filter(({ p, d }) => d <= p.radius_m)
      .sort((a, b) => a.d - b.d);
    if (places.length) {
      messageId = 'sensitive';
      pattern = 'sensitive-place';
      data.place = places[0].p.name;
      confidence = 0.99;
    }
    // A place the department named sensitive is an error on either account, whatever the packs give GPS in general
    // (an info on the official account: user test 29, U29-34; user test 30, U30-9); `severity: warning` on every
    // place it falls in lowers it to a warning. The profile's entry is what the finding cites where no pack has a
    // clause on location data (new-haven, takoma-park).
    const floor = places.length ? (places.every(({ p }) => p.severity === 'warning') ? 'warning' : 'error') : undefined;
    const match: ImageMatch = {
      source: 'metadata',
      location: { tag: g.tag },
      confidence,
      evidence: `${g.lat.toFixed(6)}, ${g.lon.toFixed(6)}`,
      messageId,
      data,
      pattern,
      ...(floor ? { severityFloor: floor, profileEntry: { key: 'sensitive_places', name: places[0].p.name } } : {}),
    };
    return [match];
  },
};
