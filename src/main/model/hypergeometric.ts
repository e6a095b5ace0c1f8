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
