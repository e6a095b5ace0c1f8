import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx regulars ...` as a user would, in the project folder. */
export function regulars(args: string[]): Promise<CliRun> {
  return finished(spawn('npx', ['regulars', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** The exit status and the whole output of a process started with piped stdout and stderr. */
export function finished(child: ChildProcessByStdio<null, Readable, Readable>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** stderr without npm's own warnings about the machine's npm configuration. */
export function realErrors(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
}
