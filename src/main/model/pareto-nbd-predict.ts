import { paretoNbdLogDropoutOdds, type ParetoNbdParams } from './pareto-nbd-likelihood.ts';

/** [1 - (u/(u+t))^(s-1)] / (s-1), and its limit ln((u+t)/u) at s = 1. */
function survivalIntegral(s: number, u: number, t: number): number {
  const L = Math.log(u / (u + t));
  return Math.abs(s - 1) < 1e-10 ? -L : -Math.expm1((s - 1) * L) / (s - 1);
}

/** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A0) (docs/models.md, "Pareto/NBD"). */
export function paretoPAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const lo = paretoNbdLogDropoutOdds(params, x, tx, T);
  return lo > 700 ? 0 : 1 / (1 + Math.exp(lo));
}

/** E[Y(t)] for a customer alive at T: (r+x)(β+T)/((α+T)(s-1)) · [1 - ((β+T)/(β+T+t))^(s-1)]. Depends on x and T only. */
export function paretoExpectedIfAlive({ r, alpha, s, beta }: ParetoNbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  return ((r + x) / (alpha + T)) * (beta + T) * survivalIntegral(s, beta + T, t);
}

/** E[Y(t) | x, t_x, T]: expected purchases in the next t time units. */
export function paretoExpectedPurchases(params: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  return paretoExpectedIfAlive(params, t, x, T) * paretoPAlive(params, x, tx, T);
}

/** E[X(t)] = rβ/(α(s-1)) · [1 - (β/(β+t))^(s-1)]: purchases in t of a customer who has just made a first purchase. */
export function paretoExpectedPurchasesNewCustomer({ r, alpha, s, beta }: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  return (r / alpha) * beta * survivalIntegral(s, beta, t);
}

/**
 * Median time to the next purchase of a customer alive at T, as for BG/NBD (docs/models.md): given alive,
 * λ ~ Gamma(r+x, α+T), so the waiting time W has P(W > w) = ((α+T)/(α+T+w))^(r+x), median (α+T)(2^(1/(r+x)) - 1).
 * The chance of dropping out first enters the statement through P(alive) and the horizon rule.
 */
export function paretoMedianTimeToNextPurchase({ r, alpha }: ParetoNbdParams, x: number, T: number): number {
  return (alpha + T) * Math.expm1(Math.LN2 / (r + x));
}
