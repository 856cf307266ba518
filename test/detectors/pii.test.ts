// The pii/* detectors: rule ids and exact spans (UTF-16 offsets, end exclusive) against the fixtures' profile.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import type { AccountContext, Profile, TextDetector } from '../../src/core/types.js';
import { address } from '../../src/detectors/pii/address.js';
import { publishedStreetTypes, USPS_C1_STREET_SUFFIXES } from '../../src/detectors/vocab/street-types.js';
import { birthdate } from '../../src/detectors/pii/birthdate.js';
import { email } from '../../src/detectors/pii/email.js';
import { phone } from '../../src/detectors/pii/phone.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

function run(detector: TextDetector, text: string, context: AccountContext = 'personal', p: Profile = profile) {
  return detectText({ text, source: 'text' }, { context, profile: p, detectors: [detector] });
}

/** The spans a detector reports, as [start, end] pairs. */
function spans(detector: TextDetector, text: string, context: AccountContext = 'personal', p: Profile = profile) {
  return run(detector, text, context, p).map((h) => [h.start, h.end]);
}

/** The [start, end] of `part` inside `text` (first occurrence). */
function at(text: string, part: string): [number, number] {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return [start, start + part.length];
}

function expectSpans(detector: TextDetector, text: string, parts: string[], context: AccountContext = 'personal') {
  expect(spans(detector, text, context)).toEqual(parts.map((p) => at(text, p)));
}

describe('pii/address', () => {
  it('knows the published street types: USPS C1, Canada Post, UK and Australian', () => {
    expect(USPS_C1_STREET_SUFFIXES.every((row) => row.split(',').length === 3)).toBe(true);
    expect(publishedStreetTypes()).toEqual(expect.arrayContaining(['aly', 'allee', 'stravenue', 'pde', 'cct', 'tce', 'wynd', 'concession']));
    expectSpans(address, 'Moved into 14 Hillside Pde, Unit 3 last week', ['14 Hillside Pde, Unit 3']);
    expectSpans(address, 'Party at 12 Acacia Cct, Kellyville NSW 2155', ['12 Acacia Cct']);
    expectSpans(address, 'Send it to 27 Kings Chase, Flat 4', ['27 Kings Chase, Flat 4']);
    expectSpans(address, 'Address: 19 Wattle Bvd', ['19 Wattle Bvd']);
    // A table type that is an everyday noun needs the evidence of an address, as before.
    expect(spans(address, 'He scored 3 goals at Park Cross on Saturday')).toEqual([]);
    expect(spans(address, 'I ran 5 Mile Loop today')).toEqual([]);
    // A continental ending stays one ("Trenerys gate 232"), though "gate" is also a UK type.
    expectSpans(address, '2224 Trenerys gate 232\nApt. 342', ['2224 Trenerys gate 232\nApt. 342']);
  });

  it('reports a house number and street with its unit, not the town after it', () => {
    const text = 'Finally moved in! Housewarming Saturday at 1423 Elm Street, Apt 2B, Riverside. BYOB.';
    expectSpans(address, text, ['1423 Elm Street, Apt 2B']);
    expect(run(address, text)[0].ruleId).toBe('pii/address');
  });

  it('reads abbreviated types, directions, lowercase drafts and Queens-style numbers', () => {
    expectSpans(address, "it's on the curb at 88 Birchwood Ln until Sunday.", ['88 Birchwood Ln']);
    expectSpans(address, 'Catch me at 1600 Pennsylvania Ave NW tonight', ['1600 Pennsylvania Ave NW']);
    expectSpans(address, 'come thru 221 river rd after 8', ['221 river rd']);
    expectSpans(address, 'Party at 45-12 Bell Blvd tonight', ['45-12 Bell Blvd']);
    expectSpans(address, 'Go to 221B Baker Street.', ['221B Baker Street']);
    // user test 25, P1-5: a type word inside the name ("Ridge") before the sure type
    expectSpans(address, 'Witness Jane Porter, 52, of 88 Oak Ridge Rd, helped', ['88 Oak Ridge Rd']);
    expectSpans(address, 'Meet at 240 Pine Ridge Road tonight', ['240 Pine Ridge Road']);
    expectSpans(address, 'Meet at 1423 Elm St. Road works all week', ['1423 Elm St.']);
  });

  it('includes a US postal line (city, state, ZIP) when there is one', () => {
    const text = 'Mail goes to 9 Orchard Hill Rd, Unit 2, Harbor City, NY 10001';
    expectSpans(address, text, ['9 Orchard Hill Rd, Unit 2, Harbor City, NY 10001']);
  });

  it('reports an official venue address too', () => {
    const text = 'Drop off donations for the toy drive at 400 Commerce Blvd this week.';
    expectSpans(address, text, ['400 Commerce Blvd'], 'official');
  });

  it('reports PO boxes and military mail', () => {
    expectSpans(address, 'Send the forms to PO Box 4471, Harbor City.', ['PO Box 4471']);
    expectSpans(address, 'Ship it to PSC 3294, Box 9168, APO AA 61487 please', ['PSC 3294, Box 9168, APO AA 61487']);
    expect(run(address, 'Send the forms to PO Box 4471.')[0].message).not.toBe('');
  });

  it('reads continental layouts: street then number, and French number-first', () => {
    expectSpans(address, 'She lives at Koskikatu 25 now.', ['Koskikatu 25']);
    expectSpans(address, 'Our flat is at Via dei Fiorentini 17, third floor.', ['Via dei Fiorentini 17']);
    expectSpans(address, 'The bakery is on Friedrichstraße 112 in Berlin.', ['Friedrichstraße 112']);
    expectSpans(address, 'Our friends live at 29 Rue de la République now.', ['29 Rue de la République']);
    expectSpans(address, 'The office is at Király u. 15. on the second floor.', ['Király u. 15']);
  });

  it('takes in the lines of a letter-style address block', () => {
    const text = 'Maria Rossi\n2274 Via delle Coste 41\nApt. 322\nColle Di Tora\nItaly 95787';
    expectSpans(address, text, ['2274 Via delle Coste 41\nApt. 322\nColle Di Tora\nItaly 95787']);
  });

  it('stops at a full stop that ends the sentence, not at one that ends an abbreviation', () => {
    // the span is what sanitize replaces: the next line is the post's next sentence, not a city
    expectSpans(address, 'Party at 1423 Elm Street.\nBring snacks.', ['1423 Elm Street']);
    expectSpans(address, 'Send it to 12 Elm St.\nSpringfield, IL 62704', ['12 Elm St.\nSpringfield, IL 62704']);
  });

  it('reports a bare street name after a residence word', () => {
    expectSpans(address, 'I live at 45 Elmwood and my neighbor is loud', ['45 Elmwood']);
    expectSpans(address, 'Yard sale at 1207 Sycamore, everything priced to go', ['1207 Sycamore']);
  });

  it('keeps UTF-16 offsets after emoji', () => {
    const text = '🎉🎉 Party at 12 Oak St tonight';
    expect(spans(address, text)).toEqual([[14, 23]]);
    expect(text.slice(14, 23)).toBe('12 Oak St');
  });

  it.each([
    'Traffic advisory: Main Street between 4th and 6th Ave is closed until 3 PM.',
    'Meet us at the corner of Oak and 12th for the 5K tomorrow morning!',
    'We responded to a crash on Route 9 tonight.',
    'Crash on I-95 near exit 42, use Highway 61 instead.',
    'My apartment is 4B, and Suite 300 is the dentist.',
    'It is a 3 minute walk from the station.',
    'A 2 way street with 4 lane traffic.',
    'Top 10 Wall Street firms are hiring.',
    'Road closed between 100 and 200 Oak Street.',
    'The 300 block of Elm Street has the best lights.',
    'There are 3 Elm Street cafes now.',
    'Apollo 11 launched in 1969 and Windows 10 came out in 2015.',
    'Gate 12 is closing, Engine 12 and Ladder 5 responded, Unit 7 en route.',
    'VIDEO: Live in Stockholm 2012',
    'Three ways to save this week via Couponing 4 You',
    'See you at 100 Followers!',
    'Hangar 3 perimeter road is shut while crews work on the fence.',
    'Use Berth 12 Container Drive entrance for the ferry today.',
    'Warehouse 14 Industrial Way is on fire, avoid the area.',
    'Terminal 2 Arrivals Road pickup lane is coned off.',
    'Lot 5 North Lane parking is full, try the garage.',
    'Visa form asks for date of birth 3 Feb 1987, place of birth Harbor City and more.',
    'Since March 2010 Harbor Blvd has been one way.',
  ])('does not report: %s', (text) => {
    expect(spans(address, text)).toEqual([]);
  });

  it('a numbered pier, gate or building before a real house number does not hide it', () => {
    expectSpans(address, 'Training is in Building 7, 200 Harbor Rd at noon.', ['200 Harbor Rd']);
    expectSpans(address, 'Gate 4 at 1200 Waterfront Blvd opens at 9.', ['1200 Waterfront Blvd']);
    expectSpans(address, 'I live at 22 Dock Street now.', ['22 Dock Street']);
  });
});

describe('pii/birthdate', () => {
  it('reports the date after DOB, date of birth and born', () => {
    expectSpans(birthdate, 'DOB 03/22/1979, in case HR asks again lol', ['03/22/1979']);
    expectSpans(birthdate, 'Happy 40th to my wife, born June 14, 1986 — love you babe!', ['June 14, 1986']);
    expectSpans(birthdate, 'date of birth: 14 June 1986', ['14 June 1986']);
    expectSpans(birthdate, 'Twins were born on 4/9/2021 and have not slept since.', ['4/9/2021']);
    expectSpans(birthdate, 'On March 3, 2018 Liam was born.', ['On March 3, 2018']);
  });

  it('reports a birthday or an age tied to a relative day', () => {
    expectSpans(birthdate, 'My little guy turns 6 today!! Time flies.', ['turns 6 today']);
    expectSpans(birthdate, 'my birthday is tomorrow and I am on nights', ['birthday is tomorrow']);
    expectSpans(birthdate, 'His 10th birthday this Saturday the 14th, still no gift.', ['birthday this Saturday the 14th']);
    expectSpans(birthdate, "Today is my daughter's birthday!", ["Today is my daughter's birthday"]);
    expectSpans(birthdate, '5 days till my birthday', ['5 days till my birthday']);
    expectSpans(birthdate, 'Grandpa is 92 today and still beats everyone at cards.', ['is 92 today']);
    expectSpans(birthdate, 'Happy birthday to my boys. Three today!', ['Three today']);
    expectSpans(birthdate, 'Our twins were born this morning, 6 lbs each.', ['born this morning']);
    expectSpans(birthdate, 'Today I turn 40', ['Today I turn 40']);
    expect(run(birthdate, 'my birthday is tomorrow')[0].ruleId).toBe('pii/birthdate');
  });

  it('reads chat spellings and short weekdays for the day an age is reached', () => {
    expectSpans(birthdate, 'my little man is 4 tmrw and wants a dinosaur cake', ['is 4 tmrw']);
    expectSpans(birthdate, 'Hard to believe Theo turns 9 this Sun the 3rd!!', ['turns 9 this Sun the 3rd']);
    expectSpans(birthdate, "She'll be 8 on Tuesday and still can't tie her shoes", ['be 8 on Tuesday']);
    expectSpans(birthdate, 'Tomorrow my nephew hits 21, lock up the bar', ['Tomorrow my nephew hits 21']);
  });

  it('reports a milestone age ("the big 4-0") tied to a day, in either order', () => {
    expectSpans(birthdate, 'Big 6-0 for my mum on Friday the 2nd, cake is ordered', ['Big 6-0 for my mum on Friday the 2nd']);
    expectSpans(birthdate, 'The big 3-0 tomorrow and my knees already know', ['big 3-0 tomorrow']);
    expectSpans(birthdate, 'Saturday is the big four-oh for me, be gentle', ['Saturday is the big four-oh']);
  });

  it('reports a birthday word and a calendar date in the same sentence, in any order', () => {
    expectSpans(birthdate, 'Same bday as my grandad lol, both 9th of October', ['9th of October']);
    expectSpans(birthdate, 'a proper 1st of April baby, the jokes never stop', ['1st of April']);
    expectSpans(birthdate, 'My bday is 23/04, mark your calendars', ['bday is 23/04']);
    expectSpans(birthdate, "Hubby's 50th is 14 June, booked a table", ["Hubby's 50th is 14 June"]);
    expectSpans(birthdate, "My sister's 21st is on the 14th, send ideas", ["sister's 21st is on the 14th"]);
  });

  it.each([
    'Happy birthday!',
    'Happy birthday to the United States Navy! 250 years of service.',
    'Birthday party for the twins at Chuck E. Cheese was chaos. Pizza everywhere.',
    'Birthday party this Saturday, bring a swimsuit.',
    'Born ready. Born and raised in Harbor City.',
    'Harbor City PD was founded on June 14, 1890. Happy birthday to us!',
    'Our department turns 100 today! Thanks for a century of support.',
    'K9 Rex turns 6 today, give him a treat.',
    'The high will be 90 tomorrow, stay hydrated.',
    'Portland is 90 today.',
    'Apollo 11 turns 50 today.',
    'Happy Birthday to the Commodore 64, you are 30 today',
    'Born on the Fourth of July is on TV tonight.',
    'Happy 4th today everyone!',
    'I was born in 1986.',
    'Birthday money went on concert tickets for June 14th.',
    'Best birthday ever! Off to Paris on 22nd March.',
    'Bday shopping done, delivery booked for 5th May.',
    'June 14th baby shower for my sister, bring a card.',
    'Due 3 May, baby number two is on the way.',
    'The big 50 inch TV arrives tomorrow.',
    'The big 40 tomorrow night sale at the mall.',
    'Tomorrow the high hits 90 again.',
    'The team is 5-0 today, happy days.',
    'Big 50 for the department on Sunday the 9th.',
    'my 2nd today, arm is sore.',
    "Bob's 40th game is next Friday.",
  ])('does not report: %s', (text) => {
    expect(spans(birthdate, text)).toEqual([]);
  });
});

describe('pii/phone', () => {
  it('reports personal numbers in common layouts', () => {
    expectSpans(phone, 'Selling my truck, text me at 555-313-9921 if interested.', ['555-313-9921']);
    expectSpans(phone, 'New number, save it: (555) 402-7788!', ['(555) 402-7788']);
    expectSpans(phone, 'Ring my sister on 555.214.9087 for the keys.', ['555.214.9087']);
    expectSpans(phone, 'Lost dog found near the park, call my cell 555 402 7788', ['555 402 7788']);
    expectSpans(phone, 'My UK mobile while I travel: +44 20 7946 0958', ['+44 20 7946 0958']);
    expectSpans(phone, 'call me 5554027788 after 6', ['5554027788']);
    expectSpans(phone, 'Desk: 345-899-3560x4587', ['345-899-3560x4587']);
    expectSpans(phone, 'Not answering at 555-0143, try later', ['555-0143']);
  });

  it('reads a letter O opening a group, and keycap emoji digits (user test 27, U1-3)', () => {
    expectSpans(phone, 'new number 413-555-O182 text me', ['413-555-O182']);
    expectSpans(phone, 'Call me 413 555 o182 after work', ['413 555 o182']);
    expectSpans(phone, 'new number 4\ufe0f\u20e31\ufe0f\u20e33\ufe0f\u20e3-5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e3-0\ufe0f\u20e31\ufe0f\u20e38\ufe0f\u20e32\ufe0f\u20e3 text me', [
      '4\ufe0f\u20e31\ufe0f\u20e33\ufe0f\u20e3-5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e3-0\ufe0f\u20e31\ufe0f\u20e38\ufe0f\u20e32\ufe0f\u20e3',
    ]);
    expectSpans(phone, 'new number 4\u20e31\u20e33\u20e3-5\u20e35\u20e35\u20e3-0\u20e31\u20e38\u20e32\u20e3 text me', [
      '4\u20e31\u20e33\u20e3-5\u20e35\u20e35\u20e3-0\u20e31\u20e38\u20e32\u20e3',
    ]);
    // a word with an o before a number is no phone group
    expectSpans(phone, 'Meet at the Rio 555 on Friday', []);
  });

  it('reports UK and Australian layouts with a trunk 0', () => {
    expectSpans(phone, 'Plumber was brilliant, 07700 900123 if anyone needs one', ['07700 900123']);
    expectSpans(phone, 'Ring me on 0412 555 019 after work', ['0412 555 019']);
    expectSpans(phone, 'Bookings on 020 7946 0321 please', ['020 7946 0321']);
  });

  it('reports a number spelled out in words after a phone word', () => {
    expectSpans(phone, 'call my brother on six one seven, two two oh, nine nine one three', ['six one seven, two two oh, nine nine one three']);
    expectSpans(phone, 'ring me on oh seven seven double oh, nine double oh one two three', ['oh seven seven double oh, nine double oh one two three']);
    expectSpans(phone, 'my number is five-five-five-three-one-oh-two-two-eight-eight', ['five-five-five-three-one-oh-two-two-eight-eight']);
    expect(spans(phone, 'Call us on five five five, oh one four, three oh oh oh', 'official')).toEqual([]);
    expect(spans(phone, 'I counted one two three four five six seven eight sheep, call me lazy')).toEqual([]);
    expect(spans(phone, 'Call me when you get to level five, six or seven')).toEqual([]);
    expect(spans(phone, 'Call us on five five five, oh one four, three thousand')).toEqual([]);
  });

  it("reads every region's formats through libphonenumber's metadata, the profile's region first", () => {
    expectSpans(phone, 'Back in Adelaide, the landline is (08) 7306 1098', ['(08) 7306 1098']);
    expectSpans(phone, 'New mobile 0478 010 783, old one is gone', ['0478 010 783']);
    expectSpans(phone, 'Staying with my aunt in Birmingham, +44 121 184 6156', ['+44 121 184 6156']);
    expectSpans(phone, 'Ring 09 123 4567 when you land in Auckland', ['09 123 4567']);
    // A valid number after an identifier word is still no phone number.
    expect(spans(phone, 'Reference 0478 010 783')).toEqual([]);
  });

  it('leaves toll-free, premium and shared-cost lines alone in any region', () => {
    expect(spans(phone, 'Domestic abuse? Call free on 0808 2000 247, day or night.')).toEqual([]);
    expect(spans(phone, 'Check scams with the Citizens Advice Consumer Service on 03454 04 05 06')).toEqual([]);
    expect(spans(phone, 'Free advice: 1800 551 800')).toEqual([]);
    // In the profile's own region the line type is known; elsewhere a phone word keeps a guessed UAN.
    const gb: Profile = { ...profile, agency: { ...profile.agency, region: 'GB' } };
    expect(spans(phone, 'Phone: 0345 404 0506', 'personal', gb)).toEqual([]);
    expectSpans(phone, 'Phone: 083 564 9312', ['083 564 9312']);
  });

  it('needs a phone word for layouts that are not clearly phone numbers', () => {
    expectSpans(phone, 'Phone:\n0490 75 40 81', ['0490 75 40 81']);
    expect(spans(phone, 'Reference 0490 75 40 81')).toEqual([]);
    expect(spans(phone, 'Order total 5554027788')).toEqual([]);
  });

  it("leaves the agency's own numbers alone whatever their formatting", () => {
    for (const text of ['Call (555) 014-3000.', 'Call 555.014.3000', 'Call +1 555 014 3000', 'Call 1-555-014-3000', 'call 014-3000']) {
      expect(spans(phone, text, 'official')).toEqual([]);
    }
  });

  it('compares digits against the profile it is given', () => {
    const custom: Profile = { ...profile, agency: { ...profile.agency, phone_numbers: ['555-313-9921'] } };
    expect(spans(phone, 'text me at 555-313-9921', 'personal', custom)).toEqual([]);
    expect(spans(phone, 'text me at 555-313-9921')).toEqual([at('text me at 555-313-9921', '555-313-9921')]);
  });

  it.each([
    'Anonymous tips: 1-800-555-0199. In an emergency dial 911.',
    'Crime Stoppers tip line: 555-013-8477',
    'Call our tipline at 555-201-3344 with information.',
    'Suicide hotline 1-800-273-8255, or call or text 988.',
    'Call 311 for potholes.',
    'Case #2026-11873 is moving along.',
    'From 1990-1999 I lived in three states.',
    'Born 03-22-1979, graduated 2001.',
    'The console costs $499.99 and ships 2024-11-15.',
    'Final score 3-1, and we play again at 7:30.',
    'Badge 4471 2290 was retired in the ceremony.',
    'Mail it to ZIP 02134-1234 please.',
    'Server at 192.168.100.200 is down.',
    'My credit card number is 4111 1111 1111 1111',
    'My driver license number is 6940579',
    'SSN 853-37-1694 on the form',
  ])('does not report: %s', (text) => {
    expect(spans(phone, text)).toEqual([]);
  });
});

describe('pii/email', () => {
  it('reports plain addresses', () => {
    expectSpans(email, 'Reach me directly at renee.w83@gmail.com for the carpool list.', ['renee.w83@gmail.com']);
    expectSpans(email, 'Contact: s.perrault@mail.example.co.uk.', ['s.perrault@mail.example.co.uk']);
  });

  it('reports spaced-out and spelled-out addresses', () => {
    expectSpans(email, 'OCR of the flyer: higgins @ example. com', ['higgins @ example. com']);
    expectSpans(email, 'my old address was jane dot doe at example dot com, still works', ['jane dot doe at example dot com']);
    expectSpans(email, 'email me: jdoe1990 [at] example [dot] com', ['jdoe1990 [at] example [dot] com']);
    expectSpans(email, 'mail jdoe(at)example.com', ['jdoe(at)example.com']);
  });

  it("leaves the agency's domain and its subdomains alone", () => {
    expect(spans(email, 'Email info@harborcitypd.example.gov or records@foia.harborcitypd.example.gov', 'official')).toEqual([]);
    const text = 'Write to x@harborcitypd.example.gov.evil.com';
    expectSpans(email, text, ['x@harborcitypd.example.gov.evil.com']);
  });

  it.each([
    'Follow @HarborCityPD for updates.',
    'Follow @someone.com for deals',
    'Retina asset is logo@2x.png in the repo.',
    'Install it with npm i clearpost@1.2.3 today.',
    "I'm at home dot watching the game.",
    'Our book club meets @ 7 tonight.',
  ])('does not report: %s', (text) => {
    expect(spans(email, text)).toEqual([]);
  });
});

describe('pii/address stops at the line end unless the next line is the town (user test 27, U2-8)', () => {
  it('leaves the post\'s next lines, a Word table\'s cells, out of the address', () => {
    expectSpans(address, 'Toy drive Saturday at 14 Pinecrest Ct.\nBring unwrapped toys\nThanks all', ['14 Pinecrest Ct.']);
    expectSpans(address, 'Meet at 22 Maple Street\nBring unwrapped toys', ['22 Maple Street']);
    expectSpans(address, '14 Pinecrest Ct.\nContact\nPriya Raghunathan', ['14 Pinecrest Ct.']);
  });

  it('still takes the town, region and postcode lines under it', () => {
    expectSpans(address, 'Send it to 12 Elm St.\nSpringfield\nIL 62704', ['12 Elm St.\nSpringfield\nIL 62704']);
    expectSpans(address, '28030 Edeby 55\n Apt. 297\n TYSTBERGA\n Sweden 99178', ['28030 Edeby 55\n Apt. 297\n TYSTBERGA\n Sweden 99178']);
    expectSpans(address, '0138 Brisas 6802\n Suite 084\n María Albina\n Uruguay 77212', ['0138 Brisas 6802\n Suite 084\n María Albina\n Uruguay 77212']);
  });
});

describe('pii/phone on the official account: a number given as a person\'s own (user test 27, U2-1)', () => {
  it('reports "text me", "call me", a number to text and a private person named by a given name', () => {
    for (const [text, number] of [
      ['Text me 413-555-0182 if u get lost', '413-555-0182'],
      ['Call me at 413-555-0190 about the couch, my cell', '413-555-0190'],
      ['Tips for the family: call Karen at 413-555-0148.', '413-555-0148'],
      ['Ask Officer Reyes: jreyes.mf@gmail.com or text 413-555-0133', '413-555-0133'],
    ])
      expect(spans(phone, text, 'official'), text).toEqual([at(text, number)]);
  });

  it('leaves the department\'s lines: a unit, a tip line, an appeal, "text us"', () => {
    for (const text of [
      'Questions about the clinic? Text us on 555-470-2218.',
      'Anyone with information call or text 555-310-2290.',
      'Call Crime Stoppers at 555-310-2290.',
      'Call Springfield Animal Control at 555-310-2290.',
      'Anyone with information is asked to call Det. Ruiz at 555-0142.',
    ])
      expect(spans(phone, text, 'official'), text).toEqual([]);
  });
});

describe('pii/phone: a private person or a relative named as the one who answers (user test 30, U30-2)', () => {
  it('reports a private person\'s line on either account, appeal or tip-line words or not', () => {
    for (const [text, number] of [
      ['Witness Gloria Ruiz can be reached at 914-555-0187', '914-555-0187'],
      ['Anyone with information call her mother at 914-555-0162.', '914-555-0162'],
      ['Anyone with information about the crash can reach her at 914-555-0162.', '914-555-0162'],
      ['Anyone with information please call his cell 914-555-0187', '914-555-0187'],
      ['Volunteer with Meals on Wheels! Contact coordinator Linda at 555-291-7730.', '555-291-7730'],
      ["Contact the church's volunteer lead, Pam Okafor, on 555-210-6627.", '555-210-6627'],
      ['Lost a bike? Anyone with information, the finder, Mrs. Pettit, can be reached on 555-847-2290.', '555-847-2290'],
    ])
      for (const context of ['personal', 'official'] as const) expect(spans(phone, text, context), `${context}: ${text}`).toEqual([at(text, number)]);
  });

  it('leaves a ranked officer\'s line in an appeal, tip lines, units and firms', () => {
    for (const text of [
      'Anyone with information is asked to contact Detective Amy Lin at 555-010-2000.',
      'Anyone with info is asked to call Det. J. Arnold at (910) 824-9539 or Crimestoppers',
      'Anyone with information should call Crime Stoppers at 914-555-0187',
      'Anyone with information call Grace Church at 914-555-0187',
      'Anyone with information call Chase Bank at 914-555-0187',
      'Anyone with information, contact the Property Unit at 914-555-0187.',
    ])
      for (const context of ['personal', 'official'] as const) expect(spans(phone, text, context), `${context}: ${text}`).toEqual([]);
    // a detective's desk in an official appeal (real nc-police posts); on a personal account any number is reported
    expect(spans(phone, 'Info? Call or text Detective J. Arnold at (910) 824-9539.', 'official')).toEqual([]);
  });
});

// User test 29, U29-15: the agency's own address ("HQ, 1 Police Plaza") on an official post was a pii/address warning
// and became [address] in the clean copy; the profile had no key for it.
describe("pii/address: the agency's own addresses (agency.addresses)", () => {
  const hq: Profile = { ...profile, agency: { ...profile.agency, addresses: ['1 Police Plaza, Harbor City, NY'] } };
  it('are never reported, whole or by number and street; anyone else\'s beside them still is', () => {
    const text = 'Drop unwrapped toys at HQ, 1 Police Plaza. Kevin lives at 52 Elm Street.';
    expect(spans(address, text, 'official', hq)).toEqual([at(text, '52 Elm Street')]);
    expect(spans(address, text, 'official')).toEqual([at(text, '1 Police Plaza'), at(text, '52 Elm Street')]);
    expect(spans(address, 'Meet at 11 Police Plaza for the walk', 'official', hq)).toEqual([at('Meet at 11 Police Plaza for the walk', '11 Police Plaza')]);
  });
});
