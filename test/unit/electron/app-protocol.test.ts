import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppFile } from '../../../src/main/electron/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/content-security-policy.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('app:// protocol', () => {
  const temp = makeTempDir('regulars-protocol-');
  const root = join(temp.dir, 'renderer');
  const outside = join(temp.dir, 'secret.txt');
  const serve = createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Regulars</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
    writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
    writeFileSync(outside, 'the shop owner\u2019s secrets');
    symlinkSync(outside, join(root, 'assets', 'escape.txt'));
    symlinkSync(temp.dir, join(root, 'up'));
  });
  afterAll(() => temp.cleanup());

  it('registers a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });

  it('serves the app files with the right MIME type and the CSP header', async () => {
    const page = await get('app://regulars/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Regulars</title>');

    const script = await get('app://regulars/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://regulars/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/logo.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://regulars/nope.js')).status).toBe(404);
    expect((await get('app://regulars/assets/')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://regulars/../secret.txt',
      'app://regulars/%2e%2e/secret.txt',
      'app://regulars/assets/..%2f..%2fsecret.txt',
      'app://regulars/..%5csecret.txt',
      'app://regulars/%2Fetc%2Fpasswd',
      'app://regulars//etc/passwd',
      'app://regulars/C:%5cWindows%5cwin.ini',
      'app://regulars/index.html%00.js',
      'app://regulars/%E0%A4%A',
      'app://regulars/assets/escape.txt',
      'app://regulars/up/secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secrets');
    }
  });

  it('resolves only real files under the real root', async () => {
    expect(await resolveAppFile(root, 'app://regulars/assets/index-abc.js')).toMatch(/assets[/\\]index-abc\.js$/);
    expect(await resolveAppFile(root, 'app://regulars/assets/escape.txt')).toBeNull();
    expect(await resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
  });

  it('answers only GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await get('app://regulars/index.html', method);
      expect(response.status, method).toBe(405);
    }
  });
});
