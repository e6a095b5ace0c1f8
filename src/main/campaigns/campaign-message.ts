import { campaigns } from '../../shared/i18n/campaigns.ts';
import type { Catalog } from '../../shared/i18n/define.ts';
import type { CampaignMessage } from '../../shared/domain/campaigns.ts';

const englishPlural = new Intl.PluralRules('en');
const englishNumber = new Intl.NumberFormat('en');

/** The English text at a key; a plural text (`key_one`, `key_other`) by the `count` parameter. */
function lookup(catalog: Catalog, key: string, count: unknown): string {
  const parts = key.split('.');
  const leaf = parts.pop() as string;
  let node: string | Catalog | undefined = catalog;
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  const parent = typeof node === 'object' ? node : {};
  const text = parent[leaf] ?? (typeof count === 'number' ? (parent[`${leaf}_${englishPlural.select(count)}`] ?? parent[`${leaf}_other`]) : undefined);
  if (typeof text !== 'string') throw new Error(`campaigns catalog has no text at "${key}"`);
  return text;
}

/**
 * A text of the `campaigns` namespace as the API returns it: the key and parameters the UI translates
 * (a plural text is chosen there by `count`), and the English text for the CLI and logs. Only the
 * parameters the text uses are kept.
 */
export function campaignMessage(key: string, params: Record<string, string | number> = {}): CampaignMessage {
  const template = lookup(campaigns.en, key, params.count);
  const names = new Set([...template.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => names.has(name)));
  const text = template.replace(/\{\{\s*(\w+)(\s*,\s*number)?\s*\}\}/g, (_, name: string, number?: string) => {
    const value = used[name];
    if (value === undefined) return `{{${name}}}`;
    return number && typeof value === 'number' ? englishNumber.format(value) : String(value);
  });
  return { key, params: used, text };
}
