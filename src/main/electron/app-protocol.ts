import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { securityHeaders } from './content-security-policy.ts';

/** Registered before `ready`: a standard, secure scheme so pages get a real origin and fetch works. CSP is not bypassed. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false, stream: false },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The file under `root` an app:// URL names, or null. Refuses other hosts, undecodable or NUL
 * paths, `..` segments (also percent-encoded), backslashes, absolute and drive paths, and any
 * path whose real location (after symlinks) is outside the real root. `/` means index.html.
 */
export async function resolveAppFile(root: string, url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const wanted = path.replace(/^\/+/, '') || 'index.html';
  if (wanted.includes('\0') || wanted.includes('\\') || isAbsolute(wanted) || win32.isAbsolute(wanted) || /^[a-z]:/i.test(wanted)) return null;
  if (wanted.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const lexical = resolve(root, wanted);
  if (!isInside(resolve(root), lexical)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(lexical)]);
    if (!isInside(realRoot, realFile) || !realFile.startsWith(realRoot + sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });

/** The `protocol.handle('app', ...)` handler: GET only, files from `root` only, every answer with the CSP header. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') {
      return new Response('Method not allowed', { status: 405, headers: { ...securityHeaders('text/plain; charset=utf-8'), Allow: 'GET' } });
    }
    const file = await resolveAppFile(root, request.url);
    if (!file) return notFound();
    try {
      return new Response(await readFile(file), { status: 200, headers: securityHeaders(mimeTypeFor(file)) });
    } catch {
      return notFound();
    }
  };
}
