import { hyp2f1SignedSeries, logHyp2f1 } from './hypergeometric.ts';
import type { BgnbdParams } from './bgnbd-likelihood.ts';

/** ln of a/(b+x-1)·((α+T)/(α+t_x))^(r+x) for x > 0: the odds that the customer has already dropped out. */
function logDropoutOdds({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
  if (x <= 0) return -Infinity;
  return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/** P(alive | x, t_x, T) (Fader, Hardie & Lee 2008, note 021). Always 1 for x = 0 in this model. */
export function pAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
  const lo = logDropoutOdds(params, x, tx, T);
  return lo > 700 ? 0 : 1 / (1 + Math.exp(lo));
}

/**
 * (a+b+x-1)/(a-1)·[1 - ((α+T)/(α+T+t))^(r+x)·2F1(r+x, b+x; a+b+x-1; z)] with z = t/(α+T+t),
 * the expected purchases in t for a customer still alive. By Euler's transform the bracketed
 * product equals (1-z)^(a-1)·2F1(a+b-1-r, a-1; a+b+x-1; z), whose parameters do not grow with x,
 * so nothing overflows. At a = 1 the formula is 0/0; there the limit is taken as the mean of a = 1 ± 2e-4.
 * It depends on x and T but not on t_x, so customers who differ only in t_x can share it.
 */
export function expectedIfAlive(params: BgnbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = params;
  if (t <= 0) return 0;
  if (Math.abs(a - 1) < 1e-4) {
    return (expectedIfAlive({ ...params, a: 1 - 2e-4 }, t, x, T) + expectedIfAlive({ ...params, a: 1 + 2e-4 }, t, x, T)) / 2;
  }
  const c = a + b + x - 1;
  if (Math.abs(c) < 1e-4) {
    // a + b = 1 at x = 0: a removable singularity (c / (a - 1) -> 0 while the bracket grows); take the mean either side.
    return (expectedIfAlive({ ...params, b: b - 2e-4 }, t, x, T) + expectedIfAlive({ ...params, b: b + 2e-4 }, t, x, T)) / 2;
  }
  const z = t / (alpha + T + t);
  if (c < 0) {
    // x = 0 and a + b < 1: the Gauss series' third parameter is negative; sum the original form with signs.
    return (c / (a - 1)) * (1 - Math.pow(1 - z, r) * hyp2f1SignedSeries(r, b, c, z));
  }
  const logProduct = (a - 1) * Math.log1p(-z) + logHyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  // 1 - e^L divided by (a-1), via expm1 so small differences keep their precision.
  return ((a + b + x - 1) / (a - 1)) * -Math.expm1(logProduct);
}

/** E[Y(t) | x, t_x, T]: expected repeat purchases in the next t time units (Fader, Hardie & Lee 2005, eq. 10). */
export function expectedPurchases(params: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  return expectedIfAlive(params, t, x, T) * pAlive(params, x, tx, T);
}

/** E[X(t)]: expected purchases in t time units of a customer who has just made a first purchase. */
export function expectedPurchasesNewCustomer(params: BgnbdParams, t: number): number {
  return expectedIfAlive(params, t, 0, 0);
}

/**
 * Median time to the next purchase of a customer who is alive at T. Given alive, λ ~ Gamma(r+x, α+T),
 * and in BG/NBD dropout happens only right after a purchase, so an alive customer certainly makes the
 * next purchase: its waiting time W has P(W > w) = ((α+T)/(α+T+w))^(r+x) (Lomax), median
 * (α+T)(2^(1/(r+x)) - 1). Dropout enters the statement through P(alive), not through this time.
 */
export function medianTimeToNextPurchase({ r, alpha }: BgnbdParams, x: number, T: number): number {
  return (alpha + T) * Math.expm1(Math.LN2 / (r + x));
}
