/** Campaigns: suggestions, audience exports, recorded campaigns with holdout groups and their lift. */
import type { RfmSegment, Stage } from './lifecycle.ts';

export const exportFormats = ['klaviyo', 'mailchimp', 'shopify', 'meta', 'google', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What the people in a file agreed to: e-mail marketing, SMS marketing, or either (ad audiences). */
export const consentChannels = ['email', 'sms', 'ads'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/** Who a campaign is for. `customers` is an explicit list (a filtered customer list or a selection). */
export type AudienceSpec =
  | { kind: 'stage'; stage: Stage }
  | { kind: 'rfm'; segment: RfmSegment }
  | { kind: 'suggestion'; suggestionId: string }
  | { kind: 'customers'; customerIds: number[]; label?: string }
  | { kind: 'segment'; name: string };

/** A saved segment (docs/segments.md): its rule, how many customers it holds now, and the change with the last import. */
export interface SavedSegment {
  id: number;
  name: string;
  rule: string;
  size: number;
  /** Size now minus its size before the last import; null when it was saved after that import. */
  change: number | null;
  updatedAt: string;
}

/** Why a customer of the audience is not in the file (first reason that applies). */
export const leftOutReasons = ['missing_email', 'missing_phone', 'missing_contact', 'not_subscribed', 'consent_unknown', 'control_group'] as const;
export type LeftOutReason = (typeof leftOutReasons)[number];

export interface LeftOutCount {
  /** i18n key under `campaigns:leftOut`. */
  reason: LeftOutReason;
  count: number;
}

export interface AudiencePreview {
  audienceKind: AudienceSpec['kind'];
  audienceKey: string;
  /** The segment tag written into files that carry tags. */
  segmentTag: string;
  /** A file name to offer in the save dialog, e.g. `regulars-lapsed-klaviyo.csv`. */
  suggestedFileName: string;
  format: ExportFormat;
  channel: ConsentChannel;
  /** Everyone in the audience. */
  total: number;
  /** Those who can be reached on the channel (and agreed to it, unless included on purpose). */
  eligible: number;
  /** Rows the file will have: eligible minus holdout. */
  exported: number;
  /** Eligible people kept out of the file to measure the campaign's lift (in a preview: the expected number). */
  holdout: number;
  holdoutPercent: number;
  leftOut: LeftOutCount[];
  /** People in the file who did not agree to marketing on the channel (only with includeUnsubscribed). */
  includedWithoutConsent: number;
}

export interface ExportResult extends AudiencePreview {
  campaignId: string;
  path: string;
  campaignDate: string;
  bytes: number;
  /** Things to know before uploading the file (e.g. it is larger than the tool accepts). */
  warnings: CampaignMessage[];
}

export const liftWindows = [7, 30, 60] as const;
export type LiftWindow = (typeof liftWindows)[number];

export interface Interval {
  low: number;
  high: number;
}

export type VerdictCode = 'no_holdout' | 'too_early' | 'no_measurable_effect' | 'likely_real_gain' | 'likely_real_loss';

/** A text of the `campaigns` i18n namespace: the UI translates `key` with `params`; `text` is the English (CLI, logs). */
export interface CampaignMessage {
  key: string;
  params: Record<string, string | number>;
  text: string;
}

export interface LiftVerdict {
  code: VerdictCode;
  message: CampaignMessage;
}

export interface GroupOutcome {
  people: number;
  buyers: number;
  purchaseRate: number;
  /** 95% Wilson score interval of the purchase rate. */
  purchaseRateInterval: Interval;
  /** Net revenue per person in the shop's currency units. */
  revenuePerPerson: number;
}

export interface LiftWindowResult {
  days: LiftWindow;
  /** The last day of the window (campaign date + days). */
  endDay: string;
  /** True when the imported orders reach the end of the window. */
  complete: boolean;
  exported: GroupOutcome;
  holdout: GroupOutcome;
  /** Purchase rate of the exported group minus the holdout's, as a proportion, with Newcombe's 95% interval. */
  rateDifference: number | null;
  rateDifferenceInterval: Interval | null;
  /** Net revenue per person, exported minus holdout, with a Welch 95% interval. */
  revenueDifference: number | null;
  revenueDifferenceInterval: Interval | null;
  verdict: LiftVerdict;
}

export interface CampaignRecord {
  id: string;
  name: string;
  audienceKind: AudienceSpec['kind'];
  audienceKey: string;
  format: ExportFormat;
  channel: ConsentChannel;
  createdAt: string;
  campaignDate: string;
  holdoutPercent: number;
  audienceSize: number;
  exportedCount: number;
  holdoutCount: number;
  leftOutCount: number;
  /** The latest order day in the database: lift windows that end after it are still open. */
  dataUntil: string | null;
  lift: LiftWindowResult[];
}

/** What decides who goes into a file. */
export interface AudienceExportOptions {
  audience: AudienceSpec;
  format: ExportFormat;
  /** Consent channel; defaults to the format's own (e-mail for e-mail tools, ads for ad platforms). */
  channel?: ConsentChannel;
  /** Include people who did not agree to marketing on the channel: an explicit choice. */
  includeUnsubscribed?: boolean;
  /** Share of eligible people kept out of the file to measure lift (default 10, 0 for none). */
  holdoutPercent?: number;
}

export interface AudienceExportRequest extends AudienceExportOptions {
  /** Where to write the file (in the app: the path the save dialog returned). */
  path: string;
  /** Start the file with a UTF-8 byte order mark (for spreadsheet programs). */
  bom?: boolean;
  name?: string;
  /** The day the campaign goes out (default today): lift counts orders after it. */
  campaignDate?: string;
}

/** predicted_clv: the model's 12-month CLV; historical: net revenue so far; first_order_value: prospects x the average order value. */
/** Where a suggestion's expected response comes from: the shop's own holdout test of the campaign, or Regulars' stated default. */
export type ValueBasis = 'measured_lift' | 'default_response';

/** The assumptions behind a suggestion's value at stake, shown on its card (docs/models.md, "Value at stake of a suggestion"). */
export interface ValueAssumptions {
  /** The people the value counts: the audience. */
  audience: number;
  /** Extra buyers per person the campaign is expected to bring (0..1), beyond those who would have bought anyway. */
  responseRate: number;
  /** With a measured lift: the campaign's date and its holdout size. */
  measuredOn: { campaignDate: string; holdout: number } | null;
  /** Contribution margin of one response: one order at the average order value, after goods margin, shipping cost and fees. */
  marginPerResponse: number;
  averageOrderValue: number;
}

/** A campaign the shop can run today, for one stage (or a sharper slice of it). */
export interface CampaignSuggestion {
  /** Also the audience id: `{ kind: 'suggestion', suggestionId: id }`. */
  id: string;
  /** The lifecycle stages the audience comes from. */
  stages: string[];
  /** Set when an RFM segment (or the VIP flag) sharpens the audience. */
  sharpenedBy: string | null;
  title: CampaignMessage;
  /** Everyone in the audience. */
  audienceSize: number;
  /** Of them, how many agreed to e-mail marketing (with an address) and to SMS marketing. */
  emailConsenting: number;
  smsConsenting: number;
  /** What the campaign is expected to add, in margin: audience × expected response × margin per response (currency units). */
  valueAtStake: number;
  valueBasis: ValueBasis;
  valueAssumptions: ValueAssumptions;
  channel: ConsentChannel;
  /** The file format to start with. */
  format: ExportFormat;
  timing: CampaignMessage;
  offer: CampaignMessage;
  steps: CampaignMessage[];
  reason: CampaignMessage;
  /** Products featured in the message (for "new": what first-time buyers most often buy next). */
  featuredProducts: string[];
}

/** The shop-wide control group: a share of customers no campaign exports, and what all the marketing adds over them. */
export interface ControlGroupReport {
  /** 0 when the shop has none. */
  percent: number;
  /** The day the share was set; purchases after it are measured. */
  since: string | null;
  measurement: {
    /** The latest order day imported. */
    dataUntil: string;
    days: number;
    control: GroupOutcome;
    /** Everyone else: the customers campaigns may reach. */
    marketed: GroupOutcome;
    /** Purchase rate of the marketed minus the control group's, with Newcombe's 95% interval. */
    rateDifference: number | null;
    rateDifferenceInterval: Interval | null;
    revenueDifference: number | null;
    revenueDifferenceInterval: Interval | null;
    verdict: LiftVerdict;
  } | null;
}
