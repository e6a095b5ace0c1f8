import gammaln from '@stdlib/math-base-special-gammaln';
import digamma from '@stdlib/math-base-special-digamma';
import trigamma from '@stdlib/math-base-special-trigamma';
import { logSumExp } from './log-sum-exp.ts';
import { toLogScale } from './log-parameters.ts';
import type { GroupedHistories } from './histories.ts';

/** BG/NBD parameters: purchase rate λ ~ Gamma(r, α) (α in the model's time unit), dropout p ~ Beta(a, b). */
export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export function bgnbdFromLog(theta: ArrayLike<number>): BgnbdParams {
  return { r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) };
}

/**
 * One customer's BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), with the two-part
 * final term (A3 + A4) combined by log-sum-exp so large x cannot overflow it.
 */
export function bgnbdLogLikelihood({ r, alpha, a, b }: BgnbdParams, x: number, tx: number, T: number): number {
  const head = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x);
  const l3 = -(r + x) * Math.log(alpha + T);
  const l4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return head + logSumExp(l3, l4);
}

/**
 * Sum of the grouped log-likelihood, its gradient and (when `hessian` is given) its Hessian with
 * respect to the log-parameters θ = (ln r, ln α, ln a, ln b), all analytic. Terms that depend on
 * x alone (log-gamma, digamma, trigamma) are computed once per distinct x, ln(α + t) once per distinct
 * time. With D = ln(e^l3 + e^l4) and weights w3, w4: ∇D = w3∇l3 + w4∇l4 and
 * ∇²D = w3∇²l3 + w4∇²l4 + w3·w4·(∇l4 - ∇l3)(∇l4 - ∇l3)ᵀ.
 */
export function bgnbdGroupedLogLikelihood(theta: ArrayLike<number>, data: GroupedHistories, gradient: Float64Array, hessian: Float64Array | null = null): number {
  const { r, alpha, a, b } = bgnbdFromLog(theta);
  const wantHessian = hessian !== null;
  const nx = data.distinctX.length;
  const headX = new Float64Array(nx);
  const drX = new Float64Array(nx);
  const daX = new Float64Array(nx);
  const dbX = new Float64Array(nx);
  const coefX = new Float64Array(nx);
  const invBX = new Float64Array(nx);
  const hrrX = new Float64Array(nx);
  const haaX = new Float64Array(nx);
  const hbbX = new Float64Array(nx);
  const lgR = gammaln(r);
  const lgB = gammaln(b);
  const lgAB = gammaln(a + b);
  const psiR = digamma(r);
  const psiB = digamma(b);
  const psiAB = digamma(a + b);
  const triR = wantHessian ? trigamma(r) : 0;
  const triB = wantHessian ? trigamma(b) : 0;
  const triAB = wantHessian ? trigamma(a + b) : 0;
  const lnA = Math.log(a);
  for (let i = 0; i < nx; i += 1) {
    const x = data.distinctX[i];
    if (x === 0) continue;
    const psiABX = digamma(a + b + x);
    headX[i] = gammaln(r + x) - lgR + lgAB + gammaln(b + x) - lgB - gammaln(a + b + x);
    drX[i] = digamma(r + x) - psiR;
    daX[i] = psiAB - psiABX;
    dbX[i] = psiAB + digamma(b + x) - psiB - psiABX;
    coefX[i] = lnA - Math.log(b + x - 1);
    invBX[i] = 1 / (b + x - 1);
    if (wantHessian) {
      const triABX = trigamma(a + b + x);
      hrrX[i] = trigamma(r + x) - triR;
      haaX[i] = triAB - triABX;
      hbbX[i] = triAB + trigamma(b + x) - triB - triABX;
    }
  }
  const nt = data.times.length;
  const lnAt = new Float64Array(nt);
  const invAt = new Float64Array(nt);
  for (let k = 0; k < nt; k += 1) {
    lnAt[k] = Math.log(alpha + data.times[k]);
    invAt[k] = 1 / (alpha + data.times[k]);
  }
  const lnAlpha = Math.log(alpha);
  let ll = 0;
  let gr = 0;
  let gAl = 0;
  let ga = 0;
  let gb = 0;
  let hrr = 0;
  let hrAl = 0;
  let hAlAl = 0;
  let hra = 0;
  let hrb = 0;
  let hAla = 0;
  let hAlb = 0;
  let haa = 0;
  let hab = 0;
  let hbb = 0;
  const { x: xs, count, xIndex, TIndex, txIndex } = data;
  const invA = 1 / a;
  for (let j = 0; j < xs.length; j += 1) {
    const x = xs[j];
    const n = count[j];
    const LT = lnAt[TIndex[j]];
    const uT = invAt[TIndex[j]];
    const rx = r + x;
    if (x === 0) {
      ll += n * (r * lnAlpha - rx * LT);
      gr += n * (lnAlpha - LT);
      gAl += n * (r / alpha - rx * uT);
      if (wantHessian) {
        hrAl += n * (1 / alpha - uT);
        hAlAl += n * (-r / (alpha * alpha) + rx * uT * uT);
      }
      continue;
    }
    const i = xIndex[j];
    const Ltx = lnAt[txIndex[j]];
    const utx = invAt[txIndex[j]];
    const l3 = -rx * LT;
    const l4 = coefX[i] - rx * Ltx;
    let d: number;
    let w4: number;
    if (l4 <= l3) {
      const e = Math.exp(l4 - l3);
      d = l3 + Math.log1p(e);
      w4 = e / (1 + e);
    } else {
      const e = Math.exp(l3 - l4);
      d = l4 + Math.log1p(e);
      w4 = 1 / (1 + e);
    }
    const w3 = 1 - w4;
    const ib = invBX[i];
    ll += n * (headX[i] + r * lnAlpha + d);
    gr += n * (drX[i] + lnAlpha - w3 * LT - w4 * Ltx);
    gAl += n * (r / alpha - rx * (w3 * uT + w4 * utx));
    ga += n * (daX[i] + w4 * invA);
    gb += n * (dbX[i] - w4 * ib);
    if (wantHessian) {
      const dr = LT - Ltx;
      const dAl = rx * (uT - utx);
      const c = n * w3 * w4;
      hrr += n * hrrX[i] + c * dr * dr;
      hrAl += n * (1 / alpha - w3 * uT - w4 * utx) + c * dr * dAl;
      hAlAl += n * (-r / (alpha * alpha) + rx * (w3 * uT * uT + w4 * utx * utx)) + c * dAl * dAl;
      hra += c * dr * invA;
      hrb -= c * dr * ib;
      hAla += c * dAl * invA;
      hAlb -= c * dAl * ib;
      haa += n * (haaX[i] - w4 * invA * invA) + c * invA * invA;
      hab += n * haaX[i] - c * invA * ib;
      hbb += n * (hbbX[i] + w4 * ib * ib) + c * ib * ib;
    }
  }
  const params = [r, alpha, a, b];
  const rawGradient = Float64Array.of(gr, gAl, ga, gb);
  const rawHessian = wantHessian ? Float64Array.of(hrr, hrAl, hra, hrb, hrAl, hAlAl, hAla, hAlb, hra, hAla, haa, hab, hrb, hAlb, hab, hbb) : null;
  toLogScale(params, rawGradient, rawHessian, gradient, hessian);
  return ll;
}
