import type { ExportFormat, ConsentChannel } from '../../../shared/domain/campaigns.ts';
import type { ExportContact } from '../audience-member.ts';

/** One audience file layout: its header, consent channels, and how a contact becomes a row. */
export interface ExportFormatSpec {
  id: ExportFormat;
  /** The consent channels this file can be used for; the first is the default. */
  channels: readonly [ConsentChannel, ...ConsentChannel[]];
  header: readonly string[];
  /** The row's cells as plain text; the CSV writer neutralises formulas and quotes. */
  row(contact: ExportContact, segmentTag: string): string[];
}

/** Integer minor units as a plain decimal with two places (`1234` -> `12.34`). */
export function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function text(value: string | null | undefined): string {
  return value?.trim() ?? '';
}

/** The shop's own tags plus the segment tag, comma+space separated, without duplicates. */
export function tagsWith(existing: string | null, segmentTag: string): string {
  const tags = (existing ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (!tags.includes(segmentTag)) tags.push(segmentTag);
  return tags.join(', ');
}
