import type { GammaGammaParams } from './gamma-gamma-likelihood.ts';

/** Population mean order value pγ/(q-1); null when q ≤ 1 (the mean does not exist). */
export function populationMeanOrderValue({ p, q, gamma }: GammaGammaParams): number | null {
  return q > 1 ? (p * gamma) / (q - 1) : null;
}

/**
 * E(Z | z̄, x) = p(γ + x z̄)/(px + q - 1): the customer's expected order value, a weighted mean of
 * the population mean and their own repeat mean. Null when px + q ≤ 1 (undefined).
 */
export function expectedOrderValue({ p, q, gamma }: GammaGammaParams, x: number, zbar: number): number | null {
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) return null;
  return (p * (gamma + (x > 0 ? x * zbar : 0))) / denominator;
}
