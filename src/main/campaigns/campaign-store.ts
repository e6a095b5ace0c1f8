import type { Db } from '../db/connection.ts';
import type { AudienceSpec, CampaignRecord, ConsentChannel, ExportFormat, LeftOutCount } from '../../shared/domain/campaigns.ts';

export interface NewCampaign {
  id: string;
  name: string;
  audienceKind: AudienceSpec['kind'];
  audienceKey: string;
  format: ExportFormat;
  channel: ConsentChannel;
  createdAt: string;
  /** The campaign date (`YYYY-MM-DD`), stored in the column `campaign_day` (docs/glossary.md). */
  campaignDate: string;
  holdoutPercent: number;
  audienceSize: number;
  leftOut: LeftOutCount[];
  includedWithoutConsent: number;
  fileName: string;
  exportedIds: readonly number[];
  holdoutIds: readonly number[];
}

/** Records a campaign and its members (exported and holdout). Call inside the export's transaction. */
export function insertCampaign(db: Db, campaign: NewCampaign): void {
  db.prepare(
    `INSERT INTO campaigns (id, name, audience_kind, audience_key, format, channel, created_at, campaign_day, holdout_percent,
                            audience_size, exported_count, holdout_count, left_out_count, left_out_json, included_without_consent, file_name)
     VALUES (@id, @name, @audienceKind, @audienceKey, @format, @channel, @createdAt, @campaignDate, @holdoutPercent,
             @audienceSize, @exported, @holdout, @leftOutCount, @leftOutJson, @includedWithoutConsent, @fileName)`,
  ).run({
    id: campaign.id,
    name: campaign.name,
    audienceKind: campaign.audienceKind,
    audienceKey: campaign.audienceKey,
    format: campaign.format,
    channel: campaign.channel,
    createdAt: campaign.createdAt,
    campaignDate: campaign.campaignDate,
    holdoutPercent: campaign.holdoutPercent,
    audienceSize: campaign.audienceSize,
    exported: campaign.exportedIds.length,
    holdout: campaign.holdoutIds.length,
    leftOutCount: campaign.leftOut.reduce((sum, l) => sum + l.count, 0),
    leftOutJson: JSON.stringify(campaign.leftOut),
    includedWithoutConsent: campaign.includedWithoutConsent,
    fileName: campaign.fileName,
  });
  const member = db.prepare('INSERT INTO campaign_members (campaign_id, customer_id, in_holdout) VALUES (?, ?, ?)');
  for (const id of campaign.exportedIds) member.run(campaign.id, id, 0);
  for (const id of campaign.holdoutIds) member.run(campaign.id, id, 1);
}

interface CampaignRow {
  id: string;
  name: string;
  audience_kind: AudienceSpec['kind'];
  audience_key: string;
  format: ExportFormat;
  channel: ConsentChannel;
  created_at: string;
  campaign_day: string;
  holdout_percent: number;
  audience_size: number;
  exported_count: number;
  holdout_count: number;
  left_out_count: number;
}

export type StoredCampaign = Omit<CampaignRecord, 'dataUntil' | 'lift'>;

/** Recorded campaigns, newest first. */
export function listCampaigns(db: Db, limit: number): StoredCampaign[] {
  const rows = db.prepare('SELECT * FROM campaigns ORDER BY created_at DESC, id LIMIT ?').all(limit) as CampaignRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    audienceKind: r.audience_kind,
    audienceKey: r.audience_key,
    format: r.format,
    channel: r.channel,
    createdAt: r.created_at,
    campaignDate: r.campaign_day,
    holdoutPercent: r.holdout_percent,
    audienceSize: r.audience_size,
    exportedCount: r.exported_count,
    holdoutCount: r.holdout_count,
    leftOutCount: r.left_out_count,
  }));
}
