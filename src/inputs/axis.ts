// The principal axis of a set of points (the straight line fitted through them, least squares across it), written
// once for the readers that need it: a tape band's middle line and a row of letters on a band (vision.ts), a text
// region's reading direction (scene-text.ts).

/** A set of points' mean, the direction of their principal axis, and their second moments about the mean. */
export interface Axis {
  /** How many points. */
  n: number;
  mx: number;
  my: number;
  /** The axis's direction in radians, in (-pi/2, pi/2]: 0 along x, pi/2 along y (image y points down). */
  theta: number;
  /** Sums of squared offsets from the mean (not divided by n): along x, along y, and their product. */
  sxx: number;
  syy: number;
  sxy: number;
  /** The sums' eigenvalues: the spread along the axis and across it (same scale as sxx). */
  along: number;
  across: number;
}

/**
 * Fit the principal axis in two passes: the mean first, then the second moments about it (exact for points far from
 * the origin, where one pass over raw sums loses digits). `each` calls `visit` once per point and must visit the same
 * points in the same order each time it is called. Fewer than `minPoints` points: undefined, with no second pass.
 * e.g. points along y = x/2 -> theta = atan(0.5), across 0
 */
export function principalAxis(each: (visit: (x: number, y: number) => void) => void, minPoints = 1): Axis | undefined {
  let n = 0;
  let sx = 0;
  let sy = 0;
  each((x, y) => {
    n++;
    sx += x;
    sy += y;
  });
  if (n < Math.max(1, minPoints)) return undefined;
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  each((x, y) => {
    const dx = x - mx;
    const dy = y - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  });
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const tr = sxx + syy;
  const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - (sxx * syy - sxy * sxy)));
  return { n, mx, my, theta, sxx, syy, sxy, along: tr / 2 + disc, across: tr / 2 - disc };
}
