import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestNames } from '../../src/shared/api/index.ts';

const root = join(import.meta.dirname, '../..');
const outDir = join(root, 'out/preload');
const bundle = join(outDir, 'index.cjs');
const sources = [join(root, 'src/preload'), join(root, 'src/shared/api'), join(root, 'electron.vite.config.ts')];

function newestSource(path: string): number {
  const stats = statSync(path);
  return stats.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name)))) : stats.mtimeMs;
}

/** The built preload, rebuilt with the project's real electron-vite build when missing or older than its sources. */
function builtPreload(): string {
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newestSource));
  if (stale) {
    const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return readFileSync(bundle, 'utf8');
}

describe('preload bundle (out/preload/index.cjs)', () => {
  let code = '';
  beforeAll(() => {
    code = builtPreload();
  });

  it('is one file', () => {
    expect(readdirSync(outDir).filter((name) => !name.endsWith('.map'))).toEqual(['index.cjs']);
  });

  it('is CommonJS: no import or export statements, no dynamic import', () => {
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toContain('import.meta');
  });

  it('requires nothing but electron', () => {
    const required = [...code.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)].map((match) => match[1]!.trim());
    expect(required).toEqual(['"electron"']);
  });

  it('does not bundle zod or the contract schemas', () => {
    expect(code).not.toMatch(/zod/i);
    expect(code).not.toContain('safeParse');
  });

  it('knows every request of the contract (compiled in at build time)', () => {
    const missing = requestNames.filter((name) => !code.includes(JSON.stringify(name)));
    expect(missing).toEqual([]);
  });

  it('installs exactly window.regulars', () => {
    expect([...code.matchAll(/exposeInMainWorld\(\s*"([^"]+)"/g)].map((match) => match[1])).toEqual(['regulars']);
  });
});
