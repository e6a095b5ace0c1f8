import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/built-app.ts';
import { sourceFiles } from '../../support/import-graph.ts';

const THIS_FILE = 'test/unit/architecture/doc-references.test.ts';

/** Every file whose words may cite a document: sources, tests (but this one, whose examples cite missing files on purpose), the docs and the root documents. */
function citingFiles(): string[] {
  const docs = sourceFiles(PROJECT_ROOT, 'docs', /\.md$/);
  return [...sourceFiles(PROJECT_ROOT, 'src'), ...sourceFiles(PROJECT_ROOT, 'test'), ...docs, 'README.md', 'CONTRIBUTING.md', 'SECURITY.md'].filter((file) => file !== THIS_FILE);
}

/**
 * The documents a text cites: `docs/...` paths and bare `name.md` file names, not inside a URL
 * (a cited name is preceded by neither a letter, a digit, `/`, `.`, `-` nor `:`).
 */
function citedDocuments(text: string): string[] {
  return [...text.matchAll(/(?<![\w./:-])((?:docs\/[\w./-]*\w)|(?:[\w-]+\.md\b))/g)].map((m) => m[1]);
}

describe('cited documents', () => {
  it('finds docs paths and bare file names, not URLs', () => {
    expect(citedDocuments('see docs/models.md, "Backtest"; models.md check; https://example.org/docs/latest/x.md and README.md')).toEqual(['docs/models.md', 'models.md', 'README.md']);
  });

  it('are reported when missing', () => {
    const text = readFileSync(join(PROJECT_ROOT, THIS_FILE), 'utf8');
    expect(citedDocuments(text).filter((cited) => !existsSync(join(PROJECT_ROOT, cited)))).toContain('models.md');
  });

  it('all exist in the repository: a cited docs/ path resolves, a bare name is a file at its root', () => {
    const missing: string[] = [];
    for (const file of citingFiles()) {
      for (const cited of citedDocuments(readFileSync(join(PROJECT_ROOT, file), 'utf8'))) {
        if (!existsSync(join(PROJECT_ROOT, cited))) missing.push(`${file}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('include the docs every figure is defined in', () => {
    for (const doc of ['architecture', 'counting', 'lifecycle', 'models', 'formats', 'glossary']) expect(existsSync(join(PROJECT_ROOT, `docs/${doc}.md`))).toBe(true);
  });
});
