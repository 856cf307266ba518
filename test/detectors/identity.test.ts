// The identity detectors: badge numbers, department monikers, co-workers, self-affiliation, undercover members.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import type { AccountContext, Profile } from '../../src/core/types.js';
import { isDepartmentMoniker, monikerVocab } from '../../src/detectors/id/department-moniker.js';
import { prepareRoster, rosterMentions } from '../../src/detectors/id/roster.js';
import { speakerNotPolice } from '../../src/detectors/id/self-affiliation.js';
import { textDetectors } from '../../src/detectors/index.js';
import { analyze } from '../../src/nlp/index.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

/** Hits of one rule as [evidence, start, end]. */
function hits(text: string, rule: string, context: AccountContext = 'personal', p: Profile = profile) {
  return detectText({ text, source: 'text' }, { context, profile: p, detectors: textDetectors })
    .filter((h) => h.ruleId === rule)
    .map((h) => [text.slice(h.start, h.end), h.start, h.end] as const);
}

function evidence(text: string, rule: string, context: AccountContext = 'personal', p: Profile = profile): string[] {
  return hits(text, rule, context, p).map((h) => h[0]);
}

describe('id/badge-number', () => {
  // the file's first call loads the detectors and compromise's lexicon: room for a loaded shared machine
  it('spans the keyword and the number', () => {
    const text = '20 years ago today I pinned on badge #4471 for the first time.';
    expect(hits(text, 'id/badge-number')).toEqual([['badge #4471', 31, 42]]);
  }, 20_000);

  it('reads shield, tax registry, star and rank-number forms', () => {
    expect(evidence('Shield 12345 retired today.', 'id/badge-number')).toEqual(['Shield 12345']);
    expect(evidence('tax reg 771204 lol', 'id/badge-number')).toEqual(['tax reg 771204']);
    expect(evidence('Tax Registry no. 918273, 15 years in.', 'id/badge-number')).toEqual(['Tax Registry no. 918273']);
    expect(evidence('Star #11235 signing off.', 'id/badge-number')).toEqual(['Star #11235']);
    expect(evidence('Officer Morales #4471 was first on scene.', 'id/badge-number')).toEqual(['Officer Morales #4471']);
  });

  it('reads a number in brackets, and employee ids only in police context', () => {
    expect(evidence('Lost my badge (#3068) at the gym.', 'id/badge-number')).toEqual(['badge (#3068']);
    expect(evidence('My hospital employee ID 55120 gets me a discount.', 'id/badge-number')).toEqual([]);
    expect(evidence('Police employee ID 44812 for the overtime slip.', 'id/badge-number')).toEqual(['employee ID 44812']);
  });

  it('leaves case numbers, serials, scout and event badges, ratings and order ids alone', () => {
    for (const text of [
      'Case #2026-11873 is finally moving.',
      'Weapon serial number 4471882 was logged.',
      'He earned his scout badge 3 times.',
      'Comic-Con badge #4471 picked up!',
      'Badge day at the academy!',
      'Rated 4 star by 1200 reviewers.',
      'Order ID 554433 still has not shipped.',
      'Took 4471 steps today.',
    ]) {
      expect(evidence(text, 'id/badge-number'), text).toEqual([]);
    }
  });

  it('reads numbers with words between, pinned-on numbers and British collar numbers', () => {
    expect(evidence('Collected my warrant card this afternoon - number 70215.', 'id/badge-number')).toEqual([
      'warrant card this afternoon - number 70215',
    ]);
    expect(evidence("Uncle Ray's old shield, no. 5127, hangs in the den.", 'id/badge-number')).toEqual(['shield, no. 5127']);
    expect(evidence('Pinned on #3390 ten years back today.', 'id/badge-number')).toEqual(['Pinned on #3390']);
    expect(evidence('PC 6120 Marsh took the statement.', 'id/badge-number')).toEqual(['PC 6120']);
    expect(evidence('My tin number is #4410, for the OT sheet, shift starts at 6.', 'id/badge-number')).toEqual(['tin number is #4410']);
  });

  it('leaves stars of the week, tree stars, computers and tins of food alone', () => {
    for (const text of [
      'Star of the week, no. 12 on the class chart!',
      'Pinned the star on the tree at last.',
      'My PC 2000 still boots fine.',
      'Tin 3 of 12 in the advent calendar.',
      'Pinned tweet: ticket #2 for the raffle.',
    ]) {
      expect(evidence(text, 'id/badge-number'), text).toEqual([]);
    }
  });
});

describe('id/department-moniker', () => {
  it('spans the whole handle', () => {
    const text = 'Shoutout to @jsmith_5thpct for the coffee';
    expect(hits(text, 'id/department-moniker')).toEqual([['@jsmith_5thpct', 12, 26]]);
  });

  it('joins police or department identifiers to names and nicknames', () => {
    for (const h of [
      '@nypd_johndoe',
      '@053Pct_janedoe',
      '@071pct_maria',
      '@deputy_rick_cso',
      '@bluelinemom_kat',
      '@copmom_jess',
      'sam_harborcitypd',
      '@hcpd_johnny',
      '@SgtSmithHCPD',
      '@TrooperTaylor',
      '@leo_wife_jen',
      '@harbor_pd_mike',
    ]) {
      expect(isDepartmentMoniker(h, monikerVocab(profile)), h).toBe(true);
    }
  });

  it('does not take official accounts, department accounts or handles without a police identifier', () => {
    for (const h of [
      '@HarborCityPD',
      '@HCPD_5thPct',
      '@HCPD_Chief',
      '@OttawaPolice',
      '@VictoriaPolice',
      '@nypd_news',
      '@johnny.lifts',
      '@copperkettle_bakery',
      '@coppola_fan',
      '@Liso_The_Gawd',
      '@OhSo_Pretty',
      '@pdx_mike',
      '@blueline_mom',
    ]) {
      expect(isDepartmentMoniker(h, monikerVocab(profile)), h).toBe(false);
    }
  });

  it('finds bare and cued usernames, but not e-mail domains, hashtags or web addresses', () => {
    expect(evidence('new insta: copmom_jess', 'id/department-moniker')).toEqual(['copmom_jess']);
    expect(evidence('IG: nypdjohnny', 'id/department-moniker')).toEqual(['nypdjohnny']);
    expect(evidence('Email info@harborcitypd.example.gov', 'id/department-moniker')).toEqual([]);
    expect(evidence('Proud day. #HCPD #nypd_johndoe', 'id/department-moniker')).toEqual([]);
    expect(evidence('Check www.hcpd.gov for updates', 'id/department-moniker')).toEqual([]);
  });
});

describe('id/coworker', () => {
  it('spans rank and name, without a possessive', () => {
    const text = "Officer Tom Becker's new house is lovely.";
    expect(hits(text, 'id/coworker')).toEqual([['Officer Tom Becker', 0, 18]]);
    expect(evidence('Great shift with Sgt. Renee Whitfield tonight.', 'id/coworker')).toEqual(['Sgt. Renee Whitfield']);
  });

  it('takes chained, plural and weak ranks in police context', () => {
    expect(evidence('Det. Sgt. Clark is retiring.', 'id/coworker')).toEqual(['Det. Sgt. Clark']);
    expect(evidence('Deputy Chief Angela Reyes will lead the unit.', 'id/coworker')).toEqual(['Deputy Chief Angela Reyes']);
    expect(evidence('Shout out to Deputies Hale and Ruiz.', 'id/coworker')).toEqual(['Hale', 'Ruiz']);
    expect(evidence('Capt. Lopez from the 5th precinct stopped by.', 'id/coworker')).toEqual(['Capt. Lopez']);
    expect(evidence('Capt. Lopez stopped by the bake sale.', 'id/coworker')).toEqual([]);
  });

  it('rejects ranks of armies, companies, headlines and fiction', () => {
    for (const text of [
      'Army Sgt. Bowe Bergdahl left his base.',
      'Staff Sergeant Miller is home!',
      'Lieutenant Colonel Smith spoke.',
      'Our Chief Financial Officer Dana Price resigned.',
      'Police Officer Says Reports Not Her Role',
      'Officer Faces Charges After Crash',
      'Sergeant Pepper is my favourite album.',
      'Lt. Dan from Forrest Gump is the GOAT.',
      'P.O. Box 12 in town',
      'Deputy Mayor Chen cut the ribbon.',
      'Police are appealing for witnesses after a robbery at PC World.',
    ]) {
      expect(evidence(text, 'id/coworker'), text).toEqual([]);
    }
  });

  it('names roster members by handle always, by name only in a police context', () => {
    expect(evidence('Congrats @sperrault on the marathon!', 'id/coworker')).toEqual(['@sperrault']);
    expect(evidence('Dinner with Renee and Victor tonight.', 'id/coworker')).toEqual([]);
    expect(evidence('Long night on patrol, Renee kept us sane.', 'id/coworker')).toEqual(['Renee']);
    expect(evidence('Lindqvist chewed out the squad at roll call.', 'id/coworker')).toEqual(['Lindqvist']);
    expect(evidence('Victor Lindqvist won the chili cook-off.', 'id/coworker')).toEqual([]);
    expect(evidence('Thank you Sam Perrault for 15 years.', 'id/coworker', 'official')).toEqual(['Sam Perrault']);
  });

  it('takes a bare given name only with police work in its sentence', () => {
    expect(evidence('Sam covered my shift at the precinct.', 'id/coworker')).toEqual(['Sam']);
    expect(evidence('Watching Cops with Renee tonight lol.', 'id/coworker')).toEqual([]);
    expect(evidence('The officers were kind to Renee after the crash.', 'id/coworker')).toEqual([]);
    expect(evidence("Renee's shift at the hospital ran late.", 'id/coworker')).toEqual([]);
    expect(evidence('Sam Rockwell plays a cop in that movie.', 'id/coworker')).toEqual([]);
    expect(evidence('Renee and I responded to a domestic last night.', 'id/coworker')).toEqual(['Renee']);
  });

  it("takes an undercover member's given name in lower case only when the name is no word as well (U30-1)", () => {
    const member = (name: string) => ({ name, rank: 'Detective', handles: [], consent: false, undercover: true, photos: [] });
    const p: Profile = { ...profile, roster: [member('Dmitri Volkov'), member('Chase Miller'), member('Kenji Watanabe')] };
    const shift = (name: string) => `shoutout to ${name} for covering my shift tonight, the vice guys never get credit`;
    expect(evidence(shift('dmitri'), 'id/undercover', 'personal', p)).toEqual(['dmitri']);
    expect(evidence(shift('kenji'), 'id/undercover', 'personal', p)).toEqual(['kenji']);
    expect(evidence(shift('Chase'), 'id/undercover', 'personal', p)).toEqual(['Chase']);
    // "chase" is a word as well as a name: in lower case it stays the word
    expect(evidence(shift('chase'), 'id/undercover', 'personal', p)).toEqual([]);
    expect(evidence('long foot chase tonight on patrol, suspect got away', 'id/undercover', 'personal', p)).toEqual([]);
    // another person's surname after it: "dmitri mendeleev" is not Dmitri Volkov
    expect(evidence('on patrol tonight we argued about dmitri mendeleev and the periodic table', 'id/undercover', 'personal', p)).toEqual([]);
    // a roster member who is not undercover keeps the capitalised name only
    const q: Profile = { ...profile, roster: [{ ...member('Dmitri Volkov'), undercover: false }] };
    expect(evidence(shift('dmitri'), 'id/coworker', 'personal', q)).toEqual([]);
  });

  it("reads an undercover member as a sheriff's office and a phone write them (user test 31)", () => {
    const member = (name: string, extra: Partial<Profile['roster'][number]> = {}) =>
      ({ name, rank: 'Detective', handles: [], consent: false, undercover: true, photos: [], ...extra });
    const p: Profile = {
      ...profile,
      roster: [member("D'Andre Baptiste"), member('Travis McCoy Jr.'), member('James Pruitt III'), member('Luis Ortiz-Reyes'), member('K. C. Young', { surname_is_word: true })],
    };
    // U31-30: the curly apostrophe a phone types is the roster's straight one
    expect(evidence('Long night on patrol. Shoutout to D’Andre for the coffee.', 'id/undercover', 'personal', p)).toEqual(['D’Andre']);
    // U31-34: a generational suffix is never the surname
    expect(evidence('Great collar by Det. McCoy today.', 'id/undercover', 'personal', p)).toEqual(['McCoy']);
    expect(evidence('Long night on patrol with Travis McCoy.', 'id/undercover', 'personal', p)).toEqual(['Travis McCoy']);
    expect(evidence('Shoutout to Deputy Pruitt for the assist on patrol.', 'id/undercover', 'personal', p)).toEqual(['Pruitt']);
    // U31-31: "Dep." is a sheriff's office's rank
    expect(evidence('Great working with Dep. Young at the fair today', 'id/undercover', 'personal', p)).toEqual(['Young']);
    expect(evidence('Great working with Young people at the fair today', 'id/undercover', 'personal', p)).toEqual([]);
    // U31-20: a given name said to be police is the member, not only a co-worker
    expect(evidence('haha yeah Luis is a cop now, dont tell anyone', 'id/undercover', 'personal', p)).toEqual(['Luis']);
    expect(evidence('haha yeah Luis is a chef now, dont tell anyone', 'id/undercover', 'personal', p)).toEqual([]);
  });

  it('reads names of several words whole: particles, middle names, closed-up initials (user test 31, U31-1, U31-2)', () => {
    const member = (name: string, extra: Partial<Profile['roster'][number]> = {}) =>
      ({ name, rank: 'Detective', handles: [], consent: false, undercover: true, photos: [], ...extra });
    const p: Profile = {
      ...profile,
      roster: [member("D'Andre St. Claire"), member('Rose Marie Castillo'), member('Anna-Lise Van der Berg'), member('K. C. Young', { surname_is_word: true })],
    };
    const uc = (text: string) => evidence(text, 'id/undercover', 'personal', p);
    expect(uc("Shoutout to D'Andre St. Claire for the assist on patrol.")).toEqual(["D'Andre St. Claire"]);
    expect(uc('Inv. Rose Marie Castillo took the call at the station.')).toEqual(['Rose Marie Castillo']);
    expect(uc('Thanks Deputy Van der Berg for covering my shift.')).toEqual(['Van der Berg']);
    expect(uc('Det. K.C. Young and I closed out the week with a win.')).toEqual(['K.C. Young']);
    expect(uc('Det. K. C. Young and I closed out the week with a win.')).toEqual(['K. C. Young']);
    expect(uc('Congrats @dstclaire on the promotion at the precinct.')).toEqual(['@dstclaire']);
    // the second half of a surname of several words is no one's name alone (U31-9)
    expect(uc('Long night on patrol. Claire from dispatch brought coffee for everyone.')).toEqual([]);
  });

  it('never reports a consenting member, but consent does not cover undercover members', () => {
    expect(evidence('Brunch with @hannah_runs after shift.', 'id/coworker')).toEqual([]);
    expect(evidence('Proud of Officer Hannah Okafor!', 'id/coworker')).toEqual([]);
    const p: Profile = {
      ...profile,
      roster: [{ name: 'Lena Marsh', rank: 'Detective', handles: ['@lmarsh'], consent: true, undercover: true, photos: [] }],
    };
    expect(evidence('Miss working with @lmarsh', 'id/coworker', 'personal', p)).toEqual(['@lmarsh']);
    expect(evidence('Miss working with @lmarsh', 'id/undercover', 'personal', p)).toEqual(['@lmarsh']);
  });

  it('skips characters in shows, books and games, but not roster members', () => {
    for (const text of [
      'Rewatching season 3, Detective Ivo Marsh is still the best character.',
      '"Officer Pip Goes to Town" is the only bedtime book she wants.',
      'Playing Detective Noir on the Switch, chapter 4 is brutal.',
    ]) {
      expect(evidence(text, 'id/coworker'), text).toEqual([]);
    }
    expect(evidence('Sgt. Renee Whitfield would love this movie.', 'id/coworker')).toEqual(['Sgt. Renee Whitfield']);
  });

  it('takes a police role in apposition to a name, and a common given name before a surname', () => {
    expect(evidence('My training officer, Jess Ruiz, retires Friday.', 'id/coworker')).toEqual(['My training officer, Jess Ruiz']);
    expect(evidence('Sgt. Bill Amato retired today.', 'id/coworker')).toEqual(['Sgt. Bill Amato']);
    expect(evidence('Deputy Mayor Chen cut the ribbon.', 'id/coworker')).toEqual([]);
  });

  it('says a named person is police', () => {
    expect(evidence('My cousin Jake is a state trooper up north.', 'id/coworker')).toEqual(['Jake is a state trooper']);
    expect(evidence('Dana is an officer of the rotary club.', 'id/coworker')).toEqual([]);
  });
});

describe('id/self-affiliation', () => {
  // what the learned head's veto reads too (src/model/signals.ts): the post's speaker, or the sentence's occasion
  it('reads who is speaking: the public told something by police, another job, a soldier', () => {
    const post = (text: string) => speakerNotPolice(text);
    const sentence = (text: string) => speakerNotPolice(text, text);
    expect(sentence('The Garda on the phone gave me her registration number, 8831, and said to quote it')).toBe(true);
    expect(sentence('still buzzing from the game when the copper showed us the photos')).toBe(true);
    expect(sentence("When someone says \"that's the cop who gave me a ticket\". Every time")).toBe(false);
    expect(sentence('The sergeant told us at briefing to double up.')).toBe(false);
    expect(post('My wife works nights on patrol and I work days at the bank.')).toBe(true);
    expect(post('Deployment countdown: 43 days. We fly out of Fort Hood on the 10th.')).toBe(true);
    expect(post('Nurses week!! 12 hour shifts, three codes.')).toBe(true);
    expect(post('Happy Nurses Week to my wife. Nights again for me.')).toBe(false);
    expect(post('Hospital security guard. Got my body cam today.')).toBe(true);
    expect(post('Former nurse. Now six years on patrol.')).toBe(false);
    expect(sentence('The quartermaster sergeant in my unit saved my life twice in Helmand.')).toBe(true);
  });

  it('reads the public dealing with police, applicants, relatives\' shifts and work beside the police (session 16)', () => {
    const post = (text: string) => speakerNotPolice(text);
    const sentence = (text: string, s: string) => speakerNotPolice(text, s);
    // the public, post-wide: the head reads the sentence after the veto on its own
    expect(post('Baked brownies for our local station. Dropped them off, the sergeant on the desk was delighted.')).toBe(true);
    expect(post('Shout out to the motorway cop who waved us through. The baby had screamed for an hour.')).toBe(true);
    expect(post('Gave a statement at the station about the lad who keyed my car. The officer typed fast.')).toBe(true);
    expect(post('The officer who took my burglary report rang me twice since. Thank you.')).toBe(true);
    expect(post('Took my first statement in Polish today with a translator app.')).toBe(false);
    // applicants, not "Warrant application is in" nor the department's yearly fitness test
    expect(post('Got my conditional offer from the force! Vetting next, then the academy in May.')).toBe(true);
    expect(post('Constabulary application submitted! Fingers crossed.')).toBe(true);
    expect(post('Warrant application is in, hitting the address Friday.')).toBe(false);
    expect(post("our department's fitness test is next week and the whole squad is suddenly running")).toBe(false);
    // the author arrested or ticketed, not a police post's own arrest told without "we"
    expect(post('Arrested at 19 for something stupid. Now I work in youth justice.')).toBe(true);
    expect(post('Got a speeding ticket from a camera van on the coast road.')).toBe(true);
    expect(post('Suspect fled on foot. Arrested at approx 10:04a near the bank.')).toBe(false);
    expect(post('To the guy who got a parking ticket from me today: it is Constable, thanks.')).toBe(false);
    // other work beside the police
    expect(post('Criminal defence is not for the impatient: five hours in an interview room.')).toBe(true);
    expect(post("I'm a civilian 999 call handler. No, I can't send a unit faster.")).toBe(true);
    expect(post('fire service retirement do tonight. 30 years of early turns and late turns.')).toBe(true);
    // a relative's shift: that sentence only, the author's own next sentence stays theirs
    const shift = 'Drove my wife in for her night shift. Then I was on the custody desk till six.';
    expect(sentence(shift, 'Drove my wife in for her night shift.')).toBe(true);
    expect(sentence(shift, 'Then I was on the custody desk till six.')).toBe(false);
  });

  it('reads the public writing an officer\'s number down, civilian staff, claims, partners and writers (session 17)', () => {
    const post = (text: string) => speakerNotPolice(text);
    // the public's complaint, ticket or thanks, with the officer's number in it
    expect(post('Shield 30421, you were rude and you know it.')).toBe(true);
    expect(post('Tax reg 918273 is on the ticket. Going to fight this one.')).toBe(true);
    expect(post('Complaint filed against the deputy with ID 3318. He laughed at me.')).toBe(true);
    expect(post('Another complaint filed against me by the driver I ticketed. Standard.')).toBe(false);
    expect(post('Writing down shield 11983 because that officer should not be on the streets.')).toBe(true);
    expect(post("Nine-three-one-two on his epaulette. Rudest officer I've ever dealt with.")).toBe(true);
    // civilian staff and the defence's experts; the public's claims; partners of officers; writers and players
    expect(post('Civilian enquiry officer at the station front desk. Best part of the job.')).toBe(true);
    expect(post("Third 999 call this month about a cockerel. I just answer the phones, mate.")).toBe(true);
    expect(post("Firearms expert for the defence, testifying Tuesday.")).toBe(true);
    expect(post('My own claim for the stolen van finally paid out.')).toBe(true);
    expect(post("My partner's a cop and I've learned never to ask how the shift went.")).toBe(true);
    expect(post('My partner left his radio on the roof of the car again.')).toBe(false);
    expect(post('Editing chapter 9 of the police thriller. My DI keeps being too nice.')).toBe(true);
    expect(post('Station open day with the kids: sat in a response car, tried on a stab vest.')).toBe(true);
    // the learned head's false alarms: a game, a trip, a friend in the police, an officer's card described
    expect(post('Escape room with the team! We had to solve a "murder" in 60 mins.')).toBe(true);
    expect(speakerNotPolice('Booking reference XK7-220 for our holiday.', 'Booking reference XK7-220 for our holiday.')).toBe(true);
    expect(post("turns out he's on bail for two other thefts. my mate in the Gardaí told me")).toBe(true);
    expect(post('Warrant number 22815 on the card he flashed, for anyone else who wants to complain.')).toBe(true);
  });

  it('leaves a handle the author says is their own to department-moniker (the reference labels: dev-021 of ../shared/eval)', () => {
    // The labelling reference marks "Follow my new account @rpd_johnny for gym content" department-moniker only: a
    // police identifier in the author's own handle is the moniker finding, not a self-affiliation of its own.
    for (const text of [
      'Follow my new account @rpd_johnny for gym content',
      'my personal is @officer_lexi_hcpd if you want the behind-the-scenes stuff',
      'Add me on snap, username is trooper.dave.hcpd',
      "Tag me in the pics!! I'm @copwife_jenna on insta",
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
    expect(evidence('Follow my new account @rpd_johnny for gym content', 'id/department-moniker')).not.toEqual([]);
  });

  it('reads heldout-k\'s false-alarm families (session 18): another workplace, a relative in uniform, scene pictures sent by others', () => {
    const post = (text: string) => speakerNotPolice(text);
    const sentence = (text: string) => speakerNotPolice(text, text);
    expect(post("Warehouse lad, 6 years of night shifts, and I've never once seen a sunrise from outside.")).toBe(true);
    expect(post('Traffic control on the construction site today. 9 hours holding a stop/go sign in the rain.')).toBe(true);
    expect(post('paid detail at the construction site on Route 9 all day. stood there, waved cars by')).toBe(false);
    expect(post("mate who's a crime scene cleaner showed me the photos from the job in Greystones. grim")).toBe(true);
    expect(post('My uncle showed us a photo he got from a mate at the coroner\'s: the victim from the quarry case.')).toBe(true);
    expect(post('@lortega sent me the photos from the Harmon St scene, not sharing them here')).toBe(false);
    expect(sentence('Found an old photo of Dad in uniform, badge 1187, the year he joined the force.')).toBe(true);
    expect(sentence("Our 4-year-old asked if the man in the police car was Chase and the officer played along.")).toBe(true);
    expect(sentence('The officer I was riding with played cards at lunch.')).toBe(false);
  });

  it('reads train-v\'s false-alarm families (session 18): the public telling the police, a sitcom, a view on the policy', () => {
    const post = (text: string) => speakerNotPolice(text);
    expect(post('The guy who smashed my car window is the kid from the yellow house. Gave his name to the officer.')).toBe(true);
    expect(post("Call me on 555-0181, I'll tell the guards.")).toBe(true);
    expect(post('The suspect is the same guy from the pub fight in June, I was a witness to that one.')).toBe(true);
    expect(post('Gave evidence at the crown court for the third day running.')).toBe(false);
    for (const text of [
      'Arrested Development rewatch is going great. There\'s always money in the banana stand.',
      'Body-worn cameras are now standard for all officers. Good for everyone, honestly.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
    expect(evidence('The new body-worn cameras are great until you forget and sing in the car', 'id/self-affiliation')).not.toEqual([]);
    expect(evidence('Arrested a shoplifter before lunch, good day.', 'id/self-affiliation')).not.toEqual([]);
  });

  it('reads a case\'s people as the author\'s own and life on a police unit (session 18, train-v)', () => {
    for (const text of [
      'Our witness has gone quiet. Three days before trial. Of course.',
      'Half my witnesses "saw nothing". Typical.',
      'Dog handler life: out in the rain for 4 hours looking for a bloke who was in the pub the whole time.',
      'First night on the marine unit and I got seasick in the harbour.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).not.toEqual([]);
    }
    for (const text of [
      'My writing group laughed at my murder scene. Apparently my victim "died too politely".',
      "The cold case detective came and spoke to our victims' support group.",
      'my gaming tag is Sgt_Sniper_2000, add me',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
    expect(evidence('my gaming tag is Sgt_Sniper_2000, add me', 'id/department-moniker')).toEqual([]);
  });

  it('reads police work said in passing (session 17): arrests as a relative clause, own numbers, years, Depot', () => {
    for (const text of [
      'The lad we nicked for the garage burglaries has 22 previous, all the same MO.',
      "We're bringing the landlord in tomorrow about the fire, he's our main suspect",
      "bodycam still from last night's car crash, driver still trapped.",
      'Eight years in the police and I\'m still a size 10 boot in a size 12 world.',
      'Garda for 9 years and the best part is still the chats at the village shop',
      'Registered number 47120G and still nobody at the station can find my training record.',
      'Star #2291 checking in from the 9th district lol.',
      "I've worn shield 8812 for nine years.",
      'Court overtime paid for the new fence.',
      'Graduated from Depot today. Regina in February is no joke.',
      'lost my fucking warrant card in the laundry.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).not.toEqual([]);
    }
    for (const text of [
      'the sweets we nicked from the corner shop as kids',
      "Mahomes? He's our guy for the playoffs.",
      'Dad did 30 years in the police and now he just yells at the TV.',
      "Dad's warrant card, number 10772, framed next to his medals. Twenty nine years with the Met.",
      "Lt. Natarajan's retirement do was lovely. Thirty years on the job and still the sharpest person in the room.",
      'My dad was a cop for 30 years and still checks the locks.',
      'Regimental number 24071 from my Royal Engineers days.',
      'Our daughter just joined the Mounties! Depot graduation in Regina next spring.',
      'Picked up a new drill at Home Depot today.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });

  it('reads colleagues at roll call, partners with kit, the car after a shift, academy days and career-worst scenes', () => {
    for (const text of [
      'Sgt. Whitfield ran the briefing in her slippers today, nobody said a word.',
      'Renee brought bagels to roll call, best sergeant going.',
      "My partner left his radio on the roof of the car again.",
      'Our partner unit borrowed my cruiser keys, still waiting. My partner is fuming about his badge clip.',
      'Ten-hour tour over, squad car parked, bed.',
      'Parked the cruiser and clocked out at last.',
      'Found my old academy class photo with Renee Whitfield, we look twelve.',
      'Hardest call of my career tonight, hug your kids.',
      'Dispatcher sent us to a noise complaint that turned into a brawl.',
      'Me and Hannah Okafor on bike patrol again, legs are done.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).not.toEqual([]);
    }
  });

  it('leaves others at roll call, spouses, other shifts, other academies and other careers alone', () => {
    for (const text of [
      'My cousin says Sgt. Whitfield told them at roll call to expect rain.',
      'The mayor gave a press briefing with Lt. Lindqvist beside her.',
      'My partner is taking me to dinner for our anniversary.',
      'Night shift at the hospital done, the car park was empty.',
      'Throwback to dance academy days with Renee, look at those leotards.',
      'Worst scene of my career, said the actor, was the one in the rain.',
      'Hardest call of my career, the paramedic told reporters.',
      'Sam Perrault just got assigned to the traffic unit, congrats!',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });

  it('is silent on official posts', () => {
    expect(evidence('Another night shift on patrol. Stay safe out there!', 'id/self-affiliation', 'official')).toEqual([]);
    expect(evidence('Another night shift on patrol. Stay safe out there!', 'id/self-affiliation')).toEqual(['on patrol']);
  });

  it('spans the cue', () => {
    const text = 'Proud to wear the uniform for 10 years now.';
    expect(hits(text, 'id/self-affiliation')).toEqual([['wear the uniform', 9, 25]]);
    expect(evidence('Delgado and I cracked the Hale case today.', 'id/self-affiliation')).toEqual(['I cracked the Hale case']);
  });

  it('needs two weak cues, or one and the agency name', () => {
    expect(evidence('Long shift today.', 'id/self-affiliation')).toEqual([]);
    expect(evidence('Long shift today. Stay safe out there.', 'id/self-affiliation')).toEqual(['Long shift', 'Stay safe out there']);
    expect(evidence('Long shift today. #HCPD', 'id/self-affiliation')).toEqual(['Long shift']);
  });

  it('does not take relatives, other jobs, other uniforms or TV', () => {
    for (const text of [
      'My brother is a cop in Chicago.',
      'My husband is out on patrol tonight.',
      'Proud police wife here, hubby is on patrol tonight!',
      'Proud to wear the uniform of the US Navy.',
      'Ten years on the job at the post office today!',
      'Night shift at the warehouse again, stay safe out there everyone.',
      "I'm a security officer at the mall.",
      'My badge for the conference finally arrived.',
      'Binge-watching Blue Bloods, such a good cop show.',
      'We closed the case of beer by midnight lol.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });

  it('reads police work done in the first person or with the subject left out', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Working a traffic detail at the fairgrounds Saturday.')).toEqual(['Working a traffic detail']);
    expect(cue('Kim Abara and I rode patrol all night.')).toEqual(['rode patrol']);
    expect(cue('Tacos with the crew after end of tour.')).toEqual(['after end of tour']);
    expect(cue('The shotgun we recovered was stolen in 2019.')).toEqual(['shotgun we recovered']);
    expect(cue('Did a welfare check on Elm and the man was fine.')).toEqual(['Did a welfare check']);
    expect(cue('Rolling out on a search warrant at dawn.')).toEqual(['Rolling out on a search warrant']);
    expect(cue('Third DUI arrest I have made this week.')).toEqual(['arrest I have made']);
  });

  it('reads the author belonging to the agency: own number, command, e-mail address', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Retired my star #4410 today.')).toEqual(['Retired my star #4410']);
    expect(cue('They issued me badge 7781 on Monday.')).toEqual(['issued me badge 7781']);
    expect(cue('Anybody at the 71st pct want in on the pool?')).toEqual(['Anybody at the 71st pct']);
    expect(cue('Transferred to the 12th precinct today.')).toEqual(['Transferred to the 12th precinct']);
    expect(cue('Email me at j.ruiz@harborcitypd.example.gov about the league.')).toEqual([
      'Email me at j.ruiz@harborcitypd.example.gov',
    ]);
    expect(cue('Write to records@harborcitypd.example.gov for the report, not me.')).toEqual([]);
  });

  it('takes a ranked colleague with work done together, and a roster member only with another cue', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Sgt. Ana Pike retired today, proud to have worked under her.')).toEqual(['worked under her']);
    expect(cue('Worked with her for years at the bank.')).toEqual([]);
    expect(cue('Me and Perrault at trivia night, we lost.')).toEqual([]);
    expect(cue('Me and Perrault grabbed pizza after shift.')).toEqual(['Me and Perrault', 'after shift']);
  });

  it('reads police credentials and kit across dialects, and giving them up', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Left my warrant card in the other jacket, panic over.')).toEqual(['my warrant card']);
    expect(cue('My stab vest smells like a wet dog after tonight.')).toEqual(['My stab vest']);
    expect(cue('Handing back the tin in March, 30 years done.')).toEqual(['Handing back the tin']);
    expect(cue('Hanging up my kit belt on Friday. What a ride.')).toEqual(['Hanging up my kit belt']);
    expect(cue('You carry a badge, you never really switch off.')).toEqual(['carry a badge']);
    expect(cue('I arrest people for a living and my cat still ignores me.')).toEqual(['arrest people for a living']);
    expect(cue('Passed probation, a real constable at last!')).toEqual(['Passed probation', 'real constable at last']);
  });

  it('reads patrol modes, surveillance, breath tests, raids and interviews', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Back on foot patrol in the old town, feet are done.')).toEqual(['Back on foot patrol']);
    expect(cue('Eyes on the suspect address since 5, nothing.')).toEqual(['Eyes on the suspect address']);
    expect(cue('Doing obbos in a cold car again.')).toEqual(['Doing obbos']);
    expect(cue('Running the RBT on the coast road tonight.')).toEqual(['Running the RBT']);
    expect(cue('Breath tested 90 drivers at the roundabout, all under.')).toEqual(['Breath tested 90']);
    // (session 19: OP_EARLY_NIGHT reads the author readying for the operation too)
    expect(cue('Doors go in at 0600, early night for me.')).toEqual(['Doors go in at 0600', 'early night']);
    expect(cue('Went no comment in interview, then cried in the cells.')).toEqual([
      'no comment in interview',
      'cried in the cells',
    ]);
    expect(cue('The knives we bagged up at the party are going to the lab.')).toEqual(['knives we bagged up']);
    expect(cue('Nicked two shoplifters before breakfast.')).toEqual(['Nicked two shoplifters']);
    expect(cue('Lates again. Then earlies. #HCPD')).toEqual(['Lates', 'Then earlies']);
  });

  it('reads guard duties, attendances, the beat, observation vans and shift blocks', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Stuck on scene guard for ten hours, no relief.')).toEqual(['Stuck on scene guard']);
    expect(cue('Attended a sudden death and then two shoplifters.')).toEqual(['Attended a sudden death']);
    expect(cue('Walked the beat in the drizzle all afternoon.')).toEqual(['Walked the beat']);
    expect(cue('Parked in an unmarked car outside the bookies for 6 hours.')).toEqual(['Parked in an unmarked car']);
    expect(cue('Block of nights finished, one foot chase and a lot of tea.')).toEqual(['Block of nights', 'one foot chase']);
    expect(cue('Dayshift again with Hannah Okafor, she drives like a maniac.')).toEqual([
      'Dayshift again with Hannah Okafor',
    ]);
  });

  it('reads British attestation, tutors and units, but not wills, notaries or relatives', () => {
    const cue = (text: string) => evidence(text, 'id/self-affiliation');
    expect(cue('Attested this afternoon! Nan came in her best hat.')).toEqual(['Attested']);
    expect(cue('My tutor constable makes the worst tea in the station.')).toEqual(['My tutor constable']);
    expect(cue('Finally transferred to CID after five years.')).toEqual(['Finally transferred to CID']);
    expect(cue('The neighbour attested the will for us.')).toEqual([]);
    expect(cue('My cousin got attested into the Navy today.')).toEqual([]);
    expect(cue('My brother just joined CID, buzzing for him.')).toEqual([]);
  });

  it('keeps the queue at the booze bus, a bystander and another officer pinning on clean', () => {
    for (const text of [
      'Booze bus all arvo on the coast road, queued for 40 minutes.',
      'Saw a foot chase down our street this morning, wild.',
      'Watched her pin on the tin for the first time, proud mum.',
      'My brother attended a domestic and came home shaken.',
      'Paramedics attended an RTC on the bypass, ambulance was there in minutes.',
      'Did the house-to-house collection for the hospice.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });

  it('keeps relatives, civilians breath-tested, other patrols and other doors clean', () => {
    for (const text of [
      "Grandad's warrant card is in a frame on the landing.",
      'Mum hung up the duty belt in 2004 and never looked back.',
      'My sister carries a badge, she hates the night shifts.',
      'Handed in my badge and laptop on my last day at the firm.',
      'Got breathalysed on the way back from the coast, blew zeros.',
      'I was breath tested at a roadside stop, took two minutes.',
      'Police breath tested 400 drivers over the Easter weekend.',
      'On ski patrol all week at the resort.',
      'On nappy patrol tonight, send coffee.',
      'Watching the neighbours house while they are in Greece.',
      'New doors going in on the wardrobe today.',
      'She said in an interview with the paper that it was luck.',
      'Spent the night in the custody suite after the stag do, never again.',
      'Someone nicked my bike from outside the pool.',
      'Plotted up a new herb bed in the garden.',
      "We'll get him a card for his retirement.",
      'On nights at the hospital all week.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });

  it('leaves third persons, games, open days and generic claims alone', () => {
    for (const text of [
      'He pulled a paid detail at the stadium and hated it.',
      'The cops transported him to county last night.',
      'Big raid in the new game tonight, our whole guild is going in.',
      'We sat in the squad car at the open house, the kids loved it.',
      'Women have no business being on patrol, says a caller.',
      'They want to defund us teachers next.',
      'I got a warrant for my arrest in GTA lol.',
      'The senate roll call vote is at noon, I will be watching.',
    ]) {
      expect(evidence(text, 'id/self-affiliation'), text).toEqual([]);
    }
  });
});

describe('id/undercover', () => {
  it('finds every form of the member, in any context', () => {
    expect(evidence('Det. Marcus Delgado made it!', 'id/undercover')).toEqual(['Marcus Delgado']);
    expect(evidence('Tell M. Delgado the gym is closed.', 'id/undercover')).toEqual(['M. Delgado']);
    expect(evidence('Marcus D. brought the cake.', 'id/undercover')).toEqual(['Marcus D.']);
    expect(evidence('Delgado owes me twenty bucks.', 'id/undercover')).toEqual(['Delgado']);
    expect(evidence('happy birthday mdelgado!!', 'id/undercover')).toEqual(['mdelgado']);
    expect(evidence('#MarcusDelgado is the best uncle', 'id/undercover')).toEqual(['#MarcusDelgado']);
    expect(evidence('Welcome Marcus Delgado to the team.', 'id/undercover', 'official')).toEqual(['Marcus Delgado']);
  });

  it('takes a given name alone only after a rank or in a police post', () => {
    expect(evidence('Great collar by Det. Marcus today.', 'id/undercover')).toEqual(['Marcus']);
    expect(evidence('Dinner with Marcus tonight.', 'id/undercover')).toEqual([]);
  });

  it('leaves other people with the same names alone', () => {
    for (const text of [
      'Rosa Delgado won the spelling bee.',
      'Marcus Aurelius wrote the Meditations.',
      'Marcus Smith coaches the U10 team.',
      'email mdelgado.art@example.com for prints',
      'The delegation arrived late.',
    ]) {
      expect(evidence(text, 'id/undercover'), text).toEqual([]);
    }
  });
});

describe('roster matching: the usual short forms of a given name (user test 22, #1)', () => {
  const quill: Profile = {
    ...profile,
    roster: [
      { name: 'Tobias Quill', rank: 'Detective', handles: ['@tq_fishing'], consent: false, undercover: true, photos: [] },
      { name: 'Jolene Farrigan', rank: 'Police Officer', handles: [], consent: true, undercover: false, photos: [] },
      { name: 'William Strand', rank: 'Sergeant', handles: [], consent: false, undercover: false, photos: [] },
      { name: 'Mike Bannon', rank: 'Police Officer', handles: [], consent: true, undercover: false, photos: [] },
    ],
  };
  const under = (text: string) => evidence(text, 'id/undercover', 'personal', quill);

  it('reads "Toby" as roster member Tobias: undercover, with or without a rank', () => {
    expect(under('Ran into Toby Quill at the grocery store')).toEqual(['Toby Quill']);
    expect(under('Det. Toby Quill got promoted')).toEqual(['Toby Quill']);
    expect(under('Toby Q. is growing a beard for his new assignment')).toEqual(['Toby Q.', 'new assignment']);
    expect(under('#TobyQuill forever')).toEqual(['#TobyQuill']);
    expect(under('Great collar by Det. Toby today.')).toEqual(['Toby']);
    // the full name as before
    expect(under('Ran into Tobias Quill at the grocery store')).toEqual(['Tobias Quill']);
  });

  it('keeps another given name with the surname a different person (the Ortega call)', () => {
    expect(under('Nico Quill won the school spelling bee.')).toEqual([]);
    expect(under('Maria Quill opened a bakery on Main.')).toEqual([]);
    expect(under('Dinner with Toby tonight, so much laughing.')).toEqual([]);
    // a short form alone only after a rank: "Vic" is also Victoria, "Hi Sammy" a reply to the public (roster: Victor
    // Lindqvist, Sam Perrault)
    expect(evidence('Vic man arrested over historical sex abuse', 'id/coworker', 'official')).toEqual([]);
    expect(evidence('Hi Sammy, please find our full appeal here', 'id/coworker', 'official')).toEqual([]);
    // a short form that is a word is a name only when written as one, and never alone
    expect(evidence('Paid the bill Strand sent for the fence.', 'id/coworker', 'personal', quill)).toEqual([]);
    expect(evidence('Will the sergeant cover my shift at the precinct?', 'id/coworker', 'personal', quill)).toEqual([]);
  });

  it('says a titled name is a roster member, and lets a consenting member go by a short form too', () => {
    const hit = detectText({ text: 'Det. Toby Quill got promoted', source: 'text' }, { context: 'personal', profile: quill, detectors: textDetectors }).find(
      (h) => h.ruleId === 'id/coworker',
    );
    expect(hit?.messageId).toBe('rosterTitle');
    expect(evidence('Sgt. Bill Strand ran roll call.', 'id/coworker', 'personal', quill)).toEqual(['Sgt. Bill Strand']);
    expect(evidence('Will Strand covered my shift at the precinct.', 'id/coworker', 'personal', quill)).toEqual(['Will Strand']);
    expect(evidence('Proud of Officer Michael Bannon for the 5K win!', 'id/coworker', 'personal', quill)).toEqual([]);
  });
});

/** A roster member for the roster-matching tests below: an undercover detective unless `extra` says otherwise. */
const detective = (name: string, extra: Partial<Profile['roster'][number]> = {}): Profile['roster'][number] => ({
  name,
  rank: 'Detective',
  handles: [],
  consent: false,
  undercover: true,
  photos: [],
  ...extra,
});
/** The test profile with only these roster members. */
const withRoster = (...members: Profile['roster']): Profile => ({ ...profile, roster: members });
/** What id/undercover finds in a personal post under a profile. */
const undercoverIn = (text: string, p: Profile) => evidence(text, 'id/undercover', 'personal', p);

describe('roster matching: a surname that is also a word (user test 22, #2)', () => {
  const roster = (...names: string[]): Profile => withRoster(...names.map((n) => detective(n)));
  const quill = roster('Tobias Quill');

  it('leaves the ordinary word alone, written in any case, with no rank or police work around it', () => {
    for (const text of [
      'The porcupine lost a quill',
      'Bought a quill pen for calligraphy',
      'Quill pens and ink for sale at the craft fair',
      'QUILL AND INK: calligraphy night at the library',
    ]) {
      expect(undercoverIn(text, quill), text).toEqual([]);
    }
    expect(undercoverIn('Saw a bird on the fence this morning', roster('Dana Bird'))).toEqual([]);
    expect(undercoverIn('Fisher cats are back in the woods behind the house', roster('Ann Fisher'))).toEqual([]);
    expect(undercoverIn('Canned peaches in a Mason jar', roster('Lee Mason'))).toEqual([]);
    expect(undercoverIn('Trimmed the bush and raked the lawn', roster('Kim Bush'))).toEqual([]);
  });

  it('still finds the member by that surname with a rank or police work, and by full name anywhere', () => {
    expect(undercoverIn('Det. Quill got promoted', quill)).toEqual(['Quill']);
    expect(undercoverIn('Quill and I worked the night shift at the precinct', quill)).toEqual(['Quill']);
    expect(undercoverIn('Ran into Tobias Quill at the grocery store', quill)).toEqual(['Tobias Quill']);
    expect(undercoverIn('Tell T. Quill the gym is closed', quill)).toEqual(['T. Quill']);
    expect(undercoverIn('Sgt. Mason signed off on my overtime', roster('Lee Mason'))).toEqual(['Mason']);
    // a surname that is no word is still found alone, in any case
    expect(undercoverIn('delgado owes me twenty bucks', roster('Marcus Delgado'))).toEqual(['delgado']);
  });
});

describe('roster matching: accents, a given name cut short, a profile-marked word surname (user test 23)', () => {
  const hale = withRoster(detective('Leopold Hale'));

  it('finds a roster name written without its accents, and with them when the roster has none', () => {
    const ibanez = withRoster(detective('José Ibáñez'));
    expect(undercoverIn('ran into Jose Ibanez at the mall', ibanez)).toEqual(['Jose Ibanez']);
    expect(undercoverIn('ran into Ibanez at the mall, growing a beard for the new gig', ibanez)).toEqual(['Ibanez']);
    expect(undercoverIn('ran into José Ibáñez at the mall', ibanez)).toEqual(['José Ibáñez']);
    expect(undercoverIn('Zoë Lindqvist is on a new assignment', withRoster(detective('Zoe Lindqvist')))).toEqual(['Zoë Lindqvist', 'new assignment']);
    const brodeur = withRoster(detective('Émile Brodeur', { undercover: false }));
    expect(evidence('Emile Brodeur and I worked the parade detail', 'id/coworker', 'personal', brodeur)).toEqual(['Emile Brodeur']);
  });

  it('reads the given name cut short beside the surname as the member ("Leo" for Leopold), the whole name as evidence', () => {
    expect(undercoverIn('Saw Leo Hale at the gym, he is growing his hair out', hale)).toEqual(['Leo Hale']);
    expect(undercoverIn('Miss working with #LeoHale, the unit is not the same', hale)).toEqual(['#LeoHale']);
    expect(undercoverIn('Leo H. is growing a beard for his new assignment', hale)).toEqual(['Leo H.', 'new assignment']);
    // another given name is another person; a name one letter longer is no cut ("Dan" is not Dana)
    expect(undercoverIn('Leonard Hale won the chess tournament', hale)).toEqual([]);
    expect(undercoverIn('Dan Whitfield sold us the boat', withRoster(detective('Dana Whitfield')))).toEqual([]);
  });

  it('lets a profile mark a surname that is an ordinary word: alone it then needs a rank or police work', () => {
    const marked = withRoster(detective('Leopold Hale', { surname_is_word: true }));
    expect(undercoverIn('grandpa is hale and hearty at 80', marked)).toEqual([]);
    expect(undercoverIn('Hale and hearty at 80, grandpa still chops his own wood.', marked)).toEqual([]);
    expect(undercoverIn('Det. Hale made the arrest', marked)).toEqual(['Hale']);
    expect(undercoverIn('Saw Leopold Hale at the gym', marked)).toEqual(['Leopold Hale']);
    // unmarked, the surname alone is the member whatever the case (a leak costs more than a false alarm)
    expect(undercoverIn('grandpa is hale and hearty at 80', hale)).toEqual(['hale']);
  });
});

describe('roster matching', () => {
  it('keeps the most specific mention and caches per profile', () => {
    const text = 'Renee Whitfield and @renee_w and R. Whitfield';
    expect(rosterMentions(analyze(text), prepareRoster(profile)).map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['full', 'Renee Whitfield'],
      ['handle', '@renee_w'],
      ['initial', 'R. Whitfield'],
    ]);
    const other: Profile = { ...profile, roster: [{ name: 'Ada Byrne', handles: [], consent: false, undercover: false, photos: [] }] };
    expect(rosterMentions(analyze(text), prepareRoster(other))).toEqual([]);
    expect(rosterMentions(analyze('Ada Byrne'), prepareRoster(other)).map((m) => m.kind)).toEqual(['full']);
  });
});

describe('roster matching: a roster name misspelt by a letter or two (user test 27, U1-8, U1-2)', () => {
  const priya = withRoster(detective('Priya Raghunathan'));
  const dana = withRoster(detective('Dana Kowalczyk', { rank: 'Sergeant', undercover: false }));

  it('finds an undercover member by the given name and a near surname, or a rank and a near surname', () => {
    expect(undercoverIn('Thanks to Priya Ragunathan for the help on patrol', priya)).toEqual(['Priya Ragunathan']);
    expect(undercoverIn('thanks det. raghunathen for the help on patrol', priya)).toEqual(['raghunathen']);
    expect(undercoverIn('Thanks to Det. Raghunathen for the help', priya)).toEqual(['Raghunathen']);
    // a near surname alone, in a sentence about police work
    expect(undercoverIn('Raghunatan and I worked the night shift at the precinct', priya)).toEqual(['Raghunatan']);
  });

  it('finds a co-worker by a rank and a surname with two letters swapped', () => {
    expect(evidence('sgt. kowalcyzk covered my post tonight', 'id/coworker', 'personal', dana)).toEqual(['kowalcyzk']);
    expect(evidence('Dana Kowalcyk covered my shift at the precinct', 'id/coworker', 'personal', dana)).toEqual(['Dana Kowalcyk']);
  });

  it('leaves near names alone without the given name, a rank or police work, and never for short names or words', () => {
    expect(undercoverIn('Raghunatan is a lovely name for a cat', priya)).toEqual([]);
    expect(undercoverIn('Priya Rajan won the spelling bee', priya)).toEqual([]);
    expect(undercoverIn('Kim Rayes and Sgt. Keyes', withRoster(detective('Jorge Reyes')))).toEqual([]);
    expect(undercoverIn('Det. Bella was on the news', withRoster(detective('Grace Bell')))).toEqual([]);
    expect(undercoverIn('Sgt. Matson signed my overtime', withRoster(detective('Lee Mason')))).toEqual([]);
  });
});

describe('roster matching: a compound surname written with a space or run together (user test 27, U1-2)', () => {
  const luis = withRoster(detective('Luis Ferreira-Santos', { rank: 'Police Officer', undercover: false }));
  const luisUc = withRoster(detective('Luis Ferreira-Santos'));

  it('reads the hyphen dropped, as a space or not at all, in the full name, after a rank and alone', () => {
    expect(undercoverIn('shoutout to Luis Ferreira Santos for covering my post tonite', luisUc)).toEqual(['Luis Ferreira Santos']);
    expect(undercoverIn('dinner with luis ferreirasantos', luisUc)).toEqual(['luis ferreirasantos']);
    expect(evidence('shoutout to ofc. ferreira santos for covering my post tonite', 'id/coworker', 'personal', luis)).toEqual(['ferreira santos']);
    expect(evidence('Ferreira Santos and I worked the parade detail', 'id/coworker', 'personal', luis)).toEqual(['Ferreira Santos']);
    // a typo in one part of it too
    expect(evidence('ofc. ferreira santoz covered my shift', 'id/coworker', 'personal', luis)).toEqual(['ferreira santoz']);
  });

  it('still needs both parts: one part alone is another name', () => {
    expect(undercoverIn('Santos won the game for Brazil', luisUc)).toEqual([]);
  });
});

describe('roster matching: a surname with an apostrophe, typed as a phone or Word types it (user test 29, U29-1)', () => {
  const siobhan = withRoster(detective("Siobhan O'Rourke"));

  it('reads the apostrophe as any apostrophe, a space or nothing, in the full name, a hashtag, after a rank and alone', () => {
    expect(undercoverIn('Dinner with Siobhan O’Rourke tonight', siobhan)).toEqual(['Siobhan O’Rourke']);
    expect(undercoverIn('Dinner with Siobhan O‘Rourke tonight', siobhan)).toEqual(['Siobhan O‘Rourke']);
    expect(undercoverIn("Dinner with Siobhan O'Rourke tonight", siobhan)).toEqual(["Siobhan O'Rourke"]);
    expect(undercoverIn('Dinner with Siobhan ORourke tonight', siobhan)).toEqual(['Siobhan ORourke']);
    expect(undercoverIn('Dinner with Siobhan O Rourke tonight', siobhan)).toEqual(['Siobhan O Rourke']);
    expect(undercoverIn('Happy bday #SiobhanORourke', siobhan)).toEqual(['#SiobhanORourke']);
    expect(undercoverIn('Dinner with Det. O’Rourke', siobhan)).toEqual(['O’Rourke']);
  });

  it('still needs the name: an O and another surname is someone else', () => {
    expect(undercoverIn('Dinner with Siobhan O’Brien tonight', siobhan)).toEqual([]);
    expect(undercoverIn('Rourke won the fight', siobhan)).toEqual([]);
  });
});

describe('id/coworker: a rank and name inside quotation marks (user test 27, U1-1)', () => {
  const none = withRoster();
  const cw = (text: string) => evidence(text, 'id/coworker', 'personal', none);

  it('reports a quoted remark or a quoted full name: quoting a citizen is how most officer names get posted', () => {
    expect(cw('My neighbor said "Sgt. Dana Kowalczyk saved my life"')).toEqual(['Sgt. Dana Kowalczyk']);
    expect(cw('My neighbor said “Sgt. Dana Kowalczyk saved my life”')).toEqual(['Sgt. Dana Kowalczyk']);
    expect(cw('"Officer Ferreira-Santos carried my daughter out," Maria said.')).toEqual(['Officer Ferreira-Santos']);
    expect(cw('Shoutout to "Sgt. Dana Kowalczyk" lol')).toEqual(['Sgt. Dana Kowalczyk']);
    // a rank and one name quoted alone is read as a nickname (below); a roster member is still found by the roster
    expect(evidence('Shoutout to "Sgt. Kowalczyk" lol', 'id/coworker', 'personal', withRoster(detective('Dana Kowalczyk', { undercover: false })))).toEqual(['Sgt. Kowalczyk']);
  });

  it('still leaves a quoted title alone', () => {
    expect(cw('"Officer Pip and the Lost Kite" is my kid\'s favorite')).toEqual([]);
    expect(cw('"Constable Bramble Saves the Day" is the only bedtime book my son will accept.')).toEqual([]);
    expect(cw('"Officer Pip Goes to Town" is the only bedtime book she wants.')).toEqual([]);
  });
});

describe('id/coworker: a quoted nickname stays quiet (train sets, after U1-1)', () => {
  it('leaves a rank and one given name or word in quotes alone', () => {
    const none = withRoster();
    for (const text of [
      'My badge is #6672 and my wife still calls me "Officer Cutie"',
      'my grandson "Detective Max" solved the case of the missing remote. It was in the freezer',
      'The kids at the school call me "Officer Sam". I\'ve never been prouder of a nickname',
      'Teddy bear picnic at school and my kid brought "Officer Fluff". Adorable.',
      'my daughter is "Lieutenant Cupcake" in her brownie pack\'s bake-off. the rank is self-appointed',
    ])
      expect(evidence(text, 'id/coworker', 'personal', none), text).toEqual([]);
  });
});

describe('an undercover member by given name, in a post about police work in another sentence or line (user test 27, U1-11)', () => {
  const priya = withRoster(detective('Priya Raghunathan'));

  it('reads the police work anywhere in the post', () => {
    expect(undercoverIn('Long night on patrol, 3 calls back to back. Shoutout to Priya for the coffee.', priya)).toEqual(['Priya']);
    expect(undercoverIn('Rough shift tonight. Priya brought donuts though.', priya)).toEqual(['Priya']);
    // the assignment told beside the name is flagged too (user test 27, U1-10)
    expect(undercoverIn("yeah w Priya, she's back from\nnarcotics for the week", priya)).toEqual(['Priya', 'narcotics']);
  });

  it('leaves the given name alone in a post about no work, or about another workplace', () => {
    expect(undercoverIn('Shoutout to Priya for the coffee. Best neighbour ever.', priya)).toEqual([]);
    expect(undercoverIn('Dinner with Priya tonight. So much laughing.', priya)).toEqual([]);
    expect(undercoverIn('Long shift at the hospital. Priya brought donuts though.', priya)).toEqual([]);
  });
});

describe('a roster name built into a handle or an e-mail address the roster does not list (user test 27, U2-9)', () => {
  const priya = withRoster(detective('Priya Raghunathan', { handles: ['@priya.r'] }));

  it('reads first_last, last.first, flast, firstl and digits in handles and e-mail local parts', () => {
    expect(undercoverIn('Follow @priya_raghunathan for recipes', priya)).toEqual(['@priya_raghunathan']);
    expect(undercoverIn('Follow @praghunathan for recipes', priya)).toEqual(['@praghunathan']);
    expect(undercoverIn('Follow @raghunathan.priya', priya)).toEqual(['@raghunathan.priya']);
    expect(undercoverIn('Questions? email praghunathan@marlowfallspd.example.gov', priya)).toEqual(['praghunathan']);
    expect(undercoverIn('Questions? email priya.r@marlowfallspd.example.gov', priya)).toEqual(['priya.r']);
    expect(undercoverIn('write to praghunathan@yahoo.com', priya)).toEqual(['praghunathan']);
    expect(undercoverIn('@praghunathan2 lol', priya)).toEqual(['@praghunathan2']);
    expect(undercoverIn('priya_raghunathan87 posted it', priya)).toEqual(['priya_raghunathan87']);
  });

  it("reads a profile link's account as a handle (user test 29, U29-31)", () => {
    expect(undercoverIn('Follow https://twitter.com/praghunathan84', priya)).toEqual(['praghunathan84']);
    expect(undercoverIn('pics at https://www.instagram.com/priya_raghunathan/ lol', priya)).toEqual(['priya_raghunathan']);
    expect(undercoverIn('see x.com/praghunathan', priya)).toEqual(['praghunathan']);
    expect(undercoverIn('https://facebook.com/priya.raghunathan.7', priya)).toEqual(['priya.raghunathan.7']);
    expect(undercoverIn('Follow https://twitter.com/nasa and tax.com/praghunathan', priya)).toEqual([]);
  });

  it('reads a co-worker built handle like the full name: in police context only', () => {
    const dana = withRoster(detective('Dana Kowalczyk', { rank: 'Sergeant', undercover: false }));
    expect(evidence('Follow @dana_kowalczyk for recipes', 'id/coworker', 'personal', dana)).toEqual([]);
    expect(evidence('Back on patrol with @dkowalczyk tonight', 'id/coworker', 'personal', dana)).toEqual(['@dkowalczyk']);
  });

  it('leaves other accounts alone', () => {
    for (const text of [
      'Follow @priya_cooks for recipes',
      'Follow @raghu_nathan for recipes',
      'email info@marlowfallspd.example.gov',
      'write to priya@example.com',
      'Follow @praghunathan_fan_club',
    ])
      expect(undercoverIn(text, priya), text).toEqual([]);
  });
});

describe('a roster given name, in a post about police work in another sentence (user test 27, U1-11)', () => {
  it('is a co-worker by the post, not the sentence', () => {
    const dana = withRoster(detective('Dana Kowalczyk', { rank: 'Sergeant', undercover: false }));
    expect(evidence('Dana just got her 20-year pin. Whole squad clapped at roll call.', 'id/coworker', 'personal', dana)).toEqual(['Dana']);
    expect(evidence('Dana just got her 20-year pin. Whole family clapped.', 'id/coworker', 'personal', dana)).toEqual([]);
  });
});

describe('"brother in blue" puts a roster member in police context (user test 27, U1-5)', () => {
  it('reads the police family words for a roster full name', () => {
    const dana = withRoster(detective('Dana Kowalczyk', { rank: 'Sergeant', undercover: false }));
    expect(evidence('Happy birthday to my brother in blue Dana Kowalczyk', 'id/coworker', 'personal', dana)).toEqual(['Dana Kowalczyk']);
    expect(evidence('Happy birthday to my brother Dana Kowalczyk', 'id/coworker', 'personal', dana)).toEqual([]);
  });
});

// User test 29, U29-12: a member named Jun Park (surname_is_word) was reported in "a walk in Edgewood Park".
describe('a surname that is a place word, ending a place name', () => {
  const park = withRoster({ ...detective('Jun Park', { surname_is_word: true }), undercover: false });
  const coworkerIn = (text: string) => evidence(text, 'id/coworker', 'personal', park);

  it('is the place, not the member, after a capitalised word that is not the member\'s name or a title', () => {
    expect(coworkerIn('Long shift, then a walk in Edgewood Park with the dog')).toEqual([]);
    expect(coworkerIn('Edgewood Park after the shift with the dog')).toEqual([]);
  });

  it('is still the member with a title, the given name, or a greeting that opens the sentence', () => {
    expect(coworkerIn('Sgt. Park covered my shift')).toEqual(['Park']);
    expect(coworkerIn('Jun Park covered my shift')).toEqual(['Jun Park']);
    expect(coworkerIn('Thanks Park for covering my shift')).toEqual(['Park']);
    expect(coworkerIn('Long shift with Park on patrol')).toEqual(['Park']);
  });
});

// User test 27 U2-4 / user test 29 U29-13: identifiers [mfpd, mfp], official handle @MarlowFallsPD. Decided: the official
// handle's stem is the town's name, which any resident's handle may carry; it is no department identifier unless the
// profile lists it (README). A listed identifier, "mfp" alone too, is one.
describe('id/department-moniker: the official handle\'s stem (the town) is no identifier unless listed', () => {
  const marlow = (identifiers: string[]): Profile => ({
    ...profile,
    agency: { ...profile.agency, names: ['Marlow Falls Police Department'], identifiers, official_accounts: ['@MarlowFallsPD'] },
  });
  it('passes "@marlowfalls_jorge", flags "@mfp_jorge" and "@marlowfallspd_jorge", and the stem once listed', () => {
    expect(evidence('Follow @marlowfalls_jorge for workouts', 'id/department-moniker', 'personal', marlow(['mfpd', 'mfp']))).toEqual([]);
    expect(evidence('Follow @mfp_jorge for workouts', 'id/department-moniker', 'personal', marlow(['mfpd', 'mfp']))).toEqual(['@mfp_jorge']);
    expect(evidence('Follow @marlowfallspd_jorge for workouts', 'id/department-moniker', 'personal', marlow(['mfpd', 'mfp']))).toEqual(['@marlowfallspd_jorge']);
    expect(evidence('Follow @marlowfalls_jorge for workouts', 'id/department-moniker', 'personal', marlow(['mfpd', 'mfp', 'marlowfalls']))).toEqual(['@marlowfalls_jorge']);
  });
});
