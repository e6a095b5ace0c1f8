import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogs, namespaces, type Namespace } from '../../../src/shared/i18n/index.ts';
import type { Catalog } from '../../../src/shared/i18n/define.ts';
import { PROJECT_ROOT } from '../../support/built-app.ts';
import { sourceFiles } from '../../support/import-graph.ts';

/**
 * Every translation key is used by some code, and every language has every key.
 *
 * The rules, for whoever adds a key (docs/glossary.md, "Translation keys", says the same):
 * 1. A key is used when its path appears in code as a whole string literal, bare (`'settings.title'`)
 *    or with its namespace (`'app:settings.title'`). Code is every source file under `src/` except the
 *    catalogs themselves; the core's keys (an AppError's `messageKey`, a warning's code, a campaign or
 *    model message key) count like the renderer's. A bare path counts for every namespace that has it.
 * 2. Plural forms are one key: `people_one`, `people_other` (and Russian `_few`, `_many`, and `_zero`
 *    where a count of 0 has its own text) are `people`.
 * 3. A key the code builds at run time (`t(`stages.${stage}`)`) is used when its prefix is listed in
 *    `BUILT_KEYS` below, with the file that builds it. Every key under a listed prefix counts as used,
 *    so keep prefixes narrow: a whole section of ids (stage names, warning codes), never a screen's
 *    section. The test fails when the named file no longer builds the prefix or no key is under it.
 */
const BUILT_KEYS: readonly { prefix: `${Namespace}:${string}.`; file: string }[] = [
  { prefix: 'app:stages.', file: 'src/renderer/src/components/StageTag.tsx' },
  { prefix: 'app:stageHelp.', file: 'src/renderer/src/components/StageTag.tsx' },
  { prefix: 'app:nav.', file: 'src/renderer/src/app/Shell.tsx' },
  { prefix: 'app:causes.', file: 'src/renderer/src/screens/profile/CustomerProfileView.tsx' },
  { prefix: 'app:customers.columns.', file: 'src/renderer/src/screens/customers/CustomerTableHeader.tsx' },
  { prefix: 'app:journeys.dimension.', file: 'src/renderer/src/screens/journeys/JourneysScreen.tsx' },
  { prefix: 'app:settings.threshold.', file: 'src/renderer/src/screens/settings/ThresholdSettings.tsx' },
  { prefix: 'app:settings.source.', file: 'src/renderer/src/screens/settings/ThresholdSettings.tsx' },
  { prefix: 'app:jobPhase.', file: 'src/renderer/src/screens/imports/ImportStatusCard.tsx' },
  { prefix: 'app:imports.kinds.', file: 'src/renderer/src/screens/imports/ImportsScreen.tsx' },
  { prefix: 'lifecycle:segment.', file: 'src/renderer/src/screens/customers/customer-columns.tsx' },
  { prefix: 'imports:errors.', file: 'src/main/import/file-error.ts' },
  { prefix: 'errors:segment.', file: 'src/main/engine/read/segment-sql.ts' },
  { prefix: 'segments:fields.', file: 'src/renderer/src/screens/customers/SegmentBuilder.tsx' },
  { prefix: 'imports:warnings.', file: 'src/renderer/src/screens/imports/ImportsScreen.tsx' },
  { prefix: 'imports:fields.', file: 'src/renderer/src/screens/imports/MappingDialog.tsx' },
  { prefix: 'imports:dateFormats.', file: 'src/renderer/src/screens/imports/MappingDialog.tsx' },
  { prefix: 'presets:kinds.', file: 'src/renderer/src/screens/imports/ImportsScreen.tsx' },
  { prefix: 'presets:warnings.', file: 'src/renderer/src/screens/imports/ImportStatusCard.tsx' },
  { prefix: 'presets:sources.', file: 'src/renderer/src/screens/customers/CustomerFilters.tsx' },
  { prefix: 'campaigns:suggestions.', file: 'src/main/campaigns/suggestions.ts' },
  { prefix: 'campaigns:verdict.', file: 'src/main/campaigns/lift-verdict.ts' },
  { prefix: 'campaigns:formats.', file: 'src/renderer/src/screens/campaigns/ExportDialog.tsx' },
  { prefix: 'campaigns:channels.', file: 'src/renderer/src/screens/campaigns/ExportDialog.tsx' },
  { prefix: 'campaigns:leftOut.', file: 'src/renderer/src/screens/campaigns/ExportDialog.tsx' },
  { prefix: 'campaigns:valueBasis.', file: 'src/renderer/src/screens/campaigns/SuggestionCard.tsx' },
  { prefix: 'model:verdict.', file: 'src/renderer/src/screens/dashboard/PredictedRevenueCard.tsx' },
  { prefix: 'model:reasons.', file: 'src/renderer/src/screens/journeys/BacktestSection.tsx' },
  { prefix: 'model:choice.reasons.', file: 'src/renderer/src/screens/journeys/BacktestSection.tsx' },
  { prefix: 'model:choice.model.', file: 'src/renderer/src/screens/journeys/BacktestSection.tsx' },
  { prefix: 'economics:channels.', file: 'src/renderer/src/screens/spend/channel-names.ts' },
  { prefix: 'economics:errors.', file: 'src/main/economics/spend-csv.ts' },
  { prefix: 'funnel:figures.', file: 'src/renderer/src/screens/funnel/FunnelTables.tsx' },
  { prefix: 'funnel:figureHelp.', file: 'src/renderer/src/screens/funnel/FunnelTables.tsx' },
  { prefix: 'funnel:rates.', file: 'src/renderer/src/screens/funnel/FunnelTables.tsx' },
  { prefix: 'funnel:rateHelp.', file: 'src/renderer/src/screens/funnel/FunnelTables.tsx' },
];

const LANGUAGES = ['en', 'zh', 'vi', 'ru'] as const;
const PLURAL = /_(zero|one|few|many|other)$/;
/** The plural forms each language's catalog writes for a count (see `defineCatalog`); `_zero`, for a count of 0, is optional but then in every language. */
const PLURAL_FORMS: Record<(typeof LANGUAGES)[number], string[]> = { en: ['one', 'other'], zh: ['other'], vi: ['other'], ru: ['one', 'few', 'many', 'other'] };

/** The leaf keys of a catalog, plural forms as written (`people_one`). */
function leaves(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
}

/** The keys of a namespace as code names them: `ns:path`, plural forms folded into one key. */
function keysOf(ns: Namespace): string[] {
  return [...new Set(leaves(catalogs[ns].en as Catalog).map((key) => `${ns}:${key.replace(PLURAL, '')}`))];
}

/** Every source file under src/ but the catalogs (the files that call `defineCatalog(`). */
function codeFiles(): string[] {
  return sourceFiles(PROJECT_ROOT, 'src').filter((file) => !(file.startsWith('src/shared/i18n/') && /\bdefineCatalog\(\{/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8'))));
}

/** Every whole string literal in the code (quoted strings and templates without `${}`). */
function stringLiterals(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(PROJECT_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The keys no code uses, by the rules above. */
function unusedKeys(literals: Set<string>): string[] {
  const path = (key: string) => key.slice(key.indexOf(':') + 1);
  return namespaces.flatMap(keysOf).filter((key) => !literals.has(key) && !literals.has(path(key)) && !BUILT_KEYS.some(({ prefix }) => key.startsWith(prefix)));
}

describe('translation keys', () => {
  const files = codeFiles();
  const literals = stringLiterals(files);

  it('are all used by some code: a literal key, or a prefix the code builds keys from (BUILT_KEYS)', () => {
    expect(unusedKeys(literals), 'no code uses these keys: delete each in all four languages, or list the prefix the code builds it from in BUILT_KEYS').toEqual([]);
  });

  it('find a key unused when no code names it, and used when code names it bare, with its namespace or by a built prefix', () => {
    const some = (key: string) => new Set([key]);
    expect(unusedKeys(some('settings.title'))).not.toContain('app:settings.title');
    expect(unusedKeys(some('app:settings.title'))).not.toContain('app:settings.title');
    expect(unusedKeys(new Set())).toContain('app:settings.title');
    expect(unusedKeys(new Set())).not.toContain('app:stages.reactivated');
    expect(unusedKeys(some('campaigns.people'))).not.toContain('app:campaigns.people');
  });

  it('are built only from prefixes their file still builds and that have keys under them', () => {
    const all = namespaces.flatMap(keysOf);
    const stale: string[] = [];
    for (const { prefix, file } of BUILT_KEYS) {
      const path = prefix.slice(prefix.indexOf(':') + 1);
      if (!existsSync(join(PROJECT_ROOT, file)) || !readFileSync(join(PROJECT_ROOT, file), 'utf8').includes(`${path}\${`)) stale.push(`${prefix}: ${file} no longer builds keys from it; name the file that does`);
      if (!all.some((key) => key.startsWith(prefix))) stale.push(`${prefix}: no key under it; remove it from BUILT_KEYS`);
    }
    expect(stale).toEqual([]);
  });

  it('are in every language, each count in the plural forms its language needs, and nothing more', () => {
    const wrong: string[] = [];
    for (const ns of namespaces) {
      const english = leaves(catalogs[ns].en as Catalog);
      const plurals = new Set(english.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
      const singles = english.filter((key) => !PLURAL.test(key));
      const zeros = english.filter((key) => key.endsWith('_zero'));
      for (const lang of LANGUAGES) {
        const expected = [...singles, ...zeros, ...[...plurals].flatMap((base) => PLURAL_FORMS[lang].map((form) => `${base}_${form}`))].sort();
        const actual = leaves(catalogs[ns][lang] as Catalog).sort();
        for (const key of expected) if (!actual.includes(key)) wrong.push(`${ns}:${lang} lacks ${key}`);
        for (const key of actual) if (!expected.includes(key)) wrong.push(`${ns}:${lang} has ${key}, which English does not`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
