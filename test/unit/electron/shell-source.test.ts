import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const shellFiles = ['src/main/electron', 'src/preload'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)));
const source = shellFiles.map((file) => readFileSync(file, 'utf8')).join('\n');

describe('shell source never switches a protection off', () => {
  it.each([
    ['loads pages from file://', /\bloadFile\s*\(|['"`]file:\/\//],
    ['enables Blink features', /enableBlinkFeatures/],
    ['allows popups in a webview', /allowpopups/i],
    ['enables Node in a page', /nodeIntegration\w*\s*:\s*true/],
    ['disables isolation, sandbox or web security', /(contextIsolation|sandbox|webSecurity)\s*:\s*false/],
    ['allows insecure content or experimental features', /(allowRunningInsecureContent|experimentalFeatures)\s*:\s*true/],
    ['bypasses the CSP for a scheme', /bypassCSP\s*:\s*true/],
    ['exposes ipcRenderer itself', /exposeInMainWorld\(\s*['"][^'"]+['"]\s*,\s*ipcRenderer\b/],
  ])('never %s', (_what, pattern) => {
    expect(source).not.toMatch(pattern);
  });

  it('uses a current Electron (45 or newer)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
    expect(Number(String(pkg.devDependencies.electron).replace(/^[^\d]*/, '').split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
