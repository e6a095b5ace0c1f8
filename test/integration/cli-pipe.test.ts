import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { regulars } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOP = join(ROOT, 'test/fixtures/real-shops/Steproac_Monfrere-Tactical-Audit__Shopify_orders_export_2.csv');

describe('the CLI in a pipeline', () => {
  const temp = makeTempDir('cli-pipe-');
  afterAll(() => temp.cleanup());

  it('stops quietly when the reader closes the pipe early (regulars customers | head -1)', async () => {
    const db = join(temp.dir, 'shop.db');
    expect((await regulars(['import', SHOP, '--db', db])).status).toBe(0);
    const child = spawn(join(ROOT, 'node_modules/node/bin/node'), ['--disable-warning=ExperimentalWarning', 'src/main/cli/index.ts', 'customers', '--limit', '500', '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(status).toBe(0);
  }, 120_000);
});
