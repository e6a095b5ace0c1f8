import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'stream/*', 'url', 'util', 'http', 'https', 'net', 'zlib', 'module', 'events', 'readline', 'buffer'];

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
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' }],
          patterns: [{ group: ['**/renderer/**', '**/preload/**', '**/electron/**'], message: 'The core imports only downward (src/shared, its own modules).' }],
        },
      ],
    },
  },
);
