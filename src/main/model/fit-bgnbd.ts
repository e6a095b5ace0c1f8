import { bgnbdFromLog, bgnbdGroupedLogLikelihood, type BgnbdParams } from './bgnbd-likelihood.ts';
import { fitByLikelihood, standardErrorsOfExp } from './fit-by-likelihood.ts';
import { purchasesAndExposure, type GroupedHistories } from './histories.ts';

export interface BgnbdFit {
  params: BgnbdParams;
  standardErrors: BgnbdParams | null;
  logLik: number;
  converged: boolean;
  iterations: number;
  customers: number;
  repeatCustomers: number;
}

function startingPoints(data: GroupedHistories): number[][] {
  const { purchases, exposure } = purchasesAndExposure(data);
  // Rate r/α near the observed repeat rate with r = 1; dropout mean a/(a+b) near 1/4.
  const alpha = Math.max(exposure / Math.max(purchases, 1), 1e-3);
  return [
    [0, Math.log(alpha), 0, Math.log(3)],
    [Math.log(0.3), Math.log(alpha * 0.3), Math.log(0.5), Math.log(2)],
    [Math.log(3), Math.log(alpha * 3), Math.log(2), Math.log(10)],
  ];
}

/** Maximum-likelihood BG/NBD fit with a ridge penalty on the log-parameters; null only when there are no customers. */
export function fitBgnbd(data: GroupedHistories, penalty: number): BgnbdFit | null {
  if (data.customers === 0) return null;
  const fit = fitByLikelihood((theta, gradient, hessian) => bgnbdGroupedLogLikelihood(theta, data, gradient, hessian), startingPoints(data), data.customers, penalty);
  const se = standardErrorsOfExp(fit);
  return {
    params: bgnbdFromLog(fit.theta),
    standardErrors: se ? { r: se[0], alpha: se[1], a: se[2], b: se[3] } : null,
    logLik: fit.logLik,
    converged: fit.converged,
    iterations: fit.iterations,
    customers: data.customers,
    repeatCustomers: data.repeatCustomers,
  };
}
