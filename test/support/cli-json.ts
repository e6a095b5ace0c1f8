import { afterEach } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli.ts';
import { makeTempDir } from './temp-dir.ts';

/** `npx regulars ARGS --json` in this process: the exit status, the JSON it printed (null when none) and stderr. */
export async function cliJson<T>(args: string[]): Promise<{ status: number; json: T; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli([...args, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, json: JSON.parse(out.join('\n') || 'null') as T, err: err.join('\n') };
}

/** A factory of temp folders for a test file, each removed after the test that made it. */
export function tempDirs(prefix: string): () => string {
  const made: { cleanup(): void }[] = [];
  afterEach(() => {
    for (const temp of made.splice(0)) temp.cleanup();
  });
  return () => {
    const temp = makeTempDir(prefix);
    made.push(temp);
    return temp.dir;
  };
}
