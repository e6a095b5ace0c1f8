import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppProtocolUrl, isOwnPageUrl, isSafeExternalUrl } from '../../../src/main/electron/app-origin.ts';

const prod = { devServerUrl: null };
const dev = { devServerUrl: 'http://localhost:5173/' };

describe('app origin', () => {
  it('recognises our own pages on app://regulars', () => {
    expect(isAppProtocolUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppProtocolUrl('app://regulars/assets/index.js')).toBe(true);
    expect(isOwnPageUrl('app://regulars/index.html#/customers', prod)).toBe(true);
  });

  it('refuses look-alikes: other hosts, credentials, other schemes', () => {
    for (const url of ['app://evil/index.html', 'app://regulars.evil.com/', 'app://user:pw@regulars/', 'https://regulars/', 'file:///app/out/renderer/index.html', 'not a url', '']) {
      expect(isOwnPageUrl(url, prod), url).toBe(false);
    }
  });

  it('trusts the dev server only in dev, and only its exact origin', () => {
    expect(isOwnPageUrl('http://localhost:5173/', prod)).toBe(false);
    expect(isOwnPageUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOwnPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnPageUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('external links', () => {
  it('opens well-formed http(s) links', () => {
    expect(isSafeExternalUrl('https://help.shopify.com/en/manual/orders/export-orders')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(true);
  });

  it('refuses javascript:, file:, data:, custom schemes, credentials and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://regulars/index.html',
      'https://user:password@example.com/',
      'https://',
      'http//example.com',
      '',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
    expect(isSafeExternalUrl(42)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
  });
});
