/** One row of the reliability table: what was tried, how often, and what went wrong. */
export interface CheckResult {
  check: string;
  trials: number;
  failures: FailureRecord[];
  /** Trials after which imported data was missing or damaged. Must be 0. */
  dataLost: number;
  /** Extra figures worth printing (timings, outcome counts). */
  notes?: string[];
}

export interface FailureRecord {
  subject: string;
  seed: number;
  problem: string;
  /** What reproduces it: a mutation plan, an input, a fast-check path. */
  replay?: unknown;
}

export function formatFailure(failure: FailureRecord): string {
  return `${failure.subject} (seed ${failure.seed}): ${failure.problem}`;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}
