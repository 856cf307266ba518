// case/crime-scene: sharing or describing crime-scene material (scene and evidence photos, bodycam stills, victims at a scene); serves the clauses barring release of crime-scene, evidence and victim imagery or detail.
import type { Match, TextDetector } from '../../core/types.js';
import { matchOf, scan, sentences, sentenceTextOf } from '../conduct/text.js';

/*
 * Four readings:
 *  - media of a scene or of evidence: a picture word near a scene word ("pic from the homicide scene", "evidence
 *    photos", "bodycam still", "photo of the body"); on personal accounts also media of an incident ("pics from
 *    that fatal wreck") and sharing pictures on a post about one ("posting a few shots from inside the house");
 *  - media flagged as graphic on a post about a call ("Photo attached, not for the faint of heart");
 *  - gore with a scene or call in the post ("homicide scene on Walnut, blood everywhere");
 *  - a victim's condition or position at a scene on a personal account ("victim was still slumped over the wheel").
 * Dropped: fiction and screen (documentaries, podcasts, TV, games), similes ("my kitchen looks like a crime scene"),
 * public-safety notices ("crime scene tape is still up, avoid the area"), requests for the public's footage and
 * reminders not to post such material.
 */

// A picture or recording: "pic", "photos", "footage", "bodycam still", "screenshot"
// "still" only as a noun: "stills", "bodycam still", "a still" — not "victim was still slumped"
const MEDIA = String.raw`(?:pics?|pix|pictures?|photos?|photographs?|images?|videos?|vids?|footage|clips?|stills|(?<=(?:cam|camera|video|footage|a|the) )still|snaps?|snapshots?|screenshots?|screen ?grabs?|selfies?|recordings?)`;
// A scene or evidence: "homicide scene", "crime scene", "the body", "evidence", "autopsy", "bodycam"
const SCENE = String.raw`(?:(?:crime|homicide|murder|shooting|stabbing|suicide|fatal(?:ity)?|death|overdose|od|doa|accident|crash|wreck|burglary|break-?in|robbery|arson|fire|rape|assault|hit[- ]and[- ]run|body|bodies)\s+scenes?|scenes? of the (?:crime|murder|homicide|shooting|stabbing|crash|accident|wreck|fire|overdose|suicide)|(?:the|a|his|her|their|dead) (?:body|bodies|corpse|corpses|remains|decedent|deceased)|(?:the |a )?victim'?s?(?: body)?|evidence|autopsy|autopsies|morgue|mortuary|body[- ]?cams?|body[- ]worn(?: camera)?|bwc|dash[- ]?cams?|cruiser cam|in-car (?:camera|video))`;

// e.g. "pic from the homicide scene", "crime scene photos", "evidence photos", "bodycam still", "photo of the body"
const MEDIA_OF_SCENE = new RegExp(
  String.raw`\b${MEDIA}\b(?:[^.!?\n]{0,30}?)\b${SCENE}\b|\b${SCENE}\b(?:[^.!?\n]{0,12}?)\b${MEDIA}\b`,
  'gi',
);
// e.g. "pics from the scene", "video from on scene" — a bare "scene" needs an incident word in the post
const MEDIA_OF_BARE_SCENE = new RegExp(String.raw`\b${MEDIA}\b[^.!?\n]{0,20}?\b(?:from|at|of|on) (?:the )?scene\b`, 'gi');
// Police jargon for scene imagery: "the scene photo", "scene pics" — not a "behind-the-scenes photo"
const SCENE_MEDIA = new RegExp(String.raw`\bscene ${MEDIA}\b`, 'gi');
const NOT_A_CRIME_SCENE = /\b(?:behind[- ]the[- ]scenes?|wedding|play|theat(?:re|er)|stage|concert|music|band|gig|musical|rehearsal|film set)\b/i;

// An incident or its responders in the post: "before CSU got there", "the stabbing on 9th", "worst call"
const INCIDENT =
  /\b(?:csu|crime scene unit|medical examiner|coroner|detectives|homicide|murder|shooting|stabbing|stabbed|shot|suicide|fatal|doa|overdose|body|bodies|corpse|victim|blood|bloody|crash|wreck|accident|responded|call|shift|dispatch|gunshot|gsw)\b/i;

// Media flagged as disturbing, on a post about a call: "Photo attached, not for the faint of heart", "NSFL pic below"
const MEDIA_RE = new RegExp(String.raw`\b${MEDIA}\b`, 'gi');
const GRAPHIC_CUE =
  /\b(?:nsfl|graphic|not for the faint of heart|viewer discretion|can'?t unsee|trigger warning)\b/i;
const CALL_CONTEXT =
  /\b(?:found|call|scene|responded|arrived|shift|doa|body|bodies|victim|blood|homicide|murder|shooting|stabbing|overdose|suicide|crash|wreck)\b/i;

// Gore: "blood everywhere", "brains on the wall", "pool of blood", "bled out", "decomposing", "half his face gone"
const GORE = new RegExp(
  String.raw`\b(?:blood (?:everywhere|all over|on the walls?|up the walls?|splatter\w*|spatter\w*|soaked)|pools? of blood|covered in blood|soaked in blood|brains? (?:matter |on |all over|everywhere|splattered)|brain matter|guts (?:everywhere|all over|hanging|spilled|out)|intestines|entrails|decapitat\w*|dismember\w*|(?:headless|mangled|bloated|decomposed|decomposing|charred) (?:body|bodies|corpse|remains|torso)|maggots|decomposition|rigor mortis|rigor (?:had )?set in|bled out|throat (?:was )?(?:cut|slit)|half (?:his|her|their|the) (?:face|head|skull) (?:gone|missing|blown off)|skull (?:caved|crushed|split|open)|brains blown out|burned beyond recognition|body parts (?:everywhere|scattered|strewn|all over))\b`,
  'gi',
);
// Media of an incident on a personal account: "pics from that fatal wreck", "video of the shooting last night"
const INCIDENT_NOUN = String.raw`(?:(?:double |triple )?homicide|murder|shooting|stabbing|(?:fatal )?(?:wreck|crash|accident)|overdose|suicide|doa|hit[- ]and[- ]run|house fire|drowning)`;
const MEDIA_OF_INCIDENT = new RegExp(
  String.raw`\b${MEDIA}\b (?:from|of|at) (?:the |that |this |my |our |last night'?s |today'?s |tonight'?s )?(?:\w+ )?${INCIDENT_NOUN}\b`,
  'gi',
);
// Sharing pictures from a call: "Posting a few shots from inside the house", "here are some pics from tonight"
const SHARE_MEDIA = new RegExp(
  String.raw`\b(?:posting|sharing|here(?: i|')?s|here are|check out|want to see|wanna see|look at|dm me for)\s+(?:a |some |the |a few |few |these |this |my )?(?:\w+ )?(?:${MEDIA}|shots)\b`,
  'gi',
);
const INCIDENT_IN_POST = new RegExp(String.raw`\b(?:${INCIDENT_NOUN}|crime scene|dead body|the body|bodies|corpse|blood|gsw|gunshot)\b`, 'i');
// Official road-safety posts may show a crash: "Photos from the crash on Route 9 show why seatbelts matter"
const SAFETY_MESSAGE = /\b(?:slow down|buckle up|seat ?belts?|drive safe(?:ly)?|distracted driving|don'?t drink and drive|speeding|impaired)\b/i;

// A scene or call in the post makes gore a description of a scene rather than a cooking accident.
const SCENE_CONTEXT =
  /\b(?:scene|homicide|murder|shooting|stabbing|suicide|doa|overdose|victim|body|bodies|corpse|decedent|call|responded|arrived|on duty|shift|dispatch|crash|wreck|gsw|gunshot)\b/i;

// A victim's condition or position at a scene: "victim was still slumped over the wheel", "found her face down in the tub"
const VICTIM_AT_SCENE = new RegExp(
  String.raw`\b(?:(?:the )?victim|(?:the |a |his |her )?body|decedent|deceased|(?:the )?(?:kid|child|baby|girl|boy|woman|man|guy|lady)(?= was found| was lying))\b(?:'s body)?\s+(?:was\s+|is\s+)?(?:still\s+|just\s+)?(?:found\s+|lying\s+|laying\s+|left\s+)?(?:slumped|face ?down|face ?up|naked|nude|half[- ]naked|hanging|tied up|stuffed|wrapped|in pieces|in the (?:trunk|tub|bathtub|dumpster|closet|freezer)|under (?:the|a) (?:bed|car|tarp)|(?:lying|laying) (?:in|on|face)|still (?:warm|breathing|in the (?:car|seat|driver'?s seat|bed))|shot (?:in|through) the (?:head|face|neck|chest|back)|missing (?:half|part)|with (?:his|her|their) (?:throat|head|face|skull))`,
  'gi',
);
// "found him face down in the tub", "found her hanging in the garage"
const FOUND_AT_SCENE = /\b(?:found|find|saw|see) (?:him|her|them|the (?:victim|body|kid|child|baby|girl|boy|woman|man|guy))\s+(?:face ?down|face ?up|hanging|slumped|naked|dead in|lying in|laying in|in (?:a|the) pool of blood|stuffed in|in pieces)\b/gi;

// Screen and fiction: "crime scene documentary", "CSI rerun", "true crime podcast", "murder mystery party"
const FICTION =
  /\b(?:documentar(?:y|ies)|docuseries|docu-?series|podcasts?|episodes?|seasons?|series|(?:tv|this|that|the|a|new|fave|favou?rite) shows?|movies?|films?|novels?|books?|chapters?|games?|gaming|csi|ncis|law (?:&|and) order|dateline|forensic files|netflix|hulu|hbo|prime video|true crime|\btv\b|trailer|cosplay|halloween|costume|escape room|murder mystery|fiction|author|screenplay|cluedo|mindhunter|video game|playstation|xbox|gta|museum|exhibit|training (?:scenario|exercise|day)|mock (?:scene|crime)|simulat\w*)\b/i;
// Similes and jokes: "my kitchen looks like a crime scene", "like a murder scene in here"
const SIMILE = /\blooks? like (?:a |the )?(?:crime|murder|homicide) scene|like a (?:crime|murder) scene\b/i;
// Public safety and appeals: "tape is still up, avoid the area", "send us any video", "do not post photos"
const NOTICE =
  /\b(?:avoid the area|tape is (?:still )?up|roads? (?:is |are )?(?:closed|blocked)|expect delays|seek alternate|stay clear|stay away|detours?|(?:send|share|upload|submit) (?:us )?(?:any |your )?(?:photos?|videos?|footage|pics?|images?)|if you (?:have|captured|recorded)|anyone with (?:information|video|footage|photos?)|do(?:n'?t| not) (?:post|share|circulate|publish)|never (?:post|share)|please (?:don'?t|do not|refrain)|prohibited|not permitted|not allowed|forbidden|against (?:department |our )?policy|show restraint|out of respect|ring (?:camera|doorbell)|doorbell cam\w*|security cam\w*)\b/i;
// Official appeals: "do you recognize this man?", "help us identify", "call our tip line"
const APPEAL =
  /\b(?:do you recogni[sz]e|help (?:us )?(?:identify|locate|find)|anyone with (?:any )?information|tip ?line|crime ?stoppers|wanted for|have you seen|please call|contact (?:det|detective|us))\b/i;
// Official releases of body-worn camera video are sanctioned disclosures, not leaks.
const OFFICIAL_RELEASE = /\b(?:releas(?:e|ed|ing)|publish(?:ed|ing)?|transparency)\b/i;

/** Crime-scene, evidence and victim imagery or detail. */
export const crimeScene: TextDetector = {
  kind: 'text',
  id: 'case/crime-scene',
  title: 'Crime-scene material',
  description:
    'Sharing or describing crime-scene material: scene or evidence photos and video, bodycam stills, gore at a scene, ' +
    "victims' condition or position at a scene. Public-safety notices, fiction, TV, documentaries and podcasts are " +
    'not reported.',
  messages: {
    default: 'Crime-scene material',
    media: 'Post shares or refers to crime-scene, evidence or bodycam imagery',
    gore: 'Post describes injuries or gore at a scene',
    victim: "Post describes a victim's condition or position at a scene",
  },
  examples: {
    tp: [
      "Crazy night. Here's a pic from the homicide scene on Walnut, blood everywhere.",
      'Sharing the evidence photos from the break-in so you can see how bad it was.',
      'Bodycam still from last night, look at this guy’s face lol',
      'Got a photo of the body before the ME showed up, wild.',
      'Pics from the scene of the stabbing on 9th, swipe if you dare',
      'Worst call of my career. Pool of blood in the kitchen and the kid was still in his crib.',
      'Victim was still slumped over the wheel when we got there.',
      'Found him face down in the tub, third overdose this week.',
      'Crime scene photos from the Elm St shooting attached',
      { text: 'Dashcam footage from the fatal crash scene is below.', context: 'official' },
    ],
    fp: [
      { text: 'Crime scene tape is still up on Harbor Ave, please avoid the area.', context: 'official' },
      'Binge-watching a crime scene documentary tonight, anyone seen it?',
      'My kitchen looks like a crime scene after the kids baked cookies.',
      { text: 'If you have video or photos of the incident, please send them to our tip line.', context: 'official' },
      'New true crime podcast episode: the body in the lake. Link in bio.',
      'Playing the new CSI video game, the evidence photos mini-game is fun.',
      { text: 'Reminder to all members: do not post photos of crime scenes or evidence on social media.', context: 'official' },
      'Cut my finger chopping onions, blood everywhere lol.',
      { text: 'We responded to a crash on Route 9 tonight. Please slow down and buckle up.', context: 'official' },
      'Evidence that summer is here: photos from the beach day!',
    ],
  },
  // e.g. "scene", "evidence", "bodycam", "blood", "body", "victim", "autopsy", "decomposing"
  trigger:
    /scene|evidence|body|bodies|corpse|remains|victim|decedent|deceased|autops|morgue|mortuary|cam\b|cams\b|\bbwc\b|in-car|blood|brain|guts|intestines|entrails|decapitat|dismember|headless|mangled|maggots|decompos|rigor|bled out|throat|skull|face ?down|found (?:him|her|them)|nsfl|graphic|faint of heart|viewer discretion|unsee|trigger warning|pics?\b|photo|picture|video|footage|shots/i,
  detect(input, ctx) {
    const text = input.text;
    if (FICTION.test(text) || SIMILE.test(text)) return [];
    const personal = ctx.context === 'personal';
    const segs = sentences(text);
    const sentenceOf = sentenceTextOf(text, segs);
    const out: Match[] = [];
    const push = (m: RegExpExecArray, confidence: number, messageId: string) => out.push(matchOf(m, confidence, messageId));

    // A notice anywhere in the post ("…avoid the area", "do not share photos") or an official appeal ("do you
    // recognise this man? Video below") frames every mention of media.
    const mediaAllowed = !NOTICE.test(text) && (personal || !APPEAL.test(text));
    if (mediaAllowed) {
      for (const m of scan(MEDIA_OF_SCENE, text)) {
        const sentence = sentenceOf(m.index);
        // "evidence that summer is here: photos…" is a figure of speech, not exhibits
        if (/evidence/i.test(m[0]) && /\bevidence (?:that|of how|of why)\b/i.test(sentence)) continue;
        // an official post with a victim's photo is usually a memorial or a missing-person appeal
        if (!personal && /victim/i.test(m[0]) && !/scene|evidence|body|bodies|corpse|cam|autops|morgue/i.test(m[0])) continue;
        if (!personal && /body[- ]?(?:cam|worn)|bwc|dash/i.test(m[0]) && OFFICIAL_RELEASE.test(sentence)) continue;
        push(m, 0.85, 'media');
      }
      if (!NOT_A_CRIME_SCENE.test(text)) for (const m of scan(SCENE_MEDIA, text)) push(m, 0.75, 'media');
      if (/\bME\b/.test(text) || INCIDENT.test(text)) {
        for (const m of scan(MEDIA_OF_BARE_SCENE, text)) {
          // "behind the scenes", "the music scene": only "the scene" of an incident counts
          if (/behind the scenes?|(?:music|art|food|club|bar|local|indie|punk|fashion|dating) scene/i.test(sentenceOf(m.index))) continue;
          push(m, 0.75, 'media');
        }
      }
      if (personal) {
        for (const m of scan(MEDIA_OF_INCIDENT, text)) push(m, 0.75, 'media');
        if (INCIDENT_IN_POST.test(text)) for (const m of scan(SHARE_MEDIA, text)) push(m, 0.7, 'media');
      } else if (!SAFETY_MESSAGE.test(text)) {
        // an official crash photo is road-safety messaging; a homicide or shooting photo is not
        for (const m of scan(MEDIA_OF_INCIDENT, text)) {
          if (/homicide|murder|shooting|stabbing|doa|suicide|overdose/i.test(m[0])) push(m, 0.7, 'media');
        }
      }
      if (GRAPHIC_CUE.test(text) && CALL_CONTEXT.test(text)) for (const m of scan(MEDIA_RE, text)) push(m, 0.65, 'media');
    }
    if (SCENE_CONTEXT.test(text)) {
      for (const m of scan(GORE, text)) if (!NOTICE.test(sentenceOf(m.index))) push(m, 0.8, 'gore');
    }
    // An official post saying where a victim was found is a press release; only personal accounts are reported.
    if (personal) {
      for (const re of [VICTIM_AT_SCENE, FOUND_AT_SCENE]) for (const m of scan(re, text)) push(m, 0.75, 'victim');
    }
    return out;
  },
};
