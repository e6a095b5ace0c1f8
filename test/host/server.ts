import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../../src/main/core/create-core.ts';
import { withReplaceConfirmed } from '../../src/main/electron/path-arguments.ts';
import { startTestCore } from '../support/core.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const SHIM_PATH = join(import.meta.dirname, 'shim.js');
const MAX_REQUEST_BYTES = 1024 * 1024;
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface TestHost {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  core: Core;
  /** Where uploaded ("dropped") files and save locations land. */
  filesDir: string;
  close(): Promise<void>;
}

export interface TestHostOptions {
  /** Use this database file instead of a fresh one in a temp folder. */
  dbPath?: string;
  /** Run jobs in-process instead of in the worker thread. */
  inline?: boolean;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error(`Body larger than ${limit} bytes`), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** index.html with the shim's script tag placed before the app's own script, so `window.regulars` exists first. */
function indexHtml(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const at = html.indexOf('<script');
  if (at < 0) throw new Error('out/renderer/index.html has no <script>; run `npx electron-vite build` first');
  return `${html.slice(0, at)}<script src="/__shim.js"></script>\n    ${html.slice(at)}`;
}

function safeFileName(name: string | null | undefined): string {
  const cleaned = basename(name ?? '').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'file';
}

/**
 * Serves the built renderer on 127.0.0.1 with the real core behind it, so headless Chromium can drive
 * the whole app: POST /api/request (core.dispatch), GET /api/events (SSE), POST /api/upload
 * (a dropped File -> a local path), POST /api/save-location, and /__shim.js (window.regulars).
 */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const core = startTestCore({ inline: options.inline, dbPath: options.dbPath });
  const files = makeTempDir('regulars-host-files-');
  let uploads = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) send(res, status, JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/api/request') {
      let body: { name?: unknown; input?: unknown };
      try {
        body = JSON.parse((await readBody(req, MAX_REQUEST_BYTES)).toString('utf8')) as typeof body;
      } catch {
        send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON.' } }));
        return;
      }
      // As the shell: a file the save dialog returned goes with replacing it confirmed (the dialog asked).
      send(res, 200, JSON.stringify(await core.dispatch(body.name, withReplaceConfirmed(body.name, body.input))));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const unsubscribe = core.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      req.on('close', unsubscribe);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/upload') {
      const dir = join(files.dir, 'uploads', String(++uploads));
      mkdirSync(dir, { recursive: true });
      const path = join(dir, safeFileName(url.searchParams.get('name')));
      writeFileSync(path, await readBody(req, MAX_UPLOAD_BYTES));
      send(res, 200, JSON.stringify({ path }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/save-location') {
      const body = JSON.parse((await readBody(req, MAX_REQUEST_BYTES)).toString('utf8')) as { suggestedName?: string };
      const dir = join(files.dir, 'saved');
      mkdirSync(dir, { recursive: true });
      send(res, 200, JSON.stringify({ path: join(dir, safeFileName(body.suggestedName)) }));
      return;
    }
    if (req.method !== 'GET') {
      send(res, 405, JSON.stringify({ error: 'Method not allowed' }));
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      send(res, 200, indexHtml(), contentTypes['.html']);
      return;
    }
    if (url.pathname === '/__shim.js') {
      send(res, 200, readFileSync(SHIM_PATH), contentTypes['.js']);
      return;
    }
    const path = resolve(RENDERER_DIR, `.${decodeURIComponent(url.pathname)}`);
    if (!path.startsWith(RENDERER_DIR + sep)) {
      send(res, 403, JSON.stringify({ error: 'Forbidden' }));
      return;
    }
    try {
      send(res, 200, readFileSync(path), contentTypes[extname(path)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, JSON.stringify({ error: 'Not found' }));
    }
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    core,
    filesDir: files.dir,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await core.dispose();
      files.cleanup();
    },
  };
}
