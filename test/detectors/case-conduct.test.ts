// case/* and conduct/* detectors: rule ids and spans on tricky posts, plus the helpers they share.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText, type Hit } from '../../src/core/engine.js';
import type { AccountContext } from '../../src/core/types.js';
import { normaliseForProfanity } from '../../src/detectors/conduct/profanity-words.js';
import { splitSentences as sentences } from '../../src/nlp/sentences.js';
import { textDetectors } from '../../src/detectors/index.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

function hits(text: string, context: AccountContext = 'personal'): Hit[] {
  return detectText({ text, source: 'text' }, { context, profile, detectors: textDetectors });
}
function rule(text: string, id: string, context: AccountContext = 'personal'): Hit[] {
  return hits(text, context).filter((h) => h.ruleId === id);
}
/** The evidence spans a rule reported, as the text they cover. */
function spans(text: string, id: string, context: AccountContext = 'personal'): string[] {
  return rule(text, id, context).map((h) => text.slice(h.start, h.end));
}

describe('shared helpers', () => {
  it('splits sentences but not after rank or street abbreviations', () => {
    const text = 'Crazy night. Sgt. Whitfield was on Elm St. tonight! Done?';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Crazy night.',
      'Sgt. Whitfield was on Elm St. tonight!',
      'Done?',
    ]);
  });

  it('undoes light masking without moving offsets', () => {
    for (const [raw, norm] of [
      ['f***', 'f___'],
      ['sh1t', 'shit'],
      ['b!tch', 'bitch'],
      ['a$$', 'ass'],
      ['*sigh*', '*sigh_'],
      ['hello!', 'hello!'],
      ['my_handle', 'my-handle'],
    ] as const) {
      expect(normaliseForProfanity(raw)).toBe(norm);
      expect(normaliseForProfanity(raw)).toHaveLength(raw.length);
    }
  });
});

describe('case/crime-scene', () => {
  const id = 'case/crime-scene';

  // the file's first call loads the detectors and compromise's lexicon: room for a loaded shared machine
  it('reports scene media with the span from picture to scene', () => {
    const text = "Crazy night. Here's a pic from the homicide scene on Walnut, blood everywhere.";
    expect(spans(text, id)).toEqual(['pic from the homicide scene', 'blood everywhere']);
  }, 20_000);

  it('reports evidence photos and bodycam stills', () => {
    expect(spans('Sharing the evidence photos from the break-in.', id)).toEqual(['evidence photos']);
    expect(spans('Bodycam still from last night lol', id)).toEqual(['Bodycam still']);
  });

  it('reads "scene photo" as police jargon, but not "behind-the-scenes photo"', () => {
    expect(spans('Rough night. Sharing the scene photo so you see what we deal with.', id)).toEqual(['scene photo']);
    expect(rule('Behind-the-scenes photo from the wedding shoot', id)).toEqual([]);
  });

  it("reports a victim's position at a scene on a personal account only", () => {
    const text = 'Victim was still slumped over the wheel when we pulled up.';
    expect(spans(text, id)).toEqual(['Victim was still slumped']);
    expect(rule(text, id, 'official')).toEqual([]);
  });

  it('ignores notices, fiction, similes and gore without a scene', () => {
    for (const text of [
      'Crime scene tape is still up on Harbor Ave, please avoid the area.',
      'Binge-watching a crime scene documentary tonight.',
      'My kitchen looks like a crime scene after the kids baked.',
      'Cut my finger chopping onions, blood everywhere lol.',
      'Reminder: posting photos of crime scenes or evidence is prohibited.',
    ]) {
      expect(rule(text, id), text).toEqual([]);
    }
  });

  it('treats an official release of body-worn camera video as sanctioned', () => {
    const text = 'In the interest of transparency we are releasing the body-worn camera footage of Tuesday’s incident.';
    expect(rule(text, id, 'official')).toEqual([]);
    expect(rule('Bodycam footage of my partner tackling that guy, posting it tonight', id)).toHaveLength(1);
  });
});

describe('case/investigation', () => {
  const id = 'case/investigation';

  it('reports a named suspect and a statement on guilt', () => {
    const text = 'The suspect, Kevin Hale, 34, will be arraigned Monday and trust me he did it.';
    expect(spans(text, id)).toEqual(['suspect, Kevin Hale', 'trust me he did it']);
  });

  it('reports case numbers, witnesses and informants', () => {
    expect(spans('Case #2026-11873 is moving, witness statement came through.', id)).toEqual([
      'Case #2026-11873',
      'witness statement',
    ]);
    expect(spans('Our CI says the shipment lands Friday.', id)).toEqual(['Our CI says']);
  });

  it('reports an operation only while it is still ahead', () => {
    expect(spans('Search warrant going down on Oak Ave at 5am tomorrow.', id)).toEqual(['Search warrant']);
    expect(rule('Officers served a search warrant yesterday and recovered two rifles.', id, 'official')).toEqual([]);
    expect(rule('Raiding the fridge after a double shift.', id)).toEqual([]);
  });

  it('exempts official appeals and arrest announcements but not personal posts', () => {
    const appeal = 'Witnesses to the crash on Route 9 are asked to call our tip line, case #26-004512.';
    expect(rule(appeal, id, 'official')).toEqual([]);
    expect(rule('Kevin Hale, 34, was arrested Tuesday and charged with burglary.', id, 'official')).toEqual([]);
    expect(rule('Update on case #26-004512: the key witness recanted.', id)).toHaveLength(2);
  });

  it('does not take a colleague for a suspect', () => {
    expect(rule('Sgt. Renee Whitfield cuffed the suspect in under a minute.', id)).toEqual([]);
  });

  it('ignores jokes and hospital admissions', () => {
    expect(rule('He cracked a joke at roll call.', id)).toEqual([]);
    expect(rule('Grandpa was admitted to the hospital.', id)).toEqual([]);
  });
});

describe('conduct/profanity', () => {
  const id = 'conduct/profanity';

  it('reports masked and plain words with their own spans', () => {
    const text = 'This damn traffic is killing me, f*** this commute.';
    expect(spans(text, id)).toEqual(['damn', 'f***']);
    expect(spans('What a sh1t show, b!tch please, fck it', id)).toEqual(['sh1t', 'b!tch', 'fck']);
    expect(spans('Whoever parked here is an a**hole.', id)).toEqual(['a**hole']);
  });

  it('separates strong from mild words through confidence', () => {
    const [damn, f] = rule('damn it, f***', id);
    expect(damn!.confidence).toBeLessThan(0.5);
    expect(f!.confidence).toBeGreaterThan(0.9);
  });

  it('reports "hell" only as an expletive', () => {
    expect(spans('What the hell was that call', id)).toEqual(['What the hell']);
    expect(rule("Dinner in Hell's Kitchen, then Highway to Hell on the radio", id)).toEqual([]);
  });

  it('leaves innocent substrings alone', () => {
    for (const text of [
      'Scunthorpe United won tonight.',
      'Assessing the class, hello cocktail night!',
      'Reading Dickens; Moby Dick next. Pissarro at the museum.',
      'Arsenal vs Sussex, bass and brass band at half time.',
      '*sigh* so tired.',
      'Ass. Prof. Lee and the Ass Product Manager joined us.',
    ]) {
      expect(rule(text, id), text).toEqual([]);
    }
  });
});

describe('conduct/bias', () => {
  const id = 'conduct/bias';

  it('reports a dehumanising generalisation from group to predicate', () => {
    const text = 'Those people from that neighborhood are all animals, every single one.';
    expect(spans(text, id)).toEqual(['Those people from that neighborhood are all animals']);
  });

  it('reports slurs, also lightly masked', () => {
    expect(spans('Another shift babysitting retards.', id)).toEqual(['retards']);
    expect(rule('that n1gger', id)).toHaveLength(1);
  });

  it('reports calls to expel a group', () => {
    expect(spans('Muslims should all be deported.', id)).toEqual(['Muslims should all be deported']);
  });

  it('ignores anti-bias statements, neutral mentions and animals', () => {
    for (const [text, context] of [
      ['We stand against racism and hate in every form.', 'official'],
      ['Not all Muslims are terrorists.', 'personal'],
      ['The suspect is described as a Hispanic male, 5\'10".', 'official'],
      ['The animals at the shelter are all vaccinated.', 'personal'],
      ['These people are heroes, every one of them.', 'personal'],
      ['Rebuilt the tranny on my truck.', 'personal'],
      ['Found a chink in the armor.', 'personal'],
    ] as const) {
      expect(rule(text, id, context), text).toEqual([]);
    }
  });
});

describe('conduct/political', () => {
  const id = 'conduct/political';

  it('reports a candidate endorsement with the vote and the name', () => {
    expect(spans('Vote for Jim Carter for mayor! He has my full support.', id)).toEqual(['Vote for Jim Carter']);
    expect(spans('Maria Lopez for Sheriff! Vote Tuesday.', id)).toEqual(['Maria Lopez for Sheriff']);
  });

  it('reports parties, slogans and campaign hashtags', () => {
    expect(spans('Proud Democrat, vote blue this November.', id)).toEqual(['Proud Democrat', 'vote blue this November']);
    expect(spans('Trump 2024 #MAGA', id)).toEqual(['Trump 2024', '#MAGA']);
  });

  it('ignores civic reminders and contest votes', () => {
    for (const [text, context] of [
      ["Don't forget to vote on Tuesday! Polls open at 6am.", 'official'],
      ['Register to vote at the county site.', 'official'],
      ['Vote for your favourite pie at the fall festival!', 'personal'],
      ['I vote for Austin Mahone #KCA', 'personal'],
      ['Vote for Officer Perrault in the chili cook-off!', 'personal'],
      ['President-elect Joko Widodo sworn in today.', 'personal'],
    ] as const) {
      expect(rule(text, id, context), text).toEqual([]);
    }
  });
});

describe('conduct/alcohol', () => {
  const id = 'conduct/alcohol';

  it('reports boasts about drunkenness and quantities', () => {
    expect(spans("Got absolutely hammered at the bar last night, can't feel my face.", id)).toEqual([
      'Got absolutely hammered',
      "can't feel my face",
    ]);
    expect(spans('12 beers deep and the night is young', id)).toEqual(['12 beers deep']);
    expect(spans('Blackout drunk at the wedding', id)).toEqual(['Blackout drunk']);
  });

  it('needs drinking for slang that has other meanings', () => {
    expect(rule('Arsenal got hammered 4-0 again.', id)).toEqual([]);
    expect(rule('The coast got hammered by the storm.', id)).toEqual([]);
    expect(rule('We were so wasted after the double shift.', id)).toEqual([]);
    expect(rule('We were so wasted after the double shift, shots at the pub did it.', id)).toHaveLength(1);
  });

  it('ignores moderate drinking and safety messages', () => {
    for (const [text, context] of [
      ['Enjoyed a glass of wine with dinner.', 'personal'],
      ['Two beers and a burger after the game.', 'personal'],
      ['14 drunk driving arrests this weekend. Plan a safe ride home.', 'official'],
      ['The driver was so drunk he could not stand.', 'personal'],
    ] as const) {
      expect(rule(text, id, context), text).toEqual([]);
    }
  });
});

describe('generalised patterns', () => {
  it('reads masked and spelled-out profanity', () => {
    const id = 'conduct/profanity';
    expect(spans('this s#!t again', id)).toEqual(['s#!t']);
    expect(spans('F.U.C.K. Mondays', id)).toEqual(['F.U.C.K']);
    expect(spans('being a d*ck about it', id)).toEqual(['d*ck']);
    expect(spans('totally sh*tfaced', id)).toEqual(['sh*tfaced']);
    expect(rule('Fields marked ** are required', id)).toEqual([]);
    expect(rule("I'm going to hell for that pun", id)).toEqual([]);
  });

  it('reads the night out told by its aftermath, with a drinking cue', () => {
    const id = 'conduct/alcohol';
    expect(spans("Woke up in the neighbours' hedge after the stag do 🍺", id)).toEqual(["Woke up in the neighbours' hedge"]);
    expect(spans('finished the second bottle before 9 🍷', id)).toEqual(['second bottle']);
    expect(spans('off duty and absolutely sh*tfaced', id)).toEqual(['sh*tfaced']);
    expect(rule('Woke up on the couch after movie night', id)).toEqual([]);
    expect(rule('Third bottle of sunscreen this summer', id)).toEqual([]);
    expect(rule('Got wasted on the last level of that game', id)).toEqual([]);
  });

  it('reads campaign work, hashtags and years as endorsements', () => {
    const id = 'conduct/political';
    expect(spans('Just donated $50 to the Delacroix campaign.', id)).toEqual(['donated $50 to the Delacroix campaign']);
    expect(spans('phone banking for Okafor for Senate tonight', id)).toEqual(['phone banking for Okafor for Senate']);
    expect(spans('#ReElectHalvorsen', id)).toEqual(['#ReElectHalvorsen']);
    expect(spans('The Unity Party gets my vote this year', id)).toEqual(['The Unity Party gets my vote']);
    expect(rule('Donated to the Red Cross campaign today', id)).toEqual([]);
    expect(rule('Vote yes on Measure B for a new library', id)).toEqual([]);
    expect(rule('#ElectricCar test drive today', id)).toEqual([]);
    expect(rule('Tokyo 2026 trip booked!', id)).toEqual([]);
  });

  it('reads one member maligned, token hires and crime pinned on a group', () => {
    const id = 'conduct/bias';
    expect(rule('The deaf guy they hired in records is a waste of a badge.', id)).toHaveLength(1);
    expect(rule('Putting a woman on the team was pure box-ticking.', id)).toHaveLength(1);
    expect(rule('I can tell you which race commits most of the crime.', id)).toHaveLength(1);
    expect(rule('Ticking all the boxes on the form today.', id)).toEqual([]);
    expect(rule('Disabled people are often treated as a burden, and that must change.', id)).toEqual([]);
    expect(rule('Those degenerates who vandalised the mosque will be caught.', id)).toEqual([]);
  });

  it('reads shared scene media and victims where officers found them', () => {
    const id = 'case/crime-scene';
    expect(spans('📷 from the robbery scene on Pine', id)).toEqual(['📷 from the robbery scene']);
    expect(rule('Worst call. She was still on the kitchen floor when we got there.', id)).toHaveLength(1);
    expect(rule('Images from the garage where the victim was found are attached.', id, 'official')).toHaveLength(1);
    expect(rule('Took a pic of the sunset after a rough call.', id)).toEqual([]);
    expect(rule('My daughter was still in her car seat asleep when we got home.', id)).toEqual([]);
  });

  it('reads upcoming warrants and sweeps, informants, witnesses and identities', () => {
    const id = 'case/investigation';
    expect(rule('Warrants for the Varga crew get signed Thursday', id)).toHaveLength(1);
    expect(rule('Big sweep in the Northgate houses tomorrow 5am', id)).toHaveLength(1);
    expect(rule('the snitch on the Harbor case is his own brother', id)).toHaveLength(1);
    expect(rule('The suspect, identified as Leon Marsh, 40, is believed to have robbed three banks.', id, 'official').length).toBeGreaterThan(0);
    expect(rule('The Dodgers going for the sweep at home tomorrow', id)).toEqual([]);
    expect(rule('My CI/CD pipeline is broken again', id)).toEqual([]);
    expect(rule('Ray Tobin, 27, was arrested and charged with burglary.', id, 'official')).toEqual([]);
  });
});

// UK and Australian phrasings, dehumanising labels and bare vote imperatives (invented examples, not the blind sets).
describe('regional phrasings and indirect forms', () => {
  const reported: [string, string][] = [
    ['case/investigation', 'Heads up, sarge said at briefing the Northfield op is Tuesday 0500, don\'t tell a soul'],
    ['case/investigation', 'Early start tmrw, doors going in at 6 on the Riverside estate'],
    ['case/investigation', 'Hitting five addresses first thing Friday, kit check tonight'],
    ['case/investigation', 'On obbo outside his flat all week, he gets nicked Thursday'],
    ['case/investigation', "The husband who 'discovered' her is lying through his teeth. We'll nail him."],
    ['case/investigation', 'His story doesn\'t add up, changed his account twice in interview about the stabbing.'],
    ['case/investigation', 'Crime ref 4471/22 finally went to court today'],
    ['case/investigation', 'CPS knocked it back again, third time on this file'],
    ['case/investigation', 'That lowlife Kyle Brennan from the Station Rd glassing got off on a technicality. Gutted.'],
    ['case/investigation', 'the fella from the Birch St post office job has form for robbery, he\'s going down'],
    ['case/investigation', 'Known to police since he was 12, this one. Bang to rights now.'],
    ['case/crime-scene', 'here you go lads 📸 the haul we lined up on the bench after the warrant'],
    ['case/crime-scene', 'Pics of the machete and wraps we laid out on the hood after the search 📷'],
    ['case/crime-scene', "Worst scene I've attended in 20 years. He was slumped in the driver's seat. Can't unsee it."],
    ['conduct/alcohol', 'Got absolutely trollied at the work do 🍻'],
    ['conduct/alcohol', 'Proper bladdered after the cricket lol'],
    ['conduct/alcohol', 'Necked 8 stubbies before kick off 🍺'],
    ['conduct/alcohol', 'Three bottles of prosecco between the three of us and still going 🥂'],
    ['conduct/bias', "Polish 'workers' nicking our jobs, scroungers the lot of them"],
    ['conduct/bias', 'Gays are freaks, the lot of them'],
    ['conduct/bias', 'the alphabet mafia are at it again this pride month'],
    ['conduct/bias', 'Guy who cut me up was Asian obviously. They can\'t drive.'],
    ['conduct/bias', "That lot are thieves, it's in their blood, every Albanian I've met"],
    ['conduct/bias', "So-called 'refugees' with iPhones, give me a break"],
    ['conduct/political', 'Out leafleting for Labour all Saturday 🌹'],
    ['conduct/political', 'Helped the Greens with leaflets all morning, sore feet!'],
    ['conduct/political', 'Numbered every box and put a 1 next to Hartley. Vote Hartley on the 9th!'],
    ['conduct/political', 'Proud to back Okafor for MP'],
    ['conduct/profanity', 'f*kin hell what a shift'],
    ['conduct/alcohol', 'Smashed a slab of VB at the cricket, legend status 🍺'],
    ['case/investigation', 'Our CHIS says the gear lands Friday'],
    ['conduct/political', 'Vote 1 Harrington on Saturday!'],
    ["case/crime-scene", "Check out this blood splatter photo from the Marsh Rd stabbing"],
    ["case/crime-scene", "Evidence tents all over the parking lot, here is what 22 spent casings look like"],
    ["case/crime-scene", "Pics from inside the ransacked apartment on Fern St, the victim lost everything"],
    ["case/investigation", "The CI came through again on the Eastgate crew, big day coming"],
    ["case/investigation", "Search warrant is getting signed this afternoon for the Linden St dealer"],
    ["case/investigation", "The guy we booked for the garage burglaries is good for all four, watch"],
    ["case/investigation", "Big round-up scheduled for Friday at dawn, bring coffee"],
    ["conduct/political", "Not voting for Pratt, that guy's a clown. Delacroix all the way!"],
    ["conduct/bias", "Every Muslim on that street is a criminal, simple as that."],
    ["conduct/bias", "Women are way too emotional for patrol work."],
    ["conduct/alcohol", "Probably still drunk from the wedding and I have court at 9"],
    ["conduct/alcohol", "Fifteen beers of cider deep and still standing"],
  ];
  it.each(reported)('%s reports: %s', (id, text) => {
    expect(rule(text, id), text).not.toEqual([]);
  });

  const clean: [string, string][] = [
    ['case/investigation', "We'll get him a cake for his retirement, he deserves it."],
    ['case/investigation', "My novel's detective says the neighbour who 'found' the body did it. Chapter 12 done!"],
    ['case/investigation', "He's lying through his teeth about eating the last biscuit 😂"],
    ['case/investigation', 'My previous job had better coffee.'],
    ['case/investigation', 'Order ref 24/11398 still hasn\'t arrived, Amazon pls'],
    ['case/investigation', 'Early doors tomorrow, gym at 0600 then work.'],
    ['case/investigation', 'Our charity raid on the sweet shop is Friday, bring cash for the kids\' hospital.'],
    ['case/investigation', 'Grandad always said my uncle had form for nicking biscuits.'],
    ['case/investigation', 'The guy from the Marlowe Ave bakery job interview called me back!'],
    ['case/crime-scene', "Here's a pic of all the cash we raised laid out on the table after the bake sale!"],
    ['case/crime-scene', '📸 the knives and forks laid out for the wedding breakfast'],
    ['case/crime-scene', "NaNoWriMo: 'She was face down in the bath' is my opening line. Too dramatic?"],
    ['case/crime-scene', "She was face down in the bath scrubbing it, can't unsee the mould."],
    ['conduct/alcohol', 'Two bottles of water between the two of us on the hike.'],
    ['conduct/alcohol', 'Bought two bottles of rosé for Mum\'s birthday dinner.'],
    ['conduct/alcohol', 'A schooner of pale ale at the pub with Dad.'],
    ['conduct/bias', 'Trans women are women. Proud ally.'],
    ['conduct/bias', 'Immigrants built this town. They shouldn\'t be scapegoated.'],
    ['conduct/bias', 'Politicians are liars, the lot of them.'],
    ['conduct/bias', "It's in their blood, the Hendersons have been fishing this bay for 200 years."],
    ['conduct/bias', 'Pride parade was amazing, rainbow flags everywhere 🏳️‍🌈'],
    ['conduct/bias', 'They can\'t drive in the snow here, nobody grits the roads.'],
    ['conduct/political', 'Vote Now for the best pub in town!'],
    ['conduct/political', 'Vote Bella for cutest dog in the calendar contest!'],
    ['conduct/political', 'Helped the Harbor Rovers with leaflets for their summer fun run.'],
    ['conduct/political', 'The Green Party leaflet came through the door today.'],
    ['case/investigation', 'The grass needs cutting again, our grass seed order came Friday'],
    ['conduct/political', 'Vote 1 for pizza night!'],
    ["case/crime-scene", "Paint spatter photo from my kid's art class, proud dad"],
    ["case/crime-scene", "Photos from inside the new station house, the gym is great"],
    ["case/crime-scene", "Picked up 200 spent casings at the range after qualification, look at this pile"],
    ["case/investigation", "The CI pipeline failed again on the release branch"],
    ["case/investigation", "Don't worry about the twenty bucks, he's good for it."],
    ["case/investigation", "Walking is good for all six of my dogs"],
    ["conduct/political", "Voting closes tonight for the talent contest. Jenna all the way!"],
    ["conduct/bias", "Every immigrant family on our block brought food to the fundraiser."],
    ["conduct/bias", "Women are too often overlooked for promotion here."],
    ["conduct/alcohol", "Still tired from last night and I have work in 2 hours"],
    ["conduct/alcohol", "Still buzzed from the concert last night, what a show"],
  ];
  it.each(clean)('%s stays clean: %s', (id, text) => {
    expect(rule(text, id), text).toEqual([]);
  });
});
