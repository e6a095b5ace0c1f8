/** ln(e^u + e^v) without overflow or underflow; -Infinity terms are allowed. */
export function logSumExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}
