import type { BgnbdParams } from './bgnbd-likelihood.ts';
import { expectedIfAlive, medianTimeToNextPurchase, pAlive } from './bgnbd-predict.ts';
import type { ParetoNbdParams } from './pareto-nbd-likelihood.ts';
import { paretoExpectedIfAlive, paretoMedianTimeToNextPurchase, paretoPAlive } from './pareto-nbd-predict.ts';
import type { PurchaseModelName } from '../../shared/domain/model.ts';

/** What the app asks of a purchase model (BG/NBD or Pareto/NBD), in the model's time unit. */
export interface PurchaseModel {
  name: PurchaseModelName;
  pAlive(x: number, tx: number, T: number): number;
  /** Expected purchases in the next t for a customer alive at T: depends on x and T only. */
  expectedIfAlive(t: number, x: number, T: number): number;
  /** Given alive, λ ~ Gamma(r+x, α+T): the time by which the next purchase has happened with probability q. */
  waitingTimeQuantile(q: number, x: number, T: number): number;
}

/** The q-quantile of the Lomax waiting time with P(W > w) = ((α+T)/(α+T+w))^(r+x): (α+T)((1-q)^(-1/(r+x)) - 1). */
function lomaxQuantile(r: number, alpha: number, q: number, x: number, T: number): number {
  return (alpha + T) * Math.expm1(-Math.log1p(-q) / (r + x));
}

export function bgnbdModel(params: BgnbdParams): PurchaseModel {
  return {
    name: 'bgnbd',
    pAlive: (x, tx, T) => pAlive(params, x, tx, T),
    expectedIfAlive: (t, x, T) => expectedIfAlive(params, t, x, T),
    waitingTimeQuantile: (q, x, T) => (q === 0.5 ? medianTimeToNextPurchase(params, x, T) : lomaxQuantile(params.r, params.alpha, q, x, T)),
  };
}

export function paretoNbdModel(params: ParetoNbdParams): PurchaseModel {
  return {
    name: 'paretoNbd',
    pAlive: (x, tx, T) => paretoPAlive(params, x, tx, T),
    expectedIfAlive: (t, x, T) => paretoExpectedIfAlive(params, t, x, T),
    waitingTimeQuantile: (q, x, T) => (q === 0.5 ? paretoMedianTimeToNextPurchase(params, x, T) : lomaxQuantile(params.r, params.alpha, q, x, T)),
  };
}

/** E[Y(t) | x, t_x, T] = E[Y(t) | alive] · P(alive). */
export function expectedPurchasesOf(model: PurchaseModel, t: number, x: number, tx: number, T: number): number {
  return model.expectedIfAlive(t, x, T) * model.pAlive(x, tx, T);
}
