import { fitByGradient, standardErrorsOfExp } from './fit-by-likelihood.ts';
import { purchasesAndExposure, type GroupedHistories } from './histories.ts';
import { paretoNbdFromLog, paretoNbdGroupedLogLikelihood, type ParetoNbdParams } from './pareto-nbd-likelihood.ts';

export interface ParetoNbdFit {
  params: ParetoNbdParams;
  standardErrors: ParetoNbdParams | null;
  logLik: number;
  converged: boolean;
  iterations: number;
  customers: number;
  repeatCustomers: number;
  /** Covariance of the log-parameters (null when the Hessian is not positive definite): a later fit of similar data starts from it. */
  covariance: Float64Array | null;
}

function startingPoints(data: GroupedHistories): number[][] {
  const { purchases, exposure } = purchasesAndExposure(data);
  // Rate r/α near the observed repeat rate; mean lifetime β/s from a quarter to four times the mean age.
  const alpha = Math.max(exposure / Math.max(purchases, 1), 1e-3);
  const age = Math.max(exposure / Math.max(data.customers, 1), 1e-3);
  return [
    [0, Math.log(alpha), 0, Math.log(age)],
    [Math.log(0.5), Math.log(alpha * 0.5), Math.log(0.5), Math.log(age * 0.5)],
    [Math.log(2), Math.log(alpha * 2), Math.log(2), Math.log(age * 8)],
  ];
}

/**
 * Maximum-likelihood Pareto/NBD fit (docs/models.md, "Pareto/NBD") on the log-parameters with the same ridge
 * penalty as BG/NBD, by BFGS with the analytic gradient from several starts, keeping the best; null only
 * when there are no customers. With `start` (the calibration fit, itself the best of three starts on nearly the same
 * customers) the fit starts from there only, with its curvature (covariance) as the first inverse-Hessian estimate.
 */
export function fitParetoNbd(data: GroupedHistories, penalty: number, start: Pick<ParetoNbdFit, 'params' | 'covariance' | 'customers'> | null = null): ParetoNbdFit | null {
  if (data.customers === 0) return null;
  const standard = startingPoints(data);
  const p = start?.params;
  const starts = p ? [[Math.log(p.r), Math.log(p.alpha), Math.log(p.s), Math.log(p.beta)]] : standard;
  const curvature = start?.covariance ? { covariance: start.covariance, customers: start.customers } : null;
  const fit = fitByGradient((theta, gradient) => paretoNbdGroupedLogLikelihood(theta, data, gradient), starts, data.customers, penalty, curvature);
  const se = standardErrorsOfExp(fit);
  return {
    params: paretoNbdFromLog(fit.theta),
    standardErrors: se ? { r: se[0], alpha: se[1], s: se[2], beta: se[3] } : null,
    logLik: fit.logLik,
    converged: fit.converged,
    iterations: fit.iterations,
    customers: data.customers,
    repeatCustomers: data.repeatCustomers,
    covariance: fit.covariance,
  };
}
