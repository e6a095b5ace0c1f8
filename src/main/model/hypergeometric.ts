const RESCALE = 1e200;
const LOG_RESCALE = Math.log(RESCALE);
const MAX_TERMS = 200_000;

/**
 * ln of the Gauss series 2F1(a, b; c; z) = Σ (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z < 1 and c > 0.
 * Terms are summed directly but rescaled whenever they grow large, so the result is finite whatever
 * the size of the terms. Returns NaN if the sum is not positive (cancellation beyond double precision).
 */
function logSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k += 1) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    sum += term;
    if (term === 0) break;
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += LOG_RESCALE;
    }
    // Past the peak the ratio of successive terms tends to z < 1, so a tiny term means convergence.
    if (Math.abs(term) <= 1e-16 * Math.abs(sum) && (a + k + 1) * (b + k + 1) * z < (c + k + 1) * (k + 2)) break;
  }
  return sum > 0 ? Math.log(sum) + logScale : Number.NaN;
}

/**
 * 2F1(a, b; c; z) summed with the terms' signs in plain doubles, for a negative non-integer c
 * with small a and b (the x = 0 case of a shop whose fitted a + b < 1). There the terms stay
 * small, so no rescaling is needed, and the sum may be of either sign.
 */
export function hyp2f1SignedSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < MAX_TERMS; k += 1) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.max(1, Math.abs(sum)) && c + k + 1 > 0) break;
  }
  return sum;
}

/**
 * ln 2F1(a, b; c; z) for 0 ≤ z < 1, c > 0, for parameters where the function is positive
 * (as in every BG/NBD expectation). When c - a - b < 0 the series terms first grow like (x·z)^k,
 * so Euler's transform 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z) is applied in logs: the
 * transformed series has small parameters and converges without overflow.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 0;
  if (!(z > 0 && z < 1) || !(c > 0)) return Number.NaN;
  const excess = c - a - b;
  if (excess < 0) return excess * Math.log1p(-z) + logSeries(c - a, c - b, c, z);
  return logSeries(a, b, c, z);
}

/** ln 2F1(1, d; c; z) and its partial derivatives, for the Pareto/NBD likelihood (docs/models.md). */
export interface LogHyp2f1Unit {
  value: number;
  dd: number;
  dc: number;
  dz: number;
}

/**
 * ln 2F1(1, d; c; z) = ln Σ_k (d)_k / (c)_k · z^k for 0 ≤ z < 1 and 0 < d < c, with the derivatives of
 * that logarithm in d, c and z from the same pass: ∂(d)_k/∂d = (d)_k · Σ_{j<k} 1/(d+j), likewise for c.
 * Every term is at most z^k, so the sum lies in [1, 1/(1-z)] and nothing overflows whatever the size of d and c
 * (the Pareto/NBD's x enters them). The terms shrink by at least z each, so near z = 1 more terms are summed.
 */
export function logHyp2f1Unit(d: number, c: number, z: number, out: LogHyp2f1Unit): LogHyp2f1Unit {
  if (z <= 0) {
    out.value = 0;
    out.dd = 0;
    out.dc = 0;
    out.dz = d / c;
    return out;
  }
  let term = 1;
  let sum = 1;
  let sd = 0;
  let sc = 0;
  let sumD = 0;
  let sumC = 0;
  let sumK = 0;
  for (let k = 0; k < MAX_TERMS; k += 1) {
    sd += 1 / (d + k);
    sc += 1 / (c + k);
    term *= ((d + k) * z) / (c + k);
    sum += term;
    sumD += term * sd;
    sumC += term * sc;
    sumK += (k + 1) * term;
    if (term * (k + 2) * (1 + sd) <= 1e-17 * sum) break;
  }
  out.value = Math.log(sum);
  out.dd = sumD / sum;
  out.dc = -sumC / sum;
  out.dz = sumK / (z * sum);
  return out;
}
