import gammaln from '@stdlib/math-base-special-gammaln';
import digamma from '@stdlib/math-base-special-digamma';
import { logHyp2f1Unit, type LogHyp2f1Unit } from './hypergeometric.ts';
import type { GroupedHistories } from './histories.ts';

/** Pareto/NBD parameters: purchase rate λ ~ Gamma(r, α), dropout rate μ ~ Gamma(s, β) (α, β in the model's time unit). */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export function paretoNbdFromLog(theta: ArrayLike<number>): ParetoNbdParams {
  return { r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), s: Math.exp(theta[2]), beta: Math.exp(theta[3]) };
}

/** ln H(t) and its gradient in (r, α, s, β); H as in docs/models.md, "Pareto/NBD". */
interface LogH {
  value: number;
  gradient: Float64Array;
}

const scratch: LogHyp2f1Unit = { value: 0, dd: 0, dc: 0, dz: 0 };

/**
 * ln H(x, t) with H(t) = 2F1(r+s+x, c; r+s+x+1; z(t)) / (m+t)^(r+s+x), after Euler's transform
 * 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z), whose first parameter is 1 and whose terms shrink:
 *   α ≥ β: ln H = -s ln(β+t) - (r+x) ln(α+t) + ln 2F1(1, r+x; r+s+x+1; (α-β)/(α+t))
 *   α < β: ln H = (1-r-x) ln(α+t) - (s+1) ln(β+t) + ln 2F1(1, s+1; r+s+x+1; (β-α)/(β+t))
 * Writes the gradient in the raw parameters (r, α, s, β) into `out.gradient`.
 */
function logH(params: ParetoNbdParams, x: number, t: number, out: LogH): void {
  const { r, alpha, s, beta } = params;
  const c = r + s + x + 1;
  const f = alpha >= beta ? logHyp2f1Unit(r + x, c, (alpha - beta) / (alpha + t), scratch) : logHyp2f1Unit(s + 1, c, (beta - alpha) / (beta + t), scratch);
  combineLogH(params, x, t, f, out);
}

/** ln H and its gradient from ln 2F1(1, d; c; z) and that logarithm's derivatives (see logH). */
function combineLogH({ r, alpha, s, beta }: ParetoNbdParams, x: number, t: number, f: LogHyp2f1Unit, out: LogH): void {
  const la = Math.log(alpha + t);
  const lb = Math.log(beta + t);
  const g = out.gradient;
  if (alpha >= beta) {
    out.value = -s * lb - (r + x) * la + f.value;
    g[0] = -la + f.dd + f.dc;
    g[1] = -(r + x) / (alpha + t) + (f.dz * (beta + t)) / ((alpha + t) * (alpha + t));
    g[2] = -lb + f.dc;
    g[3] = -s / (beta + t) - f.dz / (alpha + t);
  } else {
    out.value = (1 - r - x) * la - (s + 1) * lb + f.value;
    g[0] = -la + f.dc;
    g[1] = (1 - r - x) / (alpha + t) - f.dz / (beta + t);
    g[2] = -lb + f.dd + f.dc;
    g[3] = -(s + 1) / (beta + t) + (f.dz * (alpha + t)) / ((beta + t) * (beta + t));
  }
}

function newLogH(): LogH {
  return { value: 0, gradient: new Float64Array(4) };
}

/**
 * The two parts of one customer's likelihood after the common factor Γ(r+x) α^r β^s / Γ(r):
 * l1 = ln[(α+T)^-(r+x) (β+T)^-s] (alive at T) and l2 = ln[s/(r+s+x) · A0] (dropped out between t_x and T),
 * with A0 = H(t_x) - H(T). l2 is -∞ when t_x = T.
 */
function logParts(params: ParetoNbdParams, x: number, tx: number, T: number): { l1: number; l2: number } {
  const { r, alpha, s, beta } = params;
  const l1 = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  if (!(T > tx)) return { l1, l2: -Infinity };
  const h1 = newLogH();
  const h2 = newLogH();
  logH(params, x, tx, h1);
  logH(params, x, T, h2);
  const q = Math.exp(h2.value - h1.value);
  const l2 = Math.log(s) - Math.log(r + s + x) + h1.value + Math.log1p(-Math.min(q, 1));
  return { l1, l2 };
}

/** One customer's Pareto/NBD log-likelihood (Fader & Hardie 2005, note 009; docs/models.md). */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const { l1, l2 } = logParts(params, x, tx, T);
  const hi = Math.max(l1, l2);
  return gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta) + hi + Math.log(Math.exp(l1 - hi) + Math.exp(l2 - hi));
}

/** ln of the odds that a customer with this history has dropped out: l2 - l1. */
export function paretoNbdLogDropoutOdds(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { l1, l2 } = logParts(params, x, tx, T);
  return l2 - l1;
}

/**
 * The coefficients of 2F1(1, d; c; z) = Σ_k a_k z^k, a_k = (d)_k/(c)_k, with a_k·Σ_{j<k} 1/(d+j) and
 * a_k·Σ_{j<k} 1/(c+j) for the derivatives: they depend on x but not on t, so customers with the same x share
 * them and each (x, t) costs a few multiplications per term. Grown on demand.
 */
class SeriesCoefficients {
  private d = 0;
  private c = 0;
  a: number[] = [];
  ad: number[] = [];
  ac: number[] = [];
  private sd = 0;
  private sc = 0;

  reset(d: number, c: number): void {
    this.d = d;
    this.c = c;
    this.a = [1];
    this.ad = [0];
    this.ac = [0];
    this.sd = 0;
    this.sc = 0;
  }

  grow(): void {
    const k = this.a.length - 1;
    this.sd += 1 / (this.d + k);
    this.sc += 1 / (this.c + k);
    const next = (this.a[k] * (this.d + k)) / (this.c + k);
    this.a.push(next);
    this.ad.push(next * this.sd);
    this.ac.push(next * this.sc);
  }
}

const MAX_SHARED_TERMS = 20_000;

/** logH with the series summed from shared coefficients; falls back to logH when z is so close to 1 that they would not fit. */
function logHWith(params: ParetoNbdParams, x: number, t: number, out: LogH, series: SeriesCoefficients): void {
  const { alpha, beta } = params;
  const z = alpha >= beta ? (alpha - beta) / (alpha + t) : (beta - alpha) / (beta + t);
  if (z > 0.999) {
    logH(params, x, t, out);
    return;
  }
  let sum = 1;
  let sumD = 0;
  let sumC = 0;
  let sumK = 0;
  let zk = 1;
  for (let k = 1; k < MAX_SHARED_TERMS; k += 1) {
    if (k >= series.a.length) series.grow();
    zk *= z;
    const term = series.a[k] * zk;
    const termD = series.ad[k] * zk;
    sum += term;
    sumD += termD;
    sumC += series.ac[k] * zk;
    sumK += k * term;
    if ((term + termD) * (k + 1) <= 1e-16 * sum) break;
  }
  scratch.value = Math.log(sum);
  scratch.dd = sumD / sum;
  scratch.dc = -sumC / sum;
  scratch.dz = z > 0 ? sumK / (z * sum) : series.a.length > 1 ? series.a[1] : 0;
  combineLogH(params, x, t, scratch, out);
}

/** Distinct (x, t) pairs of grouped histories, each row's t_x and T as an index into them: H is computed once per pair. */
interface PairIndex {
  x: Float64Array;
  t: Float64Array;
  rowTx: Int32Array;
  rowT: Int32Array;
}

const pairIndexes = new WeakMap<GroupedHistories, PairIndex>();

function pairIndexOf(data: GroupedHistories): PairIndex {
  const known = pairIndexes.get(data);
  if (known) return known;
  const keys = new Map<number, number>();
  const px: number[] = [];
  const pt: number[] = [];
  const nt = data.times.length;
  const indexOf = (xi: number, ti: number): number => {
    const key = xi * nt + ti;
    let i = keys.get(key);
    if (i === undefined) {
      i = px.length;
      keys.set(key, i);
      px.push(data.distinctX[xi]);
      pt.push(data.times[ti]);
    }
    return i;
  };
  const rows = data.x.length;
  const rowTx = new Int32Array(rows);
  const rowT = new Int32Array(rows);
  const order = Array.from({ length: rows }, (_, j) => j).sort((a, b) => data.x[a] - data.x[b]);
  for (const j of order) {
    const tx = data.times[data.txIndex[j]];
    const T = data.times[data.TIndex[j]];
    rowT[j] = indexOf(data.xIndex[j], data.TIndex[j]);
    rowTx[j] = T > tx ? indexOf(data.xIndex[j], data.txIndex[j]) : -1;
  }
  const index = { x: Float64Array.from(px), t: Float64Array.from(pt), rowTx, rowT };
  pairIndexes.set(data, index);
  return index;
}

/**
 * Sum of the grouped Pareto/NBD log-likelihood and its analytic gradient in θ = (ln r, ln α, ln s, ln β).
 * ln H and its gradient are computed once per distinct (x, t); per row, with D = ln(e^l1 + e^l2),
 * ∇D = w1∇l1 + w2∇l2 and ∇ ln A0 = (∇ln H(t_x) - q∇ln H(T)) / (1 - q), q = H(T)/H(t_x).
 */
export function paretoNbdGroupedLogLikelihood(theta: ArrayLike<number>, data: GroupedHistories, gradient: Float64Array): number {
  const params = paretoNbdFromLog(theta);
  const { r, alpha, s, beta } = params;
  const pairs = pairIndexOf(data);
  const np = pairs.x.length;
  const hValue = new Float64Array(np);
  const hGrad = new Float64Array(np * 4);
  const h = newLogH();
  const series = new SeriesCoefficients();
  let seriesX = Number.NaN;
  for (let i = 0; i < np; i += 1) {
    const x = pairs.x[i];
    if (x !== seriesX) {
      series.reset(alpha >= beta ? r + x : s + 1, r + s + x + 1);
      seriesX = x;
    }
    logHWith(params, x, pairs.t[i], h, series);
    hValue[i] = h.value;
    hGrad[i * 4] = h.gradient[0];
    hGrad[i * 4 + 1] = h.gradient[1];
    hGrad[i * 4 + 2] = h.gradient[2];
    hGrad[i * 4 + 3] = h.gradient[3];
  }
  const nx = data.distinctX.length;
  const headX = new Float64Array(nx);
  const drX = new Float64Array(nx);
  const lgR = gammaln(r);
  const psiR = digamma(r);
  for (let i = 0; i < nx; i += 1) {
    headX[i] = gammaln(r + data.distinctX[i]) - lgR;
    drX[i] = digamma(r + data.distinctX[i]) - psiR;
  }
  const lnAlpha = Math.log(alpha);
  const lnBeta = Math.log(beta);
  const lnS = Math.log(s);
  let ll = 0;
  let gr = 0;
  let gAl = 0;
  let gs = 0;
  let gBe = 0;
  const { x: xs, count, xIndex, TIndex, times } = data;
  const nt = times.length;
  const lnAt = new Float64Array(nt);
  const lnBt = new Float64Array(nt);
  for (let k = 0; k < nt; k += 1) {
    lnAt[k] = Math.log(alpha + times[k]);
    lnBt[k] = Math.log(beta + times[k]);
  }
  const lnRsx = new Float64Array(nx);
  for (let i = 0; i < nx; i += 1) lnRsx[i] = Math.log(r + s + data.distinctX[i]);
  for (let j = 0; j < xs.length; j += 1) {
    const x = xs[j];
    const n = count[j];
    const T = times[TIndex[j]];
    const laT = lnAt[TIndex[j]];
    const lbT = lnBt[TIndex[j]];
    const l1 = -(r + x) * laT - s * lbT;
    let d = l1;
    let w2 = 0;
    let d2r = 0;
    let d2Al = 0;
    let d2s = 0;
    let d2Be = 0;
    const itx = pairs.rowTx[j];
    if (itx >= 0) {
      const iT = pairs.rowT[j];
      // e^(l2 - l1) = s/(r+s+x) · H(t_x) (1 - q) / e^l1 with q = H(T)/H(t_x): one exp, one expm1, one log1p per row.
      const oneMinusQ = -Math.expm1(hValue[iT] - hValue[itx]);
      if (oneMinusQ > 0) {
        const lnOdds = lnS - lnRsx[xIndex[j]] + hValue[itx] - l1;
        if (lnOdds < 600) {
          const e = Math.exp(lnOdds) * oneMinusQ;
          d = l1 + Math.log1p(e);
          w2 = e / (1 + e);
        } else {
          const l2 = l1 + lnOdds + Math.log(oneMinusQ);
          d = l2 + Math.log1p(Math.exp(l1 - l2));
          w2 = 1 / (1 + Math.exp(l1 - l2));
        }
        const k = 1 / oneMinusQ;
        const q = 1 - oneMinusQ;
        const a = itx * 4;
        const b = iT * 4;
        const inv = 1 / (r + s + x);
        d2r = (hGrad[a] - q * hGrad[b]) * k - inv;
        d2Al = (hGrad[a + 1] - q * hGrad[b + 1]) * k;
        d2s = (hGrad[a + 2] - q * hGrad[b + 2]) * k + 1 / s - inv;
        d2Be = (hGrad[a + 3] - q * hGrad[b + 3]) * k;
      }
    }
    const w1 = 1 - w2;
    ll += n * (headX[xIndex[j]] + r * lnAlpha + s * lnBeta + d);
    gr += n * (drX[xIndex[j]] + lnAlpha - w1 * laT + w2 * d2r);
    gAl += n * (r / alpha - (w1 * (r + x)) / (alpha + T) + w2 * d2Al);
    gs += n * (lnBeta - w1 * lbT + w2 * d2s);
    gBe += n * (s / beta - (w1 * s) / (beta + T) + w2 * d2Be);
  }
  gradient[0] = r * gr;
  gradient[1] = alpha * gAl;
  gradient[2] = s * gs;
  gradient[3] = beta * gBe;
  return ll;
}
