/**
 * Helpers shared by the pii/* detectors: the agency's own contact details (which are never PII) and small text
 * windows around a candidate. Pure functions over the profile and the text.
 */
import type { AgencyProfile } from '../../core/types.js';

/**
 * The digits of a phone number, without a leading country code 1 on an 11-digit North American number, so
 * "(555) 010-2000", "555.010.2000" and "+1 555 010 2000" all compare equal.
 */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

const agencyPhoneCache = new WeakMap<AgencyProfile, Set<string>>();

/** The agency's published numbers as digit strings, plus their 7-digit local forms ("010-2000"). */
export function agencyPhones(agency: AgencyProfile): Set<string> {
  let set = agencyPhoneCache.get(agency);
  if (!set) {
    set = new Set<string>();
    for (const n of agency.phone_numbers) {
      const d = phoneDigits(n);
      if (!d) continue;
      set.add(d);
      if (d.length === 10) set.add(d.slice(3));
    }
    agencyPhoneCache.set(agency, set);
  }
  return set;
}

/** True when `domain` is one of the agency's e-mail domains or a subdomain of one (mail.riversidepd.gov). */
export function isAgencyDomain(domain: string, agency: AgencyProfile): boolean {
  const d = domain.toLowerCase().replace(/\.+$/, '');
  return agency.email_domains.some((raw) => {
    const a = raw.toLowerCase().replace(/^@/, '').replace(/\.+$/, '');
    return a !== '' && (d === a || d.endsWith(`.${a}`));
  });
}

/** Up to `n` characters before `start`. */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** Up to `n` characters after `end`. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n);
}

/**
 * A sentence end: ". ", "! ", "? " or a blank line, but not the dot of a title or a common abbreviation
 * ("Det. Ruiz", "St. John", "No. 5").
 */
const SENTENCE_END = /(?<!\b(?:dr|det|sgt|lt|mr|mrs|ms|ofc|st|mt|capt|cpl|jr|sr|no|inc|co|vs|ave|rd|apt|dept))[.!?]\s|\n\s*\n/gi;

/** `before`, cut at the last sentence boundary so a cue in the previous sentence does not count. */
export function clauseBefore(text: string, start: number, n: number): string {
  const w = before(text, start, n);
  let cut = -1;
  for (const m of w.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  return cut >= 0 ? w.slice(cut) : w;
}
