import { gammaGammaFromLog, gammaGammaSumLogLikelihood, type GammaGammaParams, type SpendData } from './gamma-gamma-likelihood.ts';
import { fitByLikelihood, standardErrorsOfExp } from './fit-by-likelihood.ts';

export interface GammaGammaFit {
  params: GammaGammaParams;
  standardErrors: GammaGammaParams | null;
  logLik: number;
  converged: boolean;
  iterations: number;
  customers: number;
}

/**
 * Maximum-likelihood Gamma-Gamma fit. Values are divided by their mean while fitting (γ scales with
 * the currency, p and q do not), so the penalty on ln γ does not depend on the currency; γ and the
 * log-likelihood are reported in the original units. Null when there are no repeat buyers with spend.
 */
export function fitGammaGamma(data: SpendData, penalty: number): GammaGammaFit | null {
  const n = data.x.length;
  if (n === 0) return null;
  const unit = data.zbar.reduce((s, z) => s + z, 0) / n;
  const lnUnit = Math.log(unit);
  const scaled: SpendData = { ...data, zbar: data.zbar.map((z) => z / unit), lnZbar: data.lnZbar.map((l) => l - lnUnit) };
  const starts = [
    [0, Math.log(2), 0],
    [Math.log(5), Math.log(4), Math.log(0.5)],
    [Math.log(0.5), Math.log(1.5), Math.log(0.3)],
  ];
  const fit = fitByLikelihood((theta, gradient, hessian) => gammaGammaSumLogLikelihood(theta, scaled, gradient, hessian), starts, n, penalty);
  const params = gammaGammaFromLog(fit.theta);
  const se = standardErrorsOfExp(fit);
  // Density of z̄ in original units: f(z) = f(z/unit)/unit for each customer.
  return {
    params: { ...params, gamma: params.gamma * unit },
    standardErrors: se ? { p: se[0], q: se[1], gamma: se[2] * unit } : null,
    logLik: fit.logLik - n * lnUnit,
    converged: fit.converged,
    iterations: fit.iterations,
    customers: n,
  };
}
