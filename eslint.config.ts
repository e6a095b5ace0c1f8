import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import type { Linter } from 'eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'stream/*', 'url', 'util', 'http', 'https', 'net', 'zlib', 'module', 'events', 'readline', 'buffer'];

/**
 * The floors of `src/main`, lowest first (docs/architecture.md). A room may import the rooms on the
 * floors below its own and `src/shared`, never a room on its own floor or above: an upward import
 * fails `npm run lint`. test/unit/architecture/floors.test.ts checks the same table against every
 * import, and that every folder of `src/main` is on a floor.
 */
export const mainFloors: readonly (readonly string[])[] = [
  ['db', 'preferences'],
  ['job-contract'],
  ['engine', 'import', 'data', 'shop'],
  ['model', 'campaigns', 'dashboard', 'funnel'],
  ['economics'],
  ['recompute'],
  ['jobs'],
  ['services'],
  ['core'],
  ['cli', 'electron'],
];

const frontEnds = ['**/renderer/**', '**/preload/**'];

/** The import rule of one room of `src/main`: nothing from its floor (but itself) or above, no Electron outside the shell. */
function roomRule(room: string, floor: number): Linter.Config {
  const banned = mainFloors.slice(floor).flat().filter((other) => other !== room);
  const patterns: { group?: string[]; regex?: string; message: string }[] = [{ group: frontEnds, message: 'The core imports only downward (src/shared, its own modules).' }];
  if (banned.length > 0) patterns.push({ regex: `^(\\.\\./)+(${banned.join('|')})/`, message: `src/main/${room} is on floor ${floor + 1}: it may import only rooms on lower floors (docs/architecture.md).` });
  const electron = room === 'electron' ? [] : [{ name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' }];
  return { files: [`src/main/${room}/**`], rules: { 'no-restricted-imports': ['error', { paths: electron, patterns }] } };
}

/** Layering: imports only flow downward (VS Code style), checked on every lint run. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' }] }],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src/shared is pure TypeScript.' }, { name: 'better-sqlite3', message: 'src/shared is pure TypeScript.' }],
          patterns: [{ group: nodeBuiltins, message: 'src/shared must not use Node built-ins.' }, { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing from the layers above it.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the core only through window.regulars.' }, { name: 'better-sqlite3', message: 'No database code in the renderer.' }, { name: 'papaparse', message: 'Parsing belongs to the core.' }],
          patterns: [{ group: nodeBuiltins, message: 'No Node built-ins in the renderer.' }, { group: ['**/main/**', '**/preload/**'], message: 'The renderer may import only src/shared and its own files.' }],
        },
      ],
    },
  },
  ...mainFloors.flatMap((rooms, floor) => rooms.map((room) => roomRule(room, floor))),
);
