import { minimizeNewton, type MinimizeResult } from './minimize-newton.ts';
import { invertPositiveDefinite } from './cholesky.ts';
import { minimizeBfgs, type BfgsResult } from './minimize-bfgs.ts';

/**
 * A log-likelihood in log-parameters θ: returns ln L(θ), writes ∂ ln L/∂θ into `gradient` and,
 * when `hessian` is given, ∂² ln L/∂θ² into it.
 */
export type LogLikelihood = (theta: ArrayLike<number>, gradient: Float64Array, hessian: Float64Array | null) => number;

export interface LikelihoodFit {
  theta: Float64Array;
  /** The log-likelihood at θ, without the penalty. */
  logLik: number;
  /** Covariance of θ: inverse Hessian of the penalised negative log-likelihood; null when it is not positive definite. */
  covariance: Float64Array | null;
  converged: boolean;
  iterations: number;
  evaluations: number;
}

/**
 * Maximises ln L(θ) - penalty·|θ|² by damped Newton from each start in turn (stopping at the first
 * that converges), keeps the best, and takes the covariance from the exact Hessian at the optimum.
 * The objective is divided by `customers` so tolerances do not depend on the size of the shop.
 */
export function fitByLikelihood(logLik: LogLikelihood, starts: readonly number[][], customers: number, penalty: number): LikelihoodFit {
  const n = starts[0].length;
  const scale = 1 / Math.max(customers, 1);
  const llGradient = new Float64Array(n);
  const llHessian = new Float64Array(n * n);
  const objective = (theta: Float64Array, gradient: Float64Array, hessian: Float64Array): number => {
    const ll = logLik(theta, llGradient, llHessian);
    let value = -ll;
    for (let i = 0; i < n; i += 1) {
      value += penalty * theta[i] * theta[i];
      gradient[i] = (-llGradient[i] + 2 * penalty * theta[i]) * scale;
      for (let j = 0; j < n; j += 1) hessian[i * n + j] = (-llHessian[i * n + j] + (i === j ? 2 * penalty : 0)) * scale;
    }
    return value * scale;
  };
  let best: MinimizeResult | null = null;
  let iterations = 0;
  let evaluations = 0;
  for (const start of starts) {
    const result = minimizeNewton(objective, start);
    iterations += result.iterations;
    evaluations += result.evaluations;
    if (Number.isFinite(result.value) && (best === null || (result.converged && !best.converged) || (result.converged === best.converged && result.value < best.value))) best = result;
    if (result.converged) break;
  }
  const theta = best ? best.theta : Float64Array.from(starts[0]);
  const logLikAtTheta = logLik(theta, llGradient, null);
  const covariance = best ? invertPositiveDefinite(best.hessian.map((v) => v / scale), n) : null;
  return { theta, logLik: logLikAtTheta, covariance, converged: best?.converged ?? false, iterations, evaluations };
}

const SCOUT_ITERATIONS = 6;

/** A log-likelihood in log-parameters θ with its gradient only: returns ln L(θ), writes ∂ ln L/∂θ into `gradient`. */
export type LogLikelihoodWithGradient = (theta: ArrayLike<number>, gradient: Float64Array) => number;

/**
 * Maximises ln L(θ) - penalty·|θ|² by BFGS from every start and keeps the best penalised likelihood (not the
 * first that converges: several local optima are possible): each start runs SCOUT_ITERATIONS iterations, then
 * the best of them runs to convergence. The covariance comes from the Hessian at the optimum by forward
 * differences of the analytic gradient, symmetrised. Scaled per customer like `fitByLikelihood`.
 */
export function fitByGradient(logLik: LogLikelihoodWithGradient, starts: readonly number[][], customers: number, penalty: number, startCovariance: { covariance: Float64Array; customers: number } | null = null): LikelihoodFit {
  const n = starts[0].length;
  const scale = 1 / Math.max(customers, 1);
  const llGradient = new Float64Array(n);
  const objective = (theta: ArrayLike<number>, gradient: Float64Array): number => {
    const ll = logLik(theta, llGradient);
    let value = -ll;
    for (let i = 0; i < n; i += 1) {
      value += penalty * theta[i] * theta[i];
      gradient[i] = (-llGradient[i] + 2 * penalty * theta[i]) * scale;
    }
    return value * scale;
  };
  let best: BfgsResult | null = null;
  let iterations = 0;
  let evaluations = 0;
  // The covariance of a previous fit, times its customers, is the inverse Hessian of its per-customer objective.
  const inverseHessian = startCovariance ? startCovariance.covariance.map((v) => v * startCovariance.customers) : undefined;
  for (const start of starts) {
    const result = minimizeBfgs(objective, start, { maxIterations: SCOUT_ITERATIONS, inverseHessian });
    iterations += result.iterations;
    evaluations += result.evaluations;
    if (Number.isFinite(result.value) && (best === null || result.value < best.value - 1e-12 || (result.converged && !best.converged && result.value <= best.value + 1e-9))) best = result;
  }
  if (best && !best.converged) {
    const result = minimizeBfgs(objective, best.theta, { inverseHessian });
    iterations += result.iterations;
    evaluations += result.evaluations;
    if (Number.isFinite(result.value) && result.value <= best.value) best = result;
  }
  const theta = best ? best.theta : Float64Array.from(starts[0]);
  const logLikAtTheta = logLik(theta, llGradient);
  let covariance: Float64Array | null = null;
  if (best) {
    const hessian = new Float64Array(n * n);
    const at = new Float64Array(n);
    const up = new Float64Array(n);
    const h = 1e-5;
    objective(theta, at);
    for (let j = 0; j < n; j += 1) {
      const shifted = Float64Array.from(theta);
      shifted[j] = theta[j] + h;
      objective(shifted, up);
      for (let i = 0; i < n; i += 1) hessian[i * n + j] = (up[i] - at[i]) / h;
    }
    for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) hessian[i * n + j] = hessian[j * n + i] = (hessian[i * n + j] + hessian[j * n + i]) / 2;
    covariance = invertPositiveDefinite(hessian.map((v) => v / scale), n);
  }
  return { theta, logLik: logLikAtTheta, covariance, converged: best?.converged ?? false, iterations, evaluations };
}

/** Standard error of exp(θ_i) by the delta method: exp(θ_i)·sd(θ_i). */
export function standardErrorsOfExp(fit: LikelihoodFit): number[] | null {
  const { covariance, theta } = fit;
  if (!covariance) return null;
  const n = theta.length;
  return Array.from(theta, (t, i) => Math.exp(t) * Math.sqrt(covariance[i * n + i]));
}
