import gammaln from '@stdlib/math-base-special-gammaln';
import digamma from '@stdlib/math-base-special-digamma';
import trigamma from '@stdlib/math-base-special-trigamma';
import { toLogScale } from './log-parameters.ts';

/** Gamma-Gamma spend parameters: order values ~ Gamma(p, ν), ν ~ Gamma(q, γ); γ is in currency units. */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export function gammaGammaFromLog(theta: ArrayLike<number>): GammaGammaParams {
  return { p: Math.exp(theta[0]), q: Math.exp(theta[1]), gamma: Math.exp(theta[2]) };
}

/** Repeat customers for the spend model: x ≥ 1 repeat occasions of mean value z̄ > 0, x-only terms shared. */
export interface SpendData {
  x: Float64Array;
  zbar: Float64Array;
  lnZbar: Float64Array;
  xIndex: Int32Array;
  distinctX: Float64Array;
}

export function spendData(rows: readonly { x: number; repeatMean: number }[]): SpendData {
  const kept: number[] = [];
  const distinct = new Map<number, number>();
  rows.forEach((h, i) => {
    if (!(h.x >= 1 && Number.isInteger(h.x) && Number.isFinite(h.repeatMean) && h.repeatMean > 0)) return;
    kept.push(i);
    if (!distinct.has(h.x)) distinct.set(h.x, distinct.size);
  });
  const n = kept.length;
  const data: SpendData = { x: new Float64Array(n), zbar: new Float64Array(n), lnZbar: new Float64Array(n), xIndex: new Int32Array(n), distinctX: Float64Array.from(distinct.keys()) };
  for (let j = 0; j < n; j += 1) {
    const h = rows[kept[j]];
    data.x[j] = h.x;
    data.zbar[j] = h.repeatMean;
    data.lnZbar[j] = Math.log(h.repeatMean);
    data.xIndex[j] = distinct.get(h.x)!;
  }
  return data;
}

/** One repeat customer's Gamma-Gamma log-likelihood of their mean repeat order value z̄ (Fader, Hardie & Lee 2005b). */
export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParams, x: number, zbar: number): number {
  const px = p * x;
  return gammaln(px + q) - gammaln(px) - gammaln(q) + q * Math.log(gamma) + (px - 1) * Math.log(zbar) + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar);
}

/**
 * Sum of the log-likelihood over `data`; its gradient and (when `hessian` is given) Hessian with respect
 * to (ln p, ln q, ln γ), analytic, written into `gradient` and `hessian`.
 */
export function gammaGammaSumLogLikelihood(theta: ArrayLike<number>, data: SpendData, gradient: Float64Array, hessian: Float64Array | null = null): number {
  const { p, q, gamma } = gammaGammaFromLog(theta);
  const wantHessian = hessian !== null;
  const nx = data.distinctX.length;
  const headX = new Float64Array(nx);
  const psiPXQ = new Float64Array(nx);
  const psiPX = new Float64Array(nx);
  const triPXQ = new Float64Array(nx);
  const triPX = new Float64Array(nx);
  const lnX = new Float64Array(nx);
  const lgQ = gammaln(q);
  const psiQ = digamma(q);
  const triQ = wantHessian ? trigamma(q) : 0;
  for (let i = 0; i < nx; i += 1) {
    const x = data.distinctX[i];
    const px = p * x;
    lnX[i] = Math.log(x);
    headX[i] = gammaln(px + q) - gammaln(px) - lgQ + px * lnX[i];
    psiPXQ[i] = digamma(px + q);
    psiPX[i] = digamma(px);
    if (wantHessian) {
      triPXQ[i] = trigamma(px + q);
      triPX[i] = trigamma(px);
    }
  }
  const lnGamma = Math.log(gamma);
  let ll = 0;
  let gp = 0;
  let gq = 0;
  let gg = 0;
  let hpp = 0;
  let hpq = 0;
  let hpg = 0;
  let hqq = 0;
  let hqg = 0;
  let hgg = 0;
  const { x: xs, zbar, lnZbar, xIndex } = data;
  for (let j = 0; j < xs.length; j += 1) {
    const x = xs[j];
    const i = xIndex[j];
    const px = p * x;
    const denom = gamma + x * zbar[j];
    const inv = 1 / denom;
    const lnDenom = Math.log(denom);
    ll += headX[i] + q * lnGamma + (px - 1) * lnZbar[j] - (px + q) * lnDenom;
    gp += x * (psiPXQ[i] - psiPX[i] + lnZbar[j] + lnX[i] - lnDenom);
    gq += psiPXQ[i] - psiQ + lnGamma - lnDenom;
    gg += q / gamma - (px + q) * inv;
    if (wantHessian) {
      hpp += x * x * (triPXQ[i] - triPX[i]);
      hpq += x * triPXQ[i];
      hpg -= x * inv;
      hqq += triPXQ[i] - triQ;
      hqg += 1 / gamma - inv;
      hgg += -q / (gamma * gamma) + (px + q) * inv * inv;
    }
  }
  const rawGradient = Float64Array.of(gp, gq, gg);
  const rawHessian = wantHessian ? Float64Array.of(hpp, hpq, hpg, hpq, hqq, hqg, hpg, hqg, hgg) : null;
  toLogScale([p, q, gamma], rawGradient, rawHessian, gradient, hessian);
  return ll;
}
