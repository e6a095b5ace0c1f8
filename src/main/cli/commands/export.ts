import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command.ts';
import { campaignMessage } from '../../campaigns/campaign-message.ts';
import { SUGGESTION_IDS } from '../../campaigns/suggestion-audiences.ts';
import { exportFormats, type AudienceSpec, type ExportFormat } from '../../../shared/domain/campaigns.ts';
import { RFM_SEGMENTS, STAGES, type RfmSegment, type Stage } from '../../../shared/domain/lifecycle.ts';

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * `--audience` as typed: a stage id, a suggestion id or an RFM segment (dashes or underscores), in that
 * order of precedence; `stage:`, `suggestion:` or `rfm:` picks one explicitly (RFM `at_risk` is `rfm:at_risk`).
 */
export function parseAudience(text: string): AudienceSpec {
  const [prefix, rest] = text.includes(':') ? (text.split(':', 2) as [string, string]) : ['', text];
  const key = rest.trim().toLowerCase().replaceAll('-', '_');
  if ((prefix === '' || prefix === 'stage') && includes<Stage>(STAGES, key)) return { kind: 'stage', stage: key };
  if ((prefix === '' || prefix === 'suggestion') && includes(SUGGESTION_IDS, key)) return { kind: 'suggestion', suggestionId: key };
  if ((prefix === '' || prefix === 'rfm') && includes<RfmSegment>(RFM_SEGMENTS, key)) return { kind: 'rfm', segment: key };
  throw new CliError(
    `unknown audience "${text}". Stages: ${STAGES.join(', ')}. Suggestions: ${SUGGESTION_IDS.join(', ')}. RFM segments (rfm:<name>): ${RFM_SEGMENTS.join(', ')}.`,
    2,
  );
}

function parseHoldout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/%$/, ''));
  if (!Number.isFinite(value) || value < 0 || value > 50) throw new CliError(`--holdout must be a percentage from 0 to 50, not "${text}".`, 2);
  return value;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `regulars export --audience <stage id | rfm segment | suggestion id> --format <${exportFormats.join('|')}> --out <file> [--holdout <percent>] [--include-unsubscribed] [--bom] [--replace] [--db <path>] [--json]`,
  description:
    'Writes an audience as a CSV file for an e-mail tool, Shopify or an ad platform, and records the campaign with a holdout group (default 10%) to measure its lift. Only people who agreed to marketing are exported unless --include-unsubscribed is given. An existing file is replaced only if Regulars wrote it, or with --replace; never the database or its copies.',
  writes: true,
  options: {
    audience: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    holdout: { type: 'string' },
    'include-unsubscribed': { type: 'boolean', default: false },
    bom: { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
  },
  async run(ctx) {
    const audienceText = ctx.values.audience as string | undefined;
    const format = ctx.values.format as string | undefined;
    const out = ctx.values.out as string | undefined;
    if (!audienceText || !format || !out) throw new CliError(`--audience, --format and --out are required.\nUsage: ${exportCommand.usage}`, 2);
    if (!includes<ExportFormat>(exportFormats, format)) throw new CliError(`unknown format "${format}": use one of ${exportFormats.join(', ')}.`, 2);
    const holdoutPercent = parseHoldout(ctx.values.holdout as string | undefined);
    const result = await ctx.call('campaigns.export', {
      audience: parseAudience(audienceText),
      format,
      path: resolve(out),
      includeUnsubscribed: ctx.values['include-unsubscribed'] === true,
      bom: ctx.values.bom === true,
      replace: ctx.values.replace === true,
      ...(holdoutPercent === undefined ? {} : { holdoutPercent }),
    });
    if (ctx.values.json) {
      ctx.io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    ctx.io.out(`Wrote ${result.exported} of ${result.total} customers to ${result.path} (${campaignMessage(`formats.${result.format}`).text}).`);
    ctx.io.out(`Holdout: ${result.holdout} kept out of the file (${result.holdoutPercent}%) to measure the lift. Campaign ${result.campaignId}, dated ${result.campaignDate}.`);
    for (const { reason, count } of result.leftOut) ctx.io.out(`Left out: ${count} — ${campaignMessage(`leftOut.${reason}`).text}`);
    for (const warning of result.warnings) ctx.io.out(`Warning: ${warning.text}`);
    if (result.includedWithoutConsent > 0) ctx.io.out(`Included without marketing consent (--include-unsubscribed): ${result.includedWithoutConsent}`);
    return 0;
  },
};
