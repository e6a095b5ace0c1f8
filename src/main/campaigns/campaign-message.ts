import { campaigns } from '../../shared/i18n/campaigns.ts';
import type { Catalog } from '../../shared/i18n/define.ts';
import type { CampaignMessage } from '../../shared/domain/campaigns.ts';

function lookup(catalog: Catalog, key: string): string {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`campaigns catalog has no text at "${key}"`);
  return node;
}

/**
 * A text of the `campaigns` namespace as the API returns it: the key and parameters the UI translates,
 * and the English text for the CLI and logs. Only the parameters the text uses are kept.
 */
export function campaignMessage(key: string, params: Record<string, string | number> = {}): CampaignMessage {
  const template = lookup(campaigns.en, key);
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => template.includes(`{{${name}}}`)));
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(used[name] ?? `{{${name}}}`));
  return { key, params: used, text };
}
