/** f(θ) to minimise; writes ∇f into `gradient` and returns f(θ). */
export type Differentiable = (theta: Float64Array, gradient: Float64Array) => number;

export interface BfgsResult {
  theta: Float64Array;
  value: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const e of v) m = Math.max(m, Math.abs(e));
  return m;
}

/**
 * Quasi-Newton minimisation (BFGS with an Armijo backtracking line search) for objectives whose gradient
 * is analytic but whose Hessian is not (the Pareto/NBD likelihood). The inverse-Hessian estimate starts as
 * the given one (e.g. from a fit of similar data) or the identity, scaled after the first step, and is updated
 * only when the curvature condition holds, so it stays positive definite.
 * Never throws: a non-finite start or a search that cannot improve ends the run, unconverged.
 */
export function minimizeBfgs(f: Differentiable, start: ArrayLike<number>, options: { gradientTolerance?: number; maxIterations?: number; maxStep?: number; inverseHessian?: ArrayLike<number> } = {}): BfgsResult {
  const gtol = options.gradientTolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 200;
  const maxStep = options.maxStep ?? 2;
  const n = start.length;
  let theta = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = f(theta, gradient);
  let evaluations = 1;
  const finish = (iterations: number, converged: boolean): BfgsResult => ({ theta, value, gradient, iterations, evaluations, converged });
  if (!Number.isFinite(value) || !gradient.every(Number.isFinite)) return finish(0, false);
  const inverse = new Float64Array(n * n);
  if (options.inverseHessian) inverse.set(options.inverseHessian);
  else for (let i = 0; i < n; i += 1) inverse[i * n + i] = 1;
  let trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  const direction = new Float64Array(n);
  const step = new Float64Array(n);
  const change = new Float64Array(n);
  const hy = new Float64Array(n);
  let stalls = 0;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (maxAbs(gradient) < gtol) return finish(iteration, true);
    let slope = 0;
    for (let i = 0; i < n; i += 1) {
      let d = 0;
      for (let j = 0; j < n; j += 1) d -= inverse[i * n + j] * gradient[j];
      direction[i] = d;
      slope += d * gradient[i];
    }
    if (!(slope < 0)) {
      inverse.fill(0);
      for (let i = 0; i < n; i += 1) inverse[i * n + i] = 1;
      for (let i = 0; i < n; i += 1) direction[i] = -gradient[i];
      slope = -gradient.reduce((s, g) => s + g * g, 0);
    }
    let length = Math.min(1, maxStep / Math.max(maxAbs(direction), 1e-300));
    let accepted = false;
    let trialValue = Number.NaN;
    let tries = 0;
    for (; tries < 40; tries += 1) {
      for (let i = 0; i < n; i += 1) trial[i] = theta[i] + length * direction[i];
      trialValue = f(trial, trialGradient);
      evaluations += 1;
      if (Number.isFinite(trialValue) && trialGradient.every(Number.isFinite) && trialValue <= value + 1e-4 * length * slope) {
        accepted = true;
        break;
      }
      length *= 0.5;
    }
    if (!accepted) return finish(iteration, maxAbs(gradient) < gtol * 1e3);
    // At the optimum rounding noise can keep the gradient above the tolerance: stop once steps no longer improve.
    stalls = value - trialValue <= 1e-14 * Math.max(1, Math.abs(value)) ? stalls + 1 : 0;
    let sy = 0;
    for (let i = 0; i < n; i += 1) {
      step[i] = trial[i] - theta[i];
      change[i] = trialGradient[i] - gradient[i];
      sy += step[i] * change[i];
    }
    [theta, trial] = [trial, theta];
    [gradient, trialGradient] = [trialGradient, gradient];
    value = trialValue;
    if (stalls >= 2) return finish(iteration + 1, maxAbs(gradient) < gtol * 1e3);
    if (tries > 20) {
      // The quasi-Newton direction was poor: start the curvature estimate afresh.
      inverse.fill(0);
      for (let i = 0; i < n; i += 1) inverse[i * n + i] = 1;
    } else if (sy > 1e-12) {
      if (iteration === 0 && !options.inverseHessian) {
        // Scale the first curvature estimate to the problem (Nocedal & Wright, eq. 6.20): H₀ = (yᵀs / yᵀy) I.
        let yy = 0;
        for (let i = 0; i < n; i += 1) yy += change[i] * change[i];
        inverse.fill(0);
        for (let i = 0; i < n; i += 1) inverse[i * n + i] = sy / yy;
      }
      // H ← (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (yᵀ s)
      const rho = 1 / sy;
      let yHy = 0;
      for (let i = 0; i < n; i += 1) {
        let v = 0;
        for (let j = 0; j < n; j += 1) v += inverse[i * n + j] * change[j];
        hy[i] = v;
        yHy += change[i] * v;
      }
      for (let i = 0; i < n; i += 1) {
        for (let j = 0; j < n; j += 1) {
          inverse[i * n + j] += -rho * (hy[i] * step[j] + step[i] * hy[j]) + (rho * rho * yHy + rho) * step[i] * step[j];
        }
      }
    }
  }
  return finish(maxIterations, maxAbs(gradient) < gtol);
}
