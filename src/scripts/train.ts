/**
 * `npm run train`: fit the learned layer's per-rule heads (logistic regression over USE-lite sentence embeddings, the
 * regex detectors' hits, the first-look word weights, hashed word n-grams of the sentence and the post, and post-level
 * features as features; with `--hidden N` an MLP head is tried per rule too, kept where cross-validation prefers it)
 * and write src/model/heads.json. Each head also gets a first look without the embedding (the same model
 * minus the embedding), so a scan embeds only the sentences that could make the head fire.
 *
 * Training data: fixtures/cases/*.jsonl except held-out-* sets but the development ones named by `--also-train`
 * (ALSO_TRAIN by default; never an untouched set: development-sets.ts) (official-account hard negatives come from the
 * synthetic train-d-* sets), ../shared/eval/dev.jsonl, and for conduct/bias the train part of the Davidson tweets in
 * ../shared/external/real-text where the crowd agreed (davidson.ts; the dev part is for `npm run eval`) (MIT; their text never enters the repo: only the weights do).
 * Never the real police posts (their sources carry no licence: evaluation only), HateXplain or an untouched held-out
 * set: those are for `npm run eval` only.
 *
 * A post is scored by its best unit (sentence), so training is multiple-instance in two rounds: first every unit of
 * a positive post counts as positive; then only the unit the first model liked best. Five folds (by blocks of
 * adjacent lines, FOLD_BLOCK, or by whole files: FOLD_SCHEMES, by rule) give out-of-fold post scores (each fold's gates learned on its training folds too, and
 * each training post's lexical features from gates that did not see its own fold); on them each rule chooses whether
 * a post's score is its best unit's or its few best units' combined (COMBINE_TRIED), and its threshold: the lowest at
 * which the regex detectors OR the model keep the rule's precision target (TARGETS) on the labelled cases.
 * Deterministic: fixed folds, full-batch Adam from zero weights (an MLP head: mini-batches in an order, and initial
 * weights, from a fixed seed).
 *
 *   npm run train -- [--out file] [--no-davidson] [--no-lexical] [--epochs N] [--target-p 0.95]
 *                    [--keep-added 0.95] [--rule id ...] [--buckets 16384] [--orders 1,2] [--post-orders 1]
 *                    [--l2-grams 1e-3] [--also-target 0.95] [--no-post-level] [--hidden 16] [--mlp-epochs 6]
 *                    [--mlp-rules id ...] [--dump-oof file] [--fold-by-file | --fold-by-block]
 *                    [--also-train heldout-a,heldout-b | none] [--also-train-weight 4]
 *                    [--clamp-thresholds-to src/model/heads.json] [--clamp 0.05]
 *
 * `--rule` runs refit only the listed rules (and the heads they stack on): with an `--out` given, the others are
 * copied from src/model/heads.json (or `--rest-from file`, e.g. a full run's --out), so a retrain may run as two
 * processes over disjoint rules whose outputs are merged.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../core/config.js';
import { detectText } from '../core/engine.js';
import type { AccountContext, Profile } from '../core/types.js';
import { textDetectors } from '../detectors/index.js';
import { POLICE_CONTEXT_WORDS } from '../detectors/id/police-words.js';
import {
  POST_FEATURES,
  postFeatures,
  combineUnits,
  EMBEDDING_DIMS,
  features,
  gateScore,
  lexicalFeatures,
  logit,
  ngramIndices,
  parseHeads,
  policeWords,
  score,
  serializeHeads,
  stackedFeatures,
  stackedLength,
  type CueHit,
  type Gate,
  type Hashing,
  type Head,
  type Heads,
  type Stacked,
} from '../model/heads.js';
import { namesGroup } from '../model/bias-signals.js';
import { DRINK_CONTEXT } from '../detectors/conduct/alcohol.js';
import { OWN_SIGNALS } from '../model/signals.js';
import { MODEL_RULES } from '../model/layer.js';
import { tokens, units, type Unit } from '../model/sentences.js';
import { davidsonFile, davidsonPart, davidsonTrainLabel, type DavidsonTweet } from './davidson.js';
import { DEVELOPMENT_HELDOUT } from './development-sets.js';
import { EmbeddingCache } from './embedding-cache.js';
import { mulberry32 } from './seeded.js';
import { clampThresholds, describeMoves } from './threshold-clamp.js';
import { profileForCases, type Case } from './eval-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
/**
 * Precision the regex detectors and the model together must keep on the in-domain cases, out of fold, by rule.
 * conduct/alcohol is held to 0.95: at 0.93 its precision fell short on untouched text (0.88 on heldout-d, 0.94 on -e),
 * and its recall has room (0.85-1.00 there); cross-validated on 17,435 cases (folds by blocks of lines) 0.95 costs it
 * 0.845 -> 0.797 recall, where it would cost self-affiliation 0.601 -> 0.515. At 0.95 its precision still fell short on
 * untouched text (0.875 on heldout-d, 0.917 on -i, session 9) with recall to spare (0.85-1.00), so session 10 holds
 * it to 0.97: cross-validated on 22,539 cases, regex+model recall 0.926 -> 0.901. `--target-p` sets one target for all.
 * id/self-affiliation stays at 0.93 (session 14, 25,739 cases with train-r): at 0.94 its threshold rose 0.824 -> 0.853
 * and recall fell 0.734 -> 0.709, and on heldout-a..g it found 239 with 6 false alarms against the shipped head's 240 and 5;
 * on train-r read as unseen by a head trained without it, its false alarms were sure ones (15 of 22 at 0.92 or more).
 * conduct/bias stays at 0.93 (session 15, bias-only refits on ed15865, 26,533 cases): at 0.95 its threshold rose
 * 0.830 -> 0.876, cross-validated regex+model recall fell 0.840 -> 0.808, heldout-a..h did not move (124 found, 1 false
 * alarm) and Davidson dev regex+model fell 0.833 -> 0.829; at 0.97 a..h lost 6 of 124. Only HateXplain, which is for
 * evaluation and may not choose a setting, read higher (0.783 -> 0.787), so no measure we may fit on asks for it.
 * Session 17 (28,139 cases with train-t and train-u): self-affiliation retrained at 0.93 (threshold 0.818, cross-validated
 * 0.930/0.742) found 439 of heldout-a..j's posts with 21 false alarms against the shipped head's 421 and 11; its
 * threshold re-chosen out of fold at 0.94 (0.851) 430 and 18, at 0.95 (0.876) 416 and 16, so a stricter target does not
 * make the retrained head as precise as the shipped one there. Bias refit on 7306349's rows: the regex rows now find
 * 0.651 of the positives alone (0.627 before them), so the head's additions, held to 0.93 alone, are the harder ones and
 * its threshold rose 0.806 -> 0.836 (regex+model 0.984/0.841); heldout-a..j 191 found / 2 false alarms -> 185 / 1,
 * Davidson dev regex+model F1 0.838 -> 0.833; not shipped.
 * Session 19 (29,739 cases with train-v and train-w, code c69613f): self-affiliation, investigation and bias refit (crime-
 * scene with them) and judged against the shipped heads only on heldout-g..l, which neither trained on; no head shipped.
 * Self-affiliation threshold 0.800 (cross-validated 0.930/0.763): g..l found / false alarms 362 / 8 -> 377 / 23, at the
 * 0.95 thresholds (0.865) 362 / 12; investigation 0.609 (0.930/0.872): 184 / 3 -> 186 / 6 (0.677: 184 / 6), real official
 * FA/1000 2.9 -> 3.5; bias 0.816 (0.984/0.847): 181 / 1 -> 182 / 1, Davidson dev F1 0.838 both, but the refit gates cost
 * the copied alcohol head one post and a false alarm on g..l. The same refit without train-w, read on train-w unseen:
 * self-affiliation 105 / 17 (shipped) -> 106 / 14, investigation 60 / 2 -> 63 / 2, bias 41 / 0 -> 39 / 0, while on g..l it
 * lost as the other did. The refit heads rank g..l's posts the regex misses as the shipped ones do (self-affiliation, of
 * the top 100 / 160 / 200: 96 / 149 / 173 true against 97 / 152 / 169); what differs is the threshold.
 * Thresholds chosen on test-shaped development text instead (heldout-a..f, or a..l with each set judged at the threshold
 * chosen on the other eleven) go lower, not higher: the shipped self-affiliation head at 0.93 regex+model on a..f 0.667
 * (g..l 389 / 47), with its additions alone held to 0.93 0.815 (374 / 18); investigation 0.509 (188 / 7); bias 0.792
 * (181 / 1, unchanged). On the drafts written like a test set that the shipped heads never saw (train-v, train-w) its
 * additions are far less precise than on a..l (self-affiliation train-w 49 added / 15 false, a..l 206 / 10): a..l's labels
 * have been read and settled through many sessions, the untouched sets' and train-w's not, so a..l flatters every head.
 * Chosen on train-w (additions alone at 0.93), self-affiliation would rise to 0.973 (g..l 296 / 5) and investigation fall
 * to 0.654 (g..l 188 / 3, four true posts gained and nothing else moved on a..f, train-v or train-w; out of fold on the
 * training text the same band is about half precise), so the shipped thresholds stay.
 * Session 20 (code ea5ac7f, train-x kept out of training and scored unseen first): a bias-only refit on the session 18-19
 * vocabulary (29,739 cases, threshold 0.838, cross-validated regex+model 0.985/0.843) left heldout-g..m at 212 found / 1
 * false alarm and Davidson dev regex+model F1 at 0.838, moved a..f 92 / 1 -> 91 / 0 and train-x 51 / 1 -> 52 / 1, but its
 * refit word gate, which every head reads as a lexical feature, cost the self-affiliation head a true post on train-x
 * (114 -> 113); not shipped. The investigation threshold raised to 0.77 (just over train-w's one false addition, 0.765;
 * no true addition on train-w lies between 0.698 and 0.80) drops three false additions on heldout-m and train-x and no
 * true one there, but six true posts on heldout-a..l (0.72-0.76) and no false one: not shipped.
 * Session 21 (code: main ac308a9 with the political news veto; 36,172 cases: train-a..x and heldout-a..m with
 * `--also-train`, heldout-n and train-y kept out): self-affiliation refit (crime-scene with it, which it stacks on) by
 * `train --rule id/self-affiliation --also-train heldout-a,...,heldout-m --also-target 0.95`, judged against the
 * session-17 heads on heldout-n and train-y (501 + 800 posts), which neither trained on, with session 21's head vetoes
 * in both. At 0.93 (threshold 0.800, cross-validated 0.930/0.784) found / false alarms 193 / 10 -> 199 / 14 (precision
 * 0.951 -> 0.934); at 0.95 (0.858, 0.950/0.739) 195 / 5, and crime-scene at 0.95 (0.580; official 0.731) 69 / 2 -> 72 /
 * 2, every other head unchanged there. The 0.95 heads ship, so both refit rules are held to 0.95 here. At matched
 * precision the 0.93 head also gains (0.811 recall against 0.791 at the shipped head's precision): its threshold, not
 * what it learned, was the loss.
 * Session 22 (code 14f10e4; not shipped): investigation refit by `train --rule case/investigation --also-train
 * heldout-a,...,heldout-n --also-target 0.95` on 37,527 cases (train-a..y, heldout-a..n), threshold 0.563 (cross-
 * validated 0.930/0.915), 0.642 at 0.95, 0.730 at 0.97 (re-chosen on its out-of-fold scores, the 0.95 first look), official
 * 0.734; judged against the session-17 head on heldout-o and train-z (533 + 800 posts, which neither trained on), where
 * the shipped head has no false alarm: found / false 95 / 0 -> 0.93 99 / 1, 0.95 99 / 0 (code 14f10e4), and 96 / 0 ->
 * 0.97 97 / 0 (code 1c8b5e1); real official FA/1000 at 0.97 2.9 -> 3.2 (investigation 11 -> 14 posts). With
 * train-z-01..04 too (38,167 cases, threshold 0.573, 0.95 0.653), on heldout-o and train-z-05: shipped 45 / 0, 0.93
 * 46 / 0, 0.95 45 / 0. Out of fold the refit's false alarms on the test-like files (heldout-a..n, train-v..y) are
 * mostly scenes told with no case (a victim, a body, a photo of the scene: 11 of 25 at 0.6 or more); those with a
 * picture are the family investigation.ts's sceneMediaOnly now closes. A bias refit
 * with train-z-01..04 (threshold 0.802, cross-validated 0.985/0.885) lost a post on train-z-05 (13 -> 12; heldout-o
 * 30 / 0 both), and its word gate, which every head reads, moved the investigation head's scores (heldout-o +1).
 * No held-back false alarm to remove, a recall gain of one to four posts (the lower thresholds' the most), and a worse
 * official rate: the shipped heads stay.
 * Session 23 (code e368493, criteria written before each result): on the development groups each shipped head never
 * trained on (each heldout-a..p set and train writer), every group keeps investigation precision >= 0.957 (additions
 * 447 true / 5 false), so thresholds chosen for the worst group, left out in turn, go lower (investigation 0.50: 953 /
 * 28 against 940 / 6), as in session 19; and a case-word gate on the investigation head would close no false addition
 * and 8 true ones. On out-of-fold scores by whole files (session 22's refit) the same rule asks for about +0.2 over the
 * pooled threshold (0.563 -> ~0.76): the writers the folds hold out are less alike than the development sets are.
 * The first look off: investigation +26 true / +13 false additions, bias +7 / +1 but 6 -> 9 real-tweet findings (all
 * three new ones false). A self-affiliation refit (crime-scene with it; 38,860 cases: train-a..z less train-aa,
 * heldout-a..o), threshold 0.843 (cross-validated 0.950/0.759), judged on heldout-p + train-aa-01..04 against the
 * shipped head: found / false 139 / 8 -> 144 / 9 (0.93: 0.792, 148 / 9), and its refit gates, which every head reads,
 * cost the investigation head a true post. None shipped.
 * Session 24 (lead's decision; criterion written before the result, GROUP_TARGET_P): every head refit on whole-file
 * folds (`--fold-by-file --also-train heldout-a,...,heldout-p`, 40,191 cases; heldout-q and train-ab kept out), each
 * threshold the lowest at which every writer keeps 0.93 out of fold. Thresholds (pooled -> every writer) and
 * cross-validated regex+model recall: self-affiliation 0.841 -> 0.976 (0.765 -> 0.567), investigation 0.565 -> 0.914
 * (0.885 -> 0.736), crime-scene 0.557 -> 0.918 (0.959 -> 0.828), bias 0.860 -> 0.973 (0.851 -> 0.796), alcohol 0.679
 * -> 0.950, political 0.511 -> 0.797, badge-number 0.502 -> 0.923. At the pooled thresholds 20 writers fell below 0.93
 * for investigation, among them six development held-out sets (heldout-p 22 true / 3 false added, as the untouched
 * sets read); the head's out-of-fold additions went 1,315 true / 191 false -> 876 / 6.
 * Session 26 (criterion written before the result: on the checks pooled, heldout-s + train-ac-01..05, regex+model
 * micro-F1 must not drop, no rule's precision fall below 0.93 where it was at or above, and no single check set's
 * micro-F1 drop by more than 0.005): every head refit on main ecd18e7 (`--fold-by-file --also-train heldout-a,...,
 * heldout-r --hold-out train-ac-01,...,train-ac-05`, 42,117 cases; 72 min wall on a warm embedding cache at load 11-16,
 * 30 of them self-affiliation's cross-validation). `--group-choice auto` chose every writer for crime-scene (0.924;
 * shipped 0.580), investigation (0.903), political (0.820) and badge-number (0.914), pooled for self-affiliation
 * (0.835), bias (0.881) and alcohol (0.660). On the checks, shipped -> refit: found / false alarms 920 / 21 -> 917 / 17,
 * micro-F1 0.9321 -> 0.9324; crime-scene 63 / 6 -> 58 / 2, self-affiliation 181 / 8 -> 184 / 9, investigation 67 / 1 ->
 * 69 / 1, bias 59 / 2 -> 57 / 1; but train-ac-05 fell 0.9315 -> 0.9259 (two crime-scene posts under 0.924), so it was
 * not shipped. i11-bias-head's 12 bias features (a bias-only refit on the same data: 0.868, cross-validated 0.987/0.875
 * against 0.987/0.869 without them) moved no post on the checks: not shipped either.
 * Session 27 (lead's criterion, written before the result: on the checks pooled, heldout-t + train-ae-01..04, none
 * trained on, regex+model micro-F1 must not drop, no rule's precision fall below 0.93 where it was at or above, no
 * single check set's micro-F1 drop by more than 0.010; with the model, HateXplain conduct/bias F1 must not drop by more
 * than 0.005 nor real official posts' error-level false alarms rise by more than 0.5 per 1,000): every head refit on
 * main a86c8ae (`--fold-by-file --also-train heldout-a,...,heldout-s`, 44,273 cases: train-a..ad with train-ac and
 * train-ad's shift-talk hard negatives, heldout-a..s; 47 min wall on a warm embedding cache at load 7-12, 26 of them
 * until self-affiliation was done). `--group-choice auto` chose every writer for crime-scene (0.922; 35 of 37 writers at
 * the goals against 32 at the pooled 0.526), investigation (0.867), political (0.804) and badge-number (0.936), pooled
 * for self-affiliation (0.834), bias (0.859) and alcohol (0.639). On the checks, shipped -> refit, found / false alarms:
 * 819 / 52 -> 823 / 42, micro-F1 0.927 -> 0.935 (every check set rose: heldout-t 0.940 -> 0.942, train-ae-01..04 +0.009,
 * +0.014, +0.025, +0.003); crime-scene 54 / 3 -> 51 / 0, self-affiliation 163 / 36 -> 166 / 30, investigation 68 / 4 ->
 * 70 / 5, bias 44 / 4 -> 47 / 3, alcohol 38 / 0 -> 39 / 0, badge-number 33 / 1 -> 31 / 0; HateXplain bias F1 with the
 * model 0.784 -> 0.787, official false alarms 2.7 -> 2.9 per 1,000 (investigation +1). Shipped (replacing session 24's).
 * Session 28 (the lead's criterion as session 27's, written before the result, on the checks pooled, heldout-u +
 * train-af-01..04, none trained on): every head refit on main 6acae6d (`--fold-by-file --also-train heldout-a,...,
 * heldout-t`, 45,626 cases: train-a..ae with train-ae's 800 drafts of other trades' first-person shift talk, scenes with
 * no crime and coded bias, heldout-a..t; 78 min wall on a warm embedding cache at load 11-19, 2,076 new units embedded,
 * self-affiliation done at ~49 min). `--group-choice auto` chose every writer for crime-scene (0.938), investigation
 * (0.951, was 0.867: cross-validated regex+model 0.992/0.790 -> 0.994/0.691), political (0.817) and badge-number
 * (0.927), pooled for self-affiliation (0.846), bias (0.829) and alcohol (0.645). On the checks, shipped -> refit, found /
 * false alarms: 792 / 39 -> 782 / 34, micro-F1 0.940 -> 0.937 (heldout-u 0.964 -> 0.963, train-af-01 0.923 -> 0.913,
 * -02 0.908 -> 0.907, -03 0.919 -> 0.913, -04 0.921 -> 0.915); investigation 56 / 7 -> 51 / 4 (lost: two planned
 * sweeps, a car-thief watched before the pickup, detectives' suspect appeal, gossip of an officer under investigation;
 * dropped: bail-bond and day-off-subpoena talk), self-affiliation 172 / 25 -> 168 / 23 (a paramedic crew's and a
 * repo man's shift talk dropped; four officers' posts lost, among them "Report #24-17763 finally closed out" and "Took a
 * quick video of the bullet holes ... for the report"), crime-scene 41 / 2 -> 40 / 2; HateXplain bias F1 with the model
 * 0.787 -> 0.785, official false alarms 2.9 -> 2.5 per 1,000. Pooled micro-F1 fell and train-af-01 fell by 0.0100 (more
 * than 0.010 unrounded): not shipped; session 27's heads stay. With train-ae's hard negatives the refit cut false alarms
 * (-5), but its higher investigation and self-affiliation thresholds cost more true posts (-10) on the unseen writers.
 * Session 29 (the same criterion, on the checks pooled, heldout-v + train-ag-01..04, none trained on; and, set by the lead
 * before any figure of the run, the candidate is the refit with each rule's thresholds clamped to within 0.05 of the
 * shipped ones: `--clamp-thresholds-to`, threshold-clamp.ts): every head refit on main 8989ee5 (`--fold-by-file
 * --also-train heldout-a,...,heldout-u`, 46,978 cases: train-a..af with train-af's 800 drafts of indirect officer
 * wording, polite and coded bias and other trades' shift talk, heldout-a..u; 75 min wall on a warm embedding cache at
 * load 11-18, 2,331 new units embedded in 165 s, self-affiliation done at ~46 min). `--group-choice auto` chose every
 * writer for crime-scene (0.961), investigation (0.947 again), alcohol (0.903, was pooled 0.639), political (0.822) and
 * badge-number (0.934), pooled for self-affiliation (0.852) and bias (0.825). The clamp moved investigation to 0.917
 * (official too) and alcohol to 0.689 (official 0.703); the rest lay within 0.05. On the checks, shipped -> clamped
 * refit, found / false alarms: 837 / 50 -> 822 / 42, micro-F1 0.926 -> 0.921 (heldout-v 0.953 -> 0.948, train-ag-01
 * 0.940 -> 0.939, -02 0.892 -> 0.894, -03 0.893 -> 0.881, -04 0.877 -> 0.866); investigation 63 / 3 -> 58 / 0,
 * self-affiliation 193 / 35 -> 184 / 31 (lost: officers' own squad, car, partner and roll-call talk; dropped: a
 * firefighter's, a tow driver's and two officers' spouses' posts), bias 57 / 3 -> 59 / 3, alcohol 44 / 0 -> 43 / 0,
 * political 31 / 0 -> 30 / 0, crime-scene 52 / 4 -> 51 / 3; HateXplain bias F1 with the model 0.787 -> 0.785, official
 * false alarms 2.9 -> 2.6 per 1,000. Pooled micro-F1 fell, train-ag-03 fell by 0.012 and -04 by 0.011: not shipped;
 * session 27's heads stay. Unclamped (for information only) the refit did worse: 814 / 42, micro-F1 0.916. Two refits
 * running on more training text have now traded true posts for fewer false alarms at the same out-of-fold targets: the
 * thresholds the refit chooses, not the data, look like where to work next (a lower target for self-affiliation and
 * investigation, chosen before scoring the checks).
 * Session 30 (the same criterion, on the checks pooled, heldout-w + train-ah-01..04, none trained on; set by the lead
 * before any figure of the run, the candidate is the refit's weights at the shipped operating points exactly:
 * clamp-thresholds.js --clamp 0): self-affiliation refit (crime-scene with it, which it stacks on) on main c6f0a9a by
 * `--rule id/self-affiliation --fold-by-file --also-train heldout-a,...,heldout-v` (48,330 cases: train-a..ag with
 * train-ag's 800 drafts of other trades' shift talk, officers' plain words and hard negatives, heldout-a..v; 47 min
 * wall on a warm embedding cache at load 13-20, 2,342 new units embedded in 151 s). Out of fold it chose crime-scene
 * every writer 0.967 (shipped 0.922; regex+model 0.995/0.752) and self-affiliation pooled 0.860 (shipped 0.834;
 * 0.950/0.759); the clamp set both back to the shipped 0.922 and 0.834 (self-affiliation official 0.999 as shipped).
 * On the checks, shipped -> candidate, found / false alarms: 839 / 34 -> 834 / 26, micro-F1 0.940 -> 0.941
 * (heldout-w 0.958 -> 0.961, train-ah-01 0.949 -> 0.961, -02 0.902 -> 0.897, -03 0.942 =, -04 0.897 -> 0.885);
 * self-affiliation 158 / 24 -> 156 / 16 (precision 0.868 -> 0.907; eight false alarms dropped, among them a
 * lifeguard's, a dispatcher's, a detective game's, a raccoon trapper's and a drone pilot's posts; lost: "Working
 * graveyard on the east end", "Ran code to a call", "Every academy class has one guy who cries at the pepper spray",
 * the stadium detail's overtime sheet and an insider's tip-off; gained: "Posted to the harbour unit", "Year one as a
 * probie done", a training day with a PC), crime-scene 42 / 1 -> 39 / 1 (the refit crime-scene head lost two
 * bystanders' and an official appeal's scene photos), every other rule unchanged; HateXplain bias F1 with the model
 * 0.787 -> 0.788, official false alarms 2.9 per 1,000 both (23 / 8,043). train-ah-04 fell by 0.012 (more than 0.010):
 * not shipped; session 27's heads stay. Unclamped (for information only) the refit did worse: 826 / 24, micro-F1
 * 0.938 (crime-scene at its own 0.967 36 / 1, self-affiliation at 0.860 151 / 14). The new weights at the old
 * operating points cut self-affiliation's false alarms by a third on unseen writers for two true posts; the loss that
 * failed the gate was on one 160-post set: of its four lost posts two are an officer's own work talk naming no trade
 * (the academy class, running code to a call), one an insider's tip-off, and one a scene photo lost by the crime-scene
 * head, refit only because self-affiliation stacks on it.
 * Session 31 (the same criterion, on the checks pooled, heldout-x + train-ai-01..04, none trained on; set by the lead
 * before any figure of the run, the candidate is the refit's self-affiliation head alone, spliced onto the shipped
 * heads at their operating points: `clamp-thresholds.js runD.json --to src/model/heads.json --clamp 0 --splice
 * id/self-affiliation`; every other head, the crime-scene head it stacks on included, byte for byte the shipped one):
 * self-affiliation refit (crime-scene with it) on main 73751a8 by `--rule id/self-affiliation --fold-by-file
 * --also-train heldout-a,...,heldout-w` (49,687 cases: train-a..ah with train-ah's 800 blind-written drafts,
 * heldout-a..w; 54 min wall on a warm embedding cache at load 10-17, 2,221 new units embedded in 209 s). Out of fold
 * it chose self-affiliation pooled 0.864 (shipped 0.834; regex+model 0.950/0.756); the clamp set it back to 0.834
 * (official 0.999 as shipped). At scan time the spliced head reads the shipped crime-scene head's scores (in training
 * it read the refit's out-of-fold ones). On the checks, shipped -> candidate, found / false alarms: 865 / 47 -> 865 /
 * 38, micro-F1 0.938 -> 0.942, every check set up (heldout-x 0.952 -> 0.955, train-ai-01 0.938 -> 0.942, -02 0.938 ->
 * 0.942, -03 0.916 -> 0.923, -04 0.908 -> 0.915); only self-affiliation moved, 153 / 36 -> 153 / 27 (precision 0.810
 * -> 0.850): nine false alarms dropped (a veteran still called "Sergeant", a tow driver's 3 a.m. call and his "when we
 * see blue lights", event staff at a stadium gate, a driver in a ditch, neighbours trimming a tree, flag football, a
 * contractor's quotes, an ageist rant about employees), three posts gained on heldout-x (training day pepper spray,
 * two about working with Ortega), three lost (bike patrol at the farmers market, a transfer to traffic motors, a shift
 * swap with @tbecker). HateXplain bias F1 with the model 0.787 -> 0.788,
 * official false alarms 2.9 per 1,000 both (23 / 8,043); heldout-a self-affiliation 29 -> 28. All four conditions
 * passed: shipped. The crime-scene refit of the same run (not shipped) chose 0.963 every writer (shipped 0.922).
 */
const TARGETS: Readonly<Record<string, number>> = {
  'id/self-affiliation': 0.95,
  'case/investigation': 0.93,
  'case/crime-scene': 0.95,
  'conduct/bias': 0.93,
  'conduct/alcohol': 0.97,
  'conduct/political': 0.93,
  'id/badge-number': 0.93,
};
/**
 * The same for posts from an official account: a department's own notice held back wrongly costs more, and our
 * synthetic official posts are fewer and easier than the real ones (at 0.93 the model added about three times more
 * error-level findings per 1,000 real official posts than on our clean official cases), so there the model must be surer.
 * Checked on all the cases and on the official ones alone; the official threshold also clears every clean official
 * case (see where `officialAt` is set).
 */
const OFFICIAL_TARGET_P = 0.97;
/**
 * How much more a clean official post weighs in a fit than another negative, by rule (1 where absent): a department's
 * appeal, arrest notice or court result that names a suspect, a charge and a street is the look-alike the
 * case/investigation head most needs to learn from, and such posts are a few per cent of its training cases. Session 8,
 * with train-k (cross-validated investigation regex+model recall at 0.93; error-level false alarms per 1,000 real
 * official posts, measured, never fitted): weight 3 0.817, 6.0 per 1,000 (36 posts with investigation, the regex alone
 * 28); weight 10 0.795, 5.7 (34). `--official-weight x` sets one weight for all rules. Session 15 (26,539 cases with
 * train-s-04's look-alike case numbers), weight 10 / 20: recall 0.864 / 0.841, heldout-a..h 142 found, 5 false alarms /
 * 140, 7 (the shipped head 138, 4), real official FA/1000 3.1 / 3.0 (the shipped head 2.9); neither head shipped.
 * Session 17 (28,139 cases with train-t and train-u), weight 10: threshold 0.656, official 0.795, cross-validated
 * 0.930/0.867; heldout-a..j 209 found / 5 false alarms against the shipped head's 202 / 1, real official FA/1000
 * 2.9 -> 3.4 (investigation 11 -> 15 posts); re-chosen out of fold at 0.94 / 0.95, a..j 207 / 5 and 205 / 4. Not shipped.
 */
const OFFICIAL_NEGATIVE_WEIGHTS: Readonly<Record<string, number>> = {
  'case/investigation': 10,
};
/**
 * Rules whose model additions must keep the precision target on their own, out of fold, not only together with the
 * regex hits. conduct/bias's regex rows are near-certain on our cases (0.996), so a total of 0.93 let the head's own
 * additions fall to 0.86 (session 9, 21,733 cases, out of fold): one added post in seven wrong, mostly posts that name
 * a group without maligning it (counter-speech, news, pride); on real posts that name groups far more often than ours,
 * that share grows. Held to 0.93 alone, its threshold rose 0.67 -> 0.87 (regex+model P/R on our cases 0.94/0.87 -> 0.97/0.78).
 * id/self-affiliation is not in it: its regex rows are as sure (0.985) but its head adds two posts for every one the regex
 * finds, so its additions alone at 0.93 cost half its recall (session 11, 23,339 cases with train-o, out of fold:
 * regex+model recall 0.693 at 0.93 together, 0.572 with the additions alone at 0.93).
 */
const ADDED_ALONE: ReadonlySet<string> = new Set(['conduct/bias']);
/** Set per rule while its thresholds are chosen: whether the model's additions are held to the target alone. */
let addedAlone = false;
/**
 * Heads that read other rules' verdicts (stacking, heads.ts `stackedFeatures`): the listed heads' scores of the unit
 * and their best over the post, and the listed regex rules' hits, beside the post's voice. In training each stacked
 * score is the out-of-fold one (the stacked rule's cross-validation runs first), so the head learns how far to trust
 * a verdict made without its post; a scan reads the shipped heads. Of the self-affiliation head's out-of-fold misses,
 * many tell insider case detail with "we" ("We know exactly who did the Kettering Road job", "Informant says they're
 * moving the guns on Sunday. We'll be waiting"), which the investigation head reads and its own labels teach too
 * rarely. `--no-stack` trains without. Session 9, cross-validated self-affiliation regex+model recall at precision 0.93
 * (20,839 cases): 0.663 without, 0.666 with. Small: out of fold, of the posts that say "we" with no "I" and that the
 * investigation head calls investigation, 86 % are self-affiliation, but most of the head's misses (about three in four)
 * have neither, and nothing another head reads tells them apart.
 * Session 12 drops case/investigation from it: the investigation head shipped is 9abf5fa's (a retrained one adds
 * error-level false alarms on real official posts, 3.1 -> 3.2 per 1,000, twice), so a self-affiliation head stacked
 * on the retrained one's out-of-fold scores read another head's scores at scan time. Stacked on crime-scene alone it
 * reads only heads retrained with it; cross-validated regex+model recall at precision 0.93 (24,139 cases with train-p,
 * k=2) 0.695 with investigation, 0.694 without; heldout-a..d the same but one post on -c (`--stack-heads` to compare).
 * Session 13 retrains investigation again (on whole-file folds it no longer adds official false alarms: FOLD_SCHEMES);
 * self-affiliation still stacks on crime-scene alone (the difference was one post; not measured again).
 */
const STACKED: Readonly<Record<string, Stacked>> = {
  'id/self-affiliation': { heads: ['case/crime-scene'], cues: ['id/coworker', 'id/badge-number', 'id/undercover'] },
};

/**
 * Look-alike negatives that weigh more in a rule's fit, by rule: a clean post of which `is` holds weighs `weight`
 * times another negative. conduct/alcohol: a post that names drink without boasting ("Had a glass of red with
 * dinner", "Bartending the Friday double", "a wine-braised short rib") is the look-alike its head most needs to learn
 * from, and on unseen text its additions were least precise (0.87 on heldout-d). `--hard-weight x` sets one weight.
 * Session 9 (21,739 cases, with train-m's drink look-alikes), cross-validated regex+model recall at precision 0.95 / 0.97:
 * weight 1 0.908 / 0.870, weight 3 0.904 / 0.879; the model's out-of-fold false alarms stayed at 27 and moved from posts
 * that name drink to posts with no drink in them at all ("My fantasy football team got destroyed"), so it stays 1.
 * id/self-affiliation has none: session 11 (23,339 cases with train-o's 200 non-police posts about police) weighed a
 * clean post with a police-context word 3 times; regex+model recall at precision 0.93 0.691 -> 0.689, at 0.95 0.590 ->
 * 0.600, the out-of-fold false alarms the same kinds (spouses, 911 callers, other uniformed jobs). Session 14 (24,939
 * cases, whole-file folds) weighed 3 times a clean post that names another job, a relative's service, fiction or
 * someone else's police thing: recall at 0.93 0.720 -> 0.721, heldout-a..g 243 found / 11 false alarms both. Session
 * 15 (26,539 cases with train-s) weighed 3 times the clean personal posts that name police in the newest writers'
 * files (train-q, -r, -s: non-police speakers about police): recall at 0.93 0.731 -> 0.729, heldout-a..h 303 found /
 * 11 false alarms -> 298 / 13.
 */
const HARD_NEGATIVES: Readonly<Record<string, { weight: number; is: (text: string) => boolean }>> = {
  'conduct/alcohol': { weight: 1, is: (text) => DRINK_CONTEXT.test(text) },
  // A clean post that names a group (bias-signals.ts namesGroup). Session 10 (21,739 cases, the group-mention
  // features), cross-validated regex+model recall at precision 0.9 / 0.93: weight 1 0.839 / 0.782, weight 3 0.851 /
  // 0.770; the top-scoring false alarms (counter-speech quoting the slur or the trope) did not move, so it stayed 1.
  // Session 13: at weight 1 the head learnt that naming a group is bias (its features group, post:group and
  // post:mention-only added +0.79 log odds to any post that names one), and on HateXplain, where nearly every post
  // names a group, its additions were about 35 % precise. With the aimed features (24,139 cases, out of fold),
  // weight 1 / 3 / 8 / 15: recall at 0.93 0.846 / 0.843 / 0.841 / 0.813; clean posts naming a group that score
  // 0.5 or more 67 / 52 / 38 (those with none aimed at the group 56 / 41 / 28); the group-only features' log odds
  // 0.79 -> 0.27 at 8. Davidson dev F1 0.828 -> 0.832, HateXplain regex+model 0.768 -> 0.781 (with the rows of
  // this session), so 8.
  'conduct/bias': { weight: 8, is: (text) => namesGroup(text) },
};

/**
 * The share of a rule's positive training posts whose best unit its gate lets through, by rule (GATE_COVER where
 * absent). The gate sums naive-Bayes word weights, and a post labelled for several rules carries the words of the others
 * ("Got properly hammered at the leaving do for our inspector", "As a 25-year police veteran I'm urging everyone to vote
 * Gillespie"): its drink or vote words weigh against self-affiliation, and at 0.98 about one positive post in twenty
 * never reached the head out of fold (254 of 4,934 for self-affiliation, session 9). The first look after the gate
 * still decides what is embedded. Session 10, 22,539 cases, cross-validated regex+model recall at precision 0.93
 * (cover 0.98 / 0.995 / 0.999): self-affiliation 0.679 / 0.696 / 0.705, investigation 0.821 / 0.819 / 0.843,
 * crime-scene 0.911 / 0.946 / 0.955; units of clean posts embedded (these three rules) 4.0 % / 4.8 % / 5.4 %.
 * conduct/bias keeps 0.98 (its settings are i11-bias's; not measured here).
 */
const GATE_COVER = 0.999;
const GATE_COVERS: Readonly<Record<string, number>> = {
  'conduct/bias': 0.98,
};
/** `--gate-cover`: one cover for every rule of this run, instead of GATE_COVERS. */
let gateCoverOverride: number | undefined;
/** L2 penalty of every fit: on the dense features, and on the hashed n-gram weights (each seen in few posts). */
const L2 = 1e-2;
/** `--l2`: the dense features' penalty of this run. */
let l2Dense = L2;
const L2_GRAMS = 1e-3;
/**
 * Hashed word n-grams: buckets (0 = none), the unit's orders and the whole post's. Cross-validated on the cases up to
 * train-e-09 (recall at regex+model precision 0.95, self-affiliation / investigation / crime-scene): no n-grams
 * 0.324 / 0.583 / 0.756; unit words and pairs in 8,192 buckets at L2 1e-4 (before train-e) self-affiliation
 * 0.358 -> 0.331, at 1e-3 0.360, with the post's words too in 16,384 buckets 0.380; that setting with train-e
 * 0.434 / 0.637 / 0.831.
 */
const BUCKETS = 16384;
const ORDERS = [1, 2];
const POST_ORDERS = [1];
const FOLDS = 5;
/**
 * Cases share a fold in blocks of this many lines of their file: writers put a hard negative right after the positive
 * it copies (train-g: the same post by a nurse, a guard or a spouse), and such a pair split across folds makes
 * cross-validation flatter itself (the head has seen the twin of the post it is judged on).
 */
const FOLD_BLOCK = 10;
/**
 * How a rule's cross-validation folds its cases: by blocks of lines (FOLD_BLOCK) or by whole files (each file's writer
 * and topic unseen by the heads that judge it, as an untouched set is). Every post has a fold in both schemes, and the
 * word gates behind the lexical features are learned per scheme (GateBank), so one run fits each rule on its own scheme.
 */
type FoldScheme = 'block' | 'file';
/**
 * Rules whose thresholds are chosen on folds by whole files ('block' where absent). Session 12: block folds judged
 * self-affiliation at precision 0.93 and it came out 0.86-0.92 on untouched sets; on whole-file folds its threshold
 * rose 0.80 -> 0.85. Crime-scene (which self-affiliation stacks on: a stacked head must share the stacking head's folds,
 * so its out-of-fold scores are made without the post's file too) and alcohol the same. Until session 13 this was a
 * switch for a whole run, and the shipped heads came from two runs. Session 13 adds case/investigation (its precision
 * fell short on untouched text, 0.895 and 0.917, where block folds judged it 0.93). With train-q (24,939 cases), whole
 * files vs blocks of lines: threshold 0.699 vs 0.683, official 0.839 vs 0.856, cross-validated regex+model P/R
 * 0.930/0.846 vs 0.930/0.852 (each on its own folds); heldout-a..f 90 found, 1 false alarm both (9abf5fa's head: 91, 3);
 * error-level false alarms per 1,000 real official posts (measured, never fitted) 2.9 vs 3.1 (9abf5fa's: 3.1).
 */
const FOLD_SCHEMES: Readonly<Record<string, FoldScheme>> = {
  'id/self-affiliation': 'file',
  'case/crime-scene': 'file',
  'case/investigation': 'file',
  'conduct/alcohol': 'file',
};
/** `--fold-by-file` / `--fold-by-block`: one scheme for every rule of this run, instead of FOLD_SCHEMES. */
let foldSchemeOverride: FoldScheme | undefined;
const schemeOf = (rule: string): FoldScheme => foldSchemeOverride ?? FOLD_SCHEMES[rule] ?? 'block';
/**
 * The most units a post's score may combine (`Head.combine`: noisy-or of its k best), tried on cross-validation per
 * rule; more than one is kept only where it buys COMBINE_MARGIN of recall at the rule's target over the best unit alone.
 */
// Session 17, self-affiliation out of fold (28,139 cases, whole-file folds), regex+model recall at precision 0.93 by how
// a post's units combine: k=1 0.719, k=2 0.742, k=3 0.740; the second unit weighed by half 0.736, by three quarters
// 0.739; unit scores tempered (logit / 1.5, / 2, / 0.75) before the noisy-or 0.740 / 0.734 / 0.740; the noisy-or only
// when the best unit reaches 0.6 / 0.7 0.742 / 0.740. A quiet threshold (OwnSignals quiet) on posts naming another job,
// a relative, fiction, the public's side or a friend's or relative's service, re-chosen with the rule's threshold at
// 0.93 overall: 0.731-0.745. None holds, so k=2 stays.
const COMBINE_TRIED = [1, 2, 3];
const COMBINE_MARGIN = 0.005;
/**
 * Hidden units of the MLP head tried against the linear one (0: none), and its epochs of mini-batch training. Off by
 * default: tried with 16 hidden units and 6 epochs on the cases up to train-f-13, cross-validated regex+model recall
 * at precision 0.93 (MLP vs linear) self-affiliation 0.513 / 0.522, investigation 0.745 / 0.735, crime-scene
 * 0.862 / 0.866, alcohol 0.946 / 0.960, political 0.949 / 0.949: no rule gained by MLP_MARGIN, so the training time
 * (about twice) buys nothing yet. `--hidden 16` tries it again on new data. Session 8, with train-k, self-affiliation:
 * MLP 0.615, linear 0.607 (best unit alone), under MLP_MARGIN again.
 */
const HIDDEN = 0;
const MLP_EPOCHS = 6;
/** Cross-validated recall (at the precision target) by which an MLP head must beat the linear one to be chosen. */
const MLP_MARGIN = 0.01;

interface Post {
  id: string;
  context: AccountContext;
  text: string;
  /** Per rule: 1 positive, 0 negative; absent = not used for that rule (optional label, or out of scope). */
  labels: Map<string, 0 | 1>;
  weight: number;
  /** Where it comes from: only labelled cases count for the precision target. */
  kind: 'case' | 'davidson';
  /** A Davidson tweet the crowd called offensive language (an insult, no group maligned): a negative, but not one the bias threshold is judged on. */
  offensive?: boolean;
  units: Unit[];
  /** Each unit's `tokens`, and the whole post's. */
  words: string[][];
  postWords: string[];
  hits: CueHit[];
  /** Each unit's post-level features (`postFeatures`). */
  postLevel: Float32Array[];
  vectors: Float32Array[];
  /** Its cross-validation fold in each scheme (FoldScheme). */
  folds: Record<FoldScheme, number>;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** A post's fold, from the hash of its key (its id; for a labelled case, its file and block of lines, or its file). */
function fold(key: string): number {
  return createHash('sha1').update(key).digest()[0] % FOLDS;
}


function fromCase(c: Case, source: string, line: number, profile: Profile, weight = 1): Post {
  const labels = new Map<string, 0 | 1>();
  for (const rule of MODEL_RULES) {
    if (rule === 'id/self-affiliation' && c.context === 'official') continue;
    if (c.optional?.includes(rule)) continue;
    labels.set(rule, c.expect.includes(rule) ? 1 : 0);
  }
  return post(`${source}:${c.id}`, c.context, c.text, labels, weight, 'case', profile, { block: `${source}#${Math.floor(line / FOLD_BLOCK)}`, file: source });
}

function post(
  id: string,
  context: AccountContext,
  text: string,
  labels: Map<string, 0 | 1>,
  weight: number,
  kind: Post['kind'],
  profile: Profile,
  foldKeys: Record<FoldScheme, string> = { block: id, file: id },
): Post {
  const hits = detectText({ text, source: 'text' }, { context, profile, detectors: textDetectors }).map(({ ruleId, start, end }) => ({ ruleId, start, end }));
  const us = units(text);
  const words = us.map((u) => tokens(u.text));
  const postWords = words.flat();
  const police = policeWords(text, us, POLICE_CONTEXT_WORDS);
  const postLevel = words.map((w, i) => postFeatures(w, postWords, police.perUnit[i], police.post, us[i].text, text));
  return { id, context, text, labels, weight, kind, units: us, words, postWords, hits, postLevel, vectors: [], folds: { block: fold(foldKeys.block), file: fold(foldKeys.file) } };
}

/**
 * The development held-out sets (`--also-train`) a run trains on besides the training files, by name (heldout-a): none
 * by default. Only sets in DEVELOPMENT_HELDOUT may be named (an untouched set never trains a head).
 *
 * Session 18 asked whether test-shaped text helps where family-aimed training text has not: heldout-a..f (written like
 * the untouched sets, with their brief and mix) joined the 28,139 training cases, and self-affiliation, investigation
 * and bias (with crime-scene, which self-affiliation stacks on) were refit on code 5360085, then judged against the
 * shipped heads only on heldout-g..k, which neither had trained on. It does not help:
 * - self-affiliation threshold 0.807 (shipped 0.848), cross-validated regex+model 0.930/0.766; g..k found / false
 *   alarms 296 / 12 -> 311 / 24, and 302 / 17 at the thresholds for 0.95 (0.863); on heldout-k, the least developed
 *   on, 62 / 6 -> 61 / 10 and 61 / 7. Out of fold, a..f's own posts were more precise than the rest (0.959 against
 *   0.929 at 0.807), so thresholds chosen on folds that include them would go lower, not higher.
 * - investigation 0.641 (0.698), 0.930/0.877; g..k 146 / 4 -> 151 / 9 (0.95: 149 / 6); real official FA/1000
 *   2.9 -> 3.5 (0.95: 3.2).
 * - bias 0.805 (0.806), 0.983/0.855; g..k 139 / 1 -> 140 / 1 (0.95: 133 / 1); Davidson dev F1 0.838 both.
 * The refit self-affiliation head ranks g..k's personal posts the regex misses no better than the shipped one: of the
 * top 100 / 130 / 162 by post score, 95 / 118 / 138 are true against 96 / 121 / 135. Its extra false alarms come from a
 * lower threshold, chosen on the larger training set, not from what it learned from a..f (its 1,706 posts among
 * 30,267). With a..f weighing 4 (`--also-train-weight 4`) self-affiliation cross-validated the same (threshold 0.815,
 * 0.930/0.763). Not on by default.
 */
const ALSO_TRAIN: readonly string[] = [];

/** The held-out sets named, checked: each a development set (DEVELOPMENT_HELDOUT) whose file exists. */
function alsoTrainFiles(names: readonly string[]): Set<string> {
  const files = new Set<string>();
  for (const name of names) {
    const file = `${basename(name, '.jsonl')}.jsonl`;
    if (!DEVELOPMENT_HELDOUT.has(file)) throw new Error(`--also-train ${name}: not a development held-out set (development-sets.ts)`);
    if (!existsSync(join(root, 'fixtures', 'cases', file))) throw new Error(`--also-train ${name}: no fixtures/cases/${file}`);
    files.add(file);
  }
  return files;
}

/** The training files `--hold-out` names (train-ab-01 or train-ab-01.jsonl), checked: each a file in fixtures/cases. */
function holdOutFiles(list: string | undefined): Set<string> {
  const files = new Set<string>();
  for (const name of (list ?? '').split(',').filter(Boolean)) {
    const file = `${basename(name, '.jsonl')}.jsonl`;
    if (!existsSync(join(root, 'fixtures', 'cases', file))) throw new Error(`--hold-out ${name}: no fixtures/cases/${file}`);
    files.add(file);
  }
  return files;
}

function loadPosts(useDavidson: boolean, alsoTrain: ReadonlySet<string>, alsoWeight = 1, holdOut: ReadonlySet<string> = new Set()): Post[] {
  const posts: Post[] = [];
  const ours = loadConfig(join(root, 'fixtures', 'profile.yaml')).profile;
  const casesDir = join(root, 'fixtures', 'cases');
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith('.jsonl') && (!f.startsWith('heldout') || alsoTrain.has(f)) && !holdOut.has(f))
    .sort();
  const profiles = new Map<string, Profile>();
  for (const f of files) {
    const path = profileForCases(f, root, shared);
    let profile = profiles.get(path);
    if (!profile) profiles.set(path, (profile = loadConfig(path).profile));
    readJsonl<Case>(join(casesDir, f)).forEach((c, line) => posts.push(fromCase(c, basename(f, '.jsonl'), line, profile, alsoTrain.has(f) ? alsoWeight : 1)));
  }
  const dev = join(shared, 'eval', 'dev.jsonl');
  if (existsSync(dev)) {
    const sharedProfile = loadConfig(join(shared, 'eval', 'profile.yaml')).profile;
    readJsonl<Case>(dev).forEach((c, line) => posts.push(fromCase(c, 'dev', line, sharedProfile)));
  }
  const inDomain = posts.length;
  const davidson = davidsonFile(shared);
  if (useDavidson && existsSync(davidson)) {
    // Only bias is labelled from these, only where the crowd agreed (davidsonTrainLabel), and only the train part: the
    // dev part is `npm run eval`'s development figure for bias on real tweets.
    for (const t of readJsonl<DavidsonTweet>(davidson)) {
      const label = davidsonTrainLabel(t);
      if (label === undefined || davidsonPart(t.id) !== 'train') continue;
      // A tweet that names a group and is not bias weighs as much as a labelled case: the head must not learn that
      // naming a group is bias.
      const p = post(t.id, 'personal', t.text, new Map([['conduct/bias', label]]), label === 0 && namesGroup(t.text) ? 1 : 0.5, 'davidson', ours);
      if (t.label === 'offensive_language') p.offensive = true;
      posts.push(p);
    }
  }
  console.log(`training posts: ${inDomain} labelled cases (${files.length} files + dev), ${posts.length - inDomain} Davidson tweets (bias only, agreed labels)`);
  if (alsoTrain.size) console.log(`  with the development held-out sets ${[...alsoTrain].map((f) => basename(f, '.jsonl')).join(', ')}`);
  if (holdOut.size) console.log(`  without the training files held out as checks: ${[...holdOut].map((f) => basename(f, '.jsonl')).join(', ')}`);
  return posts;
}

/** Every needed unit's embedding, from the on-disk cache (embedding-cache.ts) or embedded now and added to it. */
async function embedAll(posts: Post[], needed: ReadonlySet<string>): Promise<void> {
  const cache = EmbeddingCache.at(root);
  const missing = cache.missing(posts.flatMap((p) => p.units.map((u) => u.text)).filter((t) => needed.has(t)));
  const started = performance.now();
  for (let i = 0; i < missing.length; i += 400) {
    await cache.embed(missing.slice(i, i + 400));
    process.stdout.write(`\r  embedded ${Math.min(missing.length, i + 400)}/${missing.length} new units`);
    // Saved as it goes: an interrupted run keeps what it embedded.
    if ((i / 400) % 5 === 4) cache.save();
  }
  if (missing.length) console.log(` in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  cache.save();
  // a unit no gate lets through is never scored: a zero vector stands in where the cache has none
  const unseen = new Float32Array(EMBEDDING_DIMS);
  for (const p of posts) p.vectors = p.units.map((u) => cache.cached(u.text) ?? unseen);
  console.log(`  ${needed.size} distinct units past the gates of ${posts.length} posts' units embedded`);
}

/**
 * A rule's gate, the cheap first look: each word in >= 3 posts weighs its naive-Bayes log odds of the rule's
 * positive posts against the rest (near-zero weights dropped); a unit passes when the weights of its words add up to
 * the threshold that lets through the best unit of the rule's share (GATE_COVERS) of the positive posts. Common words
 * weigh nothing, so an everyday sentence rarely reaches the model, and two middling cues ("shift" + "tonight") count
 * like a strong one. It
 * is there for speed, not precision (the head decides); one gate per rule lets a sentence that could only matter to a
 * rule the regex already reported skip the model.
 */
function learnGate(posts: Post[], rule: string): Gate {
  const posIn = new Map<string, number>();
  const allIn = new Map<string, number>();
  let nPos = 0;
  let n = 0;
  for (const p of posts) {
    const label = p.labels.get(rule);
    if (label === undefined) continue;
    n++;
    const words = new Set(p.postWords);
    for (const w of words) allIn.set(w, (allIn.get(w) ?? 0) + 1);
    if (label === 1) {
      nPos++;
      for (const w of words) posIn.set(w, (posIn.get(w) ?? 0) + 1);
    }
  }
  // Naive-Bayes log odds, smoothed: a word as common in the rest as in the positives ("the", "in") weighs nothing, one
  // more common in the rest ("nurse", "recipe") weighs against.
  const nNeg = n - nPos;
  const words = new Map<string, number>();
  for (const [w, all] of allIn) {
    const k = posIn.get(w) ?? 0;
    if (all < 3) continue;
    const weight = Math.log((k + 0.5) / (nPos + 1)) - Math.log((all - k + 0.5) / (nNeg + 1));
    if (Math.abs(weight) >= 0.4) words.set(w, Math.round(weight * 100) / 100);
  }
  const best = posts
    .filter((p) => p.labels.get(rule) === 1)
    .map((p) => Math.max(...p.words.map((u) => gateScore(u, words))))
    .sort((a, b) => a - b);
  const cover = gateCoverOverride ?? GATE_COVERS[rule] ?? GATE_COVER;
  const threshold = best[Math.floor((1 - cover) * best.length)] ?? 0;
  return { words, threshold };
}

/** The first-look gates, one per rule. */
type Gates = Map<string, Gate>;

function learnGates(posts: Post[]): Gates {
  return new Map(MODEL_RULES.map((rule) => [rule, learnGate(posts, rule)]));
}

/**
 * The gates behind the lexical features of the posts a head is fit on. A post's own words must not weigh in its own
 * gate scores (they would look surer than they will on a new post, and the head would lean on them), so each post
 * gets gates learned without its fold, and without the fold held out for testing: gates for the pair of folds left
 * out, computed once. One bank per fold scheme: its folds are that scheme's.
 */
class GateBank {
  private readonly cache = new Map<string, Gates>();

  constructor(
    private readonly posts: Post[],
    readonly scheme: FoldScheme,
  ) {}

  /** A post's fold in this bank's scheme. */
  foldOf(p: Post): number {
    return p.folds[this.scheme];
  }

  /** Gates learned on every post outside the given folds. */
  without(...folds: number[]): Gates {
    const key = [...new Set(folds)].sort().join(',');
    let gates = this.cache.get(key);
    if (!gates) this.cache.set(key, (gates = learnGates(this.posts.filter((p) => !folds.includes(this.foldOf(p))))));
    return gates;
  }
}

interface Instance {
  x: Float32Array;
  /** The unit's hashed n-gram buckets (value 1 each). */
  g?: Int32Array;
  y: number;
  weight: number;
}

type Fitted = Pick<Head, 'w' | 'b' | 'h' | 'mlp'>;

/** What a fit learns besides the dense features: hashed n-gram weights and their penalty. */
interface Sparse {
  buckets: number;
  l2: number;
}

/**
 * Full-batch Adam on weighted log-loss with L2; zero start, fixed epochs: the same data gives the same weights. The
 * parameters are the dense weights, then one weight per n-gram bucket (`sparse`), then the bias.
 */
function fit(data: Instance[], dims: number, epochs: number, sparse: Sparse = { buckets: 0, l2: 0 }, l2 = l2Dense): Fitted {
  const n = dims + sparse.buckets;
  const w = new Float64Array(n);
  let b = 0;
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const lr = 0.02;
  const pos = data.filter((d) => d.y === 1).reduce((s, d) => s + d.weight, 0);
  const neg = data.filter((d) => d.y === 0).reduce((s, d) => s + d.weight, 0);
  const posBoost = pos ? Math.min(3, neg / pos) : 1;
  const total = data.reduce((s, d) => s + d.weight * (d.y ? posBoost : 1), 0);
  const g = new Float64Array(n + 1);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    g.fill(0);
    for (const d of data) {
      let z = b;
      for (let i = 0; i < dims; i++) z += w[i] * d.x[i];
      if (d.g && sparse.buckets) for (let j = 0; j < d.g.length; j++) z += w[dims + d.g[j]];
      const err = (1 / (1 + Math.exp(-z)) - d.y) * d.weight * (d.y ? posBoost : 1);
      for (let i = 0; i < dims; i++) g[i] += err * d.x[i];
      if (d.g && sparse.buckets) for (let j = 0; j < d.g.length; j++) g[dims + d.g[j]] += err;
      g[n] += err;
    }
    for (let i = 0; i <= n; i++) {
      const grad = g[i] / total + (i < dims ? l2 * w[i] : i < n ? sparse.l2 * w[i] : 0);
      if (grad === 0 && m[i] === 0) continue;
      m[i] = 0.9 * m[i] + 0.1 * grad;
      v[i] = 0.999 * v[i] + 0.001 * grad * grad;
      const step = (lr * (m[i] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[i] / (1 - 0.999 ** epoch)) + 1e-8);
      if (i < n) w[i] -= step;
      else b -= step;
    }
  }
  return { w: Array.from(w.subarray(0, dims)), b, ...(sparse.buckets ? { h: Array.from(w.subarray(dims)) } : {}) };
}

/** The MLP heads' training: mini-batches, Adam's step, epochs over the data. */
const MLP_BATCH = 64;
const MLP_LR = 0.003;

/**
 * A head with one hidden layer (`hidden` ReLU units over the dense features) beside the linear part and the n-gram
 * weights, fit jointly by mini-batch Adam on the same weighted log-loss and L2 as `fit`. Deterministic: initial weights
 * and batch order come from a fixed seed. n-gram weights are updated where a batch touches them (lazy Adam).
 */
function fitMlp(data: Instance[], dims: number, epochs: number, hidden: number, sparse: Sparse = { buckets: 0, l2: 0 }, l2 = l2Dense): Fitted {
  const rand = mulberry32(0x5eed + hidden * 7919 + dims);
  const nLin = dims + sparse.buckets;
  // Parameters: linear dense weights, n-gram weights, bias, then W (hidden x dims), c (hidden), v (hidden).
  const offW = nLin + 1;
  const offC = offW + hidden * dims;
  const offV = offC + hidden;
  const size = offV + hidden;
  const p = new Float64Array(size);
  const scaleW = Math.sqrt(2 / dims);
  for (let i = offW; i < offC; i++) p[i] = (rand() * 2 - 1) * scaleW;
  for (let j = 0; j < hidden; j++) p[offV + j] = (j % 2 ? -1 : 1) * 0.05;
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const stamp = new Int32Array(sparse.buckets).fill(-1);
  const pos = data.filter((d) => d.y === 1).reduce((s, d) => s + d.weight, 0);
  const neg = data.filter((d) => d.y === 0).reduce((s, d) => s + d.weight, 0);
  const posBoost = pos ? Math.min(3, neg / pos) : 1;
  const order = data.map((_, i) => i);
  const act = new Float64Array(hidden);
  let step = 0;
  const adam = (i: number, grad: number) => {
    m[i] = 0.9 * m[i] + 0.1 * grad;
    v[i] = 0.999 * v[i] + 0.001 * grad * grad;
    p[i] -= (MLP_LR * (m[i] / (1 - 0.9 ** step))) / (Math.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8);
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let from = 0; from < order.length; from += MLP_BATCH) {
      step++;
      const touched: number[] = [];
      g.fill(0, 0, dims);
      g.fill(0, nLin, size);
      let total = 0;
      for (let k = from; k < Math.min(order.length, from + MLP_BATCH); k++) {
        const d = data[order[k]];
        const x = d.x;
        let z = p[nLin];
        for (let i = 0; i < dims; i++) z += p[i] * x[i];
        if (d.g && sparse.buckets) for (const b of d.g) z += p[dims + b];
        for (let j = 0; j < hidden; j++) {
          let a = p[offC + j];
          for (let i = 0, o = offW + j * dims; i < dims; i++) a += p[o + i] * x[i];
          act[j] = a > 0 ? a : 0;
          z += p[offV + j] * act[j];
        }
        const wt = d.weight * (d.y ? posBoost : 1);
        total += wt;
        const err = (1 / (1 + Math.exp(-z)) - d.y) * wt;
        for (let i = 0; i < dims; i++) g[i] += err * x[i];
        if (d.g && sparse.buckets) {
          for (const b of d.g) {
            if (stamp[b] !== step) {
              stamp[b] = step;
              g[dims + b] = 0;
              touched.push(b);
            }
            g[dims + b] += err;
          }
        }
        g[nLin] += err;
        for (let j = 0; j < hidden; j++) {
          if (act[j] <= 0) continue;
          g[offV + j] += err * act[j];
          const back = err * p[offV + j];
          g[offC + j] += back;
          for (let i = 0, o = offW + j * dims; i < dims; i++) g[o + i] += back * x[i];
        }
      }
      for (let i = 0; i < dims; i++) adam(i, g[i] / total + l2 * p[i]);
      for (const b of touched) adam(dims + b, g[dims + b] / total + sparse.l2 * p[dims + b]);
      adam(nLin, g[nLin] / total);
      for (let i = offW; i < offC; i++) adam(i, g[i] / total + l2 * p[i]);
      for (let i = offC; i < size; i++) adam(i, g[i] / total);
    }
  }
  return {
    w: Array.from(p.subarray(0, dims)),
    b: p[nLin],
    ...(sparse.buckets ? { h: Array.from(p.subarray(dims, nLin)) } : {}),
    mlp: { W: Float32Array.from(p.subarray(offW, offC)), c: Array.from(p.subarray(offC, offV)), v: Array.from(p.subarray(offV, size)) },
  };
}

interface Scored {
  post: Post;
  /** Feature vectors of the units that pass this rule's gate (undefined for the rest). */
  xs: (Float32Array | undefined)[];
  /** Each unit's hashed n-gram buckets. */
  gs: Int32Array[];
  /** Each unit's gate score for this rule, over the gate's threshold. */
  gateMargins: number[];
}

/**
 * Two-round multiple-instance fit of one rule's head; with `hidden` units, also an MLP head fit on the second round's
 * instances (the units the first, linear round picked).
 */
function fitRule(rule: string, train: Scored[], dims: number, epochs: number, sparse: Sparse): Fitted;
function fitRule(rule: string, train: Scored[], dims: number, epochs: number, sparse: Sparse, mlp: MlpOptions): { linear: Fitted; mlp: Fitted };
function fitRule(rule: string, train: Scored[], dims: number, epochs: number, sparse: Sparse, mlp?: MlpOptions): Fitted | { linear: Fitted; mlp: Fitted } {
  const round1: Instance[] = [];
  for (const s of train) {
    const y = s.post.labels.get(rule)!;
    s.xs.forEach((x, i) => x && round1.push({ x, g: s.gs[i], y, weight: weightOf(s.post, y, rule) }));
  }
  // Later rounds: each positive post's best unit by the model before (`milRounds` rounds in all).
  let model = fit(round1, dims, epochs, sparse);
  let round2: Instance[] = [];
  for (let r = 2; r <= milRounds; r++) {
    const before = model;
    round2 = [];
    for (const s of train) {
      const y = s.post.labels.get(rule)!;
      if (y === 0) {
        s.xs.forEach((x, i) => x && round2.push({ x, g: s.gs[i], y, weight: weightOf(s.post, y, rule) }));
        continue;
      }
      let best = -1;
      let bestScore = -1;
      s.xs.forEach((x, i) => {
        const sc = x ? score(before, x, s.gs[i]) : -1;
        if (sc > bestScore) [best, bestScore] = [i, sc];
      });
      if (best >= 0) round2.push({ x: s.xs[best]!, g: s.gs[best], y: 1, weight: s.post.weight });
    }
    model = fit(round2, dims, epochs, sparse);
  }
  const linear = model;
  return mlp ? { linear, mlp: fitMlp(round2, dims, mlp.epochs, mlp.hidden, sparse) } : linear;
}

/**
 * Rounds of the multiple-instance fit (`fitRule`): 2, or more with `--mil-rounds`. Session 8, self-affiliation
 * cross-validated regex+model recall at 0.93: 2 rounds 0.631, 3 rounds 0.624.
 */
let milRounds = 2;

/** `--official-weight`: one weight for the clean official posts of every rule, instead of OFFICIAL_NEGATIVE_WEIGHTS. */
let officialWeightOverride: number | undefined;

/** `--hard-weight`: one weight for every rule's look-alike negatives (HARD_NEGATIVES), instead of theirs. */
let hardWeightOverride: number | undefined;

/** Per rule, the posts HARD_NEGATIVES calls look-alikes (worked out once). */
const lookAlikes = new Map<string, WeakMap<Post, boolean>>();

/**
 * The weight of a post in a fit of `rule`: its own, times the rule's official weight for a clean official post, and
 * its look-alike weight for a clean look-alike (HARD_NEGATIVES).
 */
function weightOf(post: Post, y: number, rule: string): number {
  const official = officialWeightOverride ?? OFFICIAL_NEGATIVE_WEIGHTS[rule] ?? 1;
  let weight = post.weight * (y === 0 && post.context === 'official' ? official : 1);
  const hard = HARD_NEGATIVES[rule];
  if (hard && y === 0) {
    const seen = lookAlikes.get(rule) ?? lookAlikes.set(rule, new WeakMap()).get(rule)!;
    let is = seen.get(post);
    if (is === undefined) seen.set(post, (is = hard.is(post.text)));
    if (is) weight *= hardWeightOverride ?? hard.weight;
  }
  return weight;
}

interface MlpOptions {
  hidden: number;
  epochs: number;
}

function postScore(head: Fitted, s: Scored): number {
  let best = 0;
  s.xs.forEach((x, i) => {
    if (x) best = Math.max(best, score(head, x, s.gs[i]));
  });
  return best;
}

interface OutOfFold {
  score: number;
  y: number;
  regex: boolean;
  /** A labelled case (not a Davidson tweet): the precision target is checked on these. */
  inDomain: boolean;
  /** A clean labelled case posted from an official account. */
  officialClean: boolean;
  /** The gated units' [first-look log odds, head score, unit index]. */
  units: [number, number, number][];
  post: Post;
  /** A post where the head must reach its quiet threshold (OWN_SIGNALS quiet: conduct/bias, a group only mentioned). */
  quiet: boolean;
}

/** Share of the posts the model adds out of fold (true positives) that a raised first look must still let through. */
const KEEP_ADDED = 0.95;

/**
 * The first look is there for speed: a sentence is embedded (the costly step, ~9 ms of CPU) only when it passes.
 * Past the gate's word weights, a second small model reads what is known before embedding (the hashed n-grams, the
 * regex cues, the word weights: the head without its embedding); once the head and its threshold are known, that
 * model's bar is set where the head, out of fold, still adds KEEP_ADDED of the true positives it adds without it:
 * the sentences below it rarely make the head fire. Undefined when the head adds too few posts to say.
 */
function firstLookThreshold(oof: OutOfFold[], threshold: number, keep: number): number | undefined {
  const added = oof.filter((o) => o.inDomain && o.y && !o.regex && o.score >= threshold);
  // Per added post, the highest first-look score among its units the head fires on (a post whose score combines
  // several units: among its best): the bar may rise to it.
  const needs = added
    .map((o) => {
      const bar = Math.min(threshold, Math.max(...o.units.map(([, h]) => h)));
      return Math.max(...o.units.filter(([, h]) => h >= bar).map(([g]) => g));
    })
    .sort((a, b) => a - b);
  if (needs.length < 20) return undefined;
  return needs[Math.floor((1 - keep) * needs.length)];
}

/**
 * The lowest threshold at which the regex detectors OR the model keep precision >= `target` on the in-domain cases,
 * out of fold, with at least 3 posts the model adds; recall is what that threshold buys. Where the regex detectors
 * alone are below the target (the official-account sets hold posts they flag that are labelled clean), or the rule is
 * in ADDED_ALONE, the posts the model adds must be at least that precise on their own, so the model never lowers the rule's precision. `judged`
 * widens the posts the target is checked on (QUIET_TARGET_P: the Davidson tweets too); precision and recall are still
 * reported on the in-domain cases.
 */
function chooseThreshold(oof: OutOfFold[], target: number, judged: (o: OutOfFold) => boolean = (o) => o.inDomain): { threshold: number; precision: number; recall: number } {
  const cases = oof.filter((o) => o.inDomain);
  const pool = oof.filter(judged);
  const positives = cases.filter((o) => o.y).length;
  const regexFlagged = pool.filter((o) => o.regex);
  const regexPrecision = regexFlagged.filter((o) => o.y).length / Math.max(1, regexFlagged.length);
  const candidates = [...new Set(pool.filter((o) => !o.regex).map((o) => o.score))].filter((t) => t >= 0.5).sort((a, b) => b - a);
  let best = { threshold: 0.999, precision: 1, recall: 0 };
  for (const t of candidates) {
    const flagged = pool.filter((o) => o.regex || o.score >= t);
    const added = pool.filter((o) => !o.regex && o.score >= t);
    const precision = flagged.filter((o) => o.y).length / flagged.length;
    const addedPrecision = added.filter((o) => o.y).length / Math.max(1, added.length);
    const ok = regexPrecision >= target && !addedAlone ? precision >= target : addedPrecision >= target;
    if (!ok || added.length < 3) continue;
    const inCases = cases.filter((o) => o.regex || o.score >= t);
    const tp = inCases.filter((o) => o.y).length;
    best = { threshold: t, precision: tp / Math.max(1, inCases.length), recall: tp / Math.max(1, positives) };
  }
  return best;
}

/**
 * The precision the model's additions must keep on the posts where a head must be surer (OWN_SIGNALS quiet:
 * conduct/bias's posts that only mention a group), judged on our cases and the Davidson tweets of the training part
 * (hate speech against neither, as `npm run eval` and HateXplain score it: insults the crowd called offensive are left
 * out), out of fold. Our cases name groups mostly in police settings; on real posts that only mention a group (news,
 * chat) the bias head at its threshold fired on about one in ten (25 of the 286 Broad Twitter Corpus tweets that name
 * a group). Session 7, chosen on the out-of-fold trade-off train prints (conduct/bias, 17,774 cases without train-i-04,
 * regex+model P/R on our cases): 0.8 (no lift) 0.931/0.835, 0.85 0.938/0.824, 0.9 0.947/0.807, 0.93 0.952/0.794; the
 * Davidson train part moved by under 0.01 and the BTC tweets that name a group got 7 of 287 flagged at 0.85, 5 at 0.9,
 * 9 with no lift. 0.85 keeps the rule's precision target (0.93) with most of the recall the lift had cost.
 */
const QUIET_TARGET_P = 0.85;

/**
 * Precision every writer's text must keep, out of fold, besides the pooled target (TARGETS): the untouched sets are
 * each one new writer's ~500 drafts, and the goal (0.93) is judged per set, so a threshold that keeps 0.93 pooled but
 * not on some writers misses it there. Session 23, on whole-file out-of-fold scores (session 22's investigation refit,
 * 42 writers): at its pooled threshold 0.563, 17 writers fell below 0.93; the untouched sets' investigation false alarms
 * (2-3 a set, all the head's) were of that kind, while the development held-out sets, whose labels had been settled,
 * never showed them. Session 24 (lead's decision, criterion written before the result): every rule's threshold is the
 * lowest at which every writer (`writerOf`) keeps regex+model precision >= GROUP_TARGET_P, or its regex alone's where
 * that is lower, and never below the pooled one. `--group-target 0` turns it off.
 * Session 25 (criterion written before the result): it cost recall everywhere (self-affiliation cross-validated
 * 0.765 -> 0.567), so each head now chooses between the pooled and the every-writer threshold (`--group-choice auto`,
 * `writersAtGoal`): the one at which more writers with at least GOAL_MIN_POSITIVES positives meet both issue goals
 * out of fold (precision >= 0.93 and recall >= 0.70), a tie going to the higher pooled regex+model F1; and the
 * single-file sets are one writer group (SINGLE_FILE), not each its own.
 */
const GROUP_TARGET_P = 0.93;

/** The writer group of every single-file set (identity, blind-a, lead-blind, pii, case-conduct, dev). */
const SINGLE_FILE = 'single-file';

/**
 * The writer a labelled case comes from: a held-out set, or a training writer's files pooled (train-x-01..05 ->
 * train-x). Session 25: the single-file sets (identity, blind-a..d, lead-blind, pii, case-conduct, dev) are one group
 * of their own (SINGLE_FILE), not each a writer: each is small and aimed at a few families, so a writer of its own let
 * one or two of its look-alikes set a whole head's threshold, where the untouched sets are written like a series.
 */
function writerOf(p: Post): string {
  const source = p.id.slice(0, p.id.indexOf(':')).replace(/^(train-[a-z]+)-\d+$/, '$1');
  return /^(train|heldout)-[a-z]+$/.test(source) ? source : SINGLE_FILE;
}

/** The issue's per-set goals for a rule (issue 11): precision and recall every untouched set must keep. */
const GOAL_P = 0.93;
const GOAL_R = 0.7;
/** Writers with fewer positive posts for a rule than this do not count in `writersAtGoal` (too few to say). */
const GOAL_MIN_POSITIVES = 10;

/**
 * Out of fold, how many writers (`writerOf`, with at least GOAL_MIN_POSITIVES positive posts for the rule) meet both
 * goals when the posts `flag` says fire are flagged, and the pooled regex+model F1 (session 25's choice between a
 * pooled and a per-writer threshold, written before its result: the larger count wins, a tie goes to the higher F1).
 */
function writersAtGoal(oof: OutOfFold[], flag: (o: OutOfFold) => boolean): { met: number; of: number; f1: number } {
  const by = new Map<string, { tp: number; fp: number; pos: number }>();
  let [tp, fp, pos] = [0, 0, 0];
  for (const o of oof) {
    if (!o.inDomain) continue;
    const g = writerOf(o.post);
    const c = by.get(g) ?? by.set(g, { tp: 0, fp: 0, pos: 0 }).get(g)!;
    const f = flag(o);
    if (o.y) [c.pos, pos] = [c.pos + 1, pos + 1];
    if (f && o.y) [c.tp, tp] = [c.tp + 1, tp + 1];
    if (f && !o.y) [c.fp, fp] = [c.fp + 1, fp + 1];
  }
  const counted = [...by.values()].filter((c) => c.pos >= GOAL_MIN_POSITIVES);
  const met = counted.filter((c) => c.tp / Math.max(1, c.tp + c.fp) >= GOAL_P && c.tp / c.pos >= GOAL_R).length;
  return { met, of: counted.length, f1: (2 * tp) / Math.max(1, 2 * tp + fp + (pos - tp)) };
}

/**
 * The lowest threshold (>= 0.5) at which every writer's in-domain cases keep regex+model precision >= min(target, the
 * regex alone's there), out of fold: `bar(o)` is the least score at which a post can fire at all (its official or quiet
 * threshold; 0 elsewhere). Above every added post's score the model adds nothing, so some threshold always passes.
 */
function chooseGroupThreshold(oof: OutOfFold[], target: number, bar: (o: OutOfFold) => number): { threshold: number; failing: string[] } {
  const cases = oof.filter((o) => o.inDomain);
  const base = new Map<string, { tp: number; fp: number }>();
  for (const o of cases) {
    const g = writerOf(o.post);
    const c = base.get(g) ?? base.set(g, { tp: 0, fp: 0 }).get(g)!;
    if (o.regex) o.y ? c.tp++ : c.fp++;
  }
  const need = new Map([...base].map(([g, c]) => [g, Math.min(target, c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1)]));
  const added = cases.filter((o) => !o.regex && o.score >= 0.5 && o.score >= bar(o)).sort((a, b) => b.score - a.score);
  const now = new Map([...base].map(([g, c]) => [g, { ...c }]));
  const failing = new Set<string>();
  const passes = (g: string) => {
    const c = now.get(g)!;
    return c.tp + c.fp === 0 || c.tp / (c.tp + c.fp) >= need.get(g)! - 1e-12;
  };
  let threshold = Math.min(0.999, (added[0]?.score ?? 0.5) + 1e-4);
  for (let i = 0; i < added.length; ) {
    const t = added[i].score;
    for (; i < added.length && added[i].score === t; i++) {
      const g = writerOf(added[i].post);
      added[i].y ? now.get(g)!.tp++ : now.get(g)!.fp++;
      if (passes(g)) failing.delete(g);
      else failing.add(g);
    }
    if (!failing.size) threshold = t;
  }
  // the writers that fail at the pooled-free lowest candidate, for the log
  return { threshold, failing: [...failing] };
}

/**
 * Start-up: a post of fewer words than a head's `minWords` is never embedded for its rule, so a check of "hello" or
 * "lol" does not load the sentence encoder (about 0.9 s of CPU). Per rule, the highest n up to MIN_WORDS_CAP (a post of
 * up to three words: a greeting, "hi there", "good night all") at which the posts of fewer than n words that the head
 * adds out of fold (positives the regex misses and the head flags) are at most MIN_WORDS_LOSS of the rule's positive
 * posts: the cross-validated recall it costs.
 */
const MIN_WORDS_CAP = 4;
const MIN_WORDS_LOSS = 0.001;

function chooseMinWords(oof: OutOfFold[], fires: (o: OutOfFold) => boolean): { minWords: number; lost: number; shorter: number } {
  const positives = oof.filter((o) => o.y);
  for (let n = MIN_WORDS_CAP; n > 0; n--) {
    const shorter = positives.filter((o) => o.post.postWords.length < n);
    const lost = shorter.filter((o) => !o.regex && fires(o)).length;
    if (lost <= MIN_WORDS_LOSS * positives.length) return { minWords: n, lost, shorter: shorter.length };
  }
  return { minWords: 0, lost: 0, shorter: 0 };
}

async function main(): Promise<void> {
  const program = new Command('train')
    .option('--out <file>', 'where to write the heads', join(root, 'src', 'model', 'heads.json'))
    .option('--no-davidson', 'train conduct/bias on the labelled cases only')
    .option('--no-lexical', 'no lexical (gate score) features')
    .option('--epochs <n>', 'Adam epochs per fit', '120')
    .option('--target-p <p>', 'regex+model precision every threshold must keep on cross-validation (default: TARGETS, by rule)')
    .option('--keep-added <share>', "share of the model's out-of-fold additions the raised first look keeps (speed vs recall)", String(KEEP_ADDED))
    .option('--official-target-p <p>', 'the precision target of the thresholds used on official-account posts', String(OFFICIAL_TARGET_P))
    .option('--mil-rounds <n>', 'rounds of the multiple-instance fit (each positive post then trains on its best unit by the round before)', '2')
    .option('--official-weight <x>', 'how much more a clean official post weighs in a fit than another negative, for every rule (default: OFFICIAL_NEGATIVE_WEIGHTS, by rule)')
    .option('--also-target <p>', "also write the same heads with thresholds for this precision target (to <out>.p<p>.json), to compare")
    .option('--rule <id...>', 'cross-validate only these rules (a look while tuning; writes heads only to an --out given: these rules refit, the rest as shipped)')
    .option('--buckets <n>', 'hashed word n-gram buckets (0: no n-gram weights)', String(BUCKETS))
    .option('--orders <list>', 'word n-gram lengths hashed, comma-separated', ORDERS.join(','))
    .option('--post-orders <list>', 'word n-gram lengths hashed over the whole post as well (none: only the unit)', POST_ORDERS.join(','))
    .option('--l2 <x>', 'L2 penalty of the dense feature weights', String(L2))
    .option('--l2-grams <x>', 'L2 penalty of the n-gram weights', String(L2_GRAMS))
    .option('--no-post-level', 'no post-level features (first person, police words, ID-like numbers in the post)')
    .option('--hidden <n>', 'hidden units of the MLP head tried against the linear one (0: linear heads only)', String(HIDDEN))
    .option('--mlp-epochs <n>', "epochs of the MLP head's mini-batch training", String(MLP_EPOCHS))
    .option('--mlp-rules <id...>', 'rules for which an MLP head is tried (default: all but conduct/bias, whose head i11-bias owns)')
    .option('--quiet-target-p <p>', "precision the model's additions keep on posts where a head must be surer (conduct/bias: a group only mentioned)", String(QUIET_TARGET_P))
    .option('--hard-weight <x>', 'how much more a look-alike negative (HARD_NEGATIVES) weighs in a fit, for every rule that has them')
    .option('--no-stack', "no stacked features (other rules' verdicts) for any head")
    .option('--stack-heads <id...>', 'the heads whose scores stacking heads read (default: STACKED, by rule)')
    .option('--gate-cover <share>', "share of a rule's positive training posts whose best unit its word gate lets through, for every rule (default: GATE_COVERS, by rule)")
    .option('--fold-by-file', 'every rule on folds by whole files (each file judged by heads that never saw it), instead of FOLD_SCHEMES')
    .option('--fold-by-block', 'every rule on folds by blocks of lines, instead of FOLD_SCHEMES')
    .option('--also-train <sets>', 'development held-out sets trained on too, comma-separated (heldout-a,heldout-b; none: only the training files)', ALSO_TRAIN.join(',') || 'none')
    .option('--hold-out <files>', 'training files kept out of this run, comma-separated (train-ab-01,train-ab-02): checks a head has not seen')
    .option('--also-train-weight <x>', 'how much a case of an --also-train set weighs in a fit (a training file case: 1)', '1')
    .option('--group-target <p>', "precision every writer's text keeps, out of fold, besides the pooled target (0: pooled only)", String(GROUP_TARGET_P))
    .option('--group-choice <how>', 'per rule, the pooled or the every-writer threshold: auto (writersAtGoal), pooled or writer', 'auto')
    .option('--rest-from <file>', "with --rule and --out: the heads not refit are copied from this file (a full run's --out) instead of src/model/heads.json")
    .option('--dump-oof <file>', 'write the out-of-fold post scores of the labelled training cases and the Davidson tweets it trains on (JSON lines) to study misses')
    .option('--clamp-thresholds-to <file>', "the heads written keep each rule's thresholds within --clamp of this file's (threshold-clamp.ts; e.g. the shipped heads)")
    .option('--clamp <x>', 'with --clamp-thresholds-to: how far a threshold may move from the reference one of the same rule and kind', '0.05')
    .parse();
  const opts = program.opts<{
    out: string;
    davidson: boolean;
    lexical: boolean;
    epochs: string;
    targetP?: string;
    keepAdded: string;
    rule?: string[];
    buckets: string;
    orders: string;
    l2Grams: string;
    l2: string;
    postOrders: string;
    alsoTarget?: string;
    officialTargetP: string;
    officialWeight?: string;
    milRounds: string;
    postLevel: boolean;
    hidden: string;
    mlpEpochs: string;
    mlpRules?: string[];
    dumpOof?: string;
    clampThresholdsTo?: string;
    clamp: string;
    restFrom?: string;
    groupTarget: string;
    groupChoice: string;
    alsoTrain: string;
    alsoTrainWeight: string;
    holdOut?: string;
    foldByFile?: boolean;
    foldByBlock?: boolean;
    quietTargetP: string;
    stack: boolean;
    stackHeads?: string[];
    hardWeight?: string;
    gateCover?: string;
  }>();
  if (opts.foldByFile && opts.foldByBlock) throw new Error('--fold-by-file and --fold-by-block: choose one');
  foldSchemeOverride = opts.foldByFile ? 'file' : opts.foldByBlock ? 'block' : undefined;
  if (opts.gateCover !== undefined) gateCoverOverride = Number(opts.gateCover);
  if (opts.hardWeight !== undefined) hardWeightOverride = Number(opts.hardWeight);
  const stackOf = (rule: string): Stacked | undefined =>
    opts.stack && STACKED[rule] ? { ...STACKED[rule], ...(opts.stackHeads ? { heads: opts.stackHeads } : {}) } : undefined;
  /** Out-of-fold unit scores of the heads other heads stack on, by rule and post (0 for a unit its gate stops). */
  const stackScores = new Map<string, Map<Post, Float32Array>>();
  const stackedOn = new Set(MODEL_RULES.flatMap((r) => stackOf(r)?.heads ?? []));
  const quietTargetP = Number(opts.quietTargetP);
  const groupTarget = Number(opts.groupTarget);
  const groupChoice = opts.groupChoice;
  if (!['auto', 'pooled', 'writer'].includes(groupChoice)) throw new Error(`--group-choice ${groupChoice}: auto, pooled or writer`);
  if (opts.officialWeight !== undefined) officialWeightOverride = Number(opts.officialWeight);
  milRounds = Number(opts.milRounds);
  l2Dense = Number(opts.l2);
  const hidden = Number(opts.hidden);
  const mlpRules = new Set(opts.mlpRules ?? MODEL_RULES.filter((r) => r !== 'conduct/bias'));
  const mlpOptions: MlpOptions = { hidden, epochs: Number(opts.mlpEpochs) };
  const dumped: string[] = [];
  const hashing: Hashing = {
    buckets: Number(opts.buckets),
    orders: opts.orders.split(',').map(Number),
    ...(opts.postOrders !== 'none' ? { postOrders: opts.postOrders.split(',').map(Number) } : {}),
  };
  const sparse: Sparse = { buckets: hashing.buckets, l2: Number(opts.l2Grams) };
  const keepAdded = Number(opts.keepAdded);
  const epochs = Number(opts.epochs);
  const targetOf = (rule: string) => (opts.targetP !== undefined ? Number(opts.targetP) : TARGETS[rule]);
  const posts = loadPosts(opts.davidson, alsoTrainFiles(opts.alsoTrain === 'none' ? [] : opts.alsoTrain.split(',').filter(Boolean)), Number(opts.alsoTrainWeight), holdOutFiles(opts.holdOut));
  // A rule whose head another stacks on is fitted first (with --rule too: its out-of-fold scores are features).
  const rules: string[] = [];
  const addRule = (rule: string) => {
    if (rules.includes(rule)) return;
    for (const dep of stackOf(rule)?.heads ?? []) {
      // its out-of-fold scores must be made on the stacking rule's folds (FOLD_SCHEMES)
      if (schemeOf(dep) !== schemeOf(rule)) throw new Error(`${rule} stacks on ${dep}: both must be on the same folds (FOLD_SCHEMES)`);
      addRule(dep);
    }
    rules.push(rule);
  };
  (opts.rule ?? [...MODEL_RULES]).forEach(addRule);
  const banks: Record<FoldScheme, GateBank> = { block: new GateBank(posts, 'block'), file: new GateBank(posts, 'file') };
  // Only the units some gate of a rule trained here lets through are ever scored (`scoredFor`): the gates of every
  // fold held out and of all the posts, in the rule's fold scheme and in blocks (the final fit's). The rest need no
  // embedding, so a run of a few rules (--rule) on a cold cache embeds a fraction of the units.
  const needed = new Set<string>();
  for (const rule of rules) {
    const gateSets = [...new Set([schemeOf(rule), 'block' as const])].flatMap((scheme) => [...Array(FOLDS).keys()].map((k) => banks[scheme].without(k)));
    gateSets.push(banks.block.without());
    for (const gates of gateSets) {
      const gate = gates.get(rule)!;
      for (const p of posts) p.words.forEach((words, i) => gateScore(words, gate.words) >= gate.threshold && needed.add(p.units[i].text));
    }
  }
  await embedAll(posts, needed);
  const cues = [...new Set(textDetectors.flatMap((d) => [d.id, ...(d.emits ?? [])]))].sort();
  const lexicalRules: string[] = opts.lexical ? [...MODEL_RULES] : [];
  const postDims = opts.postLevel ? POST_FEATURES : 0;
  const lexicalAt = 512 + 2 * cues.length + 1;
  const dims = lexicalAt + 2 * lexicalRules.length + postDims;
  const noLexical = new Float32Array(2 * lexicalRules.length);
  const base = new Map(
    posts.map((p) => [p, p.units.map((u, i) => features(p.vectors[i], u, cues, p.hits, p.context === 'official', noLexical, opts.postLevel ? p.postLevel[i] : []))]),
  );
  const noGrams = new Int32Array(0);
  const grams = new Map(posts.map((p) => [p, p.words.map((words) => (hashing.buckets ? ngramIndices(words, hashing, p.postWords) : noGrams))]));
  /** The length of a rule's feature vector: the shared features, then its own (OWN_SIGNALS), then stacked ones. */
  const ownEnd = (rule: string) => dims + (OWN_SIGNALS[rule]?.names.length ?? 0);
  const dimsOf = (rule: string) => ownEnd(rule) + stackedLength(stackOf(rule));
  /** A rule's scored posts: units through `gating`'s gate, lexical features from `lexicalOf(post)`'s gates. */
  const scoredFor = (rule: string, subset: Post[], gating: Gates, lexicalOf: (p: Post) => Gates): Scored[] =>
    subset.map((p) => {
      const gate = gating.get(rule)!;
      const lexGates = lexicalRules.map((r) => lexicalOf(p).get(r)!);
      const gateMargins = p.words.map((words) => gateScore(words, gate.words) - gate.threshold);
      const stacked = stackView(rule, p, gateMargins);
      return {
        post: p,
        gateMargins,
        gs: grams.get(p)!,
        xs: p.words.map((words, i) => {
          // as at scan time (layer.ts): a unit the rule's own veto drops (bias counter-speech) is never scored
          if (gateMargins[i] < 0 || OWN_SIGNALS[rule]?.veto?.(p.units[i].text, p.text)) return undefined;
          // every unit a gate lets through was embedded (`needed`): never a stand-in vector
          if (!needed.has(p.units[i].text)) throw new Error(`${rule}: a unit past its gate was not embedded`);
          const x = new Float32Array(dimsOf(rule));
          x.set(base.get(p)![i]);
          x.set(lexicalFeatures(words, p.postWords, lexGates), lexicalAt);
          // the rule's own features (bias-signals.ts), after the shared ones
          const own = OWN_SIGNALS[rule];
          if (own) x.set(own.of(p.units[i].text, p.text), dims);
          if (stacked) x.set(stackedFeatures(stacked.unit[i], stacked.best, stacked.cues, p.postWords), ownEnd(rule));
          return x;
        }),
      };
    });
  /**
   * A stacking rule's view of a post's other verdicts: per stacked head, each unit's out-of-fold score and the best of
   * the units this rule's gate lets through (1 where the stacked rule's regex fired); per stacked cue, a hit in the post.
   */
  function stackView(rule: string, p: Post, gateMargins: number[]) {
    const stack = stackOf(rule);
    if (!stack) return undefined;
    const scores = stack.heads.map((dep) => stackScores.get(dep)?.get(p));
    const unit = p.units.map((_, i) => scores.map((s) => s?.[i] ?? 0));
    const best = stack.heads.map((dep, d) =>
      p.hits.some((h) => h.ruleId === dep) ? 1 : Math.max(0, ...gateMargins.map((m, i) => (m >= 0 ? (scores[d]?.[i] ?? 0) : 0))),
    );
    return { unit, best, cues: stack.cues.map((cue) => p.hits.some((h) => h.ruleId === cue)) };
  }

  const heads: Heads = {
    version: hashing.buckets ? 4 : 3,
    embedding: 'use-lite-512',
    cues,
    lexical: lexicalRules,
    ...(opts.postLevel ? { postLevel: true } : {}),
    heads: {},
    ...(hashing.buckets ? { hashing } : {}),
  };
  const looks = new Map<string, number | undefined>();
  /** The rules whose head cross-validation chose to be an MLP. */
  const kinds = new Map<string, 'mlp'>();
  const alsoChosen = new Map<string, ReturnType<typeof chooseThreshold> & { look: number | undefined }>();
  const passing = new Set<string>();
  const passingGate = new Set<string>();
  /** The first look's view of scored units: the features without the embedding (nor the stacked ones, which need it). */
  const lookDims = (rule: string) => ownEnd(rule) - EMBEDDING_DIMS;
  const lookOf = (rule: string, scored: Scored[]): Scored[] => scored.map((s) => ({ ...s, xs: s.xs.map((x) => x?.subarray(EMBEDDING_DIMS, ownEnd(rule))) }));
  const foldsBy = (rule: string) => (schemeOf(rule) === 'file' ? 'whole files' : `blocks of ${FOLD_BLOCK} lines`);
  console.log(`\ncross-validated (${FOLDS} folds, out-of-fold post scores, in-domain cases; ${rules.map((r) => `${r} by ${foldsBy(r)}`).join(', ')}):`);
  console.log(`  ${'rule'.padEnd(22)} ${'pos'.padStart(5)} ${'neg'.padStart(5)}  target  threshold  model P/R      regex P/R      regex+model P/R  model FA/1000 clean official cases`);
  for (const rule of rules) {
    const linearOof: OutOfFold[] = [];
    const mlpOof: OutOfFold[] = [];
    const foldScores = { linear: new Map<Post, Float32Array>(), mlp: new Map<Post, Float32Array>() };
    const inRule = posts.filter((p) => p.labels.has(rule));
    const tryMlp = hidden > 0 && mlpRules.has(rule);
    const targetP = targetOf(rule);
    addedAlone = ADDED_ALONE.has(rule);
    const bank = banks[schemeOf(rule)];
    const foldOf = (p: Post) => bank.foldOf(p);
    for (let k = 0; k < FOLDS; k++) {
      const train = scoredFor(rule, inRule.filter((p) => foldOf(p) !== k), bank.without(k), (p) => bank.without(k, foldOf(p)));
      const fitted = tryMlp ? fitRule(rule, train, dimsOf(rule), epochs, sparse, mlpOptions) : { linear: fitRule(rule, train, dimsOf(rule), epochs, sparse) };
      const look = fitRule(rule, lookOf(rule, train), lookDims(rule), epochs, sparse);
      for (const s of scoredFor(rule, inRule.filter((p) => foldOf(p) === k), bank.without(k), () => bank.without(k))) {
        const outOfFold = (head: Fitted): OutOfFold => ({
          score: postScore(head, s),
          y: s.post.labels.get(rule)!,
          regex: s.post.hits.some((h) => h.ruleId === rule),
          inDomain: s.post.kind === 'case',
          officialClean: s.post.kind === 'case' && s.post.context === 'official' && !s.post.labels.get(rule),
          units: s.xs.flatMap((x, i): [number, number, number][] => (x ? [[logit(look, x.subarray(EMBEDDING_DIMS, ownEnd(rule)), s.gs[i]), score(head, x, s.gs[i]), i]] : [])),
          post: s.post,
          quiet: !!OWN_SIGNALS[rule]?.quiet?.(s.post.text),
        });
        linearOof.push(outOfFold(fitted.linear));
        if ('mlp' in fitted) mlpOof.push(outOfFold(fitted.mlp));
      }
      // A head others stack on: its out-of-fold score of every unit of every labelled case in this fold.
      if (stackedOn.has(rule)) {
        for (const s of scoredFor(rule, posts.filter((p) => foldOf(p) === k && p.kind === 'case'), bank.without(k), () => bank.without(k))) {
          const unitScores = (head: Fitted) => Float32Array.from(s.xs, (x, i) => (x ? score(head, x, s.gs[i]) : 0));
          foldScores.linear.set(s.post, unitScores(fitted.linear));
          if ('mlp' in fitted) foldScores.mlp.set(s.post, unitScores(fitted.mlp));
        }
      }
    }
    const tradeOff = (o: OutOfFold[]) => [0.9, 0.93, 0.95, 0.97].map((t) => `${t}: ${chooseThreshold(o, t).recall.toFixed(3)}`).join(', ');
    console.log(`    linear head: regex+model recall at precision ${tradeOff(linearOof)}`);
    let oof = linearOof;
    if (mlpOof.length) {
      console.log(`    MLP head (${hidden} hidden): regex+model recall at precision ${tradeOff(mlpOof)}`);
      if (chooseThreshold(mlpOof, targetP).recall >= chooseThreshold(linearOof, targetP).recall + MLP_MARGIN) {
        oof = mlpOof;
        kinds.set(rule, 'mlp');
      }
    }
    if (stackedOn.has(rule)) stackScores.set(rule, kinds.has(rule) ? foldScores.mlp : foldScores.linear);
    // The post's score: its best unit, or its k best as independent evidence, whichever cross-validation prefers.
    const combined = (k: number) => oof.map((o) => ({ ...o, score: combineUnits(o.units.map(([, h]) => h), k) }));
    let combine = 1;
    let bestRecall = chooseThreshold(oof, targetP).recall;
    const tried = COMBINE_TRIED.map((k) => ({ k, oof: k === 1 ? oof : combined(k) }));
    console.log(`    post score from its k best units (noisy-or): regex+model recall at precision ${targetP}: ${tried.map((t) => `k=${t.k} ${chooseThreshold(t.oof, targetP).recall.toFixed(3)}`).join(', ')}`);
    for (const t of tried) {
      const recall = chooseThreshold(t.oof, targetP).recall;
      if (t.k > 1 && recall >= bestRecall + COMBINE_MARGIN) [combine, bestRecall, oof] = [t.k, recall, t.oof];
    }
    const chosen = chooseThreshold(oof, targetP);
    const official = oof.filter((o) => o.officialClean);
    // On official posts the model must be surer: the threshold that keeps OFFICIAL_TARGET_P on all the cases, the one
    // that keeps it on the official cases alone, and one above every clean official case's out-of-fold score, whichever
    // is highest. A precision target alone is not enough there: one in thirteen of our official cases for investigation is
    // positive, where real department feeds hold next to none, so the same precision lets through many more false
    // alarms per 1,000 real posts; the model is to flag none of our department notices that the regex leaves alone.
    const officialTarget = Number(opts.officialTargetP);
    const onOfficial = (o: OutOfFold) => o.inDomain && o.post.context === 'official';
    const cleanOfficialTop = Math.max(0, ...official.filter((o) => !o.regex).map((o) => o.score));
    const officialFloor = Math.max(
      chooseThreshold(oof, officialTarget).threshold,
      chooseThreshold(oof, officialTarget, onOfficial).threshold,
      Math.min(0.999, cleanOfficialTop + 1e-4),
    );
    const quietJudged = (o: OutOfFold) => o.inDomain || (o.post.kind === 'davidson' && !o.post.offensive);
    // Every writer's text kept at GROUP_TARGET_P too (its official and quiet posts at their own bars, as they fire).
    if (groupTarget > 0) {
      const quietFloor = oof.some((o) => o.quiet) ? chooseThreshold(oof.filter((o) => o.quiet), quietTargetP, quietJudged).threshold : 0;
      const bar = (o: OutOfFold) => Math.max(o.post.context === 'official' ? officialFloor : 0, o.quiet ? quietFloor : 0);
      const group = chooseGroupThreshold(oof, groupTarget, bar);
      const pooled = chosen.threshold;
      const at = (t: number) => writersAtGoal(oof, (o) => o.regex || (o.score >= t && o.score >= bar(o)));
      const [byPooled, byWriter] = [at(pooled), at(group.threshold)];
      const perWriter = byWriter.met > byPooled.met || (byWriter.met === byPooled.met && byWriter.f1 > byPooled.f1);
      console.log(
        `    writers at the goals (P ${GOAL_P}, R ${GOAL_R}; of those with >= ${GOAL_MIN_POSITIVES} positives): pooled ${pooled.toFixed(3)} ` +
          `${byPooled.met}/${byPooled.of} (F1 ${byPooled.f1.toFixed(3)}), every writer ${group.threshold.toFixed(3)} ${byWriter.met}/${byWriter.of} ` +
          `(F1 ${byWriter.f1.toFixed(3)}): ${perWriter ? 'every writer' : 'pooled'}${groupChoice === 'auto' ? '' : ` (forced: ${groupChoice})`}`,
      );
      const useGroup = groupChoice === 'writer' || (groupChoice === 'auto' && perWriter);
      if (useGroup && group.threshold > pooled) {
        const cases = oof.filter((o) => o.inDomain);
        const flag = (o: OutOfFold) => o.regex || (o.score >= group.threshold && o.score >= bar(o));
        const tp = cases.filter((o) => o.y && flag(o)).length;
        chosen.threshold = group.threshold;
        chosen.precision = tp / Math.max(1, cases.filter(flag).length);
        chosen.recall = tp / Math.max(1, cases.filter((o) => o.y).length);
      }
      console.log(
        `    every writer at precision ${groupTarget} (or its regex alone's): threshold ${group.threshold.toFixed(3)} (pooled ${pooled.toFixed(3)}); ` +
          `writers under it at the lowest candidate: ${group.failing.join(', ') || 'none'}`,
      );
    }
    // Posts where the head must be surer: their own threshold, never below the rule's.
    const quietFor = (target: number) =>
      Math.max(chosen.threshold, chooseThreshold(oof.filter((o) => o.quiet), target, quietJudged).threshold);
    const quietAt = oof.some((o) => o.quiet) ? quietFor(quietTargetP) : undefined;
    if (quietAt !== undefined) {
      // The trade-off the quiet target buys, out of fold: in-domain regex+model P/R and Davidson hate-vs-neither P/R
      const line = (target: number) => {
        const at = quietFor(target);
        const flag = (o: OutOfFold) => o.regex || o.score >= (o.quiet ? at : chosen.threshold);
        const cases = oof.filter((o) => o.inDomain);
        const dav = oof.filter((o) => o.post.kind === 'davidson' && !o.post.offensive);
        const pr = (set: OutOfFold[]) => {
          const tp = set.filter((o) => flag(o) && o.y).length;
          return `${(tp / Math.max(1, set.filter(flag).length)).toFixed(3)}/${(tp / Math.max(1, set.filter((o) => o.y).length)).toFixed(3)}`;
        };
        return `${target}: ${at.toFixed(3)} cases ${pr(cases)} Davidson ${pr(dav)}`;
      };
      console.log(`    quiet target P -> threshold, regex+model P/R: ${[0.8, 0.85, 0.9, 0.93].map(line).join('; ')}`);
    }
    const fires = (o: OutOfFold) => o.score >= (o.quiet && quietAt !== undefined ? quietAt : chosen.threshold);
    if (quietAt !== undefined) {
      const cases = oof.filter((o) => o.inDomain);
      const tp = cases.filter((o) => o.y && (o.regex || fires(o))).length;
      const flagged = cases.filter((o) => o.regex || fires(o)).length;
      chosen.precision = tp / Math.max(1, flagged);
      chosen.recall = tp / Math.max(1, cases.filter((o) => o.y).length);
      const quiet = oof.filter((o) => o.quiet && o.inDomain);
      console.log(`    posts where the head must be surer (quiet: for bias, a group only mentioned): ${quiet.filter((o) => o.y).length} positive, ${quiet.filter((o) => !o.y).length} negative cases; threshold there ${quietAt.toFixed(3)}`);
    }
    const short = chooseMinWords(oof, fires);
    console.log(`    posts of fewer than ${short.minWords} words are not looked at: ${short.shorter} positive posts that short, ${short.lost} of them added by the head`);
    const tweets = oof.filter((o) => o.post.kind === 'davidson');
    if (opts.dumpOof) {
      // the labelled cases, and for conduct/bias the Davidson tweets of the train part (kind, offensive) too
      for (const o of oof) {
        dumped.push(
          JSON.stringify({
            rule,
            id: o.post.id,
            kind: o.post.kind,
            ...(o.post.offensive ? { offensive: true } : {}),
            quiet: o.quiet,
            y: o.y,
            regex: o.regex,
            score: round(o.score),
            flagged: o.regex || fires(o),
            writer: writerOf(o.post),
            context: o.post.context,
            // each gated unit's [index, head score, first-look log odds]: to study how a post's sentences add up
            units: o.units.map(([g, h, i]) => [i, round(h), round(g)]),
            n: o.post.units.length,
            text: o.post.text,
          }),
        );
      }
    }
    const lookAt = firstLookThreshold(oof, chosen.threshold, keepAdded);
    looks.set(rule, lookAt);
    if (opts.alsoTarget) {
      const alt = chooseThreshold(oof, Number(opts.alsoTarget));
      alsoChosen.set(rule, { ...alt, look: firstLookThreshold(oof, alt.threshold, keepAdded) });
    }
    // Speed, out of fold: the units of clean labelled posts that this rule's gate and first look send to the embedder.
    for (const o of oof) {
      if (o.post.kind !== 'case' || [...o.post.labels.values()].includes(1)) continue;
      if (o.post.postWords.length < short.minWords) continue;
      for (const [g, , i] of o.units) if (lookAt === undefined || g >= lookAt) passing.add(`${o.post.id}#${i}`);
      for (const [, , i] of o.units) passingGate.add(`${o.post.id}#${i}`);
    }
    const pr = (flag: (o: OutOfFold) => boolean) => {
      const cases = oof.filter((o) => o.inDomain);
      const tp = cases.filter((o) => flag(o) && o.y).length;
      const fp = cases.filter((o) => flag(o) && !o.y).length;
      const pos = cases.filter((o) => o.y).length;
      return `${(tp / Math.max(1, tp + fp)).toFixed(3)}/${(tp / Math.max(1, pos)).toFixed(3)}`;
    };
    // Real tweets (conduct/bias only): how the threshold carries over to the Davidson train part.
    if (tweets.length) {
      const onTweets = (flag: (o: OutOfFold) => boolean) => {
        const tp = tweets.filter((o) => flag(o) && o.y).length;
        const fp = tweets.filter((o) => flag(o) && !o.y).length;
        return `${(tp / Math.max(1, tp + fp)).toFixed(3)}/${(tp / Math.max(1, tweets.filter((o) => o.y).length)).toFixed(3)}`;
      };
      console.log(`    Davidson train part, out of fold (${tweets.length}): regex P/R ${onTweets((o) => o.regex)}, regex+model ${onTweets((o) => o.regex || fires(o))}`);
    }
    const officialFa = official.length ? ((1000 * official.filter((o) => !o.regex && fires(o)).length) / official.length).toFixed(1) : '-';
    // On official posts the model must be surer: the threshold that keeps OFFICIAL_TARGET_P on all the cases, the one
    // that keeps it on the official cases alone, and one above every clean official case's out-of-fold score, whichever
    // is highest. A precision target alone is not enough there: one in thirteen of our official cases for investigation is
    // positive, where real department feeds hold next to none, so the same precision lets through many more false
    // alarms per 1,000 real posts; the model is to flag none of our department notices that the regex leaves alone.
    const officialAt = Math.max(chosen.threshold, officialFloor);
    if (official.length) {
      const atOfficial = (t: number) => {
        const cases = oof.filter(onOfficial);
        const tp = cases.filter((o) => o.y && (o.regex || o.score >= t)).length;
        const fa = official.filter((o) => !o.regex && o.score >= t).length;
        return `${t.toFixed(3)}: recall ${(tp / Math.max(1, cases.filter((o) => o.y).length)).toFixed(3)}, model FA/1000 ${((1000 * fa) / official.length).toFixed(1)}`;
      };
      console.log(`    official cases (${oof.filter(onOfficial).length}), regex+model at threshold ${[chosen.threshold, officialAt].map(atOfficial).join('; ')} (official)`);
    }
    const positives = oof.filter((o) => o.y && o.inDomain).length;
    console.log(
      `  ${rule.padEnd(22)} ${String(positives).padStart(5)} ${String(oof.filter((o) => o.inDomain).length - positives).padStart(5)}  ${targetP.toFixed(2).padStart(6)}  ${chosen.threshold.toFixed(3).padStart(9)}  ` +
        `${kinds.has(rule) ? 'MLP ' : ''}` +
        `${pr(fires).padEnd(14)} ${pr((o) => o.regex).padEnd(14)} ${pr((o) => o.regex || fires(o)).padEnd(16)} ${officialFa}`,
    );
    heads.heads[rule] = {
      w: [],
      b: 0,
      gate: {},
      gateThreshold: 0,
      ...(OWN_SIGNALS[rule] ? { signals: [...OWN_SIGNALS[rule].names] } : {}),
      ...(combine > 1 ? { combine } : {}),
      ...(short.minWords > 0 ? { minWords: short.minWords } : {}),
      ...(stackOf(rule) ? { stacked: stackOf(rule) } : {}),
      threshold: round(chosen.threshold),
      officialThreshold: round(officialAt),
      ...(quietAt !== undefined ? { quietThreshold: round(quietAt) } : {}),
      cv: { precision: round(chosen.precision), recall: round(chosen.recall), positives, negatives: oof.filter((o) => o.inDomain).length - positives },
    };
  }
  let cleanUnits = 0;
  for (const p of posts) if (p.kind === 'case' && ![...p.labels.values()].includes(1)) cleanUnits += p.units.length;
  const share = (n: number) => ((100 * n) / Math.max(1, cleanUnits)).toFixed(1);
  console.log(
    `units of clean labelled posts sent to the embedder (out of fold, ${rules.length} rules): ${share(passing.size)} % ` +
      `(${share(passingGate.size)} % past the word gates alone; first look at log odds ${rules.map((r) => looks.get(r)?.toFixed(2) ?? 'none').join(', ')})`,
  );
  if (opts.dumpOof) writeFileSync(opts.dumpOof, `${dumped.join('\n')}\n`);
  // With --rule, heads are written only to an --out given on the command line: the listed rules refit, the others
  // copied from the shipped heads (a candidate for `npm run eval -- --heads`; the heads to commit come from a full run).
  const candidate = opts.rule && program.getOptionValueSource('out') === 'cli';
  if (opts.rule && !candidate) return;
  // every post: the same gates in either scheme
  const gates = banks.block.without();
  for (const rule of rules) {
    const inRule = posts.filter((p) => p.labels.has(rule));
    const bank = banks[schemeOf(rule)];
    const scored = scoredFor(rule, inRule, gates, (p) => bank.without(bank.foldOf(p)));
    const head = kinds.has(rule) ? fitRule(rule, scored, dimsOf(rule), epochs, sparse, mlpOptions).mlp : fitRule(rule, scored, dimsOf(rule), epochs, sparse);
    const lookAt = looks.get(rule);
    const look = lookAt === undefined && alsoChosen.get(rule)?.look === undefined ? undefined : fitRule(rule, lookOf(rule, scored), lookDims(rule), epochs, sparse);
    const gate = gates.get(rule)!;
    heads.heads[rule] = {
      ...heads.heads[rule],
      gate: Object.fromEntries([...gate.words].sort(([a], [b]) => a.localeCompare(b))),
      gateThreshold: round(gate.threshold),
      w: head.w.map(round),
      b: round(head.b),
      ...(head.h ? { h: head.h } : {}),
      ...(head.mlp ? { mlp: { W: head.mlp.W, c: head.mlp.c.map(round), v: head.mlp.v.map(round) } } : {}),
      // (Deleted below where only the --also-target heads have a first look.)
      ...(look ? { look: { w: look.w.map(round), b: round(look.b), ...(look.h ? { h: look.h } : {}), threshold: round(lookAt ?? 0) } } : {}),
    };
  }
  // With --rule, the rules not refit come from the shipped heads, in the candidate and in its --also-target twin alike
  // (session 19: the twin held only the refit rules, and eval could not load it).
  const shipped = candidate ? parseHeads(readFileSync(opts.restFrom ?? join(root, 'src', 'model', 'heads.json'), 'utf8')).heads : {};
  if (opts.alsoTarget) {
    const also: Heads = { ...heads, heads: {} };
    for (const [rule, head] of Object.entries(heads.heads)) {
      const alt = alsoChosen.get(rule)!;
      const { look, ...rest } = head;
      also.heads[rule] = {
        ...rest,
        threshold: round(alt.threshold),
        cv: { ...head.cv, precision: round(alt.precision), recall: round(alt.recall) },
        ...(look && alt.look !== undefined ? { look: { ...look, threshold: round(alt.look) } } : {}),
      };
    }
    also.heads = { ...shipped, ...also.heads };
    writeFileSync(opts.out.replace(/\.json$/, `.p${opts.alsoTarget}.json`), serializeHeads(also));
  }
  for (const [rule, head] of Object.entries(heads.heads)) if (looks.get(rule) === undefined) delete head.look;
  if (candidate) heads.heads = { ...shipped, ...heads.heads };
  if (opts.clampThresholdsTo) {
    const reference = parseHeads(readFileSync(opts.clampThresholdsTo, 'utf8')).heads;
    const clamped = clampThresholds(heads.heads, reference, Number(opts.clamp));
    heads.heads = clamped.heads;
    console.log(describeMoves(clamped.moved, Number(opts.clamp)));
  }
  writeFileSync(opts.out, serializeHeads(heads));
  const sizes = MODEL_RULES.map((rule) => `${rule} ${gates.get(rule)!.words.size}`).join(', ');
  console.log(`\nwrote ${opts.out}: ${MODEL_RULES.length} heads x ${dims} features; gate words per rule: ${sizes}`);
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

await main();
