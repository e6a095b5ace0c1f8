import { cholesky, choleskySolve } from './cholesky.ts';

/** f(θ) to minimise; writes ∇f into `gradient` and ∇²f (row-major) into `hessian`, returns f(θ). */
export type TwiceDifferentiable = (theta: Float64Array, gradient: Float64Array, hessian: Float64Array) => number;

export interface MinimizeOptions {
  /** Converged when every gradient component is below this (objective scaled per customer). */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Largest change of any θ component per iteration; keeps exp(θ) from overflowing on a wild step. */
  maxStep?: number;
}

export type StopReason = 'gradient' | 'no-progress' | 'max-iterations' | 'non-finite';

export interface MinimizeResult {
  theta: Float64Array;
  value: number;
  gradient: Float64Array;
  hessian: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: StopReason;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const e of v) m = Math.max(m, Math.abs(e));
  return m;
}

/**
 * Damped Newton: solve (H + μI) d = -g, raising μ (Levenberg) until H + μI is positive definite,
 * then backtrack along d until the Armijo condition holds. With an exact Hessian this converges in
 * a handful of iterations near the optimum. Never throws: a non-finite start is reported as
 * `non-finite`, a search that cannot improve as `no-progress`.
 */
export function minimizeNewton(f: TwiceDifferentiable, start: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const gtol = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 100;
  const maxStep = options.maxStep ?? 2;
  const n = start.length;
  let theta = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let hessian = new Float64Array(n * n);
  let value = f(theta, gradient, hessian);
  let evaluations = 1;
  const finish = (iterations: number, converged: boolean, reason: StopReason): MinimizeResult => ({ theta, value, gradient, hessian, iterations, evaluations, converged, reason });
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite) || !hessian.every(Number.isFinite)) return finish(0, false, 'non-finite');
  let trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  let trialHessian = new Float64Array(n * n);
  const damped = new Float64Array(n * n);
  const negGradient = new Float64Array(n);
  const direction = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (maxAbs(gradient) < gtol) return finish(iteration, true, 'gradient');
    let diagonal = 0;
    for (let i = 0; i < n; i += 1) diagonal = Math.max(diagonal, Math.abs(hessian[i * n + i]));
    let mu = 0;
    let factor: Float64Array | null = null;
    for (let tries = 0; tries < 60 && !factor; tries += 1) {
      damped.set(hessian);
      for (let i = 0; i < n; i += 1) damped[i * n + i] += mu;
      factor = cholesky(damped, n);
      mu = mu === 0 ? Math.max(1e-8 * diagonal, 1e-12) : mu * 10;
    }
    for (let i = 0; i < n; i += 1) negGradient[i] = -gradient[i];
    if (factor) choleskySolve(factor, n, negGradient, direction);
    else direction.set(negGradient);
    let slope = 0;
    for (let i = 0; i < n; i += 1) slope += direction[i] * gradient[i];
    if (!(slope < 0)) {
      direction.set(negGradient);
      slope = 0;
      for (let i = 0; i < n; i += 1) slope -= gradient[i] * gradient[i];
    }
    let step = Math.min(1, maxStep / Math.max(maxAbs(direction), 1e-300));
    let accepted = false;
    let trialValue = Number.NaN;
    for (let tries = 0; tries < 60; tries += 1) {
      for (let i = 0; i < n; i += 1) trial[i] = theta[i] + step * direction[i];
      trialValue = f(trial, trialGradient, trialHessian);
      evaluations += 1;
      if (Number.isFinite(trialValue) && trialGradient.every(Number.isFinite) && trialHessian.every(Number.isFinite) && trialValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return finish(iteration, maxAbs(gradient) < gtol * 1e3, 'no-progress');
    [theta, trial] = [trial, theta];
    [gradient, trialGradient] = [trialGradient, gradient];
    [hessian, trialHessian] = [trialHessian, hessian];
    value = trialValue;
  }
  return finish(maxIterations, maxAbs(gradient) < gtol, 'max-iterations');
}
