/**
 * The held-out sets anyone may develop on (c and d retired from untouched in session 12, e and f in session 13, g in
 * session 14, k in session 18, l in session 19, m in session 20, n in session 21, o in session 22, p in session 23,
 * q in session 24, r in session 25, s in session 26, t in session 27, u in session 28, v in session 29, w in session
 * 30, x in session 31, oldest first); every other heldout-* file is an untouched test set, which only the lead
 * scores. dump-findings lists these sets' findings; `npm run train -- --also-train` may train on them and on no other
 * held-out set.
 */
export const DEVELOPMENT_HELDOUT: ReadonlySet<string> = new Set([
  'heldout-a.jsonl',
  'heldout-b.jsonl',
  'heldout-c.jsonl',
  'heldout-d.jsonl',
  'heldout-e.jsonl',
  'heldout-f.jsonl',
  'heldout-g.jsonl',
  'heldout-h.jsonl',
  'heldout-i.jsonl',
  'heldout-j.jsonl',
  'heldout-k.jsonl',
  'heldout-l.jsonl',
  'heldout-m.jsonl',
  'heldout-n.jsonl',
  'heldout-o.jsonl',
  'heldout-p.jsonl',
  'heldout-q.jsonl',
  'heldout-r.jsonl',
  'heldout-s.jsonl',
  'heldout-t.jsonl',
  'heldout-u.jsonl',
  'heldout-v.jsonl',
  'heldout-w.jsonl',
  'heldout-x.jsonl',
]);
