/**
 * The Davidson hate/offensive tweets (../shared/external/real-text, MIT) split by id into a part `npm run train` may
 * learn conduct/bias from and a dev part it never sees, which `npm run eval` scores: a development figure on real
 * social-media text that, unlike HateXplain (evaluation only), may be looked at while working on the bias rule.
 * Their text never enters the repo.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface DavidsonTweet {
  id: string;
  text: string;
  /** The crowd's majority: hate_speech, offensive_language or neither. */
  label: string;
  votes: { count: number; hate_speech: number; offensive_language: number; neither: number };
}

export const davidsonFile = (shared: string) => join(shared, 'external', 'real-text', 'davidson-hate-offensive.jsonl');

/** One tweet in five (by a hash of its id, independent of train.ts's folds) is the dev part. */
export function davidsonPart(id: string): 'train' | 'dev' {
  return createHash('sha1').update(`davidson-split:${id}`).digest()[0] % 5 === 0 ? 'dev' : 'train';
}

/**
 * The bias label a tweet gets in training, or undefined where the crowd did not agree: hate speech by at least three
 * in four votes is bias; offensive or neither with no hate vote is not (../shared/eval/README.md's conduct/bias is a
 * remark maligning people for a protected class; Davidson's offensive_language rows are insults and profanity aimed
 * at a person, "bitch" and "hoe" mostly, which that rule does not cover). The 2-of-3 hate rows are mostly slurs used
 * as insults without a group maligned; they are left out.
 */
export function davidsonTrainLabel(t: DavidsonTweet): 0 | 1 | undefined {
  const hateShare = t.votes.hate_speech / Math.max(1, t.votes.count);
  if (t.label === 'hate_speech') return hateShare >= 0.75 ? 1 : undefined;
  return t.votes.hate_speech === 0 ? 0 : undefined;
}
