import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainFloors } from '../../../eslint.config.ts';
import { PROJECT_ROOT } from '../../support/built-app.ts';
import { cycles, folderGraph, importGraph, sourceFiles } from '../../support/import-graph.ts';

const graph = importGraph(PROJECT_ROOT, sourceFiles(PROJECT_ROOT, 'src'));
const floorOf = new Map(mainFloors.flatMap((rooms, floor) => rooms.map((room) => [room, floor] as const)));
const mainRoom = (file: string) => (file.startsWith('src/main/') ? file.split('/')[2] : null);
const rendererFolder = (file: string) => (file.startsWith('src/renderer/src/') ? file.split('/').slice(3, -1).join('/') || '.' : null);

describe('the floors of src/main', () => {
  it('put every folder of src/main on exactly one floor', () => {
    const folders = readdirSync(join(PROJECT_ROOT, 'src/main'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...floorOf.keys()].sort()).toEqual(folders.sort());
    expect(floorOf.size).toBe(mainFloors.flat().length);
  });

  it('are kept by every import: a room imports only rooms on lower floors', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = mainRoom(file);
      if (from === null) continue;
      for (const target of targets) {
        const to = mainRoom(target);
        if (to !== null && to !== from && floorOf.get(to)! >= floorOf.get(from)!) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('leave no two folders of src/main or of the renderer importing each other, even through others', () => {
    expect(cycles(folderGraph(graph, mainRoom))).toEqual([]);
    expect(cycles(folderGraph(graph, rendererFolder))).toEqual([]);
  });

  it('leave no circle of imports between files anywhere in src', () => {
    expect(cycles(graph)).toEqual([]);
  });
});

describe('npm run lint', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: PROJECT_ROOT });
  });

  /** The lint messages of an in-memory file placed at `path`. */
  async function lint(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, path) });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('fails an import from a higher floor', async () => {
    expect(await lint('src/main/db/probe.ts', "export { recompute } from '../recompute/recompute.ts';\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/main\/db is on floor 1: it may import only rooms on lower floors/),
    ]);
    expect(await lint('src/main/engine/read/probe.ts', "import { fitBgnbd } from '../../model/fit-bgnbd.ts';\n\nexport const fit = fitBgnbd;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/main\/engine is on floor 3/),
    ]);
    expect(await lint('src/main/services/probe.ts', "import type { Core } from '../core/create-core.ts';\n\nexport type C = Core;\n")).toHaveLength(1);
  });

  it('fails an import between two rooms of one floor', async () => {
    expect(await lint('src/main/import/probe.ts', "import type { Db } from '../db/connection.ts';\nimport { dayNumber } from '../engine/days.ts';\n\nexport const f = (db: Db) => [db, dayNumber];\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/main\/import is on floor 3/),
    ]);
  });

  it('passes imports downward, within a room and from src/shared', async () => {
    const code = "import { dayNumber } from '../engine/days.ts';\nimport type { Db } from '../db/connection.ts';\nimport { TIME_UNIT_DAYS } from './customer-frequency-recency.ts';\nimport type { ModelSettings } from '../../shared/domain/model.ts';\n\nexport const f = (db: Db, s: ModelSettings) => [db, s, dayNumber, TIME_UNIT_DAYS];\n";
    expect(await lint('src/main/model/probe.ts', code)).toEqual([]);
  });

  it('keeps electron inside the Electron shell', async () => {
    expect(await lint('src/main/cli/probe.ts', "import { app } from 'electron';\n\nexport const a = app;\n")).toHaveLength(1);
    expect(await lint('src/main/electron/probe.ts', "import { app } from 'electron';\nimport { createCore } from '../core/create-core.ts';\n\nexport const a = [app, createCore];\n")).toEqual([]);
  });
});
