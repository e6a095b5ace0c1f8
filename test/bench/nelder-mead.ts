/**
 * Plain Nelder-Mead simplex minimiser (standard coefficients 1, 2, 0.5, 0.5), the derivative-free
 * baseline the model benchmark compares BFGS with. Stops when the simplex values agree to `tolerance`.
 */
export function nelderMead(f: (x: number[]) => number, start: readonly number[], options: { tolerance?: number; maxEvaluations?: number; step?: number } = {}): { x: number[]; value: number; evaluations: number } {
  const tolerance = options.tolerance ?? 1e-10;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations += 1;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let simplex = [start.slice()];
  for (let i = 0; i < n; i += 1) {
    const vertex = start.slice();
    vertex[i] += options.step ?? 0.5;
    simplex.push(vertex);
  }
  let values = simplex.map(evaluate);
  while (evaluations < maxEvaluations) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + tolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i += 1) for (let k = 0; k < n; k += 1) centroid[k] += simplex[i][k] / n;
    const toward = (coefficient: number) => centroid.map((c, k) => c + coefficient * (simplex[n][k] - c));
    const reflected = toward(-1);
    const fr = evaluate(reflected);
    if (fr < values[0]) {
      const expanded = toward(-2);
      const fe = evaluate(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = fr < values[n] ? toward(-0.5) : toward(0.5);
      const fc = evaluate(contracted);
      if (fc < Math.min(fr, values[n])) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i += 1) {
          simplex[i] = simplex[i].map((v, k) => simplex[0][k] + 0.5 * (v - simplex[0][k]));
          values[i] = evaluate(simplex[i]);
        }
      }
    }
  }
  return { x: simplex[0], value: values[0], evaluations };
}
