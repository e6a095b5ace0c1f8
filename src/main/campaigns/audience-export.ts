import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '../db/connection.ts';
import type { JobContext } from '../job-contract/job-context.ts';
import { AppError } from '../../shared/api/envelope.ts';
import type { AudienceExportOptions, AudienceExportRequest, AudiencePreview, CampaignMessage, ExportFormat, ExportResult } from '../../shared/domain/campaigns.ts';
import { loadMembers, resolveAudience, type ResolvedAudience } from './audience.ts';
import { insertCampaign } from './campaign-store.ts';
import { campaignMessage } from './campaign-message.ts';
import { applyConsent, type ConsentOutcome } from './consent.ts';
import { csvRecord } from './csv-cell.ts';
import { CsvFileWriter } from './csv-file-writer.ts';
import { exportFormatSpecs } from './formats/index.ts';
import { DEFAULT_HOLDOUT_PERCENT, splitHoldout } from './holdout.ts';

/** Whether the file at `path` starts with the header row of one of the audience files Regulars writes (false when it cannot be read). */
export function isAudienceFile(path: string): boolean {
  const headers = Object.values(exportFormatSpecs).map((spec) => `${csvRecord(spec.header)}\r\n`);
  const start = Buffer.alloc(Math.max(...headers.map((h) => Buffer.byteLength(h))) + 3);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, start, 0, start.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const text = start.toString('utf8', 0, read).replace(/^\uFEFF/, '');
  return headers.some((header) => text.startsWith(header));
}

interface Selection {
  audience: ResolvedAudience;
  consent: ConsentOutcome;
  channel: NonNullable<AudienceExportOptions['channel']>;
  holdoutPercent: number;
}

function select(db: Db, options: AudienceExportOptions): Selection {
  const spec = exportFormatSpecs[options.format];
  const channel = options.channel ?? spec.channels[0];
  if (!spec.channels.includes(channel)) {
    throw new AppError('invalid_input', `A ${options.format} file cannot be used for ${channel}: it is for ${spec.channels.join(' or ')}.`);
  }
  const audience = resolveAudience(db, options.audience);
  const consent = applyConsent(loadMembers(db, audience.customerIds), channel, options.includeUnsubscribed ?? false);
  return { audience, consent, channel, holdoutPercent: options.holdoutPercent ?? DEFAULT_HOLDOUT_PERCENT };
}

function summary(selection: Selection, format: AudienceExportOptions['format'], holdout: number): AudiencePreview {
  const { audience, consent } = selection;
  const eligible = consent.contacts.length;
  return {
    audienceKind: audience.kind,
    audienceKey: audience.key,
    segmentTag: audience.segmentTag,
    suggestedFileName: `${audience.segmentTag}-${format}.csv`,
    format,
    channel: selection.channel,
    total: audience.customerIds.length,
    eligible,
    exported: eligible - holdout,
    holdout,
    holdoutPercent: selection.holdoutPercent,
    leftOut: consent.leftOut,
    includedWithoutConsent: consent.includedWithoutConsent,
  };
}

/**
 * Who an export would reach, before anything is written: the audience, how many can be reached and
 * agreed to it, who is left out and why. The holdout is the expected size (the exact draw depends on
 * the campaign id, made when exporting).
 */
export function previewAudience(db: Db, options: AudienceExportOptions): AudiencePreview {
  const selection = select(db, options);
  return summary(selection, options.format, Math.round((selection.consent.contacts.length * selection.holdoutPercent) / 100));
}

/** Today in the machine's time zone, `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Largest file the tool takes in one upload (Klaviyo: 50 MB). */
const UPLOAD_LIMIT_BYTES: Partial<Record<ExportFormat, number>> = { klaviyo: 50 * 2 ** 20 };

/** What to know before uploading a file of this size to the format's tool. */
export function uploadWarnings(format: ExportFormat, bytes: number): CampaignMessage[] {
  const limit = UPLOAD_LIMIT_BYTES[format];
  return limit !== undefined && bytes > limit ? [campaignMessage('warnings.tooLarge', { megabytes: Math.round(limit / 2 ** 20) })] : [];
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Writes an audience file and records the campaign in one step: the file is streamed to a partial file,
 * the campaign and its members (exported and holdout) are inserted in one transaction, and the file is
 * moved into place before that transaction commits, so either both exist or neither does.
 */
export async function runCampaignExport(ctx: JobContext, input: AudienceExportRequest): Promise<ExportResult> {
  const { db } = ctx;
  ctx.progress({ phase: 'selecting', percent: null });
  const selection = select(db, input);
  const spec = exportFormatSpecs[input.format];
  const campaignId = randomUUID();
  const split = splitHoldout(selection.consent.contacts, (c) => c.member.customerId, campaignId, selection.holdoutPercent);
  const campaignDate = input.campaignDate ?? localToday();

  let writer: CsvFileWriter;
  try {
    writer = new CsvFileWriter(input.path, spec.header, { bom: input.bom ?? false });
  } catch (error) {
    if (isFileSystemError(error)) throw new AppError('bad_file', `Cannot write ${input.path}: ${error.message}`, { file: input.path });
    throw error;
  }
  try {
    split.exported.forEach((contact, i) => {
      if (ctx.signal.aborted) throw new AppError('cancelled', 'Cancelled.');
      writer.writeRow(spec.row(contact, selection.audience.segmentTag));
      if (i % 5000 === 0) ctx.progress({ phase: 'writing', rows: i, percent: Math.round((100 * i) / Math.max(1, split.exported.length)) });
    });
    db.transaction(() => {
      insertCampaign(db, {
        id: campaignId,
        name: input.name?.trim() || `${selection.audience.key} · ${input.format} · ${campaignDate}`,
        audienceKind: selection.audience.kind,
        audienceKey: selection.audience.key,
        format: input.format,
        channel: selection.channel,
        createdAt: new Date().toISOString(),
        campaignDate,
        holdoutPercent: selection.holdoutPercent,
        audienceSize: selection.audience.customerIds.length,
        leftOut: selection.consent.leftOut,
        includedWithoutConsent: selection.consent.includedWithoutConsent,
        fileName: basename(input.path),
        exportedIds: split.exported.map((c) => c.member.customerId),
        holdoutIds: split.holdout.map((c) => c.member.customerId),
      });
      writer.commit();
    })();
  } catch (error) {
    writer.abort();
    if (isFileSystemError(error)) throw new AppError('bad_file', `Cannot write ${input.path}: ${error.message}`, { file: input.path });
    throw error;
  }
  ctx.progress({ phase: 'writing', rows: split.exported.length, percent: 100 });
  const bytes = statSync(input.path).size;
  return {
    ...summary(selection, input.format, split.holdout.length),
    campaignId,
    path: input.path,
    campaignDate,
    bytes,
    warnings: uploadWarnings(input.format, bytes),
  };
}
