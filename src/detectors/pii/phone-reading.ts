/**
 * How Google's libphonenumber metadata reads a phone candidate (through libphonenumber-js, "max" metadata: the
 * per-type patterns, so validity is the strict check and the line type is known). pii/phone keeps its own rules on
 * top (agency numbers, tip lines, 911/311/988, 555 fiction numbers): this only says whether the digits form a real
 * number somewhere and what kind of line it is.
 */
import { createRequire } from 'node:module';
import type { CountryCode, NumberType } from 'libphonenumber-js/max';

type Lib = typeof import('libphonenumber-js/max');
let lib: Lib | undefined;
/** Loaded on the first phone candidate (a quarter of a second of start-up that --help, rules and most posts skip). */
const phoneLib = (): Lib => (lib ??= createRequire(import.meta.url)('libphonenumber-js/max') as Lib);

export interface PhoneReading {
  /** Valid in the metadata: a number that exists in the region's numbering plan. */
  valid: boolean;
  /** The region it was read in, and its line type (TOLL_FREE, MOBILE, FIXED_LINE, …) when valid. */
  country?: CountryCode;
  type?: NumberType;
  /** Read in a region other than the profile's, only because the layout fits there: the line type is a guess. */
  guessed?: boolean;
}

/** Line types that are never one person's phone: free, premium and shared-cost lines, universal access numbers. */
export const NOT_PERSONAL_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

/** English-speaking regions first (our users), then every other region the metadata knows. */
const FIRST = ['US', 'CA', 'GB', 'AU', 'NZ', 'IE'] as CountryCode[];
let regions: CountryCode[] | undefined;
function allRegions(): CountryCode[] {
  return (regions ??= [...FIRST, ...phoneLib().getCountries().filter((c) => !FIRST.includes(c))]);
}

/**
 * Read `raw` as a phone number. International form ("+44 121 184 6156", "0044 …") is read as written; national
 * form in `region` first, then, when it starts with a trunk 0 as most non-North-American plans do ("(08) 7306 1098",
 * "0478 010 783"), in every region in turn. A number without a trunk 0 is read only in `region`, so "555 402 7788"
 * is never taken for a British UAN.
 */
export function readPhone(raw: string, region: CountryCode): PhoneReading {
  const text = raw.replace(/\(0\)/g, ' ');
  const digits = text.replace(/\D/g, '');
  const international = /^\s*\+/.test(text) || /^00[1-9]/.test(digits);
  const tries: CountryCode[] = international ? [region] : /^0[1-9]/.test(digits) ? [region, ...allRegions()] : [region];
  const input = international && !/^\s*\+/.test(text) ? `+${digits.slice(2)}` : text;
  for (const country of tries) {
    const n = phoneLib().parsePhoneNumberFromString(input, country);
    if (n?.isValid()) return { valid: true, country: n.country ?? country, type: n.getType(), guessed: !international && country !== region };
  }
  return { valid: false };
}

/** The profile's region, or US. */
export function regionOf(region: string | undefined): CountryCode {
  return (region && phoneLib().isSupportedCountry(region) ? region : 'US') as CountryCode;
}
