// The vetoes the learned heads read (src/model/signals.ts): a sentence they skip, and one like it they keep.
import { describe, expect, it } from 'vitest';
import { noNumberIn, notAnOfficersNumber } from '../../../src/detectors/id/badge-number.js';
import { caseNotOpenIn } from '../../../src/detectors/case/investigation.js';
import { sceneNotRealIn } from '../../../src/detectors/case/crime-scene.js';

describe('id/badge-number head veto', () => {
  it('skips a phone number given to ring, in a trunk-0 national shape (issue 11)', () => {
    expect(notAnOfficersNumber("Please ring 01632 960412 if you've got them")).toBe(true);
    expect(notAnOfficersNumber('New mobile is 07700 900123, old one is dead')).toBe(true);
    expect(notAnOfficersNumber('Badge 4471 back on the vest after leave')).toBe(false);
    expect(notAnOfficersNumber('Shield 012345, same as my dad wore')).toBe(false);
  });
  it('skips a case number that is the only number in the sentence, and keeps a badge beside one (issue 11)', () => {
    expect(notAnOfficersNumber('Case 2026-001188, the insurer wants the number again')).toBe(true);
    expect(notAnOfficersNumber('Complaint number 26-4410 still open after a month')).toBe(true);
    expect(notAnOfficersNumber('Incident 26-4471 is mine now, badge 5580 on the paperwork')).toBe(false);
    expect(notAnOfficersNumber('Work gave me a pager with number 3310 on it, very 1995')).toBe(true);
  });
  it('skips a post with no number at all', () => {
    expect(noNumberIn('My old collar number still pops into my head')).toBe(true);
    expect(noNumberIn('badge number four four one seven')).toBe(false);
  });
});

describe('case/investigation head veto', () => {
  const unit = (s: string) => caseNotOpenIn(s, s);
  it("skips an officer's tax registry number, which is no case number (issue 11)", () => {
    expect(unit("My husband's tax reg number is 918224, tell the desk sergeant that if he doesn't answer his phone")).toBe(true);
    expect(unit('Tax registry 771204 on the overtime slip again')).toBe(true);
    expect(unit('Case number 918224: the suspect is the tenant downstairs')).toBe(false);
    // (a case number beside the officer's is still told)
    expect(unit('Tax reg 771204 on the charge sheet, complaint number 26-4410')).toBe(false);
  });
  it("skips a pet's mischief record, a culprit yet to be found and a door described (issue 11)", () => {
    expect(unit("Pickle's rap sheet this week: two socks and a slipper. Lock her up.")).toBe(true);
    expect(unit("She's going to find out who did it, believe me.")).toBe(true);
    expect(unit('Number 9 is the one with the green gate.')).toBe(true);
    expect(unit("His rap sheet runs to four pages, assault and dealing mostly.")).toBe(false);
    expect(unit('Number 9 is the one with the green gate, that is where the dealer lives.')).toBe(false);
  });
  it('skips a phone number given as one, and keeps one in a case (issue 11)', () => {
    expect(unit("New phone case came in and it's already cracked. New number too btw, 07700 900318, the old one's dead.")).toBe(true);
    expect(unit('My mobile number is 07700 900123 now, save it')).toBe(true);
    expect(unit("New phone case came in and it's already cracked.")).toBe(true);
    expect(unit('The phone case had his prints on it, the suspect is done')).toBe(false);
    expect(unit("The suspect's new number is 07700 900318, we're pulling the records")).toBe(false);
  });
  it("skips the author's own loss told without a number, and keeps it with its crime reference number (issue 11)", () => {
    expect(unit('My bike was stolen from outside the library last night')).toBe(true);
    expect(unit('Reported my stolen bike online, no hope of seeing it again')).toBe(true);
    expect(unit('Reported my stolen bike online, crime reference 4471/22, no hope')).toBe(false);
    // (a number said to be given, with none in the post, is no case number: the lead's call)
    expect(unit('Reported my stolen bike online and got a crime number in 5 minutes')).toBe(true);
    expect(unit('Crime ref for my stolen bike is 26/1199')).toBe(false);
  });
});

describe('case/crime-scene head veto', () => {
  it("skips a pet's kill played as a crime, and keeps a scene (issue 11)", () => {
    expect(sceneNotRealIn('The cat had killed a mouse and left it on the mat. Crime scene.')).toBe(true);
    expect(sceneNotRealIn('Crime scene photos from the Elm St stabbing are on the group chat.')).toBe(false);
  });
});
