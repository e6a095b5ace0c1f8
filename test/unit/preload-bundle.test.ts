import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestNames } from '../../src/shared/api/index.ts';
import { buildIfStale, PROJECT_ROOT } from '../support/built-app.ts';

const outDir = join(PROJECT_ROOT, 'out/preload');

/** The built preload, rebuilt with the project's real electron-vite build when missing or older than its sources. */
function builtPreload(): string {
  buildIfStale(['out/preload/index.cjs'], ['src/preload', 'src/shared/api', 'electron.vite.config.ts']);
  return readFileSync(join(outDir, 'index.cjs'), 'utf8');
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
