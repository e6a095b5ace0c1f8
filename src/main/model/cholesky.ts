/** Lower Cholesky factor of a symmetric n×n matrix (row-major); null unless positive definite. */
export function cholesky(m: ArrayLike<number>, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = m[i * n + j];
      for (let k = 0; k < j; k += 1) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else {
        l[i * n + j] = s / l[j * n + j];
      }
    }
  }
  return l;
}

/** Solves L Lᵀ v = rhs in place of `out`. */
export function choleskySolve(l: Float64Array, n: number, rhs: ArrayLike<number>, out: Float64Array): Float64Array {
  for (let i = 0; i < n; i += 1) {
    let s = rhs[i];
    for (let k = 0; k < i; k += 1) s -= l[i * n + k] * out[k];
    out[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = out[i];
    for (let k = i + 1; k < n; k += 1) s -= l[k * n + i] * out[k];
    out[i] = s / l[i * n + i];
  }
  return out;
}

/** Inverse of a symmetric positive-definite matrix; null if it is not positive definite. */
export function invertPositiveDefinite(m: ArrayLike<number>, n: number): Float64Array | null {
  const l = cholesky(m, n);
  if (!l) return null;
  const inverse = new Float64Array(n * n);
  const unit = new Float64Array(n);
  const column = new Float64Array(n);
  for (let c = 0; c < n; c += 1) {
    unit.fill(0);
    unit[c] = 1;
    choleskySolve(l, n, unit, column);
    for (let i = 0; i < n; i += 1) inverse[i * n + c] = column[i];
  }
  return inverse;
}
