/** Turns derivatives in the raw parameters p into derivatives in θ = ln p (gradient and, if given, Hessian). */
export function toLogScale(params: ArrayLike<number>, rawGradient: Float64Array, rawHessian: Float64Array | null, gradient: Float64Array, hessian: Float64Array | null): void {
  const n = params.length;
  for (let i = 0; i < n; i += 1) gradient[i] = params[i] * rawGradient[i];
  if (!hessian || !rawHessian) return;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) hessian[i * n + j] = params[i] * params[j] * rawHessian[i * n + j] + (i === j ? gradient[i] : 0);
  }
}
