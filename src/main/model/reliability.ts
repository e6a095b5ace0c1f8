import type { ModelReason, ModelVerdict } from '../../shared/domain/model.ts';
import type { GammaGammaFit } from './fit-gamma-gamma.ts';

const RANK: Record<ModelVerdict, number> = { reliable: 0, rough: 1, unreliable: 2, unavailable: 3 };

export interface ReliabilityInput {
  customers: number;
  repeatCustomers: number;
  maxT: number;
  /** The fit of the chosen purchase model (BG/NBD or Pareto/NBD). */
  purchase: { params: object; standardErrors: object | null; converged: boolean } | null;
  gammaGamma: GammaGammaFit | null;
  correlation: number | null;
}

/** Plain verdict on how far to trust the fit, with every reason that lowered it. */
export function assessReliability({ customers, repeatCustomers, maxT, purchase, gammaGamma, correlation }: ReliabilityInput): { verdict: ModelVerdict; reasons: ModelReason[] } {
  let verdict: ModelVerdict = 'reliable';
  const reasons: ModelReason[] = [];
  const lower = (to: ModelVerdict, reason: ModelReason) => {
    if (RANK[to] > RANK[verdict]) verdict = to;
    reasons.push(reason);
  };
  if (customers === 0 || !purchase) {
    lower('unavailable', { code: 'noCustomers' });
    return { verdict, reasons };
  }
  if (maxT === 0) lower('unreliable', { code: 'noTimeObserved' });
  if (repeatCustomers === 0) lower('unreliable', { code: 'noRepeatBuyers' });
  else if (repeatCustomers < 20) lower('unreliable', { code: 'fewRepeatBuyers', params: { count: repeatCustomers } });
  else if (repeatCustomers < 100) lower('rough', { code: 'someRepeatBuyers', params: { count: repeatCustomers } });
  if (!purchase.converged) lower('unreliable', { code: 'notConverged' });
  if (!purchase.standardErrors) lower('unreliable', { code: 'flatLikelihood' });
  else {
    const params = purchase.params as Record<string, number>;
    const errors = purchase.standardErrors as Record<string, number>;
    const wide = Object.keys(params).filter((k) => !(errors[k] <= params[k]));
    if (wide.length > 0) lower('rough', { code: 'wideErrors', params: { parameters: wide.join(', ') } });
  }
  if (!gammaGamma) {
    if (repeatCustomers > 0) lower('rough', { code: 'spendNoRepeatBuyers' });
  } else {
    if (gammaGamma.customers < 20) lower('rough', { code: 'spendFewRepeatBuyers', params: { count: gammaGamma.customers } });
    if (correlation !== null && Math.abs(correlation) > 0.3) lower('rough', { code: 'spendCorrelated', params: { correlation: Math.round(correlation * 100) / 100 } });
    if (!(gammaGamma.params.q > 1)) lower('rough', { code: 'spendMeanUndefined' });
  }
  return { verdict, reasons };
}
