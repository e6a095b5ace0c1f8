import { useCallback, useState } from 'react';

export interface DataAction {
  busy: boolean;
  error: Error | null;
  /** Runs `work` unless one is already running; resolves true when it succeeded. */
  run(work: () => Promise<unknown>): Promise<boolean>;
  clearError(): void;
}

/** The busy flag and the error of one long data action (backup, restore, delete all). */
export function useDataAction(): DataAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}

/** The last part of a path, whichever separator the operating system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
