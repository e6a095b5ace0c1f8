import { describe, expect, it } from 'vitest';
import { minimizeNewton, type TwiceDifferentiable } from '../../../src/main/model/minimize-newton.ts';
import { invertPositiveDefinite } from '../../../src/main/model/cholesky.ts';

const rosenbrock: TwiceDifferentiable = (v, g, h) => {
  const [x, y] = v;
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  h[0] = 2 - 400 * (y - 3 * x * x);
  h[1] = -400 * x;
  h[2] = -400 * x;
  h[3] = 200;
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

describe('damped Newton', () => {
  it('finds the Rosenbrock minimum through a region where the Hessian is indefinite', () => {
    const result = minimizeNewton(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-10 });
    expect(result.converged).toBe(true);
    expect(result.theta[0]).toBeCloseTo(1, 6);
    expect(result.theta[1]).toBeCloseTo(1, 6);
    expect(result.iterations).toBeLessThan(40);
  });

  it('reports a non-finite start instead of throwing', () => {
    const result = minimizeNewton((_v, g) => {
      g[0] = Number.NaN;
      return Number.NaN;
    }, [0]);
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('non-finite');
  });

  it('stops at the iteration limit on an unbounded objective', () => {
    const result = minimizeNewton((v, g, h) => {
      g[0] = -1;
      h[0] = 0;
      return -v[0];
    }, [0], { maxIterations: 20 });
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('max-iterations');
  });
});

describe('inverse of a positive-definite matrix', () => {
  it('inverts by Cholesky and refuses an indefinite matrix', () => {
    const inverse = invertPositiveDefinite([4, 1, 1, 2], 2)!;
    expect(inverse[0]).toBeCloseTo(2 / 7, 12);
    expect(inverse[1]).toBeCloseTo(-1 / 7, 12);
    expect(inverse[3]).toBeCloseTo(4 / 7, 12);
    expect(invertPositiveDefinite([1, 2, 2, 1], 2)).toBeNull();
  });
});
