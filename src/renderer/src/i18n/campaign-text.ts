import type { i18n as I18n } from 'i18next';
import type { CampaignMessage } from '../../../shared/domain/campaigns.ts';
import { translateOr } from './translate-or.ts';

/** A campaign text from the core: translated under the `campaigns` namespace, else its English text. */
export function campaignText(i18n: I18n, message: CampaignMessage): string {
  return translateOr(i18n, `campaigns:${message.key}`, message.text, message.params);
}
