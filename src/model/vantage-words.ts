/**
 * Words of an officer's own vantage, read by the id/self-affiliation head (author-signals.ts) as features, never as
 * findings: police acts told by their doer ("I booked him", "cleared my last call", "Booked two before lunch.") and
 * police things owned by the writer ("my FTO", "our sector", "my cruiser"). Data only, one item a line; the head
 * weighs them against the look-alike signs beside them (another job, a relative, fiction). A change wants
 * `npm run train`.
 */
import { oneOf } from '../detectors/vocab.js';

/** What an officer clears, takes or runs: "cleared the call", "took a statement", "ran the plates". */
const JOBS = [
  'calls?',
  'scenes?',
  'jobs?',
  'reports?',
  'statements?',
  'plates?',
  'tags?',
  'fatal',
  'domestic',
  'burglary',
];

/** Police acts, in the past or present, as their doer tells them: "arrested", "pulled him over", "cleared the call". */
export const POLICE_ACTS = [
  'arrest(?:ed|ing)',
  'booked',
  'booking',
  '(?:hand)?cuffed',
  'detained',
  'collared',
  'tased',
  'tasered',
  'frisked',
  String.raw`patted\s+(?:him|her|them|it)\s+down`,
  String.raw`pulled\s+(?:him|her|them|a\s+\w+|over)`,
  String.raw`(?:stopped|lit\s+up)\s+a\s+(?:car|vehicle|driver|truck|van)`,
  'ticketed',
  String.raw`wrote\s+(?:him|her|them|a|my|\d+)\s+(?:up|tickets?|citations?|summons(?:es)?|reports?)`,
  String.raw`(?:issued|gave)\s+(?:him|her|them)?\s*(?:a|\d+)\s+(?:tickets?|citations?|summons(?:es)?)`,
  String.raw`responded\s+to`,
  String.raw`(?:cleared|caught|took|worked|ran)\s+(?:the|a|my|our|that|another|\d+)\s+(?:\w+\s+)?${oneOf(JOBS)}`,
  'mirandized',
  'processed',
  'testified',
  String.raw`(?:served|executed)\s+(?:a|the|\d+)\s+(?:\w+\s+)?warrants?`,
  String.raw`locked\s+(?:him|her|them)\s+up`,
  String.raw`took\s+(?:him|her|them)\s+(?:in|into\s+custody|to\s+(?:jail|booking|the\s+cells))`,
  String.raw`called\s+(?:for\s+)?(?:backup|it\s+in)`,
  String.raw`(?:foot|vehicle|car)\s+(?:chase|pursuit)`,
  String.raw`kicked\s+(?:in|down)\s+(?:the|a)\s+door`,
  'radioed',
];

/** Police things a writer owns: "my FTO", "my sarge", "our sector", "my cruiser", "my caseload". */
export const POLICE_THINGS = [
  'sergeant',
  'sarge',
  'sgt',
  'lieutenant',
  'lt',
  'captain',
  'fto',
  String.raw`field\s+training\s+officer`,
  'beat',
  'cruiser',
  String.raw`(?:squad|patrol|radio|area|response)\s+car`,
  String.raw`(?:stab|ballistic|duty)\s+vest`,
  String.raw`duty\s+(?:belt|weapon|rig)`,
  'badge',
  'shield',
  String.raw`warrant\s+card`,
  'collars?',
  'prisoners?',
  'caseload',
  'precinct',
  'division',
  'sector',
  'nick',
  'squad',
  'platoon',
  'relief',
  String.raw`body\s?cam`,
  String.raw`dash\s?cam`,
  'arrests',
  String.raw`calls?\s+for\s+service`,
  'paperwork',
  String.raw`court\s+(?:date|appearance)`,
  'subpoenas?',
];
