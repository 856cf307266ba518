/** The registry of detectors. Adding a detector is one file plus one line here. */
import type { Detector, DetectorSet, ImageDetector, TextDetector } from '../core/types.js';
import { address } from './pii/address.js';
import { birthdate } from './pii/birthdate.js';
import { phone } from './pii/phone.js';
import { email } from './pii/email.js';
import { badgeNumber } from './id/badge-number.js';
import { departmentMoniker } from './id/department-moniker.js';
import { coworker } from './id/coworker.js';
import { selfAffiliation } from './id/self-affiliation.js';
import { undercover } from './id/undercover.js';
import { crimeScene } from './case/crime-scene.js';
import { investigation } from './case/investigation.js';
import { profanity } from './conduct/profanity.js';
import { bias } from './conduct/bias.js';
import { political } from './conduct/political.js';
import { alcohol } from './conduct/alcohol.js';
import { gps } from './image/gps.js';
import { peopleTags } from './image/people-tags.js';
import { cameraIdentity } from './image/camera-identity.js';
import { thumbnail } from './image/thumbnail.js';
import { policeMarkings } from './image/police-markings.js';
import { faces } from './image/faces.js';
import { markedVehicle } from './image/marked-vehicle.js';
import { uniform } from './image/uniform.js';
import { crimeSceneImage } from './case/crime-scene-image.js';

export const textDetectors: TextDetector[] = [
  address,
  birthdate,
  phone,
  email,
  badgeNumber,
  departmentMoniker,
  coworker,
  selfAffiliation,
  undercover,
  crimeScene,
  investigation,
  profanity,
  bias,
  political,
  alcohol,
];

/** Image detectors (metadata, OCR layout, faces, picture cues); filled by the image pipeline. */
export const imageDetectors: ImageDetector[] = [
  gps,
  peopleTags,
  cameraIdentity,
  thumbnail,
  policeMarkings,
  faces,
  markedVehicle,
  uniform,
  crimeSceneImage,
];

export const allDetectors: Detector[] = [...textDetectors, ...imageDetectors];

/** Every detector, as the engine receives them (the CLI and the scripts hand this to the Screener). */
export const registry: DetectorSet = { text: textDetectors, image: imageDetectors };

/** Every rule id some detector can report, including ids emitted on another detector's behalf. */
export function knownRuleIds(): Set<string> {
  const ids = new Set<string>();
  for (const d of allDetectors) {
    ids.add(d.id);
    for (const e of d.emits ?? []) ids.add(e);
  }
  return ids;
}
