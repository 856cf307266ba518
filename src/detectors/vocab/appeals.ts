/**
 * An official appeal for information, one item a line (regex source): "help us identify", "anyone with information",
 * "call our tip line", "have you seen". An official post holding one is the department asking the public, so the
 * media it shows (case/crime-scene) and the case it describes (case/investigation) are sanctioned, not leaked.
 * pii/shared's APPEAL_WORDS is another list: the words beside a phone number that make it the line to call.
 */
export const OFFICIAL_APPEALS = [
  String.raw`public'?s help`,
  'help (?:us )?(?:identify|identifying|locate|locating|find)',
  'anyone with (?:any )?information',
  'if you (?:have|know|recogni[sz]e|saw|witnessed)',
  'do you (?:know|recogni[sz]e)',
  'tip ?line',
  'crime ?stoppers',
  // "call us", "call 911 w/ event #", "call (202) 727-9099"
  // (issue 11, train-z: the bracketed form ends on its digits, so the closing word edge finds it: "Call (555) 010-2000")
  String.raw`call (?:us|\d+|\(\d+\)\s?\d+)`,
  'contact (?:det|detective|us|the)',
  'please call',
  'appealing for',
  'asking for',
  'seeking (?:information|witnesses|the public)',
  'wanted for',
  'have you seen',
  'can you help',
  // (issue 11, heldout-n) "we're looking for witnesses. Dashcam footage can be uploaded via our website"
  'looking for (?:any )?(?:witnesses|information)',
  // (issue 11, train-z) "we're looking for dashcam footage from Route 9", "looking for doorbell video"
  String.raw`looking for (?:any )?(?:(?:dash ?cam|doorbell|cctv|ring|phone|mobile phone) )?(?:footage|videos?|images|photos)`,
  String.raw`(?:footage|video|dashcam|photos) can be (?:uploaded|submitted|sent)`,
  // (issue 11, session 25, heldout-q) "Appeal: did you see a silver van on Greenway Drive? Dashcam footage could help",
  // "Dashcam appeal | ...", "Did you catch it on camera?"
  String.raw`appeal(?=\s*[:|])`,
  'did you (?:see|catch|witness|notice|hear)',
];
